//! [`SiteMemory`]: what a host repeats on every page.
//!
//! Spam themes brand, footer and widget their pages with text no rule can
//! know in advance. What gives them away is repetition: the same block, in
//! about the same place, on every page of the host. A `SiteMemory` learns
//! that from the pages that pass through
//! [`Extractor::extract_with`](crate::Extractor::extract_with) and strips
//! such blocks from later pages of the same host.
//!
//! - It is a value the caller owns and passes in: no global state. Same
//!   pages in the same order give the same results.
//! - A block is stripped only once it was seen on at least
//!   [`SiteMemoryLimits::min_pages`] *other* pages of the host (pages are
//!   told apart by URL), so a block that belongs to one page is never
//!   stripped, even when that page is extracted again. A short line at
//!   the post's edge (a tagline, a copyright line: a paragraph, or a
//!   heading closing on a full stop or an exclamation mark, of at most
//!   80 characters in the head or tail zone) needs
//!   one page fewer (at least one other page): the posts of one host share
//!   no such line besides what the theme prints, and a host of two pages
//!   shows it on one other page only.
//! - A host prints the same line in the article on some pages and beside
//!   it on others (a tagline the theme closes some posts with and places
//!   under the post on the rest). With a memory, the extraction also
//!   learns the page's short lines outside the article (at most 128 a
//!   page; not in another post's card or a list, not in a link), and a
//!   short line at the post's edge counts the pages that showed it
//!   outside their article too.
//! - It is bounded: at most [`SiteMemoryLimits::max_hosts`] hosts and
//!   [`SiteMemoryLimits::max_blocks_per_host`] blocks per host; the least
//!   recently seen are evicted first.
//! - It is `Send + Sync` (a lock inside) and serde-serialisable, so a
//!   crawler keeps it between runs.
//!
//! ```
//! use gleaner::{Extractor, SiteMemory, Url};
//! let extractor = Extractor::default();
//! let memory = SiteMemory::new();
//! let page = |n: u32| format!(
//!     "<html><body><article><p>Zappo Widgets Ltd — proudly serving you</p>\
//!      <p>Story number {n} tells of a river, a bridge and the people who cross it daily.</p>\
//!      <p>Each story has its own second paragraph, this one numbered {n} as well.</p></article></body></html>");
//! for n in 0..3 {
//!     let url = Url::parse(&format!("https://spam.example/post-{n}"))?;
//!     extractor.extract_with(&page(n), Some(&url), &memory)?;
//! }
//! let url = Url::parse("https://spam.example/post-9")?;
//! let article = extractor.extract_with(&page(9), Some(&url), &memory)?;
//! assert!(!article.text.contains("Zappo"));
//! assert!(article.text.contains("Story number 9"));
//! let saved = serde_json::to_string(&memory)?;
//! let again: SiteMemory = serde_json::from_str(&saved)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::article::{Article, Block, MarkKind, Removed, Stage};
use crate::rules::syndication::{IMAGE_LABELS, SOURCE_LABELS};
use crate::text::{bare_host, norm, preview};

/// The bounds of a [`SiteMemory`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct SiteMemoryLimits {
    /// Other pages of the host a block must have been seen on before it is
    /// stripped (one fewer, at least one, for a short line at the post's
    /// edge: see the [module docs](crate::site)). Default 2; values below 1
    /// count as 1.
    pub min_pages: u32,
    /// Most hosts remembered; the least recently seen host is evicted.
    /// Default 1,000.
    pub max_hosts: usize,
    /// Most distinct blocks remembered per host; the least recently seen
    /// blocks are evicted. Default 2,000.
    pub max_blocks_per_host: usize,
}

impl Default for SiteMemoryLimits {
    fn default() -> Self {
        SiteMemoryLimits {
            min_pages: 2,
            max_hosts: 1_000,
            max_blocks_per_host: 2_000,
        }
    }
}

impl SiteMemoryLimits {
    /// Sets [`min_pages`](Self::min_pages).
    pub fn min_pages(mut self, n: u32) -> Self {
        self.min_pages = n;
        self
    }
    /// Sets [`max_hosts`](Self::max_hosts).
    pub fn max_hosts(mut self, n: usize) -> Self {
        self.max_hosts = n;
        self
    }
    /// Sets [`max_blocks_per_host`](Self::max_blocks_per_host).
    pub fn max_blocks_per_host(mut self, n: usize) -> Self {
        self.max_blocks_per_host = n;
        self
    }
}

