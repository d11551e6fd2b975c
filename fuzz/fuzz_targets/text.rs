//! Any bytes, read as text (lossily, as the CLI does): the digest never panics or hangs, its
//! spans lie on char boundaries, and key points are verbatim sentences of the input.
#![no_main]

use brief::{digest, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let points = data.first().map_or(3, |b| (b % 9) as usize);
    let d = digest(&text, &Options::points(points));
    for s in &d.sentences {
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        assert_eq!(s.span.slice(&text), s.text);
    }
    for k in &d.key_points {
        assert_eq!(k.span.slice(&text), k.text);
    }
    for c in &d.commitments {
        assert!(c.span.end <= text.len() && !c.action.trim().is_empty());
    }
});
