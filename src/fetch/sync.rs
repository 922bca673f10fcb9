//! Watching a schedule URL while a session runs from it: a thread asks the server every few
//! minutes with the last answer's validators (so an unchanged schedule costs a 304), decides
//! "changed?" by the body's hash (pretalx sends its ETag quoted but compares it bare, so it
//! never answers 304 to a client that follows the standard: docs/import.md), checks that a new
//! body is a schedule, and hands the room what it found. The room decides what the chair sees.
//!
//! The thread holds no timing logic and reads no clock: its pace is a sleep between requests.
//! It ends when the room drops its [`Syncer`].

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use super::{Answer, Client, FetchError, Validators, check_schedule, sha256};

/// How often a schedule URL is asked by default.
pub const EVERY: Duration = Duration::from_secs(180);

/// What one look at the URL found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Synced {
    /// The same schedule as before (a 304, or the same bytes).
    Unchanged,
    /// A new version, checked to be a schedule.
    Changed {
        /// Its bytes.
        body: super::Body,
        /// Its version (the file's own, or `sha256:…`).
        version: String,
    },
    /// The look failed; the last good version stays.
    Failed(FetchError),
}

/// A running watch on one URL (see the module's documentation).
#[derive(Debug)]
pub struct Syncer {
    url: String,
    now: Sender<()>,
    found: Receiver<Synced>,
}

impl Syncer {
    /// Watches `url` every `every`, starting from the copy with `validators` and `body_sha256`;
    /// `wake` is called after each look (so a window repaints, a headless room steps).
    pub fn start(
        url: &str,
        client: Client,
        every: Duration,
        validators: Validators,
        body_sha256: String,
        wake: Option<Arc<dyn Fn() + Send + Sync>>,
    ) -> Self {
        let (now, asked) = mpsc::channel();
        let (tell, found) = mpsc::channel();
        let watched = url.to_owned();
        let spawned = std::thread::Builder::new().name("chairtime-schedule-sync".into()).spawn(move || {
            let mut last = (validators, body_sha256);
            loop {
                match asked.recv_timeout(every) {
                    Ok(()) | Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => return,
                }
                // Requests made while a look ran are one look.
                while asked.try_recv().is_ok() {}
                let synced = look(&client, &watched, &mut last);
                if tell.send(synced).is_err() {
                    return;
                }
                if let Some(w) = &wake {
                    w();
                }
            }
        });
        if let Err(e) = spawned {
            let (tell, found2) = mpsc::channel();
            let _ = tell.send(Synced::Failed(FetchError::Other(format!("cannot start watching: {e}"))));
            return Self { url: url.to_owned(), now, found: found2 };
        }
        Self { url: url.to_owned(), now, found }
    }

    /// The URL watched.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Asks the server now instead of at the next turn.
    pub fn look_now(&self) {
        let _ = self.now.send(());
    }

    /// What the looks since the last call found, oldest first.
    pub fn found(&self) -> Vec<Synced> {
        self.found.try_iter().collect()
    }
}

/// One look: a conditional GET, then the hash, then the check.
fn look(client: &Client, url: &str, last: &mut (Validators, String)) -> Synced {
    match client.get(url, &last.0) {
        Ok(Answer::NotModified) => Synced::Unchanged,
        Ok(Answer::Body(body)) => {
            let hash = sha256(&body.bytes);
            if hash == last.1 {
                last.0 = body.validators;
                return Synced::Unchanged;
            }
            match check_schedule(url, &body.bytes, body.content_type.as_deref()) {
                Ok(version) => {
                    *last = (body.validators.clone(), hash);
                    Synced::Changed { body, version }
                }
                // Kept as it was: the next look fetches again and says the same, once.
                Err(e) => Synced::Failed(e),
            }
        }
        Err(e) => Synced::Failed(e),
    }
}

/// How a room watches its schedule's URL.
#[derive(Clone, PartialEq, Eq)]
pub struct Settings {
    /// How often to look (`None`: never).
    pub every: Option<Duration>,
    /// The `Authorization` header to send (see [`super::token`]).
    pub authorization: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self { every: Some(EVERY), authorization: None }
    }
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the token.
        f.debug_struct("Settings")
            .field("every", &self.every)
            .field("token", &self.authorization.is_some())
            .finish()
    }
}

/// "3 min", "90 s": how often, in words.
pub fn every_words(every: Duration) -> String {
    let s = every.as_secs();
    if s >= 60 && s.is_multiple_of(60) {
        crate::tr!("every-minutes", n = s / 60)
    } else {
        crate::tr!("every-seconds", n = s)
    }
}
