//! Feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed, read with `feed-rs`), feed and
//! sitemap discovery, and the article streams built on them.
//!
//! ```no_run
//! # async fn run() -> Result<(), gleaner::Error> {
//! use futures_util::StreamExt;
//! let fetcher = gleaner::Fetcher::new()?;
//! let mut articles = std::pin::pin!(fetcher.articles_from_feed("https://news.example/feed.xml"));
//! while let Some(result) = articles.next().await {
//!     match result {
//!         Ok(article) => println!("{:?} ({} words)", article.title, article.word_count),
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! # Ok(()) }
//! ```

use std::sync::Arc;

use futures_util::stream::{self, Stream, StreamExt};
use url::Url;

use super::sitemap::{self, SitemapEntry};
use super::{parse_url, Fetcher};
use crate::site::SiteMemory;
use crate::{Article, Error, Timestamp};

/// Limits and switches for reading feeds and sitemaps. Setters take and
/// return it by value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Discovery {
    pub(crate) max_items: usize,
    pub(crate) max_sitemap_depth: usize,
    pub(crate) max_sitemap_urls: usize,
    pub(crate) max_sitemap_bytes: usize,
    pub(crate) probe_common_paths: bool,
}

impl Default for Discovery {
    fn default() -> Self {
        Discovery {
            max_items: 500,
            max_sitemap_depth: 3,
            max_sitemap_urls: 50_000,
            max_sitemap_bytes: 50 << 20,
            probe_common_paths: true,
        }
    }
}

impl Discovery {
    /// The defaults documented on each setter.
    pub fn new() -> Discovery {
        Discovery::default()
    }

    /// The most items taken from one feed (the first ones, usually the
    /// newest); the rest are ignored.
    ///
    /// # Defaults
    /// 500.
    pub fn max_items(mut self, n: usize) -> Self {
        self.max_items = n;
        self
    }

    /// How many levels of sitemap indexes are followed below the sitemap
    /// given: 0 reads only that one. A deeper sitemap is reported as
    /// [`Error::SitemapTooDeep`].
    ///
    /// # Defaults
    /// 3.
    pub fn max_sitemap_depth(mut self, n: usize) -> Self {
        self.max_sitemap_depth = n;
        self
    }

    /// The most page URLs taken from sitemaps, over all the documents read.
    ///
    /// # Defaults
    /// 50,000 (the sitemap protocol's limit for one file).
    pub fn max_sitemap_urls(mut self, n: usize) -> Self {
        self.max_sitemap_urls = n;
        self
    }

    /// The largest sitemap accepted once decompressed, in bytes (the
    /// download itself is bounded by the fetcher's `max_body_bytes`).
    ///
    /// # Defaults
    /// 50 MiB (the sitemap protocol's limit).
    pub fn max_sitemap_bytes(mut self, n: usize) -> Self {
        self.max_sitemap_bytes = n;
        self
    }

    /// Whether [`Fetcher::discover`] tries the usual feed and sitemap paths
    /// (`/feed`, `/rss.xml`, `/sitemap.xml`, ...) when the page and
    /// robots.txt name none.
    ///
    /// # Defaults
    /// `true`.
    pub fn probe_common_paths(mut self, on: bool) -> Self {
        self.probe_common_paths = on;
        self
    }
}

/// A parsed feed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Feed {
    /// The feed's URL.
    pub url: Url,
    /// The feed's title.
    pub title: Option<String>,
    /// The items, in feed order, at most [`Discovery::max_items`].
    pub items: Vec<FeedItem>,
}

/// One feed item: what the feed says about an article.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FeedItem {
    /// The GUID (RSS `<guid>`, Atom `<id>`, JSON Feed `id`); feed-rs makes
    /// one up when the feed has none.
    pub guid: String,
    /// The article's link (the `alternate` link for Atom), or the GUID when
    /// it is a URL and there is no link.
    pub link: Option<Url>,
    /// The item's title.
    pub title: Option<String>,
    /// Publication time.
    pub published: Option<Timestamp>,
    /// Last update time.
    pub updated: Option<Timestamp>,
    /// Author names.
    pub authors: Vec<String>,
    /// The item's summary as plain text.
    pub summary: Option<String>,
    /// Categories.
    pub categories: Vec<String>,
}

impl FeedItem {
    /// Fills what `article` lacks from the item: title, publication and
    /// update times, authors, description, tags, and the URL.
    pub fn fill(&self, article: &mut Article) {
        if article.title.is_none() {
            article.title.clone_from(&self.title);
        }
        if article.published.is_none() {
            article.published = self.published.or(self.updated);
        }
        if article.modified.is_none() {
            article.modified = self.updated.filter(|u| Some(*u) != article.published);
        }
        if article.authors.is_empty() {
            article.authors.clone_from(&self.authors);
        }
        if article.description.is_none() {
            article.description.clone_from(&self.summary);
        }
        if article.tags.is_empty() {
            article.tags.clone_from(&self.categories);
        }
        if article.url.is_none() {
            article.url.clone_from(&self.link);
        }
    }

