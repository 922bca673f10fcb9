//! The journal: every applied command, appended as one JSON line and made durable (written,
//! flushed and fsynced) before its effect is shown. The first line holds the format version and the
//! normalized session, so a journal alone rebuilds everything. Format: `docs/journal-format.md`.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, DurationRound, SecondsFormat, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::command::Command;
use super::engine::{Engine, Refusal};
use crate::error::{LoadError, Position};
use crate::schedule::Session;
use crate::schedule::json::SessionDoc;

/// The `format` value of a journal's first line.
pub const JOURNAL_FORMAT: &str = "chairtime-journal";
/// The journal version this build writes and the newest it reads.
pub const JOURNAL_VERSION: u32 = 1;

/// Serde helper: instants as RFC 3339 UTC with milliseconds (`2019-09-11T14:00:00.000Z`).
pub mod millis {
    use chrono::{DateTime, SecondsFormat, Utc};
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the instant.
    ///
    /// # Errors
    /// Only the serializer's own.
    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Millis, true))
    }

    /// Reads any RFC 3339 instant.
    ///
    /// # Errors
    /// When the text is not RFC 3339.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let text = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| serde::de::Error::custom(format!("expected an RFC 3339 time, found {text:?}: {e}")))
    }
}

/// The first line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// Always [`JOURNAL_FORMAT`].
    pub format: String,
    /// [`JOURNAL_VERSION`] when written by this build.
    pub version: u32,
    /// When the journal was created.
    #[serde(with = "millis")]
    pub created: DateTime<Utc>,
    /// The schedule file the session came from, as the chair named it (a file, or a URL).
    pub source: Option<String>,
    /// The version of the schedule it ran from, for a schedule from a URL: the file's own
    /// `<version>`, or `sha256:` and the start of its hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_version: Option<String>,
    /// The normalized session.
    pub session: SessionDoc,
}

/// One applied command.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// 1 for the first command, then +1 per line.
    pub seq: u64,
    /// When the command took effect (wall clock, UTC, milliseconds).
    #[serde(with = "millis")]
    pub at: DateTime<Utc>,
    /// The wall clock's reading, when it was earlier than `at` (the clock had been stepped back).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "opt_millis")]
    pub clock: Option<DateTime<Utc>>,
    /// What the chair did.
    pub command: Command,
    /// Where the command came from, when not from the chair window (its keys and buttons).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Origin>,
}

/// Where a command came from, when it did not come from the chair window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The chair's remote or the HTTP API (docs/remote.md).
    Remote,
}

mod opt_millis {
    use chrono::{DateTime, Utc};
    use serde::{Deserialize, Deserializer, Serializer};

    #[expect(clippy::ref_option, reason = "serde's `with` calling convention")]
    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::millis::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        #[derive(Deserialize)]
        struct W(#[serde(with = "super::millis")] DateTime<Utc>);
        Ok(Option::<W>::deserialize(d)?.map(|w| w.0))
    }
}

/// Truncates an instant to whole milliseconds, the journal's resolution, so that the live state
/// and the replayed state are the same to the nanosecond.
pub fn to_millis(t: DateTime<Utc>) -> DateTime<Utc> {
    t.duration_trunc(TimeDelta::milliseconds(1)).unwrap_or(t)
}

/// An open journal file, appended to durably. While it is open, the process holds an exclusive
/// lock on the file (one writer per journal) and a note beside it says which process that is.
#[derive(Debug)]
pub struct JournalWriter {
    file: File,
    path: PathBuf,
    seq: u64,
}

impl Drop for JournalWriter {
    fn drop(&mut self) {
        // The lock goes with the file; the note saying who held it goes too.
        let _ = std::fs::remove_file(owner_path(&self.path));
    }
}

/// The note beside a journal naming the process that writes it: `<journal>.owner`.
pub fn owner_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(".owner");
    PathBuf::from(name)
}

