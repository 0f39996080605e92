"""A story table for a terminal: the base's units in order, and under each what every version
did with it.

A version is named ``v1``, ``v2``… (the HTML table's column numbers) in a key at the top. Under
each base unit one line per kind of cell: ``=`` the versions that have it word for word
(named only), ``~`` a version that changed it (its text, with ``[-cut-]`` and ``{+added+}``
words, or colours), ``-`` the versions that cut it, ``>`` a version that moved it (to which
row). Text the versions added between two units is a row of its own: ``+`` a version's added
text, ``<`` a unit of the base a version moved there. Text from the files goes through
``printable`` (``text.styled_words``): no control or bidi character reaches the terminal.
"""

from __future__ import annotations

from pathlib import Path

from wirediff.core.counts import percent
from wirediff.core.display import shown_date
from wirediff.core.document import Document
from wirediff.core.report.provenance import shown_path
from wirediff.core.report.text import plain_lines, styled_words, text_columns, wrap
from wirediff.core.result import ChangeKind, OpKind
from wirediff.core.storytable import CellPiece, CellState, RowKind, StoryTable, TableRow
from wirediff.core.storytable.pieces import replacement_spaces

_MARK = {
    CellState.EQUAL: "=",
    CellState.CHANGED: "~",
    CellState.CUT: "-",
    CellState.ADDED: "+",
}
KEY = (
    "= word for word, ~ with changes ([-cut-] {+added+} words), - cut, > moved elsewhere, "
    "+ added here, < moved here from another row, ¶ split / ¶ joined: a paragraph split or "
    "two joined here"
)


def _pieces(pieces: tuple[CellPiece, ...]) -> list[tuple[str, OpKind]]:
    """A cell's pieces as text and operation: a replacement reads as the base's words cut,
    then the version's added; no space around an old and a new figure set among text that
    writes none ("5日[-8-]{+14+}时", not "5日 [-8-] {+14+}时": two words)."""
    out: list[tuple[str, OpKind]] = []
    for piece in pieces:
        if piece.op is OpKind.REPLACE:
            lead, between = replacement_spaces(out[-1][0] if out else "", piece.old, piece.text)
            if lead:
                out.append((lead, OpKind.EQUAL))
            out.append((piece.old, OpKind.DELETE))
            out.append((between, OpKind.EQUAL))
            out.append((piece.text, OpKind.INSERT))
        else:
            out.append((piece.text, piece.op))
    return out


class _Layout:
    """The columns of the text: the row numbers, then a mark and a version's name, then
    text; everything wraps at ``width``."""

    def __init__(self, table: StoryTable, width: int, color: bool) -> None:
        self.color = color
        self.width = width
        self.number = len(str(len(table.rows))) + 2  # "  12"
        self.name = len(f"v{len(table.columns)}")
        self.text_at = self.number + 2 + 2 + self.name + 2  # "  12  ~ v3  text"
        self.room = max(8, width - self.text_at)

    def lines(self, head: str, words: list[tuple[str, int]]) -> list[str]:
        """``words`` wrapped beside ``head`` (padded to the text's column), the lines after
        the first indented to it."""
        out = []
        for n, (line, _) in enumerate(wrap(words, self.room)):
            lead = head.ljust(self.text_at) if n == 0 else " " * self.text_at
            out.append((lead + line).rstrip())
        return out

    def names(self, mark: str, columns: list[int]) -> list[str]:
        """One line (wrapped) naming the versions ``columns``, with ``mark`` before them;
        none when there are none."""
        if not columns:
            return []
        words = _words(" ".join(f"v{k + 1}" for k in columns))
        lead = " " * self.number + "  " + mark + " "
        room = max(8, self.width - len(lead))
        return [
            (lead if n == 0 else " " * len(lead)) + line
            for n, (line, _) in enumerate(wrap(words, room))
        ]

    def cell(self, mark: str, column: int, words: list[tuple[str, int]]) -> list[str]:
        head = " " * self.number + f"  {mark} v{column + 1}"
        return self.lines(head, words or [("", 0)])


