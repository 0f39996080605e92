"""Two windows (two processes, or two people on one account) on one review store: what one
writes shows in the other — when the other is activated, and within seconds in one left
beside it — in its list, its changes panel and its diff alike (it showed nothing until
restarted, and its list disagreed with its panel)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import WAIT_MS, key, open_and_wait, pair, settle
from wirediff.ui.shell.reviewing import STORE_CHECK_MS
from wirediff.ui.shell.window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier


def use(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The user clicks into ``window``."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def two_windows(qtbot, make_window: Callable[..., MainWindow], news: Path):  # type: ignore[no-untyped-def]
    a, b = make_window(), make_window()
    for window in (a, b):
        use(qtbot, window)
        open_and_wait(qtbot, window, [news])
        assert pair(window) == ("000", "001")
    return a, b


def marks(window: MainWindow) -> list[str]:
    found = window.doc_list.cells.marks()
    return [found[d] for d in range(len(window.documents))]


def test_marks_made_in_another_window_show_when_this_one_is_activated(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = two_windows(qtbot, make_window, news)
    pane = b.diff.right
    pane.setFocus()
    key(qtbot, pane, Qt.Key.Key_Home, ALT)
    key(qtbot, pane, Qt.Key.Key_Down, ALT)  # change 2
    key(qtbot, pane, Qt.Key.Key_F)
    key(qtbot, pane, Qt.Key.Key_R)
    assert marks(b) == ["◆", "✓⚑", "", "", ""]

    use(qtbot, a)  # back in the first window: the list, the panel and the diff all show it
    assert marks(a) == ["◆", "✓⚑", "", "", ""]
    assert a.changes.model.index(1, 2).data() == "⚑" and a.diff.flags == {1}
    assert a.changes.review_line.text().startswith("✓ Reviewed")

    a.doc_list.view.setFocus()
    with qtbot.waitSignal(a.comparison_shown, timeout=WAIT_MS):
        key(qtbot, a.doc_list.view, Qt.Key.Key_U)  # u agrees with the list: 001 is done
    assert pair(a) == ("000", "002")
    key(qtbot, a.doc_list.view, Qt.Key.Key_R)
    use(qtbot, b)
    assert marks(b) == ["◆", "✓⚑", "✓", "", ""]


def test_a_window_left_beside_the_one_in_use_catches_up_within_seconds(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = two_windows(qtbot, make_window, news)  # b is the window in use
    b.diff.right.setFocus()
    key(qtbot, b.diff.right, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(b.changes.note_editor.text, "Asharq appended an unrelated story")
    key(qtbot, b.changes.note_editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeWindow() is b
    qtbot.waitUntil(lambda: marks(a)[1] == "⚑", timeout=STORE_CHECK_MS * 3)
    assert "On this pair: Asharq appended" in a.changes.review_line.text()
    assert QApplication.activeWindow() is b  # a was never activated


def test_story_corrections_made_in_another_window_are_said_and_applied_by_f5(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = two_windows(qtbot, make_window, news)
    index = a.index
    assert index is not None and index.story_of(1).documents == (0, 1)
    with qtbot.waitSignal(b.stories_ready, timeout=WAIT_MS):
        b.actions_["independent"].trigger()  # Stories ▸ The pair: independent texts
    settle(qtbot, b)
    assert b.index is not None and b.index.story_of(1).documents == (1,)

    use(qtbot, a)  # its grouping is not the store's any more: said, not hidden
    assert "changed in another window" in a.status_label.text()
    assert "F5" in a.status_label.text()
    a.doc_list.view.setFocus()
    with qtbot.waitSignal(a.stories_ready, timeout=WAIT_MS):
        key(qtbot, a.doc_list.view, Qt.Key.Key_F5)
    settle(qtbot, a)
    assert a.index is not None and a.index.story_of(1).documents == (1,)
