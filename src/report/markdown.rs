//! A Markdown report a chair can paste into the notes pad as is.

use std::fmt::Write;

use chrono::TimeDelta;

use super::{Report, signed_mmss};
use crate::schedule::ItemKind;
use crate::timing::engine::ItemStatus;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn mmss(d: TimeDelta) -> String {
    signed_mmss(d).trim_start_matches('+').to_owned()
}

pub(super) fn render(r: &Report) -> String {
    let s = &r.session;
    let mut out = String::new();
    let _ = writeln!(out, "# {} — actual timings\n", s.title);
    let place: Vec<&str> = [s.conference.as_deref(), s.room.as_deref()].into_iter().flatten().collect();
    let _ = writeln!(
        out,
        "{}{} ({})\n",
        if place.is_empty() { String::new() } else { place.join(" · ") + " · " },
        s.date.format("%A %-d %B %Y"),
        s.time_zone.name()
    );
    let hhmm = |t| s.hhmm(t);
    let _ =
        writeln!(out, "| # | Planned | Actual | Planned length | Actual length | Over | Title | Speakers |");
    let _ = writeln!(out, "|---:|---|---|---:|---:|---:|---|---|");
    for row in r.ran_or_skipped() {
        let actual = row.actual_start.map_or_else(|| "—".into(), hhmm);
        let (len, over) = match (row.status, row.actual) {
            (ItemStatus::Skipped, None) => ("skipped".to_owned(), String::new()),
            (_, Some(a)) => (mmss(a), row.overrun().map(signed_mmss).unwrap_or_default()),
            (_, None) => ("—".into(), String::new()),
        };
        let title = match (row.kind, row.status) {
            (ItemKind::Break, _) => format!("*{}*", cell(&row.title)),
            (_, ItemStatus::Skipped) => format!("~~{}~~ (skipped)", cell(&row.title)),
            (_, ItemStatus::Running) => format!("{} (running)", cell(&row.title)),
            _ => cell(&row.title),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            row.index,
            hhmm(row.planned_start),
            actual,
            mmss(row.planned),
            len,
            over,
            title,
            cell(&row.speakers.join(", "))
        );
    }
    out.push('\n');
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
                    "- Still running at {} (planned end {}).",
                    hhmm(r.as_of),
                    hhmm(s.planned_end)
                );
            }
        }
        _ => {
            let _ = writeln!(out, "- The session has not started.");
        }
    }
    let ran: Vec<_> = r
        .ran_or_skipped()
        .filter(|row| row.kind == ItemKind::Slot && row.status == ItemStatus::Done)
        .collect();
    let net: TimeDelta = ran.iter().filter_map(|row| row.overrun()).sum();
    let _ = writeln!(out, "- Net overrun of the {} slots that ran: {}.", ran.len(), signed_mmss(net));
    let paused: TimeDelta = r.rows.iter().map(|row| row.paused).sum();
    if paused > TimeDelta::zero() {
        let _ = writeln!(out, "- Paused {} in total.", mmss(paused));
    }
    let skipped: Vec<_> =
        r.rows.iter().filter(|row| row.status == ItemStatus::Skipped).map(|row| cell(&row.title)).collect();
    if !skipped.is_empty() {
        let _ = writeln!(out, "- Skipped: {}.", skipped.join("; "));
    }
    let unrun: Vec<_> =
        r.rows.iter().filter(|row| row.status == ItemStatus::Upcoming).map(|row| cell(&row.title)).collect();
    if !unrun.is_empty() {
        let _ = writeln!(out, "- Not run: {}.", unrun.join("; "));
    }
    let mut over: Vec<_> =
        ran.iter().filter(|row| row.overrun().is_some_and(|o| o > TimeDelta::zero())).collect();
    over.sort_by_key(|row| std::cmp::Reverse(row.overrun()));
    if !over.is_empty() {
        let _ = writeln!(out, "\n## Biggest overruns\n");
        for (n, row) in over.iter().take(3).enumerate() {
            let _ = writeln!(
                out,
                "{}. {} — {}",
                n + 1,
                cell(&row.title),
                signed_mmss(row.overrun().unwrap_or_default())
            );
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
