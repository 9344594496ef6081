//! The polite fetcher (cargo feature `fetch`): download news pages with
//! reqwest + tokio and extract them.
//!
//! One [`Fetcher`] holds one connection pool and the per-host state that
//! politeness needs (robots.txt cache, the time of the last request, a
//! concurrency cap). Clone it freely: clones share all of that.
//!
//! What it does for every URL, in order:
//! 1. only `http`/`https`; robots.txt of the host fetched once, cached for
//!    [`FetcherBuilder::robots_ttl`], and obeyed (allow/disallow and
//!    `Crawl-delay`) unless [`FetcherBuilder::obey_robots`] is off;
//! 2. waits for a free per-host slot ([`FetcherBuilder::per_host_concurrency`])
//!    and for the per-host delay ([`FetcherBuilder::host_delay`]);
//! 3. sends a GET with the crate's User-Agent, follows redirects itself
//!    (recording the chain, detecting loops, re-checking robots.txt);
//! 4. streams the body under a read timeout and a size limit, decompressing
//!    gzip, deflate, brotli and zstd;
//! 5. retries what can change from one attempt to the next (connect errors,
//!    timeouts, reset connections, 429 and 5xx) with exponential backoff and
//!    jitter, or after the server's `Retry-After`, all within the per-URL
//!    [`FetcherBuilder::deadline`];
//! 6. decodes the text ([`crate::decode`]: BOM, header, `<meta>`, detection).
//!
//! With [`FetcherBuilder::deny_private_addresses`] it connects only to
//! public addresses, checked on the resolved address of every hop.
//!
//! ```no_run
//! # async fn run() -> Result<(), gleaner::Error> {
//! use std::time::Duration;
//! let fetcher = gleaner::Fetcher::builder()
//!     .timeout(Duration::from_secs(20))
//!     .host_delay(Duration::from_millis(500))
//!     .build()?;
//! let article = fetcher.fetch_article("https://example.com/news/bridge-reopens").await?;
//! println!("{}", article.to_text());
//! # Ok(()) }
//! ```

mod address;
mod feed;
mod robots;
mod sitemap;

pub use feed::{parse_feed, Discovered, Discovery, Feed, FeedItem};
pub use sitemap::{Sitemap, SitemapEntry};

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::stream::{Stream, StreamExt};
use reqwest::header::{HeaderMap, CONTENT_TYPE, ETAG, LAST_MODIFIED, LOCATION, RETRY_AFTER};
use tokio::sync::Semaphore;
use url::Url;

use crate::decode::{self, CharsetSource};
use crate::site::SiteMemory;
use crate::{Article, Error, Extractor, Timestamp};

use robots::Robots;

/// The default User-Agent: the crate's name and version, and where to read
/// about it.
pub const DEFAULT_USER_AGENT: &str = concat!(
    env!("CARGO_PKG_NAME"),
    "/",
    env!("CARGO_PKG_VERSION"),
    " (+https://crates.io/crates/gleaner)"
);

/// Builds a [`Fetcher`]. Setters take and return the builder by value, like
/// reqwest's `ClientBuilder`; [`build`](FetcherBuilder::build) validates.
#[derive(Debug, Clone)]
#[must_use]
pub struct FetcherBuilder {
    user_agent: String,
    connect_timeout: Duration,
    timeout: Duration,
    read_timeout: Duration,
    max_body_bytes: usize,
    max_redirects: usize,
    max_retries: u32,
    retry_base_delay: Duration,
    retry_max_delay: Duration,
    max_retry_after: Duration,
    obey_robots: bool,
    robots_ttl: Duration,
    max_crawl_delay: Duration,
    host_delay: Duration,
    concurrency: usize,
    per_host_concurrency: usize,
    deadline: Duration,
    deny_private_addresses: bool,
    extract_concurrency: usize,
    extractor: Extractor,
}

impl Default for FetcherBuilder {
    fn default() -> Self {
        FetcherBuilder {
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            read_timeout: Duration::from_secs(15),
            max_body_bytes: 5 * 1024 * 1024,
            max_redirects: 10,
            max_retries: 2,
            retry_base_delay: Duration::from_millis(500),
            retry_max_delay: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(120),
            obey_robots: true,
            robots_ttl: Duration::from_secs(3600),
            max_crawl_delay: Duration::from_secs(60),
            host_delay: Duration::from_secs(1),
            concurrency: 16,
            per_host_concurrency: 2,
            deadline: Duration::from_secs(120),
            deny_private_addresses: false,
            extract_concurrency: std::thread::available_parallelism().map_or(4, |n| n.get()),
            extractor: Extractor::default(),
        }
    }
}

