//! `chairtime simulate`, `report` and `status`: the engine and the journal from the command line.

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::{ReportArgs, SimulateArgs, StatusArgs, note, parse_at, print_out, read_input, write_and_say};
use crate::report::{Report, pace_with_seconds};
use crate::room::{Room, Startup};
use crate::schedule::Session;
use crate::schedule::duration::{format_clock, format_length};
use crate::schedule::plan::Normalized;
use crate::script;
use crate::timing::clock::{Clock, FakeClock, SystemClock};
use crate::timing::engine::Engine;
use crate::timing::journal;
use crate::timing::speaker::Speaker;
use crate::timing::view::{Urgency, View};

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(1)
}

pub(super) fn simulate(args: &SimulateArgs) -> ExitCode {
    let (name, Normalized { session, .. }) = match args.session.load() {
        Ok(x) => x,
        Err(code) => return code,
    };
    let (script_name, text) = match read_input(&args.actions, "action-script") {
        Ok((name, bytes)) => match String::from_utf8(bytes) {
            Ok(t) => (name, t),
            Err(_) => return fail(crate::tr!("cli-script-not-utf8", name = name)),
        },
        Err(e) => return fail(e),
    };
    let steps = match script::parse(&text) {
        Ok(s) => s,
        Err(e) => return fail(format!("{script_name}:{}:{}: {}", e.line, e.column, e.message)),
    };
    if let Some(speed) = args.speed
        && !(speed.is_finite() && speed > 0.0)
    {
        return fail(crate::tr!("cli-speed-positive", speed = speed.to_string()));
    }
    let clock = std::rc::Rc::new(FakeClock::new(session.start));
    let path = args.journal.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!(
            "chairtime-simulate-{}-{}",
            std::process::id(),
            journal::file_name(&session, SystemClock.now())
        ))
    });
    if path.exists() {
        return fail(crate::tr!("cli-journal-exists", file = path.display().to_string()));
    }
    // The same room the window and a headless room run: the script is its chair.
    let startup = Startup {
        session: session.clone(),
        source: name,
        journal_dir: path.parent().map(Path::to_owned).unwrap_or_default(),
        journal: Some(path.clone()),
        schedule: None,
    };
    let mut room = Room::new(startup, Box::new(std::rc::Rc::clone(&clock)));
    match super::bus_connection(args.publish.clone(), &args.login) {
        Ok(Some(bus)) => room.publish_to(bus),
        Ok(None) => {}
        Err(code) => return code,
    }
    if !room.recorder().is_recording() {
        let why = room.notices().iter().map(|n| n.text.clone()).collect::<Vec<_>>().join(" ");
        return fail(crate::tr!("cli-cannot-create-journal", file = path.display().to_string(), why = why));
    }
    // A failed run leaves no journal behind: it would be a session that never happened.
    let abandon = |room: Room, message: String| {
        drop(room);
        let _ = std::fs::remove_file(&path);
        fail(message)
    };
    if args.journal.is_none() {
        note(crate::tr!("cli-journal-at", file = path.display().to_string()));
    }
    let mut previous = chrono::TimeDelta::zero();
    let publishing = room.publishing();
    for step in &steps {
        if let Some(speed) = args.speed {
            let from = session.start + previous;
            let wait = (step.at - previous).to_std().unwrap_or_default();
            let real = Duration::try_from_secs_f64(wait.as_secs_f64() / speed).unwrap_or_default();
            if publishing {
                // The room's clock moves on between the actions, and the bus sees it.
                play_between(&mut room, &clock, from, real, speed);
            } else {
                std::thread::sleep(real);
            }
        }
        previous = step.at;
        clock.set(session.start + step.at);
        let now = clock.now();
        let command = match step.action.resolve(room.recorder().engine(), now) {
            Ok(Some(c)) => c,
            Ok(None) => continue,
            Err(m) => return abandon(room, format!("{script_name}:{}: {m}", step.line)),
        };
        match room.apply(&command, None) {
            Ok(at) => {
                if args.speed.is_some() {
                    note(format!(
                        "{}  {} (line {})",
                        session.local(at).format("%H:%M:%S"),
                        command.kind().word(),
                        step.line
                    ));
                }
            }
            Err(e) => {
                let word = command.kind().word();
                return abandon(
                    room,
                    crate::tr!(
                        "cli-not-applied",
                        script = script_name,
                        line = step.line,
                        command = word,
                        why = e.to_string()
                    ),
                );
            }
        }
    }
    if publishing {
        let _ = room.step();
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while !room.published_everything() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
            let _ = room.step();
        }
        if !room.published_everything() {
            note(crate::tr!("cli-broker-not-acknowledged"));
        }
        room.close();
    }
    let report = Report::new(room.recorder().engine(), clock.now());
    print_out(&args.format.render(&report))
}

