//! The app: owns the recorder (engine + journal), the clock, the settings and the sound; turns
//! key presses and clicks into commands after drawing. It holds no timing logic of its own.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::time::Instant;

use chrono::{DateTime, TimeDelta, Utc};
use egui::{Context, ViewportBuilder, ViewportCommand, ViewportId};

use super::commands::{UiCommand, matches};
use super::instance::{Incoming, Request};
use super::monitors::{self, Beside, Monitor, Plugged, SavedMonitor, Target};
use super::settings::{self, Settings};
use super::{chair, projector};
use crate::audio::{Cue, CuePlayer};
use crate::report::{Format, Report, write_atomically};
use crate::schedule::Session;
use crate::schedule::load::load_path;
use crate::timing::clock::Clock;
use crate::timing::command::Command;
use crate::timing::engine::ItemStatus;
use crate::timing::journal::{self, Origin, RecordError, Recorder, Replayed, find_resumable};

/// `path`, or `path` with `-2`, `-3`… before its extension: a name no file has yet.
fn unused(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let ext = path.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    (1..)
        .map(|n| if n == 1 { path.to_owned() } else { path.with_file_name(format!("{stem}-{n}{ext}")) })
        .find(|p| !p.exists())
        .unwrap_or_else(|| path.to_owned())
}

/// A file's modification time, if it can be read.
pub fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The projector window's id.
pub const PROJECTOR: &str = "projector";

/// What the projector and the speaker page say while no session is open.
pub const NO_SESSION: &str = "No session open";

/// How long a transient notice stays.
const NOTICE_SECONDS: u64 = 6;
/// How long the chair window's place must stay the same before the projector window is placed
/// beside it (a window manager moves a window just after it appears).
const SETTLE: std::time::Duration = std::time::Duration::from_millis(300);

/// Where the projector window goes on one screen, or that the chair window's place is not known yet.
enum Placing {
    Wait,
    Beside(Beside),
}

/// Said when one screen leaves no room for the projector window beside the chair window.
const NO_ROOM_FOR_PROJECTOR: &str = "One screen, and this window fills it: the projector window would cover your timer, so it did not open. Press P to open it anyway, make this window smaller and press P, or connect the projector as a second screen (in the display settings, \u{201c}Join displays\u{201d} or \u{201c}Extend\u{201d}, not \u{201c}Mirror\u{201d}: a mirrored projector shows this window as it is). Share\u{2026} (L) puts the timer on the speaker's laptop or a tablet instead.";
/// How the notice starts that says a message came off the projector as the next item began.
const MESSAGE_CLEARED: &str = "Took the message off the projector as the next talk began:";

/// A line for the chair at the top of the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The text.
    pub text: String,
    /// Serious (red) or informative.
    pub serious: bool,
    /// When it goes away (`None`: stays until dismissed).
    pub until: Option<Instant>,
}

/// An unfinished journal of this session, found at start.
#[derive(Debug)]
pub struct ResumeOffer {
    /// Its file.
    pub path: PathBuf,
    /// What it holds (the journal's own copy of the plan resumes).
    pub replayed: Replayed,
    /// The session as the schedule file has it now.
    pub file_session: Session,
    /// What taking the file's plan would change for the items not yet run (empty: the same).
    pub changes: Vec<String>,
}

/// A journal another chairtime writes: the chair may follow it read-only or start another one.
#[derive(Debug)]
pub struct LockedOffer {
    /// Its file.
    pub path: PathBuf,
    /// What it held when it was read.
    pub replayed: Replayed,
    /// The session as the schedule file has it (for another journal).
    pub file_session: Session,
    /// Who holds it, in a sentence.
    pub why: String,
}

/// The schedule file a session came from, watched so that a republished schedule can be taken.
#[derive(Debug, Clone)]
pub struct ScheduleFile {
    /// The file.
    pub path: PathBuf,
    /// The choices it was loaded with (session, zone, date).
    pub overrides: crate::schedule::load::Overrides,
    /// Its modification time when last read.
    pub modified: Option<std::time::SystemTime>,
}

/// A changed schedule file, waiting for the chair to take its changes.
#[derive(Debug, Clone)]
pub struct ReloadOffer {
    /// The new plan.
    pub session: Session,
    /// What it changes, one sentence each.
    pub changes: Vec<String>,
}

/// How often the schedule file and a followed journal are looked at.
const POLL_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// A file dialog running on its own thread, so the timers keep running while it is open.
#[derive(Debug)]
pub struct DialogTask {
    /// Open a schedule, or export in a format.
    pub purpose: DialogPurpose,
    rx: mpsc::Receiver<Option<PathBuf>>,
    started: Instant,
}

/// What a file dialog or path prompt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Open a schedule.
    Open,
    /// Export the actual timings.
    Export(Format),
    /// Choose where the journal goes.
    Journal,
}

/// A typed path, when there is no file dialog (no portal, as under a bare X server).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathPrompt {
    /// What for.
    pub purpose: DialogPurpose,
    /// The path typed so far.
    pub text: String,
    /// Why the dialog is not used.
    pub why: String,
}

/// The sessions of a whole-conference file, for the chair to pick one.
#[derive(Debug, Clone)]
pub struct Picker {
    /// The file.
    pub path: PathBuf,
    /// Its sessions.
    pub candidates: Vec<crate::schedule::import::Candidate>,
    /// What the chair typed to narrow the list (room, day, talk title, speaker).
    pub filter: String,
    /// The highlighted row among the matching ones (Enter opens it).
    pub highlight: usize,
    /// The filter field has been given the keyboard once (when the picker opened).
    pub focused: bool,
}

impl Picker {
    /// A picker over `candidates`, unfiltered.
    pub fn new(path: PathBuf, candidates: Vec<crate::schedule::import::Candidate>) -> Self {
        Self { path, candidates, filter: String::new(), highlight: 0, focused: false }
    }

    /// The candidates the filter lets through, in order (indices into `candidates`).
    pub fn matching(&self) -> Vec<usize> {
        (0..self.candidates.len()).filter(|&i| picker_matches(&self.candidates[i], &self.filter)).collect()
    }
}

/// Whether a session matches what the chair typed: every word of it, in any case, is found in
/// the session's day (`Sat`, `Saturday`, `2026-02-07`, `7 Feb`), times, room, tracks, or its
/// talks' titles and speakers.
pub fn picker_matches(c: &crate::schedule::import::Candidate, filter: &str) -> bool {
    let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return true;
    }
    let mut hay = c.line();
    hay.push('\n');
    hay.push_str(&c.day.format("%A %-d %B %Y %d.%m.%Y %-d/%-m").to_string());
    for t in &c.talks {
        hay.push('\n');
        hay.push_str(t);
    }
    let hay = hay.to_lowercase();
    words.iter().all(|w| hay.contains(w.as_str()))
}

/// Where the app keeps journals and how it was started.
#[derive(Debug, Clone)]
pub struct Startup {
    /// The session to run.
    pub session: Session,
    /// The schedule file, as named.
    pub source: String,
    /// The folder for journals.
    pub journal_dir: PathBuf,
    /// `--journal PATH`.
    pub journal: Option<PathBuf>,
    /// The schedule file on disk, to reload (none for the bundled session).
    pub schedule: Option<ScheduleFile>,
}

/// UI-only state: nothing here is part of the session's record.
#[derive(Debug, Default)]
pub struct UiState {
    /// Selected rundown row (plan index).
    pub selected: Option<usize>,
    /// A recording mark being corrected: the recording (from 1), its start (or stop), the text.
    pub record_edit: Option<(usize, bool, String)>,
    /// The message being written.
    pub draft: String,
    /// Move keyboard focus to the message field on the next frame.
    pub focus_message: bool,
    /// The shortcut overlay.
    pub help: bool,
    /// The export window.
    pub export: bool,
    /// The settings window.
    pub settings: bool,
    /// Notices at the top.
    pub notices: Vec<Notice>,
    /// A resume offer waiting for the chair.
    pub resume: Option<ResumeOffer>,
    /// A journal another chairtime writes, waiting for the chair's choice.
    pub locked: Option<LockedOffer>,
    /// A followed journal (read-only) and its length when last read.
    pub following: Option<(PathBuf, u64)>,
    /// A changed schedule file's plan, waiting for the chair.
    pub reload: Option<ReloadOffer>,
    /// A running file dialog.
    pub dialog: Option<DialogTask>,
    /// A path typed instead of a dialog.
    pub prompt: Option<PathPrompt>,
    /// A whole-conference file waiting for the chair to pick a session.
    pub picker: Option<Picker>,
    /// Whether the projector window is open.
    pub projector_open: bool,
    /// Whether it is full screen.
    pub projector_fullscreen: bool,
    /// The sound-unavailable notice was shown.
    pub sound_notice_shown: bool,
    /// The projector window has been opened at its saved place.
    pub projector_placed: bool,
    /// The Share window.
    pub share_window: bool,
    /// The remote's QR code is shown (hidden by default: it is for the chair's phone only).
    pub show_remote_code: bool,
    /// A file that could not be opened, waiting for the chair's choice.
    pub failed: Option<Failed>,
    /// Nothing is recorded until the chair chooses what to run.
    pub waiting: bool,
    /// A schedule a later launch asked to open while a session runs, waiting for the chair.
    pub open_request: Option<PathBuf>,
    /// The chair closed the window while the session runs: quit, or keep running?
    pub quit_question: bool,
    /// Where the timer box was drawn last: panels open beside it, never over it.
    pub timer_box: Option<egui::Rect>,
    /// The chair opened the projector window (P) after being told it would cover the chair
    /// window: it opens even where there is no room beside it.
    pub projector_forced: bool,
}

