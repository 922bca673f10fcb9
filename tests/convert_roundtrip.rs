//! `chairtime convert` writes a file that loads back to the same plan: for every session of every
//! bundled schedule (tests/fixtures/import, assets/schedules) and, when `CHAIRTIME_SAMPLES` names
//! the folder of real conference files, for every room on every day of each.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::{Path, PathBuf};

use chairtime::schedule::Session;
use chairtime::schedule::import::{NO_ROOM, Selector, Shape};
use chairtime::schedule::load::{Overrides, inspect, load_bytes};
use chrono::NaiveDate;

/// The problem with converting `session`, if any: the written text does not load, or loads to
/// another plan.
fn convert_problem(label: &str, session: &Session) -> Option<String> {
    let text = chairtime::schedule::native::write(session, Some(label));
    match load_bytes("converted.toml", text.as_bytes(), &Overrides::default()) {
        Err(e) => Some(format!("{label}: the converted file does not load: {e}\n{text}")),
        Ok(back) if back.session != *session => {
            let differing = session
                .items
                .iter()
                .zip(&back.session.items)
                .position(|(a, b)| a != b)
                .map_or_else(|| "the session's own fields".to_owned(), |i| format!("item {}", i + 1));
            Some(format!("{label}: the converted file loads to another plan ({differing} differs)\n{text}"))
        }
        Ok(_) => None,
    }
}

/// Every session a file holds, loaded as `check` would, each with a label; `date` for sheets
/// that give none.
fn sessions(path: &Path, date: Option<NaiveDate>) -> Vec<(String, Session)> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).unwrap();
    let overrides = Overrides { date, ..Overrides::default() };
    let imported = match inspect(&name, &bytes, &overrides) {
        Ok(Some(imported)) => imported,
        Ok(None) => {
            let n = load_bytes(&name, &bytes, &overrides).unwrap_or_else(|e| panic!("{e}"));
            return vec![(name, n.session)];
        }
        Err(e) if date.is_none() => {
            // A sheet without dates: as `check --date` would read it.
            assert!(e.to_string().contains("--date"), "{e}");
            return sessions(path, NaiveDate::from_ymd_opt(2026, 1, 1));
        }
        Err(e) => panic!("{e}"),
    };
    let mut out = Vec::new();
    for c in imported.candidates() {
        let selector = Selector {
            day: Some(c.day.to_string()),
            room: Some(c.room.clone().unwrap_or_else(|| NO_ROOM.to_owned())),
            track: None,
        };
        let label = format!("{name} {}", c.line());
        let selection = imported.select(&selector).unwrap_or_else(|e| panic!("{label}: {e}"));
        let plan = selection.plan(&Shape::default(), &mut Vec::new());
        if plan.items.is_empty() {
            continue; // nothing to time (events without a length): check refuses it too
        }
        let n = plan.normalize().unwrap_or_else(|e| panic!("{label}: {e}"));
        out.push((label, n.session));
    }
    out
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.retain(|p| p.is_file());
    files.sort();
    files
}

fn problems_in(files: &[PathBuf]) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut problems = Vec::new();
    for path in files {
        for (label, session) in sessions(path, None) {
            count += 1;
            problems.extend(convert_problem(&label, &session));
        }
    }
    (count, problems)
}

#[test]
fn every_bundled_schedule_converts_to_a_file_that_loads_back_to_the_same_plan() {
    let mut files = files_in(Path::new("tests/fixtures/import"));
    files.extend(files_in(Path::new("assets/schedules")));
    let (count, problems) = problems_in(&files);
    assert!(count >= files.len(), "every file holds a session");
    assert!(problems.is_empty(), "{} of {count} sessions:\n{}", problems.len(), problems.join("\n\n"));
}

/// Every room on every day of the real conference files in `CHAIRTIME_SAMPLES`.
#[test]
fn every_session_of_the_real_samples_converts_to_a_file_that_loads_back_to_the_same_plan() {
    let Some(dir) = std::env::var_os("CHAIRTIME_SAMPLES") else { return };
    let mut files = files_in(Path::new(&dir));
    files.retain(|p| {
        let name = p.display().to_string();
        let text = std::fs::read_to_string(p).unwrap_or_default();
        chairtime::schedule::import::detect(&name, &text).is_some() && !name.contains("schema")
    });
    let (count, problems) = problems_in(&files);
    assert!(count > 0, "CHAIRTIME_SAMPLES has no schedule files");
    assert!(problems.is_empty(), "{} of {count} sessions:\n{}", problems.len(), problems.join("\n\n"));
}
