//! The extraction stages (index → prune → score → assemble) and the
//! [`Extractor`] that runs them; their order is [`crate::pipeline`]'s.
//! Pure and synchronous.

// The stages keep per-node facts in parallel vectors indexed by node; index
// loops over them read better than zipped iterators.
#![allow(clippy::needless_range_loop)]

pub(crate) mod assemble;
mod dek;
pub(crate) mod dom;
pub(crate) mod jsonld_body;
pub(crate) mod score;

pub(crate) use dom::Tag;

use std::sync::Arc;

use scraper::Html;
use url::Url;

use crate::article::Article;
use crate::error::Error;
use crate::guard;
use crate::pipeline::{self, Input};
use crate::site::SiteMemory;
use crate::syndication;

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

/// The cleaning thresholds a [`Focus`] stands for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Thresholds {
    /// Blocks named like boilerplate (bylines, meta, share) shorter than
    /// this many bytes are dropped inside the body.
    pub(crate) named_block_max: u32,
    /// Containers (not lists) with more link text than this are dropped.
    pub(crate) block_link_density: f32,
    /// Lists with more link text than this are dropped.
    pub(crate) list_link_density: f32,
}

impl Focus {
    pub(crate) fn thresholds(self) -> Thresholds {
        match self {
            Focus::Precision => Thresholds {
                named_block_max: 400,
                block_link_density: 0.15,
                list_link_density: 0.35,
            },
            Focus::Balanced => Thresholds {
                named_block_max: 200,
                block_link_density: 0.2,
                list_link_density: 0.5,
            },
            Focus::Recall => Thresholds {
                named_block_max: 80,
                block_link_density: 0.33,
                list_link_density: 0.7,
            },
        }
    }
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
    /// The caller's extra stripping rules (see the builder's `strip_*`).
    pub(crate) rules: syndication::Rules,
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
            rules: syndication::Rules::default(),
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

    /// Adds a syndication marker: a short block at the head or tail of the
    /// post starting with `prefix` (case-insensitive) is removed, and its
    /// link to another host becomes [`Article::source_url`](crate::Article::source_url).
    /// Built-in markers are in [`syndication::patterns`](crate::syndication::patterns).
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
        let host = syndication::bare_host(host.trim());
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
        pipeline::extract(self, input, memory)
    }

    /// The options the stages read.
    pub(crate) fn options(&self) -> &Options {
        &self.options
    }
}

/// Opens the text with the standfirst found just before the body, unless
/// the first blocks already carry it.
pub(crate) fn open_with_dek(dom: &dom::Dom, body: &score::Body, article: &mut Article) {
    let Some(&first) = body.roots.first() else {
        return;
    };
    let Some(dek) = dek::find(dom, first, &dom.live) else {
        return;
    };
    let already = article.blocks.iter().take(3).any(|b| {
        let t = b.plain_text();
        normalize(&t).contains(&normalize(&dek))
    });
    if !already {
        article
            .blocks
            .insert(0, crate::Block::Paragraph(crate::Inline::plain(dek)));
    }
}

