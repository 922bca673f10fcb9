//! The windows: a thin layer that draws the engine's view and sends it commands. It holds no
//! timing logic; everything it shows comes from `timing::view`.

pub mod app;
pub mod chair;
pub mod commands;
pub mod dialogs;
pub mod fonts;
pub mod icon;
pub mod instance;
pub mod keys;
pub mod launches;
pub mod monitors;
pub mod open_url;
pub mod projector;
pub mod projector_window;
pub mod remote;
pub mod screens;
pub mod settings;
pub mod soft;
pub mod theme;
pub mod timeline;
pub mod wall;
pub mod window;

use crate::tr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, OnceLock};

use app::ChairApp;
use settings::Settings;

use crate::audio::open_player;
use crate::schedule::load::{self, Overrides};
use crate::timing::clock::SystemClock;

/// How the app was asked to start.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// The schedule; `None` for the bundled BPF Microconference.
    pub file: Option<PathBuf>,
    /// `--journal PATH`.
    pub journal: Option<PathBuf>,
    /// `--date`: run the session on this day instead of the file's.
    pub date: Option<chrono::NaiveDate>,
    /// `--tz`, `--day`, `--room`, `--track`, `--intro`, `--gap`.
    pub overrides: Overrides,
    /// `--share`: share the timer from the start, and print the links.
    pub share: bool,
    /// `--port`: the port to share on.
    pub port: Option<u16>,
    /// `--rehearse`: a trial run; Start moves the plan to begin then.
    pub rehearse: bool,
    /// `--publish`: the conference bus to publish the room on.
    pub publish: Option<crate::conference::bus::Connection>,
    /// A schedule from a URL: how to keep it in sync.
    pub sync: crate::fetch::sync::Settings,
    /// Said when a URL could not be fetched and its last copy is used.
    pub fetched: Option<String>,
    /// `--speaker-language`: kept in Settings from now on.
    pub speaker_language: Option<crate::l10n::Lang>,
}

impl Launch {
    /// Whether anything beyond the file was asked for (what a running window cannot take over).
    fn has_options(&self) -> bool {
        self.journal.is_some()
            || self.date.is_some()
            || self.share
            || self.port.is_some()
            || self.rehearse
            || self.publish.is_some()
            // The machine's zone is filled in for every launch: not an option given.
            || Overrides { fallback_zone: None, ..self.overrides.clone() } != Overrides::default()
    }
}

pub use crate::room::{OFF_DAY_NOTICE, data_dir, rehearsal_date};

/// Opens the chair window (and the projector) on a schedule.
pub fn launch(launch: Launch) -> ExitCode {
    let started = std::time::Instant::now();
    // One window per user: a second launch hands its file to the first (docs/packaging.md).
    let request = instance::Request {
        open: launch.file.as_ref().map(|p| {
            if crate::fetch::url_of(p).is_some() {
                return p.clone();
            }
            std::path::absolute(p).unwrap_or_else(|_| p.clone())
        }),
    };
    let mut no_answer = None;
    let mut instance = match instance::claim(&instance::dir(), &request) {
        Ok(instance::Claim::First(i)) => Some(i),
        Ok(instance::Claim::Handed(message)) => {
            eprintln!("{message}");
            if launch.has_options() {
                eprintln!("{}", tr!("the-other-settings-given-with"));
            }
            return ExitCode::SUCCESS;
        }
        Ok(instance::Claim::NoAnswer(message)) => {
            // Said in the window too: opened from a file manager, there is no terminal.
            eprintln!("chairtime: {message}");
            no_answer = Some(message);
            None
        }
        Err(e) => {
            eprintln!("chairtime: {}", tr!("cannot-check-for-another-window", why = e.to_string()));
            None
        }
    };
    // Requests may come before the window exists: they wait in the channel for its first pass.
    let window: Arc<OnceLock<egui::Context>> = Arc::default();
    let launches = instance.as_mut().and_then(|i| {
        let window = Arc::clone(&window);
        i.serve(move || {
            if let Some(ctx) = window.get() {
                ctx.request_repaint();
            }
        })
    });
    let (pick_from, failed) = match first_look(&launch) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let options = native_options();
    let make = move |cc: &eframe::CreationContext<'_>| {
        let _ = window.set(cc.egui_ctx.clone());
        let first = First { pick_from, failed, no_answer, launches, started };
        make_app(cc, &launch, first)
    };
    // Both windows drawn by the processor (docs/PERFORMANCE.md); `CHAIRTIME_RENDERER=gl` opens
    // eframe's OpenGL windows instead.
    let result = if std::env::var("CHAIRTIME_RENDERER").is_ok_and(|v| v == "gl") {
        eframe::run_native("chairtime", options, Box::new(move |cc| Ok(Box::new(make(cc)?))))
            .map_err(|e| e.to_string())
    } else {
        soft::run(options.viewport, options.persistence_path, make)
    };
    // Held until the windows are closed.
    drop(instance);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chairtime: {}", tr!("cannot-open-a-window", why = e));
            ExitCode::from(1)
        }
    }
}

