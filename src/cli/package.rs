//! What a desktop package installs beside the binary, made from the program itself so that it
//! never drifts from it: the man pages and shell completions from the clap definitions, the icon
//! from the one the windows use (docs/packaging.md). `scripts/package.sh` calls
//! `chairtime package-files DIR`; `chairtime completions SHELL` is there for everyone else.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::Cli;

/// The application's id: the desktop entry's and the metainfo's name, the Wayland app id and the
/// X11 window class, so the desktop matches the windows to their menu entry and icon.
pub const APP_ID: &str = "io.github.chairtime.Chairtime";

/// The icon's PNG sizes (the hicolor theme's usual ones).
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

/// The command line as completions offer it: without the hidden commands (clap_complete's bash
/// script would list them).
fn offered() -> clap::Command {
    let cli = Cli::command();
    clap::Command::new("chairtime")
        .version(super::VERSION)
        .about(cli.get_about().cloned().unwrap_or_default())
        .args(cli.get_arguments().cloned())
        .subcommands(cli.get_subcommands().filter(|s| !s.is_hide_set()).cloned())
}

/// The completion script for `shell`, written to `out`.
fn completion(shell: Shell, out: &mut Vec<u8>) {
    clap_complete::generate(shell, &mut offered(), "chairtime", out);
}

/// The completion script for `shell`, on standard output.
pub fn completions(shell: Shell) -> ExitCode {
    let mut out = Vec::new();
    completion(shell, &mut out);
    match std::io::stdout().write_all(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chairtime: cannot write the completions: {e}");
            ExitCode::from(1)
        }
    }
}

/// The man page's sections clap does not know: where things are kept, the environment, the rest
/// of the documentation.
const MAN_EXTRA: &str = r#".SH FILES
.TP
\fI$XDG_DATA_HOME/chairtime/journals/\fR (default \fI~/.local/share/chairtime/journals/\fR)
The journals: every action of every session, one file per run, written before it takes effect
(or in the folder chosen in the window's Settings).
\fBchairtime status\fR and \fBchairtime report\fR read them; the window offers to resume one.
.TP
\fI$XDG_DATA_HOME/chairtime/app.ron\fR
The window's settings (sound, thresholds, theme, the journal folder) and the windows' places.
.TP
\fI$XDG_RUNTIME_DIR/chairtime/\fR
While the window is open: the lock and socket that keep one chairtime window per user (a second
launch hands its file to the first). While a session is shared: its links (mode 0600), so that a
restart after a crash shares it again with the same links; removed when the chair stops sharing.
.SH ENVIRONMENT
.TP
\fBXDG_DATA_HOME\fR, \fBXDG_RUNTIME_DIR\fR
Where the files above are kept.
.TP
\fBCHAIRTIME_SAMPLES\fR
Developers only: a folder of real schedule files the tests also read.
.SH EXIT STATUS
0 done (also when a running chairtime window took the file), 1 bad input (the message names the
file, line and what was expected), 2 a mistyped command or option.
.SH EXAMPLES
.nf
chairtime                      # the window, on the bundled example session
chairtime schedule.xml         # the window, on a conference's schedule (asks which session)
chairtime --headless room2.toml   # no window: the speaker link, run from your phone (Ctrl+C stops)
chairtime check fosdem.xml --day sat --room D.collab
chairtime report run.jsonl --format html -o report.html
.fi
.SH SEE ALSO
"#;

/// A man page's synopsis with each option's value (`[--at <TIME>]`), which clap_mangen's own
/// leaves out: `name [-o|--output <FILE>] [--share] [FILE] [COMMAND]`.
pub fn synopsis(cmd: &clap::Command) -> String {
    let name = cmd.get_bin_name().unwrap_or_else(|| cmd.get_name());
    let mut parts = vec![name.to_owned()];
    let shown = |a: &&clap::Arg| !a.is_hide_set();
    for arg in cmd.get_arguments().filter(shown).filter(|a| !a.is_positional()) {
        let flag = match (arg.get_short(), arg.get_long()) {
            (Some(s), Some(l)) => format!("-{s}|--{l}"),
            (Some(s), None) => format!("-{s}"),
            (None, Some(l)) => format!("--{l}"),
            (None, None) => continue,
        };
        let takes = arg.get_num_args().is_some_and(|n| n.takes_values());
        let value = if takes {
            let names = arg.get_value_names().map_or_else(
                || vec![arg.get_id().as_str().to_uppercase()],
                |v| v.iter().map(ToString::to_string).collect(),
            );
            format!(" <{}>", names.join("> <"))
        } else {
            String::new()
        };
        let whole = format!("{flag}{value}");
        parts.push(if arg.is_required_set() { whole } else { format!("[{whole}]") });
    }
    for arg in cmd.get_arguments().filter(shown).filter(|a| a.is_positional()) {
        let names = arg.get_value_names().map_or_else(
            || arg.get_id().as_str().to_uppercase(),
            |v| v.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "),
        );
        let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
        let names = if many { format!("{names}...") } else { names };
        parts.push(if arg.is_required_set() { names } else { format!("[{names}]") });
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        parts.push("[COMMAND]".to_owned());
    }
    parts.join(" ")
}

/// `cmd` for its man page: the synopsis as [`synopsis`] writes it.
fn for_man(cmd: &clap::Command) -> clap::Command {
    cmd.clone().override_usage(synopsis(cmd))
}

/// The man page of `chairtime` itself: clap's sections, then [`MAN_EXTRA`].
fn main_page(cmd: &clap::Command) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(for_man(cmd));
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    man.render_subcommands_section(&mut out)?;
    out.extend_from_slice(MAN_EXTRA.as_bytes());
    let pages: Vec<String> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| format!("\\fBchairtime-{}\\fR(1)", s.get_name()))
        .collect();
    out.extend_from_slice(pages.join(",\n").as_bytes());
    out.extend_from_slice(
        b".\n\\fI/usr/share/doc/chairtime/\\fR: the README and the docs (formats, journal, shortcuts, exports, remote); in the window, F1 lists every key.\n",
    );
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// Writes `bytes` to `dir/name`, making `dir`, and notes the file in `written`.
fn put(written: &mut Vec<PathBuf>, dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(name);
    std::fs::write(&path, bytes)?;
    written.push(path);
    Ok(())
}

