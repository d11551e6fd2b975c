//! When and on what condition: the time ("by 2007", "next year", "from next month") and the
//! condition ("if elected", "unless funding is increased") that a row's clause states, read
//! from the shape of the words (a preposition or a deictic word before a date, a month, a
//! weekday or a unit of time; a conditional conjunction to its clause's end), never invented.

use super::words::{clause_break, words, Word};
use crate::lexicon::{CONDITIONS, DEICTIC_TIME_WORDS, MONTH_NAMES, TIME_MODIFIERS, TIME_PREPOSITIONS, TIME_UNITS, WEEKDAYS};
use crate::text::collapse;

/// A year written as a figure ("2007", "2005/06", "2010s").
fn is_year(w: &str) -> bool {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[digits.len()..];
    digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")) && (rest.is_empty() || rest == "s" || rest.starts_with('/'))
}

/// A day of the month ("19", "1st").
fn is_day(w: &str) -> bool {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[digits.len()..];
    (1..=2).contains(&digits.len()) && matches!(rest, "" | "st" | "nd" | "rd" | "th")
}

/// Whether word `k` is the core of a time phrase: a year, a month (capitalised, "May" only
/// next to a figure or a preposition), a weekday, "tomorrow" or "tonight", or a unit of time
/// after "next", "this", "coming" or a count.
fn is_core(text: &str, ws: &[Word], k: usize) -> bool {
    let w = ws[k].lower.as_str();
    let prev = k.checked_sub(1).map_or("", |p| ws[p].lower.as_str());
    let capital = text[ws[k].start..].starts_with(char::is_uppercase);
    if is_year(w) || matches!(w, "tomorrow" | "tonight") || (WEEKDAYS.contains(&w) && capital) {
        return true;
    }
    if MONTH_NAMES.contains(&w) && capital {
        let next = ws.get(k + 1).map_or("", |n| n.lower.as_str());
        return w != "may" || is_day(next) || is_year(next) || is_day(prev) || TIME_PREPOSITIONS.contains(&prev) || TIME_MODIFIERS.contains(&prev);
    }
    TIME_UNITS.contains(&w)
        && (DEICTIC_TIME_WORDS.contains(&prev) || (is_count(prev) && k >= 2 && matches!(ws[k - 2].lower.as_str(), "within" | "in" | "over")))
}

/// A count of units: a figure or a number word.
fn is_count(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty()
        || matches!(w, "a" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "twelve" | "few" | "several")
}

/// The time phrase among words `from..to` (the first one), as word indices `(first, last)`:
/// its core ([`is_core`]) with the modifiers and the one preposition before it and the day or
/// the year after it. A year with neither a preposition nor a deictic word before it is a
/// name's part ("the 2010 World Cup"), not a time.
pub(super) fn time_range(text: &str, ws: &[Word], from: usize, to: usize) -> Option<(usize, usize)> {
    let to = to.min(ws.len());
    let core = (from..to).find(|&k| is_core(text, ws, k))?;
    let mut first = core;
    while first > from {
        let prev = ws[first - 1].lower.as_str();
        let joined = !clause_break(text, &ws[first - 1], &ws[first]);
        if joined && (TIME_MODIFIERS.contains(&prev) || is_count(prev) || is_day(prev) || prev == "later") {
            first -= 1;
        } else {
            break;
        }
    }
    let preposition = first > from && TIME_PREPOSITIONS.contains(&ws[first - 1].lower.as_str()) && !clause_break(text, &ws[first - 1], &ws[first]);
    if preposition {
        first -= 1;
    }
    // (Never opening on "of": "the first half of next year" whole, or "next year".)
    while first < core && matches!(ws[first].lower.as_str(), "of" | "the") && (first == 0 || !TIME_PREPOSITIONS.contains(&ws[first - 1].lower.as_str())) {
        first += 1;
    }
    let deictic =
        ws[first..=core].iter().any(|w| DEICTIC_TIME_WORDS.contains(&w.lower.as_str()) || matches!(w.lower.as_str(), "later" | "tomorrow" | "tonight"));
    if !preposition && !deictic && !WEEKDAYS.contains(&ws[core].lower.as_str()) {
        return None;
    }
    let mut last = core;
    // "November 19", "19 November 2019", "the end of 2005".
    while last + 1 < to && (is_day(&ws[last + 1].lower) || is_year(&ws[last + 1].lower)) && !text[ws[last].end..ws[last + 1].start].contains([';', ':', '(']) {
        last += 1;
    }
    // "in 2011 or 2012".
    if last + 2 < to && matches!(ws[last + 1].lower.as_str(), "or" | "and") && is_year(&ws[last].lower) && is_year(&ws[last + 2].lower) {
        last += 2;
    }
    Some((first, last))
}

