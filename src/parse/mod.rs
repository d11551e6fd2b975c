//! Parsing pasted text into a [`Document`]: title, sections from headings, paragraphs, lists
//! and quotes, with page furniture set aside in [`Document::removed`].
//!
//! The parser reads lines. Plain text as browsers put it on the clipboard (one paragraph a
//! line, headings as short unpunctuated lines, "•" bullets), Markdown (`#` headings, `-`/`*`/`1.`
//! lists, `>` quotes) and hard-wrapped text (lines joined back into paragraphs) all go through
//! the same steps: classify lines, group them into blocks, find the title and headings, then
//! set boilerplate aside. Every block keeps the byte span of its source.

mod blocks;
mod body;
mod container;
mod furniture;
mod lines;
mod model;
mod running;
mod shape;
mod title;
#[cfg(test)]
mod tests;

pub use model::{Block, Document, List, Meta, Paragraph, Reason, Removed, Section};

use blocks::{blocks, Raw, RawKind};
use body::mark_outside;
use container::{container_blocks, join_container, trim_to_container};
use furniture::mark_boilerplate;
use lines::lines;
use running::running_lines;
use shape::{heading_like, is_byline, is_dateline};
use title::{choose_title, could_be_title};
use crate::html::Hints;
use crate::sentence::Splitter;
use crate::text::{collapse, lower_span as lower, words_up_to, Span};

