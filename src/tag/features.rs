//! The tagger's features: each a hash of a template's number and its strings (FNV-1a), so the
//! model stores numbers, not strings.

use super::Upos;

/// A word as the features read it: lower case with figures folded, its shape and affixes.
pub(super) struct Word {
    form: String,
    lower: String,
    shape: String,
}

impl Word {
    /// The word of `form`: lower case (figures of four digits "!year", other all-digit words
    /// "!digits"), and its shape ("Xx", "dd-dd", "x.x.").
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
        Word { form: form.to_string(), lower, shape }
    }

    fn suffix(&self, n: usize) -> &str {
        let at = self.lower.char_indices().rev().nth(n - 1).map_or(0, |(k, _)| k);
        &self.lower[at..]
    }

    fn prefix(&self) -> &str {
        self.lower.chars().next().map_or("", |c| &self.lower[..c.len_utf8()])
    }
}

/// FNV-1a over the template's number and its parts, each part ended by a zero byte.
fn hash(template: u8, parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |b: u8| h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    eat(template);
    for p in parts {
        for &b in p.as_bytes() {
            eat(b);
        }
        eat(0);
    }
    h
}

/// The features of word `i` of `words`, given the two tags before it, into `out`; with `after`
/// (a first pass's tags of the sentence) also the tags after it (the second pass).
pub(super) fn features(words: &[Word], i: usize, p1: Option<Upos>, p2: Option<Upos>, after: Option<&[Upos]>, out: &mut Vec<u32>) {
    out.clear();
    let at = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 {
            if j == -1 {
                "-start-"
            } else {
                "-start2-"
            }
        } else if j as usize >= words.len() {
            if j as usize == words.len() {
                "-end-"
            } else {
                "-end2-"
            }
        } else {
            &words[j as usize].lower
        }
    };
    let suffix_at = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 || j as usize >= words.len() {
            at(k)
        } else {
            words[j as usize].suffix(3)
        }
    };
    let tag = |t: Option<Upos>| t.map_or("-start-", Upos::name);
    let w = &words[i];
    out.push(hash(0, &[]));
    out.push(hash(1, &[&w.lower]));
    out.push(hash(2, &[w.suffix(3)]));
    out.push(hash(3, &[w.prefix()]));
    out.push(hash(4, &[&w.shape]));
    out.push(hash(5, &[tag(p1)]));
    out.push(hash(6, &[tag(p2)]));
    out.push(hash(7, &[tag(p1), tag(p2)]));
    out.push(hash(8, &[tag(p1), &w.lower]));
    out.push(hash(9, &[at(-1)]));
    out.push(hash(10, &[suffix_at(-1)]));
    out.push(hash(11, &[at(1)]));
    out.push(hash(12, &[suffix_at(1)]));
    out.push(hash(13, &[at(-2)]));
    out.push(hash(14, &[at(2)]));
    out.push(hash(15, &[w.suffix(2)]));
    out.push(hash(16, &[w.suffix(4)]));
    let next_shape = words.get(i + 1).map_or("-end-", |n| n.shape.as_str());
    out.push(hash(17, &[next_shape]));
    out.push(hash(18, &[if i == 0 { "first" } else { "inside" }, &w.shape]));
    out.push(hash(19, &[at(-1), &w.lower]));
    out.push(hash(20, &[&w.lower, at(1)]));
    let shape_at = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 || j as usize >= words.len() {
            "-none-"
        } else {
            &words[j as usize].shape
        }
    };
    out.push(hash(21, &[&w.form]));
    out.push(hash(22, &[shape_at(-1), &w.shape]));
    out.push(hash(23, &[&w.shape, shape_at(1)]));
    out.push(hash(24, &[tag(p1), w.suffix(3)]));
    let prefix = |n: usize| w.lower.char_indices().nth(n).map_or(w.lower.as_str(), |(k, _)| &w.lower[..k]);
    out.push(hash(25, &[prefix(2)]));
    out.push(hash(26, &[prefix(3)]));
    if let Some((_, last)) = w.lower.rsplit_once('-') {
        out.push(hash(27, &[last]));
    }
    if let Some(first) = after {
        let next = |k: usize| first.get(i + k).map_or("-end-", |t| t.name());
        out.push(hash(30, &[next(1)]));
        out.push(hash(31, &[next(1), next(2)]));
        out.push(hash(32, &[tag(p1), next(1)]));
        out.push(hash(33, &[&w.lower, next(1)]));
        out.push(hash(34, &[w.suffix(3), next(1)]));
        out.push(hash(35, &[first[i].name()]));
    }
}
