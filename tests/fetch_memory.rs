//! Extraction memory through the fetcher, measured with a counting
//! allocator (heap bytes requested, not wall time or RSS): the per-element
//! cost on an element-dense page stays under the figure the README
//! documents, and `fetch_many` extracts at most `extract_concurrency` pages
//! at once, so its peak does not grow with the download concurrency.
//!
//! One test in this binary: the counters are process-wide.
#![cfg(feature = "fetch")]

#[path = "support/heap.rs"]
mod heap;
mod support;

use std::time::Duration;

use futures_util::StreamExt;
use gleaner::{Error, Extractor, Fetcher, Url};
use support::{Reply, Server};

/// Heap bytes above the current level that `f` peaked at.
async fn peak_of<T>(f: impl std::future::Future<Output = T>) -> (T, usize) {
    let base = heap::start();
    let out = f.await;
    (out, heap::peak_above(base))
}

/// The README's per-element figure for an image-dense page (the worst
/// element kind measured: each `<img>` is also an image block of the
/// article).
/// (Measured: about 800 on a 476,000-image page, 1,100 on this 20,000-image
/// one, where vectors grown by doubling overshoot more.)
const BYTES_PER_ELEMENT: usize = 1_200;

const IMAGES: usize = 20_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn extraction_memory_is_bounded_per_element_and_per_fetcher() {
    let html = heap::image_page(IMAGES);
    let body = html.len();
    let server = Server::without_robots(move |r| match r.path.as_str() {
        "/small" => Reply::html(support::article_page("Harbour")),
        _ => Reply::html(html.clone()),
    })
    .await;
    let builder = || {
        Fetcher::builder()
            .host_delay(Duration::ZERO)
            .per_host_concurrency(6)
            .concurrency(6)
            .timeout(Duration::from_secs(30))
    };

    // The per-page limit is an error naming it, found before parsing.
    let small = builder()
        .extractor(Extractor::builder().max_elements(IMAGES / 2).build())
        .build()
        .unwrap();
    let err = small.fetch_article(server.url("/p/0")).await.unwrap_err();
    assert!(
        matches!(err, Error::TooManyElements { limit, .. } if limit == IMAGES / 2),
        "{err:?}"
    );

    // One page: the whole fetch-and-extract under the documented figure,
    // above what a small page costs (client, runtime, robots.txt).
    let one = builder().extract_concurrency(1).build().unwrap();
    let (small, fixed) = peak_of(one.fetch_article(server.url("/small"))).await;
    small.unwrap();
    let (article, single) = peak_of(one.fetch_article(server.url("/p/1"))).await;
    let article = article.unwrap();
    assert!(article.blocks.len() >= IMAGES, "every image is a block");
    let elements = IMAGES + 8;
    let single = single.saturating_sub(fixed);
    eprintln!(
        "one page of {elements} elements ({body} bytes): peak heap {single} bytes above a small page's {fixed}, {} per element",
        single / elements
    );
    assert!(
        single <= elements * BYTES_PER_ELEMENT,
        "{single} bytes for {elements} elements is over {BYTES_PER_ELEMENT} per element"
    );
    drop(article);

    // Four at once with one extraction at a time: about one page's peak plus
    // the four downloaded bodies (held as bytes and text), not four pages.
    let urls: Vec<Url> = (0..4)
        .map(|i| Url::parse(&server.url(&format!("/p/{}", 10 + i))).unwrap())
        .collect();
    // Each article is dropped as it arrives: what is measured is the
    // fetcher's peak, not the caller's collection.
    let (ok, many) = peak_of(
        one.fetch_many(urls)
            .fold(0, |n, (_, r)| async move { n + usize::from(r.is_ok()) }),
    )
    .await;
    assert_eq!(ok, 4);
    eprintln!("four pages, extract_concurrency 1: peak heap {many} bytes");
    let bound = fixed + single + 4 * 3 * body + (single / 2);
    assert!(
        many <= bound,
        "fetch_many peaked at {many} bytes, over {bound} (one extraction {single})"
    );
}
