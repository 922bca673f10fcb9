//! A room on the conference bus (`--publish mqtt://HOST[:PORT]/PREFIX`, docs/conference.md).
//!
//! The publisher runs on a thread of its own with a small tokio runtime; the room hands it the
//! latest state and `now` and says when its journal grew, and never waits for it. The journal on
//! disk is the source of truth: the publisher reads it back and sends every line, byte for byte, in
//! order, one at a time (QoS 1; the next only once the broker has acknowledged the last). What the
//! broker acknowledged is noted beside the journal (`<journal>.published`), so after a broker
//! restart, a lost Wi-Fi, a laptop asleep for an hour or a restart of chairtime, every line since is
//! sent, in order, before any new one. A line may reach the broker twice (its acknowledgement was
//! lost); collectors drop repeats by `seq`.
//!
//! MQTT 5, so that a broker's refusal (an ACL that does not let this room write its topic) comes
//! back as a reason code and is told to the chair, instead of being dropped silently.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rumqttc::v5::mqttbytes::QoS;
use rumqttc::v5::mqttbytes::v5::{LastWill, Packet, PubAckReason};
use rumqttc::v5::{AsyncClient, ConnectionError, Event, MqttOptions};
use tokio::sync::mpsc;
use tokio::time::Instant;

use super::bus::{Connection, RoomTopics, run_name};
use super::tail::Tail;

/// At most one state a second.
const STATE_EVERY: Duration = Duration::from_secs(1);
/// Waits between attempts to reach the broker: 1 s, doubling to this (a broker back is found
/// within ten seconds).
const RETRY_AT_MOST: Duration = Duration::from_secs(10);
/// After the broker refused a journal line, the next try.
const REFUSED_RETRY: Duration = Duration::from_secs(60);
/// The journal is looked at this often even when nobody says it grew.
const LOOK_EVERY: Duration = Duration::from_secs(5);

/// How the room's link to the bus is, for the chair.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    /// Connected to the broker now.
    pub connected: bool,
    /// Why the broker is not reached (the last attempt's error), while it is not.
    pub problem: Option<String>,
    /// The broker answers but refuses this room's login (its user name or password).
    pub login_refused: bool,
    /// The broker refused a journal line (its reason), until one is accepted.
    pub refused: Option<String>,
    /// Lines of the room's journal the broker has acknowledged.
    pub sent: u64,
    /// How many times the link was made (1 after the first connection).
    pub connections: u64,
}

enum Update {
    State(String),
    Now(Option<String>),
    Journal(PathBuf),
    Appended,
    Stop,
}

/// A room's publisher. Dropping it stops it (and says `online: false`).
pub struct Publisher {
    tx: mpsc::UnboundedSender<Update>,
    status: Arc<Mutex<Status>>,
    thread: Option<std::thread::JoinHandle<()>>,
    topics: RoomTopics,
}

impl std::fmt::Debug for Publisher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Publisher").field("topics", &self.topics).field("status", &self.status()).finish()
    }
}