/// The chair's app.
pub struct ChairApp {
    pub(super) clock: Box<dyn Clock>,
    pub(super) run: Recorder,
    pub(super) settings: Settings,
    pub(super) audio: Box<dyn CuePlayer>,
    pub(super) ui: UiState,
    pub(super) journal_dir: PathBuf,
    pub(super) pending: Vec<UiCommand>,
    pub(super) engine_pending: Vec<Command>,
    /// Whether native file dialogs may be tried (false in tests and without a session bus).
    pub(super) native_dialogs: bool,
    /// With `CHAIRTIME_REPORT_FIRST_FRAME` set: when the process started, to print the time to
    /// the first drawn frame (docs/PERFORMANCE.md).
    pub report_first_frame: Option<Instant>,
    /// The delay of the last scheduled repaint (the next change of a displayed second).
    pub next_repaint: Option<std::time::Duration>,
    /// The schedule file, watched for changes.
    pub(super) schedule_file: Option<ScheduleFile>,
    /// When the files were last looked at.
    pub(super) last_poll: Option<Instant>,
    /// The screens, as last listed.
    pub(super) screens: Screens,
    /// The schedule file the session on offer or running came from, as the chair named it.
    pub(super) file_source: String,
    /// The speaker link and the remote, while the chair shares.
    pub(super) share: Option<crate::share::Share>,
    /// The port to share on (`--port`).
    pub share_port: Option<u16>,
    /// Where the share's links are kept for a restart: the user's runtime folder, set by the
    /// launch (none in tests unless they choose a folder, none without a runtime folder).
    pub(super) link_store: Option<crate::share::LinkStore>,
    /// The journal whose links are kept, and what was kept for it.
    pub(super) links_kept: Option<(PathBuf, crate::share::SavedShare)>,
    /// Links kept from before a restart, to share again with at the next frame.
    pub(super) share_again: Option<crate::share::SavedShare>,
    /// Set when the system asked chairtime to stop (SIGTERM…): the window then closes without
    /// asking, as a logout must not wait for an answer.
    pub stop_signal: Option<Arc<std::sync::atomic::AtomicBool>>,
    /// The chair confirmed quitting while the session ran.
    quitting: bool,
    /// `--rehearse`: every fresh run starts as a rehearsal.
    pub rehearse: bool,
    /// Not recording yet: the chair has still to choose what to run (with `--journal`'s path).
    pub(super) waiting: Option<Option<PathBuf>>,
    /// What the projector's own window shows (while it is open as a window of its own).
    pub(super) projector_feed: Option<Arc<Mutex<projector::Feed>>>,
    /// Later launches of chairtime (a schedule opened from the file manager), handed to this
    /// window (docs/packaging.md).
    pub(super) launches: Option<mpsc::Receiver<Incoming>>,
    /// A notice about the example session shown behind the chair's choice, said if it is run.
    pub(super) example_notice: Option<String>,
    /// The chair window's place when last looked at, and since when (the projector is placed
    /// once it stays put).
    chair_rect_seen: Option<(egui::Rect, Instant)>,
    /// Where the projector window was placed when it opened (outer position, inner size).
    projector_place: Option<([f32; 2], [f32; 2])>,
    /// When this window was made.
    started_at: Instant,
}

/// A schedule that could not be opened, shown to the chair with its error.
#[derive(Debug, Clone)]
pub struct Failed {
    /// The file.
    pub path: PathBuf,
    /// What is wrong, positioned (file:line:column).
    pub error: String,
}

/// The screens the system lists, and where the projector view is.
#[derive(Debug, Default)]
pub struct Screens {
    /// The monitors, in the system's order.
    pub list: Vec<Monitor>,
    /// The one the chair window is on.
    pub chair: Option<usize>,
    /// When they were last listed (`None`: never).
    pub looked: Option<Instant>,
    /// The monitor the projector view was put on, full screen.
    pub applied: Option<usize>,
    /// A screen just connected, offered for the projector view.
    pub offer: Option<Monitor>,
}

impl std::fmt::Debug for ChairApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChairApp").field("run", &self.run).field("ui", &self.ui).finish_non_exhaustive()
    }
}

impl ChairApp {
    /// A new app on `startup`: offers to resume an unfinished journal of the same session, or
    /// starts a fresh journal.
    pub fn new(
        startup: Startup,
        settings: Settings,
        clock: Box<dyn Clock>,
        audio: Box<dyn CuePlayer>,
    ) -> Self {
        let mut app = Self::waiting(startup, settings, clock, audio);
        app.begin_waiting();
        app
    }

    /// A new app that shows `startup`'s session but records nothing until the chair chooses what
    /// to run (a file that could not be opened, a whole-conference file's picker):
    /// [`Self::begin_waiting`] starts it.
    pub fn waiting(
        startup: Startup,
        settings: Settings,
        clock: Box<dyn Clock>,
        audio: Box<dyn CuePlayer>,
    ) -> Self {
        let Startup { session, source, journal_dir, journal: journal_path, schedule } = startup;
        let now = clock.now();
        let run = Recorder::unrecorded(session.clone(), Some(source.clone()), now);
        let mut app = Self {
            clock,
            run,
            ui: UiState {
                projector_open: settings.projector_open,
                projector_fullscreen: settings.projector_fullscreen,
                ..UiState::default()
            },
            settings,
            audio,
            journal_dir,
            pending: Vec::new(),
            engine_pending: Vec::new(),
            native_dialogs: std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
            report_first_frame: None,
            next_repaint: None,
            schedule_file: schedule,
            last_poll: None,
            screens: Screens::default(),
            file_source: source.clone(),
            share: None,
            share_port: None,
            link_store: None,
            links_kept: None,
            share_again: None,
            stop_signal: None,
            quitting: false,
            rehearse: false,
            waiting: Some(journal_path),
            projector_feed: None,
            launches: None,
            example_notice: None,
            chair_rect_seen: None,
            projector_place: None,
            started_at: Instant::now(),
        };
        app.ui.waiting = true;
        app
    }

    /// Starts the session shown while waiting (resume offer or a fresh journal), if still waiting.
    pub fn begin_waiting(&mut self) {
        if let Some(journal) = self.waiting.take() {
            let session = self.run.engine().session().clone();
            let source = self.file_source.clone();
            self.begin(&session, &source, journal.as_deref());
        }
    }

    /// Tells the chair that `path` could not be opened, with the error, and offers another file,
    /// the same file again (once mended) or the bundled session. Nothing is recorded meanwhile.
    pub fn cannot_open(&mut self, path: &Path, error: impl Into<String>) {
        self.ui.failed = Some(Failed { path: path.to_owned(), error: error.into() });
    }

    /// Opens the file that failed again (the chair mended it); if it still fails, says why.
    pub fn retry_failed(&mut self) {
        let Some(failed) = self.ui.failed.take() else { return };
        let overrides = self.settings.overrides();
        let fails = match std::fs::read(&failed.path) {
            Err(e) => Some(format!("{}: {e}", failed.path.display())),
            Ok(bytes) => match load_path(&failed.path, &overrides) {
                Ok(_) => None,
                // A whole-conference file opens with its picker.
                Err(_)
                    if crate::schedule::load::inspect(
                        &failed.path.display().to_string(),
                        &bytes,
                        &overrides,
                    )
                    .ok()
                    .flatten()
                    .is_some_and(|i| i.candidates().len() > 1) =>
                {
                    None
                }
                Err(e) => Some(e.to_string()),
            },
        };
        match fails {
            Some(error) => self.ui.failed = Some(Failed { error, ..failed }),
            None => self.open_file(&failed.path),
        }
    }

