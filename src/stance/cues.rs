//! The cue table: word sequences that state conduct, with their polarity, their hedge and how
//! the action follows them; the gate's word sets are derived from it at compile time.

use super::model::{Hedge, Polarity};
use super::words::{make_word, matches_at, word_ranges, Word};
use crate::lexicon::{word_hash, WordSet};

/// A cue: a word sequence, its polarity, its hedge and how the action follows it.
pub(super) struct Cue {
    /// The words, lower case.
    pub(super) words: &'static [&'static str],
    /// What the cue states.
    pub(super) polarity: Polarity,
    /// How firmly.
    pub(super) hedge: Hedge,
    /// How the action reads after it.
    pub(super) frame: Frame,
}

/// How a cue frames its action, where it does more than precede it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Frame {
    /// The action follows the cue.
    Plain,
    /// The cue follows its subject, which is the action ("the deployment of troops is under
    /// consideration" → "deploy troops").
    Subject,
    /// The cue names the conduct itself: the action is this, then what follows ("making
    /// contingency plans in case …").
    Conduct(&'static str),
    /// Opposition to a measure (a noun phrase) is a refusal to do this to it ("accept").
    Refusal(&'static str),
    /// Under consideration: a noun phrase after it is what is considered ("consider a levy").
    Consideration(&'static str),
    /// A continuation is the row ("continue to offer free repairs").
    Continuation(&'static str),
    /// A schedule ("is to", "are to"): no plan before a figure ("is to nine months").
    Schedule,
    /// A commitment made in the past whose object is what is committed ("pledged $750m",
    /// "has promised them £8.1bn"): the row is this verb and its object; not before a clause
    /// ("promised that …"), a preposition or a break, nor in a passive or a relative clause.
    Commitment(&'static str),
}

impl Cue {
    /// Whether the cue is a past commitment with its object ([`Frame::Commitment`]).
    pub(super) fn frame_is_commitment(&self) -> bool {
        matches!(self.frame, Frame::Commitment(_))
    }
}

/// A cue with a frame of its own.
const fn framed(polarity: Polarity, words: &'static [&'static str], hedge: Hedge, frame: Frame) -> Cue {
    Cue { words, polarity, hedge, frame }
}
/// A WILL cue whose action follows it.
const fn will(words: &'static [&'static str], hedge: Hedge) -> Cue {
    framed(Polarity::Will, words, hedge, Frame::Plain)
}
/// A WON'T cue whose action follows it.
const fn wont(words: &'static [&'static str], hedge: Hedge) -> Cue {
    framed(Polarity::Wont, words, hedge, Frame::Plain)
}

/// Cues in priority order: longer and more specific first.
pub(super) const CUES: &[Cue] = &[
    wont(&["insufficient", "to"], Hedge::Certain),
    wont(&["too", "small", "to"], Hedge::Certain),
    wont(&["reluctance", "to"], Hedge::Considered),
    wont(&["reluctant", "to"], Hedge::Considered),
    wont(&["unwilling", "to"], Hedge::Certain),
    wont(&["refused", "to"], Hedge::Certain),
    wont(&["refuses", "to"], Hedge::Certain),
    wont(&["refuse", "to"], Hedge::Certain),
    wont(&["ruled", "out"], Hedge::Certain),
    wont(&["rules", "out"], Hedge::Certain),
    framed(Polarity::Wont, &["opposition", "to"], Hedge::Certain, Frame::Refusal("accept")),
    wont(&["no", "plans", "to"], Hedge::Certain),
    wont(&["no", "longer"], Hedge::Certain),
    wont(&["suspended", "plans", "to"], Hedge::Certain),
    wont(&["scrapped", "plans", "to"], Hedge::Certain),
    wont(&["abandoned", "plans", "to"], Hedge::Certain),
    will(&["efforts", "to"], Hedge::Planned),
    will(&["effort", "to"], Hedge::Planned),
    will(&["plans", "include"], Hedge::Proposed),
    will(&["proposals", "include"], Hedge::Proposed),
    will(&["plans", "to"], Hedge::Planned),
    will(&["plan", "to"], Hedge::Planned),
    will(&["planning", "to"], Hedge::Planned),
    will(&["intends", "to"], Hedge::Planned),
    will(&["intend", "to"], Hedge::Planned),
    will(&["aims", "to"], Hedge::Planned),
    will(&["aim", "to"], Hedge::Planned),
    will(&["set", "to"], Hedge::Planned),
    will(&["due", "to"], Hedge::Planned),
    will(&["expected", "to"], Hedge::Planned),
    will(&["going", "to"], Hedge::Planned),
    will(&["agreed", "to"], Hedge::Certain),
    will(&["pledged", "to"], Hedge::Certain),
    will(&["promised", "to"], Hedge::Certain),
    framed(Polarity::Will, &["pledged"], Hedge::Certain, Frame::Commitment("pledge")),
    framed(Polarity::Will, &["promised"], Hedge::Certain, Frame::Commitment("promise")),
    will(&["vowed", "to"], Hedge::Certain),
    will(&["designed", "to"], Hedge::Proposed),
    will(&["intended", "to"], Hedge::Proposed),
    framed(Polarity::Will, &["continue", "to"], Hedge::Certain, Frame::Continuation("continue to")),
    framed(Polarity::Will, &["continues", "to"], Hedge::Certain, Frame::Continuation("continue to")),
    framed(Polarity::Will, &["considering"], Hedge::Considered, Frame::Consideration("consider")),
    framed(Polarity::Will, &["under", "consideration"], Hedge::Considered, Frame::Subject),
    will(&["strategy", "involves"], Hedge::Planned),
    will(&["wants", "to"], Hedge::Planned),
    will(&["want", "to"], Hedge::Planned),
    will(&["wanted", "to"], Hedge::Planned),
    will(&["seeks", "to"], Hedge::Planned),
    will(&["hopes", "to"], Hedge::Considered),
    will(&["committed", "to"], Hedge::Certain),
    will(&["ready", "to"], Hedge::Considered),
    will(&["standby", "to"], Hedge::Considered),
    will(&["standby", "in", "case"], Hedge::Considered),
    framed(Polarity::Will, &["contingency", "plans"], Hedge::Considered, Frame::Conduct("make contingency plans")),
    will(&["will"], Hedge::Certain),
    will(&["'ll"], Hedge::Certain),
    will(&["won't"], Hedge::Certain),
    will(&["shall"], Hedge::Certain),
    will(&["would"], Hedge::Proposed),
    will(&["wouldn't"], Hedge::Proposed),
    will(&["could"], Hedge::Considered),
    will(&["may"], Hedge::Considered),
    will(&["might"], Hedge::Considered),
    wont(&["should", "not"], Hedge::Considered),
    will(&["can"], Hedge::Considered),
    framed(Polarity::Will, &["is", "to"], Hedge::Certain, Frame::Schedule),
    framed(Polarity::Will, &["are", "to"], Hedge::Certain, Frame::Schedule),
];

/// Word sequences other than cues that can give a row: contrasts ("rather than", "instead
/// of") and cue-less plan statements ("do not include").
pub(super) const OTHER_ROWS: &[&[&str]] = &[&["rather", "than"], &["instead", "of"], &["do", "not", "include"], &["does", "not", "include"]];

// The gate's word sets, derived from CUES and OTHER_ROWS at compile time.

/// Which word of a pattern a derived set holds.
#[derive(Clone, Copy)]
enum Pick {
    /// The first word of a cue (of CUES only).
    First,
    /// The word of a one-word pattern.
    Only,
    /// The last word of a pattern of two or more.
    Last,
    /// The next-to-last word of a pattern of two or more.
    NextToLast,
}

const PATTERNS: usize = CUES.len() + OTHER_ROWS.len();

const fn pattern(k: usize) -> &'static [&'static str] {
    if k < CUES.len() {
        CUES[k].words
    } else {
        OTHER_ROWS[k - CUES.len()]
    }
}