impl FetcherBuilder {
    /// The `User-Agent` header, also the agent name matched in robots.txt
    /// (its first word, before any `/`).
    ///
    /// # Defaults
    /// [`DEFAULT_USER_AGENT`]: `gleaner/<version> (+https://crates.io/crates/gleaner)`.
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    /// Bound on establishing a connection (TCP and TLS).
    ///
    /// # Defaults
    /// 10 seconds.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Bound on one whole attempt: connect, headers and the full body. It
    /// catches a server that trickles bytes slowly enough to pass the read
    /// timeout. Waiting for politeness delays is not counted. A URL makes up
    /// to `1 + max_retries` attempts and may need robots.txt first: bound
    /// all of it with [`deadline`](Self::deadline).
    ///
    /// # Defaults
    /// 30 seconds.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Bound on waiting for the next bytes (the response head, then each
    /// chunk of the body): catches a server that stalls.
    ///
    /// # Defaults
    /// 15 seconds.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = timeout;
        self
    }

    /// The largest body accepted, after decompression, in bytes. It is
    /// enforced while streaming: the download stops as soon as it is crossed.
    ///
    /// # Defaults
    /// 5 MiB.
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = limit;
        self
    }

    /// The most redirects followed for one URL.
    ///
    /// # Defaults
    /// 10.
    pub fn max_redirects(mut self, limit: usize) -> Self {
        self.max_redirects = limit;
        self
    }

    /// How many times a failed request is retried (only errors that can
    /// change on a retry, see [`Error::is_retryable`]: connect errors,
    /// timeouts, reset connections, 429 and 5xx; 0 disables retries).
    ///
    /// # Defaults
    /// 2 (so at most 3 attempts).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The first retry's backoff; each further retry doubles it, up to
    /// [`retry_max_delay`](Self::retry_max_delay), with random jitter
    /// (each wait is between half and all of its nominal value).
    ///
    /// # Defaults
    /// 500 ms.
    pub fn retry_base_delay(mut self, delay: Duration) -> Self {
        self.retry_base_delay = delay;
        self
    }

    /// The longest backoff between retries.
    ///
    /// # Defaults
    /// 30 seconds.
    pub fn retry_max_delay(mut self, delay: Duration) -> Self {
        self.retry_max_delay = delay;
        self
    }

    /// The longest `Retry-After` honoured: a server asking for a longer wait
    /// gets no retry and the caller gets [`Error::Status`] with the
    /// `retry_after` it asked for.
    ///
    /// # Defaults
    /// 120 seconds.
    pub fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// Whether robots.txt is fetched and obeyed (allow/disallow rules and
    /// `Crawl-delay`). Turn it off only for sites you are allowed to crawl.
    ///
    /// # Defaults
    /// `true`.
    pub fn obey_robots(mut self, obey: bool) -> Self {
        self.obey_robots = obey;
        self
    }

    /// How long a host's robots.txt is cached before it is fetched again.
    ///
    /// # Defaults
    /// 1 hour.
    pub fn robots_ttl(mut self, ttl: Duration) -> Self {
        self.robots_ttl = ttl;
        self
    }

    /// The longest robots.txt `Crawl-delay` honoured (longer ones are capped).
    ///
    /// # Defaults
    /// 60 seconds.
    pub fn max_crawl_delay(mut self, delay: Duration) -> Self {
        self.max_crawl_delay = delay;
        self
    }

    /// The minimum time between the starts of two requests to the same host
    /// (scheme, host and port). A robots.txt `Crawl-delay` that is longer wins.
    ///
    /// # Defaults
    /// 1 second.
    pub fn host_delay(mut self, delay: Duration) -> Self {
        self.host_delay = delay;
        self
    }

    /// The most pages [`Fetcher::fetch_many`] fetches at once (at least 1).
    ///
    /// # Defaults
    /// 16.
    pub fn concurrency(mut self, limit: usize) -> Self {
        self.concurrency = limit;
        self
    }

    /// The most requests in flight to one host at once, across all calls on
    /// this fetcher and its clones (at least 1).
    ///
    /// # Defaults
    /// 2.
    pub fn per_host_concurrency(mut self, limit: usize) -> Self {
        self.per_host_concurrency = limit;
        self
    }

    /// Bound on everything done for one URL: robots.txt, every attempt and
    /// redirect, and the backoff sleeps between retries; when it passes the
    /// error is [`Error::Timeout`] with phase `"deadline"`. A retry whose
    /// wait (backoff or `Retry-After`) would end past the deadline is not
    /// made: the last error is returned at once. Waiting for a per-host slot
    /// or for the per-host delay is not counted, as for
    /// [`timeout`](Self::timeout), so a long queue on one host in
    /// [`Fetcher::fetch_many`] does not expire URLs that were never tried.
    /// `Duration::MAX` turns it off.
    ///
    /// # Defaults
    /// 2 minutes: above one robots.txt read and three attempts of a server
    /// that answers within the default 30 s `timeout`.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Connect only to public addresses: a host name that resolves to a
    /// loopback, private, link-local, shared, multicast or otherwise
    /// reserved address, or a URL naming one, gives
    /// [`Error::PrivateAddress`]. The check is on the address actually
    /// connected to (a DNS resolver that filters what it returns), on every
    /// redirect hop and for robots.txt. Turning it on also ignores proxies
    /// from the environment (`HTTP_PROXY`...), whose connections the check
    /// could not see. Turn it on in a service that fetches URLs its users
    /// submit, so that they cannot reach your internal network.
    ///
    /// # Defaults
    /// `false`: gleaner's main use is crawling sites chosen by its operator,
    /// which may be on an intranet or `localhost` (a test server, a local
    /// mirror, a proxy cache); an on-by-default guard would make those fail
    /// in ways that look like network errors. A fetcher of untrusted URLs
    /// must turn it on.
    pub fn deny_private_addresses(mut self, deny: bool) -> Self {
        self.deny_private_addresses = deny;
        self
    }

    /// The most extractions running at once, across all calls on this
    /// fetcher and its clones (at least 1). Extraction is where a page's
    /// memory peaks (the parsed tree and gleaner's index: see the README's
    /// "Memory" section), and it is CPU-bound, so running more of them than
    /// there are cores gains nothing; this keeps [`Fetcher::fetch_many`]'s
    /// peak at `extract_concurrency` pages being extracted plus
    /// [`concurrency`](Self::concurrency) bodies being downloaded, however
    /// high the download concurrency.
    ///
    /// # Defaults
    /// The number of CPUs (`std::thread::available_parallelism`, 4 when
    /// unknown).
    pub fn extract_concurrency(mut self, limit: usize) -> Self {
        self.extract_concurrency = limit;
        self
    }

    /// The extractor used by [`Fetcher::fetch_article`] and
    /// [`Fetcher::fetch_many`].
    ///
    /// # Defaults
    /// `Extractor::default()`.
    pub fn extractor(mut self, extractor: Extractor) -> Self {
        self.extractor = extractor;
        self
    }

    /// Builds the fetcher and its connection pool (rustls TLS).
    ///
    /// # Errors
    /// [`Error::Config`] for a zero concurrency, an empty or invalid
    /// User-Agent, or an HTTP client that cannot initialise.
    pub fn build(self) -> Result<Fetcher, Error> {
        if self.concurrency == 0 || self.per_host_concurrency == 0 || self.extract_concurrency == 0
        {
            return Err(Error::Config {
                reason:
                    "concurrency, per_host_concurrency and extract_concurrency must be at least 1"
                        .into(),
            });
        }
        let agent = robots::agent_token(&self.user_agent).ok_or_else(|| Error::Config {
            reason: format!("user agent {:?} has no product token", self.user_agent),
        })?;
        let mut headers = HeaderMap::new();
        headers.insert(
            reqwest::header::ACCEPT,
            reqwest::header::HeaderValue::from_static(
                "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1",
            ),
        );
        let mut client = reqwest::Client::builder();
        if self.deny_private_addresses {
            client = client
                .dns_resolver(Arc::new(address::PublicResolver))
                .no_proxy();
        }
        // hyper refuses a response head of more than 100 fields ("message
        // head is too large"); reqwest 0.12 does not expose hyper's
        // `max_headers`, so such a response is `Error::InvalidResponse`.
        let client = client
            .user_agent(&self.user_agent)
            .default_headers(headers)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(self.connect_timeout)
            .read_timeout(self.read_timeout)
            .gzip(true)
            .brotli(true)
            .deflate(true)
            .zstd(true)
            .build()
            .map_err(|e| Error::Config {
                reason: format!("cannot build the HTTP client: {e}"),
            })?;
        Ok(Fetcher {
            inner: Arc::new(Inner {
                client,
                agent,
                hosts: Mutex::new(HashMap::new()),
                extracting: Arc::new(Semaphore::new(self.extract_concurrency)),
                opts: self,
            }),
        })
    }
}

