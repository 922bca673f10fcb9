//! One chairtime window per user, as a desktop app behaves: the first launch holds a lock and
//! listens on a socket in `$XDG_RUNTIME_DIR/chairtime/`; a second launch (a schedule opened from
//! the file manager while a session runs) hands its file to the first, which comes to the front
//! and opens it (asking first if a session is running), and exits with a message. Two windows
//! would mean two projector windows and two writers of the same session (docs/packaging.md).
//!
//! The lock is an advisory `flock` on `instance.lock`: the system drops it when the process ends,
//! however it ends, so a crashed chairtime never blocks the next one.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// What a later launch asks of the running window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// The schedule to open (absolute), or `None`: just come to the front.
    pub open: Option<PathBuf>,
}

/// The folder of the lock and the socket: `$XDG_RUNTIME_DIR/chairtime` (private to the user,
/// cleared at log-out), else the data folder.
pub fn dir() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(d) => PathBuf::from(d).join("chairtime"),
        None => eframe::storage_dir("chairtime").unwrap_or_else(|| std::env::temp_dir().join("chairtime")),
    }
}

/// The outcome of trying to be the one window.
#[derive(Debug)]
pub enum Claim {
    /// This process is the one: keep the value alive for as long as the window is open.
    First(Instance),
    /// Another chairtime runs and took the request; the sentence for the terminal.
    Handed(String),
    /// Another chairtime runs but did not answer; the sentence for the terminal.
    NoAnswer(String),
}

