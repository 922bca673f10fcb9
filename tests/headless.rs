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

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use chairtime::timing::journal::{Origin, replay_path};
use http::{command, get};

const BUNDLED: &str = include_str!("../assets/schedules/lpc2019-bpf.toml");
const THIRD_TITLE: &str = "title = \"Do we need CAP_BPF_ADMIN?\"";

struct Place {
    dir: tempfile::TempDir,
}

/// A running `chairtime --headless`, and what it printed.
struct Headless {
    child: Child,
    port: u16,
    view: String,
    control: String,
    stdout: Vec<String>,
}

impl Place {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bpf.toml"), BUNDLED).unwrap();
        Self { dir }
    }

    fn journal(&self) -> PathBuf {
        self.dir.path().join("room.jsonl")
    }

    fn file(&self) -> PathBuf {
        self.dir.path().join("bpf.toml")
    }

    fn chairtime(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_chairtime"));
        c.env("XDG_RUNTIME_DIR", self.dir.path().join("runtime"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("HOME", self.dir.path());
        c
    }

    /// Starts the room and reads its links.
    fn start(&self, extra: &[&str]) -> Headless {
        let mut child = self
            .chairtime()
            .args(["--headless", "--port", "0", "--journal"])
            .arg(self.journal())
            .args(extra)
            .arg(self.file())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(self.dir.path().join("stderr.txt")).unwrap())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut stdout = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        while !stdout.iter().any(|l: &String| l.contains("for your phone's camera")) {
            assert!(Instant::now() < deadline, "no links printed: {stdout:?} {}", self.stderr());
            match lines.next() {
                Some(Ok(l)) => stdout.push(l),
                _ => panic!("the room ended before printing its links: {}", self.stderr()),
            }
        }
        // The rest (the QR code) is read away so the room never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        let link = |prefix: &str| stdout.iter().find_map(|l| l.strip_prefix(prefix)).unwrap().to_owned();
        let (view, remote) = (link("Speaker link: "), link("Remote (keep it private): "));
        let port = view.rsplit_once(':').unwrap().1.split('/').next().unwrap().parse().unwrap();
        let token = |l: &str| l.rsplit_once("token=").unwrap().1.to_owned();
        Headless { child, port, view: token(&view), control: token(&remote), stdout }
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("stderr.txt")).unwrap_or_default()
    }

    fn status(&self) -> String {
        let out = self.chairtime().arg("status").arg(self.journal()).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    }
}

impl Headless {
    fn send(&self, body: &str) -> http::Reply {
        command(self.port, &self.control, body).unwrap()
    }

    fn state(&self) -> serde_json::Value {
        let r = get(self.port, &format!("/api/state?token={}", self.control)).unwrap();
        assert_eq!(r.status, 200, "{}", r.body);
        serde_json::from_str(&r.body).unwrap()
    }

    fn wait_for(&self, what: &str, f: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let s = self.state();
            if f(&s) {
                return s;
            }
            assert!(Instant::now() < deadline, "never {what}: {s}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "SIGTERM did not stop the room");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn can(state: &serde_json::Value, what: &str) -> bool {
    state["chair"]["can"].as_array().unwrap().iter().any(|c| c == what)
}

fn republish(file: &Path, text: &str) {
    std::fs::write(file, text).unwrap();
    let later = SystemTime::now() + Duration::from_secs(5);
    std::fs::File::options().write(true).open(file).unwrap().set_modified(later).unwrap();
}

#[test]
fn a_headless_room_runs_from_the_api_survives_a_kill_and_stops_cleanly_on_sigterm() {
    let place = Place::new();
    let room = place.start(&[]);
    assert!(
        room.stdout.iter().any(|l| l.contains("for your phone's camera")),
        "the remote's QR code is printed"
    );
    let notices = room.state()["chair"]["notices"].to_string();
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
    let told =
        |s: &serde_json::Value| s["chair"]["notices"].to_string().contains("The schedule file changed");
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
    let kinds: Vec<String> = entries.iter().map(|e| e.command.kind().word().to_owned()).collect();
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
