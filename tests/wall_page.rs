//! The organisers' wall as a web page, over a real socket: the token rules of the speaker link,
//! the tiles as JSON, and a room's message pushed to an open page at once.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

#[path = "common/http.rs"]
mod http;

use std::sync::{Arc, Mutex};

use chairtime::conference::wall::Wall;
use chairtime::share::wall_page::WallShare;
use chairtime::timing::clock::{Clock, SystemClock};
use http::{Events, get};

fn state(room: &str, headline: &str) -> Vec<u8> {
    let ms = SystemClock.now().timestamp_millis();
    serde_json::json!({
        "server_now": ms, "session": "BPF", "room": room, "started": true, "late_s": 900,
        "projected_end_ms": ms + 3_600_000, "planned_end_ms": ms + 2_700_000,
        "speaker": {"urgency": "warning", "changes": [], "big": {"ends_at": ms + 250_000},
            "headline": headline, "title": "A talk", "speakers": "Someone"},
    })
    .to_string()
    .into_bytes()
}

#[test]
fn the_wall_page_needs_its_token_and_a_rooms_message_reaches_an_open_page_at_once() {
    let wall = Arc::new(Mutex::new(Wall::new("c", chrono_tz::UTC)));
    wall.lock().unwrap().receive("c/lpc/room-2/state", &state("Room 2", "Intro slides"), SystemClock.now());
    let (changed, changes) = tokio::sync::watch::channel(0u64);
    let share =
        WallShare::start(None, Arc::clone(&wall), Arc::new(SystemClock), changes, "mqtt://broker/c").unwrap();
    let (port, token) = (share.port(), share.token().to_owned());
    assert!(share.link().ends_with(&format!(":{port}/?token={token}")));

    for path in ["/", "/api/wall", "/api/wall/events"] {
        assert_eq!(get(port, path).unwrap().status, 403, "{path} without the token");
        assert_eq!(get(port, &format!("{path}?token={}", "0".repeat(32))).unwrap().status, 403);
    }
    assert!(
        get(port, "/").unwrap().body.contains("Ask the organisers"),
        "the wall's own words, not the chair's"
    );
    let page = get(port, &format!("/?token={token}")).unwrap();
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(r#"<script src="/timing.js"></script>"#) && page.body.contains("/api/wall/events")
    );
    assert_eq!(get(port, "/timing.js").unwrap().status, 200);

    let tiles: serde_json::Value =
        serde_json::from_str(&get(port, &format!("/api/wall?token={token}")).unwrap().body).unwrap();
    let tile = &tiles["tiles"][0];
    assert_eq!((tile["room"].as_str(), tile["big"].as_str()), (Some("Room 2"), Some("5 min")), "{tiles}");
    assert_eq!((tile["pace"].as_str(), tile["stands_out"].as_bool()), (Some("15m behind"), Some(true)));

    let mut events = Events::open_path(port, &format!("/api/wall/events?token={token}")).unwrap();
    assert_eq!(events.status, 200);
    assert!(events.next("wall").unwrap().contains("Intro slides"));
    wall.lock().unwrap().receive("c/lpc/room-2/state", &state("Room 2", "Discussion"), SystemClock.now());
    let sent = std::time::Instant::now();
    changed.send_modify(|n| *n += 1);
    assert!(events.next("wall").unwrap().contains("Discussion"));
    assert!(sent.elapsed() < std::time::Duration::from_secs(2), "pushed at once, not with the 10 s refresh");
}
