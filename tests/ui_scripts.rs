//! Every script a schedule uses shows in the chair window: a session whose speakers write their
//! names in Japanese and Korean draws without a box (egui_kittest stops a test that draws one),
//! the system's CJK font coming in behind the bundled ones; a character no installed font has is
//! told to the chair once, with the package to install.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test helpers: a failed step is a failed test")]

#[path = "common/kittest.rs"]
mod kittest;

use std::rc::Rc;

use chairtime::room::Startup;
use chairtime::schedule::load::{BUNDLED_TEXT, Overrides, load_bytes};
use chairtime::timing::clock::FakeClock;
use chairtime::ui::app::ChairApp;
use chairtime::ui::settings::Settings;
use egui_kittest::kittest::Queryable;

/// The bundled session with its first speaker and title replaced.
fn app_with(speaker: &str, title: &str) -> ChairApp {
    app_in(speaker, title, Settings { projector_open: false, ..Settings::default() })
}

/// As [`app_with`], with these settings.
fn app_in(speaker: &str, title: &str, settings: Settings) -> ChairApp {
    let first_speaker = "Andrii Nakryiko";
    assert!(BUNDLED_TEXT.contains(first_speaker), "the test edits this speaker");
    let text = BUNDLED_TEXT.replacen(first_speaker, speaker, 1).replacen("Bringing BPF", title, 1);
    let session = load_bytes("cjk.toml", text.as_bytes(), &Overrides::default()).unwrap().session;
    let clock = Rc::new(FakeClock::new(session.start));
    let dir = tempfile::tempdir().unwrap().keep();
    let startup =
        Startup { session, source: "cjk.toml".into(), journal_dir: dir, journal: None, schedule: None };
    let mut app = ChairApp::new(startup, settings, Box::new(clock), Box::new(kittest::Silent));
    app.set_native_dialogs(false);
    app
}

#[test]
fn japanese_and_korean_names_show_in_the_chair_window_with_the_systems_cjk_font() {
    let mut h = kittest::harness_of(app_with("山田 太郎, 김민수", "BPF の未来"), 1600.0);
    h.run();
    assert!(h.query_by_label_contains("山田 太郎, 김민수").is_some(), "the speakers are in the rundown");
    assert!(h.query_by_label_contains("BPF の未来").is_some());
    let found = h.state().found_fonts();
    assert!(found.missing.is_empty(), "{found:?}");
    assert!(found.fonts.iter().any(|f| f.contains("CJK")), "{found:?}");
    assert!(
        !h.state().room().notices().iter().any(|n| n.text.contains("no font on this computer")),
        "nothing to tell"
    );
}

#[test]
fn a_character_no_installed_font_has_is_told_once_with_the_package_to_install() {
    // U+10FFFD is a private-use character: no font has it.
    let app = app_with("Ada \u{10FFFD}", "Bringing BPF");
    let mut h = egui_kittest::Harness::builder()
        .with_size([1600.0, 1000.0])
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut ChairApp| app.frame(ui), app);
    h.run();
    h.run();
    let told: Vec<_> = h
        .state()
        .room()
        .notices()
        .iter()
        .filter(|n| n.text.contains("no font on this computer"))
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].starts_with("1 character of this session has no font on this computer"), "{}", told[0]);
    assert!(told[0].contains("fonts-noto-core"), "{}", told[0]);
}

/// The projector (drawn inside the chair window here) in the speaker's language, with a Japanese
/// speaker's name: German and Japanese state words and slot counts, the name in the CJK font.
#[test]
fn the_projector_speaks_german_or_japanese_with_a_japanese_speakers_name() {
    for (lang, word, slot) in [
        (chairtime::l10n::Lang::De, "IN DER ZEIT", "Beitrag 1 von 9"),
        (chairtime::l10n::Lang::Ja, "予定どおり", "9 件中 1 件目"),
    ] {
        let settings = Settings { projector_open: true, speaker_language: lang, ..Settings::default() };
        let mut h = kittest::harness_of(app_in("山田 太郎", "BPF の未来", settings), 1600.0);
        h.run();
        h.key_press(egui::Key::Space);
        h.run();
        assert!(h.query_by_label(word).is_some(), "{lang}: the projector's state word");
        assert!(h.query_by_label_contains(slot).is_some(), "{lang}: the slot count");
        assert!(h.query_all_by_label_contains("山田 太郎").count() >= 2, "{lang}: the name on both screens");
        assert!(h.state().found_fonts().missing.is_empty(), "{lang}: {:?}", h.state().found_fonts());
    }
}

/// The chair's language is a choice apart from the speaker's: a Japanese or German chair window
/// (buttons, headings, the state word, the presets' labels, Settings) beside an English projector,
/// with a Japanese speaker's name in both.
#[test]
fn the_chair_window_speaks_japanese_or_german_while_the_projector_speaks_english() {
    use chairtime::l10n::{Lang, word};
    for lang in [Lang::Ja, Lang::De] {
        let settings = Settings {
            projector_open: true,
            chair_language: Some(lang),
            speaker_language: Lang::En,
            ..Settings::default()
        };
        let mut h = kittest::harness_of(app_in("山田 太郎", "BPF の未来", settings), 1600.0);
        h.run();
        h.key_press(egui::Key::Space);
        h.run();
        for id in ["next-chair", "controls", "rundown", "message-to-the-speaker", "preset-wrap-up"] {
            let text = word(lang, id);
            assert_ne!(text, word(Lang::En, id), "{lang}: {id} is translated");
            assert!(h.query_by_label_contains(&text).is_some(), "{lang}: {id} = {text} in the window");
        }
        assert!(h.query_by_label("Next").is_none(), "{lang}: no English button left");
        // The chair window's state word in the chair's language, the projector's in English.
        let chair_word =
            chairtime::timing::speaker::state_word(chairtime::timing::view::Urgency::Normal, lang);
        assert!(
            h.query_all_by_label(&chair_word).count() >= 1,
            "{lang}: the chair's state word {chair_word}"
        );
        assert!(h.query_by_label("ON TIME").is_some(), "{lang}: the projector speaks English");
        assert!(h.query_all_by_label_contains("山田 太郎").count() >= 2, "{lang}: the name on both screens");
        assert!(h.state().found_fonts().missing.is_empty(), "{lang}: {:?}", h.state().found_fonts());
    }
}

/// The chair's language changes at once from Settings → This window speaks, and "as the desktop"
/// goes back to it (English here: a test's desktop).
#[test]
fn settings_turn_the_window_to_german_at_once_and_back() {
    use chairtime::l10n::{Lang, word};
    let settings = Settings { projector_open: false, ..Settings::default() };
    let mut h = kittest::harness_of(app_in("Ada", "Bringing BPF", settings), 1600.0);
    h.run();
    assert!(h.query_by_label("Controls").is_some());
    h.get_by_label("Settings…").click();
    h.run();
    h.get_by_label("This window speaks").click();
    h.run();
    h.get_by_label("Deutsch").click();
    h.run();
    h.run();
    assert_eq!(h.state().settings().chair_language, Some(Lang::De));
    assert!(h.query_by_label(&word(Lang::De, "controls")).is_some(), "German at once");
    assert!(h.query_by_label("Controls").is_none());
    h.get_by_label(&word(Lang::De, "this-window-speaks")).click();
    h.run();
    h.get_by_label_contains("(English)").click();
    h.run();
    h.run();
    assert_eq!(h.state().settings().chair_language, None);
    assert!(h.query_by_label("Controls").is_some(), "back to the desktop's");
}
