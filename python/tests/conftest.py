"""Shared helpers: the repository's fixture pages, the Rust reference
binary, and a small WARC writer (so the tests need no WARC library)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "fixtures" / "pages"


def fixture_pages() -> List[Tuple[str, str, bytes]]:
    """(name, url, html bytes) of every fixture page, with the URL its
    expectations give it."""
    expectations = json.loads((PAGES / "expectations.json").read_text("utf-8"))
    urls = {p["page"]: p.get("url") for p in expectations["pages"]}
    pages = []
    for path in sorted(PAGES.glob("*.html")):
        url = urls.get(path.stem) or f"https://fixtures.example/{path.stem}"
        pages.append((path.stem, url, path.read_bytes()))
    assert pages, f"no fixture pages in {PAGES}"
    return pages


def reference_binary() -> Optional[Path]:
    """The crate's `extract` example (`cargo build --release --example
    extract`): the reference the bindings are checked against."""
    given = os.environ.get("GLEANER_EXTRACT_BIN")
    if given:
        return Path(given)
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / "examples" / "extract"
        if candidate.exists():
            return candidate
    return None


def require(what: str, env: str) -> None:
    """Skips, or fails when the CI says `what` must be there."""
    message = f"{what} is not available"
    if os.environ.get(env):
        pytest.fail(f"{message} ({env} is set)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def rust_extract():
    """A function (path, url) -> the article JSON of the Rust `extract`."""
    binary = reference_binary()
    if binary is None or not binary.exists():
        require("the Rust reference binary (cargo build --release --example extract)", "GLEANER_REQUIRE_REFERENCE")

    def run(path: Path, url: str) -> Dict:
        done = subprocess.run(
            [str(binary), "--json", "--url", url, str(path)],
            check=True,
            capture_output=True,
        )
        return json.loads(done.stdout)

    return run


def _record(kind: str, uri: Optional[str], block: bytes, extra: Optional[Dict[str, str]] = None) -> bytes:
    headers = {
        "WARC-Type": kind,
        "WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>",
        "WARC-Date": "2026-05-01T12:00:00Z",
    }
    if uri is not None:
        headers["WARC-Target-URI"] = uri
    if kind in ("response", "request"):
        headers["Content-Type"] = f"application/http; msgtype={kind}"
    elif kind == "warcinfo":
        headers["Content-Type"] = "application/warc-fields"
    headers.update(extra or {})
    headers["Content-Length"] = str(len(block))
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return gzip.compress(head.encode() + block + b"\r\n\r\n")


def http_response(body: bytes, content_type: str, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def write_warc(path: Path, pages: List[Tuple[str, bytes]], with_other_records: bool = True) -> None:
    """A `.warc.gz` (gzip per record) with a response per HTML page and,
    around them, what real crawls hold: warcinfo, a request per page, a PDF
    response and a metadata record (none of which is an HTML page)."""
    out = [_record("warcinfo", None, b"software: gleaner-tests\r\n")] if with_other_records else []
    for url, html in pages:
        if with_other_records:
            request = f"GET {url} HTTP/1.1\r\nHost: example\r\n\r\n".encode()
            out.append(_record("request", url, request))
        out.append(
            _record(
                "response",
                url,
                http_response(html, "text/html; charset=utf-8"),
                {"WARC-Identified-Payload-Type": "text/html"},
            )
        )
    if with_other_records:
        pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
        out.append(
            _record(
                "response",
                "https://files.example/report.pdf",
                http_response(pdf, "application/pdf"),
                {"WARC-Identified-Payload-Type": "application/pdf"},
            )
        )
        out.append(_record("metadata", pages[0][0] if pages else None, b"fetchTimeMs: 12\r\n"))
    path.write_bytes(b"".join(out))


def read_jsonl(path: Path) -> List[Dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def which(name: str) -> Optional[str]:
    return shutil.which(name)
