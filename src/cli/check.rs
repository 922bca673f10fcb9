//! `chairtime check`: the running order as a table.

use crate::schedule::duration::format_length;
use crate::schedule::{Item, PhaseKind, Session};
use crate::tr;

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
    let facts = facts(s);
    let column =
        facts.iter().map(|(l, _)| unicode_width::UnicodeWidthStr::width(l.as_str())).max().unwrap_or(0) + 2;
    for (label, value) in facts {
        let pad = " ".repeat(column - unicode_width::UnicodeWidthStr::width(label.as_str()));
        line(format!("  {label}{pad}{value}"));
    }
    line(String::new());
    let header_offset = s.local(s.start).format("%:z").to_string();
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
    let header = [
        "#".to_owned(),
        tr!("check-start"),
        tr!("check-length"),
        tr!("check-phases"),
        tr!("check-title-speakers"),
    ];
    // Columns by the terminal's cells (a Japanese header takes two per character).
    let cells = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    let widths: Vec<usize> = (0..4)
        .map(|c| rows.iter().chain(std::iter::once(&header)).map(|r| cells(&r[c])).max().unwrap_or(0))
        .collect();
    let pad = |s: &str, w: usize| " ".repeat(w.saturating_sub(cells(s)));
    for r in std::iter::once(&header).chain(rows.iter()) {
        line(format!(
            "  {}{}  {}{}  {}{}  {}{}  {}",
            pad(&r[0], widths[0]),
            r[0],
            r[1],
            pad(&r[1], widths[1]),
            pad(&r[2], widths[2]),
            r[2],
            r[3],
            pad(&r[3], widths[3]),
            r[4]
        ));
    }
    if !warnings.is_empty() {
        line(String::new());
        line(format!("  {}:", things_to_look_at(warnings)));
        for w in warnings {
            line(format!("  ! {w}"));
        }
    }
    out
}

fn things_to_look_at(warnings: &[String]) -> String {
    tr!("check-things-to-look-at", count = warnings.len())
}

/// The session's facts under its title: room, date, zone, the plan's times, items, chairs.
fn facts(s: &Session) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    let place = [s.room.as_deref(), s.venue.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    if !place.is_empty() {
        facts.push((tr!("check-room"), place));
    }
    facts.push((tr!("check-date"), crate::l10n::chair_date(s.date, crate::l10n::DateForm::Long)));
    let start_local = s.local(s.start);
    facts.push((
        tr!("check-time-zone"),
        format!(
            "{} ({}, UTC{})",
            crate::schedule::zone::label(s.time_zone),
            start_local.format("%Z"),
            start_local.format("%:z")
        ),
    ));
    // The plan ends at its end time or when its last item does, whichever is later.
    let items_end = s.items.last().map_or(s.planned_end, Item::end);
    let end = s.planned_end.max(items_end);
    let hard = match s.hard_end {
        Some(h) => {
            let spare = match (h - end).num_seconds() {
                0 => tr!("check-nothing-to-spare"),
                x if x < 0 => tr!("check-short", by = format_length(end - h)),
                _ => tr!("check-to-spare", by = format_length(h - end)),
            };
            tr!("check-hard-end", time = s.hhmm(h), spare = spare)
        }
        None => tr!("check-no-hard-end"),
    };
    let planned =
        format!("{} → {} ({})", s.hhmm(s.start), s.hhmm(s.planned_end), format_length(s.planned_length()));
    let planned = if items_end > s.planned_end {
        tr!("check-planned-items-run-until", planned = planned, until = s.hhmm(items_end), hard = hard)
    } else {
        format!("{planned}, {hard}")
    };
    facts.push((tr!("check-planned"), planned));
    facts.push((
        tr!("check-items"),
        tr!("check-slots-breaks", slots = s.slot_count(), breaks = s.break_count()),
    ));
    if !s.chairs.is_empty() {
        facts.push((tr!("check-chairs"), s.chairs.join(", ")));
    }
    facts
}

