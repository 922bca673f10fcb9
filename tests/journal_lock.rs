//! One writer per journal, with two real processes: this test binary runs itself a second time
//! as the process that holds the journal and keeps writing to it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::PathBuf;
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::command::Command;
use chairtime::timing::journal::{Recorder, holder, is_locked, replay_path};
use chrono::TimeDelta;

const HOLDER_ENV: &str = "CHAIRTIME_TEST_HOLD_JOURNAL";
const LINES: usize = 40;

/// The second process: resumes the journal named in the environment and appends a message every
/// 50 ms. Run only by the test below (it is ignored otherwise).
#[test]
#[ignore = "run as a child process by the test below"]
fn holder_process_writes_the_journal() {
    let Some(path) = std::env::var_os(HOLDER_ENV).map(PathBuf::from) else { return };
    let replayed = replay_path(&path).unwrap();
    let mut now = replayed.last_at();
    let mut rec = Recorder::resume(&path, replayed, now).unwrap();
    for n in 0..LINES {
        now += TimeDelta::seconds(1);
        rec.apply(&Command::ShowMessage { text: format!("line {n}") }, now).unwrap();
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_second_process_cannot_write_a_journal_the_first_holds_and_no_line_the_first_wrote_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.jsonl");
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let t0 = session.start;
    {
        let mut rec = Recorder::create(&path, session, None, t0).unwrap();
        rec.apply(&Command::Start, t0).unwrap();
    }
    let mut child = Process::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "holder_process_writes_the_journal",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HOLDER_ENV, &path)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the first process holds the journal.
    let deadline = Instant::now() + Duration::from_secs(20);
    while holder(&path).is_none() {
        assert!(Instant::now() < deadline, "the holder process never took the journal");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Now try to write it from here, several times while the other one writes.
    let mut refusals = 0;
    for _ in 0..5 {
        let Ok(replayed) = replay_path(&path) else { continue };
        let now = replayed.last_at() + TimeDelta::seconds(1);
        match Recorder::resume(&path, replayed, now) {
            Err(e) if is_locked(&e) => {
                assert!(e.to_string().contains(&format!("process {}", child.id())), "names the holder: {e}");
                refusals += 1;
            }
            Err(e) => panic!("expected a refusal because of the lock, got {e}"),
            Ok(_) => panic!("a second writer was let in"),
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(refusals, 5);
    assert!(child.wait().unwrap().success(), "the holder process failed");
    let replayed = replay_path(&path).unwrap();
    assert!(replayed.warnings.is_empty(), "{:?}", replayed.warnings);
    assert_eq!(replayed.entries.len(), 1 + LINES, "every line the first process wrote is there");
    assert!(holder(&path).is_none(), "the owner note goes with the process");
}
