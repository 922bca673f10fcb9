//! Every chair action in the windows: one enum that owns its label, tooltip and shortcuts.
//! Widgets and key presses produce these; the app applies them after drawing.

use crate::tr;
use egui::{Key, KeyboardShortcut, Modifiers};

/// A chair action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiCommand {
    /// Start the session, or pause / resume the clock.
    StartPause,
    /// Next phase, or next item.
    Next,
    /// Undo the last next.
    Back,
    /// One more minute for the current phase.
    ExtendMinute,
    /// One minute less.
    TrimMinute,
    /// Skip the running item.
    SkipCurrent,
    /// The current phase started 10 s earlier than recorded.
    StartedEarlier,
    /// The current phase started 10 s later than recorded.
    StartedLater,
    /// Apply the catch-up plan.
    CatchUp,
    /// End the session now.
    Finish,
    /// Make this run a rehearsal: Start moves the plan to begin then.
    Rehearse,
    /// The video recording started, or stopped (a mark in the journal).
    Record,
    /// Select the previous rundown row.
    SelectUp,
    /// Select the next rundown row.
    SelectDown,
    /// End the current item and run the selected one.
    GotoSelected,
    /// Skip (or put back) the selected item.
    ToggleSkipSelected,
    /// Move the selected upcoming item earlier.
    MoveSelectedUp,
    /// Move the selected upcoming item later.
    MoveSelectedDown,
    /// One minute longer for the selected upcoming item.
    LongerSelected,
    /// One minute shorter for the selected upcoming item.
    ShorterSelected,
    /// Write a message to the speaker.
    Message,
    /// Hide the message.
    HideMessage,
    /// Blank the projector.
    Blackout,
    /// Open or close the projector window.
    Projector,
    /// Projector full screen.
    Fullscreen,
    /// Put the projector view full screen on the other screen.
    ProjectorScreen,
    /// Share the timer on the network (the speaker link and the remote).
    Share,
    /// Open a schedule.
    Open,
    /// Open a schedule from its URL.
    OpenUrl,
    /// Read the schedule file again and take its changes for the items not yet run.
    Reload,
    /// Export actual timings.
    Export,
    /// Sound on or off.
    Mute,
    /// Show the shortcuts.
    Help,
}

const fn key(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, k)
}

const fn shift(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, k)
}

const fn alt(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::ALT, k)
}

const fn cmd(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, k)
}

impl UiCommand {
    /// Every command, in the order the help overlay lists them.
    pub const ALL: [Self; 33] = [
        Self::StartPause,
        Self::Next,
        Self::Back,
        Self::ExtendMinute,
        Self::TrimMinute,
        Self::SkipCurrent,
        Self::StartedEarlier,
        Self::StartedLater,
        Self::CatchUp,
        Self::Finish,
        Self::Rehearse,
        Self::Record,
        Self::SelectUp,
        Self::SelectDown,
        Self::GotoSelected,
        Self::ToggleSkipSelected,
        Self::MoveSelectedUp,
        Self::MoveSelectedDown,
        Self::LongerSelected,
        Self::ShorterSelected,
        Self::Message,
        Self::HideMessage,
        Self::Blackout,
        Self::Projector,
        Self::Fullscreen,
        Self::ProjectorScreen,
        Self::Share,
        Self::Open,
        Self::OpenUrl,
        Self::Reload,
        Self::Export,
        Self::Mute,
        Self::Help,
    ];

    /// The button text.
    pub fn label(self) -> String {
        match self {
            Self::StartPause => tr!("start-pause"),
            Self::Next => tr!("next-chair"),
            Self::Back => tr!("back"),
            Self::ExtendMinute => tr!("plus-one-min"),
            Self::TrimMinute => tr!("minus-one-min"),
            Self::SkipCurrent => tr!("skip"),
            Self::StartedEarlier => tr!("started-10-s-earlier"),
            Self::StartedLater => tr!("started-10-s-later"),
            Self::CatchUp => tr!("apply-catch-up"),
            Self::Finish => tr!("finish-session"),
            Self::Rehearse => tr!("rehearse"),
            Self::Record => tr!("recording-started-stopped"),
            Self::SelectUp => tr!("select-previous"),
            Self::SelectDown => tr!("select-next"),
            Self::GotoSelected => tr!("go-to-selected"),
            Self::ToggleSkipSelected => tr!("skip-unskip-selected"),
            Self::MoveSelectedUp => tr!("move-selected-up"),
            Self::MoveSelectedDown => tr!("move-selected-down"),
            Self::LongerSelected => tr!("selected-1-min"),
            Self::ShorterSelected => tr!("selected-1-min-2"),
            Self::Message => tr!("message"),
            Self::HideMessage => tr!("hide-message"),
            Self::Blackout => tr!("blackout"),
            Self::Projector => tr!("projector"),
            Self::Fullscreen => tr!("full-screen"),
            Self::ProjectorScreen => tr!("projector-to-the-other-screen"),
            Self::Share => tr!("share"),
            Self::Open => tr!("open"),
            Self::OpenUrl => tr!("open-url"),
            Self::Reload => tr!("reload-schedule"),
            Self::Export => tr!("export"),
            Self::Mute => tr!("mute"),
            Self::Help => tr!("shortcuts"),
        }
    }

