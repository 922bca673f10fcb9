//! Which screen the projector view goes to: a pure function of the monitors the system lists, the
//! one the chair window is on, and the chair's saved choice. No egui or winit types here, so every
//! case is unit-tested (a real multi-monitor run is not possible under a virtual X server).

use crate::tr;
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
        let name = if self.name.is_empty() { tr!("screen") } else { self.name.clone() };
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

/// Where the projector window opens on one screen, and whether the chair window moves first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Beside {
    /// At this outer position, with this inner size.
    At([f32; 2], [f32; 2]),
    /// The chair window moves to this outer position first (the window manager centred it, leaving
    /// no room on either side), then the projector window opens at this position and size.
    MoveChair([f32; 2], [f32; 2], [f32; 2]),
    /// The chair window fills the screen: no projector window fits beside it.
    NoRoom,
}

/// As [`place_beside`], and where the chair window leaves no room, whether moving it to the
/// screen's top left corner would (`may_move_chair`: only when the projector first opens; a
/// window the chair placed stays where it is).
pub fn beside(
    area: [f32; 4],
    chair: [f32; 4],
    saved: Option<([f32; 2], [f32; 2])>,
    may_move_chair: bool,
) -> Beside {
    if let Some((pos, size)) = place_beside(area, chair, saved, 320.0, 1280.0) {
        return Beside::At(pos, size);
    }
    let corner = [area[0], area[1]];
    match place_beside(area, [corner[0], corner[1], chair[2], chair[3]], saved, 320.0, 1280.0) {
        Some((pos, size)) if may_move_chair => Beside::MoveChair(corner, pos, size),
        _ => Beside::NoRoom,
    }
}

/// What a window's frame adds around its inner size (title bar, borders), in points: allowed for
/// when a window must fit beside another (a generous guess; window managers differ).
pub const FRAME: [f32; 2] = [12.0, 40.0];

