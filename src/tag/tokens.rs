//! Running text cut into tokens as the treebank cuts it: words apart from the punctuation
//! around them, and clitics apart from their word ("do" + "n't", "council" + "'s").

/// The byte ranges of the tokens of `text`.
pub(super) fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // The runs of text between white space (any white space, whatever its width in bytes).
    let mut chunks = Vec::new();
    let mut from = None;
    for (k, c) in text.char_indices() {
        match (c.is_whitespace(), from) {
            (true, Some(f)) => {
                chunks.push((f, k));
                from = None;
            }
            (false, None) => from = Some(k),
            _ => {}
        }
    }
    if let Some(f) = from {
        chunks.push((f, text.len()));
    }
    for (start, end) in chunks {
        let chunk = &text[start..end];
        let opening = |c: char| matches!(c, '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '¿' | '¡');
        let closing = |c: char| matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '.' | ',' | ';' | ':' | '!' | '?' | '…');
        let (mut a, mut b) = (start, start + chunk.len());
        // Leading marks, one token each.
        while let Some(c) = text[a..b].chars().next().filter(|&c| opening(c) && a + c.len_utf8() < b) {
            out.push((a, a + c.len_utf8()));
            a += c.len_utf8();
        }
        // Trailing marks, one token each (kept in order after the word).
        let mut tail = Vec::new();
        while let Some(c) = text[a..b].chars().next_back().filter(|&c| closing(c) && b - c.len_utf8() > a) {
            // A full stop of an abbreviation or an initial stays ("U.S.", "Mr.").
            let word = &text[a..b - c.len_utf8()];
            if c == '.' && !word.ends_with('.') && (word.contains('.') || crate::lexicon::is_abbreviation(&word.to_lowercase())) {
                break;
            }
            tail.push((b - c.len_utf8(), b));
            b -= c.len_utf8();
        }
        // Clitics.
        let word = &text[a..b];
        let lower = word.to_lowercase().replace('’', "'");
        let clitic = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"].iter().find(|c| lower.ends_with(**c) && lower.len() > c.len()).map(|c| {
            // "’" is three bytes where "'" is one.
            let chars = c.chars().count();
            word.char_indices().rev().nth(chars - 1).map_or(0, |(k, _)| k)
        });
        match clitic {
            Some(k) if k > 0 => {
                out.push((a, a + k));
                out.push((a + k, b));
            }
            _ => out.push((a, b)),
        }
        out.extend(tail.into_iter().rev());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn words_marks_and_clitics_apart() {
        assert_eq!(cut("The council won't build it."), ["The", "council", "wo", "n't", "build", "it", "."]);
        assert_eq!(
            cut("“We’ll see,” said the U.S. envoy (Mr. Lee)."),
            ["“", "We", "’ll", "see", ",", "”", "said", "the", "U.S.", "envoy", "(", "Mr.", "Lee", ")", "."]
        );
        assert_eq!(cut("  the  council's   plan "), ["the", "council", "'s", "plan"]);
        assert_eq!(cut(""), Vec::<&str>::new());
    }
}
