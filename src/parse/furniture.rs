//! Page furniture, widgets and navigation runs, whatever their place: share bars, sign-up
//! forms, gallery labels, captions with their credits, breadcrumbs, contact lines.
//!
//! [`mark_boilerplate`] reads the blocks in order. A furniture label or a widget (a heading
//! and the links under it) is decided first; otherwise every rule of [`RULES`] is asked in
//! turn, and the last one that matches gives the block's reason. Then the photo alt texts and
//! the navigation run at the text's end.

use super::blocks::heading_like;
use super::blocks::{Raw, RawKind};
use super::model::Reason;
use super::shape::is_share_bar;
use crate::lexicon::{
    BARE_WIDGET_HEADINGS, BOILERPLATE_HEADINGS, BOILERPLATE_LINES, BRACKETED_CREDITS, CAPTION_CREDITS, CAPTION_LABELS, CONTACT_LABELS, FOLLOW_OPENERS,
    FURNITURE_LABELS, SOCIAL_NETWORKS,
};
use crate::text::{contains, contains_any, ends_sentence, lower_span as lower, words_up_to};

/// One block as the rules see it.
pub(crate) struct At<'p> {
    source: &'p str,
    raws: &'p [Raw],
    i: usize,
    /// The block's text in lower case.
    lower: String,
}

impl<'p> At<'p> {
    pub(crate) fn new(source: &'p str, raws: &'p [Raw], i: usize) -> Self {
        At { source, raws, i, lower: lower(source, raws[i].span) }
    }

    fn raw(&self) -> &'p Raw {
        &self.raws[self.i]
    }

    /// The block's text, trimmed.
    fn text(&self) -> &'p str {
        self.raw().span.slice(self.source).trim()
    }

    /// Fourteen words or fewer.
    fn short(&self) -> bool {
        short(self.source, self.raw())
    }

    /// The block as a label: lower case, trimmed, without a closing colon.
    fn label(&self) -> &str {
        self.lower.trim().trim_end_matches([':', ' '])
    }

    fn one_line(&self) -> bool {
        self.raw().lines == 1
    }
}