/// A fetched page: the response and its decoded text.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Page {
    /// The final URL, after redirects.
    pub url: Url,
    /// The URLs that redirected, in order, starting with the one requested
    /// (empty when there was no redirect).
    pub redirects: Vec<Url>,
    /// The HTTP status of the final response.
    pub status: u16,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// The `Last-Modified` header.
    pub last_modified: Option<String>,
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The body decoded to text.
    pub text: String,
    /// The name of the encoding used to decode the body (e.g. `"windows-1252"`).
    pub encoding: &'static str,
    /// Where the encoding decision came from.
    pub charset_source: CharsetSource,
    /// The body as received (after HTTP decompression).
    pub bytes: Vec<u8>,
    /// When the response arrived.
    pub fetched_at: Timestamp,
}

impl Page {
    /// The URL first requested (the first of the redirect chain, or the final
    /// URL when there was no redirect).
    pub fn requested_url(&self) -> &Url {
        self.redirects.first().unwrap_or(&self.url)
    }
}

/// Fetches pages politely and extracts them.
///
/// `Clone` is cheap and clones share the connection pool, the robots.txt
/// cache and the per-host limits. `Send + Sync`. Its futures need a tokio
/// runtime (multi-thread or current-thread with `spawn_blocking` support).
#[derive(Debug, Clone)]
pub struct Fetcher {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    client: reqwest::Client,
    agent: String,
    hosts: Mutex<HashMap<String, Arc<Host>>>,
    /// Permits for extractions in progress ([`FetcherBuilder::extract_concurrency`]).
    extracting: Arc<Semaphore>,
    opts: FetcherBuilder,
}

/// What the fetcher knows about one origin (scheme, host, port).
#[derive(Debug)]
struct Host {
    permits: Arc<Semaphore>,
    /// The earliest start of the next request to this host.
    next_slot: tokio::sync::Mutex<Instant>,
    robots: tokio::sync::Mutex<Option<(Instant, Arc<Robots>)>>,
}

