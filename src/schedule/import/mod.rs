//! Reading the schedules conference systems publish: frab/pentabarf XML, frab/pretalx JSON,
//! Indico's timetable JSON, iCalendar and spreadsheet CSV. Each importer turns a file into [`Event`]s with exact instants;
//! [`Imported::select`] picks the one session the chair runs; [`Selection::plan`] turns it into a
//! [`SessionPlan`] with breaks and phases. What chairtime reads and does with each format:
//! `docs/import.md`.

pub mod csv;
pub mod frab_json;
pub mod frab_xml;
pub mod ical;
pub mod indico_json;

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeDelta, Utc};
use chrono_tz::Tz;

use super::ItemKind;
use super::PhaseKind;
use super::duration::format_length;
use super::plan::{ItemPlan, PhasePlan, PlannedStart, SessionPlan};
use crate::error::{LoadError, Position};

/// One scheduled event, with an exact start.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The source's id, as it gives it (frab's event id, pretalx's id or code, a UID).
    pub id: Option<String>,
    /// The source's guid (frab, pretalx), when it has one.
    pub guid: Option<String>,
    /// The source's slug (frab, pretalx), when it has one.
    pub slug: Option<String>,
    /// Title.
    pub title: String,
    /// Speakers.
    pub speakers: Vec<String>,
    /// Start.
    pub start: DateTime<Utc>,
    /// Length.
    pub length: TimeDelta,
    /// Room.
    pub room: Option<String>,
    /// Track.
    pub track: Option<String>,
    /// The conference day it belongs to (a day runs past midnight).
    pub day: NaiveDate,
    /// Marked as a break by the source.
    pub is_break: bool,
    /// Line in the file, for messages.
    pub line: usize,
}

/// A whole file, read.
#[derive(Debug, Clone)]
pub struct Imported {
    /// Which format it was.
    pub format: &'static str,
    /// The conference's title.
    pub conference: Option<String>,
    /// The conference's acronym (frab, pretalx).
    pub acronym: Option<String>,
    /// The zone times are shown in.
    pub time_zone: Tz,
    /// How the zone was decided, when the file did not name it.
    pub tz_note: Option<String>,
    /// Every event.
    pub events: Vec<Event>,
    /// What the chair should know (dates that disagree, overlaps fixed…).
    pub warnings: Vec<String>,
    /// What the chair should know about one room on one day only: said when that session is
    /// chosen, not for every room of the conference.
    pub room_warnings: Vec<RoomWarning>,
}

/// A warning about the events of one room on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomWarning {
    /// The conference day.
    pub day: NaiveDate,
    /// The room, as [`Event::room`].
    pub room: Option<String>,
    /// The warning.
    pub message: String,
}

/// What the importers need beyond the file.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--tz`: the zone, whatever the file says.
    pub time_zone: Option<Tz>,
    /// The zone to assume when the file names none (the laptop's).
    pub fallback_zone: Option<Tz>,
    /// `--date`: the day, for sheets without dates.
    pub date: Option<NaiveDate>,
}

/// Which session to take from a whole-conference file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selector {
    /// A date (`2019-09-11`), a day number (`1`), or a weekday (`wed`).
    pub day: Option<String>,
    /// A room: exact, or a unique prefix, case-insensitive.
    pub room: Option<String>,
    /// A track: exact, or a unique prefix, case-insensitive.
    pub track: Option<String>,
}

/// How events without a room are listed and chosen (`--room "(no room)"`).
pub const NO_ROOM: &str = "(no room)";

/// One choice the file offers: a room on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The day.
    pub day: NaiveDate,
    /// The room.
    pub room: Option<String>,
    /// The tracks in it.
    pub tracks: Vec<String>,
    /// Number of events.
    pub count: usize,
    /// First start, last end (session zone, `HH:MM`).
    pub first: String,
    /// Last end.
    pub last: String,
    /// Its events' titles and speakers, one line each ("Title — Speaker, Speaker"), for finding
    /// a session by its talks.
    pub talks: Vec<String>,
}

