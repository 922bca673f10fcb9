//! Opening a schedule file: bytes → text → plan → normalized session, every error positioned.

use std::path::Path;

use chrono::{NaiveDate, TimeDelta};

use super::PhaseKind;
use super::native;
use super::plan::{Normalized, PhasePlan, ThresholdPlan};
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
    /// The chair's default intro length: for a file without a phase template, slots become
    /// "Intro slides" of this length, then "Discussion" for the rest.
    pub default_intro: Option<TimeDelta>,
}

/// Reads and normalizes a session file.
///
/// # Errors
/// I/O, encoding, syntax and validation errors, each as `FILE:LINE:COL: …` where a place is known.
pub fn load_path(path: &Path, overrides: &Overrides) -> Result<Normalized, LoadError> {
    let name = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|e| LoadError::whole(&name, format!("cannot read the file: {e}")))?;
    load_bytes(&name, &bytes, overrides)
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
    let text = std::str::from_utf8(bytes).map_err(|e| {
        LoadError::at(
            name,
            Position::of_byte_offset(bytes, e.valid_up_to()),
            "this is not UTF-8 text; expected a chairtime TOML session file",
        )
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::at(
            name,
            Position { line: 1, column: 1 },
            "the file is empty; expected a chairtime TOML session starting with a [session] table",
        ));
    }
    if let Some(format) = foreign_format(name, text) {
        return Err(LoadError::at(
            name,
            Position { line: 1, column: 1 },
            format!(
                "this looks like {format}, which this version of chairtime cannot import; expected a chairtime TOML session (docs/schedule-format.md)"
            ),
        ));
    }
    let (mut plan, spans) = native::parse(name, text)?;
    if let Some(tz) = &overrides.time_zone {
        plan.time_zone = Some(tz.clone());
    }
    if let Some(date) = overrides.date {
        plan.date = Some(date);
    }
    plan.thresholds.warning = plan.thresholds.warning.or(overrides.default_thresholds.warning);
    plan.thresholds.danger = plan.thresholds.danger.or(overrides.default_thresholds.danger);
    if plan.phase_template.is_none()
        && let Some(intro) = overrides.default_intro.filter(|d| *d > TimeDelta::zero())
    {
        plan.phase_template = Some(vec![
            PhasePlan {
                name: "Intro slides".into(),
                kind: PhaseKind::Intro,
                length: Some(intro),
                thresholds: ThresholdPlan::default(),
            },
            PhasePlan {
                name: "Discussion".into(),
                kind: PhaseKind::Discussion,
                length: None,
                thresholds: ThresholdPlan::default(),
            },
        ]);
    }
    plan.normalize().map_err(|e| {
        let offset = spans.locate(e.item, &e.field);
        LoadError::at(name, Position::of_offset(text, offset), e.to_string())
    })
}

/// Recognises the formats the conference systems publish, to say so instead of a TOML syntax error.
fn foreign_format(name: &str, text: &str) -> Option<&'static str> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let lower = name.to_ascii_lowercase();
    if head.starts_with("<?xml") || head.starts_with("<schedule") {
        Some("a frab/pentabarf schedule.xml")
    } else if head.starts_with("BEGIN:VCALENDAR") {
        Some("an iCalendar file")
    } else if head.starts_with('{') {
        Some("a JSON schedule")
    } else if lower.ends_with(".csv") {
        Some("a CSV spreadsheet")
    } else {
        None
    }
}
