//! A room's share: starting and stopping the server, the remote's commands applied through the
//! room's one command path (marked as the remote's), the state every page receives, and the links
//! kept for a restart (docs/remote.md).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::DateTime;

use super::Room;
use crate::share::{ChairFigures, LinkStore, Published, RemoteCommand, SavedShare, Share, Waker};
use crate::timing::command::{Command, CommandKind};
use crate::timing::engine::Engine;
use crate::timing::journal::{Origin, RecordError};
use crate::timing::speaker::Speaker;
use crate::timing::view::View;

/// The message presets' ids in the catalogue (docs/l10n.md): the window and the remote label them
/// in the chair's language and show the speaker [`preset_texts`] in the speaker's.
pub const PRESET_IDS: [&str; 4] =
    ["preset-five-minutes", "preset-wrap-up", "preset-questions", "preset-microphone"];

/// The presets as the speaker reads them, in `lang`.
pub fn preset_texts(lang: crate::l10n::Lang) -> Vec<String> {
    PRESET_IDS.iter().map(|id| crate::l10n::word(lang, id)).collect()
}

/// A room's share and what is kept of it.
#[derive(Default)]
pub(super) struct Sharing {
    /// The speaker link and the remote, while the chair shares.
    share: Option<Share>,
    /// The port to share on (`--port`).
    port: Option<u16>,
    /// Where the links are kept for a restart (the user's runtime folder; none in tests unless
    /// they choose a folder).
    store: Option<LinkStore>,
    /// The journal whose links are kept, and what was kept for it.
    kept: Option<(PathBuf, SavedShare)>,
    /// Links kept from before a restart, to share again with at the next step.
    again: Option<SavedShare>,
    /// Wakes whoever drives the room when a request arrives.
    waker: Option<Waker>,
}

/// The engine command a remote command stands for now (the start/pause toggle depends on the state,
/// as the Space key does); `None` for one that is the room's, not the engine's (`reload`).
pub fn engine_command(engine: &Engine, rc: &RemoteCommand) -> Option<Command> {
    Some(match rc {
        RemoteCommand::StartPause => toggle(engine),
        RemoteCommand::Start => Command::Start,
        RemoteCommand::Pause => Command::Pause,
        RemoteCommand::Resume => Command::Resume,
        RemoteCommand::Next => Command::Next,
        RemoteCommand::Back => Command::Back,
        RemoteCommand::PlusMinute => Command::Extend { seconds: 60 },
        RemoteCommand::MinusMinute => Command::Trim { seconds: 60 },
        RemoteCommand::Message { text } => Command::ShowMessage { text: text.trim().to_owned() },
        RemoteCommand::HideMessage => Command::HideMessage,
        RemoteCommand::Blackout { on } => Command::Blackout { on: on.unwrap_or(!engine.blackout()) },
        RemoteCommand::Reload | RemoteCommand::Language { .. } => return None,
    })
}

/// What Space does now: start the session, or pause / resume the clock.
pub fn toggle(engine: &Engine) -> Command {
    if engine.started().is_none() {
        Command::Start
    } else if engine.is_paused() {
        Command::Resume
    } else {
        Command::Pause
    }
}

/// The remote commands the engine would accept now.
fn can(engine: &Engine) -> Vec<&'static str> {
    let allowed = engine.allowed();
    let has = |k: CommandKind| allowed.contains(&k);
    let mut out = Vec::new();
    for (name, yes) in [
        ("start_pause", has(CommandKind::Start) || has(CommandKind::Pause) || has(CommandKind::Resume)),
        ("start", has(CommandKind::Start)),
        ("pause", has(CommandKind::Pause)),
        ("resume", has(CommandKind::Resume)),
        ("next", has(CommandKind::Next)),
        ("back", has(CommandKind::Back)),
        ("plus_minute", has(CommandKind::Extend)),
        ("minus_minute", has(CommandKind::Trim)),
        ("message", has(CommandKind::ShowMessage)),
        ("hide_message", has(CommandKind::HideMessage)),
        ("blackout", has(CommandKind::Blackout)),
    ] {
        if yes {
            out.push(name);
        }
    }
    out
}

thread_local! {
    /// The remote's words, made once per chair's language (every state carries them).
    static REMOTE_WORDS: std::cell::RefCell<Option<(crate::l10n::Lang, RemoteWords)>> = const { std::cell::RefCell::new(None) };
}

type RemoteWords = std::collections::BTreeMap<&'static str, String>;