def _words(text: str) -> list[tuple[str, int]]:
    """Words of our own (no marks) as chunks for ``wrap``."""
    return [(w, text_columns(w)) for w in text.split()]


def _moved(links: tuple[int, ...], verb: str) -> str:
    rows = ", ".join(str(link + 1) for link in links)
    return f"({verb} row{'s' * (len(links) > 1)} {rows})"


def _row(table: StoryTable, row: TableRow, layout: _Layout) -> list[str]:
    """The row's number and base unit (or what it is, an added row), then the versions:
    word for word (named), each one changed, moved or added (its text), cut (named)."""
    number = str(row.index + 1).rjust(layout.number)
    if row.kind is RowKind.BASE:
        text = table.base_text(row.index)
        out = layout.lines(number, styled_words([(text, OpKind.EQUAL)], False, layout.room))
    else:
        versions = row.tally.added + row.tally.moved
        out = layout.lines(number, _words(f"added by {versions} version{'s' * (versions != 1)}:"))
    by_state: dict[CellState, list[int]] = {}
    for k, cell in enumerate(row.cells):
        by_state.setdefault(cell.state, []).append(k)
    out += layout.names("=", by_state.get(CellState.EQUAL, []))
    for k, cell in enumerate(row.cells):
        if cell.state in (CellState.EQUAL, CellState.CUT, CellState.ABSENT):
            continue
        if cell.state is CellState.MOVED and row.kind is RowKind.BASE:
            out += layout.cell(">", k, _words(_moved(cell.moved_to, "moved to")))
            continue
        mark = "<" if cell.state is CellState.MOVED else _MARK[cell.state]
        words = styled_words(_pieces(table.pieces(row.index, k)), layout.color, layout.room)
        if cell.moved_from:
            words = _words(_moved(cell.moved_from, "moved from")) + words
        out += layout.cell(mark, k, words)
    out += layout.names("-", by_state.get(CellState.CUT, []))
    for kind, said in ((ChangeKind.SPLIT, "¶ split"), (ChangeKind.JOIN, "¶ joined")):
        out += layout.names(
            said, [k for k in range(len(row.cells)) if kind in table.breaks(row.index, k)]
        )
    return out


def render_story_text(
    table: StoryTable,
    *,
    folder: Path | None = None,
    boilerplate: bool = True,
    width: int = 100,
    color: bool = False,
) -> str:
    """The table as text ``width`` columns wide. ``folder``: paths are shown relative to it;
    ``boilerplate``: whether the texts still hold boilerplate lines."""
    layout = _Layout(table, width, color)
    title = table.base.title or table.base.name
    count = len(table.columns) + 1
    out = _plain(f"wirediff story: {title}", width)
    out += _plain(
        f"A story of {count} version{'s' * (count != 1)}, the base against each of the "
        f"others · boilerplate lines {'kept' if boilerplate else 'left out'}",
        width,
    )
    key_at = max(len("base"), layout.name) + 2
    heads = [("base", table.base, "")]
    for column in table.columns:
        s = column.comparison.stats
        heads.append(
            (
                f"v{column.index + 1}",
                column.doc,
                f"· kept {percent(s.left_in_right)} of the base · reused "
                f"{percent(s.right_in_left)} · +{s.words_added} "
                f"−{s.words_deleted} ~{s.words_changed} words",
            )
        )
    for name, doc, facts in heads:
        about = f"{_heading(doc, folder)} {facts}"
        for n, line in enumerate(_plain(about, max(8, width - key_at - 2))):
            out.append(("  " + (name if n == 0 else "").ljust(key_at) + line).rstrip())
    out += _plain(KEY, width)
    out.append("─" * min(width, 80))
    for row in table.rows:
        out += _row(table, row, layout)
        out.append("")
    return "\n".join(out)


def _heading(doc: Document, folder: Path | None) -> str:
    """path · outlet · date ("undated" too), as the HTML table heads a column."""
    return " · ".join(x for x in (shown_path(doc.path, folder), doc.source, shown_date(doc)) if x)


def _plain(text: str, width: int) -> list[str]:
    return [line for line, _ in plain_lines(text, width)]
