//! The owned result of the pipeline: what the UI shows and the CLI prints.

use serde::{Deserialize, Serialize};

use crate::html::Hints;
use crate::parse::{Block, Document, Reason};
use crate::rank::{self, Candidate, Weights};
use crate::stance::{self, Commitment};
use crate::text::Span;

/// How long the brief should be.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Length {
    /// Brief chooses: about a sixth of the sentences, 3 to 7.
    #[default]
    Auto,
    /// This many key points.
    Points(usize),
    /// This share (0.0–1.0) of the sentences, at least one.
    Share(f32),
}

/// Settings of a digest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    /// How many key points.
    pub length: Length,
    /// Ranking weights; `None` picks a profile for the length asked ([`Weights::for_budget`]).
    pub weights: Option<Weights>,
    /// Start offsets of blocks the reader restored from "removed".
    pub keep: Vec<usize>,
    /// What the page's HTML shows about the text's lines ([`crate::html::hints`]).
    pub hints: Hints,
}

impl Options {
    /// Options asking for `n` key points.
    pub fn points(n: usize) -> Self {
        Options { length: Length::Points(n), ..Options::default() }
    }

    /// The app's settings as options: `points` key points (0: automatic), restored blocks and
    /// the pasted HTML's hints.
    pub fn reading(points: usize, keep: &[usize], hints: &Hints) -> Self {
        let length = if points == 0 { Length::Auto } else { Length::Points(points) };
        Options { length, keep: keep.to_vec(), hints: hints.clone(), ..Options::default() }
    }
}

/// A sentence of the kept text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Verbatim text.
    pub text: String,
    /// Where it is in the source.
    pub span: Span,
    /// Index of its section in [`Digest::sections`].
    pub section: usize,
    /// Importance (higher is more important). Not serialised: the key points carry the
    /// ranking, and leaving the float out of the worker's answer saves the page 2 KB gzip.
    #[serde(skip)]
    pub score: f32,
}

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// A bulleted list.
    List,
    /// A numbered list.
    Numbered,
    /// A block quote.
    Quote,
}

/// A block: for a list, one entry of `items` an item; otherwise one entry. Each entry lists
/// indices into [`Digest::sentences`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockView {
    /// Paragraph, list or quote.
    pub kind: BlockKind,
    /// Sentence indices, per item.
    pub items: Vec<Vec<usize>>,
}

/// A section of the brief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionView {
    /// Its heading, if any.
    pub heading: Option<String>,
    /// Where the heading is.
    pub heading_span: Option<Span>,
    /// Heading level.
    pub level: u8,
    /// Its blocks.
    pub blocks: Vec<BlockView>,
    /// Its best sentence, an index into [`Digest::sentences`].
    pub key_point: Option<usize>,
}

/// A key point: a sentence of the input, verbatim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyPoint {
    /// Index into [`Digest::sentences`].
    pub sentence: usize,
    /// Verbatim text.
    pub text: String,
    /// Where it is in the source.
    pub span: Span,
    /// Its section.
    pub section: usize,
}

/// A block set aside as boilerplate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RemovedBlock {
    /// Its text.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// Why.
    pub reason: Reason,
}

/// The brief of one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Digest {
    /// The title, if found.
    pub title: Option<String>,
    /// A byline, if found.
    pub byline: Option<String>,
    /// A date line, if found.
    pub date: Option<String>,
    /// The actor the article is about.
    pub main_actor: String,
    /// Every kept sentence in text order.
    pub sentences: Vec<Sentence>,
    /// Sections in text order.
    pub sections: Vec<SectionView>,
    /// Key points, most important first.
    pub key_points: Vec<KeyPoint>,
    /// The will / won't rows, in text order.
    pub commitments: Vec<Commitment>,
    /// Boilerplate set aside.
    pub removed: Vec<RemovedBlock>,
    /// Words in the kept text.
    pub words: usize,
    /// The kept text, one block a line.
    pub body: String,
}

