//! The Porter2 ("English") stemmer of Snowball, as Martin Porter specified it
//! (snowballstem.org/algorithms/english/stemmer.html), for the ranker's term vectors.
//!
//! It gives what the `rust-stemmers` crate gives for every word tried (a test compares the two
//! on every word of the fixtures and the tagger's lemma table, and on joins of the algorithm's
//! suffixes), at about a quarter of the instructions: the crate runs Snowball's
//! generated code, a binary search over each table a step, and stemming was a fifth of a
//! news digest's instructions (DESIGN.md, "Stemming").
//!
//! Letters are `a`–`z` as the algorithm names them; any other char (a digit, an accented
//! letter) is a non-vowel, as in Snowball.

/// The stem of `word` (lower case), written into `out` (cleared first); `letters` is scratch
/// space, kept by the caller across words.
pub fn stem_into(word: &str, letters: &mut Vec<char>, out: &mut String) {
    letters.clear();
    letters.extend(word.chars());
    porter2(letters);
    out.clear();
    out.extend(letters.iter());
}

/// A vowel: a, e, i, o, u, y (a "Y" the prelude marked is a consonant).
fn vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Whether the letters are those of `word`.
fn equals(w: &[char], word: &[u8]) -> bool {
    w.len() == word.len() && w.iter().zip(word).all(|(&c, &b)| c == char::from(b))
}

fn ends(w: &[char], suffix: &[u8]) -> bool {
    w.len() >= suffix.len() && equals(&w[w.len() - suffix.len()..], suffix)
}

/// Replaces the last `cut` letters with `with`.
fn replace(w: &mut Vec<char>, cut: usize, with: &[u8]) {
    w.truncate(w.len() - cut);
    w.extend(with.iter().map(|&b| char::from(b)));
}

/// The longest of `suffixes` that `w` ends with.
fn longest<'s>(w: &[char], suffixes: &[&'s [u8]]) -> Option<&'s [u8]> {
    let last = *w.last()?;
    let mut best: Option<&[u8]> = None;
    for &s in suffixes {
        if s.last().is_some_and(|&b| char::from(b) == last) && best.is_none_or(|b| s.len() > b.len()) && ends(w, s) {
            best = Some(s);
        }
    }
    best
}

/// A short syllable ends `w[..end]`: a non-vowel other than w, x or Y after a vowel after a
/// non-vowel, or a vowel and a non-vowel that are the whole of it.
fn short_syllable(w: &[char], end: usize) -> bool {
    let w = &w[..end];
    match w.len() {
        0 | 1 => false,
        2 => vowel(w[0]) && !vowel(w[1]),
        n => {
            let (a, b, c) = (w[n - 3], w[n - 2], w[n - 1]);
            !vowel(c) && !matches!(c, 'w' | 'x' | 'Y') && vowel(b) && !vowel(a)
        }
    }
}

/// R1 and R2: the regions after the first non-vowel that follows a vowel, and after the next
/// such non-vowel in R1 (R1 starts after "gener", "commun" or "arsen" when the word does).
fn regions(w: &[char]) -> (usize, usize) {
    let after = |from: usize| -> usize { (from + 1..w.len()).find(|&i| vowel(w[i - 1]) && !vowel(w[i])).map_or(w.len(), |i| i + 1) };
    let p1 = [&b"gener"[..], b"commun", b"arsen"].iter().find(|p| w.len() >= p.len() && equals(&w[..p.len()], p)).map_or_else(|| after(0), |p| p.len());
    (p1, after(p1))
}

/// Words the algorithm stems by a list ("skies" → "sky") or leaves as they are ("news").
const EXCEPTIONS: &[(&[u8], &[u8])] = &[
    (b"skis", b"ski"),
    (b"skies", b"sky"),
    (b"dying", b"die"),
    (b"lying", b"lie"),
    (b"tying", b"tie"),
    (b"idly", b"idl"),
    (b"gently", b"gentl"),
    (b"ugly", b"ugli"),
    (b"early", b"earli"),
    (b"only", b"onli"),
    (b"singly", b"singl"),
    (b"sky", b"sky"),
    (b"news", b"news"),
    (b"howe", b"howe"),
    (b"atlas", b"atlas"),
    (b"cosmos", b"cosmos"),
    (b"bias", b"bias"),
    (b"andes", b"andes"),
];

/// Words left as they are once step 1a has taken their plural.
const AFTER_1A: &[&[u8]] = &[b"inning", b"outing", b"canning", b"herring", b"earring", b"proceed", b"exceed", b"succeed"];

