//! The parser's unit tests: each rule's case, built from prose that fails without it.

use super::blocks::blocks;
use super::body::is_comment_header;
use super::lines::lines;
use super::shape::{is_dateline, is_share_bar};
use super::title::{choose_title, not_a_title};
use super::*;
use crate::html::Hints;
use crate::text::{collapse, is_space, word_count, words_up_to};

/// A paragraph of article prose that the tests build their texts from.
const PARA: &str = "The council will build a new bridge over the river next year, and the work will close the old crossing for six months.";

/// `s` with each copy of `para` made distinct (real articles do not repeat a paragraph,
/// and the parser sets a line shown three times aside as repeated).
fn distinct(s: &str, para: &str) -> String {
    let mut parts = s.split(para);
    let mut out = parts.next().unwrap_or("").to_string();
    for (i, rest) in parts.enumerate() {
        out.push_str(&format!("{} (Note {}.)", para.trim_end_matches('.'), i + 1));
        out.push_str(rest);
    }
    out
}

#[test]
fn repeated_headline_lines_are_set_aside_but_not_repeated_sentences() {
    let text = "Harbour to reopen in May\n\nThe port authority will reopen the harbour in May after a year of repairs to the quay.\n\nWatch: the quay repairs in ninety seconds\n\nFerries will run every hour from the first week. Night sailings will resume in June.\n\nWatch: the quay repairs in ninety seconds\n\nIt will not charge fees.\n\nIt will not charge fees.\n";
    let d = Document::parse(text);
    let repeated: Vec<&str> = d.removed.iter().filter(|r| r.reason == Reason::Repeated).map(|r| d.text(r.span)).collect();
    assert_eq!(repeated, ["Watch: the quay repairs in ninety seconds"; 2]);
    assert!(d.body().matches("It will not charge fees.").count() == 2, "sentences stay: {}", d.body());
    assert!(d.title.is_some_and(|t| d.text(t) == "Harbour to reopen in May"));
    // A page shows its headline twice, in its header bar and over the byline: the copy
    // over the byline (or the date) is the title; the other goes.
    let para = PARA;
    let head = "Council to build a new bridge over the river";
    let s = distinct(
        &format!("Search\n\n{head}\n\nMenu\n\n{head}\n\nby Jane Doe\n\nUpdated 12:24 am EST, November 20, 2019\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"),
        para,
    );
    let d = Document::parse(&s);
    assert_eq!(d.title.map(|t| (d.text(t), t.start)), Some((head, s.rfind(head).unwrap())), "{:?}", d.removed);
    assert_eq!(d.removed.iter().filter(|r| d.text(r.span) == head).count(), 1, "{:?}", d.removed);
    // Without a byline: shown twice together, as a breadcrumb and as the heading, with only
    // short lines between, the last copy stays and is the title; the first goes.
    let s = distinct(&format!("Home\n\nNews\n\n{head}\n\nLocal\n\n{head}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"), para);
    let d = Document::parse(&s);
    assert_eq!(d.title.map(|t| (d.text(t), t.start)), Some((head, s.rfind(head).unwrap())), "{:?}", d.removed);
    assert_eq!(d.removed.iter().filter(|r| d.text(r.span) == head && r.reason == Reason::Repeated).count(), 1, "{:?}", d.removed);
    // With a paragraph between, two copies are a teaser said twice: both go (above).
}

#[test]
fn the_title_of_a_page_is_its_headline_not_a_credit_or_menu() {
    let body = "The port authority will reopen the harbour in May after a year of repairs to the old stone quay and its cranes. ".repeat(3);
    let text = format!(
        "Home\nNews\nSport\nWeather\n\nHarbour to reopen in May after quay repairs\n\nBy Ann Lee\n\nPhoto: Getty Images / Ann Lee\n\n{body}\n\nFerries will run every hour from the first week of the reopening, the harbour authority said on Monday. {body}\n\nNight sailings will resume in June when the new harbour lights are ready for the ferries. {body}\n"
    );
    let d = Document::parse(&text);
    assert_eq!(d.title.map(|t| d.text(t)), Some("Harbour to reopen in May after quay repairs"));
}

#[test]
fn collapse_fast_path_agrees() {
    for (input, want) in [
        ("", ""),
        ("a b", "a b"),
        ("a  b", "a b"),
        (" a", "a"),
        ("a ", "a"),
        ("a\tb", "a b"),
        ("infra-\nstructure", "infrastructure"),
        ("a\u{200b}b", "ab"),
        ("plain, text.", "plain, text."),
        ("   ", ""),
    ] {
        assert_eq!(collapse(input), want, "{input:?}");
    }
}

#[test]
fn word_counts_read_unicode_text() {
    // The byte-level count against a plain char-level one.
    let by_chars = |t: &str| t.split(is_space).filter(|w| w.chars().any(char::is_alphanumeric)).count();
    for t in
        ["", "  ", "one", "two words", " — ", "héllo wörld — ünïcode", "東京 大阪", "a\u{a0}b\u{2003}c", "x\u{200b}y", "emoji 🎉 only 🎉", "tab\tand\nnew line"]
    {
        assert_eq!(word_count(t), by_chars(t), "{t:?}");
        assert_eq!(words_up_to(t, 2), by_chars(t).min(2), "{t:?}");
    }
}

fn texts<'a>(doc: &Document<'a>) -> Vec<&'a str> {
    doc.sections.iter().filter_map(|s| s.heading.map(|h| doc.text(h))).collect()
}

#[test]
fn empty_and_blank() {
    for s in ["", " ", "\n\n\r\n", "\u{a0}\u{200b}"] {
        let d = Document::parse(s);
        assert!(d.title.is_none() && d.sections.is_empty() && d.removed.is_empty(), "{s:?}");
    }
}

#[test]
fn title_headings_paragraphs_bullets() {
    let s = "My Title\n\nFirst Heading\n\nA paragraph. Two sentences.\n\n• one\n• two\n\nSecond Heading\nMore text here.\n";
    let d = Document::parse(s);
    assert_eq!(d.title.map(|t| d.text(t)), Some("My Title"));
    assert_eq!(texts(&d), ["First Heading", "Second Heading"]);
    let Block::List(l) = &d.sections[0].blocks[1] else { panic!("list expected") };
    assert_eq!(l.items.iter().map(|i| d.text(i.span)).collect::<Vec<_>>(), ["one", "two"]);
    assert_eq!(d.sections[0].blocks[0].sentences().count(), 2);
}

#[test]
fn markdown() {
    let s = "# Title\n\nIntro text.\n\n## Part one\n\n- a\n- b\n\n1. first\n2. second\n\n> quoted words\n";
    let d = Document::parse(s);
    assert_eq!(d.title.map(|t| d.text(t)), Some("Title"));
    assert_eq!(texts(&d), ["Part one"]);
    assert_eq!(d.sections[1].level, 2);
    assert!(matches!(d.sections[1].blocks[1], Block::List(List { ordered: true, .. })));
    assert!(matches!(d.sections[1].blocks[2], Block::Quote(_)));
}

