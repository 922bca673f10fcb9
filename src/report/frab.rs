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

/// The item's guid: the source's, when it is one, else a UUID made from the session and the item
/// (the same for the same session every time it is exported).
fn guid(r: &Report, row: &Row) -> String {
    if let Some(id) = row.id.as_deref().filter(|id| is_uuid(id)) {
        return id.to_lowercase();
    }
    let s = &r.session;
    let key = format!(
        "chairtime|{}|{}|{}|{}|{}",
        s.conference.as_deref().unwrap_or(""),
        s.title,
        s.date,
        row.index,
        row.title
    );
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
                ItemStatus::Running => out.push_str(" Still running when exported."),
                _ => {}
            }
            out
        }
        (_, None) => String::new(),
    }
}

pub(super) fn xml(r: &Report) -> String {
    let s = &r.session;
    let rfc = |t: DateTime<Utc>| s.local(t).format("%Y-%m-%dT%H:%M:%S%:z").to_string();
    let room = s.room.clone().unwrap_or_else(|| s.title.clone());
    let acronym = at_least_four(slugify(s.conference.as_deref().unwrap_or(&s.title), '_', 40), "_");
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
    let place = |row: &Row| {
        let start = row.actual_start.unwrap_or(row.planned_start);
        let length = match (row.actual_start, row.actual) {
            (Some(_), Some(a)) => a,
            _ => TimeDelta::zero(),
        };
        (start, length)
    };
    let day_start = rows.iter().map(|row| place(row).0).min().unwrap_or(s.start);
    let day_end = rows.iter().map(|row| place(row).0 + place(row).1).max().unwrap_or(s.planned_end);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    let _ = writeln!(out, "  <generator name=\"chairtime\" version=\"{}\"/>", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(
        out,
        "  <version>{} as run, exported {}</version>",
        if r.rehearsal.is_some() { "rehearsal" } else { "actual timings" },
        rfc(r.as_of)
    );
    let _ = writeln!(
        out,
        "  <conference>\n    <title>{}</title>\n    <acronym>{acronym}</acronym>\n    <start>{}</start>\n    <end>{}</end>\n    <days>1</days>\n    <time_zone_name>{}</time_zone_name>\n  </conference>",
        escape(s.conference.as_deref().unwrap_or(&s.title)),
        s.date,
        s.date,
        escape(s.time_zone.name())
    );
    let _ = writeln!(
        out,
        "  <day index=\"1\" date=\"{}\" start=\"{}\" end=\"{}\">\n    <room name=\"{}\">",
        s.date,
        rfc(day_start),
        rfc(day_end),
        escape(&room)
    );
    for row in rows {
        let (start, length) = place(row);
        let id = event_id(row);
        let title_slug = at_least_four(slugify(&row.title, '-', 60), "-x");
        let held = row.actual_start.is_some();
        let subtitle = match (row.status, held) {
            (ItemStatus::Skipped, false) => "skipped",
            (ItemStatus::Upcoming, _) => "not held",
            (ItemStatus::Skipped, true) => "skipped while running",
            _ => "",
        };
        let persons: String =
            row.speakers.iter().map(|p| format!("\n          <person>{}</person>", escape(p))).collect();
        let _ = writeln!(
            out,
            "      <event id=\"{id}\" guid=\"{}\">\n        <room>{}</room>\n        <title>{}</title>\n        <subtitle>{subtitle}</subtitle>\n        <type>{}</type>\n        <date>{}</date>\n        <start>{}</start>\n        <duration>{}</duration>\n        <abstract></abstract>\n        <slug>{acronym}-{id}-{title_slug}</slug>\n        <track>{}</track>\n        <persons>{persons}{}</persons>\n        <description>{}</description>\n      </event>",
            guid(r, row),
            escape(&room),
            escape(&row.title),
            if row.kind == ItemKind::Break { "break" } else { "lecture" },
            rfc(start),
            s.local(start).format("%H:%M:%S"),
            hms(length),
            escape(&s.title),
            if persons.is_empty() { "" } else { "\n        " },
            escape(&what_happened(r, row))
        );
    }
    out.push_str("    </room>\n  </day>\n</schedule>\n");
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
    }
}
