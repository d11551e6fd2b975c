//! The will / won't table: what an article's actors will do and won't do.
//!
//! Each kept sentence is read clause by clause for cues of future or ongoing conduct (modals,
//! plans, proposals, roles, continuations, things under consideration) and of its negation
//! (negated modals, refusals, exclusions, "rather than", "insufficient to", reluctance). A
//! negation reaches only to the end of its clause, and "cannot rule out", "not only", "no doubt"
//! do not negate. Questions, no-comments, past facts and commentators' predictions give no
//! row. List items introduced by a planning lead-in ("objectives would include:") are rows
//! of their own. The actor is the clause's subject, folded into the main actor when it names
//! the same thing ("the force", "the multinational troops").

use serde::{Deserialize, Serialize};

use crate::parse::{Block, Document};
use crate::lexicon::WordSet;
use crate::text::{contains, contains_any, Span};

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
}

/// A word of a sentence: lower-cased text and byte range within the sentence.
#[derive(Debug, Clone)]
struct Word {
    lower: String,
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = word_ranges(text).map(|(s, e)| make_word(text, s, e)).collect();
    out.retain(|w| w.lower.chars().any(char::is_alphanumeric));
    out
}

/// The byte ranges of a sentence's words before trimming: runs of letters, digits,
/// apostrophes and hyphens. [`words`] and [`may_give_rows`] read words through it, so the gate
/// and the reader agree on what a word is.
fn word_ranges(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    crate::text::word_runs(text, |c| c.is_ascii_alphanumeric() || c == b'\'' || c == b'-')
}

fn make_word(text: &str, s: usize, e: usize) -> Word {
    let raw = &text[s..e];
    let start_trim = raw.len() - raw.trim_start_matches(['\'', '’', '-']).len();
    let trimmed = raw[start_trim..].trim_end_matches(['\'', '’', '-']);
    let lower = if trimmed.is_ascii() {
        trimmed.to_ascii_lowercase()
    } else {
        trimmed.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect()
    };
    Word { lower, start: s + start_trim, end: s + start_trim + trimmed.len() }
}

/// Is there a clause break (comma, semicolon, dash, colon, bracket) in `text` between two words?
fn clause_break(text: &str, a: &Word, b: &Word) -> bool {
    let digits = |w: &Word| w.lower.bytes().all(|c| c.is_ascii_digit());
    // "35,000" is one number, not two clauses.
    if text.get(a.end..b.start) == Some(",") && digits(a) && digits(b) {
        return false;
    }
    text.get(a.end..b.start).is_some_and(|g| g.contains([',', ';', ':', '(', ')', '—', '–']) || (g.trim() == "-" && g.starts_with(char::is_whitespace)))
}

/// Auxiliaries and modals: after "that" / "which" they mark a relative clause.
const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "will", "would", "may", "might", "could", "can", "is", "are", "was",
    "were", "not", "never",
];

const NEGATIONS: &[&str] = &["not", "never", "n't", "cannot", "no"];

fn is_negation(w: &str) -> bool {
    NEGATIONS.contains(&w) || w.ends_with("n't")
}

/// Words that end an action phrase (a new clause).
const CLAUSE_WORDS: &[&str] = &[
    "but", "while", "although", "though", "because", "since", "whereas", "unless", "which",
    "who", "whom", "whose", "if", "said", "says", "according", "when", "after", "before",
    "despite",
];

/// A cue: a word sequence, its polarity, its hedge and how the action follows it.
struct Cue {
    words: &'static [&'static str],
    polarity: Polarity,
    hedge: Hedge,
}

const fn will(words: &'static [&'static str], hedge: Hedge) -> Cue {
    Cue { words, polarity: Polarity::Will, hedge }
}
const fn wont(words: &'static [&'static str], hedge: Hedge) -> Cue {
    Cue { words, polarity: Polarity::Wont, hedge }
}

/// Cues in priority order: longer and more specific first.
const CUES: &[Cue] = &[
    wont(&["insufficient", "to"], Hedge::Certain),
    wont(&["too", "small", "to"], Hedge::Certain),
    wont(&["reluctance", "to"], Hedge::Considered),
    wont(&["reluctant", "to"], Hedge::Considered),
    wont(&["unwilling", "to"], Hedge::Certain),
    wont(&["refused", "to"], Hedge::Certain),
    wont(&["refuses", "to"], Hedge::Certain),
    wont(&["refuse", "to"], Hedge::Certain),
    wont(&["ruled", "out"], Hedge::Certain),
    wont(&["rules", "out"], Hedge::Certain),
    wont(&["opposition", "to"], Hedge::Certain),
    wont(&["no", "plans", "to"], Hedge::Certain),
    wont(&["no", "longer"], Hedge::Certain),
    wont(&["suspended", "plans", "to"], Hedge::Certain),
    wont(&["scrapped", "plans", "to"], Hedge::Certain),
    wont(&["abandoned", "plans", "to"], Hedge::Certain),
    will(&["efforts", "to"], Hedge::Planned),
    will(&["effort", "to"], Hedge::Planned),
    will(&["plans", "include"], Hedge::Proposed),
    will(&["proposals", "include"], Hedge::Proposed),
    will(&["plans", "to"], Hedge::Planned),
    will(&["plan", "to"], Hedge::Planned),
    will(&["planning", "to"], Hedge::Planned),
    will(&["intends", "to"], Hedge::Planned),
    will(&["intend", "to"], Hedge::Planned),
    will(&["aims", "to"], Hedge::Planned),
    will(&["aim", "to"], Hedge::Planned),
    will(&["set", "to"], Hedge::Planned),
    will(&["due", "to"], Hedge::Planned),
    will(&["expected", "to"], Hedge::Planned),
    will(&["going", "to"], Hedge::Planned),
    will(&["agreed", "to"], Hedge::Certain),
    will(&["pledged", "to"], Hedge::Certain),
    will(&["promised", "to"], Hedge::Certain),
    will(&["vowed", "to"], Hedge::Certain),
    will(&["designed", "to"], Hedge::Proposed),
    will(&["intended", "to"], Hedge::Proposed),
    will(&["continue", "to"], Hedge::Certain),
    will(&["continues", "to"], Hedge::Certain),
    will(&["considering"], Hedge::Considered),
    will(&["under", "consideration"], Hedge::Considered),
    will(&["strategy", "involves"], Hedge::Planned),
    will(&["wants", "to"], Hedge::Planned),
    will(&["want", "to"], Hedge::Planned),
    will(&["wanted", "to"], Hedge::Planned),
    will(&["seeks", "to"], Hedge::Planned),
    will(&["hopes", "to"], Hedge::Considered),
    will(&["committed", "to"], Hedge::Certain),
    will(&["ready", "to"], Hedge::Considered),
    will(&["standby", "to"], Hedge::Considered),
    will(&["standby", "in", "case"], Hedge::Considered),
    will(&["contingency", "plans"], Hedge::Considered),
    will(&["will"], Hedge::Certain),
    will(&["'ll"], Hedge::Certain),
    will(&["won't"], Hedge::Certain),
    will(&["shall"], Hedge::Certain),
    will(&["would"], Hedge::Proposed),
    will(&["wouldn't"], Hedge::Proposed),
    will(&["could"], Hedge::Considered),
    will(&["may"], Hedge::Considered),
    will(&["might"], Hedge::Considered),
    wont(&["should", "not"], Hedge::Considered),
    will(&["can"], Hedge::Considered),
    will(&["is", "to"], Hedge::Certain),
    will(&["are", "to"], Hedge::Certain),
];

/// Sentences that are about speech, not conduct.
const NO_COMMENT: &[&str] = &[
    "declined to comment", "would not comment", "refused to comment", "no comment",
    "would not be drawn", "refused to say", "declined to say", "would not say", "gave no details",
    "did not respond", "did not comment",
];

/// Reports of what was said or agreed before the news, which the news has overtaken.
const SUPERSEDED: &[&str] = &["had earlier said", "had said that", "had agreed to", "had planned to", "had promised to"];

/// Subjects whose predictions are commentary, not an actor's conduct.
const COMMENTATORS: &[&str] = &[
    "analyst", "analysts", "expert", "experts", "critic", "critics", "economist", "economists",
    "observer", "observers", "commentator", "commentators",
];

/// Non-negating uses of negative words.
const NOT_NEGATING: &[&str] = &["not only", "not just", "no doubt", "cannot rule out", "can't rule out", "not hesitate", "no child", "not least"];

/// The table for `doc`: rows in text order.
pub fn commitments(doc: &Document<'_>) -> (String, Vec<Commitment>) {
    let main = main_actor(doc);
    let aliases = aliases(&main, doc);
    let mut out = Vec::new();
    for section in &doc.sections {
        let mut lead_in: Option<(Hedge, Polarity)> = None;
        for block in &section.blocks {
            match block {
                Block::List(list) => {
                    if let Some((hedge, polarity)) = lead_in {
                        for item in &list.items {
                            let text = doc.text(item.span);
                            // An item with a cue of its own reads as a sentence ("People
                            // settling here will have to show ..."); a bare one is the lead-in's.
                            let rows = read_sentence(text, item.span, &main, &aliases);
                            if !rows.is_empty() {
                                out.extend(rows);
                                continue;
                            }
                            out.push(Commitment {
                                polarity,
                                actor: main.clone(),
                                main: true,
                                action: base_form(&clip_action(text, 16)),
                                hedge,
                                span: item.span,
                            });
                        }
                    }
                    lead_in = None;
                }
                Block::Paragraph(p) | Block::Quote(p) => {
                    lead_in = None;
                    for &s in &p.sentences {
                        let text = doc.text(s);
                        if text.trim_end().ends_with(':') {
                            lead_in = Some(lead_in_cue(text));
                            continue;
                        }
                        out.extend(read_sentence(text, s, &main, &aliases));
                    }
                }
            }
        }
    }
    out.retain(|c| !c.action.trim().is_empty());
    (main, out)
}