impl Publisher {
    /// Starts publishing as `topics` over `connection`. Returns at once; the broker is reached
    /// (and reached again) in the background.
    ///
    /// # Errors
    /// The TLS settings cannot be made (a CA file that is not one); the thread cannot start.
    pub fn start(connection: &Connection, topics: RoomTopics) -> Result<Self, String> {
        let options = options(connection, &topics)?;
        let (tx, rx) = mpsc::unbounded_channel();
        let status = Arc::new(Mutex::new(Status::default()));
        let shared = Arc::clone(&status);
        let t = topics.clone();
        let thread = std::thread::Builder::new()
            .name("chairtime-publish".to_owned())
            .spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build()
                else {
                    set(&shared, |s| s.problem = Some("cannot start the network thread".to_owned()));
                    return;
                };
                rt.block_on(run(options, t, rx, shared));
            })
            .map_err(|e| format!("cannot start publishing: {e}"))?;
        Ok(Self { tx, status, thread: Some(thread), topics })
    }

    /// The room's topics.
    pub fn topics(&self) -> &RoomTopics {
        &self.topics
    }

    /// The room's state now (sent when it changed, at most once a second).
    pub fn state(&self, payload: String) {
        let _ = self.tx.send(Update::State(payload));
    }

    /// The item running now (`None`: none).
    pub fn now(&self, payload: Option<String>) {
        let _ = self.tx.send(Update::Now(payload));
    }

    /// The room's journal: sent from its first line not yet acknowledged. A new journal (another
    /// session) is sent after the last one is through.
    pub fn journal(&self, path: &Path) {
        let _ = self.tx.send(Update::Journal(path.to_owned()));
    }

    /// The journal grew.
    pub fn appended(&self) {
        let _ = self.tx.send(Update::Appended);
    }

    /// How the link is.
    pub fn status(&self) -> Status {
        self.status.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl Drop for Publisher {
    fn drop(&mut self) {
        let _ = self.tx.send(Update::Stop);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn set(status: &Mutex<Status>, f: impl FnOnce(&mut Status)) {
    f(&mut status.lock().unwrap_or_else(PoisonError::into_inner));
}

fn options(connection: &Connection, topics: &RoomTopics) -> Result<MqttOptions, String> {
    let mut o = connection.mqtt_options(&format!("chairtime-{}-{}", topics.conference, topics.room), true)?;
    o.set_clean_start(true);
    o.set_outgoing_inflight_upper_limit(1);
    o.set_last_will(LastWill::new(topics.online(), "false", QoS::AtLeastOnce, true, None));
    Ok(o)
}

/// What a connection error means, for a chair.
pub fn describe(e: &ConnectionError, host: &str, port: u16) -> String {
    use rumqttc::v5::mqttbytes::v5::ConnectReturnCode as Code;
    match e {
        ConnectionError::ConnectionRefused(Code::BadUserNamePassword | Code::NotAuthorized) => {
            "the broker refused the user name or password".to_owned()
        }
        ConnectionError::ConnectionRefused(code) => format!("the broker refused the connection ({code:?})"),
        ConnectionError::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            format!("nothing answers at {host}:{port}")
        }
        ConnectionError::Io(io) => format!("{host}:{port}: {io}"),
        ConnectionError::Tls(t) => format!("TLS with {host}: {t}"),
        ConnectionError::MqttState(_) => format!("the connection to {host}:{port} broke"),
        ConnectionError::Timeout(_) => format!("no answer from {host}:{port}"),
        other => format!("{host}:{port}: {other}"),
    }
}

/// One journal being sent.
struct Sending {
    tail: Tail,
    /// Its name on the bus (from its first line's `created`).
    run: Option<String>,
    /// Lines the broker has acknowledged (the next to send is this one).
    acked: u64,
    /// A collector asked for the lines from this one again (applied once no line is in flight).
    resend_from: Option<u64>,
}

impl Sending {
    fn open(path: &Path) -> Self {
        let acked = read_progress(path);
        Self { tail: Tail::new(path), run: None, acked, resend_from: None }
    }

    /// Reads the run's name from the first line, then goes to the first line not acknowledged.
    fn restart(&mut self) -> std::io::Result<()> {
        if self.run.is_none() {
            self.tail.rewind_to(0)?;
            if let Some((_, line)) = self.tail.read(1)?.into_iter().next() {
                self.run = header_run(&line);
            }
        }
        self.tail.rewind_to(self.acked)
    }
}

fn progress_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(".published");
    PathBuf::from(name)
}

fn read_progress(journal: &Path) -> u64 {
    std::fs::read_to_string(progress_path(journal)).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0)
}

/// Notes what the broker has (replaced whole: a temp file renamed). A lost note only means lines
/// are sent again, which collectors drop.
fn write_progress(journal: &Path, acked: u64) {
    let path = progress_path(journal);
    let mut tmp = path.clone().into_os_string();
    tmp.push(".tmp");
    if std::fs::write(&tmp, format!("{acked}\n")).is_ok() {
        let _ = std::fs::rename(&tmp, &path);
    }
}

fn header_run(line: &[u8]) -> Option<String> {
    let h: crate::timing::journal::Header = serde_json::from_slice(line).ok()?;
    Some(run_name(h.created))
}

/// What a QoS 1 publish in flight was.
enum Awaiting {
    Online,
    Line(u64),
}

/// Everything the room handed over, and what was last sent.
#[derive(Default)]
struct Outbox {
    state: Option<String>,
    state_sent: Option<String>,
    state_at: Option<Instant>,
    now: Option<Option<String>>,
    now_sent: Option<Option<String>>,
    journals: VecDeque<Sending>,
}

/// The state without its first field (`server_now`), to tell a change from a new timestamp.
fn without_clock(payload: &str) -> &str {
    payload.split_once(',').map_or(payload, |(_, rest)| rest)
}

struct Link<'a> {
    client: AsyncClient,
    topics: &'a RoomTopics,
    awaiting: VecDeque<Awaiting>,
    line_in_flight: bool,
    refused_until: Option<Instant>,
}

