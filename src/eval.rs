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
//! [`MetadataScores`](crate::eval::MetadataScores) scores the metadata fields the same way for every
//! corpus that has them.
//!
//! ```
//! use gleaner::eval::{doc_counts, aggregate};
//! let c = doc_counts("the cat sat on the mat", "the cat sat on the mat");
//! let s = aggregate(&[c]);
//! assert_eq!(s.f1, 1.0);
//! ```

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::article::Article;

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

/// Which half of a corpus a page id falls in: the parity of the id's
/// 64-bit FNV-1a hash (0 is half `a`, 1 half `b`), the split of the
/// `evaluate` and `metadata_eval` examples' `--half` and `tools/half.py`.
pub fn half_of(id: &str) -> u64 {
    let h = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    h & 1
}

/// The metadata fields [`MetadataScores`] compares, in report order.
pub const METADATA_FIELDS: [&str; 6] = [
    "title",
    "authors",
    "date",
    "site_name",
    "lang",
    "description",
];

/// Per-field metadata accuracy against a ground truth in the shared corpus
/// format (`title`, `byline`, `date`, `siteName`, `lang`, `excerpt`). Each
/// field is scored only on documents whose ground truth has it:
/// - `title`: equal ignoring case, whitespace and the typographic form of
///   quotes, dashes and the ellipsis ("It’s" = "It's", "A – B" = "A - B");
/// - `authors` (ground truth `byline`, a string or a list): the same set of
///   names, case-insensitive; a byline string is split at commas,
///   semicolons, `&`, " and " (" et ", " und ", "(with …)") and line breaks, a leading "By" (or
///   "Written by", "Par", "Von", "Por") and bracketed links or addresses
///   dropped, and parts with digits (a date or time line glued to the
///   byline) ignored;
/// - `date`: the same calendar day as `published`, in the offset the page
///   stated with the time (the local day: `2023-12-22T23:30-05:00` is the
///   22nd, not the 23rd of UTC); one convention for every document, the
///   one the newspaper corpus follows (of its documents whose local and UTC
///   days differ, 3 of 4 give the local day);
/// - `site_name`: equal after whitespace normalisation, case-insensitive;
/// - `lang`: the same primary subtag;
/// - `description` (ground truth `excerpt`): equal after whitespace
///   normalisation.
///
/// ```
/// use gleaner::eval::MetadataScores;
/// let truth: serde_json::Value = serde_json::json!({"title": "Rain fell all June", "byline": "By Ann Lee"});
/// let article = gleaner::extract(
///     "<title>Rain fell all June | Daily</title><meta name=author content='Ann Lee'>\
///      <article><p>It rained for thirty days in a row this June, the longest run on record.</p></article>",
///     None,
/// )?;
/// let mut scores = MetadataScores::default();
/// scores.add(Some(&article), &truth);
/// assert_eq!(scores.accuracy("title"), Some(1.0));
/// assert_eq!(scores.accuracy("authors"), Some(1.0));
/// assert_eq!(scores.accuracy("date"), None);
/// # Ok::<(), gleaner::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct MetadataScores {
    /// (hits, scored documents) per field of [`METADATA_FIELDS`].
    counts: [(usize, usize); 6],
    /// Scored documents per field missed because the article gave no
    /// value at all (disjoint from the hits).
    none_given: [usize; 6],
    /// (hits, scored documents) of the date compared with `published` or
    /// `modified`: either day equal to the truth's counts.
    date_any: (usize, usize),
    /// Misses per field.
    misses: Vec<Miss>,
    /// Titles equal once the ground truth's own site suffix is cut.
    title_suffix_hits: usize,
}

/// One document whose field did not match.
#[derive(Debug, Clone)]
struct Miss {
    doc: String,
    field: &'static str,
    want: String,
    got: String,
    none_given: bool,
}

impl MetadataScores {
    /// Scores one document; `article` is `None` when extraction failed.
    pub fn add(&mut self, article: Option<&Article>, truth: &Value) {
        self.add_named("", article, truth);
    }

