//! Debugging aid: the clipboard text's lines that the HTML's container holds (JSONL in: id,
//! text, html; out: id, extracted_text), to weigh the container alone against the parser.
use std::io::BufRead;
fn main() {
    for line in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let hints = brief::html_hints(v["html"].as_str().unwrap_or(""));
        let main: std::collections::HashSet<&String> = hints.main.iter().collect();
        let text = v["text"].as_str().unwrap_or("");
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| {
                let k = brief::collapse(l.trim_matches(|c: char| c.is_whitespace() || "•#*-·–>".contains(c))).to_lowercase();
                !k.is_empty() && main.contains(&k)
            })
            .collect();
        println!("{}", serde_json::json!({"id": v["id"], "extracted_text": kept.join("\n")}));
    }
}
