//! Opening a schedule file: bytes → text ([`decode`]) → plan → normalized session, every error
//! positioned.

use std::path::Path;

use chrono::{NaiveDate, TimeDelta};

use super::decode::decode;
use super::import::{self, Imported, Options, Selector, Shape};
use super::native;
use super::plan::{Normalized, ThresholdPlan};
use super::zone;
use crate::error::{LoadError, Position};

/// The bundled example: the Linux Plumbers Conference 2019 BPF Microconference.
pub const BUNDLED_NAME: &str = "assets/schedules/lpc2019-bpf.toml";
/// Text of the bundled example, compiled into the binary so it runs from anywhere.
pub const BUNDLED_TEXT: &str = include_str!("../../assets/schedules/lpc2019-bpf.toml");

/// What the command line (or the GUI) supplies or overrides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Replaces the file's time zone (`--tz`).
    pub time_zone: Option<String>,
    /// Replaces the file's date (`--date`).
    pub date: Option<NaiveDate>,
    /// The chair's default thresholds, for a file that gives none.
    pub default_thresholds: ThresholdPlan,
    /// The intro length for imported talks (conference files): each becomes "Intro slides" of
    /// this length, then "Discussion" for the rest; 5 minutes when not set, zero means one "Talk"
    /// phase. chairtime's own TOML files are never changed by it: a slot without a phase template
    /// is one "Talk" phase there, as docs/schedule-format.md says, in `check` and in the window.
    pub default_intro: Option<TimeDelta>,
    /// Which session to take from a whole-conference file (imports only).
    pub select: Selector,
    /// Gaps at least this long between imported events become breaks (default 5 minutes).
    pub break_gap: Option<TimeDelta>,
    /// The zone to assume for an imported file that names none: the laptop's.
    pub fallback_zone: Option<String>,
}

/// Reads and normalizes a session file; for a URL, its last good copy in the cache (fetched by
/// [`crate::fetch::prime`] or the room's watch; never from the network here).
///
/// # Errors
/// I/O, encoding, syntax and validation errors, each as `FILE:LINE:COL: …` where a place is known.
pub fn load_path(path: &Path, overrides: &Overrides) -> Result<Normalized, LoadError> {
    let (name, bytes) = read_path(path)?;
    load_bytes(&name, &bytes, overrides)
}

/// A schedule's name and bytes: a file's, or a URL's last good copy in the cache.
///
/// # Errors
/// The file cannot be read; no copy of the URL was fetched.
pub fn read_path(path: &Path) -> Result<(String, Vec<u8>), LoadError> {
    if let Some(url) = crate::fetch::url_of(path) {
        return crate::fetch::cache::load(url).map(|(_, bytes)| (url.to_owned(), bytes)).ok_or_else(|| {
            LoadError::whole(
                url,
                "no copy of this schedule has been fetched yet: chairtime needs the network once",
            )
        });
    }
    let name = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|e| LoadError::whole(&name, format!("cannot read the file: {e}")))?;
    Ok((name, bytes))
}

/// Normalizes the bundled example.
///
/// # Errors
/// Only if the bundled file were broken (a test guards it).
pub fn load_bundled(overrides: &Overrides) -> Result<Normalized, LoadError> {
    load_bytes(BUNDLED_NAME, BUNDLED_TEXT.as_bytes(), overrides)
}

/// Reads and normalizes a session from bytes; `name` is used in messages.
///
/// # Errors
/// As [`load_path`].
pub fn load_bytes(name: &str, bytes: &[u8], overrides: &Overrides) -> Result<Normalized, LoadError> {
    let decoded = decode(name, bytes)?;
    let text = decoded.text.as_str();
    if text.trim().is_empty() {
        return Err(LoadError::at(
            name,
            Position { line: 1, column: 1 },
            "the file is empty; expected a chairtime TOML session starting with a [session] table",
        ));
    }
    let mut normalized = match import::detect(name, text) {
        Some(format) => load_import(name, text, format, overrides)?,
        None => load_native(name, text, overrides)?,
    };
    if let Some(note) = decoded.note {
        normalized.warnings.insert(0, note);
    }
    Ok(normalized)
}

