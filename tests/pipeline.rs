//! One pipeline: the same pages through `Extractor`, the crawl pipeline
//! (with and without site memory) and the fetcher (a server on 127.0.0.1)
//! give the same `Article` JSON.
#![cfg(all(feature = "fetch", feature = "crawl"))]

mod support;

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use gleaner::crawl::{Pipeline, Source};
use gleaner::{Article, Extractor, Fetcher, Input, Page, SiteMemory, Url};
use support::{Reply, Server};

/// Four stories of one host, each opening with the host's brand line
/// (stripped by the site memory from the third page on), then a page whose
/// only date is relative.
fn pages() -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = (0..4)
        .map(|n| {
            let html = format!(
                "<!DOCTYPE html><html><head><title>Lock gates story {n} | Canal Courier</title></head><body>\
                 <nav><a href=\"/\">Home</a> <a href=\"/towpath\">Towpath</a></nav>\
                 <article><h1>Lock gates story {n}</h1>\
                 <p>The Canal Courier has covered the waterways of the three counties since 1952.</p>\
                 <p>Story {n}: volunteers replaced the lower gates of the flight in a week of cold and rain.</p>\
                 <p>The trust said the oak gates of lock {n} had leaked for years and could not be mended again.</p>\
                 <p>Boats will use lock {n} again from Saturday, with the lock keeper on duty all day.</p>\
                 </article><footer>© Canal Courier</footer></body></html>"
            );
            (format!("/story-{n}"), html)
        })
        .collect();
    pages.push((
        "/towpath-fair".to_string(),
        "<!DOCTYPE html><html><head><title>Towpath fair</title></head><body>\
         <article><h1>Towpath fair</h1><p class=\"date\">3 hours ago</p>\
         <p>The towpath fair drew a crowd of boaters and walkers to the basin with stalls and music.</p>\
         <p>Organisers said the money raised would pay for new mooring rings along the summit pound.</p>\
         </article></body></html>"
            .to_string(),
    ));
    pages
}

fn json(article: &Article) -> String {
    serde_json::to_string(article).unwrap()
}

fn warc(pages: &[Page]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gleaner-one-pipeline-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("pages.warc");
    let mut file = std::fs::File::create(&path).unwrap();
    for page in pages {
        let mut block = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
            page.bytes.len()
        )
        .into_bytes();
        block.extend_from_slice(&page.bytes);
        // The fetch time to the nanosecond, as WARC 1.1 allows.
        let date = page
            .fetched_at
            .to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
        let head = format!(
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <{}>\r\nWARC-Date: {date}\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            page.url,
            block.len()
        );
        file.write_all(head.as_bytes()).unwrap();
        file.write_all(&block).unwrap();
        file.write_all(b"\r\n\r\n").unwrap();
    }
    path
}

fn crawl(path: PathBuf, memory: Option<&SiteMemory>) -> Vec<String> {
    let mut out = Vec::new();
    Pipeline::new(Extractor::default())
        .jobs(2)
        .run([Source::Warc(path)], memory, |item, _| {
            out.push(json(item.result.as_ref().unwrap()));
            Ok(())
        })
        .unwrap();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn extractor_crawl_and_fetcher_give_the_same_articles() {
    let server = Server::start(|r| {
        let pages = pages();
        match pages.iter().find(|(path, _)| *path == r.path) {
            Some((_, html)) => Reply::html(html.clone()),
            None => Reply::status(404),
        }
    })
    .await;
    let fetcher = Fetcher::builder()
        .host_delay(Duration::ZERO)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let mut fetched = Vec::new();
    for (path, _) in pages() {
        fetched.push(fetcher.fetch(server.url(&path)).await.unwrap());
    }

    // The fetcher, without and with a site memory (pages in order).
    let mut by_fetcher = Vec::new();
    let mut by_fetcher_memory = Vec::new();
    let memory = Arc::new(SiteMemory::new());
    for page in &fetched {
        by_fetcher.push(json(&fetcher.extract_page(page.clone()).await.unwrap()));
        let article = fetcher
            .extract_page_with(page.clone(), Arc::clone(&memory))
            .await
            .unwrap();
        by_fetcher_memory.push(json(&article));
    }

    // `Extractor`, with the fetch time as the reference time.
    let extractor = Extractor::default();
    let memory = SiteMemory::new();
    let mut by_extractor = Vec::new();
    let mut by_extractor_memory = Vec::new();
    for page in &fetched {
        let url: &Url = &page.url;
        let input = Input::bytes(&page.bytes, page.content_type.as_deref())
            .url(url)
            .fetched_at(page.fetched_at);
        by_extractor.push(json(&extractor.extract_input(input, None).unwrap()));
        let article = extractor.extract_input(input, Some(&memory)).unwrap();
        by_extractor_memory.push(json(&article));
    }

    // The crawl pipeline over a WARC of the same responses.
    let path = warc(&fetched);
    let by_crawl = crawl(path.clone(), None);
    let by_crawl_memory = crawl(path, Some(&SiteMemory::new()));

    assert_eq!(by_extractor.len(), pages().len());
    for (i, expected) in by_extractor.iter().enumerate() {
        assert_eq!(&by_fetcher[i], expected, "fetcher, page {i}");
        assert_eq!(&by_crawl[i], expected, "crawl, page {i}");
    }
    for (i, expected) in by_extractor_memory.iter().enumerate() {
        assert_eq!(
            &by_fetcher_memory[i], expected,
            "fetcher with memory, page {i}"
        );
        assert_eq!(&by_crawl_memory[i], expected, "crawl with memory, page {i}");
    }

    // The pages exercise both drifts: the memory stripped the brand line
    // (and the description is the story), the relative date resolved.
    let last_story: Article = serde_json::from_str(&by_extractor_memory[3]).unwrap();
    assert!(!last_story.text.contains("Canal Courier has covered"));
    let description = last_story.description.unwrap_or_default();
    assert!(description.starts_with("Story 3:"), "{description}");
    let first_story: Article = serde_json::from_str(&by_extractor[3]).unwrap();
    assert!(first_story.text.contains("Canal Courier has covered"));
    let fair: Article = serde_json::from_str(&by_extractor[4]).unwrap();
    let fetched_at = fetched[4].fetched_at;
    assert_eq!(fair.fetched_at, Some(fetched_at));
    assert_eq!(
        fair.published,
        Some(fetched_at - chrono::Duration::hours(3))
    );
}

/// `Input::fingerprint(false)` leaves the fingerprint out and nothing else:
/// with or without a site memory, every other field is the default's.
#[test]
fn an_input_without_fingerprint_differs_only_in_the_fingerprint() {
    let extractor = Extractor::default();
    let (with_memory, without_memory) = (SiteMemory::new(), SiteMemory::new());
    for (path, html) in pages() {
        let url = Url::parse(&format!("https://canal.example{path}")).unwrap();
        let input = Input::html(&html).url(&url);
        let plain = extractor.extract_input(input, None).unwrap();
        let bare = extractor
            .extract_input(input.fingerprint(false), None)
            .unwrap();
        assert!(plain.fingerprint.is_some(), "{path}");
        assert_eq!(bare.fingerprint, None, "{path}");
        let mut expected = plain;
        expected.fingerprint = None;
        assert_eq!(json(&bare), json(&expected), "{path}");

        let remembered = extractor.extract_input(input, Some(&with_memory)).unwrap();
        let bare = extractor
            .extract_input(input.fingerprint(false), Some(&without_memory))
            .unwrap();
        let mut expected = remembered;
        expected.fingerprint = None;
        assert_eq!(json(&bare), json(&expected), "{path}, with a memory");
    }
}
