//! The Share window: off, it explains and offers to start; on, it shows the links as text and QR
//! codes. Sharing itself is the room's ([`crate::room`]); the server is headless
//! ([`crate::share`]).

use crate::tr;
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
    theme::panel(&ctx, app.ui.timer_box, "share", tr!("share-the-timer").to_owned())
        .open(&mut open)
        .resizable(false)
        .show(&ctx, |ui| {
            ui.set_max_width(560.0);
            let Some(share) = app.share() else {
                ui.label(tr!("show-the-timer-on-any"));
                ui.label(tr!("the-devices-must-be-on"));
                ui.add_space(6.0);
                if ui.button(RichText::new(tr!("start-sharing")).strong()).clicked() {
                    let ctx = ui.ctx().clone();
                    app.start_sharing(&ctx);
                }
                return;
            };
            let view = share.view_link();
            let remote = share.remote_link();
            let viewers = share.viewers();
            let remotes = share.remotes();
            ui.label(RichText::new(tr!("speaker-link")).strong());
            ui.label(tr!("open-it-on-the-screen"));
            ui.horizontal(|ui| {
                qr(ui, &view, 180.0);
                ui.vertical(|ui| {
                    ui.add(egui::Label::new(RichText::new(&view).monospace()).selectable(true));
                    if ui.button(tr!("copy-link")).clicked() {
                        ui.ctx().copy_text(view.clone());
                    }
                });
            });
            ui.separator();
            ui.label(RichText::new(tr!("your-remote")).strong());
            ui.label(tr!("for-your-own-phone-only"));
            ui.horizontal(|ui| {
                if app.ui.show_remote_code {
                    qr(ui, &remote, 180.0);
                }
                ui.vertical(|ui| {
                    ui.add(egui::Label::new(RichText::new(&remote).monospace()).selectable(true));
                    ui.horizontal(|ui| {
                        let label = if app.ui.show_remote_code {
                            tr!("hide-the-qr-code")
                        } else {
                            tr!("show-the-qr-code")
                        };
                        if ui.button(label).clicked() {
                            app.ui.show_remote_code = !app.ui.show_remote_code;
                        }
                        if ui.button(tr!("copy-link")).clicked() {
                            ui.ctx().copy_text(remote.clone());
                        }
                    });
                });
            });
            ui.separator();
            if app.room().keeps_links() {
                ui.label(tr!("if-chairtime-stops-a-crash"));
            } else {
                ui.label(tr!("these-links-end-when-chairtime"));
            }
            let pages = viewers.saturating_sub(remotes);
            ui.label(tr!("pages-and-remotes-connected", pages = pages, remotes = remotes));
            ui.horizontal(|ui| {
                if ui.button(tr!("new-links")).on_hover_text(tr!("make-new-links-the-old")).clicked() {
                    app.room_mut().new_links();
                    app.ui.show_remote_code = false;
                }
                if ui
                    .button(tr!("stop-sharing"))
                    .on_hover_text(tr!("stop-sharing-the-speaker-link"))
                    .clicked()
                {
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
        let text = tr!("shared-n-watching", n = n);
        if ui.button(text).on_hover_text(tr!("the-timer-is-shared-on")).clicked() {
            app.ui.share_window = true;
        }
    }
}
