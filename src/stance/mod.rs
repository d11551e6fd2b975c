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

mod cues;
mod group;
mod model;
mod phrase;
mod read;
mod speaker;
#[cfg(test)]
mod tests;
mod verbs;
mod when;
mod words;

pub use group::{groups, Group, Line};
pub use model::{Commitment, Hedge, Polarity};

use crate::lexicon::{is_stop_word, ACTOR_GROUPS, HEADLINE_VERBS, MONTH_NAMES, WEEKDAYS};
use crate::parse::{Block, Document};
use crate::text::{collapse, contains, lower, Span};
use phrase::clip_action;
use read::read_sentence;
pub use read::{Trace, FEATURES};
use verbs::base_form;
pub use verbs::{lemma_edit, verb_base};
use words::{clause_break, word_spans, words, Word};

/// The will / won't table of `doc`: its main actor, and the rows in text order, each with
/// the span of the sentence it comes from.
///
/// ```
/// use brief::{commitments, parse, Polarity};
///
/// let doc = parse("Council plans bridge\n\nThe council will build a bridge. It will not raise taxes to pay for it.");
/// let (main, rows) = commitments(&doc);
/// assert_eq!(main, "Council");
/// assert_eq!((rows[0].polarity, rows[0].action.as_str()), (Polarity::Will, "build a bridge"));
/// assert_eq!((rows[1].polarity, rows[1].action.as_str()), (Polarity::Wont, "raise taxes to pay for it"));
/// ```
pub fn commitments(doc: &Document<'_>) -> (String, Vec<Commitment>) {
    read_table(doc, None)
}

/// Every cue the table's reader reads in `doc`, with its features: what the row decision is
/// fitted on (`examples/table_candidates.rs`).
#[doc(hidden)]
pub fn table_traces(doc: &Document<'_>) -> Vec<Trace> {
    let mut trace = Vec::new();
    read_table(doc, Some(&mut trace));
    trace
}

/// The table, each cue read recorded in `trace` when given.
fn read_table(doc: &Document<'_>, mut trace: Option<&mut Vec<Trace>>) -> (String, Vec<Commitment>) {
    let main = main_actor(doc);
    let mut out = Vec::new();
    if !reads_as_english(doc) {
        return (main, out);
    }
    let aliases = aliases(&main, doc);
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
                            let rows = read_sentence(text, item.span, &main, &aliases, trace.as_deref_mut());
                            if !rows.is_empty() {
                                out.extend(rows);
                                continue;
                            }
                            let action = base_form(&clip_action(text, 16));
                            let time = when::time_of(&action);
                            out.push(Commitment { time, ..Commitment::new(polarity, main.clone(), true, action, hedge, item.span) });
                        }
                    }
                    lead_in = None;
                }
                Block::Paragraph(p) | Block::Quote(p) => {
                    lead_in = None;
                    for &s in &p.sentences {
                        let text = doc.text(s);
                        if text.trim_end().ends_with(':') {
                            // (Only a lead-in that states conduct makes its list's items rows:
                            // "The core objectives of the MFU would include:", not "Here are some
                            // of the strangest queries of 2004:".)
                            lead_in = lead_in_cue(text);
                            continue;
                        }
                        out.extend(read_sentence(text, s, &main, &aliases, trace.as_deref_mut()));
                    }
                }
            }
        }
    }
    out.retain(|c| !c.action.trim().is_empty());
    (main, out)
}

