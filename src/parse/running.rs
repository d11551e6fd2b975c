//! Running headers and footers, page numbers and lines the page repeats (teaser titles,
//! breadcrumbs, a gallery's captions): blanked before blocks are made, and reported as removed.

use super::blocks::wrap_width;
use super::lines::{Kind, Line};
use super::model::{Reason, Removed};
use super::shape::is_credit;
use crate::text::{ends_sentence, is_space, words_up_to};

/// Lines that repeat as running headers or footers (same text up to digits, two or more
/// times, in hard-wrapped text: a PDF's, with pages) and page numbers ("Page 3", "- 4 -",
/// "3 of 10"; a bare "12" only in hard-wrapped text): turned into blank lines and reported as
/// removed. (In a browser's paste, one paragraph a line, a line repeated with figures is the
/// text's own: a program's output in a tutorial, "0 files updated, 0 files merged".)
pub(crate) fn running_lines(source: &str, lines: &mut [Line]) -> Vec<Removed> {
    let key = |l: &Line| -> String {
        l.content.slice(source).chars().map(|c| if c.is_ascii_digit() { '#' } else { c.to_ascii_lowercase() }).filter(|c| !is_space(*c)).collect()
    };
    let wrapped = wrap_width(source, lines).is_some();
    let page_number = |t: &str| {
        let bare = t.trim_matches(|c: char| c == '-' || c == '–' || is_space(c));
        let marked = bare.len() != t.trim().len();
        let t = bare.to_ascii_lowercase();
        let paged = t.starts_with("page");
        let t = t.strip_prefix("page").unwrap_or(&t).trim().to_string();
        let mut parts = t.split(|c: char| c == '/' || is_space(c)).filter(|p| !p.is_empty() && *p != "of");
        let numeric = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
        match (parts.next(), parts.next(), parts.next()) {
            // A bare figure is a page number only in hard-wrapped text (a PDF's): in a
            // browser's paste it is the text's own — a formula's digits one a line, a step's
            // number, a count.
            (Some(a), None, None) => numeric(a) && (wrapped || paged || marked),
            (Some(a), Some(b), None) => numeric(a) && numeric(b),
            _ => false,
        }
    };
    // The key of each short text line (2 to 12 words), computed once.
    let keys: Vec<Option<String>> =
        lines.iter().map(|l| (l.kind == Kind::Text && (2..=12).contains(&words_up_to(l.content.slice(source), 13))).then(|| key(l))).collect();
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for k in keys.iter().flatten() {
        *counts.entry(k.as_str()).or_insert(0) += 1;
    }
    // Long lines (80 bytes or more, some 13 words) by a hash of their text: a photo caption
    // that a gallery shows three times and more ("Los Angeles Lakers' LeBron James dunks …").
    let long_key = |l: &Line| -> Option<u64> {
        let t = l.content.slice(source).trim();
        // FNV-1a over the bytes: cheap, and exact copies are what a gallery shows.
        (l.kind == Kind::Text && t.len() >= 80).then(|| t.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)))
    };
    // Three copies near each other count (a gallery shows them within a few lines; a text
    // pasted twice, or a long report that repeats itself, has its copies far apart), or four
    // in pairs (a caption in full and truncated, in the article and again in its gallery, as
    // the clipboard HTML reads). Four copies far
    // apart are the text's own: a refrain, a text pasted four times.
    let long_keys: Vec<Option<u64>> = lines.iter().map(long_key).collect();
    let mut long_at: std::collections::HashMap<u64, Vec<usize>> = std::collections::HashMap::new();
    for (i, k) in long_keys.iter().enumerate() {
        if let Some(k) = k {
            long_at.entry(*k).or_default().push(i);
        }
    }
    let near_copies = |i: usize, k: u64| -> usize {
        let at = &long_at[&k];
        let from = at.partition_point(|&j| j + 12 < i);
        let to = at.partition_point(|&j| j <= i + 12);
        to - from
    };
    let mut out = Vec::new();
    for li in 0..lines.len() {
        let l = &lines[li];
        if l.kind != Kind::Text {
            continue;
        }
        let (t, span) = (l.content.slice(source), l.content);
        let n = keys[li].as_deref().and_then(|k| counts.get(k)).copied().unwrap_or(0);
        // Repeated with digits: a running header ("Page 3 of 12", "Annual report 2024 | 7").
        let header = n >= 2 && t.chars().any(|c| c.is_ascii_digit()) && wrapped;
        // Repeated headline-like lines of four words or more (no closing stop): teaser and
        // video titles, breadcrumbs, "more stories" entries. All copies go; repeated sentences
        // stay (a refrain, a repeated quotation). But the copy over a byline or date stays:
        // the headline; and so does the last of two or three copies within six lines of each
        // other, a headline the page shows twice together (as its heading and in a breadcrumb,
        // a share line or a kicker).
        // (The next two text lines within six, not yet blanked: a text of blank lines stays
        // linear.)
        let signed = |l: &Line| is_credit(l.content.slice(source));
        let over_byline = || lines[li + 1..].iter().take(6).filter(|l| l.kind == Kind::Text).take(2).any(signed);
        let same = |j: usize| keys[j].is_some() && keys[j] == keys[li];
        // (With nothing between the two copies but short lines: a teaser repeated around a
        // paragraph goes.)
        let short = |m: &Line| m.kind != Kind::Text || words_up_to(m.content.slice(source), 8) < 8 && !ends_sentence(m.content.slice(source));
        let paired = || {
            n <= 3
                && !(li + 1..(li + 7).min(lines.len())).any(same)
                && (li.saturating_sub(6)..li).rev().find(|&j| same(j)).is_some_and(|j| lines[j + 1..li].iter().all(short))
        };
        let repeated = n >= 2 && !header && !ends_sentence(t) && words_up_to(t, 13) >= 4 && !over_byline() && !paired()
            || long_keys[li].is_some_and(|k| {
                let near = near_copies(li, k);
                near >= 3 || near >= 2 && long_at[&k].len() >= 4
            });
        if repeated {
            out.push(Removed { span, reason: Reason::Repeated });
            lines[li].kind = Kind::Blank;
            continue;
        }
        if header || page_number(t) {
            out.push(Removed { span, reason: Reason::PageHeader });
            lines[li].kind = Kind::Blank;
        }
    }
    out
}
