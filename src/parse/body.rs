//! The body pass: the article's densest run of prose (a maximum-sum run of line scores),
//! joined across set-aside gaps, with its tables, lists and headline; everything outside it
//! set aside.

use super::blocks::heading_like;
use super::blocks::{Raw, RawKind};
use super::lines::is_code;
use super::model::Reason;
use super::shape::{is_byline, is_share_bar, marks_of};
use crate::lexicon::{names_month, BOILERPLATE_DENSITY, BOILERPLATE_FORMS, BOILERPLATE_LINES};
use crate::text::{contains_any, ends_sentence, has_clock, is_cjk, lower_span as lower, words_up_to};

/// Words for density: white-space words, or for Chinese, Japanese and Korean text (written
/// without spaces) one word per two characters.
pub(crate) fn density_words(text: &str) -> usize {
    if text.is_ascii() {
        return words_up_to(text, 61);
    }
    let cjk = text.chars().filter(|&c| is_cjk(c)).count();
    words_up_to(text, 61).max(cjk / 2)
}

/// How much a line looks like article text: long lines of sentences score high, short lines
/// and labels low, page furniture lowest. Tuned on the extraction DEV pages (DESIGN.md).
pub(crate) fn line_score(text: &str) -> f32 {
    let words = density_words(text);
    let mut lower = crate::text::lower(text);
    // (Padded, so that "subscribe " matches at the line's end too, but not "subscribers".)
    lower.push(' ');
    if words < 15 && (contains_any(&lower, BOILERPLATE_LINES) || contains_any(&lower, BOILERPLATE_DENSITY)) {
        return -5.0;
    }
    // Comment forms, consent notices, sign-ups: furniture at any length (they are full
    // sentences, so density alone would keep them).
    if contains_any(&lower, BOILERPLATE_FORMS) {
        return -5.0;
    }
    let stop = ends_sentence(text);
    // A long line cut off with an ellipsis is a teaser's excerpt ("… the survey is biased
    // against devs…"), not article text: it neither adds to the body nor ends it.
    let t = text.trim_end();
    if words >= 12 && (t.ends_with('…') || t.ends_with("...")) {
        return 0.0;
    }
    // A line of program code ("  console.log(x); // false", "});"): the article's, amid
    // its prose; it neither adds to the body nor ends it.
    if is_code(text) {
        return 0.0;
    }
    if words >= 8 && stop {
        words.min(60) as f32 / 10.0
    } else if words >= 15 {
        words.min(60) as f32 / 20.0
    } else if stop && words >= 4 {
        0.2
    } else {
        -1.0
    }
}

/// Walking `order` from a gap's edge, the farthest block where the running sum of `scores` is
/// at its highest, if that sum is a dense run's (10 or more, some hundred words of prose); the
/// walk stops where the sum falls below −3.
pub(crate) fn densest_reach(scores: &[f32], order: impl Iterator<Item = usize>) -> Option<usize> {
    let (mut sum, mut best_sum, mut at) = (0.0f32, 0.0f32, None);
    for j in order {
        sum += scores[j];
        if sum > best_sum {
            (best_sum, at) = (sum, Some(j));
        }
        if sum < -3.0 {
            break;
        }
    }
    at.filter(|_| best_sum >= 10.0)
}

/// Lines taken for navigation that turn out to belong to the body are kept again.
pub(crate) fn keep_navigation(flags: &mut [Option<Reason>]) {
    for f in flags.iter_mut().filter(|f| **f == Some(Reason::Navigation)) {
        *f = None;
    }
}

/// A comment's header line: its author and a date or time, often "… said:" ("Milan on
/// September 12, 2018 at 4:47 pm said:", "Rarst · March 10, 2017 at 1:26 AM"). A byline
/// ("Posted by …", "By …") is not one, nor a quotation's "Makali wrote:" without a date.
pub(crate) fn is_comment_header(text: &str) -> bool {
    let t = text.trim();
    // Cheap tests first: every header ends with a colon or holds a time of day.
    let clock = has_clock(t.as_bytes());
    if !(t.ends_with(':') || clock) || words_up_to(t, 20) >= 20 {
        return false;
    }
    let lower = crate::text::lower(t);
    if lower.starts_with("posted by") || lower.starts_with("by ") || lower.starts_with("published") || lower.starts_with("updated") {
        return false;
    }
    let dated = clock || names_month(&lower, false) || crate::text::contains(&lower, " ago");
    let said = lower.trim_end().ends_with("said:") || lower.trim_end().ends_with("says:") || lower.trim_end().ends_with("wrote:");
    dated && (said || (clock && (crate::text::contains(&lower, " at ") || lower.contains('·'))))
}

