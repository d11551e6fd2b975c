//! Key points: unsupervised, deterministic sentence ranking.
//!
//! Each sentence becomes a bag of Snowball-stemmed content words weighted by TF-IDF within the
//! document. A sentence's score mixes its centrality (cosine similarity to the rest of the
//! document), its overlap with the title and its section heading, and a position prior (news
//! puts the point first; sections open with theirs), with penalties for fragments, questions
//! and overlong sentences. Selection is greedy with maximal marginal relevance (MMR), so the
//! key points do not repeat each other. Ties break on text order.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: a fast hash for short word keys (no adversary: the keys are one text's words, and
/// the cost of a collision is a probe, not a wrong answer).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

use crate::lexicon::is_stop_word;
use std::borrow::Cow;

/// Weights of the ranking; [`Weights::default`] holds the tuned values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Weight of centrality.
    pub centrality: f32,
    /// Weight of overlap with the title and section heading.
    pub title: f32,
    /// Weight of the position prior for the document.
    pub position: f32,
    /// Weight of being early in one's section.
    pub section_start: f32,
    /// MMR trade-off: 1.0 ignores redundancy.
    pub lambda: f32,
    /// How fast the position prior decays: prior = 1 / (1 + decay × index).
    pub decay: f32,
    /// Preference for longer sentences: the score is multiplied by (words / 20) ^ length.
    pub length: f32,
    /// Rank by position only (the Lead-k baseline, for comparison).
    pub lead: bool,
    /// Weight of TextRank centrality on the word-overlap graph (documents of at most
    /// `graph_limit` sentences; the centroid stands in beyond).
    pub graph: f32,
    /// The most sentences TextRank is computed for (at most [`GRAPH_LIMIT`]): its cost is
    /// quadratic.
    pub graph_limit: usize,
    /// Multiplicative position prior: the score is multiplied by 1 + pmul × prior.
    pub pmul: f32,
    /// Sentences before this index share the full position prior.
    pub window: f32,
    /// Factor for quotations (sentences that open with a quote mark).
    pub quote: f32,
    /// Factor for caption-like sentences ("Pictured: …", "Quick-thinking: …").
    pub caption: f32,
    /// Score with the fitted ranker ([`fitted_scores`], `models/rank_trees.txt`) instead of the weights above (MMR's
    /// `lambda` still applies).
    pub fitted: bool,
}

/// The most sentences the TextRank graph is built for: its cost is quadratic.
pub const GRAPH_LIMIT: usize = 400;

impl Default for Weights {
    /// The news profile ([`Weights::lead`]).
    fn default() -> Self {
        Weights::lead()
    }
}

impl Weights {
    /// A few points from a longer text (the news profile): the fitted ranker
    /// ([`fitted_scores`]: trees over the sentences' features, fitted on 2,190 CNN/DailyMail
    /// articles), with MMR against redundancy (λ 0.4, chosen on the DEV tune part).
    pub fn lead() -> Self {
        Weights { lambda: 0.4, fitted: true, ..Weights::hand() }
    }

    /// The news profile as it was set by hand before the fitted ranker: a position prior
    /// dominates, with centrality, title overlap, MMR, and penalties for quotations, captions
    /// and long sentences. Tuned on CNN/DailyMail DEV (DESIGN.md); kept for comparison
    /// (`--weights hand`).
    pub fn hand() -> Self {
        Weights {
            centrality: 1.0,
            title: 0.35,
            position: 0.9,
            section_start: 0.1,
            lambda: 0.5,
            decay: 0.35,
            length: -0.4,
            lead: false,
            graph: 0.15,
            // (A news article's length: a minor term is not worth the quadratic cost of a
            // long text, where the position prior rules anyway. CNN/DM's longest: 107.)
            graph_limit: 150,
            pmul: 0.0,
            window: 0.0,
            quote: 0.4,
            caption: 0.3,
            fitted: false,
        }
    }

