//! The projector view: what the speaker reads from the back of the room. A pure function of the
//! engine's view at `now`; drawn with the painter so every size follows the window.

use chrono::{DateTime, TimeDelta, Utc};
use egui::{Align2, Color32, FontId, Rect, Sense, Ui, pos2, vec2};

use super::theme::{self, StateStyle};
use crate::timing::speaker::{Countdown, Speaker};
use crate::timing::view::View;

/// Digit height as a share of the font size (the default proportional font's figures).
pub const DIGIT_HEIGHT_EM: f32 = 0.7;
/// The share of the window height the digits must reach.
pub const MIN_DIGIT_SHARE: f32 = 0.40;

pub use crate::timing::speaker::Model;

/// A remaining time as the projector shows it: whole seconds counting down (rounded up, so the
/// display reaches 00:00 exactly when time is up), then `+mm:ss` counting up.
pub fn clock_face(remaining: TimeDelta) -> String {
    crate::schedule::duration::format_clock(remaining)
}

/// How long until the big figure changes: the next repaint. One repaint a second, aligned to the
/// running countdown (or, with none running, to the wall clock's second); everything else shown
/// (the clock's minute, the chair's figures) changes at most once a second too and rides along.
pub fn until_next_change(view: &View, now: DateTime<Utc>) -> std::time::Duration {
    wait_for(running_countdown(view), now)
}

/// The countdown the big figure shows while it runs: the running phase's time left, or the time
/// until the start.
pub fn running_countdown(view: &View) -> Option<TimeDelta> {
    let running = view.current.as_ref().filter(|c| !c.paused).map(|c| c.phase_remaining);
    running.or_else(|| (view.until_start > TimeDelta::zero()).then_some(view.until_start))
}

/// [`running_countdown`] from the speaker model.
fn speaker_countdown(speaker: &Speaker, now: DateTime<Utc>) -> Option<TimeDelta> {
    match speaker.big {
        Some(c @ Countdown::Running { .. }) => Some(c.remaining(now)),
        _ => None,
    }
}

/// [`until_next_change`] from the speaker model, for the projector's own window: the big figure
/// counts down while its countdown runs, otherwise the wall clock's second rules.
pub fn until_speaker_changes(speaker: &Speaker, now: DateTime<Utc>) -> std::time::Duration {
    wait_for(speaker_countdown(speaker, now), now)
}

/// The wait until a countdown with `countdown` left shows another second (or, with none, until
/// the wall clock's next second), plus 2 ms so the repaint lands just after the flip.
fn wait_for(countdown: Option<TimeDelta>, now: DateTime<Utc>) -> std::time::Duration {
    let to_wall_second = 1000 - i64::from(now.timestamp_subsec_millis());
    let wait = countdown.map_or(to_wall_second, |d| until_flip(d.num_milliseconds()));
    std::time::Duration::from_millis(u64::try_from(wait.clamp(1, 1000)).unwrap_or(1000) + 2)
}

/// What the projector's own window shows, and what happened in it, shared between the chair
/// window's passes (which publish the speaker model) and the projector window's passes. The
/// projector is a deferred viewport: it is drawn when its own figures change, never because the
/// chair window was (docs/PERFORMANCE.md).
#[derive(Debug)]
pub struct Feed {
    /// What the speaker sees, as instants: the window draws any later second by itself.
    pub speaker: Speaker,
    /// Overtime flashes (the setting).
    pub flashing: bool,
    /// The app clock's reading at a monotonic instant, taken by the chair window's last pass.
    /// The projector's `now` runs on from it by the monotonic clock (at most a second or so, as
    /// the chair window passes at least once a second): the window never reads the wall clock.
    pub anchor: (DateTime<Utc>, std::time::Instant),
    /// What happened in the window since the app last looked.
    pub events: FeedEvents,
}

/// What happened in the projector window, for the app to act on.
#[derive(Debug, Default)]
pub struct FeedEvents {
    /// Key presses (the projector obeys the chair window's keys).
    pub presses: Vec<(egui::Key, egui::Modifiers)>,
    /// The window's close button.
    pub close_requested: bool,
    /// A double click (full screen on and off).
    pub double_clicked: bool,
    /// Where the window is (outer rectangle, points).
    pub outer_rect: Option<Rect>,
}

impl Feed {
    /// A feed showing `speaker`, anchored at `now`.
    pub fn new(speaker: Speaker, now: DateTime<Utc>) -> Self {
        Self {
            speaker,
            flashing: false,
            anchor: (now, std::time::Instant::now()),
            events: FeedEvents::default(),
        }
    }

