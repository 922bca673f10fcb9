//! `chairtime simulate`, `report` and `status` end to end on the bundled session, with golden
//! exports.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::Path;

use predicates::prelude::*;

mod common;

use common::chairtime;

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const DONE_WHEN: &str = "0:00 start\n4:30 next\n23:40 next\n";

fn simulate(dir: &Path, script: &str, format: &str) -> String {
    let s = write(dir, "s.script", script);
    let j = dir.join(format!("{format}.jsonl"));
    let out = chairtime()
        .args(["simulate", "--actions"])
        .arg(&s)
        .arg("--journal")
        .arg(&j)
        .args(["--format", format])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_done_when_script_gives_slot_448_1420_seconds_and_100_over() {
    let dir = tempfile::tempdir().unwrap();
    let csv = simulate(dir.path(), DONE_WHEN, "csv");
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with(
        "index,id,title,speakers,planned_start,actual_start,actual_end,planned_seconds,actual_seconds,overrun_seconds"
    ));
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(row[1], "448");
    assert_eq!(row[4], "2019-09-11T15:00:00+01:00");
    assert_eq!(row[7], "1320");
    assert_eq!(row[8], "1420");
    assert_eq!(row[9], "100");
}

#[test]
fn the_done_when_script_gives_chapters_whose_second_line_is_bpf_debugging_at_23_40() {
    let dir = tempfile::tempdir().unwrap();
    let chapters = simulate(dir.path(), DONE_WHEN, "chapters");
    let lines: Vec<&str> = chapters.lines().collect();
    assert!(lines[0].starts_with("0:00:00 Bringing BPF developer experience to the next level"));
    assert!(lines[1].starts_with("0:23:40 BPF Debugging"), "{chapters}");
}

fn golden_journal(dir: &Path) -> std::path::PathBuf {
    let script = std::fs::read_to_string("tests/fixtures/bpf-afternoon.script").unwrap();
    simulate(dir, &script, "md");
    dir.join("md.jsonl")
}

#[test]
fn the_exports_of_a_whole_afternoon_match_their_golden_files() {
    let dir = tempfile::tempdir().unwrap();
    let journal = golden_journal(dir.path());
    for format in ["md", "csv", "json", "chapters"] {
        let out = chairtime().arg("report").arg(&journal).args(["--format", format]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        insta::assert_snapshot!(format!("afternoon_{format}"), String::from_utf8(out.stdout).unwrap());
    }
}

#[test]
fn report_writes_atomically_and_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let journal = golden_journal(dir.path());
    let out = dir.path().join("timings.csv");
    chairtime().arg("report").arg(&journal).args(["--format", "csv", "-o"]).arg(&out).assert().success();
    let first = std::fs::read_to_string(&out).unwrap();
    assert!(first.starts_with("index,id,"));
    chairtime()
        .arg("report")
        .arg(&journal)
        .args(["--format", "md", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists; add --force to replace it"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), first, "untouched");
    chairtime()
        .arg("report")
        .arg(&journal)
        .args(["--format", "md", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("# BPF Microconference"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temp files left behind");
}

#[test]
fn report_to_a_full_disk_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let journal = golden_journal(dir.path());
    if Path::new("/dev/full").exists() {
        chairtime()
            .arg("report")
            .arg(&journal)
            .args(["--force", "-o", "/dev/full"])
            .assert()
            .code(1)
            .stderr(predicate::str::contains("cannot write the report"));
    }
}

#[test]
fn status_shows_the_running_slot_at_a_given_instant() {
    let dir = tempfile::tempdir().unwrap();
    simulate(dir.path(), DONE_WHEN, "md");
    chairtime()
        .arg("status")
        .arg(dir.path().join("md.jsonl"))
        .args(["--at", "2019-09-11T15:25:40+01:00"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Item       2 of 10: BPF Debugging — Yonghong Song (Facebook)"))
        .stdout(predicate::str::contains("Remaining  03:00 in the phase, 21:00 in the slot"))
        .stdout(predicate::str::contains("Schedule   2m behind (1m40s)"))
        .stdout(predicate::str::contains("Projected  end 18:41:40 (planned 18:40)"));
}

#[test]
fn a_script_error_names_its_line_and_nothing_panics() {
    let dir = tempfile::tempdir().unwrap();
    let s = write(dir.path(), "bad.script", "0:00 start\n0:10 nxet\n");
    chairtime()
        .args(["simulate", "--actions"])
        .arg(&s)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.script:2:6: unknown command \"nxet\""));
    let s = write(dir.path(), "refused.script", "0:00 next\n");
    chairtime()
        .args(["simulate", "--actions"])
        .arg(&s)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("refused.script:1: Next was not applied: nothing is running"));
}

#[test]
fn simulate_refuses_to_overwrite_an_existing_journal() {
    let dir = tempfile::tempdir().unwrap();
    let s = write(dir.path(), "s.script", DONE_WHEN);
    let j = write(dir.path(), "existing.jsonl", "precious\n");
    chairtime().args(["simulate", "--actions"]).arg(&s).arg("--journal").arg(&j).assert().code(1);
    assert_eq!(std::fs::read_to_string(&j).unwrap(), "precious\n");
}
