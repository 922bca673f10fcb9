//! Importers on our own fixtures (tests/fixtures/import), one quirk of the real formats each.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::schedule::import::{self, Imported, Options, Selector};
use chairtime::schedule::load::{Overrides, load_path};
use chairtime::schedule::{ItemKind, PhaseKind, Session};
use chrono::{NaiveDate, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new("tests/fixtures/import").join(name)
}

fn read(name: &str, options: &Options) -> Imported {
    let path = fixture(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let format = import::detect(name, &text).unwrap();
    import::read(format, name, &text, options).unwrap_or_else(|e| panic!("{e}"))
}

fn session(name: &str, o: &Overrides) -> (Session, Vec<String>) {
    let n = load_path(&fixture(name), o).unwrap_or_else(|e| panic!("{e}"));
    (n.session, n.warnings)
}

fn select(day: Option<&str>, room: Option<&str>) -> Overrides {
    Overrides {
        select: Selector { day: day.map(str::to_owned), room: room.map(str::to_owned), track: None },
        ..Overrides::default()
    }
}

#[test]
fn formats_are_recognised_by_content_not_only_by_extension() {
    assert_eq!(import::detect("x.txt", "<?xml version=\"1.0\"?><schedule/>"), Some("frab-xml"));
    assert_eq!(import::detect("x.txt", "\u{feff}BEGIN:VCALENDAR\r\n"), Some("ical"));
    assert_eq!(import::detect("download", "{\"schedule\": {}}"), Some("frab-json"));
    assert_eq!(import::detect("sheet.csv", "Title,Start\n"), Some("csv"));
    assert_eq!(import::detect("session.toml", "[session]\n"), None);
}

#[test]
fn frab_xml_without_version_guid_or_zone_is_read_leniently() {
    let f = read("devroom.xml", &Options::default());
    assert_eq!(f.conference.as_deref(), Some("Testconf"));
    assert_eq!(f.events.len(), 8);
    let welcome = &f.events[0];
    assert_eq!(welcome.title, "Welcome & intro", "entities decoded");
    assert_eq!(
        welcome.speakers,
        ["Ada Lovelace", "Grace Hopper"],
        "<person> without <persons>, comma-joined"
    );
    assert_eq!(welcome.length, TimeDelta::minutes(25), "H:MM");
    assert_eq!(f.events[1].title, "eBPF in production", "HTML removed");
    assert_eq!(f.events[1].length, TimeDelta::minutes(30), "HH:MM:SS");
    assert_eq!(f.events[2].length, TimeDelta::zero(), "empty duration");
    assert_eq!(f.events[1].speakers, ["Alan Turing"]);
    assert_eq!(welcome.id.as_deref(), Some("101"), "id when there is no guid");
    assert_eq!(f.events[7].id.as_deref(), Some("301"), "the event's own id, beside its guid");
    assert_eq!(f.events[7].guid.as_deref(), Some("0c0ffee0-0000-4000-8000-000000000301"));
}

#[test]
fn frab_xml_events_after_midnight_stay_under_their_day() {
    let f = read("devroom.xml", &Options { time_zone: Some(Tz::Europe__Brussels), ..Options::default() });
    let late = f.events.iter().find(|e| e.title.starts_with("After midnight")).unwrap();
    assert_eq!(late.day, NaiveDate::from_ymd_opt(2026, 2, 7).unwrap());
    assert_eq!(late.start, Utc.with_ymd_and_hms(2026, 2, 7, 23, 30, 0).unwrap(), "00:30 CET on the 8th");
}

#[test]
fn frab_xml_dates_that_disagree_with_day_and_start_are_reported_and_overruled() {
    let f = read("devroom.xml", &Options { time_zone: Some(Tz::Europe__Brussels), ..Options::default() });
    let sunday = f.events.iter().find(|e| e.title.starts_with("Sunday")).unwrap();
    assert_eq!(
        sunday.start,
        Utc.with_ymd_and_hms(2026, 2, 8, 9, 0, 0).unwrap(),
        "10:00 Brussels, not the fake 10:00Z"
    );
    let said: Vec<_> = f.room_warnings.iter().filter(|w| w.message.contains("disagrees")).collect();
    assert_eq!(said.len(), 1, "{:?}", f.room_warnings);
    assert_eq!(said[0].room.as_deref(), Some("K.3.201"), "said for the room it is in");
    assert_eq!(said[0].day, NaiveDate::from_ymd_opt(2026, 2, 8).unwrap());
    assert!(said[0].message.contains("\"Sunday talk with a fake Z date\" (line 63"), "{:?}", said[0]);
}

#[test]
fn frab_xml_time_zone_name_wins_and_utc_dates_are_converted() {
    let f = read("zoned.xml", &Options::default());
    assert_eq!(f.time_zone, Tz::Asia__Kolkata);
    assert!(f.tz_note.is_none());
    assert_eq!(f.events[0].start, Utc.with_ymd_and_hms(2023, 9, 10, 5, 0, 0).unwrap());
    assert!(f.warnings.is_empty(), "a UTC <date> for the same instant is consistent: {:?}", f.warnings);
    assert!(f.room_warnings.is_empty(), "{:?}", f.room_warnings);
}

#[test]
fn a_file_without_a_zone_says_which_zone_it_assumed() {
    let f = read("indico.ics", &Options { fallback_zone: Some(Tz::Europe__Lisbon), ..Options::default() });
    assert_eq!(f.time_zone, Tz::Europe__Lisbon);
    assert!(f.tz_note.as_deref().unwrap().contains("assuming this computer's, Europe/Lisbon"));
}

#[test]
fn pretalx_json_reads_rooms_by_name_both_person_shapes_and_day_long_durations() {
    let f = read("pretalx.json", &Options::default());
    assert_eq!(f.time_zone, Tz::Europe__Berlin);
    let keynote = f.events.iter().find(|e| e.title == "Keynote").unwrap();
    assert_eq!(keynote.speakers, ["Grace Hopper", "Alan Turing"], "public_name and name");
    assert_eq!(keynote.room.as_deref(), Some("Main Hall"));
    assert_eq!(keynote.id.as_deref(), Some("2"));
    assert_eq!(keynote.guid.as_deref(), Some("aaaaaaaa-0000-4000-8000-000000000002"));
    assert!(
        f.events.iter().all(|e| e.title != "All-day hackathon"),
        "pretalx's D:HH:MM 1:02:00 is 26 hours: longer than a day, left out"
    );
    assert!(f.warnings.iter().any(|w| w.contains("longer than a day")), "{:?}", f.warnings);
}

#[test]
fn indico_ical_speakers_come_from_the_description_and_rooms_from_location() {
    let (s, _) =
        session("indico.ics", &Overrides { time_zone: Some("Europe/Lisbon".into()), ..Overrides::default() });
    assert_eq!(s.room.as_deref(), Some("Esmerelda/room-I&II"));
    assert_eq!(s.items[0].speakers, ["Yonghong Song (Facebook)"]);
    assert_eq!(
        s.items[1].speakers,
        ["Joe Stringer (Cilium)", "Lorenz Bauer (Cloudflare, Inc.)", "Martynas Pumputis (Cilium)"]
    );
    assert_eq!(s.hhmm(s.items[0].start), "15:22", "UTC shown in the session's zone");
    assert_eq!(s.items[0].id.as_deref(), Some("indico-contribution-447@linuxplumbersconf.org"));
}

#[test]
fn pretalx_ical_speakers_come_from_the_summary_and_floating_times_are_local() {
    let f = read("pretalx.ics", &Options::default());
    assert_eq!(f.time_zone, Tz::Europe__Brussels, "TZID without VTIMEZONE");
    assert_eq!(f.events[0].title, "Rust in the kernel");
    assert_eq!(f.events[0].speakers, ["Not a speaker list"], "ATTENDEE;CN is taken first");
    assert_eq!(f.events[0].length, TimeDelta::minutes(25), "DURATION");
    assert_eq!(f.events[1].speakers, ["Ada Lovelace"]);
    assert_eq!(
        f.events[1].start,
        Utc.with_ymd_and_hms(2026, 2, 7, 10, 0, 0).unwrap(),
        "floating 11:00 is Brussels time"
    );
    assert_eq!(f.warnings[0], "1 event lasts all day: it has no time of day and is left out");
}

#[test]
fn ontime_csv_needs_a_date_and_takes_it_from_the_command_line() {
    let text = std::fs::read_to_string(fixture("ontime.csv")).unwrap();
    let e = import::read("csv", "ontime.csv", &text, &Options::default()).unwrap_err().to_string();
    assert!(e.starts_with("ontime.csv:2:1: \"Opening remarks\": no date column"), "{e}");
    let o = Overrides {
        date: NaiveDate::from_ymd_opt(2026, 3, 5),
        time_zone: Some("Europe/Berlin".into()),
        ..Overrides::default()
    };
    let (s, _) = session("ontime.csv", &o);
    assert_eq!(s.slot_count(), 3);
    assert_eq!(s.break_count(), 1, "the 15-minute gap before 11:05 is a break");
    assert_eq!(s.items[1].title, "Talks, talks, talks");
    assert_eq!(s.items[1].speakers, ["Grace Hopper", "Alan Turing"]);
    assert_eq!(s.items[0].id.as_deref(), Some("a1"));
    assert_eq!(s.hhmm(s.start), "10:00");
}

#[test]
fn a_spreadsheet_with_aliases_semicolons_12_hour_times_and_iso_durations_is_read() {
    let (s, _) = session(
        "sheet.csv",
        &Overrides { time_zone: Some("America/New_York".into()), ..select(None, Some("hall a")) },
    );
    assert_eq!(s.items.len(), 2);
    assert_eq!(s.items[1].length(), TimeDelta::minutes(45), "PT45M");
    assert_eq!(s.items[1].speakers, ["Grace (Navy, Retd.)"]);
    assert_eq!(s.hhmm(s.items[0].start), "09:00");
}

#[test]
fn a_whole_conference_file_lists_its_sessions_and_an_ambiguous_choice_lists_them_too() {
    let f = read("devroom.xml", &Options::default());
    let c = f.candidates();
    assert_eq!(c.len(), 3);
    assert_eq!((c[0].room.as_deref(), c[0].count), (Some("K.3.201"), 5));
    let e = load_path(&fixture("devroom.xml"), &Overrides::default()).unwrap_err().to_string();
    assert!(e.contains("the file holds 3 sessions; choose one with --day and --room"), "{e}");
    assert!(e.contains("Late room"), "{e}");
}

#[test]
fn selectors_take_dates_day_numbers_weekdays_and_unique_prefixes() {
    for day in ["2026-02-07", "1", "sat", "Saturday"] {
        let (s, _) = session("devroom.xml", &select(Some(day), Some("k.3")));
        assert_eq!(s.items[0].title, "Welcome & intro", "--day {day}");
    }
    let (s, _) = session("devroom.xml", &select(Some("2"), Some("K.3.201")));
    assert_eq!(s.items.len(), 1);
    let e = load_path(&fixture("devroom.xml"), &select(Some("1"), Some("x"))).unwrap_err().to_string();
    assert!(e.contains("no room matches \"x\"; the rooms are: K.3.201; Late room"), "{e}");
    let track = Overrides {
        select: Selector { track: Some("soc".into()), ..Selector::default() },
        ..Overrides::default()
    };
    let (s, _) = session("devroom.xml", &track);
    assert_eq!(s.title, "Social");
}

#[test]
fn gaps_become_breaks_listed_breaks_stay_breaks_and_talks_get_the_phase_template() {
    let (s, warnings) = session("devroom.xml", &select(Some("1"), Some("K.3")));
    let kinds: Vec<(ItemKind, &str)> = s.items.iter().map(|i| (i.kind, i.title.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (ItemKind::Slot, "Welcome & intro"),
            (ItemKind::Break, "Break"),
            (ItemKind::Slot, "eBPF in production"),
            (ItemKind::Break, "Break"),
            (ItemKind::Break, "Coffee break"),
            (ItemKind::Slot, "Schedulers"),
        ],
        "a 5-minute gap is a break; the zero-length slot is left out and its half hour becomes a break"
    );
    assert!(warnings.iter().any(|w| w.contains("no length")), "{warnings:?}");
    let talk = &s.items[2];
    assert_eq!(talk.phases[0].kind, PhaseKind::Intro);
    assert_eq!(talk.phases[0].length, TimeDelta::minutes(5));
    let short = Overrides { default_intro: Some(TimeDelta::minutes(3)), ..select(Some("1"), Some("K.3")) };
    let (s, _) = session("devroom.xml", &short);
    assert_eq!(s.items[0].phases[0].length, TimeDelta::minutes(3), "--intro 3m");
    let no_gap = Overrides { break_gap: Some(TimeDelta::hours(1)), ..select(Some("1"), Some("K.3")) };
    let (s, _) = session("devroom.xml", &no_gap);
    assert_eq!(s.break_count(), 1, "a longer --gap keeps only the listed break");
}

#[test]
fn convert_writes_a_native_file_that_loads_to_the_same_session() {
    let o = select(Some("1"), Some("K.3"));
    let (s, _) = session("devroom.xml", &o);
    let text = chairtime::schedule::native::write(&s, Some("devroom.xml"));
    let again =
        chairtime::schedule::load::load_bytes("converted.toml", text.as_bytes(), &Overrides::default())
            .unwrap();
    assert_eq!(again.session, s);
    let bundled = chairtime::schedule::load::load_bundled(&Overrides::default()).unwrap().session;
    let text = chairtime::schedule::native::write(&bundled, None);
    let again =
        chairtime::schedule::load::load_bytes("b.toml", text.as_bytes(), &Overrides::default()).unwrap();
    assert_eq!(again.session.items, bundled.items);
}

#[test]
fn malformed_files_give_positioned_errors() {
    let cases: [(&str, &str, &str); 6] = [
        (
            "bad.xml",
            "<?xml version=\"1.0\"?>\n<schedule>\n  <day date=\"2026-01-01\">\n</schedule>\n",
            "bad.xml:4:",
        ),
        ("bad.json", "{\n  \"schedule\": {\n    \"conference\": [1,\n}", "bad.json:4:"),
        ("nodays.json", "{\"schedule\": {}}", "nodays.json:1:1: expected a frab schedule.json"),
        (
            "bad.ics",
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nDTSTART:tomorrow\nEND:VEVENT\nEND:VCALENDAR\n",
            "bad.ics:4:1: expected DTSTART",
        ),
        (
            "bad.csv",
            "Title,Start,Duration\nTalk,10:00,forever\n",
            "bad.csv:2:1: \"Talk\": expected a duration",
        ),
        ("nohead.csv", "a,b,c\n1,2,3\n", "nohead.csv:1:1: expected a header row with a title column"),
    ];
    for (name, text, expected) in cases {
        let o = Options { date: NaiveDate::from_ymd_opt(2026, 1, 1), ..Options::default() };
        let e = import::read(import::detect(name, text).unwrap(), name, text, &o).unwrap_err().to_string();
        assert!(e.starts_with(expected), "{name}: {e}");
        assert!(!e.contains('\n'), "one line: {e}");
    }
}

/// Every real file in `CHAIRTIME_SAMPLES` (CI points it at the real-sample corpus when present) loads
/// and lists its sessions.
#[test]
fn every_real_sample_file_lists_its_sessions() {
    let Some(dir) = std::env::var_os("CHAIRTIME_SAMPLES") else { return };
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.display().to_string();
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let Some(format) = import::detect(&name, &text) else { continue };
        if name.ends_with(".xsd") || name.contains("schema") {
            continue;
        }
        let f = import::read(format, &name, &text, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
        assert!(!f.candidates().is_empty(), "{name}: no sessions");
        for c in f.candidates().iter().take(3) {
            let o = Overrides {
                select: Selector {
                    day: Some(c.day.to_string()),
                    room: Some(c.room.clone().unwrap_or_else(|| import::NO_ROOM.to_owned())),
                    track: None,
                },
                ..Overrides::default()
            };
            if let Err(e) = load_path(&path, &o) {
                assert!(e.to_string().contains("nothing to time"), "{name}, {}: {e}", c.line());
            }
        }
        seen += 1;
    }
    assert!(seen > 0, "CHAIRTIME_SAMPLES has no schedule files");
}

#[test]
fn a_date_override_moves_an_imported_session_to_that_day_at_the_same_times() {
    let o = Overrides {
        date: NaiveDate::from_ymd_opt(2026, 11, 26),
        time_zone: Some("Europe/Lisbon".into()),
        ..Overrides::default()
    };
    let (s, _) = session("indico.ics", &o);
    assert_eq!(s.date, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
    assert_eq!(s.hhmm(s.items[0].start), "15:22", "the same local time, on the new day");
}

fn overrides_with(f: impl FnOnce(&mut Overrides)) -> Overrides {
    let mut o = Overrides::default();
    f(&mut o);
    o
}

#[test]
fn an_imported_session_on_a_day_whose_midnight_does_not_exist_loads_with_the_right_instants() {
    // Cairo moved its clocks from 00:00 to 01:00 on 2024-04-26.
    let o = overrides_with(|o| o.time_zone = Some("Africa/Cairo".into()));
    let (s, _) = session("cairo.csv", &o);
    assert_eq!(s.date, NaiveDate::from_ymd_opt(2024, 4, 26).unwrap());
    assert_eq!(s.items[0].start, Utc.with_ymd_and_hms(2024, 4, 26, 11, 0, 0).unwrap(), "14:00 EEST");
    assert_eq!(s.hhmm(s.items[0].start), "14:00");
    assert_eq!(s.items.last().unwrap().end(), Utc.with_ymd_and_hms(2024, 4, 26, 12, 15, 0).unwrap());
}

#[test]
fn pretalx_times_with_half_seconds_load_as_whole_seconds() {
    let (s, _) = session("pretalx-subsecond.json", &Overrides::default());
    let starts: Vec<_> = s.items.iter().map(|i| i.start).collect();
    assert_eq!(
        starts,
        [
            Utc.with_ymd_and_hms(2024, 5, 2, 7, 30, 0).unwrap(),
            Utc.with_ymd_and_hms(2024, 5, 2, 8, 0, 0).unwrap()
        ],
        "09:29:59.500 rounds up, 10:00:00.400 down"
    );
    assert_eq!(s.items[0].length(), TimeDelta::minutes(30));
    assert_eq!(s.items[1].length(), TimeDelta::minutes(20));
    for item in &s.items {
        assert_eq!(item.start.timestamp_subsec_nanos(), 0, "{}", item.title);
        assert!(item.phases.iter().all(|p| p.length.subsec_nanos() == 0), "{}", item.title);
    }
    assert_eq!(s.start.timestamp_subsec_nanos(), 0);
    assert_eq!(s.planned_end.timestamp_subsec_nanos(), 0);
}

#[test]
fn an_imported_item_that_rounds_to_no_time_is_refused_with_its_line_and_field() {
    let text = "Title,Start,End\nWelcome,2024-05-02T09:00:00,2024-05-02T10:00:00\nBlink,2024-05-02T10:00:00.500+02:00,2024-05-02T10:00:01+02:00\n";
    let o = overrides_with(|o| o.time_zone = Some("Europe/Berlin".into()));
    let e = chairtime::schedule::load::load_bytes("blink.csv", text.as_bytes(), &o).unwrap_err().to_string();
    assert!(
        e.starts_with("blink.csv:3:1: item 2 (\"Blink\").length: lasts only 0.500 s, which rounds to 0 s"),
        "{e}"
    );
}

#[test]
fn a_moved_imported_session_keeps_whole_seconds() {
    let o = overrides_with(|o| o.date = NaiveDate::from_ymd_opt(2024, 6, 1));
    let (s, _) = session("pretalx-subsecond.json", &o);
    assert_eq!(s.date, NaiveDate::from_ymd_opt(2024, 6, 1).unwrap());
    assert_eq!(s.hhmm(s.items[0].start), "09:30");
    assert!(s.items.iter().all(|i| i.start.timestamp_subsec_nanos() == 0));
}

/// An iCalendar file folded inside a 2-byte (é), a 3-byte (€) and a 4-byte (🎉) character.
fn folded_calendar(extra_event: &str) -> Vec<u8> {
    let mut b: Vec<u8> = Vec::new();
    b.extend_from_slice(b"BEGIN:VCALENDAR\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:Europe/Paris\r\n");
    b.extend_from_slice(b"BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20240918T070000Z\r\nDTEND:20240918T073000Z\r\n");
    b.extend_from_slice(b"SUMMARY:Caf\xc3\r\n \xa9 au lait\r\n"); // lines 8-9
    b.extend_from_slice(b"LOCATION:Salle \xe2\x82\r\n \xac\r\n \xf0\x9f\r\n\t\x8e\x89\r\n"); // lines 10-13
    b.extend_from_slice(b"END:VEVENT\r\n");
    b.extend_from_slice(extra_event.as_bytes());
    b.extend_from_slice(b"END:VCALENDAR\r\n");
    b
}

#[test]
fn icalendar_folded_inside_multibyte_characters_is_read() {
    let bytes = folded_calendar("");
    let f = chairtime::schedule::load::inspect("folded.ics", &bytes, &Overrides::default()).unwrap().unwrap();
    assert_eq!(f.events[0].title, "Café au lait");
    assert_eq!(f.events[0].room.as_deref(), Some("Salle €🎉"));
    assert!(f.warnings.iter().all(|w| !w.contains("UTF")), "{:?}", f.warnings);
    let bad = folded_calendar("BEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:never\r\nEND:VEVENT\r\n");
    let e = chairtime::schedule::load::inspect("folded.ics", &bad, &Overrides::default()).unwrap_err();
    assert!(e.to_string().starts_with("folded.ics:17:1: expected DTSTART"), "the physical line: {e}");
}

#[test]
fn a_windows_1252_sheet_loads_with_a_warning_naming_the_encoding() {
    let bytes = b"Title,Date,Start,Duration,Speakers\nR\xe9sum\xe9 of the year,2024-05-02,10:00,20,Jos\xe9 Mar\xeda\n";
    let o = overrides_with(|o| o.time_zone = Some("Europe/Madrid".into()));
    let n = chairtime::schedule::load::load_bytes("schedule.csv", bytes, &o).unwrap();
    assert_eq!(n.session.items[0].title, "Résumé of the year");
    assert_eq!(n.session.items[0].speakers, ["José María"]);
    assert_eq!(
        n.warnings[0],
        "schedule.csv: not UTF-8; read as Windows-1252 (Western European). Check names with accents."
    );
}

#[test]
fn a_utf8_byte_order_mark_is_dropped_without_a_word() {
    let bytes = "\u{feff}Title,Date,Start,Duration\nOpening,2024-05-02,10:00,20\n";
    let o = overrides_with(|o| o.time_zone = Some("Europe/Madrid".into()));
    let n = chairtime::schedule::load::load_bytes("bom.csv", bytes.as_bytes(), &o).unwrap();
    assert_eq!(n.session.items[0].title, "Opening");
    assert!(n.warnings.iter().all(|w| !w.contains("UTF") && !w.contains("1252")), "{:?}", n.warnings);
}

#[test]
fn a_spreadsheets_utf16_unicode_text_export_loads_tab_separated() {
    let text = "Title\tDate\tStart\tDuration\tSpeaker\r\nÜber Zeit\t2024-05-02\t10:00\t20\tZoë Çelik\r\nNext\t2024-05-02\t10:20\t25\tAda\r\n";
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let o = overrides_with(|o| o.time_zone = Some("Europe/Berlin".into()));
    let n = chairtime::schedule::load::load_bytes("Unicode export.txt", &bytes, &o).unwrap();
    assert_eq!(n.session.items[0].title, "Über Zeit");
    assert_eq!(n.session.items[0].speakers, ["Zoë Çelik"]);
    assert_eq!(n.session.items[1].start - n.session.items[0].start, TimeDelta::minutes(20));
    assert!(n.warnings[0].starts_with("Unicode export.txt: UTF-16 text (little-endian"), "{:?}", n.warnings);
}

#[test]
fn an_xml_file_declaring_latin_1_is_read_in_that_encoding() {
    let xml =
        b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<schedule><conference><title>Journ\xe9es</title>\
<time_zone_name>Europe/Paris</time_zone_name></conference>\n<day index=\"1\" date=\"2024-05-02\">\
<room name=\"Amphi\"><event id=\"1\"><title>Ouverture \xe0 l'heure</title><start>10:00</start>\
<duration>00:20</duration><persons><person>H\xe9l\xe8ne</person></persons></event></room></day></schedule>\n";
    let f = chairtime::schedule::load::inspect("latin1.xml", xml, &Overrides::default()).unwrap().unwrap();
    assert_eq!(f.conference.as_deref(), Some("Journées"));
    assert_eq!(f.events[0].title, "Ouverture à l'heure");
    assert_eq!(f.events[0].speakers, ["Hélène"]);
    assert!(
        f.warnings[0].contains(
            "read as Windows-1252 (Western European), the encoding its <?xml …?> declaration names"
        ),
        "{:?}",
        f.warnings
    );
}

#[test]
fn indico_timetable_json_is_recognised_by_content() {
    let text = std::fs::read_to_string(fixture("indico-timetable.json")).unwrap();
    assert_eq!(import::detect("download", &text), Some("indico-json"));
    assert_eq!(import::detect("timetable.json", &text), Some("indico-json"));
    let frab = std::fs::read_to_string(fixture("pretalx.json")).unwrap();
    assert_eq!(import::detect("schedule.json", &frab), Some("frab-json"));
}

#[test]
fn indico_timetable_lists_its_sessions_by_day_and_room_with_the_session_as_track() {
    let f = read("indico-timetable.json", &Options::default());
    assert_eq!(f.format, "Indico timetable JSON");
    assert_eq!(f.time_zone, Tz::Europe__Vienna);
    let lines: Vec<String> = f.candidates().iter().map(import::Candidate::line).collect();
    assert_eq!(
        lines,
        [
            "Wed 2024-09-18  12:00–13:00    1 event   Foyer",
            "Wed 2024-09-18  09:00–14:00    5 events  HS 1  [Kernel Testing]",
            "Wed 2024-09-18  09:00–09:40    1 event   HS 2  [Scheduler MC]",
            "Thu 2024-09-19  14:00–15:00    1 event   HS 1  [Kernel Testing]",
        ]
    );
    assert!(import::list(&f).contains("(Indico timetable JSON), time zone Europe/Vienna"));
}

#[test]
fn choosing_an_indico_session_gives_its_contributions_breaks_times_and_speakers() {
    let o = Overrides {
        select: Selector { day: Some("1".into()), room: None, track: Some("kernel".into()) },
        ..Overrides::default()
    };
    let (s, _) = session("indico-timetable.json", &o);
    assert_eq!(s.title, "Kernel Testing");
    assert_eq!(s.room.as_deref(), Some("HS 1"));
    let items: Vec<(ItemKind, &str, String, i64)> = s
        .items
        .iter()
        .map(|i| (i.kind, i.title.as_str(), s.hhmm(i.start), i.length().num_minutes()))
        .collect();
    assert_eq!(
        items,
        [
            (ItemKind::Slot, "KUnit in 2024", "09:00".to_owned(), 25),
            (ItemKind::Break, "Break", "09:25".to_owned(), 5),
            (ItemKind::Slot, "Fuzzing with syzkaller", "09:30".to_owned(), 30),
            (ItemKind::Break, "Coffee", "10:00".to_owned(), 10),
            (ItemKind::Slot, "Open discussion", "10:10".to_owned(), 20),
        ]
    );
    assert_eq!(s.items[0].start, Utc.with_ymd_and_hms(2024, 9, 18, 7, 0, 0).unwrap(), "CEST");
    assert_eq!(s.items[0].speakers, ["Brendan Higgins (Google)"]);
    assert_eq!(
        s.items[2].speakers,
        ["Dmitry Vyukov", "Aleksandr Nogikh"],
        "firstName + familyName, fullName"
    );
    assert_eq!(s.items[0].id.as_deref(), Some("a4242t11"), "uniqueId first");
    let (mc, _) = session("indico-timetable.json", &select(Some("2024-09-18"), Some("HS 2")));
    assert_eq!(mc.title, "Scheduler MC", "sessionTitle when the block has no title");
    assert_eq!(mc.items[0].speakers, ["Tejun Heo (Meta)"], "personLinks: speakers only");
    let (top, _) = session("indico-timetable.json", &select(Some("1"), Some("Foyer")));
    assert_eq!((top.items[0].kind, top.items[0].title.as_str()), (ItemKind::Break, "Lunch"));
}

#[test]
fn malformed_indico_timetables_give_positioned_errors() {
    let cases: [(&str, &str); 4] = [
        (
            "{\"results\": {\"1\": {\"20240918\": {\n  \"c1\": {\"entryType\": \"Contribution\", \"title\": \"T\",\n    \"startDate\": \"09:00\"}}}}}",
            "t.json:2:1: results[\"1\"][\"20240918\"][\"c1\"] (\"T\"): expected \"startDate\": {\"date\": \"YYYY-MM-DD\"",
        ),
        (
            "{\"results\": {\"1\": {\n\"20240918\": [1, 2]}}, \"x\": {\"entryType\": 1, \"startDate\": 2}}",
            "t.json:2:1: results[\"1\"][\"20240918\"]: expected an object of timetable entries",
        ),
        (
            "{\"results\": {\"1\": {\"20240918\": {\n\n\"c1\": {\"title\": \"T\", \"startDate\": {}}}}}}",
            "t.json:3:1: results[\"1\"][\"20240918\"][\"c1\"]: expected \"entryType\"",
        ),
        (
            "{\"entryType\": \"x\", \"startDate\": {}, \"results\": [\n]}",
            "t.json:1:1: \"results\" is not an object",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(import::detect("t.json", text), Some("indico-json"), "{text}");
        let e = import::read("indico-json", "t.json", text, &Options::default()).unwrap_err().to_string();
        assert!(e.starts_with(expected), "{e}");
        assert!(!e.contains('\n'), "one line: {e}");
    }
}

#[test]
fn frab_json_errors_name_the_line_of_the_event() {
    let text = r#"{
  "schedule": {"conference": {"title": "x", "time_zone_name": "Europe/Berlin", "days": [
    {"date": "2024-05-02", "rooms": {"Main": [
      {"guid": "g1", "date": "2024-05-02T09:00:00+02:00", "duration": "00:30", "title": "A"},
      {"guid": "g2", "date": "2024-05-02T10:00:00+02:00", "duration": "forever", "title": "B"}
    ]}}
  ]}}
}"#;
    let e = import::read("frab-json", "t.json", text, &Options::default()).unwrap_err().to_string();
    assert!(e.starts_with("t.json:5:1: days[0].rooms[\"Main\"][1] (\"B\"): expected a duration"), "{e}");
    let f = read("pretalx.json", &Options::default());
    let keynote = f.events.iter().find(|e| e.title == "Keynote").unwrap();
    assert_eq!(keynote.line, 22, "the line of its guid");
}

#[test]
fn an_ascii_xml_file_declaring_latin_1_loads_without_a_note() {
    let xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<schedule><conference><title>Plain</title>\
<time_zone_name>Europe/Paris</time_zone_name></conference>\n<day index=\"1\" date=\"2024-05-02\">\
<room name=\"Amphi\"><event id=\"1\"><title>Opening</title><start>10:00</start>\
<duration>00:20</duration></event></room></day></schedule>\n";
    let f = chairtime::schedule::load::inspect("ascii.xml", xml, &Overrides::default()).unwrap().unwrap();
    assert!(f.warnings.is_empty(), "{:?}", f.warnings);
}

#[test]
fn a_time_zone_name_its_times_contradict_gives_one_note_and_none_under_tz() {
    let text = std::fs::read_to_string(fixture("pretalx.json"))
        .unwrap()
        .replace("\"time_zone_name\": \"Europe/Berlin\"", "\"time_zone_name\": \"UTC\"");
    let format = import::detect("demo.json", &text).unwrap();
    let plain = import::read(format, "demo.json", &text, &Options::default()).unwrap();
    let notes: Vec<&String> =
        plain.tz_note.iter().chain(&plain.warnings).filter(|w| w.contains("zone")).collect();
    assert_eq!(notes.len(), 1, "one note about the zone: {notes:?}");
    assert!(notes[0].contains("time_zone_name says UTC") && notes[0].contains("UTC+02:00"), "{notes:?}");
    assert!(!notes[0].contains("names no time zone"), "{notes:?}");
    let chosen = Options { time_zone: Some(Tz::Europe__Brussels), ..Options::default() };
    let with_tz = import::read(format, "demo.json", &text, &chosen).unwrap();
    assert!(with_tz.tz_note.is_none(), "{:?}", with_tz.tz_note);
    assert!(with_tz.warnings.iter().all(|w| !w.contains("zone")), "{:?}", with_tz.warnings);
}

#[test]
fn convert_writes_the_shared_phases_once_and_off_where_a_threshold_is_off() {
    let (s, _) = session("devroom.xml", &select(Some("1"), Some("K.3")));
    let text = chairtime::schedule::native::write(&s, Some("devroom.xml"));
    assert_eq!(text.matches("phases = [").count(), 1, "one template, no per-item copies:\n{text}");
    let session_part = text.split("[[item]]").next().unwrap();
    assert!(
        session_part.contains("{ name = \"Intro slides\", kind = \"intro\", length = \"5m\" }"),
        "{text}"
    );
    let bundled = chairtime::schedule::load::load_bundled(&Overrides::default()).unwrap().session;
    let mut quiet = bundled.clone();
    for phase in quiet.items.iter_mut().flat_map(|i| i.phases.iter_mut()) {
        phase.thresholds.warning = TimeDelta::zero();
    }
    let text = chairtime::schedule::native::write(&quiet, None);
    assert!(text.contains("warning = \"off\""), "{text}");
    assert!(!text.contains("\"0s\""), "{text}");
    let again =
        chairtime::schedule::load::load_bytes("q.toml", text.as_bytes(), &Overrides::default()).unwrap();
    assert_eq!(again.session, quiet, "\"off\" reads back as off");
}
