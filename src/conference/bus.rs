//! Where the conference's bus is and what its topics are called (docs/conference.md): the
//! `mqtt://HOST[:PORT]/PREFIX` link the organisers hand out, the credentials that never go on the
//! command line, and one topic tree a broker can give each room an ACL on:
//! `PREFIX/<conference>/<room>/{state,now,online,journal/<run>}`.

use std::fmt;
use std::path::{Path, PathBuf};

/// The MQTT port without TLS, and with it.
pub const MQTT_PORT: u16 = 1883;
/// See [`MQTT_PORT`].
pub const MQTTS_PORT: u16 = 8883;

/// A conference bus: `mqtt://HOST[:PORT]/PREFIX` or `mqtts://…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bus {
    /// TLS (`mqtts://`).
    pub tls: bool,
    /// The broker's host name or address (IPv6 without its brackets).
    pub host: String,
    /// The broker's port.
    pub port: u16,
    /// The topic prefix, without slashes at either end; never empty.
    pub prefix: String,
}

impl fmt::Display for Bus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = if self.tls { "mqtts" } else { "mqtt" };
        if self.host.contains(':') {
            write!(f, "{scheme}://[{}]:{}/{}", self.host, self.port, self.prefix)
        } else {
            write!(f, "{scheme}://{}:{}/{}", self.host, self.port, self.prefix)
        }
    }
}

impl std::str::FromStr for Bus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let example = "like mqtt://broker.example.org/chairtime or mqtts://10.0.0.5:8883/conf";
        let (tls, rest) = if let Some(r) = s.strip_prefix("mqtt://") {
            (false, r)
        } else if let Some(r) = s.strip_prefix("mqtts://") {
            (true, r)
        } else {
            return Err(format!(
                "{s:?} is not a conference bus: it starts with mqtt:// or mqtts://, {example}"
            ));
        };
        let (authority, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if authority.contains('@') {
            return Err(format!(
                "{s:?}: no user name or password in the link (it shows in the process list); give them in a file with --bus-credentials or in CHAIRTIME_MQTT_USER and CHAIRTIME_MQTT_PASSWORD"
            ));
        }
        let default_port = if tls { MQTTS_PORT } else { MQTT_PORT };
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let (h, after) =
                v6.split_once(']').ok_or_else(|| format!("{s:?}: an IPv6 address ends with ], {example}"))?;
            match after.strip_prefix(':') {
                Some(p) => (h.to_owned(), port(s, p)?),
                None if after.is_empty() => (h.to_owned(), default_port),
                None => return Err(format!("{s:?}: after the address comes :PORT or /PREFIX, {example}")),
            }
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h.to_owned(), port(s, p)?),
                None => (authority.to_owned(), default_port),
            }
        };
        if host.is_empty() {
            return Err(format!("{s:?} names no broker, {example}"));
        }
        let prefix = prefix.trim_matches('/').to_owned();
        if prefix.is_empty() {
            return Err(format!("{s:?} has no topic prefix after the broker, {example}"));
        }
        if prefix.contains(['+', '#', '?', '\0']) || prefix.split('/').any(str::is_empty) {
            return Err(format!(
                "{s:?}: the part after the broker ({prefix:?}) may hold letters, digits, - _ . and single / only, {example}"
            ));
        }
        Ok(Self { tls, host, port, prefix })
    }
}

fn port(link: &str, p: &str) -> Result<u16, String> {
    match p.parse::<u16>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{link:?}: {p:?} is not a port (1 to 65535)")),
    }
}

/// A topic level from a conference's or a room's name: lower case ASCII letters, digits and
/// dashes ("Room 2" → `room-2`, "K.3.201" → `k-3-201`), never empty; letters outside ASCII are
/// kept (MQTT topics are UTF-8) but `/`, `+`, `#` and control characters are not.
pub fn level(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        let keep = c.is_alphanumeric();
        if keep {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_owned();
    if out.is_empty() { "unnamed".to_owned() } else { out }
}

/// One room's topics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomTopics {
    base: String,
    /// The conference's level.
    pub conference: String,
    /// The room's level.
    pub room: String,
}

impl RoomTopics {
    /// The topics of `room` at `conference` under `prefix`.
    pub fn new(prefix: &str, conference: &str, room: &str) -> Self {
        let (conference, room) = (level(conference), level(room));
        Self { base: format!("{prefix}/{conference}/{room}"), conference, room }
    }

    /// Retained: what `/api/state` shows, on every change and at most once a second.
    pub fn state(&self) -> String {
        format!("{}/state", self.base)
    }

    /// Retained: the item actually running, empty when none.
    pub fn now(&self) -> String {
        format!("{}/now", self.base)
    }

    /// Retained: `true` while the room is connected; its last will says `false`.
    pub fn online(&self) -> String {
        format!("{}/online", self.base)
    }

    /// A collector's request to send a journal again from a line ([`super::Resend`]).
    pub fn resend(&self) -> String {
        format!("{}/resend", self.base)
    }

