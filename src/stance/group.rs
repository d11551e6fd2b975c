//! The table's layout: rows grouped by actor, the main actor first.

use super::model::{Commitment, Polarity};

/// The rows of one actor: indices into the digest's commitments.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The actor.
    pub actor: String,
    /// Its WILL rows.
    pub will: Vec<usize>,
    /// Its WON'T rows.
    pub wont: Vec<usize>,
}

impl Group {
    /// Lines of the table: WILL and WON'T side by side.
    pub fn lines(&self) -> usize {
        self.will.len().max(self.wont.len())
    }
}

/// Rows grouped by actor: main actor first, then others in order of first appearance.
pub fn groups(rows: &[Commitment]) -> Vec<Group> {
    // (Groups in order of first appearance, each with whether it is the main actor's.)
    let mut out: Vec<(Group, bool)> = Vec::new();
    let mut by_actor: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, c) in rows.iter().enumerate() {
        let k = *by_actor.entry(c.actor.as_str()).or_insert_with(|| {
            out.push((Group { actor: c.actor.clone(), will: Vec::new(), wont: Vec::new() }, c.main));
            out.len() - 1
        });
        match c.polarity {
            Polarity::Will => out[k].0.will.push(i),
            Polarity::Wont => out[k].0.wont.push(i),
        }
    }
    // The main actor's first, the order kept within each part (a partition, not a sort: a
    // sort is kilobytes of the page's wasm).
    let (mut first, rest): (Vec<_>, Vec<_>) = out.into_iter().partition(|(_, main)| *main);
    first.extend(rest);
    first.into_iter().map(|(g, _)| g).collect()
}
