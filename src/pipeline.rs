//! The extraction pipeline: the one place that knows the order of the
//! stages. [`Extractor`](crate::Extractor)'s methods, the crawl workers
//! (`gleaner::crawl`) and the fetcher all run this cascade; none of them
//! re-assembles its tail.
//!
//! 1. **Input** ([`Input`]): the page (text, bytes with their HTTP
//!    `Content-Type`, or a parsed document), its URL and the reference
//!    time (when it was fetched).
//! 2. **Parse** ([`parse`]): the size limit, charset decoding, the guard
//!    (nesting and attribute limits), the element limit, html5ever.
//! 3. **Scan** ([`Scan::read`]): one read of the page for what the stages
//!    below need from all of it: the metadata (dates resolved against the
//!    reference time) and the syndication facts (marker links, class-token
//!    bits, the caller's rules on this host).
//! 4. **Pass** ([`pass`]), strict first: the DOM index (prune by name,
//!    hidden, tag), the body (scoring), the draft blocks with what was
//!    removed (assemble; metadata filled in; the syndication facts of the
//!    body's region read ([`syndication::collect_region`]: the boxes and
//!    labels blocks are compared with), then syndication markers stripped;
//!    the title heading dropped; the standfirst opened with; with
//!    `explain`, the prose the body choice left out).
//! 5. **Fallbacks** ([`choose`]): a relaxed pass without vocabulary pruning
//!    when the strict text is short, then the JSON-LD `articleBody` when
//!    the visible body is missing or much shorter. The result is the
//!    [`Draft`].
//! 6. **Check** ([`Draft::check`]): no text is [`Error::NoContent`].
//! 7. **Site memory** ([`Draft::remember`]): the blocks the host repeats
//!    on other pages are stripped, this page's blocks are learned.
//! 8. **Finish** ([`Draft::finish`]): the fields read off the final
//!    blocks (fingerprint, description from the first paragraph, language)
//!    and `fetched_at`.
//!
//! Steps 1–6 depend on the page alone: the crawl runs them on its workers
//! ([`draft`]). Steps 7–8 are the tail ([`tail`]); with a memory the crawl
//! runs it on the calling thread in input order.

use std::borrow::Cow;

use scraper::Html;
use url::Url;

use crate::article::{Article, Block, Inline, Timestamp};
use crate::decode;
use crate::error::Error;
use crate::extract::{self, assemble, dom::Dom, jsonld_body, score, Options};
use crate::guard;
use crate::metadata::{self, Metadata};
use crate::site::SiteMemory;
use crate::syndication::{self, PageFacts};

/// One page to extract, with what is known about it: its URL and when it
/// was fetched. Built with [`Input::html`], [`Input::bytes`] or
/// [`Input::document`], then passed to [`Extractor::extract_input`](crate::Extractor::extract_input).
///
/// The reference time ([`fetched_at`](Self::fetched_at)) anchors relative
/// dates: a page whose only date is "2 hours ago" gets a
/// [`published`](Article::published) two hours before it. Without one,
/// relative dates are not resolved (the result does not depend on the
/// clock).
///
/// ```
/// use gleaner::{Extractor, Input, Url};
/// let url = Url::parse("https://news.example/ferry")?;
/// let fetched = chrono::DateTime::parse_from_rfc3339("2024-05-02T12:00:00+00:00")?;
/// let html = "<html><body><article><h1>Ferry stays</h1><p class=date>2 hours ago</p>\
///             <p>Residents of the valley voted to keep the old ferry running for ten more years.</p>\
///             <p>The ferry carries two hundred people a day across the river.</p></article></body></html>";
/// let input = Input::html(html).url(&url).fetched_at(fetched);
/// let article = Extractor::default().extract_input(input, None)?;
/// assert_eq!(article.fetched_at, Some(fetched));
/// assert_eq!(article.published.map(|t| t.to_rfc3339()).as_deref(), Some("2024-05-02T10:00:00+00:00"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
#[must_use]
pub struct Input<'a> {
    page: PageSource<'a>,
    url: Option<&'a Url>,
    fetched_at: Option<Timestamp>,
    fingerprint: bool,
}

