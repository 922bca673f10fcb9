//! Several journals, one conference: every room on one page, totals that add up, and the same
//! session recorded twice refused.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::cast_possible_truncation,
    reason = "test helpers: a failed step is a failed test; SVG units back to milliseconds"
)]

use std::path::{Path, PathBuf};

use chairtime::report::Report;
use chairtime::report::conference::{Conference, Totals};

mod common;

use common::chairtime;

/// The bundled session in `room`, run by `script`: its journal.
fn room_run(dir: &Path, room: &str, script: &str) -> PathBuf {
    let session = chairtime::schedule::load::BUNDLED_TEXT.replace("Esmerelda/room-I&II", room);
    let slug: String = room.chars().filter(char::is_ascii_alphanumeric).collect();
    let toml = dir.join(format!("{slug}.toml"));
    std::fs::write(&toml, session).unwrap();
    let script_path = dir.join(format!("{slug}.script"));
    std::fs::write(&script_path, script).unwrap();
    let journal = dir.join(format!("{slug}.jsonl"));
    common::simulate_on(&script_path, &journal, Some(&toml));
    journal
}

fn three_rooms(dir: &Path) -> Vec<PathBuf> {
    let afternoon = std::fs::read_to_string("tests/fixtures/bpf-afternoon.script").unwrap();
    vec![
        room_run(dir, "Room A", &afternoon),
        room_run(
            dir,
            "Room B",
            "0:00 start\n4:30 next\n25:00 next\n30:00 pause\n35:00 resume\n1:00:00 finish\n",
        ),
        room_run(dir, "Room C", "2:00 start\n6:00 next\n22:00 next\n50:00 finish\n"),
    ]
}

#[test]
fn three_rooms_give_one_page_whose_totals_add_up_the_rooms() {
    let dir = tempfile::tempdir().unwrap();
    let journals = three_rooms(dir.path());
    let html = common::report(&journals, &["--format", "html"]);
    assert!(html.contains("3 sessions in 3 rooms over 1 day"), "one day, three rooms");
    let start = html.find("<svg class=\"timeline day\"").unwrap();
    let end = html[start..].find("</svg>").unwrap() + start + 6;
    let svg = roxmltree::Document::parse(&html[start..end]).unwrap();
    let rooms: std::collections::BTreeSet<&str> =
        svg.descendants().filter_map(|n| n.attribute("data-room")).collect();
    assert_eq!(rooms.into_iter().collect::<Vec<_>>(), ["Room A", "Room B", "Room C"]);
    // The conference's figures are the sum of the rooms'.
    let reports: Vec<Report> = journals.iter().map(|j| common::finished_report(j)).collect();
    let sum = reports.iter().map(Totals::of).fold((0, 0), |(r, l), t| (r + t.run, l + t.late));
    let conference =
        Conference::new(journals.iter().zip(reports).map(|(j, r)| (j.display().to_string(), r)).collect())
            .unwrap();
    let t = conference.totals();
    assert_eq!((t.run, t.late), sum);
    assert!(
        html.contains(&format!("<li>{} items run, {} of them late", t.run, t.late)),
        "{}",
        &html[..2000.min(html.len())]
    );
    // The overrun marks on the page are the reports' overruns.
    let marked: i64 = svg
        .descendants()
        .filter_map(|n| n.attribute("data-seconds"))
        .map(|s| s.parse::<i64>().unwrap())
        .sum();
    assert!(
        (marked - t.overrun.num_seconds()).abs() <= 3,
        "{marked} s marked, {} s over",
        t.overrun.num_seconds()
    );
    // Each room's planned end, at its instant, as the legend says.
    let t0: i64 = svg.root_element().attribute("data-t0-ms").unwrap().parse().unwrap();
    let pps: f64 = svg.root_element().attribute("data-px-per-s").unwrap().parse().unwrap();
    let left: f64 = svg.root_element().attribute("data-left").unwrap().parse().unwrap();
    let ends: Vec<_> = svg.descendants().filter(|n| n.attribute("class") == Some("planned-end")).collect();
    assert_eq!(ends.len(), 3, "one planned end per room");
    for (line, journal) in ends.iter().zip(&journals) {
        let x: f64 = line.attribute("x1").unwrap().parse().unwrap();
        let at_ms = t0 + ((x - left) / pps * 1000.0).round() as i64;
        let planned_end = common::finished_report(journal).session.planned_end.timestamp_millis();
        assert!(
            (at_ms - planned_end).abs() <= 1000,
            "{}: {at_ms} vs {planned_end}",
            line.attribute("data-room").unwrap()
        );
    }
}