    /// Runs the bundled session shown behind the question.
    pub fn use_shown_session(&mut self) {
        self.ui.failed = None;
        self.ui.picker = None;
        let notice = self.example_notice.take();
        self.begin_waiting();
        if let Some(n) = notice {
            self.sticky(n);
        }
    }

    /// Keeps `notice` (about the example session shown behind a question: its date) for when the
    /// chair chooses to run it; until then nothing is said about a session nobody chose.
    pub fn notice_if_example_runs(&mut self, notice: String) {
        self.example_notice = Some(notice);
    }

    /// Looks for an unfinished journal of `session`; without one, starts recording afresh. A
    /// restart after a crash never silently starts afresh: a journal of this session, even of a
    /// plan changed since, is offered (docs/journal-format.md, "Resuming").
    fn begin(&mut self, session: &Session, source: &str, journal: Option<&Path>) {
        self.waiting = None;
        self.ui.waiting = false;
        self.ui.failed = None;
        self.example_notice = None;
        let now = self.clock.now();
        self.file_source = source.to_owned();
        self.ui.resume = None;
        self.ui.locked = None;
        self.ui.following = None;
        self.ui.reload = None;
        let found = match journal {
            Some(p) if p.exists() => match journal::replay_path(p) {
                Ok(r)
                    if r.header.session == crate::schedule::json::SessionDoc::new(session)
                        || journal::is_resumable(&r, session, Some(source), now) =>
                {
                    Some((p.to_owned(), r))
                }
                Ok(_) => {
                    self.notice(
                        format!(
                            "{} records another session; a new journal is started beside it.",
                            p.display()
                        ),
                        true,
                    );
                    None
                }
                Err(e) => {
                    self.notice(format!("{e}; a new journal is started beside it."), true);
                    None
                }
            },
            Some(_) => None,
            None => find_resumable(&self.journal_dir, session, Some(source), now),
        };
        self.run = Recorder::unrecorded(session.clone(), Some(source.to_owned()), self.clock.now());
        match found {
            Some((path, replayed)) => {
                // Until the chair decides, both windows show where the old run is now.
                self.run = Recorder::preview(&replayed);
                self.run.engine_mut().settle(self.clock.now());
                let changes = replayed.engine.replan_changes(session);
                self.ui.resume = Some(ResumeOffer { path, replayed, file_session: session.clone(), changes });
            }
            None => self.start_fresh(journal),
        }
    }

    /// Starts a new journal (at `wanted`, or in the journal folder) of the schedule file's session.
    pub fn start_fresh(&mut self, wanted: Option<&Path>) {
        let offered = self.ui.resume.take().map(|o| o.file_session);
        let locked = self.ui.locked.take().map(|o| o.file_session);
        self.ui.following = None;
        let now = self.clock.now();
        let session = offered.or(locked).unwrap_or_else(|| self.run.engine().session().clone());
        let source = Some(self.file_source.clone());
        self.run = Recorder::unrecorded(session.clone(), source, now);
        let name = journal::file_name(&session, now);
        let path = match wanted {
            Some(p) if !p.exists() => p.to_owned(),
            Some(p) => unused(&p.with_file_name(name)),
            None => unused(&self.journal_dir.join(name)),
        };
        let source = self.run.source().map(str::to_owned);
        match Recorder::create(&path, session.clone(), source.clone(), now) {
            Ok(r) => self.run = r,
            Err(e) => {
                self.run = Recorder::unrecorded(session, source, now);
                self.notice(
                    format!("Cannot write the journal at {}: {e}. Choose another folder.", path.display()),
                    true,
                );
            }
        }
        if self.rehearse {
            self.apply(&Command::Rehearse);
        }
    }

    /// Resumes the offered journal with its own plan: the timers continue as if chairtime had
    /// never stopped. The file's changes, if any, stay on offer (Ctrl+R takes them).
    pub fn resume(&mut self) {
        self.resume_with(false);
    }

    /// Resumes the offered journal, and with `take_changes` takes the schedule file's plan for
    /// the items not yet run (recorded as a re-plan).
    pub fn resume_with(&mut self, take_changes: bool) {
        let Some(offer) = self.ui.resume.take() else { return };
        let ResumeOffer { path, mut replayed, file_session, changes } = offer;
        let now = self.clock.now();
        let mut attempt = Recorder::resume(&path, replayed.clone(), now);
        if let Err(e) = &attempt
            && !journal::is_locked(e)
            && let Ok(fresh) = journal::replay_path(&path)
        {
            // It changed since it was read (or cannot be appended to): read it again, once.
            replayed = fresh;
            attempt = Recorder::resume(&path, replayed.clone(), now);
        }
        match attempt {
            Ok(mut r) => {
                r.engine_mut().settle(now);
                self.run = r;
                self.notice(format!("Resumed from {}", path.display()), false);
                self.share_again_from(&path);
            }
            Err(e) if journal::is_locked(&e) => {
                let who = journal::holder(&path).map_or_else(String::new, |h| format!(" ({h})"));
                let file = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let why = format!("Another chairtime{who} is recording this session, in {file}.");
                self.ui.locked = Some(LockedOffer { path, replayed, file_session, why });
                return;
            }
            Err(e) => {
                // The run goes on in a new journal holding everything the old one recorded.
                let mut r = Recorder::preview(&replayed);
                let name = journal::file_name(r.engine().session(), now);
                let target = unused(&path.with_file_name(name));
                match r.record_to(&target) {
                    Ok(()) => {
                        r.engine_mut().settle(now);
                        self.run = r;
                        self.share_again_from(&path);
                        self.notice(
                            format!(
                                "{} could not be continued ({e}); the run goes on in {}, with everything recorded so far.",
                                path.display(),
                                target.display()
                            ),
                            true,
                        );
                    }
                    Err(e2) => {
                        self.notice(
                            format!(
                                "Could not continue {} ({e}) or start a new journal {} ({e2}). Choose Start fresh, or free some disk space and try again.",
                                path.display(),
                                target.display()
                            ),
                            true,
                        );
                        self.ui.resume = Some(ResumeOffer { path, replayed, file_session, changes });
                        return;
                    }
                }
            }
        }
        if take_changes {
            self.take_reload(&file_session);
        } else if !changes.is_empty() {
            self.ui.reload = Some(ReloadOffer { session: file_session, changes });
        }
    }

    /// Follows a journal another chairtime writes, read-only: the windows show its session and
    /// catch up whenever it grows.
    pub fn follow_read_only(&mut self) {
        let Some(offer) = self.ui.locked.take() else { return };
        let now = self.clock.now();
        self.run = Recorder::read_only(&offer.replayed);
        self.run.engine_mut().settle(now);
        self.ui.following = Some((offer.path.clone(), offer.replayed.file_len));
        self.sticky(format!(
            "Read-only: {} Nothing done in this window is recorded; it follows the other one.",
            offer.why
        ));
    }

    /// Reads the schedule file again and takes its plan for the items not yet run.
    pub fn reload_schedule(&mut self) {
        if let Some(offer) = self.ui.reload.take() {
            self.take_reload(&offer.session);
            return;
        }
        let Some(file) = self.schedule_file.clone() else {
            self.notice("This session was not opened from a file, so there is nothing to reload.", false);
            return;
        };
        match load_path(&file.path, &file.overrides) {
            Ok(n) => {
                if let Some(f) = &mut self.schedule_file {
                    f.modified = modified(&f.path);
                }
                // take_reload works out the changes (and says when there are none).
                self.take_reload(&n.session);
            }
            Err(e) => self.notice(format!("Cannot reload the schedule: {e}"), true),
        }
    }

    /// Takes `session` as the plan, saying what it changed (worked out now: the session may have
    /// moved on since an offer was made).
    fn take_reload(&mut self, session: &Session) {
        let changes = self.run.engine().replan_changes(session);
        if changes.is_empty() {
            self.ui.reload = None;
            self.notice("The schedule file has no changes for this session.", false);
            return;
        }
        let command = Command::Replan {
            session: Box::new(crate::schedule::json::SessionDoc::new(session)),
            source: self.schedule_file.as_ref().map(|f| f.path.display().to_string()),
        };
        let now = self.clock.now();
        match self.run.apply(&command, now) {
            Ok(_) => {
                self.ui.reload = None;
                // Rows are numbered anew: a selection would point at another talk.
                self.ui.selected = None;
                self.notice(format!("Schedule reloaded: {}.", changes.join("; ")), false);
            }
            Err(RecordError::Refused(r)) => {
                self.notice(format!("The schedule file's changes were not taken: {r}"), true);
            }
            Err(e @ RecordError::NotRecorded(_)) => {
                self.ui.reload = None;
                self.notice(format!("{e}. Choose another folder for the journal."), true);
            }
        }
    }

