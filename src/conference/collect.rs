//! The collector (`chairtime collect mqtt://…/PREFIX DIR`, docs/conference.md): every room's
//! journal written into one folder as it happens, byte for byte as on the room's laptop.
//!
//! Each line is on disk (fsynced) before the broker is told it arrived, and the MQTT session is a
//! persistent one, so the broker keeps what comes while the collector is down and sends it when it
//! is back. A line that comes twice (a room sent it again after a lost acknowledgement, or the
//! broker redelivered it) is dropped by its number; a line that comes early (one before it is
//! missing) waits for the missing one, and a gap that stays is reported.

use std::collections::{BTreeMap, HashMap};
use std::fs::{File, OpenOptions};
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rumqttc::v5::mqttbytes::QoS;
use rumqttc::v5::mqttbytes::v5::Packet;
use rumqttc::v5::{AsyncClient, Event, MqttOptions};

use super::JournalMark;
use super::bus::{Connection, RoomTopics, Topic, level};

/// A room whose journal is longer than what the collector has is asked for the rest after this
/// long (lines on their way arrive meanwhile)…
const BEHIND_FOR: Duration = Duration::from_secs(3);
/// …and asked again this often while it stays behind.
const ASK_EVERY: Duration = Duration::from_secs(10);

/// What a room says its journal is, and since when the collector lacks some of it.
struct Mark {
    mark: JournalMark,
    behind_since: Option<tokio::time::Instant>,
    asked: Option<tokio::time::Instant>,
}

/// What became of one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    /// Written, with every line that waited for it: the file now has this many lines.
    Written(u64),
    /// Already in the file (and the same): dropped.
    Repeat,
    /// A line before it is missing: it waits. The first line missing.
    Waiting(u64),
    /// Not a journal line, or not the one already kept under its number: not written.
    Refused(String),
}

/// One journal being collected.
#[derive(Debug)]
struct Run {
    path: PathBuf,
    file: File,
    /// Complete lines in the file: the number of the next line to write.
    lines: u64,
    /// Lines that came before one they follow.
    early: BTreeMap<u64, Vec<u8>>,
    /// The lines kept, for telling a repeat from a conflict (a journal is small).
    kept: Vec<Vec<u8>>,
}

impl Run {
    /// Opens (or creates) the collected file; a torn last line (the collector stopped mid-write)
    /// is cut off: the room sends that line again.
    fn open(path: &Path) -> io::Result<Self> {
        let mut bytes = Vec::new();
        if let Ok(mut f) = File::open(path) {
            f.read_to_end(&mut bytes)?;
        }
        let whole = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        if whole < bytes.len() {
            file.set_len(whole as u64)?;
        }
        // Whole lines end with "\n": the split's last piece is the empty one after it.
        let mut kept: Vec<Vec<u8>> = bytes[..whole].split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
        kept.pop();
        Ok(Self { path: path.to_owned(), file, lines: kept.len() as u64, early: BTreeMap::new(), kept })
    }

    fn write(&mut self, line: &[u8]) -> io::Result<()> {
        let mut bytes = line.to_vec();
        bytes.push(b'\n');
        self.file.write_all(&bytes)?;
        self.file.sync_data()?;
        self.kept.push(line.to_vec());
        self.lines += 1;
        Ok(())
    }
}

/// A journal line's number: 0 for the first line (the header), `seq` for an entry.
fn line_number(line: &[u8]) -> Option<u64> {
    let v: serde_json::Value = serde_json::from_slice(line).ok()?;
    if v.get("format").and_then(serde_json::Value::as_str) == Some(crate::timing::journal::JOURNAL_FORMAT) {
        return Some(0);
    }
    v.get("seq")?.as_u64().filter(|&n| n > 0)
}

/// Every journal collected into one folder.
#[derive(Debug)]
pub struct Collector {
    dir: PathBuf,
    runs: HashMap<PathBuf, Run>,
}

