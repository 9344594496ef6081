//! The extraction side of a crawler (cargo feature `crawl`): WARC archives
//! and HTML files in, [`Article`]s out over all cores, as JSON Lines.
//!
//! - [`warc`]: a streaming WARC/1.0 and 1.1 reader, plain or `.warc.gz`.
//! - [`batch`]: a bounded worker pool with results in input order.
//! - [`jsonl`]: the JSON Lines writer and its schema.
//! - [`Pipeline`]: the three together. It reads the sources in order,
//!   skips what is not an HTML page (with a count per reason), extracts the
//!   rest over the worker pool, and hands every article or error to a sink
//!   in input order. [`Pipeline::run_jsonl`] writes JSON Lines with the
//!   lines serialised on the pool.
//!
//! The calling thread is one of the `jobs` threads ([`batch`]): it reads
//! (inflating a `.warc.gz`), applies the site memory and writes, which is
//! the sequential part of a run, and extracts when the others have enough
//! queued. The workers do everything that depends on one record alone:
//! HTTP decoding, extraction, the site-memory keys of the blocks and the
//! JSON line. [`Summary::batch`] tells how the work was spread.
//!
//! With a [`SiteMemory`], the memory is applied on the calling thread in
//! input order, after the parallel extraction: the output is the same for
//! any number of jobs (same input + same memory ⇒ same output).
//!
//! For more than one machine, run [`Pipeline::run_shard`] inside a job
//! scheduler or data-processing engine: one WARC file in, one JSON Lines
//! file out, written under a temporary name and renamed when complete, so a
//! shard is done or not done and re-running a job skips finished shards.
//!
//! ```no_run
//! use gleaner::crawl::{Pipeline, Source};
//! let pipeline = Pipeline::new(gleaner::Extractor::default()).jobs(2);
//! let memory = gleaner::SiteMemory::new();
//! let summary = pipeline.run(
//!     [Source::Warc("news.warc.gz".into())],
//!     Some(&memory),
//!     |item, _so_far| {
//!         if let Ok(article) = &item.result {
//!             println!("{}", article.title.as_deref().unwrap_or(""));
//!         }
//!         Ok(())
//!     },
//! )?;
//! println!("{} ok, {} errors, {} skipped", summary.ok, summary.errors, summary.skipped_total());
//! # Ok::<(), gleaner::Error>(())
//! ```

pub mod batch;
pub mod jsonl;
pub mod warc;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use url::Url;

use crate::pipeline::{self, Draft, Input, Pending};
use crate::site::SiteMemory;
use crate::{Article, Error, Extractor};

use batch::{Batch, BatchStats};
use jsonl::JsonlWriter;
use warc::{Record, WarcReader};

/// One input of a [`Pipeline`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Source {
    /// A `.warc` or `.warc.gz` file: its HTML `response` records are extracted.
    Warc(PathBuf),
    /// An HTML file, extracted whole (charset detected from its bytes).
    Html(PathBuf),
}

impl Source {
    /// The source for a path: WARC for `.warc` / `.warc.gz` / `.arc.gz`-less
    /// names ending in `warc` or `warc.gz`, HTML otherwise.
    pub fn from_path(path: impl Into<PathBuf>) -> Source {
        let path = path.into();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if name.ends_with(".warc") || name.ends_with(".warc.gz") {
            Source::Warc(path)
        } else {
            Source::Html(path)
        }
    }
}

/// One result of a [`Pipeline`]: what was extracted from where.
#[derive(Debug)]
#[non_exhaustive]
pub struct Item {
    /// The input: `file.warc.gz@offset` for a WARC record, the path of an
    /// HTML file.
    pub input: String,
    /// The article, or why there is none.
    pub result: Result<Article, Error>,
    /// The named fields of the WARC record the item came from
    /// (`WARC-Record-ID`, `WARC-Target-URI`, `WARC-Date`, ...), as
    /// [`Record::headers`]; empty for an HTML file or a record that could not
    /// be read. What a caller needs to keep the record's identity beside
    /// its article (a dataset's document id, provenance).
    pub warc_headers: Vec<(String, String)>,
}

