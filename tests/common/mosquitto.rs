//! A real MQTT broker for the conference tests: Debian's Mosquitto, started by the test on a free
//! loopback port with a configuration of its own (plain, TLS, passwords, ACLs), killed and started
//! again at will. `.ci/conference-bus.sh` installs it and runs these tests.

#![allow(dead_code, reason = "not every test file uses every helper")]

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running broker.
pub struct Mosquitto {
    child: Option<Child>,
    pub port: u16,
    pub dir: tempfile::TempDir,
    conf: PathBuf,
}

fn binary() -> PathBuf {
    let path = std::env::var_os("CHAIRTIME_MOSQUITTO")
        .map_or_else(|| PathBuf::from("/usr/sbin/mosquitto"), PathBuf::from);
    assert!(
        path.exists(),
        "{} is missing: apt-get install mosquitto (.ci/conference-bus.sh does)",
        path.display()
    );
    path
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Mosquitto {
    /// Anonymous clients, nothing kept across a restart (as a broker killed without persistence).
    pub fn plain() -> Self {
        Self::with(|_, _| "allow_anonymous true\n".to_owned())
    }

    /// A broker whose listener settings `extra(dir, port)` writes (after `listener PORT 127.0.0.1`).
    pub fn with(extra: impl FnOnce(&Path, u16) -> String) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let conf = dir.path().join("mosquitto.conf");
        let body = extra(dir.path(), port);
        std::fs::write(
            &conf,
            format!("per_listener_settings false\nuser root\npersistence false\nlog_dest stderr\nlistener {port} 127.0.0.1\n{body}"),
        )
        .unwrap();
        let mut m = Self { child: None, port, dir, conf };
        m.start();
        m
    }

    /// Starts it (again) and waits until it takes connections.
    pub fn start(&mut self) {
        let log =
            std::fs::OpenOptions::new().create(true).append(true).open(self.dir.path().join("log")).unwrap();
        let child = Command::new(binary())
            .arg("-c")
            .arg(&self.conf)
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "mosquitto did not start: {}", self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Kills it (SIGKILL): everything it held in memory is gone.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// What it logged.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
    }

    /// The bus link for `prefix`.
    pub fn bus(&self, prefix: &str) -> String {
        format!("mqtt://127.0.0.1:{}/{prefix}", self.port)
    }
}

impl Drop for Mosquitto {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The retained messages under `filter`, as a new subscriber gets them (topic, payload).
pub fn retained(port: u16, filter: &str) -> Vec<(String, String)> {
    use rumqttc::v5::mqttbytes::QoS;
    use rumqttc::v5::mqttbytes::v5::Packet;
    use rumqttc::v5::{Client, Event, MqttOptions};
    let mut o = MqttOptions::new(format!("test-{}", free_port()), "127.0.0.1", port);
    o.set_max_packet_size(Some(1 << 20));
    let (client, mut connection) = Client::new(o, 10);
    client.subscribe(filter, QoS::AtMostOnce).unwrap();
    let mut out = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(2);
    while Instant::now() < deadline {
        match connection.recv_timeout(Duration::from_millis(200)) {
            Ok(Ok(Event::Incoming(Packet::Publish(p)))) => out.push((
                String::from_utf8_lossy(&p.topic).into_owned(),
                String::from_utf8_lossy(&p.payload).into_owned(),
            )),
            Ok(Err(e)) => panic!("the test's own client: {e}"),
            _ => {}
        }
    }
    out
}
