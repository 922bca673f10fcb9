//! The screens: listed through the window system, a screen plugged in offered for the projector
//! view, an unplugged one bringing the view back as a window.

use crate::tr;
use std::time::Instant;

use super::app::ChairApp;
use super::monitors::{self, Monitor, Plugged, SavedMonitor, Target};

/// How often the screens are listed again.
const LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

impl ChairApp {
    /// Lists the screens through the window system, at most every [`LOOK_EVERY`] (nothing
    /// without a native window, as in tests).
    pub fn look_at_screens(&mut self, window: Option<&winit::window::Window>) {
        if self.screens.looked.is_some_and(|t| t.elapsed() < LOOK_EVERY) {
            return;
        }
        let Some(window) = window else { return };
        let list: Vec<Monitor> = window
            .available_monitors()
            .map(|h| {
                let (size, at) = (h.size(), h.position());
                Monitor {
                    name: h.name().unwrap_or_default(),
                    width: size.width,
                    height: size.height,
                    x: at.x,
                    y: at.y,
                }
            })
            .collect();
        let chair = window.current_monitor().and_then(|c| {
            let (at, name) = (c.position(), c.name().unwrap_or_default());
            list.iter().position(|m| m.x == at.x && m.y == at.y && m.name == name)
        });
        self.set_screens(list, chair);
    }

    /// Takes a new list of screens: the first time, says once when there is only one; later,
    /// offers a screen that was plugged in and brings the view back as a window when its screen
    /// is unplugged.
    pub fn set_screens(&mut self, list: Vec<Monitor>, chair: Option<usize>) {
        let first = self.screens.looked.is_none();
        self.screens.looked = Some(Instant::now());
        let shown_on = self.screens.applied.and_then(|i| self.screens.list.get(i)).map(SavedMonitor::from);
        if first {
            if list.len() == 1 && self.ui.projector_open {
                let or_share =
                    if self.room.share().is_some() { String::new() } else { tr!("or-press-share-l-to") };
                self.sticky(format!("{}{or_share}", tr!("one-screen-found")));
            }
        } else {
            match monitors::plugged(&self.screens.list, &list, shown_on.as_ref()) {
                Some(Plugged::Added(m)) if list.len() >= 2 && Some(&m) != chair.and_then(|c| list.get(c)) => {
                    self.screens.offer = Some(m);
                }
                Some(Plugged::Removed(m)) => {
                    self.screens.applied = None;
                    self.ui.projector_fullscreen = false;
                    self.notice(tr!("screen-was-disconnected", screen = m.label()), true);
                }
                _ => {}
            }
        }
        if list.len() < 2 {
            self.screens.offer = None;
        }
        self.screens.list = list;
        self.screens.chair = chair;
    }

    /// Where the projector view goes now.
    pub fn projector_target(&self) -> Target {
        if self.settings.projector_in_window {
            return Target::Window;
        }
        monitors::choose(&self.screens.list, self.screens.chair, self.settings.projector_screen.as_ref())
    }

    /// Puts the projector view full screen on `monitor` (remembered by name and size), or, with
    /// `None`, makes it a window.
    pub fn put_projector_on(&mut self, monitor: Option<&Monitor>) {
        self.screens.offer = None;
        self.settings.projector_in_window = monitor.is_none();
        self.settings.projector_screen = monitor.map(SavedMonitor::from);
        self.ui.projector_open = true;
        self.settings.projector_open = true;
    }
}