    /// Lists the screens through the window system, at most every [`POLL_EVERY`] (nothing
    /// without a native window, as in tests).
    pub fn look_at_screens(&mut self, frame: &eframe::Frame) {
        if self.screens.looked.is_some_and(|t| t.elapsed() < POLL_EVERY) {
            return;
        }
        let Some(window) = frame.winit_window() else { return };
        let list: Vec<Monitor> = window
            .available_monitors()
            .map(|h| {
                let (size, at) = (h.size(), h.position());
                Monitor {
                    name: h.name().unwrap_or_default(),
                    width: size.width,
                    height: size.height,
                    x: at.x,
                    y: at.y,
                }
            })
            .collect();
        let chair = window.current_monitor().and_then(|c| {
            let (at, name) = (c.position(), c.name().unwrap_or_default());
            list.iter().position(|m| m.x == at.x && m.y == at.y && m.name == name)
        });
        self.set_screens(list, chair);
    }

    /// Takes a new list of screens: the first time, says once when there is only one; later,
    /// offers a screen that was plugged in and brings the view back as a window when its screen
    /// is unplugged.
    pub fn set_screens(&mut self, list: Vec<Monitor>, chair: Option<usize>) {
        let first = self.screens.looked.is_none();
        self.screens.looked = Some(Instant::now());
        let shown_on = self.screens.applied.and_then(|i| self.screens.list.get(i)).map(SavedMonitor::from);
        if first {
            if list.len() == 1 && self.ui.projector_open {
                let or_share = if self.share.is_some() {
                    ""
                } else {
                    " Or press Share… (L) to show the timer on a tablet or the speaker's laptop."
                };
                self.sticky(format!(
                    "One screen found: the projector view is a window beside this one. Connect the projector and chairtime offers to put the view there; if it is connected and shows this same picture (mirrored), switch your display settings to extend the desktop (Super+P on many laptops).{or_share}"
                ));
            }
        } else {
            match monitors::plugged(&self.screens.list, &list, shown_on.as_ref()) {
                Some(Plugged::Added(m)) if list.len() >= 2 && Some(&m) != chair.and_then(|c| list.get(c)) => {
                    self.screens.offer = Some(m);
                }
                Some(Plugged::Removed(m)) => {
                    self.screens.applied = None;
                    self.ui.projector_fullscreen = false;
                    self.notice(
                        format!(
                            "{} was disconnected: the projector view is a window again. The session goes on.",
                            m.label()
                        ),
                        true,
                    );
                }
                _ => {}
            }
        }
        if list.len() < 2 {
            self.screens.offer = None;
        }
        self.screens.list = list;
        self.screens.chair = chair;
    }

    /// Where the projector view goes now.
    pub fn projector_target(&self) -> Target {
        if self.settings.projector_in_window {
            return Target::Window;
        }
        monitors::choose(&self.screens.list, self.screens.chair, self.settings.projector_screen.as_ref())
    }

    /// Puts the projector view full screen on `monitor` (remembered by name and size), or, with
    /// `None`, makes it a window.
    pub fn put_projector_on(&mut self, monitor: Option<&Monitor>) {
        self.screens.offer = None;
        self.settings.projector_in_window = monitor.is_none();
        self.settings.projector_screen = monitor.map(SavedMonitor::from);
        self.ui.projector_open = true;
        self.settings.projector_open = true;
    }

    /// Makes the next frame look at the schedule file and a followed journal at once, instead of
    /// up to [`POLL_EVERY`] later.
    pub fn look_at_files_now(&mut self) {
        self.last_poll = None;
    }

    /// Looks at the schedule file (changed? offer its plan) and a followed journal (grown? read
    /// it again), at most every [`POLL_EVERY`]. Returns whether something changed on screen.
    pub fn poll_files(&mut self) -> bool {
        if self.last_poll.is_some_and(|t| t.elapsed() < POLL_EVERY) {
            return false;
        }
        let mut changed = false;
        self.last_poll = Some(Instant::now());
        if let Some((path, len)) = self.ui.following.clone()
            && let Ok(m) = std::fs::metadata(&path)
            && m.len() != len
            && let Ok(r) = journal::replay_path(&path)
        {
            self.run = Recorder::read_only(&r);
            self.run.engine_mut().settle(self.clock.now());
            self.ui.following = Some((path, r.file_len));
            self.ui.selected = None;
            changed = true;
        }
        if self.ui.resume.is_some() || self.ui.locked.is_some() {
            return changed;
        }
        let Some(file) = self.schedule_file.clone() else { return changed };
        let now_modified = modified(&file.path);
        if now_modified.is_none() || now_modified == file.modified {
            return changed;
        }
        if let Some(f) = &mut self.schedule_file {
            f.modified = now_modified;
        }
        // A file caught half-written fails to load; the next change is looked at again.
        if let Ok(n) = load_path(&file.path, &file.overrides) {
            let changes = self.run.engine().replan_changes(&n.session);
            changed = true;
            self.ui.reload = (!changes.is_empty()).then_some(ReloadOffer { session: n.session, changes });
        }
        changed
    }

    /// Whether to try native file dialogs (tests and machines without a desktop portal: no).
    pub fn set_native_dialogs(&mut self, on: bool) {
        self.native_dialogs = on;
    }

