//! Sharing the timer from the chair window: starting and stopping the server, applying the
//! remote's commands through the same journal as a key press, and the Share window with the links
//! as text and QR codes. The server itself is headless ([`crate::share`]).

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use egui::{Color32, RichText, Ui};

use super::app::ChairApp;
use super::chair::{self, PRESETS};
use crate::share::{ChairFigures, Published, RemoteCommand, Share};
use crate::timing::command::{Command, CommandKind};
use crate::timing::engine::Engine;
use crate::timing::journal::{Origin, RecordError};
use crate::timing::speaker::Speaker;
use crate::timing::view::View;

/// The engine command a remote command stands for now (the start/pause toggle depends on the state,
/// as the Space key does).
pub fn engine_command(engine: &Engine, rc: &RemoteCommand) -> Command {
    match rc {
        RemoteCommand::StartPause => toggle(engine),
        RemoteCommand::Start => Command::Start,
        RemoteCommand::Pause => Command::Pause,
        RemoteCommand::Resume => Command::Resume,
        RemoteCommand::Next => Command::Next,
        RemoteCommand::Back => Command::Back,
        RemoteCommand::PlusMinute => Command::Extend { seconds: 60 },
        RemoteCommand::MinusMinute => Command::Trim { seconds: 60 },
        RemoteCommand::Message { text } => Command::ShowMessage { text: text.trim().to_owned() },
        RemoteCommand::HideMessage => Command::HideMessage,
        RemoteCommand::Blackout { on } => Command::Blackout { on: on.unwrap_or(!engine.blackout()) },
    }
}

/// What Space does now: start the session, or pause / resume the clock.
pub fn toggle(engine: &Engine) -> Command {
    if engine.started().is_none() {
        Command::Start
    } else if engine.is_paused() {
        Command::Resume
    } else {
        Command::Pause
    }
}

/// The remote commands the engine would accept now.
fn can(engine: &Engine) -> Vec<&'static str> {
    let allowed = engine.allowed();
    let has = |k: CommandKind| allowed.contains(&k);
    let mut out = Vec::new();
    for (name, yes) in [
        ("start_pause", has(CommandKind::Start) || has(CommandKind::Pause) || has(CommandKind::Resume)),
        ("start", has(CommandKind::Start)),
        ("pause", has(CommandKind::Pause)),
        ("resume", has(CommandKind::Resume)),
        ("next", has(CommandKind::Next)),
        ("back", has(CommandKind::Back)),
        ("plus_minute", has(CommandKind::Extend)),
        ("minus_minute", has(CommandKind::Trim)),
        ("message", has(CommandKind::ShowMessage)),
        ("hide_message", has(CommandKind::HideMessage)),
        ("blackout", has(CommandKind::Blackout)),
    ] {
        if yes {
            out.push(name);
        }
    }
    out
}

/// The state every page receives: the speaker's view and, for the remote, the chair's figures.
pub fn published(engine: &Engine, view: &View, speaker: Speaker, flashing: bool) -> Published {
    let s = engine.session();
    let toggle = match toggle(engine) {
        Command::Start => "Start",
        Command::Resume => "Resume",
        _ => "Pause",
    };
    let phase = view
        .current
        .as_ref()
        .map_or_else(String::new, |c| format!("{} ({} of {})", c.phase_name, c.phase + 1, c.phase_count));
    let hhmm = |t: DateTime<Utc>| s.hhmm(t);
    Published {
        session: s.title.clone(),
        room: s.room.clone(),
        speaker,
        flashing,
        chair: ChairFigures {
            toggle: toggle.to_owned(),
            phase,
            schedule: crate::timing::view::pace(view.offset),
            projected_end: format!("{} (planned {})", hhmm(view.projected_end), hhmm(view.planned_end)),
            can: if engine.finished().is_some() { Vec::new() } else { can(engine) },
            presets: PRESETS.iter().map(|p| (*p).to_owned()).collect(),
        },
    }
}

