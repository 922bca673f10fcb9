//! The timing engine: a state machine over one session, driven by [`Command`]s that each carry
//! the instant they happened. It never reads a clock; every figure is derived from the recorded
//! instants at the `now` it is asked about (see `view.rs`), never by summing ticks.

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use super::command::{Command, CommandKind, ItemTrim};
use super::events::{Event, EventKind, Watch};
use super::replan::ReplanLog;
use crate::schedule::{Item, Session};

/// Where an item is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemStatus {
    /// Not run yet.
    Upcoming,
    /// Running now.
    Running,
    /// Ran and ended.
    Done,
    /// Skipped (before or while running).
    Skipped,
}

/// A pause inside a phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Pause {
    /// When the pause began.
    pub from: DateTime<Utc>,
    /// When it ended; `None` while paused.
    pub to: Option<DateTime<Utc>>,
}

/// A recorded change to a running phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Change {
    /// Time added (positive) or trimmed (negative).
    Extension {
        /// When.
        at: DateTime<Utc>,
        /// Seconds added (negative: trimmed).
        seconds: i64,
    },
    /// The phase's start was corrected.
    Correction {
        /// When the correction was made.
        at: DateTime<Utc>,
        /// The start as recorded before.
        from: DateTime<Utc>,
        /// The corrected start.
        to: DateTime<Utc>,
    },
    /// The phase's end moved because the next phase's (or item's) start was corrected.
    EndCorrected {
        /// When the correction was made.
        at: DateTime<Utc>,
        /// The end as recorded before.
        from: DateTime<Utc>,
        /// The corrected end.
        to: DateTime<Utc>,
    },
}

/// One phase as it actually ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhaseRun {
    /// Index of the phase in the item's planned phases.
    pub phase: usize,
    /// When it started.
    pub start: DateTime<Utc>,
    /// When it ended; `None` while current.
    pub end: Option<DateTime<Utc>>,
    /// Its pauses.
    pub pauses: Vec<Pause>,
    /// Net time added by extensions and trims.
    #[serde(serialize_with = "crate::schedule::json::seconds::serialize")]
    pub added: TimeDelta,
    /// Extensions, trims and corrections, in order.
    pub changes: Vec<Change>,
}

impl PhaseRun {
    fn new(phase: usize, start: DateTime<Utc>) -> Self {
        Self { phase, start, end: None, pauses: Vec::new(), added: TimeDelta::zero(), changes: Vec::new() }
    }

    /// Time spent paused, up to `now` (or the phase's end).
    pub fn paused(&self, now: DateTime<Utc>) -> TimeDelta {
        let until = self.end.map_or(now, |e| e.min(now));
        self.pauses
            .iter()
            .map(|p| {
                let to = p.to.map_or(until, |t| t.min(until));
                (to - p.from.max(self.start)).max(TimeDelta::zero())
            })
            .sum()
    }

    /// Time the phase's countdown has run, up to `now` (or its end): pauses excluded.
    pub fn running(&self, now: DateTime<Utc>) -> TimeDelta {
        let until = self.end.map_or(now, |e| e.min(now));
        ((until - self.start) - self.paused(now)).max(TimeDelta::zero())
    }

    /// Whether a pause is open.
    pub fn is_paused(&self) -> bool {
        self.pauses.last().is_some_and(|p| p.to.is_none())
    }
}

/// One item as it actually ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemRun {
    /// Where it is in its life.
    pub status: ItemStatus,
    /// When it started, if it did.
    pub start: Option<DateTime<Utc>>,
    /// When it ended, if it did.
    pub end: Option<DateTime<Utc>>,
    /// When it was skipped, if it was.
    pub skipped_at: Option<DateTime<Utc>>,
    /// Phase runs in order; the last is current while the item runs. `back` can remove one.
    pub phases: Vec<PhaseRun>,
    /// Change to the planned length made before it started (catch-up, set length).
    #[serde(serialize_with = "crate::schedule::json::seconds::serialize")]
    pub adjust: TimeDelta,
    /// Phase runs that `back` took back, the next to reopen last: their extensions and changes
    /// still count, and return to the phase when it runs again (`back` then `next` changes no
    /// figure). Folded into the last phase run when the item ends.
    pub carried: Vec<PhaseRun>,
}

impl ItemRun {
    pub(super) fn upcoming() -> Self {
        Self {
            status: ItemStatus::Upcoming,
            start: None,
            end: None,
            skipped_at: None,
            phases: Vec::new(),
            adjust: TimeDelta::zero(),
            carried: Vec::new(),
        }
    }

    /// Net time given by extensions and trims while it ran (including phases `back` took back).
    pub fn added(&self) -> TimeDelta {
        self.phases.iter().chain(&self.carried).map(|p| p.added).sum()
    }

