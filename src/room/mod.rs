//! One room's session, headless: what is open (a schedule file, the bundled example, a pick from a
//! whole-conference file), the journal and its lock, resuming and following, reloading a changed
//! schedule, every command with its origin, notices and questions as data, exports, the speaker's
//! view and the share server's requests.
//!
//! The window (`ui/`), a room without a window (`chairtime --headless`) and the tests drive the
//! same [`Room`]: they turn keys, clicks, API calls and options into its methods, and draw or print
//! what it holds. Nothing here imports egui, eframe or rodio; time comes from the injected
//! [`Clock`], never from the system (docs/journal-format.md, "Time").

pub mod offers;
mod publishing;
mod sharing;
pub mod startup;
mod syncing;

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeDelta, Utc};

pub use offers::{
    Failed, LockedOffer, Notice, Picker, ReloadOffer, ResumeOffer, ScheduleFile, modified, unused,
};
pub use sharing::{PRESET_IDS, engine_command, preset_texts, published, toggle};

use crate::report::{Format, Report, write_atomically};
use crate::schedule::Session;
use crate::schedule::load::{Overrides, load_path};
use crate::timing::clock::Clock;
use crate::timing::command::Command;
use crate::timing::events::Event;
use crate::timing::journal::{self, Origin, RecordError, Recorder, find_resumable};

/// The tag of the notice about a schedule for another day (it goes once the run is a rehearsal).
pub const OFF_DAY_NOTICE: &str = "off-day";

/// How long a transient notice stays.
const NOTICE_SECONDS: i64 = 6;

/// How often the schedule file and a followed journal are looked at.
const POLL_EVERY: TimeDelta = TimeDelta::seconds(2);

/// The tag of the notice that says a message came off the projector as the next item began.
const MESSAGE_CLEARED: &str = "message-cleared";

/// chairtime's data folder: `$XDG_DATA_HOME/chairtime`, else `~/.local/share/chairtime` (the
/// journals, the window's settings). `None` without a home folder.
pub fn data_dir() -> Option<PathBuf> {
    Some(xdg_dir("XDG_DATA_HOME", ".local/share")?.join("chairtime"))
}

/// An XDG base folder: `$VAR` when set to an absolute path (a relative one is ignored, as the
/// XDG specification says), else `~/` and `fallback`. `None` without a home folder.
pub fn xdg_dir(var: &str, fallback: &str) -> Option<PathBuf> {
    std::env::var_os(var).filter(|d| !d.is_empty()).map(PathBuf::from).filter(|d| d.is_absolute()).or_else(
        || std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(fallback)),
    )
}

/// The default folder for journals.
pub fn default_journal_dir() -> PathBuf {
    data_dir().map_or_else(|| std::env::temp_dir().join("chairtime"), |d| d.join("journals"))
}

/// A schedule for a day already past runs on today's date (a rehearsal, or the bundled example),
/// unless `--date` says otherwise. Returns the date to use and a notice for the chair.
pub fn rehearsal_date(session: &Session, today: chrono::NaiveDate) -> Option<(chrono::NaiveDate, String)> {
    (session.date < today).then(|| {
        (
            today,
            crate::tr!(
                "off-day",
                date = crate::l10n::chair_date(session.date, crate::l10n::DateForm::Medium),
                iso = session.date.to_string(),
                how = crate::tr!("rehearse-in-the-window")
            ),
        )
    })
}

/// The word for a command in a notice ("Next: …").
pub fn command_word(c: &Command) -> String {
    c.kind().word()
}

/// Where a room keeps journals and what it opens first.
#[derive(Debug, Clone)]
pub struct Startup {
    /// The session to run.
    pub session: Session,
    /// The schedule file, as named.
    pub source: String,
    /// The folder for journals.
    pub journal_dir: PathBuf,
    /// `--journal PATH`.
    pub journal: Option<PathBuf>,
    /// The schedule file on disk, to reload (none for the bundled session).
    pub schedule: Option<ScheduleFile>,
}

/// What one step of a room did: the engine's events (for sound cues) and whether anything the
/// chair sees changed.
#[derive(Debug, Default)]
pub struct Stepped {
    /// The thresholds and ends crossed since the last step.
    pub events: Vec<Event>,
    /// Something changed on screen (a file reloaded, a followed journal grew, a remote command).
    pub changed: bool,
}

