//! Parsing pasted text into a [`Document`]: title, sections from headings, paragraphs, lists
//! and quotes, with page furniture set aside in [`Document::removed`].
//!
//! The parser reads lines. Plain text as browsers put it on the clipboard (one paragraph a
//! line, headings as short unpunctuated lines, "•" bullets), Markdown (`#` headings, `-`/`*`/`1.`
//! lists, `>` quotes) and hard-wrapped text (lines joined back into paragraphs) all go through
//! the same steps: classify lines, group them into blocks, find the title and headings, then
//! set boilerplate aside. Every block keeps the byte span of its source.

use crate::html::Hints;
use crate::sentence::Splitter;
use crate::span::{contains_any, is_space, trim, Span};
use crate::lexicon::{BOILERPLATE_DENSITY, BOILERPLATE_FORMS, BOILERPLATE_HEADINGS, BOILERPLATE_LINES, CAPTION_CREDITS, SHARE_NETWORKS, SHARE_WORDS};
use serde::{Deserialize, Serialize};

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
        parse(source, &[], &Hints::default())
    }

    /// Parses `source` with hints: `keep`, the start offsets of blocks to keep even if they
    /// look like boilerplate (a reader restored them), and what the same page's HTML shows
    /// (see [`Hints`]): link lines are set aside as navigation, images' descriptions as
    /// furniture, and the article's container is weighed against the body the text shows.
    pub fn parse_with(source: &'a str, keep: &[usize], hints: &Hints) -> Self {
        parse(source, keep, hints)
    }

    /// The text of a span of the source.
    pub fn text(&self, span: Span) -> &'a str {
        span.slice(self.source)
    }

    /// Every kept sentence in text order, with the index of its section.
    pub fn sentences(&self) -> impl Iterator<Item = (usize, Span)> + '_ {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.blocks.iter().flat_map(move |b| b.sentences().map(move |sp| (i, sp))))
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

/// Collapses runs of white space (line breaks, non-breaking spaces) to one space, drops
/// zero-width characters, and joins words hyphenated at a line break ("infra-\nstructure").
pub fn collapse(s: &str) -> String {
    let mut out = String::new();
    collapse_into(&mut out, s);
    out
}

/// [`collapse`], appended to `out`.
pub fn collapse_into(out: &mut String, s: &str) {
    // Most sentences are already collapsed: printable text with single inner spaces (a
    // non-ASCII char is checked as a char: white space, a zero-width char or a soft hyphen
    // is work for the loop below).
    let b = s.as_bytes();
    let mut prev_space = true;
    let mut plain = true;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if !((0x21..0x7F).contains(&c) || (c == b' ' && !prev_space)) {
                plain = false;
                break;
            }
            prev_space = c == b' ';
            i += 1;
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            if is_space(ch) || ch == '\u{AD}' {
                plain = false;
                break;
            }
            prev_space = false;
            i += ch.len_utf8();
        }
    }
    if plain && !prev_space {
        out.push_str(s);
        return;
    }
    let base = out.len();
    out.reserve(s.len());
    let mut gap = false;
    let mut newline = false;
    for c in s.chars() {
        if matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}') {
            continue;
        }
        if is_space(c) {
            gap = out.len() > base;
            newline |= c == '\n' || c == '\r';
        } else {
            let hyphenated = gap && newline && c.is_lowercase() && out[base..].ends_with('-')
                && out[base..out.len() - 1].ends_with(char::is_alphabetic);
            newline = false;
            if hyphenated {
                out.pop();
                gap = false;
            }
            if gap {
                out.push(' ');
                gap = false;
            }
            out.push(c);
        }
    }
}

// ------------------------------------------------------------------------------------ lines

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    Text,
    /// A bullet or number; `content` is the item text.
    Bullet { ordered: bool },
    /// `#` to `######`.
    Heading { level: u8 },
    Quote,
}

#[derive(Debug, Clone, Copy)]
struct Line {
    kind: Kind,
    /// The content: trimmed, without bullet, `#` or `>` marks.
    content: Span,
}

fn lines(source: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let bytes = source.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            if !(at_end && start == i && !out.is_empty()) || start < i {
                out.push(classify(source, Span::new(start, i)));
            }
            if !at_end && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

fn classify(source: &str, raw: Span) -> Line {
    let span = trim(source, raw);
    let text = span.slice(source);
    if text.is_empty() {
        return Line { kind: Kind::Blank, content: span };
    }
    let rest = |n: usize| trim(source, Span::new(span.start + n, span.end));
    let first = text.chars().next().unwrap_or(' ');
    // Bullets: a glyph, or a Markdown marker followed by a space.
    if matches!(first, '•' | '·' | '▪' | '◦' | '‣' | '●' | '○' | '■' | '□' | '➤' | '►' | '▸') {
        let content = rest(first.len_utf8());
        if !content.is_empty() {
            return Line { kind: Kind::Bullet { ordered: false }, content };
        }
    }
    if matches!(first, '-' | '*' | '+' | '–' | '—') {
        let after = &text[first.len_utf8()..];
        if after.starts_with(|c: char| is_space(c)) && !trim(source, rest(first.len_utf8())).is_empty() {
            return Line { kind: Kind::Bullet { ordered: false }, content: rest(first.len_utf8()) };
        }
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let after = &text[digits..];
        if (after.starts_with(". ") || after.starts_with(") ")) && !rest(digits + 2).is_empty() {
            return Line { kind: Kind::Bullet { ordered: true }, content: rest(digits + 2) };
        }
    }
    let hashes = text.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') && !rest(hashes).is_empty() {
        return Line { kind: Kind::Heading { level: hashes as u8 }, content: rest(hashes) };
    }
    if first == '>' && !rest(1).is_empty() {
        return Line { kind: Kind::Quote, content: rest(1) };
    }
    Line { kind: Kind::Text, content: span }
}

// ----------------------------------------------------------------------------------- blocks

/// A block before headings and boilerplate are decided.
#[derive(Debug, Clone)]
struct Raw {
    kind: RawKind,
    span: Span,
    /// Item spans for lists; the single content span otherwise.
    parts: Vec<Span>,
    /// Number of source lines.
    lines: usize,
    /// The last source line.
    last: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RawKind {
    Text,
    List { ordered: bool },
    Heading { level: u8 },
    Quote,
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
}

/// Whether a line continues the paragraph of the previous one (hard-wrapped text).
///
/// In hard-wrapped text (`wrap` is the column width) a line that fills the column goes on in
/// the next one. Elsewhere — browsers put one paragraph on a line — only a line that stops
/// mid-sentence and a next line that starts in lower case are joined.
fn continues(source: &str, prev_line: Span, next: Span, wrap: Option<usize>) -> bool {
    let p = prev_line.slice(source);
    let n = next.slice(source);
    let starts_lower = n.chars().next().is_some_and(|c| c.is_lowercase());
    if let Some(w) = wrap {
        if p.chars().count() * 10 >= w * 8 {
            return true;
        }
    }
    // (Nor does a line of code go on in the next: "function(e) {" / "return sheep;".)
    !ends_sentence(p) && !is_code(p) && (starts_lower || (wrap.is_some() && p.ends_with([',', '-'])))
}

/// The column width of hard-wrapped text (PDF, e-mail): most lines end near one width of at
/// most 120 characters. `None` for text with a paragraph a line.
fn wrap_width(source: &str, lines: &[Line]) -> Option<usize> {
    let lens: Vec<usize> = lines
        .iter()
        .filter(|l| l.kind == Kind::Text)
        .map(|l| l.content.slice(source).chars().count())
        .filter(|&n| n >= 20)
        .collect();
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

/// Lines that repeat as running headers or footers (same text up to digits, two or more
/// times, in hard-wrapped text: a PDF's, with pages) and page numbers ("Page 3", "- 4 -",
/// "3 of 10"; a bare "12" only in hard-wrapped text): turned into blank lines and reported as
/// removed. (In a browser's paste,
/// one paragraph a line, a line repeated with figures is the text's own: a program's output
/// in a tutorial, "0 files updated, 0 files merged". DEV text F1 0.9327 → 0.9329.)
fn running_lines(source: &str, lines: &mut [Line]) -> Vec<Removed> {
    let key = |l: &Line| -> String {
        l.content
            .slice(source)
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c.to_ascii_lowercase() })
            .filter(|c| !is_space(*c))
            .collect()
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
    let keys: Vec<Option<String>> = lines
        .iter()
        .map(|l| (l.kind == Kind::Text && (2..=12).contains(&words_up_to(l.content.slice(source), 13))).then(|| key(l)))
        .collect();
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for k in keys.iter().flatten() {
        *counts.entry(k.as_str()).or_insert(0) += 1;
    }
    // Long lines (80 bytes or more, some 13 words) by a hash of their text: a photo caption
    // that a gallery shows three times and more ("Los Angeles Lakers' LeBron James dunks …").
    let long_key = |l: &Line| -> Option<u64> {
        let t = l.content.slice(source).trim();
        // FNV-1a over the bytes: cheap, and exact copies are what a gallery shows.
        (l.kind == Kind::Text && t.len() >= 80)
            .then(|| t.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)))
    };
    // Three copies near each other count (a gallery shows them within a few lines; a text
    // pasted twice, or a long report that repeats itself, has its copies far apart), or four
    // in pairs (a caption in full and truncated, in the article and again in its gallery: the
    // clipboard HTML read as text, as the app reads a paste, 0.962 → 0.964). Four copies far
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
        // video titles, breadcrumbs, "more stories" entries. All copies go: DEV text F1
        // 0.887 → 0.898, HTML 0.909 → 0.919; also removing repeated sentences gained 0.003
        // more but would drop a refrain or a repeated quotation, so it was left out. But the
        // copy over a byline or date stays: the headline (titles 32 → 36 of 70 from the text,
        // 35 → 36 with the HTML; F1 0.9458 → 0.9453 from the text, as a scrapinghub truth has
        // no title and the body starts with one).
        // (The next two text lines within six, not yet blanked: a text of blank lines stays
        // linear.)
        let signed = |l: &Line| is_credit(l.content.slice(source));
        let over_byline = || lines[li + 1..].iter().take(6).filter(|l| l.kind == Kind::Text).take(2).any(signed);
        let repeated = n >= 2 && !header && !ends_sentence(t) && words_up_to(t, 13) >= 4 && !over_byline()
            || long_keys[li].is_some_and(|k| { let near = near_copies(li, k); near >= 3 || near >= 2 && long_at[&k].len() >= 4 });
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

