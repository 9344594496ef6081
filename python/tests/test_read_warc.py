"""`read_warc`: a WARC's articles as an iterator, extracted in Rust."""

from __future__ import annotations

import io

import pytest

import gleaner
from conftest import fixture_pages, read_jsonl, write_warc

FIXTURES = fixture_pages()


def _warc(tmp_path, one_host=False):
    pages = [
        (f"https://news.example/{name}" if one_host else url, html) for name, url, html in FIXTURES
    ]
    path = tmp_path / "pages.warc.gz"
    write_warc(path, pages)
    return path, pages


@pytest.mark.parametrize("jobs", [1, 3])
def test_read_warc_gives_the_crawl_lines_in_record_order(tmp_path, jobs):
    # All pages on one host: the memory strips what the host repeats, as
    # the shard task's does.
    path, pages = _warc(tmp_path, one_host=True)
    gleaner.warc_to_jsonl(path, tmp_path / "crawl.jsonl", jobs=1)
    crawl = read_jsonl(tmp_path / "crawl.jsonl")
    articles = gleaner.read_warc(path, memory=gleaner.SiteMemory(), jobs=jobs)
    items = list(articles)
    assert [article for *_, article in items] == crawl
    assert [url for _, _, url, _, _ in items] == [url for url, _ in pages]
    for where, record_id, _, date, _ in items:
        assert where.startswith(str(path) + "@")
        assert record_id.startswith("<urn:uuid:") and date == "2026-05-01T12:00:00Z"
    assert articles.summary == {
        "ok": len(pages),
        "errors": 0,
        "skipped": {"not-html": 1, "warc:metadata": 1, "warc:request": len(pages), "warc:warcinfo": 1},
        "fragments_stripped": articles.summary["fragments_stripped"],
        "fragments_learned": articles.summary["fragments_learned"],
    }
    assert articles.summary["fragments_learned"] > 0


def test_a_file_object_reads_as_its_path(tmp_path):
    path, _ = _warc(tmp_path)
    from_path = list(gleaner.read_warc(path, fields=["text", "title"]))
    with open(path, "rb") as f:
        from_file = list(gleaner.read_warc(f, fields=["text", "title"], name=str(path)))
    assert from_file == from_path
    # Not gzipped, through an in-memory stream.
    import gzip

    plain = io.BytesIO(gzip.decompress(path.read_bytes()))
    texts = [a["text"] for *_, a in gleaner.read_warc(plain, fields=["text"])]
    assert texts == [a["text"] for *_, a in from_path]


def test_fields_and_errors_come_in_place(tmp_path):
    pages = [
        ("https://news.example/empty", b"<html><body><nav>Home</nav></body></html>"),
        (FIXTURES[0][1], FIXTURES[0][2]),
    ]
    path = tmp_path / "two.warc.gz"
    write_warc(path, pages, with_other_records=False)
    (_, _, url0, _, first), (_, _, _, _, second) = gleaner.read_warc(path, fields=["title", "text"])
    assert isinstance(first, gleaner.NoContentError) and first.kind == "no_content"
    assert url0 == "https://news.example/empty"
    assert set(second) == {"title", "text"}


def test_a_broken_file_and_bad_arguments_raise_clearly(tmp_path):
    with pytest.raises(TypeError, match="source must be a path or a binary file object, not int"):
        gleaner.read_warc(42)
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        gleaner.read_warc(tmp_path / "x.warc", jobs=0)
    # A missing file is the one item's error, like a crawl's error line.
    (item,) = list(gleaner.read_warc(tmp_path / "missing.warc.gz"))
    assert isinstance(item[4], gleaner.FileError) and "missing.warc.gz" in str(item[4])

    class Text:
        def read(self, n):
            return "not bytes"

    (item,) = list(gleaner.read_warc(Text(), name="text-file"))
    assert isinstance(item[4], gleaner.ExtractionError)
    assert "read() must return bytes, not str" in str(item[4])