#[test]
fn hard_wrapped_lines_join() {
    let s = "This is a long line of a paragraph that was wrapped by the\nprinter at sixty or so characters and goes on here.\n";
    let d = Document::parse(s);
    assert_eq!(d.sections.len(), 1);
    assert_eq!(d.sections[0].blocks.len(), 1);
    assert_eq!(d.sections[0].blocks[0].sentences().count(), 1);
}

#[test]
fn crlf() {
    let s = "The Title\r\n\r\nHeading\r\nText one. Text two.\r\n";
    let d = Document::parse(s);
    assert_eq!(d.title.map(|t| d.text(t)), Some("The Title"));
    assert_eq!(texts(&d), ["Heading"]);
}

#[test]
fn comment_headers() {
    assert!(is_comment_header("Milan Griffes on September 12, 2018 at 4:47 pm said:"));
    assert!(is_comment_header("Rarst · March 10, 2017 at 1:26 AM"));
    assert!(!is_comment_header("Makali wrote:"));
    assert!(!is_comment_header("Posted by Nikhil Marathe on March 10, 2015 at 08:05"));
    assert!(!is_comment_header("The council met on March 10 and said it would act."));
}

#[test]
fn a_comment_thread_under_the_article_is_set_aside() {
    let para = "The council will build a new bridge over the river next year, officials said on Tuesday, and the work will take two years.";
    let comment = "I think the bridge is a good idea, but the council should have asked the people who live by the river first.";
    let s = format!(
        "Council plans a bridge\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nAlex on September 17, 2018 at 6:34 am said:\n\n{comment}\n\nGary M on September 17, 2018 at 8:50 pm said:\n\n{comment}\n"
    );
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert!(!d.body().contains("I think the bridge"), "{}", d.body());
    assert!(d.body().contains("officials said on Tuesday"));
    assert!(d.removed.iter().any(|r| d.text(r.span).contains("Gary M")));
}

#[test]
fn menu_lines_above_the_headline_are_set_aside() {
    let para = PARA;
    let s = format!("News\nSport\nAbout\nContact Us\nMenu\nCouncil to build a new river bridge\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"));
    for menu in ["About", "Contact Us", "Menu"] {
        assert!(!d.body().lines().any(|l| l == menu), "{menu}: {}", d.body());
        assert!(d.removed.iter().any(|r| d.text(r.span) == menu), "{menu} set aside");
    }
    // In a text with sections, the line between the headline and the text is a heading.
    let s = format!("Council to build a new river bridge\n\nWhy the bridge is needed\n\n{para}\n\n{para}\n\nWhat it will cost\n\n{para}\n\n{para}\n\nWhen the work starts\n\n{para}\n");
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert_eq!(d.sections.first().and_then(|x| x.heading).map(|h| d.text(h)), Some("Why the bridge is needed"), "{}", d.body());
    // But a share bar there is no heading.
    let s = format!("Council to build a new river bridge\n\nShare\nTweet\nEmail\nPrint\n\n{para}\n\n{para}\n\nWhat it will cost\n\n{para}\n\n{para}\n\nWhen the work starts\n\n{para}\n");
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert!(!d.body().contains("Email") && !d.body().contains("Print"), "{}", d.body());
}

#[test]
fn a_table_of_contents_does_not_cut_the_article_in_two() {
    let para = "A Hermitian matrix is a complex square matrix that is equal to its own conjugate transpose, and its eigenvalues are real.";
    let mut s = format!("Hermitian matrix\nFrom Wikipedia, the free encyclopedia\n{para}\n{para}\n{para}\nContents\n");
    let names = ["Alternative characterizations", "Applications", "Examples", "Properties", "Decomposition", "See also"];
    for (k, n) in names.iter().enumerate() {
        s.push_str(&format!("{} {n}\n", k + 1));
    }
    for n in names {
        s.push_str(&format!("{n}[edit]\n{para}\n{para}\n"));
    }
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert!(d.body().contains("(Note 1.)"), "the lead stays: {}", d.body());
    assert!(d.body().contains("(Note 15.)"), "and the rest: {}", d.body());
    // The contents are set aside as navigation, and so is the encyclopedia's tagline.
    assert!(!d.body().contains("1 Alternative") && !d.body().contains("6 See also"), "{}", d.body());
    assert!(d.removed.iter().any(|r| d.text(r.span).starts_with("3 Examples") && r.reason == Reason::Navigation));
    assert!(!d.body().contains("From Wikipedia"), "{}", d.body());
    // The page's first line is still its title, over the tagline set aside.
    assert_eq!(d.title.map(|t| d.text(t)), Some("Hermitian matrix"));
    // Nor when the page's HTML shows the contents to be links: they are set aside.
    let toc: Vec<String> = s.lines().skip_while(|l| *l != "Contents").take(names.len() + 1).map(str::to_lowercase).collect();
    let d = Document::parse_with(&s, &[], &Hints { links: toc, ..Hints::default() });
    assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 15.)"), "{}", d.body());
    assert!(!d.body().contains("1 Alternative") && !d.body().contains("\nContents"), "{}", d.body());
    // A formula is no title.
    let s = format!("{{\\displaystyle A=A^{{H}} \\iff a_{{ij}}}}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert!(d.title.is_none());
    // Nor is it kept: the page showed the formula, the paste has only its markup.
    assert!(d.removed.iter().any(|r| d.text(r.span).starts_with("{\\displaystyle") && r.reason == Reason::Furniture));
}

#[test]
fn the_pages_container_trims_and_joins_the_body() {
    let para = PARA;
    let lines = |s: &str| -> Vec<String> { s.lines().filter(|l| l.contains("(Note")).map(|l| collapse(l).to_lowercase()).collect() };
    // A standfirst above the article and teasers below it read like prose: the text
    // alone keeps them; the container says where the article ends, and the standfirst,
    // between the title and the article with only short lines beside it, is its lead.
    let s = format!(
        "Council to build a new river bridge\n\nA standfirst that retells the story of the bridge in a sentence of its own, as pages do.\n\nBy Ann Lee\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n\
         Elsewhere in the region, a school will open a new library with help from parents and local firms this autumn.\n\n\
         A museum in the old town will stay open late on Fridays through the summer, its director said on Monday.\n"
    );
    let s = distinct(&s, para);
    let plain = Document::parse(&s);
    assert!(plain.body().contains("standfirst") && plain.body().contains("museum"), "{}", plain.body());
    let hints = Hints { main: lines(&s), ..Hints::default() };
    let d = Document::parse_with(&s, &[], &hints);
    assert!(d.body().contains("standfirst") && !d.body().contains("school") && !d.body().contains("museum"), "{}", d.body());
    assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"));
    assert_eq!(d.meta.byline.map(|t| d.text(t)), Some("By Ann Lee"));
    assert!(d.removed.iter().any(|r| d.text(r.span).starts_with("A museum") && r.reason == Reason::Outside));
    // An article that a long list of teasers cuts in two: the text alone keeps the bigger
    // part; the container brings the other back (and leaves the teasers out).
    let (towns, news) = (
        ["Leeds", "York", "Hull", "Derby", "Bath", "Ely", "Wells", "Ripon"],
        ["votes on a budget", "opens a library", "closes a school", "wins a prize", "fixes its roads"],
    );
    let teasers: String = towns.iter().flat_map(|t| news.iter().map(move |n| format!("{t} {n}\n"))).collect();
    let s = format!("{para}\n\n{para}\n\n{para}\n\n{teasers}\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
    let s = distinct(&s, para);
    assert!(!Document::parse(&s).body().contains("(Note 1.)"));
    let d = Document::parse_with(&s, &[], &Hints { main: lines(&s), ..Hints::default() });
    assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 9.)") && !d.body().contains("Leeds"), "{}", d.body());
    // A container that disagrees with the body (under 80% of it) changes nothing.
    let few = Hints { main: lines(&s).into_iter().take(2).collect(), ..Hints::default() };
    assert_eq!(Document::parse_with(&s, &[], &few).body(), Document::parse(&s).body());
}

