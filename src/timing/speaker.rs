//! What the speaker sees, computed once: the projector window, the speaker link's web page and
//! `chairtime status` all take it from here, so they can never disagree.
//!
//! A [`Speaker`] holds *instants*, not ticking text: a running countdown is "reaches zero at
//! 15:20:00.000", a paused one is "4:59.300 left". Whoever shows it formats the remaining time at
//! its own `now` with one rounding rule ([`crate::schedule::duration::format_clock`], which the web
//! page repeats in JavaScript). So a `Speaker` changes only when the chair acts (or once a minute
//! for a figure given as a time of day), which is what the web stream pushes; and the digits flip on
//! the second on every device. [`Speaker::text_at`] gives the projector's text at one instant.

use chrono::{DateTime, Offset, TimeDelta, Utc};
use serde::Serialize;

use crate::l10n::{self, Lang};
use crate::schedule::duration::format_clock;
use crate::schedule::{ItemKind, Session, Thresholds};
use crate::timing::engine::Engine;
use crate::timing::view::{Urgency, View};

/// Milliseconds since the Unix epoch, as JSON numbers (what a browser's `Date.now()` compares with).
mod epoch_ms {
    use chrono::{DateTime, Utc};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(t.timestamp_millis())
    }
}

mod opt_epoch_ms {
    use chrono::{DateTime, Utc};
    use serde::Serializer;

    #[expect(clippy::ref_option, reason = "serde's `with` calling convention")]
    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_i64(t.timestamp_millis()),
            None => s.serialize_none(),
        }
    }
}

/// A time that counts down: running towards an instant, or frozen (paused) with some time left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Countdown {
    /// Reaches zero at this instant (JSON: `{"ends_at": ms}`), unless it stops counting at
    /// `holds_at` first (JSON: `"holds_at": ms`): the next break, once the running slot is over its
    /// time, comes no nearer until the chair moves on.
    Running {
        /// The instant the time is up.
        #[serde(with = "epoch_ms")]
        ends_at: DateTime<Utc>,
        /// The instant it stops counting, if it does.
        #[serde(with = "opt_epoch_ms", skip_serializing_if = "Option::is_none")]
        holds_at: Option<DateTime<Utc>>,
    },
    /// Stopped with this much left (JSON: `{"frozen_ms": ms}`; negative when over time).
    Frozen {
        /// Milliseconds left.
        frozen_ms: i64,
    },
}

impl Countdown {
    /// A countdown with `remaining` at `now`, running or not.
    pub fn new(remaining: TimeDelta, now: DateTime<Utc>, running: bool) -> Self {
        if running {
            Self::Running { ends_at: now + remaining, holds_at: None }
        } else {
            Self::Frozen { frozen_ms: remaining.num_milliseconds() }
        }
    }

    /// The time left at `now` (negative once over).
    pub fn remaining(&self, now: DateTime<Utc>) -> TimeDelta {
        match *self {
            Self::Running { ends_at, holds_at } => ends_at - holds_at.map_or(now, |h| now.min(h)),
            Self::Frozen { frozen_ms } => TimeDelta::milliseconds(frozen_ms),
        }
    }
}

/// The state shown from an instant on (the web page switches colour at `at` by itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct UrgencyChange {
    /// From when.
    #[serde(with = "epoch_ms")]
    pub at: DateTime<Utc>,
    /// The state from then on.
    pub urgency: Urgency,
}

/// The running slot, for the progress bar and "14:32 left in this slot".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SlotBar {
    /// Time left in the slot.
    pub remaining: Countdown,
    /// The slot's length, milliseconds.
    pub length_ms: i64,
    /// Where phases end along the bar (0–1): finished phases where they really ended, the current
    /// one where it is planned to end.
    pub marks: Vec<f32>,
}

/// Everything the speaker sees, as instants and words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Speaker {
    /// The state (colour, word, shape) at the instant this was computed.
    pub urgency: Urgency,
    /// The state's word as the projector writes it ("ON TIME"), in the speaker's language.
    pub word: String,
    /// Later states of the running phase, at the instants they begin (warning, danger, overtime).
    pub changes: Vec<UrgencyChange>,
    /// The big figure's countdown; `None` shows the time of day.
    pub big: Option<Countdown>,
    /// The big figure shows the time of day once its countdown reaches zero (before the start).
    pub big_then_clock: bool,
    /// The line above it: the phase, "Starts at 15:00", "Break — back at 17:00".
    pub headline: String,
    /// The topic.
    pub title: String,
    /// The speakers.
    pub speakers: String,
    /// The running slot (not during a break or before the start).
    pub slot: Option<SlotBar>,
    /// "Slot 3 of 9".
    pub position: String,
    /// Counting down to the next break (while a slot runs).
    pub break_in: Option<Countdown>,
    /// "Session ends 18:40", shown when no break is ahead.
    pub session_ends: String,
    /// "Next: title — speakers".
    pub next: String,
    /// The message to the speaker.
    pub message: Option<String>,
    /// Blank screen.
    pub blackout: bool,
    /// The session's offset from UTC, seconds, for the time of day.
    pub utc_offset_s: i32,
    /// The speaker's language (docs/l10n.md).
    pub lang: Lang,
    /// `rtl` for a language written right to left, else `ltr` (the speaker page's `dir`).
    pub dir: &'static str,
    /// The words a page writes itself as the seconds pass, in the speaker's language.
    pub words: PageWords,
}

