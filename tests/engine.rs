//! The timing engine, by behaviour, with a fake clock.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::schedule::{ItemKind, Session};
use chairtime::timing::clock::{Clock, FakeClock};
use chairtime::timing::command::{Command, CommandKind};
use chairtime::timing::engine::{Engine, ItemStatus};
use chairtime::timing::events::EventKind;
use chairtime::timing::view::Urgency;
use chrono::{DateTime, TimeDelta, Utc};

fn bpf() -> Session {
    load_bundled(&Overrides::default()).unwrap().session
}

fn secs(s: i64) -> TimeDelta {
    TimeDelta::seconds(s)
}

fn mins(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

/// An engine on the bundled session with a fake clock at its planned start.
struct Rig {
    engine: Engine,
    clock: FakeClock,
}

impl Rig {
    fn new() -> Self {
        let session = bpf();
        let clock = FakeClock::new(session.start);
        Self { engine: Engine::new(session), clock }
    }

    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    fn wait(&mut self, d: TimeDelta) -> &mut Self {
        self.clock.advance(d);
        self
    }

    fn run(&mut self, c: impl Into<Command>) {
        let c = c.into();
        let now = self.now();
        self.engine.apply(&c, now).unwrap_or_else(|r| panic!("{c:?} refused: {r}"));
    }

    /// Presses next until the current item ends.
    fn end_item(&mut self) {
        let item = self.engine.current();
        while self.engine.current() == item && item.is_some() {
            self.run(Command::Next);
        }
    }

    fn remaining(&self) -> TimeDelta {
        self.engine.view(self.now()).current.unwrap().phase_remaining
    }
}

#[test]
fn before_the_session_nothing_runs_and_only_setup_commands_are_allowed() {
    let rig = Rig::new();
    let v = rig.engine.view(rig.now() - mins(10));
    assert_eq!(v.urgency, Urgency::NotStarted);
    assert_eq!(v.until_start, mins(10));
    assert_eq!(v.next_up, Some(0));
    let allowed = rig.engine.allowed();
    assert!(allowed.contains(&CommandKind::Start));
    assert!(!allowed.contains(&CommandKind::Next));
    assert!(!allowed.contains(&CommandKind::Pause));
    assert!(rig.engine.clone().apply(&Command::Next, rig.now()).is_err(), "next before start is refused");
}

#[test]
fn remaining_time_is_derived_from_timestamps_at_any_instant() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    let start = rig.now();
    for s in [0, 1, 59, 299, 300, 301, 1000] {
        let v = rig.engine.view(start + secs(s));
        assert_eq!(v.current.unwrap().phase_remaining, mins(5) - secs(s), "intro after {s} s");
    }
    // The same question asked twice, or out of order, gets the same answer.
    assert_eq!(rig.engine.view(start + secs(42)), rig.engine.view(start + secs(42)));
}

#[test]
fn the_intro_overrun_comes_out_of_the_discussion_so_the_slot_ends_on_plan() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(6)).run(Command::Next);
    let c = rig.engine.view(rig.now()).current.unwrap();
    assert_eq!(c.phase_name, "Discussion");
    assert_eq!(c.phase_remaining, mins(16), "22m slot − 6m intro");
    assert_eq!(c.slot_remaining, mins(16));
}

#[test]
fn pausing_pushes_the_finish_later_by_the_pause() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(2)).run(Command::Pause);
    let frozen = rig.remaining();
    rig.wait(mins(3));
    assert_eq!(rig.remaining(), frozen, "the countdown is frozen while paused");
    assert_eq!(rig.engine.view(rig.now()).urgency, Urgency::Paused);
    rig.run(Command::Resume);
    rig.wait(mins(1));
    assert_eq!(rig.remaining(), mins(2), "5m − 2m − 1m; the 3-minute pause does not count");
    let v = rig.engine.view(rig.now());
    assert_eq!(v.offset, mins(3), "the pause puts the session 3 minutes behind");
    assert_eq!(v.projected_end, rig.engine.session().planned_end + mins(3));
}

#[test]
fn extending_and_trimming_move_the_current_phase_end() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.run(Command::Extend { seconds: 60 });
    assert_eq!(rig.remaining(), mins(6));
    rig.run(Command::Trim { seconds: 90 });
    assert_eq!(rig.remaining(), mins(4) + secs(30));
    assert!(rig.engine.clone().apply(&Command::Extend { seconds: 0 }, rig.now()).is_err());
}

