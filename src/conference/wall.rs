//! The organisers' wall (`chairtime wall`, docs/conference.md): every room of the conference as a
//! tile, from what the rooms publish — the talk, the speaker's time left in its colour and word,
//! how late, the projected end against the room's hard end, a break, a rehearsal, offline since
//! when. With the conference's schedule, rooms without a chairtime show their plan.
//!
//! Headless: [`Wall`] takes the bus's messages and the clock's `now` and gives [`Tile`]s; the
//! window and the web page only draw them.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

use rumqttc::v5::mqttbytes::QoS;
use rumqttc::v5::mqttbytes::v5::Packet;
use rumqttc::v5::{AsyncClient, Event, MqttOptions};

use super::bus::{Bus, Connection, Topic, level};
use crate::schedule::Session;
use crate::schedule::duration::format_clock;
use crate::timing::clock::Clock;
use crate::timing::view::{Urgency, pace};

/// A countdown as the bus carries it (`{"ends_at": ms, "holds_at": ms}` or `{"frozen_ms": ms}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Countdown {
    /// Running.
    Running {
        /// Reaches zero then.
        ends_at: i64,
        /// Stops counting then, if it does.
        #[serde(default)]
        holds_at: Option<i64>,
    },
    /// Stopped with this much left.
    Frozen {
        /// Milliseconds left.
        frozen_ms: i64,
    },
}

impl Countdown {
    fn remaining(self, now_ms: i64) -> i64 {
        match self {
            Self::Running { ends_at, holds_at } => ends_at - holds_at.map_or(now_ms, |h| now_ms.min(h)),
            Self::Frozen { frozen_ms } => frozen_ms,
        }
    }
}

/// A later state of the running phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct Change {
    /// From when, ms since 1970.
    pub at: i64,
    /// The state from then.
    pub urgency: Urgency,
}

/// The part of the speaker's view a tile shows.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SpeakerSeen {
    /// The state when sent.
    pub urgency: Urgency,
    /// Its later states.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// The big figure's countdown (`None`: the time of day).
    pub big: Option<Countdown>,
    /// The line above it ("Discussion", "Break — back at 17:00").
    pub headline: String,
    /// The talk.
    pub title: String,
    /// Its speakers.
    pub speakers: String,
    /// The message to the speaker.
    #[serde(default)]
    pub message: Option<String>,
}

/// A room's `state` as the wall reads it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct StateSeen {
    /// The room's clock when sent.
    pub server_now: i64,
    /// The session.
    pub session: String,
    /// The room's name as the schedule has it.
    pub room: Option<String>,
    /// A rehearsal.
    #[serde(default)]
    pub rehearsal: bool,
    /// Started; finished.
    #[serde(default)]
    pub started: bool,
    /// See `started`.
    #[serde(default)]
    pub finished: bool,
    /// How late, seconds.
    #[serde(default)]
    pub late_s: i64,
    /// Projected end, ms since 1970.
    pub projected_end_ms: i64,
    /// Planned end.
    pub planned_end_ms: i64,
    /// Hard end.
    #[serde(default)]
    pub hard_end_ms: Option<i64>,
    /// What the speaker sees.
    pub speaker: SpeakerSeen,
}

/// What the wall knows of one room.
#[derive(Debug, Clone, Default)]
struct Seen {
    state: Option<StateSeen>,
    /// The room's clock minus the wall's when its state came, ms.
    offset_ms: i64,
    online: Option<bool>,
    /// When the wall saw it go offline.
    offline_since: Option<DateTime<Utc>>,
}

