//! [`Extractor`] and its builder: the crate's configured entry point, above
//! the [`pipeline`](crate::pipeline) whose one stage order it runs, and the
//! stages whose options it sets.

use std::sync::Arc;

use scraper::Html;
use url::Url;

use crate::article::Article;
use crate::error::Error;
use crate::extract::{self, Focus, Options};
use crate::pipeline::{self, Input};
use crate::site::SiteMemory;
use crate::syndication;

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
    pub const DEFAULT_MAX_INPUT_BYTES: usize = extract::DEFAULT_MAX_INPUT_BYTES;
    /// Default of [`max_elements`](Self::max_elements): 1,000,000.
    pub const DEFAULT_MAX_ELEMENTS: usize = extract::DEFAULT_MAX_ELEMENTS;

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
    /// [`Error::InputTooLarge`] before parsing. At most 4 GiB − 1: a larger
    /// limit is taken as that (html5ever's buffers hold no more).
    ///
    /// # Defaults
    /// [`DEFAULT_MAX_INPUT_BYTES`](Self::DEFAULT_MAX_INPUT_BYTES) (32 MiB).
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        let most = usize::try_from(u32::MAX).unwrap_or(usize::MAX);
        self.options.max_input_bytes = limit.min(most);
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
    /// [`guard::bound`](crate::guard::bound) before parsing it.
    ///
    /// # Defaults
    /// [`guard::Limits::DEFAULT_MAX_DEPTH`](crate::guard::Limits::DEFAULT_MAX_DEPTH) (512).
    pub fn max_depth(mut self, limit: usize) -> Self {
        self.options.guard.max_depth = limit;
        self
    }

    /// Most attributes kept in one tag; later ones are dropped before
    /// parsing (the parser is quadratic in the attributes of one tag).
    /// Attribute values are also cut to
    /// [`guard::Limits::DEFAULT_MAX_ATTRIBUTE_LEN`](crate::guard::Limits::DEFAULT_MAX_ATTRIBUTE_LEN) bytes.
    ///
    /// # Defaults
    /// [`guard::Limits::DEFAULT_MAX_ATTRIBUTES`](crate::guard::Limits::DEFAULT_MAX_ATTRIBUTES) (256).
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

    /// Whether the syndication-spam stripper ([`crate::syndication`]) runs:
    /// markers, widget lines, legal small print, file-name captions and the
    /// site's branding are removed, and [`Article::source_url`](crate::Article::source_url),
    /// [`source_name`](crate::Article::source_name) and the page's own
    /// [`site_name`](crate::Article::site_name) are read off the page.
    /// Turned off, extraction skips that work (for sites known to be clean,
    /// where it only costs time): the body is chosen and pruned as before,
    /// `source_url` and `site_name` come from the page's metadata only, and
    /// only the caller's [`strip_text`](Self::strip_text) and
    /// [`strip_selector`](Self::strip_selector) rules remove blocks (whole
    /// paragraphs and headings); [`syndication_marker`](Self::syndication_marker)s
    /// are not looked for. [`boilerplate_class`](Self::boilerplate_class)
    /// and [`content_class`](Self::content_class) apply either way.
    ///
    /// # Defaults
    /// `true`.
    pub fn syndication(mut self, on: bool) -> Self {
        self.options.rules.off = !on;
        self
    }

    /// Adds a syndication marker: a short block at the head or tail of the
    /// post starting with `prefix` (case-insensitive) is removed, and its
    /// link to another host becomes [`Article::source_url`](crate::Article::source_url).
    /// Built-in markers are in [`rules::syndication`](crate::rules::syndication).
    ///
    /// # Defaults
    /// None beyond the built-in list.
    pub fn syndication_marker(mut self, prefix: &str) -> Self {
        self.options
            .rules
            .markers
            .push(prefix.trim().to_lowercase());
        self
    }

    /// Removes every short block (under 600 bytes) whose text starts with
    /// `prefix` (case-insensitive), on every host.
    ///
    /// # Defaults
    /// None.
    pub fn strip_text(mut self, prefix: &str) -> Self {
        self.options
            .rules
            .all
            .texts
            .push(prefix.trim().to_lowercase());
        self
    }

    /// Like [`strip_text`](Self::strip_text), only on `host` and its
    /// subdomains (`www.` ignored).
    pub fn strip_text_on_host(mut self, host: &str, prefix: &str) -> Self {
        let prefix = prefix.trim().to_lowercase();
        self.host_rules(host).texts.push(prefix);
        self
    }

    /// Removes the blocks whose text lies inside an element matching the
    /// CSS selector `css` (a brand bar, a widget), on every host.
    ///
    /// # Errors
    /// [`Error::InvalidRule`] when `css` does not parse.
    ///
    /// # Defaults
    /// None.
    pub fn strip_selector(mut self, css: &str) -> Result<Self, Error> {
        let sel = syndication::parse_selector(css)?;
        self.options
            .rules
            .all
            .selectors
            .push((css.to_string(), sel));
        Ok(self)
    }

    /// Like [`strip_selector`](Self::strip_selector), only on `host` and its
    /// subdomains.
    ///
    /// # Errors
    /// [`Error::InvalidRule`] when `css` does not parse.
    pub fn strip_selector_on_host(mut self, host: &str, css: &str) -> Result<Self, Error> {
        let sel = syndication::parse_selector(css)?;
        self.host_rules(host).selectors.push((css.to_string(), sel));
        Ok(self)
    }

    /// Marks containers whose class or id contains `token` as boilerplate:
    /// they are pruned like the built-in `sidebar` or `related` (a site's
    /// own promo box, a theme's widget area), on every host. Class names
    /// are matched per token, split at non-alphanumerics and case changes
    /// as the built-in vocabularies in [`rules`](crate::rules) are:
    /// `boilerplate_class("promo")` matches `promo-box` and `sitePromo`.
    /// A caller's token overrides the built-in vocabulary for that token.
    ///
    /// # Errors
    /// [`Error::InvalidRule`] when `token` is not a single token (empty,
    /// over 24 bytes, or containing characters the tokenizer splits at).
    ///
    /// # Defaults
    /// None beyond the built-in vocabularies.
    pub fn boilerplate_class(mut self, token: &str) -> Result<Self, Error> {
        let t = crate::rules::UserToken::new(token, true)?;
        self.options.rules.all.tokens.push(t);
        Ok(self)
    }

    /// Marks containers whose class or id contains `token` as content (the
    /// article's container is preferred), on every host; the opposite of
    /// [`boilerplate_class`](Self::boilerplate_class), with the same token rules.
    ///
    /// # Errors
    /// [`Error::InvalidRule`] when `token` is not a single token.
    pub fn content_class(mut self, token: &str) -> Result<Self, Error> {
        let t = crate::rules::UserToken::new(token, false)?;
        self.options.rules.all.tokens.push(t);
        Ok(self)
    }

    /// Like [`boilerplate_class`](Self::boilerplate_class), only on `host`
    /// and its subdomains (`www.` ignored).
    ///
    /// # Errors
    /// [`Error::InvalidRule`] when `token` is not a single token.
    pub fn boilerplate_class_on_host(mut self, host: &str, token: &str) -> Result<Self, Error> {
        let t = crate::rules::UserToken::new(token, true)?;
        self.host_rules(host).tokens.push(t);
        Ok(self)
    }

    /// Like [`content_class`](Self::content_class), only on `host` and its
    /// subdomains (`www.` ignored).
    ///
    /// # Errors
    /// [`Error::InvalidRule`] when `token` is not a single token.
    pub fn content_class_on_host(mut self, host: &str, token: &str) -> Result<Self, Error> {
        let t = crate::rules::UserToken::new(token, false)?;
        self.host_rules(host).tokens.push(t);
        Ok(self)
    }

    fn host_rules(&mut self, host: &str) -> &mut syndication::RuleSet {
        let host = crate::text::bare_host(host.trim());
        let hosts = &mut self.options.rules.hosts;
        let pos = match hosts.iter().position(|(h, _)| *h == host) {
            Some(p) => p,
            None => {
                hosts.push((host, syndication::RuleSet::default()));
                hosts.len() - 1
            }
        };
        &mut hosts[pos].1
    }

    /// Builds the extractor.
    pub fn build(self) -> Extractor {
        // The stripper's phrase tables are built here, once per process,
        // not inside the first page's extraction.
        if !self.options.rules.off {
            syndication::build_tables();
        }
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
#[derive(Debug, Clone)]
pub struct Extractor {
    options: Arc<Options>,
}

/// The extractor of [`Extractor::builder`]'s defaults, built by
/// [`ExtractorBuilder::build`].
impl Default for Extractor {
    fn default() -> Self {
        ExtractorBuilder::default().build()
    }
}

impl Extractor {
    /// A builder with default options.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts the article from an HTML string. `url` is the page's address,
    /// used to resolve relative links and to tell own-site links from others.
    pub fn extract(&self, html: &str, url: Option<&Url>) -> Result<Article, Error> {
        self.extract_input(Input::html(html).maybe_url(url), None)
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
        self.extract_input(Input::bytes(bytes, content_type).maybe_url(url), None)
    }

    /// Like [`extract`](Self::extract), with a [`SiteMemory`]: blocks the
    /// page's host repeated on earlier pages are stripped, and this page's
    /// blocks are learned. Needs `url` (memory is per host); without it this
    /// is `extract`.
    ///
    /// ```
    /// let memory = gleaner::SiteMemory::new();
    /// let url = gleaner::Url::parse("https://news.example/a")?;
    /// let html = "<article><p>One paragraph of the story, long enough to count as text.</p></article>";
    /// let article = gleaner::Extractor::default().extract_with(html, Some(&url), &memory)?;
    /// assert!(article.text.starts_with("One paragraph"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extract_with(
        &self,
        html: &str,
        url: Option<&Url>,
        memory: &SiteMemory,
    ) -> Result<Article, Error> {
        self.extract_input(Input::html(html).maybe_url(url), Some(memory))
    }

    /// Like [`extract_bytes`](Self::extract_bytes), with a [`SiteMemory`]
    /// (see [`extract_with`](Self::extract_with)).
    pub fn extract_bytes_with(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
        url: Option<&Url>,
        memory: &SiteMemory,
    ) -> Result<Article, Error> {
        let input = Input::bytes(bytes, content_type).maybe_url(url);
        self.extract_input(input, Some(memory))
    }

    /// Whether removals are listed in `Article::removed` (the builder's
    /// `explain`), for the two-pass site memory in `site.rs`.
    pub(crate) fn explains(&self) -> bool {
        self.options.explain
    }

    /// Extracts from a document already parsed with scraper. The whole cost
    /// of this call is gleaner's work above the parse.
    ///
    /// gleaner builds scraper without its `atomic` feature (the copy of
    /// every text and attribute into an atomic string costs about 3 % of
    /// an extraction), so an `Html` is not `Send`; a caller that moves
    /// parsed documents between threads turns the feature on in its own
    /// `Cargo.toml` (`scraper = { version = "0.29", features = ["atomic"] }`),
    /// which this method accepts the same.
    pub fn extract_document(&self, doc: &Html, url: Option<&Url>) -> Result<Article, Error> {
        self.extract_input(Input::document(doc).maybe_url(url), None)
    }

    /// Extracts an [`Input`]: a page with its URL and reference time (when
    /// it was fetched), with a [`SiteMemory`] or without. The other
    /// `extract*` methods are this with no reference time.
    ///
    /// ```
    /// use gleaner::{Extractor, Input, SiteMemory, Url};
    /// let url = Url::parse("https://news.example/a")?;
    /// let fetched = chrono::Utc::now().fixed_offset();
    /// let html = "<article><p>One paragraph of the story, long enough to count as text.</p></article>";
    /// let memory = SiteMemory::new();
    /// let input = Input::html(html).url(&url).fetched_at(fetched);
    /// let article = Extractor::default().extract_input(input, Some(&memory))?;
    /// assert_eq!(article.fetched_at, Some(fetched));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::NoContent`] when no article text is found, and the limit
    /// errors of [`ExtractorBuilder`] for oversized input.
    pub fn extract_input(
        &self,
        input: Input<'_>,
        memory: Option<&SiteMemory>,
    ) -> Result<Article, Error> {
        pipeline::extract(&self.options, input, memory)
    }

    /// The options the stages read (the crawl workers draft with them).
    #[cfg(any(feature = "crawl", test))]
    pub(crate) fn options(&self) -> &Options {
        &self.options
    }
}