fn porter2(w: &mut Vec<char>) {
    if let Some((_, to)) = EXCEPTIONS.iter().find(|(from, _)| equals(w, from)) {
        replace(w, w.len(), to);
        return;
    }
    if w.len() < 3 {
        return;
    }
    // Prelude: an initial apostrophe goes; an initial y, and a y after a vowel, become Y.
    if w[0] == '\'' {
        w.remove(0);
    }
    let mut marked = false;
    for i in 0..w.len() {
        if w[i] == 'y' && (i == 0 || vowel(w[i - 1])) {
            w[i] = 'Y';
            marked = true;
        }
    }
    let (p1, p2) = regions(w);
    step_1a(w);
    if !AFTER_1A.iter().any(|e| equals(w, e)) {
        step_1b(w, p1);
        step_1c(w);
        step_2(w, p1);
        step_3(w, p1, p2);
        step_4(w, p2);
        step_5(w, p1, p2);
    }
    if marked {
        for c in w.iter_mut().filter(|c| **c == 'Y') {
            *c = 'y';
        }
    }
}

/// The suffixes of each step, as the specification lists them.
const STEP_1A: &[&[u8]] = &[b"sses", b"ied", b"ies", b"ss", b"us", b"s"];
const STEP_1B: &[&[u8]] = &[b"eedly", b"ingly", b"edly", b"eed", b"ing", b"ed"];
const DOUBLES: &[&[u8]] = &[b"bb", b"dd", b"ff", b"gg", b"mm", b"nn", b"pp", b"rr", b"tt"];
const STEP_2: &[&[u8]] = &[
    b"tional", b"enci", b"anci", b"abli", b"entli", b"izer", b"ization", b"ational", b"ation", b"ator", b"alism", b"aliti", b"alli", b"fulness", b"ousli",
    b"ousness", b"iveness", b"iviti", b"biliti", b"bli", b"ogi", b"fulli", b"lessli", b"li",
];
const STEP_3: &[&[u8]] = &[b"tional", b"ational", b"alize", b"icate", b"iciti", b"ical", b"ful", b"ness", b"ative"];
const STEP_4: &[&[u8]] =
    &[b"al", b"ance", b"ence", b"er", b"ic", b"able", b"ible", b"ant", b"ement", b"ment", b"ent", b"ism", b"ate", b"iti", b"ous", b"ive", b"ize", b"ion"];

fn step_1a(w: &mut Vec<char>) {
    if let Some(s) = longest(w, &[b"'", b"'s'", b"'s"]) {
        w.truncate(w.len() - s.len());
    }
    let Some(s) = longest(w, STEP_1A) else { return };
    let stem = w.len() - s.len();
    match s {
        b"sses" => replace(w, 4, b"ss"),
        b"ied" | b"ies" => replace(w, 3, if stem >= 2 { b"i" } else { b"ie" }),
        // A vowel before the letter ahead of the s: "gaps" → "gap", not "gas" → "ga".
        b"s" if stem >= 1 && w[..stem - 1].iter().any(|&c| vowel(c)) => {
            w.pop();
        }
        _ => {}
    }
}

fn step_1b(w: &mut Vec<char>, p1: usize) {
    let Some(s) = longest(w, STEP_1B) else { return };
    let stem = w.len() - s.len();
    if s == b"eed" || s == b"eedly" {
        if stem >= p1 {
            replace(w, s.len(), b"ee");
        }
        return;
    }
    if !w[..stem].iter().any(|&c| vowel(c)) {
        return;
    }
    w.truncate(stem);
    if ends(w, b"at") || ends(w, b"bl") || ends(w, b"iz") {
        w.push('e');
    } else if DOUBLES.iter().any(|d| ends(w, d)) {
        w.pop();
    } else if w.len() == p1 && short_syllable(w, w.len()) {
        w.push('e');
    }
}

fn step_1c(w: &mut [char]) {
    let n = w.len();
    if n >= 3 && matches!(w[n - 1], 'y' | 'Y') && !vowel(w[n - 2]) {
        w[n - 1] = 'i';
    }
}

/// Steps 2 to 4: the longest of the step's `suffixes` that the word ends with, if it starts
/// at `from` or later (in R1 or R2), replaced by what `with` gives for it and the letters
/// before it (`None`: the word is left as it is).
fn replace_suffix(w: &mut Vec<char>, suffixes: &[&[u8]], from: usize, with: impl FnOnce(&[u8], &[char]) -> Option<&'static [u8]>) {
    let Some(s) = longest(w, suffixes) else { return };
    let stem = w.len() - s.len();
    if stem < from {
        return;
    }
    if let Some(by) = with(s, &w[..stem]) {
        replace(w, s.len(), by);
    }
}

fn step_2(w: &mut Vec<char>, p1: usize) {
    replace_suffix(w, STEP_2, p1, |s, stem| {
        Some(match s {
            b"tional" => b"tion",
            b"enci" => b"ence",
            b"anci" => b"ance",
            b"abli" => b"able",
            b"entli" => b"ent",
            b"izer" | b"ization" => b"ize",
            b"ational" | b"ation" | b"ator" => b"ate",
            b"alism" | b"aliti" | b"alli" => b"al",
            b"fulness" | b"fulli" => b"ful",
            b"ousli" | b"ousness" => b"ous",
            b"iveness" | b"iviti" => b"ive",
            b"biliti" | b"bli" => b"ble",
            b"lessli" => b"less",
            b"ogi" if stem.last() == Some(&'l') => b"og",
            b"li" if stem.last().is_some_and(|c| matches!(c, 'c' | 'd' | 'e' | 'g' | 'h' | 'k' | 'm' | 'n' | 'r' | 't')) => b"",
            _ => return None,
        })
    });
}

