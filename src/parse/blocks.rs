//! The second pass: lines grouped into blocks (paragraphs joined across wrapped lines, lists
//! across loose items, quotes), each with its span and its parts.

use super::lines::is_code;
use super::lines::{Kind, Line};
use super::shape::{heading_like_text, is_byline};
use crate::text::{ends_sentence, Span};

/// A block before headings and boilerplate are decided.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub(crate) kind: RawKind,
    pub(crate) span: Span,
    /// Item spans for lists; the single content span otherwise.
    pub(crate) parts: Vec<Span>,
    /// Number of source lines.
    pub(crate) lines: usize,
    /// The last source line.
    pub(crate) last: Span,
}

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawKind {
    /// Running text, or a plain-text heading not yet told apart.
    Text,
    /// A list.
    List {
        /// Numbered.
        ordered: bool,
    },
    /// A Markdown heading.
    Heading {
        /// 1 to 6.
        level: u8,
    },
    /// A block quote.
    Quote,
}

/// Whether a line continues the paragraph of the previous one (hard-wrapped text).
///
/// In hard-wrapped text (`wrap` is the column width) a line that fills the column goes on in
/// the next one. Elsewhere — browsers put one paragraph on a line — only a line that stops
/// mid-sentence and a next line that starts in lower case are joined.
pub(crate) fn continues(source: &str, prev_line: Span, next: Span, wrap: Option<usize>) -> bool {
    let p = prev_line.slice(source);
    let n = next.slice(source);
    let starts_lower = n.chars().next().is_some_and(|c| c.is_lowercase());
    if let Some(w) = wrap {
        if p.chars().count() * 10 >= w * 8 {
            return true;
        }
    }
    // (Nor does a line of code go on in the next: "function(e) {" / "return sheep;"; nor a
    // headline in its byline: "… the truth comes out" / "by Madeline Fry".)
    !ends_sentence(p) && !is_code(p) && (starts_lower || (wrap.is_some() && p.ends_with([',', '-']))) && !is_byline(n)
}

/// The column width of hard-wrapped text (PDF, e-mail): most lines end near one width of at
/// most 120 characters. `None` for text with a paragraph a line.
pub(crate) fn wrap_width(source: &str, lines: &[Line]) -> Option<usize> {
    let lens: Vec<usize> = lines.iter().filter(|l| l.kind == Kind::Text).map(|l| l.content.slice(source).chars().count()).filter(|&n| n >= 20).collect();
    if lens.len() < 4 {
        return None;
    }
    // The 90th percentile of the lengths, counted rather than sorted (a sort is kilobytes of
    // the page's wasm): lengths over 120 only need to be known as long.
    let mut counts = [0usize; 122];
    for &n in &lens {
        counts[n.min(121)] += 1;
    }
    let rank = lens.len() * 9 / 10;
    let mut seen = 0;
    let w = (0..counts.len()).find(|&n| {
        seen += counts[n];
        seen > rank
    })?;
    let near = lens.iter().filter(|&&n| n * 4 >= w * 3).count();
    (w <= 120 && near * 2 >= lens.len()).then_some(w)
}

/// Lines grouped into blocks: a paragraph's wrapped lines joined, a list's items together.
pub(crate) fn blocks(source: &str, lines: &[Line]) -> Vec<Raw> {
    let wrap = wrap_width(source, lines);
    let mut out: Vec<Raw> = Vec::new();
    let mut prev_blank = true;
    for (idx, line) in lines.iter().enumerate() {
        let after_blank = prev_blank;
        prev_blank = line.kind == Kind::Blank;
        match line.kind {
            Kind::Blank => {}
            Kind::Heading { level } => {
                out.push(Raw { kind: RawKind::Heading { level }, span: line.content, parts: vec![line.content], lines: 1, last: line.content })
            }
            Kind::Bullet { ordered } => {
                // A list goes on across blank lines while the next non-blank line is a bullet.
                if let Some(last) = out.last_mut() {
                    if last.kind == (RawKind::List { ordered }) && bullet_run(lines, idx) {
                        last.span = last.span.join(line.content);
                        last.parts.push(line.content);
                        last.lines += 1;
                        last.last = line.content;
                        continue;
                    }
                }
                out.push(Raw { kind: RawKind::List { ordered }, span: line.content, parts: vec![line.content], lines: 1, last: line.content });
            }
            Kind::Quote | Kind::Text => {
                let kind = if line.kind == Kind::Quote { RawKind::Quote } else { RawKind::Text };
                if let Some(last) = out.last_mut() {
                    let joinable = match (last.kind, kind) {
                        (RawKind::Quote, RawKind::Quote) => !after_blank,
                        (RawKind::Text, RawKind::Text) => !after_blank && continues(source, last.last, line.content, wrap),
                        // A wrapped list item: an indented or lower-case continuation line.
                        (RawKind::List { .. }, RawKind::Text) => {
                            !after_blank
                                && continues(source, last.last, line.content, wrap)
                                && line.content.slice(source).starts_with(|c: char| c.is_lowercase())
                        }
                        _ => false,
                    };
                    if joinable {
                        last.span = last.span.join(line.content);
                        let n = last.parts.len() - 1;
                        if matches!(last.kind, RawKind::List { .. }) {
                            last.parts[n] = last.parts[n].join(line.content);
                        } else {
                            last.parts[n] = last.span;
                        }
                        last.lines += 1;
                        last.last = line.content;
                        continue;
                    }
                }
                out.push(Raw { kind, span: line.content, parts: vec![line.content], lines: 1, last: line.content });
            }
        }
    }
    out
}

/// Whether the lines between the previous bullet and `idx` are all blank (a loose list).
pub(crate) fn bullet_run(lines: &[Line], idx: usize) -> bool {
    lines[..idx].iter().rev().take_while(|l| l.kind == Kind::Blank).count() <= 1
}

/// A single short line without closing punctuation that starts like a heading.
pub(crate) fn heading_like(source: &str, raw: &Raw, max_words: usize) -> bool {
    let text = raw.span.slice(source);
    raw.kind == RawKind::Text && raw.lines == 1 && !ends_sentence(text) && heading_like_text(text, max_words)
}
