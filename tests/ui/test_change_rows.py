"""The change list's rows: built in the worker as a model Qt reads without Python (a Python
model's paint waited 60–70 ms for the GIL behind a busy worker), marks set on the rows
that change, the columns' widths kept from pair to pair."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.ui.panels.change_rows import change_rows
from wirediff.ui.panels.changes import CHANGE_ROOM
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


def _fits(window: MainWindow) -> bool:
    """The change list's columns fill its width: no horizontal scroll bar."""
    view = window.changes.view
    header = view.header()
    shown = sum(header.sectionSize(c) for c in range(header.count()))
    return shown == view.viewport().width() and view.horizontalScrollBar().maximum() == 0


def test_a_short_list_of_long_changes_shows_their_words(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A list short enough for no vertical scroll bar cut the words to ten letters behind
    a horizontal one: the stretched last column kept the 100 pixels it started with, and
    Kind gave way only when the words had less than ten letters. Found by a reviewer."""
    said = " ".join(["The minister said the talks would go on through the night."] * 3)
    base = tmp_path / "a.txt"
    base.write_text("\n\n".join(f"Paragraph {n} stays as it was." for n in range(3)), "utf-8")
    longer = tmp_path / "b.txt"
    longer.write_text(
        "\n\n".join(f"{said} Paragraph {n} stays as it was." for n in range(3)), "utf-8"
    )
    many = tmp_path / "c.txt"
    many.write_text("\n\n".join(f"{said} Item {n} is new." for n in range(60)), "utf-8")
    window.resize(1400, 860)
    open_and_wait(qtbot, window, [base, longer])
    view = window.changes.view
    header = view.header()
    # The reviewer's panel: room for Kind and ten letters, not for the 100 pixels.
    wide = header.sectionSize(0) + header.sectionSize(2) + window.changes._kind_width + 95
    sizes = window.splitter.sizes()
    more = wide - view.viewport().width()
    window.splitter.setSizes([sizes[0], sizes[1] - more, sizes[2] + more])
    qtbot.waitUntil(lambda: view.viewport().width() == wide, timeout=WAIT_MS)
    assert 0 < window.changes.model.rowCount() < 5 and not view.verticalScrollBar().isVisible()
    qtbot.waitUntil(lambda: _fits(window), timeout=WAIT_MS)
    words = header.sectionSize(3)
    assert words >= view.viewport().width() // 2  # most of the width, not ten letters
    assert header.isSectionHidden(1)  # Kind gave way in a panel this narrow
    # Many changes bring a vertical scroll bar: the columns fit the narrower list.
    open_and_wait(qtbot, window, [base, many])
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _fits(window), timeout=WAIT_MS)
    # A wider panel has room for Kind again, and the words keep CHANGE_ROOM.
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] - 300, sizes[2] + 300])
    qtbot.waitUntil(lambda: not header.isSectionHidden(1), timeout=WAIT_MS)
    assert _fits(window)
    least = view.fontMetrics().horizontalAdvance(CHANGE_ROOM)
    assert header.sectionSize(3) >= least
    # A column the reader widens leaves the rest to the words, still without a scroll bar.
    header.resizeSection(0, header.sectionSize(0) + 40)
    assert _fits(window)


def test_another_pairs_list_starts_at_its_top(
    qtbot, window: MainWindow, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """The list kept the last pair's scroll: the next pair's first changes were out of sight."""
    open_and_wait(qtbot, window, sample_paths)
    changes = window.changes
    bar = changes.view.verticalScrollBar()
    window.doc_list.select(4)  # the wire story against an independent report: many changes
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    first = changes.rows
    bar.setValue(bar.maximum())
    window.doc_list.select(3)
    qtbot.waitUntil(lambda: changes.rows is not first, timeout=WAIT_MS)
    assert bar.value() == 0
