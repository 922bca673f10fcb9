//! chairtime's own session format: TOML a chair can write by hand (`docs/schedule-format.md`).

use std::fmt;
use std::ops::Range;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use toml::Spanned;

use super::duration::{length_from_minutes, parse_length, parse_time_of_day};
use super::plan::{ItemPlan, PhasePlan, PlannedStart, SessionPlan, ThresholdPlan};
use super::{ItemKind, PhaseKind};
use crate::error::{LoadError, Position};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    session: Spanned<RawSession>,
    #[serde(default)]
    item: Vec<Spanned<RawItem>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSession {
    #[serde(default)]
    title: String,
    conference: Option<String>,
    acronym: Option<String>,
    room: Option<String>,
    venue: Option<String>,
    speaker_language: Option<Spanned<String>>,
    #[serde(default)]
    chairs: Names,
    date: Option<Spanned<DateField>>,
    time_zone: Option<Spanned<String>>,
    start: Option<TimeField>,
    end: Option<TimeField>,
    hard_end: Option<TimeField>,
    warning: Option<Threshold>,
    danger: Option<Threshold>,
    phases: Option<Vec<RawPhase>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    #[serde(default)]
    title: String,
    id: Option<Id>,
    guid: Option<String>,
    slug: Option<String>,
    #[serde(default)]
    speakers: Names,
    #[serde(rename = "break", default)]
    is_break: bool,
    start: Option<StartField>,
    length: Option<Length>,
    end: Option<TimeField>,
    intro: Option<Length>,
    warning: Option<Threshold>,
    danger: Option<Threshold>,
    phases: Option<Vec<RawPhase>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhase {
    #[serde(default)]
    name: String,
    kind: Option<Kind>,
    length: Option<Length>,
    warning: Option<Threshold>,
    danger: Option<Threshold>,
}

impl RawPhase {
    fn into_plan(self) -> PhasePlan {
        PhasePlan {
            name: self.name,
            kind: self.kind.map_or(PhaseKind::Other, |k| k.0),
            length: self.length.map(|l| l.0),
            thresholds: thresholds(self.warning, self.danger),
        }
    }
}

fn thresholds(warning: Option<Threshold>, danger: Option<Threshold>) -> ThresholdPlan {
    ThresholdPlan { warning: warning.map(|l| l.0), danger: danger.map(|l| l.0) }
}

/// Parses a native session file into a plan.
///
/// `file` is the name used in error messages.
///
/// # Errors
/// `FILE:LINE:COL: what was expected` for syntax, type and unknown-field errors.
pub fn parse(file: &str, text: &str) -> Result<(SessionPlan, Spans), LoadError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        LoadError::at(file, Position::of_offset(text, offset), plain_error(text, offset, e.message()))
    })?;
    let session_span = raw.session.span();
    let session = raw.session.into_inner();
    let mut spans = Spans { session: session_span, time_zone: None, date: None, items: Vec::new() };
    spans.time_zone = session.time_zone.as_ref().map(Spanned::span);
    spans.date = session.date.as_ref().map(Spanned::span);
    let speaker_language = match &session.speaker_language {
        Some(l) => Some(l.get_ref().parse::<crate::l10n::Lang>().map_err(|e| {
            LoadError::at(file, Position::of_offset(text, l.span().start), format!("speaker_language: {e}"))
        })?),
        None => None,
    };
    let mut plan = SessionPlan {
        title: session.title,
        conference: session.conference,
        acronym: session.acronym,
        room: session.room,
        venue: session.venue,
        speaker_language,
        chairs: session.chairs.0,
        date: session.date.map(|d| d.into_inner().0),
        time_zone: session.time_zone.map(Spanned::into_inner),
        start: session.start.map(|t| t.0),
        end: session.end.map(|t| t.0),
        hard_end: session.hard_end.map(|t| t.0),
        thresholds: thresholds(session.warning, session.danger),
        phase_template: session.phases.map(|p| p.into_iter().map(RawPhase::into_plan).collect()),
        items: Vec::with_capacity(raw.item.len()),
    };
    for item in raw.item {
        spans.items.push(item.span());
        let item = item.into_inner();
        plan.items.push(ItemPlan {
            kind: if item.is_break { ItemKind::Break } else { ItemKind::Slot },
            id: item.id.map(|i| i.0),
            guid: item.guid,
            slug: item.slug,
            title: item.title,
            speakers: item.speakers.0,
            start: item.start.map(|t| t.0),
            length: item.length.map(|l| l.0),
            end: item.end.map(|t| t.0),
            phases: item.phases.map(|p| p.into_iter().map(RawPhase::into_plan).collect()),
            intro: item.intro.map(|l| l.0),
            thresholds: thresholds(item.warning, item.danger),
        });
    }
    Ok((plan, spans))
}