fn step_3(w: &mut Vec<char>, p1: usize, p2: usize) {
    replace_suffix(w, STEP_3, p1, |s, stem| {
        Some(match s {
            b"tional" => b"tion",
            b"ational" => b"ate",
            b"alize" => b"al",
            b"icate" | b"iciti" | b"ical" => b"ic",
            b"ful" | b"ness" => b"",
            b"ative" if stem.len() >= p2 => b"",
            _ => return None,
        })
    });
}

fn step_4(w: &mut Vec<char>, p2: usize) {
    // ("ion" only after an s or a t.)
    replace_suffix(w, STEP_4, p2, |s, stem| (s != b"ion" || matches!(stem.last(), Some('s' | 't'))).then_some(&b""[..]));
}

fn step_5(w: &mut Vec<char>, p1: usize, p2: usize) {
    let Some(&last) = w.last() else { return };
    let stem = w.len() - 1;
    if last == 'e' && (stem >= p2 || stem >= p1 && !short_syllable(w, stem)) || last == 'l' && stem >= p2 && stem >= 1 && w[stem - 1] == 'l' {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(w: &str) -> String {
        let mut out = String::new();
        stem_into(w, &mut Vec::new(), &mut out);
        out
    }

    #[test]
    fn stems_as_porter_wrote() {
        for (w, s) in [
            ("consign", "consign"),
            ("consigned", "consign"),
            ("consigning", "consign"),
            ("consignment", "consign"),
            ("generously", "generous"),
            ("communication", "communic"),
            ("hoping", "hope"),
            ("hopping", "hop"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("gaps", "gap"),
            ("gas", "gas"),
            ("skies", "sky"),
            ("succeeding", "succeed"),
            ("yelling", "yell"),
            ("played", "play"),
            ("obama's", "obama"),
            ("café", "café"),
            ("naïvely", "naïv"),
        ] {
            assert_eq!(stem(w), s, "{w}");
        }
    }

    /// Every word of the fixtures and of the treebank's lemma table, and every join of a start
    /// and two of the algorithm's suffixes, stems as `rust-stemmers` stems it (natively: the
    /// oracle and the fixtures' files are not in the browser).
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn agrees_with_snowball() {
        let snowball = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let mut words: Vec<String> = Vec::new();
        let root = env!("CARGO_MANIFEST_DIR");
        let fixtures = ["seed.txt", "unicode.txt", "lowercase-news.txt", "pdf-wrapped.txt", "markdown.md"];
        for f in fixtures {
            let text = std::fs::read_to_string(format!("{root}/tests/fixtures/{f}")).unwrap();
            words.extend(text.split(|c: char| !c.is_alphanumeric() && c != '\'').map(|w| w.to_lowercase().trim_matches('\'').to_string()));
        }
        let lemmas = include_str!("../models/lemmas.tsv");
        words.extend(lemmas.split(['\t', '\n']).map(str::to_string));
        let starts = [
            "", "a", "b", "y", "ay", "gener", "commun", "arsen", "consign", "hop", "tr", "sk", "feed", "bl", "lyi", "xy", "ye", "oy", "é", "aé", "naïv",
            "succ", "ll",
        ];
        let mut suffixes: Vec<&str> = ["", "s", "es", "ied", "us", "'", "'s", "'s'", "y", "Y", "ly", "le", "ll", "sion", "tion"].to_vec();
        for table in [&EXCEPTIONS.iter().map(|e| e.0).collect::<Vec<_>>()[..], AFTER_1A] {
            words.extend(table.iter().map(|w| String::from_utf8(w.to_vec()).unwrap()));
        }
        let all: Vec<&[u8]> = [STEP_1A, STEP_1B, STEP_2, STEP_3, STEP_4, DOUBLES].concat();
        suffixes.extend(all.iter().map(|s| std::str::from_utf8(s).unwrap()));
        for a in starts {
            for b in &suffixes {
                for c in &suffixes[..20] {
                    words.push(format!("{a}{b}{c}"));
                }
            }
        }
        let (mut letters, mut out) = (Vec::new(), String::new());
        let differ: Vec<String> = words
            .iter()
            .filter(|w| {
                stem_into(w, &mut letters, &mut out);
                snowball.stem(w) != out.as_str()
            })
            .take(20)
            .cloned()
            .collect();
        assert!(words.len() > 40_000, "{}", words.len());
        assert!(differ.is_empty(), "{differ:?}");
    }
}
