//! Page furniture, widgets and navigation runs, whatever their place: share bars, sign-up
//! forms, gallery labels, captions with their credits, breadcrumbs, contact lines.

use super::blocks::{Raw, RawKind};
use super::model::Reason;
use super::shape::{heading_like, is_share_bar};
use crate::lexicon::{BOILERPLATE_HEADINGS, BOILERPLATE_LINES, CAPTION_CREDITS};
use crate::text::{contains_any, ends_sentence, lower_span as lower, words_up_to};

/// Whether a lower-cased line invites the reader to follow someone on a social network.
pub(crate) fn invites_to_follow(l: &str) -> bool {
    let t = l.trim_start();
    (t.starts_with("follow ") || t.starts_with("find us on") || t.starts_with("like us on") || t.starts_with("connect with"))
        && contains_any(t, &["facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok", "pinterest", "mastodon", "bluesky"])
}

/// Marks widgets, furniture lines and navigation runs.
pub(crate) fn mark_boilerplate(source: &str, raws: &[Raw], flags: &mut [Option<Reason>]) {
    let short = |r: &Raw| words_up_to(r.span.slice(source), 15) <= 14;
    // A line that is nothing but a link or a label: short, no sentence punctuation.
    let link_like = |r: &Raw| {
        let t = r.span.slice(source);
        r.lines <= 2 && words_up_to(t, 26) <= 25 && !ends_sentence(t)
    };
    let mut i = 0;
    while i < raws.len() {
        let r = &raws[i];
        let l = lower(source, r.span);
        // A photo gallery's labels, alone on their line ("Caption", "Close", "Image 1 of 5"),
        // and a blog's "like" button ("Like this:" over "Like Loading...", WordPress's).
        let label = l.trim();
        let next_is = |t: &str| raws.get(i + 1).is_some_and(|n| lower(source, n.span).trim() == t);
        // A sign-up form's field and button ("Email Address" / "Subscribe" / "Loading...").
        // (Not "Powered by …": Readability's truths keep a widget's "Powered by SmartAsset.com";
        // nor an ad's label or a video player's countdown between paragraphs, "ADVERTISING",
        // "Your video will play in 00:25": the link-or-ad rule of `mark_outside` needs them
        // unflagged, or a short article cut by them is lost.)
        let label = label.trim_end_matches([':', ' ']);
        if r.lines == 1
            && (matches!(label, "caption" | "close" | "back to gallery" | "like loading..." | "subscribe" | "loading..." | "loading…" | "email address" | "e-mail address")
                || (label == "like this" && next_is("like loading..."))
                || (label.starts_with("image ") && crate::text::contains(label, " of ") && label.len() < 20 && label.bytes().any(|b| b.is_ascii_digit())))
        {
            flags[i] = Some(Reason::Furniture);
            i += 1;
            continue;
        }
        let bare_heading = matches!(l.trim(), "more" | "more:" | "related" | "related:" | "see also" | "see also:" | "also read" | "also read:" | "recommended" | "recommended:");
        // (A question is a subheading: "Which native ad units are the most popular?")
        if short(r) && r.lines == 1 && (contains_any(&l, BOILERPLATE_HEADINGS) || bare_heading) && !label.ends_with('?') && !matches!(r.kind, RawKind::List { .. }) {
            // A widget: its heading and the link-like lines (or lists) that follow it.
            flags[i] = Some(Reason::Widget);
            let mut j = i + 1;
            while j < raws.len() && (link_like(&raws[j]) || matches!(raws[j].kind, RawKind::List { .. })) {
                flags[j] = Some(Reason::Widget);
                j += 1;
            }
            i = j;
            continue;
        }
        if (short(r) && contains_any(&l, BOILERPLATE_LINES)) || (r.lines == 1 && is_share_bar(&l)) {
            flags[i] = Some(Reason::Furniture);
        }
        // Markup shown as text (a tracking pixel in a <noscript>, pasted as its source).
        let raw = r.span.slice(source).trim();
        if r.lines == 1 && raw.starts_with('<') && raw.ends_with('>') && raw[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            flags[i] = Some(Reason::Furniture);
        }
        // And a formula's TeX source, which a page keeps for screen readers and copying
        // ("{\displaystyle A=A^{\mathsf {H}}}", Wikipedia's): the page shows the formula, the
        // paste only its markup. (DEV text F1 0.9305 → 0.9310: Readability's truth leaves it out.)
        if r.lines == 1 && raw.starts_with("{\\") && raw.trim_end_matches(['.', ',', ';', ':']).ends_with('}') {
            flags[i] = Some(Reason::Furniture);
        }
        // A caption under its label, at any length ("Image caption Eva-Marie Persson said …",
        // as the BBC's markup reads when the label and the caption share a line), a caption
        // with its credit glued on ("… He didn’t get it.Credit...Doug Mills"), and a caption
        // twice over (an image's description and its caption, one after the other).
        let text = r.span.slice(source).trim();
        let b = text.as_bytes();
        let half = b.len() / 2;
        let doubled = (40..=600).contains(&b.len()) && r.lines == 1 && b[..half] == b[b.len() - half..] && (b.len() % 2 == 0 || b[half] == b' ');
        // And a caption with its credit, long as it is ("… colour option. Image credit: OnePlus";
        // a caption runs to a few hundred bytes, which bounds the look).
        let credited = text.len() < 600 && contains_any(&l, CAPTION_CREDITS);
        if ["image caption", "media caption", "image copyright"].iter().any(|p| l.trim_start().starts_with(p)) || doubled || credited {
            flags[i] = Some(Reason::Furniture);
        }
        // (And the same caption without its credit right above: "… He didn’t get it." over
        // "… He didn’t get it.Credit...Doug Mills".)
        if credited && r.lines == 1 && i > 0 && raws[i - 1].lines == 1 {
            let prev = raws[i - 1].span.slice(source).trim();
            if prev.len() >= 20 && text.len() > prev.len() && text.starts_with(prev) {
                flags[i - 1] = Some(Reason::Furniture);
            }
        }
        // A breadcrumb trail that ends with the headline under it ("Home News Business News
        // Ascom and Dräger introduce …" over "Ascom and Dräger introduce …"): navigation.
        if let Some(n) = raws.get(i + 1).filter(|n| r.lines == 1 && n.lines == 1) {
            let next = n.span.slice(source).trim();
            let trail = text.strip_suffix(next).map(str::trim_end).filter(|t| t.len() < text.len() - next.len());
            if trail.is_some_and(|t| (1..=8).contains(&words_up_to(t, 9))) && words_up_to(next, 3) >= 3 {
                flags[i] = Some(Reason::Navigation);
            }
        }
        // An invitation to follow on social networks ("Follow The New York Times Opinion
        // section on Facebook, Twitter and Instagram", "Follow me on Twitter or LinkedIn").
        if invites_to_follow(&l) && words_up_to(&l, 31) <= 30 {
            flags[i] = Some(Reason::Furniture);
        }
        // Contact lines: "Phone +41 41 544 78 00", "E-mail info@example.com".
        let t = l.trim_start();
        if ["phone", "tel", "fax", "e-mail", "email", "mobile"].iter().any(|p| t.starts_with(p))
            && t.contains(|c: char| c.is_ascii_digit() || c == '@')
            && short(r)
        {
            flags[i] = Some(Reason::Furniture);
        }
        i += 1;
    }
    // A photo's alt text: a short label right above its caption and credit ("Hong Kong
    // protester" / "Protesters do not want … (Image: getty )"), else read as a heading.
    for i in 0..raws.len().saturating_sub(1) {
        if flags[i].is_none()
            && flags[i + 1] == Some(Reason::Furniture)
            && heading_like(source, &raws[i], 6)
            && contains_any(&lower(source, raws[i + 1].span), &["(image:", "(picture:", "(pictures:", "(credit:", "(photo:"])
        {
            flags[i] = Some(Reason::Furniture);
        }
    }
    // Navigation: a run of three or more link-like lines at the very start or end, and the
    // labels and calls among them ("Official links:", "Community links:", "Try our other
    // games!"; not a story's last words, "Ah Bartleby! Ah humanity!").
    let label = |r: &Raw| {
        let t = r.span.slice(source).trim_end();
        r.lines == 1 && (t.ends_with(':') && words_up_to(t, 4) <= 3 || t.ends_with('!') && words_up_to(t, 5) <= 4 && !t[..t.len() - 1].contains(['!', '.', '?']))
    };
    let run = |iter: &mut dyn Iterator<Item = usize>, flags: &mut [Option<Reason>]| {
        let idx: Vec<usize> = iter
            .take_while(|&k| flags[k].is_some() || (raws[k].kind == RawKind::Text && (link_like(&raws[k]) || label(&raws[k]))))
            .collect();
        let fresh = idx.iter().filter(|&&k| flags[k].is_none()).count();
        if fresh >= 3 {
            for k in idx {
                flags[k].get_or_insert(Reason::Navigation);
            }
        }
    };
    // At the end only: at the start the title and headings look the same.
    run(&mut (0..raws.len()).rev(), flags);
}
