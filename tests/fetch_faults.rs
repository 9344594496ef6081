//! The fetcher's fault handling (issue 19), against misbehaving servers on
//! 127.0.0.1: robots.txt by RFC 9309 when reading it fails, the per-URL
//! deadline, the private-address guard, charset fallback and binary bodies,
//! refused redirects, and which transport errors are retried.
#![cfg(feature = "fetch")]

mod support;

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use gleaner::decode::CharsetSource;
use gleaner::Error;
use support::{article_page, quick, Reply, Server};

fn page() -> Reply {
    Reply::html(article_page("Breakwater repairs approved"))
}

/// A response head and part of a body, then a TCP reset.
fn reset_after(head_and_body: &str) -> Reply {
    Reply::Raw {
        bytes: head_and_body.as_bytes().to_vec(),
        reset: true,
    }
}

// ---- robots.txt (RFC 9309) ----

#[tokio::test]
async fn a_robots_txt_over_the_limit_is_parsed_on_its_first_512_kib() {
    let mut robots = String::from("User-agent: *\nDisallow: /private/\n");
    while robots.len() < 600 * 1024 {
        robots.push_str("# a long comment line that pads the file past the limit\n");
    }
    // Past the limit: not parsed.
    robots.push_str("Disallow: /late/\n");
    let server = Server::start(move |r| match r.path.as_str() {
        "/robots.txt" => Reply::with_type(200, "text/plain", robots.clone()),
        _ => page(),
    })
    .await;
    let fetcher = quick().build().unwrap();
    let err = fetcher
        .fetch(server.url("/private/report"))
        .await
        .unwrap_err();
    // Before: the 600 KiB file was dropped as too large and the host
    // crawled as if it had no rules.
    assert!(
        matches!(err, Error::RobotsDisallowed { .. }),
        "a rule in the first 512 KiB applies: {err:?}"
    );
    assert_eq!(server.count("/private/report"), 0);
    fetcher.fetch(server.url("/late/page")).await.unwrap();
}

#[tokio::test]
async fn a_robots_txt_reset_after_its_rules_disallows_the_host() {
    let server = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => reset_after(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\nUser-agent: *\nAllow: /\n",
        ),
        _ => page(),
    })
    .await;
    let fetcher = quick().build().unwrap();
    let err = fetcher.fetch(server.url("/news/a")).await.unwrap_err();
    match &err {
        Error::RobotsUnavailable { url, status, cause } => {
            assert_eq!(url.as_str(), server.url("/news/a"));
            assert_eq!(*status, None);
            assert!(cause.contains("robots.txt"), "{cause}");
        }
        other => panic!("expected RobotsUnavailable, got {other:?}"),
    }
    assert!(!err.is_retryable());
    assert_eq!(server.count("/news/a"), 0, "the page is not fetched");
}

#[tokio::test]
async fn a_robots_txt_that_never_answers_disallows_the_host_for_the_cache_lifetime() {
    let server = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::Stall,
        _ => page(),
    })
    .await;
    let fetcher = quick().build().unwrap();
    for path in ["/a", "/b"] {
        let err = fetcher.fetch(server.url(path)).await.unwrap_err();
        match &err {
            Error::RobotsUnavailable { cause, .. } => {
                assert!(cause.contains("timed out"), "{cause}")
            }
            other => panic!("expected RobotsUnavailable, got {other:?}"),
        }
    }
    assert_eq!(server.count("/a") + server.count("/b"), 0);
    assert_eq!(server.count("/robots.txt"), 1, "the decision is cached");
}

#[tokio::test]
async fn a_trickling_robots_txt_disallows_the_host() {
    let server = Server::start(|r| match r.path.as_str() {
        // One byte every 100 ms passes the 300 ms read timeout forever.
        "/robots.txt" => Reply::Trickle(Duration::from_millis(100)),
        _ => page(),
    })
    .await;
    let fetcher = quick().timeout(Duration::from_millis(500)).build().unwrap();
    let err = fetcher.fetch(server.url("/a")).await.unwrap_err();
    assert!(
        matches!(&err, Error::RobotsUnavailable { cause, .. } if cause.contains("total")),
        "{err:?}"
    );
    assert_eq!(server.count("/a"), 0);
}

