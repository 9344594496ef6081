//! The fetcher against an in-process HTTP server on 127.0.0.1.
#![cfg(feature = "fetch")]

mod support;

use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use gleaner::decode::CharsetSource;
use gleaner::{Error, Url};
use support::{article_page, quick, Reply, Server};

#[tokio::test]
async fn follows_redirects_and_reports_the_final_url() {
    let server = Server::without_robots(|r| match r.path.as_str() {
        "/old" => Reply::redirect(301, "/middle"),
        "/middle" => Reply::redirect(302, "/news/breakwater"),
        "/news/breakwater" => Reply::html(article_page("Breakwater repairs approved"))
            .header("ETag", "\"v1\"")
            .header("Last-Modified", "Tue, 05 Mar 2024 10:00:00 GMT"),
        _ => Reply::status(404),
    })
    .await;
    let fetcher = quick().build().unwrap();
    let page = fetcher.fetch(server.url("/old")).await.unwrap();
    assert_eq!(page.url.as_str(), server.url("/news/breakwater"));
    let chain: Vec<String> = page.redirects.iter().map(|u| u.to_string()).collect();
    assert_eq!(chain, vec![server.url("/old"), server.url("/middle")]);
    assert_eq!(page.requested_url().as_str(), server.url("/old"));
    assert_eq!(page.status, 200);
    assert_eq!(page.etag.as_deref(), Some("\"v1\""));
    assert_eq!(
        page.last_modified.as_deref(),
        Some("Tue, 05 Mar 2024 10:00:00 GMT")
    );
    assert_eq!(page.charset_source, CharsetSource::Header);
    assert!(page.text.contains("eastern breakwater"));

    let from_page = fetcher.extract_page(page).await.unwrap();
    assert_eq!(
        from_page.title.as_deref(),
        Some("Breakwater repairs approved")
    );

    let before = chrono::Utc::now();
    let article = fetcher.fetch_article(server.url("/old")).await.unwrap();
    assert_eq!(
        article.url.as_ref().map(Url::as_str),
        Some(server.url("/news/breakwater").as_str())
    );
    assert_eq!(
        article.title.as_deref(),
        Some("Breakwater repairs approved")
    );
    assert!(article.text.contains("reserve fund"));
    assert!(!article.text.contains("Home"));
    let fetched = article.fetched_at.expect("fetched_at set");
    assert!(fetched >= before - chrono::Duration::seconds(1));
    let ua = &server.hits()[0].headers["user-agent"];
    assert!(ua.starts_with("gleaner/"), "{ua}");
}

#[tokio::test]
async fn redirect_loop_and_too_many_redirects() {
    let server = Server::without_robots(|r| match r.path.as_str() {
        "/a" => Reply::redirect(302, "/b"),
        "/b" => Reply::redirect(302, "/a"),
        p => {
            // /chain/N redirects to /chain/N+1 forever.
            let n: usize = p.trim_start_matches("/chain/").parse().unwrap_or(0);
            Reply::redirect(301, &format!("/chain/{}", n + 1))
        }
    })
    .await;
    let fetcher = quick().max_redirects(3).build().unwrap();
    let err = fetcher.fetch(server.url("/a")).await.unwrap_err();
    match &err {
        Error::RedirectLoop { url, repeated } => {
            assert_eq!(url.as_str(), server.url("/a"));
            assert_eq!(repeated.as_str(), server.url("/a"));
        }
        other => panic!("expected RedirectLoop, got {other:?}"),
    }
    let err = fetcher.fetch(server.url("/chain/0")).await.unwrap_err();
    assert!(
        matches!(err, Error::TooManyRedirects { limit: 3, .. }),
        "{err:?}"
    );
    // Requested once, then three redirects followed, the fourth refused.
    assert_eq!(
        server
            .hits()
            .iter()
            .filter(|h| h.path.starts_with("/chain/"))
            .count(),
        4
    );
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    let server = Server::without_robots(|r| match r.path.as_str() {
        "/gone" => Reply::status(410),
        _ => Reply::status(404),
    })
    .await;
    let fetcher = quick().build().unwrap();
    for (path, code) in [("/missing", 404), ("/gone", 410)] {
        let err = fetcher.fetch_article(server.url(path)).await.unwrap_err();
        match &err {
            Error::Status { code: c, url, .. } => {
                assert_eq!(*c, code);
                assert_eq!(url.as_str(), server.url(path));
            }
            other => panic!("expected Status, got {other:?}"),
        }
        assert!(!err.is_retryable());
        assert_eq!(server.count(path), 1, "{path} requested once");
    }
}