    /// One point, or a large share of the text: the sentences most central to the whole
    /// (TextRank), without position prior or redundancy penalty. Tuned on BBC and XSum.
    pub fn central() -> Self {
        Weights {
            centrality: 0.0,
            title: 0.35,
            position: 0.0,
            section_start: 0.0,
            lambda: 1.0,
            decay: 0.35,
            length: 0.0,
            lead: false,
            graph: 1.0,
            graph_limit: GRAPH_LIMIT,
            pmul: 0.0,
            window: 0.0,
            quote: 1.0,
            caption: 1.0,
            fitted: false,
        }
    }

    /// The profile for `k` key points out of `n` sentences: [`Weights::central`] for a single
    /// point (the gist) or for five points or more that make 15% of the sentences or more
    /// (coverage), else [`Weights::lead`] (a handful of points from a long text: the news
    /// lead). (The share was 28% when three points could take the central profile too; BBC's
    /// eight points, tune: 28% 74.02, 20% 75.55, 15% 75.85, 10% 75.85.)
    pub fn for_budget(k: usize, n: usize) -> Self {
        if k <= 1 || (k >= 5 && k * 100 >= n * 15) {
            Weights::central()
        } else {
            Weights::lead()
        }
    }

    /// Sets weights from `name=value` pairs separated by commas ("position=0.5,lambda=0.8").
    pub fn set(&mut self, spec: &str) -> Result<(), String> {
        for pair in spec.split(',').filter(|p| !p.trim().is_empty()) {
            match pair.trim() {
                "lead" => {
                    *self = Weights::lead();
                    continue;
                }
                "central" => {
                    *self = Weights::central();
                    continue;
                }
                "hand" => {
                    *self = Weights::hand();
                    continue;
                }
                _ => {}
            }
            let (k, v) = pair.split_once('=').ok_or_else(|| format!("{pair}: expected name=value"))?;
            let v: f32 = v.trim().parse().map_err(|_| format!("{pair}: not a number"))?;
            match k.trim() {
                "centrality" => self.centrality = v,
                "title" => self.title = v,
                "position" => self.position = v,
                "section_start" => self.section_start = v,
                "lambda" => self.lambda = v,
                "decay" => self.decay = v,
                "length" => self.length = v,
                "lead" => self.lead = v != 0.0,
                "graph" => self.graph = v,
                "pmul" => self.pmul = v,
                "window" => self.window = v,
                "quote" => self.quote = v,
                "caption" => self.caption = v,
                "fitted" => self.fitted = v != 0.0,
                other => return Err(format!("unknown weight {other}")),
            }
        }
        Ok(())
    }
}

/// A sentence to rank, with where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate<'a> {
    /// Its text.
    pub text: &'a str,
    /// Its section.
    pub section: usize,
    /// Its position within its section (0 for the first).
    pub in_section: usize,
}

/// Sparse term vectors of one document.
#[derive(Debug, Clone, Default)]
pub struct Vectors {
    /// Per sentence: (term id, weight), sorted by term id, L2-normalised.
    pub rows: Vec<Vec<(u32, f32)>>,
    /// Number of content words per sentence.
    pub words: Vec<usize>,
}

