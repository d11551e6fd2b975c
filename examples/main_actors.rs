//! The main actor the table reads for each article of a JSONL file (`{"id", "text"}` a line, as
//! `brief --jsonl` takes them): one `{"id", "main"}` a line. What `scripts/main_actor_score.py`
//! compares with the annotators' main actor.
//!
//! ```sh
//! python3 ../shared/eval/brief_eval.py stance --keep /tmp/stance
//! cargo run --release --example main_actors < /tmp/stance/stance.in.jsonl > /tmp/main.jsonl
//! ```
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let text = v.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let doc = brief::parse(text);
        let (main, _) = brief::commitments(&doc);
        println!("{}", serde_json::json!({"id": v["id"], "main": main}));
    }
}