/// Cross-page memory of the blocks each host repeats. See the
/// [module docs](crate::site) for the guarantees.
#[derive(Debug, Default)]
pub struct SiteMemory {
    state: Mutex<State>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct State {
    limits: SiteMemoryLimits,
    /// Logical clock: one tick per page seen.
    clock: u64,
    hosts: BTreeMap<String, HostMemory>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct HostMemory {
    last_seen: u64,
    /// Block key (text hash and position zone) → what is known of it.
    blocks: BTreeMap<u64, BlockStat>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct BlockStat {
    /// Ids of distinct pages the block was seen on (at most `min_pages + 1`).
    pages: Vec<u64>,
    last_seen: u64,
}

impl Clone for SiteMemory {
    fn clone(&self) -> Self {
        SiteMemory {
            state: Mutex::new(self.lock().clone()),
        }
    }
}

impl Serialize for SiteMemory {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.lock().serialize(s)
    }
}

impl<'de> Deserialize<'de> for SiteMemory {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        State::deserialize(d).map(|state| SiteMemory {
            state: Mutex::new(state),
        })
    }
}

impl SiteMemory {
    /// An empty memory with default limits.
    pub fn new() -> Self {
        SiteMemory::default()
    }

    /// An empty memory with the given limits.
    pub fn with_limits(limits: SiteMemoryLimits) -> Self {
        SiteMemory {
            state: Mutex::new(State {
                limits,
                ..State::default()
            }),
        }
    }

    /// The memory's limits.
    pub fn limits(&self) -> SiteMemoryLimits {
        self.lock().limits
    }

    /// Number of hosts remembered.
    pub fn host_count(&self) -> usize {
        self.lock().hosts.len()
    }

    /// Number of distinct blocks remembered for `host`.
    pub fn block_count(&self, host: &str) -> usize {
        self.lock()
            .hosts
            .get(&bare_host(host))
            .map_or(0, |h| h.blocks.len())
    }

    /// Forgets everything.
    pub fn clear(&self) {
        let mut state = self.lock();
        state.hosts.clear();
        state.clock = 0;
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere cannot leave the maps half-updated in a way
        // that matters: keep using them.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Strips the blocks `host` repeats from `article`, then learns the
    /// page's blocks. `page` tells pages apart (the URL).
    #[cfg(test)]
    pub(crate) fn apply(&self, host: &str, page: &str, article: &mut Article, explain: bool) {
        let seen = PageSeen {
            host,
            page,
            keys: None,
            stripped: &[],
            outside: &[],
        };
        self.apply_keyed(&seen, article, explain);
    }

    /// [`apply`](Self::apply) for the page `seen` tells of: its blocks'
    /// keys when a crawl worker computed them beforehand (off the thread
    /// that applies the memory in input order; keys that do not match the
    /// blocks, another count, are recomputed), what the stripper removed
    /// and the page's short lines outside the article, all learned with
    /// the article's blocks.
    pub(crate) fn apply_keyed(&self, seen: &PageSeen<'_>, article: &mut Article, explain: bool) {
        let read = read_blocks(&article.blocks, seen.keys);
        let page_id = fnv(seen.page.as_bytes());
        let host = bare_host(seen.host);
        let mut state = self.lock();
        let repeated = state.repeated(&host, page_id, &read);
        // Learn, then strip.
        let learned: Vec<Option<u64>> = read
            .keys
            .iter()
            .copied()
            .chain(seen.stripped.iter().chain(seen.outside).copied().map(Some))
            .collect();
        state.learn(&host, page_id, &learned);
        let need = state.limits.min_pages.max(1);
        drop(state);
        drop_repeated(article, &repeated, explain.then_some(need));
    }

    /// Learns the blocks of an extracted article under its URL's host,
    /// stripping nothing: the first pass of a two-pass run over a host's
    /// pages. Learning the same page twice counts it once. An article
    /// without a URL (or a URL without a host) teaches nothing. It sees
    /// the article only: [`Extractor::extract_host`](crate::Extractor::extract_host)
    /// (or [`Extractor::extract_with`](crate::Extractor::extract_with) over
    /// the host's pages, twice) also learns the blocks the stripper removed
    /// and the page's short lines outside the article.
    ///
    /// Once every page of a host is learned, [`strip`](Self::strip) cleans
    /// each of them, the first one included — with
    /// [`Extractor::extract_with`](crate::Extractor::extract_with) alone
    /// the first pages of a host keep what later pages would have taught.
    ///
    /// ```
    /// use gleaner::{Extractor, SiteMemory, Url};
    /// let extractor = Extractor::default();
    /// let page = |n: u32| format!(
    ///     "<html><body><article><p>Zappo Widgets Ltd, proudly serving you</p>\
    ///      <p>Story number {n} tells of a river, a bridge and the people who cross it daily.</p>\
    ///      <p>Each story has its own second paragraph, this one numbered {n} as well.</p></article></body></html>");
    /// let memory = SiteMemory::new();
    /// let mut articles = Vec::new();
    /// for n in 0..3 {
    ///     let url = Url::parse(&format!("https://spam.example/post-{n}"))?;
    ///     let article = extractor.extract(&page(n), Some(&url))?;
    ///     memory.learn(&article);
    ///     articles.push(article);
    /// }
    /// for article in &mut articles {
    ///     memory.strip(article);
    /// }
    /// assert!(!articles[0].text.contains("Zappo"));
    /// assert!(articles[0].text.contains("Story number 0"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn learn(&self, article: &Article) {
        self.learn_with(article, &[], &[]);
    }