    /// The app clock's `now`, run on from the anchor.
    pub fn now(&self) -> DateTime<Utc> {
        let (at, taken) = self.anchor;
        let elapsed = TimeDelta::from_std(taken.elapsed()).unwrap_or_else(|_| TimeDelta::zero());
        at + elapsed
    }
}

/// The projector's own window, one pass: draws the feed's speaker at its `now`, schedules the
/// window's next repaint for the next change of the big figure, and hands what happened to the
/// app. `true`: there is something for the chair window to act on (the caller wakes it).
pub fn own_window_pass(ui: &mut Ui, feed: &std::sync::Mutex<Feed>, how: Drawn) -> bool {
    let mut feed = feed.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let now = feed.now();
    super::trace_frame("projector", now, || speaker_countdown(&feed.speaker, now));
    let model = feed.speaker.text_at(now);
    let flash = feed.flashing && now.timestamp() % 2 == 1;
    let response = egui::CentralPanel::no_frame()
        .show(ui, |ui| match how {
            Drawn::ByOpenGl => draw_in_own_window(ui, &model, flash),
            Drawn::ByProcessor => draw(ui, &model, flash),
        })
        .inner;
    let ctx = ui.ctx().clone();
    ctx.request_repaint_after(until_speaker_changes(&feed.speaker, now));
    let (close, rect) = ctx.input(|i| (i.viewport().close_requested(), i.viewport().outer_rect));
    let presses = key_presses(&ctx);
    let tell = close || response.double_clicked() || !presses.is_empty();
    let events = &mut feed.events;
    events.presses.extend(presses);
    events.close_requested |= close;
    events.double_clicked |= response.double_clicked();
    events.outer_rect = rect.or(events.outer_rect);
    tell
}

/// How the projector's own window is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawn {
    /// Through eframe's OpenGL: the background by a clear.
    ByOpenGl,
    /// On the processor (`ui::soft`): the background is a rectangle like any other, drawn again
    /// only where something in front of it changed.
    ByProcessor,
}

/// The key presses (not repeats) of a window's last pass, with their modifiers.
pub fn key_presses(ctx: &egui::Context) -> Vec<(egui::Key, egui::Modifiers)> {
    ctx.input(|i| {
        i.events
            .iter()
            .filter_map(|e| match e {
                egui::Event::Key { key, pressed: true, repeat: false, modifiers, .. } => {
                    Some((*key, *modifiers))
                }
                _ => None,
            })
            .collect()
    })
}

/// Font size for the big figure in a `w`×`h` window: digits at least [`MIN_DIGIT_SHARE`] of the
/// height where the width allows, never wider than 94 % of the window. `width_at_1` measures the
/// text's width at font size 1.
pub fn big_font_size(w: f32, h: f32, width_at_1: f32) -> f32 {
    let by_height = h * 0.62;
    let by_width = if width_at_1 > 0.0 { w * 0.94 / width_at_1 } else { by_height };
    by_height.min(by_width)
}

/// The font size of the big figure `big` in a `w`×`h` window (the sign of overtime is drawn at
/// half size beside it).
pub fn big_size(ui: &Ui, w: f32, h: f32, big: &str) -> f32 {
    let (sign, digits) = big.strip_prefix('+').map_or(("", big), |d| ("+", d));
    let family = super::fonts::heavy_in(ui.ctx());
    let font = FontId::new(100.0, family);
    let _ = ui.painter().layout_no_wrap(BIG_GLYPHS.to_owned(), font.clone(), Color32::WHITE);
    let measure =
        |s: &str| ui.painter().layout_no_wrap(s.to_owned(), font.clone(), Color32::WHITE).size().x / 100.0;
    let sign_w = if sign.is_empty() { 0.0 } else { measure(sign) * 0.5 };
    big_font_size(w, h, measure(digits) + sign_w)
}

/// Milliseconds until a countdown with `ms` left shows another figure. Counting down the figure
/// changes when `ms` crosses a whole second (rounded up); over time too (rounded down), so both ways
/// it is the distance to the whole second below.
fn until_flip(ms: i64) -> i64 {
    match ms.rem_euclid(1000) {
        0 => 1000,
        r => r,
    }
}

/// The largest size the big figure is rasterised at, physical pixels: a larger figure is this
/// raster magnified, so the font atlas holds a bounded set of glyphs at any window size
/// (docs/PERFORMANCE.md).
pub const BIG_RASTER_PX: f32 = 256.0;

