"""Bad input gives a Python exception with a clear message, never a crash."""

from __future__ import annotations

import random

import pytest

import gleaner

STORY = (
    "<p>The harbour committee approved the new ferry timetable on Monday evening after a long debate.</p>"
    "<p>Crossings will run every twenty minutes from the first of June, and later on Fridays.</p>"
)


def test_invalid_utf8_bytes_are_decoded_not_fatal():
    # An invalid sequence inside a page declared UTF-8 whose other
    # non-ASCII text is valid: replaced, the article is still extracted.
    # (A body whose non-ASCII text is mostly invalid is decoded by
    # detection instead; the crate's decode tests cover that.)
    story = STORY.replace("Monday", "Monday at the caf\u00e9 on the quay, na\u00efve as it sounds, in the s\u00e9ance room")
    html = b"<html><body><article>" + story.encode().replace(b"ferry", b"fe\xff\xferry") + b"</article></body></html>"
    article = gleaner.extract(html, content_type="text/html; charset=utf-8")
    assert "\ufffd" in article["text"] and "timetable" in article["text"]
    # A str holding lone surrogates (surrogateescape) is read the same way.
    as_str = html.decode("utf-8", "surrogateescape")
    assert gleaner.extract(as_str)["text"] == article["text"]


def test_invalid_utf8_junk_raises_decode_error():
    junk = random.Random(18).randbytes(200_000)
    message = r"^cannot decode input: it looks binary, not text \(\d+ of its first 8192 bytes are control bytes\)$"
    with pytest.raises(gleaner.DecodeError, match=message) as caught:
        gleaner.extract(junk, content_type="text/html; charset=utf-8")
    assert caught.value.kind == "decode"
    with pytest.raises(gleaner.DecodeError, match=message):
        gleaner.extract(junk)


def test_binary_junk_raises_decode_error():
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 400
    with pytest.raises(gleaner.DecodeError, match="^cannot decode input in https://img.example/x.png: it looks binary"):
        gleaner.extract(png, url="https://img.example/x.png")
    with pytest.raises(gleaner.DecodeError, match="it looks binary"):
        gleaner.extract("\x00" * 100_000)
    [result] = gleaner.Extractor().extract_many([png])
    assert isinstance(result, gleaner.DecodeError)
    with pytest.raises(gleaner.NoContentError, match="^no article content found$"):
        gleaner.extract(b"")


def test_text_is_not_taken_for_binary():
    page = "<html><body><article>" + STORY + "</article></body></html>"
    # A stray NUL, and UTF-16 that says so, are still pages.
    assert "ferry timetable" in gleaner.extract(page.replace("ferry", "fe\x00rry", 1).encode())["text"]
    assert "ferry timetable" in gleaner.extract(page.encode("utf-16"))["text"]
    assert "ferry timetable" in gleaner.extract(page.encode("utf-16-le"), content_type="text/html; charset=utf-16le")["text"]


def test_a_50_mb_page_hits_the_input_limit():
    big = "<html><body><article>" + STORY * (50_000_000 // len(STORY)) + "</article></body></html>"
    size = len(big.encode())
    message = f"^input is {size} bytes, over the max_input_bytes limit of 33554432 bytes$"
    with pytest.raises(gleaner.LimitError, match=message) as caught:
        gleaner.extract(big)
    assert caught.value.kind == "input_too_large"
    with pytest.raises(gleaner.LimitError, match=message):
        gleaner.extract(big.encode())
    [result] = gleaner.Extractor().extract_many([big])
    assert isinstance(result, gleaner.LimitError)
    # A raised limit extracts it (the guard keeps the cost linear).
    article = gleaner.Extractor(max_input_bytes=64 << 20).extract(big)
    assert article["text"].startswith("The harbour committee")


def test_the_element_limit_names_itself():
    html = "<html><body><article>" + STORY + "<span>x</span>" * 2_000 + "</article></body></html>"
    with pytest.raises(gleaner.LimitError, match="over the max_elements limit of 1000"):
        gleaner.Extractor(max_elements=1000).extract(html)


@pytest.mark.parametrize("value,name", [(123, "int"), (None, "NoneType"), (bytearray(b"<p>x</p>"), "bytearray"), (["<p>"], "list")])
def test_wrong_html_types_raise_type_error(value, name):
    with pytest.raises(TypeError, match=f"^html must be str or bytes, not {name}$"):
        gleaner.extract(value)
    with pytest.raises(TypeError, match=f"html must be str or bytes, not {name}"):
        gleaner.Extractor().extract(value)


def test_wrong_argument_types_raise_type_error():
    with pytest.raises(TypeError, match="url"):
        gleaner.extract("<p>x</p>", url=5)
    with pytest.raises(TypeError, match="content_type"):
        gleaner.extract(b"<p>x</p>", content_type=b"text/html")
    with pytest.raises(TypeError, match="page #1 must be str or bytes, not int"):
        gleaner.Extractor().extract_many(["<p>x</p>", 7])
    with pytest.raises(TypeError, match="the url of page #0 must be str or None, not int"):
        gleaner.Extractor().extract_many([("<p>x</p>", 7)])
    with pytest.raises(TypeError, match="tuple of 5 items"):
        gleaner.Extractor().extract_many([("<p>x</p>", None, None, None, None)])
    with pytest.raises(TypeError, match="the fetched_at of page #0 must be str or None, not int"):
        gleaner.Extractor().extract_many([("<p>x</p>", None, None, 2024)])
    with pytest.raises(TypeError):
        gleaner.Extractor().extract_many(42)
    with pytest.raises(TypeError, match="pages must be an iterable of pages, not one str"):
        gleaner.Extractor().extract_many("<p>x</p>")
    with pytest.raises(TypeError):
        gleaner.Extractor(focus=1)
    with pytest.raises(TypeError):
        gleaner.Extractor(strip_text="not a list")
    with pytest.raises(TypeError):
        gleaner.Extractor(no_such_option=True)
    with pytest.raises(ValueError, match="errors must be 'return' or 'raise'"):
        gleaner.Extractor().extract_many([], errors="ignore")
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        gleaner.Extractor().extract_many([], jobs=0)


def test_invalid_url_raises_a_value_error_naming_it():
    with pytest.raises(gleaner.InvalidUrlError, match='^invalid URL "not a url": ') as caught:
        gleaner.extract("<article>" + STORY + "</article>", url="not a url")
    assert isinstance(caught.value, ValueError) and caught.value.kind == "invalid_url"
    [result] = gleaner.Extractor().extract_many([("<article>" + STORY + "</article>", "::")])
    assert isinstance(result, gleaner.InvalidUrlError)


def test_deep_nesting_is_bounded_not_a_crash():
    html = "<div>" * 100_000 + STORY + "</div>" * 100_000
    assert "ferry timetable" in gleaner.extract(html)["text"]
