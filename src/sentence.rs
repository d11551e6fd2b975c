//! Sentence splitting over byte spans of the source.
//!
//! A break comes after a run of terminal punctuation (`. ! ? …` and the CJK full stops), with
//! the closing quotes and brackets that follow it, when white space follows — except after an
//! abbreviation ("Mr.", "U.S. President", "No. 5"), an initial ("J. K. Rowling"), or before a
//! lower-case word in text that is otherwise capitalised ("Pack a torch... and batteries").
//! Decimals, amounts, URLs and e-mail addresses have no white space after their dots, so they
//! never break. CJK full stops break with or without white space.

use crate::lexicon::{is_abbreviation, is_stop_word, BEFORE_ORDINAL, GERMAN_MONTH_NAMES, MONTH_NAMES, NUMBER_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS};
use crate::text::{is_space, trim, Span};

/// How the splitter treats a lower-case word after a full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Splitter {
    /// The text is lower-cased throughout (as CNN/DailyMail's is): a lower-case word after a
    /// full stop may start a sentence.
    pub lower_case: bool,
}

impl Splitter {
    /// A splitter suited to `text`: lower-case mode when most full stops are followed by a
    /// lower-case word.
    pub fn for_text(text: &str) -> Self {
        let (mut lower, mut upper) = (0usize, 0usize);
        // The first letter after each full stop followed by spaces (a byte scan: this reads
        // the whole text).
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some(p) = bytes[from..].iter().position(|&b| b == b'.') {
            let dot = from + p;
            let mut j = dot + 1;
            while bytes.get(j) == Some(&b' ') {
                j += 1;
            }
            if j > dot + 1 {
                if let Some(c) = text[j..].chars().next().filter(|c| c.is_alphabetic()) {
                    if c.is_lowercase() {
                        lower += 1;
                    } else if c.is_uppercase() {
                        upper += 1;
                    }
                }
            }
            from = dot + 1;
        }
        Splitter { lower_case: lower > upper }
    }

    /// The sentences of `span` in `source`, trimmed, in order. Blank input gives none.
    pub fn split(&self, source: &str, span: Span) -> Vec<Span> {
        let text = span.slice(source);
        let chars: Vec<(usize, char)> =
            if text.is_ascii() { text.bytes().enumerate().map(|(i, b)| (i, char::from(b))).collect() } else { text.char_indices().collect() };
        let mut out = Vec::new();
        let mut start = 0usize;
        let mut i = 0usize;
        while i < chars.len() {
            let c = chars[i].1;
            if !is_terminal(c) {
                i += 1;
                continue;
            }
            let run_start = i;
            while i < chars.len() && is_terminal(chars[i].1) {
                i += 1;
            }
            let run_end = i;
            while i < chars.len() && is_closer(chars[i].1) {
                i += 1;
            }
            let end = chars.get(i).map_or(text.len(), |&(o, _)| o);
            let cjk = chars[run_start..run_end].iter().any(|&(_, c)| is_cjk_terminal(c));
            let spaced = i >= chars.len() || is_space(chars[i].1);
            if !(spaced || cjk) {
                continue;
            }
            let mut k = i;
            while k < chars.len() && is_space(chars[k].1) {
                k += 1;
            }
            let next = chars.get(k).map(|&(_, c)| c);
            if !cjk && !self.breaks(text, &chars, run_start, run_end, k, next) {
                continue;
            }
            push(&mut out, source, span.start + start, span.start + end);
            start = end;
        }
        push(&mut out, source, span.start + start, span.end);
        out
    }

