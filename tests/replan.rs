//! A schedule that changes under a running session: pretalx republishes its JSON, the chair
//! reloads it, and what ran keeps its actuals while what is to come takes the new plan.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::report::{Format, Report};
use chairtime::schedule::Session;
use chairtime::schedule::json::SessionDoc;
use chairtime::schedule::load::{Overrides, load_bytes};
use chairtime::timing::command::Command;
use chairtime::timing::engine::ItemStatus;
use chairtime::timing::journal::{Recorder, replay_path};
use chrono::TimeDelta;

/// A pretalx schedule of one room, one talk per `(code, title, start, duration)`.
fn pretalx(talks: &[(&str, &str, &str, &str)]) -> String {
    let events: Vec<String> = talks
        .iter()
        .map(|(code, title, start, duration)| {
            format!(
                r#"{{"guid": "guid-{code}", "code": "{code}", "id": 1, "date": "2026-06-01T{start}:00+02:00", "start": "{start}", "duration": "{duration}", "room": "Room A", "title": "{title}", "track": "Main", "type": "Talk", "persons": [{{"name": "Speaker {code}"}}]}}"#
            )
        })
        .collect();
    format!(
        r#"{{"schedule": {{"version": "1", "conference": {{"acronym": "c", "title": "Con", "time_zone_name": "Europe/Berlin",
        "days": [{{"index": 1, "date": "2026-06-01", "day_start": "2026-06-01T04:00:00+02:00", "day_end": "2026-06-02T03:59:00+02:00",
        "rooms": {{"Room A": [{}]}}}}]}}}}}}"#,
        events.join(",")
    )
}

fn load(json: &str) -> Session {
    let overrides = Overrides { default_intro: Some(TimeDelta::zero()), ..Overrides::default() };
    load_bytes("schedule.json", json.as_bytes(), &overrides).unwrap().session
}

fn before() -> Session {
    load(&pretalx(&[
        ("T1", "One", "10:00", "00:20"),
        ("T2", "Two", "10:20", "00:20"),
        ("T3", "Three", "10:40", "00:20"),
        ("T4", "Four", "11:00", "00:20"),
    ]))
}

/// The programme committee renamed talk 3, cancelled talk 4, added talk 5, gave talk 2 (running
/// by then) 30 minutes and renamed talk 1 (already run).
fn after() -> Session {
    load(&pretalx(&[
        ("T1", "One (updated title)", "10:00", "00:20"),
        ("T2", "Two", "10:20", "00:30"),
        ("T3", "Three, renamed", "10:50", "00:20"),
        ("T5", "Five", "11:10", "00:15"),
    ]))
}

fn replan(session: &Session) -> Command {
    Command::Replan {
        session: Box::new(SessionDoc::new(session)),
        source: Some("schedule.json".into()),
        version: None,
    }
}

#[test]
fn a_reload_mid_session_keeps_what_ran_and_takes_the_new_plan_for_what_is_to_come() {
    let (old, new) = (before(), after());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.jsonl");
    let t0 = old.start;
    let mut rec = Recorder::create(&path, old.clone(), Some("schedule.json".into()), t0).unwrap();
    rec.apply(&Command::Start, t0).unwrap();
    rec.apply(&Command::Next, t0 + TimeDelta::minutes(21)).unwrap();
    let reload_at = t0 + TimeDelta::minutes(25);
    rec.apply(&replan(&new), reload_at).unwrap();
    let e = rec.engine();
    let titles: Vec<&str> = e.order().iter().map(|&i| e.session().items[i].title.as_str()).collect();
    assert_eq!(titles, ["One (updated title)", "Two", "Three, renamed", "Five"]);
    // Talk 1 keeps its actuals; talk 2 is still running on the length it started with.
    let one = &e.runs()[0];
    assert_eq!(
        (one.status, one.start, one.end),
        (ItemStatus::Done, Some(t0), Some(t0 + TimeDelta::minutes(21)))
    );
    let current = e.view(reload_at).current.unwrap();
    assert_eq!(current.title, "Two");
    assert_eq!(current.slot_length, TimeDelta::minutes(20), "a running talk keeps its length");
    assert_eq!(e.session().items[3].length(), TimeDelta::minutes(15), "the added talk is in the rundown");
    let changes = &e.replans()[0].changes;
    for expected in ["is now called “Three, renamed”", "removed “Four”", "added “Five”"] {
        assert!(changes.iter().any(|c| c.contains(expected)), "{expected}: {changes:?}");
    }
    // The report lists what changed and when.
    let md = Format::Md.render(&Report::new(e, reload_at));
    assert!(md.contains("## Schedule changes during the session"), "{md}");
    assert!(md.contains("10:25 schedule reloaded from schedule.json:"), "{md}");
    assert!(md.contains("removed “Four”"), "{md}");
    // The journal records the reload, so replay gives the same session.
    let live = e.clone();
    let replayed = replay_path(&path).unwrap();
    assert!(replayed.warnings.is_empty(), "{:?}", replayed.warnings);
    for t in [reload_at, reload_at + TimeDelta::minutes(40)] {
        assert_eq!(replayed.engine.view(t), live.view(t));
        for f in [Format::Csv, Format::Json, Format::Md, Format::Chapters] {
            assert_eq!(f.render(&Report::new(&replayed.engine, t)), f.render(&Report::new(&live, t)), "{f}");
        }
    }
}