#[test]
fn a_byline_under_the_standfirst_is_metadata() {
    let para = PARA;
    let s = distinct(&format!("Council to build a new river bridge\n\nThe town will have a second crossing over the river by 2026, the council said on Monday, after years of delays, two failed tenders and a long public inquiry into the cost of the works.\n\nBy Laura Mowat\n\nPUBLISHED: 10:48, Tue, Nov 19, 2019\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nBy the end of the works, the old crossing will reopen to cyclists.\n"), para);
    let d = Document::parse(&s);
    assert_eq!(d.meta.byline.map(|t| d.text(t)), Some("By Laura Mowat"));
    assert_eq!(d.meta.date.map(|t| d.text(t)), Some("PUBLISHED: 10:48, Tue, Nov 19, 2019"));
    // (A sentence that opens with "By" further down is the text's own.)
    assert!(d.body().contains("By the end of the works"), "{}", d.body());
}

#[test]
fn the_pages_h1_is_the_title() {
    let para = PARA;
    // A teaser's headline just above the article, which shares its words, and the page's
    // own headline further up, which says it differently.
    let s = distinct(&format!("Home\n\nTown council backs the plan at last\n\nSome text between them here\n\nCouncil to build a river bridge\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"), para);
    assert_eq!(title_text(&Document::parse(&s)).as_deref(), Some("Council to build a river bridge"));
    let hints = Hints { h1: vec!["town council backs the plan at last".into()], ..Hints::default() };
    assert_eq!(title_text(&Document::parse_with(&s, &[], &hints)).as_deref(), Some("Town council backs the plan at last"));
    // Far above the body, over a long table of contents, and with a link of its own (a
    // heading's "¶" anchor, which made it a link line): still the title.
    let parts = [
        "Costs",
        "Design",
        "Funding",
        "Traffic",
        "Timetable",
        "Consultation",
        "Ferries",
        "Walking",
        "Cycling",
        "Parking",
        "Noise",
        "Wildlife",
        "Flooding",
        "Heritage",
        "Jobs",
        "Tolls",
        "Maintenance",
        "Lighting",
    ];
    let toc: Vec<String> = parts.iter().enumerate().map(|(k, p)| format!("{} {p} of the plan", k + 1)).collect();
    let s = distinct(
        &format!("Home\n\nNews\n\nSport\n\nCouncil to build a river bridge¶\n\nContents\n\n{}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n", toc.join("\n\n")),
        para,
    );
    let links: Vec<String> =
        toc.iter().map(|t| t.to_lowercase()).chain(["home", "news", "sport", "council to build a river bridge¶"].map(String::from)).collect();
    let hints = Hints { links, h1: vec!["council to build a river bridge¶".into()], ..Hints::default() };
    assert_eq!(title_text(&Document::parse_with(&s, &[], &hints)).as_deref(), Some("Council to build a river bridge¶"));
}

#[test]
fn a_pasted_page_keeps_its_article_and_leaves_the_rest() {
    // The app's path: the page's HTML read as text, with the hints it gives. The lead sits
    // outside the story's container, between the headline's dateline and a share bar.
    let para =
        |k: usize| format!("<p>The council will build a new bridge over the river next year, and the work will close the old crossing for {k} months.</p>");
    let story: String = (1..=10).map(para).collect();
    let html = format!(
        "<nav><a href=/>Home</a> <a href=/n>News</a></nav><h1>Council to build a new river bridge</h1>\
         <p>19.10.2019 11:36</p><p>A standfirst that retells the story of the bridge in a sentence of its own, as pages do.</p>\
         <ul><li><a href=/s>Share</a></li><li><a href=/t>Tweet</a></li></ul><div class=story>{story}</div>\
         <div class=more><p>Elsewhere in the region, a school will open a new library with help from parents this autumn.</p></div>"
    );
    let (text, hints) = crate::html::read(&html);
    let d = Document::parse_with(&text, &[], &hints);
    assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"));
    assert!(d.body().contains("for 1 months") && d.body().contains("for 10 months"), "{}", d.body());
    assert!(d.body().contains("standfirst") && !d.body().contains("Elsewhere") && !d.body().contains("Tweet"), "{}", d.body());
    // The text alone keeps both: they read as prose.
    let plain = Document::parse(&text);
    assert!(plain.body().contains("standfirst") && plain.body().contains("Elsewhere"), "{}", plain.body());
}

#[test]
fn image_descriptions_in_a_paste_are_furniture() {
    let para = PARA;
    let s = distinct(&format!("{para}\n\nThe old crossing seen from the east bank at dawn.\n\n{para}\n\n{para}\n"), para);
    assert!(Document::parse(&s).body().contains("east bank"));
    let hints = Hints { images: vec!["the old crossing seen from the east bank at dawn.".into()], ..Hints::default() };
    let d = Document::parse_with(&s, &[], &hints);
    assert!(!d.body().contains("east bank") && d.removed.iter().any(|r| r.reason == Reason::Furniture), "{}", d.body());
}

#[test]
fn a_table_pasted_as_tab_separated_lines_does_not_cut_the_article() {
    let para = PARA;
    let names = [
        "Abbey",
        "Bankside",
        "Castle",
        "Dockyard",
        "Eastgate",
        "Fairfield",
        "Granary",
        "Harbour",
        "Ironbridge",
        "Jubilee",
        "Kingsway",
        "Longmoor",
        "Millbrook",
        "Northgate",
        "Orchard",
        "Priory",
    ];
    let rows: String = names.iter().enumerate().map(|(k, n)| format!("{n}\t{}\t{}%\n", 100 + k * 7, k + 1)).collect();
    let s = distinct(&format!("{para}\n\n{para}\n\n{para}\n\nWard\tVotes\tShare\n{rows}\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"), para);
    let d = Document::parse(&s);
    assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 8.)"), "{}", d.body());
    assert!(d.body().contains("Granary 142 7%"), "the table stays: {}", d.body());
}