/// Plays `real` of wall time from the room's instant `from`, at `speed`: the room's clock moves
/// on every quarter second and the room steps (what it publishes goes out).
fn play_between(room: &mut Room, clock: &FakeClock, from: DateTime<Utc>, real: Duration, speed: f64) {
    let started = std::time::Instant::now();
    loop {
        let spent = started.elapsed().min(real);
        let ms = (spent.as_secs_f64() * speed * 1000.0).round();
        if ms.is_finite() && ms < 9.0e15 {
            #[expect(clippy::cast_possible_truncation, reason = "finite and far below i64::MAX")]
            clock.set(from + chrono::TimeDelta::milliseconds(ms as i64));
        }
        let _ = room.step();
        if spent >= real {
            return;
        }
        std::thread::sleep((real - spent).min(Duration::from_millis(250)));
    }
}

/// Reads the journal (`-`: standard input) and replays it up to `--at` (all of it without).
fn replay(path: &Path, at: Option<&str>) -> Result<(journal::Replayed, Option<DateTime<Utc>>), ExitCode> {
    let (name, bytes) = read_input(path, "journal").map_err(fail)?;
    let mut replayed = journal::replay(&name, &bytes).map_err(fail)?;
    let until = match at {
        Some(text) => {
            let t = parse_at(text, replayed.engine.session()).map_err(fail)?;
            replayed = journal::replay_until(&name, &bytes, Some(t)).map_err(fail)?;
            Some(t)
        }
        None => None,
    };
    for w in &replayed.warnings {
        note(crate::tr!("cli-warning-bare", warning = w));
    }
    Ok((replayed, until))
}

pub(super) fn report(args: &ReportArgs) -> ExitCode {
    let [journal] = args.journals.as_slice() else { return conference(args) };
    // With --at, the session as it was then: what was recorded up to that instant.
    let (replayed, at) = match replay(journal, args.at.as_deref()) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let report = Report::of_journal(&replayed, at);
    if let Some(open) = report.open_text() {
        note(open);
    }
    if let Some(n) = args.format.unmarked_note(&report) {
        note(n);
    }
    // Chapters of two recordings or more: a file each (on standard output, one after the other).
    let files = match args.output.as_deref().filter(|p| !super::is_dash(p)) {
        Some(_) => args.format.files(&report),
        None => vec![(String::new(), args.format.render(&report))],
    };
    for (suffix, text) in files {
        let path = args.output.as_deref().map(|p| crate::report::with_suffix(p, &suffix));
        let code = write_and_say(path.as_deref(), &text, args.force, "report");
        if code != ExitCode::SUCCESS {
            return code;
        }
    }
    ExitCode::SUCCESS
}

/// Several journals: one report of the whole conference.
fn conference(args: &ReportArgs) -> ExitCode {
    let mut sessions = Vec::new();
    for path in &args.journals {
        let (replayed, at) = match replay(path, args.at.as_deref()) {
            Ok(r) => r,
            Err(code) => return code,
        };
        sessions.push((path.display().to_string(), Report::of_journal(&replayed, at)));
    }
    let text = match crate::report::conference::Conference::new(sessions).and_then(|c| c.render(args.format))
    {
        Ok(t) => t,
        Err(e) => {
            eprintln!("chairtime: {e}");
            return ExitCode::from(1);
        }
    };
    write_and_say(args.output.as_deref(), &text, args.force, "report")
}