#[tokio::test]
async fn a_robots_txt_server_error_names_the_status_and_a_4xx_allows() {
    let server = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::status(503),
        _ => page(),
    })
    .await;
    let fetcher = quick().build().unwrap();
    let err = fetcher.fetch(server.url("/a")).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::RobotsUnavailable {
                status: Some(503),
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("503"), "{err}");

    let open = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::status(403),
        _ => page(),
    })
    .await;
    fetcher.fetch(open.url("/a")).await.unwrap();
}

// ---- the per-URL deadline ----

#[tokio::test]
async fn the_deadline_bounds_every_attempt_and_names_itself() {
    // Passes the read timeout, never finishes: each attempt runs into the
    // 400 ms total timeout, and is retried.
    let server = Server::without_robots(|_| Reply::Trickle(Duration::from_millis(50))).await;
    let fetcher = quick()
        .timeout(Duration::from_millis(400))
        .max_retries(5)
        .deadline(Duration::from_millis(700))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = fetcher.fetch(server.url("/slow")).await.unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(
            err,
            Error::Timeout {
                phase: "deadline",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(took < Duration::from_millis(1500), "{took:?}");
    // Six attempts of 400 ms were allowed by the retries; the deadline cut
    // them to two.
    assert_eq!(server.count("/slow"), 2);
}

#[tokio::test]
async fn a_retry_after_past_the_deadline_is_not_waited_for() {
    let server = Server::without_robots(|_| Reply::status(503).header("Retry-After", "5")).await;
    let fetcher = quick().deadline(Duration::from_secs(1)).build().unwrap();
    let started = Instant::now();
    let err = fetcher.fetch(server.url("/busy")).await.unwrap_err();
    assert!(
        matches!(err, Error::Status { code: 503, .. }),
        "the server's answer, not a timeout: {err:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(server.count("/busy"), 1);
}

#[tokio::test]
async fn the_deadline_covers_robots_txt() {
    let server = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::Stall,
        _ => page(),
    })
    .await;
    let fetcher = quick()
        .read_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(5))
        .deadline(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = fetcher.fetch(server.url("/a")).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                phase: "deadline",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(2));
}

// ---- the private-address guard ----

#[tokio::test]
async fn private_addresses_are_refused_when_asked() {
    let server = Server::start(|_| page()).await;
    let guarded = quick().deny_private_addresses(true).build().unwrap();
    // A URL naming the address.
    let err = guarded.fetch(server.url("/a")).await.unwrap_err();
    match &err {
        Error::PrivateAddress { url, address } => {
            assert_eq!(url.as_str(), server.url("/a"));
            assert_eq!(*address, IpAddr::V4(Ipv4Addr::LOCALHOST));
        }
        other => panic!("expected PrivateAddress, got {other:?}"),
    }
    assert!(err.to_string().contains("127.0.0.1"), "{err}");
    assert!(!err.is_retryable());
    // A host name resolving to it: refused by the resolver (robots.txt
    // first, then the page itself).
    let by_name = format!("http://localhost:{}/a", server.addr.port());
    for obey in [true, false] {
        let guarded = quick()
            .deny_private_addresses(true)
            .obey_robots(obey)
            .build()
            .unwrap();
        let err = guarded.fetch(&by_name).await.unwrap_err();
        assert!(
            matches!(err, Error::PrivateAddress { address, .. } if address.is_loopback()),
            "{err:?}"
        );
    }
    assert!(server.hits().is_empty(), "no request reached the server");
    // Off by default.
    quick().build().unwrap().fetch(&by_name).await.unwrap();
}

// ---- charsets and binary bodies ----

#[tokio::test]
async fn a_latin1_body_declared_utf8_is_decoded_by_detection() {
    let text = "<html><body><p>Le caf\u{e9} de la gare a rouvert apr\u{e8}s des mois de travaux, \u{e0} la grande joie des habitu\u{e9}s du quartier.</p></body></html>";
    // Every character is in Latin-1: one byte each.
    let latin1: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    let server = Server::without_robots(move |_| {
        Reply::with_type(200, "text/html; charset=utf-8", latin1.clone())
    })
    .await;
    let page = quick()
        .build()
        .unwrap()
        .fetch(server.url("/a"))
        .await
        .unwrap();
    assert!(!page.text.contains('\u{fffd}'), "{}", page.text);
    assert!(page.text.contains("caf\u{e9} de la gare"));
    assert_eq!(page.charset_source, CharsetSource::Detected);
}