#[test]
fn the_conference_csv_gains_room_and_date_columns() {
    let dir = tempfile::tempdir().unwrap();
    let journals = three_rooms(dir.path());
    let csv = common::report(&journals, &["--format", "csv"]);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("room,date,index,id,title,"));
    let rooms: std::collections::BTreeSet<&str> = lines.map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(rooms.into_iter().collect::<Vec<_>>(), ["Room A", "Room B", "Room C"]);
    assert!(csv.contains("Room B,2019-09-11,1,448,"));
}

#[test]
fn the_same_session_from_two_laptops_is_refused_rather_than_counted_twice() {
    let dir = tempfile::tempdir().unwrap();
    let a = room_run(dir.path(), "Room A", "0:00 start\n4:30 next\n");
    let other = dir.path().join("laptop2");
    std::fs::create_dir(&other).unwrap();
    let b = room_run(&other, "Room A", "0:05 start\n4:40 next\n");
    let out = chairtime().arg("report").arg(&a).arg(&b).args(["--format", "html"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("are journals of the same session (BPF Microconference, Room A,"), "{stderr}");
    assert!(stderr.contains("counted twice"), "{stderr}");
}

#[test]
fn a_format_for_one_session_is_refused_for_several_journals() {
    let dir = tempfile::tempdir().unwrap();
    let journals = three_rooms(dir.path());
    let out = chairtime().arg("report").args(&journals).args(["--format", "chapters"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("use html, csv or md"));
}

/// Talk 4 is cancelled, so the break starts 23 minutes early and runs until its planned end; the
/// chair finishes after the next talk, with four more never held.
const CANCELLED_AND_STOPPED: &str = "0:00 start\n4:30 next\n22:00 next\n26:00 next\n45:00 next\n49:00 next\n\
     1:06:00 skip 4\n1:07:00 next\n2:00:00 next\n2:04:00 next\n2:10:00 finish\n";

#[test]
fn a_break_that_ran_long_because_a_talk_was_cancelled_is_no_overrun() {
    let dir = tempfile::tempdir().unwrap();
    let journals = vec![
        room_run(dir.path(), "Room A", CANCELLED_AND_STOPPED),
        room_run(dir.path(), "Room B", "0:00 start\n4:30 next\n30:00 finish\n"),
    ];
    let reports: Vec<Report> = journals.iter().map(|j| common::finished_report(j)).collect();
    let break_row = reports[0].rows.iter().find(|r| r.title == "Afternoon break").unwrap();
    assert_eq!(break_row.overrun(), Some(chrono::TimeDelta::minutes(23)), "it did run 23 minutes long");
    assert_eq!(chairtime::report::conference::counted_overrun(break_row), None, "but ended on time");
    let md = common::report(&journals, &["--format", "md"]);
    let biggest = md.split("## Biggest overruns").nth(1).unwrap_or_default();
    assert!(!biggest.contains("Afternoon break"), "{md}");
    assert_eq!(Totals::of(&reports[0]).overrun, chrono::TimeDelta::zero(), "{md}");
}

#[test]
fn a_room_that_stopped_early_is_not_called_hours_ahead_for_the_talks_it_never_held() {
    let dir = tempfile::tempdir().unwrap();
    let journals = vec![
        room_run(dir.path(), "Room A", CANCELLED_AND_STOPPED),
        room_run(dir.path(), "Room B", "0:00 start\n4:30 next\n30:00 finish\n"),
    ];
    let report = common::finished_report(&journals[0]);
    assert!(
        report.schedule.offset < -chrono::TimeDelta::hours(1),
        "the engine's projection counts them as saved"
    );
    // The last talk held ran 17:00–17:10 against its planned 17:00–17:20.
    assert_eq!(chairtime::report::conference::at_the_end(&report), "10m ahead, 5 not held");
    let md = common::report(&journals, &["--format", "md"]);
    let row = md.lines().find(|l| l.contains("| Room A |")).unwrap();
    assert!(row.ends_with("| 10m ahead, 5 not held |"), "{row}");
    let html = common::report(&journals, &["--format", "html"]);
    assert!(html.contains("<td>10m ahead, 5 not held</td>"), "{html}");
}
