"""The datatrove step, on a real LocalPipelineExecutor run."""

from __future__ import annotations

import re
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

    from gleaner.datatrove import GleanerExtractor, GleanerWarcReader
except ImportError as error:  # pragma: no cover - depends on the environment
    missing = str(error)
else:
    missing = None


@pytest.fixture(autouse=True)
def _needs_datatrove():
    if missing is not None:
        require(f"datatrove ({missing})", "GLEANER_REQUIRE_DATATROVE")


BRAND = "Valley Courier — the paper of the upper valley since 1899, read in every village."


def _shards(tmp_path: Path, count: int, one_host: bool = False, brand: bool = False):
    """`count` WARC files with the fixture pages dealt round robin; with
    `brand`, a brand line the host repeats opens every article."""
    pages = fixture_pages()
    if brand:
        line = f"<p>{BRAND}</p>".encode()
        pages = [(n, u, re.sub(rb"(<p[ >])", lambda m: line + m.group(1), h, count=1)) for n, u, h in pages]
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
        # The record's WARC-Date is the reference time, as in the crawl.
        assert doc["metadata"].get("published") == line.get("published")
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
    # The memory goes on from batch to batch, and page by page (the
    # sandbox) is the same.
    assert _run(GleanerExtractor(batch_size=3), files) == got
    assert _run(GleanerExtractor(timeout=30), files) == got


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


def _run_executor(tmp_path: Path, name: str, steps, tasks: int = 4, workers: int = 2) -> list:
    """The output lines of a LocalPipelineExecutor run of `steps` ->
    JsonlWriter, file by file (the files are named by task)."""
    out = tmp_path / name
    LocalPipelineExecutor(
        pipeline=[*steps, JsonlWriter(str(out))],
        tasks=tasks,
        workers=workers,
        logging_dir=str(tmp_path / f"logs-{name}"),
    ).run()
    import gzip

    return [(path.name, gzip.decompress(path.read_bytes())) for path in sorted(out.glob("*.jsonl*"))]


def _lines(files) -> list:
    import json

    return [json.loads(line) for _, data in files for line in data.splitlines()]


def test_warc_reader_writes_what_warc_reader_and_extractor_write(tmp_path):
    folder, files = _shards(tmp_path, 4)
    reader = _run_executor(tmp_path, "gleaner-reader", [GleanerWarcReader(str(folder), glob_pattern="*.warc.gz")])
    two_steps = _run_executor(
        tmp_path, "two-steps", [WarcReader(str(folder), glob_pattern="*.warc.gz"), GleanerExtractor()]
    )
    # The same files, byte for byte (inflated; the gzip header has a
    # time): ids, text, metadata and its order.
    assert [name for name, _ in reader] == [name for name, _ in two_steps]
    assert reader == two_steps
    docs = _lines(reader)
    assert len(docs) == sum(len(pages) for _, pages in files), "one JSON line per HTML page"
    crawl = _crawl_texts(tmp_path, files)
    for doc in docs:
        line = crawl[doc["metadata"]["url"]]
        assert doc["text"] == line["text"]
        for key in ("title", "authors", "published", "site_name", "lang", "word_count"):
            assert doc["metadata"].get(key) == line.get(key), (key, doc["metadata"]["url"])
        assert doc["id"].startswith("<urn:uuid:")
        assert doc["metadata"]["file_path"].endswith(".warc.gz")


def test_warc_reader_file_path_of_each_file(tmp_path):
    # One task reading several files (the resolved path is worked out once
    # a file): every document names its own file.
    folder, files = _shards(tmp_path, 3)
    file_of = {url: path.resolve() for path, pages in files for url, _ in pages}
    docs = list(GleanerWarcReader(str(folder), glob_pattern="*.warc.gz").run())
    assert len(docs) == sum(len(pages) for _, pages in files)
    assert len({d.metadata["file_path"] for d in docs}) == 3
    for d in docs:
        assert Path(d.metadata["file_path"]).resolve() == file_of[d.metadata["url"]], d.metadata["url"]


