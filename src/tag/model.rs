//! The trained model: for each feature (its hash), the weights it gives some of the tags.

use std::sync::OnceLock;

use super::features::{static_features, tag_features, Word, STATIC};
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

/// One pass's model in memory: an open-addressing table of features (a power of two of slots,
/// at least twice the features, so a probe ends after a slot or two), each slot holding the
/// feature's hash and where its (tag, weight) pairs are, and the pairs packed one a `u32`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Weights {
    /// (feature hash, first pair << 8 | pair count); a count of 0 marks an empty slot, and
    /// [`DENSE`] a feature with weights for many tags, whose row is `rows[first pair]`.
    slots: Vec<(u32, u32)>,
    /// tag << 16 | the weight's 16 bits.
    pairs: Vec<u32>,
    /// The weights of the features that weigh many tags, one for each tag (the frequent
    /// features: added as a row, which the compiler does a few lanes at a time).
    rows: Vec<[i16; 17]>,
}

/// The count that marks a feature stored as a row.
const DENSE: u32 = 0xFF;

/// Features with more pairs than this are stored as rows.
const SPARSE_MAX: u8 = 2;

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

    /// The tag of the first word of `phrase` read after `frame` (a phrase alone has no subject:
    /// after "to" a verb phrase's first word reads as a verb, alone as a noun as often as not).
    /// How the table's actions are checked to open with a verb (issue #19).
    pub fn opening_tag(&self, frame: &str, phrase: &str) -> Option<Upos> {
        let skip = frame.split_whitespace().count();
        self.tag_text(&format!("{frame} {phrase}")).get(skip).map(|t| t.2)
    }

    /// The tokens of a sentence of running text (words apart from their punctuation and
    /// clitics), each with its byte range in `text` and its tag.
    pub fn tag_text(&self, text: &str) -> Vec<(usize, usize, Upos)> {
        let spans = super::tokens::tokens(text);
        let forms: Vec<&str> = spans.iter().map(|&(a, b)| &text[a..b]).collect();
        spans.iter().zip(self.tag(&forms)).map(|(&(a, b), t)| (a, b, t)).collect()
    }

    /// The tag of each word of a sentence (its tokens, in order).
    pub fn tag<S: AsRef<str>>(&self, words: &[S]) -> Vec<Upos> {
        let words: Vec<Word> = words.iter().map(|w| Word::new(w.as_ref())).collect();
        let statics = statics(&words);
        let first = self.first.greedy(&words, &statics, None);
        self.second.greedy(&words, &statics, Some(&first))
    }
}

/// The tag-free features of every word.
pub(super) fn statics(words: &[Word]) -> Vec<[u32; STATIC]> {
    let mut out = vec![[0u32; STATIC]; words.len()];
    for (i, f) in out.iter_mut().enumerate() {
        static_features(words, i, f);
    }
    out
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
        Weights { slots: vec![(0, 0)], pairs: Vec::new(), rows: Vec::new() }
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
        if pairs.chunks_exact(3).any(|p| usize::from(p[0]) >= Upos::ALL.len()) || counts.contains(&0) || total >= 1 << 24 {
            return None;
        }
        let packed: Vec<u32> = pairs.chunks_exact(3).map(|p| u32::from(p[0]) << 16 | u32::from(u16::from_le_bytes([p[1], p[2]]))).collect();
        let mut slots = vec![(0u32, 0u32); (2 * n).next_power_of_two().max(1)];
        let mask = slots.len() - 1;
        let (mut start, mut sparse, mut rows) = (0usize, Vec::new(), Vec::new());
        for (&key, &count) in keys.iter().zip(counts) {
            let mut at = slot(key, mask);
            while slots[at].1 != 0 {
                at = (at + 1) & mask;
            }
            let own = &packed[start..start + usize::from(count)];
            slots[at] = if count > SPARSE_MAX {
                let mut row = [0i16; 17];
                own.iter().for_each(|&p| row[(p >> 16) as usize] = p as u16 as i16);
                rows.push(row);
                (key, ((rows.len() - 1) as u32) << 8 | DENSE)
            } else {
                sparse.extend_from_slice(own);
                (key, ((sparse.len() - own.len()) as u32) << 8 | u32::from(count))
            };
            start += usize::from(count);
        }
        Some((Weights { slots, pairs: sparse, rows }, after))
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

    /// Adds the weights of `feats` to each tag's score.
    pub(super) fn add(&self, feats: &[u32], s: &mut [i32; 17]) {
        let mask = self.slots.len() - 1;
        for &f in feats {
            let mut at = slot(f, mask);
            loop {
                let (key, place) = self.slots[at];
                if place == 0 {
                    break;
                }
                if key == f {
                    let start = (place >> 8) as usize;
                    if place & 0xFF == DENSE {
                        s.iter_mut().zip(&self.rows[start]).for_each(|(s, &w)| *s += i32::from(w));
                    } else {
                        for &p in &self.pairs[start..start + (place & 0xFF) as usize] {
                            s[(p >> 16) as usize] += i32::from(p as u16 as i16);
                        }
                    }
                    break;
                }
                at = (at + 1) & mask;
            }
        }
    }

    /// Tags the words left to right, each seeing the tags given before it (and `first`, a first
    /// pass's tags, in the second pass). The tag-free part of every word's scores is summed
    /// first: those lookups do not wait on each other.
    pub(super) fn greedy(&self, words: &[Word], statics: &[[u32; STATIC]], first: Option<&[Upos]>) -> Vec<Upos> {
        let base: Vec<[i32; 17]> = statics
            .iter()
            .map(|f| {
                let mut s = [0i32; 17];
                self.add(f, &mut s);
                s
            })
            .collect();
        let mut out: Vec<Upos> = Vec::with_capacity(words.len());
        let mut feats = Vec::new();
        for (i, base) in base.into_iter().enumerate() {
            let p1 = i.checked_sub(1).map(|k| out[k]);
            let p2 = i.checked_sub(2).map(|k| out[k]);
            tag_features(words, i, p1, p2, first, &mut feats);
            let mut s = base;
            self.add(&feats, &mut s);
            out.push(best(&s));
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
