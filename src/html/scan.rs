//! The tokenizer: one forward scan of the markup that writes the text (one block a line,
//! bullets and heading marks, references decoded) and records the ranges of it inside links
//! and furniture, the elements as nodes for the container's score, and images' descriptions.

use super::hints::{container, score_paragraph, Node};
use crate::lexicon::{CONTENT_CLASSES, FURNITURE_CLASSES, FURNITURE_CLASS_WORDS};
use crate::text::{contains, contains_any, find, is_ascii_space};

/// What one read of the HTML gives: the text, the byte ranges of it that came from inside
/// links or page furniture, the ranges of the article's container, and images' descriptions.
pub(super) struct Scan {
    pub(super) text: String,
    pub(super) links: Vec<(usize, usize)>,
    pub(super) main: Vec<(usize, usize)>,
    pub(super) images: Vec<String>,
}

/// The scan's state: the text so far, and what is open.
struct Scanner<const IMAGES: bool> {
    out: String,
    links: Vec<(usize, usize)>,
    /// How many `<a>` are open.
    in_link: usize,
    nodes: Vec<Node>,
    images: Vec<String>,
    /// Open elements (name, page furniture?, node).
    open: Vec<(String, bool, usize)>,
    /// How many of the open elements are furniture.
    furniture: usize,
}

/// Reads `html` once (images' descriptions only when `IMAGES`).
pub(super) fn scan<const IMAGES: bool>(html: &str) -> Scan {
    let mut s = Scanner::<IMAGES> {
        out: String::with_capacity(html.len() / 2),
        links: Vec::new(),
        in_link: 0,
        nodes: Vec::new(),
        images: Vec::new(),
        open: Vec::new(),
        furniture: 0,
    };
    let mut rest = html;
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        s.text(&rest[..lt]);
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        if rest.starts_with("<!--") {
            rest = find(rest, "-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
        if closing {
            s.end_tag(&name);
        } else if !tag.ends_with('/') && !is_void(&name) && !is_raw_text(&name) && !name.is_empty() {
            s.start_tag(&name, tag);
        }
        // Raw text: skipped whole up to its end tag; an element left open is skipped alone
        // (its text then reads as text, which is all this reader ever produces).
        if is_raw_text(&name) && !closing && !tag.ends_with('/') {
            if let Some(end) = find_end_tag(rest, &name) {
                rest = &rest[end..];
            }
            continue;
        }
        s.element(&name, tag, closing);
    }
    s.finish()
}

impl<const IMAGES: bool> Scanner<IMAGES> {
    /// Text between tags, recorded as link text inside a link or furniture.
    fn text(&mut self, text: &str) {
        let before = self.out.len();
        push_text(&mut self.out, text);
        if (self.in_link > 0 || self.furniture > 0) && self.out.len() > before {
            self.links.push((before, self.out.len()));
        }
    }

    /// Closes the innermost open element of that name (looking a bounded way down, so stray
    /// end tags cost constant time), and those inside it.
    fn end_tag(&mut self, name: &str) {
        if let Some(k) = self.open.iter().rev().take(64).position(|(n, _, _)| n == name) {
            for (n, f, at) in self.open.drain(self.open.len() - 1 - k..) {
                self.furniture -= usize::from(f);
                self.nodes[at].end = self.out.len();
                if n == "p" {
                    score_paragraph(&mut self.nodes, at, &self.out);
                }
            }
        }
    }

    /// Opens an element (a paragraph ends where the next one starts).
    fn start_tag(&mut self, name: &str, tag: &str) {
        if name == "p" && self.open.last().is_some_and(|(n, _, _)| n == "p") {
            if let Some((_, f, at)) = self.open.pop() {
                self.furniture -= usize::from(f);
                self.nodes[at].end = self.out.len();
                score_paragraph(&mut self.nodes, at, &self.out);
            }
        }
        let f = is_furniture(name, tag);
        self.furniture += usize::from(f);
        self.nodes.push(Node { parent: self.open.last().map(|o| o.2), start: self.out.len(), end: usize::MAX, score: 0.0 });
        self.open.push((name.to_string(), f, self.nodes.len() - 1));
    }

    /// What an element writes into the text: line breaks, bullets, heading marks, tabs.
    fn element(&mut self, name: &str, tag: &str, closing: bool) {
        let out = &mut self.out;
        match name {
            "a" => {
                if closing {
                    self.in_link = self.in_link.saturating_sub(1);
                } else if !tag.ends_with('/') {
                    self.in_link += 1;
                }
            }
            "br" => out.push('\n'),
            "img" if IMAGES && !closing => {
                if let Some(alt) = attribute(tag, "alt") {
                    let mut t = String::new();
                    push_text(&mut t, alt);
                    if !t.trim().is_empty() {
                        self.images.push(t);
                    }
                }
            }
            "li" if !closing => {
                newline(out);
                out.push_str("• ");
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                newline(out);
                out.push('\n');
                if !closing {
                    let level = name.as_bytes()[1] - b'0';
                    out.extend(std::iter::repeat_n('#', level as usize));
                    out.push(' ');
                }
            }
            "blockquote" if !closing => {
                newline(out);
                out.push_str("> ");
            }
            "p" | "div" | "section" | "article" | "header" | "footer" | "nav" | "aside" | "ul" | "ol" | "table" | "tr" | "blockquote" | "figure"
            | "figcaption" | "main" | "dl" | "dt" | "dd" | "pre" | "hr" | "form" | "address" => {
                newline(out);
                out.push('\n');
            }
            "td" | "th" => out.push('\t'),
            // A formula's MathML: its tokens are words apart ("a x 2 + b x", not "ax2+bx"),
            // and a displayed one stands on a line of its own.
            "mi" | "mo" | "mn" | "mtext" | "ms" if !out.is_empty() && !out.ends_with([' ', '\n', '\t']) => out.push(' '),
            "math" if contains(tag, "display=\"block\"") => newline(out),
            _ => {}
        }
    }

    /// Scores the paragraphs left open, and gives the text and what was found.
    fn finish(mut self) -> Scan {
        for (n, _, at) in self.open.drain(..).rev() {
            if n == "p" {
                score_paragraph(&mut self.nodes, at, &self.out);
            }
        }
        let len = self.out.len();
        for n in self.nodes.iter_mut() {
            n.end = n.end.min(len);
        }
        let main = container(&self.nodes);
        Scan { text: self.out, links: self.links, main, images: self.images }
    }
}

/// The value of an attribute in a start tag's text (`img src=x alt="A b"`), as written
/// (character references left in), as browsers serialise markup: no space around `=`.
pub(super) fn attribute<'t>(tag: &'t str, attr: &str) -> Option<&'t str> {
    let (b, n) = (tag.as_bytes(), attr.len());
    (1..b.len().saturating_sub(n)).find(|&i| b[i - 1].is_ascii_whitespace() && b[i + n] == b'=' && b[i..i + n].eq_ignore_ascii_case(attr.as_bytes())).map(|i| {
        let v = &tag[i + n + 1..];
        match v.as_bytes().first() {
            Some(&q @ (b'"' | b'\'')) => v[1..].split(char::from(q)).next().unwrap_or(""),
            _ => v.split(|c: char| c.is_ascii_whitespace()).next().unwrap_or(""),
        }
    })
}

