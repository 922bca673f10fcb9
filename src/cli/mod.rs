//! The command line: `chairtime check [FILE]` and its options.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Parser, Subcommand};

use crate::report::Format;
use crate::schedule::import::Selector;
use crate::schedule::json::SessionDoc;
use crate::schedule::load::{self, Overrides};
use crate::schedule::plan::Normalized;

mod check;
pub mod package;
pub mod run;

/// `chairtime --version`: the version and the commit it was built from (build.rs).
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (commit ", env!("CHAIRTIME_COMMIT"), ")");

pub use check::render_check;

/// chairtime — a timekeeper for conference session chairs.
///
/// Without a subcommand, opens the chair window (and the projector window) on FILE, or on the
/// bundled LPC 2019 BPF Microconference.
#[derive(Debug, Parser)]
#[command(name = "chairtime", version = VERSION, about)]
pub struct Cli {
    /// What to do; without one, open the windows.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Print only results and errors: no warnings, no "wrote FILE", no journal name.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// The schedule to open in the windows: chairtime TOML, frab/pentabarf XML, frab/pretalx JSON,
    /// Indico timetable JSON, iCalendar (.ics) or CSV, as a file or as the conference's
    /// http(s):// URL (kept in sync while the session runs). Without it: the bundled example
    /// session.
    pub file: Option<PathBuf>,
    /// Where to write the journal of this run (default: a new file in the data folder).
    #[arg(long, value_name = "PATH")]
    pub journal: Option<PathBuf>,
    /// Run the session on this day (default: the file's date; a date already past runs today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// The session's time zone, overriding or supplying the file's: a place's zone name such as
    /// Europe/Lisbon or America/Vancouver (any case), UTC, or a fixed offset such as UTC+2.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Which session of a whole-conference file.
    #[command(flatten)]
    pub select: SelectArgs,
    /// Share the timer on the network from the start: print the speaker link and the remote's
    /// link (docs/remote.md). Without it, nothing is shared until you press Share in the window.
    #[arg(long)]
    pub share: bool,
    /// The port to share on (default 8420, or a free one if that is taken).
    #[arg(long, value_name = "N")]
    pub port: Option<u16>,
    /// Run the room without a window: serve the speaker link and the remote (as --share), print
    /// the links and the remote's QR code, write the journal, stop cleanly on Ctrl+C or SIGTERM
    /// (docs/headless.md).
    #[arg(long)]
    pub headless: bool,
    /// Publish this room on the conference's MQTT bus: mqtt://HOST[:PORT]/PREFIX or
    /// mqtts://HOST[:PORT]/PREFIX (docs/conference.md). The room runs on if the broker is away.
    #[arg(long, value_name = "BUS")]
    pub publish: Option<crate::conference::bus::Bus>,
    /// How to log in to the broker.
    #[command(flatten)]
    pub login: BusLogin,
    /// With --headless: start a new journal even if an unfinished one of this session is there
    /// (without it, that one is resumed).
    #[arg(long, requires = "headless")]
    pub fresh: bool,
    /// With --headless: take a changed schedule file's plan at once (at a resume too), instead of
    /// offering it on the remote.
    #[arg(long, requires = "headless")]
    pub take_changes: bool,
    /// A rehearsal: Start moves the whole plan to begin when you press it (a 15:00 session
    /// rehearsed at 13:10 runs from 13:10), and the windows, the journal and every export say
    /// REHEARSAL.
    #[arg(long)]
    pub rehearse: bool,
    /// A schedule from a URL: the API token for its server.
    #[command(flatten)]
    pub url: UrlArgs,
    /// A schedule from a URL: how often to look for a new version while the session runs (default
    /// 3m; 0 never looks).
    #[arg(long, value_name = "LENGTH", value_parser = parse_len)]
    pub sync_every: Option<chrono::TimeDelta>,
    /// The language of what the speaker reads — the projector, the speaker link, the message
    /// presets: en, de, fr, es, ja, or ar (the speaker link only). Kept in the window's Settings.
    #[arg(long, value_name = "LANG")]
    pub speaker_language: Option<crate::l10n::Lang>,
}