/// Where things are in the file, so that errors found later (validation) can point at them.
#[derive(Debug, Clone, Default)]
pub struct Spans {
    /// The `[session]` table.
    pub session: Range<usize>,
    /// `session.time_zone`.
    pub time_zone: Option<Range<usize>>,
    /// `session.date`.
    pub date: Option<Range<usize>>,
    /// Each `[[item]]` table.
    pub items: Vec<Range<usize>>,
}

impl Spans {
    /// The best place in `text` for an error about `item` (or the session) and `field` (a
    /// [`super::plan::PlanError`] field path such as `item 2 ("B").start` or `session.danger`):
    /// the value of that key in that table when the file writes it there, else the table.
    pub fn locate(&self, text: &str, item: Option<usize>, field: &str) -> usize {
        let key = field_key(field);
        if let Some((i, span)) = item.and_then(|i| self.items.get(i).map(|s| (i, s))) {
            // An item's keys: from its `[[item]]` to the next one.
            let end = self.items.get(i + 1).map_or(text.len(), |next| next.start).max(span.end);
            return find_key(text, span.start..end, key).unwrap_or(span.start);
        }
        let field_span = match key {
            "time_zone" => self.time_zone.as_ref(),
            "date" => self.date.as_ref(),
            _ => None,
        };
        if let Some(span) = field_span {
            return span.start;
        }
        // The session's keys: from `[session]` to the first item.
        let end = self.items.first().map_or(text.len(), |i| i.start).max(self.session.end);
        find_key(text, self.session.start..end, key).unwrap_or(self.session.start)
    }
}

/// The key a field path names: `item 2 ("B").phases, phase 2` → `phases`; `session.danger` →
/// `danger`.
fn field_key(field: &str) -> &str {
    let rest = if field.starts_with("item ") {
        // Past the title in quotes, which may hold dots.
        let after_title = field.rfind("\").").map_or(0, |i| i + 2);
        field[after_title..].split_once('.').map_or("", |(_, r)| r)
    } else {
        field.split_once('.').map_or(field, |(_, r)| r)
    };
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
    &rest[..end]
}

/// Where the value of `key = …` starts on a line of `text` within `range`.
fn find_key(text: &str, range: Range<usize>, key: &str) -> Option<usize> {
    if key.is_empty() {
        return None;
    }
    let range = range.start.min(text.len())..range.end.min(text.len());
    let mut offset = range.start;
    for line in text.get(range.clone())?.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(after) = trimmed.strip_prefix(key)
            && let Some(value) = after.trim_start().strip_prefix('=')
        {
            let value_at = line.len() - value.trim_start().len();
            return Some(offset + value_at);
        }
        offset += line.len();
    }
    None
}

/// A length: a string (`"20m"`, `"0:20"`) or an integer number of minutes.
struct Length(TimeDelta);

impl<'de> Deserialize<'de> for Length {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LengthVisitor { off_allowed: false }).map(Length)
    }
}

/// A threshold: a length as [`Length`], or `"off"` (no warning or no danger: zero).
struct Threshold(TimeDelta);

impl<'de> Deserialize<'de> for Threshold {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LengthVisitor { off_allowed: true }).map(Threshold)
    }
}

/// Reads a [`Length`], or with `off_allowed` a [`Threshold`].
struct LengthVisitor {
    off_allowed: bool,
}