impl Candidate {
    /// One line for `--list` and error messages.
    pub fn line(&self) -> String {
        let room = self.room.as_deref().unwrap_or(NO_ROOM);
        let tracks =
            if self.tracks.is_empty() { String::new() } else { format!("  [{}]", self.tracks.join(", ")) };
        // The weekday and the word for events in the chair's language, the date as ISO.
        let weekday = crate::l10n::chair_says(
            "weekday-short",
            &[("n", &chrono::Datelike::weekday(&self.day).number_from_monday())],
        );
        let events = crate::tr!("candidate-events", count = self.count);
        let pad = " ".repeat(6usize.saturating_sub(unicode_width::UnicodeWidthStr::width(events.as_str())));
        format!(
            "{weekday} {}  {}–{}  {:>3} {events}{pad}  {room}{tracks}",
            self.day.format("%Y-%m-%d"),
            self.first,
            self.last,
            self.count,
        )
    }
}

/// The events of one session, chosen.
#[derive(Debug, Clone)]
pub struct Selection {
    /// The file's zone.
    pub time_zone: Tz,
    /// Conference title.
    pub conference: Option<String>,
    /// The conference's acronym.
    pub acronym: Option<String>,
    /// The day.
    pub day: NaiveDate,
    /// The room.
    pub room: Option<String>,
    /// The track, when one was chosen or all events share it.
    pub track: Option<String>,
    /// Events in order.
    pub events: Vec<Event>,
    /// The [`Imported::room_warnings`] about this room on this day.
    pub warnings: Vec<String>,
}

/// How imported slots are shaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// Intro slides at the start of each talk (`--intro`); zero for one "Talk" phase.
    pub intro: TimeDelta,
    /// Gaps at least this long become breaks.
    pub break_gap: TimeDelta,
}

impl Default for Shape {
    fn default() -> Self {
        Self { intro: TimeDelta::minutes(5), break_gap: TimeDelta::minutes(5) }
    }
}

/// Recognises a schedule format by content (then by extension).
pub fn detect(name: &str, text: &str) -> Option<&'static str> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let lower = name.to_ascii_lowercase();
    let json = || if indico_json::looks_like(text) { "indico-json" } else { "frab-json" };
    if head.starts_with("<?xml") || head.starts_with("<schedule") {
        Some("frab-xml")
    } else if head.starts_with("BEGIN:VCALENDAR") {
        Some("ical")
    } else if head.starts_with('{') {
        Some(json())
    } else if lower.ends_with(".csv") || lower.ends_with(".tsv") {
        Some("csv")
    } else if lower.ends_with(".xml") {
        Some("frab-xml")
    } else if lower.ends_with(".ics") {
        Some("ical")
    } else if lower.ends_with(".json") {
        Some(json())
    } else if !lower.ends_with(".toml") && csv::looks_like_header(head.lines().next().unwrap_or_default()) {
        // A sheet saved as "Unicode text" (.txt, tab-separated) or under another name.
        Some("csv")
    } else {
        None
    }
}

/// Reads a file in the format `detect` found.
///
/// # Errors
/// `FILE:LINE:COL: what was expected`.
pub fn read(format: &str, name: &str, text: &str, options: &Options) -> Result<Imported, LoadError> {
    let mut imported = match format {
        "frab-xml" => frab_xml::read(name, text, options),
        "frab-json" => frab_json::read(name, text, options),
        "indico-json" => indico_json::read(name, text, options),
        "ical" => ical::read(name, text, options),
        "csv" => csv::read(name, text, options),
        other => Err(LoadError::whole(name, format!("unknown format {other}"))),
    }?;
    keep_timeable(&mut imported);
    Ok(imported)
}

/// Leaves out events no session can time: longer than a day (a typo, or an all-conference
/// "event"), negative, or outside the years 1900–9999. Says so.
fn keep_timeable(imported: &mut Imported) {
    use chrono::Datelike;
    let before = imported.events.len();
    imported.events.retain(|e| {
        let year = e.start.year();
        e.length >= TimeDelta::zero()
            && e.length <= super::duration::MAX_LENGTH
            && (1900..=9999).contains(&year)
            && (1900..=9999).contains(&e.day.year())
    });
    let dropped = before - imported.events.len();
    if dropped > 0 {
        imported.warnings.push(format!(
            "{} longer than a day, of negative length, or outside the years 1900–9999 {} left out",
            events(dropped),
            if dropped == 1 { "is" } else { "are" }
        ));
    }
}

