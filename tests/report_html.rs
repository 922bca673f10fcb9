//! The report as a web page: its timeline's bars are the journal's numbers, read back from the
//! SVG as a reader would (x and width through the axis the SVG declares).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::cast_possible_truncation,
    reason = "test helpers: a failed step is a failed test; SVG units back to milliseconds"
)]

use chairtime::report::{Format, Report};
use chairtime::timing::engine::ItemStatus;
use chrono::{DateTime, TimeDelta, Utc};

mod common;

/// The bundled session run by the afternoon script (pauses, overruns, a skip and unskip, a
/// message, a catch-up, a correction): its journal, and the HTML `report` prints from it.
fn afternoon() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("afternoon.jsonl");
    common::simulate("tests/fixtures/bpf-afternoon.script", &journal);
    let html = common::report(&[&journal], &["--format", "html"]);
    (dir, journal, html)
}

/// The timeline's SVG, parsed as XML (it is well-formed on its own).
fn svg_of(html: &str) -> String {
    let start = html.find("<svg class=\"timeline\"").expect("a timeline");
    let end = html[start..].find("</svg>").unwrap() + start + "</svg>".len();
    html[start..end].to_owned()
}

struct Axis {
    t0: DateTime<Utc>,
    pps: f64,
    left: f64,
}

impl Axis {
    fn of(svg: &roxmltree::Document) -> Self {
        let root = svg.root_element();
        let ms: i64 = root.attribute("data-t0-ms").unwrap().parse().unwrap();
        Self {
            t0: DateTime::from_timestamp_millis(ms).unwrap(),
            pps: root.attribute("data-px-per-s").unwrap().parse().unwrap(),
            left: root.attribute("data-left").unwrap().parse().unwrap(),
        }
    }
    /// The instant at `x`, to the millisecond.
    fn at(&self, x: f64) -> DateTime<Utc> {
        self.t0 + TimeDelta::milliseconds(((x - self.left) / self.pps * 1000.0).round() as i64)
    }
    fn span(&self, w: f64) -> TimeDelta {
        TimeDelta::milliseconds((w / self.pps * 1000.0).round() as i64)
    }
}

fn rects<'a>(svg: &'a roxmltree::Document, class: &str, pos: usize) -> Vec<roxmltree::Node<'a, 'a>> {
    let pos = pos.to_string();
    svg.descendants()
        .filter(|n| n.attribute("class") == Some(class) && n.attribute("data-pos") == Some(pos.as_str()))
        .collect()
}

fn num(n: &roxmltree::Node, a: &str) -> f64 {
    n.attribute(a).unwrap().parse().unwrap()
}

/// Within the SVG's rounding (three decimals of a unit, a fraction of a second on this axis).
fn close(a: TimeDelta, b: TimeDelta) -> bool {
    (a - b).abs() <= TimeDelta::seconds(1)
}