/// A schedule fetched from a URL.
#[derive(Debug, Args, Default, Clone)]
pub struct UrlArgs {
    /// A file holding an API token for the schedule's server, for a schedule not public yet:
    /// pretalx's token, or Indico's personal token (indp_…); sent to that server only. Without it,
    /// the environment's CHAIRTIME_SCHEDULE_TOKEN, if set.
    #[arg(long, value_name = "FILE")]
    pub schedule_token: Option<PathBuf>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load a session file, validate it, and print the running order.
    Check(CheckArgs),
    /// Run a session against a simulated clock from an action script; write its journal and print
    /// the report.
    Simulate(SimulateArgs),
    /// Export the actual timings recorded in a journal.
    Report(ReportArgs),
    /// Show the state of a session recorded in a journal, at this moment.
    Status(StatusArgs),
    /// Write the chosen session of any schedule as a chairtime TOML file, to adjust by hand.
    Convert(ConvertArgs),
    /// Keep every room's journal off the laptops: write each one into DIR as it happens, byte for
    /// byte, from the conference's MQTT bus (docs/conference.md). Runs until Ctrl+C or SIGTERM.
    Collect(CollectArgs),
    /// Every room of the conference on one screen, for the organisers: a tile per room from the
    /// conference's MQTT bus, with the rooms of the schedule that publish nothing shown by their
    /// plan (docs/conference.md).
    Wall(WallArgs),
    /// Print the shell completion script: `chairtime completions bash > ~/.local/share/bash-completion/completions/chairtime`
    /// (the Debian package installs them for bash, zsh and fish).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the man pages, shell completions and icons a package installs into DIR
    /// (scripts/package.sh).
    #[command(hide = true)]
    PackageFiles {
        /// The folder to write into.
        dir: PathBuf,
    },
}

/// Options of `chairtime collect`.
#[derive(Debug, Args)]
pub struct CollectArgs {
    /// The conference bus: mqtt://HOST[:PORT]/PREFIX or mqtts://HOST[:PORT]/PREFIX.
    #[arg(value_name = "BUS")]
    pub bus: crate::conference::bus::Bus,
    /// The folder to write the journals into (made if missing).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// How to log in to the broker.
    #[command(flatten)]
    pub login: BusLogin,
    /// The collector's name on the broker, which keeps what arrives for it while it is away
    /// (default: chairtime-collect- and the folder's name). Two collectors need two names.
    #[arg(long, value_name = "NAME")]
    pub id: Option<String>,
}

/// Options of `chairtime wall`.
#[derive(Debug, Args)]
pub struct WallArgs {
    /// The conference bus: mqtt://HOST[:PORT]/PREFIX or mqtts://HOST[:PORT]/PREFIX.
    #[arg(value_name = "BUS")]
    pub bus: crate::conference::bus::Bus,
    /// The conference's schedule (any format chairtime reads, a file or its URL): its rooms show
    /// their plan until their chairtime publishes.
    #[arg(value_name = "SCHEDULE")]
    pub schedule: Option<PathBuf>,
    /// A schedule from a URL: the API token for its server.
    #[command(flatten)]
    pub url: UrlArgs,
    /// Rooms this many minutes late (or projected past their hard end) stand out.
    #[arg(long, value_name = "MINUTES", default_value_t = 10)]
    pub late: u32,
    /// The time zone the wall tells times in (default: the schedule's, else this computer's).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Time left to the second (MM:SS), repainting every second, instead of to the minute
    /// (repainting every ten seconds): for a computer with a graphics card.
    #[arg(long)]
    pub seconds: bool,
    /// Also serve the wall as a web page for the organisers' phones, and print its link (a token
    /// in it, as the speaker link's).
    #[arg(long)]
    pub share: bool,
    /// Run the conference's broker on this computer too, for a conference without one: an
    /// embedded MQTT 5 broker on every address, at the link's port (1883 if the link gives none),
    /// and print the link the rooms publish with. Give the link as mqtt://localhost/PREFIX.
    #[arg(long)]
    pub broker: bool,
    /// The port to share the wall on (default: a free one).
    #[arg(long, value_name = "N", requires = "share")]
    pub port: Option<u16>,
    /// How to log in to the broker.
    #[command(flatten)]
    pub login: BusLogin,
}