/// The largest size the projector's other text is rasterised at, physical pixels (reached with
/// windows over 1700 pixels tall; larger text is this raster magnified).
pub const TEXT_RASTER_PX: f32 = 128.0;

/// Steps of font size per doubling: the projector's text takes sizes from this ladder only, so
/// windows of every size share the glyphs of a few sizes (each step 19 % larger than the last).
const STEPS_PER_DOUBLING: f32 = 4.0;

/// The size at or below (`up`: at or above) `size` on a ladder of `steps` sizes per doubling;
/// sizes that are not a number above 1 are clamped.
fn ladder(size: f32, steps: f32, up: bool) -> f32 {
    if !(size > 1.0 && size.is_finite()) {
        return if size.is_nan() { 1.0 } else { size.clamp(1.0, 1.0e4) };
    }
    let at = size.log2() * steps;
    2f32.powf(if up { (at - 1.0e-3).ceil() } else { (at + 1.0e-3).floor() } / steps)
}

/// The ladder's size at or below `size`.
pub fn step_down(size: f32) -> f32 {
    ladder(size, STEPS_PER_DOUBLING, false)
}

/// The size the big figure's glyphs are rasterised at for a figure of `size` points: a power of
/// two at or above it (shrunk at most by half, which stays crisp; half-octave steps below 128),
/// capped at [`BIG_RASTER_PX`] physical pixels (above which the glyphs are magnified). Few sizes,
/// so the atlas holds few sets of big glyphs however the window is resized.
pub fn big_raster(size: f32, pixels_per_point: f32) -> f32 {
    let cap = BIG_RASTER_PX / pixels_per_point.max(0.1);
    ladder(size, if size > 128.0 { 1.0 } else { 2.0 }, true).min(cap)
}

/// Every glyph the big figure can show, laid out at once so that they are packed together into
/// the atlas (one by one, as each digit first appears, each would open a new row as tall as the
/// digits).
pub const BIG_GLYPHS: &str = "+0123456789:";

/// A galley laid out at one size, drawn `scale` times larger at `pos`.
fn scaled(pos: egui::Pos2, galley: std::sync::Arc<egui::Galley>, scale: f32, color: Color32) -> egui::Shape {
    if (scale - 1.0).abs() < 1.0e-4 {
        return egui::epaint::TextShape::new(pos, galley, color).into();
    }
    let mut shape = egui::epaint::TextShape::new(egui::Pos2::ZERO, galley, color);
    shape.transform(egui::emath::TSTransform::new(pos.to_vec2(), scale));
    shape.into()
}

fn text(ui: &Ui, rect: Rect, anchor: Align2, s: &str, size: f32, color: Color32, max_width: f32) -> Rect {
    text_in(ui, rect, anchor, (s, egui::FontFamily::Proportional), size, color, max_width)
}

/// As [`text`], in `family` (the heavy face for the state word).
fn text_in(
    ui: &Ui,
    rect: Rect,
    anchor: Align2,
    (s, family): (&str, egui::FontFamily),
    size: f32,
    color: Color32,
    max_width: f32,
) -> Rect {
    let cap = TEXT_RASTER_PX / ui.ctx().pixels_per_point().max(0.1);
    // Laid out at the ladder's size, rasterised at most at the cap: (galley, scale, width shown).
    let layout = |s: String, size: f32| {
        let raster = size.min(cap);
        let galley = ui.painter().layout_no_wrap(s, FontId::new(raster, family.clone()), color);
        let scale = size / raster;
        let width = galley.size().x * scale;
        (galley, scale, width)
    };
    let mut font_size = step_down(size);
    let (mut galley, mut scale, mut width) = layout(s.to_owned(), font_size);
    if width > max_width && width > 0.0 {
        font_size = step_down((font_size * max_width / width).max(size * 0.5));
        (galley, scale, width) = layout(s.to_owned(), font_size);
    }
    if width > max_width {
        // Still too long: cut with an ellipsis.
        let mut cut: String = s.to_owned();
        while width > max_width && cut.chars().count() > 1 {
            cut.pop();
            (galley, scale, width) = layout(format!("{}…", cut.trim_end()), font_size);
        }
    }
    let shown = galley.size() * scale;
    let pos = anchor.align_size_within_rect(shown, rect).min;
    ui.painter().add(scaled(pos, galley, scale, color));
    let r = Rect::from_min_size(pos, shown);
    accessible(ui, r, s);
    r
}

