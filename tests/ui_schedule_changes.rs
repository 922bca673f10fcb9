//! The windows when the schedule or the journal changes under the chair: a republished schedule
//! file, a restart after the file was edited, and a journal another chairtime is writing.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, SystemTime};

use chairtime::room::{ScheduleFile, Startup};
use chairtime::schedule::load::{Overrides, load_path};
use chairtime::timing::clock::{Clock, FakeClock};
use chairtime::timing::command::Command;
use chairtime::timing::journal::{Recorder, replay_path};
use chairtime::ui::app::ChairApp;
use chairtime::ui::settings::Settings;
use chrono::TimeDelta;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

#[path = "common/kittest.rs"]
mod kittest;

use kittest::{Silent, harness_of};

const BUNDLED: &str = include_str!("../assets/schedules/lpc2019-bpf.toml");
const THIRD_TITLE: &str = "title = \"Do we need CAP_BPF_ADMIN?\"";

/// A copy of the bundled schedule in its own folder, with a journal folder beside it.
struct Room {
    dir: tempfile::TempDir,
    clock: Rc<FakeClock>,
}

impl Room {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        assert!(BUNDLED.contains(THIRD_TITLE), "the test edits this title");
        std::fs::write(dir.path().join("bpf.toml"), BUNDLED).unwrap();
        std::fs::create_dir(dir.path().join("journals")).unwrap();
        let start = load_path(&dir.path().join("bpf.toml"), &Overrides::default()).unwrap().session.start;
        Self { dir, clock: Rc::new(FakeClock::new(start)) }
    }

    fn file(&self) -> PathBuf {
        self.dir.path().join("bpf.toml")
    }

    fn journals(&self) -> PathBuf {
        self.dir.path().join("journals")
    }

    /// Rewrites the schedule file with `text`, with a modification time clearly later.
    fn republish(&self, text: &str) {
        std::fs::write(self.file(), text).unwrap();
        let later = SystemTime::now() + Duration::from_secs(5);
        std::fs::File::options().write(true).open(self.file()).unwrap().set_modified(later).unwrap();
    }

    fn app(&self) -> ChairApp {
        let overrides = Overrides::default();
        let session = load_path(&self.file(), &overrides).unwrap().session;
        let startup = Startup {
            session,
            source: self.file().display().to_string(),
            journal_dir: self.journals(),
            journal: None,
            schedule: Some(ScheduleFile {
                version: None,
                path: self.file(),
                overrides,
                modified: chairtime::room::modified(&self.file()),
            }),
        };
        let settings = Settings { projector_open: false, ..Settings::default() };
        let mut app = ChairApp::new(startup, settings, Box::new(self.clock.clone()), Box::new(Silent));
        app.set_native_dialogs(false);
        app
    }
}

fn replans(path: &Path) -> usize {
    replay_path(path).unwrap().entries.iter().filter(|e| matches!(e.command, Command::Replan { .. })).count()
}

#[test]
fn a_republished_schedule_file_is_offered_and_taken_with_one_click() {
    let room = Room::new();
    let mut h = harness_of(room.app(), 2000.0);
    h.key_press(Key::Space);
    h.run();
    room.republish(&BUNDLED.replace(THIRD_TITLE, "title = \"CAP_BPF, decided\""));
    h.state_mut().look_at_files_now();
    h.run();
    assert!(h.query_by_label_contains("is now called “CAP_BPF, decided”").is_some(), "the change is listed");
    h.get_by_label("Take the changes").click();
    h.run();
    let engine = h.state().recorder().engine();
    assert!(engine.session().items.iter().any(|i| i.title == "CAP_BPF, decided"));
    assert_eq!(engine.current(), Some(0), "the running talk runs on");
    let journal = h.state().recorder().journal_path().unwrap().to_owned();
    assert_eq!(replans(&journal), 1, "the reload is in the journal");
}

#[test]
fn ctrl_r_reloads_the_schedule_and_says_when_nothing_changed() {
    let room = Room::new();
    let mut h = harness_of(room.app(), 2000.0);
    h.key_press(Key::Space);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run();
    assert!(h.query_by_label_contains("has no changes for this session").is_some());
    std::fs::write(room.file(), BUNDLED.replace(THIRD_TITLE, "title = \"Renamed by Ctrl+R\"")).unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run();
    assert!(h.state().recorder().engine().session().items.iter().any(|i| i.title == "Renamed by Ctrl+R"));
}

