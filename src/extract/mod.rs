//! The extraction pipeline: parse → index → prune → score → assemble →
//! fallback. Pure and synchronous.

// The stages keep per-node facts in parallel vectors indexed by node; index
// loops over them read better than zipped iterators.
#![allow(clippy::needless_range_loop)]

mod assemble;
mod dom;
mod score;

pub(crate) use dom::Tag;

use std::sync::Arc;

use scraper::Html;
use url::Url;

use crate::article::Article;
use crate::decode;
use crate::error::Error;
use crate::guard;
use crate::metadata;

/// How eagerly to keep borderline content.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Focus {
    /// Keep only what is clearly the article: fewer boilerplate leaks, may
    /// drop a borderline paragraph.
    Precision,
    /// The default trade-off.
    #[default]
    Balanced,
    /// Keep borderline blocks (captions, short lines near the body): nothing
    /// of the article lost, some boilerplate may stay.
    Recall,
}

/// The extractor's options. Built with [`Extractor::builder`].
#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub(crate) focus: Focus,
    pub(crate) images: bool,
    pub(crate) links: bool,
    pub(crate) tables: bool,
    pub(crate) max_input_bytes: usize,
    pub(crate) max_elements: usize,
    pub(crate) guard: guard::Limits,
    pub(crate) explain: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            focus: Focus::Balanced,
            images: true,
            links: true,
            tables: true,
            max_input_bytes: ExtractorBuilder::DEFAULT_MAX_INPUT_BYTES,
            max_elements: ExtractorBuilder::DEFAULT_MAX_ELEMENTS,
            guard: guard::Limits::default(),
            explain: false,
        }
    }
}

/// Configures an [`Extractor`]. Setters take and return the builder by value.
///
/// ```
/// use gleaner::{Extractor, Focus};
/// let extractor = Extractor::builder()
///     .focus(Focus::Precision)
///     .images(false)
///     .max_input_bytes(4 << 20)
///     .build();
/// # let _ = extractor;
/// ```
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct ExtractorBuilder {
    options: Options,
}

impl ExtractorBuilder {
    /// Default of [`max_input_bytes`](Self::max_input_bytes): 32 MiB.
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 << 20;
    /// Default of [`max_elements`](Self::max_elements): 1,000,000.
    pub const DEFAULT_MAX_ELEMENTS: usize = 1_000_000;

    /// How eagerly to keep borderline content.
    ///
    /// # Defaults
    /// [`Focus::Balanced`].
    pub fn focus(mut self, focus: Focus) -> Self {
        self.options.focus = focus;
        self
    }

    /// Whether the body keeps [`Block::Image`](crate::Block::Image) blocks.
    ///
    /// # Defaults
    /// `true`.
    pub fn images(mut self, keep: bool) -> Self {
        self.options.images = keep;
        self
    }

    /// Whether inline links are kept as [`MarkKind::Link`](crate::MarkKind::Link) marks.
    ///
    /// # Defaults
    /// `true`.
    pub fn links(mut self, keep: bool) -> Self {
        self.options.links = keep;
        self
    }

    /// Whether data tables in the body are kept as [`Block::Table`](crate::Block::Table).
    ///
    /// # Defaults
    /// `true`.
    pub fn tables(mut self, keep: bool) -> Self {
        self.options.tables = keep;
        self
    }

    /// Largest input accepted, in bytes; larger input is rejected with
    /// [`Error::InputTooLarge`] before parsing.
    ///
    /// # Defaults
    /// [`DEFAULT_MAX_INPUT_BYTES`](Self::DEFAULT_MAX_INPUT_BYTES) (32 MiB).
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.options.max_input_bytes = limit;
        self
    }

    /// Most elements a document may have; more gives
    /// [`Error::TooManyElements`].
    ///
    /// # Defaults
    /// [`DEFAULT_MAX_ELEMENTS`](Self::DEFAULT_MAX_ELEMENTS) (1,000,000).
    pub fn max_elements(mut self, limit: usize) -> Self {
        self.options.max_elements = limit;
        self
    }

    /// Deepest element nesting passed to the HTML parser. Deeper start tags
    /// are dropped before parsing, keeping their text (browsers do the same:
    /// Blink stops nesting at 512), so that parsing stays linear: the parser
    /// is quadratic in nesting depth. Not an error; see [`crate::guard`].
    /// Applies to [`Extractor::extract`] and [`Extractor::extract_bytes`];
    /// callers of [`Extractor::extract_document`] can bound their input with
    /// [`guard::bound`] before parsing it.
    ///
    /// # Defaults
    /// [`guard::Limits::DEFAULT_MAX_DEPTH`] (512).
    pub fn max_depth(mut self, limit: usize) -> Self {
        self.options.guard.max_depth = limit;
        self
    }

    /// Most attributes kept in one tag; later ones are dropped before
    /// parsing (the parser is quadratic in the attributes of one tag).
    /// Attribute values are also cut to
    /// [`guard::Limits::DEFAULT_MAX_ATTRIBUTE_LEN`] bytes.
    ///
    /// # Defaults
    /// [`guard::Limits::DEFAULT_MAX_ATTRIBUTES`] (256).
    pub fn max_attributes(mut self, limit: usize) -> Self {
        self.options.guard.max_attributes = limit;
        self
    }

    /// Whether to record what was removed and why in
    /// [`Article::removed`](crate::Article::removed).
    ///
    /// # Defaults
    /// `false` (it costs a little time and memory).
    pub fn explain(mut self, on: bool) -> Self {
        self.options.explain = on;
        self
    }

    /// Builds the extractor.
    pub fn build(self) -> Extractor {
        Extractor {
            options: Arc::new(self.options),
        }
    }
}