/// TF-IDF vectors of `texts`, with IDF taken over these texts.
pub fn vectorise<'t>(texts: &[&'t str]) -> Vectors {
    // Stem ids by stem, and by surface form (so a repeated word is stemmed once).
    // (Sized for the distinct words of a news article, about one per 20 bytes; a big text,
    // whose vocabulary grows far slower than its length, grows the maps as it needs: sized
    // by its length they were a tenth of the worker's peak memory for 1 MB.)
    let bytes: usize = texts.iter().map(|t| t.len()).sum::<usize>().min(1 << 16);
    let mut ids: FastMap<String, u32> = FastMap::with_capacity_and_hasher(bytes / 32, Default::default());
    // (A word already in lower case is its own key, borrowed from the text.)
    let mut surface: FastMap<Cow<'t, str>, Option<u32>> = FastMap::with_capacity_and_hasher(bytes / 20, Default::default());
    let mut counts: Vec<Vec<(u32, f32)>> = Vec::with_capacity(texts.len());
    let mut words = Vec::with_capacity(texts.len());
    let mut df: Vec<u32> = Vec::new();
    let mut lower = String::new();
    let (mut stem, mut letters) = (String::new(), Vec::new());
    let mut row: Vec<(u32, f32)> = Vec::new();
    for &text in texts {
        row.clear();
        let mut n = 0;
        // Text in scripts written with spaces splits on anything but letters, digits and
        // apostrophes, several times faster than Unicode word segmentation; scripts written
        // without spaces between words (Chinese, Japanese, Thai ...) need the segmentation.
        let spaced = text.is_ascii()
            || !text.chars().any(
                |c| matches!(c as u32, 0x0E00..=0x109F | 0x1780..=0x17FF | 0x2E80..=0xA4CF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..),
            );
        let mut fast = crate::text::word_runs(text, |b| b.is_ascii_alphanumeric() || b == b'\'').map(|(s, e)| &text[s..e]);
        let mut full = (!spaced).then(|| crate::text::unspaced_words(text).into_iter());
        let words_iter = std::iter::from_fn(|| match full.as_mut() {
            Some(it) => it.next(),
            None => fast.next(),
        });
        for w in words_iter {
            let ascii = w.is_ascii();
            let borrowed = ascii && !w.bytes().any(|b| b.is_ascii_uppercase());
            lower.clear();
            if borrowed {
                lower.push_str(w);
            } else if ascii {
                lower.push_str(w);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(w.chars().flat_map(char::to_lowercase));
            }
            let id = match surface.get(lower.as_str()) {
                Some(&id) => id,
                None => {
                    let t = lower.trim_matches(|c: char| c == '\'' || c == '’');
                    let id = if t.is_empty() || is_stop_word(t) || !t.chars().any(char::is_alphabetic) {
                        None
                    } else {
                        crate::stem::stem_into(t, &mut letters, &mut stem);
                        let next = ids.len() as u32;
                        let id = match ids.get(stem.as_str()) {
                            Some(&id) => id,
                            None => {
                                ids.insert(stem.clone(), next);
                                df.push(0);
                                next
                            }
                        };
                        Some(id)
                    };
                    surface.insert(if borrowed { Cow::Borrowed(w) } else { Cow::Owned(lower.clone()) }, id);
                    id
                }
            };
            let Some(id) = id else { continue };
            n += 1;
            row.push((id, 1.0));
        }
        row.sort_by_key(term_id);
        let mut merged: Vec<(u32, f32)> = Vec::with_capacity(row.len());
        for &(id, w) in &row {
            match merged.last_mut() {
                Some(last) if last.0 == id => last.1 += w,
                _ => merged.push((id, w)),
            }
        }
        for &(id, _) in &merged {
            df[id as usize] += 1;
        }
        counts.push(merged);
        words.push(n);
    }
    let n = texts.len().max(1) as f32;
    let idf: Vec<f32> = df.iter().map(|&d| ((n + 1.0) / (d as f32 + 0.5)).ln()).collect();
    let rows = counts
        .into_iter()
        .map(|row| {
            let mut row: Vec<(u32, f32)> = row.into_iter().map(|(id, tf)| (id, if tf == 1.0 { 1.0 } else { 1.0 + tf.ln() } * idf[id as usize])).collect();
            let norm = row.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                row.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            row
        })
        .collect();
    Vectors { rows, words }
}

/// A term's id in a sparse vector (one function for both sorts by id, so one sort in the wasm).
fn term_id(t: &(u32, f32)) -> u32 {
    t.0
}

/// The weight pairs of the terms two sorted sparse vectors share.
fn common<'v>(a: &'v [(u32, f32)], b: &'v [(u32, f32)]) -> impl Iterator<Item = (f32, f32)> + 'v {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let pair = (a[i].1, b[j].1);
                    i += 1;
                    j += 1;
                    return Some(pair);
                }
            }
        }
        None
    })
}

/// Dot product of two sorted sparse vectors.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    common(a, b).map(|(x, y)| x * y).sum()
}