impl ChairApp {
    /// Starts sharing (the chair chose it: the Share window, its key, or `--share` in this run).
    pub fn start_sharing(&mut self, ctx: &egui::Context) {
        if self.share.is_some() {
            return;
        }
        let ctx = ctx.clone();
        let waker = Arc::new(move || ctx.request_repaint());
        match Share::start(self.share_port, self.publishable(), waker) {
            Ok(share) => {
                if !share.on_network() {
                    self.notice(
                        "No network found: the links work on this laptop only. Join the room's network (or your phone's hotspot) and share again.",
                        false,
                    );
                }
                self.share = Some(share);
            }
            Err(e) => {
                // Started from a terminal with --share, the chair reads it there too.
                eprintln!("chairtime: {e}.");
                self.notice(format!("{e}. The projector window works as usual."), true);
            }
        }
    }

    /// Stops sharing: every page shows "connection lost", the links stop working, and they are
    /// not kept for a restart any more.
    pub fn stop_sharing(&mut self) {
        if let Some(s) = self.share.take() {
            s.stop();
        }
        if let (Some(store), Some((journal, _))) = (&self.link_store, self.links_kept.take()) {
            store.forget(&journal);
        }
    }

    /// After the session of `journal` resumed: if it was shared when chairtime stopped, it is
    /// shared again with the same links at the next frame (docs/remote.md, "After a crash").
    pub(super) fn share_again_from(&mut self, journal: &Path) {
        let Some(saved) = self.link_store.as_ref().and_then(|s| s.load(journal)) else { return };
        // If the run goes on in another journal, the kept file moves to it (see `keep_links`).
        self.links_kept = Some((journal.to_owned(), saved.clone()));
        self.share_again = Some(saved);
    }

    /// Shares again with the links kept from before the restart, replacing a share with new links
    /// that `--share` may have started meanwhile; says so in the window and on the terminal.
    pub(super) fn resume_sharing(&mut self, ctx: &egui::Context) {
        let Some(saved) = self.share_again.take() else { return };
        if let Some(s) = self.share.take() {
            s.stop();
        }
        let ctx = ctx.clone();
        let waker = Arc::new(move || ctx.request_repaint());
        match Share::resume(&saved, self.publishable(), waker) {
            Ok(share) => {
                if share.port() == saved.port {
                    self.sticky(
                        "Sharing again with the same links as before the restart: the speaker's page and your remote reconnect by themselves.",
                    );
                } else {
                    self.notice(
                        format!(
                            "Sharing again, but port {} is taken now, so the links changed (port {}): open Share (L) and give the devices the new links.",
                            saved.port,
                            share.port()
                        ),
                        true,
                    );
                }
                println!("Sharing again after the restart.");
                println!("Speaker link: {}", share.view_link());
                println!("Remote (keep it private): {}", share.remote_link());
                use std::io::Write as _;
                let _ = std::io::stdout().flush();
                self.share = Some(share);
            }
            Err(e) => {
                eprintln!("chairtime: {e}.");
                self.notice(format!("The session was shared before the restart. {e}."), true);
            }
        }
    }

    /// Keeps the share's links for the journal being written, so that a restart shares again with
    /// them; follows the run into another journal and new links. Nothing is kept for a window that
    /// records nothing (a read-only follower, a session not chosen yet).
    fn keep_links(&mut self) {
        let (Some(store), Some(share)) = (&self.link_store, &self.share) else { return };
        let Some(journal) = self.run.journal_path() else { return };
        let kept = share.kept();
        if self.links_kept.as_ref().is_some_and(|(j, k)| j == journal && *k == kept) {
            return;
        }
        if let Some((old, _)) = &self.links_kept
            && old != journal
        {
            store.forget(old);
        }
        let journal = journal.to_owned();
        if let Err(e) = store.save(&journal, &kept) {
            self.notice(
                format!(
                    "The links could not be kept for a restart ({e}): if chairtime stops, share again and give the devices the new links."
                ),
                false,
            );
        }
        self.links_kept = Some((journal, kept));
    }

