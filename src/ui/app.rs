//! The chair's window around a [`Room`]: its state (settings, sound, panels, the close question)
//! and each pass's logic. The session's life (opening, the journal, resuming, reloading, sharing)
//! is the room's. Beside this file: `keys.rs` turns keys and buttons into the room's commands,
//! `dialogs.rs` runs file dialogs, `screens.rs` lists the screens, `launches.rs` takes files from
//! later launches; `window.rs` draws a frame with `chair.rs` and `projector_window.rs`. Nothing
//! here holds timing logic, and nothing here imports what draws.

use crate::tr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

use chrono::DateTime;
use chrono::Utc;
use egui::{Context, ViewportCommand};

use super::commands::UiCommand;
use super::instance::Incoming;
use super::monitors::Monitor;
use super::projector;
use super::settings::Settings;
use crate::audio::{Cue, CuePlayer};
use crate::report::Format;
use crate::room::{Room, Startup};
use crate::timing::clock::Clock;
use crate::timing::command::Command;
use crate::timing::journal::Recorder;

/// The projector window's id.
pub const PROJECTOR: &str = "projector";

/// A file dialog running on its own thread, so the timers keep running while it is open.
#[derive(Debug)]
pub struct DialogTask {
    /// Open a schedule, or export in a format.
    pub purpose: DialogPurpose,
    pub(super) rx: mpsc::Receiver<Option<PathBuf>>,
    pub(super) started: Instant,
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

/// UI-only state: nothing here is part of the session's record (that is the room's).
#[derive(Debug, Default)]
pub struct UiState {
    /// `--share` waits for the chair's answer to "Resume?": a resumed run that was shared shares
    /// again with its old links, which the devices in the room still hold (docs/remote.md).
    pub share_after_answer: bool,
    /// Selected rundown row (plan index).
    pub selected: Option<usize>,
    /// The room's plan generation the selection belongs to.
    pub selected_in: u64,
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
    /// A running file dialog.
    pub dialog: Option<DialogTask>,
    /// A path typed instead of a dialog.
    pub prompt: Option<PathPrompt>,
    /// The "Open URL…" window.
    pub url_prompt: Option<super::open_url::UrlPrompt>,
    /// Whether the projector window is open.
    pub projector_open: bool,
    /// Whether it is full screen.
    pub projector_fullscreen: bool,
    /// The sound-unavailable notice was shown.
    pub sound_notice_shown: bool,
    /// The speaker's language as last applied (Settings and the room agree on it).
    pub speaker_language_seen: Option<crate::l10n::Lang>,
    /// The projector window has been opened at its saved place.
    pub projector_placed: bool,
    /// The Share window.
    pub share_window: bool,
    /// The remote's QR code is shown (hidden by default: it is for the chair's phone only).
    pub show_remote_code: bool,
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

/// The chair's app: a room, and the window's own state.
pub struct ChairApp {
    pub(super) room: Room,
    pub(super) settings: Settings,
    pub(super) audio: Box<dyn CuePlayer>,
    pub(super) ui: UiState,
    pub(super) pending: Vec<UiCommand>,
    pub(super) engine_pending: Vec<Command>,
    /// Whether native file dialogs may be tried (false in tests and without a session bus).
    pub(super) native_dialogs: bool,
    /// With `CHAIRTIME_REPORT_FIRST_FRAME` set: when the process started, to print the time to
    /// the first drawn frame (docs/PERFORMANCE.md).
    pub report_first_frame: Option<Instant>,
    /// The delay of the last scheduled repaint (the next change of a displayed second).
    pub next_repaint: Option<std::time::Duration>,
    /// The screens, as last listed.
    pub(super) screens: Screens,
    /// Set when the system asked chairtime to stop (SIGTERM…): the window then closes without
    /// asking, as a logout must not wait for an answer.
    pub stop_signal: Option<Arc<std::sync::atomic::AtomicBool>>,
    /// The chair confirmed quitting while the session ran.
    quitting: bool,
    /// The desktop's language, for a chair who has not chosen one in Settings.
    pub(super) desktop_language: crate::l10n::Lang,
    /// The system-font fallback for the scripts the bundled fonts lack.
    pub(super) fonts: super::fonts::Fonts,
    /// What the projector's own window shows (while it is open as a window of its own).
    pub(super) projector_feed: Option<Arc<Mutex<projector::Feed>>>,
    /// The projector window of chairtime's own, drawn by the processor (`ui::soft`); `None`:
    /// eframe's viewport (tests, `CHAIRTIME_RENDERER=gl`).
    pub(super) projector_host: Option<crate::ui::soft::Host>,
    /// Later launches of chairtime (a schedule opened from the file manager), handed to this
    /// window (docs/packaging.md).
    pub(super) launches: Option<mpsc::Receiver<Incoming>>,
    /// The chair window's place when last looked at, and since when (the projector is placed
    /// once it stays put).
    pub(super) chair_rect_seen: Option<(egui::Rect, Instant)>,
    /// Where the projector window was placed when it opened (outer position, inner size).
    pub(super) projector_place: Option<([f32; 2], [f32; 2])>,
    /// When this window was made.
    pub(super) started_at: Instant,
    /// The room has been told how to wake this window.
    waker_set: bool,
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
        f.debug_struct("ChairApp").field("room", &self.room).field("ui", &self.ui).finish_non_exhaustive()
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
        app.room.begin_waiting();
        app
    }

