//! The projector view and the screens: one screen, two screens, a projector plugged in and
//! unplugged mid-session. The screens are given as the window system would list them (a real
//! multi-monitor run is not possible under a virtual X server).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::rc::Rc;

use chairtime::room::Startup;
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::clock::FakeClock;
use chairtime::ui::app::ChairApp;
use chairtime::ui::monitors::{Monitor, Target};
use chairtime::ui::settings::Settings;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};

#[path = "common/kittest.rs"]
mod kittest;

use kittest::{Silent, harness_of};

fn laptop() -> Monitor {
    Monitor { name: "eDP-1".into(), width: 1920, height: 1080, x: 0, y: 0 }
}

fn projector() -> Monitor {
    Monitor { name: "HDMI-1".into(), width: 1280, height: 720, x: 1920, y: 0 }
}

fn harness(dir: &tempfile::TempDir) -> Harness<'static, ChairApp> {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let clock = Rc::new(FakeClock::new(session.start));
    let startup = Startup {
        session,
        source: "bundled".into(),
        journal_dir: dir.path().to_owned(),
        journal: None,
        schedule: None,
    };
    let settings = Settings { projector_position: Some([2600.0, 0.0]), ..Settings::default() };
    let mut app = ChairApp::new(startup, settings, Box::new(clock), Box::new(Silent));
    app.set_native_dialogs(false);
    harness_of(app, 3200.0)
}

#[test]
fn with_one_screen_the_chair_is_told_once_and_the_projector_is_a_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir);
    h.state_mut().set_screens(vec![laptop()], Some(0));
    h.run();
    assert_eq!(h.state().projector_target(), Target::Window);
    assert_eq!(h.query_all_by_label_contains("One screen found").count(), 1);
    h.state_mut().set_screens(vec![laptop()], Some(0));
    h.run();
    assert_eq!(h.query_all_by_label_contains("One screen found").count(), 1, "said once");
}

#[test]
fn with_two_screens_the_projector_view_goes_to_the_one_the_chair_is_not_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir);
    h.state_mut().set_screens(vec![laptop(), projector()], Some(0));
    h.run();
    assert_eq!(h.state().projector_target(), Target::Monitor(1));
    assert!(h.query_by_label_contains("One screen found").is_none());
}

#[test]
fn a_projector_plugged_in_mid_session_is_offered_and_taken_with_one_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir);
    h.state_mut().set_screens(vec![laptop()], Some(0));
    h.run();
    h.state_mut().set_screens(vec![laptop(), projector()], Some(0));
    h.run();
    assert!(h.query_by_label_contains("HDMI-1 1280×720: show the projector view there").is_some());
    h.key_press_modifiers(Modifiers::SHIFT, Key::P);
    h.run();
    assert_eq!(h.state().projector_target(), Target::Monitor(1));
    assert_eq!(h.state().settings().projector_screen.as_ref().unwrap().name, "HDMI-1", "remembered by name");
    assert!(h.query_by_label_contains("show the projector view there").is_none(), "the offer is gone");
}

#[test]
fn a_projector_unplugged_brings_the_view_back_as_a_window_and_the_session_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir);
    h.key_press(Key::Space);
    h.run();
    h.state_mut().set_screens(vec![laptop(), projector()], Some(0));
    h.run();
    h.state_mut().put_projector_on(Some(&projector()));
    h.run();
    h.state_mut().set_screens(vec![laptop()], Some(0));
    h.run();
    assert_eq!(h.state().projector_target(), Target::Window);
    assert!(h.query_by_label_contains("HDMI-1 1280×720 was disconnected").is_some());
    assert_eq!(h.state().recorder().engine().current(), Some(0), "the session goes on");
}

#[test]
fn the_chair_publishes_on_the_conference_bus_from_settings_and_stops() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir);
    h.run();
    h.get_by_label("Settings…").click();
    h.run();
    assert!(h.get_by_label("Publish").accesskit_node().is_disabled(), "nothing to publish to yet");
    // Port 9 on this machine: nothing answers there.
    h.get_by_label("Broker link").click();
    h.run();
    h.get_by_label("Broker link").type_text("mqtt://127.0.0.1:9/lpc");
    h.run();
    h.get_by_label("Publish").click();
    h.run();
    assert!(h.state().room().publishing());
    assert_eq!(h.state().settings_bus(), "mqtt://127.0.0.1:9/lpc", "kept for the next start");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while h.query_all_by_label_contains("Not reaching the broker").next().is_none() {
        assert!(std::time::Instant::now() < deadline, "the broker's absence is never said");
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.run();
    }
    // By its accessibility action: a notice coming or going between two frames (the broker's,
    // one that expires) moves the panel, and a pointer click at the old place would miss it.
    h.get_by_label("Stop publishing").click_accesskit();
    h.run();
    assert!(!h.state().room().publishing());
    assert_eq!(h.state().settings_bus(), "", "not published again at the next start");
    assert!(
        h.query_all_by_label_contains("Not reaching the broker").next().is_none(),
        "its notice withdrawn"
    );
}
