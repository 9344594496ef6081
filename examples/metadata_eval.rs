//! Per-field metadata accuracy of gleaner on a corpus in the shared format
//! (`html/<id>.html` + `ground-truth.json`).
//!
//! ```text
//! cargo run --release --example metadata_eval -- <CORPUS_DIR> [--show FIELD] [--half a|b]
//! ```
//!
//! Fields and their comparison: see `gleaner::eval::MetadataScores`; the
//! `metadata:` line is the one the `evaluate` example prints (same
//! comparator, same figures). Below it, one line per field splits the
//! scored documents into hits, misses (a wrong value) and "none given" (no
//! value at all: the recall losses). `date_pub_or_mod` counts a date as
//! right when the day of `published` or of `modified` is the truth's. The
//! `metadata-diagnostic:` line gives the title accuracy when a ground-truth
//! title that keeps the site's name (" | Site") also counts: a convention
//! some corpora follow and gleaner deliberately does not.
//!
//! `--show FIELD` lists the misses of one field (expected vs got), "none
//! given" ones marked. `--half a` / `--half b` score one half of the
//! corpus, split like `evaluate --half` (`gleaner::eval::half_of`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use gleaner::eval::{half_of, MetadataScores, METADATA_FIELDS};
use gleaner::{Extractor, Url};
use serde_json::Value;

const USAGE: &str = "usage: metadata_eval <CORPUS_DIR> [--show FIELD] [--half a|b]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut corpus = None;
    let mut show = None;
    let mut half = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--show" => show = args.next(),
            "--half" => {
                half = match args.next().as_deref() {
                    Some("a") => Some(0),
                    Some("b") => Some(1),
                    _ => {
                        eprintln!("{USAGE}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            _ if corpus.is_none() => corpus = Some(PathBuf::from(a)),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }
    let Some(corpus) = corpus else {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    };
    let gt_path = corpus.join("ground-truth.json");
    let mut gt: BTreeMap<String, Value> = match std::fs::read_to_string(&gt_path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {}: {e}", gt_path.display());
            return ExitCode::FAILURE;
        }
    };
    if let Some(h) = half {
        gt.retain(|id, _| half_of(id) == h);
    }
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
            let mark = if scores.missed_with_none(id, field) {
                " (none given)"
            } else {
                ""
            };
            println!("{id}{mark}\n  want: {want}\n  got:  {got:?}");
        }
    }
    let which = match half {
        Some(0) => " half=a",
        Some(_) => " half=b",
        None => "",
    };
    println!("corpus: {} docs={}{which}", corpus.display(), gt.len());
    println!("{}", scores.line());
    for field in METADATA_FIELDS {
        let (Some((hits, n)), Some(none)) = (scores.counts(field), scores.none_given(field)) else {
            continue;
        };
        if n > 0 {
            let wrong = n - hits - none;
            println!(
                "  {field:<12} scored={n:<4} hits={hits:<4} misses={wrong:<4} none_given={none}"
            );
        }
    }
    if let Some(t) = scores.title_accuracy_ignoring_site_suffix() {
        println!("metadata-diagnostic: title_if_gt_site_suffix_ignored={t:.3}");
    }
    println!("timing: seconds={elapsed:.3}");
    ExitCode::SUCCESS
}