impl Extractor {
    /// Extracts every page of one host in two passes: all pages are
    /// extracted and learned by `memory` first ([`SiteMemory::learn`]),
    /// then the blocks the host repeats are stripped from each
    /// ([`SiteMemory::strip`]) — the first page included, which
    /// [`extract_with`](Extractor::extract_with) page by page cannot do.
    /// Results come in the order of `pages`. The pages may belong to
    /// several hosts: memory is per host. Memory stays bounded by its
    /// [`SiteMemoryLimits`](crate::SiteMemoryLimits); the pages' articles are held until the second
    /// pass, so pass a host's pages (or a bounded batch of them) at a time.
    ///
    /// ```
    /// use gleaner::{Extractor, SiteMemory, Url};
    /// let page = |n: u32| format!(
    ///     "<html><body><article><p>Brought to you by Quokka Portal</p>\
    ///      <p>Story {n} follows a ferry captain on her last crossing of the bay.</p>\
    ///      <p>The second paragraph of story {n} names the passengers who came along.</p></article></body></html>");
    /// let mut pages = Vec::new();
    /// for n in 0..3 {
    ///     pages.push((Url::parse(&format!("https://quokka.example/{n}"))?, page(n)));
    /// }
    /// let memory = SiteMemory::new();
    /// let articles = Extractor::default().extract_host(
    ///     pages.iter().map(|(u, h)| (u, h.as_str())),
    ///     &memory,
    /// );
    /// let first = articles[0].as_ref().map_err(|e| e.to_string())?;
    /// assert!(!first.text.contains("Quokka Portal"));
    /// assert!(first.text.contains("Story 0"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extract_host<'a>(
        &self,
        pages: impl IntoIterator<Item = (&'a Url, &'a str)>,
        memory: &SiteMemory,
    ) -> Vec<Result<Article, Error>> {
        let mut articles: Vec<Result<Article, Error>> = Vec::new();
        for (url, html) in pages {
            let input = Input::html(html).url(url);
            match pipeline::draft(&self.options, input, true) {
                Ok(draft) => {
                    // What the stripper removed is learned too, and the
                    // page's lines outside the article.
                    let stripped = draft.stripped().to_vec();
                    let outside = draft.outside().to_vec();
                    let article = pipeline::tail(draft, None).0;
                    memory.learn_with(&article, &stripped, &outside);
                    articles.push(Ok(article));
                }
                Err(e) => articles.push(Err(e)),
            }
        }
        let explain = self.explains();
        for article in articles.iter_mut().flatten() {
            memory.strip_explained(article, explain);
        }
        articles
    }
}