#[test]
fn repeated_lines_with_figures_are_running_headers_only_in_wrapped_text() {
    // A browser paste (one paragraph a line) of a shell session: its repeated output lines
    // are the text's own.
    let para = "Push the change to the test server, then update the working copy there so that the tests see it, and run them again once the server has the new version.";
    let s = distinct(&format!("{para}\n\n$ hg push\n\n2 files updated.\n\n{para}\n\n$ hg pull -u\n\n2 files updated.\n\n{para}\n\n{para}\n"), para);
    let d = Document::parse(&s);
    assert_eq!(d.body().matches("2 files updated.").count(), 2, "{}", d.body());
    // A PDF's text, hard-wrapped at one width, repeats its running header on each page.
    let line = "the council will build a new bridge over the river next year and the work";
    let page = |n: usize| format!("Annual Report 2024 Page {n}\n{}\n", [line; 8].join("\n"));
    let pdf = page(1) + &page(2) + &page(3);
    let d = Document::parse(&pdf);
    assert_eq!(d.removed.iter().filter(|r| r.reason == Reason::PageHeader).count(), 3);
}

#[test]
fn a_bare_figure_is_a_page_number_only_in_wrapped_text() {
    // A browser's paste of a formula (MathJax shows one symbol a line): its digits stay.
    let para = PARA;
    let s = distinct(&format!("{para}\n\nThe two solutions are\nx\n=\n−\nb\n±\nb\n2\n−\n4\na\nc\n\n{para}\n\n{para}\n\n{para}\n"), para);
    let d = Document::parse(&s);
    assert!(d.body().contains('2') && d.body().contains('4'), "{}", d.body());
    assert!(!d.removed.iter().any(|r| r.reason == Reason::PageHeader), "{:?}", d.removed);
    // "Page 3" and "3 of 10" are page numbers wherever they stand.
    let s = distinct(&format!("{para}\n\nPage 3\n\n{para}\n\n3 of 10\n\n{para}\n"), para);
    let d = Document::parse(&s);
    assert_eq!(d.removed.iter().filter(|r| r.reason == Reason::PageHeader).count(), 2, "{:?}", d.removed);
    // In a PDF's hard-wrapped text a figure alone on a line is the page's number.
    let line = "the council will build a new bridge over the river next year and the work";
    let page = |n: usize| format!("{}\n{n}\n", [line; 8].join("\n"));
    let pdf = page(1) + &page(2) + &page(3);
    let d = Document::parse(&pdf);
    assert_eq!(d.removed.iter().filter(|r| r.reason == Reason::PageHeader).count(), 3, "{:?}", d.removed);
}

#[test]
fn a_link_and_an_ad_amid_a_short_article_do_not_cut_it() {
    // (Each half, three paragraphs, is too short to be an article by itself.)
    let a = "The report assessed poverty levels, income and wealth inequality, economic mobility and unemployment among ten wealthy countries with welfare programs.";
    let b =
        "The overall rankings put Finland first and the United States last of the ten, for its inequality and a safety net that gives half the help needed.";
    let menu = "Markets\n\nTech\n\nMedia\n\nPersonal Finance\n\nSmall Business\n\nLuxury\n\nVideo\n\n";
    let s = distinct(&distinct(&format!("{menu}Mortgage & Savings\n\nSearch for Jobs\n\nFind Jobs\n\n{a}\n\n{a}\n\n{a}\n\nRelated: Rich are paying more in taxes\n\nADVERTISING\n\n{b}\n\n{b}\n\n{b}\n\n{menu}"), a), b);
    let links: Vec<String> = menu.lines().chain(["Related: Rich are paying more in taxes"]).map(str::to_lowercase).collect();
    let d = Document::parse_with(&s, &[], &Hints { links, ..Hints::default() });
    assert!(d.body().contains("programs (Note 1.)") && d.body().contains("needed (Note 3.)"), "{}", d.body());
    assert!(!d.body().contains("Markets") && !d.body().contains("Related:"), "{}", d.body());
    // The page's lines around it stay out: the article is found, not the whole page kept.
    assert!(!d.body().contains("Search for Jobs"), "{}", d.body());
}

#[test]
fn a_long_caption_with_its_credit_is_furniture() {
    let para = PARA;
    let cap = "The new phone is visually identical to the old one but has a darker grey colour option and a larger battery. Image credit: OnePlus";
    let ap = "The team's captain dunks during the first half of the game against the visitors on Tuesday, Nov. 19, 2019, in Los Angeles. Photo: Ringo H.W. Chiu, AP / Copyright 2019 Associated Press. All rights reserved.";
    let getty = "How can a duvet affect your lungs when it is far too big to go up your nostrils? (Photo: Getty Images)Getty";
    let more = "Not all duvets have real feathers in them. If you are having an allergic reaction, you can try one ... [+]Getty";
    let s = distinct(&format!("{para}\n\n{cap}\n\n{para}\n\n{ap}\n\n{para}\n\n{getty}\n\n{para}\n\n{more}\n\n{para}\n"), para);
    let d = Document::parse(&s);
    assert!(!d.body().contains("Image credit") && !d.body().contains("Chiu"), "{}", d.body());
    assert!(!d.body().contains("nostrils") && !d.body().contains("allergic"), "{}", d.body());
    assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 5.)"), "{}", d.body());
    // And the caption without its credit over the caption with it.
    let nyt = "Trump asked voters in Louisiana for a big win. He didn’t get it.";
    let s = distinct(&format!("{para}\n\n{para}\n\n{nyt}\n{nyt}Credit...Doug Mills/The New York Times\n\n{para}\n\n{para}\n"), para);
    let d = Document::parse(&s);
    assert!(!d.body().contains("Louisiana") && d.body().contains("(Note 4.)"), "{}", d.body());
}

#[test]
fn affiliate_disclosures_end_the_body_but_commissions_in_the_story_do_not() {
    let para = PARA;
    let s = distinct(&format!("{para}\n\nSales agents earn a commission on each ticket sold for the ferry.\n\n{para}\n\n{para}\n\n{para}\n\nSometimes we include links to online stores. If you click on one and make a purchase we may receive a small commission.\n"), para);
    let d = Document::parse(&s);
    assert!(d.body().contains("Sales agents earn a commission"), "{}", d.body());
    assert!(!d.body().contains("Sometimes we include"), "{}", d.body());
    // An appeal for letters at the article's end.
    let s = distinct(&format!("{para}\n\n{para}\n\n{para}\n\n{para}\n\nThe Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our articles. Here are some tips.\n"), para);
    assert!(!Document::parse(&s).body().contains("diversity of letters"));
    // A blog's like button; "Like this:" alone is a lead-in and stays.
    let s = distinct(&format!("{para}\n\nLike this:\n\n{para}\n\n{para}\n\nLike this:\nLike Loading...\n\n{para}\n"), para);
    let d = Document::parse(&s);
    assert_eq!(d.body().matches("Like this:").count(), 1, "{}", d.body());
    assert!(!d.body().contains("Loading"), "{}", d.body());
}

