//! Training: the averaged perceptron over the features of [`super::features`], greedy as at tagging
//! time (each word sees the tags guessed before it), in a fixed shuffled order. The second
//! pass learns from first-pass tags made by models that did not see the sentence (four folds),
//! so that it learns how far to trust them.

use std::collections::HashMap;

use super::features::{tag_features, Word, STATIC};
use super::model::{best, statics, Tagger, Weights};
use super::Upos;

/// A feature's weights while training, with what averaging needs: the running total of each
/// weight over the updates and when it last changed.
struct Param {
    w: [f32; 17],
    total: [f64; 17],
    stamp: [u32; 17],
}

/// The training sentences as the passes read them: their words, tag-free features and tags.
struct Corpus {
    words: Vec<Vec<Word>>,
    fixed: Vec<Vec<[u32; STATIC]>>,
    gold: Vec<Vec<Upos>>,
}

/// How many folds make the second pass's training tags.
const FOLDS: usize = 4;

/// Trains a tagger on `sentences` (each a list of words with their tags) for `epochs` passes
/// and gives its model file (weights averaged, scaled by 100 and rounded to `i16`, those under
/// `prune` in magnitude dropped). `report` is told, for each stage and pass, the share of the
/// training words guessed right.
pub fn train_tagger(sentences: &[Vec<(String, Upos)>], epochs: usize, prune: i16, mut report: impl FnMut(&str, usize, f64)) -> Vec<u8> {
    let words: Vec<Vec<Word>> = sentences.iter().map(|s| s.iter().map(|(w, _)| Word::new(w)).collect()).collect();
    let fixed: Vec<Vec<[u32; STATIC]>> = words.iter().map(|w| statics(w)).collect();
    let gold: Vec<Vec<Upos>> = sentences.iter().map(|s| s.iter().map(|(_, t)| *t).collect()).collect();
    let corpus = Corpus { words, fixed, gold };
    let all: Vec<usize> = (0..sentences.len()).collect();
    let first = perceptron(&corpus, &all, None, epochs, prune, |e, a| report("first pass", e, a));
    // The first pass's tags of each sentence, from a model trained without it.
    let mut guessed: Vec<Vec<Upos>> = vec![Vec::new(); sentences.len()];
    for fold in 0..FOLDS {
        let train: Vec<usize> = all.iter().copied().filter(|s| s % FOLDS != fold).collect();
        let model = Weights::from_entries(&perceptron(&corpus, &train, None, epochs, prune, |_, _| {}));
        for s in (0..sentences.len()).filter(|s| s % FOLDS == fold) {
            guessed[s] = model.greedy(&corpus.words[s], &corpus.fixed[s], None);
        }
    }
    let second = perceptron(&corpus, &all, Some(&guessed), epochs, prune, |e, a| report("second pass", e, a));
    Tagger::to_bytes(&first, &second)
}

/// One pass's averaged perceptron over the sentences `which`, with `after` (first-pass tags)
/// for the second pass; its table of (feature, tag, weight).
fn perceptron(
    corpus: &Corpus,
    which: &[usize],
    after: Option<&[Vec<Upos>]>,
    epochs: usize,
    prune: i16,
    mut report: impl FnMut(usize, f64),
) -> Vec<(u32, u8, i16)> {
    let mut params: HashMap<u32, Param> = HashMap::new();
    let mut clock: u32 = 0;
    let mut order: Vec<usize> = which.to_vec();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut feats = Vec::new();
    for epoch in 0..epochs {
        // A fixed shuffle (xorshift), the same on every run.
        for k in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(k, (seed % (k as u64 + 1)) as usize);
        }
        let (mut right, mut total) = (0usize, 0usize);
        let Corpus { words, fixed, gold } = corpus;
        for &s in &order {
            let mut guessed: Vec<Upos> = Vec::with_capacity(words[s].len());
            for (i, truth) in gold[s].iter().enumerate() {
                let p1 = i.checked_sub(1).map(|k| guessed[k]);
                let p2 = i.checked_sub(2).map(|k| guessed[k]);
                tag_features(&words[s], i, p1, p2, after.map(|a| a[s].as_slice()), &mut feats);
                feats.extend_from_slice(&fixed[s][i]);
                let mut scores = [0f32; 17];
                for f in &feats {
                    if let Some(p) = params.get(f) {
                        scores.iter_mut().zip(&p.w).for_each(|(s, w)| *s += w);
                    }
                }
                let guess = best(&scores);
                clock += 1;
                if guess != *truth {
                    for &f in &feats {
                        let p = params.entry(f).or_insert(Param { w: [0.0; 17], total: [0.0; 17], stamp: [0; 17] });
                        for (t, delta) in [(*truth as usize, 1.0f32), (guess as usize, -1.0)] {
                            p.total[t] += f64::from(clock - p.stamp[t]) * f64::from(p.w[t]);
                            p.stamp[t] = clock;
                            p.w[t] += delta;
                        }
                    }
                } else {
                    right += 1;
                }
                total += 1;
                guessed.push(guess);
            }
        }
        report(epoch + 1, right as f64 / total.max(1) as f64);
    }
    let mut entries = Vec::new();
    for (&f, p) in &params {
        for t in 0..17 {
            let total = p.total[t] + f64::from(clock - p.stamp[t]) * f64::from(p.w[t]);
            let q = (total / f64::from(clock.max(1)) * 100.0).round().clamp(-32767.0, 32767.0) as i16;
            if q.abs() >= prune.max(1) {
                entries.push((f, t as u8, q));
            }
        }
    }
    entries
}
