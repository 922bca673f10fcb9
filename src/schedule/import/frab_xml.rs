//! frab/pentabarf `schedule.xml`, read leniently: missing version, guid or time zone; `<person>`
//! without `<persons>`; durations `H:MM`, `HH:MM`, `HH:MM:SS` or empty; days past midnight; an
//! event's `<date>` is used when it agrees with its `<start>` (an event before the day's start
//! time is that morning's), else day + start + zone win, with a warning for that room; HTML in
//! text.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use roxmltree::{Document, Node};

use super::{
    Event, Imported, Options, at_line, frab_duration, local_to_utc, plain, resolve_zone, split_speakers,
};
use crate::error::{LineIndex, LoadError, Position};

fn child<'a>(n: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    n.children().find(|c| c.has_tag_name(name))
}

fn text_of(n: Node<'_, '_>, name: &str) -> Option<String> {
    child(n, name)
        .map(|c| plain(&c.descendants().filter(Node::is_text).filter_map(|d| d.text()).collect::<String>()))
        .filter(|s| !s.is_empty())
}

fn time_of_day(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    NaiveTime::parse_from_str(s, "%H:%M").or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S")).ok()
}

/// Reads a frab/pentabarf XML schedule.
///
/// # Errors
/// XML syntax errors and missing essentials, positioned.
pub fn read(name: &str, text: &str, options: &Options) -> Result<Imported, LoadError> {
    // Three quarters of a large conference's file is text chairtime never reads (FOSDEM 2021:
    // 1.25 of 1.65 MB); parsing it cost more than everything else (docs/PERFORMANCE.md). A file
    // the blanking would break is parsed as it is.
    let blanked = blank_unread(text);
    if let Some(quick) = blanked.as_deref()
        && let Ok(doc) = Document::parse(quick)
    {
        return read_document(name, text, &doc, options);
    }
    let doc = Document::parse(text).map_err(|e| xml_error(name, text, &e))?;
    read_document(name, text, &doc, options)
}

/// A syntax error, positioned. A file that ends before its elements are closed (a download cut
/// short) is reported where it ends, as cut off: the parser itself places that error at 1:1.
fn xml_error(name: &str, text: &str, e: &roxmltree::Error) -> LoadError {
    let end = text.trim_end().len();
    let p = e.pos();
    let at = Position { line: p.row as usize, column: p.col as usize };
    let at_end = Position::of_offset(text, end);
    let cut_off = matches!(e, roxmltree::Error::UnclosedRootNode | roxmltree::Error::UnexpectedEndOfStream)
        || (at.line, at.column) >= (at_end.line, at_end.column);
    if cut_off {
        let inside = innermost_open(&text[..end]).map(|t| format!(", inside <{t}>")).unwrap_or_default();
        return LoadError::at(
            name,
            at_end,
            format!(
                "the file ends here{inside}, before its XML is complete: it looks cut off (an interrupted download or copy); download or save it again"
            ),
        );
    }
    LoadError::at(name, at, format!("not well-formed XML: {e}"))
}

