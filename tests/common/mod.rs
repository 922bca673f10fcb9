//! Helpers shared by the tests that run the real binary.

#![allow(clippy::unwrap_used, reason = "test helpers: a failed step is a failed test")]

use assert_cmd::Command;

/// The real `chairtime` binary, run from a machine in another time zone than any session's.
pub fn chairtime() -> Command {
    let mut cmd = Command::cargo_bin("chairtime").unwrap();
    cmd.env("TZ", "America/Los_Angeles");
    cmd
}