/// The login to the conference's broker (never on the command line itself).
#[derive(Debug, Args, Default, Clone)]
pub struct BusLogin {
    /// The broker's user name and password: a file holding user:password (without it, the
    /// environment's CHAIRTIME_MQTT_USER and CHAIRTIME_MQTT_PASSWORD, if set).
    #[arg(long, value_name = "FILE")]
    pub bus_credentials: Option<PathBuf>,
    /// A certificate authority (PEM) to trust for mqtts://, besides the system's.
    #[arg(long, value_name = "FILE")]
    pub bus_ca: Option<PathBuf>,
}

/// Which session file, and what to supply or override in it.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The schedule: chairtime TOML, frab/pentabarf XML, frab/pretalx JSON, Indico timetable JSON,
    /// iCalendar or CSV (any encoding: UTF-8, UTF-16, Windows-1252), as a file or an http(s)://
    /// URL (without a network, its last fetched copy); `-` reads standard input. Without it: the
    /// bundled LPC 2019 BPF Microconference.
    pub file: Option<PathBuf>,
    /// A schedule from a URL: the API token for its server.
    #[command(flatten)]
    pub url: UrlArgs,
    /// The session's time zone, overriding or supplying the file's: a place's zone name such as
    /// Europe/Lisbon or America/Vancouver (any case), UTC, or a fixed offset such as UTC+2.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// The session's date, overriding or supplying the file's.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Which session of a whole-conference file.
    #[command(flatten)]
    pub select: SelectArgs,
}

/// Choosing one session from a whole-conference file.
#[derive(Debug, Args, Default, Clone)]
pub struct SelectArgs {
    /// The day: a date (2021-02-06), a day number (1) or a weekday (sat).
    #[arg(long, value_name = "DAY")]
    pub day: Option<String>,
    /// The room: its name, or a unique prefix (case-insensitive).
    #[arg(long, value_name = "ROOM")]
    pub room: Option<String>,
    /// The track: its name, or a unique prefix (case-insensitive).
    #[arg(long, value_name = "TRACK")]
    pub track: Option<String>,
    /// Intro slides at the start of each imported talk (default 5m; 0 for one "Talk" phase).
    #[arg(long, value_name = "LENGTH", value_parser = parse_len)]
    pub intro: Option<chrono::TimeDelta>,
    /// Gaps between imported events at least this long become breaks (default 5m).
    #[arg(long, value_name = "LENGTH", value_parser = parse_len)]
    pub gap: Option<chrono::TimeDelta>,
}

fn parse_len(s: &str) -> Result<chrono::TimeDelta, String> {
    crate::schedule::duration::parse_length(s)
}

impl SelectArgs {
    /// Fills the import parts of `o`.
    pub fn apply(&self, o: &mut Overrides) {
        o.select = Selector { day: self.day.clone(), room: self.room.clone(), track: self.track.clone() };
        if self.intro.is_some() {
            o.default_intro = self.intro;
        }
        o.break_gap = self.gap;
        o.fallback_zone = crate::schedule::zone::machine_zone();
    }
}

