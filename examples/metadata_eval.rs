//! Per-field metadata accuracy of gleaner on a corpus in the shared format
//! (`html/<id>.html` + `ground-truth.json`).
//!
//! ```text
//! cargo run --release --example metadata_eval -- <CORPUS_DIR> [--show FIELD]
//! ```
//!
//! Fields, each scored only on documents whose ground truth has it:
//! - `title`: equal after whitespace normalisation;
//! - `authors` (ground truth `byline`, a string or a list): the same set of
//!   names, case-insensitive;
//! - `date`: the same calendar day as `published`;
//! - `site_name` (ground truth `siteName`): equal after whitespace
//!   normalisation, case-insensitive;
//! - `lang`: the same primary subtag;
//! - `description` (ground truth `excerpt`): equal after whitespace
//!   normalisation.
//!
//! `--show FIELD` lists the misses of one field (expected vs got).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use gleaner::{Article, Extractor, Url};
use serde_json::Value;

const FIELDS: [&str; 6] = [
    "title",
    "authors",
    "date",
    "site_name",
    "lang",
    "description",
];

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn name_set<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for raw in names {
        let lower = raw.to_lowercase();
        for part in lower.split([',', ';', '&', '\n']) {
            for name in part.split(" and ") {
                let name = norm(name);
                let name = name
                    .strip_prefix("by ")
                    .unwrap_or(&name)
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_string();
                if !name.is_empty() {
                    set.insert(name);
                }
            }
        }
    }
    set
}

/// The expected value of a field from the ground-truth entry.
fn expected(entry: &Value, field: &str) -> Option<Value> {
    let key = match field {
        "authors" => "byline",
        "date" => "date",
        "site_name" => "siteName",
        "description" => "excerpt",
        other => other,
    };
    entry
        .get(key)
        .filter(|v| match v {
            Value::Null => false,
            // pandas' "not a time" marks a missing date in some corpora.
            Value::String(s) => !s.trim().is_empty() && s.trim() != "NaT",
            Value::Array(a) => !a.is_empty(),
            _ => true,
        })
        .cloned()
}

/// Whether the article's field matches, and what it was (for `--show`).
fn score(article: Option<&Article>, field: &str, want: &Value) -> (bool, String) {
    let Some(a) = article else {
        return (false, "<extraction failed>".into());
    };
    let want_str = want.as_str().unwrap_or("");
    match field {
        "title" => {
            let got = a.title.as_deref().map(norm).unwrap_or_default();
            (got == norm(want_str), got)
        }
        "authors" => {
            let want: BTreeSet<String> = match want {
                Value::Array(v) => name_set(v.iter().filter_map(Value::as_str)),
                _ => name_set([want_str]),
            };
            let got = name_set(a.authors.iter().map(String::as_str));
            (got == want, a.authors.join(", "))
        }
        "date" => {
            let got = a
                .published
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            (want_str.get(..10) == Some(got.as_str()), got)
        }
        "site_name" => {
            let got = a.site_name.as_deref().map(norm).unwrap_or_default();
            (got.to_lowercase() == norm(want_str).to_lowercase(), got)
        }
        "lang" => {
            let primary = |s: &str| s.split(['-', '_']).next().unwrap_or("").to_lowercase();
            let got = a.lang.clone().unwrap_or_default();
            (!got.is_empty() && primary(&got) == primary(want_str), got)
        }
        "description" => {
            let got = a.description.as_deref().map(norm).unwrap_or_default();
            (got == norm(want_str), got)
        }
        _ => (false, String::new()),
    }
}

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
    let mut hits: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
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
        for field in FIELDS {
            let Some(want) = expected(entry, field) else {
                continue;
            };
            let (ok, got) = score(article.as_ref(), field, &want);
            let h = hits.entry(field).or_default();
            h.1 += 1;
            if ok {
                h.0 += 1;
            } else if show.as_deref() == Some(field) {
                misses.push(format!("{id}\n  want: {want}\n  got:  {got:?}"));
            }
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    for m in &misses {
        println!("{m}");
    }
    println!("corpus: {} docs={}", corpus.display(), gt.len());
    let mut line = String::from("metadata:");
    for field in FIELDS {
        if let Some((ok, n)) = hits.get(field) {
            let acc = *ok as f64 / (*n).max(1) as f64;
            line.push_str(&format!(" {field}={acc:.3} ({ok}/{n})"));
        }
    }
    println!("{line}");
    println!("timing: seconds={elapsed:.3}");
    ExitCode::SUCCESS
}
