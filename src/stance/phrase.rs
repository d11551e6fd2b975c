//! The phrases of a row: the action after a cue (to the clause's end), the subject before it
//! (the actor, a passive's subject, who bears an obligation).

use super::cues::starts_cue;
use super::verbs::{base_verb, is_learned, is_participle};
use super::words::{clause_break, clause_words_back, is_subject_pronoun, words, Word};
use crate::lexicon::{
    is_stop_word, ATTRIBUTION, AUXILIARIES, CLAUSE_OPENERS, CLAUSE_WORDS, CONTROL_VERBS, DANGLING, DETERMINERS, NOT_NOUN_OPENERS, PREPOSITIONS, PURPOSE_VERBS,
    SENTENCE_ADVERBS,
};
use crate::text::{collapse, trim_end_all};

/// The action phrase from word `a` to the clause's end or the next modal, at most 20 words;
/// with the index of its last word.
pub(super) fn action_from(text: &str, ws: &[Word], a: usize) -> (String, usize) {
    if a >= ws.len() {
        return (String::new(), a);
    }
    let mut end = a;
    let mut in_list = false;
    while end + 1 < ws.len() && end + 1 - a < 20 {
        let next = ws[end + 1].lower.as_str();
        let gap = &text[ws[end].end..ws[end + 1].start];
        // A short aside in brackets that the phrase runs on after ("close its $102.6bn (£55bn)
        // debt restructuring offer"): the phrase takes it and goes on.
        if gap.trim_start().starts_with('(') && !gap.contains(')') {
            if let Some(after) = aside_end(text, ws, end + 1) {
                end = after;
                continue;
            }
        }
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
        let short_condition =
            next == "if" && ws.get(end + 2).is_some_and(|w| matches!(w.lower.as_str(), "necessary" | "needed" | "required" | "called" | "asked" | "requested"));
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
                // (Not a question's infinitive: "decide whether to make", "learn how to".)
                && !matches!(ws[end].lower.as_str(), "whether" | "how" | "what" | "where" | "which" | "when")
                && !CONTROL_VERBS.contains(&base_verb(&ws[a].lower, false).as_str())
                && ws.get(end + 2).is_some_and(|w| PURPOSE_VERBS.contains(&w.lower.as_str())))
            // "… and aims to start work": a second cue is a row of its own.
            || (next == "and" && ws.get(end + 2).is_some_and(|w| starts_cue(&w.lower) && !matches!(w.lower.as_str(), "is" | "are" | "no" | "set" | "due" | "ready")))
            // "... and we want ...", "... and the aim is to ...": a new clause with its own subject.
            || (next == "and" && ws.get(end + 2).is_some_and(|w| is_subject_pronoun(&w.lower)))
            || (next == "and"
                && (end + 2..ws.len().min(end + 10))
                    .take_while(|&k| !clause_break(text, &ws[k - 1], &ws[k]) && !matches!(ws[k].lower.as_str(), "that" | "which" | "who" | "but" | "while"))
                    .any(|k| AUXILIARIES.contains(&ws[k].lower.as_str()) && ws[k].lower != "not"))
            // (A capital mid-sentence is a name or a month: "buy rival May Department Stores".)
            || (matches!(next, "will" | "would" | "won't" | "wouldn't" | "shall" | "should" | "could" | "may" | "might")
                && !text[ws[end + 1].start..].starts_with(char::is_uppercase))
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
    // (A currency sign before the first word opens a sum: "$750m".)
    let start = ws[a].start - text[..ws[a].start].chars().next_back().filter(|c| matches!(c, '$' | '£' | '€' | '¥')).map_or(0, char::len_utf8);
    let phrase = text[start..ws[end].end].trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '$' | '£' | '€' | '¥'));
    (tidy_action(&collapse(phrase.trim_end_matches(|c: char| !c.is_alphanumeric()))), end)
}