/// TextRank (Mihalcea & Tarau 2004): PageRank over sentences linked by word overlap
/// normalised by log lengths. Scores scaled to a maximum of 1; all zero beyond [`GRAPH_LIMIT`].
pub fn textrank(rows: &[Vec<(u32, f32)>]) -> Vec<f32> {
    let n = rows.len();
    if n == 0 || n > GRAPH_LIMIT {
        return vec![0.0; n];
    }
    let mut w = vec![0.0f32; n * n];
    // The words two sentences share, counted from each word's sentences (a sentence's terms
    // are distinct): the sum of each word's sentences squared, not every pair's merge.
    // (One array of every word's sentences, each word's from `start[id]` to `start[id + 1]`.)
    let terms = rows.iter().flat_map(|r| r.iter().map(|t| t.0 as usize + 1)).max().unwrap_or(0);
    let mut start = vec![0u32; terms + 1];
    for &(id, _) in rows.iter().flatten() {
        start[id as usize + 1] += 1;
    }
    for k in 0..terms {
        start[k + 1] += start[k];
    }
    let mut fill = start.clone();
    let mut sentences = vec![0u32; start[terms] as usize];
    for (i, row) in rows.iter().enumerate() {
        for &(id, _) in row {
            sentences[fill[id as usize] as usize] = i as u32;
            fill[id as usize] += 1;
        }
    }
    let logs: Vec<f32> = rows.iter().map(|r| (r.len() as f32).ln()).collect();
    let mut count = vec![0u32; n];
    for i in 0..n {
        if rows[i].len() < 2 {
            continue;
        }
        count.fill(0);
        for &(id, _) in &rows[i] {
            for &j in sentences[start[id as usize] as usize..start[id as usize + 1] as usize].iter().filter(|&&j| j as usize > i) {
                count[j as usize] += 1;
            }
        }
        // (Sentences of fewer than two words share no edge; no shared word, no edge.)
        for j in (i + 1..n).filter(|&j| count[j] > 0 && rows[j].len() >= 2) {
            let sim = count[j] as f32 / (logs[i] + logs[j]);
            w[i * n + j] = sim;
            w[j * n + i] = sim;
        }
    }
    let out: Vec<f32> = (0..n).map(|i| w[i * n..(i + 1) * n].iter().sum()).collect();
    let mut r = vec![1.0f32 / n as f32; n];
    // (The graph is symmetric, so what flows into i is row i against each sentence's rank
    // shared among its edges: one contiguous dot product a sentence.)
    let mut share = vec![0.0f32; n];
    for _ in 0..40 {
        for j in 0..n {
            share[j] = if out[j] > 0.0 { r[j] / out[j] } else { 0.0 };
        }
        let mut change = 0.0f32;
        for i in 0..n {
            let inflow: f32 = w[i * n..(i + 1) * n].iter().zip(&share).map(|(a, b)| a * b).sum();
            let next = 0.15 / n as f32 + 0.85 * inflow;
            change += (next - r[i]).abs();
            r[i] = next;
        }
        if change < 1e-7 {
            break;
        }
    }
    let max = r.iter().copied().fold(0.0f32, f32::max).max(1e-9);
    r.iter().map(|x| x / max).collect()
}

