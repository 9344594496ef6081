#!/usr/bin/env python3
"""The training run of the profile-guided wheel build (``python/pgo/build.sh``).

Runs an instrumented build of the extension over HTML pages along the
paths a crawl takes: the pages written into a gzip WARC and read back with
``read_warc`` (inflating, record parsing, decoding, extraction, the site
memory and the documents' hand-over, as ``GleanerWarcReader`` does), then
each page through ``Extractor.extract`` (``str`` and ``bytes``) and
``extract_many`` (as ``GleanerExtractor`` does). The instrumented library
writes its profile when the interpreter exits.

    python train.py PAGES_DIR [PAGES_DIR ...]

``PAGES_DIR``: folders searched for ``*.html`` files (any encoding). Train on
pages you do not benchmark on, or the benchmark measures the training set.
The script imports ``gleaner`` from ``sys.path`` (``build.sh`` puts the
instrumented library first).
"""

from __future__ import annotations

import gzip
import sys
import tempfile
import uuid
from pathlib import Path

import gleaner
from gleaner import _gleaner
from gleaner._fields import DEFAULT_METADATA as METADATA  # what GleanerWarcReader asks for


def record(kind: str, uri: str, block: bytes) -> bytes:
    """One WARC record, its own gzip member."""
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=6)


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]]
    if not folders:
        sys.exit(__doc__)
    pages = [p.read_bytes() for folder in folders for p in sorted(folder.rglob("*.html"))]
    if not pages:
        sys.exit(f"no *.html under {', '.join(map(str, folders))}")
    urls = [f"https://host{n % 13}.example/story/{n}" for n in range(len(pages))]
    extractor = gleaner.Extractor()
    with tempfile.TemporaryDirectory(prefix="gleaner-pgo-") as work:
        warc = Path(work) / "train.warc.gz"
        with open(warc, "wb") as out:
            for url, body in zip(urls, pages):
                http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
                out.write(record("request", url, f"GET {url} HTTP/1.1\r\n\r\n".encode()))
                out.write(record("response", url, http.encode() + body))
        for _ in range(2):
            items = _gleaner.read_warc(
                str(warc),
                extractor=extractor,
                memory=gleaner.SiteMemory(),
                name="train",
                metadata_fields=METADATA,
                file_path=str(warc),
            )
            documents = sum(1 for _, _, _, metadata in items if metadata is not None)
    texts = []
    for url, body in zip(urls, pages):
        try:
            article = extractor.extract(body, url=url)
            texts.append((article["text"], url))
        except gleaner.ExtractionError:
            continue
    for page, url in zip(pages, urls):
        text = page.decode("utf-8", "replace")
        try:
            extractor.extract(text, url=url, fields=["text", *METADATA])
        except gleaner.ExtractionError:
            continue
    batch = [(p.decode("utf-8", "replace"), u, None, None) for p, u in zip(pages, urls)]
    extractor.extract_many(batch, jobs=1, memory=gleaner.SiteMemory(), metadata_fields=METADATA)
    print(f"trained on {len(pages)} pages: {documents} documents from the WARC, {len(texts)} articles")


if __name__ == "__main__":
    main()
