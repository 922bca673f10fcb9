#![no_main]
//! Journal replay: any bytes, no panic.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = chairtime::timing::journal::replay("fuzz", data) {
        let _ = r.engine.view(r.last_at());
    }
});