/// The words a page fills in itself (`{time}` stands for a countdown), and every state's word
/// for the changes it applies on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct PageWords {
    /// Every state's word, by the state's JSON name (`overtime` → "TIME IS UP").
    pub states: std::collections::BTreeMap<String, String>,
    /// "Break in {time}".
    pub break_in: String,
    /// "{time} left in this slot".
    pub left_in_slot: String,
    /// "{time} over this slot".
    pub over_slot: String,
    /// "Connecting…".
    pub connecting: String,
    /// "Connection lost — last known time".
    pub connection_lost: String,
    /// "This link no longer works — ask the chair for the current link".
    pub link_revoked: String,
}

impl PageWords {
    /// The words in `lang`.
    pub fn new(lang: Lang) -> Self {
        let time = |id: &str| l10n::tr(lang, id, &[("time", "{time}")]);
        let states = Urgency::ALL.iter().map(|&u| (u.key().to_owned(), state_word(u, lang))).collect();
        Self {
            states,
            break_in: time("break-in"),
            left_in_slot: time("left-in-slot"),
            over_slot: time("over-slot"),
            connecting: l10n::word(lang, "connecting"),
            connection_lost: l10n::word(lang, "connection-lost"),
            link_revoked: l10n::word(lang, "link-revoked"),
        }
    }
}

/// A state's word in `lang` ("TIME IS UP", "ZEIT IST UM").
pub fn state_word(u: Urgency, lang: Lang) -> String {
    let id = match u {
        Urgency::NotStarted => "state-not-started",
        Urgency::Normal => "state-on-time",
        Urgency::Warning => "state-warning",
        Urgency::Danger => "state-wrap-up",
        Urgency::Overtime => "state-time-is-up",
        Urgency::Paused => "state-paused",
        Urgency::Break => "state-break",
        Urgency::Finished => "state-finished",
    };
    l10n::word(lang, id)
}

/// The speaker's view as text at one instant: what the projector window draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The state (colour, word, shape).
    pub urgency: Urgency,
    /// The state's word in the speaker's language.
    pub word: String,
    /// The big figure: remaining time (`04:59`, `+01:23`), a countdown, or the time of day.
    pub big: String,
    /// The line above it: the phase, "Starts at 15:00", "Break — back at 17:00".
    pub headline: String,
    /// The topic.
    pub title: String,
    /// The speakers.
    pub speakers: String,
    /// Slot progress 0–1, and where its phases end (0–1), for the bar.
    pub progress: Option<(f32, Vec<f32>)>,
    /// "14:32 left in this slot".
    pub slot_left: String,
    /// "Slot 3 of 9".
    pub position: String,
    /// "Break in 42:10" / "Session ends 18:40".
    pub horizon: String,
    /// "Next: title — speakers".
    pub next: String,
    /// Time of day, session zone.
    pub clock: String,
    /// The message to the speaker.
    pub message: Option<String>,
    /// Blank screen.
    pub blackout: bool,
}

fn who(speakers: &[String]) -> String {
    speakers.join(", ")
}

fn with_speakers(title: &str, speakers: &[String]) -> String {
    if speakers.is_empty() { title.to_owned() } else { format!("{title} — {}", who(speakers)) }
}

/// A phase's name in `lang` when it is one of the names chairtime gives the phases of imported
/// talks ("Intro slides", "Discussion", "Talk"); a session file's own names stay as written.
pub fn phase_name(name: &str, lang: Lang) -> String {
    let id = match name {
        "Intro slides" => "phase-intro",
        "Discussion" => "phase-discussion",
        "Talk" => "phase-talk",
        _ => return name.to_owned(),
    };
    l10n::word(lang, id)
}

/// "Next: title — speakers" (message `id`: or "First: …") in `lang`.
fn talk_line(lang: Lang, id: &str, title: &str, speakers: &[String]) -> String {
    l10n::tr(lang, id, &[("talk", &with_speakers(title, speakers))])
}

impl Speaker {
    /// What the speaker sees at `now`.
    pub fn new(engine: &Engine, now: DateTime<Utc>) -> Self {
        Self::from_view(engine, &engine.view(now))
    }

