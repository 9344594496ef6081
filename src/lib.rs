//! gleaner turns messy news web pages into clean, structured articles.
//!
//! It finds the main content of a page, strips everything that is not the
//! article (navigation, ads, share bars, related posts, cookie and chat
//! widgets, syndication markers), and returns an [`Article`]: title, text,
//! structured [`Block`]s and metadata, serialisable with serde and renderable
//! as text, Markdown or clean HTML.
//!
//! # Three ways to use it
//!
//! **1. The one-liner**, for a page you already have:
//!
//! ```
//! let html = r#"<html><head><title>Bridge reopens | Valley Post</title></head><body>
//!   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
//!   <article><h1>Bridge reopens</h1>
//!     <p>The old stone bridge over the river reopened on Monday after two years of repairs.</p>
//!     <p>Engineers replaced the worn arches and widened the footpath for cyclists.</p>
//!   </article>
//!   <footer>© Valley Post</footer></body></html>"#;
//! let article = gleaner::extract(html, None)?;
//! assert_eq!(article.title.as_deref(), Some("Bridge reopens"));
//! assert!(article.text.contains("stone bridge"));
//! assert!(!article.text.contains("Home"));
//! # Ok::<(), gleaner::Error>(())
//! ```
//!
//! **2. A configured [`Extractor`]**, shared across threads, for raw bytes in
//! any charset, or for a document you already parsed with scraper:
//!
//! ```
//! use gleaner::{Extractor, Focus};
//! let extractor = Extractor::builder().focus(Focus::Precision).images(false).build();
//! let bytes = b"<html><body><article><p>Caf\xe9 owners in the old town agreed to close early on Sundays.</p>\
//!               <p>The council thanked them for the quick decision.</p></article></body></html>";
//! let article = extractor.extract_bytes(bytes, Some("text/html; charset=windows-1252"), None)?;
//! assert!(article.text.contains("Café owners"));
//! println!("{}", article.to_markdown());
//! # Ok::<(), gleaner::Error>(())
//! ```
//!
//! **3. The fetcher** (cargo feature `fetch`, on by default): fetch pages
//! politely (robots.txt, per-host delays, retries, size limits, charset
//! detection) and extract them, from inside an async crawler. See the
//! `fetch` example (`cargo run --release --example fetch`).
//!
//! **4. At crawler scale**: `Fetcher::articles_from_feed` and the
//! sitemap and feed discovery of `gleaner::fetch` (feature `fetch`) turn a site
//! into a stream of articles; `gleaner::crawl` (feature `crawl`) reads WARC
//! archives, extracts over all cores in input order and writes JSON Lines.
//! See the `crawl` example.
//!
//! # Cargo features
//! - `fetch` (default): the network side (reqwest + tokio), feeds and
//!   sitemaps. Turn it off with `default-features = false` to compile the
//!   extractor alone.
//! - `crawl` (default): the WARC reader, the parallel batch and the JSON
//!   Lines writer (adds flate2; no network).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod article;
#[cfg(feature = "crawl")]
pub mod crawl;
pub mod decode;
mod error;
/// The benchmark's scoring, for the `evaluate` example: not library API
/// (hidden cargo feature `eval`).
#[cfg(feature = "eval")]
#[doc(hidden)]
pub mod eval;
mod extract;
mod extractor;
#[cfg(feature = "fetch")]
pub mod fetch;
mod fnv;
pub mod guard;
mod metadata;
mod pipeline;
pub mod rules;
pub mod site;
pub mod syndication;
mod tag;
mod text;
mod tokenize;

pub use article::{
    Article, Block, Image, Inline, ListItem, Mark, MarkKind, Removed, Stage, Timestamp,
};
pub use error::Error;
pub use extract::Focus;
pub use extractor::{Extractor, ExtractorBuilder};
#[cfg(feature = "fetch")]
pub use fetch::{Fetcher, FetcherBuilder, Page};
pub use pipeline::Input;
pub use site::{SiteMemory, SiteMemoryLimits};
pub use url::Url;

/// Thin entry points into crate-private parsers, for the fuzz targets in
/// `fuzz/` only (cargo feature `fuzzing`). Not a public API: no stability.
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod __fuzz {
    /// Parses one JSON-LD script's text (with repairs) and reads the article
    /// object out of it; returns whether an article object was found.
    pub fn jsonld(text: &str) -> bool {
        match crate::metadata::jsonld::parse_script(text) {
            Some(value) => crate::metadata::jsonld::extract(std::slice::from_ref(&value)).is_some(),
            None => false,
        }
    }

    /// The guard as extraction runs it (unread raw text and SVG bodies left
    /// out), beside the public [`crate::guard::bound`]: returns both texts.
    pub fn guard(text: &str, limits: &crate::guard::Limits) -> (String, String) {
        let bounded = crate::guard::bound(text, limits).into_owned();
        let elided = crate::guard::bound_for_extraction(
            text,
            limits,
            true,
            Some(crate::metadata::HEAD_READS),
        )
        .0
        .into_owned();
        (bounded, elided)
    }

    /// Parses `html` with the fast tokenizer in front of html5ever's tree
    /// builder and with html5ever alone: both trees dumped, or `None` where
    /// the fast tokenizer gives up (the page then goes to html5ever).
    pub fn tokenize(html: &str) -> Option<(String, String)> {
        let fast = crate::tokenize::fast_parse(html)?;
        let slow = scraper::Html::parse_document(html);
        Some((crate::tokenize::dump(&fast), crate::tokenize::dump(&slow)))
    }

    /// Parses a date in any supported format, checked against `now_unix`
    /// (seconds since 1970; out of range means no date); returns the
    /// timestamp as RFC 3339 text.
    pub fn date(input: &str, now_unix: i64) -> Option<String> {
        let now = chrono::DateTime::from_timestamp(now_unix, 0)?;
        crate::metadata::dates::parse_date(input, now).map(|ts| ts.to_rfc3339())
    }
}

/// Extracts the article from `html` with default options.
///
/// `url` is the page's address when known: it resolves relative links and
/// tells links to the same site from links to others.
///
/// # Errors
/// [`Error::NoContent`] when no article text is found, and the limit errors
/// of [`ExtractorBuilder`] for oversized input.
pub fn extract(html: &str, url: Option<&Url>) -> Result<Article, Error> {
    Extractor::default().extract(html, url)
}
