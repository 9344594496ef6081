//! Python bindings of gleaner: the extension module `gleaner._gleaner`,
//! re-exported by the `gleaner` package (`python/gleaner/__init__.py`).
//!
//! - Every entry point releases the GIL while gleaner works, so Python
//!   threads extract in parallel, and `Extractor.extract_many` runs the
//!   crate's [`Batch`] over all cores.
//! - Articles cross into Python as the crate's serde JSON (serialised off
//!   the GIL, read into Python objects on the calling thread as
//!   `json.loads` reads it), so a `dict` has exactly the field names and
//!   values of a `crawl` JSON line.
//! - Errors become the `gleaner.errors` exceptions (defined in Python, so
//!   they can also subclass `ValueError`), with the crate's message and its
//!   stable `kind` name. No panic crosses into Python: every call runs under
//!   `catch_unwind` and a panic becomes `gleaner.PanicError`.
//! - Input that looks binary (control bytes, see [`looks_binary`]) is
//!   refused with `gleaner.DecodeError` before gleaner sees it: the crate
//!   would extract its printable runs as text.
//! - `fields=` keeps only some fields of the article, so a caller that
//!   wants the text and a few metadata fields does not pay for turning
//!   every block into Python objects.

#![deny(missing_docs)]
#![deny(unsafe_code)]

mod fields;
mod objects;

use std::collections::{BTreeMap, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::OnceLock;
use std::sync::{Mutex, PoisonError};

use gleaner::crawl::batch::{available_jobs, Batch};
use gleaner::crawl::warc::WarcReader;
use gleaner::crawl::{jsonl, Pipeline, ShardOutcome, Source, Summary};
use gleaner::{
    Article, Error, Extractor, Focus, Input, SiteMemory, SiteMemoryLimits, Timestamp, Url,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};

/// mimalloc for every allocation of the extension (gleaner's DOM, strings
/// and articles; Python's own objects keep Python's allocator). glibc's
/// malloc and free were about a tenth of the extraction thread's CPU time
/// in the datatrove pipeline (`perf` on `GleanerWarcReader`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The exception classes of `gleaner/errors.py`.
mod exc {
    pyo3::import_exception!(gleaner.errors, ExtractionError);
    pyo3::import_exception!(gleaner.errors, NoContentError);
    pyo3::import_exception!(gleaner.errors, LimitError);
    pyo3::import_exception!(gleaner.errors, DecodeError);
    pyo3::import_exception!(gleaner.errors, InvalidUrlError);
    pyo3::import_exception!(gleaner.errors, InvalidRuleError);
    pyo3::import_exception!(gleaner.errors, WarcError);
    pyo3::import_exception!(gleaner.errors, FileError);
    pyo3::import_exception!(gleaner.errors, PanicError);
}

/// Why a call failed, before it is turned into a Python exception (which
/// needs the GIL).
enum Failure {
    Gleaner(Error),
    /// A panic inside gleaner, with its message.
    Panic(String),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure::Gleaner(error)
    }
}

impl Failure {
    fn into_pyerr(self) -> PyErr {
        match self {
            Failure::Panic(reason) => exc::PanicError::new_err((
                format!("gleaner panicked (a bug, please report it): {reason}"),
                "panic",
                None::<String>,
                false,
            )),
            Failure::Gleaner(error) => gleaner_error(&error),
        }
    }
}

/// The `gleaner.errors` exception for a crate error: its message, its
/// stable kind name (as in JSON Lines error lines), its URL, whether it is
/// retryable.
fn gleaner_error(error: &Error) -> PyErr {
    ErrorParts::of(error).into_pyerr()
}

/// The `gleaner.errors` class of a crate error.
#[derive(Clone, Copy)]
enum ErrorClass {
    NoContent,
    Limit,
    Decode,
    InvalidUrl,
    InvalidRule,
    Warc,
    File,
    Panic,
    Other,
}

/// What the Python exception of a crate error is made of, owned (so it
/// can cross threads before the GIL is taken).
struct ErrorParts {
    class: ErrorClass,
    message: String,
    kind: &'static str,
    url: Option<String>,
    retryable: bool,
}

impl ErrorParts {
    fn of(error: &Error) -> ErrorParts {
        let class = match error {
            Error::NoContent { .. } => ErrorClass::NoContent,
            e if e.is_limit() => ErrorClass::Limit,
            Error::Decode { .. } => ErrorClass::Decode,
            Error::InvalidUrl { .. } => ErrorClass::InvalidUrl,
            Error::InvalidRule { .. } => ErrorClass::InvalidRule,
            Error::Warc { .. } => ErrorClass::Warc,
            Error::Io { .. } => ErrorClass::File,
            Error::Job { .. } => ErrorClass::Panic,
            _ => ErrorClass::Other,
        };
        ErrorParts {
            class,
            message: error.to_string(),
            kind: jsonl::error_kind(error),
            url: error.url().map(Url::to_string),
            retryable: error.is_retryable(),
        }
    }

    fn into_pyerr(self) -> PyErr {
        let args = (self.message, self.kind, self.url, self.retryable);
        match self.class {
            ErrorClass::NoContent => exc::NoContentError::new_err(args),
            ErrorClass::Limit => exc::LimitError::new_err(args),
            ErrorClass::Decode => exc::DecodeError::new_err(args),
            ErrorClass::InvalidUrl => exc::InvalidUrlError::new_err(args),
            ErrorClass::InvalidRule => exc::InvalidRuleError::new_err(args),
            ErrorClass::Warc => exc::WarcError::new_err(args),
            ErrorClass::File => exc::FileError::new_err(args),
            ErrorClass::Panic => exc::PanicError::new_err(args),
            ErrorClass::Other => exc::ExtractionError::new_err(args),
        }
    }
}

/// Runs `work` (off the GIL, by the caller), turning a panic into
/// [`Failure::Panic`].
fn guarded<T>(work: impl FnOnce() -> Result<T, Failure>) -> Result<T, Failure> {
    catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|panic| {
        let reason = if let Some(s) = panic.downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = panic.downcast_ref::<String>() {
            s.clone()
        } else {
            "panicked".to_string()
        };
        Err(Failure::Panic(reason))
    })
}

