//! Exports of actual timings, built from an engine (usually a replayed journal): CSV, JSON, a
//! Markdown report and video chapter marks. Nothing here imports egui, eframe or rodio.

mod chapters;
mod csv;
mod json;
mod markdown;

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use chrono_tz::Tz;

use crate::schedule::{ItemKind, PhaseKind, Session};
use crate::timing::engine::{Change, Engine, ItemStatus, MessageLog, Pause};

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One row per item that ran or was skipped.
    Csv,
    /// Everything, for tools.
    Json,
    /// A readable report for the notes.
    Md,
    /// `H:MM:SS Title — Speakers` lines for the session recording.
    Chapters,
}

impl Format {
    /// Usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Json => "json",
            Self::Md => "md",
            Self::Chapters => "txt",
        }
    }

    /// Renders the report in this format.
    pub fn render(self, report: &Report) -> String {
        match self {
            Self::Csv => csv::render(report),
            Self::Json => json::render(report),
            Self::Md => markdown::render(report),
            Self::Chapters => chapters::render(report),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Csv => "csv",
            Self::Json => "json",
            Self::Md => "md",
            Self::Chapters => "chapters",
        })
    }
}

/// How one phase actually ran.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseRow {
    /// Phase name.
    pub name: String,
    /// Phase kind.
    pub kind: PhaseKind,
    /// Planned length.
    pub planned: TimeDelta,
    /// Start.
    pub start: DateTime<Utc>,
    /// End (the report's `as_of` while still running).
    pub end: Option<DateTime<Utc>>,
    /// Time the countdown ran (pauses excluded).
    pub running: TimeDelta,
    /// Pauses.
    pub pauses: Vec<Pause>,
    /// Extensions, trims, corrections.
    pub changes: Vec<Change>,
}

/// How one item actually ran.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Position in the running order, from 1.
    pub position: usize,
    /// Position in the plan, from 1.
    pub index: usize,
    /// Slot or break.
    pub kind: ItemKind,
    /// The source's id.
    pub id: Option<String>,
    /// Title.
    pub title: String,
    /// Speakers.
    pub speakers: Vec<String>,
    /// What happened to it.
    pub status: ItemStatus,
    /// The plan's start.
    pub planned_start: DateTime<Utc>,
    /// The plan's length.
    pub planned: TimeDelta,
    /// Re-planned change of length (catch-up, set length) before it ran.
    pub adjust: TimeDelta,
    /// Actual start.
    pub actual_start: Option<DateTime<Utc>>,
    /// Actual end (`None` while running: see `Report::as_of`).
    pub actual_end: Option<DateTime<Utc>>,
    /// Wall time from start to end (or `as_of`), pauses included.
    pub actual: Option<TimeDelta>,
    /// Time paused.
    pub paused: TimeDelta,
    /// When it was skipped.
    pub skipped_at: Option<DateTime<Utc>>,
    /// Phases as run.
    pub phases: Vec<PhaseRow>,
}

impl Row {
    /// `actual − planned`: positive is over time. `None` until the item has ended.
    pub fn overrun(&self) -> Option<TimeDelta> {
        if self.status == ItemStatus::Running {
            return None;
        }
        self.actual.map(|a| a - self.planned)
    }
}

/// Everything the exports need.
#[derive(Debug, Clone)]
pub struct Report {
    /// The plan.
    pub session: Session,
    /// The instant the report describes (for items still running).
    pub as_of: DateTime<Utc>,
    /// When the session started.
    pub started: Option<DateTime<Utc>>,
    /// When it finished.
    pub finished: Option<DateTime<Utc>>,
    /// Every item in running order, including those not run (status upcoming).
    pub rows: Vec<Row>,
    /// Messages shown to speakers.
    pub messages: Vec<MessageLog>,
}

