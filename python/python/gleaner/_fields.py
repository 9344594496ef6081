"""Field lists shared by :mod:`gleaner.datatrove` and the tools that read
pages as its reader does (``python/pgo/train.py``), kept here because that
module needs datatrove installed and this one needs nothing."""

from __future__ import annotations

from typing import Tuple

#: The article fields copied into a datatrove document's ``metadata`` by
#: default (``gleaner.datatrove.DEFAULT_METADATA``).
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
