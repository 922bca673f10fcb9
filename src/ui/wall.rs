//! The organisers' wall window (`chairtime wall`, docs/conference.md): every room of the
//! conference as a tile, drawn from [`crate::conference::wall::Wall`]'s tiles. It repaints when a
//! room's message comes and when the displayed second turns, never continuously.

use crate::tr;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, PoisonError};

use egui::{Color32, RichText};

use super::theme;
use crate::conference::wall::{Feed, FeedStatus, Tile, Wall};
use crate::timing::clock::{Clock, SystemClock};

/// The wall window's state.
pub struct WallApp {
    wall: Arc<Mutex<Wall>>,
    feed: Option<Feed>,
    clock: Box<dyn Clock>,
    bus: String,
    /// The wall's web page, while the window is open.
    share: Option<crate::share::wall_page::WallShare>,
}

/// A tile's width at most, points; the window fits as many columns as it can.
const TILE_WIDTH: f32 = 430.0;
const TILE_HEIGHT: f32 = 250.0;

impl WallApp {
    /// A wall over `wall`, fed by `feed` (`None` in tests), saying `bus` in its header.
    pub fn new(wall: Arc<Mutex<Wall>>, feed: Option<Feed>, clock: Box<dyn Clock>, bus: String) -> Self {
        Self { wall, feed, clock, bus, share: None }
    }

    /// Draws the wall.
    pub fn draw(&self, ui: &mut egui::Ui) {
        let now = self.clock.now();
        let tiles = self.wall.lock().unwrap_or_else(PoisonError::into_inner).tiles(now);
        let status = self.feed.as_ref().map(Feed::status);
        header(ui, &self.bus, tiles.len(), status.as_ref());
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            if tiles.is_empty() {
                ui.add_space(40.0);
                ui.label(RichText::new(tr!("no-room-has-published-yet")).size(20.0));
                return;
            }
            // Whole columns of at most TILE_WIDTH (1 to 12 of them).
            let columns = (1..=12u8)
                .take_while(|&n| f32::from(n) * TILE_WIDTH <= ui.available_width())
                .last()
                .unwrap_or(1);
            let width = (ui.available_width() - 12.0 * (f32::from(columns) - 1.0)) / f32::from(columns);
            let columns = usize::from(columns);
            egui::Grid::new("wall").spacing([12.0, 12.0]).show(ui, |ui| {
                for (i, t) in tiles.iter().enumerate() {
                    tile(ui, t, width);
                    if (i + 1) % columns == 0 {
                        ui.end_row();
                    }
                }
            });
        });
        // Nothing until a tile may change (or a room's message comes).
        let next = self.wall.lock().unwrap_or_else(PoisonError::into_inner).next_repaint(now);
        ui.ctx().request_repaint_after(next + std::time::Duration::from_millis(5));
    }
}

fn header(ui: &mut egui::Ui, bus: &str, rooms: usize, status: Option<&FeedStatus>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new("chairtime wall").strong().size(22.0)); // l10n-exempt: the name
        let rooms = tr!("n-rooms", count = rooms);
        ui.label(RichText::new(format!("{bus} · {rooms}")).size(18.0));
        match status {
            Some(FeedStatus { connected: true, .. }) => {
                ui.label(
                    RichText::new(tr!("live")).strong().color(Color32::from_rgb(0x8f, 0xe3, 0xa0)).size(18.0),
                );
            }
            Some(FeedStatus { problem: Some(p), .. }) => {
                ui.label(
                    RichText::new(tr!("not-reaching-the-broker-showing-last", why = p))
                        .color(Color32::from_rgb(0xff, 0xb4, 0xa8))
                        .size(18.0),
                );
            }
            _ => {
                ui.label(RichText::new(tr!("connecting-2")).size(18.0));
            }
        }
    });
    ui.add_space(8.0);
}

fn tile(ui: &mut egui::Ui, t: &Tile, width: f32) {
    let style = theme::style(t.urgency, false);
    // A room without a chairtime, or whose chairtime went away, is grey: nothing on it is live.
    let (bg, fg) = if t.planned_only || t.offline.is_some() {
        (Color32::from_gray(0x24), Color32::from_gray(0xe8))
    } else {
        (style.bg, style.fg)
    };
    let stroke = if t.stands_out {
        egui::Stroke::new(5.0, Color32::from_rgb(0xff, 0xd5, 0x4f))
    } else {
        egui::Stroke::new(1.0, Color32::from_gray(0x50))
    };
    let frame = egui::Frame::new().fill(bg).stroke(stroke).corner_radius(10.0).inner_margin(12.0);
    frame.show(ui, |ui| {
        ui.set_width(width - 24.0);
        ui.set_height(TILE_HEIGHT - 24.0);
        ui.vertical(|ui| tile_body(ui, t, style, (bg, fg)));
    });
}