    /// The language the chair reads here: Settings' choice, else the desktop's.
    pub fn chair_language(&self) -> crate::l10n::Lang {
        self.settings.chair_language.unwrap_or(self.desktop_language)
    }

    /// A new app that shows `startup`'s session but records nothing until the chair chooses what
    /// to run (a file that could not be opened, a whole-conference file's picker):
    /// [`Room::begin_waiting`] starts it.
    pub fn waiting(
        startup: Startup,
        settings: Settings,
        clock: Box<dyn Clock>,
        audio: Box<dyn CuePlayer>,
    ) -> Self {
        // The desktop's language is the program's to read (`cli::main` sets it for the thread):
        // an app made elsewhere (a test's) speaks English unless its settings say otherwise.
        let desktop_language = crate::l10n::chair();
        crate::l10n::set_chair(settings.chair_language.unwrap_or(desktop_language));
        let mut room = Room::waiting(startup, clock);
        room.keep_messages = settings.keep_messages;
        room.speaker_lang = settings.speaker_language;
        room.flashing = settings.flashing;
        Self {
            room,
            ui: UiState {
                projector_open: settings.projector_open,
                projector_fullscreen: settings.projector_fullscreen,
                ..UiState::default()
            },
            settings,
            audio,
            pending: Vec::new(),
            engine_pending: Vec::new(),
            native_dialogs: std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
            desktop_language,
            report_first_frame: None,
            next_repaint: None,
            screens: Screens::default(),
            stop_signal: None,
            quitting: false,
            fonts: super::fonts::Fonts::default(),
            projector_feed: None,
            projector_host: None,
            launches: None,
            chair_rect_seen: None,
            projector_place: None,
            started_at: Instant::now(),
            waker_set: false,
        }
    }

    /// The conference bus set in Settings (empty: none).
    pub fn settings_bus(&self) -> &str {
        &self.settings.bus
    }

    /// The room: the session, its journal, its questions and notices, its share.
    pub fn room(&self) -> &Room {
        &self.room
    }

    /// The room, to answer its questions and send it commands.
    pub fn room_mut(&mut self) -> &mut Room {
        &mut self.room
    }

    /// The recorder (engine + journal).
    pub fn recorder(&self) -> &Recorder {
        self.room.recorder()
    }

    /// Now, from the room's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.room.now()
    }

