//! Reading the evaluation kit's records (`{"id", "text"?, "html"?}`, one a line) for the
//! fitting examples, as the CLI reads them: the text to parse and the HTML's hints.

use std::io::BufRead;

use serde_json::Value;

/// Each record of standard input with the text it gives and its hints: the pasted text with
/// the hints of its HTML, the text alone, or the HTML alone read as the app reads a paste.
/// Lines that are not JSON, and records with neither field, are passed over.
pub fn each(mut f: impl FnMut(&Value, String, brief::Hints)) {
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("readable input");
        let Ok(v) = serde_json::from_str::<Value>(&line) else { continue };
        let (text, hints) = match (v.get("text").and_then(Value::as_str), v.get("html").and_then(Value::as_str)) {
            (Some(t), Some(h)) => (t.to_string(), brief::html_hints(h)),
            (Some(t), None) => (t.to_string(), Default::default()),
            (None, Some(h)) => brief::read_html(h),
            (None, None) => continue,
        };
        f(&v, text, hints);
    }
}