    /// Like [`add`](Self::add), remembering misses under the document's
    /// name for [`misses`](Self::misses).
    pub fn add_named(&mut self, doc: &str, article: Option<&Article>, truth: &Value) {
        for (i, field) in METADATA_FIELDS.iter().enumerate() {
            let Some(want) = metadata_expected(truth, field) else {
                continue;
            };
            let (ok, got) = match article {
                Some(a) => metadata_matches(a, field, &want),
                None => (false, String::new()),
            };
            let none_given = got.is_empty() && !ok;
            self.counts[i].1 += 1;
            if none_given {
                self.none_given[i] += 1;
            }
            let mut got_shown = got.clone();
            if *field == "date" {
                let modified = article.and_then(|a| a.modified).map(|d| local_day(&d));
                let any = ok || modified.as_deref() == want.as_str().and_then(|w| w.get(..10));
                self.date_any.1 += 1;
                if any {
                    self.date_any.0 += 1;
                }
                if let Some(m) = modified {
                    got_shown = format!("{got} (modified {m})");
                }
            }
            if ok {
                self.counts[i].0 += 1;
            } else {
                self.misses.push(Miss {
                    doc: doc.to_string(),
                    field,
                    want: want.to_string(),
                    got: if article.is_none() {
                        "<extraction failed>".to_string()
                    } else {
                        got_shown
                    },
                    none_given,
                });
            }
            if *field == "title" && (ok || suffix_cut_equal(want.as_str().unwrap_or(""), &got)) {
                self.title_suffix_hits += 1;
            }
        }
    }

    /// Share of scored documents whose field matched; `None` when no
    /// document's ground truth has the field.
    pub fn accuracy(&self, field: &str) -> Option<f64> {
        let (ok, n) = self.counts(field)?;
        (n > 0).then(|| ok as f64 / n as f64)
    }

    /// (hits, scored documents) of a field; `None` for an unknown field.
    pub fn counts(&self, field: &str) -> Option<(usize, usize)> {
        let i = METADATA_FIELDS.iter().position(|f| *f == field)?;
        Some(self.counts[i])
    }

    /// How many scored documents got no value at all for the field (the
    /// recall losses among its misses); `None` for an unknown field.
    pub fn none_given(&self, field: &str) -> Option<usize> {
        let i = METADATA_FIELDS.iter().position(|f| *f == field)?;
        Some(self.none_given[i])
    }

    /// Date accuracy when the day of either `published` or `modified`
    /// counts (a page whose most visible date is its update date); `None`
    /// when no document's ground truth has a date.
    pub fn date_published_or_modified(&self) -> Option<f64> {
        let (ok, n) = self.date_any;
        (n > 0).then(|| ok as f64 / n as f64)
    }

    /// Title accuracy when a ground-truth title that keeps the site's name
    /// after a separator (" | Site", " - Site") also counts as equal: a
    /// convention some corpora follow and gleaner does not.
    pub fn title_accuracy_ignoring_site_suffix(&self) -> Option<f64> {
        let (_, n) = self.counts[0];
        (n > 0).then(|| self.title_suffix_hits as f64 / n as f64)
    }

    /// The misses of one field: (document, expected as JSON, got). For
    /// `date`, `got` is the published day followed by the modified day in
    /// brackets when there is one; it is empty when nothing was given.
    pub fn misses<'a>(
        &'a self,
        field: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a str, &'a str)> {
        self.misses
            .iter()
            .filter(move |m| m.field == field)
            .map(|m| (m.doc.as_str(), m.want.as_str(), m.got.as_str()))
    }

    /// Whether a document's miss of a field was a "none given" (no value
    /// at all) rather than a wrong value.
    pub fn missed_with_none(&self, doc: &str, field: &str) -> bool {
        self.misses
            .iter()
            .any(|m| m.field == field && m.doc == doc && m.none_given)
    }

    /// The report line: `metadata: title=0.950 (141/148) ...`, scored
    /// fields only, then `date_pub_or_mod`, the date accuracy when the
    /// modified day also counts.
    pub fn line(&self) -> String {
        let mut line = String::from("metadata:");
        for (i, field) in METADATA_FIELDS.iter().enumerate() {
            let (ok, n) = self.counts[i];
            if n > 0 {
                let acc = ok as f64 / n as f64;
                line.push_str(&format!(" {field}={acc:.3} ({ok}/{n})"));
            }
        }
        if let Some(acc) = self.date_published_or_modified() {
            let (ok, n) = self.date_any;
            line.push_str(&format!(" date_pub_or_mod={acc:.3} ({ok}/{n})"));
        }
        line
    }
}

