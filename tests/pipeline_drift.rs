//! Regression tests for two places where the crawl pipeline's order of the
//! extraction stages had drifted from `Extractor`'s (issue 14). Written
//! against the public API only.
#![cfg(feature = "crawl")]

use std::io::Write as _;
use std::path::PathBuf;

use gleaner::crawl::{Pipeline, Source};
use gleaner::{Article, Extractor, SiteMemory, Url};

/// A story of the Riverside Ledger: every page opens with the same brand
/// line, long enough to pass for the first paragraph of prose.
fn ledger_page(n: usize) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>Ferry story {n}</title></head><body>\
         <article><h1>Ferry story {n}</h1>\
         <p>The Riverside Ledger: independent news from the river towns every day.</p>\
         <p>Story {n}: the council agreed to keep the old chain ferry running for ten more years after a long debate.</p>\
         <p>Boatmen said in report {n} that the crossing carries two hundred people a day and most of the traders.</p>\
         <p>The repairs to landing stage {n} will start in spring and last about six weeks in all.</p>\
         </article></body></html>"
    )
}

/// A page whose only date is relative.
const RELATIVE_DATE_PAGE: &str = "<!DOCTYPE html><html><head><title>Night market opens</title></head><body>\
    <article><h1>Night market opens</h1><p class=\"date\">2 hours ago</p>\
    <p>The first night market of the summer opened on the quay with forty stalls and a brass band.</p>\
    <p>Traders said the evening trade would help them through the quiet months after the festival.</p>\
    </article></body></html>";

fn warc_record(uri: &str, date: &str, html: &str) -> Vec<u8> {
    let mut block = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
        html.len()
    )
    .into_bytes();
    block.extend_from_slice(html.as_bytes());
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <{uri}>\r\nWARC-Date: {date}\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(&block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn write_warc(name: &str, records: &[(String, String, String)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gleaner-drift-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("pages.warc");
    let mut file = std::fs::File::create(&path).unwrap();
    for (uri, date, html) in records {
        file.write_all(&warc_record(uri, date, html)).unwrap();
    }
    path
}

fn crawl(path: PathBuf, memory: Option<&SiteMemory>) -> Vec<Article> {
    let mut out = Vec::new();
    Pipeline::new(Extractor::default())
        .jobs(2)
        .run([Source::Warc(path)], memory, |item, _| {
            out.push(item.result.as_ref().unwrap().clone());
            Ok(())
        })
        .unwrap();
    out
}

/// With a site memory, the crawl stripped the host's brand line only after
/// the description had been taken from the first paragraph: later pages
/// got the brand line as their description, while `extract_with` gave the
/// story's first paragraph.
#[test]
fn crawl_with_site_memory_takes_the_description_after_the_memory() {
    let pages: Vec<(String, String, String)> = (0..4)
        .map(|n| {
            (
                format!("https://ledger.example/story-{n}"),
                "2024-05-01T12:00:00Z".to_string(),
                ledger_page(n),
            )
        })
        .collect();
    let crawled = crawl(write_warc("brand", &pages), Some(&SiteMemory::new()));
    let memory = SiteMemory::new();
    let extractor = Extractor::default();
    for ((uri, _, html), from_crawl) in pages.iter().zip(&crawled) {
        let url = Url::parse(uri).unwrap();
        let direct = extractor.extract_with(html, Some(&url), &memory).unwrap();
        assert_eq!(from_crawl.text, direct.text, "{uri}");
        assert_eq!(from_crawl.description, direct.description, "{uri}");
    }
    // The memory did strip the brand line on the last page, and the
    // description is the story.
    let last = crawled.last().unwrap();
    assert!(!last.text.contains("Riverside Ledger"), "{}", last.text);
    let description = last.description.as_deref().unwrap_or("");
    assert!(description.starts_with("Story 3:"), "{description}");
}

/// A WARC record's `WARC-Date` is the reference time of its page: a
/// relative date on the page resolves against it, as the fetcher resolves
/// it against the fetch time.
#[test]
fn warc_date_resolves_relative_dates() {
    let path = write_warc(
        "relative",
        &[(
            "https://quay.example/night-market".to_string(),
            "2024-05-01T12:00:00Z".to_string(),
            RELATIVE_DATE_PAGE.to_string(),
        )],
    );
    let crawled = crawl(path, None);
    let article = &crawled[0];
    assert_eq!(
        article.fetched_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-05-01T12:00:00+00:00")
    );
    assert_eq!(
        article.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-05-01T10:00:00+00:00")
    );
}

/// With `explain(true)`, the crawl's site memory records what it removed,
/// as `extract_with` does (the crawl passed `explain = false` to it).
#[test]
fn crawl_with_site_memory_explains_its_removals() {
    let pages: Vec<(String, String, String)> = (0..3)
        .map(|n| {
            (
                format!("https://ledger.example/story-{n}"),
                "2024-05-01T12:00:00Z".to_string(),
                ledger_page(n),
            )
        })
        .collect();
    let extractor = Extractor::builder().explain(true).build();
    let mut crawled = Vec::new();
    let memory = SiteMemory::new();
    Pipeline::new(extractor.clone())
        .jobs(2)
        .run(
            [Source::Warc(write_warc("explain", &pages))],
            Some(&memory),
            |item, _| {
                crawled.push(item.result.as_ref().unwrap().clone());
                Ok(())
            },
        )
        .unwrap();
    let direct_memory = SiteMemory::new();
    for ((uri, _, html), from_crawl) in pages.iter().zip(&crawled) {
        let url = Url::parse(uri).unwrap();
        let direct = extractor
            .extract_with(html, Some(&url), &direct_memory)
            .unwrap();
        assert_eq!(from_crawl.removed, direct.removed, "{uri}");
    }
    let last = crawled.last().unwrap();
    assert!(
        last.removed.iter().any(
            |r| r.reason.starts_with("site-memory:repeated(on >=min_pages=")
                && r.preview.contains("Riverside Ledger")
        ),
        "{:?}",
        last.removed
    );
}

/// A page without content is an error before the site memory: it teaches
/// the memory nothing, as in the crawl (where it never reached the memory).
#[test]
fn a_page_without_content_leaves_the_memory_alone() {
    let memory = SiteMemory::new();
    let url = Url::parse("https://ledger.example/empty").unwrap();
    let result =
        Extractor::default().extract_with("<html><body></body></html>", Some(&url), &memory);
    assert!(
        matches!(result, Err(gleaner::Error::NoContent { .. })),
        "{result:?}"
    );
    assert_eq!(memory.host_count(), 0);
}
