#![no_main]
//! Any bytes, any content type: extraction returns, it never panics.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first line, when short, is the content type.
    let (ct, body) = match data.iter().position(|&b| b == b'\n') {
        Some(i) if i < 64 => (std::str::from_utf8(&data[..i]).ok(), &data[i + 1..]),
        _ => (None, data),
    };
    let extractor = gleaner::Extractor::builder().max_depth(64).build();
    if let Ok(article) = extractor.extract_bytes(body, ct, None) {
        let _ = article.to_html();
        let _ = article.to_markdown();
    }
});
