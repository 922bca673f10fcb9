//! Sequences of chair actions that once gave wrong numbers (issue "Trust every number"): each
//! test replays the reported sequence with a fake clock and checks what the chair, the speaker
//! and the report see.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::report::{Format, Report};
use chairtime::schedule::Session;
use chairtime::schedule::load::{Overrides, load_bundled, load_bytes};
use chairtime::timing::command::Command;
use chairtime::timing::engine::{Change, Engine, ItemStatus};
use chairtime::timing::events::EventKind;
use chrono::{DateTime, TimeDelta, Utc};

fn bpf() -> Session {
    load_bundled(&Overrides::default()).unwrap().session
}

/// Three 10-minute talks A, B, C (one phase each), and a 10-minute break between B and C when
/// `with_break`.
fn abc(with_break: bool) -> Session {
    let brk = if with_break { "[[item]]\nbreak = true\ntitle = \"Coffee\"\nlength = \"10m\"\n" } else { "" };
    let toml = format!(
        "[session]\ntitle = \"ABC\"\ndate = 2024-03-05\ntime_zone = \"Europe/Berlin\"\nstart = \"10:00\"\n\
         [[item]]\ntitle = \"A\"\nlength = \"10m\"\n[[item]]\ntitle = \"B\"\nlength = \"10m\"\n{brk}\
         [[item]]\ntitle = \"C\"\nlength = \"10m\"\n"
    );
    load_bytes("abc.toml", toml.as_bytes(), &Overrides::default()).unwrap().session
}

/// `m:ss` after the session's planned start.
fn at(session: &Session, text: &str) -> DateTime<Utc> {
    let (m, s) = text.split_once(':').unwrap();
    session.start + TimeDelta::seconds(m.parse::<i64>().unwrap() * 60 + s.parse::<i64>().unwrap())
}

fn run(engine: &mut Engine, steps: &[(&str, Command)]) {
    for (t, c) in steps {
        let now = at(engine.session(), t);
        engine.apply(c, now).unwrap_or_else(|r| panic!("{t} {c:?} refused: {r}"));
    }
}

#[test]
fn back_inside_an_item_keeps_the_extension_of_the_phase_it_reopens_from() {
    let session = bpf();
    let mut e = Engine::new(session.clone());
    run(
        &mut e,
        &[
            ("0:00", Command::Start),
            ("4:30", Command::Next),
            ("10:00", Command::Extend { seconds: 120 }),
            ("10:30", Command::Back),
            ("10:40", Command::Next),
        ],
    );
    let now = at(&session, "11:00");
    let c = e.view(now).current.unwrap();
    assert_eq!(c.phase_remaining, TimeDelta::minutes(13), "22 min + 2 min given − 11 min used");
    assert_eq!(c.slot_remaining, TimeDelta::minutes(13));
    let report = Report::new(&e, now);
    let extensions: Vec<_> = report.rows[0]
        .phases
        .iter()
        .flat_map(|p| &p.changes)
        .filter(|c| matches!(c, Change::Extension { seconds: 120, .. }))
        .collect();
    assert_eq!(extensions.len(), 1, "the report still shows the extension");
    assert!(Format::Json.render(&report).contains("\"seconds\": 120"));
}

#[test]
fn back_then_next_changes_no_figure() {
    let session = bpf();
    let mut with = Engine::new(session.clone());
    let mut without = Engine::new(session.clone());
    let common =
        [("0:00", Command::Start), ("4:30", Command::Next), ("10:00", Command::Extend { seconds: 120 })];
    run(&mut with, &common);
    run(&mut without, &common);
    run(&mut with, &[("10:30", Command::Back), ("10:40", Command::Next)]);
    for t in ["11:00", "20:00", "30:00"] {
        let now = at(&session, t);
        let (a, b) = (with.view(now), without.view(now));
        let (ca, cb) = (a.current.unwrap(), b.current.unwrap());
        assert_eq!(ca.phase_remaining, cb.phase_remaining, "phase remaining at {t}");
        assert_eq!(ca.slot_remaining, cb.slot_remaining, "slot remaining at {t}");
        assert_eq!(a.offset, b.offset, "schedule offset at {t}");
        assert_eq!(a.projected_end, b.projected_end, "projected end at {t}");
        assert_eq!(a.catch_up, b.catch_up, "catch-up plan at {t}");
    }
}

#[test]
fn back_into_a_phase_far_into_overtime_does_not_announce_its_minutes_again() {
    let session = bpf();
    let mut e = Engine::new(session.clone());
    run(&mut e, &[("0:00", Command::Start)]);
    // Intro slides of 5 minutes run 9 minutes over; every minute was announced as it came.
    for m in 0..=14 {
        let _ = e.tick(at(&session, &format!("{m}:00")));
    }
    run(&mut e, &[("14:00", Command::Next), ("14:10", Command::Back)]);
    let events = e.tick(at(&session, "14:11"));
    let minutes: Vec<_> =
        events.iter().filter(|ev| matches!(ev.kind, EventKind::OvertimeMinute { .. })).collect();
    assert!(minutes.is_empty(), "no overtime minute re-announced: {events:?}");
    assert!(events.iter().any(|ev| matches!(ev.kind, EventKind::PhaseStarted { item: 0, phase: 0 })));
    // The next minute that really comes is announced, once.
    let later = e.tick(at(&session, "15:01"));
    let minutes: Vec<_> =
        later.iter().filter(|ev| matches!(ev.kind, EventKind::OvertimeMinute { minutes: 10, .. })).collect();
    assert_eq!(minutes.len(), 1, "{later:?}");
}

