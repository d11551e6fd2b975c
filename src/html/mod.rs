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

mod hints;
mod scan;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use hints::{hint_key, hint_lines};
use scan::{scan, Scan};

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

/// Whether the text read from a paste's HTML lost what the browser's plain text of the same
/// paste holds: the plain text has fifty words or more and over twice the HTML text's. (A page
/// whose script writes its post from a `<noscript>` copy pastes the post as plain text only.)
pub fn lost_text(html_text: &str, plain: &str) -> bool {
    let plain_words = crate::text::word_count(plain);
    plain_words >= 50 && plain_words > 2 * crate::text::word_count(html_text)
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
        (
            images.iter().map(|a| hint_key(a)).filter(|a| !a.is_empty()).collect(),
            text.lines().filter_map(|l| l.strip_prefix("# ")).map(hint_key).filter(|l| !l.is_empty()).collect(),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let links = hint_lines(&text, &links);
    (text, Hints { links, main: main_lines, images, h1 })
}