#[test]
fn thresholds_fire_once_each_and_overtime_counts_minutes() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.run(Command::Next); // discussion: 22m, warning 5m, danger 2m
    let mut kinds = Vec::new();
    for _ in 0..(25 * 60) {
        rig.wait(secs(1));
        let now = rig.now();
        kinds.extend(rig.engine.tick(now).into_iter().map(|e| e.kind));
    }
    let item = 0;
    let phase = 1;
    assert_eq!(
        kinds,
        [
            EventKind::PhaseStarted { item, phase: 0 },
            EventKind::PhaseStarted { item, phase },
            EventKind::WarningReached { item, phase },
            EventKind::DangerReached { item, phase },
            EventKind::OvertimeStarted { item, phase },
            EventKind::OvertimeMinute { item, phase, minutes: 1 },
            EventKind::OvertimeMinute { item, phase, minutes: 2 },
            EventKind::OvertimeMinute { item, phase, minutes: 3 },
        ]
    );
}

#[test]
fn how_often_tick_is_called_does_not_change_what_it_reports() {
    let collect = |step: i64| {
        let mut rig = Rig::new();
        rig.run(Command::Start);
        let mut events = Vec::new();
        for _ in 0..(30 * 60 / step) {
            rig.wait(secs(step));
            let now = rig.now();
            events.extend(rig.engine.tick(now));
        }
        events
    };
    let every_second = collect(1);
    assert_eq!(
        collect(9).iter().map(|e| e.kind).collect::<Vec<_>>(),
        every_second.iter().map(|e| e.kind).collect::<Vec<_>>()
    );
    // And each event carries the instant it really happened, not when it was noticed.
    let once = collect(30 * 60);
    assert_eq!(
        once.iter().map(|e| (e.at, e.kind)).collect::<Vec<_>>(),
        every_second.iter().map(|e| (e.at, e.kind)).collect::<Vec<_>>()
    );
}

#[test]
fn extending_past_zero_unfinishes_and_the_next_crossing_fires_again() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(5) + secs(10));
    let now = rig.now();
    let fired: Vec<EventKind> = rig.engine.tick(now).into_iter().map(|e| e.kind).collect();
    assert!(fired.contains(&EventKind::OvertimeStarted { item: 0, phase: 0 }));
    assert_eq!(rig.engine.view(now).urgency, Urgency::Overtime);
    rig.run(Command::Extend { seconds: 60 });
    assert_eq!(
        rig.engine.view(rig.now()).urgency,
        Urgency::Warning,
        "50 s left: above danger (30 s), under warning (1 m)"
    );
    let now = rig.now();
    assert!(rig.engine.tick(now).is_empty(), "giving time back fires nothing");
    rig.wait(secs(60));
    let now = rig.now();
    let again: Vec<EventKind> = rig.engine.tick(now).into_iter().map(|e| e.kind).collect();
    assert_eq!(
        again,
        [EventKind::DangerReached { item: 0, phase: 0 }, EventKind::OvertimeStarted { item: 0, phase: 0 }],
        "crossing again fires again, once each"
    );
    let now = rig.now();
    assert!(rig.engine.tick(now).is_empty());
}

#[test]
fn the_first_slot_of_the_done_when_script_runs_1420_seconds() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(4) + secs(30)).run(Command::Next);
    rig.wait(mins(19) + secs(10)).run(Command::Next);
    let run = &rig.engine.runs()[0];
    assert_eq!(run.status, ItemStatus::Done);
    assert_eq!(run.end.unwrap() - run.start.unwrap(), secs(1420));
    let v = rig.engine.view(rig.now());
    assert_eq!(v.current.as_ref().unwrap().title, "BPF Debugging");
    assert_eq!(v.offset, secs(100), "100 s behind: slot 2 started at 15:23:40 instead of 15:22");
}

#[test]
fn back_undoes_a_mistaken_next_within_and_across_items() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(2)).run(Command::Next);
    rig.wait(secs(5)).run(Command::Back);
    let c = rig.engine.view(rig.now()).current.unwrap();
    assert_eq!((c.item, c.phase), (0, 0));
    assert_eq!(c.phase_remaining, mins(3) - secs(5), "the intro kept counting through the mistake");
    rig.run(Command::Next);
    rig.wait(mins(20)).run(Command::Next);
    rig.wait(secs(3)).run(Command::Back);
    let c = rig.engine.view(rig.now()).current.unwrap();
    assert_eq!((c.item, c.phase), (0, 1), "back to the first slot's discussion");
    assert_eq!(rig.engine.runs()[1].status, ItemStatus::Upcoming);
    assert_eq!(rig.engine.runs()[0].end, None);
}

