#!/usr/bin/env python3
"""datatrove with trafilatura vs gleaner on the same generated WARC (not a test).

Runs the same datatrove pipeline, ``WarcReader -> extractor -> JsonlWriter``
on a ``LocalPipelineExecutor``, once per extractor, and gleaner's reader,
``GleanerWarcReader -> JsonlWriter``:

- ``trafilatura``: datatrove's ``Trafilatura()`` step (its sandbox
  subprocess; the per-document timeout is ``--sandbox-timeout``, 10 s by
  default instead of datatrove's 1 s, because the sandbox's first document
  includes importing trafilatura, which on a loaded machine takes more than
  1 s: every document then timed out);
- ``gleaner``: ``gleaner.datatrove.GleanerExtractor()`` (in-process, no
  sandbox: the default);
- ``gleaner-sandbox``: ``GleanerExtractor(timeout=...)``, datatrove's
  sandbox around gleaner, to measure what the sandbox costs;
- ``gleaner-reader``: ``GleanerWarcReader()`` in place of ``WarcReader`` and
  the extractor: the WARC is read and its pages extracted in Rust, on a
  thread beside the task's Python thread (same documents as ``gleaner``).

The WARC is generated here from the repository's fixture pages
(``tests/fixtures``), each copy made distinct (a per-page phrase in every
paragraph and in the title, its own URL), so no extractor's deduplication
cache sees repeats, and wrapped in templated site chrome (navigation, inline
CSS and JS, a "most read" sidebar, a footer of links: about 40 KB a page,
the size of a real news page; ``--bare`` leaves the 4 KB fixture pages
alone). No shared corpus is read.

Each extractor runs in its own Python process; the report gives HTML pages
per second (wall time of the executor's run, imports excluded), datatrove's
own time per page of each step, the CPU time of the run's process tree per
page (on a shared machine wall times stretch with the load; CPU time much
less), the peak RSS of the tree (sampled every 50 ms: the sum over its
processes, and the largest one), and the ratios to trafilatura.

The same wheel's runs differ by a fifth within one sitting on the
project's shared machine, so one run of each says little: ``--rounds N``
runs the ``--extractors`` list N times over, interleaved (gleaner-reader,
trafilatura, gleaner-reader, trafilatura, ...: a change in the machine's
load falls on both), and the summary gives each pipeline's runs and their
median pages/s and CPU a page, and the ratios of the medians (CPU a page
is the steadier of the two on a shared machine). A name given twice in
``--extractors`` counts as two runs of it. ``--json`` keeps every run's
figures.

    pip install ./python datatrove warcio faust-cchardet python-magic orjson trafilatura lxml_html_clean
    python python/bench/datatrove_bench.py --pages 10000 --tasks 2 --workers 2
    python python/bench/datatrove_bench.py --pages 20000 --tasks 2 --workers 2 \
        --extractors gleaner-reader,trafilatura --rounds 3

Figures measured with it: python/bench/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURE_DIRS = [REPO / "tests" / "fixtures" / "pages", REPO / "tests" / "fixtures" / "syndication"]
EXTRACTORS = ("trafilatura", "gleaner", "gleaner-sandbox", "gleaner-reader")

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


SECTIONS = ["News", "Local", "World", "Business", "Sport", "Culture", "Opinion", "Science", "Travel", "Food"]


def chrome(n: int) -> tuple:
    """Templated site chrome for host `n % 97`, the size of a real news
    site's: a head with meta tags, inline CSS and JS, a navigation bar, a
    "most read" sidebar, a newsletter box and a footer of links. Returns
    (head, before the article, after the article)."""
    site = n % 97
    host = f"site{site}.example"
    style = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i * 9973 % 0xFFFFFF:06x}}}" for i in range(120))
    script = "".join(
        f"window.cfg{i}={{slot:'ad-{i}',sizes:[[300,250],[728,90]],targeting:{{s:'{SECTIONS[i % 10]}',p:{n}}}}};"
        for i in range(60)
    )
    head = (
        f'<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="https://{host}/s.css">'
        + "".join(f'<meta property="og:x{i}" content="v{i}">' for i in range(20))
        + f"<style>{style}</style><script>{script}</script>"
    )
    nav = "".join(f'<li><a href="https://{host}/{s.lower()}/">{s}</a></li>' for s in SECTIONS * 4)
    most_read = "".join(
        f'<li><a href="https://{host}/news/{n - k}/story">Story {n - k}: {WORDS[(n + k) % len(WORDS)]} '
        f"{WORDS[(n + 2 * k) % len(WORDS)]} news from the {WORDS[k % len(WORDS)]}</a>"
        f"<p>A short teaser about the {WORDS[(n + k) % len(WORDS)]} and what happened there.</p></li>"
        for k in range(1, 16)
    )
    footer = "".join(f'<a href="https://{host}/page/{k}">Footer link {k}</a> ' for k in range(60))
    before = (
        f'<header class="site-header"><div class="brand">Site {site} Courier</div><nav class="main-nav"><ul>{nav}</ul></nav>'
        f'</header><div class="layout"><main class="content">'
    )
    after = (
        f'</main><aside class="sidebar"><h3>Most read</h3><ol class="most-read">{most_read}</ol>'
        '<div class="newsletter">Get the morning briefing in your inbox every day.</div></aside></div>'
        f'<footer class="site-footer">{footer}<p>All rights reserved. Site {site} Courier.</p></footer>'
        f"<script>{script}</script>"
    )
    return head, before, after


def with_chrome(page: str, n: int) -> str:
    """The fixture page's head and body inside the site chrome."""
    head, before, after = chrome(n)
    page = re.sub(r"(?i)</head>", head + "</head>", page, count=1)
    page = re.sub(r"(?i)(<body[^>]*>)", lambda m: m.group(1) + before, page, count=1)
    return re.sub(r"(?i)</body>", after + "</body>", page, count=1)


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