fn load_native(name: &str, text: &str, overrides: &Overrides) -> Result<Normalized, LoadError> {
    let (mut plan, spans) = native::parse(name, text)?;
    if let Some(tz) = option_zone(overrides)? {
        plan.time_zone = Some(tz.name().to_owned());
    }
    if let Some(date) = overrides.date {
        // Items that give their own date (past midnight) move with the session.
        let shift = plan.date.map_or(TimeDelta::zero(), |original| date - original);
        for item in &mut plan.items {
            if let Some(super::plan::PlannedStart::Local(t)) = &mut item.start {
                *t += shift;
            }
        }
        plan.date = Some(date);
    }
    plan.thresholds.warning = plan.thresholds.warning.or(overrides.default_thresholds.warning);
    plan.thresholds.danger = plan.thresholds.danger.or(overrides.default_thresholds.danger);
    plan.normalize().map_err(|e| {
        let offset = spans.locate(text, e.item, &e.field);
        LoadError::at(name, Position::of_offset(text, offset), e.to_string())
    })
}

/// The `--tz` option, read before any file: its error names the option, not a line of the file.
fn option_zone(overrides: &Overrides) -> Result<Option<chrono_tz::Tz>, LoadError> {
    overrides
        .time_zone
        .as_deref()
        .map(|z| zone::parse_zone(z).map_err(|m| LoadError::whole(format!("--tz {z}"), m)))
        .transpose()
}

fn import_options(overrides: &Overrides) -> Result<Options, LoadError> {
    Ok(Options {
        time_zone: option_zone(overrides)?,
        fallback_zone: overrides.fallback_zone.as_deref().and_then(|z| zone::parse_zone(z).ok()),
        date: overrides.date,
    })
}

/// Reads a conference system's file (any format [`import::detect`] knows) without choosing a
/// session yet: for `--list` and the GUI's picker.
///
/// # Errors
/// As [`load_bytes`]; `Ok(None)` for chairtime's own TOML.
pub fn inspect(name: &str, bytes: &[u8], overrides: &Overrides) -> Result<Option<Imported>, LoadError> {
    let decoded = decode(name, bytes)?;
    match import::detect(name, &decoded.text) {
        Some(format) => {
            let mut imported = import::read(format, name, &decoded.text, &import_options(overrides)?)?;
            if let Some(note) = decoded.note {
                imported.warnings.insert(0, note);
            }
            Ok(Some(imported))
        }
        None => Ok(None),
    }
}

fn load_import(name: &str, text: &str, format: &str, overrides: &Overrides) -> Result<Normalized, LoadError> {
    let imported = import::read(format, name, text, &import_options(overrides)?)?;
    if imported.events.is_empty() {
        return Err(LoadError::at(
            name,
            Position { line: 1, column: 1 },
            format!("this {} holds no events", imported.format),
        ));
    }
    let selection = imported.select(&overrides.select).map_err(|m| LoadError::choices(name, m))?;
    let mut warnings: Vec<String> =
        imported.tz_note.iter().chain(&imported.warnings).chain(&selection.warnings).cloned().collect();
    let shape = Shape {
        intro: overrides.default_intro.unwrap_or(TimeDelta::minutes(5)),
        break_gap: overrides.break_gap.unwrap_or(TimeDelta::minutes(5)),
    };
    let (mut plan, lines) = selection.plan_with_lines(&shape, &mut warnings);
    if plan.items.is_empty() {
        return Err(LoadError::whole(
            name,
            "none of this session's events has a length (an empty <duration>?): there is nothing to time",
        ));
    }
    plan.thresholds = overrides.default_thresholds;
    // --date moves the whole session to that day, at the same local times.
    if let (Some(day), Some(original)) = (overrides.date, plan.date) {
        let shift = day - original;
        for item in &mut plan.items {
            if let Some(super::plan::PlannedStart::Local(t)) = &mut item.start {
                *t += shift;
            }
        }
        plan.date = Some(day);
    }
    let mut n = plan.normalize().map_err(|e| match e.item.and_then(|i| lines.get(i).copied().flatten()) {
        Some(line) => import::at_line(name, line, e.to_string()),
        None => LoadError::whole(name, e.to_string()),
    })?;
    warnings.append(&mut n.warnings);
    n.warnings = warnings;
    Ok(n)
}