/// Elements without content or end tag.
pub(super) fn is_void(name: &str) -> bool {
    matches!(name, "area" | "base" | "br" | "col" | "embed" | "hr" | "img" | "input" | "link" | "meta" | "param" | "source" | "track" | "wbr")
}

/// Elements whose content is skipped whole (see `convert`).
pub(super) fn is_raw_text(name: &str) -> bool {
    matches!(name, "script" | "style" | "template" | "noscript" | "iframe" | "textarea" | "title" | "xmp" | "noembed" | "noframes" | "object")
}

/// The byte just past `</name ...>` in `rest`, matched without regard to case.
pub(super) fn find_end_tag(rest: &str, name: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut from = 0;
    while let Some(k) = find(&rest[from..], "</") {
        let at = from + k + 2;
        let candidate = bytes.get(at..at + name.len())?;
        if candidate.eq_ignore_ascii_case(name.as_bytes()) {
            return rest[at..].find('>').map(|g| at + g + 1);
        }
        from = at;
    }
    None
}

/// A line break unless the output is empty or ends with one.
pub(super) fn newline(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Appends text with white space collapsed (HTML ignores line breaks in text) and character
/// references decoded.
pub(super) fn push_text(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let space = |out: &mut String| {
        if !out.is_empty() && !out.ends_with([' ', '\n', '\t']) {
            out.push(' ');
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        // A run copied as it is: ASCII other than white space and '&'.
        let start = i;
        while i < bytes.len() && bytes[i] < 0x80 && bytes[i] != b'&' && !is_ascii_space(bytes[i]) {
            i += 1;
        }
        out.push_str(&text[start..i]);
        let Some(&b) = bytes.get(i) else { break };
        if b >= 0x80 {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                space(out);
            } else {
                out.push(c);
            }
            i += c.len_utf8();
        } else if b == b'&' {
            // A character reference: its name ends within ten bytes (looked for no further,
            // so text full of '&' stays linear).
            let semi = bytes[i..].iter().take(11).position(|&c| c == b';');
            match semi.and_then(|s| entity(&text[i + 1..i + s]).map(|d| (s, d))) {
                Some((s, decoded)) => {
                    out.push(decoded);
                    i += s + 1;
                }
                None => {
                    out.push('&');
                    i += 1;
                }
            }
        } else {
            space(out);
            i += 1;
        }
    }
}

/// A named or numeric character reference's character.
pub(super) fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "pound" => '£',
        "euro" => '€',
        "copy" => '©',
        _ => return None,
    })
}

/// Whether an element is page furniture by its name, role, class or id: navigation, footers,
/// asides, and containers named for comments, sharing, related stories, ads and the like
/// (the idea of Readability.js's "unlikely candidates"; this list is Brief's own). A class or
/// id that also names content ("article-footer", "story-related") keeps its text.
fn is_furniture(name: &str, tag: &str) -> bool {
    if matches!(name, "nav" | "footer" | "aside") {
        return true;
    }
    let value = |attr: &str| attribute(tag, attr).unwrap_or_default().to_ascii_lowercase();
    if matches!(value("role").as_str(), "navigation" | "complementary" | "contentinfo" | "banner") {
        return true;
    }
    let names = value("class") + " " + &value("id");
    let furniture = contains_any(&names, FURNITURE_CLASSES) || names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| FURNITURE_CLASS_WORDS.contains(&w));
    furniture && !contains_any(&names, CONTENT_CLASSES)
}
