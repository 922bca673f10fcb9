//! The last good copy of each schedule URL, for a start without a network
//! (docs/import.md, "From a URL"):
//!
//! ```text
//! $XDG_CACHE_HOME/chairtime/schedules/<sha256 of the URL>/body       the bytes as served (decompressed)
//! $XDG_CACHE_HOME/chairtime/schedules/<sha256 of the URL>/meta.json  URL, validators, version, times
//! ```
//!
//! Folders 0700 and files 0600 (a private event's schedule is confidential); each file written to
//! a temporary name, synced and renamed, the body before its meta, and a pair is trusted only when
//! the body's hash is the one its meta names. No token is ever written.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Body, Validators, sha256};

/// What is known of a cached copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The URL as the chair gave it.
    pub url: String,
    /// Where it was fetched from after redirects.
    pub final_url: String,
    /// The `ETag` as received.
    pub etag: Option<String>,
    /// The `Last-Modified` as received.
    pub last_modified: Option<String>,
    /// The schedule's version (its own, or `sha256:…`).
    pub version: String,
    /// The body's SHA-256 (hex).
    pub body_sha256: String,
    /// When this copy was fetched.
    pub fetched_at: DateTime<Utc>,
    /// When the server last confirmed it (or sent it).
    pub checked_at: DateTime<Utc>,
}

impl Meta {
    /// The meta of a body just fetched from `url`.
    pub fn new(url: &str, body: &Body, version: String, now: DateTime<Utc>) -> Self {
        Self {
            url: url.to_owned(),
            final_url: body.final_url.clone(),
            etag: body.validators.etag.clone(),
            last_modified: body.validators.last_modified.clone(),
            version,
            body_sha256: sha256(&body.bytes),
            fetched_at: now,
            checked_at: now,
        }
    }

    /// The validators for the next request.
    pub fn validators(&self) -> Validators {
        Validators { etag: self.etag.clone(), last_modified: self.last_modified.clone() }
    }
}

/// `$XDG_CACHE_HOME/chairtime/schedules`, else `~/.cache/chairtime/schedules` (an
/// `XDG_CACHE_HOME` that is not absolute is ignored, as the XDG specification says).
pub fn dir() -> Option<PathBuf> {
    Some(crate::room::xdg_dir("XDG_CACHE_HOME", ".cache")?.join("chairtime").join("schedules"))
}

/// The folder of `url`'s copy in `root`: named by the URL's hash (the URL itself may be long, or
/// carry a query).
pub fn entry(root: &Path, url: &str) -> PathBuf {
    root.join(sha256(url.trim().as_bytes()))
}

/// `url`'s last good copy, if there is one whose body is whole.
pub fn load(url: &str) -> Option<(Meta, Vec<u8>)> {
    load_in(&dir()?, url)
}

/// As [`load`], from the cache folder `root`.
pub fn load_in(root: &Path, url: &str) -> Option<(Meta, Vec<u8>)> {
    let entry = entry(root, url);
    let meta: Meta = serde_json::from_slice(&std::fs::read(entry.join("meta.json")).ok()?).ok()?;
    let bytes = std::fs::read(entry.join("body")).ok()?;
    (meta.url == url.trim() && sha256(&bytes) == meta.body_sha256).then_some((meta, bytes))
}

/// Keeps `bytes` as `meta.url`'s last good copy.
///
/// # Errors
/// No cache folder (no home), or it cannot be written.
pub fn store(meta: &Meta, bytes: &[u8]) -> Result<(), String> {
    let root = dir().ok_or("no cache folder: neither XDG_CACHE_HOME nor HOME is set")?;
    store_in(&root, meta, bytes)
}

/// As [`store`], in the cache folder `root`.
///
/// # Errors
/// It cannot be written.
pub fn store_in(root: &Path, meta: &Meta, bytes: &[u8]) -> Result<(), String> {
    let entry = entry(root, &meta.url);
    let said = |e: std::io::Error| format!("{}: {e}", entry.display());
    make_private_dir(&entry).map_err(said)?;
    if let Some(root) = entry.parent().and_then(Path::parent) {
        tag(root);
    }
    let json = serde_json::to_vec_pretty(meta).map_err(|e| e.to_string())?;
    // An unchanged body is not written again (a 304 only moves checked_at).
    let same = std::fs::read(entry.join("body")).is_ok_and(|b| sha256(&b) == meta.body_sha256);
    if !same {
        write_private(&entry.join("body"), bytes).map_err(said)?;
    }
    write_private(&entry.join("meta.json"), &json).map_err(said)
}

/// Notes that the server confirmed `url`'s copy at `now` (only its meta is written again).
pub fn touch(url: &str, now: DateTime<Utc>) {
    let (Some(root), Some(mut meta)) = (dir(), meta(url)) else { return };
    meta.checked_at = now;
    if let Ok(json) = serde_json::to_vec_pretty(&meta) {
        let _ = write_private(&entry(&root, url).join("meta.json"), &json);
    }
}

/// What is known of `url`'s copy, without reading its body (its version, validators, times).
pub fn meta(url: &str) -> Option<Meta> {
    let bytes = std::fs::read(entry(&dir()?, url).join("meta.json")).ok()?;
    serde_json::from_slice::<Meta>(&bytes).ok().filter(|m| m.url == url.trim())
}

/// Creates `dir` (and its parents) readable by the owner only.
fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes `path` through a temporary file (owner-only), synced, then renamed over it.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut f = options.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Some(d) = path.parent().and_then(|d| std::fs::File::open(d).ok()) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Marks chairtime's cache folder as a cache for backup tools (bford.info/cachedir).
fn tag(root: &Path) {
    let tag = root.join("CACHEDIR.TAG");
    if !tag.exists() {
        let _ = std::fs::write(
            tag,
            "Signature: 8a477f597d28d172789f06886806bc55\n# chairtime's cache of schedules fetched from URLs.\n",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(url: &str, bytes: &[u8]) -> Meta {
        let body = Body {
            bytes: bytes.to_vec(),
            validators: Validators { etag: Some("\"v1\"".into()), last_modified: None },
            final_url: url.to_owned(),
            content_type: None,
        };
        Meta::new(url, &body, "1.0".into(), DateTime::UNIX_EPOCH)
    }

    #[test]
    fn a_stored_copy_reads_back_private_and_a_damaged_body_is_not_trusted() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("chairtime/schedules");
        let url = "https://pretalx.example/ev/schedule.xml";
        store_in(&root, &meta(url, b"<schedule/>"), b"<schedule/>").unwrap();
        let (m, bytes) = load_in(&root, url).unwrap();
        assert_eq!((m.version.as_str(), bytes.as_slice()), ("1.0", b"<schedule/>".as_slice()));
        assert!(load_in(&root, "https://pretalx.example/other.xml").is_none(), "another URL has no copy");
        let entry = entry(&root, url);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(
                (mode(&entry), mode(&entry.join("body")), mode(&entry.join("meta.json"))),
                (0o700, 0o600, 0o600)
            );
        }
        std::fs::write(entry.join("body"), b"<sched").unwrap();
        assert!(load_in(&root, url).is_none(), "a body cut off is not the copy its meta names");
        assert!(tmp.path().join("chairtime/CACHEDIR.TAG").exists());
    }
}
