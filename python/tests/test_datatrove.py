"""The datatrove step, on a real LocalPipelineExecutor run."""

from __future__ import annotations

from pathlib import Path

import pytest

import gleaner
from conftest import fixture_pages, read_jsonl, require, write_warc

try:
    import datatrove  # noqa: F401
    from datatrove.data import Document
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    from gleaner.datatrove import GleanerExtractor
except ImportError as error:  # pragma: no cover - depends on the environment
    missing = str(error)
else:
    missing = None


@pytest.fixture(autouse=True)
def _needs_datatrove():
    if missing is not None:
        require(f"datatrove ({missing})", "GLEANER_REQUIRE_DATATROVE")


def _shards(tmp_path: Path, count: int, one_host: bool = False):
    """`count` WARC files with the fixture pages dealt round robin."""
    pages = fixture_pages()
    folder = tmp_path / "warcs"
    folder.mkdir()
    files = []
    for shard in range(count):
        mine = [
            (f"https://news.example/{name}" if one_host else url, html)
            for i, (name, url, html) in enumerate(pages)
            if i % count == shard
        ]
        path = folder / f"shard-{shard}.warc.gz"
        write_warc(path, mine)
        files.append((path, mine))
    return folder, files


def _crawl_texts(tmp_path: Path, files) -> dict:
    """URL -> text of the crate's crawl output (one shard task per file)."""
    texts = {}
    for path, _ in files:
        out = tmp_path / (path.name + ".jsonl")
        summary = gleaner.warc_to_jsonl(path, out, jobs=1)
        assert summary is not None and summary["errors"] == 0
        for line in read_jsonl(out):
            texts[line["url"]] = line
    return texts


def test_local_executor_run_writes_the_crawl_text_of_every_page(tmp_path):
    folder, files = _shards(tmp_path, 4)
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[
            WarcReader(str(folder), glob_pattern="*.warc.gz"),
            GleanerExtractor(),
            JsonlWriter(str(out)),
        ],
        tasks=4,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    docs = [doc for path in sorted(out.glob("*.jsonl*")) for doc in read_jsonl(path)]
    html_pages = sum(len(pages) for _, pages in files)
    assert len(docs) == html_pages, "one JSON line per HTML page"
    crawl = _crawl_texts(tmp_path, files)
    assert len(crawl) == html_pages
    for doc in docs:
        line = crawl[doc["metadata"]["url"]]
        assert doc["text"] == line["text"], doc["metadata"]["url"]
        assert doc["metadata"].get("title") == line.get("title")
        assert doc["metadata"]["word_count"] == line["word_count"]
        assert doc["metadata"]["date"] == "2026-05-01T12:00:00Z"  # the reader's, kept


def _documents(files):
    for path, pages in files:
        for i, (url, html) in enumerate(pages):
            yield Document(text=html.decode("utf-8"), id=f"{path.name}/{i}", metadata={"url": url})


def _run(step, files):
    return [(doc.metadata["url"], doc.text, doc.metadata.get("title")) for doc in step.run(_documents(files))]


def test_sandbox_and_threads_give_the_same_documents(tmp_path):
    _, files = _shards(tmp_path, 1)
    inline = _run(GleanerExtractor(), files)
    assert len(inline) == len(files[0][1])
    assert _run(GleanerExtractor(timeout=30), files) == inline
    assert _run(GleanerExtractor(site_memory=False, jobs=2, batch_size=5), files) == inline


def test_site_memory_is_the_shards(tmp_path):
    # All pages on one host: the task's memory strips what the crawl's
    # shard memory strips, page for page.
    _, files = _shards(tmp_path, 1, one_host=True)
    crawl = _crawl_texts(tmp_path, files)
    got = _run(GleanerExtractor(), files)
    assert {url: text for url, text, _ in got} == {url: line["text"] for url, line in crawl.items()}


def test_documents_without_article_are_dropped_and_counted():
    step = GleanerExtractor()
    docs = [
        Document(text="<html><body><nav>Home</nav></body></html>", id="a", metadata={"url": "https://x.example/a"}),
        Document(text=fixture_pages()[0][2].decode(), id="b", metadata={"url": "not a url"}),
    ]
    kept = list(step.run(iter(docs)))
    assert [d.id for d in kept] == ["b"]
    assert step.stats["no_content"].total == 1
    assert step.extract(fixture_pages()[0][2].decode()) == gleaner.extract(fixture_pages()[0][2])["text"]
    with pytest.raises(ValueError, match="site_memory=True needs jobs=1"):
        GleanerExtractor(jobs=2)
    with pytest.raises(gleaner.InvalidRuleError):
        GleanerExtractor(strip_selector=["p[[["])
