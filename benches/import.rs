//! Importing a whole conference: FOSDEM 2021's `schedule.xml` (1.6 MB, 773 events), as
//! `chairtime check --list` and the window's picker read it. The real file is read from
//! `CHAIRTIME_SAMPLES` (`frab-xml_fosdem-2021_full.xml`) when that folder is given; otherwise a
//! generated file of the same shape (773 events in 2 days and 40 rooms, with descriptions).
//! Run: `CHAIRTIME_SAMPLES=/path/to/samples cargo bench --bench import`. Figures: docs/PERFORMANCE.md.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmark setup")]

use std::fmt::Write as _;
use std::hint::black_box;

use chairtime::schedule::load::{Overrides, inspect};
use criterion::{Criterion, criterion_group, criterion_main};

/// A frab XML schedule of `events` talks over two days and forty rooms, each with a paragraph of
/// description, like a large conference's.
fn generated(events: usize) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n  <conference>\n    <title>Generated</title>\n    <time_zone_name>Europe/Brussels</time_zone_name>\n  </conference>\n",
    );
    let per_day = events.div_ceil(2);
    for day in 0..2 {
        let _ = writeln!(xml, "  <day index=\"{}\" date=\"2021-02-0{}\">", day + 1, day + 6);
        for room in 0..40 {
            let _ = writeln!(xml, "    <room name=\"Room {room}\">");
            for k in (0..per_day).filter(|k| k % 40 == room) {
                let id = day * per_day + k;
                if id >= events {
                    break;
                }
                let minutes = 9 * 60 + (k / 40) * 25;
                let _ = writeln!(
                    xml,
                    "      <event id=\"{id}\" guid=\"00000000-0000-0000-0000-{id:012}\">\n        <date>2021-02-0{}T{:02}:{:02}:00+01:00</date>\n        <start>{:02}:{:02}</start>\n        <duration>00:25</duration>\n        <room>Room {room}</room>\n        <title>Talk number {id} about something &amp; more</title>\n        <track>Track {}</track>\n        <abstract>{}</abstract>\n        <description>&lt;p&gt;{}&lt;/p&gt;</description>\n        <persons><person id=\"{id}\">Speaker {id}</person></persons>\n      </event>",
                    day + 6,
                    minutes / 60,
                    minutes % 60,
                    minutes / 60,
                    minutes % 60,
                    room % 12,
                    "An abstract of a few sentences. ".repeat(8),
                    "A longer description with <b>markup</b>. ".repeat(20),
                );
            }
            let _ = writeln!(xml, "    </room>");
        }
        let _ = writeln!(xml, "  </day>");
    }
    xml.push_str("</schedule>\n");
    xml
}

fn fosdem() -> (String, Vec<u8>) {
    let real = std::env::var_os("CHAIRTIME_SAMPLES")
        .map(|d| std::path::Path::new(&d).join("frab-xml_fosdem-2021_full.xml"))
        .filter(|p| p.exists());
    match real {
        Some(p) => (p.display().to_string(), std::fs::read(p).unwrap()),
        None => ("generated.xml".to_owned(), generated(773).into_bytes()),
    }
}

fn bench(c: &mut Criterion) {
    let (name, bytes) = fosdem();
    eprintln!("import bench on {name} ({} bytes)", bytes.len());
    let overrides = Overrides { fallback_zone: Some("Europe/Brussels".into()), ..Overrides::default() };
    c.bench_function("import a whole conference (check --list)", |b| {
        b.iter(|| {
            let imported = inspect(&name, black_box(&bytes), &overrides).unwrap().unwrap();
            black_box(chairtime::schedule::import::list(&imported))
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