/// Runs `work` with the GIL released and panics caught.
fn detached<T: Send>(
    py: Python<'_>,
    work: impl FnOnce() -> Result<T, Failure> + Send,
) -> PyResult<T> {
    py.detach(|| guarded(work)).map_err(Failure::into_pyerr)
}

/// A page as given by Python, owned so it can cross threads. A `str`'s
/// UTF-8 and a `bytes`' bytes stay in the Python object that holds them
/// (`PyBackedStr` keeps the encoded `bytes` under abi3 for 3.9): the page
/// is not copied again into Rust.
enum Html {
    Text(PyBackedStr),
    /// A `str` with lone surrogates, each replaced by one U+FFFD.
    Repaired(String),
    Bytes(PyBackedBytes),
}

impl Html {
    fn as_text(&self) -> Option<&str> {
        match self {
            Html::Text(text) => Some(text),
            Html::Repaired(text) => Some(text),
            Html::Bytes(_) => None,
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            Html::Text(text) => text.as_bytes(),
            Html::Repaired(text) => text.as_bytes(),
            Html::Bytes(bytes) => bytes,
        }
    }
}

/// One page of `extract_many`.
struct Page {
    html: Html,
    url: Option<String>,
    content_type: Option<String>,
    fetched_at: Option<String>,
}

/// Reads `html` (`str` or `bytes`). A `str` with lone surrogates (from
/// `surrogateescape` decoding) has each replaced by one U+FFFD, as invalid
/// bytes are when `bytes` are decoded.
fn html_arg(html: &Bound<'_, PyAny>, what: &str) -> PyResult<Html> {
    if let Ok(s) = html.cast::<PyString>() {
        if let Ok(text) = PyBackedStr::try_from(s.clone()) {
            return Ok(Html::Text(text));
        }
        let units = s.call_method1("encode", ("utf-16-le", "surrogatepass"))?;
        let units = units.cast::<PyBytes>()?.as_bytes();
        let text = char::decode_utf16(
            units
                .chunks_exact(2)
                .map(|pair| u16::from_le_bytes([pair[0], pair[1]])),
        )
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
        return Ok(Html::Repaired(text));
    }
    if let Ok(b) = html.cast::<PyBytes>() {
        return Ok(Html::Bytes(PyBackedBytes::from(b.clone())));
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be str or bytes, not {}",
        type_name(html)
    )))
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "an unknown type".to_string(), |n| n.to_string())
}

fn parse_url(url: Option<&str>) -> Result<Option<Url>, Error> {
    url.map(|u| {
        Url::parse(u).map_err(|e| Error::InvalidUrl {
            url: u.to_string(),
            reason: e.to_string(),
        })
    })
    .transpose()
}

/// How much of the input [`looks_binary`] reads.
const BINARY_SAMPLE: usize = 8192;

/// Whether the start of the input is binary data rather than text: more
/// than 1 % of its first [`BINARY_SAMPLE`] bytes (at least 8) are control
/// bytes no text file holds (NUL, C0 controls other than tab, line feed,
/// form feed, carriage return and escape, DEL). A stray NUL in a page does
/// not count; an image, an archive, random bytes or UTF-16 without a byte
/// order mark do. UTF-16 that says so (a BOM, or a `charset=utf-16`) is
/// text.
fn looks_binary(sample: &[u8], content_type: Option<&str>) -> Option<usize> {
    if sample.starts_with(&[0xFF, 0xFE]) || sample.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    if content_type.is_some_and(|ct| ct.to_ascii_lowercase().contains("utf-16")) {
        return None;
    }
    let sample = &sample[..sample.len().min(BINARY_SAMPLE)];
    let controls = sample
        .iter()
        .filter(|&&b| matches!(b, 0x00..=0x08 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F))
        .count();
    (controls >= 8 && controls * 100 > sample.len()).then_some(controls)
}

/// Extracts one page and serialises the article as the crate's JSON.
fn extract_json(
    extractor: &Extractor,
    page: &Page,
    memory: Option<&SiteMemory>,
    fields: Option<&[String]>,
) -> Result<Vec<u8>, Error> {
    let article = extract_article(extractor, page, memory, fields)?;
    to_json(&article, fields)
}

/// Extracts one page. The article's fingerprint is computed only when
/// `fields` outputs it (all fields when `None`).
fn extract_article(
    extractor: &Extractor,
    page: &Page,
    memory: Option<&SiteMemory>,
    fields: Option<&[String]>,
) -> Result<Article, Error> {
    let Page {
        html,
        url,
        content_type,
        fetched_at,
    } = page;
    let (content_type, fetched_at) = (content_type.as_deref(), fetched_at.as_deref());
    let url = parse_url(url.as_deref())?;
    let sample = html.as_bytes();
    if let Some(controls) = looks_binary(sample, content_type) {
        // gleaner would extract the printable runs of it as "text".
        return Err(Error::Decode {
            url,
            reason: format!(
                "it looks binary, not text ({controls} of its first {} bytes are control bytes)",
                sample.len().min(BINARY_SAMPLE)
            ),
        });
    }
    let mut input = match html.as_text() {
        Some(text) => Input::html(text),
        None => Input::bytes(html.as_bytes(), content_type),
    };
    if let Some(url) = &url {
        input = input.url(url);
    }
    if let Some(time) = fetched_at.and_then(reference_time) {
        input = input.fetched_at(time);
    }
    input = input.fingerprint(outputs(fields, "fingerprint"));
    extractor.extract_input(input, memory)
}

/// Whether `fields` (all fields when `None`) outputs the field `name`.
fn outputs(fields: Option<&[String]>, name: &str) -> bool {
    fields.is_none_or(|f| f.iter().any(|field| field == name))
}

/// A reference time given as RFC 3339 (a `WARC-Date`); one that does not
/// parse is ignored, as the crawl ignores a bad `WARC-Date`.
fn reference_time(text: &str) -> Option<Timestamp> {
    Timestamp::parse_from_rfc3339(text.trim()).ok()
}

/// The article as the crate's JSON; with `fields`, only those top-level
/// fields (the ones the article has, in the article's order).
fn to_json(article: &Article, fields: Option<&[String]>) -> Result<Vec<u8>, Error> {
    let json = match fields {
        None => serde_json::to_vec(article),
        Some(fields) => serde_json::to_vec(&fields::Only {
            value: article,
            fields,
        }),
    };
    json.map_err(|e| Error::Config {
        reason: format!("cannot serialise the article: {e}"),
    })
}

