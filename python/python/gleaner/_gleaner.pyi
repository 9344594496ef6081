"""Type stubs of the extension module (re-exported by ``gleaner``)."""

from __future__ import annotations

import os
from typing import IO, Any, Dict, Iterable, Iterator, List, Literal, Mapping, Optional, Sequence, Tuple, Union, final

from .errors import ExtractionError

_Html = Union[str, bytes]
_Page = Union[
    _Html,
    Tuple[_Html],
    Tuple[_Html, Optional[str]],
    Tuple[_Html, Optional[str], Optional[str]],
    Tuple[_Html, Optional[str], Optional[str], Optional[str]],
]
_Article = Dict[str, Any]
_StrPath = Union[str, "os.PathLike[str]"]

__all__ = [
    "extract",
    "warc_to_jsonl",
    "read_warc",
    "_extractor_from",
    "_panic_for_tests",
    "Extractor",
    "SiteMemory",
    "WarcArticles",
    "__version__",
]
__version__: str

def _extractor_from(options: Dict[str, Any]) -> Extractor: ...
def _panic_for_tests() -> None: ...

def extract(
    html: _Html,
    url: Optional[str] = None,
    content_type: Optional[str] = None,
    fields: Optional[Sequence[str]] = None,
    fetched_at: Optional[str] = None,
) -> _Article:
    """Extracts the article from one page with default options.

    ``bytes`` are decoded with the charset of ``content_type``, then
    ``<meta charset>``, then detection. ``fetched_at`` (RFC 3339, e.g. a
    ``WARC-Date``) is the reference time of relative dates (ignored when it
    does not parse). Raises an ``ExtractionError`` subclass
    (``NoContentError``, ``LimitError``, ``InvalidUrlError``...)."""

@final
class Extractor:
    """A configured extractor: immutable, shareable between threads,
    picklable."""

    def __new__(
        cls,
        *,
        focus: Literal["precision", "balanced", "recall"] = "balanced",
        images: bool = True,
        links: bool = True,
        tables: bool = True,
        explain: bool = False,
        max_input_bytes: Optional[int] = None,
        max_elements: Optional[int] = None,
        max_depth: Optional[int] = None,
        max_attributes: Optional[int] = None,
        strip_text: Sequence[str] = ...,
        strip_selector: Sequence[str] = ...,
        boilerplate_class: Sequence[str] = ...,
        content_class: Sequence[str] = ...,
        syndication_marker: Sequence[str] = ...,
        strip_text_on_host: Mapping[str, Sequence[str]] = ...,
        strip_selector_on_host: Mapping[str, Sequence[str]] = ...,
        boilerplate_class_on_host: Mapping[str, Sequence[str]] = ...,
        content_class_on_host: Mapping[str, Sequence[str]] = ...,
    ) -> Extractor: ...
    def extract(
        self,
        html: _Html,
        url: Optional[str] = None,
        content_type: Optional[str] = None,
        memory: Optional[SiteMemory] = None,
        fields: Optional[Sequence[str]] = None,
        fetched_at: Optional[str] = None,
    ) -> _Article:
        """Extracts one page; with ``memory`` (and ``url``), strips what the
        host repeats and learns this page; with ``fields``, only those
        fields are in the dict."""
    def extract_many(
        self,
        pages: Iterable[_Page],
        jobs: Optional[int] = None,
        errors: Literal["return", "raise"] = "return",
        fields: Optional[Sequence[str]] = None,
        memory: Optional[SiteMemory] = None,
        metadata_fields: Optional[Sequence[str]] = None,
    ) -> List[Union[_Article, Tuple[str, Dict[str, Any]], ExtractionError]]:
        """Extracts many pages over ``jobs`` threads (default: all cores),
        GIL released, results in input order; failures in place
        (``errors="return"``) or raised (``errors="raise"``); a ``memory``
        needs ``jobs=1`` and learns the pages in input order. With
        ``metadata_fields`` (not with ``fields``), a result is ``(text,
        metadata)``: the text, and a dict of those fields the article has,
        in that order."""
    @property
    def options(self) -> Dict[str, Any]: ...

@final
class SiteMemory:
    """What a host repeats on every page, learned across pages."""

    def __new__(cls, *, min_pages: int = 2, max_hosts: int = 1000, max_blocks_per_host: int = 2000) -> SiteMemory: ...
    def learn(
        self,
        html: _Html,
        url: str,
        content_type: Optional[str] = None,
        extractor: Optional[Extractor] = None,
    ) -> None: ...
    def save(self, path: _StrPath) -> None: ...
    @staticmethod
    def load(path: _StrPath) -> SiteMemory: ...
    def to_json(self) -> str: ...
    @staticmethod
    def from_json(json: str) -> SiteMemory: ...
    def host_count(self) -> int: ...
    def block_count(self, host: str) -> int: ...
    def clear(self) -> None: ...
    @property
    def limits(self) -> Dict[str, int]: ...

def warc_to_jsonl(
    warc_path: _StrPath,
    out_path: _StrPath,
    jobs: Optional[int] = None,
    extractor: Optional[Extractor] = None,
) -> Optional[Dict[str, Any]]:
    """One WARC (or HTML) file to one JSON Lines file; None when the output
    already exists, else the counts (``ok``, ``errors``, ``skipped``,
    ``fragments_stripped``, ``fragments_learned``)."""

#: One item of :func:`read_warc`: ``(input, record_id, url, date, article)``.
_WarcItem = Tuple[str, Optional[str], Optional[str], Optional[str], Union[_Article, ExtractionError]]

@final
class WarcArticles:
    """The iterator of :func:`read_warc` (with ``metadata_fields``, its
    items are ``(input, record_id, text, metadata)`` instead)."""

    def __iter__(self) -> Iterator[_WarcItem]: ...
    def __next__(self) -> _WarcItem: ...
    @property
    def summary(self) -> Optional[Dict[str, Any]]:
        """The run's counts once exhausted (``ok``, ``errors``, ``skipped``
        by reason, ``fragments_stripped``, ``fragments_learned``)."""

def read_warc(
    source: Union[_StrPath, IO[bytes]],
    extractor: Optional[Extractor] = None,
    memory: Optional[SiteMemory] = None,
    jobs: int = 1,
    fields: Optional[Sequence[str]] = None,
    name: Optional[str] = None,
    max_record_bytes: Optional[int] = None,
    metadata_fields: Optional[Sequence[str]] = None,
    file_path: Optional[str] = None,
) -> WarcArticles:
    """The articles of a WARC file (a path or a binary file object),
    extracted in Rust on ``jobs`` threads of their own while Python takes
    them: ``(input, record_id, url, date, article)`` per HTML response
    record, in record order; ``article`` is the dict or its
    ``ExtractionError``.

    With ``metadata_fields`` (instead of ``fields``) the items are the
    pieces of a datatrove ``Document``: ``(input, record_id, text,
    metadata)``, ``metadata`` the dict ``{"url", "date", "file_path" (when
    given), the article's metadata_fields in that order}`` (each set
    unless already there), or ``(input, record_id, error, None)``."""