    /// At the end of the app: the links of a finished session are not kept (there is nothing
    /// left to resume).
    pub(super) fn forget_links_when_over(&mut self) {
        if self.run.engine().finished().is_none() {
            return;
        }
        if let (Some(store), Some((journal, _))) = (&self.link_store, self.links_kept.take()) {
            store.forget(&journal);
        }
    }

    /// Keeps the share's links in `store` instead of the user's runtime folder (tests), or
    /// nowhere.
    pub fn keep_links_in(&mut self, store: Option<crate::share::LinkStore>) {
        self.link_store = store;
    }

    /// The share, when on.
    pub fn share(&self) -> Option<&Share> {
        self.share.as_ref()
    }

    /// The state for the pages, now.
    pub fn publishable(&self) -> Published {
        let now = self.clock.now();
        let engine = self.run.engine();
        let view = engine.view(now);
        let mut state = published(engine, &view, self.speaker_now(), self.settings.flashing);
        if self.ui.waiting {
            // The example shown behind the chair's choice is nobody's session.
            state.session = super::app::NO_SESSION.to_owned();
            state.room = None;
            state.chair.can = Vec::new();
        }
        state
    }

    /// Applies the remote's commands (each through the journal, marked as remote) and sends the
    /// pages the state if it changed. Runs every frame while sharing.
    pub fn serve_remote(&mut self, ctx: &egui::Context) {
        self.keep_links();
        let Some(share) = &self.share else { return };
        let requests = share.take_requests();
        if !requests.is_empty() {
            // Show the remote's action in the windows at once, not at the next second.
            ctx.request_repaint();
        }
        for r in requests {
            let answer = self.apply_remote(&r.command);
            let _ = r.reply.send(answer);
        }
        let state = self.publishable();
        if let Some(share) = &self.share {
            share.publish(state);
        }
    }

    fn apply_remote(&mut self, rc: &RemoteCommand) -> Result<String, String> {
        if self.ui.waiting {
            return Err("No session is open yet: the chair is choosing one".to_owned());
        }
        let command = engine_command(self.run.engine(), rc);
        let word = chair::command_word(&command);
        let now = self.clock.now();
        let item = self.run.engine().current();
        match self.run.apply_from(&command, now, Some(Origin::Remote)) {
            Ok(_) => {
                self.clear_message_at_item_change(item, Some(Origin::Remote));
                Ok(word.to_owned())
            }
            Err(RecordError::Refused(r)) => Err(format!("{word}: {r}")),
            Err(e @ RecordError::NotRecorded(_)) => {
                self.notice(format!("{e}. Choose another folder for the journal."), true);
                Err(format!("{word} was applied but could not be recorded; see the chair's window"))
            }
        }
    }
}

/// Paints `text` as a QR code `side` points wide (dark modules on white, with the quiet zone).
pub fn qr(ui: &mut Ui, text: &str, side: f32) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    let Ok(code) = qrcode::QrCode::new(text.as_bytes()) else {
        ui.painter().rect_filled(rect, 0.0, Color32::WHITE);
        return response;
    };
    let n = code.width();
    let quiet = 4;
    let cell = side / (n + 2 * quiet) as f32;
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    let colors = code.to_colors();
    for y in 0..n {
        // One rectangle per run of dark modules: a few hundred shapes, not thousands.
        let mut x = 0;
        while x < n {
            if colors[y * n + x] == qrcode::Color::Dark {
                let start = x;
                while x < n && colors[y * n + x] == qrcode::Color::Dark {
                    x += 1;
                }
                let min = rect.min + egui::vec2((start + quiet) as f32 * cell, (y + quiet) as f32 * cell);
                let size = egui::vec2((x - start) as f32 * cell, cell);
                painter.rect_filled(egui::Rect::from_min_size(min, size).expand(0.2), 0.0, Color32::BLACK);
            } else {
                x += 1;
            }
        }
    }
    response.on_hover_text(text)
}

