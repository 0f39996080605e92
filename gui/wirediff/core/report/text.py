"""Side-by-side comparison for a terminal: wrapped columns, row markers, word markers.

Deleted words read ``[-like this-]``, inserted ``{+like this+}``; a replacement shows the old
words on the left and the new on the right. The gutter marks each row: ``=`` equal, ``~``
changed, ``-`` deleted, ``+`` inserted, ``>``/``<`` a unit moved away / moved here. With
``color=True`` ANSI colours (and bold/underline, for colour-blind readers) are added.
"""

from __future__ import annotations

from itertools import zip_longest

from wirediff.core.report.pieces import row_pieces
from wirediff.core.result import Comparison, OpKind, Row, RowKind, Side

_GUTTER = {
    RowKind.EQUAL: "=",
    RowKind.CHANGED: "~",
    RowKind.DELETED: "-",
    RowKind.INSERTED: "+",
}
_PLAIN = {OpKind.DELETE: ("[-", "-]"), OpKind.INSERT: ("{+", "+}")}
_ANSI = {
    OpKind.DELETE: ("\x1b[9;31m", "\x1b[0m"),  # strike-through, red
    OpKind.INSERT: ("\x1b[4;34m", "\x1b[0m"),  # underline, blue
    OpKind.REPLACE: ("\x1b[1;35m", "\x1b[0m"),  # bold, magenta
}


_BREAK = ("", -1)  # a line break inside a row


def _words(result: Comparison, row: Row, side: Side, color: bool) -> list[tuple[str, int]]:
    """The row side as (styled word, visible width) chunks, glued where no space was."""
    words: list[tuple[str, int]] = []
    glue = False  # the next chunk continues the previous word (no white space between)
    for piece in row_pieces(result, row, side):
        kind = piece.kind
        if kind is OpKind.REPLACE and not color:
            kind = OpKind.DELETE if side == "left" else OpKind.INSERT
        start, end = ("", "") if kind is OpKind.EQUAL else (_ANSI if color else _PLAIN)[kind]
        for li, line in enumerate(piece.text.split("\n")):
            if li:
                words.append(_BREAK)
                glue = False
            chunks = line.split()
            if not chunks:
                glue = glue and not line
                continue
            glue = glue and not line[0].isspace()
            for ci, chunk in enumerate(chunks):
                open_, close = (start if ci == 0 else ""), (end if ci == len(chunks) - 1 else "")
                if color and start:
                    open_, close = start, end
                styled = open_ + chunk + close
                width = len(chunk) + (0 if color else len(open_) + len(close))
                if glue and words and words[-1] is not _BREAK:
                    prev, w = words[-1]
                    words[-1] = (prev + styled, w + width)
                else:
                    words.append((styled, width))
                glue = False
            glue = not line[-1].isspace()
    return words


def _lines(words: list[tuple[str, int]], width: int) -> list[tuple[str, int]]:
    """Greedy wrap of styled words into lines of at most ``width`` visible characters."""
    lines: list[tuple[str, int]] = []
    line: list[str] = []
    used = 0
    for word in words:
        if word is _BREAK:
            lines.append((" ".join(line), used))
            line, used = [], 0
            continue
        styled, w = word
        if line and used + 1 + w > width:
            lines.append((" ".join(line), used))
            line, used = [], 0
        used += w + (1 if line else 0)
        line.append(styled)
    if line or not lines:
        lines.append((" ".join(line), used))
    return lines


def _gutter(row: Row) -> str:
    if row.kind is RowKind.MOVED:
        return ">" if row.left is not None else "<"
    return _GUTTER[row.kind]


def render_text(
    result: Comparison,
    left_name: str = "left",
    right_name: str = "right",
    width: int = 160,
    color: bool = False,
) -> str:
    """The whole comparison as side-by-side text ``width`` columns wide."""
    col = max(20, (width - 5) // 2)
    s = result.stats
    out = [
        f"  {left_name[:col]:<{col}} │ {right_name[:col]}",
        f"  similarity {s.similarity:.0%}, {s.left_in_right:.0%} of left in right, "
        f"{s.right_in_left:.0%} of right in left; words +{s.words_added} "
        f"-{s.words_deleted} ~{s.words_changed}; {s.units_moved} moved",
        "  " + "─" * col + "─┼─" + "─" * col,
    ]
    for row in result.rows:
        left = _lines(_words(result, row, "left", color), col)
        right = _lines(_words(result, row, "right", color), col)
        if row.kind is RowKind.MOVED and row.link is not None:
            note = f"(moved {'to' if row.left is not None else 'from'} row {row.link})"
            (left if row.left is not None else right).append((note, len(note)))
        gutter = _gutter(row)
        for (a, aw), (b, _) in zip_longest(left, right, fillvalue=("", 0)):
            out.append(f"{gutter} {a}{' ' * max(0, col - aw)} │ {b}".rstrip())
            gutter = " "
    return "\n".join(out) + "\n"
