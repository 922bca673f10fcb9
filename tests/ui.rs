//! The real app, driven headlessly by role and label with egui_kittest and a fake clock.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::cell::RefCell;
use std::rc::Rc;

use chairtime::audio::{Cue, CuePlayer};
use chairtime::room::Startup;
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::clock::{Clock, FakeClock};
use chairtime::ui::app::ChairApp;
use chairtime::ui::settings::Settings;
use chrono::TimeDelta;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

#[derive(Clone, Default)]
struct Heard(Rc<RefCell<Vec<Cue>>>);

impl CuePlayer for Heard {
    fn play(&mut self, cue: Cue, _volume: f32) {
        self.0.borrow_mut().push(cue);
    }

    fn unavailable(&self) -> Option<&str> {
        None
    }
}

struct Rig {
    clock: Rc<FakeClock>,
    heard: Heard,
    dir: tempfile::TempDir,
}

impl Rig {
    fn new() -> Self {
        let session = load_bundled(&Overrides::default()).unwrap().session;
        Self {
            clock: Rc::new(FakeClock::new(session.start)),
            heard: Heard::default(),
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn app(&self) -> ChairApp {
        self.app_with(self.dir.path().to_owned(), Box::new(self.heard.clone()))
    }

    /// The app on the bundled session, with this journal folder and this sound player.
    fn app_with(&self, journal_dir: std::path::PathBuf, audio: Box<dyn CuePlayer>) -> ChairApp {
        self.app_with_settings(journal_dir, audio, Settings::default())
    }

    /// As [`Self::app_with`], with these settings (the projector placed clear of the controls).
    fn app_with_settings(
        &self,
        journal_dir: std::path::PathBuf,
        audio: Box<dyn CuePlayer>,
        settings: Settings,
    ) -> ChairApp {
        let session = load_bundled(&Overrides::default()).unwrap().session;
        let startup =
            Startup { session, source: "bundled".into(), journal_dir, journal: None, schedule: None };
        // Headless, the projector is a window inside the chair window: put it far to the right,
        // clear of the controls.
        let settings = Settings { projector_position: Some([2600.0, 0.0]), ..settings };
        let mut app = ChairApp::new(startup, settings, Box::new(self.clock.clone()), audio);
        app.set_native_dialogs(false);
        app
    }

    fn harness(&self) -> Harness<'static, ChairApp> {
        harness_of(self.app())
    }

    fn wait(&self, harness: &mut Harness<'static, ChairApp>, d: TimeDelta) {
        self.clock.advance(d);
        harness.run();
    }
}

fn harness_of(app: ChairApp) -> Harness<'static, ChairApp> {
    Harness::builder().with_size([4000.0, 1000.0]).build_ui_state(|ui, app: &mut ChairApp| app.frame(ui), app)
}

fn count(h: &Harness<'static, ChairApp>, label: &str) -> usize {
    h.query_all_by_label(label).count()
}

#[test]
fn space_starts_the_first_slot() {
    let rig = Rig::new();
    let mut h = rig.harness();
    assert_eq!(count(&h, "Starts at 15:00"), 2, "chair and projector both say when it starts");
    h.key_press(Key::Space);
    h.run();
    let engine = h.state().recorder().engine();
    assert_eq!(engine.current(), Some(0));
    assert!(h.state().recorder().is_recording(), "the journal is written");
    assert_eq!(count(&h, "Intro slides"), 1, "the projector's headline");
    assert_eq!(count(&h, "05:00"), 2, "chair and projector count down the intro");
}

#[test]
fn n_moves_from_intro_slides_to_discussion() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    rig.wait(&mut h, TimeDelta::seconds(270));
    h.key_press(Key::N);
    h.run();
    let v = h.state().recorder().engine().view(rig.clock.now());
    assert_eq!(v.current.as_ref().unwrap().phase_name, "Discussion");
    assert_eq!(count(&h, "Discussion"), 1);
    assert_eq!(count(&h, "17:30"), 2, "22 min − 4:30 of intro");
}

