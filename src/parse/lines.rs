//! The first pass: the text's lines, each classified (blank, text, bullet, Markdown heading
//! or quote) with its content span, without its marks.

use crate::text::{contains, is_space, trim, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Empty or white space.
    Blank,
    /// Anything else: running text, a plain-text heading.
    Text,
    /// A bullet or number; `content` is the item text.
    Bullet { ordered: bool },
    /// `#` to `######`.
    Heading { level: u8 },
    /// `>`.
    Quote,
}

/// A line of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub(crate) kind: Kind,
    /// The content: trimmed, without bullet, `#` or `>` marks.
    pub(crate) content: Span,
}

/// The lines of `source` (`\n`, `\r\n` or `\r` ends a line), classified.
pub(crate) fn lines(source: &str) -> Vec<Line> {
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

/// What one line is, and its content without marks.
pub(crate) fn classify(source: &str, raw: Span) -> Line {
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

/// A line of program code as a browser pastes a `pre` block: it ends with a statement's or a
/// block's mark, or a comment (`console.log(x); // false`).
pub(crate) fn is_code(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with([';', '{', '}']) || contains(t, "); // ")
}
