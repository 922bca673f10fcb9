//! Exports of actual timings, built from an engine (usually a replayed journal): CSV, JSON, a
//! Markdown report and video chapter marks. Nothing here imports egui, eframe or rodio.

mod chapters;
pub mod conference;
mod csv;
mod cuts;
mod frab;
pub mod html;
mod json;
mod markdown;
mod sreview;
pub mod timeline;

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use chrono_tz::Tz;

use crate::schedule::duration::format_length;
use crate::schedule::{ItemKind, PhaseKind, Session};
use crate::timing::engine::{Change, Engine, ItemStatus, MessageLog, Pause, Recording};
use crate::timing::journal::Replayed;
use crate::timing::replan::ReplanLog;
use crate::timing::view::pace;

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
    /// One self-contained web page: the timeline, the totals and the table (prints on paper).
    Html,
    /// Per item and recording, its in and out points in that recording (CSV, for cutting).
    Cuts,
    /// The session as it ran, as a frab/pentabarf `schedule.xml` for video pipelines.
    FrabXml,
    /// The session as it ran, as a frab/pretalx `schedule.json` for video pipelines.
    FrabJson,
    /// Per talk that ran, the corrections SReview applies to its scheduled times (JSON).
    Sreview,
}

impl Format {
    /// Usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv | Self::Cuts => "csv",
            Self::Json | Self::FrabJson | Self::Sreview => "json",
            Self::Md => "md",
            Self::Chapters => "txt",
            Self::Html => "html",
            Self::FrabXml => "xml",
        }
    }

    /// What the file holds, as the chair reads it ("the Markdown report").
    pub fn describe(self) -> String {
        match self {
            Self::Csv => crate::tr!("format-csv"),
            Self::Json => crate::tr!("format-json"),
            Self::Md => crate::tr!("format-md"),
            Self::Chapters => crate::tr!("format-chapters"),
            Self::Html => crate::tr!("format-html"),
            Self::Cuts => crate::tr!("format-cuts"),
            Self::FrabXml => crate::tr!("format-frab-xml"),
            Self::FrabJson => crate::tr!("format-frab-json"),
            Self::Sreview => crate::tr!("format-sreview"),
        }
    }

    /// Renders the report in this format.
    pub fn render(self, report: &Report) -> String {
        match self {
            Self::Csv => csv::render(report),
            Self::Json => json::render(report),
            Self::Md => markdown::render(report),
            Self::Chapters => chapters::render(report),
            Self::Html => html::render(report),
            Self::Cuts => cuts::render(report),
            Self::FrabXml => frab::xml(report),
            Self::FrabJson => frab::json(report),
            Self::Sreview => sreview::render(report),
        }
    }
}

impl Format {
    /// The files this format makes: one, named as asked (suffix `""`), or for chapters with two
    /// recordings or more, one per recording (`-1`, `-2`…, before the extension).
    pub fn files(self, report: &Report) -> Vec<(String, String)> {
        match self {
            Self::Chapters if report.recordings.len() > 1 => (1..=report.recordings.len())
                .map(|n| (format!("-{n}"), chapters::for_recording(report, n - 1)))
                .collect(),
            _ => vec![(String::new(), self.render(report))],
        }
    }

    /// A word for the chair when the export counts from the session's start for want of
    /// recording marks (chapters and cut points), else `None`.
    pub fn unmarked_note(self, report: &Report) -> Option<String> {
        (matches!(self, Self::Chapters | Self::Cuts) && report.recordings.is_empty())
            .then(|| crate::tr!("format-no-recording-marked"))
    }
}