#[tokio::test]
async fn binary_bodies_served_as_html_are_not_articles() {
    // 300 kB of pseudo-random bytes (a fixed sequence, no RNG).
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let noise: Vec<u8> = (0..300_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR rest of the image".to_vec();
    let server = Server::without_robots(move |r| match r.path.as_str() {
        "/noise" => Reply::with_type(200, "text/html", noise.clone()),
        "/png" => Reply::with_type(200, "text/html; charset=utf-8", png.clone()),
        _ => page(),
    })
    .await;
    let fetcher = quick().build().unwrap();
    for (path, what) in [("/noise", "binary data"), ("/png", "a PNG image")] {
        let err = fetcher.fetch_article(server.url(path)).await.unwrap_err();
        match &err {
            Error::BinaryBody { url, kind } => {
                assert_eq!(url.as_str(), server.url(path));
                assert_eq!(*kind, what);
            }
            other => panic!("{path}: expected BinaryBody, got {other:?}"),
        }
        assert!(err.to_string().contains(what), "{err}");
        // `fetch` returns any body, `extract_page` refuses it too.
        let page = fetcher.fetch(server.url(path)).await.unwrap();
        let err = fetcher.extract_page(page).await.unwrap_err();
        assert!(matches!(err, Error::BinaryBody { .. }), "{err:?}");
    }
    fetcher.fetch_article(server.url("/article")).await.unwrap();
}

// ---- redirects ----

#[tokio::test]
async fn a_refused_redirect_names_the_requested_url_and_the_redirecting_page() {
    let server = Server::without_robots(|r| match r.path.as_str() {
        "/start" => Reply::redirect(302, "/hop"),
        "/hop" => Reply::redirect(301, "file:///etc/passwd"),
        "/ftp" => Reply::redirect(302, "ftp://files.example/x"),
        _ => page(),
    })
    .await;
    let fetcher = quick().build().unwrap();
    let err = fetcher.fetch(server.url("/start")).await.unwrap_err();
    match &err {
        Error::RedirectRefused {
            url,
            from,
            location,
        } => {
            assert_eq!(url.as_str(), server.url("/start"));
            assert_eq!(from.as_str(), server.url("/hop"));
            assert_eq!(&**location, "file:///etc/passwd");
        }
        other => panic!("expected RedirectRefused, got {other:?}"),
    }
    assert_eq!(
        err.url().map(|u| u.as_str()),
        Some(server.url("/start").as_str())
    );
    let message = err.to_string();
    assert!(
        message.contains("/hop") && message.contains("file:"),
        "{message}"
    );
    let err = fetcher.fetch(server.url("/ftp")).await.unwrap_err();
    assert!(
        matches!(&err, Error::RedirectRefused { location, .. } if location.starts_with("ftp:")),
        "{err:?}"
    );
}

// ---- what is retried ----

#[tokio::test]
async fn malformed_responses_are_not_retried_and_broken_connections_are() {
    let many_headers: String = (0..150).map(|i| format!("X-Field-{i}: {i}\r\n")).collect();
    let flood = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{many_headers}Content-Length: 2\r\n\r\nhi"
    );
    let server = Server::without_robots(move |r| {
        let raw = |s: &str| Reply::Raw {
            bytes: s.as_bytes().to_vec(),
            reset: false,
        };
        match r.path.as_str() {
            "/chunks" => raw(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
            ),
            "/gzip" => raw(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 24\r\n\r\nthis is not gzip at all!",
            ),
            "/flood" => raw(&flood),
            "/reset" => reset_after(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html><body><p>half",
            ),
            _ => page(),
        }
    })
    .await;
    let fetcher = quick().build().unwrap();
    for path in ["/chunks", "/gzip", "/flood"] {
        let err = fetcher.fetch(server.url(path)).await.unwrap_err();
        assert!(
            matches!(err, Error::InvalidResponse { .. }),
            "{path}: {err:?}"
        );
        assert!(!err.is_retryable(), "{path}");
        assert_eq!(server.count(path), 1, "{path} is asked once");
    }
    let err = fetcher.fetch(server.url("/reset")).await.unwrap_err();
    assert!(matches!(err, Error::Http { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(server.count("/reset"), 3, "a reset connection is retried");
}
