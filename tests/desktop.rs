//! What a desktop install needs from the binary: the version with its commit, the completions, and
//! the man pages and icons the Debian package installs (`chairtime package-files`). The package
//! itself is built and validated by .ci/package-check.sh; opening a file the way a file manager
//! does is driven in .ci/gui-smoke.sh (the real window) and tests/ui.rs (the hand-over).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

mod common;

use common::chairtime;

fn stdout_of(args: &[&str]) -> String {
    let out = chairtime().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_version_names_the_release_and_the_commit_it_was_built_from() {
    let version = stdout_of(&["--version"]);
    assert!(version.starts_with(&format!("chairtime {} (commit ", env!("CARGO_PKG_VERSION"))), "{version}");
    let head = std::process::Command::new("git").args(["rev-parse", "--short=10", "HEAD"]).output();
    if let Some(head) = head.ok().filter(|h| h.status.success()) {
        let head = String::from_utf8_lossy(&head.stdout).trim().to_owned();
        assert!(version.contains(&format!("(commit {head})")), "{version} is not HEAD {head}");
    }
}

#[test]
fn completions_know_every_command_and_the_export_formats() {
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout_of(&["completions", shell]);
        for word in ["check", "report", "simulate", "status", "convert", "frab-json", "--format"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
        assert!(!script.contains("package-files"), "{shell}: the packaging command is not offered");
    }
}

#[test]
fn package_files_are_man_pages_completions_and_the_windows_icon_at_every_size() {
    let dir = tempfile::tempdir().unwrap();
    let out = chairtime().arg("package-files").arg(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let man = std::fs::read_to_string(dir.path().join("man/chairtime.1")).unwrap();
    assert!(man.starts_with(".ie") || man.contains(".TH chairtime 1"), "{}", &man[..200.min(man.len())]);
    for section in [".SH FILES", ".SH ENVIRONMENT", ".SH EXIT STATUS", ".SH SEE ALSO", "journals"] {
        assert!(man.contains(section), "chairtime.1 lacks {section}");
    }
    for command in ["check", "simulate", "report", "status", "convert", "completions"] {
        assert!(dir.path().join(format!("man/chairtime-{command}.1")).is_file(), "{command}");
        assert!(man.contains(&format!("chairtime\\-{command}")), "SEE ALSO names chairtime-{command}");
    }
    for name in ["chairtime", "_chairtime", "chairtime.fish"] {
        let script = std::fs::read_to_string(dir.path().join("completions").join(name)).unwrap();
        assert!(script.contains("frab-json"), "{name}");
        assert!(!script.contains("package-files"), "{name}: the packaging command is not offered");
    }
    let id = chairtime::cli::package::APP_ID;
    for size in [16, 48, 256, 512] {
        let file = std::fs::File::open(dir.path().join(format!("icons/hicolor/{size}x{size}/apps/{id}.png")))
            .unwrap();
        let mut reader = png::Decoder::new(std::io::BufReader::new(file)).read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        assert_eq!((info.width, info.height), (size, size));
        assert_eq!(pixels, chairtime::ui::icon::rgba(size), "the {size} px icon is the windows' icon");
    }
    let svg =
        std::fs::read_to_string(dir.path().join(format!("icons/hicolor/scalable/apps/{id}.svg"))).unwrap();
    assert_eq!(svg, chairtime::ui::icon::svg());
}

/// A man page's SYNOPSIS line, with roff's escaped dashes plain.
fn synopsis(page: &str) -> String {
    let mut lines = page.lines().skip_while(|l| !l.starts_with(".SH SYNOPSIS")).skip(1);
    lines.next().unwrap_or_default().replace("\\-", "-").replace("\\fB", "").replace("\\fR", "")
}

#[test]
fn the_man_pages_synopses_name_each_options_value() {
    let dir = tempfile::tempdir().unwrap();
    let out = chairtime().arg("package-files").arg(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page = |name: &str| std::fs::read_to_string(dir.path().join("man").join(name)).unwrap();
    let report = synopsis(&page("chairtime-report.1"));
    for part in [
        "chairtime report ",
        "[--format <FORMAT>]",
        "[-o|--output <FILE>]",
        "[--at <TIME>]",
        "[--force]",
        "JOURNAL...",
    ] {
        assert!(report.contains(part), "chairtime-report.1 synopsis lacks {part:?}: {report}");
    }
    let simulate = synopsis(&page("chairtime-simulate.1"));
    for part in ["--actions <SCRIPT>", "[--speed <FACTOR>]", "[--journal <OUT>]", "[FILE]"] {
        assert!(simulate.contains(part), "chairtime-simulate.1 synopsis lacks {part:?}: {simulate}");
    }
    let main = synopsis(&page("chairtime.1"));
    for part in ["[--journal <PATH>]", "[--room <ROOM>]", "[--port <N>]", "[--share]", "[FILE] [COMMAND]"] {
        assert!(main.contains(part), "chairtime.1 synopsis lacks {part:?}: {main}");
    }
}

#[test]
fn every_picture_the_readme_shows_is_installed_beside_it() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let cargo = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    // The package's assets: [source, target folder, mode].
    let assets: Vec<(String, String)> = cargo
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("[\"") && l.ends_with("],"))
        .filter_map(|l| {
            let parts: Vec<&str> = l.trim_start_matches('[').trim_end_matches("],").split("\", \"").collect();
            Some((parts.first()?.trim_matches('"').to_owned(), parts.get(1)?.trim_matches('"').to_owned()))
        })
        .collect();
    let readme_dir =
        assets.iter().find(|(s, _)| s == "README.md").map(|(_, t)| t.clone()).expect("README is shipped");
    let mut pictures: Vec<&str> = readme
        .split(['(', '"'])
        .filter_map(|s| s.split([')', '"']).next())
        .filter(|s| s.starts_with("docs/") && s.ends_with(".png"))
        .collect();
    pictures.dedup();
    assert!(pictures.len() >= 5, "the README shows pictures: {pictures:?}");
    for picture in pictures {
        assert!(root.join(picture).is_file(), "{picture} is in the repository");
        let (folder, name) = picture.rsplit_once('/').unwrap();
        // Installed where the README's link points: the README's folder + the link.
        let wanted = format!("{readme_dir}{folder}/");
        let shipped = assets.iter().any(|(source, target)| {
            *target == wanted
                && (source == picture
                    || source
                        .strip_suffix("*.png")
                        .is_some_and(|dir| dir == format!("{folder}/") && name.ends_with(".png")))
        });
        assert!(
            shipped,
            "{picture} is not in the package at {wanted}{name}, where the installed README links it"
        );
    }
}