/// One room on the wall, at one instant: everything as text and a state to colour by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tile {
    /// The room's name.
    pub room: String,
    /// Its topic level (sorting and web ids).
    pub key: String,
    /// The state to colour the tile by (its word: [`Urgency::word`]).
    pub urgency: Urgency,
    /// The big figure: the speaker's time left ("04:59", "+01:30"), or the time of day.
    pub big: String,
    /// The phase, "Break — back at 17:00", "Starts at 15:00".
    pub headline: String,
    /// The talk and its speakers.
    pub title: String,
    /// See `title`.
    pub speakers: String,
    /// "3 min behind", "on plan", "5 min ahead"; empty before the start.
    pub pace: String,
    /// Seconds late (negative: ahead).
    pub late_s: i64,
    /// "ends 18:43 (planned 18:40)".
    pub ends: String,
    /// The projected end passes the room's hard end.
    pub past_hard_end: bool,
    /// A rehearsal.
    pub rehearsal: bool,
    /// "offline since 15:32" when the room's chairtime went away.
    pub offline: Option<String>,
    /// No chairtime publishes for this room: the tile shows its plan.
    pub planned_only: bool,
    /// Late by at least the wall's limit: stands out.
    pub stands_out: bool,
}

/// Time left to the minute, as a wall across the room is read: "5 min" (4:01 to 5:00 left),
/// "1 h 05", "time up" in the first minute over, then "+2 min".
pub fn minutes_left(ms: i64) -> String {
    let hm = |m: i64| if m >= 60 { format!("{} h {:02}", m / 60, m % 60) } else { format!("{m} min") };
    if ms > 0 {
        hm((ms + 59_999) / 60_000)
    } else {
        match -ms / 60_000 {
            0 => "time up".to_owned(),
            over => format!("+{}", hm(over)),
        }
    }
}

/// A room of the schedule, for rooms without a chairtime.
#[derive(Debug, Clone)]
struct Planned {
    room: String,
    zone: Tz,
    /// (start, end, title, speakers).
    items: Vec<(DateTime<Utc>, DateTime<Utc>, String, String)>,
}

/// Every room of a conference.
#[derive(Debug, Clone)]
pub struct Wall {
    prefix: String,
    rooms: BTreeMap<String, Seen>,
    planned: BTreeMap<String, Planned>,
    zone: Tz,
    /// Rooms at least this late stand out.
    pub late_limit: TimeDelta,
    /// Time left to the second (`MM:SS`, a repaint a second) instead of to the minute.
    pub seconds: bool,
}

impl Wall {
    /// A wall for the rooms under `prefix`, telling times in `zone`.
    pub fn new(prefix: &str, zone: Tz) -> Self {
        Self {
            prefix: prefix.to_owned(),
            rooms: BTreeMap::new(),
            planned: BTreeMap::new(),
            zone,
            late_limit: TimeDelta::minutes(10),
            seconds: false,
        }
    }

    /// Tells times in `zone` from now on.
    pub fn set_zone(&mut self, zone: Tz) {
        self.zone = zone;
    }

    /// Adds the rooms of the conference's schedule (sessions of every day and room), shown by
    /// their plan until their chairtime publishes.
    pub fn plan(&mut self, sessions: &[Session]) {
        for s in sessions {
            let name = s.room.clone().unwrap_or_else(|| s.title.clone());
            let key = level(&name);
            self.zone = s.time_zone;
            let p = self.planned.entry(key).or_insert_with(|| Planned {
                room: name,
                zone: s.time_zone,
                items: Vec::new(),
            });
            for i in &s.items {
                p.items.push((i.start, i.end(), i.title.clone(), i.speakers.join(", ")));
            }
            p.items.sort_by_key(|i| i.0);
        }
    }

    /// Adds the rooms of a whole conference's schedule (every day and room of a frab, pretalx,
    /// Indico, iCalendar or CSV file), shown by their plan until their chairtime publishes.
    pub fn plan_conference(&mut self, imported: &crate::schedule::import::Imported) {
        self.zone = imported.time_zone;
        for e in &imported.events {
            let name = e.room.clone().unwrap_or_else(|| "Unnamed room".to_owned());
            let p = self.planned.entry(level(&name)).or_insert_with(|| Planned {
                room: name,
                zone: imported.time_zone,
                items: Vec::new(),
            });
            p.items.push((e.start, e.start + e.length, e.title.clone(), e.speakers.join(", ")));
        }
        for p in self.planned.values_mut() {
            p.items.sort_by_key(|i| i.0);
        }
    }

    /// Takes one message from the bus, received at `now`. Returns whether a tile may change.
    pub fn receive(&mut self, topic: &str, payload: &[u8], now: DateTime<Utc>) -> bool {
        self.receive_from_broker(topic, payload, now, false)
    }