    /// [`learn`](Self::learn), with the keys of the blocks the stripper
    /// removed from the page and of the page's short lines outside the
    /// article (see [`apply_keyed`](Self::apply_keyed)).
    pub(crate) fn learn_with(&self, article: &Article, stripped: &[u64], outside: &[u64]) {
        let Some((host, page_id)) = host_and_page(article) else {
            return;
        };
        let mut keys = block_keys(&article.blocks);
        keys.extend(stripped.iter().chain(outside).copied().map(Some));
        self.lock().learn(&host, page_id, &keys);
    }

    /// Strips from `article` the blocks its host repeats on at least
    /// [`SiteMemoryLimits::min_pages`] *other* pages, learning nothing;
    /// refreshes its `text`. Returns how many blocks went. Never strips every
    /// block of an article (a page made only of repeated blocks is more
    /// likely a re-crawl than pure boilerplate). See [`learn`](Self::learn).
    pub fn strip(&self, article: &mut Article) -> usize {
        self.strip_explained(article, false)
    }

    /// [`strip`](Self::strip), listing each removal in `article.removed`
    /// when `explain` is on.
    pub(crate) fn strip_explained(&self, article: &mut Article, explain: bool) -> usize {
        let Some((host, page_id)) = host_and_page(article) else {
            return 0;
        };
        let read = read_blocks(&article.blocks, None);
        let state = self.lock();
        let repeated = state.repeated(&host, page_id, &read);
        let need = state.limits.min_pages.max(1);
        drop(state);
        let gone = drop_repeated(article, &repeated, explain.then_some(need));
        if gone > 0 {
            article.fill_text();
            crate::metadata::finish(article);
        }
        gone
    }
}

impl State {
    /// Which blocks (by key) `host` repeats on enough *other* pages: a
    /// short line at the post's edge ([`BlockReads::edge_lines`]) on one
    /// page fewer than the others. A block with a line key
    /// ([`BlockReads::line_keys`]) also counts the pages that showed its
    /// text outside their article.
    fn repeated(&self, host: &str, page_id: u64, read: &BlockReads<'_>) -> Vec<bool> {
        let need = self.limits.min_pages.max(1) as usize;
        let Some(mem) = self.hosts.get(host) else {
            return vec![false; read.keys.len()];
        };
        read.keys
            .iter()
            .enumerate()
            .map(|(i, k)| {
                let Some(k) = *k else {
                    return false;
                };
                let line = read.edge_lines.get(i).copied().unwrap_or(false);
                let need = if line { (need - 1).max(1) } else { need };
                let outside = read.line_keys.get(i).copied().flatten();
                // The pages of the block's key, then of its line key: a
                // few each (`min_pages + 1` at most), counted without a
                // list of their own.
                let stats = || {
                    [Some(k), outside]
                        .into_iter()
                        .flatten()
                        .filter_map(|k| mem.blocks.get(&k))
                };
                let pages = || stats().flat_map(|s| s.pages.iter().copied());
                let other_pages = pages()
                    .enumerate()
                    .filter(|&(at, p)| p != page_id && !pages().take(at).any(|q| q == p))
                    .count();
                other_pages >= need
            })
            .collect()
    }

