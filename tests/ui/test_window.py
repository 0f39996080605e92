"""The window driven like a user: drops, keys of the map, problems, settings across restarts."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote_from_bytes

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import (
    WAIT_MS,
    drop,
    drop_urls,
    key,
    open_and_wait,
    same_row_on_screen,
    settle,
)
from wirediff.core.review import doc_ref, place_marks
from wirediff.ui.doclist.columns import LEVEL
from wirediff.ui.shell.parts import MAIN, WELCOME
from wirediff.ui.shell.window import FIRST_MOST, MainWindow, first_size


def test_starts_on_the_welcome_view(window: MainWindow) -> None:
    assert window.stack.currentIndex() == WELCOME
    assert window.welcome.folder_button.isVisible()
    assert window.welcome.sample_button.isVisible()
    assert "Drop a folder" in window.welcome.drop_hint.text()


@pytest.mark.parametrize("name", ["folder_button", "sample_button"])
@pytest.mark.parametrize("key_", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_the_welcome_buttons_take_enter_and_space(
    qtbot, window: MainWindow, name: str, key_: Qt.Key
) -> None:  # type: ignore[no-untyped-def]
    """Tab to "Open the sample articles" and press Enter: it opened nothing (Space did)."""
    button = getattr(window.welcome, name)
    signal = window.welcome.open_folder if name == "folder_button" else window.welcome.open_sample
    window.welcome.open_folder.disconnect()  # (the real commands open dialogs and folders)
    window.welcome.open_sample.disconnect()
    button.setFocus()
    with qtbot.waitSignal(signal, timeout=WAIT_MS):
        qtbot.keyClick(button, key_)


def test_dropping_a_folder_on_the_welcome_view_opens_it(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        drop(qtbot, window.welcome, [sample_dir])
    assert window.stack.currentIndex() == MAIN
    assert len(window.documents) == 5
    assert window.doc_list.cells.marks()[0] == "◆"
    assert window.diff.left.toPlainText() and window.diff.right.toPlainText()


def test_a_drop_is_taken_as_a_copy_whatever_the_source_proposes(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A drag proposing a move (Shift held) was accepted as one: told "moved", a file
    manager may delete the originals. The window reads the files: it says it copied them.
    Found by a mouse-first tester."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_dir))])
    offered = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
    left, shift = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier
    enter = QDragEnterEvent(QPoint(20, 20), offered, mime, left, shift)
    assert enter.proposedAction() == Qt.DropAction.MoveAction
    QApplication.sendEvent(window.welcome, enter)
    assert enter.isAccepted() and enter.dropAction() == Qt.DropAction.CopyAction
    dropped = QDropEvent(QPointF(22, 22), offered, mime, left, shift)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        QApplication.sendEvent(window.welcome, dropped)
    assert dropped.dropAction() == Qt.DropAction.CopyAction
    only_move = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.MoveAction, mime, left, shift)
    QApplication.sendEvent(window.welcome, only_move)
    assert not only_move.isAccepted()  # (a source that can only move is refused)


def test_dropping_files_on_a_diff_pane_opens_that_pair(
    qtbot, window: MainWindow, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_paths[0].parent])
    pair = [sample_paths[3], sample_paths[1]]
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        drop(qtbot, window.diff.right.viewport(), pair)
    assert window.shown is not None
    assert (window.shown.left.path, window.shown.right.path) == (pair[0], pair[1])


def test_dropping_a_link_loop_with_a_file_opens_the_file_and_names_the_loop(
    qtbot, window: MainWindow, sample_paths: list[Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A link to itself dropped with an article: the load stopped at "Reading 2/2 files…"
    for good (Path.resolve raised on the loop while the pair and the corrections' folder
    were worked out)."""
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop.name)
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        drop(qtbot, window.welcome, [loop, sample_paths[0]])
    assert [d.path for d in window.documents] == [sample_paths[0]]
    assert window.status_label.text() == "1 document opened, 1 skipped (see Problems)"
    problems = window.problems.list
    assert problems.count() == 1 and "loop.txt" in problems.item(0).text()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names of any bytes: Linux")