/// Whether the text is English, which is all the table's cues and grammar read: at least one
/// word in ten of the first 150 of its body is an English stop word. (The first 150 words of a
/// paste: English news at 0.19 to 0.5, most near 0.4; the non-English web pages at 0.0 to
/// 0.17, five of 220 at 0.1 or more, German pages quoting English; a Welsh BBC article 0.05.
/// Read on the 262 web pages of the parsing DEV set, the 558 BBC and XSum DEV articles, the 51
/// annotated articles and the 2,190 CNN/DailyMail train articles. German's "will" (wants)
/// read as the English modal.)
fn reads_as_english(doc: &Document<'_>) -> bool {
    let (mut words, mut stops) = (0usize, 0usize);
    let mut count = |text: &str| {
        let b = text.as_bytes();
        for (s, e) in crate::text::word_runs(text, |c| c.is_ascii_alphanumeric()) {
            words += 1;
            // (The stop words are ASCII and short: a word is lower-cased on the stack.)
            if e - s <= 10 && b[s..e].is_ascii() {
                let mut buf = [0u8; 10];
                buf[..e - s].copy_from_slice(&b[s..e]);
                buf.make_ascii_lowercase();
                stops += usize::from(std::str::from_utf8(&buf[..e - s]).is_ok_and(is_stop_word));
            }
            if words >= 150 {
                return true;
            }
        }
        false
    };
    'blocks: for block in doc.sections.iter().flat_map(|s| &s.blocks) {
        match block {
            Block::Paragraph(p) | Block::Quote(p) => {
                for &s in &p.sentences {
                    if count(doc.text(s)) {
                        break 'blocks;
                    }
                }
            }
            Block::List(list) => {
                for item in &list.items {
                    if count(doc.text(item.span)) {
                        break 'blocks;
                    }
                }
            }
        }
    }
    words == 0 || stops * 10 >= words
}

/// The hedge of a lead-in before a list ("The core objectives of the MFU would include:"), when
/// it states conduct: a cue, or a word of plans, proposals, objectives or their discussion ("Key
/// discussion points include:"). A colon that introduces anything else ("Here are some of the
/// strangest queries of 2004:", ingredients, countries) makes no rows of its list.
fn lead_in_cue(text: &str) -> Option<(Hedge, Polarity)> {
    let l = lower(text);
    let hedge = if contains(&l, "would") || contains(&l, "propos") || contains(&l, "objective") {
        Hedge::Proposed
    } else if contains(&l, "discussion") || contains(&l, "consider") || contains(&l, "could") || contains(&l, "may") {
        Hedge::Considered
    } else if contains(&l, "plan") || contains(&l, "aim") {
        Hedge::Planned
    } else if cues::may_give_rows(text) {
        Hedge::Certain
    } else {
        return None;
    };
    let polarity = if contains(&l, " not ") || contains(&l, "n't") { Polarity::Wont } else { Polarity::Will };
    Some((hedge, polarity))
}

