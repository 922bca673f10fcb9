//! Starting on a file that cannot be opened: the window opens anyway, says what is wrong and where,
//! and offers the file again, another file or the bundled session — recording nothing meanwhile.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test helpers: a failed step is a failed test")]

#[path = "common/kittest.rs"]
mod kittest;

use std::path::Path;
use std::rc::Rc;

use chairtime::room::Startup;
use chairtime::schedule::load::{Overrides, load_bundled, load_path};
use chairtime::timing::clock::FakeClock;
use chairtime::ui::app::ChairApp;
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
    app.room_mut().cannot_open(file, error);
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

/// The bundled example as `chairtime` alone opens it (recording), with the projector inside the
/// window (headless), far to the right.
fn example(journals: &Path) -> Harness<'static, ChairApp> {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let clock = Rc::new(FakeClock::new(session.start - chrono::TimeDelta::minutes(10)));
    let startup = Startup {
        session,
        source: "bundled".into(),
        journal_dir: journals.to_owned(),
        journal: None,
        schedule: None,
    };
    let settings = Settings { projector_position: Some([2600.0, 0.0]), ..Settings::default() };
    let mut app = ChairApp::new(startup, settings, Box::new(clock), Box::new(kittest::Silent));
    app.set_native_dialogs(false);
    let mut h = kittest::harness_of(app, 1600.0);
    h.run();
    h
}

/// A conference file cut off in the middle, as a broken download leaves it.
fn truncated_xml(dir: &Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string("tests/fixtures/import/devroom.xml").unwrap();
    let file = dir.join("schedule.xml");
    std::fs::write(&file, &text[..text.len() / 2]).unwrap();
    file
}

#[test]
fn while_the_chair_chooses_after_a_bad_file_no_screen_shows_the_example_as_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let file = truncated_xml(dir.path());
    let journals = dir.path().join("journals");
    let mut h = failed_launch(&journals, &file);
    assert!(h.query_by_label_contains("Cannot open schedule.xml").is_some());
    assert!(h.query_by_label("No session open").is_some(), "the window says no session is open");
    assert!(h.query_by_label_contains("Starts at").is_none(), "no countdown to the example's start");
    assert!(h.query_by_label("Rundown").is_none(), "nor its rundown");
    let speaker = h.state().speaker_now();
    assert_eq!(speaker.headline, "No session open", "the projector says so too");
    assert!(speaker.title.is_empty() && speaker.next.is_empty(), "{speaker:?}");
    assert!(speaker.big.is_none(), "the time of day, not a countdown");
    let shared = h.state().publishable();
    assert_eq!(shared.session, "No session open", "and the speaker link");
    assert!(shared.chair.can.is_empty(), "the remote can do nothing meanwhile");
    h.get_by_label_contains("Export…").click();
    h.run();
    assert!(!h.state().ui_state().export, "nothing to export: the example's figures are nobody's");
    assert!(h.query_by_label_contains("there is nothing to export yet").is_some());
    // Once the chair chooses the example, it is the session everywhere, marked as the example.
    h.get_by_label("Run the example session").click();
    h.run();
    assert_eq!(h.state().speaker_now().title, "BPF Microconference");
    assert!(h.query_by_label("EXAMPLE").is_some(), "the toolbar says it is the example");
}

#[test]
fn a_bad_file_opened_over_the_untouched_example_puts_the_example_away() {
    let dir = tempfile::tempdir().unwrap();
    let file = truncated_xml(dir.path());
    let journals = dir.path().join("journals");
    let mut h = example(&journals);
    assert_eq!(h.state().speaker_now().title, "BPF Microconference");
    assert!(h.state().ui_state().projector_open, "the projector shows it");
    h.state_mut().open_file(&file);
    h.run();
    assert!(h.query_by_label_contains("Cannot open schedule.xml").is_some(), "the file did not open: said");
    assert!(h.query_by_label_contains("schedule.xml:").is_some(), "with where it is wrong");
    assert_eq!(
        h.query_all_by_label("No session open").count(),
        2,
        "the window's heading and the projector's headline: the projector no longer shows the example"
    );
    assert!(h.query_by_label_contains("BPF Debugging").is_none(), "nothing of the example is shown");
    // Keys wait for the answer: nothing starts.
    h.key_press(egui::Key::Space);
    h.run();
    assert!(h.state().recorder().engine().started().is_none());
    assert!(h.state().recorder().journal_path().is_none(), "nothing is recorded meanwhile");
    // Mended, it opens with Try again.
    std::fs::copy("tests/fixtures/import/devroom.xml", &file).unwrap();
    h.get_by_label("Try again").click();
    h.run();
    assert!(h.query_by_label_contains("Choose the session to run").is_some(), "its picker");
}

#[test]
fn a_bad_file_opened_while_a_session_runs_leaves_it_running_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = truncated_xml(dir.path());
    let journals = dir.path().join("journals");
    let mut h = example(&journals);
    h.key_press(egui::Key::Space);
    h.run();
    let journal = h.state().recorder().journal_path().map(Path::to_owned);
    h.state_mut().open_file(&file);
    h.run();
    assert!(h.query_by_label_contains("Cannot open").is_none(), "no question: the session goes on");
    let notice = &h.state().room().notices().last().unwrap().text;
    assert!(notice.starts_with("schedule.xml did not open."), "{notice}");
    assert!(
        notice.contains("The bundled example session (BPF Microconference) is still running, unchanged"),
        "what is still shown, said plainly: {notice}"
    );
    assert!(notice.contains("schedule.xml:"), "and where the file is wrong: {notice}");
    assert_eq!(h.state().recorder().engine().current(), Some(0), "the session runs on");
    assert_eq!(h.state().recorder().journal_path().map(Path::to_owned), journal, "in the same journal");
    assert_eq!(h.state().recorder().engine().session().title, "BPF Microconference");
    assert_eq!(h.state().speaker_now().title, "Bringing BPF developer experience to the next level");
}

#[test]
fn a_bad_file_opened_over_the_chairs_own_session_keeps_it_open() {
    let dir = tempfile::tempdir().unwrap();
    let file = truncated_xml(dir.path());
    let good = dir.path().join("session.toml");
    std::fs::write(&good, BUNDLED.replacen("title = \"BPF Microconference\"", "title = \"My session\"", 1))
        .unwrap();
    let mut h = example(&dir.path().join("journals"));
    h.state_mut().open_file(&good);
    h.run();
    assert_eq!(h.state().recorder().engine().session().title, "My session");
    assert!(h.query_by_label("EXAMPLE").is_none(), "the chair's own session is not marked");
    h.state_mut().open_file(&file);
    h.run();
    assert!(h.query_by_label_contains("Cannot open").is_none());
    let notice = &h.state().room().notices().last().unwrap().text;
    assert!(notice.contains("My session is still open, unchanged."), "{notice}");
    assert_eq!(h.state().recorder().engine().session().title, "My session");
    assert_eq!(h.state().speaker_now().title, "My session", "on the projector too");
}
