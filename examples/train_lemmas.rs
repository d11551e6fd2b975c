//! Learns the table of verb forms whose base form the spelling rules get wrong, from a
//! CoNLL-U treebank's lemmas, and writes it (`models/lemmas.tsv`: form, tab, the edit to its
//! base form: letters cut from the end, letters added, "became 3ome").
//!
//! ```sh
//! cargo run --release --example train_lemmas -- ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu.gz models/lemmas.tsv
//! TEST=../shared/data/ud-english-ewt/en_ewt-ud-test.conllu.gz cargo run --release --example train_lemmas -- ...
//! ```
//!
//! The forms read are the treebank's gerunds and participles and past tenses (XPOS VBG, VBN,
//! VBD), the forms the table's reader turns into a base form; each form takes its most frequent
//! lemma. Participles that are their own base form ("broadcast", "put", "set") are listed too,
//! as themselves: the reader knows a passive by its participle. With `TEST`, the accuracy of the base forms on that file's such tokens is reported,
//! by the rules alone and with the table (the binary reads the table it was built with: build
//! again after writing it). The treebank is the UD English Web Treebank (CC BY-SA 4.0): see
//! NOTICE.

use std::collections::{BTreeMap, HashMap};
#[path = "common/treebank.rs"]
mod treebank;
use treebank::read;

use brief::{lemma_edit, verb_base};

/// The (form, lemma, participle) triples of a treebank's verb forms in -ing, participles and
/// past tenses, lower-cased, letters only.
fn triples(text: &str) -> Vec<(String, String, bool)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let verb = cols.len() > 4 && cols[3] == "VERB" && matches!(cols[4], "VBG" | "VBN" | "VBD") && !cols[0].contains(['-', '.']);
            let form = cols.get(1)?.to_lowercase();
            let lemma = cols.get(2)?.to_lowercase();
            let letters = form.chars().all(|c| c.is_ascii_alphabetic()) && lemma.chars().all(|c| c.is_ascii_alphabetic());
            (verb && letters).then(|| (form, lemma, cols[4] == "VBN"))
        })
        .collect()
}

/// The (form, lemma) pairs of [`triples`].
fn pairs(text: &str) -> Vec<(String, String)> {
    triples(text).into_iter().map(|(f, l, _)| (f, l)).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(train), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: train_lemmas TRAIN.conllu[.gz] OUT.tsv");
        std::process::exit(2);
    };
    let mut counts: HashMap<String, HashMap<String, usize>> = HashMap::new();
    // Participles that are their own base form ("broadcast", "put"): the table lists them too,
    // so that the reader knows them for participles.
    // (The treebank's few slips come too, "have give": harmless, as "be give" is never written.)
    let mut same: HashMap<String, usize> = HashMap::new();
    for (form, lemma, participle) in triples(&read(train)) {
        if participle && form == lemma && !form.ends_with("ed") {
            *same.entry(form.clone()).or_default() += 1;
        }
        *counts.entry(form).or_default().entry(lemma).or_default() += 1;
    }
    let mut table = BTreeMap::new();
    for (form, lemmas) in &counts {
        // (The most frequent lemma, ties to the first in order.)
        let best = lemmas.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(l, _)| l.clone()).unwrap_or_default();
        if verb_base(form, false) != best || (same.contains_key(form) && best == *form) {
            table.insert(form.clone(), best);
        }
    }
    let text: String = table.iter().filter_map(|(f, l)| lemma_edit(f, l).map(|e| format!("{f}\t{e}\n"))).collect();
    std::fs::write(out, text).expect("writable model file");
    eprintln!("{} forms read, {} exceptions written to {out}", counts.len(), table.len());
    if let Ok(test) = std::env::var("TEST") {
        let pairs = pairs(&read(&test));
        let right = |learned: bool| pairs.iter().filter(|(f, l)| verb_base(f, learned) == *l).count() as f64 / pairs.len().max(1) as f64;
        eprintln!("{test}: {} verb forms; base form right: rules {:.4}, with the table {:.4}", pairs.len(), right(false), right(true));
        // (Forms the training file does not hold: what the rules do on words not seen.)
        let unseen: Vec<&(String, String)> = pairs.iter().filter(|(f, _)| !counts.contains_key(f)).collect();
        let right = unseen.iter().filter(|(f, l)| verb_base(f, true) == *l).count();
        eprintln!("  forms not in the training file: {} tokens, base form right {:.4}", unseen.len(), right as f64 / unseen.len().max(1) as f64);
        if std::env::var("SHOW").is_ok() {
            for (f, l) in unseen.iter().filter(|(f, l)| verb_base(f, true) != *l) {
                eprintln!("    {f} -> {} (want {l})", verb_base(f, true));
            }
        }
    }
}
