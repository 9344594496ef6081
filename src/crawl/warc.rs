//! A streaming WARC reader (WARC/1.0 and 1.1, plain or gzipped).
//!
//! [`WarcReader`] yields one [`Record`] at a time and never holds more than
//! one record (at most [`WarcReader::max_record_bytes`]) in memory. A
//! `.warc.gz` is one gzip member per record by convention; the reader decodes
//! the members as one stream, so a whole-file gzip works as well.
//!
//! Broken input is reported and read past, never a panic or a hang:
//! - a record whose `Content-Length` is too long (the next record's
//!   `WARC/1.x` line shows up inside its block) or too short (its block is
//!   not followed by the `CRLF CRLF` trailer) gives an [`Error::Warc`], and
//!   reading resumes at the next record;
//! - a record over the size limit gives [`Error::RecordTooLarge`] and is
//!   skipped without being buffered;
//! - a truncated last record (or broken gzip data) gives an [`Error::Warc`]
//!   and ends the iteration.
//!
//! ```
//! use gleaner::crawl::warc::WarcReader;
//! let file = b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\n\
//! Content-Type: application/http; msgtype=response\r\nContent-Length: 63\r\n\r\n\
//! HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hello there.</p>\r\n\r\n";
//! let mut reader = WarcReader::new(&file[..], "inline.warc");
//! let record = reader.next().unwrap()?;
//! assert_eq!(record.warc_type(), "response");
//! assert_eq!(record.target_uri(), Some("https://news.example/a"));
//! let http = record.http_response().unwrap();
//! assert_eq!(http.status, 200);
//! assert_eq!(http.body, b"<p>Hello there.</p>");
//! assert!(reader.next().is_none());
//! # Ok::<(), gleaner::Error>(())
//! ```

use std::borrow::Cow;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use memchr::memmem;

use crate::{Error, Timestamp};

/// Where a record starts: the version line after a blank line.
const BOUNDARY: &[u8] = b"\r\n\r\nWARC/1.";
/// Bytes read from the source at a time.
const CHUNK: usize = 64 * 1024;
/// The least room worth a read call.
const MIN_READ: usize = 8 * 1024;

/// Reads WARC records from a file or any byte stream. An iterator of
/// `Result<Record, Error>`; see the [module docs](self) for how broken input
/// is handled.
pub struct WarcReader {
    src: Box<dyn Read + Send>,
    name: String,
    /// Bytes read but not consumed: `buf[pos..end]`; `buf[end..]` is room
    /// to read into.
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// Offset of `buf[pos]` in the (uncompressed) stream.
    offset: u64,
    eof: bool,
    /// Why the stream ended early (broken gzip data, an I/O error): kept
    /// until the records read before it are given out.
    broken: Option<String>,
    done: bool,
    max_record_bytes: usize,
    max_header_bytes: usize,
}

impl std::fmt::Debug for WarcReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WarcReader")
            .field("name", &self.name)
            .field("offset", &self.offset)
            .field("max_record_bytes", &self.max_record_bytes)
            .finish_non_exhaustive()
    }
}

/// One WARC record: its named fields and its block.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Record {
    /// The version line, e.g. `WARC/1.1`.
    pub version: String,
    /// The named fields in order, names as written.
    pub headers: Vec<(String, String)>,
    /// The record block (for a `response`, the HTTP response as sent).
    pub block: Vec<u8>,
    /// Offset of the record in the uncompressed stream.
    pub offset: u64,
}

/// The HTTP response inside a `response` record.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HttpResponse<'a> {
    /// The status code.
    pub status: u16,
    /// The header fields in order.
    pub headers: Vec<(String, String)>,
    /// The payload as sent (still transfer- and content-encoded, see
    /// [`HttpResponse::decoded_body`]).
    pub body: &'a [u8],
}

impl WarcReader {
    /// Default of [`max_record_bytes`](Self::max_record_bytes): 32 MiB.
    pub const DEFAULT_MAX_RECORD_BYTES: usize = 32 << 20;
    /// Most bytes of a record's header (the named fields): 64 KiB.
    pub const MAX_HEADER_BYTES: usize = 64 << 10;

