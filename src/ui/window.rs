//! The chair window's frame: what is drawn in each pass (the chair window, then the projector)
//! and the eframe glue. The logic is the app's ([`ChairApp::logic`]), the drawing `chair.rs`'s
//! and `projector.rs`'s.

use egui::Context;

use super::app::ChairApp;
use super::chair;
use super::settings;

/// The font atlas's largest side, pixels. egui makes the atlas as wide as the GPU's largest
/// texture (16384 under Mesa) and doubles its height as glyphs come; capped, it stays at most
/// 2048×2048 (16 MiB, held twice: egui's copy and the GL texture) and egui starts it afresh when
/// it is 80 % full (docs/PERFORMANCE.md).
pub const FONT_ATLAS_SIDE: usize = 2048;

impl ChairApp {
    /// Draws the chair window and the projector, then applies what the chair did.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        crate::l10n::set_chair(self.chair_language());
        self.fonts.install(&ctx);
        if let Some(started) = self.report_first_frame.take() {
            eprintln!("first frame after {} ms", started.elapsed().as_millis()); // l10n-exempt: a trace for scripts
        }
        let now = self.room.now();
        super::trace_frame("chair", now, || {
            super::projector::running_countdown(&self.room.recorder().engine().view(now))
        });
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
}

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
        self.look_at_screens(frame.winit_window().map(AsRef::as_ref));
        self.draw(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        storage.set_string(settings::KEY, self.settings.to_stored());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.room.close();
    }

    /// The chair window's background: its panels are not filled (chair.rs, `clear_frame`).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }
}