/// One room's session and everything around it (see the module's documentation).
pub struct Room {
    clock: Box<dyn Clock>,
    run: Recorder,
    journal_dir: PathBuf,
    /// The schedule file the session on offer or running came from, as the chair named it.
    file_source: String,
    /// The schedule file, watched for changes.
    schedule_file: Option<ScheduleFile>,
    /// When the files were last looked at, by the room's clock.
    last_poll: Option<DateTime<Utc>>,
    /// Not recording yet: the chair has still to choose what to run (with `--journal`'s path).
    pending_journal: Option<Option<PathBuf>>,
    /// Nothing is recorded until the chair chooses what to run.
    waiting: bool,
    /// A notice about the example session shown behind the chair's choice, said if it is run.
    example_notice: Option<String>,
    /// `--rehearse`: every fresh run starts as a rehearsal.
    pub rehearse: bool,
    /// A message to the speaker stays up across talks (else it comes off at the next talk).
    pub keep_messages: bool,
    /// The language of what the speaker reads (the projector, the speaker page, the presets):
    /// the session file's `speaker_language`, Settings, or the remote's choice (docs/l10n.md).
    pub speaker_lang: crate::l10n::Lang,
    /// The speaker's screens flash when the time is up.
    pub flashing: bool,
    notices: Vec<Notice>,
    next_notice: u64,
    /// An unfinished journal of this session, waiting for the chair: resume it or start afresh?
    pub resume: Option<ResumeOffer>,
    /// A journal another chairtime writes, waiting for the chair: follow it, or another journal?
    pub locked: Option<LockedOffer>,
    /// A followed journal (read-only) and its length when last read.
    pub following: Option<(PathBuf, u64)>,
    /// A changed schedule file's plan, waiting for the chair.
    pub reload: Option<ReloadOffer>,
    /// A file that could not be opened, waiting for the chair's choice.
    pub failed: Option<Failed>,
    /// A whole-conference file waiting for the chair to pick a session.
    pub picker: Option<Picker>,
    /// Counts the times the plan's rows were numbered anew (a selection of a row is then void).
    plan_generation: u64,
    share: sharing::Sharing,
    publishing: publishing::Publishing,
    syncing: syncing::Syncing,
}

impl std::fmt::Debug for Room {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Room")
            .field("run", &self.run)
            .field("waiting", &self.waiting)
            .field("notices", &self.notices)
            .finish_non_exhaustive()
    }
}

impl Room {
    /// A room that shows `startup`'s session but records nothing until [`Self::begin_waiting`]
    /// (or a choice of the chair: a picked session, another file).
    pub fn waiting(startup: Startup, clock: Box<dyn Clock>) -> Self {
        let Startup { session, source, journal_dir, journal: journal_path, schedule } = startup;
        let now = clock.now();
        let run = Recorder::unrecorded(session, Some(source.clone()), now);
        Self {
            clock,
            run,
            journal_dir,
            file_source: source,
            schedule_file: schedule,
            last_poll: None,
            pending_journal: Some(journal_path),
            waiting: true,
            example_notice: None,
            rehearse: false,
            keep_messages: false,
            speaker_lang: crate::l10n::Lang::En,
            flashing: true,
            notices: Vec::new(),
            next_notice: 1,
            resume: None,
            locked: None,
            following: None,
            reload: None,
            failed: None,
            picker: None,
            plan_generation: 0,
            share: sharing::Sharing::default(),
            publishing: publishing::Publishing::default(),
            syncing: syncing::Syncing::default(),
        }
    }

    /// A room on `startup`'s session: it offers to resume an unfinished journal of the same
    /// session, or starts a fresh journal.
    pub fn new(startup: Startup, clock: Box<dyn Clock>) -> Self {
        let mut room = Self::waiting(startup, clock);
        room.begin_waiting();
        room
    }

    /// Starts the session shown while waiting (resume offer or a fresh journal), if still waiting.
    pub fn begin_waiting(&mut self) {
        if let Some(journal) = self.pending_journal.take() {
            let session = self.run.engine().session().clone();
            let source = self.file_source.clone();
            self.begin(&session, &source, journal.as_deref());
        }
    }

    // ---- what the chair sees -------------------------------------------------------------

    /// The recorder (engine + journal).
    pub fn recorder(&self) -> &Recorder {
        &self.run
    }

    /// Now, by the room's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Whether the room waits for the chair to choose what to run (nothing is recorded).
    pub fn is_waiting(&self) -> bool {
        self.waiting
    }

    /// The folder new journals go to.
    pub fn journal_dir(&self) -> &Path {
        &self.journal_dir
    }

    /// The schedule file the session came from (none for the bundled session).
    pub fn schedule_file(&self) -> Option<&ScheduleFile> {
        self.schedule_file.as_ref()
    }

