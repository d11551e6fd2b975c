//! Text primitives that every stage shares: byte spans into the source, white space as pasted
//! text has it, lower case, word runs and counts, collapsing, and the byte scans (`find`,
//! `contains_any`) that the parser and the table reader run on every line.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` of the text a [`Document`](crate::Document) was parsed
/// from. Both ends always lie on `char` boundaries of that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Its length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when it covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// True when `other` lies inside this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text it covers (empty if it does not fit `source`).
    pub fn slice(self, source: &str) -> &str {
        source.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Shrinks `span` so it neither starts nor ends with whitespace (Unicode, zero-width and
/// non-breaking spaces included) of `source`.
pub fn trim(source: &str, span: Span) -> Span {
    let text = span.slice(source);
    let lead = text.len() - text.trim_start_matches(is_space).len();
    let trail = text.len() - text.trim_end_matches(is_space).len();
    if lead == text.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

/// Whitespace as pasted text has it: Unicode white space plus the zero-width characters and
/// the byte-order mark that browsers and PDF viewers leave in the clipboard.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return is_ascii_space(c as u8);
    }
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// The ASCII bytes that are white space (Unicode's, which `u8::is_ascii_whitespace` is not:
/// it leaves out the vertical tab).
#[inline]
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// `s` in lower case; ASCII text (nearly all of it, in English) without the Unicode tables,
/// and the ASCII runs of other text lowered in place (`str::to_lowercase` takes every char
/// through the tables: a third of a news article's parse when it held one curly quote).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // A capital sigma lowers by its context (final or not): only the standard library knows.
    if s.contains('\u{3A3}') {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let run = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..run]);
        out[from..].make_ascii_lowercase();
        rest = &rest[run..];
        if let Some(c) = rest.chars().next() {
            out.extend(c.to_lowercase());
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The byte ranges of the runs of word characters in `text`: the ASCII bytes for which
/// `ascii` holds, and any other char that is alphanumeric or a curly apostrophe. Read byte by
/// byte in ASCII; the ranker and the table's reader each give their own ASCII rule.
pub fn word_runs<'t>(text: &'t str, ascii: impl Fn(u8) -> bool + 't) -> impl Iterator<Item = (usize, usize)> + 't {
    let b = text.as_bytes();
    let mut i = 0;
    // Whether the char at `i` is part of a word, and its length.
    let part = move |i: usize| match b[i] {
        c if c < 0x80 => (ascii(c), 1),
        _ => text[i..].chars().next().map_or((false, 1), |c| (c.is_alphanumeric() || c == '’', c.len_utf8())),
    };
    std::iter::from_fn(move || {
        while i < b.len() {
            let (p, len) = part(i);
            if p {
                break;
            }
            i += len;
        }
        let start = i;
        while i < b.len() {
            let (p, len) = part(i);
            if !p {
                break;
            }
            i += len;
        }
        (i > start).then_some((start, i))
    })
}

/// Where `needle` first starts in `haystack`: a scan for its first byte, then a compare
/// (`str::find` with a string pattern brings the standard library's Two-Way searcher into the
/// wasm; [`contains`] is this scan too).
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    let last = h.len().checked_sub(n.len())?;
    let mut i = 0;
    while i <= last {
        i += h[i..=last].iter().position(|&b| b == first)?;
        if h[i + 1..i + n.len()] == *rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `text` split at the first `needle`, as `str::split_once` with a string (see [`find`]).
pub fn split_once<'t>(text: &'t str, needle: &str) -> Option<(&'t str, &'t str)> {
    find(text, needle).map(|i| (&text[..i], &text[i + needle.len()..]))
}

/// Where `needle` last starts in `haystack` (a byte scan: `str::rfind` with a string pattern
/// brings the standard library's reverse Two-Way searcher into the wasm, 1 KB for a few
/// calls on short strings).
pub fn rfind(haystack: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    (n <= haystack.len()).then_some(())?;
    (0..=haystack.len() - n).rev().find(|&i| haystack.as_bytes()[i..i + n] == *needle.as_bytes())
}

/// `text` without any number of `suffix`es at its end (as `trim_end_matches` with a string,
/// without the reverse searcher: see [`rfind`]).
pub fn trim_end_all<'t>(mut text: &'t str, suffix: &str) -> &'t str {
    while let Some(t) = text.strip_suffix(suffix).filter(|_| !suffix.is_empty()) {
        text = t;
    }
    text
}