/// Options of `chairtime simulate`.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// The session.
    #[command(flatten)]
    pub session: SessionArgs,
    /// The action script (docs/action-scripts.md): lines of `[H:]MM:SS command [argument]`;
    /// `-` reads standard input.
    #[arg(long, value_name = "SCRIPT")]
    pub actions: PathBuf,
    /// Where to write the journal (must not exist). Default: a new file in the temp folder, whose
    /// name is printed.
    #[arg(long, value_name = "OUT")]
    pub journal: Option<PathBuf>,
    /// The report to print.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Play the script in real time divided by this factor (1 = real time), printing each action
    /// as it is played; without it the script runs instantly.
    #[arg(long, value_name = "FACTOR")]
    pub speed: Option<f64>,
    /// Publish the simulated room on the conference's MQTT bus as it plays (docs/conference.md):
    /// a rehearsal of the wall and the collector, or a load test.
    #[arg(long, value_name = "BUS")]
    pub publish: Option<crate::conference::bus::Bus>,
    /// How to log in to the broker.
    #[command(flatten)]
    pub login: BusLogin,
}

/// Options of `chairtime report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The journal to read; `-` reads standard input. Several journals (rooms, days) make one
    /// conference report (`--format html`, `csv` or `md`).
    #[arg(required = true, value_name = "JOURNAL")]
    pub journals: Vec<PathBuf>,
    /// The export format.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write to this file instead of standard output (`-`: standard output). The file is
    /// replaced only as a whole, never left half-written.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
    /// Report the session as it was at this moment: a time of day in the session's zone (15:30,
    /// 15:30:20; the one during the session, so 00:10 in a session past midnight is the next
    /// day's), or a full time such as 2019-09-11T15:30:00+01:00. Only what was
    /// recorded by then counts; items running then show as running.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// Options of `chairtime status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The journal to read; `-` reads standard input.
    pub journal: PathBuf,
    /// Show the state at this moment instead of now: a time of day in the session's zone (15:30,
    /// 15:30:20; the one during the session, so 00:10 in a session past midnight is the next
    /// day's), or a full time such as 2019-09-11T15:30:00+01:00. Only what was
    /// recorded by then counts.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// `--at`: a full time with its offset, or a time of day in the session's zone, meaning that time
/// during the session ([`crate::schedule::Session::instant_during`]): 00:10 in a session from
/// 23:00 to 02:50 is the 00:10 inside it, on the next calendar day.
///
/// # Errors
/// What was expected, naming the option.
pub fn parse_at(text: &str, session: &crate::schedule::Session) -> Result<DateTime<Utc>, String> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text.trim()) {
        return Ok(t.with_timezone(&Utc));
    }
    let time = crate::schedule::duration::parse_time_of_day(text)
        .map_err(|_| crate::tr!("cli-at-expected-a-time", text = text))?;
    session.instant_during(time).ok_or_else(|| {
        crate::tr!(
            "cli-at-skipped-time",
            text = text,
            date = session.date.to_string(),
            zone = session.time_zone.name()
        )
    })
}

/// Whether a path means standard input or output.
fn is_dash(p: &std::path::Path) -> bool {
    p.as_os_str() == "-"
}

/// The bytes of an input file, `-` being standard input; errors are one line naming the file.
fn read_input(path: &std::path::Path, what: &str) -> Result<(String, Vec<u8>), String> {
    use std::io::Read;
    if is_dash(path) {
        let mut bytes = Vec::new();
        std::io::stdin().lock().read_to_end(&mut bytes).map_err(|e| {
            crate::tr!(
                "cli-cannot-read",
                name = crate::tr!("cli-standard-input"),
                what = what,
                why = e.to_string()
            )
        })?;
        return Ok((crate::tr!("cli-standard-input-name"), bytes));
    }
    if crate::fetch::url_of(path).is_some() {
        return load::read_path(path).map_err(|e| e.to_string());
    }
    let name = path.display().to_string();
    std::fs::read(path)
        .map(|b| (name.clone(), b))
        .map_err(|e| crate::tr!("cli-cannot-read", name = name, what = what, why = e.to_string()))
}

