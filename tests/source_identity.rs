//! The source's identity survives the exports: a video pipeline matches talks by the schedule's
//! event id, guid and slug and the conference's acronym, so every export keeps them exactly as
//! the source wrote them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests: a failed step is a failed test"
)]

use std::path::{Path, PathBuf};

use chairtime::report::{Format, Report};
use chairtime::schedule::import::{self, Event, Options, Selector};
use chairtime::schedule::load::{Overrides, load_path};
use chairtime::timing::engine::Engine;
use chrono::{DateTime, Utc};

fn fixture(name: &str) -> PathBuf {
    Path::new("tests/fixtures/import").join(name)
}

/// A session's report before it starts (every item planned, none held): the exports then list
/// every item of the source.
fn report_of(path: &Path, overrides: &Overrides) -> Report {
    let session = load_path(path, overrides).unwrap_or_else(|e| panic!("{e}")).session;
    let start = session.start;
    Report::new(&Engine::new(session), start)
}

/// Each exported event read back, by (start, title): its id, guid and slug.
fn read_back(xml: &str) -> (Option<String>, Vec<Event>) {
    let back = import::read("frab-xml", "export.xml", xml, &Options::default()).unwrap();
    (back.acronym, back.events)
}

#[test]
fn the_frab_exports_keep_the_sources_event_ids_guids_slugs_and_acronym() {
    let report = report_of(&fixture("identity.xml"), &Overrides::default());
    let xml = Format::FrabXml.render(&report);
    let (acronym, events) = read_back(&xml);
    assert_eq!(acronym.as_deref(), Some("idconf26"));
    let ids: Vec<_> = events
        .iter()
        .map(|e| (e.id.clone().unwrap(), e.guid.clone().unwrap(), e.slug.clone().unwrap()))
        .collect();
    assert_eq!(
        ids,
        [
            ("9001".into(), "0e2d7c1a-3b4f-5a6b-8c9d-aaaaaaaaaaaa".into(), "idconf26-9001-opening".into()),
            (
                "9042".into(),
                "0E2D7C1A-3B4F-5A6B-8C9D-BBBBBBBBBBBB".into(),
                "idconf26-9042-a-talk-with-a-long-history".into()
            ),
            // The gap before it is a break of chairtime's own: numbered above the source's ids.
            ("9045".into(), events[2].guid.clone().unwrap(), events[2].slug.clone().unwrap()),
            ("9007".into(), "0e2d7c1a-3b4f-5a6b-8c9d-cccccccccccc".into(), "idconf26-9007-lightning".into()),
        ]
        .map(|(a, b, c): (String, String, String)| (a, b, c))
    );
    let json: serde_json::Value = serde_json::from_str(&Format::FrabJson.render(&report)).unwrap();
    let conference = &json["schedule"]["conference"];
    assert_eq!(conference["acronym"], "idconf26");
    let first = &conference["days"][0]["rooms"]["Saal 1"][0];
    assert_eq!(
        (first["id"].as_u64(), first["guid"].as_str(), first["slug"].as_str()),
        (Some(9001), Some("0e2d7c1a-3b4f-5a6b-8c9d-aaaaaaaaaaaa"), Some("idconf26-9001-opening"))
    );
}

#[test]
fn the_csv_and_json_reports_carry_the_sources_id_guid_and_slug_in_their_own_columns() {
    let report = report_of(
        &fixture("pretalx.json"),
        &Overrides {
            select: Selector { day: None, room: Some("Main Hall".into()), track: None },
            ..Overrides::default()
        },
    );
    let json: serde_json::Value = serde_json::from_str(&Format::Json.render(&report)).unwrap();
    let opening = &json["items"][0];
    assert_eq!(
        (opening["id"].as_str(), opening["guid"].as_str()),
        (Some("1"), Some("aaaaaaaa-0000-4000-8000-000000000001"))
    );
    assert_eq!(json["session"]["acronym"], "conf");
    // The CSV lists what ran: start the session and run the opening.
    let session = load_path(
        &fixture("pretalx.json"),
        &Overrides {
            select: Selector { day: None, room: Some("Main Hall".into()), track: None },
            ..Overrides::default()
        },
    )
    .unwrap()
    .session;
    let mut engine = Engine::new(session.clone());
    engine.apply(&chairtime::timing::command::Command::Start, session.start).unwrap();
    let csv = Format::Csv.render(&Report::new(&engine, session.start + chrono::TimeDelta::minutes(5)));
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header = rows.headers().unwrap().clone();
    let row = rows.records().next().unwrap().unwrap();
    let get = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_owned();
    assert_eq!((get("id"), get("guid")), ("1".into(), "aaaaaaaa-0000-4000-8000-000000000001".into()));
}

/// Every room and day of every frab sample conference (XML and JSON): the frab XML export of the
/// room's session, read back, has each source event's id, guid, slug and the acronym unchanged.
#[test]
fn every_sample_conferences_rooms_keep_their_identity_through_the_frab_export() {
    let Some(dir) = std::env::var_os("CHAIRTIME_SAMPLES") else { return };
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.display().to_string();
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let Some(format) = import::detect(&name, &text) else { continue };
        if !format.starts_with("frab") || name.contains("schema") {
            continue;
        }
        let source = import::read(format, &name, &text, &Options::default()).unwrap();
        let by_key = |events: &[Event], start: DateTime<Utc>, title: &str| {
            events.iter().find(|e| e.start == start && e.title == title).cloned()
        };
        for c in source.candidates() {
            let o = Overrides {
                select: Selector {
                    day: Some(c.day.to_string()),
                    room: Some(c.room.clone().unwrap_or_else(|| import::NO_ROOM.to_owned())),
                    track: None,
                },
                ..Overrides::default()
            };
            let Ok(loaded) = load_path(&path, &o) else { continue };
            let start = loaded.session.start;
            let report = Report::new(&Engine::new(loaded.session), start);
            let (acronym, events) = read_back(&Format::FrabXml.render(&report));
            let want = source.acronym.clone().filter(|a| !a.trim().is_empty());
            if want.is_some() {
                assert_eq!(acronym, want, "{name}, {}", c.line());
            }
            for e in &events {
                let Some(original) = by_key(&source.events, e.start, &e.title) else { continue };
                let place = format!("{name}, {}: {:?}", c.line(), e.title);
                if let Some(id) = original.id.as_deref().filter(|id| id.parse::<u64>().is_ok()) {
                    assert_eq!(e.id.as_deref(), Some(id), "{place}");
                }
                if original.guid.is_some() {
                    assert_eq!(e.guid, original.guid, "{place}");
                }
                if original.slug.is_some() {
                    assert_eq!(e.slug, original.slug, "{place}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "only {checked} events checked");
}
