#!/usr/bin/env python3
"""Writes seed corpora for the fuzz targets from the repo's own fixtures.

Run from anywhere: `python3 fuzz/seed.py`. It fills fuzz/corpus/<target>/
(git-ignored) and is idempotent; cargo fuzz then grows the corpora.
"""
import gzip
import hashlib
import html
import pathlib
import re

FUZZ = pathlib.Path(__file__).resolve().parent
FIXTURES = FUZZ.parent / "tests" / "fixtures"
CORPUS = FUZZ / "corpus"

# Date formats dates.rs documents, written here (not copied from any page).
DATES = [
    "2023-03-19", "2023-03-19T08:30:00Z", "2023-03-19T08:30:00+02:00",
    "2023-03-19T08:30:00.123-05:00", "2023-03-19 08:30", "20230319",
    "Sun, 19 Mar 2023 08:30:00 GMT", "Sun, 19 Mar 2023 08:30:00 +0100",
    "March 19, 2023", "19 March 2023", "Mar 19, 2023 8:30 AM",
    "19.03.2023", "19.03.2023 08:30", "2023/03/19", "03/19/2023",
    "1679214600", "1679214600000", "Published: March 19, 2023, 8:30 a.m. ET",
    "Updated 2023-03-19", "", "2023-02-30", "9999-12-31T23:59:59Z",
    "Friday, December 19, 2025", "Last updated: Dec 4, 2025", "06.01.2023",
    "11.24.2025", "03/10/2023", "Nov 25, 2025 5:00 am PST",
    "Veröffentlicht am 19. März 2023, 10:30 Uhr", "Publié le 1er mars 2023 à 14h30",
    "2023年3月19日", "3 days ago", "Posted on 19th March 2023 | Updated March 21, 2023",
]

# JSON-LD shapes jsonld.rs handles, broken ones included, written here.
JSONLD = [
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"A","author":{"@type":"Person","name":"B"},"datePublished":"2023-03-19"}',
    '[{"@type":"WebSite","name":"S"},{"@type":"Article","headline":"H","author":[{"name":"X"},"Y"]}]',
    '{"@graph":[{"@id":"#a","@type":"Person","name":"Z"},{"@type":"BlogPosting","author":{"@id":"#a"},"mainEntityOfPage":{"@id":"u"}}]}',
    '<!--{"@type":"NewsArticle","headline":"C",}-->',
    '//<![CDATA[\n{"@type":"Article","headline":"line\nbreak","keywords":"a, b, c"}\n//]]>',
    '{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Q&quot;}',
    '{"@type":["Article","NewsArticle"],"headline":"one"}{"@type":"Organization","name":"two"}',
    '{"mainEntity":{"@type":"ReportageNewsArticle","articleBody":"T","image":[{"url":"i.jpg"}]}}',
]


def write(target: str, data: bytes) -> None:
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main() -> None:
    pages = sorted(FIXTURES.rglob("*.html"))
    for p in pages:
        raw = p.read_bytes()
        text = raw.decode("utf-8", "replace")
        write("extract_bytes", b"text/html; charset=utf-8\n" + raw)
        write("extract_bytes", raw)
        write("decode", b"text/html\n" + raw[:4096])
        write("guard", raw)
        write("elision", raw)
        write("tokenize", raw)
        for m in re.finditer(
            r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", text, re.S | re.I
        ):
            write("jsonld", m.group(1).encode())
        for m in re.finditer(
            r'(?:content|datetime)="([^"]{4,60})"', text
        ):
            v = html.unescape(m.group(1))
            if re.search(r"\d{4}|\d{1,2}[./]\d{1,2}", v):
                write("dates", v.encode())
    # WARC files made here: a response and a request record, plain and as
    # gzip members, chunked and gzip-encoded bodies among them.
    body = b"<html><body><p>Ferry timetable changes in May.</p></body></html>"
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    chunked = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               + hex(len(body))[2:].encode() + b"\r\n" + body + b"\r\n0\r\n\r\n")
    gz_body = gzip.compress(body)
    gz_http = (b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gz_body)

    def record(kind: bytes, payload: bytes) -> bytes:
        return (b"WARC/1.0\r\nWARC-Type: " + kind + b"\r\n"
                b"WARC-Target-URI: https://news.example/ferry\r\n"
                b"WARC-Date: 2023-04-30T06:00:00Z\r\n"
                b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                b"Content-Type: application/http; msgtype=" + kind + b"\r\n"
                b"Content-Length: " + str(len(payload)).encode() + b"\r\n\r\n"
                + payload + b"\r\n\r\n")
    records = [record(b"response", http), record(b"response", chunked),
               record(b"response", gz_http), record(b"request", b"GET /ferry HTTP/1.1\r\n\r\n")]
    write("warc", b"".join(records))
    write("warc", b"".join(gzip.compress(r) for r in records))
    for j in JSONLD:
        write("jsonld", j.encode())
    for d in DATES:
        write("dates", d.encode())
    for target in ("extract_bytes", "decode", "guard", "elision", "tokenize", "warc", "jsonld", "dates"):
        n = len(list((CORPUS / target).glob("*"))) if (CORPUS / target).exists() else 0
        print(f"{target}: {n} seeds")


if __name__ == "__main__":
    main()
