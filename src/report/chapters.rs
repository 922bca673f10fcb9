//! Chapter marks for the session recording: `H:MM:SS Title — Speakers`, first line `0:00:00`.
//! Video sites read these from the description. With recordings marked, each recording has its
//! own list, counted from its start; without, one list counted from the session's actual start.

use chrono::{DateTime, Utc};

use super::{Report, Row, whole_seconds};

pub(super) fn render(r: &Report) -> String {
    match r.recordings.len() {
        0 => r.started.map(|origin| list(r, origin, None)).unwrap_or_default(),
        1 => for_recording(r, 0),
        _ => {
            // On one screen: each recording's list under a line naming it (files: one each).
            let s = &r.session;
            let mut out = String::new();
            for (n, rec) in r.recordings.iter().enumerate() {
                let stop = rec.stop.map_or_else(
                    || crate::tr!("chapters-not-stopped"),
                    |t| s.local(t).format("%H:%M:%S").to_string(),
                );
                let heading = crate::tr!(
                    "chapters-recording",
                    n = n + 1,
                    from = s.local(rec.start).format("%H:%M:%S").to_string(),
                    to = stop
                );
                out.push_str(&format!("{}{heading}\n", if n == 0 { "" } else { "\n" }));
                out.push_str(&for_recording(r, n));
            }
            out
        }
    }
}

/// The list for recording `n` (from 0): the items that ran while it recorded.
pub(super) fn for_recording(r: &Report, n: usize) -> String {
    let Some(rec) = r.recordings.get(n) else { return String::new() };
    list(r, rec.start, Some(rec.stop.unwrap_or(r.as_of)))
}

/// The items that ran between `origin` and `until` (all of them without `until`), from `origin`.
/// A recording that starts before the first item opens with `0:00:00 Before the session`: video
/// sites want the first chapter at zero.
fn list(r: &Report, origin: DateTime<Utc>, until: Option<DateTime<Utc>>) -> String {
    let mut out = String::new();
    let first = r.rows.iter().filter_map(|row| row.actual_start).min();
    if until.is_some() && first.is_some_and(|f| whole_seconds(f - origin) > 0) {
        out.push_str(&format!("0:00:00 {}\n", crate::tr!("chapters-before-the-session")));
    }
    for row in &r.rows {
        let Some(start) = row.actual_start else { continue };
        let end = row.actual_end.unwrap_or(r.as_of);
        if let Some(until) = until
            && (end <= origin || start >= until)
        {
            continue;
        }
        let s = whole_seconds(start - origin).max(0);
        out.push_str(&format!("{}:{:02}:{:02} {}\n", s / 3600, (s % 3600) / 60, s % 60, title(r, row)));
    }
    out
}

fn title(r: &Report, row: &Row) -> String {
    let title = if row.speakers.is_empty() {
        row.title.clone()
    } else {
        format!("{} — {}", row.title, row.speakers.join(", "))
    };
    // Chapters of a rehearsal must never be mistaken for the real day's.
    let title = if r.rehearsal.is_some() { crate::tr!("chapters-rehearsal", title = title) } else { title };
    title.replace('\n', " ")
}