/// A rule of page furniture: its name, the reason it gives, and its test of one block.
pub(crate) struct Rule {
    /// What it guards, as the tests name it.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) name: &'static str,
    /// The reason it sets.
    pub(crate) reason: Reason,
    /// Whether the block is such furniture.
    pub(crate) test: fn(&At<'_>) -> bool,
}

/// The furniture rules, asked in order; the last that matches wins.
pub(crate) const RULES: &[Rule] = &[
    Rule { name: "boilerplate_line", reason: Reason::Furniture, test: boilerplate_line },
    Rule { name: "markup", reason: Reason::Furniture, test: markup },
    Rule { name: "tex_source", reason: Reason::Furniture, test: tex_source },
    Rule { name: "caption", reason: Reason::Furniture, test: caption },
    Rule { name: "breadcrumb", reason: Reason::Navigation, test: breadcrumb },
    Rule { name: "follow_invitation", reason: Reason::Furniture, test: follow_invitation },
    Rule { name: "contact_line", reason: Reason::Furniture, test: contact_line },
];

/// A short line of [`BOILERPLATE_LINES`] ("Share on Facebook", "Skip to content"), or a row of
/// share buttons ([`is_share_bar`]).
fn boilerplate_line(at: &At<'_>) -> bool {
    (at.short() && contains_any(&at.lower, BOILERPLATE_LINES)) || (at.one_line() && is_share_bar(&at.lower))
}

/// Markup shown as text (a tracking pixel in a `<noscript>`, pasted as its source).
fn markup(at: &At<'_>) -> bool {
    let raw = at.text();
    at.one_line() && raw.starts_with('<') && raw.ends_with('>') && raw[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
}

/// A formula's TeX source, which a page keeps for screen readers and copying
/// ("{\displaystyle A=A^{\mathsf {H}}}", Wikipedia's): the page shows the formula, the paste
/// only its markup.
fn tex_source(at: &At<'_>) -> bool {
    let raw = at.text();
    at.one_line() && raw.starts_with("{\\") && raw.trim_end_matches(['.', ',', ';', ':']).ends_with('}')
}

/// A caption under its label, at any length ("Image caption Eva-Marie Persson said …"), a
/// caption twice over (an image's description and its caption, one after the other), and a
/// caption with its credit ([`credited`]).
fn caption(at: &At<'_>) -> bool {
    let b = at.text().as_bytes();
    let half = b.len() / 2;
    let doubled = (40..=600).contains(&b.len()) && at.one_line() && b[..half] == b[b.len() - half..] && (b.len() % 2 == 0 || b[half] == b' ');
    CAPTION_LABELS.iter().any(|p| at.lower.trim_start().starts_with(p)) || doubled || credited(at)
}

/// A caption with its credit glued on, long as it is ("… He didn’t get it.Credit...Doug Mills",
/// "… colour option. Image credit: OnePlus"; a caption runs to a few hundred bytes, which
/// bounds the look).
fn credited(at: &At<'_>) -> bool {
    at.text().len() < 600 && contains_any(&at.lower, CAPTION_CREDITS)
}

/// A breadcrumb trail that ends with the headline under it ("Home News Business News Ascom and
/// Dräger introduce …" over "Ascom and Dräger introduce …").
fn breadcrumb(at: &At<'_>) -> bool {
    let Some(n) = at.raws.get(at.i + 1).filter(|n| at.one_line() && n.lines == 1) else { return false };
    let text = at.text();
    let next = n.span.slice(at.source).trim();
    let trail = text.strip_suffix(next).map(str::trim_end).filter(|t| t.len() < text.len() - next.len());
    trail.is_some_and(|t| (1..=8).contains(&words_up_to(t, 9))) && words_up_to(next, 3) >= 3
}

/// An invitation to follow on social networks ("Follow The New York Times Opinion section on
/// Facebook, Twitter and Instagram", "Follow me on Twitter or LinkedIn").
fn follow_invitation(at: &At<'_>) -> bool {
    invites_to_follow(&at.lower) && words_up_to(&at.lower, 31) <= 30
}

/// Contact lines: "Phone +41 41 544 78 00", "E-mail info@example.com".
fn contact_line(at: &At<'_>) -> bool {
    let t = at.lower.trim_start();
    CONTACT_LABELS.iter().any(|p| t.starts_with(p)) && t.contains(|c: char| c.is_ascii_digit() || c == '@') && at.short()
}

/// Whether a lower-cased line invites the reader to follow someone on a social network.
pub(crate) fn invites_to_follow(l: &str) -> bool {
    let t = l.trim_start();
    FOLLOW_OPENERS.iter().any(|o| t.starts_with(o)) && contains_any(t, SOCIAL_NETWORKS)
}

fn short(source: &str, r: &Raw) -> bool {
    words_up_to(r.span.slice(source), 15) <= 14
}

/// A line that is nothing but a link or a label: short, no sentence punctuation.
fn link_like(source: &str, r: &Raw) -> bool {
    let t = r.span.slice(source);
    r.lines <= 2 && words_up_to(t, 26) <= 25 && !ends_sentence(t)
}

/// A furniture label alone on its line ([`FURNITURE_LABELS`], "Like this:" over "Like
/// Loading...", "Image 3 of 12"). (Not "Powered by …": Readability's truths keep a widget's
/// "Powered by SmartAsset.com"; nor an ad's label or a video player's countdown between
/// paragraphs, "ADVERTISING", "Your video will play in 00:25": the link-line pass of the body
/// needs them unflagged, or a short article cut by them is lost.)
fn furniture_label(at: &At<'_>) -> bool {
    let label = at.label();
    let next_is = |t: &str| at.raws.get(at.i + 1).is_some_and(|n| lower(at.source, n.span).trim() == t);
    at.one_line()
        && (FURNITURE_LABELS.contains(&label)
            || (label == "like this" && next_is("like loading..."))
            || (label.starts_with("image ") && contains(label, " of ") && label.len() < 20 && label.bytes().any(|b| b.is_ascii_digit())))
}

/// A widget's heading ("Most read", "Related stories", "More"); not a question, which is a
/// subheading ("Which native ad units are the most popular?").
fn widget_heading(at: &At<'_>) -> bool {
    let label = at.label();
    let bare = BARE_WIDGET_HEADINGS.contains(&at.lower.trim());
    at.short()
        && at.one_line()
        && (contains_any(&at.lower, BOILERPLATE_HEADINGS) || bare)
        && !label.ends_with('?')
        && !matches!(at.raw().kind, RawKind::List { .. })
}

/// Marks widgets, furniture lines and navigation runs.
pub(crate) fn mark_boilerplate(source: &str, raws: &[Raw], flags: &mut [Option<Reason>]) {
    let mut i = 0;
    while i < raws.len() {
        let at = At::new(source, raws, i);
        if furniture_label(&at) {
            flags[i] = Some(Reason::Furniture);
            i += 1;
            continue;
        }
        if widget_heading(&at) {
            // A widget: its heading and the link-like lines (or lists) that follow it.
            flags[i] = Some(Reason::Widget);
            let mut j = i + 1;
            while j < raws.len() && (link_like(source, &raws[j]) || matches!(raws[j].kind, RawKind::List { .. })) {
                flags[j] = Some(Reason::Widget);
                j += 1;
            }
            i = j;
            continue;
        }
        for rule in RULES {
            if (rule.test)(&at) {
                flags[i] = Some(rule.reason);
            }
        }
        mark_uncredited_copy(&at, flags);
        i += 1;
    }
    mark_alt_texts(source, raws, flags);
    mark_trailing_navigation(source, raws, flags);
}

/// The same caption without its credit right above a credited one ("… He didn’t get it." over
/// "… He didn’t get it.Credit...Doug Mills") is furniture too.
fn mark_uncredited_copy(at: &At<'_>, flags: &mut [Option<Reason>]) {
    let i = at.i;
    if credited(at) && at.one_line() && i > 0 && at.raws[i - 1].lines == 1 {
        let (text, prev) = (at.text(), at.raws[i - 1].span.slice(at.source).trim());
        if prev.len() >= 20 && text.len() > prev.len() && text.starts_with(prev) {
            flags[i - 1] = Some(Reason::Furniture);
        }
    }
}

/// A photo's alt text: a short label right above its caption and credit ("Hong Kong
/// protester" / "Protesters do not want … (Image: getty )"), else read as a heading.
fn mark_alt_texts(source: &str, raws: &[Raw], flags: &mut [Option<Reason>]) {
    for i in 0..raws.len().saturating_sub(1) {
        if flags[i].is_none()
            && flags[i + 1] == Some(Reason::Furniture)
            && heading_like(source, &raws[i], 6)
            && contains_any(&lower(source, raws[i + 1].span), BRACKETED_CREDITS)
        {
            flags[i] = Some(Reason::Furniture);
        }
    }
}

/// Navigation: a run of three or more link-like lines at the very end, and the labels and
/// calls among them ("Official links:", "Community links:", "Try our other games!"; not a
/// story's last words, "Ah Bartleby! Ah humanity!"). At the end only: at the start the title
/// and headings look the same.
fn mark_trailing_navigation(source: &str, raws: &[Raw], flags: &mut [Option<Reason>]) {
    let label = |r: &Raw| {
        let t = r.span.slice(source).trim_end();
        r.lines == 1
            && (t.ends_with(':') && words_up_to(t, 4) <= 3 || t.ends_with('!') && words_up_to(t, 5) <= 4 && !t[..t.len() - 1].contains(['!', '.', '?']))
    };
    let idx: Vec<usize> = (0..raws.len())
        .rev()
        .take_while(|&k| flags[k].is_some() || (raws[k].kind == RawKind::Text && (link_like(source, &raws[k]) || label(&raws[k]))))
        .collect();
    let fresh = idx.iter().filter(|&&k| flags[k].is_none()).count();
    if fresh >= 3 {
        for k in idx {
            flags[k].get_or_insert(Reason::Navigation);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::blocks::blocks;
    use crate::parse::lines::lines;

    /// Each rule, on a line it sets aside (the line under it given where the rule looks there).
    const CASES: &[(&str, &str)] = &[
        ("boilerplate_line", "Share on Facebook\nThe council will build a bridge."),
        ("boilerplate_line", "Icon Facebook Icon Twitter Icon Email"),
        ("markup", "<img src=\"https://example.org/pixel.gif\" width=\"1\">"),
        ("tex_source", "{\\displaystyle A=A^{\\mathsf {H}}}"),
        ("caption", "Image caption Eva-Marie Persson said the harbour would reopen in May."),
        ("caption", "The harbour at dawn, a week before it reopens.Credit...Ann Lee"),
        ("caption", "The harbour at dawn before the reopening The harbour at dawn before the reopening"),
        ("breadcrumb", "Home News Business Harbour to reopen in May\nHarbour to reopen in May"),
        ("follow_invitation", "Follow The Harbour Times on Facebook, Twitter and Instagram"),
        ("contact_line", "Phone +41 41 544 78 00"),
    ];

    fn matching(text: &str) -> Vec<&'static str> {
        let raws = blocks(text, &lines(text));
        let at = At::new(text, &raws, 0);
        RULES.iter().filter(|r| (r.test)(&at)).map(|r| r.name).collect()
    }

    #[test]
    fn every_rule_sets_aside_its_case() {
        for rule in RULES {
            assert!(CASES.iter().any(|(name, _)| *name == rule.name), "{} has no case", rule.name);
        }
        for (name, text) in CASES {
            assert!(matching(text).contains(name), "{name}: {text:?} gave {:?}", matching(text));
        }
    }

    #[test]
    fn no_rule_sets_aside_prose() {
        for text in [
            "The council will build a bridge over the river next year, and the work will close the old crossing.",
            "Harbour to reopen in May",
            "Ferries will run every hour from the first week.\nNight sailings will resume in June.",
            "Phone calls to the harbour office rose sharply in May.",
        ] {
            assert_eq!(matching(text), Vec::<&str>::new(), "{text:?}");
        }
    }
}
