//! The command line behaves like a Unix tool: `-` for standard input and output, `--quiet`, names
//! printed only when chairtime chose them, no journal left by a failed run, times of day for
//! `--at`, and a suggestion for a mistyped command.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

mod common;

use common::chairtime;

const BUNDLED: &str = chairtime::schedule::load::BUNDLED_TEXT;

/// `chairtime simulate --actions - --journal J` on the bundled session, `script` on stdin.
fn simulate_into(journal: &std::path::Path, script: &str) -> std::process::Output {
    chairtime()
        .args(["simulate", "--actions", "-", "--journal"])
        .arg(journal)
        .write_stdin(script)
        .output()
        .unwrap()
}

#[test]
fn check_reads_the_schedule_from_standard_input_when_given_a_dash() {
    let out = chairtime().args(["check", "-"]).write_stdin(BUNDLED).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap().contains("Planned    15:00 → 18:40"));
}

#[test]
fn convert_prints_to_standard_output_without_o_or_with_a_dash() {
    for args in [&["convert"][..], &["convert", "-o", "-"][..]] {
        let out = chairtime().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let toml = String::from_utf8(out.stdout).unwrap();
        assert!(toml.contains("[session]") && toml.contains("[[item]]"), "{args:?}: {toml}");
        assert!(!String::from_utf8(out.stderr).unwrap().contains("wrote"), "{args:?}");
    }
}

#[test]
fn a_script_from_standard_input_and_a_report_to_standard_output_work_in_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let j = dir.path().join("j.jsonl");
    let out = simulate_into(&j, "0:00 start\n4:30 next\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "the journal's name was given, so it is not printed: {:?}", out.stderr);
    let journal = std::fs::read(&j).unwrap();
    let csv = chairtime()
        .args(["report", "-", "--format", "csv", "-o", "-"])
        .write_stdin(journal)
        .output()
        .unwrap();
    assert!(csv.status.success(), "{}", String::from_utf8_lossy(&csv.stderr));
    assert!(String::from_utf8(csv.stdout).unwrap().starts_with("index,id,title"));
}

#[test]
fn the_journal_name_is_printed_only_when_chairtime_chose_it_and_quiet_silences_it() {
    let out = chairtime().args(["simulate", "--actions", "-"]).write_stdin("0:00 start\n").output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let path = stderr.strip_prefix("journal: ").unwrap_or_else(|| panic!("{stderr}")).trim();
    std::fs::remove_file(path).unwrap();
    let quiet =
        chairtime().args(["-q", "simulate", "--actions", "-"]).write_stdin("0:00 start\n").output().unwrap();
    assert!(quiet.status.success());
    assert!(quiet.stderr.is_empty(), "{}", String::from_utf8_lossy(&quiet.stderr));
}

#[test]
fn a_failed_simulation_leaves_no_journal_behind() {
    let dir = tempfile::tempdir().unwrap();
    let j = dir.path().join("j.jsonl");
    let out = simulate_into(&j, "0:00 start\n1:00 catchup\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("(standard input):2: Catch up was not applied: nothing to catch up"), "{stderr}");
    assert!(!stderr.contains("CatchUp"), "{stderr}");
    assert!(!j.exists(), "no journal of a session that never happened");
}

#[test]
fn at_takes_a_time_of_day_on_the_sessions_date_in_its_zone() {
    let dir = tempfile::tempdir().unwrap();
    let j = dir.path().join("j.jsonl");
    assert!(simulate_into(&j, "0:00 start\n4:30 next\n").status.success());
    let status = |at: &str| {
        let out = chairtime().arg("status").arg(&j).args(["--at", at]).output().unwrap();
        assert!(out.status.success(), "{at}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    // The bundled session is in Lisbon (UTC+01:00 in September): 15:10 there is 14:10Z.
    assert_eq!(status("15:10"), status("2019-09-11T14:10:00Z"));
    assert!(status("15:10:30").contains("Now        15:10:30 (Europe/Lisbon)"));
    let bad = chairtime().arg("status").arg(&j).args(["--at", "quarter past"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8(bad.stderr).unwrap().starts_with("--at quarter past: expected a time of day"));
}

#[test]
fn a_mistyped_command_gets_the_command_it_was_meant_to_be() {
    let out = chairtime().arg("chek").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("did you mean `chairtime check`?"), "{stderr}");
}

#[test]
fn the_top_level_help_names_every_format_chairtime_opens() {
    let out = chairtime().arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    for format in ["TOML", "frab/pentabarf XML", "frab/pretalx JSON", "Indico", "iCalendar", "CSV"] {
        assert!(help.contains(format), "{format} missing from: {help}");
    }
}

#[test]
fn an_existing_report_is_not_replaced_without_force_and_the_message_says_how() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("s.toml");
    std::fs::write(&target, "keep me").unwrap();
    let out = chairtime().args(["convert", "-o"]).arg(&target).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("already exists; add --force to replace it"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
}
