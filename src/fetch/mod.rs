//! Schedules from the conference's own URL (docs/import.md, "From a URL"): fetched over HTTP(S),
//! checked to be a schedule, kept in the cache folder for a start without a network, and
//! watched for new versions while a session runs from it ([`sync`]).
//!
//! A schedule's place is a file path or an `http(s)://` URL. Both travel as a `Path` through the
//! room and the command line (a URL is kept as typed); [`url_of`] tells them apart, and
//! [`crate::schedule::load::load_path`] reads a URL's last good copy from the cache, never from
//! the network: only [`prime`] (at start, and when the chair opens a URL) and the [`sync`]
//! thread fetch.
//!
//! Nothing here imports egui, eframe or rodio; times come from the caller.

pub mod cache;
pub mod diff;
pub mod sync;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

/// The most a schedule may weigh (the largest real conference exports are a few MiB).
pub const MAX_BODY: u64 = 50 * 1024 * 1024;

/// How long one fetch may take, redirects and body included, unless `CHAIRTIME_FETCH_TIMEOUT`
/// (seconds) says otherwise.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// How long connecting (DNS, TCP, TLS) may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The environment variable holding a token for the schedule's server (pretalx, Indico).
pub const TOKEN_ENV: &str = "CHAIRTIME_SCHEDULE_TOKEN";

/// The `User-Agent` every request sends: chairtime, its version, and where it comes from.
pub const USER_AGENT: &str = concat!("chairtime/", env!("CARGO_PKG_VERSION"), " (conference session timer)");

/// The URL `path` holds, when it is one (`http://` or `https://`, any case).
pub fn url_of(path: &Path) -> Option<&str> {
    let s = path.to_str()?;
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(s)
}

/// The host a URL names, for messages ("pretalx.com").
pub fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    authority.rsplit_once('@').map_or(authority, |(_, h)| h)
}

/// The `Authorization` header for a token: a value with a space is used as given (`Bearer …`,
/// `Token …`); an Indico personal token (`indp_…`) is sent as `Bearer`, any other as pretalx's
/// `Token`.
pub fn authorization(token: &str) -> String {
    let token = token.trim();
    if token.contains(char::is_whitespace) {
        token.to_owned()
    } else if token.starts_with("indp_") {
        format!("Bearer {token}")
    } else {
        format!("Token {token}")
    }
}

/// The token to send: from `file` (`--schedule-token FILE`), else from [`TOKEN_ENV`].
///
/// # Errors
/// The file cannot be read or is empty.
pub fn token(file: Option<&Path>) -> Result<Option<String>, String> {
    if let Some(file) = file {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("{}: cannot read the schedule token: {e}", file.display()))?;
        let token = text.trim();
        if token.is_empty() {
            return Err(format!("{}: the schedule token file is empty", file.display()));
        }
        return Ok(Some(authorization(token)));
    }
    Ok(std::env::var(TOKEN_ENV).ok().filter(|t| !t.trim().is_empty()).map(|t| authorization(&t)))
}

/// Why a schedule could not be fetched, in words a chair can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No connection: no network, the name not found, the server down.
    Unreachable(String),
    /// No (complete) answer in time.
    Timeout,
    /// The server answered with an error status.
    Status(u16),
    /// A web page came back where a schedule was expected: a Wi-Fi sign-in page or a login.
    WebPage,
    /// The answer is not a schedule chairtime can read (cut off, or another kind of file).
    Unreadable(String),
    /// The secure connection failed (a certificate not trusted, an interception).
    Tls(String),
    /// Anything else the HTTP client reported.
    Other(String),
}

impl FetchError {
    /// A short word for the kind, so that the same failure is said once.
    pub fn kind(&self) -> String {
        match self {
            Self::Unreachable(_) => "unreachable".to_owned(),
            Self::Timeout => "timeout".to_owned(),
            Self::Status(code) => format!("status {code}"),
            Self::WebPage => "web page".to_owned(),
            Self::Unreadable(_) => "unreadable".to_owned(),
            Self::Tls(_) => "tls".to_owned(),
            Self::Other(_) => "other".to_owned(),
        }
    }