/// Parses and digests `text`. Total and deterministic.
pub fn digest(text: &str, options: &Options) -> Digest {
    digest_document(&Document::parse_with(text, &options.keep, &options.hints), options)
}

/// Digests a parsed document.
pub fn digest_document(doc: &Document<'_>, options: &Options) -> Digest {
    let Ranked { sentences, sections, key_points } = rank_document(doc, options);
    let (main_actor, commitments) = stance::commitments(doc);
    let removed = doc.removed.iter().map(|r| RemovedBlock { text: doc.text(r.span).to_string(), span: r.span, reason: r.reason }).collect();
    let body = doc.body();
    // The body is collapsed: its only white space is ' ' and the '\n' between blocks.
    let words = body.as_bytes().split(|&b| b == b' ' || b == b'\n').filter(|w| !w.is_empty()).count();
    Digest {
        title: doc.title.map(|t| crate::text::collapse(doc.text(t))),
        byline: doc.meta.byline.map(|s| doc.text(s).to_string()),
        date: doc.meta.date.map(|s| doc.text(s).to_string()),
        main_actor,
        sentences,
        sections,
        key_points,
        commitments,
        removed,
        words,
        body,
    }
}

/// The key points of a parsed document, most important first: `options.length` of its
/// sentences, verbatim, each with its span.
///
/// ```
/// use brief::{key_points, Document, Options};
///
/// let doc = Document::parse("Bridge plan\n\nThe council will build a bridge. It will cost £4m. Work starts in May.");
/// let points = key_points(&doc, &Options::points(1));
/// assert_eq!(points.len(), 1);
/// assert_eq!(&doc.source[points[0].span.start..points[0].span.end], points[0].text);
/// ```
pub fn key_points(doc: &Document<'_>, options: &Options) -> Vec<KeyPoint> {
    rank_document(doc, options).key_points
}

/// The document's sentences ranked, its sections with their best sentence, and the key points.
struct Ranked {
    sentences: Vec<Sentence>,
    sections: Vec<SectionView>,
    key_points: Vec<KeyPoint>,
}

/// Every kept sentence in text order with the ranker's candidates, and the sections' views.
fn collect_sentences<'d>(doc: &Document<'d>) -> (Vec<Sentence>, Vec<Candidate<'d>>, Vec<SectionView>) {
    let mut sentences = Vec::new();
    let mut candidates = Vec::new();
    let mut sections = Vec::with_capacity(doc.sections.len());
    for (si, section) in doc.sections.iter().enumerate() {
        let mut in_section = 0;
        let mut blocks = Vec::with_capacity(section.blocks.len());
        for block in &section.blocks {
            let (kind, paragraphs): (BlockKind, Vec<&crate::parse::Paragraph>) = match block {
                Block::Paragraph(p) => (BlockKind::Paragraph, vec![p]),
                Block::Quote(p) => (BlockKind::Quote, vec![p]),
                Block::List(l) => (if l.ordered { BlockKind::Numbered } else { BlockKind::List }, l.items.iter().collect()),
            };
            let items = paragraphs
                .into_iter()
                .map(|p| {
                    p.sentences
                        .iter()
                        .map(|&span| {
                            let text = doc.text(span);
                            candidates.push(Candidate { text, section: si, in_section });
                            in_section += 1;
                            sentences.push(Sentence { text: text.to_string(), span, section: si, score: 0.0 });
                            sentences.len() - 1
                        })
                        .collect()
                })
                .collect();
            blocks.push(BlockView { kind, items });
        }
        sections.push(SectionView {
            heading: section.heading.map(|h| crate::text::collapse(doc.text(h))),
            heading_span: section.heading,
            level: section.level,
            blocks,
            key_point: None,
        });
    }
    (sentences, candidates, sections)
}