/// The hedge of a lead-in before a list ("The core objectives of the MFU would include:").
fn lead_in_cue(text: &str) -> (Hedge, Polarity) {
    let l = crate::text::lower(text);
    let hedge = if contains(&l, "would") || contains(&l, "propos") || contains(&l, "objective") {
        Hedge::Proposed
    } else if contains(&l, "discussion") || contains(&l, "consider") || contains(&l, "could") || contains(&l, "may") {
        Hedge::Considered
    } else if contains(&l, "plan") || contains(&l, "aim") {
        Hedge::Planned
    } else {
        Hedge::Certain
    };
    let polarity = if contains(&l, " not ") || contains(&l, "n't") { Polarity::Wont } else { Polarity::Will };
    (hedge, polarity)
}

/// Frames that make a sentence commentary, speculation or an indirect question rather than
/// an actor's stated conduct.
const COMMENTARY: &[&str] = &[
    "unclear if", "unclear whether", "not clear whether", "asked whether", "asked if",
    "the hope is", "would be hardly", "hardly surprising", "warned that", "warned the",
    "feared", "i think", "we know that", "likened", "it could prove", "it would be",
    "wondered", "speculat", "don't think", "do not think", "was optimistic",
    "were optimistic", "neither will", "nor will", "doing so would",
];

/// Verbs after a modal that describe an outcome, not conduct.
const OUTCOME_VERBS: &[&str] = &["prove", "result", "seem", "appear", "happen", "cost", "rank", "face", "fail", "succeed", "backfire"];

/// Words after "be" that make a state or judgement, not conduct ("be happy", "be seen as").
fn is_state(word: &str) -> bool {
    const STATES: &[&str] = &[
        "happy", "seen", "welcomed", "better", "worse", "stronger", "weaker", "best", "worst",
        "likely", "unlikely", "good", "bad", "difficult", "hard", "easy", "possible",
        "impossible", "limited", "crippled", "surprised", "surprising", "disappointed",
        "sufficient", "enough", "higher", "lower", "more", "less", "left", "reached", "to",
    ];
    STATES.contains(&word)
}

/// First words of the cues in [`CUES`], sorted for a binary search (a long `match` on strings
/// compiles to one comparison after another at the size-optimised level of the page build).
const CUE_STARTS: &[&str] = &[
    "'ll", "abandoned", "agreed", "aim", "aims", "are", "can", "committed", "considering",
    "contingency", "continue", "continues", "could", "designed", "due", "effort", "efforts", "expected", "going",
    "hopes", "insufficient", "intend", "intended", "intends", "is", "may", "might", "no",
    "opposition", "plan", "planning", "plans", "pledged", "promised", "proposals", "ready", "refuse",
    "refused", "refuses", "reluctance", "reluctant", "ruled", "rules", "scrapped", "seeks",
    "set", "shall", "should", "standby", "strategy", "suspended", "too", "under", "unwilling",
    "vowed", "want", "wanted", "wants", "will", "won't", "would", "wouldn't",
];

/// Whether `w` is the first word of a cue in [`CUES`].
fn starts_cue(w: &str) -> bool {
    CUE_STARTS.binary_search(&w).is_ok()
}

/// Word sequences other than cues that can give a row: contrasts ("rather than", "instead
/// of") and cue-less plan statements ("do not include").
const OTHER_ROWS: &[&[&str]] = &[&["rather", "than"], &["instead", "of"], &["do", "not", "include"], &["does", "not", "include"]];

/// The cues of one word, and the last two words of the longer cues and of [`OTHER_ROWS`] (a
/// test keeps them in step): a word can end a cue only if it is in the first set, or in the
/// second with the word before it in the third.
const ONE_WORD_CUES: &[&str] = &["considering", "will", "'ll", "won't", "shall", "would", "wouldn't", "could", "may", "might", "can"];
const LAST_WORDS: &[&str] = &["to", "out", "longer", "include", "consideration", "involves", "case", "plans", "not", "than", "of"];
const NEXT_TO_LAST_WORDS: &[&str] = &[
    "insufficient", "small", "reluctance", "reluctant", "unwilling", "refused", "refuses", "refuse", "ruled", "rules",
    "opposition", "plans", "no", "efforts", "effort", "proposals", "plan", "planning", "intends", "intend", "aims",
    "aim", "set", "due", "expected", "going", "agreed", "pledged", "promised", "vowed", "designed", "intended",
    "continue", "continues", "under", "strategy", "wants", "want", "wanted", "seeks", "hopes", "committed", "ready",
    "standby", "in", "contingency", "should", "is", "are", "rather", "instead", "not",
];
static ONE_WORD_SET: WordSet<32> = WordSet::new(ONE_WORD_CUES);
static LAST_SET: WordSet<32> = WordSet::new(LAST_WORDS);
static NEXT_TO_LAST_SET: WordSet<128> = WordSet::new(NEXT_TO_LAST_WORDS);

/// Whether `text` holds a cue or one of [`OTHER_ROWS`]: [`read_sentence`] gives no row
/// without one. Reads the words as [`words`] does, without allocating a word list: most
/// sentences of an article have no cue, and this gate is their whole cost.
fn may_give_rows(text: &str) -> bool {
    // The last three words, lower-cased (a ring: the latest at `at`); a word longer than any
    // cue's is kept empty.
    const MAX: usize = 16;
    let mut last = [[0u8; MAX]; 3];
    let mut lens = [0usize; 3];
    let mut at = 2;
    let b = text.as_bytes();
    for (s, end) in word_ranges(text) {
        let next = (at + 1) % 3;
        let mut hash = 0;
        if b[s..end].is_ascii() {
            // Trimmed of apostrophes and hyphens; `words` drops a word without a letter or
            // digit, which is one that trims to nothing.
            let (mut first, mut last_byte) = (s, end);
            while first < last_byte && matches!(b[first], b'\'' | b'-') {
                first += 1;
            }
            while last_byte > first && matches!(b[last_byte - 1], b'\'' | b'-') {
                last_byte -= 1;
            }
            if first == last_byte {
                continue;
            }
            let n = last_byte - first;
            if n <= MAX {
                let word = &mut last[next][..n];
                word.copy_from_slice(&b[first..last_byte]);
                word.make_ascii_lowercase();
                hash = crate::lexicon::word_hash(word);
            }
            lens[next] = if n <= MAX { n } else { 0 };
        } else {
            let l = make_word(text, s, end).lower;
            if !l.chars().any(char::is_alphanumeric) {
                continue;
            }
            let n = l.len();
            if n <= MAX {
                last[next][..n].copy_from_slice(l.as_bytes());
                hash = crate::lexicon::word_hash(l.as_bytes());
            }
            lens[next] = if n <= MAX { n } else { 0 };
        }
        at = next;
        let word = |k: usize| &last[k][..lens[k]];
        if lens[at] == 0 {
            continue;
        }
        if ONE_WORD_SET.contains_hashed(word(at), hash) {
            return true;
        }
        let before = (at + 2) % 3;
        if !LAST_SET.contains_hashed(word(at), hash) || !NEXT_TO_LAST_SET.contains_bytes(word(before)) {
            continue;
        }
        // Pattern words from the last back, against the ring from `at` back.
        let ends = |pat: &[&str]| {
            pat.len() <= 3 && pat.iter().rev().enumerate().all(|(k, p)| {
                let w = word((at + 3 - k) % 3);
                !w.is_empty() && p.as_bytes() == w
            })
        };
        if CUES.iter().any(|c| ends(c.words)) || OTHER_ROWS.iter().any(|p| ends(p)) {
            return true;
        }
    }
    false
}

