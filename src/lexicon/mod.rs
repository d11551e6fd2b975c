//! Every word list of the core, once, each with where it came from. All lists are lower case
//! and sorted where a binary search reads them.
//!
//! * here: stop words, abbreviations, and [`WordSet`], the compile-time hash set;
//! * [`page`]: page furniture, months, captions, for the parser;
//! * [`stance`]: auxiliaries, negations, verbs of saying and the frames of the will / won't reader.

pub mod page;
pub mod stance;

pub use page::*;
pub use stance::*;

/// English function words: the Snowball project's English stop-word list (snowballstem.org,
/// `english/stop.txt`), plus contractions as they appear after tokenising and a few reporting
/// words ("said", "says") that carry no content in news.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "aren't",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "can't",
    "cannot",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "doing",
    "don't",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "hadn't",
    "has",
    "hasn't",
    "have",
    "haven't",
    "having",
    "he",
    "he'd",
    "he'll",
    "he's",
    "her",
    "here",
    "here's",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "how's",
    "i",
    "i'd",
    "i'll",
    "i'm",
    "i've",
    "if",
    "in",
    "into",
    "is",
    "isn't",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "let's",
    "me",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "mustn't",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "ought",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "s",
    "said",
    "same",
    "say",
    "says",
    "shan't",
    "she",
    "she'd",
    "she'll",
    "she's",
    "should",
    "shouldn't",
    "so",
    "some",
    "such",
    "t",
    "than",
    "that",
    "that's",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "there's",
    "these",
    "they",
    "they'd",
    "they'll",
    "they're",
    "they've",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "wasn't",
    "we",
    "we'd",
    "we'll",
    "we're",
    "we've",
    "were",
    "weren't",
    "what",
    "what's",
    "when",
    "when's",
    "where",
    "where's",
    "which",
    "while",
    "who",
    "who's",
    "whom",
    "why",
    "why's",
    "will",
    "with",
    "won't",
    "would",
    "wouldn't",
    "you",
    "you'd",
    "you'll",
    "you're",
    "you've",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// True for a stop word (`word` in lower case).
pub fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// [`STOP_WORDS`] in a hash table built at compile time: the ranker asks once per distinct
/// word, and a binary search's eight string comparisons were 3% of a news digest.
static STOP_SET: WordSet<512> = WordSet::new(STOP_WORDS);

/// A set of words hashed at compile time: open addressing with linear probing, `N` slots (a
/// power of two, at least twice the words) holding a word's index + 1, or 0 when empty.
pub struct WordSet<const N: usize> {
    slots: [u8; N],
    words: &'static [&'static str],
}

/// FNV-1a, the hash a [`WordSet`] files its words by.
pub const fn word_hash(word: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < word.len() {
        h = (h ^ word[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

const fn slot(word: &[u8], n: usize) -> usize {
    (word_hash(word) as usize) & (n - 1)
}

impl<const N: usize> WordSet<N> {
    /// The set of `words` (fewer than 255, at most half of `N`); panics at compile time otherwise.
    pub const fn new(words: &'static [&'static str]) -> Self {
        assert!(N.is_power_of_two() && words.len() * 2 <= N && words.len() < 255);
        let mut slots = [0u8; N];
        let mut w = 0;
        while w < words.len() {
            let mut k = slot(words[w].as_bytes(), N);
            while slots[k] != 0 {
                k = (k + 1) & (N - 1);
            }
            slots[k] = (w + 1) as u8;
            w += 1;
        }
        WordSet { slots, words }
    }

    /// Whether `word` is one of the set's words (exactly: case and all).
    pub fn contains(&self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    /// [`WordSet::contains`] for a word's bytes.
    pub fn contains_bytes(&self, word: &[u8]) -> bool {
        self.contains_hashed(word, word_hash(word))
    }

    /// [`WordSet::contains_bytes`] with the word's [`word_hash`] already known (one hash for
    /// several sets).
    pub fn contains_hashed(&self, word: &[u8], hash: u32) -> bool {
        let mut k = (hash as usize) & (N - 1);
        loop {
            match self.slots[k] {
                0 => return false,
                i if self.words[usize::from(i) - 1].as_bytes() == word => return true,
                _ => k = (k + 1) & (N - 1),
            }
        }
    }
}

/// Words that end with a full stop without ending a sentence: titles, months, company and
/// address abbreviations, Latin abbreviations (written without their inner dots: "e.g." is
/// looked up as "e.g"). Compiled for this project from common English style guides, with the
/// common German ones (bzw., ca., d.h., evtl., geb., ggf., inkl., Nr., sog., u.a., usw., vgl.,
/// z.B., z.T., bspw.), German being most of the multilingual pages.
pub const ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "al", "approx", "apr", "assn", "aug", "ave", "blvd", "brig", "bspw", "bzw", "ca", "capt", "cf", "cmdr", "co", "col", "corp", "cpl", "d.h",
    "dec", "dept", "dr", "e.g", "esp", "est", "etc", "evtl", "feb", "fig", "figs", "fri", "ft", "geb", "gen", "ggf", "gov", "hon", "i.e", "inc", "inkl", "jan",
    "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mon", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "nr", "oct", "op", "p", "p.m", "pp", "prof",
    "pvt", "rd", "rep", "reps", "rev", "sat", "sen", "sens", "sep", "sept", "sgt", "sog", "sr", "st", "sun", "supt", "thu", "thurs", "tue", "tues", "u.a",
    "u.k", "u.n", "u.s", "u.s.a", "usw", "v", "vgl", "viz", "vol", "vols", "vs", "wed", "z.b", "z.t",
];

/// Abbreviations that end a sentence as often as not when the next word is capitalised
/// ("... in the U.S. The plan ..."): they block a break only before a lower-case word,
/// a digit or a name-like continuation handled by the splitter.
pub const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &["a.m", "co", "etc", "inc", "ltd", "p.m", "u.k", "u.n", "u.s", "u.s.a", "corp", "jr", "sr", "usw"];

/// Abbreviations that are only abbreviations before a number ("No. 5", "p. 12", "Vol. 3").
pub const NUMBER_ABBREVIATIONS: &[&str] = &["fig", "figs", "no", "nos", "nr", "op", "p", "pp", "vol", "vols"];

/// True when `word` (lower case, inner dots kept, final dot removed) is an abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted(list: &[&str]) {
        for w in list.windows(2) {
            assert!(w[0] < w[1], "{:?} must come before {:?}", w[1], w[0]);
        }
    }

    #[test]
    fn binary_searched_lists_are_sorted() {
        assert_sorted(STOP_WORDS);
        assert_sorted(ABBREVIATIONS);
    }

    #[test]
    fn lookups() {
        assert!(is_stop_word("the"));
        for w in STOP_WORDS {
            assert!(is_stop_word(w), "{w}");
            assert!(!is_stop_word(&format!("{w}x")) || STOP_WORDS.contains(&format!("{w}x").as_str()));
        }
        assert!(!is_stop_word("") && !is_stop_word("thé") && !is_stop_word("The"));
        assert!(!is_stop_word("ceasefire"));
        assert!(is_abbreviation("u.s"));
        assert!(is_abbreviation("dr"));
        assert!(!is_abbreviation("force"));
    }
}