impl Collector {
    /// Collects into `dir` (made if missing).
    ///
    /// # Errors
    /// The folder cannot be made.
    pub fn new(dir: &Path) -> io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        Ok(Self { dir: dir.to_owned(), runs: HashMap::new() })
    }

    /// The file a room's journal goes to: `DIR/<conference>_<room>_<run>.jsonl`.
    pub fn path_of(&self, conference: &str, room: &str, run: &str) -> PathBuf {
        self.dir.join(format!("{}_{}_{}.jsonl", level(conference), level(room), level(run)))
    }

    /// Takes one line of a room's journal `run`.
    ///
    /// # Errors
    /// The file cannot be opened or written (the line is then not acknowledged, and comes again).
    pub fn receive(&mut self, conference: &str, room: &str, run: &str, line: &[u8]) -> io::Result<Received> {
        let Some(n) = line_number(line) else {
            return Ok(Received::Refused("not a journal line (no header, no seq)".to_owned()));
        };
        let path = self.path_of(conference, room, run);
        if !self.runs.contains_key(&path) {
            let r = Run::open(&path)?;
            self.runs.insert(path.clone(), r);
        }
        let Some(r) = self.runs.get_mut(&path) else { return Ok(Received::Refused("lost".to_owned())) };
        if n < r.lines {
            let same = usize::try_from(n).ok().and_then(|i| r.kept.get(i)).is_some_and(|k| k == line);
            return Ok(if same {
                Received::Repeat
            } else {
                Received::Refused(format!(
                    "line {n} differs from the one already kept in {}",
                    r.path.display()
                ))
            });
        }
        if n > r.lines {
            r.early.insert(n, line.to_vec());
            return Ok(Received::Waiting(r.lines));
        }
        r.write(line)?;
        while let Some(next) = r.early.remove(&r.lines) {
            r.write(&next)?;
        }
        Ok(Received::Written(r.lines))
    }

    /// How many lines of a room's journal `run` are written (0 for one not seen).
    ///
    /// # Errors
    /// The file is there but cannot be read.
    pub fn lines(&mut self, conference: &str, room: &str, run: &str) -> io::Result<u64> {
        let path = self.path_of(conference, room, run);
        if let Some(r) = self.runs.get(&path) {
            return Ok(r.lines);
        }
        if !path.exists() {
            return Ok(0);
        }
        let r = Run::open(&path)?;
        let n = r.lines;
        self.runs.insert(path, r);
        Ok(n)
    }

    /// The journals with lines missing: the file, the first line missing, how many wait after it.
    pub fn gaps(&self) -> Vec<(PathBuf, u64, usize)> {
        let mut out: Vec<_> = self
            .runs
            .values()
            .filter(|r| !r.early.is_empty())
            .map(|r| (r.path.clone(), r.lines, r.early.len()))
            .collect();
        out.sort();
        out
    }
}

/// How a collector connects: the bus, and its name there (the broker keeps its session by it).
#[derive(Debug, Clone)]
pub struct Options {
    /// The bus.
    pub connection: Connection,
    /// The MQTT client id; the broker keeps what arrives for it while it is away.
    pub id: String,
    /// How long the broker keeps the session while the collector is away, seconds.
    pub keep_for_s: u32,
}

fn mqtt_options(o: &Options) -> Result<MqttOptions, String> {
    let mut m = o.connection.mqtt_options(&o.id, false)?;
    m.set_clean_start(false);
    m.set_session_expiry_interval(Some(o.keep_for_s));
    m.set_manual_acks(true);
    Ok(m)
}

/// Runs the collector until `stop` says so; what happens goes to `say` (a line each).
///
/// # Errors
/// The folder cannot be made; the TLS settings cannot be made.
pub fn run(
    options: &Options,
    dir: &Path,
    stop: &std::sync::atomic::AtomicBool,
    say: &mut dyn FnMut(&str),
) -> Result<(), String> {
    let mut collector =
        Collector::new(dir).map_err(|e| format!("{}: cannot make the folder: {e}", dir.display()))?;
    let m = mqtt_options(options)?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
        .map_err(|e| format!("cannot start the network: {e}"))?;
    rt.block_on(collect(m, options, &mut collector, stop, say));
    for (path, first, waiting) in collector.gaps() {
        say(&format!(
            "{}: line {first} never arrived ({waiting} later lines were not written)",
            path.display()
        ));
    }
    Ok(())
}

