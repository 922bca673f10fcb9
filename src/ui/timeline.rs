//! The chair window's timeline strip: the session on its time axis, the planned blocks above and
//! what actually ran below (pauses hatched, the time beyond an item's plan marked, skipped items
//! crossed out), now, the projected end, the planned and hard ends. Drawn from the same model as
//! the report page (`report::timeline`), in the chair window's once-a-second frame: no frames of
//! its own. Pattern and label, not colour alone, tell things apart.

use crate::tr;
use chrono::{DateTime, Utc};
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, pos2, vec2};

use super::app::ChairApp;
use crate::report::signed_mmss;
use crate::report::timeline::{Lane, Span, Ticks, Timeline};
use crate::report::{Report, Row};
use crate::schedule::ItemKind;
use crate::timing::engine::ItemStatus;
use crate::timing::view::View;

/// The strip's height, points.
const HEIGHT: f32 = 60.0;

/// A fraction of the axis as a screen fraction (clamped: far outside the strip is at its edge).
#[expect(clippy::cast_possible_truncation, reason = "clamped to a small range first")]
fn points(fraction: f64) -> f32 {
    fraction.clamp(-1.0, 2.0) as f32
}

/// Diagonal lines across `rect` (hatching), `gap` apart.
fn hatch(painter: &egui::Painter, rect: Rect, gap: f32, stroke: Stroke) {
    let clipped = painter.with_clip_rect(rect.intersect(painter.clip_rect()));
    let h = rect.height();
    let mut x = rect.left() - h;
    while x < rect.right() {
        clipped.line_segment([pos2(x, rect.bottom()), pos2(x + h, rect.top())], stroke);
        x += gap;
    }
}

/// What the strip says, for a screen reader (and the tests).
pub fn summary(tl: &Timeline, report: &Report) -> String {
    let s = &report.session;
    let ran = tl.lanes.iter().filter(|l| l.run.is_some()).count();
    let mut parts = vec![tr!("timeline-items-run", ran = ran, count = tl.lanes.len())];
    let skipped = tl.lanes.iter().filter(|l| l.status == ItemStatus::Skipped).count();
    if skipped > 0 {
        parts.push(tr!("timeline-skipped", count = skipped));
    }
    let over = tl.lanes.iter().filter(|l| l.run.as_ref().is_some_and(|r| r.over.is_some())).count();
    if over > 0 {
        parts.push(tr!("timeline-over", count = over));
    }
    if let Some(now) = tl.now {
        parts.push(tr!("timeline-now", time = s.hhmm(now)));
    }
    let end = tl.projected_end.map_or_else(
        || tr!("timeline-planned-end", time = s.hhmm(tl.planned_end)),
        |end| tr!("timeline-projected-end", time = s.hhmm(end), planned = s.hhmm(tl.planned_end)),
    );
    parts.push(end);
    if let Some(h) = tl.hard_end {
        parts.push(tr!("timeline-hard-end", time = s.hhmm(h)));
    }
    tr!("timeline-summary", parts = parts.join(", "))
}

