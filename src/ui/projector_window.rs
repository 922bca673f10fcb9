//! The projector's own window: where it opens (a chosen screen, or beside the chair window on one
//! screen, never over it), what it is fed, and what it sends back (keys, close, double-click).
//! Its drawing is `projector.rs`'s.

use crate::tr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use chrono::TimeDelta;
use egui::{Context, ViewportBuilder, ViewportCommand, ViewportId};

use super::app::{ChairApp, PROJECTOR};
use super::monitors::{self, Beside, Target};
use super::projector;

/// How long the chair window's place must stay the same before the projector window is placed
/// beside it (a window manager moves a window just after it appears).
const SETTLE: std::time::Duration = std::time::Duration::from_millis(300);

/// Where the projector window goes on one screen, or that the chair window's place is not known yet.
enum Placing {
    Wait,
    Beside(Beside),
}

impl ChairApp {
    /// Draws the projector window (or, where the backend cannot open windows, an embedded one).
    pub(super) fn projector_window(&mut self, ctx: &Context) {
        if !self.ui.projector_open {
            if let Some(host) = &self.projector_host {
                host.hide();
            }
            return;
        }
        let builder = ViewportBuilder::default()
            .with_icon(super::icon::icon_data())
            // The X11 class and Wayland app id of the chair window: one application to the desktop.
            .with_app_id(crate::cli::package::APP_ID)
            .with_title(if self.room.is_waiting() {
                tr!("projector-window-title", session = tr!("no-session-open"))
            } else {
                tr!("projector-window-title", session = self.room.recorder().engine().session().title)
            })
            .with_inner_size(self.settings.projector_size.unwrap_or([1280.0, 720.0]))
            .with_min_inner_size([320.0, 180.0]);
        let id = ViewportId::from_hash_of(PROJECTOR);
        let Some(mut builder) = self.place_projector(ctx, builder) else { return };
        // The same place in every pass: egui turns a builder that changes between passes into
        // commands, which would move the window back to where it opened, or resize it.
        if let Some((p, size)) = self.projector_place {
            builder = builder.with_position(p).with_inner_size(size);
        }
        if self.ui.projector_fullscreen && self.screens.applied.is_none() {
            builder = builder.with_fullscreen(true);
        }
        if ctx.embed_viewports() {
            self.embedded_projector(ctx);
            return;
        }
        // Published by `logic` before this pass and again after the commands below run.
        let feed = match &self.projector_feed {
            Some(feed) => Arc::clone(feed),
            None => self.publish_to_projector(ctx),
        };
        let events = std::mem::take(&mut feed.lock().unwrap_or_else(PoisonError::into_inner).events);
        match &self.projector_host {
            Some(host) => host.show(builder, &feed, &self.fonts),
            None => ctx.show_viewport_deferred(id, builder, move |ui, _class| {
                if projector::own_window_pass(ui, &feed, projector::Drawn::ByOpenGl) {
                    ui.ctx().request_repaint_after_for(std::time::Duration::from_millis(1), ViewportId::ROOT);
                }
            }),
        }
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
            self.projector_command(ctx, ViewportCommand::Fullscreen(self.ui.projector_fullscreen));
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
    pub(super) fn publish_to_projector(&mut self, ctx: &Context) -> Arc<Mutex<projector::Feed>> {
        let now = self.room.now();
        let speaker = self.room.speaker_for_window();
        let flashing = self.settings.flashing;
        let feed = Arc::clone(
            self.projector_feed
                .get_or_insert_with(|| Arc::new(Mutex::new(projector::Feed::new(speaker.clone(), now)))),
        );
        let mut shown = feed.lock().unwrap_or_else(PoisonError::into_inner);
        // The projector's clock ran on from the last reading; a step (suspend, NTP, a manual
        // change) means the figure it shows may be wrong now.
        let stepped = (shown.now() - now).abs() > TimeDelta::milliseconds(50);
        shown.anchor = (now, Instant::now());
        let changed = shown.speaker != speaker || shown.flashing != flashing || stepped;
        if changed {
            shown.speaker = speaker;
            shown.flashing = flashing;
        }
        drop(shown);
        if changed {
            match &self.projector_host {
                Some(host) => host.wake(),
                // Not `request_repaint_of`: a zero delay asks for two passes.
                None => ctx.request_repaint_after_for(
                    std::time::Duration::from_millis(1),
                    ViewportId::from_hash_of(PROJECTOR),
                ),
            }
        }
        feed
    }

    /// A command for the projector window (full screen, another monitor), whichever draws it.
    pub(super) fn projector_command(&self, ctx: &Context, command: ViewportCommand) {
        match &self.projector_host {
            Some(host) => host.command(command),
            None => ctx.send_viewport_cmd_to(ViewportId::from_hash_of(PROJECTOR), command),
        }
    }

    /// Gives the app the projector window of chairtime's own (`ui::soft`), or none.
    pub fn set_projector_host(&mut self, host: Option<crate::ui::soft::Host>) {
        self.projector_host = host;
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

    /// Where the projector window opens, given once when it opens (afterwards the chair or the
    /// window manager moves it, and giving it again every frame would fight them); with two
    /// screens or more, full screen on one the chair window is not on (docs/shortcuts.md).
    /// `None`: not now (waiting for the chair window's place, or no room beside it).
    fn place_projector(&mut self, ctx: &Context, mut builder: ViewportBuilder) -> Option<ViewportBuilder> {
        // Placement is given when the window opens; afterwards the chair (or the window manager)
        // moves it, and giving it again every frame would fight them. With two screens or more
        // the view goes full screen on one the chair window is not on (docs/shortcuts.md).
        let target = self.projector_target();
        if self.ui.projector_placed {
            match target {
                Target::Monitor(i) if self.screens.applied != Some(i) => {
                    self.projector_command(ctx, ViewportCommand::SetMonitor(i));
                    self.screens.applied = Some(i);
                }
                Target::Window if self.screens.applied.is_some() => {
                    self.projector_command(ctx, ViewportCommand::Fullscreen(false));
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
                            return None;
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
                            self.sticky(tr!("no-room-for-projector"));
                            return None;
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
        Some(builder)
    }

    /// No separate windows here (tests, or a backend without them): a window inside the chair
    /// window, placed where the projector window would be.
    fn embedded_projector(&mut self, ctx: &Context) {
        // No separate windows here (tests, or a backend without them): a window inside the
        // chair window, placed where the projector window would be.
        let size = self.settings.projector_size.unwrap_or([1280.0, 720.0]);
        let now = self.room.now();
        let model = self.room.speaker_for_window().text_at(now);
        let flash = self.settings.flashing && now.timestamp() % 2 == 1;
        let mut open = true;
        egui::Window::new(tr!("projector"))
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
    }
}
