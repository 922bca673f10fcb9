//! The share server's connections, accepted one by one (docs/remote.md, "Hostile networks").
//!
//! A conference network has clients that need no token to do harm: connections that send half a
//! request and wait, connections that send nothing at all. Each connection is served by hyper's
//! HTTP/1 connection with a header-read timeout (the request's head must arrive within
//! [`HEADER_TIMEOUT`], also between two requests on a kept-alive connection) and a bounded read
//! buffer ([`MAX_BUFFER`]: what one unfinished request may hold). The connections are counted
//! against a cap well below the process's file limit; at the cap, the oldest connection that has
//! not sent a whole request yet is closed for the newcomer, else the oldest idle one between
//! requests; only when every connection is busy (following the timer, or a request in flight) is
//! the newcomer refused. So the speaker links that follow the timer and the chair's remote keep
//! being served whatever the idle crowd does.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use http_body::Frame;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{Notify, watch};

/// How long a connection may take to send a request's head (from its first byte, or from the end
/// of the request before it): a client that stalls longer is disconnected.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// The most one connection may buffer while its request's head is unfinished, bytes (hyper's
/// smallest allowed buffer is 8 KiB; a command is at most 4 KiB).
pub const MAX_BUFFER: usize = 16 * 1024;
/// File descriptors left for the rest of chairtime (windows, fonts, sound, the journal) when the
/// connection cap is derived from the file limit.
const RESERVED_FILES: u64 = 200;
/// The cap on connections however high the file limit.
pub const MAX_CONNECTIONS: usize = 2048;

/// One open connection, as the registry sees it.
struct Conn {
    /// A whole request head has arrived (a client, not a connection that sent nothing).
    asked: Arc<AtomicBool>,
    /// Requests in flight, a stream being sent included.
    busy: Arc<AtomicUsize>,
    /// Closes the connection when notified.
    close: Arc<Notify>,
}

/// The open connections, oldest first, and their cap.
pub(super) struct Registry {
    next: u64,
    live: BTreeMap<u64, Conn>,
    cap: usize,
}

/// What a connection admitted by the registry is given.
struct Admitted {
    id: u64,
    asked: Arc<AtomicBool>,
    busy: Arc<AtomicUsize>,
    close: Arc<Notify>,
}

impl Registry {
    pub(super) fn new(cap: usize) -> Self {
        Self { next: 0, live: BTreeMap::new(), cap: cap.max(1) }
    }

    /// The connection cap.
    pub(super) fn cap(&self) -> usize {
        self.cap
    }

    /// Connections open now.
    pub(super) fn open(&self) -> usize {
        self.live.len()
    }

    /// Makes room for one more connection if there is none: closes the oldest connection that
    /// has sent no whole request, else the oldest idle one. `false` when every connection is busy.
    fn make_room(&mut self) -> bool {
        if self.live.len() < self.cap {
            return true;
        }
        let victim = self
            .live
            .iter()
            .find(|(_, c)| !c.asked.load(Ordering::Relaxed))
            .or_else(|| self.live.iter().find(|(_, c)| c.busy.load(Ordering::Relaxed) == 0))
            .map(|(&id, _)| id);
        match victim.and_then(|id| self.live.remove(&id)) {
            Some(conn) => {
                conn.close.notify_one();
                true
            }
            None => false,
        }
    }

    fn admit(&mut self) -> Option<Admitted> {
        if !self.make_room() {
            return None;
        }
        let id = self.next;
        self.next += 1;
        let conn = Conn {
            asked: Arc::new(AtomicBool::new(false)),
            busy: Arc::new(AtomicUsize::new(0)),
            close: Arc::new(Notify::new()),
        };
        let admitted = Admitted {
            id,
            asked: Arc::clone(&conn.asked),
            busy: Arc::clone(&conn.busy),
            close: Arc::clone(&conn.close),
        };
        self.live.insert(id, conn);
        Some(admitted)
    }

    fn leave(&mut self, id: u64) {
        self.live.remove(&id);
    }
}

/// The connection cap for a process allowed `files` open files: half of what is left after
/// [`RESERVED_FILES`], between 32 and [`MAX_CONNECTIONS`] (a desktop's usual 1,024 gives 412).
pub fn cap_for(files: Option<u64>) -> usize {
    let half = files.map_or(MAX_CONNECTIONS as u64, |f| f.saturating_sub(RESERVED_FILES) / 2);
    usize::try_from(half).unwrap_or(MAX_CONNECTIONS).clamp(32, MAX_CONNECTIONS)
}