/// Counts of a [`Pipeline`] run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Summary {
    /// Articles extracted.
    pub ok: u64,
    /// Inputs that failed (extraction errors, malformed records, unreadable
    /// files): each one was given to the sink.
    pub errors: u64,
    /// Records not extracted, by reason: `warc:request`, `warc:metadata`,
    /// `warc:revisit`, `not-html`, `status:404`, ...
    pub skipped: BTreeMap<String, u64>,
    /// Blocks the site memory removed from articles.
    pub fragments_stripped: u64,
    /// Blocks the site memory remembers at the end, over the hosts seen.
    pub fragments_learned: u64,
    /// How the work went over the threads: jobs on the calling thread, the
    /// time of the sequential part, waits. Timings differ from run to run.
    pub batch: BatchStats,
}

impl Summary {
    /// All skipped records.
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }
}

/// Whether a shard was processed or had been already.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ShardOutcome {
    /// The output existed: nothing was done.
    AlreadyDone,
    /// The shard was processed.
    Done(Summary),
}

/// WARC archives and HTML files to articles, over a worker pool. See the
/// [module docs](self).
#[derive(Debug, Clone)]
#[must_use]
pub struct Pipeline {
    extractor: Extractor,
    batch: Batch,
    max_record_bytes: usize,
    fingerprints: bool,
}

/// A unit of work for the pool.
enum Job {
    Record { input: String, record: Record },
    File { input: String, path: PathBuf },
    Failed { input: String, error: Error },
}

impl Pipeline {
    /// A pipeline with `extractor`, one job per core.
    pub fn new(extractor: Extractor) -> Pipeline {
        Pipeline {
            extractor,
            batch: Batch::default(),
            max_record_bytes: WarcReader::DEFAULT_MAX_RECORD_BYTES,
            fingerprints: true,
        }
    }

    /// Threads extracting, the calling thread included.
    ///
    /// # Defaults
    /// The number of cores ([`batch::available_jobs`]).
    pub fn jobs(mut self, jobs: usize) -> Self {
        self.batch = Batch::new(jobs);
        self
    }

    /// The largest WARC record or HTML file read into memory; larger ones
    /// are reported as [`Error::RecordTooLarge`] / [`Error::InputTooLarge`].
    ///
    /// # Defaults
    /// [`WarcReader::DEFAULT_MAX_RECORD_BYTES`] (32 MiB).
    pub fn max_record_bytes(mut self, limit: usize) -> Self {
        self.max_record_bytes = limit;
        self
    }

    /// Whether the articles get their [`fingerprint`](crate::Article::fingerprint)
    /// (a SimHash of the text, 1 to 3 % of an extraction): a run that does
    /// not output it turns it off. Nothing else in the articles changes.
    ///
    /// # Defaults
    /// On.
    pub fn fingerprints(mut self, on: bool) -> Self {
        self.fingerprints = on;
        self
    }

    /// Runs over `sources` in order, giving `sink` every [`Item`] in input
    /// order with the counts so far. Skipped records are only counted.
    ///
    /// # Errors
    /// Only the sink's own error, which stops the run.
    pub fn run<I, S>(
        &self,
        sources: I,
        memory: Option<&SiteMemory>,
        mut sink: S,
    ) -> Result<Summary, Error>
    where
        I: IntoIterator<Item = Source>,
        S: FnMut(&Item, &Summary) -> Result<(), Error>,
    {
        self.run_inner(sources, None, memory, false, |item, _, summary| {
            sink(item, summary)
        })
    }

