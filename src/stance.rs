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

use crate::document::{Block, Document};
use crate::span::Span;

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
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(make_word(text, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(make_word(text, s, text.len()));
    }
    out.retain(|w| w.lower.chars().any(char::is_alphanumeric));
    out
}

fn make_word(text: &str, s: usize, e: usize) -> Word {
    let raw = &text[s..e];
    let trimmed = raw.trim_matches(|c| c == '\'' || c == '’' || c == '-');
    let off = raw.find(trimmed).unwrap_or(0);
    Word { lower: trimmed.to_lowercase().replace('’', "'"), start: s + off, end: s + off + trimmed.len() }
}

/// Is there a clause break (comma, semicolon, dash, colon, bracket) in `text` between two words?
fn clause_break(text: &str, a: &Word, b: &Word) -> bool {
    text.get(a.end..b.start).is_some_and(|g| g.contains([',', ';', ':', '(', ')', '—', '–']))
}

const NEGATIONS: &[&str] = &["not", "never", "n't", "cannot", "no"];

fn is_negation(w: &str) -> bool {
    NEGATIONS.contains(&w) || w.ends_with("n't")
}

/// Words that end an action phrase (a new clause).
const CLAUSE_WORDS: &[&str] = &[
    "but", "while", "although", "though", "because", "since", "whereas", "unless", "which",
    "who", "whom", "whose", "if", "said", "says", "according", "when", "after", "before",
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
    will(&["will"], Hedge::Certain),
    will(&["'ll"], Hedge::Certain),
    will(&["won't"], Hedge::Certain),
    will(&["shall"], Hedge::Certain),
    will(&["would"], Hedge::Proposed),
    will(&["wouldn't"], Hedge::Proposed),
    will(&["could"], Hedge::Considered),
    will(&["may"], Hedge::Considered),
    will(&["might"], Hedge::Considered),
    will(&["is", "to"], Hedge::Certain),
    will(&["are", "to"], Hedge::Certain),
];