#[tokio::test]
async fn server_errors_are_retried_with_backoff_then_succeed() {
    let server = Server::without_robots(|r| {
        let failing = match r.path.as_str() {
            "/s500" => 500,
            "/s503" => 503,
            _ => 429,
        };
        if r.nth < 2 {
            Reply::status(failing)
        } else {
            Reply::html(article_page("Ferry timetable changes"))
        }
    })
    .await;
    let base = Duration::from_millis(40);
    let fetcher = quick()
        .retry_base_delay(base)
        .max_retries(2)
        .build()
        .unwrap();
    for path in ["/s500", "/s503", "/s429"] {
        let article = fetcher.fetch_article(server.url(path)).await.unwrap();
        assert!(article.text.contains("breakwater"));
        let times = server.times(path);
        assert_eq!(times.len(), 3, "{path}: two failures then success");
        // Jittered exponential backoff: at least half of 40 ms, then of 80 ms.
        let first = times[1] - times[0];
        let second = times[2] - times[1];
        assert!(first >= base / 2, "{path}: {first:?}");
        assert!(second >= base, "{path}: {second:?}");
    }

    // With the retries used up, the error is reported and is retryable.
    let stubborn = Server::without_robots(|_| Reply::status(503)).await;
    let err = fetcher.fetch(stubborn.url("/x")).await.unwrap_err();
    assert!(matches!(err, Error::Status { code: 503, .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(stubborn.count("/x"), 3);
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = Server::without_robots(|r| match (r.path.as_str(), r.nth) {
        ("/busy", 0) => Reply::status(503).header("Retry-After", "1"),
        ("/never", _) => Reply::status(429).header("Retry-After", "3600"),
        _ => Reply::html(article_page("Market day moves")),
    })
    .await;
    let fetcher = quick()
        .retry_base_delay(Duration::from_millis(10))
        .max_retry_after(Duration::from_secs(5))
        .build()
        .unwrap();
    fetcher.fetch(server.url("/busy")).await.unwrap();
    let times = server.times("/busy");
    assert_eq!(times.len(), 2);
    assert!(
        times[1] - times[0] >= Duration::from_millis(990),
        "waited {:?}",
        times[1] - times[0]
    );

    // A Retry-After beyond max_retry_after: no retry, the wait is reported.
    let started = Instant::now();
    let err = fetcher.fetch(server.url("/never")).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    match err {
        Error::Status {
            code: 429,
            retry_after,
            ..
        } => assert_eq!(retry_after, Some(Duration::from_secs(3600))),
        other => panic!("expected 429, got {other:?}"),
    }
    assert_eq!(server.count("/never"), 1);
}

#[tokio::test]
async fn connection_refused_is_a_retryable_connect_error() {
    // Bind, learn the port, close: nothing listens there any more.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let fetcher = quick().max_retries(1).build().unwrap();
    let url = format!("http://127.0.0.1:{port}/news");
    let err = fetcher.fetch(&url).await.unwrap_err();
    assert!(matches!(err, Error::Connect { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(err.url().map(Url::as_str), Some(url.as_str()));
}

#[tokio::test]
async fn stalled_and_trickling_servers_time_out_within_bounds() {
    let server = Server::without_robots(|r| match r.path.as_str() {
        "/stall" => Reply::Stall,
        _ => Reply::Trickle(Duration::from_millis(50)),
    })
    .await;
    let fetcher = quick()
        .read_timeout(Duration::from_millis(300))
        .timeout(Duration::from_millis(800))
        .max_retries(0)
        .build()
        .unwrap();

    let started = Instant::now();
    let err = fetcher.fetch(server.url("/stall")).await.unwrap_err();
    let took = started.elapsed();
    // The read timeout (300 ms) catches it, well before the total one.
    assert!(
        matches!(err, Error::Timeout { phase: "read", .. }),
        "{err:?}"
    );
    assert!(err.is_retryable());
    assert!(took >= Duration::from_millis(250), "{took:?}");
    assert!(took < Duration::from_secs(2), "{took:?}");

    // Bytes every 50 ms never trip the read timeout; the total one ends it.
    let started = Instant::now();
    let err = fetcher.fetch(server.url("/trickle")).await.unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(err, Error::Timeout { phase: "total", .. }),
        "{err:?}"
    );
    assert!(took >= Duration::from_millis(750), "{took:?}");
    assert!(took < Duration::from_secs(3), "{took:?}");
}

#[tokio::test]
async fn an_oversized_body_is_aborted_early() {
    let total = 64 * 1024 * 1024;
    let server = Server::without_robots(move |r| match r.path.as_str() {
        "/declared" => Reply::html(vec![b'x'; 300 * 1024]),
        _ => Reply::Huge { total },
    })
    .await;
    let limit = 256 * 1024;
    let fetcher = quick().max_body_bytes(limit).build().unwrap();
    let err = fetcher.fetch(server.url("/huge")).await.unwrap_err();
    match err {
        Error::TooLarge { limit: l, read, .. } => {
            assert_eq!(l, limit);
            assert!(read > limit && read < limit + 128 * 1024, "read {read}");
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    // Give the server a moment to notice the closed connection.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let written = server
        .huge_written
        .load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        written < 16 * 1024 * 1024,
        "server wrote {written} of {total} bytes"
    );

    // A Content-Length over the limit is refused before reading the body.
    let err = fetcher.fetch(server.url("/declared")).await.unwrap_err();
    assert!(matches!(err, Error::TooLarge { read: 0, .. }), "{err:?}");
}

#[tokio::test]
async fn only_html_is_extracted() {
    let page = article_page("Lighthouse keepers return");
    let p2 = page.clone();
    let server = Server::without_robots(move |r| match r.path.as_str() {
        "/report.pdf" => Reply::with_type(200, "application/pdf", "%PDF-1.4 ..."),
        "/data.json" => Reply::with_type(200, "application/json", "{\"a\": 1}"),
        "/notes.txt" => Reply::with_type(200, "text/plain", "just some notes, not a page"),
        "/plain-html" => Reply::with_type(200, "text/plain; charset=utf-8", p2.clone()),
        "/xhtml" => Reply::with_type(200, "application/xhtml+xml", p2.clone()),
        _ => Reply::Full {
            status: 200,
            headers: vec![],
            body: p2.clone().into_bytes(),
        },
    })
    .await;
    let fetcher = quick().build().unwrap();
    for (path, ct) in [
        ("/report.pdf", "application/pdf"),
        ("/data.json", "application/json"),
        ("/notes.txt", "text/plain"),
    ] {
        let err = fetcher.fetch_article(server.url(path)).await.unwrap_err();
        match &err {
            Error::UnsupportedContentType { content_type, .. } => {
                assert_eq!(content_type, ct)
            }
            other => panic!("{path}: expected UnsupportedContentType, got {other:?}"),
        }
        assert!(err.to_string().contains(ct), "{err}");
    }
    for path in ["/plain-html", "/xhtml", "/untyped"] {
        let article = fetcher.fetch_article(server.url(path)).await.unwrap();
        assert_eq!(
            article.title.as_deref(),
            Some("Lighthouse keepers return"),
            "{path}"
        );
    }
    // fetch() itself returns any type.
    let pdf = fetcher.fetch(server.url("/report.pdf")).await.unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF"));
    let err = fetcher.extract_page(pdf).await.unwrap_err();
    assert!(
        matches!(err, Error::UnsupportedContentType { .. }),
        "{err:?}"
    );
    // Other schemes are refused.
    let err = fetcher.fetch("ftp://127.0.0.1/a").await.unwrap_err();
    assert!(matches!(err, Error::InvalidUrl { .. }), "{err:?}");
}

#[tokio::test]
async fn compressed_bodies_are_decoded() {
    let page = article_page("Orchard harvest doubles");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(page.as_bytes()).unwrap();
    let gzipped = gz.finish().unwrap();
    let mut br = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut br, 4096, 5, 22);
        w.write_all(page.as_bytes()).unwrap();
    }
    let server = Server::without_robots(move |r| {
        let (body, enc) = match r.path.as_str() {
            "/gz" => (gzipped.clone(), "gzip"),
            _ => (br.clone(), "br"),
        };
        Reply::html(body).header("Content-Encoding", enc)
    })
    .await;
    let fetcher = quick().build().unwrap();
    for path in ["/gz", "/br"] {
        let article = fetcher.fetch_article(server.url(path)).await.unwrap();
        assert_eq!(article.title.as_deref(), Some("Orchard harvest doubles"));
        assert!(article.text.contains("reserve fund"), "{path}");
    }
    let accept = &server.hits()[0].headers["accept-encoding"];
    for enc in ["gzip", "br", "deflate", "zstd"] {
        assert!(accept.contains(enc), "{accept}");
    }
}

#[tokio::test]
async fn legacy_charsets_without_a_header_charset() {
    let latin = "<!DOCTYPE html><html><head><title>Café crème à Noël</title></head><body><article>\
        <h1>Café crème à Noël</h1>\
        <p>Les cafés du vieux port servent une crème épaisse pendant les fêtes de fin d'année.</p>\
        <p>Les propriétaires déclarent que la clientèle a doublé depuis l'été dernier, même le dimanche.</p>\
        <p>À Noël, la fête réunit des familles entières autour des tables en terrasse chauffée.</p>\
        </article></body></html>";
    let (win1252, _, _) = encoding_rs::WINDOWS_1252.encode(latin);
    let japanese = "<!DOCTYPE html><html><head><meta charset=\"Shift_JIS\"><title>港の防波堤を修理</title></head><body><article>\
        <h1>港の防波堤を修理</h1>\
        <p>港湾委員会は火曜日、冬の嵐が来る前に東側の防波堤を修理することを決めました。</p>\
        <p>漁師たちは去年の三月に壁の一部が崩れて以来、工事を求めていました。</p>\
        <p>工事には四か月かかる見込みで、費用は港の積立金から支払われます。</p>\
        </article></body></html>";
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(japanese);
    let (w, s) = (win1252.into_owned(), sjis.into_owned());
    let server = Server::without_robots(move |r| match r.path.as_str() {
        "/fr" => Reply::with_type(200, "text/html", w.clone()),
        _ => Reply::with_type(200, "text/html", s.clone()),
    })
    .await;
    let fetcher = quick().build().unwrap();
    let fr = fetcher.fetch(server.url("/fr")).await.unwrap();
    assert_eq!(fr.encoding, "windows-1252");
    assert_eq!(fr.charset_source, CharsetSource::Detected);
    assert!(fr.text.contains("Café crème à Noël"));
    let ja = fetcher.fetch(server.url("/ja")).await.unwrap();
    assert_eq!(ja.encoding, "Shift_JIS");
    assert_eq!(ja.charset_source, CharsetSource::Meta);
    let article = fetcher.fetch_article(server.url("/ja")).await.unwrap();
    assert_eq!(article.title.as_deref(), Some("港の防波堤を修理"));
    assert!(article.text.contains("東側の防波堤"));
}

#[tokio::test]
async fn robots_txt_disallow_and_crawl_delay() {
    let server = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::with_type(
            200,
            "text/plain",
            "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n\nUser-agent: gleaner\nDisallow: /drafts/\nCrawl-delay: 0.3\n",
        ),
        p => Reply::html(article_page(&format!("Page {p}"))),
    })
    .await;
    let fetcher = quick().build().unwrap();
    let err = fetcher.fetch(server.url("/drafts/x")).await.unwrap_err();
    match &err {
        Error::RobotsDisallowed { url } => assert_eq!(url.as_str(), server.url("/drafts/x")),
        other => panic!("expected RobotsDisallowed, got {other:?}"),
    }
    assert!(!err.is_retryable());
    assert_eq!(
        server.count("/drafts/x"),
        0,
        "disallowed URL never requested"
    );
    for i in 0..3 {
        fetcher
            .fetch(server.url(&format!("/news/{i}")))
            .await
            .unwrap();
    }
    // robots.txt fetched once, and cached.
    assert_eq!(server.count("/robots.txt"), 1);
    let times: Vec<Instant> = server.hits().iter().map(|h| h.at).collect();
    for pair in times.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(gap >= Duration::from_millis(290), "crawl-delay gap {gap:?}");
    }

    // A redirected robots.txt is followed.
    let moved = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::redirect(301, "/static/robots.txt"),
        "/static/robots.txt" => {
            Reply::with_type(200, "text/plain", "User-agent: *\nDisallow: /members/\n")
        }
        _ => Reply::html(article_page("Open")),
    })
    .await;
    let err = fetcher.fetch(moved.url("/members/a")).await.unwrap_err();
    assert!(matches!(err, Error::RobotsDisallowed { .. }), "{err:?}");
    fetcher.fetch(moved.url("/news/a")).await.unwrap();
    assert_eq!(moved.count("/static/robots.txt"), 1);

    // Once the TTL has passed, robots.txt is fetched again.
    let refetching = quick().robots_ttl(Duration::ZERO).build().unwrap();
    refetching.fetch(moved.url("/news/b")).await.unwrap();
    refetching.fetch(moved.url("/news/c")).await.unwrap();
    assert_eq!(moved.count("/static/robots.txt"), 3);

    // Opting out: the disallowed URL is fetched, robots.txt is not.
    let free = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::with_type(200, "text/plain", "User-agent: *\nDisallow: /\n"),
        _ => Reply::html(article_page("Open")),
    })
    .await;
    let fetcher = quick().obey_robots(false).build().unwrap();
    fetcher.fetch(free.url("/drafts/x")).await.unwrap();
    assert_eq!(free.count("/robots.txt"), 0);
}

