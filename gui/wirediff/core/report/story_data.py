"""A story table as JSON (documented in the README) and as CSV (one line per table row, two
columns per version), written by ``textsafe.csv_table``: no cell a spreadsheet would run as a
formula, whatever separator it splits on; control characters shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wirediff.core.display import date_fields, doc_heading
from wirediff.core.document import Document
from wirediff.core.jsontext import json_text
from wirediff.core.report.provenance import shown_path
from wirediff.core.result import ChangeKind, Span
from wirediff.core.storytable import CellState, RowKind, StoryTable, TableRow
from wirediff.core.textsafe import csv_table

FORMAT = "wirediff.story"
VERSION = 1


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _document(doc: Document, folder: Path | None) -> dict[str, Any]:
    return {
        "path": shown_path(doc.path, folder),
        "title": doc.title,
        "source": doc.source,
        **date_fields(doc),  # date, date_source, published ("" when undated)
        "heading": doc_heading(doc),
        "text": doc.text,
    }


def _cell(table: StoryTable, row: TableRow, column: int) -> dict[str, Any]:
    cell = row.cells[column]
    pieces = []
    for piece in table.pieces(row.index, column):
        item: dict[str, Any] = {"op": piece.op.value, "text": piece.text}
        if piece.old:
            item["old"] = piece.old
        if piece.base:
            item["base"] = True
        pieces.append(item)
    return {
        "state": cell.state.value,
        "span": _span(cell.span),
        "pieces": pieces,
        "moved_to": list(cell.moved_to),
        "moved_from": list(cell.moved_from),
        "pair_rows": list(cell.pair_rows),
        # the paragraph breaks the version tells here: "split", "join"
        "paragraphs": [kind.value for kind in table.breaks(row.index, column)],
    }


def _tally(row: TableRow) -> dict[str, int]:
    t = row.tally
    if row.kind is RowKind.BASE:
        return {"equal": t.equal, "changed": t.changed, "moved": t.moved, "cut": t.cut}
    return {"added": t.added, "moved": t.moved, "absent": t.absent}


def to_data(
    table: StoryTable,
    *,
    story: int | None = None,
    folder: Path | None = None,
    boilerplate: bool = True,
) -> dict[str, Any]:
    """The table as plain data. ``story``: its id in the folder's stories; ``folder``: paths
    are shown relative to it; ``boilerplate``: whether the texts still hold it."""
    columns = []
    for column in table.columns:
        s = column.comparison.stats
        columns.append(
            {
                "index": column.index,
                **_document(column.doc, folder),
                "stats": {
                    "kept": round(s.left_in_right, 4),
                    "reused": round(s.right_in_left, 4),
                    "similarity": round(s.similarity, 4),
                    "words": s.right_words,
                    "words_added": s.words_added,
                    "words_cut": s.words_deleted,
                    "words_changed": s.words_changed,
                    "units_moved": s.units_moved,
                },
            }
        )
    rows = [
        {
            "index": row.index,
            "kind": row.kind.value,
            "base": _span(row.base),
            "text": table.base_text(row.index),
            "tally": _tally(row),
            "cells": [_cell(table, row, k) for k in range(len(table.columns))],
        }
        for row in table.rows
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "story": story,
        "title": table.base.title,
        "folder": None if folder is None else folder.as_posix(),
        "boilerplate": "kept" if boilerplate else "left out",
        "options": table.options.to_dict(),
        "base": _document(table.base, folder),
        "columns": columns,
        "rows": rows,
    }


def to_json(
    table: StoryTable,
    *,
    story: int | None = None,
    folder: Path | None = None,
    boilerplate: bool = True,
) -> str:
    """``to_data`` as indented JSON (UTF-8 text, not ASCII-escaped)."""
    data = to_data(table, story=story, folder=folder, boilerplate=boilerplate)
    return json_text(data)


def _rows(rows: tuple[int, ...]) -> str:
    return ", ".join(str(r + 1) for r in rows)


def state_label(table: StoryTable, row: int, column: int) -> str:
    """A cell's state in words, with the rows (from 1) its moved units went to or came
    from: "changed, moved to row 7", "moved from row 2"."""
    cell = table.cell(row, column)
    words = [] if cell.state is CellState.MOVED else [cell.state.value]
    if cell.moved_to:
        words.append(f"moved to row {_rows(cell.moved_to)}")
    if cell.moved_from:
        words.append(f"moved from row {_rows(cell.moved_from)}")
    words += [BREAK_WORDS[kind] for kind in table.breaks(row, column)]
    return ", ".join(words) or cell.state.value


# A cell's paragraph breaks in words (``StoryTable.breaks``).
BREAK_WORDS = {ChangeKind.SPLIT: "paragraph split", ChangeKind.JOIN: "paragraphs joined"}


def to_csv(table: StoryTable, *, folder: Path | None = None, bom: bool = False) -> str:
    """One line per table row: ``row`` (from 1), ``kind``, ``base`` (the base unit),
    ``equal``, ``changed``, ``moved``, ``cut``, ``added``, then per version its text in the
    row and its state (``equal``, ``changed``, ``moved to row N``, ``cut``, ``added``,
    ``moved from row N``, ``absent``), headed by the version's path. ``bom``: for a file
    (see ``csv_table``)."""
    head: list[object] = ["row", "kind", "base", "equal", "changed", "moved", "cut", "added"]
    for column in table.columns:
        path = shown_path(column.doc.path, folder)
        head += [path, f"{path} (state)"]
    lines = [head]
    for row in table.rows:
        t = row.tally
        line: list[object] = [str(row.index + 1), row.kind.value, table.base_text(row.index)]
        line += [str(n) for n in (t.equal, t.changed, t.moved, t.cut, t.added)]
        for k in range(len(table.columns)):
            line += [table.cell_text(row.index, k), state_label(table, row.index, k)]
        lines.append(line)
    return csv_table(lines, bom=bom)
