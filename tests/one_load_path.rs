//! The window and `chairtime check` read a file the same way: one load path, one session.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::path::{Path, PathBuf};

use chairtime::cli::SelectArgs;
use chairtime::schedule::PhaseKind;
use chairtime::schedule::load::{Overrides, load_bundled, load_path};
use chairtime::ui::settings::Settings;

/// What `chairtime check FILE` loads with (no options given).
fn check_overrides() -> Overrides {
    let mut o = Overrides::default();
    SelectArgs::default().apply(&mut o);
    o
}

/// What the window loads the same file with, under the chair's default settings.
fn window_overrides() -> Overrides {
    Settings::default().overrides_for(&check_overrides())
}

const NATIVE: [(&str, &str); 3] = [
    (
        "no-template.toml",
        "[session]\ntitle = \"Short test\"\ndate = 2026-11-26\ntime_zone = \"Europe/Lisbon\"\nstart = \"10:00\"\n\n[[item]]\ntitle = \"One\"\nlength = \"1m\"\n\n[[item]]\ntitle = \"Two\"\nlength = \"20m\"\n",
    ),
    (
        "template.toml",
        "[session]\ntitle = \"Templated\"\ndate = 2026-11-26\ntime_zone = \"Europe/Lisbon\"\nstart = \"10:00\"\nphases = [{ name = \"Slides\", length = \"3m\" }, { name = \"Questions\" }]\n\n[[item]]\ntitle = \"One\"\nlength = \"20m\"\n",
    ),
    (
        "thresholds.toml",
        "[session]\ntitle = \"Quiet\"\ndate = 2026-11-26\ntime_zone = \"Europe/Lisbon\"\nstart = \"10:00\"\n\n[[item]]\ntitle = \"One\"\nlength = \"10m\"\nwarning = \"3m\"\n",
    ),
];

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = NATIVE
        .iter()
        .map(|(name, text)| {
            let p = dir.join(name);
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    let imports = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(imports).unwrap().map(|e| e.unwrap().path()).collect();
    fixtures.sort();
    out.extend(fixtures);
    out
}

#[test]
fn the_window_and_check_load_every_fixture_to_the_same_session() {
    let dir = tempfile::tempdir().unwrap();
    let (check, window) = (check_overrides(), window_overrides());
    let mut compared = 0;
    for path in files(dir.path()) {
        let by_check = load_path(&path, &check).map(|n| n.session);
        let by_window = load_path(&path, &window).map(|n| n.session);
        assert_eq!(by_check, by_window, "{} loads differently in the window", path.display());
        compared += usize::from(by_check.is_ok());
    }
    assert!(compared >= 8, "most fixtures load: {compared}");
    assert_eq!(load_bundled(&check).unwrap().session, load_bundled(&window).unwrap().session);
}

#[test]
fn a_one_minute_slot_without_phases_opens_in_the_window_as_one_talk_phase() {
    let dir = tempfile::tempdir().unwrap();
    let path = files(dir.path()).remove(0);
    let session = load_path(&path, &window_overrides()).unwrap().session;
    let first = &session.items[0];
    assert_eq!(first.phases.len(), 1);
    assert_eq!(first.phases[0].name, "Talk");
    assert_eq!(first.phases[0].kind, PhaseKind::Talk);
}

#[test]
fn the_intro_setting_shapes_imported_talks_and_zero_means_one_talk_phase() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/devroom.xml");
    let mut launch = Overrides::default();
    SelectArgs { day: Some("sat".into()), room: Some("K.3".into()), ..SelectArgs::default() }
        .apply(&mut launch);
    let mut settings = Settings { intro_minutes: 3, ..Settings::default() };
    let three = load_path(&fixture, &settings.overrides_for(&launch)).unwrap().session;
    let talk = three.items.iter().find(|i| i.phases.len() == 2).unwrap();
    assert_eq!(talk.phases[0].length, chrono::TimeDelta::minutes(3));
    settings.intro_minutes = 0;
    let none = load_path(&fixture, &settings.overrides_for(&launch)).unwrap().session;
    assert!(none.items.iter().all(|i| i.phases.len() == 1), "zero intro: one phase per talk");
}