/// Marks everything outside the article's main body: the densest run of blocks (the
/// maximum-sum run of [`line_score`]s), widened upwards over the title and headings just
/// above it. Only when the text has a clear body (a dense run of a hundred words or more).
///
/// The passes, in order: score the blocks; neutralise a table of contents, tab tables and
/// single link lines amid prose; make runs of low lines costlier; take the maximum-sum run (or
/// a table that is the whole article), and a far dense run above it (an article over a longer
/// thread); join dense runs across set-aside gaps; take the table
/// rows, the promised list after it; cut a comment thread; widen over the headline.
pub(crate) fn mark_outside(source: &str, raws: &[Raw], flags: &mut [Option<Reason>]) -> Option<(usize, usize)> {
    let mut scores = block_scores(source, raws, flags);
    let contents = table_of_contents(source, raws, flags, &mut scores);
    neutralise_tab_tables(source, raws, flags, &mut scores);
    neutralise_link_lines(raws, flags, &mut scores);
    escalate_low_runs(&mut scores);
    let (best, mut lo, mut hi) = max_sum_run(&scores);
    let run_end = shape_run_ends(source, raws, flags);
    if best < 10.0 {
        (lo, hi) = table_article(source, raws, flags, &run_end)?;
    } else {
        lo = join_run_above(&scores, lo, hi);
    }
    (lo, hi) = join_across_gaps(source, raws, flags, &scores, (lo, hi));
    hi = take_table_rows(flags, &run_end, hi);
    hi = take_promised_list(source, raws, flags, hi);
    hi = cut_comment_thread(source, raws, lo, hi);
    let body = (lo, hi);
    for &(a, b) in &contents {
        flags[a..b].iter_mut().filter(|f| f.is_none()).for_each(|f| *f = Some(Reason::Navigation));
    }
    let lo = widen_over_headline(source, raws, flags, lo);
    for (i, f) in flags.iter_mut().enumerate() {
        if (i < lo || i >= hi) && f.is_none() {
            *f = Some(Reason::Outside);
        }
    }
    Some(body)
}

/// Each block's [`line_score`] (a list's items scored one by one); a block already set aside
/// scores low, navigation lowest.
fn block_scores(source: &str, raws: &[Raw], flags: &[Option<Reason>]) -> Vec<f32> {
    raws.iter()
        .zip(flags.iter())
        .map(|(r, f)| {
            match f {
                Some(Reason::Navigation) => return -3.0,
                Some(_) => return -1.0,
                None => {}
            }
            match r.kind {
                RawKind::List { .. } => r.parts.iter().map(|p| line_score(p.slice(source)).max(-0.5)).sum(),
                _ => line_score(r.span.slice(source)),
            }
        })
        .collect()
}

/// A table of contents: numbered lines ("1.1 Equality with the adjoint") that headings
/// followed by prose repeat ("Equality with the adjoint\[edit\]") belong to the article's
/// apparatus: they neither add to the body nor cut it in two (their scores become 0), and
/// once the body is found they are set aside as navigation (as a reader view leaves them out).
/// Gives the runs of such lines.
fn table_of_contents(source: &str, raws: &[Raw], flags: &[Option<Reason>], scores: &mut [f32]) -> Vec<(usize, usize)> {
    let mut contents: Vec<(usize, usize)> = Vec::new();
    let number = |t: &str| -> Option<usize> {
        let t = t.trim_start();
        let n = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').len();
        (n > 0 && t.as_bytes().get(n) == Some(&b' ')).then_some(n)
    };
    let norm = |t: &str| crate::text::lower(crate::text::trim_end_all(t.trim(), "[edit]").trim_end_matches('¶').trim_end());
    let short = |i: usize| raws[i].kind == RawKind::Text && raws[i].lines == 1 && words_up_to(raws[i].span.slice(source), 13) <= 12;
    let line = |i: usize| short(i) && flags[i].is_none();
    // (The page's HTML may show the contents to be links: they stay set aside, and no
    // longer cut the article either.)
    let entry = |i: usize| short(i) && matches!(flags[i], None | Some(Reason::Navigation));
    // (Numbered lines first: most texts have fewer than three, and need no set of headings.)
    let numbered: Vec<(usize, usize)> = (0..raws.len()).filter(|&i| entry(i)).filter_map(|i| Some((i, number(raws[i].span.slice(source))?))).collect();
    let toc: Vec<usize> = if numbered.len() < 3 {
        Vec::new()
    } else {
        let headings: std::collections::HashSet<String> = (0..raws.len())
            .filter(|&j| line(j) && number(raws[j].span.slice(source)).is_none() && (j + 1..(j + 3).min(raws.len())).any(|k| scores[k] >= 1.0))
            .map(|j| norm(raws[j].span.slice(source)))
            .collect();
        numbered.into_iter().filter(|&(i, n)| headings.contains(&norm(&raws[i].span.slice(source).trim_start()[n..]))).map(|(i, _)| i).collect()
    };
    if toc.len() < 3 {
        return contents;
    }
    // The numbered lines next to them belong to the same contents (some headings are
    // followed by a formula or a list, not prose), and so does its one-word heading.
    let in_toc = |i: usize| entry(i) && number(raws[i].span.slice(source)).is_some();
    let mut done = 0;
    for &i in &toc {
        if i < done {
            continue;
        }
        let mut a = i;
        while a > done && in_toc(a - 1) {
            a -= 1;
        }
        let mut b = i + 1;
        while b < raws.len() && in_toc(b) {
            b += 1;
        }
        if a > done && entry(a - 1) && words_up_to(raws[a - 1].span.slice(source), 2) == 1 {
            a -= 1;
        }
        done = b;
        scores[a..b].iter_mut().for_each(|x| *x = 0.0);
        contents.push((a, b));
    }
    contents
}

