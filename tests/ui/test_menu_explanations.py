"""Menus say what their entries do: on the status line while an entry is highlighted, from
the keyboard too, and in a tooltip under the mouse (a keyboard-only walkthrough, ux194)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.ui.shell.window import MainWindow

NONE = Qt.KeyboardModifier.NoModifier


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_a_menu_entry_highlighted_from_the_keyboard_says_what_it_does(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """The explanations of some 30 entries (what "The pair: independent texts" does to the
    stories) were tooltips a menu never shows, and no entry had a status tip: Alt+S, Down
    to it, and the status line still told the pair."""
    open_and_wait(qtbot, window, [sample_dir])
    qtbot.waitUntil(window.grouped, timeout=WAIT_MS)
    window.doc_list.view.setFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Stories")
    qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
    assert menu.toolTipsVisible()
    wanted = window.actions_["independent"]
    for _ in range(len(menu.actions())):
        if menu.activeAction() is wanted:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down, NONE)
    assert menu.activeAction() is wanted
    said = window.statusBar().currentMessage()
    assert said == "The document on the right leaves the story of the left one"
    qtbot.keyClick(menu, Qt.Key.Key_Up, NONE)
    assert window.statusBar().currentMessage() != said  # (the entry above says its own)
    qtbot.keyClick(menu, Qt.Key.Key_Escape, NONE)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=WAIT_MS)


def test_an_entry_whose_tooltip_is_its_label_says_nothing_more(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's own tooltip of an entry is its label: said again on the status line, it would
    only hide the line's message."""
    from PySide6.QtGui import QAction

    from wirediff.ui.widgets.key_menu import explanation

    plain = QAction("&Open folder...")
    assert explanation(plain) == ""
    plain.setToolTip("Read every file of a folder")
    assert explanation(plain) == "Read every file of a folder"
    plain.setToolTip("<p style='white-space:pre-wrap'>a &lt;b&gt; title</p>")
    assert explanation(plain) == "a <b> title"


def test_a_label_with_an_ellipsis_or_a_double_ampersand_is_no_explanation(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's default tooltip drops "…" as it drops "..." and reads "&&" as "&": "Open
    &folder…" and "Flags && n&otes…" had their labels set as their status tips (11 entries,
    a review)."""
    from PySide6.QtGui import QAction

    from wirediff.ui.widgets.key_menu import bare_label, explanation

    for label, bare in (
        ("Open &folder…", "Open folder"),
        ("Flags && n&otes…", "Flags & notes"),
        ("R&&D && &more...", "R&D & more"),
        ("Сравнить &версии…", "Сравнить версии"),
    ):
        assert bare_label(label) == bare
        assert explanation(QAction(label)) == ""
        said = QAction(label)
        said.setToolTip(f"{bare}, and what it does")
        assert explanation(said) == f"{bare}, and what it does"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_no_menu_entry_says_its_own_label_on_the_status_line(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Highlighting File ▸ Open folder… put "Open folder" on the status line, where the
    line was cleared before, and a screen reader said the entry twice (a review)."""
    from wirediff.ui.widgets.key_menu import KeyMenu, bare_label

    open_and_wait(qtbot, window, [sample_dir])
    menus = window.findChildren(KeyMenu)
    assert menus
    for menu in menus:
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.text():
                assert action.statusTip() != bare_label(action.text()), action.text()
    window.doc_list.view.setFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Review")
    qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
    entry = window.actions_["flags_and_notes"]
    assert entry.statusTip() == ""
    window.statusBar().showMessage("the pair's message")
    for _ in range(len(menu.actions())):
        if menu.activeAction() is entry:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down, NONE)
    assert menu.activeAction() is entry
    # (the line is cleared, as it was before entries had status tips)
    assert window.statusBar().currentMessage() == ""
    qtbot.keyClick(menu, Qt.Key.Key_Escape, NONE)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=WAIT_MS)
