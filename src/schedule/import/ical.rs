//! iCalendar: Indico's export (UTC times, speakers in DESCRIPTION as "Speakers: …", LOCATION as
//! "room (venue)"), pretalx's (speakers after " - " in SUMMARY), and others (`TZID=` without a
//! VTIMEZONE, floating times, DURATION instead of DTEND, folded and badly folded lines,
//! `ATTENDEE;CN=`).

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;

use super::{Event, Imported, Options, at_line, local_to_utc, plain, resolve_zone, split_speakers};
use crate::error::LoadError;

/// One content line: name, parameters, value, and the line it started on.
#[derive(Debug, Clone)]
struct Prop {
    name: String,
    params: Vec<(String, String)>,
    value: String,
    line: usize,
}

impl Prop {
    fn param(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v.as_str())
    }
}

/// Whether bytes start like an iCalendar file (after blank space).
pub(crate) fn starts_like_ical(bytes: &[u8]) -> bool {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    bytes[start..].get(..15).is_some_and(|h| h.eq_ignore_ascii_case(b"BEGIN:VCALENDAR"))
}

/// Unfolds content lines on bytes, before any decoding (RFC 5545 §3.1): a line break (CRLF or
/// LF) followed by one space or tab is removed. Generators fold at 75 octets, often inside a
/// multi-byte UTF-8 character, so unfolding after decoding would see broken characters.
///
/// Each removed break is put back as an empty line after the logical line, so every line keeps
/// its number: a property's line is the first physical line it was written on.
pub(crate) fn unfold_bytes(bytes: &[u8]) -> Cow<'_, [u8]> {
    let is_fold = |i: usize| -> Option<usize> {
        let after = match bytes.get(i..)? {
            [b'\r', b'\n', ..] => i + 2,
            [b'\n', ..] => i + 1,
            _ => return None,
        };
        matches!(bytes.get(after), Some(b' ' | b'\t')).then_some(after + 1)
    };
    if !(0..bytes.len()).any(|i| is_fold(i).is_some()) {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut pending = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(next) = is_fold(i) {
            pending += 1;
            i = next;
            continue;
        }
        let b = bytes[i];
        out.push(b);
        i += 1;
        if b == b'\n' {
            out.extend(std::iter::repeat_n(b'\n', pending));
            pending = 0;
        }
    }
    out.extend(std::iter::repeat_n(b'\n', pending));
    Cow::Owned(out)
}

fn looks_like_property(line: &str) -> bool {
    let name_end = line.find([':', ';']).unwrap_or(0);
    name_end > 0 && line[..name_end].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Unfolds lines (a leading space or tab continues the line before; a line that cannot start a
/// property also continues it: some generators fold without the space) and splits properties.
/// Files read from bytes were unfolded already by [`unfold_bytes`]; this pass is for text
/// handed over directly, and for the folds without the space.
fn properties(text: &str) -> Vec<Prop> {
    let mut out: Vec<Prop> = Vec::new();
    let mut raw: Vec<(usize, String)> = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        match raw.last_mut() {
            Some(last) if line.starts_with([' ', '\t']) => last.1.push_str(&line[1..]),
            Some(last) if !line.is_empty() && !looks_like_property(line) => last.1.push_str(line),
            _ if line.is_empty() => {}
            _ => raw.push((i + 1, line.to_owned())),
        }
    }
    for (line, text) in raw {
        // The value starts at the first ':' outside double quotes.
        let mut in_quotes = false;
        let colon = text.char_indices().find(|&(_, c)| {
            if c == '"' {
                in_quotes = !in_quotes;
            }
            c == ':' && !in_quotes
        });
        let Some((colon, _)) = colon else { continue };
        let (head, value) = (&text[..colon], &text[colon + 1..]);
        let mut parts = head.split(';');
        let name = parts.next().unwrap_or_default().to_ascii_uppercase();
        let params = parts
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_ascii_uppercase(), v.trim_matches('"').to_owned()))
            .collect();
        out.push(Prop { name, params, value: value.to_owned(), line });
    }
    out
}

fn unescape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// An ISO 8601 duration as iCalendar writes it: `PT20M`, `PT1H30M`, `P1D`, `P1W`.
fn iso_duration(v: &str) -> Option<TimeDelta> {
    let v = v.trim();
    let (neg, v) = v.strip_prefix('-').map_or((false, v.trim_start_matches('+')), |r| (true, r));
    let v = v.strip_prefix('P')?;
    let mut total = 0i64;
    let mut num = String::new();
    let mut in_time = false;
    for c in v.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' => num.push(c),
            unit => {
                let n: i64 = num.parse().ok()?;
                num.clear();
                total = total.checked_add(n.checked_mul(match (unit, in_time) {
                    ('W', false) => 604_800,
                    ('D', false) => 86_400,
                    ('H', true) => 3600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return None,
                })?)?;
            }
        }
    }
    if !num.is_empty() {
        return None;
    }
    TimeDelta::try_seconds(if neg { -total } else { total })
}

