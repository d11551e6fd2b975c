//! Debugging aid: prints why each removed block was set aside.
//! `reasons < page.html` reads an HTML paste as the app does; `reasons page.txt page.html`
//! reads pasted text with its clipboard HTML, as the CLI's batch mode does; `reasons page.txt`
//! the text alone.
use std::io::Read;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (text, hints) = if let [t, h] = args.as_slice() {
        (std::fs::read_to_string(t).unwrap(), brief::html_hints(&std::fs::read_to_string(h).unwrap()))
    } else if let [t] = args.as_slice() {
        (std::fs::read_to_string(t).unwrap(), Default::default())
    } else {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).unwrap();
        brief::read_html(&s)
    };
    let d = brief::Document::parse_with(&text, &[], &hints);
    for r in &d.removed {
        println!("{:?}\t{}", r.reason, d.text(r.span).chars().take(90).collect::<String>());
    }
}
