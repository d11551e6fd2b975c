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
    convert(html).0
}

/// The lines of the HTML's text that are mostly link text or page furniture (60% or more of
/// their characters inside `<a>`, or inside navigation, footers, asides and containers named
/// for comments, related stories, newsletters and the like): menus, teasers, comment threads,
/// as [`collapse`](crate::document::collapse)d lower-case lines. The parser sets such lines
/// aside when it reads the same page's plain text.
pub fn link_lines(html: &str) -> Vec<String> {
    read(html).1
}

/// [`to_text`] and [`link_lines`] of the same HTML, read once.
pub fn read(html: &str) -> (String, Vec<String>) {
    let (text, links) = convert(html);
    let lines = hint_lines(&text, &links);
    (text, lines)
}

fn hint_lines(text: &str, links: &[(usize, usize)]) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut k = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let mut linked = 0;
        while k < links.len() && links[k].1 <= start {
            k += 1;
        }
        for &(a, b) in links[k..].iter().take_while(|(a, _)| *a < end) {
            linked += b.min(end) - a.max(start);
        }
        let body = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '•' | '#' | '*' | '-' | '·' | '–'));
        if !body.is_empty() && linked * 10 >= body.len() * 6 {
            out.push(crate::document::collapse(body).to_lowercase());
        }
        start = end;
    }
    out
}

