//! Reports never blame a speaker for the chair's pause or re-plan (issue 9, item 7): each item has
//! a speaker's view (time given, time used, speaker over) beside the schedule view, and the totals
//! explain the schedule difference by cause, agreeing with `chairtime status`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::{Path, PathBuf};

use chairtime::report::{Format, Report};
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::script;
use chairtime::timing::engine::Engine;
use chrono::TimeDelta;

mod common;

use common::chairtime;

const PAUSE_AND_REPLAN: &str = "tests/fixtures/report/pause-and-replan.script";
const AFTERNOON: &str = "tests/fixtures/bpf-afternoon.script";
const CHAIR_MOVES: &str = "tests/fixtures/report/chair-moves.script";

/// Runs `chairtime simulate` on the bundled session; returns the export and the journal's path.
fn simulate(dir: &Path, script: &str, format: &str) -> (String, PathBuf) {
    let journal = dir.join(format!("{format}.jsonl"));
    let out = chairtime()
        .args(["simulate", "--actions", script, "--journal"])
        .arg(&journal)
        .args(["--format", format])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8(out.stdout).unwrap(), journal)
}

/// The CSV as maps from column name to cell, one per row.
fn csv_rows(csv: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    reader
        .records()
        .map(|r| header.iter().cloned().zip(r.unwrap().iter().map(str::to_owned)).collect())
        .collect()
}

fn md_row<'a>(md: &'a str, title: &str) -> &'a str {
    md.lines().find(|l| l.starts_with("| ") && l.contains(title)).unwrap_or_else(|| panic!("{title}:\n{md}"))
}

#[test]
fn a_speaker_who_stopped_on_their_own_clock_after_a_ten_minute_pause_is_zero_over() {
    let dir = tempfile::tempdir().unwrap();
    let (csv, _) = simulate(dir.path(), PAUSE_AND_REPLAN, "csv");
    let rows = csv_rows(&csv);
    let slot1 = rows.iter().find(|r| r["index"] == "1").unwrap();
    // The schedule view is kept: 32 minutes of wall clock for a 22-minute slot.
    assert_eq!(slot1["actual_seconds"], "1920");
    assert_eq!(slot1["overrun_seconds"], "600");
    assert_eq!(slot1["paused_seconds"], "600");
    // The speaker's view: given 22:00, used 22:00, not over.
    assert_eq!(slot1["allotted_seconds"], "1320");
    assert_eq!(slot1["used_seconds"], "1320");
    assert_eq!(slot1["speaker_over_seconds"], "0");
}

#[test]
fn a_slot_re_planned_from_22_to_30_minutes_before_it_ran_was_given_30_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let (csv, _) = simulate(dir.path(), PAUSE_AND_REPLAN, "csv");
    let rows = csv_rows(&csv);
    let slot3 = rows.iter().find(|r| r["index"] == "3").unwrap();
    assert_eq!(slot3["planned_seconds"], "1320");
    assert_eq!(slot3["overrun_seconds"], "480");
    assert_eq!(slot3["allotted_seconds"], "1800");
    assert_eq!(slot3["used_seconds"], "1800");
    assert_eq!(slot3["speaker_over_seconds"], "0");
    let slot4 = rows.iter().find(|r| r["index"] == "4").unwrap();
    assert_eq!(slot4["status"], "skipped");
    assert_eq!(slot4["used_seconds"], "", "a slot skipped before it ran used no time");
    assert_eq!(slot4["speaker_over_seconds"], "");
}

#[test]
fn the_markdown_rows_name_the_pause_and_the_re_plan_and_show_the_speakers_at_zero_over() {
    let dir = tempfile::tempdir().unwrap();
    let (md, _) = simulate(dir.path(), PAUSE_AND_REPLAN, "md");
    assert!(md.contains("| Over plan | Given | Used | Speaker over |"), "{md}");
    let slot1 = md_row(&md, "Bringing BPF developer experience");
    assert!(slot1.contains("| 22:00 | 32:00 | +10:00 | 22:00 | 22:00 | 0:00 |"), "{slot1}");
    assert!(slot1.contains("paused 10:00"), "{slot1}");
    let slot3 = md_row(&md, "A pure Go BPF library");
    assert!(slot3.contains("| 22:00 | 30:00 | +8:00 | 30:00 | 30:00 | 0:00 |"), "{slot3}");
    assert!(slot3.contains("re-planned 22:00 → 30:00"), "{slot3}");
}