#[tokio::test]
async fn per_host_delay_and_concurrency_are_respected() {
    let server = Server::without_robots(|_| {
        Reply::Slow(
            Duration::from_millis(30),
            Box::new(Reply::html(article_page("Tide tables"))),
        )
    })
    .await;
    let delay = Duration::from_millis(100);
    let fetcher = quick().host_delay(delay).build().unwrap();
    let urls: Vec<Url> = (0..5)
        .map(|i| Url::parse(&server.url(&format!("/p/{i}"))).unwrap())
        .collect();
    let results: Vec<_> = fetcher.fetch_many(urls).collect().await;
    assert!(results.iter().all(|(_, r)| r.is_ok()));
    let times: Vec<Instant> = server.hits().iter().map(|h| h.at).collect();
    assert_eq!(times.len(), 6, "robots.txt and five pages");
    // The server sees arrivals, which lag the fetcher's sends by a latency
    // that varies under load: one gap may be short by that variation, but
    // no gap comes near the 30 ms a missing delay gives, and on average
    // the gaps hold the delay.
    for pair in times.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(gap >= delay - Duration::from_millis(25), "gap {gap:?}");
    }
    let span = times[times.len() - 1] - times[0];
    let mean = span / (times.len() as u32 - 1);
    assert!(
        mean >= delay - Duration::from_millis(5),
        "mean gap {mean:?}"
    );

    // No delay: the per-host cap bounds overlapping requests.
    let slow = Server::without_robots(|_| {
        Reply::Slow(
            Duration::from_millis(50),
            Box::new(Reply::html(article_page("Tide tables"))),
        )
    })
    .await;
    let fetcher = quick()
        .per_host_concurrency(3)
        .concurrency(20)
        .build()
        .unwrap();
    let urls: Vec<Url> = (0..15)
        .map(|i| Url::parse(&slow.url(&format!("/p/{i}"))).unwrap())
        .collect();
    let results: Vec<_> = fetcher.fetch_many(urls).collect().await;
    assert_eq!(results.len(), 15);
    assert_eq!(slow.max_in_flight(), 3, "cap reached but never passed");
}

