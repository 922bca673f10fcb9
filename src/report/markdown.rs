//! A Markdown report a chair can paste into the notes pad as is.

use std::fmt::Write;

use chrono::TimeDelta;

use super::{Report, Row, ahead_behind, signed_mmss, whole_seconds};
use crate::schedule::ItemKind;
use crate::timing::engine::{Change, ItemStatus};
use crate::tr;

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

/// The report's columns, after `#` (the HTML report's table has the same but Notes).
pub(super) fn columns() -> [String; 11] {
    [
        tr!("report-col-planned"),
        tr!("report-col-actual"),
        tr!("report-col-planned-length"),
        tr!("report-col-actual-length"),
        tr!("report-col-over-plan"),
        tr!("report-col-given"),
        tr!("report-col-used"),
        tr!("report-col-speaker-over"),
        tr!("report-col-title"),
        tr!("report-col-speakers"),
        tr!("report-col-notes"),
    ]
}

pub(super) fn render(r: &Report) -> String {
    let s = &r.session;
    let mut out = String::new();
    match r.rehearsal {
        Some(by) => {
            let _ = writeln!(out, "# {}\n", tr!("report-rehearsal-title", title = s.title));
            let by_length = crate::schedule::duration::format_length(by.abs());
            let rehearsal = match by.num_seconds() {
                0 => tr!("report-a-rehearsal"),
                x if x > 0 => tr!("report-a-rehearsal-moved-later", by = by_length),
                _ => tr!("report-a-rehearsal-moved-earlier", by = by_length),
            };
            let _ = writeln!(out, "**{rehearsal}**\n");
        }
        None => {
            let _ = writeln!(out, "# {}\n", tr!("report-title", title = s.title));
        }
    }
    let place: Vec<&str> = [s.conference.as_deref(), s.room.as_deref()].into_iter().flatten().collect();
    let _ = writeln!(
        out,
        "{}{} ({})\n",
        if place.is_empty() { String::new() } else { place.join(" · ") + " · " },
        crate::l10n::chair_date(s.date, crate::l10n::DateForm::Long),
        crate::schedule::zone::label(s.time_zone)
    );
    if let Some(open) = r.open_text() {
        let _ = writeln!(out, "**{open}**\n");
    }
    let hhmm = |t| s.hhmm(t);
    let _ = writeln!(out, "| # | {} |", columns().join(" | "));
    let _ = writeln!(out, "|---:|---|---|---:|---:|---:|---:|---:|---:|---|---|---|");
    for row in r.ran_or_skipped() {
        let actual = row.actual_start.map_or_else(|| "—".into(), hhmm);
        let (len, over) = match (row.status, row.actual) {
            (ItemStatus::Skipped, None) => (tr!("report-skipped"), String::new()),
            (_, Some(a)) => (mmss(a), row.overrun().map(signed_mmss).unwrap_or_default()),
            (_, None) => ("—".into(), String::new()),
        };
        let used = row.used.map_or_else(|| "—".into(), mmss);
        let speaker_over = row.speaker_over().map(signed_mmss).unwrap_or_default();
        let title = match (row.kind, row.status) {
            (ItemKind::Break, _) => format!("*{}*", cell(&row.title)),
            (_, ItemStatus::Skipped) => format!("~~{}~~ ({})", cell(&row.title), tr!("report-skipped")),
            (_, ItemStatus::Running) => format!("{} ({})", cell(&row.title), tr!("report-running")),
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
        "{}\n",
        tr!(
            "report-columns-legend",
            over = format!("*{}*", tr!("report-col-over-plan")),
            given = format!("*{}*", tr!("report-col-given")),
            used = format!("*{}*", tr!("report-col-used")),
            speaker = format!("*{}*", tr!("report-col-speaker-over"))
        )
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
        let _ = writeln!(out, "\n## {}\n", tr!("report-biggest-overruns-by-speakers"));
        if over.is_empty() {
            let _ = writeln!(out, "{}", tr!("report-no-speaker-went-over"));
        }
        for (n, row) in over.iter().take(3).enumerate() {
            let line = tr!(
                "report-speaker-overrun",
                title = cell(&row.title),
                over = signed_mmss(row.speaker_over().unwrap_or_default()),
                given = mmss(row.allotted())
            );
            let _ = writeln!(out, "{}. {line}", n + 1);
        }
    }
    if !r.replans.is_empty() {
        let _ = writeln!(out, "\n## {}\n", tr!("report-schedule-changes"));
        for p in &r.replans {
            let what =
                if p.changes.is_empty() { tr!("report-no-change") } else { cell(&p.changes.join("; ")) };
            let line = match p.source.as_deref() {
                Some(f) => {
                    tr!("report-schedule-reloaded-from", time = hhmm(p.at), from = cell(f), what = what)
                }
                None => tr!("report-schedule-reloaded", time = hhmm(p.at), what = what),
            };
            let _ = writeln!(out, "- {line}");
        }
    }
    if !r.messages.is_empty() {
        let _ = writeln!(out, "\n## {}\n", tr!("report-messages-shown"));
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
        notes.push(tr!("report-re-planned", from = mmss(row.planned), to = mmss(row.planned + row.adjust)));
    }
    if row.added != TimeDelta::zero() {
        notes.push(extended_or_trimmed(row.added));
    }
    if row.paused > TimeDelta::zero() {
        notes.push(tr!("report-paused", paused = mmss(row.paused)));
    }
    if row.phases.iter().any(|p| p.changes.iter().any(|c| matches!(c, Change::Correction { .. }))) {
        notes.push(tr!("report-start-corrected"));
    }
    match row.status {
        ItemStatus::Skipped if row.actual_start.is_some() => notes.push(tr!("report-skipped-while-running")),
        ItemStatus::Skipped => notes.push(tr!("report-skipped")),
        ItemStatus::Running => notes.push(tr!("report-still-running")),
        _ => {}
    }
    notes
}

/// `extended +2:00`, `trimmed 1:00`: the net of the extensions and trims made while it ran.
fn extended_or_trimmed(added: TimeDelta) -> String {
    if added > TimeDelta::zero() {
        tr!("report-extended", by = signed_mmss(added))
    } else {
        tr!("report-trimmed", by = mmss(-added))
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
    let _ = writeln!(out, "## {}\n", tr!("report-totals"));
    match (r.started, r.actual_end()) {
        (Some(start), Some(end)) => {
            let started = tr!(
                "report-started",
                time = hhmm(start),
                planned = hhmm(s.start),
                by = signed_mmss(start - s.start)
            );
            let _ = writeln!(out, "- {started}");
            let ended = if r.finished.is_some() {
                tr!(
                    "report-ended",
                    time = hhmm(end),
                    planned = hhmm(s.planned_end),
                    by = signed_mmss(end - s.planned_end)
                )
            } else {
                tr!(
                    "report-not-finished",
                    time = s.local(r.as_of).format("%H:%M:%S").to_string(),
                    planned = hhmm(s.planned_end)
                )
            };
            let _ = writeln!(out, "- {ended}");
        }
        _ => {
            let _ = writeln!(out, "- {}", tr!("report-not-started"));
        }
    }
    let schedule = tr!(
        "report-schedule-at",
        time = s.local(r.as_of).format("%H:%M:%S").to_string(),
        pace = super::pace_with_seconds(r.schedule.offset)
    );
    let _ = writeln!(out, "- {schedule}");
    let skipped: Vec<_> =
        r.rows.iter().filter(|row| row.status == ItemStatus::Skipped).map(|row| cell(&row.title)).collect();
    if !skipped.is_empty() {
        let _ = writeln!(out, "- {}", tr!("report-skipped-list", items = skipped.join("; ")));
    }
    let unrun: Vec<_> =
        r.rows.iter().filter(|row| row.status == ItemStatus::Upcoming).map(|row| cell(&row.title)).collect();
    if !unrun.is_empty() {
        let line = if r.finished.is_some() {
            tr!("report-not-run-list", items = unrun.join("; "))
        } else {
            tr!("report-still-to-come-list", items = unrun.join("; "))
        };
        let _ = writeln!(out, "- {line}");
    }
    why(out, r);
}

/// The schedule difference by cause; the lines add up to the figure `status` shows.
fn why(out: &mut String, r: &Report) {
    let c = r.schedule.causes;
    let _ = writeln!(out, "\n## {}\n", tr!("report-why-the-schedule-moved"));
    let _ =
        writeln!(out, "{}\n", tr!("report-why-intro", total = ahead_behind(r.schedule.offset.num_seconds())));
    let titles = |f: &dyn Fn(&Row) -> Option<String>| -> String {
        r.rows
            .iter()
            .filter_map(|row| f(row).map(|d| format!("{}: {d}", cell(&row.title))))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let line = |out: &mut String, label: String, seconds: i64, detail: String| {
        let detail = if detail.is_empty() { String::new() } else { format!(" — {detail}") };
        let _ = writeln!(out, "- {label}: {}{detail}.", strong(seconds));
    };
    if c.late_start != 0 {
        let what = match (r.started, c.late_start > 0) {
            (None, _) => tr!("report-not-started-yet"),
            (Some(_), true) => tr!("report-late-start"),
            (Some(_), false) => tr!("report-early-start"),
        };
        line(out, what, c.late_start, String::new());
    }
    if c.pauses != 0 {
        line(
            out,
            tr!("report-pauses"),
            c.pauses,
            titles(&|row| {
                (row.paused > TimeDelta::zero()).then(|| tr!("report-paused", paused = mmss(row.paused)))
            }),
        );
    }
    if c.replans != 0 {
        line(
            out,
            tr!("report-lengths-re-planned"),
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
            tr!("report-extensions-and-trims"),
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
                (ItemStatus::Skipped, Some(_), Some(o)) if o < TimeDelta::zero() => {
                    Some(tr!("report-skipped-while-running-left", title = cell(&row.title), left = mmss(-o)))
                }
                (ItemStatus::Skipped, Some(_), _) => {
                    Some(format!("{} ({})", cell(&row.title), tr!("report-skipped-while-running")))
                }
                _ => None,
            })
            .collect();
        line(out, tr!("report-skipped-or-not-run"), c.skipped, saved.join("; "));
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
        tr!("report-speakers-over-or-under"),
        c.speakers,
        match (slots.len(), went_over + went_under) {
            (0, _) => tr!("report-no-slot-ended"),
            (n, 0) => tr!("report-all-slots-kept-time", n = n),
            (n, _) => tr!("report-slots-over-under", n = n, over = went_over, under = went_under),
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
                if o > 0 {
                    tr!("report-break-longer", title = cell(&row.title), by = d)
                } else {
                    tr!("report-break-shorter", title = cell(&row.title), by = d)
                }
            })
            .collect();
        line(out, tr!("report-breaks-longer-or-shorter"), c.breaks, breaks.join("; "));
    }
    if c.between != 0 {
        line(out, tr!("report-time-between-items"), c.between, String::new());
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