#[test]
fn the_projector_shows_the_topic_speakers_and_remaining_time() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    rig.wait(&mut h, TimeDelta::seconds(61));
    assert_eq!(count(&h, "03:59"), 2);
    assert!(count(&h, "Bringing BPF developer experience to the next level") >= 2);
    assert!(count(&h, "Andrii Nakryiko (Facebook)") >= 2);
    assert_eq!(count(&h, "Next: BPF Debugging — Yonghong Song (Facebook)"), 1);
    assert_eq!(count(&h, "ON TIME"), 2);
}

#[test]
fn a_message_appears_on_the_projector_and_hides_again() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    let node = h.get_by_label("Please wrap up");
    node.click();
    h.run();
    assert_eq!(h.state().recorder().engine().message(), Some("Please wrap up"));
    assert_eq!(count(&h, "Please wrap up"), 2, "the preset button and the projector banner");
    h.key_press(Key::H);
    h.run();
    assert_eq!(h.state().recorder().engine().message(), None);
    assert_eq!(count(&h, "Please wrap up"), 1);
}

#[test]
fn a_message_comes_off_the_projector_when_the_next_talk_begins_and_the_chair_is_told() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    h.get_by_label("Please wrap up").click();
    h.run();
    // Next within the talk (intro slides to discussion) keeps it: the same speaker is on.
    h.key_press(Key::N);
    h.run();
    assert_eq!(h.state().recorder().engine().message(), Some("Please wrap up"));
    h.key_press(Key::N);
    h.run();
    let engine = h.state().recorder().engine();
    assert_eq!(engine.current(), Some(1), "the next talk began");
    assert_eq!(engine.message(), None);
    assert_eq!(h.query_all_by_label_contains("Took the message off the projector").count(), 1);
    let path = h.state().recorder().journal_path().unwrap().to_owned();
    let kinds: Vec<String> = chairtime::timing::journal::replay_path(&path)
        .unwrap()
        .entries
        .iter()
        .map(|e| e.command.kind().word())
        .collect();
    assert_eq!(kinds.last().map(String::as_str), Some("Hide message"), "{kinds:?}");
}

#[test]
fn with_the_setting_a_message_stays_across_talks() {
    let rig = Rig::new();
    let settings = Settings { keep_messages: true, ..Settings::default() };
    let app = rig.app_with_settings(rig.dir.path().to_owned(), Box::new(rig.heard.clone()), settings);
    let mut h = harness_of(app);
    h.key_press(Key::Space);
    h.run();
    h.get_by_label("Please wrap up").click();
    h.run();
    for _ in 0..2 {
        h.key_press(Key::N);
        h.run();
    }
    assert_eq!(h.state().recorder().engine().current(), Some(1));
    assert_eq!(h.state().recorder().engine().message(), Some("Please wrap up"));
}

#[test]
fn shortcuts_do_not_fire_while_typing_a_message() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    h.key_press(Key::M);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Message").type_text("n skip p");
    h.run();
    let engine = h.state().recorder().engine();
    assert_eq!(engine.runs()[0].phases.len(), 1, "typing n did not press Next");
    assert!(h.state().ui_state().projector_open, "typing p did not close the projector");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().recorder().engine().message(), Some("n skip p"));
}

#[test]
fn resuming_after_a_restart_restores_the_running_slot() {
    let rig = Rig::new();
    {
        let mut h = rig.harness();
        h.key_press(Key::Space);
        h.run();
        rig.wait(&mut h, TimeDelta::seconds(300));
        h.key_press(Key::N);
        h.run();
        rig.wait(&mut h, TimeDelta::seconds(60));
    } // the app is gone, as after a crash: only the journal remains
    rig.clock.advance(TimeDelta::seconds(120)); // two minutes to restart it
    let mut h = rig.harness();
    assert_eq!(count(&h, "Resume"), 1, "the app offers to resume");
    h.get_by_label("Resume").click();
    h.run();
    let v = h.state().recorder().engine().view(rig.clock.now());
    let c = v.current.unwrap();
    assert_eq!((c.item, c.phase_name.as_str()), (0, "Discussion"));
    assert_eq!(
        c.phase_remaining,
        TimeDelta::minutes(17) - TimeDelta::seconds(180),
        "the timer counted on while it was closed"
    );
    assert!(h.state().recorder().is_recording());
    assert_eq!(count(&h, "14:00"), 2);
}