/// The remote page's own words in the chair's language, by message id; `{name}` marks a place the
/// page fills in. Made once per language (every state carries them).
pub fn remote_words() -> RemoteWords {
    let lang = crate::l10n::chair();
    REMOTE_WORDS.with_borrow_mut(|cache| match cache {
        Some((l, words)) if *l == lang => words.clone(),
        _ => {
            let words = make_remote_words();
            *cache = Some((lang, words.clone()));
            words
        }
    })
}

fn make_remote_words() -> std::collections::BTreeMap<&'static str, String> {
    let place = |name: &str| format!("{{{name}}}");
    [
        ("remote-lang", crate::l10n::chair().code().to_owned()),
        ("remote-alerts", crate::tr!("remote-alerts")),
        ("remote-timer", crate::tr!("remote-timer")),
        ("remote-back", crate::tr!("remote-back")),
        ("remote-next", crate::tr!("remote-next")),
        ("command-start", crate::tr!("command-start")),
        ("command-pause", crate::tr!("command-pause")),
        ("command-resume", crate::tr!("command-resume")),
        ("command-blackout", crate::tr!("command-blackout")),
        ("command-replan", crate::tr!("command-replan")),
        ("minus-one-min", crate::tr!("minus-one-min")),
        ("plus-one-min", crate::tr!("plus-one-min")),
        ("remote-hide-message", crate::tr!("remote-hide-message")),
        ("remote-from-chairtime", crate::tr!("remote-from-chairtime")),
        ("message-to-the-speaker", crate::tr!("message-to-the-speaker")),
        ("remote-own-message", crate::tr!("remote-own-message")),
        ("remote-message-label", crate::tr!("remote-message-label")),
        ("show", crate::tr!("show")),
        ("remote-now-and-next", crate::tr!("remote-now-and-next")),
        ("the-speaker-reads", crate::tr!("the-speaker-reads")),
        ("remote-arabic-link-only", crate::tr!("remote-arabic-link-only")),
        ("remote-note", crate::tr!("remote-note")),
        ("remote-blackout-on", crate::tr!("remote-blackout-on")),
        ("remote-message-flag", crate::tr!("remote-message-flag", message = place("message"))),
        ("remote-ends", crate::tr!("remote-ends", time = place("time"))),
        ("remote-show-screen", crate::tr!("remote-show-screen")),
        ("remote-done", crate::tr!("remote-done")),
        ("remote-not-possible", crate::tr!("remote-not-possible", why = place("why"))),
        ("remote-refused", crate::tr!("remote-refused")),
        ("remote-not-sent-revoked", crate::tr!("remote-not-sent-revoked")),
        ("remote-no-answer", crate::tr!("remote-no-answer")),
        ("remote-not-sent", crate::tr!("remote-not-sent", why = place("why"))),
        ("remote-not-sent-offline", crate::tr!("remote-not-sent-offline")),
        ("remote-type-first", crate::tr!("remote-type-first")),
    ]
    .into_iter()
    .collect()
}

/// The state every page receives: the speaker's view and, for the remote, the chair's figures.
pub fn published(engine: &Engine, view: &View, speaker: Speaker, flashing: bool) -> Published {
    let s = engine.session();
    let speaker_lang = speaker.lang;
    // The button's name for the page (which labels it in the chair's language).
    let toggle = match toggle(engine) {
        Command::Start => "Start",   // l10n-exempt: a key
        Command::Resume => "Resume", // l10n-exempt: a key
        _ => "Pause",                // l10n-exempt: a key
    };
    let phase = view.current.as_ref().map_or_else(String::new, |c| {
        let name = crate::timing::speaker::phase_name(&c.phase_name, crate::l10n::chair());
        crate::tr!("phase-n-of-count", phase = name, n = c.phase + 1, count = c.phase_count)
    });
    let hhmm = |t: DateTime<chrono::Utc>| s.hhmm(t);
    // The remote shows the chair the timer in the chair's language.
    let chair_sees = Speaker::from_view_in(engine, view, crate::l10n::chair());
    Published {
        session: s.title.clone(),
        room: s.room.clone(),
        speaker,
        flashing,
        chair: ChairFigures {
            toggle: toggle.to_owned(),
            phase,
            schedule: crate::timing::view::pace(view.offset),
            projected_end: crate::tr!(
                "time-planned",
                time = hhmm(view.projected_end),
                planned = hhmm(view.planned_end)
            ),
            can: if engine.finished().is_some() { Vec::new() } else { can(engine) },
            presets: preset_texts(speaker_lang),
            preset_labels: preset_texts(crate::l10n::chair()),
            notices: Vec::new(),
            alerts: Vec::new(),
            words: remote_words(),
            page_words: chair_sees.words,
            next: chair_sees.next,
            headline: chair_sees.headline,
        },
    }
}

