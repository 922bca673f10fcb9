//! The links of a shared session, kept so that a restart (after a crash, a kill, a closed lid that
//! never woke) shares the resumed session again with the **same** links: the lectern's tablet and
//! the chair's phone reconnect by themselves (docs/remote.md, "After a crash").
//!
//! The tokens are secrets: they are kept only in the user's runtime folder
//! (`$XDG_RUNTIME_DIR/chairtime/`, private to the user and cleared at log-out), in a file of mode
//! 0600, one per journal, and never in the journal (which is handed to organisers and collectors).
//! Without a runtime folder nothing is kept and a restart shares with new links.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Tokens;

/// What is kept of a share: its port and both tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedShare {
    /// The port the links name.
    pub port: u16,
    /// The speaker link's token.
    pub view: String,
    /// The remote's token.
    pub control: String,
}

impl SavedShare {
    /// What to keep of a share on `port` with `tokens`.
    pub fn new(port: u16, tokens: &Tokens) -> Self {
        Self { port, view: tokens.view.clone(), control: tokens.control.clone() }
    }

    /// The tokens kept.
    pub fn tokens(&self) -> Tokens {
        Tokens { view: self.view.clone(), control: self.control.clone() }
    }

    /// Whether both tokens look like ones chairtime makes (32 hex digits): a file edited by hand
    /// or cut short is not trusted with the links.
    fn is_sound(&self) -> bool {
        let ok = |t: &str| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit());
        ok(&self.view) && ok(&self.control) && self.view != self.control && self.port != 0
    }
}

/// The folder the links are kept in: one file per journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkStore {
    dir: PathBuf,
}

impl LinkStore {
    /// The user's runtime folder (`$XDG_RUNTIME_DIR/chairtime`), or `None` when the session has
    /// none: then links are never written to disk.
    pub fn from_env() -> Option<Self> {
        std::env::var_os("XDG_RUNTIME_DIR")
            .filter(|d| !d.is_empty())
            .map(|d| Self::in_dir(PathBuf::from(d).join("chairtime")))
    }

    /// A store in `dir` (tests).
    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The file for `journal`: named by a hash of the journal's absolute path, so two sessions on
    /// one laptop keep apart and no file name repeats the session's title.
    pub fn file_for(&self, journal: &Path) -> PathBuf {
        let absolute = std::path::absolute(journal).unwrap_or_else(|_| journal.to_owned());
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in absolute.as_os_str().as_encoded_bytes() {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.dir.join(format!("share-{h:016x}.json"))
    }

    /// Keeps `share` as the links of `journal`, replacing what was kept. The file is written
    /// beside its final name with mode 0600 and renamed into place; the folder is made 0700.
    ///
    /// # Errors
    /// When the folder or the file cannot be written.
    pub fn save(&self, journal: &Path, share: &SavedShare) -> std::io::Result<()> {
        create_private_dir(&self.dir)?;
        let path = self.file_for(journal);
        let temp = path.with_extension("json.tmp");
        let body = serde_json::to_vec(share).map_err(std::io::Error::other)?;
        {
            let mut file = open_private(&temp)?;
            file.write_all(&body)?;
            file.sync_all()?;
        }
        std::fs::rename(&temp, &path)
    }

    /// The links kept for `journal`, if any (a missing, unreadable or unsound file is none).
    pub fn load(&self, journal: &Path) -> Option<SavedShare> {
        let bytes = std::fs::read(self.file_for(journal)).ok()?;
        serde_json::from_slice::<SavedShare>(&bytes).ok().filter(SavedShare::is_sound)
    }

    /// Forgets the links of `journal` (the chair stopped sharing, or the session is over).
    pub fn forget(&self, journal: &Path) {
        let _ = std::fs::remove_file(self.file_for(journal));
    }
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    // An existing folder made by someone else's umask: tighten it, the files are secrets.
    let mode = std::fs::metadata(dir)?.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let _ = std::fs::remove_file(path);
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().write(true).create(true).truncate(true).open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, LinkStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = LinkStore::in_dir(dir.path().join("chairtime"));
        (dir, store)
    }

    #[test]
    fn links_kept_for_a_journal_come_back_for_that_journal_only() {
        let (dir, store) = store();
        let kept = SavedShare::new(8420, &Tokens::generate());
        store.save(&dir.path().join("a.jsonl"), &kept).unwrap();
        assert_eq!(store.load(&dir.path().join("a.jsonl")), Some(kept));
        assert_eq!(store.load(&dir.path().join("b.jsonl")), None);
    }

    #[test]
    fn forgotten_links_do_not_come_back() {
        let (dir, store) = store();
        let journal = dir.path().join("a.jsonl");
        store.save(&journal, &SavedShare::new(8420, &Tokens::generate())).unwrap();
        store.forget(&journal);
        assert_eq!(store.load(&journal), None);
    }

    #[test]
    fn new_links_replace_the_kept_ones() {
        let (dir, store) = store();
        let journal = dir.path().join("a.jsonl");
        store.save(&journal, &SavedShare::new(8420, &Tokens::generate())).unwrap();
        let newer = SavedShare::new(8421, &Tokens::generate());
        store.save(&journal, &newer).unwrap();
        assert_eq!(store.load(&journal), Some(newer));
    }

    #[cfg(unix)]
    #[test]
    fn the_kept_links_are_readable_by_their_user_only() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, store) = store();
        let journal = dir.path().join("a.jsonl");
        store.save(&journal, &SavedShare::new(8420, &Tokens::generate())).unwrap();
        let file = std::fs::metadata(store.file_for(&journal)).unwrap().permissions().mode();
        let folder = std::fs::metadata(dir.path().join("chairtime")).unwrap().permissions().mode();
        assert_eq!(file & 0o777, 0o600);
        assert_eq!(folder & 0o777, 0o700);
    }

    #[test]
    fn a_damaged_file_is_not_trusted_with_the_links() {
        let (dir, store) = store();
        let journal = dir.path().join("a.jsonl");
        store.save(&journal, &SavedShare::new(8420, &Tokens::generate())).unwrap();
        let file = store.file_for(&journal);
        for body in ["", "{\"port\":8420,\"view\":\"x\",\"control\":\"y\"}", "{\"port\":8420,"] {
            std::fs::write(&file, body).unwrap();
            assert_eq!(store.load(&journal), None, "{body:?}");
        }
    }

    #[test]
    fn the_file_name_does_not_repeat_the_session_title() {
        let (_dir, store) = store();
        let file = store.file_for(Path::new("/home/chair/2026-12-02-BPF-Microconference.jsonl"));
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("share-") && !name.contains("BPF"), "{name}");
    }
}