/// The zone to use: `--tz`, else the file's, else what its offsets say (`first_time`: the first
/// of its times that carries an offset other than a bare Z), else the laptop's (said).
pub(crate) fn resolve_zone(
    options: &Options,
    named: Option<&str>,
    first_time: Option<DateTime<FixedOffset>>,
    warnings: &mut Vec<String>,
) -> (Tz, Option<String>) {
    if let Some(tz) = options.time_zone {
        return (tz, None);
    }
    if let Some(name) = named.map(str::trim).filter(|n| !n.is_empty()) {
        match name.parse::<Tz>() {
            Ok(tz) => return (tz, None),
            Err(_) => warnings.push(format!("the file names an unknown time zone {name:?}; it is ignored")),
        }
    }
    if let Some(time) = first_time
        && time.offset().local_minus_utc() % 3600 == 0
    {
        let secs = time.offset().local_minus_utc();
        let hours = secs / 3600;
        // IANA's Etc zones count the other way round: UTC+2 is Etc/GMT-2.
        let name = if hours == 0 { "UTC".to_owned() } else { format!("Etc/GMT{:+}", -hours) };
        if let Ok(tz) = name.parse::<Tz>() {
            let note = format!(
                "the file names no time zone; its times are {}, so that fixed offset (no summer time) \
                 is used. {}",
                offset_text(secs),
                zone_advice(options.fallback_zone, time)
            );
            return (tz, Some(note));
        }
    }
    match options.fallback_zone {
        Some(tz) => (
            tz,
            Some(format!(
                "the file names no time zone; assuming this computer's, {} (choose another with --tz)",
                tz.name()
            )),
        ),
        None => {
            (Tz::UTC, Some("the file names no time zone; assuming UTC (choose one with --tz)".to_owned()))
        }
    }
}

/// What to pass when a file's times carry an offset but name no zone. The offset alone does not
/// say where the conference is (UTC+01:00 is Lisbon in summer, Leipzig in winter, Lagos all
/// year), so no city is guessed: this computer's zone is offered when it has that offset at that
/// time, else the form of a zone name.
pub(crate) fn zone_advice(laptop: Option<Tz>, time: DateTime<FixedOffset>) -> String {
    use chrono::Offset as _;
    let offset = time.offset().local_minus_utc();
    match laptop.filter(|tz| time.with_timezone(tz).offset().fix().local_minus_utc() == offset) {
        Some(tz) => format!(
            "If the conference is in this computer's time zone, {}, add --tz {}; otherwise add --tz with the name of the conference's zone",
            tz.name(),
            tz.name()
        ),
        None => "To follow its summer-time changes, add --tz with the name of the conference's zone: its region and city as the tz database writes them, such as --tz America/Vancouver for a conference in Vancouver".to_owned(),
    }
}

pub(crate) fn offset_text(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60)
}

/// Converts a local time in `tz` to UTC (ambiguous: the earlier; nonexistent: shifted forward).
pub(crate) fn local_to_utc(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    use chrono::TimeZone;
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        chrono::LocalResult::None => tz
            .from_local_datetime(&(local + TimeDelta::hours(1)))
            .earliest()
            .map_or_else(|| local.and_utc(), |t| t.with_timezone(&Utc)),
    }
}

/// Parses a JSON schedule, a syntax error positioned in the file.
///
/// # Errors
/// The file is not valid JSON.
pub fn parse_json(name: &str, text: &str) -> Result<serde_json::Value, LoadError> {
    serde_json::from_str(text).map_err(|e| {
        let at = Position { line: e.line().max(1), column: e.column().max(1) };
        if e.is_eof() {
            return LoadError::at(
                name,
                at,
                "the file ends here, before its JSON is complete: it looks cut off (an interrupted download or copy); download or save it again",
            );
        }
        LoadError::at(name, at, format!("not valid JSON: {e}"))
    })
}