/// The article's JSON as a Python `dict` ([`objects::json_to_py`]: the
/// objects `json.loads` makes, keys in the crate's field order).
fn json_to_dict<'py>(py: Python<'py>, json: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    objects::json_to_py(py, json)
}

fn default_extractor() -> &'static Extractor {
    static DEFAULT: OnceLock<Extractor> = OnceLock::new();
    DEFAULT.get_or_init(Extractor::default)
}

/// extract(html, url=None, content_type=None, fields=None, fetched_at=None)
/// --
///
/// Extracts the article from one page with default options and returns it
/// as a dict (the serde fields of gleaner's `Article`; with `fields`, only
/// those). `fetched_at` (RFC 3339, e.g. a `WARC-Date`) is the reference
/// time of relative dates; one that does not parse is ignored.
#[pyfunction]
#[pyo3(signature = (html, url = None, content_type = None, fields = None, fetched_at = None))]
fn extract<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
    url: Option<String>,
    content_type: Option<String>,
    fields: Option<Vec<String>>,
    fetched_at: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let page = Page {
        html: html_arg(html, "html")?,
        url,
        content_type,
        fetched_at,
    };
    let json = detached(py, || {
        Ok(extract_json(
            default_extractor(),
            &page,
            None,
            fields.as_deref(),
        )?)
    })?;
    json_to_dict(py, &json)
}

/// A configured extractor (gleaner's `Extractor`). Immutable, shareable
/// between threads, picklable.
#[pyclass(name = "Extractor", module = "gleaner", frozen)]
struct PyExtractor {
    inner: Extractor,
    /// The keyword arguments it was built from (for pickling and repr).
    options: Py<PyDict>,
}

/// Results of `extract_many` waiting for the GIL to become dicts.
const RESULTS_IN_FLIGHT: usize = 64;

/// A page of `extract_many`, extracted: the article's JSON (with
/// `metadata_fields`, of those fields alone, and its text beside it).
struct Extracted {
    json: Vec<u8>,
    text: Option<String>,
}

