//! The session picker of a whole-conference file: a filter field that has the keyboard when the
//! picker opens, narrowing the sessions by room, day, talk or speaker; Up and Down move the
//! highlight and Enter opens it.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test helpers: a failed step is a failed test")]

#[path = "common/kittest.rs"]
mod kittest;

use std::path::{Path, PathBuf};
use std::rc::Rc;

use chairtime::room::Startup;
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::clock::FakeClock;
use chairtime::ui::app::ChairApp;
use chairtime::ui::settings::Settings;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app on the bundled session with the conference file (two rooms on Saturday, one on
/// Sunday) opened: its picker shows.
fn picker(dir: &Path) -> Harness<'static, ChairApp> {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let clock = Rc::new(FakeClock::new(session.start));
    let startup = Startup {
        session,
        source: "bundled".into(),
        journal_dir: dir.join("journals"),
        journal: None,
        schedule: None,
    };
    let settings = Settings { projector_open: false, ..Settings::default() };
    let mut app = ChairApp::new(startup, settings, Box::new(clock), Box::new(kittest::Silent));
    app.set_native_dialogs(false);
    let file: PathBuf = dir.join("conference.xml");
    std::fs::copy("tests/fixtures/import/devroom.xml", &file).unwrap();
    app.open_file(&file);
    let mut h = kittest::harness_of(app, 1600.0);
    h.run();
    assert!(h.query_by_label_contains("Choose the session to run").is_some(), "the picker is open");
    h
}

/// The sessions listed (the rows' texts).
fn rows(h: &Harness<'static, ChairApp>) -> Vec<String> {
    let picker = h.state().room().picker.as_ref().expect("the picker is open");
    picker.matching().iter().map(|&i| picker.candidates[i].line()).collect()
}

fn type_in(h: &mut Harness<'static, ChairApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

#[test]
fn the_filter_has_the_keyboard_when_the_picker_opens() {
    let dir = tempfile::tempdir().unwrap();
    let h = picker(dir.path());
    assert!(h.get_by_label("Filter").is_focused(), "typing goes to the filter at once");
    assert!(h.query_by_label("3 sessions").is_some(), "how many there are");
}

#[test]
fn typing_a_room_narrows_the_list_and_enter_opens_the_only_match() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = picker(dir.path());
    type_in(&mut h, "late");
    let shown = rows(&h);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].contains("Late room"));
    assert!(h.query_by_label("1 of 3 sessions match").is_some());
    assert!(h.query_by_label_contains("K.3.201").is_none(), "the other rooms are not listed");
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().room().picker.is_none(), "the picker closed");
    let session = h.state().recorder().engine().session();
    assert_eq!(session.room.as_deref(), Some("Late room"));
    assert!(h.state().recorder().journal_path().is_some(), "recording the chosen session");
}

#[test]
fn a_talk_title_or_a_speaker_finds_its_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = picker(dir.path());
    type_in(&mut h, "sunday TALK");
    assert_eq!(rows(&h).len(), 1, "words in any order and case: {:?}", rows(&h));
    assert!(rows(&h)[0].starts_with("Sun 2026-02-08"));
    // A speaker of the Saturday talks.
    h.get_by_label("Filter").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    type_in(&mut h, "lovelace");
    assert_eq!(rows(&h).len(), 1, "{:?}", rows(&h));
    assert!(rows(&h)[0].starts_with("Sat 2026-02-07"));
    assert!(rows(&h)[0].contains("K.3.201"));
}

#[test]
fn down_then_enter_opens_the_second_match() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = picker(dir.path());
    type_in(&mut h, "k.3.201");
    assert_eq!(rows(&h).len(), 2, "{:?}", rows(&h));
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let session = h.state().recorder().engine().session();
    assert_eq!(session.room.as_deref(), Some("K.3.201"));
    assert_eq!(session.date.to_string(), "2026-02-08", "the second row: Sunday");
}

#[test]
fn a_filter_that_matches_nothing_says_so_and_enter_opens_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = picker(dir.path());
    type_in(&mut h, "nowhere");
    assert!(rows(&h).is_empty());
    assert!(h.query_by_label_contains("No session matches").is_some());
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().room().picker.is_some(), "still choosing");
}

#[test]
fn a_row_clicked_opens_its_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = picker(dir.path());
    h.get_by_label_contains("Late room").click();
    h.run();
    assert_eq!(h.state().recorder().engine().session().room.as_deref(), Some("Late room"));
}