    /// The item as a bare sitemap entry would give it.
    fn from_sitemap(entry: SitemapEntry) -> FeedItem {
        FeedItem {
            guid: entry.loc.to_string(),
            link: Some(entry.loc),
            title: entry.title,
            published: entry.published,
            updated: entry.lastmod,
            authors: Vec::new(),
            summary: None,
            categories: Vec::new(),
        }
    }
}

/// Feeds and sitemaps found for a site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Discovered {
    /// Feed URLs, best first.
    pub feeds: Vec<Url>,
    /// Sitemap URLs.
    pub sitemaps: Vec<Url>,
}

/// Parses a feed (RSS, Atom or JSON Feed) from its raw bytes, keeping at
/// most `max_items` items. `url` resolves relative links.
///
/// # Errors
/// [`Error::Feed`] when the bytes are not a feed.
pub fn parse_feed(bytes: &[u8], url: &Url, max_items: usize) -> Result<Feed, Error> {
    let parsed = feed_rs::parser::Builder::new()
        .base_uri(Some(url.as_str()))
        .build()
        .parse(bytes)
        .map_err(|e| Error::Feed {
            url: url.clone(),
            reason: e.to_string(),
        })?;
    let items = parsed
        .entries
        .into_iter()
        .take(max_items)
        .map(|e| item(e, url))
        .collect();
    Ok(Feed {
        url: url.clone(),
        title: parsed
            .title
            .map(|t| plain(&t.content))
            .filter(|t| !t.is_empty()),
        items,
    })
}

fn item(e: feed_rs::model::Entry, base: &Url) -> FeedItem {
    let link = e
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| e.links.first())
        .and_then(|l| base.join(&l.href).ok())
        .or_else(|| Url::parse(&e.id).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"));
    let authors = e
        .authors
        .iter()
        .filter_map(|p| match &p.email {
            // feed-rs keeps RSS `<author>` text as the email of a person
            // named after the role.
            Some(email) if p.name == "author" || p.name.trim().is_empty() => author_name(email),
            _ => author_name(&p.name),
        })
        .collect();
    FeedItem {
        guid: e.id,
        link,
        title: e.title.map(|t| plain(&t.content)).filter(|t| !t.is_empty()),
        published: e.published.map(|t| t.fixed_offset()),
        updated: e.updated.map(|t| t.fixed_offset()),
        authors,
        summary: e
            .summary
            .map(|t| plain(&t.content))
            .filter(|t| !t.is_empty()),
        categories: e
            .categories
            .into_iter()
            .map(|c| c.label.unwrap_or(c.term))
            .filter(|c| !c.trim().is_empty())
            .collect(),
    }
}

/// RSS `<author>` is `email (Name)`: keep the name; a bare address is no
/// name.
fn author_name(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if let (Some(open), Some(close)) = (raw.find('('), raw.rfind(')')) {
        if open < close {
            let name = raw[open + 1..close].trim();
            if !name.is_empty() {
                return Some(name.to_string());
            }
        }
    }
    if raw.is_empty() || (raw.contains('@') && !raw.contains(' ')) {
        return None;
    }
    Some(raw.to_string())
}

/// Text of a possibly-HTML feed field, whitespace collapsed.
fn plain(s: &str) -> String {
    let text = if s.contains('<') {
        let frag = scraper::Html::parse_fragment(s);
        frag.root_element().text().collect::<Vec<_>>().join("")
    } else {
        s.to_string()
    };
    crate::text::clean(&text)
}

/// Feed types named by `<link rel=alternate type=...>`.
const FEED_TYPES: [&str; 4] = [
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
];

/// Paths tried when nothing names a feed or a sitemap.
const COMMON_FEEDS: [&str; 6] = [
    "/feed",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/index.xml",
    "/rss",
];
const COMMON_SITEMAPS: [&str; 3] = ["/news-sitemap.xml", "/sitemap_news.xml", "/sitemap.xml"];

/// The feeds a page names with `<link rel=alternate>`.
pub(crate) fn feed_links(html: &str, base: &Url) -> Vec<Url> {
    let doc = scraper::Html::parse_document(html);
    let Ok(sel) = scraper::Selector::parse("link[rel][href]") else {
        return Vec::new();
    };
    let mut out: Vec<Url> = Vec::new();
    for el in doc.select(&sel) {
        let v = el.value();
        let rel = v.attr("rel").unwrap_or("").to_ascii_lowercase();
        if !rel.split_whitespace().any(|r| r == "alternate") {
            continue;
        }
        let ty = v.attr("type").unwrap_or("").trim().to_ascii_lowercase();
        if !FEED_TYPES.contains(&ty.as_str()) {
            continue;
        }
        // Comment feeds are not the site's articles.
        let title = v.attr("title").unwrap_or("").to_ascii_lowercase();
        let href = v.attr("href").unwrap_or("");
        if title.contains("comment") || href.contains("comments/feed") {
            continue;
        }
        if let Ok(u) = base.join(href) {
            if matches!(u.scheme(), "http" | "https") && !out.contains(&u) {
                out.push(u);
            }
        }
    }
    out
}

