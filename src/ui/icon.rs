//! chairtime's own application icon, drawn here (no image file to decode at start-up: eframe's
//! default icon is a 1 MiB decode). A countdown ring on a dark rounded square: three quarters
//! green (time left), a quarter amber (the warning), a white hand at twelve.

use std::f32::consts::{PI, TAU};

// The geometry, as fractions of the icon's side, and the colours: one description for the pixels
// (`rgba`) and the package's scalable icon (`svg`).
const RING_RADIUS: f32 = 0.31;
const RING_WIDTH: f32 = 0.1;
const CORNER: f32 = 0.22;
const HAND_WIDTH: f32 = 0.07;
const BACKGROUND: [u8; 3] = [0x1d, 0x24, 0x30];
const GREEN: [u8; 3] = [0x2f, 0xbf, 0x71];
const AMBER: [u8; 3] = [0xf2, 0xa9, 0x3b];
const HAND: [u8; 3] = [0xf5, 0xf5, 0xf5];

/// The icon as RGBA pixels, `size` × `size` (a multiple of 4).
#[expect(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "pixel coordinates and 8-bit colour channels: small and exact enough"
)]
pub fn rgba(size: u32) -> Vec<u8> {
    let s = size as f32;
    let c = s / 2.0;
    let (ring_r, ring_w) = (RING_RADIUS * s, RING_WIDTH * s);
    let corner = CORNER * s;
    let mut out = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
            // Rounded square: signed distance to its edge (negative inside).
            let qx = (px - c).abs() - (c - corner - 0.5);
            let qy = (py - c).abs() - (c - corner - 0.5);
            let outside = qx.max(0.0).hypot(qy.max(0.0)) + qx.max(qy).min(0.0) - corner;
            let mut rgb = BACKGROUND.map(f32::from);
            let alpha = (0.5 - outside).clamp(0.0, 1.0);
            // The ring, coloured by the angle from twelve o'clock, clockwise.
            let (dx, dy) = (px - c, py - c);
            let dist = dx.hypot(dy);
            let ring = (0.5 - ((dist - ring_r).abs() - ring_w / 2.0)).clamp(0.0, 1.0);
            let angle = (dx.atan2(-dy) + TAU) % TAU;
            let ring_rgb = if angle < 1.5 * PI { GREEN } else { AMBER };
            blend(&mut rgb, ring_rgb, ring);
            // The hand: from the centre to twelve o'clock.
            let hand_w = HAND_WIDTH * s;
            let along = (-dy).clamp(0.0, ring_r - ring_w);
            let hand_d = dx.hypot(-dy - along) - hand_w / 2.0;
            blend(&mut rgb, HAND, (0.5 - hand_d).clamp(0.0, 1.0));
            out.extend(rgb.iter().map(|v| v.round() as u8));
            out.push((alpha * 255.0).round() as u8);
        }
    }
    out
}

/// The same icon as SVG, 256 units square: the rounded square, the ring (green for three quarters
/// from twelve o'clock, amber for the last), the hand at twelve.
pub fn svg() -> String {
    let s = 256.0_f32;
    let c = s / 2.0;
    let hex = |[r, g, b]: [u8; 3]| format!("#{r:02x}{g:02x}{b:02x}");
    let (r, w) = (RING_RADIUS * s, RING_WIDTH * s);
    format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">\n",
            "  <title>chairtime</title>\n",
            "  <rect width=\"256\" height=\"256\" rx=\"{corner}\" fill=\"{bg}\"/>\n",
            "  <circle cx=\"{c}\" cy=\"{c}\" r=\"{r}\" fill=\"none\" stroke=\"{amber}\" stroke-width=\"{w}\"/>\n",
            "  <path d=\"M {c} {top} A {r} {r} 0 1 1 {left} {c}\" fill=\"none\" stroke=\"{green}\" stroke-width=\"{w}\"/>\n",
            "  <line x1=\"{c}\" y1=\"{c}\" x2=\"{c}\" y2=\"{tip}\" stroke=\"{hand}\" stroke-width=\"{hw}\" stroke-linecap=\"round\"/>\n",
            "</svg>\n"
        ),
        corner = CORNER * s,
        bg = hex(BACKGROUND),
        c = c,
        r = r,
        w = w,
        amber = hex(AMBER),
        green = hex(GREEN),
        top = c - r,
        left = c - r,
        hand = hex(HAND),
        hw = HAND_WIDTH * s,
        tip = c - (r - w),
    )
}

fn blend(rgb: &mut [f32; 3], over: [u8; 3], coverage: f32) {
    for (c, o) in rgb.iter_mut().zip(over) {
        *c += (f32::from(o) - *c) * coverage;
    }
}

/// The icon for the windows, drawn once (the projector's viewport is described every frame).
pub fn icon_data() -> std::sync::Arc<egui::IconData> {
    const SIZE: u32 = 64;
    static ICON: std::sync::OnceLock<std::sync::Arc<egui::IconData>> = std::sync::OnceLock::new();
    ICON.get_or_init(|| std::sync::Arc::new(egui::IconData { rgba: rgba(SIZE), width: SIZE, height: SIZE }))
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_is_opaque_inside_clear_at_the_corners_and_has_its_ring() {
        let size = 64;
        let px = rgba(size);
        assert_eq!(px.len(), (size * size * 4) as usize);
        let at = |x: u32, y: u32| &px[((y * size + x) * 4) as usize..((y * size + x) * 4 + 4) as usize];
        assert_eq!(at(0, 0)[3], 0, "rounded corner");
        assert_eq!(at(32, 32)[3], 255);
        // On the ring at three o'clock: green; at ten o'clock: amber.
        let green = at(32 + 20, 32);
        assert!(green[1] > green[0] && green[1] > 150, "{green:?}");
        let amber = at(32 - 14, 32 - 14);
        assert!(amber[0] > 200 && amber[2] < 100, "{amber:?}");
    }

    #[test]
    fn the_scalable_icon_is_svg_with_the_same_colours() {
        let svg = svg();
        let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
        assert_eq!(doc.root_element().tag_name().name(), "svg");
        for colour in ["#1d2430", "#2fbf71", "#f2a93b", "#f5f5f5"] {
            assert!(svg.contains(colour), "{colour} in {svg}");
        }
        // The green arc runs from twelve o'clock to nine, as the pixels' ring does.
        assert!(svg.contains("M 128 48.64 A 79.36 79.36 0 1 1 48.64 128"), "{svg}");
    }
}