/// The calendar day of a timestamp in the offset the page stated.
fn local_day(t: &crate::article::Timestamp) -> String {
    t.format("%Y-%m-%d").to_string()
}

fn norm_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A title for comparison: lower case, typographic quotes, dashes and the
/// ellipsis written plainly, full-width punctuation as ASCII, whitespace
/// normalised (how a reader compares two titles; the comparator of the
/// issue that measured metadata against the WCXB truth).
fn norm_title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201f}' | '\u{2033}' => out.push('"'),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            // Full-width forms of ASCII ("？", "！").
            '\u{ff01}'..='\u{ff5e}' => {
                out.push(char::from_u32(c as u32 - 0xfee0).unwrap_or(c));
            }
            _ => out.extend(c.to_lowercase()),
        }
    }
    norm_ws(&out)
}

/// Whether `want` is `got` plus a short trailing segment after a title
/// separator (the site's name).
fn suffix_cut_equal(want: &str, got: &str) -> bool {
    let (want, got) = (norm_title(want), norm_title(got));
    if got.is_empty() {
        return false;
    }
    let Some(rest) = want.strip_prefix(&got) else {
        return false;
    };
    let rest = rest.trim_start();
    ["| ", "- ", "– ", "— ", "· ", ":: ", "» ", "[", "_", "("]
        .iter()
        .any(|sep| rest.starts_with(sep))
        && rest.split_whitespace().count() <= 8
}

/// Words that introduce a byline, in the languages of the corpora.
const BYLINE_INTROS: [&str; 6] = ["by: ", "by ", "written by ", "par ", "von ", "por "];

/// The set of names in bylines, for comparing author lists.
fn name_set<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for raw in names {
        for line in crate::metadata::authors::without_bracketed_links(&raw.to_lowercase()).lines() {
            let line = norm_ws(line);
            let line = BYLINE_INTROS
                .iter()
                .find_map(|i| line.strip_prefix(i))
                .unwrap_or(&line);
            let line = ["(with ", "(avec ", " et ", " und "]
                .iter()
                .fold(line.to_string(), |l, sep| l.replace(sep, ", "));
            for part in line.split([',', ';', '&']) {
                for name in part.split(" and ") {
                    let name = name.trim_matches(|c: char| !c.is_alphanumeric());
                    if name.is_empty() || name == "by" || name.chars().any(|c| c.is_ascii_digit()) {
                        continue;
                    }
                    set.insert(norm_ws(name));
                }
            }
        }
    }
    set
}

/// The expected value of a field from a ground-truth entry.
fn metadata_expected(entry: &Value, field: &str) -> Option<Value> {
    let key = match field {
        "authors" => "byline",
        "site_name" => "siteName",
        "description" => "excerpt",
        other => other,
    };
    entry
        .get(key)
        .filter(|v| match v {
            Value::Null => false,
            // pandas' "not a time" marks a missing date in some corpora.
            Value::String(s) => !s.trim().is_empty() && s.trim() != "NaT",
            Value::Array(a) => !a.is_empty(),
            _ => true,
        })
        .cloned()
}

