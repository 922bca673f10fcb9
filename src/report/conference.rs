//! The whole conference from several journals (rooms, days): one page with every room on a shared
//! time axis per day, each room's totals and the conference's; a CSV of every item with its room
//! and date; a Markdown summary. `chairtime report a.jsonl b.jsonl … --format html|csv|md`
//! (docs/exports.md).

use std::fmt::Write;

use chrono::{DateTime, NaiveDate, TimeDelta, Timelike, Utc};

use super::html::escape;
use super::timeline::{Ticks, Timeline};
use super::{Format, Report, Row, signed_mmss};

/// An item counts as late when it started at least this long after its planned start.
pub const LATE: TimeDelta = TimeDelta::minutes(1);

/// Several sessions' reports, by day and then by planned start.
#[derive(Debug)]
pub struct Conference {
    /// The sessions, with the name each journal was given.
    pub sessions: Vec<(String, Report)>,
}

/// One session's figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Items that ran (started).
    pub run: usize,
    /// Of those, started at least [`LATE`] after their planned start.
    pub late: usize,
    /// Time items ran beyond their planned length (over plan, pauses included), summed.
    pub overrun: TimeDelta,
    /// Time paused, summed.
    pub paused: TimeDelta,
}

impl Totals {
    /// The figures of one session.
    pub fn of(r: &Report) -> Self {
        let mut t = Self::default();
        for row in r.rows.iter().filter(|row| row.actual_start.is_some()) {
            t.run += 1;
            if row.actual_start.is_some_and(|a| a - row.planned_start >= LATE) {
                t.late += 1;
            }
            t.overrun += counted_overrun(row).unwrap_or_default();
            t.paused += row.paused;
        }
        t
    }

    fn add(self, o: Self) -> Self {
        Self {
            run: self.run + o.run,
            late: self.late + o.late,
            overrun: self.overrun + o.overrun,
            paused: self.paused + o.paused,
        }
    }
}

/// How far an item ran over plan, as the conference counts it (`None` when it did not): a talk's
/// whole overrun; a break's only as far as it ended after its planned end. A break that ran long
/// because the talk before it was cancelled, and still ended on time, made nobody late.
pub fn counted_overrun(row: &Row) -> Option<TimeDelta> {
    let over = row.overrun()?;
    let over = match (row.kind, row.actual_end) {
        (crate::schedule::ItemKind::Break, Some(end)) => over.min(end - (row.planned_start + row.planned)),
        _ => over,
    };
    (over > TimeDelta::zero()).then_some(over)
}

/// Where a session stood at its end (or, unfinished, where the report stops), as the room tables
/// say it: ahead or behind, and how many items were not held. Items not held are not time gained:
/// a finished session is measured by the last item that ran, against that item's planned end.
pub fn at_the_end(r: &Report) -> String {
    let not_held = r.rows.iter().filter(|row| row.actual_start.is_none() && r.finished.is_some()).count();
    let last_held =
        r.rows.iter().filter_map(|row| row.actual_end.map(|end| (end, row))).max_by_key(|(end, _)| *end);
    let offset = match (r.finished, last_held) {
        (Some(_), Some((end, row))) => super::whole_seconds(end - (row.planned_start + row.planned)),
        _ => r.schedule.offset.num_seconds(),
    };
    let mut out = super::ahead_behind(offset);
    if r.open.is_some() {
        out = crate::tr!(
            "conf-unfinished-at",
            time = r.session.local(r.as_of).format("%H:%M").to_string(),
            pace = out
        );
    }
    if not_held > 0 {
        out = crate::tr!("conf-not-held", pace = out, count = not_held);
    }
    out
}

/// The room a session is in, as the pages name it.
pub fn room(r: &Report) -> String {
    r.session.room.clone().unwrap_or_else(|| r.session.title.clone())
}

/// The session's day, in its zone.
pub fn day(r: &Report) -> NaiveDate {
    r.session.date
}

