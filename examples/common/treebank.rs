//! Reading a treebank file for the training examples: plain or gzipped (through `gzip -dc`).

use std::process::Command;

/// The text of `path`, gunzipped when it ends in `.gz`.
pub fn read(path: &str) -> String {
    if path.ends_with(".gz") {
        let out = Command::new("gzip").args(["-dc", path]).output().expect("gzip runs");
        String::from_utf8(out.stdout).expect("UTF-8")
    } else {
        std::fs::read_to_string(path).expect("readable file")
    }
}
