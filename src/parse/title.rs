//! The title pass: the page's headline near the body, never a byline, a date, a credit or a
//! menu line.

use super::blocks::heading_like;
use super::blocks::{Raw, RawKind};
use super::body::density_words;
use super::model::Reason;
use super::shape::{heading_like_text, is_credit, marks_of};
use crate::text::is_cjk;
use crate::text::{collapse, contains_any, has_clock, lower_span as lower, word_count, words_up_to};

/// The names of the features the fitted title chooser reads for each candidate line, in the
/// order of its weights (`models/title.rs`, fitted by `scripts/fit_title.py` on the rows of
/// `examples/title_rows.rs`).
pub const TITLE_FEATURES: [&str; 26] = [
    "bias",
    "overlap",
    "words",
    "long",
    "h1",
    "heading",
    "headline",
    "above",
    "below",
    "first_kept",
    "outside",
    "menu",
    "furniture",
    "stop",
    "exclaims",
    "colon",
    "row",
    "labelled",
    "not_title",
    "standfirst",
    "heading_like",
    "digits",
    "lower_start",
    "near",
    "page_h1",
    "other_h1",
];

/// Each candidate's span and features (for fitting the chooser).
pub type TitleRows = Vec<(crate::text::Span, [f32; TITLE_FEATURES.len()])>;

/// The fitted weights, in the order of [`TITLE_FEATURES`] (`models/title.rs`, written by
/// `scripts/fit_title.py`).
#[allow(clippy::approx_constant)] // (A fitted weight may fall near a named constant.)
const WEIGHTS: [f32; TITLE_FEATURES.len()] = include!("../../models/title.rs");

/// The title of a page with a clear body: the best of the lines near the body by a logistic
/// model fitted on pages whose titles are known (the news pages' own titles, the web pages'
/// address), none when the best is unlikely. Candidates are the first kept block, any `h1`
/// (or, in pasted text, a line that the page's HTML shows as its `h1`:
/// [`Hints::h1`](crate::html::Hints::h1)), and the lines among the fifteen blocks above the
/// body and its first three; each is one line of two to thirty words set or shaped as a
/// heading (no closing stop; a line above the body may exclaim, or ask over its credits). Its
/// features: its words' share of the body's words, its length, how it is set (heading, `h1`)
/// and flagged, its place, its closing mark, and the bylines, dates, credits, table rows and
/// labels that are rarely titles (DESIGN.md has how it was fitted and what it gave).
pub(crate) fn choose_title(
    source: &str,
    raws: &[Raw],
    flags: &[Option<Reason>],
    body: (usize, usize),
    headlines: &[String],
    mut trace: Option<&mut TitleRows>,
) -> Option<usize> {
    let (lo, hi) = body;
    let mut body_words: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut budget: usize = 400;
    for r in &raws[lo..hi] {
        if budget == 0 {
            break;
        }
        let t = r.span.slice(source);
        budget = budget.saturating_sub(words_up_to(t, 400));
        body_words.extend(content_words(t));
    }
    let first_kept = (0..raws.len()).find(|&i| flags[i].is_none());
    let from = lo.saturating_sub(15);
    let to = (lo + 3).min(hi);
    // (Each block's `h1` mark, read once: an `h1` of pasted HTML, or a line the page's HTML
    // shows as one.)
    let h1s: Vec<bool> = raws
        .iter()
        .map(|r| {
            matches!(r.kind, RawKind::Heading { level: 1 }) || (!headlines.is_empty() && headlines.contains(&collapse(r.span.slice(source)).to_lowercase()))
        })
        .collect();
    // (Farther up than the fifteen blocks, only an `h1`: a table of contents can stand between
    // the headline and the body.)
    let far_h1 = (0..from).filter(|&i| h1s[i]);
    let page_h1 = h1s.contains(&true);
    let mut best: Option<(f32, usize)> = None;
    let mut seen: Vec<usize> = Vec::new();
    for i in first_kept.into_iter().chain(far_h1).chain(from..to) {
        if seen.contains(&i) {
            continue;
        }
        seen.push(i);
        let r = &raws[i];
        if r.lines != 1 || !matches!(r.kind, RawKind::Text | RawKind::Heading { .. }) {
            continue;
        }
        let t = r.span.slice(source);
        let words = density_words(t);
        // (A heading, or a line shaped as one: no closing stop, but a headline may ask or
        // exclaim. A paragraph's first sentence is never a title.)
        let h1 = h1s[i];
        let te = t.trim_end();
        // (A line that exclaims above the body, "This API is so Fetching!", or asks over its
        // credits: "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?";
        // a question in the text is a section's.)
        let exclaims = r.kind == RawKind::Text
            && (i < lo && te.ends_with('!') || i <= lo && te.ends_with('?') && signed(source, raws, i))
            && !te[..te.len() - 1].ends_with(['!', '?', '.'])
            && heading_like_text(t, 30);
        let shaped = matches!(r.kind, RawKind::Heading { .. }) || h1 || heading_like(source, r, 30) || exclaims;
        // (Never a byline or a date line.)
        if !(2..=30).contains(&words) || !shaped || is_credit(t) {
            continue;
        }
        let x = features(source, raws, flags, lo, i, words, Some(i) == first_kept, (h1, page_h1), &body_words);
        if let Some(rows) = trace.as_deref_mut() {
            rows.push((r.span, x));
        }
        // (A paste that opens with a line shaped as a headline, whose words are the body's,
        // opens with its title. Not any first kept line: on pages pasted whole, that is often
        // the site's name, below set-aside menus.)
        if i == 0 && Some(i) == first_kept && x[1] >= 0.25 && (i < lo || matches!(r.kind, RawKind::Heading { .. })) {
            return Some(i);
        }
        let m: f32 = x.iter().zip(WEIGHTS.iter()).map(|(a, b)| a * b).sum();
        if best.is_none_or(|(b, _)| m > b) {
            best = Some((m, i));
        }
    }
    best.filter(|&(m, _)| m > 0.0).map(|(_, i)| i)
}