fn blocks(source: &str, lines: &[Line]) -> Vec<Raw> {
    let wrap = wrap_width(source, lines);
    let mut out: Vec<Raw> = Vec::new();
    let mut prev_blank = true;
    for (idx, line) in lines.iter().enumerate() {
        let after_blank = prev_blank;
        prev_blank = line.kind == Kind::Blank;
        match line.kind {
            Kind::Blank => {}
            Kind::Heading { level } => out.push(Raw {
                kind: RawKind::Heading { level },
                span: line.content,
                parts: vec![line.content],
                lines: 1,
                last: line.content,
            }),
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
                out.push(Raw {
                    kind: RawKind::List { ordered },
                    span: line.content,
                    parts: vec![line.content],
                    lines: 1,
                    last: line.content,
                });
            }
            Kind::Quote | Kind::Text => {
                let kind = if line.kind == Kind::Quote { RawKind::Quote } else { RawKind::Text };
                if let Some(last) = out.last_mut() {
                    let joinable = match (last.kind, kind) {
                        (RawKind::Quote, RawKind::Quote) => !after_blank,
                        (RawKind::Text, RawKind::Text) => {
                            !after_blank && continues(source, last.last, line.content, wrap)
                        }
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
fn bullet_run(lines: &[Line], idx: usize) -> bool {
    lines[..idx]
        .iter()
        .rev()
        .take_while(|l| l.kind == Kind::Blank)
        .count()
        <= 1
}

/// Words of `text` (runs between white space with a letter or digit), counted up to `cap`:
/// callers compare with small bounds, and long lines need not be read to the end.
fn words_up_to(text: &str, cap: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    let mut alnum = false;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        // ASCII bytes are read as they are; a multi-byte character is read at its first byte.
        let (space, letter) = if b < 0x80 {
            (crate::span::is_ascii_space(b), b.is_ascii_alphanumeric())
        } else if b >= 0xC0 {
            let c = text[i..].chars().next().unwrap_or(' ');
            (is_space(c), c.is_alphanumeric())
        } else {
            continue;
        };
        if space {
            if in_word && alnum {
                n += 1;
                if n >= cap {
                    return cap;
                }
            }
            in_word = false;
            alnum = false;
        } else {
            in_word = true;
            alnum |= letter;
        }
    }
    (n + usize::from(in_word && alnum)).min(cap)
}

fn word_count(text: &str) -> usize {
    words_up_to(text, usize::MAX)
}

/// Words for density: white-space words, or for Chinese, Japanese and Korean text (written
/// without spaces) one word per two characters.
fn density_words(text: &str) -> usize {
    if text.is_ascii() {
        return words_up_to(text, 61);
    }
    let cjk = text
        .chars()
        .filter(|&c| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF))
        .count();
    words_up_to(text, 61).max(cjk / 2)
}

/// How much a line looks like article text: long lines of sentences score high, short lines
/// and labels low, page furniture lowest. Tuned on the extraction DEV pages (DESIGN.md).
fn line_score(text: &str) -> f32 {
    let words = density_words(text);
    let mut lower = crate::span::lower(text);
    // (Padded, so that "subscribe " matches at the line's end too, but not "subscribers".)
    lower.push(' ');
    if words < 15 && (contains_any(&lower, BOILERPLATE_LINES) || contains_any(&lower, BOILERPLATE_DENSITY)) {
        return -5.0;
    }
    // Comment forms, consent notices, sign-ups: furniture at any length (DEV text F1
    // 0.899 → 0.903).
    if contains_any(&lower, BOILERPLATE_FORMS) {
        return -5.0;
    }
    let stop = ends_sentence(text);
    // A long line cut off with an ellipsis is a teaser's excerpt ("… the survey is biased
    // against devs…"), not article text: it neither adds to the body nor ends it (DEV text F1
    // 0.896 → 0.899; −1 or −2 instead cost 0.001 with HTML).
    let t = text.trim_end();
    if words >= 12 && (t.ends_with('…') || t.ends_with("...")) {
        return 0.0;
    }
    // A line of program code ("  console.log(x); // false", "});"): the article's, amid
    // its prose; it neither adds to the body nor ends it.
    if is_code(text) {
        return 0.0;
    }
    if words >= 8 && stop {
        words.min(60) as f32 / 10.0
    } else if words >= 15 {
        words.min(60) as f32 / 20.0
    } else if stop && words >= 4 {
        0.2
    } else {
        -1.0
    }
}

/// A line of program code as a browser pastes a `pre` block: it ends with a statement's or a
/// block's mark, or a comment (`console.log(x); // false`).
fn is_code(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with([';', '{', '}']) || crate::span::contains(t, "); // ")
}

/// Whether `b` holds a time of day ("4:47", "10:48").
fn has_clock(b: &[u8]) -> bool {
    (1..b.len().saturating_sub(2)).any(|k| b[k] == b':' && b[k - 1].is_ascii_digit() && b[k + 1].is_ascii_digit() && b[k + 2].is_ascii_digit())
}

/// Walking `order` from a gap's edge, the farthest block where the running sum of `scores` is
/// at its highest, if that sum is a dense run's (10 or more, some hundred words of prose); the
/// walk stops where the sum falls below −3.
fn densest_reach(scores: &[f32], order: impl Iterator<Item = usize>) -> Option<usize> {
    let (mut sum, mut best_sum, mut at) = (0.0f32, 0.0f32, None);
    for j in order {
        sum += scores[j];
        if sum > best_sum {
            (best_sum, at) = (sum, Some(j));
        }
        if sum < -3.0 {
            break;
        }
    }
    at.filter(|_| best_sum >= 10.0)
}

/// Lines taken for navigation that turn out to belong to the body are kept again.
fn keep_navigation(flags: &mut [Option<Reason>]) {
    for f in flags.iter_mut().filter(|f| **f == Some(Reason::Navigation)) {
        *f = None;
    }
}

/// A comment's header line: its author and a date or time, often "… said:" ("Milan on
/// September 12, 2018 at 4:47 pm said:", "Rarst · March 10, 2017 at 1:26 AM"). A byline
/// ("Posted by …", "By …") is not one, nor a quotation's "Makali wrote:" without a date.
fn is_comment_header(text: &str) -> bool {
    const MONTHS: &[&str] = &[
        "january", "february", "march", "april", "may ", "june", "july", "august", "september",
        "october", "november", "december", "jan ", "feb ", "mar ", "apr ", "jun ", "jul ", "aug ",
        "sep ", "sept ", "oct ", "nov ", "dec ",
    ];
    let t = text.trim();
    // Cheap tests first: every header ends with a colon or holds a time of day.
    let clock = has_clock(t.as_bytes());
    if !(t.ends_with(':') || clock) || words_up_to(t, 20) >= 20 {
        return false;
    }
    let lower = crate::span::lower(t);
    if lower.starts_with("posted by") || lower.starts_with("by ") || lower.starts_with("published") || lower.starts_with("updated") {
        return false;
    }
    let dated = clock || contains_any(&lower, MONTHS) || crate::span::contains(&lower, " ago");
    let said = lower.trim_end().ends_with("said:") || lower.trim_end().ends_with("says:") || lower.trim_end().ends_with("wrote:");
    dated && (said || (clock && (crate::span::contains(&lower, " at ") || lower.contains('·'))))
}

/// Marks everything outside the article's main body: the densest run of blocks (the
/// maximum-sum run of [`line_score`]s), widened upwards over the title and headings just
/// above it. Only when the text has a clear body (a dense run of a hundred words or more).
fn mark_outside(source: &str, raws: &[Raw], flags: &mut [Option<Reason>]) -> Option<(usize, usize)> {
    let mut scores: Vec<f32> = raws
        .iter()
        .zip(flags.iter())
        .map(|(r, f)| {
            match f {
                Some(Reason::Navigation) => return -3.0,
                Some(_) => return -1.0,
                None => {}
            }
            match r.kind {
                RawKind::List { .. } => r.parts.iter().map(|p| line_score(p.slice(source)).max(-0.5)).sum(),
                _ => line_score(r.span.slice(source)),
            }
        })
        .collect();
    // A table of contents: numbered lines ("1.1 Equality with the adjoint") that headings
    // followed by prose repeat ("Equality with the adjoint[edit]") belong to the article's
    // apparatus: they neither add to the body nor cut it in two, and once the body is found
    // they are set aside as navigation (as a reader view leaves them out).
    let mut contents: Vec<(usize, usize)> = Vec::new();
    {
        let number = |t: &str| -> Option<usize> {
            let t = t.trim_start();
            let n = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').len();
            (n > 0 && t.as_bytes().get(n) == Some(&b' ')).then_some(n)
        };
        let norm = |t: &str| crate::span::lower(crate::span::trim_end_all(t.trim(), "[edit]").trim_end_matches('¶').trim_end());
        let short = |i: usize| raws[i].kind == RawKind::Text && raws[i].lines == 1 && words_up_to(raws[i].span.slice(source), 13) <= 12;
        let line = |i: usize| short(i) && flags[i].is_none();
        // (The page's HTML may show the contents to be links: they stay set aside, and no
        // longer cut the article either.)
        let entry = |i: usize| short(i) && matches!(flags[i], None | Some(Reason::Navigation));
        // (Numbered lines first: most texts have fewer than three, and need no set of headings.)
        let numbered: Vec<(usize, usize)> = (0..raws.len()).filter(|&i| entry(i)).filter_map(|i| Some((i, number(raws[i].span.slice(source))?))).collect();
        let toc: Vec<usize> = if numbered.len() < 3 {
            Vec::new()
        } else {
            let headings: std::collections::HashSet<String> = (0..raws.len())
                .filter(|&j| line(j) && number(raws[j].span.slice(source)).is_none() && (j + 1..(j + 3).min(raws.len())).any(|k| scores[k] >= 1.0))
                .map(|j| norm(raws[j].span.slice(source)))
                .collect();
            numbered.into_iter().filter(|&(i, n)| headings.contains(&norm(&raws[i].span.slice(source).trim_start()[n..]))).map(|(i, _)| i).collect()
        };
        if toc.len() >= 3 {
            // The numbered lines next to them belong to the same contents (some headings are
            // followed by a formula or a list, not prose), and so does its one-word heading.
            let in_toc = |i: usize| entry(i) && number(raws[i].span.slice(source)).is_some();
            let mut done = 0;
            for &i in &toc {
                if i < done {
                    continue;
                }
                let mut a = i;
                while a > done && in_toc(a - 1) {
                    a -= 1;
                }
                let mut b = i + 1;
                while b < raws.len() && in_toc(b) {
                    b += 1;
                }
                if a > done && entry(a - 1) && words_up_to(raws[a - 1].span.slice(source), 2) == 1 {
                    a -= 1;
                }
                done = b;
                scores[a..b].iter_mut().for_each(|x| *x = 0.0);
                contents.push((a, b));
            }
        }
    }
    // A table pasted as text: three or more lines in a row with the same number of tabs
    // between their cells ("Herbert Dürr\t63\t16.6%"). It neither adds to the body nor cuts
    // it in two (LWN's weekly edition, its statistics between paragraphs).
    {
        let tabs = |i: usize| if raws[i].kind == RawKind::Text && raws[i].lines == 1 && flags[i].is_none() { raws[i].span.slice(source).trim().matches('\t').count() } else { 0 };
        let mut i = 0;
        while i < raws.len() {
            let n = tabs(i);
            let mut j = i + 1;
            while n > 0 && j < raws.len() && tabs(j) == n {
                j += 1;
            }
            if n > 0 && j - i >= 3 {
                scores[i..j].iter_mut().for_each(|x| *x = x.max(0.0));
            }
            i = j;
        }
    }
    // One or two link or ad lines between two paragraphs of prose are the article's own (an
    // embedded calculator's "Powered by SmartAsset.com", a "Related" link, "ADVERTISING"): they
    // neither add to the body nor cut it. A menu is a longer run.
    {
        // 1 prose, 2 a link or ad line, 0 other.
        let kind: Vec<u8> = (0..raws.len())
            .map(|k| match flags[k] {
                None if scores[k] >= 1.0 => 1,
                None if raws[k].lines <= 2 && scores[k] <= -5.0 => 2,
                Some(Reason::Navigation) => 2,
                _ => 0,
            })
            .collect();
        for (i, w) in kind.windows(3).enumerate() {
            if w == [1, 2, 1] {
                scores[i + 1] = 0.0;
            }
        }
        for (i, w) in kind.windows(4).enumerate() {
            if w == [1, 2, 2, 1] {
                scores[i + 1..i + 3].fill(0.0);
            }
        }
    }
    // Runs of low lines cost more the longer they go (each next one 25% more): a block of
    // tags or teaser headlines between the article and a "more stories" list then ends the
    // body, where single short lines inside an article (a subheading, a caption) do not.
    // DEV: text F1 0.878 → 0.887, HTML unchanged (0.900 → 0.899); 0.5 and 1.0 cost recall.
    let mut run = 0.0f32;
    for x in scores.iter_mut() {
        if *x < 0.0 {
            *x *= 1.0 + 0.25 * run;
            run += 1.0;
        } else {
            run = 0.0;
        }
    }
    let (mut best, mut lo, mut hi) = (0.0f32, 0, 0);
    let (mut cur, mut start) = (0.0f32, 0);
    for (i, &x) in scores.iter().enumerate() {
        if cur <= 0.0 {
            cur = 0.0;
            start = i;
        }
        cur += x;
        if cur > best {
            (best, lo, hi) = (cur, start, i + 1);
        }
    }
    // Short texts have no page around them: about a hundred words of dense text at least.
    // A table pasted as lines ends an article more often than a menu does: four or more
    // short lines of one shape ("England (Group A): 10th appearance", "Spain (Group F): 11th
    // appearance"; "1a etapa: 10 de março – Interlagos"), right after the body or after a
    // heading line, belong to it. Menus and teaser lists have no such shape.
    let shapes: Vec<Option<(char, char)>> = raws
        .iter()
        .zip(flags.iter())
        .map(|(r, f)| {
            let t = r.span.slice(source);
            // (A run at the page's end may have been taken for navigation: its shape says no.)
            if r.lines != 1 || t.len() > 300 || !matches!(f, None | Some(Reason::Outside | Reason::Navigation)) {
                return None;
            }
            marks_of(t).filter(|_| words_up_to(t, 16) <= 15)
        })
        .collect();
    // Where the run of one shape that starts at each line ends (one pass from the end).
    let mut run_end = vec![0usize; raws.len() + 1];
    for k in (0..raws.len()).rev() {
        run_end[k] = match &shapes[k] {
            None => k,
            Some(s) if shapes.get(k + 1).is_some_and(|n| n.as_ref() == Some(s)) => run_end[k + 1],
            Some(_) => k + 1,
        };
    }
    let run_from = |k: usize| -> usize { run_end.get(k).copied().unwrap_or(k).max(k) };
    if best < 10.0 {
        // No prose to speak of: a page whose article is such a table (a calendar, a results
        // list) amid menus three times its size keeps the table and its heading.
        let longest = (0..raws.len()).map(|k| (k, run_from(k))).max_by_key(|&(k, e)| (e - k, std::cmp::Reverse(k)));
        match longest {
            Some((k, e)) if e - k >= 6 && raws.len() >= 3 * (e - k) => {
                lo = if k > 0 && matches!(flags[k - 1], None | Some(Reason::Navigation)) && heading_like(source, &raws[k - 1], 12) { k - 1 } else { k };
                hi = e;
                keep_navigation(&mut flags[lo..hi]);
            }
            _ => return None,
        }
    }
    // A widget set aside in the middle of an article ("Recommended" and its links) can cut it
    // in two, and the sum above keeps the bigger half: a dense run (a hundred words of prose
    // or more) on the other side of a gap of set-aside lines only joins the body.
    let set_aside = |k: usize| matches!(flags[k], Some(Reason::Widget | Reason::Navigation | Reason::Furniture));
    // (Bounded: at most 20 joins each way, each looking at most 2,000 blocks on, so a huge
    // text of alternating runs stays linear.)
    // (Up to three weak lines — a lead-in, a subheading, a video's title — may stand between
    // the body and the gap: DEV with the HTML 0.9344 → 0.9355.)
    const WEAK: usize = 3;
    let weak = |k: usize| flags[k].is_none() && raws[k].lines == 1 && scores[k] > -1.5 && scores[k] < 1.0;
    // (In the reach beyond a gap, a caption or credit line set aside costs nothing: it sits
    // amid the article as often as around it.)
    let reach: Vec<f32> = scores.iter().zip(flags.iter()).map(|(&x, f)| if *f == Some(Reason::Furniture) { 0.0 } else { x }).collect();
    for _ in 0..20 {
        let mut w = lo;
        while w > 0 && lo - w < WEAK && weak(w - 1) {
            w -= 1;
        }
        let mut k = w;
        while k > 0 && set_aside(k - 1) && w - k < 25 {
            k -= 1;
        }
        if k == w || k == 0 || set_aside(k - 1) {
            break;
        }
        match densest_reach(&reach, (k.saturating_sub(2000)..k).rev()) {
            Some(from) => lo = from,
            None => break,
        }
    }
    for _ in 0..20 {
        let mut w = hi;
        while w < raws.len() && w - hi < WEAK && weak(w) {
            w += 1;
        }
        let mut k = w;
        while k < raws.len() && set_aside(k) && k - w < 25 {
            k += 1;
        }
        if k == w || k >= raws.len() {
            break;
        }
        match densest_reach(&reach, k..(k + 2000).min(scores.len())) {
            Some(last) => hi = last + 1,
            None => break,
        }
    }
    for start in [hi, hi + 1] {
        let end = run_from(start);
        if end >= start + 4 {
            keep_navigation(&mut flags[hi..end]);
            hi = end;
            break;
        }
    }
    // A lead-in that ends the body with a colon promises a list: the numbered or bulleted
    // items after it (and the links between them) belong to the body, short as they are
    // ("Ecco allora le offerte …:" then "1) Lego Star Wars …", "http://amzn.to/…").
    if hi < raws.len() && raws[hi - 1].span.slice(source).trim_end().ends_with(':') {
        let mut last_item = None;
        let mut k = hi;
        while k < raws.len() {
            let t = raws[k].span.slice(source).trim_start();
            let numbered = t.split_once([')', '.']).is_some_and(|(n, _)| !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit()));
            let link = t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.");
            // (A link line between the items may have been taken for navigation.)
            if !matches!(flags[k], None | Some(Reason::Outside)) && !link {
                break;
            }
            if matches!(raws[k].kind, RawKind::List { .. }) || numbered {
                last_item = Some(k);
            } else if !link {
                break;
            }
            k += 1;
        }
        if let Some(l) = last_item {
            hi = l + 1;
        }
    }
    // A comment thread under the article reads like text (long lines with stops) and joins the
    // body: it starts at the first of two or more comment headers ("Alex on September 17, 2018
    // at 6:34 am said:", "Rarst · March 10, 2017 at 1:26 AM").
    let headers: Vec<usize> = (lo..hi).filter(|&i| raws[i].lines == 1 && is_comment_header(raws[i].span.slice(source))).collect();
    if headers.len() >= 2 && headers[0] > lo + 1 {
        hi = headers[0];
    }
    let body = (lo, hi);
    for &(a, b) in &contents {
        flags[a..b].iter_mut().filter(|f| f.is_none()).for_each(|f| *f = Some(Reason::Navigation));
    }
    // The title, headline and byline sit just above the body; the first line of the text
    // may be the title over a few furniture lines ("From Wikipedia, the free encyclopedia",
    // "Jump to navigation").
    let (mut up, mut k, mut skipped) = (0, lo, 0);
    while k > 0 && up < 3 {
        // (A share bar between the credits and the body is passed over as one of the lines:
        // "Headline / date / Tweet / body".)
        if flags[k - 1] == Some(Reason::Furniture) && raws[k - 1].lines == 1 && is_share_bar(&lower(source, raws[k - 1].span)) {
            up += 1;
        } else if flags[k - 1] == Some(Reason::Furniture) && skipped < 3 {
            skipped += 1;
        } else if flags[k - 1].is_none() && (skipped == 0 || k == 1) && (heading_like(source, &raws[k - 1], 30) || matches!(raws[k - 1].kind, RawKind::Heading { .. })) {
            lo = k - 1;
            up += 1;
        } else {
            break;
        }
        k -= 1;
    }
    for (i, f) in flags.iter_mut().enumerate() {
        if (i < lo || i >= hi) && f.is_none() {
            *f = Some(Reason::Outside);
        }
    }
    Some(body)
}

/// The title of a page with a clear body. The first kept block when it is a good headline (a
/// clean paste starts with it); otherwise the best headline among the fifteen blocks above the
/// body and the first three of it. A headline is one line of three to thirty words without a
/// closing stop whose words are the body's words; an `h1` of pasted HTML counts most (or, in
/// pasted text, a line that the page's HTML shows as its `h1`: [`Hints::h1`]), and bylines,
/// datelines, photo credits and captions are never titles. Tuned on the extraction DEV pages,
/// whose truth gives the title (`title_candidates`): 10 → 26 of 70 pages right; the HTML's
/// `h1` took the text with the HTML from 30 to 34.
fn choose_title(source: &str, raws: &[Raw], flags: &[Option<Reason>], body: (usize, usize), headlines: &[String]) -> Option<usize> {
    let (lo, hi) = body;
    let content = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() >= 3).map(crate::span::lower).filter(|w| !crate::lexicon::is_stop_word(w)).collect()
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
    let is_h1 = |r: &Raw| matches!(r.kind, RawKind::Heading { level: 1 }) || (!headlines.is_empty() && headlines.contains(&collapse(r.span.slice(source)).to_lowercase()));
    // (Farther up than the fifteen blocks, only an `h1`: a table of contents can stand between
    // the headline and the body.)
    let far_h1 = (0..from).filter(|&i| is_h1(&raws[i]));
    for i in first_kept.into_iter().chain(far_h1).chain(from..to) {
        let r = &raws[i];
        // (A run of menu lines taken for navigation or a widget can swallow the headline right
        // above the body: "News / Afghanistan / US service members killed in …"; or further up,
        // with its standfirst under it: "Newsletter / Subscribe / Advertise / South Korea's
        // roadmap to drive down solar costs / The government has unveiled a plan …" — titles
        // 31 → 33 of 70 from the text, 29 → 31 with the HTML.)
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
        let heading = matches!(r.kind, RawKind::Heading { .. });
        let t = r.span.slice(source);
        // (A headline above the body may exclaim, "This API is so Fetching!", or ask over its
        // credits: "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?")
        let te = t.trim_end();
        let exclaims = r.kind == RawKind::Text && r.lines == 1 && (i < lo && te.ends_with('!') || i <= lo && te.ends_with('?') && headline) && !te[..te.len() - 1].ends_with(['!', '?', '.']);
        if !(heading || heading_like(source, r, 30) || exclaims && heading_like_text(t, 30)) {
            continue;
        }
        let words = words_up_to(t, 31);
        let lower = crate::span::lower(t);
        // (Nor is a row of a table pasted as lines: "2a etapa: 8 de abril – Curitiba" between
        // rows of its shape.)
        let shape = marks_of(t);
        let row = |k: usize| raws.get(k).is_some_and(|n| n.lines == 1 && shape.is_some() && marks_of(n.span.slice(source)) == shape && n.span.slice(source).trim() != t.trim());
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

/// The first two marks of a line (not letters, digits or spaces) when one of them is a label's
/// or a row's: ':', '(', '–', '—' or '|'. Lines of one such shape in a row are a table pasted
/// as lines ("England (Group A): 10th appearance").
fn marks_of(t: &str) -> Option<(char, char)> {
    let mut marks = t.chars().filter(|c| !c.is_alphanumeric() && !c.is_whitespace());
    let s = (marks.next()?, marks.next().unwrap_or(' '));
    let marked = |c: char| matches!(c, ':' | '(' | '–' | '—' | '|');
    (marked(s.0) || marked(s.1)).then_some(s)
}

/// Whether the first kept block can be the title when none was chosen near the body: an
/// `h1`, or one heading-like line of two words or more that is no byline, date, stamp or credit.
fn could_be_title(source: &str, raw: &Raw) -> bool {
    let text = raw.span.slice(source);
    match raw.kind {
        RawKind::Heading { level } => level == 1,
        _ => {
            let lower = crate::span::lower(text);
            heading_like(source, raw, 30) && word_count(text) >= 2 && !is_credit(text) && !not_a_title(&lower) && !contains_any(&lower, CREDITS)
        }
    }
}

/// Lines that are never titles: a writer's credit ("Greg Beacham, AP Sports Writer"), a
/// publication stamp ("PUBLISHED: 10:48, Tue"), a handle ("Siga @adautoracing"), share icons,
/// a gallery's labels, a formula.
fn not_a_title(lower: &str) -> bool {
    const MARKS: &[&str] = &["published:", "updated:", "@", "icon ", "gallery", "sports writer", "staff writer", "correspondent", "reporter", " editor"];
    let b = lower.as_bytes();
    let clock = has_clock(b);
    // A numeric date: "23/08/2018".
    let date = b.windows(5).any(|w| w[0].is_ascii_digit() && w[1] == b'/' && w[2].is_ascii_digit() && w[4].is_ascii_digit() && (w[3] == b'/' || w[3].is_ascii_digit()));
    // (TeX pasted as text, "{\displaystyle A …}", is a formula.)
    clock || date || contains_any(lower, MARKS) || crate::span::contains(lower, "{\\")
}

/// Marks of photo credits, captions and labels, which are not titles.
const CREDITS: &[&str] = &["©", "photo", "image:", "getty", "credit", "/ap", "reuters", "shutterstock", "logo", "(c)", "copyright", "illustration", "video:", "watch:", "listen:"];

/// A single short line without closing punctuation that starts like a heading.
fn heading_like(source: &str, raw: &Raw, max_words: usize) -> bool {
    let text = raw.span.slice(source);
    raw.kind == RawKind::Text && raw.lines == 1 && !ends_sentence(text) && heading_like_text(text, max_words)
}

/// A short line that starts like a heading (its closing punctuation aside).
fn heading_like_text(text: &str, max_words: usize) -> bool {
    if text.len() > 200 {
        return false;
    }
    let words = words_up_to(text, max_words + 1);
    let first = text.chars().next().unwrap_or(' ');
    (1..=max_words).contains(&words)
        && !text.ends_with(',')
        && !first.is_lowercase()
        && text.chars().any(char::is_alphabetic)
}

fn lower(source: &str, span: Span) -> String {
    crate::span::lower(span.slice(source))
}

/// A byline or a date line: the credits under a headline. (One function, not inlined: the
/// page's wasm had a copy of both checks at each place that asks.)
#[inline(never)]
fn is_credit(text: &str) -> bool {
    is_byline(text) || is_dateline(text)
}

/// A "By Jane Doe" line.
fn is_byline(text: &str) -> bool {
    let t = text.trim().trim_matches(|c| matches!(c, '*' | '_'));
    let rest = t.strip_prefix("By ").or_else(|| t.strip_prefix("by "));
    rest.is_some_and(|r| (1..=8).contains(&words_up_to(r, 9)) && !ends_sentence(t))
}

/// A short line naming a date or time of publication.
fn is_dateline(text: &str) -> bool {
    const MONTHS: &[&str] = &[
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan ", "feb ", "mar ", "apr ", "jun ", "jul ",
        "aug ", "sep ", "sept ", "oct ", "nov ", "dec ",
    ];
    // (Short first: lower case changes neither the words nor the closing punctuation. A
    // stamp of both times, "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov
    // 19, 2019", runs to sixteen words.)
    let words = words_up_to(text, 17);
    if words > 16 || ends_sentence(text) {
        return false;
    }
    let l = crate::span::lower(text);
    if l.starts_with("published") || l.starts_with("updated") {
        return true;
    }
    let has_year = l.as_bytes().windows(4).any(|w| {
        w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20"))
    });
    words <= 10 && has_year && contains_any(&l, MONTHS)
}

/// The blocks of the article's container that the page's HTML showed ([`Hints::main`]), when
/// the container and the body found in the text mostly agree (80% or more of the body's kept
/// bytes are lines of the container); `None` when they do not.
///
/// Then the container decides where the article starts and ends: its lines that fell outside
/// the body come back first ([`join_container`]: an index page of several articles, an article
/// that a long widget cut in two), and once the title is chosen, lines before its first line
/// and after its last are set aside ([`trim_to_container`]: a standfirst, a caption, the
/// teasers that joined the body). Lines amid the container's that are not its own stay as the
/// text decided: quotations, embedded posts and lists often sit in elements of their own.
/// DEV with the clipboard HTML: shingle F1 0.937 → 0.948, lines 0.915 → 0.933; setting aside
/// every line not of the container lost recall (0.937), and so did a container with its
/// cousins as well as its siblings (0.941); 70% or 90% agreement gave 0.945 and 0.942.
fn container_blocks(raws: &[Raw], keys: &[Vec<String>], flags: &[Option<Reason>], (lo, hi): (usize, usize), main: &[String]) -> Option<Vec<bool>> {
    let main: std::collections::HashSet<&str> = main.iter().map(String::as_str).collect();
    let inside: Vec<bool> = keys.iter().map(|k| k.iter().any(|k| main.contains(k.as_str()))).collect();
    let (mut agree, mut all) = (0usize, 0usize);
    for k in (lo..hi).filter(|&k| flags[k].is_none()) {
        all += raws[k].span.len();
        agree += if inside[k] { raws[k].span.len() } else { 0 };
    }
    (all > 0 && agree * 5 >= all * 4).then_some(inside)
}

/// Brings back the container's lines that were set aside as outside the body, and gives the
/// body that now reaches them.
fn join_container(source: &str, raws: &[Raw], flags: &mut [Option<Reason>], inside: &[bool], (mut lo, mut hi): (usize, usize)) -> (usize, usize) {
    for k in 0..flags.len() {
        // (Not the lines that read as furniture whatever their place: a sign-up form, an
        // affiliate disclosure.)
        if flags[k] == Some(Reason::Outside) && inside[k] && line_score(raws[k].span.slice(source)) > -5.0 {
            flags[k] = None;
            lo = lo.min(k);
            hi = hi.max(k + 1);
        }
    }
    (lo, hi)
}

/// Sets aside the kept lines before the container's first line and after its last, but the
/// title, the bylines and dates above it, which become metadata, and the blocks the reader
/// restored.
fn trim_to_container(source: &str, raws: &[Raw], flags: &mut [Option<Reason>], inside: &[bool], title: Option<usize>, keep: &[usize]) {
    let kept_inside = |k: &usize| flags[*k].is_none() && inside[*k];
    let (Some(first), Some(last)) = ((0..raws.len()).find(kept_inside), (0..raws.len()).rev().find(kept_inside)) else { return };
    for k in (0..first).chain(last + 1..raws.len()) {
        let t = raws[k].span.slice(source);
        if flags[k].is_none() && title != Some(k) && !keep.contains(&raws[k].span.start) && !(k < first && is_credit(t)) {
            flags[k] = Some(Reason::Outside);
        }
    }
}

// ------------------------------------------------------------------------------------ parse

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

/// Whether a lower-cased line invites the reader to follow someone on a social network.
fn invites_to_follow(l: &str) -> bool {
    let t = l.trim_start();
    (t.starts_with("follow ") || t.starts_with("find us on") || t.starts_with("like us on") || t.starts_with("connect with"))
        && contains_any(t, &["facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok", "pinterest", "mastodon", "bluesky"])
}

/// A row of share buttons pasted as a line: nothing but the buttons' words ("Share", "Icon
/// Facebook Icon Twitter Icon LinkedIn Icon Email", "Share on: Facebook Twitter Reddit"), with a
/// network or a share among them; counts between the words ("Share on Facebook0Tweet …") are ignored.
fn is_share_bar(l: &str) -> bool {
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

/// Marks widgets, furniture lines and navigation runs.
fn mark_boilerplate(source: &str, raws: &[Raw], flags: &mut [Option<Reason>]) {
    let short = |r: &Raw| words_up_to(r.span.slice(source), 15) <= 14;
    // A line that is nothing but a link or a label: short, no sentence punctuation.
    let link_like = |r: &Raw| {
        let t = r.span.slice(source);
        r.lines <= 2 && words_up_to(t, 26) <= 25 && !ends_sentence(t)
    };
    let mut i = 0;
    while i < raws.len() {
        let r = &raws[i];
        let l = lower(source, r.span);
        // A photo gallery's labels, alone on their line ("Caption", "Close", "Image 1 of 5"),
        // and a blog's "like" button ("Like this:" over "Like Loading...", WordPress's).
        let label = l.trim();
        let next_is = |t: &str| raws.get(i + 1).is_some_and(|n| lower(source, n.span).trim() == t);
        // A sign-up form's field and button ("Email Address" / "Subscribe" / "Loading...").
        // (Not "Powered by …": Readability's truths keep a widget's "Powered by SmartAsset.com";
        // nor an ad's label or a video player's countdown between paragraphs, "ADVERTISING",
        // "Your video will play in 00:25": the link-or-ad rule of `mark_outside` needs them
        // unflagged, or a short article cut by them is lost.)
        let label = label.trim_end_matches([':', ' ']);
        if r.lines == 1
            && (matches!(label, "caption" | "close" | "back to gallery" | "like loading..." | "subscribe" | "loading..." | "loading…" | "email address" | "e-mail address")
                || (label == "like this" && next_is("like loading..."))
                || (label.starts_with("image ") && crate::span::contains(label, " of ") && label.len() < 20 && label.bytes().any(|b| b.is_ascii_digit())))
        {
            flags[i] = Some(Reason::Furniture);
            i += 1;
            continue;
        }
        let bare_heading = matches!(l.trim(), "more" | "more:" | "related" | "related:" | "see also" | "see also:" | "also read" | "also read:" | "recommended" | "recommended:");
        // (A question is a subheading: "Which native ad units are the most popular?")
        if short(r) && r.lines == 1 && (contains_any(&l, BOILERPLATE_HEADINGS) || bare_heading) && !label.ends_with('?') && !matches!(r.kind, RawKind::List { .. }) {
            // A widget: its heading and the link-like lines (or lists) that follow it.
            flags[i] = Some(Reason::Widget);
            let mut j = i + 1;
            while j < raws.len() && (link_like(&raws[j]) || matches!(raws[j].kind, RawKind::List { .. })) {
                flags[j] = Some(Reason::Widget);
                j += 1;
            }
            i = j;
            continue;
        }
        if (short(r) && contains_any(&l, BOILERPLATE_LINES)) || (r.lines == 1 && is_share_bar(&l)) {
            flags[i] = Some(Reason::Furniture);
        }
        // Markup shown as text (a tracking pixel in a <noscript>, pasted as its source).
        let raw = r.span.slice(source).trim();
        if r.lines == 1 && raw.starts_with('<') && raw.ends_with('>') && raw[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            flags[i] = Some(Reason::Furniture);
        }
        // And a formula's TeX source, which a page keeps for screen readers and copying
        // ("{\displaystyle A=A^{\mathsf {H}}}", Wikipedia's): the page shows the formula, the
        // paste only its markup. (DEV text F1 0.9305 → 0.9310: Readability's truth leaves it out.)
        if r.lines == 1 && raw.starts_with("{\\") && raw.trim_end_matches(['.', ',', ';', ':']).ends_with('}') {
            flags[i] = Some(Reason::Furniture);
        }
        // A caption under its label, at any length ("Image caption Eva-Marie Persson said …",
        // as the BBC's markup reads when the label and the caption share a line), a caption
        // with its credit glued on ("… He didn’t get it.Credit...Doug Mills"), and a caption
        // twice over (an image's description and its caption, one after the other).
        let text = r.span.slice(source).trim();
        let b = text.as_bytes();
        let half = b.len() / 2;
        let doubled = (40..=600).contains(&b.len()) && r.lines == 1 && b[..half] == b[b.len() - half..] && (b.len() % 2 == 0 || b[half] == b' ');
        // And a caption with its credit, long as it is ("… colour option. Image credit: OnePlus";
        // a caption runs to a few hundred bytes, which bounds the look).
        let credited = text.len() < 600 && contains_any(&l, CAPTION_CREDITS);
        if ["image caption", "media caption", "image copyright"].iter().any(|p| l.trim_start().starts_with(p)) || doubled || credited {
            flags[i] = Some(Reason::Furniture);
        }
        // (And the same caption without its credit right above: "… He didn’t get it." over
        // "… He didn’t get it.Credit...Doug Mills".)
        if credited && r.lines == 1 && i > 0 && raws[i - 1].lines == 1 {
            let prev = raws[i - 1].span.slice(source).trim();
            if prev.len() >= 20 && text.len() > prev.len() && text.starts_with(prev) {
                flags[i - 1] = Some(Reason::Furniture);
            }
        }
        // A breadcrumb trail that ends with the headline under it ("Home News Business News
        // Ascom and Dräger introduce …" over "Ascom and Dräger introduce …"): navigation.
        if let Some(n) = raws.get(i + 1).filter(|n| r.lines == 1 && n.lines == 1) {
            let next = n.span.slice(source).trim();
            let trail = text.strip_suffix(next).map(str::trim_end).filter(|t| t.len() < text.len() - next.len());
            if trail.is_some_and(|t| (1..=8).contains(&words_up_to(t, 9))) && words_up_to(next, 3) >= 3 {
                flags[i] = Some(Reason::Navigation);
            }
        }
        // An invitation to follow on social networks ("Follow The New York Times Opinion
        // section on Facebook, Twitter and Instagram", "Follow me on Twitter or LinkedIn").
        if invites_to_follow(&l) && words_up_to(&l, 31) <= 30 {
            flags[i] = Some(Reason::Furniture);
        }
        // Contact lines: "Phone +41 41 544 78 00", "E-mail info@example.com".
        let t = l.trim_start();
        if ["phone", "tel", "fax", "e-mail", "email", "mobile"].iter().any(|p| t.starts_with(p))
            && t.contains(|c: char| c.is_ascii_digit() || c == '@')
            && short(r)
        {
            flags[i] = Some(Reason::Furniture);
        }
        i += 1;
    }
    // A photo's alt text: a short label right above its caption and credit ("Hong Kong
    // protester" / "Protesters do not want … (Image: getty )"), else read as a heading.
    for i in 0..raws.len().saturating_sub(1) {
        if flags[i].is_none()
            && flags[i + 1] == Some(Reason::Furniture)
            && heading_like(source, &raws[i], 6)
            && contains_any(&lower(source, raws[i + 1].span), &["(image:", "(picture:", "(pictures:", "(credit:", "(photo:"])
        {
            flags[i] = Some(Reason::Furniture);
        }
    }
    // Navigation: a run of three or more link-like lines at the very start or end, and the
    // labels and calls among them ("Official links:", "Community links:", "Try our other
    // games!"; not a story's last words, "Ah Bartleby! Ah humanity!").
    let label = |r: &Raw| {
        let t = r.span.slice(source).trim_end();
        r.lines == 1 && (t.ends_with(':') && words_up_to(t, 4) <= 3 || t.ends_with('!') && words_up_to(t, 5) <= 4 && !t[..t.len() - 1].contains(['!', '.', '?']))
    };
    let run = |iter: &mut dyn Iterator<Item = usize>, flags: &mut [Option<Reason>]| {
        let idx: Vec<usize> = iter
            .take_while(|&k| flags[k].is_some() || (raws[k].kind == RawKind::Text && (link_like(&raws[k]) || label(&raws[k]))))
            .collect();
        let fresh = idx.iter().filter(|&&k| flags[k].is_none()).count();
        if fresh >= 3 {
            for k in idx {
                flags[k].get_or_insert(Reason::Navigation);
            }
        }
    };
    // At the end only: at the start the title and headings look the same.
    run(&mut (0..raws.len()).rev(), flags);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph of article prose that the tests build their texts from.
    const PARA: &str = "The council will build a new bridge over the river next year, and the work will close the old crossing for six months.";

    /// `s` with each copy of `para` made distinct (real articles do not repeat a paragraph,
    /// and the parser sets a line shown three times aside as repeated).
    fn distinct(s: &str, para: &str) -> String {
        let mut parts = s.split(para);
        let mut out = parts.next().unwrap_or("").to_string();
        for (i, rest) in parts.enumerate() {
            out.push_str(&format!("{} (Note {}.)", para.trim_end_matches('.'), i + 1));
            out.push_str(rest);
        }
        out
    }

    #[test]
    fn repeated_headline_lines_are_set_aside_but_not_repeated_sentences() {
        let text = "Harbour to reopen in May\n\nThe port authority will reopen the harbour in May after a year of repairs to the quay.\n\nWatch: the quay repairs in ninety seconds\n\nFerries will run every hour from the first week. Night sailings will resume in June.\n\nWatch: the quay repairs in ninety seconds\n\nIt will not charge fees.\n\nIt will not charge fees.\n";
        let d = Document::parse(text);
        let repeated: Vec<&str> = d.removed.iter().filter(|r| r.reason == Reason::Repeated).map(|r| d.text(r.span)).collect();
        assert_eq!(repeated, ["Watch: the quay repairs in ninety seconds"; 2]);
        assert!(d.body().matches("It will not charge fees.").count() == 2, "sentences stay: {}", d.body());
        assert!(d.title.is_some_and(|t| d.text(t) == "Harbour to reopen in May"));
        // A page shows its headline twice, in its header bar and over the byline: the copy
        // over the byline (or the date) is the title; the other goes.
        let para = PARA;
        let head = "Council to build a new bridge over the river";
        let s = distinct(&format!("Search\n\n{head}\n\nMenu\n\n{head}\n\nby Jane Doe\n\nUpdated 12:24 am EST, November 20, 2019\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert_eq!(d.title.map(|t| (d.text(t), t.start)), Some((head, s.rfind(head).unwrap())), "{:?}", d.removed);
        assert_eq!(d.removed.iter().filter(|r| d.text(r.span) == head).count(), 1, "{:?}", d.removed);
    }

    #[test]
    fn the_title_of_a_page_is_its_headline_not_a_credit_or_menu() {
        let body = "The port authority will reopen the harbour in May after a year of repairs to the old stone quay and its cranes. ".repeat(3);
        let text = format!(
            "Home\nNews\nSport\nWeather\n\nHarbour to reopen in May after quay repairs\n\nBy Ann Lee\n\nPhoto: Getty Images / Ann Lee\n\n{body}\n\nFerries will run every hour from the first week of the reopening, the harbour authority said on Monday. {body}\n\nNight sailings will resume in June when the new harbour lights are ready for the ferries. {body}\n"
        );
        let d = Document::parse(&text);
        assert_eq!(d.title.map(|t| d.text(t)), Some("Harbour to reopen in May after quay repairs"));
    }

    #[test]
    fn collapse_fast_path_agrees() {
        for (input, want) in [("", ""), ("a b", "a b"), ("a  b", "a b"), (" a", "a"), ("a ", "a"), ("a\tb", "a b"), ("infra-\nstructure", "infrastructure"), ("a\u{200b}b", "ab"), ("plain, text.", "plain, text."), ("   ", "")] {
            assert_eq!(collapse(input), want, "{input:?}");
        }
    }

    #[test]
    fn word_counts_read_unicode_text() {
        // The byte-level count against a plain char-level one.
        let by_chars = |t: &str| t.split(is_space).filter(|w| w.chars().any(char::is_alphanumeric)).count();
        for t in ["", "  ", "one", "two words", " — ", "héllo wörld — ünïcode", "東京 大阪", "a\u{a0}b\u{2003}c", "x\u{200b}y", "emoji 🎉 only 🎉", "tab\tand\nnew line"] {
            assert_eq!(word_count(t), by_chars(t), "{t:?}");
            assert_eq!(words_up_to(t, 2), by_chars(t).min(2), "{t:?}");
        }
    }

    fn texts<'a>(doc: &Document<'a>) -> Vec<&'a str> {
        doc.sections.iter().filter_map(|s| s.heading.map(|h| doc.text(h))).collect()
    }

    #[test]
    fn empty_and_blank() {
        for s in ["", " ", "\n\n\r\n", "\u{a0}\u{200b}"] {
            let d = Document::parse(s);
            assert!(d.title.is_none() && d.sections.is_empty() && d.removed.is_empty(), "{s:?}");
        }
    }

    #[test]
    fn title_headings_paragraphs_bullets() {
        let s = "My Title\n\nFirst Heading\n\nA paragraph. Two sentences.\n\n• one\n• two\n\nSecond Heading\nMore text here.\n";
        let d = Document::parse(s);
        assert_eq!(d.title.map(|t| d.text(t)), Some("My Title"));
        assert_eq!(texts(&d), ["First Heading", "Second Heading"]);
        let Block::List(l) = &d.sections[0].blocks[1] else { panic!("list expected") };
        assert_eq!(l.items.iter().map(|i| d.text(i.span)).collect::<Vec<_>>(), ["one", "two"]);
        assert_eq!(d.sections[0].blocks[0].sentences().count(), 2);
    }

    #[test]
    fn markdown() {
        let s = "# Title\n\nIntro text.\n\n## Part one\n\n- a\n- b\n\n1. first\n2. second\n\n> quoted words\n";
        let d = Document::parse(s);
        assert_eq!(d.title.map(|t| d.text(t)), Some("Title"));
        assert_eq!(texts(&d), ["Part one"]);
        assert_eq!(d.sections[1].level, 2);
        assert!(matches!(d.sections[1].blocks[1], Block::List(List { ordered: true, .. })));
        assert!(matches!(d.sections[1].blocks[2], Block::Quote(_)));
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let s = "This is a long line of a paragraph that was wrapped by the\nprinter at sixty or so characters and goes on here.\n";
        let d = Document::parse(s);
        assert_eq!(d.sections.len(), 1);
        assert_eq!(d.sections[0].blocks.len(), 1);
        assert_eq!(d.sections[0].blocks[0].sentences().count(), 1);
    }

    #[test]
    fn crlf() {
        let s = "The Title\r\n\r\nHeading\r\nText one. Text two.\r\n";
        let d = Document::parse(s);
        assert_eq!(d.title.map(|t| d.text(t)), Some("The Title"));
        assert_eq!(texts(&d), ["Heading"]);
    }

    #[test]
    fn widget_is_removed() {
        let s = "Title\n\nSome text of the article. It goes on.\n\nMost read\n\n1 A story\n2 Another story\n3 A third\n";
        let d = Document::parse(s);
        assert_eq!(d.removed.len(), 4, "{:?}", d.removed);
        assert!(d.removed.iter().all(|r| r.reason == Reason::Widget));
        assert!(!d.body().contains("story"));
    }

    #[test]
    fn comment_headers() {
        assert!(is_comment_header("Milan Griffes on September 12, 2018 at 4:47 pm said:"));
        assert!(is_comment_header("Rarst · March 10, 2017 at 1:26 AM"));
        assert!(!is_comment_header("Makali wrote:"));
        assert!(!is_comment_header("Posted by Nikhil Marathe on March 10, 2015 at 08:05"));
        assert!(!is_comment_header("The council met on March 10 and said it would act."));
    }

    #[test]
    fn a_comment_thread_under_the_article_is_set_aside() {
        let para = "The council will build a new bridge over the river next year, officials said on Tuesday, and the work will take two years.";
        let comment = "I think the bridge is a good idea, but the council should have asked the people who live by the river first.";
        let s = format!(
            "Council plans a bridge\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nAlex on September 17, 2018 at 6:34 am said:\n\n{comment}\n\nGary M on September 17, 2018 at 8:50 pm said:\n\n{comment}\n"
        );
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("I think the bridge"), "{}", d.body());
        assert!(d.body().contains("officials said on Tuesday"));
        assert!(d.removed.iter().any(|r| d.text(r.span).contains("Gary M")));
    }

    #[test]
    fn menu_lines_above_the_headline_are_set_aside() {
        let para = PARA;
        let s = format!("News\nSport\nAbout\nContact Us\nMenu\nCouncil to build a new river bridge\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"));
        for menu in ["About", "Contact Us", "Menu"] {
            assert!(!d.body().lines().any(|l| l == menu), "{menu}: {}", d.body());
            assert!(d.removed.iter().any(|r| d.text(r.span) == menu), "{menu} set aside");
        }
        // In a text with sections, the line between the headline and the text is a heading.
        let s = format!("Council to build a new river bridge\n\nWhy the bridge is needed\n\n{para}\n\n{para}\n\nWhat it will cost\n\n{para}\n\n{para}\n\nWhen the work starts\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert_eq!(d.sections.first().and_then(|x| x.heading).map(|h| d.text(h)), Some("Why the bridge is needed"), "{}", d.body());
        // But a share bar there is no heading.
        let s = format!("Council to build a new river bridge\n\nShare\nTweet\nEmail\nPrint\n\n{para}\n\n{para}\n\nWhat it will cost\n\n{para}\n\n{para}\n\nWhen the work starts\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("Email") && !d.body().contains("Print"), "{}", d.body());
    }

    #[test]
    fn a_table_of_contents_does_not_cut_the_article_in_two() {
        let para = "A Hermitian matrix is a complex square matrix that is equal to its own conjugate transpose, and its eigenvalues are real.";
        let mut s = format!("Hermitian matrix\nFrom Wikipedia, the free encyclopedia\n{para}\n{para}\n{para}\nContents\n");
        let names = ["Alternative characterizations", "Applications", "Examples", "Properties", "Decomposition", "See also"];
        for (k, n) in names.iter().enumerate() {
            s.push_str(&format!("{} {n}\n", k + 1));
        }
        for n in names {
            s.push_str(&format!("{n}[edit]\n{para}\n{para}\n"));
        }
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert!(d.body().contains("(Note 1.)"), "the lead stays: {}", d.body());
        assert!(d.body().contains("(Note 15.)"), "and the rest: {}", d.body());
        // The contents are set aside as navigation, and so is the encyclopedia's tagline.
        assert!(!d.body().contains("1 Alternative") && !d.body().contains("6 See also"), "{}", d.body());
        assert!(d.removed.iter().any(|r| d.text(r.span).starts_with("3 Examples") && r.reason == Reason::Navigation));
        assert!(!d.body().contains("From Wikipedia"), "{}", d.body());
        // The page's first line is still its title, over the tagline set aside.
        assert_eq!(d.title.map(|t| d.text(t)), Some("Hermitian matrix"));
        // Nor when the page's HTML shows the contents to be links: they are set aside.
        let toc: Vec<String> = s.lines().skip_while(|l| *l != "Contents").take(names.len() + 1).map(str::to_lowercase).collect();
        let d = Document::parse_with(&s, &[], &Hints { links: toc, ..Hints::default() });
        assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 15.)"), "{}", d.body());
        assert!(!d.body().contains("1 Alternative") && !d.body().contains("\nContents"), "{}", d.body());
        // A formula is no title.
        let s = format!("{{\\displaystyle A=A^{{H}} \\iff a_{{ij}}}}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert!(d.title.is_none());
        // Nor is it kept: the page showed the formula, the paste has only its markup.
        assert!(d.removed.iter().any(|r| d.text(r.span).starts_with("{\\displaystyle") && r.reason == Reason::Furniture));
    }

    #[test]
    fn the_pages_container_trims_and_joins_the_body() {
        let para = PARA;
        let lines = |s: &str| -> Vec<String> { s.lines().filter(|l| l.contains("(Note")).map(|l| collapse(l).to_lowercase()).collect() };
        // A standfirst above the article and teasers below it read like prose: the text
        // alone keeps them; the container says where the article starts and ends.
        let s = format!(
            "Council to build a new river bridge\n\nA standfirst that retells the story of the bridge in a sentence of its own, as pages do.\n\nBy Ann Lee\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n\
             Elsewhere in the region, a school will open a new library with help from parents and local firms this autumn.\n\n\
             A museum in the old town will stay open late on Fridays through the summer, its director said on Monday.\n"
        );
        let s = distinct(&s, para);
        let plain = Document::parse(&s);
        assert!(plain.body().contains("standfirst") && plain.body().contains("museum"), "{}", plain.body());
        let hints = Hints { main: lines(&s), ..Hints::default() };
        let d = Document::parse_with(&s, &[], &hints);
        assert!(!d.body().contains("standfirst") && !d.body().contains("school") && !d.body().contains("museum"), "{}", d.body());
        assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"));
        assert_eq!(d.meta.byline.map(|t| d.text(t)), Some("By Ann Lee"));
        assert!(d.removed.iter().any(|r| d.text(r.span).starts_with("A museum") && r.reason == Reason::Outside));
        // An article that a long list of teasers cuts in two: the text alone keeps the bigger
        // part; the container brings the other back (and leaves the teasers out).
        let (towns, news) = (["Leeds", "York", "Hull", "Derby", "Bath", "Ely", "Wells", "Ripon"], ["votes on a budget", "opens a library", "closes a school", "wins a prize", "fixes its roads"]);
        let teasers: String = towns.iter().flat_map(|t| news.iter().map(move |n| format!("{t} {n}\n"))).collect();
        let s = format!("{para}\n\n{para}\n\n{para}\n\n{teasers}\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
        let s = distinct(&s, para);
        assert!(!Document::parse(&s).body().contains("(Note 1.)"));
        let d = Document::parse_with(&s, &[], &Hints { main: lines(&s), ..Hints::default() });
        assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 9.)") && !d.body().contains("Leeds"), "{}", d.body());
        // A container that disagrees with the body (under 80% of it) changes nothing.
        let few = Hints { main: lines(&s).into_iter().take(2).collect(), ..Hints::default() };
        assert_eq!(Document::parse_with(&s, &[], &few).body(), Document::parse(&s).body());
    }

    #[test]
    fn a_byline_under_the_standfirst_is_metadata() {
        let para = PARA;
        let s = distinct(&format!("Council to build a new river bridge\n\nThe town will have a second crossing over the river by 2026, the council said on Monday, after years of delays, two failed tenders and a long public inquiry into the cost of the works.\n\nBy Laura Mowat\n\nPUBLISHED: 10:48, Tue, Nov 19, 2019\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nBy the end of the works, the old crossing will reopen to cyclists.\n"), para);
        let d = Document::parse(&s);
        assert_eq!(d.meta.byline.map(|t| d.text(t)), Some("By Laura Mowat"));
        assert_eq!(d.meta.date.map(|t| d.text(t)), Some("PUBLISHED: 10:48, Tue, Nov 19, 2019"));
        // (A sentence that opens with "By" further down is the text's own.)
        assert!(d.body().contains("By the end of the works"), "{}", d.body());
    }

    #[test]
    fn the_pages_h1_is_the_title() {
        let para = PARA;
        // A teaser's headline just above the article, which shares its words, and the page's
        // own headline further up, which says it differently.
        let s = distinct(&format!("Home\n\nTown council backs the plan at last\n\nSome text between them here\n\nCouncil to build a river bridge\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"), para);
        assert_eq!(title_text(&Document::parse(&s)).as_deref(), Some("Council to build a river bridge"));
        let hints = Hints { h1: vec!["town council backs the plan at last".into()], ..Hints::default() };
        assert_eq!(title_text(&Document::parse_with(&s, &[], &hints)).as_deref(), Some("Town council backs the plan at last"));
        // Far above the body, over a long table of contents, and with a link of its own (a
        // heading's "¶" anchor, which made it a link line): still the title.
        let parts = ["Costs", "Design", "Funding", "Traffic", "Timetable", "Consultation", "Ferries", "Walking", "Cycling", "Parking", "Noise", "Wildlife", "Flooding", "Heritage", "Jobs", "Tolls", "Maintenance", "Lighting"];
        let toc: Vec<String> = parts.iter().enumerate().map(|(k, p)| format!("{} {p} of the plan", k + 1)).collect();
        let s = distinct(&format!("Home\n\nNews\n\nSport\n\nCouncil to build a river bridge¶\n\nContents\n\n{}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n", toc.join("\n\n")), para);
        let links: Vec<String> = toc.iter().map(|t| t.to_lowercase()).chain(["home", "news", "sport", "council to build a river bridge¶"].map(String::from)).collect();
        let hints = Hints { links, h1: vec!["council to build a river bridge¶".into()], ..Hints::default() };
        assert_eq!(title_text(&Document::parse_with(&s, &[], &hints)).as_deref(), Some("Council to build a river bridge¶"));
    }

    #[test]
    fn a_pasted_page_keeps_its_article_and_leaves_the_rest() {
        // The app's path: the page's HTML read as text, with the hints it gives.
        let para = |k: usize| format!("<p>The council will build a new bridge over the river next year, and the work will close the old crossing for {k} months.</p>");
        let story: String = (1..=10).map(para).collect();
        let html = format!(
            "<nav><a href=/>Home</a> <a href=/n>News</a></nav><h1>Council to build a new river bridge</h1>\
             <p>A standfirst that retells the story of the bridge in a sentence of its own, as pages do.</p>\
             <div class=story>{story}</div>\
             <div class=more><p>Elsewhere in the region, a school will open a new library with help from parents this autumn.</p></div>"
        );
        let (text, hints) = crate::html::read(&html);
        let d = Document::parse_with(&text, &[], &hints);
        assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"));
        assert!(d.body().contains("for 1 months") && d.body().contains("for 10 months"), "{}", d.body());
        assert!(!d.body().contains("standfirst") && !d.body().contains("Elsewhere"), "{}", d.body());
        // The text alone keeps both: they read as prose.
        let plain = Document::parse(&text);
        assert!(plain.body().contains("standfirst") && plain.body().contains("Elsewhere"), "{}", plain.body());
    }

    #[test]
    fn image_descriptions_in_a_paste_are_furniture() {
        let para = PARA;
        let s = distinct(&format!("{para}\n\nThe old crossing seen from the east bank at dawn.\n\n{para}\n\n{para}\n"), para);
        assert!(Document::parse(&s).body().contains("east bank"));
        let hints = Hints { images: vec!["the old crossing seen from the east bank at dawn.".into()], ..Hints::default() };
        let d = Document::parse_with(&s, &[], &hints);
        assert!(!d.body().contains("east bank") && d.removed.iter().any(|r| r.reason == Reason::Furniture), "{}", d.body());
    }

    #[test]
    fn a_table_pasted_as_tab_separated_lines_does_not_cut_the_article() {
        let para = PARA;
        let names = ["Abbey", "Bankside", "Castle", "Dockyard", "Eastgate", "Fairfield", "Granary", "Harbour", "Ironbridge", "Jubilee", "Kingsway", "Longmoor", "Millbrook", "Northgate", "Orchard", "Priory"];
        let rows: String = names.iter().enumerate().map(|(k, n)| format!("{n}\t{}\t{}%\n", 100 + k * 7, k + 1)).collect();
        let s = distinct(&format!("{para}\n\n{para}\n\n{para}\n\nWard\tVotes\tShare\n{rows}\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 8.)"), "{}", d.body());
        assert!(d.body().contains("Granary 142 7%"), "the table stays: {}", d.body());
    }

    #[test]
    fn repeated_lines_with_figures_are_running_headers_only_in_wrapped_text() {
        // A browser paste (one paragraph a line) of a shell session: its repeated output lines
        // are the text's own.
        let para = "Push the change to the test server, then update the working copy there so that the tests see it, and run them again once the server has the new version.";
        let s = distinct(&format!("{para}\n\n$ hg push\n\n2 files updated.\n\n{para}\n\n$ hg pull -u\n\n2 files updated.\n\n{para}\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert_eq!(d.body().matches("2 files updated.").count(), 2, "{}", d.body());
        // A PDF's text, hard-wrapped at one width, repeats its running header on each page.
        let line = "the council will build a new bridge over the river next year and the work";
        let page = |n: usize| format!("Annual Report 2024 Page {n}\n{}\n", [line; 8].join("\n"));
        let pdf = page(1) + &page(2) + &page(3);
        let d = Document::parse(&pdf);
        assert_eq!(d.removed.iter().filter(|r| r.reason == Reason::PageHeader).count(), 3);
    }

    #[test]
    fn a_bare_figure_is_a_page_number_only_in_wrapped_text() {
        // A browser's paste of a formula (MathJax shows one symbol a line): its digits stay.
        let para = PARA;
        let s = distinct(&format!("{para}\n\nThe two solutions are\nx\n=\n−\nb\n±\nb\n2\n−\n4\na\nc\n\n{para}\n\n{para}\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert!(d.body().contains('2') && d.body().contains('4'), "{}", d.body());
        assert!(!d.removed.iter().any(|r| r.reason == Reason::PageHeader), "{:?}", d.removed);
        // "Page 3" and "3 of 10" are page numbers wherever they stand.
        let s = distinct(&format!("{para}\n\nPage 3\n\n{para}\n\n3 of 10\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert_eq!(d.removed.iter().filter(|r| r.reason == Reason::PageHeader).count(), 2, "{:?}", d.removed);
        // In a PDF's hard-wrapped text a figure alone on a line is the page's number.
        let line = "the council will build a new bridge over the river next year and the work";
        let page = |n: usize| format!("{}\n{n}\n", [line; 8].join("\n"));
        let pdf = page(1) + &page(2) + &page(3);
        let d = Document::parse(&pdf);
        assert_eq!(d.removed.iter().filter(|r| r.reason == Reason::PageHeader).count(), 3, "{:?}", d.removed);
    }

    #[test]
    fn a_breadcrumb_trail_ending_with_the_headline_is_navigation() {
        let para = PARA;
        let head = "Council to build a new bridge over the river";
        let s = distinct(&format!("Home News Local News {head}\n{head}\n{para}\n\n{para}\n\n{para}\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert_eq!(d.title.map(|t| d.text(t)), Some(head));
        assert!(!d.body().contains("Home News"), "{}", d.body());
        assert!(d.removed.iter().any(|r| d.text(r.span).starts_with("Home News") && r.reason == Reason::Navigation));
        // A line that goes on from a shorter one is no trail ("… crossing." then "crossing.").
        let s = distinct(&format!("{head}\n{para}\n\n{para}\n\nThe old one stays open.\nopen.\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert!(d.body().contains("The old one stays open."), "{}", d.body());
    }

    #[test]
    fn a_link_and_an_ad_amid_a_short_article_do_not_cut_it() {
        // (Each half, three paragraphs, is too short to be an article by itself.)
        let a = "The report assessed poverty levels, income and wealth inequality, economic mobility and unemployment among ten wealthy countries with welfare programs.";
        let b = "The overall rankings put Finland first and the United States last of the ten, for its inequality and a safety net that gives half the help needed.";
        let menu = "Markets\n\nTech\n\nMedia\n\nPersonal Finance\n\nSmall Business\n\nLuxury\n\nVideo\n\n";
        let s = distinct(&distinct(&format!("{menu}Mortgage & Savings\n\nSearch for Jobs\n\nFind Jobs\n\n{a}\n\n{a}\n\n{a}\n\nRelated: Rich are paying more in taxes\n\nADVERTISING\n\n{b}\n\n{b}\n\n{b}\n\n{menu}"), a), b);
        let links: Vec<String> = menu.lines().chain(["Related: Rich are paying more in taxes"]).map(str::to_lowercase).collect();
        let d = Document::parse_with(&s, &[], &Hints { links, ..Hints::default() });
        assert!(d.body().contains("programs (Note 1.)") && d.body().contains("needed (Note 3.)"), "{}", d.body());
        assert!(!d.body().contains("Markets") && !d.body().contains("Related:"), "{}", d.body());
        // The page's lines around it stay out: the article is found, not the whole page kept.
        assert!(!d.body().contains("Search for Jobs"), "{}", d.body());
    }

    #[test]
    fn a_long_caption_with_its_credit_is_furniture() {
        let para = PARA;
        let cap = "The new phone is visually identical to the old one but has a darker grey colour option and a larger battery. Image credit: OnePlus";
        let ap = "The team's captain dunks during the first half of the game against the visitors on Tuesday, Nov. 19, 2019, in Los Angeles. Photo: Ringo H.W. Chiu, AP / Copyright 2019 Associated Press. All rights reserved.";
        let getty = "How can a duvet affect your lungs when it is far too big to go up your nostrils? (Photo: Getty Images)Getty";
        let more = "Not all duvets have real feathers in them. If you are having an allergic reaction, you can try one ... [+]Getty";
        let s = distinct(&format!("{para}\n\n{cap}\n\n{para}\n\n{ap}\n\n{para}\n\n{getty}\n\n{para}\n\n{more}\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("Image credit") && !d.body().contains("Chiu"), "{}", d.body());
        assert!(!d.body().contains("nostrils") && !d.body().contains("allergic"), "{}", d.body());
        assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 5.)"), "{}", d.body());
        // And the caption without its credit over the caption with it.
        let nyt = "Trump asked voters in Louisiana for a big win. He didn’t get it.";
        let s = distinct(&format!("{para}\n\n{para}\n\n{nyt}\n{nyt}Credit...Doug Mills/The New York Times\n\n{para}\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("Louisiana") && d.body().contains("(Note 4.)"), "{}", d.body());
    }

    #[test]
    fn affiliate_disclosures_end_the_body_but_commissions_in_the_story_do_not() {
        let para = PARA;
        let s = distinct(&format!("{para}\n\nSales agents earn a commission on each ticket sold for the ferry.\n\n{para}\n\n{para}\n\n{para}\n\nSometimes we include links to online stores. If you click on one and make a purchase we may receive a small commission.\n"), para);
        let d = Document::parse(&s);
        assert!(d.body().contains("Sales agents earn a commission"), "{}", d.body());
        assert!(!d.body().contains("Sometimes we include"), "{}", d.body());
        // An appeal for letters at the article's end.
        let s = distinct(&format!("{para}\n\n{para}\n\n{para}\n\n{para}\n\nThe Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our articles. Here are some tips.\n"), para);
        assert!(!Document::parse(&s).body().contains("diversity of letters"));
        // A blog's like button; "Like this:" alone is a lead-in and stays.
        let s = distinct(&format!("{para}\n\nLike this:\n\n{para}\n\n{para}\n\nLike this:\nLike Loading...\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert_eq!(d.body().matches("Like this:").count(), 1, "{}", d.body());
        assert!(!d.body().contains("Loading"), "{}", d.body());
    }

    #[test]
    fn captions_beyond_a_widget_do_not_keep_the_rest_of_the_article_out() {
        let para = PARA;
        let short = "Residents asked for a second crossing in a petition signed by thousands last spring.";
        let s = distinct(
            &distinct(&format!(
                "{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nDON'T MISS\n\nA headline of another story [INSIGHT]\nAnother headline of a story [VIDEO]\nA third headline of a story [PICS]\nA fourth headline of a story [INSIGHT]\nA fifth headline of a story [VIDEO]\nA sixth headline of a story [REACTION]\n\n\
                 The old crossing at dawn (Image: GETTY )\n{short}\n\n{short}\n\n{short}\n\n{short}\n\nBridge plans\n\nThe bridge plans (Image: EXPRESS )\n{short}\n\n{short}\n\n{short}\n\nRelated articles\nA headline of a third story\n"
            ), para),
            short,
        );
        let d = Document::parse(&s);
        assert!(d.body().contains("(Note 1.)") && d.body().contains("thousands last spring (Note 7.)"), "{}", d.body());
        assert!(!d.body().contains("GETTY") && !d.body().contains("another story"), "{}", d.body());
    }

    #[test]
    fn subscribers_in_a_headline_are_not_a_subscribe_button() {
        let para = PARA;
        let s = distinct(&format!("{para}\n\n{para}\n\nFerry pricing for the summer now out, and subscribers get discounts\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nSubscribe\n"), para);
        let d = Document::parse(&s);
        assert!(d.body().contains("(Note 1.)"), "{}", d.body());
        assert!(!d.body().contains("\nSubscribe"), "{}", d.body());
    }

    #[test]
    fn a_widget_and_a_few_weak_lines_do_not_cut_the_article() {
        let para = PARA;
        let s = format!("Council to build a new river bridge\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nRelated stories\nA headline of another story\nAnother headline of a story\nA third headline of a story\nA fourth headline of a story\nA fifth headline of a story\nA sixth headline of a story\nA seventh headline of a story\nAn eighth headline of a story\n\nHere are the highlights:\n\n“The bridge is late”\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        // (The bigger part comes second: the body found first is it, and it joins the first part
        // across the widget and the two weak lines before it.)
        assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 14.)"), "{}", d.body());
        assert!(!d.body().contains("another story"), "{}", d.body());
    }

    #[test]
    fn a_question_naming_a_widget_is_a_subheading() {
        let para = "Publishers sell the space in their feeds to brands, and the formats they use decide how much of it readers notice.";
        let s = distinct(&format!("{para}\n\n{para}\n\nWhich native ad units are the most popular?\n\n{para}\n\n{para}\n\nMost popular\nA headline of another story\nAnother headline of a story\n"), para);
        let d = Document::parse(&s);
        assert!(d.body().contains("Which native ad units"), "{}", d.body());
        assert!(d.removed.iter().any(|r| d.text(r.span) == "Most popular" && r.reason == Reason::Widget));
        // And a widget amid the article: its heading and its links.
        let s = distinct(&format!("{para}\n\n{para}\n\nTrending News\nMan arrested after seven found in car: Police\nSafety officials urge a redesign of the part\n{para}\n\n{para}\n\n{para}\n"), para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("Trending") && !d.body().contains("Man arrested") && d.body().contains("(Note 5.)"), "{}", d.body());
    }

    #[test]
    fn a_newsletter_plug_and_a_next_up_list_end_the_body() {
        let para = PARA;
        let s = distinct(&format!("{para}\n\n{para}\n\n{para}\n\n{para}\n\nThere's plenty more where that came from. Sign up for The Morning Brief today to get the free daily newsletter delivered to your inbox daily.\n"), para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("plenty more"), "{}", d.body());
        let s = distinct(&format!("{para}\n\n{para}\n\n{para}\n\n{para}\n\nNext Up In Culture\nThe five best debuts of February\nHow a quiz show was made\n"), para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("debuts") && d.removed.iter().any(|r| d.text(r.span) == "Next Up In Culture" && r.reason == Reason::Widget), "{}", d.body());
    }

    #[test]
    fn widgets_are_read_in_other_languages() {
        let para = "El consejo construirá un puente nuevo sobre el río el próximo año, y las obras cerrarán el cruce durante seis meses.";
        let s = format!("El consejo construirá un puente\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nLas más leídas\nUn titular de otra nota\nOtro titular de otra nota\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("titular"), "{}", d.body());
        assert!(d.removed.iter().any(|r| d.text(r.span) == "Las más leídas" && r.reason == Reason::Widget));
        // And comment forms.
        let s = format!("El consejo construirá un puente\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nLos comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas de ellos pueden ser pasibles de sanciones legales.\n\nPara poder comentar tenés que ingresar con tu usuario.\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("comentar") && !d.body().contains("comentarios"), "{}", d.body());
    }

    #[test]
    fn a_headline_swallowed_by_a_widget_is_still_the_title_when_its_standfirst_follows() {
        let para = PARA;
        let s = format!("Newsletter\nSubscribe\nAdvertise\nCouncil to build a new river bridge\nThe new crossing will cost the city twelve million pounds over the next three years of work.\nNovember 20, 2019\nLocal\nTransport\nRoads\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"), "{}", d.body());
        // Or its credits and date: "Insider / MenuSections / Deval Patrick takes … / Meg Kinnard
        // and Errin Haines, Associated Press / Updated 12:24 am EST, …" over a gallery's labels.
        let s = format!("Sign In\nSearch\nMost Read\nInsider\nCouncil to build a new river bridge\nJane Doe and John Roe, Associated Press\nUpdated 12:24 am EST, Wednesday, November 20, 2019\n\nPhoto\nImage 1 of 5\nCaption\nClose\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"), "{}", d.body());
    }

    #[test]
    fn reading_time_stamps_and_follow_prompts_are_furniture() {
        let para = PARA;
        for stamp in ["5 min read", "Tempo de leitura: 2 minutos", "Reading time: 4 minutes", "Follow Matt on Twitter.", "Follow The Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", "Image caption The mayor said the decision had been taken after interviews with seven witnesses on Tuesday.", "The old crossing at dawn, seen from the north bank.The old crossing at dawn, seen from the north bank.", "Crowds waited for the first ferry of the year. They got it.Credit...Jane Doe/The Daily"] {
            let s = format!("Council to build a new river bridge\n\n{para}\n\n{stamp}\n\n{para}\n\n{para}\n\n{para}\n");
            let s = distinct(&s, para);
            let d = Document::parse(&s);
            assert!(!d.body().contains(stamp), "{stamp}: {}", d.body());
            assert!(d.removed.iter().any(|r| d.text(r.span) == stamp && r.reason == Reason::Furniture), "{stamp}");
        }
    }

    #[test]
    fn a_photo_label_above_its_credited_caption_is_no_heading() {
        let para = PARA;
        let s = format!("Council to build a new river bridge\n\n{para}\n\n{para}\n\nRiver crossing\n\nThe old crossing will close in May (Image: GETTY )\n{para}\n\n{para}\n\nWhat it will cost\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        let headings: Vec<&str> = d.sections.iter().filter_map(|x| x.heading).map(|h| d.text(h)).collect();
        assert!(!headings.contains(&"River crossing"), "{headings:?}");
        assert!(headings.contains(&"What it will cost"), "{headings:?}");
        assert!(d.removed.iter().any(|r| d.text(r.span) == "River crossing"));
    }

    #[test]
    fn a_lead_in_colon_keeps_the_list_after_it() {
        let para = "The shops will offer discounts all week long, and the best of them are on old films and toys that many readers grew up with.";
        let s = format!(
            "Black Friday for the nostalgic\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nHere are the offers not to miss:\n\n1) Lego Star Wars 75188\nhttp://amzn.to/2iJFhRj\n\n2) Polistil 960574 racing track\nhttp://amzn.to/2hZfWFJ\n\n3) Blade Runner The Final Cut\nhttp://amzn.to/2hWEIX7\n\nFollow us\nHome\nContacts\n"
        );
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert!(d.body().contains("Blade Runner The Final Cut"), "{}", d.body());
        assert!(!d.body().contains("Contacts"));
    }

    #[test]
    fn the_body_keeps_the_numbers_of_a_numbered_list() {
        let d = Document::parse("Rankings\n\nThe overall rankings of the countries were as follows:\n\n1. Finland\n2. Norway\n\n- Bread\n- Milk\n");
        let body = d.body();
        assert!(body.contains("1. Finland\n2. Norway\n"), "{body}");
        assert!(body.contains("Bread\nMilk\n"), "{body}");
    }

    #[test]
    fn contact_lines_and_bare_related_headings_are_furniture() {
        let para = "The company will open a new clinic in the spring, and it will hire forty nurses and ten doctors to run it.";
        let s = format!("Clinic opens\n\n{para}\n\n{para}\n\nPhone +41 41 544 78 00\n\nE-mail info@example.com\n\n{para}\n\nMore:\nAnother story about clinics\nA third story here\n\n{para}\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        let body = d.body();
        assert!(!body.contains("Phone") && !body.contains("info@") && !body.contains("Another story"), "{body}");
        assert!(body.contains("forty nurses"));
    }

    #[test]
    fn markup_pasted_as_text_is_furniture() {
        let para = "The company will open a new clinic in the spring, and it will hire forty nurses and ten doctors to run it.";
        let s = format!("Clinic opens\n\n{para}\n\n<img height=\"1\" width=\"1\" src=\"https://example.com/tr?id=1\" />\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("<img"), "{}", d.body());
        assert!(d.removed.iter().any(|r| r.reason == Reason::Furniture));
    }

    #[test]
    fn a_widget_in_the_middle_does_not_cut_the_article_in_two() {
        let para = |n: usize| format!("In part {n} of the story the council met for a long session and agreed that the new bridge over the river would carry a cycle lane, two bus lanes and a footpath, and that the work would start in the spring and take about two years to finish, with the money coming from a national fund.");
        let teasers: String = (1..=12).map(|k| format!("Another story number {k}\nBy A. Writer\n\n")).collect();
        let s = format!("{}\n\n{}\n\n{}\n\nRecommended\n\n{teasers}{}\n\n{}\n\n{}\n\n{}\n", para(1), para(2), para(3), para(4), para(5), para(6), para(7));
        let d = Document::parse(&s);
        let body = d.body();
        assert!(body.contains("In part 1 of") && body.contains("In part 7 of"), "{body}");
        assert!(!body.contains("Another story"), "{body}");
    }

    #[test]
    fn credits_stamps_and_handles_are_not_titles() {
        assert!(not_a_title("greg beacham, ap sports writer"));
        assert!(not_a_title("published: 10:48, tue, nov 19, 2019"));
        assert!(not_a_title("siga @adautoracing"));
        assert!(not_a_title("carlos nadalim 23/08/2018 2 comentários"));
        assert!(!not_a_title("hong kong chaos: china deploys troops"));
        let d = Document::parse("Greg Beacham, AP Sports Writer\n\nThe Lakers won again on Friday night.");
        assert_eq!(d.title, None);
        // A date line first is the date, not the title.
        let d = Document::parse("March 10, 2015\n\nThe Lakers won again on Friday night.");
        assert_eq!((d.title, d.meta.date.map(|t| d.text(t))), (None, Some("March 10, 2015")));
    }

    #[test]
    fn a_table_pasted_as_lines_stays_with_the_article() {
        let para = |n: usize| format!("In part {n} of the story the teams played for a long season and the best of them earned a place at the finals next summer, where they will meet in six cities across Europe.");
        let table: String = ["England (Group A): 10th appearance", "Ukraine (Group B): Third appearance", "Spain (Group F): 11th appearance", "Sweden (Group F): Seventh appearance", "Poland (Group G): Fourth appearance"].join("\n");
        let s = format!("{}\n\n{}\n\n{}\n\nQualified teams\n{table}\n\nHome\nNews\nSport\nWeather\nContact us\n", para(1), para(2), para(3));
        let body = Document::parse(&s).body();
        assert!(body.contains("Poland (Group G)") && body.contains("Qualified teams"), "{body}");
        assert!(!body.contains("Weather"), "{body}");
    }

    #[test]
    fn a_page_whose_article_is_a_table_keeps_the_table() {
        let menu = |from: usize| -> String { (from..from + 20).map(|k| format!("Section {k} news\n")).collect() };
        let table = "1a etapa: 10 de março – Interlagos\n2a etapa: 8 de abril – Curitiba / Alternativa\n3a etapa: 22 de abril – Velopark\n\
            4a etapa: 06 de maio – Londrina\n5a etapa: 20 de maio – Santa Cruz do Sul\n6a etapa: 5 de agosto – Corrida do Milhão\n\
            7a etapa: 19 de agosto – Goiânia\n8a etapa: 09 de setembro – Cascavel\n";
        let s = format!("{}\nCalendário da Stock Car 2018\n{table}\n{}", menu(1), menu(30));
        let body = Document::parse(&s).body();
        assert!(body.contains("8a etapa") && body.contains("Calendário"), "{body}");
        assert!(!body.contains("Section 3 news") && !body.contains("Section 40 news"), "{body}");
        // A row of the table is no title, even with more words in common with the body than
        // the table's heading.
        let page = format!("Calendário da Stock Car 2018\n\n{}", table.replace('\n', "\n\n"));
        let raws = blocks(&page, &lines(&page));
        let flags = vec![None; raws.len()];
        assert_eq!(choose_title(&page, &raws, &flags, (0, raws.len()), &[]), Some(0));
    }

    #[test]
    fn a_gallery_s_labels_are_furniture() {
        let para = "The company will open a new clinic in the spring, and it will hire forty nurses and ten doctors to run it.";
        let s = format!("Clinic opens\n\n{para}\n\n{para}\n\nCaption\n\nClose\n\nImage 1 of 5\n\n{para}\n\n{para}\n");
        let body = Document::parse(&distinct(&s, para)).body();
        assert!(!body.contains("Caption") && !body.contains("Image 1 of 5") && !body.contains("Close"), "{body}");
        // A sign-up form amid the article.
        let s = format!("Clinic opens\n\n{para}\n\n{para}\n\nEmail Address\n Subscribe\nLoading...\n\n{para}\n\n{para}\n\n{para}\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        for label in ["Email Address", "Subscribe", "Loading..."] {
            assert!(!d.body().contains(label), "{label}: {}", d.body());
            assert!(d.removed.iter().any(|r| d.text(r.span).trim() == label && r.reason == Reason::Furniture), "{label}");
        }
    }

    #[test]
    fn a_caption_shown_three_times_is_set_aside() {
        let para = |n: usize| format!("In part {n} of the game the home side pulled away in the last quarter, and the visitors never found the answer to the pace of the young guards.");
        let caption = "Los Angeles Lakers' LeBron James dunks during the first half of the team's NBA basketball game on Friday.";
        let s = format!("{}\n\n{caption}\n{caption}\n\n{}\n\n{caption}\n\n{}\n\n{}\n", para(1), para(2), para(3), para(4));
        let d = Document::parse(&s);
        assert!(!d.body().contains("LeBron James dunks"), "{}", d.body());
        // Twice is not enough: a refrain or a repeated quotation stays.
        let s = format!("{}\n\n{caption}\n\n{}\n\n{caption}\n\n{}\n", para(1), para(2), para(3));
        assert!(Document::parse(&s).body().contains("LeBron James dunks"));
        // Four times, two pairs far apart (the article's image and the gallery's).
        let far: String = (5..25).map(|n| format!("{}\n\n", para(n))).collect();
        let s = format!("{}\n\n{caption}\n\n{caption}\n\n{far}{caption}\n\n{caption}\n\n{}\n", para(1), para(2));
        assert!(!Document::parse(&s).body().contains("LeBron James dunks"));
        // But four copies far apart stay: a text pasted four times keeps all of itself.
        let once = format!("{caption}\n\n{far}");
        assert_eq!(Document::parse(&once.repeat(4)).body().matches("LeBron James dunks").count(), 4);
    }

    #[test]
    fn a_headline_right_under_the_menu_is_the_title() {
        let menu: String = ["Home", "News", "Trending now", "Story one of the day", "Story two of the day", "Afghanistan"].iter().map(|m| format!("{m}\n")).collect();
        let para = |n: usize| format!("Two service members were killed in part {n} of the operation when their helicopter came down in the east of the country, the military said on Wednesday.");
        let s = format!("{menu}US service members killed in Afghanistan helicopter crash\n{}\n\n{}\n\n{}\n\n{}\n", para(1), para(2), para(3), para(4));
        let d = Document::parse(&s);
        assert_eq!(d.title.map(|t| d.text(t)), Some("US service members killed in Afghanistan helicopter crash"));
    }

    #[test]
    fn share_bars_are_furniture_and_the_credits_over_them_metadata() {
        let para = PARA;
        for bar in ["Share", "Icon Facebook Icon Twitter Icon LinkedIn Icon Google Plus Icon WhatsApp Icon Email", "Share on: Facebook Twitter Reddit Google+", "Facebook Twitter Email Print", "Tweet"] {
            // Under the credits, and between two paragraphs.
            for s in [
                format!("Council to build a new river bridge\nMarch 12, 2024 at 9:40 am\n{bar}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"),
                format!("Council to build a new river bridge\nMarch 12, 2024 at 9:40 am\n\n{para}\n\n{para}\n\n{bar}\n\n{para}\n\n{para}\n"),
            ] {
                let s = distinct(&s, para);
                let d = Document::parse(&s);
                assert!(!d.body().contains(bar), "{bar}: {}", d.body());
                assert!(d.removed.iter().any(|r| d.text(r.span) == bar && r.reason == Reason::Furniture), "{bar}");
                assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"), "{bar}");
                assert_eq!(d.meta.date.map(|t| d.text(t)), Some("March 12, 2024 at 9:40 am"), "{bar}");
            }
        }
        // A network's name alone may be a heading; words about sharing are prose.
        for line in ["Facebook", "Share the load", "Twitter and the press"] {
            assert!(!is_share_bar(&line.to_lowercase()), "{line}");
        }
    }

    #[test]
    fn a_code_block_amid_the_prose_does_not_end_the_article() {
        let para = PARA;
        let code = "addEventListener('fetch', function(evt) {\n  var sheep = new Response(\"Dolly\");\n  console.log(sheep.bodyUsed); // false\n  var clone = sheep.clone();\n  console.log(clone.bodyUsed); // false\n \n  clone.text();\n  console.log(sheep.bodyUsed); // false\n  console.log(clone.bodyUsed); // true\n \n  evt.respondWith(cache.add(sheep.clone()).then(function(e) {\n    return sheep;\n  });\n});";
        let s = format!("Home\nArticles\nDemos\nAbout\n\nThe fetch API\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{code}\nFuture improvements\n{para}\n\n{para}\n\n{para}\n\nPosted in Web Workers\nHome\nArticles\nDemos\nAbout\n");
        let s = distinct(&s, para);
        let d = Document::parse(&s);
        let body = d.body();
        assert!(body.contains("return sheep;") && body.contains("Future improvements") && body.contains("(Note 8.)"), "{body}");
        assert!(!body.contains("Demos"), "{body}");
        // And its lines stay lines.
        assert!(body.contains("\nreturn sheep;\n") && body.contains("\nconsole.log(clone.bodyUsed); // true\n"), "{body}");
    }

    #[test]
    fn a_headline_over_its_byline_beats_a_teaser_and_a_name_over_its_byline_is_no_title() {
        let para = "The council will build a new bridge over the river next year, and the crossing will close for six months of work on the old piers.";
        let body = format!("\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
        // A teaser nearer the body than the headline, which stands over its byline.
        let head = "Menu\nSearch\nWhy towns close old crossings\nNews\nA town that waited four decades\nBy Ann Lee\n1 day ago";
        assert_eq!(title_of(&format!("{head}{body}"), para).as_deref(), Some("A town that waited four decades"));
        // A standfirst under its headline outscores it, longer and nearer the body.
        let head = "Menu\nSearch\nCouncil backs bridge\nThe council will build a new river bridge next year and close the old crossing for six months of work on its piers\nBy Ann Lee";
        assert_eq!(title_of(&format!("{head}{body}"), para).as_deref(), Some("Council backs bridge"));
        // Nor the value under a label.
        let head = "Menu\nSearch\nOpening Bell 11.18.19\nAuthor:\nThe Water Coolest Daily\nPublish date:\nNov 18, 2019";
        assert_ne!(title_of(&format!("{head}{body}"), para).as_deref(), Some("The Water Coolest Daily"));
        // An author's name over "By" and the name is not the title.
        assert_ne!(title_of(&format!("Ann Lee\nBy Ann Lee\nOpinion Columnist{body}"), para).as_deref(), Some("Ann Lee"));
    }

    /// The title of `text` with the copies of `para` made distinct.
    fn title_of(text: &str, para: &str) -> Option<String> {
        title_text(&Document::parse(&distinct(text, para)))
    }

    /// A document's title, as text.
    fn title_text(d: &Document) -> Option<String> {
        d.title.map(|t| d.text(t).to_string())
    }

    #[test]
    fn a_headline_may_exclaim() {
        let para = "The fetch API gives every page a simpler way of fetching resources, and the API now works inside service workers too.";
        let body = format!("\n\n{para}\n\nWhat does it mean for pages?\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
        let head = "Skip to content\nHome\nArticles\nDemos\nAbout\nThis API is so Fetching!\nOlder Article\nNewer Article\non March 10, 2015 by Nikhil Marathe";
        assert_eq!(title_of(&format!("{head}{body}"), para).as_deref(), Some("This API is so Fetching!"));
        // Or ask, over its credits; a question in the text is no title.
        let head = "Skip to content\nHome\nArticles\nIs the fetch API ready for service workers?\nBy Nikhil Marathe\nMarch 10, 2015";
        assert_eq!(title_of(&format!("{head}{body}"), para).as_deref(), Some("Is the fetch API ready for service workers?"));
        assert_eq!(title_of(body.trim_start(), para), None);
    }

    #[test]
    fn labelled_link_lists_at_the_end_are_navigation() {
        let para = PARA;
        let s = distinct(&format!("{para}\n\n{para}\n\n{para}\n\nAh Bartleby! Ah humanity!\n\nOfficial links:\nMinecraft.net\nMinecraft Realms\n\nTry our other games!\n\nCommunity links:\nMinecraft Forums\nMinecraft on Twitch.tv\n"), para);
        let d = Document::parse(&s);
        assert!(!d.body().contains("links:") && !d.body().contains("Twitch") && !d.body().contains("games"), "{}", d.body());
        assert!(d.removed.iter().any(|r| d.text(r.span) == "Community links:" && r.reason == Reason::Navigation));
        // (A story's last words stay.)
        assert!(d.body().contains("Ah Bartleby! Ah humanity!"), "{}", d.body());
    }

    #[test]
    fn byline_and_date() {
        let s = "Big News\nBy Jane Doe\n12 March 2024\n\nThe text. More text.";
        let d = Document::parse(s);
        assert_eq!(d.meta.byline.map(|b| d.text(b)), Some("By Jane Doe"));
        assert_eq!(d.meta.date.map(|b| d.text(b)), Some("12 March 2024"));
        // A stamp of both times is a date too, long as it is; a sentence is not.
        let stamp = "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019";
        let s = format!("Big News\n{stamp}\n\nThe text. More text.");
        let d = Document::parse(&s);
        assert_eq!(d.meta.date.map(|b| d.text(b)), Some(stamp));
        assert!(!is_dateline("Published on 12 March 2024, the report found that the bridge had cost twice as much."));
        assert!(!is_dateline("Updated rules for the 2024 season came in on March 12 after a long vote by the league"));
    }
}