/// A length as conference systems write it: `H:MM`, `HH:MM`, `HH:MM:SS`, pretalx's `D:HH:MM`,
/// or empty (zero).
///
/// # Errors
/// What was expected.
pub fn frab_duration(text: &str, pretalx: bool) -> Result<TimeDelta, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(TimeDelta::zero());
    }
    let parts: Vec<&str> = t.split(':').collect();
    let num = |s: &str| s.trim().parse::<i64>().ok().filter(|n| *n >= 0);
    let secs = match parts.as_slice() {
        [h, m] => num(h).zip(num(m)).filter(|(_, m)| *m < 60).map(|(h, m)| h * 3600 + m * 60),
        [a, b, c] if pretalx => {
            num(a).zip(num(b)).zip(num(c)).map(|((d, h), m)| d * 86_400 + h * 3600 + m * 60)
        }
        [h, m, s] => num(h)
            .zip(num(m))
            .zip(num(s))
            .filter(|((_, m), s)| *m < 60 && *s < 60)
            .map(|((h, m), s)| h * 3600 + m * 60 + s),
        _ => None,
    };
    secs.and_then(TimeDelta::try_seconds)
        .ok_or_else(|| format!("expected a duration such as 0:20, 00:20 or 00:20:00, found {text:?}"))
}

