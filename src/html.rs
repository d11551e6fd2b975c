//! Clipboard HTML to plain text, one block a line, and what the markup tells about those lines
//! ([`Hints`]: link lines, the article's container, images' descriptions).
//!
//! A single forward scan with no recursion (an element costs an entry on a stack and a node
//! in a list), so hostile markup (100,000 nested elements, megabytes without a tag end) costs
//! linear time. Script, style, template and similar raw-text elements are dropped whole; block
//! elements start new lines; list items get a "• " bullet and headings a Markdown `#` mark so
//! the text parser sees the structure; character references are decoded. Nothing is executed
//! or fetched: this only reads characters. (In the browser the app reads pasted HTML the same
//! way, after the browser's own parser.)

use serde::{Deserialize, Serialize};

/// What a page's HTML tells about the lines of its text, for the parser to weigh (see
/// [`Document::parse_with`](crate::Document::parse_with)). Each is a set of
/// [`collapse`](crate::text::collapse)d lower-case lines.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Hints {
    /// Lines mostly link text or page furniture (60% or more of their characters inside `<a>`,
    /// or inside navigation, footers, asides and containers named for comments, related
    /// stories, newsletters and the like): menus, teasers, comment threads.
    pub links: Vec<String>,
    /// The lines of the article's container: the element whose paragraphs hold the most text
    /// (Readability.js's idea of a top candidate, scored Brief's own way), with its siblings
    /// that hold a fifth as much or more.
    pub main: Vec<String>,
    /// Images' descriptions (`alt`): a paste of the page's text carries them as lines of
    /// their own. (Also when a caption says the same: captions are furniture too.) Only for
    /// pasted text ([`hints`]), so not sent to the app's worker.
    #[serde(skip)]
    pub images: Vec<String>,
    /// The page's top-level headings (`h1`): its headline, most often. Only for pasted text.
    #[serde(skip)]
    pub h1: Vec<String>,
}

impl Hints {
    /// No hints at all (plain text).
    pub fn is_empty(&self) -> bool {
        self.links.is_empty() && self.main.is_empty() && self.images.is_empty() && self.h1.is_empty()
    }
}

/// Converts HTML to text the [`Document`](crate::Document) parser reads.
pub fn to_text(html: &str) -> String {
    scan::<false>(html).text
}

/// The [`Hints`] of a page's HTML, for reading the same page's plain text (as pasted).
pub fn hints(html: &str) -> Hints {
    read_as::<true>(html).1
}

/// [`to_text`] and the [`Hints`] of the same HTML for reading that text, read once. (Its
/// images' descriptions and `h1` lines are left out: the text has no descriptions, and marks
/// its headings itself.)
pub fn read(html: &str) -> (String, Hints) {
    read_as::<false>(html)
}

/// The text and hints; images and `h1` lines only for reading the `PASTED` text, so that the
/// app, which reads the HTML's own text, carries no code for them.
fn read_as<const PASTED: bool>(html: &str) -> (String, Hints) {
    let Scan { text, links, main, images } = scan::<PASTED>(html);
    let mut main_lines = Vec::new();
    for (a, b) in main {
        main_lines.extend(text[a..b].split('\n').map(hint_key).filter(|l| !l.is_empty()));
    }
    let (images, h1) = if PASTED {
        (images.iter().map(|a| hint_key(a)).filter(|a| !a.is_empty()).collect(), text.lines().filter_map(|l| l.strip_prefix("# ")).map(hint_key).filter(|l| !l.is_empty()).collect())
    } else {
        (Vec::new(), Vec::new())
    };
    let links = hint_lines(&text, &links);
    (text, Hints { links, main: main_lines, images, h1 })
}

/// White space and the marks a line's text may carry before or after it (bullets, `#`, `>`),
/// which the parser's blocks do not.
fn marks(c: char) -> bool {
    c.is_whitespace() || matches!(c, '•' | '#' | '*' | '-' | '·' | '–' | '>')
}