/// The TF-IDF vectors of the candidates, then the title, then the headings, and the
/// candidates' centroid (L2-normalised; linear: one pass to sum, one to compare).
fn vectorise_with_centroid(candidates: &[Candidate<'_>], title: &str, headings: &[&str]) -> (Vectors, Vec<(u32, f32)>) {
    let n = candidates.len();
    let mut texts: Vec<&str> = candidates.iter().map(|c| c.text).collect();
    texts.push(title);
    texts.extend_from_slice(headings);
    let v = vectorise(&texts);
    let mut centroid: FastMap<u32, f32> = FastMap::default();
    for row in &v.rows[..n] {
        for &(id, w) in row {
            *centroid.entry(id).or_insert(0.0) += w;
        }
    }
    let mut centroid: Vec<(u32, f32)> = centroid.into_iter().collect();
    centroid.sort_by_key(term_id);
    let norm = centroid.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt().max(1e-6);
    centroid.iter_mut().for_each(|(_, w)| *w /= norm);
    (v, centroid)
}

/// Scores every candidate; higher is more important. `headings[k]` is the heading of section
/// `k` (empty when it has none).
pub fn score(candidates: &[Candidate<'_>], title: &str, headings: &[&str], weights: &Weights) -> (Vec<f32>, Vectors) {
    let n = candidates.len();
    let (v, centroid) = vectorise_with_centroid(candidates, title, headings);
    let title_row = &v.rows[n];

    let graph = if weights.graph != 0.0 && n <= weights.graph_limit { textrank(&v.rows[..n]) } else { vec![0.0; n] };
    let scores = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let row = &v.rows[i];
            let words = v.words[i];
            let centrality = dot(row, &centroid);
            let heading = v.rows.get(n + 1 + c.section).map_or(0.0, |h| dot(row, h));
            let title_sim = dot(row, title_row).max(heading);
            if weights.lead {
                return -(i as f32);
            }
            let position = 1.0 / (1.0 + (i as f32 - weights.window).max(0.0) * weights.decay);
            let section_start = if c.in_section == 0 { 1.0 } else { 0.0 };
            let mut s = weights.centrality * centrality
                + weights.graph * graph[i]
                + weights.title * title_sim
                + weights.position * position
                + weights.section_start * section_start;
            let t = c.text.trim_end();
            if words < 4 {
                s *= 0.3;
            } else if words < 7 {
                s *= 0.7;
            }
            if words > 60 {
                s *= 0.8;
            }
            s *= 1.0 + weights.pmul * position;
            if weights.length != 0.0 {
                // Below five words the preference for short sentences stops: it was lifting
                // fragments such as "Buy now." over the fragment penalty above.
                // (As exp and ln, which the page has already: `powf` cost it 1.6 KB.)
                s *= f64::from(weights.length * (words.max(5) as f32 / 20.0).ln()).exp() as f32;
            }
            if t.starts_with(['"', '\'', '“', '‘']) {
                s *= weights.quote;
            }
            if is_caption(t) {
                s *= weights.caption;
            }
            if t.ends_with('?') {
                s *= 0.6;
            }
            // Page furniture inside the running text ("Video scroll down to see the goals",
            // "Click here to read more"): never a key point. (Matched from the second letter,
            // so either case of the first passes without lowering the sentence.)
            if crate::text::contains_any(t, &["croll down", "lick here"]) {
                s *= 0.1;
            }
            if !t.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', '…', '。']) {
                s *= 0.6;
            }
            s
        })
        .collect();
    (scores, v)
}

/// The names of the features a fitted ranker reads (`features`), in order.
pub const FEATURES: [&str; 20] = [
    "bias",
    "centrality",
    "graph",
    "title",
    "position",
    "section_start",
    "relative_position",
    "first",
    "second",
    "third",
    "log_words",
    "short",
    "long",
    "quote",
    "caption",
    "question",
    "unfinished",
    "figures",
    "furniture",
    "log_sentences",
];

/// Each candidate's features for a fitted ranker (see [`FEATURES`]), and the vectors.
pub fn features(candidates: &[Candidate<'_>], title: &str, headings: &[&str], graph_limit: usize) -> (Vec<[f32; FEATURES.len()]>, Vectors) {
    let n = candidates.len();
    let (v, centroid) = vectorise_with_centroid(candidates, title, headings);
    let title_row = &v.rows[n];
    let graph = if n <= graph_limit { textrank(&v.rows[..n]) } else { vec![0.0; n] };
    let b = |x: bool| f32::from(u8::from(x));
    let out = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let row = &v.rows[i];
            let words = v.words[i];
            let heading = v.rows.get(n + 1 + c.section).map_or(0.0, |h| dot(row, h));
            let t = c.text.trim_end();
            [
                1.0,
                dot(row, &centroid),
                graph[i],
                dot(row, title_row).max(heading),
                1.0 / (1.0 + i as f32 * 0.35),
                b(c.in_section == 0),
                i as f32 / n.max(1) as f32,
                b(i == 0),
                b(i == 1),
                b(i == 2),
                ((words + 1) as f32).ln() / 4.0,
                b(words < 7),
                b(words > 40),
                b(t.starts_with(['"', '\'', '“', '‘'])),
                b(is_caption(t)),
                b(t.ends_with('?')),
                b(!t.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', '…', '。'])),
                b(t.bytes().any(|c| c.is_ascii_digit())),
                b(crate::text::contains_any(t, &["croll down", "lick here"])),
                ((n + 1) as f32).ln() / 5.0,
            ]
        })
        .collect();
    (out, v)
}

