//! Any bytes, read as clipboard HTML: the reader and the digest of its text never panic or
//! hang on what the reader gives (its text and hints).
#![no_main]

use brief::{digest, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let (text, hints) = brief::read_html(&html);
    let d = digest(&text, &Options { hints, ..Options::default() });
    for s in &d.sentences {
        assert_eq!(s.span.slice(&text), s.text);
    }
});