def test_warc_reader_site_memory_and_threads(tmp_path):
    # All pages on one host in one file: the task's memory strips what the
    # crawl's shard memory strips, for any number of threads.
    folder, files = _shards(tmp_path, 1, one_host=True, brand=True)
    crawl = _crawl_texts(tmp_path, files)
    for jobs in (1, 3):
        docs = list(GleanerWarcReader(str(folder), jobs=jobs).run())
        assert [(d.metadata["url"], d.text) for d in docs] == [(url, line["text"]) for url, line in crawl.items()]
    # The brand line goes from most of the host's pages, and only with the
    # memory. The memory learns as the shard goes, from each page's article
    # and the short lines around it (since session 25): the line can go from
    # the second page on when the first showed it beside its article.
    kept = sum(BRAND in d.text for d in docs)
    without_memory = sum(BRAND in d.text for d in GleanerWarcReader(str(folder), site_memory=False).run())
    assert kept < len(docs) / 2 < without_memory


def test_warc_reader_through_a_remote_filesystem_and_its_limits(tmp_path):
    import fsspec

    folder, files = _shards(tmp_path, 2)
    memory_fs = fsspec.filesystem("memory")
    for path, _ in files:
        memory_fs.pipe(f"/gleaner-test/{path.name}", path.read_bytes())
    local = [(d.id, d.text, d.metadata["url"]) for d in GleanerWarcReader(str(folder)).run()]
    remote = [(d.id, d.text, d.metadata["url"]) for d in GleanerWarcReader("memory://gleaner-test").run()]
    assert remote == local and len(local) == sum(len(p) for _, p in files)
    # datatrove's limit stops the reading early; skip skips.
    assert [d.id for d in GleanerWarcReader(str(folder), limit=3).run()] == [i for i, _, _ in local[:3]]
    assert [d.id for d in GleanerWarcReader(str(folder), skip=2, limit=2).run()] == [i for i, _, _ in local[2:4]]
    # Records that are not pages are counted by reason.
    reader = GleanerWarcReader(str(folder))
    assert len(list(reader.run())) == len(local)
    assert reader.stats["skipped warc:request"].total == len(local)
    assert reader.stats["skipped not-html"].total == 2


def test_warc_reader_drops_pages_without_article_and_checks_options(tmp_path):
    folder = tmp_path / "warcs"
    folder.mkdir()
    write_warc(
        folder / "a.warc.gz",
        [("https://x.example/a", b"<html><body><nav>Home</nav></body></html>"), fixture_pages()[0][1:]],
    )
    # The same file cut short (in its last record, a metadata one): that
    # record is an error, counted by kind; the pages before it are read.
    import gzip

    plain = gzip.decompress((folder / "a.warc.gz").read_bytes())
    (folder / "b.warc").write_bytes(plain[:-100])
    reader = GleanerWarcReader(str(folder))
    docs = list(reader.run())
    assert [d.metadata["url"] for d in docs] == [fixture_pages()[0][1]] * 2
    assert reader.stats["no_content"].total == 2
    assert reader.stats["warc"].total == 1
    with pytest.raises(gleaner.InvalidRuleError):
        GleanerWarcReader(str(folder), strip_selector=["p[[["])
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        GleanerWarcReader(str(folder), jobs=0)


def test_warc_reader_plain_documents_are_the_adapters(tmp_path):
    # With the default adapter and no default_metadata the reader takes its
    # documents from Rust (`read_warc`'s metadata_fields); any adapter goes
    # through datatrove's get_document_from_dict. Both make the same
    # documents: id, text, media, metadata and its key order, and counts.
    folder = tmp_path / "warcs"
    folder.mkdir()
    pages = [("https://x.example/nav-only", b"<html><body><nav>Home</nav></body></html>")]
    pages += [(url, html) for _, url, html in fixture_pages()]
    write_warc(folder / "a.warc.gz", pages[::2])
    write_warc(folder / "b.warc.gz", pages[1::2])

    def same_as_default(self, data, path, id_in_file):
        return self._default_adapter(data, path, id_in_file)

    def shape(docs):
        return [(d.id, d.text, d.media, list(d.metadata.items())) for d in docs]

    for options in ({}, {"metadata": ["title", "url", "word_count", "title"]}, {"metadata": False}):
        plain = GleanerWarcReader(str(folder), **options)
        general = GleanerWarcReader(str(folder), adapter=same_as_default, **options)
        assert plain._plain_documents() and not general._plain_documents()
        docs = list(plain.run())
        assert len(docs) == len(pages) - 1
        assert shape(docs) == shape(general.run()), options
        for stat in ("no_content", "dropped", "doc_len"):
            assert plain.stats[stat].total == general.stats[stat].total, stat
    assert not GleanerWarcReader(str(folder), default_metadata={"source": "x"})._plain_documents()