#[test]
fn a_correction_moves_the_phase_start_and_is_recorded() {
    let mut rig = Rig::new();
    rig.wait(secs(90)).run(Command::Start); // the chair pressed start 90 s late
    rig.wait(secs(10)).run(Command::Correct { seconds: 100 });
    let run = &rig.engine.runs()[0];
    assert_eq!(run.start, Some(rig.engine.session().start), "the item really started on time");
    assert_eq!(rig.engine.started(), Some(rig.engine.session().start));
    assert_eq!(rig.remaining(), mins(5) - secs(100));
    assert_eq!(run.phases[0].changes.len(), 1, "the correction is kept, not hidden");
}

#[test]
fn a_correction_in_a_later_phase_moves_the_previous_phase_end() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(6)).run(Command::Next);
    rig.wait(secs(30)).run(Command::Correct { seconds: 90 });
    let phases = &rig.engine.runs()[0].phases;
    assert_eq!(phases[0].end, Some(phases[1].start));
    assert_eq!(phases[1].start, rig.engine.session().start + mins(5));
    assert!(
        rig.engine.clone().apply(&Command::Correct { seconds: 3600 }, rig.now()).is_err(),
        "not before the intro started"
    );
}

#[test]
fn skipping_an_upcoming_slot_puts_the_session_ahead_by_its_length() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.run(Command::Skip { item: 1 });
    let v = rig.engine.view(rig.now());
    assert_eq!(v.projected_end, rig.engine.session().planned_end - mins(23));
    rig.wait(mins(22)).end_item();
    let v = rig.engine.view(rig.now());
    assert_eq!(v.current.unwrap().item, 2, "the skipped slot is passed over");
    assert_eq!(v.offset, -mins(23), "slot 3 started at 15:22 instead of 15:45");
    assert_eq!(rig.engine.runs()[1].status, ItemStatus::Skipped);
}

#[test]
fn skipping_the_running_slot_ends_it_and_starts_the_next() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(1)).run(Command::Skip { item: 0 });
    assert_eq!(rig.engine.runs()[0].status, ItemStatus::Skipped);
    assert_eq!(rig.engine.current(), Some(1));
    assert!(rig.engine.clone().apply(&Command::Unskip { item: 0 }, rig.now()).is_err(), "it had started");
}

#[test]
fn a_skipped_slot_can_be_put_back_when_its_speaker_turns_up() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.run(Command::Skip { item: 2 });
    rig.run(Command::Unskip { item: 2 });
    rig.wait(mins(22)).end_item();
    rig.wait(mins(23)).end_item();
    assert_eq!(rig.engine.current(), Some(2));
}

#[test]
fn reordering_keeps_the_plan_positions_and_the_offset_right() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    // Slot 4 (23 min) goes before slot 2 (23 min): same lengths, so the plan is unchanged.
    rig.run(Command::Move { item: 3, to: 1 });
    assert_eq!(&rig.engine.order()[..4], &[0, 3, 1, 2]);
    rig.wait(mins(22)).end_item();
    let v = rig.engine.view(rig.now());
    assert_eq!(v.current.as_ref().unwrap().item, 3);
    assert_eq!(v.offset, TimeDelta::zero());
    assert_eq!(v.rows[1].planned_start, rig.engine.session().start + mins(22));
    assert!(
        rig.engine.clone().apply(&Command::Move { item: 2, to: 0 }, rig.now()).is_err(),
        "not before what has run"
    );
}

#[test]
fn goto_ends_the_current_item_and_runs_the_chosen_one_next_in_order() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(22)).run(Command::Goto { item: 5 });
    assert_eq!(rig.engine.current(), Some(5));
    assert_eq!(&rig.engine.order()[..3], &[0, 5, 1]);
    rig.wait(mins(20)).end_item();
    assert_eq!(rig.engine.current(), Some(1), "then the running order continues");
}

#[test]
fn the_catch_up_plan_ends_the_session_on_time_when_applied() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(5)).run(Command::Next);
    rig.wait(mins(29)).run(Command::Next); // slot 1 ran 34 min instead of 22: 12 min behind
    let v = rig.engine.view(rig.now());
    assert_eq!(v.projected_end - v.planned_end, mins(12));
    let plan = v.catch_up.clone();
    assert_eq!(plan.needed, mins(12));
    assert_eq!(plan.trims.iter().map(|t| t.seconds).sum::<i64>(), 12 * 60);
    assert_eq!(plan.unrecovered, TimeDelta::zero());
    assert!(
        plan.trims.iter().all(|t| rig.engine.session().items[t.item].kind == ItemKind::Slot),
        "breaks are left alone"
    );
    assert!(plan.trims.iter().all(|t| t.item != 1), "the running slot is not re-planned");
    rig.run(Command::CatchUp { trims: plan.trims });
    let v = rig.engine.view(rig.now());
    assert_eq!(v.projected_end, v.planned_end);
    assert!(v.catch_up.trims.is_empty());
}