#[test]
fn the_totals_name_the_pause_and_the_re_plan_and_agree_with_status_at_the_same_instant() {
    let dir = tempfile::tempdir().unwrap();
    let (md, journal) = simulate(dir.path(), PAUSE_AND_REPLAN, "md");
    let status =
        chairtime().arg("status").arg(&journal).args(["--at", "2019-09-11T16:30:00+01:00"]).output().unwrap();
    let status = String::from_utf8(status.stdout).unwrap();
    let figure = status
        .lines()
        .find_map(|l| l.trim().strip_prefix("Schedule").map(str::trim))
        .unwrap_or_else(|| panic!("{status}"));
    assert_eq!(figure, "5m ahead");
    assert!(md.contains(&format!("- Schedule at 16:30:00: **{figure}**")), "{md}");
    assert!(!md.contains("Net overrun"), "the misleading net overrun is gone:\n{md}");
    assert!(
        md.contains(
            "- Pauses: **10m behind** — Bringing BPF developer experience to the next level: paused 10:00."
        ),
        "{md}"
    );
    assert!(
        md.contains(
            "- Lengths re-planned before they ran: **8m behind** — A pure Go BPF library: 22:00 → 30:00."
        ),
        "{md}"
    );
    assert!(md.contains("- Skipped or not run: **23m ahead** — Do we need CAP_BPF_ADMIN? (23:00)."), "{md}");
    assert!(
        md.contains("- Speakers over or under the time they were given: **on plan** — all 3 slots that ran kept exactly to their time."),
        "{md}"
    );
}

#[test]
fn biggest_overruns_rank_speakers_by_their_own_time_never_by_pauses_or_re_plans() {
    let dir = tempfile::tempdir().unwrap();
    let (md, _) = simulate(dir.path(), PAUSE_AND_REPLAN, "md");
    let overruns = md.split("## Biggest overruns").nth(1).unwrap_or_else(|| panic!("{md}"));
    let overruns = overruns.split("\n## ").next().unwrap();
    assert!(overruns.contains("No speaker went over the time they were given."), "{overruns}");
    assert!(!overruns.contains("Bringing BPF"), "{overruns}");

    // In the afternoon, BPF Debugging was paused 1:30 and extended 1:00: 1:50 over plan, yet its
    // speaker used 23:20 of the 24:00 they were given, so it is not among the overruns.
    let dir = tempfile::tempdir().unwrap();
    let (md, _) = simulate(dir.path(), AFTERNOON, "md");
    let overruns = md.split("## Biggest overruns").nth(1).unwrap();
    let overruns = overruns.split("\n## ").next().unwrap();
    assert!(overruns.contains("1. Beyond per-CPU atomics"), "{overruns}");
    assert!(!overruns.contains("BPF Debugging"), "{overruns}");
}

#[test]
fn the_csv_header_keeps_every_old_column_in_order_and_appends_the_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let (csv, _) = simulate(dir.path(), PAUSE_AND_REPLAN, "csv");
    let header = csv.lines().next().unwrap();
    assert_eq!(
        header,
        "index,id,title,speakers,planned_start,actual_start,actual_end,planned_seconds,actual_seconds,\
         overrun_seconds,position,kind,status,paused_seconds,allotted_seconds,used_seconds,speaker_over_seconds,rehearsal,\
         unfinished_as_of,guid,slug"
    );
    assert!(csv.lines().skip(1).all(|l| l.split(',').count() >= 21), "{csv}");
}

#[test]
fn the_json_gives_each_item_its_time_given_used_and_over_and_the_schedule_by_cause() {
    let dir = tempfile::tempdir().unwrap();
    let (json, _) = simulate(dir.path(), PAUSE_AND_REPLAN, "json");
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let items = doc["items"].as_array().unwrap();
    let slot1 = &items[0];
    assert_eq!(slot1["paused_seconds"], 600);
    assert_eq!(slot1["added_seconds"], 0);
    assert_eq!(slot1["allotted_seconds"], 1320);
    assert_eq!(slot1["used_seconds"], 1320);
    assert_eq!(slot1["speaker_over_seconds"], 0);
    let slot3 = items.iter().find(|i| i["index"] == 3).unwrap();
    assert_eq!(slot3["adjust_seconds"], 480);
    assert_eq!(slot3["allotted_seconds"], 1800);
    assert_eq!(slot3["speaker_over_seconds"], 0);
    let upcoming = items.iter().find(|i| i["status"] == "upcoming").unwrap();
    assert!(upcoming["used_seconds"].is_null() && upcoming["speaker_over_seconds"].is_null());
    let schedule = &doc["schedule"];
    assert_eq!(schedule["offset_seconds"], -300);
    let causes = &schedule["causes"];
    assert_eq!(causes["pauses_seconds"], 600);
    assert_eq!(causes["replans_seconds"], 480);
    assert_eq!(causes["skipped_seconds"], -1380);
    assert_eq!(causes["speakers_seconds"], 0);
    assert_eq!(causes["between_seconds"], 0);
}