/// A line as the hints write it: without its marks, white space collapsed, lower case.
fn hint_key(line: &str) -> String {
    crate::text::collapse(line.trim_matches(marks)).to_lowercase()
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
        let body = line.trim_matches(marks);
        if !body.is_empty() && linked * 10 >= body.len() * 6 {
            out.push(hint_key(body));
        }
        start = end;
    }
    out
}

/// What one read of the HTML gives: the text, the byte ranges of it that came from inside
/// links or page furniture, the ranges of the article's container, and images' descriptions.
struct Scan {
    text: String,
    links: Vec<(usize, usize)>,
    main: Vec<(usize, usize)>,
    images: Vec<String>,
}

/// An element: its parent, where its text starts and ends, and its score as the article's
/// container.
struct Node {
    parent: Option<usize>,
    start: usize,
    end: usize,
    score: f32,
}

/// Scores a paragraph that has ended: its parent gains by its length (1 to 4 points: a
/// paragraph of 300 bytes or more scores the most), its grandparent half that. Paragraphs of
/// under 25 bytes (a label, a date) count for nothing.
fn score_paragraph(nodes: &mut [Node], at: usize, out: &str) {
    let chars = out[nodes[at].start..].trim().len();
    if chars < 25 {
        return;
    }
    let s = 1.0 + (chars as f32 / 100.0).min(3.0);
    if let Some(p) = nodes[at].parent {
        nodes[p].score += s;
        if let Some(g) = nodes[p].parent {
            nodes[g].score += s / 2.0;
        }
    }
}

/// The article's container (the best-scored element) and its siblings that score a fifth of
/// it or more (an article in several sections), as ranges of the text.
fn container(nodes: &[Node]) -> Vec<(usize, usize)> {
    let best = (0..nodes.len()).filter(|&i| nodes[i].score > 0.0).max_by(|&a, &b| nodes[a].score.total_cmp(&nodes[b].score).then(b.cmp(&a)));
    let Some(best) = best else { return Vec::new() };
    let parent = nodes[best].parent;
    nodes
        .iter()
        .enumerate()
        .filter(|&(i, n)| i == best || (parent.is_some() && n.parent == parent && n.score >= 0.2 * nodes[best].score))
        .map(|(_, n)| (n.start, n.end))
        .collect()
}

fn scan<const IMAGES: bool>(html: &str) -> Scan {
    let mut out = String::with_capacity(html.len() / 2);
    let mut links: Vec<(usize, usize)> = Vec::new();
    let mut in_link = 0usize;
    let mut nodes: Vec<Node> = Vec::new();
    let mut images: Vec<String> = Vec::new();
    // Open elements (name, page furniture?, node), and how many of them are furniture.
    let mut open: Vec<(String, bool, usize)> = Vec::new();
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
            rest = crate::text::find(rest, "-->").map_or("", |e| &rest[e + 3..]);
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
            if let Some(k) = open.iter().rev().take(64).position(|(n, _, _)| *n == name) {
                for (n, f, at) in open.drain(open.len() - 1 - k..) {
                    furniture -= usize::from(f);
                    nodes[at].end = out.len();
                    if n == "p" {
                        score_paragraph(&mut nodes, at, &out);
                    }
                }
            }
        } else if !tag.ends_with('/') && !is_void(&name) && !is_raw_text(&name) && !name.is_empty() {
            // (A paragraph ends where the next one starts.)
            if name == "p" && open.last().is_some_and(|(n, _, _)| n == "p") {
                if let Some((_, f, at)) = open.pop() {
                    furniture -= usize::from(f);
                    nodes[at].end = out.len();
                    score_paragraph(&mut nodes, at, &out);
                }
            }
            let f = is_furniture(&name, tag);
            furniture += usize::from(f);
            nodes.push(Node { parent: open.last().map(|o| o.2), start: out.len(), end: usize::MAX, score: 0.0 });
            open.push((name.clone(), f, nodes.len() - 1));
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
            "img" if IMAGES && !closing => {
                if let Some(alt) = attribute(tag, "alt") {
                    let mut t = String::new();
                    push_text(&mut t, alt);
                    if !t.trim().is_empty() {
                        images.push(t);
                    }
                }
            }
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
            // A formula's MathML: its tokens are words apart ("a x 2 + b x", not "ax2+bx"),
            // and a displayed one stands on a line of its own.
            "mi" | "mo" | "mn" | "mtext" | "ms" if !out.is_empty() && !out.ends_with([' ', '\n', '\t']) => out.push(' '),
            "math" if crate::text::contains(tag, "display=\"block\"") => newline(&mut out),
            _ => {}
        }
    }
    for (n, _, at) in open.drain(..).rev() {
        if n == "p" {
            score_paragraph(&mut nodes, at, &out);
        }
    }
    for n in nodes.iter_mut() {
        n.end = n.end.min(out.len());
    }
    let main = container(&nodes);
    Scan { text: out, links, main, images }
}

