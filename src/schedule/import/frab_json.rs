//! The frab-compatible `schedule.json` that pretalx and frab publish: rooms as an object keyed by
//! name, `name` or `public_name` for people, `D:HH:MM` durations of a day or more.

use chrono::{DateTime, NaiveDate, NaiveTime};
use serde_json::Value;

use super::{
    Event, Imported, Options, at_line, frab_duration, json_key_at, json_string_at, local_to_utc, plain,
    resolve_zone,
};
use crate::error::LoadError;

fn s(v: &Value, key: &str) -> Option<String> {
    match &v[key] {
        Value::String(t) => Some(plain(t)).filter(|t| !t.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads a frab/pretalx JSON schedule.
///
/// # Errors
/// JSON syntax errors (positioned) and a missing `schedule.conference.days`.
pub fn read(name: &str, text: &str, options: &Options) -> Result<Imported, LoadError> {
    let v: Value = super::parse_json(name, text)?;
    let conference = &v["schedule"]["conference"];
    let Some(days) = conference["days"].as_array() else {
        return Err(at_line(name, 1, "expected a frab schedule.json: no schedule.conference.days array"));
    };
    let pretalx = v["generator"]["name"].as_str().is_some_and(|g| g.eq_ignore_ascii_case("pretalx"))
        || v["schedule"]["url"].as_str().is_some_and(|u| u.contains("pretalx"));
    let mut all_events: Vec<&Value> = Vec::new();
    for day in days {
        if let Some(rooms) = day["rooms"].as_object() {
            for list in rooms.values() {
                all_events.extend(list.as_array().into_iter().flatten());
            }
        }
    }
    // The first event time, with the offset it carries.
    let first_time = all_events
        .iter()
        .filter_map(|e| e["date"].as_str())
        .find_map(|d| DateTime::parse_from_rfc3339(d).ok());
    let offset = first_time.map(|t| t.offset().local_minus_utc());
    let mut warnings = Vec::new();
    let named = s(conference, "time_zone_name");
    // A named zone whose offset contradicts the events' own offsets (pretalx demo: "UTC" with
    // +01:00 times): the instants are absolute, so show them in the zone their offsets imply.
    let mut contradicted = None;
    let named = match (named, offset) {
        // With --tz the chair has chosen: nothing to say about the file's zone.
        (n, _) if options.time_zone.is_some() => n,
        (Some(n), Some(o)) => match n.parse::<chrono_tz::Tz>() {
            Ok(tz) => {
                let zone_offset = first_time.map(|t| t.with_timezone(&tz).offset().fix().local_minus_utc());
                if zone_offset.is_some_and(|z| z != o) {
                    contradicted = Some(n);
                    None
                } else {
                    Some(n)
                }
            }
            Err(_) => Some(n),
        },
        (n, _) => n,
    };
    use chrono::Offset;
    let (tz, mut tz_note) = resolve_zone(options, named.as_deref(), first_time, &mut warnings);
    if let (Some(n), Some(t)) = (contradicted, first_time) {
        // One note, not "names no time zone" beside "time_zone_name says UTC".
        tz_note = Some(format!(
            "the file's time_zone_name says {n}, but its event times are {}; they are shown at that \
             fixed offset. {}",
            super::offset_text(t.offset().local_minus_utc()),
            super::zone_advice(options.fallback_zone, t)
        ));
    }
    let mut events = Vec::new();
    // Lines, found by the text: each day by its "date", each room by its key, each event by its
    // guid, code or id (in file order, so each search starts where the one before it was found).
    let lines = crate::error::LineIndex::new(text);
    let line_of = |offset: usize| lines.line(offset);
    let mut day_at = json_key_at(text, 0, "days");
    for (index, day) in days.iter().enumerate() {
        let date_text = day["date"].as_str().unwrap_or_default();
        day_at = json_string_at(text, day_at, date_text).unwrap_or(day_at);
        let date = NaiveDate::parse_from_str(date_text, "%Y-%m-%d").ok();
        let Some(date) = date else {
            return Err(at_line(
                name,
                line_of(day_at),
                format!("days[{index}]: expected \"date\": \"YYYY-MM-DD\""),
            ));
        };
        let Some(rooms) = day["rooms"].as_object() else { continue };
        let rooms_at = json_key_at(text, day_at, "rooms");
        for (room, list) in rooms {
            let mut event_at = json_key_at(text, rooms_at, room);
            for (n, ev) in list.as_array().into_iter().flatten().enumerate() {
                let path = format!("days[{index}].rooms[{room:?}][{n}]");
                if let Some(at) = ["guid", "code", "id"]
                    .iter()
                    .find_map(|k| {
                        ev[*k].as_str().map(str::to_owned).or_else(|| ev[*k].as_i64().map(|i| i.to_string()))
                    })
                    .and_then(|v| {
                        json_string_at(text, event_at, &v).or_else(|| {
                            // A number is written without quotes.
                            text.get(event_at..)?.find(&format!(": {v}")).map(|i| event_at + i)
                        })
                    })
                {
                    event_at = at;
                }
                let line = line_of(event_at);
                let Some(title) = s(ev, "title") else {
                    warnings.push(format!("{name}:{line}: {path}: an event without a title is left out"));
                    continue;
                };
                let start = match ev["date"].as_str().and_then(|d| DateTime::parse_from_rfc3339(d).ok()) {
                    Some(t) => t.to_utc(),
                    None => {
                        let hhmm = s(ev, "start").unwrap_or_default();
                        let Ok(t) = NaiveTime::parse_from_str(&hhmm, "%H:%M") else {
                            return Err(at_line(
                                name,
                                line,
                                format!(
                                    "{path} ({title:?}): expected \"date\" (ISO 8601) or \"start\": \"HH:MM\""
                                ),
                            ));
                        };
                        local_to_utc(tz, date.and_time(t))
                    }
                };
                // The schema's `end` (to the second; "use end instead" of the deprecated duration)
                // when it is there and not before the start, else `duration`.
                let end = ev["end"]
                    .as_str()
                    .and_then(|d| DateTime::parse_from_rfc3339(d).ok())
                    .map(|t| t.to_utc() - start)
                    .filter(|l| *l >= chrono::TimeDelta::zero());
                let length = match end {
                    Some(l) => l,
                    None => frab_duration(&s(ev, "duration").unwrap_or_default(), pretalx)
                        .map_err(|m| at_line(name, line, format!("{path} ({title:?}): {m}")))?,
                };
                let speakers = ev["persons"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|p| {
                        s(p, "public_name").or_else(|| s(p, "name")).or_else(|| p.as_str().map(plain))
                    })
                    .collect();
                let id = s(ev, "id").or_else(|| s(ev, "code"));
                let kind = s(ev, "type").unwrap_or_default().to_lowercase();
                events.push(Event {
                    id,
                    guid: s(ev, "guid"),
                    slug: s(ev, "slug"),
                    title,
                    speakers,
                    start,
                    length,
                    room: Some(plain(room)),
                    track: s(ev, "track"),
                    day: date,
                    is_break: kind.contains("break"),
                    line,
                });
            }
        }
    }
    Ok(Imported {
        format: if pretalx { "pretalx JSON" } else { "frab JSON" },
        conference: s(conference, "title"),
        acronym: s(conference, "acronym"),
        time_zone: tz,
        tz_note,
        events,
        warnings,
        room_warnings: Vec::new(),
    })
}
