//! Errors that point at a place in a file: `FILE:LINE:COL: what was expected`.

use std::fmt;

/// A one-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text` (clamped to the text, and to a char boundary).
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }

    /// The position of byte `offset` in raw bytes that may not be UTF-8.
    pub fn of_byte_offset(bytes: &[u8], offset: usize) -> Self {
        let offset = offset.min(bytes.len());
        let before = &bytes[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
        Self { line, column }
    }
}

/// The line of any byte offset of one text, found by binary search over the lines' starts: for
/// importers that number every event (a FOSDEM schedule has 773, in 1.6 MB; counting newlines
/// from the top for each one made the import quadratic).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// The index of `text`'s lines.
    pub fn new(text: &str) -> Self {
        Self { starts: std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect() }
    }

    /// The line, from 1, of byte `offset` (past the end: the last line).
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }
}

/// A file that could not be read as a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file as the user named it.
    pub file: String,
    /// Where in the file, when a place is known.
    pub position: Option<Position>,
    /// What was wrong and what was expected; a single line.
    pub message: String,
}

impl LoadError {
    /// An error at a known position.
    pub fn at(file: impl Into<String>, position: Position, message: impl Into<String>) -> Self {
        Self { file: file.into(), position: Some(position), message: one_line(&message.into()) }
    }

    /// An error that lists choices, one per line (kept as lines).
    pub fn choices(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self { file: file.into(), position: None, message: message.into() }
    }

    /// An error with no position (I/O, a field path instead).
    pub fn whole(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self { file: file.into(), position: None, message: one_line(&message.into()) }
    }
}

fn one_line(message: &str) -> String {
    message.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ")
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(p) => write!(f, "{}:{}:{}: {}", self.file, p.line, p.column, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters_from_one() {
        let text = "ab\ncdé\nf";
        assert_eq!(Position::of_offset(text, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::of_offset(text, 3), Position { line: 2, column: 1 });
        assert_eq!(Position::of_offset(text, 7), Position { line: 2, column: 4 });
        assert_eq!(Position::of_offset(text, 6), Position { line: 2, column: 3 }, "inside é");
        assert_eq!(Position::of_offset(text, 999), Position { line: 3, column: 2 });
    }

    #[test]
    fn the_line_index_agrees_with_counting_from_the_top() {
        let text = "ab\ncdé\n\nf";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 3 {
            assert_eq!(index.line(offset), Position::of_offset(text, offset).line, "offset {offset}");
        }
    }

    #[test]
    fn messages_are_folded_onto_one_line() {
        let e = LoadError::at("f.toml", Position { line: 2, column: 5 }, "bad\n  value\n");
        assert_eq!(e.to_string(), "f.toml:2:5: bad; value");
    }
}