/// The fitted ranker: gradient-boosted trees over each sentence's [`FEATURES`] and six derived
/// from them within the article ([`DERIVED`]), fitted on the CNN/DailyMail train split by
/// `scripts/fit_rank.py` (LightGBM 4.5.0, the greedy ROUGE oracle as labels) and embedded from
/// `models/rank_trees.txt`. Each tree a line, its nodes in preorder: a split "f<feature>:<threshold>"
/// (left when the feature is at most the threshold), a leaf "=<value>", numbers as the bits of
/// 32-bit floats in hex.
struct Trees {
    /// Every tree's nodes, one after the other; each tree starts at an index of `roots`.
    nodes: Vec<Node>,
    roots: Vec<u32>,
}

#[derive(Debug, Clone, Copy)]
enum Node {
    /// Left child next in order, right child at `right`.
    Split {
        feature: u8,
        threshold: f64,
        right: u32,
    },
    Leaf(f64),
}

/// The features a fitted tree reads: [`FEATURES`], then the derived ones.
pub const DERIVED: [&str; 6] = ["centrality_rank", "centrality_share", "graph_rank", "graph_share", "title_rank", "title_share"];

impl Trees {
    /// Parses the model's text; a malformed tree is left out (the embedded file is tested whole).
    fn parse(text: &str) -> Trees {
        let mut trees = Trees { nodes: Vec::new(), roots: Vec::new() };
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let root = trees.nodes.len();
            let mut tokens = line.split_whitespace();
            if trees.read(&mut tokens).is_some() && tokens.next().is_none() {
                trees.roots.push(root as u32);
            } else {
                trees.nodes.truncate(root);
            }
        }
        trees
    }

    /// Reads one subtree in preorder; `None` when the text is not one.
    fn read<'t>(&mut self, tokens: &mut impl Iterator<Item = &'t str>) -> Option<()> {
        let token = tokens.next()?;
        // (Numbers are the bits of 32-bit floats in hex: a decimal parser would bring its
        // tables into the page's wasm, 20 KB gzip.)
        let bits = |hex: &str| u32::from_str_radix(hex, 16).ok().map(|b| f64::from(f32::from_bits(b)));
        if let Some(v) = token.strip_prefix('=') {
            self.nodes.push(Node::Leaf(bits(v)?));
            return Some(());
        }
        let (f, t) = token.strip_prefix('f')?.split_once(':')?;
        let (feature, threshold): (u8, f64) = (f.parse().ok()?, bits(t)?);
        if usize::from(feature) >= FEATURES.len() + DERIVED.len() {
            return None;
        }
        let at = self.nodes.len();
        self.nodes.push(Node::Leaf(0.0));
        self.read(tokens)?;
        let right = self.nodes.len() as u32;
        self.read(tokens)?;
        self.nodes[at] = Node::Split { feature, threshold, right };
        Some(())
    }

    /// The model's margin for one row of features (the sum of its trees' leaves).
    fn margin(&self, x: &[f64]) -> f64 {
        self.roots
            .iter()
            .map(|&root| {
                let mut k = root as usize;
                loop {
                    match self.nodes[k] {
                        Node::Split { feature, threshold, right } => k = if x[usize::from(feature)] <= threshold { k + 1 } else { right as usize },
                        Node::Leaf(v) => break v,
                    }
                }
            })
            .sum()
    }
}

/// The embedded model.
fn trees() -> &'static Trees {
    static TREES: std::sync::OnceLock<Trees> = std::sync::OnceLock::new();
    TREES.get_or_init(|| {
        // (Natively, BRIEF_RANK_TREES names another model file: the cross-validation of
        // `scripts/fit_rank.py --cv` runs the CLI with each fold's model.)
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(path) = std::env::var_os("BRIEF_RANK_TREES") {
            return Trees::parse(&std::fs::read_to_string(path).unwrap_or_default());
        }
        Trees::parse(include_str!("../models/rank_trees.txt"))
    })
}