/// The running order for paper (`chairtime check --format html`): one page in large type, each
/// item's planned start, length, phases, title and speakers, and a box for handwritten notes.
pub fn render_check_html(s: &Session, warnings: &[String]) -> String {
    use crate::report::html::escape;
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"generator\" content=\"chairtime\"><title>{}</title>\
         <style>{PAPER_STYLE}</style></head><body>\n<h1>{}</h1>\n",
        crate::l10n::chair().code(),
        escape(&tr!("check-running-order-title", title = s.title)),
        escape(&s.title)
    );
    if let Some(c) = &s.conference {
        let _ = writeln!(out, "<p class=\"conference\">{}</p>", escape(c));
    }
    out.push_str("<p class=\"facts\">");
    let facts: Vec<String> =
        facts(s).iter().map(|(l, v)| format!("<span><b>{l}</b> {}</span>", escape(v))).collect();
    out.push_str(&facts.join(" "));
    out.push_str("</p>\n");
    let header_offset = s.local(s.start).format("%:z").to_string();
    let _ = writeln!(
        out,
        "<table><thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th class=\"notes\">{}</th></tr></thead><tbody>",
        escape(&tr!("check-html-start")),
        escape(&tr!("check-html-length")),
        escape(&tr!("check-html-talk")),
        escape(&tr!("check-html-notes"))
    );
    for (i, item) in s.items.iter().enumerate() {
        let speakers = if item.speakers.is_empty() {
            String::new()
        } else {
            format!("<div class=\"speakers\">{}</div>", escape(&item.speakers.join(", ")))
        };
        let _ = writeln!(
            out,
            "<tr{}><td class=\"n\">{}</td><td class=\"start\">{}</td><td class=\"length\">{}\
             <div class=\"phases\">{}</div></td><td><div class=\"title\">{}</div>{speakers}</td>\
             <td class=\"notes\"></td></tr>",
            if item.is_break() { " class=\"break\"" } else { "" },
            i + 1,
            escape(&start_with_offset(s, item.start, &header_offset)),
            escape(&format_length(item.length())),
            phases_summary(item).split(" + ").map(escape).collect::<Vec<_>>().join("<br>"),
            escape(&item.title),
        );
    }
    out.push_str("</tbody></table>\n");
    if !warnings.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>\n<ul>", things_to_look_at(warnings));
        for w in warnings {
            let _ = writeln!(out, "<li>{}</li>", escape(w));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body></html>\n");
    out
}

/// Large type for a clipboard; a box per item to write in; the printer's paper (A4 or Letter).
const PAPER_STYLE: &str = "
body { font: 15px/1.35 system-ui, -apple-system, 'Segoe UI', Ubuntu, Cantarell, sans-serif; color: #000;
  background: #fff; margin: 24px auto; max-width: 900px; padding: 0 16px; }
h1 { font-size: 26px; margin: 0; }
h2 { font-size: 17px; }
.conference { margin: 2px 0 6px; font-size: 16px; }
.facts { margin: 0 0 12px; font-size: 13px; }
.facts span { margin-right: 14px; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-size: 12px; border-bottom: 2px solid #000; padding: 2px 6px; }
td { border-bottom: 1px solid #000; padding: 4px 6px; vertical-align: top; }
td.n { font-size: 13px; color: #333; width: 1.5em; }
td.start { font-size: 24px; font-weight: bold; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.length { font-size: 17px; white-space: nowrap; font-variant-numeric: tabular-nums; }
.phases { font-size: 12px; }
.title { font-size: 18px; font-weight: bold; }
.speakers { font-size: 15px; }
tr.break .title { font-style: italic; font-weight: normal; }
th.notes, td.notes { width: 32%; }
td.notes { border: 1.5px solid #000; height: 3.2em; }
@page { margin: 10mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 13px; }
  h1 { font-size: 22px; }
  td.start { font-size: 20px; }
  td.length { font-size: 15px; }
  .title { font-size: 15px; }
  .speakers { font-size: 13px; }
  .phases { font-size: 11px; }
  td.notes { height: 2.6em; }
  tr { break-inside: avoid; }
}
"; // l10n-exempt: CSS

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
        return tr!("check-break");
    }
    item.phases
        .iter()
        .map(|p| {
            // chairtime's own phase names in the chair's language; English writes them in lower
            // case in the table ("intro slides 5m"), other languages as they are (German nouns).
            let lang = crate::l10n::chair();
            let name = crate::timing::speaker::phase_name(&p.name, lang);
            let name = if lang == crate::l10n::Lang::En { name.to_lowercase() } else { name };
            format!("{name} {}", format_length(p.length))
        })
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
