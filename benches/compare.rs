//! gleaner beside scraper's parse alone and dom_smoothie, on the repo's own
//! fixture pages (`tests/fixtures/pages/*.html`), so the ratios are visible
//! without the shared corpora (`examples/speed.rs` is the same comparison on
//! a corpus, with allocation and peak RSS).
//!
//! One iteration runs a peer over every fixture page:
//!
//! - `parse`: `scraper::Html::parse_document`;
//! - `gleaner`: `Extractor::default().extract(html, url)`, parse included;
//! - `dom_smoothie`: `Readability::new(html, url, None)?.parse()`, its parse
//!   included.
//!
//! ```text
//! cargo bench --bench compare
//! cargo bench --bench compare -- --quick   # rougher, faster
//! ```

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gleaner::{Extractor, Url};
use scraper::Html;

/// The fixture pages, sorted by name for a stable order.
fn pages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            std::fs::read_to_string(p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    assert!(!pages.is_empty(), "no fixture pages");
    let bytes: usize = pages.iter().map(String::len).sum();
    let url = Url::parse("https://news.example.com/bench/story").expect("static URL");
    let extractor = Extractor::default();
    // Every peer must do its job on these pages before it is timed.
    for html in &pages {
        extractor
            .extract(html, Some(&url))
            .unwrap_or_else(|e| panic!("gleaner failed on a fixture: {e}"));
    }

    let mut group = c.benchmark_group(format!(
        "compare ({} pages, {} KB)",
        pages.len(),
        bytes / 1024
    ));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("parse", |b| {
        b.iter(|| {
            for html in &pages {
                black_box(Html::parse_document(black_box(html)));
            }
        })
    });
    group.bench_function("gleaner", |b| {
        b.iter(|| {
            for html in &pages {
                let _ = black_box(extractor.extract(black_box(html), Some(&url)));
            }
        })
    });
    group.bench_function("dom_smoothie", |b| {
        b.iter(|| {
            for html in &pages {
                if let Ok(mut r) = dom_smoothie::Readability::new(
                    black_box(html.as_str()),
                    Some(url.as_str()),
                    None,
                ) {
                    let _ = black_box(r.parse());
                }
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
