//! What share of the table's rows have an action that opens with a verb, by the tagger: reads
//! the CLI's JSONL output (`brief --jsonl`, one record a line) and tags each row's action after
//! "to" (an infinitive's frame: a phrase alone has no subject, and its first word reads as a
//! noun or a name as often as not). Prints the share and the rows that do not, for reading.
//!
//! ```sh
//! python3 ../shared/eval/brief_eval.py stance --keep /tmp/stance
//! cargo run --release --example verb_rows -- /tmp/stance/stance.out.jsonl
//! FRAME="They will" cargo run --release --example verb_rows -- /tmp/stance/stance.out.jsonl
//! ```
//!
//! FRAME sets the words before the action ("to" unless set). The share moves with it, since a
//! verb that is also a noun ("market", "end", "amount") reads as a noun after "to": on the 51
//! DEV articles of 2026-12-02, "to" 94.1%, "They will" 96.5%, "They would" 94.5%.

use brief::{Tagger, Upos};

fn main() {
    let path = std::env::args().nth(1).expect("usage: verb_rows OUT.jsonl");
    let text = std::fs::read_to_string(path).expect("readable file");
    let tagger = Tagger::english();
    let frame = std::env::var("FRAME").unwrap_or_else(|_| "to".to_string());
    let (mut verbs, mut all) = (0usize, 0usize);
    let mut others = Vec::new();
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        for row in v["commitments"].as_array().into_iter().flatten() {
            let action = row["action"].as_str().unwrap_or("");
            let tag = tagger.opening_tag(&frame, action);
            all += 1;
            if matches!(tag, Some(Upos::Verb | Upos::Aux)) {
                verbs += 1;
            } else {
                others.push(format!("{tag:?} {action}"));
            }
        }
    }
    for o in &others {
        println!("  {o}");
    }
    println!("{verbs} of {all} actions open with a verb ({:.1}%)", 100.0 * verbs as f64 / all.max(1) as f64);
}
