"""What one cell of the story view shows: runs of styled text cut from the story table's
pieces, plus the app's own notes (moved to / from row N). Pure Python, no Qt.

A cell reads like the inline view of the base unit turned into that version: its words in
order, new words underlined, replaced words shown old (struck) then new (underlined), the
base's words it cut struck in where they were. Column 0 is the base itself.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum

from wirediff.core.display import text_direction
from wirediff.core.result import ChangeKind, OpKind
from wirediff.core.segments import hard_wrapped, joined_lines
from wirediff.core.storytable import CellState, StoryTable
from wirediff.core.storytable.pieces import replacement_spaces
from wirediff.core.textsafe import mask_controls
from wirediff.ui.common import theme
from wirediff.ui.common.text import breakable

BASE_COLUMN = 0  # the view's first column is the base; version k is column k + 1
CELL_CHARS = 20_000  # characters a cell lays out: far more than its 14 lines can show


class Look(StrEnum):
    """How a cell's background is drawn."""

    TEXT = "text"  # plain
    CUT = "cut"  # hatched: the version cut this unit of the base
    ADDED = "added"  # tinted: text this version added
    EMPTY = "empty"  # nothing here (a version without this added text; the base's gap)


# How a screen reader is told what a cell shows by its style.
_SPOKEN = {
    theme.INLINE_OLD: "replaced",
    theme.INLINE_NEW: "by",
    theme.DELETE: "cut",
    theme.INSERT: "new",
    theme.MOVED: "moved",
}


@dataclass(frozen=True, slots=True)
class CellRuns:
    """A cell's text as (text, style key) runs, its background and its direction."""

    runs: tuple[tuple[str, str], ...]
    look: Look
    rtl: bool = False

    @property
    def text(self) -> str:
        return "".join(text for text, _style in self.runs)

    @property
    def spoken(self) -> str:
        """The text for a screen reader, the changes said in words where the cell shows
        them by colour and strike-through: "… (cut: old words) (new: words) …"."""
        said = []
        for text, style in self.runs:
            what = _SPOKEN.get(style)
            said.append(f"({what}: {text.strip()})" if what and text.strip() else text)
        spoken = "".join(said)
        return {Look.CUT: "cut from this version", Look.ADDED: f"added: {spoken}"}.get(
            self.look, spoken
        )


def _display(text: str) -> str:
    """``text`` as a cell shows it, as the panes do (``diff.offsets``): controls
    masked (an RLO in an article cannot reorder the cell), a zero-width space in every 200
    characters without one (a 9 MB "word" froze the window 13 s); line breaks stay inside
    the cell (Qt's text layout wants a line separator)."""
    return breakable(mask_controls(text)).replace("\n", "\u2028")


def _capped(runs: list[tuple[str, str]], wrapped: bool = False) -> tuple[tuple[str, str], ...]:
    """The runs up to ``CELL_CHARS`` characters, then "…": a cell shows ``MAX_LINES`` lines
    at most (its whole text is in its pair), and Qt shapes all of a layout's text.
    ``wrapped``: of a hard-wrapped text, whose line breaks alone in a cell are joined as
    the panes join them (``segments.reflowed``: a draft wrapped at 78 columns was ragged in
    its column)."""
    if wrapped:
        runs = _joined_lines(runs)
    kept: list[tuple[str, str]] = []
    room = CELL_CHARS
    for text, style in runs:
        if len(text) > room:
            kept += [(_display(text[:room]), style), ("…", theme.LABEL)]
            break
        kept.append((_display(text), style))
        room -= len(text)
    return tuple(kept)


@functools.lru_cache(maxsize=256)
def _hard_wrapped(text: str) -> bool:
    return hard_wrapped(text)  # (asked for every cell of a version: once a text)


def _joined_lines(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``runs`` with their wrapped lines' ends joined as the panes join them (the same
    length: cut back into the runs)."""
    text = "".join(t for t, _style in runs)
    joined = joined_lines(text)
    if joined == text:
        return runs
    out, at = [], 0
    for t, style in runs:
        out.append((joined[at : at + len(t)], style))
        at += len(t)
    return out


def _rows(rows: tuple[int, ...]) -> str:
    numbers = ", ".join(str(r + 1) for r in rows)
    return f"row{'s' * (len(rows) > 1)} {numbers}"


def cell_runs(table: StoryTable, row: int, column: int) -> CellRuns:
    """The runs of the view's cell at (``row``, ``column``), column 0 being the base."""
    wrapped = _hard_wrapped(table.base.text)
    if column == BASE_COLUMN:
        text = table.base_text(row)
        look = Look.TEXT if text else Look.EMPTY
        shown = [(text, theme.PLAIN)] if text else []
        return CellRuns(_capped(shown, wrapped), look, _rtl(text))
    k = column - 1
    cell = table.cell(row, k)
    if cell.state is CellState.CUT:
        return CellRuns((), Look.CUT)
    if cell.state is CellState.ABSENT:
        return CellRuns((), Look.EMPTY)
    runs: list[tuple[str, str]] = []
    added = cell.state is CellState.ADDED
    moved_here = cell.state is CellState.MOVED and bool(cell.moved_from)
    for piece in table.pieces(row, k):
        text = piece.text
        if piece.op is OpKind.REPLACE:
            # ("year, moving": "year and … , moving"; "5日[-8-]{+14+}时": no space)
            lead, between = replacement_spaces(runs[-1][0] if runs else "", piece.old, text)
            if lead:
                runs.append((lead, theme.PLAIN))
            runs.append((piece.old, theme.INLINE_OLD))
            runs += [(between, theme.PLAIN), (text, theme.INLINE_NEW)]
        elif piece.op is OpKind.DELETE:
            runs.append((text, theme.DELETE))
        elif piece.op is OpKind.INSERT and not added:
            runs.append((text, theme.INSERT))
        else:
            runs.append((text, theme.MOVED if moved_here and text.strip() else theme.PLAIN))
    if cell.moved_to:
        gap = "  " if runs else ""
        runs.append((f"{gap}↪ moved to {_rows(cell.moved_to)}", theme.LABEL))
    if cell.moved_from:
        runs.append((f"  ↩ from {_rows(cell.moved_from)}", theme.LABEL))
    for kind in table.breaks(row, k):  # a paragraph split here (as added) or joined (cut)
        split = kind is ChangeKind.SPLIT
        runs += [(" ", theme.PLAIN), ("¶", theme.PILCROW_ADDED if split else theme.PILCROW_TAKEN)]
    text = "".join(t for t, _s in runs)
    wrapped = wrapped or _hard_wrapped(table.columns[k].doc.text)
    return CellRuns(_capped(runs, wrapped), Look.ADDED if added else Look.TEXT, _rtl(text))


def _rtl(text: str) -> bool:
    return text_direction(text) == "rtl"


def shown_length(table: StoryTable, row: int, column: int) -> int:
    """How many characters the cell shows (for its row's height before it is drawn)."""
    return sum(len(text) for text, _style in cell_runs(table, row, column).runs)