/// Replays `script` on the bundled session, calling `check` with the engine after every line and
/// at every minute in between.
fn replay_checking(script: &str, mut check: impl FnMut(&Engine, chrono::DateTime<chrono::Utc>)) {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let start = session.start;
    let mut engine = Engine::new(session);
    let steps = script::parse(&std::fs::read_to_string(script).unwrap()).unwrap();
    let mut t = start;
    for step in &steps {
        let at = start + step.at;
        while t < at {
            check(&engine, t);
            t += TimeDelta::minutes(1);
        }
        if let Some(c) = step.action.resolve(&engine, at).unwrap() {
            engine.apply(&c, at).unwrap();
        }
        check(&engine, at);
    }
}

#[test]
fn at_every_minute_of_a_session_the_causes_add_up_to_the_figure_status_shows() {
    for script in [PAUSE_AND_REPLAN, AFTERNOON, CHAIR_MOVES] {
        replay_checking(script, |engine, at| {
            let report = Report::new(engine, at);
            let causes = report.schedule.causes;
            let sum: i64 = causes.named().iter().map(|c| c.1).sum();
            assert_eq!(sum, engine.view(at).offset.num_seconds(), "{script} at {at}");
            // The bundled plan leaves no gaps and the scripts never wait between items.
            assert_eq!(causes.between, 0, "{script} at {at}: {causes:?}");
            // Every format renders at every instant.
            for f in [Format::Csv, Format::Json, Format::Md, Format::Chapters] {
                let _ = f.render(&report);
            }
        });
    }
}

#[test]
fn an_early_start_a_trim_a_skip_while_running_and_an_early_finish_are_each_named() {
    let dir = tempfile::tempdir().unwrap();
    let (md, _) = simulate(dir.path(), CHAIR_MOVES, "md");
    let slot1 = md_row(&md, "Bringing BPF developer experience");
    assert!(slot1.contains("trimmed 3:00; paused 2:00; start corrected"), "{slot1}");
    assert!(md.contains("- Schedule at 16:40:00: **2h ahead**"), "{md}");
    assert!(md.contains("- Early start: **30s ahead**."), "{md}");
    assert!(md.contains("BPF Debugging (skipped while running, 18:00 of its time left)"), "{md}");
    assert!(
        md.contains("- Breaks longer or shorter than given: **5m ahead** — Afternoon break 5:00 shorter."),
        "{md}"
    );
    assert!(
        md.contains("1. Reuse host JIT back-end as offload back-end — +5:00 over the 20:00 they were given")
    );
}

#[test]
fn with_instants_in_milliseconds_the_causes_still_add_up_to_the_status_figure_with_nothing_unexplained() {
    use chairtime::timing::command::Command;
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let t0 = session.start;
    let mut engine = Engine::new(session);
    let ms = |m: i64| t0 + TimeDelta::milliseconds(m);
    for (at, command) in [
        (ms(600), Command::Start),
        (ms(301_250), Command::Next),
        (ms(400_400), Command::Pause),
        (ms(1_000_100), Command::Resume),
        (ms(1_918_900), Command::Next),
    ] {
        engine.apply(&command, at).unwrap();
        for probe in [at, at + TimeDelta::milliseconds(1_499), at + TimeDelta::seconds(90)] {
            let causes = Report::new(&engine, probe).schedule.causes;
            let sum: i64 = causes.named().iter().map(|c| c.1).sum();
            assert_eq!(sum, engine.view(probe).offset.num_seconds(), "at {probe}: {causes:?}");
            assert_eq!(causes.between, 0, "at {probe}: {causes:?}");
        }
    }
}