impl Conference {
    /// The conference of these sessions (name, report), unless two are the same session — one
    /// session recorded on two laptops — which would count everything twice.
    ///
    /// # Errors
    /// A sentence naming both journals and the session.
    pub fn new(mut sessions: Vec<(String, Report)>) -> Result<Self, String> {
        for (i, (a, ra)) in sessions.iter().enumerate() {
            for (b, rb) in &sessions[i + 1..] {
                let s = &ra.session;
                if s.title == rb.session.title && s.date == rb.session.date && s.room == rb.session.room {
                    let what = [
                        Some(s.title.clone()),
                        s.room.clone(),
                        Some(crate::l10n::chair_date(s.date, crate::l10n::DateForm::Long)),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                    return Err(crate::tr!("conf-same-session-twice", a = a, b = b, session = what));
                }
            }
        }
        sessions.sort_by_key(|(_, r)| (day(r), r.session.start, room(r)));
        Ok(Self { sessions })
    }

    /// The days, each with its sessions.
    pub fn days(&self) -> Vec<(NaiveDate, Vec<&Report>)> {
        let mut out: Vec<(NaiveDate, Vec<&Report>)> = Vec::new();
        for (_, r) in &self.sessions {
            match out.last_mut() {
                Some((d, list)) if *d == day(r) => list.push(r),
                _ => out.push((day(r), vec![r])),
            }
        }
        out
    }

    /// The conference's figures.
    pub fn totals(&self) -> Totals {
        self.sessions.iter().map(|(_, r)| Totals::of(r)).fold(Totals::default(), Totals::add)
    }

    /// The items that ran furthest over their planned length, with their session, largest first.
    pub fn biggest_overruns(&self, n: usize) -> Vec<(&Report, &Row, TimeDelta)> {
        let mut all: Vec<(&Report, &Row, TimeDelta)> = self
            .sessions
            .iter()
            .flat_map(|(_, r)| r.rows.iter().map(move |row| (r, row)))
            .filter_map(|(r, row)| counted_overrun(row).map(|o| (r, row, o)))
            .collect();
        all.sort_by_key(|(_, _, o)| std::cmp::Reverse(*o));
        all.truncate(n);
        all
    }

    /// Renders the conference in `format` (`html`, `csv` or `md`).
    ///
    /// # Errors
    /// For the other formats, which describe one session.
    pub fn render(&self, format: Format) -> Result<String, String> {
        match format {
            Format::Html => Ok(self.html()),
            Format::Csv => Ok(self.csv()),
            Format::Md => Ok(self.markdown()),
            other => Err(crate::tr!("conf-format-one-session", format = other.to_string())),
        }
    }

    fn csv(&self) -> String {
        let mut out = format!("room,date,{}\r\n", super::csv::HEADER);
        for (_, r) in &self.sessions {
            let one = super::csv::render(r);
            for line in one.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
                let _ = write!(out, "{},{},{line}\r\n", super::csv::field(&room(r)), day(r));
            }
        }
        out
    }

