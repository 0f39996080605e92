"""Rows and the text blocks that show them: the one mapping between the two, and the text of
a pane as a reader sees it.

Qt lays a text block out whole, and the lines of a block cannot be laid out, measured or
painted apart from it: one row of a megabyte ("word" or paragraph) as one block kept the GUI
thread busy for a second when it came on screen. So a row is shown as one block or, when it
is longer than ``BLOCK_LIMIT``, as several consecutive blocks (a new block starts at a break
opportunity: after a space or at a break point of a long run). The panes still line up by
rows: a row's height is its blocks' together, and the padding that evens the two sides out
is the bottom margin of its last block.

Which blocks show a row, which row a block or a document position belongs to, and where a
block starts in the document: ``RowBlocks``. The text a reader sees, for find and copy:
``PaneText``. Pure Python: built in the background with the render plan, tested directly.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from itertools import accumulate

# Longest block in UTF-16 units. Laying out 4,000 characters takes under a millisecond on
# an idle machine (a few on a busy one), far below the 15 ms slices the pacer lays out in;
# news paragraphs are shorter (the longest row of the development sets is 1,500 characters,
# the inline view shows two sides of one), so only rows of hostile size are cut.
BLOCK_LIMIT = 4000

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def direction(text: str) -> str | None:
    """ "rtl" or "ltr" as Qt sets out a block of ``text`` by itself (its first strong
    character, isolates skipped), None without one.

    A row of several blocks is set out in the direction of the row as a whole on every one
    of its blocks; left to Qt, each block would take its own, and a row starting in Arabic
    would go on left to right from a block whose first word is Latin.
    """
    isolated = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("LRI", "RLI", "FSI"):
            isolated += 1
        elif kind == "PDI":
            isolated = max(0, isolated - 1)
        elif not isolated and kind == "L":
            return "ltr"
        elif not isolated and kind in ("R", "AL"):
            return "rtl"
    return None


class RowBlocks:
    """Which consecutive blocks of a pane's document show each row, and where each block
    starts in the document (a block is followed by one position: its separator)."""

    __slots__ = ("_first", "_rows", "_starts")

    def __init__(self, rows: Sequence[int], lengths: Sequence[int]) -> None:
        """``rows``: the row of each block, in order, every row from 0 on with at least one
        block; ``lengths``: each block's length in document positions (UTF-16 units)."""
        if len(rows) != len(lengths):
            raise ValueError("one length per block")
        self._rows = list(rows)
        self._first = [b for b, row in enumerate(rows) if b == 0 or row != rows[b - 1]]
        if any(rows[b] != row for row, b in enumerate(self._first)):
            raise ValueError("rows must be consecutive, from 0, each in one run of blocks")
        self._first.append(len(rows))
        self._starts = [0, *accumulate(length + 1 for length in lengths)]

    def __len__(self) -> int:
        """The number of rows."""
        return len(self._first) - 1

    @property
    def block_count(self) -> int:
        return len(self._rows)

    def blocks(self, row: int) -> range:
        """The blocks showing ``row``."""
        return range(self._first[row], self._first[row + 1])

    def first(self, row: int) -> int:
        return self._first[row]

    def last(self, row: int) -> int:
        """The row's last block: the one whose bottom margin evens the row out."""
        return self._first[row + 1] - 1

    def row_of(self, block: int) -> int:
        return self._rows[block]

    def continues(self, block: int) -> bool:
        """Whether ``block`` goes on with the row of the block before it."""
        return block > 0 and self._rows[block] == self._rows[block - 1]

    def start(self, block: int) -> int:
        """The document position of the block's first character."""
        return self._starts[block]

    def length(self, block: int) -> int:
        return self._starts[block + 1] - self._starts[block] - 1

    def block_at(self, position: int) -> int:
        """The block holding document position ``position`` (its end included)."""
        found = bisect.bisect_right(self._starts, position) - 1
        return min(max(found, 0), len(self._rows) - 1)


class PaneText:
    """A pane's text as a reader sees it, for find and copy: without the break marks put
    into long runs, the blocks of a row joined, each row a line of its own; with the
    document position of each of its characters.

    The document has a few positions this text does not: a break mark, the separator
    before a block that continues a row, and the second UTF-16 unit of a character outside
    the Basic Multilingual Plane. Each is kept as the index of the character it comes
    before, as ``Utf16Offsets`` keeps its extra units.
    """

    __slots__ = ("_extra", "_extra_at", "text")

    def __init__(self, blocks: Sequence[tuple[str, Sequence[int]]], rows: RowBlocks) -> None:
        """``blocks``: each block's text and the code-point indices of its break marks."""
        parts: list[str] = []
        extra: list[int] = []
        length = 0
        for block, (text, marks) in enumerate(blocks):
            if rows.continues(block):
                extra.append(length)
            elif block:
                parts.append("\n")
                length += 1
            kept = 0
            for mark in marks:
                parts.append(text[kept:mark])
                length += mark - kept
                extra.append(length)
                kept = mark + 1
            parts.append(text[kept:])
            length += len(text) - kept
        self.text = "".join(parts)
        extra += [m.start() + 1 for m in _ASTRAL.finditer(self.text)]
        self._extra = sorted(extra)
        # The document position of each extra unit: its character's index, plus one for
        # each extra unit before it.
        self._extra_at = [point + i for i, point in enumerate(self._extra)]

    def position(self, index: int) -> int:
        """The document position of the character at ``index`` (or of the end)."""
        return index + bisect.bisect_right(self._extra, index)

    def index(self, position: int) -> int:
        """The character at document position ``position``; a break mark, a separator
        inside a row or the second half of a surrogate pair: the character after it."""
        return position - bisect.bisect_left(self._extra_at, position)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The document positions of the characters ``[start, end)``: from the first one's
        position to just after the last one (no break mark after it)."""
        if end <= start:
            return self.position(start), self.position(start)
        last = self.position(end - 1)
        return self.position(start), last + (2 if ord(self.text[end - 1]) > 0xFFFF else 1)

    def between(self, start: int, end: int) -> str:
        """The text shown between document positions ``start`` and ``end`` as a reader
        copies it: break marks out, a row's blocks joined, a line break for a line break."""
        return self.text[self.index(start) : self.index(end)].replace("\u2028", "\n")
