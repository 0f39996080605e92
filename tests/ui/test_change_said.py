"""The status line says which change is current however it was reached: n and Alt+Down,
Enter or a click in the changes list, Ctrl+J (found by a keyboard-only tester: after Enter
in the changes list it still said the change of before, and the next n one past the one
outlined)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import MOVED_PARAS, open_and_wait, press, write_moved_pair
from wirediff.core.result import RowKind
from wirediff.ui.shell.window import MainWindow

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
PARAS = MOVED_PARAS


def kind(comparison: object, index: int) -> str:
    """A change's kind in the word the status line says it with."""
    from wirediff.ui.diff.plan import KIND_WORDS

    return KIND_WORDS[str(comparison.changes[index].kind)]  # type: ignore[attr-defined]


def test_enter_and_a_click_in_the_changes_list_say_the_change(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    comparison = window.diff.comparison
    assert comparison is not None and len(comparison.changes) > 6
    total = len(comparison.changes)
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_Down, ALT)
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert window.status_label.text() == f"Change 2 of {total}: {kind(comparison, 1)}"
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.changes.view.hasFocus()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert window.diff.current == 4
    assert window.status_label.text() == f"Change 5 of {total}: {kind(comparison, 4)}"
    press(qtbot, Qt.Key.Key_N)
    assert window.status_label.text() == f"Change 6 of {total}: {kind(comparison, 5)}"
    view = window.changes.view  # a click on a change's row
    rect = view.visualRect(window.changes.model.index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.diff.current == 2
    assert window.status_label.text() == f"Change 3 of {total}: {kind(comparison, 2)}"


def test_ctrl_j_says_the_change_it_goes_to(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, write_moved_pair(tmp_path))
    comparison = window.diff.comparison
    assert comparison is not None
    total = len(comparison.changes)
    origin = next(r for r in comparison.rows if r.kind == RowKind.MOVED and r.left is not None)
    press(qtbot, Qt.Key.Key_2, CTRL)
    while (
        window.diff.current is None or comparison.changes[window.diff.current].row != origin.index
    ):
        press(qtbot, Qt.Key.Key_Down, ALT)
    before = window.status_label.text()
    press(qtbot, Qt.Key.Key_J, CTRL)
    current = window.diff.current
    # (a move is one change: Ctrl+J keeps it current and says where it went, and back)
    assert current is not None and window.diff.at_other_place() == origin.link
    there = f"Change {current + 1} of {total}: moved — its other place, row {origin.link + 1}"  # type: ignore[operator]
    assert window.status_label.text() == f"{there} (Ctrl+J to go back)"
    press(qtbot, Qt.Key.Key_J, CTRL)
    said = f"Change {current + 1} of {total}: moved"  # (the kind in a word: a low-vision
    assert window.status_label.text() == said == before  # walkthrough had colours alone)


def test_stepping_to_a_change_says_its_section(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """n says the Part and section a change of a bill is in, as does its tooltip in the
    changes list (an analyst of a 100-page bill had the row number alone to go by)."""
    from tests.core.test_sections import BILL

    old, new = tmp_path / "bill_v1.txt", tmp_path / "bill_v2.txt"
    old.write_text(BILL, encoding="utf-8")
    new.write_text(
        BILL.replace("cited as", "called").replace("three years", "five years"), encoding="utf-8"
    )
    open_and_wait(qtbot, window, [old, new])
    comparison = window.diff.comparison
    assert comparison is not None and len(comparison.changes) == 2
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_N)
    first = "Change 1 of 2: replaced · in \u2068Part 1 — Preliminary › 1. Short title\u2069"
    assert window.status_label.text() == first
    press(qtbot, Qt.Key.Key_N)
    said = "Change 2 of 2: replaced · in \u2068Part 2 — Licensing › 15\u2069"
    assert window.status_label.text() == said
    tip = window.changes.model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "In \u2068Part 2 — Licensing › 15\u2069" in tip


def test_h_steps_through_the_sections_of_a_draft(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Go ▸ Next section: a policy analyst walked a 100-page bill's diff change by change,
    or by Find, to reach a Part or a section."""
    from tests.core.test_sections import BILL

    old, new = tmp_path / "bill_v1.txt", tmp_path / "bill_v2.txt"
    old.write_text(BILL, encoding="utf-8")
    new.write_text(BILL.replace("three years", "five years"), encoding="utf-8")
    open_and_wait(qtbot, window, [old, new])
    press(qtbot, Qt.Key.Key_2, CTRL)
    said = []
    for _ in range(4):
        press(qtbot, Qt.Key.Key_H)
        said.append(window.status_label.text())
    assert said[0] == "Section 1 of 6: \u2068Part 1 — Preliminary\u2069"
    assert said[1] == "Section 2 of 6: \u2068Part 1 — Preliminary › 1. Short title\u2069"
    assert said[3] == "Section 4 of 6: \u2068Part 2 — Licensing › 14. Penalties\u2069"
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert window.status_label.text() == said[2]
    comparison = window.diff.comparison
    assert comparison is not None
    top, bottom = window.diff.visible_rows()
    heading = "Part 2 — Licensing"
    rows = [
        r.index
        for r in comparison.rows
        if r.right and heading in comparison.right_text[r.right.start : r.right.end]
    ]
    assert rows and top <= rows[0] <= bottom
