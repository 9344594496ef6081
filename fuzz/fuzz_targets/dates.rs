#![no_main]
//! Date parsing never panics, whatever the text and the reference time.

use libfuzzer_sys::fuzz_target;

/// 2030-01-01T00:00:00Z: later than every date in the seeds.
const NOW: i64 = 1_893_456_000;

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
});