/// Gives painted text an accessible node, so screen readers (and UI tests) can read the projector.
fn accessible(ui: &Ui, rect: Rect, s: &str) {
    if s.is_empty() {
        return;
    }
    let id = ui.scope_id().with(("projector-text", s));
    let response = ui.interact(rect, id, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, s));
}

/// Draws the projector view filling `ui`'s available rect. `flash` is the current flash phase.
pub fn draw(ui: &mut Ui, m: &Model, flash: bool) -> egui::Response {
    draw_with(ui, m, flash, Background::Quad)
}

/// [`draw`] for the projector's own window under OpenGL: the state colour fills the window by
/// clearing it, not by shading a window-sized quad (on software GL the quad was most of the
/// window's cost: docs/PERFORMANCE.md).
pub fn draw_in_own_window(ui: &mut Ui, m: &Model, flash: bool) -> egui::Response {
    draw_with(ui, m, flash, Background::Clear)
}

/// How the background colour gets onto the screen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Background {
    /// A filled rectangle: works with any renderer (tests, a projector inside the chair window).
    Quad,
    /// A clear of the whole window, through egui_glow: the view must fill its own window.
    Clear,
}

fn fill(painter: &egui::Painter, rect: Rect, colour: Color32, how: Background) {
    match how {
        Background::Quad => {
            painter.rect_filled(rect, 0.0, colour);
        }
        Background::Clear => {
            let rgba = colour.to_normalized_gamma_f32();
            let clear =
                eframe::egui_glow::CallbackFn::new(move |info, glow| glow.clear(info.screen_size_px, rgba));
            painter.add(egui::PaintCallback { rect, callback: std::sync::Arc::new(clear) });
        }
    }
}