#[test]
fn starting_fresh_keeps_the_old_journal() {
    let rig = Rig::new();
    {
        let mut h = rig.harness();
        h.key_press(Key::Space);
        h.run();
    }
    let mut h = rig.harness();
    h.get_by_label("Start fresh").click();
    h.run();
    assert_eq!(h.state().recorder().engine().started(), None);
    let journals = std::fs::read_dir(rig.dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "jsonl"))
        .count();
    assert_eq!(journals, 2, "a new journal beside the old one");
}

#[test]
fn cues_play_once_at_warning_danger_and_overtime() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    h.key_press(Key::N); // straight to discussion: 22 min, warning at 5 left, danger at 2 left
    h.run();
    for _ in 0..((22 * 60 + 30) / 5) {
        rig.wait(&mut h, TimeDelta::seconds(5));
    }
    assert_eq!(*rig.heard.0.borrow(), [Cue::Warning, Cue::Danger, Cue::Overtime]);
    for _ in 0..12 {
        rig.wait(&mut h, TimeDelta::seconds(5));
    }
    assert_eq!(rig.heard.0.borrow().last(), Some(&Cue::Reminder), "a reminder for the next overtime minute");
}

#[test]
fn export_without_a_file_dialog_asks_for_a_path_and_writes_the_file() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    rig.wait(&mut h, TimeDelta::seconds(90));
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("CSV — one row per item").click();
    h.run();
    let target = rig.dir.path().join("out.csv");
    h.get_by_role_and_label(Role::TextInput, "Path").set_text_value_accesskit(target.to_str().unwrap());
    h.run();
    h.get_by_label("OK").click();
    h.run();
    let csv = std::fs::read_to_string(&target).unwrap();
    assert!(csv.starts_with("index,id,title"), "{csv}");
    assert!(csv.contains("Bringing BPF developer experience"));
}

#[test]
fn projector_digits_are_at_least_40_percent_of_the_window_height() {
    for (w, h) in [(1920.0f32, 1080.0f32), (1280.0, 720.0)] {
        for big in ["59:59", "+59:59", "04:59", "8:20:53"] {
            let mut harness = Harness::new_ui_state(
                |ui, size: &mut (String, f32, f32, f32)| {
                    size.3 = chairtime::ui::projector::big_size(ui, size.1, size.2, &size.0);
                },
                (big.to_owned(), w, h, 0.0),
            );
            harness.run();
            let font = harness.state().3;
            let share = font * chairtime::ui::projector::DIGIT_HEIGHT_EM / h;
            if big.len() <= 6 {
                assert!(
                    share >= chairtime::ui::projector::MIN_DIGIT_SHARE,
                    "{big} at {w}×{h}: digits {share:.2} of the height"
                );
            }
        }
    }
}

#[test]
fn events_the_laptop_slept_through_stay_silent() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    rig.wait(&mut h, TimeDelta::minutes(30) + TimeDelta::seconds(20)); // lid closed through warning, danger and overtime
    assert!(rig.heard.0.borrow().is_empty(), "{:?}", rig.heard.0.borrow());
    assert_eq!(count(&h, "TIME IS UP"), 2, "the screens still show the truth");
}

#[test]
fn docs_list_every_shortcut_the_app_has() {
    use chairtime::ui::commands::{UiCommand, shortcut_text};
    let doc = std::fs::read_to_string("docs/shortcuts.md").unwrap();
    for c in UiCommand::ALL {
        for s in c.shortcuts() {
            let key = shortcut_text(&s);
            assert!(doc.contains(&format!("`{key}`")), "docs/shortcuts.md does not list {key} ({c:?})");
        }
    }
}

#[test]
fn enter_answers_the_resume_question() {
    let rig = Rig::new();
    {
        let mut h = rig.harness();
        h.key_press(Key::Space);
        h.run();
    }
    let mut h = rig.harness();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().room().resume.is_none());
    assert!(h.state().recorder().is_recording());
    assert_eq!(h.state().recorder().engine().current(), Some(0), "resumed, not fresh");
}