/// The per-host rule options: host → values.
type PerHost = BTreeMap<String, Vec<String>>;

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (
        *,
        focus = "balanced",
        images = true,
        links = true,
        tables = true,
        explain = false,
        max_input_bytes = None,
        max_elements = None,
        max_depth = None,
        max_attributes = None,
        strip_text = Vec::new(),
        strip_selector = Vec::new(),
        boilerplate_class = Vec::new(),
        content_class = Vec::new(),
        syndication_marker = Vec::new(),
        strip_text_on_host = PerHost::new(),
        strip_selector_on_host = PerHost::new(),
        boilerplate_class_on_host = PerHost::new(),
        content_class_on_host = PerHost::new(),
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        focus: &str,
        images: bool,
        links: bool,
        tables: bool,
        explain: bool,
        max_input_bytes: Option<usize>,
        max_elements: Option<usize>,
        max_depth: Option<usize>,
        max_attributes: Option<usize>,
        strip_text: Vec<String>,
        strip_selector: Vec<String>,
        boilerplate_class: Vec<String>,
        content_class: Vec<String>,
        syndication_marker: Vec<String>,
        strip_text_on_host: PerHost,
        strip_selector_on_host: PerHost,
        boilerplate_class_on_host: PerHost,
        content_class_on_host: PerHost,
    ) -> PyResult<Self> {
        let focus_mode = match focus {
            "precision" => Focus::Precision,
            "balanced" => Focus::Balanced,
            "recall" => Focus::Recall,
            other => {
                return Err(PyValueError::new_err(format!(
                    "focus must be 'precision', 'balanced' or 'recall', not {other:?}"
                )))
            }
        };
        let options = PyDict::new(py);
        options.set_item("focus", focus)?;
        options.set_item("images", images)?;
        options.set_item("links", links)?;
        options.set_item("tables", tables)?;
        options.set_item("explain", explain)?;
        let mut b = Extractor::builder()
            .focus(focus_mode)
            .images(images)
            .links(links)
            .tables(tables)
            .explain(explain);
        if let Some(n) = max_input_bytes {
            b = b.max_input_bytes(n);
            options.set_item("max_input_bytes", n)?;
        }
        if let Some(n) = max_elements {
            b = b.max_elements(n);
            options.set_item("max_elements", n)?;
        }
        if let Some(n) = max_depth {
            b = b.max_depth(n);
            options.set_item("max_depth", n)?;
        }
        if let Some(n) = max_attributes {
            b = b.max_attributes(n);
            options.set_item("max_attributes", n)?;
        }
        let rule = |r: Result<gleaner::ExtractorBuilder, Error>| r.map_err(|e| gleaner_error(&e));
        for s in &strip_text {
            b = b.strip_text(s);
        }
        for s in &syndication_marker {
            b = b.syndication_marker(s);
        }
        for s in &strip_selector {
            b = rule(b.strip_selector(s))?;
        }
        for s in &boilerplate_class {
            b = rule(b.boilerplate_class(s))?;
        }
        for s in &content_class {
            b = rule(b.content_class(s))?;
        }
        for (host, values) in &strip_text_on_host {
            for s in values {
                b = b.strip_text_on_host(host, s);
            }
        }
        for (host, values) in &strip_selector_on_host {
            for s in values {
                b = rule(b.strip_selector_on_host(host, s))?;
            }
        }
        for (host, values) in &boilerplate_class_on_host {
            for s in values {
                b = rule(b.boilerplate_class_on_host(host, s))?;
            }
        }
        for (host, values) in &content_class_on_host {
            for s in values {
                b = rule(b.content_class_on_host(host, s))?;
            }
        }
        for (name, list) in [
            ("strip_text", &strip_text),
            ("strip_selector", &strip_selector),
            ("boilerplate_class", &boilerplate_class),
            ("content_class", &content_class),
            ("syndication_marker", &syndication_marker),
        ] {
            if !list.is_empty() {
                options.set_item(name, list)?;
            }
        }
        for (name, map) in [
            ("strip_text_on_host", &strip_text_on_host),
            ("strip_selector_on_host", &strip_selector_on_host),
            ("boilerplate_class_on_host", &boilerplate_class_on_host),
            ("content_class_on_host", &content_class_on_host),
        ] {
            if !map.is_empty() {
                options.set_item(name, map)?;
            }
        }
        Ok(PyExtractor {
            inner: b.build(),
            options: options.unbind(),
        })
    }

    /// extract(html, url=None, content_type=None, memory=None, fields=None, fetched_at=None)
    /// --
    ///
    /// Extracts the article from one page. With a `SiteMemory` (and a
    /// `url`), blocks the host repeated on earlier pages are stripped and
    /// this page's blocks are learned. With `fields`, the dict has only
    /// those fields (cheaper when the blocks are not needed). `fetched_at`
    /// (RFC 3339, e.g. a `WARC-Date`) is the reference time of relative
    /// dates; one that does not parse is ignored.
    #[pyo3(signature = (html, url = None, content_type = None, memory = None, fields = None, fetched_at = None))]
    #[allow(clippy::too_many_arguments)]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        html: &Bound<'py, PyAny>,
        url: Option<String>,
        content_type: Option<String>,
        memory: Option<&Bound<'py, PySiteMemory>>,
        fields: Option<Vec<String>>,
        fetched_at: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let page = Page {
            html: html_arg(html, "html")?,
            url,
            content_type,
            fetched_at,
        };
        let memory = memory.map(|m| &m.get().inner);
        let extractor = &self.inner;
        let json = detached(py, || {
            Ok(extract_json(extractor, &page, memory, fields.as_deref())?)
        })?;
        json_to_dict(py, &json)
    }

    /// extract_many(pages, jobs=None, errors="return", fields=None, memory=None, metadata_fields=None)
    /// --
    ///
    /// Extracts many pages over `jobs` threads (default: all cores) with
    /// the GIL released, and returns the articles in input order. A page is
    /// `html` (str or bytes) or a tuple `(html, url)`,
    /// `(html, url, content_type)` or `(html, url, content_type,
    /// fetched_at)`. A page that fails gives its
    /// `ExtractionError` in its place (`errors="return"`), or raises it
    /// (`errors="raise"`, the first failure in input order). With
    /// `fields`, each dict has only those fields. With a `SiteMemory`
    /// (which needs `jobs=1`: the memory learns the pages in input order),
    /// each page is stripped of what its host repeated on the pages before
    /// it, as `extract(..., memory=)` page after page does.
    ///
    /// With `metadata_fields` (in place of `fields`), a page's result is
    /// the tuple `(text, metadata)` instead of the article's dict: the
    /// article's text, and a dict of those of `metadata_fields` the article
    /// has, in that order (what a datatrove step copies into
    /// `doc.metadata`). The text crosses as the article's string, not
    /// through the article's JSON.
    #[pyo3(signature = (pages, jobs = None, errors = "return", fields = None, memory = None, metadata_fields = None))]
    #[allow(clippy::too_many_arguments)]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        pages: &Bound<'py, PyAny>,
        jobs: Option<usize>,
        errors: &str,
        fields: Option<Vec<String>>,
        memory: Option<&Bound<'py, PySiteMemory>>,
        metadata_fields: Option<Vec<String>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let raise = match errors {
            "return" => false,
            "raise" => true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "errors must be 'return' or 'raise', not {other:?}"
                )))
            }
        };
        if jobs == Some(0) {
            return Err(PyValueError::new_err("jobs must be at least 1"));
        }
        if memory.is_some() && jobs != Some(1) {
            return Err(PyValueError::new_err(
                "memory needs jobs=1: the site memory learns the pages in input order",
            ));
        }
        if fields.is_some() && metadata_fields.is_some() {
            return Err(PyValueError::new_err(
                "fields and metadata_fields cannot both be given",
            ));
        }
        if pages.is_instance_of::<PyString>() || pages.is_instance_of::<PyBytes>() {
            return Err(PyTypeError::new_err(format!(
                "pages must be an iterable of pages, not one {}",
                type_name(pages)
            )));
        }
        let mut input = Vec::new();
        for (i, page) in pages.try_iter()?.enumerate() {
            input.push(page_arg(&page?, i)?);
        }
        let extractor = &self.inner;
        // With `metadata_fields`, the JSON holds those fields alone and
        // the text crosses apart.
        let shape = metadata_fields
            .as_deref()
            .map(|names| DocumentShape::new(py, names, None));
        let fields = fields.as_deref().or(metadata_fields.as_deref());
        let with_text = shape.is_some();
        let memory = memory.map(|m| &m.get().inner);
        let batch = Batch::new(jobs.unwrap_or_else(available_jobs));
        let out = PyList::empty(py);
        // The batch runs on a thread of its own, and this thread turns its
        // results into dicts (which needs the GIL) as they come, in input
        // order: the conversion overlaps the extraction instead of adding
        // a sequential tail to it.
        let (tx, rx) = sync_channel::<Result<Extracted, Error>>(RESULTS_IN_FLIGHT);
        std::thread::scope(|scope| -> PyResult<()> {
            let input = &input;
            let batch_thread = scope.spawn(move || {
                guarded(|| {
                    batch.run(
                        input.iter(),
                        |page| {
                            let mut article = extract_article(extractor, page, memory, fields)?;
                            let text = with_text.then(|| std::mem::take(&mut article.text));
                            Ok(Extracted {
                                json: to_json(&article, fields)?,
                                text,
                            })
                        },
                        |_, result| {
                            tx.send(result).map_err(|_| Error::Config {
                                reason: "extract_many stopped".to_string(),
                            })
                        },
                    )?;
                    Ok(())
                })
            });
            let mut raised = None;
            let mut rx = rx;
            loop {
                // The receiver is not `Sync`: it goes into the detached
                // closure and comes back.
                let (next, back) = py.detach(move || (rx.recv(), rx));
                rx = back;
                let Ok(result) = next else {
                    break;
                };
                match result {
                    Ok(Extracted {
                        json,
                        text: Some(text),
                    }) => {
                        let shape = shape.as_ref().ok_or_else(|| {
                            PyValueError::new_err("a text without metadata_fields")
                        })?;
                        let text = PyString::new(py, &text);
                        let metadata = PyDict::new(py);
                        shape.fields_into(py, &metadata, &json)?;
                        out.append((text, metadata))?;
                    }
                    Ok(Extracted { json, text: None }) => out.append(json_to_dict(py, &json)?)?,
                    Err(error) if raise => {
                        raised = Some(gleaner_error(&error));
                        break;
                    }
                    Err(error) => out.append(gleaner_error(&error).into_value(py))?,
                }
            }
            // Stops the batch early when an error is raised.
            drop(rx);
            let finished = py.detach(|| batch_thread.join());
            if let Some(error) = raised {
                return Err(error);
            }
            match finished {
                Ok(Ok(())) => Ok(()),
                Ok(Err(failure)) => Err(failure.into_pyerr()),
                Err(_) => Err(Failure::Panic("the batch thread panicked".to_string()).into_pyerr()),
            }
        })?;
        Ok(out)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let rebuild = py.import("gleaner._gleaner")?.getattr("_extractor_from")?;
        let args = PyTuple::new(py, [self.options.bind(py).copy()?])?;
        PyTuple::new(py, [rebuild, args.into_any()])
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let options = self.options.bind(py);
        let mut parts = Vec::new();
        for (k, v) in options.iter() {
            parts.push(format!("{}={}", k.str()?, v.repr()?));
        }
        Ok(format!("Extractor({})", parts.join(", ")))
    }

    /// The options the extractor was built with, as keyword arguments.
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.options.bind(py).copy()
    }
}

