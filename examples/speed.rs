//! Speed, allocation and peak memory of gleaner beside scraper's parse alone
//! and dom_smoothie, on one corpus in the shared format
//! (`html/<id>.html` + `ground-truth.json`), in one run, single-threaded.
//!
//! ```text
//! cargo run --release --example speed -- <CORPUS_DIR> [--rounds K] [--only PEER]... [--json] [--markdown]
//! ```
//!
//! Every page is read and decoded to a `String` first (not timed); then, for
//! K rounds (default 3), each peer runs over all pages, in an order that
//! rotates per round so no peer always runs first or last:
//!
//! - `parse`: `scraper::Html::parse_document` (the floor gleaner builds on);
//! - `gleaner`: `Extractor::default().extract(html, url)`, parse included;
//! - `dom_smoothie`: `Readability::new(html, url, None)?.parse()`, its parse
//!   included;
//! - `gleaner_doc`: `Html::parse_document` of the whole page, then
//!   `Extractor::extract_document` — the path of a crawler that already
//!   holds a parsed tree. `extract` is faster than this because its guard
//!   leaves script, style and SVG bodies out before html5ever sees them;
//!   `gleaner_doc - parse` is the cost of gleaner's own passes over a full
//!   tree;
//! - `gleaner_nostrip`: `extract` with the syndication stripper off
//!   (`ExtractorBuilder::syndication(false)`), which still computes what
//!   the rest of the extraction needs (the class tokens). The stripper's
//!   share of extraction time is `1 - t(gleaner_nostrip) / t(gleaner)`
//!   (the goal is ≤ 5 %, issue 16).
//!
//! A peer's time is its best round. The output gives docs/s for each, the
//! ratio gleaner/parse (time; the goal is ≤ 1.2) and the speed-up of gleaner
//! over dom_smoothie (the goal is ≥ 1.1), the bytes allocated per page
//! (counted by the global allocator below, in the first round) and each
//! peer's peak RSS (`VmHWM` of `/proc/self/status`, reset before the peer's
//! first round through `/proc/self/clear_refs`; it includes the corpus held
//! in memory, the same for all peers).
//!
//! `--only PEER` runs that peer alone (repeat it for more), for a profile
//! of one: `valgrind --tool=callgrind --toggle-collect=<fn> … --only
//! gleaner_nostrip --rounds 1` with `<fn>`
//! `gleaner::extractor::Extractor::extract_input` counts the stripper-off
//! extraction (`gleaner` runs through `Extractor::extract`, the nostrip
//! peer through `extract_input`). The others' figures are then 0.
//!
//! `--markdown` prints the row of the README's performance table (with
//! `--markdown-header`, its header too); `--json` prints one JSON object.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use gleaner::{Extractor, Input, Url};
use serde_json::{json, Value};

/// Counts the bytes and the number of allocations requested from the
/// system allocator, and otherwise is the system allocator.
///
/// Why `unsafe`: `GlobalAlloc` is an unsafe trait (the implementer promises
/// to return valid memory for the layout), and a counting wrapper is the only
/// way to see every allocation of a library without changing it. The wrapper
/// forwards each call unchanged to `System`, which upholds that promise; it
/// only adds two relaxed atomic counters. It lives in this example only: the
/// crate itself stays `#![forbid(unsafe_code)]`.
struct Counting;

static ALLOCATED_BYTES: AtomicU64 = AtomicU64::new(0);
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

fn count(bytes: usize) {
    ALLOCATED_BYTES.fetch_add(bytes as u64, Ordering::Relaxed);
    ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
}

// SAFETY: every method forwards its arguments unchanged to `System`, whose
// implementation satisfies the `GlobalAlloc` contract; the caller's
// obligations (valid layout, pointer from this allocator) pass through as is.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: the caller's guarantees for `layout` hold for `System` too.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: as in `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` through this wrapper, with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A grown block counts as a new allocation of its new size (what a
        // copy would cost); shrinking counts nothing.
        if new_size > layout.size() {
            count(new_size);
        }
        // SAFETY: as in `dealloc`; `new_size` is checked by the caller.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

