//! The organisers' wall as a web page (`chairtime wall --share`, docs/conference.md): the same
//! tiles as the wall's window, for the organisers' phones, with the speaker link's rules — one
//! 128-bit token in the link, read-only, the same guarded connections (docs/remote.md, "Hostile
//! networks"), no CDN.
//!
//! The page gets the tiles as the wall computes them (to the minute), pushed on an event stream
//! when a room's message comes and every ten seconds.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use tokio::sync::watch;

use super::server::{json_error, not_found, page, presented, timing_script};
use super::tokens::same_token;
use super::{ShareError, conns, lan_address, listen};
use crate::conference::wall::{Tile, Wall};
use crate::timing::clock::Clock;

/// The page.
const WALL_PAGE: &str = include_str!("../../assets/web/wall.html");
/// What a page with an old or wrong link gets (a restarted wall makes a new link).
const FORBIDDEN_PAGE: &str = "<!doctype html><meta charset=utf-8><meta name=viewport content=\"width=device-width\">\
<title>chairtime wall</title><body style=\"font:20px system-ui,sans-serif;background:#101010;color:#fff;padding:1em\">\
<p>This wall link does not work (any more): the wall was started again, or the link was mistyped. Ask the organisers for the wall's current link.</p>";

fn forbidden(page: bool) -> Response {
    if page {
        (StatusCode::FORBIDDEN, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], FORBIDDEN_PAGE)
            .into_response()
    } else {
        json_error(
            StatusCode::FORBIDDEN,
            "this wall link does not work: ask the organisers for the current one",
        )
    }
}

/// How many pages may follow the wall at once.
const MAX_WALL_STREAMS: usize = 100;
/// A page's tiles are sent again this often (figures to the minute; at most ten seconds late).
const REFRESH: Duration = Duration::from_secs(10);

/// The wall, shared.
pub struct WallShare {
    addr: SocketAddr,
    host: IpAddr,
    token: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

#[derive(Clone)]
struct App {
    wall: Arc<Mutex<Wall>>,
    clock: Arc<dyn Clock + Send + Sync>,
    changes: watch::Receiver<u64>,
    closing: watch::Receiver<bool>,
    token: Arc<str>,
    bus: Arc<str>,
    streams: Arc<AtomicUsize>,
}

#[derive(Serialize)]
struct Wire<'a> {
    server_now: i64,
    bus: &'a str,
    tiles: Vec<TileWire>,
}

/// A tile as the page draws it.
#[derive(Serialize)]
struct TileWire {
    room: String,
    key: String,
    urgency: crate::timing::view::Urgency,
    big: String,
    headline: String,
    title: String,
    speakers: String,
    pace: String,
    ends: String,
    past_hard_end: bool,
    rehearsal: bool,
    offline: Option<String>,
    planned_only: bool,
    stands_out: bool,
}

impl From<Tile> for TileWire {
    fn from(t: Tile) -> Self {
        Self {
            room: t.room,
            key: t.key,
            urgency: t.urgency,
            big: t.big,
            headline: t.headline,
            title: t.title,
            speakers: t.speakers,
            pace: t.pace,
            ends: t.ends,
            past_hard_end: t.past_hard_end,
            rehearsal: t.rehearsal,
            offline: t.offline,
            planned_only: t.planned_only,
            stands_out: t.stands_out,
        }
    }
}

fn tiles_json(app: &App) -> String {
    let now = app.clock.now();
    let tiles = app.wall.lock().unwrap_or_else(PoisonError::into_inner).tiles(now);
    let wire = Wire {
        server_now: now.timestamp_millis(),
        bus: &app.bus,
        tiles: tiles.into_iter().map(Into::into).collect(),
    };
    serde_json::to_string(&wire).unwrap_or_default()
}

fn allowed(app: &App, headers: &HeaderMap, q: &HashMap<String, String>) -> bool {
    same_token(&presented(headers, q), &app.token)
}

async fn wall_page(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if allowed(&app, &headers, &q) { page(WALL_PAGE) } else { forbidden(true) }
}

async fn api_wall(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if !allowed(&app, &headers, &q) {
        return forbidden(false);
    }
    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], tiles_json(&app))
        .into_response()
}

