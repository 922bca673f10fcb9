//! The whole conference on a real MQTT broker: a room without a window publishes (`--publish`),
//! `chairtime collect` keeps its journal, the wall follows, and every fault ends with the collected
//! journal byte for byte the laptop's. The broker chairtime embeds (`wall --broker`) in every
//! `cargo test`; Mosquitto, started by each test, for the rest: they need `/usr/sbin/mosquitto`
//! and `openssl`, which `.ci/conference-bus.sh` installs before it runs them (`-- --ignored`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

#[path = "common/http.rs"]
mod http;
#[path = "common/mosquitto.rs"]
mod mosquitto;
#[path = "common/room.rs"]
mod room;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mosquitto::{Mosquitto, retained};
use room::{Headless, Place};

/// A running `chairtime collect`.
struct Collector {
    child: Child,
    dir: PathBuf,
    log: PathBuf,
}

impl Collector {
    fn start(place: &Place, bus: &str, extra: &[&str]) -> Self {
        let dir = place.dir.path().join("collected");
        let log = place.dir.path().join("collect.log");
        let child = place
            .chairtime()
            .arg("collect")
            .arg(bus)
            .arg(&dir)
            .args(extra)
            .stdout(Stdio::null())
            .stderr(std::fs::OpenOptions::new().create(true).append(true).open(&log).unwrap())
            .spawn()
            .unwrap();
        Self { child, dir, log }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn journals(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .map(|d| {
                d.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "jsonl")).collect()
            })
            .unwrap_or_default();
        out.sort();
        out
    }

    /// Waits until the one journal collected is the room's, byte for byte.
    fn wait_identical(&self, journal: &Path, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(40);
        let want = std::fs::read(journal).unwrap();
        loop {
            let got = self.journals();
            if got.len() == 1 && std::fs::read(&got[0]).unwrap() == want {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{what}: the collected journals {got:?} never became the room's ({} lines):\n{}",
                want.iter().filter(|&&b| b == b'\n').count(),
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn stop(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            assert!(Instant::now() < deadline, "the collector did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Collector {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The tests that start rumqttd in this process take turns: the broker has no stop and keeps its
/// threads, and the room's will (its "offline") went missing twice in full runs where three of them
/// worked side by side on a loaded machine (and in none of the runs of one alone).
static ONE_EMBEDDED_BROKER_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn act(room: &Headless, commands: &[&str]) {
    for c in commands {
        let reply = room.send(&format!(r#"{{"command":"{c}"}}"#));
        assert_eq!(reply.status, 200, "{c}: {}", reply.body);
    }
}

/// What the room tells its chair: the notices and the serious ones (alerts).
fn said(s: &serde_json::Value) -> String {
    format!("{} {}", s["chair"]["notices"], s["chair"]["alerts"])
}

#[test]
#[ignore = "needs mosquitto and openssl: .ci/conference-bus.sh runs it"]
fn a_collector_that_comes_late_gets_the_whole_journal_byte_for_byte_and_now_names_the_talk() {
    let broker = Mosquitto::plain();
    let place = Place::new();
    let room = place.start(&["--publish", &broker.bus("lpc")]);
    act(&room, &["start", "next", "next"]);
    let collector = Collector::start(&place, &broker.bus("lpc"), &[]);
    collector.wait_identical(&place.journal(), "a collector started after the session");
    act(&room, &["plus_minute", "next"]);
    collector.wait_identical(&place.journal(), "and as it goes on");

    let now = retained(broker.port, "lpc/+/+/now");
    assert_eq!(now.len(), 1, "{now:?}");
    assert!(now[0].0.ends_with("/esmerelda-room-i-ii/now"), "{now:?}");
    let talk: serde_json::Value = serde_json::from_str(&now[0].1).unwrap();
    assert_eq!(talk["title"], "BPF Debugging", "{talk}");
    assert!(talk["actual_start"].as_str().unwrap().ends_with('Z'), "{talk}");
    let state = retained(broker.port, "lpc/+/+/state");
    let state: serde_json::Value = serde_json::from_str(&state[0].1).unwrap();
    assert_eq!(state["journal"]["lines"], 6, "{state}");
    assert!(state.to_string().find(&room.control).is_none(), "no token on the bus");
    assert_eq!(retained(broker.port, "lpc/+/+/online")[0].1, "true");

    assert!(room.terminate().success());
    assert_eq!(retained(broker.port, "lpc/+/+/online")[0].1, "false", "a clean stop says so at once");
    assert!(collector.stop().success());
}

#[test]
#[ignore = "needs mosquitto and openssl: .ci/conference-bus.sh runs it"]
fn the_broker_killed_mid_session_and_the_collector_restarted_lose_no_line() {
    let mut broker = Mosquitto::plain();
    let place = Place::new();
    let room = place.start(&["--publish", &broker.bus("c")]);
    let collector = Collector::start(&place, &broker.bus("c"), &[]);
    act(&room, &["start", "next"]);
    collector.wait_identical(&place.journal(), "before the fault");

    // The broker dies (SIGKILL, nothing kept); the chair works on meanwhile.
    broker.kill();
    act(&room, &["next", "plus_minute", "minus_minute"]);
    room.wait_for("the chair told the broker is away", |s| {
        said(s).contains("Not reaching the conference's broker")
    });
    broker.start();
    act(&room, &["next"]);
    collector.wait_identical(&place.journal(), "after the broker came back without its memory");
    room.wait_for("the notice gone once it is back", |s| {
        !said(s).contains("Not reaching the conference's broker")
    });

    // The collector stops and starts again while the room goes on.
    assert!(collector.stop().success());
    act(&room, &["next", "pause", "resume"]);
    let collector = Collector::start(&place, &broker.bus("c"), &[]);
    act(&room, &["next"]);
    collector.wait_identical(&place.journal(), "after the collector's restart");
    assert!(room.terminate().success());
}

/// A broker with passwords and an ACL that lets `room2` write only its own room's topics.
fn guarded() -> Mosquitto {
    Mosquitto::with(|dir, _| {
        let passwd = dir.join("passwd");
        for (i, (user, pw)) in
            [("room2", "room2-pw"), ("intruder", "intruder-pw"), ("collector", "collector-pw")]
                .iter()
                .enumerate()
        {
            let mut c = Command::new("mosquitto_passwd");
            if i == 0 {
                c.arg("-c");
            }
            assert!(c.arg("-b").arg(&passwd).args([user, pw]).status().unwrap().success());
        }
        let room = "c/linux-plumbers-conference-2019/esmerelda-room-i-ii";
        std::fs::write(
            dir.join("acl"),
            format!(
                "user room2\ntopic readwrite {room}/#\n\nuser intruder\ntopic readwrite c/other/room/#\n\nuser collector\ntopic read c/#\ntopic write c/+/+/resend\n"
            ),
        )
        .unwrap();
        format!(
            "allow_anonymous false\npassword_file {}\nacl_file {}\n",
            passwd.display(),
            dir.join("acl").display()
        )
    })
}

fn credentials(place: &Place, user: &str, pw: &str) -> String {
    let path = place.dir.path().join(format!("{user}.credentials"));
    std::fs::write(&path, format!("{user}:{pw}\n")).unwrap();
    path.display().to_string()
}

#[test]
#[ignore = "needs mosquitto and openssl: .ci/conference-bus.sh runs it"]
fn passwords_and_an_acl_let_the_room_in_and_a_refused_room_is_told_and_keeps_its_journal() {
    let broker = guarded();
    let place = Place::new();
    let collector = Collector::start(
        &place,
        &broker.bus("c"),
        &["--bus-credentials", &credentials(&place, "collector", "collector-pw")],
    );

    // A wrong password: said in words, the room runs on.
    let wrong = credentials(&place, "room2", "not-it");
    let room = place.start(&["--publish", &broker.bus("c"), "--bus-credentials", &wrong]);
    act(&room, &["start"]);
    room.wait_for("the wrong password said", |s| said(s).contains("user name or password"));
    assert!(room.terminate().success());

    // A room whose account may not write this room's topics: told, nothing lost locally.
    let place2 = Place::new();
    let intruder = credentials(&place2, "intruder", "intruder-pw");
    let refused = place2.start(&["--publish", &broker.bus("c"), "--bus-credentials", &intruder]);
    act(&refused, &["start", "next"]);
    refused.wait_for("the refusal said", |s| said(s).contains("refuses this room's journal"));
    let alerts = refused.state()["chair"]["alerts"].to_string();
    assert!(alerts.contains("Attention: ") && alerts.contains("refuses"), "a serious notice: {alerts}");
    let lines = std::fs::read_to_string(place2.journal()).unwrap().lines().count();
    assert_eq!(lines, 3, "the journal is whole on the laptop");
    assert!(refused.terminate().success());

    // The right account: the room's journal arrives whole, resumed from the first run's journal.
    let right = credentials(&place, "room2", "room2-pw");
    let room = place.start(&["--publish", &broker.bus("c"), "--bus-credentials", &right]);
    act(&room, &["next"]);
    collector.wait_identical(&place.journal(), "through the ACL");
    assert!(room.terminate().success());
    assert!(!collector.log().contains("intruder"), "{}", collector.log());
}

#[test]
#[ignore = "needs mosquitto and openssl: .ci/conference-bus.sh runs it"]
fn over_tls_with_the_conferences_own_certificate_authority() {
    let broker = Mosquitto::with(|dir, _| {
        let run = |args: &[&str]| {
            let out = Command::new("openssl").current_dir(dir).args(args).output().unwrap();
            assert!(out.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        };
        run(&[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-keyout",
            "ca.key",
            "-out",
            "ca.crt",
            "-subj",
            "/CN=chairtime test CA",
        ]);
        run(&[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=127.0.0.1",
        ]);
        std::fs::write(
            dir.join("san.ext"),
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        run(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "san.ext",
            "-out",
            "server.crt",
        ]);
        format!(
            "allow_anonymous true\ncafile {0}/ca.crt\ncertfile {0}/server.crt\nkeyfile {0}/server.key\n",
            dir.display()
        )
    });
    let ca = broker.dir.path().join("ca.crt").display().to_string();
    let bus = format!("mqtts://127.0.0.1:{}/tls", broker.port);
    let place = Place::new();

    // Without the conference's CA, the broker's certificate is not trusted: said, the room runs on.
    let untrusting = place.start(&["--publish", &bus]);
    act(&untrusting, &["start"]);
    untrusting.wait_for("the TLS failure said", |s| said(s).contains("TLS"));
    assert!(untrusting.terminate().success());

    let collector = Collector::start(&place, &bus, &["--bus-ca", &ca]);
    let room = place.start(&["--publish", &bus, "--bus-ca", &ca]);
    act(&room, &["next"]);
    collector.wait_identical(&place.journal(), "over TLS");
    assert!(room.terminate().success());
}

#[test]
#[ignore = "needs mosquitto and openssl: .ci/conference-bus.sh runs it"]
fn the_walls_feed_shows_a_publishing_room_and_sees_its_laptop_vanish() {
    use chairtime::conference::bus::Connection;
    use chairtime::conference::wall::{Feed, Wall};
    use chairtime::timing::clock::{Clock, SystemClock};
    use std::sync::{Arc, Mutex};

    let broker = Mosquitto::plain();
    let place = Place::new();
    let mut room = place.start(&["--publish", &broker.bus("w")]);
    act(&room, &["start", "next"]);
    let wall = Arc::new(Mutex::new(Wall::new("w", chrono_tz::UTC)));
    let connection = Connection::new(broker.bus("w").parse().unwrap(), None, None).unwrap();
    let feed = Feed::start(&connection, Arc::clone(&wall), Box::new(SystemClock), Arc::new(|| {})).unwrap();
    let tile = |what: &str, f: &dyn Fn(&chairtime::conference::wall::Tile) -> bool| {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let tiles = wall.lock().unwrap().tiles(SystemClock.now());
            if tiles.len() == 1 && f(&tiles[0]) {
                return tiles[0].clone();
            }
            assert!(Instant::now() < deadline, "never {what}: {tiles:?} {:?}", feed.status());
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    let t = tile("the room's discussion", &|t| t.headline == "Discussion");
    assert_eq!((t.room.as_str(), t.offline.as_deref()), ("Esmerelda/room-I&II", None));
    assert!(feed.status().connected);
    room.child.kill().unwrap();
    room.child.wait().unwrap();
    tile("the room gone offline (its last will)", &|t| {
        t.offline.as_deref().is_some_and(|o| o.starts_with("offline since"))
    });
}

/// Not ignored: the broker chairtime embeds (`wall --broker`) needs nothing installed.
#[test]
fn the_embedded_broker_carries_a_room_to_the_collector_byte_for_byte_and_its_will_to_the_wall() {
    let _turn = ONE_EMBEDDED_BROKER_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    use chairtime::conference::bus::Connection;
    use chairtime::conference::wall::{Feed, Wall};
    use chairtime::timing::clock::{Clock, SystemClock};
    use std::sync::{Arc, Mutex};

    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    chairtime::conference::broker::start(([127, 0, 0, 1], port).into()).unwrap();
    let bus = format!("mqtt://127.0.0.1:{port}/e");
    let place = Place::new();
    let mut room = place.start(&["--publish", &bus]);
    act(&room, &["start", "next"]);
    let collector = Collector::start(&place, &bus, &[]);
    collector.wait_identical(&place.journal(), "a collector that came late, through the embedded broker");
    act(&room, &["next", "plus_minute"]);
    collector.wait_identical(&place.journal(), "as the session goes on");

    let wall = Arc::new(Mutex::new(Wall::new("e", chrono_tz::UTC)));
    let connection = Connection::new(bus.parse().unwrap(), None, None).unwrap();
    let feed = Feed::start(&connection, Arc::clone(&wall), Box::new(SystemClock), Arc::new(|| {})).unwrap();
    // The broker sends the room's will one and a half keep-alives (10 s) after it goes silent.
    let deadline = Instant::now() + Duration::from_secs(40);
    let mut killed = false;
    loop {
        let tiles = wall.lock().unwrap().tiles(SystemClock.now());
        if !killed && tiles.len() == 1 && tiles[0].headline == "Intro slides" {
            room.child.kill().unwrap();
            room.child.wait().unwrap();
            killed = true;
        }
        if killed && tiles[0].offline.is_some() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the wall never showed the room, then offline: {tiles:?} {:?}",
            feed.status()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(collector.stop().success());
}

/// A room that cannot reach the broker for ten minutes of its session (played at 120×) while its
/// chair keeps working: when the broker comes, every line arrives, in order.
#[test]
fn a_room_offline_for_ten_minutes_of_its_session_sends_everything_once_the_broker_is_there() {
    let _turn = ONE_EMBEDDED_BROKER_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let bus = format!("mqtt://127.0.0.1:{port}/off");
    let place = Place::new();
    let script = place.dir.path().join("offline.script");
    // The room goes on long after the broker comes back: the collector, which retries every ten
    // seconds at most, finds it running and asks it for what came before it subscribed.
    std::fs::write(
        &script,
        "0:00 start\n3:00 next\n6:00 message Five minutes left\n9:00 next\n12:00 next\n14:00 next\n30:00 next\n",
    )
    .unwrap();
    let collector = Collector::start(&place, &bus, &[]);
    let journal = place.dir.path().join("sim.jsonl");
    let sim = place
        .chairtime()
        .args(["simulate", "--speed", "120", "--publish", &bus, "--actions"])
        .arg(&script)
        .arg("--journal")
        .arg(&journal)
        .arg(place.file())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Ten minutes of the session (five seconds here) without a broker, then one.
    std::thread::sleep(Duration::from_secs(5));
    assert!(std::fs::read_to_string(&journal).unwrap().lines().count() >= 4, "the chair worked meanwhile");
    chairtime::conference::broker::start(([127, 0, 0, 1], port).into()).unwrap();
    let out = sim.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(!said.contains("has not acknowledged"), "the whole journal reached the broker: {said}");
    collector.wait_identical(&journal, "after ten minutes offline");
}

/// A laptop dies; the room goes on on another laptop from the collected journal: the collector
/// goes on writing the same file.
#[test]
fn a_room_resumed_on_another_laptop_from_the_collected_journal_goes_on_in_the_same_file() {
    let _turn = ONE_EMBEDDED_BROKER_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    chairtime::conference::broker::start(([127, 0, 0, 1], port).into()).unwrap();
    let bus = format!("mqtt://127.0.0.1:{port}/move");
    let first = Place::new();
    let mut room = first.start(&["--publish", &bus]);
    let collector = Collector::start(&first, &bus, &[]);
    act(&room, &["start", "next"]);
    collector.wait_identical(&first.journal(), "before the laptop dies");
    room.child.kill().unwrap();
    room.child.wait().unwrap();

    // The other laptop: the collected journal, copied under its own name, resumed.
    let second = Place::new();
    std::fs::copy(&collector.journals()[0], second.journal()).unwrap();
    let room = second.start(&["--publish", &bus]);
    assert_eq!(room.state()["chair"]["phase"], "Discussion (2 of 2)", "resumed where it was");
    act(&room, &["next"]);
    collector.wait_identical(&second.journal(), "on the second laptop, in the same collected file");
    assert!(room.terminate().success());
}