/// A successful response, body read.
struct Response {
    status: u16,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Fetcher {
    /// A builder with the defaults documented on each setter.
    pub fn builder() -> FetcherBuilder {
        FetcherBuilder::default()
    }

    /// A fetcher with default settings.
    ///
    /// # Errors
    /// [`Error::Config`] if the HTTP client cannot initialise.
    pub fn new() -> Result<Fetcher, Error> {
        Fetcher::builder().build()
    }

    /// Fetches `url` (following redirects) and decodes its body, whatever
    /// its content type.
    ///
    /// # Errors
    /// [`Error::InvalidUrl`], [`Error::RobotsDisallowed`],
    /// [`Error::RobotsUnavailable`], [`Error::Timeout`], [`Error::Connect`],
    /// [`Error::Http`], [`Error::InvalidResponse`], [`Error::Status`],
    /// [`Error::TooLarge`], [`Error::TooManyRedirects`],
    /// [`Error::RedirectLoop`], [`Error::RedirectRefused`],
    /// [`Error::PrivateAddress`].
    pub async fn fetch(&self, url: impl AsRef<str>) -> Result<Page, Error> {
        let url = parse_url(url.as_ref())?;
        self.fetch_page(url, false).await
    }

    /// Fetches `url` and extracts its article. Only HTML is extracted
    /// (`text/html`, `application/xhtml+xml`, or an HTML body sent as
    /// `text/plain` or without a type); the check happens on the headers, so
    /// a PDF is never downloaded. Extraction runs on tokio's blocking pool,
    /// keeping the async executor responsive.
    ///
    /// The article's `url` is the final URL and `fetched_at` the time of
    /// the response.
    ///
    /// # Errors
    /// Those of [`fetch`](Self::fetch), [`Error::UnsupportedContentType`],
    /// [`Error::BinaryBody`] (a body that is not text, whatever its type),
    /// the extraction errors ([`Error::NoContent`], ...), and [`Error::Task`]
    /// if the extraction task could not complete.
    pub async fn fetch_article(&self, url: impl AsRef<str>) -> Result<Article, Error> {
        self.article(url.as_ref(), None).await
    }

    /// Extracts the article of a page fetched with [`fetch`](Self::fetch),
    /// on tokio's blocking pool. For a caller that wants both the [`Page`]
    /// (headers, raw bytes) and the [`Article`] from one request.
    ///
    /// # Errors
    /// [`Error::UnsupportedContentType`] when the page is not HTML,
    /// [`Error::BinaryBody`] when its body is binary, the extraction errors, and [`Error::Task`] if the task could not complete.
    pub async fn extract_page(&self, page: Page) -> Result<Article, Error> {
        self.extract_page_inner(page, None).await
    }

    /// Like [`extract_page`](Self::extract_page), stripping what the page's
    /// host repeats on its other pages with a shared [`SiteMemory`].
    pub async fn extract_page_with(
        &self,
        page: Page,
        memory: Arc<SiteMemory>,
    ) -> Result<Article, Error> {
        self.extract_page_inner(page, Some(memory)).await
    }

    async fn extract_page_inner(
        &self,
        page: Page,
        memory: Option<Arc<SiteMemory>>,
    ) -> Result<Article, Error> {
        check_html(&page.url, page.content_type.as_deref(), &page.bytes)?;
        let extractor = self.inner.opts.extractor.clone();
        let task_url = page.url.clone();
        let permit = self
            .inner
            .extracting
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| Error::Task {
                url: page.url.clone(),
                reason: e.to_string(),
            })?;
        let join = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let input = crate::Input::html(&page.text)
                .url(&page.url)
                .fetched_at(page.fetched_at);
            extractor.extract_input(input, memory.as_deref())
        })
        .await;
        match join {
            Ok(result) => result,
            Err(e) => Err(Error::Task {
                url: task_url,
                reason: e.to_string(),
            }),
        }
    }

    /// Fetches and extracts many pages concurrently, yielding each URL with
    /// its result as soon as it completes (not in input order). At most
    /// [`FetcherBuilder::concurrency`] pages are in progress at once, and at
    /// most [`FetcherBuilder::per_host_concurrency`] requests per host; the
    /// per-host delay and robots.txt apply as for single fetches. Every
    /// input URL is yielded exactly once.
    ///
    /// ```no_run
    /// # async fn run(urls: Vec<gleaner::Url>) -> Result<(), gleaner::Error> {
    /// use futures_util::StreamExt;
    /// let fetcher = gleaner::Fetcher::new()?;
    /// let mut results = std::pin::pin!(fetcher.fetch_many(urls));
    /// while let Some((url, result)) = results.next().await {
    ///     match result {
    ///         Ok(article) => println!("{url}: {} words", article.word_count),
    ///         Err(e) => eprintln!("{url}: {e}"),
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn fetch_many<I>(
        &self,
        urls: I,
    ) -> impl Stream<Item = (Url, Result<Article, Error>)> + Send + 'static
    where
        I: IntoIterator<Item = Url>,
        I::IntoIter: Send + 'static,
    {
        self.fetch_many_inner(urls, None)
    }

    /// Like [`fetch_many`](Self::fetch_many), sharing one [`SiteMemory`]
    /// across the pages: boilerplate a host repeats on its pages (branding,
    /// widget text no rule knows) is learned and stripped as the crawl goes.
    /// Results depend on completion order, as the memory learns in it.
    pub fn fetch_many_with<I>(
        &self,
        urls: I,
        memory: Arc<SiteMemory>,
    ) -> impl Stream<Item = (Url, Result<Article, Error>)> + Send + 'static
    where
        I: IntoIterator<Item = Url>,
        I::IntoIter: Send + 'static,
    {
        self.fetch_many_inner(urls, Some(memory))
    }

    fn fetch_many_inner<I>(
        &self,
        urls: I,
        memory: Option<Arc<SiteMemory>>,
    ) -> impl Stream<Item = (Url, Result<Article, Error>)> + Send + 'static
    where
        I: IntoIterator<Item = Url>,
        I::IntoIter: Send + 'static,
    {
        let this = self.clone();
        let limit = self.inner.opts.concurrency;
        futures_util::stream::iter(urls)
            .map(move |url| {
                let fetcher = this.clone();
                let memory = memory.clone();
                async move {
                    let result = fetcher.article(url.as_str(), memory).await;
                    (url, result)
                }
            })
            .buffer_unordered(limit)
    }

    /// Fetches and extracts one page, with an optional site memory.
    async fn article(&self, url: &str, memory: Option<Arc<SiteMemory>>) -> Result<Article, Error> {
        let page = self.fetch_page(parse_url(url)?, true).await?;
        self.extract_page_inner(page, memory).await
    }

    async fn fetch_page(&self, requested: Url, html_only: bool) -> Result<Page, Error> {
        let opts = &self.inner.opts;
        let mut deadline = Deadline::after(opts.deadline);
        let mut current = requested.clone();
        let mut redirects = Vec::new();
        let mut visited = HashSet::new();
        visited.insert(requested.clone());
        loop {
            self.check_address(&current)?;
            let host = self.host(&current);
            let mut delay = opts.host_delay;
            if opts.obey_robots {
                let robots = self.robots(&current, &host, &mut deadline).await?;
                if let Some((status, cause)) = robots.unreachable_cause() {
                    return Err(Error::RobotsUnavailable {
                        url: current,
                        status,
                        cause: cause.to_owned(),
                    });
                }
                if !robots.allowed(&current) {
                    return Err(Error::RobotsDisallowed { url: current });
                }
                delay = delay.max(robots.crawl_delay().min(opts.max_crawl_delay));
            }
            let resp = self
                .request_with_retries(&current, &host, delay, html_only, &mut deadline)
                .await?;
            if (300..400).contains(&resp.status) {
                let Some(location) = header_str(&resp.headers, LOCATION.as_str()) else {
                    return Err(Error::Status {
                        url: current,
                        code: resp.status,
                        retry_after: None,
                    });
                };
                let refused = || Error::RedirectRefused {
                    url: requested.clone(),
                    from: Box::new(current.clone()),
                    location: location.as_str().into(),
                };
                let next = current.join(&location).map_err(|_| refused())?;
                if check_scheme(&next).is_err() {
                    return Err(refused());
                }
                if redirects.len() >= opts.max_redirects {
                    return Err(Error::TooManyRedirects {
                        url: requested,
                        limit: opts.max_redirects,
                    });
                }
                if !visited.insert(next.clone()) {
                    return Err(Error::RedirectLoop {
                        url: requested,
                        repeated: Box::new(next),
                    });
                }
                redirects.push(std::mem::replace(&mut current, next));
                continue;
            }
            let fetched_at: Timestamp = chrono::Utc::now().fixed_offset();
            let content_type = header_str(&resp.headers, CONTENT_TYPE.as_str());
            if html_only {
                check_html(&current, content_type.as_deref(), &resp.body)?;
            }
            let decoded = decode::decode(&resp.body, content_type.as_deref());
            let text = decoded.text.into_owned();
            return Ok(Page {
                url: current,
                redirects,
                status: resp.status,
                last_modified: header_str(&resp.headers, LAST_MODIFIED.as_str()),
                etag: header_str(&resp.headers, ETAG.as_str()),
                content_type,
                text,
                encoding: decoded.encoding.name(),
                charset_source: decoded.source,
                bytes: resp.body,
                fetched_at,
            });
        }
    }

    /// With [`FetcherBuilder::deny_private_addresses`], refuses a URL that
    /// names a non-public address (host names are checked when resolved).
    fn check_address(&self, url: &Url) -> Result<(), Error> {
        if !self.inner.opts.deny_private_addresses {
            return Ok(());
        }
        match address::literal_private(url) {
            Some(address) => Err(Error::PrivateAddress {
                url: url.clone(),
                address,
            }),
            None => Ok(()),
        }
    }

    /// The per-origin state, created on first use.
    fn host(&self, url: &Url) -> Arc<Host> {
        let key = origin_key(url);
        let mut hosts = match self.inner.hosts.lock() {
            Ok(guard) => guard,
            // A panic while holding this lock cannot leave the map invalid.
            Err(poisoned) => poisoned.into_inner(),
        };
        hosts
            .entry(key)
            .or_insert_with(|| {
                Arc::new(Host {
                    permits: Arc::new(Semaphore::new(self.inner.opts.per_host_concurrency)),
                    next_slot: tokio::sync::Mutex::new(Instant::now()),
                    robots: tokio::sync::Mutex::new(None),
                })
            })
            .clone()
    }

    /// The host's robots.txt rules, from the cache or fetched once (other
    /// requests to the host wait for that one fetch).
    ///
    /// # Errors
    /// The per-URL deadline passing while robots.txt is read, a refused
    /// address, and no connection to the host at all (connect error or
    /// connect timeout, reported as the page's): none is a fact about the
    /// host's robots.txt, so none is cached.
    async fn robots(
        &self,
        url: &Url,
        host: &Host,
        deadline: &mut Deadline,
    ) -> Result<Arc<Robots>, Error> {
        let mut slot = host.robots.lock().await;
        if let Some((at, robots)) = slot.as_ref() {
            if at.elapsed() < self.inner.opts.robots_ttl {
                return Ok(robots.clone());
            }
        }
        let robots = Arc::new(self.fetch_robots(url, host, deadline).await?);
        *slot = Some((Instant::now(), robots.clone()));
        // The robots.txt request counts as a request: the crawl delay it
        // announces applies to the next one already.
        let crawl_delay = robots.crawl_delay().min(self.inner.opts.max_crawl_delay);
        let mut next = host.next_slot.lock().await;
        *next = (*next).max(Instant::now() + crawl_delay);
        Ok(robots)
    }

    /// Reads robots.txt as RFC 9309 says: redirects followed (five at
    /// most), the first [`robots::MAX_ROBOTS_BYTES`] parsed, 4xx = no rules,
    /// 5xx, 429, and network errors and timeouts once connected =
    /// unreachable (complete disallow).
    async fn fetch_robots(
        &self,
        url: &Url,
        host: &Host,
        deadline: &mut Deadline,
    ) -> Result<Robots, Error> {
        let mut robots_url = url.clone();
        robots_url.set_path("/robots.txt");
        robots_url.set_query(None);
        robots_url.set_fragment(None);
        let opts = &self.inner.opts;
        let waited = Instant::now();
        let Ok(_permit) = host.permits.clone().acquire_owned().await else {
            return Ok(Robots::allow_all());
        };
        self.wait_turn(host, opts.host_delay).await;
        deadline.extend(waited.elapsed());
        let (bound, is_deadline) = deadline.bound(opts.timeout);
        let read = async {
            // RFC 9309: follow at least five redirects (http → https,
            // www → bare host are common for robots.txt).
            let mut target = robots_url.clone();
            for _ in 0..=5 {
                self.check_address(&target)?;
                let resp = self
                    .inner
                    .client
                    .get(target.clone())
                    .send()
                    .await
                    .map_err(|e| map_reqwest(&target, e))?;
                let status = resp.status().as_u16();
                if (300..400).contains(&status) {
                    let next = header_str(resp.headers(), LOCATION.as_str())
                        .and_then(|location| target.join(&location).ok())
                        .filter(|next| check_scheme(next).is_ok());
                    match next {
                        Some(next) => {
                            target = next;
                            continue;
                        }
                        // A redirect to nowhere: no robots.txt (RFC 9309
                        // §2.3.1.2 treats it as unavailable, i.e. 4xx).
                        None => return Ok(Robots::allow_all()),
                    }
                }
                if !(200..300).contains(&status) {
                    return Ok(Robots::from_response(&self.inner.agent, status, &[]));
                }
                let body =
                    read_prefix(resp, &target, robots::MAX_ROBOTS_BYTES, opts.read_timeout).await?;
                let rules = robots::cut_at_line_end(&body);
                return Ok(Robots::from_response(&self.inner.agent, status, rules));
            }
            // More than five redirects: unavailable, as above.
            Ok(Robots::allow_all())
        };
        match tokio::time::timeout(bound, read).await {
            Ok(Ok(robots)) => Ok(robots),
            Ok(Err(e @ Error::PrivateAddress { .. })) => Err(e),
            // No connection at all: the page cannot be fetched either. Say
            // so, about the page, retryable and not cached: caching a
            // disallow for a host that was down for a moment would block it
            // for the whole robots_ttl.
            Ok(Err(Error::Connect { source, .. })) => Err(Error::Connect {
                url: url.clone(),
                source,
            }),
            Ok(Err(Error::Timeout {
                phase: "connect", ..
            })) => Err(Error::Timeout {
                url: url.clone(),
                phase: "connect",
            }),
            Ok(Err(e)) => Ok(Robots::unreachable(e.to_string())),
            Err(_) if is_deadline => Err(Error::Timeout {
                url: url.clone(),
                phase: "deadline",
            }),
            Err(_) => Ok(Robots::unreachable(format!(
                "timed out (total) fetching {robots_url}"
            ))),
        }
    }

    /// Waits until this host may receive the next request, and books the
    /// slot after it.
    async fn wait_turn(&self, host: &Host, delay: Duration) {
        let mut next = host.next_slot.lock().await;
        tokio::time::sleep_until((*next).into()).await;
        *next = Instant::now() + delay;
    }

    async fn request_with_retries(
        &self,
        url: &Url,
        host: &Host,
        delay: Duration,
        html_only: bool,
        deadline: &mut Deadline,
    ) -> Result<Response, Error> {
        let opts = &self.inner.opts;
        let mut attempt = 0u32;
        loop {
            let result = self.attempt(url, host, delay, html_only, deadline).await;
            let err = match result {
                Ok(resp) => return Ok(resp),
                Err(e) => e,
            };
            if !err.is_retryable() || attempt >= opts.max_retries {
                return Err(err);
            }
            let wait = match &err {
                Error::Status {
                    retry_after: Some(after),
                    ..
                } => {
                    if *after > opts.max_retry_after {
                        return Err(err);
                    }
                    *after
                }
                _ => backoff(opts.retry_base_delay, opts.retry_max_delay, attempt),
            };
            if let Error::Status {
                retry_after: Some(after),
                ..
            } = &err
            {
                // The whole host asked for a pause, not only this request.
                let mut next = host.next_slot.lock().await;
                *next = (*next).max(Instant::now() + *after);
            }
            // A retry that could not start before the deadline is pointless:
            // the error at hand says more than a "deadline" timeout.
            if deadline.remaining().is_some_and(|left| wait >= left) {
                return Err(err);
            }
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// One GET: waits for a per-host slot and the host delay, then sends the
    /// request and reads the body, all under the total timeout and what is
    /// left of the deadline.
    async fn attempt(
        &self,
        url: &Url,
        host: &Host,
        delay: Duration,
        html_only: bool,
        deadline: &mut Deadline,
    ) -> Result<Response, Error> {
        let opts = &self.inner.opts;
        let waited = Instant::now();
        let _permit = host
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| Error::Task {
                url: url.clone(),
                reason: e.to_string(),
            })?;
        self.wait_turn(host, delay).await;
        deadline.extend(waited.elapsed());
        let (bound, is_deadline) = deadline.bound(opts.timeout);
        let work = async {
            let resp = self
                .inner
                .client
                .get(url.clone())
                .send()
                .await
                .map_err(|e| map_reqwest(url, e))?;
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            if status >= 400 {
                return Err(Error::Status {
                    url: url.clone(),
                    code: status,
                    retry_after: header_str(&headers, RETRY_AFTER.as_str())
                        .and_then(|v| parse_retry_after(&v)),
                });
            }
            if (300..400).contains(&status) {
                return Ok(Response {
                    status,
                    headers,
                    body: Vec::new(),
                });
            }
            if html_only {
                let ct = header_str(&headers, CONTENT_TYPE.as_str());
                if !may_be_html(ct.as_deref()) {
                    return Err(Error::UnsupportedContentType {
                        url: url.clone(),
                        content_type: ct.unwrap_or_default(),
                    });
                }
            }
            let body = read_body(resp, url, opts.max_body_bytes, opts.read_timeout).await?;
            Ok(Response {
                status,
                headers,
                body,
            })
        };
        match tokio::time::timeout(bound, work).await {
            Ok(result) => result,
            Err(_) => Err(Error::Timeout {
                url: url.clone(),
                phase: if is_deadline { "deadline" } else { "total" },
            }),
        }
    }
}

