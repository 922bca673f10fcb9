//! The session as it ran, as a frab `schedule.xml` for video pipelines: actual starts and
//! durations, the source's ids, stable guids, skipped items marked, and readable by a frab
//! importer (ours). CI also validates it against the c3voc XSD with xmllint (.ci/validate-frab.sh).
//! And the corrections SReview takes, per talk, from the same run.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::report::Report;

mod common;

use common::chairtime;

fn export(dir: &std::path::Path) -> (String, Report) {
    export_as(dir, "frab-xml")
}

/// The scripted session with two recordings, exported in `format`, and its report.
fn export_as(dir: &std::path::Path, format: &str) -> (String, Report) {
    let journal = dir.join("run.jsonl");
    common::simulate("tests/fixtures/two-recordings.script", &journal);
    (common::report(&[&journal], &["--format", format]), common::finished_report(&journal))
}

#[test]
fn every_item_is_an_event_at_its_actual_start_with_its_actual_duration_and_skips_are_marked() {
    let dir = tempfile::tempdir().unwrap();
    let (xml, report) = export(dir.path());
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let events: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("event")).collect();
    assert_eq!(events.len(), report.rows.len(), "every item, held or not");
    let child = |e: &roxmltree::Node, name: &str| {
        e.children().find(|c| c.has_tag_name(name)).and_then(|c| c.text()).unwrap_or_default().to_owned()
    };
    let mut ids = std::collections::BTreeSet::new();
    for e in &events {
        let row = report.rows.iter().find(|r| r.title == child(e, "title")).unwrap();
        assert!(ids.insert(e.attribute("id").unwrap().to_owned()), "ids are unique");
        let guid = e.attribute("guid").unwrap();
        assert_eq!(guid.len(), 36, "{guid}");
        match row.actual_start {
            Some(start) => {
                let date = chrono::DateTime::parse_from_rfc3339(&child(e, "date")).unwrap();
                assert_eq!(date, start, "{}: at its actual start", row.title);
                let d: Vec<i64> = child(e, "duration").split(':').map(|x| x.parse().unwrap()).collect();
                let secs = d[0] * 3600 + d[1] * 60 + d[2];
                assert_eq!(secs, row.actual.unwrap().num_seconds(), "{}: for as long as it ran", row.title);
            }
            None => {
                assert_eq!(child(e, "duration"), "00:00:00", "{}: not held", row.title);
                assert!(["skipped", "not held"].contains(&child(e, "subtitle").as_str()), "{}", row.title);
            }
        }
        if let Some(id) = row.id.as_deref() {
            assert_eq!(e.attribute("id"), Some(id), "the source's id is kept");
        }
    }
    let skipped = events.iter().find(|e| child(e, "title") == "Do we need CAP_BPF_ADMIN?").unwrap();
    assert_eq!(child(skipped, "subtitle"), "skipped");
    let second = dir.path().join("second");
    std::fs::create_dir(&second).unwrap();
    let (again, _) = export(&second);
    assert_eq!(guids(&xml), guids(&again), "guids are the same at every export");
}

fn guids(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants().filter_map(|n| n.attribute("guid")).map(str::to_owned).collect()
}

#[test]
fn a_frab_importer_reads_the_export_back_as_the_session_that_ran() {
    let dir = tempfile::tempdir().unwrap();
    let (xml, _) = export(dir.path());
    let path = dir.path().join("as-run.xml");
    std::fs::write(&path, xml).unwrap();
    let out = chairtime().arg("check").arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("1  15:00  23m30s"), "the first talk as it ran:\n{table}");
    assert!(table.contains("BPF Debugging"), "{table}");
}

fn export_json(dir: &std::path::Path) -> (serde_json::Value, Report) {
    let (text, report) = export_as(dir, "frab-json");
    (serde_json::from_str(&text).unwrap(), report)
}

#[test]
fn the_frab_json_export_has_every_item_from_its_actual_start_to_its_actual_end() {
    let dir = tempfile::tempdir().unwrap();
    let (doc, report) = export_json(dir.path());
    let day = &doc["schedule"]["conference"]["days"][0];
    let rooms = day["rooms"].as_object().unwrap();
    assert_eq!(rooms.len(), 1, "one room: the session's");
    let events = rooms.values().next().unwrap().as_array().unwrap();
    assert_eq!(events.len(), report.rows.len(), "every item, held or not");
    let time = |v: &serde_json::Value| chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap()).unwrap();
    for e in events {
        let row = report.rows.iter().find(|r| r.title == e["title"]).unwrap();
        match (row.actual_start, row.actual) {
            (Some(start), Some(length)) => {
                assert_eq!(time(&e["date"]), start, "{}: at its actual start", row.title);
                assert_eq!(time(&e["end"]), start + length, "{}: to its actual end", row.title);
                let minutes = (length.num_seconds() + 30) / 60;
                assert_eq!(e["duration"], format!("{}:{:02}", minutes / 60, minutes % 60), "{}", row.title);
            }
            _ => {
                assert_eq!(e["duration"], "0:00", "{}: not held", row.title);
                assert!(["skipped", "not held"].contains(&e["subtitle"].as_str().unwrap()), "{}", row.title);
            }
        }
        if let Some(id) = row.id.as_deref() {
            assert_eq!(e["id"].to_string(), id, "the source's id is kept");
        }
    }
    let second = dir.path().join("second");
    std::fs::create_dir(&second).unwrap();
    let (again, _) = export_json(&second);
    let guids = |d: &serde_json::Value| -> Vec<String> {
        d["schedule"]["conference"]["days"][0]["rooms"]
            .as_object()
            .unwrap()
            .values()
            .flat_map(|v| v.as_array().unwrap().iter().map(|e| e["guid"].as_str().unwrap().to_owned()))
            .collect()
    };
    assert_eq!(guids(&doc), guids(&again), "guids are the same at every export");
    // Read back by a frab JSON importer (ours), to the second: `end` is preferred to `duration`.
    let path = dir.path().join("as-run.json");
    std::fs::write(&path, serde_json::to_string(&doc).unwrap()).unwrap();
    let out = chairtime().arg("check").arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("1  15:00  23m30s"), "the first talk as it ran:\n{table}");
}

