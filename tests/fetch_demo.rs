//! The bundled demo page of the `fetch` example, fetched through the real
//! fetcher from a local server, as the example's no-argument demo does.
#![cfg(feature = "fetch")]

mod support;

use std::time::Duration;

use gleaner::Fetcher;
use support::{Reply, Server};

const DEMO_PAGE: &str = include_str!("../examples/demo/syndicated.html");

#[tokio::test]
async fn the_demo_page_extracts_through_the_fetcher() {
    let server = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => {
            Reply::with_type(200, "text/plain", "User-agent: *\nDisallow: /wp-admin/\n")
        }
        "/?p=48211" => Reply::redirect(301, "/2024/05/14/tram/"),
        "/2024/05/14/tram/" => Reply::with_type(200, "text/html", DEMO_PAGE),
        _ => Reply::status(404),
    })
    .await;
    let fetcher = Fetcher::builder()
        .host_delay(Duration::ZERO)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let page = fetcher.fetch(server.url("/?p=48211")).await.unwrap();
    assert_eq!(page.encoding, "UTF-8");
    assert_eq!(page.redirects.len(), 1);
    let article = fetcher.extract_page(page).await.unwrap();
    assert_eq!(
        article.title.as_deref(),
        Some("Analysis: The town that wanted a tram may have to settle for a bus")
    );
    assert!(article.text.starts_with("When the council of Lindenford"));
    assert!(article.text.contains("could never afford."));
    for junk in [
        "Best SEO Markting",
        "how can I help",
        "Ask us anything",
        "Related Post",
        "Leave a Reply",
        "Recent Posts",
        "Backlinks",
    ] {
        assert!(!article.text.contains(junk), "{junk:?} in the text");
    }
    assert!(article.fetched_at.is_some());
}