/// The word after a bracketed aside that opens before word `first`, when the aside is short
/// (six words at most) and the clause runs on after it, with a word that could go on a verb
/// phrase (not a clause word, a modal or an auxiliary).
fn aside_end(text: &str, ws: &[Word], first: usize) -> Option<usize> {
    let close = (first..ws.len().saturating_sub(1).min(first + 6)).find(|&k| text[ws[k].end..ws[k + 1].start].contains(['(', ')']))?;
    let gap = &text[ws[close].end..ws[close + 1].start];
    let next = ws[close + 1].lower.as_str();
    (gap.trim() == ")" && !CLAUSE_WORDS.contains(&next) && !AUXILIARIES.contains(&next)).then_some(close + 1)
}

/// The first `n` words of `text`, without a closing stop.
pub(super) fn clip_action(text: &str, n: usize) -> String {
    let ws = words(text);
    if ws.is_empty() {
        return String::new();
    }
    // Not ending on a function word ("… to bolster trade and").
    let mut last = n.min(ws.len()) - 1;
    while last > 0 && DANGLING.contains(&ws[last].lower.as_str()) {
        last -= 1;
    }
    collapse(text[ws[0].start..ws[last].end].trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Tidies an action phrase into a short positive verb phrase: a passive or progressive start
/// becomes a base form ("be sold in the US" → "sell in the US"), and dangling function words
/// at the end go.
pub(super) fn tidy_action(action: &str) -> String {
    let mut words: Vec<&str> = action.split_whitespace().collect();
    let mut participle = false;
    while let Some(&w) = words.first() {
        let l = w.to_lowercase();
        // ("be explicitly aligned with Ukraine" stays: "explicitly aligned" reads as no verb.)
        let adverb_first = words.get(1).is_some_and(|w| w.ends_with("ly")) && words.get(2).is_some_and(|w| w.ends_with("ed"));
        // (A copula before an adverb and an adjective stays too: "be wholly absent", "be
        // absolutely adequate"; before an adverb and a participle it is a passive's.)
        let state = words.get(1).is_some_and(|w| w.ends_with("ly"))
            && !words.get(2).is_some_and(|w| {
                let w = w.to_lowercase();
                is_participle(&w) || w.ends_with("ing") || is_learned(&w)
            });
        // (A copula stays: "be the first Cadillac with a diesel engine", "be available".)
        let verb_follows = words.get(1).is_some_and(|w| {
            let w = w.to_lowercase();
            is_participle(&w) || w.ends_with("ing") || w.ends_with("ly") || is_learned(&w)
        });
        if matches!(l.as_str(), "be" | "been" | "being") && verb_follows && !adverb_first && !state {
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

/// For a cue that follows its subject ("the deployment of ground troops ... is under
/// consideration"): the subject as an action, a nominalisation turned back into its verb
/// ("the deployment of X" → "deploy X").
pub(super) fn subject_action(text: &str, ws: &[Word], i: usize) -> (String, usize) {
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
pub(super) fn passive_subject(text: &str, ws: &[Word], i: usize) -> Option<String> {
    let back = subject_clause(text, ws, i)?;
    let subject = subject_phrase(back)?;
    let first = subject[0].start;
    let last = subject[subject.len() - 1].end;
    let phrase = collapse(&text[first..last]);
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

/// The words of the clause before the cue `i` that hold its subject: after a verb of saying
/// ("the proposal states that foreign investment will be allowed"), without an opening
/// conjunction or sentence adverb, and without the auxiliaries before the cue ("Keegan is
/// expected to" → "Keegan"); `None` when nothing is left.
fn subject_clause<'w>(text: &str, ws: &'w [Word], i: usize) -> Option<&'w [Word]> {
    let back = clause_words_back(text, ws, i);
    let back = match back.iter().rposition(|w| ATTRIBUTION.contains(&w.lower.as_str())) {
        Some(k) => &back[k + 1 + usize::from(back.get(k + 1).is_some_and(|w| w.lower == "that"))..],
        None => back,
    };
    let back = match back.first() {
        Some(w) if CLAUSE_OPENERS.contains(&w.lower.as_str()) || SENTENCE_ADVERBS.contains(&w.lower.as_str()) => &back[1..],
        _ => back,
    };
    let k = back.iter().rposition(|w| !AUXILIARIES.contains(&w.lower.as_str()))?;
    Some(&back[..=k])
}

/// The subject's noun phrase in its clause: a short clause whole when it opens with its noun
/// ("Architects from across the European Union", "Further details of the plans"), else from
/// its last determiner; the clause's own subject after a coordination ("Yugansk was not part
/// of the deal and will be spun off"); the head without its relative clause ("the house where
/// Hitler was born") or, when long, without its "of" phrase. `None` for a pronoun, an empty or
/// a long subject.
fn subject_phrase(back: &[Word]) -> Option<&[Word]> {
    // (A personal pronoun right before the verb group is the subject, whatever stands before
    // it: "he knew he would be arrested", "they thought they would be held responsible".)
    if back.last().is_some_and(|w| is_subject_pronoun(&w.lower)) {
        return None;
    }
    let opens_with_noun = back.first().is_some_and(|w| !NOT_NOUN_OPENERS.contains(&w.lower.as_str()))
        && !back.iter().any(|w| AUXILIARIES.contains(&w.lower.as_str()) || matches!(w.lower.as_str(), "said" | "says" | "that"));
    let last_determiner = back.iter().rposition(|w| DETERMINERS.contains(&w.lower.as_str()));
    let inside_phrase = last_determiner
        .is_some_and(|k| k > 0 && matches!(back[k - 1].lower.as_str(), "of" | "from" | "across" | "in" | "on" | "at" | "for" | "with" | "to" | "by"));
    let start = match last_determiner {
        _ if opens_with_noun && back.len() <= 6 && inside_phrase => 0,
        Some(k) => k,
        None if back.len() <= 3 => 0,
        None => return None,
    };
    let mut subject = &back[start..];
    if subject.last().is_some_and(|w| matches!(w.lower.as_str(), "and" | "but" | "or")) {
        let from = back.iter().rposition(|w| matches!(w.lower.as_str(), "said" | "says" | "confirmed" | "added" | "announced" | "that")).map_or(0, |k| k + 1);
        let to = back[from..].iter().position(|w| AUXILIARIES.contains(&w.lower.as_str()))? + from;
        subject = &back[from..to];
        if subject.len() > 4 {
            return None;
        }
    }
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
    Some(subject)
}

/// Who bears an obligation stated at the cue `i` ("People coming to the UK ... will have
/// to"): the clause's subject up to a participle or a relative pronoun, without a leading
/// determiner; a personal pronoun as its object form; `None` when there is no subject.
pub(super) fn obliged_subject(text: &str, ws: &[Word], i: usize) -> Option<String> {
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
    // (A personal pronoun right before the verb group is the subject: "We knew we will have
    // to wait".)
    let back = match back.last() {
        Some(w) if is_subject_pronoun(&w.lower) => &back[back.len() - 1..],
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
    let subject = collapse(text[first.start..last.end].trim_matches(|c: char| !c.is_alphanumeric()));
    let mut chars = subject.chars();
    // The sentence's capital goes unless the word is a name ("People" → "people", "EU" stays).
    let lowered = match (chars.next(), chars.next()) {
        (Some(c), Some(d)) if c.is_uppercase() && d.is_lowercase() && !text[..first.start].contains(char::is_alphanumeric) => {
            format!("{}{}", c.to_lowercase(), &subject[c.len_utf8()..])
        }
        _ => subject,
    };
    Some(lowered)
}

/// The subject before the cue at word `i`: the main actor when it names one of its aliases,
/// else the capitalised name or noun before the cue.
pub(super) fn actor_of(text: &str, ws: &[Word], i: usize, main: &str, aliases: &[String]) -> (String, bool) {
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
        aliases.iter().any(|a| *a == trim_end_all(trim_end_all(&w.lower, "'s"), "’s"))
            && !subject.get(k + 1).is_some_and(|n| {
                matches!(n.lower.as_str(), "rival" | "rivals" | "competitor" | "competitors" | "critics" | "critic" | "opponents" | "opponent")
            })
    });
    if names_main {
        return (main.to_string(), true);
    }
    // A capitalised name (not the sentence's first word unless it is the only one).
    // (The last of them, as a range of the text: the iterator is walked from its end.)
    // (A capitalised stop word, connective or preposition is no part of a name: "However",
    // "Like Kazaa".)
    let plain = |w: &Word| is_stop_word(&w.lower) || NOT_NOUN_OPENERS.contains(&w.lower.as_str());
    // The first word of the name that ends at word `k` of the subject: capitals side by side.
    let name_start = |mut f: usize| {
        while f > 0
            && text[subject[f - 1].start..subject[f - 1].end].starts_with(char::is_uppercase)
            && text[subject[f - 1].end..subject[f].start].trim().is_empty()
            && !plain(subject[f - 1])
        {
            f -= 1;
        }
        f
    };
    let name = subject
        .iter()
        .enumerate()
        // The sentence's first word is capitalised anyway: a name only before another capital.
        .filter(|(k, w)| w.start > 0 || subject.get(k + 1).is_some_and(|n| text[n.start..n.end].starts_with(char::is_uppercase)) || subject.len() == 1)
        .filter(|(_, w)| text[w.start..w.end].starts_with(char::is_uppercase))
        .filter(|(_, w)| !plain(w))
        // A name of several words whole: "Astra Group", "Hereford County Hospital".
        .filter_map(|(k, w)| {
            let f = name_start(k);
            // A name inside a prepositional phrase is no subject: "the car, unveiled at the
            // Geneva motor show, is …", "British nationals in Ivory Coast".
            let mut b = f;
            while b > 0 && DETERMINERS.contains(&subject[b - 1].lower.as_str()) {
                b -= 1;
            }
            let governed = b > 0 && PREPOSITIONS.contains(&subject[b - 1].lower.as_str());
            // … unless the phrase is part of the name: "the Commission for Africa", "the Bank
            // of England".
            let joined = b == f
                && f >= 2
                && matches!(subject[f - 1].lower.as_str(), "for" | "of")
                && text[subject[f - 2].start..].starts_with(char::is_uppercase)
                && !plain(subject[f - 2]);
            if joined {
                return Some((subject[name_start(f - 2)].start, w.end));
            }
            (!governed).then_some((subject[f].start, w.end))
        })
        .next_back();
    if let Some((start, end)) = name {
        let name = &text[start..end];
        if !matches!(name.to_lowercase().as_str(), "sources" | "officials" | "source") {
            // A name that qualifies the subject's head takes the head along: "British
            // casinos", "Howard's proposals" (up to two words in lower case before the cue).
            // (Also before the clause's verb: "the Scottish government said it would".)
            let rest: Vec<&&Word> = subject.iter().filter(|w| w.start >= end).collect();
            let noun = |w: &Word| {
                text[w.start..w.end].starts_with(char::is_lowercase)
                    && !is_stop_word(&w.lower)
                    && !w.lower.ends_with("ed")
                    && !ATTRIBUTION.contains(&w.lower.as_str())
            };
            let k = rest.iter().take(2).take_while(|w| noun(w)).count();
            let verb_next = rest.get(k).is_none_or(|w| AUXILIARIES.contains(&w.lower.as_str()) || ATTRIBUTION.contains(&w.lower.as_str()));
            if k > 0 && verb_next && text[end..rest[0].start].trim().is_empty() {
                return (text[start..rest[k - 1].end].to_string(), false);
            }
            return (name.to_string(), false);
        }
    }
    if main.is_empty() {
        return ("(unnamed)".to_string(), false);
    }
    (main.to_string(), true)
}