fn parse<'a, 'h>(source: &'a str, keep: &[usize], hints: &'h Hints) -> Document<'a> {
    let mut lines = lines(source);
    let running = running_lines(source, &mut lines);
    let raws = blocks(source, &lines);
    let splitter = Splitter::for_text(source);

    // Boilerplate first, so a widget heading cannot become the title or a section.
    let mut removed_flags: Vec<Option<Reason>> = vec![None; raws.len()];
    mark_boilerplate(source, &raws, &mut removed_flags);
    // What the page's HTML showed: its link lines are navigation, and its images'
    // descriptions, which a paste of the text carries as lines of their own, furniture.
    // (Each block's lines as the hints write theirs, made once for all the hints.)
    let keys: Vec<Vec<String>> = if hints.is_empty() { Vec::new() } else { raws.iter().map(|r| r.parts.iter().map(|p| collapse(p.slice(source)).to_lowercase()).collect()).collect() };
    if !hints.is_empty() {
        let set = |v: &'h [String]| -> std::collections::HashSet<&'h str> { v.iter().map(String::as_str).collect() };
        let (links, images) = (set(&hints.links), set(&hints.images));
        for ((raw, flag), keys) in raws.iter().zip(removed_flags.iter_mut()).zip(&keys) {
            let is = |lines: &std::collections::HashSet<&str>| keys.iter().all(|k| lines.contains(k.as_str()));
            if flag.is_some() {
                continue;
            }
            if is(&links) {
                *flag = Some(Reason::Navigation);
            } else if raw.lines == 1 && is(&images) {
                *flag = Some(Reason::Furniture);
            }
        }
    }
    let body = mark_outside(source, &raws, &mut removed_flags);
    for (raw, flag) in raws.iter().zip(removed_flags.iter_mut()) {
        if keep.contains(&raw.span.start) {
            *flag = None;
        }
    }
    let container = if hints.main.is_empty() { None } else { container_blocks(&raws, &keys, &removed_flags, body.unwrap_or((0, raws.len())), &hints.main) };
    let body = match (&container, body) {
        (Some(inside), Some(b)) => Some(join_container(source, &raws, &mut removed_flags, inside, b)),
        _ => body,
    };
    let chosen = body.and_then(|b| choose_title(source, &raws, &removed_flags, b, &hints.h1));
    if let Some(t) = chosen {
        removed_flags[t] = None;
    }
    // The short lines just above the body were kept for the title (the headline, a kicker,
    // the byline): once the title is known, the others are page furniture ("Opinion", "About /
    // Contact Us / Menu"), bylines and dates aside, which become metadata. In a text with
    // sections (two headings or more in the body), a line between the title and the body is
    // its first section's heading and stays, unless it is one of a run of short lines ("Share
    // / Tweet / Email / Print"). (DEV text F1 0.925 → 0.927, lines F1 0.873 → 0.898; with the
    // HTML 0.932 → 0.933, lines 0.902 → 0.910; titles unchanged. Removing every such line gave
    // 0.9277 / 0.900, and the seed's first heading with it.)
    // (Without a chosen title, the first kept line may still be the title: it stays.)
    // (Not an author's name over its byline: "Jamelle Bouie" / "By Jamelle Bouie".)
    let named = |i: usize| raws.get(i + 1).is_some_and(|n| lower(source, n.span).trim().strip_prefix("by ").is_some_and(|b| b.trim() == lower(source, raws[i].span).trim()));
    let title = chosen.or_else(|| (0..raws.len()).find(|&i| removed_flags[i].is_none()).filter(|&i| could_be_title(source, &raws[i]) && !named(i)));
    if let Some((lo, hi)) = body {
        let headings = (lo..hi).filter(|&k| removed_flags[k].is_none() && (matches!(raws[k].kind, RawKind::Heading { .. }) || heading_like(source, &raws[k], 16))).count();
        // (Not a line of a run of short ones: "Share / Tweet / LinkedIn / Email / Print".)
        let short = |k: usize| raws[k].lines == 1 && words_up_to(raws[k].span.slice(source), 4) <= 3;
        for i in lo.saturating_sub(3)..lo {
            let t = raws[i].span.slice(source);
            let in_run = short(i) && (i > 0 && short(i - 1) || i + 1 < lo && short(i + 1));
            let section = headings >= 2 && title.is_some_and(|ti| i > ti) && !in_run;
            if removed_flags[i].is_none() && title != Some(i) && !section && !keep.contains(&raws[i].span.start) && !is_byline(t) && !is_dateline(t) {
                removed_flags[i] = Some(Reason::Outside);
            }
        }
    }

    if let Some(inside) = &container {
        trim_to_container(source, &raws, &mut removed_flags, inside, title, keep);
    }
    let content_follows = content_after(source, &raws, &removed_flags);
    let mut doc = Document { source, title: None, meta: Meta::default(), sections: Vec::new(), removed: Vec::new() };
    let mut current = Section { heading: None, level: 2, blocks: Vec::new() };
    let mut seen_content = false;
    let mut content_blocks = 0usize;
    for (i, raw) in raws.iter().enumerate() {
        if let Some(reason) = removed_flags[i] {
            doc.removed.push(Removed { span: raw.span, reason });
            continue;
        }
        let text = raw.span.slice(source);
        if chosen == Some(i) {
            doc.title = Some(raw.span);
            continue;
        }
        // Otherwise (no clear body, or no headline near it): the first kept block when it is
        // one heading-like line.
        if chosen.is_none() && doc.title.is_none() && !seen_content && current.heading.is_none() && current.blocks.is_empty() && could_be_title(source, raw) && !named(i) {
            doc.title = Some(raw.span);
            continue;
        }
        // (A standfirst may come first: "CHINA has sent troops …" / "By Laura Mowat".)
        if content_blocks <= 1 && raw.kind == RawKind::Text && raw.lines == 1 {
            if doc.meta.byline.is_none() && is_byline(text) {
                doc.meta.byline = Some(raw.span);
                continue;
            }
            if doc.meta.date.is_none() && is_dateline(text) {
                doc.meta.date = Some(raw.span);
                continue;
            }
        }
        let heading_level = match raw.kind {
            RawKind::Heading { level } => Some(level),
            RawKind::Text if heading_like(source, raw, 16) && content_follows[i] => Some(2),
            _ => None,
        };
        if let Some(level) = heading_level {
            if current.heading.is_some() || !current.blocks.is_empty() {
                doc.sections.push(std::mem::replace(
                    &mut current,
                    Section { heading: None, level: 2, blocks: Vec::new() },
                ));
            }
            current.heading = Some(raw.span);
            current.level = level;
            continue;
        }
        seen_content = true;
        content_blocks += 1;
        let para = |span: Span| Paragraph { span, sentences: splitter.split(source, span) };
        current.blocks.push(match raw.kind {
            RawKind::List { ordered } => Block::List(List {
                span: raw.span,
                ordered,
                items: raw.parts.iter().map(|&p| para(p)).collect(),
            }),
            RawKind::Quote => Block::Quote(para(raw.span)),
            _ => Block::Paragraph(para(raw.span)),
        });
    }
    if current.heading.is_some() || !current.blocks.is_empty() {
        doc.sections.push(current);
    }
    if !running.is_empty() {
        // Both lists are in text order: merged, not sorted (ties keep the block first).
        let blocks = std::mem::take(&mut doc.removed);
        let (mut a, mut b) = (blocks.into_iter().peekable(), running.into_iter().peekable());
        while let Some(first_a) = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => Some(x.span.start <= y.span.start),
            (Some(_), None) => Some(true),
            (None, Some(_)) => Some(false),
            (None, None) => None,
        } {
            doc.removed.extend(if first_a { a.next() } else { b.next() });
        }
    }
    doc
}

/// For each block, whether a kept block of running content (not a heading-like line) comes
/// after it: a heading-like line with nothing but more of them after it is not a heading.
fn content_after(source: &str, raws: &[Raw], removed: &[Option<Reason>]) -> Vec<bool> {
    let mut out = vec![false; raws.len()];
    let mut seen = false;
    for j in (0..raws.len()).rev() {
        out[j] = seen;
        let r = &raws[j];
        seen |= removed[j].is_none() && !matches!(r.kind, RawKind::Heading { .. }) && !heading_like(source, r, 16);
    }
    out
}