    /// Reads records from `reader`, gzipped or not (told apart by the gzip
    /// magic bytes). `name` identifies the input in errors.
    pub fn new(reader: impl Read + Send + 'static, name: impl Into<String>) -> WarcReader {
        let mut peek = BufReader::with_capacity(CHUNK, reader);
        let gzipped = matches!(peek.fill_buf(), Ok(head) if head.starts_with(&[0x1f, 0x8b]));
        let src: Box<dyn Read + Send> = if gzipped {
            Box::new(flate2::bufread::MultiGzDecoder::new(peek))
        } else {
            Box::new(peek)
        };
        WarcReader {
            src,
            name: name.into(),
            buf: Vec::new(),
            pos: 0,
            end: 0,
            offset: 0,
            eof: false,
            broken: None,
            done: false,
            max_record_bytes: Self::DEFAULT_MAX_RECORD_BYTES,
            max_header_bytes: Self::MAX_HEADER_BYTES,
        }
    }

    /// Opens a `.warc` or `.warc.gz` file.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be opened.
    pub fn open(path: impl AsRef<Path>) -> Result<WarcReader, Error> {
        let path = path.as_ref();
        let file = std::fs::File::open(path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        Ok(WarcReader::new(file, path.display().to_string()))
    }

    /// The largest record block kept in memory; larger records are skipped
    /// (streamed past) with [`Error::RecordTooLarge`].
    ///
    /// # Defaults
    /// [`DEFAULT_MAX_RECORD_BYTES`](Self::DEFAULT_MAX_RECORD_BYTES) (32 MiB).
    #[must_use]
    pub fn max_record_bytes(mut self, limit: usize) -> Self {
        self.max_record_bytes = limit;
        self
    }

    /// The input's name, as given to [`new`](Self::new).
    pub fn name(&self) -> &str {
        &self.name
    }

    fn available(&self) -> &[u8] {
        &self.buf[self.pos..self.end]
    }

    /// Reads until at least `want` bytes are available or the stream ends.
    fn fill(&mut self, want: usize) -> std::io::Result<()> {
        while self.end - self.pos < want && !self.eof {
            let need = (want - (self.end - self.pos)).max(MIN_READ);
            if self.buf.len() - self.end < need {
                // The consumed front is dead: move the rest down before
                // growing. The buffer is zeroed when it grows, not on every
                // read, so it costs the inflated bytes and little else.
                if self.pos > 0 {
                    self.buf.copy_within(self.pos..self.end, 0);
                    self.end -= self.pos;
                    self.pos = 0;
                }
                if self.buf.len() - self.end < need {
                    self.buf.resize((self.end + need).max(2 * CHUNK), 0);
                }
            }
            let n = loop {
                match self.src.read(&mut self.buf[self.end..]) {
                    Ok(n) => break Ok(n),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => break Err(e),
                }
            };
            match n {
                Ok(0) => self.eof = true,
                Ok(n) => self.end += n,
                Err(e) => {
                    // Reading ahead may hit an error that belongs to a later
                    // record: end the stream here and report it when that
                    // record is read.
                    self.eof = true;
                    self.broken = Some(e.to_string());
                }
            }
        }
        Ok(())
    }

    fn consume(&mut self, n: usize) {
        let n = n.min(self.end - self.pos);
        self.pos += n;
        self.offset += n as u64;
    }

    fn error(&self, offset: u64, reason: impl Into<String>) -> Error {
        Error::Warc {
            file: self.name.clone(),
            offset,
            reason: reason.into(),
        }
    }

    fn io_error(&mut self, offset: u64, e: &std::io::Error) -> Error {
        self.done = true;
        self.error(offset, format!("unreadable from here on: {e}"))
    }

    /// Skips to the next `WARC/1.` at the start of a line. Returns false at
    /// the end of the stream.
    fn resync(&mut self) -> std::io::Result<bool> {
        loop {
            self.fill(CHUNK)?;
            let avail = self.available();
            if avail.starts_with(b"WARC/1.") {
                return Ok(true);
            }
            if let Some(p) = memmem::find(avail, b"\nWARC/1.") {
                self.consume(p + 1);
                return Ok(true);
            }
            if self.eof {
                let n = avail.len();
                self.consume(n);
                return Ok(false);
            }
            // Keep a tail that may hold the start of a split marker.
            let keep = avail.len().min(7);
            let n = avail.len() - keep;
            self.consume(n);
        }
    }

    fn read_record(&mut self) -> Option<Result<Record, Error>> {
        // Records are separated by blank lines; be lenient about extras.
        loop {
            if let Err(e) = self.fill(1) {
                let at = self.offset;
                return Some(Err(self.io_error(at, &e)));
            }
            match self.available().first() {
                None => {
                    let reason = self.broken.take()?;
                    let at = self.offset;
                    self.done = true;
                    return Some(Err(
                        self.error(at, format!("unreadable from here on: {reason}"))
                    ));
                }
                Some(b'\r' | b'\n') => self.consume(1),
                Some(_) => break,
            }
        }
        let start = self.offset;
        if let Err(e) = self.fill(8) {
            return Some(Err(self.io_error(start, &e)));
        }
        if !self.available().starts_with(b"WARC/") {
            return Some(match self.resync() {
                Ok(_) => Err(self.error(start, "no WARC version line; skipped to the next record")),
                Err(e) => Err(self.io_error(start, &e)),
            });
        }
        let head_len = match self.find_header_end() {
            Ok(Some(n)) => n,
            Ok(None) => {
                let reason = if self.eof {
                    self.done = true;
                    "truncated record header at the end of the input".to_string()
                } else {
                    let _ = self.resync_after_start();
                    format!(
                        "record header over {} bytes; skipped to the next record",
                        self.max_header_bytes
                    )
                };
                return Some(Err(self.error(start, reason)));
            }
            Err(e) => return Some(Err(self.io_error(start, &e))),
        };
        let head = String::from_utf8_lossy(&self.available()[..head_len]).into_owned();
        self.consume(head_len);
        let (version, headers) = parse_fields(&head);
        let length = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.trim().parse::<u64>().ok());
        let Some(length) = length else {
            return Some(match self.resync() {
                Ok(_) => Err(self.error(start, "missing or invalid Content-Length")),
                Err(e) => Err(self.io_error(start, &e)),
            });
        };
        if length > self.max_record_bytes as u64 {
            let err = Error::RecordTooLarge {
                file: self.name.clone(),
                offset: start,
                limit: self.max_record_bytes,
                size: length,
            };
            return Some(match self.skip_block(length) {
                Ok(_) => Err(err),
                Err(e) => Err(self.io_error(start, &e)),
            });
        }
        // `length` fits in memory: it is at most `max_record_bytes`.
        let len = length as usize;
        if let Err(e) = self.fill(len + BOUNDARY.len()) {
            return Some(Err(self.io_error(start, &e)));
        }
        let avail = self.available();
        // Content-Length too long: the next record starts inside the block.
        if let Some(p) = memmem::find(&avail[..len.min(avail.len())], BOUNDARY) {
            self.consume(p + 4);
            return Some(Err(self.error(
                start,
                format!(
                    "Content-Length {len} runs into the next record (block is {p} bytes); record skipped"
                ),
            )));
        }
        if avail.len() < len {
            let have = avail.len();
            self.consume(have);
            self.done = true;
            let reason = match self.broken.take() {
                Some(why) => format!(
                    "truncated record: Content-Length {len}, only {have} bytes readable ({why})"
                ),
                None => format!("truncated record: Content-Length {len}, only {have} bytes left"),
            };
            return Some(Err(self.error(start, reason)));
        }
        let block = avail[..len].to_vec();
        self.consume(len);
        let trailer_ok = {
            let rest = self.available();
            rest.starts_with(b"\r\n\r\n")
                || (self.eof && rest.iter().all(|b| matches!(b, b'\r' | b'\n')))
        };
        if !trailer_ok {
            // Content-Length too short: the block goes on past it.
            return Some(match self.resync() {
                Ok(_) => Err(self.error(
                    start,
                    format!("Content-Length {len} is shorter than the block (no record trailer after it); record skipped"),
                )),
                Err(e) => Err(self.io_error(start, &e)),
            });
        }
        let trailer = self.available().len().min(4);
        self.consume(trailer);
        Some(Ok(Record {
            version,
            headers,
            block,
            offset: start,
        }))
    }

