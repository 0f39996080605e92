"""A change as lists and reports quote it: old words and new."""

from __future__ import annotations

import re

from wirediff.core.breaks import break_quote, break_sides
from wirediff.core.result import BREAK_KINDS, ChangeKind, Comparison, RowKind, Span

_LOOK = 200  # characters looked at for the words around a break


def change_words(comparison: Comparison, index: int, whole_moves: bool = False) -> tuple[str, str]:
    """Change ``index`` as lists and reports quote it: its words on each side, white space
    collapsed. A paragraph break: the words around it (``breaks.break_quote``). A moved
    unit, with ``whole_moves`` (a report's "old → new"): its words at each of its places
    (one place's change has no words on the other side: a flagged move was quoted
    "text → —"); else at this place only (a list says "⇄ text" of the place it names)."""
    change = comparison.changes[index]
    texts = (comparison.left_text, comparison.right_text)
    if change.kind in BREAK_KINDS:  # each side's own words (the other's were made up)
        left_broken, right_broken = break_sides(change.kind)
        return _around(texts[0], change.left.start, left_broken), _around(
            texts[1], change.right.start, right_broken
        )
    spans = [change.left, change.right]
    row = comparison.rows[change.row]
    if whole_moves and row.kind is RowKind.MOVED and row.link is not None:
        other = comparison.rows[row.link]
        spans = [row.left or other.left or spans[0], row.right or other.right or spans[1]]
    return _words(texts[0], spans[0]), _words(texts[1], spans[1])


def _around(text: str, at: int, broken: bool) -> str:
    return break_quote(text[max(0, at - _LOOK) : at], text[at : at + _LOOK], broken)


def _words(text: str, span: Span) -> str:
    return " ".join(text[span.start : span.end].split())


_FIGURE = re.compile(r"\d[\d.,\u00a0\u202f]*\d%?|\d%?")


def changed_figures(comparison: Comparison, limit: int = 3) -> tuple[list[str], int]:
    """The figures a pair's replacements change ("60 → 62", "12% → 21%"), at most ``limit``
    of them, and how many there are in all: a copy that corrects a figure is no plain copy
    to a night editor. A replacement counts when the figures of its two sides differ."""
    said: list[str] = []
    total = 0
    for index, change in enumerate(comparison.changes):
        if change.kind != ChangeKind.REPLACE:
            continue
        old, new = (_FIGURE.findall(words) for words in change_words(comparison, index))
        if old and new and old != new:
            total += 1
            if len(said) < limit:
                said.append(f"{' '.join(old)} → {' '.join(new)}")
    return said, total
