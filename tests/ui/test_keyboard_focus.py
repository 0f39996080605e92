"""Keyboard-only use of the main window (found by fuzzing): Tab goes round the whole window
in both directions, wide and narrow; Esc and Enter hand the focus to a diff pane, not to
the container around the panes; the Problems panel opens and closes from the keyboard; the
cheat sheet scrolls from the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.helpers import WAIT_MS, folder_with_a_broken_file, open_and_wait, settle
from wirediff.ui.shell.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_round(qtbot, start: QWidget, backward: bool = False, limit: int = 30) -> list[str]:  # type: ignore[no-untyped-def]
    """Press Tab (Shift+Tab) from ``start`` until the focus is back on it: the object names
    of the widgets it went through. Fails if a Tab leaves the focus where it was."""
    start.setFocus()
    assert start.hasFocus()
    names = [start.objectName()]
    for _ in range(limit):
        before = focused()
        if backward:
            qtbot.keyClick(before, Qt.Key.Key_Backtab, SHIFT)
        else:
            qtbot.keyClick(before, Qt.Key.Key_Tab, NONE)
        now = focused()
        assert now is not before, f"Tab is trapped on {before.objectName()} after {names}"
        if now is start:
            return names
        names.append(now.objectName())
    raise AssertionError(f"Tab never came back to {start.objectName()}: {names}")


@pytest.mark.parametrize("size", [(1400, 900), (1000, 700)], ids=["wide", "narrow"])
def test_tab_goes_round_the_whole_window_both_ways(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(resize=False)
    window.resize(*size)
    open_and_wait(qtbot, window, [sample_dir])
    assert window.parts.side.folded == (size[0] < 1200)
    forward = tab_round(qtbot, window.doc_list.view)
    backward = tab_round(qtbot, window.doc_list.view, backward=True)
    for stop in ("filter", "left_pane", "right_pane"):
        assert stop in forward and stop in backward
    if not window.parts.side.folded:
        assert "changes_view" in forward and "changes_view" in backward
    assert set(forward) == set(backward)
    assert forward[1:] == backward[:0:-1]  # the same stops, the other way round
    # Every stop is a named widget that shows it has the keyboard: the changes panel's
    # scroll area of numbers was a stop that showed nothing (Down and Space did nothing).
    assert "changes_head_scroll" not in forward, forward


def test_tab_leaves_the_note_editor_and_the_problems_list(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(resize=False)
    window.resize(1400, 900)
    folder = folder_with_a_broken_file(sample_dir, tmp_path / "some-broken")
    open_and_wait(qtbot, window, [folder])
    assert window.problems_dock.isVisible()
    tab_round(qtbot, window.problems.list)
    window.diff.right.setFocus()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.diff.right, Qt.Key.Key_M)  # a note on the change: its editor
    editor = window.changes.note_editor
    assert editor.isVisible() and editor.text.hasFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.save_button
    qtbot.keyClick(editor.save_button, Qt.Key.Key_Tab)
    assert not editor.isAncestorOf(focused())  # on to the next part of the window


def test_the_cheat_sheet_scrolls_from_the_keyboard_and_esc_closes_it(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1200, 500)  # shorter than the sheet's rows
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = window.commands.cheat_sheet
    assert sheet is not None and sheet.isVisible()
    sheet.resize(sheet.width(), 300)
    tree = sheet.tree
    qtbot.waitUntil(tree.hasFocus)  # not the Close button: the keys below scroll the list
    bar = tree.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    qtbot.keyClick(tree, Qt.Key.Key_PageDown)
    qtbot.keyClick(tree, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(tree, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    window.activateWindow()  # (offscreen gives the window its activation back only if asked)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # opened again: the list has the focus again
    assert sheet.isVisible()
    qtbot.waitUntil(tree.hasFocus)


def open_story_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.parts.story_view
    qtbot.keyClick(focused(), Qt.Key.Key_K, CTRL)
    assert window.story_page.showing()
    qtbot.waitUntil(lambda: not view.building() and view.table.hasFocus(), timeout=WAIT_MS)


def test_esc_and_enter_give_the_focus_back_to_a_pane(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    diff = window.diff
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_2, CTRL)
    assert diff.right.hasFocus()  # Ctrl+2: the right pane
    open_story_view(qtbot, window)
    qtbot.keyClick(window.parts.story_view.table, Qt.Key.Key_Escape)
    assert not window.story_page.showing() and diff.right.hasFocus()
    before = diff.right.verticalScrollBar().value()
    qtbot.keyClick(diff.right, Qt.Key.Key_PageDown)  # it scrolls: the pane has the keys
    assert diff.right.verticalScrollBar().value() > before
    diff.left.setFocus()  # the pane that had the focus gets it back
    qtbot.keyClick(diff.left, Qt.Key.Key_F, CTRL)
    assert diff.find_box.hasFocus()
    qtbot.keyClicks(diff.find_box, "Iraq")
    qtbot.keyClick(diff.find_box, Qt.Key.Key_Return)
    qtbot.keyClick(diff.find_box, Qt.Key.Key_Escape)
    assert not diff.find_box.isVisible() and diff.left.hasFocus()
    diff.right.setFocus()
    qtbot.keyClick(diff.right, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(diff.find_box, Qt.Key.Key_Escape)
    assert diff.right.hasFocus()
    view = window.doc_list.view  # Ctrl+F typed in the list, nothing found: back to the list
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    assert diff.find_box.hasFocus()
    qtbot.keyClicks(diff.find_box, "zzqx")
    qtbot.keyClick(diff.find_box, Qt.Key.Key_Escape)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)  # ... and a match found: to its pane
    diff.find_box.selectAll()
    qtbot.keyClicks(diff.find_box, "Iraq")
    qtbot.keyClick(diff.find_box, Qt.Key.Key_Return)
    qtbot.keyClick(diff.find_box, Qt.Key.Key_Escape)
    assert diff.last_pane().hasFocus()
    view.setFocus()  # Ctrl+F in the list, the text cleared, Esc: back to the list
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    diff.find_box.clear()
    qtbot.keyClick(diff.find_box, Qt.Key.Key_Escape)
    assert view.hasFocus()
    diff.right.setFocus()  # F3 with nothing to find opens the box: Esc goes back here
    qtbot.keyClick(diff.right, Qt.Key.Key_F3)
    assert diff.find_box.hasFocus()
    qtbot.keyClicks(diff.find_box, "qqqzzz")
    qtbot.keyClick(diff.find_box, Qt.Key.Key_Escape)
    assert diff.right.hasFocus()
    open_story_view(qtbot, window)  # Enter: that version's pair, the focus in its pane
    table = window.parts.story_view.table
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert not window.story_page.showing() and diff.right.hasFocus()
    qtbot.keyClick(diff.right, Qt.Key.Key_I, CTRL)  # inline: the left pane, the only one
    assert diff.inline
    open_story_view(qtbot, window)
    qtbot.keyClick(window.parts.story_view.table, Qt.Key.Key_Escape)
    assert diff.left.hasFocus()
    window.changes.view.setFocus()  # Enter in the changes list: on to the pane, too
    qtbot.keyClick(window.changes.view, Qt.Key.Key_Down)
    qtbot.keyClick(window.changes.view, Qt.Key.Key_Return)
    assert diff.left.hasFocus() and diff.current is not None


def test_the_problems_panel_opens_and_closes_from_the_keyboard(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    folder = folder_with_a_broken_file(sample_dir, tmp_path / "some-broken")
    open_and_wait(qtbot, window, [folder])
    dock, action, problems = window.problems_dock, window.actions_["problems"], window.problems
    assert action.isCheckable()
    assert dock.isVisible() and action.isChecked()  # opened by itself: the menu says so
    problems.list.setFocus()
    qtbot.keyClick(problems.list, Qt.Key.Key_Escape)
    assert not dock.isVisible() and not action.isChecked()
    assert window.doc_list.view.hasFocus()  # the focus back where the keys work
    action.trigger()  # View ▸ Problems panel: shown, the focus in its list
    assert dock.isVisible() and action.isChecked() and problems.list.hasFocus()
    action.trigger()  # ... and again: hidden
    assert not dock.isVisible() and not action.isChecked()
    assert window.doc_list.view.hasFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F9)  # the side panels hidden: the diff
    action.trigger()
    qtbot.keyClick(problems.list, Qt.Key.Key_Escape)
    assert not dock.isVisible() and window.diff.right.hasFocus()


def test_ctrl_4_takes_the_keyboard_to_the_problems_panel(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The panel opens by itself when a file fails to read, the keyboard staying in the
    pane: no key reached it (at 200% it opened below a laptop's screen). Found by a tester."""
    window = make_window()
    folder = folder_with_a_broken_file(sample_dir, tmp_path / "some-broken")
    open_and_wait(qtbot, window, [folder])
    dock, problems = window.problems_dock, window.problems
    window.diff.right.setFocus()
    assert dock.isVisible() and not problems.list.hasFocus()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert problems.list.hasFocus() and window.actions_["problems"].isChecked()
    qtbot.keyClick(problems.list, Qt.Key.Key_Escape)
    assert not dock.isVisible()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert dock.isVisible() and problems.list.hasFocus()  # hidden: shown again


