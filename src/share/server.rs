//! The HTTP server: axum on a current-thread tokio runtime, on the share's own thread. It sleeps
//! between requests; a state change wakes the open streams, which send it on.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use tokio::sync::watch;

use super::protocol::{ChairFigures, Published, RemoteCommand};
use super::tokens::Access;
use super::{MAX_BODY, MAX_STREAMS, REMOTE_SLOTS, Request, Shared, conns};
use crate::timing::clock::{Clock, SystemClock};
use crate::timing::speaker::Speaker;

/// The speaker's page: one self-contained file (no network but this server).
const SPEAKER_PAGE: &str = include_str!("../../assets/web/speaker.html");
/// The chair's remote.
const REMOTE_PAGE: &str = include_str!("../../assets/web/remote.html");
/// The timing both pages load: countdowns, the clock offset, the connection. No secret: served to
/// anyone, like a CDN's script would be (there is none: the pages work offline).
const TIMING_SCRIPT: &str = include_str!("../../assets/web/timing.js");
/// How often an idle stream says it is alive; pages call the connection lost after 5 s of silence.
const PING: Duration = Duration::from_secs(2);
/// How long a remote command waits for the app to apply it.
const APPLY_TIMEOUT: Duration = Duration::from_secs(3);

#[derive(Clone)]
struct App {
    shared: Arc<Shared>,
    state: watch::Receiver<Arc<Published>>,
    closing: watch::Receiver<bool>,
}

/// The state as sent: what the page shows, plus the server's clock for the page's offset.
#[derive(Serialize)]
struct Wire<'a> {
    server_now: i64,
    session: &'a str,
    room: Option<&'a str>,
    speaker: &'a Speaker,
    flashing: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    chair: Option<&'a ChairFigures>,
}

fn wire(p: &Published, access: Access) -> String {
    let w = Wire {
        server_now: wall_clock(),
        session: &p.session,
        room: p.room.as_deref(),
        speaker: &p.speaker,
        flashing: p.flashing,
        chair: (access == Access::Control).then_some(&p.chair),
    };
    serde_json::to_string(&w).unwrap_or_default()
}

/// The laptop's wall clock, milliseconds: the clock the app runs the session on (its
/// `SystemClock`), which each page compares its own with to show the same second.
fn wall_clock() -> i64 {
    SystemClock.now().timestamp_millis()
}

/// Runs the server until `stop` fires (or the share is dropped); open streams end, the port closes.
pub(super) fn run(
    listeners: Vec<std::net::TcpListener>,
    registry: Arc<std::sync::Mutex<conns::Registry>>,
    shared: Arc<Shared>,
    state: watch::Receiver<Arc<Published>>,
    stop: tokio::sync::oneshot::Receiver<()>,
) {
    let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build() else {
        return;
    };
    rt.block_on(async move {
        let (closing_tx, closing) = watch::channel(false);
        let app = App { shared, state, closing };
        let router = Router::new()
            .route("/", get(speaker_page))
            .route("/remote", get(remote_page))
            .route("/timing.js", get(timing_script))
            .route("/heavy.ttf", get(heavy_font))
            .route("/api/state", get(api_state))
            .route("/api/time", get(api_time))
            .route("/api/events", get(api_events))
            .route("/api/command", post(api_command))
            .layer(DefaultBodyLimit::max(MAX_BODY))
            .fallback(not_found)
            .with_state(app);
        let servers: Vec<_> = listeners
            .into_iter()
            .filter_map(|l| tokio::net::TcpListener::from_std(l).ok())
            .map(|l| conns::serve(l, router.clone(), Arc::clone(&registry), closing_tx.subscribe()))
            .collect();
        let server = futures_util::future::join_all(servers);
        let signal = async move {
            let _ = stop.await;
            let _ = closing_tx.send(true);
            // Streams end at once; a client that keeps a request open does not hold the chair up.
            tokio::time::sleep(Duration::from_secs(2)).await;
        };
        tokio::select! {
            _ = server => {}
            () = signal => {}
        }
    });
}

/// The token a request presents: `Authorization: Bearer …` or `?token=…`.
pub(super) fn presented(headers: &HeaderMap, query: &HashMap<String, String>) -> String {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .or_else(|| query.get("token").map(String::as_str))
        .unwrap_or_default()
        .to_owned()
}

fn access(app: &App, token: &str) -> Access {
    app.shared.tokens.read().map_or(Access::None, |t| t.access(token))
}

fn too_large() -> Response {
    json_error(StatusCode::PAYLOAD_TOO_LARGE, &format!("a command is at most {MAX_BODY} bytes"))
}

pub(super) fn json_error(status: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({ "error": message }).to_string();
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

const FORBIDDEN_PAGE: &str = "<!doctype html><meta charset=utf-8><meta name=viewport content=\"width=device-width\">\
<title>chairtime</title><body style=\"font:1.4em system-ui;background:#101418;color:#fff;padding:1em\">\
<h1>This link does not work (any more)</h1><p>Ask the session chair for the current link: \
it is shown in chairtime's Share window.</p>";

pub(super) fn forbidden(page: bool) -> Response {
    if page {
        (StatusCode::FORBIDDEN, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], FORBIDDEN_PAGE)
            .into_response()
    } else {
        json_error(StatusCode::FORBIDDEN, "a missing or wrong token: ask the chair for the current link")
    }
}

