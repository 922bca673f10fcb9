//! A session that never finished — the laptop died, the lid closed, Finish was never pressed — is
//! reported the morning after (or years later) as of its journal's last entry, says so in every
//! export, and every export of every prefix of a journal stays valid.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests: a failed step is a failed test")]

mod common;

use std::path::{Path, PathBuf};

use chairtime::report::{Format, Open, Report};
use chairtime::timing::journal;
use chrono::TimeDelta;

/// The bundled afternoon's journal, cut after its `lines`th line (the header is line 1).
fn cut(full: &[u8], lines: usize) -> Vec<u8> {
    let ends: Vec<usize> =
        full.iter().enumerate().filter(|&(_, b)| *b == b'\n').map(|(i, _)| i + 1).collect();
    full[..ends[lines - 1]].to_vec()
}

fn afternoon(dir: &Path) -> (PathBuf, Vec<u8>) {
    let journal = dir.join("afternoon.jsonl");
    common::simulate("tests/fixtures/bpf-afternoon.script", &journal);
    let bytes = std::fs::read(&journal).unwrap();
    (journal, bytes)
}

/// A journal of the afternoon that stops 4:30 into "A pure Go BPF library" (its 11th line, `next`
/// at 48:30, started it; the 12th, `next` at 53:00, ended its intro), with no Finish.
fn died_mid_talk(dir: &Path) -> (PathBuf, Vec<u8>) {
    let (_, full) = afternoon(dir);
    let bytes = cut(&full, 12);
    let path = dir.join("died.jsonl");
    std::fs::write(&path, &bytes).unwrap();
    (path, bytes)
}

#[test]
fn a_report_made_years_later_counts_the_running_talk_up_to_the_journals_last_entry() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, bytes) = died_mid_talk(tmp.path());
    let replayed = journal::replay("died.jsonl", &bytes).unwrap();
    let last = replayed.last_at();
    let session = replayed.engine.session().clone();
    let md = common::report(&[&path], &["--format", "md"]);
    let ends = session.local(last).format("%H:%M:%S").to_string();
    assert!(md.contains(&format!("**Unfinished: the journal ends at {ends}")), "{md}");
    // The talk ran 4:30 before the journal ends (counted up to today, the 2019 session would
    // read tens of thousands of hours).
    let running = md.lines().find(|l| l.contains("(running)")).expect("the talk that was running");
    assert!(running.contains("| 4:30 |"), "{running}");

    let csv = common::report(&[&path], &["--format", "csv"]);
    let rfc = last.with_timezone(&session.time_zone).to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    let column = csv.lines().next().unwrap().split(',').position(|c| c == "unfinished_as_of").unwrap();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    assert!(rows.records().all(|r| r.unwrap()[column] == rfc), "{csv}");

    let json: serde_json::Value =
        serde_json::from_str(&common::report(&[&path], &["--format", "json"])).unwrap();
    assert_eq!(json["unfinished"]["reason"], "journal_ends");
    assert_eq!(json["unfinished"]["as_of"], json["as_of"]);

    // Cut points and chapters: the open talk ends at the last entry.
    let cuts = common::report(&[&path], &["--format", "cuts"]);
    let open_row = cuts.lines().last().unwrap();
    assert!(open_row.contains("A pure Go BPF library"), "{cuts}");
    let report = Report::of_journal(&replayed, None);
    assert_eq!(report.as_of, last);
    assert_eq!(report.open, Some(Open::JournalEnds));
    let talk = report.rows.iter().find(|r| r.actual_start.is_some() && r.actual_end.is_none()).unwrap();
    assert_eq!(talk.actual, Some(last - talk.actual_start.unwrap()));
}

#[test]
fn the_frab_exports_mark_the_talk_that_was_running_when_the_journal_ends() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, _) = died_mid_talk(tmp.path());
    let xml = common::report(&[&path], &["--format", "frab-xml"]);
    let event = xml.split("<event ").find(|e| e.contains("A pure Go BPF library")).unwrap();
    assert!(event.contains("<subtitle>unfinished</subtitle>"), "{event}");
    assert!(event.contains("Unfinished: the journal ends at"), "{event}");
    assert!(event.contains("<duration>00:04:30</duration>"), "up to the last entry: {event}");
}

#[test]
fn a_report_with_at_says_the_session_was_still_running_then() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, _) = afternoon(tmp.path());
    let md = common::report(&[&path], &["--format", "md", "--at", "16:00"]);
    assert!(md.contains("**As of 16:00:00, as asked: the session was still running then.**"), "{md}");
    let finished = common::report(&[&path], &["--format", "md"]);
    assert!(!finished.contains("Unfinished") && !finished.contains("As of"), "{finished}");
}