/// A table pasted as text: three or more lines in a row with the same number of tabs
/// between their cells ("Herbert Dürr\t63\t16.6%"). It neither adds to the body nor cuts
/// it in two (LWN's weekly edition, its statistics between paragraphs).
fn neutralise_tab_tables(source: &str, raws: &[Raw], flags: &[Option<Reason>], scores: &mut [f32]) {
    let tabs = |i: usize| {
        if raws[i].kind == RawKind::Text && raws[i].lines == 1 && flags[i].is_none() {
            raws[i].span.slice(source).trim().matches('\t').count()
        } else {
            0
        }
    };
    let mut i = 0;
    while i < raws.len() {
        let n = tabs(i);
        let mut j = i + 1;
        while n > 0 && j < raws.len() && tabs(j) == n {
            j += 1;
        }
        if n > 0 && j - i >= 3 {
            scores[i..j].iter_mut().for_each(|x| *x = x.max(0.0));
        }
        i = j;
    }
}

/// One or two link or ad lines between two paragraphs of prose are the article's own (an
/// embedded calculator's "Powered by SmartAsset.com", a "Related" link, "ADVERTISING"): they
/// neither add to the body nor cut it. A menu is a longer run.
fn neutralise_link_lines(raws: &[Raw], flags: &[Option<Reason>], scores: &mut [f32]) {
    // 1 prose, 2 a link or ad line, 0 other.
    let kind: Vec<u8> = (0..raws.len())
        .map(|k| match flags[k] {
            None if scores[k] >= 1.0 => 1,
            None if raws[k].lines <= 2 && scores[k] <= -5.0 => 2,
            Some(Reason::Navigation) => 2,
            _ => 0,
        })
        .collect();
    for (i, w) in kind.windows(3).enumerate() {
        if w == [1, 2, 1] {
            scores[i + 1] = 0.0;
        }
    }
    for (i, w) in kind.windows(4).enumerate() {
        if w == [1, 2, 2, 1] {
            scores[i + 1..i + 3].fill(0.0);
        }
    }
}

/// Runs of low lines cost more the longer they go (each next one 25% more): a block of tags
/// or teaser headlines between the article and a "more stories" list then ends the body,
/// where single short lines inside an article (a subheading, a caption) do not.
fn escalate_low_runs(scores: &mut [f32]) {
    let mut run = 0.0f32;
    for x in scores.iter_mut() {
        if *x < 0.0 {
            *x *= 1.0 + 0.25 * run;
            run += 1.0;
        } else {
            run = 0.0;
        }
    }
}

/// The maximum-sum run of `scores` (Kadane's): its sum and its bounds `lo..hi`.
fn max_sum_run(scores: &[f32]) -> (f32, usize, usize) {
    let (mut best, mut lo, mut hi) = (0.0f32, 0, 0);
    let (mut cur, mut start) = (0.0f32, 0);
    for (i, &x) in scores.iter().enumerate() {
        if cur <= 0.0 {
            cur = 0.0;
            start = i;
        }
        cur += x;
        if cur > best {
            (best, lo, hi) = (cur, start, i + 1);
        }
    }
    (best, lo, hi)
}

/// A dense run above the body that joins it ([`join_run_above`]): its sum (some 150 words of
/// prose), and how far above the body it ends, in blocks.
const ABOVE_SUM: f32 = 15.0;
const ABOVE_GAP: usize = 20;