/// Where the projector window opens on a single screen, `area` (`[x, y, w, h]`, points), beside
/// the chair window `chair` (its outer rectangle): the largest 16:9 window, at most `max_width`
/// wide, that fits inside the screen without covering the chair window — right of it, left of
/// it, below or above —, as its outer position and inner size. A `saved` place (outer position,
/// inner size) is kept when it lies inside the screen and clear of the chair window. `None` when
/// no window at least `min_width` wide fits: the chair window fills the screen.
pub fn place_beside(
    area: [f32; 4],
    chair: [f32; 4],
    saved: Option<([f32; 2], [f32; 2])>,
    min_width: f32,
    max_width: f32,
) -> Option<([f32; 2], [f32; 2])> {
    let [ax, ay, aw, ah] = area;
    let [cx, cy, cw, ch] = chair;
    let outer = |pos: [f32; 2], size: [f32; 2]| [pos[0], pos[1], size[0] + FRAME[0], size[1] + FRAME[1]];
    let inside = |r: [f32; 4]| r[0] >= ax && r[1] >= ay && r[0] + r[2] <= ax + aw && r[1] + r[3] <= ay + ah;
    let clear = |r: [f32; 4]| r[0] >= cx + cw || r[0] + r[2] <= cx || r[1] >= cy + ch || r[1] + r[3] <= cy;
    if let Some((pos, size)) = saved
        && inside(outer(pos, size))
        && clear(outer(pos, size))
    {
        return Some((pos, size));
    }
    // The free strips around the chair window: (left, top, width, height), outer.
    let strips = [
        (cx + cw, ay, ax + aw - (cx + cw), ah),
        (ax, ay, cx - ax, ah),
        (ax, cy + ch, aw, ay + ah - (cy + ch)),
        (ax, ay, aw, cy - ay),
    ];
    let mut best: Option<([f32; 2], [f32; 2])> = None;
    for (i, (x, y, w, h)) in strips.into_iter().enumerate() {
        let width = (w - FRAME[0]).min((h - FRAME[1]) * 16.0 / 9.0).min(max_width).floor();
        if width < min_width || best.is_some_and(|(_, b)| b[0] >= width) {
            continue;
        }
        let size = [width, (width * 9.0 / 16.0).floor()];
        let (ow, oh) = (size[0] + FRAME[0], size[1] + FRAME[1]);
        // Beside the chair window, level with its top where the screen allows; the strip's own
        // edge next to the chair window.
        let level = cy.clamp(y, (y + h - oh).max(y));
        let along = cx.clamp(x, (x + w - ow).max(x));
        let pos = match i {
            0 => [x, level],
            1 => [x + w - ow, level],
            2 => [along, y],
            _ => [along, y + h - oh],
        };
        best = Some((pos, size));
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(name: &str, width: u32, height: u32, x: i32) -> Monitor {
        Monitor { name: name.into(), width, height, x, y: 0 }
    }

    /// Whether two rectangles `[x, y, w, h]` overlap.
    fn overlap(a: [f32; 4], b: [f32; 4]) -> bool {
        a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
    }

    fn outer((pos, size): ([f32; 2], [f32; 2])) -> [f32; 4] {
        [pos[0], pos[1], size[0] + FRAME[0], size[1] + FRAME[1]]
    }

    #[test]
    fn on_one_full_hd_screen_the_projector_opens_right_of_the_chair_window_inside_the_screen() {
        let screen = [0.0, 0.0, 1920.0, 1080.0];
        // The chair window as a window manager places it: 1280 × 800 with its frame, at the left.
        let chair = [0.0, 0.0, 1282.0, 829.0];
        let placed = place_beside(screen, chair, None, 320.0, 1280.0).unwrap();
        let r = outer(placed);
        assert!(!overlap(r, chair), "{r:?} covers the chair window");
        assert!(
            r[0] >= 0.0 && r[1] >= 0.0 && r[0] + r[2] <= 1920.0 && r[1] + r[3] <= 1080.0,
            "{r:?} leaves the screen"
        );
        assert_eq!(placed.0, [1282.0, 0.0]);
        assert!((placed.1[0] / placed.1[1] - 16.0 / 9.0).abs() < 0.01, "16:9: {:?}", placed.1);
        assert!(placed.1[0] >= 600.0, "as large as the strip allows: {:?}", placed.1);
    }

    #[test]
    fn a_saved_place_that_would_cover_the_chair_window_or_leave_the_screen_is_not_used() {
        let screen = [0.0, 0.0, 1920.0, 1080.0];
        let chair = [0.0, 0.0, 1282.0, 829.0];
        // Where an earlier run left it: over the chair window's right third, half off the screen.
        let saved = ([1282.0 - 400.0, 0.0], [1280.0, 720.0]);
        let placed = place_beside(screen, chair, Some(saved), 320.0, 1280.0).unwrap();
        assert_ne!(placed, saved);
        assert!(!overlap(outer(placed), chair));
        // A saved place that fits is kept.
        let fits = ([1300.0, 100.0], [600.0, 338.0]);
        assert_eq!(place_beside(screen, chair, Some(fits), 320.0, 1280.0), Some(fits));
    }

    #[test]
    fn a_chair_window_that_fills_the_screen_leaves_no_room_for_a_projector_window() {
        let screen = [0.0, 0.0, 1366.0, 768.0];
        assert_eq!(place_beside(screen, [0.0, 0.0, 1366.0, 768.0], None, 320.0, 1280.0), None);
        // Below it, where a short chair window leaves room.
        let placed = place_beside(screen, [0.0, 0.0, 1366.0, 300.0], None, 320.0, 1280.0).unwrap();
        assert!(placed.0[1] >= 300.0 && placed.0[1] + placed.1[1] + FRAME[1] <= 768.0, "{placed:?}");
    }

    #[test]
    fn a_chair_window_centred_by_the_window_manager_moves_to_the_corner_to_make_room() {
        let screen = [0.0, 0.0, 1920.0, 1080.0];
        let centred = [320.0, 140.0, 1282.0, 829.0];
        let Beside::MoveChair(to, pos, size) = beside(screen, centred, None, true) else { panic!() };
        assert_eq!(to, [0.0, 0.0]);
        assert!(!overlap(outer((pos, size)), [0.0, 0.0, 1282.0, 829.0]));
        // Placed by the chair (not at the first opening): it stays, and there is no room.
        assert_eq!(beside(screen, centred, None, false), Beside::NoRoom);
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
        let screen = [0.0, 0.0, 1920.0, 1080.0];
        let at = |chair: [f32; 4]| match beside(screen, chair, None, false) {
            Beside::At(pos, size) => {
                assert!(!overlap(outer((pos, size)), chair), "{pos:?} {size:?} over {chair:?}");
                pos
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(at([0.0, 0.0, 1280.0, 800.0]), [1280.0, 0.0]);
        let left = at([640.0, 0.0, 1280.0, 800.0]);
        assert!(left[0] < 640.0, "left of it: {left:?}");
        assert_eq!(at([100.0, 50.0, 1800.0, 800.0])[1], 850.0, "below it");
    }
}
