"""The blocks of one row: runs of styled text, the source ranges they show, the break marks
put into long runs, cut into blocks of at most ``BLOCK_LIMIT`` UTF-16 units.

Pure Python, used by the render plan (``plan``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirediff.core.result import Side
from wirediff.core.scripts import figures_run_together, run_together
from wirediff.ui.common import theme
from wirediff.ui.diff.blocks import BLOCK_LIMIT
from wirediff.ui.diff.offsets import Utf16Offsets

_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Piece:
    """Source code points ``[start, end)`` of ``side`` shown from block offset ``qt``."""

    side: Side
    start: int
    end: int
    qt: int


@dataclass(slots=True)
class BlockPlan:
    """One block of a pane: the row it shows, its styled runs and where they came from."""

    row: int
    kind: str  # TEXT, GAP (row missing on this side) or LABEL (gap telling where a unit moved)
    runs: list[tuple[str, str]] = field(default_factory=list)  # (display text, style key)
    pieces: list[Piece] = field(default_factory=list)
    link: int | None = None  # for moved units: the row of the unit's other place
    length: int = 0  # in UTF-16 units, as the document counts
    marks: list[int] = field(default_factory=list)  # where in text() a break mark was put

    def text(self) -> str:
        """The block's text as the document holds it."""
        return "".join(text for text, _style in self.runs)

    def read_text(self) -> str:
        """The block's text as find reads it: the app's ¶ marks as spaces (positions stay),
        so that a phrase is found across a paragraph break the other side has not."""
        return "".join(" " * len(t) if s in theme.MARK_STYLES else t for t, s in self.runs)


def display(text: str) -> str:
    """Article text as a block shows it: a line break of the text breaks the line, not the block."""
    return text.replace("\n", "\u2028").replace("\u2029", "\u2028")


class RowBuilder:
    """Appends runs to the blocks of one row, keeping each block's pieces, break marks and
    UTF-16 length. A run that would take a block past ``limit`` goes on in a new block,
    from the last break opportunity in reach (after a space, or at a break point of a long
    run): where a line may end anyway."""

    def __init__(
        self,
        row: int,
        kind: str,
        offsets: dict[str, Utf16Offsets],
        link: int | None = None,
        limit: int = BLOCK_LIMIT,
    ) -> None:
        self.blocks = [BlockPlan(row, kind, link=link)]
        self.offsets = offsets
        self.limit = limit
        self._chars = 0  # code points of the last block's text

    @property
    def block(self) -> BlockPlan:
        return self.blocks[-1]

    def _next_block(self) -> None:
        first = self.blocks[0]
        self.blocks.append(BlockPlan(first.row, first.kind, link=first.link))
        self._chars = 0

    def add(
        self, side: Side, text: str, start: int, end: int, style: str
    ) -> list[tuple[BlockPlan, Piece]]:
        """Show ``text[start:end]`` of ``side``; the style covers it minus surrounding
        spaces. Returns the pieces shown, with their blocks."""
        conv = self.offsets[side]
        added = []
        while start < end:
            cut, room = end, self.limit - self.block.length
            if conv.qt_length(start, end) > room:
                reach = min(end, conv.fit(start, room))
                cut = conv.last_break(start, reach)
                if cut == start and self.block.length:  # no break in reach: a new block
                    self._next_block()
                    continue
                if cut == start:  # none in a whole block (a break every BREAK_EVERY: never)
                    cut = max(reach, start + 1)
            added.append((self.block, self._append(side, text, start, cut, style)))
            if cut < end:
                self._next_block()
            start = cut
        return added

    def _append(self, side: Side, text: str, start: int, end: int, style: str) -> Piece:
        piece = text[start:end]
        core = piece.strip()
        a = start + len(piece) - len(piece.lstrip())
        b = a + len(core)
        parts = [(start, a, theme.PLAIN), (a, b, style), (b, end, "")]
        if not core or not style:
            parts = [(start, end, theme.PLAIN)]
        block = self.block
        shown = Piece(side, start, end, block.length)
        block.pieces.append(shown)
        conv = self.offsets[side]
        for part_start, part_end, key in parts:
            if part_start < part_end:  # as the pane shows it: controls masked, long runs broken
                run = conv.shown(part_start, part_end)
                points = conv.breaks_in(part_start, part_end)
                block.marks += [self._chars + p - part_start + k for k, p in enumerate(points)]
                block.runs.append((display(run), key))
                self._chars += len(run)
        block.length += conv.qt_length(start, end)
        return shown

    def mirror(
        self, side: Side, start: int, end: int, shown: list[tuple[BlockPlan, Piece]]
    ) -> None:
        """Map ``[start, end)`` of ``side`` onto pieces shown already (the inline view's
        equal text is shown once, from the left): each part onto the piece as far from the
        start as it is; where the two differ in white space only (a paragraph break one side
        has: " " and "\n\n"), word by word onto the same word."""
        if not shown:
            return
        origin = shown[0][1].start
        texts = self.offsets[side].text, self.offsets[shown[0][1].side].text
        moved = texts[0][start:end] != texts[1][origin : shown[-1][1].end]  # (spaces, "…")
        if moved and self._mirror_words(side, start, end, shown):
            return
        for i, (block, p) in enumerate(shown):
            a = min(start + p.start - origin, end)
            b = end if i == len(shown) - 1 else min(start + p.end - origin, end)
            block.pieces.append(Piece(side, a, b, p.qt))

    def _mirror_words(
        self, side: Side, start: int, end: int, shown: list[tuple[BlockPlan, Piece]]
    ) -> bool:
        """``mirror`` word by word, when both texts hold as many words (the same, but for
        white space or a folded "..." / "…"): each onto its own, as far as the shorter of
        the two reaches (else False: nothing done)."""
        first = shown[0][1]
        shown_text = self.offsets[first.side].text
        words = [m.span() for m in _WORD.finditer(self.offsets[side].text, start, end)]
        places = [m.span() for m in _WORD.finditer(shown_text, first.start, shown[-1][1].end)]
        if len(words) != len(places):
            return False
        conv = self.offsets[first.side]
        for (a, b), (c, d) in zip(words, places, strict=True):
            for block, p in shown:
                if p.start <= c < p.end or (c == p.end and p is shown[-1][1]):
                    qt = p.qt + conv.qt_length(p.start, c)
                    block.pieces.append(Piece(side, a, a + min(b - a, d - c, p.end - c), qt))
                    break
        return True

    def separate(self, following: str) -> None:
        """A space between the old and new text of an inline replacement, if none is there
        and the script writes spaces between words (``following``: the new text; figures
        among text that writes none: ``figures_run_together``); a new block, if the block
        is full, separates them as well."""
        runs = self.block.runs
        if not runs or not runs[-1][0] or run_together(runs[-1][0], following):
            return
        before = runs[-2][0] if len(runs) > 1 else ""
        if figures_run_together(before, runs[-1][0], following):
            return
        if not runs[-1][0][-1].isspace():
            if self.block.length >= self.limit:
                self._next_block()
                return
            runs.append((" ", theme.PLAIN))
            self.block.length += 1
            self._chars += 1

    def label(self, text: str, style: str = theme.LABEL) -> tuple[int, int]:
        """A note or mark of the app's own (never article text), styled as a label unless
        ``style`` says otherwise. Returns its block (counted in this row's) and where in it
        it starts."""
        length = Utf16Offsets(text).qt_length(0, len(text))
        if self.block.length and self.block.length + length > self.limit:
            self._next_block()
        at = self.block.length
        self.block.runs.append((text, style))
        self.block.length += length
        self._chars += len(text)
        return len(self.blocks) - 1, at