/// The article above what outweighs it: a comment thread or a community's questions and
/// answers under an article can hold more prose than the article, and the maximum-sum run
/// `lo..hi` is then theirs. When the page's second dense run (a sum of [`ABOVE_SUM`] or more)
/// lies above the body, at least [`ABOVE_GAP`] blocks above it, the body starts there: the
/// article is kept with what outweighed it rather than lost, and the blocks between keep their
/// own flags. (A second run below the body is more often a part of the article that the body's
/// gaps pass joins, or a teaser list.) Returns the body's start.
fn join_run_above(scores: &[f32], lo: usize, hi: usize) -> usize {
    let (above, from, to) = max_sum_run(&scores[..lo]);
    let (below, _, _) = max_sum_run(&scores[hi..]);
    if above >= ABOVE_SUM && above >= below && lo - to >= ABOVE_GAP {
        from
    } else {
        lo
    }
}

/// For each block, where the run of lines of one shape ([`marks_of`]) that starts at it ends
/// (one pass from the end; the block's own index when it has no such shape). A table pasted
/// as lines ("England (Group A): 10th appearance", "Spain (Group F): 11th appearance"; "1a
/// etapa: 10 de março – Interlagos"). Menus and teaser lists have no such shape.
fn shape_run_ends(source: &str, raws: &[Raw], flags: &[Option<Reason>]) -> Vec<usize> {
    let shapes: Vec<Option<(char, char)>> = raws
        .iter()
        .zip(flags.iter())
        .map(|(r, f)| {
            let t = r.span.slice(source);
            // (A run at the page's end may have been taken for navigation: its shape says no.)
            if r.lines != 1 || t.len() > 300 || !matches!(f, None | Some(Reason::Outside | Reason::Navigation)) {
                return None;
            }
            marks_of(t).filter(|_| words_up_to(t, 16) <= 15)
        })
        .collect();
    let mut run_end = vec![0usize; raws.len() + 1];
    for k in (0..raws.len()).rev() {
        run_end[k] = match &shapes[k] {
            None => k,
            Some(s) if shapes.get(k + 1).is_some_and(|n| n.as_ref() == Some(s)) => run_end[k + 1],
            Some(_) => k + 1,
        };
    }
    run_end
}

/// Where the run of one shape that starts at block `k` ends ([`shape_run_ends`]).
fn run_from(run_end: &[usize], k: usize) -> usize {
    run_end.get(k).copied().unwrap_or(k).max(k)
}

/// A page with no prose to speak of whose article is a table (a calendar, a results list)
/// amid menus three times its size: the longest run of one shape (six lines or more) and its
/// heading. `None` when there is none: the text has no clear body.
fn table_article(source: &str, raws: &[Raw], flags: &mut [Option<Reason>], run_end: &[usize]) -> Option<(usize, usize)> {
    let longest = (0..raws.len()).map(|k| (k, run_from(run_end, k))).max_by_key(|&(k, e)| (e - k, std::cmp::Reverse(k)));
    match longest {
        Some((k, e)) if e - k >= 6 && raws.len() >= 3 * (e - k) => {
            let lo = if k > 0 && matches!(flags[k - 1], None | Some(Reason::Navigation)) && heading_like(source, &raws[k - 1], 12) { k - 1 } else { k };
            keep_navigation(&mut flags[lo..e]);
            Some((lo, e))
        }
        _ => None,
    }
}