struct Args {
    corpus: PathBuf,
    rounds: usize,
    json: bool,
    markdown: bool,
    markdown_header: bool,
    /// Peers to run (`--only`); empty: all.
    only: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut args = Args {
        corpus: PathBuf::new(),
        rounds: 3,
        json: false,
        markdown: false,
        markdown_header: false,
        only: Vec::new(),
    };
    let mut corpus = None;
    while let Some(a) = it.next() {
        match a.as_str() {
            "--rounds" => {
                args.rounds = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&k| k > 0)
                    .ok_or("--rounds needs a positive number")?;
            }
            "--json" => args.json = true,
            "--only" => {
                let name = it.next().ok_or("--only needs a peer name")?;
                if !PEERS.iter().any(|p| p.name() == name) {
                    return Err(format!("unknown peer {name:?}"));
                }
                args.only.push(name);
            }
            "--markdown" => args.markdown = true,
            "--markdown-header" => {
                args.markdown = true;
                args.markdown_header = true;
            }
            "-h" | "--help" => return Err(String::new()),
            _ if corpus.is_none() && !a.starts_with("--") => corpus = Some(PathBuf::from(a)),
            _ => return Err(format!("unexpected argument {a:?}")),
        }
    }
    args.corpus = corpus.ok_or("missing CORPUS_DIR")?;
    Ok(args)
}

/// One page, decoded once.
struct Page {
    html: String,
    url: Option<Url>,
}

fn load(corpus: &Path) -> Result<Vec<Page>, String> {
    let gt_path = corpus.join("ground-truth.json");
    let gt_text = std::fs::read_to_string(&gt_path)
        .map_err(|e| format!("cannot read {}: {e}", gt_path.display()))?;
    let gt: BTreeMap<String, Value> =
        serde_json::from_str(&gt_text).map_err(|e| format!("{}: {e}", gt_path.display()))?;
    let mut pages = Vec::with_capacity(gt.len());
    for (id, entry) in &gt {
        let path = corpus.join("html").join(format!("{id}.html"));
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("skipped: cannot read {}", path.display());
            continue;
        };
        let url = entry
            .get("url")
            .and_then(Value::as_str)
            .and_then(|u| Url::parse(u).ok());
        let html = gleaner::decode::decode(&bytes, None).text.into_owned();
        pages.push(Page { html, url });
    }
    Ok(pages)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Peer {
    Parse,
    Gleaner,
    DomSmoothie,
    GleanerDoc,
    GleanerNoStrip,
}

const PEERS: [Peer; 5] = [
    Peer::Parse,
    Peer::Gleaner,
    Peer::DomSmoothie,
    Peer::GleanerDoc,
    Peer::GleanerNoStrip,
];

/// The extractors the peers run: the default one, and one with the
/// syndication stripper off.
struct Extractors {
    default: Extractor,
    no_strip: Extractor,
}

impl Peer {
    fn name(self) -> &'static str {
        match self {
            Peer::Parse => "parse",
            Peer::Gleaner => "gleaner",
            Peer::DomSmoothie => "dom_smoothie",
            Peer::GleanerDoc => "gleaner_doc",
            Peer::GleanerNoStrip => "gleaner_nostrip",
        }
    }

    /// Runs the peer over all pages; returns the number of pages it failed on
    /// (an error result, not a panic).
    fn run(self, pages: &[Page], extractors: &Extractors) -> usize {
        let extractor = &extractors.default;
        let mut failed = 0;
        for page in pages {
            let ok = match self {
                Peer::Parse => {
                    black_box(scraper::Html::parse_document(&page.html));
                    true
                }
                Peer::Gleaner => {
                    black_box(extractor.extract(&page.html, page.url.as_ref())).is_ok()
                }
                // Through `extract_input`, so that a profile of
                // `Extractor::extract` counts the default extractor only.
                Peer::GleanerNoStrip => {
                    let mut input = Input::html(&page.html);
                    if let Some(url) = &page.url {
                        input = input.url(url);
                    }
                    black_box(extractors.no_strip.extract_input(input, None)).is_ok()
                }
                Peer::GleanerDoc => {
                    let doc = scraper::Html::parse_document(&page.html);
                    black_box(extractor.extract_document(&doc, page.url.as_ref())).is_ok()
                }
                Peer::DomSmoothie => {
                    let url = page.url.as_ref().map(Url::as_str);
                    match dom_smoothie::Readability::new(page.html.as_str(), url, None) {
                        Ok(mut r) => black_box(r.parse()).is_ok(),
                        Err(_) => false,
                    }
                }
            };
            failed += usize::from(!ok);
        }
        failed
    }
}