/// Whether the article's field matches the expected value, and what the
/// article had.
fn metadata_matches(a: &Article, field: &str, want: &Value) -> (bool, String) {
    let want_str = want.as_str().unwrap_or("");
    match field {
        "title" => {
            let got = a.title.as_deref().map(norm_ws).unwrap_or_default();
            (norm_title(&got) == norm_title(want_str), got)
        }
        "authors" => {
            let want: BTreeSet<String> = match want {
                Value::Array(v) => name_set(v.iter().filter_map(Value::as_str)),
                _ => name_set([want_str]),
            };
            let got = name_set(a.authors.iter().map(String::as_str));
            (got == want, a.authors.join(", "))
        }
        "date" => {
            let got = a.published.map(|d| local_day(&d)).unwrap_or_default();
            (want_str.get(..10) == Some(got.as_str()), got)
        }
        "site_name" => {
            let got = a.site_name.as_deref().map(norm_ws).unwrap_or_default();
            (got.to_lowercase() == norm_ws(want_str).to_lowercase(), got)
        }
        "lang" => {
            let primary = |s: &str| s.split(['-', '_']).next().unwrap_or("").to_lowercase();
            let got = a.lang.clone().unwrap_or_default();
            (!got.is_empty() && primary(&got) == primary(want_str), got)
        }
        "description" => {
            let got = a.description.as_deref().map(norm_ws).unwrap_or_default();
            (got == norm_ws(want_str), got)
        }
        _ => (false, String::new()),
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

    #[test]
    fn byline_names_ignore_intro_dates_and_layout() {
        let set = |s: &str| name_set([s]);
        assert_eq!(set("By\n\t\tScott Lee"), set("Scott Lee"));
        assert_eq!(set("By Ann Lee\n   March 25, 2015"), set("ann lee"));
        assert_eq!(set("Ann Lee and Bo Ray"), set("Bo Ray, Ann Lee"));
        assert_ne!(set("Ann Lee"), set("Ann Lee, Bo Ray"));
        assert_eq!(set("Par Ann Lee"), set("Ann Lee"));
        assert_eq!(
            set("Ann Lee (avec Bo Ray et Cy Ode)"),
            set("Cy Ode, Bo Ray, Ann Lee")
        );
        assert_eq!(set("Ann Lee (https://example.com/al/)"), set("Ann Lee"));
        assert_ne!(set("Ann Lee (Paris)"), set("Ann Lee"));
    }

    #[test]
    fn date_is_the_local_day_of_the_stated_offset() {
        let page = "<meta property='article:published_time' content='2023-12-22T23:30:00-05:00'>\
                    <article><p>It rained for thirty days in a row this June, the longest run on record.</p></article>";
        let Ok(a) = crate::extract(page, None) else {
            panic!("extraction failed");
        };
        let score = |day: &str| {
            let mut s = MetadataScores::default();
            s.add(Some(&a), &serde_json::json!({ "date": day }));
            s.accuracy("date")
        };
        assert_eq!(score("2023-12-22"), Some(1.0));
        assert_eq!(score("2023-12-23"), Some(0.0));
    }

    #[test]
    fn titles_compare_like_a_reader_does() {
        let score = |want: &str, got: &str| {
            let a = crate::Article {
                title: Some(got.to_string()),
                ..crate::Article::default()
            };
            let mut s = MetadataScores::default();
            s.add(Some(&a), &serde_json::json!({ "title": want }));
            s.accuracy("title")
        };
        assert_eq!(
            score("It's a Rock – Roll Year…", "it’s a  rock - roll year..."),
            Some(1.0)
        );
        assert_eq!(score("Why？", "Why?"), Some(1.0));
        assert_eq!(score("Rock and Roll", "Rock & Roll"), Some(0.0));
    }

    #[test]
    fn site_suffix_convention() {
        assert!(suffix_cut_equal("Rain in June | Daily", "Rain in June"));
        assert!(suffix_cut_equal(
            "Rain in June - Daily News",
            "Rain in June"
        ));
        assert!(!suffix_cut_equal("Rain in June again", "Rain in June"));
        assert!(!suffix_cut_equal("Rain", ""));
    }
}
