"""The exceptions gleaner raises.

Every failure of gleaner itself is an :class:`ExtractionError`, with the
crate's message (``str(error)``), the stable ``kind`` name of the crate's
error (the same as in ``crawl``'s JSON Lines error lines: ``no_content``,
``input_too_large``, ``invalid_url``, ...), the ``url`` it concerns when there
is one, and whether trying again may help (``retryable``). Wrong argument
types raise :class:`TypeError` as usual.
"""

from __future__ import annotations

from typing import Optional

__all__ = [
    "ExtractionError",
    "NoContentError",
    "LimitError",
    "DecodeError",
    "InvalidUrlError",
    "InvalidRuleError",
    "WarcError",
    "FileError",
    "PanicError",
]


class ExtractionError(Exception):
    """A failure of gleaner: the base of all its exceptions."""

    def __init__(
        self,
        message: str,
        kind: Optional[str] = None,
        url: Optional[str] = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind if kind is not None else "other"
        self.url = url
        self.retryable = retryable

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):  # keep kind, url and retryable through pickling
        return (type(self), (self.message, self.kind, self.url, self.retryable))


class NoContentError(ExtractionError):
    """The page was parsed, but no article text was found in it."""


class LimitError(ExtractionError):
    """A configured limit was hit (input bytes, elements, record size); the
    message names the limit and the value that broke it."""


class DecodeError(ExtractionError):
    """The bytes could not be decoded to text."""


class InvalidUrlError(ExtractionError, ValueError):
    """A URL could not be parsed."""


class InvalidRuleError(ExtractionError, ValueError):
    """A rule given to :class:`gleaner.Extractor` is invalid (e.g. a CSS
    selector that does not parse)."""


class WarcError(ExtractionError):
    """A WARC record is malformed."""


class FileError(ExtractionError):
    """A file could not be read or written."""


class PanicError(ExtractionError):
    """gleaner panicked (a bug): the panic was caught and the interpreter
    goes on."""