/// Rebuilds a pickled `Extractor` from its keyword arguments.
#[pyfunction]
fn _extractor_from<'py>(
    py: Python<'py>,
    options: &Bound<'py, PyDict>,
) -> PyResult<Bound<'py, PyAny>> {
    py.import("gleaner._gleaner")?
        .getattr("Extractor")?
        .call((), Some(options))
}

/// One page of `extract_many`: `html` or `(html, url[, content_type[,
/// fetched_at]])`.
fn page_arg(page: &Bound<'_, PyAny>, index: usize) -> PyResult<Page> {
    let what = format!("page #{index}");
    if let Ok(t) = page.cast::<PyTuple>() {
        if !(1..=4).contains(&t.len()) {
            return Err(PyTypeError::new_err(format!(
                "{what} must be html or a tuple (html, url[, content_type[, fetched_at]]), not a tuple of {} items",
                t.len()
            )));
        }
        let html = html_arg(&t.get_item(0)?, &format!("the html of {what}"))?;
        let opt = |i: usize, name: &str| -> PyResult<Option<String>> {
            if i >= t.len() {
                return Ok(None);
            }
            let item = t.get_item(i)?;
            if item.is_none() {
                return Ok(None);
            }
            item.extract::<String>().map(Some).map_err(|_| {
                PyTypeError::new_err(format!(
                    "the {name} of {what} must be str or None, not {}",
                    type_name(&item)
                ))
            })
        };
        return Ok(Page {
            html,
            url: opt(1, "url")?,
            content_type: opt(2, "content_type")?,
            fetched_at: opt(3, "fetched_at")?,
        });
    }
    Ok(Page {
        html: html_arg(page, &what)?,
        url: None,
        content_type: None,
        fetched_at: None,
    })
}

/// What a host repeats on every page (gleaner's `SiteMemory`): learned
/// from the pages extracted with it, bounded, saved as JSON.
#[pyclass(name = "SiteMemory", module = "gleaner", frozen)]
struct PySiteMemory {
    inner: SiteMemory,
}

#[pymethods]
impl PySiteMemory {
    #[new]
    #[pyo3(signature = (*, min_pages = 2, max_hosts = 1000, max_blocks_per_host = 2000))]
    fn new(min_pages: u32, max_hosts: usize, max_blocks_per_host: usize) -> Self {
        let limits = SiteMemoryLimits::default()
            .min_pages(min_pages)
            .max_hosts(max_hosts)
            .max_blocks_per_host(max_blocks_per_host);
        PySiteMemory {
            inner: SiteMemory::with_limits(limits),
        }
    }

