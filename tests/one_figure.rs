//! One figure, said once: the same journal at the same instant reads the same on every face — the
//! chair window, the remote's JSON, `chairtime status` and the reports.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests: a failed step is a failed test")]

use std::rc::Rc;

use chairtime::cli::run::{render_status, stale};
use chairtime::report::{Format, Report};
use chairtime::room::Startup;
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::clock::FakeClock;
use chairtime::timing::journal;
use chairtime::timing::speaker::Speaker;
use chairtime::ui::app::ChairApp;
use chairtime::ui::settings::Settings;
use chrono::TimeDelta;
use egui::Key;
use egui_kittest::kittest::Queryable;

#[path = "common/kittest.rs"]
mod kittest;

/// The bundled session started 1 min 30 s late and run 10 minutes: the chair window, then the
/// journal it wrote read back.
#[test]
fn a_late_start_reads_the_same_in_the_window_the_remote_status_and_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let clock = Rc::new(FakeClock::new(session.start + TimeDelta::seconds(90)));
    let startup = Startup {
        session: session.clone(),
        source: "bundled".into(),
        journal_dir: dir.path().to_owned(),
        journal: None,
        schedule: None,
    };
    let settings = Settings { projector_position: Some([2600.0, 0.0]), ..Settings::default() };
    let mut app = ChairApp::new(startup, settings, Box::new(clock.clone()), Box::new(kittest::Silent));
    app.set_native_dialogs(false);
    let mut h = kittest::harness_of(app, 3200.0);
    h.key_press(Key::Space);
    h.run();
    clock.advance(TimeDelta::minutes(10));
    h.run();
    let now = session.start + TimeDelta::seconds(90) + TimeDelta::minutes(10);

    // The chair window.
    assert!(h.query_by_label("2m behind").is_some(), "the chair window's schedule figure");
    let journal = h.state().recorder().journal_path().unwrap().to_owned();
    drop(h);

    let replayed = journal::replay_path(&journal).unwrap();
    let engine = &replayed.engine;
    let view = engine.view(now);
    // The remote.
    let published = chairtime::room::published(engine, &view, Speaker::from_view(engine, &view), false);
    assert_eq!(published.chair.schedule, "2m behind");
    // `chairtime status`.
    let status = render_status(engine, now);
    assert!(status.starts_with("BPF Microconference — 2m behind\n"), "{status}");
    assert!(status.contains("  Schedule   2m behind (1m30s)\n"), "{status}");
    assert!(stale(&replayed, now).is_none());
    // The report of the same instant.
    let md = Format::Md.render(&Report::new(engine, now));
    assert!(md.contains("- Schedule at 15:11:30: **2m behind (1m30s)**"), "{md}");
    // The projected end: the window's and the remote's to the minute, status's to the second of it.
    let end = session.local(view.projected_end);
    assert!(published.chair.projected_end.starts_with(&end.format("%H:%M (planned ").to_string()));
    assert!(status.contains(&format!("  Projected  end {} ", end.format("%H:%M:%S"))), "{status}");
}

#[test]
fn after_finish_every_face_says_the_session_ended_when_it_did() {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let mut engine = chairtime::timing::engine::Engine::new(session.clone());
    let t0 = session.start;
    engine.apply(&chairtime::timing::command::Command::Start, t0).unwrap();
    let end = t0 + TimeDelta::minutes(7);
    engine.apply(&chairtime::timing::command::Command::Finish, end).unwrap();
    let later = end + TimeDelta::minutes(3);
    let speaker = Speaker::new(&engine, later);
    assert_eq!(speaker.text_at(later).horizon, format!("Session ended {}", session.hhmm(end)));
    // The report made later (a script's last step, a `report` the next day) is the one of Finish.
    let md_later = Format::Md.render(&Report::new(&engine, later));
    let md_end = Format::Md.render(&Report::new(&engine, end));
    assert_eq!(md_later, md_end);
}
