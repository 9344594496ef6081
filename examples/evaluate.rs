//! Evaluates gleaner on a corpus in the shared format
//! (`html/<id>.html` + `ground-truth.json`).
//!
//! ```text
//! cargo run --release --example evaluate -- <CORPUS_DIR> [--out PRED.json]
//!     [--per-doc] [--focus precision|balanced|recall] [--min-f1 X] [--min-precision X]
//!     [--half a|b] [--site-memory]
//! ```
//!
//! `--site-memory` evaluates the way a crawl with two-pass site memory
//! works: the pages are grouped by the host of their ground-truth URL, each
//! host's pages are extracted with one [`gleaner::SiteMemory`], which
//! learns all the pages show (the article's blocks, what the stripper
//! removed, the short lines outside the article), then extracted again
//! with it and judged
//! ([`Extractor::extract_bytes_with`](gleaner::Extractor::extract_bytes_with),
//! twice); the summary says how many blocks went.
//!
//! `--half a` / `--half b` evaluate one half of the corpus, split by the
//! parity of the 64-bit FNV-1a hash of each page id (`tools/half.py` makes
//! the same split for other tools' predictions): tune on one half, check on
//! the other.
//!
//! Prints precision, recall and F1 computed like `shared/eval/score.py`, a
//! `metadata:` line with per-field metadata accuracy where the ground truth
//! has the fields (see `gleaner::eval::MetadataScores`), and a `timing:`
//! line covering only the extraction loop. With `--min-f1` /
//! `--min-precision` it exits with status 1 when the corpus scores below
//! them (the accuracy floor that CI runs).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use gleaner::eval::{aggregate, doc_counts, half_of, MetadataScores, METADATA_FIELDS};
use gleaner::{Extractor, Focus, SiteMemory, Url};
use serde_json::{Map, Value};

