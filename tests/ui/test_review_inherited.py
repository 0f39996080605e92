"""The document list counts the flags and notes its pairs show, those inherited from an
earlier text of a file edited in place included (the list counted only marks stored on the
exact texts: the diff showed a flag the list did not)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS, key, open_and_wait, settle
from wirediff.ui.doclist.columns import MARK
from wirediff.ui.shell.window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier


def doc_of(window: MainWindow, name: str) -> int:
    return next(i for i, d in enumerate(window.documents) if d.path.name.startswith(name))


def tip(window: MainWindow, doc: int) -> str:
    cell = window.doc_list.cells.cell(doc, MARK)
    assert cell is not None
    return cell.toolTip()


def test_a_flag_inherited_by_an_edited_file_shows_in_the_list(
    qtbot, window: MainWindow, news: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [news])
    pane = window.diff.right
    pane.setFocus()
    key(qtbot, pane, Qt.Key.Key_Home, ALT)
    key(qtbot, pane, Qt.Key.Key_Down, ALT)  # change 2
    key(qtbot, pane, Qt.Key.Key_F)
    second = doc_of(window, "001")
    assert window.doc_list.cells.marks()[second] == "⚑"

    edited = next(news.glob("001*"))
    with edited.open("a", encoding="utf-8") as out:
        out.write("\nThis story was updated.\n")  # edited in place: a new text, same path
    window.doc_list.view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, window.doc_list.view, Qt.Key.Key_F5)
    settle(qtbot, window)
    second = doc_of(window, "001")
    assert window.doc_list.selected() == second
    qtbot.waitUntil(lambda: window.changes.model.index(1, 2).data() == "⚑", timeout=WAIT_MS)
    assert window.doc_list.cells.marks()[second] == "⚑"  # the list says what the pair shows
    assert tip(window, second) == "Its pair with the left side: 1 flag"

    pane.setFocus()
    key(qtbot, pane, Qt.Key.Key_Home, ALT)
    key(qtbot, pane, Qt.Key.Key_Down, ALT)
    key(qtbot, pane, Qt.Key.Key_R)  # reviewed: this pair's own mark, with the inherited flag
    assert window.doc_list.cells.marks()[second] == "✓⚑"
    key(qtbot, pane, Qt.Key.Key_F)  # the inherited flag taken off
    assert window.changes.model.index(1, 2).data() == ""
    assert window.doc_list.cells.marks()[second] == "✓"
    assert tip(window, second) == "Its pair with the left side: reviewed"
