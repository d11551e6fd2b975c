//! Fitting aid for the parser's title chooser: for each page, the names of the features it
//! reads (`brief::TITLE_FEATURES`) and every candidate line with its text and features. Reads
//! the evaluation kit's records (`{"id", "text"?, "html"?}`) as the CLI reads them; writes one
//! JSON object a page, as `edge_rows` does. `scripts/fit_title.py` runs it.
//!
//! ```sh
//! cargo run --release --example title_rows < records.jsonl > rows.jsonl
//! ```
use std::io::BufRead;

use serde_json::{json, Value};

fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("readable input");
        let Ok(v) = serde_json::from_str::<Value>(&line) else { continue };
        let (text, hints) = match (v.get("text").and_then(Value::as_str), v.get("html").and_then(Value::as_str)) {
            (Some(t), Some(h)) => (t.to_string(), brief::html_hints(h)),
            (Some(t), None) => (t.to_string(), Default::default()),
            (None, Some(h)) => brief::read_html(h),
            (None, None) => continue,
        };
        let candidates: Vec<Value> = brief::page_traces(&text, &hints)
            .titles
            .into_iter()
            .map(|(span, features)| json!({"text": &text[span.start..span.end], "features": features.to_vec()}))
            .collect();
        println!("{}", json!({"id": v["id"], "features": brief::TITLE_FEATURES, "candidates": candidates}));
    }
}
