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
    fn arbitrary_text_with_a_format_header_never_panics(body in ".{0,400}", which in 0usize..5) {
        let head = [
            "[session]\n",
            "<?xml version=\"1.0\"?><schedule>",
            "{\"schedule\":",
            "BEGIN:VCALENDAR\n",
            "{\"results\": {\"1\": {\"20240918\": {\"c1\": {\"entryType\": \"Contribution\", \"startDate\": ",
        ][which];
        check(NAMES[which], format!("{head}{body}").as_bytes());
    }

    #[test]
    fn arbitrary_bytes_after_a_byte_order_mark_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), which in 0usize..3) {
        let mut input = [&[0xef_u8, 0xbb, 0xbf][..], &[0xff, 0xfe], &[0xfe, 0xff]][which].to_vec();
        input.extend(bytes);
        check("s.csv", &input);
        check("s.ics", &input);
    }

    #[test]
    fn mutated_fixtures_never_panic(index in 0usize..64, edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
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

/// Inputs that once panicked (found in review): huge lengths, huge years, a forged journal.
#[test]
fn inputs_that_once_panicked_now_give_errors_or_warnings() {
    let cases: [(&str, &str); 7] = [
        (
            "a.json",
            r#"{"schedule":{"conference":{"days":[{"date":"2019-09-11","rooms":{"A":[{"title":"x","start":"10:00","duration":"3000000000:00"}]}}]}}}"#,
        ),
        (
            "a.ics",
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nDTSTART:20190911T100000Z\nDURATION:PT3000000000H\nEND:VEVENT\nEND:VCALENDAR\n",
        ),
        ("a.csv", "title,start,date,duration\nx,10:00,2019-09-11,200000000000\n"),
        ("b.csv", "title,start,date,duration\nx,10:00,2019-09-11,PT9999999999999999S\n"),
        ("c.csv", "title,start,end\nx,+262142-12-31T23:00,22:00\n"),
        (
            "a.toml",
            "[session]\ntitle=\"t\"\ndate=\"+262142-12-31\"\ntime_zone=\"UTC\"\n[[item]]\ntitle=\"x\"\nstart=\"23:00\"\nlength=\"2h\"\n",
        ),
        (
            "a.xml",
            "<schedule><day date=\"+262142-12-31\"><room name=\"r\"><event><title>x</title><start>23:00</start><duration>02:00</duration></event></room></day></schedule>",
        ),
    ];
    for (name, text) in cases {
        let _ = load_bytes(name, text.as_bytes(), &Overrides::default());
    }
    let session = chairtime::schedule::load::load_bundled(&Overrides::default()).unwrap().session;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.jsonl");
    drop(chairtime::timing::journal::Recorder::create(&path, session.clone(), None, session.start).unwrap());
    let forged = std::fs::read_to_string(&path).unwrap().replacen(
        "\"length_seconds\":300",
        "\"length_seconds\":9000000000000000",
        1,
    ) + "{\"seq\":1,\"at\":\"2019-09-11T14:00:00.000Z\",\"command\":{\"type\":\"start\"}}\n";
    assert!(
        chairtime::timing::journal::replay("j", forged.as_bytes()).is_err(),
        "a forged header is refused"
    );
    let years = std::fs::read_to_string(&path).unwrap()
        + "{\"seq\":1,\"at\":\"2019-09-11T14:00:00.000Z\",\"command\":{\"type\":\"start\"}}\n"
        + "{\"seq\":2,\"at\":\"9999-01-01T00:00:00.000Z\",\"command\":{\"type\":\"pause\"}}\n";
    let r = chairtime::timing::journal::replay("j", years.as_bytes()).unwrap();
    let _ = r.engine.view(r.last_at());
}