/// `path` with `suffix` before its extension (`chapters.txt`, `-2` → `chapters-2.txt`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    if suffix.is_empty() {
        return path.to_owned();
    }
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let ext = path.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    path.with_file_name(format!("{stem}{suffix}{ext}"))
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Csv => "csv",
            Self::Json => "json",
            Self::Md => "md",
            Self::Chapters => "chapters",
            Self::Html => "html",
            Self::Cuts => "cuts",
            Self::FrabXml => "frab-xml",
            Self::FrabJson => "frab-json",
            Self::Sreview => "sreview",
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
    /// The source's guid.
    pub guid: Option<String>,
    /// The source's slug.
    pub slug: Option<String>,
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
    /// Net time added by extensions (positive) and trims (negative) while it ran.
    pub added: TimeDelta,
    /// Time the speaker's countdown ran: wall time minus pauses. `None` if it never started.
    pub used: Option<TimeDelta>,
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

    /// The time the speaker was given: the plan's length, re-plans before it ran (`adjust`) and
    /// extensions and trims while it ran (`added`).
    pub fn allotted(&self) -> TimeDelta {
        self.planned + self.adjust + self.added
    }

    /// `used − allotted`: how far the speaker went over (positive) or under (negative) the time
    /// they were given, pauses excluded. `None` until the item has ended, and if it never started.
    pub fn speaker_over(&self) -> Option<TimeDelta> {
        if self.status == ItemStatus::Running {
            return None;
        }
        self.used.map(|u| u - self.allotted())
    }
}

/// Why the session is ahead of or behind plan, in whole seconds, positive when it made the
/// session later. The causes add up exactly to `offset.num_seconds()`, the figure `status` shows
/// (milliseconds are shared out by the largest-remainder method, see `apportion`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScheduleCauses {
    /// The session started later (positive) or earlier than planned; before it starts, how late
    /// it already is.
    pub late_start: i64,
    /// Time paused.
    pub pauses: i64,
    /// Lengths re-planned before the items ran (set length, catch-up).
    pub replans: i64,
    /// Extensions and trims while items ran.
    pub extensions: i64,
    /// Skipped items and, once the session finished, items not run: the time they would have
    /// taken (negative), or for an item skipped while it ran, the time it did not use.
    pub skipped: i64,
    /// Slots' speakers over (positive) or under their given time. A slot still running counts
    /// only once it is over its time, as the projection does.
    pub speakers: i64,
    /// Breaks longer or shorter than given.
    pub breaks: i64,
    /// What none of the above explains: gaps the plan leaves between items, waits between items.
    pub between: i64,
}

impl ScheduleCauses {
    /// The causes with a label each, in the order the report names them.
    pub fn named(&self) -> [(&'static str, i64); 8] {
        [
            ("late_start", self.late_start),
            ("pauses", self.pauses),
            ("replans", self.replans),
            ("extensions", self.extensions),
            ("skipped", self.skipped),
            ("speakers", self.speakers),
            ("breaks", self.breaks),
            ("between", self.between),
        ]
    }
}

/// Where the session stands against its plan at the report's instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// Ahead (negative) or behind (positive) of plan, pauses included: the engine's view at
    /// `as_of`, the figure `chairtime status` shows.
    pub offset: TimeDelta,
    /// The same, by cause, in whole seconds (they sum to `offset.num_seconds()`).
    pub causes: ScheduleCauses,
}

impl Schedule {
    /// From the engine's view at `as_of` and the report's `rows` (running order), which hold
    /// each item's time used, paused, re-planned and added.
    fn new(engine: &Engine, as_of: DateTime<Utc>, rows: &[Row]) -> Self {
        let offset = engine.view(as_of).offset;
        let zero = TimeDelta::zero();
        let (mut late, mut pauses, mut replans, mut extensions) = (zero, zero, zero, zero);
        let (mut skipped, mut speakers, mut breaks) = (zero, zero, zero);
        match engine.started() {
            // Before the start, the offset is how late the session already is.
            None => late = offset,
            Some(started) => {
                if let Some(&first) = engine.planned_starts().first() {
                    late = started - first;
                }
                // A rehearsal's plan begins at Start by definition; the plan keeps whole seconds,
                // so what is left is the fraction of a second Start was pressed into: no late start.
                if engine.rehearsal() && late.abs() < TimeDelta::seconds(1) {
                    late = zero;
                }
            }
        }
        // The positions of the running order the offset has reached: every one once the session
        // finished, up to the running item while it runs, none before it starts.
        let reached = match (engine.started(), engine.finished(), engine.current()) {
            (Some(_), Some(_), _) => engine.order().len(),
            (Some(_), None, Some(c)) => engine.position_of(c).map_or(0, |p| p + 1),
            _ => 0,
        };
        // The rows are in running order: the first `reached` are the positions reached.
        for row in &rows[..reached.min(rows.len())] {
            let Some(used) = row.used else {
                // Skipped before it ran, or (the session finished) never run: its time is saved.
                skipped -= row.planned;
                continue;
            };
            pauses += row.paused;
            replans += row.adjust;
            extensions += row.added;
            let over = used - row.allotted();
            match (row.status, row.kind) {
                // The projection lets the running item run to its end: only time beyond it counts.
                (ItemStatus::Running, ItemKind::Break) => breaks += over.max(zero),
                (ItemStatus::Running, _) => speakers += over.max(zero),
                (ItemStatus::Skipped, _) => skipped += over,
                (_, ItemKind::Break) => breaks += over,
                _ => speakers += over,
            }
        }
        let named = [late, pauses, replans, extensions, skipped, speakers, breaks];
        let between = offset - named.iter().copied().sum::<TimeDelta>();
        let [late_start, pauses, replans, extensions, skipped, speakers, breaks, between] = apportion(
            [late, pauses, replans, extensions, skipped, speakers, breaks, between],
            offset.num_seconds(),
        );
        let causes =
            ScheduleCauses { late_start, pauses, replans, extensions, skipped, speakers, breaks, between };
        Self { offset, causes }
    }
}