impl Fetcher {
    /// Fetches and parses the feed at `url` (at most
    /// [`Discovery::max_items`] items).
    ///
    /// # Errors
    /// Those of [`fetch`](Self::fetch), and [`Error::Feed`] when the body is
    /// not a feed.
    pub async fn feed(&self, url: impl AsRef<str>, options: &Discovery) -> Result<Feed, Error> {
        let url = parse_url(url.as_ref())?;
        let page = self.fetch_page(url, false).await?;
        parse_feed(&page.bytes, &page.url, options.max_items)
    }

    /// The articles of the feed at `url`, in feed order, with default
    /// [`Discovery`] limits and no site memory. Each item's page is fetched
    /// and extracted ([`fetch_article`](Self::fetch_article) politeness and
    /// concurrency apply), and the item's metadata fills what the page
    /// lacks ([`FeedItem::fill`]). A feed that cannot be read gives one
    /// error; an item that fails gives its error and the stream goes on.
    pub fn articles_from_feed(
        &self,
        url: impl AsRef<str>,
    ) -> impl Stream<Item = Result<Article, Error>> + Send + 'static {
        self.articles_from_feed_with(url, Discovery::default(), None)
    }

    /// Like [`articles_from_feed`](Self::articles_from_feed), with limits
    /// and an optional shared [`SiteMemory`].
    pub fn articles_from_feed_with(
        &self,
        url: impl AsRef<str>,
        options: Discovery,
        memory: Option<Arc<SiteMemory>>,
    ) -> impl Stream<Item = Result<Article, Error>> + Send + 'static {
        let this = self.clone();
        let url = url.as_ref().to_string();
        let items = async move {
            match this.feed(&url, &options).await {
                Ok(feed) => feed.items.into_iter().map(Ok).collect(),
                Err(e) => vec![Err(e)],
            }
        };
        self.articles_from_items(items, memory)
    }

    /// The articles of the pages a sitemap lists (indexes followed), in
    /// sitemap order; news sitemap titles and dates fill what the page
    /// lacks. Sitemaps that could not be read come first as errors.
    pub fn articles_from_sitemap(
        &self,
        url: impl AsRef<str>,
        options: Discovery,
        memory: Option<Arc<SiteMemory>>,
    ) -> impl Stream<Item = Result<Article, Error>> + Send + 'static {
        let this = self.clone();
        let url = url.as_ref().to_string();
        let items = async move {
            let map = this.sitemap(&url, &options).await;
            map.errors
                .into_iter()
                .map(Err)
                .chain(
                    map.entries
                        .into_iter()
                        .map(|e| Ok(FeedItem::from_sitemap(e))),
                )
                .collect::<Vec<_>>()
        };
        self.articles_from_items(items, memory)
    }

    fn articles_from_items(
        &self,
        items: impl std::future::Future<Output = Vec<Result<FeedItem, Error>>> + Send + 'static,
        memory: Option<Arc<SiteMemory>>,
    ) -> impl Stream<Item = Result<Article, Error>> + Send + 'static {
        let this = self.clone();
        let limit = self.inner.opts.concurrency;
        stream::once(items)
            .flat_map(stream::iter)
            .map(move |item| {
                let fetcher = this.clone();
                let memory = memory.clone();
                async move {
                    let item = item?;
                    fetcher.article_for_item(&item, memory).await
                }
            })
            .buffered(limit)
    }

    async fn article_for_item(
        &self,
        item: &FeedItem,
        memory: Option<Arc<SiteMemory>>,
    ) -> Result<Article, Error> {
        let Some(link) = item.link.clone() else {
            return Err(Error::InvalidUrl {
                url: item.guid.clone(),
                reason: "feed item has no link".into(),
            });
        };
        let page = self.fetch_page(link, true).await?;
        let mut article = self.extract_page_inner(page, memory).await?;
        item.fill(&mut article);
        Ok(article)
    }

    /// Finds the feeds and sitemaps of the site of `url`. If `url` is itself
    /// a feed or a sitemap, that is the answer; otherwise the page's
    /// `<link rel=alternate>` feeds and robots.txt's `Sitemap:` lines, and,
    /// when both are empty and [`Discovery::probe_common_paths`] is on, the
    /// usual paths that answer with a feed or a sitemap.
    ///
    /// # Errors
    /// Those of [`fetch`](Self::fetch) for `url` itself.
    pub async fn discover(
        &self,
        url: impl AsRef<str>,
        options: &Discovery,
    ) -> Result<Discovered, Error> {
        let url = parse_url(url.as_ref())?;
        let page = self.fetch_page(url, false).await?;
        let mut found = Discovered::default();
        let body = sitemap::gunzip_if_needed(&page.bytes, &page.url, options.max_sitemap_bytes)
            .unwrap_or_default();
        if sitemap::is_sitemap(&body) {
            found.sitemaps.push(page.url);
            return Ok(found);
        }
        if !looks_like_html(&page) && parse_feed(&page.bytes, &page.url, 1).is_ok() {
            found.feeds.push(page.url);
            return Ok(found);
        }
        found.feeds = feed_links(&page.text, &page.url);
        found.sitemaps = self.robots_sitemaps(&page.url).await;
        if found.feeds.is_empty() && found.sitemaps.is_empty() && options.probe_common_paths {
            for path in COMMON_FEEDS {
                let Ok(candidate) = page.url.join(path) else {
                    continue;
                };
                if let Ok(p) = self.fetch_page(candidate, false).await {
                    if !looks_like_html(&p) && parse_feed(&p.bytes, &p.url, 1).is_ok() {
                        found.feeds.push(p.url);
                        break;
                    }
                }
            }
            for path in COMMON_SITEMAPS {
                let Ok(candidate) = page.url.join(path) else {
                    continue;
                };
                if let Ok(p) = self.fetch_page(candidate, false).await {
                    let body =
                        sitemap::gunzip_if_needed(&p.bytes, &p.url, options.max_sitemap_bytes)
                            .unwrap_or_default();
                    if sitemap::is_sitemap(&body) {
                        found.sitemaps.push(p.url);
                        break;
                    }
                }
            }
        }
        Ok(found)
    }
}