    /// What it does, in a sentence.
    pub fn tooltip(self) -> String {
        match self {
            Self::StartPause => tr!("start-the-session-afterwards-pause"),
            Self::Next => tr!("next-phase-from-intro-slides"),
            Self::Back => tr!("undo-the-last-next-reopen"),
            Self::ExtendMinute => tr!("give-the-current-phase-one"),
            Self::TrimMinute => tr!("take-one-minute-from-the"),
            Self::SkipCurrent => tr!("skip-the-running-item-speaker"),
            Self::StartedEarlier => tr!("correct-the-record-the-current"),
            Self::StartedLater => tr!("correct-the-record-the-current-2"),
            Self::CatchUp => tr!("shorten-the-upcoming-slots-as"),
            Self::Finish => tr!("end-the-session-now-items"),
            Self::Rehearse => {
                tr!("make-this-run-a-rehearsal")
            }
            Self::Record => {
                tr!("mark-that-the-video-recording")
            }
            Self::SelectUp => tr!("select-the-previous-row-of"),
            Self::SelectDown => tr!("select-the-next-row-of"),
            Self::GotoSelected => tr!("end-the-current-item-and"),
            Self::ToggleSkipSelected => tr!("skip-the-selected-upcoming-item"),
            Self::MoveSelectedUp => tr!("move-the-selected-upcoming-item"),
            Self::MoveSelectedDown => tr!("move-the-selected-upcoming-item-2"),
            Self::LongerSelected => tr!("plan-one-more-minute-for"),
            Self::ShorterSelected => tr!("plan-one-minute-less-for"),
            Self::Message => tr!("write-a-message-for-the"),
            Self::HideMessage => tr!("hide-the-message-on-the"),
            Self::Blackout => tr!("blank-the-projector-or-bring"),
            Self::Projector => tr!("open-or-close-the-projector"),
            Self::Fullscreen => tr!("projector-window-full-screen-on"),
            Self::ProjectorScreen => {
                tr!("put-the-projector-view-full")
            }
            Self::Share => {
                tr!("show-the-timer-on-other")
            }
            Self::Open => tr!("open-a-schedule-file"),
            Self::OpenUrl => {
                tr!("open-the-conference-s-schedule")
            }
            Self::Reload => {
                tr!("read-the-schedule-file-again")
            }
            Self::Export => {
                tr!("export-the-actual-timings-csv")
            }
            Self::Mute => tr!("turn-the-sound-cues-off"),
            Self::Help => tr!("show-every-shortcut"),
        }
    }

    /// Its keys; the first is the one shown on the button.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        match self {
            Self::StartPause => vec![key(Key::Space)],
            Self::Next => vec![key(Key::N), key(Key::ArrowRight)],
            Self::Back => vec![key(Key::B), key(Key::ArrowLeft)],
            Self::ExtendMinute => vec![key(Key::Plus), key(Key::Equals)],
            Self::TrimMinute => vec![key(Key::Minus)],
            Self::SkipCurrent => vec![key(Key::S)],
            Self::StartedEarlier => vec![key(Key::OpenBracket)],
            Self::StartedLater => vec![key(Key::CloseBracket)],
            Self::CatchUp => vec![key(Key::C)],
            Self::Finish => vec![shift(Key::F)],
            Self::Rehearse => vec![shift(Key::R)],
            Self::Record => vec![key(Key::V)],
            Self::SelectUp => vec![key(Key::ArrowUp)],
            Self::SelectDown => vec![key(Key::ArrowDown)],
            Self::GotoSelected => vec![key(Key::G)],
            Self::ToggleSkipSelected => vec![shift(Key::S)],
            Self::MoveSelectedUp => vec![alt(Key::ArrowUp)],
            Self::MoveSelectedDown => vec![alt(Key::ArrowDown)],
            Self::LongerSelected => vec![key(Key::Period)],
            Self::ShorterSelected => vec![key(Key::Comma)],
            Self::Message => vec![key(Key::M)],
            Self::HideMessage => vec![key(Key::H)],
            Self::Blackout => vec![key(Key::K)],
            Self::Projector => vec![key(Key::P)],
            Self::Fullscreen => vec![key(Key::F11)],
            Self::ProjectorScreen => vec![shift(Key::P)],
            Self::Share => vec![key(Key::L)],
            Self::Open => vec![cmd(Key::O)],
            Self::OpenUrl => vec![cmd(Key::U)],
            Self::Reload => vec![cmd(Key::R)],
            Self::Export => vec![cmd(Key::E)],
            Self::Mute => vec![cmd(Key::M)],
            Self::Help => vec![key(Key::F1), key(Key::Questionmark)],
        }
    }

    /// The main shortcut as text ("Space", "N", "Ctrl+O").
    pub fn shortcut_text(self) -> String {
        self.shortcuts().iter().map(shortcut_text).collect::<Vec<_>>().join(" / ")
    }
}