/// What was measured for one peer.
#[derive(Default, Clone, Copy)]
struct Measure {
    best: Option<Duration>,
    bytes_allocated: u64,
    allocations: u64,
    peak_rss: Option<u64>,
    failed: usize,
}

impl Measure {
    fn docs_per_sec(&self, docs: usize) -> f64 {
        self.best
            .map_or(0.0, |t| docs as f64 / t.as_secs_f64().max(1e-9))
    }
}

fn reset_peak_rss() {
    // Linux only; elsewhere the peak stays the process's peak.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line["VmHWM:".len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

fn measure(pages: &[Page], rounds: usize, only: &[String]) -> [Measure; 5] {
    let extractors = Extractors {
        default: Extractor::default(),
        no_strip: Extractor::builder().syndication(false).build(),
    };
    let mut out = [Measure::default(); 5];
    for round in 0..rounds {
        for k in 0..PEERS.len() {
            let i = (round + k) % PEERS.len();
            let peer = PEERS[i];
            if !only.is_empty() && !only.iter().any(|n| n == peer.name()) {
                continue;
            }
            let m = &mut out[i];
            if round == 0 {
                reset_peak_rss();
            }
            let bytes0 = ALLOCATED_BYTES.load(Ordering::Relaxed);
            let allocs0 = ALLOCATIONS.load(Ordering::Relaxed);
            let started = Instant::now();
            let failed = peer.run(pages, &extractors);
            let took = started.elapsed();
            if round == 0 {
                m.bytes_allocated = ALLOCATED_BYTES.load(Ordering::Relaxed) - bytes0;
                m.allocations = ALLOCATIONS.load(Ordering::Relaxed) - allocs0;
                m.peak_rss = peak_rss();
                m.failed = failed;
            }
            m.best = Some(m.best.map_or(took, |b| b.min(took)));
        }
    }
    out
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / f64::from(1 << 20)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!(
                "usage: speed <CORPUS_DIR> [--rounds K] [--only PEER]... [--json] [--markdown | --markdown-header]"
            );
            return ExitCode::FAILURE;
        }
    };
    let pages = match load(&args.corpus) {
        Ok(p) if !p.is_empty() => p,
        Ok(_) => {
            eprintln!("error: no pages in {}", args.corpus.display());
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let docs = pages.len();
    let input_bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    let m = measure(&pages, args.rounds, &args.only);
    let [parse, glean, smoothie, glean_doc, glean_off] = m;
    let secs = |x: &Measure| x.best.map_or(0.0, |t| t.as_secs_f64());
    // The time of `a` over that of `b`, when both peers ran (`--only`).
    let ratio = |a: &Measure, b: &Measure| {
        a.best
            .zip(b.best)
            .map(|(a, b)| a.as_secs_f64() / b.as_secs_f64().max(1e-9))
    };
    let over_parse = ratio(&glean, &parse);
    let vs_smoothie = ratio(&smoothie, &glean);
    let doc_over_parse = ratio(&glean_doc, &parse);
    // What the stripper costs of an extraction: the time it saves when off.
    let stripper_share = ratio(&glean_off, &glean).map(|r| 1.0 - r);
    let corpus_name = args.corpus.file_name().map_or_else(
        || args.corpus.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );

    if args.json {
        let peer = |x: &Measure| {
            json!({
                "seconds": secs(x),
                "docs_per_sec": x.docs_per_sec(docs),
                "bytes_allocated_per_page": x.bytes_allocated / docs as u64,
                "allocations_per_page": x.allocations / docs as u64,
                "peak_rss_bytes": x.peak_rss,
                "failed": x.failed,
            })
        };
        let v = json!({
            "corpus": corpus_name,
            "docs": docs,
            "input_bytes": input_bytes,
            "rounds": args.rounds,
            "parse": peer(&parse),
            "gleaner": peer(&glean),
            "dom_smoothie": peer(&smoothie),
            "gleaner_doc": peer(&glean_doc),
            "gleaner_nostrip": peer(&glean_off),
            "gleaner_over_parse": over_parse,
            "gleaner_doc_over_parse": doc_over_parse,
            "gleaner_speedup_over_dom_smoothie": vs_smoothie,
            "stripper_share": stripper_share,
        });
        println!("{v}");
    } else if args.markdown {
        if args.markdown_header {
            println!(
                "| corpus | docs | parse docs/s | gleaner docs/s | dom_smoothie docs/s | gleaner / parse (time) | gleaner speed-up over dom_smoothie | full parse + extract_document / parse (time) | allocated per page: gleaner (dom_smoothie) | peak RSS: gleaner (dom_smoothie) |"
            );
            println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        }
        let cell =
            |r: Option<f64>, unit: &str| r.map_or("-".to_string(), |r| format!("{r:.2}{unit}"));
        let rss = |x: &Measure| {
            x.peak_rss
                .map_or("-".to_string(), |b| format!("{:.0} MiB", mib(b)))
        };
        println!(
            "| {corpus_name} | {docs} | {:.0} | {:.0} | {:.0} | {} | {} | {} | {:.2} MiB ({:.2} MiB) | {} ({}) |",
            parse.docs_per_sec(docs),
            glean.docs_per_sec(docs),
            smoothie.docs_per_sec(docs),
            cell(over_parse, ""),
            cell(vs_smoothie, "×"),
            cell(doc_over_parse, ""),
            mib(glean.bytes_allocated) / docs as f64,
            mib(smoothie.bytes_allocated) / docs as f64,
            rss(&glean),
            rss(&smoothie),
        );
    } else {
        println!(
            "{corpus_name}: {docs} pages, {:.1} MiB of HTML, best of {} rounds, single thread",
            mib(input_bytes as u64),
            args.rounds
        );
        println!(
            "{:<14} {:>9} {:>9} {:>14} {:>12} {:>12} {:>7}",
            "peer", "seconds", "docs/s", "alloc/page", "allocs/page", "peak RSS", "failed"
        );
        for (peer, x) in PEERS
            .iter()
            .zip([&parse, &glean, &smoothie, &glean_doc, &glean_off])
            .filter(|(_, x)| x.best.is_some())
        {
            println!(
                "{:<14} {:>9.3} {:>9.1} {:>10.2} MiB {:>12} {:>8} MiB {:>7}",
                peer.name(),
                secs(x),
                x.docs_per_sec(docs),
                mib(x.bytes_allocated) / docs as f64,
                x.allocations / docs as u64,
                x.peak_rss.map_or("-".into(), |b| format!("{:.0}", mib(b))),
                x.failed,
            );
        }
        let verdict = |ok: bool| if ok { "ok" } else { "MISSED" };
        if let Some(r) = over_parse {
            println!(
                "gleaner / parse time: {r:.2} (goal <= 1.20: {})",
                verdict(r <= 1.2)
            );
        }
        if let Some(r) = vs_smoothie {
            println!(
                "gleaner speed-up over dom_smoothie: {r:.2}x (goal >= 1.10: {})",
                verdict(r >= 1.1)
            );
        }
        if let Some(r) = doc_over_parse {
            println!("gleaner_doc / parse time: {r:.2} (full parse + extract_document; no goal)");
        }
        if let Some(share) = stripper_share {
            println!(
                "stripper share of gleaner time: {:.1} % (1 - gleaner_nostrip / gleaner; goal <= 5 %: {})",
                share * 100.0,
                verdict(share <= 0.05)
            );
        }
    }
    ExitCode::SUCCESS
}
