//! The command line: `chairtime check [FILE]` and its options.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Parser, Subcommand};

use crate::report::Format;
use crate::schedule::json::SessionDoc;
use crate::schedule::load::{self, Overrides};
use crate::schedule::plan::Normalized;

mod check;
mod run;

pub use check::render_check;

/// chairtime — a timekeeper for conference session chairs.
///
/// Without a subcommand, opens the chair window (and the projector window) on FILE, or on the
/// bundled LPC 2019 BPF Microconference.
#[derive(Debug, Parser)]
#[command(name = "chairtime", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; without one, open the windows.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The schedule to open in the windows (chairtime TOML).
    pub file: Option<PathBuf>,
    /// Where to write the journal of this run (default: a new file in the data folder).
    #[arg(long, value_name = "PATH")]
    pub journal: Option<PathBuf>,
    /// Run the session on this day (default: the file's date; a date already past runs today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
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
}

/// Which session file, and what to supply or override in it.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The session file (chairtime TOML). Without it: the bundled LPC 2019 BPF Microconference.
    pub file: Option<PathBuf>,
    /// The session's IANA time zone, overriding or supplying the file's (e.g. Europe/Lisbon).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// The session's date, overriding or supplying the file's.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

/// Options of `chairtime simulate`.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// The session.
    #[command(flatten)]
    pub session: SessionArgs,
    /// The action script (docs/action-scripts.md): lines of `[H:]MM:SS command [argument]`.
    #[arg(long, value_name = "SCRIPT")]
    pub actions: PathBuf,
    /// Where to write the journal (must not exist). Default: a new file in the temp folder.
    #[arg(long, value_name = "OUT")]
    pub journal: Option<PathBuf>,
    /// The report to print.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Play the script in real time divided by this factor (1 = real time), printing each
    /// recorded action to stderr; without it the script runs instantly.
    #[arg(long, value_name = "FACTOR")]
    pub speed: Option<f64>,
}

/// Options of `chairtime report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The journal to read.
    pub journal: PathBuf,
    /// The export format.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
    /// For a session still running: report as of this instant (RFC 3339) instead of now.
    #[arg(long, value_name = "TIME", value_parser = parse_instant)]
    pub at: Option<DateTime<Utc>>,
}

/// Options of `chairtime status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The journal to read.
    pub journal: PathBuf,
    /// Show the state at this instant (RFC 3339) instead of now.
    #[arg(long, value_name = "TIME", value_parser = parse_instant)]
    pub at: Option<DateTime<Utc>>,
}

fn parse_instant(s: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| format!("expected an RFC 3339 time such as 2019-09-11T15:30:00+01:00, found {s:?}"))
}

/// Options of `chairtime check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The session.
    #[command(flatten)]
    pub session: SessionArgs,
    /// Print the normalized session as JSON (docs/session-json.md) instead of a table.
    #[arg(long)]
    pub json: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("expected a date such as 2019-09-11, found {s:?}"))
}

/// Runs the command line; returns the process exit code (0 ok, 1 bad input, 2 bad usage).
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => crate::ui::launch(crate::ui::Launch { file: cli.file, journal: cli.journal, date: cli.date }),
        Some(Command::Check(args)) => check(&args),
        Some(Command::Simulate(args)) => run::simulate(&args),
        Some(Command::Report(args)) => run::report(&args),
        Some(Command::Status(args)) => run::status(&args),
    }
}

impl SessionArgs {
    /// Loads the session (warnings go to stderr); on error prints it and returns the exit code.
    fn load(&self) -> Result<(String, Normalized), ExitCode> {
        let overrides = Overrides { time_zone: self.tz.clone(), date: self.date, ..Overrides::default() };
        let (name, loaded) = match &self.file {
            Some(path) => (path.display().to_string(), load::load_path(path, &overrides)),
            None => (load::BUNDLED_NAME.to_owned(), load::load_bundled(&overrides)),
        };
        match loaded {
            Ok(n) => {
                for w in &n.warnings {
                    eprintln!("{name}: warning: {w}");
                }
                Ok((name, n))
            }
            Err(e) => {
                eprintln!("{e}");
                Err(ExitCode::from(1))
            }
        }
    }
}

fn check(args: &CheckArgs) -> ExitCode {
    let (name, Normalized { session, .. }) = match args.session.load() {
        Ok(x) => x,
        Err(code) => return code,
    };
    let out = if args.json {
        match serde_json::to_string_pretty(&SessionDoc::new(&session)) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("{name}: cannot write JSON: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        render_check(&session)
    };
    print_out(&out)
}

/// Writes to stdout; a closed pipe (`chairtime check | head`) ends quietly with status 1.
fn print_out(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()).is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
