//! Times the whole digest (parse, rank, stance) of each article of a JSONL file
//! (`{"article" | "text": ...}` per line), median of 21 runs per article, and prints one JSON
//! object: the per-article medians' median and mean in milliseconds.
//! Used by benches/speed_vs_sumy.py:  cargo run --release --example time_digest -- FILE [POINTS]
//! `RUNS=N` sets the runs per article (21); `RUNS=1` under callgrind counts one digest each.

use std::time::Instant;

use brief::{digest, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: time_digest FILE [POINTS]");
    let points: usize = args.next().and_then(|p| p.parse().ok()).unwrap_or(3);
    let data = std::fs::read_to_string(&path).expect("readable file");
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("article").or_else(|| v.get("text")).and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let options = Options::points(points);
    let mut medians: Vec<f64> = texts
        .iter()
        .map(|t| {
            let mut runs: Vec<f64> = (0..std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(21))
                .map(|_| {
                    let t0 = Instant::now();
                    std::hint::black_box(digest(std::hint::black_box(t), &options));
                    t0.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            runs.sort_by(f64::total_cmp);
            runs[runs.len() / 2]
        })
        .collect();
    medians.sort_by(f64::total_cmp);
    let median = medians.get(medians.len() / 2).copied().unwrap_or(0.0);
    let mean = medians.iter().sum::<f64>() / medians.len().max(1) as f64;
    println!("{{\"articles\": {}, \"median_ms\": {median:.4}, \"mean_ms\": {mean:.4}}}", medians.len());
}
