//! How each state looks: colour *and* text *and* shape, with at least 7:1 contrast everywhere.

use egui::Color32;

use crate::timing::view::Urgency;

/// A shape drawn beside the state's label, so no state depends on colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Filled circle: on time.
    Circle,
    /// Triangle: warning.
    Triangle,
    /// Diamond: danger.
    Diamond,
    /// Filled square: overtime (stop).
    Square,
    /// Two bars: paused.
    PauseBars,
    /// Ring: break, not started, finished.
    Ring,
}

/// The look of a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateStyle {
    /// Background.
    pub bg: Color32,
    /// Text and shapes.
    pub fg: Color32,
    /// The shape shown.
    pub shape: Shape,
}

/// The style of an urgency; `flash` swaps foreground and background (overtime, once a second).
pub fn style(urgency: Urgency, flash: bool) -> StateStyle {
    let s = match urgency {
        Urgency::NotStarted => {
            StateStyle { bg: rgb(0x10, 0x14, 0x18), fg: Color32::WHITE, shape: Shape::Ring }
        }
        Urgency::Normal => StateStyle { bg: rgb(0x0b, 0x2e, 0x13), fg: Color32::WHITE, shape: Shape::Circle },
        Urgency::Warning => {
            StateStyle { bg: rgb(0xff, 0xc1, 0x07), fg: Color32::BLACK, shape: Shape::Triangle }
        }
        Urgency::Danger => {
            StateStyle { bg: rgb(0x8b, 0x00, 0x00), fg: Color32::WHITE, shape: Shape::Diamond }
        }
        Urgency::Overtime => {
            StateStyle { bg: rgb(0xb0, 0x00, 0x20), fg: Color32::WHITE, shape: Shape::Square }
        }
        Urgency::Paused => {
            StateStyle { bg: rgb(0x1e, 0x2a, 0x38), fg: Color32::WHITE, shape: Shape::PauseBars }
        }
        Urgency::Break => StateStyle { bg: rgb(0x00, 0x3d, 0x33), fg: Color32::WHITE, shape: Shape::Ring },
        Urgency::Finished => StateStyle { bg: rgb(0x10, 0x14, 0x18), fg: Color32::WHITE, shape: Shape::Ring },
    };
    if flash && urgency == Urgency::Overtime { StateStyle { bg: s.fg, fg: s.bg, ..s } } else { s }
}

const fn rgb(r: u8, g: u8, b: u8) -> Color32 {
    Color32::from_rgb(r, g, b)
}

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
}

/// WCAG relative luminance.
pub fn luminance(c: Color32) -> f64 {
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Every urgency, for tests and the legend.
pub const ALL: [Urgency; 8] = Urgency::ALL;

/// Paints a state's shape centred in `rect`.
pub fn paint_shape(painter: &egui::Painter, rect: egui::Rect, shape: Shape, color: Color32) {
    use egui::{Pos2, Stroke, pos2};
    let c = rect.center();
    let r = rect.width().min(rect.height()) * 0.45;
    match shape {
        Shape::Circle => {
            painter.circle_filled(c, r, color);
        }
        Shape::Ring => {
            painter.circle_stroke(c, r * 0.85, Stroke::new(r * 0.25, color));
        }
        Shape::Triangle => {
            let pts: Vec<Pos2> = vec![
                pos2(c.x, c.y - r),
                pos2(c.x + r * 1.05, c.y + r * 0.8),
                pos2(c.x - r * 1.05, c.y + r * 0.8),
            ];
            painter.add(egui::Shape::convex_polygon(pts, color, Stroke::NONE));
        }
        Shape::Diamond => {
            let pts = vec![pos2(c.x, c.y - r), pos2(c.x + r, c.y), pos2(c.x, c.y + r), pos2(c.x - r, c.y)];
            painter.add(egui::Shape::convex_polygon(pts, color, Stroke::NONE));
        }
        Shape::Square => {
            painter.rect_filled(egui::Rect::from_center_size(c, egui::vec2(r * 1.6, r * 1.6)), 0.0, color);
        }
        Shape::PauseBars => {
            let w = r * 0.5;
            let h = r * 1.8;
            painter.rect_filled(
                egui::Rect::from_center_size(pos2(c.x - w * 0.9, c.y), egui::vec2(w, h)),
                0.0,
                color,
            );
            painter.rect_filled(
                egui::Rect::from_center_size(pos2(c.x + w * 0.9, c.y), egui::vec2(w, h)),
                0.0,
                color,
            );
        }
    }
}

/// The egui id of panel `id`'s window (its title is in the chair's language; its id is not).
pub fn panel_id(id: &str) -> egui::Id {
    egui::Id::unique(("panel", id))
}

/// A panel the chair opens over the window (Shortcuts, Export, Share, Settings): placed right of
/// the timer box and never over it, so the countdown and what a key does to it stay in sight;
/// as wide as the room there allows. Esc closes it.
/// Its id is `id` whatever language the title is in.
pub fn panel<'a>(
    ctx: &egui::Context,
    timer_box: Option<egui::Rect>,
    id: &str,
    title: String,
) -> egui::Window<'a> {
    let screen = ctx.content_rect();
    let left = timer_box.map_or(screen.left(), |r| r.right()) + 12.0;
    let top = timer_box.map_or(screen.top() + 60.0, |r| r.top());
    let width = (screen.right() - 12.0 - left).max(240.0);
    let height = (screen.bottom() - top - 12.0).max(200.0);
    egui::Window::new(title)
        .id(panel_id(id))
        .collapsible(false)
        .pivot(egui::Align2::LEFT_TOP)
        .fixed_pos(egui::pos2(left, top))
        .default_width(width.min(720.0))
        .default_height(height.min(640.0))
        .max_width(width)
        .max_height(height)
        .vscroll(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_at_least_7_to_1_contrast_also_when_flashing() {
        for u in ALL {
            for flash in [false, true] {
                let s = style(u, flash);
                let c = contrast(s.fg, s.bg);
                assert!(c >= 7.0, "{u:?} flash={flash}: {c:.2}:1");
            }
        }
    }

    #[test]
    fn no_two_running_states_share_a_label_or_a_shape() {
        let running =
            [Urgency::Normal, Urgency::Warning, Urgency::Danger, Urgency::Overtime, Urgency::Paused];
        for (i, a) in running.iter().enumerate() {
            for b in &running[i + 1..] {
                let (sa, sb) = (style(*a, false), style(*b, false));
                for lang in crate::l10n::ALL {
                    let word = |u| crate::timing::speaker::state_word(u, lang);
                    assert_ne!(word(*a), word(*b), "{lang}");
                }
                assert_ne!(sa.shape, sb.shape, "{a:?} and {b:?}");
                assert_ne!(sa.bg, sb.bg);
            }
        }
    }
}
