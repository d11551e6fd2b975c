//! The trained model: for each feature (its hash), the weights it gives some of the tags.

use std::sync::OnceLock;

use super::features::{features, Word};
use super::Upos;

/// The file's first bytes.
pub(super) const MAGIC: &[u8; 5] = b"BRTG2";

/// A part-of-speech tagger in two passes: the first tags each word from the words around it
/// and the tags before it; the second, the same with the first pass's tags after it too.
#[derive(Debug, Clone, PartialEq)]
pub struct Tagger {
    first: Weights,
    second: Weights,
}

/// One pass's model: features sorted by hash, each with its (tag, weight) pairs.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Weights {
    /// Open addressing over `keys`: a slot holds a feature's index + 1, or 0 (a power of two
    /// at least twice the features, so a probe ends after a few slots).
    slots: Vec<u32>,
    keys: Vec<u32>,
    /// Where each feature's pairs start in `tags` / `weights` (one more entry than `keys`).
    starts: Vec<u32>,
    tags: Vec<u8>,
    weights: Vec<i16>,
}

impl Tagger {
    /// The English tagger trained on the UD English Web Treebank (`models/tagger.bin`).
    pub fn english() -> &'static Tagger {
        static MODEL: OnceLock<Tagger> = OnceLock::new();
        MODEL.get_or_init(|| Tagger::from_bytes(include_bytes!("../../models/tagger.bin")).unwrap_or_else(Tagger::empty))
    }

    /// A tagger with no features (every word gets the same tag).
    fn empty() -> Tagger {
        Tagger { first: Weights::empty(), second: Weights::empty() }
    }

    /// Reads a model file; `None` when it is not one.
    pub fn from_bytes(b: &[u8]) -> Option<Tagger> {
        let rest = b.strip_prefix(MAGIC.as_slice())?;
        let (first, rest) = Weights::read(rest)?;
        let (second, rest) = Weights::read(rest)?;
        rest.is_empty().then_some(Tagger { first, second })
    }

    /// The model file of the two passes' tables.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn to_bytes(first: &[(u32, u8, i16)], second: &[(u32, u8, i16)]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        Weights::write(first, &mut out);
        Weights::write(second, &mut out);
        out
    }

    /// The tag of each word of a sentence (its tokens, in order).
    pub fn tag<S: AsRef<str>>(&self, words: &[S]) -> Vec<Upos> {
        let words: Vec<Word> = words.iter().map(|w| Word::new(w.as_ref())).collect();
        let first = self.first.greedy(&words, None);
        self.second.greedy(&words, Some(&first))
    }
}

impl Weights {
    /// The table of (feature, tag, weight) entries, as a file would give it.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn from_entries(entries: &[(u32, u8, i16)]) -> Weights {
        let mut bytes = Vec::new();
        Weights::write(entries, &mut bytes);
        Weights::read(&bytes).map_or_else(Weights::empty, |(w, _)| w)
    }

    pub(super) fn empty() -> Weights {
        Weights { slots: vec![0], keys: Vec::new(), starts: vec![0], tags: Vec::new(), weights: Vec::new() }
    }

    /// One pass's table and the bytes after it.
    fn read(rest: &[u8]) -> Option<(Weights, &[u8])> {
        let n = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let rest = &rest[4..];
        let keys: Vec<u32> = rest.get(..4 * n)?.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let counts = rest.get(4 * n..5 * n)?;
        let total: usize = counts.iter().map(|&c| usize::from(c)).sum();
        let pairs = rest.get(5 * n..5 * n + 3 * total)?;
        let after = &rest[5 * n + 3 * total..];
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return None;
        }
        let mut starts = Vec::with_capacity(n + 1);
        let mut at = 0u32;
        starts.push(0);
        for &c in counts {
            at += u32::from(c);
            starts.push(at);
        }
        let tags: Vec<u8> = pairs.chunks_exact(3).map(|p| p[0]).collect();
        if tags.iter().any(|&t| usize::from(t) >= Upos::ALL.len()) {
            return None;
        }
        let weights = pairs.chunks_exact(3).map(|p| i16::from_le_bytes([p[1], p[2]])).collect();
        let mut slots = vec![0u32; (2 * n).next_power_of_two().max(1)];
        let mask = slots.len() - 1;
        for (k, &key) in keys.iter().enumerate() {
            let mut at = slot(key, mask);
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = k as u32 + 1;
        }
        Some((Weights { slots, keys, starts, tags, weights }, after))
    }

    /// Writes a table of (feature, tag, weight), any order; weights of 0 are left out.
    #[cfg(not(target_arch = "wasm32"))]
    fn write(entries: &[(u32, u8, i16)], out: &mut Vec<u8>) {
        let mut e: Vec<(u32, u8, i16)> = entries.iter().copied().filter(|x| x.2 != 0).collect();
        e.sort_unstable();
        let mut keys: Vec<u32> = Vec::new();
        let mut counts: Vec<u8> = Vec::new();
        for &(k, ..) in &e {
            if keys.last() != Some(&k) {
                keys.push(k);
                counts.push(0);
            }
            *counts.last_mut().unwrap_or(&mut 0) += 1;
        }
        out.extend((keys.len() as u32).to_le_bytes());
        keys.iter().for_each(|k| out.extend(k.to_le_bytes()));
        out.extend(&counts);
        for &(_, t, w) in &e {
            out.push(t);
            out.extend(w.to_le_bytes());
        }
    }

    /// The summed weights of `feats` for each tag.
    pub(super) fn scores(&self, feats: &[u32]) -> [i32; 17] {
        let mut s = [0i32; 17];
        for &f in feats {
            if let Some(k) = self.find(f) {
                for j in self.starts[k] as usize..self.starts[k + 1] as usize {
                    s[usize::from(self.tags[j])] += i32::from(self.weights[j]);
                }
            }
        }
        s
    }

    /// The index of feature `f`, if the model has it.
    fn find(&self, f: u32) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut at = slot(f, mask);
        loop {
            match self.slots[at] {
                0 => return None,
                k if self.keys[k as usize - 1] == f => return Some(k as usize - 1),
                _ => at = (at + 1) & mask,
            }
        }
    }

    /// Tags the words left to right, each seeing the tags given before it (and `after`, a first
    /// pass's tags, in the second pass).
    pub(super) fn greedy(&self, words: &[Word], after: Option<&[Upos]>) -> Vec<Upos> {
        let mut out: Vec<Upos> = Vec::with_capacity(words.len());
        let mut feats = Vec::new();
        for i in 0..words.len() {
            let p1 = i.checked_sub(1).map(|k| out[k]);
            let p2 = i.checked_sub(2).map(|k| out[k]);
            features(words, i, p1, p2, after, &mut feats);
            out.push(best(&self.scores(&feats)));
        }
        out
    }
}

/// The highest-scoring tag (the first of equals).
pub(super) fn best<T: PartialOrd + Copy>(scores: &[T; 17]) -> Upos {
    let mut k = 0;
    for j in 1..17 {
        if scores[j] > scores[k] {
            k = j;
        }
    }
    Upos::ALL[k]
}

/// A feature's first slot: its hash mixed once more (Fibonacci hashing), masked.
fn slot(f: u32, mask: usize) -> usize {
    (f.wrapping_mul(0x9E37_79B9) >> 7) as usize & mask
}