    /// Length of the header (named fields and the blank line after them),
    /// reading at most `max_header_bytes`.
    fn find_header_end(&mut self) -> std::io::Result<Option<usize>> {
        let mut want = 1024;
        loop {
            self.fill(want)?;
            let avail = self.available();
            let window = &avail[..avail.len().min(self.max_header_bytes)];
            if let Some(p) = memmem::find(window, b"\r\n\r\n") {
                return Ok(Some(p + 4));
            }
            if let Some(p) = memmem::find(window, b"\n\n") {
                return Ok(Some(p + 2));
            }
            if self.eof || avail.len() >= self.max_header_bytes {
                return Ok(None);
            }
            want = (want * 4).min(self.max_header_bytes);
        }
    }

    fn resync_after_start(&mut self) -> std::io::Result<bool> {
        self.consume(1);
        self.resync()
    }

    /// Streams past a block of `length` bytes without keeping it, stopping
    /// early if the next record starts inside it (a lying length).
    fn skip_block(&mut self, length: u64) -> std::io::Result<()> {
        let mut left = length;
        while left > 0 {
            self.fill(CHUNK)?;
            let avail = self.available();
            if avail.is_empty() {
                self.done = true;
                return Ok(());
            }
            let span = avail.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            if let Some(p) = memmem::find(&avail[..span], BOUNDARY) {
                self.consume(p + 4);
                return Ok(());
            }
            // Keep a tail that may hold the start of a split boundary.
            let step = if span == avail.len() && span > BOUNDARY.len() && !self.eof {
                span - BOUNDARY.len()
            } else {
                span
            };
            self.consume(step);
            left -= step as u64;
        }
        if self.available().starts_with(b"\r\n\r\n") {
            self.consume(4);
        }
        Ok(())
    }
}

