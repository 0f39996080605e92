"""Ctrl+K opens the story view on the version being read: its column, at the unit the
reader is at in its pair. It opened on the first version's first row whatever the list
selected, so Enter opened a pair other than the one she was reading (found by a reviewer
comparing Wikipedia revisions: haggis_263858 selected, the cursor on haggis_544cc3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS, levels_folder, open_and_wait, settle, write_long_story
from wirediff.ui.shell.parts import PAIR_PAGE, STORY_PAGE
from wirediff.ui.shell.window import MainWindow
from wirediff.ui.storyview.data import StoryTableData

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def ctrl_k(qtbot, window: MainWindow) -> StoryTableData:  # type: ignore[no-untyped-def]
    """Ctrl+K from where the keyboard is; the table once it is on screen."""
    focused = window.focusWidget() or window.doc_list.view
    qtbot.keyClick(focused, Qt.Key.Key_K, CTRL)
    view = window.parts.story_view
    assert window.parts.pages.currentIndex() == STORY_PAGE
    qtbot.waitUntil(lambda: not view.building() and view.model.data_ is not None, timeout=WAIT_MS)
    assert view.model.data_ is not None
    return view.model.data_


def select(qtbot, window: MainWindow, doc: int) -> None:  # type: ignore[no-untyped-def]
    window.doc_list.view.setFocus()
    window.doc_list.select(doc)
    qtbot.waitUntil(lambda: window.shown is not None and doc in window.shown.pair, timeout=WAIT_MS)
    settle(qtbot, window)


def test_ctrl_k_opens_on_the_version_selected_in_the_list(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = levels_folder(tmp_path / "levels")
    open_and_wait(qtbot, window, [folder])
    docs = {d.path.stem: i for i, d in enumerate(window.documents)}
    view = window.parts.story_view
    for name in ("rewrite", "edited", "copy"):
        select(qtbot, window, docs[name])
        data = ctrl_k(qtbot, window)
        assert data.docs[0] == docs["APP_source"]
        assert view.current() == (data.docs.index(docs[name]), 0), name
        qtbot.keyClick(view.table, Qt.Key.Key_Return)  # the pair she was reading
        assert window.parts.pages.currentIndex() == PAIR_PAGE
        assert window.shown is not None
        assert window.shown.pair == (docs["APP_source"], docs[name])
        assert not window.session.comparing.pending()  # (the same pair: not compared again)
        assert window.doc_list.selected() == docs[name]


def test_ctrl_k_on_the_base_facing_a_version_opens_on_that_version(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """b on a version makes it the base, the old base beside it: the story view opens on
    the old base's column (the version on screen), not on the first one."""
    folder = levels_folder(tmp_path / "levels")
    open_and_wait(qtbot, window, [folder])
    docs = {d.path.stem: i for i, d in enumerate(window.documents)}
    select(qtbot, window, docs["rewrite"])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)
    settle(qtbot, window)
    assert window.shown is not None
    assert window.shown.pair == (docs["rewrite"], docs["APP_source"])
    data = ctrl_k(qtbot, window)
    assert data.docs[0] == docs["rewrite"]
    assert window.parts.story_view.current() == (data.docs.index(docs["APP_source"]), 0)


def test_ctrl_k_from_the_pair_opens_at_the_unit_being_read(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Far down a version's pair, at a change: Ctrl+K puts the cursor on that version's
    row of that change, and Enter brings back the same change."""
    folder = write_long_story(tmp_path / "story", versions=6, units=30, seed=5)
    open_and_wait(qtbot, window, [folder])
    index = window.index
    assert index is not None
    (story,) = [s for s in index.stories if len(s.versions) == 6]
    version = story.versions[4].doc
    select(qtbot, window, version)
    assert window.shown is not None and window.shown.pair == (story.base, version)
    comparison = window.shown.plan.comparison
    assert len(comparison.changes) >= 4
    diff = window.diff
    diff.right.setFocus()
    for _ in range(len(comparison.changes) - 1):  # the last change but one, near the end
        qtbot.keyClick(diff.right, Qt.Key.Key_Down, ALT)
    current = diff.current
    assert current is not None and current == len(comparison.changes) - 2
    pair_row = comparison.changes[current].row
    data = ctrl_k(qtbot, window)
    column = data.docs.index(version)
    expected = data.table.columns[column - 1].table_rows[pair_row]
    assert expected > 5  # well down the table: not its top
    view = window.parts.story_view
    assert view.current() == (column, expected)
    cell = view.table.visualRect(view.model.index(expected, column))
    assert view.table.viewport().rect().intersects(cell)  # in sight
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    qtbot.waitUntil(lambda: diff.current is not None, timeout=WAIT_MS)
    assert comparison.changes[diff.current].row == pair_row  # type: ignore[index]
