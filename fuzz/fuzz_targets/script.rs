#![no_main]
//! Action scripts: any text, no panic; a parsed script runs against the bundled session.

use chairtime::timing::engine::Engine;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(steps) = chairtime::script::parse(text) else { return };
    let Ok(n) = chairtime::schedule::load::load_bundled(&Default::default()) else { return };
    let start = n.session.start;
    let mut engine = Engine::new(n.session);
    for step in steps {
        let now = start + step.at;
        if let Ok(Some(c)) = step.action.resolve(&engine, now) {
            let _ = engine.apply(&c, now);
        }
        let _ = engine.view(now);
        let _ = engine.tick(now);
    }
});
