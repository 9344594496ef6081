#![no_main]
//! Any bytes as a WARC file (plain or gzip-member): reading records, their
//! HTTP responses and decoded bodies returns, it never panics or loops.

use gleaner::crawl::warc::WarcReader;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let reader =
        WarcReader::new(std::io::Cursor::new(data.to_vec()), "fuzz").max_record_bytes(1 << 20);
    // Each record consumes input, so a bounded input yields boundedly many.
    for record in reader.take(1000) {
        let Ok(record) = record else { continue };
        let _ = (record.warc_type(), record.target_uri(), record.date());
        let _ = record.header("WARC-Record-ID");
        if record.is_http() {
            if let Ok(response) = record.http_response() {
                let _ = (response.content_type(), response.header("Location"));
                let _ = response.decoded_body(1 << 20);
            }
        }
    }
});