#[test]
fn a_talk_removed_from_the_file_after_it_ran_stays_in_the_report() {
    let old = before();
    let without_one = load(&pretalx(&[
        ("T2", "Two", "10:20", "00:20"),
        ("T3", "Three", "10:40", "00:20"),
        ("T4", "Four", "11:00", "00:20"),
    ]));
    let mut e = chairtime::timing::engine::Engine::new(old.clone());
    let t0 = old.start;
    e.apply(&Command::Start, t0).unwrap();
    e.apply(&Command::Next, t0 + TimeDelta::minutes(20)).unwrap();
    e.apply(&replan(&without_one), t0 + TimeDelta::minutes(22)).unwrap();
    let report = Report::new(&e, t0 + TimeDelta::minutes(22));
    let csv = Format::Csv.render(&report);
    assert!(csv.lines().nth(1).unwrap().contains(",One,"), "{csv}");
    assert!(e.replans()[0].changes.iter().any(|c| c.contains("“One” is no longer in the schedule; it ran")));
}

#[test]
fn a_reload_keeps_the_chairs_own_moves_unless_the_file_reorders() {
    let old = before();
    let mut e = chairtime::timing::engine::Engine::new(old.clone());
    let t0 = old.start;
    e.apply(&Command::Start, t0).unwrap();
    e.apply(&Command::Move { item: 3, to: 1 }, t0 + TimeDelta::minutes(1)).unwrap();
    let renamed = load(&pretalx(&[
        ("T1", "One", "10:00", "00:20"),
        ("T2", "Two", "10:20", "00:20"),
        ("T3", "Three", "10:40", "00:20"),
        ("T4", "Four, renamed", "11:00", "00:20"),
    ]));
    let mut without = e.clone();
    e.apply(&replan(&renamed), t0 + TimeDelta::minutes(2)).unwrap();
    let titles: Vec<String> = e.order().iter().map(|&i| e.session().items[i].title.clone()).collect();
    assert_eq!(titles, ["One", "Four, renamed", "Two", "Three"], "the chair moved Four up; it stays there");
    assert!(!e.replans()[0].changes.iter().any(|c| c.contains("order")));
    // A rename changes no figure: planned starts, offset, projection.
    without.apply(&Command::ShowMessage { text: "-".into() }, t0 + TimeDelta::minutes(2)).unwrap();
    let t = t0 + TimeDelta::minutes(5);
    let (a, b) = (e.view(t), without.view(t));
    assert_eq!((a.offset, a.projected_end), (b.offset, b.projected_end));
    let starts =
        |v: &chairtime::timing::view::View| v.rows.iter().map(|r| r.planned_start).collect::<Vec<_>>();
    assert_eq!(starts(&a), starts(&b));
    // The same file again changes nothing, and the chair's move still stands.
    assert!(e.replan_changes(&renamed).is_empty(), "{:?}", e.replan_changes(&renamed));
    e.apply(&replan(&renamed), t0 + TimeDelta::minutes(3)).unwrap();
    let again: Vec<String> = e.order().iter().map(|&i| e.session().items[i].title.clone()).collect();
    assert_eq!(again, titles);
}

#[test]
fn a_file_that_reorders_the_talks_still_to_come_gives_its_order() {
    let old = before();
    let mut e = chairtime::timing::engine::Engine::new(old.clone());
    let t0 = old.start;
    e.apply(&Command::Start, t0).unwrap();
    let swapped = load(&pretalx(&[
        ("T1", "One", "10:00", "00:20"),
        ("T3", "Three", "10:20", "00:20"),
        ("T2", "Two", "10:40", "00:20"),
        ("T4", "Four", "11:00", "00:20"),
    ]));
    e.apply(&replan(&swapped), t0 + TimeDelta::minutes(2)).unwrap();
    let titles: Vec<&str> = e.order().iter().map(|&i| e.session().items[i].title.as_str()).collect();
    assert_eq!(titles, ["One", "Three", "Two", "Four"]);
    assert!(e.replans()[0].changes.iter().any(|c| c.contains("changed the order")));
    assert!(e.replan_changes(&swapped).is_empty(), "and taking it again changes nothing");
}

#[test]
fn reloading_an_unchanged_file_changes_nothing() {
    let old = before();
    let mut e = chairtime::timing::engine::Engine::new(old.clone());
    e.apply(&Command::Start, old.start).unwrap();
    assert!(e.replan_changes(&before()).is_empty());
}
