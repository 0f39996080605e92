"""A story-table cell as pieces of text with their word operation, read from the pair diff.

A cell reads like an inline diff of the base unit into the version: the version's words in
order (inserted and replacing words marked), with the base's words it cut struck in where
they were. White space after a highlighted run is split off plain, so underlines and
strike-throughs stop at the word; the cell's trailing white space is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from wirediff.core.result import Comparison, OpKind, RowKind
from wirediff.core.scripts import figures_run_together, run_together


class CellPiece(NamedTuple):
    text: str
    # EQUAL: plain; INSERT / REPLACE: the version's words that are new / replace others;
    # DELETE: words of the base this version cut (``base`` is then True).
    op: OpKind
    old: str = ""  # REPLACE: the base's words it replaced
    base: bool = False  # the text is the base's (cut words and the space after them)

    @property
    def version(self) -> bool:
        """The text is the version's own: joining these pieces gives the cell's text."""
        return not self.base


def space_before_old(before: str, old: str) -> bool:
    """Whether a replacement's old words, shown struck before its new ones, need a space
    after the text ``before`` them: the version's new words may go on with none (", 68 …"
    replacing "после …": "$45 млн[-после" read as one word)."""
    return (
        bool(before)
        and not before[-1].isspace()
        and old[:1].isalnum()
        and not run_together(before, old)
    )


def between_old_and_new(old: str, new: str) -> str:
    """What stands between a replacement's old (struck) and new words: a space, none in a
    script that writes no space between its words."""
    return "" if run_together(old, new.lstrip()) else " "


def replacement_spaces(before: str, old: str, new: str) -> tuple[str, str]:
    """The spaces a replacement shown as its old words then its new ones takes after the
    text ``before`` it and between them (``space_before_old``, ``between_old_and_new``):
    none around an old and a new figure set among text that writes none ("5日[-8-]{+14+}时",
    not "5日 [-8-] {+14+}时": two words, in the story text and the story view alike)."""
    if figures_run_together(before, old, new):
        return "", ""
    return (" " if space_before_old(before, old) else ""), between_old_and_new(old, new)


def cell_pieces(comparison: Comparison, pair_rows: Sequence[int]) -> tuple[CellPiece, ...]:
    """The pieces of the cell made of ``pair_rows`` of ``comparison`` (base on the left)."""
    left, right = comparison.left_text, comparison.right_text
    out: list[CellPiece] = []
    for index in pair_rows:
        row = comparison.rows[index]
        if row.right is None:
            if row.kind is RowKind.DELETED and row.left is not None:
                _add(out, left[row.left.start : row.left.end], OpKind.DELETE)
            continue  # a unit moved away is shown as a link, not as text
        for op in row.ops:
            if op.kind is OpKind.DELETE:
                _add(out, left[op.left.start : op.left.end], OpKind.DELETE)
                continue
            old = left[op.left.start : op.left.end].strip() if op.kind is OpKind.REPLACE else ""
            _add(out, right[op.right.start : op.right.end], op.kind, old)
    return _trimmed(out)


def _add(out: list[CellPiece], text: str, op: OpKind, old: str = "") -> None:
    if not text:
        return
    if op is OpKind.EQUAL:
        _plain(out, text, base=False)
        return
    core = text.rstrip()
    tail = text[len(core) :]
    base = op is OpKind.DELETE
    if base and core and _ends_paragraph(out):
        # Cut words after the version's paragraph end belong to that paragraph: strike them
        # in before the line break, not on a line of their own.
        last = out.pop()
        kept = last.text.rstrip()
        if kept:
            out.append(last._replace(text=kept))
        out.append(CellPiece(" ", OpKind.EQUAL, "", True))
        out.append(CellPiece(core, op, old, True))
        out.append(last._replace(text=last.text[len(kept) :]))
        return
    if core:
        out.append(CellPiece(core, op, old, base))
    if tail and base:  # the base's spacing after cut words: one space or one line break
        _plain(out, "\n" if "\n" in tail else " ", base=True)
    elif tail:
        _plain(out, tail, base=False)


def _ends_paragraph(out: list[CellPiece]) -> bool:
    """The cell so far ends with the version's own white space holding a line break."""
    if not out or out[-1].op is not OpKind.EQUAL or out[-1].base:
        return False
    text = out[-1].text
    return "\n" in text[len(text.rstrip()) :]


def _plain(out: list[CellPiece], text: str, *, base: bool) -> None:
    last = out[-1] if out else None
    if last is not None and last.op is OpKind.EQUAL and last.base == base:
        out[-1] = last._replace(text=last.text + text)
    else:
        out.append(CellPiece(text, OpKind.EQUAL, "", base))


def _trimmed(out: list[CellPiece]) -> tuple[CellPiece, ...]:
    while out and not out[-1].text.rstrip():
        out.pop()
    if out and out[-1].op is OpKind.EQUAL:
        out[-1] = out[-1]._replace(text=out[-1].text.rstrip())
    return tuple(out)