/// The innermost element still open at the end of `text`: a rough scan of tags, for a message
/// about a file cut short.
fn innermost_open(text: &str) -> Option<String> {
    let mut open: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with("!--") {
            rest = rest.find("-->").map_or("", |j| &rest[j + 3..]);
            continue;
        }
        if rest.starts_with("![CDATA[") {
            rest = rest.find("]]>").map_or("", |j| &rest[j + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with(['?', '!']) || tag.ends_with('/') {
            continue;
        }
        let tag_name = |t: &str| t.split(|c: char| c.is_whitespace()).next().unwrap_or_default().to_owned();
        if let Some(closing) = tag.strip_prefix('/') {
            let closing = tag_name(closing);
            if let Some(at) = open.iter().rposition(|o| *o == closing) {
                open.truncate(at);
            }
        } else {
            open.push(tag_name(tag));
        }
    }
    open.pop()
}

/// The elements of an event that chairtime never reads.
const UNREAD: [&str; 4] = ["abstract", "description", "links", "attachments"];

/// `text` with the content of every [`UNREAD`] element replaced by spaces, line ends kept: every
/// byte offset, and so every line number, stays where it was. `None` when there is none.
fn blank_unread(text: &str) -> Option<String> {
    let mut out: Option<Vec<u8>> = None;
    let bytes = text.as_bytes();
    for tag in UNREAD {
        let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
        let mut from = 0;
        while let Some(i) = text.get(from..).and_then(|t| t.find(&open)).map(|i| from + i) {
            let after = i + open.len();
            from = after;
            // The tag itself (`<links>`, `<links lang="en">`), not `<linkset>`; not `<links/>`.
            if !matches!(bytes.get(after), Some(b'>' | b' ' | b'\t' | b'\n' | b'\r')) {
                continue;
            }
            let Some(gt) = text[after..].find('>').map(|g| after + g) else { break };
            if bytes[gt - 1] == b'/' {
                continue;
            }
            let Some(end) = text[gt..].find(&close).map(|e| gt + e) else { break };
            let buf = out.get_or_insert_with(|| bytes.to_vec());
            for b in &mut buf[gt + 1..end] {
                if *b != b'\n' && *b != b'\r' {
                    *b = b' ';
                }
            }
            from = end + close.len();
        }
    }
    out.and_then(|b| String::from_utf8(b).ok())
}

fn read_document(
    name: &str,
    text: &str,
    doc: &Document<'_>,
    options: &Options,
) -> Result<Imported, LoadError> {
    let lines = LineIndex::new(text);
    let line_of = |n: Node<'_, '_>| lines.line(n.range().start);
    let root = doc.root_element();
    if !root.has_tag_name("schedule") {
        return Err(at_line(
            name,
            line_of(root),
            format!("expected a <schedule> element, found <{}>", root.tag_name().name()),
        ));
    }
    let conference = child(root, "conference");
    let title = conference.and_then(|c| text_of(c, "title"));
    let zone_name = conference.and_then(|c| text_of(c, "time_zone_name"));
    let day_change = conference.and_then(|c| text_of(c, "day_change")).and_then(|s| time_of_day(&s));
    let days: Vec<Node<'_, '_>> = root.children().filter(|n| n.has_tag_name("day")).collect();
    // An offset to fall back on: a day's start attribute, else an event's <date> (never a bare Z,
    // which hand-made files write for local times).
    let offset = days
        .iter()
        .filter_map(|d| d.attribute("start"))
        .chain(root.descendants().filter(|n| n.has_tag_name("date")).filter_map(|n| n.text()))
        .filter_map(|s| DateTime::parse_from_rfc3339(s.trim()).ok())
        .find(|t| t.offset().local_minus_utc() != 0);
    let mut warnings = Vec::new();
    let (tz, tz_note) = resolve_zone(options, zone_name.as_deref(), offset, &mut warnings);
    let mut events = Vec::new();
    // Events whose <date> disagrees with their <start>, by day and room.
    let mut disagreements: Vec<(NaiveDate, Option<String>, Vec<String>)> = Vec::new();
    for (index, day) in days.iter().enumerate() {
        let date = day.attribute("date").and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok());
        let Some(date) = date else {
            return Err(at_line(
                name,
                line_of(*day),
                format!("<day index=\"{}\"> needs a date=\"YYYY-MM-DD\" attribute", index + 1),
            ));
        };
        let day_start = day
            .attribute("start")
            .and_then(|s| DateTime::parse_from_rfc3339(s.trim()).ok())
            .map(|t| t.with_timezone(&tz).time())
            .or(day_change)
            .unwrap_or_else(|| NaiveTime::from_hms_opt(4, 0, 0).unwrap_or_default());
        for room in day.children().filter(|n| n.has_tag_name("room")) {
            let room_name = room.attribute("name").map(plain).filter(|s| !s.is_empty());
            for ev in room.children().filter(|n| n.has_tag_name("event")) {
                let line = line_of(ev);
                let Some(title) = text_of(ev, "title") else {
                    warnings.push(format!("{name}:{line}: an event without a title is left out"));
                    continue;
                };
                let start_text = text_of(ev, "start").unwrap_or_default();
                let Some(start) = time_of_day(&start_text) else {
                    return Err(at_line(
                        name,
                        line,
                        format!("event {title:?}: expected <start> as HH:MM, found {start_text:?}"),
                    ));
                };
                let duration = text_of(ev, "duration").unwrap_or_default();
                let length = frab_duration(&duration, false)
                    .map_err(|m| at_line(name, line, format!("event {title:?}: {m}")))?;
                let room = room_name.clone().or_else(|| text_of(ev, "room"));
                // The day + start rule: before the day's start time is the next morning.
                let local_date = if start < day_start { date.succ_opt().unwrap_or(date) } else { date };
                let by_rule = local_date.and_time(start);
                let dated = text_of(ev, "date").and_then(|d| DateTime::parse_from_rfc3339(&d).ok());
                let start_utc = match dated {
                    // The event's own <date> when it agrees with its <start>: the same time of day,
                    // on the day or the morning after (a rehearsal at 10:00 on a day that starts
                    // at 11:00 is that morning's, not the next).
                    Some(d) if agrees(d.with_timezone(&tz).naive_local(), date, start) => d.to_utc(),
                    Some(d) => {
                        let local = d.with_timezone(&tz).naive_local();
                        if local != by_rule {
                            let at = disagreements.iter().position(|g| g.0 == date && g.1 == room);
                            let at = at.unwrap_or_else(|| {
                                disagreements.push((date, room.clone(), Vec::new()));
                                disagreements.len() - 1
                            });
                            disagreements[at].2.push(format!(
                                "{title:?} (line {line}: <date> {}, <start> {})",
                                local.format("%Y-%m-%d %H:%M"),
                                start.format("%H:%M")
                            ));
                        }
                        local_to_utc(tz, by_rule)
                    }
                    None => local_to_utc(tz, by_rule),
                };
                let mut speakers: Vec<String> = child(ev, "persons")
                    .map(|p| {
                        p.children()
                            .filter(|c| c.has_tag_name("person"))
                            .filter_map(|c| c.text().map(plain))
                            .collect()
                    })
                    .unwrap_or_default();
                if speakers.is_empty() {
                    speakers = ev
                        .children()
                        .filter(|c| c.has_tag_name("person"))
                        .filter_map(|c| c.text())
                        .flat_map(split_speakers)
                        .collect();
                }
                speakers.retain(|s| !s.is_empty());
                let id = ev.attribute("id").or_else(|| ev.attribute("code")).map(str::to_owned);
                let guid = ev.attribute("guid").map(str::to_owned);
                let track = text_of(ev, "track");
                let kind = text_of(ev, "type").unwrap_or_default().to_lowercase();
                events.push(Event {
                    id,
                    guid,
                    slug: text_of(ev, "slug"),
                    title,
                    speakers,
                    start: start_utc,
                    length: if length > TimeDelta::hours(24) { TimeDelta::zero() } else { length },
                    room,
                    is_break: kind.contains("break")
                        || track.as_deref().is_some_and(|t| t.eq_ignore_ascii_case("pause")),
                    track,
                    day: date,
                    line,
                });
            }
        }
    }
    let room_warnings = disagreements
        .into_iter()
        .map(|(day, room, list)| super::RoomWarning {
            day,
            room,
            message: disagreement(&list, &crate::schedule::zone::label(tz)),
        })
        .collect();
    let acronym = conference.and_then(|c| text_of(c, "acronym"));
    Ok(Imported {
        format: "frab/pentabarf XML",
        conference: title,
        acronym,
        time_zone: tz,
        tz_note,
        events,
        warnings,
        room_warnings,
    })
}

/// Whether an event's `<date>` (in the session's zone) agrees with its `<day>` and `<start>`: the
/// same time of day, on that day or the morning after.
fn agrees(dated: NaiveDateTime, day: NaiveDate, start: NaiveTime) -> bool {
    dated.time() == start && (dated.date() == day || day.succ_opt() == Some(dated.date()))
}

/// The warning for the events of one room whose `<date>` disagrees with their `<start>`, naming
/// them (the first five).
fn disagreement(events: &[String], zone: &str) -> String {
    const SHOWN: usize = 5;
    let mut named = events.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    if events.len() > SHOWN {
        named.push_str(&format!(" and {} more", events.len() - SHOWN));
    }
    let (whose, verb) = if events.len() == 1 { ("its", "has") } else { ("their", "have") };
    format!(
        "{} {verb} a <date> that, in {zone}, disagrees with {whose} <start>; the <day> and <start> are used: {named}",
        super::events(events.len())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unread_text_is_blanked_with_every_offset_and_line_kept() {
        let text = "<event>\n<title>Ré</title>\n<description>Long\ntext é &lt;p&gt;</description>\n<links><link href=\"x\">y</link></links>\n<abstract/>\n<linkset>kept</linkset>\n</event>";
        let blanked = blank_unread(text).unwrap();
        assert_eq!(blanked.len(), text.len());
        assert_eq!(blanked.matches('\n').count(), text.matches('\n').count());
        assert!(blanked.contains("<title>Ré</title>"));
        assert!(!blanked.contains("Long") && !blanked.contains("link href"));
        assert!(blanked.contains("<linkset>kept</linkset>"), "only the named elements");
        assert_eq!(blanked.find("</event>"), text.find("</event>"));
        assert!(Document::parse(&blanked).is_ok());
    }

    #[test]
    fn a_file_the_blanking_would_break_is_read_as_it_is() {
        // A CDATA section holding the closing tag: blanking up to it leaves `]]>` behind.
        let text = "<schedule><conference><title>C</title></conference><day index=\"1\" date=\"2026-01-01\"><room name=\"R\"><event id=\"1\"><start>10:00</start><duration>00:30</duration><title>T</title><description><![CDATA[a </description> b]]></description></event></room></day></schedule>";
        let imported = read("c.xml", text, &Options::default()).unwrap();
        assert_eq!(imported.events.len(), 1);
    }
}
