"""The document list's columns in one table: header, what a document's cell shows and sorts
by, alignment, width. A new column (file name, outlet, date) is a new row here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wirediff.core.document import Document
from wirediff.core.review import PairSummary
from wirediff.core.stories import Derivation

BASE_MARK, REVIEWED_MARK, FLAG_MARK = "◆", "✓", "⚑"
# Sort order of the mark column (no mark: 3).
MARK_ORDER = {BASE_MARK: 0, REVIEWED_MARK + FLAG_MARK: 1, REVIEWED_MARK: 1, FLAG_MARK: 2}


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
    Column("", lambda _d, _w: "", lambda _d, _w: 3, width=REVIEWED_MARK + FLAG_MARK),
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
    Column(
        "Level",
        lambda _d, _w: "",  # filled as the levels are measured (``DocumentList.set_levels``)
        lambda _d, _w: 9,
        width="rewrite",
        tip="How each version was made from its story's base: copy (verbatim, maybe "
        "trimmed or padded), edited (sentences kept with word changes), rewrite (some "
        "sentences reused, the rest new), independent (own words: in the story by its URL "
        "or by your correction). Measured for the stories on screen.",
    ),
)
MARK, TITLE, SOURCE, WORDS, SIMILARITY, LEVEL = range(len(COLUMNS))
LEVEL_ORDER = {level: rank for rank, level in enumerate(Derivation)}  # source first
# What the Level column says (the base: nothing, its Similarity cell says "base").
LEVEL_TEXT = {
    Derivation.SOURCE: "",
    Derivation.COPY: "copy",
    Derivation.EDITED: "edited",
    Derivation.REWRITE: "rewrite",
    Derivation.INDEPENDENT: "indep.",
}


def similarity_text(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def base_tip(grouped: bool) -> str:
    """The tooltip of a ◆."""
    return "a base: of its story, or the left side on screen" if grouped else "base (left side)"


def review_mark(summary: PairSummary | None) -> tuple[str, str]:
    """The mark of a document whose pair with its left side has review state, and its tip."""
    if summary is None:
        return "", ""
    flagged = summary.flags or summary.notes
    mark = (REVIEWED_MARK if summary.reviewed else "") + (FLAG_MARK if flagged else "")
    parts = ["reviewed"] if summary.reviewed else []
    for n, noun in ((summary.flags, "flag"), (summary.notes, "note")):
        if n:
            parts.append(f"{n} {noun}{'s' * (n != 1)}")
    return mark, "Its pair with the left side: " + ", ".join(parts) if parts else ""