    /// Whether the session shown is the bundled example (it was not opened from a file).
    pub fn is_example(&self) -> bool {
        self.schedule_file.is_none()
    }

    /// Changes every time the plan's rows are numbered anew (a re-plan, another session): a
    /// row selected before points at another talk then.
    pub fn plan_generation(&self) -> u64 {
        self.plan_generation
    }

    /// Whether a session runs: started, not finished (closing now would darken the projector
    /// mid-talk).
    pub fn session_runs(&self) -> bool {
        let e = self.run.engine();
        !self.waiting && e.started().is_some() && e.finished().is_none()
    }

    /// Whether the chair has done anything in the session shown (started it, or recorded a
    /// change before the start) and not finished it: a session another file must not replace
    /// without asking.
    pub fn running(&self) -> bool {
        let engine = self.run.engine();
        !self.waiting && (engine.started().is_some() || self.run.has_entries()) && engine.finished().is_none()
    }

    /// What the speaker sees now: the session's speaker view, or, while no session is open (the
    /// chair is still choosing: a file that did not open, a conference's picker), the time of
    /// day under "No session open" — never the example session as if it were the chair's.
    pub fn speaker_now(&self) -> crate::timing::speaker::Speaker {
        self.speaker_in(self.speaker_lang)
    }

    /// What the projector window shows now: as [`Self::speaker_now`], but in English when the
    /// speaker's language is written right to left, which the window cannot shape
    /// (docs/fonts.md); the speaker page shows that language.
    pub fn speaker_for_window(&self) -> crate::timing::speaker::Speaker {
        let lang = if self.speaker_lang.is_rtl() { crate::l10n::Lang::En } else { self.speaker_lang };
        self.speaker_in(lang)
    }

    /// What the speaker sees now, in `lang`.
    pub fn speaker_in(&self, lang: crate::l10n::Lang) -> crate::timing::speaker::Speaker {
        use crate::timing::view::Urgency;
        let now = self.clock.now();
        let view = self.run.engine().view(now);
        let speaker = crate::timing::speaker::Speaker::from_view_in(self.run.engine(), &view, lang);
        if !self.waiting {
            return speaker;
        }
        crate::timing::speaker::Speaker {
            urgency: Urgency::NotStarted,
            word: crate::timing::speaker::state_word(Urgency::NotStarted, lang),
            changes: Vec::new(),
            big: None,
            big_then_clock: false,
            headline: crate::l10n::word(lang, "no-session"),
            title: String::new(),
            speakers: String::new(),
            slot: None,
            position: String::new(),
            break_in: None,
            session_ends: String::new(),
            next: String::new(),
            message: None,
            blackout: false,
            ..speaker
        }
    }

    // ---- notices ---------------------------------------------------------------------------