    /// What the speaker sees, from a view the caller already has, in English.
    pub fn from_view(engine: &Engine, view: &View) -> Self {
        Self::from_view_in(engine, view, Lang::En)
    }

    /// What the speaker sees, from a view the caller already has, in `lang`.
    pub fn from_view_in(engine: &Engine, view: &View, lang: Lang) -> Self {
        let s: &Session = engine.session();
        let now = view.now;
        let next = view
            .next_up
            .map_or_else(String::new, |i| talk_line(lang, "next", &s.items[i].title, &s.items[i].speakers));
        let running = view.current.as_ref().is_some_and(|c| !c.paused);
        let break_in = match (view.to_next_break, view.current.as_ref().map(|c| c.kind)) {
            (Some(b), Some(ItemKind::Slot)) if b > TimeDelta::zero() => {
                Some(match (running, &view.current) {
                    // The break comes nearer while the slot has time left, then waits for the chair.
                    (true, Some(c)) => Countdown::Running {
                        ends_at: now + b,
                        holds_at: Some(now + c.slot_remaining.max(TimeDelta::zero())),
                    },
                    _ => Countdown::new(b, now, false),
                })
            }
            _ => None,
        };
        let mut m = Self {
            urgency: view.urgency,
            word: String::new(),
            changes: Vec::new(),
            big: None,
            big_then_clock: false,
            headline: String::new(),
            title: String::new(),
            speakers: String::new(),
            slot: None,
            position: String::new(),
            break_in,
            session_ends: match engine.finished() {
                Some(at) => l10n::tr(lang, "session-ended", &[("time", &s.hhmm(at))]),
                None => l10n::tr(lang, "session-ends", &[("time", &s.hhmm(view.projected_end))]),
            },
            next,
            message: view.message.clone(),
            blackout: view.blackout,
            utc_offset_s: s.local(now).offset().fix().local_minus_utc(),
            lang,
            dir: if lang.is_rtl() { "rtl" } else { "ltr" },
            words: PageWords::new(lang),
        };
        m.word = m.words.states.get(view.urgency.key()).cloned().unwrap_or_default();
        match &view.current {
            Some(c) => {
                m.big = Some(Countdown::new(c.phase_remaining, now, running));
                m.title.clone_from(&c.title);
                m.speakers = who(&c.speakers);
                if c.kind == ItemKind::Break {
                    let back = s.hhmm(now + c.slot_remaining.max(TimeDelta::zero()));
                    m.headline = l10n::tr(lang, "break-back-at", &[("break", &c.title), ("time", &back)]);
                    m.title = String::new();
                } else {
                    let phase = phase_name(&c.phase_name, lang);
                    m.headline =
                        if c.paused { l10n::tr(lang, "phase-paused", &[("phase", &phase)]) } else { phase };
                    let slots = s.slot_count();
                    let n = (view.slots_done + 1).min(slots).to_string();
                    m.position = l10n::tr(lang, "slot-of", &[("n", &n), ("count", &slots.to_string())]);
                    // Phase marks: where finished phases really ended; the current phase's planned end.
                    let total = c.slot_length.num_milliseconds().max(1) as f32;
                    let runs = &engine.runs()[c.item].phases;
                    let mut acc = TimeDelta::zero();
                    let mut marks: Vec<f32> = Vec::new();
                    for r in &runs[..runs.len().saturating_sub(1)] {
                        acc += r.running(now);
                        marks.push(acc.num_milliseconds() as f32 / total);
                    }
                    if c.phase + 1 < c.phase_count {
                        marks.push((acc + c.phase_length).num_milliseconds() as f32 / total);
                    }
                    marks.retain(|x| (0.0..1.0).contains(x));
                    m.slot = Some(SlotBar {
                        remaining: Countdown::new(c.slot_remaining, now, running),
                        length_ms: c.slot_length.num_milliseconds(),
                        marks,
                    });
                }
                if running {
                    let th = s.items[c.item].phases.get(c.phase).map(|p| p.thresholds);
                    m.changes = th.map_or_else(Vec::new, |th| {
                        urgency_changes(engine, view.urgency, now + c.phase_remaining, now, th)
                    });
                }
            }
            None if view.urgency == Urgency::Finished => {
                m.headline = l10n::word(lang, "session-finished");
                m.title = s.title.clone();
            }
            None if engine.rehearsal() => {
                // A rehearsal begins when the chair presses Start, not at the file's time.
                m.headline = l10n::word(lang, "rehearsal-waiting");
                m.title = s.title.clone();
                m.speakers = s.conference.clone().unwrap_or_default();
                m.next = view.next_up.map_or_else(String::new, |i| {
                    talk_line(lang, "first", &s.items[i].title, &s.items[i].speakers)
                });
            }
            None => {
                m.headline = l10n::tr(lang, "starts-at", &[("time", &s.hhmm(s.start))]);
                if view.until_start > TimeDelta::zero() {
                    m.big = Some(Countdown::Running { ends_at: s.start, holds_at: None });
                    m.big_then_clock = true;
                }
                m.title = s.title.clone();
                m.speakers = s.conference.clone().unwrap_or_default();
                m.next = view.next_up.map_or_else(String::new, |i| {
                    talk_line(lang, "first", &s.items[i].title, &s.items[i].speakers)
                });
            }
        }
        if engine.rehearsal() {
            // Said on every screen the speaker sees, so nobody takes it for the real session.
            let rehearsal = l10n::word(lang, "rehearsal");
            m.position =
                if m.position.is_empty() { rehearsal } else { format!("{} · {rehearsal}", m.position) };
        }
        m
    }