const fn picked(k: usize, pick: Pick) -> Option<&'static str> {
    let p = pattern(k);
    let n = p.len();
    match pick {
        Pick::First if k < CUES.len() && n >= 1 => Some(p[0]),
        Pick::Only if n == 1 => Some(p[0]),
        Pick::Last if n >= 2 => Some(p[n - 1]),
        Pick::NextToLast if n >= 2 => Some(p[n - 2]),
        _ => None,
    }
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `a < b` as `str`'s `Ord` has it (byte order), for the sorted [`CUE_STARTS`].
const fn before(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// The distinct words of `pick`, sorted, in the first `n` slots of an array of 256.
const fn gather(pick: Pick) -> ([&'static str; 256], usize) {
    let mut out = [""; 256];
    let mut n = 0;
    let mut k = 0;
    while k < PATTERNS {
        if let Some(w) = picked(k, pick) {
            let mut seen = false;
            let mut j = 0;
            while j < n {
                seen |= same(out[j], w);
                j += 1;
            }
            if !seen {
                // Insertion in order.
                let mut at = n;
                while at > 0 && before(w, out[at - 1]) {
                    out[at] = out[at - 1];
                    at -= 1;
                }
                out[at] = w;
                n += 1;
            }
        }
        k += 1;
    }
    (out, n)
}

const fn derive<const N: usize>(pick: Pick) -> [&'static str; N] {
    let (all, n) = gather(pick);
    assert!(n == N);
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = all[i];
        i += 1;
    }
    out
}

/// The first words of the cues in [`CUES`], sorted for a binary search (a long `match` on
/// strings compiles to one comparison after another at the size-optimised level of the page
/// build).
pub(super) const CUE_STARTS: [&str; gather(Pick::First).1] = derive(Pick::First);
const ONE_WORD_CUES: [&str; gather(Pick::Only).1] = derive(Pick::Only);
const LAST_WORDS: [&str; gather(Pick::Last).1] = derive(Pick::Last);
const NEXT_TO_LAST_WORDS: [&str; gather(Pick::NextToLast).1] = derive(Pick::NextToLast);
/// The cues of one word, and the last two words of the longer cues and of [`OTHER_ROWS`]: a
/// word can end a cue only if it is in the first set, or in the second with the word before it
/// in the third.
static ONE_WORD_SET: WordSet<32> = WordSet::new(&ONE_WORD_CUES);
static LAST_SET: WordSet<32> = WordSet::new(&LAST_WORDS);
static NEXT_TO_LAST_SET: WordSet<128> = WordSet::new(&NEXT_TO_LAST_WORDS);

/// Whether `w` is the first word of a cue in [`CUES`].
pub(super) fn starts_cue(w: &str) -> bool {
    CUE_STARTS.binary_search(&w).is_ok()
}

/// The cue that starts at word `i`, if any (the first in [`CUES`]' order).
pub(super) fn cue_at(ws: &[Word], i: usize) -> Option<&'static Cue> {
    starts_cue(&ws[i].lower).then(|| CUES.iter().find(|c| matches_at(ws, i, c.words))).flatten()
}

