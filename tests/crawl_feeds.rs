//! Feeds, sitemaps and discovery, served from a local server and fetched.
#![cfg(feature = "fetch")]

mod support;

use std::io::Write as _;
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use gleaner::fetch::Discovery;
use gleaner::{Article, Error, Fetcher, SiteMemory};
use support::{Reply, Server};

fn fetcher() -> Fetcher {
    Fetcher::builder()
        .host_delay(Duration::ZERO)
        .max_retries(0)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

/// A page with no author or date of its own, so the feed's fill in.
fn page(title: &str, n: usize) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head><body>\
         <article><h1>{title}</h1>\
         <p>Story {n}: the lock keepers on the old canal counted more boats this summer than in any year since records began.</p>\
         <p>They credit the dredging of the upper reach, finished in spring, and a dry season that kept the towpath open.</p>\
         </article></body></html>"
    )
}

fn rss(base: &str, n: usize) -> String {
    let items: String = (0..n)
        .map(|i| {
            format!(
                "<item><title>Feed title {i}</title><link>{base}/story/{i}</link>\
                 <guid isPermaLink=\"false\">guid-{i}</guid><author>desk@canal.test (Mara Quill)</author>\
                 <pubDate>Tue, 0{} Mar 2024 10:00:00 GMT</pubDate><category>Canals</category></item>",
                i + 1
            )
        })
        .collect();
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Canal News</title>{items}</channel></rss>")
}

fn atom(base: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <title>Canal Atom</title><id>urn:canal</id><updated>2024-03-05T10:00:00Z</updated>\
         <entry><title>Atom one</title><id>urn:canal:1</id><link rel=\"alternate\" href=\"{base}/story/1\"/>\
         <published>2024-03-04T09:00:00Z</published><updated>2024-03-05T10:00:00Z</updated>\
         <author><name>Ivo Brand</name></author></entry></feed>"
    )
}

