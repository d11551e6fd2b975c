//! Criterion benches: each stage on the seed article, and the whole digest over inputs of
//! growing size (throughput in bytes/s, to check that cost grows linearly).
//! Run: cargo bench --bench digest

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

use brief::{digest, Document, Options, EXAMPLE};

fn stages(c: &mut Criterion) {
    let mut g = c.benchmark_group("seed");
    g.throughput(Throughput::Bytes(EXAMPLE.len() as u64));
    g.bench_function("parse", |b| b.iter(|| Document::parse(black_box(EXAMPLE))));
    let doc = Document::parse(EXAMPLE);
    g.bench_function("stance", |b| b.iter(|| brief::commitments(black_box(&doc))));
    g.bench_function("digest", |b| b.iter(|| digest(black_box(EXAMPLE), &Options::default())));
    g.finish();
}

fn sizes(c: &mut Criterion) {
    let mut g = c.benchmark_group("digest-size");
    g.sample_size(10);
    for kb in [10usize, 100, 1000, 10_000] {
        let text = EXAMPLE.repeat(kb * 1024 / EXAMPLE.len() + 1);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{kb}KB")), &text, |b, t| b.iter(|| digest(black_box(t), &Options::default())));
    }
    g.finish();
}

criterion_group!(benches, stages, sizes);
criterion_main!(benches);