impl Room {
    /// Wakes `waker` whenever the share has a request for the room (the window asks for a frame;
    /// a headless room's loop wakes up).
    pub fn set_waker(&mut self, waker: Waker) {
        self.share.waker = Some(waker);
    }

    /// What wakes the room's owner (the window, a headless loop) when something arrives.
    pub(super) fn share_waker(&self) -> Waker {
        self.waker()
    }

    fn waker(&self) -> Waker {
        self.share.waker.clone().unwrap_or_else(|| Arc::new(|| {}))
    }

    /// The port to share on (`--port`; `None`: 8420, or a free one if that is taken).
    pub fn set_share_port(&mut self, port: Option<u16>) {
        self.share.port = port;
    }

    /// Keeps the share's links in `store` (the user's runtime folder, or a test's), or nowhere.
    pub fn keep_links_in(&mut self, store: Option<LinkStore>) {
        self.share.store = store;
    }

    /// Whether the links would be kept for a restart.
    pub fn keeps_links(&self) -> bool {
        self.share.store.is_some()
    }

    /// Starts sharing (the chair chose it: the Share window, its key, `--share`). Says why it
    /// could not, on the terminal too (started from one, the chair reads it there).
    pub fn start_sharing(&mut self) {
        if self.share.share.is_some() {
            return;
        }
        match Share::start(self.share.port, self.publishable(), self.waker()) {
            Ok(share) => {
                if !share.on_network() {
                    self.notice(crate::tr!("no-network-found"), false);
                }
                self.share.share = Some(share);
                self.keep_links();
            }
            Err(e) => {
                eprintln!("chairtime: {e}.");
                self.notice(crate::tr!("share-failed-projector-works", why = e.to_string()), true);
            }
        }
    }

    /// Stops sharing: every page shows "connection lost", the links stop working, and they are
    /// not kept for a restart any more.
    pub fn stop_sharing(&mut self) {
        if let Some(s) = self.share.share.take() {
            s.stop();
        }
        if let (Some(store), Some((journal, _))) = (&self.share.store, self.share.kept.take()) {
            store.forget(&journal);
        }
    }

    /// Replaces both links: every open page and old link stops working at once.
    pub fn new_links(&mut self) {
        if let Some(s) = &self.share.share {
            s.new_links();
        }
        self.keep_links();
    }

    /// Whether a resumed run is about to share again with its old links (at the next step).
    pub fn shares_again_soon(&self) -> bool {
        self.share.again.is_some()
    }

    /// The share, when on.
    pub fn share(&self) -> Option<&Share> {
        self.share.share.as_ref()
    }

    /// The state for the pages, now.
    pub fn publishable(&self) -> Published {
        let now = self.clock.now();
        let engine = self.run.engine();
        let view = engine.view(now);
        let mut state = published(engine, &view, self.speaker_now(), self.flashing);
        state.chair.notices = self.notices.iter().filter(|n| !n.serious).map(|n| n.text.clone()).collect();
        state.chair.alerts = self
            .notices
            .iter()
            .filter(|n| n.serious)
            .map(|n| crate::tr!("attention", notice = n.text))
            .collect();
        if self.reload.is_some() {
            state.chair.can.push("reload");
        }
        if self.waiting {
            // The example shown behind the chair's choice is nobody's session.
            state.session = crate::l10n::word(self.speaker_lang, "no-session");
            state.room = None;
            state.chair.can = Vec::new();
            state.chair.headline = String::new();
            state.chair.next = String::new();
        }
        state
    }

    /// Applies the remote's commands (each through the journal, marked as the remote's) and
    /// sends the pages the state if it changed. Returns whether a command came.
    pub(super) fn serve_remote(&mut self) -> bool {
        self.keep_links();
        let Some(share) = &self.share.share else { return false };
        let requests = share.take_requests();
        let came = !requests.is_empty();
        for r in requests {
            let answer = self.apply_remote(&r.command);
            let _ = r.reply.send(answer);
        }
        let state = self.publishable();
        if let Some(share) = &self.share.share {
            share.publish(state);
        }
        came
    }

