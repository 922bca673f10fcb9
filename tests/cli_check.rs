//! `chairtime check` as a user runs it: the real binary, good and bad files.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::io::Write;

use predicates::prelude::*;

mod common;

use common::chairtime;

fn file_with(bytes: &[u8], suffix: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(suffix).tempfile().unwrap();
    f.write_all(bytes).unwrap();
    f
}

/// Asserts a one-line `FILE:LINE:COL: message` error, exit code 1, no panic.
fn assert_positioned_error(bytes: &[u8]) -> String {
    let f = file_with(bytes, ".toml");
    let out = chairtime().arg("check").arg(f.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    let path = f.path().display().to_string();
    let rest = stderr.strip_prefix(&format!("{path}:")).unwrap_or_else(|| panic!("{stderr}"));
    let mut parts = rest.splitn(3, ':');
    let line: usize = parts.next().unwrap().parse().unwrap_or_else(|_| panic!("line in {stderr}"));
    let col: usize = parts.next().unwrap().parse().unwrap_or_else(|_| panic!("column in {stderr}"));
    assert!(line >= 1 && col >= 1);
    stderr
}

#[test]
fn check_without_a_file_prints_the_bundled_session_in_lisbon_time() {
    chairtime()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("BPF Microconference"))
        .stdout(predicate::str::contains("Planned    15:00 → 18:40 (3h40m)"))
        .stdout(predicate::str::contains("9 slots, 1 break"))
        .stdout(
            predicate::str::is_match(r"\n\s+1  15:00\s+22m  intro slides 5m \+ discussion 17m  Bringing BPF")
                .unwrap(),
        );
}

