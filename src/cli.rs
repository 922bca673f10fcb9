//! The command line: `chairtime check [FILE]` and its options.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::schedule::duration::format_length;
use crate::schedule::json::SessionDoc;
use crate::schedule::load::{self, Overrides};
use crate::schedule::plan::Normalized;
use crate::schedule::{Item, PhaseKind, Session};

/// chairtime — a timekeeper for conference session chairs.
#[derive(Debug, Parser)]
#[command(name = "chairtime", version, about, arg_required_else_help = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load a session file, validate it, and print the running order.
    Check(CheckArgs),
}

/// Options of `chairtime check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The session file (chairtime TOML). Without it: the bundled LPC 2019 BPF Microconference.
    pub file: Option<PathBuf>,
    /// Print the normalized session as JSON (docs/session-json.md) instead of a table.
    #[arg(long)]
    pub json: bool,
    /// The session's IANA time zone, overriding or supplying the file's (e.g. Europe/Lisbon).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// The session's date, overriding or supplying the file's.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("expected a date such as 2019-09-11, found {s:?}"))
}

/// Runs the command line; returns the process exit code (0 ok, 1 bad input, 2 bad usage).
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check(&args),
    }
}

fn check(args: &CheckArgs) -> ExitCode {
    let overrides = Overrides { time_zone: args.tz.clone(), date: args.date };
    let (name, loaded) = match &args.file {
        Some(path) => (path.display().to_string(), load::load_path(path, &overrides)),
        None => (load::BUNDLED_NAME.to_owned(), load::load_bundled(&overrides)),
    };
    let Normalized { session, warnings } = match loaded {
        Ok(n) => n,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    for w in &warnings {
        eprintln!("{name}: warning: {w}");
    }
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
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()).is_err() {
        // A closed pipe (`chairtime check | head`) is not the session's fault; say nothing more.
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// The human-readable running order printed by `chairtime check`; every time in the session's zone.
pub fn render_check(s: &Session) -> String {
    let mut out = String::new();
    let mut line = |l: String| {
        out.push_str(&l);
        out.push('\n');
    };
    line(s.title.clone());
    if let Some(c) = &s.conference {
        line(format!("  {c}"));
    }
    let place = [s.room.as_deref(), s.venue.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    if !place.is_empty() {
        line(format!("  Room       {place}"));
    }
    line(format!("  Date       {}", s.date.format("%A %-d %B %Y")));
    let start_local = s.local(s.start);
    line(format!(
        "  Time zone  {} ({}, UTC{})",
        s.time_zone.name(),
        start_local.format("%Z"),
        start_local.format("%:z")
    ));
    let hard = match s.hard_end {
        Some(h) => format!("hard end {} (slack {})", s.hhmm(h), format_length(h - s.planned_end)),
        None => "no hard end".to_owned(),
    };
    line(format!(
        "  Planned    {} → {} ({}), {hard}",
        s.hhmm(s.start),
        s.hhmm(s.planned_end),
        format_length(s.planned_length())
    ));
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    line(format!("  Items      {}, {}", plural(s.slot_count(), "slot"), plural(s.break_count(), "break")));
    if !s.chairs.is_empty() {
        line(format!("  Chairs     {}", s.chairs.join(", ")));
    }
    line(String::new());
    let rows: Vec<[String; 5]> = s
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            [
                (i + 1).to_string(),
                s.hhmm(item.start),
                format_length(item.length()),
                phases_summary(item),
                title_and_speakers(item),
            ]
        })
        .collect();
    let header = ["#", "start", "length", "phases", "title — speakers"].map(str::to_owned);
    let widths: Vec<usize> = (0..4)
        .map(|c| rows.iter().chain(std::iter::once(&header)).map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for r in std::iter::once(&header).chain(rows.iter()) {
        line(format!(
            "  {:>w0$}  {:<w1$}  {:>w2$}  {:<w3$}  {}",
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3]
        ));
    }
    out
}

fn phases_summary(item: &Item) -> String {
    if item.is_break() && item.phases.len() == 1 && item.phases[0].kind == PhaseKind::Break {
        return "break".to_owned();
    }
    item.phases
        .iter()
        .map(|p| format!("{} {}", p.name.to_lowercase(), format_length(p.length)))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn title_and_speakers(item: &Item) -> String {
    if item.speakers.is_empty() {
        item.title.clone()
    } else {
        format!("{} — {}", item.title, item.speakers.join(", "))
    }
}
