//! Every cue the will / won't reader reads in each article, with its features, as JSONL: what
//! the row decision is fitted on (`scripts/fit_table.py`).
//!
//! ```sh
//! cargo run --release --example table_candidates -- ../shared/eval/stance/articles/*.txt > /tmp/traces.jsonl
//! ```

use brief::{parse, table_traces, Polarity, FEATURES};

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        let id = std::path::Path::new(&path).file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        let doc = parse(&text);
        for t in table_traces(&doc) {
            let row = serde_json::json!({
                "id": id,
                "sentence": t.sentence.slice(&text),
                "polarity": if t.polarity == Polarity::Will { "will" } else { "wont" },
                "action": t.action,
                "rule_keeps": t.rule_keeps,
                "features": FEATURES.iter().zip(t.features).map(|(n, v)| (n.to_string(), serde_json::json!(v))).collect::<serde_json::Map<_, _>>(),
            });
            println!("{row}");
        }
    }
}
