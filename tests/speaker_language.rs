//! What the speaker reads, in the session's speaker language (docs/l10n.md): the speaker's model
//! in German, Japanese and Arabic (right to left, with `dir` for the page); the language from the
//! session file's `speaker_language`, with a positioned error for one chairtime does not speak;
//! the projector's state word fitting its band at full size in every language the window writes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use chairtime::l10n::{ALL, Lang};
use chairtime::schedule::load::{Overrides, load_bundled, load_bytes};
use chairtime::timing::command::Command;
use chairtime::timing::engine::Engine;
use chairtime::timing::speaker::{Speaker, state_word};
use chairtime::timing::view::Urgency;
use chrono::TimeDelta;

fn engine() -> Engine {
    Engine::new(load_bundled(&Overrides::default()).unwrap().session)
}

#[test]
fn before_the_start_and_in_a_slot_the_speaker_reads_german() {
    let mut e = engine();
    let start = e.session().start;
    let before = Speaker::from_view_in(&e, &e.view(start - TimeDelta::minutes(5)), Lang::De);
    assert_eq!((before.word.as_str(), before.headline.as_str()), ("NICHT BEGONNEN", "Beginn 15:00"));
    assert!(before.next.starts_with("Zuerst: Bringing BPF developer experience"), "{}", before.next);
    e.apply(&Command::Start, start).unwrap();
    let t = start + TimeDelta::minutes(1);
    let m = Speaker::from_view_in(&e, &e.view(t), Lang::De).text_at(t);
    assert_eq!(m.word, "IN DER ZEIT");
    assert_eq!(m.headline, "Einführungsfolien", "chairtime's own phase names are translated");
    assert_eq!(m.position, "Beitrag 1 von 9");
    assert_eq!(m.slot_left, "Noch 21:00 für diesen Beitrag");
    assert!(m.horizon.starts_with("Pause in "), "{}", m.horizon);
}

#[test]
fn japanese_counts_its_slots_its_own_way_and_arabic_is_marked_right_to_left_for_the_page() {
    let mut e = engine();
    let start = e.session().start;
    e.apply(&Command::Start, start).unwrap();
    let ja = Speaker::from_view_in(&e, &e.view(start), Lang::Ja);
    assert_eq!((ja.position.as_str(), ja.word.as_str(), ja.dir), ("9 件中 1 件目", "予定どおり", "ltr"));
    let ar = Speaker::from_view_in(&e, &e.view(start), Lang::Ar);
    assert_eq!((ar.word.as_str(), ar.dir), ("في الوقت", "rtl"));
    let json = serde_json::to_value(&ar).unwrap();
    assert_eq!(json["lang"], "ar");
    assert_eq!(
        json["words"]["states"]["overtime"], "انتهى الوقت",
        "the page's words for the changes it applies"
    );
    assert_eq!(json["words"]["break_in"], "استراحة بعد {time}");
    let en = serde_json::to_value(Speaker::from_view(&e, &e.view(start))).unwrap();
    assert_eq!(
        (en["lang"].as_str(), en["word"].as_str()),
        (Some("en"), Some("ON TIME")),
        "English by default"
    );
}

#[test]
fn a_session_file_names_its_speaker_language_and_a_wrong_one_is_a_positioned_error() {
    let head = "[session]\ntitle = \"T\"\ndate = 2026-12-05\ntime_zone = \"Asia/Tokyo\"\nstart = \"10:00\"\n";
    let body = "\n[[item]]\ntitle = \"Talk\"\nlength = \"20m\"\n";
    let load = |lang: &str| {
        load_bytes(
            "t.toml",
            format!("{head}speaker_language = \"{lang}\"\n{body}").as_bytes(),
            &Overrides::default(),
        )
    };
    assert_eq!(load("ja").unwrap().session.speaker_language, Some(Lang::Ja));
    assert_eq!(load("de-AT").unwrap().session.speaker_language, Some(Lang::De));
    let err = load("tlh").unwrap_err().to_string();
    assert!(
        err.starts_with("t.toml:6:20: speaker_language: \"tlh\" is not a language chairtime speaks"),
        "{err}"
    );
    // Written back by `convert`, read again the same.
    let session = load("fr").unwrap().session;
    let text = chairtime::schedule::native::write(&session, None);
    assert!(text.contains("speaker_language = \"fr\""), "{text}");
}

/// The projector's top band at 1920×1080: the state word in the heavy face at its full size must
/// fit the width the band gives it (60 % of the inner width), in every language the window writes.
#[test]
fn every_state_word_fits_the_projectors_band_at_full_size_in_every_language_the_window_writes() {
    let ctx = egui::Context::default();
    chairtime::ui::set_up_text(&ctx);
    let mut fonts = chairtime::ui::fonts::Fonts::default();
    fonts.install(&ctx);
    let (w, h) = (1920.0_f32, 1080.0_f32);
    let (size, room) = (h * 0.065, w * 0.94 * 0.6 - h * 0.08 - h * 0.02);
    let mut widest = (0.0_f32, String::new());
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        let family = chairtime::ui::fonts::heavy_in(ui.ctx());
        for lang in ALL.into_iter().filter(|l| !l.is_rtl()) {
            for u in Urgency::ALL {
                let word = state_word(u, lang);
                let width = ui
                    .painter()
                    .layout_no_wrap(
                        word.clone(),
                        egui::FontId::new(size, family.clone()),
                        egui::Color32::WHITE,
                    )
                    .size()
                    .x;
                if width > widest.0 {
                    widest = (width, format!("{lang}: {word}"));
                }
            }
        }
    });
    output.textures_delta.clear(); // no renderer here
    assert!(widest.0 <= room, "{} is {:.0} px wide; the band gives {room:.0}", widest.1, widest.0);
    assert!(fonts.found().missing.is_empty(), "{:?}", fonts.found());
}

#[test]
fn every_states_key_is_its_json_name_the_page_looks_words_up_by() {
    for u in Urgency::ALL {
        assert_eq!(serde_json::to_value(u).unwrap(), u.key(), "{u:?}");
    }
}