impl Report {
    /// The report of an engine's state at `as_of`.
    pub fn new(engine: &Engine, as_of: DateTime<Utc>) -> Self {
        let session = engine.session().clone();
        let rows = engine
            .order()
            .iter()
            .enumerate()
            .map(|(pos, &i)| {
                let plan = &session.items[i];
                let run = &engine.runs()[i];
                let until = run.end.unwrap_or(as_of);
                let phases = run
                    .phases
                    .iter()
                    .map(|p| PhaseRow {
                        name: plan.phases[p.phase].name.clone(),
                        kind: plan.phases[p.phase].kind,
                        planned: plan.phases[p.phase].length,
                        start: p.start,
                        end: p.end,
                        running: p.running(until),
                        pauses: p.pauses.clone(),
                        changes: p.changes.clone(),
                    })
                    .collect();
                Row {
                    position: pos + 1,
                    index: i + 1,
                    kind: plan.kind,
                    id: plan.id.clone(),
                    title: plan.title.clone(),
                    speakers: plan.speakers.clone(),
                    status: run.status,
                    planned_start: plan.start,
                    planned: plan.length(),
                    adjust: run.adjust,
                    actual_start: run.start,
                    actual_end: run.end,
                    actual: run.start.map(|s| (until - s).max(TimeDelta::zero())),
                    paused: run.phases.iter().map(|p| p.paused(until)).sum(),
                    skipped_at: run.skipped_at,
                    phases,
                }
            })
            .collect();
        Self {
            session,
            as_of,
            started: engine.started(),
            finished: engine.finished(),
            rows,
            messages: engine.messages().to_vec(),
        }
    }

    /// Rows of items that ran or were skipped (what CSV and Markdown list).
    pub fn ran_or_skipped(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.status != ItemStatus::Upcoming)
    }

    /// The session's zone.
    pub fn tz(&self) -> Tz {
        self.session.time_zone
    }

    /// RFC 3339 in the session's offset, whole seconds.
    pub fn rfc3339(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.tz()).to_rfc3339_opts(SecondsFormat::Secs, false)
    }

    /// RFC 3339 in the session's offset, milliseconds.
    pub fn rfc3339_ms(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.tz()).to_rfc3339_opts(SecondsFormat::Millis, false)
    }

    /// The end of the last item that ran (or `as_of` while one runs).
    pub fn actual_end(&self) -> Option<DateTime<Utc>> {
        self.finished.or_else(|| {
            self.rows.iter().filter_map(|r| r.actual_start.map(|_| r.actual_end.unwrap_or(self.as_of))).max()
        })
    }
}

/// Whole seconds, rounded to the nearest (journal instants have milliseconds).
pub fn whole_seconds(d: TimeDelta) -> i64 {
    (d.num_milliseconds() + 500).div_euclid(1000)
}

/// `+1:40`, `-0:30`, `0:00`: a signed minutes:seconds difference.
pub fn signed_mmss(d: TimeDelta) -> String {
    let s = whole_seconds(d);
    let sign = match s.signum() {
        1 => "+",
        -1 => "-",
        _ => "",
    };
    let a = s.unsigned_abs();
    if a >= 3600 {
        format!("{sign}{}:{:02}:{:02}", a / 3600, (a % 3600) / 60, a % 60)
    } else {
        format!("{sign}{}:{:02}", a / 60, a % 60)
    }
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder, fsynced, then
/// renamed over the target. An existing target is refused unless `force`.
///
/// # Errors
/// I/O errors (read-only folder, disk full…), and `AlreadyExists` without `force`.
pub fn write_atomically(path: &Path, contents: &[u8], force: bool) -> io::Result<()> {
    let existing = std::fs::metadata(path).ok();
    if !force && existing.is_some() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} exists; use --force to replace it", path.display()),
        ));
    }
    if existing.is_some_and(|m| !m.is_file()) {
        // A device or a pipe (/dev/stdout, /dev/full): write into it; never rename over it.
        let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
        f.write_all(contents)?;
        return f.flush();
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
