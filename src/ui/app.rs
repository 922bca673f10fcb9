//! The chair's window around a [`Room`]: the settings, the sound, the screens, the dialogs and the
//! hand-over from a later launch, and the keys and clicks turned into the room's commands. The
//! session's life (opening, the journal, resuming, reloading, sharing) is the room's; drawing is
//! `chair.rs`, `projector.rs` and `window.rs`. Nothing here holds timing logic.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

use chrono::DateTime;
use chrono::Utc;
use egui::{Context, ViewportCommand, ViewportId};

use super::commands::{UiCommand, matches};
use super::instance::{Incoming, Request};
use super::monitors::{self, Monitor, Plugged, SavedMonitor, Target};
use super::projector;
use super::settings::Settings;
use crate::audio::{Cue, CuePlayer};
use crate::report::Format;
use crate::room::{NO_SESSION, Room, Startup};
use crate::timing::clock::Clock;
use crate::timing::command::Command;
use crate::timing::engine::ItemStatus;
use crate::timing::journal::{self, Recorder};

/// The projector window's id.
pub const PROJECTOR: &str = "projector";

/// How often the screens are listed again.
const LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

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

/// UI-only state: nothing here is part of the session's record (that is the room's).
#[derive(Debug, Default)]
pub struct UiState {
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
    /// What the projector's own window shows (while it is open as a window of its own).
    pub(super) projector_feed: Option<Arc<Mutex<projector::Feed>>>,
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

    /// A new app that shows `startup`'s session but records nothing until the chair chooses what
    /// to run (a file that could not be opened, a whole-conference file's picker):
    /// [`Room::begin_waiting`] starts it.
    pub fn waiting(
        startup: Startup,
        settings: Settings,
        clock: Box<dyn Clock>,
        audio: Box<dyn CuePlayer>,
    ) -> Self {
        let mut room = Room::waiting(startup, clock);
        room.keep_messages = settings.keep_messages;
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
            report_first_frame: None,
            next_repaint: None,
            screens: Screens::default(),
            stop_signal: None,
            quitting: false,
            projector_feed: None,
            launches: None,
            chair_rect_seen: None,
            projector_place: None,
            started_at: Instant::now(),
            waker_set: false,
        }
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
            self.sticky(format!("Sound is unavailable ({reason}); the visual cues work as usual."));
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
        self.wake_with(ctx);
        self.hold_close(ctx);
        self.poll_dialog();
        self.take_launches(ctx);
        self.room.keep_messages = self.settings.keep_messages;
        self.room.flashing = self.settings.flashing;
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

    /// Lists the screens through the window system, at most every [`LOOK_EVERY`] (nothing
    /// without a native window, as in tests).
    pub fn look_at_screens(&mut self, frame: &eframe::Frame) {
        if self.screens.looked.is_some_and(|t| t.elapsed() < LOOK_EVERY) {
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
                let or_share = if self.room.share().is_some() {
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
        if self.room.resume.is_some() {
            // The resume question answers to the keyboard too: Enter resumes, Shift+Enter starts fresh.
            let (enter, shift) = ctx.input(|i| (i.key_pressed(egui::Key::Enter), i.modifiers.shift));
            match (enter, shift) {
                (true, false) => self.room.resume(),
                (true, true) => self.room.start_fresh(None),
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
    pub(super) fn take_presses(&mut self, presses: Vec<(egui::Key, egui::Modifiers)>) {
        if self.room.resume.is_some()
            || self.ui.quit_question
            || self.ui.prompt.is_some()
            || self.room.picker.is_some()
            || self.room.failed.is_some()
            || self.room.locked.is_some()
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
        self.room.recorder().engine().runs().get(item).map(|r| (item, r.status))
    }

    fn run_command(&mut self, ctx: &Context, c: UiCommand) {
        let now = self.room.now();
        let engine = self.room.recorder().engine();
        let command = match c {
            UiCommand::StartPause => Some(crate::room::toggle(engine)),
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
                self.room.reload_schedule();
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
            UiCommand::Export if self.room.is_waiting() => {
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
        let dir = self.room.journal_dir().to_owned();
        let session = self.room.recorder().engine().session();
        let stem = format!(
            "{}-{}",
            session.date,
            journal::file_name(session, self.room.now()).trim_end_matches(".jsonl")
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
            DialogPurpose::Journal => self.room.journal_dir().display().to_string(),
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
            DialogPurpose::Journal => self.room.record_in(path),
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
        let running = self.room.running();
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
    pub(super) fn take_dropped(&mut self, ctx: &Context) {
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
}