/// Who holds the journal's lock, as its note says ("process 4242 on laptop since 14:02:11 UTC").
pub fn holder(journal: &Path) -> Option<String> {
    std::fs::read_to_string(owner_path(journal)).ok().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// The error of a journal another process is writing: kind `WouldBlock`, and a message naming it.
fn locked_error(path: &Path) -> io::Error {
    let who =
        holder(path).map_or_else(|| "another chairtime".to_owned(), |h| format!("another chairtime ({h})"));
    io::Error::new(
        io::ErrorKind::WouldBlock,
        format!("{} is being written by {who}; open it read-only, or start another journal", path.display()),
    )
}

/// Whether an error from [`JournalWriter::create`] or [`JournalWriter::resume`] means another
/// process writes the journal.
pub fn is_locked(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::WouldBlock
}

/// Takes the exclusive lock on an open journal.
fn lock(file: &File, path: &Path) -> io::Result<()> {
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Err(locked_error(path)),
        Err(std::fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
            // A filesystem without locks (some network shares): write on, unguarded.
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(e),
    }
    Ok(())
}

/// Writes the note naming the process that holds a journal.
fn write_note(path: &Path, now: DateTime<Utc>) {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_owned())
        .unwrap_or_default();
    let on = if host.is_empty() { String::new() } else { format!(" on {host}") };
    let note = format!("process {}{on} since {} UTC\n", std::process::id(), now.format("%Y-%m-%d %H:%M:%S"));
    // The note is informative only: the lock is what keeps a second writer out.
    let _ = std::fs::write(owner_path(path), note);
}

fn fsync_dir(path: &Path) {
    // Makes a newly created file's directory entry durable. Not every platform/filesystem can
    // open a directory; failing here does not lose the file's content, so it is best effort.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
}

impl JournalWriter {
    /// Creates a new journal at `path` (never overwriting one), locked, and writes its header
    /// (with this session document) durably.
    ///
    /// # Errors
    /// I/O errors, including `AlreadyExists`, and [`is_locked`].
    pub fn create(
        path: &Path,
        session: SessionDoc,
        source: Option<String>,
        source_version: Option<String>,
        created: DateTime<Utc>,
    ) -> io::Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let mut file = OpenOptions::new().append(true).create_new(true).open(path)?;
        lock(&file, path)?;
        write_note(path, created);
        let header = Header {
            format: JOURNAL_FORMAT.to_owned(),
            version: JOURNAL_VERSION,
            created: to_millis(created),
            source,
            source_version,
            session,
        };
        let mut line = serde_json::to_string(&header).map_err(io::Error::other)?;
        line.push('\n');
        file.write_all(line.as_bytes())?;
        file.sync_all()?;
        fsync_dir(path);
        Ok(Self { file, path: path.to_owned(), seq: 0 })
    }

    /// Reopens a replayed journal for appending, locked against any other writer. Only an
    /// incomplete last line (no `\n`: a torn write) is cut off, so that the next line does not glue
    /// onto it; a complete line is never removed.
    ///
    /// # Errors
    /// Another process writes the journal ([`is_locked`]); the file changed since it was replayed
    /// (replay it again); its last complete line is damaged (appending after it would make the
    /// journal unreadable); I/O errors.
    pub fn resume(path: &Path, replayed: &Replayed, now: DateTime<Utc>) -> io::Result<Self> {
        let file = OpenOptions::new().append(true).open(path)?;
        lock(&file, path)?;
        let len = file.metadata()?.len();
        if len != replayed.file_len {
            return Err(io::Error::other(format!(
                "{} changed since it was read ({} bytes, now {len}); open it again",
                path.display(),
                replayed.file_len
            )));
        }
        if let Some(line) = replayed.damaged_complete_line {
            return Err(io::Error::other(format!(
                "{}:{line}: this line is damaged; chairtime does not write after it. Start another journal (this one can still be exported)",
                path.display()
            )));
        }
        if len != replayed.valid_len {
            file.set_len(replayed.valid_len)?;
            file.sync_all()?;
        }
        write_note(path, now);
        Ok(Self { file, path: path.to_owned(), seq: replayed.last_seq })
    }

    /// Appends one applied command and returns only once it is on disk.
    ///
    /// # Errors
    /// I/O errors (disk full, device gone): the caller must tell the chair.
    pub fn append(
        &mut self,
        at: DateTime<Utc>,
        clock: Option<DateTime<Utc>>,
        command: &Command,
        by: Option<Origin>,
    ) -> io::Result<()> {
        let entry = Entry { seq: self.seq + 1, at, clock, command: command.clone(), by };
        let mut line = serde_json::to_string(&entry).map_err(io::Error::other)?;
        line.push('\n');
        self.file.write_all(line.as_bytes())?;
        self.file.flush()?;
        self.file.sync_data()?;
        self.seq += 1;
        Ok(())
    }

    /// Where the journal is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// A journal read back.