/// Whole seconds for `parts` (which add up to an offset) that add up to `total`, that offset's
/// whole seconds: each part rounded down, then a second more for the parts with the largest
/// fractions until the total is met (the largest-remainder method). A part with no fraction of a
/// second is never changed, so an exact zero stays zero whatever the milliseconds elsewhere.
fn apportion<const N: usize>(parts: [TimeDelta; N], total: i64) -> [i64; N] {
    let ms = parts.map(|p| p.num_milliseconds());
    let mut out = ms.map(|m| m.div_euclid(1000));
    let mut by_fraction: Vec<usize> = (0..N).filter(|&i| ms[i].rem_euclid(1000) != 0).collect();
    by_fraction.sort_by_key(|&i| std::cmp::Reverse(ms[i].rem_euclid(1000)));
    let missing = total - out.iter().sum::<i64>();
    for &i in by_fraction.iter().take(usize::try_from(missing).unwrap_or(0)) {
        out[i] += 1;
    }
    // Only if the parts did not add up to the total's offset: the rest goes to the last part.
    let rest = total - out.iter().sum::<i64>();
    if let Some(last) = out.last_mut() {
        *last += rest;
    }
    out
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
    /// Schedule reloads taken during the session, with what each changed.
    pub replans: Vec<ReplanLog>,
    /// Where the session stands against its plan at `as_of`, and why.
    pub schedule: Schedule,
    /// A rehearsal, not the real day: how far Start moved the plan (zero before Start).
    pub rehearsal: Option<TimeDelta>,
    /// The video recordings the chair marked.
    pub recordings: Vec<Recording>,
    /// For a session that started and has not finished: why the report stops at `as_of`.
    pub open: Option<Open>,
}

/// Why the report of a session that started but never finished stops where it does (`as_of`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    /// Made while the session runs (the window's Export…, a script that stops before Finish).
    Running,
    /// The journal ends there: Finish was never pressed, or the laptop stopped. The item running
    /// then is counted up to the journal's last entry, never up to the day the report is made.
    JournalEnds,
    /// `--at` asked for the session as it was at that instant, before it finished.
    AsAsked,
}

impl Open {
    /// The word tools read (`"journal_ends"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Running => "running",
            Self::JournalEnds => "journal_ends",
            Self::AsAsked => "as_asked",
        }
    }
}

