//! Debugging aid: how the parser read a page from its clipboard HTML (as the app does), or
//! from its plain text with `--text`: the title, the body's size, and every block set aside
//! with its reason.
//!
//! ```sh
//! python3 -c '...' > page.html   # a page's pasted_html
//! cargo run --release --example explain < page.html
//! cargo run --release --example explain -- --text < page.txt
//! ```
use std::io::Read;

fn main() {
    let mut html = String::new();
    std::io::stdin().read_to_string(&mut html).expect("readable input");
    let (text, hints) = if std::env::args().any(|a| a == "--text") { (html, brief::Hints::default()) } else { brief::read_html(&html) };
    let doc = brief::Document::parse_with(&text, &[], &hints);
    let body = doc.body();
    println!("title: {:?}", doc.title.map(|t| doc.text(t)));
    println!("body: {} words", body.split_whitespace().count());
    for r in &doc.removed {
        let line: String = doc.text(r.span).chars().take(90).collect();
        println!("{:>11?} | {}", r.reason, line.replace('\n', " / "));
    }
}