#[derive(Debug, Clone)]
pub struct Replayed {
    /// The first line.
    pub header: Header,
    /// The engine after every entry (settled: old events are not reported again).
    pub engine: Engine,
    /// The entries that were applied.
    pub entries: Vec<Entry>,
    /// What was skipped and why (torn last line, duplicates, refused commands).
    pub warnings: Vec<String>,
    /// Bytes of the file up to the end of its last complete line (`\n`).
    pub valid_len: u64,
    /// Bytes of the file when it was read.
    pub file_len: u64,
    /// The line number of a complete last line that could not be read, if any.
    pub damaged_complete_line: Option<usize>,
    /// The last sequence number read.
    pub last_seq: u64,
    /// Entries after `until` that were not applied (`replay_until`).
    pub later: usize,
}

impl Replayed {
    /// The instant of the last entry, or the journal's creation.
    pub fn last_at(&self) -> DateTime<Utc> {
        self.entries.last().map_or(self.header.created, |e| e.at)
    }
}

/// Reads a journal file and replays it.
///
/// # Errors
/// A positioned error for a missing/damaged header, a newer version, or a damaged line that is not
/// the last one.
pub fn replay_path(path: &Path) -> Result<Replayed, LoadError> {
    replay_path_until(path, None)
}

/// Reads a journal file and replays the entries recorded at or before `until` (all with `None`):
/// the session as it was at that instant.
///
/// # Errors
/// As [`replay_path`].
pub fn replay_path_until(path: &Path, until: Option<DateTime<Utc>>) -> Result<Replayed, LoadError> {
    let name = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|e| LoadError::whole(&name, format!("cannot read the journal: {e}")))?;
    replay_until(&name, &bytes, until)
}

/// Replays journal bytes; `name` is used in messages.
///
/// # Errors
/// As [`replay_path`].
pub fn replay(name: &str, bytes: &[u8]) -> Result<Replayed, LoadError> {
    replay_until(name, bytes, None)
}