/// The scores of the fitted ranker, one a candidate: the probability that the sentence is one
/// of the reference's (the trees' margin through the logistic function), scaled so that the
/// article's best is 1 and its worst 0 (what MMR weighs against redundancy).
pub fn fitted_scores(features: &[[f32; FEATURES.len()]]) -> Vec<f32> {
    let n = features.len();
    let mut rows: Vec<[f64; FEATURES.len() + DERIVED.len()]> = features
        .iter()
        .map(|f| {
            let mut row = [0.0; FEATURES.len() + DERIVED.len()];
            row.iter_mut().zip(f).for_each(|(r, &x)| *r = f64::from(x));
            row
        })
        .collect();
    // The derived features: for centrality, TextRank and title overlap, the sentence's rank
    // (0 for the article's highest; ties by position) and its share of the highest.
    // (Sorted as the terms are, by a `u32` key, so that the page's wasm holds one stable sort:
    // a non-negative float orders as its bits, and the key is their complement, highest first;
    // the sort is stable, so ties stay in text order. The three features are never negative.)
    let mut order: Vec<(u32, f32)> = Vec::with_capacity(n);
    for (k, c) in (1..=3).enumerate() {
        order.clear();
        order.extend(features.iter().enumerate().map(|(i, f)| (!(if f[c] > 0.0 { f[c].to_bits() } else { 0 }), i as f32)));
        order.sort_by_key(term_id);
        let max = rows.iter().map(|r| r[c]).fold(f64::NEG_INFINITY, f64::max);
        let at = FEATURES.len() + 2 * k;
        for (r, &(_, i)) in order.iter().enumerate() {
            let i = i as usize;
            rows[i][at] = r as f64;
            rows[i][at + 1] = rows[i][c] / (max + 1e-6);
        }
    }
    let model = trees();
    let p: Vec<f64> = rows.iter().map(|x| 1.0 / (1.0 + (-model.margin(x)).exp())).collect();
    let (lo, hi) = p.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    p.iter().map(|&v| ((v - lo) / (hi - lo + 1e-9)) as f32).collect()
}

/// A photo caption or label: a colon within the first four words ("Pictured: the mayor …",
/// "Quick-thinking: brady olson …").
fn is_caption(text: &str) -> bool {
    // (The first four words joined by spaces hold a colon, not at their end.)
    let mut colon = false;
    let mut last = "";
    for w in text.split_whitespace().take(4) {
        colon |= w.contains(':');
        last = w;
    }
    colon && !last.ends_with(':') || text.get(..8).is_some_and(|h| h.eq_ignore_ascii_case("pictured"))
}

