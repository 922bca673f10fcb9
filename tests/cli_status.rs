//! `chairtime status` and `report` at an instant, and action scripts as a chair writes them, end
//! to end with the real binary on the bundled session.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::{Path, PathBuf};

mod common;

use common::chairtime;

/// Simulates `script` on the bundled session into a journal and returns its path.
fn journal(dir: &Path, script: &str) -> PathBuf {
    let s = dir.join("s.script");
    std::fs::write(&s, script).unwrap();
    let j = dir.join("j.jsonl");
    let out = chairtime().args(["simulate", "--actions"]).arg(&s).arg("--journal").arg(&j).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    j
}

fn run(args: &[&str], journal: &Path) -> String {
    let out = chairtime().args(args).arg(journal).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn status_after_back_and_next_shows_the_extension_still_given() {
    let dir = tempfile::tempdir().unwrap();
    let j =
        journal(dir.path(), "0:00 start\n4:30 next\n10:00 extend 120\n10:30 back\n10:40 next\n11:00 wait\n");
    let out = run(&["status", "--at", "2019-09-11T14:11:00Z"], &j);
    assert!(out.contains("Remaining  13:00 in the phase, 13:00 in the slot"), "{out}");
}

#[test]
fn status_at_an_earlier_instant_shows_the_session_as_it_was_then() {
    let dir = tempfile::tempdir().unwrap();
    // The first slot ends at 23:40, the second runs until 45:00.
    let j = journal(dir.path(), "0:00 start\n4:30 next\n23:40 next\n45:00 next\n");
    let out = run(&["status", "--at", "2019-09-11T14:20:00Z"], &j);
    assert!(out.contains("Item       1 of"), "the first slot was running at 15:20: {out}");
    assert!(out.contains("Discussion"), "{out}");
    let csv = run(&["report", "--format", "csv", "--at", "2019-09-11T14:20:00Z"], &j);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "only what had started by then: {csv}");
    assert!(rows[0].contains(",running,"), "{csv}");
}

#[test]
fn a_hash_inside_a_message_is_part_of_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let j =
        journal(dir.path(), "0:00 start   # the first talk\n1:00 message Questions go to mic #2, please\n");
    let out = run(&["status", "--at", "2019-09-11T14:02:00Z"], &j);
    assert!(out.contains("Message    Questions go to mic #2, please"), "{out}");
}

#[test]
fn an_ambiguous_length_in_a_script_is_refused_with_the_unambiguous_forms() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s.script");
    std::fs::write(&s, "0:00 start\n2:00 correct 1:30\n").unwrap();
    let out = chairtime().args(["simulate", "--actions"]).arg(&s).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("s.script:2:"), "{err}");
    assert!(err.contains("ambiguous") && err.contains("1m30s"), "{err}");
    std::fs::write(&s, "0:00 start\n2:00 correct 1m30s\n").unwrap();
    assert!(chairtime().args(["simulate", "--actions"]).arg(&s).output().unwrap().status.success());
}

#[test]
fn status_shows_zero_for_exactly_one_second_around_time_up_as_the_projector_does() {
    let dir = tempfile::tempdir().unwrap();
    // Intro slides of 5 minutes from 15:00:00: time is up at 15:05:00.
    let j = journal(dir.path(), "0:00 start\n");
    let at = |t: &str| run(&["status", "--at", &format!("2019-09-11T14:{t}Z")], &j);
    assert!(at("04:59.500").contains("Remaining  00:01 in the phase"), "half a second left shows 00:01");
    assert!(at("05:00.000").contains("Remaining  00:00 in the phase"));
    assert!(at("05:00.900").contains("Remaining  00:00 in the phase"));
    assert!(
        at("05:01.000").contains("Remaining  00:01 over in the phase"),
        "overtime never reads as time left"
    );
}

#[test]
fn status_shows_what_the_speaker_sees_in_the_projectors_words() {
    let dir = tempfile::tempdir().unwrap();
    let j = journal(dir.path(), "0:00 start\n4:30 next\n");
    // The discussion phase, 2 min 30 s in; the projector shows the phase's time left, rounded up.
    let out = run(&["status", "--at", "2019-09-11T14:07:00.500Z"], &j);
    let line = out.lines().find(|l| l.trim_start().starts_with("Speaker")).unwrap_or_default();
    assert!(line.contains("· ON TIME · Discussion"), "{out}");
    let phase = out.lines().find(|l| l.contains("in the phase")).unwrap_or_default();
    let digits = line.split_whitespace().nth(1).unwrap();
    assert!(phase.contains(&format!("Remaining  {digits} in the phase")), "the same figure twice: {out}");
}

const LATE_MORNING: &str = r#"[session]
title = "Late morning"
date = 2026-03-10
time_zone = "Europe/Lisbon"
start = "10:00"
hard_end = "10:38"

[[item]]
title = "Long talk"
length = "20m"

[[item]]
title = "Coffee"
length = "10m"
break = true

[[item]]
title = "Short talk"
length = "8m"
"#;

/// `status` of the late-morning session, started on time and left running, at 10:23 (3 minutes
/// into the first talk's overtime).
fn late_morning_status(dir: &Path) -> String {
    let session = dir.join("late.toml");
    std::fs::write(&session, LATE_MORNING).unwrap();
    let script = dir.join("late.script");
    std::fs::write(&script, "0:00 start\n").unwrap();
    let j = dir.join("late.jsonl");
    let out = chairtime()
        .arg("simulate")
        .arg(&session)
        .arg("--actions")
        .arg(&script)
        .arg("--journal")
        .arg(&j)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    run(&["status", "--at", "2026-03-10T10:23:00Z"], &j)
}

#[test]
fn the_status_header_says_what_the_schedule_and_hard_end_lines_say() {
    let dir = tempfile::tempdir().unwrap();
    let out = late_morning_status(dir.path());
    let header = out.lines().next().unwrap();
    assert_eq!(header, "Late morning — 3m behind, over the hard end", "{out}");
    assert!(!header.contains("on time"), "{out}");
    assert!(out.contains("  Schedule   3m behind\n"), "{out}");
    assert!(out.contains("  Hard end   10:38, 3m over at this pace\n"), "{out}");
}

#[test]
fn the_status_says_how_much_the_catch_up_plan_cannot_recover() {
    let dir = tempfile::tempdir().unwrap();
    let out = late_morning_status(dir.path());
    assert!(
        out.contains("Catch up   Short talk −2m (1m cannot be recovered without cutting slots below 75 %)"),
        "{out}"
    );
}

#[test]
fn a_break_after_a_talk_in_overtime_is_shown_as_due_and_late() {
    let dir = tempfile::tempdir().unwrap();
    let out = late_morning_status(dir.path());
    assert!(out.contains("  Break      due, +03:00\n"), "{out}");
    assert!(!out.contains("Break in   00:00"), "{out}");
}