impl Link<'_> {
    async fn send_state(&mut self, out: &mut Outbox, force: bool) {
        let Some(state) = &out.state else { return };
        let changed = out.state_sent.as_deref().is_none_or(|s| without_clock(s) != without_clock(state));
        let due = out.state_at.is_none_or(|t| t.elapsed() >= STATE_EVERY);
        if force || (changed && due) {
            let sent = self.client.publish(self.topics.state(), QoS::AtMostOnce, true, state.clone()).await;
            if sent.is_ok() {
                out.state_sent = Some(state.clone());
                out.state_at = Some(Instant::now());
            }
        }
    }

    async fn send_now(&mut self, out: &mut Outbox, force: bool) {
        let Some(now) = &out.now else { return };
        if force || out.now_sent.as_ref() != Some(now) {
            let payload = now.clone().unwrap_or_default();
            if self.client.publish(self.topics.now(), QoS::AtMostOnce, true, payload).await.is_ok() {
                out.now_sent = Some(now.clone());
            }
        }
    }

    /// Sends the next journal line if none is in flight.
    async fn pump(&mut self, out: &mut Outbox, status: &Mutex<Status>) {
        if self.line_in_flight || self.refused_until.is_some_and(|t| Instant::now() < t) {
            return;
        }
        while let Some(j) = out.journals.front_mut() {
            if let Some(from) = j.resend_from.take() {
                j.acked = j.acked.min(from);
                let _ = j.tail.rewind_to(j.acked);
            }
            let line = match j.tail.read(1) {
                Ok(mut lines) => lines.pop(),
                Err(e) => {
                    set(status, |s| s.problem = Some(format!("cannot read the journal: {e}")));
                    None
                }
            };
            if let Some((n, bytes)) = line {
                if n == 0 {
                    j.run = header_run(&bytes);
                }
                let Some(run) = j.run.clone() else {
                    let why = format!("{}: its first line is not a journal's", j.tail.path().display());
                    set(status, |s| s.problem = Some(why));
                    return;
                };
                if self
                    .client
                    .publish(self.topics.journal(&run), QoS::AtLeastOnce, false, bytes)
                    .await
                    .is_ok()
                {
                    self.awaiting.push_back(Awaiting::Line(n));
                    self.line_in_flight = true;
                }
                return;
            }
            if out.journals.len() > 1 {
                out.journals.pop_front();
                if let Some(next) = out.journals.front_mut() {
                    let _ = next.restart();
                }
                continue;
            }
            return;
        }
    }

    fn acked(&mut self, reason: PubAckReason, out: &mut Outbox, status: &Mutex<Status>) {
        match self.awaiting.pop_front() {
            Some(Awaiting::Line(n)) => {
                self.line_in_flight = false;
                let Some(j) = out.journals.front_mut() else { return };
                if matches!(reason, PubAckReason::Success | PubAckReason::NoMatchingSubscribers) {
                    j.acked = n + 1;
                    write_progress(j.tail.path(), j.acked);
                    self.refused_until = None;
                    set(status, |s| {
                        s.refused = None;
                        s.sent = n + 1;
                    });
                } else {
                    // Sent again later, from the same line: nothing is skipped.
                    let _ = j.tail.rewind_to(j.acked);
                    self.refused_until = Some(Instant::now() + REFUSED_RETRY);
                    let topic = j.run.as_deref().map(|r| self.topics.journal(r)).unwrap_or_default();
                    set(status, |s| s.refused = Some(format!("{topic} ({reason:?})")));
                }
            }
            Some(Awaiting::Online) | None => {}
        }
    }
}

/// A collector's request to send the room's journal again from a line: taken for the journal
/// being sent, if it is that one.
fn resend(payload: &[u8], out: &mut Outbox) {
    let Ok(r) = serde_json::from_slice::<super::Resend>(payload) else { return };
    if let Some(j) = out.journals.front_mut()
        && j.run.as_deref() == Some(r.run.as_str())
        && r.from < j.acked
    {
        j.resend_from = Some(r.from);
    }
}

/// Takes one update from the room; `false` to stop.
fn take(update: Option<Update>, out: &mut Outbox) -> bool {
    match update {
        None | Some(Update::Stop) => return false,
        Some(Update::State(s)) => out.state = Some(s),
        Some(Update::Now(n)) => out.now = Some(n),
        Some(Update::Journal(p)) => {
            if out.journals.back().is_none_or(|j| j.tail.path() != p) {
                let mut j = Sending::open(&p);
                if out.journals.is_empty() {
                    let _ = j.restart();
                }
                out.journals.push_back(j);
            }
        }
        Some(Update::Appended) => {}
    }
    true
}

