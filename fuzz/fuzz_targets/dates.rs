#![no_main]
//! Date parsing never panics, whatever the text and the reference time; nor
//! does choosing a page's dates when the text stands where pages state them
//! (a line beside the headline, an "Updated" line, a `<time>` element and
//! its `datetime`, a date meta, JSON-LD), and the dates chosen lie between
//! 1990 and a day after the reference time.

use chrono::{DateTime, Duration, Utc};
use libfuzzer_sys::fuzz_target;

/// 2030-01-01T00:00:00Z: later than every date in the seeds.
const NOW: i64 = 1_893_456_000;

/// The text as HTML text and attribute content.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The text as the inside of a JSON string.
fn json_str(s: &str) -> String {
    serde_json::to_string(s)
        .unwrap_or_default()
        .trim_matches('"')
        .to_string()
}

const BODY: &str = "<p>The river town of Millbrook voted on Tuesday to rebuild its old wooden footbridge, closed last spring after an inspection.</p><p>Work is expected to start in early summer and to take about four months in all.</p>";

fn check_page(text: &str, fetched: DateTime<Utc>) {
    let t = escape(text);
    let j = escape(&json_str(text));
    let html = format!(
        "<html><head><meta property=\"article:published_time\" content=\"{t}\"><meta name=\"page-last-updated\" content=\"{t}\"><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"datePublished\":\"{j}\",\"dateModified\":\"{j}\"}}</script></head><body><header><h1>Millbrook rebuilds its old footbridge</h1><p>{t}</p><span>Updated: <b>{t}</b></span><time datetime=\"{t}\">{t}</time><p class=\"byline\">By Ann Hale | {t}</p></header><article>{BODY}</article></body></html>"
    );
    let input = gleaner::Input::html(&html).fetched_at(fetched.fixed_offset());
    let Ok(article) = gleaner::Extractor::default().extract_input(input, None) else {
        return;
    };
    let latest = fetched + Duration::days(1);
    for ts in [article.published, article.modified].into_iter().flatten() {
        assert!(
            ts.format("%Y").to_string().as_str() >= "1990" && ts.with_timezone(&Utc) <= latest,
            "{text:?} -> {ts}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    // The first 8 bytes, when present, also give a reference time (any i64,
    // most of them out of chrono's range).
    if let Some((head, rest)) = data.split_first_chunk::<8>() {
        let text = String::from_utf8_lossy(rest);
        let _ = gleaner::__fuzz::date(&text, i64::from_le_bytes(*head));
    }
    let text = String::from_utf8_lossy(data);
    if let Some(ts) = gleaner::__fuzz::date(&text, NOW) {
        // A parsed date is between 1990 and the reference time plus a day.
        assert!(ts.as_str() >= "1990" && ts.as_str() < "2030-01-03", "{ts}");
    }
    // Whole pages cost more: short texts only (a date line, not an essay).
    if text.len() <= 256 {
        if let Some(fetched) = DateTime::from_timestamp(NOW, 0) {
            check_page(&text, fetched);
        }
    }
});
