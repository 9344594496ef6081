//! JSON Lines output: one [`Article`] per line, and failures as lines of
//! their own, so that nothing is lost silently.
//!
//! # Schema
//! Every line is one JSON object, of one of two kinds:
//! - **an article**: the [`Article`] as serde writes it (stable
//!   `snake_case` field names, empty fields omitted; `text` and
//!   `word_count` always present). It never has a top-level `error` key.
//! - **an error**: `{"error": {"kind": ..., "message": ..., "url": ...,
//!   "retryable": ...}, "input": ...}` where `kind` is a stable snake_case
//!   name of the [`Error`] variant (`no_content`, `warc`, `status`, ...),
//!   `message` its display text, `url` the URL it concerns (omitted when
//!   none), and `input` names what failed (a URL, `file.warc.gz@offset`,
//!   a path).
//!
//! [`parse_line`] reads either kind back.
//!
//! ```
//! use gleaner::crawl::jsonl::{parse_line, JsonlWriter, Line};
//! let article = gleaner::extract("<article><p>A story long enough to be the article text of the page.</p></article>", None)?;
//! let mut out = JsonlWriter::new(Vec::new());
//! out.write_article(&article)?;
//! out.write_error("page.html", &gleaner::Error::NoContent { url: None })?;
//! let bytes = out.into_inner();
//! let text = String::from_utf8(bytes).unwrap();
//! let lines: Vec<Line> = text.lines().map(|l| parse_line(l).unwrap()).collect();
//! assert!(matches!(&lines[0], Line::Article(a) if **a == article));
//! assert!(matches!(&lines[1], Line::Error(e) if e.error.kind == "no_content"));
//! # Ok::<(), gleaner::Error>(())
//! ```

use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::{Article, Error};

/// One parsed line of gleaner's JSON Lines output.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Line {
    /// An article line.
    Article(Box<Article>),
    /// An error line.
    Error(ErrorLine),
}

/// An error line: what failed and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorLine {
    /// The error.
    pub error: ErrorInfo,
    /// What failed: a URL, `file.warc.gz@offset`, a path.
    pub input: String,
}

/// The error of an [`ErrorLine`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorInfo {
    /// A stable snake_case name of the error kind (the [`Error`] variant).
    pub kind: String,
    /// The error's message.
    pub message: String,
    /// The URL it concerns, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Whether trying again later may succeed ([`Error::is_retryable`]).
    #[serde(default)]
    pub retryable: bool,
}

impl ErrorLine {
    /// The line for `error` on `input`.
    pub fn new(input: &str, error: &Error) -> ErrorLine {
        ErrorLine {
            error: ErrorInfo {
                kind: error_kind(error).to_string(),
                message: error.to_string(),
                url: error.url().map(|u| u.to_string()),
                retryable: error.is_retryable(),
            },
            input: input.to_string(),
        }
    }
}

/// The stable name of an error's kind in JSON Lines output.
pub fn error_kind(error: &Error) -> &'static str {
    match error {
        Error::InputTooLarge { .. } => "input_too_large",
        Error::TooManyElements { .. } => "too_many_elements",
        Error::NoContent { .. } => "no_content",
        Error::InvalidUrl { .. } => "invalid_url",
        Error::Decode { .. } => "decode",
        Error::Timeout { .. } => "timeout",
        Error::Connect { .. } => "connect",
        Error::Http { .. } => "http",
        Error::InvalidResponse { .. } => "invalid_response",
        Error::PrivateAddress { .. } => "private_address",
        Error::RobotsUnavailable { .. } => "robots_unavailable",
        Error::RedirectRefused { .. } => "redirect_refused",
        Error::BinaryBody { .. } => "binary_body",
        Error::TooLarge { .. } => "too_large",
        Error::Status { .. } => "status",
        Error::RobotsDisallowed { .. } => "robots_disallowed",
        Error::TooManyRedirects { .. } => "too_many_redirects",
        Error::RedirectLoop { .. } => "redirect_loop",
        Error::UnsupportedContentType { .. } => "unsupported_content_type",
        Error::Config { .. } => "config",
        Error::Task { .. } => "task",
        Error::InvalidRule { .. } => "invalid_rule",
        Error::Feed { .. } => "feed",
        Error::Sitemap { .. } => "sitemap",
        Error::SitemapTooDeep { .. } => "sitemap_too_deep",
        Error::Warc { .. } => "warc",
        Error::RecordTooLarge { .. } => "record_too_large",
        Error::Io { .. } => "io",
        Error::Job { .. } => "job",
        #[allow(unreachable_patterns)]
        _ => "other",
    }
}