/// Picks up to `n` indices by MMR over `scores`, most important first. Deterministic: ties go
/// to the earlier sentence.
pub fn select(scores: &[f32], vectors: &Vectors, n: usize, lambda: f32) -> Vec<usize> {
    let mut chosen: Vec<usize> = Vec::with_capacity(n);
    let mut max_sim = vec![0.0f32; scores.len()];
    let mut taken = vec![false; scores.len()];
    while chosen.len() < n.min(scores.len()) {
        let mut best: Option<(usize, f32)> = None;
        for i in 0..scores.len() {
            if taken[i] {
                continue;
            }
            let v = lambda * scores[i] - (1.0 - lambda) * max_sim[i];
            if best.is_none_or(|(_, b)| v.total_cmp(&b).is_gt()) {
                best = Some((i, v));
            }
        }
        let Some((pick, _)) = best else { break };
        taken[pick] = true;
        chosen.push(pick);
        // Cap the MMR cost: comparing every pick to every sentence is n × picks.
        for i in 0..scores.len() {
            if !taken[i] {
                max_sim[i] = max_sim[i].max(dot(&vectors.rows[i], &vectors.rows[pick]));
            }
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trees_read_their_text_and_sum_their_leaves() {
        // Two trees: f0 <= 0.5 ? (f3 <= 2 ? 1 : 2) : 3; and a lone leaf 0.25.
        // (0.5 = 3f000000, 2 = 40000000, 1 = 3f800000, 3 = 40400000, 0.25 = 3e800000.)
        let t = Trees::parse("f0:3f000000 f3:40000000 =3f800000 =40000000 =40400000\n=3e800000\nf99:3f800000 =3f800000 =40000000\nf1:3f000000 =3f800000\nf2:0.5 =3f800000 =40000000\n");
        assert_eq!(t.roots.len(), 2, "a feature out of range, a tree cut short and a decimal number are left out");
        let mut x = vec![0.0; FEATURES.len() + DERIVED.len()];
        assert_eq!(t.margin(&x), 1.25);
        x[3] = 2.5;
        assert_eq!(t.margin(&x), 2.25);
        x[0] = 0.6;
        assert_eq!(t.margin(&x), 3.25);
    }

    #[test]
    fn the_embedded_model_reads_whole() {
        let text = include_str!("../models/rank_trees.txt");
        let t = trees();
        assert_eq!(t.roots.len(), text.lines().filter(|l| !l.trim().is_empty()).count());
        assert_eq!(t.nodes.len(), text.split_whitespace().count());
        // Scores scaled to the article: the best 1, the worst 0.
        let texts = ["The council will close the bridge in May.", "It cost £4m.", "Share this article"];
        let (features, _) = features(&cands(&texts), "Bridge to close in May", &[""], GRAPH_LIMIT);
        let s = fitted_scores(&features);
        assert_eq!(s.iter().copied().fold(f32::MIN, f32::max), 1.0);
        assert_eq!(s.iter().copied().fold(f32::MAX, f32::min), 0.0);
        assert_eq!(s.iter().position(|&v| v == 0.0), Some(2), "page furniture scores lowest: {s:?}");
    }

    fn cands<'a>(texts: &[&'a str]) -> Vec<Candidate<'a>> {
        texts.iter().enumerate().map(|(i, t)| Candidate { text: t, section: 0, in_section: i }).collect()
    }

    /// The `n` picks of the news profile among `texts` under `title`, and the scores.
    fn picks(texts: &[&str], title: &str, n: usize) -> (Vec<usize>, Vec<f32>) {
        let (s, v) = score(&cands(texts), title, &[""], &Weights::default());
        (select(&s, &v, n, 0.7), s)
    }

    #[test]
    fn page_furniture_in_the_text_is_no_key_point() {
        let texts = [
            "Video scroll down to see the goals from the bridge final on saturday.",
            "The council will build a new bridge over the river next year.",
            "Click here to read more about the bridge and the river crossing.",
            "The new bridge over the river will cost the council ten million pounds.",
            "Work on the bridge starts in spring, the council said.",
        ];
        let (picks, s) = picks(&texts, "", 3);
        assert!(!picks.contains(&0) && !picks.contains(&2), "{picks:?} {s:?}");
    }

    #[test]
    fn central_sentence_beats_an_aside() {
        let texts = [
            "The council will build a new bridge over the river next year.",
            "The weather was fine.",
            "The new bridge over the river will cost the council ten million pounds.",
            "Work on the bridge starts in spring, the council said.",
        ];
        let (picks, s) = picks(&texts, "Council to build river bridge", 2);
        assert_eq!(picks[0], 0);
        assert!(!picks.contains(&1), "{picks:?} {s:?}");
    }

    #[test]
    fn deterministic_and_bounded() {
        let texts = ["Same words here.", "Same words here.", "Same words here."];
        let c = cands(&texts);
        let (s, v) = score(&c, "", &[""], &Weights::default());
        assert_eq!(select(&s, &v, 5, 0.7).len(), 3);
        assert_eq!(select(&s, &v, 2, 0.7), select(&s, &v, 2, 0.7));
    }

    #[test]
    fn punctuation_outside_ascii_splits_words_as_ascii_does() {
        // One em dash must not send a text down another tokeniser ("3.5", "U.S." read alike).
        let a = vectorise(&["The U.S. council — at last — will spend 3.5 million on bridges.", "Bridges cost money."]);
        let b = vectorise(&["The U.S. council - at last - will spend 3.5 million on bridges.", "Bridges cost money."]);
        assert_eq!(a.rows, b.rows);
        assert_eq!(a.words, b.words);
        // Scripts without spaces still get Unicode word segmentation: one word per ideograph.
        assert!(vectorise(&["北京大学"]).words[0] >= 2);
    }

    #[test]
    fn empty() {
        let (s, v) = score(&[], "", &[], &Weights::default());
        assert!(select(&s, &v, 3, 0.7).is_empty());
    }
}
