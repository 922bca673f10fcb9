//! What the chair and the speaker see at a given `now`: a pure function of the engine's recorded
//! instants. Nothing here accumulates; ask for any `now` and get the same answer every time.

use chrono::{DateTime, TimeDelta, Utc};

use super::command::ItemTrim;
use super::engine::{Engine, ItemStatus};
use super::events::Level;
use crate::schedule::duration::{format_clock, format_length};
use crate::schedule::{ItemKind, PhaseKind};

/// How the current moment should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// Before the session.
    NotStarted,
    /// Plenty of time.
    Normal,
    /// At or below the warning threshold.
    Warning,
    /// At or below the danger threshold.
    Danger,
    /// Time is up.
    Overtime,
    /// The chair paused the clock.
    Paused,
    /// A break is running (and not over time).
    Break,
    /// The session is over.
    Finished,
}

impl Urgency {
    /// Every urgency, in the order of the scale.
    pub const ALL: [Self; 8] = [
        Self::NotStarted,
        Self::Normal,
        Self::Warning,
        Self::Danger,
        Self::Overtime,
        Self::Paused,
        Self::Break,
        Self::Finished,
    ];

    /// Its name in JSON (as serde writes it): `not_started`, `overtime`…
    pub fn key(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::Normal => "normal",
            Self::Warning => "warning",
            Self::Danger => "danger",
            Self::Overtime => "overtime",
            Self::Paused => "paused",
            Self::Break => "break",
            Self::Finished => "finished",
        }
    }
}

/// The running item and phase.
#[derive(Debug, Clone, PartialEq)]
pub struct Current {
    /// Plan index of the item.
    pub item: usize,
    /// Position in the running order, from 0.
    pub position: usize,
    /// Slot or break.
    pub kind: ItemKind,
    /// Item title.
    pub title: String,
    /// Speakers.
    pub speakers: Vec<String>,
    /// Index of the phase in the item's plan.
    pub phase: usize,
    /// Number of phases in the item.
    pub phase_count: usize,
    /// Phase name.
    pub phase_name: String,
    /// Phase kind.
    pub phase_kind: PhaseKind,
    /// The phase's length now (plan, adjustments, extensions, what earlier phases used).
    pub phase_length: TimeDelta,
    /// Time the phase's countdown has run (pauses excluded).
    pub phase_elapsed: TimeDelta,
    /// Remaining in the phase; negative is overtime.
    pub phase_remaining: TimeDelta,
    /// The item's length now.
    pub slot_length: TimeDelta,
    /// Remaining in the item; negative is overtime.
    pub slot_remaining: TimeDelta,
    /// When the item started.
    pub started: DateTime<Utc>,
    /// Whether the clock is paused.
    pub paused: bool,
}

/// One row of the rundown.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Plan index.
    pub item: usize,
    /// Position in the running order, from 0.
    pub position: usize,
    /// Status.
    pub status: ItemStatus,
    /// Planned start for this position in the running order.
    pub planned_start: DateTime<Utc>,
    /// Planned length (with adjustments).
    pub planned_length: TimeDelta,
    /// Actual start.
    pub actual_start: Option<DateTime<Utc>>,
    /// Actual end.
    pub actual_end: Option<DateTime<Utc>>,
    /// Projected start, for upcoming items.
    pub projected_start: Option<DateTime<Utc>>,
    /// Actual (or projected) start minus planned start: positive is late.
    pub start_delta: Option<TimeDelta>,
}

/// The catch-up plan: how much to take off each upcoming slot to end on time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatchUp {
    /// How late the session is projected to end (zero when on time).
    pub needed: TimeDelta,
    /// Per slot, what to take off, proportional to its length, never below the floor.
    pub trims: Vec<ItemTrim>,
    /// What the trims cannot recover.
    pub unrecovered: TimeDelta,
}

/// No slot is shortened below this share of its planned length by a catch-up plan (percent).
pub const CATCH_UP_FLOOR_PERCENT: i64 = 75;
/// … and none leaves its last phase (discussion) shorter than this.
pub const CATCH_UP_MIN_LAST_PHASE: TimeDelta = TimeDelta::minutes(2);

