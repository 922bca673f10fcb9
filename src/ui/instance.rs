//! One chairtime window per user, as a desktop app behaves: the first launch holds a lock and
//! listens on a socket in `$XDG_RUNTIME_DIR/chairtime/`; a second launch (a schedule opened from
//! the file manager while a session runs) hands its file to the first, which comes to the front
//! and opens it (asking first if a session is running), and exits with a message. Two windows
//! would mean two projector windows and two writers of the same session (docs/packaging.md).
//!
//! The lock is an advisory `flock` on `instance.lock`: the system drops it when the process ends,
//! however it ends, so a crashed chairtime never blocks the next one. The running window answers
//! "ok" only once it has taken the request, so a launch handed to a window that is closing is not
//! lost: it tries again, and becomes the window itself once the lock is free. Elsewhere than on
//! Unix there is no hand-over: every launch opens its window (the journal's own lock still keeps
//! one writer per journal).

use crate::tr;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};

use serde::{Deserialize, Serialize};

/// What a later launch asks of the running window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// The schedule to open (absolute), or `None`: just come to the front.
    pub open: Option<PathBuf>,
}

/// A request as the window receives it: [`Incoming::take`] tells the later launch it was taken.
#[derive(Debug)]
pub struct Incoming {
    request: Request,
    taken: mpsc::Sender<()>,
}

impl Incoming {
    /// A request made here (tests, or a platform without the socket): nobody waits for it.
    pub fn new(request: Request) -> Self {
        Self { request, taken: mpsc::channel().0 }
    }

    /// The request; the launch that sent it hears that it was taken.
    pub fn take(self) -> Request {
        let _ = self.taken.send(());
        self.request
    }
}

/// The folder of the lock and the socket: `$XDG_RUNTIME_DIR/chairtime` (private to the user,
/// cleared at log-out), else the data folder.
pub fn dir() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(d) => PathBuf::from(d).join("chairtime"),
        None => super::data_dir().unwrap_or_else(|| std::env::temp_dir().join("chairtime")),
    }
}

/// The outcome of trying to be the one window.
#[derive(Debug)]
pub enum Claim {
    /// This process is the one: keep the value alive for as long as the window is open.
    First(Instance),
    /// Another chairtime runs and took the request; the sentence for the terminal.
    Handed(String),
    /// Another chairtime holds the lock but did not take the request (frozen, or stuck closing);
    /// the sentence for the chair. This launch opens its own window.
    NoAnswer(String),
}