/// The time phrase among words `from..to` as the text has it.
pub(super) fn time_in(text: &str, ws: &[Word], from: usize, to: usize) -> Option<String> {
    time_range(text, ws, from, to).map(|(f, l)| collapse(&text[ws[f].start..ws[l].end]))
}

/// The time phrase inside an action phrase.
pub(super) fn time_of(action: &str) -> Option<String> {
    let ws = words(action);
    time_in(action, &ws, 0, ws.len())
}

/// The condition that opens at word `k`: the conditional conjunction to its clause's end, at
/// most fourteen words; `None` when no condition opens there.
pub(super) fn condition_at(text: &str, ws: &[Word], k: usize) -> Option<(usize, usize)> {
    let opener = CONDITIONS.iter().find(|c| c.len() + k <= ws.len() && c.iter().enumerate().all(|(j, w)| ws[k + j].lower == *w))?;
    let mut last = k + opener.len() - 1;
    while last + 1 < ws.len() && last + 1 - k < 14 && !clause_break(text, &ws[last], &ws[last + 1]) {
        last += 1;
    }
    (last >= k + opener.len()).then_some((k, last))
}

/// The condition a row's clause states: right after its action (words after `end`), or the
/// clause that opens the sentence before the cue at `i` ("If elected, the party will ...").
pub(super) fn condition_of(text: &str, ws: &[Word], i: usize, end: usize) -> Option<String> {
    let after = condition_at(text, ws, end + 1);
    let before = || {
        let (k, last) = condition_at(text, ws, 0)?;
        // (The condition's clause ends with a break before the cue's own clause.)
        (last + 1 < i && clause_break(text, &ws[last], &ws[last + 1])).then_some((k, last))
    };
    after.or_else(before).map(|(k, last)| collapse(&text[ws[k].start..ws[last].end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(s: &str) -> Option<String> {
        let ws = words(s);
        time_in(s, &ws, 0, ws.len())
    }

    #[test]
    fn times_are_read_from_their_shape() {
        assert_eq!(time("allocate the money by next year").as_deref(), Some("by next year"));
        assert_eq!(time("launch in 14 countries tomorrow (November 19)").as_deref(), Some("tomorrow"));
        assert_eq!(time("arrive in early 2020").as_deref(), Some("in early 2020"));
        assert_eq!(time("carry a sticker from next month").as_deref(), Some("from next month"));
        assert_eq!(time("be outlined on Monday").as_deref(), Some("on Monday"));
        assert_eq!(time("launch on November 19 in 14 countries").as_deref(), Some("on November 19"));
        assert_eq!(time("finish within two years").as_deref(), Some("within two years"));
        assert_eq!(time("be issued in 2008").as_deref(), Some("in 2008"));
        assert_eq!(time("open later this year").as_deref(), Some("later this year"));
        assert_eq!(time("meet by the end of 2005").as_deref(), Some("by the end of 2005"));
        assert_eq!(time("pick a design in the first half of next year").as_deref(), Some("in the first half of next year"));
        assert_eq!(time("conclude by the third quarter of this year").as_deref(), Some("by the third quarter of this year"));
        assert_eq!(time("decide in 2011 or 2012 whether").as_deref(), Some("in 2011 or 2012"));
    }

    #[test]
    fn words_that_only_look_like_times_are_not() {
        assert_eq!(time("host the 2010 World Cup"), None);
        assert_eq!(time("hire 2000 staff"), None);
        assert_eq!(time("may cut taxes"), None);
        assert_eq!(time("build it in two ways"), None);
        assert_eq!(time("sell the march tickets"), None);
    }

    #[test]
    fn conditions_run_to_their_clause_end() {
        let s = "They will use live fire if petrol bombs are used against them again, officers said.";
        let ws = words(s);
        let end = ws.iter().position(|w| w.lower == "fire").unwrap();
        assert_eq!(condition_of(s, &ws, 1, end).as_deref(), Some("if petrol bombs are used against them again"));
        let s = "If elected, the party will scrap the tax.";
        let ws = words(s);
        assert_eq!(condition_of(s, &ws, 4, 7).as_deref(), Some("If elected"));
        let s = "The party will scrap the tax.";
        let ws = words(s);
        assert_eq!(condition_of(s, &ws, 2, 5), None);
    }
}
