#![no_main]
//! The guard, plain and as extraction runs it, never panics on any text
//! and never makes it longer.

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
    // The guard only ever removes bytes of the input. (The two outputs are
    // not ordered: attributes left out for extraction do not count toward
    // `max_attributes`, so later ones survive the cap.)
    assert!(bounded.len() <= text.len());
    assert!(elided.len() <= text.len());
});
