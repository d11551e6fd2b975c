//! Bad input never panics: empty, blank, huge, one long line, binary junk, deep HTML.
#![cfg(not(target_arch = "wasm32"))]

use brief::{digest, Options};

#[test]
fn empty_and_whitespace() {
    for text in ["", " ", "\n\n\n", "\t\r\n \u{a0}\u{200b}"] {
        let d = digest(text, &Options::default());
        assert!(d.sentences.is_empty() && d.key_points.is_empty() && d.title.is_none(), "{text:?}");
    }
}

#[test]
fn five_megabytes_of_text() {
    // Paragraphs of their own (a line repeated next to itself is set aside as furniture).
    let para = |i: usize| format!("The committee {i} will publish its findings next month. It will not accept late submissions, officials said.\n\n");
    let text: String = (0..5 * 1024 * 1024 / para(0).len()).map(para).collect();
    let d = digest(&text, &Options::default());
    assert!(d.sentences.len() > 90_000);
    assert!(!d.key_points.is_empty());
    assert!(d.commitments.len() > 1000);
}

#[test]
fn one_megabyte_line_without_punctuation() {
    let text = "word ".repeat(200_000);
    let d = digest(&text, &Options::default());
    assert_eq!(d.sentences.len(), 1);
}

#[test]
fn binary_junk_and_nul_bytes() {
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    let text = String::from_utf8_lossy(&bytes);
    let _ = digest(&text, &Options::default());
    let _ = digest("\0\0\0 text\0. more\0", &Options::default());
}

#[test]
fn a_hundred_thousand_bullets() {
    let text = "• item of a list\n".repeat(100_000);
    let d = digest(&text, &Options::points(3));
    assert_eq!(d.key_points.len(), 3);
}

/// The digest of `text`, which must come within a minute: a quadratic pass over inputs of
/// this size would not.
/// `i` written in base 26 with the letters from `a` on: a distinct name for each `i`.
fn letters(mut i: usize, a: u8) -> String {
    let mut s = String::new();
    loop {
        s.push((a + (i % 26) as u8) as char);
        i /= 26;
        if i == 0 {
            return s;
        }
    }
}

fn digest_in_linear_time(text: &str) -> brief::Digest {
    let t = std::time::Instant::now();
    let d = digest(text, &Options::default());
    assert!(t.elapsed().as_secs() < 60, "took {:?}", t.elapsed());
    d
}

#[test]
fn two_hundred_thousand_lines_of_one_shape() {
    // A table pasted as lines (a shape the parser keeps as part of the article) must not cost
    // more than linear time however long its run is.
    let text: String = (0..200_000).map(|i| format!("Team {} (Group A): {i}th appearance\n", letters(i, b'a'))).collect();
    let d = digest_in_linear_time(&text);
    assert!(!d.sections.is_empty());
}

#[test]
fn prose_cut_by_furniture_again_and_again() {
    // Dense paragraphs, each followed by furniture lines: the body joins across set-aside
    // lines a bounded number of times, so this stays linear.
    let text: String = (0..40_000)
        .map(|i| format!("In part {i} the council said it will build a new bridge over the river next year and will not raise taxes to pay for it, officials said.\n\nShare on Facebook\nShare on Twitter\n\n"))
        .collect();
    let d = digest_in_linear_time(&text);
    assert!(!d.sentences.is_empty());
}

#[test]
fn deeply_nested_and_hostile_html() {
    let html = "<div>".repeat(100_000)
        + "<p>Deep text.</p>"
        + &"</div>".repeat(100_000)
        + "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a>";
    let text = brief::html_to_text(&html);
    assert!(text.contains("Deep text."));
    assert!(!text.contains("alert"));
    let _ = digest(&text, &Options::default());
}

/// Regression (found by proptest): a lead-in list whose item has no words gave a row with an
/// empty action.
#[test]
fn regression_lead_in_list_item_without_words() {
    let d = digest(":\n1. … \na", &Options::default());
    assert!(d.commitments.iter().all(|c| !c.action.trim().is_empty()));
}