#[test]
fn the_timeline_bars_start_end_pause_and_overrun_where_the_journal_says() {
    let (_dir, journal, html) = afternoon();
    let replayed = chairtime::timing::journal::replay_path(&journal).unwrap();
    let engine = &replayed.engine;
    let report = Report::new(engine, engine.finished().unwrap());
    assert_eq!(html, Format::Html.render(&report), "the CLI prints the same page");
    let text = svg_of(&html);
    let svg = roxmltree::Document::parse(&text).unwrap();
    let axis = Axis::of(&svg);
    let mut overruns = 0;
    let mut pauses = 0;
    for row in &report.rows {
        let planned = rects(&svg, "planned", row.position);
        assert_eq!(planned.len(), 1, "{}: one planned block", row.title);
        assert!(
            close(axis.at(num(&planned[0], "x")) - row.planned_start, TimeDelta::zero()),
            "{}",
            row.title
        );
        assert!(close(axis.span(num(&planned[0], "width")), row.planned), "{}", row.title);
        let actual = rects(&svg, "actual", row.position);
        let Some(start) = row.actual_start else {
            assert!(actual.is_empty(), "{}: never ran, no bar", row.title);
            continue;
        };
        assert_eq!(actual.len(), 1, "{}", row.title);
        let bar = &actual[0];
        assert!(
            close(axis.at(num(bar, "x")) - start, TimeDelta::zero()),
            "{}: starts at its start",
            row.title
        );
        assert!(close(axis.span(num(bar, "width")), row.actual.unwrap()), "{}: as long as it ran", row.title);
        let paused: TimeDelta =
            rects(&svg, "pause", row.position).iter().map(|p| axis.span(num(p, "width"))).sum();
        assert!(close(paused, row.paused), "{}: paused {paused} against {}", row.title, row.paused);
        pauses += usize::from(row.paused > TimeDelta::zero());
        let over = rects(&svg, "overrun", row.position);
        match row.overrun().filter(|o| *o > TimeDelta::zero()) {
            Some(o) => {
                overruns += 1;
                assert_eq!(over.len(), 1, "{}", row.title);
                assert!(close(axis.span(num(&over[0], "width")), o), "{}: over by {o}", row.title);
                let end = axis.at(num(&over[0], "x") + num(&over[0], "width"));
                assert!(
                    close(end - row.actual_end.unwrap(), TimeDelta::zero()),
                    "{}: ends with the run",
                    row.title
                );
            }
            None => assert!(over.is_empty(), "{}: not over, nothing marked", row.title),
        }
    }
    assert!(pauses >= 1 && overruns >= 3, "the afternoon has pauses ({pauses}) and overruns ({overruns})");
    let ticks: Vec<_> = svg.descendants().filter(|n| n.attribute("class") == Some("message")).collect();
    assert_eq!(ticks.len(), report.messages.len());
    for (tick, m) in ticks.iter().zip(&report.messages) {
        let at: i64 = tick.attribute("data-at-ms").unwrap().parse().unwrap();
        assert_eq!(at, m.shown.timestamp_millis());
    }
}

#[test]
fn the_page_is_self_contained_and_says_what_the_markdown_report_says() {
    let (_dir, _journal, html) = afternoon();
    for remote in ["src=", "href=\"http", "url(http", "<script", "<link", "@import", "<iframe"] {
        assert!(!html.contains(remote), "the page fetches or runs nothing ({remote})");
    }
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<h2>Totals</h2>"));
    assert!(html.contains("<h2>Why the schedule moved</h2>"));
    assert!(html.contains("<li>15:40 “5 minutes left”</li>"), "the message, as in the Markdown report");
    assert!(html.contains("<b>3m ahead</b>"), "the schedule figure `status` gives");
    assert!(html.contains("@media print"), "it prints");
    assert_eq!(html.matches("<tr").count(), 11, "a header and a row per item");
}

#[test]
fn a_session_still_running_shows_now_and_an_open_bar() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("s.script");
    std::fs::write(&script, "0:00 start\n4:30 next\n23:40 next\n30:00 pause\n").unwrap();
    let journal = dir.path().join("j.jsonl");
    common::simulate_on(&script, &journal, None);
    let html = common::report(&[&journal], &["--format", "html", "--at", "15:40"]);
    let text = svg_of(&html);
    let svg = roxmltree::Document::parse(&text).unwrap();
    let axis = Axis::of(&svg);
    let now = svg.descendants().find(|n| n.attribute("class") == Some("now")).expect("a now line");
    assert_eq!(axis.at(num(&now, "x1")).format("%H:%M").to_string(), "14:40", "15:40 in Lisbon is 14:40 UTC");
    let replayed = chairtime::timing::journal::replay_path(&journal).unwrap();
    let second = replayed.engine.runs().iter().position(|r| r.status == ItemStatus::Running).unwrap();
    let pos = replayed.engine.position_of(second).unwrap() + 1;
    let pause = rects(&svg, "pause", pos);
    assert_eq!(pause.len(), 1, "the pause still running is drawn to now");
    let end = axis.at(num(&pause[0], "x") + num(&pause[0], "width"));
    assert!(close(end - axis.at(num(&now, "x1")), TimeDelta::zero()));
}

