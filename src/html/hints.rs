//! What the markup tells about the text's lines: link and furniture lines, the article's
//! container (scored by its paragraphs, Readability.js's idea), written as the hints' keys.

use crate::text::collapse;

/// White space and the marks a line's text may carry before or after it (bullets, `#`, `>`),
/// which the parser's blocks do not.
pub(super) fn marks(c: char) -> bool {
    c.is_whitespace() || matches!(c, '•' | '#' | '*' | '-' | '·' | '–' | '>')
}

/// A line as the hints write it: without its marks, white space collapsed, lower case.
pub(super) fn hint_key(line: &str) -> String {
    collapse(line.trim_matches(marks)).to_lowercase()
}

/// The lines of `text` that are mostly (60% or more) inside the `links` ranges, as keys.
pub(super) fn hint_lines(text: &str, links: &[(usize, usize)]) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut k = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let mut linked = 0;
        while k < links.len() && links[k].1 <= start {
            k += 1;
        }
        for &(a, b) in links[k..].iter().take_while(|(a, _)| *a < end) {
            linked += b.min(end) - a.max(start);
        }
        let body = line.trim_matches(marks);
        if !body.is_empty() && linked * 10 >= body.len() * 6 {
            out.push(hint_key(body));
        }
        start = end;
    }
    out
}

/// An element: its parent, where its text starts and ends, and its score as the article's
/// container.
pub(super) struct Node {
    /// The enclosing element.
    pub(super) parent: Option<usize>,
    /// Where its text starts in the output.
    pub(super) start: usize,
    /// Where its text ends (`usize::MAX` while open).
    pub(super) end: usize,
    /// Its score as the container.
    pub(super) score: f32,
}

/// Scores a paragraph that has ended: its parent gains by its length (1 to 4 points: a
/// paragraph of 300 bytes or more scores the most), its grandparent half that. Paragraphs of
/// under 25 bytes (a label, a date) count for nothing.
pub(super) fn score_paragraph(nodes: &mut [Node], at: usize, out: &str) {
    let chars = out[nodes[at].start..].trim().len();
    if chars < 25 {
        return;
    }
    let s = 1.0 + (chars as f32 / 100.0).min(3.0);
    if let Some(p) = nodes[at].parent {
        nodes[p].score += s;
        if let Some(g) = nodes[p].parent {
            nodes[g].score += s / 2.0;
        }
    }
}

/// The article's container (the best-scored element) and its siblings that score a fifth of
/// it or more (an article in several sections), as ranges of the text.
pub(super) fn container(nodes: &[Node]) -> Vec<(usize, usize)> {
    let best = (0..nodes.len()).filter(|&i| nodes[i].score > 0.0).max_by(|&a, &b| nodes[a].score.total_cmp(&nodes[b].score).then(b.cmp(&a)));
    let Some(best) = best else { return Vec::new() };
    let parent = nodes[best].parent;
    nodes
        .iter()
        .enumerate()
        .filter(|&(i, n)| i == best || (parent.is_some() && n.parent == parent && n.score >= 0.2 * nodes[best].score))
        .map(|(_, n)| (n.start, n.end))
        .collect()
}
