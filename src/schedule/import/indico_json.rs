//! Indico's own timetable JSON: the HTTP API's `/export/timetable/<event id>.json`
//! (`{"results": {"<event id>": {"YYYYMMDD": {"<entry id>": entry, …}}}}`) and the bare day map
//! the event page serves (`{"YYYYMMDD": {…}}`). An entry has `entryType` ("Session",
//! "Contribution" or "Break"), `title`, `startDate`/`endDate` as `{"date", "time", "tz"}`,
//! `room`, `id`/`uniqueId`, people as `presenters` (older Indico) or `personLinks` (newer), and a
//! Session block holds its contributions and breaks in `entries`, in the same shape.
//!
//! Each Session becomes a track (chosen with `--track`, listed in brackets by `--list`); its
//! contributions are slots, its breaks breaks. Entries outside any session are read too.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use chrono_tz::Tz;
use serde_json::{Map, Value};

use super::{Event, Imported, Options, at_line, json_key_at as find_key, local_to_utc, plain, resolve_zone};
use crate::error::{LoadError, Position};

/// Whether a JSON text is Indico's timetable rather than a frab/pretalx `schedule.json`.
pub fn looks_like(text: &str) -> bool {
    (text.contains("\"entryType\"") || text.contains("\"results\""))
        && text.contains("\"startDate\"")
        && !text.contains("\"conference\"")
}