fn draw_with(ui: &mut Ui, m: &Model, flash: bool, how: Background) -> egui::Response {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click());
    let painter = ui.painter().clone();
    if m.blackout {
        fill(&painter, rect, Color32::BLACK, how);
        return response;
    }
    let StateStyle { bg, fg, shape } = theme::style(m.urgency, flash);
    // The word in the speaker's language, made with the model.
    let english;
    let label = if m.word.is_empty() {
        english = crate::timing::speaker::state_word(m.urgency, crate::l10n::Lang::En);
        english.as_str()
    } else {
        m.word.as_str()
    };
    fill(&painter, rect, bg, how);
    let (w, h) = (rect.width(), rect.height());
    let x0 = rect.left() + w * 0.03;
    let inner_w = w * 0.94;
    let row = |top: f32, height: f32| {
        Rect::from_min_size(pos2(x0, rect.top() + h * top), vec2(inner_w, h * height))
    };

    // Top band: shape + state word on the left, time of day on the right.
    let band = row(0.03, 0.08);
    let icon = Rect::from_min_size(band.min, vec2(band.height(), band.height()));
    theme::paint_shape(&painter, icon, shape, fg);
    // The state word in the heavy face, as the figure: read from the back row.
    text_in(
        ui,
        band.with_min_x(icon.right() + h * 0.02),
        Align2::LEFT_CENTER,
        (label, super::fonts::heavy_in(ui.ctx())),
        h * 0.065,
        fg,
        inner_w * 0.6,
    );
    text(ui, band, Align2::RIGHT_CENTER, &m.clock, h * 0.065, fg, inner_w * 0.3);

    // The phase (or "Starts at", "Break — back at").
    text(ui, row(0.125, 0.09), Align2::CENTER_CENTER, &m.headline, h * 0.075, fg, inner_w);

    // The big figure; an overtime "+" is drawn smaller so the digits stay huge. Above
    // BIG_RASTER_PX the glyphs are rasterised at that size and magnified (bounded atlas).
    let (sign, digits) = m.big.strip_prefix('+').map_or(("", m.big.as_str()), |d| ("+", d));
    let size = big_size(ui, w, h, &m.big);
    let raster = big_raster(size, ui.ctx().pixels_per_point());
    let scale = size / raster;
    let big_area = row(0.22, 0.55);
    // The heavy face: a stroke near a sixth of the digits' height (docs/fonts.md).
    let big_font = FontId::new(raster, super::fonts::heavy_in(ui.ctx()));
    let _ = painter.layout_no_wrap(BIG_GLYPHS.to_owned(), big_font.clone(), fg);
    let digits_galley = painter.layout_no_wrap(digits.to_owned(), big_font.clone(), fg);
    // The sign from the same glyph size, drawn at half scale: no second size in the atlas.
    let sign_galley = painter.layout_no_wrap(sign.to_owned(), big_font, fg);
    let (digits_size, sign_size) = (digits_galley.size() * scale, sign_galley.size() * scale * 0.5);
    let total_w = digits_size.x + sign_size.x;
    let left = big_area.center().x - total_w / 2.0;
    let top = big_area.center().y - digits_size.y / 2.0;
    if !sign.is_empty() {
        painter.add(scaled(pos2(left, top + digits_size.y * 0.18), sign_galley, scale * 0.5, fg));
    }
    let digits_rect = Rect::from_min_size(pos2(left + total_w - digits_size.x, top), digits_size);
    painter.add(scaled(digits_rect.min, digits_galley, scale, fg));
    accessible(ui, digits_rect, &m.big);

    if let Some(message) = &m.message {
        // The message replaces the lower rows, on an inverted banner.
        let banner = row(0.77, 0.16);
        painter.rect_filled(banner.expand(h * 0.005), h * 0.01, fg);
        text(ui, banner, Align2::CENTER_CENTER, message, h * 0.075, bg, inner_w * 0.97);
    } else {
        if let Some((done, marks)) = &m.progress {
            let bar = row(0.775, 0.03);
            painter.rect_stroke(bar, h * 0.005, egui::Stroke::new(h * 0.003, fg), egui::StrokeKind::Inside);
            let fill = Rect::from_min_size(bar.min, vec2(bar.width() * done, bar.height()));
            painter.rect_filled(fill, h * 0.005, fg);
            for mark in marks {
                let x = bar.left() + bar.width() * mark;
                painter.line_segment(
                    [pos2(x, bar.top() - h * 0.01), pos2(x, bar.bottom() + h * 0.01)],
                    egui::Stroke::new(h * 0.004, fg),
                );
            }
            text(ui, row(0.81, 0.035), Align2::RIGHT_CENTER, &m.slot_left, h * 0.03, fg, inner_w * 0.5);
        }
        text(ui, row(0.845, 0.055), Align2::LEFT_CENTER, &m.title, h * 0.05, fg, inner_w);
        text(ui, row(0.9, 0.04), Align2::LEFT_CENTER, &m.speakers, h * 0.036, fg, inner_w);
    }
    // Footer: position, horizon, next.
    let footer = row(0.945, 0.04);
    let left_text = [m.position.as_str(), m.horizon.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("  ·  ");
    let used = text(ui, footer, Align2::LEFT_CENTER, &left_text, h * 0.03, fg, inner_w * 0.45);
    text(
        ui,
        footer.with_min_x(used.right() + w * 0.02),
        Align2::RIGHT_CENTER,
        &m.next,
        h * 0.03,
        fg,
        inner_w - used.width() - w * 0.02,
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_face_counts_down_to_zero_then_up_with_a_plus() {
        let ms = TimeDelta::milliseconds;
        assert_eq!(clock_face(ms(300_000)), "05:00");
        assert_eq!(clock_face(ms(299_001)), "05:00", "rounded up while counting down");
        assert_eq!(clock_face(ms(299_000)), "04:59");
        assert_eq!(clock_face(ms(1)), "00:01");
        assert_eq!(clock_face(ms(0)), "00:00");
        assert_eq!(clock_face(ms(-999)), "00:00");
        assert_eq!(clock_face(ms(-1000)), "+00:01");
        assert_eq!(clock_face(ms(-83_500)), "+01:23");
        assert_eq!(clock_face(ms(3_723_000)), "1:02:03");
    }

    #[test]
    fn the_next_repaint_comes_exactly_when_the_figure_changes_counting_down_and_over_time() {
        let face = |ms: i64| clock_face(TimeDelta::milliseconds(ms));
        for ms in (-5000..5000).step_by(37).chain([-1000, -999, -1, 0, 1, 999, 1000, 1001]) {
            let w = until_flip(ms);
            assert!((1..=1000).contains(&w), "{ms}");
            assert_eq!(face(ms), face(ms - w + 1), "no change before the repaint, from {ms} ms");
            assert_ne!(face(ms), face(ms - w), "a change at the repaint, from {ms} ms (waited {w})");
        }
    }

    #[test]
    fn the_big_font_fills_the_height_unless_the_width_forbids() {
        assert!((big_font_size(1920.0, 1080.0, 2.0) - 1080.0 * 0.62).abs() < 0.01);
        assert!((big_font_size(1920.0, 1080.0, 4.0) - 1920.0 * 0.94 / 4.0).abs() < 0.01);
    }
}
