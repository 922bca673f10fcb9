//! What the UI tests of the schedule and the screens share: a sound player that stays silent and
//! a harness that runs whole frames of the app.

use chairtime::audio::{Cue, CuePlayer};
use chairtime::ui::app::ChairApp;
use egui_kittest::Harness;

/// A sound player with a device that plays nothing.
pub struct Silent;

impl CuePlayer for Silent {
    fn play(&mut self, _cue: Cue, _volume: f32) {}

    fn unavailable(&self) -> Option<&str> {
        None
    }
}

/// The app in a headless harness `width` points wide, one whole frame (draw and logic) per step.
pub fn harness_of(app: ChairApp, width: f32) -> Harness<'static, ChairApp> {
    Harness::builder().with_size([width, 1000.0]).build_ui_state(|ui, app: &mut ChairApp| app.frame(ui), app)
}
