//! A sentence's words, with their byte ranges, and the clause breaks between them.

use crate::lexicon::NEGATIONS;
use crate::text::word_runs;

/// A word of a sentence: lower-cased text and byte range within the sentence.
#[derive(Debug, Clone)]
pub(super) struct Word {
    /// Lower case, the apostrophe folded.
    pub(super) lower: String,
    /// First byte, in the sentence.
    pub(super) start: usize,
    /// One past the last byte.
    pub(super) end: usize,
}

/// The words of a sentence: runs of letters, digits, apostrophes and hyphens with a letter or
/// digit, trimmed of apostrophes and hyphens.
pub(super) fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = word_ranges(text).map(|(s, e)| make_word(text, s, e)).collect();
    out.retain(|w| w.lower.chars().any(char::is_alphanumeric));
    out
}

/// The byte ranges of the words [`words`] gives, without their lower-case copies (for a pass
/// that looks at few of them).
pub(super) fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    word_ranges(text).map(|(s, e)| trimmed(text, s, e)).filter(|&(s, e)| text[s..e].chars().any(char::is_alphanumeric))
}

/// `text[s..e]` without the apostrophes and hyphens at its ends, as a range.
fn trimmed(text: &str, s: usize, e: usize) -> (usize, usize) {
    let raw = &text[s..e];
    // (Most words have a letter or a digit at both ends: nothing to trim.)
    let ends = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    if ends(raw.as_bytes().first()) && ends(raw.as_bytes().last()) {
        return (s, e);
    }
    let start_trim = raw.len() - raw.trim_start_matches(['\'', '’', '-']).len();
    let len = raw[start_trim..].trim_end_matches(['\'', '’', '-']).len();
    (s + start_trim, s + start_trim + len)
}

/// The byte ranges of a sentence's words before trimming: runs of letters, digits,
/// apostrophes and hyphens. [`words`] and the cue gate read words through it, so the gate
/// and the reader agree on what a word is.
pub(super) fn word_ranges(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    word_runs(text, |c| c.is_ascii_alphanumeric() || c == b'\'' || c == b'-')
}

/// The word of `text[s..e]`, trimmed and lower-cased.
pub(super) fn make_word(text: &str, s: usize, e: usize) -> Word {
    let (start, end) = trimmed(text, s, e);
    let trimmed = &text[start..end];
    let lower = if trimmed.is_ascii() {
        trimmed.to_ascii_lowercase()
    } else {
        trimmed.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect()
    };
    Word { lower, start, end }
}

/// Is there a clause break (comma, semicolon, dash, colon, bracket) in `text` between two words?
pub(super) fn clause_break(text: &str, a: &Word, b: &Word) -> bool {
    let digits = |w: &Word| w.lower.bytes().all(|c| c.is_ascii_digit());
    // "35,000" is one number, not two clauses.
    if text.get(a.end..b.start) == Some(",") && digits(a) && digits(b) {
        return false;
    }
    text.get(a.end..b.start)
        .is_some_and(|g| g.contains([',', ';', ':', '(', ')', '—', '–']) || (matches!(g.trim(), "-" | "--") && g.starts_with(char::is_whitespace)))
}

/// A personal pronoun in its subject form: "he", "she", "it", "they", "we", "i", "you".
pub(super) fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

/// A negation: "not", "never", "no", "cannot", a "-n't".
pub(super) fn is_negation(w: &str) -> bool {
    NEGATIONS.contains(&w) || w.ends_with("n't")
}

/// The words of the clause before word `i`, back to a clause break.
pub(super) fn clause_words_back<'w>(text: &str, ws: &'w [Word], i: usize) -> &'w [Word] {
    let mut s = i;
    while s > 0 && !clause_break(text, &ws[s - 1], &ws[s]) {
        s -= 1;
    }
    &ws[s..i]
}

/// Whether the words from `i` are `pat`.
pub(super) fn matches_at(ws: &[Word], i: usize, pat: &[&str]) -> bool {
    pat.len() <= ws.len() - i.min(ws.len()) && pat.iter().enumerate().all(|(k, p)| ws[i + k].lower == *p)
}