    /// Records that page `page_id` of `host` has blocks `keys`, within the
    /// limits (least recently seen hosts and blocks evicted first).
    fn learn(&mut self, host: &str, page_id: u64, keys: &[Option<u64>]) {
        self.clock += 1;
        let now = self.clock;
        let limits = self.limits;
        let need = limits.min_pages.max(1) as usize;
        if !self.hosts.contains_key(host) && self.hosts.len() >= limits.max_hosts.max(1) {
            let oldest = self
                .hosts
                .iter()
                .min_by_key(|(name, h)| (h.last_seen, (*name).clone()))
                .map(|(name, _)| name.clone());
            if let Some(oldest) = oldest {
                self.hosts.remove(&oldest);
            }
        }
        let mem = self.hosts.entry(host.to_string()).or_default();
        mem.last_seen = now;
        for k in keys.iter().flatten() {
            let stat = mem.blocks.entry(*k).or_default();
            stat.last_seen = now;
            if !stat.pages.contains(&page_id) {
                if stat.pages.len() > need {
                    stat.pages.remove(0);
                }
                stat.pages.push(page_id);
            }
        }
        let cap = limits.max_blocks_per_host.max(1);
        if mem.blocks.len() > cap {
            let mut by_age: Vec<(u64, u64)> =
                mem.blocks.iter().map(|(k, s)| (s.last_seen, *k)).collect();
            by_age.sort_unstable();
            for (_, k) in by_age.into_iter().take(mem.blocks.len() - cap) {
                mem.blocks.remove(&k);
            }
        }
    }
}

/// The article's host (without `www.`) and page id (its URL's hash).
fn host_and_page(article: &Article) -> Option<(String, u64)> {
    let url = article.url.as_ref()?;
    let host = url.host_str()?;
    Some((bare_host(host), fnv(url.as_str().as_bytes())))
}

/// Removes the blocks marked `repeated` (never every text block) and
/// returns how many went. With the explain report on, `explain` is the
/// least number of other pages of the host a block was seen on
/// ([`SiteMemoryLimits::min_pages`]), which the report states.
fn drop_repeated(article: &mut Article, repeated: &[bool], explain: Option<u32>) -> usize {
    if !repeated.contains(&true) || repeated.len() != article.blocks.len() {
        return 0;
    }
    let has_text = |b: &Block| !matches!(b, Block::Image(_)) && !b.plain_text().trim().is_empty();
    let survivors = article
        .blocks
        .iter()
        .zip(repeated)
        .filter(|(b, r)| !**r && has_text(b))
        .count();
    if survivors == 0 {
        return 0;
    }
    let mut gone = 0;
    let blocks = std::mem::take(&mut article.blocks);
    let n = blocks.len();
    for (i, (block, &repeat)) in blocks.into_iter().zip(repeated).enumerate() {
        if repeat {
            gone += 1;
            if article.source_name.is_none() && zone(i, n) == 2 {
                let name = repeated_source_name(&block).filter(|name| {
                    article
                        .site_name
                        .as_deref()
                        .is_none_or(|s| norm(s) != norm(name))
                });
                if let Some(name) = name {
                    article.source_name = Some(name);
                    article.syndicated = true;
                }
            }
            if let Some(need) = explain {
                article.removed.push(Removed::new(
                    Stage::SiteMemory,
                    preview(&block.plain_text()),
                    format!("site-memory:repeated(on >=min_pages={need} other pages of the host)"),
                ));
            }
        } else {
            article.blocks.push(block);
        }
    }
    gone
}

/// Whether a block the memory drops from a post's tail names the outlet
/// the host copies from, and that outlet's name: a paragraph without a
/// link that is one bracket holding a source label (`SOURCE_LABELS`, not
/// one naming an image), a colon and a name ("(Source : Valley Echo)").
///
/// On a single page such a line has the shape of a fact's source (a
/// ministry, a statistics office credited for the post's figures), which
/// the stripper keeps. A host that prints the same bracket at the end of
/// its posts on several pages (which is what makes the memory drop it)
/// credits where its posts come from: a fact's source changes with the
/// facts. Not the site's own name (checked by the caller).
fn repeated_source_name(block: &Block) -> Option<String> {
    let Block::Paragraph(inline) = block else {
        return None;
    };
    if inline
        .marks
        .iter()
        .any(|m| matches!(m.kind, MarkKind::Link { .. }))
    {
        return None;
    }
    let inner = inline
        .text
        .trim()
        .strip_prefix('(')?
        .strip_suffix(')')?
        .trim();
    let colon = inner.find([':', '\u{FF1A}'])?;
    let label = inner[..colon].trim().to_lowercase();
    if !SOURCE_LABELS.contains(&label.as_str()) || IMAGE_LABELS.contains(&label.as_str()) {
        return None;
    }
    let name = inner[colon..].trim_start_matches([':', '\u{FF1A}']).trim();
    let words = name.split_whitespace().count();
    let opens_as_name = name
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase());
    // A name, not a sentence: no bracket, colon or sentence end inside.
    let sentence = name.contains(['(', ')', ':', '\u{FF1A}'])
        || name.contains(". ")
        || name.ends_with(['.', '!', '?']);
    (opens_as_name && (1..=REPEATED_SOURCE_WORDS).contains(&words) && !sentence)
        .then(|| name.to_string())
}