    /// The recorder (engine + journal).
    pub fn recorder(&self) -> &Recorder {
        &self.run
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// UI state (for tests and the views).
    pub fn ui_state(&self) -> &UiState {
        &self.ui
    }

    /// Now, from the app's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Adds a notice; serious ones stay until dismissed.
    pub fn notice(&mut self, text: impl Into<String>, serious: bool) {
        let until = (!serious).then(|| Instant::now() + std::time::Duration::from_secs(NOTICE_SECONDS));
        self.ui.notices.push(Notice { text: text.into(), serious, until });
    }

    /// Adds an informative notice that stays until dismissed.
    pub fn sticky(&mut self, text: impl Into<String>) {
        self.ui.notices.push(Notice { text: text.into(), serious: false, until: None });
    }

    /// Queues a command (from a button or a key).
    pub fn push(&mut self, c: UiCommand) {
        self.pending.push(c);
    }

    /// Queues an engine command directly (rundown buttons, message presets).
    pub fn push_engine(&mut self, c: Command) {
        self.engine_pending.push(c);
    }

    /// Applies an engine command through the journal, telling the chair what went wrong.
    pub fn apply(&mut self, c: &Command) {
        let now = self.clock.now();
        let item = self.run.engine().current();
        let applied = self.run.apply(c, now);
        if applied.is_ok() {
            self.clear_message_at_item_change(item, None);
        }
        match applied {
            Ok(_) if *c == Command::Rehearse => {
                // "It runs today at its own times; Rehearse runs it from Start" no longer holds.
                self.ui.notices.retain(|n| !n.text.starts_with(super::OFF_DAY_NOTICE));
            }
            Ok(_) => {}
            Err(RecordError::Refused(r)) => {
                // One line per kind of refusal: a key held down must not stack a column of them.
                let word = format!("{}: ", chair::command_word(c));
                self.ui.notices.retain(|n| !n.text.starts_with(&word));
                self.notice(format!("{word}{r}"), false);
            }
            Err(e @ RecordError::NotRecorded(_)) => {
                self.notice(format!("{e}. Choose another folder for the journal."), true);
            }
        }
    }

    /// A message to the speaker is meant for the one who was on: when a command from the window
    /// or the remote (`origin`) began another item (`item` was running before it), the message
    /// comes off the projector, journaled as that source's, and the chair is told once, unless
    /// Settings keep messages across talks.
    pub fn clear_message_at_item_change(&mut self, item: Option<usize>, origin: Option<Origin>) {
        let engine = self.run.engine();
        if self.settings.keep_messages || engine.current() == item || engine.message().is_none() {
            return;
        }
        let text = engine.message().unwrap_or_default().to_owned();
        if self.run.apply_from(&Command::HideMessage, self.clock.now(), origin).is_ok() {
            self.ui.notices.retain(|n| !n.text.starts_with(MESSAGE_CLEARED));
            self.notice(
                format!(
                    "{MESSAGE_CLEARED} \u{201c}{text}\u{201d}: it was for the speaker before. Settings can keep messages on screen across talks."
                ),
                false,
            );
        }
    }

    /// Whether a session runs: started, not finished (closing now would darken the projector
    /// mid-talk).
    pub fn session_runs(&self) -> bool {
        let e = self.run.engine();
        !self.ui.waiting && e.started().is_some() && e.finished().is_none()
    }

    /// The chair window's close (its button, Alt+F4, the window manager) while a session runs is
    /// held until the chair confirms: the journal makes quitting safe, but a dark projector mid-talk
    /// is not. A request from the system to stop (SIGTERM, a logout) closes at once.
    fn hold_close(&mut self, ctx: &Context) {
        if self.quitting || !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        let signalled =
            self.stop_signal.as_ref().is_some_and(|s| s.load(std::sync::atomic::Ordering::Relaxed));
        if signalled || !self.session_runs() {
            return;
        }
        ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        self.ui.quit_question = true;
    }

    /// The chair's answer to the quit question: quit (the window closes, the projector goes dark,
    /// the journal keeps everything) or keep running.
    pub fn answer_quit(&mut self, ctx: &Context, quit: bool) {
        self.ui.quit_question = false;
        if quit {
            self.quitting = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }

    /// Whether the chair confirmed quitting while the session ran.
    pub fn is_quitting(&self) -> bool {
        self.quitting
    }

    /// Reads shortcut keys (not while a text field has focus, not while a dialog is up).
    pub fn read_shortcuts(&mut self, ctx: &Context) {
        if self.ui.quit_question {
            // Q quits; Esc and Enter keep the session running (the safe answer is the default).
            let (q, keep) = ctx.input(|i| {
                (
                    i.key_pressed(egui::Key::Q),
                    i.key_pressed(egui::Key::Escape) || i.key_pressed(egui::Key::Enter),
                )
            });
            if q {
                self.answer_quit(ctx, true);
            } else if keep {
                self.answer_quit(ctx, false);
            }
            return;
        }
        if self.ui.resume.is_some() {
            // The resume question answers to the keyboard too: Enter resumes, Shift+Enter starts fresh.
            let (enter, shift) = ctx.input(|i| (i.key_pressed(egui::Key::Enter), i.modifiers.shift));
            match (enter, shift) {
                (true, false) => self.resume(),
                (true, true) => self.start_fresh(None),
                _ => {}
            }
            return;
        }
        if ctx.text_edit_focused() {
            return;
        }
        // Esc closes the panels the chair opened over the window.
        let panels = self.ui.help || self.ui.export || self.ui.settings || self.ui.share_window;
        if panels && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.ui.help = false;
            self.ui.export = false;
            self.ui.settings = false;
            self.ui.share_window = false;
        }
        self.take_presses(projector::key_presses(ctx));
    }

    /// Turns key presses (from the chair window or the projector window: the same table) into
    /// commands, unless a question waits for an answer.
    fn take_presses(&mut self, presses: Vec<(egui::Key, egui::Modifiers)>) {
        if self.ui.resume.is_some()
            || self.ui.quit_question
            || self.ui.prompt.is_some()
            || self.ui.picker.is_some()
            || self.ui.failed.is_some()
            || self.ui.locked.is_some()
        {
            return;
        }
        for (key, modifiers) in presses {
            if let Some(c) =
                UiCommand::ALL.into_iter().find(|c| c.shortcuts().iter().any(|s| matches(s, key, modifiers)))
            {
                self.pending.push(c);
            }
        }
    }

    /// Runs the queued commands (after the frame was drawn).
    pub fn run_pending(&mut self, ctx: &Context) {
        if !self.pending.is_empty() || !self.engine_pending.is_empty() {
            // One more frame right after an action, so its effect and its cues show at once.
            ctx.request_repaint();
        }
        for c in std::mem::take(&mut self.engine_pending) {
            self.apply(&c);
        }
        for c in std::mem::take(&mut self.pending) {
            self.run_command(ctx, c);
        }
    }

    fn selected_status(&self) -> Option<(usize, ItemStatus)> {
        let item = self.ui.selected?;
        self.run.engine().runs().get(item).map(|r| (item, r.status))
    }

    fn run_command(&mut self, ctx: &Context, c: UiCommand) {
        let now = self.clock.now();
        let engine = self.run.engine();
        let command = match c {
            UiCommand::StartPause => Some(super::remote::toggle(engine)),
            UiCommand::Next => Some(Command::Next),
            UiCommand::Back => Some(Command::Back),
            UiCommand::ExtendMinute => Some(Command::Extend { seconds: 60 }),
            UiCommand::TrimMinute => Some(Command::Trim { seconds: 60 }),
            UiCommand::SkipCurrent => engine.current().map(|item| Command::Skip { item }),
            UiCommand::StartedEarlier | UiCommand::StartedLater => {
                let phase_start =
                    engine.current().and_then(|i| engine.runs()[i].phases.last()).map(|p| p.start);
                phase_start.map(|start| {
                    let ago = (now - start).num_seconds();
                    let seconds = if c == UiCommand::StartedEarlier { ago + 10 } else { (ago - 10).max(0) };
                    Command::Correct { seconds }
                })
            }
            UiCommand::CatchUp => {
                let view = engine.view(now);
                if view.catch_up.trims.is_empty() {
                    let why = match view.unrecovered_text() {
                        Some(left) => {
                            format!("No catch-up plan: no talk still to come can be shortened; {left}.")
                        }
                        None => "On plan: there is nothing to catch up.".to_owned(),
                    };
                    self.notice(why, false);
                    None
                } else {
                    Some(Command::CatchUp { trims: view.catch_up.trims })
                }
            }
            UiCommand::Finish => Some(Command::Finish),
            UiCommand::Rehearse => Some(Command::Rehearse),
            UiCommand::Record => {
                let on = engine.recordings().last().is_none_or(|r| r.stop.is_some());
                Some(Command::Record { on, at: None })
            }
            UiCommand::SelectUp | UiCommand::SelectDown => {
                let order = engine.order();
                let pos = self.ui.selected.and_then(|s| engine.position_of(s));
                let cur = engine.current().and_then(|s| engine.position_of(s)).unwrap_or(0);
                let new = match (pos, c) {
                    (None, _) => cur,
                    (Some(p), UiCommand::SelectUp) => p.saturating_sub(1),
                    (Some(p), _) => (p + 1).min(order.len().saturating_sub(1)),
                };
                self.ui.selected = order.get(new).copied();
                None
            }
            UiCommand::GotoSelected => self.ui.selected.map(|item| Command::Goto { item }),
            UiCommand::ToggleSkipSelected => self.selected_status().map(|(item, status)| {
                if status == ItemStatus::Skipped { Command::Unskip { item } } else { Command::Skip { item } }
            }),
            UiCommand::MoveSelectedUp | UiCommand::MoveSelectedDown => self.ui.selected.and_then(|item| {
                let pos = engine.position_of(item)?;
                let to = if c == UiCommand::MoveSelectedUp { pos.checked_sub(1)? } else { pos + 1 };
                Some(Command::Move { item, to })
            }),
            UiCommand::LongerSelected | UiCommand::ShorterSelected => self.ui.selected.and_then(|item| {
                let len = engine.session().items.get(item)?.length() + engine.runs().get(item)?.adjust;
                let delta = if c == UiCommand::LongerSelected { 60 } else { -60 };
                Some(Command::SetLength { item, seconds: len.num_seconds() + delta })
            }),
            UiCommand::Message => {
                self.ui.focus_message = true;
                None
            }
            UiCommand::HideMessage => Some(Command::HideMessage),
            UiCommand::Blackout => Some(Command::Blackout { on: !engine.blackout() }),
            UiCommand::Projector => {
                self.ui.projector_open = !self.ui.projector_open;
                self.settings.projector_open = self.ui.projector_open;
                // Asked for by the chair: it opens even where it would cover this window.
                self.ui.projector_forced = self.ui.projector_open;
                None
            }
            UiCommand::ProjectorScreen => {
                let other = self.screens.offer.clone().or_else(|| {
                    let best = monitors::choose(&self.screens.list, self.screens.chair, None);
                    match best {
                        Target::Monitor(i) => self.screens.list.get(i).cloned(),
                        Target::Window => None,
                    }
                });
                match other {
                    Some(m) => self.put_projector_on(Some(&m)),
                    None => {
                        self.notice(
                            "Only one screen is connected: the projector view stays a window.",
                            false,
                        );
                    }
                }
                None
            }
            UiCommand::Fullscreen => {
                self.ui.projector_open = true;
                self.ui.projector_fullscreen = !self.ui.projector_fullscreen;
                self.settings.projector_fullscreen = self.ui.projector_fullscreen;
                ctx.send_viewport_cmd_to(
                    ViewportId::from_hash_of(PROJECTOR),
                    ViewportCommand::Fullscreen(self.ui.projector_fullscreen),
                );
                None
            }
            UiCommand::Reload => {
                self.reload_schedule();
                None
            }
            UiCommand::Share => {
                self.ui.share_window = !self.ui.share_window;
                None
            }
            UiCommand::Open => {
                self.open_dialog(DialogPurpose::Open);
                None
            }
            UiCommand::Export if self.ui.waiting => {
                self.notice(format!("{NO_SESSION}: there is nothing to export yet."), false);
                None
            }
            UiCommand::Export => {
                self.ui.export = !self.ui.export;
                None
            }
            UiCommand::Mute => {
                self.settings.muted = !self.settings.muted;
                None
            }
            UiCommand::Help => {
                self.ui.help = !self.ui.help;
                None
            }
        };
        if let Some(command) = command {
            self.apply(&command);
        }
    }

    /// Starts a native file dialog on its own thread, or asks for a typed path where there is none.
    pub fn open_dialog(&mut self, purpose: DialogPurpose) {
        if !self.native_dialogs {
            self.prompt(purpose, "The file picker cannot open on this computer: type the file's full path");
            return;
        }
        let (tx, rx) = mpsc::channel();
        let dir = self.journal_dir.clone();
        let session = self.run.engine().session();
        let stem = format!(
            "{}-{}",
            session.date,
            journal::file_name(session, self.clock.now()).trim_end_matches(".jsonl")
        );
        std::thread::spawn(move || {
            let d = rfd::FileDialog::new();
            let picked = match purpose {
                DialogPurpose::Open => {
                    d.add_filter("chairtime session", &["toml"]).add_filter("All files", &["*"]).pick_file()
                }
                DialogPurpose::Export(f) => d.set_file_name(format!("{stem}.{}", f.extension())).save_file(),
                DialogPurpose::Journal => d.set_directory(dir).pick_folder(),
            };
            let _ = tx.send(picked);
        });
        self.ui.dialog = Some(DialogTask { purpose, rx, started: Instant::now() });
    }

    fn prompt(&mut self, purpose: DialogPurpose, why: &str) {
        let text = match purpose {
            DialogPurpose::Export(f) => std::env::current_dir()
                .unwrap_or_default()
                .join(format!("chairtime-report.{}", f.extension()))
                .display()
                .to_string(),
            DialogPurpose::Journal => self.journal_dir.display().to_string(),
            DialogPurpose::Open => String::new(),
        };
        self.ui.prompt = Some(PathPrompt { purpose, text, why: why.to_owned() });
    }

    /// Collects a finished dialog; one that failed at once (no portal) becomes a typed path.
    pub fn poll_dialog(&mut self) {
        let Some(task) = &self.ui.dialog else { return };
        let Ok(result) = task.rx.try_recv() else { return };
        let (purpose, quick) = (task.purpose, task.started.elapsed() < std::time::Duration::from_millis(400));
        self.ui.dialog = None;
        match result {
            Some(path) => self.use_path(purpose, &path),
            None if quick => {
                self.native_dialogs = false;
                self.prompt(purpose, "The file dialog could not open here");
            }
            None => {}
        }
    }

    /// Acts on a chosen path.
    pub fn use_path(&mut self, purpose: DialogPurpose, path: &Path) {
        match purpose {
            DialogPurpose::Open => self.open_file(path),
            DialogPurpose::Export(f) => self.export_to(f, path),
            DialogPurpose::Journal => {
                let name = journal::file_name(self.run.engine().session(), self.clock.now());
                let target = unused(&path.join(name));
                let made = std::fs::create_dir_all(path).and_then(|()| self.run.record_to(&target));
                match made {
                    Ok(()) => {
                        self.journal_dir = path.to_owned();
                        self.ui.notices.retain(|n| !n.serious);
                        self.notice(format!("Recording to {}", target.display()), false);
                    }
                    Err(e) => self.notice(format!("Cannot write a journal in {}: {e}", path.display()), true),
                }
            }
        }
    }

    /// Opens another schedule (the current journal is kept as it is).
    pub fn open_file(&mut self, path: &Path) {
        // A whole-conference file: let the chair pick the session first.
        let name = path.display().to_string();
        let mut overrides = self.settings.overrides();
        overrides.fallback_zone = crate::schedule::zone::machine_zone();
        if let Ok(bytes) = std::fs::read(path)
            && let Ok(Some(imported)) = crate::schedule::load::inspect(&name, &bytes, &overrides)
        {
            let candidates = imported.candidates();
            if candidates.len() > 1 {
                self.ui.picker = Some(Picker::new(path.to_owned(), candidates));
                return;
            }
        }
        self.open_with(path, &overrides);
    }

    /// Opens `path` with these choices (the picker's, or the command line's).
    pub fn open_with(&mut self, path: &Path, overrides: &crate::schedule::load::Overrides) {
        self.ui.picker = None;
        let mut used = overrides.clone();
        let mut loaded = load_path(path, overrides);
        if loaded.is_ok() {
            // What was said about the previous session no longer applies.
            self.ui.notices.retain(|n| n.serious);
        }
        // A schedule for a day already past runs today, as a rehearsal (as at start-up).
        if let Ok(n) = &loaded
            && overrides.date.is_none()
        {
            let today = self.clock.now().with_timezone(&n.session.time_zone).date_naive();
            if let Some((date, notice)) = super::rehearsal_date(&n.session, today) {
                let mut shifted = overrides.clone();
                shifted.date = Some(date);
                loaded = load_path(path, &shifted);
                used = shifted;
                self.sticky(notice);
            }
        }
        match loaded {
            Ok(n) => {
                for w in n.warnings {
                    self.notice(w, false);
                }
                self.ui.selected = None;
                self.schedule_file =
                    Some(ScheduleFile { path: path.to_owned(), overrides: used, modified: modified(path) });
                self.begin(&n.session, &path.display().to_string(), None);
            }
            Err(e) => self.did_not_open(path, &e.to_string()),
        }
    }

    /// Whether the chair has done anything in the session shown (started it, or recorded a
    /// change before the start) and not finished it: a session another file must not replace
    /// without asking.
    fn running(&self) -> bool {
        let engine = self.run.engine();
        !self.ui.waiting
            && (engine.started().is_some() || self.run.has_entries())
            && engine.finished().is_none()
    }

    /// Whether the session shown is the bundled example (it was not opened from a file).
    pub fn is_example(&self) -> bool {
        self.schedule_file.is_none()
    }

    /// `path` could not be opened. A session the chair opened or used stays as it is, and the
    /// notice says so; the bundled example, shown only because nothing else was open, goes: the
    /// window says the file did not open and offers it again, and the projector shows no session.
    fn did_not_open(&mut self, path: &Path, error: &str) {
        let engine = self.run.engine();
        let touched = engine.started().is_some() || self.run.has_entries();
        if self.ui.waiting || (self.is_example() && !touched) {
            self.back_to_waiting();
            self.cannot_open(path, error);
            return;
        }
        let name =
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let title = &engine.session().title;
        let state = if engine.finished().is_some() {
            "finished"
        } else if engine.started().is_some() {
            "running"
        } else {
            "open"
        };
        let still = if self.is_example() {
            format!(
                "The bundled example session ({title}) is still {state}, unchanged; your schedule is not open."
            )
        } else {
            format!("{title} is still {state}, unchanged.")
        };
        self.notice(format!("{name} did not open. {still} What is wrong: {error}"), true);
    }

    /// Puts the example session away, recording nothing, until the chair chooses what to run
    /// (as at a start-up whose file could not be opened).
    fn back_to_waiting(&mut self) {
        if self.ui.waiting {
            return;
        }
        let now = self.clock.now();
        let session = self.run.engine().session().clone();
        self.run = Recorder::unrecorded(session, Some(self.file_source.clone()), now);
        // What was said about the example (its date) is said again if the chair runs it.
        if let Some(i) = self.ui.notices.iter().position(|n| n.text.starts_with(super::OFF_DAY_NOTICE)) {
            self.example_notice = Some(self.ui.notices.remove(i).text);
        }
        self.waiting = Some(None);
        self.ui.waiting = true;
        self.ui.selected = None;
        self.ui.resume = None;
        self.ui.locked = None;
        self.ui.reload = None;
    }

    /// What the speaker sees now: the session's speaker view, or, while no session is open (the
    /// chair is still choosing: a file that did not open, a conference's picker), the time of
    /// day under "No session open" — never the example session as if it were the chair's.
    pub fn speaker_now(&self) -> crate::timing::speaker::Speaker {
        let now = self.clock.now();
        let view = self.run.engine().view(now);
        let speaker = crate::timing::speaker::Speaker::from_view(self.run.engine(), &view);
        if !self.ui.waiting {
            return speaker;
        }
        crate::timing::speaker::Speaker {
            urgency: crate::timing::view::Urgency::NotStarted,
            word: crate::timing::view::Urgency::NotStarted.word(),
            changes: Vec::new(),
            big: None,
            big_then_clock: false,
            headline: NO_SESSION.to_owned(),
            title: String::new(),
            speakers: String::new(),
            slot: None,
            position: String::new(),
            break_in: None,
            session_ends: String::new(),
            next: String::new(),
            message: None,
            blackout: false,
            ..speaker
        }
    }

    /// Opens the picked session of the picker's file.
    pub fn pick(&mut self, index: usize) {
        let Some(picker) = self.ui.picker.take() else { return };
        let Some(c) = picker.candidates.get(index) else { return };
        let mut overrides = self.settings.overrides();
        overrides.fallback_zone = crate::schedule::zone::machine_zone();
        overrides.select = crate::schedule::import::Selector {
            day: Some(c.day.to_string()),
            room: Some(c.room.clone().unwrap_or_else(|| crate::schedule::import::NO_ROOM.to_owned())),
            track: None,
        };
        self.open_with(&picker.path, &overrides);
    }

    /// Exports the actual timings to `path`.
    pub fn export_to(&mut self, format: Format, path: &Path) {
        let report = Report::new(self.run.engine(), self.clock.now());
        let mut saved = Vec::new();
        for (suffix, text) in format.files(&report) {
            let target = crate::report::with_suffix(path, &suffix);
            match write_atomically(&target, text.as_bytes(), true) {
                Ok(()) => saved.push(target.display().to_string()),
                Err(e) => {
                    self.notice(format!("Export failed: {}: {e}", target.display()), true);
                    self.ui.export = false;
                    return;
                }
            }
        }
        let note = format.unmarked_note(&report).map(|n| format!(" ({n})")).unwrap_or_default();
        self.notice(format!("Saved {} to {}{note}", format.describe(), saved.join(", ")), false);
        self.ui.export = false;
    }

    /// Ticks the engine and plays the cues for what was crossed.
    pub fn tick(&mut self) {
        self.audio.maintain();
        let now = self.clock.now();
        let events = self.run.engine_mut().tick(now);
        if let Some(reason) = self.audio.unavailable()
            && !self.ui.sound_notice_shown
        {
            self.ui.sound_notice_shown = true;
            let text = format!("Sound is unavailable ({reason}); the visual cues work as usual.");
            self.notice(text, false);
        }
        if self.settings.muted {
            return;
        }
        for e in &events {
            if let Some(cue) = Cue::for_event(e, now, self.settings.minute_reminders) {
                self.audio.play(cue, self.settings.volume);
            }
        }
    }

    /// Listens to later launches of chairtime (see [`super::instance`]).
    pub fn listen_for_launches(&mut self, launches: mpsc::Receiver<Incoming>) {
        self.launches = Some(launches);
    }

    fn take_launches(&mut self, ctx: &Context) {
        let requests: Vec<_> = self.launches.as_ref().map(|rx| rx.try_iter().collect()).unwrap_or_default();
        for incoming in requests {
            self.launched_again(ctx, incoming.take());
        }
    }

    /// chairtime was started again while this window runs: come to the front, and open the file
    /// it was given — at once if no session is running, else once the chair says so.
    pub fn launched_again(&mut self, ctx: &Context, request: Request) {
        ctx.send_viewport_cmd(ViewportCommand::Minimized(false));
        ctx.send_viewport_cmd(ViewportCommand::Focus);
        ctx.send_viewport_cmd(ViewportCommand::RequestUserAttention(egui::UserAttentionType::Informational));
        // Anything recorded (before Start too: a reorder, a skip) and not finished: ask first.
        let running = self.running();
        match request.open {
            None => {
                self.notice("chairtime was started again: this is its window (one runs at a time).", false);
            }
            Some(path) if running => {
                if let Some(earlier) = self.ui.open_request.replace(path) {
                    self.notice(
                        format!(
                            "{} was opened as well; the newest file asked is the one offered.",
                            earlier.display()
                        ),
                        false,
                    );
                }
            }
            Some(path) => self.open_file(&path),
        }
    }

    /// The chair's answer to [`UiState::open_request`].
    pub fn answer_open_request(&mut self, open: bool) {
        if let Some(path) = self.ui.open_request.take()
            && open
        {
            self.open_file(&path);
        }
    }

    /// Takes files dropped on the window.
    fn take_dropped(&mut self, ctx: &Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(p) = dropped.first() {
            self.open_file(p);
        }
    }

    /// Draws the projector window (or, where the backend cannot open windows, an embedded one).
    fn projector_window(&mut self, ctx: &Context) {
        if !self.ui.projector_open {
            return;
        }
        let mut builder = ViewportBuilder::default()
            .with_icon(super::icon::icon_data())
            // The X11 class and Wayland app id of the chair window: one application to the desktop.
            .with_app_id(crate::cli::package::APP_ID)
            .with_title(if self.ui.waiting {
                format!("chairtime — projector — {NO_SESSION}")
            } else {
                format!("chairtime — projector — {}", self.run.engine().session().title)
            })
            .with_inner_size(self.settings.projector_size.unwrap_or([1280.0, 720.0]))
            .with_min_inner_size([320.0, 180.0]);
        let id = ViewportId::from_hash_of(PROJECTOR);
        // Placement is given when the window opens; afterwards the chair (or the window manager)
        // moves it, and giving it again every frame would fight them. With two screens or more
        // the view goes full screen on one the chair window is not on (docs/shortcuts.md).
        let target = self.projector_target();
        if self.ui.projector_placed {
            match target {
                Target::Monitor(i) if self.screens.applied != Some(i) => {
                    ctx.send_viewport_cmd_to(id, ViewportCommand::SetMonitor(i));
                    self.screens.applied = Some(i);
                }
                Target::Window if self.screens.applied.is_some() => {
                    ctx.send_viewport_cmd_to(id, ViewportCommand::Fullscreen(false));
                    self.screens.applied = None;
                    self.ui.projector_fullscreen = false;
                }
                _ => {}
            }
        } else {
            match target {
                Target::Monitor(i) => {
                    builder = builder.with_monitor(i);
                    self.screens.applied = Some(i);
                }
                Target::Window => {
                    self.screens.applied = None;
                    match self.beside_chair(ctx) {
                        // Not yet known where the window manager puts the chair window: wait.
                        Some(Placing::Wait) => {
                            ctx.request_repaint_after(SETTLE);
                            return;
                        }
                        // Inside the screen, clear of the chair window (and so of its dialogs).
                        Some(Placing::Beside(Beside::At(p, size))) => {
                            self.projector_place = Some((p, size));
                        }
                        Some(Placing::Beside(Beside::MoveChair(to, p, size))) => {
                            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(egui::pos2(to[0], to[1])));
                            self.projector_place = Some((p, size));
                        }
                        Some(Placing::Beside(Beside::NoRoom)) if !self.ui.projector_forced => {
                            self.ui.projector_open = false;
                            self.sticky(NO_ROOM_FOR_PROJECTOR);
                            return;
                        }
                        // Where it was, or where the window manager puts it.
                        _ => {
                            if let Some(p) = self.settings.projector_position {
                                builder = builder.with_position(p);
                            }
                        }
                    }
                }
            }
        }
        // The same place in every pass: egui turns a builder that changes between passes into
        // commands, which would move the window back to where it opened, or resize it.
        if let Some((p, size)) = self.projector_place {
            builder = builder.with_position(p).with_inner_size(size);
        }
        if self.ui.projector_fullscreen && self.screens.applied.is_none() {
            builder = builder.with_fullscreen(true);
        }
        if ctx.embed_viewports() {
            // No separate windows here (tests, or a backend without them): a window inside the
            // chair window, placed where the projector window would be.
            let size = self.settings.projector_size.unwrap_or([1280.0, 720.0]);
            let now = self.clock.now();
            let model = self.speaker_now().text_at(now);
            let flash = self.settings.flashing && now.timestamp() % 2 == 1;
            let mut open = true;
            egui::Window::new("Projector")
                .id(egui::Id::unique(PROJECTOR))
                .open(&mut open)
                .default_pos(self.settings.projector_position.unwrap_or([480.0, 120.0]))
                .default_size(size)
                .show(ctx, |ui| {
                    ui.set_min_size(egui::vec2(size[0] * 0.5, size[1] * 0.5));
                    projector::draw(ui, &model, flash);
                });
            if !open {
                self.ui.projector_open = false;
            }
            return;
        }
        // Published by `logic` before this pass and again after the commands below run.
        let feed = match &self.projector_feed {
            Some(feed) => Arc::clone(feed),
            None => self.publish_to_projector(ctx),
        };
        let events = std::mem::take(&mut feed.lock().unwrap_or_else(PoisonError::into_inner).events);
        ctx.show_viewport_deferred(id, builder, move |ui, _class| projector::own_window_pass(ui, &feed));
        self.take_presses(events.presses);
        if events.close_requested {
            self.ui.projector_open = false;
            self.ui.projector_placed = false;
            self.projector_place = None;
            self.settings.projector_open = false;
            self.screens.applied = None;
            self.projector_feed = None;
        }
        if events.double_clicked {
            self.ui.projector_fullscreen = !self.ui.projector_fullscreen;
            ctx.send_viewport_cmd_to(id, ViewportCommand::Fullscreen(self.ui.projector_fullscreen));
        }
        let rect = events.outer_rect;
        self.ui.projector_placed = true;
        if let Some(r) = rect
            && !self.ui.projector_fullscreen
            && self.screens.applied.is_none()
        {
            self.settings.projector_position = Some([r.min.x, r.min.y]);
        }
    }

