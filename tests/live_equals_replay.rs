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
use chairtime::timing::journal::{Recorder, replay_path};
use chrono::TimeDelta;
use proptest::prelude::*;

#[path = "common/roundtrip.rs"]
mod roundtrip;

use roundtrip::{action, plan};

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn replaying_the_journal_gives_the_same_view_and_exports_as_the_live_session(
        choice in any::<u8>(),
        lengths in proptest::collection::vec((any::<u16>(), any::<bool>(), any::<u8>()), 0..6),
        steps in proptest::collection::vec((0u32..900_000, any::<u8>(), any::<u16>()), 1..60),
    ) {
        let session = plan(choice, &lengths).expect("every generated plan loads");
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
