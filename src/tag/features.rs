//! The tagger's features: each a 32-bit hash of a template's number and one or two parts
//! (a word's form, lower case, affix or shape, a tag), so the model stores numbers, not
//! strings. A word's parts are hashed once; a feature mixes their hashes.
//!
//! The features that do not depend on the tags ([`static_features`]) are the same in both
//! passes and are scored once per word, before the left-to-right pass; the others
//! ([`tag_features`]) are scored as the pass goes.

use super::Upos;
use crate::lexicon::word_hash;

/// How many tag-free features a word has.
pub(super) const STATIC: usize = 23;

/// A word as the features read it: the hashes of its parts.
pub(super) struct Word {
    lower: u32,
    /// Suffixes of 2, 3 and 4 letters.
    suffix: [u32; 4],
    prefix: [u32; 3],
    shape: u32,
    form: u32,
    /// The part after its last hyphen, if it has one.
    hyphen: Option<u32>,
}

/// A string's hash: the FNV-1a the lexicon's word sets use.
fn text_hash(s: &str) -> u32 {
    word_hash(s.as_bytes())
}

/// A feature of a template and two parts' hashes (a murmur-style mix).
fn mix(template: u32, a: u32, b: u32) -> u32 {
    let mut x = template.wrapping_mul(0x9E37_79B1) ^ a;
    x = x.rotate_left(13).wrapping_mul(0x85EB_CA77) ^ b;
    x ^= x >> 16;
    x = x.wrapping_mul(0xC2B2_AE3D);
    x ^ (x >> 13)
}

impl Word {
    /// The word of `form`: lower case (figures of four digits "!year", other all-digit words
    /// "!digits"), affixes of the lower case, and its shape ("Xx", "dd-dd", "x.x.").
    pub(super) fn new(form: &str) -> Self {
        let lower = if form.bytes().all(|b| b.is_ascii_digit()) && !form.is_empty() {
            if form.len() == 4 {
                "!year".to_string()
            } else {
                "!digits".to_string()
            }
        } else {
            form.to_lowercase()
        };
        let mut shape = String::new();
        let (mut last, mut run) = (' ', 0);
        for c in form.chars() {
            let s = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                c
            };
            run = if s == last { run + 1 } else { 1 };
            last = s;
            if run <= 2 {
                shape.push(s);
            }
        }
        let suffix = |n: usize| text_hash(&lower[lower.char_indices().rev().nth(n - 1).map_or(0, |(k, _)| k)..]);
        let prefix = |n: usize| text_hash(lower.char_indices().nth(n).map_or(lower.as_str(), |(k, _)| &lower[..k]));
        Word {
            lower: text_hash(&lower),
            suffix: [suffix(1), suffix(2), suffix(3), suffix(4)],
            prefix: [prefix(1), prefix(2), prefix(3)],
            shape: text_hash(&shape),
            form: text_hash(form),
            hyphen: lower.rsplit_once('-').map(|(_, last)| text_hash(last)),
        }
    }
}

/// The hash standing for a place before the sentence (`k` of -1, -2) or after it (`k` past the end).
fn edge(k: isize) -> u32 {
    0x5EED_0000 ^ (k as u32)
}

/// A tag's hash (`None`: before the sentence).
fn tag(t: Option<Upos>) -> u32 {
    t.map_or(0x7A6_0000, |t| 0x7A6_0001 + t as u32)
}

/// The tag-free features of word `i`, [`STATIC`] of them (a missing hyphen part gives the
/// template's empty feature).
pub(super) fn static_features(words: &[Word], i: usize, out: &mut [u32; STATIC]) {
    let near = |k: isize| -> Option<&Word> { usize::try_from(i as isize + k).ok().and_then(|j| words.get(j)) };
    let lower = |k: isize| near(k).map_or(edge(k), |w| w.lower);
    let suffix3 = |k: isize| near(k).map_or(edge(k), |w| w.suffix[2]);
    let shape = |k: isize| near(k).map_or(edge(k), |w| w.shape);
    let w = &words[i];
    *out = [
        mix(0, 0, 0),
        mix(1, w.lower, 0),
        mix(2, w.suffix[2], 0),
        mix(3, w.prefix[0], 0),
        mix(4, w.shape, 0),
        mix(9, lower(-1), 0),
        mix(10, suffix3(-1), 0),
        mix(11, lower(1), 0),
        mix(12, suffix3(1), 0),
        mix(13, lower(-2), 0),
        mix(14, lower(2), 0),
        mix(15, w.suffix[1], 0),
        mix(16, w.suffix[3], 0),
        mix(17, shape(1), 0),
        mix(18, u32::from(i == 0), w.shape),
        mix(19, lower(-1), w.lower),
        mix(20, w.lower, lower(1)),
        mix(21, w.form, 0),
        mix(22, shape(-1), w.shape),
        mix(23, w.shape, shape(1)),
        mix(25, w.prefix[1], 0),
        mix(26, w.prefix[2], 0),
        mix(27, w.hyphen.unwrap_or(0), u32::from(w.hyphen.is_none())),
    ];
}

/// The features of word `i` that read the tags: the two before it (`p1`, `p2`) and, in the
/// second pass, the first pass's tags (`first`) of it and after it.
pub(super) fn tag_features(words: &[Word], i: usize, p1: Option<Upos>, p2: Option<Upos>, first: Option<&[Upos]>, out: &mut Vec<u32>) {
    out.clear();
    let w = &words[i];
    out.extend([mix(5, tag(p1), 0), mix(6, tag(p2), 0), mix(7, tag(p1), tag(p2)), mix(8, tag(p1), w.lower), mix(24, tag(p1), w.suffix[2])]);
    if let Some(first) = first {
        let next = |k: usize| first.get(i + k).map_or(edge(k as isize + 100), |t| tag(Some(*t)));
        out.extend([
            mix(30, next(1), 0),
            mix(31, next(1), next(2)),
            mix(32, tag(p1), next(1)),
            mix(33, w.lower, next(1)),
            mix(34, w.suffix[2], next(1)),
            mix(35, next(0), 0),
        ]);
    }
}
