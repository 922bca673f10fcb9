//! The app sharing on a free port, driven like the laptop (frames drawn while a client thread
//! plays the phone), for the share's end-to-end tests.

#![allow(dead_code, reason = "not every test file uses every helper")]

use std::rc::Rc;
use std::thread;
use std::time::{Duration, Instant};

use chairtime::room::Startup;
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::share::{LinkStore, Share};
use chairtime::timing::clock::FakeClock;
use chairtime::timing::journal::replay_path;
use chairtime::ui::app::ChairApp;
use chairtime::ui::settings::Settings;
use egui_kittest::Harness;

use crate::http::{self, command};
use crate::kittest;

pub struct Rig {
    pub harness: Harness<'static, ChairApp>,
    pub port: u16,
    pub view: String,
    pub control: String,
    _dir: tempfile::TempDir,
}

pub fn token_of(link: &str) -> String {
    link.rsplit_once("token=").map(|(_, t)| t.to_owned()).unwrap()
}

impl Rig {
    /// The app on the bundled session, not sharing yet (it will share on a free port).
    pub fn app(dir: &tempfile::TempDir) -> Harness<'static, ChairApp> {
        let session = load_bundled(&Overrides::default()).unwrap().session;
        let clock = Rc::new(FakeClock::new(session.start));
        let startup = Startup {
            session,
            source: "bundled".into(),
            journal_dir: dir.path().to_owned(),
            journal: None,
            schedule: None,
        };
        let mut app = ChairApp::new(startup, Settings::default(), Box::new(clock), Box::new(kittest::Silent));
        app.set_native_dialogs(false);
        app.room_mut().set_share_port(Some(0));
        kittest::harness_of(app, 1600.0)
    }

    /// The app on the bundled session, keeping its links in `dir`'s `runtime` folder (as the
    /// real app keeps them in the user's runtime folder), not sharing yet.
    pub fn app_keeping_links(dir: &tempfile::TempDir) -> Harness<'static, ChairApp> {
        let mut harness = Self::app(dir);
        harness.state_mut().keep_links_in(Some(LinkStore::in_dir(dir.path().join("runtime"))));
        harness
    }

    /// The app on the bundled session, sharing on a free port.
    pub fn sharing() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = Self::app(&dir);
        let ctx = harness.ctx.clone();
        harness.state_mut().start_sharing(&ctx);
        harness.step();
        let share = harness.state().share().expect("sharing started");
        let (port, view, control) =
            (share.port(), token_of(&share.view_link()), token_of(&share.remote_link()));
        Self { harness, port, view, control, _dir: dir }
    }

    pub fn share(&self) -> &Share {
        self.harness.state().share().unwrap()
    }

    /// Runs `f` on another thread (a phone) while the app keeps drawing frames, as it does on the
    /// laptop; returns what `f` returned.
    pub fn meanwhile<T: Send + 'static>(&mut self, f: impl FnOnce() -> T + Send + 'static) -> T {
        let client = thread::spawn(f);
        let deadline = Instant::now() + Duration::from_secs(20);
        while !client.is_finished() {
            assert!(Instant::now() < deadline, "the client never finished");
            self.harness.step();
            thread::sleep(Duration::from_millis(5));
        }
        client.join().unwrap()
    }

    pub fn remote(&mut self, body: &str) -> http::Reply {
        let (port, token, body) = (self.port, self.control.clone(), body.to_owned());
        self.meanwhile(move || command(port, &token, &body).unwrap())
    }

    pub fn journal_entries(&self) -> Vec<chairtime::timing::journal::Entry> {
        let path = self.harness.state().recorder().journal_path().unwrap().to_owned();
        replay_path(&path).unwrap().entries
    }
}

pub fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}
