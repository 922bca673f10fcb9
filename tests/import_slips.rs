//! Small things that went wrong for a new user: a stray control byte in a Windows-1252 file, a
//! file cut off in the middle, and the time zone chairtime suggests for a file that names none.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::error::Position;
use chairtime::schedule::import::{self, Options};
use chairtime::schedule::load::{Overrides, load_bytes};
use chrono_tz::Tz;

/// A frab XML file with a DEL (0x7F) in an abstract, which chairtime never shows; `e_acute` is how
/// the file writes "é".
fn xml_with_a_stray_byte(e_acute: &[u8]) -> Vec<u8> {
    [
        &b"<schedule><conference><title>Caf"[..],
        e_acute,
        b"</title><time_zone_name>Europe/Berlin</time_zone_name></conference>\n\
          <day index=\"1\" date=\"2026-03-14\"><room name=\"R\">\n\
          <event guid=\"a\"><start>10:00</start><duration>00:30</duration><title>Opening</title>\n\
          <abstract>a stray \x7f byte</abstract></event></room></day></schedule>\n",
    ]
    .concat()
}

#[test]
fn a_stray_control_byte_in_an_abstract_does_not_refuse_a_windows_1252_file() {
    let utf8 = load_bytes("c.xml", &xml_with_a_stray_byte("é".as_bytes()), &Overrides::default()).unwrap();
    let legacy = load_bytes("c.xml", &xml_with_a_stray_byte(b"\xe9"), &Overrides::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(legacy.session, utf8.session, "the same file in either encoding");
    assert_eq!(legacy.session.conference.as_deref(), Some("Café"));
    assert!(legacy.warnings[0].contains("read as Windows-1252"), "{:?}", legacy.warnings);
    assert!(legacy.warnings[0].contains("line 4, column 19 (0x7F)"), "{:?}", legacy.warnings);
}

#[test]
fn a_control_byte_in_a_title_becomes_a_space_and_the_warning_names_its_line() {
    let sheet =
        b"Title,Start,Duration,Date\nCaf\xe9 talk,10:00,20,2026-03-14\nBad\x01title,10:20,20,2026-03-14\n";
    let n = load_bytes("s.csv", sheet, &Overrides::default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        n.session.items.iter().map(|i| i.title.as_str()).collect::<Vec<_>>(),
        ["Café talk", "Bad title"]
    );
    assert!(n.warnings[0].contains("line 3, column 4 (0x01)"), "{:?}", n.warnings);
}

#[test]
fn a_binary_file_is_still_refused() {
    let e =
        load_bytes("x.xml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff", &Overrides::default()).unwrap_err();
    assert!(e.message.contains("not UTF-8"), "{e}");
}

#[test]
fn a_cut_off_xml_file_is_reported_where_it_ends_as_cut_off() {
    let text = std::fs::read_to_string("tests/fixtures/import/night.xml").unwrap();
    let cut = &text[..text.find("<title>Late talk").unwrap() + 9];
    let e = load_bytes("night.xml", cut.as_bytes(), &Overrides::default()).unwrap_err();
    let last_line = cut.lines().count();
    assert_eq!(
        e.position,
        Some(Position { line: last_line, column: cut.lines().last().unwrap().chars().count() + 1 })
    );
    assert!(e.message.contains("inside <title>"), "{e}");
    assert!(e.message.contains("looks cut off"), "{e}");
}

#[test]
fn a_cut_off_json_file_is_reported_where_it_ends_as_cut_off() {
    let text = std::fs::read_to_string("tests/fixtures/import/pretalx.json").unwrap();
    let cut = &text[..text.len() / 2];
    let e = load_bytes("p.json", cut.as_bytes(), &Overrides::default()).unwrap_err();
    assert_eq!(e.position.map(|p| p.line), Some(cut.lines().count()), "{e}");
    assert!(e.message.contains("looks cut off"), "{e}");
}

/// A pretalx JSON file that names no zone, its times at +01:00 in December (Leipzig's winter
/// time, and Lagos's all year).
fn zoneless(options: &Options) -> String {
    let text = std::fs::read_to_string("tests/fixtures/import/pretalx.json")
        .unwrap()
        .replace("\"time_zone_name\": \"Europe/Berlin\",", "")
        .replace("2026-06-01T", "2026-12-01T")
        .replace("+02:00", "+01:00");
    let f = import::read("frab-json", "p.json", &text, options).unwrap();
    f.tz_note.unwrap()
}

#[test]
fn a_file_without_a_zone_gets_no_guessed_city_only_the_laptops_zone_when_it_fits() {
    let none = zoneless(&Options::default());
    assert!(none.contains("UTC+01:00"), "{none}");
    assert!(!none.contains("Brussels") && !none.contains("this computer"), "{none}");
    assert!(none.contains("add --tz with the name of the conference's zone"), "{none}");
    let berlin = zoneless(&Options { fallback_zone: Some(Tz::Europe__Berlin), ..Options::default() });
    assert!(
        berlin.contains(
            "If the conference is in this computer's time zone, Europe/Berlin, add --tz Europe/Berlin"
        ),
        "{berlin}"
    );
    let lisbon = zoneless(&Options { fallback_zone: Some(Tz::Europe__Lisbon), ..Options::default() });
    assert!(!lisbon.contains("Lisbon"), "Lisbon is UTC+00:00 in December: {lisbon}");
}
