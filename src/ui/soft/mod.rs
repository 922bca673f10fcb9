//! The projector window drawn by the processor: a window of chairtime's own beside eframe's,
//! on the same event loop, whose frames are rasterised on the CPU and presented with the
//! rectangles that changed only (docs/PERFORMANCE.md, "The projector drawn by the processor").
//!
//! The projector shows one big figure whose last digit changes once a second. Through OpenGL
//! (eframe's only way on a machine without a graphics card is Mesa's software rasteriser) every
//! frame clears and redraws the whole window and copies all of it to the screen; here a frame
//! redraws the digit that changed, the line of text that changed and a sliver of the bar, and
//! sends only those rectangles to the X server (or the Wayland compositor).

pub mod host;
pub mod raster;

pub use host::{Host, run};
