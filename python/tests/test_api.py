"""The Python API on the repository's own fixture pages, checked against
the Rust crate."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

import gleaner
from conftest import PAGES, fixture_pages, read_jsonl, write_warc

FIXTURES = fixture_pages()
IDS = [name for name, _, _ in FIXTURES]


@pytest.mark.parametrize("name,url,html", FIXTURES, ids=IDS)
def test_extract_is_the_rust_extract_on_every_fixture(rust_extract, name, url, html):
    expected = rust_extract(PAGES / f"{name}.html", url)
    from_str = gleaner.extract(html.decode("utf-8"), url=url)
    from_bytes = gleaner.extract(html, url=url)
    assert from_str["text"] == expected["text"], name
    assert from_str == expected, name
    assert from_bytes == expected, name


def test_the_article_dict_is_the_json_of_the_crate_also_deep_and_escaped(rust_extract, tmp_path):
    # The dict is read from the crate's JSON in Rust; it must be the object
    # `json.loads` makes of the same JSON: escaped and non-ASCII text, and
    # lists nested deeper than serde_json's depth limit (128).
    odd = 'Caf\u00e9 \u2014 \U0001F600 "quoted" back\\slash, tab\there, <b>bold</b> &amp; more. '
    paragraph = "<p>" + odd * 12 + "</p>"
    nested = "<ul><li>Harbour ferry item at this level" * 150 + "</li></ul>" * 150
    page = (
        f"<html><head><title>Ferry \u2019{odd}</title></head><body><article><h1>Ferry</h1>"
        f"{paragraph}{nested}{paragraph}</article></body></html>"
    )
    path = tmp_path / "deep.html"
    path.write_text(page, encoding="utf-8")
    url = "https://harbour.example/news/ferry"
    expected = rust_extract(path, url)
    article = gleaner.extract(page, url=url)
    assert article == expected
    assert "\U0001F600" in article["text"] and '"quoted" back\\slash' in article["text"]

    def depth(value) -> int:
        if isinstance(value, dict):
            value = list(value.values())
        if not isinstance(value, list):
            return 0
        return 1 + max(map(depth, value), default=0)

    assert depth(article) > 128  # the JSON nests past serde_json's limit
    assert gleaner.Extractor().extract_many([(page, url)]) == [expected]


def test_article_dict_has_the_crate_field_names():
    name, url, html = FIXTURES[0]
    article = gleaner.extract(html, url=url)
    # `text` and `word_count` are always there; empty fields are left out.
    assert isinstance(article["text"], str) and article["text"]
    assert article["word_count"] == len(article["text"].split())
    assert article["url"] == url
    assert set(article) <= {
        "url", "canonical_url", "title", "authors", "published", "modified", "site_name",
        "source_url", "source_name", "lang", "description", "section", "text", "blocks",
        "images", "lead_image", "tags", "word_count", "fingerprint", "fetched_at",
        "syndicated", "removed",
    }
    assert all("type" in block for block in article["blocks"])


def test_fields_keep_only_the_fields_asked_for():
    for _, url, html in FIXTURES[:6]:
        full = gleaner.extract(html, url=url)
        wanted = ["title", "text", "published", "no_such_field"]
        picked = gleaner.extract(html, url=url, fields=wanted)
        assert picked == {k: full[k] for k in wanted if k in full}
        assert gleaner.Extractor().extract_many([(html, url)], fields=["text"]) == [{"text": full["text"]}]


def test_extractor_options_change_the_output():
    gallery = next(html for name, _, html in FIXTURES if name == "gallery")
    with_images = gleaner.Extractor().extract(gallery)
    without = gleaner.Extractor(images=False).extract(gallery)
    assert any(b["type"] == "image" for b in with_images["blocks"])
    assert not any(b["type"] == "image" for b in without["blocks"])
    explained = gleaner.Extractor(explain=True).extract(FIXTURES[0][2])
    assert explained["removed"] and all("reason" in r for r in explained["removed"])
    assert "removed" not in gleaner.Extractor().extract(FIXTURES[0][2])


def test_extractor_defaults_are_the_crate_defaults():
    for name, url, html in FIXTURES:
        assert gleaner.Extractor().extract(html, url=url) == gleaner.extract(html, url=url), name


def test_user_rules_strip_text_and_bad_rules_raise():
    html = (
        "<html><body><article><p>The harbour committee approved the new ferry timetable on Monday evening.</p>"
        "<p class='stallnote-box'>The winter market returns to the harbour square with forty stalls this year.</p>"
        "<p>Crossings will run every twenty minutes from the first of June onwards.</p></article></body></html>"
    )
    assert "winter market" in gleaner.extract(html)["text"]
    stripped = gleaner.Extractor(boilerplate_class=["stallnote"]).extract(html)
    assert "winter market" not in stripped["text"] and "ferry timetable" in stripped["text"]
    assert "winter market" not in gleaner.Extractor(strip_text=["The winter market"]).extract(html)["text"]
    with pytest.raises(gleaner.InvalidRuleError, match="invalid rule") as caught:
        gleaner.Extractor(strip_selector=["p[[["])
    assert isinstance(caught.value, ValueError) and caught.value.kind == "invalid_rule"
    with pytest.raises(ValueError, match="focus must be"):
        gleaner.Extractor(focus="fast")


def test_extractor_pickles_and_reprs():
    extractor = gleaner.Extractor(focus="precision", links=False, strip_text=["Read more"])
    again = pickle.loads(pickle.dumps(extractor))
    assert again.options == extractor.options
    assert "focus='precision'" in repr(again)
    for _, url, html in FIXTURES[:5]:
        assert again.extract(html, url=url) == extractor.extract(html, url=url)


def test_extract_many_is_extract_in_input_order():
    extractor = gleaner.Extractor()
    pages = [(html, url) for _, url, html in FIXTURES]
    pages.insert(3, "<html><body><nav>Home</nav></body></html>")  # no content
    pages.append((FIXTURES[0][2].decode("utf-8"), None, None))
    results = extractor.extract_many(pages, jobs=2)
    assert len(results) == len(pages)
    for page, result in zip(pages, results):
        if isinstance(page, str):
            assert isinstance(result, gleaner.NoContentError)
            assert str(result) == "no article content found"
            continue
        html, url = page[0], page[1]
        assert result == extractor.extract(html, url=url)
    def plain(rs):
        return [r if isinstance(r, dict) else type(r) for r in rs]

    assert plain(extractor.extract_many(pages, jobs=1)) == plain(results)
    with pytest.raises(gleaner.NoContentError):
        extractor.extract_many(pages, errors="raise")
    assert extractor.extract_many([]) == []
    assert extractor.extract_many(iter([FIXTURES[1][2]]))[0]["text"] == gleaner.extract(FIXTURES[1][2])["text"]



def test_extract_many_with_metadata_fields_gives_text_and_metadata():
    # The datatrove step's form: (text, {field: value} in the asked order),
    # the same values as the article's dict, failures in place.
    extractor = gleaner.Extractor()
    pages = [(html, url) for _, url, html in FIXTURES]
    pages.insert(2, "<html><body><nav>Home</nav></body></html>")  # no content
    names = ["word_count", "title", "fingerprint", "lang", "no_such_field", "authors", "published"]
    results = extractor.extract_many(pages, jobs=1, metadata_fields=names)
    articles = extractor.extract_many(pages, jobs=1)
    assert len(results) == len(pages)
    for result, article in zip(results, articles):
        if isinstance(article, Exception):
            assert type(result) is type(article) and str(result) == str(article)
            continue
        text, metadata = result
        assert text == article["text"]
        assert metadata == {k: article[k] for k in names if k in article}
        assert list(metadata) == [k for k in names if k in article]
    assert any(r[1].get("title") for r in results if isinstance(r, tuple))
    assert extractor.extract_many(pages[:2], metadata_fields=[]) == [(a["text"], {}) for a in articles[:2]]
    with pytest.raises(ValueError, match="fields and metadata_fields"):
        extractor.extract_many(pages, fields=["text"], metadata_fields=["title"])

def _brand_page(n: int) -> str:
    return (
        "<html><body><article><p>Zappo Widgets Ltd, proudly serving the valley since 1999</p>"
        f"<p>Story number {n} tells of a river, a bridge and the people who cross it daily.</p>"
        f"<p>Each story has its own second paragraph, this one numbered {n} as well.</p>"
        "</article></body></html>"
    )


def test_site_memory_learns_strips_saves_and_loads(tmp_path):
    memory = gleaner.SiteMemory()
    for n in range(3):
        memory.learn(_brand_page(n), f"https://spam.example/post-{n}")
    assert memory.host_count() == 1 and memory.block_count("spam.example") > 0
    extractor = gleaner.Extractor()
    url = "https://spam.example/post-9"
    assert "Zappo" in extractor.extract(_brand_page(9), url=url)["text"]
    fresh = gleaner.SiteMemory.from_json(memory.to_json())
    stripped = extractor.extract(_brand_page(9), url=url, memory=fresh)
    assert "Zappo" not in stripped["text"] and "Story number 9" in stripped["text"]

    path = tmp_path / "memory.json"
    memory.save(path)
    loaded = gleaner.SiteMemory.load(str(path))
    assert loaded.to_json() == memory.to_json()
    assert "Zappo" not in extractor.extract(_brand_page(10), url=url, memory=loaded)["text"]
    assert pickle.loads(pickle.dumps(memory)).to_json() == memory.to_json()

    small = gleaner.SiteMemory(min_pages=5, max_hosts=3, max_blocks_per_host=10)
    assert small.limits == {"min_pages": 5, "max_hosts": 3, "max_blocks_per_host": 10}
    memory.clear()
    assert memory.host_count() == 0

    with pytest.raises(gleaner.FileError, match="I/O error on .*missing.json"):
        gleaner.SiteMemory.load(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(ValueError, match="cannot read a site memory from .*bad.json"):
        gleaner.SiteMemory.load(tmp_path / "bad.json")


def test_extract_many_with_a_memory_is_extract_page_after_page():
    extractor = gleaner.Extractor()
    pages = [(_brand_page(n), f"https://spam.example/post-{n}") for n in range(5)]
    pages.insert(2, (_brand_page(7), "https://other.example/post-7"))
    one_by_one = gleaner.SiteMemory()
    expected = [extractor.extract(html, url=url, memory=one_by_one) for html, url in pages]
    memory = gleaner.SiteMemory()
    assert extractor.extract_many(pages, jobs=1, memory=memory) == expected
    assert memory.to_json() == one_by_one.to_json()
    # The memory learned the host and stripped its later pages.
    assert "Zappo" in expected[0]["text"] and "Zappo" not in expected[-1]["text"]
    with pytest.raises(ValueError, match="memory needs jobs=1"):
        extractor.extract_many(pages, memory=memory)
    with pytest.raises(ValueError, match="memory needs jobs=1"):
        extractor.extract_many(pages, jobs=2, memory=memory)


def test_warc_to_jsonl_is_the_shard_task(tmp_path):
    # One host per page: the shard's site memory has nothing to strip, so
    # every line is the page's own extraction.
    pages = [(f"https://site{i}.example/{name}", html) for i, (name, _, html) in enumerate(FIXTURES)]
    warc = tmp_path / "shard.warc.gz"
    write_warc(warc, pages)
    out = tmp_path / "shard.jsonl"
    summary = gleaner.warc_to_jsonl(warc, out, jobs=2)
    assert summary is not None
    assert summary["ok"] == len(pages) and summary["errors"] == 0
    assert summary["skipped"] == {"not-html": 1, "warc:metadata": 1, "warc:request": len(pages), "warc:warcinfo": 1}
    lines = read_jsonl(out)
    assert [line["url"] for line in lines] == [url for url, _ in pages]
    for line, (url, html) in zip(lines, pages):
        article = gleaner.extract(html, url=url, content_type="text/html; charset=utf-8")
        assert line["text"] == article["text"], url
    # Idempotent: a finished shard is not done again.
    assert gleaner.warc_to_jsonl(str(warc), str(out)) is None
    assert not (tmp_path / "shard.jsonl.partial").exists()


def test_a_panic_becomes_an_exception_and_the_interpreter_goes_on():
    with pytest.raises(gleaner.PanicError, match="deliberate panic") as caught:
        gleaner._gleaner._panic_for_tests()
    assert isinstance(caught.value, gleaner.ExtractionError) and caught.value.kind == "panic"
    assert gleaner.extract(FIXTURES[0][2])["text"]


def test_errors_pickle_with_their_fields():
    with pytest.raises(gleaner.NoContentError) as caught:
        gleaner.extract("<html><body></body></html>", url="https://news.example/a")
    error = caught.value
    assert (error.kind, error.url, error.retryable) == ("no_content", "https://news.example/a", False)
    assert str(error) == "no article content found in https://news.example/a"
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is gleaner.NoContentError
    assert (again.kind, again.url, str(again)) == (error.kind, error.url, str(error))


def test_import_gleaner_does_not_need_datatrove():
    code = (
        "import sys; sys.modules['datatrove'] = None\n"
        "import gleaner; assert gleaner.extract('<article><p>' + 'word ' * 40 + '</p></article>')['text']\n"
        "try:\n    import gleaner.datatrove\nexcept ImportError as e:\n    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "gleaner.datatrove needs datatrove: pip install datatrove" in done.stdout