    /// Gives the projector's own window the speaker model as it is now and the clock's reading;
    /// wakes that window only when the model changed (a countdown that runs on is the same model:
    /// the window redraws its seconds by itself).
    fn publish_to_projector(&mut self, ctx: &Context) -> Arc<Mutex<projector::Feed>> {
        let now = self.clock.now();
        let speaker = self.speaker_now();
        let flashing = self.settings.flashing;
        let feed = self
            .projector_feed
            .get_or_insert_with(|| Arc::new(Mutex::new(projector::Feed::new(speaker.clone(), now))));
        let mut shown = feed.lock().unwrap_or_else(PoisonError::into_inner);
        // The projector's clock ran on from the last reading; a step (suspend, NTP, a manual
        // change) means the figure it shows may be wrong now.
        let stepped = (shown.now() - now).abs() > TimeDelta::milliseconds(50);
        shown.anchor = (now, Instant::now());
        if shown.speaker != speaker || shown.flashing != flashing || stepped {
            shown.speaker = speaker;
            shown.flashing = flashing;
            // Not `request_repaint_of`: a zero delay asks for two passes.
            ctx.request_repaint_after_for(
                std::time::Duration::from_millis(1),
                ViewportId::from_hash_of(PROJECTOR),
            );
        }
        drop(shown);
        Arc::clone(feed)
    }

