//! chairtime's own application icon, drawn here (no image file to decode at start-up: eframe's
//! default icon is a 1 MiB decode). A countdown ring on a dark rounded square: three quarters
//! green (time left), a quarter amber (the warning), a white hand at twelve.

use std::f32::consts::{PI, TAU};

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
    let (ring_r, ring_w) = (0.31 * s, 0.1 * s);
    let corner = 0.22 * s;
    let mut out = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
            // Rounded square: signed distance to its edge (negative inside).
            let qx = (px - c).abs() - (c - corner - 0.5);
            let qy = (py - c).abs() - (c - corner - 0.5);
            let outside = qx.max(0.0).hypot(qy.max(0.0)) + qx.max(qy).min(0.0) - corner;
            let mut rgb = [0x1d as f32, 0x24 as f32, 0x30 as f32];
            let alpha = (0.5 - outside).clamp(0.0, 1.0);
            // The ring, coloured by the angle from twelve o'clock, clockwise.
            let (dx, dy) = (px - c, py - c);
            let dist = dx.hypot(dy);
            let ring = (0.5 - ((dist - ring_r).abs() - ring_w / 2.0)).clamp(0.0, 1.0);
            let angle = (dx.atan2(-dy) + TAU) % TAU;
            let ring_rgb = if angle < 1.5 * PI { [0x2f, 0xbf, 0x71] } else { [0xf2, 0xa9, 0x3b] };
            blend(&mut rgb, ring_rgb, ring);
            // The hand: from the centre to twelve o'clock.
            let hand_w = 0.07 * s;
            let along = (-dy).clamp(0.0, ring_r - ring_w);
            let hand_d = dx.hypot(-dy - along) - hand_w / 2.0;
            blend(&mut rgb, [0xf5, 0xf5, 0xf5], (0.5 - hand_d).clamp(0.0, 1.0));
            out.extend(rgb.iter().map(|v| v.round() as u8));
            out.push((alpha * 255.0).round() as u8);
        }
    }
    out
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
}
