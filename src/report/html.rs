//! The report as one self-contained web page: the session header, a timeline of planned against
//! actual (an inline SVG), the totals of the Markdown report, and the per-item table. No network,
//! no script; it prints on A4 and Letter. docs/exports.md describes it.

use std::fmt::Write;

use chrono::{DateTime, TimeDelta, Utc};

use super::timeline::{Lane, Ticks, Timeline};
use super::{Report, signed_mmss};
use crate::schedule::{ItemKind, Session};
use crate::timing::engine::ItemStatus;

/// Text for HTML (element content and attribute values).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn mmss(d: TimeDelta) -> String {
    signed_mmss(d).trim_start_matches('+').to_owned()
}

/// The page's style: readable on screen, one column on paper, nothing fetched.
pub(super) const STYLE: &str = "
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Ubuntu, Cantarell, sans-serif;
  color: #111; background: #fff; margin: 24px auto; max-width: 1180px; padding: 0 16px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 1px solid #bbb; }
.where { color: #444; margin: 0 0 16px; }
.rehearsal { border: 3px solid #111; padding: 6px 10px; font-weight: bold; display: inline-block; }
.unfinished { border-left: 6px solid #b00; padding: 4px 10px; font-weight: bold; }
svg.timeline { width: 100%; height: auto; display: block; }
svg text { font-family: inherit; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th, td { border-bottom: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.break td { font-style: italic; color: #333; }
tr.skipped td.title { text-decoration: line-through; }
.legend { font-size: 12px; color: #333; }
.legend span { margin-right: 14px; white-space: nowrap; }
.swatch { display: inline-block; width: 22px; height: 10px; vertical-align: middle; border: 1px solid #222; margin-right: 4px; }
@page { margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11px; }
  h2 { break-after: avoid; }
  tr, svg.timeline { break-inside: avoid; }
  table { font-size: 9.5px; }
}
"; // l10n-exempt: CSS

pub(super) fn render(r: &Report) -> String {
    let s = &r.session;
    let mut out = String::new();
    let title = match r.rehearsal {
        Some(_) => crate::tr!("report-page-rehearsal-title", title = s.title),
        None => crate::tr!("report-title", title = s.title),
    };
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"generator\" content=\"chairtime\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        crate::l10n::chair().code(),
        escape(&title),
        escape(&title)
    );
    let place: Vec<&str> = [s.conference.as_deref(), s.room.as_deref()].into_iter().flatten().collect();
    let _ = writeln!(
        out,
        "<p class=\"where\">{}{} ({})</p>",
        escape(&if place.is_empty() { String::new() } else { place.join(" · ") + " · " }),
        escape(&crate::l10n::chair_date(s.date, crate::l10n::DateForm::Long)),
        escape(&crate::schedule::zone::label(s.time_zone))
    );
    if r.rehearsal.is_some() {
        let _ = writeln!(out, "<p class=\"rehearsal\">{}</p>", escape(&crate::tr!("report-a-rehearsal")));
    }
    if let Some(open) = r.open_text() {
        let _ = writeln!(out, "<p class=\"unfinished\">{}</p>", escape(&open));
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(&crate::tr!("report-timeline")));
    out.push_str(&timeline(r));
    out.push_str(&legend());
    // The totals, the causes, the overruns, the messages: the Markdown report's own sections.
    let md = super::markdown::render(r);
    if let Some(at) = md.find(&format!("## {}", crate::tr!("report-totals"))) {
        out.push_str(&markdown_sections(&md[at..]));
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(&crate::tr!("report-item-by-item")));
    table(&mut out, r);
    let b = |id: &str| format!("<b>{}</b>", escape(&crate::l10n::chair_says(id, &[])));
    let _ = writeln!(
        out,
        "<p class=\"legend\">{}</p>\n</body></html>",
        crate::tr!(
            "report-columns-legend",
            over = b("report-col-over-plan"),
            given = b("report-col-given"),
            used = b("report-col-used"),
            speaker = b("report-col-speaker-over")
        )
    );
    out
}

/// The timeline's key: each mark and what it means, in the chair's language.
pub(super) fn legend() -> String {
    let t = |id: &str| escape(&crate::l10n::chair_says(id, &[]));
    format!(
        "<p class=\"legend\">\
<span><svg width=\"24\" height=\"12\"><rect x=\"1\" y=\"1\" width=\"22\" height=\"10\" fill=\"#fff\" stroke=\"#222\" stroke-dasharray=\"3 2\"/></svg> {}</span>\
<span><svg width=\"24\" height=\"12\"><rect x=\"1\" y=\"1\" width=\"22\" height=\"10\" fill=\"#2e5d8a\"/></svg> {}</span>\
<span><svg width=\"24\" height=\"12\"><rect x=\"1\" y=\"1\" width=\"22\" height=\"10\" fill=\"#9a9a9a\"/></svg> {}</span>\
<span><svg width=\"24\" height=\"12\"><defs><pattern id=\"lp\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#111\" stroke-width=\"3\"/></pattern></defs><rect x=\"1\" y=\"1\" width=\"22\" height=\"10\" fill=\"url(#lp)\" stroke=\"#111\"/></svg> {}</span>\
<span><svg width=\"24\" height=\"12\"><rect x=\"1\" y=\"1\" width=\"22\" height=\"10\" fill=\"#b00020\"/><rect x=\"1\" y=\"5\" width=\"22\" height=\"2\" fill=\"#fff\"/></svg> {}</span>\
<span>▼ {}</span><span>┆ {}</span></p>\n",
        t("report-key-planned"),
        t("report-key-ran-slot"),
        t("report-key-ran-break"),
        t("report-key-paused"),
        t("report-key-over"),
        t("report-key-message"),
        t("report-key-now")
    )
}

/// Left margin for the items' names, the chart's width, a row's height (SVG user units).
const LABEL_W: f64 = 300.0;
const CHART_W: f64 = 860.0;
/// The room a time label takes on the axis (`HH:MM` at 11 px, and a gap).
pub(super) const LABEL_ROOM: f64 = 44.0;

/// A time label's anchor at `x`: centred on its line, but kept inside the chart at either end.
pub(super) fn label_anchor(x: f64) -> &'static str {
    if x > LABEL_W + CHART_W - LABEL_ROOM / 2.0 {
        "end"
    } else if x < LABEL_W + LABEL_ROOM / 2.0 {
        "start"
    } else {
        "middle"
    }
}
const ROW_H: f64 = 26.0;
const TOP: f64 = 34.0;

/// The timeline: one row per item in running order, the planned block (dashed outline) above the
/// actual run (filled), pauses hatched, the time beyond the planned length marked, messages as
/// ticks, the planned end, the hard end and (while the session runs) now. Every bar carries its
/// item's position; the root carries the axis (`data-t0-ms`, `data-px-per-s`), so a reader — or a
/// test — can turn any x back into an instant.
pub fn timeline(r: &Report) -> String {
    let s = &r.session;
    let tl = Timeline::new(r, None);
    let pps = CHART_W / (tl.axis.length().num_milliseconds().max(1) as f64 / 1000.0);
    let x = |t: DateTime<Utc>| LABEL_W + tl.fraction(t) * CHART_W;
    let height = TOP + ROW_H * tl.lanes.len() as f64 + 12.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {:.0} {height:.0}\" \
         role=\"img\" aria-label=\"{}\" \
         data-t0-ms=\"{}\" data-px-per-s=\"{pps:.9}\" data-left=\"{LABEL_W}\">",
        LABEL_W + CHART_W + 10.0,
        escape(&crate::tr!("report-timeline-label")),
        tl.axis.start.timestamp_millis()
    );
    svg.push_str(
        "<defs><pattern id=\"paused\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#111\" stroke-width=\"3\"/></pattern></defs>\n",
    );
    // Hour and quarter-hour lines, and time labels as often as they fit (never overlapping).
    let ticks = Ticks::fit(tl.axis.length(), CHART_W, LABEL_ROOM);
    for (tick, minute) in tl.quarter_hours(s) {
        let tx = x(tick);
        if !minute.is_multiple_of(ticks.line_every) {
            continue;
        }
        let stroke = if minute.is_multiple_of(60) { "#888" } else { "#ddd" };
        let _ = writeln!(
            svg,
            "<line x1=\"{tx:.2}\" y1=\"{:.0}\" x2=\"{tx:.2}\" y2=\"{:.0}\" stroke=\"{stroke}\" stroke-width=\"1\"/>",
            TOP - 6.0,
            height - 10.0
        );
        if minute.is_multiple_of(ticks.label_every) {
            let _ = writeln!(
                svg,
                "<text class=\"tick\" x=\"{tx:.2}\" y=\"{:.0}\" font-size=\"11\" text-anchor=\"{}\" fill=\"#333\">{}</text>",
                TOP - 10.0,
                label_anchor(tx),
                s.hhmm(tick)
            );
        }
    }
    for (n, lane) in tl.lanes.iter().enumerate() {
        item_row(&mut svg, s, lane, TOP + ROW_H * n as f64, &x);
    }
    // Messages: a tick on the row of the item that was running when each was shown.
    for (at, text, lane) in &tl.messages {
        let y = TOP + ROW_H * lane.unwrap_or(0) as f64;
        let _ = writeln!(
            svg,
            "<path class=\"message\" data-at-ms=\"{}\" d=\"M{:.2} {:.1} l-4.5 -7 h9 z\" fill=\"#111\"><title>{} “{}”</title></path>",
            at.timestamp_millis(),
            x(*at),
            y + 10.0,
            s.hhmm(*at),
            escape(text)
        );
    }
    let mut vline = |class: &str, t: DateTime<Utc>, label: String| {
        let lx = x(t);
        let _ = writeln!(
            svg,
            "<line class=\"{class}\" x1=\"{lx:.2}\" y1=\"{:.0}\" x2=\"{lx:.2}\" y2=\"{:.0}\" stroke=\"#111\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\
             <text x=\"{:.2}\" y=\"{:.0}\" font-size=\"10.5\" fill=\"#111\" text-anchor=\"end\">{}</text>",
            TOP - 4.0,
            height - 8.0,
            lx - 3.0,
            height - 1.0,
            escape(&label)
        );
    };
    vline("planned-end", tl.planned_end, crate::tr!("timeline-planned-end", time = s.hhmm(tl.planned_end)));
    if let Some(h) = tl.hard_end.filter(|h| *h != tl.planned_end) {
        vline("hard-end", h, crate::tr!("timeline-hard-end", time = s.hhmm(h)));
    }
    if let Some(now) = tl.now {
        vline("now", now, crate::tr!("timeline-now", time = s.hhmm(now)));
    }
    svg.push_str("</svg>\n");
    svg
}

fn item_row(svg: &mut String, s: &Session, lane: &Lane, y: f64, x: &dyn Fn(DateTime<Utc>) -> f64) {
    let pos = lane.position;
    let label = match (lane.kind, lane.status) {
        (ItemKind::Break, _) => format!("{}. {} (break)", lane.index, lane.title),
        (_, ItemStatus::Skipped) => format!("{}. {} (skipped)", lane.index, lane.title),
        _ => format!("{}. {}", lane.index, lane.title),
    };
    let short: String = if label.chars().count() > 44 {
        label.chars().take(43).collect::<String>() + "…"
    } else {
        label.clone()
    };
    let _ = writeln!(
        svg,
        "<text x=\"4\" y=\"{:.1}\" font-size=\"12\" fill=\"#111\"{}><title>{}</title>{}</text>",
        y + 16.0,
        if lane.status == ItemStatus::Skipped { " text-decoration=\"line-through\"" } else { "" },
        escape(&label),
        escape(&short)
    );
    bars(
        svg,
        s,
        lane,
        &format!("data-pos=\"{pos}\""),
        BarRows { planned: (y + 3.0, 7.0), run_y: y + 11.0 },
        "paused",
        x,
    );
    if let Some(over) = lane.run.as_ref().and_then(|r| r.over) {
        let _ = writeln!(
            svg,
            "<text x=\"{:.2}\" y=\"{:.1}\" font-size=\"10.5\" fill=\"#111\">{}</text>",
            x(over.end) + 3.0,
            y + 21.0,
            signed_mmss(over.length())
        );
    }
}

/// Where an item's bars go: its planned block (top, height) and the row of what ran (top).
pub(super) struct BarRows {
    pub planned: (f64, f64),
    pub run_y: f64,
}

/// One item's bars (the report page's rows, the conference page's rooms): its planned block as
/// a dashed outline, and below it what ran — filled, pauses
/// hatched with the pattern `pattern`, the time beyond its plan red with a white stripe. Each
/// rectangle carries its `class` (`planned`, `actual`, `pause`, `overrun`) and `tag`
/// (`data-pos="3"`); the overrun its length in seconds (`data-seconds`).
pub(super) fn bars(
    svg: &mut String,
    s: &Session,
    lane: &Lane,
    tag: &str,
    BarRows { planned, run_y }: BarRows,
    pattern: &str,
    x: &dyn Fn(DateTime<Utc>) -> f64,
) {
    let width = |a: DateTime<Utc>, b: DateTime<Utc>| (x(b) - x(a)).max(0.0);
    let _ = writeln!(
        svg,
        "<rect class=\"planned\" {tag} x=\"{:.3}\" y=\"{:.1}\" width=\"{:.3}\" height=\"{:.1}\" fill=\"{}\" stroke=\"#222\" stroke-dasharray=\"3 2\"/>",
        x(lane.planned.start),
        planned.0,
        width(lane.planned.start, lane.planned.end),
        planned.1,
        if lane.kind == ItemKind::Break { "#eee" } else { "#fff" }
    );
    let Some(run) = &lane.run else { return };
    let fill = if lane.kind == ItemKind::Break { "#9a9a9a" } else { "#2e5d8a" };
    let _ = writeln!(
        svg,
        "<rect class=\"actual\" {tag} x=\"{:.3}\" y=\"{run_y:.1}\" width=\"{:.3}\" height=\"12\" fill=\"{fill}\" stroke=\"{}\" stroke-width=\"0.5\"{}>\
         <title>{}</title></rect>",
        x(run.span.start),
        width(run.span.start, run.span.end),
        if run.running { "#111" } else { "#fff" },
        if run.running { " stroke-dasharray=\"2 2\"" } else { "" },
        escape(&crate::tr!(
            "report-bar-ran",
            title = lane.title,
            from = s.local(run.span.start).format("%H:%M:%S").to_string(),
            to = s.local(run.span.end).format("%H:%M:%S").to_string(),
            running = if run.running { "yes" } else { "no" }
        ))
    );
    for p in &run.pauses {
        let _ = writeln!(
            svg,
            "<rect class=\"pause\" {tag} x=\"{:.3}\" y=\"{run_y:.1}\" width=\"{:.3}\" height=\"12\" fill=\"url(#{pattern})\" stroke=\"#111\" stroke-width=\"0.6\"><title>{}</title></rect>",
            x(p.start),
            width(p.start, p.end),
            escape(&crate::tr!("report-paused", paused = mmss(p.length())))
        );
    }
    if let Some(over) = run.over {
        let (ox, ow) = (x(over.start), width(over.start, over.end));
        let _ = writeln!(
            svg,
            "<rect class=\"overrun\" {tag} data-seconds=\"{}\" x=\"{ox:.3}\" y=\"{run_y:.1}\" width=\"{ow:.3}\" height=\"12\" fill=\"#b00020\"/>\
             <rect x=\"{ox:.3}\" y=\"{:.1}\" width=\"{ow:.3}\" height=\"2\" fill=\"#fff\"/>",
            super::whole_seconds(over.length()),
            run_y + 5.0
        );
    }
}

/// The per-item table (the Markdown report's columns).
fn table(out: &mut String, r: &Report) {
    let s = &r.session;
    let columns = super::markdown::columns();
    let heads: String = columns[..10].iter().map(|c| format!("<th>{}</th>", escape(c))).collect();
    let _ = writeln!(out, "<table><thead><tr><th>#</th>{heads}</tr></thead><tbody>");
    for row in &r.rows {
        let class = match (row.kind, row.status) {
            (ItemKind::Break, _) => " class=\"break\"",
            (_, ItemStatus::Skipped) => " class=\"skipped\"",
            _ => "",
        };
        let actual = row.actual_start.map_or_else(|| "—".into(), |t| s.hhmm(t));
        let length = match (row.status, row.actual) {
            (ItemStatus::Skipped, None) => crate::tr!("report-skipped"),
            (ItemStatus::Upcoming, _) => crate::tr!("report-not-run"),
            (_, Some(a)) => mmss(a),
            (_, None) => "—".into(),
        };
        let title = match row.status {
            ItemStatus::Running => format!("{} ({})", row.title, crate::tr!("report-running")),
            _ => row.title.clone(),
        };
        let _ = writeln!(
            out,
            "<tr{class}><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"title\">{}</td><td>{}</td></tr>",
            row.index,
            s.hhmm(row.planned_start),
            actual,
            mmss(row.planned),
            length,
            row.overrun().map(signed_mmss).unwrap_or_default(),
            mmss(row.allotted()),
            row.used.map_or_else(|| "—".into(), mmss),
            row.speaker_over().map(signed_mmss).unwrap_or_default(),
            escape(&title),
            escape(&row.speakers.join(", "))
        );
    }
    out.push_str("</tbody></table>\n");
}

/// The Markdown report's sections after its table, as HTML: `## ` headings, `- ` and `1. ` lists,
/// paragraphs, `**bold**`, `*emphasis*`, `~~struck~~` and `` `code` `` — what that report uses.
fn markdown_sections(md: &str) -> String {
    let mut out = String::new();
    let mut list: Option<&str> = None;
    let close = |out: &mut String, list: &mut Option<&str>| {
        if let Some(tag) = list.take() {
            let _ = writeln!(out, "</{tag}>");
        }
    };
    for line in md.lines() {
        let ordered =
            line.split_once(". ").filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if let Some(h) = line.strip_prefix("## ") {
            close(&mut out, &mut list);
            let _ = writeln!(out, "<h2>{}</h2>", inline(h));
        } else if let Some(item) = line.strip_prefix("- ") {
            if list != Some("ul") {
                close(&mut out, &mut list);
                out.push_str("<ul>\n");
                list = Some("ul");
            }
            let _ = writeln!(out, "<li>{}</li>", inline(item));
        } else if let Some((_, item)) = ordered {
            if list != Some("ol") {
                close(&mut out, &mut list);
                out.push_str("<ol>\n");
                list = Some("ol");
            }
            let _ = writeln!(out, "<li>{}</li>", inline(item));
        } else if line.trim().is_empty() {
            close(&mut out, &mut list);
        } else {
            close(&mut out, &mut list);
            let _ = writeln!(out, "<p>{}</p>", inline(line));
        }
    }
    close(&mut out, &mut list);
    out
}

/// Inline Markdown of the report (escaped first, so no text can become markup).
fn inline(s: &str) -> String {
    // The Markdown's backslash escapes (`\|`, `\<`, `\&`…) stand for the character itself.
    let mut plain = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && matches!(next, '|' | '<' | '>' | '&' | '\\') => {
                plain.push(next);
                chars.next();
            }
            _ => plain.push(c),
        }
    }
    let text = escape(&plain);
    let mut out = String::new();
    let mut rest = text.as_str();
    let marks = [("**", "b"), ("~~", "s"), ("`", "code"), ("*", "i")];
    'outer: while !rest.is_empty() {
        for (mark, tag) in marks {
            if let Some(after) = rest.strip_prefix(mark)
                && let Some(end) = after.find(mark)
                && end > 0
            {
                let _ = write!(out, "<{tag}>{}</{tag}>", &after[..end]);
                rest = &after[end + mark.len()..];
                continue 'outer;
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markdowns_backslash_escapes_show_their_character_once_escaped_for_html() {
        assert_eq!(
            markdown_sections("- a \\| b \\<x\\> \\&amp; \\\\| c\n"),
            "<ul>\n<li>a | b &lt;x&gt; &amp;amp; \\| c</li>\n</ul>\n"
        );
    }

    #[test]
    fn markdown_sections_become_headings_lists_and_inline_marks_with_text_escaped() {
        let html = markdown_sections(
            "## Totals\n\n- Started 15:02 (**2m behind**).\n- a <b> & *b*\n\n## Biggest\n\n1. one\n2. `two`\n",
        );
        assert_eq!(
            html,
            "<h2>Totals</h2>\n<ul>\n<li>Started 15:02 (<b>2m behind</b>).</li>\n\
             <li>a &lt;b&gt; &amp; <i>b</i></li>\n</ul>\n<h2>Biggest</h2>\n<ol>\n<li>one</li>\n\
             <li><code>two</code></li>\n</ol>\n"
        );
    }
}