/// A file that did not open, and why.
type Failure = (PathBuf, String);

/// Looks at the file before opening any window, so a bad file is a one-line error like `check`:
/// a whole-conference file without a choice opens with the picker (`pick_from`); a file that does
/// not open is said on the terminal and the window offers another (`failed`).
fn first_look(launch: &Launch) -> Result<(Option<PathBuf>, Option<Failure>), ExitCode> {
    // Validate before opening any window, so a bad file is a one-line error like `check`. A
    // whole-conference file without a choice opens with the picker instead.
    let mut pick_from = None;
    let mut failed = None;
    if let Err(e) = crate::room::startup::load(launch.file.as_deref(), &launch.overrides) {
        let inspected = launch.file.as_ref().and_then(|p| {
            let (name, bytes) = load::read_path(p).ok()?;
            load::inspect(&name, &bytes, &launch.overrides).ok().flatten()
        });
        match (inspected, &launch.file) {
            (Some(i), Some(p)) if i.candidates().len() > 1 => pick_from = Some(p.clone()),
            (_, Some(p)) => {
                // Said on the terminal too; the window opens anyway (opened from a file manager,
                // the chair sees nothing else) and offers another file or the bundled session.
                eprintln!("{e}");
                failed = Some((p.clone(), e));
            }
            (_, None) => {
                eprintln!("{e}");
                return Err(ExitCode::from(1));
            }
        }
    }
    Ok((pick_from, failed))
}

/// The chair window's options: its size, no vertical sync, no dithering, settings in the data
/// folder.
fn native_options() -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_icon(icon::icon_data())
            .with_title("chairtime")
            .with_app_id(crate::cli::package::APP_ID)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        // We draw once a second; waiting for vertical sync buys nothing and can busy-wait in
        // some software GL stacks.
        glow_options: eframe::egui_glow::GlowConfiguration { vsync: false, ..Default::default() },
        // Dithering runs a noise function for every pixel of every frame: measurable on software
        // GL, invisible on flat colours and text.
        dithering: false,
        // Settings stay in the data folder named "chairtime" beside the journals; without this,
        // eframe would name the folder after the application id.
        persistence_path: data_dir().map(|d| d.join("app.ron")),
        // chairtime installs its own system-font fallback (ui/fonts.rs), only when needed.
        system_font_fallback: false,
        ..Default::default()
    }
}

/// What the launch found before the window opened.
struct First {
    pick_from: Option<PathBuf>,
    failed: Option<Failure>,
    no_answer: Option<String>,
    launches: Option<std::sync::mpsc::Receiver<instance::Incoming>>,
    started: std::time::Instant,
}

