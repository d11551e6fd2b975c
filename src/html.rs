//! Clipboard HTML to plain text, one block a line, for the native CLI and tests.
//!
//! A single forward scan with no recursion and no allocation per nesting level, so hostile
//! markup (100,000 nested elements, megabytes without a tag end) costs linear time. Script,
//! style, template and similar raw-text elements are dropped whole; block elements start new
//! lines; list items get a "• " bullet and headings a Markdown `#` mark so the text parser sees
//! the structure; character references are decoded. Nothing is executed or fetched: this only
//! reads characters. (In the browser the app reads pasted HTML the same way.)

/// Converts HTML to text the [`Document`](crate::Document) parser reads.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skip_until: Option<&'static str> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                push_text(&mut out, rest);
            }
            break;
        };
        if skip_until.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if let Some(end) = skip_until {
            if closing && name == end {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" | "style" | "template" | "noscript" | "svg" | "math" | "iframe" | "object" | "head" | "title"
                if !closing && !tag.ends_with('/') =>
            {
                skip_until = Some(match name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    "template" => "template",
                    "noscript" => "noscript",
                    "svg" => "svg",
                    "math" => "math",
                    "iframe" => "iframe",
                    "object" => "object",
                    "head" => "head",
                    _ => "title",
                });
            }
            "br" => out.push('\n'),
            "li" if !closing => {
                newline(&mut out);
                out.push_str("• ");
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                newline(&mut out);
                out.push('\n');
                if !closing {
                    let level = name.as_bytes()[1] - b'0';
                    out.extend(std::iter::repeat_n('#', level as usize));
                    out.push(' ');
                }
            }
            "blockquote" if !closing => {
                newline(&mut out);
                out.push_str("> ");
            }
            "p" | "div" | "section" | "article" | "header" | "footer" | "nav" | "aside" | "ul" | "ol"
            | "table" | "tr" | "blockquote" | "figure" | "figcaption" | "main" | "dl" | "dt" | "dd"
            | "pre" | "hr" | "form" | "address" => {
                newline(&mut out);
                out.push('\n');
            }
            "td" | "th" => out.push('\t'),
            _ => {}
        }
    }
    out
}

fn newline(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Appends text with white space collapsed (HTML ignores line breaks in text) and character
/// references decoded.
fn push_text(out: &mut String, text: &str) {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with([' ', '\n', '\t']) {
                out.push(' ');
            }
            continue;
        }
        if c == '&' {
            if let Some(semi) = text[i..].find(';').filter(|&s| s <= 10) {
                if let Some(decoded) = entity(&text[i + 1..i + semi]) {
                    out.push(decoded);
                    while chars.peek().is_some_and(|&(j, _)| j <= i + semi) {
                        chars.next();
                    }
                    continue;
                }
            }
        }
        out.push(c);
    }
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "pound" => '£',
        "euro" => '€',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_survives() {
        let t = to_text("<h1>Title</h1><p>One &amp; two.</p><ul><li>a</li><li>b</li></ul><script>alert(1)</script>");
        let lines: Vec<&str> = t.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["# Title", "One & two.", "• a", "• b"]);
    }

    #[test]
    fn deep_nesting_is_linear() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        assert!(to_text(&html).contains("deep"));
    }

    #[test]
    fn unterminated() {
        assert_eq!(to_text("text <b").trim(), "text");
        assert_eq!(to_text("<script>never closed").trim(), "");
    }
}
