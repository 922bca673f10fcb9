//! Corrections for SReview, the video review system FOSDEM and DebConf cut their talks with
//! (docs/exports.md, "SReview"): per talk that ran, the schedule's id (SReview's `upstreamid`: the
//! frab/pentabarf `<event id>`) and the corrections SReview applies to the scheduled times, in
//! seconds, so that review starts from when the talk really ran instead of when it was planned:
//!
//! - `offset_start`: actual start − scheduled start (positive: it started later; SReview moves
//!   both the start and the end by it);
//! - `offset_end`: actual end − scheduled end (SReview's review form keeps it, and recomputes
//!   `length_adj` from it: without it the first review would undo the end's correction);
//! - `length_adj`: `offset_end − offset_start` (the cut ends at scheduled end + offset_start +
//!   length_adj, the actual end).
//!
//! JSON, with the scheduled and actual instants beside, for a script that writes SReview's
//! `corrections` table (docs/exports.md has the SQL).

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use super::Report;
use crate::schedule::ItemKind;

#[derive(Serialize)]
struct Doc<'a> {
    format: &'static str,
    version: u32,
    session: &'a str,
    room: Option<&'a str>,
    /// A rehearsal: its times are not the talks' (nothing here should be applied).
    rehearsal: bool,
    talks: Vec<Talk<'a>>,
    /// Talks of the plan that did not run here (skipped, or not reached): no correction.
    not_run: Vec<NotRun<'a>>,
}

#[derive(Serialize)]
struct Talk<'a> {
    /// SReview's `upstreamid`: the schedule's event id (`null` when the schedule has none).
    upstreamid: Option<&'a str>,
    guid: Option<&'a str>,
    slug: Option<&'a str>,
    title: &'a str,
    speakers: &'a [String],
    scheduled_start: String,
    scheduled_end: String,
    actual_start: String,
    actual_end: String,
    corrections: Corrections,
}

#[derive(Serialize)]
struct Corrections {
    offset_start: f64,
    offset_end: f64,
    length_adj: f64,
}

#[derive(Serialize)]
struct NotRun<'a> {
    upstreamid: Option<&'a str>,
    title: &'a str,
    status: String,
}

fn seconds(d: TimeDelta) -> f64 {
    d.num_milliseconds() as f64 / 1000.0
}

fn instant(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub(super) fn render(r: &Report) -> String {
    let mut talks = Vec::new();
    let mut not_run = Vec::new();
    for row in r.rows.iter().filter(|row| row.kind == ItemKind::Slot) {
        let planned_end = row.planned_start + row.planned;
        match (row.actual_start, row.actual_end) {
            (Some(start), Some(end)) => {
                let (offset_start, offset_end) = (start - row.planned_start, end - planned_end);
                talks.push(Talk {
                    upstreamid: row.id.as_deref(),
                    guid: row.guid.as_deref(),
                    slug: row.slug.as_deref(),
                    title: &row.title,
                    speakers: &row.speakers,
                    scheduled_start: instant(row.planned_start),
                    scheduled_end: instant(planned_end),
                    actual_start: instant(start),
                    actual_end: instant(end),
                    corrections: Corrections {
                        offset_start: seconds(offset_start),
                        offset_end: seconds(offset_end),
                        length_adj: seconds(offset_end - offset_start),
                    },
                });
            }
            _ => not_run.push(NotRun {
                upstreamid: row.id.as_deref(),
                title: &row.title,
                status: format!("{:?}", row.status).to_lowercase(),
            }),
        }
    }
    let doc = Doc {
        format: "chairtime-sreview",
        version: 1,
        session: &r.session.title,
        room: r.session.room.as_deref(),
        rehearsal: r.rehearsal.is_some(),
        talks,
        not_run,
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
