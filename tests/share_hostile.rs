//! The share server on a hostile network: clients that need no token — half-sent requests, crowds of
//! connections that send nothing — never stop it serving the speaker links and the chair's remote,
//! and the memory they took comes back. Against the real server, with this process's file limit
//! lowered to a desktop's usual 1,024 (a test binary of its own: the limit is the process's).
//! `.ci/hostile-clients.sh` runs the same probes, larger, against the release binary.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests: a failed step is a failed test"
)]

#[path = "common/http.rs"]
mod http;
#[path = "common/kittest.rs"]
mod kittest;
#[path = "common/share_rig.rs"]
mod rig;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use chairtime::share::conns::{HEADER_TIMEOUT, MAX_BUFFER};
use http::Events;
use rig::{Rig, json};

/// This process's open-file limit, soft and hard, set to `n` (as a desktop session starts programs).
fn limit_files_to(n: u64) {
    use rustix::process::{Resource, Rlimit, setrlimit};
    setrlimit(Resource::Nofile, Rlimit { current: Some(n), maximum: Some(n) }).unwrap();
}

fn connect(port: u16) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    s
}

/// Whether the server has closed `s` (or answered and closed): a read returns end of file or an
/// error, not a timeout.
fn closed_by_server(s: &mut TcpStream) -> bool {
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return false;
            }
            Err(_) => return true,
        }
    }
}

/// The resident memory of this process, KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// All the probes in one test: they share the process's file limit, which is lowered once.
#[test]
fn clients_without_a_token_never_stop_the_links_and_the_remote() {
    limit_files_to(1024);
    let mut rig = Rig::sharing();
    let (open, cap) = rig.share().connections();
    assert_eq!(cap, 412, "half of what the 1,024 files leave after 200 for the rest of chairtime");
    assert!(open <= 1);
    // A speaker link that follows the timer from before the crowd arrives.
    let mut speaker = Events::open(rig.port, &rig.view).unwrap();
    assert_eq!(speaker.status, 200);
    speaker.next("state").unwrap();

    // 1. Half-sent requests: 300 clients each send most of a header, more than one request may
    // buffer, and stop. The server answers each at once (431) or drops it after the header
    // timeout; nothing of them stays.
    let before = rss_kib();
    let mut half: Vec<TcpStream> = (0..300)
        .map(|i| {
            let mut s = connect(rig.port);
            let mut head = format!("GET /api/state?token=x{i} HTTP/1.1\r\nHost: x\r\nX-Pad: ").into_bytes();
            head.resize(if i % 2 == 0 { MAX_BUFFER * 3 } else { 2000 }, b'a');
            let _ = s.write_all(&head);
            s
        })
        .collect();
    let started = Instant::now();
    let (port, view) = (rig.port, rig.view.clone());
    let state = rig.meanwhile(move || http::get(port, &format!("/api/state?token={view}")).unwrap());
    assert_eq!(state.status, 200, "the page still loads while they wait");
    let all_closed = rig.meanwhile(move || half.iter_mut().all(closed_by_server));
    assert!(all_closed, "every half-sent request is closed");
    assert!(started.elapsed() < HEADER_TIMEOUT + Duration::from_secs(8), "{:?}", started.elapsed());
    let grown = rss_kib().saturating_sub(before);
    assert!(grown < 40 * 1024, "300 half-sent requests left {grown} KiB behind");
    // A connection the server has just closed is counted off by its task a moment later.
    let settle = Instant::now() + Duration::from_secs(3);
    while rig.share().connections().0 != 1 && Instant::now() < settle {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(rig.share().connections().0, 1, "only the speaker link is left");

    // 2. A crowd of connections that send nothing, more than the cap: the remote still commands
    // and the speaker link still follows.
    let crowd: Vec<TcpStream> = (0..cap + 60).map(|_| connect(rig.port)).collect();
    std::thread::sleep(Duration::from_millis(300));
    let reply = rig.remote(r#"{"command":"start"}"#);
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(json(&reply.body)["done"], "Start");
    let pushed = rig.meanwhile(move || json(&speaker.next("state").unwrap()));
    assert_eq!(pushed["speaker"]["urgency"], "normal", "the speaker link saw the start");
    let (open, cap_now) = rig.share().connections();
    assert!(open <= cap_now, "{open} connections open, the cap is {cap_now}");
    drop(crowd);

    // 3. The remote's page loads again after the crowd, and a new speaker link follows.
    let (port, control) = (rig.port, rig.control.clone());
    let page = rig.meanwhile(move || http::get(port, &format!("/remote?token={control}")).unwrap());
    assert_eq!(page.status, 200);
}
