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
/// haystack: 4,096-bit masks of the hashes of the needles' first two and first four bytes say
/// where a needle may start, and only there are the needles compared. (With a mask of two or
/// three bytes, the common starts of English — "th", "in ", "to " — sent many bytes to the
/// comparisons; with masks of 256 bits, one place in twenty-five of a line of prose still went
/// to them against a list of fifty needles.) Needles under four bytes are searched for one by
/// one.
pub fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    // (Multiplicative hashes to 12 bits: the bytes of English letters differ in few bits.)
    let pair = |a: u8, b: u8| ((u32::from(a) << 8 | u32::from(b)).wrapping_mul(0x9E37_79B1) >> 20) as usize;
    let quad = |w: &[u8]| (u32::from_le_bytes([w[0], w[1], w[2], w[3]]).wrapping_mul(0x85EB_CA77) >> 20) as usize;
    let mut two = [0u64; 64];
    let mut four = [0u64; 64];
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

/// A character's class for word boundaries, as Unicode's word segmentation (UAX #29) has them,
/// for the scripts Brief meets ([`unspaced_words`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// A letter of a script written with spaces (Latin, Cyrillic, Hangul …).
    Letter,
    /// A decimal digit.
    Numeric,
    /// Katakana: a run of it is one word.
    Katakana,
    /// A word of one character: an ideograph, a hiragana, a letter of Thai, Lao, Myanmar or
    /// Khmer (scripts without spaces, which the segmentation leaves to a dictionary), a number
    /// sign that is not a digit.
    Single,
    /// A combining mark, a joiner, a format character: it belongs to the character before it.
    Extend,
    /// Joins letters ("·", ":").
    MidLetter,
    /// Joins digits (",", ";").
    MidNum,
    /// Joins letters or digits (".", "’", "'").
    MidNumLet,
    /// The underscore and its kin: joins letters, digits and katakana.
    ExtendNumLet,
    /// Anything else: a space, punctuation, a symbol.
    Other,
}

fn word_class(c: char) -> WordClass {
    use WordClass::*;
    match c as u32 {
        0x30..=0x39 | 0x660..=0x669 | 0x6F0..=0x6F9 | 0xE50..=0xE59 | 0xED0..=0xED9 | 0x1040..=0x1049 | 0x17E0..=0x17E9 | 0xFF10..=0xFF19 => Numeric,
        0x27 | 0x2E | 0x2018 | 0x2019 | 0x2024 | 0xFE52 | 0xFF07 | 0xFF0E => MidNumLet,
        0x3A | 0xB7 | 0x387 | 0x55F | 0x5F4 | 0x2027 | 0xFE13 | 0xFE55 | 0xFF1A => MidLetter,
        0x2C | 0x3B | 0x37E | 0x589 | 0x60C | 0x60D | 0x66C | 0x7F8 | 0x2044 | 0xFE10 | 0xFE14 | 0xFE50 | 0xFE54 | 0xFF0C | 0xFF1B => MidNum,
        0x5F | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F => ExtendNumLet,
        // (Combining diacritics; Thai, Lao, Myanmar and Khmer vowel signs and tones; kana voicing
        // marks; variation selectors; joiners, the soft hyphen and other format characters.)
        0xAD
        | 0x300..=0x36F
        | 0x483..=0x489
        | 0x591..=0x5BD
        | 0x600..=0x605
        | 0x610..=0x61A
        | 0x61C
        | 0x64B..=0x65F
        | 0x670
        | 0x6DD
        | 0xE31
        | 0xE34..=0xE3A
        | 0xE47..=0xE4E
        | 0xEB1
        | 0xEB4..=0xEBC
        | 0xEC8..=0xECE
        | 0x102B..=0x103E
        | 0x1056..=0x1059
        | 0x105E..=0x1060
        | 0x1062..=0x1064
        | 0x1067..=0x106D
        | 0x1071..=0x1074
        | 0x1082..=0x108D
        | 0x108F
        | 0x109A..=0x109D
        | 0x17B4..=0x17D3
        | 0x17DD
        | 0x180B..=0x180F
        | 0x200C..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x2064
        | 0x2066..=0x206F
        | 0x20D0..=0x20F0
        | 0x302A..=0x302F
        | 0x3099
        | 0x309A
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F
        | 0xFEFF
        | 0xFF9E
        | 0xFF9F
        | 0xFFF9..=0xFFFB
        | 0x1F3FB..=0x1F3FF
        | 0xE0001..=0xE007F
        | 0xE0100..=0xE01EF => Extend,
        // (The Indic scripts share one layout: their vowel signs, viramas and nuktas sit at the
        // same places in each block.)
        0x900..=0xDFF if matches!(c as u32 & 0x7F, 0x66..=0x6F) => Numeric,
        0x900..=0xD7F if matches!(c as u32 & 0x7F, 0x00..=0x03 | 0x3A..=0x3C | 0x3E..=0x4F | 0x51..=0x57 | 0x62..=0x63) => Extend,
        0x5F3 => Letter,
        0x30A0..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0x32D0..=0x32FE | 0x3300..=0x3357 | 0xFF66..=0xFF9D | 0x3031..=0x3035 | 0x309B | 0x309C => {
            Katakana
        }
        // (Scripts without spaces: each letter or number is a word of its own.)
        0x3006
        | 0x3007
        | 0x3021..=0x3029
        | 0x3038..=0x303B
        | 0x3041..=0x309F
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x3FFFF
        | 0xE00..=0xEFF
        | 0x1000..=0x109F
        | 0x1780..=0x17FF
        | 0x19E0..=0x19FF => {
            if c.is_alphanumeric() {
                Single
            } else {
                Other
            }
        }
        _ if c.is_alphabetic() => Letter,
        _ if c.is_numeric() => Single,
        _ => Other,
    }
}