/// Words of an outlet's name in a repeated source bracket at most
/// ([`repeated_source_name`]): a periodical's name, not a sentence.
const REPEATED_SOURCE_WORDS: usize = 8;

/// What the pipeline tells [`SiteMemory::apply_keyed`] of a page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageSeen<'a> {
    /// The host of the page's URL (`www.` is dropped here).
    pub(crate) host: &'a str,
    /// The page's URL: it tells the host's pages apart.
    pub(crate) page: &'a str,
    /// The article's [`block_keys`], when a crawl worker computed them.
    pub(crate) keys: Option<&'a [Option<u64>]>,
    /// The keys of the blocks the stripper removed from the page
    /// ([`block_key`] at their place before it): what the page showed is
    /// learned, so a block the host repeats goes from the pages where no
    /// rule caught it too.
    pub(crate) stripped: &'a [u64],
    /// The [`line_key`]s of the page's short lines outside the article.
    pub(crate) outside: &'a [u64],
}

/// What the memory reads of an article's blocks ([`read_blocks`]), each
/// block's text normalised once.
struct BlockReads<'a> {
    /// Each block's [`block_key`].
    keys: std::borrow::Cow<'a, [Option<u64>]>,
    /// Which blocks are short lines at the post's edge: paragraphs (and
    /// headings that close on a full stop or an exclamation mark, a
    /// tagline set as a heading) of at most [`EDGE_LINE_MAX`] normalised
    /// characters in the head or tail zone ([`zone`]). A host repeats such a line on its pages only when
    /// its theme prints it, so the memory needs one page fewer to strip it
    /// ([`State::repeated`]); another heading (a section's title), a list
    /// or a paragraph of prose needs them all.
    edge_lines: Vec<bool>,
    /// For each paragraph or heading in the head or tail zone, the
    /// [`line_key`] of its text: the key of the same line printed outside
    /// the article on the host's other pages.
    line_keys: Vec<Option<u64>>,
}