    /// What went wrong and what to do, for the chair (`url` is the schedule's).
    pub fn says(&self, url: &str) -> String {
        let host = host_of(url);
        match self {
            Self::Unreachable(detail) if detail.starts_with("the server refuses") => format!(
                "{host} cannot be reached ({detail}): the server may be down, or the address's port is wrong"
            ),
            Self::Unreachable(detail) => format!(
                "{host} cannot be reached ({detail}): is this computer on the network, and is the address typed right?"
            ),
            Self::Timeout => {
                format!("{host} did not answer in time: the network may be slow or the server busy")
            }
            Self::Status(401 | 403) => format!(
                "{host} refuses the schedule without a login (HTTP 401/403): it is not public yet and needs an API token (Open URL…'s token field, --schedule-token FILE or {TOKEN_ENV})"
            ),
            Self::Status(404 | 410) => format!(
                "{host} has no schedule at this address (HTTP 404): check the address for a typo; if it worked before, the schedule may have moved: ask the organisers for its address"
            ),
            Self::Status(code) if *code >= 500 => {
                format!("{host} has a problem of its own (HTTP {code}); it usually passes within minutes")
            }
            Self::Status(code) => format!("{host} answered HTTP {code} instead of the schedule"),
            Self::WebPage => format!(
                "{host} sent a web page instead of the schedule: check that the address is the schedule's export (…/schedule.xml, .json or .ics), not a page about it; on a new Wi-Fi, open any web page in a browser and sign in; a schedule not public yet answers with a login page and needs an API token"
            ),
            Self::Unreadable(e) => {
                format!("what {host} sent is not a schedule chairtime can read (cut off?): {e}")
            }
            Self::Tls(e) => format!(
                "the secure connection to {host} failed ({e}): the network may intercept it, or the computer's clock is wrong"
            ),
            Self::Other(e) => format!("fetching from {host} failed: {e}"),
        }
    }
}

impl From<ureq::Error> for FetchError {
    fn from(e: ureq::Error) -> Self {
        use ureq::Error as E;
        match e {
            E::StatusCode(code) => Self::Status(code),
            E::Timeout(_) => Self::Timeout,
            E::HostNotFound => Self::Unreachable("the server's name is not found".to_owned()),
            E::ConnectionFailed => Self::Unreachable("the connection failed".to_owned()),
            E::Io(io)
                if io.to_string().contains("lookup address") || io.to_string().contains("not known") =>
            {
                Self::Unreachable("the server's name is not found".to_owned())
            }
            E::Io(io)
                if io.to_string().contains("corrupt message")
                    || io.to_string().contains("InvalidContentType") =>
            {
                Self::Tls("the server does not speak HTTPS at this address: try http://".to_owned())
            }
            E::Io(io) => match io.kind() {
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => Self::Timeout,
                std::io::ErrorKind::ConnectionRefused => {
                    Self::Unreachable("the server refuses connections".to_owned())
                }
                std::io::ErrorKind::NetworkUnreachable | std::io::ErrorKind::HostUnreachable => {
                    Self::Unreachable("no route to it".to_owned())
                }
                std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset => {
                    Self::Unreadable("the answer was cut off".to_owned())
                }
                _ => Self::Other(io.to_string()),
            },
            E::BodyExceedsLimit(n) => {
                Self::Unreadable(format!("the answer is larger than {} MiB", n / 1024 / 1024))
            }
            E::TooManyRedirects | E::RedirectFailed => {
                Self::Other("the address redirects too often".to_owned())
            }
            E::Tls(t) => Self::Tls(t.to_owned()),
            E::Rustls(t) => Self::Tls(t.to_string()),
            E::Protocol(p) => Self::Unreadable(format!("the answer is not valid HTTP: {p}")),
            other => Self::Other(other.to_string()),
        }
    }
}

/// What a conditional request remembers of the last answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag`, exactly as received.
    pub etag: Option<String>,
    /// The `Last-Modified`, exactly as received.
    pub last_modified: Option<String>,
}

/// A schedule as the server sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// The bytes, decompressed.
    pub bytes: Vec<u8>,
    /// Its validators, for the next request.
    pub validators: Validators,
    /// Where it came from after redirects.
    pub final_url: String,
    /// The `Content-Type`.
    pub content_type: Option<String>,
}

/// The answer to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// 304 Not Modified.
    NotModified,
    /// A body (200).
    Body(Body),
}

/// An HTTP client for schedules: rustls with ring and the system's certificate authorities,
/// redirects followed (the token only to the same host), gzip, a timeout, chairtime's
/// User-Agent.
#[derive(Clone)]
pub struct Client {
    agent: ureq::Agent,
    authorization: Option<String>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the token.
        f.debug_struct("Client").field("token", &self.authorization.is_some()).finish_non_exhaustive()
    }
}