    /// Every line of the journal `run`, in order, QoS 1.
    pub fn journal(&self, run: &str) -> String {
        format!("{}/journal/{run}", self.base)
    }
}

/// What a topic under a prefix is about (for the wall and the collector).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Topic {
    /// `…/state`.
    State { conference: String, room: String },
    /// `…/now`.
    Now { conference: String, room: String },
    /// `…/online`.
    Online { conference: String, room: String },
    /// `…/resend`.
    Resend { conference: String, room: String },
    /// `…/journal/<run>`.
    Journal { conference: String, room: String, run: String },
}

impl Topic {
    /// Reads `topic` under `prefix`; `None` for a topic that is not a room's.
    pub fn parse(prefix: &str, topic: &str) -> Option<Self> {
        let rest = topic.strip_prefix(prefix)?.strip_prefix('/')?;
        let parts: Vec<&str> = rest.split('/').collect();
        let (c, r) = ((*parts.first()?).to_owned(), (*parts.get(1)?).to_owned());
        match parts.get(2..)? {
            ["state"] => Some(Self::State { conference: c, room: r }),
            ["now"] => Some(Self::Now { conference: c, room: r }),
            ["online"] => Some(Self::Online { conference: c, room: r }),
            ["resend"] => Some(Self::Resend { conference: c, room: r }),
            ["journal", run] if !run.is_empty() => {
                Some(Self::Journal { conference: c, room: r, run: (*run).to_owned() })
            }
            _ => None,
        }
    }
}

/// A journal's name on the bus: its creation instant, `20261203T061541123Z` (unique per room: a
/// room makes one journal at a time).
pub fn run_name(created: chrono::DateTime<chrono::Utc>) -> String {
    created.format("%Y%m%dT%H%M%S%3fZ").to_string()
}

/// A user name and password for the broker.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// The user name.
    pub user: String,
    /// The password.
    pub password: String,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Credentials {{ user: {:?}, password: … }}", self.user)
    }
}

/// How to reach the bus: where, as whom, and which extra certificate authority to trust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    /// The broker and the prefix.
    pub bus: Bus,
    /// From `--bus-credentials FILE` or the environment.
    pub credentials: Option<Credentials>,
    /// `--bus-ca FILE`: a PEM certificate authority trusted besides the system's.
    pub ca: Option<PathBuf>,
}

/// The environment variables that hold the broker's user name and password.
pub const USER_VAR: &str = "CHAIRTIME_MQTT_USER";
/// See [`USER_VAR`].
pub const PASSWORD_VAR: &str = "CHAIRTIME_MQTT_PASSWORD";

impl Connection {
    /// The MQTT 5 client options every chairtime client of this bus starts from: the broker, the
    /// login, TLS, a 10 s keep-alive and packets up to 1 MiB (a journal's first line holds the
    /// whole plan). `name` is the client's name; `unique` adds a random suffix (a client that
    /// keeps no session, so two of them never throw each other off the broker).
    ///
    /// # Errors
    /// The TLS settings cannot be made.
    pub fn mqtt_options(&self, name: &str, unique: bool) -> Result<rumqttc::v5::MqttOptions, String> {
        let id = if unique {
            let mut bytes = [0u8; 4];
            let _ = getrandom::fill(&mut bytes);
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            format!("{name}-{hex}")
        } else {
            name.to_owned()
        };
        let mut o = rumqttc::v5::MqttOptions::new(id, &self.bus.host, self.bus.port);
        o.set_keep_alive(std::time::Duration::from_secs(10));
        o.set_max_packet_size(Some(1 << 20));
        if let Some(c) = &self.credentials {
            o.set_credentials(c.user.clone(), c.password.clone());
        }
        if self.bus.tls {
            o.set_transport(rumqttc::Transport::tls_with_config(super::tls::configuration(
                self.ca.as_deref(),
            )?));
        }
        Ok(o)
    }

    /// The connection for `bus`, with credentials from `file` (its first line `user:password`,
    /// or the user on the first line and the password on the second), else from
    /// [`USER_VAR`]/[`PASSWORD_VAR`] when both are set.
    ///
    /// # Errors
    /// The file cannot be read or holds no user name; the CA file does not exist.
    pub fn new(bus: Bus, file: Option<&Path>, ca: Option<&Path>) -> Result<Self, String> {
        let credentials = match file {
            Some(f) => Some(read_credentials(f)?),
            None => match (std::env::var(USER_VAR), std::env::var(PASSWORD_VAR)) {
                (Ok(user), Ok(password)) if !user.is_empty() => Some(Credentials { user, password }),
                (Ok(user), Err(_)) if !user.is_empty() => {
                    return Err(format!(
                        "{USER_VAR} is set but {PASSWORD_VAR} is not: give both, or neither"
                    ));
                }
                _ => None,
            },
        };
        if let Some(ca) = ca
            && !ca.is_file()
        {
            return Err(format!("{}: no such certificate file (--bus-ca takes a PEM file)", ca.display()));
        }
        Ok(Self { bus, credentials, ca: ca.map(Path::to_owned) })
    }
}