/// Removes a leading heading that repeats the title (the headline is
/// `Article::title`, not body text); takes it as the title when none is known.
pub(crate) fn drop_title_heading(article: &mut Article) {
    // The headline is among the first few blocks (after a breadcrumb or a
    // kicker at most).
    let Some((pos, level, text)) = article
        .blocks
        .iter()
        .enumerate()
        .take(3)
        .find_map(|(i, b)| match b {
            crate::Block::Heading { level, content } => Some((i, *level, content.text.clone())),
            _ => None,
        })
    else {
        return;
    };
    let heading = normalize(&text);
    let same = match &article.title {
        Some(t) => {
            let t = normalize(t);
            !heading.is_empty() && (t == heading || t.contains(&heading) || heading.contains(&t))
        }
        None => level == 1 && pos == 0,
    };
    if same {
        if article.title.is_none() {
            article.title = Some(text);
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

    fn para(words: &str, n: usize) -> String {
        (0..n)
            .map(|i| format!("<p>{words}, sentence number {i} of the story, with a comma or two, goes on.</p>"))
            .collect()
    }

    #[test]
    fn standfirst_opens_the_text() {
        let dek =
            "Residents of the valley voted to keep the old ferry running for another ten years";
        let html = format!(
            "<html><head><meta name=description content='{dek}.'></head><body>\
             <header><h1>Ferry stays</h1><p class=standfirst>{dek}.</p></header>\
             <div class=article-body>{}</div></body></html>",
            para("The ferry carries two hundred people a day", 6)
        );
        let a = crate::extract(&html, None);
        let a = a.unwrap();
        assert!(a.text.starts_with(dek), "{}", a.text);
        assert_eq!(a.text.matches(dek).count(), 1);
    }

    #[test]
    fn split_body_blocks_are_merged() {
        let html = format!(
            "<body><div class=wrap><div><div class='body-part first'>{}</div></div>\
             <aside class=promo><a href=/x>Buy now</a></aside>\
             <div><div class='body-part second'>{}</div></div></div></body>",
            para("First half of the report about the harbour", 5),
            para("Second half of the report about the harbour", 2)
        );
        let a = crate::extract(&html, None).unwrap();
        assert!(a.text.contains("First half"));
        assert!(a.text.contains("Second half"));
        assert!(!a.text.contains("Buy now"));
    }

    #[test]
    fn labels_and_widget_text_go_headings_stay() {
        let html = format!(
            "<body><article><h2>What the council decided</h2>{}<p>Advertisement</p>\
             <div class='share-bar'><a href=/s>Share on Facebook</a></div>{}</article></body>",
            para("The council met on Tuesday evening", 3),
            para("Later the mayor explained the decision", 2)
        );
        let a = crate::extract(&html, None).unwrap();
        assert!(a.blocks.iter().any(|b| matches!(b, crate::Block::Heading { content, .. } if content.text == "What the council decided")));
        assert!(!a.text.contains("Advertisement"));
        assert!(!a.text.contains("Share on Facebook"));
        assert!(a.text.contains("Later the mayor"));
    }

    #[test]
    fn widget_named_wrapper_of_the_whole_article_is_kept() {
        let html = format!(
            "<body><div id='share-buttons-container'>{}</div><div class=share><a href=/t>Tweet</a></div></body>",
            para("Long prose about the new library opening downtown", 8)
        );
        let a = crate::extract(&html, None).unwrap();
        assert!(a.text.contains("new library opening"));
        assert!(!a.text.contains("Tweet"));
    }

    #[test]
    fn explain_lists_what_the_dom_stage_removed() {
        let html = format!(
            "<body><nav><a href=/>Home</a> <a href=/n>News</a></nav><article>{}\
             <div class=share-buttons><a href=/t>Tweet this</a></div></article>\
             <div style='display:none'>Secret promo text</div>\
             <div id=chat-widget>Hi, how can I help?</div></body>",
            para("The harbour reopened after the storm", 4)
        );
        let a = Extractor::builder()
            .explain(true)
            .build()
            .extract(&html, None)
            .unwrap();
        let reason_of = |needle: &str| {
            a.removed
                .iter()
                .find(|r| r.preview.contains(needle))
                .map(|r| r.reason.clone())
        };
        assert_eq!(
            reason_of("Home News").as_deref(),
            Some("prune:boilerplate:tag-nav")
        );
        assert_eq!(
            reason_of("Tweet this").as_deref(),
            Some("prune:widget:share.share")
        );
        assert_eq!(reason_of("Secret promo").as_deref(), Some("prune:hidden"));
        assert_eq!(
            reason_of("how can I help").as_deref(),
            Some("prune:widget:chat.chat")
        );
        let quiet = crate::extract(&html, None).unwrap();
        assert!(quiet.removed.is_empty());
    }

    #[test]
    fn focus_modes_are_ordered() {
        let html = format!(
            "<body><article>{}<ul><li><a href=/a>Related one</a> and some words</li><li><a href=/b>Related two</a> more words</li></ul></article></body>",
            para("The bridge repairs finished early", 5)
        );
        let len = |f| {
            Extractor::builder()
                .focus(f)
                .build()
                .extract(&html, None)
                .unwrap()
                .text
                .len()
        };
        assert!(len(Focus::Precision) <= len(Focus::Balanced));
        assert!(len(Focus::Balanced) <= len(Focus::Recall));
    }

    #[test]
    fn input_limit_is_an_error_naming_it() {
        let ex = Extractor::builder().max_input_bytes(10).build();
        let err = ex.extract("<p>0123456789 abc</p>", None).unwrap_err();
        assert!(matches!(err, Error::InputTooLarge { limit: 10, .. }));
        assert!(err.to_string().contains("max_input_bytes"));
    }

    #[test]
    fn input_limit_stops_below_what_the_parser_holds() {
        let ex = Extractor::builder().max_input_bytes(usize::MAX).build();
        let most = usize::try_from(u32::MAX).unwrap_or(usize::MAX);
        assert_eq!(ex.options.max_input_bytes, most);
    }

    #[test]
    fn element_limit_is_an_error_naming_it() {
        let ex = Extractor::builder().max_elements(50).build();
        let html = "<p>word</p>".repeat(100);
        let err = ex.extract(&html, None).unwrap_err();
        assert!(matches!(err, Error::TooManyElements { limit: 50, .. }));
        assert!(err.to_string().contains("max_elements"));
    }

    #[test]
    fn element_limit_is_checked_before_the_tree_is_built() {
        // html5ever reopens the formatting element in every paragraph, so
        // the tree would be several times larger than the tag count; the
        // guard's count refuses it first (the DOM pass would stop at 1,001).
        let ex = Extractor::builder().max_elements(1_000).build();
        let html = "<b><p>x".repeat(5_000);
        match ex.extract(&html, None) {
            Err(Error::TooManyElements { count, limit }) => {
                assert_eq!(limit, 1_000);
                assert_eq!(count, 10_000);
            }
            other => panic!("{other:?}"),
        }
    }
}