fn read_sentence(text: &str, span: Span, main: &str, aliases: &[String]) -> Vec<Commitment> {
    let trimmed = text.trim_end();
    if trimmed.ends_with('?') || !trimmed.ends_with(['.', '!', '"', '”', '\'', ')', '…', '’']) {
        return Vec::new();
    }
    if !may_give_rows(text) {
        return Vec::new();
    }
    let ws = words(text);
    let lower = crate::text::lower(text);
    let lower = if lower.contains('’') { lower.replace('’', "'") } else { lower };
    // Speech, and what was said before the news (a superseded plan: "had earlier said").
    if contains_any(&lower, NO_COMMENT) || contains_any(&lower, SUPERSEDED) {
        return Vec::new();
    }
    // Offsets found in this copy index `text`: ASCII lower case keeps every byte where it was
    // (full lower case and the apostrophe folding of `lower` do not; a fuzzer found the panic).
    let ascii = text.to_ascii_lowercase();
    let main_subject = |i: usize| {
        clause_words_back(text, &ws, i).iter().any(|w| aliases.iter().any(|a| *a == crate::text::trim_end_all(&w.lower, "'s")))
    };
    // Whether a phrase names the main actor ("the merger" does not, "Gazprom's plan" does).
    let names_actor = |s: &String| crate::text::lower(s).split(' ').any(|w| aliases.iter().any(|a| a == crate::text::trim_end_all(w, "'s")));
    let commentary = contains_any(&lower, COMMENTARY);
    let commentator = ws.iter().take(8).any(|w| COMMENTATORS.contains(&w.lower.as_str()));
    let mut rows: Vec<Commitment> = Vec::new();
    let mut covered_until = 0usize; // words already inside a row's action
    let mut i = 0;
    while i < ws.len() {
        let Some(cue) = starts_cue(&ws[i].lower).then(|| CUES.iter().find(|c| matches_at(&ws, i, c.words))).flatten() else {
            i += 1;
            continue;
        };
        let after = i + cue.words.len();
        if i < covered_until {
            i = after;
            continue;
        }
        // Commentary and commentators' predictions count only for the main actor's own conduct.
        if (commentary || commentator) && !main_subject(i) {
            i = after;
            continue;
        }
        // A hypothetical ("if" opens the cue's clause), a concession ("while mothers would
        // welcome ...") or a relative clause about something else ("styles that have not yet
        // and may never reach ...").
        let back = clause_words_back(text, &ws, i);
        let modal = matches!(ws[i].lower.as_str(), "will" | "would" | "could" | "may" | "might" | "can" | "won't" | "wouldn't");
        // A relative clause: "that" / "which" right before the cue, or followed by an
        // auxiliary that the cue is coordinated with ("that have not yet and may never").
        let relative = back.last().is_some_and(|w| matches!(w.lower.as_str(), "that" | "which") && modal)
            || back
                .iter()
                .rposition(|w| matches!(w.lower.as_str(), "that" | "which" | "who"))
                .is_some_and(|k| {
                    back.get(k + 1).is_some_and(|w| AUXILIARIES.contains(&w.lower.as_str()))
                        && back[k + 1..].iter().any(|w| matches!(w.lower.as_str(), "and" | "or"))
                });
        let concession = matches!(ws[i].lower.as_str(), "would" | "could" | "may" | "might") && back.first().is_some_and(|w| matches!(w.lower.as_str(), "while" | "although" | "though" | "whereas"));
        if back.iter().any(|w| w.lower == "if") || relative || concession {
            i = after;
            continue;
        }
        let mut polarity = cue.polarity;
        let mut hedge = cue.hedge;
        let negated = ws[i].lower.ends_with("n't")
            || ws.get(after).is_some_and(|w| is_negation(&w.lower))
            || (i > 0 && is_negation(&ws[i - 1].lower) && !clause_break(text, &ws[i - 1], &ws[i]));
        if negated && cue.polarity == Polarity::Will {
            polarity = Polarity::Wont;
        }
        if negated && contains_any(&lower, NOT_NEGATING) {
            polarity = cue.polarity;
        }
        // "could not" tells of a past inability.
        if negated && matches!(ws[i].lower.as_str(), "could" | "couldn't") {
            i = after;
            continue;
        }
        let mut a = after;
        // "will have to", "would need to", "will be required to": an obligation.
        let mut obliged = false;
        loop {
            let w = ws.get(a).map_or("", |w| w.lower.as_str());
            let next = ws.get(a + 1).map_or("", |w| w.lower.as_str());
            if matches!(w, "not" | "never" | "likely" | "also" | "still" | "now" | "then" | "to" | "yet" | "instead" | "soon" | "eventually" | "initially" | "probably" | "definitely" | "certainly") {
                a += 1;
            } else if w == "of" && next == "course" {
                a += 2;
            } else if matches!(w, "they" | "we" | "it" | "he" | "she")
                && matches!(next, "need" | "needs" | "have" | "has")
                && ws.get(a + 2).is_some_and(|x| x.lower == "to")
                && a == after
            {
                a += 3; // "on standby in case they need to help evacuate ..."
            } else if next == "to" && matches!(w, "have" | "has" | "need" | "needs" | "able" | "positioned" | "designed" | "intended" | "expected" | "set" | "due" | "going" | "required" | "allowed" | "trying" | "try" | "seeking" | "seek") {
                obliged |= matches!(w, "have" | "has" | "need" | "needs" | "required");
                a += 2;
            } else if w == "be" && matches!(next, "able" | "positioned" | "designed" | "intended" | "expected" | "set" | "due" | "required" | "allowed" | "used" | "willing" | "prepared" | "keen" | "eager" | "ready")
                && ws.get(a + 2).is_some_and(|x| x.lower == "to")
            {
                obliged |= next == "required";
                a += 3;
            } else {
                break;
            }
        }
        // "where it now is to nine months": "is to" before a number or a determiner is no plan.
        if matches!(cue.words, ["is" | "are", "to"])
            && ws.get(after).is_some_and(|w| w.lower.starts_with(|c: char| c.is_ascii_digit()) || matches!(w.lower.as_str(), "the" | "a" | "an" | "nine" | "six" | "ten" | "two" | "three" | "four" | "five" | "seven" | "eight" | "twelve"))
        {
            i = after;
            continue;
        }
        // Outcomes and states are not conduct: "will prove tough", "would be happy",
        // "would have been better".
        let first = ws.get(a).map_or("", |w| w.lower.as_str());
        let second = ws.get(a + 1).map_or("", |w| w.lower.as_str());
        if OUTCOME_VERBS.iter().any(|v| first.starts_with(v))
            || (first == "have" && second == "been")
            || (first == "be" && is_state(second))
            || matches!(first, "said" | "says" | "say" | "told" | "to" | "only" | "he" | "she" | "they" | "it" | "we" | "i")
            || (first == "mean" && ws[i].lower == "could")
            // "as you can imagine", "as we can see": an aside, not conduct.
            || matches!(first, "imagine" | "see" | "understand" | "tell" | "confirm")
            || (i > 0 && matches!(ws[i - 1].lower.as_str(), "which" | "who"))
        {
            i = after;
            continue;
        }
        // A WON'T cue right after the modal ("would be insufficient to") speaks for the clause.
        if cue.polarity == Polarity::Will
            && (after..(after + 4).min(ws.len())).any(|k| CUES.iter().any(|c| c.polarity == Polarity::Wont && matches_at(&ws, k, c.words)))
        {
            i = after;
            continue;
        }
        let passive = ws.get(a).is_some_and(|w| matches!(w.lower.as_str(), "be" | "been"))
            && ws.get(a + 1).is_some_and(|w| w.lower.ends_with("ed") || IRREGULAR.iter().any(|(p, _)| *p == w.lower));
        let (mut action, end) = if matches!(cue.words, ["under", "consideration"]) {
            subject_action(text, &ws, i)
        } else {
            action_from(text, &ws, a)
        };
        // The cue names the conduct itself: "making contingency plans in case ...".
        if matches!(cue.words, ["contingency", "plans"]) {
            action = format!("make contingency plans {action}");
        }
        // Opposition to a measure is a refusal to accept it.
        if matches!(cue.words, ["opposition", "to"])
            && action.split(' ').next().is_some_and(|w| matches!(w, "any" | "a" | "an" | "the" | "this" | "these" | "such" | "all"))
        {
            action = format!("accept {action}");
        }
        // "The merger is to go ahead" → "go ahead with the merger".
        if action == "go ahead" || action == "proceed" {
            // (A project goes ahead — "the merger" — not a named actor: "Gazprom will go ahead".)
            if let Some(subject) = passive_subject(text, &ws, i).filter(|s| !s.split(' ').any(|w| w.starts_with(char::is_uppercase))) {
                action = format!("{action} with {subject}");
            }
        }
        // A state the actor keeps: "the display size will remain 13.3 inches" → "keep the
        // display size 13.3 inches".
        if let Some(rest) = action.strip_prefix("remain ").or_else(|| action.strip_prefix("stay ")) {
            if !main_subject(i) {
                let determined = |s: &String| s.split(' ').next().is_some_and(|w| matches!(w, "the" | "its" | "their" | "our" | "this" | "these" | "his" | "her"));
                if let Some(subject) = passive_subject(text, &ws, i).filter(determined) {
                    action = format!("keep {subject} {rest}");
                }
            }
        }
        // The actor's own figure moving is the actor's doing: "our waiting time will fall to
        // six months" → "cut our waiting time to six months".
        let (verb, rest) = action.split_once(' ').unwrap_or((action.as_str(), ""));
        let change = match verb {
            "fall" | "drop" | "decline" | "shrink" | "halve" => Some("cut"),
            "rise" | "increase" | "grow" | "double" | "climb" => Some("raise"),
            _ => None,
        };
        // (Only where the verb has no object of its own: "increase the number of colleges" stays.)
        let intransitive = rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit()) || ["to ", "by ", "from ", "in ", "at "].iter().any(|p| rest.starts_with(p));
        if let Some(change) = change.filter(|_| intransitive) {
            // (Any figure but a person's or the actor's own name: "maternity pay is to rise".)
            if let Some(subject) = passive_subject(text, &ws, i).filter(|s| !names_actor(s) && s.split(' ').count() >= 2) {
                action = format!("{change} {subject} {rest}").trim_end().to_string();
            }
        }
        // "would mean visa applications being turned down" → "turn down visa applications".
        if let Some((object, done)) = action.strip_prefix("mean ").and_then(|r| crate::text::split_once(r, " being ")) {
            let mut it = done.split(' ');
            let participle = it.next().unwrap_or("");
            let rest: Vec<&str> = it.collect();
            let (particle, rest) = match rest.split_first() {
                Some((p, more)) if matches!(*p, "down" | "up" | "off" | "out" | "away" | "back") => (format!(" {p}"), more),
                _ => (String::new(), &rest[..]),
            };
            if !object.is_empty() && (participle.ends_with("ed") || IRREGULAR.iter().any(|(p, _)| *p == participle)) {
                let verb = base_verb(participle, true);
                action = format!("{verb}{particle} {object} {}", rest.join(" ")).trim_end().to_string();
            }
        }
        // "The aim is to get it up to 12 months": the objective is the row.
        if matches!(cue.words, ["is", "to"]) && i > 0 && matches!(ws[i - 1].lower.as_str(), "aim" | "goal" | "objective" | "ambition" | "intention") {
            action = format!("aim to {action}");
        }
        // "is considering a levy on empty homes" → "consider a levy on empty homes".
        if matches!(cue.words, ["considering"]) && action.split(' ').next().is_some_and(|w| matches!(w, "a" | "an" | "the" | "new" | "further" | "more" | "whether")) {
            action = format!("consider {action}");
        }
        // A continuation is the row: "continues to offer free repairs".
        if matches!(cue.words, ["continue" | "continues", "to"]) && !action.is_empty() {
            action = format!("continue to {action}");
        }
        // A passive ("paid leave would be increased to nine months") reads as the actor's
        // action on its subject: "increase paid leave to nine months".
        if passive && !action.is_empty() {
            if let Some(object) = passive_subject(text, &ws, i) {
                if let Some((verb, rest)) = action.split_once(' ') {
                    // A prepositional verb keeps its preposition: "dealt with" → "deal with HIV".
                    action = match rest.split_once(' ').unwrap_or((rest, "")) {
                        (p @ ("with" | "for" | "upon"), more) => format!("{verb} {p} {object} {more}").trim_end().to_string(),
                        _ => format!("{verb} {object} {rest}"),
                    };
                } else {
                    action = format!("{action} {object}");
                }
            }
        }
        // An obligation on others ("non-EU citizens will have to undergo tests") is a rule the
        // actor sets: "require non-EU citizens to undergo tests".
        let mut imposed = false;
        // (A "may have to" is a prospect, not a rule.)
        if obliged && !action.is_empty() && !main_subject(i) && matches!(ws[i].lower.as_str(), "will" | "would" | "'ll" | "shall" | "won't" | "wouldn't") {
            if let Some(subject) = obliged_subject(text, &ws, i) {
                action = format!("require {subject} to {action}");
                imposed = true;
            }
        }
        // "seek no royalties", "no longer": a negative object makes a WON'T row.
        if let Some(rest) = action.strip_prefix("no longer ") {
            action = rest.to_string();
            polarity = Polarity::Wont;
        } else if let Some((verb, obj)) = crate::text::split_once(&action, " no ") {
            if !verb.contains(' ') {
                action = format!("{verb} {obj}");
                polarity = Polarity::Wont;
            }
        }
        // An action opens with its verb: one that opens with a preposition or a pronoun is a
        // misreading ("for day-to-day spending", "you really have a say").
        let opens_badly = action.split(' ').next().is_some_and(|w| {
            matches!(w.to_lowercase().as_str(), "for" | "on" | "in" | "at" | "by" | "from" | "of" | "with" | "you" | "i" | "we" | "they" | "he" | "she" | "it" | "all" | "will" | "would" | "this" | "these" | "those" | "no" | "number")
                || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
        if action.is_empty() || opens_badly || !action.split_whitespace().any(|w| !crate::lexicon::is_stop_word(&w.to_lowercase())) {
            i = after;
            continue;
        }
        let rest = &ascii[ws[i].start..];
        if contains(rest, "not the intended") || contains(rest, "not part of") {
            polarity = Polarity::Wont;
            hedge = Hedge::Certain;
        }
        let (actor, is_main) = if imposed && !main.is_empty() {
            (main.to_string(), true)
        } else if i > 0 && ws[i - 1].lower == "and" && !rows.is_empty() {
            // "… would not follow the move and will continue to …": the same subject.
            let last = &rows[rows.len() - 1];
            (last.actor.clone(), last.main)
        } else {
            actor_of(text, &ws, i, main, aliases)
        };
        // Coordinated gerunds are two plans: "letting fathers share the pay and extending
        // rights to parents" → "let fathers share the pay", "extend rights to parents".
        let mut actions = vec![action];
        if ws.get(a).is_some_and(|w| w.lower.ends_with("ing")) {
            let split = (a + 1..end.min(ws.len() - 1)).find(|&k| ws[k].lower == "and" && ws[k + 1].lower.len() > 5 && ws[k + 1].lower.ends_with("ing"));
            if let Some(k) = split {
                let first = tidy_action(&crate::text::collapse(&text[ws[a].start..ws[k - 1].end]));
                let (second, _) = action_from(text, &ws, k + 1);
                if !first.is_empty() && !second.is_empty() {
                    actions = vec![first, base_form(&second)];
                }
            }
        }
        for action in actions {
            if !rows.iter().any(|r| r.polarity == polarity && r.action == action) {
                rows.push(Commitment { polarity, actor: actor.clone(), main: is_main, action, hedge, span });
            }
        }
        covered_until = end + 1;
        i = after;
    }
    // "rather than" / "instead of": the rejected alternative is a WON'T row of its own, the
    // chosen one a WILL row.
    for pat in [["rather", "than"], ["instead", "of"]] {
        let Some(k) = (0..ws.len()).find(|&k| matches_at(&ws, k, &pat)) else { continue };
        // A judgement ("the policy was prejudice-based rather than evidence-based") is no row.
        if ws[k.saturating_sub(3)..k].iter().any(|w| matches!(w.lower.as_str(), "was" | "is" | "are" | "were")) && rows.is_empty() {
            continue;
        }
        let (alt, _) = action_from(text, &ws, k + 2);
        if alt.is_empty() || rows.iter().any(|r| r.polarity == Polarity::Wont) {
            continue;
        }
        let (actor, is_main) = actor_of(text, &ws, k, main, aliases);
        let hedge = rows.first().map_or(Hedge::Certain, |r| r.hedge);
        if !rows.iter().any(|r| r.polarity == Polarity::Will) && k > 0 {
            // The chosen option: the phrase just before "rather than", back to "as" or a break.
            let mut s = k;
            while s > 0 && k - s < 6 && ws[s - 1].lower != "as" && !clause_break(text, &ws[s - 1], &ws[s]) {
                s -= 1;
            }
            if s < k {
                let chosen = crate::text::collapse(
                    text[ws[s].start..ws[k - 1].end].trim_matches(|c: char| !c.is_alphanumeric()),
                );
                rows.push(Commitment { polarity: Polarity::Will, actor: actor.clone(), main: is_main, action: chosen, hedge, span });
            }
        }
        // The alternative often lacks its verb ("rather than for commercial success"): lend it
        // the chosen option's verb.
        let alt = match rows.iter().rfind(|r| r.polarity == Polarity::Will) {
            // "Instead of new taxes, the scheme will be funded by a bond issue": the rejected
            // means takes the chosen one's place.
            // (Up to four words of the alternative: one word is the same case.)
            Some(will) if k == 0 && crate::text::contains(&will.action, " by ") && alt.split(' ').count() <= 4 => {
                let at = crate::text::rfind(&will.action, " by ").unwrap_or(will.action.len());
                format!("{} by {alt}", &will.action[..at])
            }
            Some(will) if alt.split_whitespace().next().is_some_and(|w| matches!(w.to_lowercase().as_str(), "for" | "to" | "a" | "an" | "the" | "by" | "with" | "in" | "on")) => {
                let mut it = will.action.split_whitespace();
                let mut verb = it.next().unwrap_or("").to_string();
                if let Some(p) = it.next().filter(|p| matches!(*p, "out" | "up" | "off" | "down" | "over" | "back" | "on")) {
                    verb = format!("{verb} {p}");
                }
                if verb.is_empty() || alt.starts_with(&verb) || will.action.starts_with(&alt) { alt } else { format!("{verb} {alt}") }
            }
            _ => alt,
        };
        rows.push(Commitment { polarity: Polarity::Wont, actor, main: is_main, action: alt, hedge, span });
    }
    // "paid for by taxpayers, not employers": the excluded alternative.
    if let Some(will) = rows.iter().find(|r| r.polarity == Polarity::Will).cloned() {
        if let Some(pos) = crate::text::rfind(&ascii, ", not ") {
            let alt = text[pos + 6..].trim_end_matches(|c: char| !c.is_alphanumeric());
            if !alt.is_empty() && alt.split_whitespace().count() <= 6 && !rows.iter().any(|r| r.polarity == Polarity::Wont) {
                let alt = crate::text::collapse(alt);
                // The excluded one takes the chosen one's place: "pay for the plans by
                // taxpayers" → "pay for the plans by employers".
                let action = match crate::text::rfind(&will.action, " by ") {
                    Some(k) => format!("{} by {alt}", &will.action[..k]),
                    None => alt,
                };
                rows.push(Commitment { polarity: Polarity::Wont, action, ..will });
            }
        }
    }
    // "(except for children and pregnant women)": an exclusion from the plan.
    if let Some(pos) = crate::text::find(&ascii, "except for ").or_else(|| crate::text::find(&ascii, "except ")) {
        let start = pos + if ascii[pos..].starts_with("except for ") { 11 } else { 7 };
        let alt: String = text[start..].chars().take_while(|c| !matches!(c, ')' | ',' | ';' | '.')).collect();
        if let Some(first) = rows.first().cloned() {
            if !alt.trim().is_empty() {
                rows.push(Commitment { polarity: Polarity::Wont, action: crate::text::collapse(alt.trim()), ..first });
            }
        }
    }
    // A role named by a bare noun phrase ("as a reassurance force rather than a peacekeeping
    // force") reads in a cell as "act as a reassurance force".
    // Only where the sentence names it so ("as a ..."), and the rejected side of a contrast
    // with such a role.
    let unquoted: String = if rows.iter().any(|r| r.action.starts_with("a ") || r.action.starts_with("an ") || r.action.starts_with(['“', '"'])) {
        ascii.chars().filter(|c| !matches!(c, '"')).collect::<String>().replace(['“', '”', '‘'], "")
    } else {
        String::new()
    };
    let mut role = false;
    for row in &mut rows {
        let action: String = row.action.chars().filter(|c| !matches!(c, '“' | '”' | '"' | '‘' | '«' | '»')).collect();
        let head: Vec<&str> = action.split(' ').take(2).collect();
        let named = (head.first() == Some(&"a") || head.first() == Some(&"an"))
            && (contains(&unquoted, &format!("as {}", head.join(" ").to_ascii_lowercase())) || (role && row.polarity == Polarity::Wont));
        role |= named;
        row.action = if named { format!("act as {action}") } else { action };
    }
    // Cue-less plan statements: "Current plans do not include ...".
    if rows.is_empty() {
        if let Some(k) = (0..ws.len()).find(|&k| matches_at(&ws, k, &["do", "not", "include"]) || matches_at(&ws, k, &["does", "not", "include"])) {
            let (action, _) = action_from(text, &ws, k + 3);
            if !action.is_empty() {
                // "Current plans do not include a ground force" → WON'T "include a ground force".
                let action = format!("include {action}");
                let (actor, is_main) = actor_of(text, &ws, k, main, aliases);
                rows.push(Commitment { polarity: Polarity::Wont, actor, main: is_main, action, hedge: Hedge::Planned, span });
            }
        }
    }
    rows
}

/// For a cue that follows its subject ("the deployment of ground troops ... is under
/// consideration"): the subject as an action, a nominalisation turned back into its verb
/// ("the deployment of X" → "deploy X").
fn subject_action(text: &str, ws: &[Word], i: usize) -> (String, usize) {
    let mut s = i;
    while s > 0 && !matches!(ws[s - 1].lower.as_str(), "while" | "although" | "that" | "as") && (i - s) < 12 {
        s -= 1;
    }
    let mut e = i;
    while e > s && matches!(ws[e - 1].lower.as_str(), "is" | "are" | "was" | "were" | "being" | "now" | "still" | "currently") {
        e -= 1;
    }
    // Stop at the first clause break: an apposition follows the head.
    let mut end = s;
    while end + 1 < e && !clause_break(text, &ws[end], &ws[end + 1]) {
        end += 1;
    }
    let mut words: Vec<String> = ws[s..=end.min(ws.len() - 1)].iter().map(|w| text[w.start..w.end].to_string()).collect();
    if words.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an" | "its" | "their")) {
        words.remove(0);
    }
    if words.len() >= 3 && words[1].eq_ignore_ascii_case("of") {
        let head = words[0].to_lowercase();
        let verb = head.strip_suffix("ment").map(str::to_string).or_else(|| head.strip_suffix("ion").map(|v| format!("{v}e")));
        if let Some(verb) = verb {
            words.splice(0..2, [verb]);
        }
    }
    (words.join(" "), i)
}