/// Sentences that are about speech, not conduct.
const NO_COMMENT: &[&str] = &[
    "declined to comment", "would not comment", "refused to comment", "no comment",
    "would not be drawn", "refused to say", "declined to say", "would not say", "gave no details",
    "did not respond", "did not comment",
];

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
                            out.push(Commitment {
                                polarity,
                                actor: main.clone(),
                                main: true,
                                action: base_form(&clip_action(text, 12)),
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
    (main, out)
}

/// The hedge of a lead-in before a list ("The core objectives of the MFU would include:").
fn lead_in_cue(text: &str) -> (Hedge, Polarity) {
    let l = text.to_lowercase();
    let hedge = if l.contains("would") || l.contains("propos") || l.contains("objective") {
        Hedge::Proposed
    } else if l.contains("discussion") || l.contains("consider") || l.contains("could") || l.contains("may") {
        Hedge::Considered
    } else if l.contains("plan") || l.contains("aim") {
        Hedge::Planned
    } else {
        Hedge::Certain
    };
    let polarity = if l.contains(" not ") || l.contains("n't") { Polarity::Wont } else { Polarity::Will };
    (hedge, polarity)
}

fn read_sentence(text: &str, span: Span, main: &str, aliases: &[String]) -> Vec<Commitment> {
    let lower = text.to_lowercase().replace('’', "'");
    let trimmed = lower.trim_end();
    if trimmed.ends_with('?') || !trimmed.ends_with(['.', '!', '"', '”', '\'', ')', '…']) {
        return Vec::new();
    }
    if NO_COMMENT.iter().any(|p| lower.contains(p)) {
        return Vec::new();
    }
    let ws = words(text);
    if ws.iter().take(4).any(|w| COMMENTATORS.contains(&w.lower.as_str())) {
        return Vec::new();
    }
    let mut rows: Vec<Commitment> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let Some(cue) = CUES.iter().find(|c| matches_at(&ws, i, c.words)) else {
            i += 1;
            continue;
        };
        let after = i + cue.words.len();
        let mut polarity = cue.polarity;
        // Negation next to a modal ("will not", "would not", "won't", "do not include").
        let negated = ws[i].lower.ends_with("n't")
            || ws.get(after).is_some_and(|w| is_negation(&w.lower))
            || (i > 0 && is_negation(&ws[i - 1].lower) && !clause_break(text, &ws[i - 1], &ws[i]));
        if negated && cue.polarity == Polarity::Will {
            polarity = Polarity::Wont;
        }
        if negated && NOT_NEGATING.iter().any(|p| lower.contains(p)) {
            polarity = cue.polarity;
        }
        let mut a = after;
        while a < ws.len() && matches!(ws[a].lower.as_str(), "not" | "never" | "likely" | "also" | "still" | "be" | "have" | "actively" | "to") {
            if ws[a].lower == "actively" {
                break;
            }
            a += 1;
        }
        let action = action_from(text, &ws, a);
        if action.is_empty() {
            i = after;
            continue;
        }
        let (actor, is_main) = actor_of(text, &ws, i, main, aliases);
        if !rows.iter().any(|r| r.polarity == polarity) {
            rows.push(Commitment { polarity, actor, main: is_main, action, hedge: cue.hedge, span });
        }
        i = after;
    }
    // "rather than" / "instead of": the rejected alternative is a WON'T row of its own.
    for pat in [["rather", "than"], ["instead", "of"]] {
        if let Some(k) = (0..ws.len()).find(|&k| matches_at(&ws, k, &pat)) {
            let alt = action_from(text, &ws, k + 2);
            if !alt.is_empty() && !rows.iter().any(|r| r.polarity == Polarity::Wont) {
                let (actor, is_main) = actor_of(text, &ws, k, main, aliases);
                let hedge = rows.first().map_or(Hedge::Certain, |r| r.hedge);
                rows.push(Commitment { polarity: Polarity::Wont, actor, main: is_main, action: alt, hedge, span });
            }
        }
    }
    // Cue-less plan statements: "Current plans do not include ...", "comes without ...".
    if rows.is_empty() {
        if let Some(k) = (0..ws.len()).find(|&k| matches_at(&ws, k, &["do", "not", "include"]) || matches_at(&ws, k, &["does", "not", "include"])) {
            let action = action_from(text, &ws, k + 3);
            if !action.is_empty() {
                let (actor, is_main) = actor_of(text, &ws, k, main, aliases);
                rows.push(Commitment { polarity: Polarity::Wont, actor, main: is_main, action, hedge: Hedge::Planned, span });
            }
        }
    }
    rows
}

fn matches_at(ws: &[Word], i: usize, pat: &[&str]) -> bool {
    pat.len() <= ws.len() - i.min(ws.len()) && pat.iter().enumerate().all(|(k, p)| ws[i + k].lower == *p)
}

