//! Key points: unsupervised, deterministic sentence ranking.
//!
//! Each sentence becomes a bag of Snowball-stemmed content words weighted by TF-IDF within the
//! document. A sentence's score mixes its centrality (cosine similarity to the rest of the
//! document), its overlap with the title and its section heading, and a position prior (news
//! puts the point first; sections open with theirs), with penalties for fragments, questions
//! and overlong sentences. Selection is greedy with maximal marginal relevance (MMR), so the
//! key points do not repeat each other. Ties break on text order.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon::is_stop_word;

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
}

impl Default for Weights {
    fn default() -> Self {
        Weights { centrality: 1.0, title: 0.35, position: 0.9, section_start: 0.1, lambda: 0.7 }
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

/// Lower-cased, stemmed content words of `text`.
pub fn terms<'s>(stemmer: &'s Stemmer, text: &'s str) -> impl Iterator<Item = String> + 's {
    text.unicode_words().filter_map(move |w| {
        let w = w.to_lowercase();
        let w = w.trim_matches(|c: char| c == '\'' || c == '’');
        if w.is_empty() || is_stop_word(w) || !w.chars().any(char::is_alphabetic) {
            return None;
        }
        Some(stemmer.stem(w).into_owned())
    })
}

/// TF-IDF vectors of `texts`, with IDF taken over these texts.
pub fn vectorise(texts: &[&str]) -> Vectors {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut counts: Vec<Vec<(u32, f32)>> = Vec::with_capacity(texts.len());
    let mut words = Vec::with_capacity(texts.len());
    let mut df: Vec<u32> = Vec::new();
    for text in texts {
        let mut row: Vec<(u32, f32)> = Vec::new();
        let mut n = 0;
        for t in terms(&stemmer, text) {
            n += 1;
            let next = ids.len() as u32;
            let id = *ids.entry(t).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
            }
            row.push((id, 1.0));
        }
        row.sort_by_key(|&(id, _)| id);
        let mut merged: Vec<(u32, f32)> = Vec::with_capacity(row.len());
        for (id, w) in row {
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
    let rows = counts
        .into_iter()
        .map(|row| {
            let mut row: Vec<(u32, f32)> = row
                .into_iter()
                .map(|(id, tf)| (id, (1.0 + tf.ln()) * ((n + 1.0) / (df[id as usize] as f32 + 0.5)).ln()))
                .collect();
            let norm = row.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                row.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            row
        })
        .collect();
    Vectors { rows, words }
}

/// Dot product of two sorted sparse vectors.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// Scores every candidate; higher is more important. `headings[k]` is the heading of section
/// `k` (empty when it has none).
pub fn score(candidates: &[Candidate<'_>], title: &str, headings: &[&str], weights: &Weights) -> (Vec<f32>, Vectors) {
    let n = candidates.len();
    let mut texts: Vec<&str> = candidates.iter().map(|c| c.text).collect();
    texts.push(title);
    texts.extend_from_slice(headings);
    let v = vectorise(&texts);
    let title_row = &v.rows[n];
    // Centroid of all sentences (linear: one pass to sum, one to compare).
    let mut centroid: HashMap<u32, f32> = HashMap::new();
    for row in &v.rows[..n] {
        for &(id, w) in row {
            *centroid.entry(id).or_insert(0.0) += w;
        }
    }
    let mut centroid: Vec<(u32, f32)> = centroid.into_iter().collect();
    centroid.sort_by_key(|&(id, _)| id);
    let norm = centroid.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt().max(1e-6);
    centroid.iter_mut().for_each(|(_, w)| *w /= norm);

    let scores = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let row = &v.rows[i];
            let words = v.words[i];
            let centrality = dot(row, &centroid);
            let heading = v.rows.get(n + 1 + c.section).map_or(0.0, |h| dot(row, h));
            let title_sim = dot(row, title_row).max(heading);
            let position = 1.0 / (1.0 + i as f32 * 0.35);
            let section_start = if c.in_section == 0 { 1.0 } else { 0.0 };
            let mut s = weights.centrality * centrality
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
            if t.ends_with('?') {
                s *= 0.6;
            }
            if !t.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', '…', '。']) {
                s *= 0.6;
            }
            s
        })
        .collect();
    (scores, v)
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

    fn cands<'a>(texts: &[&'a str]) -> Vec<Candidate<'a>> {
        texts.iter().enumerate().map(|(i, t)| Candidate { text: t, section: 0, in_section: i }).collect()
    }

    #[test]
    fn central_sentence_beats_an_aside() {
        let texts = [
            "The council will build a new bridge over the river next year.",
            "The weather was fine.",
            "The new bridge over the river will cost the council ten million pounds.",
            "Work on the bridge starts in spring, the council said.",
        ];
        let c = cands(&texts);
        let (s, v) = score(&c, "Council to build river bridge", &[""], &Weights::default());
        let picks = select(&s, &v, 2, 0.7);
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
    fn empty() {
        let (s, v) = score(&[], "", &[], &Weights::default());
        assert!(select(&s, &v, 3, 0.7).is_empty());
    }
}
