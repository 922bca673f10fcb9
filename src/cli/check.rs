//! `chairtime check`: the running order as a table.

use crate::schedule::duration::format_length;
use crate::schedule::{Item, PhaseKind, Session};

/// The human-readable running order printed by `chairtime check`, with the load's `warnings`
/// under it (on the same screen as the table they are about); every time in the session's zone.
pub fn render_check(s: &Session, warnings: &[String]) -> String {
    let mut out = String::new();
    let mut line = |l: String| {
        out.push_str(&l);
        out.push('\n');
    };
    line(s.title.clone());
    if let Some(c) = &s.conference {
        line(format!("  {c}"));
    }
    let place = [s.room.as_deref(), s.venue.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    if !place.is_empty() {
        line(format!("  Room       {place}"));
    }
    line(format!("  Date       {}", s.date.format("%A %-d %B %Y")));
    let start_local = s.local(s.start);
    line(format!(
        "  Time zone  {} ({}, UTC{})",
        crate::schedule::zone::label(s.time_zone),
        start_local.format("%Z"),
        start_local.format("%:z")
    ));
    // The plan ends at its end time or when its last item does, whichever is later.
    let items_end = s.items.last().map_or(s.planned_end, Item::end);
    let end = s.planned_end.max(items_end);
    let hard = match s.hard_end {
        Some(h) => {
            let spare = match (h - end).num_seconds() {
                0 => "nothing to spare".to_owned(),
                x if x < 0 => format!("{} short", format_length(end - h)),
                _ => format!("{} to spare", format_length(h - end)),
            };
            format!("hard end {} ({spare})", s.hhmm(h))
        }
        None => "no hard end".to_owned(),
    };
    let overrun = if items_end > s.planned_end {
        format!(", the items run until {}", s.hhmm(items_end))
    } else {
        String::new()
    };
    line(format!(
        "  Planned    {} → {} ({}){overrun}, {hard}",
        s.hhmm(s.start),
        s.hhmm(s.planned_end),
        format_length(s.planned_length())
    ));
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    line(format!("  Items      {}, {}", plural(s.slot_count(), "slot"), plural(s.break_count(), "break")));
    if !s.chairs.is_empty() {
        line(format!("  Chairs     {}", s.chairs.join(", ")));
    }
    line(String::new());
    let header_offset = start_local.format("%:z").to_string();
    let rows: Vec<[String; 5]> = s
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            [
                (i + 1).to_string(),
                start_with_offset(s, item.start, &header_offset),
                format_length(item.length()),
                phases_summary(item),
                title_and_speakers(item),
            ]
        })
        .collect();
    let header = ["#", "start", "length", "phases", "title — speakers"].map(str::to_owned);
    let widths: Vec<usize> = (0..4)
        .map(|c| rows.iter().chain(std::iter::once(&header)).map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for r in std::iter::once(&header).chain(rows.iter()) {
        line(format!(
            "  {:>w0$}  {:<w1$}  {:>w2$}  {:<w3$}  {}",
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3]
        ));
    }
    if !warnings.is_empty() {
        line(String::new());
        line(format!("  {} to look at:", if warnings.len() == 1 { "One thing" } else { "Things" }));
        for w in warnings {
            line(format!("  ! {w}"));
        }
    }
    out
}

/// "01:30", or "01:30 (UTC-08:00)" when a clock change puts the item in another offset than the
/// one the header names.
fn start_with_offset(s: &Session, start: chrono::DateTime<chrono::Utc>, header_offset: &str) -> String {
    let local = s.local(start);
    let offset = local.format("%:z").to_string();
    if offset == header_offset {
        s.hhmm(start)
    } else {
        format!("{} ({}, UTC{offset})", s.hhmm(start), local.format("%Z"))
    }
}

fn phases_summary(item: &Item) -> String {
    if item.is_break() && item.phases.len() == 1 && item.phases[0].kind == PhaseKind::Break {
        return "break".to_owned();
    }
    item.phases
        .iter()
        .map(|p| format!("{} {}", p.name.to_lowercase(), format_length(p.length)))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn title_and_speakers(item: &Item) -> String {
    if item.speakers.is_empty() {
        item.title.clone()
    } else {
        format!("{} — {}", item.title, item.speakers.join(", "))
    }
}
