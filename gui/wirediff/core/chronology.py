"""Versions in time order, by the date that says when each was written.

A document's publication date (``Document.published``: from metadata, a dateline or the file
name, never a file's own time; a time with its zone as an instant in UTC) orders it, then,
of one date, the time its file's name says it was captured (``Document.captured``) — or,
for a file named without one, the time of a capture of the very same text (a browser's
"Title (1).html" saved beside the stamped captures: the chain showed its paragraph added,
removed and added again); versions without either come after the others, in the order
they were given (the stories engine's: most similar to the base first).
"""

from __future__ import annotations

from collections.abc import Sequence

from wirediff.core.document import Document, came_before, instant


def time_order(docs: Sequence[int], documents: Sequence[Document]) -> tuple[int, ...]:
    """``docs`` (indices into ``documents``) oldest first, the undated ones last; of one
    date (or none), by the times their files were captured when they give one."""

    when = capture_times(docs, documents)

    def key(d: int) -> tuple[str, str]:
        return instant(documents[d].published), when.get(d, "~")

    dated = sorted((d for d in docs if documents[d].published), key=key)
    undated = [d for d in docs if not documents[d].published]
    captured = sorted((d for d in undated if d in when), key=key)
    return (*dated, *captured, *(d for d in undated if d not in when))


def capture_times(docs: Sequence[int], documents: Sequence[Document]) -> dict[int, str]:
    """The capture time (an instant) of each of ``docs`` that has one: its own, else the
    earliest of a capture of the same text among ``docs``."""
    own = {d: instant(documents[d].captured) for d in docs if documents[d].captured}
    by_text: dict[str, str] = {}
    for d, when in own.items():
        text = documents[d].text
        by_text[text] = min(when, by_text.get(text, when))
    found = dict(own)
    for d in docs:
        if d not in own and documents[d].text in by_text:
            found[d] = by_text[documents[d].text]
    return found


def earlier(a: Document, b: Document) -> bool:
    """Whether ``a`` is known to be older than ``b`` (``came_before``)."""
    return came_before(a, b)