/// The text, and the byte ranges of it that came from inside links.
fn convert(html: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(html.len() / 2);
    let mut links: Vec<(usize, usize)> = Vec::new();
    let mut in_link = 0usize;
    // Open elements (name, page furniture?), and how many of them are furniture.
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut furniture = 0usize;
    let mut rest = html;
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        let before = out.len();
        push_text(&mut out, &rest[..lt]);
        if (in_link > 0 || furniture > 0) && out.len() > before {
            links.push((before, out.len()));
        }
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
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
        if closing {
            // Close the innermost open element of that name (looking a bounded way down, so
            // stray end tags cost constant time).
            if let Some(k) = open.iter().rev().take(64).position(|(n, _)| *n == name) {
                for (_, f) in open.drain(open.len() - 1 - k..) {
                    furniture -= usize::from(f);
                }
            }
        } else if !tag.ends_with('/') && !is_void(&name) && !is_raw_text(&name) && !name.is_empty() {
            let f = is_furniture(&name, tag);
            furniture += usize::from(f);
            open.push((name.clone(), f));
        }
        match name.as_str() {
            // Raw text: skipped whole up to its end tag; an element left open is skipped alone
            // (its text then reads as text, which is all this reader ever produces).
            _ if is_raw_text(&name) && !closing && !tag.ends_with('/') => {
                if let Some(end) = find_end_tag(rest, &name) {
                    rest = &rest[end..];
                }
            }
            "a" => {
                if closing {
                    in_link = in_link.saturating_sub(1);
                } else if !tag.ends_with('/') {
                    in_link += 1;
                }
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
    (out, links)
}

/// Elements without content or end tag.
fn is_void(name: &str) -> bool {
    matches!(name, "area" | "base" | "br" | "col" | "embed" | "hr" | "img" | "input" | "link" | "meta" | "param" | "source" | "track" | "wbr")
}

/// Elements whose content is skipped whole (see `convert`).
fn is_raw_text(name: &str) -> bool {
    matches!(name, "script" | "style" | "template" | "noscript" | "iframe" | "textarea" | "title" | "xmp" | "noembed" | "noframes" | "object")
}

/// Whether an element is page furniture by its name, role, class or id: navigation, footers,
/// asides, and containers named for comments, sharing, related stories, ads and the like
/// (the idea of Readability.js's "unlikely candidates"; this list is Brief's own). A class or
/// id that also names content ("article-footer", "story-related") keeps its text.
fn is_furniture(name: &str, tag: &str) -> bool {
    if matches!(name, "nav" | "footer" | "aside") {
        return true;
    }
    let lower = tag.to_ascii_lowercase();
    let value = |attr: &str| -> String {
        let Some(at) = lower.find(attr) else { return String::new() };
        let v = lower[at + attr.len()..].trim_start_matches(['"', '\'']);
        v[..v.find(['"', '\'', '>']).unwrap_or(v.len())].to_string()
    };
    if matches!(value(" role=").as_str(), "navigation" | "complementary" | "contentinfo" | "banner") {
        return true;
    }
    let names = value(" class=") + " " + &value(" id=");
    // Kept from trying each on the DEV pages' clipboard HTML (shingle F1, all together 0.899
    // → 0.909); "social", "advert" and "share" were dropped: they name wrappers around whole
    // articles on some pages.
    const PARTS: &[&str] = &[
        "comment", "disqus", "footer", "sidebar", "related", "sponsor", "newsletter", "subscribe",
        "breadcrumb", "pagination", "outbrain", "taboola", "cookie", "consent", "promo",
        "trending", "recirc", "masthead", "popup", "most-read", "mostread", "navbar",
        "navigation", "menu", "signup", "paywall",
    ];
    const CONTENT: &[&str] = &["article", "content", "story", "main", "post-body", "entry", "body"];
    let furniture = crate::span::contains_any(&names, PARTS)
        || names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| matches!(w, "nav" | "ad" | "ads" | "banner" | "tags"));
    furniture && !crate::span::contains_any(&names, CONTENT)
}

/// The byte just past `</name ...>` in `rest`, matched without regard to case.
fn find_end_tag(rest: &str, name: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut from = 0;
    while let Some(k) = rest[from..].find("</") {
        let at = from + k + 2;
        let candidate = bytes.get(at..at + name.len())?;
        if candidate.eq_ignore_ascii_case(name.as_bytes()) {
            return rest[at..].find('>').map(|g| at + g + 1);
        }
        from = at;
    }
    None
}

fn newline(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Appends text with white space collapsed (HTML ignores line breaks in text) and character
/// references decoded.
fn push_text(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let space = |out: &mut String| {
        if !out.is_empty() && !out.ends_with([' ', '\n', '\t']) {
            out.push(' ');
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        // A run copied as it is: ASCII other than white space and '&'.
        let start = i;
        while i < bytes.len() && bytes[i] < 0x80 && bytes[i] != b'&' && !crate::span::is_ascii_space(bytes[i]) {
            i += 1;
        }
        out.push_str(&text[start..i]);
        let Some(&b) = bytes.get(i) else { break };
        if b >= 0x80 {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                space(out);
            } else {
                out.push(c);
            }
            i += c.len_utf8();
        } else if b == b'&' {
            // A character reference: its name ends within ten bytes (looked for no further,
            // so text full of '&' stays linear).
            let semi = bytes[i..].iter().take(11).position(|&c| c == b';');
            match semi.and_then(|s| entity(&text[i + 1..i + s]).map(|d| (s, d))) {
                Some((s, decoded)) => {
                    out.push(decoded);
                    i += s + 1;
                }
                None => {
                    out.push('&');
                    i += 1;
                }
            }
        } else {
            space(out);
            i += 1;
        }
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
    fn link_lines_are_found() {
        let html = "<ul><li><a href=/a>Home</a></li><li><a href=/b>World news</a></li></ul><p>An article paragraph with <a href=/x>one link</a> in the middle of its text.</p>";
        assert_eq!(link_lines(html), ["home", "world news"]);
    }

    #[test]
    fn furniture_containers_give_hint_lines() {
        let html = "<nav><p>Sections and more</p></nav>\
            <div class=\"article-body\"><p>The council will build a bridge next year.</p></div>\
            <div id=\"comments\"><p>Great piece, thanks for writing it.</p></div>\
            <div class=\"story-related\"><p>A related story kept as content.</p></div>\
            <section role=\"complementary\"><p>Side box text</p></section><p>After it.</p>";
        assert_eq!(link_lines(html), ["sections and more", "great piece, thanks for writing it.", "side box text"]);
    }

    #[test]
    fn hint_lines_lose_their_bullets() {
        // A comment's hand-typed list ("* It may ...") matches the pasted list item, whose
        // marker the text parser strips.
        let html = "<li class=\"comment\"><p>In favour:<br>* It may cost less later.<br>- Or more.</p></li><p>Body.</p>";
        assert_eq!(link_lines(html), ["in favour:", "it may cost less later.", "or more."]);
    }

    #[test]
    fn stray_end_tags_do_not_close_furniture_early_or_late() {
        // An end tag with no open element of its name is ignored; the footer still ends.
        let html = "<footer><p>Foot line</p></b></i></footer><p>Body line after the footer.</p>";
        assert_eq!(link_lines(html), ["foot line"]);
        let deep = "<footer>".to_string() + &"</span>".repeat(100_000) + "x</footer><p>after</p>";
        assert_eq!(link_lines(&deep), ["x"]);
    }

    #[test]
    fn references_and_ampersands() {
        assert_eq!(to_text("a &amp; b &#233; &#x20AC; &bogus; &").trim(), "a & b é € &bogus; &");
        // Text full of '&' without ';' is read in linear time.
        assert_eq!(to_text(&"& ".repeat(200_000)).matches('&').count(), 200_000);
    }

    #[test]
    fn deep_nesting_is_linear() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        assert!(to_text(&html).contains("deep"));
    }

    #[test]
    fn unterminated() {
        assert_eq!(to_text("text <b").trim(), "text");
        assert_eq!(to_text("<script>x</script>after").trim(), "after");
        assert_eq!(to_text("<SCRIPT>x</Script >after").trim(), "after");
        assert_eq!(to_text("<style>open <p>then text").trim(), "open \n\nthen text");
    }
}