def edge(area: QWidget) -> str:
    """The colour of the middle of a scroll area's viewport's bottom edge, as drawn."""
    viewport = area.viewport()  # type: ignore[attr-defined]
    image = viewport.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() - 1).name()


def test_the_pane_with_the_focus_is_framed_in_the_highlight_colour(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A blinking caret was the only sign of which pane had the keys. Found by a tester."""
    open_and_wait(qtbot, window, [sample_dir])
    highlight = window.diff.right.palette().color(QPalette.ColorRole.Highlight).name()
    window.diff.right.setFocus()
    qtbot.waitUntil(lambda: edge(window.diff.right) == highlight, timeout=WAIT_MS)
    assert edge(window.diff.left) != highlight
    window.diff.left.setFocus()
    qtbot.waitUntil(lambda: edge(window.diff.left) == highlight, timeout=WAIT_MS)
    assert edge(window.diff.right) != highlight


def test_the_list_with_the_focus_is_framed_like_the_panes(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """The lists' own cue was Qt's faint dotted box around the current row. Tab from the
    document list reaches the change list: the frame goes with the focus."""
    open_and_wait(qtbot, window, [sample_dir])
    documents, changes = window.doc_list.view, window.changes.view
    highlight = documents.palette().color(QPalette.ColorRole.Highlight).name()
    documents.setFocus()
    qtbot.waitUntil(lambda: edge(documents) == highlight, timeout=WAIT_MS)
    assert edge(changes) != highlight
    for _ in range(10):
        if changes.hasFocus():
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert changes.hasFocus()
    qtbot.waitUntil(lambda: edge(changes) == highlight, timeout=WAIT_MS)
    assert edge(documents) != highlight
    window.resize(window.width(), window.height() - 80)  # the frame follows the list
    qtbot.waitUntil(lambda: edge(changes) == highlight, timeout=WAIT_MS)
    frame = changes.findChild(QWidget, "changes_view_focus_frame")
    assert frame.geometry() == changes.viewport().rect()


def test_a_focused_list_freed_says_nothing_of_its_focus_frame(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A window freed with its list focused (a script ending, the app quitting): the list's
    focus frame heard the focus change while the list was half destroyed and raised
    "Internal C++ object (QTreeView) already deleted". Found taking a screenshot."""
    from PySide6.QtWidgets import QLineEdit, QTreeView, QVBoxLayout, QWidget

    from wirediff.ui.widgets.focus_frame import FocusFrame

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    view, other = QTreeView(), QLineEdit()
    layout.addWidget(view)
    layout.addWidget(other)
    FocusFrame(view)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.deleteLater()  # the focus moves on while the list is destroyed (pytest-qt fails
    qtbot.wait(50)  # the test on an exception raised in the frame's slot)
    assert holder.findChild(QTreeView) is None


def test_a_folder_opened_from_the_welcome_page_has_the_keyboard_in_its_list(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Qt gave the new page's first field, the filter box, the focus: the review keys (n, f,
    r, m) typed into it."""
    window = make_window()
    assert window.welcome.isVisible() and focused().objectName() == "open_folder_button"
    open_and_wait(qtbot, window, [sample_dir])
    assert window.doc_list.view.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_N, NONE)
    assert window.doc_list.filter.text() == ""


# A tooltip window raises itself, which the offscreen platform cannot.
@pytest.mark.qt_log_ignore("does not support raise")
def test_ctrl_f1_shows_the_whole_row_and_the_whole_status_line(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 200% the list's outlet, date and file columns gave way, names and messages were
    cut, and only tooltips (the mouse's) held them whole. Found by a keyboard-only tester."""
    from wirediff.ui.common.text import plain_tooltip
    from wirediff.ui.doclist.columns import FILE
    from wirediff.ui.shell.whole_text import shown_whole_text

    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    window.splitter.setSizes([250, 900, 250])
    qtbot.waitUntil(lambda: view.isColumnHidden(FILE))
    window.doc_list.select(1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    name = window.session.documents[1].name
    shown = shown_whole_text()  # literal text (an escaped paragraph), the cell's tooltip as words
    assert f"File: {name}" in shown
    assert shown.startswith("<p ") and "&lt;p" not in shown and "&lt;br" not in shown
    assert "␊" not in shown  # (the tooltip's lines are lines)
    window.diff.right.setFocus()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    assert shown_whole_text() == plain_tooltip(window.status_label.text(), isolating=True)
    assert window.status_label.text()


@pytest.mark.qt_log_ignore("does not support raise")
def test_ctrl_f1_stays_up_under_a_resting_pointer_until_a_key_or_a_click(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Opened under the pointer a keyboard user had left there, the whole text was gone
    within a second and a half (a tooltip closes when the pointer leaves its widget or
    rests on another), before a magnifier could pan to it: at 200% nearly every time (a
    keyboard-only, 200% walkthrough). It stays until a key or a click; Esc closes it only."""
    from PySide6.QtCore import QEvent, QPoint, QPointF
    from PySide6.QtGui import QEnterEvent, QHelpEvent, QMouseEvent

    from wirediff.ui.shell.whole_text import WholeText, shown_whole_text

    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    window.doc_list.select(1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F1, CTRL)
    popup, text = WholeText.shown, shown_whole_text()
    assert popup is not None and text
    # What the pointer resting where the popup opens sends: the list is left, the popup
    # entered, the pointer rests (a tooltip event on what is under it) and twitches.
    viewport = view.viewport()
    at = QPoint(5, 5)
    for widget in (viewport, view, window):
        QApplication.sendEvent(widget, QEvent(QEvent.Type.Leave))
    local = QPointF(popup.rect().center())
    QApplication.sendEvent(popup, QEnterEvent(local, local, popup.mapToGlobal(local)))
    for widget in (viewport, window.diff.right.viewport()):
        QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at)))
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(at),
            QPointF(widget.mapToGlobal(at)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, move)
    qtbot.wait(1600)
    assert popup.isVisible() and shown_whole_text() == text
    # Ctrl, released after Ctrl+F1, closes nothing; Esc closes it and does nothing else.
    qtbot.keyClick(view, Qt.Key.Key_Control, NONE)
    assert shown_whole_text()
    qtbot.keyClick(view, Qt.Key.Key_Escape, NONE)
    assert not shown_whole_text() and view.hasFocus()
    # Any other key closes it and does what it does; so does a click.
    qtbot.keyClick(view, Qt.Key.Key_F1, CTRL)
    assert shown_whole_text()
    row = view.currentIndex()
    qtbot.keyClick(view, Qt.Key.Key_Down, NONE)
    assert not shown_whole_text() and view.currentIndex() != row
    qtbot.keyClick(view, Qt.Key.Key_F1, CTRL)
    assert shown_whole_text()
    qtbot.mouseClick(window.diff.right.viewport(), Qt.MouseButton.LeftButton)
    assert not shown_whole_text()


def test_the_problems_panel_says_when_no_file_was_skipped() -> None:
    """Ctrl+4 with nothing skipped showed a panel headed ":" (a review)."""
    from wirediff.ui.panels.problems import heading

    assert heading(0) == "No file was skipped."
    assert heading(2).startswith("2 items could not be read")


def test_the_whole_row_says_a_cells_tooltip_as_lines_of_words(qapp) -> None:  # type: ignore[no-untyped-def]
    """The cells' tooltips are escaped rich text: Ctrl+F1 showed their tags (a review)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from wirediff.ui.common.text import plain_tooltip
    from wirediff.ui.shell.whole_text import row_text

    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Title", "File"])
    title = QStandardItem("<b>Breaking</b> news")
    title.setToolTip(plain_tooltip("<b>Breaking</b> news\n/folder/a.txt\n26 words"))
    model.appendRow([title, QStandardItem("a.txt")])
    view = QTreeView()
    view.setModel(model)
    said = row_text(view, model.index(0, 0)).split("\n")
    assert said == [
        "Title: <b>Breaking</b> news",
        "File: a.txt",
        "",
        "<b>Breaking</b> news",
        "/folder/a.txt",
        "26 words",
    ]


def test_the_whole_row_keeps_a_cells_two_lines_and_its_isolation_marks(qapp) -> None:  # type: ignore[no-untyped-def]
    """The story panel's rows are two lines (a line separator) with isolated titles:
    Ctrl+F1 showed "␊" and "<FSI>…<PDI>" (a re-check)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from wirediff.ui.shell.whole_text import row_text

    model = QStandardItemModel()
    model.appendRow([QStandardItem("\u2068a.txt\u2069 · copy\u2028  78% similar")])
    view = QTreeView()
    view.setModel(model)
    view.setHeaderHidden(True)  # (as the story panel's: its "1" names nothing)
    said = row_text(view, model.index(0, 0))
    assert said == "\u2068a.txt\u2069 · copy\n  78% similar"


def test_the_story_panel_the_note_box_and_the_pin_show_the_keyboard_focus(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """The story panel's list and the note box had a faint box round a row, or the caret,
    for all sign of the keys; the pin's chip took a Tab stop and showed nothing, and Space
    there released the pin unseen (a low-vision keyboard user's walkthrough)."""
    open_and_wait(qtbot, window, [sample_dir])
    settle(qtbot, window)
    for box in (window.changes.note_editor.text, window.changes.story.view):
        highlight = box.palette().color(QPalette.ColorRole.Highlight).name()
        box.show()
        box.setFocus()
        qtbot.waitUntil(lambda b=box, h=highlight: edge(b) == h, timeout=WAIT_MS)
    header = window.diff.headers[0]
    header.set_pin(("Pinned: story ×", "The document pinned on the left"))  # (as b shows it)
    chip = header.chip
    qtbot.waitUntil(chip.isVisible, timeout=WAIT_MS)
    plain = chip.grab().toImage()
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus, timeout=WAIT_MS)
    assert chip.grab().toImage() != plain


# (offscreen; and QTest turns no AltGr into text, saying so)
@pytest.mark.qt_log_ignore("does not support raise", "Unhandled key code Qt::Key_AltGr")
@pytest.mark.parametrize(
    "key",
    [
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
    ],
    ids=lambda key: key.name,
)
def test_a_modifier_alone_leaves_the_whole_text_up(
    qtbot, window: MainWindow, sample_dir: Path, key: Qt.Key
) -> None:  # type: ignore[no-untyped-def]
    """A desktop magnifier's shortcuts start with Super (GNOME's Super+Alt+8): Super or
    AltGr closed the Ctrl+F1 text the magnifier was to zoom on (a review)."""
    from wirediff.ui.shell.whole_text import shown_whole_text

    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    window.doc_list.select(1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F1, CTRL)
    assert shown_whole_text()
    qtbot.keyPress(view, key, NONE)
    qtbot.keyRelease(view, key, NONE)
    assert shown_whole_text()
    qtbot.keyClick(view, Qt.Key.Key_A, NONE)  # (a key: it closes)
    assert not shown_whole_text()


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen
@pytest.mark.parametrize("how", ["minimised", "hidden"])
def test_the_whole_text_goes_with_its_window(
    qtbot, window: MainWindow, sample_dir: Path, how: str
) -> None:  # type: ignore[no-untyped-def]
    """The popup is a tooltip window of its own: its window minimised or hidden, it
    stayed up over the desktop (a review)."""
    from wirediff.ui.shell.whole_text import WholeText, shown_whole_text

    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    window.doc_list.select(1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F1, CTRL)
    popup = WholeText.shown
    assert popup is not None and shown_whole_text()
    if how == "minimised":
        window.showMinimized()
    else:
        window.hide()
    qtbot.waitUntil(lambda: not shown_whole_text(), timeout=WAIT_MS)
    assert WholeText.shown is None


def test_the_inline_pane_is_named_for_what_it_shows(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+I: the one pane, both sides' words in it, was still announced "Base document
    (left)" (a keyboard-only walkthrough); side by side again, it is the base's."""
    open_and_wait(qtbot, window, [sample_dir])
    diff = window.diff
    diff.right.setFocus()
    side_by_side = diff.left.accessibleName()
    assert "left" in side_by_side.lower()
    qtbot.keyClick(diff.right, Qt.Key.Key_I, CTRL)
    assert diff.inline and diff.left.hasFocus()
    assert diff.left.accessibleName() == "Changes inline"
    qtbot.keyClick(diff.left, Qt.Key.Key_I, CTRL)
    assert not diff.inline
    assert diff.left.accessibleName() == side_by_side