/// The subject of a passive clause ending at the cue `i`: up to six words back to the clause's
/// start, without a leading determiner; `None` for pronouns and long or empty subjects.
fn passive_subject(text: &str, ws: &[Word], i: usize) -> Option<String> {
    const DETERMINERS: &[&str] = &["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any", "all"];
    let back = clause_words_back(text, ws, i);
    // A reported clause starts after its verb of saying: "the proposal states that foreign
    // investment will be allowed".
    let back = match back.iter().rposition(|w| ATTRIBUTION.contains(&w.lower.as_str())) {
        Some(k) => &back[k + 1 + usize::from(back.get(k + 1).is_some_and(|w| w.lower == "that"))..],
        None => back,
    };
    let back = match back.first() {
        Some(w) if matches!(w.lower.as_str(), "while" | "and" | "but" | "although" | "as" | "because" | "whereas" | "so" | "though") || matches!(w.lower.as_str(), "hopefully" | "currently" | "finally" | "eventually" | "initially" | "probably" | "possibly" | "certainly" | "clearly" | "meanwhile" | "however" | "now") => &back[1..],
        _ => back,
    };
    // Without the auxiliary before a cue like "expected to": "Keegan is" → "Keegan".
    let back = match back.iter().rposition(|w| !AUXILIARIES.contains(&w.lower.as_str())) {
        Some(k) => &back[..=k],
        None => return None,
    };
    // The noun phrase: a short clause whole when it opens with its noun ("Architects from
    // across the European Union", "Further details of the plans"), else from its last
    // determiner.
    let opens_with_noun = back.first().is_some_and(|w| {
        !matches!(
            w.lower.as_str(),
            "in" | "on" | "at" | "by" | "for" | "with" | "from" | "after" | "before" | "since" | "during" | "under" | "over"
                | "however" | "meanwhile" | "also" | "then" | "so" | "and" | "but" | "if" | "when" | "while" | "as" | "it" | "they"
                | "he" | "she" | "we" | "i" | "you" | "this" | "that" | "there"
        )
    })
        && !back.iter().any(|w| AUXILIARIES.contains(&w.lower.as_str()) || matches!(w.lower.as_str(), "said" | "says" | "that"));
    let last_determiner = back.iter().rposition(|w| DETERMINERS.contains(&w.lower.as_str()));
    let inside_phrase = last_determiner.is_some_and(|k| k > 0 && matches!(back[k - 1].lower.as_str(), "of" | "from" | "across" | "in" | "on" | "at" | "for" | "with" | "to" | "by"));
    let start = match last_determiner {
        _ if opens_with_noun && back.len() <= 6 && inside_phrase => 0,
        Some(k) => k,
        None if back.len() <= 3 => 0,
        None => return None,
    };
    let mut subject = &back[start..];
    // "Yugansk was not part of the deal and will be spun off": the subject is the clause's,
    // after a reporting verb, before its first auxiliary.
    if subject.last().is_some_and(|w| matches!(w.lower.as_str(), "and" | "but" | "or")) {
        let from = back.iter().rposition(|w| matches!(w.lower.as_str(), "said" | "says" | "confirmed" | "added" | "announced" | "that")).map_or(0, |k| k + 1);
        let to = back[from..].iter().position(|w| AUXILIARIES.contains(&w.lower.as_str()))? + from;
        subject = &back[from..to];
        if subject.len() > 4 {
            return None;
        }
    }
    // "The house where Hitler was born": the head without its relative clause; a long
    // subject without its "of" phrase ("the merger of gas giant Gazprom and ...").
    if let Some(k) = subject.iter().position(|w| matches!(w.lower.as_str(), "where" | "who" | "which" | "that" | "whose")) {
        subject = &subject[..k];
    }
    if subject.len() > 6 {
        if let Some(k) = subject.iter().position(|w| w.lower == "of").filter(|&k| k >= 2) {
            subject = &subject[..k];
        }
    }
    if subject.is_empty() || subject.len() > 6 {
        return None;
    }
    if subject.len() == 1 && matches!(subject[0].lower.as_str(), "it" | "they" | "this" | "these" | "those" | "he" | "she" | "we") {
        return None;
    }
    let first = subject[0].start;
    let last = subject[subject.len() - 1].end;
    let phrase = crate::text::collapse(&text[first..last]);
    // The sentence's capital goes from a determiner ("The house" → "the house") and from a
    // plain word opening the sentence before a lower-case one ("Further details of").
    let next_lower = subject.get(1).is_some_and(|w| text[w.start..].starts_with(char::is_lowercase));
    let at_start = !text[..first].contains(char::is_alphanumeric);
    let plain = !subject[0].lower.contains('\'') && !subject[0].lower.contains('’') && text[first..subject[0].end].chars().skip(1).all(char::is_lowercase);
    if DETERMINERS.contains(&subject[0].lower.as_str()) && (at_start || next_lower) || (at_start && next_lower && plain) {
        if let Some(rest) = phrase.get(subject[0].lower.len()..) {
            return Some(format!("{}{rest}", subject[0].lower));
        }
    }
    Some(phrase)
}