    /// The state at `now`: the computed one, or a later one whose instant has come.
    pub fn urgency_at(&self, now: DateTime<Utc>) -> Urgency {
        self.changes.iter().rev().find(|c| c.at <= now).map_or(self.urgency, |c| c.urgency)
    }

    /// The big figure at `now`, as every screen shows it.
    pub fn big_at(&self, now: DateTime<Utc>, clock: &str) -> String {
        match self.big {
            Some(b) if !(self.big_then_clock && b.remaining(now) <= TimeDelta::zero()) => {
                format_clock(b.remaining(now))
            }
            _ => clock.to_owned(),
        }
    }

    /// The time of day at `now` in the session's zone ("15:04").
    pub fn clock_at(&self, now: DateTime<Utc>) -> String {
        (now + TimeDelta::seconds(i64::from(self.utc_offset_s))).format("%H:%M").to_string()
    }

    /// The projector's text at `now`.
    pub fn text_at(&self, now: DateTime<Utc>) -> Model {
        let clock = self.clock_at(now);
        let horizon = match self.break_in {
            Some(b) if b.remaining(now) > TimeDelta::zero() => {
                self.words.break_in.replace("{time}", &format_clock(b.remaining(now)))
            }
            _ => self.session_ends.clone(),
        };
        let (progress, slot_left) = self.slot.as_ref().map_or((None, String::new()), |bar| {
            let left = bar.remaining.remaining(now);
            let done = 1.0 - left.num_milliseconds() as f32 / bar.length_ms.max(1) as f32;
            let text = if left > TimeDelta::zero() {
                self.words.left_in_slot.replace("{time}", &format_clock(left))
            } else {
                self.words.over_slot.replace("{time}", format_clock(left).trim_start_matches('+'))
            };
            (Some((done.clamp(0.0, 1.0), bar.marks.clone())), text)
        });
        let urgency = self.urgency_at(now);
        Model {
            urgency,
            // Already in the speaker's language: no catalogue lookup per frame.
            word: self.words.states.get(urgency.key()).cloned().unwrap_or_default(),
            big: self.big_at(now, &clock),
            headline: self.headline.clone(),
            title: self.title.clone(),
            speakers: self.speakers.clone(),
            progress,
            slot_left,
            position: self.position.clone(),
            horizon,
            next: self.next.clone(),
            clock,
            message: self.message.clone(),
            blackout: self.blackout,
        }
    }
}

/// The instants at which the running phase turns warning, danger and overtime, as the engine itself
/// judges them (the view at each instant), so the page never repeats the threshold rules.
fn urgency_changes(
    engine: &Engine,
    from: Urgency,
    ends: DateTime<Utc>,
    now: DateTime<Utc>,
    th: Thresholds,
) -> Vec<UrgencyChange> {
    let mut at: Vec<DateTime<Utc>> = [th.warning, th.danger, TimeDelta::zero()]
        .into_iter()
        .map(|d| ends - d)
        .filter(|t| *t > now)
        .collect();
    at.sort();
    let mut last = from;
    let mut out = Vec::new();
    for t in at {
        let u = engine.view(t).urgency;
        if u != last {
            out.push(UrgencyChange { at: t, urgency: u });
            last = u;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_countdown_is_an_instant_and_a_paused_one_a_duration() {
        let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap_or_default();
        let run = Countdown::new(TimeDelta::seconds(90), now, true);
        assert_eq!(run.remaining(now + TimeDelta::seconds(30)), TimeDelta::seconds(60));
        let frozen = Countdown::new(TimeDelta::seconds(90), now, false);
        assert_eq!(frozen.remaining(now + TimeDelta::seconds(30)), TimeDelta::seconds(90));
        assert_eq!(serde_json::to_string(&frozen).unwrap_or_default(), r#"{"frozen_ms":90000}"#);
        assert_eq!(serde_json::to_string(&run).unwrap_or_default(), r#"{"ends_at":1700000090000}"#);
    }
}
