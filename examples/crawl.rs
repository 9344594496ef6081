//! A small crawler: feeds, sitemaps, sites, WARC archives and HTML files in,
//! one JSON Lines file out, all cores busy.
//!
//! ```text
//! cargo run --release --example crawl -- --demo                 # local demo, no internet needed
//! cargo run --release --example crawl -- <feed URL|sitemap URL|site URL|file.warc(.gz)|file.html|dir>... \
//!     --out articles.jsonl [--jobs N] [--max-items N] [--two-pass]
//! cargo run --release --example crawl -- --make-warc 2000 bench.warc.gz   # a benchmark archive
//! ```
//!
//! URLs go through the polite [`Fetcher`]: a site URL is searched for its
//! feeds (`<link rel=alternate>`) and sitemaps (robots.txt), a feed or
//! sitemap URL is read directly, and every page is fetched and extracted.
//! Files go through [`Pipeline`]: WARC records and HTML files are extracted
//! over `--jobs` threads, in input order. One [`SiteMemory`] is shared by
//! the whole run (it is per host inside); the summary says how many
//! repeated fragments it learned and stripped.
//!
//! Page by page, the memory can only strip from a host's later pages what
//! its earlier pages taught. With `--two-pass` every page is cleaned, the
//! first ones included: the files are read twice (the first pass only
//! learns, the second extracts and strips), and the pages of each feed or
//! sitemap (at most `--max-items`) are fetched once, all learned, then
//! stripped and written. The memory stays bounded by its limits.
//!
//! The output has one line per article and one per failure (schema in
//! `gleaner::crawl::jsonl`).
//!
//! # Measuring the scaling
//! ```text
//! cargo run --release --example crawl -- --make-warc 20000 /tmp/b20k.warc.gz
//! for j in 1 2 1 2 1 2 1 2 1 2; do target/release/examples/crawl /tmp/b20k.warc.gz --out /tmp/o.jsonl --jobs $j; done
//! ```
//! The summary gives pages/s, the CPU seconds of the process and of the main
//! thread (Linux), the sequential part (reading and inflating, site memory,
//! writing: what no other thread can do) with its Amdahl bound, the pages
//! the main thread extracted itself, the time threads waited for each
//! other, and the peak RSS. On a shared machine compare the CPU per page of
//! `--jobs 1` and `--jobs 2` and how many cores were busy (CPU / wall)
//! rather than wall time alone, over interleaved runs.

use std::collections::{BTreeMap, HashSet};
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use gleaner::crawl::jsonl::JsonlWriter;
use gleaner::crawl::{Item, Pipeline, Source, Summary};
use gleaner::fetch::Discovery;
use gleaner::{Article, Error, Extractor, Fetcher, SiteMemory, Url};
use indicatif::{ProgressBar, ProgressStyle};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

struct Args {
    inputs: Vec<String>,
    out: PathBuf,
    jobs: usize,
    max_items: usize,
    demo: bool,
    two_pass: bool,
    make_warc: Option<(usize, PathBuf)>,
}