/// Regression (found by cargo-fuzz, `html` target): offsets found in the lower-cased sentence
/// (curly apostrophes folded, so shorter) were used to slice the original, inside a character.
#[test]
fn regression_exclusion_offsets_after_curly_apostrophes() {
    let text = "It’sIt’sIt’sIt’sIt’s plan will fund schools € except parks.";
    let d = digest(text, &Options::default());
    assert!(d.commitments.iter().any(|c| c.action.contains("parks")), "{:?}", d.commitments);
    let text = "They’ll, they’ll, they’ll say it will fund roads, not € bridges.";
    let d = digest(text, &Options::default());
    assert!(d.commitments.iter().all(|c| text.is_char_boundary(c.span.start)));
}

/// Regression (found by cargo-fuzz, `html` target): a verb stem ending in a character whose
/// last two bytes are equal ("ᛛ" is E1 9B 9B) was cut between them.
#[test]
fn regression_verb_stem_ending_in_a_multibyte_character() {
    let text = "The council will be plannᛛing a bridge. The council will keep workᛛed roads.";
    let d = digest(text, &Options::default());
    assert!(d.commitments.iter().all(|c| text.is_char_boundary(c.span.start)));
    let text = "It is aᛛᛛed and will be coᛛing.";
    digest(text, &Options::default());
}

/// The catalogue of odd inputs: each gives a brief (possibly empty), never a panic.
#[test]
fn catalogue_of_odd_inputs() {
    let cases: Vec<(&str, String)> = vec![
        ("rtl", "עדכון חדשות\n\nהממשלה תבנה גשר חדש. היא לא תעלה מסים.\n\nالحكومة ستبني جسرا جديدا. لن ترفع الضرائب.".into()),
        ("cjk", "新闻标题\n\n政府将建造一座新桥。它不会提高税收。\n\n政府は新しい橋を建設する。税金は上げない。".into()),
        ("emoji only", "😀😀😀 🎉🎉\n\n👍".into()),
        ("crlf", "Title line here\r\n\r\nThe council will build a bridge.\r\nIt will not raise taxes.\r\n".into()),
        ("nul bytes", "Title\0\n\nText\0 with nul. More\0 text.".into()),
        ("lone surrogate-ish replacement", String::from_utf8_lossy(&[0xED, 0xA0, 0x80, b'a', b'.', b' ', 0xFF]).into_owned()),
        ("only punctuation", ".... !!! ??? ;;; ,,,".into()),
        ("one huge word", "x".repeat(300_000)),
    ];
    for (name, text) in cases {
        let d = digest(&text, &Options::default());
        for s in &d.sentences {
            assert_eq!(s.span.slice(&text), s.text, "{name}");
        }
        assert!(d.key_points.len() <= 12, "{name}");
    }
}

#[test]
fn ten_megabytes_and_a_million_bullets() {
    let para = |i: usize| format!("The agency {i} will publish its report in May, officials said. It will not name the firms involved.\n\n");
    let big: String = (0..10 * 1024 * 1024 / para(0).len()).map(para).collect();
    let d = digest(&big, &Options::points(5));
    assert_eq!(d.key_points.len(), 5);
    let bullets = "• item\n".repeat(1_000_000);
    let d = digest(&bullets, &Options::points(3));
    assert_eq!(d.key_points.len(), 3);
}

#[test]
fn fifty_thousand_acronyms_of_the_actor() {
    // Every acronym defined next to the main actor's name joins its names, which are looked up
    // for each cue: their number is bounded, so a text of a new acronym a sentence stays linear.
    let text: String = (0..50_000).map(|i| format!("The Astra Group (A{}) will build bridge number {i}.\n", letters(i, b'A'))).collect();
    let d = digest_in_linear_time(&text);
    assert!(!d.commitments.is_empty());
}
