//! A small real HTTP/1.1 client over a TCP socket, for the share's end-to-end tests: plain
//! requests, and a server-sent event stream read event by event (chunked transfer decoded).

#![allow(dead_code, reason = "not every test file uses every helper")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// A response: status and body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

fn connect(port: u16) -> std::io::Result<TcpStream> {
    let s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    Ok(s)
}

fn head(reader: &mut impl BufRead) -> std::io::Result<(u16, String)> {
    let mut status_line = String::new();
    reader.read_line(&mut status_line)?;
    let status = status_line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let mut headers = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        headers.push_str(&line.to_ascii_lowercase());
    }
    Ok((status, headers))
}

fn chunk(reader: &mut impl BufRead) -> std::io::Result<Option<Vec<u8>>> {
    let mut size_line = String::new();
    if reader.read_line(&mut size_line)? == 0 {
        return Ok(None);
    }
    let size = usize::from_str_radix(size_line.trim(), 16).map_err(std::io::Error::other)?;
    if size == 0 {
        return Ok(None);
    }
    let mut buf = vec![0; size + 2];
    reader.read_exact(&mut buf)?;
    buf.truncate(size);
    Ok(Some(buf))
}

/// Sends one request and reads the whole reply.
pub fn request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Reply> {
    let mut s = connect(port)?;
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    s.write_all(req.as_bytes())?;
    // A refused oversize body may close the socket before we finish writing: that's the answer.
    let _ = s.write_all(body);
    let mut reader = BufReader::new(s);
    let (status, headers) = head(&mut reader)?;
    let mut body = Vec::new();
    if headers.contains("transfer-encoding: chunked") {
        while let Some(c) = chunk(&mut reader)? {
            body.extend(c);
        }
    } else {
        reader.read_to_end(&mut body)?;
    }
    Ok(Reply { status, headers, body: String::from_utf8_lossy(&body).into_owned() })
}

/// `GET path`.
pub fn get(port: u16, path: &str) -> std::io::Result<Reply> {
    request(port, "GET", path, &[], b"")
}

/// `POST /api/command` with a bearer token.
pub fn command(port: u16, token: &str, body: &str) -> std::io::Result<Reply> {
    let auth = format!("Bearer {token}");
    request(
        port,
        "POST",
        "/api/command",
        &[("Authorization", &auth), ("Content-Type", "application/json")],
        body.as_bytes(),
    )
}

/// An open event stream.
pub struct Events {
    reader: BufReader<TcpStream>,
    pending: String,
    pub status: u16,
}

impl Events {
    /// Opens `GET /api/events?token=…`.
    pub fn open(port: u16, token: &str) -> std::io::Result<Self> {
        Self::open_path(port, &format!("/api/events?token={token}"))
    }

    /// Opens the event stream at `path` (with its query).
    pub fn open_path(port: u16, path: &str) -> std::io::Result<Self> {
        let mut s = connect(port)?;
        let req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n");
        s.write_all(req.as_bytes())?;
        let mut reader = BufReader::new(s);
        let (status, _) = head(&mut reader)?;
        Ok(Self { reader, pending: String::new(), status })
    }

    /// The next event of kind `kind` (others skipped): its data. `None` when the stream ends.
    pub fn next(&mut self, kind: &str) -> Option<String> {
        loop {
            while let Some(end) = self.pending.find("\n\n") {
                let block: String = self.pending.drain(..end + 2).collect();
                let mut event = "message";
                let mut data = String::new();
                for line in block.lines() {
                    if let Some(e) = line.strip_prefix("event:") {
                        event = e.trim();
                    } else if let Some(d) = line.strip_prefix("data:") {
                        data.push_str(d.strip_prefix(' ').unwrap_or(d));
                    }
                }
                if event == kind {
                    return Some(data);
                }
            }
            let c = chunk(&mut self.reader).ok()??;
            self.pending.push_str(&String::from_utf8_lossy(&c));
        }
    }
}
