//! Every chair action in the windows: one enum that owns its label, tooltip and shortcuts.
//! Widgets and key presses produce these; the app applies them after drawing.

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
    pub fn label(self) -> &'static str {
        match self {
            Self::StartPause => "Start / Pause",
            Self::Next => "Next",
            Self::Back => "Back",
            Self::ExtendMinute => "+1 min",
            Self::TrimMinute => "−1 min",
            Self::SkipCurrent => "Skip",
            Self::StartedEarlier => "Started 10 s earlier",
            Self::StartedLater => "Started 10 s later",
            Self::CatchUp => "Apply catch-up",
            Self::Finish => "Finish session",
            Self::Rehearse => "Rehearse",
            Self::Record => "Recording started / stopped",
            Self::SelectUp => "Select previous",
            Self::SelectDown => "Select next",
            Self::GotoSelected => "Go to selected",
            Self::ToggleSkipSelected => "Skip / unskip selected",
            Self::MoveSelectedUp => "Move selected up",
            Self::MoveSelectedDown => "Move selected down",
            Self::LongerSelected => "Selected +1 min",
            Self::ShorterSelected => "Selected −1 min",
            Self::Message => "Message",
            Self::HideMessage => "Hide message",
            Self::Blackout => "Blackout",
            Self::Projector => "Projector",
            Self::Fullscreen => "Full screen",
            Self::ProjectorScreen => "Projector to the other screen",
            Self::Share => "Share…",
            Self::Open => "Open…",
            Self::OpenUrl => "Open URL…",
            Self::Reload => "Reload schedule",
            Self::Export => "Export…",
            Self::Mute => "Mute",
            Self::Help => "Shortcuts",
        }
    }

    /// What it does, in a sentence.
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::StartPause => "Start the session; afterwards pause or resume the clock",
            Self::Next => "Next phase (from intro slides to discussion); from the last phase, the next item",
            Self::Back => "Undo the last Next: reopen the previous phase or item",
            Self::ExtendMinute => "Give the current phase one more minute",
            Self::TrimMinute => "Take one minute from the current phase",
            Self::SkipCurrent => "Skip the running item (speaker absent) and start the next",
            Self::StartedEarlier => "Correct the record: the current phase really started 10 seconds earlier",
            Self::StartedLater => "Correct the record: the current phase really started 10 seconds later",
            Self::CatchUp => "Shorten the upcoming slots as the catch-up plan proposes, to end on time",
            Self::Finish => "End the session now; items not run stay unrun",
            Self::Rehearse => {
                "Make this run a rehearsal: Start moves the whole plan to begin when you press it, and the windows, the journal and every export say REHEARSAL"
            }
            Self::Record => {
                "Mark that the video recording started (or stopped) now: chapters and cut points then count from each recording's start"
            }
            Self::SelectUp => "Select the previous row of the rundown",
            Self::SelectDown => "Select the next row of the rundown",
            Self::GotoSelected => "End the current item and run the selected one now",
            Self::ToggleSkipSelected => "Skip the selected upcoming item, or put a skipped one back",
            Self::MoveSelectedUp => "Move the selected upcoming item one place earlier",
            Self::MoveSelectedDown => "Move the selected upcoming item one place later",
            Self::LongerSelected => "Plan one more minute for the selected upcoming item",
            Self::ShorterSelected => "Plan one minute less for the selected upcoming item",
            Self::Message => "Write a message for the speaker (Enter shows it on the projector)",
            Self::HideMessage => "Hide the message on the projector",
            Self::Blackout => "Blank the projector, or bring it back",
            Self::Projector => "Open or close the projector window",
            Self::Fullscreen => "Projector window full screen on its monitor",
            Self::ProjectorScreen => {
                "Put the projector view full screen on the other screen (the projector), not on this one"
            }
            Self::Share => {
                "Show the timer on other devices (the speaker link) and run the session from your phone (the remote)"
            }
            Self::Open => "Open a schedule file",
            Self::OpenUrl => {
                "Open the conference's schedule from its web address (pretalx, frab, Indico): kept in sync while the session runs"
            }
            Self::Reload => {
                "Read the schedule file again (or ask its URL for the latest version): talks not yet run take its new titles, speakers, lengths and order"
            }
            Self::Export => {
                "Export the actual timings: CSV, JSON, Markdown, the report page, video chapters, cut points or the schedule as it ran"
            }
            Self::Mute => "Turn the sound cues off or on",
            Self::Help => "Show every shortcut",
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
        out.push_str("Ctrl+");
    }
    if s.modifiers.alt {
        out.push_str("Alt+");
    }
    if s.modifiers.shift {
        out.push_str("Shift+");
    }
    out.push_str(match s.logical_key {
        Key::Space => "Space",
        Key::ArrowRight => "Right",
        Key::ArrowLeft => "Left",
        Key::ArrowUp => "Up",
        Key::ArrowDown => "Down",
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
