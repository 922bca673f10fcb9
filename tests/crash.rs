//! Killing chairtime while it appends to its journal never loses an acknowledged line, and what is
//! left always replays.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use chairtime::timing::journal::replay_path;

/// A small deterministic generator, so a failing trial can be rerun.
fn lcg(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
    *seed >> 33
}

#[test]
fn sigkill_at_random_instants_never_loses_an_acknowledged_command() {
    let dir = tempfile::tempdir().unwrap();
    let mut script = String::from("0:00 start\n");
    for i in 1..=300 {
        let verb = if i % 2 == 0 { "extend 1" } else { "trim 1" };
        script.push_str(&format!("{}:{:02} {verb}\n", i / 60, i % 60));
    }
    let script_path = dir.path().join("long.script");
    std::fs::write(&script_path, &script).unwrap();
    let mut seed = 0x00c0_ffee_u64;
    for trial in 0..12 {
        let journal = dir.path().join(format!("trial-{trial}.jsonl"));
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("chairtime"))
            .env("CHAIRTIME_LANGUAGE", "en")
            .args(["simulate", "--speed", "200", "--format", "csv", "--actions"])
            .arg(&script_path)
            .arg("--journal")
            .arg(&journal)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if line.starts_with("recorded ") {
                    let _ = tx.send(());
                }
            }
        });
        // Wait for the journal to exist (the child is running), then kill at a random instant.
        let _ = rx.recv_timeout(Duration::from_secs(20));
        std::thread::sleep(Duration::from_millis(lcg(&mut seed) % 1200));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        reader.join().unwrap();
        let acknowledged = 1 + rx.try_iter().count();
        let replayed = replay_path(&journal).unwrap_or_else(|e| panic!("trial {trial}: {e}"));
        assert!(
            replayed.entries.len() >= acknowledged,
            "trial {trial}: {} lines replayed, {acknowledged} acknowledged",
            replayed.entries.len()
        );
        for (n, e) in replayed.entries.iter().enumerate() {
            assert_eq!(e.seq, n as u64 + 1, "trial {trial}: the lines are a prefix of what was recorded");
        }
    }
}