/// Replays journal bytes up to `until` (see [`replay_path_until`]).
///
/// # Errors
/// As [`replay_path`].
pub fn replay_until(name: &str, bytes: &[u8], until: Option<DateTime<Utc>>) -> Result<Replayed, LoadError> {
    let at_line = |line: usize, msg: String| LoadError::at(name, Position { line, column: 1 }, msg);
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            lines.push((start, i, true));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        lines.push((start, bytes.len(), false));
    }
    let Some(&(h_start, h_end, h_complete)) = lines.first() else {
        return Err(at_line(1, "the journal is empty; expected a header line".into()));
    };
    if !h_complete {
        return Err(at_line(
            1,
            "the journal's header line is incomplete (torn write); nothing to resume".into(),
        ));
    }
    let header: Header = serde_json::from_slice(&bytes[h_start..h_end]).map_err(|e| {
        // Say "newer version" before any shape error, when the version can be read.
        match serde_json::from_slice::<serde_json::Value>(&bytes[h_start..h_end]) {
            Ok(v) if v["version"].as_u64().is_some_and(|n| n > u64::from(JOURNAL_VERSION)) => newer(name, &v),
            // A first line that is JSON with chairtime's format field is a damaged header;
            // anything else was never a journal (a schedule passed by mistake, say).
            Ok(v) if v.get("format").is_some() => LoadError::at(
                name,
                Position { line: 1, column: e.column().max(1) },
                format!("the journal's first line (its header) is damaged: {}", plain_json_error(&e)),
            ),
            _ => LoadError::at(
                name,
                Position { line: 1, column: 1 },
                "this is not a chairtime journal (the .jsonl file chairtime writes while a session runs; \
                 docs/journal-format.md); to open a schedule, run chairtime FILE or chairtime check FILE",
            ),
        }
    })?;
    if header.format != JOURNAL_FORMAT {
        return Err(at_line(1, format!("not a chairtime journal (format {:?})", header.format)));
    }
    if header.version > JOURNAL_VERSION {
        return Err(newer(name, &serde_json::json!({ "version": header.version })));
    }
    let session = header.session.clone().into_session().map_err(|m| at_line(1, format!("session: {m}")))?;
    let mut engine = Engine::new(session);
    let mut entries: Vec<Entry> = Vec::new();
    let mut warnings = Vec::new();
    let mut valid_len = to_u64(h_end + 1);
    let mut damaged_complete_line = None;
    let mut later = 0;
    let count = lines.len();
    for (n, &(s, e, complete)) in lines.iter().enumerate().skip(1) {
        let line_no = n + 1;
        let is_last = n + 1 == count;
        let text = &bytes[s..e];
        if text.iter().all(u8::is_ascii_whitespace) && complete {
            valid_len = to_u64(e + 1);
            continue;
        }
        let parsed: Result<Entry, String> = if complete {
            serde_json::from_slice(text).map_err(|err| plain_json_error(&err))
        } else {
            Err("it was cut off while being written (chairtime probably stopped at that moment)".into())
        };
        let entry = match parsed {
            Ok(entry) => entry,
            Err(why) if is_last => {
                warnings
                    .push(format!("{name}:{line_no}: the last action is damaged and was left out: {why}"));
                if complete {
                    // A complete line is never cut off: it stays in the file.
                    valid_len = to_u64(e + 1);
                    damaged_complete_line = Some(line_no);
                }
                break;
            }
            Err(why) => {
                return Err(at_line(
                    line_no,
                    format!(
                        "this line of the journal is damaged ({why}), so the actions after it cannot be \
                         trusted; `chairtime report` still exports what comes before it with --at"
                    ),
                ));
            }
        };
        valid_len = to_u64(e + 1);
        if until.is_some_and(|u| entry.at > u) {
            later += 1;
            continue;
        }
        let last_seq = entries.last().map_or(0, |l: &Entry| l.seq);
        if let Some(prev) = entries.last()
            && entry.seq == prev.seq
        {
            if *prev == entry {
                warnings.push(format!(
                    "{name}:{line_no}: repeats line {} exactly (a duplicated write); skipped",
                    line_no - 1
                ));
                continue;
            }
            // Two writers on one journal: both actions really happened; keep both, say so.
            warnings.push(format!(
                "{name}:{line_no}: conflict: sequence number {} also numbers the line before, with a different action ({} and {}); two chairtime windows wrote this journal at once. Both actions are applied, in file order; check the times of this item",
                entry.seq,
                prev.command.kind().word(),
                entry.command.kind().word()
            ));
        }
        if entry.seq != last_seq + 1 && entry.seq != last_seq {
            warnings.push(format!(
                "{name}:{line_no}: actions seem to be missing before this line (its number is {}, the line before was {last_seq}); check the times around it",
                entry.seq
            ));
        }
        if let Err(Refusal(why)) = engine.apply(&entry.command, entry.at) {
            warnings.push(format!(
                "{name}:{line_no}: {} could not be repeated when the journal was read back: {why}",
                entry.command.kind().word()
            ));
        }
        entries.push(entry);
    }
    let last_seq = entries.last().map_or(0, |e| e.seq);
    let last = entries.last().map_or(header.created, |e| e.at);
    engine.settle(until.map_or(last, |u| u.max(last)));
    Ok(Replayed {
        header,
        engine,
        entries,
        warnings,
        valid_len,
        file_len: to_u64(bytes.len()),
        damaged_complete_line,
        last_seq,
        later,
    })
}

