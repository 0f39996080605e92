"""A moved unit shows where it went, and jumps there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

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
    assert window.diff.current is not None
    assert comparison.changes[window.diff.current].row == origin.link
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
    current = window.diff.current
    assert current is not None and comparison.changes[current].row == origin.link