fn s(v: &Value, key: &str) -> Option<String> {
    match &v[key] {
        Value::String(t) => Some(plain(t)).filter(|t| !t.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What an entry inherits from the Session block it is in.
#[derive(Clone, Default)]
struct Parent {
    track: Option<String>,
    room: Option<String>,
    day: Option<NaiveDate>,
}

struct Reader<'a> {
    name: &'a str,
    text: &'a str,
    lines: crate::error::LineIndex,
    tz: Tz,
    zone_given: bool,
    events: Vec<Event>,
    warnings: Vec<String>,
    seen: Vec<String>,
}

impl Reader<'_> {
    fn line(&self, offset: usize) -> usize {
        self.lines.line(offset)
    }

    fn err(&self, offset: usize, path: &str, message: &str) -> LoadError {
        at_line(self.name, self.line(offset), format!("{path}: {message}"))
    }

    /// A `{"date": "YYYY-MM-DD", "time": "HH:MM:SS", "tz": "Europe/Vienna"}` as a local time and
    /// the zone it is in.
    fn date(&self, v: &Value) -> Option<(NaiveDateTime, Tz)> {
        let date = NaiveDate::parse_from_str(v["date"].as_str()?.trim(), "%Y-%m-%d").ok()?;
        let time_text = v["time"].as_str()?.trim();
        let time =
            ["%H:%M:%S%.f", "%H:%M"].iter().find_map(|f| NaiveTime::parse_from_str(time_text, f).ok())?;
        let zone = if self.zone_given {
            self.tz
        } else {
            v["tz"].as_str().and_then(|z| z.trim().parse::<Tz>().ok()).unwrap_or(self.tz)
        };
        Some((date.and_time(time), zone))
    }

    fn entries(
        &mut self,
        map: &Map<String, Value>,
        from: usize,
        path: &str,
        parent: &Parent,
    ) -> Result<(), LoadError> {
        for (key, entry) in map {
            let at = find_key(self.text, from, key);
            self.entry(key, entry, at, &format!("{path}[{key:?}]"), parent)?;
        }
        Ok(())
    }

    fn entry(
        &mut self,
        key: &str,
        entry: &Value,
        at: usize,
        path: &str,
        parent: &Parent,
    ) -> Result<(), LoadError> {
        if !entry.is_object() {
            return Err(self.err(
                at,
                path,
                "expected a timetable entry (an object with \"entryType\", \"title\", \"startDate\")",
            ));
        }
        let Some(kind) = entry["entryType"].as_str() else {
            return Err(self.err(
                at,
                path,
                "expected \"entryType\": \"Session\", \"Contribution\" or \"Break\"",
            ));
        };
        let title = s(entry, "title");
        let shown = title.clone().unwrap_or_else(|| "(untitled)".to_owned());
        let Some((start_local, start_zone)) = self.date(&entry["startDate"]) else {
            return Err(self.err(
                at,
                &format!("{path} ({shown:?})"),
                "expected \"startDate\": {\"date\": \"YYYY-MM-DD\", \"time\": \"HH:MM:SS\", \"tz\": \"Area/City\"}",
            ));
        };
        let start = local_to_utc(start_zone, start_local);
        let length = match self.date(&entry["endDate"]) {
            Some((end_local, end_zone)) => local_to_utc(end_zone, end_local) - start,
            None => match entry["duration"].as_f64().and_then(minutes) {
                Some(d) => d,
                None => {
                    return Err(self.err(
                        at,
                        &format!("{path} ({shown:?})"),
                        "expected \"endDate\" like \"startDate\", or \"duration\" in minutes",
                    ));
                }
            },
        };
        let id = s(entry, "uniqueId").or_else(|| s(entry, "id")).unwrap_or_else(|| key.to_owned());
        let room = s(entry, "room").or_else(|| parent.room.clone());
        let day = parent.day.unwrap_or(start_local.date());
        let line = self.line(at);
        match kind {
            "Session" => {
                let session = s(entry, "sessionTitle").or_else(|| title.clone()).unwrap_or_else(|| "Session".to_owned());
                let block = s(entry, "slotTitle")
                    .or_else(|| title.clone().filter(|t| entry["sessionTitle"].is_string() && *t != session));
                if self.seen.contains(&id) {
                    return Ok(()); // a block that runs past midnight is listed under both days
                }
                self.seen.push(id.clone());
                let inner = Parent { track: Some(session.clone()), room: room.clone(), day: Some(day) };
                match &entry["entries"] {
                    Value::Object(children) if !children.is_empty() => {
                        let from = find_key(self.text, at, "entries");
                        self.entries(children, from, &format!("{path}.entries"), &inner)?;
                    }
                    Value::Object(_) | Value::Array(_) | Value::Null => {
                        // A block with nothing in it is timed as one slot.
                        let title = match block {
                            Some(b) => format!("{session}: {b}"),
                            None => session.clone(),
                        };
                        self.events.push(Event {
                            guid: None,
                            slug: None,
                            id: Some(id),
                            title,
                            speakers: people(entry, "conveners"),
                            start,
                            length,
                            room,
                            track: Some(session),
                            day,
                            is_break: false,
                            line,
                        });
                    }
                    _ => {
                        return Err(self.err(at, &format!("{path}.entries"), "expected an object of timetable entries"));
                    }
                }
            }
            "Contribution" | "Break" => {
                if self.seen.contains(&id) {
                    return Ok(());
                }
                self.seen.push(id.clone());
                let is_break = kind == "Break";
                let speakers = if is_break { Vec::new() } else { people(entry, "presenters") };
                self.events.push(Event {
                    guid: None,
                    slug: None,
                    id: Some(id),
                    title: title.unwrap_or_else(|| if is_break { "Break".to_owned() } else { "(untitled)".to_owned() }),
                    speakers,
                    start,
                    length,
                    room,
                    track: parent.track.clone(),
                    day,
                    is_break,
                    line,
                });
            }
            other => self.warnings.push(format!(
                "{}:{line}: {path}: an entry of type {other:?} is left out (expected Session, Contribution or Break)",
                self.name
            )),
        }
        Ok(())
    }
}

/// A length given as a number of minutes (Indico's `duration`).
fn minutes(m: f64) -> Option<TimeDelta> {
    if !(0.0..=1440.0).contains(&m) {
        return None;
    }
    #[expect(clippy::cast_possible_truncation, reason = "checked above: 0 to 86 400 000 ms")]
    let ms = (m * 60_000.0).round() as i64;
    TimeDelta::try_milliseconds(ms)
}

/// People as "Name (Affiliation)": `presenters`/`conveners` in older exports, `personLinks` (the
/// ones whose roles include "speaker", when roles are given) in newer ones; a person's `name`,
/// `fullName`, or first and family name.
fn people(entry: &Value, key: &str) -> Vec<String> {
    let list: Vec<&Value> = match entry[key].as_array() {
        Some(l) if !l.is_empty() => l.iter().collect(),
        _ => {
            let links: Vec<&Value> = entry["personLinks"].as_array().into_iter().flatten().collect();
            let speakers: Vec<&Value> = links
                .iter()
                .copied()
                .filter(|p| {
                    p["roles"].as_array().is_some_and(|r| r.iter().any(|x| x.as_str() == Some("speaker")))
                })
                .collect();
            if speakers.is_empty() { links } else { speakers }
        }
    };
    list.into_iter()
        .filter_map(|p| {
            let name = match &p["name"] {
                Value::String(n) => Some(plain(n)),
                // Some Indico versions wrote the name as a one-element list.
                Value::Array(parts) => parts.first().and_then(Value::as_str).map(plain),
                _ => None,
            }
            .filter(|n| !n.is_empty())
            .or_else(|| s(p, "fullName"))
            .or_else(|| {
                let first = s(p, "firstName").or_else(|| s(p, "first_name"));
                let last = s(p, "familyName").or_else(|| s(p, "last_name"));
                let full = [first, last].into_iter().flatten().collect::<Vec<_>>().join(" ");
                Some(full).filter(|n| !n.is_empty())
            })
            .or_else(|| p.as_str().map(plain))?;
            Some(match s(p, "affiliation") {
                Some(a) => format!("{name} ({a})"),
                None => name,
            })
        })
        .collect()
}

/// Reads an Indico timetable export.
///
/// # Errors
/// JSON syntax errors, and a shape that is not Indico's timetable, positioned.
pub fn read(name: &str, text: &str, options: &Options) -> Result<Imported, LoadError> {
    let v: Value = super::parse_json(name, text)?;
    let expected = "expected Indico's timetable export: {\"results\": {\"<event id>\": {\"YYYYMMDD\": {\"<entry id>\": {…}}}}}";
    // (event id, its day map, where it is written)
    let mut events_days: Vec<(String, &Map<String, Value>, usize)> = Vec::new();
    match (&v["results"], &v) {
        (Value::Object(results), _) => {
            for (event, days) in results {
                let at = find_key(text, 0, event);
                let Some(days) = days.as_object() else {
                    return Err(at_line(
                        name,
                        Position::of_offset(text, at).line,
                        format!("results[{event:?}]: expected an object of days (\"YYYYMMDD\": {{…}})"),
                    ));
                };
                events_days.push((format!("results[{event:?}]"), days, at));
            }
        }
        (Value::Null, Value::Object(days))
            if days.keys().all(|k| k.len() == 8 && k.bytes().all(|b| b.is_ascii_digit())) =>
        {
            events_days.push(("timetable".to_owned(), days, 0));
        }
        (Value::Null, _) => return Err(at_line(name, 1, expected)),
        (_, _) => {
            let at = find_key(text, 0, "results");
            return Err(at_line(
                name,
                Position::of_offset(text, at).line,
                format!("\"results\" is not an object; {expected}"),
            ));
        }
    }
    // The zone: --tz, else the first entry's "tz".
    let first_tz = events_days
        .iter()
        .flat_map(|(_, days, _)| days.values())
        .filter_map(Value::as_object)
        .flat_map(|entries| entries.values())
        .find_map(|e| e["startDate"]["tz"].as_str().map(str::to_owned));
    let mut warnings = Vec::new();
    let (tz, tz_note) = resolve_zone(options, first_tz.as_deref(), None, &mut warnings);
    let mut reader = Reader {
        name,
        text,
        lines: crate::error::LineIndex::new(text),
        tz,
        zone_given: options.time_zone.is_some(),
        events: Vec::new(),
        warnings,
        seen: Vec::new(),
    };
    for (path, days, at) in events_days {
        for (day, entries) in days {
            let day_at = find_key(text, at, day);
            let day_path = format!("{path}[{day:?}]");
            match entries {
                Value::Object(entries) => reader.entries(entries, day_at, &day_path, &Parent::default())?,
                // An empty day is written as [] by some versions.
                Value::Array(a) if a.is_empty() => {}
                _ => return Err(reader.err(day_at, &day_path, "expected an object of timetable entries")),
            }
        }
    }
    Ok(Imported {
        format: "Indico timetable JSON",
        conference: None,
        acronym: None,
        time_zone: tz,
        tz_note,
        events: reader.events,
        warnings: reader.warnings,
        room_warnings: Vec::new(),
    })
}