impl Client {
    /// A client sending `authorization` (see [`token`]) with every request to the schedule's host.
    pub fn new(authorization: Option<String>) -> Self {
        use ureq::tls::{Certificate, RootCerts, TlsConfig, TlsProvider};
        let roots: Vec<Certificate<'static>> = rustls_native_certs::load_native_certs()
            .certs
            .iter()
            .map(|c| Certificate::from_der(c.as_ref()).to_owned())
            .collect();
        let tls = TlsConfig::builder()
            .provider(TlsProvider::Rustls)
            .root_certs(RootCerts::Specific(Arc::new(roots)))
            .unversioned_rustls_crypto_provider(Arc::new(
                tokio_rustls::rustls::crypto::ring::default_provider(),
            ))
            .build();
        let timeout = std::env::var("CHAIRTIME_FETCH_TIMEOUT")
            .ok()
            .and_then(|s| s.trim().parse::<f64>().ok())
            .filter(|s| s.is_finite() && *s > 0.0)
            .and_then(|s| Duration::try_from_secs_f64(s).ok())
            .unwrap_or(TIMEOUT);
        let config = ureq::Agent::config_builder()
            .tls_config(tls)
            .http_status_as_error(false)
            .max_redirects(10)
            .redirect_auth_headers(ureq::config::RedirectAuthHeaders::SameHost)
            .user_agent(USER_AGENT)
            .timeout_connect(Some(CONNECT_TIMEOUT.min(timeout)))
            .timeout_global(Some(timeout))
            .build();
        Self { agent: ureq::Agent::new_with_config(config), authorization }
    }

    /// GETs `url`, conditionally on `validators`.
    ///
    /// # Errors
    /// No connection, a timeout, an error status, a body too large or cut off.
    pub fn get(&self, url: &str, validators: &Validators) -> Result<Answer, FetchError> {
        use ureq::ResponseExt as _;
        use ureq::http::header;
        let mut request = self.agent.get(url);
        if let Some(e) = &validators.etag {
            request = request.header(header::IF_NONE_MATCH, e);
        }
        if let Some(lm) = &validators.last_modified {
            request = request.header(header::IF_MODIFIED_SINCE, lm);
        }
        if let Some(a) = &self.authorization {
            request = request.header(header::AUTHORIZATION, a);
        }
        let mut response = request.call()?;
        let status = response.status().as_u16();
        if status == 304 {
            return Ok(Answer::NotModified);
        }
        if !(200..300).contains(&status) {
            return Err(FetchError::Status(status));
        }
        let text = |name: header::HeaderName| {
            response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
        };
        let validators = Validators { etag: text(header::ETAG), last_modified: text(header::LAST_MODIFIED) };
        let content_type = text(header::CONTENT_TYPE);
        let final_url = response.get_uri().to_string();
        let bytes = response.body_mut().with_config().limit(MAX_BODY).read_to_vec()?;
        Ok(Answer::Body(Body { bytes, validators, final_url, content_type }))
    }
}

/// What a schedule is, once checked: its version (the file's own, else a short hash of it).
///
/// # Errors
/// A web page (sign-in or login) instead of a schedule; a file chairtime cannot read.
pub fn check_schedule(url: &str, bytes: &[u8], content_type: Option<&str>) -> Result<String, FetchError> {
    use crate::schedule::{decode, import, load};
    let text = decode::decode(url, bytes).map_err(|e| FetchError::Unreadable(e.to_string()))?.text;
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let head_lower = head.get(..200.min(head.len())).unwrap_or(head).to_ascii_lowercase();
    let html = head_lower.starts_with("<!doctype html") || head_lower.starts_with("<html");
    let html_type = content_type.is_some_and(|c| c.to_ascii_lowercase().starts_with("text/html"));
    if html || (html_type && !head.starts_with("<?xml")) {
        return Err(FetchError::WebPage);
    }
    if text.trim().is_empty() {
        return Err(FetchError::Unreadable("the answer is empty".to_owned()));
    }
    let options = import::Options::default();
    match import::detect(url, &text) {
        Some(format) => {
            let imported = import::read(format, url, &text, &options)
                .map_err(|e| FetchError::Unreadable(e.to_string()))?;
            if imported.events.is_empty() {
                return Err(FetchError::Unreadable(format!("this {} holds no events", imported.format)));
            }
        }
        None => {
            load::load_bytes(url, bytes, &load::Overrides::default())
                .map_err(|e| FetchError::Unreadable(e.to_string()))?;
        }
    }
    Ok(version_of(&text).unwrap_or_else(|| short_hash(bytes)))
}

