#![no_main]
//! chairtime's TOML session format: any bytes, no panic.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = chairtime::schedule::load::load_bytes("fuzz.toml", data, &Default::default());
});