/// Words of three letters or more, stop words aside; in Chinese, Japanese or Korean, written
/// without spaces, each two characters side by side.
fn content_words(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in t.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() >= 3) {
        let chars: Vec<char> = w.chars().collect();
        if chars.iter().any(|&c| is_cjk(c)) {
            out.extend(chars.windows(2).map(|p| p.iter().collect::<String>()));
        } else {
            let l = crate::text::lower(w);
            if !crate::lexicon::is_stop_word(&l) {
                out.push(l);
            }
        }
    }
    out
}

/// The features of candidate `i` (see [`TITLE_FEATURES`]) of `words` words, the body starting
/// at block `lo`.
#[allow(clippy::too_many_arguments)]
fn features(
    source: &str,
    raws: &[Raw],
    flags: &[Option<Reason>],
    lo: usize,
    i: usize,
    words: usize,
    first_kept: bool,
    (h1, page_h1): (bool, bool),
    body_words: &std::collections::HashSet<String>,
) -> [f32; TITLE_FEATURES.len()] {
    let r = &raws[i];
    let t = r.span.slice(source);
    let te = t.trim_end();
    let words = words.min(31);
    let lower = crate::text::lower(t);
    let own = content_words(t);
    let overlap = if own.is_empty() { 0.0 } else { own.iter().filter(|w| body_words.contains(*w)).count() as f32 / own.len() as f32 };
    let standfirst = raws.get(i + 1).is_some_and(|n| {
        let t = n.span.slice(source);
        matches!(flags[i + 1], None | Some(Reason::Outside)) && n.lines == 1 && words_up_to(t, 12) >= 12
    });
    let shape = marks_of(t);
    let row = |k: usize| {
        raws.get(k).is_some_and(|n| n.lines == 1 && shape.is_some() && marks_of(n.span.slice(source)) == shape && n.span.slice(source).trim() != t.trim())
    };
    let labelled = i > 0 && raws[i - 1].lines == 1 && {
        let p = raws[i - 1].span.slice(source).trim_end();
        p.ends_with(':') && words_up_to(p, 3) <= 2
    };
    let digits = t.chars().any(|c| c.is_ascii_digit());
    let flag = flags[i];
    let b = |v: bool| if v { 1.0 } else { 0.0 };
    [
        1.0,
        overlap,
        words.min(12) as f32 / 12.0,
        b(words > 14),
        b(h1),
        b(matches!(r.kind, RawKind::Heading { .. }) && !h1),
        b(signed(source, raws, i)),
        if i < lo { (lo - i).min(15) as f32 / 15.0 } else { 0.0 },
        if i >= lo { (i - lo + 1) as f32 / 3.0 } else { 0.0 },
        b(first_kept),
        b(flag == Some(Reason::Outside)),
        b(matches!(flag, Some(Reason::Navigation | Reason::Widget))),
        b(matches!(flag, Some(Reason::Furniture | Reason::Repeated | Reason::PageHeader))),
        b(te.ends_with('.')),
        b(te.ends_with(['!', '?'])),
        b(te.ends_with(':')),
        b(row(i + 1) || i > 0 && row(i - 1)),
        b(labelled),
        b(contains_any(&lower, CREDITS) || not_a_title(&lower)),
        b(standfirst),
        b(heading_like(source, r, 30)),
        b(digits),
        b(t.trim_start().chars().next().is_some_and(char::is_lowercase)),
        b(i < lo && lo - i <= 2),
        b(page_h1),
        b(page_h1 && !h1),
    ]
}

