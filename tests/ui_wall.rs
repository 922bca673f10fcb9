//! The organisers' wall window, driven headless by kittest: a tile per room with what the rooms
//! published (and their plan for rooms without a chairtime), read by role and label.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

use std::sync::{Arc, Mutex};

use chairtime::conference::wall::Wall;
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::clock::FakeClock;
use chairtime::ui::wall::WallApp;
use chrono::{DateTime, TimeDelta, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn state(room: &str, late_s: i64, big_ends_ms: i64, now_ms: i64, rehearsal: bool) -> Vec<u8> {
    serde_json::json!({
        "server_now": now_ms, "session": "BPF Microconference", "room": room, "rehearsal": rehearsal,
        "started": true, "finished": false, "late_s": late_s,
        "projected_end_ms": now_ms + 3_600_000 + late_s * 1000, "planned_end_ms": now_ms + 3_600_000,
        "hard_end_ms": now_ms + 3_900_000,
        "speaker": {"urgency": "normal", "changes": [], "big": {"ends_at": big_ends_ms},
            "headline": "Discussion", "title": format!("A talk in {room}"), "speakers": "Someone (Somewhere)"},
        "chair": {}
    })
    .to_string()
    .into_bytes()
}

#[test]
fn the_wall_shows_a_tile_per_room_with_its_talk_time_left_lateness_and_flags() {
    let now: DateTime<Utc> = "2026-12-03T15:30:00Z".parse().unwrap();
    let ms = now.timestamp_millis();
    let mut wall = Wall::new("c", chrono_tz::UTC);
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let mut planned = session.clone();
    planned.room = Some("Room 9".to_owned());
    let shift = now - planned.start - TimeDelta::minutes(3);
    for item in &mut planned.items {
        item.start += shift;
    }
    wall.plan(&[planned]);
    wall.receive("c/lpc/room-1/state", &state("Room 1", 0, ms + 245_000, ms, false), now);
    wall.receive("c/lpc/room-2/state", &state("Room 2", 900, ms - 30_000, ms, false), now);
    wall.receive("c/lpc/room-3/state", &state("Room 3", 60, ms + 600_000, ms, true), now);
    wall.receive("c/lpc/room-3/online", b"false", now);
    let clock = FakeClock::new(now);
    let app =
        WallApp::new(Arc::new(Mutex::new(wall)), None, Box::new(clock), "mqtt://broker:1883/c".to_owned());
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut WallApp| app.draw(ui), app);
    harness.run();
    for text in [
        "Room 1",
        "Room 2",
        "Room 3",
        "Room 9",
        "5 min",
        "time up",
        "10 min",
        "15m behind",
        "REHEARSAL",
        "offline since 15:30",
        "NO CHAIRTIME",
        "Planned now",
        "mqtt://broker:1883/c · 4 rooms",
    ] {
        assert!(harness.query_all_by_label_contains(text).next().is_some(), "the wall shows {text:?}");
    }
    assert!(harness.query_by_label_contains("A talk in Room 2").is_some());
}

#[test]
fn an_empty_wall_says_how_rooms_get_on_it() {
    let now: DateTime<Utc> = "2026-12-03T15:30:00Z".parse().unwrap();
    let app = WallApp::new(
        Arc::new(Mutex::new(Wall::new("c", chrono_tz::UTC))),
        None,
        Box::new(FakeClock::new(now)),
        "mqtt://broker:1883/c".to_owned(),
    );
    let mut harness = Harness::builder()
        .with_size([800.0, 600.0])
        .build_ui_state(|ui, app: &mut WallApp| app.draw(ui), app);
    harness.run();
    assert!(harness.query_by_label_contains("--publish").is_some());
}
