"""A datatrove extractor step backed by gleaner.

:class:`GleanerExtractor` is a drop-in for datatrove's ``Trafilatura`` step
(the same ``BaseExtractor`` interface): an existing pipeline switches with
one line::

    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from gleaner.datatrove import GleanerExtractor

    pipeline = [
        WarcReader("crawl/warcs/"),
        GleanerExtractor(),          # was: Trafilatura(favour_precision=True)
        JsonlWriter("out/"),
    ]

``doc.text`` becomes the article text; the article's metadata (title,
authors, dates, site name, language, ...) goes into ``doc.metadata``
(keys an earlier step set, like the reader's ``url`` and ``date``, are kept).
Documents without article text are dropped, with a ``no_content`` count in
the step's stats.

No sandbox by default. datatrove runs other extractors in a subprocess with
a per-document timeout and a pipe round trip per page, because a Python
extractor can hang or blow up on a hostile page. gleaner bounds its own
cost (a linear guard before parsing, element, depth, attribute and size
limits, no recursion a deep page can overflow, and a panic becomes an
exception), so the step extracts in the worker's own process. Pass
``timeout=`` (seconds) to get datatrove's sandbox all the same.

This module needs datatrove; ``import gleaner`` does not.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
    from datatrove.utils.logging import logger
    from datatrove.utils.typeshelper import StatHints
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "gleaner.datatrove needs datatrove: pip install datatrove "
        "(its WARC reader and JSONL writer also need warcio, faust-cchardet, "
        "python-magic and orjson)"
    ) from error

import gleaner

__all__ = ["GleanerExtractor", "DEFAULT_METADATA"]

#: The article fields copied into ``doc.metadata`` by default.
DEFAULT_METADATA: Tuple[str, ...] = (
    "title",
    "authors",
    "published",
    "modified",
    "site_name",
    "lang",
    "description",
    "section",
    "canonical_url",
    "source_url",
    "source_name",
    "tags",
    "syndicated",
    "word_count",
)

# What one page gives back: (text, metadata) or the error.
_Result = Union[Tuple[str, Dict[str, Any]], Exception]


class GleanerExtractor(BaseExtractor):
    """Extracts the article text of HTML documents with gleaner.

    Args:
        focus: ``"precision"``, ``"balanced"`` (default) or ``"recall"``.
        images, links, tables: gleaner's options (defaults as in the crate).
        timeout: ``None`` (default): extract in-process, no sandbox. A number
            of seconds: run in datatrove's sandbox subprocess with that
            per-document timeout.
        metadata: the article fields to copy into ``doc.metadata``: ``True``
            for :data:`DEFAULT_METADATA`, ``False`` for none, or a sequence
            of field names.
        site_memory: keep one :class:`gleaner.SiteMemory` per task, so blocks
            a host repeats on every page (spam-theme branding, footers) are
            stripped from its later pages, as the crate's ``crawl`` does per
            shard. The memory is applied in document order: it needs
            ``jobs=1``. With a ``timeout``, it lives in the sandbox process
            and starts again empty when a timeout replaces that process.
        jobs: threads extracting inside the step (default 1: datatrove's
            workers already use the cores). More than 1 extracts batches of
            ``batch_size`` documents over that many threads.
        batch_size: documents per batch when ``jobs > 1``.
        **options: any other keyword argument of :class:`gleaner.Extractor`
            (``max_input_bytes``, ``strip_selector``, ...).
    """

    name = "🌿 Gleaner"
    _warned_error: bool  # set by BaseExtractor.__init__

    def __init__(
        self,
        focus: str = "balanced",
        images: bool = True,
        links: bool = True,
        tables: bool = True,
        timeout: Optional[float] = None,
        metadata: Union[bool, Sequence[str]] = True,
        site_memory: bool = True,
        jobs: int = 1,
        batch_size: int = 256,
        **options: Any,
    ):
        super().__init__(timeout=timeout)  # type: ignore[arg-type]
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        if site_memory and jobs > 1:
            raise ValueError("site_memory=True needs jobs=1: the memory is applied page by page in document order")
        self.extractor_options: Dict[str, Any] = dict(
            focus=focus, images=images, links=links, tables=tables, **options
        )
        if metadata is True:
            self.metadata_fields: Tuple[str, ...] = DEFAULT_METADATA
        elif metadata is False or metadata is None:
            self.metadata_fields = ()
        else:
            self.metadata_fields = tuple(metadata)
        # Only what the step uses crosses into Python (not the blocks).
        self._fields = ["text", *self.metadata_fields]
        self.site_memory = site_memory
        self.jobs = jobs
        self.batch_size = batch_size
        # Built on first use, in the process that runs the step. Checking
        # the options now gives a bad option's error at pipeline definition.
        gleaner.Extractor(**self.extractor_options)
        self._extractor: Optional[gleaner.Extractor] = None
        self._memory: Optional[gleaner.SiteMemory] = None

    @property
    def extractor(self) -> gleaner.Extractor:
        """The gleaner extractor of this step."""
        if self._extractor is None:
            self._extractor = gleaner.Extractor(**self.extractor_options)
        return self._extractor

    def extract(self, text: str) -> str:
        """The article text of one HTML page ("" when there is none): the
        ``BaseExtractor`` interface. :meth:`run` does more (URL, metadata,
        site memory)."""
        try:
            return self.extractor.extract(text)["text"]
        except gleaner.ExtractionError:
            return ""

    def extract_page(self, html: str, url: Optional[str] = None) -> _Result:
        """One page to ``(text, metadata)``, or the error (returned, not
        raised: the sandbox's child process must not die on it)."""
        try:
            try:
                article = self.extractor.extract(html, url=url, memory=self._memory, fields=self._fields)
            except gleaner.InvalidUrlError:
                # As the crawl does with a WARC-Target-URI it cannot parse.
                article = self.extractor.extract(html, memory=self._memory, fields=self._fields)
        except Exception as error:  # noqa: BLE001 - handed to the caller
            return error
        return article["text"], self._metadata_of(article)

    def _metadata_of(self, article: Dict[str, Any]) -> Dict[str, Any]:
        return {k: article[k] for k in self.metadata_fields if k in article}

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Extracts every document of ``data``; yields those with article
        text."""
        if self.site_memory:
            # One memory per task: the output depends on the task's input.
            self._memory = gleaner.SiteMemory()
        if data is None:
            return
        if self.timeout is not None:
            yield from self._run_sandboxed(data)
        elif self.jobs > 1:
            yield from self._run_batched(data)
        else:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    result = self.extract_page(doc.text, doc.metadata.get("url"))
                out = self._finish(doc, result)
                if out is not None:
                    yield out

    def _run_sandboxed(self, data: Iterable[Document]) -> Iterator[Document]:
        with ExtractorSandbox(timeout=self.timeout, warmup_text=("", None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        result = sandbox.process_document((doc.text, doc.metadata.get("url")), self.extract_page)
                    except TimeoutError:
                        self.stat_update("timeout")
                        logger.warning("Timeout while extracting a document: skipped")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        logger.warning("The extraction process died: a new one takes the next document")
                        continue
                    except gleaner.ExtractionError as error:
                        result = error
                out = self._finish(doc, result)
                if out is not None:
                    yield out

    def _run_batched(self, data: Iterable[Document]) -> Iterator[Document]:
        batch: List[Document] = []
        for doc in data:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._extract_batch(batch)
                batch = []
        if batch:
            yield from self._extract_batch(batch)

    def _extract_batch(self, docs: List[Document]) -> Iterator[Document]:
        self.stat_update(StatHints.total, value=len(docs))
        with self.track_time(unit="batch"):
            pages = [(doc.text, doc.metadata.get("url")) for doc in docs]
            articles = self.extractor.extract_many(pages, jobs=self.jobs, fields=self._fields)
            results: List[_Result] = []
            for doc, article in zip(docs, articles):
                if isinstance(article, gleaner.InvalidUrlError):
                    results.append(self.extract_page(doc.text))
                elif isinstance(article, Exception):
                    results.append(article)
                else:
                    results.append((article["text"], self._metadata_of(article)))
        for doc, result in zip(docs, results):
            out = self._finish(doc, result)
            if out is not None:
                yield out

    def _finish(self, doc: Document, result: _Result) -> Optional[Document]:
        if isinstance(result, Exception):
            if isinstance(result, gleaner.NoContentError):
                self.stat_update("no_content")
            else:
                self.stat_update("clean_error")
                if not self._warned_error:
                    logger.warning(f'Error "{result}" while extracting a document: skipped (said once)')
                    self._warned_error = True
            self.stat_update(StatHints.dropped)
            return None
        text, metadata = result
        self.stat_update("extracted")
        doc.text = text
        for key, value in metadata.items():
            doc.metadata.setdefault(key, value)
        if not doc.text:
            self.stat_update(StatHints.dropped)
            return None
        self.stat_update(StatHints.forwarded)
        self.update_doc_stats(doc)
        return doc
