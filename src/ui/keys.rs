//! Keys and buttons turned into the room's commands or the windows' actions.

use crate::tr;
use egui::{Context, ViewportCommand};

use super::app::{ChairApp, DialogPurpose};
use super::commands::{UiCommand, matches};
use super::monitors::{self, Target};
use super::projector;
use crate::timing::command::Command;
use crate::timing::engine::ItemStatus;

impl ChairApp {
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
        match self.engine_command_for(c) {
            Some(command) => self.apply(&command),
            None => self.window_command(ctx, c),
        }
    }

    /// The engine command a key or button stands for now, if it is one (the selection keys move
    /// the selection and stand for none).
    fn engine_command_for(&mut self, c: UiCommand) -> Option<Command> {
        let now = self.room.now();
        let engine = self.room.recorder().engine();
        match c {
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
                        Some(left) => tr!("no-catch-up-plan-nothing-to-shorten", why = left),
                        None => tr!("on-plan-there-is-nothing"),
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
            UiCommand::HideMessage => Some(Command::HideMessage),
            UiCommand::Blackout => Some(Command::Blackout { on: !engine.blackout() }),
            _ => None,
        }
    }

    /// What a key or button does to the windows (panels, the projector, dialogs, sound).
    fn window_command(&mut self, ctx: &Context, c: UiCommand) {
        match c {
            UiCommand::Message => {
                self.ui.focus_message = true;
            }
            UiCommand::Projector => {
                self.ui.projector_open = !self.ui.projector_open;
                self.settings.projector_open = self.ui.projector_open;
                // Asked for by the chair: it opens even where it would cover this window.
                self.ui.projector_forced = self.ui.projector_open;
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
                        self.notice(tr!("only-one-screen-is-connected"), false);
                    }
                }
            }
            UiCommand::Fullscreen => {
                self.ui.projector_open = true;
                self.ui.projector_fullscreen = !self.ui.projector_fullscreen;
                self.settings.projector_fullscreen = self.ui.projector_fullscreen;
                self.projector_command(ctx, ViewportCommand::Fullscreen(self.ui.projector_fullscreen));
            }
            UiCommand::Reload => {
                self.room.reload_schedule();
            }
            UiCommand::Share => {
                self.ui.share_window = !self.ui.share_window;
            }
            UiCommand::Open => {
                self.open_dialog(DialogPurpose::Open);
            }
            UiCommand::OpenUrl => {
                self.open_url_dialog();
            }
            UiCommand::Export if self.room.is_waiting() => {
                self.notice(tr!("nothing-to-export-yet"), false);
            }
            UiCommand::Export => {
                self.ui.export = !self.ui.export;
            }
            UiCommand::Mute => {
                self.settings.muted = !self.settings.muted;
            }
            UiCommand::Help => {
                self.ui.help = !self.ui.help;
            }
            _ => {}
        }
    }
}