/// The forms a page comes in.
#[derive(Debug, Clone, Copy)]
enum PageSource<'a> {
    Text(&'a str),
    Bytes {
        bytes: &'a [u8],
        content_type: Option<&'a str>,
    },
    Document(&'a Html),
}

impl<'a> Input<'a> {
    /// A page as text.
    pub fn html(html: &'a str) -> Input<'a> {
        Input::new(PageSource::Text(html))
    }

    /// A page as raw bytes, decoded first: byte-order mark, the `charset`
    /// of `content_type` (the HTTP header), `<meta charset>`, then
    /// statistical detection.
    pub fn bytes(bytes: &'a [u8], content_type: Option<&'a str>) -> Input<'a> {
        Input::new(PageSource::Bytes {
            bytes,
            content_type,
        })
    }

    /// A document already parsed with scraper (no input-size limit or guard
    /// applies: see [`ExtractorBuilder::max_depth`](crate::ExtractorBuilder::max_depth)).
    pub fn document(doc: &'a Html) -> Input<'a> {
        Input::new(PageSource::Document(doc))
    }

    fn new(page: PageSource<'a>) -> Input<'a> {
        Input {
            page,
            url: None,
            fetched_at: None,
            fingerprint: true,
        }
    }

    /// The page's address: it resolves relative links, tells links to the
    /// same site from links to others, and keys the [`SiteMemory`].
    ///
    /// # Defaults
    /// None.
    pub fn url(mut self, url: &'a Url) -> Self {
        self.url = Some(url);
        self
    }

    /// The reference time: when the page was fetched (the fetcher's
    /// response time, a WARC record's `WARC-Date`). Relative dates on the
    /// page ("2 hours ago", "yesterday") resolve against it, and it becomes
    /// [`Article::fetched_at`].
    ///
    /// # Defaults
    /// None: relative dates are not resolved and `fetched_at` is empty.
    pub fn fetched_at(mut self, time: Timestamp) -> Self {
        self.fetched_at = Some(time);
        self
    }

    /// Whether the article gets its [`fingerprint`](Article::fingerprint),
    /// a SimHash of the whole text. A caller that does not output it (the
    /// Python bindings' `fields=` without `"fingerprint"`) saves the
    /// hashing; every other field is the same.
    ///
    /// # Defaults
    /// `true`.
    pub fn fingerprint(mut self, on: bool) -> Self {
        self.fingerprint = on;
        self
    }

    /// [`url`](Self::url) when known.
    pub(crate) fn maybe_url(mut self, url: Option<&'a Url>) -> Self {
        self.url = url;
        self
    }

    #[cfg(feature = "crawl")]
    /// [`fetched_at`](Self::fetched_at) when known.
    pub(crate) fn maybe_fetched_at(mut self, time: Option<Timestamp>) -> Self {
        self.fetched_at = time;
        self
    }
}

/// Runs the whole cascade (steps 1–8 of the [module docs](self)).
pub(crate) fn extract(
    opts: &Options,
    input: Input<'_>,
    memory: Option<&SiteMemory>,
) -> Result<Article, Error> {
    let draft = draft(opts, input, memory.is_some())?;
    Ok(tail(draft, memory).0)
}

/// Steps 1–6: everything that depends on the page alone. `for_memory`:
/// a site memory takes the draft, which then also holds the keys of the
/// page's short lines outside the article ([`Draft::outside`]).
pub(crate) fn draft(opts: &Options, input: Input<'_>, for_memory: bool) -> Result<Draft, Error> {
    // 1–2. Input, parse.
    let doc = parse(opts, input.page)?;
    // 3. One scan of the page.
    let scan = Scan::read(opts, &doc, input.url, input.fetched_at);
    // 4–5. Strict pass, fallbacks.
    let (article, stripped, outside) = choose(opts, &doc, input.url, &scan, for_memory)?;
    let draft = Draft {
        article,
        stripped,
        outside,
        url: input.url.cloned(),
        fetched_at: input.fetched_at,
        explain: opts.explain,
        fingerprint: input.fingerprint,
    };
    // 6. Check.
    draft.check()
}

/// Steps 7–8: the site memory, when given, then the fields read off the
/// final blocks. Returns the article and how many blocks the memory
/// removed.
pub(crate) fn tail(mut draft: Draft, memory: Option<&SiteMemory>) -> (Article, u64) {
    // 7. Site memory.
    let stripped = match memory {
        Some(memory) => draft.remember(memory, None),
        None => 0,
    };
    // 8. Finish.
    (draft.finish(), stripped)
}

#[cfg(feature = "crawl")]
/// A crawl worker's share of the tail when the memory is applied later, on
/// the calling thread in input order: the draft with its site-memory keys
/// (computed here, off the sequential part).
#[derive(Debug)]
pub(crate) struct Pending {
    draft: Draft,
    keys: Vec<Option<u64>>,
}

#[cfg(feature = "crawl")]
/// Prepares a draft for [`tail_pending`] on a crawl worker; also returns
/// the article as the tail makes it when the memory strips nothing (step 8
/// alone), so the worker can serialise it ahead.
pub(crate) fn prepare(draft: Draft) -> (Pending, Article) {
    let keys = crate::site::block_keys(draft.blocks());
    let unchanged = draft.clone().finish();
    (Pending { draft, keys }, unchanged)
}

#[cfg(feature = "crawl")]
/// Steps 7–8 for a [`Pending`] draft. `unchanged` is the article
/// [`prepare`] returned: when the memory strips nothing, finishing the
/// draft gives it again, so it is returned as it is. Returns the article
/// and how many blocks the memory removed.
pub(crate) fn tail_pending(
    pending: Pending,
    memory: &SiteMemory,
    unchanged: Article,
) -> (Article, u64) {
    let Pending { mut draft, keys } = pending;
    // 7. Site memory.
    let stripped = draft.remember(memory, Some(&keys));
    if stripped == 0 {
        return (unchanged, 0);
    }
    // 8. Finish.
    (draft.finish(), stripped)
}

/// Step 2: the page as a parsed document (borrowed when it came parsed).
fn parse<'a>(opts: &Options, page: PageSource<'a>) -> Result<Cow<'a, Html>, Error> {
    match page {
        PageSource::Document(doc) => Ok(Cow::Borrowed(doc)),
        PageSource::Text(html) => {
            check_size(opts, html.len())?;
            parse_text(opts, html).map(Cow::Owned)
        }
        PageSource::Bytes {
            bytes,
            content_type,
        } => {
            check_size(opts, bytes.len())?;
            let decoded = decode::decode(bytes, content_type);
            parse_text(opts, &decoded.text).map(Cow::Owned)
        }
    }
}

fn check_size(opts: &Options, size: usize) -> Result<(), Error> {
    let limit = opts.max_input_bytes;
    if size > limit {
        return Err(Error::InputTooLarge { size, limit });
    }
    Ok(())
}

/// Parses after the linear guard has bounded nesting and attributes. The
/// element limit is checked on the guard's count of start tags first, so a
/// page far over it is refused before html5ever builds a tree of that size
/// (the DOM pass checks the built tree again).
fn parse_text(opts: &Options, html: &str) -> Result<Html, Error> {
    // User selectors may match any attribute: then all are kept.
    let attributes = !opts.rules.has_selectors();
    let (html, report) =
        guard::bound_for_extraction(html, &opts.guard, attributes, Some(metadata::HEAD_READS));
    // Dropped end tags are subtracted too: a lower bound, never an
    // over-count.
    let count = report.start_tags.saturating_sub(report.dropped_tags);
    let limit = opts.max_elements;
    if count > limit {
        return Err(Error::TooManyElements { count, limit });
    }
    let mut doc = crate::tokenize::parse_document(&html, report.start_tags);
    if extract::streamed::may_hold_segments(&html) {
        extract::streamed::splice(&mut doc);
    }
    Ok(doc)
}

/// Step 3: what the passes need from the whole page, read once.
pub(crate) struct Scan {
    /// Title, authors, dates (relative ones against the reference time),
    /// `<base href>`, the JSON-LD body, ...
    pub(crate) meta: Metadata,
    /// Syndication markers, class-token bits, the rules for this host.
    pub(crate) facts: PageFacts,
}

impl Scan {
    fn read(opts: &Options, doc: &Html, url: Option<&Url>, reference: Option<Timestamp>) -> Scan {
        Scan {
            meta: metadata::collect(doc, url, reference),
            facts: syndication::collect(doc, url, &opts.rules),
        }
    }
}

/// Below this many bytes of text, the relaxed second pass runs.
const FALLBACK_BELOW_BYTES: usize = 500;

/// Step 5: the strict pass, or the relaxed one when the strict text is
/// short and the relaxed one more than twice as long; then the JSON-LD
/// body when the visible one is missing or much shorter.
fn choose(
    opts: &Options,
    doc: &Html,
    url: Option<&Url>,
    scan: &Scan,
    lines: bool,
) -> Result<Passed, Error> {
    let (mut article, mut stripped, mut outside) = pass(opts, doc, url, scan, false, lines)?;
    // A short result usually means the article's container was pruned by
    // its name: try again without vocabulary pruning, keep the longer text.
    if article.text.len() < FALLBACK_BELOW_BYTES {
        let relaxed = pass(opts, doc, url, scan, true, lines)?;
        if relaxed.0.text.len() > article.text.len() * 2 {
            (article, stripped, outside) = relaxed;
        }
    }
    // Last resort: the body the page states in its JSON-LD (rendered by
    // script).
    if article.text.len() < FALLBACK_BELOW_BYTES * 4 {
        if let Some(body) = scan.meta.article_body() {
            if body.len() >= FALLBACK_BELOW_BYTES && body.len() > article.text.len() * 2 {
                article.blocks = jsonld_body::paragraphs(&body)
                    .into_iter()
                    .map(|p| Block::Paragraph(Inline::plain(p)))
                    .collect();
                article.fill_text();
                stripped.clear();
                outside.clear();
            }
        }
    }
    Ok((article, stripped, outside))
}

/// A pass's article, the site-memory keys of the blocks the syndication
/// stage removed, and of the page's short lines outside the article.
type Passed = (Article, Vec<u64>, Vec<u64>);

/// Step 4: one pass over the page, `relaxed` without vocabulary pruning.
/// Returns the article and the site-memory keys of the blocks the
/// syndication stage removed and, with `lines`, of the page's short lines
/// outside the article ([`extract::outside_lines`]).
fn pass(
    opts: &Options,
    doc: &Html,
    url: Option<&Url>,
    scan: &Scan,
    relaxed: bool,
    lines: bool,
) -> Result<Passed, Error> {
    // 4a. The DOM index, with the prune decision per node.
    let dom = Dom::build(doc, opts.max_elements, relaxed, scan.facts.class_tokens())?;
    // 4b. The body.
    let body = score::find_body(&dom, opts, &scan.meta);
    // 4c. The draft blocks (links and images against `<base href>` when
    // the page has one), with what was removed.
    let mut article = Article {
        url: url.cloned(),
        ..Article::default()
    };
    assemble::assemble(
        &dom,
        &body,
        opts,
        scan.meta.base.as_ref().or(url),
        &mut article,
    );
    // 4d. The page's metadata where the body gave none.
    scan.meta.apply(&mut article);
    // 4e. Syndication markers and the caller's rules (with the boxes and
    // labels of the body's region, read now that the body is known); then
    // `images` and `lead_image` from the blocks they left.
    let images = extract::BlockImages::of(&article);
    let region = syndication::collect_region(&dom, &body.roots, &scan.facts);
    let stripped = syndication::strip(
        &mut article,
        &scan.facts,
        &region,
        &opts.rules,
        opts.explain,
    );
    let removed = images.removed(&article);
    scan.meta
        .apply_images(&mut article, |src| removed.contains(&src));
    // 4f. The headline is the title, not body text.
    extract::drop_title_heading(&mut article);
    // 4g. The standfirst opens the text.
    extract::open_with_dek(&dom, &body, &mut article);
    article.fill_text();
    // 4h. The explain report: the prose the body choice left out.
    if opts.explain {
        extract::record_left_out(&dom, &body, &mut article);
    }
    // 4i. For a site memory: the page's lines outside the article.
    let outside = if lines {
        extract::outside_lines(&dom, &body)
    } else {
        Vec::new()
    };
    Ok((article, stripped, outside))
}

/// An article before the tail (steps 7–8): the chosen pass, with text.
/// `Send`: the crawl hands it from a worker to the calling thread.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    article: Article,
    /// Site-memory keys of the blocks the syndication stage removed.
    stripped: Vec<u64>,
    /// Site-memory keys of the page's short lines outside the article
    /// (for a memory only, see [`draft`]).
    outside: Vec<u64>,
    url: Option<Url>,
    fetched_at: Option<Timestamp>,
    explain: bool,
    /// Whether [`finish`](Self::finish) computes the fingerprint.
    fingerprint: bool,
}