    /// Whether the terminal run `chars[run_start..run_end]`, followed by white space and then
    /// `next` (at `chars[next_at]`), ends a sentence.
    fn breaks(&self, text: &str, chars: &[(usize, char)], run_start: usize, run_end: usize, next_at: usize, next: Option<char>) -> bool {
        let Some(next) = next else { return true };
        let run: String = chars[run_start..run_end].iter().map(|&(_, c)| c).collect();
        let ellipsis = crate::text::contains(&run, "...") || run.contains('…');
        let next_lower = next.is_lowercase();
        if ellipsis {
            return !next_lower;
        }
        if run == "." {
            let word = word_before(text, chars[run_start].0);
            let lower = crate::text::lower(word);
            if !lower.is_empty() && is_abbreviation(&lower) {
                if NUMBER_ABBREVIATIONS.contains(&lower.as_str()) {
                    return !next.is_ascii_digit() && (!next_lower || self.lower_case);
                }
                if SENTENCE_FINAL_ABBREVIATIONS.contains(&lower.as_str()) {
                    return next_word_is_stop(chars, next_at) || (next.is_uppercase() && !is_name_like(chars, next_at));
                }
                return false;
            }
            // An ordinal's dot: a day before its month ("am 4. November", "12. März 1950"), or
            // a number after a German article or preposition ("der 1. FC", "vom 9. bis 23.").
            if (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) && ordinal(text, chars, run_start, next_at) {
                return false;
            }
            // An initial: one capital letter ("J. K. Rowling"), or dotted letters ("a.k.a.").
            let mut letters = word.chars().filter(|c| *c != '.');
            let first = letters.next();
            if first.is_some_and(|c| c.is_uppercase()) && letters.next().is_none() {
                return false;
            }
            if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1) {
                return next.is_uppercase() && next_word_is_stop(chars, next_at);
            }
        }
        if next_lower && !self.lower_case {
            return false;
        }
        // "...said the firm (see p. 3)." style continuations: a closing bracket or comma next.
        !matches!(next, ',' | ';' | ':' | ')' | ']')
    }
}

/// Whether the number that ends at `chars[run_start]` is an ordinal: the next word is a
/// month's name (English or German), or the word before the number is a German article or
/// preposition.
fn ordinal(text: &str, chars: &[(usize, char)], run_start: usize, next_at: usize) -> bool {
    let next = crate::text::lower(&word_at(chars, next_at));
    if MONTH_NAMES.contains(&next.as_str()) || GERMAN_MONTH_NAMES.contains(&next.as_str()) {
        return true;
    }
    let number_at = chars[run_start].0;
    let before = text[..number_at].trim_end_matches(|c: char| c.is_ascii_digit());
    let trimmed = before.trim_end();
    trimmed.len() < before.len() && BEFORE_ORDINAL.contains(&crate::text::lower(word_before(trimmed, trimmed.len())).as_str())
}

fn push(out: &mut Vec<Span>, source: &str, start: usize, end: usize) {
    let s = trim(source, Span::new(start, end));
    if !s.is_empty() {
        out.push(s);
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉') || is_cjk_terminal(c)
}

fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '›' | '」' | '』' | '）' | '*' | '_')
}

/// The word that ends at byte `at` of `text` (letters, digits, inner dots and apostrophes),
/// without leading brackets or quotes.
fn word_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let begin =
        head.char_indices().rev().find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '’' || c == '-')).map_or(0, |(i, c)| i + c.len_utf8());
    head[begin..].trim_start_matches(['.', '\'', '’', '-'])
}

fn word_at(chars: &[(usize, char)], at: usize) -> String {
    chars[at.min(chars.len())..].iter().map(|&(_, c)| c).take_while(|c| c.is_alphabetic() || *c == '\'').flat_map(char::to_lowercase).collect()
}

/// The next word is a function word that commonly opens a sentence ("The", "It", "But"), not
/// one that continues a clause ("were", "to", "and").
fn next_word_is_stop(chars: &[(usize, char)], at: usize) -> bool {
    const CONTINUATIONS: &[&str] = &[
        "and", "are", "as", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might", "must", "of", "or",
        "should", "than", "to", "was", "were", "will", "would",
    ];
    let w = word_at(chars, at);
    !w.is_empty() && is_stop_word(&w) && !CONTINUATIONS.contains(&w.as_str())
}

