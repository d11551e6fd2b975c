//! What the pasted HTML says about the article's container ([`Hints::main`]): where it
//! agrees with the body the text shows, it brings back its own lines and sets aside the rest
//! above and below.

use super::blocks::Raw;
use super::body::line_score;
use super::model::Reason;
use super::shape::is_credit;
use crate::html::Hints;
use crate::text::collapse;

/// The blocks of the article's container that the page's HTML showed ([`Hints::main`]), when
/// the container and the body found in the text mostly agree (80% or more of the body's kept
/// bytes are lines of the container); `None` when they do not.
///
/// Then the container decides where the article starts and ends: its lines that fell outside
/// the body come back first ([`join_container`]: an index page of several articles, an article
/// that a long widget cut in two), and once the title is chosen, lines before its first line
/// and after its last are set aside ([`trim_to_container`]: a standfirst, a caption, the
/// teasers that joined the body). Lines amid the container's that are not its own stay as the
/// text decided: quotations, embedded posts and lists often sit in elements of their own.
/// (Setting aside every line not of the container loses the article's own asides; DESIGN.md
/// has what else was tried.)
pub(crate) fn container_blocks<'m>(raws: &[Raw], marks: &'m Marks, flags: &[Option<Reason>], (lo, hi): (usize, usize)) -> Option<&'m [bool]> {
    let inside = &marks.inside;
    let (mut agree, mut all) = (0usize, 0usize);
    for k in (lo..hi).filter(|&k| flags[k].is_none()) {
        all += raws[k].span.len();
        agree += if inside[k] { raws[k].span.len() } else { 0 };
    }
    (all > 0 && agree * 5 >= all * 4).then_some(inside)
}

/// Brings back the container's lines that were set aside as outside the body, and gives the
/// body that now reaches them.
pub(crate) fn join_container(source: &str, raws: &[Raw], flags: &mut [Option<Reason>], inside: &[bool], (mut lo, mut hi): (usize, usize)) -> (usize, usize) {
    for k in 0..flags.len() {
        // (Not the lines that read as furniture whatever their place: a sign-up form, an
        // affiliate disclosure.)
        if flags[k] == Some(Reason::Outside) && inside[k] && line_score(raws[k].span.slice(source)) > -5.0 {
            flags[k] = None;
            lo = lo.min(k);
            hi = hi.max(k + 1);
        }
    }
    (lo, hi)
}

/// Sets aside the kept lines before the container's first line and after its last, but the
/// title, the bylines and dates above it, which become metadata, and the blocks the reader
/// restored.
pub(crate) fn trim_to_container(source: &str, raws: &[Raw], flags: &mut [Option<Reason>], inside: &[bool], title: Option<usize>, keep: &[usize]) {
    let kept_inside = |k: &usize| flags[*k].is_none() && inside[*k];
    let (Some(first), Some(last)) = ((0..raws.len()).find(kept_inside), (0..raws.len()).rev().find(kept_inside)) else { return };
    for k in (0..first).chain(last + 1..raws.len()) {
        let t = raws[k].span.slice(source);
        if flags[k].is_none() && title != Some(k) && !keep.contains(&raws[k].span.start) && !(k < first && is_credit(t)) {
            flags[k] = Some(Reason::Outside);
        }
    }
}

/// What the page's HTML says of each block, read once for the passes that ask: all its lines
/// are link text ([`Hints::links`]), any of them is a line of the article's container
/// ([`Hints::main`]). Empty without hints.
pub(crate) struct Marks {
    pub(crate) link: Vec<bool>,
    pub(crate) inside: Vec<bool>,
}

impl Marks {
    /// Whether block `k` is a link line (false without hints).
    pub(crate) fn is_link(&self, k: usize) -> bool {
        self.link.get(k).copied().unwrap_or(false)
    }

    /// Whether block `k` holds a line of the container (false without hints).
    pub(crate) fn is_inside(&self, k: usize) -> bool {
        self.inside.get(k).copied().unwrap_or(false)
    }

    /// The marks of each block, its lines keyed as [`block_keys`] keys them.
    pub(crate) fn new(keys: &[Vec<String>], hints: &Hints) -> Marks {
        let links: std::collections::HashSet<&str> = hints.links.iter().map(String::as_str).collect();
        let main: std::collections::HashSet<&str> = hints.main.iter().map(String::as_str).collect();
        Marks {
            link: keys.iter().map(|k| k.iter().all(|l| links.contains(l.as_str()))).collect(),
            inside: keys.iter().map(|k| k.iter().any(|l| main.contains(l.as_str()))).collect(),
        }
    }
}

/// Each block's lines as the hints write theirs (collapsed, lower case), made once for all the
/// hints; empty without hints.
pub(crate) fn block_keys(source: &str, raws: &[Raw], hints: &Hints) -> Vec<Vec<String>> {
    if hints.is_empty() {
        return Vec::new();
    }
    raws.iter().map(|r| r.parts.iter().map(|p| collapse(p.slice(source)).to_lowercase()).collect()).collect()
}

/// What the page's HTML showed: its link lines are navigation, and its images' descriptions,
/// which a paste of the text carries as lines of their own, furniture.
pub(crate) fn apply_link_hints(raws: &[Raw], keys: &[Vec<String>], marks: &Marks, hints: &Hints, flags: &mut [Option<Reason>]) {
    if hints.is_empty() {
        return;
    }
    let images: std::collections::HashSet<&str> = hints.images.iter().map(String::as_str).collect();
    for (((raw, flag), keys), &link) in raws.iter().zip(flags.iter_mut()).zip(keys).zip(&marks.link) {
        if flag.is_some() {
            continue;
        }
        if link {
            *flag = Some(Reason::Navigation);
        } else if raw.lines == 1 && keys.iter().all(|k| images.contains(k.as_str())) {
            *flag = Some(Reason::Furniture);
        }
    }
}