#[test]
fn a_restart_after_the_file_changed_offers_the_journal_and_the_files_changes() {
    let room = Room::new();
    {
        let mut h = harness_of(room.app(), 2000.0);
        h.key_press(Key::Space);
        h.run();
        room.clock.advance(TimeDelta::minutes(3));
        h.run();
    }
    // The chair fixed a title while chairtime was closed (or crashed).
    room.republish(&BUNDLED.replace(THIRD_TITLE, "title = \"Fixed while closed\""));
    let mut h = harness_of(room.app(), 2000.0);
    h.run();
    assert!(h.query_by_label_contains("The schedule file has changed since this run began").is_some());
    assert!(h.query_by_label_contains("is now called “Fixed while closed”").is_some());
    h.get_by_label("Resume with the file's changes").click();
    h.run();
    let engine = h.state().recorder().engine();
    assert_eq!(engine.current(), Some(0), "the run resumed");
    assert!(engine.started().is_some());
    assert!(engine.session().items.iter().any(|i| i.title == "Fixed while closed"));
}

#[test]
fn a_journal_another_chairtime_writes_can_be_followed_read_only() {
    let room = Room::new();
    let session = load_path(&room.file(), &Overrides::default()).unwrap().session;
    let path = room.journals().join("other.jsonl");
    let t0 = room.clock.now();
    let mut other = Recorder::create(&path, session, Some(room.file().display().to_string()), t0).unwrap();
    other.apply(&Command::Start, t0).unwrap();
    room.clock.advance(TimeDelta::minutes(1));
    let mut h = harness_of(room.app(), 2000.0);
    h.run();
    h.get_by_label("Resume").click();
    h.run();
    assert!(
        h.query_by_label_contains(&format!("process {}", std::process::id())).is_some(),
        "names the holder"
    );
    h.get_by_label("Follow read-only").click();
    h.run();
    assert!(h.state().recorder().is_read_only());
    // The other chairtime moves on; this window follows.
    other.apply(&Command::Next, room.clock.now()).unwrap();
    h.state_mut().look_at_files_now();
    h.run();
    assert_eq!(
        h.state().recorder().engine().view(room.clock.now()).current.unwrap().phase_name,
        "Discussion"
    );
    // Keys do nothing to the other one's journal.
    let before = std::fs::read(&path).unwrap();
    h.key_press(Key::N);
    h.run();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_journal_that_cannot_be_appended_to_goes_on_in_a_new_one_with_everything_it_recorded() {
    let room = Room::new();
    let first = {
        let mut h = harness_of(room.app(), 2000.0);
        h.key_press(Key::Space);
        h.run();
        room.clock.advance(TimeDelta::minutes(2));
        h.key_press(Key::N);
        h.run();
        h.state().recorder().journal_path().unwrap().to_owned()
    };
    // An editor (or a disk) damaged the last line: chairtime never writes after it.
    std::fs::OpenOptions::new()
        .append(true)
        .open(&first)
        .and_then(|mut f| std::io::Write::write_all(&mut f, b"{not json}\n"))
        .unwrap();
    room.clock.advance(TimeDelta::minutes(1));
    let mut h = harness_of(room.app(), 2000.0);
    h.run();
    h.get_by_label("Resume").click();
    h.run();
    let rec = h.state().recorder();
    let second = rec.journal_path().unwrap().to_owned();
    assert_ne!(second, first, "a new journal");
    assert_eq!(rec.engine().view(room.clock.now()).current.unwrap().phase_name, "Discussion");
    assert_eq!(replay_path(&second).unwrap().entries.len(), 2, "start and next, carried over");
    assert!(h.query_by_label_contains("the run goes on in").is_some());
}

#[test]
fn a_change_offer_is_withdrawn_when_the_file_goes_back_to_what_runs() {
    let room = Room::new();
    let mut h = harness_of(room.app(), 2000.0);
    h.key_press(Key::Space);
    h.run();
    room.republish(&BUNDLED.replace(THIRD_TITLE, "title = \"Briefly renamed\""));
    h.state_mut().look_at_files_now();
    h.run();
    assert!(h.query_by_label_contains("The schedule file changed").is_some());
    std::fs::write(room.file(), BUNDLED).unwrap();
    let later = SystemTime::now() + Duration::from_secs(10);
    std::fs::File::options().write(true).open(room.file()).unwrap().set_modified(later).unwrap();
    h.state_mut().look_at_files_now();
    h.run();
    assert!(h.query_by_label_contains("The schedule file changed").is_none(), "nothing to take any more");
}