    /// A new run of `phase` from `now`, taking back the extensions of a run `back` took back.
    fn open_phase(&mut self, phase: usize, now: DateTime<Utc>) -> PhaseRun {
        let mut run = PhaseRun::new(phase, now);
        if self.carried.last().is_some_and(|c| c.phase == phase)
            && let Some(c) = self.carried.pop()
        {
            run.added = c.added;
            run.changes = c.changes;
        }
        run
    }

    /// When the item ends: extensions of phases that never ran again stay on record.
    fn fold_carried(&mut self) {
        let carried = std::mem::take(&mut self.carried);
        if let Some(last) = self.phases.last_mut() {
            for c in carried {
                last.added += c.added;
                last.changes.extend(c.changes);
            }
            last.changes.sort_by_key(Change::at);
        }
    }
}

impl Change {
    /// When the change was made.
    pub fn at(&self) -> DateTime<Utc> {
        match *self {
            Self::Extension { at, .. } | Self::Correction { at, .. } | Self::EndCorrected { at, .. } => at,
        }
    }
}

/// A message shown to the speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageLog {
    /// The text.
    pub text: String,
    /// When it appeared.
    pub shown: DateTime<Utc>,
    /// When it was hidden or replaced.
    pub hidden: Option<DateTime<Utc>>,
}

/// One recording of the session's video, as the chair marked it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Recording {
    /// When it started.
    pub start: DateTime<Utc>,
    /// When it stopped; `None` while it runs.
    pub stop: Option<DateTime<Utc>>,
}

/// Why a command was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refusal {}

fn refuse<T>(why: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal(why.into()))
}

/// Longest single extension, trim or correction accepted: a guard against typos (`extend 6000`).
pub const MAX_ADJUST: TimeDelta = TimeDelta::hours(4);

/// The running session.
#[derive(Debug, Clone)]
pub struct Engine {
    pub(super) session: Session,
    pub(super) order: Vec<usize>,
    pub(super) runs: Vec<ItemRun>,
    pub(super) current: Option<usize>,
    pub(super) started: Option<DateTime<Utc>>,
    pub(super) finished: Option<DateTime<Utc>>,
    pub(super) messages: Vec<MessageLog>,
    pub(super) blackout: bool,
    pub(super) recordings: Vec<Recording>,
    pub(super) last_at: Option<DateTime<Utc>>,
    pub(super) serial: u64,
    pub(super) pending: Vec<Event>,
    pub(super) watch: Option<Watch>,
    pub(super) replans: Vec<ReplanLog>,
    /// The plan as the schedule file last gave it (the first plan, or the last re-plan's): what
    /// a re-plan compares the new file with.
    pub(super) file_plan: Session,
    /// A rehearsal: Start moves the plan to begin then.
    pub(super) rehearsal: bool,
    /// How far Start moved the plan of a rehearsal (a re-plan's session moves as far).
    pub(super) rehearsal_shift: Option<TimeDelta>,
}

impl Engine {
    /// A session that has not started.
    pub fn new(session: Session) -> Self {
        let n = session.items.len();
        Self {
            file_plan: session.clone(),
            session,
            order: (0..n).collect(),
            runs: (0..n).map(|_| ItemRun::upcoming()).collect(),
            current: None,
            started: None,
            finished: None,
            messages: Vec::new(),
            blackout: false,
            recordings: Vec::new(),
            last_at: None,
            serial: 0,
            pending: Vec::new(),
            watch: None,
            replans: Vec::new(),
            rehearsal: false,
            rehearsal_shift: None,
        }
    }

    /// Whether this run is a rehearsal.
    pub fn rehearsal(&self) -> bool {
        self.rehearsal
    }

    /// For a started rehearsal, how far Start moved the plan (positive: later than the file says).
    pub fn rehearsal_shift(&self) -> Option<TimeDelta> {
        self.rehearsal_shift
    }

    /// The plan.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The running order, as plan indices.
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// How each item ran, by plan index.
    pub fn runs(&self) -> &[ItemRun] {
        &self.runs
    }

    /// The running item's plan index.
    pub fn current(&self) -> Option<usize> {
        self.current
    }

    /// When the session started.
    pub fn started(&self) -> Option<DateTime<Utc>> {
        self.started
    }

    /// When the session finished.
    pub fn finished(&self) -> Option<DateTime<Utc>> {
        self.finished
    }

    /// Every re-plan taken, in order.
    pub fn replans(&self) -> &[ReplanLog] {
        &self.replans
    }

    /// Every message shown, in order.
    pub fn messages(&self) -> &[MessageLog] {
        &self.messages
    }