/// The main actor: the subject of the title's "will / won't" or, failing that, the most
/// frequent capitalised name of the text.
fn main_actor<'a>(doc: &Document<'a>) -> String {
    if let Some(t) = doc.title {
        let title = doc.text(t);
        let ws = words(title);
        // The headline's verb: a cue word, or a present-tense verb after a name ("Hospital
        // suspends ...", "IBM frees ...").
        let named_verb = |k: usize, w: &Word| {
            // ("plan" only as a verb: "Tories plan health checks", not "… housing plan".)
            matches!(w.lower.as_str(), "will" | "won't" | "would" | "to" | "could" | "may" | "might" | "can" | "should" | "must")
                || (matches!(w.lower.as_str(), "plans" | "plan") && k + 1 < ws.len())
                || (k > 0 && HEADLINE_VERBS.contains(&w.lower.as_str()))
        };
        let verb = |k: usize, w: &Word| {
            named_verb(k, w)
                || (k > 0
                    && title[w.start..w.end].starts_with(char::is_lowercase)
                    && w.lower.ends_with('s')
                    && !w.lower.ends_with("ss")
                    && !is_stop_word(&w.lower)
                    && title[ws[k - 1].start..ws[k - 1].end].starts_with(char::is_uppercase))
        };
        // A base form after a plural subject: "Councils prepare to …", "Tories pledge …".
        let agrees = |k: usize, w: &Word| {
            k > 0
                && title[w.start..w.end].starts_with(char::is_lowercase)
                && !w.lower.ends_with('s')
                && !is_stop_word(&w.lower)
                && ws[k - 1].lower.ends_with('s')
                && !ws[k - 1].lower.ends_with("ss")
                && !ws[k - 1].lower.ends_with("'s")
                && !is_stop_word(&ws[k - 1].lower)
        };
        let first = ws.iter().enumerate().position(|(k, w)| verb(k, w));
        // (A word in -s after a lower-case word, "Apple Mac mini gets warm welcome", is the
        // verb, unless the article repeats the pair or a participle follows: "Home loan
        // approvals rising", "Burglar defence guidelines issued".)
        let plural = ws.iter().enumerate().position(|(k, w)| agrees(k, w)).map(|b| {
            let (noun, next) = (&ws[b - 1], &ws[b].lower);
            let verb = b >= 2
                && title[noun.start..].starts_with(char::is_lowercase)
                && !next.ends_with("ed")
                && !next.ends_with("ing")
                && !repeats(doc, t, &ws[b - 2].lower, &noun.lower);
            if verb {
                b - 1
            } else {
                b
            }
        });
        let found = match (first, plural) {
            // ("World leaders gather …": a word in -s taken for a verb only by its shape is a
            // plural noun before its verb, when the article repeats the two words, "world
            // leaders". A name and its verb, "Blair defends …", come back as "Blair has
            // defended", not as a pair.)
            (Some(a), Some(b)) if b == a + 1 && !named_verb(a, &ws[a]) && repeats(doc, t, &ws[a - 1].lower, &ws[a].lower) => Some(b),
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(k) = found {
            let mut s = k;
            while s > 0 && !matches!(ws[s - 1].lower.as_str(), "what" | "how" | "why" | "where" | "when" | "the") && !clause_break(title, &ws[s - 1], &ws[s]) {
                s -= 1;
            }
            if s < k {
                return collapse(&title[ws[s].start..ws[k - 1].end]);
            }
        }
    }
    // The most frequent name: a run of capitalised words ("Hong Kong"), not a sentence
    // opener, a month or a weekday. (Each run is a slice of its sentence, up to a possessive.)
    // (A list, not a map: a map of names is kilobytes of the page's wasm.)
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut count = |name: &'a str| match counts.iter_mut().find(|(n, _)| *n == name) {
        Some((_, c)) => *c += 1,
        None => counts.push((name, 1)),
    };
    for (_, s) in doc.sentences() {
        let text = doc.text(s);
        // The run of names so far, as a range of the sentence.
        let mut run: Option<(usize, usize)> = None;
        for (k, (start, end)) in word_spans(text).enumerate() {
            let word = &text[start..end];
            let name = k > 0 && word.starts_with(char::is_uppercase) && {
                let l = lower(word);
                !is_stop_word(&l) && !MONTH_NAMES.contains(&l.as_str()) && !WEEKDAYS.contains(&l.as_str())
            };
            let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
            let end = start + bare.unwrap_or(word).len();
            // (A run goes on over single spaces only: "Hong Kong", not "Kong, Macau"; it ends
            // at a possessive, "Hong Kong's".)
            run = match run {
                Some((a, b)) if name && text[b..start] == *" " => Some((a, end)),
                _ => {
                    if let Some((a, b)) = run {
                        count(&text[a..b]);
                    }
                    name.then_some((start, end))
                }
            };
            if bare.is_some() {
                if let Some((a, b)) = run.take() {
                    count(&text[a..b]);
                }
            }
        }
        if let Some((a, b)) = run {
            count(&text[a..b]);
        }
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0))).map(|(w, _)| w.to_string()).unwrap_or_default()
}

/// Whether a sentence other than the title holds the two words `a b`, case aside.
fn repeats(doc: &Document<'_>, title: Span, a: &str, b: &str) -> bool {
    // (A loop, not `any`: the page's wasm has the sentences' `next` already, not a fold.)
    for (_, s) in doc.sentences() {
        if s.start != title.start && words(doc.text(s)).windows(2).any(|p| p[0].lower == a && p[1].lower == b) {
            return true;
        }
    }
    false
}

/// Words that refer to the main actor: the head noun of its name, the usual ways news refers
/// back to a force or a company, and acronyms the text defines for it ("Multinational Force
/// Ukraine (MFU)").
fn aliases(main: &str, doc: &Document<'_>) -> Vec<String> {
    let head = words(main).into_iter().map(|w| w.lower).rfind(|w| !is_stop_word(w));
    let Some(head) = head else { return Vec::new() };
    let mut out = vec![head.clone()];
    // A name's first word names it too: "Nova" for "Nova Motors".
    if let Some(first) = words(main).first().filter(|w| main.starts_with(char::is_uppercase) && !is_stop_word(&w.lower) && w.lower != head) {
        out.push(first.lower.clone());
    }
    for group in ACTOR_GROUPS {
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
