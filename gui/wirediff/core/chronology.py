"""Versions in time order, by the date that says when each was written.

A document's publication date (``Document.published``: from metadata, a dateline or the file
name, never a file's own time) orders it; versions without one come after the dated ones,
in the order they were given (the stories engine's: most similar to the base first).
"""

from __future__ import annotations

from collections.abc import Sequence

from wirediff.core.document import Document, instant, published_before


def time_order(docs: Sequence[int], documents: Sequence[Document]) -> tuple[int, ...]:
    """``docs`` (indices into ``documents``) oldest first, the undated ones last."""
    dated = sorted(
        (d for d in docs if documents[d].published),
        key=lambda d: instant(documents[d].published),
    )
    return (*dated, *(d for d in docs if not documents[d].published))


def earlier(a: Document, b: Document) -> bool:
    """Whether ``a`` is known to be older than ``b`` (``published_before``)."""
    return published_before(a.published, b.published)