    /// The notices now, oldest first.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    fn push_notice(&mut self, text: String, serious: bool, until: Option<DateTime<Utc>>) -> u64 {
        let id = self.next_notice;
        self.next_notice += 1;
        self.notices.push(Notice { id, text, serious, until, tag: None });
        id
    }

    /// Adds a notice of kind `tag` (see [`Self::withdraw_tagged`]); `sticky`: until withdrawn.
    pub fn tagged(&mut self, tag: &'static str, text: impl Into<String>, serious: bool, sticky: bool) -> u64 {
        let id =
            if sticky { self.push_notice(text.into(), serious, None) } else { self.notice(text, serious) };
        if let Some(n) = self.notices.iter_mut().find(|n| n.id == id) {
            n.tag = Some(tag);
        }
        id
    }

    /// Says that the schedule is for another day and runs today (withdrawn once the run is a
    /// rehearsal).
    pub fn off_day(&mut self, text: String) {
        self.tagged(OFF_DAY_NOTICE, text, false, true);
    }

    /// Takes away every notice of kind `tag`.
    pub fn withdraw_tagged(&mut self, tag: &str) {
        self.notices.retain(|n| n.tag != Some(tag));
    }

    /// Adds a notice; serious ones stay until dismissed, others go after a few seconds.
    pub fn notice(&mut self, text: impl Into<String>, serious: bool) -> u64 {
        let until = (!serious).then(|| self.clock.now() + TimeDelta::seconds(NOTICE_SECONDS));
        self.push_notice(text.into(), serious, until)
    }

    /// Adds an informative notice that stays until dismissed.
    pub fn sticky(&mut self, text: impl Into<String>) -> u64 {
        self.push_notice(text.into(), false, None)
    }

    /// Takes notice `id` away (dismissed by the chair, or no longer true).
    pub fn withdraw(&mut self, id: u64) {
        self.notices.retain(|n| n.id != id);
    }

    /// Drops the transient notices whose time is over; returns when the next one goes.
    pub fn expire_notices(&mut self) -> Option<DateTime<Utc>> {
        let now = self.clock.now();
        // A clock set back by more than a notice's life (suspend, NTP) must not keep it forever.
        let latest = now + TimeDelta::seconds(NOTICE_SECONDS);
        self.notices.retain(|n| n.until.is_none_or(|u| u > now && u <= latest));
        self.notices.iter().filter_map(|n| n.until).min()
    }

    // ---- opening and choosing --------------------------------------------------------------

    /// Tells the chair that `path` could not be opened, with the error, and offers another file,
    /// the same file again (once mended) or the bundled session. Nothing is recorded meanwhile.
    pub fn cannot_open(&mut self, path: &Path, error: impl Into<String>) {
        self.failed = Some(Failed { path: path.to_owned(), error: error.into() });
    }

    /// Opens the file that failed again (the chair mended it); if it still fails, says why.
    pub fn retry_failed(&mut self, overrides: &Overrides) {
        let Some(failed) = self.failed.take() else { return };
        let fails = match crate::schedule::load::read_path(&failed.path) {
            Err(e) => Some(e.to_string()),
            Ok((_, bytes)) => match load_path(&failed.path, overrides) {
                Ok(_) => None,
                // A whole-conference file opens with its picker.
                Err(_)
                    if crate::schedule::load::inspect(
                        &failed.path.display().to_string(),
                        &bytes,
                        overrides,
                    )
                    .ok()
                    .flatten()
                    .is_some_and(|i| i.candidates().len() > 1) =>
                {
                    None
                }
                Err(e) => Some(e.to_string()),
            },
        };
        match fails {
            Some(error) => self.failed = Some(Failed { error, ..failed }),
            None => self.open_file(&failed.path, overrides),
        }
    }

    /// Runs the bundled session shown behind the question.
    pub fn use_shown_session(&mut self) {
        self.failed = None;
        self.picker = None;
        let notice = self.example_notice.take();
        self.begin_waiting();
        if let Some(n) = notice {
            self.off_day(n);
        }
    }

    /// Keeps `notice` (about the example session shown behind a question: its date) for when the
    /// chair chooses to run it; until then nothing is said about a session nobody chose.
    pub fn notice_if_example_runs(&mut self, notice: String) {
        self.example_notice = Some(notice);
    }

    /// Opens another schedule (the current journal is kept as it is); a whole-conference file
    /// opens the picker first.
    pub fn open_file(&mut self, path: &Path, overrides: &Overrides) {
        let name = path.display().to_string();
        let mut overrides = overrides.clone();
        overrides.fallback_zone = crate::schedule::zone::machine_zone();
        if let Ok((_, bytes)) = crate::schedule::load::read_path(path)
            && let Ok(Some(imported)) = crate::schedule::load::inspect(&name, &bytes, &overrides)
        {
            let candidates = imported.candidates();
            if candidates.len() > 1 {
                self.picker = Some(Picker::new(path.to_owned(), candidates));
                return;
            }
        }
        self.open_with(path, &overrides);
    }

    /// Opens `path` with these choices (the picker's, or the command line's).
    pub fn open_with(&mut self, path: &Path, overrides: &Overrides) {
        self.picker = None;
        let mut used = overrides.clone();
        let mut loaded = load_path(path, overrides);
        if loaded.is_ok() {
            // What was said about the previous session no longer applies.
            self.notices.retain(|n| n.serious);
        }
        // A schedule for a day already past runs today, as a rehearsal (as at start-up).
        if let Ok(n) = &loaded
            && overrides.date.is_none()
        {
            let today = self.clock.now().with_timezone(&n.session.time_zone).date_naive();
            if let Some((date, notice)) = rehearsal_date(&n.session, today) {
                let mut shifted = overrides.clone();
                shifted.date = Some(date);
                loaded = load_path(path, &shifted);
                used = shifted;
                self.off_day(notice);
            }
        }
        match loaded {
            Ok(n) => {
                for w in n.warnings {
                    self.notice(w, false);
                }
                self.plan_generation += 1;
                self.schedule_file = Some(ScheduleFile::new(path, used));
                self.begin(&n.session, &path.display().to_string(), None);
            }
            Err(e) => self.did_not_open(path, &e.to_string()),
        }
    }

    /// Opens the picked session of the picker's file.
    pub fn pick(&mut self, index: usize, overrides: &Overrides) {
        let Some(picker) = self.picker.take() else { return };
        let Some(c) = picker.candidates.get(index) else { return };
        let mut overrides = overrides.clone();
        overrides.fallback_zone = crate::schedule::zone::machine_zone();
        overrides.select = crate::schedule::import::Selector {
            day: Some(c.day.to_string()),
            room: Some(c.room.clone().unwrap_or_else(|| crate::schedule::import::NO_ROOM.to_owned())),
            track: None,
        };
        self.open_with(&picker.path, &overrides);
    }

    /// `path` could not be opened. A session the chair opened or used stays as it is, and the
    /// notice says so; the bundled example, shown only because nothing else was open, goes: the
    /// chair is told the file did not open and offered it again, and the projector shows no
    /// session.
    fn did_not_open(&mut self, path: &Path, error: &str) {
        let engine = self.run.engine();
        let touched = engine.started().is_some() || self.run.has_entries();
        if self.waiting || (self.is_example() && !touched) {
            self.back_to_waiting();
            self.cannot_open(path, error);
            return;
        }
        let name =
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let title = &engine.session().title;
        let state = if engine.finished().is_some() {
            "finished"
        } else if engine.started().is_some() {
            "running"
        } else {
            "open"
        };
        let still = if self.is_example() {
            crate::tr!("example-still-unchanged", title = title, state = state)
        } else {
            crate::tr!("session-still-unchanged", title = title, state = state)
        };
        self.notice(crate::tr!("did-not-open", name = name, still = still, why = error), true);
    }

    /// Puts the example session away, recording nothing, until the chair chooses what to run
    /// (as at a start-up whose file could not be opened).
    fn back_to_waiting(&mut self) {
        if self.waiting {
            return;
        }
        let now = self.clock.now();
        let session = self.run.engine().session().clone();
        self.run = Recorder::unrecorded(session, Some(self.file_source.clone()), now);
        // What was said about the example (its date) is said again if the chair runs it.
        if let Some(i) = self.notices.iter().position(|n| n.tag == Some(OFF_DAY_NOTICE)) {
            self.example_notice = Some(self.notices.remove(i).text);
        }
        self.pending_journal = Some(None);
        self.waiting = true;
        self.plan_generation += 1;
        self.resume = None;
        self.locked = None;
        self.reload = None;
    }

    // ---- the journal ---------------------------------------------------------------------

    /// Looks for an unfinished journal of `session`; without one, starts recording afresh. A
    /// restart after a crash never silently starts afresh: a journal of this session, even of a
    /// plan changed since, is offered (docs/journal-format.md, "Resuming").
    fn begin(&mut self, session: &Session, source: &str, journal: Option<&Path>) {
        // The session's own speaker language, when its file names one (docs/l10n.md).
        if let Some(lang) = session.speaker_language {
            self.speaker_lang = lang;
        }
        self.pending_journal = None;
        self.waiting = false;
        self.failed = None;
        self.example_notice = None;
        let now = self.clock.now();
        self.file_source = source.to_owned();
        self.resume = None;
        self.locked = None;
        self.following = None;
        self.reload = None;
        let found = match journal {
            Some(p) if p.exists() => match journal::replay_path(p) {
                Ok(r)
                    if r.header.session == crate::schedule::json::SessionDoc::new(session)
                        || journal::is_resumable(&r, session, Some(source), now) =>
                {
                    Some((p.to_owned(), r))
                }
                Ok(_) => {
                    self.notice(
                        crate::tr!("journal-records-another-session", file = p.display().to_string()),
                        true,
                    );
                    None
                }
                Err(e) => {
                    self.notice(crate::tr!("new-journal-beside-it", why = e.to_string()), true);
                    None
                }
            },
            Some(_) => None,
            None => find_resumable(&self.journal_dir, session, Some(source), now),
        };
        self.run = Recorder::unrecorded(session.clone(), Some(source.to_owned()), self.clock.now());
        match found {
            Some((path, replayed)) => {
                // Until the chair decides, every screen shows where the old run is now.
                self.run = Recorder::preview(&replayed);
                self.run.engine_mut().settle(self.clock.now());
                let changes = replayed.engine.replan_changes(session);
                self.resume = Some(ResumeOffer { path, replayed, file_session: session.clone(), changes });
            }
            None => self.start_fresh(journal),
        }
    }

    /// Starts a new journal (at `wanted`, or in the journal folder) of the schedule file's session.
    pub fn start_fresh(&mut self, wanted: Option<&Path>) {
        let offered = self.resume.take().map(|o| o.file_session);
        let locked = self.locked.take().map(|o| o.file_session);
        self.following = None;
        let now = self.clock.now();
        let session = offered.or(locked).unwrap_or_else(|| self.run.engine().session().clone());
        let source = Some(self.file_source.clone());
        self.run = Recorder::unrecorded(session.clone(), source, now);
        let name = journal::file_name(&session, now);
        let path = match wanted {
            Some(p) if !p.exists() => p.to_owned(),
            Some(p) => unused(&p.with_file_name(name)),
            None => unused(&self.journal_dir.join(name)),
        };
        let source = self.run.source().map(str::to_owned);
        let version = self.schedule_file.as_ref().and_then(|f| f.version.clone());
        match Recorder::create_versioned(&path, session.clone(), source.clone(), version, now) {
            Ok(r) => self.run = r,
            Err(e) => {
                self.run = Recorder::unrecorded(session, source, now);
                self.notice(
                    crate::tr!(
                        "cannot-write-the-journal-at",
                        file = path.display().to_string(),
                        why = e.to_string()
                    ),
                    true,
                );
            }
        }
        if self.rehearse {
            let _ = self.apply(&Command::Rehearse, None);
        }
    }

    /// Resumes the offered journal with its own plan: the timers continue as if chairtime had
    /// never stopped. The file's changes, if any, stay on offer (Ctrl+R takes them).
    pub fn resume(&mut self) {
        self.resume_with(false);
    }

    /// Resumes the offered journal, and with `take_changes` takes the schedule file's plan for
    /// the items not yet run (recorded as a re-plan).
    pub fn resume_with(&mut self, take_changes: bool) {
        let Some(offer) = self.resume.take() else { return };
        let ResumeOffer { path, mut replayed, file_session, changes } = offer;
        let now = self.clock.now();
        let mut attempt = Recorder::resume(&path, replayed.clone(), now);
        if let Err(e) = &attempt
            && !journal::is_locked(e)
            && let Ok(fresh) = journal::replay_path(&path)
        {
            // It changed since it was read (or cannot be appended to): read it again, once.
            replayed = fresh;
            attempt = Recorder::resume(&path, replayed.clone(), now);
        }
        match attempt {
            Ok(mut r) => {
                r.engine_mut().settle(now);
                self.run = r;
                self.notice(crate::tr!("resumed-from", file = path.display().to_string()), false);
                self.share_again_from(&path);
            }
            Err(e) if journal::is_locked(&e) => {
                let file = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let why = match journal::holder(&path) {
                    Some(who) => crate::tr!("another-chairtime-records-who", who = who, file = file),
                    None => crate::tr!("another-chairtime-records", file = file),
                };
                self.locked = Some(LockedOffer { path, replayed, file_session, why });
                return;
            }
            Err(e) => {
                // The run goes on in a new journal holding everything the old one recorded.
                let mut r = Recorder::preview(&replayed);
                let name = journal::file_name(r.engine().session(), now);
                let target = unused(&path.with_file_name(name));
                match r.record_to(&target) {
                    Ok(()) => {
                        r.engine_mut().settle(now);
                        self.run = r;
                        self.share_again_from(&path);
                        self.notice(
                            crate::tr!(
                                "could-not-be-continued-goes-on-in",
                                file = path.display().to_string(),
                                why = e.to_string(),
                                target = target.display().to_string()
                            ),
                            true,
                        );
                    }
                    Err(e2) => {
                        self.notice(
                            crate::tr!(
                                "could-not-continue-or-start",
                                file = path.display().to_string(),
                                why = e.to_string(),
                                target = target.display().to_string(),
                                why2 = e2.to_string()
                            ),
                            true,
                        );
                        self.resume = Some(ResumeOffer { path, replayed, file_session, changes });
                        return;
                    }
                }
            }
        }
        if take_changes {
            self.take_reload(&file_session, None);
        } else if !changes.is_empty() {
            self.reload = Some(ReloadOffer { session: file_session, changes });
        }
    }

    /// Follows a journal another chairtime writes, read-only: every screen shows its session and
    /// catches up whenever it grows.
    pub fn follow_read_only(&mut self) {
        let Some(offer) = self.locked.take() else { return };
        let now = self.clock.now();
        self.run = Recorder::read_only(&offer.replayed);
        self.run.engine_mut().settle(now);
        self.following = Some((offer.path.clone(), offer.replayed.file_len));
        self.sticky(crate::tr!("read-only-follows", why = offer.why));
    }

    /// Records from now on in a new journal in `folder` (everything recorded so far goes with it)
    /// and makes it the folder for new journals.
    pub fn record_in(&mut self, folder: &Path) {
        let name = journal::file_name(self.run.engine().session(), self.clock.now());
        let target = unused(&folder.join(name));
        let made = std::fs::create_dir_all(folder).and_then(|()| self.run.record_to(&target));
        match made {
            Ok(()) => {
                self.journal_dir = folder.to_owned();
                self.notices.retain(|n| !n.serious);
                self.notice(crate::tr!("recording-to", file = target.display().to_string()), false);
            }
            Err(e) => {
                self.notice(
                    crate::tr!(
                        "cannot-write-a-journal-in",
                        folder = folder.display().to_string(),
                        why = e.to_string()
                    ),
                    true,
                );
            }
        }
    }

    // ---- the schedule file -------------------------------------------------------------------

    /// Reads the schedule file again and takes its plan for the items not yet run.
    pub fn reload_schedule(&mut self) {
        self.reload_schedule_from(None);
    }

    /// As [`Room::reload_schedule`], journaled as coming from `origin` (the remote's `reload`).
    pub fn reload_schedule_from(&mut self, origin: Option<Origin>) {
        if let Some(offer) = self.reload.take() {
            // From a URL, the offer is the newer version waiting in the cache.
            if let (Some(v), Some(f)) = (self.syncing.take_waiting(), &mut self.schedule_file) {
                f.version = Some(v);
            }
            self.take_reload(&offer.session, origin);
            return;
        }
        let Some(file) = self.schedule_file.clone() else {
            self.notice(crate::tr!("nothing-to-reload"), false);
            return;
        };
        if crate::fetch::url_of(&file.path).is_some() {
            self.look_at_url_now(origin);
            return;
        }
        match load_path(&file.path, &file.overrides) {
            Ok(n) => {
                if let Some(f) = &mut self.schedule_file {
                    f.modified = modified(&f.path);
                }
                // take_reload works out the changes (and says when there are none).
                self.take_reload(&n.session, origin);
            }
            Err(e) => {
                self.notice(crate::tr!("cannot-reload-the-schedule", why = e.to_string()), true);
            }
        }
    }

    /// Takes `session` as the plan, saying what it changed (worked out now: the session may have
    /// moved on since an offer was made).
    fn take_reload(&mut self, session: &Session, origin: Option<Origin>) {
        let changes = self.run.engine().replan_changes(session);
        if changes.is_empty() {
            self.reload = None;
            self.notice(crate::tr!("no-changes-for-this-session"), false);
            return;
        }
        let command = Command::Replan {
            session: Box::new(crate::schedule::json::SessionDoc::new(session)),
            source: self.schedule_file.as_ref().map(|f| f.path.display().to_string()),
            version: self.schedule_file.as_ref().and_then(|f| f.version.clone()),
        };
        let now = self.clock.now();
        match self.run.apply_from(&command, now, origin) {
            Ok(_) => {
                self.reload = None;
                // Rows are numbered anew: a selection would point at another talk.
                self.plan_generation += 1;
                self.notice(crate::tr!("schedule-reloaded", changes = changes.join("; ")), false);
            }
            Err(RecordError::Refused(r)) => {
                self.notice(crate::tr!("changes-not-taken", why = r.to_string()), true);
            }
            Err(e @ RecordError::NotRecorded(_)) => {
                self.reload = None;
                self.notice(crate::tr!("choose-another-journal-folder", why = e.to_string()), true);
            }
        }
    }

    /// Makes the next step look at the schedule file and a followed journal at once, instead of
    /// up to [`POLL_EVERY`] later.
    pub fn look_at_files_now(&mut self) {
        self.last_poll = None;
    }

    /// Looks at the schedule file (changed? offer its plan) and a followed journal (grown? read
    /// it again), at most every [`POLL_EVERY`]. Returns whether something changed on screen.
    pub fn poll_files(&mut self) -> bool {
        let now = self.clock.now();
        // A clock set back (suspend, NTP) looks again rather than waiting for the old time.
        if self.last_poll.is_some_and(|t| now >= t && now - t < POLL_EVERY) {
            return false;
        }
        let mut changed = false;
        self.last_poll = Some(now);
        if let Some((path, len)) = self.following.clone()
            && let Ok(m) = std::fs::metadata(&path)
            && m.len() != len
            && let Ok(r) = journal::replay_path(&path)
        {
            self.run = Recorder::read_only(&r);
            self.run.engine_mut().settle(now);
            self.following = Some((path, r.file_len));
            self.plan_generation += 1;
            changed = true;
        }
        if self.resume.is_some() || self.locked.is_some() {
            return changed;
        }
        let Some(file) = self.schedule_file.clone() else { return changed };
        let now_modified = modified(&file.path);
        if now_modified.is_none() || now_modified == file.modified {
            return changed;
        }
        if let Some(f) = &mut self.schedule_file {
            f.modified = now_modified;
        }
        // A file caught half-written fails to load; the next change is looked at again.
        if let Ok(n) = load_path(&file.path, &file.overrides) {
            let changes = self.run.engine().replan_changes(&n.session);
            changed = true;
            self.reload = (!changes.is_empty()).then_some(ReloadOffer { session: n.session, changes });
        }
        changed
    }

    // ---- commands ----------------------------------------------------------------------------

    /// Applies an engine command through the journal (from `origin`: `None` is the chair's own
    /// window or terminal), telling the chair what went wrong. Returns the refusal, if any.
    pub fn apply(&mut self, c: &Command, origin: Option<Origin>) -> Result<DateTime<Utc>, RecordError> {
        let now = self.clock.now();
        let item = self.run.engine().current();
        let applied = self.run.apply_from(c, now, origin);
        match &applied {
            Ok(_) => {
                self.clear_message_at_item_change(item, origin);
                if *c == Command::Rehearse {
                    // "It runs today at its own times; Rehearse runs it from Start" no longer holds.
                    self.withdraw_tagged(OFF_DAY_NOTICE);
                }
            }
            Err(RecordError::Refused(r)) if origin.is_none() => {
                // One line per kind of refusal: a key held down must not stack a column of them.
                let tag = c.kind().key();
                self.withdraw_tagged(tag);
                self.tagged(
                    tag,
                    crate::tr!("command-refused", command = command_word(c), why = r.to_string()),
                    false,
                    false,
                );
            }
            Err(RecordError::Refused(_)) => {}
            Err(e @ RecordError::NotRecorded(_)) => {
                self.notice(crate::tr!("choose-another-journal-folder", why = e.to_string()), true);
            }
        }
        applied
    }

    /// A message to the speaker is meant for the one who was on: when a command from `origin`
    /// began another item (`item` was running before it), the message comes off the projector,
    /// journaled as that source's, and the chair is told once, unless messages are kept across
    /// talks.
    fn clear_message_at_item_change(&mut self, item: Option<usize>, origin: Option<Origin>) {
        let engine = self.run.engine();
        if self.keep_messages || engine.current() == item || engine.message().is_none() {
            return;
        }
        let text = engine.message().unwrap_or_default().to_owned();
        if self.run.apply_from(&Command::HideMessage, self.clock.now(), origin).is_ok() {
            self.withdraw_tagged(MESSAGE_CLEARED);
            self.tagged(MESSAGE_CLEARED, crate::tr!("message-cleared", message = text), false, false);
        }
    }

    /// Exports the actual timings to `path` (one file, or one per recording with a suffix), each
    /// written to a temporary file and renamed; says what was saved or what failed.
    pub fn export_to(&mut self, format: Format, path: &Path) -> bool {
        let report = Report::new(self.run.engine(), self.clock.now());
        let mut saved = Vec::new();
        for (suffix, text) in format.files(&report) {
            let target = crate::report::with_suffix(path, &suffix);
            match write_atomically(&target, text.as_bytes(), true) {
                Ok(()) => saved.push(target.display().to_string()),
                Err(e) => {
                    self.notice(
                        crate::tr!("export-failed", file = target.display().to_string(), why = e.to_string()),
                        true,
                    );
                    return false;
                }
            }
        }
        let saved = saved.join(", ");
        let text = match format.unmarked_note(&report) {
            Some(note) => crate::tr!("saved-to-note", what = format.describe(), files = saved, note = note),
            None => crate::tr!("saved-to", what = format.describe(), files = saved),
        };
        self.notice(text, false);
        true
    }

    /// One step of the room, as often as its screens are drawn (and at least when a displayed
    /// second changes): looks at the files, ticks the engine, serves the share's requests and
    /// sends the pages the state, drops notices whose time is over.
    pub fn step(&mut self) -> Stepped {
        let mut changed = self.poll_files();
        changed |= self.take_synced();
        let now = self.clock.now();
        let events = self.run.engine_mut().tick(now);
        self.resume_sharing();
        changed |= self.serve_remote();
        self.feed_publisher();
        self.expire_notices();
        Stepped { events, changed }
    }

    /// At the end of the room: the links of a finished session are not kept (there is nothing
    /// left to resume).
    pub fn close(&mut self) {
        self.forget_links_when_over();
        self.stop_publishing();
    }
}
