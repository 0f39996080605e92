"""The result of a comparison: plain frozen data, no behaviour beyond queries.

Offsets are code-point indices into ``Comparison.left_text`` / ``right_text``. A ``Span`` is
``(start, end)``, end exclusive.

Invariants (tested with Hypothesis):

* The spans of the rows that have a side partition that side's text, in row order.
* Within a row, the spans of its ops on a side the row has partition the row's span there.
  So concatenating ``text[op.left]`` over the ops of every row with a left side rebuilds the
  left text exactly; likewise for the right.
* A moved row exists twice: once where the unit was (``left`` set, ``right`` None) and once
  where it went (``left`` None, ``right`` set); ``link`` is the index of the other row. Its
  ops diff the unit against its other place, so on the side the row lacks, op spans point
  into the linked row.
"""

from __future__ import annotations

import bisect
from enum import StrEnum

from wirediff.core.options import CompareOptions
from wirediff.core.record import NamedTuple, field, record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    Side = Literal["left", "right"]

# Headings found by a reader: each one's level (1 outermost) and its line as in the text
Headings = tuple[tuple[int, str], ...]


def __getattr__(name: str) -> object:
    # Side, for modules that import it at run time: made when first asked for, as it needs
    # typing, which a command-line comparison does not otherwise import.
    if name == "Side":
        from typing import Literal

        globals()["Side"] = Literal["left", "right"]
        return globals()["Side"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Span(NamedTuple):
    """A half-open range ``[start, end)`` of code points."""

    start: int
    end: int


class RowKind(StrEnum):
    EQUAL = "equal"  # the row's words are the same on both sides
    CHANGED = "changed"  # both sides present, some words differ
    DELETED = "deleted"  # only on the left
    INSERTED = "inserted"  # only on the right
    MOVED = "moved"  # one place of a unit that moved; see Row.link


class OpKind(StrEnum):
    EQUAL = "equal"
    REPLACE = "replace"
    DELETE = "delete"
    INSERT = "insert"


@record(frozen=True)
class Op:
    """One word operation: a run of tokens on the left and what became of it on the right."""

    kind: OpKind
    left: Span
    right: Span


@record(frozen=True)
class Row:
    """One aligned band: a unit (or a few) on each side, and the word operations between."""

    index: int
    kind: RowKind
    left: Span | None
    right: Span | None
    ops: tuple[Op, ...]
    link: int | None = None  # for MOVED rows: the index of the row at the unit's other place

    def span(self, side: Side) -> Span | None:
        return self.left if side == "left" else self.right


class ChangeKind(StrEnum):
    REPLACE = "replace"
    DELETE = "delete"
    INSERT = "insert"
    MOVE = "move"
    SPLIT = "split"  # a paragraph of the left broken in two on the right
    JOIN = "join"  # two paragraphs of the left run into one on the right


# The changes of paragraph breaks: their spans are empty, where the break is (or is not).
BREAK_KINDS = frozenset({ChangeKind.SPLIT, ChangeKind.JOIN})


@record(frozen=True)
class Change:
    """One stop for next/previous-change navigation: the edits of one sentence in a row
    (with the matched words between them: ``row.ops`` still hold each edit), one place of
    a moved unit, or a paragraph break one side has and the other has not (``BREAK_KINDS``:
    empty spans where the word after the break starts, in ``row`` or where the next row
    starts).

    ``left`` and ``right`` are never None: on the side where nothing is, the span is empty
    and sits where the change would be (so navigation works from either pane).
    """

    index: int
    kind: ChangeKind
    row: int
    left: Span
    right: Span

    def span(self, side: Side) -> Span:
        return self.left if side == "left" else self.right


class Location(NamedTuple):
    """Answer of ``Comparison.locate``: change indices, or None where there is none."""

    current: int | None
    previous: int | None
    next: int | None


@record(frozen=True)
class Stats:
    """How two texts relate, counted in words (punctuation excluded)."""

    left_words: int
    right_words: int
    matched_words: int  # left words equal to words of the right (moved units included)
    similarity: float  # (matched + matched right) / (left + right), 0..1
    left_in_right: float  # share of the left's words found in the right, 0..1
    right_in_left: float  # share of the right's words found in the left, 0..1
    words_added: int  # right words in inserted text
    words_deleted: int  # left words in deleted text
    words_changed: int  # left words replaced by other words
    words_changed_right: int  # right words that replaced them
    units_moved: int  # moved units (each counted once, not per place)
    # Right words equal to words of the left: as many as ``matched_words`` but where Arabic-
    # script words are written together on one side and apart on the other (``join_respaced``).
    matched_words_right: int
    # Runs of units moved together, to places that follow on (a chapter of 14 paragraphs
    # moved is 14 units in one passage: a scholar read "Units moved 15" for two moves).
    passages_moved: int = 0


@record(frozen=True)
class Comparison:
    """Two texts aligned and diffed. Build with ``wirediff.core.compare.compare``."""

    left_text: str
    right_text: str
    rows: tuple[Row, ...]
    changes: tuple[Change, ...]
    stats: Stats
    options: CompareOptions
    # Row -> the paragraph break changes (SPLIT, JOIN) in it or after it, their indices:
    # ``changes`` by row (so not compared or hashed apart from them).
    breaks: dict[int, tuple[int, ...]] = field(default_factory=dict, compare=False)
    # The headings each side's reader found by their markup (``Document.headings``: a
    # Markdown "#", a Word Heading style, a LaTeX \section), left's then right's: the
    # sections' outline takes them as headings (``sections.outline``).
    headings: tuple[Headings, Headings] = field(default=((), ()), compare=False)
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)

    def rebuild(self, side: Side) -> str:
        """The side's text put back together from the rows' ops (the lossless check)."""
        text = self.left_text if side == "left" else self.right_text
        return "".join(
            text[
                op.left.start if side == "left" else op.right.start : (
                    op.left.end if side == "left" else op.right.end
                )
            ]
            for row in self.rows
            if row.span(side) is not None
            for op in row.ops
        )

    def locate(self, position: int, side: Side = "left") -> Location:
        """Which change ``position`` (a code-point offset on ``side``) is in, and its neighbours.

        ``current`` is the change whose span contains the position (an empty span contains
        only its own start); ``previous`` is the nearest change that starts before the
        position and is not current, ``next`` the nearest that starts after it.
        """
        starts = self._starts.get(side)
        if starts is None:
            starts = [c.span(side).start for c in self.changes]
            self._starts[side] = starts
        after = bisect.bisect_right(starts, position)  # changes [after:] start past position
        current = None
        # The candidates for "contains": changes that start at or before the position;
        # spans never overlap, so only the last few can contain it (several empty spans may
        # share a start).
        i = after - 1
        while i >= 0:
            span = self.changes[i].span(side)
            if span.start <= position < span.end or span.start == span.end == position:
                current = i
                break
            if span.end <= position and span.start < position:
                break
            i -= 1
        if current is None:
            previous = after - 1 if after > 0 else None
        else:
            previous = current - 1 if current > 0 else None
        nxt = after if after < len(self.changes) else None
        if current is not None and nxt is not None and nxt <= current:
            nxt = current + 1 if current + 1 < len(self.changes) else None
        return Location(current, previous, nxt)