/// For a URL, fetches it into the cache, or falls back to the copy there, and says on standard
/// error which version is used (and, when the copy is used, why and how old it is). A file is left
/// alone (`Ok(None)`).
///
/// # Errors
/// Exit 1 (said) for an unreadable token file, or a URL that cannot be fetched and was never
/// fetched before.
pub fn fetch_first(
    path: Option<&std::path::Path>,
    url_args: &UrlArgs,
) -> Result<Option<crate::fetch::Primed>, ExitCode> {
    let Some(url) = path.and_then(crate::fetch::url_of) else { return Ok(None) };
    let token = crate::fetch::token(url_args.schedule_token.as_deref()).map_err(|e| {
        eprintln!("chairtime: {e}");
        ExitCode::from(1)
    })?;
    let client = crate::fetch::Client::new(token);
    let now = crate::timing::clock::Clock::now(&crate::timing::clock::SystemClock);
    match crate::fetch::prime(url, &client, now) {
        Ok(primed) => {
            if let Some(s) = &primed.stale {
                eprintln!("{url}: {s}");
            }
            if let Some(w) = &primed.warning {
                note(crate::tr!("cli-warning", name = url, warning = w));
            }
            if primed.stale.is_none() {
                note(format!("{url}: {}", crate::fetch::describe_version(&primed.meta.version)));
            }
            Ok(Some(primed))
        }
        Err(e) => {
            eprintln!("{e}");
            Err(ExitCode::from(1))
        }
    }
}

static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A note on stderr (a warning, "wrote FILE"), unless `--quiet`.
fn note(message: impl std::fmt::Display) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        eprintln!("{message}");
    }
}

/// Writes `text` to `output`: standard output for `None` or `-`, else the file, replaced whole.
/// `Ok(true)` when a file was written.
fn write_output(
    output: Option<&std::path::Path>,
    text: &str,
    force: bool,
    what: &str,
) -> Result<bool, ExitCode> {
    match output {
        Some(p) if !is_dash(p) => match crate::report::write_atomically(p, text.as_bytes(), force) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                eprintln!("{}", crate::tr!("cli-already-exists", file = p.display().to_string()));
                Err(ExitCode::from(1))
            }
            Err(e) => {
                eprintln!(
                    "{}",
                    crate::tr!(
                        "cli-cannot-write",
                        file = p.display().to_string(),
                        what = what,
                        why = e.to_string()
                    )
                );
                Err(ExitCode::from(1))
            }
        },
        _ if write_stdout(text) => Ok(false),
        _ => Err(ExitCode::from(1)),
    }
}

/// Options of `chairtime check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The session.
    #[command(flatten)]
    pub session: SessionArgs,
    /// How to print the session: `table` (the running order, for the terminal), `html` (the
    /// running order for paper: large type, a box per item for notes), `json` (the normalized
    /// session, docs/session-json.md).
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    pub format: CheckFormat,
    /// The same as `--format json`.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// Write to this file instead of standard output (`-`: standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
    /// List the sessions a whole-conference file holds (day, room, tracks, events, times).
    #[arg(long)]
    pub list: bool,
}

/// What `chairtime check` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// The running order as a table, with what to look at under it.
    Table,
    /// The running order as a page to print.
    Html,
    /// The normalized session.
    Json,
}

/// Options of `chairtime convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The session.
    #[command(flatten)]
    pub session: SessionArgs,
    /// Where to write the chairtime TOML session (`-`, or without it: standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| crate::tr!("cli-expected-a-date", found = s))
}

