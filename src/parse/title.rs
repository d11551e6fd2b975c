//! The title pass: the page's headline near the body, never a byline, a date, a credit or a
//! menu line.

use super::blocks::heading_like;
use super::blocks::{Raw, RawKind};
use super::body::{density_words, is_cjk};
use super::model::Reason;
use super::shape::{heading_like_text, is_credit, marks_of};
use crate::text::{collapse, contains_any, has_clock, lower_span as lower, word_count, words_up_to};

/// The title of a page with a clear body. The first kept block when it is a good headline (a
/// clean paste starts with it); otherwise the best headline among the fifteen blocks above the
/// body and the first three of it. A headline is one line of three to thirty words without a
/// closing stop whose words are the body's words; an `h1` of pasted HTML counts most (or, in
/// pasted text, a line that the page's HTML shows as its `h1`: [`Hints::h1`](crate::html::Hints::h1)), and bylines,
/// datelines, photo credits and captions are never titles (DESIGN.md has how the weights were
/// chosen).
pub(crate) fn choose_title(source: &str, raws: &[Raw], flags: &[Option<Reason>], body: (usize, usize), headlines: &[String]) -> Option<usize> {
    let (lo, hi) = body;
    // (Words of three letters or more, stop words aside; in Chinese, Japanese or Korean, written
    // without spaces, each two characters side by side.)
    let content = |t: &str| -> Vec<String> {
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
    };
    let mut body_words: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut budget: usize = 400;
    for r in &raws[lo..hi] {
        if budget == 0 {
            break;
        }
        let t = r.span.slice(source);
        budget = budget.saturating_sub(words_up_to(t, 400));
        body_words.extend(content(t));
    }
    let first_kept = (0..raws.len()).find(|&i| flags[i].is_none());
    let from = lo.saturating_sub(15);
    let to = (lo + 3).min(hi);
    // (The best candidate's score, index and words.)
    let mut best: Option<(f32, usize, usize)> = None;
    let mut short: Vec<usize> = Vec::new();
    // (An `h1` of pasted HTML, or a line the page's HTML shows as one.)
    let is_h1 = |r: &Raw| {
        matches!(r.kind, RawKind::Heading { level: 1 }) || (!headlines.is_empty() && headlines.contains(&collapse(r.span.slice(source)).to_lowercase()))
    };
    // (Farther up than the fifteen blocks, only an `h1`: a table of contents can stand between
    // the headline and the body.)
    let far_h1 = (0..from).filter(|&i| is_h1(&raws[i]));
    for i in first_kept.into_iter().chain(far_h1).chain(from..to) {
        let r = &raws[i];
        // (A run of menu lines taken for navigation or a widget can swallow the headline right
        // above the body: "News / Afghanistan / US service members killed in …"; or further up,
        // with its standfirst under it: "Newsletter / Subscribe / Advertise / South Korea's
        // roadmap to drive down solar costs / The government has unveiled a plan …".)
        let standfirst = raws.get(i + 1).is_some_and(|n| {
            let t = n.span.slice(source);
            matches!(flags[i + 1], None | Some(Reason::Outside)) && n.lines == 1 && words_up_to(t, 12) >= 12
        });
        // (An `h1` is a headline wherever a menu seemed to take it.)
        let h1 = is_h1(r);
        // (Nor is a line over a byline or date: a widget's run of links can reach the headline
        // and its credits right above the body.)
        let signed = |k: usize| raws.get(k).is_some_and(|n| n.lines == 1 && is_credit(n.span.slice(source)));
        // (A headline's length: a standfirst over the byline runs longer.)
        let headline = (signed(i + 1) || signed(i + 2)) && words_up_to(r.span.slice(source), 15) <= 14;
        let swallowed = matches!(flags[i], Some(Reason::Navigation | Reason::Widget)) && i < lo && (lo - i <= 2 || standfirst || h1 || headline);
        if !(matches!(flags[i], None | Some(Reason::Outside)) || swallowed) || r.lines != 1 {
            continue;
        }
        // (A line the page's HTML shows as its `h1` is a heading however it ends.)
        let heading = matches!(r.kind, RawKind::Heading { .. }) || h1;
        let t = r.span.slice(source);
        // (A headline above the body may exclaim, "This API is so Fetching!", or ask over its
        // credits: "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?")
        let te = t.trim_end();
        let exclaims = r.kind == RawKind::Text
            && r.lines == 1
            && (i < lo && te.ends_with('!') || i <= lo && te.ends_with('?') && headline)
            && !te[..te.len() - 1].ends_with(['!', '?', '.']);
        if !(heading || heading_like(source, r, 30) || exclaims && heading_like_text(t, 30)) {
            continue;
        }
        // (Chinese, Japanese or Korean written without spaces: a word per two characters.)
        let words = density_words(t).min(31);
        let lower = crate::text::lower(t);
        // (Nor is a row of a table pasted as lines: "2a etapa: 8 de abril – Curitiba" between
        // rows of its shape.)
        let shape = marks_of(t);
        let row = |k: usize| {
            raws.get(k).is_some_and(|n| n.lines == 1 && shape.is_some() && marks_of(n.span.slice(source)) == shape && n.span.slice(source).trim() != t.trim())
        };
        // (Nor is the value under a label: "Author:" / "The Water Coolest".)
        let labelled = i > 0 && raws[i - 1].lines == 1 && {
            let p = raws[i - 1].span.slice(source).trim_end();
            p.ends_with(':') && words_up_to(p, 3) <= 2
        };
        if words < 3 || is_credit(t) || contains_any(&lower, CREDITS) || not_a_title(&lower) || row(i + 1) || i > 0 && row(i - 1) || labelled {
            continue;
        }
        let own = content(t);
        let overlap = if own.is_empty() { 0.0 } else { own.iter().filter(|w| body_words.contains(*w)).count() as f32 / own.len() as f32 };
        if Some(i) == first_kept && overlap >= 0.25 && (heading || i < lo) {
            return Some(i);
        }
        let mut score = 2.0 * overlap + (words.min(12) as f32) / 6.0;
        if h1 {
            score += 2.0;
        } else if heading {
            score += 0.5;
        }
        // A headline stands over its byline or date.
        if headline {
            score += 1.0;
        }
        // Nearer the body start is likelier.
        score -= 0.05 * lo.abs_diff(i) as f32;
        if best.is_none_or(|(b, _, _)| score > b) {
            best = Some((score, i, words));
        }
        if words <= 14 {
            short.push(i);
        }
    }
    // A standfirst can outscore its headline (more words, more of the body's): a candidate
    // of headline length one or two lines above a longer best is its headline.
    let (score, i, words) = best?;
    let headline = short.iter().copied().filter(|&j| words > 14 && j < i && i - j <= 2).max();
    (score >= 1.5).then_some(headline.unwrap_or(i))
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
