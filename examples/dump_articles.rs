//! Dumps the Article JSON of every page of a corpus in the shared format
//! (`html/<id>.html` + `ground-truth.json`), one JSON line per page, in id
//! order: for comparing two builds page by page (`diff` the outputs).
//!
//! ```text
//! cargo run --release --example dump_articles -- <CORPUS_DIR> [--memory] > out.jsonl
//! ```
//!
//! `--memory` extracts the pages in id order with one shared `SiteMemory`
//! (`Extractor::extract_bytes_with`), as a crawl of the corpus would.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use gleaner::{Extractor, SiteMemory, Url};
use serde_json::Value;

fn main() -> ExitCode {
    let mut corpus = None;
    let mut memory = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--memory" => memory = true,
            _ if corpus.is_none() => corpus = Some(PathBuf::from(arg)),
            other => {
                eprintln!("unexpected argument {other}");
                return ExitCode::FAILURE;
            }
        }
    }
    let Some(corpus) = corpus else {
        eprintln!("usage: dump_articles <CORPUS_DIR> [--memory]");
        return ExitCode::FAILURE;
    };
    let gt_path = corpus.join("ground-truth.json");
    let gt: BTreeMap<String, Value> = match std::fs::read_to_string(&gt_path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(gt) => gt,
        Err(e) => {
            eprintln!("{}: {e}", gt_path.display());
            return ExitCode::FAILURE;
        }
    };
    let extractor = Extractor::default();
    let site = SiteMemory::new();
    for (id, entry) in &gt {
        let path = corpus.join("html").join(format!("{id}.html"));
        let Ok(bytes) = std::fs::read(&path) else {
            println!("{}", serde_json::json!({ "id": id, "error": "missing" }));
            continue;
        };
        let url = entry
            .get("url")
            .and_then(Value::as_str)
            .and_then(|u| Url::parse(u).ok());
        let result = if memory {
            extractor.extract_bytes_with(&bytes, None, url.as_ref(), &site)
        } else {
            extractor.extract_bytes(&bytes, None, url.as_ref())
        };
        let line = match result {
            Ok(article) => serde_json::json!({ "id": id, "article": article }),
            Err(e) => serde_json::json!({ "id": id, "error": e.to_string() }),
        };
        println!("{line}");
    }
    ExitCode::SUCCESS
}
