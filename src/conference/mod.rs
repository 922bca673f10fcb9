//! The whole conference, live (docs/conference.md): every room publishes its state, the talk
//! actually running and every line of its journal to the conference's MQTT broker; a collector
//! keeps every journal off the laptops.
//!
//! Headless like the rest of the core: no egui. The network runs on a thread of its own (a small
//! tokio runtime), so a broker that is slow or gone never holds up a room; the local journal stays
//! the source of truth and is always written first.

pub mod broker;
pub mod bus;
pub mod collect;
pub mod publish;
pub mod tail;
mod tls;
pub mod wall;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::share::{ChairFigures, Published};
use crate::timing::engine::Engine;
use crate::timing::speaker::Speaker;

/// A room's state on the bus (`…/state`, retained): what `/api/state` gives the chair's remote,
/// and what a wall needs besides (the conference, a rehearsal, how late, the hard end). No tokens.
#[derive(Debug, Clone, Serialize)]
pub struct RoomState<'a> {
    /// The room's clock when this was sent, milliseconds since 1970 (a wall compares its own).
    pub server_now: i64,
    /// The conference, if the schedule names it.
    pub conference: Option<&'a str>,
    /// The session's title.
    pub session: &'a str,
    /// The room, if the schedule names it.
    pub room: Option<&'a str>,
    /// A rehearsal: not the real session.
    pub rehearsal: bool,
    /// Started, and finished.
    pub started: bool,
    /// See `started`.
    pub finished: bool,
    /// How late the room runs, seconds, to the nearest minute (negative: ahead).
    pub late_s: i64,
    /// When the room will end at this pace (to the nearest minute), and when it was planned to,
    /// ms since 1970.
    pub projected_end_ms: i64,
    /// See `projected_end_ms`.
    pub planned_end_ms: i64,
    /// The room's hard end (it must be empty by then), ms since 1970.
    pub hard_end_ms: Option<i64>,
    /// What the speaker sees.
    pub speaker: &'a Speaker,
    /// Overtime flashes.
    pub flashing: bool,
    /// The chair's figures, as the remote has them.
    pub chair: &'a ChairFigures,
    /// The journal the room writes: collectors compare what they have with it.
    pub journal: Option<JournalMark>,
}

/// Which journal a room writes and how long it is: a collector that has fewer of its lines asks
/// for the rest on `…/resend`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalMark {
    /// Its name on the bus ([`bus::run_name`]).
    pub run: String,
    /// Its lines: the header and one per entry.
    pub lines: u64,
}

/// A collector's request on `…/resend`: send journal `run` again from line `from`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resend {
    /// The journal.
    pub run: String,
    /// The first line the collector lacks.
    pub from: u64,
}

/// The `…/state` payload for `published` at `now`.
pub fn state_payload(
    engine: &Engine,
    published: &Published,
    journal: Option<(DateTime<Utc>, u64)>,
    now: DateTime<Utc>,
) -> String {
    let s = engine.session();
    let view = engine.view(now);
    let state = RoomState {
        server_now: now.timestamp_millis(),
        conference: s.conference.as_deref(),
        session: &published.session,
        room: published.room.as_deref(),
        rehearsal: engine.rehearsal(),
        started: engine.started().is_some(),
        finished: engine.finished().is_some(),
        // To the minute, as the chair's own figures ("3 min behind", "ends 18:43"): a room running
        // over would otherwise send a new state every second (docs/conference.md).
        late_s: to_minute(view.offset.num_seconds()),
        projected_end_ms: to_minute(view.projected_end.timestamp()) * 1000,
        planned_end_ms: view.planned_end.timestamp_millis(),
        hard_end_ms: s
            .hard_end
            .map(|t| (t + engine.rehearsal_shift().unwrap_or_default()).timestamp_millis()),
        speaker: &published.speaker,
        flashing: published.flashing,
        chair: &published.chair,
        journal: journal.map(|(created, lines)| JournalMark { run: bus::run_name(created), lines }),
    };
    serde_json::to_string(&state).unwrap_or_default()
}

/// Seconds rounded to the nearest whole minute.
fn to_minute(s: i64) -> i64 {
    (s + 30).div_euclid(60) * 60
}

/// The item actually running (`…/now`, retained), for video overlays: the schedule's ids, the
/// talk, when it really started and when and how long it was planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Now {
    /// The schedule's id for the talk (frab/pretalx event id, Indico contribution id, iCalendar UID).
    pub id: Option<String>,
    /// The schedule's guid (frab, pretalx): what video pipelines match talks by.
    pub guid: Option<String>,
    /// The talk's title (or the break's).
    pub title: String,
    /// The speakers.
    pub speakers: Vec<String>,
    /// A break, not a talk.
    pub is_break: bool,
    /// When it actually started (RFC 3339, UTC, milliseconds).
    pub actual_start: String,
    /// When it was planned to start (moved with a rehearsal).
    pub planned_start: String,
    /// Its planned length, seconds.
    pub planned_length_s: i64,
    /// A rehearsal, not the real session.
    pub rehearsal: bool,
}

/// The `…/now` payload: the item running, or `None` (publish an empty retained message) when
/// none runs — before the start, between items, after the end.
pub fn now_payload(engine: &Engine) -> Option<String> {
    if engine.finished().is_some() {
        return None;
    }
    let i = engine.current()?;
    let item = engine.session().items.get(i)?;
    let run = engine.runs().get(i)?;
    let start = run.start?;
    let shift = engine.rehearsal_shift().unwrap_or_default();
    let now = Now {
        id: item.id.clone(),
        guid: item.guid.clone(),
        title: item.title.clone(),
        speakers: item.speakers.clone(),
        is_break: item.is_break(),
        actual_start: rfc3339(start),
        planned_start: rfc3339(item.start + shift),
        planned_length_s: item.length().num_seconds(),
        rehearsal: engine.rehearsal(),
    };
    serde_json::to_string(&now).ok()
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::load::load_bundled;
    use crate::timing::command::Command;
    use chrono::TimeDelta;

    #[test]
    fn now_names_the_running_talk_with_its_real_start_and_is_empty_before_and_after() {
        let session = load_bundled(&crate::schedule::load::Overrides::default()).unwrap().session;
        let start = session.start;
        let mut engine = Engine::new(session);
        assert_eq!(now_payload(&engine), None, "nothing runs before the start");
        let t0 = start + TimeDelta::seconds(75);
        engine.apply(&Command::Start, t0).unwrap();
        let now: Now = serde_json::from_str(&now_payload(&engine).unwrap()).unwrap();
        let first = &engine.session().items[0];
        assert_eq!(now.title, first.title);
        assert_eq!(now.speakers, first.speakers);
        assert_eq!(now.actual_start, rfc3339(t0));
        assert_eq!(now.planned_start, rfc3339(first.start));
        assert_eq!(now.planned_length_s, first.length().num_seconds());
        assert!(!now.rehearsal && !now.is_break);
        engine.apply(&Command::Finish, t0 + TimeDelta::minutes(5)).unwrap();
        assert_eq!(now_payload(&engine), None, "a finished session clears it");
    }
}
