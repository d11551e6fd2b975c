//! The table's layout: rows grouped by actor, the main actor first; a WILL and a WON'T share a
//! line only when they are the two sides of one contrast in one sentence, so that the layout
//! never pairs what the text does not.

use super::model::{Commitment, Polarity};

/// One line of the table: a WILL cell, a WON'T cell, or both sides of one contrast (indices
/// into the digest's commitments).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Line {
    /// The WILL row.
    pub will: Option<usize>,
    /// The WON'T row.
    pub wont: Option<usize>,
}

/// The rows of one actor, as lines of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The actor.
    pub actor: String,
    /// Its lines, in text order.
    pub lines: Vec<Line>,
}

impl Group {
    /// How many lines the group takes.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether the group has no line.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Rows grouped by actor: main actor first, then others in order of first appearance. Each
/// row is a line of its own, but the WON'T side of a contrast joins the line of its WILL side
/// (same sentence, both marked as a contrast).
pub fn groups(rows: &[Commitment]) -> Vec<Group> {
    // (Groups in order of first appearance, each with whether it is the main actor's.)
    let mut out: Vec<(Group, bool)> = Vec::new();
    let mut by_actor: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, c) in rows.iter().enumerate() {
        let k = *by_actor.entry(c.actor.as_str()).or_insert_with(|| {
            out.push((Group { actor: c.actor.clone(), lines: Vec::new() }, c.main));
            out.len() - 1
        });
        let lines = &mut out[k].0.lines;
        // (A line whose other side is this row's partner: a contrast of the same sentence.)
        let partner = |mine: Option<usize>, theirs: Option<usize>| mine.is_none() && theirs.is_some_and(|j| rows[j].contrast && rows[j].span == c.span);
        let joined = c.contrast
            && match c.polarity {
                Polarity::Will => lines.iter_mut().rfind(|l| partner(l.will, l.wont)).map(|l| l.will = Some(i)),
                Polarity::Wont => lines.iter_mut().rfind(|l| partner(l.wont, l.will)).map(|l| l.wont = Some(i)),
            }
            .is_some();
        if !joined {
            lines.push(match c.polarity {
                Polarity::Will => Line { will: Some(i), wont: None },
                Polarity::Wont => Line { will: None, wont: Some(i) },
            });
        }
    }
    // The main actor's first, the order kept within each part (a partition, not a sort: a
    // sort is kilobytes of the page's wasm).
    let (mut first, rest): (Vec<_>, Vec<_>) = out.into_iter().partition(|(_, main)| *main);
    first.extend(rest);
    first.into_iter().map(|(g, _)| g).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stance::Hedge;
    use crate::text::Span;

    fn row(polarity: Polarity, action: &str, span: usize, contrast: bool) -> Commitment {
        let span = Span { start: span * 10, end: span * 10 + 9 };
        Commitment { contrast, ..Commitment::new(polarity, "Council".into(), true, action.into(), Hedge::Certain, span) }
    }

    #[test]
    fn only_the_two_sides_of_a_contrast_share_a_line() {
        let rows = [
            row(Polarity::Will, "build a bridge", 0, false),
            row(Polarity::Wont, "raise taxes", 1, false),
            row(Polarity::Will, "fund it by bonds", 2, true),
            row(Polarity::Wont, "fund it by taxes", 2, true),
            row(Polarity::Wont, "close the library", 3, false),
        ];
        let g = groups(&rows);
        assert_eq!(g.len(), 1);
        let pairs: Vec<(Option<usize>, Option<usize>)> = g[0].lines.iter().map(|l| (l.will, l.wont)).collect();
        assert_eq!(pairs, [(Some(0), None), (None, Some(1)), (Some(2), Some(3)), (None, Some(4))]);
    }

    #[test]
    fn contrasts_in_different_sentences_stay_apart() {
        let rows = [row(Polarity::Will, "fund it by bonds", 0, true), row(Polarity::Wont, "fund it by taxes", 1, true)];
        assert_eq!(groups(&rows)[0].len(), 2);
    }
}
