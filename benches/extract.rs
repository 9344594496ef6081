//! Extraction time next to the html5ever parse time, on realistic pages.
//!
//! The pages are the test fixtures (`tests/fixtures/pages/`), grown to three
//! sizes with what makes real news pages big: long comment threads and
//! repeated "related stories" rails.
//!
//! - small (~15 KB): the WordPress page with a few more comments;
//! - medium (~100 KB): the `<article>` page with a long comment section;
//! - large (~1 MB): the Newspaper-theme page with a huge comment thread.
//!
//! For each page: `parse` is `scraper::Html::parse_document` alone,
//! `extract` the whole `Extractor::extract` (parse included), and
//! `extract_document` gleaner's work above the parse on a pre-parsed `Html`.
//!
//! ```text
//! cargo bench --bench extract            # a few seconds per measurement
//! cargo bench --bench extract -- --quick # rougher, faster
//! ```

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gleaner::{Extractor, Url};
use scraper::Html;

struct Page {
    name: &'static str,
    fixture: &'static str,
    target_bytes: usize,
    /// A phrase of the article body, checked once before measuring.
    body_phrase: &'static str,
}

const PAGES: &[Page] = &[
    Page {
        name: "small",
        fixture: "wordpress-entry",
        target_bytes: 15_000,
        body_phrase: "forty thousand bees",
    },
    Page {
        name: "medium",
        fixture: "article-tag",
        target_bytes: 100_000,
        body_phrase: "first paying passengers in April",
    },
    Page {
        name: "large",
        fixture: "td-post",
        target_bytes: 1_000_000,
        body_phrase: "lost 18.7 million",
    },
];

const COMMENT_OPENINGS: &[&str] = &[
    "I have lived here for thirty years and",
    "Honestly, whoever wrote this forgot that",
    "My neighbour told me last week that",
    "Not sure why everyone is surprised, because",
    "Great reporting as always, although",
    "Can someone explain to me why",
];
const COMMENT_ENDINGS: &[&str] = &[
    "the council never listens to anyone under sixty.",
    "nothing ever changes until an election comes around.",
    "the buses were better in the eighties, frankly.",
    "the real story is the parking, not this.",
    "we will all be paying for it one way or another.",
    "I would like to see the numbers before I believe it.",
];

/// The fixture with comments and related rails appended until it reaches
/// about `target` bytes.
fn grow(html: &str, target: usize) -> String {
    let insert_at = html.rfind("</body>").unwrap_or(html.len());
    let mut extra = String::new();
    extra.push_str("<section class=\"reader-comments\" id=\"comments-more\"><h2>More comments</h2><ol class=\"comment-list\">");
    let mut i = 0usize;
    while html.len() + extra.len() < target {
        let open = COMMENT_OPENINGS[i % COMMENT_OPENINGS.len()];
        let end = COMMENT_ENDINGS[(i / COMMENT_OPENINGS.len()) % COMMENT_ENDINGS.len()];
        let _ = write!(
            extra,
            "<li class=\"comment depth-{depth}\" id=\"comment-{i}\"><div class=\"comment-meta\">\
             <img class=\"avatar\" src=\"/avatars/{i}.png\" alt=\"\"><b class=\"fn\">reader{i}</b> \
             <time datetime=\"2026-03-12T08:{m:02}:00Z\">{m} minutes ago</time></div>\
             <div class=\"comment-content\"><p>{open} {end} (reply {i})</p></div>\
             <div class=\"reply\"><a href=\"?replytocom={i}\">Reply</a> <a href=\"#\">Like</a> <a href=\"#\">Report</a></div></li>",
            depth = i % 3 + 1,
            m = i % 60,
        );
        if i % 25 == 24 {
            let _ = write!(
                extra,
                "</ol><div class=\"related-rail\"><h3>Recommended for you</h3><ul>\
                 <li><a href=\"/news/{i}-a\">Story number {i}: council publishes new plans</a></li>\
                 <li><a href=\"/news/{i}-b\">Story number {i}: weekend weather warning</a></li>\
                 <li><a href=\"/news/{i}-c\">Story number {i}: what the new rules mean for you</a></li>\
                 </ul></div><ol class=\"comment-list\">"
            );
        }
        i += 1;
    }
    extra.push_str("</ol></section>");
    let mut out = String::with_capacity(html.len() + extra.len());
    out.push_str(&html[..insert_at]);
    out.push_str(&extra);
    out.push_str(&html[insert_at..]);
    out
}

fn load(page: &Page) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(format!("{}.html", page.fixture));
    let html = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    grow(&html, page.target_bytes)
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::builder().build();
    let url = Url::parse("https://news.example.com/bench/story").expect("static URL");
    for page in PAGES {
        let html = load(page);
        // Measure only pages that extract correctly.
        let article = extractor
            .extract(&html, Some(&url))
            .unwrap_or_else(|e| panic!("{}: {e}", page.name));
        assert!(
            article.text.contains(page.body_phrase),
            "{}: body not extracted, got: {:.300}",
            page.name,
            article.text
        );
        assert!(
            !article.text.contains("reader7"),
            "{}: comments leaked into the article",
            page.name
        );

        let mut group = c.benchmark_group(format!("{} ({} KB)", page.name, html.len() / 1024));
        group.throughput(Throughput::Bytes(html.len() as u64));
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(2));
        group.bench_function("parse", |b| {
            b.iter(|| Html::parse_document(black_box(&html)))
        });
        group.bench_function("extract", |b| {
            b.iter(|| extractor.extract(black_box(&html), Some(&url)))
        });
        let doc = Html::parse_document(&html);
        group.bench_function("extract_document", |b| {
            b.iter(|| extractor.extract_document(black_box(&doc), Some(&url)))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
