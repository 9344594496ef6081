#![no_main]
//! The guard never panics on any text.

use gleaner::guard::{bound, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let limits = Limits {
        max_depth: 8,
        max_attributes: 4,
        max_attribute_len: 16,
    };
    let _ = bound(&text, &limits);
});