/// Whether a byline or a date stands one or two lines under block `i`: a headline's credits.
fn signed(source: &str, raws: &[Raw], i: usize) -> bool {
    let credit = |k: usize| raws.get(k).is_some_and(|n| n.lines == 1 && is_credit(n.span.slice(source)));
    credit(i + 1) || credit(i + 2)
}

/// Whether the first kept block can be the title when none was chosen near the body: an
/// `h1`, or one heading-like line of two words or more that is no byline, date, stamp or credit.
pub(crate) fn could_be_title(source: &str, raw: &Raw) -> bool {
    let text = raw.span.slice(source);
    match raw.kind {
        RawKind::Heading { level } => level == 1,
        _ => {
            let lower = crate::text::lower(text);
            heading_like(source, raw, 30) && word_count(text) >= 2 && !is_credit(text) && !not_a_title(&lower) && !contains_any(&lower, CREDITS)
        }
    }
}

/// Lines that are never titles: a writer's credit ("Greg Beacham, AP Sports Writer"), a
/// publication stamp ("PUBLISHED: 10:48, Tue"), a handle ("Siga @adautoracing"), share icons,
/// a gallery's labels, a formula.
pub(crate) fn not_a_title(lower: &str) -> bool {
    const MARKS: &[&str] = &["published:", "updated:", "@", "icon ", "gallery", "sports writer", "staff writer", "correspondent", "reporter", " editor"];
    let b = lower.as_bytes();
    let clock = has_clock(b);
    // A numeric date: "23/08/2018".
    let date = b
        .windows(5)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'/' && w[2].is_ascii_digit() && w[4].is_ascii_digit() && (w[3] == b'/' || w[3].is_ascii_digit()));
    // (TeX pasted as text, "{\displaystyle A …}", is a formula.)
    clock || date || contains_any(lower, MARKS) || crate::text::contains(lower, "{\\")
}

/// Marks of photo credits, captions and labels, which are not titles.
const CREDITS: &[&str] =
    &["©", "photo", "image:", "getty", "credit", "/ap", "reuters", "shutterstock", "logo", "(c)", "copyright", "illustration", "video:", "watch:", "listen:"];

/// An author's name over its byline ("Jamelle Bouie" / "By Jamelle Bouie"): no title.
pub(crate) fn is_named_over_byline(source: &str, raws: &[Raw], i: usize) -> bool {
    raws.get(i + 1).is_some_and(|n| lower(source, n.span).trim().strip_prefix("by ").is_some_and(|b| b.trim() == lower(source, raws[i].span).trim()))
}
