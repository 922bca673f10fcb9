//! Reading a journal's lines as the publisher sends them: the file on disk is the source of truth
//! (it is written, and fsynced, before anything is published), so the publisher reads it back,
//! line by line, and sends the bytes exactly as they are. Line `n` (from 0) is the header for
//! `n = 0` and the entry with `seq = n` after it.

use std::fs::File;
use std::io::{self, Read as _, Seek as _, SeekFrom};
use std::path::{Path, PathBuf};

/// Follows one journal file: where the next unread line starts and its number.
#[derive(Debug)]
pub struct Tail {
    path: PathBuf,
    /// Byte offset of the next line not read yet.
    offset: u64,
    /// Its number (0 = the header).
    next: u64,
}

impl Tail {
    /// Follows `path` from its first line.
    pub fn new(path: &Path) -> Self {
        Self { path: path.to_owned(), offset: 0, next: 0 }
    }

    /// The journal followed.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The number of the next line [`Tail::read`] returns.
    pub fn next_line(&self) -> u64 {
        self.next
    }

    /// Starts again at line `n` (0 = the header): reads from the file's start and skips.
    ///
    /// # Errors
    /// The file cannot be read.
    pub fn rewind_to(&mut self, n: u64) -> io::Result<()> {
        self.offset = 0;
        self.next = 0;
        while self.next < n {
            if self.read(usize::try_from(n - self.next).unwrap_or(usize::MAX))?.is_empty() {
                break;
            }
        }
        Ok(())
    }

    /// Up to `max` complete lines after the last one read, each with its number, without their
    /// line ends. A last line without its `\n` (being written, or torn) is left for later.
    ///
    /// # Errors
    /// The file cannot be opened or read.
    pub fn read(&mut self, max: usize) -> io::Result<Vec<(u64, Vec<u8>)>> {
        let mut file = File::open(&self.path)?;
        let len = file.metadata()?.len();
        if len < self.offset {
            // Only a torn last line is ever cut off a journal; a shorter file is another file.
            return Err(io::Error::other(format!(
                "{} is shorter than what was already sent ({len} < {} bytes)",
                self.path.display(),
                self.offset
            )));
        }
        file.seek(SeekFrom::Start(self.offset))?;
        let mut bytes = Vec::new();
        file.take(len - self.offset).read_to_end(&mut bytes)?;
        let mut out = Vec::new();
        let mut start = 0;
        while out.len() < max {
            let Some(end) = bytes[start..].iter().position(|&b| b == b'\n') else { break };
            let line = bytes[start..start + end].to_vec();
            start += end + 1;
            out.push((self.next, line));
            self.next += 1;
        }
        self.offset += start as u64;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    #[test]
    fn complete_lines_are_read_once_in_order_and_a_torn_last_line_waits() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        std::fs::write(&path, "{\"format\":1}\n{\"seq\":1}\n{\"seq\":2").unwrap();
        let mut t = Tail::new(&path);
        let got = t.read(10).unwrap();
        assert_eq!(got, vec![(0, b"{\"format\":1}".to_vec()), (1, b"{\"seq\":1}".to_vec())]);
        assert!(t.read(10).unwrap().is_empty(), "the unfinished line is not sent");
        std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(b"}\n{\"seq\":3}\n").unwrap();
        assert_eq!(t.read(1).unwrap(), vec![(2, b"{\"seq\":2}".to_vec())]);
        assert_eq!(t.read(5).unwrap(), vec![(3, b"{\"seq\":3}".to_vec())]);
        t.rewind_to(1).unwrap();
        assert_eq!(t.next_line(), 1);
        assert_eq!(t.read(1).unwrap(), vec![(1, b"{\"seq\":1}".to_vec())]);
    }

    #[test]
    fn a_file_shorter_than_what_was_read_is_an_error_not_a_resend() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        std::fs::write(&path, "a\nb\n").unwrap();
        let mut t = Tail::new(&path);
        t.read(5).unwrap();
        std::fs::write(&path, "a\n").unwrap();
        assert!(t.read(5).unwrap_err().to_string().contains("shorter"));
    }
}