/// The real app loop against a fake clock: each frame is drawn exactly when the app asked for
/// it. The projector's digits must change at every such frame, no later than 50 ms after the
/// true second boundary, and never drift.
#[test]
fn the_displayed_second_changes_within_50_ms_of_the_true_boundary() {
    let rig = Rig::new();
    let mut h = rig.harness();
    rig.clock.advance(TimeDelta::milliseconds(337)); // start at an awkward sub-second instant
    h.key_press(Key::Space);
    h.run();
    let started = h.state().recorder().engine().started().unwrap();
    let mut previous = chairtime::ui::projector::clock_face(TimeDelta::minutes(5));
    for frame in 0..200 {
        let delay = h.state().next_repaint.unwrap();
        rig.clock.advance(TimeDelta::from_std(delay).unwrap());
        h.run();
        let now = rig.clock.now();
        let remaining = TimeDelta::minutes(5) - (now - started);
        let face = chairtime::ui::projector::clock_face(remaining);
        assert_ne!(face, previous, "frame {frame}: a repaint with nothing new");
        assert!(count(&h, &face) >= 2, "frame {frame}: both windows show {face}");
        // The true boundary is when the remaining time crossed a whole second.
        let late = TimeDelta::milliseconds((1000 - remaining.num_milliseconds().rem_euclid(1000)) % 1000);
        assert!(
            late <= TimeDelta::milliseconds(50),
            "frame {frame}: {}ms after the boundary",
            late.num_milliseconds()
        );
        previous = face;
    }
    assert_eq!(previous, "01:40", "200 frames, 200 seconds: no drift");
}

// ---- A hostile environment: each ends in a clear message and a working app. ----

#[test]
fn without_a_sound_device_the_app_says_so_once_and_keeps_the_visual_cues() {
    let rig = Rig::new();
    let silent = chairtime::audio::Silent {
        reason: Some("no sound device: DeviceNotAvailable".into()),
        played: Vec::new(),
    };
    let mut h = harness_of(rig.app_with(rig.dir.path().to_owned(), Box::new(silent)));
    h.key_press(Key::Space);
    h.run();
    rig.wait(&mut h, TimeDelta::minutes(5));
    let said: Vec<_> =
        h.state().room().notices().iter().filter(|n| n.text.contains("Sound is unavailable")).collect();
    assert_eq!(said.len(), 1);
    assert_eq!(count(&h, "TIME IS UP"), 2, "the visual cue is there");
}

#[test]
fn an_unwritable_journal_folder_is_said_at_once_and_another_folder_records_everything() {
    let rig = Rig::new();
    let unwritable = "/proc/chairtime-cannot-be-here".into();
    let mut h = harness_of(rig.app_with(unwritable, Box::new(rig.heard.clone())));
    assert!(!h.state().recorder().is_recording());
    assert_eq!(count(&h, "NOT RECORDING"), 1);
    assert!(
        h.state().room().notices().iter().any(|n| n.serious && n.text.contains("Cannot write the journal"))
    );
    h.key_press(Key::Space); // the session runs anyway
    h.run();
    rig.wait(&mut h, TimeDelta::seconds(30));
    h.key_press(Key::N);
    h.run();
    h.get_by_label("Choose journal folder…").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Path")
        .set_text_value_accesskit(rig.dir.path().to_str().unwrap());
    h.run();
    h.get_by_label("OK").click();
    h.run();
    assert!(h.state().recorder().is_recording());
    let path = h.state().recorder().journal_path().unwrap().to_owned();
    let replayed = chairtime::timing::journal::replay_path(&path).unwrap();
    assert_eq!(
        replayed.entries.len(),
        2,
        "start and next, done before the folder was chosen, are in the journal"
    );
}

#[test]
fn an_export_to_a_full_disk_or_an_unwritable_place_says_so_and_the_session_goes_on() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    for target in ["/dev/full", "/proc/version", "/nonexistent-folder/timings.csv"] {
        h.state_mut().export_to(chairtime::report::Format::Csv, std::path::Path::new(target));
        h.run();
        assert!(
            h.state()
                .room()
                .notices()
                .iter()
                .any(|n| n.serious && n.text.starts_with(&format!("Export failed: {target}"))),
            "{target}: {:?}",
            h.state().room().notices()
        );
    }
    rig.wait(&mut h, TimeDelta::seconds(10));
    assert_eq!(count(&h, "04:50"), 2, "the timers never stopped");
}