#[test]
fn the_catch_up_plan_never_cuts_a_slot_below_its_floor() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(200)).run(Command::Next); // hopeless
    let v = rig.engine.view(rig.now());
    for t in &v.catch_up.trims {
        let planned = rig.engine.session().items[t.item].length().num_seconds();
        assert!(t.seconds * 4 <= planned, "at most a quarter of {planned} s, got {}", t.seconds);
    }
    assert!(v.catch_up.unrecovered > TimeDelta::zero());
}

#[test]
fn a_break_shows_as_break_until_it_runs_over() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    for _ in 0..8 {
        rig.run(Command::Next);
    }
    let v = rig.engine.view(rig.now());
    assert_eq!(v.current.as_ref().unwrap().kind, ItemKind::Break);
    assert_eq!(v.urgency, Urgency::Break);
    rig.wait(mins(31));
    assert_eq!(rig.engine.view(rig.now()).urgency, Urgency::Overtime);
}

#[test]
fn time_to_the_next_break_and_slack_to_the_hard_end_follow_the_projection() {
    let text =
        chairtime::schedule::load::BUNDLED_TEXT.replace("# hard_end = \"19:40\"", "hard_end = \"19:40\"");
    let session =
        chairtime::schedule::load::load_bytes("x", text.as_bytes(), &Overrides::default()).unwrap().session;
    let mut engine = Engine::new(session.clone());
    engine.apply(&Command::Start, session.start).unwrap();
    let v = engine.view(session.start + mins(10));
    assert_eq!(v.to_next_break, Some(mins(80)), "the break is planned at 16:30");
    assert_eq!(v.slack_to_hard_end, Some(mins(60)));
    assert_eq!(v.slots_done, 0);
    assert_eq!(v.slot_count, 9);
}

#[test]
fn finishing_ends_the_session_and_leaves_the_rest_unrun() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(10)).run(Command::Finish);
    let v = rig.engine.view(rig.now());
    assert_eq!(v.urgency, Urgency::Finished);
    assert_eq!(rig.engine.runs()[1].status, ItemStatus::Upcoming);
    let now = rig.now();
    assert!(rig.engine.tick(now).iter().any(|e| e.kind == EventKind::SessionFinished));
    assert!(rig.engine.allowed().contains(&CommandKind::Back), "a mistaken finish can be undone");
}

#[test]
fn messages_and_blackout_are_state_not_time() {
    let mut rig = Rig::new();
    rig.run(Command::ShowMessage { text: "5 minutes left".into() });
    assert_eq!(rig.engine.view(rig.now()).message.as_deref(), Some("5 minutes left"));
    rig.run(Command::Blackout { on: true });
    assert!(rig.engine.view(rig.now()).blackout);
    rig.run(Command::HideMessage);
    assert_eq!(rig.engine.view(rig.now()).message, None);
    assert!(rig.engine.clone().apply(&Command::ShowMessage { text: "  ".into() }, rig.now()).is_err());
}

#[test]
fn the_allowed_list_matches_what_apply_accepts() {
    let mut rig = Rig::new();
    let probes = [
        Command::Start,
        Command::Pause,
        Command::Resume,
        Command::Next,
        Command::Back,
        Command::Extend { seconds: 60 },
        Command::Trim { seconds: 60 },
        Command::Correct { seconds: 0 },
        Command::HideMessage,
        Command::Finish,
    ];
    let check = |engine: &Engine, now| {
        let allowed = engine.allowed();
        for p in &probes {
            let ok = engine.clone().apply(p, now).is_ok();
            assert_eq!(allowed.contains(&p.kind()), ok, "{p:?}: allowed list and apply disagree");
        }
    };
    check(&rig.engine, rig.now());
    rig.run(Command::Start);
    check(&rig.engine, rig.now());
    rig.run(Command::Pause);
    check(&rig.engine, rig.now());
    rig.run(Command::Resume);
    rig.run(Command::Next);
    check(&rig.engine, rig.now());
    rig.run(Command::Finish);
    check(&rig.engine, rig.now());
}

#[test]
fn a_correction_never_moves_a_start_before_an_item_that_already_ended() {
    let mut rig = Rig::new();
    rig.run(Command::Start);
    rig.wait(mins(10)).run(Command::Finish);
    rig.wait(mins(10)).run(Command::Goto { item: 3 });
    assert!(rig.engine.clone().apply(&Command::Correct { seconds: 3600 }, rig.now()).is_err());
    rig.run(Command::Correct { seconds: 300 });
    assert!(rig.engine.runs()[3].start.unwrap() >= rig.engine.runs()[0].end.unwrap());
}
