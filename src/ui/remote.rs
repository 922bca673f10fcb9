//! The Share window: off, it explains and offers to start; on, it shows the links as text and QR
//! codes. Sharing itself is the room's ([`crate::room`]); the server is headless
//! ([`crate::share`]).

use egui::{Color32, RichText, Ui};

use super::app::ChairApp;
use super::theme;

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
    theme::panel(&ctx, app.ui.timer_box, "Share the timer").open(&mut open).resizable(false).show(&ctx, |ui| {
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
        if app.room().keeps_links() {
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
            {
                app.room_mut().new_links();
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
