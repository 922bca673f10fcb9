//! A rehearsal starts now: Start moves the whole plan to begin then, the journal says it is a
//! rehearsal, and every screen and export says REHEARSAL.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test helpers: a failed step is a failed test")]

#[path = "common/kittest.rs"]
mod kittest;

use std::rc::Rc;

use chairtime::report::{Format, Report};
use chairtime::room::Startup;
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::clock::FakeClock;
use chairtime::timing::command::Command;
use chairtime::timing::engine::Engine;
use chairtime::timing::journal::{Recorder, replay_path};
use chairtime::timing::speaker::Speaker;
use chairtime::ui::app::ChairApp;
use chairtime::ui::settings::Settings;
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use egui_kittest::kittest::Queryable;

/// 13:10 in Lisbon on the bundled session's day, 110 minutes before its 15:00 start.
fn ten_past_one() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2019, 9, 11, 12, 10, 0).unwrap()
}

/// The chair window on the bundled session at 13:10, journals in `journals`, nothing started.
fn app_at_ten_past_one(journals: &std::path::Path) -> ChairApp {
    let startup = Startup {
        session: bundled(),
        source: "bundled".into(),
        journal_dir: journals.to_owned(),
        journal: None,
        schedule: None,
    };
    let settings = Settings { projector_open: false, ..Settings::default() };
    let clock = Rc::new(FakeClock::new(ten_past_one()));
    let mut app = ChairApp::waiting(startup, settings, Box::new(clock), Box::new(kittest::Silent));
    app.room_mut().begin_waiting();
    app
}

fn bundled() -> chairtime::schedule::Session {
    load_bundled(&Overrides::default()).unwrap().session
}

#[test]
fn a_rehearsal_at_ten_past_one_runs_the_three_oclock_plan_from_ten_past_one() {
    let mut e = Engine::new(bundled());
    e.apply(&Command::Rehearse, ten_past_one()).unwrap();
    e.apply(&Command::Start, ten_past_one()).unwrap();
    let later = ten_past_one() + TimeDelta::minutes(10);
    let v = e.view(later);
    assert_eq!(v.rows[0].planned_start, ten_past_one(), "the plan begins when Start was pressed");
    assert_eq!(v.offset, TimeDelta::zero(), "on plan, not 107 minutes early");
    assert_eq!(v.projected_end, ten_past_one() + TimeDelta::minutes(220));
    assert!(v.rows.iter().all(|r| r.start_delta.is_none_or(|d| d.abs() < TimeDelta::minutes(1))));
    assert_eq!(e.rehearsal_shift(), Some(TimeDelta::minutes(-110)));
    assert_eq!(e.session().hhmm(e.session().start), "13:10");
}

#[test]
fn without_rehearse_the_same_start_shows_the_session_110_minutes_early() {
    let mut e = Engine::new(bundled());
    e.apply(&Command::Start, ten_past_one()).unwrap();
    let v = e.view(ten_past_one() + TimeDelta::minutes(10));
    assert!(v.offset < TimeDelta::minutes(-100), "the contrast the rehearsal removes: {:?}", v.offset);
}

#[test]
fn a_rehearsal_is_chosen_before_start_only() {
    let mut e = Engine::new(bundled());
    e.apply(&Command::Start, ten_past_one()).unwrap();
    let refused = e.apply(&Command::Rehearse, ten_past_one()).unwrap_err();
    assert!(refused.to_string().contains("before Start"), "{refused}");
    assert!(!e.rehearsal());
}

#[test]
fn the_journal_replays_the_rehearsal_and_every_export_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.jsonl");
    let t = ten_past_one();
    let mut r = Recorder::create(&path, bundled(), None, t).unwrap();
    for (cmd, at) in [(Command::Rehearse, t), (Command::Start, t), (Command::Next, t + TimeDelta::minutes(5))]
    {
        r.apply(&cmd, at).unwrap();
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"type\":\"rehearse\""), "the journal says it is a rehearsal:\n{text}");
    let replayed = replay_path(&path).unwrap();
    let now = t + TimeDelta::minutes(12);
    assert_eq!(replayed.engine.view(now), r.engine().view(now), "replay moves the plan the same way");
    let report = Report::new(&replayed.engine, now);
    let md = Format::Md.render(&report);
    assert!(md.starts_with("# BPF Microconference — REHEARSAL timings"), "{md}");
    assert!(md.contains("moved 1h50m earlier"), "{md}");
    let csv = Format::Csv.render(&report);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let column = rows.headers().unwrap().iter().position(|h| h == "rehearsal").unwrap();
    assert!(rows.records().all(|r| &r.unwrap()[column] == "true"), "{csv}");
    let json: serde_json::Value = serde_json::from_str(&Format::Json.render(&report)).unwrap();
    assert_eq!(json["rehearsal"], true);
    assert_eq!(json["rehearsal_shift_seconds"], -6600);
    assert!(Format::Chapters.render(&report).lines().all(|l| l.contains("(rehearsal) ")));
    let speaker = Speaker::new(&replayed.engine, now);
    assert!(speaker.position.ends_with("· REHEARSAL"), "{}", speaker.position);
}

