//! What a single line looks like, asked by several passes: code, a heading, a byline or
//! dateline, a table row's marks, a share bar.

use crate::lexicon::{names_month, SHARE_NETWORKS, SHARE_WORDS};
use crate::text::{ends_sentence, words_up_to};

/// The first two marks of a line (not letters, digits or spaces) when one of them is a label's
/// or a row's: ':', '(', '–', '—' or '|'. Lines of one such shape in a row are a table pasted
/// as lines ("England (Group A): 10th appearance").
pub(crate) fn marks_of(t: &str) -> Option<(char, char)> {
    let mut marks = t.chars().filter(|c| !c.is_alphanumeric() && !c.is_whitespace());
    let s = (marks.next()?, marks.next().unwrap_or(' '));
    let marked = |c: char| matches!(c, ':' | '(' | '–' | '—' | '|');
    (marked(s.0) || marked(s.1)).then_some(s)
}

/// A short line that starts like a heading (its closing punctuation aside).
pub(crate) fn heading_like_text(text: &str, max_words: usize) -> bool {
    if text.len() > 200 {
        return false;
    }
    let words = words_up_to(text, max_words + 1);
    let first = text.chars().next().unwrap_or(' ');
    (1..=max_words).contains(&words) && !text.ends_with(',') && !first.is_lowercase() && text.chars().any(char::is_alphabetic)
}

/// A byline or a date line: the credits under a headline. (One function, not inlined: the
/// page's wasm had a copy of both checks at each place that asks.)
#[inline(never)]
pub(crate) fn is_credit(text: &str) -> bool {
    is_byline(text) || is_dateline(text)
}

/// A "By Jane Doe" line.
pub(crate) fn is_byline(text: &str) -> bool {
    let t = text.trim().trim_matches(|c| matches!(c, '*' | '_'));
    let rest = t.strip_prefix("By ").or_else(|| t.strip_prefix("by "));
    // (A name of up to eight words; up to sixteen with the date or time it was posted: "by
    // Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET".)
    rest.is_some_and(|r| {
        let words = words_up_to(r, 17);
        !ends_sentence(t) && ((1..=8).contains(&words) || words <= 16 && (crate::text::has_clock(r.as_bytes()) || is_dateline(r)))
    })
}

/// A short line naming a date or time of publication.
pub(crate) fn is_dateline(text: &str) -> bool {
    // (Short first: lower case changes neither the words nor the closing punctuation. A
    // stamp of both times, "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov
    // 19, 2019", runs to sixteen words.)
    let words = words_up_to(text, 17);
    if words > 16 || ends_sentence(text) {
        return false;
    }
    let l = crate::text::lower(text);
    if l.starts_with("published") || l.starts_with("updated") {
        return true;
    }
    let has_year = l.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20")));
    words <= 10 && has_year && names_month(&l, true)
}

/// A row of share buttons pasted as a line: nothing but the buttons' words ("Share", "Icon
/// Facebook Icon Twitter Icon LinkedIn Icon Email", "Share on: Facebook Twitter Reddit"), with a
/// network or a share among them; counts between the words ("Share on Facebook0Tweet …") are ignored.
pub(crate) fn is_share_bar(l: &str) -> bool {
    let (mut any, mut n, mut share) = (false, 0, false);
    for w in l.split(|c: char| !(c.is_alphabetic() || c == '+' || c == '-')).filter(|w| !w.is_empty()) {
        n += 1;
        let w = w.trim_end_matches(['+', '-']);
        if SHARE_NETWORKS.contains(&w) {
            any = true;
            share |= w == "share" || w == "tweet";
        } else if n > 16 || !SHARE_WORDS.contains(&w) {
            return false;
        }
    }
    // (One network's name alone may be a heading: an article comparing them.)
    any && (n > 1 || share)
}

/// The length of a dateline that opens a paragraph's first sentence, to leave out of the
/// sentence: a place of up to four words and a news agency in brackets ("WASHINGTON (AP) —",
/// "Sanaa, Yemen (CNN)", "(CNN)"), or a place in capitals and a dash ("VIENNA — "); with the
/// dash and the spaces after it. 0 when there is none, or when less than three words would be
/// left.
#[inline(never)]
pub(crate) fn dateline_len(sentence: &str) -> usize {
    let after_bracket = sentence.find('(').filter(|&k| k <= 40).and_then(|open| {
        let place = &sentence[..open];
        let close = open + sentence[open..].find(')')?;
        let agency = crate::text::lower(sentence[open + 1..close].trim());
        let place_ok = words_up_to(place, 5) <= 4 && !place.contains(['.', ';', ':', '"', '“']);
        (place_ok && crate::lexicon::NEWS_AGENCIES.contains(&agency.as_str())).then_some(close + 1)
    });
    let after_capitals = || {
        let dash = ["— ", "-- ", "– "].iter().filter_map(|d| crate::text::find(sentence, d).map(|k| (k, d.len()))).min()?;
        let place = sentence[..dash.0].trim_end();
        let capitals = !place.is_empty()
            && words_up_to(place, 5) <= 4
            && place.chars().any(char::is_alphabetic)
            && place.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '\'' | '-'));
        capitals.then_some(dash.0 + dash.1)
    };
    let Some(end) = after_bracket.or_else(after_capitals) else { return 0 };
    let rest = sentence[end..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–' | ':' | ','));
    if words_up_to(rest, 3) < 3 {
        return 0;
    }
    sentence.len() - rest.len()
}