/// The held lock, and the socket until the window starts serving it.
#[derive(Debug)]
pub struct Instance {
    #[cfg(unix)]
    _lock: std::fs::File,
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

/// How long a later launch keeps trying: the running window may be opening, or closing.
#[cfg(unix)]
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(if cfg!(test) { 1 } else { 8 });

/// How long the running window has to take a request (its next frame: milliseconds).
#[cfg(unix)]
const TAKE_WITHIN: std::time::Duration = std::time::Duration::from_secs(3);

/// Tries to be the one chairtime window; otherwise hands `request` to the one that is.
///
/// # Errors
/// The folder or the lock file cannot be made (a read-only home, say): the caller runs anyway.
#[cfg(unix)]
pub fn claim(dir: &Path, request: &Request) -> std::io::Result<Claim> {
    use std::io::Write as _;
    std::fs::create_dir_all(dir)?;
    let path = dir.join("instance.lock");
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        let lock = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path)?;
        match lock.try_lock() {
            Ok(()) => {
                let _ = lock.set_len(0);
                let _ = writeln!(&lock, "{}", std::process::id());
                let listener = listen(dir);
                let socket = listener.as_ref().map(|_| dir.join("instance.sock"));
                return Ok(Claim::First(Instance { _lock: lock, listener, socket }));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                if send(dir, request).is_ok() {
                    let what = match &request.open {
                        Some(p) => tr!("already-open-file-sent", file = p.display().to_string()),
                        None => tr!("already-open-window-comes"),
                    };
                    return Ok(Claim::Handed(what));
                }
                if std::time::Instant::now() >= deadline {
                    return Ok(Claim::NoAnswer(match holder(dir) {
                        Some(pid) => tr!("already-open-no-answer-process", pid = pid),
                        None => tr!("already-open-no-answer"),
                    }));
                }
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
            Err(std::fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
                // A filesystem without locks: run without the guard (the journal has its own).
                return Ok(Claim::First(Instance { _lock: lock, listener: None, socket: None }));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// Without Unix sockets, every launch is its own window.
///
/// # Errors
/// None here; the signature is the Unix one.
#[cfg(not(unix))]
pub fn claim(_dir: &Path, _request: &Request) -> std::io::Result<Claim> {
    Ok(Claim::First(Instance { socket: None }))
}

/// " (process N)", as the lock file says.
#[cfg(unix)]
fn holder(dir: &Path) -> Option<u32> {
    std::fs::read_to_string(dir.join("instance.lock")).ok().and_then(|t| t.trim().parse::<u32>().ok())
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
    /// then `wake` runs (it asks the window for a frame); the launch hears "ok" once the window
    /// has taken it. `None` when there is no socket.
    pub fn serve(&mut self, wake: impl Fn() + Send + 'static) -> Option<Receiver<Incoming>> {
        #[cfg(unix)]
        {
            use std::io::{BufRead as _, Write as _};
            let listener = self.listener.take()?;
            let (tx, rx) = mpsc::channel();
            std::thread::Builder::new()
                .name("chairtime-instance".into())
                .spawn(move || {
                    for stream in listener.incoming().flatten() {
                        let _ = stream.set_read_timeout(Some(TAKE_WITHIN));
                        let mut line = String::new();
                        if std::io::BufReader::new(&stream).read_line(&mut line).is_err() {
                            continue;
                        }
                        let Ok(request) = serde_json::from_str::<Request>(&line) else { continue };
                        let (taken, was_taken) = mpsc::channel();
                        if tx.send(Incoming { request, taken }).is_err() {
                            return;
                        }
                        wake();
                        let reply: &[u8] =
                            if was_taken.recv_timeout(TAKE_WITHIN).is_ok() { b"ok\n" } else { b"busy\n" };
                        let _ = (&stream).write_all(reply);
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

/// Sends `request` to the running chairtime and waits for it to be taken.
#[cfg(unix)]
fn send(dir: &Path, request: &Request) -> std::io::Result<()> {
    use std::io::{BufRead as _, Write as _};
    let stream = std::os::unix::net::UnixStream::connect(dir.join("instance.sock"))?;
    stream.set_read_timeout(Some(TAKE_WITHIN + std::time::Duration::from_secs(2)))?;
    let mut line = serde_json::to_string(request).map_err(std::io::Error::other)?;
    line.push('\n');
    (&stream).write_all(line.as_bytes())?;
    let mut reply = String::new();
    std::io::BufReader::new(&stream).read_line(&mut reply)?;
    if reply.trim() == "ok" { Ok(()) } else { Err(std::io::Error::other("the request was not taken")) } // l10n-exempt: never shown
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn first(dir: &Path) -> Instance {
        match claim(dir, &Request { open: None }).unwrap() {
            Claim::First(i) => i,
            other => panic!("the first claim is the one, got {other:?}"),
        }
    }

    #[test]
    fn a_second_claim_hands_its_file_to_the_first_which_is_woken_and_takes_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = first(dir.path());
        let (woke_tx, woke_rx) = mpsc::channel();
        let rx = first.serve(move || woke_tx.send(()).unwrap()).unwrap();
        // The window: takes what comes.
        let window = std::thread::spawn(move || rx.recv_timeout(Duration::from_secs(10)).unwrap().take());
        let asked = Request { open: Some(PathBuf::from("/tmp/with spaces/schedule.xml")) };
        match claim(dir.path(), &asked).unwrap() {
            Claim::Handed(message) => {
                assert!(message.contains("already open"), "{message}");
                assert!(message.contains("/tmp/with spaces/schedule.xml"), "{message}");
            }
            other => panic!("expected the request handed over, got {other:?}"),
        }
        assert_eq!(window.join().unwrap(), asked);
        woke_rx.recv_timeout(Duration::from_secs(5)).unwrap();
    }

    #[test]
    fn a_window_that_closes_without_taking_the_request_leaves_the_launch_to_open_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = first(dir.path());
        let rx = first.serve(|| {}).unwrap();
        // The window closes as the request arrives: it is never taken, and the lock goes.
        let closing = std::thread::spawn(move || {
            let incoming = rx.recv_timeout(Duration::from_secs(10)).unwrap();
            drop(first);
            drop(incoming);
        });
        let asked = Request { open: Some(PathBuf::from("/tmp/schedule.xml")) };
        let second = claim(dir.path(), &asked).unwrap();
        closing.join().unwrap();
        assert!(matches!(second, Claim::First(_)), "the later launch becomes the window: {second:?}");
    }

    #[test]
    fn the_lock_goes_with_the_instance_and_a_stale_socket_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("instance.sock"), b"left behind").unwrap();
        drop(first(dir.path()));
        assert!(!dir.path().join("instance.sock").exists(), "the socket goes with the window");
        drop(first(dir.path()));
    }

    #[test]
    fn a_running_chairtime_that_does_not_answer_is_named_and_this_launch_opens_anyway() {
        let dir = tempfile::tempdir().unwrap();
        // Holds the lock but has closed its socket.
        let mut first = first(dir.path());
        first.listener = None;
        match claim(dir.path(), &Request { open: None }).unwrap() {
            Claim::NoAnswer(message) => {
                assert!(message.contains(&format!("process {}", std::process::id())), "{message}");
                assert!(message.contains("second chairtime"), "{message}");
            }
            other => panic!("expected no answer, got {other:?}"),
        }
    }
}