/// What is left of the per-URL deadline ([`FetcherBuilder::deadline`]).
/// Politeness waits push its end back: they are not the URL's fault.
#[derive(Debug)]
struct Deadline {
    /// `None`: no deadline (`Duration::MAX`).
    end: Option<Instant>,
}

impl Deadline {
    fn after(limit: Duration) -> Self {
        Deadline {
            end: Instant::now().checked_add(limit),
        }
    }

    fn remaining(&self) -> Option<Duration> {
        self.end
            .map(|end| end.saturating_duration_since(Instant::now()))
    }

    fn extend(&mut self, by: Duration) {
        self.end = self.end.and_then(|end| end.checked_add(by));
    }

    /// The bound on the next step: `limit`, or what is left of the deadline
    /// when that is shorter (then `true`: the deadline is what fires).
    fn bound(&self, limit: Duration) -> (Duration, bool) {
        match self.remaining() {
            Some(left) if left < limit => (left, true),
            _ => (limit, false),
        }
    }
}

/// Refuses what is not to be extracted: a non-HTML type, and a body that is
/// binary whatever type it was served with.
fn check_html(url: &Url, content_type: Option<&str>, body: &[u8]) -> Result<(), Error> {
    if !is_html_body(content_type, body) {
        return Err(Error::UnsupportedContentType {
            url: url.clone(),
            content_type: content_type.unwrap_or_default().to_owned(),
        });
    }
    if let Some(kind) = decode::binary_kind(body) {
        return Err(Error::BinaryBody {
            url: url.clone(),
            kind,
        });
    }
    Ok(())
}

