//! Sessions that run past midnight and events before the day's official start: the plan an
//! importer builds, the file `convert` writes from it, and `status --at` inside such a session.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::Path;

mod common;

use chairtime::schedule::Session;
use chairtime::schedule::import::Selector;
use chairtime::schedule::load::{Overrides, load_bytes, load_path};
use chrono::{NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use common::chairtime;

const NIGHT: &str = "tests/fixtures/import/night.xml";

fn room(name: &str) -> Overrides {
    Overrides {
        select: Selector { room: Some(name.to_owned()), ..Selector::default() },
        ..Overrides::default()
    }
}

fn stage() -> (Session, Vec<String>) {
    let n = load_path(Path::new(NIGHT), &room("Stage")).unwrap_or_else(|e| panic!("{e}"));
    (n.session, n.warnings)
}

fn berlin(d: u32, h: u32, m: u32) -> chrono::DateTime<Utc> {
    Tz::Europe__Berlin.with_ymd_and_hms(2026, 3, d, h, m, 0).unwrap().with_timezone(&Utc)
}

/// A session from 23:00 to 02:50 the next morning, in chairtime's own format.
const LATE_TOML: &str = "[session]\ntitle = \"Late\"\ndate = 2026-03-14\ntime_zone = \"Europe/Berlin\"\n\
    start = \"23:00\"\nend = \"02:50\"\n\n[[item]]\ntitle = \"One\"\nlength = \"1h\"\n\n\
    [[item]]\ntitle = \"Two\"\nstart = \"00:30\"\nlength = \"2h\"\n";

#[test]
fn an_event_before_the_days_start_stays_that_morning_when_its_date_agrees_with_its_start() {
    let (s, warnings) = stage();
    let titles: Vec<&str> = s.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Sound check", "Break", "Opening", "Break", "Late talk", "Break", "Night talk"]);
    assert_eq!(s.items[0].start, berlin(14, 10, 0), "10:00 that morning, not the next");
    assert_eq!(s.start, berlin(14, 10, 0));
    assert_eq!(s.items[6].start, berlin(15, 1, 50), "01:50 after midnight is the next calendar day");
    assert_eq!(s.planned_end, berlin(15, 2, 50));
    assert!(warnings.iter().all(|w| !w.contains("<date>")), "{warnings:?}");
}

#[test]
fn a_date_that_disagrees_with_its_start_is_named_for_that_room_only() {
    let n = load_path(Path::new(NIGHT), &room("Workshop")).unwrap();
    assert_eq!(n.session.items[0].start, berlin(14, 14, 0), "the day and <start> win");
    let said: Vec<&String> = n.warnings.iter().filter(|w| w.contains("<date>")).collect();
    assert_eq!(said.len(), 1, "{:?}", n.warnings);
    assert!(
        said[0].contains("\"Soldering\" (line 42: <date> 2026-03-14 15:00, <start> 14:00)"),
        "{}",
        said[0]
    );
    assert!(
        said[0].starts_with("1 event has a <date> that, in Europe/Berlin, disagrees with its <start>"),
        "{}",
        said[0]
    );
    let (_, stage_warnings) = stage();
    assert!(
        stage_warnings.iter().all(|w| !w.contains("Soldering") && !w.contains("<date>")),
        "another room's event is not the Stage chair's business: {stage_warnings:?}"
    );
}

#[test]
fn a_session_past_midnight_converts_to_a_file_that_loads_back_to_the_same_plan() {
    let (s, _) = stage();
    let text = chairtime::schedule::native::write(&s, Some("night.xml"));
    assert!(text.contains("start = \"10:00\"\nend = \"02:50\""), "{text}");
    let again = load_bytes("night.toml", text.as_bytes(), &Overrides::default())
        .unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(again.session, s);
}

#[test]
fn an_end_earlier_in_the_day_than_the_start_is_the_next_morning() {
    let n = load_bytes("late.toml", LATE_TOML.as_bytes(), &Overrides::default()).unwrap();
    assert_eq!(n.session.planned_end, berlin(15, 2, 50));
    assert_eq!(n.session.items[1].start, berlin(15, 0, 30));
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let hard = LATE_TOML.replace("end = \"02:50\"", "end = \"02:50\"\nhard_end = \"03:00\"");
    let n = load_bytes("late.toml", hard.as_bytes(), &Overrides::default()).unwrap();
    assert_eq!(n.session.hard_end, Some(berlin(15, 3, 0)));
}

#[test]
fn an_end_equal_to_the_start_is_refused_at_its_line() {
    let same = LATE_TOML.replace("end = \"02:50\"", "end = \"23:00\"");
    let e = load_bytes("late.toml", same.as_bytes(), &Overrides::default()).unwrap_err().to_string();
    assert!(e.starts_with("late.toml:6:7: session.end: 23:00 is the session's start"), "{e}");
}

#[test]
fn a_next_morning_end_long_after_the_items_is_said_to_be_a_likely_slip() {
    let body = "[session]\ntitle = \"Day\"\ndate = 2026-03-14\ntime_zone = \"Europe/Berlin\"\n\
        start = \"10:00\"\nend = \"09:00\"\n\n[[item]]\ntitle = \"One\"\nlength = \"8h\"\n";
    let n = load_bytes("day.toml", body.as_bytes(), &Overrides::default()).unwrap();
    assert_eq!(n.session.planned_end, berlin(15, 9, 0));
    assert_eq!(n.warnings.len(), 1, "{:?}", n.warnings);
    assert!(
        n.warnings[0].contains("the planned end 09:00 is earlier in the day than the start 10:00, so it is read as 09:00 the next day, 15h after the last item ends at 18:00"),
        "{:?}",
        n.warnings
    );
}

#[test]
fn a_bare_time_of_day_means_the_instant_during_the_session() {
    let s = load_bytes("late.toml", LATE_TOML.as_bytes(), &Overrides::default()).unwrap().session;
    let at = |h, m| s.instant_during(NaiveTime::from_hms_opt(h, m, 0).unwrap()).unwrap();
    assert_eq!(at(0, 10), berlin(15, 0, 10), "inside the session, after midnight");
    assert_eq!(at(23, 30), berlin(14, 23, 30));
    assert_eq!(at(22, 30), berlin(14, 22, 30), "half an hour before the start");
    assert_eq!(at(4, 0), berlin(15, 4, 0), "an hour after the end, not 19 hours before the start");
}

#[test]
fn convert_then_check_of_a_session_past_midnight_and_status_at_a_time_after_midnight() {
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("stage.toml");
    chairtime().args(["convert", NIGHT, "--room", "Stage", "-o"]).arg(&toml).assert().success();
    let out = chairtime().arg("check").arg(&toml).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Night talk"));
    // Run it as planned: each phase ends on time (a slot is intro slides, then discussion).
    // 00:10 is 14 h 10 min after the 10:00 start.
    let script = dir.path().join("s.script");
    std::fs::write(
        &script,
        "0:00 start\n5:00 next\n30:00 next\n1:00:00 next\n1:05:00 next\n3:00:00 next\n13:30:00 next\n13:35:00 next\n14:30:00 next\n",
    )
    .unwrap();
    let journal = dir.path().join("j.jsonl");
    common::simulate_on(&script, &journal, Some(&toml));
    let out = chairtime().args(["status", "--at", "00:10"]).arg(&journal).output().unwrap();
    let status = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(status.contains("Late talk"), "00:10 is inside the session, during Late talk:\n{status}");
    assert!(status.contains("Item       5 of 7: Late talk"), "{status}");
    assert!(status.contains("Remaining  20:00 in the phase"), "until 00:30: {status}");
}

#[test]
fn an_item_start_can_carry_its_date_where_the_time_alone_would_be_read_on_the_wrong_day() {
    // "00:30" after a 13-hour item that started at 11:00 would be read as 00:30 that morning.
    let body = "[session]\ntitle = \"Long\"\ndate = 2026-03-14\ntime_zone = \"Europe/Berlin\"\n\
        start = \"11:00\"\n\n[[item]]\ntitle = \"Marathon\"\nlength = \"13h\"\n\n\
        [[item]]\ntitle = \"Night owl\"\nstart = \"2026-03-15 00:30\"\nlength = \"30m\"\n";
    let s = load_bytes("long.toml", body.as_bytes(), &Overrides::default()).unwrap().session;
    assert_eq!(s.items[1].start, berlin(15, 0, 30));
    let text = chairtime::schedule::native::write(&s, None);
    assert!(
        text.contains("start = \"11:00\"\nlength = \"13h\""),
        "the time alone where it is enough:\n{text}"
    );
    assert!(text.contains("start = \"2026-03-15 00:30\""), "{text}");
    let again = load_bytes("again.toml", text.as_bytes(), &Overrides::default()).unwrap();
    assert_eq!(again.session, s);
    let moved = Overrides { date: chrono::NaiveDate::from_ymd_opt(2026, 3, 21), ..Overrides::default() };
    let later = load_bytes("long.toml", body.as_bytes(), &moved).unwrap().session;
    assert_eq!(later.items[1].start, berlin(22, 0, 30), "--date moves a dated start with the session");
}