/// The projector drawn once at `w`×`h` with figures that vary with `i` (every digit turns up);
/// the font atlas's fill ratio and size afterwards.
fn projector_pass(ctx: &egui::Context, i: u16, w: f32, h: f32) -> (f32, [usize; 2]) {
    projector_pass_with(ctx, i, w, h, LATIN)
}

/// The title, speakers and next talk of a projector pass.
type Words = (&'static str, &'static str, &'static str);

const LATIN: Words = (
    "Bringing BPF developer experience to the next level",
    "Andrii Nakryiko (Facebook)",
    "Next: BPF Debugging — Yonghong Song (Facebook)",
);

const CJK: Words = ("BPF の開発者体験を次の段階へ", "山田 太郎（株式会社例）", "次: BPF デバッグ — 김민수");

/// As [`projector_pass`], with these words.
fn projector_pass_with(ctx: &egui::Context, i: u16, w: f32, h: f32, words: Words) -> (f32, [usize; 2]) {
    use chairtime::ui::projector::{Model, draw};
    let model = Model {
        urgency: chairtime::timing::view::Urgency::Normal,
        word: "ON TIME".into(),
        big: if i.is_multiple_of(3) {
            format!("+{:02}:{:02}", i % 60, 59 - i % 60)
        } else {
            format!("{:02}:{:02}", 38 - i % 30, i % 60)
        },
        headline: "Discussion".into(),
        title: words.0.into(),
        speakers: words.1.into(),
        progress: Some((0.4, vec![0.25])),
        slot_left: format!("{:02}:{:02} left in this slot", 13 + i % 7, 47 - i % 40),
        position: "Slot 1 of 9".into(),
        horizon: format!("Break in 1:{:02}:37", 29 - i % 20),
        next: words.2.into(),
        clock: format!("{:02}:{:02}", 13 + i % 8, 47 - i % 40),
        message: (i % 5 == 4).then(|| "Five minutes left".to_owned()),
        blackout: false,
    };
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, h))),
        max_texture_side: Some(chairtime::ui::window::FONT_ATLAS_SIDE),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| {
        egui::CentralPanel::no_frame().show(ui, |ui| draw(ui, &model, false));
    });
    output.textures_delta.clear(); // no renderer here
    ctx.fonts(|f| (f.font_atlas_fill_ratio(), f.font_image_size()))
}

/// An afternoon of dragging the projector window, compressed: twenty sizes from a phone's to a
/// 4K screen's. The font atlas must never fill up (egui throws a full atlas away and draws every
/// glyph again): the text takes its sizes from a ladder, each glyph is rasterised once per size,
/// and the big figure and large text are magnified above a bounded raster size.
#[test]
fn twenty_projector_sizes_from_a_phone_to_4k_never_fill_the_font_atlas() {
    let ctx = egui::Context::default();
    chairtime::ui::set_up_text(&ctx);
    twenty_sizes(&ctx, LATIN);
}

/// The projector at twenty sizes from 480 to 3840 points wide, alternately 16:9 and 4:3, with
/// `words`: the font atlas never fills up.
fn twenty_sizes(ctx: &egui::Context, words: Words) {
    for i in 0..20u16 {
        let w = 480.0 * 8f32.powf(f32::from(i) / 19.0); // 480 … 3840 points wide
        let h = w * if i % 2 == 0 { 9.0 / 16.0 } else { 3.0 / 4.0 };
        let (fill, size) = projector_pass_with(ctx, i, w, h, words);
        assert!(
            fill < 0.8,
            "at {w:.0}×{h:.0} the atlas ({}×{}) is {:.0} % full",
            size[0],
            size[1],
            fill * 100.0
        );
    }
}

