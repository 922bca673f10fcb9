//! What `tick(now)` reports: the moments crossed since the last tick, each exactly once. Sounds
//! and the projector's flashes are driven from these. Each event carries the instant it really
//! happened, so a laptop waking from sleep can tell a fresh event from a stale one.

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use super::engine::Engine;
use crate::schedule::Thresholds;

/// A moment crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Event {
    /// When it happened (not when it was noticed).
    pub at: DateTime<Utc>,
    /// What happened.
    pub kind: EventKind,
}

/// The kinds of moment. Item numbers are plan indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// A phase of a slot became current (also when `back` reopens one).
    PhaseStarted {
        /// Item.
        item: usize,
        /// Phase.
        phase: usize,
    },
    /// The phase's remaining time reached its warning threshold.
    WarningReached {
        /// Item.
        item: usize,
        /// Phase.
        phase: usize,
    },
    /// The phase's remaining time reached its danger threshold.
    DangerReached {
        /// Item.
        item: usize,
        /// Phase.
        phase: usize,
    },
    /// The phase's time is up.
    OvertimeStarted {
        /// Item.
        item: usize,
        /// Phase.
        phase: usize,
    },
    /// Another whole minute of overtime.
    OvertimeMinute {
        /// Item.
        item: usize,
        /// Phase.
        phase: usize,
        /// Whole minutes over.
        minutes: i64,
    },
    /// A slot ended (or was skipped while running).
    SlotEnded {
        /// Item.
        item: usize,
        /// Whether it was skipped.
        skipped: bool,
    },
    /// A break started.
    BreakStarted {
        /// Item.
        item: usize,
    },
    /// A break ended.
    BreakEnded {
        /// Item.
        item: usize,
    },
    /// The session is over.
    SessionFinished,
}

/// How urgent a phase is, from its remaining time and thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Level {
    Normal,
    Warning,
    Danger,
    Overtime,
}

impl Level {
    pub(super) fn of(remaining: TimeDelta, t: Thresholds) -> Self {
        if remaining <= TimeDelta::zero() {
            Self::Overtime
        } else if t.danger > TimeDelta::zero() && remaining <= t.danger {
            Self::Danger
        } else if t.warning > TimeDelta::zero() && remaining <= t.warning {
            Self::Warning
        } else {
            Self::Normal
        }
    }
}

/// What the last tick saw of the current phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Watch {
    serial: u64,
    level: Level,
    minutes: i64,
}

fn overtime_minutes(remaining: TimeDelta) -> i64 {
    if remaining < TimeDelta::zero() { (-remaining).num_minutes() } else { 0 }
}

impl Engine {
    /// The current phase's remaining time and thresholds, with its item and phase index.
    fn watched(&self, now: DateTime<Utc>) -> Option<(usize, usize, TimeDelta, Thresholds)> {
        let item = self.current?;
        let index = self.runs[item].phases.len().checked_sub(1)?;
        let run = &self.runs[item].phases[index];
        let remaining = self.run_length(item, index, now) - run.running(now);
        Some((item, run.phase, remaining, self.session.items[item].phases[run.phase].thresholds))
    }

    /// Reports every moment crossed since the last tick, each exactly once. Call it whenever
    /// convenient (every frame, every second); how often does not change what it reports.
    pub fn tick(&mut self, now: DateTime<Utc>) -> Vec<Event> {
        let mut out = std::mem::take(&mut self.pending);
        let Some((item, phase, remaining, thresholds)) = self.watched(now) else {
            self.watch = None;
            return out;
        };
        let serial = self.serial();
        let seen = match self.watch {
            Some(w) if w.serial == serial => w,
            _ => Watch { serial, level: Level::Normal, minutes: 0 },
        };
        let level = Level::of(remaining, thresholds);
        let end = now + remaining;
        let at = |before_end: TimeDelta| (end - before_end).min(now);
        if level > seen.level {
            if seen.level < Level::Warning
                && level >= Level::Warning
                && thresholds.warning > TimeDelta::zero()
            {
                out.push(Event {
                    at: at(thresholds.warning),
                    kind: EventKind::WarningReached { item, phase },
                });
            }
            if seen.level < Level::Danger && level >= Level::Danger && thresholds.danger > TimeDelta::zero() {
                out.push(Event { at: at(thresholds.danger), kind: EventKind::DangerReached { item, phase } });
            }
            if level == Level::Overtime {
                out.push(Event {
                    at: at(TimeDelta::zero()),
                    kind: EventKind::OvertimeStarted { item, phase },
                });
            }
        }
        let minutes = overtime_minutes(remaining);
        // Normally one minute at a time; after a long sleep or a big clock step, only the latest.
        let first = if minutes - seen.minutes > 60 { minutes } else { seen.minutes + 1 };
        for m in first..=minutes {
            out.push(Event {
                at: at(-TimeDelta::minutes(m)),
                kind: EventKind::OvertimeMinute { item, phase, minutes: m },
            });
        }
        self.watch = Some(Watch { serial, level, minutes });
        out
    }

    /// After time was given back (extend, correct), lets thresholds fire again when crossed again.
    pub(super) fn lower_watch(&mut self, now: DateTime<Utc>) {
        let Some(seen) = self.watch else { return };
        if seen.serial != self.serial() {
            return;
        }
        if let Some((_, _, remaining, thresholds)) = self.watched(now) {
            let level = Level::of(remaining, thresholds);
            let minutes = overtime_minutes(remaining);
            self.watch = Some(Watch {
                serial: seen.serial,
                level: level.min(seen.level),
                minutes: minutes.min(seen.minutes),
            });
        }
    }

    /// Takes the current phase's present level and overtime minutes as already announced: after
    /// `back` reopens a phase, its crossed thresholds and minutes are not announced again.
    pub(super) fn watch_as_seen(&mut self, now: DateTime<Utc>) {
        self.watch = self.watched(now).map(|(_, _, remaining, thresholds)| Watch {
            serial: self.serial(),
            level: Level::of(remaining, thresholds),
            minutes: overtime_minutes(remaining),
        });
    }

    /// Marks everything up to `now` as already reported, without reporting it: used after replaying
    /// a journal, so a resumed session does not replay old chimes.
    pub fn settle(&mut self, now: DateTime<Utc>) {
        self.pending.clear();
        self.watch_as_seen(now);
    }
}