/// Everything the screens show, at one instant.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The instant this view is for.
    pub now: DateTime<Utc>,
    /// How it should look.
    pub urgency: Urgency,
    /// The running item, if any.
    pub current: Option<Current>,
    /// Plan index of the next item to run.
    pub next_up: Option<usize>,
    /// Since the session actually started (zero before).
    pub session_elapsed: TimeDelta,
    /// Until the planned start (before the session; negative once it is past).
    pub until_start: TimeDelta,
    /// How far behind (positive) or ahead (negative) of plan, pauses included.
    pub offset: TimeDelta,
    /// When the session will end if everything left runs to plan.
    pub projected_end: DateTime<Utc>,
    /// The planned end.
    pub planned_end: DateTime<Utc>,
    /// Until the next break starts (projected), if one is coming; negative when the break is
    /// due now and the slot before it runs over (by how long it has been due).
    pub to_next_break: Option<TimeDelta>,
    /// Hard end minus projected end: negative means the session will overrun it.
    pub slack_to_hard_end: Option<TimeDelta>,
    /// How to end on time.
    pub catch_up: CatchUp,
    /// Slots done (or skipped) and the number of slots.
    pub slots_done: usize,
    /// Number of slots (not breaks).
    pub slot_count: usize,
    /// The message on the projector.
    pub message: Option<String>,
    /// Whether the projector is blanked.
    pub blackout: bool,
    /// The rundown, in running order.
    pub rows: Vec<Row>,
}

/// How far from the plan, in whole minutes as the chair reads it: "on plan", "11m behind",
/// "3m ahead" (under 30 s either way is on plan). Every screen says it this way.
pub fn pace(offset: TimeDelta) -> String {
    match offset.num_seconds() {
        s if s.abs() < 30 => crate::tr!("on-plan"),
        s if s > 0 => crate::tr!("behind", by = format_length(TimeDelta::seconds((s + 30) / 60 * 60))),
        s => crate::tr!("ahead", by = format_length(TimeDelta::seconds((-s + 30) / 60 * 60))),
    }
}

impl View {
    /// One phrase for the whole session, from the same figures as the lines below it: "not
    /// started", "on plan", "11m behind", "11m behind, over the hard end", "finished".
    pub fn session_state(&self) -> String {
        self.session_state_in(pace)
    }

    /// As [`Self::session_state`], saying the offset with `pace` (whole minutes on the screens,
    /// to the second in `chairtime status`, so that the header and its Schedule line agree).
    pub fn session_state_in(&self, pace: impl Fn(TimeDelta) -> String) -> String {
        match self.urgency {
            Urgency::NotStarted if self.session_elapsed.is_zero() => {
                return crate::tr!("session-not-started");
            }
            Urgency::Finished => return crate::tr!("session-state-finished"),
            _ => {}
        }
        let pace = pace(self.offset);
        match self.slack_to_hard_end {
            Some(slack) if slack < TimeDelta::zero() => crate::tr!("pace-over-the-hard-end", pace = pace),
            _ => pace,
        }
    }

    /// The next break as the chair reads it: "in 12:30", or "due, +03:10" when the slot before it
    /// runs over; `None` when no break is coming.
    pub fn break_text(&self) -> Option<String> {
        self.to_next_break.map(|b| {
            if b < TimeDelta::zero() {
                crate::tr!("break-due", over = format_clock(b))
            } else {
                crate::tr!("break-in-chair", time = format_clock(b))
            }
        })
    }

    /// The hard end and where the projection leaves the session against it: "16:30, 5m to
    /// spare", "16:30, 11m over at this pace". `hhmm` formats a time of day.
    pub fn hard_end_text(&self, hard_end: &str) -> Option<String> {
        self.slack_to_hard_end.map(|slack| match slack.num_seconds() {
            s if s < 0 => crate::tr!("hard-end-over", time = hard_end, over = format_length(-slack)),
            0 => crate::tr!("hard-end-nothing-to-spare", time = hard_end),
            _ => crate::tr!("hard-end-to-spare", time = hard_end, spare = format_length(slack)),
        })
    }

    /// What the catch-up plan cannot win back (trimming no slot below its floor), as a sentence;
    /// `None` when it can recover everything or nothing is late.
    pub fn unrecovered_text(&self) -> Option<String> {
        let left = self.catch_up.unrecovered;
        (left > TimeDelta::zero()).then(|| {
            crate::tr!("cannot-be-recovered", left = format_length(left), floor = CATCH_UP_FLOOR_PERCENT)
        })
    }
}

impl Engine {
    /// The idle time the plan leaves before item `i` (after the item planned before it).
    fn gap_before(&self, i: usize) -> TimeDelta {
        let items = &self.session.items;
        let prev_end = if i == 0 { self.session.start } else { items[i - 1].end() };
        (items[i].start - prev_end).max(TimeDelta::zero())
    }

