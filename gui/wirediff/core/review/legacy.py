"""Bring the review state the app kept in QSettings into the store (once, at start-up).

QSettings kept (see ``wirediff.ui.common.settings``): reviewed pairs as ``"PATH\\tPATH"`` keys
(the two absolute paths, sorted) and, per such key, the numbers of the flagged changes
(a key ending in ``" #clean"`` for the comparison without boilerplate lines). The UI
reads those values and passes them here as plain data, with the documents it has loaded
and a way to compare a pair as it did then; numbers are turned into change anchors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from wirediff.core.document import Document
from wirediff.core.result import Comparison
from wirediff.core.review.anchors import anchors_of
from wirediff.core.review.identity import doc_ref
from wirediff.core.review.store import ReviewStore

CLEAN_SUFFIX = " #clean"


@dataclass(frozen=True, slots=True)
class Compared:
    """A pair as the app compares it: which document is on the left, and the result."""

    left: Document
    right: Document
    comparison: Comparison


@dataclass(frozen=True, slots=True)
class Imported:
    """What an import brought in, and what it could not (each with the reason)."""

    reviewed: int
    flags: int
    skipped: tuple[str, ...]


def import_settings(
    store: ReviewStore,
    *,
    reviewed: Iterable[str],
    flags: Mapping[str, Iterable[int]],
    documents: Sequence[Document],
    compared: Callable[[Document, Document, bool], Compared | None],
) -> Imported:
    """Import QSettings review state for the pairs of ``documents``, in one transaction.

    ``compared(a, b, clean)`` compares a pair as the app shows it (``clean``: boilerplate
    lines left out), or returns None when it cannot. Pairs whose files are not among
    ``documents`` are skipped and listed (import again once their folder is open);
    importing twice changes nothing.
    """
    by_path = {str(d.path): d for d in documents}
    skipped: list[str] = []

    def pair(key: str) -> tuple[Document, Document] | None:
        first, _tab, second = key.partition("\t")
        a, b = by_path.get(first), by_path.get(second)
        if a is None or b is None:
            skipped.append(f"{first} ↔ {second}: not among the documents open")
            return None
        return a, b

    marked = [(doc_ref(d[0]), doc_ref(d[1])) for d in map(pair, reviewed) if d is not None]
    # The pairs are compared before the store is written: a write transaction held while
    # long texts are compared kept every other write (r, f, m) waiting, 10 s, then failing.
    flagged = []
    for key, numbers in flags.items():
        clean = key.endswith(CLEAN_SUFFIX)
        docs = pair(key.removesuffix(CLEAN_SUFFIX))
        shown = None if docs is None else compared(docs[0], docs[1], clean)
        if docs is not None and shown is None:
            skipped.append(f"{key}: could not be compared")
        if shown is None:
            continue
        anchors = anchors_of(shown.comparison)
        left, right = doc_ref(shown.left), doc_ref(shown.right)
        for number in sorted(set(numbers)):
            if 0 <= number < len(anchors):
                flagged.append((left, right, anchors[number]))
            else:
                skipped.append(f"{key}: no change number {number + 1} any more")
    with store.transaction():
        for left, right in marked:
            store.set_reviewed(left, right)
        for left, right, anchor in flagged:
            store.set_flag(left, right, anchor)
    return Imported(len(marked), len(flagged), tuple(skipped))