fn tile_body(ui: &mut egui::Ui, t: &Tile, style: theme::StateStyle, (bg, fg): (Color32, Color32)) {
    {
        ui.visuals_mut().override_text_color = Some(fg);
        ui.horizontal(|ui| {
            if !t.planned_only {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(22.0, 22.0), egui::Sense::hover());
                theme::paint_shape(ui.painter(), rect, style.shape, fg);
            }
            ui.add(egui::Label::new(RichText::new(&t.room).strong().size(22.0)).truncate());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let word = match (t.planned_only, &t.offline) {
                    (true, _) => tr!("no-chairtime"),
                    (false, Some(_)) => tr!("offline"),
                    (false, None) => crate::timing::speaker::state_word(t.urgency, crate::l10n::chair()),
                };
                ui.label(RichText::new(word).strong().size(18.0));
            });
        });
        ui.label(RichText::new(&t.big).size(60.0).strong().monospace());
        ui.add(egui::Label::new(RichText::new(&t.headline).size(18.0)).truncate());
        ui.add(egui::Label::new(RichText::new(&t.title).size(18.0).strong()).truncate());
        ui.add(egui::Label::new(RichText::new(&t.speakers).size(16.0)).truncate());
        ui.horizontal_wrapped(|ui| {
            if !t.pace.is_empty() {
                ui.label(RichText::new(&t.pace).strong().size(19.0));
                ui.label(RichText::new("·").size(16.0));
            }
            ui.label(RichText::new(&t.ends).size(16.0));
        });
        ui.horizontal_wrapped(|ui| {
            let flag = |ui: &mut egui::Ui, text: &str| {
                egui::Frame::new()
                    .fill(fg)
                    .corner_radius(5.0)
                    .inner_margin(egui::Margin::symmetric(6, 2))
                    .show(ui, |ui| {
                        ui.label(RichText::new(text).color(bg).strong().size(15.0));
                    });
            };
            if t.rehearsal {
                flag(ui, &tr!("rehearsal"));
            }
            if t.past_hard_end {
                flag(ui, &tr!("past-the-hard-end"));
            }
            if let Some(off) = &t.offline {
                flag(ui, off);
            }
        });
    }
}

impl eframe::App for WallApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::Frame::new().fill(Color32::from_gray(0x10)).inner_margin(16.0).show(ui, |ui| self.draw(ui));
    }
}

/// Opens the wall window on `wall`, fed from `connection`'s bus; with `share` (`Some(port)`), the
/// same wall as a web page too, its link printed. `shown`: the bus link its header shows, when not
/// `connection`'s (with `--broker`, the link the rooms use, not the wall's own way in).
pub fn run(
    wall: Wall,
    connection: &crate::conference::bus::Connection,
    share: Option<Option<u16>>,
    shown: Option<String>,
) -> ExitCode {
    let wall = Arc::new(Mutex::new(wall));
    let bus = shown.unwrap_or_else(|| connection.bus.to_string());
    let (changed, changes) = tokio::sync::watch::channel(0u64);
    let share = match share {
        Some(port) => {
            match crate::share::wall_page::WallShare::start(
                port,
                Arc::clone(&wall),
                Arc::new(SystemClock),
                changes,
                &bus,
            ) {
                Ok(s) => {
                    println!("Wall link: {}", s.link()); // l10n-exempt: read by scripts
                    if let Some(art) = crate::headless::qr_text(&s.link()) {
                        println!("{}\n{art}", crate::tr!("wall-qr"));
                    }
                    use std::io::Write as _;
                    let _ = std::io::stdout().flush();
                    Some(s)
                }
                Err(e) => {
                    eprintln!("chairtime: {e}");
                    return ExitCode::from(1);
                }
            }
        }
        None => None,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_icon(super::icon::icon_data())
            .with_title("chairtime wall") // l10n-exempt: the name
            .with_app_id(crate::cli::package::APP_ID)
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([480.0, 360.0]),
        glow_options: eframe::egui_glow::GlowConfiguration { vsync: false, ..Default::default() },
        dithering: false,
        system_font_fallback: false,
        ..Default::default()
    };
    let connection = connection.clone();
    let result = eframe::run_native(
        "chairtime wall", // l10n-exempt: the name
        options,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            // Rooms and talks in every script: the system's fonts behind the bundled ones.
            super::fonts::Fonts::default().install(&ctx);
            // Forty rooms may each send a state a second: their messages share frames, at most
            // four a second, well within the second a tile may lag (docs/PERFORMANCE.md).
            let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
                ctx.request_repaint_after(std::time::Duration::from_millis(250));
                changed.send_modify(|n| *n = n.wrapping_add(1));
            });
            let feed = match Feed::start(&connection, Arc::clone(&wall), Box::new(SystemClock), wake) {
                Ok(f) => Some(f),
                Err(e) => {
                    eprintln!("chairtime: {e}");
                    None
                }
            };
            let mut app = WallApp::new(wall, feed, Box::new(SystemClock), bus);
            app.share = share;
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chairtime: {}", tr!("cannot-open-the-wall-window", why = e.to_string()));
            ExitCode::from(1)
        }
    }
}