def test_a_dropped_folder_whose_name_is_not_utf8_opens(
    qtbot, window: MainWindow, sample_paths: list[Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A Latin-1 "café" folder dragged from a file manager comes as file:///…/caf%E9:
    QUrl.toLocalFile made it "caf\ufffd", which does not exist ("0 documents opened, 1
    skipped"), while the command line opened it."""
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9"))
    folder.mkdir()
    for path in sample_paths[:2]:
        shutil.copy(path, folder / path.name)
    url = QUrl("file://" + quote_from_bytes(os.fsencode(folder)))
    assert url.toString(QUrl.ComponentFormattingOption.FullyEncoded).endswith("/caf%E9")
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        drop_urls(qtbot, window.welcome, [url])
    expected = sorted(folder / p.name for p in sample_paths[:2])
    assert sorted(d.path for d in window.documents) == expected


def test_keyboard_review(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window.actions_["group_stories"].setChecked(False)  # the flat list of issue 3
    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    view.setFocus()
    assert (window.base, window.other) == (0, 1)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):  # Down: next document
        key(qtbot, view, Qt.Key.Key_Down)
    assert window.other == 2
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):  # Enter: compare now
        key(qtbot, view, Qt.Key.Key_Return)
    key(qtbot, view, Qt.Key.Key_B)  # b: the selection becomes the base
    assert window.base == 2 and window.doc_list.cells.marks()[2] == "◆"
    assert window.doc_list.cells.marks()[0] == ""
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, view, Qt.Key.Key_Up)
    assert (window.base, window.other) == (2, 1)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):  # s: swap sides
        key(qtbot, view, Qt.Key.Key_S)
    assert (window.base, window.other) == (1, 2)
    assert window.shown is not None and window.shown.left.path.name.startswith("001")


