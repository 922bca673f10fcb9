//! A spreadsheet exported as CSV: headers matched case-insensitively with aliases (Ontime's
//! column names, c3voc's two-row sheets, generic "Session Title, Date, Time Start…"), times as
//! `HH:MM`, `h:mm AM`, or full date-times; durations as `HH:MM`, `HH:MM:SS`, minutes or `PT20M`.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

use super::{Event, Imported, Options, at_line, local_to_utc, plain, resolve_zone, split_speakers};
use crate::error::LoadError;

const TITLE: &[&str] = &["title", "session title", "talk", "titel", "session", "event"];
const START: &[&str] = &["start", "time start", "starts at", "start time", "time", "uhrzeit", "begin"];
const DATE: &[&str] = &["date", "datum", "day"];
const END: &[&str] = &["end", "time end", "ends at", "end time", "ende"];
const DURATION: &[&str] = &["duration", "dauer", "length", "duration (min)", "minutes"];
const SPEAKERS: &[&str] =
    &["speakers", "speaker", "presenter", "presenters", "vortragende", "persons", "people"];
const ROOM: &[&str] = &["room", "location", "raum", "room/location"];
const TRACK: &[&str] = &["track", "schedule track"];
const ID: &[&str] = &["id", "guid", "uid", "code"];
const STATE: &[&str] = &["state", "status"];

fn column(headers: &[String], names: &[&str]) -> Option<usize> {
    names.iter().find_map(|n| headers.iter().position(|h| h == n))
}

fn time_of_day(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    ["%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M:%S %p", "%I:%M%p", "%H.%M"].iter().find_map(|f| {
        NaiveTime::parse_from_str(s, f).ok().or_else(|| NaiveTime::parse_from_str(&s.to_uppercase(), f).ok())
    })
}

fn date_time(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .or_else(|| chrono::DateTime::parse_from_rfc3339(s).ok().map(|t| t.naive_local()))
}

fn date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    ["%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%Y/%m/%d"].iter().find_map(|f| NaiveDate::parse_from_str(s, f).ok())
}

/// `HH:MM`, `HH:MM:SS`, integer minutes, or ISO `PT20M`.
fn duration(s: &str) -> Option<TimeDelta> {
    let s = s.trim();
    if let Ok(m) = s.parse::<i64>() {
        return TimeDelta::try_minutes(m).filter(|d| *d >= TimeDelta::zero());
    }
    if let Some(iso) = s.strip_prefix("PT").or_else(|| s.strip_prefix("pt")) {
        let (mut total, mut num) = (0i64, String::new());
        for c in iso.chars() {
            match c.to_ascii_uppercase() {
                '0'..='9' => num.push(c),
                u @ ('H' | 'M' | 'S') => {
                    let n: i64 = num.parse().ok()?;
                    num.clear();
                    total = total.checked_add(n.checked_mul(match u {
                        'H' => 3600,
                        'M' => 60,
                        _ => 1,
                    })?)?;
                }
                _ => return None,
            }
        }
        return if num.is_empty() { TimeDelta::try_seconds(total) } else { None };
    }
    let parts: Vec<i64> = s.split(':').map(|p| p.trim().parse::<i64>().ok()).collect::<Option<_>>()?;
    match parts.as_slice() {
        [h, m] if *m < 60 => h.checked_mul(3600).and_then(|h| TimeDelta::try_seconds(h + m * 60)),
        [h, m, sec] if *m < 60 && *sec < 60 => {
            h.checked_mul(3600).and_then(|h| TimeDelta::try_seconds(h + m * 60 + sec))
        }
        _ => None,
    }
}

/// Whether a line looks like a sheet's header row: cells split by `,`, `;` or tab, one of them a
/// title column and one a start column (for files whose name does not say CSV).
pub fn looks_like_header(line: &str) -> bool {
    let delimiter = delimiter_of(line);
    let cells: Vec<String> =
        line.split(char::from(delimiter)).map(|c| c.trim().trim_matches('"').trim().to_lowercase()).collect();
    cells.len() >= 2 && column(&cells, TITLE).is_some() && column(&cells, START).is_some()
}

/// The delimiter a header line uses most: `,`, `;` or tab.
fn delimiter_of(line: &str) -> u8 {
    [b',', b';', b'\t'].into_iter().max_by_key(|d| line.bytes().filter(|b| b == d).count()).unwrap_or(b',')
}

