//! Every character the windows draw has a glyph in the fonts egui bundles (Ubuntu-Light, Hack and
//! egui's few icons; eframe's default fonts have no emoji fonts): a character without one is drawn
//! as an empty box. (egui_kittest also stops any UI test that draws one.) Checked two
//! ways: every non-ASCII character in the string literals of the code whose words reach the
//! windows, and every text the chair window actually shows with its windows open (the F1 list,
//! Export, Settings, Share, the picker).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

#[path = "common/kittest.rs"]
mod kittest;

use std::path::{Path, PathBuf};
use std::rc::Rc;

use chairtime::room::Startup;
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::clock::FakeClock;
use chairtime::ui::app::ChairApp;
use chairtime::ui::commands::UiCommand;
use chairtime::ui::settings::Settings;
use egui::{FontFamily, FontId};
use egui_kittest::kittest::{NodeT, Queryable};

/// The code whose words the windows show: the windows themselves, the engine's words (refusals,
/// the speaker's lines), the schedule's errors and warnings, the export names, sharing and sound.
/// Not the command line (a terminal draws it) and not the exporters (a browser or an editor does).
const DRAWN: [&str; 8] = [
    "src/ui",
    "src/timing",
    "src/schedule",
    "src/share",
    "src/report/mod.rs",
    "src/audio.rs",
    "src/error.rs",
    "src/lib.rs",
];

/// Characters in those literals that are never drawn.
const NOT_DRAWN: [(char, &str); 3] = [
    ('\u{feff}', "the byte-order mark, stripped from files read"),
    ('\u{061c}', "a bidirectional mark a message may not hold: looked for, never drawn"),
    (
        '\u{fffd}',
        "what the terminal and the Markdown report show for a control character; messages holding one are refused",
    ),
];

fn rust_files(at: &Path, out: &mut Vec<PathBuf>) {
    if at.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(at).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for e in entries {
            rust_files(&e, out);
        }
    } else if at.extension().is_some_and(|x| x == "rs") {
        out.push(at.to_owned());
    }
}

