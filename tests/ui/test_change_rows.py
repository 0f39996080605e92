"""The change list's rows: built in the worker as a model Qt reads without Python (a Python
model's paint waited 60–70 ms for the GIL behind a busy worker), marks set on the rows
that change, the columns' widths kept from pair to pair."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.ui.panels.change_rows import change_rows
from wirediff.ui.shell.window import MainWindow

TIP = Qt.ItemDataRole.ToolTipRole


def test_rows_are_a_plain_item_model_with_marks_set_where_they_change(qapp) -> None:  # type: ignore[no-untyped-def]
    rows = change_rows(["replace", "insert", "move"], ["a → b", "+ <b>new</b>", "⇄ moved"])
    model = rows.model
    assert type(model) is QStandardItemModel  # no Python data(): Qt reads it in C++
    assert [model.index(r, 1).data() for r in range(3)] == ["changed", "inserted", "moved"]
    assert [model.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    assert "&lt;b&gt;new&lt;/b&gt;" in model.index(1, 3).data(TIP)  # text is data
    header = Qt.Orientation.Horizontal
    assert model.headerData(2, header) == "⚑"
    assert model.headerData(2, header, Qt.ItemDataRole.AccessibleTextRole) == "Flag and note"
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    rows.set_marks({0}, {2: "check <this>"})
    assert [model.index(r, 2).data() for r in range(3)] == ["⚑", "", "✎"]
    assert model.index(2, 3).data().startswith("⇄ moved") and "check <this>" in model.index(
        2, 3
    ).data().replace("\u2068", "").replace("\u2069", "")
    assert "Flagged" in model.index(0, 2).data(TIP) and "Note: check &lt;this&gt;" in (
        model.index(2, 3).data(TIP)
    )
    assert {row for row, _ in changed} == {0, 2}  # the unmarked row not set again
    changed.clear()
    rows.set_marks({0, 1}, {2: "check <this>"})
    assert {row for row, _ in changed} == {1} and model.index(1, 2).data() == "⚑"
    rows.set_marks(set(), {})
    assert [model.index(r, 2).data() for r in range(3)] == ["", "", ""]
    assert model.index(2, 3).data() == "⇄ moved" and "Note" not in model.index(2, 3).data(TIP)
    rows.set_marks({7}, {9: "stale"})  # marks of rows this pair does not have: ignored
    assert [model.index(r, 2).data() for r in range(3)] == ["", "", ""]


def test_a_column_width_the_reader_set_stays_from_pair_to_pair(
    qtbot, window: MainWindow, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, sample_paths)
    changes = window.changes
    first = changes.rows
    assert changes.model.rowCount() == len(first.excerpts) > 0
    header = changes.view.header()
    header.resizeSection(0, 77)
    header.moveSection(3, 2)  # the words before the marks
    shown = window.shown
    assert shown is not None
    window.doc_list.select(2)
    qtbot.waitUntil(lambda: changes.rows is not first, timeout=WAIT_MS)
    assert changes.model.rowCount() == len(changes.rows.excerpts)
    assert header.sectionSize(0) == 77 and header.visualIndex(3) == 2
    assert changes.model.index(0, 1).data()
