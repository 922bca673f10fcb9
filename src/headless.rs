//! `chairtime --headless`: a room without a window — a Raspberry Pi or a spare laptop on the
//! lectern that serves the speaker link and is run from the chair's phone, a room run over SSH.
//!
//! The same [`Room`] as the window's: the same file rules, the same journal and resume, the same
//! commands. The questions the window asks are answered by options (docs/headless.md): an
//! unfinished journal of the session is resumed (`--fresh` starts a new one), a changed schedule
//! file is offered to the remote (`--take-changes` takes it at once), a journal another chairtime
//! writes stops the start with the reason. Notices go to standard error and to the remote page.
//! SIGINT, SIGTERM and SIGHUP stop it cleanly: the journal closed, its `.owner` note removed.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

use chrono::NaiveDate;

use crate::room::Room;
use crate::schedule::load::Overrides;
use crate::share::LinkStore;
use crate::timing::clock::{Clock, SystemClock};

/// How a headless room was asked to start.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The schedule; `None` for the bundled session.
    pub file: Option<PathBuf>,
    /// `--journal PATH`.
    pub journal: Option<PathBuf>,
    /// `--date`.
    pub date: Option<NaiveDate>,
    /// `--tz`, `--day`, `--room`, `--track`.
    pub overrides: Overrides,
    /// `--port`.
    pub port: Option<u16>,
    /// `--rehearse`.
    pub rehearse: bool,
    /// `--fresh`: start a new journal even if an unfinished one of this session is there.
    pub fresh: bool,
    /// `--take-changes`: take a changed schedule file's plan at once (at resume, and whenever
    /// the file changes), instead of offering it to the remote.
    pub take_changes: bool,
    /// `--publish`: the conference bus to publish the room on.
    pub publish: Option<crate::conference::bus::Connection>,
    /// A schedule from a URL: how to keep it in sync.
    pub sync: crate::fetch::sync::Settings,
    /// Said when a URL could not be fetched and its last copy is used.
    pub fetched: Option<String>,
    /// `--speaker-language`.
    pub speaker_language: Option<crate::l10n::Lang>,
}

/// How often the room steps while nothing wakes it: the pages count down by themselves from the
/// instants they were sent, so this only bounds how late a threshold's sound-less state change and
/// the file checks come.
const STEP_EVERY: Duration = Duration::from_millis(500);

/// Wakes the loop: a request from the share, or a signal.
#[derive(Default)]
struct Bell {
    rung: Mutex<bool>,
    cond: Condvar,
}

impl Bell {
    fn ring(&self) {
        *self.rung.lock().unwrap_or_else(PoisonError::into_inner) = true;
        self.cond.notify_all();
    }

    /// Waits until rung or `timeout` passed.
    fn wait(&self, timeout: Duration) {
        let rung = self.rung.lock().unwrap_or_else(PoisonError::into_inner);
        let (mut rung, _) =
            self.cond.wait_timeout_while(rung, timeout, |r| !*r).unwrap_or_else(PoisonError::into_inner);
        *rung = false;
    }
}

fn say(text: &str) {
    let _ = writeln!(std::io::stderr(), "chairtime: {text}");
}

/// `link` as a QR code drawn with text (light blocks: for a terminal's dark background; phones
/// read it either way).
pub fn qr_text(link: &str) -> Option<String> {
    use qrcode::render::unicode::Dense1x2;
    let code = qrcode::QrCode::new(link.as_bytes()).ok()?;
    Some(code.render::<Dense1x2>().dark_color(Dense1x2::Light).light_color(Dense1x2::Dark).build())
}

/// Prints the links, and the remote's as a QR code (light blocks: for a terminal's dark
/// background; phones read it either way).
fn print_links(room: &Room) {
    let Some(share) = room.share() else { return };
    let (view, remote) = (share.view_link(), share.remote_link());
    let mut out = std::io::stdout().lock();
    // These two lines stay English whatever the chair's language: scripts read them (docs/l10n.md).
    let _ = writeln!(out, "Speaker link: {view}"); // l10n-exempt: read by scripts
    let _ = writeln!(out, "Remote (keep it private): {remote}"); // l10n-exempt: read by scripts
    if let Some(art) = qr_text(&remote) {
        let _ = writeln!(out, "{}\n{art}", crate::tr!("headless-remote-qr"));
    }
    let _ = out.flush();
}

