//! Everything a chair can do to a running session, as data: applied by the engine, appended to
//! the journal, replayed after a crash. Item references are indices into the session's items
//! (the plan's order, from 0), so they stay valid when the running order changes.

use serde::{Deserialize, Serialize};

use crate::schedule::json::SessionDoc;

/// Whether `c` would act on a terminal or a page instead of showing: a control character (NUL,
/// BEL, ESC, CR, LF, DEL…) or an invisible bidirectional override that reorders the text around
/// it. A message to the speaker holds none of them.
pub fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every [`is_control`] character shown as U+FFFD (�), for outputs that are not
/// escaped otherwise (a terminal, Markdown): a journal written before messages were checked, or a
/// title from a schedule file, can never clear the chair's terminal or retitle it.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_control) {
        std::borrow::Cow::Owned(text.chars().map(|c| if is_control(c) { '\u{FFFD}' } else { c }).collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Why `text` cannot be a message to the speaker, if it cannot: empty, too long (counted after
/// trimming), or holding a control character. Every source — the window, the remote, a script —
/// is checked by the engine with this.
pub fn message_problem(text: &str, max: usize) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return Some("the message is empty".into());
    }
    if let Some(c) = text.chars().find(|&c| is_control(c)) {
        return Some(format!(
            "a message is plain text: it cannot hold the control character U+{:04X}",
            u32::from(c)
        ));
    }
    (text.chars().count() > max)
        .then(|| format!("a message to the speaker must fit on the projector: at most {max} characters"))
}

/// One chair action. Serialized in the journal as `{"type": "extend", "seconds": 60}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Command {
    /// Start the session with the first item that is not skipped.
    Start,
    /// Freeze the current phase's countdown.
    Pause,
    /// Continue after a pause.
    Resume,
    /// Next phase; from the last phase, end the item and start the next one (or finish).
    Next,
    /// Undo the last `next`: reopen the previous phase (or the previous item's last phase).
    Back,
    /// Give the current phase more time.
    Extend {
        /// Seconds to add, > 0.
        seconds: i64,
    },
    /// Take time from the current phase.
    Trim {
        /// Seconds to remove, > 0.
        seconds: i64,
    },
    /// Skip an item: an upcoming one, or the current one (which then ends and the next starts).
    Skip {
        /// Plan index of the item.
        item: usize,
    },
    /// Put a skipped item that never started back into the running order.
    Unskip {
        /// Plan index of the item.
        item: usize,
    },
    /// End the current item and start `item` now (it moves to right after the current one).
    Goto {
        /// Plan index of an upcoming item.
        item: usize,
    },
    /// Move an upcoming item to another place among the upcoming ones.
    Move {
        /// Plan index of an upcoming item.
        item: usize,
        /// Its new position in the running order, from 0.
        to: usize,
    },
    /// The current phase really started `seconds` ago.
    Correct {
        /// Seconds before now, ≥ 0.
        seconds: i64,
    },
    /// Change an upcoming item's planned length.
    SetLength {
        /// Plan index of an upcoming item.
        item: usize,
        /// The new length in seconds.
        seconds: i64,
    },
    /// Apply a catch-up plan: shorten upcoming slots by these amounts.
    CatchUp {
        /// Per item, seconds to take off its last phase.
        trims: Vec<ItemTrim>,
    },
    /// Show a message to the speaker on the projector.
    ShowMessage {
        /// The text.
        text: String,
    },
    /// Hide the message.
    HideMessage,
    /// Blank the projector (or bring it back).
    Blackout {
        /// On or off.
        on: bool,
    },
    /// End the session now: the current item ends, upcoming items are left unrun.
    Finish,
    /// Make this run a rehearsal (before Start only): Start then moves the whole plan to begin at
    /// that moment, and the windows, `status` and every export say REHEARSAL.
    Rehearse,
    /// The video team's recording started (`on`) or stopped: at `at`, or when the command is
    /// given. Chapters and cut points count from each recording's start (docs/exports.md).
    Record {
        /// Started or stopped.
        on: bool,
        /// When, if not now (earlier than now: "it started 20 s ago").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<chrono::DateTime<chrono::Utc>>,
    },
    /// A recording mark was wrong: recording number `recording` (from 1) really started (`start`)
    /// or stopped at `at`.
    RecordAt {
        /// The recording, from 1.
        recording: usize,
        /// Its start (or its stop).
        start: bool,
        /// The true instant.
        at: chrono::DateTime<chrono::Utc>,
    },
    /// Take a new plan (the schedule file changed): upcoming items take its titles, speakers,
    /// lengths and order; what ran keeps its actuals. The whole new session is recorded, so replay
    /// never depends on the file.
    Replan {
        /// The new normalized session.
        session: Box<SessionDoc>,
        /// The file it came from, as the chair named it (a file, or a URL).
        #[serde(default)]
        source: Option<String>,
        /// The version of a schedule from a URL (as in the journal's header).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        version: Option<String>,
    },
}