    /// Like [`run`](Self::run), over one WARC stream that is already open
    /// (a file of a remote filesystem, a pipe, a decompressing reader)
    /// instead of files named by path. The pipeline's
    /// [`max_record_bytes`](Self::max_record_bytes) applies to it.
    ///
    /// ```
    /// use gleaner::crawl::{warc::WarcReader, Pipeline};
    /// let warc = b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
    /// WARC-Target-URI: https://news.example/a\r\nContent-Type: application/http; msgtype=response\r\n\
    /// Content-Length: 51\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p></p>\r\n\r\n";
    /// let reader = WarcReader::new(&warc[..], "inline.warc");
    /// let mut ids = Vec::new();
    /// let summary = Pipeline::new(gleaner::Extractor::default()).jobs(1).run_warc(reader, None, |item, _| {
    ///     ids.push(item.warc_headers.iter().find(|(k, _)| k == "WARC-Record-ID").map(|(_, v)| v.clone()));
    ///     Ok(())
    /// })?;
    /// // An empty page: no article, but the item says which record it was.
    /// assert_eq!((summary.ok, summary.errors), (0, 1));
    /// assert_eq!(ids, [Some("<urn:uuid:1>".to_string())]);
    /// # Ok::<(), gleaner::Error>(())
    /// ```
    ///
    /// # Errors
    /// Only the sink's own error, which stops the run.
    pub fn run_warc<S>(
        &self,
        reader: WarcReader,
        memory: Option<&SiteMemory>,
        mut sink: S,
    ) -> Result<Summary, Error>
    where
        S: FnMut(&Item, &Summary) -> Result<(), Error>,
    {
        self.run_inner(
            std::iter::empty(),
            Some(reader),
            memory,
            false,
            |item, _, summary| sink(item, summary),
        )
    }

    /// Runs over `sources` in order and writes every article or error to
    /// `out` as a JSON line, in input order; `progress` sees every [`Item`]
    /// with the counts so far. The output is the same as writing each item
    /// of [`run`](Self::run) with [`JsonlWriter::write_result`], but the
    /// lines are serialised on the worker threads, so the sequential part
    /// of the run (reading, site memory, writing) stays small.
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails, which stops the run.
    pub fn run_jsonl<I, W, P>(
        &self,
        sources: I,
        memory: Option<&SiteMemory>,
        out: &mut JsonlWriter<W>,
        mut progress: P,
    ) -> Result<Summary, Error>
    where
        I: IntoIterator<Item = Source>,
        W: std::io::Write,
        P: FnMut(&Item, &Summary),
    {
        self.run_inner(sources, None, memory, true, |item, line, summary| {
            match line {
                Some(line) => out.write_encoded(line)?,
                None => out.write_result(&item.input, &item.result)?,
            }
            progress(item, summary);
            Ok(())
        })
    }

