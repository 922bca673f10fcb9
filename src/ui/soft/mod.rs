//! The chair and projector windows drawn by the processor: egui's frames rasterised on the CPU,
//! only the rectangles that changed redrawn and presented (docs/PERFORMANCE.md, "Both windows
//! drawn by the processor").
//!
//! Once a second the projector's last digit changes, and the chair window's timer, elapsed and
//! remaining times. Through OpenGL (on a machine without a graphics card, Mesa's software
//! rasteriser) every frame clears and redraws both whole windows and copies all of them to the
//! screen; here a frame redraws the digits and lines that changed and sends only those
//! rectangles to the X server (or the Wayland compositor).

pub mod host;
pub mod raster;

pub use host::{Host, run};