/// Turns HTML into an [`Article`]. `Send + Sync` and cheap to clone: share
/// one across threads.
///
/// ```
/// let extractor = gleaner::Extractor::builder().build();
/// let html = "<article><h1>Title</h1><p>One paragraph of the story, long enough to count as text.</p>\
///             <p>And another one that carries the rest of the story to its end.</p></article>";
/// let article = extractor.extract(html, None)?;
/// assert!(article.text.starts_with("One paragraph"));
/// # Ok::<(), gleaner::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Arc<Options>,
}

impl Extractor {
    /// A builder with default options.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts the article from an HTML string. `url` is the page's address,
    /// used to resolve relative links and to tell own-site links from others.
    pub fn extract(&self, html: &str, url: Option<&Url>) -> Result<Article, Error> {
        self.check_size(html.len())?;
        let html = guard::bound(html, &self.options.guard);
        let doc = Html::parse_document(&html);
        self.extract_document(&doc, url)
    }

    /// Extracts from raw bytes, decoding them first: byte-order mark, the
    /// `charset` of `content_type` (the HTTP header), `<meta charset>`, then
    /// statistical detection.
    pub fn extract_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
        url: Option<&Url>,
    ) -> Result<Article, Error> {
        self.check_size(bytes.len())?;
        let decoded = decode::decode(bytes, content_type);
        let html = guard::bound(&decoded.text, &self.options.guard);
        let doc = Html::parse_document(&html);
        self.extract_document(&doc, url)
    }

    /// Extracts from a document already parsed with scraper. The whole cost
    /// of this call is gleaner's work above the parse.
    pub fn extract_document(&self, doc: &Html, url: Option<&Url>) -> Result<Article, Error> {
        let opts = &*self.options;
        let meta = metadata::collect(doc, url);
        let mut article = self.extract_pass(doc, url, &meta, false)?;
        // Fallback: a short result usually means the article's container
        // was pruned by its name; try again without vocabulary pruning and
        // keep the longer text.
        if article.text.len() < FALLBACK_BELOW_BYTES {
            let relaxed = self.extract_pass(doc, url, &meta, true)?;
            if relaxed.text.len() > article.text.len() * 2 {
                article = relaxed;
            }
        }
        let _ = opts;
        if article.text.trim().is_empty() {
            return Err(Error::NoContent { url: url.cloned() });
        }
        Ok(article)
    }

    fn extract_pass(
        &self,
        doc: &Html,
        url: Option<&Url>,
        meta: &metadata::Metadata,
        relaxed: bool,
    ) -> Result<Article, Error> {
        let opts = &*self.options;
        let dom = dom::Dom::build(doc, opts.max_elements, relaxed)?;
        let body = score::find_body(&dom, opts, meta);
        let mut article = Article {
            url: url.cloned(),
            ..Article::default()
        };
        assemble::assemble(&dom, &body, opts, url, &mut article);
        meta.apply(&mut article);
        drop_title_heading(&mut article);
        article.fill_text();
        Ok(article)
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        let limit = self.options.max_input_bytes;
        if size > limit {
            return Err(Error::InputTooLarge { size, limit });
        }
        Ok(())
    }
}

/// Below this many bytes of text, the relaxed second pass runs.
const FALLBACK_BELOW_BYTES: usize = 500;

/// Removes a leading heading that repeats the title (the headline is
/// `Article::title`, not body text); takes it as the title when none is known.
fn drop_title_heading(article: &mut Article) {
    let Some(pos) = article
        .blocks
        .iter()
        .position(|b| !matches!(b, crate::Block::Image(_)))
    else {
        return;
    };
    let crate::Block::Heading { level, content } = &article.blocks[pos] else {
        return;
    };
    let heading = normalize(&content.text);
    let same = match &article.title {
        Some(t) => {
            let t = normalize(t);
            !heading.is_empty() && (t == heading || t.contains(&heading) || heading.contains(&t))
        }
        None => *level <= 2,
    };
    if same {
        if article.title.is_none() {
            article.title = Some(content.text.clone());
        }
        article.blocks.remove(pos);
    }
}

fn normalize(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn extractor_is_send_sync() {
        assert_send_sync::<Extractor>();
        assert_send_sync::<Article>();
        assert_send_sync::<Error>();
    }

    #[test]
    fn input_limit_is_an_error_naming_it() {
        let ex = Extractor::builder().max_input_bytes(10).build();
        let err = ex.extract("<p>0123456789 abc</p>", None).unwrap_err();
        assert!(matches!(err, Error::InputTooLarge { limit: 10, .. }));
        assert!(err.to_string().contains("max_input_bytes"));
    }

    #[test]
    fn element_limit_is_an_error_naming_it() {
        let ex = Extractor::builder().max_elements(50).build();
        let html = "<p>word</p>".repeat(100);
        let err = ex.extract(&html, None).unwrap_err();
        assert!(matches!(err, Error::TooManyElements { limit: 50, .. }));
        assert!(err.to_string().contains("max_elements"));
    }
}