/// Every kept sentence of `text` with the features a fitted ranker reads (for fitting it:
/// `examples/rank_features.rs`).
#[doc(hidden)]
pub fn sentence_features(text: &str) -> Vec<(String, [f32; rank::FEATURES.len()])> {
    let doc = Document::parse(text);
    let (sentences, candidates, _) = collect_sentences(&doc);
    let (title, headings) = title_and_headings(&doc);
    let (features, _) = rank::features(&candidates, title.as_deref().unwrap_or(""), &headings, Weights::lead().graph_limit);
    sentences.into_iter().map(|s| s.text).zip(features).collect()
}

/// The document's title (collapsed) and each section's heading ("" where it has none), as the
/// ranker reads them.
fn title_and_headings<'d>(doc: &Document<'d>) -> (Option<String>, Vec<&'d str>) {
    let title = doc.title.map(|t| crate::text::collapse(doc.text(t)));
    (title, doc.sections.iter().map(|s| s.heading.map_or("", |h| doc.text(h))).collect())
}

/// Scores every sentence, marks each section's best and selects the key points.
fn rank_document(doc: &Document<'_>, options: &Options) -> Ranked {
    let (mut sentences, candidates, mut sections) = collect_sentences(doc);
    let (title, headings) = title_and_headings(doc);
    let n = match options.length {
        Length::Auto => auto_points(sentences.len()),
        Length::Points(n) => n,
        Length::Share(f) => ((sentences.len() as f32 * f.clamp(0.0, 1.0)).round() as usize).max(1),
    };
    let weights = options.weights.unwrap_or_else(|| Weights::for_budget(n, sentences.len()));
    let (scores, vectors) = if weights.fitted && !weights.lead {
        let (features, vectors) = rank::features(&candidates, title.as_deref().unwrap_or(""), &headings, weights.graph_limit);
        (rank::fitted_scores(&features), vectors)
    } else {
        rank::score(&candidates, title.as_deref().unwrap_or(""), &headings, &weights)
    };
    // A fragment of under four words (an interview's "Anne:", a caption's "Borg", a label) is
    // a key point only when too few sentences are left: below every sentence, in its own
    // order. (Chinese, Japanese and Korean write a sentence without spaces.)
    let mut scores = scores;
    let floor = scores.iter().copied().fold(f32::INFINITY, f32::min);
    for (c, x) in candidates.iter().zip(scores.iter_mut()) {
        if c.text.split_whitespace().nth(3).is_none() && !c.text.chars().any(crate::text::is_cjk) {
            *x = floor - 1.0 + *x * 1e-3;
        }
    }
    for (s, &score) in sentences.iter_mut().zip(&scores) {
        s.score = score;
    }
    for (i, s) in sentences.iter().enumerate() {
        let best = &mut sections[s.section].key_point;
        if best.is_none_or(|b| s.score.total_cmp(&sentences[b].score).is_gt()) {
            *best = Some(i);
        }
    }
    let key_points = rank::select(&scores, &vectors, n, weights.lambda)
        .into_iter()
        .map(|i| KeyPoint { sentence: i, text: sentences[i].text.clone(), span: sentences[i].span, section: sentences[i].section })
        .collect();
    Ranked { sentences, sections, key_points }
}

/// The key points a text of `n` sentences gets by default: growing with its square root, so
/// that a long report gets more than a news story (20 sentences: 4; 40: 6; 100: 9; 180 and
/// more: 12, the slider's top), never fewer than three.
fn auto_points(n: usize) -> usize {
    ((n as f32).sqrt() * 0.9).round().clamp(3.0, 12.0) as usize
}

