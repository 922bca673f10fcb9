//! The journal: durable appends, exact replay, torn tails, damage, duplicates, newer versions.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::io::Write;

use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::command::Command;
use chairtime::timing::engine::Engine;
use chairtime::timing::journal::{Recorder, replay, replay_path};
use chrono::{DateTime, TimeDelta, Utc};

fn record(dir: &std::path::Path) -> (std::path::PathBuf, Engine, DateTime<Utc>) {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let path = dir.join("j.jsonl");
    // Sub-millisecond instants, as a real clock gives them.
    let t0 = session.start + TimeDelta::nanoseconds(123_456_789);
    let mut rec = Recorder::create(&path, session, Some("bundled".into()), t0).unwrap();
    let steps = [
        (0, Command::Start),
        (270, Command::Next),
        (600, Command::Pause),
        (690, Command::Resume),
        (700, Command::Extend { seconds: 120 }),
        (800, Command::ShowMessage { text: "5 minutes left, \"really\"".into() }),
        (1420, Command::Next),
        (1500, Command::Correct { seconds: 90 }),
        (1510, Command::Skip { item: 2 }),
        (1520, Command::Move { item: 5, to: 2 }),
    ];
    for (s, c) in steps {
        rec.apply(&c, t0 + TimeDelta::seconds(s) + TimeDelta::microseconds(s * 7)).unwrap();
    }
    let now = t0 + TimeDelta::seconds(1600);
    (path, rec.engine().clone(), now)
}

#[test]
fn replay_rebuilds_exactly_the_live_state() {
    let dir = tempfile::tempdir().unwrap();
    let (path, live, now) = record(dir.path());
    let replayed = replay_path(&path).unwrap();
    assert!(replayed.warnings.is_empty(), "{:?}", replayed.warnings);
    assert_eq!(replayed.entries.len(), 10);
    assert_eq!(replayed.engine.runs(), live.runs());
    assert_eq!(replayed.engine.order(), live.order());
    assert_eq!(replayed.engine.view(now), live.view(now));
}

#[test]
fn every_line_is_json_with_a_millisecond_utc_time() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = record(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    let header: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(header["format"], "chairtime-journal");
    assert_eq!(header["version"], 1);
    assert_eq!(header["session"]["items"][0]["id"], "448");
    let first: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(first["seq"], 1);
    assert_eq!(first["at"], "2019-09-11T14:00:00.123Z");
    assert_eq!(first["command"]["type"], "start");
    assert!(text.ends_with('\n'));
}

#[test]
fn a_torn_last_line_is_reported_skipped_and_cut_before_appending_again() {
    let dir = tempfile::tempdir().unwrap();
    let (path, live, now) = record(dir.path());
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(b"{\"seq\":11,\"at\":\"2019-09-11T14:3")
        .unwrap();
    let replayed = replay_path(&path).unwrap();
    assert_eq!(replayed.warnings.len(), 1);
    assert!(replayed.warnings[0].contains(":12: the last line is damaged"), "{:?}", replayed.warnings);
    assert_eq!(replayed.engine.view(now), live.view(now), "all earlier lines kept");
    let mut rec = Recorder::resume(&path, replayed).unwrap();
    rec.apply(&Command::Next, now).unwrap();
    let again = replay_path(&path).unwrap();
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(again.entries.last().unwrap().seq, 11);
}

#[test]
fn a_garbage_complete_last_line_is_skipped_too() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = record(dir.path());
    std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(b"\x00\x00garbage\n").unwrap();
    let replayed = replay_path(&path).unwrap();
    assert_eq!(replayed.entries.len(), 10);
    assert_eq!(replayed.warnings.len(), 1);
}

#[test]
fn a_damaged_line_inside_the_journal_is_an_error_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = record(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let damaged: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| if i == 3 { l.replace("\"seq\"", "\"se") } else { l.to_owned() })
        .collect();
    std::fs::write(&path, damaged.join("\n") + "\n").unwrap();
    let e = replay_path(&path).unwrap_err().to_string();
    assert!(e.contains("j.jsonl:4:1: damaged line inside the journal"), "{e}");
}

#[test]
fn a_duplicated_line_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (path, live, now) = record(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(3, lines[2]);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let replayed = replay_path(&path).unwrap();
    assert!(replayed.warnings[0].contains("repeats sequence number 2"), "{:?}", replayed.warnings);
    assert_eq!(replayed.engine.view(now), live.view(now));
}

#[test]
fn a_journal_from_a_newer_version_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = record(dir.path());
    let text = std::fs::read_to_string(&path).unwrap().replacen("\"version\":1", "\"version\":7", 1);
    let e = replay("j.jsonl", text.as_bytes()).unwrap_err().to_string();
    assert!(
        e.starts_with("j.jsonl:1:1: this journal was written by a newer chairtime (journal version 7"),
        "{e}"
    );
}

#[test]
fn an_empty_or_headless_journal_is_an_error_not_a_panic() {
    assert!(replay("j", b"").unwrap_err().to_string().contains("empty"));
    assert!(
        replay("j", b"{\"format\":\"chairtime-jour")
            .unwrap_err()
            .to_string()
            .contains("header line is incomplete")
    );
    assert!(replay("j", b"[1,2,3]\n").unwrap_err().to_string().contains("not a chairtime journal header"));
}

#[test]
fn a_journal_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let (path, live, now) = record(dir.path());
    let err = Recorder::create(&path, live.session().clone(), None, now).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::AlreadyExists);
}

#[test]
fn replay_does_not_report_old_events_again() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, now) = record(dir.path());
    let mut replayed = replay_path(&path).unwrap();
    let last = replayed.last_at();
    assert!(replayed.engine.tick(last).is_empty());
    assert!(!replayed.engine.tick(now + TimeDelta::minutes(30)).is_empty(), "new crossings still fire");
}
