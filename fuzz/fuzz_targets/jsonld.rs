#![no_main]
//! JSON-LD: the repairing script parser and the article-object reader never
//! panic and never hang, whatever the script text.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = gleaner::__fuzz::jsonld(&text);
});