pub(super) fn status(args: &StatusArgs) -> ExitCode {
    let (replayed, at) = match replay(&args.journal, args.at.as_deref()) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let now = at.unwrap_or_else(|| SystemClock.now());
    let mut out = render_status(&replayed.engine, now);
    if let Some(stale) = stale(&replayed, now) {
        out.push_str(&stale);
    }
    print_out(&out)
}

/// How long after both its last entry and its projected end a session that never finished is
/// called stale: no chair leaves a running session untouched for that long.
pub const STALE_AFTER: chrono::TimeDelta = chrono::TimeDelta::hours(1);

/// For a session that never finished, whose journal's last entry and projected end (as of that
/// entry) are both more than [`STALE_AFTER`] before `now`: the line `status` adds to say the
/// figures above count up to now only because nobody pressed Finish.
pub fn stale(replayed: &journal::Replayed, now: DateTime<Utc>) -> Option<String> {
    let engine = &replayed.engine;
    if engine.finished().is_some() {
        return None;
    }
    let s = engine.session();
    let last = replayed.last_at();
    let end = engine.view(last).projected_end.max(s.planned_end);
    if now - last.max(end) < STALE_AFTER {
        return None;
    }
    let when = |t: DateTime<Utc>| {
        let local = s.local(t);
        if local.date_naive() == s.local(now).date_naive() {
            local.format("%H:%M:%S").to_string()
        } else {
            local.format("%Y-%m-%d %H:%M:%S").to_string()
        }
    };
    Some(status_line(
        &crate::tr!("status-stale"),
        &crate::tr!("status-stale-text", last = when(last), ago = format_length(now - last), end = when(end)),
    ))
}

/// The labels of `status`'s lines, in the order it prints them (their widest sets the column).
const STATUS_LABELS: [&str; 14] = [
    "status-now",
    "status-rehearsal",
    "status-speaker",
    "status-item",
    "status-phase",
    "status-remaining",
    "status-starts",
    "status-schedule",
    "status-projected",
    "status-break",
    "status-hard-end",
    "status-next",
    "status-catch-up",
    "status-message",
];

/// One line of `status`: its label, padded to the widest label in the chair's language (by the
/// columns a terminal gives it: a Japanese character takes two), and its value.
fn status_line(label: &str, value: &str) -> String {
    use unicode_width::UnicodeWidthStr;
    let width = STATUS_LABELS
        .iter()
        .chain(std::iter::once(&"status-stale"))
        .map(|id| crate::l10n::chair_says(id, &[]).width())
        .max()
        .unwrap_or(10);
    let pad = " ".repeat(width.saturating_sub(label.width()) + 2);
    format!("  {label}{pad}{value}\n")
}