/// The same twenty sizes with a Japanese title, a Japanese speaker and a Korean name next: the
/// system's CJK font comes in behind the bundled ones (every glyph found: the context would draw
/// boxes otherwise, and the fallback counts them), and the atlas stays bounded all the same.
#[test]
fn twenty_projector_sizes_with_cjk_titles_find_their_font_and_never_fill_the_font_atlas() {
    let ctx = egui::Context::default();
    chairtime::ui::set_up_text(&ctx);
    let mut fonts = chairtime::ui::fonts::Fonts::default();
    fonts.install(&ctx);
    twenty_sizes(&ctx, CJK);
    let found = fonts.found();
    assert!(found.missing.is_empty(), "every character has a font (fonts-noto-cjk installed): {found:?}");
    assert!(found.fonts.iter().any(|f| f.contains("CJK")), "the CJK font was added: {found:?}");
}

/// Full screen on and off twenty times (a 1280×720 window, a 1920×1080 screen) while the seconds
/// run: after the first round trip the font atlas does not grow at all.
#[test]
fn toggling_full_screen_twenty_times_adds_nothing_to_the_font_atlas() {
    let ctx = egui::Context::default();
    chairtime::ui::set_up_text(&ctx);
    let sizes = [(1280.0, 720.0), (1920.0, 1080.0)];
    let mut warm = None;
    for i in 0..42u16 {
        let (w, h) = sizes[usize::from(i % 2)];
        let (fill, size) = projector_pass(&ctx, i, w, h);
        if i == 1 {
            warm = Some((fill, size));
        }
        if let Some((warm_fill, warm_size)) = warm {
            assert_eq!(size, warm_size, "toggle {}: the atlas grew", i / 2);
            assert!(fill - warm_fill < 0.02, "toggle {}: {warm_fill:.3} → {fill:.3} full", i / 2);
        }
    }
    let (_, size) = warm.unwrap_or_default();
    let mib = (size[0] * size[1] * 4) as f64 / f64::from(1 << 20);
    assert!(mib <= 8.0, "a 1080p projector needs a {}×{} atlas ({mib:.0} MiB)", size[0], size[1]);
}

/// The chair window's timeline strip says what it shows: before the start the plan, then what ran,
/// now and the projected end, a skipped talk and a talk over its planned length.
#[test]
fn the_timeline_strip_shows_what_ran_now_and_the_projected_end() {
    let rig = Rig::new();
    let mut h = rig.harness();
    let strip = |h: &Harness<'static, ChairApp>| {
        h.query_all_by_label_contains("Timeline:")
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&h), ["Timeline: 0 of 10 items run, planned end 18:40"]);
    h.key_press(Key::Space);
    h.run();
    rig.wait(&mut h, TimeDelta::minutes(25)); // the first slot (22 min) runs 3 min over
    h.key_press(Key::N);
    h.run();
    h.key_press(Key::N);
    h.run();
    rig.wait(&mut h, TimeDelta::minutes(1));
    h.key_press(Key::S); // BPF Debugging is skipped while it runs: 3 min over, 22 min saved
    h.run();
    rig.wait(&mut h, TimeDelta::seconds(30));
    let said = strip(&h);
    assert_eq!(
        said,
        [
            "Timeline: 3 of 10 items run, 1 skipped, 1 over their planned length, now 15:26, projected end 18:21 (planned 18:40)"
        ],
        "{said:?}"
    );
}

/// V marks the video recording in the journal; the mark's time is a button that opens a field,
/// and the time typed there becomes the recording's start.
#[test]
fn v_marks_the_recording_and_its_start_can_be_corrected_by_typing_the_true_time() {
    let rig = Rig::new();
    let mut h = rig.harness();
    rig.clock.advance(TimeDelta::seconds(5));
    h.key_press(Key::V);
    h.run();
    let start = h.state().recorder().engine().session().start;
    assert_eq!(h.state().recorder().engine().recordings()[0].start, start + TimeDelta::seconds(5));
    assert_eq!(count(&h, "Recording 1 running since 15:00:05"), 1);
    rig.wait(&mut h, TimeDelta::minutes(2));
    h.get_by_label("15:00:05").click();
    h.run();
    // The field opens empty, focused, with the mark's time as its hint.
    h.query_all_by_label("really started at")
        .find(|n| n.accesskit_node().role() == Role::TextInput)
        .expect("a field for the true time")
        .type_text("14:59:30");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.run();
    let marks = h.state().recorder().engine().recordings().to_vec();
    assert_eq!(marks[0].start, start - TimeDelta::seconds(30), "corrected to 14:59:30");
    assert_eq!(count(&h, "14:59:30"), 1, "the corrected time is shown");
    h.key_press(Key::V);
    h.run();
    assert!(h.state().recorder().engine().recordings()[0].stop.is_some(), "V again stops it");
}