fn read_credentials(file: &Path) -> Result<Credentials, String> {
    let text =
        std::fs::read_to_string(file).map_err(|e| format!("{}: cannot read it: {e}", file.display()))?;
    let mut lines = text.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or_default();
    let (user, password) = match first.split_once(':') {
        Some((u, p)) => (u.trim().to_owned(), p.to_owned()),
        None => (first.trim().to_owned(), lines.next().unwrap_or_default().to_owned()),
    };
    if user.is_empty() || password.is_empty() {
        return Err(format!(
            "{} (--bus-credentials):1: expected the broker's user name and password, as user:password on one line",
            file.display()
        ));
    }
    Ok(Credentials { user, password })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bus(s: &str) -> Result<Bus, String> {
        s.parse()
    }

    #[test]
    fn a_bus_link_gives_broker_port_and_prefix_with_the_schemes_default_port() {
        assert_eq!(
            bus("mqtt://broker.example.org/lpc/2026").unwrap(),
            Bus { tls: false, host: "broker.example.org".into(), port: 1883, prefix: "lpc/2026".into() }
        );
        let b = bus("mqtts://10.0.0.5:9883/conf/").unwrap();
        assert_eq!((b.tls, b.port, b.prefix.as_str()), (true, 9883, "conf"));
        assert_eq!(bus("mqtts://h/p").unwrap().port, 8883);
        let v6 = bus("mqtt://[::1]:1884/x").unwrap();
        assert_eq!((v6.host.as_str(), v6.port), ("::1", 1884));
        assert_eq!(v6.to_string(), "mqtt://[::1]:1884/x");
    }

    #[test]
    fn a_wrong_bus_link_says_what_is_expected() {
        for (link, says) in [
            ("http://h/p", "starts with mqtt://"),
            ("mqtt://h/a?b=1", "may hold letters"),
            ("mqtt://h", "no topic prefix"),
            ("mqtt://h:99999/p", "not a port"),
            ("mqtt:///p", "names no broker"),
            ("mqtt://u:pw@h/p", "no user name or password in the link"),
            ("mqtt://h/a/#", "may hold letters"),
            ("mqtt://h/a//b", "may hold letters"),
        ] {
            let e = bus(link).unwrap_err();
            assert!(e.contains(says), "{link}: {e}");
        }
    }

    #[test]
    fn room_names_become_safe_topic_levels() {
        assert_eq!(level("Room 2"), "room-2");
        assert_eq!(level("K.3.201"), "k-3-201");
        assert_eq!(level("  Salle Ü/+#  "), "salle-ü");
        assert_eq!(level("///"), "unnamed");
        let t = RoomTopics::new("chairtime", "Linux Plumbers Conference 2026", "Room 2");
        assert_eq!(t.state(), "chairtime/linux-plumbers-conference-2026/room-2/state");
        assert_eq!(
            t.journal("20261203T061541123Z"),
            "chairtime/linux-plumbers-conference-2026/room-2/journal/20261203T061541123Z"
        );
    }

    #[test]
    fn topics_under_the_prefix_are_read_back_and_others_ignored() {
        let t = RoomTopics::new("a/b", "conf", "r1");
        assert_eq!(
            Topic::parse("a/b", &t.now()),
            Some(Topic::Now { conference: "conf".into(), room: "r1".into() })
        );
        assert_eq!(
            Topic::parse("a/b", &t.journal("x")),
            Some(Topic::Journal { conference: "conf".into(), room: "r1".into(), run: "x".into() })
        );
        assert_eq!(Topic::parse("a/b", "a/bc/conf/r1/state"), None);
        assert_eq!(Topic::parse("a/b", "a/b/conf/r1/other"), None);
        assert_eq!(Topic::parse("a/b", "a/b/conf/r1/journal/"), None);
    }

    #[test]
    fn credentials_come_from_a_file_in_either_layout_and_never_show_in_debug() {
        let dir = tempfile::tempdir().unwrap();
        let one = dir.path().join("one");
        std::fs::write(&one, "room2:s3cret:with:colons\n").unwrap();
        let c = read_credentials(&one).unwrap();
        assert_eq!((c.user.as_str(), c.password.as_str()), ("room2", "s3cret:with:colons"));
        let two = dir.path().join("two");
        std::fs::write(&two, "room2\r\ns3cret\r\n").unwrap();
        assert_eq!(read_credentials(&two).unwrap().password, "s3cret");
        assert!(!format!("{c:?}").contains("s3cret"));
        let empty = dir.path().join("empty");
        std::fs::write(&empty, "\n").unwrap();
        assert!(read_credentials(&empty).unwrap_err().contains(":1: expected"));
        let no_password = dir.path().join("user-only");
        std::fs::write(&no_password, "room2\n").unwrap();
        assert!(read_credentials(&no_password).unwrap_err().contains("user:password"));
    }
}