/// The state of a session at `now`, as `chairtime status` prints it.
pub fn render_status(engine: &Engine, now: DateTime<Utc>) -> String {
    use crate::tr;
    let s: &Session = engine.session();
    let v: View = engine.view(now);
    let hms = |t: DateTime<Utc>| s.local(t).format("%H:%M:%S").to_string();
    let mut out = format!("{} — {}\n", s.title, v.session_state());
    let mut line = |label: String, value: String| out.push_str(&status_line(&label, &value));
    line(tr!("status-now"), format!("{} ({})", hms(now), crate::schedule::zone::label(s.time_zone)));
    if engine.rehearsal() {
        let moved = match engine.rehearsal_shift() {
            None => tr!("status-rehearsal-not-started"),
            Some(by) if by.is_zero() => tr!("status-rehearsal-own-times"),
            Some(by) => tr!("status-rehearsal-moved", start = s.hhmm(s.start), file = s.hhmm(s.start - by)),
        };
        line(tr!("status-rehearsal"), moved);
    }
    // The projector's, the speaker link's and this line's figures come from one model.
    // What the speaker sees, in the speaker's language (the session file's, else English).
    let speaker_lang = s.speaker_language.unwrap_or_default();
    let seen = Speaker::from_view_in(engine, &v, speaker_lang).text_at(now);
    let word = crate::timing::speaker::state_word(seen.urgency, speaker_lang);
    let headline = if seen.headline.is_empty() { String::new() } else { format!(" · {}", seen.headline) };
    line(tr!("status-speaker"), format!("{} · {word}{headline}", seen.big));
    match &v.current {
        Some(c) => {
            let speakers =
                if c.speakers.is_empty() { String::new() } else { format!(" — {}", c.speakers.join(", ")) };
            line(
                tr!("status-item"),
                tr!(
                    "status-item-of",
                    n = c.position + 1,
                    count = s.items.len(),
                    title = format!("{}{speakers}", c.title)
                ),
            );
            line(
                tr!("status-phase"),
                tr!(
                    "phase-n-of-count",
                    phase = crate::timing::speaker::phase_name(&c.phase_name, crate::l10n::chair()),
                    n = c.phase + 1,
                    count = c.phase_count
                ),
            );
            // Overtime reads as such, never as "+04:12" of time left.
            let left = |d: chrono::TimeDelta| {
                let shown = format_clock(d);
                match shown.strip_prefix('+') {
                    Some(over) => tr!("status-over", over = over),
                    None => shown,
                }
            };
            let remaining = if c.paused { "status-remaining-paused" } else { "status-remaining-text" };
            line(
                tr!("status-remaining"),
                crate::l10n::chair_says(
                    remaining,
                    &[("phase", &left(c.phase_remaining)), ("slot", &left(c.slot_remaining))],
                ),
            );
        }
        None if v.urgency == Urgency::NotStarted => {
            line(
                tr!("status-starts"),
                tr!("status-starts-in", time = s.hhmm(s.start), until = format_clock(v.until_start)),
            );
        }
        None => {}
    }
    line(tr!("status-schedule"), pace_with_seconds(v.offset));
    line(
        tr!("status-projected"),
        tr!("status-projected-end", time = hms(v.projected_end), planned = s.hhmm(v.planned_end)),
    );
    if let Some(b) = v.break_text() {
        line(tr!("status-break"), b);
    }
    if let Some(h) = s.hard_end.and_then(|h| v.hard_end_text(&s.hhmm(h))) {
        line(tr!("status-hard-end"), h);
    }
    if let Some(next) = v.next_up {
        line(tr!("status-next"), s.items[next].title.clone());
    }
    if !v.catch_up.trims.is_empty() {
        let list: Vec<String> = v
            .catch_up
            .trims
            .iter()
            .map(|t| {
                format!("{} −{}", s.items[t.item].title, format_length(chrono::TimeDelta::seconds(t.seconds)))
            })
            .collect();
        let left = v.unrecovered_text().map_or_else(String::new, |l| format!(" ({l})"));
        line(tr!("status-catch-up"), format!("{}{left}", list.join("; ")));
    } else if let Some(left) = v.unrecovered_text() {
        line(tr!("status-catch-up"), tr!("status-no-slot-left-to-trim", why = left));
    }
    if let Some(m) = &v.message {
        line(tr!("status-message"), m.clone());
    }
    // Nothing from a file, a chair or a remote acts on the terminal (a message of an old journal
    // holding ESC, a title holding a bidi override): every line's control characters show as �.
    out.split('\n').map(crate::timing::command::printable).collect::<Vec<_>>().join("\n")
}