/// Gives a stream slot back when the stream ends.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

async fn api_events(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if !allowed(&app, &headers, &q) {
        return forbidden(false);
    }
    if app.streams.fetch_add(1, Ordering::Relaxed) >= MAX_WALL_STREAMS {
        app.streams.fetch_sub(1, Ordering::Relaxed);
        return json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "too many pages follow this wall; close one and try again",
        );
    }
    let slot = Slot(Arc::clone(&app.streams));
    let events = futures_util::stream::unfold((app, true, slot), |(mut app, first, slot)| async move {
        if !first {
            tokio::select! {
                changed = app.changes.changed() => changed.ok()?,
                () = tokio::time::sleep(REFRESH) => {}
                _ = app.closing.wait_for(|c| *c) => return None,
            }
        }
        let data = tiles_json(&app);
        Some((Ok::<_, Infallible>(Event::default().event("wall").data(data)), (app, false, slot)))
    });
    let ping =
        KeepAlive::new().interval(Duration::from_secs(2)).event(Event::default().event("ping").data("1"));
    let mut response = Sse::new(events).keep_alive(ping).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

impl WallShare {
    /// Serves `wall` on every address of this computer, on `port` (or a free one), with a fresh
    /// token; `changes` ticks when a room's message came.
    ///
    /// # Errors
    /// No port opens; the thread cannot start.
    pub fn start(
        port: Option<u16>,
        wall: Arc<Mutex<Wall>>,
        clock: Arc<dyn Clock + Send + Sync>,
        changes: watch::Receiver<u64>,
        bus: &str,
    ) -> Result<Self, ShareError> {
        let listeners = listen(port.unwrap_or(0)).map_err(|e| match e.kind() {
            std::io::ErrorKind::AddrInUse => ShareError::InUse(port.unwrap_or(0)),
            std::io::ErrorKind::PermissionDenied => ShareError::Privileged(port.unwrap_or(0)),
            _ => ShareError::Bind(e),
        })?;
        for l in &listeners {
            l.set_nonblocking(true).map_err(ShareError::Bind)?;
        }
        let addr = listeners[0].local_addr().map_err(ShareError::Bind)?;
        let token = super::Tokens::generate().view;
        let registry = Arc::new(Mutex::new(conns::Registry::new(conns::cap_for(conns::raise_file_limit()))));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (closing_tx, closing) = watch::channel(false);
        let app = App {
            wall,
            clock,
            changes,
            closing: closing.clone(),
            token: Arc::from(token.as_str()),
            bus: Arc::from(bus),
            streams: Arc::new(AtomicUsize::new(0)),
        };
        let thread = std::thread::Builder::new()
            .name("chairtime-wall-share".into())
            .spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build()
                else {
                    return;
                };
                rt.block_on(async move {
                    let router = Router::new()
                        .route("/", get(wall_page))
                        .route("/timing.js", get(timing_script))
                        .route("/api/wall", get(api_wall))
                        .route("/api/wall/events", get(api_events))
                        .fallback(not_found)
                        .with_state(app);
                    let servers: Vec<_> = listeners
                        .into_iter()
                        .filter_map(|l| tokio::net::TcpListener::from_std(l).ok())
                        .map(|l| {
                            conns::serve(l, router.clone(), Arc::clone(&registry), closing_tx.subscribe())
                        })
                        .collect();
                    tokio::select! {
                        _ = futures_util::future::join_all(servers) => {}
                        _ = stopped => {
                            let _ = closing_tx.send(true);
                            tokio::time::sleep(Duration::from_millis(200)).await;
                        }
                    }
                });
            })
            .map_err(ShareError::Start)?;
        drop(closing);
        Ok(Self {
            addr,
            host: lan_address().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
            token,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The wall's link, for the organisers' phones.
    pub fn link(&self) -> String {
        let host = match self.host {
            IpAddr::V4(ip) => ip.to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
        };
        format!("http://{host}:{}/?token={}", self.port(), self.token)
    }

    /// The token (tests).
    pub fn token(&self) -> &str {
        &self.token
    }
}

impl Drop for WallShare {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
