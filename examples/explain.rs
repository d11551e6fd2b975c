//! Debugging aid: how the parser read a page from its clipboard HTML (as the app does), or
//! from its plain text with `--text`: the title, the body's size, and every block set aside
//! with its reason.
//!
//! ```sh
//! python3 -c '...' > page.html   # a page's pasted_html
//! cargo run --release --example explain < page.html
//! cargo run --release --example explain -- --text < page.txt
//! cargo run --release --example explain -- --plain < page.html   # its text, without the hints
//! cargo run --release --example explain -- --dump < page.html    # the text read from the HTML
//! cargo run --release --example explain -- --all < page.html     # every line, kept or set aside
//! ```
use std::io::Read;

fn main() {
    let mut html = String::new();
    std::io::stdin().read_to_string(&mut html).expect("readable input");
    let arg = |name: &str| std::env::args().any(|a| a == name);
    let (text, mut hints) = if arg("--text") { (html, brief::Hints::default()) } else { brief::read_html(&html) };
    if arg("--plain") {
        // The HTML's text without its hints: what the text alone says.
        hints = brief::Hints::default();
    }
    if arg("--dump") {
        println!("{text}");
        return;
    }
    let doc = brief::Document::parse_with(&text, &[], &hints);
    let body = doc.body();
    println!("title: {:?}", doc.title.map(|t| doc.text(t)));
    println!("body: {} words", body.split_whitespace().count());
    if arg("--all") {
        // Every line of the text, kept or set aside (with its reason).
        let mut at = 0;
        for line in text.split('\n') {
            let why = doc.removed.iter().find(|r| r.span.start <= at && at < r.span.end).map_or("kept".to_string(), |r| format!("{:?}", r.reason));
            if !line.trim().is_empty() {
                println!("{why:>11} | {}", line.chars().take(140).collect::<String>());
            }
            at += line.len() + 1;
        }
        return;
    }
    for r in &doc.removed {
        let line: String = doc.text(r.span).chars().take(90).collect();
        println!("{:>11?} | {}", r.reason, line.replace('\n', " / "));
    }
}