/// Streams a body into memory, never past `limit` bytes (plus one chunk).
async fn read_body(
    mut resp: reqwest::Response,
    url: &Url,
    limit: usize,
    read_timeout: Duration,
) -> Result<Vec<u8>, Error> {
    // A compressed body's Content-Length is the compressed size, which does
    // not bound the decompressed one: only trust it to reject early.
    if let Some(len) = resp.content_length() {
        if len > limit as u64 {
            return Err(Error::TooLarge {
                url: url.clone(),
                limit,
                read: 0,
            });
        }
    }
    let mut body = Vec::new();
    loop {
        let chunk = match tokio::time::timeout(read_timeout, resp.chunk()).await {
            Err(_) => {
                return Err(Error::Timeout {
                    url: url.clone(),
                    phase: "read",
                })
            }
            Ok(Err(e)) => return Err(map_reqwest(url, e)),
            Ok(Ok(None)) => return Ok(body),
            Ok(Ok(Some(chunk))) => chunk,
        };
        if body.len() + chunk.len() > limit {
            return Err(Error::TooLarge {
                url: url.clone(),
                limit,
                read: body.len() + chunk.len(),
            });
        }
        body.extend_from_slice(&chunk);
    }
}

/// Streams the first `limit + 1` bytes of a body (or all of it when
/// shorter) and stops reading: the caller learns the body is over the
/// limit by its length, and uses its start.
async fn read_prefix(
    mut resp: reqwest::Response,
    url: &Url,
    limit: usize,
    read_timeout: Duration,
) -> Result<Vec<u8>, Error> {
    let mut body = Vec::new();
    while body.len() <= limit {
        match tokio::time::timeout(read_timeout, resp.chunk()).await {
            Err(_) => {
                return Err(Error::Timeout {
                    url: url.clone(),
                    phase: "read",
                })
            }
            Ok(Err(e)) => return Err(map_reqwest(url, e)),
            Ok(Ok(None)) => break,
            Ok(Ok(Some(chunk))) => {
                let take = chunk.len().min(limit + 1 - body.len());
                body.extend_from_slice(&chunk[..take]);
            }
        }
    }
    Ok(body)
}