    /// Adds a notice; serious ones stay until dismissed.
    pub fn notice(&mut self, text: impl Into<String>, serious: bool) {
        self.room.notice(text, serious);
    }

    /// Adds an informative notice that stays until dismissed.
    pub fn sticky(&mut self, text: impl Into<String>) {
        self.room.sticky(text);
    }

    /// Applies an engine command from the window, through the journal (a refusal becomes a
    /// notice).
    pub fn apply(&mut self, c: &Command) {
        let _ = self.room.apply(c, None);
    }

    /// What the speaker sees now.
    pub fn speaker_now(&self) -> crate::timing::speaker::Speaker {
        self.room.speaker_now()
    }

    /// Whether a session runs (started, not finished).
    pub fn session_runs(&self) -> bool {
        self.room.session_runs()
    }

    /// Opens another schedule, with the settings' choices (zone, intro length…); a
    /// whole-conference file opens its picker.
    pub fn open_file(&mut self, path: &Path) {
        let overrides = self.settings.overrides();
        self.room.open_file(path, &overrides);
    }

    /// Opens the picked session of the picker's file.
    pub fn pick(&mut self, index: usize) {
        let overrides = self.settings.overrides();
        self.room.pick(index, &overrides);
    }

    /// Opens the file that failed again (the chair mended it).
    pub fn retry_failed(&mut self) {
        let overrides = self.settings.overrides();
        self.room.retry_failed(&overrides);
    }

    /// Exports the actual timings to `path`.
    pub fn export_to(&mut self, format: Format, path: &Path) {
        self.room.export_to(format, path);
        self.ui.export = false;
    }

    /// Starts sharing (the chair chose it: the Share window, its key, or `--share`).
    pub fn start_sharing(&mut self, ctx: &Context) {
        self.wake_with(ctx);
        self.room.start_sharing();
    }

    /// `--share`: shares now and prints the links — or, while the chair is still asked whether
    /// to resume, once they have answered and unless the resumed run shares again by itself.
    pub fn share_from_the_command_line(&mut self, ctx: &Context) {
        if self.room.resume.is_some() || self.room.shares_again_soon() {
            self.ui.share_after_answer = true;
            return;
        }
        self.ui.share_after_answer = false;
        if self.share().is_some() {
            return;
        }
        self.start_sharing(ctx);
        // Without a share, start_sharing said why on the terminal and in the window.
        if let Some(s) = self.share() {
            println!("Speaker link: {}", s.view_link()); // l10n-exempt: read by scripts
            println!("Remote (keep it private): {}", s.remote_link()); // l10n-exempt: read by scripts
        }
        use std::io::Write as _;
        let _ = std::io::stdout().flush();
    }

    /// Stops sharing.
    pub fn stop_sharing(&mut self) {
        self.room.stop_sharing();
    }

    /// The share, when on.
    pub fn share(&self) -> Option<&crate::share::Share> {
        self.room.share()
    }

    /// The state for the pages, now.
    pub fn publishable(&self) -> crate::share::Published {
        self.room.publishable()
    }

    /// Keeps the share's links in `store` (tests), or nowhere.
    pub fn keep_links_in(&mut self, store: Option<crate::share::LinkStore>) {
        self.room.keep_links_in(store);
    }

    /// Makes the next frame look at the schedule file and a followed journal at once.
    pub fn look_at_files_now(&mut self) {
        self.room.look_at_files_now();
    }

    /// Tells the room how to wake this window (a remote's request asks for a frame).
    fn wake_with(&mut self, ctx: &Context) {
        if !self.waker_set {
            let ctx = ctx.clone();
            self.room.set_waker(Arc::new(move || ctx.request_repaint()));
            self.waker_set = true;
        }
    }

    /// The default folder for journals.
    pub fn default_journal_dir() -> PathBuf {
        crate::room::default_journal_dir()
    }

    /// One minute (for buttons' tooltips and tests).
    pub const MINUTE: chrono::TimeDelta = chrono::TimeDelta::minutes(1);