#[test]
fn status_calls_a_session_left_running_for_years_stale_and_says_what_report_does() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, _) = died_mid_talk(tmp.path());
    let out = common::chairtime().arg("status").arg(&path).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("  Stale      the journal's last entry is 2019-09-11 "), "{text}");
    assert!(text.contains("`chairtime report` gives the session as of its last entry"), "{text}");
    // Minutes after the last entry, the session could still be running: no such line.
    let soon = common::chairtime().arg("status").arg(&path).args(["--at", "15:55"]).output().unwrap();
    let text = String::from_utf8(soon.stdout).unwrap();
    assert!(!text.contains("Stale"), "{text}");
}

/// The c3voc schema files, when the real samples sit beside the checkout (CI points
/// `CHAIRTIME_SAMPLES` there).
fn schemas() -> Option<(PathBuf, PathBuf)> {
    let dir = PathBuf::from(std::env::var_os("CHAIRTIME_SAMPLES")?);
    let xsd = dir.join("schemas/c3voc-schedule.xml.xsd");
    let json = dir.join("schemas/c3voc-schedule-schema.json");
    (xsd.is_file() && json.is_file()).then_some((xsd, json))
}

/// Every prefix of a finished journal — cut after each line, and torn in the middle of the line
/// after — gives every export, never a length beyond the afternoon, and (with the schemas) frab
/// exports that validate.
#[test]
fn every_prefix_of_a_journal_gives_every_export_and_each_is_valid() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, full) = afternoon(tmp.path());
    let lines = full.iter().filter(|&&b| b == b'\n').count();
    let schemas = schemas();
    let validator = schemas.as_ref().map(|(_, json)| {
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
        jsonschema::options().should_validate_formats(true).build(&schema).unwrap()
    });
    let mut xml_files = Vec::new();
    let mut prefixes = 0;
    for n in 1..=lines {
        let whole = cut(&full, n);
        // The same prefix with half of the next line written before the laptop died.
        let mut torn = whole.clone();
        if n < lines {
            let next = cut(&full, n + 1);
            torn.extend_from_slice(&next[whole.len()..whole.len() + (next.len() - whole.len()) / 2]);
        }
        for bytes in [whole, torn] {
            prefixes += 1;
            let replayed =
                journal::replay("prefix.jsonl", &bytes).unwrap_or_else(|e| panic!("line {n}: {e}"));
            let report = Report::of_journal(&replayed, None);
            let s = &report.session;
            let day = s.planned_end.max(report.as_of) - s.start + TimeDelta::hours(1);
            for row in &report.rows {
                if let Some(actual) = row.actual {
                    assert!(actual <= day, "line {n}: {} ran {actual}", row.title);
                }
            }
            assert_eq!(
                report.open.is_some(),
                replayed.engine.started().is_some() && replayed.engine.finished().is_none()
            );
            for format in [
                Format::Csv,
                Format::Json,
                Format::Md,
                Format::Chapters,
                Format::Html,
                Format::Cuts,
                Format::FrabXml,
                Format::FrabJson,
                Format::Sreview,
            ] {
                for (_, text) in format.files(&report) {
                    // Chapters list what ran: none before the start.
                    let nothing_ran = format == Format::Chapters && report.started.is_none();
                    assert!(!text.is_empty() || nothing_ran, "line {n}: {format}");
                }
            }
            let frab: serde_json::Value = serde_json::from_str(&Format::FrabJson.render(&report)).unwrap();
            if let Some(v) = &validator {
                let errors: Vec<String> =
                    v.iter_errors(&frab).map(|e| format!("{e} at {}", e.instance_path())).collect();
                assert!(errors.is_empty(), "line {n}: {}", errors.join("\n"));
            }
            let xml = tmp.path().join(format!("prefix-{prefixes}.xml"));
            std::fs::write(&xml, Format::FrabXml.render(&report)).unwrap();
            xml_files.push(xml);
        }
    }
    assert!(prefixes > 50, "{prefixes}");
    if let Some((xsd, _)) = schemas {
        // CI installs xmllint before the tests: without it this test would check less than it says.
        let out = std::process::Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(&xsd)
            .args(&xml_files)
            .output()
            .expect("xmllint (libxml2-utils) validates the frab XML exports when the schemas are given");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}
