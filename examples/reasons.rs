//! Debugging aid: prints why each removed block of an HTML paste was set aside.
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let (text, hints) = brief::html::read(&s);
    let d = brief::Document::parse_with(&text, &[], &hints);
    for r in &d.removed {
        println!("{:?}\t{}", r.reason, d.text(r.span).chars().take(90).collect::<String>());
    }
}
