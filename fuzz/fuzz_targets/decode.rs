#![no_main]
//! Any bytes through the one decode step every file takes (byte order marks, UTF-16, XML
//! declarations, iCalendar unfolding on bytes, Windows-1252): no panic, and errors positioned.

use chairtime::schedule::decode::decode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = decode("fuzz", data) {
        assert!(e.position.is_some());
    }
});
