"""Room for the diff: in a 1024×640 window the two panes get more than half the width (the
changes panel folds into a tab beside the list), F9 hides the side panels (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import open_and_wait
from wirediff.ui.shell.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def panes_share(window: MainWindow) -> float:
    return (window.diff.left.width() + window.diff.right.width()) / window.width()


def test_a_small_window_gives_the_diff_most_of_its_width(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(resize=False)
    window.resize(1024, 640)
    open_and_wait(qtbot, window, [sample_dir])
    side = window.parts.side
    assert side.folded and side.tabs.count() == 2
    qtbot.waitUntil(lambda: panes_share(window) >= 0.55)
    assert window.doc_list.isVisible() and not window.changes.isVisible()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_3, CTRL)  # focus changes: its tab
    assert window.changes.isVisible() and window.changes.view.hasFocus()
    qtbot.keyClick(window.changes.view, Qt.Key.Key_1, CTRL)
    assert window.doc_list.isVisible() and window.doc_list.view.hasFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F9)  # the diff alone
    qtbot.waitUntil(lambda: panes_share(window) >= 0.9)
    assert not window.doc_list.isVisible()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.doc_list.isVisible())


def test_a_wide_window_keeps_three_columns_and_unfolds(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(resize=False)
    window.resize(1024, 640)
    open_and_wait(qtbot, window, [sample_dir])
    window.resize(1400, 900)
    side = window.parts.side
    qtbot.waitUntil(lambda: not side.folded)
    assert window.changes.isVisible() and window.doc_list.isVisible()
    assert side.tabs.count() == 1 and not side.tabs.tabBar().isVisible()
    assert window.splitter.sizes()[2] > 150
