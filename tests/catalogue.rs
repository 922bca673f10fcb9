//! Every word chairtime says to the chair goes through the catalogue (docs/l10n.md): these tests
//! read the sources of the chair's side — the window, the room, the command line, the headless
//! room, the view's phrases, the engine's refusals and a re-plan's changes, and the
//! human-readable exports — and fail on a string a person would
//! read that is written into the code instead of `assets/l10n/en.ftl`, and on a message the code
//! asks for that the catalogue lacks.
//!
//! What counts as a person's words: a string literal with a word of letters in it (placeholders and
//! HTML tags left out) that has two words, or starts with a capital, or holds a non-ASCII letter.
//! A single lowercase word is taken for a key (`"running"` as a selector, `"toml"`), an all-caps
//! identifier for a name. What is exempt, and why, is marked on its line with `l10n-exempt:`
//! (the key names keyboards print, the two link lines scripts read, traces for scripts); ids,
//! egui's ids, environment variables and the like are recognised by the call they go to.

#![allow(clippy::unwrap_used, reason = "test helpers: a source that cannot be read is a failed test")]

use std::path::{Path, PathBuf};

/// The sources whose words are the chair's.
fn chair_side_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in ["ui", "room", "cli", "report"] {
        let mut these: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        these.sort();
        files.extend(these);
    }
    files.extend(
        ["headless.rs", "timing/view.rs", "timing/engine.rs", "timing/replan.rs"].map(|f| root.join(f)),
    );
    // The machine-readable exports keep English field names and words (docs/l10n.md), the
    // packaging tool writes files for packagers, and the icon is an SVG.
    let exempt = ["csv.rs", "json.rs", "frab.rs", "cuts.rs", "sreview.rs", "package.rs", "icon.rs"];
    files.retain(|f| !exempt.iter().any(|e| f.ends_with(e)));
    files
}

/// The string literals of `source` (Rust's, escapes kept, across lines), each with its line (from
/// 1), the code before it on the line where it opens, and whether that line or the one where it
/// closes is marked `l10n-exempt:`. Stops at `#[cfg(test)]` (the tests' own strings).
fn literals(source: &str) -> Vec<Literal<'_>> {
    let bytes = source.as_bytes();
    let line_of = |at: usize| source[..at].matches('\n').count() + 1;
    let line_text = |at: usize| {
        let from = source[..at].rfind('\n').map_or(0, |n| n + 1);
        let to = source[at..].find('\n').map_or(source.len(), |n| at + n);
        &source[from..to]
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = source[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'#' if source[i..].starts_with("#[cfg(test)]") => break,
            b'\'' => {
                // A char literal ('"', '\'', '\u{201c}') is stepped over; a lifetime is not one.
                let rest = &source[i + 1..];
                i += match rest.chars().next() {
                    Some('\\') => rest.get(2..).and_then(|r| r.find('\'')).map_or(1, |e| e + 4),
                    Some(c) if rest[c.len_utf8()..].starts_with('\'') => c.len_utf8() + 2,
                    _ => 1,
                };
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(bytes.len());
                let opening = line_text(i);
                let from = source[..i].rfind('\n').map_or(0, |n| n + 1);
                out.push(Literal {
                    line: line_of(i),
                    before: &source[from..i],
                    text: &source[start..end],
                    exempt: opening.contains("l10n-exempt:")
                        || line_text(end.min(bytes.len() - 1)).contains("l10n-exempt:"),
                });
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// A string literal in a source file.
#[derive(Debug, PartialEq)]
struct Literal<'a> {
    line: usize,
    before: &'a str,
    text: &'a str,
    exempt: bool,
}

/// Whether `text` (a literal's content) reads as words for a person.
fn is_words(text: &str) -> bool {
    let text = text.replace("\\\"", "\"").replace("\\n", " ");
    // A tag's words for a screen reader count; the rest of a tag does not.
    let labels: Vec<&str> = text.split("aria-label=\"").skip(1).filter_map(|t| t.split('"').next()).collect();
    let mut plain = labels.join(" ");
    plain.push(' ');
    let mut depth = 0;
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if depth == 0 && !in_tag => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> =
        plain.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 2).collect();
    if words.is_empty() {
        return false;
    }
    let spaced = plain.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 2;
    let capital = plain.trim_start().chars().next().is_some_and(char::is_uppercase)
        && !plain.trim().chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit());
    let foreign = words.iter().any(|w| !w.is_ascii());
    spaced || capital || foreign
}

