//! WARC reading, the ordered batch, JSON Lines output and shards, on
//! archives generated here.
#![cfg(feature = "crawl")]

use std::io::Write as _;
use std::path::{Path, PathBuf};

use gleaner::crawl::batch::Batch;
use gleaner::crawl::jsonl::{parse_line, JsonlWriter, Line};
use gleaner::crawl::warc::WarcReader;
use gleaner::crawl::{Pipeline, ShardOutcome, Source};
use gleaner::{Error, Extractor, SiteMemory};

fn story(n: usize) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>Quarry story {n} | Hill Times</title></head><body>\
         <article><h1>Quarry story {n}</h1>\
         <p>Hill Times — the paper of the upper valley since 1899.</p>\
         <p>Story {n}: the old quarry above the village will become a nature reserve after the council bought the land.</p>\
         <p>Botanists found rare orchids on the spoil heaps, and a pair of peregrines nests on the highest face.</p>\
         <p>Hill Times — the paper of the upper valley since 1899.</p>\
         </article></body></html>"
    )
}

fn member(data: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(data).unwrap();
    gz.finish().unwrap()
}

/// A WARC record with a declared length (`None`: the true one).
fn record(
    kind: &str,
    uri: &str,
    content_type: &str,
    block: &[u8],
    declared: Option<usize>,
) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: <{uri}>\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        declared.unwrap_or(block.len())
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(head: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {head}\r\n\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

const RESP: &str = "application/http; msgtype=response";

/// The test archive, one gzip member per record, the last one cut short.
#[allow(clippy::vec_init_then_push)] // one record per statement reads best
fn archive() -> Vec<u8> {
    let mut recs: Vec<Vec<u8>> = Vec::new();
    recs.push(record(
        "warcinfo",
        "",
        "application/warc-fields",
        b"software: test\r\n",
        None,
    ));
    recs.push(record(
        "request",
        "https://hill.test/a/0",
        "application/http; msgtype=request",
        b"GET /a/0 HTTP/1.1\r\n\r\n",
        None,
    ));
    recs.push(record(
        "response",
        "https://hill.test/a/0",
        RESP,
        &http(
            "200 OK\r\nContent-Type: text/html; charset=utf-8",
            story(0).as_bytes(),
        ),
        None,
    ));
    recs.push(record(
        "metadata",
        "https://hill.test/a/0",
        "application/warc-fields",
        b"via: test\r\n",
        None,
    ));
    // Windows-1252 named only in the HTTP header.
    let latin = story(1).replace("Story 1:", "Caf\u{e9} story 1:");
    let (latin, _, lossy) = encoding_rs::WINDOWS_1252.encode(&latin);
    assert!(!lossy);
    recs.push(record(
        "response",
        "https://hill.test/a/1",
        RESP,
        &http(
            "200 OK\r\nContent-Type: text/html; charset=windows-1252",
            &latin,
        ),
        None,
    ));
    recs.push(record(
        "revisit",
        "https://hill.test/a/0",
        RESP,
        b"HTTP/1.1 304 Not Modified\r\n\r\n",
        None,
    ));
    recs.push(record(
        "response",
        "https://hill.test/logo.png",
        RESP,
        &http(
            "200 OK\r\nContent-Type: image/png",
            b"\x89PNG\r\n\x1a\n....",
        ),
        None,
    ));
    recs.push(record(
        "response",
        "https://hill.test/gone",
        RESP,
        &http("404 Not Found\r\nContent-Type: text/html", b"<p>gone</p>"),
        None,
    ));
    // Chunked and gzipped, as a crawler may have stored it.
    let zipped = member(story(2).as_bytes());
    let mut chunked = format!("{:x}\r\n", zipped.len()).into_bytes();
    chunked.extend_from_slice(&zipped);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    recs.push(record("response", "https://hill.test/a/2", RESP, &http("200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip", &chunked), None));
    // Lying Content-Length, too long then too short.
    let lie = http("200 OK\r\nContent-Type: text/html", story(3).as_bytes());
    recs.push(record(
        "response",
        "https://hill.test/a/3",
        RESP,
        &lie,
        Some(lie.len() + 5000),
    ));
    recs.push(record(
        "response",
        "https://hill.test/a/4",
        RESP,
        &http("200 OK\r\nContent-Type: text/html", story(4).as_bytes()),
        None,
    ));
    recs.push(record(
        "response",
        "https://hill.test/a/5",
        RESP,
        &lie,
        Some(lie.len() / 2),
    ));
    recs.push(record(
        "response",
        "https://hill.test/a/6",
        RESP,
        &http("200 OK\r\nContent-Type: text/html", story(6).as_bytes()),
        None,
    ));
    // An HTML page with no article text.
    recs.push(record(
        "response",
        "https://hill.test/empty",
        RESP,
        &http(
            "200 OK\r\nContent-Type: text/html",
            b"<html><body></body></html>",
        ),
        None,
    ));
    recs.push(record(
        "response",
        "https://hill.test/a/7",
        RESP,
        &http("200 OK\r\nContent-Type: text/html", story(7).as_bytes()),
        None,
    ));
    // The last record, cut short.
    recs.push(record(
        "response",
        "https://hill.test/a/8",
        RESP,
        &http("200 OK\r\nContent-Type: text/html", story(8).as_bytes()),
        None,
    ));
    let mut out = Vec::new();
    let n = recs.len();
    for (i, r) in recs.iter().enumerate() {
        let m = member(r);
        if i + 1 == n {
            out.extend_from_slice(&m[..m.len() / 2]);
        } else {
            out.extend_from_slice(&m);
        }
    }
    out
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gleaner-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write_archive(dir: &Path) -> PathBuf {
    let path = dir.join("test.warc.gz");
    std::fs::write(&path, archive()).unwrap();
    path
}

#[test]
fn reader_reports_lies_and_truncation_and_goes_on() {
    let records: Vec<Result<_, Error>> =
        WarcReader::new(std::io::Cursor::new(archive()), "mem").collect();
    let kinds: Vec<String> = records
        .iter()
        .map(|r| match r {
            Ok(rec) => rec.warc_type().to_string(),
            Err(Error::Warc { reason, .. }) => format!("error: {reason}"),
            Err(e) => format!("other: {e}"),
        })
        .collect();
    assert_eq!(kinds.len(), 16, "{kinds:#?}");
    assert!(
        kinds[9].starts_with("error:") && kinds[9].contains("runs into the next record"),
        "{}",
        kinds[9]
    );
    assert_eq!(
        kinds[10], "response",
        "the record after a too-long length is read"
    );
    assert!(
        kinds[11].starts_with("error:") && kinds[11].contains("shorter"),
        "{}",
        kinds[11]
    );
    assert_eq!(
        kinds[12], "response",
        "the record after a too-short length is read"
    );
    assert!(
        kinds[15].starts_with("error:"),
        "truncated last record: {}",
        kinds[15]
    );
    let first = records[2].as_ref().unwrap();
    assert_eq!(first.target_uri(), Some("https://hill.test/a/0"));
    assert!(first.date().is_some());
}

#[test]
fn plain_warc_truncated_mid_block() {
    let mut data = record(
        "response",
        "https://hill.test/a/0",
        RESP,
        &http("200 OK\r\nContent-Type: text/html", story(0).as_bytes()),
        None,
    );
    let second = record(
        "response",
        "https://hill.test/a/1",
        RESP,
        &http("200 OK\r\nContent-Type: text/html", story(1).as_bytes()),
        None,
    );
    data.extend_from_slice(&second[..second.len() - 100]);
    let out: Vec<_> = WarcReader::new(std::io::Cursor::new(data), "plain.warc").collect();
    assert_eq!(out.len(), 2);
    assert!(out[0].is_ok());
    assert!(
        matches!(&out[1], Err(Error::Warc { reason, .. }) if reason.contains("truncated")),
        "{:?}",
        out[1]
    );
}

fn run_to_jsonl(
    path: &Path,
    jobs: usize,
    memory: Option<&SiteMemory>,
) -> (String, gleaner::crawl::Summary) {
    let mut out = JsonlWriter::new(Vec::new());
    let summary = Pipeline::new(Extractor::default())
        .jobs(jobs)
        .run([Source::Warc(path.to_path_buf())], memory, |item, _| {
            out.write_result(&item.input, &item.result)
        })
        .unwrap();
    (String::from_utf8(out.into_inner()).unwrap(), summary)
}

#[test]
fn pipeline_extracts_html_responses_and_counts_the_rest() {
    let dir = temp_dir("pipeline");
    let path = write_archive(&dir);
    let (jsonl, summary) = run_to_jsonl(&path, 2, None);
    // Pages 0, 1, 2, 4, 6, 7 extract.
    assert_eq!(summary.ok, 6, "{summary:?}\n{jsonl}");
    // Two lying lengths, the empty page, the truncated record.
    assert_eq!(summary.errors, 4, "{summary:?}\n{jsonl}");
    let skipped: Vec<(&str, u64)> = summary
        .skipped
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(
        skipped,
        [
            ("not-html", 1),
            ("status:404", 1),
            ("warc:metadata", 1),
            ("warc:request", 1),
            ("warc:revisit", 1),
            ("warc:warcinfo", 1)
        ]
    );
    let lines: Vec<Line> = jsonl.lines().map(|l| parse_line(l).unwrap()).collect();
    assert_eq!(lines.len(), 10);
    let urls: Vec<String> = lines
        .iter()
        .map(|l| match l {
            Line::Article(a) => a
                .url
                .as_ref()
                .map(|u| u.path().to_string())
                .unwrap_or_default(),
            Line::Error(e) => format!(
                "{}:{}",
                e.error.kind,
                e.input.rsplit('@').next().unwrap_or("")
            ),
            _ => String::new(),
        })
        .collect();
    assert_eq!(urls[0], "/a/0");
    assert_eq!(urls[1], "/a/1");
    assert_eq!(urls[2], "/a/2");
    assert!(urls[3].starts_with("warc:"), "{urls:?}");
    assert_eq!(urls[4], "/a/4");
    assert!(urls[5].starts_with("warc:"), "{urls:?}");
    assert_eq!(urls[6], "/a/6");
    assert!(urls[7].starts_with("no_content:"), "{urls:?}");
    assert_eq!(urls[8], "/a/7");
    assert!(urls[9].starts_with("warc:"), "{urls:?}");
    let Line::Article(latin) = &lines[1] else {
        panic!("not an article")
    };
    assert!(latin.text.contains("Café story 1"), "{}", latin.text);
    assert!(latin.fetched_at.is_some());
    let Line::Article(zipped) = &lines[2] else {
        panic!("not an article")
    };
    assert!(zipped.text.contains("Story 2"));
}

#[test]
fn output_is_the_same_for_any_number_of_jobs_with_site_memory() {
    let dir = temp_dir("determinism");
    let path = write_archive(&dir);
    let one_memory = SiteMemory::new();
    let (one, s1) = run_to_jsonl(&path, 1, Some(&one_memory));
    let counts = |s: &gleaner::crawl::Summary| {
        (
            s.ok,
            s.errors,
            s.skipped.clone(),
            s.fragments_stripped,
            s.fragments_learned,
        )
    };
    for jobs in [1, 2, 3, 8] {
        let memory = SiteMemory::new();
        let (many, s) = run_to_jsonl(&path, jobs, Some(&memory));
        assert_eq!(one, many, "jobs = {jobs}");
        assert_eq!(counts(&s1), counts(&s), "jobs = {jobs}");
        // Lines serialised on the workers, and re-serialised where the
        // memory stripped blocks afterwards: the same bytes.
        let memory = SiteMemory::new();
        let mut out = JsonlWriter::new(Vec::new());
        let mut seen = 0;
        let s = Pipeline::new(Extractor::default())
            .jobs(jobs)
            .run_jsonl(
                [Source::Warc(path.clone())],
                Some(&memory),
                &mut out,
                |_, _| seen += 1,
            )
            .unwrap();
        assert_eq!(
            one,
            String::from_utf8(out.into_inner()).unwrap(),
            "jobs = {jobs}"
        );
        assert_eq!(counts(&s1), counts(&s), "jobs = {jobs}");
        assert_eq!(seen, s.ok + s.errors);
        assert_eq!(s.batch.ok + s.batch.failed, seen);
        if jobs == 1 {
            assert_eq!(s.batch.on_caller, seen);
        }
    }
    // The brand line repeats on every page: memory strips it from later ones.
    assert!(s1.fragments_stripped >= 2, "{s1:?}");
    assert!(s1.fragments_learned > 0);
    let last = one
        .lines()
        .rev()
        .find_map(|l| match parse_line(l).ok()? {
            Line::Article(a) => Some(a),
            _ => None,
        })
        .unwrap();
    assert!(!last.text.contains("Hill Times"), "{}", last.text);
    assert!(last.text.contains("Story 7"));
}

#[test]
fn jsonl_round_trip_of_articles_and_errors() {
    let a = gleaner::extract(&story(5), None).unwrap();
    let mut out = JsonlWriter::new(Vec::new());
    out.write_article(&a).unwrap();
    let err = Error::RecordTooLarge {
        file: "x.warc".into(),
        offset: 7,
        limit: 10,
        size: 99,
    };
    out.write_error("x.warc@7", &err).unwrap();
    let text = String::from_utf8(out.into_inner()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    match parse_line(lines[0]).unwrap() {
        Line::Article(back) => assert_eq!(*back, a),
        other => panic!("{other:?}"),
    }
    match parse_line(lines[1]).unwrap() {
        Line::Error(e) => {
            assert_eq!(e.error.kind, "record_too_large");
            assert_eq!(e.input, "x.warc@7");
            assert!(e.error.message.contains("max_record_bytes"));
            assert!(!e.error.retryable);
        }
        other => panic!("{other:?}"),
    }
    assert!(parse_line("[1, 2]").is_err());
}

#[test]
fn batch_is_ordered_bounded_and_isolates_failures() {
    let mut seen = Vec::new();
    let stats = Batch::new(3)
        .window(6)
        .run(
            0..2000u64,
            |n| {
                if n == 777 {
                    panic!("bad input {n}");
                }
                if n % 100 == 0 {
                    return Err(Error::NoContent { url: None });
                }
                // Uneven work so that completion order differs from input order.
                let spin = (n * 7919) % 5000;
                Ok((0..spin).fold(n, |acc, x| acc.wrapping_add(x)))
            },
            |index, result| {
                seen.push((index, result.map_err(|e| e.to_string())));
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(seen.len(), 2000);
    assert!(seen.iter().enumerate().all(|(i, (index, _))| i == *index));
    assert_eq!(stats.failed, 21, "20 errors and one panic");
    assert_eq!(stats.ok, 1979);
    assert!(stats.peak_in_flight <= 6, "{stats:?}");
    // The calling thread is one of the three: it works when the two
    // helpers have their queue full, which the fast reading makes certain.
    assert!(stats.on_caller > 0 && stats.on_caller < 2000, "{stats:?}");
    let panic = &seen[777].1;
    assert!(
        matches!(panic, Err(m) if m.contains("bad input 777")),
        "{panic:?}"
    );
    assert_eq!(
        seen[778].1,
        Ok((0..(778u64 * 7919) % 5000).fold(778u64, |acc, x| acc.wrapping_add(x)))
    );
    // One job: the same results, on the calling thread.
    let mut inline = Vec::new();
    let one = Batch::new(1)
        .run(
            770..780u64,
            |n| {
                if n == 777 {
                    panic!("bad input {n}")
                } else {
                    Ok(n)
                }
            },
            |i, r| {
                inline.push((i, r.ok()));
                Ok(())
            },
        )
        .unwrap();
    assert_eq!((one.ok, one.failed), (9, 1));
    assert_eq!(inline[7], (7, None));
    assert_eq!(inline[8], (8, Some(778)));
    // A sink error stops the batch and is returned.
    let mut count = 0;
    let stopped = Batch::new(2).run(0..100, Ok, |i, _| {
        count += 1;
        if i == 10 {
            Err(Error::Config {
                reason: "disk full".into(),
            })
        } else {
            Ok(())
        }
    });
    assert!(matches!(stopped, Err(Error::Config { .. })));
    assert_eq!(count, 11);
}

#[test]
fn shards_are_idempotent_and_directories_of_html_work() {
    let dir = temp_dir("shard");
    let path = write_archive(&dir);
    let out = dir.join("test.jsonl");
    let pipeline = Pipeline::new(Extractor::default()).jobs(2);
    let ShardOutcome::Done(summary) = pipeline.run_shard(&path, &out).unwrap() else {
        panic!("first run must process the shard");
    };
    assert_eq!(summary.ok, 6);
    assert!(!dir.join("test.jsonl.partial").exists());
    let first = std::fs::read_to_string(&out).unwrap();
    assert_eq!(first.lines().count(), 10);
    assert_eq!(
        pipeline.run_shard(&path, &out).unwrap(),
        ShardOutcome::AlreadyDone
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), first);

    let html = dir.join("page.html");
    std::fs::write(&html, story(3)).unwrap();
    let missing = dir.join("missing.html");
    let mut results = Vec::new();
    Pipeline::new(Extractor::default())
        .jobs(2)
        .run(
            [Source::from_path(&html), Source::from_path(&missing)],
            None,
            |item, _| {
                results.push(item.result.is_ok());
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(results, [true, false]);
}

#[test]
fn an_open_stream_gives_the_items_of_its_file_with_their_record_fields() {
    let dir = temp_dir("run-warc");
    let path = write_archive(&dir);
    let (from_file, file_summary) = run_to_jsonl(&path, 2, Some(&SiteMemory::new()));
    let mut out = JsonlWriter::new(Vec::new());
    let mut uris = Vec::new();
    // Named as the file, so the inputs and error messages are the same.
    let reader = WarcReader::new(std::io::Cursor::new(archive()), path.display().to_string());
    let summary = Pipeline::new(Extractor::default())
        .jobs(2)
        .run_warc(reader, Some(&SiteMemory::new()), |item, _| {
            let field = |name: &str| {
                item.warc_headers
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            };
            if let Ok(article) = &item.result {
                // The record an article came from: its URI, as written.
                let url = article.url.as_ref().map(|u| u.to_string());
                assert_eq!(
                    field("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string()),
                    url
                );
                assert_eq!(field("WARC-Type").as_deref(), Some("response"));
                uris.push(field("WARC-Target-URI"));
            }
            out.write_result(&item.input, &item.result)
        })
        .unwrap();
    assert_eq!(String::from_utf8(out.into_inner()).unwrap(), from_file);
    assert_eq!(
        (summary.ok, summary.errors, &summary.skipped),
        (file_summary.ok, file_summary.errors, &file_summary.skipped)
    );
    assert_eq!(uris.len() as u64, summary.ok);
}