    /// Planned start of each position of the running order. Items keep the gap the plan left
    /// before them; without reordering this is exactly the plan.
    pub fn planned_starts(&self) -> Vec<DateTime<Utc>> {
        let mut t = self.session.start;
        let mut out = Vec::with_capacity(self.order.len());
        for &i in &self.order {
            t += self.gap_before(i);
            out.push(t);
            t += self.session.items[i].length();
        }
        out
    }

    /// The view at `now`.
    pub fn view(&self, now: DateTime<Utc>) -> View {
        // A rehearsal not yet started begins whenever Start is pressed: show the plan as if it
        // began now, as Start will make it.
        if self.rehearsal && self.started.is_none() {
            let by = TimeDelta::seconds((now - self.session.start).num_seconds());
            if !by.is_zero() {
                let mut moved = self.clone();
                moved.session = self.session.shifted(by);
                return moved.view_as_planned(now);
            }
        }
        self.view_as_planned(now)
    }

    fn view_as_planned(&self, now: DateTime<Utc>) -> View {
        let planned = self.planned_starts();
        let current = self.current_view(now);
        // Projection: the current item runs to its end, then every upcoming item to plan.
        let current_end = current.as_ref().map(|c| now + c.slot_remaining.max(TimeDelta::zero()));
        let mut t = match (current_end, self.finished) {
            (Some(e), _) => e,
            (None, Some(f)) => f,
            (None, None) => now,
        };
        let items = &self.session.items;
        let mut rows = Vec::with_capacity(self.order.len());
        let mut to_next_break = None;
        let mut first_after_current = true;
        let mut upcoming_slots = Vec::new();
        let mut first_upcoming = true;
        for (pos, &i) in self.order.iter().enumerate() {
            let run = &self.runs[i];
            let planned_length = items[i].length() + run.adjust;
            let mut projected_start = None;
            if run.status == ItemStatus::Upcoming && self.finished.is_none() {
                let start = if self.started.is_none() && first_upcoming {
                    t.max(planned[pos])
                } else {
                    t + self.gap_before(i)
                };
                first_upcoming = false;
                projected_start = Some(start);
                if items[i].kind == ItemKind::Break && to_next_break.is_none() {
                    // Right after a slot in overtime, the break was due when that slot's time
                    // ran out: negative, so the screens can say "due, +3:10".
                    let overdue = match &current {
                        Some(c) if first_after_current => c.slot_remaining.min(TimeDelta::zero()),
                        _ => TimeDelta::zero(),
                    };
                    to_next_break = Some(start - now + overdue);
                }
                first_after_current = false;
                if items[i].kind == ItemKind::Slot {
                    upcoming_slots.push(i);
                }
                t = start + planned_length;
            }
            let start_delta = run.start.or(projected_start).map(|s| s - planned[pos]);
            rows.push(Row {
                item: i,
                position: pos,
                status: run.status,
                planned_start: planned[pos],
                planned_length,
                actual_start: run.start,
                actual_end: run.end,
                projected_start,
                start_delta,
            });
        }
        let projected_end = t;
        let planned_end = self.session.planned_end;
        let offset = match (&current, self.finished) {
            (Some(c), _) => {
                let plan_end = planned[c.position] + items[c.item].length();
                now + c.slot_remaining.max(TimeDelta::zero()) - plan_end
            }
            (None, Some(f)) => f - planned_end,
            (None, None) => match rows.iter().find(|r| r.status == ItemStatus::Upcoming) {
                Some(r) if self.started.is_none() => (now - r.planned_start).max(TimeDelta::zero()),
                Some(r) => now - r.planned_start,
                None => TimeDelta::zero(),
            },
        };
        let urgency = match &current {
            _ if self.finished.is_some() => Urgency::Finished,
            None => Urgency::NotStarted,
            Some(c) if c.paused => Urgency::Paused,
            Some(c) => {
                let th = items[c.item].phases[c.phase].thresholds;
                match Level::of(c.phase_remaining, th) {
                    Level::Overtime => Urgency::Overtime,
                    _ if c.kind == ItemKind::Break => Urgency::Break,
                    Level::Danger => Urgency::Danger,
                    Level::Warning => Urgency::Warning,
                    Level::Normal => Urgency::Normal,
                }
            }
        };
        let catch_up = self.catch_up_plan(projected_end - planned_end, &upcoming_slots);
        let next_up =
            rows.iter().find(|r| r.status == ItemStatus::Upcoming && self.finished.is_none()).map(|r| r.item);
        let slot_count = self.session.slot_count();
        let slots_done = self
            .order
            .iter()
            .filter(|&&i| {
                items[i].kind == ItemKind::Slot
                    && matches!(self.runs[i].status, ItemStatus::Done | ItemStatus::Skipped)
            })
            .count();
        View {
            now,
            urgency,
            current,
            next_up,
            session_elapsed: self
                .started
                .map_or(TimeDelta::zero(), |s| self.finished.unwrap_or(now).max(s) - s),
            until_start: self.session.start - now,
            offset,
            projected_end,
            planned_end,
            to_next_break,
            slack_to_hard_end: self.session.hard_end.map(|h| h - projected_end),
            catch_up,
            slots_done,
            slot_count,
            message: self.message().map(str::to_owned),
            blackout: self.blackout,
            rows,
        }
    }

