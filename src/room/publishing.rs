//! The room on the conference's bus (`--publish`, docs/conference.md): it hands the publisher its
//! state, the talk running and its journal at every step, and tells the chair, once, when the
//! broker cannot be reached or refuses the room — the room runs on either way.

use crate::conference::bus::{Connection, RoomTopics};
use crate::conference::publish::{Publisher, Status};
use crate::conference::{now_payload, state_payload};
use crate::schedule::Session;

use super::Room;

/// What the room knows of its publishing.
#[derive(Debug, Default)]
pub(super) struct Publishing {
    /// Where to publish, once asked.
    connection: Option<Connection>,
    publisher: Option<Publisher>,
    /// The journal last handed over.
    journal: Option<std::path::PathBuf>,
    /// The status last seen, and the notices standing for it.
    seen: Status,
    unreachable: Option<u64>,
    refused: Option<u64>,
}

/// The topics of `session`'s room under `prefix`: its conference (or "conference") and its room
/// (or, without one, the session's title).
pub fn topics_of(session: &Session, prefix: &str) -> RoomTopics {
    let conference = session.acronym.as_deref().or(session.conference.as_deref()).unwrap_or("conference");
    let room = session.room.as_deref().unwrap_or(&session.title);
    RoomTopics::new(prefix, conference, room)
}

impl Room {
    /// Publishes this room on the conference bus from now on (and every later session it runs).
    pub fn publish_to(&mut self, connection: Connection) {
        self.publishing.connection = Some(connection);
        self.publishing.publisher = None;
        self.publishing.journal = None;
    }

    /// The room's topics on the bus, while it publishes.
    pub fn bus_topics(&self) -> Option<&RoomTopics> {
        self.publishing.publisher.as_ref().map(Publisher::topics)
    }

    /// Hands the publisher what changed; tells the chair what became of the link.
    pub(super) fn feed_publisher(&mut self) {
        let Some(connection) = self.publishing.connection.clone() else { return };
        if self.waiting {
            return;
        }
        let topics = topics_of(self.run.engine().session(), &connection.bus.prefix);
        if self.publishing.publisher.as_ref().is_none_or(|p| *p.topics() != topics) {
            self.publishing.publisher = None;
            self.publishing.journal = None;
            match Publisher::start(&connection, topics) {
                Ok(p) => self.publishing.publisher = Some(p),
                Err(e) => {
                    self.notice(crate::tr!("cannot-publish-this-room", why = e), true);
                    self.publishing.connection = None;
                    return;
                }
            }
        }
        let now = self.clock.now();
        let published = self.publishable();
        let engine = self.run.engine();
        let state = state_payload(engine, &published, self.run.journal_mark(), now);
        let running = now_payload(engine);
        let journal = self.run.journal_path().map(std::path::Path::to_owned);
        let Some(p) = &self.publishing.publisher else { return };
        p.state(state);
        p.now(running);
        if let Some(j) = journal {
            if self.publishing.journal.as_ref() != Some(&j) {
                p.journal(&j);
                self.publishing.journal = Some(j);
            }
            p.appended();
        }
        let status = p.status();
        if status != self.publishing.seen {
            self.said_about(&status, &connection);
            self.publishing.seen = status;
        }
    }

    fn said_about(&mut self, status: &Status, connection: &Connection) {
        let bus = &connection.bus;
        if status.connected {
            if status.connections == 1 && !self.publishing.seen.connected {
                let topics = self.bus_topics().map(|t| format!("{}/{}/{}", bus.prefix, t.conference, t.room));
                self.notice(
                    crate::tr!("on-the-conference-bus-as", topics = topics.unwrap_or_default()),
                    false,
                );
            }
            if let Some(id) = self.publishing.unreachable.take() {
                self.withdraw(id);
                self.notice(crate::tr!("back-on-the-conference-bus", host = bus.host), false);
            }
        } else if let Some(problem) = &status.problem
            && self.publishing.unreachable.is_none()
        {
            let id = if status.login_refused {
                let text = if connection.credentials.is_some() {
                    crate::tr!("broker-refuses-login-check", why = problem)
                } else {
                    crate::tr!("broker-refuses-login-give", why = problem)
                };
                self.notice(text, true)
            } else {
                self.sticky(crate::tr!("not-reaching-the-conference-broker", why = problem))
            };
            self.publishing.unreachable = Some(id);
        }
        match (&status.refused, self.publishing.refused) {
            (Some(topic), None) => {
                let id = self.notice(crate::tr!("broker-refuses-topic", topic = topic), true);
                self.publishing.refused = Some(id);
            }
            (None, Some(id)) => {
                self.withdraw(id);
                self.publishing.refused = None;
            }
            _ => {}
        }
    }

    /// How the link to the bus is, while publishing.
    pub fn bus_status(&self) -> Option<Status> {
        self.publishing.publisher.as_ref().map(Publisher::status)
    }

    /// Stops publishing (the wall sees the room go offline), and forgets the bus.
    pub fn stop_publishing(&mut self) {
        self.publishing.publisher = None;
        self.publishing.connection = None;
        self.publishing.journal = None;
        for id in [self.publishing.unreachable.take(), self.publishing.refused.take()].into_iter().flatten() {
            self.withdraw(id);
        }
        self.publishing.seen = Status::default();
    }

    /// Whether the broker has acknowledged every line of the room's journal.
    pub fn published_everything(&self) -> bool {
        let (Some(status), Some((_, lines))) = (self.bus_status(), self.run.journal_mark()) else {
            return false;
        };
        status.sent >= lines
    }

    /// Whether the room is asked to publish (it may not be connected).
    pub fn publishing(&self) -> bool {
        self.publishing.connection.is_some()
    }
}
