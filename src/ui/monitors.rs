//! Which screen the projector view goes to: a pure function of the monitors the system lists, the
//! one the chair window is on, and the chair's saved choice. No egui or winit types here, so every
//! case is unit-tested (a real multi-monitor run is not possible under a virtual X server).

use serde::{Deserialize, Serialize};

/// A monitor as the system lists it (physical pixels).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Monitor {
    /// Its name ("HDMI-1", "DP-2"), or empty when the system gives none.
    pub name: String,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
    /// Left edge on the desktop.
    pub x: i32,
    /// Top edge on the desktop.
    pub y: i32,
}

impl Monitor {
    /// "HDMI-1 1920×1080", as the toolbar and the notices say it.
    pub fn label(&self) -> String {
        let name = if self.name.is_empty() { "screen" } else { &self.name };
        format!("{name} {}×{}", self.width, self.height)
    }

    fn is(&self, saved: &SavedMonitor) -> bool {
        self.name == saved.name && self.width == saved.width && self.height == saved.height
    }
}

/// The chair's choice, remembered by name and size: monitor indices change across reboots and
/// re-plugs, names and sizes do not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedMonitor {
    /// Its name.
    pub name: String,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl From<&Monitor> for SavedMonitor {
    fn from(m: &Monitor) -> Self {
        Self { name: m.name.clone(), width: m.width, height: m.height }
    }
}

/// Where the projector view goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Borderless full screen on the monitor at this index of the system's list.
    Monitor(usize),
    /// A window on the chair's screen, beside the chair window (one screen only).
    Window,
}

/// The projector's screen: the saved choice if it is connected and is not the chair's screen;
/// else, with two or more screens, the largest one that is not the chair's; else a window.
pub fn choose(monitors: &[Monitor], chair: Option<usize>, saved: Option<&SavedMonitor>) -> Target {
    let others = || monitors.iter().enumerate().filter(move |&(i, _)| Some(i) != chair);
    if let Some(saved) = saved
        && let Some((i, _)) = others().find(|(_, m)| m.is(saved))
    {
        return Target::Monitor(i);
    }
    if monitors.len() < 2 {
        return Target::Window;
    }
    others()
        .max_by_key(|&(i, m)| (u64::from(m.width) * u64::from(m.height), std::cmp::Reverse(i)))
        .map_or(Target::Window, |(i, _)| Target::Monitor(i))
}

/// What changed between two looks at the monitor list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plugged {
    /// A screen appeared (a projector plugged in): offer to move the view there.
    Added(Monitor),
    /// The screen the view was on is gone: the view comes back as a window.
    Removed(Monitor),
}

/// Compares two monitor lists: the first screen that appeared, or the one that was `shown_on`
/// and is gone.
pub fn plugged(before: &[Monitor], after: &[Monitor], shown_on: Option<&SavedMonitor>) -> Option<Plugged> {
    let same = |a: &Monitor, b: &Monitor| a.name == b.name && a.width == b.width && a.height == b.height;
    if let Some(on) = shown_on
        && let Some(gone) = before.iter().find(|m| m.is(on))
        && !after.iter().any(|m| m.is(on))
    {
        return Some(Plugged::Removed(gone.clone()));
    }
    after.iter().find(|a| !before.iter().any(|b| same(a, b))).map(|m| Plugged::Added(m.clone()))
}

/// Where a projector window goes on a single screen: beside the chair window, never over it
/// (right of it if a window of at least `min_width` fits there, else left of it, else below),
/// in the screen's coordinates. `chair` is the chair window's outer rectangle `[x, y, w, h]`.
pub fn beside(screen: [f32; 2], chair: [f32; 4], min_width: f32) -> [f32; 2] {
    let [x, y, w, h] = chair;
    if screen[0] - (x + w) >= min_width {
        [x + w, y]
    } else if x >= min_width {
        [(x - min_width).max(0.0), y]
    } else {
        [x, (y + h).min((screen[1] - 1.0).max(0.0))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(name: &str, width: u32, height: u32, x: i32) -> Monitor {
        Monitor { name: name.into(), width, height, x, y: 0 }
    }

    #[test]
    fn with_one_screen_the_projector_is_a_window() {
        assert_eq!(choose(&[m("eDP-1", 1920, 1080, 0)], Some(0), None), Target::Window);
        assert_eq!(choose(&[], None, None), Target::Window);
    }

    #[test]
    fn with_two_screens_the_projector_goes_to_the_one_the_chair_is_not_on() {
        let list = [m("eDP-1", 1920, 1080, 0), m("HDMI-1", 1280, 720, 1920)];
        assert_eq!(choose(&list, Some(0), None), Target::Monitor(1));
        assert_eq!(choose(&list, Some(1), None), Target::Monitor(0));
    }

    #[test]
    fn with_three_screens_the_largest_other_one_is_taken_unless_the_chair_chose() {
        let list = [m("eDP-1", 1920, 1080, 0), m("DP-1", 1024, 768, 1920), m("HDMI-1", 3840, 2160, 2944)];
        assert_eq!(choose(&list, Some(0), None), Target::Monitor(2));
        let saved = SavedMonitor::from(&list[1]);
        assert_eq!(choose(&list, Some(0), Some(&saved)), Target::Monitor(1));
    }

    #[test]
    fn the_saved_choice_is_found_by_name_and_size_whatever_its_index() {
        let saved = SavedMonitor { name: "HDMI-1".into(), width: 1920, height: 1080 };
        let reordered = [m("HDMI-1", 1920, 1080, -1920), m("eDP-1", 2560, 1600, 0)];
        assert_eq!(choose(&reordered, Some(1), Some(&saved)), Target::Monitor(0));
        // Another projector of the same name but another size is not the saved one.
        let other = [m("eDP-1", 2560, 1600, 0), m("HDMI-1", 1024, 768, 2560)];
        assert_eq!(choose(&other, Some(0), Some(&saved)), Target::Monitor(1), "the other screen still");
    }

    #[test]
    fn the_saved_choice_is_never_the_chairs_own_screen() {
        let list = [m("eDP-1", 1920, 1080, 0), m("HDMI-1", 1920, 1080, 1920)];
        let saved = SavedMonitor::from(&list[0]);
        assert_eq!(choose(&list, Some(0), Some(&saved)), Target::Monitor(1));
    }

    #[test]
    fn a_projector_plugged_in_is_noticed_and_one_unplugged_too() {
        let laptop = [m("eDP-1", 1920, 1080, 0)];
        let both = [m("eDP-1", 1920, 1080, 0), m("HDMI-1", 1280, 720, 1920)];
        assert_eq!(plugged(&laptop, &both, None), Some(Plugged::Added(both[1].clone())));
        let on = SavedMonitor::from(&both[1]);
        assert_eq!(plugged(&both, &laptop, Some(&on)), Some(Plugged::Removed(both[1].clone())));
        assert_eq!(plugged(&both, &both, Some(&on)), None);
        assert_eq!(plugged(&both, &laptop, None), None, "a screen the view was not on may go quietly");
    }

    #[test]
    fn on_one_screen_the_projector_window_opens_beside_the_chair_window_never_over_it() {
        assert_eq!(beside([1920.0, 1080.0], [0.0, 0.0, 1280.0, 800.0], 320.0), [1280.0, 0.0]);
        assert_eq!(beside([1920.0, 1080.0], [640.0, 0.0, 1280.0, 800.0], 320.0), [320.0, 0.0], "left of it");
        assert_eq!(beside([1920.0, 1080.0], [100.0, 50.0, 1800.0, 800.0], 320.0), [100.0, 850.0], "below it");
    }
}
