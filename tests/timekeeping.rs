//! The clock rules of docs/timekeeping.md, each proven with a fake clock.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::schedule::Session;
use chairtime::schedule::load::{Overrides, load_bundled, load_bytes};
use chairtime::timing::clock::{Clock, FakeClock};
use chairtime::timing::command::Command;
use chairtime::timing::engine::Engine;
use chairtime::timing::events::EventKind;
use chairtime::timing::view::Urgency;
use chrono::{TimeDelta, TimeZone, Utc};

fn secs(s: i64) -> TimeDelta {
    TimeDelta::seconds(s)
}

fn mins(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

fn session(text: &str) -> Session {
    load_bytes("t.toml", text.as_bytes(), &Overrides::default()).unwrap().session
}

#[test]
fn a_4h40m_session_with_pauses_extensions_and_corrections_ends_with_zero_drift() {
    // The bundled session stretched to the announced 4 h 40 min: the last slot takes the extra hour.
    let text = chairtime::schedule::load::BUNDLED_TEXT.replace("end = \"18:40\"", "end = \"19:40\"").replace(
        "start = \"18:20\"                   # inferred\nlength = \"20m\"",
        "start = \"18:20\"\nlength = \"1h20m\"",
    );
    let s = session(&text);
    assert_eq!(s.planned_length(), mins(280));
    let clock = FakeClock::new(s.start);
    let mut engine = Engine::new(s.clone());
    let pause = secs(90);
    let shift = |t: TimeDelta| if t > mins(30) { t + pause } else { t };
    // The chair presses next exactly when each phase's plan says.
    let mut actions: Vec<(TimeDelta, Option<Command>)> = vec![(TimeDelta::zero(), Some(Command::Start))];
    let mut t = TimeDelta::zero();
    for item in &s.items {
        for phase in &item.phases {
            t += phase.length;
            actions.push((shift(t), Some(Command::Next)));
        }
    }
    // Disturbances: a 90 s pause; +2 min then −2 min; a correction that restates the true start.
    actions.push((mins(30), Some(Command::Pause)));
    actions.push((mins(30) + pause, Some(Command::Resume)));
    actions.push((mins(100) + pause, Some(Command::Extend { seconds: 120 })));
    actions.push((mins(101) + pause, Some(Command::Trim { seconds: 120 })));
    actions.push((mins(150) + pause, None));
    actions.sort_by_key(|a| a.0);
    let mut pending = actions.into_iter().peekable();
    let frame = TimeDelta::milliseconds(250); // sub-second frames: nothing may accumulate
    let end = s.start + mins(280) + pause;
    let mut checked = 0;
    while clock.now() <= end {
        let now = clock.now();
        while let Some((_, c)) = pending.next_if(|(at, _)| s.start + *at <= now) {
            let c = c.unwrap_or_else(|| Command::Correct {
                seconds: engine.view(now).current.unwrap().phase_elapsed.num_seconds(),
            });
            engine.apply(&c, now).unwrap_or_else(|r| panic!("{c:?}: {r}"));
        }
        if let Some(cur) = engine.view(now).current {
            assert!(cur.phase_elapsed >= TimeDelta::zero());
            checked += 1;
        }
        let _ = engine.tick(now);
        clock.advance(frame);
    }
    assert!(checked > 60_000, "{checked} frames checked");
    let finished = engine.finished().expect("the session finished");
    assert_eq!(
        finished - engine.started().unwrap(),
        mins(280) + secs(90),
        "4 h 40 min plus the 90 s pause, to the millisecond"
    );
    assert_eq!(
        finished - s.planned_end,
        secs(90),
        "only the pause is late: no drift from frames, extensions or the correction"
    );
    let v = engine.view(finished);
    assert_eq!(v.offset, secs(90));
}

#[test]
fn a_laptop_asleep_through_a_break_wakes_to_the_true_remaining_time() {
    let s = load_bundled(&Overrides::default()).unwrap().session;
    let clock = FakeClock::new(s.start);
    let mut engine = Engine::new(s.clone());
    engine.apply(&Command::Start, clock.now()).unwrap();
    for _ in 0..8 {
        engine.apply(&Command::Next, clock.now()).unwrap();
    }
    let _ = engine.tick(clock.now());
    assert_eq!(engine.view(clock.now()).urgency, Urgency::Break);
    // The lid closes for 40 minutes: no frames, no ticks.
    clock.advance(mins(40));
    let v = engine.view(clock.now());
    assert_eq!(
        v.current.as_ref().unwrap().phase_remaining,
        -mins(10),
        "the 30-minute break is 10 minutes over"
    );
    assert_eq!(v.urgency, Urgency::Overtime);
    let events = engine.tick(clock.now());
    let over = events.iter().find(|e| matches!(e.kind, EventKind::OvertimeStarted { .. })).unwrap();
    assert_eq!(
        clock.now() - over.at,
        mins(10),
        "the event says when it really happened, so the app can tell it is stale"
    );
}

#[test]
fn a_clock_stepped_back_never_makes_recorded_time_run_backwards() {
    let s = load_bundled(&Overrides::default()).unwrap().session;
    let clock = FakeClock::new(s.start);
    let mut engine = Engine::new(s);
    engine.apply(&Command::Start, clock.now()).unwrap();
    clock.advance(mins(3));
    let before = clock.now();
    clock.advance(-TimeDelta::hours(1)); // NTP or a hand steps the clock back an hour
    let at = engine.apply(&Command::Next, clock.now()).unwrap();
    assert_eq!(
        at,
        engine.runs()[0].phases[0].start,
        "recorded at the last command's instant, not an hour before it"
    );
    let v = engine.view(clock.now());
    let c = v.current.unwrap();
    assert_eq!(c.phase_elapsed, TimeDelta::zero(), "elapsed never goes negative");
    assert!(c.phase_remaining <= c.phase_length);
    clock.set(before);
    assert!(
        engine.view(clock.now()).current.unwrap().phase_elapsed > TimeDelta::zero(),
        "and when the clock is right again, so is the view"
    );
}

#[test]
fn a_clock_stepped_forward_by_mistake_is_repaired_by_a_correction() {
    let s = load_bundled(&Overrides::default()).unwrap().session;
    let clock = FakeClock::new(s.start);
    let mut engine = Engine::new(s);
    engine.apply(&Command::Start, clock.now()).unwrap();
    clock.advance(mins(2) + TimeDelta::hours(1)); // the wall clock jumps an hour ahead of the room
    clock.advance(mins(3));
    engine.apply(&Command::Next, clock.now()).unwrap(); // recorded an hour late
    clock.advance(-TimeDelta::hours(1)); // NTP puts the clock right
    clock.advance(mins(1));
    let intro = &engine.runs()[0].phases[0];
    assert_eq!(intro.end.unwrap() - intro.start, mins(65), "the record says the intro ran an hour too long");
    engine.apply(&Command::Correct { seconds: 60 }, clock.now()).unwrap(); // "discussion began a minute ago"
    let fixed = engine.view(clock.now()).current.unwrap();
    assert_eq!(fixed.phase_remaining, mins(16), "22 − 5 − 1");
    assert_eq!(
        engine.runs()[0].phases[0].end,
        Some(engine.runs()[0].phases[1].start),
        "the intro's end moved with it"
    );
}

#[test]
fn a_session_that_crosses_midnight_keeps_exact_time_and_local_display() {
    let s = session(
        "[session]\ntitle = \"Late\"\ndate = 2019-12-27\ntime_zone = \"Europe/Berlin\"\nstart = \"23:40\"\n[[item]]\ntitle = \"A\"\nlength = \"30m\"\n[[item]]\ntitle = \"B\"\nlength = \"30m\"\n",
    );
    assert_eq!(s.hhmm(s.items[1].start), "00:10");
    assert_eq!(s.items[1].start, Utc.with_ymd_and_hms(2019, 12, 27, 23, 10, 0).unwrap());
    let mut engine = Engine::new(s.clone());
    engine.apply(&Command::Start, s.start).unwrap();
    let across = s.start + mins(25); // 00:05 local, the next day
    assert_eq!(engine.view(across).current.unwrap().phase_remaining, mins(5));
    engine.apply(&Command::Next, s.start + mins(30)).unwrap();
    let v = engine.view(s.start + mins(45));
    assert_eq!(v.current.unwrap().phase_remaining, mins(15));
    assert_eq!(s.hhmm(v.projected_end), "00:40");
}

#[test]
fn a_daylight_saving_change_during_a_slot_does_not_change_its_length() {
    // 27 October 2024: clocks in Berlin go back from 03:00 CEST to 02:00 CET.
    let s = session(
        "[session]\ntitle = \"Night\"\ndate = 2024-10-27\ntime_zone = \"Europe/Berlin\"\nstart = \"01:30\"\n[[item]]\ntitle = \"A\"\nlength = \"2h\"\n",
    );
    let mut engine = Engine::new(s.clone());
    engine.apply(&Command::Start, s.start).unwrap();
    let v = engine.view(s.start + mins(90));
    assert_eq!(v.current.unwrap().phase_remaining, mins(30), "two real hours, whatever the wall clock shows");
    assert_eq!(s.hhmm(s.planned_end), "02:30", "01:30 CEST + 2 h = 02:30 CET");
}