/// Runs the command line; returns the process exit code (0 ok, 1 bad input, 2 bad usage).
pub fn main() -> ExitCode {
    crate::l10n::set_chair(crate::l10n::Lang::desktop());
    // Before clap reads `chek` as a schedule file to open: the first word that is not an option.
    let first = std::env::args_os().skip(1).find(|a| !a.to_string_lossy().starts_with('-'));
    if let Some(first) = first
        && let Some(word) = mistyped_subcommand(std::path::Path::new(&first))
    {
        eprintln!(
            "chairtime: {}",
            crate::tr!("cli-did-you-mean", first = first.to_string_lossy(), word = word)
        );
        return ExitCode::from(2);
    }
    let cli = Cli::parse();
    QUIET.store(cli.quiet, std::sync::atomic::Ordering::Relaxed);
    match cli.command {
        None => {
            let mut overrides = Overrides { time_zone: cli.tz.clone(), ..Overrides::default() };
            cli.select.apply(&mut overrides);
            if cli.port.is_some() && !cli.share && !cli.headless {
                eprintln!("chairtime: {}", crate::tr!("cli-port-needs-share"));
                return ExitCode::from(2);
            }
            let publish = match bus_connection(cli.publish.clone(), &cli.login) {
                Ok(p) => p,
                Err(code) => return code,
            };
            let (sync, fetched) = match url_sync(&cli) {
                Ok(x) => x,
                Err(code) => return code,
            };
            if cli.headless {
                return crate::headless::run(&crate::headless::Options {
                    file: cli.file,
                    journal: cli.journal,
                    date: cli.date,
                    overrides,
                    port: cli.port,
                    rehearse: cli.rehearse,
                    fresh: cli.fresh,
                    take_changes: cli.take_changes,
                    publish,
                    sync,
                    fetched,
                    speaker_language: cli.speaker_language,
                });
            }
            crate::ui::launch(crate::ui::Launch {
                file: cli.file,
                journal: cli.journal,
                date: cli.date,
                overrides,
                share: cli.share,
                port: cli.port,
                rehearse: cli.rehearse,
                publish,
                sync,
                fetched,
                speaker_language: cli.speaker_language,
            })
        }
        Some(Command::Check(args)) => check(&args),
        Some(Command::Simulate(args)) => run::simulate(&args),
        Some(Command::Report(args)) => run::report(&args),
        Some(Command::Status(args)) => run::status(&args),
        Some(Command::Convert(args)) => convert(&args),
        Some(Command::Collect(args)) => run::collect(&args),
        Some(Command::Wall(args)) => run::wall(&args),
        Some(Command::Completions { shell }) => package::completions(shell),
        Some(Command::PackageFiles { dir }) => package::package_files(&dir),
    }
}

/// For a window or headless room on a URL: fetched into the cache first (or its last copy used, the
/// reason returned to be said in the room), and how to keep it in sync.
fn url_sync(cli: &Cli) -> Result<(crate::fetch::sync::Settings, Option<String>), ExitCode> {
    let every = match cli.sync_every {
        Some(d) if d <= chrono::TimeDelta::zero() => None,
        Some(d) => {
            Some(d.to_std().unwrap_or(crate::fetch::sync::EVERY).max(std::time::Duration::from_secs(1)))
        }
        None => Some(crate::fetch::sync::EVERY),
    };
    let primed = fetch_first(cli.file.as_deref(), &cli.url)?;
    let authorization = crate::fetch::token(cli.url.schedule_token.as_deref()).map_err(|e| {
        eprintln!("chairtime: {e}");
        ExitCode::from(1)
    })?;
    let stale = primed.and_then(|p| p.stale).map(|s| crate::tr!("schedule-could-not-be-fetched", why = s));
    Ok((crate::fetch::sync::Settings { every, authorization }, stale))
}

/// The bus to publish on, with its credentials and CA file; exit 2 for credentials or a CA
/// without a bus, 1 for a file that cannot be read.
fn bus_connection(
    bus: Option<crate::conference::bus::Bus>,
    login: &BusLogin,
) -> Result<Option<crate::conference::bus::Connection>, ExitCode> {
    let (credentials, ca) = (login.bus_credentials.as_deref(), login.bus_ca.as_deref());
    let Some(bus) = bus else {
        if credentials.is_some() || ca.is_some() {
            eprintln!("chairtime: {}", crate::tr!("cli-bus-options-need-publish"));
            return Err(ExitCode::from(2));
        }
        return Ok(None);
    };
    connection_for(&bus, login).map(Some)
}