/// A widget set aside in the middle of an article ("Recommended" and its links) can cut it in
/// two, and the maximum-sum run keeps the bigger half: a dense run (a hundred words of prose
/// or more) on the other side of a gap of set-aside lines joins the body, above and below.
/// (Bounded: at most 20 joins each way, each looking at most 2,000 blocks on, so a huge text
/// of alternating runs stays linear. Up to three weak lines — a lead-in, a subheading, a
/// video's title — may stand between the body and the gap.)
fn join_across_gaps(source: &str, raws: &[Raw], flags: &[Option<Reason>], scores: &[f32], (mut lo, mut hi): (usize, usize)) -> (usize, usize) {
    let set_aside = |k: usize| matches!(flags[k], Some(Reason::Widget | Reason::Navigation | Reason::Furniture));
    const WEAK: usize = 3;
    // (A line's own score: a subheading right after the gap's run of low lines is weak, not
    // the costlier line that run makes of it.)
    let weak = |k: usize| flags[k].is_none() && raws[k].lines == 1 && scores[k] < 1.0 && line_score(raws[k].span.slice(source)) > -1.5;
    // (In the reach beyond a gap, a caption or credit line set aside costs nothing: it sits
    // amid the article as often as around it.)
    let reach: Vec<f32> = scores.iter().zip(flags.iter()).map(|(&x, f)| if *f == Some(Reason::Furniture) { 0.0 } else { x }).collect();
    for _ in 0..20 {
        let mut w = lo;
        while w > 0 && lo - w < WEAK && weak(w - 1) {
            w -= 1;
        }
        let mut k = w;
        while k > 0 && set_aside(k - 1) && w - k < 25 {
            k -= 1;
        }
        if k == w || k == 0 || set_aside(k - 1) {
            break;
        }
        match densest_reach(&reach, (k.saturating_sub(2000)..k).rev()) {
            Some(from) => lo = from,
            None => break,
        }
    }
    for _ in 0..20 {
        let mut w = hi;
        while w < raws.len() && w - hi < WEAK && weak(w) {
            w += 1;
        }
        let mut k = w;
        while k < raws.len() && set_aside(k) && k - w < 25 {
            k += 1;
        }
        if k == w || k >= raws.len() {
            break;
        }
        match densest_reach(&reach, k..(k + 2000).min(scores.len())) {
            Some(last) => hi = last + 1,
            None => break,
        }
    }
    (lo, hi)
}

/// A table pasted as lines ends an article more often than a menu does: four or more short
/// lines of one shape right after the body (or after a heading line) belong to it.
fn take_table_rows(flags: &mut [Option<Reason>], run_end: &[usize], hi: usize) -> usize {
    for start in [hi, hi + 1] {
        let end = run_from(run_end, start);
        if end >= start + 4 {
            keep_navigation(&mut flags[hi..end]);
            return end;
        }
    }
    hi
}

/// A lead-in that ends the body with a colon promises a list: the numbered or bulleted items
/// after it (and the links between them) belong to the body, short as they are ("Ecco allora
/// le offerte …:" then "1) Lego Star Wars …", "http://amzn.to/…").
fn take_promised_list(source: &str, raws: &[Raw], flags: &[Option<Reason>], hi: usize) -> usize {
    if hi >= raws.len() || !raws[hi - 1].span.slice(source).trim_end().ends_with(':') {
        return hi;
    }
    let mut last_item = None;
    let mut k = hi;
    while k < raws.len() {
        let t = raws[k].span.slice(source).trim_start();
        let numbered = t.split_once([')', '.']).is_some_and(|(n, _)| !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit()));
        let link = t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.");
        // (A link line between the items may have been taken for navigation.)
        if !matches!(flags[k], None | Some(Reason::Outside)) && !link {
            break;
        }
        if matches!(raws[k].kind, RawKind::List { .. }) || numbered {
            last_item = Some(k);
        } else if !link {
            break;
        }
        k += 1;
    }
    last_item.map_or(hi, |l| l + 1)
}

/// A comment thread under the article reads like text (long lines with stops) and joins the
/// body: the body ends at the first of two or more comment headers ([`is_comment_header`]).
fn cut_comment_thread(source: &str, raws: &[Raw], lo: usize, hi: usize) -> usize {
    let headers: Vec<usize> = (lo..hi).filter(|&i| raws[i].lines == 1 && is_comment_header(raws[i].span.slice(source))).collect();
    if headers.len() >= 2 && headers[0] > lo + 1 {
        headers[0]
    } else {
        hi
    }
}

/// The title, headline and byline sit just above the body: the body's start moves up over up
/// to three heading-like lines; the first line of the text may be the title over a few
/// furniture lines ("From Wikipedia, the free encyclopedia", "Jump to navigation"), and a
/// share bar between the credits and the body is passed over as one of the lines.
fn widen_over_headline(source: &str, raws: &[Raw], flags: &[Option<Reason>], mut lo: usize) -> usize {
    let (mut up, mut k, mut skipped) = (0, lo, 0);
    while k > 0 && up < 3 {
        if flags[k - 1] == Some(Reason::Furniture) && raws[k - 1].lines == 1 && is_share_bar(&lower(source, raws[k - 1].span)) {
            up += 1;
        } else if flags[k - 1] == Some(Reason::Furniture) && skipped < 3 {
            skipped += 1;
        } else if flags[k - 1].is_none()
            && (skipped == 0 || k == 1)
            && (heading_like(source, &raws[k - 1], 30)
                || matches!(raws[k - 1].kind, RawKind::Heading { .. })
                || raws[k - 1].lines == 1 && is_byline(raws[k - 1].span.slice(source)))
        {
            lo = k - 1;
            up += 1;
        } else {
            break;
        }
        k -= 1;
    }
    lo
}