/// A shortcut as text, the way the buttons and the help show it.
pub fn shortcut_text(s: &KeyboardShortcut) -> String {
    let mut out = String::new();
    if s.modifiers.command || s.modifiers.ctrl {
        out.push_str("Ctrl+"); // l10n-exempt: as keyboards print it
    }
    if s.modifiers.alt {
        out.push_str("Alt+"); // l10n-exempt: as keyboards print it
    }
    if s.modifiers.shift {
        out.push_str("Shift+"); // l10n-exempt: as keyboards print it
    }
    out.push_str(match s.logical_key {
        Key::Space => "Space",      // l10n-exempt: the key's name as egui and keyboards print it
        Key::ArrowRight => "Right", // l10n-exempt: the key's name as egui and keyboards print it
        Key::ArrowLeft => "Left",   // l10n-exempt: the key's name as egui and keyboards print it
        Key::ArrowUp => "Up",       // l10n-exempt: the key's name as egui and keyboards print it
        Key::ArrowDown => "Down",   // l10n-exempt: the key's name as egui and keyboards print it
        Key::Plus => "+",
        Key::Equals => "=",
        Key::Minus => "−",
        Key::OpenBracket => "[",
        Key::CloseBracket => "]",
        Key::Period => ".",
        Key::Comma => ",",
        Key::Questionmark => "?",
        k => k.name(),
    });
    out
}

/// Keys typed with Shift on most layouts: their Shift is not part of the shortcut.
fn shift_is_implied(k: Key) -> bool {
    matches!(k, Key::Plus | Key::Questionmark | Key::Colon | Key::Exclamationmark | Key::Pipe)
}

/// Whether a key press (not a repeat) triggers a shortcut: the same key and exactly the same
/// modifiers, so that Shift+S never also triggers S.
pub fn matches(shortcut: &KeyboardShortcut, key: Key, modifiers: Modifiers) -> bool {
    if shortcut.logical_key != key {
        return false;
    }
    let command = |m: Modifiers| m.command || m.ctrl || m.mac_cmd;
    let shift_ok = shift_is_implied(key) || shortcut.modifiers.shift == modifiers.shift;
    command(shortcut.modifiers) == command(modifiers) && shortcut.modifiers.alt == modifiers.alt && shift_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, UiCommand)> = Vec::new();
        for c in UiCommand::ALL {
            for s in &c.shortcuts() {
                for (other, owner) in &seen {
                    let clash = matches(other, s.logical_key, s.modifiers)
                        || matches(s, other.logical_key, other.modifiers);
                    assert!(!clash, "{c:?} and {owner:?} both answer to {}", shortcut_text(s));
                }
                seen.push((*s, c));
            }
        }
    }

    #[test]
    fn every_command_has_a_shortcut_a_label_and_a_tooltip() {
        for c in UiCommand::ALL {
            assert!(!c.shortcuts().is_empty(), "{c:?}");
            assert!(!c.label().is_empty() && !c.tooltip().is_empty());
        }
    }

    #[test]
    fn shift_s_is_not_s_but_plus_with_shift_is_plus() {
        let s = UiCommand::SkipCurrent.shortcuts()[0];
        assert!(!matches(&s, Key::S, Modifiers::SHIFT));
        assert!(matches(&s, Key::S, Modifiers::NONE));
        let plus = UiCommand::ExtendMinute.shortcuts()[0];
        assert!(matches(&plus, Key::Plus, Modifiers::SHIFT));
    }
}