/// A capitalised word that is not a common sentence opener: likely a name continuing the
/// phrase ("U.S. President", "Acme Inc. Chairman").
fn is_name_like(chars: &[(usize, char)], at: usize) -> bool {
    let w = word_at(chars, at);
    !w.is_empty() && !is_stop_word(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `span` of `source` with a splitter suited to the whole `source`.
    fn split(source: &str, span: Span) -> Vec<Span> {
        Splitter::for_text(source).split(source, span)
    }

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len())).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            ("Mr. Smith went to Washington. He left.", &["Mr. Smith went to Washington.", "He left."]),
            ("Dr. Jones and Gen. Lee met.", &["Dr. Jones and Gen. Lee met."]),
            ("The U.S. President spoke. Then he left.", &["The U.S. President spoke.", "Then he left."]),
            ("He lives in the U.S. The plan failed.", &["He lives in the U.S.", "The plan failed."]),
            ("Use tools, e.g. hammers. Done.", &["Use tools, e.g. hammers.", "Done."]),
            ("That is, i.e. the end. Yes.", &["That is, i.e. the end.", "Yes."]),
            ("He was No. 5 in the list. Next.", &["He was No. 5 in the list.", "Next."]),
            ("It opened on Jan. 5 this year. Fine.", &["It opened on Jan. 5 this year.", "Fine."]),
            ("J. K. Rowling wrote it. Then more.", &["J. K. Rowling wrote it.", "Then more."]),
            ("It grew 3.5% to $1.5bn. Shares rose.", &["It grew 3.5% to $1.5bn.", "Shares rose."]),
            ("Pack a torch... and batteries. Go.", &["Pack a torch... and batteries.", "Go."]),
            ("Wait… Then it came.", &["Wait…", "Then it came."]),
            ("He said: “We will go.” They went.", &["He said: “We will go.”", "They went."]),
            ("(It was late.) Then we ate.", &["(It was late.)", "Then we ate."]),
            ("See example.com/a.b or mail a.b@c.org now. Ok.", &["See example.com/a.b or mail a.b@c.org now.", "Ok."]),
            ("Why? Because. Really!", &["Why?", "Because.", "Really!"]),
            ("“Why?” he asked.", &["“Why?” he asked."]),
            ("A heading without a stop", &["A heading without a stop"]),
            ("今日は晴れ。明日は雨。", &["今日は晴れ。", "明日は雨。"]),
            // German ordinals: a day before its month, a number after an article or a
            // preposition; and German abbreviations. A number that ends a sentence still does.
            ("Das Fest beginnt am 4. November in Berlin. Er kam.", &["Das Fest beginnt am 4. November in Berlin.", "Er kam."]),
            ("Der 1. FC Köln spielt vom 9. bis 23. Oktober. Gut.", &["Der 1. FC Köln spielt vom 9. bis 23. Oktober.", "Gut."]),
            ("Es kostet ca. 100 Euro, bzw. Geld. Nr. 5 kam z.B. heute.", &["Es kostet ca. 100 Euro, bzw. Geld.", "Nr. 5 kam z.B. heute."]),
            ("The score was 4. The crowd left.", &["The score was 4.", "The crowd left."]),
            ("I am 45. My son is 12. He plays.", &["I am 45.", "My son is 12.", "He plays."]),
            ("", &[]),
            ("   \n ", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "splitting {text:?}");
        }
    }

    #[test]
    fn lower_cased_text() {
        let text = "the u.s. army said it would go. it did not. officials in the u.s. were calm.";
        assert!(Splitter::for_text(text).lower_case);
        assert_eq!(sentences(text), ["the u.s. army said it would go.", "it did not.", "officials in the u.s. were calm."]);
    }

    #[test]
    fn spans_are_on_char_boundaries() {
        let text = "Émile said “oui.” Ça va… Bien. 😀 Done.";
        for s in split(text, Span::new(0, text.len())) {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
}
