//! Fitting aid for the parser's edges pass: for each page, the names of the features the pass
//! reads (`brief::EDGE_FEATURES`), and every block with its text, whether it lies at the body's
//! ends (where the pass looks) and its features. Reads the evaluation kit's records (`{"id",
//! "text"?, "html"?}`) as the CLI reads them; writes one JSON object a page, as
//! `rank_features` does. `scripts/fit_edges.py` runs it.
//!
//! ```sh
//! cargo run --release --example edge_rows < records.jsonl > rows.jsonl
//! ```
#[path = "common/records.rs"]
mod records;

use serde_json::{json, Value};

fn main() {
    records::each(|v, text, hints| {
        let blocks: Vec<Value> = brief::page_traces(&text, &hints)
            .edges
            .into_iter()
            .map(|(span, edge, features)| json!({"text": &text[span.start..span.end], "edge": edge, "features": features.to_vec()}))
            .collect();
        println!("{}", json!({"id": v["id"], "features": brief::EDGE_FEATURES, "blocks": blocks}));
    });
}