/// Who bears an obligation stated at the cue `i` ("People coming to the UK ... will have
/// to"): the clause's subject up to a participle or a relative pronoun, without a leading
/// determiner; a personal pronoun as its object form; `None` when there is no subject.
fn obliged_subject(text: &str, ws: &[Word], i: usize) -> Option<String> {
    let back = clause_words_back(text, ws, i);
    // The clause's own subject: after its last conjunction or verb of saying ("premises but
    // they", "Yukos said").
    let back = match back.iter().rposition(|w| {
        matches!(w.lower.as_str(), "but" | "while" | "although" | "though" | "because" | "since" | "whereas" | "that" | "if" | "when")
            || ATTRIBUTION.contains(&w.lower.as_str())
    }) {
        Some(k) => &back[k + 1..],
        None => back,
    };
    let back = match back.first() {
        Some(w) if matches!(w.lower.as_str(), "the" | "a" | "an" | "so" | "then") => &back[1..],
        _ => back,
    };
    let (first, _) = back.split_first()?;
    if back.len() == 1 {
        // ("He will have to change" is his own burden, not a rule about a group.)
        let object = match first.lower.as_str() {
            "they" => "them",
            "it" | "i" | "you" | "this" | "that" | "he" | "she" | "we" => return None,
            _ => "",
        };
        if !object.is_empty() {
            return Some(object.to_string());
        }
    }
    // Cut at a participle or relative pronoun after the head ("citizens wanting to work",
    // "people coming to settle"); a bare demonstrative keeps its relative clause ("those who
    // are diagnosed").
    let cut = back
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, w)| w.lower.ends_with("ing") || matches!(w.lower.as_str(), "who" | "which" | "that" | "whose"))
        .map_or(back.len(), |(k, _)| k);
    let cut = if cut == 1 && matches!(first.lower.as_str(), "those" | "anyone" | "all") && back.len() <= 6 { back.len() } else { cut };
    if cut > 6 {
        return None;
    }
    let last = &back[cut - 1];
    let subject = crate::text::collapse(text[first.start..last.end].trim_matches(|c: char| !c.is_alphanumeric()));
    let mut chars = subject.chars();
    // The sentence's capital goes unless the word is a name ("People" → "people", "EU" stays).
    let lowered = match (chars.next(), chars.next()) {
        (Some(c), Some(d)) if c.is_uppercase() && d.is_lowercase() && !text[..first.start].contains(char::is_alphanumeric) => format!("{}{}", c.to_lowercase(), &subject[c.len_utf8()..]),
        _ => subject,
    };
    Some(lowered)
}

/// The words of the clause before word `i`, back to a clause break.
fn clause_words_back<'w>(text: &str, ws: &'w [Word], i: usize) -> &'w [Word] {
    let mut s = i;
    while s > 0 && !clause_break(text, &ws[s - 1], &ws[s]) {
        s -= 1;
    }
    &ws[s..i]
}

fn matches_at(ws: &[Word], i: usize, pat: &[&str]) -> bool {
    pat.len() <= ws.len() - i.min(ws.len()) && pat.iter().enumerate().all(|(k, p)| ws[i + k].lower == *p)
}

/// Verbs of saying that make a clause an attribution.
const ATTRIBUTION: &[&str] = &[
    "said", "says", "told", "added", "adds", "argues", "argued", "insists", "insisted", "claims",
    "claimed", "believes", "warns", "warned", "notes", "noted", "writes", "wrote", "explains",
    "explained", "stated", "states", "reported", "reports",
];

/// Verbs whose object takes its own infinitive ("invite architects to submit plans").
const CONTROL_VERBS: &[&str] = &[
    "allow", "ask", "enable", "encourage", "force", "help", "invite", "let", "need", "permit",
    "persuade", "push", "require", "tell", "train", "urge", "use", "want", "get", "expect",
];

/// Verbs that open a purpose clause ("... to ensure the safety of ...").
const PURPOSE_VERBS: &[&str] = &[
    "address", "allow", "appeal", "attract", "avoid", "boost", "bolster", "counter", "create",
    "cut", "deter", "enable", "encourage", "ensure", "give", "help", "improve", "increase",
    "keep", "limit", "maintain", "make", "meet", "mitigate", "prevent", "promote", "protect",
    "reassure", "reduce", "save", "secure", "stop", "strengthen", "support", "tackle", "win",
];