    /// As [`Wall::receive`]; `retained`: the broker kept it from before the wall subscribed (a
    /// room found offline then went away at a time the wall does not know).
    pub fn receive_from_broker(
        &mut self,
        topic: &str,
        payload: &[u8],
        now: DateTime<Utc>,
        retained: bool,
    ) -> bool {
        match Topic::parse(&self.prefix, topic) {
            Some(Topic::State { room, .. }) => {
                let Ok(state) = serde_json::from_slice::<StateSeen>(payload) else { return false };
                let seen = self.rooms.entry(room).or_default();
                seen.offset_ms = state.server_now - now.timestamp_millis();
                seen.state = Some(state);
                true
            }
            Some(Topic::Online { room, .. }) => {
                let on = payload == b"true";
                let seen = self.rooms.entry(room).or_default();
                if !on && seen.online != Some(false) {
                    seen.offline_since = (!retained).then_some(now);
                }
                if on {
                    seen.offline_since = None;
                }
                seen.online = Some(on);
                true
            }
            _ => false,
        }
    }

    /// Every room at `now`, sorted by room.
    pub fn tiles(&self, now: DateTime<Utc>) -> Vec<Tile> {
        let mut keys: Vec<&String> = self.rooms.keys().chain(self.planned.keys()).collect();
        keys.sort();
        keys.dedup();
        keys.into_iter().filter_map(|k| self.tile(k, now)).collect()
    }

    /// Time left as the wall shows it: `MM:SS` with [`Wall::seconds`], else by the minute.
    fn left(&self, ms: i64) -> String {
        if self.seconds { format_clock(TimeDelta::milliseconds(ms)) } else { minutes_left(ms) }
    }

    /// How long until a tile may look different, without a message: the next second with
    /// [`Wall::seconds`]; else the next colour change of a running phase, or the next ten seconds
    /// of the clock (a minute figure is at most ten seconds late; a repaint costs a frame of every
    /// tile, docs/PERFORMANCE.md).
    pub fn next_repaint(&self, now: DateTime<Utc>) -> Duration {
        let ms = now.timestamp_millis();
        let step = if self.seconds { 1000 } else { 10_000 };
        let mut wait = step - ms.rem_euclid(step);
        for seen in self.rooms.values() {
            let Some(state) = &seen.state else { continue };
            let room_now = ms + seen.offset_ms;
            for c in state.speaker.changes.iter().filter(|c| c.at > room_now) {
                wait = wait.min(c.at - room_now);
            }
        }
        Duration::from_millis(u64::try_from(wait.max(1)).unwrap_or(1000))
    }

