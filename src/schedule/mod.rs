//! The session's plan: what a chair runs, item by item, phase by phase.
//!
//! A [`Session`] is normalized: every item has a concrete planned start (a UTC instant), a length,
//! and at least one phase whose lengths add up to the item's length; thresholds are resolved;
//! every instant and length is a whole number of seconds (the journal records whole seconds).
//! It is built from a [`plan::SessionPlan`] (what a file says, with gaps) by
//! [`plan::SessionPlan::normalize`], which is where every rule and every validation lives, so that
//! the native format and every importer share them.
//!
//! Nothing here imports egui, eframe or rodio.

pub mod decode;
pub mod duration;
pub mod import;
pub mod json;
pub mod load;
pub mod native;
pub mod plan;
pub mod zone;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// One conference session as the chair runs it: a microconference, a devroom, a track block.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// What the session is called ("BPF Microconference").
    pub title: String,
    /// The conference it belongs to, if known.
    pub conference: Option<String>,
    /// The conference's acronym as the source gives it (frab's `36c3`), kept for the exports.
    pub acronym: Option<String>,
    /// The room, as the conference names it.
    pub room: Option<String>,
    /// The venue (building, hotel), if known.
    pub venue: Option<String>,
    /// The language the speakers read (the projector, the speaker link), when the file says it:
    /// `speaker_language` (docs/l10n.md).
    pub speaker_language: Option<crate::l10n::Lang>,
    /// The people chairing the session.
    pub chairs: Vec<String>,
    /// The day the session starts on, in its own time zone.
    pub date: NaiveDate,
    /// The session's IANA time zone; every time is shown in it, whatever the laptop's zone.
    pub time_zone: Tz,
    /// Planned start of the session: `session.start` of the file, else its first item's start.
    pub start: DateTime<Utc>,
    /// Planned end: given by the file, or the end of the last item.
    pub planned_end: DateTime<Utc>,
    /// The time by which the session must be over, whatever happens (room booked after it).
    pub hard_end: Option<DateTime<Utc>>,
    /// Session-wide default thresholds for phases that give none.
    pub thresholds: Thresholds,
    /// The items, in running order.
    pub items: Vec<Item>,
}

/// When a phase turns to warning and to danger, as remaining time. Zero means "never".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    /// Warning when the phase's remaining time is at or below this.
    #[serde(rename = "warning_seconds", with = "json::seconds")]
    pub warning: TimeDelta,
    /// Danger when the phase's remaining time is at or below this.
    #[serde(rename = "danger_seconds", with = "json::seconds")]
    pub danger: TimeDelta,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self { warning: TimeDelta::minutes(5), danger: TimeDelta::minutes(2) }
    }
}

/// Whether an item is a talk slot or a break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// A talk or discussion slot with speakers.
    Slot,
    /// A break: coffee, lunch, changeover.
    Break,
}

/// One entry of the running order.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Slot or break.
    pub kind: ItemKind,
    /// The source's id, exactly as it gives it (frab's and pretalx's event id, Indico's
    /// contribution id, iCalendar's UID, a sheet's id column).
    pub id: Option<String>,
    /// The source's guid (frab, pretalx), kept for the exports: video pipelines match talks by it.
    pub guid: Option<String>,
    /// The source's slug (frab, pretalx), kept for the exports.
    pub slug: Option<String>,
    /// The talk's or the break's title.
    pub title: String,
    /// Speakers as "Name (Affiliation)", in the source's order. Empty for breaks.
    pub speakers: Vec<String>,
    /// Planned start.
    pub start: DateTime<Utc>,
    /// The phases, in order; their lengths add up to the item's length. Never empty.
    pub phases: Vec<Phase>,
}

impl Item {
    /// Planned length: the sum of the phases.
    pub fn length(&self) -> TimeDelta {
        self.phases.iter().map(|p| p.length).sum()
    }

    /// Planned end.
    pub fn end(&self) -> DateTime<Utc> {
        self.start + self.length()
    }

    /// True for breaks.
    pub fn is_break(&self) -> bool {
        self.kind == ItemKind::Break
    }
}