/// The connection to `bus` with `login`; exit 1 (said) for a file that cannot be read.
fn connection_for(
    bus: &crate::conference::bus::Bus,
    login: &BusLogin,
) -> Result<crate::conference::bus::Connection, ExitCode> {
    crate::conference::bus::Connection::new(
        bus.clone(),
        login.bus_credentials.as_deref(),
        login.bus_ca.as_deref(),
    )
    .map_err(|e| {
        eprintln!("chairtime: {e}");
        ExitCode::from(1)
    })
}

/// The subcommand a missing "file" without extension or folder was meant to be (`chek` → `check`).
fn mistyped_subcommand(path: &std::path::Path) -> Option<&'static str> {
    let word = path.to_str()?;
    if path.exists() || word.contains(['.', '/', '\\']) {
        return None;
    }
    const COMMANDS: [&str; 7] = ["check", "simulate", "report", "status", "convert", "completions", "help"];
    if COMMANDS.contains(&word) {
        return None;
    }
    COMMANDS
        .into_iter()
        .map(|c| (crate::schedule::edit_distance(&word.to_ascii_lowercase(), c), c))
        .filter(|(d, c)| *d <= 2 && *d < c.len() / 2 + 1)
        .min()
        .map(|(_, c)| c)
}

impl SessionArgs {
    /// Loads the session (warnings go to stderr); on error prints it and returns the exit code.
    fn load(&self) -> Result<(String, Normalized), ExitCode> {
        self.load_with(true)
    }

    /// As [`Self::load`], printing the warnings to stderr only when `warn` (the caller shows them
    /// otherwise).
    fn load_with(&self, warn: bool) -> Result<(String, Normalized), ExitCode> {
        self.load_primed(warn, false).map(|(name, n, _)| (name, n))
    }

    /// As [`Self::load_with`], with what was fetched for a URL; `changes`: say what changed
    /// since the copy fetched before (`check`), before the session is chosen.
    fn load_primed(
        &self,
        warn: bool,
        changes: bool,
    ) -> Result<(String, Normalized, Option<crate::fetch::Primed>), ExitCode> {
        let primed = fetch_first(self.file.as_deref(), &self.url)?;
        if let (Some(p), Some(path), true) = (&primed, &self.file, changes) {
            say_changes(&path.display().to_string(), p, self.select.room.as_deref());
        }
        let mut overrides = Overrides { time_zone: self.tz.clone(), date: self.date, ..Overrides::default() };
        self.select.apply(&mut overrides);
        let (name, loaded) = match &self.file {
            Some(path) if is_dash(path) => match read_input(path, "schedule") {
                Ok((name, bytes)) => {
                    let loaded = load::load_bytes(&name, &bytes, &overrides);
                    (name, loaded)
                }
                Err(e) => {
                    eprintln!("{e}");
                    return Err(ExitCode::from(1));
                }
            },
            Some(path) => (path.display().to_string(), load::load_path(path, &overrides)),
            None => (load::BUNDLED_NAME.to_owned(), load::load_bundled(&overrides)),
        };
        match loaded {
            Ok(n) => {
                for w in n.warnings.iter().filter(|_| warn) {
                    note(crate::tr!("cli-warning", name = name, warning = w));
                }
                Ok((name, n, primed))
            }
            Err(e) => {
                eprintln!("{e}");
                Err(ExitCode::from(1))
            }
        }
    }
}

fn check(args: &CheckArgs) -> ExitCode {
    if args.list {
        return list(&args.session);
    }
    // The table shows the warnings under it; the JSON leaves them to stderr.
    let json = args.json || args.format == CheckFormat::Json;
    let (name, Normalized { session, warnings }, _) = match args.session.load_primed(json, true) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let out = if json {
        match serde_json::to_string_pretty(&SessionDoc::new(&session)) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("{}", crate::tr!("cli-cannot-write-json", name = name, why = e.to_string()));
                return ExitCode::from(1);
            }
        }
    } else if args.format == CheckFormat::Html {
        check::render_check_html(&session, &warnings)
    } else {
        render_check(&session, &warnings)
    };
    write_and_say(args.output.as_deref(), &out, args.force, "running-order")
}

