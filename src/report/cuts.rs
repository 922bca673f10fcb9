//! Cut points for the video team: per item and recording, where the item is in that recording —
//! `in` and `out` as `HH:MM:SS.mmm` from the recording's start — as CSV, for a script that calls
//! ffmpeg (docs/exports.md). An item split across two recordings has a row in each. Without
//! recording marks, one pseudo-recording from the session's actual start (`counted_from` says so).

use chrono::{DateTime, TimeDelta, Utc};

use super::Report;

/// `HH:MM:SS.mmm` (never negative).
pub fn timestamp(d: TimeDelta) -> String {
    let ms = d.num_milliseconds().max(0);
    format!("{:02}:{:02}:{:02}.{:03}", ms / 3_600_000, (ms / 60_000) % 60, (ms / 1000) % 60, ms % 1000)
}

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

pub(super) fn render(r: &Report) -> String {
    let s = &r.session;
    let mut out = String::from(
        "recording,counted_from,recording_start,position,index,id,title,speakers,in,out,in_seconds,out_seconds,whole,rehearsal\n",
    );
    let spans: Vec<(String, &str, DateTime<Utc>, DateTime<Utc>)> = if r.recordings.is_empty() {
        r.started.map(|st| (String::new(), "session start", st, r.as_of)).into_iter().collect()
    } else {
        r.recordings
            .iter()
            .enumerate()
            .map(|(n, rec)| ((n + 1).to_string(), "recording", rec.start, rec.stop.unwrap_or(r.as_of)))
            .collect()
    };
    for (name, from, origin, until) in &spans {
        for row in &r.rows {
            let Some(start) = row.actual_start else { continue };
            let end = row.actual_end.unwrap_or(r.as_of);
            if end <= *origin || start >= *until {
                continue;
            }
            let (a, b) = (start.max(*origin) - *origin, end.min(*until) - *origin);
            let whole = start >= *origin && end <= *until;
            out.push_str(&format!(
                "{name},{from},{},{},{},{},{},{},{},{},{:.3},{:.3},{},{}\n",
                s.local(*origin).format("%Y-%m-%dT%H:%M:%S%.3f%:z"),
                row.position,
                row.index,
                field(row.id.as_deref().unwrap_or_default()),
                field(&row.title),
                field(&row.speakers.join(", ")),
                timestamp(a),
                timestamp(b),
                a.num_milliseconds() as f64 / 1000.0,
                b.num_milliseconds() as f64 / 1000.0,
                if whole { "yes" } else { "no" },
                r.rehearsal.is_some()
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_hours_minutes_seconds_and_milliseconds() {
        assert_eq!(timestamp(TimeDelta::milliseconds(3_723_045)), "01:02:03.045");
        assert_eq!(timestamp(TimeDelta::milliseconds(-5)), "00:00:00.000");
    }
}