/// The Share window: off, it explains and offers to start; on, it shows the links.
pub fn window(app: &mut ChairApp, ui: &mut Ui) {
    if !app.ui.share_window {
        return;
    }
    let mut open = true;
    let ctx = ui.ctx().clone();
    chair::panel(app, &ctx, "Share the timer").open(&mut open).resizable(false).show(&ctx, |ui| {
        ui.set_max_width(560.0);
        let Some(share) = app.share() else {
            ui.label("Show the timer on any device in the room — a tablet on the lectern, the speaker's own laptop, a phone — and run the session from your phone.");
            ui.label("The devices must be on the same network as this laptop. Nothing is shared until you start.");
            ui.add_space(6.0);
            if ui.button(RichText::new("Start sharing").strong()).clicked() {
                let ctx = ui.ctx().clone();
                app.start_sharing(&ctx);
            }
            return;
        };
        let view = share.view_link();
        let remote = share.remote_link();
        let viewers = share.viewers();
        let remotes = share.remotes();
        ui.label(RichText::new("Speaker link").strong());
        ui.label("Open it on the screen the speaker sees. Anyone with it can watch the timer, nothing more.");
        ui.horizontal(|ui| {
            qr(ui, &view, 180.0);
            ui.vertical(|ui| {
                ui.add(egui::Label::new(RichText::new(&view).monospace()).selectable(true));
                if ui.button("Copy link").clicked() {
                    ui.ctx().copy_text(view.clone());
                }
            });
        });
        ui.separator();
        ui.label(RichText::new("Your remote").strong());
        ui.label("For your own phone only: it can run the session. Never show it on the projector.");
        ui.horizontal(|ui| {
            if app.ui.show_remote_code {
                qr(ui, &remote, 180.0);
            }
            ui.vertical(|ui| {
                ui.add(egui::Label::new(RichText::new(&remote).monospace()).selectable(true));
                ui.horizontal(|ui| {
                    let label = if app.ui.show_remote_code { "Hide the QR code" } else { "Show the QR code" };
                    if ui.button(label).clicked() {
                        app.ui.show_remote_code = !app.ui.show_remote_code;
                    }
                    if ui.button("Copy link").clicked() {
                        ui.ctx().copy_text(remote.clone());
                    }
                });
            });
        });
        ui.separator();
        if app.link_store.is_some() {
            ui.label("If chairtime stops (a crash, a flat battery), it shares again with these same links when you resume the session, until you stop sharing.");
        } else {
            ui.label("These links end when chairtime closes: this desktop has no private runtime folder to keep them in.");
        }
        let pages = viewers.saturating_sub(remotes);
        ui.label(format!(
            "{pages} speaker page{} and {remotes} remote{} connected.",
            if pages == 1 { "" } else { "s" },
            if remotes == 1 { "" } else { "s" }
        ));
        ui.horizontal(|ui| {
            if ui
                .button("New links")
                .on_hover_text("Make new links: the old ones stop working at once (every open page too)")
                .clicked()
                && let Some(s) = app.share()
            {
                s.new_links();
                app.ui.show_remote_code = false;
            }
            if ui.button("Stop sharing").on_hover_text("Stop sharing: the speaker link and the remote stop working").clicked() {
                app.stop_sharing();
            }
        });
    });
    if !open {
        app.ui.share_window = false;
    }
}

/// "Shared · 3 watching" in the toolbar, while sharing.
pub fn toolbar_badge(app: &mut ChairApp, ui: &mut Ui) {
    if let Some(s) = app.share() {
        let n = s.viewers();
        let text = format!("Shared · {n} watching");
        if ui.button(text).on_hover_text("The timer is shared on the network; click for the links").clicked()
        {
            app.ui.share_window = true;
        }
    }
}