    /// learn(html, url, content_type=None, extractor=None)
    /// --
    ///
    /// Shows the memory one page of `url`'s host: its blocks are learned
    /// (what is extracted is discarded). Use the same extractor options as
    /// for the pages the memory will strip.
    #[pyo3(signature = (html, url, content_type = None, extractor = None))]
    fn learn<'py>(
        &self,
        py: Python<'py>,
        html: &Bound<'py, PyAny>,
        url: String,
        content_type: Option<String>,
        extractor: Option<&Bound<'py, PyExtractor>>,
    ) -> PyResult<()> {
        let page = Page {
            html: html_arg(html, "html")?,
            url: Some(url),
            content_type,
            fetched_at: None,
        };
        let extractor: &Extractor = match extractor {
            Some(e) => &e.get().inner,
            None => default_extractor(),
        };
        let memory = &self.inner;
        detached(py, || {
            match extract_json(extractor, &page, Some(memory), Some(&[])) {
                // A page without article text has nothing to learn.
                Ok(_) | Err(Error::NoContent { .. }) => Ok(()),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Writes the memory to `path` as JSON.
    fn save(&self, py: Python<'_>, path: PathBuf) -> PyResult<()> {
        let memory = &self.inner;
        detached(py, || {
            let json = memory_json(memory)?;
            std::fs::write(&path, json).map_err(|source| {
                Failure::Gleaner(Error::Io {
                    path: path.display().to_string(),
                    source,
                })
            })
        })
    }

    /// Reads a memory written by `save`.
    #[staticmethod]
    fn load(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        let bytes = detached(py, || {
            std::fs::read(&path).map_err(|source| {
                Failure::Gleaner(Error::Io {
                    path: path.display().to_string(),
                    source,
                })
            })
        })?;
        memory_from_json(&bytes, &path.display().to_string())
    }

    /// The memory as a JSON string.
    fn to_json(&self) -> PyResult<String> {
        memory_json(&self.inner).map_err(Failure::into_pyerr)
    }

    /// A memory from `to_json`'s string.
    #[staticmethod]
    fn from_json(json: &str) -> PyResult<Self> {
        memory_from_json(json.as_bytes(), "a JSON string")
    }

    /// Number of hosts remembered.
    fn host_count(&self) -> usize {
        self.inner.host_count()
    }

    /// Number of distinct blocks remembered for `host`.
    fn block_count(&self, host: &str) -> usize {
        self.inner.block_count(host)
    }

    /// Forgets everything (the limits stay).
    fn clear(&self) {
        self.inner.clear();
    }

    /// The limits: `min_pages`, `max_hosts`, `max_blocks_per_host`.
    #[getter]
    fn limits<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let l = self.inner.limits();
        let d = PyDict::new(py);
        d.set_item("min_pages", l.min_pages)?;
        d.set_item("max_hosts", l.max_hosts)?;
        d.set_item("max_blocks_per_host", l.max_blocks_per_host)?;
        Ok(d)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let from_json = py
            .import("gleaner._gleaner")?
            .getattr("SiteMemory")?
            .getattr("from_json")?;
        let args = PyTuple::new(py, [self.to_json()?])?;
        PyTuple::new(py, [from_json, args.into_any()])
    }

    fn __repr__(&self) -> String {
        format!("SiteMemory(hosts={})", self.inner.host_count())
    }
}

fn memory_json(memory: &SiteMemory) -> Result<String, Failure> {
    serde_json::to_string(memory).map_err(|e| {
        Failure::Gleaner(Error::Config {
            reason: format!("cannot serialise the site memory: {e}"),
        })
    })
}

fn memory_from_json(bytes: &[u8], source: &str) -> PyResult<PySiteMemory> {
    serde_json::from_slice(bytes)
        .map(|inner| PySiteMemory { inner })
        .map_err(|e| PyValueError::new_err(format!("cannot read a site memory from {source}: {e}")))
}

/// warc_to_jsonl(warc_path, out_path, jobs=None, extractor=None)
/// --
///
/// One shard of a crawl (the crate's `Pipeline::run_shard`): the WARC (or
/// HTML) file to a JSON Lines file, one article or error per line, over
/// `jobs` threads, with a fresh site memory. Written to `<out>.partial` and
/// renamed when complete; when `out_path` exists nothing is done and None
/// is returned. Otherwise returns the counts.
#[pyfunction]
#[pyo3(signature = (warc_path, out_path, jobs = None, extractor = None))]
fn warc_to_jsonl<'py>(
    py: Python<'py>,
    warc_path: PathBuf,
    out_path: PathBuf,
    jobs: Option<usize>,
    extractor: Option<&Bound<'py, PyExtractor>>,
) -> PyResult<Option<Bound<'py, PyDict>>> {
    if jobs == Some(0) {
        return Err(PyValueError::new_err("jobs must be at least 1"));
    }
    let extractor =
        extractor.map_or_else(|| default_extractor().clone(), |e| e.get().inner.clone());
    let outcome = detached(py, || {
        let pipeline = Pipeline::new(extractor).jobs(jobs.unwrap_or_else(available_jobs));
        Ok(pipeline.run_shard(&warc_path, &out_path)?)
    })?;
    let summary = match outcome {
        ShardOutcome::Done(summary) => summary,
        _ => return Ok(None),
    };
    Ok(Some(summary_dict(py, &summary)?))
}

/// One item of a `WarcArticles` iterator, made on the reading thread.
struct WarcOut {
    input: String,
    record_id: Option<String>,
    uri: Option<String>,
    date: Option<String>,
    /// The article's JSON (the requested fields), or why there is none.
    result: Result<Vec<u8>, ErrorParts>,
    /// With `metadata_fields`: the article's text, handed over as it is
    /// (not through the JSON, which then holds the metadata alone).
    text: Option<String>,
}

/// Items of `read_warc` handed to Python at once: the reading thread
/// wakes a waiting Python thread once per this many items, not per page
/// (a wake-up and a GIL round trip cost more than building a document).
const WARC_ITEMS_PER_SEND: usize = 16;
/// Sends of `read_warc` waiting for Python (64 items).
const WARC_SENDS_IN_FLIGHT: usize = 4;

/// A binary file object of Python (`.read(n) -> bytes`), read with the
/// GIL taken for each call: a WARC on a filesystem Rust cannot open (S3
/// through fsspec, a zstd stream).
struct PyFileReader(Py<PyAny>);

impl std::io::Read for PyFileReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        Python::attach(|py| {
            let data = self.0.call_method1(py, "read", (buf.len(),))?;
            let data = data.bind(py);
            let bytes: &[u8] = if let Ok(b) = data.cast::<PyBytes>() {
                b.as_bytes()
            } else {
                return Err(PyTypeError::new_err(format!(
                    "the file's read() must return bytes, not {}",
                    type_name(data)
                )));
            };
            if bytes.len() > buf.len() {
                return Err(PyValueError::new_err(format!(
                    "the file's read({}) returned {} bytes",
                    buf.len(),
                    bytes.len()
                )));
            }
            buf[..bytes.len()].copy_from_slice(bytes);
            Ok(bytes.len())
        })
        .map_err(|e: PyErr| std::io::Error::other(e.to_string()))
    }
}

/// Where `read_warc` reads from.
enum WarcInput {
    Path(PathBuf),
    File(PyFileReader, String),
}

