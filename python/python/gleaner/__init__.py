"""gleaner: clean, structured articles from messy news pages (Python bindings
of the gleaner Rust crate).

>>> import gleaner
>>> article = gleaner.extract(html, url="https://example.com/news/story")
>>> article["title"], article["text"]

- :func:`extract` — one page with default options; returns the article as a
  dict with the field names of the crate's ``Article`` (``title``, ``text``,
  ``authors``, ``published``, ``blocks``, ...; empty fields are left out).
- :class:`Extractor` — options (``focus``, ``images``, ``links``,
  ``tables``, limits, rules), ``.extract()`` and ``.extract_many()`` over all
  cores with the GIL released.
- :class:`SiteMemory` — what a host repeats on every page, learned across
  pages, saved and loaded as JSON.
- :func:`warc_to_jsonl` — one WARC file to one JSON Lines file (the crate's
  idempotent shard task).
- :func:`read_warc` — the articles of a WARC file (a path or a binary file
  object) as an iterator, extracted in Rust on threads of their own while
  Python takes them.
- :mod:`gleaner.errors` — :class:`ExtractionError` and its subclasses.
- :mod:`gleaner.datatrove` — a datatrove reader and extractor step (needs
  datatrove).
"""

from __future__ import annotations

from .errors import (
    DecodeError,
    ExtractionError,
    FileError,
    InvalidRuleError,
    InvalidUrlError,
    LimitError,
    NoContentError,
    PanicError,
    WarcError,
)
from ._gleaner import Extractor, SiteMemory, WarcArticles, __version__, extract, read_warc, warc_to_jsonl

__all__ = [
    "extract",
    "Extractor",
    "SiteMemory",
    "warc_to_jsonl",
    "read_warc",
    "WarcArticles",
    "ExtractionError",
    "NoContentError",
    "LimitError",
    "DecodeError",
    "InvalidUrlError",
    "InvalidRuleError",
    "WarcError",
    "FileError",
    "PanicError",
    "__version__",
]
