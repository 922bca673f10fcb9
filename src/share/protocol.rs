//! What goes over the wire: the state pages show (JSON, pushed on every change) and the commands
//! the remote sends. docs/remote.md documents both.

use serde::{Deserialize, Serialize};

use crate::timing::speaker::Speaker;

/// What the chair window's timer box shows besides the speaker's view, for the remote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct ChairFigures {
    /// The start/pause button's word now: "Start", "Pause" or "Resume".
    pub toggle: String,
    /// "Discussion (2 of 2)".
    pub phase: String,
    /// "3 min behind", "on time".
    pub schedule: String,
    /// "18:40 (planned 18:30)".
    pub projected_end: String,
    /// The remote commands that would be accepted now (`next`, `back`, …).
    pub can: Vec<&'static str>,
    /// The chair's message presets, as the speaker reads them (what the buttons send).
    pub presets: Vec<String>,
    /// The same presets as the chair reads them (the buttons' labels, in the chair's language).
    pub preset_labels: Vec<String>,
    /// What the room tells its chair now (the window's notices: sound unavailable, the schedule
    /// changed, a day already past…), oldest first, in the chair's language.
    pub notices: Vec<String>,
    /// The serious ones among them ("Attention: …"), shown above the timer.
    pub alerts: Vec<String>,
    /// The remote page's own words in the chair's language, by message id (docs/l10n.md).
    pub words: std::collections::BTreeMap<&'static str, String>,
    /// The timer's words the page fills in itself (state words, "{time} left in this slot"), in
    /// the chair's language: the remote shows the chair's timer, the speaker's in theirs.
    pub page_words: crate::timing::speaker::PageWords,
    /// "Next: title — speakers", in the chair's language.
    pub next: String,
    /// The line above the big figure ("Starts at 15:00", "Break — back at 17:00"), in the
    /// chair's language.
    pub headline: String,
}

/// One state, as every page receives it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Published {
    /// The session's title.
    pub session: String,
    /// The room, if the schedule names one.
    pub room: Option<String>,
    /// What the speaker sees.
    pub speaker: Speaker,
    /// Overtime flashes (the chair's setting).
    pub flashing: bool,
    /// For the remote only.
    pub chair: ChairFigures,
}

/// A command from the remote or the HTTP API: `{"command": "next"}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum RemoteCommand {
    /// Start the session, or pause / resume (the Space key).
    StartPause,
    /// Start the session.
    Start,
    /// Pause the clock.
    Pause,
    /// Resume the clock.
    Resume,
    /// Next phase or item.
    Next,
    /// Undo the last next.
    Back,
    /// One more minute for the current phase.
    PlusMinute,
    /// One minute less.
    MinusMinute,
    /// Show a message to the speaker.
    Message {
        /// The text (at most [`MAX_MESSAGE`] characters).
        text: String,
    },
    /// Hide the message.
    HideMessage,
    /// Blank the speaker's screens (`on` omitted: toggle).
    Blackout {
        /// Blank (`true`) or show (`false`).
        #[serde(default)]
        on: Option<bool>,
    },
    /// Take the changed schedule file's plan for the items not yet run (when one is offered:
    /// `reload` is then in `can`).
    Reload,
    /// The language of what the speaker reads (docs/l10n.md).
    Language {
        /// Its code: `en`, `de`, `fr`, `es`, `ja`, `ar`.
        lang: crate::l10n::Lang,
    },
}

/// The longest message the remote may send, in characters.
pub const MAX_MESSAGE: usize = 200;

impl RemoteCommand {
    /// Every command's name, as `{"command": …}` takes it.
    pub const NAMES: [&'static str; 13] = [
        "start_pause",
        "start",
        "pause",
        "resume",
        "next",
        "back",
        "plus_minute",
        "minus_minute",
        "message",
        "hide_message",
        "blackout",
        "reload",
        "language",
    ];

    /// Reads a command from a request body, with an error a script's author can act on.
    ///
    /// # Errors
    /// The body is not JSON, names no known command, or the message is empty, too long (after
    /// trimming) or holds a control character.
    pub fn parse(body: &[u8]) -> Result<Self, String> {
        let c: Self = serde_json::from_slice(body).map_err(|e| {
            format!(
                "expected a JSON object like {{\"command\": \"next\"}} where command is one of {}: {e}",
                Self::NAMES.join(", ")
            )
        })?;
        if let Self::Message { text } = &c
            && let Some(problem) = crate::timing::command::message_problem(text, MAX_MESSAGE)
        {
            return Err(problem);
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_read_as_documented() {
        assert_eq!(RemoteCommand::parse(br#"{"command":"next"}"#), Ok(RemoteCommand::Next));
        assert_eq!(
            RemoteCommand::parse(br#"{"command":"message","text":"5 min"}"#),
            Ok(RemoteCommand::Message { text: "5 min".into() })
        );
        assert_eq!(
            RemoteCommand::parse(br#"{"command":"blackout"}"#),
            Ok(RemoteCommand::Blackout { on: None })
        );
        for name in RemoteCommand::NAMES {
            let body = format!(r#"{{"command":"{name}","text":"x","lang":"de"}}"#);
            assert!(RemoteCommand::parse(body.as_bytes()).is_ok(), "{name}");
        }
    }

    #[test]
    fn a_bad_command_names_the_ones_that_exist() {
        let e = RemoteCommand::parse(br#"{"command":"explode"}"#).err().unwrap_or_default();
        assert!(e.contains("next") && e.contains("blackout"), "{e}");
        assert!(RemoteCommand::parse(b"not json").is_err());
        let long = format!(r#"{{"command":"message","text":"{}"}}"#, "x".repeat(MAX_MESSAGE + 1));
        assert!(RemoteCommand::parse(long.as_bytes()).is_err());
    }
}
