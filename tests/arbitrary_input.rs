//! Arbitrary and mutated bytes never panic a parser; every error says where.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::schedule::load::{Overrides, load_bytes};
use proptest::prelude::*;

const NAMES: [&str; 6] = ["s.toml", "s.xml", "s.json", "s.ics", "s.csv", "s"];

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let mut out =
        vec![("bundled.toml".to_owned(), chairtime::schedule::load::BUNDLED_TEXT.as_bytes().to_vec())];
    for e in std::fs::read_dir("tests/fixtures/import").unwrap() {
        let p = e.unwrap().path();
        out.push((p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()));
    }
    out
}

fn check(name: &str, bytes: &[u8]) {
    if let Err(e) = load_bytes(name, bytes, &Overrides::default()) {
        let s = e.to_string();
        assert!(s.starts_with(name), "{s}");
        assert!(!e.message.is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_any_importer(bytes in proptest::collection::vec(any::<u8>(), 0..600), which in 0usize..6) {
        check(NAMES[which], &bytes);
    }

    #[test]
    fn arbitrary_text_with_a_format_header_never_panics(body in ".{0,400}", which in 0usize..4) {
        let head = ["[session]\n", "<?xml version=\"1.0\"?><schedule>", "{\"schedule\":", "BEGIN:VCALENDAR\n"][which];
        check(NAMES[which], format!("{head}{body}").as_bytes());
    }

    #[test]
    fn mutated_fixtures_never_panic(index in 0usize..8, edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let files = fixtures();
        let (name, mut bytes) = files[index % files.len()].clone();
        for (at, b) in edits {
            if !bytes.is_empty() {
                let i = at % bytes.len();
                bytes[i] = b;
            }
        }
        check(&name, &bytes);
        let cut = bytes.len() / 2;
        check(&name, &bytes[..cut]);
    }

    #[test]
    fn arbitrary_journals_never_panic_replay(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = chairtime::timing::journal::replay("j", &bytes);
    }

    #[test]
    fn mutated_journals_never_panic_replay(edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6)) {
        let session = chairtime::schedule::load::load_bundled(&Overrides::default()).unwrap().session;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let mut rec = chairtime::timing::journal::Recorder::create(&path, session.clone(), None, session.start).unwrap();
        rec.apply(&chairtime::timing::command::Command::Start, session.start).unwrap();
        rec.apply(&chairtime::timing::command::Command::Next, session.start + chrono::TimeDelta::minutes(5)).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        for (at, b) in edits {
            let i = at % bytes.len();
            bytes[i] = b;
        }
        let _ = chairtime::timing::journal::replay("j", &bytes);
    }

    #[test]
    fn arbitrary_action_scripts_never_panic(text in ".{0,300}") {
        if let Err(e) = chairtime::script::parse(&text) {
            prop_assert!(e.line >= 1 && e.column >= 1);
        }
    }
}
