//! Fitting aid for the parser's title chooser: for each page, the names of the features it
//! reads (`brief::TITLE_FEATURES`) and every candidate line with its text and features. Reads
//! the evaluation kit's records (`{"id", "text"?, "html"?}`) as the CLI reads them; writes one
//! JSON object a page, as `edge_rows` does. `scripts/fit_title.py` runs it.
//!
//! ```sh
//! cargo run --release --example title_rows < records.jsonl > rows.jsonl
//! ```
#[path = "common/records.rs"]
mod records;

use serde_json::{json, Value};

fn main() {
    records::each(|v, text, hints| {
        let candidates: Vec<Value> = brief::page_traces(&text, &hints)
            .titles
            .into_iter()
            .map(|(span, features)| json!({"text": &text[span.start..span.end], "features": features.to_vec()}))
            .collect();
        println!("{}", json!({"id": v["id"], "features": brief::TITLE_FEATURES, "candidates": candidates}));
    });
}