/// The value of an attribute in a start tag's text (`img src=x alt="A b"`), as written
/// (character references left in), as browsers serialise markup: no space around `=`.
fn attribute<'t>(tag: &'t str, attr: &str) -> Option<&'t str> {
    let (b, n) = (tag.as_bytes(), attr.len());
    (1..b.len().saturating_sub(n)).find(|&i| b[i - 1].is_ascii_whitespace() && b[i + n] == b'=' && b[i..i + n].eq_ignore_ascii_case(attr.as_bytes())).map(|i| {
        let v = &tag[i + n + 1..];
        match v.as_bytes().first() {
            Some(&q @ (b'"' | b'\'')) => v[1..].split(char::from(q)).next().unwrap_or(""),
            _ => v.split(|c: char| c.is_ascii_whitespace()).next().unwrap_or(""),
        }
    })
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
    let value = |attr: &str| attribute(tag, attr).unwrap_or_default().to_ascii_lowercase();
    if matches!(value("role").as_str(), "navigation" | "complementary" | "contentinfo" | "banner") {
        return true;
    }
    let names = value("class") + " " + &value("id");
    // Kept from trying each on the DEV pages' clipboard HTML (shingle F1, all together 0.899
    // → 0.909); "social", "advert" and "share" were dropped: they name wrappers around whole
    // articles on some pages.
    const PARTS: &[&str] = &[
        "comment", "disqus", "footer", "sidebar", "related", "sponsor", "newsletter", "subscribe",
        "breadcrumb", "pagination", "outbrain", "taboola", "cookie", "consent", "promo",
        "trending", "recirc", "masthead", "popup", "most-read", "mostread", "navbar",
        "navigation", "menu", "signup", "paywall",
    ];
    // (A formula is content too: MathJax's containers carry a "CtxtMenu" class.)
    const CONTENT: &[&str] = &["article", "content", "story", "main", "post-body", "entry", "body", "mathjax"];
    let furniture = crate::text::contains_any(&names, PARTS)
        || names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| matches!(w, "nav" | "ad" | "ads" | "banner" | "tags"));
    furniture && !crate::text::contains_any(&names, CONTENT)
}