/// Runs a room without a window until asked to stop. Exit code 0 after a clean stop; 1 when the
/// room cannot start (the file, the journal, the port), with the reason on standard error.
pub fn run(options: &Options) -> ExitCode {
    let now = SystemClock.now();
    let opening = match crate::room::startup::opening(
        options.file.as_deref(),
        &options.overrides,
        options.date,
        options.journal.clone(),
        crate::room::default_journal_dir(),
        now,
    ) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{e}");
            return ExitCode::from(1);
        }
    };
    for w in &opening.warnings {
        say(&format!("warning: {w}"));
    }
    let mut room = Room::waiting(opening.startup, Box::new(SystemClock));
    room.rehearse = options.rehearse;
    room.sync_with(options.sync.clone());
    if let Some(lang) = options.speaker_language {
        room.speaker_lang = lang;
    }
    if let Some(bus) = &options.publish {
        room.publish_to(bus.clone());
    }
    room.set_share_port(options.port);
    room.keep_links_in(LinkStore::from_env());
    let bell = Arc::new(Bell::default());
    let ring = Arc::clone(&bell);
    room.set_waker(Arc::new(move || ring.ring()));
    room.begin_waiting();
    if let Some(n) = &options.fetched {
        room.sticky(n.clone());
    }
    if let Some(code) = answer_questions(&mut room, options) {
        return code;
    }
    if let Some(n) = opening.off_day.filter(|_| !room.recorder().engine().rehearsal()) {
        // No Shift+R here: the option is the way to rehearse.
        room.off_day(
            n.replace(&crate::tr!("rehearse-in-the-window"), &crate::tr!("rehearse-with-the-option")),
        );
    }
    let stop = Arc::new(AtomicBool::new(false));
    {
        let (stop, bell) = (Arc::clone(&stop), Arc::clone(&bell));
        if let Err(e) = crate::signals::on_stop(move || {
            stop.store(true, Ordering::Relaxed);
            bell.ring();
        }) {
            say(&crate::tr!("headless-cannot-watch-stop", why = e.to_string()));
        }
    }
    // A session shared before a restart is shared again with its links by the first step.
    let mut said = 0;
    let _ = room.step();
    if room.share().is_none() {
        room.start_sharing();
    }
    if room.share().is_none() {
        say_notices(&room, said);
        return ExitCode::from(1);
    }
    print_links(&room);
    if let Some(path) = room.recorder().journal_path() {
        say(&crate::tr!("headless-recording-to", file = path.display().to_string()));
    }
    // The changes on offer, and the notice that says so (withdrawn once they are taken).
    let mut offered: Option<(Vec<String>, u64)> = None;
    while !stop.load(Ordering::Relaxed) {
        let _ = room.step();
        if options.take_changes && room.reload.is_some() {
            room.reload_schedule();
        }
        let now_offered = room.reload.as_ref().map(|r| r.changes.clone());
        if now_offered.as_ref() != offered.as_ref().map(|(c, _)| c) {
            if let Some((_, id)) = offered.take() {
                room.withdraw(id);
            }
            if let Some(changes) = now_offered {
                let source = if room.schedule_url().is_some() { "url" } else { "file" };
                let id = room.sticky(crate::tr!(
                    "headless-schedule-changed",
                    source = source,
                    changes = changes.join("; ")
                ));
                offered = Some((changes, id));
            }
        }
        said = say_notices(&room, said);
        bell.wait(STEP_EVERY);
    }
    room.close();
    let journal = room.recorder().journal_path().map(|p| p.display().to_string());
    drop(room);
    if let Some(j) = journal {
        say(&crate::tr!("headless-stopped", file = j));
    }
    ExitCode::SUCCESS
}

/// Answers the room's questions at start by the options: resume (or `--fresh`), and stops with
/// the reason when another chairtime writes the journal or none can be written.
fn answer_questions(room: &mut Room, options: &Options) -> Option<ExitCode> {
    if room.resume.is_some() {
        if options.fresh {
            room.start_fresh(options.journal.as_deref());
        } else {
            room.resume_with(options.take_changes);
        }
    }
    if let Some(locked) = &room.locked {
        say(&crate::tr!("headless-locked", why = locked.why));
        return Some(ExitCode::from(1));
    }
    if !room.recorder().is_recording() {
        say_notices(room, 0);
        say(&crate::tr!("headless-did-not-start"));
        return Some(ExitCode::from(1));
    }
    None
}

/// Says on standard error the notices newer than `said` (a notice id); returns the newest id.
fn say_notices(room: &Room, said: u64) -> u64 {
    let mut newest = said;
    for n in room.notices().iter().filter(|n| n.id > said) {
        let at = room.now().with_timezone(&room.recorder().engine().session().time_zone).format("%H:%M:%S");
        if n.serious {
            say(&format!("{at} {}", crate::tr!("headless-attention", notice = n.text)));
        } else {
            say(&format!("{at} {}", n.text));
        }
        newest = newest.max(n.id);
    }
    newest
}