pub(super) fn page(html: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")),
        ],
        html,
    )
        .into_response()
}

pub(super) async fn timing_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8")),
            // The binary's own copy: a page never runs an older script than the server it talks to.
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
        ],
        TIMING_SCRIPT,
    )
        .into_response()
}

/// The heavy face of the projector's figure and state word, for the speaker page (the same face
/// on every screen the speaker reads: docs/fonts.md). No secret in it: served without a token.
pub(super) async fn heavy_font() -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("font/ttf")),
            (header::CACHE_CONTROL, HeaderValue::from_static("max-age=86400")),
            (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
        ],
        &include_bytes!("../../assets/fonts/chairtime-heavy.ttf")[..],
    )
        .into_response()
}

async fn speaker_page(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if access(&app, &presented(&headers, &q)) >= Access::View { page(SPEAKER_PAGE) } else { forbidden(true) }
}

async fn remote_page(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if access(&app, &presented(&headers, &q)) == Access::Control {
        page(REMOTE_PAGE)
    } else {
        forbidden(true)
    }
}

async fn api_state(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let a = access(&app, &presented(&headers, &q));
    if a == Access::None {
        return forbidden(false);
    }
    let body = wire(&app.state.borrow(), a);
    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], body).into_response()
}

async fn api_time(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if access(&app, &presented(&headers, &q)) == Access::None {
        return forbidden(false);
    }
    let body = format!("{{\"server_now\":{}}}", wall_clock());
    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], body).into_response()
}

pub(super) async fn not_found() -> Response {
    json_error(StatusCode::NOT_FOUND, "no such page: the links are / (the speaker) and /remote (the chair)")
}

/// Counts an open stream while it lives.
struct Counted(Arc<Shared>, bool);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.streams.fetch_sub(1, Ordering::Relaxed);
        if self.1 {
            self.0.remotes.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

/// Takes a stream slot: the remote may use every one, a speaker link all but the
/// [`REMOTE_SLOTS`] kept for the chair's remote, so viewers can never lock the chair out.
fn take_slot(counter: &AtomicUsize, access: Access) -> bool {
    let cap = if access == Access::Control { MAX_STREAMS } else { MAX_STREAMS - REMOTE_SLOTS };
    counter.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| (n < cap).then_some(n + 1)).is_ok()
}

struct Stream {
    app: App,
    token: String,
    access: Access,
    first: bool,
    _counted: Counted,
}

async fn api_events(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let token = presented(&headers, &q);
    let a = access(&app, &token);
    if a == Access::None {
        return forbidden(false);
    }
    if !take_slot(&app.shared.streams, a) {
        return json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            &format!(
                "{} pages already follow this timer; close one and try again",
                app.shared.streams.load(Ordering::Relaxed)
            ),
        );
    }
    let remote = a == Access::Control;
    if remote {
        app.shared.remotes.fetch_add(1, Ordering::Relaxed);
    }
    let counted = Counted(Arc::clone(&app.shared), remote);
    let stream = Stream { app, token, access: a, first: true, _counted: counted };
    let events = futures_util::stream::unfold(stream, |mut s| async move {
        if !s.first {
            tokio::select! {
                changed = s.app.state.changed() => changed.ok()?,
                _ = s.app.closing.wait_for(|c| *c) => return None,
            }
        }
        s.first = false;
        // New links revoke the old ones: their streams end here.
        if access(&s.app, &s.token) < s.access {
            return None;
        }
        let data = wire(&s.app.state.borrow_and_update(), s.access);
        Some((Ok::<_, Infallible>(Event::default().event("state").data(data)), s))
    });
    let ping = KeepAlive::new().interval(PING).event(Event::default().event("ping").data("1"));
    let mut response = Sse::new(events).keep_alive(ping).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Whether the request says its body is JSON (`application/json`, any parameters): a page on
/// another site can only send a form or `text/plain` without asking first (CORS), so a command
/// that must be JSON cannot be sent blind.
fn says_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
}

async fn api_command(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
    body: Body,
) -> Response {
    if access(&app, &presented(&headers, &q)) != Access::Control {
        return forbidden(false);
    }
    if !says_json(&headers) {
        return json_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the command as JSON, with the header Content-Type: application/json",
        );
    }
    // A body announced larger than any command is refused at once, before a byte of it is read.
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if announced.is_some_and(|n| n > MAX_BODY as u64) {
        return too_large();
    }
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else { return too_large() };
    let command = match RemoteCommand::parse(&body) {
        Ok(c) => c,
        Err(e) => return json_error(StatusCode::BAD_REQUEST, &e),
    };
    let (reply, answer) = tokio::sync::oneshot::channel();
    if app.shared.requests.send(Request { command, reply }).is_err() {
        return json_error(StatusCode::SERVICE_UNAVAILABLE, "chairtime is closing");
    }
    (app.shared.waker)();
    match tokio::time::timeout(APPLY_TIMEOUT, answer).await {
        Ok(Ok(Ok(done))) => {
            let body = serde_json::json!({ "ok": true, "done": done }).to_string();
            ([(header::CONTENT_TYPE, "application/json")], body).into_response()
        }
        Ok(Ok(Err(refused))) => json_error(StatusCode::CONFLICT, &refused),
        _ => json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the chair's window did not answer in time; the command may not have been applied",
        ),
    }
}