/// The [`BlockReads`] of `blocks`; `given` are their [`block_keys`] when
/// computed beforehand (recomputed when they do not match the blocks,
/// another count). A block's text is normalised once, and only when a key
/// is to be computed or the block may be a line at the post's edge.
fn read_blocks<'a>(blocks: &[Block], given: Option<&'a [Option<u64>]>) -> BlockReads<'a> {
    let n = blocks.len();
    let given = given.filter(|keys| keys.len() == n);
    let mut keys = Vec::with_capacity(if given.is_some() { 0 } else { n });
    let mut edge_lines = Vec::with_capacity(n);
    let mut line_keys = Vec::with_capacity(n);
    for (i, block) in blocks.iter().enumerate() {
        let zone = zone(i, n);
        let paragraph = matches!(block, Block::Paragraph(_));
        let edge = zone != 1 && (paragraph || matches!(block, Block::Heading { .. }));
        let keyed = given.is_none() && !matches!(block, Block::Image(_));
        let text = if keyed || edge {
            Normed::of(&block_text(block))
        } else {
            Normed::EMPTY
        };
        let short = edge && text.chars <= EDGE_LINE_MAX;
        if keyed {
            keys.push(text.key(zone));
        } else if given.is_none() {
            keys.push(None);
        }
        // A heading that closes on a full stop or an exclamation mark is
        // a slogan set as a heading (a theme's tagline over the post),
        // not a section's title: a line like a paragraph.
        let slogan = || {
            matches!(block, Block::Heading { .. })
                && block_text(block)
                    .trim_end()
                    .ends_with(['.', '!', '\u{3002}', '\u{ff01}'])
        };
        edge_lines.push(short && (paragraph || slogan()));
        line_keys.push(short.then(|| text.key(OUTSIDE_ZONE)).flatten());
    }
    BlockReads {
        keys: given.map_or(std::borrow::Cow::Owned(keys), std::borrow::Cow::Borrowed),
        edge_lines,
        line_keys,
    }
}

/// One key per block: the hash of its normalised text and its zone (head,
/// body, tail). Images and empty blocks have none.
pub(crate) fn block_keys(blocks: &[Block]) -> Vec<Option<u64>> {
    let n = blocks.len();
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| block_key(b, i, n))
        .collect()
}

/// The key of block `i` of `n` ([`block_keys`]).
pub(crate) fn block_key(block: &Block, i: usize, n: usize) -> Option<u64> {
    if matches!(block, Block::Image(_)) {
        return None;
    }
    Normed::of(&block_text(block)).key(zone(i, n))
}

/// A block's text as [`Block::plain_text`] gives it, borrowed where it is
/// one piece (a paragraph's or a heading's).
fn block_text(block: &Block) -> std::borrow::Cow<'_, str> {
    match block {
        Block::Paragraph(content) | Block::Heading { content, .. } => {
            std::borrow::Cow::Borrowed(&content.text)
        }
        _ => std::borrow::Cow::Owned(block.plain_text()),
    }
}

/// What the memory reads of a text's normalised form ([`norm`]: lower-case
/// alphanumeric words joined by single spaces), read off the text in one
/// pass without writing that form: its FNV-1a hash, its length in
/// characters, and whether it is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Normed {
    /// [`fnv`] of the normalised text's bytes.
    hash: u64,
    /// Its characters.
    chars: usize,
    /// Whether it has any.
    empty: bool,
}

impl Normed {
    /// The normalised form of no text.
    const EMPTY: Normed = Normed {
        hash: FNV_OFFSET,
        chars: 0,
        empty: true,
    };

    /// The normalised form of `s`, as [`norm`] writes it: a word character
    /// (ASCII alphanumerics lowered, other alphanumeric characters in their
    /// lower case) after a separator run that follows an earlier word
    /// character is preceded by one space.
    fn of(s: &str) -> Normed {
        let mut n = Normed::EMPTY;
        // A separator is owed before the next word once a word has been
        // read.
        let mut gap = false;
        let bytes = s.as_bytes();
        let mut i = 0;
        loop {
            // A run of ASCII: a table lookup a byte gives the word byte in
            // lower case, or 0 for a separator.
            while let Some(&b) = bytes.get(i) {
                let Some(&lower) = crate::text::WORD_BYTES.get(usize::from(b)) else {
                    break;
                };
                i += 1;
                if lower != 0 {
                    n.word_start(&mut gap);
                    n.push(lower);
                } else {
                    gap = !n.empty;
                }
            }
            // A character past ASCII (`i` is at its first byte).
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            if c.is_alphanumeric() {
                n.word_start(&mut gap);
                for l in c.to_lowercase() {
                    let mut buf = [0u8; 4];
                    for &b in l.encode_utf8(&mut buf).as_bytes() {
                        n.hash = fnv_step(n.hash, b);
                    }
                    n.chars += 1;
                }
            } else {
                gap = !n.empty;
            }
        }
        n
    }

    /// Before a word character: the owed space, if any.
    fn word_start(&mut self, gap: &mut bool) {
        if *gap {
            self.push(b' ');
            *gap = false;
        }
        self.empty = false;
    }

