#![no_main]
//! The fast tokenizer in front of html5ever's tree builder builds the tree
//! html5ever's own tokenizer builds, on any text it does not give up on.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some((fast, html5ever)) = gleaner::__fuzz::tokenize(&text) {
        assert_eq!(fast, html5ever, "{text:?}");
    }
});
