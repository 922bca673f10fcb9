//! Helpers shared by the tests that run the real binary.

#![allow(clippy::unwrap_used, reason = "test helpers: a failed step is a failed test")]

use std::path::Path;

use assert_cmd::Command;

/// The real `chairtime` binary, run from a machine in another time zone than any session's, in
/// English whatever the desktop's language (the tests read its words).
pub fn chairtime() -> Command {
    let mut cmd = Command::cargo_bin("chairtime").unwrap();
    cmd.env("TZ", "America/Los_Angeles").env("CHAIRTIME_LANGUAGE", "en");
    cmd
}

/// Runs an action script (a path in the repository) on the bundled session into a journal at
/// `journal`, and fails the test with chairtime's message if it does not succeed.
#[allow(dead_code, reason = "not every test file simulates")]
pub fn simulate(script: &str, journal: &Path) {
    simulate_on(script.as_ref(), journal, None);
}

/// As [`simulate`], on `schedule` (`None`: the bundled session).
#[allow(dead_code, reason = "not every test file simulates")]
pub fn simulate_on(script: &Path, journal: &Path, schedule: Option<&Path>) {
    let mut cmd = chairtime();
    cmd.arg("simulate").arg("--actions").arg(script).arg("--journal").arg(journal);
    if let Some(schedule) = schedule {
        cmd.arg(schedule);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// `chairtime report JOURNAL… ARGS`'s standard output; fails the test with chairtime's message if
/// it does not succeed.
#[allow(dead_code, reason = "not every test file reports")]
pub fn report(journals: &[impl AsRef<Path>], args: &[&str]) -> String {
    let out = chairtime()
        .arg("report")
        .args(journals.iter().map(AsRef::<Path>::as_ref))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The report of the finished session a journal records, as the exports build it.
#[allow(dead_code, reason = "not every test file reports")]
pub fn finished_report(journal: &Path) -> chairtime::report::Report {
    let replayed = chairtime::timing::journal::replay_path(journal).unwrap();
    chairtime::report::Report::new(&replayed.engine, replayed.engine.finished().unwrap())
}