#[test]
fn back_into_a_break_announces_the_break_not_a_talk_phase() {
    let session = abc(true);
    let mut e = Engine::new(session.clone());
    run(
        &mut e,
        &[
            ("0:00", Command::Start),
            ("10:00", Command::Next),
            ("20:00", Command::Next),
            ("30:00", Command::Next),
        ],
    );
    let _ = e.tick(at(&session, "30:00"));
    run(&mut e, &[("30:05", Command::Back)]);
    let events = e.tick(at(&session, "30:06"));
    assert!(events.iter().any(|ev| matches!(ev.kind, EventKind::BreakStarted { item: 2 })), "{events:?}");
    assert!(!events.iter().any(|ev| matches!(ev.kind, EventKind::PhaseStarted { .. })), "{events:?}");
}

#[test]
fn the_running_order_and_the_chapters_stay_chronological_after_skip_unskip_and_back() {
    let session = abc(false);
    let mut e = Engine::new(session.clone());
    run(
        &mut e,
        &[
            ("0:00", Command::Start),
            ("0:10", Command::Skip { item: 1 }),
            ("10:00", Command::Next),
            ("20:00", Command::Next),
            ("20:10", Command::Unskip { item: 1 }),
            ("20:20", Command::Back),
            ("21:00", Command::Next),
            ("31:00", Command::Next),
        ],
    );
    let report = Report::new(&e, at(&session, "31:00"));
    let chapters = Format::Chapters.render(&report);
    assert_eq!(chapters, "0:00:00 A\n0:10:00 C\n0:21:00 B\n");
    let starts: Vec<_> = report.rows.iter().filter_map(|r| r.actual_start).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "rows in the order they ran: {starts:?}");
    let csv = Format::Csv.render(&report);
    let titles: Vec<&str> = csv.lines().skip(1).map(|l| l.split(',').nth(2).unwrap()).collect();
    assert_eq!(titles, ["A", "C", "B"]);
}

#[test]
fn a_correction_after_next_pressed_while_paused_reaches_back_into_the_paused_phase() {
    let session = bpf();
    let mut e = Engine::new(session.clone());
    run(&mut e, &[("0:00", Command::Start), ("4:00", Command::Pause), ("4:30", Command::Next)]);
    run(&mut e, &[("5:00", Command::Correct { seconds: 60 })]);
    let runs = &e.runs()[0].phases;
    assert_eq!(runs[1].start, at(&session, "4:00"), "discussion really began at 4:00");
    assert_eq!(runs[0].end, Some(at(&session, "4:00")), "so the intro ended then");
    assert!(runs[0].pauses.iter().all(|p| p.to.is_none_or(|t| t <= at(&session, "4:00"))));
    assert_eq!(runs[0].paused(at(&session, "5:00")), TimeDelta::zero(), "no pause is left after its end");
}

#[test]
fn a_correction_may_go_back_to_any_instant_after_the_previous_phase_started_but_not_before() {
    let session = bpf();
    let mut e = Engine::new(session.clone());
    run(&mut e, &[("0:00", Command::Start), ("4:30", Command::Next)]);
    let refused = e.apply(&Command::Correct { seconds: 6 * 60 }, at(&session, "5:00"));
    assert!(refused.is_err(), "6 minutes ago is before the intro started");
    run(&mut e, &[("5:00", Command::Correct { seconds: 4 * 60 + 59 })]);
    assert_eq!(e.runs()[0].phases[1].start, at(&session, "0:01"));
}

#[test]
fn a_correction_that_moves_the_previous_items_end_is_recorded_on_that_item() {
    let session = abc(false);
    let mut e = Engine::new(session.clone());
    run(
        &mut e,
        &[("0:00", Command::Start), ("11:00", Command::Next), ("11:30", Command::Correct { seconds: 90 })],
    );
    let a = &e.runs()[0];
    assert_eq!(a.end, Some(at(&session, "10:00")));
    let moved = a.phases[0].changes.iter().any(|c| {
        matches!(c, Change::EndCorrected { from, to, .. } if *from == at(&session, "11:00") && *to == at(&session, "10:00"))
    });
    assert!(moved, "{:?}", a.phases[0].changes);
    assert_eq!(e.runs()[1].start, Some(at(&session, "10:00")));
}

#[test]
fn a_pause_never_ends_before_it_began_when_the_clock_is_stepped_back() {
    let session = bpf();
    let mut e = Engine::new(session.clone());
    run(&mut e, &[("0:00", Command::Start), ("3:00", Command::Pause)]);
    // The wall clock is stepped back a minute, then the chair presses next.
    let took = e.apply(&Command::Next, at(&session, "2:00")).unwrap();
    assert!(took >= at(&session, "3:00"), "the command takes effect no earlier than the pause");
    for p in e.runs()[0].phases.iter().flat_map(|r| &r.pauses) {
        assert!(p.to.is_some_and(|t| t >= p.from), "pause {p:?}");
    }
}

#[test]
fn a_mistaken_finish_can_be_taken_back() {
    let session = abc(false);
    let mut e = Engine::new(session.clone());
    run(&mut e, &[("0:00", Command::Start), ("5:00", Command::Finish), ("5:10", Command::Back)]);
    assert_eq!(e.current(), Some(0));
    assert!(e.finished().is_none());
    assert_eq!(e.runs()[0].status, ItemStatus::Running);
}