fn urlset(base: &str, slugs: &[usize], news: bool) -> String {
    let urls: String = slugs
        .iter()
        .map(|i| {
            let news = if news {
                format!(
                    "<news:news><news:publication><news:name>Canal News</news:name><news:language>en</news:language></news:publication>\
                     <news:publication_date>2024-04-0{}T08:00:00Z</news:publication_date><news:title>News title {i}</news:title></news:news>",
                    i + 1
                )
            } else {
                String::new()
            };
            format!("<url><loc>{base}/story/{i}</loc><lastmod>2024-04-01</lastmod>{news}</url>")
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">{urls}</urlset>"
    )
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(data).unwrap();
    gz.finish().unwrap()
}

async fn site() -> Server {
    // The handler needs the server's own address: it reads it from the
    // request's Host header.
    Server::start(|req| {
        let host = req.headers.get("host").cloned().unwrap_or_default();
        let base = format!("http://{host}");
        let path = req.path.as_str();
        match path {
            "/robots.txt" => Reply::with_type(
                200,
                "text/plain",
                format!("User-agent: *\nAllow: /\nSitemap: {base}/sitemap-index.xml\n"),
            ),
            "/" => Reply::html(
                "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">\
                 <link rel=\"alternate\" type=\"application/rss+xml\" title=\"Comments\" href=\"/comments/feed\">\
                 </head><body><p>Home</p></body></html>",
            ),
            "/rss.xml" => Reply::with_type(200, "application/rss+xml", rss(&base, 3)),
            "/atom.xml" => Reply::with_type(200, "application/atom+xml", atom(&base)),
            "/broken.xml" => Reply::with_type(200, "application/rss+xml", "<rss version=\"2.0\"><channel><item>"),
            "/sitemap-index.xml" => Reply::with_type(
                200,
                "application/xml",
                format!(
                    "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\
                     <sitemap><loc>{base}/news-sitemap.xml</loc></sitemap>\
                     <sitemap><loc>{base}/more.xml.gz</loc></sitemap>\
                     <sitemap><loc>{base}/nested-index.xml</loc></sitemap>\
                     <sitemap><loc>{base}/missing.xml</loc></sitemap></sitemapindex>"
                ),
            ),
            "/nested-index.xml" => Reply::with_type(
                200,
                "application/xml",
                format!(
                    "<sitemapindex><sitemap><loc>{base}/deep.xml</loc></sitemap></sitemapindex>"
                ),
            ),
            "/deep.xml" => Reply::with_type(200, "application/xml", urlset(&base, &[9], false)),
            "/news-sitemap.xml" => Reply::with_type(200, "application/xml", urlset(&base, &[0, 1], true)),
            "/more.xml.gz" => Reply::with_type(
                200,
                "application/x-gzip",
                gzip(urlset(&base, &[1, 2], false).as_bytes()),
            ),
            p if p.starts_with("/story/") => {
                let n: usize = p["/story/".len()..].parse().unwrap_or(0);
                if n == 2 {
                    Reply::status(404)
                } else {
                    Reply::html(page(&format!("Page title {n}"), n))
                }
            }
            _ => Reply::status(404),
        }
    })
    .await
}

async fn collect(
    stream: impl futures_util::Stream<Item = Result<Article, Error>>,
) -> Vec<Result<Article, Error>> {
    stream.collect().await
}

#[tokio::test]
async fn rss_feed_items_become_articles_with_feed_metadata() {
    let server = site().await;
    let f = fetcher();
    let results = collect(f.articles_from_feed(server.url("/rss.xml"))).await;
    assert_eq!(results.len(), 3, "one result per item");
    // Feed order, and item 2's page is a 404: reported, the stream goes on.
    let a0 = results[0].as_ref().unwrap();
    assert_eq!(
        a0.title.as_deref(),
        Some("Page title 0"),
        "the page's own title wins"
    );
    assert_eq!(
        a0.authors,
        ["Mara Quill"],
        "the feed's author fills the gap"
    );
    assert_eq!(
        a0.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-03-01T10:00:00+00:00")
    );
    assert_eq!(a0.tags, ["Canals"]);
    assert!(a0.text.contains("Story 0"));
    assert!(results[1].as_ref().unwrap().text.contains("Story 1"));
    assert!(
        matches!(&results[2], Err(Error::Status { code: 404, .. })),
        "{:?}",
        results[2]
    );

    let capped = collect(f.articles_from_feed_with(
        server.url("/rss.xml"),
        Discovery::new().max_items(1),
        Some(Arc::new(SiteMemory::new())),
    ))
    .await;
    assert_eq!(capped.len(), 1);
    assert_eq!(server.count("/story/0"), 2);
}

#[tokio::test]
async fn atom_feed_and_broken_feed() {
    let server = site().await;
    let f = fetcher();
    let feed = f
        .feed(server.url("/atom.xml"), &Discovery::new())
        .await
        .unwrap();
    assert_eq!(feed.title.as_deref(), Some("Canal Atom"));
    assert_eq!(feed.items[0].guid, "urn:canal:1");
    let results = collect(f.articles_from_feed(server.url("/atom.xml"))).await;
    let a = results[0].as_ref().unwrap();
    assert_eq!(a.authors, ["Ivo Brand"]);
    assert_eq!(
        a.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-03-04T09:00:00+00:00")
    );
    assert!(a.text.contains("Story 1"));

    let broken = collect(f.articles_from_feed(server.url("/broken.xml"))).await;
    assert_eq!(broken.len(), 1);
    assert!(
        matches!(&broken[0], Err(Error::Feed { .. })),
        "{:?}",
        broken[0]
    );
    let html = collect(f.articles_from_feed(server.url("/"))).await;
    assert!(matches!(&html[..], [Err(Error::Feed { .. })]), "{html:?}");
}

#[tokio::test]
async fn sitemap_index_news_and_gzip_with_depth_limit() {
    let server = site().await;
    let f = fetcher();
    let map = f
        .sitemap(
            server.url("/sitemap-index.xml"),
            &Discovery::new().max_sitemap_depth(1),
        )
        .await;
    let locs: Vec<String> = map
        .entries
        .iter()
        .map(|e| e.loc.path().to_string())
        .collect();
    // News sitemap first, then the gzipped one (story 1 only once); the
    // nested index is read, its child is too deep.
    assert_eq!(locs, ["/story/0", "/story/1", "/story/2"]);
    assert_eq!(map.entries[0].title.as_deref(), Some("News title 0"));
    assert_eq!(map.entries[0].publication.as_deref(), Some("Canal News"));
    assert_eq!(map.documents, 4);
    assert!(
        map.errors
            .iter()
            .any(|e| matches!(e, Error::SitemapTooDeep { limit: 1, .. })),
        "{:?}",
        map.errors
    );
    assert!(
        map.errors
            .iter()
            .any(|e| matches!(e, Error::Status { code: 404, .. })),
        "{:?}",
        map.errors
    );
    assert!(map.errors.iter().any(|e| e.is_limit()));

    let deeper = f
        .sitemap(server.url("/sitemap-index.xml"), &Discovery::new())
        .await;
    assert!(deeper.entries.iter().any(|e| e.loc.path() == "/story/9"));

    let capped = f
        .sitemap(
            server.url("/sitemap-index.xml"),
            &Discovery::new().max_sitemap_urls(2),
        )
        .await;
    assert_eq!(capped.entries.len(), 2);

    let gz = f
        .sitemap(server.url("/more.xml.gz"), &Discovery::new())
        .await;
    assert_eq!(gz.entries.len(), 2);
    assert!(gz.errors.is_empty(), "{:?}", gz.errors);
}

#[tokio::test]
async fn articles_from_a_news_sitemap_take_its_title_when_the_page_has_none() {
    let server = site().await;
    let f = fetcher();
    let results =
        collect(f.articles_from_sitemap(server.url("/news-sitemap.xml"), Discovery::new(), None))
            .await;
    assert_eq!(results.len(), 2);
    let a = results[0].as_ref().unwrap();
    assert_eq!(
        a.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-04-01T08:00:00+00:00")
    );
    assert!(a.text.contains("Story 0"));
}

#[tokio::test]
async fn discovery_finds_alternate_feeds_and_robots_sitemaps() {
    let server = site().await;
    let f = fetcher();
    let found = f
        .discover(server.url("/"), &Discovery::new())
        .await
        .unwrap();
    let feeds: Vec<&str> = found.feeds.iter().map(|u| u.path()).collect();
    assert_eq!(feeds, ["/rss.xml"], "comment feeds are left out");
    let maps: Vec<&str> = found.sitemaps.iter().map(|u| u.path()).collect();
    assert_eq!(maps, ["/sitemap-index.xml"]);
    // A feed or sitemap URL is its own answer.
    let direct = f
        .discover(server.url("/atom.xml"), &Discovery::new())
        .await
        .unwrap();
    assert_eq!(direct.feeds.len(), 1);
    assert!(direct.sitemaps.is_empty());
    let direct = f
        .discover(server.url("/more.xml.gz"), &Discovery::new())
        .await
        .unwrap();
    assert_eq!(direct.sitemaps.len(), 1);
}