    fn apply_remote(&mut self, rc: &RemoteCommand) -> Result<String, String> {
        if self.waiting {
            return Err(crate::tr!("remote-no-session-yet"));
        }
        if let RemoteCommand::Language { lang } = rc {
            self.speaker_lang = *lang;
            return Ok(crate::tr!("the-speaker-reads-language", language = lang.name()));
        }
        let Some(command) = engine_command(self.run.engine(), rc) else {
            return self.reload_from_remote();
        };
        let word = super::command_word(&command);
        match self.apply(&command, Some(Origin::Remote)) {
            Ok(_) => Ok(word),
            Err(RecordError::Refused(r)) => {
                Err(crate::tr!("command-refused", command = word, why = r.to_string()))
            }
            Err(RecordError::NotRecorded(_)) => Err(crate::tr!("applied-but-not-recorded", command = word)),
        }
    }

    /// The remote's `reload`: takes the changed schedule file's plan on offer (journaled as a
    /// re-plan), as Ctrl+R does in the window.
    fn reload_from_remote(&mut self) -> Result<String, String> {
        if self.reload.is_none() {
            return Err(crate::tr!("reload-nothing-on-offer"));
        }
        let before = self.plan_generation;
        self.reload_schedule_from(Some(Origin::Remote));
        if self.plan_generation == before {
            let why = self.notices.last().map_or_else(String::new, |n| n.text.clone());
            return Err(crate::tr!("command-refused", command = crate::tr!("command-replan"), why = why));
        }
        Ok(crate::tr!("schedule-reloaded-short"))
    }

    /// After the session of `journal` resumed: if it was shared when chairtime stopped, it is
    /// shared again with the same links at the next step (docs/remote.md, "After a crash").
    pub(super) fn share_again_from(&mut self, journal: &Path) {
        let Some(saved) = self.share.store.as_ref().and_then(|s| s.load(journal)) else { return };
        // If the run goes on in another journal, the kept file moves to it (see `keep_links`).
        self.share.kept = Some((journal.to_owned(), saved.clone()));
        self.share.again = Some(saved);
    }

    /// Shares again with the links kept from before the restart, replacing a share with new links
    /// that `--share` may have started meanwhile; says so to the chair and on the terminal.
    pub(super) fn resume_sharing(&mut self) {
        let Some(saved) = self.share.again.take() else { return };
        if let Some(s) = self.share.share.take() {
            s.stop();
        }
        match Share::resume(&saved, self.publishable(), self.waker()) {
            Ok(share) => {
                if share.port() == saved.port {
                    self.sticky(crate::tr!("sharing-again-same-links"));
                } else {
                    self.notice(
                        crate::tr!(
                            "sharing-again-port-taken",
                            port = saved.port.to_string(),
                            now = share.port().to_string()
                        ),
                        true,
                    );
                }
                println!("{}", crate::tr!("sharing-again-after-restart"));
                println!("Speaker link: {}", share.view_link()); // l10n-exempt: read by scripts
                println!("Remote (keep it private): {}", share.remote_link()); // l10n-exempt: read by scripts
                use std::io::Write as _;
                let _ = std::io::stdout().flush();
                self.share.share = Some(share);
            }
            Err(e) => {
                eprintln!("chairtime: {e}.");
                self.notice(crate::tr!("shared-before-the-restart", why = e.to_string()), true);
            }
        }
    }

    /// Keeps the share's links for the journal being written, so that a restart shares again with
    /// them; follows the run into another journal and new links. Nothing is kept for a room that
    /// records nothing (a read-only follower, a session not chosen yet).
    fn keep_links(&mut self) {
        let (Some(store), Some(share)) = (&self.share.store, &self.share.share) else { return };
        let Some(journal) = self.run.journal_path() else { return };
        let kept = share.kept();
        if self.share.kept.as_ref().is_some_and(|(j, k)| j == journal && *k == kept) {
            return;
        }
        if let Some((old, _)) = &self.share.kept
            && old != journal
        {
            store.forget(old);
        }
        let journal = journal.to_owned();
        let saved = store.save(&journal, &kept);
        self.share.kept = Some((journal, kept));
        if let Err(e) = saved {
            self.notice(crate::tr!("links-not-kept", why = e.to_string()), false);
        }
    }

    /// The links of a finished session are not kept (there is nothing left to resume).
    pub(super) fn forget_links_when_over(&mut self) {
        if self.run.engine().finished().is_none() {
            return;
        }
        if let (Some(store), Some((journal, _))) = (&self.share.store, self.share.kept.take()) {
            store.forget(&journal);
        }
    }
}
