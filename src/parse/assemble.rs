//! The last pass: the kept blocks become the [`Document`]: the title, the byline and date
//! near the top as metadata, sections at each heading, paragraphs, lists and quotes split into
//! sentences; the blocks set aside go to `removed` with their reasons.

use super::blocks::heading_like;
use super::blocks::{Raw, RawKind};
use super::model::{Block, Document, List, Meta, Paragraph, Reason, Removed, Section};
use super::shape::{dateline_len, is_byline, is_dateline};
use super::title::{could_be_title, is_named_over_byline};
use crate::sentence::Splitter;
use crate::text::Span;

/// The document of the kept blocks; `chosen` is the title the title pass chose, if any.
pub(crate) fn assemble<'a>(source: &'a str, raws: &[Raw], flags: &[Option<Reason>], chosen: Option<usize>) -> Document<'a> {
    let splitter = Splitter::for_text(source);
    let content_follows = content_after(source, raws, flags);
    let mut doc = Document { source, title: None, meta: Meta::default(), sections: Vec::new(), removed: Vec::new() };
    let mut current = Section { heading: None, level: 2, blocks: Vec::new() };
    let mut seen_content = false;
    let mut content_blocks = 0usize;
    for (i, raw) in raws.iter().enumerate() {
        if let Some(reason) = flags[i] {
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
        if chosen.is_none()
            && doc.title.is_none()
            && !seen_content
            && current.heading.is_none()
            && current.blocks.is_empty()
            && could_be_title(source, raw)
            && !is_named_over_byline(source, raws, i)
        {
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
                doc.sections.push(std::mem::replace(&mut current, Section { heading: None, level: 2, blocks: Vec::new() }));
            }
            current.heading = Some(raw.span);
            current.level = level;
            continue;
        }
        seen_content = true;
        content_blocks += 1;
        // (A "sentence" without a letter or a digit — an icon's bullet, "* * *" — stays in the
        // text but is no sentence: it can be no key point and no row.)
        let para = |span: Span| {
            let mut sentences = splitter.split(source, span);
            sentences.retain(|s| s.slice(source).chars().any(char::is_alphanumeric));
            // (A dateline opens the paragraph, not its first sentence: "WASHINGTON (AP) — ".)
            if let Some(first) = sentences.first_mut() {
                first.start += dateline_len(first.slice(source));
            }
            Paragraph { span, sentences }
        };
        current.blocks.push(match raw.kind {
            RawKind::List { ordered } => Block::List(List { span: raw.span, ordered, items: raw.parts.iter().map(|&p| para(p)).collect() }),
            RawKind::Quote => Block::Quote(para(raw.span)),
            _ => Block::Paragraph(para(raw.span)),
        });
    }
    if current.heading.is_some() || !current.blocks.is_empty() {
        doc.sections.push(current);
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
