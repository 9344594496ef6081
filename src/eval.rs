//! Scoring extracted text against a ground truth, with the metric of the
//! Scrapinghub/Zyte article-extraction benchmark (the one of
//! `shared/eval/score.py`).
//!
//! 1. tokens are runs of word characters (`\w+`: letters, digits, `_`);
//! 2. shingles are runs of 4 consecutive tokens (1–3 tokens: one short
//!    shingle), compared as multisets: tp, fp, fn, normalised by their sum;
//! 3. precision is the mean of tp/(tp+fp) over documents with a non-empty
//!    prediction, recall the mean of tp/(tp+fn) over documents with a
//!    non-empty truth, F1 the harmonic mean of those two means.
//!
//! ```
//! use gleaner::eval::{doc_counts, aggregate};
//! let c = doc_counts("the cat sat on the mat", "the cat sat on the mat");
//! let s = aggregate(&[c]);
//! assert_eq!(s.f1, 1.0);
//! ```

use std::collections::HashMap;

/// Length of a shingle in tokens.
pub const NGRAM: usize = 4;

/// The word tokens of a text (`\w+`).
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Python's `\w` for `str` patterns: letters (L*), numbers (N*), underscore.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    // Rust's `is_alphabetic` also admits combining marks with the
    // Other_Alphabetic property, which Python's `\w` does not; those are
    // rare enough in news text not to move a score at 3 decimals.
    c.is_alphanumeric()
}

fn shingles<'t, 'a>(tokens: &'t [&'a str]) -> HashMap<&'t [&'a str], u32> {
    let mut map = HashMap::new();
    if tokens.is_empty() {
        return map;
    }
    if tokens.len() < NGRAM {
        map.insert(tokens, 1);
        return map;
    }
    for w in tokens.windows(NGRAM) {
        *map.entry(w).or_insert(0) += 1;
    }
    map
}

/// Normalised true positives, false positives and false negatives of one
/// document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Counts {
    /// True positives / (tp + fp + fn).
    pub tp: f64,
    /// False positives / (tp + fp + fn).
    pub fp: f64,
    /// False negatives / (tp + fp + fn).
    pub fn_: f64,
    /// Whether the token sequences are equal.
    pub exact: bool,
}

impl Counts {
    /// Precision of this document, `None` when the prediction is empty.
    pub fn precision(&self) -> Option<f64> {
        if self.tp + self.fp <= 0.0 {
            return None;
        }
        Some(if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fp)
        })
    }

    /// Recall of this document, `None` when the truth is empty.
    pub fn recall(&self) -> Option<f64> {
        if self.tp + self.fn_ <= 0.0 {
            return None;
        }
        Some(if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fn_)
        })
    }

    /// F1 of this document alone (0 when one side is empty).
    pub fn f1(&self) -> f64 {
        match (self.precision(), self.recall()) {
            (Some(p), Some(r)) if p + r > 0.0 => 2.0 * p * r / (p + r),
            _ => 0.0,
        }
    }
}

/// Compares one prediction with its ground truth.
pub fn doc_counts(truth: &str, prediction: &str) -> Counts {
    let t_tok = tokenize(truth);
    let p_tok = tokenize(prediction);
    let t_sh = shingles(&t_tok);
    let p_sh = shingles(&p_tok);
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    for (k, &t) in &t_sh {
        let p = p_sh.get(k).copied().unwrap_or(0);
        tp += u64::from(t.min(p));
        fn_ += u64::from(t.saturating_sub(p));
    }
    for (k, &p) in &p_sh {
        let t = t_sh.get(k).copied().unwrap_or(0);
        fp += u64::from(p.saturating_sub(t));
    }
    let total = (tp + fp + fn_) as f64;
    let exact = t_tok == p_tok;
    if total == 0.0 {
        return Counts {
            tp: 0.0,
            fp: 0.0,
            fn_: 0.0,
            exact,
        };
    }
    Counts {
        tp: tp as f64 / total,
        fp: fp as f64 / total,
        fn_: fn_ as f64 / total,
        exact,
    }
}

/// Corpus-level scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// F1 of the mean precision and mean recall.
    pub f1: f64,
    /// Mean precision over documents with a non-empty prediction.
    pub precision: f64,
    /// Mean recall over documents with a non-empty truth.
    pub recall: f64,
    /// Share of documents whose tokens equal the truth's.
    pub accuracy: f64,
}

/// Aggregates per-document counts the benchmark's way.
pub fn aggregate(counts: &[Counts]) -> Summary {
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let precision = mean(counts.iter().filter_map(Counts::precision).collect());
    let recall = mean(counts.iter().filter_map(Counts::recall).collect());
    let accuracy = mean(
        counts
            .iter()
            .map(|c| if c.exact { 1.0 } else { 0.0 })
            .collect(),
    );
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Summary {
        f1,
        precision,
        recall,
        accuracy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_like_python_w() {
        assert_eq!(
            tokenize("Hello, wörld_1 — 東京 x"),
            ["Hello", "wörld_1", "東京", "x"]
        );
    }

    #[test]
    fn partial_overlap() {
        // truth: 6 tokens -> 3 shingles; prediction adds two tokens -> 5 shingles, 3 shared.
        let c = doc_counts("a b c d e f", "a b c d e f g h");
        assert!((c.tp - 3.0 / 5.0).abs() < 1e-9);
        assert!((c.fp - 2.0 / 5.0).abs() < 1e-9);
        assert_eq!(c.recall(), Some(1.0));
        assert!((c.precision().unwrap() - 0.6).abs() < 1e-9);
    }

    #[test]
    fn empty_prediction_counts_for_recall_only() {
        let c = doc_counts("some words here now", "");
        assert_eq!(c.precision(), None);
        assert_eq!(c.recall(), Some(0.0));
        let s = aggregate(&[c, doc_counts("a b c d", "a b c d")]);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
    }
}
