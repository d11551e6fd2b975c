//! Trains the part-of-speech tagger on a CoNLL-U treebank and writes its model file.
//!
//! ```sh
//! cargo run --release --example train_tagger -- ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu.gz models/tagger.bin [EPOCHS] [PRUNE]
//! ```
//!
//! `DEV=../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz` also reports the accuracy on held-out
//! sentences. The treebank may be gzipped (read through `gzip -dc`). The model is the Universal
//! Dependencies English Web Treebank's (CC BY-SA 4.0): see NOTICE.

#[path = "common/treebank.rs"]
mod treebank;
use treebank::read;

use brief::{train_tagger, Upos};

/// The sentences of a CoNLL-U text: each token's form and UPOS (multi-word token lines and
/// empty nodes skipped).
fn sentences(text: &str) -> Vec<Vec<(String, Upos)>> {
    let mut out = vec![Vec::new()];
    for line in text.lines() {
        if line.trim().is_empty() {
            if !out.last().is_some_and(Vec::is_empty) {
                out.push(Vec::new());
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if line.starts_with('#') || cols.len() < 4 || cols[0].contains(['-', '.']) {
            continue;
        }
        if let (Some(s), Some(t)) = (out.last_mut(), Upos::from_name(cols[3])) {
            s.push((cols[1].to_string(), t));
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (train, out) = (args.first().expect("TRAIN.conllu[.gz]"), args.get(1).expect("OUT model file"));
    let epochs = args.get(2).and_then(|e| e.parse().ok()).unwrap_or(8);
    let prune = args.get(3).and_then(|e| e.parse().ok()).unwrap_or(1);
    let data = sentences(&read(train));
    eprintln!("{} sentences, {} words", data.len(), data.iter().map(Vec::len).sum::<usize>());
    let model = train_tagger(&data, epochs, prune, |stage, epoch, acc| eprintln!("{stage}, epoch {epoch}: {:.4} of the training words right", acc));
    std::fs::write(out, &model).expect("writable");
    eprintln!("wrote {out}: {} bytes", model.len());
    // The held-out accuracy, when a DEV file is named (DEV=path).
    if let Ok(dev) = std::env::var("DEV") {
        let tagger = brief::Tagger::from_bytes(&model).expect("the model just written");
        let dev = sentences(&read(&dev));
        let (mut right, mut all) = (0usize, 0usize);
        for s in &dev {
            let forms: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
            for (got, (_, want)) in tagger.tag(&forms).into_iter().zip(s) {
                right += usize::from(got == *want);
                all += 1;
            }
        }
        eprintln!("held out: {right} of {all} words right, {:.4}", right as f64 / all as f64);
    }
}
