//! Bytes → text, once, for every format: the one place that decides a file's encoding.
//!
//! The rule (`docs/import.md`, "Encodings"):
//! 1. a byte order mark decides: UTF-8 (the mark is dropped silently), UTF-16LE or UTF-16BE
//!    (spreadsheets' "Unicode text" export), with a note naming it;
//! 2. iCalendar is unfolded on bytes before it is decoded (RFC 5545 §3.1 folds may split a
//!    multi-byte character);
//! 3. text that is valid UTF-8 is UTF-8;
//! 4. an XML file that declares its encoding (`<?xml … encoding="ISO-8859-1"?>`) is read in it;
//! 5. anything else is read as Windows-1252 (Western European; what the Encoding Standard calls
//!    "latin1"), with a warning, unless it looks like a binary file (a NUL, or control bytes more
//!    often than one in a hundred), which is refused. A stray control character in text read in
//!    a legacy encoding (4 or 5) becomes a space, and the warning names its line.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::import::ical;
use crate::error::{LoadError, Position};

/// A file's text, and what the chair should know about how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte order mark.
    pub text: String,
    /// One line naming the encoding assumed, when it was not plain UTF-8.
    pub note: Option<String>,
}

/// Decodes a schedule file of any format (see the module's rule).
///
/// # Errors
/// Bytes that are no text in any encoding chairtime reads (binary files, broken UTF-16),
/// positioned at the first bad byte.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Decoded, LoadError> {
    let (bom, bom_len) = Encoding::for_bom(bytes).unwrap_or((UTF_8, 0));
    let body = &bytes[bom_len..];
    if bom == UTF_16LE || bom == UTF_16BE {
        return match bom.decode_without_bom_handling_and_without_replacement(body) {
            Some(text) => Ok(Decoded {
                text: text.into_owned(),
                note: Some(format!(
                    "{name}: UTF-16 text ({}, from its byte order mark), as spreadsheets' \"Unicode text\" export writes; read as such",
                    if bom == UTF_16LE { "little-endian" } else { "big-endian" }
                )),
            }),
            None => Err(LoadError::at(
                name,
                Position { line: 1, column: 1 },
                format!(
                    "this is not UTF-8 text, and not valid {} either although it starts with that byte order mark; expected a schedule saved as text",
                    bom.name()
                ),
            )),
        };
    }
    let body: Cow<'_, [u8]> =
        if ical::starts_like_ical(body) { ical::unfold_bytes(body) } else { Cow::Borrowed(body) };
    if let Some(declared) = xml_declared_encoding(&body)
        && declared != UTF_8
        // Plain ASCII reads the same in any of them: no note.
        && (!body.is_ascii() || body.contains(&0x1b))
    {
        let (text, errors) = declared.decode_without_bom_handling(&body);
        let (text, controls) = without_controls(&text);
        return Ok(Decoded {
            text,
            note: Some(format!(
                "{name}: read as {}, the encoding its <?xml …?> declaration names{}{controls}",
                describe(declared),
                if errors {
                    "; some bytes were not valid in it and show as the replacement character (U+FFFD)"
                } else {
                    ""
                }
            )),
        });
    }
    match std::str::from_utf8(&body) {
        Ok(text) => Ok(Decoded { text: text.to_owned(), note: None }),
        Err(_) => {
            if looks_binary(&body)
                && let Some(bad) = body.iter().position(|&b| is_binary(b))
            {
                return Err(LoadError::at(
                    name,
                    Position::of_byte_offset(&body, bad),
                    format!(
                        "this is not UTF-8 text, nor Windows-1252 (it holds the control byte 0x{:02X}); expected a schedule saved as text",
                        body[bad]
                    ),
                ));
            }
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(&body);
            let (text, controls) = without_controls(&text);
            Ok(Decoded {
                text,
                note: Some(format!(
                    "{name}: not UTF-8; read as {}. Check names with accents.{controls}",
                    describe(WINDOWS_1252)
                )),
            })
        }
    }
}

/// An encoding as a chair would recognise it.
fn describe(encoding: &'static Encoding) -> String {
    if encoding == WINDOWS_1252 {
        "Windows-1252 (Western European)".to_owned()
    } else {
        encoding.name().to_owned()
    }
}

