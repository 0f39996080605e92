"""A change as lists and reports quote it: old words and new."""

from __future__ import annotations

import re
import unicodedata

from wirediff.core.breaks import break_quote, break_sides
from wirediff.core.result import BREAK_KINDS, Comparison, OpKind, RowKind, Span

_LOOK = 200  # characters looked at for the words around a break
_EQUAL = OpKind.EQUAL


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
    """The figures a pair's replaced words change ("60 → 62", "12% → 21%"), at most
    ``limit`` of them, and how many replacements change one: a copy that corrects a figure
    is no plain copy to a night editor. Read in the word operations of every row holding
    both sides, a moved paragraph's too (a figure corrected in a paragraph moved was in no
    list). A replacement counts when the figures of its two sides differ, in a sentence
    mostly kept (half its words matched: two captions or independent reports paired on a
    few words change no figure, they say other things)."""
    said: list[str] = []
    total = 0
    texts = (comparison.left_text, comparison.right_text)
    for row in comparison.rows:
        # (a moved unit's ops are at both its places: read at the left's)
        both = row.right is not None or row.kind is RowKind.MOVED
        if row.left is None or not both or not _mostly_kept(comparison, row.index):
            continue
        for op in row.ops:
            if op.kind is not OpKind.REPLACE:
                continue
            # (the raw text: quoted words have "1\u00a0200" made "1 200", two figures)
            spans = zip(texts, (op.left, op.right), strict=True)
            old, new = (_FIGURE.findall(text[s.start : s.end]) for text, s in spans)
            if old and new and _values(old) != _values(new):
                total += 1
                if len(said) < limit:
                    said.append(_quoted(old, new))
    return said, total


def figures_said(comparison: Comparison, limit: int = 3) -> str:
    """The figures a pair changes as a summary says them: "60 → 62, 12 → 21 and 2 more"
    (at most ``limit`` quoted), "" when none."""
    said, total = changed_figures(comparison, limit)
    more = f" and {total - len(said):,} more" if total > len(said) else ""
    return f"{', '.join(said)}{more}" if said else ""


def _mostly_kept(comparison: Comparison, row_index: int) -> bool:
    """Whether at least half of the left words of row ``row_index`` are matched."""
    row, text = comparison.rows[row_index], comparison.left_text
    if row.left is None:
        return False
    kept = sum(len(text[o.left.start : o.left.end].split()) for o in row.ops if o.kind is _EQUAL)
    return 2 * kept >= len(text[row.left.start : row.left.end].split())


def _quoted(old: list[str], new: list[str]) -> str:
    """ "12 → 21"; of as many figures a side, the ones that differ ("12 … 1,200" against
    "21 … 1,200" is "12 → 21"); else every figure of each side."""
    if len(old) == len(new):
        differ = [(a, b) for a, b in zip(old, new, strict=True) if _values([a]) != _values([b])]
        old, new = [a for a, _ in differ], [b for _, b in differ]
    return f"{' '.join(old)} → {' '.join(new)}"


_GROUPING = ", \u00a0\u202f"  # thousands: "1,200", "1 200" (quoted words: "1 200", two)


def _values(figures: list[str]) -> str:
    """Figures as values: digits of any script read as ASCII ("۲۰" is 20), the separators
    of thousands left out ("1,200" is "1 200" is 1200)."""
    joined = " ".join(figures)
    return "".join(
        str(unicodedata.digit(c)) if c.isdigit() else c for c in joined if c not in _GROUPING
    )
