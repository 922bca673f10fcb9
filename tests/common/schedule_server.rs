//! A real HTTP/1.1 server on 127.0.0.1 for the schedule-URL tests, started by the test: it serves
//! what the test sets for each path (a schedule with an ETag and 304s, gzip, a redirect, an error
//! status, a login page, a slow or cut-off answer) and records every request it was sent. Nothing
//! reaches outside the machine.

#![allow(dead_code, reason = "not every test file uses every helper")]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What a path answers.
#[derive(Debug, Clone)]
pub enum Reply {
    /// 200 with this body, an ETag (304 when the request's If-None-Match is exactly it), gzip
    /// when the client accepts it and `gzip` is set.
    Schedule { body: Vec<u8>, etag: Option<String>, gzip: bool },
    /// This status with a short text body.
    Status(u16),
    /// 301 to this location.
    Redirect(String),
    /// 200 with an HTML page (a Wi-Fi sign-in or a login page).
    Page(String),
    /// The answer after a pause.
    Slow(Duration, Box<Reply>),
    /// 200 announcing the whole body's length, then only its first half, then the connection closes.
    Cut(Vec<u8>),
}

/// One request as received: its path and headers (names in lower case).
#[derive(Debug, Clone)]
pub struct Request {
    pub path: String,
    pub headers: HashMap<String, String>,
}

/// The running server.
pub struct Server {
    pub port: u16,
    stopped: Arc<std::sync::atomic::AtomicBool>,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
    requests: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let routes: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let requests: Arc<Mutex<Vec<Request>>> = Arc::default();
        let (r, q) = (Arc::clone(&routes), Arc::clone(&requests));
        let stopped: Arc<std::sync::atomic::AtomicBool> = Arc::default();
        let stop = Arc::clone(&stopped);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if stop.load(std::sync::atomic::Ordering::SeqCst) {
                    // The listener goes with this thread: the port refuses connections from now.
                    return;
                }
                let (r, q) = (Arc::clone(&r), Arc::clone(&q));
                std::thread::spawn(move || {
                    let _ = serve(&stream, &r, &q);
                });
            }
        });
        Self { port, stopped, routes, requests }
    }

    /// Stops listening: the address refuses connections (a server gone, a network down).
    pub fn stop(&self) {
        self.stopped.store(true, std::sync::atomic::Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        std::thread::sleep(Duration::from_millis(100));
    }

    /// `http://127.0.0.1:PORT` and `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn set(&self, path: &str, reply: Reply) {
        self.routes.lock().unwrap().insert(path.to_owned(), reply);
    }

    /// The requests received so far, oldest first.
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }
}

/// A schedule reply with a quoted ETag made from `tag`, not compressed.
pub fn schedule(body: &str, tag: &str) -> Reply {
    Reply::Schedule { body: body.as_bytes().to_vec(), etag: Some(format!("\"{tag}\"")), gzip: false }
}

fn serve(
    stream: &TcpStream,
    routes: &Mutex<HashMap<String, Reply>>,
    requests: &Mutex<Vec<Request>>,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
        let mut headers = HashMap::new();
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h)? == 0 || h == "\r\n" {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_owned());
            }
        }
        requests.lock().unwrap().push(Request { path: path.clone(), headers: headers.clone() });
        let reply = routes.lock().unwrap().get(&path).cloned().unwrap_or(Reply::Status(404));
        if !answer(stream, &reply, &headers)? {
            return Ok(());
        }
    }
}

/// Writes the answer; false when the connection is to be closed.
fn answer(mut stream: &TcpStream, reply: &Reply, headers: &HashMap<String, String>) -> std::io::Result<bool> {
    match reply {
        Reply::Schedule { body, etag, gzip } => {
            if etag.is_some() && headers.get("if-none-match") == etag.as_ref() {
                let tag = etag.as_deref().unwrap_or_default();
                write!(stream, "HTTP/1.1 304 Not Modified\r\nETag: {tag}\r\nContent-Length: 0\r\n\r\n")?;
                return Ok(true);
            }
            let accepts = headers.get("accept-encoding").is_some_and(|a| a.contains("gzip"));
            let (bytes, encoding) = if *gzip && accepts {
                let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                e.write_all(body)?;
                (e.finish()?, "Content-Encoding: gzip\r\n")
            } else {
                (body.clone(), "")
            };
            let tag = etag.as_ref().map(|t| format!("ETag: {t}\r\n")).unwrap_or_default();
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n{tag}{encoding}Content-Length: {}\r\n\r\n",
                bytes.len()
            )?;
            stream.write_all(&bytes)?;
            Ok(true)
        }
        Reply::Status(code) => {
            let body = format!("status {code}");
            write!(
                stream,
                "HTTP/1.1 {code} Status\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )?;
            Ok(true)
        }
        Reply::Redirect(to) => {
            write!(stream, "HTTP/1.1 301 Moved Permanently\r\nLocation: {to}\r\nContent-Length: 0\r\n\r\n")?;
            Ok(true)
        }
        Reply::Page(html) => {
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
                html.len()
            )?;
            Ok(true)
        }
        Reply::Slow(pause, then) => {
            std::thread::sleep(*pause);
            answer(stream, then, headers)
        }
        Reply::Cut(body) => {
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\n\r\n",
                body.len()
            )?;
            stream.write_all(&body[..body.len() / 2])?;
            stream.flush()?;
            let _ = stream.shutdown(std::net::Shutdown::Both);
            Ok(false)
        }
    }
}