    /// The pipeline: `first` (an open WARC stream), then the sources, are
    /// read on the calling thread, extracted (and with `encode`,
    /// serialised) on the pool, and given to `sink` in input order after
    /// the site memory, with their JSON line when `encode` is set and the
    /// line is still valid.
    fn run_inner<I, S>(
        &self,
        sources: I,
        first: Option<WarcReader>,
        memory: Option<&SiteMemory>,
        encode: bool,
        mut sink: S,
    ) -> Result<Summary, Error>
    where
        I: IntoIterator<Item = Source>,
        S: FnMut(&Item, Option<&[u8]>, &Summary) -> Result<(), Error>,
    {
        let summary = RefCell::new(Summary::default());
        let mut hosts = BTreeSet::new();
        let jobs = Jobs {
            sources: sources.into_iter(),
            current: first.map(|r| r.max_record_bytes(self.max_record_bytes)),
            max_record_bytes: self.max_record_bytes,
            summary: &summary,
        };
        // With one job, everything runs on the calling thread in input
        // order: the worker applies the memory itself, with no copy of the
        // draft kept for a later tail.
        let (inline, later) = match memory {
            Some(memory) if self.batch.jobs() == 1 => (Some(memory), false),
            Some(_) => (None, true),
            None => (None, false),
        };
        let worker = Worker {
            extractor: &self.extractor,
            limit: self.max_record_bytes,
            memory: later,
            inline,
            encode,
            fingerprints: self.fingerprints,
        };
        let stats = self.batch.run(
            jobs,
            |job| Ok(worker.run(job)),
            |_, result| {
                let mut done = result.unwrap_or_else(|error| Done {
                    item: Item {
                        input: String::from("(job)"),
                        result: Err(error),
                        warc_headers: Vec::new(),
                    },
                    pending: None,
                    stripped: 0,
                    line: Vec::new(),
                });
                let mut s = summary.borrow_mut();
                s.fragments_stripped += done.stripped;
                if let (Some(memory), Ok(article)) = (memory, &mut done.item.result) {
                    if let Some(host) = article.url.as_ref().and_then(Url::host_str) {
                        if !hosts.contains(host) {
                            hosts.insert(host.to_string());
                        }
                    }
                    if let Some(pending) = done.pending.take() {
                        let unchanged = std::mem::take(article);
                        let (finished, stripped) =
                            pipeline::tail_pending(pending, memory, unchanged);
                        *article = finished;
                        if stripped > 0 {
                            // The worker's line has the blocks that went.
                            done.line.clear();
                            s.fragments_stripped += stripped;
                        }
                    }
                }
                match &done.item.result {
                    Ok(_) => s.ok += 1,
                    Err(_) => s.errors += 1,
                }
                let line = (!done.line.is_empty()).then_some(&done.line[..]);
                sink(&done.item, line, &s)
            },
        )?;
        let mut summary = summary.into_inner();
        summary.batch = stats;
        if let Some(memory) = memory {
            summary.fragments_learned = hosts.iter().map(|h| memory.block_count(h) as u64).sum();
        }
        Ok(summary)
    }

    /// One shard for a job scheduler: the WARC (or HTML) file `input` to the
    /// JSON Lines file `output`, with a fresh [`SiteMemory`] (so the output
    /// depends on the shard alone).
    ///
    /// Idempotent and resumable: the output is written to
    /// `<output>.partial` and renamed to `output` only when complete; if
    /// `output` exists the shard is not processed again.
    ///
    /// # Errors
    /// [`Error::Io`] when the output cannot be written.
    pub fn run_shard(&self, input: &Path, output: &Path) -> Result<ShardOutcome, Error> {
        if output.exists() {
            return Ok(ShardOutcome::AlreadyDone);
        }
        let mut partial = output.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        let io = |path: &Path, source| Error::Io {
            path: path.display().to_string(),
            source,
        };
        let file = std::fs::File::create(&partial).map_err(|e| io(&partial, e))?;
        let mut out =
            JsonlWriter::new(std::io::BufWriter::new(file)).named(partial.display().to_string());
        let memory = SiteMemory::new();
        let summary = self.run_jsonl(
            [Source::from_path(input)],
            Some(&memory),
            &mut out,
            |_, _| {},
        )?;
        out.flush()?;
        let file = out
            .into_inner()
            .into_inner()
            .map_err(|e| io(&partial, e.into_error()))?;
        file.sync_all().map_err(|e| io(&partial, e))?;
        std::fs::rename(&partial, output).map_err(|e| io(output, e))?;
        Ok(ShardOutcome::Done(summary))
    }
}

/// Reads the sources in order and turns them into jobs, counting skips.
struct Jobs<'a, I> {
    sources: I,
    current: Option<WarcReader>,
    max_record_bytes: usize,
    summary: &'a RefCell<Summary>,
}

impl<I: Iterator<Item = Source>> Iterator for Jobs<'_, I> {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            if let Some(reader) = self.current.as_mut() {
                match reader.next() {
                    None => self.current = None,
                    Some(Err(error)) => {
                        let input = match &error {
                            Error::Warc { file, offset, .. }
                            | Error::RecordTooLarge { file, offset, .. } => {
                                format!("{file}@{offset}")
                            }
                            _ => reader.name().to_string(),
                        };
                        return Some(Job::Failed { input, error });
                    }
                    Some(Ok(record)) => {
                        let input = format!("{}@{}", reader.name(), record.offset);
                        match classify(&record) {
                            Ok(()) => return Some(Job::Record { input, record }),
                            Err(reason) => {
                                *self.summary.borrow_mut().skipped.entry(reason).or_insert(0) += 1;
                                continue;
                            }
                        }
                    }
                }
                continue;
            }
            match self.sources.next()? {
                Source::Warc(path) => match WarcReader::open(&path) {
                    Ok(r) => self.current = Some(r.max_record_bytes(self.max_record_bytes)),
                    Err(error) => {
                        return Some(Job::Failed {
                            input: path.display().to_string(),
                            error,
                        })
                    }
                },
                Source::Html(path) => {
                    return Some(Job::File {
                        input: path.display().to_string(),
                        path,
                    })
                }
            }
        }
    }
}

