"""datatrove steps backed by gleaner.

- :class:`GleanerWarcReader`: a reader that reads WARC files and extracts
  their HTML pages in Rust, off the GIL, while the task's Python thread runs
  the following steps: ``GleanerWarcReader -> filters -> JsonlWriter``. The
  fastest way through datatrove.
- :class:`GleanerExtractor`: a drop-in for datatrove's ``Trafilatura`` step
  (the same ``BaseExtractor`` interface), after any reader.

An existing pipeline switches with one line::

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
the step's stats. The reader's ``date`` (a ``WARC-Date``) is the reference
time of relative dates and of dates after the fetch, as in the crate's crawl.

No sandbox by default. datatrove runs other extractors in a subprocess with
a per-document timeout and a pipe round trip per page, because a Python
extractor can hang or blow up on a hostile page. gleaner bounds its own
cost (a linear guard before parsing, element, depth, attribute and size
limits, no recursion a deep page can overflow, and a panic becomes an
exception), so the step extracts in the worker's own process. Pass
``timeout=`` (seconds) to get datatrove's sandbox all the same.

Or, reading and extracting in one step (the same documents: text,
metadata, id)::

    from gleaner.datatrove import GleanerWarcReader

    pipeline = [
        GleanerWarcReader("crawl/warcs/"),   # was: WarcReader(...), GleanerExtractor()
        JsonlWriter("out/"),
    ]

This module needs datatrove; ``import gleaner`` does not.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.io import DataFileLike, DataFolderLike
    from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
    from datatrove.pipeline.readers.base import BaseDiskReader, BaseReader
    from datatrove.utils.logging import logger
    from datatrove.utils.typeshelper import StatHints
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "gleaner.datatrove needs datatrove: pip install datatrove "
        "(its WARC reader and JSONL writer also need warcio, faust-cchardet, "
        "python-magic and orjson)"
    ) from error

import gleaner
from gleaner import _gleaner
from gleaner._fields import DEFAULT_METADATA

__all__ = ["GleanerExtractor", "GleanerWarcReader", "DEFAULT_METADATA"]


def _metadata_fields(metadata: Union[bool, Sequence[str], None]) -> Tuple[str, ...]:
    if metadata is True:
        return DEFAULT_METADATA
    if metadata is False or metadata is None:
        return ()
    return tuple(metadata)


class _GleanerOptions:
    """The options both steps take and how they keep them."""

    extractor_options: Dict[str, Any]
    metadata_fields: Tuple[str, ...]
    site_memory: bool
    jobs: int
    _fields: List[str]
    _memory: Optional[gleaner.SiteMemory]

    def _set_gleaner_options(
        self,
        focus: str,
        images: bool,
        links: bool,
        tables: bool,
        metadata: Union[bool, Sequence[str]],
        site_memory: bool,
        jobs: int,
        options: Dict[str, Any],
    ) -> gleaner.Extractor:
        """Checks and keeps the options; returns the extractor they make
        (built now, so a bad option fails at pipeline definition)."""
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        self.extractor_options = dict(focus=focus, images=images, links=links, tables=tables, **options)
        self.metadata_fields = _metadata_fields(metadata)
        # Only what the step uses crosses into Python (not the blocks).
        self._fields = ["text", *self.metadata_fields]
        self.site_memory = site_memory
        self.jobs = jobs
        self._memory = None
        return gleaner.Extractor(**self.extractor_options)


def _date_of(doc: Document) -> Optional[str]:
    """The document's ``date`` (a ``WARC-Date`` from datatrove's readers)
    when it is a string: the reference time of relative dates."""
    date = doc.metadata.get("date")
    return date if isinstance(date, str) else None


# What one page gives back: (text, metadata) or the error.
_Result = Union[Tuple[str, Dict[str, Any]], Exception]


class GleanerExtractor(_GleanerOptions, BaseExtractor):
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
            workers already use the cores). More than 1 extracts each batch
            over that many threads.
        batch_size: documents extracted per call into gleaner (without a
            ``timeout``): the step gathers that many documents from the
            previous step, extracts them in one call with the GIL released
            (``Extractor.extract_many``, the site memory applied in document
            order), then hands them on. The step's time is counted per
            batch (datatrove's ``/batch`` unit), its other stats per
            document.
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
        batch_size: int = 64,
        **options: Any,
    ):
        super().__init__(timeout=timeout)  # type: ignore[arg-type]
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        if site_memory and jobs > 1:
            raise ValueError("site_memory=True needs jobs=1: the memory is applied page by page in document order")
        self._set_gleaner_options(focus, images, links, tables, metadata, site_memory, jobs, options)
        self.batch_size = batch_size
        # Built again on first use, in the process that runs the step.
        self._extractor: Optional[gleaner.Extractor] = None

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

    def extract_page(self, html: str, url: Optional[str] = None, fetched_at: Optional[str] = None) -> _Result:
        """One page to ``(text, metadata)``, or the error (returned, not
        raised: the sandbox's child process must not die on it).
        ``fetched_at`` is the reference time of relative dates (the
        reader's ``date``, a ``WARC-Date``), as in the crate's crawl."""
        try:
            try:
                article = self.extractor.extract(
                    html, url=url, memory=self._memory, fields=self._fields, fetched_at=fetched_at
                )
            except gleaner.InvalidUrlError:
                # As the crawl does with a WARC-Target-URI it cannot parse.
                article = self.extractor.extract(
                    html, memory=self._memory, fields=self._fields, fetched_at=fetched_at
                )
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
        else:
            yield from self._run_batched(data)

    def _run_sandboxed(self, data: Iterable[Document]) -> Iterator[Document]:
        with ExtractorSandbox(timeout=self.timeout, warmup_text=("", None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        result = sandbox.process_document(
                            (doc.text, doc.metadata.get("url"), _date_of(doc)), self.extract_page
                        )
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
            pages = [(doc.text, doc.metadata.get("url"), None, _date_of(doc)) for doc in docs]
            # (text, metadata) a page, the dict laid out in Rust.
            results: List[_Result] = self.extractor.extract_many(
                pages, jobs=self.jobs, memory=self._memory, metadata_fields=self.metadata_fields
            )
            for i, result in enumerate(results):
                if isinstance(result, gleaner.InvalidUrlError):
                    doc = docs[i]
                    results[i] = self.extract_page(doc.text, None, _date_of(doc))
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


class GleanerWarcReader(_GleanerOptions, BaseDiskReader):
    """Reads WARC files and extracts their HTML pages with gleaner.

    A datatrove reader (``BaseDiskReader``: the same ``data_folder``,
    ``paths_file``, ``glob_pattern``, ``limit``, ``skip``, sharding of the
    files over the tasks, ``default_metadata``, ``adapter``...) that yields
    the documents ``WarcReader -> GleanerExtractor`` yields: ``doc.text`` is
    the article text, ``doc.id`` the ``WARC-Record-ID``, ``doc.metadata``
    the record's ``url`` and ``date``, the ``file_path``, then the article's
    metadata (``metadata=``). Pages without article text are dropped and
    counted (``no_content``).

    The WARC is read and its pages extracted in Rust, on a thread of the
    task's process with the GIL released (``jobs`` threads in all), while
    the task's Python thread builds the documents and runs the following
    steps: no warcio, no per-page Python decoding, no sandbox. gleaner bounds
    its own cost (a linear guard before parsing, element, depth, attribute,
    size and record limits, panics caught), so a hostile page costs its
    bounded share of one thread and is reported, not a hung task.

    Which records are pages, and their decoding, follow the crate's crawl
    (``gleaner.warc_to_jsonl``), which differs from datatrove's
    ``WarcReader`` on a few records: a ``response`` record is a page when
    its HTTP status is 2xx and its HTTP ``Content-Type`` is HTML (or absent
    and the body looks like HTML), where ``WarcReader`` looks at
    ``WARC-Identified-Payload-Type`` and keeps error pages too; the body is
    decoded with the charset of the HTTP header, then ``<meta charset>``,
    then detection, where ``WarcReader`` tries UTF-8 then cchardet; and the
    ``WARC-Date`` is the reference time of relative dates. On 2xx HTML pages
    in UTF-8 the documents are the same.

    Args:
        data_folder, paths_file, limit, skip, file_progress, doc_progress,
            adapter, text_key, id_key, default_metadata, recursive,
            glob_pattern, shuffle_files: as for datatrove's ``WarcReader``
            (``limit`` and ``skip`` count the documents this reader yields:
            pages with article text).
        compression: ``"infer"`` (default, from the file name), ``"gzip"``,
            ``"zstd"`` or ``None``. gzip is inflated in Rust; a local file is
            read by Rust directly, a remote one through ``data_folder``'s
            filesystem.
        focus, images, links, tables, metadata, site_memory: as for
            :class:`GleanerExtractor` (one site memory per task, applied in
            record order: the documents are the same for any ``jobs``).
        jobs: threads extracting in each task (default 1: one thread beside
            the task's Python thread; datatrove's workers use the cores).
        max_record_bytes: the largest WARC record read (default 32 MiB);
            larger ones are skipped and counted.
        **options: any other keyword argument of :class:`gleaner.Extractor`.
    """

    name = "🌿 Gleaner WARC"
    _requires_dependencies: List[Any] = []

    def __init__(
        self,
        data_folder: DataFolderLike,
        paths_file: Optional[DataFileLike] = None,
        compression: Optional[str] = "infer",
        limit: int = -1,
        skip: int = 0,
        file_progress: bool = False,
        doc_progress: bool = False,
        adapter: Optional[Callable[..., Any]] = None,
        text_key: str = "text",
        id_key: str = "id",
        default_metadata: Optional[Dict[str, Any]] = None,
        recursive: bool = True,
        glob_pattern: Optional[str] = None,
        shuffle_files: bool = False,
        *,
        focus: str = "balanced",
        images: bool = True,
        links: bool = True,
        tables: bool = True,
        metadata: Union[bool, Sequence[str]] = True,
        site_memory: bool = True,
        jobs: int = 1,
        max_record_bytes: Optional[int] = None,
        **options: Any,
    ):
        super().__init__(
            data_folder,
            paths_file=paths_file,
            limit=limit,
            skip=skip,
            file_progress=file_progress,
            doc_progress=doc_progress,
            adapter=adapter,  # type: ignore[arg-type]
            text_key=text_key,
            id_key=id_key,
            default_metadata=default_metadata,  # type: ignore[arg-type]
            recursive=recursive,
            glob_pattern=glob_pattern,
            shuffle_files=shuffle_files,
        )
        if compression not in ("infer", "gzip", "zstd", None):
            raise ValueError(f"compression must be 'infer', 'gzip', 'zstd' or None, not {compression!r}")
        self.compression = compression
        self.extractor = self._set_gleaner_options(focus, images, links, tables, metadata, site_memory, jobs, options)
        self.max_record_bytes = max_record_bytes
        self._warned_error = False
        # (file, its resolved path) of the documents being made.
        self._resolved: Optional[Tuple[str, str]] = None

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Reads this task's share of the files (``BaseDiskReader.run``)."""
        # One memory per task: the output depends on the task's input.
        self._memory = gleaner.SiteMemory() if self.site_memory else None
        yield from super().run(data, rank, world_size)

    def _compression_of(self, filepath: str) -> Optional[str]:
        if self.compression != "infer":
            return self.compression
        from fsspec.utils import infer_compression

        return infer_compression(filepath)

    def read_file(self, filepath: str) -> DocumentsPipeline:
        """The documents of one WARC file, in record order."""
        compression = self._compression_of(filepath)
        # gzip is inflated in Rust (it recognises the magic bytes).
        compression = None if compression == "gzip" else compression
        if compression is None and self.data_folder.is_local():
            yield from self._documents(self.data_folder.resolve_paths(filepath), filepath)
        else:
            with self.data_folder.open(filepath, "rb", compression=compression) as f:
                yield from self._documents(f, filepath)

    def get_document_from_dict(self, data: Dict[str, Any], source_file: str, id_in_file: Any) -> Optional[Document]:
        """``BaseDiskReader.get_document_from_dict`` (the adapter, the
        ``Document``, its ``file_path``), with the file's resolved path
        worked out once a file, not once a document: fsspec's path
        resolution cost about 5 us a document, as much as making it."""
        document = BaseReader.get_document_from_dict(self, data, source_file, id_in_file)
        if document is not None and getattr(self, "add_file_path", True):
            resolved = self._resolved
            if resolved is None or resolved[0] != source_file:
                resolved = self._resolved = (source_file, self.data_folder.resolve_paths(source_file))
            document.metadata.setdefault("file_path", resolved[1])
        return document

    def _plain_documents(self) -> bool:
        """Whether the documents are the default adapter's, with no
        ``default_metadata``: then Rust lays out their metadata
        (``read_warc``'s ``metadata_fields``), one dict a page."""
        return (
            self.adapter == self._default_adapter
            and self.text_key == "text"
            and self.id_key == "id"
            and not self.default_metadata
        )

    def _documents(self, source: Any, filepath: str) -> DocumentsPipeline:
        plain = self._plain_documents()
        if plain:
            file_path = None
            if getattr(self, "add_file_path", True):
                file_path = self.data_folder.resolve_paths(filepath)
            articles = _gleaner.read_warc(
                source,
                extractor=self.extractor,
                memory=self._memory,
                jobs=self.jobs,
                name=filepath,
                max_record_bytes=self.max_record_bytes,
                metadata_fields=self.metadata_fields,
                file_path=file_path,
            )
        else:
            articles = _gleaner.read_warc(
                source,
                extractor=self.extractor,
                memory=self._memory,
                jobs=self.jobs,
                fields=self._fields,
                name=filepath,
                max_record_bytes=self.max_record_bytes,
            )
        make = self._plain_document if plain else self._document
        items = iter(articles)
        while True:
            # The time of the step: waiting for the extraction thread, and
            # making the document.
            with self.track_time():
                item = next(items, None)
                if item is None:
                    break
                document = make(item, filepath)
            if document is not None:
                yield document
        summary = articles.summary or {}
        for reason, count in summary.get("skipped", {}).items():
            self.stat_update(f"skipped {reason}", value=count, unit="input_file")

    def _failed(self, where: str, error: Exception) -> None:
        """Counts a page without a document (by kind), says it once."""
        if isinstance(error, gleaner.NoContentError):
            self.stat_update("no_content")
        else:
            self.stat_update(error.kind if isinstance(error, gleaner.ExtractionError) else "clean_error")
            if not self._warned_error:
                logger.warning(f'Error "{error}" while reading {where}: skipped (said once; counted by kind)')
                self._warned_error = True
        self.stat_update(StatHints.dropped)

    def _plain_document(self, item: Tuple[str, Optional[str], Any, Optional[Dict[str, Any]]], filepath: str) -> Optional[Document]:
        """The document of an item of ``read_warc(metadata_fields=...)``:
        the one :meth:`_document` makes through the default adapter."""
        where, record_id, text, metadata = item
        if metadata is None:
            self._failed(where, text)
            return None
        if not text:
            # No document: get_document_from_dict's own count and warning.
            return self._document((where, record_id, metadata.get("url"), metadata.get("date"), {"text": text}), filepath)
        if record_id is None:
            record_id = f"{filepath}/{where.rsplit('@', 1)[-1]}"
        return Document(text=text, id=record_id, media=[], metadata=metadata)

    def _document(self, item: Tuple[str, Optional[str], Optional[str], Optional[str], Any], filepath: str) -> Optional[Document]:
        where, record_id, url, date, article = item
        if isinstance(article, Exception):
            self._failed(where, article)
            return None
        # The dict datatrove's WarcReader makes, so the adapter, text_key
        # and id_key work as there.
        data: Dict[str, Any] = {"text": article["text"]}
        if record_id is not None:
            data["id"] = record_id
        data["url"] = url
        data["date"] = date
        offset = where.rsplit("@", 1)[-1]
        document = self.get_document_from_dict(data, filepath, offset)
        if document is None:
            self.stat_update(StatHints.dropped)
            return None
        metadata = document.metadata
        for key in self.metadata_fields:
            if key in article:
                metadata.setdefault(key, article[key])
        return document
