#![no_main]
//! Any plan × any sequence of chair actions → journal → replay gives the same view and the same
//! exports as the live session, and the journal always loads (the property of
//! tests/live_equals_replay.rs, unbounded). Input: one byte picks the plan, then five bytes per
//! action (milliseconds since the last one, the action, its argument).

use std::sync::atomic::{AtomicU64, Ordering};

use chairtime::report::{Format, Report};
use chairtime::schedule::json::SessionDoc;
use chairtime::schedule::load::{Overrides, load_bundled, load_bytes};
use chairtime::schedule::Session;
use chairtime::timing::command::{Command, ItemTrim};
use chairtime::timing::journal::{Recorder, replay_path};
use chrono::TimeDelta;
use libfuzzer_sys::fuzz_target;

static RUN: AtomicU64 = AtomicU64::new(0);

fn plan(choice: u8) -> Option<Session> {
    if choice % 2 == 0 {
        return load_bundled(&Overrides::default()).ok().map(|n| n.session);
    }
    let mut toml = String::from(
        "[session]\ntitle = \"Fuzz\"\ndate = 2024-10-27\ntime_zone = \"Europe/Lisbon\"\nstart = \"00:30\"\n",
    );
    for n in 0..(1 + choice % 5) {
        let length = 30 + u32::from(choice) * 7 * (u32::from(n) + 1);
        let kind = if (choice >> n) & 1 == 1 { "break = true\n" } else { "" };
        toml.push_str(&format!("[[item]]\ntitle = \"Item {n}\"\nlength = \"{length}s\"\n{kind}"));
    }
    load_bytes("fuzz.toml", toml.as_bytes(), &Overrides::default()).ok().map(|n| n.session)
}

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
        16 => Command::ShowMessage { text: format!("mic #{arg}") },
        17 => Command::HideMessage,
        18 => {
            let mut changed = session.clone();
            if changed.items.len() > 1 {
                changed.items.remove(usize::from(arg) % changed.items.len());
            }
            Command::Replan { session: Box::new(SessionDoc::new(&changed)), source: None }
        }
        _ => Command::Finish,
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let Some(session) = plan(choice) else { return };
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
