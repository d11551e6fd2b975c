//! Part-of-speech tagging: a greedy averaged-perceptron tagger (the classic design: the word,
//! its affixes and shape, the neighbouring words and the two tags before it), trained on the
//! Universal Dependencies English Web Treebank (CC BY-SA 4.0) by `examples/train_tagger.rs`,
//! which writes `models/tagger.bin`; the native build embeds that file.
//!
//! ```
//! use brief::{Tagger, Upos};
//!
//! let tagger = Tagger::english();
//! let tags = tagger.tag(&["The", "council", "will", "build", "a", "bridge", "."]);
//! assert_eq!(tags, [Upos::Det, Upos::Noun, Upos::Aux, Upos::Verb, Upos::Det, Upos::Noun, Upos::Punct]);
//! ```

mod features;
mod model;
mod tokens;
#[cfg(not(target_arch = "wasm32"))]
mod train;

pub use model::Tagger;
#[cfg(not(target_arch = "wasm32"))]
pub use train::train_tagger;

/// The seventeen universal part-of-speech tags (universaldependencies.org/u/pos).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Upos {
    /// Adjective.
    Adj,
    /// Adposition.
    Adp,
    /// Adverb.
    Adv,
    /// Auxiliary.
    Aux,
    /// Coordinating conjunction.
    Cconj,
    /// Determiner.
    Det,
    /// Interjection.
    Intj,
    /// Noun.
    Noun,
    /// Numeral.
    Num,
    /// Particle.
    Part,
    /// Pronoun.
    Pron,
    /// Proper noun.
    Propn,
    /// Punctuation.
    Punct,
    /// Subordinating conjunction.
    Sconj,
    /// Symbol.
    Sym,
    /// Verb.
    Verb,
    /// Other.
    X,
}

impl Upos {
    /// Every tag, in the order of their numbers.
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The tag's name as CoNLL-U writes it ("NOUN").
    pub fn name(self) -> &'static str {
        ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"][self as usize]
    }

    /// The tag of a CoNLL-U name.
    pub fn from_name(name: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|t| t.name() == name)
    }
}