impl Digest {
    /// Index of the sentence whose span contains `span`, if any.
    pub fn sentence_at(&self, span: Span) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= span.start);
        self.sentences.get(i).filter(|s| s.span.contains(span) || span.contains(s.span)).map(|_| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_gives_empty_digest() {
        let d = digest("", &Options::default());
        assert!(d.sentences.is_empty() && d.key_points.is_empty() && d.commitments.is_empty());
    }

    #[test]
    fn key_points_are_sentences() {
        let text = "Title here\n\nThe city will open a park. It has trees. The park opens in May, officials said.";
        let d = digest(text, &Options::points(2));
        assert_eq!(d.key_points.len(), 2);
        for k in &d.key_points {
            assert_eq!(k.span.slice(text), k.text);
        }
        assert_eq!(d.sections[0].key_point.map(|i| d.sentences[i].section), Some(0));
        // An interview's speaker labels are no key points while sentences are left, however
        // central their one word is; with too few sentences, they fill the points asked.
        let text = "Anne:\n\nAnne will open the new park with the council in May.\n\nBen:\n\nAnne and the council planted trees.\n\nAnne:\n\nAnne says the park will stay open late.";
        let d = digest(text, &Options::points(3));
        let points: Vec<&str> = d.key_points.iter().map(|k| k.text.as_str()).collect();
        assert!(points.iter().all(|p| p.split_whitespace().count() >= 4), "{points:?}");
        assert_eq!(digest(text, &Options::points(5)).key_points.len(), 5);
    }

    #[test]
    fn csv_quotes_fields_and_has_a_row_per_commitment() {
        let text = "Plans\n\nThe council will build a bridge, a road and a \"park\". It will not raise taxes.";
        let d = digest(text, &Options::default());
        let csv = d.to_csv();
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + d.commitments.len());
        assert!(lines[1].contains("\"The council will build a bridge, a road and a \"\"park\"\".\""), "{}", lines[1]);
        assert!(d.to_json().contains("\"commitments\""));
    }

    #[test]
    fn exports_carry_each_rows_time_condition_and_speaker() {
        let text = "Council plans bridge\n\nThe council will build a bridge by 2027 if the budget is approved, Mayor Ann Lee said. It will not raise taxes.";
        let d = digest(text, &Options::default());
        let bridge = d.commitments.iter().find(|c| c.action.starts_with("build a bridge")).expect("the bridge row");
        assert_eq!(bridge.time.as_deref(), Some("by 2027"));
        assert_eq!(bridge.condition.as_deref(), Some("if the budget is approved"));
        let csv = d.to_csv();
        assert_eq!(bridge.speaker.as_deref(), Some("Mayor Ann Lee"));
        assert!(csv.starts_with("actor,polarity,action,hedge,time,condition,speaker,sentence,start,end\r\n"));
        assert!(csv.contains(",certain,by 2027,if the budget is approved,Mayor Ann Lee,"), "{csv}");
        assert!(d.to_markdown().contains("| by 2027 | if the budget is approved | Mayor Ann Lee |"), "{}", d.to_markdown());
        assert!(d.to_json().contains("\"condition\": \"if the budget is approved\""));
        let taxes = d.commitments.iter().find(|c| c.action.starts_with("raise taxes")).expect("the taxes row");
        assert_eq!((taxes.time.as_ref(), taxes.condition.as_ref(), taxes.speaker.as_ref()), (None, None, None));
    }

    #[test]
    fn restored_blocks_are_kept() {
        let text = "A story\n\nThe text of the story goes on here. It has two sentences.\n\nShare this article\n";
        let d = digest(text, &Options::default());
        assert_eq!(d.removed.len(), 1);
        let keep = vec![d.removed[0].span.start];
        let d2 = digest(text, &Options { keep, ..Options::default() });
        assert!(d2.removed.is_empty());
        assert!(d2.body.contains("Share this article"));
    }

    #[test]
    fn the_default_length_grows_with_the_text() {
        let points = |n: usize| {
            let text: String = (0..n).map(|k| format!("The council will build bridge number {k} over the river next year. ")).collect();
            digest(&text, &Options::default()).key_points.len()
        };
        assert_eq!(points(5), 3);
        assert!(points(20) < points(60) && points(60) < points(200), "{} {} {}", points(20), points(60), points(200));
        assert_eq!(points(400), 12);
    }

    #[test]
    fn sentence_at_finds_the_sentence() {
        let text = "One sentence here. Another one there.";
        let d = digest(text, &Options::default());
        assert_eq!(d.sentence_at(d.sentences[1].span), Some(1));
    }
}
