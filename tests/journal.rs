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
use chairtime::timing::journal::{
    Recorder, find_resumable, is_locked, is_resumable, replay, replay_path, replay_path_until,
};
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
    assert!(
        replayed.warnings[0].contains(":12: the last action is damaged and was left out"),
        "{:?}",
        replayed.warnings
    );
    assert_eq!(replayed.engine.view(now), live.view(now), "all earlier lines kept");
    let mut rec = Recorder::resume(&path, replayed, now).unwrap();
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
    assert!(e.contains("j.jsonl:4:1: this line of the journal is damaged"), "{e}");
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
    assert!(replayed.warnings[0].contains(":4: repeats line 3 exactly"), "{:?}", replayed.warnings);
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
    assert!(replay("j", b"[1,2,3]\n").unwrap_err().to_string().contains("this is not a chairtime journal"));
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

#[test]
fn a_repeated_sequence_number_with_another_action_is_a_conflict_and_nothing_after_it_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = record(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // A second writer numbered its line like the third one, with another action.
    let forged = lines[3].replace("\"type\":\"pause\"", "\"type\":\"extend\",\"seconds\":60");
    assert_ne!(forged, lines[3]);
    lines.insert(4, forged);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let replayed = replay_path(&path).unwrap();
    let conflict: Vec<_> = replayed.warnings.iter().filter(|w| w.contains("conflict")).collect();
    assert_eq!(conflict.len(), 1, "{:?}", replayed.warnings);
    assert!(conflict[0].contains("j.jsonl:5:"), "names the file and line: {}", conflict[0]);
    assert_eq!(replayed.entries.len(), 11, "both actions and every line after them are kept");
}

#[test]
fn resuming_never_cuts_lines_another_writer_saved_after_the_journal_was_read() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, now) = record(dir.path());
    let replayed = replay_path(&path).unwrap();
    let line = "{\"seq\":11,\"at\":\"2019-09-11T14:30:00.000Z\",\"command\":{\"type\":\"hide_message\"}}\n";
    std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(line.as_bytes()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Recorder::resume(&path, replayed, now).unwrap_err();
    assert!(err.to_string().contains("changed since it was read"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing was cut");
}

#[test]
fn resuming_keeps_a_complete_last_line_even_when_it_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, now) = record(dir.path());
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(b"{\"seq\":11,\"at\":1}\n")
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let replayed = replay_path(&path).unwrap();
    assert_eq!(replayed.valid_len, before.len() as u64, "the complete line counts as kept");
    let err = Recorder::resume(&path, replayed, now).unwrap_err();
    assert!(err.to_string().contains(":12: this line is damaged"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_second_writer_in_the_same_process_is_refused_while_the_first_holds_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, now) = record(dir.path());
    let first = Recorder::resume(&path, replay_path(&path).unwrap(), now).unwrap();
    let err = Recorder::resume(&path, replay_path(&path).unwrap(), now).unwrap_err();
    assert!(is_locked(&err), "{err}");
    assert!(err.to_string().contains(&format!("process {}", std::process::id())), "names the holder: {err}");
    drop(first);
    assert!(Recorder::resume(&path, replay_path(&path).unwrap(), now).is_ok(), "free again once closed");
}

#[test]
fn replaying_up_to_an_instant_gives_the_session_as_it_was_then() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = record(dir.path());
    let full = replay_path(&path).unwrap();
    let t1420 = full.entries[6].at;
    let then = replay_path_until(&path, Some(t1420 - TimeDelta::seconds(1))).unwrap();
    assert_eq!(then.entries.len(), 6);
    assert_eq!(then.later, 4);
    assert_eq!(then.engine.current(), Some(0), "the first talk was still running");
}

fn bundled() -> chairtime::schedule::Session {
    load_bundled(&Overrides::default()).unwrap().session
}

#[test]
fn a_restart_finds_the_journal_even_after_a_speakers_name_was_fixed_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, now) = record(dir.path());
    let mut fixed = bundled();
    fixed.items[3].speakers = vec!["Someone Else".into()];
    let (found, replayed) = find_resumable(dir.path(), &fixed, Some("bundled"), now).unwrap();
    assert!(found.ends_with("j.jsonl"));
    assert_ne!(
        replayed.engine.session().items[3].speakers,
        fixed.items[3].speakers,
        "the journal's own plan"
    );
    let changes = replayed.engine.replan_changes(&fixed);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert!(changes[0].contains("speakers now Someone Else"), "{changes:?}");
}

#[test]
fn a_restart_after_midnight_finds_the_journal_of_the_day_before() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, now) = record(dir.path());
    let mut moved = bundled();
    moved.date = moved.date.succ_opt().unwrap();
    for item in &mut moved.items {
        item.start += TimeDelta::days(1);
    }
    moved.start += TimeDelta::days(1);
    moved.planned_end += TimeDelta::days(1);
    assert!(find_resumable(dir.path(), &moved, Some("bundled"), now + TimeDelta::hours(2)).is_some());
    assert!(
        find_resumable(dir.path(), &moved, Some("bundled"), now + TimeDelta::hours(20)).is_none(),
        "a day-old run of a changed plan is not offered"
    );
}

#[test]
fn a_finished_journal_is_offered_for_a_short_while_so_a_mistaken_finish_can_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let session = bundled();
    let path = dir.path().join("f.jsonl");
    let t0 = session.start;
    let mut rec = Recorder::create(&path, session.clone(), Some("bundled".into()), t0).unwrap();
    rec.apply(&Command::Start, t0).unwrap();
    let finish = t0 + TimeDelta::minutes(3);
    rec.apply(&Command::Finish, finish).unwrap();
    drop(rec);
    let replayed = replay_path(&path).unwrap();
    assert!(is_resumable(&replayed, &session, Some("bundled"), finish + TimeDelta::minutes(5)));
    assert!(!is_resumable(&replayed, &session, Some("bundled"), finish + TimeDelta::hours(2)));
    let mut resumed = Recorder::resume(&path, replayed, finish + TimeDelta::minutes(5)).unwrap();
    resumed.apply(&Command::Back, finish + TimeDelta::minutes(5)).unwrap();
    assert_eq!(resumed.engine().current(), Some(0));
}

#[test]
fn another_room_of_the_same_conference_file_is_not_offered_as_this_session() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, now) = record(dir.path());
    let mut other_room = bundled();
    other_room.room = Some("Room B".into());
    other_room.title = "Another microconference".into();
    assert!(find_resumable(dir.path(), &other_room, Some("bundled"), now).is_none());
    // Its title fixed in the same file, same room, same talks: still this session.
    let mut retitled = bundled();
    retitled.title = "BPF Microconference (day 2)".into();
    assert!(find_resumable(dir.path(), &retitled, Some("bundled"), now).is_some());
    assert!(find_resumable(dir.path(), &retitled, Some("other.json"), now).is_none());
}