async fn run(
    options: MqttOptions,
    topics: RoomTopics,
    mut rx: mpsc::UnboundedReceiver<Update>,
    status: Arc<Mutex<Status>>,
) {
    let (host, port) = options.broker_address();
    let mut out = Outbox::default();
    let mut wait = Duration::from_secs(1);
    loop {
        let (client, mut events) = AsyncClient::new(options.clone(), 64);
        let mut link = Link {
            client,
            topics: &topics,
            awaiting: VecDeque::new(),
            line_in_flight: false,
            refused_until: None,
        };
        for j in &mut out.journals {
            let _ = j.restart();
        }
        let mut connected = false;
        let mut tick = tokio::time::interval(Duration::from_millis(250));
        let mut looked = Instant::now();
        let ended = loop {
            tokio::select! {
                event = events.poll() => match event {
                    Ok(Event::Incoming(Packet::ConnAck(_))) => {
                        connected = true;
                        wait = Duration::from_secs(1);
                        set(&status, |s| {
                            s.connected = true;
                            s.problem = None;
                            s.login_refused = false;
                            s.connections += 1;
                        });
                        // Before any publish that waits for its acknowledgement (one in flight).
                        let _ = link.client.subscribe(topics.resend(), QoS::AtMostOnce).await;
                        if link.client.publish(topics.online(), QoS::AtLeastOnce, true, "true").await.is_ok() {
                            link.awaiting.push_back(Awaiting::Online);
                        }
                        link.send_state(&mut out, true).await;
                        link.send_now(&mut out, true).await;
                        link.pump(&mut out, &status).await;
                    }
                    Ok(Event::Incoming(Packet::PubAck(ack))) => {
                        link.acked(ack.reason, &mut out, &status);
                        link.pump(&mut out, &status).await;
                    }
                    Ok(Event::Incoming(Packet::Publish(p))) if p.topic == topics.resend().as_bytes() => {
                        resend(&p.payload, &mut out);
                        link.pump(&mut out, &status).await;
                    }
                    Ok(Event::Incoming(Packet::Disconnect(d))) => {
                        break Some(format!("the broker closed the connection ({:?})", d.reason_code));
                    }
                    Ok(_) => {}
                    Err(e) => {
                        let refused = matches!(e, ConnectionError::ConnectionRefused(_));
                        set(&status, |s| s.login_refused = refused);
                        break Some(describe(&e, &host, port));
                    }
                },
                update = rx.recv() => {
                    if !take(update, &mut out) {
                        break None;
                    }
                    if connected {
                        link.send_state(&mut out, false).await;
                        link.send_now(&mut out, false).await;
                        link.pump(&mut out, &status).await;
                    }
                }
                _ = tick.tick() => {
                    if connected {
                        link.send_state(&mut out, false).await;
                        if looked.elapsed() >= LOOK_EVERY || link.refused_until.is_some_and(|t| Instant::now() >= t) {
                            looked = Instant::now();
                            link.refused_until = None;
                            link.pump(&mut out, &status).await;
                        }
                    }
                }
            }
        };
        match ended {
            None => {
                if connected {
                    // A clean stop: the wall sees the room go, without waiting for the will.
                    let _ = link.client.publish(topics.online(), QoS::AtLeastOnce, true, "false").await;
                    let _ = link.client.disconnect().await;
                    let deadline = Instant::now() + Duration::from_secs(2);
                    while Instant::now() < deadline {
                        match tokio::time::timeout_at(deadline, events.poll()).await {
                            Ok(Ok(Event::Incoming(Packet::PubAck(_)))) | Ok(Err(_)) | Err(_) => break,
                            Ok(Ok(_)) => {}
                        }
                    }
                }
                set(&status, |s| s.connected = false);
                return;
            }
            Some(problem) => {
                set(&status, |s| {
                    s.connected = false;
                    s.problem = Some(problem);
                });
            }
        }
        // Waits before the next attempt, still taking the room's updates.
        let again = Instant::now() + wait;
        wait = (wait * 2).min(RETRY_AT_MOST);
        loop {
            tokio::select! {
                update = rx.recv() => {
                    if !take(update, &mut out) {
                        return;
                    }
                }
                () = tokio::time::sleep_until(again) => break,
            }
        }
    }
}
