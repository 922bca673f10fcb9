//! A room without a window, end to end: the real binary with `--headless`, driven over HTTP as the
//! chair's phone does, killed with SIGKILL and started again, stopped with SIGTERM; its journal
//! and `chairtime status` checked after.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

#[path = "common/http.rs"]
mod http;
#[path = "common/room.rs"]
mod room;

use std::path::Path;

use chairtime::timing::journal::{Origin, replay_path};
use room::{BUNDLED, Place, THIRD_TITLE, can, republish};

#[test]
fn a_headless_room_runs_from_the_api_survives_a_kill_and_stops_cleanly_on_sigterm() {
    let place = Place::new();
    let room = place.start(&[]);
    assert!(
        room.stdout.iter().any(|l| l.contains("for your phone's camera")),
        "the remote's QR code is printed"
    );
    let notices = {
        let s = room.state();
        format!("{} {}", s["chair"]["notices"], s["chair"]["alerts"])
    };
    assert!(
        notices.contains("This schedule is for Wed 11 Sep 2019") && notices.contains("--rehearse"),
        "the off-day notice reaches the remote, with the way to rehearse here: {notices}"
    );
    assert!(!notices.contains("Shift+R"), "no window, no keys: {notices}");
    assert_eq!(room.send(r#"{"command":"start"}"#).status, 200);
    assert_eq!(room.send(r#"{"command":"next"}"#).status, 200);
    assert_eq!(room.send(r#"{"command":"message","text":"Please wrap up"}"#).status, 200);
    assert_eq!(room.send(r#"{"command":"reload"}"#).status, 409, "no changed schedule is on offer yet");

    // The conference renames the third talk: the remote is offered the change and takes it.
    assert!(BUNDLED.contains(THIRD_TITLE), "the test edits this title");
    republish(&place.file(), &BUNDLED.replace(THIRD_TITLE, "title = \"CAP_BPF, decided\""));
    let told = |s: &serde_json::Value| {
        format!("{} {}", s["chair"]["notices"], s["chair"]["alerts"]).contains("The schedule file changed")
    };
    room.wait_for("offered the changed schedule, and told so", |s| can(s, "reload") && told(s));
    assert_eq!(room.send(r#"{"command":"reload"}"#).status, 200);
    room.wait_for("no longer told of changes once they are taken", |s| !can(s, "reload") && !told(s));

    // A crash: the same links come back, the session goes on where it was.
    let mut room = room;
    room.child.kill().unwrap();
    room.child.wait().unwrap();
    let again = place.start(&[]);
    assert_eq!((again.port, &again.view, &again.control), (room.port, &room.view, &room.control));
    assert!(again.stdout.iter().any(|l| l == "Sharing again after the restart."), "{:?}", again.stdout);
    let state = again.state();
    assert_eq!(state["speaker"]["headline"], "Discussion", "{state}");
    assert_eq!(state["speaker"]["message"], "Please wrap up");
    // On through the second talk: the next talk is the renamed one.
    for _ in 0..3 {
        assert_eq!(again.send(r#"{"command":"next"}"#).status, 200);
    }

    let status = again.terminate();
    assert!(status.success(), "a clean stop: {status:?} {}", place.stderr());
    assert!(
        !chairtime::timing::journal::owner_path(&place.journal()).exists(),
        "the journal's note is removed"
    );
    assert!(place.stderr().contains("stopped; the journal is"), "{}", place.stderr());

    let entries = replay_path(&place.journal()).unwrap().entries;
    let kinds: Vec<String> = entries.iter().map(|e| e.command.kind().word()).collect();
    assert!(entries.iter().filter(|e| e.by == Some(Origin::Remote)).count() >= 5, "{kinds:?}");
    let replans: Vec<_> = entries
        .iter()
        .filter(|e| matches!(e.command, chairtime::timing::command::Command::Replan { .. }))
        .collect();
    assert_eq!(replans.len(), 1, "the reload is journaled once: {kinds:?}");
    assert_eq!(replans[0].by, Some(Origin::Remote), "the reload is journaled as the remote's");
    let status = place.status();
    assert!(status.contains("Next       CAP_BPF, decided"), "status reads the re-planned session: {status}");
}

#[test]
fn a_whole_conference_file_without_a_choice_is_refused_with_the_sessions_it_holds() {
    let place = Place::new();
    let out = place
        .chairtime()
        .args(["--headless", "--port", "0"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/devroom.xml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("choose one with --day and --room") && err.contains("K.3.201"), "{err}");
}

#[test]
fn fresh_starts_a_new_journal_instead_of_resuming() {
    let place = Place::new();
    let room = place.start(&[]);
    assert_eq!(room.send(r#"{"command":"start"}"#).status, 200);
    assert!(room.terminate().success());
    // The journal asked for is there: a fresh run goes into a new file beside it.
    let again = place.start(&["--fresh"]);
    let state = again.state();
    assert_eq!(state["chair"]["toggle"], "Start", "not started: a new run {state}");
    assert!(again.terminate().success());
    let journals = std::fs::read_dir(place.dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "jsonl"));
    assert_eq!(journals.count(), 2);
}