def make_warcs(folder: Path, pages: int, files: int, chrome_on: bool = True) -> int:
    """`pages` HTML responses (with their requests) dealt over `files`
    WARC files; returns the number of HTML pages written."""
    sources = fixture_pages()
    folder.mkdir(parents=True, exist_ok=True)
    outs = [open(folder / f"bench-{i:02d}.warc.gz", "wb") for i in range(files)]
    try:
        for n in range(pages):
            page = variant(sources[n % len(sources)], n)
            body = (with_chrome(page, n) if chrome_on else page).encode("utf-8")
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

    # datatrove skips the tasks a previous run's logs mark done: start clean.
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(out.parent / f"logs-{name}", ignore_errors=True)
    if name == "trafilatura":
        from datatrove.pipeline.extractors import Trafilatura

        steps = [WarcReader(str(warcs), glob_pattern="*.warc.gz"), Trafilatura(timeout=timeout)]
    elif name == "gleaner-reader":
        from gleaner.datatrove import GleanerWarcReader

        steps = [GleanerWarcReader(str(warcs), glob_pattern="*.warc.gz")]
    else:
        from gleaner.datatrove import GleanerExtractor

        step = GleanerExtractor(timeout=timeout if name == "gleaner-sandbox" else None)
        steps = [WarcReader(str(warcs), glob_pattern="*.warc.gz"), step]
    executor = LocalPipelineExecutor(
        pipeline=[*steps, JsonlWriter(str(out))],
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


TICKS = os.sysconf("SC_CLK_TCK")


def _tree_rss(root: int, cpu: dict) -> tuple:
    """(sum, largest) RSS in KiB of `root` and its descendants (Linux /proc);
    records each one's CPU seconds so far in `cpu`."""
    parents, rss, ticks = {}, {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields.get("PPid", "0").strip())
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
        ticks[pid] = int(stat[11]) + int(stat[12])  # utime + stime
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    for pid in tree:
        cpu[pid] = ticks.get(pid, 0) / TICKS
    sizes = [rss.get(pid, 0) for pid in tree]
    return sum(sizes), max(sizes, default=0)


class RssSampler(threading.Thread):
    """Samples a process tree every 50 ms: the peak of the sum of RSS over
    its processes, the peak of the largest one, and the CPU time of all
    (as last seen: a process's last 50 ms may be missed)."""

    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root, self.total, self.largest = root, 0, 0
        self.cpu: dict = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            total, largest = _tree_rss(self.root, self.cpu)
            self.total, self.largest = max(self.total, total), max(self.largest, largest)
            self.done.wait(0.05)


def measure(name: str, work: Path, args: argparse.Namespace) -> dict:
    """One run of pipeline `name` in a fresh Python process: its result
    (`run_one`'s, with the CPU time and peak RSS of its process tree and
    the load average before and after)."""
    load_before = os.getloadavg()[0]
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", name, "--dir", str(work), "--tasks", str(args.tasks),
         "--workers", str(args.workers), "--sandbox-timeout", str(args.sandbox_timeout)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler = RssSampler(child.pid)
    sampler.start()
    stdout, _ = child.communicate()
    sampler.done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode != 0:
        sys.exit(f"{name}: the run failed (exit {child.returncode})")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["name"] = name
    result["rss_total_mib"], result["rss_largest_mib"] = sampler.total / 1024, sampler.largest / 1024
    # The CPU time of the child and of every process it waited for, to
    # the tick (getrusage counts a process when its parent reaps it);
    # the sampled sum catches one left running (a forkserver) but
    # misses each process's last 50 ms: the larger of the two.
    reaped = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    result["cpu"] = max(reaped, sum(sampler.cpu.values()))
    result["load"] = (load_before, os.getloadavg()[0])
    return result


def read_extract(result: dict) -> float:
    """Seconds of datatrove's reading and extraction steps (one step for
    gleaner's reader), summed over the tasks."""
    return result["steps"].get("reader", 0.0) + result["steps"].get("extractor", 0.0)


def report_run(result: dict, pages: int, label: str) -> None:
    print(
        f"{label:16} {result['seconds']:7.2f} s  {pages / result['seconds']:8.1f} pages/s  "
        f"peak RSS {result['rss_total_mib']:6.1f} MiB all processes, {result['rss_largest_mib']:5.1f} MiB the largest  "
        f"({result['docs']} documents written)\n"
        + " " * 17
        + f"CPU {result['cpu']:.1f} s in all processes, {result['cpu'] / pages * 1000:.2f} ms per page; "
        + "step time per page (datatrove's stats, all tasks): "
        + ", ".join(f"{k} {v / pages * 1000:.2f} ms" for k, v in result["steps"].items())
        + f"; load average {result['load'][0]:.1f} -> {result['load'][1]:.1f}",
        flush=True,
    )


def summarise(runs: dict, pages: int) -> None:
    """Per pipeline, the runs' pages/s and CPU a page and their medians;
    the ratios of the medians to trafilatura's."""
    print("\nmedians over the runs (each run's figure in brackets):")
    medians = {}
    for name, results in runs.items():
        rates = [pages / r["seconds"] for r in results]
        cpus = [r["cpu"] / pages * 1000 for r in results]
        steps = [read_extract(r) / pages * 1000 for r in results]
        medians[name] = (statistics.median(rates), statistics.median(cpus), statistics.median(steps))
        print(
            f"{name:16} {medians[name][0]:8.1f} pages/s ({', '.join(f'{x:.1f}' for x in rates)})  "
            f"CPU {medians[name][1]:.2f} ms a page ({', '.join(f'{x:.2f}' for x in cpus)})  "
            f"reading and extraction steps {medians[name][2]:.2f} ms a page"
        )
    base = medians.get("trafilatura")
    if not base:
        return
    for name, (rate, cpu, step) in medians.items():
        if name != "trafilatura":
            print(
                f"{name}: {rate / base[0]:.1f}x trafilatura's pages/s end to end, "
                f"{base[1] / cpu:.1f}x less CPU a page, "
                f"reading and extraction steps {base[2] / step:.1f}x faster (medians of "
                f"{len(runs[name])} and {len(runs['trafilatura'])} runs)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--tasks", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--extractors", default=",".join(EXTRACTORS),
                        help="the pipelines, run in this order (a name may repeat)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="run the --extractors list this many times, interleaved "
                        "(a, b, a, b, ...); the summary gives each pipeline's median")
    parser.add_argument("--sandbox-timeout", type=float, default=10.0)
    parser.add_argument("--bare", action="store_true", help="the fixture pages alone, without site chrome")
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--json", type=Path, help="write every run's figures to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:  # one measured run, its result as JSON on stdout
        result = run_one(args.child, args.dir / "warcs", args.dir / f"out-{args.child}", args.tasks, args.workers,
                         args.sandbox_timeout)
        print(json.dumps(result))
        return

    names = args.extractors.split(",")
    unknown = sorted(set(names) - set(EXTRACTORS))
    if unknown:
        parser.error(f"unknown extractors {unknown}: choose from {', '.join(EXTRACTORS)}")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    work = args.dir or Path(tempfile.mkdtemp(prefix="gleaner-bench-"))
    if not (work / "warcs").exists():
        make_warcs(work / "warcs", args.pages, max(args.tasks, 1), chrome_on=not args.bare)
    pages = args.pages
    size = sum(p.stat().st_size for p in (work / "warcs").glob("*.warc.gz"))
    print(f"WARC: {pages} HTML pages (+ their requests) in {args.tasks} files, {size / 1e6:.1f} MB, in {work}")
    print(f"LocalPipelineExecutor(tasks={args.tasks}, workers={args.workers}), "
          f"{args.rounds} round(s) of {', '.join(names)}; load average {os.getloadavg()[0]:.1f}\n")
    runs: dict = {}
    for round_ in range(args.rounds):
        for name in names:
            result = measure(name, work, args)
            result["round"] = round_ + 1
            runs.setdefault(name, []).append(result)
            label = name if args.rounds == 1 else f"{name} #{round_ + 1}"
            report_run(result, pages, label)
    summarise(runs, pages)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps({"pages": pages, "tasks": args.tasks, "workers": args.workers,
                                         "runs": [r for rs in runs.values() for r in rs]}, indent=1))

if __name__ == "__main__":
    main()
