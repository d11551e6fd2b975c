//! The edges pass: a second opinion, fitted on pages, on the blocks at the body's two ends.
//!
//! The body pass finds the article by the density of its prose, and the container pass by the
//! page's HTML; both can leave short page furniture at the body's ends ("Flattr this:",
//! "Kategorie: News", "Abonnement hier kündigen", a contact address). Here a logistic model
//! over each block's shape, its place, its neighbours and what the HTML says of it (a link line,
//! a line of the article's container) gives the odds that it is the article's; from each end of
//! the body inwards, blocks the model gives under even odds are set aside, up to [`REACH`] a
//! side. The weights are `models/edges.rs`, fitted by `scripts/fit_edges.py` on the
//! evaluation kit's tune pages (DESIGN.md has the figures).

use super::blocks::{Raw, RawKind};
use super::body::density_words;
use super::container::Marks;
use super::model::Reason;
use super::shape::{is_byline, is_dateline};

/// The most blocks set aside at each end.
const REACH: usize = 6;

/// The names of the model's features, in order.
pub const EDGE_FEATURES: [&str; 25] = [
    "bias",
    "kept",
    "heading",
    "list",
    "quote",
    "navigation",
    "widget",
    "furniture",
    "log_words",
    "short",
    "stop",
    "colon",
    "capitals",
    "digits",
    "link",
    "inside",
    "below",
    "above",
    "prev_kept",
    "prev_stop",
    "prev_link",
    "next_kept",
    "next_log_words",
    "next_stop",
    "next_link",
];

/// The fitted weights, in the order of [`EDGE_FEATURES`] (`models/edges.rs`, written by
/// `scripts/fit_edges.py`).
const WEIGHTS: [f32; EDGE_FEATURES.len()] = include!("../../models/edges.rs");

/// The body's ends: its first and last kept block other than the title, and the first and last
/// of its dense ones (fifteen words or more), when it has any.
fn ends(source: &str, raws: &[Raw], flags: &[Option<Reason>], title: Option<usize>) -> Option<(usize, usize, usize, usize)> {
    let kept = |k: &usize| flags[*k].is_none() && Some(*k) != title;
    let lo = (0..raws.len()).find(kept)?;
    let hi = (0..raws.len()).rev().find(kept)?;
    let dense = |k: &usize| kept(k) && density_words(raws[*k].span.slice(source)) >= 15;
    let dlo = (lo..=hi).find(dense).unwrap_or(lo);
    let dhi = (lo..=hi).rev().find(dense).unwrap_or(hi);
    Some((lo, hi, dlo, dhi))
}

/// The features of block `i` (see [`EDGE_FEATURES`]), the body's dense run being `dlo..=dhi`.
fn features(source: &str, raws: &[Raw], flags: &[Option<Reason>], marks: &Marks, i: usize, (dlo, dhi): (usize, usize)) -> [f32; EDGE_FEATURES.len()] {
    let b = |x: bool| f32::from(u8::from(x));
    let shape = |k: usize| {
        let t = raws[k].span.slice(source).trim();
        let words = density_words(t);
        let stop = t.ends_with(['.', '!', '?', '"', '”', '“', '»', '\'']);
        (((words + 1) as f32).ln(), words, stop, t)
    };
    let (log_words, words, stop, t) = shape(i);
    let (mut capitals, mut all) = (0usize, 0usize);
    for w in t.split_whitespace() {
        all += 1;
        capitals += usize::from(w.starts_with(char::is_uppercase));
    }
    let (mut digits, mut chars) = (0usize, 0usize);
    for c in t.chars() {
        chars += 1;
        digits += usize::from(c.is_ascii_digit());
    }
    let below = i.saturating_sub(dhi);
    let above = dlo.saturating_sub(i);
    let flag = flags[i];
    let near = |k: Option<usize>| -> [f32; 4] {
        match k.filter(|&k| k < raws.len()) {
            Some(k) => {
                let (lw, _, st, _) = shape(k);
                [b(flags[k].is_none()), lw, b(st), b(marks.is_link(k))]
            }
            None => [0.0; 4],
        }
    };
    let prev = near(i.checked_sub(1));
    let next = near(Some(i + 1));
    [
        1.0,
        b(flag.is_none()),
        b(matches!(raws[i].kind, RawKind::Heading { .. })),
        b(matches!(raws[i].kind, RawKind::List { .. })),
        b(raws[i].kind == RawKind::Quote),
        b(flag == Some(Reason::Navigation)),
        b(flag == Some(Reason::Widget)),
        b(flag == Some(Reason::Furniture)),
        log_words,
        b(words < 5),
        b(stop),
        b(t.ends_with(':')),
        capitals as f32 / all.max(1) as f32,
        digits as f32 / chars.max(1) as f32,
        b(marks.is_link(i)),
        b(marks.is_inside(i)),
        b(below > 0),
        b(above > 0),
        prev[0],
        prev[2],
        prev[3],
        next[0],
        next[1],
        next[2],
        next[3],
    ]
}

/// The odds, as a logistic model's margin, that block `i` is the article's.
fn margin(x: &[f32; EDGE_FEATURES.len()]) -> f32 {
    x.iter().zip(&WEIGHTS).map(|(x, w)| x * w).sum()
}

/// Sets aside, from each end of the body inwards, the kept blocks the model gives under even
/// odds (at most [`REACH`] a side); never the title nor a block the reader restored.
pub(crate) fn trim_edges(source: &str, raws: &[Raw], flags: &mut [Option<Reason>], marks: &Marks, title: Option<usize>, keep: &[usize]) {
    let Some((lo, hi, dlo, dhi)) = ends(source, raws, flags, title) else { return };
    let dense = (dlo, dhi);
    let fixed = |k: usize| Some(k) == title || keep.contains(&raws[k].span.start);
    let mut drop: Vec<usize> = Vec::new();
    // (The tail from its end; then the head from its start, down to the first dense block.)
    let tail: Vec<usize> = (dhi + 1..=hi).rev().collect();
    for order in [tail, (lo..dlo).collect()] {
        let mut n = 0;
        for k in order {
            if n == REACH || fixed(k) {
                break;
            }
            // (A byline or a date is the article's metadata, wherever it stands.)
            let t = raws[k].span.slice(source);
            if flags[k].is_some() || is_byline(t) || is_dateline(t) {
                continue;
            }
            if margin(&features(source, raws, flags, marks, k, dense)) >= 0.0 {
                break;
            }
            drop.push(k);
            n += 1;
        }
    }
    for k in drop {
        flags[k] = Some(Reason::Outside);
    }
}

/// Each block's span, whether it lies where the edges pass looks (between the body's ends and
/// its dense run), and its features (for fitting the pass).
pub type EdgeRows = Vec<(crate::text::Span, bool, [f32; EDGE_FEATURES.len()])>;

/// Every block's row ([`EdgeRows`]) where the edges pass would read them.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn edge_rows(source: &str, raws: &[Raw], flags: &[Option<Reason>], marks: &Marks, title: Option<usize>) -> EdgeRows {
    let Some((lo, hi, dlo, dhi)) = ends(source, raws, flags, title) else { return Vec::new() };
    (0..raws.len())
        .map(|k| {
            let at_edge = (lo <= k && k < dlo) || (dhi < k && k <= hi);
            (raws[k].span, at_edge, features(source, raws, flags, marks, k, (dlo, dhi)))
        })
        .collect()
}