/// Text with HTML tags removed and the common entities decoded (titles, names).
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits a speakers field: `;` always separates; `,` separates unless it would split an
/// affiliation in parentheses; " and " / " & " join the last two.
pub fn split_speakers(text: &str) -> Vec<String> {
    let text = plain(text);
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if (c == ';' || c == ',') && depth <= 0 {
            out.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    out.push(current);
    out.into_iter()
        .flat_map(|s| {
            let s = s.trim().to_owned();
            match s.rsplit_once(" and ").or_else(|| s.rsplit_once(" & ")) {
                Some((a, b)) if !a.contains('(') || a.ends_with(')') => {
                    vec![a.trim().to_owned(), b.trim().to_owned()]
                }
                _ => vec![s],
            }
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// "1 event", "3 events".
pub(crate) fn events(n: usize) -> String {
    format!("{n} event{}", if n == 1 { "" } else { "s" })
}

/// Whether a title says "break" (for sources that list breaks as events).
pub fn looks_like_break(title: &str, speakers: &[String]) -> bool {
    if !speakers.is_empty() {
        return false;
    }
    let t = title.to_lowercase();
    ["break", "pause", "lunch", "coffee", "tea ", "kaffee", "mittag"].iter().any(|w| t.contains(w))
}

fn day_matches(day: NaiveDate, index: usize, wanted: &str) -> bool {
    let w = wanted.trim().to_lowercase();
    if let Ok(d) = NaiveDate::parse_from_str(&w, "%Y-%m-%d") {
        return d == day;
    }
    if let Ok(n) = w.parse::<usize>() {
        return n == index;
    }
    let weekday = day.format("%A").to_string().to_lowercase();
    w.len() >= 2 && weekday.starts_with(&w)
}

/// Picks among `options` by `wanted`: an exact case-insensitive match, else a unique prefix.
fn pick<'a>(what: &str, wanted: &str, options: &[&'a str]) -> Result<Vec<&'a str>, String> {
    let w = wanted.trim().to_lowercase();
    let exact: Vec<&str> = options.iter().copied().filter(|o| o.to_lowercase() == w).collect();
    if !exact.is_empty() {
        return Ok(exact);
    }
    let prefix: Vec<&str> = options.iter().copied().filter(|o| o.to_lowercase().starts_with(&w)).collect();
    let contains: Vec<&str> = options.iter().copied().filter(|o| o.to_lowercase().contains(&w)).collect();
    let found = if prefix.is_empty() { contains } else { prefix };
    match found.len() {
        0 => Err(format!("no {what} matches {wanted:?}; the {what}s are: {}", options.join("; "))),
        1 => Ok(found),
        _ => Err(format!("{wanted:?} matches several {what}s: {}; be more precise", found.join("; "))),
    }
}

impl Imported {
    /// The days of the conference, in order, with their number (from 1).
    pub fn days(&self) -> Vec<NaiveDate> {
        let mut d: Vec<NaiveDate> = self.events.iter().map(|e| e.day).collect();
        d.sort_unstable();
        d.dedup();
        d
    }

    /// Every (day, room) with events: what `--list` shows.
    pub fn candidates(&self) -> Vec<Candidate> {
        candidates_of(self.time_zone, self.events.iter())
    }

    /// Chooses one session.
    ///
    /// # Errors
    /// When the selectors match nothing, or more than one session and a choice is needed: the
    /// message lists the choices.
    pub fn select(&self, s: &Selector) -> Result<Selection, String> {
        if self.events.is_empty() {
            return Err("the file has no events".into());
        }
        let days = self.days();
        let mut events: Vec<&Event> = self.events.iter().collect();
        if let Some(want) = &s.day {
            events.retain(|e| {
                days.iter().position(|d| *d == e.day).is_some_and(|i| day_matches(e.day, i + 1, want))
            });
            if events.is_empty() {
                let list: Vec<String> =
                    days.iter().enumerate().map(|(i, d)| format!("{} ({})", d, i + 1)).collect();
                return Err(format!("no day matches {want:?}; the days are: {}", list.join(", ")));
            }
        }
        let mut track = None;
        if let Some(want) = &s.track {
            let mut names: Vec<&str> = events.iter().filter_map(|e| e.track.as_deref()).collect();
            names.sort_unstable();
            names.dedup();
            let chosen = pick("track", want, &names)?;
            events.retain(|e| e.track.as_deref().is_some_and(|t| chosen.contains(&t)));
            track = chosen.first().map(|t| (*t).to_owned());
        }
        if let Some(want) = &s.room {
            let mut names: Vec<&str> = events.iter().map(|e| e.room.as_deref().unwrap_or(NO_ROOM)).collect();
            names.sort_unstable();
            names.dedup();
            let chosen = pick("room", want, &names)?;
            events.retain(|e| chosen.contains(&e.room.as_deref().unwrap_or(NO_ROOM)));
        }
        let groups = candidates_of(self.time_zone, events.iter().copied());
        if groups.len() > 1 {
            let list: Vec<String> = groups.iter().map(|c| format!("  {}", c.line())).collect();
            let mut needs = Vec::new();
            if groups.iter().any(|g| g.day != groups[0].day) {
                needs.push("--day");
            }
            if groups.iter().any(|g| g.room != groups[0].room) {
                needs.push("--room");
            }
            return Err(format!(
                "the file holds {} sessions; choose one with {}:\n{}",
                groups.len(),
                needs.join(" and "),
                list.join("\n")
            ));
        }
        let Some(g) = groups.first() else { return Err("no events match".into()) };
        let mut chosen: Vec<Event> = events.into_iter().cloned().collect();
        chosen.sort_by_key(|e| (e.start, e.line));
        if track.is_none() && g.tracks.len() == 1 {
            track = g.tracks.first().cloned();
        }
        let warnings = self
            .room_warnings
            .iter()
            .filter(|w| w.day == g.day && w.room == g.room)
            .map(|w| w.message.clone())
            .collect();
        Ok(Selection {
            time_zone: self.time_zone,
            conference: self.conference.clone(),
            acronym: self.acronym.clone(),
            day: g.day,
            room: g.room.clone(),
            track,
            events: chosen,
            warnings,
        })
    }
}

fn candidates_of<'a>(tz: Tz, events: impl Iterator<Item = &'a Event>) -> Vec<Candidate> {
    let mut groups: Vec<(NaiveDate, Option<String>, Vec<&Event>)> = Vec::new();
    for e in events {
        match groups.iter_mut().find(|g| g.0 == e.day && g.1 == e.room) {
            Some(g) => g.2.push(e),
            None => groups.push((e.day, e.room.clone(), vec![e])),
        }
    }
    groups.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    groups
        .into_iter()
        .map(|(day, room, evs)| {
            let mut tracks: Vec<String> = evs.iter().filter_map(|e| e.track.clone()).collect();
            tracks.sort();
            tracks.dedup();
            let first = evs.iter().map(|e| e.start).min().unwrap_or_default();
            let last = evs.iter().map(|e| e.start + e.length).max().unwrap_or_default();
            let hhmm = |t: DateTime<Utc>| t.with_timezone(&tz).format("%H:%M").to_string();
            let talks = evs
                .iter()
                .map(|e| {
                    if e.speakers.is_empty() {
                        e.title.clone()
                    } else {
                        format!("{} — {}", e.title, e.speakers.join(", "))
                    }
                })
                .collect();
            Candidate { day, room, tracks, count: evs.len(), first: hhmm(first), last: hhmm(last), talks }
        })
        .collect()
}

