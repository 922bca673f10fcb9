//! chairtime — a native desktop timekeeper for conference session chairs.
//!
//! The crate is a headless core with thin front ends:
//! - [`schedule`]: the session model, the native TOML format and the rules that normalize a plan;
//! - [`error`]: errors that point at `FILE:LINE:COL`;
//! - [`timing`]: the engine, the journal, the speaker's view; [`room`]: one room's session around
//!   them (opening, resuming, reloading, commands from every source, sharing), with or without a
//!   window;
//! - [`conference`]: every room on the conference's MQTT bus, and the collector of their journals;
//! - [`fetch`]: schedules from the conference's URL, cached and kept in sync;
//! - [`cli`]: the command line.
//!
//! The core never imports a GUI or audio crate and never reads the clock itself.

pub mod audio;
pub mod cli;
pub mod conference;
pub mod error;
pub mod fetch;
pub mod headless;
pub mod l10n;
pub mod report;
pub mod room;
pub mod schedule;
pub mod script;
pub mod share;
pub mod signals;
pub mod timing;
pub mod ui;
