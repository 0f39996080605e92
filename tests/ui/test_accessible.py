"""What a screen reader is told (found by fuzzing): every list, table and text box of the
window and its dialogs has a name and the role it is; the find box's count is its
description as it changes; the document list's mark cells say "base", "reviewed",
"flagged" in words; the heat map describes its cell before the cursor first moves; the
welcome view says what it is and which keys open a folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.core.reading import load_paths
from wirediff.core.stories import build_story_index
from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.doclist.columns import MARK
from wirediff.ui.panels.corrections import CorrectionsDialog, StoryPicker
from wirediff.ui.panels.flags import FlagsDialog
from wirediff.ui.panels.heatmap import HeatMap
from wirediff.ui.shell.window import MainWindow

Role = QAccessible.Role
CTRL = Qt.KeyboardModifier.ControlModifier


def told(widget: QWidget) -> tuple[Role, str, str]:
    """(role, name, description) as the accessibility interface says them."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.role(), face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_every_list_table_and_box_has_a_name(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    picker, flags, corrections = StoryPicker(window), FlagsDialog(window), CorrectionsDialog(window)
    expected = [
        (window.doc_list.view, Role.Tree, "Documents"),
        (window.doc_list.filter, Role.EditableText, "Filter documents"),
        (window.changes.view, Role.Tree, "Changes"),
        (window.changes.story.view, Role.Tree, "Versions of the story"),
        (window.changes.note_editor.text, Role.EditableText, "Note"),
        (window.diff.find_box, Role.EditableText, "Find in comparison"),
        (window.parts.story_view.table, Role.Table, "Story view: every version against the base"),
        (window.problems.list, Role.List, "Files that could not be read"),
        (window.welcome.recent, Role.List, "Recent folders"),
        (flags.view, Role.Tree, "Flags and notes"),
        (corrections.view, Role.Tree, "Corrections"),
        (picker.filter, Role.EditableText, "Filter the stories"),
        (picker.list, Role.List, "Stories"),
    ]
    for widget, role, name in expected:
        assert told(widget)[:2] == (role, name), widget.objectName()
    for widget in window.findChildren(QWidget):  # and no focusable list or box without one
        if isinstance(widget, HeatMap) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        role, name, _description = told(widget)
        if role in (Role.Tree, Role.List, Role.Table, Role.EditableText):
            assert name, f"{type(widget).__name__}#{widget.objectName()} has no name"