impl Selection {
    /// The session plan: events in order, gaps of `shape.break_gap` or more as breaks, overlaps
    /// shortened (with a warning), each talk opening with `shape.intro` of intro slides.
    pub fn plan(&self, shape: &Shape, warnings: &mut Vec<String>) -> SessionPlan {
        self.plan_with_lines(shape, warnings).0
    }

    /// As [`Selection::plan`], with the line in the file each item comes from (`None` for the
    /// breaks made from gaps), for positioning the normalizer's errors.
    pub fn plan_with_lines(
        &self,
        shape: &Shape,
        warnings: &mut Vec<String>,
    ) -> (SessionPlan, Vec<Option<usize>>) {
        let tz = self.time_zone;
        let local = |t: DateTime<Utc>| t.with_timezone(&tz).naive_local();
        let mut events: Vec<Event> = Vec::with_capacity(self.events.len());
        for e in &self.events {
            if let Some(prev) = events.last_mut() {
                if prev.start == e.start && prev.title == e.title {
                    continue; // the same event listed twice
                }
                let prev_end = prev.start + prev.length;
                if e.start < prev_end {
                    warnings.push(format!(
                        "{:?} starts {} before {:?} ends; {:?} is shortened to end when it starts",
                        e.title,
                        format_length(prev_end - e.start),
                        prev.title,
                        prev.title
                    ));
                    prev.length = e.start - prev.start;
                }
            }
            events.push(e.clone());
        }
        events.retain(|e| {
            let keep = e.length > TimeDelta::zero();
            if !keep {
                warnings.push(format!("{:?} has no length and is left out", e.title));
            }
            keep
        });
        let mut items = Vec::with_capacity(events.len() * 2);
        let mut lines = Vec::with_capacity(events.len() * 2);
        let mut prev_end: Option<DateTime<Utc>> = None;
        for e in &events {
            if let Some(end) = prev_end
                && e.start - end >= shape.break_gap
            {
                let mut b = ItemPlan::break_("Break");
                b.start = Some(PlannedStart::Local(local(end)));
                b.length = Some(e.start - end);
                items.push(b);
                lines.push(None);
            }
            let kind = if e.is_break || looks_like_break(&e.title, &e.speakers) {
                ItemKind::Break
            } else {
                ItemKind::Slot
            };
            let mut item = if kind == ItemKind::Break {
                ItemPlan::break_(e.title.clone())
            } else {
                ItemPlan::slot(e.title.clone())
            };
            item.id.clone_from(&e.id);
            item.guid.clone_from(&e.guid);
            item.slug.clone_from(&e.slug);
            item.speakers.clone_from(&e.speakers);
            item.start = Some(PlannedStart::Local(local(e.start)));
            item.length = Some(e.length);
            if kind == ItemKind::Slot
                && (shape.intro.is_zero() || e.length < shape.intro + TimeDelta::minutes(2))
            {
                // Too short for intro slides and a discussion: one phase.
                item.phases = Some(vec![PhasePlan {
                    name: "Talk".into(),
                    kind: PhaseKind::Talk,
                    length: None,
                    thresholds: Default::default(),
                }]);
            }
            items.push(item);
            lines.push(Some(e.line));
            prev_end = Some(e.start + e.length);
        }
        let title = self.track.clone().or_else(|| self.room.clone()).unwrap_or_else(|| "Session".to_owned());
        let template = (!shape.intro.is_zero()).then(|| {
            vec![
                PhasePlan {
                    name: "Intro slides".into(),
                    kind: PhaseKind::Intro,
                    length: Some(shape.intro),
                    thresholds: Default::default(),
                },
                PhasePlan {
                    name: "Discussion".into(),
                    kind: PhaseKind::Discussion,
                    length: None,
                    thresholds: Default::default(),
                },
            ]
        });
        let first = events.first().map(|e| local(e.start));
        let plan = SessionPlan {
            title,
            conference: self.conference.clone(),
            acronym: self.acronym.clone(),
            room: self.room.clone(),
            venue: None,
            speaker_language: None,
            chairs: Vec::new(),
            date: Some(first.map_or(self.day, |f| f.date())),
            time_zone: Some(tz.name().to_owned()),
            start: first.map(|f| f.time()),
            end: None,
            hard_end: None,
            thresholds: Default::default(),
            phase_template: template,
            items,
        };
        (plan, lines)
    }
}