struct Args {
    corpus: PathBuf,
    out: Option<PathBuf>,
    per_doc: bool,
    min_f1: Option<f64>,
    min_precision: Option<f64>,
    focus: Focus,
    half: Option<u64>,
    site_memory: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut corpus = None;
    let mut out = None;
    let mut per_doc = false;
    let mut min_f1 = None;
    let mut min_precision = None;
    let mut focus = Focus::Balanced;
    let mut half = None;
    let mut site_memory = false;
    while let Some(a) = it.next() {
        let mut num = |name: &str| -> Result<f64, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .ok_or(format!("{name} needs a number"))
        };
        match a.as_str() {
            "--out" => out = it.next().map(PathBuf::from),
            "--per-doc" => per_doc = true,
            "--site-memory" => site_memory = true,
            "--focus" => {
                focus = match it.next().as_deref() {
                    Some("precision") => Focus::Precision,
                    Some("balanced") => Focus::Balanced,
                    Some("recall") => Focus::Recall,
                    _ => return Err("--focus takes precision, balanced or recall".into()),
                }
            }
            "--half" => {
                half = match it.next().as_deref() {
                    Some("a") => Some(0),
                    Some("b") => Some(1),
                    _ => return Err("--half takes a or b".into()),
                }
            }
            "--min-f1" => min_f1 = Some(num("--min-f1")?),
            "--min-precision" => min_precision = Some(num("--min-precision")?),
            "-h" | "--help" => return Err(String::new()),
            _ if corpus.is_none() && !a.starts_with("--") => corpus = Some(PathBuf::from(a)),
            _ => return Err(format!("unexpected argument {a:?}")),
        }
    }
    Ok(Args {
        corpus: corpus.ok_or("missing CORPUS_DIR")?,
        out,
        per_doc,
        min_f1,
        min_precision,
        focus,
        half,
        site_memory,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!(
                "usage: evaluate <CORPUS_DIR> [--out PRED.json] [--per-doc] [--min-f1 X] [--min-precision X] [--half a|b] [--site-memory]"
            );
            return ExitCode::FAILURE;
        }
    };
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<bool, String> {
    let gt_path = args.corpus.join("ground-truth.json");
    let gt_text = std::fs::read_to_string(&gt_path)
        .map_err(|e| format!("cannot read {}: {e}", gt_path.display()))?;
    let mut gt: BTreeMap<String, Value> =
        serde_json::from_str(&gt_text).map_err(|e| format!("{}: {e}", gt_path.display()))?;
    if let Some(half) = args.half {
        gt.retain(|id, _| half_of(id) == half);
    }

    // Read every page first so the timed loop measures extraction only.
    let mut pages = Vec::with_capacity(gt.len());
    for (id, entry) in &gt {
        let path = args.corpus.join("html").join(format!("{id}.html"));
        let bytes = std::fs::read(&path).ok();
        let url = entry
            .get("url")
            .and_then(Value::as_str)
            .and_then(|u| Url::parse(u).ok());
        pages.push((id.as_str(), bytes, url));
    }

    let extractor = Extractor::builder().focus(args.focus).build();
    let mut predictions: Map<String, Value> = Map::new();
    let mut failures = Vec::new();
    let mut slowest = (Duration::ZERO, "");
    let mut articles = Vec::with_capacity(pages.len());
    let started = Instant::now();
    for (id, bytes, url) in &pages {
        let Some(bytes) = bytes else {
            articles.push(None);
            continue;
        };
        let t = Instant::now();
        let result = extractor.extract_bytes(bytes, None, url.as_ref());
        let took = t.elapsed();
        if took > slowest.0 {
            slowest = (took, id);
        }
        articles.push(Some(result));
    }
    let stripped = if args.site_memory {
        Some(two_pass(&extractor, &pages, &mut articles))
    } else {
        None
    };
    let elapsed = started.elapsed().as_secs_f64();

    // The same loop with parsing only (decode + html5ever via scraper), so
    // the cost above the parse is visible.
    let parse_started = Instant::now();
    for (_, bytes, _) in &pages {
        if let Some(bytes) = bytes {
            let text = gleaner::decode::decode(bytes, None).text;
            std::hint::black_box(scraper::Html::parse_document(&text));
        }
    }
    let parse_elapsed = parse_started.elapsed().as_secs_f64();

    let mut counts = Vec::with_capacity(pages.len());
    let mut per_doc = Vec::new();
    let mut meta_scores = MetadataScores::default();
    for ((id, bytes, _), result) in pages.iter().zip(articles) {
        let truth = gt[*id]
            .get("articleBody")
            .and_then(Value::as_str)
            .unwrap_or("");
        meta_scores.add(
            match &result {
                Some(Ok(a)) => Some(a),
                _ => None,
            },
            &gt[*id],
        );
        let text = match result {
            None => {
                failures.push(format!("{id}: missing html/{id}.html ({} bytes)", 0));
                String::new()
            }
            Some(Err(e)) => {
                failures.push(format!("{id}: {e}"));
                String::new()
            }
            Some(Ok(article)) => {
                let mut obj = match serde_json::to_value(&article) {
                    Ok(Value::Object(o)) => o,
                    _ => Map::new(),
                };
                obj.insert("articleBody".into(), Value::String(article.text.clone()));
                predictions.insert((*id).to_string(), Value::Object(obj));
                article.text
            }
        };
        let _ = bytes;
        let c = doc_counts(truth, &text);
        per_doc.push((*id, c));
        counts.push(c);
    }
    let s = aggregate(&counts);

    if args.per_doc {
        per_doc.sort_by(|a, b| a.1.f1().total_cmp(&b.1.f1()));
        println!("{:<60} {:>6} {:>6} {:>6}", "id", "F1", "prec", "rec");
        for (id, c) in &per_doc {
            let f = |v: Option<f64>| v.map_or("    -".to_string(), |v| format!("{v:.3}"));
            println!(
                "{:<60} {:>6.3} {:>6} {:>6}",
                id,
                c.f1(),
                f(c.precision()),
                f(c.recall())
            );
        }
        println!();
    }
    for f in &failures {
        println!("failed: {f}");
    }
    if let Some(out) = &args.out {
        write_json(out, &Value::Object(predictions))?;
    }
    let docs = pages.len();
    println!(
        "corpus: {} docs={docs} failed={}",
        args.corpus.display(),
        failures.len()
    );
    println!(
        "score: f1={:.3} precision={:.3} recall={:.3} accuracy={:.3} docs={docs}",
        s.f1, s.precision, s.recall, s.accuracy
    );
    if METADATA_FIELDS
        .iter()
        .any(|f| meta_scores.accuracy(f).is_some())
    {
        println!("{}", meta_scores.line());
    }
    if let Some((hosts, blocks)) = stripped {
        println!("site memory: two passes over {hosts} hosts, {blocks} repeated blocks stripped");
    }
    println!(
        "slowest: {} {:.1} ms",
        slowest.1,
        slowest.0.as_secs_f64() * 1e3
    );
    println!(
        "timing: peer=gleaner docs={docs} seconds={elapsed:.3} docs_per_s={:.1}",
        docs as f64 / elapsed
    );
    println!(
        "timing: peer=parse-only docs={docs} seconds={parse_elapsed:.3} docs_per_s={:.1} (extraction/parse = {:.2})",
        docs as f64 / parse_elapsed,
        elapsed / parse_elapsed
    );
    let mut ok = true;
    if let Some(min) = args.min_f1 {
        if s.f1 < min {
            println!("FLOOR FAILED: f1 {:.3} < {min:.3}", s.f1);
            ok = false;
        }
    }
    if let Some(min) = args.min_precision {
        if s.precision < min {
            println!("FLOOR FAILED: precision {:.3} < {min:.3}", s.precision);
            ok = false;
        }
    }
    Ok(ok)
}

/// Groups the articles by host, learns each host's pages into one
/// [`SiteMemory`], then strips what the host repeats from each page.
/// Returns the number of hosts and of blocks stripped.
type Page<'a> = (&'a str, Option<Vec<u8>>, Option<Url>);

fn two_pass(
    extractor: &Extractor,
    pages: &[Page<'_>],
    articles: &mut [Option<Result<gleaner::Article, gleaner::Error>>],
) -> (usize, usize) {
    let all = pages;
    let mut by_host: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        if let Some(Ok(article)) = a {
            if let Some(host) = article.url.as_ref().and_then(Url::host_str) {
                by_host.entry(host.to_string()).or_default().push(i);
            }
        }
    }
    let mut stripped = 0;
    for pages in by_host.values() {
        let memory = SiteMemory::new();
        let with_memory = |i: usize| match &all[i] {
            (_, Some(bytes), Some(url)) => {
                Some(extractor.extract_bytes_with(bytes, None, Some(url), &memory))
            }
            _ => None,
        };
        for &i in pages {
            let _ = with_memory(i);
        }
        for &i in pages {
            if let Some(Ok(again)) = with_memory(i) {
                if let Some(Ok(article)) = &articles[i] {
                    stripped += article.blocks.len().saturating_sub(again.blocks.len());
                }
                articles[i] = Some(Ok(again));
            }
        }
    }
    (by_host.len(), stripped)
}

fn write_json(path: &Path, value: &Value) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
