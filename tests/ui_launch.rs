//! Starting on a file that cannot be opened: the window opens anyway, says what is wrong and where,
//! and offers the file again, another file or the bundled session — recording nothing meanwhile.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test helpers: a failed step is a failed test")]

#[path = "common/kittest.rs"]
mod kittest;

use std::path::Path;
use std::rc::Rc;

use chairtime::schedule::load::{Overrides, load_bundled, load_path};
use chairtime::timing::clock::FakeClock;
use chairtime::ui::app::{ChairApp, Startup};
use chairtime::ui::settings::Settings;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const BUNDLED: &str = include_str!("../assets/schedules/lpc2019-bpf.toml");

/// The app as `chairtime FILE` opens it when FILE cannot be loaded: the bundled session shown,
/// nothing recorded, the error on top.
fn failed_launch(journals: &Path, file: &Path) -> Harness<'static, ChairApp> {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let clock = Rc::new(FakeClock::new(session.start));
    let startup = Startup {
        session,
        source: "bundled".into(),
        journal_dir: journals.to_owned(),
        journal: None,
        schedule: None,
    };
    let settings = Settings { projector_open: false, ..Settings::default() };
    let mut app = ChairApp::waiting(startup, settings, Box::new(clock), Box::new(kittest::Silent));
    app.set_native_dialogs(false);
    let error = load_path(file, &Overrides::default()).map(|_| ()).expect_err("the file is bad").to_string();
    app.cannot_open(file, error);
    let mut h = kittest::harness_of(app, 1600.0);
    h.run();
    h
}

fn journal_count(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |d| {
        d.filter_map(Result::ok).filter(|e| e.path().extension().is_some_and(|x| x == "jsonl")).count()
    })
}

#[test]
fn a_bad_file_at_launch_opens_the_window_with_its_positioned_error_and_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    std::fs::write(&file, BUNDLED.replacen("length = \"22m\"", "length = \"twenty\"", 1)).unwrap();
    let journals = dir.path().join("journals");
    let mut h = failed_launch(&journals, &file);
    assert!(h.query_by_label_contains("Cannot open bad.toml").is_some(), "the window names the file");
    assert!(h.query_by_label_contains("bad.toml:42:").is_some(), "the error points at the line to change");
    assert_eq!(journal_count(&journals), 0, "nothing is recorded while the chair chooses");
    // Keys wait for the answer too.
    h.key_press(egui::Key::Space);
    h.run();
    assert!(h.state().recorder().engine().started().is_none());
}

#[test]
fn the_example_session_runs_when_the_chair_chooses_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("missing.toml");
    let journals = dir.path().join("journals");
    let mut h = failed_launch(&journals, &file);
    h.get_by_label("Run the example session").click();
    h.run();
    assert!(h.query_by_label_contains("Cannot open").is_none());
    assert!(h.state().recorder().journal_path().is_some(), "recording now");
    assert_eq!(journal_count(&journals), 1);
}

#[test]
fn a_mended_file_opens_with_try_again() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("session.toml");
    std::fs::write(&file, "this is not toml [").unwrap();
    let journals = dir.path().join("journals");
    let mut h = failed_launch(&journals, &file);
    h.get_by_label("Try again").click();
    h.run();
    assert!(h.query_by_label_contains("Cannot open session.toml").is_some(), "still bad: still said");
    std::fs::write(&file, BUNDLED.replacen("title = \"BPF Microconference\"", "title = \"Mended\"", 1))
        .unwrap();
    h.get_by_label("Try again").click();
    h.run();
    assert!(h.query_by_label_contains("Cannot open").is_none());
    assert_eq!(h.state().recorder().engine().session().title, "Mended");
    assert_eq!(journal_count(&journals), 1, "one journal, of the mended file's session");
}
