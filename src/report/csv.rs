//! CSV: one row per item that ran or was skipped, RFC 4180 quoting, times with the session's offset.

use super::{Report, whole_seconds};

/// The header; the first ten columns are the documented contract, the rest are extras. New
/// columns are only ever appended, so that readers that go by position keep working.
pub const HEADER: &str = "index,id,title,speakers,planned_start,actual_start,actual_end,planned_seconds,actual_seconds,overrun_seconds,position,kind,status,paused_seconds,allotted_seconds,used_seconds,speaker_over_seconds,rehearsal,unfinished_as_of,guid,slug";

pub(super) fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

pub(super) fn render(r: &Report) -> String {
    let mut out = String::from(HEADER);
    out.push_str("\r\n");
    for row in r.ran_or_skipped() {
        let opt_time = |t: Option<chrono::DateTime<chrono::Utc>>| t.map(|t| r.rfc3339(t)).unwrap_or_default();
        let cells = [
            row.index.to_string(),
            field(row.id.as_deref().unwrap_or("")),
            field(&row.title),
            field(&row.speakers.join("; ")),
            r.rfc3339(row.planned_start),
            opt_time(row.actual_start),
            opt_time(row.actual_end),
            whole_seconds(row.planned).to_string(),
            row.actual.map(|a| whole_seconds(a).to_string()).unwrap_or_default(),
            row.overrun().map(|o| whole_seconds(o).to_string()).unwrap_or_default(),
            row.position.to_string(),
            format!("{:?}", row.kind).to_lowercase(),
            format!("{:?}", row.status).to_lowercase(),
            whole_seconds(row.paused).to_string(),
            whole_seconds(row.allotted()).to_string(),
            row.used.map(|u| whole_seconds(u).to_string()).unwrap_or_default(),
            row.speaker_over().map(|o| whole_seconds(o).to_string()).unwrap_or_default(),
            r.rehearsal.is_some().to_string(),
            // Empty for a finished session; else the instant the figures count up to.
            r.open.map(|_| r.rfc3339(r.as_of)).unwrap_or_default(),
            field(row.guid.as_deref().unwrap_or("")),
            field(row.slug.as_deref().unwrap_or("")),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}