/// A reqwest error displayed with its causes ("error sending request" alone
/// does not say "connection refused"); `source()` still gives the chain.
#[derive(Debug)]
struct Transport(reqwest::Error);

impl std::fmt::Display for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut cause = std::error::Error::source(&self.0);
        while let Some(c) = cause {
            write!(f, ": {c}")?;
            cause = c.source();
        }
        Ok(())
    }
}

impl std::error::Error for Transport {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

fn map_reqwest(url: &Url, e: reqwest::Error) -> Error {
    if let Some(address) = address::refused_in(&e) {
        return Error::PrivateAddress {
            url: url.clone(),
            address,
        };
    }
    if e.is_timeout() {
        Error::Timeout {
            url: url.clone(),
            phase: if e.is_connect() { "connect" } else { "read" },
        }
    } else if e.is_connect() {
        Error::Connect {
            url: url.clone(),
            source: Box::new(Transport(e)),
        }
    } else if is_malformed(&e) {
        Error::InvalidResponse {
            url: url.clone(),
            source: Box::new(Transport(e)),
        }
    } else {
        Error::Http {
            url: url.clone(),
            source: Box::new(Transport(e)),
        }
    }
}

/// Whether a transport error says the response itself is broken (so the
/// same request would break the same way), rather than the connection.
/// reqwest reports every body error as a "decode" error, so the decision is
/// on the cause: hyper's parse errors (a bad status line or header, a head
/// over its 100-field limit), and I/O errors of kind `InvalidData` or
/// `InvalidInput` (a chunk size that does not parse, a gzip header that is
/// not one, a zstd frame that is corrupt). A reset or closed connection, a
/// body cut short, anything unknown: not malformed, so retried.
fn is_malformed(e: &reqwest::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        if let Some(h) = c.downcast_ref::<hyper::Error>() {
            if h.is_parse() || h.is_parse_status() {
                return true;
            }
            if h.is_incomplete_message() || h.is_closed() || h.is_canceled() || h.is_timeout() {
                return false;
            }
        }
        if let Some(io) = c.downcast_ref::<std::io::Error>() {
            return matches!(
                io.kind(),
                std::io::ErrorKind::InvalidData | std::io::ErrorKind::InvalidInput
            );
        }
        cause = c.source();
    }
    false
}