#[tokio::test]
async fn fetch_many_reports_every_url_exactly_once() {
    let mut servers = Vec::new();
    for _ in 0..5 {
        servers.push(
            Server::without_robots(|r| {
                let n: usize = r.path.rsplit('/').next().unwrap().parse().unwrap();
                match n % 10 {
                    // A few failures mixed in: they are results too.
                    7 => Reply::status(404),
                    _ => Reply::Slow(
                        Duration::from_millis(5),
                        Box::new(Reply::html(article_page(&format!(
                            "Harbour story number {n} approved"
                        )))),
                    ),
                }
            })
            .await,
        );
    }
    let urls: Vec<Url> = (0..200)
        .map(|i| Url::parse(&servers[i % 5].url(&format!("/story/{i}"))).unwrap())
        .collect();
    let fetcher = quick()
        .concurrency(8)
        .per_host_concurrency(2)
        .build()
        .unwrap();
    let started = Instant::now();
    let results: Vec<_> = fetcher.fetch_many(urls.clone()).collect().await;
    assert!(started.elapsed() < Duration::from_secs(20));
    let mut seen: HashMap<Url, usize> = HashMap::new();
    for (url, result) in &results {
        *seen.entry(url.clone()).or_default() += 1;
        let n: usize = url.path().rsplit('/').next().unwrap().parse().unwrap();
        match result {
            Ok(article) => assert_eq!(
                article.title.as_deref(),
                Some(format!("Harbour story number {n} approved").as_str())
            ),
            Err(e) => {
                assert_eq!(n % 10, 7, "{url}: {e}");
                assert!(matches!(e, Error::Status { code: 404, .. }));
            }
        }
    }
    assert_eq!(results.len(), 200);
    assert_eq!(seen.len(), 200);
    assert!(seen.values().all(|&c| c == 1));
    for s in &servers {
        assert!(
            s.max_in_flight() <= 2,
            "per-host cap: {}",
            s.max_in_flight()
        );
        assert_eq!(s.count("/robots.txt"), 1);
    }
}