#[test]
fn a_real_run_exports_say_it_is_not_a_rehearsal() {
    let mut e = Engine::new(bundled());
    e.apply(&Command::Start, bundled().start).unwrap();
    let report = Report::new(&e, bundled().start + TimeDelta::minutes(1));
    let csv = Format::Csv.render(&report);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let column = rows.headers().unwrap().iter().position(|h| h == "rehearsal").unwrap();
    assert_eq!(&rows.records().next().unwrap().unwrap()[column], "false", "{csv}");
    assert!(!Format::Md.render(&report).contains("REHEARSAL"));
}

#[test]
fn the_rehearse_key_marks_the_window_and_start_moves_the_rundown_to_now() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_ten_past_one(dir.path());
    let mut h = kittest::harness_of(app, 1600.0);
    h.run();
    assert!(h.query_by_label("REHEARSAL").is_none());
    h.get_by_label_contains("Rehearse").click();
    h.run();
    assert!(h.query_by_label("REHEARSAL").is_some(), "the chair window says it");
    assert!(h.state().recorder().engine().rehearsal());
    h.key_press(egui::Key::Space);
    h.run();
    let engine = h.state().recorder().engine();
    assert_eq!(engine.session().hhmm(engine.session().start), "13:10");
}

#[test]
fn before_start_a_rehearsal_shows_the_plan_as_if_it_began_now() {
    let mut e = Engine::new(bundled());
    e.apply(&Command::Rehearse, ten_past_one()).unwrap();
    let v = e.view(ten_past_one());
    assert_eq!(v.rows[0].projected_start, Some(ten_past_one()));
    assert_eq!(v.projected_end, ten_past_one() + TimeDelta::minutes(220), "not 18:40");
    assert_eq!(v.offset, TimeDelta::zero());
    assert!(Speaker::new(&e, ten_past_one()).headline.starts_with("Rehearsal"), "not 'Starts at 15:00'");
}

#[test]
fn choosing_a_rehearsal_takes_back_the_notice_that_offered_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at_ten_past_one(dir.path());
    app.room_mut().off_day("This schedule is for Wed 11 Sep 2019; it runs today at its own times. Rehearse (Shift+R) runs it from the moment you press Start instead.".to_owned());
    let mut h = kittest::harness_of(app, 1600.0);
    h.run();
    assert!(h.query_by_label_contains("This schedule is for").is_some());
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::R);
    h.run();
    assert!(h.state().recorder().engine().rehearsal(), "Shift+R chose a rehearsal");
    assert!(h.query_by_label_contains("This schedule is for").is_none(), "the offer is gone");
}

#[test]
fn a_started_rehearsal_compared_with_its_unchanged_file_finds_no_change() {
    let mut e = Engine::new(bundled());
    e.apply(&Command::Rehearse, ten_past_one()).unwrap();
    // Start pressed 0.6 s into the second: the plan moves in whole seconds.
    e.apply(&Command::Start, ten_past_one() + TimeDelta::milliseconds(600)).unwrap();
    assert!(e.replan_changes(&bundled()).is_empty(), "{:?}", e.replan_changes(&bundled()));
    // A real change to the file is still found, in the rehearsal's time.
    let mut changed = bundled();
    changed.items[3].title = "Renamed".into();
    assert_eq!(e.replan_changes(&changed).len(), 1, "{:?}", e.replan_changes(&changed));
}

#[test]
fn a_rehearsal_started_into_a_second_reports_no_late_start() {
    let mut e = Engine::new(bundled());
    e.apply(&Command::Rehearse, ten_past_one()).unwrap();
    let start = ten_past_one() + TimeDelta::milliseconds(600);
    e.apply(&Command::Start, start).unwrap();
    e.apply(&Command::Pause, start + TimeDelta::seconds(10)).unwrap();
    e.apply(&Command::Resume, start + TimeDelta::milliseconds(69_500)).unwrap();
    let md = Format::Md.render(&Report::new(&e, start + TimeDelta::minutes(3)));
    assert_eq!(Report::new(&e, start + TimeDelta::minutes(3)).schedule.causes.late_start, 0, "{md}");
    assert!(!md.contains("Late start"), "{md}");
}
