//! A Markdown report a chair can paste into the notes pad as is.

use std::fmt::Write;

use chrono::TimeDelta;

use super::{Report, Row, ahead_behind, signed_mmss, whole_seconds};
use crate::schedule::ItemKind;
use crate::timing::engine::{Change, ItemStatus};

/// Text from a schedule, a chair or a remote as one Markdown cell: no line break, no control
/// character, and `|`, `<`, `>`, `&` and `\` backslash-escaped, so no text becomes a table column,
/// raw HTML or an entity.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in crate::timing::command::printable(&s.replace(['\n', '\r'], " ")).chars() {
        if matches!(c, '|' | '<' | '>' | '&' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn mmss(d: TimeDelta) -> String {
    signed_mmss(d).trim_start_matches('+').to_owned()
}

pub(super) fn render(r: &Report) -> String {
    let s = &r.session;
    let mut out = String::new();
    match r.rehearsal {
        Some(by) => {
            let _ = writeln!(out, "# {} — REHEARSAL timings\n", s.title);
            let moved = match by.num_seconds() {
                0 => String::new(),
                x => format!(
                    ": the plan was moved {} {} to begin when Start was pressed",
                    crate::schedule::duration::format_length(by.abs()),
                    if x > 0 { "later" } else { "earlier" }
                ),
            };
            let _ = writeln!(out, "**A rehearsal, not the session itself**{moved}.\n");
        }
        None => {
            let _ = writeln!(out, "# {} — actual timings\n", s.title);
        }
    }
    let place: Vec<&str> = [s.conference.as_deref(), s.room.as_deref()].into_iter().flatten().collect();
    let _ = writeln!(
        out,
        "{}{} ({})\n",
        if place.is_empty() { String::new() } else { place.join(" · ") + " · " },
        s.date.format("%A %-d %B %Y"),
        crate::schedule::zone::label(s.time_zone)
    );
    if let Some(open) = r.open_text() {
        let _ = writeln!(out, "**{open}**\n");
    }
    let hhmm = |t| s.hhmm(t);
    let _ = writeln!(
        out,
        "| # | Planned | Actual | Planned length | Actual length | Over plan | Given | Used | Speaker over | Title | Speakers | Notes |"
    );
    let _ = writeln!(out, "|---:|---|---|---:|---:|---:|---:|---:|---:|---|---|---|");
    for row in r.ran_or_skipped() {
        let actual = row.actual_start.map_or_else(|| "—".into(), hhmm);
        let (len, over) = match (row.status, row.actual) {
            (ItemStatus::Skipped, None) => ("skipped".to_owned(), String::new()),
            (_, Some(a)) => (mmss(a), row.overrun().map(signed_mmss).unwrap_or_default()),
            (_, None) => ("—".into(), String::new()),
        };
        let used = row.used.map_or_else(|| "—".into(), mmss);
        let speaker_over = row.speaker_over().map(signed_mmss).unwrap_or_default();
        let title = match (row.kind, row.status) {
            (ItemKind::Break, _) => format!("*{}*", cell(&row.title)),
            (_, ItemStatus::Skipped) => format!("~~{}~~ (skipped)", cell(&row.title)),
            (_, ItemStatus::Running) => format!("{} (running)", cell(&row.title)),
            _ => cell(&row.title),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            row.index,
            hhmm(row.planned_start),
            actual,
            mmss(row.planned),
            len,
            over,
            mmss(row.allotted()),
            used,
            speaker_over,
            title,
            cell(&row.speakers.join(", ")),
            notes(row).join("; ")
        );
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "*Over plan* compares the wall clock with the published plan, pauses included. *Given* is the \
         time the speaker was given: the planned length, changed by any re-plan before the item \
         ran and any extension or trim while it ran. *Used* is the time their clock ran, pauses \
         left out. *Speaker over* is *Used* minus *Given*.\n"
    );
    totals(&mut out, r);
    let ran: Vec<_> = r
        .ran_or_skipped()
        .filter(|row| row.kind == ItemKind::Slot && row.status == ItemStatus::Done)
        .collect();
    let mut over: Vec<_> =
        ran.iter().filter(|row| row.speaker_over().is_some_and(|o| o > TimeDelta::zero())).collect();
    over.sort_by_key(|row| std::cmp::Reverse(row.speaker_over()));
    if !ran.is_empty() {
        let _ = writeln!(out, "\n## Biggest overruns by speakers\n");
        if over.is_empty() {
            let _ = writeln!(out, "No speaker went over the time they were given.");
        }
        for (n, row) in over.iter().take(3).enumerate() {
            let _ = writeln!(
                out,
                "{}. {} — {} over the {} they were given",
                n + 1,
                cell(&row.title),
                signed_mmss(row.speaker_over().unwrap_or_default()),
                mmss(row.allotted())
            );
        }
    }
    if !r.replans.is_empty() {
        let _ = writeln!(out, "\n## Schedule changes during the session\n");
        for p in &r.replans {
            let from = p.source.as_deref().map_or_else(String::new, |f| format!(" from {}", cell(f)));
            let what =
                if p.changes.is_empty() { "no change".to_owned() } else { cell(&p.changes.join("; ")) };
            let _ = writeln!(out, "- {} schedule reloaded{from}: {what}.", hhmm(p.at));
        }
    }
    if !r.messages.is_empty() {
        let _ = writeln!(out, "\n## Messages shown to speakers\n");
        for m in &r.messages {
            let _ = writeln!(out, "- {} “{}”", hhmm(m.shown), cell(&m.text));
        }
    }
    out
}

/// What the chair did to an item, in words: pauses, re-plans, extensions, trims, corrections.
fn notes(row: &Row) -> Vec<String> {
    let mut notes = Vec::new();
    if row.adjust != TimeDelta::zero() {
        notes.push(format!("re-planned {} → {}", mmss(row.planned), mmss(row.planned + row.adjust)));
    }
    if row.added != TimeDelta::zero() {
        notes.push(extended_or_trimmed(row.added));
    }
    if row.paused > TimeDelta::zero() {
        notes.push(format!("paused {}", mmss(row.paused)));
    }
    if row.phases.iter().any(|p| p.changes.iter().any(|c| matches!(c, Change::Correction { .. }))) {
        notes.push("start corrected".to_owned());
    }
    match row.status {
        ItemStatus::Skipped if row.actual_start.is_some() => notes.push("skipped while running".to_owned()),
        ItemStatus::Skipped => notes.push("skipped".to_owned()),
        ItemStatus::Running => notes.push("still running".to_owned()),
        _ => {}
    }
    notes
}

/// `extended +2:00`, `trimmed 1:00`: the net of the extensions and trims made while it ran.
fn extended_or_trimmed(added: TimeDelta) -> String {
    if added > TimeDelta::zero() {
        format!("extended {}", signed_mmss(added))
    } else {
        format!("trimmed {}", mmss(-added))
    }
}

/// `5m ahead` in bold.
fn strong(seconds: i64) -> String {
    format!("**{}**", ahead_behind(seconds))
}

/// Start, end, where the schedule stands and why, skipped and unrun items.
fn totals(out: &mut String, r: &Report) {
    let s = &r.session;
    let hhmm = |t| s.hhmm(t);
    let _ = writeln!(out, "## Totals\n");
    match (r.started, r.actual_end()) {
        (Some(start), Some(end)) => {
            let _ = writeln!(
                out,
                "- Started {} (planned {}, {}).",
                hhmm(start),
                hhmm(s.start),
                signed_mmss(start - s.start)
            );
            if r.finished.is_some() {
                let _ = writeln!(
                    out,
                    "- Ended {} (planned end {}, {}).",
                    hhmm(end),
                    hhmm(s.planned_end),
                    signed_mmss(end - s.planned_end)
                );
            } else {
                let _ = writeln!(
                    out,
                    "- Not finished: counted up to {} (planned end {}).",
                    s.local(r.as_of).format("%H:%M:%S"),
                    hhmm(s.planned_end)
                );
            }
        }
        _ => {
            let _ = writeln!(out, "- The session has not started.");
        }
    }
    let _ = writeln!(
        out,
        "- Schedule at {}: **{}** — the figure `chairtime status` gives for that moment.",
        s.local(r.as_of).format("%H:%M:%S"),
        super::pace_with_seconds(r.schedule.offset)
    );
    let skipped: Vec<_> =
        r.rows.iter().filter(|row| row.status == ItemStatus::Skipped).map(|row| cell(&row.title)).collect();
    if !skipped.is_empty() {
        let _ = writeln!(out, "- Skipped: {}.", skipped.join("; "));
    }
    let unrun: Vec<_> =
        r.rows.iter().filter(|row| row.status == ItemStatus::Upcoming).map(|row| cell(&row.title)).collect();
    if !unrun.is_empty() {
        let label = if r.finished.is_some() { "Not run" } else { "Still to come" };
        let _ = writeln!(out, "- {label}: {}.", unrun.join("; "));
    }
    why(out, r);
}

/// The schedule difference by cause; the lines add up to the figure `status` shows.
fn why(out: &mut String, r: &Report) {
    let c = r.schedule.causes;
    let _ = writeln!(out, "\n## Why the schedule moved\n");
    let _ = writeln!(
        out,
        "How far each cause moved the session against its plan, to the second; together they make the {} above.\n",
        ahead_behind(r.schedule.offset.num_seconds())
    );
    let titles = |f: &dyn Fn(&Row) -> Option<String>| -> String {
        r.rows
            .iter()
            .filter_map(|row| f(row).map(|d| format!("{}: {d}", cell(&row.title))))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let line = |out: &mut String, label: &str, seconds: i64, detail: String| {
        let detail = if detail.is_empty() { String::new() } else { format!(" — {detail}") };
        let _ = writeln!(out, "- {label}: {}{detail}.", strong(seconds));
    };
    if c.late_start != 0 {
        let what = match (r.started, c.late_start > 0) {
            (None, _) => "Not started yet",
            (Some(_), true) => "Late start",
            (Some(_), false) => "Early start",
        };
        line(out, what, c.late_start, String::new());
    }
    if c.pauses != 0 {
        line(
            out,
            "Pauses",
            c.pauses,
            titles(&|row| (row.paused > TimeDelta::zero()).then(|| format!("paused {}", mmss(row.paused)))),
        );
    }
    if c.replans != 0 {
        line(
            out,
            "Lengths re-planned before they ran",
            c.replans,
            titles(&|row| {
                (row.adjust != TimeDelta::zero() && row.actual_start.is_some())
                    .then(|| format!("{} → {}", mmss(row.planned), mmss(row.planned + row.adjust)))
            }),
        );
    }
    if c.extensions != 0 {
        line(
            out,
            "Extensions and trims while running",
            c.extensions,
            titles(&|row| (row.added != TimeDelta::zero()).then(|| extended_or_trimmed(row.added))),
        );
    }
    if c.skipped != 0 {
        // The items the session has reached: all once finished, up to the running one before.
        let reached = if r.finished.is_some() {
            usize::MAX
        } else {
            r.rows.iter().find(|row| row.status == ItemStatus::Running).map_or(0, |row| row.position)
        };
        let saved: Vec<_> = r
            .rows
            .iter()
            .filter(|row| row.position <= reached)
            .filter_map(|row| match (row.status, row.actual_start, row.speaker_over()) {
                (ItemStatus::Skipped | ItemStatus::Upcoming, None, _) => {
                    Some(format!("{} ({})", cell(&row.title), mmss(row.planned)))
                }
                (ItemStatus::Skipped, Some(_), Some(o)) if o < TimeDelta::zero() => Some(format!(
                    "{} (skipped while running, {} of its time left)",
                    cell(&row.title),
                    mmss(-o)
                )),
                (ItemStatus::Skipped, Some(_), _) => {
                    Some(format!("{} (skipped while running)", cell(&row.title)))
                }
                _ => None,
            })
            .collect();
        line(out, "Skipped or not run", c.skipped, saved.join("; "));
    }
    let slots: Vec<_> = r
        .rows
        .iter()
        .filter(|row| row.kind == ItemKind::Slot && row.status == ItemStatus::Done)
        .filter_map(Row::speaker_over)
        .map(whole_seconds)
        .collect();
    let went_over = slots.iter().filter(|&&o| o > 0).count();
    let went_under = slots.iter().filter(|&&o| o < 0).count();
    line(
        out,
        "Speakers over or under the time they were given",
        c.speakers,
        match (slots.len(), went_over + went_under) {
            (0, _) => "no slot has ended yet".to_owned(),
            (n, 0) => format!("all {n} slots that ran kept exactly to their time"),
            (n, _) => {
                format!("of the {n} slots that ran, {went_over} went over and {went_under} finished early")
            }
        },
    );
    if c.breaks != 0 {
        let breaks: Vec<_> = r
            .rows
            .iter()
            .filter(|row| row.kind == ItemKind::Break)
            .filter_map(|row| row.speaker_over().map(|o| (row, whole_seconds(o))))
            .filter(|&(_, o)| o != 0)
            .map(|(row, o)| {
                let d = mmss(TimeDelta::seconds(o.abs()));
                format!("{} {d} {}", cell(&row.title), if o > 0 { "longer" } else { "shorter" })
            })
            .collect();
        line(out, "Breaks longer or shorter than given", c.breaks, breaks.join("; "));
    }
    if c.between != 0 {
        line(out, "Time between items (gaps in the plan, waiting)", c.between, String::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_holds_no_markup_no_column_and_no_control_character() {
        assert_eq!(cell("a | b <script>&amp;\\"), "a \\| b \\<script\\>\\&amp;\\\\");
        assert_eq!(cell("two\nlines\u{1b}[2J"), "two lines\u{fffd}[2J");
    }
}