/// One line of a catch-up plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemTrim {
    /// Plan index of the item.
    pub item: usize,
    /// Seconds to take off.
    pub seconds: i64,
}

/// The commands without their arguments: what the UI enables buttons and shortcuts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CommandKind {
    /// [`Command::Start`]
    Start,
    /// [`Command::Pause`]
    Pause,
    /// [`Command::Resume`]
    Resume,
    /// [`Command::Next`]
    Next,
    /// [`Command::Back`]
    Back,
    /// [`Command::Extend`]
    Extend,
    /// [`Command::Trim`]
    Trim,
    /// [`Command::Skip`]
    Skip,
    /// [`Command::Unskip`]
    Unskip,
    /// [`Command::Goto`]
    Goto,
    /// [`Command::Move`]
    Move,
    /// [`Command::Correct`]
    Correct,
    /// [`Command::SetLength`]
    SetLength,
    /// [`Command::CatchUp`]
    CatchUp,
    /// [`Command::ShowMessage`]
    ShowMessage,
    /// [`Command::HideMessage`]
    HideMessage,
    /// [`Command::Blackout`]
    Blackout,
    /// [`Command::Finish`]
    Finish,
    /// [`Command::Rehearse`]
    Rehearse,
    /// [`Command::Replan`]
    Replan,
    /// [`Command::Record`]
    Record,
    /// [`Command::RecordAt`]
    RecordAt,
}

impl CommandKind {
    /// The command as the chair calls it, in notices and errors ("Catch up: nothing to catch up").
    pub fn word(self) -> String {
        crate::l10n::chair_says(&format!("command-{}", self.key()), &[])
    }

    /// A name for it that does not depend on the language (`set-length`): its message is
    /// `command-` and this in the catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Pause => "pause",
            Self::Resume => "resume",
            Self::Next => "next",
            Self::Back => "back",
            Self::Extend => "extend",
            Self::Trim => "trim",
            Self::Skip => "skip",
            Self::Unskip => "unskip",
            Self::Goto => "goto",
            Self::Move => "move",
            Self::Correct => "correct",
            Self::SetLength => "set-length",
            Self::CatchUp => "catch-up",
            Self::ShowMessage => "show-message",
            Self::HideMessage => "hide-message",
            Self::Blackout => "blackout",
            Self::Finish => "finish",
            Self::Rehearse => "rehearse",
            Self::Replan => "replan",
            Self::Record => "record",
            Self::RecordAt => "record-at",
        }
    }
}

impl Command {
    /// The command's kind.
    pub fn kind(&self) -> CommandKind {
        match self {
            Self::Start => CommandKind::Start,
            Self::Pause => CommandKind::Pause,
            Self::Resume => CommandKind::Resume,
            Self::Next => CommandKind::Next,
            Self::Back => CommandKind::Back,
            Self::Extend { .. } => CommandKind::Extend,
            Self::Trim { .. } => CommandKind::Trim,
            Self::Skip { .. } => CommandKind::Skip,
            Self::Unskip { .. } => CommandKind::Unskip,
            Self::Goto { .. } => CommandKind::Goto,
            Self::Move { .. } => CommandKind::Move,
            Self::Correct { .. } => CommandKind::Correct,
            Self::SetLength { .. } => CommandKind::SetLength,
            Self::CatchUp { .. } => CommandKind::CatchUp,
            Self::ShowMessage { .. } => CommandKind::ShowMessage,
            Self::HideMessage => CommandKind::HideMessage,
            Self::Blackout { .. } => CommandKind::Blackout,
            Self::Finish => CommandKind::Finish,
            Self::Rehearse => CommandKind::Rehearse,
            Self::Replan { .. } => CommandKind::Replan,
            Self::Record { .. } => CommandKind::Record,
            Self::RecordAt { .. } => CommandKind::RecordAt,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_bidi_overrides_show_as_replacement_characters() {
        assert_eq!(printable("plain — text ✓"), "plain — text ✓");
        assert_eq!(printable("a\u{1b}]0;owned\u{7}b"), "a\u{fffd}]0;owned\u{fffd}b");
        assert_eq!(printable("\u{202e}evil\u{2066}"), "\u{fffd}evil\u{fffd}");
        assert_eq!(printable("cr\r\nlf"), "cr\u{fffd}\u{fffd}lf");
    }

    #[test]
    fn a_message_is_plain_text_of_at_most_the_given_length_after_trimming() {
        assert_eq!(message_problem("  5 minutes left  ", 15), None);
        assert!(message_problem("   ", 15).is_some_and(|m| m.contains("empty")));
        assert!(message_problem("bell\u{7}", 15).is_some_and(|m| m.contains("U+0007")));
        assert!(message_problem("x".repeat(16).as_str(), 15).is_some_and(|m| m.contains("at most 15")));
    }
}