impl Iterator for WarcReader {
    type Item = Result<Record, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let item = self.read_record();
        if item.is_none() {
            self.done = true;
        }
        item
    }
}

/// The version line and the named fields (continuation lines folded in).
fn parse_fields(head: &str) -> (String, Vec<(String, String)>) {
    let mut lines = head.lines();
    let version = lines.next().unwrap_or("").trim().to_string();
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            if let Some((_, v)) = fields.last_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        if let Some((k, v)) = line.split_once(':') {
            fields.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    (version, fields)
}

fn find_field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

impl Record {
    /// The value of a named field (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_field(&self.headers, name)
    }

    /// `WARC-Type`, lower-cased by convention of the spec (`response`,
    /// `request`, `metadata`, `revisit`, `warcinfo`, ...); empty if missing.
    pub fn warc_type(&self) -> &str {
        self.header("WARC-Type").unwrap_or("")
    }

    /// `WARC-Target-URI`, without the angle brackets some writers put around it.
    pub fn target_uri(&self) -> Option<&str> {
        self.header("WARC-Target-URI")
            .map(|u| u.trim_start_matches('<').trim_end_matches('>').trim())
            .filter(|u| !u.is_empty())
    }

    /// `WARC-Date`, when present and valid.
    pub fn date(&self) -> Option<Timestamp> {
        self.header("WARC-Date")
            .and_then(|d| chrono::DateTime::parse_from_rfc3339(d.trim()).ok())
    }

    /// Whether the block is an HTTP response (`Content-Type:
    /// application/http`, or no type and an `HTTP/` status line).
    pub fn is_http(&self) -> bool {
        match self.header("Content-Type") {
            Some(ct) => ct.to_ascii_lowercase().starts_with("application/http"),
            None => self.block.starts_with(b"HTTP/"),
        }
    }

    /// Parses the HTTP response in the block.
    ///
    /// # Errors
    /// A reason when the block is not an HTTP response.
    pub fn http_response(&self) -> Result<HttpResponse<'_>, String> {
        let block = &self.block[..];
        let (head_len, body_at) = match (
            memmem::find(block, b"\r\n\r\n"),
            memmem::find(block, b"\n\n"),
        ) {
            (Some(a), Some(b)) if b + 2 < a + 4 => (b, b + 2),
            (Some(a), _) => (a, a + 4),
            (None, Some(b)) => (b, b + 2),
            (None, None) => return Err("no end of the HTTP header".into()),
        };
        let head = String::from_utf8_lossy(&block[..head_len]);
        let (status_line, headers) = parse_fields(&head);
        let mut parts = status_line.split_whitespace();
        let proto = parts.next().unwrap_or("");
        if !proto.starts_with("HTTP/") {
            return Err(format!("not an HTTP status line: {status_line:?}"));
        }
        let status = parts
            .next()
            .and_then(|s| s.parse::<u16>().ok())
            .ok_or_else(|| format!("no status code in {status_line:?}"))?;
        Ok(HttpResponse {
            status,
            headers,
            body: &block[body_at..],
        })
    }
}