fn usage() -> &'static str {
    "usage: crawl <feed URL|sitemap URL|site URL|file.warc(.gz)|file.html|dir>... [--out FILE] [--jobs N] [--max-items N] [--two-pass]\n\
     \x20      crawl --demo [--out FILE]\n\
     \x20      crawl --make-warc N OUT.warc.gz"
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        inputs: Vec::new(),
        out: PathBuf::from("articles.jsonl"),
        jobs: gleaner::crawl::batch::available_jobs(),
        max_items: 500,
        demo: false,
        two_pass: false,
        make_warc: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--out" | "-o" => args.out = PathBuf::from(value("--out")?),
            "--jobs" | "-j" => {
                args.jobs = value("--jobs")?
                    .parse()
                    .map_err(|e| format!("--jobs: {e}"))?
            }
            "--max-items" => {
                args.max_items = value("--max-items")?
                    .parse()
                    .map_err(|e| format!("--max-items: {e}"))?
            }
            "--demo" => args.demo = true,
            "--two-pass" => args.two_pass = true,
            "--make-warc" => {
                let n = value("--make-warc")?
                    .parse()
                    .map_err(|e| format!("--make-warc: {e}"))?;
                let out = PathBuf::from(value("--make-warc")?);
                args.make_warc = Some((n, out));
            }
            "-h" | "--help" => return Err(usage().to_string()),
            _ if a.starts_with("--") => return Err(format!("unknown option {a:?}\n{}", usage())),
            _ => args.inputs.push(a),
        }
    }
    if args.inputs.is_empty() && !args.demo && args.make_warc.is_none() {
        return Err(usage().to_string());
    }
    Ok(args)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some((n, out)) = &args.make_warc {
        return match make_warc(*n, out) {
            Ok(count) => {
                eprintln!("wrote {} ({count} records, {n} pages)", out.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Live counters for the progress bar and the summary.
#[derive(Default)]
struct Totals {
    ok: u64,
    errors: u64,
    skipped: BTreeMap<String, u64>,
    stripped: u64,
}

impl Totals {
    fn skipped(&self) -> u64 {
        self.skipped.values().sum()
    }
}

async fn run(mut args: Args) -> Result<(), String> {
    let mut server = None;
    if args.demo {
        let (task, site) = start_demo().await?;
        eprintln!("demo: a small news site on {site} (feed, sitemap, robots.txt, 6 stories)");
        args.inputs.insert(0, site);
        server = Some(task);
    }
    let file = std::fs::File::create(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    let mut out = JsonlWriter::new(BufWriter::new(file)).named(args.out.display().to_string());
    let memory = Arc::new(SiteMemory::new());
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {pos} pages ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    let started = Instant::now();
    let mut totals = Totals::default();
    let mut hosts = HashSet::new();

    let (urls, paths): (Vec<String>, Vec<String>) = args
        .inputs
        .iter()
        .cloned()
        .partition(|i| i.starts_with("http://") || i.starts_with("https://"));

    if !urls.is_empty() {
        // Explain on: the count of what site memory stripped comes from it.
        let extractor = Extractor::builder().explain(true).build();
        let mut builder = Fetcher::builder().extractor(extractor);
        if args.demo {
            builder = builder.host_delay(Duration::from_millis(20));
        }
        let fetcher = builder.build().map_err(|e| e.to_string())?;
        let options = Discovery::new().max_items(args.max_items);
        for url in &urls {
            crawl_url(
                &fetcher,
                url,
                &options,
                &memory,
                &mut out,
                &bar,
                &mut totals,
                &mut hosts,
                args.two_pass,
            )
            .await?;
        }
    }

    let sources = local_sources(&paths);
    let mut batch = None;
    if !sources.is_empty() {
        let pipeline = Pipeline::new(Extractor::default()).jobs(args.jobs);
        let before = (totals.ok, totals.errors);
        if args.two_pass {
            // First pass: learn every page, write nothing.
            pipeline
                .run(sources.clone(), None, |item: &Item, _: &Summary| {
                    if let Ok(article) = &item.result {
                        memory.learn(article);
                    }
                    bar.inc(1);
                    Ok(())
                })
                .map_err(|e| e.to_string())?;
            bar.set_position(0);
        }
        let summary = pipeline
            .run_jsonl(
                sources,
                Some(&memory),
                &mut out,
                |item: &Item, so_far: &Summary| {
                    if let Ok(a) = &item.result {
                        if let Some(h) = a.url.as_ref().and_then(Url::host_str) {
                            if !hosts.contains(h) {
                                hosts.insert(h.to_string());
                            }
                        }
                    }
                    bar.inc(1);
                    if (so_far.ok + so_far.errors) % 64 == 0 {
                        bar.set_message(format!(
                            "errors {}, skipped {}",
                            before.1 + so_far.errors,
                            totals.skipped() + so_far.skipped_total()
                        ));
                    }
                },
            )
            .map_err(|e| e.to_string())?;
        totals.ok += summary.ok;
        totals.errors += summary.errors;
        totals.stripped += summary.fragments_stripped;
        for (k, v) in summary.skipped {
            *totals.skipped.entry(k).or_insert(0) += v;
        }
        batch = Some(summary.batch);
    }
    out.flush().map_err(|e| e.to_string())?;
    bar.finish_and_clear();
    if let Some(task) = server {
        task.abort();
    }

    let secs = started.elapsed().as_secs_f64();
    let pages = totals.ok + totals.errors;
    let learned: usize = hosts.iter().map(|h| memory.block_count(h)).sum();
    println!("wrote {}", args.out.display());
    println!("pages ok     {}", totals.ok);
    println!("errors       {}", totals.errors);
    let reasons: Vec<String> = totals
        .skipped
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    println!("skipped      {} ({})", totals.skipped(), reasons.join(", "));
    println!(
        "time         {secs:.2} s, {:.1} pages/s with {} jobs",
        pages as f64 / secs.max(1e-9),
        args.jobs
    );
    println!(
        "site memory  {} hosts, {learned} fragments learned, {} stripped",
        hosts.len(),
        totals.stripped
    );
    if let Some(kib) = peak_rss_kib() {
        println!("peak RSS     {:.1} MiB", kib as f64 / 1024.0);
    }
    if let Some((main, all)) = cpu_seconds() {
        // With N jobs the main thread is one of the N: it reads the input,
        // applies site memory in input order, writes the output, and
        // extracts when the other threads have enough queued.
        println!(
            "cpu          {all:.2} s ({:.2} ms/page): main thread {main:.2} s ({:.0} %), other threads {:.2} s",
            1000.0 * all / (pages.max(1) as f64),
            100.0 * main / all.max(1e-9),
            all - main
        );
        if let Some(b) = batch {
            // The part no other thread can do bounds the speed-up of more
            // jobs (Amdahl): at most 1 / share.
            let seq = b.sequential.as_secs_f64();
            let share = seq / all.max(1e-9);
            println!(
                "sequential   {seq:.2} s on the main thread (reading, site memory, writing): {:.1} % of the cpu, so at most {:.1}x with more jobs",
                100.0 * share,
                1.0 / share.max(1e-9)
            );
            println!(
                "threads      {} of {} pages extracted on the main thread; waits: main {:.3} s, helpers {:.3} s",
                b.on_caller,
                b.ok + b.failed,
                b.caller_waited.as_secs_f64(),
                b.helpers_waited.as_secs_f64()
            );
        }
    }
    Ok(())
}

/// A URL: a feed, a sitemap, or a site whose feeds and sitemaps are found.
#[allow(clippy::too_many_arguments)]
async fn crawl_url(
    fetcher: &Fetcher,
    url: &str,
    options: &Discovery,
    memory: &Arc<SiteMemory>,
    out: &mut JsonlWriter<BufWriter<std::fs::File>>,
    bar: &ProgressBar,
    totals: &mut Totals,
    hosts: &mut HashSet<String>,
    two_pass: bool,
) -> Result<(), String> {
    let found = match fetcher.discover(url, options).await {
        Ok(f) => f,
        Err(e) => {
            totals.errors += 1;
            return out.write_error(url, &e).map_err(|e| e.to_string());
        }
    };
    if found.feeds.is_empty() && found.sitemaps.is_empty() {
        let e = Error::InvalidUrl {
            url: url.to_string(),
            reason: "no feed or sitemap found".into(),
        };
        totals.errors += 1;
        return out.write_error(url, &e).map_err(|e| e.to_string());
    }
    bar.suspend(|| {
        eprintln!(
            "{url}: {} feed(s), {} sitemap(s)",
            found.feeds.len(),
            found.sitemaps.len()
        )
    });
    let mut done: HashSet<Url> = HashSet::new();
    let mut streams = Vec::new();
    // Two passes: the pages are fetched once and learned all before any is
    // stripped, so the streams apply no memory themselves.
    let live = (!two_pass).then(|| memory.clone());
    for feed in &found.feeds {
        streams.push(
            fetcher
                .articles_from_feed_with(feed, options.clone(), live.clone())
                .boxed(),
        );
    }
    // Sitemaps list the same pages as feeds, and more: read them only for
    // a site without a feed (or when given directly).
    let maps = if found.feeds.is_empty() {
        &found.sitemaps[..]
    } else {
        &[]
    };
    for map in maps {
        streams.push(
            fetcher
                .articles_from_sitemap(map, options.clone(), live.clone())
                .boxed(),
        );
    }
    let mut held = Vec::new();
    for mut stream in streams {
        while let Some(result) = stream.next().await {
            bar.inc(1);
            match result {
                Ok(mut article) => {
                    let Some(page) = article.url.clone() else {
                        continue;
                    };
                    // A page both in a feed and in a sitemap is written once.
                    if !done.insert(page.clone()) {
                        *totals.skipped.entry("duplicate".into()).or_insert(0) += 1;
                        continue;
                    }
                    if let Some(h) = page.host_str() {
                        hosts.insert(h.to_string());
                    }
                    totals.stripped += stripped_by_memory(&mut article);
                    totals.ok += 1;
                    if two_pass {
                        memory.learn(&article);
                        held.push(article);
                    } else {
                        out.write_article(&article).map_err(|e| e.to_string())?;
                    }
                }
                Err(e) => {
                    totals.errors += 1;
                    let input = e.url().map_or_else(|| url.to_string(), Url::to_string);
                    out.write_error(&input, &e).map_err(|e| e.to_string())?;
                }
            }
            bar.set_message(format!(
                "errors {}, skipped {}",
                totals.errors,
                totals.skipped()
            ));
        }
    }
    for mut article in held {
        totals.stripped += memory.strip(&mut article) as u64;
        out.write_article(&article).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Counts the site-memory removals of the explain report, and drops the
/// report (the output stays compact).
fn stripped_by_memory(article: &mut Article) -> u64 {
    let n = article
        .removed
        .iter()
        .filter(|r| r.reason.starts_with("site-memory"))
        .count();
    article.removed.clear();
    n as u64
}

/// Files and directories (walked without recursion) as pipeline sources.
fn local_sources(paths: &[String]) -> Vec<Source> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = paths.iter().rev().map(PathBuf::from).collect();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            let Ok(entries) = std::fs::read_dir(&p) else {
                out.push(Source::Html(p));
                continue;
            };
            let mut children: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            children.sort();
            for c in children.into_iter().rev() {
                if c.is_dir() || is_input_file(&c) {
                    stack.push(c);
                }
            }
        } else {
            out.push(Source::from_path(p));
        }
    }
    out
}

fn is_input_file(p: &Path) -> bool {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    [".warc", ".warc.gz", ".html", ".htm"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

/// CPU seconds (user + system) of the main thread and of the whole process
/// (Linux: `/proc`).
fn cpu_seconds() -> Option<(f64, f64)> {
    let ticks = |stat: &str| -> Option<f64> {
        // Fields after the command name, which is in parentheses.
        let rest = stat.rsplit_once(')')?.1;
        let f: Vec<&str> = rest.split_whitespace().collect();
        let user: f64 = f.get(11)?.parse().ok()?;
        let system: f64 = f.get(12)?.parse().ok()?;
        Some((user + system) / 100.0)
    };
    let pid = std::process::id();
    let main = ticks(&std::fs::read_to_string(format!("/proc/self/task/{pid}/stat")).ok()?)?;
    let all = ticks(&std::fs::read_to_string("/proc/self/stat").ok()?)?;
    Some((main, all))
}

/// Peak resident memory of this process (Linux: `VmHWM`).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

// ---------------------------------------------------------------------------
// --make-warc: a benchmark archive from the repository's fixture pages.

fn fixture_pages() -> Result<Vec<(String, Vec<u8>)>, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut stack = vec![root.join("pages"), root.join("syndication")];
    let mut pages = Vec::new();
    while let Some(dir) = stack.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "html") {
                let bytes =
                    std::fs::read(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
                let stem = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                pages.push((stem, bytes));
            }
        }
    }
    pages.sort();
    if pages.is_empty() {
        return Err("no fixture pages found".into());
    }
    Ok(pages)
}

/// Writes `n` response records (each with its request record; a metadata
/// record every 10 pages, a revisit every 25, a PDF every 40), one gzip
/// member per record. Returns the number of records.
fn make_warc(n: usize, out: &Path) -> Result<usize, String> {
    let pages = fixture_pages()?;
    let file =
        std::fs::File::create(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut w = BufWriter::new(file);
    let mut records = 0;
    let mut put = |w: &mut BufWriter<std::fs::File>,
                   kind: &str,
                   uri: &str,
                   ct: &str,
                   block: &[u8]| {
        let head = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{records:012}>\r\n\
             WARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        );
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let res = gz
            .write_all(head.as_bytes())
            .and_then(|()| gz.write_all(block))
            .and_then(|()| gz.write_all(b"\r\n\r\n"))
            .and_then(|()| gz.finish())
            .and_then(|member| w.write_all(&member));
        records += 1;
        res.map_err(|e| e.to_string())
    };
    for i in 0..n {
        let (stem, body) = &pages[i % pages.len()];
        let uri = format!("https://site{}.example/news/{stem}-{i}", i % 20);
        put(
            &mut w,
            "request",
            &uri,
            "application/http; msgtype=request",
            format!(
                "GET /news/{stem}-{i} HTTP/1.1\r\nHost: site{}.example\r\n\r\n",
                i % 20
            )
            .as_bytes(),
        )?;
        let mut http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        http.extend_from_slice(body);
        put(
            &mut w,
            "response",
            &uri,
            "application/http; msgtype=response",
            &http,
        )?;
        if i % 10 == 9 {
            put(
                &mut w,
                "metadata",
                &uri,
                "application/warc-fields",
                b"fetchTimeMs: 120\r\n",
            )?;
        }
        if i % 25 == 24 {
            put(
                &mut w,
                "revisit",
                &uri,
                "application/http; msgtype=response",
                b"HTTP/1.1 304 Not Modified\r\n\r\n",
            )?;
        }
        if i % 40 == 39 {
            put(
                &mut w,
                "response",
                &format!("{uri}.pdf"),
                "application/http; msgtype=response",
                b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 ...",
            )?;
        }
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(records)
}

// ---------------------------------------------------------------------------
// --demo: a small news site on 127.0.0.1.

const DEMO_STORIES: [(&str, &str, &str); 6] = [
    (
        "ferry-timetable",
        "Winter ferry timetable adds a late crossing",
        "The island ferry will run a last crossing at eleven in the evening from November, the operator said on Monday. Commuters who work late shifts on the mainland had asked for the change for three years. The extra crossing will be reviewed in spring, after the first full season of use.",
    ),
    (
        "library-roof",
        "Library roof repairs finish ahead of schedule",
        "Builders finished the new slate roof of the town library two weeks early, and the reading room reopens on Saturday. The old roof had leaked over the local history shelves since a storm in February. Volunteers spent the closure moving eight hundred books into dry storage.",
    ),
    (
        "market-square",
        "Market square to lose its car park",
        "The council voted to turn the car park on the market square back into a pedestrian square by next summer. Traders are split: some expect more visitors on foot, others fear losing customers who drive in from the villages. A new car park will open behind the station.",
    ),
    (
        "river-swimmers",
        "Cold-water swimmers ask for a river platform",
        "A club of year-round river swimmers has asked the town for a small wooden platform below the weir. The club says the bank is slippery and dangerous in winter. The parks department will study the request together with the angling association, which uses the same stretch of bank.",
    ),
    (
        "school-orchard",
        "Pupils plant an orchard on the old playing field",
        "Pupils of the primary school planted forty apple and pear trees on a corner of the old playing field this week. The orchard was designed by the oldest class, who chose local varieties. The first fruit is expected in three or four years, and the harvest will go to the school kitchen.",
    ),
    (
        "night-buses",
        "Night buses return on weekends",
        "Night buses between the town centre and the outer estates return on Friday and Saturday nights from next month. The service was cut during the pandemic and never restored. The bus company says it found drivers for the late shifts after a recruitment drive at the depot.",
    ),
];

fn demo_story(slug: &str, title: &str, text: &str) -> String {
    let sentences: Vec<&str> = text.split(". ").collect();
    let paragraphs: String = sentences
        .iter()
        .map(|s| format!("<p>{}.</p>", s.trim_end_matches('.')))
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{title} | Riverside Courier</title>\
         <link rel=\"alternate\" type=\"application/rss+xml\" title=\"Riverside Courier\" href=\"/feed.xml\">\
         <link rel=\"canonical\" href=\"/news/{slug}\"></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>{title}</h1>\
         <p>Riverside Courier — independent local news, read by the whole valley since 1921.</p>\
         {paragraphs}\
         <p>Riverside Courier — independent local news, read by the whole valley since 1921.</p>\
         </article><footer>© Riverside Courier</footer></body></html>"
    )
}

fn demo_feed(base: &str) -> String {
    let items: String = DEMO_STORIES
        .iter()
        .enumerate()
        .map(|(i, (slug, title, text))| {
            let summary = text.split(". ").next().unwrap_or("");
            format!(
                "<item><title>{title}</title><link>{base}/news/{slug}</link>\
                 <guid isPermaLink=\"false\">courier-{i}</guid>\
                 <dc:creator>Courier desk</dc:creator>\
                 <pubDate>Mon, {:02} Sep 2024 08:30:00 GMT</pubDate>\
                 <description>{summary}.</description></item>",
                i + 2
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>\
         <title>Riverside Courier</title><link>{base}/</link>{items}</channel></rss>"
    )
}

fn demo_sitemap(base: &str) -> String {
    let urls: String = DEMO_STORIES
        .iter()
        .map(|(slug, _, _)| format!("<url><loc>{base}/news/{slug}</loc></url>"))
        .collect();
    format!(
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}</urlset>"
    )
}

async fn start_demo() -> Result<(tokio::task::JoinHandle<()>, String), String> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| format!("cannot start the demo server: {e}"))?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("cannot start the demo server: {e}"))?;
    let base = format!("http://{addr}");
    let site = format!("{base}/");
    let task = tokio::spawn(serve_demo(listener, base));
    Ok((task, site))
}

async fn serve_demo(listener: TcpListener, base: String) {
    let base = Arc::new(base);
    while let Ok((mut stream, _)) = listener.accept().await {
        let base = base.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 8192];
            let mut len = 0;
            while !buf[..len].windows(4).any(|w| w == b"\r\n\r\n") && len < buf.len() {
                match stream.read(&mut buf[len..]).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => len += n,
                }
            }
            let head = String::from_utf8_lossy(&buf[..len]);
            let path = head.split(' ').nth(1).unwrap_or("/").to_string();
            let (status, ct, body) = match path.as_str() {
                "/robots.txt" => (
                    "200 OK",
                    "text/plain",
                    format!("User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n"),
                ),
                "/feed.xml" => ("200 OK", "application/rss+xml", demo_feed(&base)),
                "/sitemap.xml" => ("200 OK", "application/xml", demo_sitemap(&base)),
                "/" => (
                    "200 OK",
                    "text/html; charset=utf-8",
                    "<!DOCTYPE html><html><head><title>Riverside Courier</title>\
                     <link rel=\"alternate\" type=\"application/rss+xml\" title=\"Riverside Courier\" href=\"/feed.xml\">\
                     </head><body><h1>Riverside Courier</h1></body></html>"
                        .to_string(),
                ),
                p => match DEMO_STORIES
                    .iter()
                    .find(|(slug, _, _)| p == format!("/news/{slug}"))
                {
                    Some((slug, title, text)) => (
                        "200 OK",
                        "text/html; charset=utf-8",
                        demo_story(slug, title, text),
                    ),
                    None => ("404 Not Found", "text/plain", "not found".to_string()),
                },
            };
            let response = format!(
                "HTTP/1.1 {status}\r\nConnection: close\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(response.as_bytes()).await;
            let _ = stream.shutdown().await;
        });
    }
}