    fn current_view(&self, now: DateTime<Utc>) -> Option<Current> {
        let item = self.current?;
        let run = &self.runs[item];
        let index = run.phases.len().checked_sub(1)?;
        let phase_run = &run.phases[index];
        let plan = &self.session.items[item];
        let phase_length = self.run_length(item, index, now);
        let phase_elapsed = phase_run.running(now);
        let item_running: TimeDelta = run.phases.iter().map(|p| p.running(now)).sum();
        let slot_length = self.item_length(item);
        Some(Current {
            item,
            position: self.position_of(item)?,
            kind: plan.kind,
            title: plan.title.clone(),
            speakers: plan.speakers.clone(),
            phase: phase_run.phase,
            phase_count: plan.phases.len(),
            phase_name: plan.phases[phase_run.phase].name.clone(),
            phase_kind: plan.phases[phase_run.phase].kind,
            phase_length,
            phase_elapsed,
            phase_remaining: phase_length - phase_elapsed,
            slot_length,
            slot_remaining: slot_length - item_running,
            started: run.start.unwrap_or(phase_run.start),
            paused: phase_run.is_paused(),
        })
    }

    /// Shares `needed` among `slots` in proportion to their length, each at most down to its floor.
    fn catch_up_plan(&self, needed: TimeDelta, slots: &[usize]) -> CatchUp {
        let needed_s = needed.num_seconds();
        if needed_s <= 0 {
            return CatchUp::default();
        }
        let items = &self.session.items;
        // (item, current length, most that can be taken)
        let mut pool: Vec<(usize, i64, i64)> = slots
            .iter()
            .map(|&i| {
                let plan = &items[i];
                let len = (plan.length() + self.runs[i].adjust).num_seconds();
                let floor_share = (plan.length().num_seconds() * CATCH_UP_FLOOR_PERCENT + 99) / 100;
                let last = plan.phases.len() - 1;
                let last_len = (plan.phases[last].length + self.runs[i].adjust).num_seconds();
                let by_share = len - floor_share;
                let by_phase = last_len - CATCH_UP_MIN_LAST_PHASE.num_seconds();
                (i, len, by_share.min(by_phase).max(0))
            })
            .filter(|&(_, _, cap)| cap > 0)
            .collect();
        let mut trims: Vec<(usize, i64)> = Vec::new();
        let mut left = needed_s;
        // Water-filling: slots whose proportional share exceeds their cap give their cap, and the
        // rest is shared again among the others.
        loop {
            let total: i64 = pool.iter().map(|p| p.1).sum();
            if pool.is_empty() || left <= 0 || total <= 0 {
                break;
            }
            let capped: Vec<(usize, i64, i64)> =
                pool.iter().copied().filter(|&(_, len, cap)| left * len / total >= cap).collect();
            if capped.is_empty() {
                let mut given = 0;
                for &(i, len, _) in &pool {
                    let share = left * len / total;
                    trims.push((i, share));
                    given += share;
                }
                // Whole seconds lost to rounding go to the slots, one each, in order.
                let mut rest = left - given;
                for (t, &(_, _, cap)) in trims.iter_mut().rev().take(pool.len()).zip(pool.iter().rev()) {
                    if rest == 0 {
                        break;
                    }
                    if t.1 < cap {
                        t.1 += 1;
                        rest -= 1;
                    }
                }
                left = rest;
                break;
            }
            for &(i, _, cap) in &capped {
                trims.push((i, cap));
                left -= cap;
            }
            pool.retain(|p| !capped.iter().any(|c| c.0 == p.0));
        }
        let mut trims: Vec<ItemTrim> =
            trims.into_iter().filter(|t| t.1 > 0).map(|(item, seconds)| ItemTrim { item, seconds }).collect();
        trims.sort_by_key(|t| self.position_of(t.item));
        CatchUp { needed, trims, unrecovered: TimeDelta::seconds(left.max(0)) }
    }
}