/// The action phrase from word `a` to the clause's end or the next modal, at most 16 words;
/// with the index of its last word.
fn action_from(text: &str, ws: &[Word], a: usize) -> (String, usize) {
    if a >= ws.len() {
        return (String::new(), a);
    }
    let mut end = a;
    let mut in_list = false;
    while end + 1 < ws.len() && end + 1 - a < 16 {
        let next = ws[end + 1].lower.as_str();
        let gap = &text[ws[end].end..ws[end + 1].start];
        // A comma inside a list ("cities, ports, and energy sites"), not one before a new clause.
        let list_comma = gap.trim() == ","
            && (!matches!(next, "and" | "or") || in_list)
            && !matches!(next, "as" | "in" | "on" | "at" | "by" | "for" | "from" | "with" | "to" | "so" | "then" | "the" | "a" | "he" | "she" | "it" | "they" | "we" | "i" | "be" | "that")
            && !matches!(next, "under" | "not" | "said" | "says" | "according" | "outside" | "against" | "through" | "without")
            && !AUXILIARIES.contains(&next)
            && (!next.ends_with("ing") || next == "including")
            && (!next.ends_with("ed") || next.contains('-'))
            // A list has its "and" / "or" ahead ("Tuesdays, Wednesdays and Thursdays"), or
            // had it already (the Oxford comma), or is a list of examples ("including ...").
            && (in_list
                || next == "including"
                // Coordinate adjectives: "a separate, state-owned firm", "mid-week, late-night".
                || (next.contains('-') && text[ws[end + 1].start..].starts_with(char::is_lowercase))
                || ws[end + 1..].iter().take(8).any(|w| matches!(w.lower.as_str(), "and" | "or")))
            // An attribution follows: ", Austria's interior minister said", ", Mr Kennedy argues".
            && !ws[end + 1..].iter().take(5).any(|w| ATTRIBUTION.contains(&w.lower.as_str()));
        // A short condition belongs to the conduct: "evacuate if necessary", "if called upon".
        let short_condition = next == "if"
            && ws.get(end + 2).is_some_and(|w| matches!(w.lower.as_str(), "necessary" | "needed" | "required" | "called" | "asked" | "requested"));
        if (clause_break(text, &ws[end], &ws[end + 1]) && !list_comma)
            // (A relative clause on the object is part of it: "patients who have waited".)
            || (CLAUSE_WORDS.contains(&next) && !short_condition && next != "who")
            // The rejected alternative is a row of its own: "… rather than for commercial success".
            || (next == "rather" && ws.get(end + 2).is_some_and(|w| w.lower == "than"))
            || (next == "instead" && ws.get(end + 2).is_some_and(|w| w.lower == "of"))
            // Framing that is not the conduct: "as part of its service programme".
            || (next == "as" && ws.get(end + 2).is_some_and(|w| w.lower == "part"))
            // A purpose after a whole verb phrase: "deploy the force away from the front to
            // mitigate concerns" (not a verb's own complement: "invite architects to submit").
            || (next == "to"
                && end >= a + 3
                && !CONTROL_VERBS.contains(&base_verb(&ws[a].lower, false).as_str())
                && ws.get(end + 2).is_some_and(|w| PURPOSE_VERBS.contains(&w.lower.as_str())))
            // "… and aims to start work": a second cue is a row of its own.
            || (next == "and" && ws.get(end + 2).is_some_and(|w| starts_cue(&w.lower) && !matches!(w.lower.as_str(), "is" | "are" | "no" | "set" | "due" | "ready")))
            // "... and we want ...", "... and the aim is to ...": a new clause with its own subject.
            || (next == "and" && ws.get(end + 2).is_some_and(|w| matches!(w.lower.as_str(), "we" | "i" | "they" | "he" | "she" | "it" | "you")))
            || (next == "and"
                && (end + 2..ws.len().min(end + 10))
                    .take_while(|&k| !clause_break(text, &ws[k - 1], &ws[k]) && !matches!(ws[k].lower.as_str(), "that" | "which" | "who" | "but" | "while"))
                    .any(|k| AUXILIARIES.contains(&ws[k].lower.as_str()) && ws[k].lower != "not"))
            || matches!(next, "will" | "would" | "won't" | "wouldn't" | "shall" | "should" | "could" | "may" | "might")
            // The main clause's verb: the phrase so far was a subject ("plans to build X is
            // part of ...").
            || (matches!(next, "is" | "are" | "was" | "were")
                && !matches!(ws[end].lower.as_str(), "it" | "there" | "what" | "where" | "they" | "we" | "he" | "she" | "i" | "you")
                && !ws[a..=end].iter().any(|w| matches!(w.lower.as_str(), "that" | "which" | "who")))
        {
            break;
        }
        in_list |= list_comma;
        end += 1;
    }
    let phrase = &text[ws[a].start..ws[end].end];
    (tidy_action(&crate::text::collapse(phrase.trim_matches(|c: char| !c.is_alphanumeric()))), end)
}

/// The first `n` words of `text`, without a closing stop.
fn clip_action(text: &str, n: usize) -> String {
    let ws = words(text);
    if ws.is_empty() {
        return String::new();
    }
    // Not ending on a function word ("… to bolster trade and").
    let mut last = n.min(ws.len()) - 1;
    while last > 0 && DANGLING.contains(&ws[last].lower.as_str()) {
        last -= 1;
    }
    crate::text::collapse(text[ws[0].start..ws[last].end].trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Irregular past participles and their base forms.
const IRREGULAR: &[(&str, &str)] = &[
    ("begun", "begin"), ("bought", "buy"), ("brought", "bring"), ("built", "build"),
    ("chosen", "choose"), ("dealt", "deal"), ("done", "do"), ("drawn", "draw"), ("felt", "feel"),
    ("found", "find"), ("given", "give"), ("held", "hold"), ("kept", "keep"), ("known", "know"),
    ("led", "lead"), ("left", "leave"), ("lost", "lose"), ("made", "make"), ("met", "meet"),
    ("paid", "pay"), ("run", "run"), ("seen", "see"), ("sent", "send"), ("shown", "show"),
    ("sold", "sell"), ("spent", "spend"), ("spun", "spin"), ("taken", "take"), ("told", "tell"),
    ("withdrawn", "withdraw"), ("won", "win"), ("written", "write"),
];

/// Restores a stem whose "-ing" or "-ed" was cut: "plann" → "plan", "provid" → "provide",
/// "releas" → "release", "monitor" → "monitor". English spelling rules for the silent e,
/// approximated by the stem's ending.
fn restore_stem(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 {
        return stem.to_string();
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let (last, prev) = (b[n - 1], b[n - 2]);
    let before = if n >= 3 { b[n - 3] } else { b'a' };
    // (ASCII only: two equal bytes at the end may be the inside of one multi-byte character,
    // and cutting there panicked — found by cargo-fuzz.)
    if last.is_ascii() && last == prev && !matches!(last, b'l' | b's' | b'z' | b'e' | b'o') {
        return stem[..n - 1].to_string(); // "planning" → "plan"
    }
    let needs_e = match (prev, last) {
        (_, b'v' | b'c' | b'z' | b'u') => true,                     // "involv", "reduc", "continu"
        (p, b's') => p != b's' && vowel(p) || p == b'p' || p == b'l', // "releas", "propos", "laps"
        (b'a' | b'e', b'g') => true,                                 // "manag", "wag"
        (b'n', b'g') => matches!(before, b'a' | b'e' | b'u') && n > 4, // "chang", "challeng", "plung" (not "bring", "hang")
        (p, b'g') => !vowel(p),                                      // "merg", "charg"
        (b'a', b't' | b'm') | (b'i' | b'u', b'd') | (b'i' | b'u' | b'a', b'r') | (b'i', b'n') | (b'u', b'm') | (b'o', b't') | (b'i', b'b') => {
            !vowel(before) // "creat", "provid", "includ", "requir", "secur", "prepar", "outlin", "assum", "vot", "describ"
        }
        (p, b'l') => !vowel(p) && p != b'l' || (matches!(p, b'u' | b'i') && !vowel(before)), // "handl", "schedul"
        (b'a' | b'o' | b'i', b'k' | b'p') => !vowel(before),          // "provok", "escap"
        _ => false,
    };
    // "-ite" verbs: "invit" → "invite" (but "visit", "limit", "edit" keep their stem).
    let needs_e = needs_e || matches!(stem, "invit" | "unit" | "cit" | "excit" | "recit" | "ignit" | "incit" | "expedit");
    if needs_e {
        format!("{stem}e")
    } else {
        stem.to_string() // "establish", "turn", "monitor"
    }
}

/// The base form of a verb in "-ing" or, when `participle`, a past participle; otherwise the
/// word in lower case.
fn base_verb(word: &str, participle: bool) -> String {
    let lower = crate::text::lower(word);
    if let Some(stem) = lower.strip_suffix("ing").filter(|s| s.len() >= 3) {
        return restore_stem(stem);
    }
    if participle {
        if let Some(&(_, base)) = IRREGULAR.iter().find(|(p, _)| *p == lower) {
            return base.to_string();
        }
        if let Some(stem) = lower.strip_suffix("ied").filter(|s| s.len() >= 2) {
            return format!("{stem}y");
        }
        if let Some(stem) = lower.strip_suffix("ed").filter(|s| s.len() >= 3) {
            return restore_stem(stem);
        }
    }
    lower
}

/// "Providing air cover" → "provide air cover": a gerund at the start becomes a base form.
fn base_form(action: &str) -> String {
    let (first, rest) = action.split_once(' ').unwrap_or((action, ""));
    let verb = base_verb(first, false);
    if rest.is_empty() {
        verb
    } else {
        format!("{verb} {rest}")
    }
}

/// Words an action phrase does not end on.
const DANGLING: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "he", "his", "in", "into", "is",
    "its", "of", "on", "or", "our", "she", "that", "the", "their", "they", "this", "to",
    "we", "which", "with", "who", "-", "during", "between", "against", "without", "via", "per",
    "than", "both", "either", "including", "are", "was", "were", "be", "been", "but",
];
// (Not "over", "about", "after", "through", "across": they end phrasal verbs, "take over".)

/// Tidies an action phrase into a short positive verb phrase: a passive or progressive start
/// becomes a base form ("be sold in the US" → "sell in the US"), and dangling function words
/// at the end go.
fn tidy_action(action: &str) -> String {
    let mut words: Vec<&str> = action.split_whitespace().collect();
    let mut participle = false;
    while let Some(&w) = words.first() {
        let l = w.to_lowercase();
        // ("be explicitly aligned with Ukraine" stays: "explicitly aligned" reads as no verb.)
        let adverb_first = words.get(1).is_some_and(|w| w.ends_with("ly")) && words.get(2).is_some_and(|w| w.ends_with("ed"));
        if matches!(l.as_str(), "be" | "been" | "being") && words.len() > 1 && !adverb_first {
            participle = true;
            words.remove(0);
        } else {
            break;
        }
    }
    while let Some(&w) = words.last() {
        if words.len() > 1 && DANGLING.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())) {
            words.pop();
        } else {
            break;
        }
    }
    let Some((&first, rest)) = words.split_first() else { return String::new() };
    let verb = base_verb(first, participle);
    let verb = if verb == first.to_lowercase() && !participle { first.to_string() } else { verb };
    let mut out = verb;
    for w in rest {
        out.push(' ');
        out.push_str(w);
    }
    // Quote marks cut in half by the phrase's ends read badly in a cell: drop them all.
    let out: String = out.chars().filter(|c| !matches!(c, '“' | '”' | '"' | '‘' | '«' | '»')).collect();
    out.trim_end_matches(|c: char| !c.is_alphanumeric()).to_string()
}

