//! What the issues promise on the seed article, checked directly.
#![cfg(not(target_arch = "wasm32"))]

use brief::{digest, Block, Document, Options, Polarity, EXAMPLE};

#[test]
fn exact_title_every_heading_and_the_bullets() {
    let doc = Document::parse(EXAMPLE);
    assert_eq!(doc.title.map(|t| doc.text(t)), Some("Reassurance, not peacekeeping: What Ukraine coalition force will and won't do"));
    let headings: Vec<&str> = doc.sections.iter().filter_map(|s| s.heading.map(|h| doc.text(h))).collect();
    let expected: Vec<&str> = EXAMPLE
        .lines()
        .map(str::trim)
        .filter(|l| {
            !l.is_empty()
                && l.split_whitespace().count() <= 12
                && !l.ends_with(['.', ':'])
                && !l.starts_with('•')
                && !l.contains("Top News")
                && !l.contains("i-Score")
                && !l.starts_with(|c: char| c.is_ascii_digit())
        })
        .skip(1) // the title
        .collect();
    assert_eq!(headings, expected);
    let items: Vec<&str> = doc
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::List(l) => Some(l),
            _ => None,
        })
        .flat_map(|l| l.items.iter().map(|i| doc.text(i.span)))
        .collect();
    assert_eq!(items.len(), 4);
    assert!(items[0].starts_with("Providing air cover"));
}

#[test]
fn the_whole_top_news_widget_is_removed() {
    let doc = Document::parse(EXAMPLE);
    let removed: String = doc.removed.iter().map(|r| doc.text(r.span)).collect::<Vec<_>>().join("\n");
    for needle in ["Top News in the Last Hour", "i-Score", "Meta whistleblower", "Bread for Dinner", "View More Top News"] {
        assert!(removed.contains(needle), "{needle} not removed");
        assert!(!doc.body().contains(needle), "{needle} kept");
    }
}

#[test]
fn table_rows_of_the_seed() {
    let d = digest(EXAMPLE, &Options::default());
    let has = |p: Polarity, words: &[&str]| {
        d.commitments.iter().any(|c| {
            let text = format!("{} {}", c.action, c.span.slice(EXAMPLE)).to_lowercase();
            c.polarity == p && words.iter().all(|w| text.contains(w))
        })
    };
    assert!(has(Polarity::Will, &["air cover"]));
    assert!(has(Polarity::Will, &["naval presence", "black sea"]));
    assert!(has(Polarity::Will, &["safeguard"]));
    assert!(has(Polarity::Wont, &["enforce peace"]));
    assert!(has(Polarity::Wont, &["tripwire"]));
    assert!(has(Polarity::Wont, &["backstop"]));
    assert!(has(Polarity::Wont, &["ceasefire monitoring"]));
    // Nothing from the widget.
    let widget = EXAMPLE.find("🕐 Top News").unwrap();
    assert!(d.commitments.iter().all(|c| c.span.end <= widget));
}
