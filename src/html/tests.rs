//! The HTML reader's unit tests.

use super::scan::attribute;
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
        para("One"),
        para("Two"),
        para("Three"),
        para("A teaser")
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

#[test]
fn a_paste_whose_html_lost_the_post_is_read_from_its_plain_text() {
    let post = "The council will open the new bridge in May, and the ferry will stop running a week later. ".repeat(4);
    // The post in a `<noscript>` copy: the HTML's text holds only the blog's furniture.
    let html = format!("<h2>Security Blog</h2><p>Labels</p><p>Archive</p><noscript><p>{post}</p></noscript>");
    let (text, _) = read(&html);
    let plain = format!("Security Blog\nLabels\nArchive\n{post}");
    assert!(lost_text(&text, &plain), "{text:?}");
    // The same post in the HTML proper: the HTML's reading stands.
    let (text, _) = read(&format!("<h2>Security Blog</h2><p>{post}</p>"));
    assert!(!lost_text(&text, &plain));
    // A short paste is never second-guessed.
    assert!(!lost_text("", "Bridge to open in May"));
}