fn looks_like_html(page: &super::Page) -> bool {
    let ct = page
        .content_type
        .as_deref()
        .map(crate::decode::mime_essence);
    matches!(ct.as_deref(), Some("text/html" | "application/xhtml+xml"))
        || (ct.is_none() && crate::decode::sniff_html(&page.bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://n.example/feed.xml").unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn rss_items_with_names_and_html_summaries() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>
          <item><title>One &amp; two</title><link>/a</link><guid isPermaLink="false">id-1</guid>
          <author>desk@n.example (Ann Lee)</author><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
          <description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;&lt;/p&gt;</description><category>Port</category></item>
          <item><title>No link</title><guid>id-2</guid></item></channel></rss>"#;
        let feed = parse_feed(rss.as_bytes(), &base(), 10).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(feed.title.as_deref(), Some("N"));
        assert_eq!(feed.items.len(), 2);
        let a = &feed.items[0];
        assert_eq!(
            a.link.as_ref().map(Url::as_str),
            Some("https://n.example/a")
        );
        assert_eq!(a.guid, "id-1");
        assert_eq!(a.title.as_deref(), Some("One & two"));
        assert_eq!(a.authors, ["Ann Lee"]);
        assert_eq!(a.summary.as_deref(), Some("Short summary"));
        assert_eq!(a.categories, ["Port"]);
        assert!(a.published.is_some());
        assert_eq!(feed.items[1].link, None);
        let capped = parse_feed(rss.as_bytes(), &base(), 1).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(capped.items.len(), 1);
        assert!(matches!(
            parse_feed(b"<html><body>no</body></html>", &base(), 5),
            Err(Error::Feed { .. })
        ));
    }

    #[test]
    fn item_fills_only_what_is_missing() {
        let item = FeedItem {
            guid: "g".into(),
            link: None,
            title: Some("Feed title".into()),
            published: chrono::DateTime::parse_from_rfc3339("2024-01-02T03:04:05Z").ok(),
            updated: None,
            authors: vec!["Feed Author".into()],
            summary: None,
            categories: vec![],
        };
        let mut article = Article {
            title: Some("Page title".into()),
            ..Article::default()
        };
        item.fill(&mut article);
        assert_eq!(article.title.as_deref(), Some("Page title"));
        assert_eq!(article.authors, ["Feed Author"]);
        assert_eq!(article.published, item.published);
    }

    #[test]
    fn alternate_links_skip_comment_feeds() {
        let html = r#"<html><head>
          <link rel="alternate" type="application/rss+xml" title="News" href="/feed/">
          <link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed/">
          <link rel="alternate" type="application/atom+xml" href="https://n.example/atom.xml">
          <link rel="stylesheet" href="/s.css"></head></html>"#;
        let got = feed_links(html, &base());
        let got: Vec<&str> = got.iter().map(Url::as_str).collect();
        assert_eq!(
            got,
            ["https://n.example/feed/", "https://n.example/atom.xml"]
        );
    }
}
