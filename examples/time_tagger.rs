//! Times the part-of-speech tagger in process: every sentence of a CoNLL-U file tagged from
//! its tokens, best of five rounds; prints tokens per second (the model loaded beforehand).
//!
//! ```sh
//! gzip -dc ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu.gz > /tmp/test.conllu
//! cargo run --release --example time_tagger -- /tmp/test.conllu
//! ```

use std::time::Instant;

use brief::Tagger;

fn main() {
    let path = std::env::args().nth(1).expect("usage: time_tagger FILE.conllu");
    let text = std::fs::read_to_string(path).expect("readable file");
    let mut sentences: Vec<Vec<String>> = vec![Vec::new()];
    for line in text.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if line.trim().is_empty() {
            sentences.push(Vec::new());
        } else if cols.len() > 3 && !cols[0].contains(['-', '.']) && !line.starts_with('#') {
            sentences.last_mut().unwrap().push(cols[1].to_string());
        }
    }
    sentences.retain(|s| !s.is_empty());
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let tagger = Tagger::english();
    let best = (0..5)
        .map(|_| {
            let t0 = Instant::now();
            for s in &sentences {
                std::hint::black_box(tagger.tag(std::hint::black_box(s)));
            }
            t0.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min);
    println!("{{\"tokens\": {tokens}, \"tokens_per_s\": {:.0}, \"us_per_token\": {:.3}}}", tokens as f64 / best, best * 1e6 / tokens as f64);
}