/// The subject before the cue at word `i`: the main actor when it names one of its aliases,
/// else the capitalised name or noun before the cue.
fn actor_of(text: &str, ws: &[Word], i: usize, main: &str, aliases: &[String]) -> (String, bool) {
    // Walk back to the start of the clause.
    let mut s = i;
    while s > 0 && !CLAUSE_WORDS.contains(&ws[s - 1].lower.as_str()) && ws[s - 1].lower != "that" {
        s -= 1;
    }
    // "Astra Group said it would not …": a pronoun right after a verb of saying stands for the
    // speaker before it.
    if s > 0 && ws[s..i].iter().all(|w| matches!(w.lower.as_str(), "it" | "they" | "he" | "she" | "we")) && ATTRIBUTION.contains(&ws[s - 1].lower.as_str()) {
        let mut b = s - 1;
        while b > 0 && !CLAUSE_WORDS.contains(&ws[b - 1].lower.as_str()) && ws[b - 1].lower != "that" && s - 1 - b < 8 {
            b -= 1;
        }
        s = b;
    }
    let subject: Vec<&Word> = ws[s..i].iter().collect();
    // (Not "Nova's rival": a rival, critic or opponent of the actor is someone else.)
    let names_main = subject.iter().enumerate().any(|(k, w)| {
        aliases.iter().any(|a| *a == crate::text::trim_end_all(crate::text::trim_end_all(&w.lower, "'s"), "’s"))
            && !subject.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "rival" | "rivals" | "competitor" | "competitors" | "critics" | "critic" | "opponents" | "opponent"))
    });
    if names_main {
        return (main.to_string(), true);
    }
    // A capitalised name (not the sentence's first word unless it is the only one).
    let names: Vec<&str> = subject
        .iter()
        .enumerate()
        // The sentence's first word is capitalised anyway: a name only before another capital.
        .filter(|(k, w)| {
            w.start > 0 || subject.get(k + 1).is_some_and(|n| text[n.start..n.end].starts_with(char::is_uppercase)) || subject.len() == 1
        })
        .map(|(_, w)| w)
        .filter(|w| text[w.start..w.end].starts_with(char::is_uppercase))
        .filter(|w| !crate::lexicon::is_stop_word(&w.lower))
        // A name of several words whole: "Astra Group", "Hereford County Hospital".
        .map(|w| {
            let k = subject.iter().position(|x| x.start == w.start).unwrap_or(0);
            let mut f = k;
            while f > 0
                && text[subject[f - 1].start..subject[f - 1].end].starts_with(char::is_uppercase)
                && text[subject[f - 1].end..subject[f].start].trim().is_empty()
                && !crate::lexicon::is_stop_word(&subject[f - 1].lower)
            {
                f -= 1;
            }
            &text[subject[f].start..w.end]
        })
        .collect();
    if let Some(name) = names.last() {
        if !matches!(name.to_lowercase().as_str(), "sources" | "officials" | "source") {
            return (name.to_string(), false);
        }
    }
    if main.is_empty() {
        return ("(unnamed)".to_string(), false);
    }
    (main.to_string(), true)
}

/// The main actor: the subject of the title's "will / won't" or, failing that, the most
/// frequent capitalised name of the text.
fn main_actor(doc: &Document<'_>) -> String {
    if let Some(t) = doc.title {
        let title = doc.text(t);
        let ws = words(title);
        // The headline's verb: a cue word, or a present-tense verb after a name ("Hospital
        // suspends ...", "IBM frees ...").
        const HEADLINE_VERBS: &[&str] = &[
            "unveils", "announces", "approves", "rejects", "launches", "backs", "pledges", "vows",
            "orders", "bans", "blocks", "agrees", "confirms", "denies", "cuts", "raises", "sets",
            "seeks", "warns", "promises", "proposes", "scraps", "drops", "delays", "halts", "opens",
            "closes", "buys", "sells", "hires", "frees", "suspends", "excludes", "replace", "replaces",
        ];
        let verb = |k: usize, w: &Word| {
            // ("plan" only as a verb: "Tories plan health checks", not "… housing plan".)
            matches!(w.lower.as_str(), "will" | "won't" | "would" | "to")
                || (matches!(w.lower.as_str(), "plans" | "plan") && k + 1 < ws.len())
                || (k > 0 && HEADLINE_VERBS.contains(&w.lower.as_str()))
                || (k > 0
                    && title[w.start..w.end].starts_with(char::is_lowercase)
                    && w.lower.ends_with('s')
                    && !w.lower.ends_with("ss")
                    && !crate::lexicon::is_stop_word(&w.lower)
                    && title[ws[k - 1].start..ws[k - 1].end].starts_with(char::is_uppercase))
        };
        if let Some(k) = ws.iter().enumerate().position(|(k, w)| verb(k, w)) {
            let mut s = k;
            while s > 0 && !matches!(ws[s - 1].lower.as_str(), "what" | "how" | "why" | "where" | "when" | "the") && !clause_break(title, &ws[s - 1], &ws[s]) {
                s -= 1;
            }
            if s < k {
                return crate::text::collapse(&title[ws[s].start..ws[k - 1].end]);
            }
        }
    }
    // Most frequent capitalised word that is not a sentence opener, a month or a weekday.
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for (_, s) in doc.sentences() {
        for raw in doc.text(s).split_whitespace().skip(1) {
            let raw = raw.trim_matches(|c: char| !c.is_alphanumeric());
            if raw.starts_with(char::is_uppercase) {
                let lower = raw.to_lowercase();
                if !crate::lexicon::is_stop_word(&lower) && !crate::lexicon::CALENDAR.contains(&lower.as_str()) {
                    *counts.entry(raw).or_insert(0) += 1;
                }
            }
        }
    }
    let counts = counts.into_iter().map(|(w, n)| (w.to_string(), n));
    counts.max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(w, _)| w).unwrap_or_default()
}

