//! The session on its time axis: each item's planned block and what actually ran (pauses, the time
//! beyond the planned length), the messages, the planned and hard ends, now and the projected end.
//! One model for the report page's timeline (docs/exports.md) and the chair window's strip;
//! instants only, no drawing.

use chrono::{DateTime, TimeDelta, Timelike, Utc};

use super::Report;
use crate::schedule::{ItemKind, Session};
use crate::timing::engine::ItemStatus;

/// A stretch of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// From.
    pub start: DateTime<Utc>,
    /// To.
    pub end: DateTime<Utc>,
}

impl Span {
    /// Its length.
    pub fn length(&self) -> TimeDelta {
        self.end - self.start
    }
}

/// What an item actually did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// From its actual start to its end (or the timeline's instant while it runs).
    pub span: Span,
    /// Still running.
    pub running: bool,
    /// Its pauses (one still going ends at the timeline's instant).
    pub pauses: Vec<Span>,
    /// The end of the run beyond its planned length (pauses included): *Over plan* in the reports.
    /// Only once it ended.
    pub over: Option<Span>,
}

/// One item: where the plan put it and what it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// Position in the running order, from 1.
    pub position: usize,
    /// Position in the plan, from 1.
    pub index: usize,
    /// Slot or break.
    pub kind: ItemKind,
    /// What happened to it.
    pub status: ItemStatus,
    /// Its title.
    pub title: String,
    /// The plan's block.
    pub planned: Span,
    /// The run, if it started.
    pub run: Option<Run>,
}

/// The whole session on one axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The axis: quarter hours (in the session's zone) around everything shown.
    pub axis: Span,
    /// The items in running order.
    pub lanes: Vec<Lane>,
    /// Messages to the speaker: when, the text, and the lane (index into `lanes`) then running.
    pub messages: Vec<(DateTime<Utc>, String, Option<usize>)>,
    /// The plan's end.
    pub planned_end: DateTime<Utc>,
    /// The room's hard end, if any.
    pub hard_end: Option<DateTime<Utc>>,
    /// Now, while the session runs (`None` before the start and once finished).
    pub now: Option<DateTime<Utc>>,
    /// Where the session is heading, while it runs (the engine's projection).
    pub projected_end: Option<DateTime<Utc>>,
}

impl Timeline {
    /// The timeline of `report` (at its instant), with the engine's projected end while it runs.
    pub fn new(report: &Report, projected_end: Option<DateTime<Utc>>) -> Self {
        let s = &report.session;
        let as_of = report.as_of;
        let running = report.started.is_some() && report.finished.is_none();
        let lanes: Vec<Lane> = report
            .rows
            .iter()
            .map(|row| {
                let run = row.actual_start.map(|start| {
                    let end = row.actual_end.unwrap_or(as_of).max(start);
                    let pauses = row
                        .phases
                        .iter()
                        .flat_map(|p| &p.pauses)
                        .map(|p| Span { start: p.from, end: p.to.unwrap_or(as_of).max(p.from) })
                        .collect();
                    let over = row
                        .overrun()
                        .filter(|o| *o > TimeDelta::zero())
                        .map(|o| Span { start: (end - o).max(start), end });
                    Run {
                        span: Span { start, end },
                        running: row.status == ItemStatus::Running,
                        pauses,
                        over,
                    }
                });
                Lane {
                    position: row.position,
                    index: row.index,
                    kind: row.kind,
                    status: row.status,
                    title: row.title.clone(),
                    planned: Span { start: row.planned_start, end: row.planned_start + row.planned },
                    run,
                }
            })
            .collect();
        let messages = report
            .messages
            .iter()
            .map(|m| {
                let lane = lanes.iter().position(|l| {
                    l.run.as_ref().is_some_and(|r| r.span.start <= m.shown && m.shown <= r.span.end)
                });
                (m.shown, m.text.clone(), lane)
            })
            .collect();
        let now = running.then_some(as_of);
        let projected_end = projected_end.filter(|_| running);
        let mut first = s.start;
        let mut last = s.planned_end.max(s.hard_end.unwrap_or(s.planned_end));
        for lane in &lanes {
            first = first.min(lane.planned.start);
            last = last.max(lane.planned.end);
            if let Some(r) = &lane.run {
                first = first.min(r.span.start);
                last = last.max(r.span.end);
            }
        }
        for t in [now, projected_end].into_iter().flatten() {
            last = last.max(t);
        }
        let start = quarter_hour(s, first, false);
        let end = quarter_hour(s, last, true).max(start + TimeDelta::minutes(15));
        Self {
            axis: Span { start, end },
            lanes,
            messages,
            planned_end: s.planned_end,
            hard_end: s.hard_end,
            now,
            projected_end,
        }
    }

    /// Where `t` falls along the axis, 0 at its start and 1 at its end.
    pub fn fraction(&self, t: DateTime<Utc>) -> f64 {
        let span = self.axis.length().num_milliseconds().max(1) as f64;
        (t - self.axis.start).num_milliseconds() as f64 / span
    }

    /// The quarter hours along the axis, each with its minute of the day in the session's zone.
    pub fn quarter_hours(&self, s: &Session) -> Vec<(DateTime<Utc>, u32)> {
        let mut out = Vec::new();
        let mut t = self.axis.start;
        while t <= self.axis.end {
            let local = s.local(t);
            out.push((t, local.hour() * 60 + local.minute()));
            t += TimeDelta::minutes(15);
        }
        out
    }
}

/// How often an axis gets a line and a time label, in minutes of the session's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticks {
    /// A line every so many minutes: 15 while quarter hours stay 8 units apart, else 60.
    pub line_every: u32,
    /// A label every so many minutes: the shortest of 15, 30, 60, 120, 180, 360 and 720 that
    /// leaves `label_room` units between labels.
    pub label_every: u32,
}

impl Ticks {
    /// The ticks for an axis `axis` long drawn `width` units wide, with labels `label_room` units
    /// wide (their text and a gap): a 16-hour session on a page never has two labels overlapping.
    pub fn fit(axis: TimeDelta, width: f64, label_room: f64) -> Self {
        let per_minute = width / (axis.num_seconds().max(1) as f64 / 60.0);
        let label_every = [15, 30, 60, 120, 180, 360]
            .into_iter()
            .find(|m| f64::from(*m) * per_minute >= label_room)
            .unwrap_or(720);
        Self { line_every: if 15.0 * per_minute >= 8.0 { 15 } else { 60 }, label_every }
    }
}

/// `t` rounded down (or up) to a quarter hour of the session's zone.
fn quarter_hour(s: &Session, t: DateTime<Utc>, up: bool) -> DateTime<Utc> {
    let local = s.local(t);
    let into = i64::from(local.minute() % 15) * 60 + i64::from(local.second());
    let down = t - TimeDelta::seconds(into) - TimeDelta::nanoseconds(i64::from(local.nanosecond()));
    if up && down < t { down + TimeDelta::minutes(15) } else { down }
}
