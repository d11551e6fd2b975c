//! The table's row and its parts.

use serde::{Deserialize, Serialize};

use crate::text::Span;

/// Will or won't.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// The actor will do it.
    Will,
    /// The actor won't do it.
    Wont,
}

/// How firmly the text states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Hedge {
    /// A definite statement, decision or refusal.
    Certain,
    /// An intention, plan, aim or schedule.
    Planned,
    /// Put forward, needing approval or a condition.
    Proposed,
    /// Under consideration, possible, or reluctant.
    Considered,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    /// Will or won't.
    pub polarity: Polarity,
    /// Who does or doesn't do it.
    pub actor: String,
    /// True for the article's main actor.
    pub main: bool,
    /// What, as a short positive verb phrase.
    pub action: String,
    /// How firmly.
    pub hedge: Hedge,
    /// The sentence it comes from.
    pub span: Span,
    // (Every field is written, even when empty: the worker's answers are bincode, which reads
    // fields by position.)
    /// When, as its clause says ("by 2007", "next year"), if it says.
    #[serde(default)]
    pub time: Option<String>,
    /// On what condition, as its clause says ("if elected"), if it says.
    #[serde(default)]
    pub condition: Option<String>,
    /// Who says so, when the sentence reports someone else's words ("Mr Howard said …").
    #[serde(default)]
    pub speaker: Option<String>,
    /// One side of a contrast in its sentence ("rather than", "instead of", "not X but Y"):
    /// the table sets the two sides on one line.
    #[serde(default)]
    pub contrast: bool,
}

impl Commitment {
    /// A row with no time, condition, speaker or contrast.
    pub fn new(polarity: Polarity, actor: String, main: bool, action: String, hedge: Hedge, span: Span) -> Commitment {
        Commitment { polarity, actor, main, action, hedge, span, time: None, condition: None, speaker: None, contrast: false }
    }
}