impl Draft {
    /// Step 6: a draft without text is [`Error::NoContent`] (before the
    /// memory: a page without content teaches the memory nothing).
    fn check(self) -> Result<Draft, Error> {
        if self.article.text.trim().is_empty() {
            return Err(Error::NoContent { url: self.url });
        }
        Ok(self)
    }

    #[cfg(feature = "crawl")]
    /// The draft of a run that does not output the fingerprint: step 8
    /// leaves it out.
    pub(crate) fn without_fingerprint(mut self) -> Draft {
        self.fingerprint = false;
        self
    }

    /// Site-memory keys of the blocks the syndication stage removed.
    pub(crate) fn stripped(&self) -> &[u64] {
        &self.stripped
    }

    /// Site-memory keys of the page's short lines outside the article.
    pub(crate) fn outside(&self) -> &[u64] {
        &self.outside
    }

    #[cfg(feature = "crawl")]
    /// The draft's blocks, for their site-memory keys.
    pub(crate) fn blocks(&self) -> &[Block] {
        &self.article.blocks
    }

    /// Step 7: strips the blocks the page's host repeats, learns this
    /// page's blocks; returns how many went. `keys` are the blocks'
    /// [`block_keys`](crate::site::block_keys) when computed beforehand (by
    /// a crawl worker). Without a URL with a host, nothing happens.
    pub(crate) fn remember(&mut self, memory: &SiteMemory, keys: Option<&[Option<u64>]>) -> u64 {
        let Some(url) = &self.url else {
            return 0;
        };
        let Some(host) = url.host_str() else {
            return 0;
        };
        let article = &mut self.article;
        let before = article.blocks.len();
        let seen = crate::site::PageSeen {
            host,
            page: url.as_str(),
            keys,
            stripped: &self.stripped,
            outside: &self.outside,
        };
        memory.apply_keyed(&seen, article, self.explain);
        let stripped = before - article.blocks.len().min(before);
        if stripped > 0 {
            article.fill_text();
        }
        stripped as u64
    }

    /// Step 8: the fields read off the final blocks, and `fetched_at`.
    pub(crate) fn finish(self) -> Article {
        let mut article = self.article;
        metadata::finish_with(&mut article, self.fingerprint);
        article.fetched_at = self.fetched_at;
        article
    }
}
