//! How the digest scales: time and peak heap of parse, stance and the whole digest on the
//! seed article repeated to each size (default 1 MB and 10 MB), median of a few runs, plus the
//! two ratios issue #8 asks for: the 10 MB digest against ten 1 MB digests, and peak heap
//! against the input size.
//!
//!   cargo run --release --example scale [SIZE_KB ...]      (RUNS=n: runs per figure)

// A counting global allocator needs `unsafe impl GlobalAlloc`; the library itself forbids unsafe.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use brief::{digest, Document, Options, EXAMPLE};

/// The system allocator, counting live bytes and their high-water mark.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let live = LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(live, Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Median milliseconds of `runs` calls, and the peak heap above the level before the calls.
fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, usize) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t0 = Instant::now();
            std::hint::black_box(f());
            t0.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], PEAK.load(Relaxed) - base)
}

fn main() {
    let mut sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    if sizes.is_empty() {
        sizes = vec![1000, 10_000];
    }
    let options = Options::default();
    let mut digest_ms = Vec::new();
    println!("{:>9} {:>10} {:>10} {:>10} {:>10} {:>12}", "size", "parse ms", "stance ms", "digest ms", "MB/s", "peak/input");
    for &kb in &sizes {
        let text = EXAMPLE.repeat(kb * 1024 / EXAMPLE.len() + 1);
        let runs = std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(if kb >= 5000 { 3 } else { 7 });
        let (parse, _) = measure(runs, || Document::parse(&text));
        let doc = Document::parse(&text);
        let (stance, _) = measure(runs, || brief::commitments(&doc));
        drop(doc);
        let (whole, peak) = measure(runs, || digest(&text, &options));
        let mbps = text.len() as f64 / 1048576.0 / (whole / 1000.0);
        println!("{:>7}KB {parse:>10.1} {stance:>10.1} {whole:>10.1} {mbps:>10.1} {:>12.2}", text.len() / 1024, peak as f64 / text.len() as f64);
        digest_ms.push((kb, whole));
    }
    if let (Some(&(1000, one)), Some(&(10_000, ten))) = (digest_ms.first(), digest_ms.iter().find(|(k, _)| *k == 10_000)) {
        println!("10 MB / (10 × 1 MB) = {:.2}", ten / (10.0 * one));
    }
}