    /// The message on screen now.
    pub fn message(&self) -> Option<&str> {
        self.messages.last().filter(|m| m.hidden.is_none()).map(|m| m.text.as_str())
    }

    /// Whether the projector is blanked.
    pub fn blackout(&self) -> bool {
        self.blackout
    }

    /// Whether the current phase is paused.
    pub fn is_paused(&self) -> bool {
        self.current_run().is_some_and(PhaseRun::is_paused)
    }

    /// The instant of the last applied command.
    pub fn last_command_at(&self) -> Option<DateTime<Utc>> {
        self.last_at
    }

    /// Position of a plan index in the running order.
    pub fn position_of(&self, item: usize) -> Option<usize> {
        self.order.iter().position(|&i| i == item)
    }

    pub(super) fn current_run(&self) -> Option<&PhaseRun> {
        self.current.and_then(|i| self.runs[i].phases.last())
    }

    fn current_run_mut(&mut self) -> Option<&mut PhaseRun> {
        self.current.and_then(|i| self.runs[i].phases.last_mut())
    }

    /// Serial number of the current phase run (changes whenever a phase becomes current).
    pub(super) fn serial(&self) -> u64 {
        self.serial
    }

    /// Planned length of `item`'s phase `phase` before extensions: the plan plus any adjustment
    /// (adjustments apply to the item's last phase).
    pub(super) fn base_phase_length(&self, item: usize, phase: usize) -> TimeDelta {
        let plan = &self.session.items[item];
        let len = plan.phases[phase].length;
        if phase + 1 == plan.phases.len() { len + self.runs[item].adjust } else { len }
    }

    /// Planned length of an item now: the plan, adjustments, and every extension made while it ran.
    pub(super) fn item_length(&self, item: usize) -> TimeDelta {
        let run = &self.runs[item];
        self.session.items[item].length() + run.adjust + run.added()
    }

    /// The length a phase run counts down from. The item's last phase runs until the item's end,
    /// so time an earlier phase over- or under-ran comes out of (or goes to) the last phase.
    pub(super) fn run_length(&self, item: usize, run_index: usize, now: DateTime<Utc>) -> TimeDelta {
        let run = &self.runs[item].phases[run_index];
        let last_phase = run.phase + 1 == self.session.items[item].phases.len();
        if last_phase {
            let before: TimeDelta = self.runs[item].phases[..run_index].iter().map(|p| p.running(now)).sum();
            self.item_length(item) - before
        } else {
            self.base_phase_length(item, run.phase) + run.added
        }
    }

    fn next_upcoming_after(&self, position: Option<usize>) -> Option<usize> {
        let from = position.map_or(0, |p| p + 1);
        self.order[from.min(self.order.len())..]
            .iter()
            .copied()
            .find(|&i| self.runs[i].status == ItemStatus::Upcoming)
    }

    fn item_plan(&self, item: usize) -> &Item {
        &self.session.items[item]
    }

    fn check_item(&self, item: usize) -> Result<(), Refusal> {
        if item >= self.session.items.len() {
            return refuse(crate::tr!("refuse-no-such-item", n = item + 1, count = self.session.items.len()));
        }
        Ok(())
    }

    fn check_upcoming(&self, item: usize) -> Result<(), Refusal> {
        self.check_item(item)?;
        if self.runs[item].status != ItemStatus::Upcoming {
            return refuse(crate::tr!("refuse-not-upcoming", talk = self.item_plan(item).title));
        }
        Ok(())
    }

    /// The recordings marked, in order.
    pub fn recordings(&self) -> &[Recording] {
        &self.recordings
    }

    fn record(&mut self, on: bool, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), Refusal> {
        if at > now {
            return refuse(crate::tr!("refuse-a-recording-cannot-be-marked"));
        }
        let last = self.recordings.last().copied();
        if on {
            if let Some(r) = last {
                match r.stop {
                    None => return refuse(crate::tr!("refuse-a-recording-is-already-running")),
                    Some(stop) if at < stop => {
                        return refuse(crate::tr!("refuse-a-recording-cannot-start-before"));
                    }
                    Some(_) => {}
                }
            }
            self.recordings.push(Recording { start: at, stop: None });
        } else {
            let Some(r) = self.recordings.last_mut().filter(|r| r.stop.is_none()) else {
                return refuse(crate::tr!("refuse-no-recording-is-running"));
            };
            if at < r.start {
                return refuse(crate::tr!("refuse-a-recording-cannot-stop-before"));
            }
            r.stop = Some(at);
        }
        Ok(())
    }