/// Both frab exports against the c3voc JSON schema, when the schema sits in `CHAIRTIME_SAMPLES`
/// (CI points it there); the XML one is checked against the XSD by .ci/validate-frab.sh.
#[test]
fn the_frab_json_export_is_valid_against_the_c3voc_json_schema() {
    let Some(dir) = std::env::var_os("CHAIRTIME_SAMPLES") else { return };
    let schema_path = std::path::Path::new(&dir).join("schemas/c3voc-schedule-schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let (doc, _) = export_json(tmp.path());
    let errors: Vec<String> =
        validator.iter_errors(&doc).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // The validator does reject: an event without its url, a duration with seconds.
    let mut broken = doc.clone();
    let first =
        broken["schedule"]["conference"]["days"][0]["rooms"].as_object_mut().unwrap().values_mut().next();
    let first = &mut first.unwrap()[0];
    first.as_object_mut().unwrap().remove("url");
    first["duration"] = "00:23:40".into();
    assert_eq!(validator.iter_errors(&broken).count(), 2);
    // A session in a fixed-offset zone, with an acronym and titles of no ASCII letters at all.
    let bundled = std::fs::read_to_string("assets/schedules/lpc2019-bpf.toml").unwrap();
    let toml = tmp.path().join("fixed.toml");
    let edited = bundled
        .replace("conference = \"Linux Plumbers Conference 2019\"", "conference = \"カンファレンス\"")
        .replace("time_zone = \"Europe/Lisbon\"", "time_zone = \"UTC+2\"")
        .replace("title = \"BPF Microconference\"", "title = \"会議\"");
    assert_ne!(edited, bundled);
    std::fs::write(&toml, edited).unwrap();
    let journal = tmp.path().join("fixed.jsonl");
    common::simulate_on("tests/fixtures/two-recordings.script".as_ref(), &journal, Some(&toml));
    let doc: serde_json::Value =
        serde_json::from_str(&common::report(&[&journal], &["--format", "frab-json"])).unwrap();
    let errors: Vec<String> =
        validator.iter_errors(&doc).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{}\n{doc:#}", errors.join("\n"));
}

#[test]
fn the_sreview_export_gives_each_talk_that_ran_its_corrections_against_the_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("afternoon.jsonl");
    common::simulate("tests/fixtures/bpf-afternoon.script", &journal);
    let doc: serde_json::Value =
        serde_json::from_str(&common::report(&[&journal], &["--format", "sreview"])).unwrap();
    assert_eq!(doc["format"], "chairtime-sreview");
    assert_eq!(doc["rehearsal"], false);
    let talks = doc["talks"].as_array().unwrap();
    let talk =
        |title: &str| talks.iter().find(|t| t["title"] == title).unwrap_or_else(|| panic!("{title}: {doc}"));
    // Planned 15:22–15:45; the script starts it at 23:40 (1:40 late) and ends it at 48:30.
    let debugging = talk("BPF Debugging");
    assert_eq!(debugging["upstreamid"], "447", "the schedule's event id: SReview's upstreamid");
    assert_eq!(debugging["corrections"]["offset_start"], 100.0);
    assert_eq!(debugging["corrections"]["offset_end"], 210.0);
    assert_eq!(debugging["corrections"]["length_adj"], 110.0, "offset_end - offset_start");
    // The first talk started on the second and ended 1:40 over.
    let first = &talks[0];
    assert_eq!(first["corrections"]["offset_start"], 0.0);
    assert_eq!(first["corrections"]["length_adj"], 100.0);
    assert!(talks.iter().all(|t| t["title"] != "Afternoon break"), "breaks are not talks");
    for t in talks {
        let c = &t["corrections"];
        let (s, e, l) = (
            c["offset_start"].as_f64().unwrap(),
            c["offset_end"].as_f64().unwrap(),
            c["length_adj"].as_f64().unwrap(),
        );
        assert!((e - s - l).abs() < 1e-9, "{t}");
    }
}
