#!/usr/bin/env python3
"""datatrove with trafilatura vs gleaner on the same generated WARC (not a test).

Runs the same datatrove pipeline, ``WarcReader -> extractor -> JsonlWriter``
on a ``LocalPipelineExecutor``, once per extractor:

- ``trafilatura``: datatrove's ``Trafilatura()`` step (its sandbox
  subprocess; the per-document timeout is ``--sandbox-timeout``, 10 s by
  default instead of datatrove's 1 s, because the sandbox's first document
  includes importing trafilatura, which on a loaded machine takes more than
  1 s: every document then timed out);
- ``gleaner``: ``gleaner.datatrove.GleanerExtractor()`` (in-process, no
  sandbox: the default);
- ``gleaner-sandbox``: ``GleanerExtractor(timeout=...)``, datatrove's
  sandbox around gleaner, to measure what the sandbox costs.

The WARC is generated here from the repository's fixture pages
(``tests/fixtures``), each copy made distinct (a per-page phrase in every
paragraph and in the title, its own URL), so no extractor's deduplication
cache sees repeats. No shared corpus is read.

Each extractor runs in its own Python process; the report gives HTML pages
per second (wall time of the executor's run, imports excluded), the peak
RSS of the largest process of the run (the task, or an extractor's sandbox
child), and the speed-up over trafilatura.

    pip install ./python datatrove warcio faust-cchardet python-magic orjson trafilatura
    python python/bench/datatrove_bench.py --pages 2000 --tasks 2 --workers 2
"""

from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURE_DIRS = [REPO / "tests" / "fixtures" / "pages", REPO / "tests" / "fixtures" / "syndication"]
EXTRACTORS = ("trafilatura", "gleaner", "gleaner-sandbox")

WORDS = (
    "harbour river orchard bridge council ferry market library tram valley station museum "
    "garden school clinic festival bakery quarry lighthouse meadow"
).split()


def fixture_pages() -> list:
    pages = []
    for folder in FIXTURE_DIRS:
        pages.extend(p.read_text("utf-8") for p in sorted(folder.rglob("*.html")))
    if not pages:
        sys.exit(f"no fixture pages under {FIXTURE_DIRS}")
    return pages


def variant(page: str, n: int) -> str:
    """Page `page` made distinct for copy `n`: a phrase of its own opens
    every paragraph and the title."""
    phrase = f"{WORDS[n % len(WORDS)].capitalize()} {WORDS[(n // len(WORDS)) % len(WORDS)]} report {n}:"
    page = re.sub(r"<p(\s[^>]*)?>", lambda m: m.group(0) + htmllib.escape(phrase) + " ", page)
    return re.sub(r"<title>", "<title>" + htmllib.escape(phrase) + " ", page, count=1)


def record(kind: str, uri: str, block: bytes, extra: dict) -> bytes:
    headers = {
        "WARC-Type": kind,
        "WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>",
        "WARC-Date": "2026-05-01T12:00:00Z",
        "WARC-Target-URI": uri,
        "Content-Type": f"application/http; msgtype={kind}",
        **extra,
        "Content-Length": str(len(block)),
    }
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=6)


def make_warcs(folder: Path, pages: int, files: int) -> int:
    """`pages` HTML responses (with their requests) dealt over `files`
    WARC files; returns the number of HTML pages written."""
    sources = fixture_pages()
    folder.mkdir(parents=True, exist_ok=True)
    outs = [open(folder / f"bench-{i:02d}.warc.gz", "wb") for i in range(files)]
    try:
        for n in range(pages):
            body = variant(sources[n % len(sources)], n).encode("utf-8")
            url = f"https://site{n % 97}.example/news/{n}/story"
            http = (
                f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode() + body
            out = outs[n % files]
            out.write(record("request", url, f"GET {url} HTTP/1.1\r\n\r\n".encode(), {}))
            out.write(record("response", url, http, {"WARC-Identified-Payload-Type": "text/html"}))
    finally:
        for out in outs:
            out.close()
    return pages


def run_one(name: str, warcs: Path, out: Path, tasks: int, workers: int, timeout: float) -> dict:
    """One pipeline run in this process (called in a child process)."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    if name == "trafilatura":
        from datatrove.pipeline.extractors import Trafilatura

        step = Trafilatura(timeout=timeout)
    else:
        from gleaner.datatrove import GleanerExtractor

        step = GleanerExtractor(timeout=timeout if name == "gleaner-sandbox" else None)
    executor = LocalPipelineExecutor(
        pipeline=[WarcReader(str(warcs), glob_pattern="*.warc.gz"), step, JsonlWriter(str(out))],
        tasks=tasks,
        workers=workers,
        logging_dir=str(out.parent / f"logs-{name}"),
    )
    started = time.perf_counter()
    executor.run()
    seconds = time.perf_counter() - started
    # datatrove's own per-step times, summed over the tasks.
    steps = {}
    for step in json.loads((out.parent / f"logs-{name}" / "stats.json").read_text()):
        kind = "reader" if "READER" in step["name"] else "writer" if "WRITER" in step["name"] else "extractor"
        steps[kind] = step["time_stats"]["total"]
    docs = 0
    for path in out.glob("*.jsonl*"):
        with gzip.open(path, "rt") if path.suffix == ".gz" else open(path) as f:
            docs += sum(1 for _ in f)
    return {"seconds": seconds, "docs": docs, "steps": steps}


def peak_rss_mib() -> float:
    """Largest peak RSS of this process and of any waited-for descendant."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux: KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--tasks", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--extractors", default=",".join(EXTRACTORS))
    parser.add_argument("--sandbox-timeout", type=float, default=10.0)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:  # one measured run, its result as JSON on stdout
        result = run_one(args.child, args.dir / "warcs", args.dir / f"out-{args.child}", args.tasks, args.workers,
                         args.sandbox_timeout)
        result["peak_rss_mib"] = peak_rss_mib()
        print(json.dumps(result))
        return

    work = args.dir or Path(tempfile.mkdtemp(prefix="gleaner-bench-"))
    if not (work / "warcs").exists():
        make_warcs(work / "warcs", args.pages, max(args.tasks, 1))
    pages = args.pages
    size = sum(p.stat().st_size for p in (work / "warcs").glob("*.warc.gz"))
    print(f"WARC: {pages} HTML pages (+ their requests) in {args.tasks} files, {size / 1e6:.1f} MB, in {work}")
    print(f"LocalPipelineExecutor(tasks={args.tasks}, workers={args.workers})\n")
    results = {}
    for name in args.extractors.split(","):
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, "--dir", str(work), "--tasks", str(args.tasks),
             "--workers", str(args.workers), "--sandbox-timeout", str(args.sandbox_timeout)],
            check=True, capture_output=True, text=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results[name] = result
        print(
            f"{name:16} {result['seconds']:7.2f} s  {pages / result['seconds']:8.1f} pages/s  "
            f"peak RSS {result['peak_rss_mib']:6.1f} MiB  ({result['docs']} documents written)\n"
            + " " * 17
            + "step time per page (datatrove's stats, all tasks): "
            + ", ".join(f"{k} {v / pages * 1000:.2f} ms" for k, v in result["steps"].items()),
            flush=True,
        )
    base = results.get("trafilatura")
    if base:
        for name, r in results.items():
            if name != "trafilatura":
                step = base["steps"]["extractor"] / r["steps"]["extractor"]
                print(
                    f"{name}: {base['seconds'] / r['seconds']:.1f}x trafilatura's pages/s end to end, "
                    f"extractor step {step:.1f}x faster"
                )


if __name__ == "__main__":
    main()