/// The version a schedule names: frab/pretalx XML's `<version>`, frab/pretalx JSON's
/// `schedule.version`.
pub fn version_of(text: &str) -> Option<String> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let found = if head.starts_with('{') {
        let v: serde_json::Value = serde_json::from_str(head).ok()?;
        v.get("schedule")?.get("version").and_then(|v| match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    } else if head.starts_with('<') {
        let doc = roxmltree::Document::parse(head).ok()?;
        let root = doc.root_element();
        root.children().find(|n| n.has_tag_name("version")).and_then(|n| n.text()).map(str::to_owned)
    } else {
        None
    };
    found.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// The hex SHA-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes).as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// A version for a schedule that names none: `sha256:` and the first 12 hex digits of its hash.
pub fn short_hash(bytes: &[u8]) -> String {
    format!("sha256:{}", sha256(bytes).get(..12).unwrap_or_default())
}

/// "version 1.3" for a named version, "the copy sha256:…" for a hash.
pub fn describe_version(version: &str) -> String {
    if version.starts_with("sha256:") {
        crate::tr!("the-copy-version", version = version)
    } else {
        crate::tr!("version-n", version = version)
    }
}

/// How long ago `then` was, in words ("4 minutes ago", "yesterday at 18:02").
pub fn age(then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let minutes = (now - then).num_minutes();
    match minutes {
        m if m < 1 => "just now".to_owned(),
        1 => "a minute ago".to_owned(),
        m if m < 90 => format!("{m} minutes ago"),
        m if m < 36 * 60 => format!("{} hours ago", (m + 30) / 60),
        m => format!("{} days ago", (m + 12 * 60) / (24 * 60)),
    }
}

/// `text` ending as a sentence: a full stop added unless it ends with one (or `?`, `!`).
pub fn sentence(text: &str) -> String {
    let t = text.trim_end();
    if t.ends_with(['.', '?', '!']) { t.to_owned() } else { format!("{t}.") }
}

/// A URL's schedule, fetched now or, failing that, its last good copy.
#[derive(Debug, Clone)]
pub struct Primed {
    /// The copy now in the cache.
    pub meta: cache::Meta,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// The copy the cache held before, when this fetch replaced it (for "what changed").
    pub previous: Option<(cache::Meta, Vec<u8>)>,
    /// Said when the last good copy is used instead of a fresh one: why, and how old it is.
    pub stale: Option<String>,
    /// Said when the fresh copy could not be kept in the cache.
    pub warning: Option<String>,
    /// Whether a copy was in the cache before this fetch.
    pub had_copy: bool,
}

/// Fetches `url` into the cache (conditionally on the copy there), or falls back to that copy.
///
/// # Errors
/// The fetch failed and no copy was ever fetched: what failed, and that there is nothing to start
/// from.
pub fn prime(url: &str, client: &Client, now: DateTime<Utc>) -> Result<Primed, String> {
    let cached = cache::load(url);
    let validators = cached.as_ref().map(|(m, _)| m.validators()).unwrap_or_default();
    let fallback = |why: String, cached: Option<(cache::Meta, Vec<u8>)>| match cached {
        Some((meta, bytes)) => {
            let stale = format!(
                "{} chairtime uses the copy fetched {} ({}).",
                sentence(&why),
                age(meta.fetched_at, now),
                describe_version(&meta.version)
            );
            Ok(Primed { meta, bytes, previous: None, stale: Some(stale), warning: None, had_copy: true })
        }
        None => Err(format!(
            "{url}: {} No copy of this schedule was fetched before, so there is nothing to start from.",
            sentence(&why)
        )),
    };
    match client.get(url, &validators) {
        Ok(Answer::NotModified) => match cached {
            Some((mut meta, bytes)) => {
                meta.checked_at = now;
                let _ = cache::store(&meta, &bytes);
                Ok(Primed { meta, bytes, previous: None, stale: None, warning: None, had_copy: true })
            }
            None => Err(format!("{url}: the server answered 304 Not Modified to a first request")),
        },
        Ok(Answer::Body(body)) => match check_schedule(url, &body.bytes, body.content_type.as_deref()) {
            Ok(version) => {
                let hash = sha256(&body.bytes);
                if let Some((mut meta, bytes)) = cached.clone().filter(|(m, _)| m.body_sha256 == hash) {
                    meta.checked_at = now;
                    meta.etag = body.validators.etag;
                    meta.last_modified = body.validators.last_modified;
                    let _ = cache::store(&meta, &bytes);
                    return Ok(Primed {
                        meta,
                        bytes,
                        previous: None,
                        stale: None,
                        warning: None,
                        had_copy: true,
                    });
                }
                let meta = cache::Meta::new(url, &body, version, now);
                let warning = cache::store(&meta, &body.bytes)
                    .err()
                    .map(|e| format!("the schedule could not be kept for a start without a network: {e}"));
                Ok(Primed {
                    had_copy: cached.is_some(),
                    meta,
                    bytes: body.bytes,
                    previous: cached,
                    stale: None,
                    warning,
                })
            }
            Err(e) => fallback(e.says(url), cached),
        },
        Err(e) => fallback(e.says(url), cached),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_name_and_https_to_a_plain_server_are_told_in_plain_words() {
        let unknown = ureq::Error::Io(std::io::Error::other(
            "failed to lookup address information: Name or service not known",
        ));
        assert_eq!(
            FetchError::from(unknown),
            FetchError::Unreachable("the server's name is not found".into())
        );
        let plain =
            ureq::Error::Io(std::io::Error::other("received corrupt message of type InvalidContentType"));
        assert!(matches!(FetchError::from(plain), FetchError::Tls(t) if t.contains("try http://")));
        let refused =
            FetchError::Unreachable("the server refuses connections".into()).says("http://h:1/s.xml");
        assert!(refused.contains("the server may be down"), "{refused}");
    }

    #[test]
    fn a_url_is_told_from_a_path_and_its_host_named_without_login_or_path() {
        assert_eq!(
            url_of(Path::new("HTTPS://pretalx.example/ev/schedule.xml")),
            Some("HTTPS://pretalx.example/ev/schedule.xml")
        );
        assert_eq!(url_of(Path::new("schedule.xml")), None);
        assert_eq!(url_of(Path::new("./http:/x")), None);
        assert_eq!(
            host_of("https://me:pw@indico.example:8443/export/timetable/12.json?x=1"),
            "indico.example:8443"
        );
        assert_eq!(host_of("http://fosdem.org"), "fosdem.org");
    }

    #[test]
    fn a_token_becomes_the_header_its_server_expects() {
        assert_eq!(authorization(" abc123 \n"), "Token abc123", "pretalx");
        assert_eq!(authorization("indp_XYZ"), "Bearer indp_XYZ", "an Indico personal token");
        assert_eq!(authorization("Bearer other"), "Bearer other", "given whole");
    }

    #[test]
    fn a_schedule_names_its_version_in_xml_and_json_and_a_hash_stands_in_otherwise() {
        assert_eq!(
            version_of("<?xml version=\"1.0\"?><schedule><version> 0.7 </version></schedule>").as_deref(),
            Some("0.7")
        );
        assert_eq!(version_of(r#"{"schedule": {"version": "v3", "conference": {}}}"#).as_deref(), Some("v3"));
        assert_eq!(version_of(r#"{"schedule": {"version": 12}}"#).as_deref(), Some("12"));
        assert_eq!(version_of("<schedule><conference/></schedule>"), None);
        assert_eq!(version_of("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), None);
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20261205T100000Z\r\nDTEND:20261205T103000Z\r\nSUMMARY:Talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let v = check_schedule("https://x/s.ics", ics.as_bytes(), Some("text/calendar")).unwrap();
        assert_eq!(v, short_hash(ics.as_bytes()));
        assert!(v.starts_with("sha256:") && v.len() == 19, "{v}");
        assert_eq!(describe_version(&v), format!("the copy {v}"));
    }

    #[test]
    fn a_sign_in_page_or_an_empty_answer_is_not_taken_for_a_schedule() {
        let page = b"\n <!DOCTYPE html><html><body>Welcome to the venue Wi-Fi</body></html>";
        assert_eq!(check_schedule("https://x/s.xml", page, Some("text/html")), Err(FetchError::WebPage));
        assert_eq!(
            check_schedule("https://x/s.xml", b"<html><body>Log in</body></html>", None),
            Err(FetchError::WebPage)
        );
        assert!(matches!(check_schedule("https://x/s.xml", b"  ", None), Err(FetchError::Unreadable(_))));
        assert!(FetchError::WebPage.says("https://x/s.xml").contains("on a new Wi-Fi, open any web page"));
    }

    #[test]
    fn an_age_reads_as_a_chair_would_say_it() {
        let now = DateTime::UNIX_EPOCH + chrono::TimeDelta::days(10);
        let ago = |m: i64| age(now - chrono::TimeDelta::minutes(m), now);
        assert_eq!(
            [ago(0), ago(1), ago(42), ago(150), ago(60 * 50)],
            ["just now", "a minute ago", "42 minutes ago", "3 hours ago", "2 days ago"]
        );
        assert_eq!(sentence("is it on?"), "is it on?");
        assert_eq!(sentence("down"), "down.");
    }
}
