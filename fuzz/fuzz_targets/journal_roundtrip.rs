#![no_main]
//! Any plan × any sequence of chair actions → journal → replay gives the same view and the same
//! exports as the live session, and the journal always loads (the property of
//! tests/live_equals_replay.rs, unbounded). Input: one byte picks the plan and six shape its
//! items, then five bytes per action (time since the last one, the action, its argument).

use std::sync::atomic::{AtomicU64, Ordering};

use chairtime::report::{Format, Report};
use chairtime::timing::journal::{Recorder, replay_path};
use chrono::TimeDelta;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/roundtrip.rs"]
mod roundtrip;

use roundtrip::{action, plan};

static RUN: AtomicU64 = AtomicU64::new(0);

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    // Six bytes of item shapes, then the actions.
    let (shape, rest) = rest.split_at(rest.len().min(6));
    let lengths: Vec<(u16, bool, u8)> =
        shape.iter().map(|&b| (u16::from(b) * 9, b & 1 == 1, b >> 1)).collect();
    let session = plan(choice, &lengths).expect("every generated plan loads");
    let path = std::env::temp_dir().join(format!(
        "chairtime-fuzz-{}-{}.jsonl",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    let mut now = session.start + TimeDelta::nanoseconds(987_654);
    let Ok(mut live) = Recorder::create(&path, session, None, now) else { return };
    for chunk in rest.chunks_exact(5) {
        let gap = u32::from(u16::from_le_bytes([chunk[0], chunk[1]])) * 20;
        now += TimeDelta::milliseconds(i64::from(gap));
        let command = action(chunk[2], u16::from_le_bytes([chunk[3], chunk[4]]), live.engine().session());
        let _ = live.apply(&command, now);
    }
    let replayed = replay_path(&path).expect("a journal chairtime wrote must load");
    let _ = std::fs::remove_file(&path);
    assert!(replayed.warnings.is_empty(), "{:?}", replayed.warnings);
    for later in [TimeDelta::zero(), TimeDelta::minutes(25)] {
        let t = now + later;
        assert_eq!(replayed.engine.view(t), live.engine().view(t));
        for f in [Format::Csv, Format::Json, Format::Md, Format::Chapters] {
            assert_eq!(f.render(&Report::new(&replayed.engine, t)), f.render(&Report::new(live.engine(), t)));
        }
    }
});
