"""Versions in time order, by the date that says when each was written.

A document's publication date (``Document.published``: from metadata, a dateline or the file
name, never a file's own time; a time with its zone as an instant in UTC) orders it, then,
of one date, the time its file's name says it was captured (``Document.captured``);
versions without either come after the others, in the order they were given (the stories
engine's: most similar to the base first).
"""

from __future__ import annotations

from collections.abc import Sequence

from wirediff.core.document import Document, came_before, instant


def time_order(docs: Sequence[int], documents: Sequence[Document]) -> tuple[int, ...]:
    """``docs`` (indices into ``documents``) oldest first, the undated ones last; of one
    date (or none), by the times their files were captured when they give one."""

    def key(d: int) -> tuple[str, str]:
        return instant(documents[d].published), instant(documents[d].captured) or "~"

    dated = sorted((d for d in docs if documents[d].published), key=key)
    undated = [d for d in docs if not documents[d].published]
    captured = sorted((d for d in undated if documents[d].captured), key=key)
    return (*dated, *captured, *(d for d in undated if not documents[d].captured))


def earlier(a: Document, b: Document) -> bool:
    """Whether ``a`` is known to be older than ``b`` (``came_before``)."""
    return came_before(a, b)
