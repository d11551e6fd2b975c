//! Any bytes, read as clipboard HTML: the reader and the digest of its text never panic or
//! hang, and the link-line hints are lines of that text.
#![no_main]

use brief::{digest, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let text = brief::html::to_text(&html);
    let links = brief::html::link_lines(&html);
    let d = digest(&text, &Options { links, ..Options::default() });
    for s in &d.sentences {
        assert_eq!(s.span.slice(&text), s.text);
    }
});
