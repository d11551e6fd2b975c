//! Verb forms: the base form of a gerund or a participle ("planning" → "plan", "paid" →
//! "pay", "provided" → "provide").

use crate::lexicon::IRREGULAR;
use std::sync::OnceLock;

use crate::text::lower;

/// Restores a stem whose "-ing" or "-ed" was cut: "plann" → "plan", "provid" → "provide",
/// "releas" → "release", "monitor" → "monitor". English spelling rules for the silent e,
/// approximated by the stem's ending.
pub(super) fn restore_stem(stem: &str) -> String {
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
        (_, b'v' | b'c' | b'z' | b'u') => true,                        // "involv", "reduc", "continu"
        (p, b's') => p != b's' && vowel(p) || p == b'p' || p == b'l',  // "releas", "propos", "laps"
        (b'a' | b'e', b'g') => true,                                   // "manag", "wag"
        (b'a', b't') if before == b'u' => true,                        // "evacuat", "evaluat"
        (b'e', b'd') => before == b'c',                                // "preced", "conced"
        (b'i', b'm') => !vowel(before),                                // "tim", "prim"
        (b'n', b'g') => matches!(before, b'a' | b'e' | b'u') && n > 4, // "chang", "challeng", "plung" (not "bring", "hang")
        (p, b'g') => !vowel(p),                                        // "merg", "charg"
        (b'a', b't' | b'm') | (b'i' | b'u', b'd') | (b'i' | b'u' | b'a', b'r') | (b'i', b'n') | (b'u', b'm') | (b'o', b't') | (b'i', b'b') => {
            !vowel(before) // "creat", "provid", "includ", "requir", "secur", "prepar", "outlin", "assum", "vot", "describ"
        }
        (p, b'l') => !vowel(p) && p != b'l' || (matches!(p, b'u' | b'i') && !vowel(before)), // "handl", "schedul"
        (b'a' | b'o' | b'i', b'k' | b'p') => !vowel(before),                                 // "provok", "escap"
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

/// The verb forms whose base form the spelling rules get wrong ("travelling" → "travel",
/// "saw" → "see"), learned from the UD English Web Treebank's lemmas by
/// `examples/train_lemmas.rs`. `models/lemmas.tsv` holds each form (sorted), a tab, and the
/// edit that makes its base form: how many letters to cut from its end, then the letters to
/// add ("travelling 3", "became 3ome", "broadcast 0").
pub(super) fn learned(form: &str) -> Option<String> {
    let edit = edit_of(form)?;
    let cut = edit.bytes().next().filter(u8::is_ascii_digit).map_or(0, |d| usize::from(d - b'0'));
    let keep = form.len().checked_sub(cut).filter(|&k| form.is_char_boundary(k))?;
    let mut base = form[..keep].to_string();
    base.push_str(edit.get(1..).unwrap_or(""));
    Some(base)
}

/// Whether the table of [`learned`] base forms holds `form` (a verb form, without making
/// its base form).
pub(super) fn is_learned(form: &str) -> bool {
    edit_of(form).is_some()
}

/// The edit of `form` in the table of [`learned`] base forms.
fn edit_of(form: &str) -> Option<&'static str> {
    static TABLE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| include_str!("../../models/lemmas.tsv").lines().filter_map(|l| l.split_once('\t')).collect());
    table.binary_search_by(|(f, _)| (*f).cmp(form)).ok().map(|k| table[k].1)
}

/// The edit that makes `base` of `form` (see [`learned`]): letters cut, letters added; `None`
/// when more than nine letters would go.
pub fn lemma_edit(form: &str, base: &str) -> Option<String> {
    let common = form.char_indices().zip(base.chars()).take_while(|((_, a), b)| a == b).last().map_or(0, |((k, a), _)| k + a.len_utf8());
    let cut = form.len() - common;
    (cut <= 9).then(|| format!("{cut}{}", &base[common..]))
}

/// The base form of a verb in "-ing" or, when `participle`, a past participle; otherwise the
/// word in lower case: the learned exceptions first ([`learned`]), then the spelling rules.
pub(super) fn base_verb(word: &str, participle: bool) -> String {
    let lower = lower(word);
    if participle || lower.ends_with("ing") {
        if let Some(base) = learned(&lower) {
            return base;
        }
    }
    base_verb_by_rule(&lower, participle)
}

/// [`base_verb`] by the spelling rules alone (`lower` is in lower case).
fn base_verb_by_rule(lower: &str, participle: bool) -> String {
    let lower = lower.to_string();
    // ("something", "nothing", "everything": nouns, no gerunds.)
    if let Some(stem) = lower.strip_suffix("ing").filter(|s| s.len() >= 3 && !matches!(*s, "someth" | "noth" | "anyth" | "everyth")) {
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
pub(super) fn base_form(action: &str) -> String {
    let (first, rest) = action.split_once(' ').unwrap_or((action, ""));
    let verb = base_verb(first, false);
    if rest.is_empty() {
        verb
    } else {
        format!("{verb} {rest}")
    }
}

/// A past participle: "-ed", or an irregular one ("built", "paid").
pub(super) fn is_participle(word: &str) -> bool {
    word.ends_with("ed") || IRREGULAR.iter().any(|(p, _)| *p == word)
}

/// The base form of a verb form (a gerund, a participle or a past tense), as the table's
/// reader finds it: with the learned exceptions when `learned`, by the spelling rules alone
/// otherwise (what `examples/train_lemmas.rs` compares).
pub fn verb_base(word: &str, learned: bool) -> String {
    if learned {
        base_verb(word, true)
    } else {
        base_verb_by_rule(&lower(word), true)
    }
}
