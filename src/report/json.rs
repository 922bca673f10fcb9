//! JSON: everything — each phase's actual start and end, pauses, extensions, corrections,
//! messages, skipped items — with times in the session's offset and the schedule's own ids.

use serde_json::{Value, json};

use super::{Report, whole_seconds};
use crate::schedule::json::SessionDoc;
use crate::timing::engine::Change;

/// Version of the report JSON shape.
pub const REPORT_JSON_VERSION: u32 = 1;

pub(super) fn render(r: &Report) -> String {
    let t = |t: chrono::DateTime<chrono::Utc>| Value::String(r.rfc3339_ms(t));
    let ot = |o: Option<chrono::DateTime<chrono::Utc>>| o.map_or(Value::Null, t);
    let items: Vec<Value> = r
        .rows
        .iter()
        .map(|row| {
            let phases: Vec<Value> = row
                .phases
                .iter()
                .map(|p| {
                    json!({
                        "name": p.name,
                        "kind": p.kind,
                        "planned_seconds": whole_seconds(p.planned),
                        "actual_start": t(p.start),
                        "actual_end": ot(p.end),
                        "running_seconds": whole_seconds(p.running),
                        "pauses": p.pauses.iter().map(|x| json!({"from": t(x.from), "to": ot(x.to)})).collect::<Vec<_>>(),
                        "changes": p.changes.iter().map(|c| match c {
                            Change::Extension { at, seconds } => json!({"type": "extension", "at": t(*at), "seconds": seconds}),
                            Change::Correction { at, from, to } => json!({"type": "correction", "at": t(*at), "from": t(*from), "to": t(*to)}),
                            Change::EndCorrected { at, from, to } => json!({"type": "end_correction", "at": t(*at), "from": t(*from), "to": t(*to)}),
                        }).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "position": row.position,
                "index": row.index,
                "kind": row.kind,
                "id": row.id,
                "guid": row.guid,
                "slug": row.slug,
                "title": row.title,
                "speakers": row.speakers,
                "status": row.status,
                "planned_start": t(row.planned_start),
                "planned_seconds": whole_seconds(row.planned),
                "adjust_seconds": whole_seconds(row.adjust),
                "actual_start": ot(row.actual_start),
                "actual_end": ot(row.actual_end),
                "actual_seconds": row.actual.map(whole_seconds),
                "overrun_seconds": row.overrun().map(whole_seconds),
                "paused_seconds": whole_seconds(row.paused),
                "added_seconds": whole_seconds(row.added),
                "allotted_seconds": whole_seconds(row.allotted()),
                "used_seconds": row.used.map(whole_seconds),
                "speaker_over_seconds": row.speaker_over().map(whole_seconds),
                "skipped_at": ot(row.skipped_at),
                "phases": phases,
            })
        })
        .collect();
    let doc = json!({
        "format": "chairtime-report",
        "version": REPORT_JSON_VERSION,
        "rehearsal": r.rehearsal.is_some(),
        "rehearsal_shift_seconds": r.rehearsal.map(whole_seconds),
        "as_of": t(r.as_of),
        "unfinished": r.open.map(|o| json!({"as_of": t(r.as_of), "reason": o.as_str(), "text": r.open_text_in(crate::l10n::Lang::En)})),
        "started": ot(r.started),
        "finished": ot(r.finished),
        "actual_end": ot(r.actual_end()),
        "session": SessionDoc::new(&r.session),
        "items": items,
        "schedule": {
            "offset_seconds": r.schedule.offset.num_seconds(),
            "causes": r.schedule.causes.named().iter().map(|&(k, v)| (format!("{k}_seconds"), json!(v))).collect::<serde_json::Map<_, _>>(),
        },
        "replans": r.replans.iter().map(|p| json!({"at": t(p.at), "source": p.source, "changes": p.changes})).collect::<Vec<_>>(),
        "messages": r.messages.iter().map(|m| json!({"text": m.text, "shown": t(m.shown), "hidden": ot(m.hidden)})).collect::<Vec<_>>(),
        "recordings": r.recordings.iter().map(|x| json!({"start": t(x.start), "stop": ot(x.stop)})).collect::<Vec<_>>(),
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
