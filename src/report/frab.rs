//! The session as it actually ran, as a frab/pentabarf `schedule.xml` (the c3voc schedule schema),
//! for the tools that cut recordings per talk from a schedule (SReview, c3voc's tracker): each
//! item at its actual start with its actual duration, the source's id kept, skipped items marked.
//! docs/exports.md.

use std::fmt::Write;

use chrono::{DateTime, TimeDelta, Utc};

use super::html::escape;
use super::{Report, Row};
use crate::schedule::ItemKind;
use crate::schedule::duration::format_length;
use crate::timing::engine::ItemStatus;

/// 64-bit FNV-1a of `bytes`, from `seed`: stable across builds and platforms.
fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(seed ^ 0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// Whether `s` is a UUID as the schema writes it.
fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The item's guid: the source's, exactly as it gives it (a journal written before guids were
/// kept holds it as the id), else a UUID made from the session and the item (the same for the
/// same session every time it is exported).
fn guid(r: &Report, row: &Row) -> String {
    if let Some(id) = [row.guid.as_deref(), row.id.as_deref()].into_iter().flatten().find(|id| is_uuid(id)) {
        return id.to_owned();
    }
    stable_uuid(r, &format!("{}|{}", row.index, row.title))
}

/// The room's guid, made the same way.
fn room_guid(r: &Report, room: &str) -> String {
    stable_uuid(r, &format!("room|{room}"))
}

/// A UUID from the session and `what`, the same at every export.
fn stable_uuid(r: &Report, what: &str) -> String {
    let s = &r.session;
    let key = format!("chairtime|{}|{}|{}|{what}", s.conference.as_deref().unwrap_or(""), s.title, s.date);
    let (a, b) = (fnv(1, key.as_bytes()), fnv(2, key.as_bytes()));
    // A version-8 (custom) UUID with the RFC 4122 variant.
    let a = (a & 0xffff_ffff_ffff_0fff) | 0x8000;
    let b = (b & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

/// Lowercase letters, digits and `sep` for the rest, at most `max` characters.
fn slugify(s: &str, sep: char, max: usize) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(sep) && !out.is_empty() {
            out.push(sep);
        }
        if out.len() >= max {
            break;
        }
    }
    out.trim_end_matches(sep).to_owned()
}

/// At least four characters (the schema's slugs and acronyms).
fn at_least_four(mut s: String, fill: &str) -> String {
    while s.len() < 4 {
        s.push_str(fill);
    }
    s
}

fn hms(d: TimeDelta) -> String {
    let s = d.num_seconds().max(0);
    format!("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

/// What happened to the item, in a sentence.
fn what_happened(r: &Report, row: &Row) -> String {
    let s = &r.session;
    let t = |x: DateTime<Utc>| s.local(x).format("%H:%M:%S").to_string();
    match (row.status, row.actual_start) {
        (ItemStatus::Skipped, None) => "Not held: skipped by the session chair.".to_owned(),
        (ItemStatus::Upcoming, _) => "Not held: the session ended before it.".to_owned(),
        (status, Some(start)) => {
            let end = row.actual_end.unwrap_or(r.as_of);
            let mut out = format!(
                "Ran {}–{} (planned at {} for {}).",
                t(start),
                t(end),
                s.hhmm(row.planned_start),
                format_length(row.planned)
            );
            if row.paused > TimeDelta::zero() {
                let _ = write!(out, " Paused {}.", format_length(row.paused));
            }
            match status {
                ItemStatus::Skipped => out.push_str(" Skipped while it ran: cut short."),
                ItemStatus::Running => {
                    out.push(' ');
                    out.push_str(&r.open_text_in(crate::l10n::Lang::En).unwrap_or_default());
                }
                _ => {}
            }
            out
        }
        (_, None) => String::new(),
    }
}

/// One event of the exported day, in the words both frab formats use.
struct FrabEvent {
    id: u64,
    guid: String,
    title: String,
    subtitle: &'static str,
    kind: &'static str,
    start: DateTime<Utc>,
    length: TimeDelta,
    slug: String,
    persons: Vec<String>,
    description: String,
}

/// The session as one conference day in one room, its events in the order they ran.
struct FrabDay {
    title: String,
    acronym: String,
    room: String,
    day_start: DateTime<Utc>,
    day_end: DateTime<Utc>,
    events: Vec<FrabEvent>,
}

fn day(r: &Report) -> FrabDay {
    let s = &r.session;
    let room = s.room.clone().unwrap_or_else(|| s.title.clone());
    // The source's acronym as it is (`36c3`); made from the conference's name only without one.
    let acronym =
        s.acronym.clone().filter(|a| !a.trim().is_empty()).unwrap_or_else(|| {
            at_least_four(slugify(s.conference.as_deref().unwrap_or(&s.title), '_', 40), "_")
        });
    // Every event a positive, unique id: the source's where it is a number (frab, Indico), else
    // numbers above the largest of those (breaks have no id in most sources).
    let number = |row: &Row| row.id.as_deref().and_then(|id| id.parse::<u64>().ok()).filter(|n| *n > 0);
    let numeric = {
        let ids: Vec<u64> = r.rows.iter().filter_map(number).collect();
        let unique: std::collections::BTreeSet<u64> = ids.iter().copied().collect();
        (unique.len() == ids.len()).then(|| ids.iter().copied().max().unwrap_or(0))
    };
    let event_id = |row: &Row| match (numeric, number(row)) {
        (Some(_), Some(n)) => n,
        (Some(max), None) => max + row.index as u64,
        (None, _) => row.index as u64,
    };
    // Each item where it ran (or, not held, where it was planned), in that order.
    let mut rows: Vec<&Row> = r.rows.iter().collect();
    rows.sort_by_key(|row| (row.actual_start.unwrap_or(row.planned_start), row.position));
    let events: Vec<FrabEvent> = rows
        .into_iter()
        .map(|row| {
            let start = row.actual_start.unwrap_or(row.planned_start);
            let length = match (row.actual_start, row.actual) {
                (Some(_), Some(a)) => a,
                _ => TimeDelta::zero(),
            };
            let id = event_id(row);
            let title_slug = at_least_four(slugify(&row.title, '-', 60), "-x");
            let subtitle = match (row.status, row.actual_start.is_some()) {
                (ItemStatus::Skipped, false) => "skipped",
                (ItemStatus::Upcoming, _) => "not held",
                (ItemStatus::Skipped, true) => "skipped while running",
                (ItemStatus::Running, _) => "unfinished",
                _ => "",
            };
            FrabEvent {
                id,
                guid: guid(r, row),
                title: row.title.clone(),
                subtitle,
                kind: if row.kind == ItemKind::Break { "break" } else { "lecture" },
                start,
                length,
                slug: row.slug.clone().unwrap_or_else(|| format!("{acronym}-{id}-{title_slug}")),
                persons: row.speakers.clone(),
                description: what_happened(r, row),
            }
        })
        .collect();
    let day_start = events.iter().map(|e| e.start).min().unwrap_or(s.start);
    let day_end = events.iter().map(|e| e.start + e.length).max().unwrap_or(s.planned_end);
    FrabDay {
        title: s.conference.clone().unwrap_or_else(|| s.title.clone()),
        acronym,
        room,
        day_start,
        day_end,
        events,
    }
}

/// What the export is, for the `version` field.
fn version(r: &Report) -> String {
    format!(
        "{} as run, exported {}",
        if r.rehearsal.is_some() { "rehearsal" } else { "actual timings" },
        r.rfc3339(r.as_of)
    )
}

pub(super) fn xml(r: &Report) -> String {
    let s = &r.session;
    let rfc = |t: DateTime<Utc>| r.rfc3339(t);
    let d = day(r);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    let _ = writeln!(out, "  <generator name=\"chairtime\" version=\"{}\"/>", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(out, "  <version>{}</version>", version(r));
    let _ = writeln!(
        out,
        "  <conference>\n    <title>{}</title>\n    <acronym>{}</acronym>\n    <start>{}</start>\n    <end>{}</end>\n    <days>1</days>\n    <time_zone_name>{}</time_zone_name>\n  </conference>",
        escape(&d.title),
        d.acronym,
        s.date,
        s.date,
        escape(s.time_zone.name())
    );
    let _ = writeln!(
        out,
        "  <day index=\"1\" date=\"{}\" start=\"{}\" end=\"{}\">\n    <room name=\"{}\">",
        s.date,
        rfc(d.day_start),
        rfc(d.day_end),
        escape(&d.room)
    );
    for e in &d.events {
        let persons: String =
            e.persons.iter().map(|p| format!("\n          <person>{}</person>", escape(p))).collect();
        let _ = writeln!(
            out,
            "      <event id=\"{}\" guid=\"{}\">\n        <room>{}</room>\n        <title>{}</title>\n        <subtitle>{}</subtitle>\n        <type>{}</type>\n        <date>{}</date>\n        <start>{}</start>\n        <duration>{}</duration>\n        <abstract></abstract>\n        <slug>{}</slug>\n        <track>{}</track>\n        <persons>{persons}{}</persons>\n        <description>{}</description>\n      </event>",
            e.id,
            e.guid,
            escape(&d.room),
            escape(&e.title),
            e.subtitle,
            e.kind,
            rfc(e.start),
            s.local(e.start).format("%H:%M:%S"),
            hms(e.length),
            e.slug,
            escape(&s.title),
            if persons.is_empty() { "" } else { "\n        " },
            escape(&e.description)
        );
    }
    out.push_str("    </room>\n  </day>\n</schedule>\n");
    out
}

/// `H:MM`, to the nearest minute (the JSON schema's duration has no seconds; `end` has them).
fn hhmm_rounded(d: TimeDelta) -> String {
    let m = (d.num_seconds().max(0) + 30) / 60;
    format!("{}:{:02}", m / 60, m % 60)
}

/// The zone's name when it has the shape the JSON schema's pattern accepts (`Area/City` or
/// `UTC`); fixed offsets (`Etc/GMT-2`) are left out, the events' dates carry the offset anyway.
fn schema_zone_name(name: &str) -> Option<&str> {
    let word = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(|f| f.is_ascii_uppercase()) && c.next().is_some_and(|l| l.is_ascii_lowercase())
    };
    let fits = match name.split_once('/') {
        Some((area, city)) => {
            word(area) && area.chars().skip(1).all(|c| c.is_ascii_lowercase()) && word(city)
        }
        None => false,
    };
    (fits || name.ends_with("UTC")).then_some(name)
}

/// The frab/pretalx `schedule.json` shape, valid against the c3voc JSON schema: `start` and
/// `duration` to the minute (the schema's patterns), `date` and `end` to the second.
pub(super) fn json(r: &Report) -> String {
    use serde_json::{Map, Value, json};
    let s = &r.session;
    let rfc = |t: DateTime<Utc>| r.rfc3339(t);
    let d = day(r);
    let events: Vec<Value> = d
        .events
        .iter()
        .map(|e| {
            json!({
                "id": e.id,
                "guid": e.guid,
                "date": rfc(e.start),
                "start": s.local(e.start).format("%H:%M").to_string(),
                "end": rfc(e.start + e.length),
                "duration": hhmm_rounded(e.length),
                "room": d.room,
                "slug": e.slug,
                // No web page of its own: the event's guid as a URN.
                "url": format!("urn:uuid:{}", e.guid),
                "title": e.title,
                "subtitle": e.subtitle,
                "track": s.title,
                "type": e.kind,
                "language": Value::Null,
                "abstract": "",
                "description": e.description,
                "persons": e.persons.iter().map(|p| json!({ "name": p })).collect::<Vec<_>>(),
                "links": [],
            })
        })
        .collect();
    let mut rooms = Map::new();
    rooms.insert(d.room.clone(), Value::Array(events));
    let mut conference = json!({
        "acronym": d.acronym,
        "title": d.title,
        "start": s.date.to_string(),
        "end": s.date.to_string(),
        "daysCount": 1,
        "timeslot_duration": "00:05",
        "rooms": [{ "name": d.room, "guid": room_guid(r, &d.room) }],
        "days": [{
            "index": 1,
            "date": s.date.to_string(),
            "day_start": rfc(d.day_start),
            "day_end": rfc(d.day_end),
            "rooms": rooms,
        }],
    });
    if let (Some(zone), Some(c)) = (schema_zone_name(s.time_zone.name()), conference.as_object_mut()) {
        c.insert("time_zone_name".to_owned(), zone.into());
    }
    let doc = json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": { "name": "chairtime", "version": env!("CARGO_PKG_VERSION") },
        "schedule": { "version": version(r), "conference": conference },
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_and_slugs_have_the_schemas_shapes() {
        assert!(is_uuid("550e8400-e29b-41d4-a716-446655440000"));
        assert!(!is_uuid("448"));
        assert_eq!(slugify("Linux Plumbers Conference 2019", '_', 40), "linux_plumbers_conference_2019");
        assert_eq!(slugify("Do we need CAP_BPF_ADMIN?", '-', 60), "do-we-need-cap-bpf-admin");
        assert_eq!(at_least_four("ab".into(), "_"), "ab__");
        assert_eq!(hms(TimeDelta::seconds(1420)), "00:23:40");
        assert_eq!(hhmm_rounded(TimeDelta::seconds(1410)), "0:24");
        assert_eq!(hhmm_rounded(TimeDelta::seconds(3629)), "1:00");
    }

    #[test]
    fn zone_names_the_json_schema_refuses_are_left_out() {
        assert_eq!(schema_zone_name("Europe/Lisbon"), Some("Europe/Lisbon"));
        assert_eq!(schema_zone_name("America/Los_Angeles"), Some("America/Los_Angeles"));
        assert_eq!(schema_zone_name("UTC"), Some("UTC"));
        assert_eq!(schema_zone_name("Etc/GMT-2"), None);
    }
}