    fn markdown(&self) -> String {
        let mut out = format!("# {}\n\n", crate::tr!("report-title", title = self.name()));
        let heads = [
            "conf-col-day",
            "conf-col-room",
            "conf-col-session",
            "conf-col-items-run",
            "conf-col-late",
            "report-col-over-plan",
            "conf-col-paused",
            "conf-col-at-the-end",
        ]
        .map(|id| crate::l10n::chair_says(id, &[]));
        let _ = writeln!(out, "| {} |", heads.join(" | "));
        let _ = writeln!(out, "|---|---|---|---:|---:|---:|---:|---|");
        for (_, r) in &self.sessions {
            let t = Totals::of(r);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                crate::l10n::chair_date(day(r), crate::l10n::DateForm::Short),
                room(r).replace('|', "\\|"),
                r.session.title.replace('|', "\\|"),
                t.run,
                t.late,
                mmss(t.overrun),
                mmss(t.paused),
                at_the_end(r)
            );
        }
        let [a, b] = self.summary();
        let _ = writeln!(out, "\n## {}\n\n- {a}\n- {b}", crate::tr!("conf-the-conference"));
        let biggest = self.overrun_lines();
        if !biggest.is_empty() {
            let _ = writeln!(out, "\n## {}\n", crate::tr!("conf-biggest-overruns"));
            for (n, [title, place, over]) in biggest.iter().enumerate() {
                let line = crate::tr!("conf-overrun-line", title = title, place = place, over = over);
                let _ = writeln!(out, "{}. {line}", n + 1);
            }
        }
        out
    }

    /// The five biggest overruns as the pages list them: the item, where and when, how much.
    fn overrun_lines(&self) -> Vec<[String; 3]> {
        self.biggest_overruns(5)
            .into_iter()
            .map(|(r, row, o)| {
                let when = crate::l10n::chair_date(day(r), crate::l10n::DateForm::Short);
                [row.title.clone(), format!("{}, {when}", room(r)), signed_mmss(o)]
            })
            .collect()
    }

    /// The conference's figures in two sentences.
    fn summary(&self) -> [String; 2] {
        let t = self.totals();
        [
            crate::tr!("conf-items-run-late", run = t.run, late = t.late),
            crate::tr!("conf-over-plan-paused", over = mmss(t.overrun), paused = mmss(t.paused)),
        ]
    }

    fn name(&self) -> String {
        let names: Vec<&str> =
            self.sessions.iter().filter_map(|(_, r)| r.session.conference.as_deref()).collect();
        match names.first() {
            Some(first) if names.iter().all(|n| n == first) => (*first).to_owned(),
            _ => crate::tr!("conf-the-conference"),
        }
    }

    fn html(&self) -> String {
        let title = crate::tr!("report-title", title = self.name());
        let mut out = format!(
            "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"chairtime\">\
             <title>{}</title><style>{}</style></head><body>\n<h1>{}</h1>\n",
            crate::l10n::chair().code(),
            escape(&title),
            super::html::STYLE,
            escape(&title)
        );
        let rooms =
            self.sessions.iter().map(|(_, r)| room(r)).collect::<std::collections::BTreeSet<_>>().len();
        let days = self.days();
        let _ = writeln!(
            out,
            "<p class=\"where\">{}</p>",
            escape(&crate::tr!(
                "conf-where",
                sessions = self.sessions.len(),
                rooms = rooms,
                days = days.len()
            ))
        );
        for (d, reports) in &days {
            let _ = writeln!(
                out,
                "<h2>{}</h2>",
                escape(&crate::l10n::chair_date(*d, crate::l10n::DateForm::Long))
            );
            out.push_str(&day_svg(*d, reports));
        }
        out.push_str(&super::html::legend());
        let [a, b] = self.summary().map(|l| escape(&l));
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul><li>{a}</li><li>{b}</li></ul>",
            escape(&crate::tr!("conf-the-conference"))
        );
        let biggest = self.overrun_lines();
        if !biggest.is_empty() {
            let _ = writeln!(out, "<h2>{}</h2>\n<ol>", escape(&crate::tr!("conf-biggest-overruns")));
            for [title, place, over] in biggest.iter().map(|l| l.each_ref().map(|t| escape(t))) {
                let over = format!("<b>{over}</b>");
                let _ = writeln!(
                    out,
                    "<li>{}</li>",
                    crate::tr!("conf-overrun-line", title = title, place = place, over = over)
                );
            }
            out.push_str("</ol>\n");
        }
        let heads: String = [
            "conf-col-day",
            "conf-col-room",
            "conf-col-session",
            "conf-col-started",
            "conf-col-ended",
            "conf-col-items-run",
            "conf-col-late",
            "report-col-over-plan",
            "conf-col-paused",
            "conf-col-at-the-end",
        ]
        .iter()
        .map(|id| format!("<th>{}</th>", escape(&crate::l10n::chair_says(id, &[]))))
        .collect();
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<table class=\"rooms\"><thead><tr>{heads}</tr></thead><tbody>",
            escape(&crate::tr!("conf-room-by-room"))
        );
        for (_, r) in &self.sessions {
            let t = Totals::of(r);
            let s = &r.session;
            let started = r.started.map_or_else(
                || "—".to_owned(),
                |st| format!("{} ({})", s.hhmm(st), signed_mmss(st - s.start)),
            );
            let ended = match (r.actual_end(), r.open) {
                (Some(e), None) => format!("{} ({})", s.hhmm(e), signed_mmss(e - s.planned_end)),
                (_, Some(_)) => crate::tr!(
                    "conf-unfinished-at-time",
                    time = s.local(r.as_of).format("%H:%M:%S").to_string()
                ),
                (None, None) => "—".to_owned(),
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{started}</td><td class=\"n\">{ended}</td>\
                 <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                escape(&crate::l10n::chair_date(day(r), crate::l10n::DateForm::Short)),
                escape(&room(r)),
                escape(&s.title),
                t.run,
                t.late,
                mmss(t.overrun),
                mmss(t.paused),
                at_the_end(r)
            );
        }
        out.push_str("</tbody></table>\n</body></html>\n");
        out
    }
}

fn mmss(d: TimeDelta) -> String {
    signed_mmss(d).trim_start_matches('+').to_owned()
}

