//! The hostile inputs of issue 7. Each either extracts or fails with a
//! documented error, never panics, never hangs. The heavy ones are ignored by
//! default: `cargo test --release --test hostile -- --include-ignored`.

use gleaner::{Error, Extractor};

/// Success, a limit error, or no content: anything but a panic or a hang.
fn acceptable(result: Result<gleaner::Article, Error>) -> Result<gleaner::Article, Error> {
    match &result {
        Ok(_) => {}
        Err(e) => assert!(
            e.is_limit() || matches!(e, Error::NoContent { .. }),
            "unexpected error: {e}"
        ),
    }
    result
}

fn story() -> String {
    "<p>The harbour committee met on Tuesday to discuss the new ferry timetable for the winter season.</p>"
        .repeat(5)
}

#[test]
fn empty_document() {
    let r = acceptable(gleaner::extract("", None));
    assert!(matches!(r, Err(Error::NoContent { .. })));
}

#[test]
fn only_a_script() {
    let r = acceptable(gleaner::extract(
        "<script>var a = '<p>not text</p>';</script>",
        None,
    ));
    assert!(matches!(r, Err(Error::NoContent { .. })));
}

#[test]
fn only_a_frameset() {
    let html = "<html><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>";
    let r = acceptable(gleaner::extract(html, None));
    assert!(matches!(r, Err(Error::NoContent { .. })));
}

#[test]
fn nul_and_invalid_utf8_everywhere() {
    let mut bytes = Vec::new();
    for chunk in story().as_bytes().chunks(7) {
        bytes.extend_from_slice(chunk);
        bytes.extend_from_slice(b"\0\xff\xfe\xc3");
    }
    for ct in [
        None,
        Some("text/html; charset=utf-8"),
        Some("text/html; charset=bogus"),
    ] {
        let _ = acceptable(Extractor::default().extract_bytes(&bytes, ct, None));
    }
}

#[test]
fn binary_junk() {
    let junk: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    let _ = acceptable(Extractor::default().extract_bytes(&junk, Some("text/html"), None));
}

#[test]
fn deep_nesting_keeps_the_text() {
    let n = 20_000;
    let html = format!("{}{}{}", "<div>".repeat(n), story(), "</div>".repeat(n));
    let a = acceptable(gleaner::extract(&html, None)).expect("text kept");
    assert!(a.text.contains("ferry timetable"));
}

#[test]
#[ignore = "heavy: run with --release --include-ignored"]
fn nesting_100_000_deep() {
    let n = 100_000;
    for unit in ["<div>", "<span><div>", "<b><p>", "<li><ul>", "<svg><p>"] {
        let html = format!("{}{}", unit.repeat(n), story());
        let _ = acceptable(gleaner::extract(&html, None));
    }
}

#[test]
#[ignore = "heavy: run with --release --include-ignored"]
fn a_million_elements() {
    let html = format!("{}{}", "<i>x</i>".repeat(1_000_000), story());
    let _ = acceptable(gleaner::extract(&html, None));
}

#[test]
#[ignore = "heavy: run with --release --include-ignored"]
fn a_50_mb_page() {
    let para = story();
    let html = para.repeat(50 * 1024 * 1024 / para.len() + 1);
    let r = acceptable(gleaner::extract(&html, None));
    assert!(matches!(r, Err(Error::InputTooLarge { .. })));
    let ex = Extractor::builder()
        .max_input_bytes(64 << 20)
        .max_elements(usize::MAX)
        .build();
    let _ = acceptable(ex.extract(&html, None));
}

#[test]
#[ignore = "heavy: run with --release --include-ignored"]
fn a_10_mb_text_node() {
    let html = format!("<p>{}</p>", "word ".repeat(2 * 1024 * 1024));
    let a = acceptable(gleaner::extract(&html, None)).expect("text");
    assert!(a.text.starts_with("word word"));
}

#[test]
#[ignore = "heavy: run with --release --include-ignored"]
fn a_100_000_attribute_tag() {
    let attrs: String = (0..100_000).map(|i| format!(" a{i}=\"{i}\"")).collect();
    let html = format!("<div{attrs}>{}</div>", story());
    let a = acceptable(gleaner::extract(&html, None)).expect("text");
    assert!(a.text.contains("ferry timetable"));
}

#[test]
#[ignore = "heavy: run with --release --include-ignored"]
fn megabyte_class_names_and_urls() {
    let long = "x".repeat(1 << 20);
    let html = format!(
        "<div class=\"{long}\" id=\"{long}\"><a href=\"/{long}\">link</a><img src=\"/{long}\">{}</div>",
        story()
    );
    let a = acceptable(gleaner::extract(&html, None)).expect("text");
    assert!(a.text.contains("ferry timetable"));
}

#[test]
#[ignore = "heavy: run with --release --include-ignored"]
fn json_ld_of_10_mb() {
    let body = format!(
        "{{\"@type\":\"NewsArticle\",\"headline\":\"{}\"}}",
        "h".repeat(10 << 20)
    );
    let html = format!(
        "<script type=\"application/ld+json\">{body}</script>{}",
        story()
    );
    let _ = acceptable(gleaner::extract(&html, None));
}
