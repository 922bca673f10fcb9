//! Any plan × any sequence of chair actions → journal → replay gives the same view and the same
//! exports as the live session, and every journal chairtime writes loads again. The same property
//! runs unbounded as the fuzz target `journal_roundtrip`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::report::{Format, Report};
use chairtime::schedule::Session;
use chairtime::schedule::json::SessionDoc;
use chairtime::schedule::load::{Overrides, load_bundled, load_bytes, load_path};
use chairtime::timing::command::{Command, ItemTrim};
use chairtime::timing::journal::{Recorder, replay_path};
use chrono::TimeDelta;
use proptest::prelude::*;

/// A plan: an imported pretalx schedule with sub-second times, the bundled session (two phases
/// per slot), or up to six items of 30 s to 40 min, some of them breaks, some with an intro
/// phase, over the night clocks go back in Lisbon.
fn plan(choice: u8, lengths: &[(u16, bool, u8)]) -> Session {
    if choice.is_multiple_of(5) {
        // pretalx writes sub-second times (09:29:59.500): a plan chairtime rounds to whole seconds.
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/pretalx-subsecond.json");
        return load_path(std::path::Path::new(path), &Overrides::default()).unwrap().session;
    }
    if choice.is_multiple_of(3) || lengths.is_empty() {
        return load_bundled(&Overrides::default()).unwrap().session;
    }
    let mut toml = String::from(
        "[session]\ntitle = \"Generated\"\ndate = 2024-10-27\ntime_zone = \"Europe/Lisbon\"\nstart = \"00:30\"\n",
    );
    for (n, (seconds, is_break, phases)) in lengths.iter().enumerate() {
        let length = 30 + u32::from(*seconds) % 2400;
        toml.push_str(&format!(
            "[[item]]\ntitle = \"Item {n}\"\nlength = \"{length}s\"\n{}{}",
            if *is_break { "break = true\n" } else { "speakers = [\"Speaker\"]\n" },
            if phases.is_multiple_of(3) && !*is_break {
                "phases = [{ name = \"Intro\", kind = \"intro\", length = \"20s\" }, { name = \"Talk\", kind = \"talk\" }]\n"
            } else {
                ""
            },
        ));
    }
    match load_bytes("generated.toml", toml.as_bytes(), &Overrides::default()) {
        Ok(n) => n.session,
        Err(e) => panic!("generated plan refused: {e}\n{toml}"),
    }
}

/// A chair action from two numbers, with item references inside the plan (and sometimes just
/// outside it, which the engine must refuse cleanly).
fn action(kind: u8, arg: u16, session: &Session) -> Command {
    let n = session.items.len();
    let item = usize::from(arg) % (n + 1);
    let seconds = i64::from(arg % 900) + 1;
    match kind % 20 {
        0 => Command::Start,
        1 => Command::Pause,
        2 => Command::Resume,
        3..=5 => Command::Next,
        6 => Command::Back,
        7 => Command::Extend { seconds },
        8 => Command::Trim { seconds },
        9 => Command::Skip { item },
        10 => Command::Unskip { item },
        11 => Command::Goto { item },
        12 => Command::Move { item, to: usize::from(arg / 7) % n.max(1) },
        13 => Command::Correct { seconds: i64::from(arg % 400) },
        14 => Command::SetLength { item, seconds: 60 + i64::from(arg) },
        15 => Command::CatchUp { trims: vec![ItemTrim { item, seconds }] },
        16 => Command::ShowMessage { text: format!("Questions go to mic #{arg}") },
        17 => Command::HideMessage,
        18 => {
            // A re-published schedule: one item renamed and one dropped.
            let mut changed = session.clone();
            if let Some(first) = changed.items.get_mut(item % n.max(1)) {
                first.title.push_str(" (moved)");
            }
            if changed.items.len() > 1 {
                changed.items.remove(usize::from(arg) % changed.items.len());
            }
            Command::Replan { session: Box::new(SessionDoc::new(&changed)), source: None }
        }
        _ => Command::Finish,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn replaying_the_journal_gives_the_same_view_and_exports_as_the_live_session(
        choice in any::<u8>(),
        lengths in proptest::collection::vec((any::<u16>(), any::<bool>(), any::<u8>()), 0..6),
        steps in proptest::collection::vec((0u32..900_000, any::<u8>(), any::<u16>()), 1..60),
    ) {
        let session = plan(choice, &lengths);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        // Sub-millisecond instants, as a real clock gives them.
        let mut now = session.start - TimeDelta::minutes(3) + TimeDelta::nanoseconds(123_456);
        let mut live = Recorder::create(&path, session.clone(), None, now).unwrap();
        let mut applied = 0;
        for (gap_ms, kind, arg) in steps {
            now += TimeDelta::milliseconds(i64::from(gap_ms)) + TimeDelta::microseconds(i64::from(arg));
            let command = action(kind, arg, live.engine().session());
            if live.apply(&command, now).is_ok() {
                applied += 1;
            }
        }
        let replayed = replay_path(&path).unwrap();
        prop_assert!(replayed.warnings.is_empty(), "{:?}", replayed.warnings);
        prop_assert_eq!(replayed.entries.len(), applied, "every applied action is in the journal");
        for later in [TimeDelta::zero(), TimeDelta::milliseconds(1500), TimeDelta::minutes(25)] {
            let t = now + later;
            prop_assert_eq!(replayed.engine.view(t), live.engine().view(t));
            for f in [Format::Csv, Format::Json, Format::Md, Format::Chapters] {
                prop_assert_eq!(
                    f.render(&Report::new(&replayed.engine, t)),
                    f.render(&Report::new(live.engine(), t)),
                    "{} export", f
                );
            }
        }
    }
}
