//! A room without a window for the end-to-end tests: the real binary with `--headless` in a
//! folder of its own, its links read from what it prints, driven over HTTP as the chair's phone
//! does, stopped with SIGTERM.

#![allow(dead_code, reason = "not every test file uses every helper")]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use super::http::{self, command, get};

pub const BUNDLED: &str = include_str!("../../assets/schedules/lpc2019-bpf.toml");
pub const THIRD_TITLE: &str = "title = \"Do we need CAP_BPF_ADMIN?\"";

pub struct Place {
    pub dir: tempfile::TempDir,
}

/// A running `chairtime --headless`, and what it printed.
pub struct Headless {
    pub child: Child,
    pub port: u16,
    pub view: String,
    pub control: String,
    pub stdout: Vec<String>,
}

impl Place {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bpf.toml"), BUNDLED).unwrap();
        Self { dir }
    }

    pub fn journal(&self) -> PathBuf {
        self.dir.path().join("room.jsonl")
    }

    pub fn file(&self) -> PathBuf {
        self.dir.path().join("bpf.toml")
    }

    pub fn chairtime(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_chairtime"));
        c.env("CHAIRTIME_LANGUAGE", "en")
            .env("XDG_RUNTIME_DIR", self.dir.path().join("runtime"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("HOME", self.dir.path())
            // The schedule-URL tests serve on this machine: never through a proxy.
            .env("NO_PROXY", "127.0.0.1,localhost")
            .env("no_proxy", "127.0.0.1,localhost");
        c
    }

    /// Starts the room and reads its links.
    pub fn start(&self, extra: &[&str]) -> Headless {
        self.start_on(&self.file(), extra)
    }

    /// Starts the room on `schedule` (a file or a URL) and reads its links.
    pub fn start_on(&self, schedule: &Path, extra: &[&str]) -> Headless {
        let mut child = self
            .chairtime()
            .args(["--headless", "--port", "0", "--journal"])
            .arg(self.journal())
            .args(extra)
            .arg(schedule)
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

    pub fn stderr(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("stderr.txt")).unwrap_or_default()
    }

    pub fn status(&self) -> String {
        let out = self.chairtime().arg("status").arg(self.journal()).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    }
}

impl Headless {
    pub fn send(&self, body: &str) -> http::Reply {
        command(self.port, &self.control, body).unwrap()
    }

    pub fn state(&self) -> serde_json::Value {
        let r = get(self.port, &format!("/api/state?token={}", self.control)).unwrap();
        assert_eq!(r.status, 200, "{}", r.body);
        serde_json::from_str(&r.body).unwrap()
    }

    pub fn wait_for(&self, what: &str, f: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
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

    pub fn terminate(mut self) -> std::process::ExitStatus {
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

pub fn can(state: &serde_json::Value, what: &str) -> bool {
    state["chair"]["can"].as_array().unwrap().iter().any(|c| c == what)
}

pub fn republish(file: &Path, text: &str) {
    std::fs::write(file, text).unwrap();
    let later = SystemTime::now() + Duration::from_secs(5);
    std::fs::File::options().write(true).open(file).unwrap().set_modified(later).unwrap();
}