/// Draws the strip across the available width.
pub fn strip(app: &ChairApp, ui: &mut Ui, view: &View) {
    let engine = app.recorder().engine();
    let report = Report::new(engine, view.now);
    let tl = Timeline::new(&report, Some(view.projected_end));
    let s = &report.session;
    let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), HEIGHT), Sense::hover());
    let text = summary(&tl, &report);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &text));
    let painter = ui.painter_at(rect);
    let v = ui.visuals();
    let (fg, weak) = (v.strong_text_color(), v.weak_text_color());
    let danger =
        if v.dark_mode { Color32::from_rgb(0xff, 0x5c, 0x5c) } else { Color32::from_rgb(0xb0, 0x00, 0x20) };
    let bg = v.panel_fill;
    let chart = rect.shrink2(vec2(4.0, 0.0));
    let x = |t: DateTime<Utc>| chart.left() + points(tl.fraction(t)) * chart.width();
    let small = FontId::proportional(10.5);
    let (ticks_y, plan_y, run_y) = (rect.top() + 6.0, rect.top() + 14.0, rect.top() + 33.0);
    // Lines every quarter hour (or hour) and labels every half hour (or more) as the width allows.
    let Ticks { line_every, label_every } = Ticks::fit(tl.axis.length(), f64::from(chart.width()), 46.0);
    for (t, minute) in tl.quarter_hours(s) {
        let tx = x(t);
        if minute.is_multiple_of(line_every) {
            let stroke =
                Stroke::new(1.0, if minute.is_multiple_of(60) { weak } else { weak.gamma_multiply(0.4) });
            painter.line_segment([pos2(tx, plan_y - 2.0), pos2(tx, rect.bottom() - 8.0)], stroke);
        }
        if minute.is_multiple_of(label_every) {
            label(&painter, rect, pos2(tx, ticks_y), Align2::CENTER_CENTER, s.hhmm(t), &small, weak);
        }
    }
    // A stretch of the run row, at least a pixel wide.
    let bar = |span: Span| {
        Rect::from_min_max(
            pos2(x(span.start), run_y),
            pos2(x(span.end).max(x(span.start) + 1.0), run_y + 14.0),
        )
    };
    for lane in &tl.lanes {
        planned_block(&painter, lane, &x, plan_y, fg, weak, &small);
        if let Some(run) = &lane.run {
            let r = bar(run.span);
            let fill = if lane.kind == ItemKind::Break { weak } else { fg };
            painter.rect_filled(r, 0.0, fill);
            for p in &run.pauses {
                let pr = bar(*p);
                painter.rect_filled(pr, 0.0, bg);
                hatch(&painter, pr, 4.0, Stroke::new(1.5, fg));
            }
            if let Some(over) = run.over {
                let or = bar(over);
                painter.rect_filled(or, 0.0, danger);
                painter.rect_filled(Rect::from_center_size(or.center(), vec2(or.width(), 2.0)), 0.0, bg);
            }
            if run.running {
                painter.rect_stroke(r, 0.0, Stroke::new(1.0, fg), egui::StrokeKind::Outside);
            }
        }
    }
    // A label sits beside its line: the projected end on the side away from the planned end, so
    // the two never cover each other.
    let line = |t: DateTime<Utc>, text: String, stroke: Stroke, dashed: bool, side: Align2| {
        let lx = x(t);
        let (top, bottom) = (plan_y - 4.0, rect.bottom() - 9.0);
        if dashed {
            painter.extend(egui::Shape::dashed_line(&[pos2(lx, top), pos2(lx, bottom)], stroke, 4.0, 3.0));
        } else {
            painter.line_segment([pos2(lx, top), pos2(lx, bottom)], stroke);
        }
        let at = pos2(lx - 3.0 * side.x().to_sign(), rect.bottom());
        label(&painter, rect, at, side, text, &small, stroke.color);
    };
    let later = tl.projected_end.is_some_and(|e| e > tl.planned_end);
    let (planned_side, projected_side) = if later {
        (Align2::RIGHT_BOTTOM, Align2::LEFT_BOTTOM)
    } else {
        (Align2::LEFT_BOTTOM, Align2::RIGHT_BOTTOM)
    };
    let projected = tl.projected_end.filter(|e| (*e - tl.planned_end).num_seconds().abs() >= 60);
    // Close together, one label says both.
    let close = projected.is_some_and(|e| (e - tl.planned_end).num_minutes().abs() < 20);
    let planned_text =
        if close { String::new() } else { tr!("timeline-planned-end", time = s.hhmm(tl.planned_end)) };
    line(tl.planned_end, planned_text, Stroke::new(1.0, weak), true, planned_side);
    if let Some(h) = tl.hard_end {
        line(
            h,
            tr!("timeline-hard-end", time = s.hhmm(h)),
            Stroke::new(2.5, fg),
            false,
            Align2::CENTER_BOTTOM,
        );
    }
    if let Some(end) = projected {
        let text = if close {
            tr!("timeline-projected-planned", time = s.hhmm(end), planned = s.hhmm(tl.planned_end))
        } else {
            tr!("timeline-projected", time = s.hhmm(end))
        };
        line(end, text, Stroke::new(1.5, fg), true, projected_side);
    }
    if let Some(now) = tl.now {
        line(now, tr!("now").to_owned(), Stroke::new(2.0, danger), false, Align2::CENTER_BOTTOM);
    }
    for (at, _, _) in &tl.messages {
        let mx = x(*at);
        painter.add(egui::Shape::convex_polygon(
            vec![pos2(mx - 4.0, run_y - 5.0), pos2(mx + 4.0, run_y - 5.0), pos2(mx, run_y)],
            fg,
            Stroke::NONE,
        ));
    }
    if let Some(pointer) = response.hover_pos() {
        hover(ui, &response, &tl, &report, pointer, pointer.y >= run_y - 2.0, &x);
    }
}