enum When {
    Utc(DateTime<Utc>),
    Local(NaiveDateTime, Option<Tz>),
    Date,
}

fn when(p: &Prop) -> Option<When> {
    let v = p.value.trim();
    if p.param("VALUE").is_some_and(|x| x.eq_ignore_ascii_case("DATE")) || (v.len() == 8 && !v.contains('T'))
    {
        return NaiveDate::parse_from_str(v, "%Y%m%d").ok().map(|_| When::Date);
    }
    if let Some(utc) = v.strip_suffix('Z') {
        return NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S").ok().map(|t| When::Utc(t.and_utc()));
    }
    let t = NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S").ok()?;
    Some(When::Local(t, p.param("TZID").and_then(|z| z.trim_start_matches('/').parse::<Tz>().ok())))
}

/// Reads an iCalendar file.
///
/// # Errors
/// A file that is not a calendar, or an event whose start cannot be read, positioned.
pub fn read(name: &str, text: &str, options: &Options) -> Result<Imported, LoadError> {
    let props = properties(text.trim_start_matches('\u{feff}'));
    if !props.first().is_some_and(|p| p.name == "BEGIN" && p.value.trim().eq_ignore_ascii_case("VCALENDAR")) {
        return Err(at_line(name, 1, "expected an iCalendar file starting with BEGIN:VCALENDAR"));
    }
    let prodid =
        props.iter().find(|p| p.name == "PRODID").map(|p| p.value.to_lowercase()).unwrap_or_default();
    let indico = prodid.contains("indico");
    let pretalx = prodid.contains("pretalx");
    let calendar_zone = props.iter().find(|p| p.name == "X-WR-TIMEZONE").map(|p| p.value.trim().to_owned());
    let first_tzid = props.iter().find_map(|p| p.param("TZID").map(|z| z.trim_start_matches('/').to_owned()));
    let mut warnings = Vec::new();
    let named = first_tzid.or(calendar_zone);
    let (tz, tz_note) = resolve_zone(options, named.as_deref(), None, &mut warnings);
    let title = props
        .iter()
        .find(|p| p.name == "X-WR-CALNAME" || p.name == "X-WR-CALDESC")
        .map(|p| unescape(&p.value));
    let mut events = Vec::new();
    let mut current: Option<Vec<&Prop>> = None;
    let mut all_day = 0;
    for p in &props {
        match (p.name.as_str(), p.value.trim().to_ascii_uppercase().as_str()) {
            ("BEGIN", "VEVENT") => current = Some(Vec::new()),
            ("END", "VEVENT") => {
                let Some(ev) = current.take() else { continue };
                let get = |n: &str| ev.iter().find(|p| p.name == n).copied();
                let begin_line = ev.first().map_or(p.line, |p| p.line);
                let Some(dtstart) = get("DTSTART") else {
                    return Err(at_line(name, begin_line, "an event has no DTSTART"));
                };
                let to_utc = |w: When| match w {
                    When::Utc(t) => Some(t),
                    When::Local(t, zone) => Some(local_to_utc(zone.unwrap_or(tz), t)),
                    When::Date => None,
                };
                let Some(start_when) = when(dtstart) else {
                    return Err(at_line(
                        name,
                        dtstart.line,
                        format!("expected DTSTART as YYYYMMDDTHHMMSS[Z], found {:?}", dtstart.value),
                    ));
                };
                let Some(start) = to_utc(start_when) else {
                    all_day += 1;
                    continue;
                };
                let length = match (get("DTEND"), get("DURATION")) {
                    (Some(end), _) => match when(end).and_then(to_utc) {
                        Some(e) => e - start,
                        None => {
                            return Err(at_line(
                                name,
                                end.line,
                                format!("expected DTEND as YYYYMMDDTHHMMSS[Z], found {:?}", end.value),
                            ));
                        }
                    },
                    (None, Some(d)) => iso_duration(&d.value).ok_or_else(|| {
                        at_line(name, d.line, format!("expected DURATION such as PT20M, found {:?}", d.value))
                    })?,
                    (None, None) => TimeDelta::zero(),
                };
                let mut summary = get("SUMMARY").map(|p| plain(&unescape(&p.value))).unwrap_or_default();
                let description = get("DESCRIPTION").map(|p| unescape(&p.value)).unwrap_or_default();
                let mut speakers: Vec<String> = ev
                    .iter()
                    .filter(|p| p.name == "ATTENDEE")
                    .filter_map(|p| p.param("CN").map(plain))
                    .filter(|c| !c.is_empty())
                    .collect();
                if speakers.is_empty() {
                    let first_line = description.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
                    let stripped = plain(first_line);
                    if let Some(list) =
                        stripped.strip_prefix("Speakers:").or_else(|| stripped.strip_prefix("Speaker:"))
                    {
                        speakers = split_speakers(list);
                    }
                }
                // pretalx writes "<title> - <speaker names>" in SUMMARY.
                if pretalx && let Some((t, who)) = summary.clone().rsplit_once(" - ") {
                    if speakers.is_empty() {
                        speakers = split_speakers(who);
                    }
                    summary = t.trim().to_owned();
                }
                let location = get("LOCATION").map(|p| plain(&unescape(&p.value))).filter(|l| !l.is_empty());
                let room = match location {
                    Some(l) if indico => {
                        Some(l.split_once(" (").map_or(l.clone(), |(r, _)| r.trim().to_owned()))
                    }
                    other => other,
                };
                let local = start.with_timezone(&tz).naive_local();
                // A conference day runs past midnight: events before 04:00 belong to the day before.
                let cut = NaiveTime::from_hms_opt(4, 0, 0).unwrap_or_default();
                let day = if local.time() < cut {
                    local.date().pred_opt().unwrap_or(local.date())
                } else {
                    local.date()
                };
                let categories =
                    get("CATEGORIES").map(|p| unescape(&p.value)).filter(|c| !c.trim().is_empty());
                events.push(Event {
                    guid: None,
                    slug: None,
                    id: get("UID").map(|p| p.value.trim().to_owned()),
                    title: if summary.is_empty() { "(untitled)".to_owned() } else { summary },
                    speakers,
                    start,
                    length,
                    room,
                    track: categories,
                    day,
                    is_break: false,
                    line: begin_line,
                });
            }
            _ => {
                if let Some(ev) = current.as_mut() {
                    ev.push(p);
                }
            }
        }
    }
    if all_day > 0 {
        let (verb, are) = if all_day == 1 { ("has", "is") } else { ("have", "are") };
        warnings.push(format!(
            "{} {} {verb} no time of day and {are} left out",
            super::events(all_day),
            if all_day == 1 { "lasts all day: it" } else { "last all day: they" }
        ));
    }
    let format = if indico {
        "Indico iCalendar"
    } else if pretalx {
        "pretalx iCalendar"
    } else {
        "iCalendar"
    };
    Ok(Imported {
        format,
        conference: title,
        acronym: None,
        time_zone: tz,
        tz_note,
        events,
        warnings,
        room_warnings: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_durations_as_calendars_write_them() {
        assert_eq!(iso_duration("PT20M"), Some(TimeDelta::minutes(20)));
        assert_eq!(iso_duration("PT1H30M"), Some(TimeDelta::minutes(90)));
        assert_eq!(iso_duration("P1D"), Some(TimeDelta::days(1)));
        assert_eq!(iso_duration("PT"), Some(TimeDelta::zero()));
        assert_eq!(iso_duration("20M"), None);
        assert_eq!(iso_duration("PT20"), None);
    }

    #[test]
    fn folded_lines_are_unfolded_even_without_the_space() {
        let props = properties(
            "BEGIN:VCALENDAR\r\nDESCRIPTION:Speakers: Ada\r\n  (Analytical)\r\nbadly folded\r\nEND:VCALENDAR\r\n",
        );
        assert_eq!(props[1].value, "Speakers: Ada (Analytical)badly folded");
        assert_eq!(props[1].line, 2);
    }

    #[test]
    fn folds_are_removed_on_bytes_and_lines_keep_their_numbers() {
        let bytes = b"BEGIN:VCALENDAR\r\nSUMMARY:Caf\xc3\r\n \xa9\r\nLOCATION:x\n\ty\n\tz\nEND:VCALENDAR";
        let out = unfold_bytes(bytes);
        assert_eq!(
            out.as_ref(),
            b"BEGIN:VCALENDAR\r\nSUMMARY:Caf\xc3\xa9\r\n\nLOCATION:xyz\n\n\nEND:VCALENDAR".as_slice()
        );
        let text = std::str::from_utf8(&out).unwrap();
        let props = properties(text);
        assert_eq!((props[1].value.as_str(), props[1].line), ("Caf\u{e9}", 2));
        assert_eq!((props[2].value.as_str(), props[2].line), ("xyz", 4));
        assert_eq!((props[3].name.as_str(), props[3].line), ("END", 7));
        assert!(matches!(unfold_bytes(b"BEGIN:VCALENDAR\r\n"), Cow::Borrowed(_)));
    }
}
