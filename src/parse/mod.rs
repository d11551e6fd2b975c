//! Parsing pasted text into a [`Document`]: title, sections from headings, paragraphs, lists
//! and quotes, with page furniture set aside in [`Document::removed`].
//!
//! The parser reads lines. Plain text as browsers put it on the clipboard (one paragraph a
//! line, headings as short unpunctuated lines, "•" bullets), Markdown (`#` headings, `-`/`*`/`1.`
//! lists, `>` quotes) and hard-wrapped text (lines joined back into paragraphs) all go through
//! the same steps: classify lines, group them into blocks, find the title and headings, then
//! set boilerplate aside. Every block keeps the byte span of its source.

mod assemble;
mod blocks;
mod body;
mod container;
mod edges;
mod furniture;
mod lines;
mod model;
mod running;
mod shape;
#[cfg(test)]
mod tests;
mod title;

#[cfg(not(target_arch = "wasm32"))]
pub use edges::EDGE_FEATURES;
pub use model::{Block, Document, List, Meta, Paragraph, Reason, Removed, Section};

use crate::html::Hints;
use crate::text::words_up_to;
use assemble::assemble;
use blocks::heading_like;
use blocks::{blocks, Raw, RawKind};
use body::mark_outside;
use container::{apply_link_hints, block_keys, container_blocks, join_container, trim_to_container, Marks};
use edges::{trim_edges, EdgeRows};
use furniture::mark_boilerplate;
use lines::lines;
use running::running_lines;
use shape::{is_byline, is_dateline};
use title::TitleRows;
#[cfg(not(target_arch = "wasm32"))]
pub use title::TITLE_FEATURES;
use title::{choose_title, could_be_title, is_named_over_byline};

/// Parses pasted text (plain, Markdown or hard-wrapped) into a [`Document`]. Total: any text
/// gives a document, possibly empty. ([`Document::parse_with`] takes the reader's restored
/// blocks and the pasted HTML's hints.)
///
/// ```
/// use brief::{parse, Reason};
///
/// let doc = parse("Share on Facebook\n\nBridge to open in May\n\nThe council will open the bridge in May. It cost £4m.");
/// assert_eq!(doc.text(doc.title.unwrap()), "Bridge to open in May");
/// assert_eq!(doc.sentences().count(), 2);
/// assert_eq!(doc.removed[0].reason, Reason::Furniture);
/// ```
pub fn parse(source: &str) -> Document<'_> {
    Document::parse(source)
}

/// Below this share of the text's own body, a body found with the HTML's hints is taken to
/// have lost the article (a menu or a teaser list that the hints made look like the page's
/// container, or link text that covered the story).
const HINTED_SHARE: usize = 15;

/// The page read with the HTML's hints, unless the body they lead to holds under
/// [`HINTED_SHARE`]% of the words of the body the text alone shows: then the text's reading.
pub(crate) fn hinted_or_plain<'a>(source: &'a str, keep: &[usize], hints: &Hints) -> Document<'a> {
    hinted_or_plain_traced(source, keep, hints, None)
}

/// What the fitted passes read of one page, for fitting them: the edges pass's rows and the
/// title chooser's candidates.
#[derive(Default)]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub struct PageTrace {
    /// Each block's span, whether it lies at the body's ends, its features
    /// (`examples/edge_rows.rs`, `scripts/fit_edges.py`).
    pub edges: EdgeRows,
    /// Each title candidate's span and features (`examples/title_rows.rs`,
    /// `scripts/fit_title.py`).
    pub titles: TitleRows,
}

/// What the fitted passes read in the page [`Document::parse_with`] gives ([`PageTrace`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn page_traces(source: &str, hints: &Hints) -> PageTrace {
    let mut trace = PageTrace::default();
    hinted_or_plain_traced(source, &[], hints, Some(&mut trace));
    trace
}