/// `chairtime collect`: every room's journal into a folder, until Ctrl+C or SIGTERM.
pub fn collect(args: &super::CollectArgs) -> ExitCode {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let connection = match super::connection_for(&args.bus, &args.login) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let name = args.dir.canonicalize().unwrap_or_else(|_| args.dir.clone());
    let folder =
        name.file_name().map(|n| crate::conference::bus::level(&n.to_string_lossy())).unwrap_or_default();
    // Two collectors need two names (the broker would throw one off for the other): the folder's
    // name and a hash of its whole path.
    let hash = name
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    let id =
        args.id.clone().unwrap_or_else(|| format!("chairtime-collect-{folder}-{:08x}", hash & 0xffff_ffff));
    let options = crate::conference::collect::Options { connection, id, keep_for_s: 7 * 24 * 3600 };
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    if let Err(e) = crate::signals::on_stop(move || flag.store(true, Ordering::Relaxed)) {
        eprintln!("chairtime: {}", crate::tr!("cli-collector-cannot-watch", why = e.to_string()));
    }
    let mut say = |line: &str| eprintln!("chairtime: {line}");
    match crate::conference::collect::run(&options, &args.dir, &stop, &mut say) {
        Ok(()) => {
            eprintln!(
                "chairtime: {}",
                crate::tr!("cli-collector-stopped", folder = args.dir.display().to_string())
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("chairtime: {e}");
            ExitCode::from(1)
        }
    }
}

/// `--broker`: the embedded broker at the bus's port, and the link the rooms publish with.
fn run_broker(bus: &crate::conference::bus::Bus) -> Result<String, ExitCode> {
    if bus.tls {
        eprintln!("chairtime: {}", crate::tr!("cli-broker-plain-mqtt"));
        return Err(ExitCode::from(2));
    }
    let listen = std::net::SocketAddr::from((std::net::Ipv4Addr::UNSPECIFIED, bus.port));
    crate::conference::broker::start(listen).map_err(|e| {
        eprintln!("chairtime: {}", crate::tr!("cli-broker-could-not-start", why = e));
        ExitCode::from(1)
    })?;
    let host =
        crate::share::lan_address().map_or_else(|| crate::tr!("cli-this-computer"), |ip| ip.to_string());
    let link = format!("mqtt://{host}:{}/{}", bus.port, bus.prefix);
    println!("{}", crate::tr!("cli-broker-running", link = link));
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    Ok(link)
}

/// `chairtime wall`: every room on one screen.
pub fn wall(args: &super::WallArgs) -> ExitCode {
    use crate::schedule::load::{Overrides, inspect, load_path};
    // Before anything is started or a link printed: a link to a wall that never opens is a dead one.
    let screen = |v: &str| std::env::var_os(v).is_some_and(|x| !x.is_empty());
    if !screen("DISPLAY") && !screen("WAYLAND_DISPLAY") {
        eprintln!("chairtime: {}", crate::tr!("cli-wall-needs-a-screen"));
        return ExitCode::from(1);
    }
    let shown = if args.broker {
        match run_broker(&args.bus) {
            Ok(link) => Some(link),
            Err(code) => return code,
        }
    } else {
        None
    };
    let connection = match super::connection_for(&args.bus, &args.login) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let zone = match &args.tz {
        Some(z) => match crate::schedule::zone::parse_zone(z) {
            Ok(z) => Some(z),
            Err(e) => {
                eprintln!("chairtime: --tz {z}: {e}"); // l10n-exempt: the option and its error
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let local =
        crate::schedule::zone::machine_zone().and_then(|z| crate::schedule::zone::parse_zone(&z).ok());
    let mut wall =
        crate::conference::wall::Wall::new(&args.bus.prefix, zone.or(local).unwrap_or(chrono_tz::UTC));
    wall.late_limit = chrono::TimeDelta::minutes(i64::from(args.late));
    wall.seconds = args.seconds;
    if let Some(path) = &args.schedule {
        if let Err(code) = super::fetch_first(Some(path), &args.url) {
            return code;
        }
        let overrides = Overrides { time_zone: args.tz.clone(), ..Overrides::default() };
        let (name, bytes) = match crate::schedule::load::read_path(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("chairtime: {e}");
                return ExitCode::from(1);
            }
        };
        match inspect(&name, &bytes, &overrides) {
            Ok(Some(imported)) => wall.plan_conference(&imported),
            Ok(None) => match load_path(path, &overrides) {
                Ok(n) => wall.plan(&[n.session]),
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(1);
                }
            },
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(1);
            }
        }
        if let Some(z) = zone {
            wall.set_zone(z);
        }
    }
    crate::ui::wall::run(wall, &connection, args.share.then_some(args.port), shown)
}