    fn hhmm(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.zone).format("%H:%M").to_string()
    }

    fn tile(&self, key: &str, now: DateTime<Utc>) -> Option<Tile> {
        let seen = self.rooms.get(key).filter(|s| s.state.is_some());
        let Some(seen) = seen else { return self.planned_tile(key, now) };
        let state = seen.state.as_ref()?;
        let room_now = now.timestamp_millis() + seen.offset_ms;
        let sp = &state.speaker;
        let mut urgency = sp.urgency;
        for c in &sp.changes {
            if c.at <= room_now {
                urgency = c.urgency;
            }
        }
        let big = sp.big.map_or_else(|| self.hhmm(now), |c| self.left(c.remaining(room_now)));
        let at =
            |ms: i64| DateTime::<Utc>::from_timestamp_millis(ms).map(|t| self.hhmm(t)).unwrap_or_default();
        let past_hard_end = state.hard_end_ms.is_some_and(|h| state.projected_end_ms > h) && !state.finished;
        let ends = match state.hard_end_ms {
            _ if state.finished => "finished".to_owned(),
            Some(h) => format!("ends {} (hard end {})", at(state.projected_end_ms), at(h)),
            None => format!("ends {} (planned {})", at(state.projected_end_ms), at(state.planned_end_ms)),
        };
        // A room that finished and closed went away as planned: not a failure.
        let offline = (seen.online == Some(false) && !state.finished).then(|| {
            seen.offline_since
                .map_or_else(|| "offline".to_owned(), |t| format!("offline since {}", self.hhmm(t)))
        });
        Some(Tile {
            room: state.room.clone().unwrap_or_else(|| state.session.clone()),
            key: key.to_owned(),
            urgency,
            big,
            // A room gone away shows what it showed last, and says so.
            headline: if offline.is_some() {
                format!("Last known: {}", sp.headline)
            } else {
                sp.headline.clone()
            },
            title: sp.title.clone(),
            speakers: sp.speakers.clone(),
            pace: if state.started && !state.finished {
                pace(TimeDelta::seconds(state.late_s))
            } else {
                String::new()
            },
            late_s: state.late_s,
            ends,
            past_hard_end,
            rehearsal: state.rehearsal,
            offline,
            planned_only: false,
            stands_out: state.started
                && !state.finished
                && (TimeDelta::seconds(state.late_s) >= self.late_limit || past_hard_end),
        })
    }

    fn planned_tile(&self, key: &str, now: DateTime<Utc>) -> Option<Tile> {
        let p = self.planned.get(key)?;
        let hhmm = |t: DateTime<Utc>| t.with_timezone(&p.zone).format("%H:%M").to_string();
        let running = p.items.iter().find(|i| i.0 <= now && now < i.1);
        let next = p.items.iter().find(|i| i.0 > now);
        let (headline, title, speakers, big) = match (running, next) {
            (Some(r), _) => (
                "Planned now".to_owned(),
                r.2.clone(),
                r.3.clone(),
                self.left((r.1 - now).num_milliseconds()),
            ),
            (None, Some(n)) => (format!("Next at {}", hhmm(n.0)), n.2.clone(), n.3.clone(), hhmm(now)),
            (None, None) => ("Nothing more planned".to_owned(), String::new(), String::new(), hhmm(now)),
        };
        Some(Tile {
            room: p.room.clone(),
            key: key.to_owned(),
            urgency: Urgency::NotStarted,
            big,
            headline,
            title,
            speakers,
            pace: String::new(),
            late_s: 0,
            ends: p.items.last().map(|l| format!("planned to end {}", hhmm(l.1))).unwrap_or_default(),
            past_hard_end: false,
            rehearsal: false,
            offline: None,
            planned_only: true,
            stands_out: false,
        })
    }
}

/// How the wall's link to the bus is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedStatus {
    /// Connected now.
    pub connected: bool,
    /// Why not, while not.
    pub problem: Option<String>,
}

/// The wall's subscription to the bus, on a thread of its own: every `state` and `online` of the
/// rooms under the prefix goes into the [`Wall`], stamped by `clock`, and `wake` is called for a
/// repaint. Dropping it stops it.
pub struct Feed {
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    status: Arc<Mutex<FeedStatus>>,
}

impl std::fmt::Debug for Feed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Feed").field("status", &self.status()).finish()
    }
}