fn png(size: u32) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, size, size);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&crate::ui::icon::rgba(size))?;
    writer.finish()?;
    Ok(out)
}

/// Writes under `dir`: `man/` (chairtime.1 and a page per command), `completions/` (bash, zsh,
/// fish) and `icons/hicolor/` (the SVG and the PNG sizes).
///
/// # Errors
/// The first file that cannot be written.
pub fn write_package_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let man = dir.join("man");
    put(&mut written, &man, "chairtime.1", &main_page(&cmd)?)?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        written.push(clap_mangen::Man::new(for_man(sub)).generate_to(&man)?);
    }
    let completions = dir.join("completions");
    for (shell, name) in
        [(Shell::Bash, "chairtime"), (Shell::Zsh, "_chairtime"), (Shell::Fish, "chairtime.fish")]
    {
        let mut out = Vec::new();
        completion(shell, &mut out);
        put(&mut written, &completions, name, &out)?;
    }
    let icons = dir.join("icons/hicolor");
    put(
        &mut written,
        &icons.join("scalable/apps"),
        &format!("{APP_ID}.svg"),
        crate::ui::icon::svg().as_bytes(),
    )?;
    for size in ICON_SIZES {
        let bytes = png(size).map_err(std::io::Error::other)?;
        put(&mut written, &icons.join(format!("{size}x{size}/apps")), &format!("{APP_ID}.png"), &bytes)?;
    }
    Ok(written)
}

/// `chairtime package-files DIR`.
pub fn package_files(dir: &Path) -> ExitCode {
    match write_package_files(dir) {
        Ok(files) => {
            super::note(format!("wrote {} files under {}", files.len(), dir.display()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("chairtime: cannot write the package files under {}: {e}", dir.display());
            ExitCode::from(1)
        }
    }
}
