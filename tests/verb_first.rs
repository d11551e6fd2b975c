//! Issue #19's property of the table, by the core's own tagger: the rows of the annotated DEV
//! articles (the evaluation kit's `stance/articles`, beside the checkout in `../shared`, or
//! where `BRIEF_SHARED` points) have actions that open with a verb, 95% of them or more. Each
//! action is tagged after "to", as `examples/verb_rows.rs` reads it (a phrase alone has no
//! subject, and its first word reads as a noun as often as not).
//!
//! The kit is not part of the repository: without it the test says so and checks nothing else.
#![cfg(not(target_arch = "wasm32"))]

use brief::{digest, Options, Tagger, Upos};
use std::path::PathBuf;

fn articles() -> Option<Vec<PathBuf>> {
    let root = std::env::var_os("BRIEF_SHARED").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = root.join("eval/stance/articles");
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(&dir).ok()?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    paths.sort();
    Some(paths)
}

#[test]
fn the_dev_articles_rows_open_with_a_verb() {
    let Some(paths) = articles() else {
        eprintln!("no evaluation kit beside the checkout (../shared) nor BRIEF_SHARED: nothing to read");
        return;
    };
    assert!(paths.len() >= 40, "the kit's annotated articles: {} found", paths.len());
    let tagger = Tagger::english();
    let (mut verbs, mut all) = (0usize, 0usize);
    let mut others = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("readable article");
        for row in digest(&text, &Options::default()).commitments {
            all += 1;
            if matches!(tagger.opening_tag("to", &row.action), Some(Upos::Verb | Upos::Aux)) {
                verbs += 1;
            } else {
                others.push(row.action);
            }
        }
    }
    let share = verbs as f64 / all.max(1) as f64;
    assert!(all >= 300, "rows read: {all}");
    eprintln!("{verbs} of {all} actions open with a verb ({:.1}%)", 100.0 * share);
    assert!(share >= 0.95, "{verbs} of {all} actions open with a verb ({:.1}%); the others: {others:#?}", 100.0 * share);
}
