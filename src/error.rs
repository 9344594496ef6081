//! The crate's one error type.

use url::Url;

/// Everything that can go wrong in gleaner.
///
/// Variants carry the context a caller needs to act on them: the URL when
/// there is one, and for limits the limit and the value that broke it.
/// The enum is `#[non_exhaustive]`: match with a wildcard arm.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`ExtractorBuilder::max_input_bytes`](crate::ExtractorBuilder::max_input_bytes).
    #[error("input is {size} bytes, over the max_input_bytes limit of {limit} bytes")]
    InputTooLarge {
        /// Size of the rejected input in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },

    /// The parsed document has more elements than
    /// [`ExtractorBuilder::max_elements`](crate::ExtractorBuilder::max_elements).
    #[error("document has {count} elements, over the max_elements limit of {limit}")]
    TooManyElements {
        /// Number of elements found (at least `limit + 1`).
        count: usize,
        /// The configured limit.
        limit: usize,
    },

    /// The page was parsed, but no article text could be found in it.
    #[error("no article content found{}", fmt_url(.url.as_ref()))]
    NoContent {
        /// The page's URL, when known.
        url: Option<Url>,
    },

    /// A URL could not be parsed or is not usable (e.g. not `http`/`https`).
    #[error("invalid URL {url:?}: {reason}")]
    InvalidUrl {
        /// The offending URL as given.
        url: String,
        /// Why it was rejected.
        reason: String,
    },

    /// Bytes could not be decoded to text (unknown or unsupported encoding label).
    #[error("cannot decode input{}: {reason}", fmt_url(.url.as_ref()))]
    Decode {
        /// The page's URL, when known.
        url: Option<Url>,
        /// What went wrong.
        reason: String,
    },

    /// A network operation took longer than its configured bound.
    #[error("timed out ({phase}) fetching {url}")]
    Timeout {
        /// The URL being fetched.
        url: Url,
        /// Which bound was hit: `"connect"`, `"read"` (waiting for the next
        /// bytes), `"total"` (one attempt, the fetcher's `timeout`) or
        /// `"deadline"` (the whole URL: robots.txt, every attempt and the
        /// backoff between them, the fetcher's `deadline`).
        phase: &'static str,
    },

    /// The connection to the server could not be established (refused,
    /// unreachable, DNS or TLS failure).
    #[error("cannot connect to fetch {url}: {source}")]
    Connect {
        /// The URL being fetched.
        url: Url,
        /// The underlying error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },

    /// A transport failure that may not happen again (the connection was
    /// reset or closed early, the body was cut short).
    #[error("HTTP transport error fetching {url}: {source}")]
    Http {
        /// The URL being fetched.
        url: Url,
        /// The underlying error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },

    /// The server's response is malformed: an HTTP head that does not
    /// parse or is too large, a broken chunked encoding, a compressed body
    /// that does not decompress. The same request gets the same answer, so
    /// it is not retried.
    #[error("malformed response fetching {url}: {source}")]
    InvalidResponse {
        /// The URL being fetched.
        url: Url,
        /// The underlying error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },

    /// The host name resolved only to non-public addresses (loopback,
    /// private, link-local, ...), or the URL names one, and the fetcher
    /// denies them (`FetcherBuilder::deny_private_addresses`, feature
    /// `fetch`). Checked on every redirect hop.
    #[error("refused to connect to the non-public address {address} fetching {url}")]
    PrivateAddress {
        /// The URL being fetched (the hop that was refused).
        url: Url,
        /// The address refused (the first one the name resolved to).
        address: std::net::IpAddr,
    },

    /// The response body is larger than the fetcher's `max_body_bytes`; the
    /// download was aborted as soon as the limit was crossed.
    #[error("body of {url} is over the max_body_bytes limit of {limit} bytes (aborted after {read} bytes)")]
    TooLarge {
        /// The URL being fetched.
        url: Url,
        /// The configured limit in bytes.
        limit: usize,
        /// Bytes received before the download was aborted (at most one
        /// network chunk over the limit, or the announced `Content-Length`).
        read: usize,
    },

    /// The server answered with an error status (4xx or 5xx).
    #[error("HTTP status {code} for {url}")]
    Status {
        /// The URL being fetched.
        url: Url,
        /// The HTTP status code.
        code: u16,
        /// The server's `Retry-After`, when it sent one.
        retry_after: Option<std::time::Duration>,
    },

    /// The site's robots.txt disallows this URL for our user agent.
    #[error("robots.txt of {} disallows {url}", .url.host_str().unwrap_or(""))]
    RobotsDisallowed {
        /// The disallowed URL.
        url: Url,
    },

    /// The host's robots.txt could not be read (a 5xx or 429 status, a
    /// network error or a timeout once connected): RFC 9309 §2.3.1.4 says to
    /// treat the whole host as disallowed. (A host that cannot be connected
    /// to at all gives [`Error::Connect`] or a connect [`Error::Timeout`]
    /// instead, not cached.) The decision is cached like the rules
    /// (`FetcherBuilder::robots_ttl`), so retrying before that ends gives the
    /// same error.
    #[error("robots.txt of {} is unreachable ({cause}), so the host is disallowed: {url}", .url.host_str().unwrap_or(""))]
    RobotsUnavailable {
        /// The URL that was not fetched.
        url: Url,
        /// The HTTP status robots.txt was served with, when the server
        /// answered.
        status: Option<u16>,
        /// Why it could not be read: the status or the transport error.
        cause: String,
    },

    /// A redirect pointed somewhere the fetcher does not go: a scheme other
    /// than `http`/`https` (`file:`, `ftp:`...), or a `Location` that is not
    /// a URL.
    #[error(
        "refused redirect from {from} to {location:?} fetching {url}: {}",
        refusal(from, location)
    )]
    RedirectRefused {
        /// The URL first requested.
        url: Url,
        /// The page that sent the redirect.
        from: Box<Url>,
        /// The `Location` it sent, as sent (the error message says why it
        /// was refused).
        location: Box<str>,
    },

    /// More redirects than the fetcher's `max_redirects`.
    #[error("more than {limit} redirects fetching {url}")]
    TooManyRedirects {
        /// The URL first requested.
        url: Url,
        /// The configured limit.
        limit: usize,
    },

    /// A redirect chain came back to a URL it had already visited.
    #[error("redirect loop fetching {url}: {repeated} visited twice")]
    RedirectLoop {
        /// The URL first requested.
        url: Url,
        /// The URL that was visited twice.
        repeated: Box<Url>,
    },

    /// The response is not an HTML page (only `text/html`,
    /// `application/xhtml+xml`, and HTML sniffed in a `text/plain` or untyped
    /// body are extracted).
    #[error("unsupported content type {content_type:?} at {url} (not HTML)")]
    UnsupportedContentType {
        /// The URL fetched.
        url: Url,
        /// The `Content-Type` the server sent (empty when none).
        content_type: String,
    },

    /// The response claims a text type (`text/html`, `text/plain`, none) but
    /// its body is binary: an image, an archive, or bytes that are not text
    /// in any encoding. Not extracted.
    #[error("body of {url} is {kind}, not HTML")]
    BinaryBody {
        /// The URL fetched.
        url: Url,
        /// What the body looks like: `"a PNG image"`, `"a gzip archive"`,
        /// `"binary data"`...
        kind: &'static str,
    },

    /// A configuration could not be built (e.g. the HTTP client failed to
    /// initialise its TLS backend).
    #[error("invalid configuration: {reason}")]
    Config {
        /// What went wrong.
        reason: String,
    },

    /// A background task (extraction off the async executor) failed to
    /// complete, e.g. it panicked or the runtime is shutting down.
    #[error("extraction task failed for {url}: {reason}")]
    Task {
        /// The page's URL.
        url: Url,
        /// What went wrong.
        reason: String,
    },

    /// A user rule given to the builder is invalid (e.g. a CSS selector
    /// that does not parse).
    #[error("invalid rule {rule:?}: {reason}")]
    InvalidRule {
        /// The rule as given.
        rule: String,
        /// Why it was rejected.
        reason: String,
    },

    /// A feed (RSS, Atom, JSON Feed) could not be parsed.
    #[error("cannot read the feed at {url}: {reason}")]
    Feed {
        /// The feed's URL.
        url: Url,
        /// What went wrong.
        reason: String,
    },

    /// A sitemap (urlset or sitemap index, plain or gzipped) could not be
    /// read.
    #[error("cannot read the sitemap at {url}: {reason}")]
    Sitemap {
        /// The sitemap's URL.
        url: Url,
        /// What went wrong.
        reason: String,
    },

    /// A sitemap index nests deeper than
    /// `Discovery::max_sitemap_depth`
    /// (feature `fetch`):
    /// the sitemap at `url` was not read.
    #[error("sitemap {url} is nested deeper than the max_sitemap_depth limit of {limit}")]
    SitemapTooDeep {
        /// The sitemap not read.
        url: Url,
        /// The configured limit.
        limit: usize,
    },

    /// A WARC record is malformed: a bad header, a truncated block, a
    /// `Content-Length` that does not match the record, a broken gzip member.
    #[error("bad WARC record in {file} at byte {offset}: {reason}")]
    Warc {
        /// The WARC file (or input name).
        file: String,
        /// Offset of the record in the uncompressed stream.
        offset: u64,
        /// What is wrong with it.
        reason: String,
    },

    /// A WARC record is larger than
    /// `WarcReader::max_record_bytes` (feature `crawl`);
    /// it was skipped without being held in memory.
    #[error("WARC record in {file} at byte {offset} is {size} bytes, over the max_record_bytes limit of {limit}")]
    RecordTooLarge {
        /// The WARC file (or input name).
        file: String,
        /// Offset of the record in the uncompressed stream.
        offset: u64,
        /// The configured limit in bytes.
        limit: usize,
        /// The record's declared size in bytes.
        size: u64,
    },

    /// A file could not be read or written.
    #[error("I/O error on {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },

    /// A batch job panicked; the batch went on without it.
    #[error("job for {input} failed: {reason}")]
    Job {
        /// The input the job worked on.
        input: String,
        /// The panic message.
        reason: String,
    },
}

/// Why a redirect from `from` to `location` is refused (see
/// [`Error::RedirectRefused`]).
fn refusal(from: &Url, location: &str) -> String {
    match from.join(location) {
        Err(e) => format!("not a URL ({e})"),
        Ok(to) if matches!(to.scheme(), "http" | "https") => "no host".to_owned(),
        Ok(to) => format!(
            "scheme {:?} is not followed (only http and https)",
            to.scheme()
        ),
    }
}

fn fmt_url(url: Option<&Url>) -> String {
    match url {
        Some(u) => format!(" in {u}"),
        None => String::new(),
    }
}

impl Error {
    /// Whether trying the same operation again later may succeed.
    ///
    /// Extraction errors are deterministic and never retryable; of the
    /// fetcher's errors, only those that can change from one attempt to the
    /// next are: timeouts, connect errors, transport errors such as a reset
    /// connection ([`Error::Http`]), 429 and 5xx. A malformed response
    /// ([`Error::InvalidResponse`]), a refused address or redirect, a
    /// robots.txt decision and a 4xx are not.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Timeout { .. } | Error::Connect { .. } | Error::Http { .. } => true,
            Error::Io { source, .. } => matches!(
                source.kind(),
                std::io::ErrorKind::Interrupted | std::io::ErrorKind::TimedOut
            ),
            Error::Status { code, .. } => *code == 429 || (500..600).contains(code),
            _ => false,
        }
    }

    /// The URL the error is about, when it has one.
    pub fn url(&self) -> Option<&Url> {
        match self {
            Error::NoContent { url } | Error::Decode { url, .. } => url.as_ref(),
            Error::Timeout { url, .. }
            | Error::Connect { url, .. }
            | Error::Http { url, .. }
            | Error::InvalidResponse { url, .. }
            | Error::PrivateAddress { url, .. }
            | Error::TooLarge { url, .. }
            | Error::Status { url, .. }
            | Error::RobotsDisallowed { url }
            | Error::RobotsUnavailable { url, .. }
            | Error::RedirectRefused { url, .. }
            | Error::BinaryBody { url, .. }
            | Error::TooManyRedirects { url, .. }
            | Error::RedirectLoop { url, .. }
            | Error::UnsupportedContentType { url, .. }
            | Error::Task { url, .. }
            | Error::Feed { url, .. }
            | Error::Sitemap { url, .. }
            | Error::SitemapTooDeep { url, .. } => Some(url),
            _ => None,
        }
    }

    /// Whether this error is a configured limit being hit (input size,
    /// element count, ...).
    pub fn is_limit(&self) -> bool {
        matches!(
            self,
            Error::InputTooLarge { .. }
                | Error::TooManyElements { .. }
                | Error::TooLarge { .. }
                | Error::TooManyRedirects { .. }
                | Error::SitemapTooDeep { .. }
                | Error::RecordTooLarge { .. }
        )
    }
}