/// For each first byte, the lengths (bit `n - 1` for `n` bytes) of the words of
/// [`ONE_WORD_CUES`] and [`LAST_WORDS`] that open with it: a word of another shape can end no
/// pattern, and the gate reads no further into it.
const END_SHAPES: [u16; 256] = {
    let mut shapes = [0u16; 256];
    let mut k = 0;
    while k < ONE_WORD_CUES.len() + LAST_WORDS.len() {
        let w = if k < ONE_WORD_CUES.len() { ONE_WORD_CUES[k] } else { LAST_WORDS[k - ONE_WORD_CUES.len()] };
        let b = w.as_bytes();
        assert!(!b.is_empty() && b.len() <= 16);
        shapes[b[0] as usize] |= 1 << (b.len() - 1);
        k += 1;
    }
    shapes
};

/// Whether `text` holds a cue or one of [`OTHER_ROWS`]: the reader gives no row
/// without one. Reads the words as [`words`](super::words::words) does, without allocating a word list: most
/// sentences of an article have no cue, and this gate is their whole cost. (A word is
/// lower-cased and hashed only when its first byte and length are those of a word that ends a
/// pattern, [`END_SHAPES`]; the words before it only when it is one.)
pub(super) fn may_give_rows(text: &str) -> bool {
    // The last three words (a ring: the latest at `at`): their trimmed bytes in `text`, and
    // lower-cased in `last` once read (`copied`); a word longer than any cue's is kept empty.
    const MAX: usize = 16;
    let mut last = [[0u8; MAX]; 3];
    let mut lens = [0usize; 3];
    let mut from = [0usize; 3];
    let mut copied = [true; 3];
    let mut at = 2;
    let b = text.as_bytes();
    for (s, end) in word_ranges(text) {
        let next = (at + 1) % 3;
        if b[s..end].is_ascii() {
            // Trimmed of apostrophes and hyphens; `words` drops a word without a letter or
            // digit, which is one that trims to nothing.
            let (mut first, mut last_byte) = (s, end);
            while first < last_byte && matches!(b[first], b'\'' | b'-') {
                first += 1;
            }
            while last_byte > first && matches!(b[last_byte - 1], b'\'' | b'-') {
                last_byte -= 1;
            }
            if first == last_byte {
                continue;
            }
            let n = last_byte - first;
            lens[next] = if n <= MAX { n } else { 0 };
            from[next] = first;
            copied[next] = false;
        } else {
            let l = make_word(text, s, end).lower;
            if !l.chars().any(char::is_alphanumeric) {
                continue;
            }
            let n = l.len();
            if n <= MAX {
                last[next][..n].copy_from_slice(l.as_bytes());
            }
            lens[next] = if n <= MAX { n } else { 0 };
            copied[next] = true;
        }
        at = next;
        let n = lens[at];
        if n == 0 {
            continue;
        }
        let first = if copied[at] { last[at][0] } else { b[from[at]].to_ascii_lowercase() };
        if END_SHAPES[usize::from(first)] & (1 << (n - 1)) == 0 {
            continue;
        }
        // The ring's words lower-cased where they are not yet.
        for k in 0..3 {
            if !copied[k] {
                let w = &mut last[k][..lens[k]];
                w.copy_from_slice(&b[from[k]..from[k] + lens[k]]);
                w.make_ascii_lowercase();
                copied[k] = true;
            }
        }
        let word = |k: usize| &last[k][..lens[k]];
        let hash = word_hash(word(at));
        if ONE_WORD_SET.contains_hashed(word(at), hash) {
            return true;
        }
        let before = (at + 2) % 3;
        if !LAST_SET.contains_hashed(word(at), hash) || !NEXT_TO_LAST_SET.contains_bytes(word(before)) {
            continue;
        }
        // Pattern words from the last back, against the ring from `at` back.
        let ends = |pat: &[&str]| {
            pat.len() <= 3
                && pat.iter().rev().enumerate().all(|(k, p)| {
                    let w = word((at + 3 - k) % 3);
                    !w.is_empty() && p.as_bytes() == w
                })
        };
        if CUES.iter().any(|c| ends(c.words)) || OTHER_ROWS.iter().any(|p| ends(p)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_derived_sets_are_what_the_gate_needs() {
        assert!(CUE_STARTS.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
        for c in CUES.iter().map(|c| c.words).chain(OTHER_ROWS.iter().copied()) {
            match c {
                [one] => assert!(ONE_WORD_SET.contains(one), "{c:?}"),
                [.., before, last] => assert!(LAST_SET.contains(last) && NEXT_TO_LAST_SET.contains(before), "{c:?}"),
                [] => unreachable!(),
            }
        }
        for c in CUES {
            assert!(starts_cue(c.words[0]), "{:?}", c.words);
        }
        // Nothing that ends no pattern.
        assert!(!LAST_SET.contains("bridge") && !ONE_WORD_SET.contains("to") && !starts_cue("bridge"));
    }
}