    fn record_at(
        &mut self,
        recording: usize,
        start: bool,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<(), Refusal> {
        let n = self.recordings.len();
        let Some(i) = recording.checked_sub(1).filter(|i| *i < n) else {
            return refuse(match n {
                0 => crate::tr!("refuse-no-recording-marked"),
                _ => crate::tr!("refuse-there-are-recordings", count = n),
            });
        };
        if at > now {
            return refuse(crate::tr!("refuse-a-recording-cannot-be-marked"));
        }
        let previous_stop = i.checked_sub(1).and_then(|p| self.recordings[p].stop);
        let next_start = self.recordings.get(i + 1).map(|r| r.start);
        let r = self.recordings[i];
        let ok = if start {
            previous_stop.is_none_or(|p| at >= p) && r.stop.is_none_or(|s| at <= s)
        } else {
            r.stop.is_some() && at >= r.start && next_start.is_none_or(|n| at <= n)
        };
        if !ok {
            return refuse(if start || r.stop.is_some() {
                crate::tr!("refuse-recording-out-of-order", n = recording)
            } else {
                crate::tr!("refuse-recording-not-stopped", n = recording)
            });
        }
        let r = &mut self.recordings[i];
        if start {
            r.start = at;
        } else {
            r.stop = Some(at);
        }
        Ok(())
    }

    /// The kinds of command that can apply now (buttons and shortcuts enable from this).
    pub fn allowed(&self) -> Vec<CommandKind> {
        use CommandKind as K;
        let running = self.current.is_some();
        let paused = self.is_paused();
        let has_upcoming = self.runs.iter().any(|r| r.status == ItemStatus::Upcoming);
        let has_unskippable = self.runs.iter().any(|r| r.status == ItemStatus::Skipped && r.start.is_none());
        let mut out = Vec::new();
        let mut allow = |k: CommandKind, yes: bool| {
            if yes {
                out.push(k);
            }
        };
        allow(K::Start, self.started.is_none() && has_upcoming);
        allow(K::Pause, running && !paused);
        allow(K::Resume, running && paused);
        allow(K::Next, running);
        allow(K::Back, self.back_target().is_some());
        allow(K::Extend, running);
        allow(K::Trim, running);
        allow(K::Skip, running || has_upcoming);
        allow(K::Unskip, has_unskippable);
        allow(K::Goto, has_upcoming);
        allow(K::Move, self.runs.iter().filter(|r| r.status == ItemStatus::Upcoming).count() > 1);
        allow(K::Correct, running);
        allow(K::SetLength, has_upcoming);
        allow(K::CatchUp, has_upcoming && self.finished.is_none());
        allow(K::ShowMessage, true);
        allow(K::HideMessage, self.message().is_some());
        allow(K::Blackout, true);
        allow(K::Finish, running);
        allow(K::Rehearse, self.started.is_none() && !self.rehearsal);
        allow(K::Replan, true);
        allow(K::Record, true);
        allow(K::RecordAt, !self.recordings.is_empty());
        out
    }

    /// The earliest instant a command can take effect: the last command's instant, the current
    /// phase's start, its open pause's start, or the session's end. Commands take effect in the
    /// order they were given, so a phase never ends before it started and a pause never ends
    /// before it began, whatever the wall clock says (docs/timekeeping.md).
    fn floor(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        [
            self.last_at,
            self.current_run().map(|r| r.start),
            self.current_run().and_then(|r| r.pauses.last()).map(|p| p.to.unwrap_or(p.from)),
            self.finished,
        ]
        .into_iter()
        .flatten()
        .fold(now, DateTime::max)
    }

    /// Applies a command at `now` and returns the instant it took effect: `now`, or the current
    /// phase's start if the wall clock reads earlier than that (it was stepped back).
    ///
    /// # Errors
    /// A [`Refusal`] saying why the command does not apply now; the state is then unchanged.
    pub fn apply(&mut self, command: &Command, now: DateTime<Utc>) -> Result<DateTime<Utc>, Refusal> {
        let now = self.floor(now);
        match command {
            Command::Start => self.start(now)?,
            Command::Pause => self.pause(now)?,
            Command::Resume => self.resume(now)?,
            Command::Next => self.next(now)?,
            Command::Back => self.back(now)?,
            Command::Extend { seconds } => self.extend(now, *seconds)?,
            Command::Trim { seconds } => self.extend(now, seconds.checked_neg().unwrap_or(i64::MAX))?,
            Command::Skip { item } => self.skip(now, *item)?,
            Command::Unskip { item } => self.unskip(*item)?,
            Command::Goto { item } => self.goto(now, *item)?,
            Command::Move { item, to } => self.move_item(*item, *to)?,
            Command::Correct { seconds } => self.correct(now, *seconds)?,
            Command::SetLength { item, seconds } => self.set_length(*item, *seconds)?,
            Command::CatchUp { trims } => self.catch_up(trims)?,
            Command::ShowMessage { text } => self.show_message(now, text)?,
            Command::HideMessage => {
                let Some(m) = self.messages.last_mut().filter(|m| m.hidden.is_none()) else {
                    return refuse(crate::tr!("refuse-no-message-is-shown"));
                };
                m.hidden = Some(now.max(m.shown));
            }
            Command::Blackout { on } if self.blackout == *on => {
                return refuse(if *on {
                    crate::tr!("refuse-the-speaker-s-screens-are")
                } else {
                    crate::tr!("refuse-the-speaker-s-screens-already")
                });
            }
            Command::Blackout { on } => self.blackout = *on,
            Command::Record { on, at } => self.record(*on, at.unwrap_or(now), now)?,
            Command::RecordAt { recording, start, at } => self.record_at(*recording, *start, *at, now)?,
            Command::Finish => self.finish(now)?,
            Command::Rehearse => {
                if self.started.is_some() {
                    return refuse(crate::tr!("refuse-the-session-has-already-started"));
                }
                if self.rehearsal {
                    return refuse(crate::tr!("refuse-this-run-is-already-a"));
                }
                self.rehearsal = true;
            }
            Command::Replan { session, source, .. } => {
                let new = session
                    .as_ref()
                    .clone()
                    .into_session()
                    .map_err(|m| Refusal(crate::tr!("refuse-cannot-be-used", why = m)))?;
                self.replan(now, &new, source.clone())?;
            }
        }
        self.last_at = Some(now);
        self.lower_watch(now);
        Ok(now)
    }

    fn start(&mut self, now: DateTime<Utc>) -> Result<(), Refusal> {
        if self.started.is_some() {
            return refuse(crate::tr!("refuse-the-session-has-already-started-2"));
        }
        let Some(first) = self.next_upcoming_after(None) else {
            return refuse(crate::tr!("refuse-every-item-is-skipped-unskip"));
        };
        if self.rehearsal {
            // The whole plan moves to begin now, in whole seconds like every plan.
            let by = TimeDelta::seconds((now - self.session.start).num_seconds());
            self.session = self.session.shifted(by);
            self.file_plan = self.file_plan.shifted(by);
            self.rehearsal_shift = Some(by);
        }
        self.started = Some(now);
        self.begin_item(first, now);
        Ok(())
    }

    fn begin_item(&mut self, item: usize, now: DateTime<Utc>) {
        self.place_after_started(item);
        let run = &mut self.runs[item];
        run.status = ItemStatus::Running;
        run.start = Some(now);
        run.end = None;
        let first = run.open_phase(0, now);
        run.phases = vec![first];
        self.current = Some(item);
        self.serial += 1;
        let kind = if self.session.items[item].is_break() {
            EventKind::BreakStarted { item }
        } else {
            EventKind::PhaseStarted { item, phase: 0 }
        };
        self.pending.push(Event { at: now, kind });
    }

    /// Keeps the running order chronological: an item that starts moves to right after the last
    /// item that started (it can sit before it after `unskip`, `back` and `next`).
    fn place_after_started(&mut self, item: usize) {
        let Some(from) = self.position_of(item) else { return };
        let to =
            self.order.iter().rposition(|&i| i != item && self.runs[i].start.is_some()).map_or(0, |p| p + 1);
        if from < to {
            self.order.remove(from);
            self.order.insert(to - 1, item);
        }
    }

    fn pause(&mut self, now: DateTime<Utc>) -> Result<(), Refusal> {
        let Some(run) = self.current_run_mut() else {
            return refuse(crate::tr!("refuse-nothing-is-running"));
        };
        if run.is_paused() {
            return refuse(crate::tr!("refuse-already-paused"));
        }
        run.pauses.push(Pause { from: now, to: None });
        Ok(())
    }

    fn resume(&mut self, now: DateTime<Utc>) -> Result<(), Refusal> {
        let Some(run) = self.current_run_mut() else {
            return refuse(crate::tr!("refuse-nothing-is-running"));
        };
        match run.pauses.last_mut() {
            Some(p) if p.to.is_none() => {
                // A clock stepped back must not end a pause before it began.
                p.to = Some(now.max(p.from));
                Ok(())
            }
            _ => refuse(crate::tr!("refuse-not-paused")),
        }
    }

    fn close_pause(&mut self, now: DateTime<Utc>) {
        if let Some(run) = self.current_run_mut()
            && let Some(p) = run.pauses.last_mut()
            && p.to.is_none()
        {
            p.to = Some(now.max(p.from));
        }
    }

    fn next(&mut self, now: DateTime<Utc>) -> Result<(), Refusal> {
        let Some(item) = self.current else { return refuse(crate::tr!("refuse-nothing-is-running")) };
        self.close_pause(now);
        let phase = self.runs[item].phases.last().map_or(0, |p| p.phase);
        if phase + 1 < self.session.items[item].phases.len() {
            let run = &mut self.runs[item];
            if let Some(p) = run.phases.last_mut() {
                p.end = Some(now);
            }
            let next = run.open_phase(phase + 1, now);
            run.phases.push(next);
            self.serial += 1;
            self.pending.push(Event { at: now, kind: EventKind::PhaseStarted { item, phase: phase + 1 } });
        } else {
            self.end_current(now, ItemStatus::Done);
            self.advance(now);
        }
        Ok(())
    }

    /// Ends the current item with `status` (its pause closed, its phase ended).
    fn end_current(&mut self, now: DateTime<Utc>, status: ItemStatus) {
        self.close_pause(now);
        let Some(item) = self.current.take() else { return };
        let run = &mut self.runs[item];
        if let Some(p) = run.phases.last_mut() {
            p.end = Some(now);
        }
        run.fold_carried();
        run.end = Some(now);
        run.status = status;
        if status == ItemStatus::Skipped {
            run.skipped_at = Some(now);
        }
        let kind = if self.session.items[item].is_break() {
            EventKind::BreakEnded { item }
        } else {
            EventKind::SlotEnded { item, skipped: status == ItemStatus::Skipped }
        };
        self.pending.push(Event { at: now, kind });
        self.watch = None;
    }

    /// Starts the next upcoming item after the last one that ran, or finishes the session.
    fn advance(&mut self, now: DateTime<Utc>) {
        let last_position = self.order.iter().rposition(|&i| {
            matches!(self.runs[i].status, ItemStatus::Done | ItemStatus::Skipped)
                && self.runs[i].start.is_some()
        });
        match self.next_upcoming_after(last_position).or_else(|| self.next_upcoming_after(None)) {
            Some(next) => self.begin_item(next, now),
            None => {
                self.finished = Some(now);
                self.pending.push(Event { at: now, kind: EventKind::SessionFinished });
            }
        }
    }

    /// What `back` would reopen: the previous phase of the current item, or the last item that
    /// ended (when the current item is in its first phase, or the session has finished).
    fn back_target(&self) -> Option<(usize, bool)> {
        if let Some(item) = self.current {
            if self.runs[item].phases.len() > 1 {
                return Some((item, true));
            }
        } else if self.finished.is_none() {
            return None;
        }
        self.order
            .iter()
            .copied()
            .filter(|&i| {
                Some(i) != self.current && self.runs[i].start.is_some() && self.runs[i].end.is_some()
            })
            .max_by_key(|&i| self.runs[i].end)
            .map(|i| (i, false))
    }

    fn back(&mut self, now: DateTime<Utc>) -> Result<(), Refusal> {
        let Some((target, same_item)) = self.back_target() else {
            return refuse(crate::tr!("refuse-there-is-nothing-to-go"));
        };
        if same_item {
            let run = &mut self.runs[target];
            let Some(mut popped) = run.phases.pop() else {
                return refuse(crate::tr!("refuse-there-is-nothing-to-go"));
            };
            if let Some(prev) = run.phases.last_mut() {
                prev.end = None;
                prev.pauses.append(&mut popped.pauses);
            }
            // Its extensions stay: they return when the phase runs again.
            popped.end = None;
            run.carried.push(popped);
        } else {
            // The current item (if any) returns to upcoming; the time it ran goes back to `target`,
            // its extensions wait for it to run again.
            let mut carried = Vec::new();
            if let Some(cur) = self.current.take() {
                let run = &mut self.runs[cur];
                let mut kept: Vec<PhaseRun> = run.carried.drain(..).collect();
                for mut p in run.phases.drain(..).rev() {
                    carried.append(&mut p.pauses);
                    p.end = None;
                    kept.push(p);
                }
                *run = ItemRun { adjust: run.adjust, carried: kept, ..ItemRun::upcoming() };
            }
            self.finished = None;
            let run = &mut self.runs[target];
            run.status = ItemStatus::Running;
            run.end = None;
            run.skipped_at = None;
            if let Some(p) = run.phases.last_mut() {
                p.end = None;
                p.pauses.extend(carried);
            }
            self.current = Some(target);
        }
        self.serial += 1;
        let phase = self.runs[target].phases.last().map_or(0, |p| p.phase);
        let kind = if self.session.items[target].is_break() {
            EventKind::BreakStarted { item: target }
        } else {
            EventKind::PhaseStarted { item: target, phase }
        };
        self.pending.push(Event { at: now, kind });
        // The reopened phase's thresholds and overtime minutes were announced when they were
        // crossed; they are not announced again.
        self.watch_as_seen(now);
        Ok(())
    }

    fn extend(&mut self, now: DateTime<Utc>, seconds: i64) -> Result<(), Refusal> {
        let delta = TimeDelta::try_seconds(seconds).filter(|d| !d.is_zero() && d.abs() <= MAX_ADJUST);
        let Some(delta) = delta else {
            return refuse(crate::tr!("refuse-extension-range", seconds = seconds));
        };
        let Some(run) = self.current_run_mut() else {
            return refuse(crate::tr!("refuse-nothing-is-running"));
        };
        run.added += delta;
        run.changes.push(Change::Extension { at: now, seconds: delta.num_seconds() });
        Ok(())
    }

    fn skip(&mut self, now: DateTime<Utc>, item: usize) -> Result<(), Refusal> {
        self.check_item(item)?;
        if Some(item) == self.current {
            self.end_current(now, ItemStatus::Skipped);
            self.advance(now);
            return Ok(());
        }
        self.check_upcoming(item)?;
        let run = &mut self.runs[item];
        run.status = ItemStatus::Skipped;
        run.skipped_at = Some(now);
        Ok(())
    }

    fn unskip(&mut self, item: usize) -> Result<(), Refusal> {
        self.check_item(item)?;
        let run = &mut self.runs[item];
        if run.status != ItemStatus::Skipped || run.start.is_some() {
            return refuse(crate::tr!("refuse-not-skipped-before", talk = self.session.items[item].title));
        }
        run.status = ItemStatus::Upcoming;
        run.skipped_at = None;
        // It goes back among the upcoming items, right after the running one if it was behind it.
        if let Some(pos) = self.position_of(item) {
            let floor = self.current.and_then(|c| self.position_of(c)).map_or(0, |p| p + 1);
            if pos < floor {
                self.order.remove(pos);
                self.order.insert(floor - 1, item);
            }
        }
        Ok(())
    }

    fn goto(&mut self, now: DateTime<Utc>, item: usize) -> Result<(), Refusal> {
        self.check_upcoming(item)?;
        let Some(from) = self.position_of(item) else {
            return refuse(crate::tr!("refuse-item-not-in-the-running"));
        };
        self.order.remove(from);
        let anchor = self.current.or_else(|| {
            self.order
                .iter()
                .copied()
                .filter(|&i| self.runs[i].start.is_some())
                .max_by_key(|&i| self.runs[i].end)
        });
        let to = anchor.and_then(|a| self.position_of(a)).map_or(0, |p| p + 1);
        self.order.insert(to, item);
        if self.current.is_some() {
            self.end_current(now, ItemStatus::Done);
        }
        if self.started.is_none() {
            self.started = Some(now);
        }
        self.finished = None;
        self.begin_item(item, now);
        Ok(())
    }

    fn move_item(&mut self, item: usize, to: usize) -> Result<(), Refusal> {
        self.check_upcoming(item)?;
        let Some(from) = self.position_of(item) else {
            return refuse(crate::tr!("refuse-item-not-in-the-running"));
        };
        // Upcoming items can only move among positions after everything that has run.
        let floor = self
            .order
            .iter()
            .rposition(|&i| self.runs[i].status != ItemStatus::Upcoming && self.runs[i].start.is_some())
            .map_or(0, |p| p + 1);
        if to < floor || to >= self.order.len() {
            return refuse(crate::tr!(
                "refuse-place-not-to-come",
                place = to + 1,
                from = floor + 1,
                to = self.order.len()
            ));
        }
        self.order.remove(from);
        self.order.insert(to, item);
        Ok(())
    }

    fn correct(&mut self, now: DateTime<Utc>, seconds: i64) -> Result<(), Refusal> {
        let Some(item) = self.current else { return refuse(crate::tr!("refuse-nothing-is-running")) };
        let Some(ago) =
            TimeDelta::try_seconds(seconds).filter(|d| *d >= TimeDelta::zero() && *d <= MAX_ADJUST)
        else {
            return refuse(crate::tr!("refuse-correction-range", seconds = seconds));
        };
        let new_start = now - ago;
        let index = self.runs[item].phases.len().saturating_sub(1);
        let Some(current) = self.runs[item].phases.get(index) else {
            return refuse(crate::tr!("refuse-nothing-is-running"));
        };
        let old = current.start;
        // What ran just before, whose end moves with this start: the previous phase of this item,
        // or the item that ended when this one started.
        let previous: Option<(usize, usize)> = if index > 0 {
            Some((item, index - 1))
        } else {
            self.order
                .iter()
                .copied()
                .filter(|&i| i != item && self.runs[i].end == Some(old))
                .max_by_key(|&i| self.runs[i].start)
                .and_then(|i| self.runs[i].phases.len().checked_sub(1).map(|r| (i, r)))
        };
        // The lower bound: the previous phase's own start (it keeps at least that), or, after a
        // gap, the end of anything that already ended.
        let lower = match previous {
            Some((i, r)) => self.runs[i].phases[r].start,
            None => self
                .runs
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != item)
                .filter_map(|(_, r)| r.end)
                .max()
                .unwrap_or(DateTime::<Utc>::MIN_UTC),
        };
        if new_start < lower {
            let what = match (index, previous) {
                (0, None) => crate::tr!("refuse-the-last-item-ended"),
                (0, Some(_)) => crate::tr!("refuse-the-previous-item-s-last"),
                _ => crate::tr!("refuse-the-previous-phase-started"),
            };
            return refuse(crate::tr!(
                "refuse-before",
                what = what,
                seconds = (now - lower).num_seconds().max(0)
            ));
        }
        if current.pauses.first().is_some_and(|p| new_start > p.from) {
            return refuse(crate::tr!("refuse-that-is-after-a-pause"));
        }
        let run = &mut self.runs[item];
        if let Some(p) = run.phases.get_mut(index) {
            p.start = new_start;
            p.changes.push(Change::Correction { at: now, from: old, to: new_start });
        }
        if index == 0 {
            run.start = Some(new_start);
            if self.started == Some(old) {
                self.started = Some(new_start);
            }
        }
        if let Some((i, r)) = previous {
            let prev_run = &mut self.runs[i];
            if i != item {
                prev_run.end = Some(new_start);
            }
            if let Some(prev) = prev_run.phases.get_mut(r) {
                prev.end = Some(new_start);
                // Pauses of the previous phase after its new end no longer happened in it.
                prev.pauses.retain(|p| p.from < new_start);
                for p in &mut prev.pauses {
                    p.to = p.to.map(|t| t.min(new_start));
                }
                if new_start != old {
                    prev.changes.push(Change::EndCorrected { at: now, from: old, to: new_start });
                }
            }
        }
        Ok(())
    }