/// A schedule file copied to `dir/with spaces/NAME`, as a file manager passes it.
fn spaced_copy(dir: &std::path::Path, fixture: &str, name: &str) -> std::path::PathBuf {
    let folder = dir.join("with spaces");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join(name);
    std::fs::copy(format!("tests/fixtures/import/{fixture}"), &path).unwrap();
    path
}

#[test]
fn a_schedule_opened_again_from_the_file_manager_before_the_start_opens_at_once() {
    use chairtime::ui::instance::Request;
    let rig = Rig::new();
    let mut h = rig.harness();
    let path = spaced_copy(rig.dir.path(), "zoned.xml", "schedule.xml");
    let ctx = h.ctx.clone();
    h.state_mut().launched_again(&ctx, Request { open: Some(path.clone()) });
    h.run();
    let session = h.state().recorder().engine().session().clone();
    assert_eq!(session.room.as_deref(), Some("Anamudi"), "the handed file's session is shown");
    assert_eq!(session.items[0].title, "Opening");
}

#[test]
fn a_schedule_opened_again_while_a_session_runs_waits_for_the_chairs_answer() {
    use chairtime::ui::instance::Request;
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    let path = spaced_copy(rig.dir.path(), "devroom.xml", "schedule.xml");
    let ctx = h.ctx.clone();
    h.state_mut().launched_again(&ctx, Request { open: Some(path.clone()) });
    h.run();
    assert_eq!(count(&h, "Open schedule.xml?"), 1, "the question, named by the file");
    h.get_by_label("Keep the running session").click();
    h.run();
    assert_eq!(count(&h, "Open schedule.xml?"), 0);
    assert_eq!(h.state().recorder().engine().current(), Some(0), "the running session goes on");
    assert_eq!(h.state().recorder().engine().session().title, "BPF Microconference");
    h.state_mut().launched_again(&ctx, Request { open: Some(path) });
    h.run();
    h.get_by_label("Open schedule.xml").click();
    h.run();
    // A whole conference: the picker, as when the file is opened any other way.
    assert!(
        h.query_by_label_contains("Choose the session to run").is_some(),
        "the picker for the devroom file"
    );
}

#[test]
fn a_schedule_opened_again_after_a_change_made_before_the_start_asks_first() {
    use chairtime::ui::instance::Request;
    let rig = Rig::new();
    let mut h = rig.harness();
    // Before Start, the chair skips the fourth item: recorded, so not to be thrown away unasked.
    for _ in 0..4 {
        h.key_press(Key::ArrowDown);
        h.run();
    }
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::S);
    h.run();
    assert!(h.state().recorder().has_entries(), "the skip is recorded");
    assert!(h.state().recorder().engine().started().is_none());
    let path = spaced_copy(rig.dir.path(), "zoned.xml", "schedule.xml");
    let ctx = h.ctx.clone();
    h.state_mut().launched_again(&ctx, Request { open: Some(path) });
    h.run();
    assert_eq!(count(&h, "Open schedule.xml?"), 1, "asked, not replaced");
    assert_eq!(h.state().recorder().engine().session().title, "BPF Microconference");
}

/// The window manager asks the chair window to close (its close button, Alt+F4).
fn request_close(h: &mut Harness<'static, ChairApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
}

#[test]
fn closing_the_window_mid_session_asks_first_and_esc_keeps_it_running() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    request_close(&mut h);
    assert!(h.state().ui_state().quit_question);
    assert!(h.query_by_label("Quit while the session runs?").is_some());
    // Other keys wait while the question is up.
    h.key_press(Key::N);
    h.run();
    assert_eq!(h.state().recorder().engine().runs()[0].phases.len(), 1, "N did not act unseen");
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().ui_state().quit_question && !h.state().is_quitting());
    assert!(h.state().session_runs(), "the session runs on");
    request_close(&mut h);
    h.key_press(Key::Q);
    h.run();
    assert!(h.state().is_quitting(), "Q quits");
}

