//! The bundled LPC 2019 BPF Microconference is the schedule chairtime is designed around.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::schedule::{ItemKind, PhaseKind};
use chrono::{TimeDelta, TimeZone, Utc};

#[test]
fn the_bundled_example_has_nine_slots_and_one_break() {
    let n = load_bundled(&Overrides::default()).unwrap();
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let s = n.session;
    assert_eq!((s.slot_count(), s.break_count()), (9, 1));
    assert_eq!(s.items[4].kind, ItemKind::Break);
    assert_eq!(s.items[4].title, "Afternoon break");
}

#[test]
fn the_first_slot_starts_at_15_00_lisbon_time_whatever_the_machine_zone() {
    let s = load_bundled(&Overrides::default()).unwrap().session;
    assert_eq!(s.time_zone.name(), "Europe/Lisbon");
    assert_eq!(s.items[0].start, Utc.with_ymd_and_hms(2019, 9, 11, 14, 0, 0).unwrap(), "WEST is UTC+1");
    assert_eq!(s.hhmm(s.items[0].start), "15:00");
    assert_eq!(s.hhmm(s.planned_end), "18:40");
    assert_eq!(s.hard_end, None);
}

#[test]
fn every_bundled_slot_opens_with_five_minutes_of_intro_slides_then_discussion() {
    let s = load_bundled(&Overrides::default()).unwrap().session;
    for item in s.items.iter().filter(|i| !i.is_break()) {
        let kinds: Vec<PhaseKind> = item.phases.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [PhaseKind::Intro, PhaseKind::Discussion], "{}", item.title);
        assert_eq!(item.phases[0].length, TimeDelta::minutes(5));
        assert!(item.id.is_some(), "{} keeps its Indico id", item.title);
    }
}

#[test]
fn the_bundled_items_are_the_published_timetable() {
    let s = load_bundled(&Overrides::default()).unwrap().session;
    let rows: Vec<(String, i64, Option<&str>)> =
        s.items.iter().map(|i| (s.hhmm(i.start), i.length().num_minutes(), i.id.as_deref())).collect();
    let expected = [
        ("15:00", 22, Some("448")),
        ("15:22", 23, Some("447")),
        ("15:45", 22, Some("449")),
        ("16:07", 23, Some("452")),
        ("16:30", 30, None),
        ("17:00", 20, Some("451")),
        ("17:20", 20, Some("450")),
        ("17:40", 20, Some("453")),
        ("18:00", 20, Some("454")),
        ("18:20", 20, Some("488")),
    ];
    let expected: Vec<(String, i64, Option<&str>)> =
        expected.iter().map(|(t, l, id)| ((*t).to_owned(), *l, *id)).collect();
    assert_eq!(rows, expected);
    assert_eq!(s.items[2].speakers.len(), 3, "A pure Go BPF library has three speakers");
}

#[test]
fn a_chair_can_set_the_hard_end_the_call_for_proposals_announced() {
    let text =
        chairtime::schedule::load::BUNDLED_TEXT.replace("# hard_end = \"19:40\"", "hard_end = \"19:40\"");
    let s = chairtime::schedule::load::load_bytes("x.toml", text.as_bytes(), &Overrides::default())
        .unwrap()
        .session;
    assert_eq!(s.hard_end.map(|h| s.hhmm(h)).as_deref(), Some("19:40"));
    assert_eq!(s.hard_end.unwrap() - s.start, TimeDelta::minutes(4 * 60 + 40));
}

#[test]
fn the_session_json_round_trips_to_the_same_session() {
    use chairtime::schedule::json::SessionDoc;
    let s = load_bundled(&Overrides::default()).unwrap().session;
    let text = serde_json::to_string(&SessionDoc::new(&s)).unwrap();
    let doc: SessionDoc = serde_json::from_str(&text).unwrap();
    assert_eq!(doc.into_session().unwrap(), s);
}
