#![no_main]
//! Charset sniffing and decoding of any bytes with any content type.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (ct, body) = match data.iter().position(|&b| b == b'\n') {
        Some(i) if i < 64 => (std::str::from_utf8(&data[..i]).ok(), &data[i + 1..]),
        _ => (None, data),
    };
    let decoded = gleaner::decode::decode(body, ct);
    let _ = (decoded.text.len(), decoded.encoding, decoded.source);
});
