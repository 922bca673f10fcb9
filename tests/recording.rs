//! Recording marks: the chair marks when the video recording started and stopped; chapters and cut
//! points then count from each recording's start, and the numbers are the journal's.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::command::Command;
use chairtime::timing::engine::Engine;
use chrono::{DateTime, TimeDelta, Utc};

mod common;

use common::chairtime;

/// The two-recordings script run into a journal; the journal's path.
fn run(dir: &std::path::Path) -> std::path::PathBuf {
    let journal = dir.join("run.jsonl");
    common::simulate("tests/fixtures/two-recordings.script", &journal);
    journal
}

/// `HH:MM:SS.mmm` back to a duration.
fn duration(s: &str) -> TimeDelta {
    let (hms, ms) = s.split_once('.').unwrap();
    let p: Vec<i64> = hms.split(':').map(|x| x.parse().unwrap()).collect();
    TimeDelta::milliseconds(((p[0] * 60 + p[1]) * 60 + p[2]) * 1000 + ms.parse::<i64>().unwrap())
}

#[test]
fn cut_points_count_from_each_recording_and_an_item_split_across_two_is_in_both() {
    let dir = tempfile::tempdir().unwrap();
    let journal = run(dir.path());
    let report = common::finished_report(&journal);
    assert_eq!(report.recordings.len(), 2);
    let start = report.session.start;
    assert_eq!(
        report.recordings[1].start,
        start + TimeDelta::minutes(45) + TimeDelta::seconds(40),
        "corrected"
    );
    let csv = common::report(&[&journal], &["--format", "cuts"]);
    let mut rows = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut debugging = Vec::new();
    let mut count = 0;
    for record in rows.records() {
        let record = record.unwrap();
        count += 1;
        let k: usize = record[col("recording")].parse().unwrap();
        assert_eq!(&record[col("counted_from")], "recording");
        let rec = report.recordings[k - 1];
        let until: DateTime<Utc> = rec.stop.unwrap_or(report.as_of);
        let row = report.rows.iter().find(|r| r.title == record[col("title")]).unwrap();
        let (a, b) = (row.actual_start.unwrap(), row.actual_end.unwrap());
        assert_eq!(duration(&record[col("in")]), a.max(rec.start) - rec.start, "{}", row.title);
        assert_eq!(duration(&record[col("out")]), b.min(until) - rec.start, "{}", row.title);
        assert_eq!(&record[col("whole")], if a >= rec.start && b <= until { "yes" } else { "no" });
        if row.title == "BPF Debugging" {
            debugging.push((k, record[col("whole")].to_owned()));
        }
    }
    assert_eq!(debugging, [(1, "no".to_owned()), (2, "no".to_owned())], "split across both recordings");
    assert_eq!(count, 5, "two items in the first recording, three in the second");
}

#[test]
fn chapters_come_one_file_per_recording_each_from_zero() {
    let dir = tempfile::tempdir().unwrap();
    let journal = run(dir.path());
    let out = chairtime()
        .arg("report")
        .arg(&journal)
        .args(["--format", "chapters", "-o"])
        .arg(dir.path().join("chapters.txt"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!dir.path().join("chapters.txt").exists(), "two recordings: two files instead");
    let first = std::fs::read_to_string(dir.path().join("chapters-1.txt")).unwrap();
    let second = std::fs::read_to_string(dir.path().join("chapters-2.txt")).unwrap();
    assert_eq!(
        first.lines().collect::<Vec<_>>(),
        [
            "0:00:00 Before the session",
            "0:00:10 Bringing BPF developer experience to the next level — Andrii Nakryiko (Facebook)",
            "0:23:40 BPF Debugging — Yonghong Song (Facebook)",
        ]
    );
    // Recording 2 started at 45:40, during BPF Debugging; the next talk began at 53:00.
    let lines: Vec<&str> = second.lines().collect();
    assert_eq!(lines[0], "0:00:00 BPF Debugging — Yonghong Song (Facebook)");
    assert!(lines[1].starts_with("0:07:20 A pure Go BPF library"), "{second}");
}

#[test]
fn without_marks_the_cut_points_count_from_the_session_start_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("j.jsonl");
    common::simulate("tests/fixtures/bpf-afternoon.script", &journal);
    let out = chairtime().arg("report").arg(&journal).args(["--format", "cuts"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("no recording was marked"), "{stderr}");
    let csv = String::from_utf8(out.stdout).unwrap();
    let second = csv.lines().nth(1).unwrap();
    assert!(second.starts_with(",session start,2019-09-11T15:00:00.000+01:00,1,1,448,"), "{second}");
    assert!(second.contains(",00:00:00.000,00:23:40.000,"), "{second}");
}

fn engine() -> (Engine, DateTime<Utc>) {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let start = session.start;
    (Engine::new(session), start)
}

#[test]
fn recording_marks_out_of_order_are_refused_with_a_reason() {
    let (mut e, t) = engine();
    let min = |m: i64| t + TimeDelta::minutes(m);
    let stop = Command::Record { on: false, at: None };
    assert!(e.apply(&stop, min(0)).unwrap_err().0.contains("no recording is running"));
    e.apply(&Command::Record { on: true, at: None }, min(1)).unwrap();
    let again = e.apply(&Command::Record { on: true, at: None }, min(2)).unwrap_err();
    assert!(again.0.contains("already running"), "{}", again.0);
    let future = e.apply(&Command::Record { on: false, at: Some(min(10)) }, min(3)).unwrap_err();
    assert!(future.0.contains("future"), "{}", future.0);
    e.apply(&stop, min(5)).unwrap();
    e.apply(&Command::Record { on: true, at: Some(min(6)) }, min(7)).unwrap();
    let before = Command::RecordAt { recording: 2, start: true, at: min(4) };
    assert!(e.apply(&before, min(8)).unwrap_err().0.contains("out of order"));
    let missing = Command::RecordAt { recording: 3, start: true, at: min(4) };
    assert!(e.apply(&missing, min(8)).unwrap_err().0.contains("recordings 1 to 2"));
    e.apply(&Command::RecordAt { recording: 1, start: false, at: min(5) + TimeDelta::seconds(30) }, min(8))
        .unwrap();
    let marks: Vec<_> = e.recordings().iter().map(|r| (r.start, r.stop)).collect();
    assert_eq!(marks, [(min(1), Some(min(5) + TimeDelta::seconds(30))), (min(6), None)]);
}