async fn collect(
    m: MqttOptions,
    options: &Options,
    collector: &mut Collector,
    stop: &std::sync::atomic::AtomicBool,
    say: &mut dyn FnMut(&str),
) {
    use std::sync::atomic::Ordering;
    let bus = &options.connection.bus;
    let filter = format!("{}/+/+/journal/+", bus.prefix);
    let states = format!("{}/+/+/state", bus.prefix);
    let mut marks: HashMap<(String, String), Mark> = HashMap::new();
    let mut wait = Duration::from_secs(1);
    let mut said_down = false;
    let mut gaps_said: Vec<(PathBuf, u64, usize)> = Vec::new();
    // One client for the whole run: its requests (acks) survive a reconnect with the session.
    let (client, mut events) = AsyncClient::new(m, 1024);
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    let mut last_gap_look = tokio::time::Instant::now();
    while !stop.load(Ordering::Relaxed) {
        tokio::select! {
            event = events.poll() => match event {
                Ok(Event::Incoming(Packet::ConnAck(ack))) => {
                    wait = Duration::from_secs(1);
                    said_down = false;
                    say(&format!("collecting {bus} into {} (session {})", collector.dir.display(),
                        if ack.session_present { "kept by the broker" } else { "new" }));
                    // Again even when the broker kept the session: a broker that lost it may say
                    // otherwise, and subscribing twice changes nothing.
                    let _ = client.try_subscribe(filter.clone(), QoS::AtLeastOnce);
                    let _ = client.try_subscribe(states.clone(), QoS::AtMostOnce);
                }
                Ok(Event::Incoming(Packet::Publish(p))) => {
                    let topic = String::from_utf8_lossy(&p.topic).into_owned();
                    let kept = match Topic::parse(&bus.prefix, &topic) {
                        Some(Topic::State { conference, room }) => {
                            let mark = serde_json::from_slice::<serde_json::Value>(&p.payload)
                                .ok()
                                .and_then(|v| serde_json::from_value::<JournalMark>(v.get("journal")?.clone()).ok());
                            if let Some(mark) = mark {
                                let m = marks.entry((conference, room)).or_insert(Mark { mark: mark.clone(), behind_since: None, asked: None });
                                if m.mark != mark {
                                    m.mark = mark;
                                }
                            }
                            true
                        }
                        Some(Topic::Journal { conference, room, run }) => {
                            match collector.receive(&conference, &room, &run, &p.payload) {
                                Ok(Received::Refused(why)) => {
                                    say(&format!("{topic}: {why}"));
                                    true
                                }
                                Ok(Received::Written(1)) => {
                                    say(&format!("{room}: a new journal, {}", collector.path_of(&conference, &room, &run).display()));
                                    true
                                }
                                Ok(_) => true,
                                Err(e) => {
                                    say(&format!("{topic}: cannot write: {e}; the broker sends it again"));
                                    false
                                }
                            }
                        }
                        _ => true,
                    };
                    if kept && p.qos != QoS::AtMostOnce {
                        let _ = client.try_ack(&p);
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    if !said_down {
                        let refused = matches!(e, rumqttc::v5::ConnectionError::ConnectionRefused(_));
                        let why = super::publish::describe(&e, &bus.host, bus.port);
                        say(&if refused {
                            format!("the broker does not let this collector in: {why} (check --bus-credentials); trying again every few seconds")
                        } else {
                            format!("not reaching the broker: {why}; trying again")
                        });
                        said_down = true;
                    }
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(10));
                }
            },
            _ = tick.tick() => {
                ask_for_missing(&client, &bus.prefix, collector, &mut marks, say);
                if last_gap_look.elapsed() >= Duration::from_secs(10) {
                    last_gap_look = tokio::time::Instant::now();
                    let gaps = collector.gaps();
                    for g in &gaps {
                        if !gaps_said.contains(g) {
                            say(&format!("{}: waiting for line {} ({} later lines held)", g.0.display(), g.1, g.2));
                        }
                    }
                    gaps_said = gaps;
                }
            }
        }
    }
    let _ = client.try_disconnect();
    let _ = tokio::time::timeout(Duration::from_secs(1), events.poll()).await;
}