impl Visitor<'_> for LengthVisitor {
    type Value = TimeDelta;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.off_allowed {
            f.write_str("a length of remaining time such as \"5m\", or \"off\"")
        } else {
            f.write_str("a length such as \"20m\", \"1h30m\", \"0:20\" or a number of minutes")
        }
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<TimeDelta, E> {
        if self.off_allowed && v.trim().eq_ignore_ascii_case("off") {
            return Ok(TimeDelta::zero());
        }
        let or_off = if self.off_allowed { ", or \"off\"" } else { "" };
        parse_length(v).map_err(|m| E::custom(format!("{m}{or_off}")))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<TimeDelta, E> {
        length_from_minutes(v).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<TimeDelta, E> {
        let v = i64::try_from(v).map_err(|_| E::custom("length out of range"))?;
        self.visit_i64(v)
    }
}

/// A threshold as written: `"off"` for none.
fn threshold_text(t: TimeDelta) -> String {
    if t.is_zero() { "off".to_owned() } else { super::duration::format_length(t) }
}

/// A time of day: `"15:00"`, `"15:00:30"`, or a TOML local time (`15:00:00`).
struct TimeField(NaiveTime);

impl<'de> Deserialize<'de> for TimeField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TimeField;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a time of day such as \"15:00\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TimeField, E> {
                parse_time_of_day(v).map(TimeField).map_err(E::custom)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<TimeField, A::Error> {
                let text = toml_datetime_text(map)?;
                parse_time_of_day(&text).map(TimeField).map_err(de::Error::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// An item's start: a time of day as [`TimeField`], or a date and time (`"2026-03-15 00:30"`,
/// or a TOML local date-time `2026-03-15T00:30:00`) where the time of day alone would be read on
/// another day.
struct StartField(PlannedStart);

impl<'de> Deserialize<'de> for StartField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        fn parse<E: de::Error>(v: &str) -> Result<StartField, E> {
            let t = v.trim();
            if let Ok(time) = parse_time_of_day(t) {
                return Ok(StartField(PlannedStart::TimeOfDay(time)));
            }
            ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
                .map(|dt| StartField(PlannedStart::Local(dt)))
                .ok_or_else(|| {
                    E::custom(format!(
                        "expected a time of day such as \"15:00\", or a date and time such as \"2026-03-15 00:30\", found {v:?}"
                    ))
                })
        }
        impl<'de> Visitor<'de> for V {
            type Value = StartField;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a time of day such as \"15:00\", or a date and time such as \"2026-03-15 00:30\"",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<StartField, E> {
                parse(v)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<StartField, A::Error> {
                parse(&toml_datetime_text(map)?)
            }
        }
        d.deserialize_any(V)
    }
}

/// A date: a TOML date (`2019-09-11`) or the same as a string.
struct DateField(NaiveDate);

impl<'de> Deserialize<'de> for DateField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        fn parse<E: de::Error>(v: &str) -> Result<DateField, E> {
            NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                .map(DateField)
                .map_err(|_| E::custom(format!("expected a date such as 2019-09-11, found {v:?}")))
        }
        impl<'de> Visitor<'de> for V {
            type Value = DateField;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date such as 2019-09-11")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateField, E> {
                parse(v)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<DateField, A::Error> {
                parse(&toml_datetime_text(map)?)
            }
        }
        d.deserialize_any(V)
    }
}

/// TOML hands its date/time values to visitors as a one-entry map holding their text.
fn toml_datetime_text<'de, A: MapAccess<'de>>(mut map: A) -> Result<String, A::Error> {
    match map.next_entry::<String, String>()? {
        Some((_, text)) => Ok(text),
        None => Err(de::Error::custom("expected a date or time")),
    }
}

/// One name or a list of names.
#[derive(Default)]
struct Names(Vec<String>);

