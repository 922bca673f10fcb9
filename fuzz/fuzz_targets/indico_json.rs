#![no_main]
//! The Indico timetable JSON importer: any bytes, no panic; on success, choosing every session must not panic either.

use chairtime::schedule::import::{self, Options, Selector, Shape};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let options = Options { date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1), ..Options::default() };
    if let Ok(imported) = import::read("indico-json", "fuzz", text, &options) {
        for c in imported.candidates() {
            let select = Selector { day: Some(c.day.to_string()), room: c.room.clone(), track: None };
            if let Ok(selection) = imported.select(&select) {
                let _ = selection.plan(&Shape::default(), &mut Vec::new()).normalize();
            }
        }
    }
});