/// The app in the new window: the settings read back, the room opened as the launch asked (or
/// waiting for the chair's choice), the stop signals watched, sharing started with `--share`.
fn make_app(cc: &eframe::CreationContext<'_>, launch: &Launch, first: First) -> Result<ChairApp, String> {
    let First { pick_from, failed, no_answer, launches, started } = first;
    // SIGTERM, SIGINT, SIGHUP: close like the window's close button (the journal closed,
    // its .owner note removed), not die mid-write.
    let ctx = cc.egui_ctx.clone();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stopped = Arc::clone(&stop);
    if let Err(e) = crate::signals::on_stop(move || {
        stopped.store(true, std::sync::atomic::Ordering::Relaxed);
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        ctx.request_repaint();
    }) {
        eprintln!("chairtime: {}", tr!("headless-cannot-watch-stop", why = e.to_string()));
    }
    let stored = cc.storage.and_then(|s| s.get_string(settings::KEY));
    let (mut settings, notice) = match Settings::from_stored(stored.as_deref()) {
        Ok(s) => (s, None),
        Err(n) => (Settings::default(), Some(n)),
    };
    if let Some(lang) = launch.speaker_language {
        settings.speaker_language = lang;
    }
    cc.egui_ctx.set_theme(if settings.light { egui::Theme::Light } else { egui::Theme::Dark });
    set_up_text(&cc.egui_ctx);
    // With a picker or an error to show, the bundled session is shown behind it, and
    // nothing is recorded until the chair chooses.
    let file = if pick_from.is_some() || failed.is_some() { None } else { launch.file.clone() };
    let opening = crate::room::startup::opening(
        file.as_deref(),
        &settings.overrides_for(&launch.overrides),
        launch.date,
        launch.journal.clone(),
        ChairApp::default_journal_dir(),
        crate::timing::clock::Clock::now(&SystemClock),
    )?;
    let crate::room::startup::Opening { startup, warnings, off_day: rehearsal } = opening;
    let mut app = ChairApp::waiting(startup, settings, Box::new(SystemClock), open_player());
    app.room_mut().rehearse = launch.rehearse;
    app.room_mut().sync_with(launch.sync.clone());
    // --publish, else the bus the chair set in Settings.
    match launch.publish.clone().map_or_else(|| app.settings.bus_connection(), |b| Ok(Some(b))) {
        Ok(Some(bus)) => app.room_mut().publish_to(bus),
        Ok(None) => {}
        Err(e) => {
            app.room_mut().notice(tr!("not-publishing-on-the-bus-set", why = e), true);
        }
    }
    app.room_mut().set_share_port(launch.port);
    app.keep_links_in(crate::share::LinkStore::from_env());
    match (&pick_from, &failed) {
        (Some(p), _) => app.open_file(p),
        (None, Some((p, e))) => app.room_mut().cannot_open(p, e.clone()),
        (None, None) => app.room_mut().begin_waiting(),
    }
    if let Some(launches) = launches {
        app.listen_for_launches(launches);
    }
    app.stop_signal = Some(stop);
    if launch.share {
        app.share_from_the_command_line(&cc.egui_ctx);
    }
    app.report_first_frame = std::env::var_os("CHAIRTIME_REPORT_FIRST_FRAME").is_some().then_some(started);
    for w in warnings {
        app.notice(w, false);
    }
    if let Some(n) = &launch.fetched {
        app.room_mut().sticky(n.clone());
    }
    if let Some(n) = notice {
        app.notice(n, true);
    }
    if let Some(n) = no_answer {
        app.notice(n, true);
    }
    if let Some(n) = rehearsal.filter(|_| !app.recorder().engine().rehearsal()) {
        if app.room().is_waiting() {
            app.room_mut().notice_if_example_runs(n);
        } else {
            app.room_mut().off_day(n);
        }
    }
    Ok(app)
}

/// With `CHAIRTIME_TRACE_FRAMES` set, each window's pass says so on standard error: the window,
/// the Unix second, and how many milliseconds after its displayed figure last changed (the
/// running `countdown`'s whole second, or the wall clock's). How the measurement scripts count
/// frames per window and how late each lands (docs/PERFORMANCE.md).
/// `countdown` is only asked for when tracing is on (it costs a view of the engine).
pub fn trace_frame(
    window: &str,
    now: chrono::DateTime<chrono::Utc>,
    countdown: impl FnOnce() -> Option<chrono::TimeDelta>,
) {
    if tracing_frames() {
        let late = countdown().map_or(i64::from(now.timestamp_subsec_millis()), |c| {
            (1000 - c.num_milliseconds().rem_euclid(1000)) % 1000
        });
        eprintln!("frame {window} {} late {late} ms", now.timestamp()); // l10n-exempt: a trace for scripts
    }
}

/// Whether `CHAIRTIME_TRACE_FRAMES` asks for a line per frame (for the measuring scripts).
pub fn tracing_frames() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("CHAIRTIME_TRACE_FRAMES").is_some())
}

/// How the windows render text. Sub-pixel binning off: each glyph is rasterised once per size,
/// not at up to four horizontal offsets, which keeps the font atlas to a quarter (invisible at a
/// projector's sizes; docs/PERFORMANCE.md).
pub fn set_up_text(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| style.visuals.text_options.subpixel_binning = false);
    fonts::add_heavy(ctx);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_alone_has_no_options_to_lose_in_a_hand_over_but_a_room_does() {
        // As the command line fills it for `chairtime FILE`: the machine's zone as a fallback.
        let plain = Launch {
            file: Some(PathBuf::from("schedule.xml")),
            overrides: Overrides { fallback_zone: Some("Europe/Lisbon".into()), ..Overrides::default() },
            ..Launch::default()
        };
        assert!(!plain.has_options());
        let mut room = plain.clone();
        room.overrides.select.room = Some("D.collab".into());
        assert!(room.has_options());
        assert!(Launch { share: true, ..plain }.has_options());
    }
}
