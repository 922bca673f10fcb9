//! Time: the clock abstraction, the engine that runs a session, what it reports and shows, and the
//! journal that makes it crash-proof. Nothing here imports egui, eframe or rodio, and nothing here
//! reads the clock except [`clock::SystemClock`], which only the front ends use.

pub mod clock;
pub mod command;
pub mod engine;
pub mod events;
pub mod journal;
pub mod replan;
pub mod speaker;
pub mod view;