    /// On one screen, where the projector window opens — inside the screen, never over the chair
    /// window (and so never over its dialogs), moving a chair window the window manager centred if
    /// that makes room —; [`Placing::Wait`] while the chair window's place is still settling (a
    /// window manager places it after it appears); `None` when it cannot be known (no screen list,
    /// no window position: tests, Wayland).
    fn beside_chair(&mut self, ctx: &Context) -> Option<Placing> {
        let early = self.started_at.elapsed() < std::time::Duration::from_secs(3);
        if self.screens.looked.is_none() && !ctx.embed_viewports() && early {
            // The screens are listed by the first pass that has the native window.
            return Some(Placing::Wait);
        }
        if self.screens.list.len() != 1 {
            return None;
        }
        let screen = self.screens.list.first()?.clone();
        let (rect, ppp) = ctx.input(|i| (i.viewport().outer_rect, i.viewport().native_pixels_per_point));
        let (rect, ppp) = (rect?, ppp.unwrap_or(1.0).max(0.1));
        // The same place on two looks SETTLE apart, or the window has been up for a while.
        let now = Instant::now();
        let settled = match self.chair_rect_seen {
            Some((r, at)) if r == rect => now.duration_since(at) >= SETTLE,
            _ => {
                self.chair_rect_seen = Some((rect, now));
                false
            }
        };
        if !settled && early {
            return Some(Placing::Wait);
        }
        let points = |physical: i64| {
            let p = i16::try_from(physical.clamp(i64::from(i16::MIN), i64::from(i16::MAX))).unwrap_or(0);
            f32::from(p) / ppp
        };
        let area = [
            points(i64::from(screen.x)),
            points(i64::from(screen.y)),
            points(i64::from(screen.width)),
            points(i64::from(screen.height)),
        ];
        let saved = self.settings.projector_position.zip(self.settings.projector_size);
        let first = self.settings.projector_position.is_none();

        Some(Placing::Beside(monitors::beside(
            area,
            [rect.min.x, rect.min.y, rect.width(), rect.height()],
            saved,
            first,
        )))
    }