#[test]
fn closing_the_window_before_the_session_starts_asks_nothing() {
    let rig = Rig::new();
    let mut h = rig.harness();
    request_close(&mut h);
    assert!(!h.state().ui_state().quit_question);
}

#[test]
fn esc_closes_the_panels_and_keys_act_in_sight_while_they_are_open() {
    let rig = Rig::new();
    let mut h = rig.harness();
    h.key_press(Key::Space);
    h.run();
    for (key, modifiers, title) in [
        (Key::F1, egui::Modifiers::NONE, "Shortcuts"),
        (Key::L, egui::Modifiers::NONE, "Share the timer"),
        (Key::E, egui::Modifiers::COMMAND, "Export actual timings"),
    ] {
        h.key_press_modifiers(modifiers, key);
        h.run();
        assert!(h.query_by_label(title).is_some(), "{title} is open");
        assert!(h.state().ui_state().timer_box.is_some(), "the timer box was drawn");
        h.key_press(Key::Escape);
        h.run();
        assert!(h.query_by_label(title).is_none(), "Esc closes {title}");
    }
    // With the shortcuts open, N still works, in sight: the timer box shows the discussion.
    h.key_press(Key::F1);
    h.run();
    h.key_press(Key::N);
    h.run();
    assert_eq!(h.state().recorder().engine().runs()[0].phases.len(), 2);
    assert!(h.query_by_label_contains("Discussion (2 of 2)").is_some());
}

/// Every panel a chair opens, in a window of `width`×`height`: its whole window (its frame, not
/// only its title) lies clear of the timer box.
fn panels_stay_clear_of_the_timer_box_at(width: f32, height: f32) {
    let rig = Rig::new();
    // Headless, the projector would be a window inside this one: it is off here (on the laptop
    // it is a window of its own, placed by the monitors module).
    let settings = Settings { projector_open: false, ..Settings::default() };
    let app = rig.app_with_settings(rig.dir.path().to_owned(), Box::new(rig.heard.clone()), settings);
    let mut h = Harness::builder()
        .with_size([width, height])
        .build_ui_state(|ui, app: &mut ChairApp| app.frame(ui), app);
    h.key_press(Key::Space);
    h.run();
    for (key, title, id) in [
        (None, "Settings", "settings"),
        (Some(Key::F1), "Shortcuts", "shortcuts"),
        (Some(Key::L), "Share the timer", "share"),
        (Some(Key::E), "Export actual timings", "export"),
    ] {
        match key {
            Some(Key::E) => h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E),
            Some(k) => h.key_press(k),
            None => h.get_by_label("Settings…").click(),
        }
        h.run();
        let timer = h.state().ui_state().timer_box.expect("the timer box was drawn");
        assert!(
            h.query_all_by_role(Role::Window).any(|n| n.accesskit_node().label().as_deref() == Some(title)),
            "{title} is open, as a window"
        );
        // The window's whole frame as egui placed it (a panel's area is named by its id, the same
        // in every language).
        let panel = h
            .ctx
            .memory(|m| m.area_rect(chairtime::ui::theme::panel_id(id)))
            .unwrap_or_else(|| panic!("{title}'s place is known"));
        assert!(
            !panel.intersects(timer),
            "{title} ({panel:?}) covers the timer box ({timer:?}) at {width}×{height}"
        );
        assert!(panel.right() <= width && panel.bottom() <= height, "{title} ({panel:?}) leaves the window");
        assert!(
            panel.width() >= 400.0_f32.min(width - timer.right() - 24.0),
            "{title} is readable, not a strip"
        );
        h.key_press(Key::Escape);
        h.run();
    }
}

#[test]
fn no_panel_covers_the_timer_box_on_a_laptop_or_a_small_projector_sized_window() {
    panels_stay_clear_of_the_timer_box_at(1700.0, 800.0);
    panels_stay_clear_of_the_timer_box_at(1280.0, 800.0);
    panels_stay_clear_of_the_timer_box_at(1024.0, 700.0);
}