#[test]
fn the_timeline_of_a_finished_session_has_no_now_and_holds_everything_on_quarter_hours() {
    use chairtime::report::timeline::Timeline;
    let (_dir, journal, _html) = afternoon();
    let replayed = chairtime::timing::journal::replay_path(&journal).unwrap();
    let engine = &replayed.engine;
    let report = Report::new(engine, engine.finished().unwrap());
    let tl = Timeline::new(&report, Some(engine.finished().unwrap()));
    assert_eq!(tl.now, None, "finished: no now line");
    assert_eq!(tl.projected_end, None, "finished: nothing projected");
    let s = &report.session;
    for t in [tl.axis.start, tl.axis.end] {
        let local = s.local(t);
        assert_eq!((chrono::Timelike::minute(&local) % 15, chrono::Timelike::second(&local)), (0, 0), "{t}");
    }
    assert_eq!(tl.lanes.len(), report.rows.len());
    for lane in &tl.lanes {
        let mut spans = vec![lane.planned];
        if let Some(run) = &lane.run {
            spans.push(run.span);
            spans.extend(run.pauses.iter().copied());
            spans.extend(run.over);
            for p in &run.pauses {
                assert!(
                    run.span.start <= p.start && p.end <= run.span.end,
                    "{}: pauses inside the run",
                    lane.title
                );
            }
        }
        for span in spans {
            assert!(
                (0.0..=1.0).contains(&tl.fraction(span.start))
                    && (0.0..=1.0).contains(&tl.fraction(span.end))
            );
        }
    }
    let message = &tl.messages[0];
    let lane = &tl.lanes[message.2.unwrap()];
    assert_eq!(lane.title, "BPF Debugging", "the message was shown during BPF Debugging");
}

/// A 16-hour day of talks: the page's time labels never overlap and none is cut at either edge.
#[test]
fn the_time_axis_of_a_sixteen_hour_session_keeps_its_labels_apart_and_inside_the_chart() {
    let mut toml = String::from(
        "[session]\ntitle = \"Marathon\"\ndate = 2026-08-01\ntime_zone = \"Europe/Berlin\"\nstart = \"08:00\"\n",
    );
    for n in 0..32 {
        toml.push_str(&format!("\n[[item]]\ntitle = \"Talk {n}\"\nlength = \"30m\"\n"));
    }
    let session = chairtime::schedule::load::load_bytes(
        "marathon.toml",
        toml.as_bytes(),
        &chairtime::schedule::load::Overrides::default(),
    )
    .unwrap()
    .session;
    let mut engine = chairtime::timing::engine::Engine::new(session.clone());
    engine.apply(&chairtime::timing::command::Command::Start, session.start).unwrap();
    engine.apply(&chairtime::timing::command::Command::Finish, session.planned_end).unwrap();
    let text = svg_of(&Format::Html.render(&Report::new(&engine, session.planned_end)));
    let svg = roxmltree::Document::parse(&text).unwrap();
    let width: f64 =
        svg.root_element().attribute("viewBox").unwrap().split(' ').nth(2).unwrap().parse().unwrap();
    let left = num(&svg.root_element(), "data-left");
    let labels: Vec<(f64, &str)> = svg
        .descendants()
        .filter(|n| n.attribute("class") == Some("tick"))
        .map(|n| (num(&n, "x"), n.attribute("text-anchor").unwrap()))
        .collect();
    assert!(labels.len() >= 4, "{labels:?}");
    // Where each label's text reaches, at 11 px (five characters of at most 7 px).
    let extent = |(x, anchor): (f64, &str)| match anchor {
        "start" => (x, x + 35.0),
        "end" => (x - 35.0, x),
        _ => (x - 17.5, x + 17.5),
    };
    for pair in labels.windows(2) {
        assert!(extent(pair[0]).1 < extent(pair[1]).0, "labels overlap: {pair:?}");
    }
    assert!(extent(labels[0]).0 >= left - 1.0, "{labels:?}");
    assert!(extent(*labels.last().unwrap()).1 <= width, "the last label is cut: {labels:?} in {width}");
}