/// [`hinted_or_plain`], giving to `trace` what the fitted passes read of the page it chose.
fn hinted_or_plain_traced<'a>(source: &'a str, keep: &[usize], hints: &Hints, mut trace: Option<&mut PageTrace>) -> Document<'a> {
    let hinted = parse_page(source, keep, hints, trace.as_deref_mut());
    if hints.is_empty() {
        return hinted;
    }
    let words = |d: &Document| d.body().split_whitespace().count();
    let hinted_words = words(&hinted);
    // (The text's own body holds no more words than the whole text: when the hinted body
    // holds the share of the whole, the second parse cannot turn it down, and is not made.)
    if hinted_words * 100 >= source.split_whitespace().count() * HINTED_SHARE {
        return hinted;
    }
    let mut plain_rows = PageTrace::default();
    let plain = parse_page(source, keep, &Hints::default(), trace.as_ref().map(|_| &mut plain_rows));
    if hinted_words * 100 < words(&plain) * HINTED_SHARE {
        if let Some(rows) = trace {
            *rows = plain_rows;
        }
        plain
    } else {
        hinted
    }
}

/// The parser's passes over one page, in order. Each pass reads the blocks and the flags the
/// ones before it set (`None` kept, `Some(reason)` set aside); see each function's doc.
fn parse_page<'a>(source: &'a str, keep: &[usize], hints: &Hints, mut trace: Option<&mut PageTrace>) -> Document<'a> {
    let mut lines = lines(source);
    let running = running_lines(source, &mut lines);
    let raws = blocks(source, &lines);
    // Boilerplate first, so a widget heading cannot become the title or a section.
    let mut flags: Vec<Option<Reason>> = vec![None; raws.len()];
    mark_boilerplate(source, &raws, &mut flags);
    let keys = block_keys(source, &raws, hints);
    let marks = Marks::new(&keys, hints);
    apply_link_hints(&raws, &keys, &marks, hints, &mut flags);
    let body = mark_outside(source, &raws, &mut flags);
    restore_kept(&raws, keep, &mut flags);
    let container = if hints.main.is_empty() { None } else { container_blocks(&raws, &marks, &flags, body.unwrap_or((0, raws.len()))) };
    let body = match (&container, body) {
        (Some(inside), Some(b)) => Some(join_container(source, &raws, &mut flags, inside, b)),
        _ => body,
    };
    let chosen = body.and_then(|b| choose_title(source, &raws, &flags, b, &hints.h1, trace.as_deref_mut().map(|t| &mut t.titles)));
    if let Some(t) = chosen {
        flags[t] = None;
    }
    // (Without a chosen title, the first kept line may still be the title: it stays.)
    let title = chosen
        .or_else(|| (0..raws.len()).find(|&i| flags[i].is_none()).filter(|&i| could_be_title(source, &raws[i]) && !is_named_over_byline(source, &raws, i)));
    if let Some(body) = body {
        trim_above_body(source, &raws, keep, title, body, &mut flags);
    }
    if let Some(inside) = &container {
        trim_to_container(source, &raws, &mut flags, inside, title, keep);
    }
    // (The body as it now starts: the container may have trimmed its first blocks.)
    if let Some(t) = title.filter(|_| body.is_some()) {
        if let Some(lo) = (t + 1..raws.len()).find(|&k| flags[k].is_none()) {
            keep_standfirst(source, &raws, t, lo, &mut flags);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(rows) = trace {
        rows.edges = edges::edge_rows(source, &raws, &flags, &marks, title);
    }
    #[cfg(target_arch = "wasm32")]
    let _ = trace;
    // (Fitted on pages read with their HTML; on plain text it did not carry over: DESIGN.md.)
    if !hints.is_empty() {
        trim_edges(source, &raws, &mut flags, &marks, title, keep);
    }
    let mut doc = assemble(source, &raws, &flags, chosen);
    merge_running(&mut doc.removed, running);
    doc
}

/// The blocks a reader restored (`keep`, their start offsets) are kept whatever the passes said.
fn restore_kept(raws: &[Raw], keep: &[usize], flags: &mut [Option<Reason>]) {
    for (raw, flag) in raws.iter().zip(flags.iter_mut()) {
        if keep.contains(&raw.span.start) {
            *flag = None;
        }
    }
}

/// The short lines just above the body were kept for the title (the headline, a kicker, the
/// byline): once the title is known, the others are page furniture ("Opinion", "About /
/// Contact Us / Menu"), bylines and dates aside, which become metadata. In a text with
/// sections (two headings or more in the body), a line between the title and the body is its
/// first section's heading and stays, unless it is one of a run of short lines ("Share /
/// Tweet / LinkedIn / Email / Print").
fn trim_above_body(source: &str, raws: &[Raw], keep: &[usize], title: Option<usize>, (lo, hi): (usize, usize), flags: &mut [Option<Reason>]) {
    let headings = (lo..hi).filter(|&k| flags[k].is_none() && (matches!(raws[k].kind, RawKind::Heading { .. }) || heading_like(source, &raws[k], 16))).count();
    let short = |k: usize| raws[k].lines == 1 && words_up_to(raws[k].span.slice(source), 4) <= 3;
    for i in lo.saturating_sub(3)..lo {
        let t = raws[i].span.slice(source);
        let in_run = short(i) && (i > 0 && short(i - 1) || i + 1 < lo && short(i + 1));
        let section = headings >= 2 && title.is_some_and(|ti| i > ti) && !in_run;
        if flags[i].is_none() && title != Some(i) && !section && !keep.contains(&raws[i].span.start) && !is_byline(t) && !is_dateline(t) {
            flags[i] = Some(Reason::Outside);
        }
    }
}

/// The standfirst: a paragraph of prose between the title and the body's first kept block
/// (`lo`), with only short lines around it (a dateline, a byline, a share bar's buttons, a
/// kicker, link text), is the article's lead, not page furniture. At most twelve blocks lie
/// between; any longer line that is no prose (a teaser list, a caption run) leaves them all as
/// they are.
fn keep_standfirst(source: &str, raws: &[Raw], title: usize, lo: usize, flags: &mut [Option<Reason>]) {
    if lo <= title + 1 || lo - title > 13 {
        return;
    }
    let prose = |k: usize| {
        let t = raws[k].span.slice(source);
        // (Not a dateline that runs long: "PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: …".)
        raws[k].kind == RawKind::Text
            && words_up_to(t, 12) >= 12
            && crate::text::ends_sentence(t)
            && !crate::text::has_clock(t.as_bytes())
            && !crate::text::contains(t, " | ")
            && !is_byline(t)
            && !is_dateline(t)
    };
    // (Short: a line or two of a few words, or a list of single words, a share bar's buttons.)
    let short = |k: usize| {
        (raws[k].lines <= 2 && words_up_to(raws[k].span.slice(source), 8) <= 7)
            || (matches!(raws[k].kind, RawKind::List { .. }) && raws[k].parts.iter().all(|p| words_up_to(p.slice(source), 3) <= 2))
    };
    // (A kicker or a subtitle may stand there too, and the HTML's link text, a linked caption:
    // neither is the lead.)
    let heading = |k: usize| matches!(raws[k].kind, RawKind::Heading { .. }) && words_up_to(raws[k].span.slice(source), 21) <= 20;
    let between = title + 1..lo;
    let leads: Vec<usize> = between.clone().filter(|&k| prose(k) && flags[k] == Some(Reason::Outside)).collect();
    if leads.is_empty() || leads.len() > 2 || !between.clone().all(|k| prose(k) || short(k) || heading(k) || flags[k] == Some(Reason::Navigation)) {
        return;
    }
    for k in leads {
        flags[k] = None;
    }
}

/// The running headers and repeated lines (blanked before the blocks were made) merged into
/// the removed blocks: both lists are in text order, so merged, not sorted (ties keep the
/// block first).
fn merge_running(removed: &mut Vec<Removed>, running: Vec<Removed>) {
    if running.is_empty() {
        return;
    }
    let blocks = std::mem::take(removed);
    let (mut a, mut b) = (blocks.into_iter().peekable(), running.into_iter().peekable());
    while let Some(first_a) = match (a.peek(), b.peek()) {
        (Some(x), Some(y)) => Some(x.span.start <= y.span.start),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    } {
        removed.extend(if first_a { a.next() } else { b.next() });
    }
}