#[test]
fn captions_beyond_a_widget_do_not_keep_the_rest_of_the_article_out() {
    let para = PARA;
    let short = "Residents asked for a second crossing in a petition signed by thousands last spring.";
    let s = distinct(
        &distinct(&format!(
            "{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nDON'T MISS\n\nA headline of another story [INSIGHT]\nAnother headline of a story [VIDEO]\nA third headline of a story [PICS]\nA fourth headline of a story [INSIGHT]\nA fifth headline of a story [VIDEO]\nA sixth headline of a story [REACTION]\n\n\
             The old crossing at dawn (Image: GETTY )\n{short}\n\n{short}\n\n{short}\n\n{short}\n\nBridge plans\n\nThe bridge plans (Image: EXPRESS )\n{short}\n\n{short}\n\n{short}\n\nRelated articles\nA headline of a third story\n"
        ), para),
        short,
    );
    let d = Document::parse(&s);
    assert!(d.body().contains("(Note 1.)") && d.body().contains("thousands last spring (Note 7.)"), "{}", d.body());
    assert!(!d.body().contains("GETTY") && !d.body().contains("another story"), "{}", d.body());
}

#[test]
fn subscribers_in_a_headline_are_not_a_subscribe_button() {
    let para = PARA;
    let s = distinct(
        &format!(
            "{para}\n\n{para}\n\nFerry pricing for the summer now out, and subscribers get discounts\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nSubscribe\n"
        ),
        para,
    );
    let d = Document::parse(&s);
    assert!(d.body().contains("(Note 1.)"), "{}", d.body());
    assert!(!d.body().contains("\nSubscribe"), "{}", d.body());
}

#[test]
fn a_widget_and_a_few_weak_lines_do_not_cut_the_article() {
    let para = PARA;
    let s = format!("Council to build a new river bridge\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nRelated stories\nA headline of another story\nAnother headline of a story\nA third headline of a story\nA fourth headline of a story\nA fifth headline of a story\nA sixth headline of a story\nA seventh headline of a story\nAn eighth headline of a story\n\nHere are the highlights:\n\n“The bridge is late”\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    // (The bigger part comes second: the body found first is it, and it joins the first part
    // across the widget and the two weak lines before it.)
    assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 14.)"), "{}", d.body());
    assert!(!d.body().contains("another story"), "{}", d.body());
}

#[test]
fn a_question_naming_a_widget_is_a_subheading() {
    let para = "Publishers sell the space in their feeds to brands, and the formats they use decide how much of it readers notice.";
    let s = distinct(&format!("{para}\n\n{para}\n\nWhich native ad units are the most popular?\n\n{para}\n\n{para}\n\nMost popular\nA headline of another story\nAnother headline of a story\n"), para);
    let d = Document::parse(&s);
    assert!(d.body().contains("Which native ad units"), "{}", d.body());
    assert!(d.removed.iter().any(|r| d.text(r.span) == "Most popular" && r.reason == Reason::Widget));
    // And a widget amid the article: its heading and its links.
    let s = distinct(&format!("{para}\n\n{para}\n\nTrending News\nMan arrested after seven found in car: Police\nSafety officials urge a redesign of the part\n{para}\n\n{para}\n\n{para}\n"), para);
    let d = Document::parse(&s);
    assert!(!d.body().contains("Trending") && !d.body().contains("Man arrested") && d.body().contains("(Note 5.)"), "{}", d.body());
}

#[test]
fn a_newsletter_plug_and_a_next_up_list_end_the_body() {
    let para = PARA;
    let s = distinct(&format!("{para}\n\n{para}\n\n{para}\n\n{para}\n\nThere's plenty more where that came from. Sign up for The Morning Brief today to get the free daily newsletter delivered to your inbox daily.\n"), para);
    let d = Document::parse(&s);
    assert!(!d.body().contains("plenty more"), "{}", d.body());
    let s =
        distinct(&format!("{para}\n\n{para}\n\n{para}\n\n{para}\n\nNext Up In Culture\nThe five best debuts of February\nHow a quiz show was made\n"), para);
    let d = Document::parse(&s);
    assert!(!d.body().contains("debuts") && d.removed.iter().any(|r| d.text(r.span) == "Next Up In Culture" && r.reason == Reason::Widget), "{}", d.body());
}

#[test]
fn widgets_are_read_in_other_languages() {
    let para = "El consejo construirá un puente nuevo sobre el río el próximo año, y las obras cerrarán el cruce durante seis meses.";
    let s = format!(
        "El consejo construirá un puente\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nLas más leídas\nUn titular de otra nota\nOtro titular de otra nota\n"
    );
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert!(!d.body().contains("titular"), "{}", d.body());
    assert!(d.removed.iter().any(|r| d.text(r.span) == "Las más leídas" && r.reason == Reason::Widget));
    // And comment forms.
    let s = format!("El consejo construirá un puente\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nLos comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas de ellos pueden ser pasibles de sanciones legales.\n\nPara poder comentar tenés que ingresar con tu usuario.\n");
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert!(!d.body().contains("comentar") && !d.body().contains("comentarios"), "{}", d.body());
}

#[test]
fn a_headline_swallowed_by_a_widget_is_still_the_title_when_its_standfirst_follows() {
    let para = PARA;
    let s = format!("Newsletter\nSubscribe\nAdvertise\nCouncil to build a new river bridge\nThe new crossing will cost the city twelve million pounds over the next three years of work.\nNovember 20, 2019\nLocal\nTransport\nRoads\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"), "{}", d.body());
    // Or its credits and date: "Insider / MenuSections / Deval Patrick takes … / Meg Kinnard
    // and Errin Haines, Associated Press / Updated 12:24 am EST, …" over a gallery's labels.
    let s = format!("Sign In\nSearch\nMost Read\nInsider\nCouncil to build a new river bridge\nJane Doe and John Roe, Associated Press\nUpdated 12:24 am EST, Wednesday, November 20, 2019\n\nPhoto\nImage 1 of 5\nCaption\nClose\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"), "{}", d.body());
}

#[test]
fn a_widget_in_the_middle_does_not_cut_the_article_in_two() {
    let para = |n: usize| {
        format!("In part {n} of the story the council met for a long session and agreed that the new bridge over the river would carry a cycle lane, two bus lanes and a footpath, and that the work would start in the spring and take about two years to finish, with the money coming from a national fund.")
    };
    let teasers: String = (1..=12).map(|k| format!("Another story number {k}\nBy A. Writer\n\n")).collect();
    let s = format!("{}\n\n{}\n\n{}\n\nRecommended\n\n{teasers}{}\n\n{}\n\n{}\n\n{}\n", para(1), para(2), para(3), para(4), para(5), para(6), para(7));
    let d = Document::parse(&s);
    let body = d.body();
    assert!(body.contains("In part 1 of") && body.contains("In part 7 of"), "{body}");
    assert!(!body.contains("Another story"), "{body}");
}