def test_the_find_count_is_announced(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    box = window.diff.find_box
    window.diff.right.setFocus()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(box, "Iraq")
    qtbot.waitUntil(lambda: "match" in box.accessibleDescription(), timeout=WAIT_MS)
    assert told(box)[2] == box.count.text()  # "12 matches", as drawn in the box
    qtbot.keyClick(box, Qt.Key.Key_Return)
    said = re.fullmatch(r"(\d+) of \d+, in the (left|right) pane", told(box)[2])
    assert said, told(box)[2]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert told(box)[2].startswith(f"{int(said[1]) + 1} of ")
    qtbot.keyClicks(box, "zzzz")
    qtbot.waitUntil(lambda: box.accessibleDescription() == "no match", timeout=WAIT_MS)


def mark_cell(window: MainWindow, doc: int) -> QModelIndex:
    """The mark cell of ``doc``'s row, as the view shows it."""
    proxy = window.doc_list.proxy
    found = proxy.match(
        proxy.index(0, 0), DOC_ROLE, doc, 1, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly
    )
    assert found
    return found[0].siblingAtColumn(MARK)


def test_mark_cells_say_their_marks_in_words(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    base, other = window.base, window.other
    assert base is not None and other is not None
    accessible = Qt.ItemDataRole.AccessibleTextRole
    assert mark_cell(window, base).data() == "◆"
    assert mark_cell(window, base).data(accessible) == "base"
    header = window.doc_list.proxy.headerData(MARK, Qt.Orientation.Horizontal, accessible)
    assert header == "Marks"  # the column's heading is empty on screen
    changes = window.changes.model
    flag_header = changes.headerData(2, Qt.Orientation.Horizontal, accessible)
    assert flag_header == "Flag and note"  # "⚑" on screen
    window.diff.right.setFocus()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_R)  # reviewed
    qtbot.keyClick(window.diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.diff.right, Qt.Key.Key_F)  # a flag on the first change
    qtbot.waitUntil(lambda: mark_cell(window, other).data() == "✓⚑", timeout=WAIT_MS)
    cell = mark_cell(window, other)
    assert cell.data(accessible) == "reviewed, flagged"
    assert "1 flag" in cell.data(Qt.ItemDataRole.AccessibleDescriptionRole)


def test_the_heat_map_describes_its_cell_before_a_move(qtbot, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    index = build_story_index(load_paths([sample_dir]).documents)
    heat = HeatMap()
    qtbot.addWidget(heat)
    heat.set_matrix(index, index.matrix(range(3)))
    assert heat.cell_cursor == (0, 1)
    assert told(heat)[1:] == ("Similarity heat map", heat.describe(0, 1))
    qtbot.keyClick(heat, Qt.Key.Key_Right)
    assert told(heat)[2] == heat.describe(0, 2)
    heat.clear()
    assert told(heat)[2] == ""


def test_the_welcome_view_says_what_it_is_and_what_to_do(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page the app starts on had no name: a screen reader said an unnamed pane. Its
    name says what it is; its description what to do, with the keys it shows on screen,
    which are the keys the window binds (found by a tester)."""
    welcome = window.welcome
    assert window.parts.stack.currentWidget() is welcome
    _role, name, description = told(welcome)
    assert name == "Welcome to wirediff: no folder is open"
    native = QKeySequence.SequenceFormat.NativeText
    keys = {
        action: window.actions_[action].shortcut().toString(native)
        for action in ("open_folder", "open_files", "cheat_sheet")
    }
    assert keys["open_folder"] and keys["open_files"] and keys["cheat_sheet"]
    for key in keys.values():
        assert key in description and key in welcome.keys.text()
    assert "Open folder" in description and "drop a folder" in description
    assert welcome.keys.isVisible()
    # What it says works: the first key opens the folder dialog, from the welcome view.
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_a, **_k: asked.append("folder") or ""
    )
    focused = QApplication.focusWidget()
    assert focused is not None and welcome.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_O, CTRL)
    assert asked == ["folder"]


def test_the_current_change_is_said_in_words_to_a_screen_reader(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """The panes show a change by colour and strike-through alone: a screen reader read a
    deleted sentence as if it were there, and stepping said "Change 2 of 33" and nothing
    of what changed. Found by a keyboard-only tester."""
    open_and_wait(qtbot, window, [sample_dir])
    diff = window.diff
    assert diff.left.accessibleDescription() == ""
    diff.right.setFocus()
    qtbot.keyClick(diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    said = diff.right.accessibleDescription()
    comp = diff.comparison
    assert comp is not None and diff.current == 0
    assert said.startswith(f"Change 1 of {len(comp.changes)}, ")
    kind = str(comp.changes[0].kind)
    words = {"replace": "changed from", "delete": "deleted:", "insert": "inserted:"}
    assert words.get(kind, kind) in said and diff.left.accessibleDescription() == said


def test_the_colour_key_names_each_cue_and_dots_the_replaced_example(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The key drew "replaced" with a solid underline, as "inserted", where the panes dot
    it: a colour-blind reader learnt the wrong cue (a low-vision walkthrough)."""
    from wirediff.ui.common.theme import LIGHT
    from wirediff.ui.shell.cheatsheet import CheatSheet

    sheet = CheatSheet(LIGHT, [("File", "Open folder", "Ctrl+O")])
    qtbot.addWidget(sheet)
    rows = sheet.rows()
    key = rows[rows.index(("Highlights", "")) + 1 :]
    assert [name for name, _example in key] == [
        "deleted — struck through",
        "inserted — underlined",
        "replaced — dotted underline",
        "moved — italic",
    ]
    sheet.resize(500, 300)
    sheet.show()
    tree = sheet.tree
    replaced = tree.topLevelItem(tree.topLevelItemCount() - 2)
    assert replaced is not None and not replaced.font(1).underline()
    rect = tree.visualItemRect(replaced)
    rect.setLeft(tree.header().sectionPosition(1))
    dotted = tree.viewport().grab(rect).toImage()
    replaced.setData(1, Qt.ItemDataRole.UserRole + 1, False)  # (the same row, no dots)
    assert tree.viewport().grab(rect).toImage() != dotted
