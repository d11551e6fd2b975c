//! Every sentence of each article of a JSONL file (`{"id", "article" | "text", …}` a line), with
//! the features a fitted ranker reads (their names in the record's "features"), as JSONL: what `scripts/fit_rank.py` fits on.
//!
//! ```sh
//! gzip -dc ../shared/eval/summarise/cnndm_train.jsonl.gz | cargo run --release --example rank_features > /tmp/rank.jsonl
//! ```

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let text = v.get("article").or_else(|| v.get("text")).and_then(|t| t.as_str()).unwrap_or("");
        let rows: Vec<serde_json::Value> =
            brief::sentence_features(text).into_iter().map(|(s, f)| serde_json::json!({"text": s, "features": f.to_vec()})).collect();
        println!("{}", serde_json::json!({"id": v["id"], "features": brief::RANK_FEATURES, "sentences": rows}));
    }
}
