"""A moved unit shows where it went, and jumps there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.helpers import MOVED_PARAS, open_and_wait, write_moved_pair
from wirediff.core.result import RowKind
from wirediff.ui.diff.plan import LABEL
from wirediff.ui.shell.window import MainWindow

PARAS = MOVED_PARAS


def test_moved_unit_is_labelled_and_jumps(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("\n\n".join(PARAS), encoding="utf-8")
    moved = [PARAS[0], PARAS[2], PARAS[3], PARAS[4], PARAS[1]]
    right.write_text("\n\n".join(moved), encoding="utf-8")
    open_and_wait(qtbot, window, [left, right])
    comparison = window.diff.comparison
    assert comparison is not None
    moved_rows = [r for r in comparison.rows if r.kind == RowKind.MOVED]
    assert len(moved_rows) == 2
    origin = next(r for r in moved_rows if r.left is not None)
    plan = window.diff.right.plan
    assert plan is not None
    (block,) = plan.rows.blocks(origin.index)
    assert plan.blocks[block].kind == LABEL
    label = window.diff.right.block(block).text()
    assert f"moved to row {origin.link + 1}" in label  # type: ignore[operator]
    move = next(c for c in comparison.changes if c.row == origin.index)
    window.diff.go_to_change(move.index)
    window.commands.jump_moved()
    # (a move is one change: its other place on screen, the move still current)
    assert window.diff.current == move.index and window.diff.at_other_place() == origin.link
    first, last = window.diff.visible_rows()
    assert first <= origin.link <= last  # type: ignore[operator]
    window.commands.jump_moved()  # and back
    assert window.diff.current == move.index and window.diff.at_other_place() is None
    window.commands.jump_moved()
    # A click on the label jumps back.
    window.diff.right.link_clicked.emit(origin.index)
    assert comparison.changes[window.diff.current].row == origin.index


def test_the_label_names_the_key_that_jumps(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The label said "(click to jump)": a keyboard-only tester did not learn of Ctrl+J.
    It names the key the action has, and that key, pressed on the moved unit, jumps."""
    open_and_wait(qtbot, window, write_moved_pair(tmp_path))
    comparison = window.diff.comparison
    assert comparison is not None
    key = window.actions_["jump_moved"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    origin = next(r for r in comparison.rows if r.kind == RowKind.MOVED and r.left is not None)
    pane = window.diff.right
    assert pane.plan is not None
    (block,) = pane.plan.rows.blocks(origin.index)
    label = pane.block(block).text()
    assert label.endswith(f"(click or {key} to jump)"), label
    pane.setFocus()
    while (
        window.diff.current is None or comparison.changes[window.diff.current].row != origin.index
    ):
        qtbot.keyClick(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keySequence(pane, QKeySequence(key))
    assert window.diff.at_other_place() == origin.link


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_right_click_in_a_pane_offers_the_review_on_the_change_clicked(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A right click in a pane offered Copy and Select All alone: flagging, a note, marking
    the pair reviewed were in the Review menu or on keys. The change clicked is made
    current, so the menu's Flag flags it. Found by a mouse-first fact-checker."""
    left = "\n\n".join(PARAS)
    right = left.replace("Monday", "Tuesday").replace("several roads", "two roads")
    (tmp_path / "a.txt").write_text(left, encoding="utf-8")
    (tmp_path / "b.txt").write_text(right, encoding="utf-8")
    open_and_wait(qtbot, window, [tmp_path / "a.txt", tmp_path / "b.txt"])
    diff, pane = window.diff, window.diff.right
    comparison = diff.comparison
    assert comparison is not None and len(comparison.changes) == 2
    diff.go_to_change(0)
    second = comparison.changes[1]
    assert second.right is not None and pane.plan is not None
    position = pane.plan.position(second.row, "right", second.right.start + 1)
    assert position is not None
    menu = _right_click(qtbot, pane, position)
    assert diff.current == 1  # the change clicked
    offered = {a.text(): a for a in menu.actions()}
    assert "&Flag current change" in offered and "Mark pair &reviewed" in offered
    assert not offered["Other place of a &moved unit"].isEnabled()  # no move here
    # its keys drawn as typed, "f" not "F" (Shift+M is another action: a re-check)
    from wirediff.ui.widgets.key_menu import KeyMenu

    assert isinstance(menu, KeyMenu) and any("Copy" in text for text in offered)
    flag = offered["&Flag current change"]
    menu.close()
    assert flag.isEnabled() and window.actions_["jump_moved"].isEnabled()  # keys say why
    flag.trigger()
    assert 1 in diff.flags


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_menus_say_unflag_on_a_flagged_change_and_not_reviewed_on_a_reviewed_pair(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The pane's menu said "Flag current change" on a change flagged already (it unflags)
    and offered the jump to a moved unit's other place from a change that was no move.
    Found by a re-check of a mouse-first fact-checker's walkthrough."""
    write_moved_pair(tmp_path)
    open_and_wait(qtbot, window, [tmp_path / "a.txt", tmp_path / "b.txt"])
    diff, pane = window.diff, window.diff.right
    comparison = diff.comparison
    assert comparison is not None
    move = next(c for c in comparison.changes if comparison.rows[c.row].link is not None)
    diff.go_to_change(move.index)
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_F)
    qtbot.keyClick(pane, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: move.index in diff.flags)
    side = "left" if move.left is not None and move.left.start < move.left.end else "right"
    span, pane = (move.right, pane) if side == "right" else (move.left, diff.left)
    assert span is not None and pane.plan is not None
    position = pane.plan.position(move.row, side, span.start + 1)
    assert position is not None
    menu = _right_click(qtbot, pane, position)
    offered = {a.text(): a for a in menu.actions()}
    assert "Un&flag current change" in offered and "Mark pair not &reviewed" in offered
    assert offered["Other place of a &moved unit"].isEnabled()
    menu.close()
    assert window.actions_["flag"].text() == "&Flag current change"  # as built again
    assert window.actions_["reviewed"].text() == "Mark pair &reviewed"
    window.actions_["flag"].trigger()
    assert move.index not in diff.flags


def _right_click(qtbot, pane, position: int) -> QMenu:  # type: ignore[no-untyped-def]
    """A right click at a pane's document position: its context menu, open."""
    cursor = pane.textCursor()
    cursor.setPosition(position)
    at = pane.cursorRect(cursor).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, pane.viewport().mapToGlobal(at))
    QApplication.sendEvent(pane.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def test_the_change_strip_marks_a_move_at_both_its_places(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A move is one change, at its first place (a legal reviser's walkthrough stepped
    through a moved section twice): the strip still marks where it went."""
    from wirediff.ui.diff.view import _strip_marks

    open_and_wait(qtbot, window, write_moved_pair(tmp_path))
    comparison = window.diff.comparison
    assert comparison is not None
    moved = {r.index for r in comparison.rows if r.kind == RowKind.MOVED}
    (move,) = (c for c in comparison.changes if c.row in moved)
    assert {row for row, kind in _strip_marks(comparison) if kind == "move"} == moved
    assert move.row == min(moved)
