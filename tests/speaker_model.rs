//! The speaker's model holds instants, so every screen can format it at its own `now`: formatted
//! later, it must say exactly what a model computed afresh at that instant says. This is what lets
//! the web page count by itself between pushes and still agree with the projector window.

#![allow(clippy::unwrap_used, clippy::panic, reason = "test helpers: a failed step is a failed test")]

use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::command::Command;
use chairtime::timing::engine::Engine;
use chairtime::timing::speaker::Speaker;
use chrono::{DateTime, TimeDelta, Utc};

fn engine() -> (Engine, DateTime<Utc>) {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let start = session.start;
    (Engine::new(session), start)
}

/// From `from`, every 250 ms for `span`, the model computed at `from` and formatted at `t` equals
/// the model computed at `t`.
fn agrees_for(engine: &Engine, from: DateTime<Utc>, span: TimeDelta) {
    let early = Speaker::new(engine, from);
    let mut t = from;
    while t <= from + span {
        let fresh = Speaker::new(engine, t).text_at(t);
        let later = early.text_at(t);
        assert_eq!(later, fresh, "at {t} (model from {from})");
        t += TimeDelta::milliseconds(250);
    }
}

#[test]
fn a_model_formatted_later_agrees_with_one_computed_then_before_the_start() {
    let (e, start) = engine();
    agrees_for(&e, start - TimeDelta::seconds(90), TimeDelta::seconds(120));
}

#[test]
fn a_model_formatted_later_agrees_through_warning_danger_and_overtime() {
    let (mut e, start) = engine();
    e.apply(&Command::Start, start).unwrap();
    e.apply(&Command::Next, start + TimeDelta::seconds(270)).unwrap();
    // The discussion phase: run the model from shortly before its warning to well into overtime.
    let c = e.view(start + TimeDelta::seconds(300)).current.unwrap();
    let ends = start + TimeDelta::seconds(300) + c.phase_remaining;
    let from = ends - TimeDelta::minutes(6);
    let early = Speaker::new(&e, from);
    assert!(early.changes.len() >= 2, "warning, danger and overtime lie ahead: {:?}", early.changes);
    agrees_for(&e, from, TimeDelta::minutes(8));
}

#[test]
fn a_paused_model_stays_frozen_and_agrees() {
    let (mut e, start) = engine();
    e.apply(&Command::Start, start).unwrap();
    e.apply(&Command::Pause, start + TimeDelta::seconds(100)).unwrap();
    let from = start + TimeDelta::seconds(130);
    let early = Speaker::new(&e, from);
    assert!(early.changes.is_empty(), "nothing changes while paused");
    // The time of day moves on while paused; the countdown does not.
    assert_eq!(early.text_at(from).big, early.text_at(from + TimeDelta::seconds(200)).big);
    agrees_for(&e, from, TimeDelta::seconds(200));
}

#[test]
fn a_break_and_the_end_of_the_session_agree_too() {
    let (mut e, start) = engine();
    e.apply(&Command::Start, start).unwrap();
    let mut t = start;
    // Run items with Next until a break runs.
    for _ in 0..40 {
        t += TimeDelta::seconds(30);
        e.apply(&Command::Next, t).unwrap();
        if e.view(t).current.as_ref().is_some_and(|c| c.kind == chairtime::schedule::ItemKind::Break) {
            break;
        }
    }
    agrees_for(&e, t, TimeDelta::minutes(3));
    e.apply(&Command::Finish, t + TimeDelta::seconds(10)).unwrap();
    agrees_for(&e, t + TimeDelta::seconds(20), TimeDelta::seconds(90));
}

#[test]
fn a_running_slot_sends_nothing_new_from_second_to_second() {
    // The pages get a state only when it changes: a model computed a second later must be equal.
    let (mut e, start) = engine();
    e.apply(&Command::Start, start).unwrap();
    let t = start + TimeDelta::seconds(30);
    let (a, b) = (Speaker::new(&e, t), Speaker::new(&e, t + TimeDelta::milliseconds(1700)));
    assert_eq!(a, b);
    e.apply(&Command::Extend { seconds: 60 }, t + TimeDelta::seconds(2)).unwrap();
    assert_ne!(Speaker::new(&e, t + TimeDelta::seconds(3)), b, "a chair action is a new state");
}