/// Text at `at`, moved sideways as far as needed to stay inside `within`.
fn label(
    painter: &egui::Painter,
    within: Rect,
    at: Pos2,
    anchor: Align2,
    text: String,
    font: &FontId,
    color: Color32,
) {
    let galley = painter.layout_no_wrap(text, font.clone(), color);
    let mut r = anchor.anchor_size(at, galley.size());
    if r.left() < within.left() {
        r = r.translate(vec2(within.left() - r.left(), 0.0));
    } else if r.right() > within.right() {
        r = r.translate(vec2(within.right() - r.right(), 0.0));
    }
    painter.galley(r.min, galley, color);
}

fn planned_block(
    painter: &egui::Painter,
    lane: &Lane,
    x: &dyn Fn(DateTime<Utc>) -> f32,
    y: f32,
    fg: Color32,
    weak: Color32,
    font: &FontId,
) {
    let r = Rect::from_min_max(pos2(x(lane.planned.start), y), pos2(x(lane.planned.end), y + 14.0))
        .shrink2(vec2(0.5, 0.0));
    if lane.kind == ItemKind::Break {
        hatch(painter, r, 6.0, Stroke::new(1.0, weak));
    }
    painter.rect_stroke(r, 0.0, Stroke::new(1.0, fg), egui::StrokeKind::Inside);
    if lane.status == ItemStatus::Skipped {
        let clipped = painter.with_clip_rect(r);
        clipped.line_segment([r.left_top(), r.right_bottom()], Stroke::new(1.5, fg));
        clipped.line_segment([r.left_bottom(), r.right_top()], Stroke::new(1.5, fg));
    } else if r.width() > 16.0 {
        let label = if lane.kind == ItemKind::Break && r.width() > 40.0 {
            tr!("break").to_owned()
        } else {
            lane.index.to_string()
        };
        painter.with_clip_rect(r).text(r.center(), Align2::CENTER_CENTER, label, font.clone(), fg);
    }
}

/// The item under the pointer, in words: the planned block under it, or (on the lower row) the
/// run under it.
fn hover(
    ui: &Ui,
    response: &egui::Response,
    tl: &Timeline,
    report: &Report,
    pointer: Pos2,
    on_runs: bool,
    x: &dyn Fn(DateTime<Utc>) -> f32,
) {
    let s = &report.session;
    let lane = tl.lanes.iter().find(|l| {
        let span = if on_runs { l.run.as_ref().map(|r| r.span) } else { Some(l.planned) };
        span.is_some_and(|span| (x(span.start) - 1.0..=x(span.end) + 1.0).contains(&pointer.x))
    });
    let Some(lane) = lane else { return };
    let row: Option<&Row> = report.rows.iter().find(|r| r.position == lane.position);
    let mut text = format!("{}. {}\n", lane.index, lane.title);
    text += &tr!("timeline-tip-planned", from = s.hhmm(lane.planned.start), to = s.hhmm(lane.planned.end));
    if let Some(run) = &lane.run {
        let to = if run.running { tr!("now") } else { s.hhmm(run.span.end) };
        text.push('\n');
        text += &match run.over {
            Some(o) => tr!(
                "timeline-tip-ran-over",
                from = s.hhmm(run.span.start),
                to = to,
                over = signed_mmss(o.length())
            ),
            None => tr!("timeline-tip-ran", from = s.hhmm(run.span.start), to = to),
        };
    }
    if let Some(paused) = row.map(|r| r.paused).filter(|p| *p > chrono::TimeDelta::zero()) {
        text.push('\n');
        text += &tr!("timeline-tip-paused", paused = signed_mmss(paused).trim_start_matches('+'));
    }
    if lane.status == ItemStatus::Skipped {
        text.push('\n');
        text += &tr!("skipped");
    }
    egui::Tooltip::always_open(ui.ctx().clone(), ui.layer_id(), response.id, egui::PopupAnchor::Pointer)
        .show(|ui| ui.label(text));
}
