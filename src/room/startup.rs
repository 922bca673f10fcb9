//! What a room opens first: the schedule file (or the bundled session), moved to today when it is
//! for a day already past, with the notices that go with it. The window and a headless room start
//! the same way.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use super::{ScheduleFile, Startup, rehearsal_date};
use crate::schedule::load::{self, Overrides};
use crate::schedule::plan::Normalized;

/// A loaded schedule, as named, and its session.
///
/// # Errors
/// The loader's message (file, line, what was expected; for a whole-conference file without a
/// choice, the sessions it holds and the options that choose one).
pub fn load(file: Option<&Path>, overrides: &Overrides) -> Result<(String, Normalized), String> {
    match file {
        Some(p) => {
            load::load_path(p, overrides).map(|n| (p.display().to_string(), n)).map_err(|e| e.to_string())
        }
        None => load::load_bundled(overrides)
            .map(|n| (load::BUNDLED_NAME.to_owned(), n))
            .map_err(|e| e.to_string()),
    }
}

/// What a room opens with, and what to tell the chair.
#[derive(Debug)]
pub struct Opening {
    /// The session, the journal folder and the file to watch.
    pub startup: Startup,
    /// The loader's warnings.
    pub warnings: Vec<String>,
    /// Said when a schedule for a day already past runs today.
    pub off_day: Option<String>,
}

/// Loads `file` (the bundled session without one) for a room: on `date`, or, without one, on
/// today (`now` in the session's zone) when the file's day is already past.
///
/// # Errors
/// As [`load`].
pub fn opening(
    file: Option<&Path>,
    overrides: &Overrides,
    date: Option<NaiveDate>,
    journal: Option<PathBuf>,
    journal_dir: PathBuf,
    now: DateTime<Utc>,
) -> Result<Opening, String> {
    let mut overrides = overrides.clone();
    overrides.date = date;
    let (mut source, mut normalized) = load(file, &overrides)?;
    let mut off_day = None;
    if date.is_none() {
        let today = now.with_timezone(&normalized.session.time_zone).date_naive();
        if let Some((day, notice)) = rehearsal_date(&normalized.session, today) {
            overrides.date = Some(day);
            (source, normalized) = load(file, &overrides)?;
            off_day = Some(notice);
        }
    }
    let schedule = file.map(|p| ScheduleFile::new(p, overrides.clone()));
    Ok(Opening {
        startup: Startup { session: normalized.session, source, journal_dir, journal, schedule },
        warnings: normalized.warnings,
        off_day,
    })
}
