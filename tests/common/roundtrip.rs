//! Plans and chair actions made from a few numbers: shared by the property test
//! `tests/live_equals_replay.rs` and the fuzz target `fuzz/fuzz_targets/journal_roundtrip.rs`.

use chairtime::schedule::Session;
use chairtime::schedule::json::SessionDoc;
use chairtime::schedule::load::{Overrides, load_bundled, load_bytes};
use chairtime::timing::command::{Command, ItemTrim};
use chrono::TimeDelta;

/// pretalx writes sub-second times (09:29:59.500): a plan chairtime rounds to whole seconds.
const SUBSECOND: &[u8] = include_bytes!("../fixtures/import/pretalx-subsecond.json");

/// A plan: an imported pretalx schedule with sub-second times, the bundled session (two phases
/// per slot), or up to six items of 30 s to 40 min, some of them breaks, some with an intro
/// phase, over the night clocks go back in Lisbon. `None` only if a plan is refused, which is a
/// finding.
pub fn plan(choice: u8, lengths: &[(u16, bool, u8)]) -> Option<Session> {
    if choice.is_multiple_of(5) {
        return load_bytes("pretalx-subsecond.json", SUBSECOND, &Overrides::default())
            .ok()
            .map(|n| n.session);
    }
    if choice.is_multiple_of(3) || lengths.is_empty() {
        return load_bundled(&Overrides::default()).ok().map(|n| n.session);
    }
    let mut toml = String::from(
        "[session]\ntitle = \"Generated\"\ndate = 2024-10-27\ntime_zone = \"Europe/Lisbon\"\nstart = \"00:30\"\n",
    );
    for (n, (seconds, is_break, phases)) in lengths.iter().take(6).enumerate() {
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
    load_bytes("generated.toml", toml.as_bytes(), &Overrides::default()).ok().map(|n| n.session)
}

/// A chair action from two numbers, with item references inside the plan (and sometimes just
/// outside it, which the engine must refuse cleanly).
pub fn action(kind: u8, arg: u16, session: &Session) -> Command {
    let n = session.items.len();
    let item = usize::from(arg) % (n + 1);
    let seconds = i64::from(arg % 900) + 1;
    match kind % 23 {
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
            Command::Replan { session: Box::new(SessionDoc::new(&changed)), source: None, version: None }
        }
        19 => Command::Record { on: arg.is_multiple_of(2), at: None },
        20 => Command::Record {
            on: arg.is_multiple_of(2),
            at: Some(session.start + TimeDelta::seconds(i64::from(arg))),
        },
        21 => Command::RecordAt {
            recording: usize::from(arg % 3),
            start: arg.is_multiple_of(2),
            at: session.start + TimeDelta::seconds(i64::from(arg / 2)),
        },
        _ => Command::Finish,
    }
}
