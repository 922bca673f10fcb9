//! Chapter marks for the session recording: `H:MM:SS Title — Speakers`, relative to the session's
//! actual start, first line `0:00:00`. Video sites read these from the description.

use super::{Report, whole_seconds};

pub(super) fn render(r: &Report) -> String {
    let Some(origin) = r.started else { return String::new() };
    let mut out = String::new();
    for row in r.rows.iter().filter(|row| row.actual_start.is_some()) {
        let Some(start) = row.actual_start else { continue };
        let s = whole_seconds(start - origin).max(0);
        let title = if row.speakers.is_empty() {
            row.title.clone()
        } else {
            format!("{} — {}", row.title, row.speakers.join(", "))
        };
        // Chapters of a rehearsal must never be mistaken for the real day's.
        let title = if r.rehearsal.is_some() { format!("(rehearsal) {title}") } else { title };
        out.push_str(&format!(
            "{}:{:02}:{:02} {}\n",
            s / 3600,
            (s % 3600) / 60,
            s % 60,
            title.replace('\n', " ")
        ));
    }
    out
}