/// read_warc(source, extractor=None, memory=None, jobs=1, fields=None, name=None, max_record_bytes=None, metadata_fields=None, file_path=None)
/// --
///
/// The articles of a WARC file, extracted in Rust on a thread of their
/// own (and `jobs - 1` more) while Python takes them: an iterator of
/// `(input, record_id, url, date, article)` in record order, one per HTML
/// response record, as the crate's crawl (the records it skips are
/// counted in `.summary`). `source` is a path or a binary file object
/// (named `name` in errors). `record_id`, `url` and `date` are the
/// record's `WARC-Record-ID`, `WARC-Target-URI` and `WARC-Date` as
/// written; `article` is the article dict (with `fields`, only those
/// fields) or its `ExtractionError`. With a `memory`, it is applied in
/// record order, as `warc_to_jsonl` does.
///
/// With `metadata_fields` (in place of `fields`), the items are the pieces
/// of a datatrove `Document` instead: `(input, record_id, text, metadata)`,
/// `metadata` the dict `{"url": url, "date": date, "file_path": file_path,
/// <the article's metadata_fields, in that order>}` (no `file_path` when
/// it is None; a field the article lacks, or whose name is already a key,
/// is left out), or `(input, record_id, error, None)`. One dict a page,
/// its keys interned once a call, in place of the article's dict.
#[pyfunction]
#[pyo3(signature = (source, extractor = None, memory = None, jobs = 1, fields = None, name = None, max_record_bytes = None, metadata_fields = None, file_path = None))]
#[allow(clippy::too_many_arguments)]
fn read_warc<'py>(
    source: &Bound<'py, PyAny>,
    extractor: Option<&Bound<'py, PyExtractor>>,
    memory: Option<Bound<'py, PySiteMemory>>,
    jobs: usize,
    fields: Option<Vec<String>>,
    name: Option<String>,
    max_record_bytes: Option<usize>,
    metadata_fields: Option<Vec<String>>,
    file_path: Option<String>,
) -> PyResult<PyWarcArticles> {
    if jobs == 0 {
        return Err(PyValueError::new_err("jobs must be at least 1"));
    }
    let py = source.py();
    let (fields, documents) = match metadata_fields {
        None if file_path.is_some() => {
            return Err(PyValueError::new_err(
                "file_path needs metadata_fields (it goes into the documents' metadata)",
            ));
        }
        None => (fields, None),
        Some(_) if fields.is_some() => {
            return Err(PyValueError::new_err(
                "give fields or metadata_fields, not both",
            ));
        }
        Some(names) => {
            let shape = DocumentShape::new(py, &names, file_path);
            (Some(names), Some(shape))
        }
    };
    let input = if let Ok(path) = source.extract::<PathBuf>() {
        WarcInput::Path(path)
    } else if source.hasattr("read")? {
        let name = match name {
            Some(n) => n,
            None => source
                .getattr("name")
                .and_then(|n| n.str().map(|s| s.to_string()))
                .unwrap_or_else(|_| "(file object)".to_string()),
        };
        WarcInput::File(PyFileReader(source.clone().unbind()), name)
    } else {
        return Err(PyTypeError::new_err(format!(
            "source must be a path or a binary file object, not {}",
            type_name(source)
        )));
    };
    let extractor =
        extractor.map_or_else(|| default_extractor().clone(), |e| e.get().inner.clone());
    // The fingerprint is computed only when it is output.
    let fingerprints = outputs(fields.as_deref(), "fingerprint");
    let mut pipeline = Pipeline::new(extractor)
        .jobs(jobs)
        .fingerprints(fingerprints);
    if let Some(limit) = max_record_bytes {
        pipeline = pipeline.max_record_bytes(limit);
    }
    let memory = memory.map(Bound::unbind);
    let with_text = documents.is_some();
    let (tx, rx) = sync_channel::<Vec<WarcOut>>(WARC_SENDS_IN_FLIGHT);
    let thread = std::thread::Builder::new()
        .name("gleaner-read-warc".to_string())
        .spawn(move || {
            guarded(|| {
                let memory = memory.as_ref().map(|m| &m.get().inner);
                let fields = fields.as_deref();
                let mut ready = Vec::with_capacity(WARC_ITEMS_PER_SEND);
                let stopped = || Error::Config {
                    reason: "read_warc stopped: its iterator was dropped".to_string(),
                };
                let sink = |item: &gleaner::crawl::Item, _: &gleaner::crawl::Summary| {
                    let field = |name: &str| {
                        item.warc_headers
                            .iter()
                            .find(|(k, _)| k.eq_ignore_ascii_case(name))
                            .map(|(_, v)| v.trim().to_string())
                    };
                    let result = match &item.result {
                        Ok(article) => to_json(article, fields).map_err(|e| ErrorParts::of(&e)),
                        Err(error) => Err(ErrorParts::of(error)),
                    };
                    let text = match &item.result {
                        Ok(article) if with_text => Some(article.text.clone()),
                        _ => None,
                    };
                    let out = WarcOut {
                        input: item.input.clone(),
                        record_id: field("WARC-Record-ID"),
                        // Without the angle brackets some writers put around
                        // it, as warcio (datatrove's WarcReader) reads it.
                        uri: field("WARC-Target-URI").map(|u| {
                            match u.strip_prefix('<').and_then(|u| u.strip_suffix('>')) {
                                Some(inner) => inner.to_string(),
                                None => u,
                            }
                        }),
                        date: field("WARC-Date"),
                        result,
                        text,
                    };
                    ready.push(out);
                    if ready.len() < WARC_ITEMS_PER_SEND {
                        return Ok(());
                    }
                    let full =
                        std::mem::replace(&mut ready, Vec::with_capacity(WARC_ITEMS_PER_SEND));
                    tx.send(full).map_err(|_| stopped())
                };
                let summary = match input {
                    WarcInput::Path(path) => pipeline.run([Source::Warc(path)], memory, sink),
                    WarcInput::File(file, name) => {
                        pipeline.run_warc(WarcReader::new(file, name), memory, sink)
                    }
                }?;
                if !ready.is_empty() && tx.send(ready).is_err() {
                    return Err(stopped().into());
                }
                Ok(summary)
            })
        })
        .map_err(|e| PyValueError::new_err(format!("cannot start the reading thread: {e}")))?;
    Ok(PyWarcArticles {
        rx: Some(Mutex::new(rx)),
        received: VecDeque::new(),
        thread: Some(thread),
        summary: None,
        documents,
    })
}

/// How `read_warc` with `metadata_fields` lays out a document's metadata:
/// its keys as interned Python strings, made once a call.
struct DocumentShape {
    url: Py<PyString>,
    date: Py<PyString>,
    /// `"file_path"` and its value.
    file_path: Option<(Py<PyString>, Py<PyString>)>,
    /// The article fields copied, in order: name and key.
    fields: Vec<(String, Py<PyString>)>,
}

impl DocumentShape {
    fn new(py: Python<'_>, names: &[String], file_path: Option<String>) -> Self {
        let key = |name: &str| PyString::intern(py, name).unbind();
        DocumentShape {
            url: key("url"),
            date: key("date"),
            file_path: file_path.map(|path| (key("file_path"), PyString::new(py, &path).unbind())),
            fields: names.iter().map(|name| (name.clone(), key(name))).collect(),
        }
    }