#[test]
fn a_subheading_after_a_teaser_of_links_does_not_cut_the_article() {
    // A related story's teaser amid the article (its section, headline and excerpt, all
    // links in the HTML), then the article's own subheading: the run of link lines makes the
    // subheading cost more, but it is still one weak line, and the article's first part joins.
    let para = |n: usize| {
        format!("In part {n} of the story the council met for a long session and agreed that the new bridge would carry a cycle lane and a footpath, with work starting in spring.")
    };
    let teaser = [
        "Markets",
        "Another paper on markets",
        "A rival builds a bridge of its own",
        "What is the rival building, and what does it cost the city in the years to come?",
    ];
    let first: Vec<String> = (1..=4).map(para).collect();
    let second: Vec<String> = (5..=10).map(para).collect();
    let s = format!(
        "Council backs the new river bridge\n\n{}\n\n{}\n\nA new lab in the city\n\n{}\n",
        first.join("\n\n"),
        teaser.join("\n\n"),
        second.join("\n\n")
    );
    let hints = Hints { links: teaser.iter().map(|t| t.to_lowercase()).collect(), h1: vec!["council backs the new river bridge".into()], ..Hints::default() };
    let d = Document::parse_with(&s, &[], &hints);
    let body = d.body();
    assert!(body.contains("In part 1 of") && body.contains("A new lab") && body.contains("In part 10 of"), "{body}");
    assert!(!body.contains("rival"), "{body}");
    assert_eq!(d.title.map(|t| d.text(t)), Some("Council backs the new river bridge"));
}

#[test]
fn credits_stamps_and_handles_are_not_titles() {
    assert!(not_a_title("greg beacham, ap sports writer"));
    assert!(not_a_title("published: 10:48, tue, nov 19, 2019"));
    assert!(not_a_title("siga @adautoracing"));
    assert!(not_a_title("carlos nadalim 23/08/2018 2 comentários"));
    assert!(!not_a_title("hong kong chaos: china deploys troops"));
    let d = Document::parse("Greg Beacham, AP Sports Writer\n\nThe Lakers won again on Friday night.");
    assert_eq!(d.title, None);
    // A date line first is the date, not the title.
    let d = Document::parse("March 10, 2015\n\nThe Lakers won again on Friday night.");
    assert_eq!((d.title, d.meta.date.map(|t| d.text(t))), (None, Some("March 10, 2015")));
}

#[test]
fn a_table_pasted_as_lines_stays_with_the_article() {
    let para = |n: usize| {
        format!("In part {n} of the story the teams played for a long season and the best of them earned a place at the finals next summer, where they will meet in six cities across Europe.")
    };
    let table: String = [
        "England (Group A): 10th appearance",
        "Ukraine (Group B): Third appearance",
        "Spain (Group F): 11th appearance",
        "Sweden (Group F): Seventh appearance",
        "Poland (Group G): Fourth appearance",
    ]
    .join("\n");
    let s = format!("{}\n\n{}\n\n{}\n\nQualified teams\n{table}\n\nHome\nNews\nSport\nWeather\nContact us\n", para(1), para(2), para(3));
    let body = Document::parse(&s).body();
    assert!(body.contains("Poland (Group G)") && body.contains("Qualified teams"), "{body}");
    assert!(!body.contains("Weather"), "{body}");
}

#[test]
fn a_page_whose_article_is_a_table_keeps_the_table() {
    let menu = |from: usize| -> String { (from..from + 20).map(|k| format!("Section {k} news\n")).collect() };
    let table = "1a etapa: 10 de março – Interlagos\n2a etapa: 8 de abril – Curitiba / Alternativa\n3a etapa: 22 de abril – Velopark\n\
        4a etapa: 06 de maio – Londrina\n5a etapa: 20 de maio – Santa Cruz do Sul\n6a etapa: 5 de agosto – Corrida do Milhão\n\
        7a etapa: 19 de agosto – Goiânia\n8a etapa: 09 de setembro – Cascavel\n";
    let s = format!("{}\nCalendário da Stock Car 2018\n{table}\n{}", menu(1), menu(30));
    let body = Document::parse(&s).body();
    assert!(body.contains("8a etapa") && body.contains("Calendário"), "{body}");
    assert!(!body.contains("Section 3 news") && !body.contains("Section 40 news"), "{body}");
    // A row of the table is no title, even with more words in common with the body than
    // the table's heading.
    let page = format!("Calendário da Stock Car 2018\n\n{}", table.replace('\n', "\n\n"));
    let raws = blocks(&page, &lines(&page));
    let flags = vec![None; raws.len()];
    assert_eq!(choose_title(&page, &raws, &flags, (0, raws.len()), &[], None), Some(0));
}

#[test]
fn a_caption_shown_three_times_is_set_aside() {
    let para = |n: usize| {
        format!(
            "In part {n} of the game the home side pulled away in the last quarter, and the visitors never found the answer to the pace of the young guards."
        )
    };
    let caption = "Los Angeles Lakers' LeBron James dunks during the first half of the team's NBA basketball game on Friday.";
    let s = format!("{}\n\n{caption}\n{caption}\n\n{}\n\n{caption}\n\n{}\n\n{}\n", para(1), para(2), para(3), para(4));
    let d = Document::parse(&s);
    assert!(!d.body().contains("LeBron James dunks"), "{}", d.body());
    // Twice is not enough: a refrain or a repeated quotation stays.
    let s = format!("{}\n\n{caption}\n\n{}\n\n{caption}\n\n{}\n", para(1), para(2), para(3));
    assert!(Document::parse(&s).body().contains("LeBron James dunks"));
    // Four times, two pairs far apart (the article's image and the gallery's).
    let far: String = (5..25).map(|n| format!("{}\n\n", para(n))).collect();
    let s = format!("{}\n\n{caption}\n\n{caption}\n\n{far}{caption}\n\n{caption}\n\n{}\n", para(1), para(2));
    assert!(!Document::parse(&s).body().contains("LeBron James dunks"));
    // But four copies far apart stay: a text pasted four times keeps all of itself.
    let once = format!("{caption}\n\n{far}");
    assert_eq!(Document::parse(&once.repeat(4)).body().matches("LeBron James dunks").count(), 4);
}

#[test]
fn a_headline_right_under_the_menu_is_the_title() {
    let menu: String =
        ["Home", "News", "Trending now", "Story one of the day", "Story two of the day", "Afghanistan"].iter().map(|m| format!("{m}\n")).collect();
    let para = |n: usize| {
        format!("Two service members were killed in part {n} of the operation when their helicopter came down in the east of the country, the military said on Wednesday.")
    };
    let s = format!("{menu}US service members killed in Afghanistan helicopter crash\n{}\n\n{}\n\n{}\n\n{}\n", para(1), para(2), para(3), para(4));
    let d = Document::parse(&s);
    assert_eq!(d.title.map(|t| d.text(t)), Some("US service members killed in Afghanistan helicopter crash"));
}

#[test]
fn share_bars_are_furniture_and_the_credits_over_them_metadata() {
    let para = PARA;
    for bar in [
        "Share",
        "Icon Facebook Icon Twitter Icon LinkedIn Icon Google Plus Icon WhatsApp Icon Email",
        "Share on: Facebook Twitter Reddit Google+",
        "Facebook Twitter Email Print",
        "Tweet",
    ] {
        // Under the credits, and between two paragraphs.
        for s in [
            format!("Council to build a new river bridge\nMarch 12, 2024 at 9:40 am\n{bar}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"),
            format!("Council to build a new river bridge\nMarch 12, 2024 at 9:40 am\n\n{para}\n\n{para}\n\n{bar}\n\n{para}\n\n{para}\n"),
        ] {
            let s = distinct(&s, para);
            let d = Document::parse(&s);
            assert!(!d.body().contains(bar), "{bar}: {}", d.body());
            assert!(d.removed.iter().any(|r| d.text(r.span) == bar && r.reason == Reason::Furniture), "{bar}");
            assert_eq!(d.title.map(|t| d.text(t)), Some("Council to build a new river bridge"), "{bar}");
            assert_eq!(d.meta.date.map(|t| d.text(t)), Some("March 12, 2024 at 9:40 am"), "{bar}");
        }
    }
    // A network's name alone may be a heading; words about sharing are prose.
    for line in ["Facebook", "Share the load", "Twitter and the press"] {
        assert!(!is_share_bar(&line.to_lowercase()), "{line}");
    }
}

