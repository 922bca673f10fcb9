//! Every `chairtime …` command README.md and docs/ show in a shell block runs, on the bundled
//! session and the test fixtures, without an error; where a block shows a command's output after
//! `$ chairtime …`, the output is what chairtime prints. A command that opens the window is run as
//! `chairtime check` with the same schedule and options: the window loads files the same way.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::{Path, PathBuf};

mod common;

use common::chairtime;

const SUBCOMMANDS: [&str; 6] = ["check", "simulate", "report", "status", "convert", "completions"];

/// One command found in a document, with the output the document shows for it (if any).
struct Shown {
    doc: String,
    line: usize,
    words: Vec<String>,
    output: Vec<String>,
}

fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = vec![root.join("README.md")];
    let mut more: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    more.sort();
    docs.extend(more);
    docs
}

/// The `chairtime` lines of the fenced code blocks of `text`.
fn commands(doc: &str, text: &str) -> Vec<Shown> {
    let mut out: Vec<Shown> = Vec::new();
    let mut in_block = false;
    let mut collecting = false;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.starts_with("```") {
            in_block = !in_block;
            collecting = false;
            continue;
        }
        if !in_block {
            continue;
        }
        let (prompted, rest) = match line.strip_prefix("$ ") {
            Some(r) => (true, r),
            None => (false, line),
        };
        if rest == "chairtime" || rest.starts_with("chairtime ") {
            let command = rest.split(" #").next().unwrap_or(rest);
            // A redirection or a pipe is the shell's, not chairtime's.
            let words = command
                .split_whitespace()
                .skip(1)
                .take_while(|w| !["|", ">"].contains(w))
                .map(str::to_owned)
                .collect();
            out.push(Shown { doc: doc.to_owned(), line: n + 1, words, output: Vec::new() });
            collecting = prompted;
        } else if collecting && !line.is_empty() {
            if let Some(last) = out.last_mut() {
                last.output.push(line.to_owned());
            }
        } else {
            collecting = false;
        }
    }
    out
}

/// The files the documents name, made from the bundled session and the fixtures, in `dir`.
fn placeholders(dir: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = |name: &str| std::fs::read_to_string(root.join("tests/fixtures").join(name)).unwrap();
    let bundled = chairtime::schedule::load::BUNDLED_TEXT;
    // A conference file with a room D.collab on a Saturday, as the examples choose.
    let conference = fixture("import/devroom.xml").replace("K.3.201", "D.collab");
    let short = "0:00 start\n4:30 next\n23:40 next\n";
    for (name, text) in [
        ("my-session.toml", bundled.to_owned()),
        ("schedule.xml", conference.clone()),
        ("fosdem.xml", conference),
        ("event.ics", fixture("import/indico.ics")),
        ("afternoon.script", fixture("bpf-afternoon.script")),
        ("rehearsal.script", short.to_owned()),
        ("first-slot.script", short.to_owned()),
        // `--speed 60` plays it in real time / 60: keep it to seconds.
        ("a.script", "0:00 start\n0:30 next\n".to_owned()),
    ] {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// The window's and `--headless`'s options that `check` does not take (where the journal goes,
/// sharing, the questions answered).
fn as_check(words: &[String]) -> Vec<String> {
    let mut out = vec!["check".to_owned()];
    let mut skip = false;
    for w in words {
        if skip {
            skip = false;
        } else if ["--journal", "--port", "--publish", "--bus-credentials", "--bus-ca"].contains(&w.as_str())
        {
            skip = true;
        } else if !["--share", "--rehearse", "--headless", "--fresh", "--take-changes"].contains(&w.as_str())
        {
            out.push(w.clone());
        }
    }
    out
}

#[test]
fn every_command_the_docs_show_runs_and_shows_what_the_docs_say() {
    let mut ran = 0;
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).unwrap();
        let name = doc.file_name().unwrap().to_string_lossy().into_owned();
        let shown = commands(&name, &text);
        if shown.is_empty() {
            continue;
        }
        // Each document in its own folder: a journal one command writes, the next one reads.
        let dir = tempfile::tempdir().unwrap();
        placeholders(dir.path());
        for s in shown {
            // `collect` and `wall` run until stopped, and a shell glob is the shell's:
            // tests/conference_bus.rs runs the collector, tests/ui_wall.rs the wall. A schedule's
            // URL names a server outside this machine: tests/schedule_url.rs serves its own.
            if s.words.first().is_some_and(|w| w == "collect" || w == "wall")
                || s.words
                    .iter()
                    .any(|w| w.contains('*') || w.starts_with("https://") || w.starts_with("http://"))
            {
                continue;
            }
            let words = if s.words.first().is_some_and(|w| SUBCOMMANDS.contains(&w.as_str())) {
                s.words.clone()
            } else {
                as_check(&s.words)
            };
            let out = chairtime().current_dir(dir.path()).args(&words).output().unwrap();
            assert!(
                out.status.success(),
                "{}:{}: `chairtime {}` failed:\n{}",
                s.doc,
                s.line,
                s.words.join(" "),
                String::from_utf8_lossy(&out.stderr)
            );
            if !s.output.is_empty() {
                let stdout = String::from_utf8(out.stdout).unwrap();
                let printed: Vec<&str> = stdout.lines().map(str::trim).collect();
                assert_eq!(printed, s.output, "{}:{}: the output the document shows", s.doc, s.line);
            }
            ran += 1;
        }
    }
    assert!(ran >= 20, "the documents show commands: {ran} ran");
}

/// The `--format a|b|c` lists a document gives after `marker` (on the same line), one per line.
fn format_lists(text: &str, marker: &str) -> Vec<(usize, Vec<String>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(marker))
        .filter_map(|(n, l)| {
            let after = &l[l.find(marker)?..];
            let list = after.split_once("--format ")?.1;
            let list: String = list
                .replace("\\|", "|")
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "|-".contains(*c))
                .collect();
            Some((n + 1, list.split('|').map(str::to_owned).collect()))
        })
        .collect()
}

#[test]
fn the_report_formats_the_docs_list_are_the_ones_simulate_and_report_take() {
    use clap::ValueEnum;
    let mut program: Vec<String> = chairtime::report::Format::value_variants()
        .iter()
        .filter_map(|f| f.to_possible_value().map(|v| v.get_name().to_owned()))
        .collect();
    program.sort();
    assert_eq!(program.len(), 9, "{program:?}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for (doc, marker) in
        [("docs/action-scripts.md", "| `--format"), ("docs/exports.md", "chairtime report JOURNAL")]
    {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        let lists = format_lists(&text, marker);
        assert!(!lists.is_empty(), "{doc} lists the formats after {marker:?}");
        for (line, mut listed) in lists {
            listed.sort();
            assert_eq!(listed, program, "{doc}:{line}: the formats the document lists");
            checked += 1;
        }
    }
    assert_eq!(checked, 2);
}