/// One day: a row per room on the day's time axis, the plan's blocks above what ran.
fn day_svg(d: NaiveDate, reports: &[&Report]) -> String {
    const LABEL_W: f64 = 190.0;
    const CHART_W: f64 = 970.0;
    const ROW_H: f64 = 34.0;
    const TOP: f64 = 30.0;
    let timelines: Vec<Timeline> = reports.iter().map(|r| Timeline::new(r, None)).collect();
    let (Some(t0), Some(t1)) =
        (timelines.iter().map(|t| t.axis.start).min(), timelines.iter().map(|t| t.axis.end).max())
    else {
        return String::new();
    };
    let span = (t1 - t0).num_milliseconds().max(1) as f64;
    let x = |t: DateTime<Utc>| LABEL_W + (t - t0).num_milliseconds() as f64 / span * CHART_W;
    let height = TOP + ROW_H * reports.len() as f64 + 8.0;
    let mut svg = format!(
        "<svg class=\"timeline day\" data-day=\"{d}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {:.0} {height:.0}\" \
         role=\"img\" aria-label=\"{}\" data-t0-ms=\"{}\" data-px-per-s=\"{:.9}\" data-left=\"{LABEL_W}\">\n",
        LABEL_W + CHART_W + 10.0,
        escape(&crate::tr!(
            "conf-day-chart-label",
            rooms = reports.len(),
            day = crate::l10n::chair_date(d, crate::l10n::DateForm::Long)
        )),
        t0.timestamp_millis(),
        CHART_W / (span / 1000.0)
    );
    let _ = writeln!(
        svg,
        "<defs><pattern id=\"paused-{d}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#111\" stroke-width=\"3\"/></pattern></defs>"
    );
    let first = reports[0];
    let label_every = i64::from(Ticks::fit(t1 - t0, CHART_W, super::html::LABEL_ROOM).label_every.max(60));
    let mut tick = t0;
    while tick <= t1 {
        let tx = x(tick);
        let local = first.session.local(tick);
        let minute = local.format("%M").to_string();
        let of_day = i64::from(local.hour()) * 60 + i64::from(local.minute());
        let _ = writeln!(
            svg,
            "<line x1=\"{tx:.2}\" y1=\"{:.0}\" x2=\"{tx:.2}\" y2=\"{:.0}\" stroke=\"{}\" stroke-width=\"1\"/>",
            TOP - 4.0,
            height - 6.0,
            if minute == "00" { "#888" } else { "#ddd" }
        );
        if of_day % label_every == 0 {
            let _ = writeln!(
                svg,
                "<text x=\"{tx:.2}\" y=\"{:.0}\" font-size=\"11\" text-anchor=\"{}\" fill=\"#333\">{}</text>",
                TOP - 10.0,
                if tx > LABEL_W + CHART_W - 16.0 { "end" } else { "middle" },
                first.session.hhmm(tick)
            );
        }
        tick += TimeDelta::minutes(30);
    }
    for (n, (r, tl)) in reports.iter().zip(&timelines).enumerate() {
        let y = TOP + ROW_H * n as f64;
        let _ = writeln!(
            svg,
            "<text x=\"4\" y=\"{:.1}\" font-size=\"12\" fill=\"#111\"><title>{}</title>{}</text>",
            y + 19.0,
            escape(&r.session.title),
            escape(&room(r))
        );
        let tag = format!("data-room=\"{}\"", escape(&room(r)));
        for lane in &tl.lanes {
            super::html::bars(
                &mut svg,
                &r.session,
                lane,
                &tag,
                super::html::BarRows { planned: (y + 3.0, 10.0), run_y: y + 16.0 },
                &format!("paused-{d}"),
                &x,
            );
        }
        // The room's planned end (and, for a session still running, now) across its row, as the
        // legend says: the session page draws them across the whole chart.
        let mut mark = |class: &str, t: DateTime<Utc>, label: String| {
            let lx = x(t);
            let _ = writeln!(
                svg,
                "<line class=\"{class}\" {tag} x1=\"{lx:.2}\" y1=\"{:.1}\" x2=\"{lx:.2}\" y2=\"{:.1}\" stroke=\"#111\" \
                 stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>{}</title></line>",
                y + 1.0,
                y + ROW_H - 3.0,
                escape(&label)
            );
        };
        mark(
            "planned-end",
            tl.planned_end,
            format!(
                "{}: {}",
                room(r),
                crate::tr!("timeline-planned-end", time = r.session.hhmm(tl.planned_end))
            ),
        );
        if let Some(now) = tl.now {
            mark(
                "now",
                now,
                format!("{}: {}", room(r), crate::tr!("timeline-now", time = r.session.hhmm(now))),
            );
        }
    }
    svg.push_str("</svg>\n");
    svg
}