#[test]
fn a_code_block_amid_the_prose_does_not_end_the_article() {
    let para = PARA;
    let code = "addEventListener('fetch', function(evt) {\n  var sheep = new Response(\"Dolly\");\n  console.log(sheep.bodyUsed); // false\n  var clone = sheep.clone();\n  console.log(clone.bodyUsed); // false\n \n  clone.text();\n  console.log(sheep.bodyUsed); // false\n  console.log(clone.bodyUsed); // true\n \n  evt.respondWith(cache.add(sheep.clone()).then(function(e) {\n    return sheep;\n  });\n});";
    let s = format!("Home\nArticles\nDemos\nAbout\n\nThe fetch API\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{code}\nFuture improvements\n{para}\n\n{para}\n\n{para}\n\nPosted in Web Workers\nHome\nArticles\nDemos\nAbout\n");
    let s = distinct(&s, para);
    let d = Document::parse(&s);
    let body = d.body();
    assert!(body.contains("return sheep;") && body.contains("Future improvements") && body.contains("(Note 8.)"), "{body}");
    assert!(!body.contains("Demos"), "{body}");
    // And its lines stay lines.
    assert!(body.contains("\nreturn sheep;\n") && body.contains("\nconsole.log(clone.bodyUsed); // true\n"), "{body}");
}

#[test]
fn a_headline_over_its_byline_beats_a_teaser_and_a_name_over_its_byline_is_no_title() {
    let para = "The council will build a new bridge over the river next year, and the crossing will close for six months of work on the old piers.";
    let body = format!("\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
    // A teaser farther from the body than the headline, which stands over its byline. (Both
    // share words with the story, as real headlines do: the fitted chooser weighs a line's
    // words in the body, and a headline with none of them is rare.)
    let head = "Menu\nSearch\nWhy towns close old crossings\nNews\nA town that waited four decades for its bridge\nBy Ann Lee\n1 day ago";
    assert_eq!(title_of(&format!("{head}{body}"), para).as_deref(), Some("A town that waited four decades for its bridge"));
    // A standfirst under its headline, longer and nearer the body, is no title.
    let head = "Menu\nSearch\nCouncil backs bridge\nThe council will build a new river bridge next year and close the old crossing for six months of work on its piers.\nBy Ann Lee";
    assert_eq!(title_of(&format!("{head}{body}"), para).as_deref(), Some("Council backs bridge"));
    // Nor the value under a label.
    let head = "Menu\nSearch\nOpening Bell 11.18.19\nAuthor:\nThe Water Coolest Daily\nPublish date:\nNov 18, 2019";
    assert_ne!(title_of(&format!("{head}{body}"), para).as_deref(), Some("The Water Coolest Daily"));
    // An author's name over "By" and the name is not the title.
    assert_ne!(title_of(&format!("Ann Lee\nBy Ann Lee\nOpinion Columnist{body}"), para).as_deref(), Some("Ann Lee"));
}

/// The title of `text` with the copies of `para` made distinct.
fn title_of(text: &str, para: &str) -> Option<String> {
    title_text(&Document::parse(&distinct(text, para)))
}

/// A document's title, as text.
fn title_text(d: &Document) -> Option<String> {
    d.title.map(|t| d.text(t).to_string())
}

#[test]
fn a_headline_may_exclaim() {
    let para = "The fetch API gives every page a simpler way of fetching resources, and the API now works inside service workers too.";
    let body = format!("\n\n{para}\n\nWhat does it mean for pages?\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n");
    let head = "Skip to content\nHome\nArticles\nDemos\nAbout\nThis API is so Fetching!\nOlder Article\nNewer Article\non March 10, 2015 by Nikhil Marathe";
    assert_eq!(title_of(&format!("{head}{body}"), para).as_deref(), Some("This API is so Fetching!"));
    // Or ask, over its credits; a question in the text is no title.
    let head = "Skip to content\nHome\nArticles\nIs the fetch API ready for service workers?\nBy Nikhil Marathe\nMarch 10, 2015";
    assert_eq!(title_of(&format!("{head}{body}"), para).as_deref(), Some("Is the fetch API ready for service workers?"));
    assert_eq!(title_of(body.trim_start(), para), None);
}

#[test]
fn byline_and_date() {
    let s = "Big News\nBy Jane Doe\n12 March 2024\n\nThe text. More text.";
    let d = Document::parse(s);
    assert_eq!(d.meta.byline.map(|b| d.text(b)), Some("By Jane Doe"));
    assert_eq!(d.meta.date.map(|b| d.text(b)), Some("12 March 2024"));
    // A stamp of both times is a date too, long as it is; a sentence is not.
    let stamp = "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019";
    let s = format!("Big News\n{stamp}\n\nThe text. More text.");
    let d = Document::parse(&s);
    assert_eq!(d.meta.date.map(|b| d.text(b)), Some(stamp));
    assert!(!is_dateline("Published on 12 March 2024, the report found that the bridge had cost twice as much."));
    assert!(!is_dateline("Updated rules for the 2024 season came in on March 12 after a long vote by the league"));
}

#[test]
fn hints_that_would_lose_the_article_give_way_to_the_text() {
    let para = PARA;
    let menu = "Home\nNews\nSport\nWeather\nContact us\n";
    let text = distinct(&format!("{menu}\nCouncil to build a new bridge over the river\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"), para);
    let plain = Document::parse(&text);
    assert!(plain.body().contains("(Note 6.)"), "{}", plain.body());
    // The page's HTML shows every paragraph inside a link (a teaser list wrapped around the
    // story): taken alone, those hints set the whole article aside.
    let lines: Vec<String> = text.lines().filter(|l| l.contains("(Note")).map(|l| collapse(l).to_lowercase()).collect();
    let hints = Hints { links: lines, ..Hints::default() };
    let hinted = parse_page(&text, &[], &hints, None);
    assert!(!hinted.body().contains("(Note 6.)"), "the hints alone lose the article: {}", hinted.body());
    let d = Document::parse_with(&text, &[], &hints);
    assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 6.)"), "{}", d.body());
    // Hints that cost only a little of the body stand: the menu goes as navigation.
    let hints = Hints { links: menu.lines().map(str::to_lowercase).collect(), ..Hints::default() };
    let d = Document::parse_with(&text, &[], &hints);
    assert!(d.removed.iter().any(|r| d.text(r.span) == "Sport" && r.reason == Reason::Navigation), "{:?}", d.removed);
}