/// `--list`: every session the file holds.
pub fn list(imported: &Imported) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}), time zone {}{}",
        imported.conference.as_deref().unwrap_or("(untitled)"),
        imported.format,
        super::zone::label(imported.time_zone),
        imported.tz_note.as_ref().map(|n| format!(" — {n}")).unwrap_or_default()
    );
    for c in imported.candidates() {
        let _ = writeln!(out, "  {}", c.line());
    }
    out
}

/// Where `"key":` is written in a JSON text, at or after byte `from` (else `from`): a parsed
/// `serde_json::Value` keeps no positions, so importers find their objects' lines by their keys.
pub(crate) fn json_key_at(text: &str, from: usize, key: &str) -> usize {
    let needle = format!("\"{key}\"");
    let mut at = from.min(text.len());
    while let Some(i) = text.get(at..).and_then(|rest| rest.find(&needle)) {
        let end = at + i + needle.len();
        if text.get(end..).is_some_and(|rest| rest.trim_start().starts_with(':')) {
            return at + i;
        }
        at = end;
    }
    from
}

/// Where the string value `"value"` is written in a JSON text, at or after byte `from`.
pub(crate) fn json_string_at(text: &str, from: usize, value: &str) -> Option<usize> {
    let needle = format!("\"{value}\"");
    text.get(from.min(text.len())..)?.find(&needle).map(|i| from + i)
}

/// A positioned error at a line (column 1).
pub(crate) fn at_line(name: &str, line: usize, message: impl Into<String>) -> LoadError {
    LoadError::at(name, Position { line: line.max(1), column: 1 }, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frab_durations_in_every_real_form() {
        let m = TimeDelta::minutes;
        assert_eq!(frab_duration("0:40", false), Ok(m(40)));
        assert_eq!(frab_duration("00:25", false), Ok(m(25)));
        assert_eq!(frab_duration("01:30:00", false), Ok(m(90)));
        assert_eq!(frab_duration("", false), Ok(TimeDelta::zero()));
        assert_eq!(frab_duration("1:02:30", true), Ok(TimeDelta::days(1) + TimeDelta::hours(2) + m(30)));
        assert!(frab_duration("PT20M", false).is_err());
    }

    #[test]
    fn speakers_split_on_commas_but_not_inside_affiliations() {
        assert_eq!(
            split_speakers("Ada (A, B Ltd), Grace; Alan and Joan"),
            ["Ada (A, B Ltd)", "Grace", "Alan", "Joan"]
        );
        assert_eq!(
            split_speakers("Dr. Sebastian Tramp, Andreas Heinecke"),
            ["Dr. Sebastian Tramp", "Andreas Heinecke"]
        );
    }

    #[test]
    fn html_is_removed_from_titles() {
        assert_eq!(plain("<p>Rust &amp; <b>BPF</b></p>"), "Rust & BPF");
    }
}