impl HttpResponse<'_> {
    /// The value of a header (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_field(&self.headers, name)
    }

    /// The `Content-Type` header.
    pub fn content_type(&self) -> Option<&str> {
        self.header("Content-Type")
    }

    /// The payload with `Transfer-Encoding: chunked` and `Content-Encoding`
    /// (gzip, deflate) undone, at most `limit` bytes.
    ///
    /// # Errors
    /// A reason for an unsupported or broken encoding, or a body over
    /// `limit` once decoded.
    pub fn decoded_body(&self, limit: usize) -> Result<Cow<'_, [u8]>, String> {
        let mut body: Cow<'_, [u8]> = Cow::Borrowed(self.body);
        let chunked = self
            .header("Transfer-Encoding")
            .is_some_and(|te| te.to_ascii_lowercase().contains("chunked"));
        if chunked {
            body = Cow::Owned(dechunk(&body));
        }
        let encoding = self
            .header("Content-Encoding")
            .map(|e| e.trim().to_ascii_lowercase())
            .unwrap_or_default();
        let decoded = match encoding.as_str() {
            "" | "identity" | "none" => return Ok(body),
            "gzip" | "x-gzip" => read_limited(flate2::read::MultiGzDecoder::new(&body[..]), limit),
            "deflate" => read_limited(flate2::read::ZlibDecoder::new(&body[..]), limit)
                .or_else(|_| read_limited(flate2::read::DeflateDecoder::new(&body[..]), limit)),
            other => return Err(format!("unsupported Content-Encoding {other:?}")),
        };
        decoded.map(Cow::Owned)
    }
}

fn read_limited(reader: impl Read, limit: usize) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    reader
        .take(cap)
        .read_to_end(&mut out)
        .map_err(|e| format!("broken compressed body: {e}"))?;
    if out.len() > limit {
        return Err(format!("decoded body over the limit of {limit} bytes"));
    }
    Ok(out)
}

