#![no_main]
//! The guard never panics on any text, and the extraction variant (which
//! leaves unread bodies out) never makes the text longer.

use gleaner::guard::Limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let limits = Limits {
        max_depth: 8,
        max_attributes: 4,
        max_attribute_len: 16,
    };
    let (bounded, elided) = gleaner::__fuzz::guard(&text, &limits);
    // Leaving bodies out only ever removes bytes.
    assert!(elided.len() <= bounded.len());
});