/// Reads a CSV schedule.
///
/// # Errors
/// No title or start column, unreadable cells, rows without a date when none is given; each
/// positioned at its line.
pub fn read(name: &str, text: &str, options: &Options) -> Result<Imported, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = delimiter_of(first_line);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(1, |p| usize::try_from(p.line()).unwrap_or(1));
            at_line(name, line, format!("not valid CSV: {e}"))
        })?;
        let line = record.position().map_or(1, |p| usize::try_from(p.line()).unwrap_or(1));
        rows.push((line, record.iter().map(str::to_owned).collect()));
    }
    let norm = |r: &[String]| r.iter().map(|h| h.trim().to_lowercase()).collect::<Vec<_>>();
    // The header is the first row with a title column (c3voc sheets have a group row above it).
    let Some(header_at) = rows.iter().take(3).position(|(_, r)| column(&norm(r), TITLE).is_some()) else {
        return Err(at_line(
            name,
            1,
            format!(
                "expected a header row with a title column (one of: {}); found {first_line:?}",
                TITLE.join(", ")
            ),
        ));
    };
    let headers = norm(&rows[header_at].1);
    let col = |names| column(&headers, names);
    let (title_c, start_c) = (col(TITLE), col(START));
    let Some(start_c) = start_c else {
        return Err(at_line(
            name,
            rows[header_at].0,
            format!("expected a start column (one of: {})", START.join(", ")),
        ));
    };
    let (date_c, end_c, dur_c, spk_c, room_c, track_c, id_c, state_c) =
        (col(DATE), col(END), col(DURATION), col(SPEAKERS), col(ROOM), col(TRACK), col(ID), col(STATE));
    let mut warnings = Vec::new();
    let (tz, tz_note) = resolve_zone(options, None, None, &mut warnings);
    let mut events = Vec::new();
    for (line, row) in rows.iter().skip(header_at + 1) {
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).map(|s| s.trim()).unwrap_or_default();
        let title = plain(cell(title_c));
        if title.is_empty() {
            continue;
        }
        let state = cell(state_c).to_lowercase();
        if !state.is_empty() && !["confirmed", "accepted", "scheduled"].contains(&state.as_str()) {
            continue;
        }
        let start_text = cell(Some(start_c));
        let start = match (date_time(start_text), time_of_day(start_text)) {
            (Some(dt), _) => dt,
            (None, Some(t)) => {
                let Some(d) = options.date.or_else(|| date(cell(date_c))) else {
                    let found = cell(date_c);
                    let why = if found.is_empty() {
                        "no date column or value".to_owned()
                    } else {
                        format!("cannot read the date {found:?}")
                    };
                    return Err(at_line(
                        name,
                        *line,
                        format!("{title:?}: {why}; add a date column or pass --date YYYY-MM-DD"),
                    ));
                };
                d.and_time(t)
            }
            (None, None) => {
                return Err(at_line(
                    name,
                    *line,
                    format!(
                        "{title:?}: expected a start time such as 15:00 or 3:00 PM, found {start_text:?}"
                    ),
                ));
            }
        };
        let length = match (cell(dur_c), cell(end_c)) {
            (d, _) if !d.is_empty() => duration(d).ok_or_else(|| {
                at_line(name, *line, format!("{title:?}: expected a duration such as 0:20, 00:20:00, 20 (minutes) or PT20M, found {d:?}"))
            })?,
            (_, e) if !e.is_empty() => {
                let end = date_time(e).or_else(|| time_of_day(e).map(|t| start.date().and_time(t))).ok_or_else(|| {
                    at_line(name, *line, format!("{title:?}: expected an end time such as 15:20, found {e:?}"))
                })?;
                let end = if end < start { end.checked_add_signed(TimeDelta::days(1)).unwrap_or(end) } else { end };
                end - start
            }
            _ => return Err(at_line(name, *line, format!("{title:?}: no duration and no end time"))),
        };
        let speakers = split_speakers(cell(spk_c));
        events.push(Event {
            guid: None,
            slug: None,
            id: Some(cell(id_c).to_owned()).filter(|s| !s.is_empty()),
            title,
            speakers,
            start: local_to_utc(tz, start),
            length,
            room: Some(plain(cell(room_c))).filter(|s| !s.is_empty()),
            track: Some(plain(cell(track_c))).filter(|s| !s.is_empty()),
            day: start.date(),
            is_break: false,
            line: *line,
        });
    }
    Ok(Imported {
        format: "CSV",
        conference: None,
        acronym: None,
        time_zone: tz,
        tz_note,
        events,
        warnings,
        room_warnings: Vec::new(),
    })
}