/// The contents of the string and character literals of Rust source `src` (escapes `\u{…}`
/// decoded, comments skipped), with the line each starts on.
fn literals(src: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && at(i + 1) == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == 'r'
            && (at(i + 1) == '"' || at(i + 1) == '#')
            && !at(i.wrapping_sub(1)).is_alphanumeric()
        {
            let mut j = i + 1;
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            if at(j) != '"' {
                i += 1;
                continue;
            }
            let close: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
            let rest: String = chars[j + 1..].iter().collect();
            let end = rest.find(&close).map_or(rest.len(), |e| e);
            let text = &rest[..end];
            out.push((line, text.to_owned()));
            line += text.matches('\n').count();
            i = j + 1 + text.chars().count() + close.chars().count();
        } else if c == '"' {
            let start = line;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    if at(i + 1) == 'u' && at(i + 2) == '{' {
                        let hex: String = chars[i + 3..].iter().take_while(|h| **h != '}').collect();
                        text.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                        i += 4 + hex.len();
                        continue;
                    }
                    line += usize::from(at(i + 1) == '\n');
                    i += 2;
                    continue;
                }
                line += usize::from(chars[i] == '\n');
                text.push(chars[i]);
                i += 1;
            }
            out.push((start, text));
            i += 1;
        } else if c == '\'' {
            // A character literal ('x', '\u{2026}'), not a lifetime.
            if at(i + 1) == '\\' && at(i + 2) == 'u' {
                let hex: String = chars[i + 4..].iter().take_while(|h| **h != '}').collect();
                out.push((
                    line,
                    u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).into_iter().collect(),
                ));
                i += 5 + hex.len() + 1;
            } else if at(i + 2) == '\'' {
                out.push((line, at(i + 1).to_string()));
                i += 3;
            } else {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// A context whose fonts are the ones the windows use (egui's defaults: chairtime adds none).
fn fonts() -> egui::Context {
    let ctx = egui::Context::default();
    chairtime::ui::set_up_text(&ctx);
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    // No renderer here to take the font atlas.
    output.textures_delta.clear();
    ctx
}

/// The characters of `text` that neither the proportional nor the monospace family can draw.
fn missing(ctx: &egui::Context, text: &str) -> Vec<char> {
    ctx.fonts_mut(|f| {
        let mut out: Vec<char> = text
            .chars()
            .filter(|c| !c.is_control())
            .filter(|&c| {
                !f.has_glyph(&FontId::new(14.0, FontFamily::Proportional), c)
                    || !f.has_glyph(&FontId::new(14.0, FontFamily::Monospace), c)
            })
            .collect();
        out.dedup();
        out
    })
}

#[test]
fn the_glyph_check_knows_a_missing_glyph_from_a_present_one() {
    let ctx = fonts();
    assert!(missing(&ctx, "Start · +1 min — “Wrap up” ±0 Δ …").is_empty());
    // Not in egui's fonts: the check must say so, or the tests below could not fail.
    assert_eq!(missing(&ctx, "a\u{2192}b"), vec!['\u{2192}'], "the arrow");
    assert_eq!(missing(&ctx, "\u{fffd}"), vec!['\u{fffd}'], "the replacement character");
}

#[test]
fn every_character_in_the_words_the_windows_draw_has_a_glyph() {
    let ctx = fonts();
    let mut files = Vec::new();
    for d in DRAWN {
        rust_files(Path::new(d), &mut files);
    }
    assert!(files.len() > 20, "the sources were found ({})", files.len());
    let mut bad = Vec::new();
    for file in &files {
        let src = std::fs::read_to_string(file).unwrap();
        // Unit tests' strings are never drawn.
        let code = src.split("#[cfg(test)]\nmod tests").next().unwrap_or(&src);
        for (line, text) in literals(code) {
            for c in missing(&ctx, &text) {
                if !text.is_ascii() && !NOT_DRAWN.iter().any(|(n, _)| *n == c) {
                    bad.push(format!(
                        "{}:{line}: {c:?} (U+{:04X}) in {text:?}",
                        file.display(),
                        u32::from(c)
                    ));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "characters egui's fonts cannot draw (an empty box on screen):\n{}",
        bad.join("\n")
    );
}

#[test]
fn every_command_label_tooltip_and_key_has_a_glyph() {
    let ctx = fonts();
    for c in UiCommand::ALL {
        for text in [c.label(), c.tooltip(), c.shortcut_text()] {
            assert!(missing(&ctx, &text).is_empty(), "{c:?}: {text:?} has {:?}", missing(&ctx, &text));
        }
    }
}

#[test]
fn every_text_the_chair_window_shows_with_its_windows_open_has_a_glyph() {
    let dir = tempfile::tempdir().unwrap();
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let clock = Rc::new(FakeClock::new(session.start));
    let startup = Startup {
        session,
        source: "bundled".into(),
        journal_dir: dir.path().to_owned(),
        journal: None,
        schedule: None,
    };
    let settings = Settings { projector_position: Some([2600.0, 0.0]), ..Settings::default() };
    let mut app = ChairApp::new(startup, settings, Box::new(clock), Box::new(kittest::Silent));
    app.set_native_dialogs(false);
    let mut h = kittest::harness_of(app, 2400.0);
    h.run();
    // The session under way, with a message, then each window the toolbar opens.
    h.key_press(egui::Key::Space);
    h.run();
    for key in [egui::Key::F1, egui::Key::L] {
        h.key_press(key);
        h.run();
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label("Settings…").click();
    h.run();
    let mut texts = Vec::new();
    for node in h.root().children_recursive() {
        let n = node.accesskit_node();
        texts.extend(n.label());
        texts.extend(n.value());
        texts.extend(n.description());
    }
    assert!(texts.iter().any(|t| t.contains("Show every shortcut")), "the F1 list is open");
    assert!(texts.iter().any(|t| t.contains("Export actual timings")), "the export window is open");
    let ctx = h.ctx.clone();
    let bad: Vec<String> = texts
        .iter()
        .filter(|t| !missing(&ctx, t).is_empty())
        .map(|t| format!("{t:?}: {:?}", missing(&ctx, t)))
        .collect();
    assert!(bad.is_empty(), "texts shown with missing glyphs:\n{}", bad.join("\n"));
}