/// The words of a text in a script written without spaces between words (Chinese, Japanese,
/// Thai …) as Unicode's word segmentation (UAX #29) finds them, the segments without a letter
/// or a digit left out: runs of letters and digits (with an apostrophe, a point or a comma
/// between two of them: "can't", "3.5", "1,000"), runs of katakana, and each ideograph, hiragana
/// or Thai letter on its own, each with its marks. (What the `unicode-segmentation` crate's
/// `unicode_words` gives, a test checks, without its tables in the page's wasm.)
pub(crate) fn unspaced_words(text: &str) -> Vec<&str> {
    use WordClass::*;
    // Units: a character and the marks after it (start, end, class).
    // (A unit closed by a pictograph after a joiner takes nothing after it.)
    let mut units: Vec<(usize, usize, WordClass, bool)> = Vec::new();
    let space = |c: char| matches!(c as u32, 0x20 | 0x1680 | 0x2000..=0x2006 | 0x2008..=0x200A | 0x205F | 0x3000);
    // (Whether the last unit is spaces alone: spaces side by side are one unit.)
    let mut spaces = false;
    for (i, c) in text.char_indices() {
        let class = word_class(c);
        let end = i + c.len_utf8();
        // (Not after a line's end, which stands alone; a pictograph after a joiner joins too.)
        let pictograph = class != Extend
            && !matches!(c as u32, 0x1F1E6..=0x1F1FF)
            && matches!(c as u32, 0xA9 | 0xAE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x2194..=0x21AA | 0x231A..=0x23FF | 0x25AA..=0x27BF | 0x2B05..=0x2B55 | 0x1F000..=0x1FFFD);
        let is_space = space(c);
        match units.last_mut() {
            Some(last) if pictograph && text[..last.1].ends_with('\u{200d}') => (last.1, last.3, spaces) = (end, false, false),
            Some(last) if is_space && spaces => last.1 = end,
            Some(last)
                if class == Extend
                    && !matches!(text.as_bytes()[last.0], b'\n' | b'\r' | 0x0B | 0x0C)
                    && !text[last.0..].starts_with(['\u{85}', '\u{2028}', '\u{2029}']) =>
            {
                (last.1, spaces) = (end, false)
            }
            _ => {
                units.push((i, end, class, true));
                spaces = is_space;
            }
        }
    }
    let joins = |a: WordClass, b: WordClass| {
        matches!(
            (a, b),
            (Letter | Numeric, Letter | Numeric)
                | (Katakana, Katakana)
                | (Letter | Numeric | Katakana | ExtendNumLet, ExtendNumLet)
                | (ExtendNumLet, Letter | Numeric | Katakana)
        )
    };
    // (A Hebrew letter takes an apostrophe after it, and a quotation mark between two: "צה\"ל".)
    let hebrew = |k: usize| text[units[k].0..].starts_with(|c: char| matches!(c as u32, 0x5D0..=0x5EA | 0x5EF..=0x5F2 | 0xFB1D | 0xFB1F..=0xFB4F));
    let mut words = Vec::new();
    let mut k = 0;
    while k < units.len() {
        let (start, mut end, first, _) = units[k];
        k += 1;
        let mut last = first;
        while matches!(first, Letter | Numeric | Katakana | ExtendNumLet) && k < units.len() && units[k - 1].3 {
            let next = units[k].2;
            // (Two units on: a mark between letters or digits, a quotation mark between Hebrew
            // letters.)
            let mid = k + 1 < units.len()
                && units[k].3
                && (matches!((last, next, units[k + 1].2), (Letter, MidLetter | MidNumLet, Letter) | (Numeric, MidNum | MidNumLet, Numeric))
                    || hebrew(k - 1) && text[units[k].0..].starts_with('"') && hebrew(k + 1));
            if mid {
                (end, last) = (units[k + 1].1, units[k + 1].2);
                k += 2;
            } else if joins(last, next) || hebrew(k - 1) && text[units[k].0..].starts_with('\'') {
                (end, last) = (units[k].1, next);
                k += 1;
            } else {
                break;
            }
        }
        let word = &text[start..end];
        if word.chars().any(char::is_alphanumeric) {
            words.push(word);
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word segmentation of scripts without spaces gives what `unicode-segmentation` gives
    /// (its oracle, natively), on texts drawn from the characters where the two could differ.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn unspaced_words_agree_with_unicode_segmentation() {
        use unicode_segmentation::UnicodeSegmentation;
        let palette: Vec<char> = "aZé9 0.,:;'’_·-\n東京都の人口はカタカナーひらがなภาษาไทยกิ่ก์ 한국어ñ\u{301}אבג\u{5b4}\"ש׳مرحبا\u{64b}ـहिन्दी\u{94d}\r\t\u{a0}ÅøΣ৫๓\u{e0001}\u{fe0f}👍🏽々〆〇½²ⅫⒶ１ａ，．：＿ー゙ຮ່ၵ်ក់😀!?()「」。、".chars().collect();
        let mut seed: u64 = 7;
        let mut next = move |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..50_000 {
            let len = 1 + next(16);
            let s: String = (0..len).map(|_| palette[next(palette.len())]).collect();
            let want: Vec<&str> = s.unicode_words().collect();
            assert_eq!(unspaced_words(&s), want, "{s:?}");
        }
        let real = "据新华社北京3月5日电，2.5%的增长。東京タワー（とうきょうタワー）は、東京都港区芝公園にある総合電波塔。ภาษาไทยเป็นภาษาราชการ 1,000 คน iPhone's U.S.A.";
        let family = "家族👨\u{200d}👩\u{200d}👧です。 東京 👍🏽 ok\u{200d}✌ फ़िल्म हिन्दी में।";
        for t in [real, family] {
            assert_eq!(unspaced_words(t), t.unicode_words().collect::<Vec<_>>(), "{t}");
        }
    }

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