/// Undoes chunked transfer coding; lenient about a missing last chunk (a
/// crawler may have cut the transfer short).
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    while let Some(eol) = memchr::memchr(b'\n', data) {
        let line = String::from_utf8_lossy(&data[..eol]);
        let size_hex = line.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_hex, 16) else {
            break;
        };
        data = &data[eol + 1..];
        if size == 0 {
            break;
        }
        let take = size.min(data.len());
        out.extend_from_slice(&data[..take]);
        data = &data[take..];
        // The CRLF after the chunk.
        if data.starts_with(b"\r\n") {
            data = &data[2..];
        } else if data.starts_with(b"\n") {
            data = &data[1..];
        }
        if take < size {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, body: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
            body.len()
        )
    }

    fn read_all(data: Vec<u8>) -> Vec<Result<Record, Error>> {
        WarcReader::new(std::io::Cursor::new(data), "t").collect()
    }

    #[test]
    fn plain_records_in_order() {
        let data = format!(
            "{}{}",
            record("request", "GET / HTTP/1.1\r\n\r\n"),
            record("metadata", "a: b")
        );
        let out = read_all(data.into_bytes());
        assert_eq!(out.len(), 2);
        let types: Vec<String> = out
            .iter()
            .map(|r| {
                r.as_ref()
                    .map(|r| r.warc_type().to_string())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(types, ["request", "metadata"]);
    }

    #[test]
    fn too_long_length_resumes_at_the_next_record() {
        let bad = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 500\r\n\r\nshort\r\n\r\n";
        let data = format!("{bad}{}", record("metadata", "x: y"));
        let out = read_all(data.into_bytes());
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(matches!(&out[0], Err(Error::Warc { reason, .. }) if reason.contains("runs into")));
        assert_eq!(
            out[1].as_ref().map(Record::warc_type).ok(),
            Some("metadata")
        );
    }

    #[test]
    fn too_short_length_resumes_at_the_next_record() {
        let bad =
            "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\nlonger block\r\n\r\n";
        let data = format!("{bad}{}", record("metadata", "x: y"));
        let out = read_all(data.into_bytes());
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(matches!(&out[0], Err(Error::Warc { reason, .. }) if reason.contains("shorter")));
        assert!(out[1].is_ok());
    }

    #[test]
    fn oversized_records_are_skipped_unbuffered() {
        let big = "z".repeat(10_000);
        let data = format!("{}{}", record("resource", &big), record("metadata", "x: y"));
        let out: Vec<_> = WarcReader::new(std::io::Cursor::new(data.into_bytes()), "t")
            .max_record_bytes(1000)
            .collect();
        assert_eq!(out.len(), 2);
        assert!(matches!(
            &out[0],
            Err(Error::RecordTooLarge {
                limit: 1000,
                size: 10_000,
                ..
            })
        ));
        assert!(out[1].is_ok());
    }

    /// A source that gives a few bytes per read, of varying counts.
    struct Trickle {
        data: Vec<u8>,
        at: usize,
        step: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            self.step = (self.step * 31 + 7) % 9001 + 1;
            let n = self.step.min(out.len()).min(self.data.len() - self.at);
            out[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    #[test]
    fn blocks_survive_buffer_reuse_across_small_and_large_records() {
        // Blocks from a few bytes to several times the read chunk, read
        // through short reads: the buffer is compacted and grown on the way.
        let sizes = [3, 70_000, 10, 300_000, 5_000, 1, 131_072, 64 * 1024 - 1, 9];
        let body = |i: usize, n: usize| -> String {
            (0..n)
                .map(|j| char::from(b'a' + ((i * 7 + j) % 26) as u8))
                .collect()
        };
        let data: String = sizes
            .iter()
            .enumerate()
            .map(|(i, n)| record("resource", &body(i, *n)))
            .collect();
        let src = Trickle {
            data: data.into_bytes(),
            at: 0,
            step: 1,
        };
        let out: Vec<_> = WarcReader::new(src, "t").collect();
        assert_eq!(out.len(), sizes.len());
        for (i, (rec, n)) in out.iter().zip(sizes).enumerate() {
            let rec = rec.as_ref().unwrap_or_else(|e| panic!("record {i}: {e}"));
            assert_eq!(rec.block, body(i, n).as_bytes(), "record {i}");
        }
    }

    #[test]
    fn chunked_and_gzip_bodies() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"),
            b"hello world"
        );
        assert_eq!(dechunk(b"5\r\nhel"), b"hel");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"<p>zipped</p>").unwrap_or_default();
        let zipped = gz.finish().unwrap_or_default();
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        block.extend_from_slice(&zipped);
        let rec = Record {
            version: "WARC/1.1".into(),
            headers: vec![],
            block,
            offset: 0,
        };
        let http = rec.http_response().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            http.decoded_body(1000).as_deref(),
            Ok(&b"<p>zipped</p>"[..])
        );
        assert!(http.decoded_body(3).is_err());
    }
}