/// Why a record is not extracted (`Err(reason)`), or `Ok` for an HTML page.
fn classify(record: &Record) -> Result<(), String> {
    let kind = record.warc_type();
    if !kind.eq_ignore_ascii_case("response") {
        let kind = if kind.is_empty() { "untyped" } else { kind };
        return Err(format!("warc:{}", kind.to_ascii_lowercase()));
    }
    if !record.is_http() {
        return Err("not-http".into());
    }
    let http = record.http_response().map_err(|_| "not-http".to_string())?;
    if !(200..300).contains(&http.status) {
        return Err(format!("status:{}", http.status));
    }
    let html = match http
        .content_type()
        .map(crate::decode::mime_essence)
        .as_deref()
    {
        Some("text/html" | "application/xhtml+xml") => true,
        None | Some("") | Some("text/plain") => crate::decode::sniff_html(http.body),
        Some(_) => false,
    };
    if html {
        Ok(())
    } else {
        Err("not-html".into())
    }
}

/// What a worker hands back for one input.
struct Done {
    /// The article as it is without site memory.
    item: Item,
    /// The draft for the tail on the calling thread, when a memory is
    /// applied there.
    pending: Option<Pending>,
    /// Blocks the memory removed, when the worker applied it.
    stripped: u64,
    /// The item as a JSON line, when the run writes JSON Lines (empty when
    /// it could not be serialised here: the writer reports why).
    line: Vec<u8>,
}

/// The work done on the pool for one input: the pipeline up to the site
/// memory, and what else depends on the page alone (site-memory keys, the
/// JSON line), so the calling thread does as little as possible.
struct Worker<'a> {
    extractor: &'a Extractor,
    limit: usize,
    /// Whether a site memory is applied on the calling thread, after the
    /// pool.
    memory: bool,
    /// The site memory the worker applies itself (one job: the worker runs
    /// on the calling thread, in input order).
    inline: Option<&'a SiteMemory>,
    encode: bool,
    /// [`Pipeline::fingerprints`].
    fingerprints: bool,
}

impl Worker<'_> {
    /// Whether a site memory takes the drafts (here or later).
    fn for_memory(&self) -> bool {
        self.memory || self.inline.is_some()
    }

    fn run(&self, job: Job) -> Done {
        let mut warc_headers = Vec::new();
        let (input, draft) = match job {
            Job::Failed { input, error } => (input, Err(error)),
            Job::File { input, path } => {
                let draft = read_file(&path, self.limit).and_then(|bytes| {
                    let url = std::fs::canonicalize(&path)
                        .ok()
                        .and_then(|p| Url::from_file_path(p).ok());
                    let page = Input::bytes(&bytes, None).maybe_url(url.as_ref());
                    pipeline::draft(self.extractor.options(), page, self.for_memory())
                });
                (input, draft)
            }
            Job::Record { input, record } => {
                let draft = draft_record(
                    self.extractor,
                    self.limit,
                    &record,
                    &input,
                    self.for_memory(),
                );
                warc_headers = record.headers;
                (input, draft)
            }
        };
        let draft = draft.map(|d| {
            if self.fingerprints {
                d
            } else {
                d.without_fingerprint()
            }
        });
        let (result, pending, stripped) = match draft {
            Ok(draft) if self.memory => {
                let (pending, unchanged) = pipeline::prepare(draft);
                (Ok(unchanged), Some(pending), 0)
            }
            Ok(draft) => {
                let (article, stripped) = pipeline::tail(draft, self.inline);
                (Ok(article), None, stripped)
            }
            Err(error) => (Err(error), None, 0),
        };
        let item = Item {
            input,
            result,
            warc_headers,
        };
        let mut line = Vec::new();
        if self.encode && jsonl::encode_result(&item.input, &item.result, &mut line).is_err() {
            line.clear();
        }
        Done {
            item,
            pending,
            stripped,
            line,
        }
    }
}