#[tokio::test]
async fn extraction_runs_off_the_async_executor() {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;

    // A long page: extracting it takes a while, in debug and release builds.
    // Its length doubles until one extraction takes 20 ms here (a faster
    // extractor or machine needs a longer page for a stall to show).
    let long_page = |paragraphs: usize| {
        let mut page = String::from(
            "<html><head><title>Long read</title></head><body><article><h1>Long read</h1>",
        );
        for i in 0..paragraphs {
            page.push_str(&format!(
                "<p>Paragraph {i}: the tide came in over the <b>flats</b> and the birds lifted off the sand in a long grey line.</p>"
            ));
        }
        page.push_str("</article></body></html>");
        page
    };
    let mut paragraphs = 6000;
    let (page, extraction_time) = loop {
        let page = long_page(paragraphs);
        let direct = Instant::now();
        gleaner::extract(&page, None).unwrap();
        let extraction_time = direct.elapsed();
        if extraction_time >= Duration::from_millis(20) || paragraphs >= 96_000 {
            break (page, extraction_time);
        }
        paragraphs *= 2;
    };
    assert!(
        extraction_time >= Duration::from_millis(20),
        "the page must be slow enough to tell: {extraction_time:?}"
    );
    let last_paragraph = format!("Paragraph {}", paragraphs - 1);

    let body = page.clone();
    let server = Server::without_robots(move |_| Reply::html(body.clone())).await;
    let fetcher = quick().max_body_bytes(16 << 20).build().unwrap();
    // This test runs on a current-thread runtime: a ticker on it stalls for
    // the whole extraction if extraction blocks the executor.
    let base = Instant::now();
    let max_gap_us = Arc::new(AtomicU64::new(0));
    let last_tick_us = Arc::new(AtomicU64::new(0));
    let (gap, tick) = (max_gap_us.clone(), last_tick_us.clone());
    let ticker = tokio::spawn(async move {
        let mut last = Instant::now();
        loop {
            tokio::time::sleep(Duration::from_millis(1)).await;
            gap.fetch_max(last.elapsed().as_micros() as u64, Ordering::SeqCst);
            last = Instant::now();
            tick.store((last - base).as_micros() as u64, Ordering::SeqCst);
        }
    });
    let article = fetcher.fetch_article(server.url("/long")).await.unwrap();
    // The ticker may not have run since a stall that ended just now.
    let since_last_tick =
        base.elapsed() - Duration::from_micros(last_tick_us.load(Ordering::SeqCst));
    ticker.abort();
    assert!(article.text.contains(&last_paragraph));
    let max_gap = Duration::from_micros(max_gap_us.load(Ordering::SeqCst)).max(since_last_tick);
    assert!(
        max_gap < extraction_time / 2,
        "executor stalled {max_gap:?} (extraction takes {extraction_time:?})"
    );
}

