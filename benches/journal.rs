//! Replaying a long journal, computing the view, and the four exports of a full day.
//! Run: `cargo bench --bench journal`. Figures: docs/PERFORMANCE.md.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmark setup")]

use std::hint::black_box;

use chairtime::report::{Format, Report};
use chairtime::schedule::load::{Overrides, load_bundled};
use chairtime::timing::command::Command;
use chairtime::timing::journal::{Recorder, replay};
use chrono::TimeDelta;
use criterion::{Criterion, criterion_group, criterion_main};

/// A journal of `n` commands over the bundled session: every phase change, with pauses,
/// extensions, trims and messages in between, as a very busy chair would make them.
fn journal_bytes(n: usize) -> Vec<u8> {
    let session = load_bundled(&Overrides::default()).unwrap().session;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.jsonl");
    let start = session.start;
    let mut rec = Recorder::create(&path, session, None, start).unwrap();
    let mut t = start;
    rec.apply(&Command::Start, t).unwrap();
    let mut count = 1;
    let mut i = 0u64;
    while count < n {
        t += TimeDelta::seconds(1);
        i += 1;
        let c = match i % 500 {
            0 => Command::Next,
            k if k % 4 == 0 => Command::Pause,
            k if k % 4 == 1 && rec.engine().is_paused() => Command::Resume,
            k if k % 4 == 2 => Command::Extend { seconds: 5 },
            k if k % 4 == 3 => Command::Trim { seconds: 5 },
            _ => Command::ShowMessage { text: format!("message {i}") },
        };
        if rec.apply(&c, t).is_ok() {
            count += 1;
        }
    }
    std::fs::read(&path).unwrap()
}

fn benches(c: &mut Criterion) {
    let bytes = journal_bytes(10_000);
    c.bench_function("replay 10 000-command journal", |b| {
        b.iter(|| replay("bench", black_box(&bytes)).unwrap());
    });
    let replayed = replay("bench", &bytes).unwrap();
    let now = replayed.last_at();
    c.bench_function("view at now", |b| b.iter(|| replayed.engine.view(black_box(now))));
    let exports = |bytes: &[u8]| {
        let r = replay("bench", bytes).unwrap();
        let report = Report::new(&r.engine, r.last_at());
        for f in [Format::Csv, Format::Json, Format::Md, Format::Chapters] {
            black_box(f.render(&report));
        }
    };
    c.bench_function("replay + all four exports, 10 000 commands", |b| b.iter(|| exports(black_box(&bytes))));
    // A full day: eight hours at about one command a minute is ~500; take 600.
    let day = journal_bytes(600);
    c.bench_function("replay + all four exports, full day (600 commands)", |b| {
        b.iter(|| exports(black_box(&day)));
    });
}

criterion_group!(name = group; config = Criterion::default().sample_size(20); targets = benches);
criterion_main!(group);