/// Parses one line of gleaner's JSON Lines output.
///
/// # Errors
/// The JSON error when the line is not one of the two kinds.
pub fn parse_line(line: &str) -> Result<Line, serde_json::Error> {
    let value: serde_json::Value = serde_json::from_str(line)?;
    if value.get("error").is_some() {
        serde_json::from_value(value).map(Line::Error)
    } else if value.is_object() {
        serde_json::from_value(value).map(|a| Line::Article(Box::new(a)))
    } else {
        Err(serde::de::Error::custom("a line must be a JSON object"))
    }
}

/// Appends the line [`JsonlWriter::write_result`] writes for `result` to
/// `buf`, newline included: lines are made on the worker threads and
/// written in order by [`JsonlWriter::write_encoded`].
pub(crate) fn encode_result(
    input: &str,
    result: &Result<Article, Error>,
    buf: &mut Vec<u8>,
) -> Result<(), serde_json::Error> {
    match result {
        Ok(article) => serde_json::to_writer(&mut *buf, article)?,
        Err(e) => serde_json::to_writer(&mut *buf, &ErrorLine::new(input, e))?,
    }
    buf.push(b'\n');
    Ok(())
}

/// Writes articles and errors as JSON Lines. Wrap a file in a
/// `BufWriter` for speed; [`into_inner`](Self::into_inner) or
/// [`flush`](Self::flush) at the end.
#[derive(Debug)]
pub struct JsonlWriter<W: Write> {
    out: W,
    name: String,
    line: Vec<u8>,
}

impl<W: Write> JsonlWriter<W> {
    /// A writer over `out`.
    pub fn new(out: W) -> JsonlWriter<W> {
        JsonlWriter {
            out,
            name: "output".to_string(),
            line: Vec::new(),
        }
    }

    /// Names the output in [`Error::Io`] (e.g. its path).
    #[must_use]
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// Writes one article line.
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails.
    pub fn write_article(&mut self, article: &Article) -> Result<(), Error> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, article).map_err(|e| self.io(e.into()))?;
        self.finish_line()
    }

    /// Writes one error line for `input`.
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails.
    pub fn write_error(&mut self, input: &str, error: &Error) -> Result<(), Error> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, &ErrorLine::new(input, error))
            .map_err(|e| self.io(e.into()))?;
        self.finish_line()
    }

    /// Writes an article line or an error line.
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails.
    pub fn write_result(
        &mut self,
        input: &str,
        result: &Result<Article, Error>,
    ) -> Result<(), Error> {
        match result {
            Ok(article) => self.write_article(article),
            Err(e) => self.write_error(input, e),
        }
    }

    /// Flushes the underlying writer.
    ///
    /// # Errors
    /// [`Error::Io`] when flushing fails.
    pub fn flush(&mut self) -> Result<(), Error> {
        self.out.flush().map_err(|e| self.io(e))
    }

    /// The underlying writer.
    pub fn into_inner(self) -> W {
        self.out
    }

    /// Writes a line made by [`encode_result`] (newline included).
    pub(crate) fn write_encoded(&mut self, line: &[u8]) -> Result<(), Error> {
        self.out.write_all(line).map_err(|e| self.io(e))
    }

    fn finish_line(&mut self) -> Result<(), Error> {
        self.line.push(b'\n');
        let res = self.out.write_all(&self.line);
        res.map_err(|e| self.io(e))
    }

    fn io(&self, source: std::io::Error) -> Error {
        Error::Io {
            path: self.name.clone(),
            source,
        }
    }
}