/// Bytes that no text file holds: C0 controls other than tab, line feed, form feed and carriage
/// return, and DEL.
fn is_binary(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f
}

/// Whether bytes that are not UTF-8 look like a binary file rather than text in an older
/// encoding: a NUL, or control bytes more often than one in a hundred. A stray control byte or
/// two (a DEL pasted into an abstract) is text with a slip in it.
fn looks_binary(bytes: &[u8]) -> bool {
    let controls = bytes.iter().filter(|&&b| is_binary(b)).count();
    bytes.contains(&0) || (controls > 1 && controls * 100 > bytes.len())
}

/// Text read in a legacy encoding with its control characters (which no text shows, and which
/// XML and TOML refuse) replaced by spaces, and a sentence naming where they were, for the
/// encoding note (empty when there were none).
fn without_controls(text: &str) -> (String, String) {
    const NAMED: usize = 3;
    let mut places = Vec::new();
    let mut found = 0;
    let mut out = String::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        if u8::try_from(c).is_ok_and(is_binary) {
            if found < NAMED {
                let p = Position::of_offset(text, offset);
                places.push(format!("line {}, column {} (0x{:02X})", p.line, p.column, u32::from(c)));
            }
            found += 1;
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    if found == 0 {
        return (out, String::new());
    }
    let more = if found > NAMED { format!(" and {} more", found - NAMED) } else { String::new() };
    let sentence = format!(
        " It holds {} that no text shows, read as {}: {}{more}.",
        if found == 1 { "a control character" } else { "control characters" },
        if found == 1 { "a space" } else { "spaces" },
        places.join("; ")
    );
    (out, sentence)
}

/// The encoding an XML declaration names, if the file starts with one (UTF-16 names are
/// ignored: a declaration readable as ASCII is not UTF-16).
fn xml_declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = bytes.get(start..)?;
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.iter().take(512).position(|&b| b == b'>')?;
    let decl = &head[..end];
    let at = decl.windows(8).position(|w| w == b"encoding")?;
    let rest = &decl[at + 8..];
    let rest = &rest[rest.iter().position(|&b| b == b'=')? + 1..];
    let rest = &rest[rest.iter().position(|b| !b.is_ascii_whitespace())?..];
    let quote = *rest.first()?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let value = &rest[1..];
    let label = &value[..value.iter().position(|&b| b == quote)?];
    let encoding = Encoding::for_label_no_replacement(label)?;
    (encoding != UTF_16LE && encoding != UTF_16BE).then_some(encoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_declarations_name_their_encoding() {
        let d = |s: &str| xml_declared_encoding(s.as_bytes()).map(Encoding::name);
        assert_eq!(d("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"), Some("windows-1252"));
        assert_eq!(d("\n<?xml version='1.0' encoding = 'utf-8' ?>"), Some("UTF-8"));
        assert_eq!(d("<?xml version=\"1.0\"?>"), None);
        assert_eq!(d("<?xml encoding=\"UTF-16\"?>"), None);
        assert_eq!(d("<schedule encoding=\"latin1\">"), None);
    }

    #[test]
    fn a_stray_control_byte_in_a_windows_1252_file_is_a_space_and_a_note_naming_its_line() {
        let d = decode("x.csv", b"Title,Start\nCaf\xe9 talk,10:00\nAbstract \x7f here,11:00\n").unwrap();
        assert_eq!(d.text, "Title,Start\nCafé talk,10:00\nAbstract   here,11:00\n");
        let note = d.note.unwrap();
        assert!(note.contains("Windows-1252"), "{note}");
        assert!(
            note.contains(
                "a control character that no text shows, read as a space: line 3, column 10 (0x7F)"
            ),
            "{note}"
        );
    }

    #[test]
    fn text_with_control_bytes_is_refused_not_read_as_windows_1252() {
        let e = decode("x.toml", b"title = \"\xe9\"\n\x01\x02").unwrap_err();
        assert_eq!(e.position, Some(Position { line: 2, column: 1 }));
        assert!(e.message.contains("not UTF-8"), "{e}");
    }
}
