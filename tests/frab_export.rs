//! The session as it ran, as a frab `schedule.xml` for video pipelines: actual starts and
//! durations, the source's ids, stable guids, skipped items marked, and readable by a frab
//! importer (ours). CI also validates it against the c3voc XSD with xmllint (.ci/validate-frab.sh).

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
    let journal = dir.join("run.jsonl");
    common::simulate("tests/fixtures/two-recordings.script", &journal);
    let out = chairtime().arg("report").arg(&journal).args(["--format", "frab-xml"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let replayed = chairtime::timing::journal::replay_path(&journal).unwrap();
    let report = Report::new(&replayed.engine, replayed.engine.finished().unwrap());
    (String::from_utf8(out.stdout).unwrap(), report)
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
