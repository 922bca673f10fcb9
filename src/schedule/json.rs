//! The normalized session as JSON: what `chairtime check --json` prints and what a journal's first
//! line carries. The shape is documented in `docs/session-json.md`; times are RFC 3339 with the
//! session's own offset, lengths are whole seconds.

use chrono::{DateTime, FixedOffset, NaiveDate, SubsecRound, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::plan::parse_time_zone;
use super::{Item, ItemKind, Phase, Session, Thresholds};

/// Version of this JSON shape; bumped on any incompatible change.
pub const SESSION_JSON_VERSION: u32 = 1;

/// Serde helper: a [`TimeDelta`] as whole seconds.
pub mod seconds {
    use chrono::TimeDelta;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes whole seconds.
    ///
    /// # Errors
    /// Never, beyond the serializer's own.
    pub fn serialize<S: Serializer>(d: &TimeDelta, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(d.num_seconds())
    }

    /// Reads whole seconds.
    ///
    /// # Errors
    /// When out of range.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<TimeDelta, D::Error> {
        let secs = i64::deserialize(d)?;
        TimeDelta::try_seconds(secs).ok_or_else(|| serde::de::Error::custom("seconds out of range"))
    }
}

/// The session document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDoc {
    /// Always [`SESSION_JSON_VERSION`] when written by this build.
    pub version: u32,
    /// Title.
    pub title: String,
    /// Conference.
    pub conference: Option<String>,
    /// The conference's acronym (absent in journals written before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Room.
    pub room: Option<String>,
    /// Venue.
    pub venue: Option<String>,
    /// The speakers' language (absent when the file names none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_language: Option<crate::l10n::Lang>,
    /// Chairs.
    pub chairs: Vec<String>,
    /// The session's day.
    pub date: NaiveDate,
    /// IANA zone.
    pub time_zone: String,
    /// Planned start.
    pub start: DateTime<FixedOffset>,
    /// Planned end.
    pub planned_end: DateTime<FixedOffset>,
    /// Hard end.
    pub hard_end: Option<DateTime<FixedOffset>>,
    /// `planned_end - start` in seconds.
    pub planned_seconds: i64,
    /// Session-wide thresholds.
    pub thresholds: Thresholds,
    /// Items.
    pub items: Vec<ItemDoc>,
}

/// One item of the session document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemDoc {
    /// One-based position in the running order.
    pub index: usize,
    /// Slot or break.
    pub kind: ItemKind,
    /// Source id.
    pub id: Option<String>,
    /// Source guid (absent in journals written before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<String>,
    /// Source slug.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Title.
    pub title: String,
    /// Speakers.
    pub speakers: Vec<String>,
    /// Planned start.
    pub start: DateTime<FixedOffset>,
    /// Planned end.
    pub end: DateTime<FixedOffset>,
    /// Planned length in seconds.
    pub length_seconds: i64,
    /// Phases.
    pub phases: Vec<Phase>,
}

impl SessionDoc {
    /// The document for a session.
    pub fn new(s: &Session) -> Self {
        let at = |t: DateTime<Utc>| t.with_timezone(&s.time_zone).fixed_offset();
        Self {
            version: SESSION_JSON_VERSION,
            title: s.title.clone(),
            conference: s.conference.clone(),
            acronym: s.acronym.clone(),
            room: s.room.clone(),
            venue: s.venue.clone(),
            speaker_language: s.speaker_language,
            chairs: s.chairs.clone(),
            date: s.date,
            time_zone: s.time_zone.name().to_owned(),
            start: at(s.start),
            planned_end: at(s.planned_end),
            hard_end: s.hard_end.map(at),
            planned_seconds: s.planned_length().num_seconds(),
            thresholds: s.thresholds,
            items: s
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| ItemDoc {
                    index: i + 1,
                    kind: item.kind,
                    id: item.id.clone(),
                    guid: item.guid.clone(),
                    slug: item.slug.clone(),
                    title: item.title.clone(),
                    speakers: item.speakers.clone(),
                    start: at(item.start),
                    end: at(item.end()),
                    length_seconds: item.length().num_seconds(),
                    phases: item.phases.clone(),
                })
                .collect(),
        }
    }

    /// Rebuilds the session, checking what a hand-edited or damaged document could break. Times
    /// are rounded to whole seconds, as every session's are (lengths are whole seconds already).
    ///
    /// # Errors
    /// A message naming the field.
    pub fn into_session(self) -> Result<Session, String> {
        if self.version > SESSION_JSON_VERSION {
            return Err(format!(
                "session document version {} is newer than this chairtime understands ({SESSION_JSON_VERSION}); update chairtime",
                self.version
            ));
        }
        let time_zone = parse_time_zone(&self.time_zone).map_err(|m| format!("time_zone: {m}"))?;
        if self.items.is_empty() {
            return Err("items: the session has no items".into());
        }
        let mut items = Vec::with_capacity(self.items.len());
        for (i, item) in self.items.into_iter().enumerate() {
            if item.phases.is_empty() {
                return Err(format!("items[{i}].phases: empty"));
            }
            if item
                .phases
                .iter()
                .any(|p| p.length <= TimeDelta::zero() || p.length > super::duration::MAX_LENGTH)
            {
                return Err(format!(
                    "items[{i}].phases: a phase length is not between 1 second and 24 hours"
                ));
            }
            if !(1900..=9999).contains(&chrono::Datelike::year(&item.start)) {
                return Err(format!("items[{i}].start: {} is outside the years 1900–9999", item.start));
            }
            if items.last().is_some_and(|prev: &Item| item.start.with_timezone(&Utc) < prev.start) {
                return Err(format!("items[{i}].start: before the item above it"));
            }
            items.push(Item {
                kind: item.kind,
                id: item.id,
                guid: item.guid,
                slug: item.slug,
                title: item.title,
                speakers: item.speakers,
                start: item.start.round_subsecs(0).with_timezone(&Utc),
                phases: item.phases,
            });
        }
        for (field, t) in [("start", self.start), ("planned_end", self.planned_end)] {
            if !(1900..=9999).contains(&chrono::Datelike::year(&t)) {
                return Err(format!("{field}: {t} is outside the years 1900–9999"));
            }
        }
        if self.planned_end < self.start || self.planned_end - self.start > TimeDelta::days(7) {
            return Err("planned_end: not within a week after start".into());
        }
        Ok(Session {
            title: self.title,
            conference: self.conference,
            acronym: self.acronym,
            room: self.room,
            venue: self.venue,
            speaker_language: self.speaker_language,
            chairs: self.chairs,
            date: self.date,
            time_zone,
            start: self.start.round_subsecs(0).with_timezone(&Utc),
            planned_end: self.planned_end.round_subsecs(0).with_timezone(&Utc),
            hard_end: self.hard_end.map(|t| t.round_subsecs(0).with_timezone(&Utc)),
            thresholds: self.thresholds,
            items,
        })
    }
}