/// The held lock, and the socket until the window starts serving it.
#[derive(Debug)]
pub struct Instance {
    _lock: File,
    #[cfg(unix)]
    listener: Option<std::os::unix::net::UnixListener>,
    /// The socket's path, removed when the window closes.
    socket: Option<PathBuf>,
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Some(path) = &self.socket {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Tries to be the one chairtime window; otherwise hands `request` to the one that is.
///
/// # Errors
/// The folder or the lock file cannot be made (a read-only home, say): the caller runs anyway.
pub fn claim(dir: &Path, request: &Request) -> io::Result<Claim> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join("instance.lock");
    let lock = OpenOptions::new().create(true).truncate(false).write(true).open(&path)?;
    match lock.try_lock() {
        Ok(()) => {
            let _ = lock.set_len(0);
            let _ = writeln!(&lock, "{}", std::process::id());
            #[cfg(unix)]
            let listener = listen(dir);
            #[cfg(unix)]
            let socket = listener.as_ref().map(|_| dir.join("instance.sock"));
            #[cfg(not(unix))]
            let socket = None;
            Ok(Claim::First(Instance {
                #[cfg(unix)]
                listener,
                socket,
                _lock: lock,
            }))
        }
        Err(std::fs::TryLockError::WouldBlock) => Ok(hand_over(dir, request)),
        Err(std::fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
            // A filesystem without locks: run without the guard (the journal has its own).
            Ok(Claim::First(Instance {
                #[cfg(unix)]
                listener: None,
                socket: None,
                _lock: lock,
            }))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

#[cfg(unix)]
fn listen(dir: &Path) -> Option<std::os::unix::net::UnixListener> {
    let path = dir.join("instance.sock");
    // Left by a chairtime that ended without removing it; we hold the lock, so it is nobody's.
    let _ = std::fs::remove_file(&path);
    std::os::unix::net::UnixListener::bind(&path).ok()
}

impl Instance {
    /// Serves later launches on a background thread: each request goes to the returned receiver,
    /// then `wake` runs (it asks the window for a frame). `None` when there is no socket.
    pub fn serve(&mut self, wake: impl Fn() + Send + 'static) -> Option<Receiver<Request>> {
        #[cfg(unix)]
        {
            let listener = self.listener.take()?;
            let (tx, rx) = mpsc::channel();
            std::thread::Builder::new()
                .name("chairtime-instance".into())
                .spawn(move || {
                    for stream in listener.incoming().flatten() {
                        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                        let mut line = String::new();
                        if BufReader::new(&stream).read_line(&mut line).is_err() {
                            continue;
                        }
                        let Ok(request) = serde_json::from_str::<Request>(&line) else { continue };
                        if tx.send(request).is_err() {
                            return;
                        }
                        wake();
                        let _ = (&stream).write_all(b"ok\n");
                    }
                })
                .ok()?;
            Some(rx)
        }
        #[cfg(not(unix))]
        {
            let _ = wake;
            None
        }
    }
}

/// Sends `request` to the running chairtime; a few tries, as it may be opening its window.
fn hand_over(dir: &Path, request: &Request) -> Claim {
    let who = std::fs::read_to_string(dir.join("instance.lock"))
        .ok()
        .and_then(|t| t.trim().parse::<u32>().ok())
        .map(|pid| format!(" (process {pid})"))
        .unwrap_or_default();
    #[cfg(unix)]
    for _ in 0..10 {
        if send(dir, request).is_ok() {
            let what = match &request.open {
                Some(p) => format!("asked it to open {}", p.display()),
                None => "brought its window to the front".to_owned(),
            };
            return Claim::Handed(format!(
                "chairtime is already running{who}: {what}. One chairtime window runs at a time (one projector, one journal per session); close it first to start another."
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let _ = request;
    Claim::NoAnswer(format!(
        "chairtime is already running{who} but did not answer; switch to its window, or close it first to start another."
    ))
}

#[cfg(unix)]
fn send(dir: &Path, request: &Request) -> io::Result<()> {
    let stream = std::os::unix::net::UnixStream::connect(dir.join("instance.sock"))?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut line = serde_json::to_string(request).map_err(io::Error::other)?;
    line.push('\n');
    (&stream).write_all(line.as_bytes())?;
    let mut reply = String::new();
    BufReader::new(&stream).read_line(&mut reply)?;
    if reply.trim() == "ok" { Ok(()) } else { Err(io::Error::other("no answer")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_hands_its_file_to_the_first_which_is_woken() {
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(mut first) = claim(dir.path(), &Request { open: None }).unwrap() else {
            panic!("the first claim is the one")
        };
        let (woke_tx, woke_rx) = mpsc::channel();
        let rx = first.serve(move || woke_tx.send(()).unwrap()).unwrap();
        let asked = Request { open: Some(PathBuf::from("/tmp/with spaces/schedule.xml")) };
        match claim(dir.path(), &asked).unwrap() {
            Claim::Handed(message) => {
                assert!(message.contains("already running"), "{message}");
                assert!(message.contains("/tmp/with spaces/schedule.xml"), "{message}");
            }
            other => panic!("expected the request handed over, got {other:?}"),
        }
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)).unwrap(), asked);
        woke_rx.recv_timeout(Duration::from_secs(5)).unwrap();
    }

    #[test]
    fn the_lock_goes_with_the_instance_and_a_stale_socket_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("instance.sock"), b"left behind").unwrap();
        let first = claim(dir.path(), &Request { open: None }).unwrap();
        assert!(matches!(first, Claim::First(_)));
        drop(first);
        assert!(!dir.path().join("instance.sock").exists(), "the socket goes with the window");
        assert!(matches!(claim(dir.path(), &Request { open: None }).unwrap(), Claim::First(_)));
    }

    #[test]
    fn a_running_chairtime_that_does_not_answer_is_named() {
        let dir = tempfile::tempdir().unwrap();
        // Holds the lock but has closed its socket.
        let Claim::First(mut first) = claim(dir.path(), &Request { open: None }).unwrap() else {
            panic!("the first claim is the one")
        };
        first.listener = None;
        match claim(dir.path(), &Request { open: None }).unwrap() {
            Claim::NoAnswer(message) => {
                assert!(message.contains(&format!("process {}", std::process::id())), "{message}");
            }
            other => panic!("expected no answer, got {other:?}"),
        }
    }
}
