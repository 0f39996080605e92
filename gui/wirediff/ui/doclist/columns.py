"""The document list's columns in one table: header, what a document's cell shows and sorts
by, alignment, width. A new column (file name, outlet, date) is a new row here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wirediff.core.document import Document

BASE_MARK, REVIEWED_MARK = "◆", "✓"
MARK_ORDER = {BASE_MARK: 0, REVIEWED_MARK: 1}  # sort order of the mark column (others: 2)


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header, and a document's cell from (document, word count)."""

    header: str
    text: Callable[[Document, int], str]
    sort: Callable[[Document, int], object]
    width: str | int | None = None  # text whose width it takes, pixels, or None: stretch
    right: bool = False  # numbers are aligned right
    tip: str = ""


def _title(doc: Document) -> str:
    return doc.title or doc.name


COLUMNS: tuple[Column, ...] = (
    Column("", lambda _d, _w: "", lambda _d, _w: 2, width=BASE_MARK),  # no mark: sorts last
    Column("Title", lambda d, _w: _title(d), lambda d, _w: _title(d).casefold()),
    Column("Source", lambda d, _w: d.source, lambda d, _w: d.source.casefold(), width=84),
    Column("Words", lambda _d, w: f"{w:,}", lambda _d, w: w, width="00,000", right=True),
    Column(
        "Similarity",
        lambda _d, _w: "",  # filled from the story index (``similarity``)
        lambda _d, _w: -1.0,
        width="Similarity",
        right=True,
        tip="Shared text with the base (word shingles, from the story index; grouped: with "
        "the story's base). The changes panel counts the pair on screen word by word.",
    ),
)
MARK, TITLE, SOURCE, WORDS, SIMILARITY = range(len(COLUMNS))


def similarity_text(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"
