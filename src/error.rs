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

    /// A user rule given to the builder is invalid (e.g. a CSS selector
    /// that does not parse).
    #[error("invalid rule {rule:?}: {reason}")]
    InvalidRule {
        /// The rule as given.
        rule: String,
        /// Why it was rejected.
        reason: String,
    },
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
    /// Extraction errors are deterministic and never retryable; network
    /// errors of the fetcher (timeouts, 5xx, 429) are.
    pub fn is_retryable(&self) -> bool {
        false
    }

    /// Whether this error is a configured limit being hit (input size,
    /// element count, ...).
    pub fn is_limit(&self) -> bool {
        matches!(
            self,
            Error::InputTooLarge { .. } | Error::TooManyElements { .. }
        )
    }
}