impl Feed {
    /// Subscribes `wall` to the rooms on `connection`'s bus.
    ///
    /// # Errors
    /// The TLS settings cannot be made; the thread cannot start.
    pub fn start(
        connection: &Connection,
        wall: Arc<Mutex<Wall>>,
        clock: Box<dyn Clock + Send>,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Result<Self, String> {
        let bus = connection.bus.clone();
        let o = connection.mqtt_options("chairtime-wall", true)?;
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let status = Arc::new(Mutex::new(FeedStatus::default()));
        let shared = Arc::clone(&status);
        let thread = std::thread::Builder::new()
            .name("chairtime-wall".to_owned())
            .spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build()
                else {
                    return;
                };
                rt.block_on(follow(o, bus, wall, clock, wake, shared, stopped));
            })
            .map_err(|e| format!("cannot start the wall's network thread: {e}"))?;
        Ok(Self { stop: Some(stop), thread: Some(thread), status })
    }

    /// How the link is.
    pub fn status(&self) -> FeedStatus {
        self.status.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl Drop for Feed {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

async fn follow(
    options: MqttOptions,
    bus: Bus,
    wall: Arc<Mutex<Wall>>,
    clock: Box<dyn Clock + Send>,
    wake: Arc<dyn Fn() + Send + Sync>,
    status: Arc<Mutex<FeedStatus>>,
    mut stopped: tokio::sync::oneshot::Receiver<()>,
) {
    let (client, mut events) = AsyncClient::new(options, 16);
    let mut wait = Duration::from_secs(1);
    let set = |f: &dyn Fn(&mut FeedStatus)| f(&mut status.lock().unwrap_or_else(PoisonError::into_inner));
    loop {
        tokio::select! {
            _ = &mut stopped => return,
            event = events.poll() => match event {
                Ok(Event::Incoming(Packet::ConnAck(_))) => {
                    wait = Duration::from_secs(1);
                    set(&|s| *s = FeedStatus { connected: true, problem: None });
                    for what in ["state", "online"] {
                        let _ = client.try_subscribe(format!("{}/+/+/{what}", bus.prefix), QoS::AtLeastOnce);
                    }
                    wake();
                }
                Ok(Event::Incoming(Packet::Publish(p))) => {
                    let topic = String::from_utf8_lossy(&p.topic).into_owned();
                    let changed = wall.lock().unwrap_or_else(PoisonError::into_inner).receive_from_broker(
                        &topic,
                        &p.payload,
                        clock.now(),
                        p.retain,
                    );
                    if changed {
                        wake();
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let problem = super::publish::describe(&e, &bus.host, bus.port);
                    set(&|s| *s = FeedStatus { connected: false, problem: Some(problem.clone()) });
                    wake();
                    tokio::select! {
                        _ = &mut stopped => return,
                        () = tokio::time::sleep(wait) => {}
                    }
                    wait = (wait * 2).min(Duration::from_secs(30));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::load::{Overrides, load_bundled};

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn state(room: &str, late_s: i64, big_ends_ms: i64, server_now: i64) -> String {
        serde_json::json!({
            "server_now": server_now, "session": "BPF", "room": room, "rehearsal": false,
            "started": true, "finished": false, "late_s": late_s,
            "projected_end_ms": 1_000_000 + late_s * 1000, "planned_end_ms": 1_000_000, "hard_end_ms": 2_000_000,
            "speaker": {"urgency": "normal", "changes": [{"at": big_ends_ms - 60_000, "urgency": "warning"}],
                "big": {"ends_at": big_ends_ms}, "headline": "Discussion", "title": "A talk", "speakers": "Someone"},
            "chair": {}
        })
        .to_string()
    }

    #[test]
    fn a_rooms_tile_counts_down_on_the_rooms_clock_changes_colour_and_stands_out_when_late() {
        let mut wall = Wall::new("c", chrono_tz::UTC);
        wall.seconds = true;
        let now = t("2026-12-03T10:00:00Z");
        let ms = now.timestamp_millis();
        // The room's clock is 2 s ahead of the wall's: the tile counts on the room's.
        assert!(wall.receive(
            "c/conf/room-2/state",
            state("Room 2", 10, ms + 302_000, ms + 2000).as_bytes(),
            now
        ));
        let tile = &wall.tiles(now)[0];
        assert_eq!(
            (tile.room.as_str(), tile.big.as_str(), tile.urgency),
            ("Room 2", "05:00", Urgency::Normal)
        );
        assert_eq!(tile.pace, "on plan");
        assert!(!tile.stands_out);
        let later = now + TimeDelta::seconds(250);
        assert_eq!(wall.tiles(later)[0].urgency, Urgency::Warning, "the change comes at its instant");
        wall.receive("c/conf/room-2/state", state("Room 2", 900, ms + 302_000, ms).as_bytes(), now);
        assert!(wall.tiles(now)[0].stands_out, "15 min late stands out");
        assert!(!wall.tiles(now)[0].past_hard_end);
        wall.receive("c/conf/room-2/state", state("Room 2", 200_000, ms, ms).as_bytes(), now);
        assert!(wall.tiles(now)[0].past_hard_end, "projected past the hard end");
    }

    #[test]
    fn time_left_reads_by_the_minute_and_the_wall_repaints_every_ten_seconds_or_at_a_colour_change() {
        assert_eq!(minutes_left(300_000), "5 min");
        assert_eq!(minutes_left(240_001), "5 min");
        assert_eq!(minutes_left(240_000), "4 min");
        assert_eq!(minutes_left(3_900_000), "1 h 05");
        assert_eq!(minutes_left(0), "time up");
        assert_eq!(minutes_left(-59_999), "time up");
        assert_eq!(minutes_left(-120_000), "+2 min");
        let mut wall = Wall::new("c", chrono_tz::UTC);
        let now = t("2026-12-03T10:00:03Z");
        let ms = now.timestamp_millis();
        assert_eq!(wall.next_repaint(now), Duration::from_secs(7));
        // A warning at 10:00:05 on the room's clock: the tile changes colour then.
        wall.receive("c/conf/r/state", state("R", 0, ms + 62_000, ms).as_bytes(), now);
        assert_eq!(wall.next_repaint(now), Duration::from_secs(2));
        assert_eq!(wall.tiles(now)[0].big, "2 min");
        wall.seconds = true;
        assert_eq!(wall.next_repaint(now), Duration::from_secs(1));
    }

    #[test]
    fn a_room_that_vanishes_says_since_when_and_comes_back() {
        let mut wall = Wall::new("c", chrono_tz::UTC);
        let now = t("2026-12-03T15:32:10Z");
        let ms = now.timestamp_millis();
        wall.receive("c/conf/r/state", state("R", 0, ms, ms).as_bytes(), now);
        wall.receive("c/conf/r/online", b"false", now);
        assert_eq!(wall.tiles(now)[0].offline.as_deref(), Some("offline since 15:32"));
        wall.receive("c/conf/r/online", b"false", now + TimeDelta::minutes(3));
        assert_eq!(
            wall.tiles(now)[0].offline.as_deref(),
            Some("offline since 15:32"),
            "not moved by a repeat"
        );
        wall.receive("c/conf/r/online", b"true", now);
        assert_eq!(wall.tiles(now)[0].offline, None);
        // Gone: what it showed last, said as such.
        wall.receive("c/conf/r/online", b"false", now);
        assert!(wall.tiles(now)[0].headline.starts_with("Last known: "));
        wall.receive("c/conf/r/online", b"true", now);
        // Found offline when the wall starts: since when, the wall does not know.
        wall.receive_from_broker("c/conf/r/online", b"false", now, true);
        assert_eq!(wall.tiles(now)[0].offline.as_deref(), Some("offline"));
        assert!(!wall.receive("c/conf/r/journal/x", b"{}", now), "journal lines are not the wall's");
        // A room that finished and closed is not a failure.
        let finished = String::from_utf8(state("R", 0, ms, ms).into())
            .unwrap()
            .replace("\"finished\":false", "\"finished\":true");
        wall.receive("c/conf/r/state", finished.as_bytes(), now);
        wall.receive("c/conf/r/online", b"false", now);
        assert_eq!(wall.tiles(now)[0].offline, None);
        assert!(!wall.receive("c/conf/r/state", b"not json", now));
    }

    #[test]
    fn rooms_without_a_chairtime_show_their_plan_and_a_publishing_room_replaces_it() {
        let session = load_bundled(&Overrides::default()).unwrap().session;
        let first = session.items[0].clone();
        let mut wall = Wall::new("c", chrono_tz::UTC);
        wall.plan(std::slice::from_ref(&session));
        let key = level(session.room.as_deref().unwrap());
        let during = first.start + TimeDelta::minutes(5);
        let tile = &wall.tiles(during)[0];
        assert!(tile.planned_only);
        assert_eq!((tile.headline.as_str(), tile.title.as_str()), ("Planned now", first.title.as_str()));
        let ms = during.timestamp_millis();
        wall.receive(&format!("c/x/{key}/state"), state("Esmerelda", 0, ms, ms).as_bytes(), during);
        let tiles = wall.tiles(during);
        assert_eq!(tiles.len(), 1, "one tile per room");
        assert!(!tiles[0].planned_only);
        let before = session.start - TimeDelta::hours(1);
        let mut fresh = Wall::new("c", chrono_tz::UTC);
        fresh.plan(&[session]);
        assert!(fresh.tiles(before)[0].headline.starts_with("Next at "));
    }
}
