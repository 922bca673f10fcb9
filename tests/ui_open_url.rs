//! "Open URL…" in the chair window (Ctrl+U): the URL typed, fetched from a real HTTP server on
//! 127.0.0.1 while the window keeps drawing, the conference's picker, the session from the URL
//! with its version in the toolbar; a URL that does not answer keeps the window open with what to
//! do.
//!
//! The schedule cache lives under `XDG_CACHE_HOME`, which a test cannot set for its own process
//! (the crate forbids unsafe code, and `set_var` is unsafe): the test runs its window part in a
//! child process of this same test binary, with the variable set there.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

#[path = "common/kittest.rs"]
mod kittest;
#[path = "common/schedule_server.rs"]
mod schedule_server;

use std::rc::Rc;
use std::time::{Duration, Instant};

use chairtime::room::Startup;
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::clock::FakeClock;
use chairtime::ui::app::ChairApp;
use chairtime::ui::settings::Settings;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const V1: &str = include_str!("fixtures/url/conference-v1.xml");

/// Runs `test` of this binary in a child process with its own cache folder.
fn in_child(test: &str) {
    let cache = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([test, "--exact", "--ignored", "--nocapture", "--test-threads=1"])
        .env("XDG_CACHE_HOME", cache.path())
        .env("CHAIRTIME_UI_URL_CHILD", "1")
        .env("CHAIRTIME_FETCH_TIMEOUT", "2")
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("no_proxy", "127.0.0.1,localhost")
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{text}");
    assert!(text.contains("1 passed"), "the window part ran: {text}");
}

/// The app on the bundled session, recording into `dir`.
fn app(dir: &std::path::Path) -> Harness<'static, ChairApp> {
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
    let mut h = kittest::harness_of(app, 1600.0);
    h.run();
    h
}

/// Runs frames until `done` (the fetch runs on its own thread), at most ten seconds.
fn until(h: &mut Harness<'static, ChairApp>, what: &str, done: impl Fn(&Harness<'static, ChairApp>) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done(h) {
        assert!(Instant::now() < deadline, "never {what}");
        std::thread::sleep(Duration::from_millis(50));
        // A spinner draws while the fetch runs: frames, not "until settled".
        h.step();
    }
}

/// Opens the window with Ctrl+U and types `url` into its field.
fn ask_for(h: &mut Harness<'static, ChairApp>, url: &str) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::U);
    h.run();
    assert!(h.query_by_label("Open a schedule from its URL").is_some(), "Ctrl+U opens the window");
    assert!(h.get_by_label("Schedule URL").is_focused(), "typing goes to the field at once");
    h.event(egui::Event::Text(url.to_owned()));
    h.run();
}

#[test]
fn a_url_typed_in_open_url_is_fetched_its_picker_shown_and_the_session_runs_from_it() {
    in_child("window_opens_a_session_from_a_url");
}

#[test]
#[ignore = "run by the test above, in a process with its own cache folder"]
fn window_opens_a_session_from_a_url() {
    if std::env::var_os("CHAIRTIME_UI_URL_CHILD").is_none() {
        return;
    }
    let server = schedule_server::Server::start();
    server.set("/ev/schedule.xml", schedule_server::schedule(V1, "v1"));
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    let url = server.url("/ev/schedule.xml");
    ask_for(&mut h, &url);
    // A schedule not public yet: the token typed goes to the server (and never to disk).
    h.get_by_label("A schedule not public yet?").click();
    h.run();
    h.get_by_label("API token (pretalx, or Indico's indp_…)").click();
    h.run();
    h.get_by_label("API token (pretalx, or Indico's indp_…)").type_text("s3cret");
    h.run();
    h.get_by_label("Open").click();
    h.step();
    until(&mut h, "showed the conference's sessions", |h| {
        h.query_by_label_contains("Choose the session to run").is_some()
    });
    h.get_by_label_contains("Hall A").click();
    h.run();
    let room = h.state().room();
    assert_eq!(room.schedule_url(), Some(url.as_str()));
    assert_eq!(room.recorder().engine().session().room.as_deref(), Some("Hall A"));
    assert!(h.query_by_label("Open a schedule from its URL").is_none(), "the window closed");
    assert!(h.query_by_label(&format!("from 127.0.0.1:{} · version 1.0", server.port)).is_some());
    let header =
        chairtime::timing::journal::replay_path(room.recorder().journal_path().unwrap()).unwrap().header;
    assert_eq!(
        (header.source.as_deref(), header.source_version.as_deref()),
        (Some(url.as_str()), Some("1.0"))
    );
    let sent = server.requests()[0].headers.get("authorization").cloned();
    assert_eq!(sent.as_deref(), Some("Token s3cret"), "the typed token");

    // A new version retitles a talk of Hall A: offered; put off with "Not now", the toolbar says
    // so, and Reload takes it.
    let settings =
        chairtime::fetch::sync::Settings { every: Some(Duration::from_millis(300)), authorization: None };
    h.state_mut().room_mut().sync_with(settings);
    let v12 = V1.replace("<version>1.0</version>", "<version>1.2</version>").replace(
        "<title>Keeping schedules in sync</title>",
        "<title>Keeping schedules in sync, live</title>",
    );
    server.set("/ev/schedule.xml", schedule_server::schedule(&v12, "v1.2"));
    until(&mut h, "offered version 1.2", |h| h.query_by_label("New schedule: version 1.2").is_some());
    h.get_by_label("Not now").click();
    h.step();
    until(&mut h, "said it was not taken", |h| h.query_by_label("version 1.2 not taken").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    until(&mut h, "took version 1.2", |h| {
        h.state()
            .room()
            .recorder()
            .engine()
            .session()
            .items
            .iter()
            .any(|i| i.title == "Keeping schedules in sync, live")
    });
    // The frame after the one that took it draws the toolbar without the badge.
    h.run();
    assert!(h.query_by_label("version 1.2 not taken").is_none());
    let cache = std::env::var_os("XDG_CACHE_HOME").unwrap();
    let written = std::process::Command::new("grep").arg("-r").arg("s3cret").arg(&cache).output().unwrap();
    assert!(written.stdout.is_empty(), "the token is in no file of the cache");
}

#[test]
fn a_url_that_does_not_answer_keeps_the_window_open_with_what_to_do() {
    in_child("window_says_why_a_url_did_not_open");
}

#[test]
#[ignore = "run by the test above, in a process with its own cache folder"]
fn window_says_why_a_url_did_not_open() {
    if std::env::var_os("CHAIRTIME_UI_URL_CHILD").is_none() {
        return;
    }
    let server = schedule_server::Server::start();
    server.set("/login", schedule_server::Reply::Page("<!doctype html><html>Sign in</html>".into()));
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    ask_for(&mut h, &server.url("/login"));
    h.key_press(Key::Enter);
    h.step();
    until(&mut h, "said why", |h| {
        h.query_by_label_contains("sent a web page instead of the schedule").is_some()
    });
    assert!(h.query_by_label("Open a schedule from its URL").is_some(), "the window stays for another try");
    assert!(h.state().room().schedule_url().is_none(), "nothing was opened");
    assert!(h.state().room().is_example(), "the session shown is still the example");
}