/// Whether `needle` occurs in `haystack`: `str::contains` for the short needles and lines this
/// crate searches, without the Two-Way searcher's set-up per call, which dominated the wasm
/// profile (in the browser there is no SIMD `memchr` to hide it). Scans for the first byte,
/// then compares the rest.
pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// Whether any of `needles` occurs in `haystack` (see [`contains`]). One pass over the
/// haystack: 256-bit masks of the needles' first two and first four bytes say where a needle
/// may start, and only there are the needles compared. (With a mask of two or three bytes,
/// the common starts of English — "th", "in ", "to " — sent many bytes to the comparisons.)
/// Needles under four bytes are searched for one by one.
pub fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    // (Multiplicative hashes to 8 bits: the bytes of English letters differ in few bits.)
    let pair = |a: u8, b: u8| ((u32::from(a) << 8 | u32::from(b)).wrapping_mul(0x9E37_79B1) >> 24) as usize;
    let quad = |w: &[u8]| (u32::from_le_bytes([w[0], w[1], w[2], w[3]]).wrapping_mul(0x85EB_CA77) >> 24) as usize;
    let mut two = [0u64; 4];
    let mut four = [0u64; 4];
    for n in needles {
        let b = n.as_bytes();
        if b.len() < 4 {
            if contains(haystack, n) {
                return true;
            }
            continue;
        }
        let k = pair(b[0], b[1]);
        two[k >> 6] |= 1 << (k & 63);
        let k = quad(b);
        four[k >> 6] |= 1 << (k & 63);
    }
    let h = haystack.as_bytes();
    h.windows(4).enumerate().any(|(i, w)| {
        let k = pair(w[0], w[1]);
        two[k >> 6] & (1 << (k & 63)) != 0
            && {
                let k = quad(w);
                four[k >> 6] & (1 << (k & 63)) != 0
            }
            && needles.iter().any(|n| n.len() >= 4 && n.as_bytes()[..4] == *w && h[i..].starts_with(n.as_bytes()))
    })
}

/// Collapses runs of white space (line breaks, non-breaking spaces) to one space, drops
/// zero-width characters, and joins words hyphenated at a line break ("infra-\nstructure").
pub fn collapse(s: &str) -> String {
    let mut out = String::new();
    collapse_into(&mut out, s);
    out
}

/// [`collapse`], appended to `out`.
pub fn collapse_into(out: &mut String, s: &str) {
    // Most sentences are already collapsed: printable text with single inner spaces (a
    // non-ASCII char is checked as a char: white space, a zero-width char or a soft hyphen
    // is work for the loop below).
    let b = s.as_bytes();
    let mut prev_space = true;
    let mut plain = true;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if !((0x21..0x7F).contains(&c) || (c == b' ' && !prev_space)) {
                plain = false;
                break;
            }
            prev_space = c == b' ';
            i += 1;
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            if is_space(ch) || ch == '\u{AD}' {
                plain = false;
                break;
            }
            prev_space = false;
            i += ch.len_utf8();
        }
    }
    if plain && !prev_space {
        out.push_str(s);
        return;
    }
    let base = out.len();
    out.reserve(s.len());
    let mut gap = false;
    let mut newline = false;
    for c in s.chars() {
        if matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}') {
            continue;
        }
        if is_space(c) {
            gap = out.len() > base;
            newline |= c == '\n' || c == '\r';
        } else {
            let hyphenated = gap && newline && c.is_lowercase() && out[base..].ends_with('-') && out[base..out.len() - 1].ends_with(char::is_alphabetic);
            newline = false;
            if hyphenated {
                out.pop();
                gap = false;
            }
            if gap {
                out.push(' ');
                gap = false;
            }
            out.push(c);
        }
    }
}

/// Whether a line ends a sentence: a closing stop, question or exclamation mark, colon or
/// semicolon (CJK ones too), behind closing quotes and brackets.
pub fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
}

/// Words of `text` (runs between white space with a letter or digit), counted up to `cap`:
/// callers compare with small bounds, and long lines need not be read to the end.
pub fn words_up_to(text: &str, cap: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    let mut alnum = false;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        // ASCII bytes are read as they are; a multi-byte character is read at its first byte.
        let (space, letter) = if b < 0x80 {
            (is_ascii_space(b), b.is_ascii_alphanumeric())
        } else if b >= 0xC0 {
            let c = text[i..].chars().next().unwrap_or(' ');
            (is_space(c), c.is_alphanumeric())
        } else {
            continue;
        };
        if space {
            if in_word && alnum {
                n += 1;
                if n >= cap {
                    return cap;
                }
            }
            in_word = false;
            alnum = false;
        } else {
            in_word = true;
            alnum |= letter;
        }
    }
    (n + usize::from(in_word && alnum)).min(cap)
}