impl Report {
    /// The report of an engine's state at `as_of`.
    /// A finished session is reported as of its Finish, whatever `as_of` says, so every face
    /// gives the same figures for it.
    pub fn new(engine: &Engine, as_of: DateTime<Utc>) -> Self {
        let as_of = engine.finished().unwrap_or(as_of);
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
                    guid: plan.guid.clone(),
                    slug: plan.slug.clone(),
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
                    added: run.added(),
                    used: run.start.map(|_| run.phases.iter().map(|p| p.running(until)).sum()),
                    skipped_at: run.skipped_at,
                    phases,
                }
            })
            .collect::<Vec<_>>();
        let schedule = Schedule::new(engine, as_of, &rows);
        Self {
            session,
            as_of,
            started: engine.started(),
            finished: engine.finished(),
            rows,
            messages: engine.messages().to_vec(),
            replans: engine.replans().to_vec(),
            rehearsal: engine.rehearsal().then(|| engine.rehearsal_shift().unwrap_or_default()),
            recordings: engine.recordings().to_vec(),
            schedule,
            open: (engine.started().is_some() && engine.finished().is_none()).then_some(Open::Running),
        }
    }

    /// The report of a journal read back: a finished session up to its Finish; one that never
    /// finished as of its journal's last entry (the morning after, a report never counts up to
    /// the day it is made); with `at` (`--at`), as of that instant.
    pub fn of_journal(replayed: &Replayed, at: Option<DateTime<Utc>>) -> Self {
        let engine = &replayed.engine;
        let as_of = engine.finished().or(at).unwrap_or_else(|| replayed.last_at());
        let mut report = Self::new(engine, as_of);
        if report.open.is_some() {
            report.open = Some(if at.is_some() { Open::AsAsked } else { Open::JournalEnds });
        }
        report
    }

    /// For a session that has not finished, the sentence every human-readable export shows
    /// ("Unfinished: the journal ends at 16:05:12 …"), in the session's zone.
    pub fn open_text(&self) -> Option<String> {
        self.open_text_in(crate::l10n::chair())
    }

    /// [`Self::open_text`] in `lang` (English in the machine-readable exports).
    pub fn open_text_in(&self, lang: crate::l10n::Lang) -> Option<String> {
        let at = self.session.local(self.as_of).format("%H:%M:%S").to_string();
        self.open.map(|open| {
            let id = match open {
                Open::Running => "open-running",
                Open::JournalEnds => "open-journal-ends",
                Open::AsAsked => "open-as-asked",
            };
            crate::l10n::says(lang, id, &[("at", &at)])
        })
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

/// `5m ahead`, `1m40s behind`, `on plan`: a schedule difference in whole seconds worded as
/// `chairtime status` words it (positive is behind).
pub fn ahead_behind(seconds: i64) -> String {
    let d = TimeDelta::seconds(seconds);
    match seconds {
        0 => crate::tr!("on-plan"),
        s if s > 0 => crate::tr!("behind", by = format_length(d)),
        _ => crate::tr!("ahead", by = format_length(-d)),
    }
}

/// The schedule figure as every face says it — the window, the remote and the projector say
/// [`pace`] (whole minutes) — with its exact seconds after it where they differ: "2m behind
/// (1m30s)", "on plan (20s behind)", "5m ahead". `status` and the reports say it this way, so
/// the same instant never reads "2m behind" on one screen and "1m30s behind" on another.
pub fn pace_with_seconds(offset: TimeDelta) -> String {
    let minutes = pace(offset);
    let exact = ahead_behind(offset.num_seconds());
    if minutes == exact {
        return minutes;
    }
    // Under half a minute either way the minutes say "on plan" and the seconds say which way;
    // beyond it both say the same way, and the seconds need only their length.
    let seconds = offset.num_seconds();
    if seconds.abs() >= 30 {
        format!("{minutes} ({})", format_length(TimeDelta::seconds(seconds.abs())))
    } else {
        format!("{minutes} ({exact})")
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
            crate::tr!("cli-exists-use-force", file = path.display().to_string()),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(m: i64) -> TimeDelta {
        TimeDelta::milliseconds(m)
    }

    #[test]
    fn causes_with_milliseconds_add_up_to_the_whole_seconds_status_shows_and_zero_stays_zero() {
        // Late by 0.6 s, paused 10 min 0.7 s, the speaker 1.2 s under: 600.1 s behind, shown as 600.
        let parts = [ms(600), ms(600_700), TimeDelta::zero(), ms(-1_200), TimeDelta::zero()];
        assert_eq!(apportion(parts, 600), [0, 601, 0, -1, 0]);
        // Half a second ahead: status says "on plan".
        assert_eq!(apportion([ms(500), ms(-1_000), TimeDelta::zero()], 0), [1, -1, 0]);
        // Whole seconds are left as they are.
        assert_eq!(apportion([ms(600_000), ms(480_000), ms(-1_380_000)], -300), [600, 480, -1380]);
    }
}
