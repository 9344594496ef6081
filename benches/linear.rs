//! Linear cost: synthetic news pages of about 10 KB, 100 KB, 1 MB and
//! 10 MB, with the throughput in bytes, so the time per byte of
//! `scraper::Html::parse_document` (parse) and of the whole
//! `Extractor::extract` (extract) can be compared across sizes: for a linear
//! extractor the MiB/s stay roughly the same from 10 KB to 10 MB.
//!
//! The pages are generated here: a header with navigation, an article whose
//! paragraphs (with links and emphasis) are about a third of the page, a
//! sidebar, and a comment section with "related stories" rails for the rest;
//! the words are drawn from a fixed list by a fixed pseudo-random sequence,
//! so no two paragraphs are equal and every run measures the same pages.
//!
//! ```text
//! cargo bench --bench linear
//! cargo bench --bench linear -- --quick   # rougher, faster
//! ```

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::{Extractor, Url};
use scraper::Html;

const WORDS: &[&str] = &[
    "council",
    "harbour",
    "ferry",
    "timetable",
    "winter",
    "season",
    "residents",
    "committee",
    "budget",
    "school",
    "bridge",
    "river",
    "station",
    "market",
    "library",
    "planning",
    "road",
    "weekend",
    "report",
    "survey",
    "museum",
    "workers",
    "election",
    "district",
    "funding",
    "repairs",
    "village",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "on",
    "for",
    "with",
    "was",
    "were",
    "said",
    "after",
    "before",
    "during",
    "new",
    "old",
    "local",
    "public",
    "plans",
    "hours",
    "years",
    "months",
    "Tuesday",
    "Monday",
    "spokesperson",
    "officials",
    "agreed",
];

/// A fixed pseudo-random word sequence (64-bit LCG).
struct Words(u64);

impl Words {
    fn next(&mut self) -> &'static str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        WORDS[(self.0 >> 33) as usize % WORDS.len()]
    }

    fn sentence(&mut self, out: &mut String, n: usize) {
        for i in 0..n {
            let w = self.next();
            if i == 0 {
                let mut c = w.chars();
                if let Some(f) = c.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(c.as_str());
                }
            } else {
                out.push(' ');
                out.push_str(w);
            }
        }
        out.push_str(". ");
    }
}

/// A news page of about `target` bytes.
fn page(target: usize) -> String {
    let mut w = Words(0x9e37_79b9_7f4a_7c15);
    let mut s = String::with_capacity(target + 4096);
    s.push_str(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Harbour committee agrees winter ferry timetable | The Example Courier</title>\
         <meta property=\"og:title\" content=\"Harbour committee agrees winter ferry timetable\">\
         <meta name=\"author\" content=\"Jo Example\">\
         <meta property=\"article:published_time\" content=\"2026-03-12T08:00:00Z\">\
         <style>.site-header{display:flex}.comment{margin:0 0 1em}</style>\
         <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\
         </head><body class=\"single single-post\"><header class=\"site-header\"><nav class=\"main-nav\"><ul>",
    );
    for (i, section) in [
        "News", "Sport", "Business", "Culture", "Weather", "Opinion", "Jobs",
    ]
    .iter()
    .enumerate()
    {
        let _ = write!(
            s,
            "<li class=\"menu-item-{i}\"><a href=\"/{section}\">{section}</a></li>"
        );
    }
    s.push_str(
        "</ul></nav></header><main id=\"main\"><article class=\"post\">\
         <h1 class=\"entry-title\">Harbour committee agrees winter ferry timetable</h1>\
         <div class=\"byline\">By <a rel=\"author\" href=\"/author/jo\">Jo Example</a> \
         <time datetime=\"2026-03-12T08:00:00Z\">12 March 2026</time></div>\
         <div class=\"entry-content\">",
    );
    // The article: about a third of the page.
    let mut p = 0usize;
    while s.len() < target / 3 {
        s.push_str("<p>");
        for k in 0..5 {
            if k == 2 {
                let _ = write!(s, "<a href=\"/news/story-{p}\">");
                w.sentence(&mut s, 6);
                s.push_str("</a>");
            } else if k == 4 {
                s.push_str("<em>");
                w.sentence(&mut s, 8);
                s.push_str("</em>");
            } else {
                w.sentence(&mut s, 14);
            }
        }
        s.push_str("</p>");
        if p % 8 == 7 {
            let _ = write!(s, "<h2>Part {p}</h2>");
        }
        p += 1;
    }
    s.push_str(
        "</div><div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>\
         </article><aside class=\"sidebar widget-area\"><h3>Trending</h3><ol>",
    );
    for i in 0..10 {
        let _ = write!(s, "<li><a href=\"/trending/{i}\">");
        w.sentence(&mut s, 7);
        s.push_str("</a></li>");
    }
    s.push_str("</ol></aside><section class=\"comments\" id=\"comments\"><h2>Comments</h2><ol class=\"comment-list\">");
    // Comments and related rails: the rest.
    let mut i = 0usize;
    while s.len() + 400 < target {
        let _ = write!(
            s,
            "<li class=\"comment\" id=\"comment-{i}\"><div class=\"comment-meta\"><b class=\"fn\">reader{i}</b> \
             <time datetime=\"2026-03-12T09:{m:02}:00Z\">{m} minutes ago</time></div><div class=\"comment-content\"><p>",
            m = i % 60
        );
        w.sentence(&mut s, 12);
        s.push_str("</p></div><div class=\"reply\"><a href=\"#\">Reply</a> <a href=\"#\">Report</a></div></li>");
        if i % 20 == 19 {
            let _ = write!(
                s,
                "</ol><div class=\"related-rail\"><h3>Recommended</h3><ul>\
                 <li><a href=\"/news/{i}-a\">Council publishes new plans</a></li>\
                 <li><a href=\"/news/{i}-b\">Weekend weather warning</a></li></ul></div>\
                 <ol class=\"comment-list\">"
            );
        }
        i += 1;
    }
    s.push_str(
        "</ol></section></main><footer class=\"site-footer\"><p>© The Example Courier</p>\
         <a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>",
    );
    s
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::default();
    let url = Url::parse("https://news.example.com/2026/03/12/ferry").expect("static URL");
    let mut group = c.benchmark_group("linear");
    for (label, target) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let html = page(target);
        // The page must extract to its article before it is timed.
        let article = extractor
            .extract(&html, Some(&url))
            .unwrap_or_else(|e| panic!("{label}: {e}"));
        assert!(
            article.text.len() > target / 8 && !article.text.contains("reader1 "),
            "{label}: article not extracted ({} bytes of text)",
            article.text.len()
        );
        group.throughput(Throughput::Bytes(html.len() as u64));
        if target >= 1_000_000 {
            group.sample_size(10);
            group.warm_up_time(Duration::from_millis(300));
            group.measurement_time(Duration::from_secs(if target >= 10_000_000 {
                8
            } else {
                3
            }));
        } else {
            group.sample_size(30);
            group.warm_up_time(Duration::from_millis(300));
            group.measurement_time(Duration::from_secs(2));
        }
        group.bench_with_input(BenchmarkId::new("parse", label), &html, |b, html| {
            b.iter(|| Html::parse_document(black_box(html)))
        });
        group.bench_with_input(BenchmarkId::new("extract", label), &html, |b, html| {
            b.iter(|| extractor.extract(black_box(html), Some(&url)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