    /// The text and the metadata dict of one article (its text, and the
    /// JSON of its `metadata_fields`): the dict
    /// datatrove's default adapter makes of `{"url", "date"}`, then
    /// `file_path` and the article's fields each set unless already there
    /// (`dict.setdefault`), as `GleanerWarcReader` made it in Python.
    fn document<'py>(
        &self,
        py: Python<'py>,
        uri: Option<String>,
        date: Option<String>,
        text: &str,
        json: &[u8],
    ) -> PyResult<(Bound<'py, PyString>, Bound<'py, PyDict>)> {
        let pairs = objects::json_object_fields(py, json)?;
        let text = PyString::new(py, text);
        let metadata = PyDict::new(py);
        metadata.set_item(self.url.bind(py), uri)?;
        metadata.set_item(self.date.bind(py), date)?;
        if let Some((key, path)) = &self.file_path {
            metadata.set_item(key.bind(py), path.bind(py))?;
        }
        self.set_fields(&metadata, &pairs)?;
        Ok((text, metadata))
    }

    /// Sets the article's fields (`json`, the JSON of its
    /// `metadata_fields`) into `metadata` in the asked order, each unless
    /// already there.
    fn fields_into<'py>(
        &self,
        py: Python<'py>,
        metadata: &Bound<'py, PyDict>,
        json: &[u8],
    ) -> PyResult<()> {
        let pairs = objects::json_object_fields(py, json)?;
        self.set_fields(metadata, &pairs)
    }

    fn set_fields<'py>(
        &self,
        metadata: &Bound<'py, PyDict>,
        pairs: &[(String, Bound<'py, PyAny>)],
    ) -> PyResult<()> {
        let py = metadata.py();
        for (name, key) in &self.fields {
            let key = key.bind(py);
            if metadata.contains(key)? {
                continue;
            }
            if let Some((_, value)) = pairs.iter().find(|(n, _)| n == name) {
                metadata.set_item(key, value)?;
            }
        }
        Ok(())
    }
}

/// The iterator of `read_warc`.
#[pyclass(name = "WarcArticles", module = "gleaner")]
struct PyWarcArticles {
    /// None once the reading thread is done. (A pyclass is `Sync`; the
    /// receiver is not: it is only used through `&mut self` anyway.)
    rx: Option<Mutex<Receiver<Vec<WarcOut>>>>,
    /// Items received and not yet given out, in order.
    received: VecDeque<WarcOut>,
    thread: Option<std::thread::JoinHandle<Result<Summary, Failure>>>,
    summary: Option<Summary>,
    /// With `metadata_fields`: the items are a document's pieces.
    documents: Option<DocumentShape>,
}

#[pymethods]
impl PyWarcArticles {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(
        mut slf: PyRefMut<'py, Self>,
        py: Python<'py>,
    ) -> PyResult<Option<Bound<'py, PyTuple>>> {
        let out = loop {
            if let Some(out) = slf.received.pop_front() {
                break out;
            }
            let Some(rx) = slf.rx.take() else {
                return Ok(None);
            };
            let rx = rx.into_inner().unwrap_or_else(PoisonError::into_inner);
            // The receiver is not `Sync`: it goes into the detached closure
            // and comes back.
            let (next, rx) = py.detach(move || (rx.recv(), rx));
            let Ok(items) = next else {
                // The reading thread is done: its summary, or its failure.
                let Some(thread) = slf.thread.take() else {
                    return Ok(None);
                };
                let finished = py.detach(|| thread.join());
                return match finished {
                    Ok(Ok(summary)) => {
                        slf.summary = Some(summary);
                        Ok(None)
                    }
                    Ok(Err(failure)) => Err(failure.into_pyerr()),
                    Err(_) => {
                        Err(Failure::Panic("the reading thread panicked".to_string()).into_pyerr())
                    }
                };
            };
            slf.rx = Some(Mutex::new(rx));
            slf.received.extend(items);
        };
        if let Some(shape) = &slf.documents {
            let item = match out.result {
                Ok(json) => {
                    let text = out.text.unwrap_or_default();
                    let (text, metadata) = shape.document(py, out.uri, out.date, &text, &json)?;
                    (out.input, out.record_id, text, Some(metadata)).into_pyobject(py)?
                }
                Err(parts) => {
                    let error = parts.into_pyerr().into_value(py).into_bound(py).into_any();
                    (out.input, out.record_id, error, None::<Bound<'py, PyDict>>)
                        .into_pyobject(py)?
                }
            };
            return Ok(Some(item));
        }
        let article = match out.result {
            Ok(json) => json_to_dict(py, &json)?,
            Err(parts) => parts.into_pyerr().into_value(py).into_bound(py).into_any(),
        };
        let item = (out.input, out.record_id, out.uri, out.date, article);
        Ok(Some(item.into_pyobject(py)?))
    }

    /// The counts of the run once the iterator is exhausted (`ok`,
    /// `errors`, `skipped` by reason, `fragments_stripped`,
    /// `fragments_learned`), None before.
    #[getter]
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.summary
            .as_ref()
            .map(|s| summary_dict(py, s))
            .transpose()
    }
}

fn summary_dict<'py>(py: Python<'py>, summary: &Summary) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("ok", summary.ok)?;
    d.set_item("errors", summary.errors)?;
    d.set_item("skipped", &summary.skipped)?;
    d.set_item("fragments_stripped", summary.fragments_stripped)?;
    d.set_item("fragments_learned", summary.fragments_learned)?;
    Ok(d)
}

/// Panics inside the guard: the test suite checks that this raises
/// `gleaner.PanicError` and the interpreter goes on.
#[pyfunction]
fn _panic_for_tests(py: Python<'_>) -> PyResult<()> {
    detached(py, || -> Result<(), Failure> {
        panic!("a deliberate panic to test the guard")
    })
}

/// The extension module.
#[pymodule]
fn _gleaner(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(warc_to_jsonl, m)?)?;
    m.add_function(wrap_pyfunction!(read_warc, m)?)?;
    m.add_function(wrap_pyfunction!(_extractor_from, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add_class::<PyExtractor>()?;
    m.add_class::<PySiteMemory>()?;
    m.add_class::<PyWarcArticles>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