/// The action phrase from word `a` to the clause's end, at most 12 words.
fn action_from(text: &str, ws: &[Word], a: usize) -> String {
    if a >= ws.len() {
        return String::new();
    }
    let mut end = a;
    while end + 1 < ws.len() && end + 1 - a < 12 {
        if clause_break(text, &ws[end], &ws[end + 1]) || CLAUSE_WORDS.contains(&ws[end + 1].lower.as_str()) {
            break;
        }
        end += 1;
    }
    let phrase = &text[ws[a].start..ws[end].end];
    crate::document::collapse(phrase.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// The first `n` words of `text`, without a closing stop.
fn clip_action(text: &str, n: usize) -> String {
    let ws = words(text);
    if ws.is_empty() {
        return String::new();
    }
    let end = ws[(n.min(ws.len())) - 1].end;
    crate::document::collapse(text[ws[0].start..end].trim_matches(|c: char| !c.is_alphanumeric()))
}

/// "Providing air cover" → "provide air cover": a gerund at the start becomes a base form.
fn base_form(action: &str) -> String {
    let (first, rest) = action.split_once(' ').unwrap_or((action, ""));
    let lower = first.to_lowercase();
    let verb = match lower.strip_suffix("ing") {
        Some(stem) if stem.len() >= 3 => {
            let b = stem.as_bytes();
            let n = b.len();
            if b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z') {
                stem[..n - 1].to_string() // "planning" → "plan"
            } else if matches!(b[n - 1], b'd' | b'v' | b'c' | b'g' | b'z' | b'r') && !matches!(b[n - 2], b'r' | b'n' | b'e') {
                format!("{stem}e") // "providing" → "provide", "securing" → "secure"
            } else {
                stem.to_string() // "establishing" → "establish"
            }
        }
        _ => lower,
    };
    if rest.is_empty() {
        verb
    } else {
        format!("{verb} {rest}")
    }
}

/// The subject before the cue at word `i`: the main actor when it names one of its aliases,
/// else the capitalised name or noun before the cue.
fn actor_of(text: &str, ws: &[Word], i: usize, main: &str, aliases: &[String]) -> (String, bool) {
    // Walk back to the start of the clause.
    let mut s = i;
    while s > 0 && !CLAUSE_WORDS.contains(&ws[s - 1].lower.as_str()) && ws[s - 1].lower != "that" {
        s -= 1;
    }
    let subject: Vec<&Word> = ws[s..i].iter().collect();
    if subject.iter().any(|w| aliases.iter().any(|a| *a == w.lower.trim_end_matches("'s"))) {
        return (main.to_string(), true);
    }
    // A capitalised name (not the sentence's first word unless it is the only one).
    let names: Vec<&str> = subject
        .iter()
        .filter(|w| text[w.start..w.end].starts_with(char::is_uppercase))
        .filter(|w| !crate::lexicon::is_stop_word(&w.lower))
        .map(|w| &text[w.start..w.end])
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
        if let Some(k) = ws.iter().position(|w| matches!(w.lower.as_str(), "will" | "won't" | "would" | "to" | "plans")) {
            let mut s = k;
            while s > 0 && !matches!(ws[s - 1].lower.as_str(), "what" | "how" | "why" | "where" | "when" | "the") && !clause_break(title, &ws[s - 1], &ws[s]) {
                s -= 1;
            }
            if s < k {
                return crate::document::collapse(&title[ws[s].start..ws[k - 1].end]);
            }
        }
    }
    // Most frequent capitalised word that is not a sentence opener.
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for (_, s) in doc.sentences() {
        let text = doc.text(s);
        for w in words(text).iter().skip(1) {
            let raw = &text[w.start..w.end];
            if raw.starts_with(char::is_uppercase) && !crate::lexicon::is_stop_word(&w.lower) {
                *counts.entry(raw.to_string()).or_insert(0) += 1;
            }
        }
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(w, _)| w).unwrap_or_default()
}

/// Words that refer to the main actor: the head noun of its name, the usual ways news refers
/// back to a force or a company, and acronyms the text defines for it ("Multinational Force
/// Ukraine (MFU)").
fn aliases(main: &str, doc: &Document<'_>) -> Vec<String> {
    let head = words(main).into_iter().map(|w| w.lower).filter(|w| !crate::lexicon::is_stop_word(w)).last();
    let Some(head) = head else { return Vec::new() };
    let mut out = vec![head.clone()];
    const GROUPS: &[&[&str]] = &[
        &["force", "troops", "deployment", "operation", "coalition", "mission", "army", "forces"],
        &["company", "firm", "group", "business", "maker"],
        &["government", "ministers", "ministry", "cabinet", "administration"],
        &["party", "leader", "manifesto"],
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
                if near.iter().any(|w| out.contains(&w.to_string())) {
                    out.push(inner.to_lowercase());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(Polarity, String)> {
        let doc = Document::parse(text);
        commitments(&doc).1.into_iter().map(|c| (c.polarity, c.action)).collect()
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
    }

    #[test]
    fn base_forms() {
        assert_eq!(base_form("Providing air cover"), "provide air cover");
        assert_eq!(base_form("Establishing a naval presence"), "establish a naval presence");
        assert_eq!(base_form("Planning ahead"), "plan ahead");
    }
}