#[tokio::test]
async fn fetch_many_with_a_site_memory_strips_what_the_host_repeats() {
    let server = Server::without_robots(|r| {
            let n = r.path.rsplit('/').next().unwrap_or("0").to_string();
            Reply::html(format!(
                "<html><body><article><p>Quillorama Hyperlocal Dispatch Bureau</p><p>Page {n}: the river ferry timetable changes next week, and \
                 the council says the new crossing times suit commuters better.</p>\
                 <p>Page {n}: residents asked for a later last boat on Fridays, which \
                 the operator promised to consider over the summer months.</p>\
                 <p>Quillorama Hyperlocal Dispatch Bureau</p></article></body></html>"
            ))
        })
    .await;
    let fetcher = quick()
        .concurrency(1)
        .per_host_concurrency(1)
        .build()
        .unwrap();
    let urls: Vec<Url> = (0..4)
        .map(|i| Url::parse(&server.url(&format!("/p/{i}"))).unwrap())
        .collect();
    let memory = std::sync::Arc::new(gleaner::SiteMemory::default());
    let results: Vec<_> = fetcher
        .fetch_many_with(urls, std::sync::Arc::clone(&memory))
        .collect()
        .await;
    assert_eq!(results.len(), 4);
    let first = results[0].1.as_ref().unwrap();
    assert!(
        first.text.contains("Quillorama"),
        "nothing learned yet: {}",
        first.text
    );
    let (url, last) = results.last().unwrap();
    let last = last.as_ref().unwrap();
    assert!(url.path().ends_with("/3"));
    assert!(
        last.text.contains("Page 3: the river ferry"),
        "{}",
        last.text
    );
    assert!(!last.text.contains("Quillorama"), "{}", last.text);
}