fn read_file(path: &Path, limit: usize) -> Result<Vec<u8>, Error> {
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > limit as u64 {
        return Err(Error::InputTooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            limit,
        });
    }
    std::fs::read(path).map_err(io)
}

/// Steps 1–6 of the pipeline for a WARC response record: its `WARC-Date`
/// is the reference time.
fn draft_record(
    extractor: &Extractor,
    limit: usize,
    record: &Record,
    input: &str,
    for_memory: bool,
) -> Result<Draft, Error> {
    let url = record.target_uri().and_then(|u| Url::parse(u).ok());
    let bad = |reason: String| Error::Warc {
        file: input.rsplit_once('@').map_or(input, |(f, _)| f).to_string(),
        offset: record.offset,
        reason,
    };
    let http = record.http_response().map_err(bad)?;
    let body = http.decoded_body(limit).map_err(bad)?;
    let page = Input::bytes(&body, http.content_type())
        .maybe_url(url.as_ref())
        .maybe_fetched_at(record.date());
    pipeline::draft(extractor.options(), page, for_memory)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WARC of `pages` response records on two hosts.
    fn warc(pages: usize) -> Vec<u8> {
        let mut out = Vec::new();
        for n in 0..pages {
            let body = format!(
                "<html><head><title>Report {n}</title></head><body><nav><a href=/>Home</a></nav>\
                 <article><h1>Report {n}</h1><p>The council met on Tuesday evening and agreed to \
                 repair the old bridge before winter, report {n} says.</p><p>Work starts in \
                 March; the ferry runs until the bridge reopens in the autumn.</p></article>\
                 <footer>Valley Post</footer></body></html>"
            );
            let http =
                format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}");
            out.extend_from_slice(
                format!(
                    "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{n}>\r\n\
                     WARC-Target-URI: https://site{}.example/{n}\r\n\
                     Content-Type: application/http; msgtype=response\r\n\
                     Content-Length: {}\r\n\r\n{http}\r\n\r\n",
                    n % 2,
                    http.len()
                )
                .as_bytes(),
            );
        }
        out
    }

    fn articles(pipeline: &Pipeline, warc: &[u8], memory: bool) -> Vec<Article> {
        let memory = memory.then(SiteMemory::new);
        let mut out = Vec::new();
        pipeline
            .run_warc(
                WarcReader::new(std::io::Cursor::new(warc.to_vec()), "test.warc"),
                memory.as_ref(),
                |item, _| {
                    if let Ok(article) = &item.result {
                        out.push(article.clone());
                    }
                    Ok(())
                },
            )
            .expect("the sink never fails");
        out
    }

    #[test]
    fn without_fingerprints_only_the_fingerprint_is_missing() {
        let warc = warc(6);
        for jobs in [1, 2] {
            for memory in [false, true] {
                let on = Pipeline::new(Extractor::default()).jobs(jobs);
                let off = on.clone().fingerprints(false);
                let with = articles(&on, &warc, memory);
                let without = articles(&off, &warc, memory);
                assert_eq!(with.len(), 6);
                assert!(with.iter().all(|a| a.fingerprint.is_some()));
                let unfingerprinted: Vec<Article> = with
                    .into_iter()
                    .map(|mut a| {
                        a.fingerprint = None;
                        a
                    })
                    .collect();
                assert_eq!(without, unfingerprinted, "jobs {jobs}, memory {memory}");
            }
        }
    }
}