/// What a fetched URL changed since the copy fetched before it (`check URL`), on standard error.
fn say_changes(name: &str, primed: &crate::fetch::Primed, room: Option<&str>) {
    use crate::fetch::describe_version;
    let Some((old, old_bytes)) = &primed.previous else {
        if primed.stale.is_none() && primed.had_copy {
            note(crate::tr!("cli-same-as-fetched-before", name = name));
        }
        return;
    };
    let version = describe_version(&old.version);
    let fetched = old.fetched_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string();
    match crate::fetch::diff::changes(name, old_bytes, &primed.bytes, room) {
        Ok(changes) if changes.is_empty() => note(match room {
            Some(r) => {
                crate::tr!("cli-no-changes-for", name = name, room = r, version = version, fetched = fetched)
            }
            None => crate::tr!("cli-no-changes", name = name, version = version, fetched = fetched),
        }),
        Ok(changes) => {
            let count = changes.len();
            note(crate::tr!(
                "cli-changes-since",
                name = name,
                count = count,
                version = version,
                fetched = fetched
            ));
            for c in changes.iter().take(40) {
                note(format!("  {c}"));
            }
            if count > 40 {
                note(format!("  {}", crate::tr!("and-n-more", count = count - 40)));
            }
        }
        Err(e) => note(crate::tr!("cli-cannot-compare", name = name, why = e)),
    }
}

/// [`write_output`], then "wrote FILE" when a file was written (unless `-q`).
fn write_and_say(output: Option<&std::path::Path>, text: &str, force: bool, what: &str) -> ExitCode {
    match write_output(output, text, force, what) {
        Ok(true) => {
            note(crate::tr!("cli-wrote", file = output.map(|p| p.display().to_string()).unwrap_or_default()));
            ExitCode::SUCCESS
        }
        Ok(false) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

fn list(args: &SessionArgs) -> ExitCode {
    let Some(path) = &args.file else {
        eprintln!("{}", crate::tr!("cli-list-needs-a-file"));
        return ExitCode::from(2);
    };
    match fetch_first(Some(path), &args.url) {
        Ok(Some(primed)) => say_changes(&path.display().to_string(), &primed, args.select.room.as_deref()),
        Ok(None) => {}
        Err(code) => return code,
    }
    let mut overrides = Overrides { time_zone: args.tz.clone(), date: args.date, ..Overrides::default() };
    args.select.apply(&mut overrides);
    let (name, bytes) = match read_input(path, "file") {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    match load::inspect(&name, &bytes, &overrides) {
        Ok(Some(imported)) => {
            for w in &imported.warnings {
                note(crate::tr!("cli-warning", name = name, warning = w));
            }
            print_out(&crate::schedule::import::list(&imported))
        }
        Ok(None) => {
            eprintln!("{}", crate::tr!("cli-one-session-file", name = name));
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn convert(args: &ConvertArgs) -> ExitCode {
    let (name, Normalized { session, .. }) = match args.session.load() {
        Ok(x) => x,
        Err(code) => return code,
    };
    let text = crate::schedule::native::write(&session, Some(&name));
    match write_output(args.output.as_deref(), &text, args.force, "session") {
        Ok(true) => {
            note(crate::tr!(
                "cli-wrote-session",
                file = args.output.as_deref().map(|p| p.display().to_string()).unwrap_or_default(),
                slots = session.slot_count(),
                breaks = session.break_count()
            ));
            ExitCode::SUCCESS
        }
        Ok(false) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// Writes to stdout; a closed pipe (`chairtime check | head`) ends quietly with status 1.
fn print_out(out: &str) -> ExitCode {
    if write_stdout(out) { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

fn write_stdout(out: &str) -> bool {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()).is_ok()
}
