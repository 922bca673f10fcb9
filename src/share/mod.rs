//! Sharing the timer over the room's network (docs/remote.md): the speaker link (a web page any
//! device opens) and the chair's remote (a page for the chair's phone), served by an embedded
//! HTTP server that runs only while the chair shares.
//!
//! Headless: no egui here. The app owns the engine; this module only carries what the speaker sees
//! out ([`Share::publish`]) and the remote's commands in ([`Share::take_requests`]), so every
//! command goes through the app's one command path and journal, whichever device sent it.

pub mod conns;
mod protocol;
mod saved;
mod server;
mod tokens;
pub mod wall_page;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, UdpSocket};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock, mpsc};
use std::thread::JoinHandle;

pub use protocol::{ChairFigures, MAX_MESSAGE, Published, RemoteCommand};
pub use saved::{LinkStore, SavedShare};
pub use tokens::{Access, Tokens, same_token};

/// The port tried first (`--port` chooses another); if it is taken, the system picks a free one.
pub const DEFAULT_PORT: u16 = 8420;
/// At most this many pages may follow the timer at once (each holds one open stream).
pub const MAX_STREAMS: usize = 250;
/// Of [`MAX_STREAMS`], the slots only the chair's remote may take: speaker links never fill them.
pub const REMOTE_SLOTS: usize = 8;
/// The largest request body accepted (a command with a message), bytes.
pub const MAX_BODY: usize = 4096;

/// A command from the remote, waiting for the app to apply it.
#[derive(Debug)]
pub struct Request {
    /// What the remote asked for.
    pub command: RemoteCommand,
    /// The answer: `Ok` with what was done, or why it was refused.
    pub reply: tokio::sync::oneshot::Sender<Result<String, String>>,
}

/// Wakes the app when a request arrives (the app asks its window for a frame).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// What the server threads share.
pub(crate) struct Shared {
    pub tokens: RwLock<Tokens>,
    pub streams: AtomicUsize,
    pub remotes: AtomicUsize,
    pub requests: mpsc::Sender<Request>,
    pub waker: Waker,
}

/// A running share: the server thread and the links.
pub struct Share {
    shared: Arc<Shared>,
    registry: Arc<std::sync::Mutex<conns::Registry>>,
    state: tokio::sync::watch::Sender<Arc<Published>>,
    requests: mpsc::Receiver<Request>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    addr: SocketAddr,
    host: IpAddr,
}

impl std::fmt::Debug for Share {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Share").field("addr", &self.addr).field("host", &self.host).finish_non_exhaustive()
    }
}

/// Why sharing could not start.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// The port asked for is taken by another program.
    #[error(
        "Sharing could not start: port {0} is already in use by another program; choose another with --port (8421, say), or leave --port out to take a free one"
    )]
    InUse(u16),
    /// The port asked for needs administrator rights (below 1024).
    #[error(
        "Sharing could not start: port {0} needs administrator rights (ports below 1024 do); choose --port 1024 or higher, such as {DEFAULT_PORT}"
    )]
    Privileged(u16),
    /// No port could be opened.
    #[error(
        "Sharing could not start: no network port could be opened ({0}); try again, or choose another with --port"
    )]
    Bind(std::io::Error),
    /// The server thread could not start.
    #[error("Sharing could not start: its server did not start ({0}); try again")]
    Start(std::io::Error),
}

/// The laptop's address on the room's network: the one its default route leaves from (no packet
/// is sent; connecting a UDP socket only picks the route). `None` without a network.
pub fn lan_address() -> Option<IpAddr> {
    let s = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    s.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).ok()?;
    let ip = s.local_addr().ok()?.ip();
    (!ip.is_unspecified() && !ip.is_loopback()).then_some(ip)
}

/// Listeners on every address of this laptop, IPv6 and IPv4: one dual-stack IPv6 socket where
/// the system gives one (Linux's default), with a second IPv4 socket on the same port where IPv6
/// sockets are IPv6-only; IPv4 alone where the system has no IPv6.
fn listen(port: u16) -> std::io::Result<Vec<TcpListener>> {
    match TcpListener::bind((std::net::Ipv6Addr::UNSPECIFIED, port)) {
        Ok(v6) => {
            let port = v6.local_addr()?.port();
            // Taken already when the IPv6 socket is dual-stack: then it serves IPv4 too.
            let v4 = TcpListener::bind((Ipv4Addr::UNSPECIFIED, port)).ok();
            Ok(std::iter::once(v6).chain(v4).collect())
        }
        Err(e)
            if matches!(e.kind(), std::io::ErrorKind::AddrInUse | std::io::ErrorKind::PermissionDenied) =>
        {
            Err(e)
        }
        Err(_) => Ok(vec![TcpListener::bind((Ipv4Addr::UNSPECIFIED, port))?]),
    }
}