    /// One ASCII character of the normalised text.
    fn push(&mut self, b: u8) {
        self.hash = fnv_step(self.hash, b);
        self.chars += 1;
    }

    /// The key of the normalised text in `zone`: the hash of its bytes and
    /// the zone's; none for an empty text.
    fn key(&self, zone: u8) -> Option<u64> {
        (!self.empty).then(|| fnv_step(self.hash, zone))
    }
}

/// The zone of block `i` of `n`: 0 the head, 1 the body, 2 the tail.
fn zone(i: usize, n: usize) -> u8 {
    // A block of a short article lies in both edge zones: it belongs to
    // the edge it is nearer, as on the host's longer pages (a closing
    // tagline is in the tail on every page, however short the post).
    if i < 3 && (i + 4 < n || i < n - 1 - i) {
        0
    } else if i + 4 >= n {
        2
    } else {
        1
    }
}

/// A short line at the post's edge is at most this long (normalised
/// characters, so that every script gets the same room): a tagline or a
/// copyright line of the theme, not a paragraph (a tagline is a few
/// words; a copyright line names the year, the site and its rights).
const EDGE_LINE_MAX: usize = 80;

/// The zone byte of a line seen outside the article ([`line_key`]); the
/// article's zones are 0 to 2 ([`zone`]).
const OUTSIDE_ZONE: u8 = 3;

/// Most short lines outside the article learned from one page
/// ([`line_key`]), in document order: a theme's tagline, slogan and
/// footer lines, not every label of a long page.
pub(crate) const PAGE_LINES_MAX: usize = 128;

/// The memory key of a line of the page outside the article: the hash of
/// its normalised text and the outside zone, when it is a short line (at
/// most [`EDGE_LINE_MAX`] normalised characters, not empty).
pub(crate) fn line_key(text: &str) -> Option<u64> {
    let text = Normed::of(text);
    if text.chars > EDGE_LINE_MAX {
        return None;
    }
    text.key(OUTSIDE_ZONE)
}

/// FNV-1a, 64-bit: stable across Rust versions and runs, so saved
/// memories stay valid.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |h, &b| fnv_step(h, b))
}

