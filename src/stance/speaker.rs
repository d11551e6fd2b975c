//! Who says so: the speaker of reported speech ("…, Mr Howard said", "Sloncek said that …",
//! "said Jose Mourinho", "according to industry sources"), kept as the row's source when it
//! is someone other than the actor.

use super::words::{clause_break, Word};
use crate::lexicon::{is_stop_word, ATTRIBUTION, HONORIFICS, SPEAKER_NOUNS, TITLES};
use crate::text::collapse;

/// The speaker a sentence reports, if it names one: the name (a run of capitalised words, or
/// a speaker's noun with what qualifies it) before or after a verb of saying, or after
/// "according to". A pronoun ("he said") names no one.
pub(super) fn speaker(text: &str, ws: &[Word]) -> Option<String> {
    // (The first verb of saying that names someone: "claims" may be a noun.)
    (0..ws.len()).filter(|&k| ATTRIBUTION.contains(&ws[k].lower.as_str()) || ws[k].lower == "according").find_map(|k| speaker_at(text, ws, k))
}

/// The speaker the verb of saying at word `k` names.
fn speaker_at(text: &str, ws: &[Word], k: usize) -> Option<String> {
    if ws[k].lower == "according" {
        // (A source, not a rule: "according to industry sources", not "according to British rules".)
        let from = k + 2;
        let name = (ws.get(k + 1)?.lower == "to").then(|| name_after(text, ws, from)).flatten()?;
        let end = from + words_of(&name) + usize::from(ws[from].lower == "the");
        return ws.get(end).is_none_or(|w| clause_break(text, &ws[end - 1], w)).then_some(name);
    }
    // (Who is told is no speaker: "she told The Times".)
    let after = || (ws[k].lower != "told").then(|| name_after(text, ws, k + 1)).flatten();
    name_before(text, ws, k).or_else(after)
}

/// How many words a name has (as [`name_after`] counts them).
fn words_of(name: &str) -> usize {
    super::words::words(name).len()
}

/// Whether word `k` is written with a capital.
fn capital(text: &str, w: &Word) -> bool {
    text[w.start..w.end].starts_with(char::is_uppercase)
}

/// The name that ends right before word `k`, in the same clause: capitalised words back to
/// the first (titles and all: "Leader Michael Howard"), or a speaker's noun ("a BBC
/// spokesman").
fn name_before(text: &str, ws: &[Word], k: usize) -> Option<String> {
    let last = k.checked_sub(1)?;
    if clause_break(text, &ws[last], &ws[k]) {
        return None;
    }
    let named = |w: &Word| capital(text, w) && (!is_stop_word(&w.lower) || HONORIFICS.contains(&w.lower.as_str()));
    let mut first = last;
    if named(&ws[last]) {
        while first > 0 && named(&ws[first - 1]) && !clause_break(text, &ws[first - 1], &ws[first]) && last - first < 5 {
            first -= 1;
        }
    } else if SPEAKER_NOUNS.contains(&ws[last].lower.as_str()) {
        while first > 0 && named(&ws[first - 1]) && !clause_break(text, &ws[first - 1], &ws[first]) && last - first < 4 {
            first -= 1;
        }
    } else {
        return None;
    }
    // (A sentence's first word is capitalised anyway: a name only with another after it.)
    if first == 0 && last == 0 && !SPEAKER_NOUNS.contains(&ws[0].lower.as_str()) && ws.len() > 1 && !capital(text, &ws[0]) {
        return None;
    }
    Some(collapse(&text[ws[first].start..ws[last].end]))
}

/// The name that starts at word `from`: capitalised words (at most six, "the" before them
/// allowed), or a speaker's noun with the capitalised words before it ("industry sources").
fn name_after(text: &str, ws: &[Word], from: usize) -> Option<String> {
    // (Not across a colon or a quote: 'said: "We believe …"'.)
    if from == 0 || ws.get(from).is_none_or(|w| text[ws[from - 1].end..w.start].contains([':', '"', '“', ',', ';'])) {
        return None;
    }
    let mut first = from;
    if ws.get(first).is_some_and(|w| w.lower == "the") {
        first += 1;
    }
    let mut last = first;
    let titled = |k: usize| TITLES.contains(&ws[k].lower.as_str()) && ws.get(k + 1).is_some_and(|n| capital(text, n));
    // (A speaker's noun with what qualifies it: "industry sources".)
    if ws.get(first + 1).is_some_and(|n| SPEAKER_NOUNS.contains(&n.lower.as_str())) && !clause_break(text, &ws[first], &ws[first + 1]) {
        return Some(collapse(&text[ws[first].start..ws[first + 1].end]));
    }
    while last < ws.len()
        && last - first < 7
        && (capital(text, &ws[last]) || SPEAKER_NOUNS.contains(&ws[last].lower.as_str()) || (last > first && titled(last)))
    {
        if last > first && clause_break(text, &ws[last - 1], &ws[last]) {
            break;
        }
        last += 1;
    }
    (last > first).then(|| collapse(&text[ws[first].start..ws[last - 1].end]))
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn said(s: &str) -> Option<String> {
        speaker(s, &words(s))
    }

    #[test]
    fn speakers_are_named_before_or_after_their_verb() {
        assert_eq!(said("Leader Michael Howard said the checks would help protect public health.").as_deref(), Some("Leader Michael Howard"));
        assert_eq!(said("\"We will have 11 players on Tuesday,\" said Jose Mourinho.").as_deref(), Some("Jose Mourinho"));
        assert_eq!(said("Apple plans to release it next year, according to industry sources.").as_deref(), Some("industry sources"));
        assert_eq!(said("The firm will cut 500 jobs, a company spokesman said.").as_deref(), Some("spokesman"));
        assert_eq!(said("The plans would not affect asylum claims, Mr Howard told the BBC.").as_deref(), Some("Mr Howard"));
        assert_eq!(
            said("It will not be sold in the US, said GM Europe president Carl-Peter Forster.").as_deref(),
            Some("GM Europe president Carl-Peter Forster")
        );
    }

    #[test]
    fn a_pronoun_or_no_verb_of_saying_names_no_one() {
        assert_eq!(said("He said the plans would not affect asylum claims."), None);
        assert_eq!(said("The council will build a bridge."), None);
        assert_eq!(said("She told The Times: \"British casinos will be different.\""), None);
        assert_eq!(said("They will be run according to British rules."), None);
        assert_eq!(said("Radio 1's controller said: \"We believe it will work.\""), None);
    }
}