def test_change_navigation_keeps_panes_on_one_row(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    comparison = window.diff.comparison
    assert comparison is not None and len(comparison.changes) > 10
    pane = window.diff.right
    pane.setFocus()
    key(qtbot, pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.diff.current == 0
    key(qtbot, pane, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    last = len(comparison.changes) - 1
    assert window.diff.current == last
    row = comparison.changes[last].row
    assert window.diff.visible_rows()[0] <= row <= window.diff.visible_rows()[1]
    assert same_row_on_screen(window)
    assert window.diff.right.outline is not None and window.diff.right.outline[0] == row
    key(qtbot, pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.diff.current == last - 1
    assert window.changes.selected() == last - 1  # the changes list follows
    key(qtbot, pane, Qt.Key.Key_N)  # n / p in the diff
    assert window.diff.current == last
    key(qtbot, pane, Qt.Key.Key_P)
    key(qtbot, pane, Qt.Key.Key_P)
    assert window.diff.current == last - 2
    key(qtbot, pane, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.diff.current == 0
    assert same_row_on_screen(window)
    window.diff.splitter.setSizes([300, 600])  # panes of new widths rewrap: rows realign
    qtbot.waitUntil(lambda: same_row_on_screen(window), timeout=WAIT_MS)
    assert window.diff.left.width() < window.diff.right.width()


def test_changes_list_enter_jumps(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    key(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.changes.view
    assert view.hasFocus()
    view.setCurrentIndex(window.changes.model.index(7, 0))
    key(qtbot, view, Qt.Key.Key_Return)
    assert window.diff.current == 7
    assert same_row_on_screen(window)


def test_inline_filter_and_cheat_sheet_keys(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    view.setFocus()
    key(qtbot, view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.diff.inline and not window.diff.right.isVisible()
    text = window.diff.left.toPlainText()
    assert "US marines walk" in text and "US soldiers wearing" in text  # both sides, one pane
    key(qtbot, view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    key(qtbot, view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.diff.current == 1
    outline = window.diff.left.outline  # the deleted paragraph, outlined in the inline pane
    assert outline is not None and outline[0] == window.diff.comparison.changes[1].row  # type: ignore[union-attr]
    assert outline[2] - outline[1] > 100
    key(qtbot, view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert not window.diff.inline and window.diff.right.isVisible()
    assert window.diff.current == 1 and window.diff.right.outline is not None
    key(qtbot, view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.doc_list.filter.hasFocus()
    qtbot.keyClicks(window.doc_list.filter, "sputnik")
    assert window.doc_list.proxy.rowCount() == 1
    window.doc_list.filter.clear()
    view.setFocus()
    key(qtbot, view, Qt.Key.Key_Slash)
    assert window.doc_list.filter.hasFocus()
    view.setFocus()
    key(qtbot, view, Qt.Key.Key_F1)
    assert window.commands.cheat_sheet is not None and window.commands.cheat_sheet.isVisible()
    window.commands.cheat_sheet.hide()
    key(qtbot, view, Qt.Key.Key_Question)  # ? opens it too
    assert window.commands.cheat_sheet.isVisible()
    labels = [label for label, _keys in window.commands.cheat_sheet.rows()]
    assert "Next change" in labels and "Inline view" in labels


def test_next_version_reviewed_and_flag(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.other == 2
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.other == 1
    window.diff.right.setFocus()
    key(qtbot, window.diff.right, Qt.Key.Key_R)
    assert window.doc_list.cells.marks()[1] == "✓"
    store, shown = window.session.review.store, window.shown
    assert store is not None and shown is not None
    left, right = doc_ref(shown.left), doc_ref(shown.right)
    assert store.is_reviewed(left, right)
    key(qtbot, window.diff.right, Qt.Key.Key_F)  # no current change yet: a message, no flag
    assert "Go to a change" in window.status_label.text()
    key(qtbot, window.diff.right, Qt.Key.Key_F8)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    assert window.changes.model.index(0, 2).data() == "⚑"
    row = window.diff.comparison.changes[0].row  # type: ignore[union-attr]
    assert row in window.diff.right.flag_rows and row in window.diff.left.flag_rows
    marks = store.pair_review(left, right).marks
    assert place_marks(shown.plan.comparison, marks).flagged() == {0}
    assert window.doc_list.cells.marks()[1] == "✓⚑"


def test_unreadable_file_is_listed_while_the_rest_loads(
    qtbot, window: MainWindow, sample_paths: list[Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mixed"
    folder.mkdir()
    for path in sample_paths[:3]:
        shutil.copy(path, folder / path.name)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary" * 50)
    open_and_wait(qtbot, window, [folder])
    assert len(window.documents) == 3
    assert window.problems_dock.isVisible()
    lines = window.problems.lines()
    assert len(lines) == 1 and lines[0].startswith("broken.txt: ")
    assert window.count_label.text() == "3 documents · 1 skipped"


def test_settings_survive_a_restart(qtbot, make_window, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    open_and_wait(qtbot, first, [sample_dir])
    first.resize(770, 570)
    QApplication.processEvents()  # (the window sets its split for the new width)
    first.actions_["inline"].setChecked(True)
    first.actions_["ignore_case"].setChecked(True)
    first.commands.zoom_in()
    first.commands.zoom_in()
    first.splitter.setSizes([200, 700, 110])
    sizes = first.splitter.sizes()
    first.close()
    second = make_window(resize=False)
    assert second.settings.recent_folders[0] == str(sample_dir.resolve())
    assert second.settings.last_folder == str(sample_dir.resolve())
    assert second.welcome.recent.count() == 1
    assert second.diff.inline and second.actions_["inline"].isChecked()
    assert second.session.options.ignore_case and second.actions_["ignore_case"].isChecked()
    assert second.settings.zoom == 2
    assert (second.width(), second.height()) == (770, 570)
    second.stack.setCurrentIndex(MAIN)
    # 770 pixels is narrow: the changes panel folds into a tab, the list keeps its width.
    assert second.parts.side.folded and sizes[2] == 0
    qtbot.waitUntil(lambda: second.splitter.sizes()[0] == sizes[0], timeout=WAIT_MS)
    assert abs(second.splitter.sizes()[1] - sizes[1]) <= 8  # a splitter handle, or none


def test_the_first_start_takes_most_of_a_large_screen_and_fits_a_small_one() -> None:
    """At most 1,400 × 900 at the first start: a 1,920-pixel screen's changes panel was
    250 pixels wide, its lines cut, and the diff panes about 300."""
    assert first_size(QSize(1600, 1000)) == QSize(1520, 950)
    assert first_size(QSize(1920, 1040)) == QSize(1800, 988)
    assert first_size(QSize(3840, 2100)) == FIRST_MOST
    assert first_size(QSize(1366, 728)) == QSize(1297, 691)  # (a laptop: as before)
    assert first_size(None) == QSize(1280, 800)


def restarted_after_opening(qtbot, make_window, folder: Path, monkeypatch) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window started after another opened ``folder`` with the Open folder… button."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    first = make_window()
    with qtbot.waitSignal(first.comparison_shown, timeout=WAIT_MS):
        qtbot.mouseClick(first.welcome.folder_button, Qt.MouseButton.LeftButton)
    first.close()
    return make_window()


def test_open_folder_button_and_recent_list(
    qtbot, make_window, sample_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    second = restarted_after_opening(qtbot, make_window, sample_dir, monkeypatch)
    recent = second.welcome.recent
    assert recent.count() == 1 and recent.isVisible()
    recent.setFocus()
    recent.setCurrentRow(0)
    with qtbot.waitSignal(second.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert len(second.documents) == 5


def test_one_click_on_a_recent_folder_opens_it(
    qtbot, make_window, sample_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A click only selected the folder, and nothing said a double-click was wanted."""
    second = restarted_after_opening(qtbot, make_window, sample_dir, monkeypatch)
    recent = second.welcome.recent
    assert "a click opens one" in second.welcome.recent_label.text()
    where = recent.visualItemRect(recent.item(0)).center()
    with qtbot.waitSignal(second.comparison_shown, timeout=WAIT_MS):
        qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len(second.documents) == 5


def test_typing_in_the_filter_changes_what_is_listed_not_what_is_compared(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A filter that hides the document on screen made Qt take a neighbour as current, and
    the window compared it at that key; the filter also matched the Level, Similarity and
    mark columns ("copy" kept every copy)."""
    open_and_wait(qtbot, window, [sample_dir])
    doc_list = window.doc_list
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        doc_list.select(3)
    shown = window.shown
    compared: list[object] = []
    window.comparison_shown.connect(lambda: compared.append(window.shown))
    doc_list.filter.setFocus()
    qtbot.keyClicks(doc_list.filter, "sputnik")  # 003 (politico) filtered out, 002 listed
    assert doc_list.visible_order() == [2]
    qtbot.wait(100)
    assert compared == [] and window.shown is shown and doc_list.selected() is None
    doc_list.filter.clear()  # listed again: current again, nothing compared
    assert doc_list.selected() == 3 and compared == []
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):  # the keys go on from it
        key(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.other == 4
    qtbot.waitUntil(lambda: doc_list.cells.cell_text(1, LEVEL) != "", timeout=WAIT_MS)
    level = doc_list.cells.cell_text(1, LEVEL)  # 001's level against 000: no title says it
    qtbot.keyClicks(doc_list.filter, level)
    assert doc_list.visible_order() == []
    doc_list.filter.clear()
    qtbot.keyClicks(doc_list.filter, "Iraq")  # titles, and the story rows' names
    assert 3 in doc_list.visible_order()


def test_enter_in_the_filter_of_a_flat_list_compares_nothing_new(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Enter in the filter gives the list the keyboard: with the document on screen
    filtered out, Qt made the first row listed current, and the window compared it (a flat
    list's first row is a document); Esc then left that one selected."""
    open_and_wait(qtbot, window, [sample_dir])
    window.commands.toggle_grouping(False)
    settle(qtbot, window)
    doc_list = window.doc_list
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        doc_list.select(3)
    compared: list[object] = []
    window.comparison_shown.connect(lambda: compared.append(window.shown))
    doc_list.filter.setFocus()
    qtbot.keyClicks(doc_list.filter, "sputnik")
    qtbot.keyClick(doc_list.filter, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert doc_list.view.hasFocus() and doc_list.visible_order() == [2]
    assert compared == [] and window.other == 3 and doc_list.selected() is None
    doc_list.filter.setFocus()
    qtbot.keyClick(doc_list.filter, Qt.Key.Key_Escape)  # the filter cleared: back on it
    assert doc_list.selected() == 3 and compared == []
    doc_list.filter.setFocus()
    qtbot.keyClicks(doc_list.filter, "sputnik")
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):  # the user's choice
        qtbot.keyClick(doc_list.filter, Qt.Key.Key_Return)
        qtbot.keyClick(doc_list.view, Qt.Key.Key_Down)
    assert window.other == 2


def test_down_after_enter_in_the_filter_of_a_grouped_list_goes_to_the_file_typed(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Grouped, the first row listed is an event's, then a story's: Down after Enter in
    the filter went to the event row, two more Downs to the file typed (a lecturer's
    walkthrough)."""
    open_and_wait(qtbot, window, [sample_dir])
    doc_list = window.doc_list
    doc_list.filter.setFocus()
    qtbot.keyClicks(doc_list.filter, "sputnik")
    qtbot.keyClick(doc_list.filter, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert doc_list.view.hasFocus() and doc_list.selected() is None
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(doc_list.view, Qt.Key.Key_Down)
    assert doc_list.selected() == 2 and window.other == 2
    qtbot.keyClick(doc_list.view, Qt.Key.Key_Up)  # then the rows as Qt steps them
    assert doc_list.selected() is None and doc_list.view.currentIndex().isValid()


def test_f1_shows_the_cheat_sheet_from_the_apps_other_windows(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_dir: Path
) -> None:
    """F1 and ? work in the Flags dialog (a window of its own) as in the main window; a
    text field still types its "?"."""
    open_and_wait(qtbot, window, [sample_dir])
    window.commands.flags_and_notes()
    flags = window.commands.reviewing.flags
    assert flags is not None
    flags.activateWindow()
    flags.view.setFocus()
    qtbot.waitUntil(flags.view.hasFocus)
    key(qtbot, flags.view, Qt.Key.Key_F1)
    sheet = window.commands.cheat_sheet
    assert sheet is not None and sheet.isVisible()
    sheet.hide()
    key(qtbot, flags.view, Qt.Key.Key_Question)
    assert sheet.isVisible()
    sheet.hide()
    window.activateWindow()
    window.doc_list.filter.setFocus()
    qtbot.waitUntil(window.doc_list.filter.hasFocus)
    qtbot.keyClicks(window.doc_list.filter, "why?")
    assert window.doc_list.filter.text() == "why?" and not sheet.isVisible()


def test_arranging_the_list_is_not_said_once_it_is_arranged(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_dir: Path
) -> None:
    """Ctrl+Shift+G with the same pair on screen: "Arranging the list…" stayed in the status
    line through everything after (found by a keyboard reviewer)."""
    open_and_wait(qtbot, window, [sample_dir])
    settle(qtbot, window)
    for grouped in (False, True):
        window.actions_["group_stories"].setChecked(grouped)
        qtbot.waitUntil(lambda: "Arranging" not in window.status_label.text(), timeout=WAIT_MS)
        settle(qtbot, window)
        assert "Arranging" not in window.status_label.text()


def test_an_empty_folder_opened_after_a_pair_leaves_no_numbers_of_it(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Open folder… on an empty folder: "No documents." beside the last pair's
    "Similarity 37% … 33 changes" and its change list, whose rows could be selected."""
    from PySide6.QtWidgets import QFileDialog

    open_and_wait(qtbot, window, [sample_dir])
    assert window.changes.model.rowCount() > 0
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(empty))
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.changes.model.rowCount() == 0
    assert window.changes.stats["similarity"].text() == "–" and not window.changes.summary.text()
    assert not window.changes.story.isVisible()


def test_the_file_menu_greys_what_has_nothing_to_act_on(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """On the welcome view the exports, Print and Reload were offered, and chosen said
    "Open a pair first" in the status line only. Greyed while the menu shows; enabled again
    when it closes, so that their keys still say why."""
    exports = ("export_pair", "export_story", "export_stories", "export_reuse", "print", "reload")
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    file_menu.aboutToShow.emit()
    assert not any(window.actions_[name].isEnabled() for name in exports)
    assert window.actions_["open_folder"].isEnabled()
    file_menu.aboutToHide.emit()
    assert all(window.actions_[name].isEnabled() for name in exports)
    open_and_wait(qtbot, window, [sample_dir])
    file_menu.aboutToShow.emit()
    assert all(window.actions_[name].isEnabled() for name in exports)
    file_menu.aboutToHide.emit()


def test_the_review_menu_greys_what_has_nothing_to_act_on(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """With nothing open, Flag, Note and Mark reviewed were offered, and all of the Go menu
    (a standards editor, a re-check)."""
    marks = ("flag", "note", "pair_note", "reviewed", "jump_moved", "next_unreviewed")
    steps = ("next_change", "last_change", "go_to_row", "next_story", "next_version")
    for title, names in (("&Review", marks), ("&Go", steps)):
        menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
        menu.aboutToShow.emit()
        assert not any(window.actions_[name].isEnabled() for name in names), title
        menu.aboutToHide.emit()
        assert all(window.actions_[name].isEnabled() for name in names)


def test_help_says_what_the_levels_and_figures_mean(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The levels were explained only in the Level header's tooltip, and the banner's
    sentences beside the panel's words read as three answers to one question."""
    from PySide6.QtWidgets import QDialog, QTextBrowser

    window.actions_["guide"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "guide") is not None, timeout=WAIT_MS)
    dialog = window.findChild(QDialog, "guide")
    assert dialog.isVisible()
    text = dialog.findChild(QTextBrowser, "guide_text").toPlainText()
    for said in ("copy — verbatim", "edited —", "rewrite —", "independent —", "Kept — "):
        assert said in text
    assert "The banner counts sentences" in text and "count words" in text
    qtbot.keyClick(dialog.findChild(QTextBrowser, "guide_text"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "guide") is None, timeout=WAIT_MS)


def test_n_and_p_step_through_the_changes_from_the_list(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Clicked in the list, n did nothing and said nothing (Alt+Down did the step)."""
    open_and_wait(qtbot, window, [sample_dir])
    view = window.doc_list.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.diff.current == 0 and view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert window.diff.current == 0


def test_files_set_aside_on_purpose_do_not_open_the_problems_panel(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A Word lock file beside the drafts opened the panel by itself, a sixth of the window,
    as if something had gone wrong: listed and counted, it waits for View ▸ Problems."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    (folder / "~$draft1.docx").write_bytes(b"lock")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    open_and_wait(qtbot, window, [folder])
    assert not window.problems_dock.isVisible() and window.problems.list.count() == 2
    assert "2 skipped" in window.count_label.text()
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary" * 50)  # one not read: it opens
    open_and_wait(qtbot, window, [folder])
    assert window.problems_dock.isVisible()
    # listed first and told apart from those set aside (a saved page's 32 folders of parts
    # buried the three files that could not be read)
    assert window.problems.lines()[0].startswith("broken.txt: ")
    assert window.problems.heading.text() == (
        "1 item could not be read and was skipped; 2 set aside on purpose (hidden or system "
        "files, a saved page's parts):"
    )
    # Hidden (Esc), it stays hidden on a reload that finds the same ones (each F5 opened it
    # for the same fifteen files), and opens for a new one.
    window.problems.close_requested.emit()  # (what Esc in it does)
    assert not window.problems_dock.isVisible()
    open_and_wait(qtbot, window, [folder])
    assert not window.problems_dock.isVisible() and window.problems.list.count() == 3
    (folder / "broken2.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    open_and_wait(qtbot, window, [folder])
    assert window.problems_dock.isVisible() and window.problems.list.count() == 4
    open_and_wait(qtbot, window, [folder])  # shown, it stays while problems remain
    assert window.problems_dock.isVisible()
    window.problems.close_requested.emit()
    # another folder, then this one again: the same problems were told when it was left
    # (it opened again at every start too: found by a tester); a new one opens it
    open_and_wait(qtbot, window, [sample_dir])
    open_and_wait(qtbot, window, [folder])
    assert not window.problems_dock.isVisible() and window.problems.list.count() == 4
    open_and_wait(qtbot, window, [sample_dir])
    (folder / "broken3.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    open_and_wait(qtbot, window, [folder])
    assert window.problems_dock.isVisible()


def test_the_problems_told_do_not_open_the_panel_at_the_next_start(
    qtbot, make_window, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Hidden, the panel came back at every start for the same problems."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    first = make_window()
    open_and_wait(qtbot, first, [folder])
    assert first.problems_dock.isVisible()
    first.problems.close_requested.emit()
    first.close()
    again = make_window()
    open_and_wait(qtbot, again, [folder])
    assert not again.problems_dock.isVisible() and again.problems.list.count() == 1
    again.close()
    (folder / "broken2.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    changed = make_window()
    open_and_wait(qtbot, changed, [folder])
    assert changed.problems_dock.isVisible()  # a new one
    changed.close()
    (folder / "broken2.txt").unlink()  # one fixed: the other was told (a digest of them
    fixed = make_window()  # all reopened the panel for it; found by a review)
    open_and_wait(qtbot, fixed, [folder])
    assert not fixed.problems_dock.isVisible() and fixed.problems.list.count() == 1


def test_a_problem_file_named_in_no_utf8_is_told_and_remembered(
    qtbot, make_window, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A Latin-1 name ("café.txt" as b"caf\\xe9.txt") of a file that could not be read broke
    the problems told: at every close (the last pair, the bases and the problems were not
    kept, the review store not closed), and at the next opening (the panel did not open for
    a new problem, the count was not said)."""
    import os

    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"")
    first = make_window()
    open_and_wait(qtbot, first, [folder])
    assert first.problems_dock.isVisible() and first.problems.list.count() == 1
    first.problems.close_requested.emit()
    first.close()
    (folder / os.fsdecode(b"r\xe9sum\xe9.txt")).write_bytes(b"")
    again = make_window()
    open_and_wait(qtbot, again, [folder])
    assert again.problems_dock.isVisible() and again.problems.list.count() == 2  # a new one
    again.close()


def test_the_appearance_is_chosen_in_the_options_and_kept(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """The app followed the system alone: without a desktop's theme there was no way to a
    dark window, and on Windows or macOS none to one other than the system's. Found by a
    mouse-first fact-checker."""
    from PySide6.QtGui import QGuiApplication, QPalette

    from wirediff.ui.common.theme import DARK, LIGHT

    def base() -> int:
        return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness()

    system = base()
    window = make_window()
    open_and_wait(qtbot, window, [sample_dir])
    options = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Options")
    looks = next(a.menu() for a in options.actions() if a.text() == "&Appearance")
    assert [a.text() for a in looks.actions()] == [
        "Colours of the &system",
        "&Light",
        "&Dark",
        "&High contrast",
    ]
    try:
        window.actions_["look_dark"].trigger()
        qtbot.waitUntil(lambda: window.theme is DARK)
        assert base() < 128
        assert not window.actions_["look_system"].isChecked()  # (one at a time)
        window.close()
        again = make_window()  # remembered
        assert again.actions_["look_dark"].isChecked() and base() < 128
        again.actions_["look_light"].trigger()
        qtbot.waitUntil(lambda: again.theme is LIGHT)
        assert base() > 200
    finally:
        window.actions_["look_system"].trigger()
    assert base() == system


def test_the_drop_hint_follows_a_dark_palette_set_after_it_was_made(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Options ▸ Appearance ▸ Dark, then a start with no folder: "Drop a folder or files
    here" was black on dark grey, 1.5:1 (its style sheet's colours were taken before the
    palette was set; a low-vision user's walkthrough)."""
    from wirediff.ui.panels.welcome import WelcomeView
    from wirediff.ui.shell.appearance import palette

    before = qapp.palette()
    view = WelcomeView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    try:
        qapp.setPalette(palette("dark"))
        qapp.processEvents()
        image = view.drop_hint.grab().toImage()
        light = sorted(
            image.pixelColor(x, y).lightness()
            for x in range(image.width())
            for y in range(image.height())
        )
        assert light[len(light) // 2] < 100  # (its ground the dark palette's)
        assert light[-1] > 200  # (its text light on it)
    finally:
        qapp.setPalette(before)


def test_an_unticked_box_and_a_list_without_the_focus_show_in_the_dark_look(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An unticked check box (View ▸ Hide boilerplate lines, the list's columns) was a
    dark square on the dark menu, read as a command; and a table's selection looked the
    same with the focus or without it (a low-vision walkthrough)."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QCheckBox, QStyleFactory

    from wirediff.ui.shell.appearance import DARK, Outlined, palette

    styles = [QStyleFactory.create("Fusion"), Outlined("Fusion")]  # (kept while drawn)

    def light_pixels(style: object) -> int:
        """Light pixels where the box's indicator is drawn (its first 20 pixels)."""
        box = QCheckBox("Hide boilerplate lines")
        qtbot.addWidget(box)
        box.setStyle(style)  # type: ignore[arg-type]
        box.setPalette(palette(DARK))
        box.resize(220, 30)
        image = box.grab().toImage()
        return sum(
            QColor(image.pixel(x, y)).lightness() > 110
            for x in range(20)
            for y in range(image.height())
        )

    assert light_pixels(styles[0]) == 0  # (Fusion's own: unseen)
    assert light_pixels(styles[1]) > 20
    made = palette(DARK)
    active, inactive = (
        made.color(group, QPalette.ColorRole.Highlight)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    )
    assert active != inactive


def test_a_folder_dropped_on_an_open_folder_is_opened_instead_or_added_as_chosen(
    qtbot, window: MainWindow, sample_paths: list[Path], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A researcher dropped a second day's folder: it replaced the open one without a word
    (a churnalism walkthrough). A folder dropped while another is open asks: open it
    instead (Enter), add it, or nothing; the sample corpus and a pair of files dropped
    are replaced as before."""
    from wirediff.ui.shell import drops

    first, second = tmp_path / "monday", tmp_path / "tuesday"
    for folder, paths in ((first, sample_paths[:2]), (second, sample_paths[2:4])):
        folder.mkdir()
        for path in paths:
            shutil.copy(path, folder / path.name)
    open_and_wait(qtbot, window, [first])
    asked: list[tuple[list[Path], list[Path]]] = []
    answer: list[str | None] = [None]

    def ask(_parent, dropped, open_now):  # type: ignore[no-untyped-def]
        asked.append((dropped, open_now))
        return answer[0]

    monkeypatch.setattr(drops, "ask", ask)
    drop(qtbot, window.doc_list.view.viewport(), [second])
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT_MS)
    assert asked[0] == ([second], [first])
    assert sorted(d.path.parent for d in window.documents) == [first, first]  # (Cancel)
    answer[0] = drops.ADD
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        drop(qtbot, window.doc_list.view.viewport(), [second])
    assert sorted(d.path.parent.name for d in window.documents) == [
        "monday",
        "monday",
        "tuesday",
        "tuesday",
    ]
    answer[0] = drops.REPLACE
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        drop(qtbot, window.doc_list.view.viewport(), [second])
    assert {d.path.parent.name for d in window.documents} == {"tuesday"}
    assert len(asked) == 3
    # what is open dropped again asks nothing; nor does a folder dropped on the sample
    assert not drops.asks([second], [second], sample=False)
    assert not drops.asks([first], [second], sample=True)
    assert not drops.asks(sample_paths[:2], [second], sample=False)  # (a pair of files)