/// Raises the process's soft limit on open files to its hard limit (a desktop session often
/// starts programs at 1,024 with a hard limit far above) and returns the limit in force.
pub fn raise_file_limit() -> Option<u64> {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, getrlimit, setrlimit};
        let limit = getrlimit(Resource::Nofile);
        if limit.maximum != limit.current {
            let raised = rustix::process::Rlimit { current: limit.maximum, maximum: limit.maximum };
            if setrlimit(Resource::Nofile, raised).is_ok() {
                return limit.maximum;
            }
        }
        limit.current
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Counts a request in flight until its response has been sent whole (or the client left).
struct Busy(Arc<AtomicUsize>);

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A response body that keeps its connection counted busy while it is being sent (a stream that
/// follows the timer lasts as long as the page stays open).
struct Guarded {
    inner: Body,
    _busy: Busy,
}

impl http_body::Body for Guarded {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

/// Accepts connections on `listener` until `closing` turns true, serving each with `router`.
pub(super) async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    registry: Arc<Mutex<Registry>>,
    mut closing: watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = closing.wait_for(|c| *c) => return,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                // EMFILE/ENFILE (24/23 on Linux and the BSDs): the process or the system is out of
                // file descriptors before the cap was reached. The cap becomes what it could hold,
                // and an idle connection makes room. Anything else (a client that reset before it
                // was taken) is simply passed over; neither makes the loop spin.
                if matches!(e.raw_os_error(), Some(23 | 24))
                    && let Ok(mut r) = registry.lock()
                {
                    r.cap = r.open().max(1);
                    r.make_room();
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let Some(admitted) = registry.lock().ok().and_then(|mut r| r.admit()) else {
            drop(stream);
            continue;
        };
        let (router, registry, closing) = (router.clone(), Arc::clone(&registry), closing.clone());
        tokio::spawn(connection(stream, router, admitted, registry, closing));
    }
}

async fn connection(
    stream: tokio::net::TcpStream,
    router: Router,
    admitted: Admitted,
    registry: Arc<Mutex<Registry>>,
    mut closing: watch::Receiver<bool>,
) {
    let Admitted { id, asked, busy, close } = admitted;
    let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
        asked.store(true, Ordering::Relaxed);
        busy.fetch_add(1, Ordering::Relaxed);
        let guard = Busy(Arc::clone(&busy));
        let mut router = router.clone();
        async move {
            let response = match tower_service::Service::call(&mut router, request).await {
                Ok(r) => r,
                Err(never) => match never {},
            };
            Ok::<_, Infallible>(response.map(|inner| Body::new(Guarded { inner, _busy: guard })))
        }
    });
    let served = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_buf_size(MAX_BUFFER)
        .serve_connection(TokioIo::new(stream), service);
    tokio::select! {
        _ = served => {}
        () = close.notified() => {}
        _ = closing.wait_for(|c| *c) => {}
    }
    if let Ok(mut r) = registry.lock() {
        r.leave(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_is_well_below_the_file_limit() {
        assert_eq!(cap_for(Some(1024)), 412);
        assert_eq!(cap_for(Some(100)), 32, "never below 32");
        assert_eq!(cap_for(Some(1 << 20)), MAX_CONNECTIONS);
        assert_eq!(cap_for(None), MAX_CONNECTIONS);
    }

    #[test]
    fn at_the_cap_the_oldest_silent_connection_goes_first_then_the_oldest_idle_one() {
        let mut r = Registry::new(3);
        let a = r.admit().unwrap();
        let b = r.admit().unwrap();
        let c = r.admit().unwrap();
        for x in [&a, &b, &c] {
            x.asked.store(true, Ordering::Relaxed);
        }
        a.busy.store(1, Ordering::Relaxed);
        b.asked.store(false, Ordering::Relaxed); // b never sent a whole request
        let d = r.admit().unwrap();
        assert!(!r.live.contains_key(&b.id), "the silent one went");
        d.asked.store(true, Ordering::Relaxed);
        d.busy.store(1, Ordering::Relaxed);
        let _e = r.admit().unwrap();
        assert!(
            !r.live.contains_key(&c.id) && r.live.contains_key(&a.id),
            "then the idle one, not the busy one"
        );
        // Every one busy: the newcomer is refused, nobody is closed.
        for conn in r.live.values() {
            conn.asked.store(true, Ordering::Relaxed);
            conn.busy.store(1, Ordering::Relaxed);
        }
        assert!(r.admit().is_none());
        assert_eq!(r.open(), 3);
    }
}
