//! The parsed article: [`Document`] and its parts, each with the byte span of its source.

use serde::{Deserialize, Serialize};

use crate::html::Hints;
use crate::text::{collapse_into, Span};

/// A parsed article. Borrows the text it was parsed from; all spans index into [`Document::source`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document<'a> {
    /// The text the document was parsed from.
    pub source: &'a str,
    /// The title line, if the text starts with one.
    pub title: Option<Span>,
    /// Byline and date lines found near the top.
    pub meta: Meta,
    /// Sections in text order; the first has no heading when text precedes the first heading.
    pub sections: Vec<Section>,
    /// Blocks set aside as page furniture, in text order, each with its reason.
    pub removed: Vec<Removed>,
}

/// Source metadata lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// A "By …" line.
    pub byline: Option<Span>,
    /// A date or "Published …" line.
    pub date: Option<Span>,
}

/// A heading and the blocks under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading line, without Markdown `#` marks.
    pub heading: Option<Span>,
    /// 1 for the top level; Markdown `##` gives 2 and so on. Plain-text headings are level 2.
    pub level: u8,
    /// The content in text order.
    pub blocks: Vec<Block>,
}

/// A unit of content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of sentences.
    Paragraph(Paragraph),
    /// A bulleted or numbered list; each item is split into sentences.
    List(List),
    /// A block quote.
    Quote(Paragraph),
}

/// Running text: its span and its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The whole block (for a list item: the item text, without its bullet).
    pub span: Span,
    /// The sentences, in order, inside `span`.
    pub sentences: Vec<Span>,
}

/// A list of items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// From the first bullet to the end of the last item.
    pub span: Span,
    /// Numbered ("1.") rather than bulleted.
    pub ordered: bool,
    /// The items, each without its bullet.
    pub items: Vec<Paragraph>,
}

impl Block {
    /// The span of the whole block.
    pub fn span(&self) -> Span {
        match self {
            Block::Paragraph(p) | Block::Quote(p) => p.span,
            Block::List(l) => l.span,
        }
    }

    /// Every sentence of the block, list items included, in order.
    pub fn sentences(&self) -> impl Iterator<Item = Span> + '_ {
        let (one, many): (Option<&Paragraph>, &[Paragraph]) = match self {
            Block::Paragraph(p) | Block::Quote(p) => (Some(p), &[]),
            Block::List(l) => (None, &l.items),
        };
        one.into_iter().chain(many).flat_map(|p| p.sentences.iter().copied())
    }
}

/// Why a block was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// A widget of other stories: "Top News", "Most read", "Related", "More from".
    Widget,
    /// A share, follow, subscribe or sign-up prompt, a cookie notice, an ad label, a credit.
    Furniture,
    /// A run of short link-like lines (menus, navigation) at the start or end.
    Navigation,
    /// A running header or footer repeated on every page, or a page number.
    PageHeader,
    /// Outside the article's body: menus, teasers, comments and footers around it.
    Outside,
    /// A headline-like line that the page repeats: teaser titles, breadcrumbs.
    Repeated,
}

impl Reason {
    /// A short phrase for the UI.
    pub fn describe(self) -> &'static str {
        match self {
            Reason::Widget => "list of other stories",
            Reason::Furniture => "page furniture (share, subscribe, cookies, ads, credits)",
            Reason::Navigation => "navigation links",
            Reason::PageHeader => "running header, footer or page number",
            Reason::Outside => "outside the article (menus, teasers, comments, footer)",
            Reason::Repeated => "line repeated on the page (teaser titles, breadcrumbs)",
        }
    }
}

/// A block set aside as boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Removed {
    /// The lines set aside.
    pub span: Span,
    /// Why.
    pub reason: Reason,
}

impl<'a> Document<'a> {
    /// Parses `source`. Total: any text gives a document, possibly empty.
    pub fn parse(source: &'a str) -> Self {
        super::parse_page(source, &[], &Hints::default(), None)
    }

    /// Parses `source` with hints: `keep`, the start offsets of blocks to keep even if they
    /// look like boilerplate (a reader restored them), and what the same page's HTML shows
    /// (see [`Hints`]): link lines are set aside as navigation, images' descriptions as
    /// furniture, and the article's container is weighed against the body the text shows.
    ///
    /// The hints are a second opinion, never the only one: when the body they lead to is a
    /// small part of the body the text alone shows (`parse::hinted_or_plain`), the text's
    /// reading stands.
    pub fn parse_with(source: &'a str, keep: &[usize], hints: &Hints) -> Self {
        super::hinted_or_plain(source, keep, hints)
    }

    /// The text of a span of the source.
    pub fn text(&self, span: Span) -> &'a str {
        span.slice(self.source)
    }

    /// Every kept sentence in text order, with the index of its section.
    pub fn sentences(&self) -> impl Iterator<Item = (usize, Span)> + '_ {
        self.sections.iter().enumerate().flat_map(|(i, s)| s.blocks.iter().flat_map(move |b| b.sentences().map(move |sp| (i, sp))))
    }

    /// The article as kept: title, headings, paragraphs and list items, one block a line.
    pub fn body(&self) -> String {
        let mut out = String::new();
        let mut line = |s: &str| {
            let before = out.len();
            collapse_into(&mut out, s);
            if out.len() > before {
                out.push('\n');
            }
        };
        if let Some(t) = self.title {
            line(self.text(t));
        }
        for section in &self.sections {
            if let Some(h) = section.heading {
                line(self.text(h));
            }
            for block in &section.blocks {
                match block {
                    Block::Paragraph(p) | Block::Quote(p) => line(self.text(p.span)),
                    // A numbered item keeps its number ("1. Finland"): it is part of the text.
                    Block::List(l) if l.ordered => l.items.iter().for_each(|i| {
                        let before = &self.source[..i.span.start];
                        let start = before.rfind('\n').map_or(0, |k| k + 1);
                        let marker = &before[start..];
                        let numbered = marker.len() <= 8 && marker.trim_start().starts_with(|c: char| c.is_ascii_digit());
                        line(&self.source[if numbered { start } else { i.span.start }..i.span.end]);
                    }),
                    Block::List(l) => l.items.iter().for_each(|i| line(self.text(i.span))),
                }
            }
        }
        out
    }
}