#[test]
fn check_json_prints_starts_with_the_session_offset() {
    let out = chairtime().args(["check", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["items"][0]["start"], "2019-09-11T15:00:00+01:00");
    assert_eq!(v["items"][0]["id"], "448");
    assert_eq!(v["items"][0]["phases"][1]["length_seconds"], 17 * 60);
    assert_eq!(v["time_zone"], "Europe/Lisbon");
}

#[test]
fn check_tz_override_moves_the_wall_clock_not_the_plan_text() {
    let out = chairtime().args(["check", "--json", "--tz", "UTC"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["items"][0]["start"], "2019-09-11T15:00:00Z", "15:00 in the zone given");
}

#[test]
fn check_date_override_replaces_the_date() {
    chairtime()
        .args(["check", "--date", "2026-11-26"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Thursday 26 November 2026"));
}

#[test]
fn an_empty_file_is_a_positioned_error() {
    let e = assert_positioned_error(b"");
    assert!(e.contains(":1:1: the file is empty"), "{e}");
}

#[test]
fn garbage_bytes_are_a_positioned_error() {
    let e = assert_positioned_error(&[0xff, 0xfe, 0x00, 0x81, b'\n', 0x13, 0x37]);
    assert!(e.contains("not UTF-8"), "{e}");
    assert_positioned_error(b"\x00\x00\x00 [[[ = = ]");
}

#[test]
fn a_truncated_file_is_a_positioned_error() {
    let text = chairtime::schedule::load::BUNDLED_TEXT;
    let cut = text.find("title = \"BPF Debugging\"").unwrap() + 12;
    let e = assert_positioned_error(&text.as_bytes()[..cut]);
    assert!(e.contains("no closing double quote"), "{e}");
}

#[test]
fn a_wrong_typed_field_is_a_positioned_error() {
    let text = chairtime::schedule::load::BUNDLED_TEXT.replacen("length = \"22m\"", "length = [22]", 1);
    let e = assert_positioned_error(text.as_bytes());
    assert!(e.contains("expected a length"), "{e}");
}

#[test]
fn a_conference_file_is_recognised_by_content_and_an_empty_one_says_so() {
    let e = assert_positioned_error(b"<?xml version=\"1.0\"?>\n<schedule></schedule>\n");
    assert!(e.contains("this frab/pentabarf XML holds no events"), "{e}");
}

#[test]
fn check_lists_the_sessions_of_a_conference_file_and_picks_one() {
    chairtime().args(["check", "--list", "tests/fixtures/import/devroom.xml"]).assert().success().stdout(
        predicate::str::contains("Sat 2026-02-07  10:00–12:30    5 events  K.3.201  [Kernel, Pause]"),
    );
    chairtime()
        .args([
            "check",
            "tests/fixtures/import/devroom.xml",
            "--day",
            "sat",
            "--room",
            "k.3",
            "--tz",
            "Europe/Brussels",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Time zone  Europe/Brussels"))
        .stdout(predicate::str::contains(
            "10:00     25m  intro slides 5m + discussion 20m  Welcome & intro — Ada Lovelace, Grace Hopper",
        ));
}

#[test]
fn a_missing_choice_lists_the_choices() {
    chairtime()
        .args(["check", "tests/fixtures/import/devroom.xml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("choose one with --day and --room"))
        .stderr(predicate::str::contains("Late room"));
}

#[test]
fn convert_writes_a_session_file_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("s.toml");
    chairtime()
        .args(["convert", "tests/fixtures/import/pretalx.json", "--room", "main", "-o"])
        .arg(&out)
        .assert()
        .success();
    chairtime()
        .arg("check")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("Keynote — Grace Hopper, Alan Turing"));
    chairtime()
        .args(["convert", "tests/fixtures/import/pretalx.json", "--room", "main", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists; add --force to replace it"));
}

#[test]
fn a_missing_file_says_it_cannot_be_read() {
    chairtime()
        .args(["check", "/nonexistent/session.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("/nonexistent/session.toml: cannot read the file"));
}

#[test]
fn check_help_describes_the_options() {
    chairtime()
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--json"))
        .stdout(predicate::str::contains("--tz <ZONE>"))
        .stdout(predicate::str::contains("--date <YYYY-MM-DD>"));
}

#[test]
fn check_counts_the_hard_end_from_the_last_item_and_shows_the_warning_under_the_table() {
    let (stdout, stderr) = check_output(
        b"[session]\ntitle = \"Morning\"\ndate = 2026-11-26\ntime_zone = \"Europe/Lisbon\"\nstart = \"09:00\"\nend = \"10:15\"\nhard_end = \"10:15\"\n\n[[item]]\ntitle = \"One\"\nlength = \"40m\"\n\n[[item]]\ntitle = \"Two\"\nlength = \"40m\"\n",
    );
    assert!(
        stdout.contains(
            "Planned    09:00 → 10:15 (1h15m), the items run until 10:20, hard end 10:15 (5m short)"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("slack 5m"), "{stdout}");
    assert!(stdout.contains("! the items run until 10:20, 5m past the hard end 10:15"), "{stdout}");
    assert!(stderr.is_empty(), "the table shows the warnings once: {stderr}");
}

/// `chairtime check` on a TOML file with `bytes`, which must succeed: its stdout and stderr.
fn check_output(bytes: &[u8]) -> (String, String) {
    let f = file_with(bytes, ".toml");
    let out = chairtime().arg("check").arg(f.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn check_shows_the_offset_on_rows_after_a_clock_change() {
    let (stdout, _) = check_output(
        b"[session]\ntitle = \"Night owls\"\ndate = 2026-11-01\ntime_zone = \"America/Vancouver\"\nstart = \"00:30\"\n\n[[item]]\ntitle = \"One\"\nlength = \"60m\"\n\n[[item]]\ntitle = \"Two\"\nlength = \"60m\"\n\n[[item]]\ntitle = \"Three\"\nlength = \"30m\"\n",
    );
    assert!(stdout.contains("America/Vancouver (PDT, UTC-07:00)"), "{stdout}");
    assert!(stdout.contains("  2  01:30       "), "the second item is in the header's offset: {stdout}");
    assert!(stdout.contains("  3  01:30 (PST, UTC-08:00)"), "{stdout}");
}

#[test]
fn a_bad_tz_option_is_blamed_on_the_option_with_the_zones_it_could_mean() {
    let out = chairtime().args(["check", "--tz", "PST"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("--tz PST: "), "the option, not a line of the file: {stderr}");
    assert!(stderr.contains("did you mean America/Los_Angeles or America/Vancouver?"), "{stderr}");
    assert!(!stderr.contains("IANA"), "{stderr}");
}

#[test]
fn time_zones_are_read_in_any_case_and_abbreviations_point_at_their_line() {
    let body = "[session]\ntitle = \"T\"\ndate = 2026-11-26\ntime_zone = \"ZONE\"\nstart = \"10:00\"\n\n[[item]]\ntitle = \"A\"\nlength = \"20m\"\n";
    let (stdout, _) = check_output(body.replace("ZONE", "america/vancouver").as_bytes());
    assert!(stdout.contains("America/Vancouver (PST, UTC-08:00)"), "{stdout}");
    let err = assert_positioned_error(body.replace("ZONE", "CET").as_bytes());
    assert!(err.contains(":4:13: "), "the time_zone line: {err}");
    assert!(err.contains("did you mean Europe/Berlin"), "{err}");
}

#[test]
fn the_tz_variable_is_the_zone_assumed_for_a_file_that_names_none() {
    let sheet = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/sheet.csv");
    let out = chairtime().args(["check", "--list", sheet]).env("TZ", "Europe/Brussels").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("assuming this computer's, Europe/Brussels"), "{stdout}");
}

#[test]
fn counts_agree_in_number() {
    let devroom = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/devroom.xml");
    let out = chairtime().args(["check", "--list", devroom]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stdout.contains("    1 event   K.3.201"), "{stdout}");
    assert!(!stdout.contains("1 events"), "{stdout}");
    assert!(!stderr.contains("<date>"), "said for the room chosen, not in the list: {stderr}");
    let out = chairtime().args(["check", devroom, "--day", "2", "--room", "K.3"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("1 event has a <date> that, in UTC+01:00 (fixed), disagrees with its <start>"),
        "{stdout}"
    );
}

#[test]
fn check_format_html_prints_the_running_order_for_paper_with_a_notes_box_per_item() {
    let out = chairtime().args(["check", "--format", "html"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert_eq!(html.matches("<td class=\"notes\"></td>").count(), 10, "a box for each of the ten items");
    let starts: Vec<&str> =
        html.match_indices("<td class=\"start\">").map(|(i, _)| &html[i + 18..i + 23]).collect();
    assert_eq!(starts.first(), Some(&"15:00"));
    assert_eq!(starts.last(), Some(&"18:20"));
    assert!(html.contains("<div class=\"title\">Do we need CAP_BPF_ADMIN?</div>"));
    assert!(html.contains("intro slides 5m<br>discussion 17m"), "the phases, one a line");
    assert!(html.contains("@media print"));
}

#[test]
fn check_format_html_escapes_what_the_schedule_says() {
    let f = file_with(
        b"[session]\ntitle = \"Tools <&> tricks\"\ndate = 2026-03-01\nstart = \"10:00\"\ntime_zone = \"UTC\"\n\n[[item]]\ntitle = \"<script>alert(1)</script>\"\nlength = \"20m\"\n",
        ".toml",
    );
    let out = chairtime().arg("check").arg(f.path()).args(["--format", "html"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("<h1>Tools &lt;&amp;&gt; tricks</h1>"));
}

#[test]
fn check_json_and_format_json_print_the_same() {
    let a = chairtime().args(["check", "--json"]).output().unwrap();
    let b = chairtime().args(["check", "--format", "json"]).output().unwrap();
    assert!(a.status.success() && b.status.success());
    assert_eq!(a.stdout, b.stdout);
}

/// The desktop's language, read as gettext reads it, reaches the command line: a German desktop
/// gets German labels and date, `LANGUAGE` goes first, and `CHAIRTIME_LANGUAGE` overrides both.
#[test]
fn check_speaks_the_desktops_language_and_chairtime_language_overrides_it() {
    let run = |vars: &[(&str, &str)]| {
        let mut c = chairtime();
        c.env_remove("CHAIRTIME_LANGUAGE")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        for (k, v) in vars {
            c.env(k, v);
        }
        String::from_utf8(c.arg("check").output().unwrap().stdout).unwrap()
    };
    let german = run(&[("LANG", "de_DE.UTF-8")]);
    assert!(german.contains("Mittwoch, 11. September 2019"), "{german}");
    assert!(
        german.contains(&chairtime::l10n::word(chairtime::l10n::Lang::De, "check-time-zone")),
        "{german}"
    );
    let japanese = run(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "ja:de")]);
    assert!(japanese.contains("2019年9月11日（水曜日）"), "{japanese}");
    let english = run(&[("LANG", "de_DE.UTF-8"), ("CHAIRTIME_LANGUAGE", "en")]);
    assert!(english.contains("Wednesday 11 September 2019") && english.contains("Time zone"), "{english}");
    // The table's columns line up by the terminal's cells, Japanese headers too: the title column
    // begins in the same cell on the header line as on the first talk's.
    let title_header = chairtime::l10n::word(chairtime::l10n::Lang::Ja, "check-title-speakers");
    let column_of = |needle: &str| {
        let line = japanese.lines().find(|l| l.contains(needle)).unwrap();
        unicode_width::UnicodeWidthStr::width(&line[..line.find(needle).unwrap()])
    };
    assert_eq!(column_of(&title_header), column_of("Bringing BPF"), "{japanese}");
}