/// Asks every room whose journal is longer than what is written here (for a while) to send the
/// rest again: after a broker restart that lost its queue, or when the collector came late.
fn ask_for_missing(
    client: &AsyncClient,
    prefix: &str,
    collector: &mut Collector,
    marks: &mut HashMap<(String, String), Mark>,
    say: &mut dyn FnMut(&str),
) {
    let now = tokio::time::Instant::now();
    for ((conference, room), m) in marks.iter_mut() {
        let Ok(have) = collector.lines(conference, room, &m.mark.run) else { continue };
        if have >= m.mark.lines {
            m.behind_since = None;
            m.asked = None;
            continue;
        }
        let since = *m.behind_since.get_or_insert(now);
        if now - since < BEHIND_FOR || m.asked.is_some_and(|a| now - a < ASK_EVERY) {
            continue;
        }
        let ask = super::Resend { run: m.mark.run.clone(), from: have };
        let Ok(payload) = serde_json::to_vec(&ask) else { continue };
        let topic = RoomTopics::new(prefix, conference, room).resend();
        if client.try_publish(topic, QoS::AtLeastOnce, false, payload).is_ok() {
            say(&format!("{room}: has {} lines, this folder {have}: asked for the rest", m.mark.lines));
            m.asked = Some(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &[u8] =
        br#"{"format":"chairtime-journal","version":1,"created":"2026-12-03T06:15:41.352Z"}"#;

    fn entry(n: u64) -> Vec<u8> {
        format!(r#"{{"seq":{n},"at":"2026-12-03T06:15:4{n}.000Z","command":{{"type":"next"}}}}"#).into_bytes()
    }

    #[test]
    fn lines_are_written_in_order_repeats_dropped_and_early_ones_wait_for_the_gap() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Collector::new(dir.path()).unwrap();
        assert_eq!(c.receive("conf", "Room 2", "r1", HEADER).unwrap(), Received::Written(1));
        assert_eq!(c.receive("conf", "Room 2", "r1", &entry(1)).unwrap(), Received::Written(2));
        assert_eq!(c.receive("conf", "Room 2", "r1", &entry(1)).unwrap(), Received::Repeat);
        assert_eq!(c.receive("conf", "Room 2", "r1", &entry(3)).unwrap(), Received::Waiting(2));
        assert_eq!(c.gaps().len(), 1);
        assert_eq!(c.receive("conf", "Room 2", "r1", &entry(2)).unwrap(), Received::Written(4));
        assert!(c.gaps().is_empty());
        let text = std::fs::read(c.path_of("conf", "Room 2", "r1")).unwrap();
        let want: Vec<u8> =
            [HEADER.to_vec(), entry(1), entry(2), entry(3)].join(&b'\n').into_iter().chain([b'\n']).collect();
        assert_eq!(text, want, "byte for byte, in order");
        assert!(c.path_of("conf", "Room 2", "r1").ends_with("conf_room-2_r1.jsonl"));
    }

    #[test]
    fn a_restarted_collector_goes_on_from_its_file_and_cuts_a_torn_last_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = {
            let mut c = Collector::new(dir.path()).unwrap();
            c.receive("c", "r", "x", HEADER).unwrap();
            c.receive("c", "r", "x", &entry(1)).unwrap();
            c.path_of("c", "r", "x")
        };
        OpenOptions::new().append(true).open(&path).unwrap().write_all(b"{\"seq\":2,\"at").unwrap();
        let mut c = Collector::new(dir.path()).unwrap();
        assert_eq!(c.receive("c", "r", "x", &entry(1)).unwrap(), Received::Repeat);
        assert_eq!(c.receive("c", "r", "x", &entry(2)).unwrap(), Received::Written(3));
        let text = String::from_utf8(std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(text.lines().count(), 3);
        assert!(!text.contains("{\"seq\":2,\"at{"), "the torn line is gone");
    }

    #[test]
    fn a_different_line_under_a_kept_number_and_a_foreign_message_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Collector::new(dir.path()).unwrap();
        c.receive("c", "r", "x", HEADER).unwrap();
        c.receive("c", "r", "x", &entry(1)).unwrap();
        let other = br#"{"seq":1,"at":"2026-12-03T07:00:00.000Z","command":{"type":"back"}}"#;
        assert!(
            matches!(c.receive("c", "r", "x", other).unwrap(), Received::Refused(w) if w.contains("differs"))
        );
        assert!(matches!(c.receive("c", "r", "x", b"hello").unwrap(), Received::Refused(_)));
        assert!(matches!(c.receive("c", "r", "x", br#"{"seq":0}"#).unwrap(), Received::Refused(_)));
    }
}
