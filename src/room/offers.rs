//! What a room asks its chair, and what it says: notices and questions as data, so that the window,
//! the remote page and a headless room's terminal show the same ones.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::schedule::Session;
use crate::schedule::import::Candidate;
use crate::timing::journal::Replayed;

/// A line for the chair: at the top of the window, on the remote page, on a headless room's
/// terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Its number in this room (a notice can be withdrawn by it).
    pub id: u64,
    /// The text.
    pub text: String,
    /// Serious (red) or informative.
    pub serious: bool,
    /// When it goes away, by the room's clock (`None`: it stays until dismissed).
    pub until: Option<DateTime<Utc>>,
    /// What kind of notice it is, for withdrawing it when it no longer holds (its text is in
    /// the chair's language, so never compared).
    pub tag: Option<&'static str>,
}

/// An unfinished journal of this session, found at start.
#[derive(Debug)]
pub struct ResumeOffer {
    /// Its file.
    pub path: PathBuf,
    /// What it holds (the journal's own copy of the plan resumes).
    pub replayed: Replayed,
    /// The session as the schedule file has it now.
    pub file_session: Session,
    /// What taking the file's plan would change for the items not yet run (empty: the same).
    pub changes: Vec<String>,
}

/// A journal another chairtime writes: the chair may follow it read-only or start another one.
#[derive(Debug)]
pub struct LockedOffer {
    /// Its file.
    pub path: PathBuf,
    /// What it held when it was read.
    pub replayed: Replayed,
    /// The session as the schedule file has it (for another journal).
    pub file_session: Session,
    /// Who holds it, in a sentence.
    pub why: String,
}

/// The schedule file a session came from, watched so that a republished schedule can be taken.
#[derive(Debug, Clone)]
pub struct ScheduleFile {
    /// The file.
    pub path: PathBuf,
    /// The choices it was loaded with (session, zone, date).
    pub overrides: crate::schedule::load::Overrides,
    /// Its modification time when last read.
    pub modified: Option<std::time::SystemTime>,
    /// For a schedule from a URL: the version in use (the file's own, or `sha256:…`).
    pub version: Option<String>,
}

impl ScheduleFile {
    /// `path` (a file or a URL) as read now, with these choices.
    pub fn new(path: &Path, overrides: crate::schedule::load::Overrides) -> Self {
        let version = crate::fetch::url_of(path).and_then(crate::fetch::cache::meta).map(|m| m.version);
        Self { path: path.to_owned(), overrides, modified: modified(path), version }
    }
}

/// A changed schedule file, waiting for the chair to take its changes.
#[derive(Debug, Clone)]
pub struct ReloadOffer {
    /// The new plan.
    pub session: Session,
    /// What it changes, one sentence each.
    pub changes: Vec<String>,
}

/// A schedule that could not be opened, shown to the chair with its error.
#[derive(Debug, Clone)]
pub struct Failed {
    /// The file.
    pub path: PathBuf,
    /// What is wrong, positioned (file:line:column).
    pub error: String,
}

/// The sessions of a whole-conference file, for the chair to pick one.
#[derive(Debug, Clone)]
pub struct Picker {
    /// The file.
    pub path: PathBuf,
    /// Its sessions.
    pub candidates: Vec<Candidate>,
    /// What the chair typed to narrow the list (room, day, talk title, speaker).
    pub filter: String,
    /// The highlighted row among the matching ones (Enter opens it).
    pub highlight: usize,
    /// The filter field has been given the keyboard once (when the picker opened).
    pub focused: bool,
}

impl Picker {
    /// A picker over `candidates`, unfiltered.
    pub fn new(path: PathBuf, candidates: Vec<Candidate>) -> Self {
        Self { path, candidates, filter: String::new(), highlight: 0, focused: false }
    }

    /// The candidates the filter lets through, in order (indices into `candidates`).
    pub fn matching(&self) -> Vec<usize> {
        (0..self.candidates.len()).filter(|&i| picker_matches(&self.candidates[i], &self.filter)).collect()
    }
}

/// Whether a session matches what the chair typed: every word of it, in any case, is found in
/// the session's day (`Sat`, `Saturday`, `2026-02-07`, `7 Feb`), times, room, tracks, or its
/// talks' titles and speakers.
pub fn picker_matches(c: &Candidate, filter: &str) -> bool {
    let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return true;
    }
    let mut hay = c.line();
    hay.push('\n');
    hay.push_str(&c.day.format("%A %-d %B %Y %d.%m.%Y %-d/%-m").to_string());
    // The day as the chair's language writes it too: a German chair types "Mittwoch".
    hay.push('\n');
    hay.push_str(&crate::l10n::chair_date(c.day, crate::l10n::DateForm::Long));
    for t in &c.talks {
        hay.push('\n');
        hay.push_str(t);
    }
    let hay = hay.to_lowercase();
    words.iter().all(|w| hay.contains(w.as_str()))
}

/// `path`, or `path` with `-2`, `-3`… before its extension: a name no file has yet.
pub fn unused(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let ext = path.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    (1..)
        .map(|n| if n == 1 { path.to_owned() } else { path.with_file_name(format!("{stem}-{n}{ext}")) })
        .find(|p| !p.exists())
        .unwrap_or_else(|| path.to_owned())
}

/// A file's modification time, if it can be read.
pub fn modified(path: &Path) -> Option<std::time::SystemTime> {
    if crate::fetch::url_of(path).is_some() {
        return None;
    }
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