/// Words that refer to the main actor: the head noun of its name, the usual ways news refers
/// back to a force or a company, and acronyms the text defines for it ("Multinational Force
/// Ukraine (MFU)").
fn aliases(main: &str, doc: &Document<'_>) -> Vec<String> {
    let head = words(main).into_iter().map(|w| w.lower).rfind(|w| !crate::lexicon::is_stop_word(w));
    let Some(head) = head else { return Vec::new() };
    let mut out = vec![head.clone()];
    // A name's first word names it too: "Nova" for "Nova Motors".
    if let Some(first) = words(main).first().filter(|w| main.starts_with(char::is_uppercase) && !crate::lexicon::is_stop_word(&w.lower) && w.lower != head) {
        out.push(first.lower.clone());
    }
    const GROUPS: &[&[&str]] = &[
        &["force", "troops", "deployment", "operation", "coalition", "mission", "army", "forces"],
        &["company", "firm", "group", "business", "maker"],
        &["government", "ministers", "ministry", "cabinet", "administration"],
        &["party", "leader", "manifesto"],
        &["tories", "tory", "conservatives", "conservative"],
    ];
    for group in GROUPS {
        if group.contains(&head.as_str()) {
            out.extend(group.iter().map(|w| w.to_string()));
        }
    }
    // Acronyms defined right after a phrase that names the actor.
    for (_, s) in doc.sentences() {
        let text = doc.text(s);
        for (open, _) in text.match_indices('(') {
            let Some(close) = text[open..].find(')') else { continue };
            let inner = &text[open + 1..open + close];
            if (2..=6).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase()) {
                let before = text[..open].to_lowercase();
                let near: Vec<&str> = before.split_whitespace().rev().take(5).collect();
                // (At most 64 names: each is looked up in the list, which must stay short.)
                let acronym = inner.to_lowercase();
                if out.len() < 64 && !out.contains(&acronym) && near.iter().any(|w| out.contains(&w.to_string())) {
                    out.push(acronym);
                }
            }
        }
    }
    // (A set, read only by membership: duplicates dropped in place, without a sort.)
    let mut set: Vec<String> = Vec::with_capacity(out.len());
    for a in out {
        if !set.contains(&a) {
            set.push(a);
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(Polarity, String)> {
        let doc = Document::parse(text);
        commitments(&doc).1.into_iter().map(|c| (c.polarity, c.action)).collect()
    }

    #[test]
    fn the_gate_reads_words_as_the_reader_does() {
        for c in CUES.iter().map(|c| c.words).chain(OTHER_ROWS.iter().copied()) {
            match c {
                [one] => assert!(ONE_WORD_CUES.contains(one), "{c:?}"),
                [.., before, last] => assert!(LAST_WORDS.contains(last) && NEXT_TO_LAST_WORDS.contains(before), "{c:?}"),
                [] => unreachable!(),
            }
        }
        // The gate is exact: true where a cue or a contrast is among the sentence's words.
        let reference = |text: &str| {
            let ws = words(text);
            (0..ws.len()).any(|k| CUES.iter().any(|c| matches_at(&ws, k, c.words)) || OTHER_ROWS.iter().any(|p| matches_at(&ws, k, p)))
        };
        let fixtures = [include_str!("../tests/fixtures/seed.txt"), include_str!("../tests/fixtures/unicode.txt"), include_str!("../tests/fixtures/lowercase-news.txt")];
        let sentences = [
            "The council WILL build it.", "It won’t.", "They -will- go.", "We'll see.", "plans to", "PLANS TO",
            "It is, to be fair, odd.", "is to", "Rather than wait, it acted.", "instead of", "Plans do not include it.",
            "No longer.", "Ünïcode will do.", "“Will” they?", "a supercalifragilisticexpialidocious to", "to", "",
            "under consideration", "is — to", "standby in case", "'ll", "it 'll do", "won't'", "-- will --", "x.will",
            "The deal is set to close.", "He said nothing at all.", "Çould", "The ﬁrm could act.", "WİLL",
        ];
        for t in sentences.iter().copied().chain(fixtures.iter().flat_map(|f| f.split(['.', '\n']))) {
            assert_eq!(may_give_rows(t), reference(t), "{t:?}");
        }
    }

    #[test]
    fn will_and_wont() {
        let r = rows("Plan news\n\nThe council will build a bridge. The council will not raise taxes.");
        assert_eq!(r, [(Polarity::Will, "build a bridge".into()), (Polarity::Wont, "raise taxes".into())]);
    }

    #[test]
    fn questions_and_no_comment_give_nothing() {
        assert!(rows("Will it rain tomorrow?").is_empty());
        assert!(rows("The firm declined to comment on whether it would sell.").is_empty());
    }

    #[test]
    fn past_fact_gives_nothing() {
        assert!(rows("The council built a bridge last year.").is_empty());
    }

    #[test]
    fn rather_than_gives_both_sides() {
        let r = rows("The station will seek out music made for fun rather than for commercial success.");
        assert!(r.iter().any(|(p, _)| *p == Polarity::Will));
        assert!(r.iter().any(|(p, a)| *p == Polarity::Wont && a.contains("commercial success")));
        // The chosen side ends before "rather than"; the rejected side borrows the verb of the
        // nearest row before it.
        let r = rows("The station would support new talent, and said it will seek out music made for fun rather than for commercial success.");
        assert!(r.iter().all(|(_, a)| !a.contains("rather")), "{r:?}");
        assert!(r.iter().any(|(p, a)| *p == Polarity::Wont && a == "seek out for commercial success"), "{r:?}");
    }

    #[test]
    fn an_obligation_on_others_is_a_rule_the_actor_sets() {
        let r = rows("Tories plan health checks\n\nVisitors from abroad will have to undergo a chest X-ray.");
        assert_eq!(r, vec![(Polarity::Will, "require visitors from abroad to undergo a chest X-ray".to_string())]);
        // The actor's own obligation stays its own action.
        let r = rows("Tories plan health checks\n\nThe Tories will have to publish the costs.");
        assert_eq!(r, vec![(Polarity::Will, "publish the costs".to_string())]);
    }

    #[test]
    fn list_items_with_a_cue_read_as_sentences() {
        let r = rows("Tories plan health checks\n\nThe proposals include:\n\n- Settlers will have to show a certificate.\n- Checks at airports.\n");
        assert_eq!(r[0].1, "require settlers to show a certificate");
        assert_eq!(r[1].1, "checks at airports");
    }

    #[test]
    fn coordinated_gerunds_are_two_rows() {
        let r = rows("Other plans include letting fathers share the pay and extending rights to parents of older children.");
        assert_eq!(r, vec![
            (Polarity::Will, "let fathers share the pay".to_string()),
            (Polarity::Will, "extend rights to parents of older children".to_string()),
        ]);
    }

    #[test]
    fn an_action_runs_through_a_list_but_not_into_an_attribution() {
        let r = rows("The show will be broadcast on Tuesdays, Wednesdays and Thursdays.");
        assert_eq!(r[0].1, "broadcast on Tuesdays, Wednesdays and Thursdays");
        let r = rows("The house will be turned into a police station, Austria's interior minister said.");
        assert_eq!(r[0].1, "turn the house into a police station");
    }

    #[test]
    fn opposition_and_kept_states_read_as_conduct() {
        let r = rows("The Kremlin restated its opposition to any ceasefire that includes foreign troops.");
        assert_eq!(r, vec![(Polarity::Wont, "accept any ceasefire that includes foreign troops".to_string())]);
        let r = rows("Apple plans a new laptop\n\nThe report says the display size will remain 13.3 inches.");
        assert_eq!(r, vec![(Polarity::Will, "keep the display size 13.3 inches".to_string())]);
    }

    #[test]
    fn short_conditions_and_going_ahead() {
        let r = rows("Spain has put troops on standby to evacuate its nationals if necessary.");
        assert_eq!(r[0].1, "evacuate its nationals if necessary");
        let r = rows("The merger of gas giant Gazprom and oil firm Rosneft is to go ahead.");
        assert_eq!(r[0].1, "go ahead with the merger");
    }

    #[test]
    fn a_conceded_possibility_is_no_row_but_a_conceded_plan_is() {
        assert!(rows("While mothers would welcome any extra pay, the money is misdirected.").is_empty());
        let r = rows("Although we will be challenging the decision we will put in place care for our patients.");
        assert_eq!(r.len(), 2, "{r:?}");
    }

    #[test]
    fn standby_in_case_they_need_to() {
        let r = rows("British troops are on standby in case they need to help evacuate UK citizens.");
        assert_eq!(r, vec![(Polarity::Will, "help evacuate UK citizens".to_string())]);
    }

    #[test]
    fn the_excluded_agent_takes_the_chosen_ones_place() {
        let r = rows("Ms Hewitt stressed the plans would be paid for by taxpayers, not employers.");
        assert_eq!(r, vec![
            (Polarity::Will, "pay for the plans by taxpayers".to_string()),
            (Polarity::Wont, "pay for the plans by employers".to_string()),
        ]);
    }

    #[test]
    fn a_subject_phrase_ends_at_the_main_verb() {
        let r = rows("GM's plans to build the marque in Sweden is part of its efforts to push it as a luxury brand.");
        assert_eq!(r, vec![
            (Polarity::Will, "build the marque in Sweden".to_string()),
            (Polarity::Will, "push it as a luxury brand".to_string()),
        ]);
    }

    #[test]
    fn a_purpose_clause_is_not_the_action_but_a_complement_is() {
        let r = rows("The party would boost maternity pay in the first six months to allow more women to stay at home.");
        assert_eq!(r[0].1, "boost maternity pay in the first six months");
        let r = rows("Austria will invite architects from the EU to submit plans for a redesign.");
        assert_eq!(r[0].1, "invite architects from the EU to submit plans for a redesign");
    }

    #[test]
    fn outcomes_of_a_rule_read_as_its_conduct() {
        let r = rows("A positive test would mean visa applications being turned down.");
        assert_eq!(r, vec![(Polarity::Will, "turn down visa applications".to_string())]);
        let r = rows("Hospital cuts waits\n\nIn 2005 our waiting time will fall to a maximum of six months.");
        assert_eq!(r, vec![(Polarity::Will, "cut our waiting time to a maximum of six months".to_string())]);
        let r = rows("Further details of the plans will be outlined on Monday.");
        assert_eq!(r, vec![(Polarity::Will, "outline further details of the plans on Monday".to_string())]);
        let r = rows("The hospital will stop treating patients who have waited more than three months.");
        assert_eq!(r, vec![(Polarity::Will, "stop treating patients who have waited more than three months".to_string())]);
    }

    #[test]
    fn an_action_opens_with_its_verb() {
        let r = rows("The team will be willing to discuss a takeover.");
        assert_eq!(r, vec![(Polarity::Will, "discuss a takeover".to_string())]);
        let r = rows("The side will of course improve considerably.");
        assert_eq!(r, vec![(Polarity::Will, "improve considerably".to_string())]);
        assert!(rows("The fans will all be distressed by the news.").is_empty());
        // Not a verb phrase: a name, a figure, a demonstrative.
        assert!(rows("The coach said the side would be Greenwood, Hill and Noon.").iter().all(|(_, a)| !a.starts_with("Greenwood")));
        assert!(rows("The label said it would be number one in the UK.").is_empty());
        // A phrasal verb keeps its particle.
        assert_eq!(rows("The club will be willing to discuss taking over.")[0].1, "discuss taking over");
    }

    #[test]
    fn a_council_s_plan_read_whole() {
        let r = rows("City council unveils housing plan\n\nInstead of new taxes, the scheme will be funded by a bond issue. The council is also considering a levy on empty homes. The council plans to publish a timetable in March and aims to start work by the end of the year. Opposition leader Jane Smith said the plan would fail.");
        let want = [
            (Polarity::Will, "fund the scheme by a bond issue"),
            (Polarity::Wont, "fund the scheme by new taxes"),
            (Polarity::Will, "consider a levy on empty homes"),
            (Polarity::Will, "publish a timetable in March"),
            (Polarity::Will, "start work by the end of the year"),
        ];
        assert_eq!(r, want.iter().map(|(p, a)| (*p, a.to_string())).collect::<Vec<_>>());
        let doc = Document::parse("City council unveils housing plan\n\nThe council will build homes.");
        assert_eq!(commitments(&doc).0, "City council");
    }

    #[test]
    fn actors_are_named_whole_and_followed_through_the_sentence() {
        let doc = Document::parse("Nova Motors to stop making petrol cars\n\nNova will retrain 4,000 staff. Nova's rival, Astra Group, said it would not follow the move and will continue to develop petrol engines.");
        let (main, rows) = commitments(&doc);
        assert_eq!(main, "Nova Motors");
        let actors: Vec<&str> = rows.iter().map(|r| r.actor.as_str()).collect();
        assert_eq!(actors, ["Nova Motors", "Astra Group", "Astra Group"]);
    }

    #[test]
    fn a_superseded_statement_gives_nothing() {
        assert!(rows("The hospital had earlier said that patients would be taken off the lists.").is_empty());
    }

    #[test]
    fn every_cue_is_found_by_its_first_word() {
        for cue in CUES {
            assert!(starts_cue(cue.words[0]), "{:?} missing from starts_cue", cue.words);
        }
        assert!(CUE_STARTS.windows(2).all(|w| w[0] < w[1]), "CUE_STARTS must stay sorted");
    }

    #[test]
    fn base_forms() {
        assert_eq!(base_form("Providing air cover"), "provide air cover");
        assert_eq!(base_form("Establishing a naval presence"), "establish a naval presence");
        assert_eq!(base_form("Planning ahead"), "plan ahead");
        assert_eq!(base_form("challenging the decision"), "challenge the decision");
        assert_eq!(base_form("bringing forward"), "bring forward");
        assert_eq!(base_form("changing course"), "change course");
    }
}