#[test]
fn a_line_without_a_letter_or_digit_is_no_sentence() {
    // Icons pasted as bullets ("•" alone, from an empty list item) and a section break.
    let para = PARA;
    let text = distinct(&format!("Council to build a new bridge\n\n•\n\n{para}\n\n* * *\n\n{para}\n\n•\n•\n\n{para}\n"), para);
    let d = Document::parse(&text);
    let sentences: Vec<&str> = d.sentences().map(|(_, s)| d.text(s)).collect();
    assert_eq!(sentences.len(), 3, "{sentences:?}");
    assert!(sentences.iter().all(|s| s.contains("council")), "{sentences:?}");
    let digest = crate::digest(&text, &crate::Options::default());
    assert!(digest.key_points.iter().all(|k| k.text.chars().any(char::is_alphanumeric)), "{:?}", digest.key_points);
}

#[test]
fn a_headline_written_without_spaces_is_a_title() {
    // Chinese: a headline of one "word" by white space, over its dateline, and its words
    // (two characters side by side) in the story.
    let paras = [
        "在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播，出国后关注点大不同，更关心国家未来将如何发展。",
        "在法国里昂国立应用科学院留学的卢宇表示，他还是个中学生的时候，就对两会的政治科目考题十分关心，每年都会认真准备。",
        "无独有偶，英国剑桥大学的李博灏也有着类似的经历。他表示，出国以后才真正开始关注两会讨论的经济与科技话题。",
        "还有一些学子表示，出国前对两会不太了解，出国后反而对国内的新闻和政策更加关心，希望将来能够回国发展。",
    ];
    // (Each paragraph of two of them: some forty words' worth each, a clear body.)
    let body: Vec<String> = paras.iter().zip(paras.iter().rev()).map(|(a, b)| format!("{a}{b}")).collect();
    let text = format!(
        "首页|新闻|图片|评论\n首页 >> 教育资讯 >> 正文\n海外留学生看两会：出国前后关注点大不同\n发稿时间：2017-03-10 08:42:00\n\n{}\n",
        body.join("\n\n")
    );
    assert_eq!(title_text(&Document::parse(&text)).as_deref(), Some("海外留学生看两会：出国前后关注点大不同"));
}

#[test]
fn a_dateline_opens_the_paragraph_not_its_first_sentence() {
    let first = |text: &str| {
        let doc = Document::parse(text);
        let first = doc.sentences().next().map(|(_, s)| doc.text(s).to_string());
        first.unwrap_or_default()
    };
    assert_eq!(first("(CNN) Duckie's still got moves, his friends say."), "Duckie's still got moves, his friends say.");
    assert_eq!(first("WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill."), "The Senate voted on Tuesday to pass the bill.");
    assert_eq!(first("Sanaa, Yemen (CNN) Rebels took the city on Sunday."), "Rebels took the city on Sunday.");
    assert_eq!(first("VIENNA — The house will be turned into a police station."), "The house will be turned into a police station.");
    // A name and its ticker, a bracket that is no agency, a short line: no dateline.
    assert_eq!(first("Apple (AAPL) said it would build a plant."), "Apple (AAPL) said it would build a plant.");
    assert_eq!(first("The council (which met on Monday) will build a bridge."), "The council (which met on Monday) will build a bridge.");
    assert_eq!(first("LONDON — Rain."), "LONDON — Rain.");
}

#[test]
fn the_edges_pass_sets_aside_furniture_the_container_brought_back() {
    let para = PARA;
    let text = distinct(
        &format!(
            "Council to build a new bridge over the river\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n\nFlattr this:\n\nKategorie: News, Open Data\n"
        ),
        para,
    );
    // The page's container holds the article and the two lines under it; the category's words
    // are links.
    let main: Vec<String> = text.lines().filter(|l| !l.trim().is_empty()).map(|l| collapse(l).to_lowercase()).collect();
    let hints = Hints { main, links: vec!["kategorie: news, open data".to_string()], ..Hints::default() };
    let d = Document::parse_with(&text, &[], &hints);
    let body = d.body();
    assert!(body.contains("(Note 1.)") && body.contains("(Note 5.)"), "{body}");
    assert!(!body.contains("Flattr") && !body.contains("Kategorie"), "{body}");
    assert!(d.removed.iter().any(|r| d.text(r.span) == "Flattr this:" && r.reason == Reason::Outside), "{:?}", d.removed);
}

#[test]
fn the_pages_h1_is_the_title_however_it_ends() {
    let para = PARA;
    // A headline that ends with a stop reads as a sentence in the text alone; the page's HTML
    // shows it as the page's `h1`.
    let s = distinct(&format!("Home\n\nNews\n\nSouth Dakota doubles down on its slogan. They just might be.\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"), para);
    let hints = Hints { h1: vec!["south dakota doubles down on its slogan. they just might be.".into()], ..Hints::default() };
    assert_eq!(title_text(&Document::parse_with(&s, &[], &hints)).as_deref(), Some("South Dakota doubles down on its slogan. They just might be."));
}

#[test]
fn an_article_above_a_longer_thread_is_kept() {
    // Seven paragraphs of article, a menu of 24 single words, then readers' comments that
    // hold more prose than the article: the maximum-sum run is the thread's, and the article
    // above it, far from it, joins the body.
    let paras = format!("{PARA}\n\n").repeat(7);
    let article = distinct(&format!("Bridge to open in May\n\n{paras}"), PARA);
    let menu: String = (0..24).map(|i| format!("Topic{i}\n\n")).collect();
    let thread: String = (0..12)
        .map(|i| format!("I walked over the old crossing every morning for {i} years, and I think the new bridge is a fine idea, though the six months of closure will hurt the shops on the quay and the ferry will be busy.\n\nReader{i}\n\n"))
        .collect();
    let text = format!("{article}{menu}{thread}");
    let d = Document::parse(&text);
    assert!(d.body().contains("(Note 1.)") && d.body().contains("(Note 7.)"), "{}", d.body());
    assert!(d.body().contains("for 11 years"), "{}", d.body());
    // A thread without an article above it is the body alone, the menu outside it.
    let text = format!("{menu}{thread}");
    let d = Document::parse(&text);
    assert!(!d.body().contains("Topic0") && d.body().contains("for 0 years"), "{}", d.body());
}

#[test]
fn a_byline_with_its_date_does_not_run_on_from_the_headline() {
    // A kicker, the headline, and its byline in lower case with a handle and the time of
    // posting, each on its own line: the byline is no continuation of the headline.
    let para = "The council will build a new bridge over the river next year, and the crossing will close for six months of work on the old piers.";
    let text = format!(
        "Menu\n\nLocal News\nCouncil to build a new river bridge\nby Ann Lee @annlee February 1, 2016: 12:41 PM ET\n\n{para}\n\n{para}\n\n{para}\n\n{para}\n"
    );
    let text = distinct(&text, para);
    let d = Document::parse(&text);
    assert_eq!(title_text(&d).as_deref(), Some("Council to build a new river bridge"));
    assert_eq!(d.meta.byline.map(|t| d.text(t)), Some("by Ann Lee @annlee February 1, 2016: 12:41 PM ET"));
    // A sentence that opens with "by" and a date is no byline: it ends as a sentence.
    assert!(!super::shape::is_byline("by February 1, 2016, the council had voted for the bridge."));
}