    /// What runs every frame, and also while the window is hidden: dialogs, the engine's tick
    /// (sound cues), and the next repaint, scheduled for when a displayed second changes.
    pub fn logic(&mut self, ctx: &Context) {
        self.hold_close(ctx);
        self.poll_dialog();
        self.take_launches(ctx);
        if self.poll_files() {
            ctx.request_repaint();
        }
        self.tick();
        self.resume_sharing(ctx);
        self.serve_remote(ctx);
        if self.ui.projector_open && self.projector_feed.is_some() {
            // Also while the chair window is hidden (its pass is then this logic only).
            self.publish_to_projector(ctx);
        }
        let now = self.clock.now();
        let view = self.run.engine().view(now);
        let next = projector::until_next_change(&view, now);
        self.next_repaint = Some(next);
        ctx.request_repaint_after(next);
        if let Some(until) = self.ui.notices.iter().filter_map(|n| n.until).min() {
            ctx.request_repaint_after(until.saturating_duration_since(Instant::now()));
        }
        if self.ui.dialog.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Draws the chair window and the projector, then applies what the chair did.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if let Some(started) = self.report_first_frame.take() {
            eprintln!("first frame after {} ms", started.elapsed().as_millis());
        }
        let now = self.clock.now();
        super::trace_frame("chair", now, || projector::running_countdown(&self.run.engine().view(now)));
        self.ui.notices.retain(|n| n.until.is_none_or(|u| u > Instant::now()));
        self.take_dropped(&ctx);
        self.read_shortcuts(&ctx);
        chair::draw(self, ui);
        self.projector_window(&ctx);
        self.run_pending(&ctx);
        if self.ui.projector_open && self.projector_feed.is_some() {
            // What the commands just changed reaches the projector now, not a pass later.
            self.publish_to_projector(&ctx);
        }
    }

    /// One whole frame: [`Self::draw`] then [`Self::logic`] (what tests drive).
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        self.draw(ui);
        let ctx = ui.ctx().clone();
        self.logic(&ctx);
    }

    /// The default folder for journals.
    pub fn default_journal_dir() -> PathBuf {
        super::data_dir().map_or_else(|| std::env::temp_dir().join("chairtime"), |d| d.join("journals"))
    }

    /// One minute (for buttons' tooltips and tests).
    pub const MINUTE: TimeDelta = TimeDelta::minutes(1);
}

/// The font atlas's largest side, pixels. egui makes the atlas as wide as the GPU's largest
/// texture (16384 under Mesa) and doubles its height as glyphs come; capped, it stays at most
/// 2048×2048 (16 MiB, held twice: egui's copy and the GL texture) and egui starts it afresh when
/// it is 80 % full (docs/PERFORMANCE.md).
pub const FONT_ATLAS_SIDE: usize = 2048;

impl eframe::App for ChairApp {
    /// Every pass of every window (the projector is a deferred viewport, so its passes come here
    /// too) gets the same cap: a cap that differed between windows would rebuild the atlas twice
    /// a second.
    fn raw_input_hook(&mut self, _ctx: &Context, raw_input: &mut egui::RawInput) {
        raw_input.max_texture_side =
            Some(raw_input.max_texture_side.map_or(FONT_ATLAS_SIDE, |s| s.min(FONT_ATLAS_SIDE)));
    }

    fn logic(&mut self, ctx: &Context, _frame: &mut eframe::Frame) {
        ChairApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.look_at_screens(frame);
        self.draw(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        storage.set_string(settings::KEY, self.settings.to_stored());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.forget_links_when_over();
    }

    /// The chair window's background: its panels are not filled (chair.rs, `clear_frame`).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }
}