fn parse_url(raw: &str) -> Result<Url, Error> {
    let url = Url::parse(raw).map_err(|e| Error::InvalidUrl {
        url: raw.to_owned(),
        reason: e.to_string(),
    })?;
    check_scheme(&url)?;
    Ok(url)
}

fn check_scheme(url: &Url) -> Result<(), Error> {
    match url.scheme() {
        "http" | "https" if url.host_str().is_some() => Ok(()),
        "http" | "https" => Err(Error::InvalidUrl {
            url: url.to_string(),
            reason: "no host".into(),
        }),
        other => Err(Error::InvalidUrl {
            url: url.to_string(),
            reason: format!("scheme {other:?} is not supported (only http and https)"),
        }),
    }
}

fn origin_key(url: &Url) -> String {
    format!(
        "{}://{}:{}",
        url.scheme(),
        url.host_str().unwrap_or(""),
        url.port_or_known_default().unwrap_or(0)
    )
}

fn header_str(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// Whether a response with this type may hold HTML (decided on headers).
fn may_be_html(content_type: Option<&str>) -> bool {
    match content_type.map(crate::decode::mime_essence).as_deref() {
        None | Some("") => true,
        Some("text/html" | "application/xhtml+xml" | "text/plain") => true,
        Some(_) => false,
    }
}

/// Whether the body is to be extracted: an HTML type, or an HTML body sniffed
/// under `text/plain` or no type.
fn is_html_body(content_type: Option<&str>, body: &[u8]) -> bool {
    match content_type.map(crate::decode::mime_essence).as_deref() {
        Some("text/html" | "application/xhtml+xml") => true,
        None | Some("") | Some("text/plain") => crate::decode::sniff_html(body),
        Some(_) => false,
    }
}

/// `Retry-After`: delay-seconds or an HTTP date.
fn parse_retry_after(value: &str) -> Option<Duration> {
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.signed_duration_since(chrono::Utc::now());
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// Exponential backoff with jitter: nominal `base * 2^attempt`, capped, and
/// a random wait between half and all of it, so that many clients that failed
/// together do not retry together.
fn backoff(base: Duration, cap: Duration, attempt: u32) -> Duration {
    let nominal = base
        .saturating_mul(2u32.saturating_pow(attempt.min(20)))
        .min(cap);
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    let fraction = 0.5 + (random % 1000) as f64 / 2000.0;
    nominal.mul_f64(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let base = Duration::from_millis(100);
        let cap = Duration::from_secs(1);
        for attempt in 0..6 {
            let nominal = (base * 2u32.pow(attempt)).min(cap);
            let wait = backoff(base, cap, attempt);
            assert!(
                wait >= nominal / 2 && wait <= nominal,
                "{attempt}: {wait:?}"
            );
        }
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("3"), Some(Duration::from_secs(3)));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn html_sniffing() {
        assert!(is_html_body(
            Some("text/plain"),
            b"\n  <!DOCTYPE html><html>"
        ));
        assert!(is_html_body(None, b"<html><body>x</body></html>"));
        assert!(!is_html_body(Some("text/plain"), b"just words"));
        assert!(!is_html_body(Some("application/pdf"), b"<html>"));
        assert!(is_html_body(Some("Text/HTML; charset=utf-8"), b""));
        assert!(!may_be_html(Some("image/png")));
        assert!(may_be_html(None));
    }

    #[test]
    fn only_http_and_https() {
        assert!(parse_url("https://example.com/a").is_ok());
        assert!(matches!(
            parse_url("ftp://example.com/a"),
            Err(Error::InvalidUrl { .. })
        ));
        assert!(matches!(
            parse_url("not a url"),
            Err(Error::InvalidUrl { .. })
        ));
    }

    #[test]
    fn fetcher_is_send_sync_clone() {
        fn check<T: Send + Sync + Clone>() {}
        check::<Fetcher>();
    }
}