fn to_u64(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn newer(name: &str, v: &serde_json::Value) -> LoadError {
    LoadError::at(
        name,
        Position { line: 1, column: 1 },
        format!(
            "this journal was written by a newer chairtime (journal version {}; this one reads up to {JOURNAL_VERSION}); update chairtime to resume it",
            v["version"]
        ),
    )
}

/// An engine with its journal: the one way the app and the CLI change a running session.
///
/// A recorder can run without a journal (the journal folder could not be written): the session
/// goes on, [`Recorder::is_recording`] says so, and [`Recorder::record_to`] writes everything
/// applied so far to a new journal once a writable place is found.
#[derive(Debug)]
pub struct Recorder {
    engine: Engine,
    journal: Option<JournalWriter>,
    source: Option<String>,
    source_version: Option<String>,
    created: DateTime<Utc>,
    /// The session as the journal's header holds it (before any re-plan).
    initial: SessionDoc,
    entries: Vec<Entry>,
    /// Shown but never changed: another process writes its journal.
    read_only: bool,
}

/// What went wrong applying a command through a [`Recorder`].
#[derive(Debug)]
pub enum RecordError {
    /// The engine refused; nothing changed, nothing was written.
    Refused(Refusal),
    /// Applied, but the journal could not be written: the chair must be told at once.
    NotRecorded(io::Error),
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Refused(r) => write!(f, "{r}"),
            Self::NotRecorded(e) => write!(f, "the action was applied but NOT recorded in the journal: {e}"),
        }
    }
}

impl std::error::Error for RecordError {}

impl Recorder {
    /// Starts recording a fresh session into a new journal.
    ///
    /// # Errors
    /// I/O errors creating the journal.
    pub fn create(
        path: &Path,
        session: Session,
        source: Option<String>,
        now: DateTime<Utc>,
    ) -> io::Result<Self> {
        Self::create_versioned(path, session, source, None, now)
    }

    /// As [`Recorder::create`], naming the version of the schedule (from a URL) in the header.
    ///
    /// # Errors
    /// I/O errors creating the journal.
    pub fn create_versioned(
        path: &Path,
        session: Session,
        source: Option<String>,
        source_version: Option<String>,
        now: DateTime<Utc>,
    ) -> io::Result<Self> {
        let initial = SessionDoc::new(&session);
        let journal =
            JournalWriter::create(path, initial.clone(), source.clone(), source_version.clone(), now)?;
        Ok(Self {
            engine: Engine::new(session),
            journal: Some(journal),
            source,
            source_version,
            created: to_millis(now),
            initial,
            entries: Vec::new(),
            read_only: false,
        })
    }

    /// A session that is not (yet) recorded anywhere.
    pub fn unrecorded(session: Session, source: Option<String>, now: DateTime<Utc>) -> Self {
        Self {
            initial: SessionDoc::new(&session),
            engine: Engine::new(session),
            journal: None,
            source,
            source_version: None,
            created: to_millis(now),
            entries: Vec::new(),
            read_only: false,
        }
    }