def test_dropping_the_iterator_early_stops_the_reading(tmp_path):
    path, _ = _warc(tmp_path)
    articles = gleaner.read_warc(path)
    first = next(articles)
    assert isinstance(first[4], dict)
    assert articles.summary is None
    del articles  # the reading thread stops at its next item
    assert len(list(gleaner.read_warc(path))) == len(FIXTURES)


def test_fetched_at_is_the_reference_time_of_relative_dates():
    html = (
        "<html><body><article><h1>Ferry stays</h1><p class=date>2 hours ago</p>"
        "<p>Residents of the valley voted to keep the old ferry running for ten more years.</p>"
        "<p>The ferry carries two hundred people a day across the river.</p></article></body></html>"
    )
    url = "https://news.example/ferry"
    article = gleaner.extract(html, url=url, fetched_at="2024-05-02T12:00:00Z")
    assert article["published"] == "2024-05-02T10:00:00Z"
    assert article["fetched_at"] == "2024-05-02T12:00:00Z"
    assert "published" not in gleaner.extract(html, url=url)
    # One that does not parse is ignored, as the crawl ignores a bad WARC-Date.
    assert "fetched_at" not in gleaner.Extractor().extract(html, url=url, fetched_at="yesterday")
    (many,) = gleaner.Extractor().extract_many([(html, url, None, "2024-05-02T12:00:00Z")])
    assert many["published"] == article["published"]


def test_the_fingerprint_is_computed_when_asked_for(tmp_path):
    # Without `fingerprint` among the fields it is not computed; the other
    # fields are the same either way.
    path, _ = _warc(tmp_path)
    full = [a for *_, a in gleaner.read_warc(path)]
    asked = [a for *_, a in gleaner.read_warc(path, fields=["text", "fingerprint"])]
    unasked = [a for *_, a in gleaner.read_warc(path, fields=["text", "title", "lang"])]
    assert all(isinstance(a["fingerprint"], int) for a in full)
    assert asked == [{"text": a["text"], "fingerprint": a["fingerprint"]} for a in full]
    assert unasked == [{k: a[k] for k in ("text", "title", "lang") if k in a} for a in full]


def test_metadata_fields_lay_out_a_documents_metadata(tmp_path):
    # The items of `metadata_fields` are the pieces of the datatrove
    # document the reader made in Python from the article's dict: the
    # record's url and date, the file path, then each field the article
    # has, in the order asked, unless its key is already there ("url" is
    # the record's; a repeated name counts once).
    pages = [("https://news.example/empty", b"<html><body><nav>Home</nav></body></html>")]
    pages += [(url, html) for _, url, html in FIXTURES]
    path = tmp_path / "pages.warc.gz"
    write_warc(path, pages, with_other_records=False)
    names = ["word_count", "url", "title", "no_such_field", "authors", "title", "lang", "published"]
    articles = list(gleaner.read_warc(path, fields=["text", *names]))
    documents = list(gleaner.read_warc(path, metadata_fields=names, file_path="/data/pages.warc.gz"))
    assert len(documents) == len(articles) == len(pages)
    for (where, record_id, url, date, article), (d_where, d_record_id, text, metadata) in zip(articles, documents):
        assert (d_where, d_record_id) == (where, record_id)
        if isinstance(article, Exception):
            assert metadata is None and type(text) is type(article) and text.kind == article.kind
            continue
        expected = {"url": url, "date": date, "file_path": "/data/pages.warc.gz"}
        for name in names:
            if name in article:
                expected.setdefault(name, article[name])
        assert text == article["text"]
        assert list(metadata.items()) == list(expected.items()), url
    assert isinstance(documents[0][2], gleaner.NoContentError)
    assert any("authors" in m for *_, m in documents if m) and any("title" in m for *_, m in documents if m)
    # No file path: no key; no fields: the record's url and date alone.
    (*_, metadata), *_ = list(gleaner.read_warc(path, metadata_fields=[]))[1:]
    assert list(metadata) == ["url", "date"]
    with pytest.raises(ValueError, match="fields or metadata_fields, not both"):
        gleaner.read_warc(path, fields=["text"], metadata_fields=["title"])
    with pytest.raises(ValueError, match="file_path needs metadata_fields"):
        gleaner.read_warc(path, file_path="/data/pages.warc.gz")