/// Calls whose string arguments are ids, keys or names, never words for a person.
const NOT_WORDS_AFTER: [&str; 22] = [
    "tr!(",
    "chair_says(",
    "says(",
    "Id::unique((",
    "id_salt(",
    "Grid::new(",
    "Panel::left(",
    "Panel::right(",
    "Panel::top(",
    "Panel::bottom(",
    "debug_struct(",
    ".field(",
    "env!(",
    "var(",
    "var_os(",
    "include_str!(",
    "concat!(",
    "trace_frame(",
    "xdg_dir(",
    "screen(",
    "theme::panel(ctx, app.ui.timer_box, ",
    "theme::panel(&ctx, app.ui.timer_box, ",
];

/// The words written into the chair's side's code: `file:line: text`.
fn words_outside_the_catalogue() -> Vec<String> {
    let mut found = Vec::new();
    for file in chair_side_sources() {
        let source = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&file).display().to_string();
        for l in literals(&source) {
            let before = l.before.trim_end();
            let attribute = l.before.trim_start().starts_with("#[");
            if l.exempt || attribute || NOT_WORDS_AFTER.iter().any(|call| before.ends_with(call.trim_end())) {
                continue;
            }
            if is_words(l.text) {
                found.push(format!("{name}:{}: {}", l.line, l.text));
            }
        }
    }
    found
}

#[test]
fn the_check_finds_words_and_lets_ids_keys_and_markup_be() {
    assert!(is_words("Open URL…"));
    assert!(is_words("{name}: cannot read the {what}: {e}"));
    assert!(is_words("The schedule"));
    assert!(is_words("日本語"));
    assert!(!is_words("running"));
    assert!(!is_words("DISPLAY"));
    assert!(!is_words("{} · {}"));
    assert!(!is_words("<p class=\\\"facts\\\">"));
    assert!(is_words("<svg role=\\\"img\\\" aria-label=\\\"Timeline of the session\\\">"));
    assert!(!is_words("chairtime-report.{}"));
    let found = |source| literals(source).into_iter().map(|l| (l.line, l.before, l.text)).collect::<Vec<_>>();
    assert_eq!(found(r#"ui.label("Open") // "not this""#), vec![(1, "ui.label(", "Open")]);
    assert_eq!(found(r#"let q = '"'; f("a b")"#), vec![(1, "let q = '\"'; f(", "a b")]);
    assert_eq!(found("x(\"one\\\n two\");\ny(\"b\")"), vec![(1, "x(", "one\\\n two"), (3, "y(", "b")]);
    assert_eq!(found("f(\"a\");\n#[cfg(test)]\ng(\"b\")").len(), 1);
}

#[test]
fn no_word_the_chair_reads_is_written_outside_the_catalogue() {
    let found = words_outside_the_catalogue();
    assert!(
        found.is_empty(),
        "{} strings a person reads are written into the code; put them in assets/l10n/en.ftl and \
         use tr! (docs/l10n.md), or mark a line `// l10n-exempt: why`:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The message ids `tr!("…")` and `chair_says("…")` ask for anywhere in the sources.
fn ids_asked_for() -> Vec<(String, String)> {
    let mut asked = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for l in literals(&source) {
                let before = l.before.trim_end();
                let asks = before.ends_with("tr!(") || before.ends_with("chair_says(");
                if asks && !l.text.contains('/') {
                    asked.push((format!("{}:{}", path.display(), l.line), l.text.to_owned()));
                }
            }
        }
    }
    asked
}

#[test]
fn every_message_the_code_asks_for_is_in_the_english_catalogue() {
    let english = chairtime::l10n::ids(chairtime::l10n::Lang::En);
    let asked = ids_asked_for();
    assert!(asked.len() > 300, "{}", asked.len());
    let missing: Vec<String> =
        asked.iter().filter(|(_, id)| !english.contains(id)).map(|(at, id)| format!("{at}: {id}")).collect();
    assert!(missing.is_empty(), "messages not in assets/l10n/en.ftl:\n{}", missing.join("\n"));
}
