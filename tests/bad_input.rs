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
    let para = "The committee will publish its findings next month. It will not accept late submissions, officials said.\n\n";
    let text = para.repeat(5 * 1024 * 1024 / para.len());
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

#[test]
fn deeply_nested_and_hostile_html() {
    let html = "<div>".repeat(100_000) + "<p>Deep text.</p>" + &"</div>".repeat(100_000)
        + "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a>";
    let text = brief::html::to_text(&html);
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