    /// A replayed journal shown but not written to (while the chair decides whether to resume).
    pub fn preview(replayed: &Replayed) -> Self {
        Self {
            engine: replayed.engine.clone(),
            journal: None,
            source: replayed.header.source.clone(),
            source_version: replayed.header.source_version.clone(),
            created: replayed.header.created,
            initial: replayed.header.session.clone(),
            entries: replayed.entries.clone(),
            read_only: false,
        }
    }

    /// A journal another process writes, shown and never changed (every action is refused).
    pub fn read_only(replayed: &Replayed) -> Self {
        Self { read_only: true, ..Self::preview(replayed) }
    }

    /// Whether this recorder only shows a journal another process writes.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Continues a replayed journal (see [`JournalWriter::resume`]).
    ///
    /// # Errors
    /// As [`JournalWriter::resume`]: another writer ([`is_locked`]), a changed file, I/O errors.
    pub fn resume(path: &Path, replayed: Replayed, now: DateTime<Utc>) -> io::Result<Self> {
        let journal = JournalWriter::resume(path, &replayed, now)?;
        Ok(Self {
            engine: replayed.engine,
            journal: Some(journal),
            source: replayed.header.source,
            source_version: replayed.header.source_version,
            created: replayed.header.created,
            initial: replayed.header.session,
            entries: replayed.entries,
            read_only: false,
        })
    }

    /// Writes everything applied so far to a new journal at `path` and records there from now on.
    ///
    /// # Errors
    /// I/O errors; the recorder is then unchanged.
    pub fn record_to(&mut self, path: &Path) -> io::Result<()> {
        let mut journal = JournalWriter::create(
            path,
            self.initial.clone(),
            self.source.clone(),
            self.source_version.clone(),
            self.created,
        )?;
        for e in &self.entries {
            journal.append(e.at, e.clock, &e.command, e.by)?;
        }
        self.journal = Some(journal);
        self.read_only = false;
        Ok(())
    }

    /// Whether actions are being written to a journal.
    pub fn is_recording(&self) -> bool {
        self.journal.is_some()
    }

    /// Applies `command` at `now` and appends it durably. Returns the instant recorded.
    ///
    /// # Errors
    /// See [`RecordError`]. Without a journal the command is applied and `Ok` returned: the caller
    /// shows [`Recorder::is_recording`] permanently instead.
    pub fn apply(&mut self, command: &Command, now: DateTime<Utc>) -> Result<DateTime<Utc>, RecordError> {
        self.apply_from(command, now, None)
    }

    /// [`Recorder::apply`] for a command that came from elsewhere than the chair window (the
    /// journal records where).
    ///
    /// # Errors
    /// As [`Recorder::apply`].
    pub fn apply_from(
        &mut self,
        command: &Command,
        now: DateTime<Utc>,
        by: Option<Origin>,
    ) -> Result<DateTime<Utc>, RecordError> {
        if self.read_only {
            return Err(RecordError::Refused(Refusal(
                "this session is open read-only because another chairtime is running it; start another journal to run it here".into(),
            )));
        }
        let clock = to_millis(now);
        let at = self.engine.apply(command, clock).map_err(RecordError::Refused)?;
        let stepped = (at != clock).then_some(clock);
        let seq = self.entries.last().map_or(1, |e| e.seq + 1);
        self.entries.push(Entry { seq, at, clock: stepped, command: command.clone(), by });
        if let Some(journal) = &mut self.journal
            && let Err(e) = journal.append(at, stepped, command, by)
        {
            // A journal that failed once may hold a torn line: stop writing to it.
            self.journal = None;
            return Err(RecordError::NotRecorded(e));
        }
        Ok(at)
    }

    /// Whether anything has been recorded (before Start too: a reorder, a skip, a length).
    pub fn has_entries(&self) -> bool {
        !self.entries.is_empty()
    }

    /// The engine (read-only: change it through [`Recorder::apply`]).
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The engine, to call `tick` on.
    pub fn engine_mut(&mut self) -> &mut Engine {
        &mut self.engine
    }

