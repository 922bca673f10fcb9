//! What changed between two versions of a conference's schedule, talk by talk, for `check URL`.
//! (A running room works out what changed for *its* session with the engine's re-plan.)

use std::collections::BTreeMap;

use chrono::TimeDelta;

use crate::schedule::import::{self, Event, Imported, Options};
use crate::schedule::load;

/// The changes from `old` to `new` (the same URL's bytes), one sentence each, limited to `room`
/// when given (a talk moved into or out of it counts). A chairtime TOML session is compared as a
/// plan.
///
/// # Errors
/// Either version cannot be read.
pub fn changes(name: &str, old: &[u8], new: &[u8], room: Option<&str>) -> Result<Vec<String>, String> {
    let read = |bytes: &[u8]| -> Result<Option<Imported>, String> {
        load::inspect(name, bytes, &load::Overrides::default()).map_err(|e| e.to_string())
    };
    match (read(old)?, read(new)?) {
        (Some(a), Some(b)) => Ok(event_changes(&a, &b, room)),
        _ => {
            let plan = |bytes: &[u8]| {
                load::load_bytes(name, bytes, &load::Overrides::default())
                    .map(|n| n.session)
                    .map_err(|e| e.to_string())
            };
            let (a, b) = (plan(old)?, plan(new)?);
            Ok(crate::timing::engine::Engine::new(a).replan_changes(&b))
        }
    }
}

/// An event's identity across versions: its GUID, id or slug, else its title and room.
fn key(e: &Event) -> String {
    e.guid
        .clone()
        .or_else(|| e.id.clone())
        .or_else(|| e.slug.clone())
        .unwrap_or_else(|| format!("{}\u{0}{}", e.title, e.room.as_deref().unwrap_or_default()))
}

fn in_room(e: &Event, room: Option<&str>) -> bool {
    room.is_none_or(|r| e.room.as_deref().is_some_and(|er| er.eq_ignore_ascii_case(r)))
}

/// The changes between two imported schedules.
pub fn event_changes(old: &Imported, new: &Imported, room: Option<&str>) -> Vec<String> {
    let when = |s: &Imported, e: &Event| {
        let local = e.start.with_timezone(&s.time_zone);
        format!("{} {}", local.format("%a %H:%M"), e.room.as_deref().unwrap_or("(no room)"))
    };
    let (a, b) = (by_key(old), by_key(new));
    let mut out = Vec::new();
    for (k, e) in &a {
        match b.get(k) {
            None if in_room(e, room) => out.push(format!("gone: “{}” ({})", e.title, when(old, e))),
            Some(n) if in_room(e, room) || in_room(n, room) => {
                let mut what = Vec::new();
                if n.title != e.title {
                    what.push(format!("now titled “{}”", n.title));
                }
                if n.start != e.start || n.room != e.room {
                    what.push(format!("{} → {}", when(old, e), when(new, n)));
                }
                if n.length != e.length {
                    what.push(format!("{} → {}", minutes(e.length), minutes(n.length)));
                }
                if n.speakers != e.speakers {
                    what.push(format!(
                        "speakers now {}",
                        if n.speakers.is_empty() { "none".to_owned() } else { n.speakers.join(", ") }
                    ));
                }
                if !what.is_empty() {
                    out.push(format!("“{}”: {}", e.title, what.join(", ")));
                }
            }
            _ => {}
        }
    }
    for (k, n) in &b {
        if !a.contains_key(k) && in_room(n, room) {
            out.push(format!("new: “{}” ({})", n.title, when(new, n)));
        }
    }
    out
}

fn by_key(s: &Imported) -> BTreeMap<String, &Event> {
    s.events.iter().filter(|e| !e.is_break).map(|e| (key(e), e)).collect()
}

fn minutes(d: TimeDelta) -> String {
    format!("{} min", d.num_minutes())
}

/// Reads a schedule's events for [`event_changes`] (tests and tools).
///
/// # Errors
/// It cannot be read.
pub fn read(name: &str, text: &str) -> Result<Imported, String> {
    let format = import::detect(name, text).ok_or("not a conference schedule")?;
    import::read(format, name, text, &Options::default()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = r#"<?xml version="1.0"?>
<schedule><version>1</version><conference><title>Conf</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
<day index="1" date="2026-12-05"><room name="Hall A">
<event guid="a"><date>2026-12-05T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration><room>Hall A</room><title>Alpha</title><persons><person>Ann</person></persons></event>
<event guid="b"><date>2026-12-05T10:30:00+01:00</date><start>10:30</start><duration>00:30</duration><room>Hall A</room><title>Beta</title></event>
</room><room name="Hall B">
<event guid="c"><date>2026-12-05T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration><room>Hall B</room><title>Gamma</title></event>
</room></day></schedule>"#;

    #[test]
    fn a_retitled_moved_and_removed_talk_are_each_said_once_and_a_room_filter_keeps_its_own() {
        let v2 = V1
            .replace("<title>Alpha</title>", "<title>Alpha, revised</title>")
            .replace(
                "<event guid=\"b\"><date>2026-12-05T10:30:00+01:00</date><start>10:30</start><duration>00:30</duration><room>Hall A</room><title>Beta</title></event>",
                "",
            )
            .replace("T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration><room>Hall B", "T11:00:00+01:00</date><start>11:00</start><duration>00:45</duration><room>Hall B");
        let changes = changes("s.xml", V1.as_bytes(), v2.as_bytes(), None).unwrap();
        assert_eq!(
            changes,
            [
                "“Alpha”: now titled “Alpha, revised”",
                "gone: “Beta” (Sat 10:30 Hall A)",
                "“Gamma”: Sat 10:00 Hall B → Sat 11:00 Hall B, 30 min → 45 min",
            ]
        );
        let hall_b = super::changes("s.xml", V1.as_bytes(), v2.as_bytes(), Some("hall b")).unwrap();
        assert_eq!(hall_b.len(), 1, "{hall_b:?}");
        assert!(super::changes("s.xml", V1.as_bytes(), V1.as_bytes(), None).unwrap().is_empty());
    }
}