/// What a phase of a slot is for; drives the wording on the projector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PhaseKind {
    /// Introductory slides that open a discussion slot.
    Intro,
    /// A talk.
    Talk,
    /// Open discussion.
    Discussion,
    /// Questions from the room.
    Questions,
    /// A break.
    Break,
    /// Anything else (demo, changeover, …).
    Other,
}

impl PhaseKind {
    /// Every kind, in the order the docs list them.
    pub const ALL: [Self; 6] =
        [Self::Intro, Self::Talk, Self::Discussion, Self::Questions, Self::Break, Self::Other];

    /// The word used in files (`kind = "intro"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Intro => "intro",
            Self::Talk => "talk",
            Self::Discussion => "discussion",
            Self::Questions => "questions",
            Self::Break => "break",
            Self::Other => "other",
        }
    }

    /// Parses the word used in files.
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str().eq_ignore_ascii_case(word.trim()))
    }
}

/// One timed part of an item: "Intro slides, 5 minutes", "Discussion, 17 minutes".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    /// The name shown to the speaker ("Intro slides").
    pub name: String,
    /// What the phase is for.
    pub kind: PhaseKind,
    /// Planned length, strictly positive.
    #[serde(rename = "length_seconds", with = "json::seconds")]
    pub length: TimeDelta,
    /// Warning and danger thresholds (remaining time), each shorter than the phase or zero.
    #[serde(flatten)]
    pub thresholds: Thresholds,
}

impl Session {
    /// Number of talk slots.
    pub fn slot_count(&self) -> usize {
        self.items.iter().filter(|i| !i.is_break()).count()
    }

    /// Number of breaks.
    pub fn break_count(&self) -> usize {
        self.items.iter().filter(|i| i.is_break()).count()
    }

    /// Planned total, start to planned end.
    pub fn planned_length(&self) -> TimeDelta {
        self.planned_end - self.start
    }

    /// An instant shown in the session's own time zone.
    pub fn local(&self, t: DateTime<Utc>) -> DateTime<Tz> {
        t.with_timezone(&self.time_zone)
    }

    /// The instant a clock in the session's zone shows `time` on `date` (the earlier one when the
    /// clocks go back); `None` when the clocks skip that time.
    pub fn instant_on(&self, date: NaiveDate, time: chrono::NaiveTime) -> Option<DateTime<Utc>> {
        use chrono::TimeZone as _;
        self.time_zone.from_local_datetime(&date.and_time(time)).earliest().map(|t| t.with_timezone(&Utc))
    }

    /// The instant a clock in the session's zone shows `time` during the session: within the
    /// span from the start to the planned end, hard end or last item's end (whichever is latest)
    /// when it falls there — so 00:10 in a 23:00–02:50 session is the next calendar day — else
    /// the day whose `time` is nearest that span (the earlier on a tie). `None` when the clocks
    /// skip that time on every day near the session.
    pub fn instant_during(&self, time: chrono::NaiveTime) -> Option<DateTime<Utc>> {
        let last_item_end = self.items.iter().map(Item::end).max().unwrap_or(self.start);
        let end = self.planned_end.max(self.hard_end.unwrap_or(self.planned_end)).max(last_item_end);
        let first_day = self.local(self.start).date_naive();
        let distance = |t: DateTime<Utc>| {
            if t < self.start {
                self.start - t
            } else if t > end {
                t - end
            } else {
                TimeDelta::zero()
            }
        };
        (-1..=2)
            .filter_map(|days| first_day.checked_add_signed(TimeDelta::days(days)))
            .filter_map(|date| self.instant_on(date, time))
            .min_by_key(|t| (distance(*t), *t))
    }

    /// `HH:MM` of an instant in the session's time zone.
    pub fn hhmm(&self, t: DateTime<Utc>) -> String {
        self.local(t).format("%H:%M").to_string()
    }

    /// The same plan moved by `by` (a rehearsal that starts now): every planned instant moves,
    /// lengths and order stay, and the date is the new start's.
    #[must_use]
    pub fn shifted(&self, by: TimeDelta) -> Self {
        let mut s = self.clone();
        s.start += by;
        s.planned_end += by;
        s.hard_end = s.hard_end.map(|h| h + by);
        for item in &mut s.items {
            item.start += by;
        }
        s.date = s.local(s.start).date_naive();
        s
    }
}

/// How many one-character edits turn `a` into `b` (for "did you mean …?").
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}