    /// While recording: when the journal was created (its header's `created`, which names it on
    /// the conference bus) and how many lines it has (the header and one per entry).
    pub fn journal_mark(&self) -> Option<(DateTime<Utc>, u64)> {
        self.journal.as_ref()?;
        Some((self.created, self.entries.last().map_or(0, |e| e.seq) + 1))
    }

    /// Where the journal is, while recording.
    pub fn journal_path(&self) -> Option<&Path> {
        self.journal.as_ref().map(JournalWriter::path)
    }

    /// The schedule file the session came from.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
}

/// A journal file name for a session: `<date>-<title>-<created>.jsonl`, safe on every filesystem.
pub fn file_name(session: &Session, created: DateTime<Utc>) -> String {
    let slug: String = session
        .title
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stamp = created.to_rfc3339_opts(SecondsFormat::Secs, true).replace(':', "");
    format!("{}-{slug}-{stamp}.jsonl", session.date)
}

/// How long after its last action an unfinished journal of a similar plan is still offered for
/// resuming (a crash, a reboot, a restart after midnight), and how long after a `finish` a
/// finished one is (so that a mistaken finish can be taken back after a crash).
pub const RESUME_WITHIN: TimeDelta = TimeDelta::hours(12);
/// See [`RESUME_WITHIN`].
pub const UNDO_FINISH_WITHIN: TimeDelta = TimeDelta::minutes(30);

/// Whether a replayed journal is a run of `session` (from `source`) that the chair would want to
/// resume at `now`: it started, and it has not finished (or finished within
/// [`UNDO_FINISH_WITHIN`]); and its plan is this very plan, or — its last action within
/// [`RESUME_WITHIN`] — the same session changed since: the same room, and the same title (a
/// fixed speaker, a date moved past midnight) or, from the same file, most of the same talks. The
/// journal's own copy of the plan is what resumes.
pub fn is_resumable(r: &Replayed, session: &Session, source: Option<&str>, now: DateTime<Utc>) -> bool {
    let engine = &r.engine;
    if engine.started().is_none() {
        return false;
    }
    if engine.finished().is_some_and(|f| now - f > UNDO_FINISH_WITHIN) {
        return false;
    }
    if r.header.session == SessionDoc::new(session) {
        return true;
    }
    if now - r.last_at() > RESUME_WITHIN || r.last_at() > now + RESUME_WITHIN {
        return false;
    }
    // The same session: its title and room, or — from the same file, its title fixed — most of
    // its talks. Another room or track of the same conference file is not this session.
    let recorded = engine.session();
    let same_room = recorded.room == session.room;
    let same_title = recorded.title == session.title || r.header.session.title == session.title;
    let same_file = source.is_some() && r.header.source.as_deref() == source;
    let matched = super::replan::match_items(&recorded.items, &session.items).iter().flatten().count();
    same_room && (same_title || (same_file && matched * 2 > recorded.items.len()))
}

/// The newest journal in `dir` that [`is_resumable`] for this session: what the app offers to
/// resume, so that a restart after a crash never silently starts afresh. Unreadable files are
/// passed over.
pub fn find_resumable(
    dir: &Path,
    session: &Session,
    source: Option<&str>,
    now: DateTime<Utc>,
) -> Option<(PathBuf, Replayed)> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .filter_map(|p| replay_path(&p).ok().map(|r| (p, r)))
        .filter(|(_, r)| is_resumable(r, session, source, now))
        .max_by_key(|(_, r)| r.last_at())
}

/// A JSON reader's error in words: what is wrong with the line, without "line 1 column 9".
fn plain_json_error(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "it ends in the middle".to_owned(),
        Category::Syntax => "it is not readable JSON".to_owned(),
        Category::Data => {
            let text = e.to_string();
            let what = text.split(" at line ").next().unwrap_or(&text);
            format!("it does not have the expected fields ({what})")
        }
        Category::Io => e.to_string(),
    }
}