impl<'de> Deserialize<'de> for Names {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Names;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a name or a list of names, e.g. [\"Ada Lovelace (Analytical Engines)\"]")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Names, E> {
                Ok(Names(if v.trim().is_empty() { Vec::new() } else { vec![v.trim().to_owned()] }))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Names, A::Error> {
                let mut out = Vec::new();
                while let Some(name) = seq.next_element::<String>()? {
                    if !name.trim().is_empty() {
                        out.push(name.trim().to_owned());
                    }
                }
                Ok(Names(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// A source id: a string or an integer (`id = 448`).
struct Id(String);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an id, as a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Id, E> {
                Ok(Id(v.to_owned()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Id, E> {
                Ok(Id(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Id, E> {
                Ok(Id(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// A phase kind word.
struct Kind(PhaseKind);

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        PhaseKind::parse(&word).map(Kind).ok_or_else(|| {
            let all: Vec<&str> = PhaseKind::ALL.iter().map(|k| k.as_str()).collect();
            de::Error::custom(format!("unknown phase kind {word:?}; expected one of {}", all.join(", ")))
        })
    }
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    format!("[{}]", items.iter().map(|s| quoted(s)).collect::<Vec<_>>().join(", "))
}

fn phase_table(p: &super::Phase, with_length: bool, with_thresholds: bool) -> String {
    use super::duration::format_length as len;
    let mut parts =
        vec![format!("name = {}", quoted(&p.name)), format!("kind = {}", quoted(p.kind.as_str()))];
    if with_length {
        parts.push(format!("length = {}", quoted(&len(p.length))));
    }
    if with_thresholds {
        parts.push(format!("warning = {}", quoted(&threshold_text(p.thresholds.warning))));
        parts.push(format!("danger = {}", quoted(&threshold_text(p.thresholds.danger))));
    }
    format!("{{ {} }}", parts.join(", "))
}

/// The phases every slot shares (same names and kinds, same lengths but the last, which takes the
/// rest), as a session template; `None` when slots differ or each is the default single "Talk".
fn shared_template(s: &super::Session) -> Option<Vec<super::Phase>> {
    let mut slots = s.items.iter().filter(|i| !i.is_break());
    let first = slots.next()?;
    let shape = |item: &super::Item| -> Vec<(String, PhaseKind, Option<TimeDelta>)> {
        let last = item.phases.len() - 1;
        item.phases
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.clone(), p.kind, (i != last).then_some(p.length)))
            .collect()
    };
    let wanted = shape(first);
    if wanted.len() < 2 || slots.any(|i| shape(i) != wanted) {
        return None;
    }
    Some(first.phases.clone())
}

/// Writes a session in this format (what `chairtime convert` produces), as a person would write
/// it: the phases the slots share once, as the session's template; an item's own phases only where
/// they differ; thresholds only where they differ from what the item inherits, `"off"` where off.
/// Loading the text again gives the same session: each shortcut is checked by loading the text, and
/// an item that does not come back the same is written out in full.
pub fn write(s: &super::Session, source: Option<&str>) -> String {
    let template = shared_template(s);
    // The template's phases with their thresholds or without (inherited); the text that spells
    // out the fewest items wins.
    let mut best: Option<(usize, String)> = None;
    for template_thresholds in [false, true] {
        if let Some((spelled, text)) = compact(s, source, template.as_deref(), template_thresholds)
            && best.as_ref().is_none_or(|(b, _)| spelled < *b)
        {
            best = Some((spelled, text));
        }
    }
    best.map_or_else(|| render(s, source, None, false, &vec![true; s.items.len()]), |(_, text)| text)
}

/// The text with `template`, items spelled out only where needed, if it loads back to `s`; with
/// how many items are spelled out.
fn compact(
    s: &super::Session,
    source: Option<&str>,
    template: Option<&[super::Phase]>,
    template_thresholds: bool,
) -> Option<(usize, String)> {
    let mut explicit = vec![false; s.items.len()];
    for _ in 0..3 {
        let text = render(s, source, template, template_thresholds, &explicit);
        let back = reload(&text)?;
        if back == *s {
            return Some((explicit.iter().filter(|e| **e).count(), text));
        }
        let differ: Vec<usize> = (0..s.items.len())
            .filter(|&i| !explicit[i] && back.items.get(i).is_none_or(|b| b.phases != s.items[i].phases))
            .collect();
        if differ.is_empty() {
            return None;
        }
        for i in differ {
            explicit[i] = true;
        }
    }
    None
}

/// The session `text` loads to, if it loads (it names its own date and zone).
fn reload(text: &str) -> Option<super::Session> {
    let (plan, _) = parse("converted", text).ok()?;
    plan.normalize().ok().map(|n| n.session)
}

fn render(
    s: &super::Session,
    source: Option<&str>,
    template: Option<&[super::Phase]>,
    template_thresholds: bool,
    explicit: &[bool],
) -> String {
    use std::fmt::Write as _;

    use super::duration::format_length as len;
    let hms = |t: chrono::DateTime<chrono::Utc>| {
        let l = s.local(t);
        if l.format("%S").to_string() == "00" {
            l.format("%H:%M").to_string()
        } else {
            l.format("%H:%M:%S").to_string()
        }
    };
    // An item's start: its time of day, read on the day the rule gives (after the previous
    // item's start); with its date where that rule would give another day.
    let item_start = |t: chrono::DateTime<chrono::Utc>, previous: chrono::DateTime<chrono::Utc>| {
        let local = s.local(t).naive_local();
        let by_rule = super::plan::time_of_day_after(s.local(previous).naive_local(), local.time());
        if by_rule == local { hms(t) } else { format!("{} {}", local.date(), hms(t)) }
    };
    let phase_list = |phases: &[super::Phase], thresholds: bool| {
        let last = phases.len() - 1;
        let rows: Vec<String> = phases
            .iter()
            .enumerate()
            .map(|(i, p)| format!("  {},", phase_table(p, i != last, thresholds)))
            .collect();
        format!("[\n{}\n]", rows.join("\n"))
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# A chairtime session{}.",
        source.map(|f| format!(" converted from {f}")).unwrap_or_default()
    );
    let _ = writeln!(out, "# Adjust it by hand: docs/schedule-format.md explains every key.\n");
    let _ = writeln!(out, "[session]");
    let _ = writeln!(out, "title = {}", quoted(&s.title));
    for (key, value) in
        [("conference", &s.conference), ("acronym", &s.acronym), ("room", &s.room), ("venue", &s.venue)]
    {
        if let Some(v) = value {
            let _ = writeln!(out, "{key} = {}", quoted(v));
        }
    }
    if let Some(lang) = s.speaker_language {
        let _ = writeln!(out, "speaker_language = {}", quoted(lang.code()));
    }
    if !s.chairs.is_empty() {
        let _ = writeln!(out, "chairs = {}", list(&s.chairs));
    }
    let _ = writeln!(out, "date = {}", s.local(s.start).date_naive());
    let _ = writeln!(out, "time_zone = {}", quoted(s.time_zone.name()));
    let _ = writeln!(out, "start = {}", quoted(&hms(s.start)));
    let _ = writeln!(out, "end = {}", quoted(&hms(s.planned_end)));
    if let Some(h) = s.hard_end {
        let _ = writeln!(out, "hard_end = {}", quoted(&hms(h)));
    }
    let _ = writeln!(out, "warning = {}", quoted(&threshold_text(s.thresholds.warning)));
    let _ = writeln!(out, "danger = {}", quoted(&threshold_text(s.thresholds.danger)));
    if let Some(t) = template {
        let _ = writeln!(out, "# Every talk's phases; the last takes the rest of its slot.");
        let _ = writeln!(out, "phases = {}", phase_list(t, template_thresholds));
    }
    let mut previous = s.start;
    for (item, &full) in s.items.iter().zip(explicit) {
        let _ = writeln!(out, "\n[[item]]");
        if item.is_break() {
            let _ = writeln!(out, "break = true");
        }
        let _ = writeln!(out, "start = {}", quoted(&item_start(item.start, previous)));
        previous = item.start;
        let _ = writeln!(out, "length = {}", quoted(&len(item.length())));
        for (key, value) in [("id", &item.id), ("guid", &item.guid), ("slug", &item.slug)] {
            if let Some(v) = value {
                let _ = writeln!(out, "{key} = {}", quoted(v));
            }
        }
        let _ = writeln!(out, "title = {}", quoted(&item.title));
        if !item.speakers.is_empty() {
            let _ = writeln!(out, "speakers = {}", list(&item.speakers));
        }
        if full {
            let _ = writeln!(out, "phases = {}", phase_list(&item.phases, true));
        }
    }
    out
}

/// The keys each table takes, for "did you mean …?".
const SESSION_KEYS: &[&str] = &[
    "title",
    "conference",
    "acronym",
    "room",
    "venue",
    "speaker_language",
    "chairs",
    "date",
    "time_zone",
    "start",
    "end",
    "hard_end",
    "warning",
    "danger",
    "phases",
];
const ITEM_KEYS: &[&str] = &[
    "title", "id", "guid", "slug", "speakers", "break", "start", "length", "end", "intro", "warning",
    "danger", "phases",
];

const PHASE_KEYS: &[&str] = &["name", "kind", "length", "warning", "danger"];

/// The TOML reader's message in words about the file: what to write instead. `offset` is where
/// the reader stopped.
fn plain_error(text: &str, offset: usize, message: &str) -> String {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or_default();
    let key = line.split_once('=').map(|(k, _)| k.trim().trim_matches('"')).filter(|k| !k.is_empty());
    let looks_like_a_schedule = text.contains("[session]") || text.contains("[[item]]");
    if !looks_like_a_schedule {
        return "chairtime cannot read this file: it opens chairtime schedules (TOML starting with \
                [session], docs/schedule-format.md), frab/pentabarf XML, frab/pretalx and Indico JSON, \
                iCalendar (.ics) and CSV"
            .to_owned();
    }
    if message.starts_with("missing field `session`") {
        return "this file has no [session] table: a chairtime schedule starts with [session] and the \
                session's title, date, time_zone and start (docs/schedule-format.md)"
            .to_owned();
    }
    if let Some(field) = message.strip_prefix("missing field `").and_then(|r| r.split('`').next()) {
        return format!("{field} is missing here: add {field} = …");
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let unknown = rest.split('`').next().unwrap_or_default();
        let keys = if rest.contains("`kind`") {
            PHASE_KEYS
        } else if rest.contains("`length`") {
            ITEM_KEYS
        } else {
            SESSION_KEYS
        };
        let near = keys
            .iter()
            .min_by_key(|k| super::edit_distance(unknown, k))
            .filter(|k| super::edit_distance(unknown, k) <= 2.max(unknown.len() / 3));
        let table = match keys {
            k if k == ITEM_KEYS => "an [[item]]",
            k if k == PHASE_KEYS => "a phase",
            _ => "[session]",
        };
        return match near {
            Some(k) => format!("unknown key `{unknown}`: did you mean `{k}`?"),
            None => format!("unknown key `{unknown}`: {table} takes {}", keys.join(", ")),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "something else"));
        let found = ["string ", "integer ", "float ", "boolean "]
            .iter()
            .find_map(|p| found.strip_prefix(p))
            .unwrap_or(found)
            .trim_matches('`');
        let what = key.unwrap_or("this value");
        return match expected {
            "a boolean" => format!("{what} must be true or false, without quotes (found {found})"),
            e if e.contains("string") => format!("{what} must be text in double quotes (found {found})"),
            e => format!("{what}: expected {e}, found {found}"),
        };
    }
    let key_or = |fallback: &str| key.map_or_else(|| fallback.to_owned(), str::to_owned);
    match message {
        m if m.starts_with("string values must be quoted") => match key {
            Some("break") => "break must be true or false".to_owned(),
            Some(k) => format!("{k}: text must be in double quotes, such as {k} = \"…\""),
            None => "text must be in double quotes".to_owned(),
        },
        m if m.starts_with("invalid basic string") => {
            format!("{}: this text has no closing double quote (\")", key_or("this line"))
        }
        m if m.starts_with("unclosed array") => {
            format!("{}: this list has no closing ]", key_or("this line"))
        }
        m if m.starts_with("key with no value") => {
            "this line needs key = value, such as length = \"20m\"".to_owned()
        }
        m if m.starts_with("duplicate key") => format!(
            "{} is given twice in the same table: keep one (each item starts with its own [[item]] line)",
            key_or("this key")
        ),
        m => m.to_owned(),
    }
}