/// Words of `text`, all counted ([`words_up_to`] without a cap).
pub fn word_count(text: &str) -> usize {
    words_up_to(text, usize::MAX)
}

/// Whether `b` holds a time of day ("4:47", "10:48").
pub fn has_clock(b: &[u8]) -> bool {
    (1..b.len().saturating_sub(2)).any(|k| b[k] == b':' && b[k - 1].is_ascii_digit() && b[k + 1].is_ascii_digit() && b[k + 2].is_ascii_digit())
}

/// [`lower`] of a span of `source`.
pub fn lower_span(source: &str, span: Span) -> String {
    lower(span.slice(source))
}

/// A character of Chinese, Japanese (kana, kanji) or Korean (hangul): scripts written without
/// spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_strips_unicode_spaces() {
        let s = "\u{a0} hello\u{200b} ";
        let t = trim(s, Span::new(0, s.len()));
        assert_eq!(t.slice(s), "hello");
    }

    #[test]
    fn trim_of_blank_is_empty() {
        let s = "  \t ";
        assert!(trim(s, Span::new(0, s.len())).is_empty());
    }

    #[test]
    fn find_rfind_split_once_and_trim_end_all_agree_with_std() {
        let hays = ["", "s", "'s", "Mayor's's", "built by the council by May", "héllo wörld ö", "by", " by "];
        let needles = ["", "'s", " by ", "by", "ö", "wörld ö", "x"];
        for h in hays {
            for n in needles {
                assert_eq!(rfind(h, n), h.rfind(n), "{h:?} {n:?}");
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(split_once(h, n), h.split_once(n), "{h:?} {n:?}");
                if !n.is_empty() {
                    assert_eq!(trim_end_all(h, n), h.trim_end_matches(n), "{h:?} {n:?}");
                }
            }
        }
        assert_eq!(trim_end_all("abc", ""), "abc");
    }

    #[test]
    fn contains_agrees_with_std() {
        let hays = ["", "a", "abc", "the cookie policy", "aaab", "ab ab abc", "héllo wörld", "policy"];
        let needles = ["", "a", "b", "c", "abc", "ab", "aab", "policy", "cookie ", "wörld", "ö", "x", "abcd"];
        for h in hays {
            for n in needles {
                assert_eq!(contains(h, n), h.contains(n), "{h:?} {n:?}");
            }
        }
        let few = ["subscribe", "cookie"];
        let many = ["subscribe", "cookie", "sign up", "follow us", "ö", "policy"];
        for h in hays.iter().chain(&["read our cookie policy", "please sign up", "a plain sentence", "sign u"]) {
            assert_eq!(contains_any(h, &few), few.iter().any(|n| h.contains(n)), "{h:?}");
            assert_eq!(contains_any(h, &many), many.iter().any(|n| h.contains(n)), "{h:?}");
        }
        assert!(contains_any("a plain sentence", &["x", "y", "z", ""]));
        // Needles of every length, at the edges of the haystack.
        let sizes = ["ab", "abc", "bcd", "xyz", "cd", "abcd", "bcdef", "wxyz"];
        for h in ["", "a", "ab", "abc", "zabc", "xbcd", "cdx", "xcd", "yz", "xy", "abcd", "zabcd", "bcde", "bcdef", "xbcdef", "wxy", "vwxyz"] {
            assert_eq!(contains_any(h, &sizes), sizes.iter().any(|n| h.contains(n)), "{h:?}");
        }
    }

    #[test]
    fn lower_agrees_with_std() {
        for s in ["", "ABC", "Straße İstanbul", "“Quoted” TEXT — Ünïcode", "ΟΔΟΣ ΣΑΣ", "Ǆemal ǅ", "mixed ÀB cD"] {
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn is_space_agrees_with_unicode() {
        for c in ['\u{0}', ' ', '\t', '\n', '\r', '\x0B', '\x0C', 'a', '\u{85}', '\u{A0}', '\u{2028}', '\u{3000}', '\u{200B}', '\u{FEFF}', 'é'] {
            let expected = c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}');
            assert_eq!(is_space(c), expected, "{c:?}");
        }
    }

    #[test]
    fn slice_out_of_bounds_is_empty() {
        assert_eq!(Span::new(3, 10).slice("abc"), "");
    }
}