/// The byte just past `</name ...>` in `rest`, matched without regard to case.
fn find_end_tag(rest: &str, name: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut from = 0;
    while let Some(k) = crate::text::find(&rest[from..], "</") {
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
        while i < bytes.len() && bytes[i] < 0x80 && bytes[i] != b'&' && !crate::text::is_ascii_space(bytes[i]) {
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
        assert_eq!(hints(html).links, ["home", "world news"]);
    }

    #[test]
    fn furniture_containers_give_hint_lines() {
        let html = "<nav><p>Sections and more</p></nav>\
            <div class=\"article-body\"><p>The council will build a bridge next year.</p></div>\
            <div id=\"comments\"><p>Great piece, thanks for writing it.</p></div>\
            <div class=\"story-related\"><p>A related story kept as content.</p></div>\
            <section role=\"complementary\"><p>Side box text</p></section><p>After it.</p>";
        assert_eq!(hints(html).links, ["sections and more", "great piece, thanks for writing it.", "side box text"]);
    }

    #[test]
    fn formulas_read_as_words_and_are_no_menu() {
        // MathJax's markup: a container whose class names a context menu, the formula's
        // MathML inside it; one displayed formula on its own line.
        let html = "<p>When</p><mjx-container class=\"MathJax CtxtMenu_Attached_0\" jax=\"CHTML\"><mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container> there are two solutions to \
            <math display=\"block\"><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn></math><p>and more.</p>";
        let (text, read_hints) = read(html);
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["When", "a ≠ 0 there are two solutions to", "a x 2 + c = 0", "and more."]);
        assert!(read_hints.links.is_empty(), "{:?}", read_hints.links);
        // A displayed formula alone on its line is no menu's line either.
        let html = "<p>The Lorenz equations</p><mjx-container class=\"MathJax CtxtMenu_Attached_0\" display=\"true\"><math display=\"block\"><mi>y</mi><mo>=</mo><mi>x</mi></math></mjx-container><p>And more.</p>";
        assert!(hints(html).links.is_empty(), "{:?}", hints(html).links);
    }

    #[test]
    fn hint_lines_lose_their_bullets() {
        // A comment's hand-typed list ("* It may ...") matches the pasted list item, whose
        // marker the text parser strips.
        let html = "<li class=\"comment\"><p>In favour:<br>* It may cost less later.<br>- Or more.</p></li><p>Body.</p>";
        assert_eq!(hints(html).links, ["in favour:", "it may cost less later.", "or more."]);
    }

    #[test]
    fn stray_end_tags_do_not_close_furniture_early_or_late() {
        // An end tag with no open element of its name is ignored; the footer still ends.
        let html = "<footer><p>Foot line</p></b></i></footer><p>Body line after the footer.</p>";
        assert_eq!(hints(html).links, ["foot line"]);
        let deep = "<footer>".to_string() + &"</span>".repeat(100_000) + "x</footer><p>after</p>";
        assert_eq!(hints(&deep).links, ["x"]);
    }

    #[test]
    fn the_container_is_where_the_paragraphs_are() {
        let para = |s: &str| format!("<p>{s} is a sentence long enough to count as a paragraph.</p>");
        let html = format!(
            "<div class=top><p>Menu and more</p></div>\
             <div id=story><section>{}{}</section><section>{}<blockquote>A quotation.</blockquote></section><section><p>Share this</p></section></div>\
             <div class=teasers>{}</div>",
            para("One"), para("Two"), para("Three"), para("A teaser")
        );
        let main = hints(&html).main;
        // The best section and its sibling of comparable weight; not the share line's
        // section (no paragraph of length), the menu or the teasers.
        assert!(main.iter().any(|l| l.starts_with("one is")) && main.iter().any(|l| l.starts_with("three is")), "{main:?}");
        assert!(main.contains(&"a quotation.".to_string()));
        assert!(!main.iter().any(|l| l.contains("menu") || l.contains("teaser") || l.contains("share")), "{main:?}");
        // Paragraphs left open end where the next one starts.
        let open = format!("<div><p>{}<p>{}</div><div><p>x</div>", "Words enough to count here, and more.", "And a second paragraph just as long.");
        assert_eq!(hints(&open).main, ["words enough to count here, and more.", "and a second paragraph just as long."]);
        assert!(hints("<p>short</p>").main.is_empty());
    }

    #[test]
    fn image_descriptions_are_hints() {
        let html = "<img src=a.jpg ALT='A bin of whale bones.'><p>Text.</p><img alt=\"The bridge &amp; the  river\"><img alt=\"\">";
        assert_eq!(hints(html).images, ["a bin of whale bones.", "the bridge & the river"]);
        assert_eq!(attribute(r#"img src="x y" data-alt=no ALT="yes" "#, "alt"), Some("yes"));
        assert_eq!(attribute("img\u{a0}alt=x", "alt"), None);
        assert_eq!(attribute("img alt=plain>", "alt"), Some("plain>"));
        assert_eq!(attribute("img alt='unclosed", "alt"), Some("unclosed"));
        assert_eq!(attribute("img src=x", "alt"), None);
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
