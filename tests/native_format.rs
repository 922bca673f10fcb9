//! The native TOML format: every feature `docs/schedule-format.md` documents, and its validation.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::error::LoadError;
use chairtime::schedule::load::{Overrides, load_bytes};
use chairtime::schedule::plan::Normalized;
use chairtime::schedule::{ItemKind, PhaseKind, Session};
use chrono::{TimeDelta, TimeZone, Utc};

const HEAD: &str = r#"
[session]
title = "Test session"
date = 2024-03-05
time_zone = "Europe/Berlin"
start = "10:00"
"#;

fn load(body: &str) -> Result<Normalized, LoadError> {
    load_bytes("t.toml", format!("{HEAD}{body}").as_bytes(), &Overrides::default())
}

fn session(body: &str) -> Session {
    match load(body) {
        Ok(n) => n.session,
        Err(e) => panic!("expected a valid session, got {e}"),
    }
}

fn error(body: &str) -> String {
    match load(body) {
        Ok(n) => panic!("expected an error, got {:?}", n.session.items),
        Err(e) => e.to_string(),
    }
}

fn mins(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

#[test]
fn a_slot_can_be_just_title_speakers_and_length() {
    let s = session("[[item]]\ntitle = \"Talk\"\nspeakers = [\"Ada\"]\nlength = \"20m\"\n");
    let item = &s.items[0];
    assert_eq!(item.kind, ItemKind::Slot);
    assert_eq!(item.start, Utc.with_ymd_and_hms(2024, 3, 5, 9, 0, 0).unwrap(), "10:00 CET is 09:00 UTC");
    assert_eq!(item.length(), mins(20));
    assert_eq!(item.phases.len(), 1, "without a template a slot is one talk phase");
    assert_eq!(item.phases[0].kind, PhaseKind::Talk);
    assert_eq!(item.speakers, ["Ada"]);
}

#[test]
fn every_documented_length_notation_is_accepted() {
    for (text, expected) in [
        ("\"20m\"", mins(20)),
        ("\"1h30m\"", mins(90)),
        ("\"0:20\"", mins(20)),
        ("\"4:30\"", mins(270)),
        ("\"1:00:30\"", mins(60) + TimeDelta::seconds(30)),
        ("\"90s\"", TimeDelta::seconds(90)),
        ("25", mins(25)),
    ] {
        let s = session(&format!("[[item]]\ntitle = \"T\"\nlength = {text}\n"));
        assert_eq!(s.items[0].length(), expected, "length = {text}");
    }
}

#[test]
fn a_start_follows_the_previous_item_when_left_out() {
    let s = session(
        "[[item]]\ntitle = \"A\"\nlength = \"20m\"\n[[item]]\ntitle = \"B\"\nlength = \"25m\"\n[[item]]\ntitle = \"C\"\nlength = \"5m\"\n",
    );
    let starts: Vec<String> = s.items.iter().map(|i| s.hhmm(i.start)).collect();
    assert_eq!(starts, ["10:00", "10:20", "10:45"]);
    assert_eq!(s.hhmm(s.planned_end), "10:50");
}

#[test]
fn an_explicit_start_leaves_a_gap_after_the_previous_item() {
    let s = session(
        "[[item]]\ntitle = \"A\"\nlength = \"20m\"\n[[item]]\ntitle = \"B\"\nstart = \"10:30\"\nlength = \"20m\"\n",
    );
    assert_eq!(s.hhmm(s.items[1].start), "10:30");
}

#[test]
fn a_length_can_come_from_end_or_from_the_next_start() {
    let s = session(
        "[[item]]\ntitle = \"A\"\nend = \"10:40\"\n[[item]]\ntitle = \"B\"\n[[item]]\ntitle = \"C\"\nstart = \"11:05\"\nlength = \"10m\"\n",
    );
    assert_eq!(s.items[0].length(), mins(40));
    assert_eq!(s.items[1].length(), mins(25), "B runs until C starts");
}

#[test]
fn the_session_phase_template_splits_every_slot() {
    let s = session(
        r#"
[[session.phases]]
name = "Intro slides"
kind = "intro"
length = "5m"
[[session.phases]]
name = "Discussion"
kind = "discussion"

[[item]]
title = "A"
length = "22m"
"#,
    );
    let p = &s.items[0].phases;
    assert_eq!((p[0].name.as_str(), p[0].kind, p[0].length), ("Intro slides", PhaseKind::Intro, mins(5)));
    assert_eq!((p[1].name.as_str(), p[1].kind, p[1].length), ("Discussion", PhaseKind::Discussion, mins(17)));
}

#[test]
fn a_template_without_an_open_phase_gives_the_rest_to_its_last_phase() {
    let s = session(
        "[[session.phases]]\nname = \"Talk\"\nlength = \"15m\"\n[[session.phases]]\nname = \"Questions\"\nlength = \"5m\"\n[[item]]\ntitle = \"A\"\nlength = \"25m\"\n",
    );
    let lengths: Vec<TimeDelta> = s.items[0].phases.iter().map(|p| p.length).collect();
    assert_eq!(lengths, [mins(15), mins(10)]);
}

#[test]
fn a_slot_with_fixed_phases_and_no_length_takes_their_sum() {
    let s = session(
        "[[item]]\ntitle = \"A\"\nphases = [{ name = \"Demo\", length = \"7m\" }, { name = \"Q&A\", kind = \"questions\", length = \"3m\" }]\n",
    );
    assert_eq!(s.items[0].length(), mins(10));
    assert_eq!(s.items[0].phases[0].kind, PhaseKind::Other, "kind defaults to other");
    assert_eq!(s.items[0].phases[1].kind, PhaseKind::Questions);
}

#[test]
fn a_slot_can_shorten_the_template_intro() {
    let s = session(
        "[[session.phases]]\nname = \"Intro\"\nkind = \"intro\"\nlength = \"5m\"\n[[session.phases]]\nname = \"Discussion\"\n[[item]]\ntitle = \"A\"\nlength = \"20m\"\nintro = \"3m\"\n",
    );
    let lengths: Vec<TimeDelta> = s.items[0].phases.iter().map(|p| p.length).collect();
    assert_eq!(lengths, [mins(3), mins(17)]);
}

#[test]
fn intro_override_without_an_intro_phase_is_an_error() {
    let e = error("[[item]]\ntitle = \"A\"\nlength = \"20m\"\nintro = \"3m\"\n");
    assert!(e.contains("item 1 (\"A\").intro"), "{e}");
}

#[test]
fn thresholds_inherit_from_phase_then_item_then_session() {
    let s = session(
        r#"
warning = "4m"
danger = "1m"
[[session.phases]]
name = "Intro"
kind = "intro"
length = "5m"
warning = "1m"
danger = "20s"
[[session.phases]]
name = "Discussion"

[[item]]
title = "A"
length = "20m"

[[item]]
title = "B"
length = "20m"
warning = "3m"
"#,
    );
    let a = &s.items[0].phases;
    assert_eq!((a[0].thresholds.warning, a[0].thresholds.danger), (mins(1), TimeDelta::seconds(20)));
    assert_eq!((a[1].thresholds.warning, a[1].thresholds.danger), (mins(4), mins(1)), "the session's");
    let b = &s.items[1].phases;
    assert_eq!(b[1].thresholds.warning, mins(3), "the item's own warning");
    assert_eq!(b[0].thresholds.warning, mins(1), "the phase's own warning still wins");
}

#[test]
fn a_threshold_that_does_not_fit_a_short_phase_is_off_for_that_phase() {
    let s = session(
        "[[session.phases]]\nname = \"Intro\"\nkind = \"intro\"\nlength = \"5m\"\n[[session.phases]]\nname = \"Discussion\"\n[[item]]\ntitle = \"A\"\nlength = \"20m\"\n",
    );
    let intro = s.items[0].phases[0].thresholds;
    assert_eq!(intro.warning, TimeDelta::zero(), "a 5m warning on a 5m phase would start in warning");
    assert_eq!(intro.danger, mins(2));
}

#[test]
fn danger_before_warning_is_rejected_at_the_danger_line() {
    let e = error("[[item]]\ntitle = \"A\"\nlength = \"20m\"\nwarning = \"2m\"\ndanger = \"5m\"\n");
    assert!(
        e.starts_with("t.toml:11:10: item 1 (\"A\").danger: danger (5m) must not come before warning (2m)"),
        "{e}"
    );
}

#[test]
fn breaks_are_one_break_phase_and_default_their_title() {
    let s = session("[[item]]\nbreak = true\nlength = \"30m\"\n");
    let item = &s.items[0];
    assert_eq!(item.kind, ItemKind::Break);
    assert_eq!(item.title, "Break");
    assert_eq!(item.phases.len(), 1);
    assert_eq!(item.phases[0].kind, PhaseKind::Break);
    assert_eq!(item.phases[0].thresholds.warning, TimeDelta::zero(), "breaks have no warning unless given");
    assert_eq!((s.slot_count(), s.break_count()), (0, 1));
}

#[test]
fn ids_may_be_numbers_and_speakers_a_single_name() {
    let s = session("[[item]]\ntitle = \"A\"\nid = 448\nspeakers = \"Ada Lovelace\"\nlength = \"20m\"\n");
    assert_eq!(s.items[0].id.as_deref(), Some("448"));
    assert_eq!(s.items[0].speakers, ["Ada Lovelace"]);
}

#[test]
fn a_session_that_runs_past_midnight_keeps_counting_into_the_next_day() {
    let body = HEAD.replace("start = \"10:00\"", "start = \"23:30\"");
    let n = load_bytes(
        "t.toml",
        format!("{body}[[item]]\ntitle = \"Late\"\nlength = \"40m\"\n[[item]]\ntitle = \"Later\"\nstart = \"00:20\"\nlength = \"20m\"\n")
            .as_bytes(),
        &Overrides::default(),
    )
    .unwrap();
    let later = &n.session.items[1];
    assert_eq!(later.start, Utc.with_ymd_and_hms(2024, 3, 5, 23, 20, 0).unwrap(), "00:20 CET on the 6th");
}

#[test]
fn planned_end_and_hard_end_are_kept_and_an_overlong_plan_is_reported() {
    let body = HEAD.replace("start = \"10:00\"", "start = \"10:00\"\nend = \"10:30\"\nhard_end = \"10:35\"");
    let n = load_bytes(
        "t.toml",
        format!("{body}[[item]]\ntitle = \"A\"\nlength = \"40m\"\n").as_bytes(),
        &Overrides::default(),
    )
    .unwrap();
    assert_eq!(n.session.hhmm(n.session.planned_end), "10:30");
    assert_eq!(n.session.hard_end.map(|h| n.session.hhmm(h)).as_deref(), Some("10:35"));
    assert_eq!(n.warnings.len(), 2, "{:?}", n.warnings);
    assert!(n.warnings[1].contains("5m past the hard end 10:35"), "{:?}", n.warnings);
}

#[test]
fn overlapping_items_name_both_items_at_the_later_ones_start() {
    let e = error(
        "[[item]]\ntitle = \"A\"\nlength = \"20m\"\n[[item]]\ntitle = \"B\"\nstart = \"10:15\"\nlength = \"20m\"\n",
    );
    assert_eq!(
        e,
        "t.toml:12:9: item 2 (\"B\").start: starts at 10:15, before item 1 (\"A\") ends at 10:20: the items overlap by 5m"
    );
}

#[test]
fn an_end_before_the_start_is_a_negative_length() {
    let e = error("[[item]]\ntitle = \"A\"\nstart = \"10:00\"\nend = \"09:50\"\n");
    assert!(e.contains("item 1 (\"A\").length: must be positive, found -10m"), "{e}");
}

#[test]
fn phases_longer_than_their_slot_are_rejected() {
    let e = error(
        "[[session.phases]]\nname = \"Intro\"\nkind = \"intro\"\nlength = \"5m\"\n[[session.phases]]\nname = \"Discussion\"\n[[item]]\ntitle = \"Lightning\"\nlength = \"4m\"\n",
    );
    assert!(
        e.contains("item 1 (\"Lightning\").phases: the phases (Intro 5m) leave no time in a 4m slot"),
        "{e}"
    );
}

#[test]
fn two_open_phases_are_rejected() {
    let e =
        error("[[item]]\ntitle = \"A\"\nlength = \"20m\"\nphases = [{ name = \"X\" }, { name = \"Y\" }]\n");
    assert!(e.starts_with("t.toml:10:10: "), "at the phases line: {e}");
    assert!(
        e.contains("phases, phase 2: only one phase may leave out its length"),
        "phases count from 1: {e}"
    );
}

#[test]
fn an_unknown_time_zone_points_at_the_field() {
    let body = HEAD.replace("Europe/Berlin", "Mars/Olympus");
    let e = load_bytes(
        "t.toml",
        format!("{body}[[item]]\ntitle = \"A\"\nlength = \"5m\"\n").as_bytes(),
        &Overrides::default(),
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        e,
        "t.toml:5:13: session.time_zone: \"Mars/Olympus\" is not a time zone name; write the time zone's name: a region and a city in that zone, such as Europe/Lisbon, America/Vancouver or Asia/Kolkata (the names of the tz database, https://en.wikipedia.org/wiki/List_of_tz_database_time_zones), or UTC"
    );
}

#[test]
fn a_start_inside_the_spring_forward_gap_is_rejected() {
    let body = HEAD.replace("2024-03-05", "2024-03-31").replace("10:00", "02:30");
    let e = load_bytes(
        "t.toml",
        format!("{body}[[item]]\ntitle = \"A\"\nlength = \"5m\"\n").as_bytes(),
        &Overrides::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("does not exist in Europe/Berlin (clocks go forward)"), "{e}");
}

#[test]
fn a_slot_across_the_spring_forward_change_keeps_its_real_length() {
    let body = HEAD.replace("2024-03-05", "2024-03-31").replace("10:00", "01:30");
    let n = load_bytes(
        "t.toml",
        format!(
            "{body}[[item]]\ntitle = \"A\"\nlength = \"60m\"\n[[item]]\ntitle = \"B\"\nlength = \"10m\"\n"
        )
        .as_bytes(),
        &Overrides::default(),
    )
    .unwrap();
    assert_eq!(
        n.session.hhmm(n.session.items[1].start),
        "03:30",
        "an hour of real time later, on the new clock"
    );
}

#[test]
fn unknown_fields_are_errors_not_silently_ignored() {
    let e = error("[[item]]\ntitle = \"A\"\nlenght = \"20m\"\n");
    assert!(e.starts_with("t.toml:"), "{e}");
    assert!(e.contains("unknown key `lenght`: did you mean `length`?"), "{e}");
}

#[test]
fn wrong_types_say_what_was_expected_with_line_and_column() {
    let e = error("[[item]]\ntitle = \"A\"\nlength = true\n");
    assert!(e.starts_with("t.toml:9:10: "), "{e}");
    assert!(e.contains("expected a length such as \"20m\""), "{e}");
}

#[test]
fn a_session_without_items_is_an_error() {
    let e = error("");
    assert!(e.contains("the session has no items"), "{e}");
}

#[test]
fn overrides_supply_what_the_file_lacks() {
    let text = "[session]\ntitle = \"T\"\nstart = \"09:00\"\n[[item]]\ntitle = \"A\"\nlength = \"5m\"\n";
    let missing = load_bytes("t.toml", text.as_bytes(), &Overrides::default()).unwrap_err().to_string();
    assert!(missing.contains("session.time_zone: missing"), "{missing}");
    let o = Overrides {
        time_zone: Some("Asia/Kolkata".into()),
        date: chrono::NaiveDate::from_ymd_opt(2023, 9, 10),
        ..Overrides::default()
    };
    let n = load_bytes("t.toml", text.as_bytes(), &o).unwrap();
    assert_eq!(n.session.start, Utc.with_ymd_and_hms(2023, 9, 10, 3, 30, 0).unwrap());
}

#[test]
fn the_chairs_thresholds_apply_where_the_file_is_silent_and_the_intro_setting_never_to_own_files() {
    let o = Overrides {
        default_intro: Some(mins(3)),
        default_thresholds: chairtime::schedule::plan::ThresholdPlan { warning: Some(mins(4)), danger: None },
        ..Overrides::default()
    };
    let n = load_bytes("t.toml", format!("{HEAD}[[item]]\ntitle = \"A\"\nlength = \"20m\"\n").as_bytes(), &o)
        .unwrap();
    let phases = &n.session.items[0].phases;
    assert_eq!(phases.len(), 1, "a slot without a template is one phase, as the docs say: {phases:?}");
    assert_eq!((phases[0].kind, phases[0].length), (PhaseKind::Talk, mins(20)));
    assert_eq!(phases[0].thresholds.warning, mins(4));
    let bundled = chairtime::schedule::load::load_bundled(&o).unwrap().session;
    assert_eq!(bundled.items[0].phases[0].length, mins(5), "the file's own template wins");
    assert_eq!(bundled.thresholds.warning, mins(5), "the file's own thresholds win");
}

#[test]
fn a_session_on_a_day_whose_midnight_does_not_exist_loads() {
    // Cairo moved its clocks from 00:00 to 01:00 on 2024-04-26: that day has no 00:00.
    let text = r#"
[session]
title = "Afternoon"
date = 2024-04-26
time_zone = "Africa/Cairo"

[[item]]
title = "Opening"
start = "14:00"
length = "20m"

[[item]]
title = "Talk"
length = "30m"
"#;
    let n =
        load_bytes("cairo.toml", text.as_bytes(), &Overrides::default()).unwrap_or_else(|e| panic!("{e}"));
    let s = n.session;
    assert_eq!(
        s.items[0].start,
        Utc.with_ymd_and_hms(2024, 4, 26, 11, 0, 0).unwrap(),
        "14:00 EEST is 11:00 UTC"
    );
    assert_eq!(s.items[1].start, Utc.with_ymd_and_hms(2024, 4, 26, 11, 20, 0).unwrap());
    assert_eq!(s.planned_end, Utc.with_ymd_and_hms(2024, 4, 26, 11, 50, 0).unwrap());
}

#[test]
fn an_item_under_a_minute_loads_with_a_warning() {
    let n = load(
        r#"
[[item]]
title = "Flash"
length = "30s"

[[item]]
title = "Talk"
length = "20m"
"#,
    )
    .unwrap();
    assert_eq!(n.session.items[0].length(), TimeDelta::seconds(30));
    assert!(
        n.warnings.iter().any(|w| w == "item 1 (\"Flash\") lasts only 30s: under a minute; is that right?"),
        "{:?}",
        n.warnings
    );
    assert!(!n.warnings.iter().any(|w| w.contains("\"Talk\"")), "{:?}", n.warnings);
}

#[test]
fn a_native_file_with_a_byte_order_mark_or_in_windows_1252_loads() {
    let with_bom = format!("\u{feff}{HEAD}\n[[item]]\ntitle = \"Talk\"\nlength = \"20m\"\n");
    let n =
        load_bytes("bom.toml", with_bom.as_bytes(), &Overrides::default()).unwrap_or_else(|e| panic!("{e}"));
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let mut latin = format!("{HEAD}\n[[item]]\ntitle = \"Caf").into_bytes();
    latin.extend_from_slice(b"\xe9\"\nlength = \"20m\"\n");
    let n = load_bytes("latin.toml", &latin, &Overrides::default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(n.session.items[0].title, "Café");
    assert_eq!(
        n.warnings[0],
        "latin.toml: not UTF-8; read as Windows-1252 (Western European). Check names with accents."
    );
}

#[test]
fn a_session_threshold_error_points_at_its_line_not_at_the_top() {
    let text = "[session]\ntitle = \"T\"\ndate = 2024-03-05\ntime_zone = \"Europe/Berlin\"\nstart = \"10:00\"\nwarning = \"1m\"\ndanger = \"3m\"\n[[item]]\ntitle = \"A\"\nlength = \"20m\"\n";
    let e = load_bytes("t.toml", text.as_bytes(), &Overrides::default()).unwrap_err().to_string();
    assert!(e.starts_with("t.toml:7:10: session.danger: "), "{e}");
}

#[test]
fn a_start_inside_the_skipped_hour_points_at_that_start() {
    let text = "[session]\ntitle = \"T\"\ndate = 2026-03-29\ntime_zone = \"Europe/Berlin\"\nstart = \"01:30\"\n[[item]]\ntitle = \"A\"\nlength = \"20m\"\n[[item]]\ntitle = \"B\"\nstart = \"02:30\"\nlength = \"20m\"\n";
    let e = load_bytes("t.toml", text.as_bytes(), &Overrides::default()).unwrap_err().to_string();
    assert!(e.starts_with("t.toml:11:9: item 2 (\"B\").start: "), "{e}");
    assert!(e.contains("clocks go forward"), "{e}");
}

#[test]
fn parser_jargon_is_translated_into_words_about_the_file() {
    let cases: [(&str, &str); 5] = [
        (
            "[[item]]\ntitle = \"A\"\nlength = \"20m\"\nbreak = \"yes\"\n",
            "break must be true or false, without quotes (found \"yes\")",
        ),
        ("[[item]]\ntitle = My talk\nlength = \"20m\"\n", "title: text must be in double quotes"),
        ("[[item]]\ntitle = \"A\nlength = \"20m\"\n", "no closing double quote"),
        ("[[item]]\ntitle = \"A\"\ntitle = \"B\"\nlength = \"20m\"\n", "title is given twice"),
        ("[[item]]\ntitle = \"A\"\ncolour = \"red\"\n", "an [[item]] takes title, id, guid, slug, speakers"),
    ];
    for (body, want) in cases {
        let e = error(body);
        assert!(e.contains(want), "{body:?}: {e}");
        assert!(!e.contains("invalid type") && !e.contains("expected `"), "{e}");
    }
    let none = load_bytes("t.toml", b"[[item]]\ntitle = \"A\"\nlength = \"20m\"\n", &Overrides::default())
        .unwrap_err()
        .to_string();
    assert!(none.contains("this file has no [session] table"), "{none}");
    let notes = load_bytes("notes.txt", b"Remember the microphones\n", &Overrides::default())
        .unwrap_err()
        .to_string();
    assert!(notes.contains("chairtime cannot read this file: it opens chairtime schedules"), "{notes}");
}