    /// Plays the cues for what the room's step crossed, and says once when there is no sound.
    fn play(&mut self, events: &[crate::timing::events::Event]) {
        self.audio.maintain();
        if let Some(reason) = self.audio.unavailable()
            && !self.ui.sound_notice_shown
        {
            self.ui.sound_notice_shown = true;
            // Said once, so it stays until the chair dismisses it.
            self.sticky(tr!("sound-is-unavailable", why = reason));
        }
        if self.settings.muted {
            return;
        }
        let now = self.room.now();
        for e in events {
            if let Some(cue) = Cue::for_event(e, now, self.settings.minute_reminders) {
                self.audio.play(cue, self.settings.volume);
            }
        }
    }

    /// What runs every frame, and also while the window is hidden: dialogs, the room's step
    /// (files, the engine's tick and its sound cues, the share), and the next repaint, scheduled
    /// for when a displayed second changes.
    pub fn logic(&mut self, ctx: &Context) {
        crate::l10n::set_chair(self.chair_language());
        if self.ui.share_after_answer {
            self.share_from_the_command_line(ctx);
        }
        self.wake_with(ctx);
        if let Some(n) = self.fonts.news() {
            self.room.sticky(n);
        }
        self.hold_close(ctx);
        self.poll_dialog();
        self.take_launches(ctx);
        self.room.keep_messages = self.settings.keep_messages;
        self.room.flashing = self.settings.flashing;
        self.sync_speaker_language();
        let stepped = self.room.step();
        if stepped.changed {
            ctx.request_repaint();
        }
        if self.ui.selected_in != self.room.plan_generation() {
            // Rows were numbered anew: a selection would point at another talk.
            self.ui.selected = None;
            self.ui.selected_in = self.room.plan_generation();
        }
        self.play(&stepped.events);
        if self.ui.projector_open && self.projector_feed.is_some() {
            // Also while the chair window is hidden (its pass is then this logic only).
            self.publish_to_projector(ctx);
        }
        let now = self.room.now();
        let view = self.room.recorder().engine().view(now);
        let next = projector::until_next_change(&view, now);
        self.next_repaint = Some(next);
        ctx.request_repaint_after(next);
        if let Some(until) = self.room.expire_notices() {
            ctx.request_repaint_after((until - now).to_std().unwrap_or_default());
        }
        if self.ui.dialog.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// The speaker's language, changed in Settings (the chair) or by the remote: the other one
    /// follows, and the chair is told when the projector window cannot write it.
    fn sync_speaker_language(&mut self) {
        let seen = self.ui.speaker_language_seen.unwrap_or(self.settings.speaker_language);
        if self.settings.speaker_language != seen {
            self.room.speaker_lang = self.settings.speaker_language;
        } else if self.room.speaker_lang != seen {
            self.settings.speaker_language = self.room.speaker_lang;
        }
        let lang = self.room.speaker_lang;
        if self.ui.speaker_language_seen.is_some_and(|s| s != lang) && lang.is_rtl() {
            self.room.sticky(tr!("speaker-link-shows-rtl", language = lang.name()));
        }
        self.ui.speaker_language_seen = Some(lang);
    }

    /// What the system-font fallback found so far (the fonts added, the characters none has).
    pub fn found_fonts(&self) -> super::fonts::Found {
        self.fonts.found()
    }

    /// Whether to try native file dialogs (tests and machines without a desktop portal: no).
    pub fn set_native_dialogs(&mut self, on: bool) {
        self.native_dialogs = on;
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// UI state (for tests and the views).
    pub fn ui_state(&self) -> &UiState {
        &self.ui
    }

    /// Queues a command (from a button or a key).
    pub fn push(&mut self, c: UiCommand) {
        self.pending.push(c);
    }

    /// Queues an engine command directly (rundown buttons, message presets).
    pub fn push_engine(&mut self, c: Command) {
        self.engine_pending.push(c);
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
}