    fn adjust_to(&mut self, item: usize, adjust: TimeDelta) -> Result<(), Refusal> {
        let plan = &self.session.items[item];
        let last = plan.phases.len() - 1;
        if plan.phases[last].length + adjust < TimeDelta::minutes(1) {
            return refuse(crate::tr!(
                "refuse-shortening",
                talk = plan.title,
                phase = plan.phases[last].name
            ));
        }
        self.runs[item].adjust = adjust;
        Ok(())
    }

    fn set_length(&mut self, item: usize, seconds: i64) -> Result<(), Refusal> {
        self.check_upcoming(item)?;
        let Some(len) =
            TimeDelta::try_seconds(seconds).filter(|d| *d > TimeDelta::zero() && *d <= TimeDelta::hours(24))
        else {
            return refuse(crate::tr!("refuse-length-range", seconds = seconds));
        };
        let adjust = len - self.session.items[item].length();
        self.adjust_to(item, adjust)
    }

    fn catch_up(&mut self, trims: &[ItemTrim]) -> Result<(), Refusal> {
        if trims.is_empty() {
            return refuse(crate::tr!("refuse-nothing-to-catch-up-the"));
        }
        for t in trims {
            self.check_upcoming(t.item)?;
            if t.seconds <= 0 || TimeDelta::try_seconds(t.seconds).is_none_or(|d| d > MAX_ADJUST) {
                return refuse(crate::tr!("refuse-trim-positive", seconds = t.seconds));
            }
        }
        let before: Vec<TimeDelta> = trims.iter().map(|t| self.runs[t.item].adjust).collect();
        for t in trims {
            let adjust = self.runs[t.item].adjust - TimeDelta::seconds(t.seconds);
            if let Err(e) = self.adjust_to(t.item, adjust) {
                for (t, b) in trims.iter().zip(before) {
                    self.runs[t.item].adjust = b;
                }
                return Err(e);
            }
        }
        Ok(())
    }

    fn show_message(&mut self, now: DateTime<Utc>, text: &str) -> Result<(), Refusal> {
        if let Some(problem) = super::command::message_problem(text, 280) {
            return Err(Refusal(problem));
        }
        let text = text.trim();
        if let Some(m) = self.messages.last_mut().filter(|m| m.hidden.is_none()) {
            m.hidden = Some(now.max(m.shown));
        }
        self.messages.push(MessageLog { text: text.to_owned(), shown: now, hidden: None });
        Ok(())
    }

    fn finish(&mut self, now: DateTime<Utc>) -> Result<(), Refusal> {
        if self.current.is_none() {
            return refuse(crate::tr!("refuse-nothing-is-running"));
        }
        self.end_current(now, ItemStatus::Done);
        self.finished = Some(now);
        self.pending.push(Event { at: now, kind: EventKind::SessionFinished });
        Ok(())
    }
}
