//! chairtime — a native desktop timekeeper for conference session chairs.
//!
//! The crate is a headless core with thin front ends:
//! - [`schedule`]: the session model, the native TOML format and the rules that normalize a plan;
//! - [`error`]: errors that point at `FILE:LINE:COL`;
//! - [`cli`]: the command line.
//!
//! The core never imports a GUI or audio crate and never reads the clock itself.

pub mod audio;
pub mod cli;
pub mod error;
pub mod report;
pub mod schedule;
pub mod script;
pub mod share;
pub mod signals;
pub mod timing;
pub mod ui;
