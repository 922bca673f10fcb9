//! Helpers shared by the tests that run the real binary.

#![allow(clippy::unwrap_used, reason = "test helpers: a failed step is a failed test")]

use assert_cmd::Command;

/// The real `chairtime` binary, run from a machine in another time zone than any session's.
pub fn chairtime() -> Command {
    let mut cmd = Command::cargo_bin("chairtime").unwrap();
    cmd.env("TZ", "America/Los_Angeles");
    cmd
}

/// Runs an action script (a path in the repository) on the bundled session into a journal at
/// `journal`, and fails the test with chairtime's message if it does not succeed.
#[allow(dead_code, reason = "not every test file simulates")]
pub fn simulate(script: &str, journal: &std::path::Path) {
    let out = chairtime().args(["simulate", "--actions", script, "--journal"]).arg(journal).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