impl Share {
    /// Starts the server on every address of this laptop, on `port` (or [`DEFAULT_PORT`]; when that
    /// one is taken and the chair did not ask for it, on a free one), with fresh tokens.
    ///
    /// # Errors
    /// [`ShareError`] when no port opens or the thread cannot start.
    pub fn start(port: Option<u16>, initial: Published, waker: Waker) -> Result<Self, ShareError> {
        Self::open(port.unwrap_or(DEFAULT_PORT), port.is_none(), Tokens::generate(), initial, waker)
    }

    /// Shares again with the links kept from before a restart: the same tokens, on the same port
    /// when it is free (else on a free one: then the links differ in their port, see
    /// [`Self::port`]).
    ///
    /// # Errors
    /// [`ShareError`] when no port opens or the thread cannot start.
    pub fn resume(saved: &SavedShare, initial: Published, waker: Waker) -> Result<Self, ShareError> {
        Self::open(saved.port, true, saved.tokens(), initial, waker)
    }

    fn open(
        wanted: u16,
        any_port: bool,
        tokens: Tokens,
        initial: Published,
        waker: Waker,
    ) -> Result<Self, ShareError> {
        let listeners = match listen(wanted) {
            Ok(l) => l,
            Err(_) if any_port => listen(0).map_err(ShareError::Bind)?,
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => return Err(ShareError::InUse(wanted)),
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                return Err(ShareError::Privileged(wanted));
            }
            Err(e) => return Err(ShareError::Bind(e)),
        };
        for l in &listeners {
            l.set_nonblocking(true).map_err(ShareError::Bind)?;
        }
        let addr = listeners[0].local_addr().map_err(ShareError::Bind)?;
        let (tx, requests) = mpsc::channel();
        let shared = Arc::new(Shared {
            tokens: RwLock::new(tokens),
            streams: AtomicUsize::new(0),
            remotes: AtomicUsize::new(0),
            requests: tx,
            waker,
        });
        let registry =
            Arc::new(std::sync::Mutex::new(conns::Registry::new(conns::cap_for(conns::raise_file_limit()))));
        let (state, state_rx) = tokio::sync::watch::channel(Arc::new(initial));
        let (stop, stop_rx) = tokio::sync::oneshot::channel();
        let thread = {
            let shared = Arc::clone(&shared);
            let registry = Arc::clone(&registry);
            std::thread::Builder::new()
                .name("chairtime-share".into())
                .spawn(move || server::run(listeners, registry, shared, state_rx, stop_rx))
                .map_err(ShareError::Start)?
        };
        Ok(Self {
            shared,
            registry,
            state,
            requests,
            stop: Some(stop),
            thread: Some(thread),
            addr,
            host: lan_address().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Whether the links name a network address other devices can reach (not only this laptop).
    pub fn on_network(&self) -> bool {
        !self.host.is_loopback()
    }

    fn link(&self, path: &str, token: &str) -> String {
        let host = match self.host {
            IpAddr::V4(ip) => ip.to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
        };
        format!("http://{host}:{}{path}?token={token}", self.port())
    }

    /// The speaker link: the timer, for any device in the room.
    pub fn view_link(&self) -> String {
        let token = self.shared.tokens.read().map(|t| t.view.clone()).unwrap_or_default();
        self.link("/", &token)
    }

    /// The remote link: controls, for the chair's own phone only.
    pub fn remote_link(&self) -> String {
        let token = self.shared.tokens.read().map(|t| t.control.clone()).unwrap_or_default();
        self.link("/remote", &token)
    }

    /// What to keep of this share to share again with the same links after a restart.
    pub fn kept(&self) -> SavedShare {
        let tokens = self.shared.tokens.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
        SavedShare::new(self.port(), &tokens)
    }

    /// Replaces both tokens: every open page and link stops working at once.
    pub fn new_links(&self) {
        if let Ok(mut t) = self.shared.tokens.write() {
            *t = Tokens::generate();
        }
        // Wake every stream so it notices its token is gone.
        self.state.send_modify(|_| {});
    }

    /// Pages following the timer now (speaker links and remotes).
    pub fn viewers(&self) -> usize {
        self.shared.streams.load(Ordering::Relaxed)
    }

    /// Connections open now, and the most there may be (well below the process's file limit).
    pub fn connections(&self) -> (usize, usize) {
        self.registry.lock().map_or((0, 0), |r| (r.open(), r.cap()))
    }

    /// Remote pages open now.
    pub fn remotes(&self) -> usize {
        self.shared.remotes.load(Ordering::Relaxed)
    }

    /// Sends what the speaker sees to every page, if it changed.
    pub fn publish(&self, state: Published) {
        self.state.send_if_modified(|old| {
            if **old == state {
                false
            } else {
                *old = Arc::new(state);
                true
            }
        });
    }

    /// The remote's commands that arrived since the last call.
    pub fn take_requests(&self) -> Vec<Request> {
        self.requests.try_iter().collect()
    }

    /// Stops the server: pages see "connection lost", the port is free again.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Share {
    fn drop(&mut self) {
        self.shutdown();
    }
}