/// FNV-1a's offset basis (64-bit).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte of FNV-1a (64-bit).
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Inline;

    /// What [`Normed::of`] stands for: the normalised text, written.
    fn written(s: &str) -> Normed {
        let text = norm(s);
        Normed {
            hash: fnv(text.as_bytes()),
            chars: text.chars().count(),
            empty: text.is_empty(),
        }
    }

    #[test]
    fn normed_reads_what_norm_writes() {
        for s in [
            "",
            "  ",
            "Hello, World!",
            "  leading and trailing  ",
            "A1-b2_c3\nD4",
            "Ünïcödé Straße İstanbul ΣΑΣ",
            "東京都。日本語のテキスト、です",
            "emoji 🎉 between, and é\u{301} marks",
            "—— — ",
            "x",
        ] {
            assert_eq!(Normed::of(s), written(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn normed_reads_what_norm_writes_of_any_text(s in "\\PC*") {
            proptest::prop_assert_eq!(Normed::of(&s), written(&s));
        }
    }

    fn article(texts: &[&str]) -> Article {
        Article {
            blocks: texts
                .iter()
                .map(|t| Block::Paragraph(Inline::plain(*t)))
                .collect(),
            ..Article::default()
        }
    }

    fn texts(a: &Article) -> Vec<String> {
        a.blocks.iter().map(Block::plain_text).collect()
    }

    /// Longer than a short line at the post's edge ([`EDGE_LINE_MAX`]):
    /// it needs `min_pages` other pages.
    const BRAND: &str =
        "Brand X, the news of the valley and its people, brought to you fresh every single morning";

    #[test]
    fn strips_after_min_pages_and_never_single_page_blocks() {
        let mem = SiteMemory::new();
        for p in ["a", "b"] {
            let mut a = article(&[BRAND, &format!("body {p}")]);
            mem.apply("x.test", p, &mut a, false);
            assert_eq!(a.blocks.len(), 2);
        }
        let mut a = article(&[BRAND, "body c"]);
        mem.apply("www.x.test", "c", &mut a, true);
        assert_eq!(texts(&a), ["body c"]);
        assert_eq!(
            a.removed[0].reason,
            "site-memory:repeated(on >=min_pages=2 other pages of the host)"
        );
        // The same page again: its own body is not "repeated".
        let mut a = article(&[BRAND, "body c"]);
        mem.apply("x.test", "c", &mut a, false);
        assert_eq!(texts(&a), ["body c"]);
        let mut a = article(&["body c"]);
        mem.apply("x.test", "c", &mut a, false);
        assert_eq!(texts(&a), ["body c"]);
    }

    /// A short line at the post's edge goes once one other page of the
    /// host shows it (a host of two pages); a paragraph of prose or a line
    /// in the body needs two.
    #[test]
    fn edge_line_needs_one_other_page() {
        let long = "A paragraph the host prints on both of its pages, long enough to be prose of a post and not a line of the theme.";
        let page = |p: &str| {
            vec![
                format!("Body one of {p}"),
                long.to_string(),
                format!("Body two of {p}"),
                "Mid line".to_string(),
                format!("Body three of {p}"),
                format!("Body four of {p}"),
                format!("Body five of {p}"),
                "Daily news you can trust".to_string(),
            ]
        };
        let mem = SiteMemory::new();
        for p in ["a", "b"] {
            let texts_p = page(p);
            let refs: Vec<&str> = texts_p.iter().map(String::as_str).collect();
            let mut a = article(&refs);
            mem.apply("x.test", p, &mut a, false);
        }
        let texts_a = page("a");
        let refs: Vec<&str> = texts_a.iter().map(String::as_str).collect();
        let mut a = article(&refs);
        mem.apply("x.test", "a", &mut a, false);
        let kept = texts(&a);
        assert!(
            !kept.iter().any(|t| t == "Daily news you can trust"),
            "{kept:?}"
        );
        assert!(kept.iter().any(|t| t == long), "{kept:?}");
        assert!(kept.iter().any(|t| t == "Mid line"), "{kept:?}");
    }

    /// A page that showed a line both in its article and outside it is one
    /// page: a heading at the post's tail (which needs two other pages)
    /// seen on one other page, inside and outside its article, stays.
    #[test]
    fn a_page_counts_once_for_a_line_in_and_outside_its_article() {
        let line = "Daily news you can trust";
        let page = |p: &str| {
            let mut a = article(&[
                &format!("Body one of {p}"),
                &format!("Body two of {p}"),
                &format!("Body three of {p}"),
            ]);
            a.blocks.push(Block::Heading {
                level: 3,
                content: Inline::plain(line),
            });
            a
        };
        let outside = [line_key(line).unwrap_or_default()];
        let mem = SiteMemory::new();
        let seen = |p| PageSeen {
            host: "x.test",
            page: p,
            keys: None,
            stripped: &[],
            outside: &outside,
        };
        mem.apply_keyed(&seen("a"), &mut page("a"), false);
        let mut b = page("b");
        mem.apply_keyed(&seen("b"), &mut b, false);
        assert!(texts(&b).iter().any(|t| t == line), "{:?}", texts(&b));
        // A second other page: it goes.
        let mut c = page("c");
        mem.apply_keyed(&seen("c"), &mut c, false);
        assert!(!texts(&c).iter().any(|t| t == line), "{:?}", texts(&c));
    }

    #[test]
    fn bounded_and_deterministic() {
        let limits = SiteMemoryLimits::default()
            .max_hosts(2)
            .max_blocks_per_host(3);
        let run = || {
            let mem = SiteMemory::with_limits(limits);
            for (i, host) in ["a.test", "b.test", "c.test"].iter().enumerate() {
                let mut a = article(&["one", "two", "three", "four", &i.to_string()]);
                mem.apply(host, "p", &mut a, false);
            }
            mem
        };
        let mem = run();
        assert_eq!(mem.host_count(), 2);
        assert_eq!(mem.block_count("a.test"), 0);
        assert_eq!(mem.block_count("c.test"), 3);
        let a = serde_json::to_string(&mem).unwrap();
        let b = serde_json::to_string(&run()).unwrap();
        assert_eq!(a, b);
        let back: SiteMemory = serde_json::from_str(&a).unwrap();
        assert_eq!(serde_json::to_string(&back).unwrap(), a);
    }
}
