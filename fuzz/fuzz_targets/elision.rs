#![no_main]
//! Differential: what the guard leaves out for extraction (unread bodies
//! and attributes, whitespace between block tags, moved line breaks) never
//! changes the article. `extract` (guarded parse) and `extract_document`
//! on scraper's parse of the same text give the same JSON, on every text
//! the guard's limits leave alone (within them the trees differ by design).

use gleaner::guard::{bound, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if matches!(bound(&text, &Limits::default()), std::borrow::Cow::Owned(_)) {
        return;
    }
    let extractor = gleaner::Extractor::default();
    let json = |r: Result<gleaner::Article, gleaner::Error>| {
        r.map(|a| serde_json::to_string(&a).unwrap_or_default())
            .map_err(|e| e.to_string())
    };
    let direct = json(extractor.extract(&text, None));
    let doc = scraper::Html::parse_document(&text);
    let parsed = json(extractor.extract_document(&doc, None));
    assert_eq!(direct, parsed);
});
