//! Per-field metadata accuracy of gleaner on a corpus in the shared format
//! (`html/<id>.html` + `ground-truth.json`).
//!
//! ```text
//! cargo run --release --example metadata_eval -- <CORPUS_DIR> [--show FIELD]
//! ```
//!
//! Fields and their comparison: see `gleaner::eval::MetadataScores` (the
//! `evaluate` example prints the same `metadata:` line). The
//! `metadata-diagnostic:` line gives the title accuracy when a ground-truth
//! title that keeps the site's name (" | Site") also counts: a convention
//! some corpora follow and gleaner deliberately does not.
//!
//! `--show FIELD` lists the misses of one field (expected vs got).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use gleaner::eval::MetadataScores;
use gleaner::{Extractor, Url};
use serde_json::Value;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut corpus = None;
    let mut show = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--show" => show = args.next(),
            _ if corpus.is_none() => corpus = Some(PathBuf::from(a)),
            _ => {
                eprintln!("usage: metadata_eval <CORPUS_DIR> [--show FIELD]");
                return ExitCode::FAILURE;
            }
        }
    }
    let Some(corpus) = corpus else {
        eprintln!("usage: metadata_eval <CORPUS_DIR> [--show FIELD]");
        return ExitCode::FAILURE;
    };
    let gt_path = corpus.join("ground-truth.json");
    let gt: BTreeMap<String, Value> = match std::fs::read_to_string(&gt_path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {}: {e}", gt_path.display());
            return ExitCode::FAILURE;
        }
    };
    let extractor = Extractor::builder().build();
    let mut scores = MetadataScores::default();
    let started = Instant::now();
    for (id, entry) in &gt {
        let Ok(bytes) = std::fs::read(corpus.join("html").join(format!("{id}.html"))) else {
            continue;
        };
        let url = entry
            .get("url")
            .and_then(Value::as_str)
            .and_then(|u| Url::parse(u).ok());
        let article = extractor.extract_bytes(&bytes, None, url.as_ref()).ok();
        scores.add_named(id, article.as_ref(), entry);
    }
    let elapsed = started.elapsed().as_secs_f64();
    if let Some(field) = &show {
        for (id, want, got) in scores.misses(field) {
            println!("{id}\n  want: {want}\n  got:  {got:?}");
        }
    }
    println!("corpus: {} docs={}", corpus.display(), gt.len());
    println!("{}", scores.line());
    if let Some(t) = scores.title_accuracy_ignoring_site_suffix() {
        println!("metadata-diagnostic: title_if_gt_site_suffix_ignored={t:.3}");
    }
    println!("timing: seconds={elapsed:.3}");
    ExitCode::SUCCESS
}
