"""The review store in the window: notes (m, Shift+M), Flags & notes, the next unreviewed
pair (u), the store's place and its failures, and the old QSettings review state moved in."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.helpers import (
    WAIT_MS,
    bare_window,
    drawn,
    key,
    open_and_wait,
    pair,
    settle,
    the_box,
)
from wirediff.core.review import Lost, ReviewStore, Status, StoreError, doc_ref, place_marks
from wirediff.core.review.location import default_store_path
from wirediff.ui.common.settings import APPLICATION, ORGANIZATION
from wirediff.ui.common.text import flat
from wirediff.ui.panels.problems import ProblemsPanel
from wirediff.ui.session.review_store import app_store_path
from wirediff.ui.shell.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = "Check this against the wire copy"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and modification time."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


def go_to_change(qtbot, window: MainWindow, n: int) -> None:  # type: ignore[no-untyped-def]
    """Alt+Down ``n + 1`` times from the top: change ``n`` is current."""
    pane = window.diff.right
    pane.setFocus()
    key(qtbot, pane, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    for _ in range(n):
        key(qtbot, pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.diff.current == n


def write_note(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """m on the diff, type ``text``, Ctrl+Enter."""
    key(qtbot, window.diff.right, Qt.Key.Key_M)
    editor = window.changes.note_editor
    assert editor.isVisible() and editor.text.hasFocus()
    qtbot.keyClicks(editor.text, text)
    key(qtbot, editor.text, Qt.Key.Key_Return, CTRL)
    assert not editor.isVisible()


def listed(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    """Review ▸ Flags & notes, once its list has been read."""
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        window.actions_["flags_and_notes"].trigger()
    dialog = window.commands.reviewing.flags
    assert dialog is not None and dialog.isVisible()
    return dialog


def failing(monkeypatch, window: MainWindow, write: str, why: str) -> ReviewStore:  # type: ignore[no-untyped-def]
    """The window's store, its method ``write`` failing with ``why``."""
    store = window.session.review.store
    assert store is not None

    def fail(*_args: object, **_kwargs: object) -> None:
        raise StoreError(f"review store x: {why}")

    monkeypatch.setattr(store, write, fail)
    return store


@pytest.fixture
def folder(tmp_path: Path, sample_dir: Path) -> Path:
    copy = tmp_path / "news"
    shutil.copytree(sample_dir, copy)
    return copy


def test_the_store_is_where_the_command_line_looks(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data home"))
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    try:
        assert app_store_path() == default_store_path()
        assert app_store_path().parent == tmp_path / "data home" / "wirediff" / "wirediff"
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def test_a_note_written_with_m_is_in_flags_and_notes_after_a_restart(
    qtbot, make_window: Callable[..., MainWindow], folder: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(folder)
    first = make_window()
    open_and_wait(qtbot, first, [folder])
    assert pair(first) == ("000", "001")
    go_to_change(qtbot, first, 2)
    write_note(qtbot, first, NOTE)
    model = first.changes.model
    assert model.index(2, 2).data() == "✎" and NOTE in model.index(2, 3).data()
    assert first.changes.note_line.text() == f"✎ Change 3: {NOTE}"  # the current change's
    assert first.diff.right.hasFocus()  # back where the user was
    assert first.doc_list.cells.marks()[1] == "⚑"  # the pair has a note now
    key(qtbot, first.diff.right, Qt.Key.Key_M)  # m again: the note to edit
    assert first.changes.note_editor.text.toPlainText() == NOTE
    key(qtbot, first.changes.note_editor.text, Qt.Key.Key_Escape)
    assert not first.changes.note_editor.isVisible() and model.index(2, 2).data() == "✎"
    first.close()

    second = make_window()
    open_and_wait(qtbot, second, [folder])
    assert second.changes.model.index(2, 2).data() == "✎"  # placed again on its change
    with qtbot.waitSignal(second.comparison_shown, timeout=WAIT_MS):
        second.doc_list.select(3)  # another pair on screen
    dialog = listed(qtbot, second)
    (entry,) = dialog.entries
    assert entry.note == NOTE and entry.status is Status.CURRENT and not entry.flagged
    item = dialog.view.topLevelItem(0)
    assert item is not None and item.text(0) == f"{folder.glob('000*').__next__().name} ↔ " + (
        next(folder.glob("001*")).name
    )
    assert item.text(3) == NOTE and item.text(4) == "current"
    with qtbot.waitSignal(second.session.review.go_to_change, timeout=WAIT_MS):
        key(qtbot, dialog.view, Qt.Key.Key_Return)  # Enter opens it: its pair, at its change
    assert pair(second) == ("000", "001") and second.diff.current == 2
    assert snapshot(folder) == before  # nothing was written under the folder
    assert store_path.exists() and not store_path.is_relative_to(folder)


def test_a_note_on_the_pair_and_a_flag_show_in_the_changes_panel(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    window.diff.right.setFocus()
    key(qtbot, window.diff.right, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    editor = window.changes.note_editor
    assert editor.isVisible() and editor.heading.text().startswith("Note on the pair")
    qtbot.keyClicks(editor.text, "<b>Asharq</b> appended an unrelated story")
    editor.save_button.click()
    line = window.changes.review_line
    assert line.isVisible() and "On this pair: <b>Asharq</b> appended" in line.text()
    assert line.textFormat() == Qt.TextFormat.PlainText  # the note is shown, not obeyed
    go_to_change(qtbot, window, 0)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    key(qtbot, window.diff.right, Qt.Key.Key_R)
    assert window.changes.model.index(0, 2).data() == "⚑"
    assert line.text().startswith("✓ Reviewed")
    assert window.doc_list.cells.marks()[1] == "✓⚑"
    store, shown = window.session.review.store, window.shown
    assert store is not None and shown is not None
    review = store.pair_review(doc_ref(shown.left), doc_ref(shown.right))
    assert review.note.startswith("<b>Asharq</b>") and review.reviewed
    key(qtbot, window.diff.right, Qt.Key.Key_M)  # an empty note removes it
    key(qtbot, window.changes.note_editor.text, Qt.Key.Key_Return, CTRL)
    assert window.changes.model.index(0, 2).data() == "⚑"


def test_u_goes_to_the_next_pair_not_marked_reviewed(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    view = window.doc_list.view
    view.setFocus()
    assert window.doc_list.visible_order() == [0, 1, 2, 3, 4] and window.doc_list.selected() == 1
    key(qtbot, view, Qt.Key.Key_R)  # 000/001 reviewed
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(3)
    key(qtbot, view, Qt.Key.Key_R)  # 000/003 reviewed
    assert window.doc_list.cells.marks()[3] == "✓"
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(1)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, view, Qt.Key.Key_U)
    assert window.doc_list.selected() == 2 and pair(window) == ("000", "002")
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, view, Qt.Key.Key_U)  # 003 is reviewed: skipped
    assert window.doc_list.selected() == 4
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, view, Qt.Key.Key_U)  # wraps around
    assert window.doc_list.selected() == 2
    key(qtbot, view, Qt.Key.Key_R)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(4)
    key(qtbot, view, Qt.Key.Key_R)
    key(qtbot, view, Qt.Key.Key_U)
    assert window.doc_list.selected() == 4
    assert window.status_label.text() == "Every pair in the list is marked reviewed"
    assert [window.doc_list.cells.marks()[d] for d in range(5)] == ["◆", "✓", "✓", "✓", "✓"]


def test_u_under_a_filter_says_the_pairs_it_hides_are_not_reviewed(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """A wire-desk editor filtered the list to one pair, reviewed it, pressed u: "Every pair
    in the list is marked reviewed", with twelve pairs of thirteen not."""
    open_and_wait(qtbot, window, [folder])
    doc_list = window.doc_list
    doc_list.view.setFocus()
    key(qtbot, doc_list.view, Qt.Key.Key_R)  # 000/001 reviewed
    name = window.session.documents[1].name
    key(qtbot, doc_list.view, Qt.Key.Key_Slash)
    qtbot.keyClicks(doc_list.filter, name)
    key(qtbot, doc_list.filter, Qt.Key.Key_Return)
    assert doc_list.visible_order() == [1]
    doc_list.view.setFocus()
    key(qtbot, doc_list.view, Qt.Key.Key_U)
    said = window.status_label.text()
    assert said.startswith(f"Every pair the filter “{name}” lists is marked reviewed")
    assert "pairs it hides are not" in said
    key(qtbot, doc_list.view, Qt.Key.Key_Slash)
    key(qtbot, doc_list.filter, Qt.Key.Key_Escape)  # the filter cleared: u goes on
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, doc_list.view, Qt.Key.Key_U)
    assert doc_list.selected() == 2


def test_flags_and_notes_lists_an_orphaned_note_with_the_reason(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    comparison = window.diff.comparison
    assert comparison is not None
    change = next(i for i, c in enumerate(comparison.changes) if c.right.end - c.right.start > 20)
    go_to_change(qtbot, window, change)
    write_note(qtbot, window, "gone soon")
    words = comparison.right_text[comparison.changes[change].right.start :][:20]
    edited = next(folder.glob("001*"))
    edited.write_text(edited.read_text(encoding="utf-8").replace(words, ""), encoding="utf-8")
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.reload()
    settle(qtbot, window)
    dialog = listed(qtbot, window)
    (entry,) = dialog.entries
    assert entry.status is Status.ORPHANED and "edited since" in entry.reason
    assert dialog.view.topLevelItem(0).text(4).startswith("orphaned: ")  # type: ignore[union-attr]
    assert "1 orphaned" in dialog.status.text()
    line = window.changes.review_line  # and the panel says one is not found
    assert "1 flag or note not found in this comparison" in line.text()


def test_a_flag_on_a_caption_hidden_by_ctrl_h_is_said_hidden_not_moved(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """Asharq Al-Awsat's caption is printed four times; flag the second copy, hide the
    boilerplate (Ctrl+H): the flag moved to the first copy's change, which the user never
    flagged. It is now not found, and the panel's tooltip says why."""
    open_and_wait(qtbot, window, [folder])
    comparison = window.diff.comparison
    assert comparison is not None
    caption = "US soldiers wearing protective masks"
    copies = [
        i
        for i, c in enumerate(comparison.changes)
        if comparison.right_text[c.right.start : c.right.end].strip().startswith(caption)
    ]
    model = window.changes.model

    def marked() -> set[int]:
        return {i for i in range(model.rowCount()) if model.index(i, 2).data()}

    go_to_change(qtbot, window, copies[1])
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: marked() == {copies[1]}, timeout=WAIT_MS)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, window.diff.right, Qt.Key.Key_H, CTRL)
    assert window.shown is not None and window.shown.clean
    line = window.changes.review_line
    qtbot.waitUntil(lambda: "1 flag or note not found" in line.text(), timeout=WAIT_MS)
    assert not marked()  # on no other change
    assert "hidden as boilerplate (Ctrl+H shows it)" in line.toolTip()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        key(qtbot, window.diff.right, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: marked() == {copies[1]}, timeout=WAIT_MS)


def test_a_damaged_store_is_set_aside_and_said_once(
    qtbot, settings_path: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(b"this is not a database" * 100)
    window = bare_window(qtbot, settings_path, store_path)
    box = the_box(qtbot, window)
    assert "It was moved to review.sqlite3." in box.text()
    aside = [p.name for p in store_path.parent.glob("review.sqlite3.*")]
    assert len(aside) == 1 and aside[0].startswith(
        ("review.sqlite3.corrupt-", "review.sqlite3.foreign-")
    )
    assert aside[0] in box.text()
    assert window.session.review.store is not None  # a fresh one
    box.close()
    window.close()
    again = bare_window(qtbot, settings_path, store_path)
    qtbot.wait(100)
    assert not again.findChildren(QMessageBox)  # said once
    again.close()


def test_a_store_that_cannot_be_used_is_said_and_nothing_breaks(
    qtbot, settings_path: Path, tmp_path: Path, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    window = bare_window(qtbot, settings_path, blocker / "review.sqlite3")
    box = the_box(qtbot, window)
    assert "cannot be kept in this session" in box.text()
    box.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    open_and_wait(qtbot, window, [folder])
    window.diff.right.setFocus()
    key(qtbot, window.diff.right, Qt.Key.Key_R)
    assert window.status_label.text().startswith("Not saved (the reviewed mark)")
    go_to_change(qtbot, window, 0)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    assert window.status_label.text().startswith("Not saved (the flag)")
    assert window.doc_list.cells.marks()[1] == ""
    window.close()


def test_a_failing_write_is_said_not_raised(
    qtbot, window: MainWindow, folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    failing(monkeypatch, window, "set_reviewed", "disk I/O error")
    window.diff.right.setFocus()
    key(qtbot, window.diff.right, Qt.Key.Key_R)
    assert window.status_label.text().startswith("Could not save the reviewed mark")
    boxes = window.findChildren(QMessageBox)
    assert len(boxes) == 1 and "disk I/O error" in boxes[0].text()
    key(qtbot, window.diff.right, Qt.Key.Key_R)
    assert len(window.findChildren(QMessageBox)) == 1  # the status line says it again, once


def test_the_old_settings_review_is_moved_into_the_store_once(
    qtbot, make_window: Callable[..., MainWindow], settings_path: Path, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    paths = sorted(str(p) for p in folder.iterdir())
    reviewed = f"{paths[0]}\t{paths[1]}"
    elsewhere = "/elsewhere/a.txt\t/elsewhere/b.txt"
    old = QSettings(str(settings_path), QSettings.Format.IniFormat)
    old.setValue("review/pairs", [reviewed, elsewhere])
    old.setValue("review/flags", json.dumps({reviewed: [0, 2], elsewhere: [1]}))
    old.sync()
    window = make_window()
    open_and_wait(qtbot, window, [folder])
    qtbot.waitUntil(lambda: "old settings" in window.status_label.text(), timeout=WAIT_MS)
    assert "Moved 1 reviewed pair and 2 flags" in window.status_label.text()
    store = window.session.review.store
    assert store is not None
    documents = window.documents
    left, right = doc_ref(documents[0]), doc_ref(documents[1])
    assert store.is_reviewed(left, right)
    settle(qtbot, window)  # the pair on screen shows its flags
    assert pair(window) == ("000", "001") and window.changes.model.index(0, 2).data() == "⚑"
    assert window.changes.model.index(2, 2).data() == "⚑"
    assert window.doc_list.cells.marks()[1] == "✓⚑"
    window.settings.sync()
    kept = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert kept.value("review/pairs") in (elsewhere, [elsewhere])  # waits for its folder
    assert json.loads(str(kept.value("review/flags"))) == {elsewhere: [1]}
    marks = store.pair_review(left, right).marks
    window.close()
    again = make_window()
    open_and_wait(qtbot, again, [folder])
    again_store = again.session.review.store
    assert again_store is not None
    assert len(again_store.pair_review(left, right).marks) == len(marks) == 2  # not twice


def test_marks_survive_a_renamed_folder(
    qtbot, make_window: Callable[..., MainWindow], folder: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    open_and_wait(qtbot, first, [folder])
    go_to_change(qtbot, first, 1)
    key(qtbot, first.diff.right, Qt.Key.Key_F)
    first.close()
    moved = folder.with_name("renamed")
    os.rename(folder, moved)
    second = make_window()
    open_and_wait(qtbot, second, [moved])
    assert second.changes.model.index(1, 2).data() == "⚑"
    assert second.doc_list.cells.marks()[1] == "⚑"


def test_flags_are_placed_by_their_words_when_an_option_changes(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    comparison = window.diff.comparison
    assert comparison is not None
    go_to_change(qtbot, window, 3)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    words = comparison.changes[3].right
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.actions_["ignore_case"].setChecked(True)
    settle(qtbot, window)
    now = window.diff.comparison
    assert now is not None and now is not comparison
    (flagged,) = [i for i in range(len(now.changes)) if window.changes.model.index(i, 2).data()]
    assert (
        now.right_text[now.changes[flagged].right.start : now.changes[flagged].right.end]
        == (comparison.right_text[words.start : words.end])
    )
    store, shown = window.session.review.store, window.shown
    assert store is not None and shown is not None
    review = store.pair_review(doc_ref(shown.left), doc_ref(shown.right))
    assert place_marks(now, review.marks).flagged() == {flagged}


def test_flags_and_notes_follows_the_folder_open(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The list left open while another folder opens lists that folder's flags and notes
    (its entries were the first folder's documents by index: Enter opened a pair of the new
    folder, or raised IndexError; found by fuzzing the app)."""
    other = tmp_path / "other"
    other.mkdir()
    for name in sorted(p.name for p in folder.iterdir())[2:]:
        shutil.copy(folder / name, other / name)
    open_and_wait(qtbot, window, [folder])
    go_to_change(qtbot, window, 1)
    write_note(qtbot, window, NOTE)
    dialog = listed(qtbot, window)
    assert [e.note for e in dialog.entries] == [NOTE]
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        open_and_wait(qtbot, window, [other])
    assert dialog.isVisible() and dialog.entries == [] and dialog.view.topLevelItemCount() == 0
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        open_and_wait(qtbot, window, [folder])  # back: its note again
    assert [e.note for e in dialog.entries] == [NOTE]


def test_a_long_note_on_the_pair_shows_its_start_and_keeps_all_of_it(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """A whole article pasted as a note: the panel shows its first lines (a label laid out
    2 MB for seconds at every save and every return to the pair); the editor and the store
    keep every character."""
    open_and_wait(qtbot, window, [folder])
    url = "https://example.org/" + "x" * 300  # no space: it must still wrap in the panel
    note = "\n".join([f"Line {n}: the paragraph pasted from the article." for n in range(40000)])
    note = f"{url}\n{note}"
    window.diff.right.setFocus()
    key(qtbot, window.diff.right, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    editor = window.changes.note_editor
    editor.text.setPlainText(note)
    editor.save_button.click()
    line = window.changes.review_line
    shown = line.text().replace("\u200b", "")
    assert shown.startswith(f"✎ On this pair: {url}\nLine 0:")
    assert shown.endswith("… (Shift+M)") and len(shown) < 700 and "Line 39999" not in shown
    assert line.minimumSizeHint().width() < 600  # the URL wraps instead of widening the panel
    store, pair = window.session.review.store, window.shown
    assert store is not None and pair is not None
    assert store.pair_review(doc_ref(pair.left), doc_ref(pair.right)).note == note
    key(qtbot, window.diff.right, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    assert editor.text.toPlainText() == note  # all of it, to read and edit


def test_a_note_with_a_bidi_override_is_shown_masked_in_the_lists(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A note pasted with a right-to-left override (or an escape character), and an article
    holding one, are data: the change list's cell and Flags & notes show the marks, not a
    reversed line ("1500 dollars to account 4471" read backwards)."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    said = "The bank said the transfer of {}1500 dollars to account 4471{} was approved.\n"
    (folder / "a.txt").write_text("Transfer\n\n" + said.format("", ""), encoding="utf-8")
    (folder / "b.txt").write_text("Transfer\n\n" + said.format("\u202e", "\u202c"), "utf-8")
    open_and_wait(qtbot, window, [folder])
    go_to_change(qtbot, window, 0)
    key(qtbot, window.diff.right, Qt.Key.Key_M)
    editor = window.changes.note_editor
    editor.text.setPlainText("check \u202eeroc\n\x1b[31m red")
    key(qtbot, editor.text, Qt.Key.Key_Return, CTRL)
    cell = window.changes.model.index(0, 3).data()
    assert "✎ check <RLO>eroc ␛[31m red" in flat(cell) and "\u202e" not in cell
    item = listed(qtbot, window).view.topLevelItem(0)
    assert item is not None and item.text(3) == "check <RLO>eroc ␛[31m red"
    assert "<RLO>1500 dollars to account 4471<PDF>" in flat(item.text(1)).replace("…", "")


def test_two_windows_writing_notes_on_one_change_lose_neither(
    qtbot, make_window: Callable[..., MainWindow], folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """Two windows (instances) on one store: the editor opens on the note as stored now
    (it opened on the note as the window last read it: empty), and a note saved over one
    changed meanwhile keeps both."""
    a, b = make_window(), make_window()

    def use(window: MainWindow) -> None:  # the window the user works in
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)

    for window in (a, b):
        use(window)
        open_and_wait(qtbot, window, [folder])
        go_to_change(qtbot, window, 2)
    use(a)
    write_note(qtbot, a, "Alice: checked")
    use(b)
    key(qtbot, b.diff.right, Qt.Key.Key_M)
    assert b.changes.note_editor.text.toPlainText() == "Alice: checked"
    key(qtbot, b.changes.note_editor.text, Qt.Key.Key_Escape)
    for window in (a, b):  # both editors open on the pair's note, at once
        use(window)
        key(qtbot, window.diff.right, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    for window, said in ((b, "Bob: quote altered"), (a, "Alice: ask the desk")):
        use(window)
        qtbot.keyClicks(window.changes.note_editor.text, said)
        key(qtbot, window.changes.note_editor.text, Qt.Key.Key_Return, CTRL)
    assert "another window meanwhile: both are kept" in a.status_label.text()
    store, shown = a.session.review.store, a.shown
    assert store is not None and shown is not None
    review = store.pair_review(doc_ref(shown.left), doc_ref(shown.right))
    assert review.note == "Bob: quote altered\n\nAlice: ask the desk"
    assert [m.note for m in review.marks] == ["Alice: checked"]


def test_a_note_being_written_outlives_a_new_comparison_and_is_saved_on_leaving(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """The same pair compared again (an option changed; the grouping ended and swapped the
    sides) leaves the editor open on what was typed; another pair saves it on its own pair
    (it was dropped without a word)."""
    open_and_wait(qtbot, window, [folder])
    first = window.shown
    assert first is not None
    go_to_change(qtbot, window, 1)
    key(qtbot, window.diff.right, Qt.Key.Key_M)
    editor = window.changes.note_editor
    qtbot.keyClicks(editor.text, "Half a thought")
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.actions_["ignore_case"].setChecked(True)
    assert editor.isVisible() and editor.text.toPlainText() == "Half a thought"
    qtbot.keyClicks(editor.text, ", finished")
    said: list[str] = []
    window.session.review.message.connect(said.append)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(3)
    assert not editor.isVisible() and said == ["Note on change 2 saved"]
    store = window.session.review.store
    assert store is not None
    review = store.pair_review(doc_ref(first.left), doc_ref(first.right))
    assert [m.note for m in review.marks] == ["Half a thought, finished"]


def test_a_note_whose_save_failed_stays_in_the_editor(
    qtbot, window: MainWindow, folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    failing(monkeypatch, window, "set_note", "database is locked")
    go_to_change(qtbot, window, 1)
    key(qtbot, window.diff.right, Qt.Key.Key_M)
    editor = window.changes.note_editor
    qtbot.keyClicks(editor.text, "Three careful sentences")
    key(qtbot, editor.text, Qt.Key.Key_Return, CTRL)
    assert window.status_label.text().startswith("Could not save the note")
    assert editor.isVisible() and editor.text.toPlainText() == "Three careful sentences"
    assert editor.text.hasFocus()
    key(qtbot, window.diff.right, Qt.Key.Key_M)  # m again on that change: the text is there
    assert editor.text.toPlainText() == "Three careful sentences"
    monkeypatch.delattr(window.session.review.store, "set_note")  # the store works again
    key(qtbot, editor.text, Qt.Key.Key_Return, CTRL)
    assert not editor.isVisible() and window.changes.model.index(1, 2).data() == "✎"


def test_the_window_waits_for_a_busy_store_a_second_not_ten(window: MainWindow) -> None:
    """Another program writing to the store held the window still 10 s at every r, f or
    note; the window's own connection waits a second, then says the store is busy."""
    store = window.session.review.store
    assert store is not None
    ((waits,),) = store._conn.execute("PRAGMA busy_timeout").fetchall()
    assert waits <= 1000


def test_a_damaged_flag_is_said_and_listed_and_the_pair_still_works(
    qtbot, make_window: Callable[..., MainWindow], folder: Path, store_path: Path, settings_path
) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    open_and_wait(qtbot, first, [folder])
    for change in (0, 2):
        go_to_change(qtbot, first, change)
        key(qtbot, first.diff.right, Qt.Key.Key_F)
    first.close()
    with sqlite3.connect(store_path) as raw:  # one value cut short: the file itself is sound
        ((damaged,),) = raw.execute("SELECT change_key FROM marks ORDER BY created_at LIMIT 1")
        raw.execute(
            "UPDATE marks SET anchor = substr(anchor, 1, length(anchor) - 1) WHERE change_key = ?",
            (damaged,),
        )
    raw.close()

    second = bare_window(qtbot, settings_path, store_path)
    box = the_box(qtbot, second)  # said once, on opening, naming the store
    assert str(store_path) in box.text() and "flags or notes of 1 change" in box.text()
    box.close()
    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second, timeout=WAIT_MS)
    open_and_wait(qtbot, second, [folder])
    assert [second.changes.model.index(i, 2).data() for i in (0, 2)] == ["", "⚑"]
    assert "1 flag or note not found" in second.changes.review_line.text()
    second.diff.right.setFocus()
    key(qtbot, second.diff.right, Qt.Key.Key_R)
    assert second.status_label.text() == "Pair marked reviewed"
    dialog = listed(qtbot, second)
    assert sorted((e.status, e.reason) for e in dialog.entries) == [
        (Status.CURRENT, ""),
        (Status.ORPHANED, Lost.DAMAGED.value),
    ]


def test_flags_and_notes_forgets_the_chosen_ones_orphaned_too(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """An orphaned flag or note (its document deleted) stayed in the list for ever: nothing
    could remove it. Delete in the list asks, then forgets the chosen ones; the pair on
    screen and the document list lose their marks."""
    open_and_wait(qtbot, window, [folder])
    go_to_change(qtbot, window, 1)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    go_to_change(qtbot, window, 2)
    write_note(qtbot, window, NOTE)
    assert window.doc_list.cells.marks()[1] == "⚑"
    third = next(folder.glob("002*"))
    window.doc_list.view.setFocus()
    window.doc_list.select(next(i for i, d in enumerate(window.documents) if d.path == third))
    qtbot.waitUntil(lambda: pair(window)[1] == "002", timeout=WAIT_MS)
    go_to_change(qtbot, window, 0)
    write_note(qtbot, window, "on a file about to go")
    third.unlink()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.reload()
    settle(qtbot, window)
    dialog = listed(qtbot, window)
    assert "1 orphaned" in dialog.status.text()
    rows = [dialog.view.topLevelItem(i) for i in range(dialog.view.topLevelItemCount())]
    orphan = next(i for i, item in enumerate(rows) if item.text(4).startswith("orphaned"))  # type: ignore[union-attr]
    key(qtbot, dialog.view, Qt.Key.Key_Home)
    for _ in range(orphan):
        key(qtbot, dialog.view, Qt.Key.Key_Down)
    key(qtbot, dialog.view, Qt.Key.Key_Delete)
    box = dialog.findChild(QMessageBox, "forget_box")
    assert box is not None and box.isVisible() and box.text().startswith("Forget 1 note?")
    # Enter keeps it: Cancel is the default (and focused) button, not Forget, which
    # deleted a note for good at one key. Alt+F forgets.
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    key(qtbot, box.focusWidget() or box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)
    qtbot.wait(50)
    assert "1 orphaned" in dialog.status.text() and len(dialog.entries) == 3
    dialog.activateWindow()  # as the window system does when the box closes
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    key(qtbot, dialog.view, Qt.Key.Key_Delete)
    box = dialog.findChild(QMessageBox, "forget_box")
    assert box is not None and box.isVisible()
    qtbot.waitUntil(box.isActiveWindow, timeout=WAIT_MS)  # (its letters work in it)
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        key(qtbot, box.focusWidget() or box, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert [e.status for e in dialog.entries] == [Status.CURRENT, Status.CURRENT]
    assert "orphaned" not in dialog.status.text()

    dialog.activateWindow()  # as the window system does when the box closes
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    dialog.view.selectAll()  # both marks of the pair on screen: asked, then kept (Cancel)
    key(qtbot, dialog.view, Qt.Key.Key_Delete)
    box = dialog.findChild(QMessageBox, "forget_box")
    assert box is not None and box.text().startswith("Forget 1 flag and 1 note?")
    key(qtbot, box, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert len(dialog.entries) == 2
    dialog.forget_button.click()
    box = dialog.findChild(QMessageBox, "forget_box")
    forget = next(b for b in box.buttons() if b.text() == "&Forget")
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        forget.click()
    assert dialog.entries == [] and not dialog.forget_button.isEnabled()
    assert window.status_label.text() == "Forgot 1 flag and 1 note"
    assert window.doc_list.cells.marks()[1] == ""  # the list's ⚑ went with them


def test_enter_in_flags_and_notes_goes_to_the_entry_and_space_stays_in_the_list(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """Enter on an entry opened its pair at its change and left the list open on top of
    it, covering the change, the keyboard in the window behind. Now, as in the heat map,
    Enter goes to it (the list closes, the keyboard is in the diff) and Space or a double
    click opens it, staying in the list, to look at the next one. Opened again, the list
    is back on the entry the user was on (it came back on its first: going through flags
    meant finding one's place each time)."""
    open_and_wait(qtbot, window, [folder])
    for change in range(3):
        go_to_change(qtbot, window, change)
        key(qtbot, window.diff.right, Qt.Key.Key_F)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(3)  # another pair on screen
    dialog = listed(qtbot, window)
    assert len(dialog.entries) == 3
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    assert QApplication.focusWidget() is dialog.view
    key(qtbot, dialog.view, Qt.Key.Key_Home)
    key(qtbot, dialog.view, Qt.Key.Key_Down)
    second = dialog.current_entry()
    assert second is not None and second.mark is not None
    with qtbot.waitSignal(window.session.review.go_to_change, timeout=WAIT_MS):
        key(qtbot, dialog.view, Qt.Key.Key_Space)
    assert pair(window) == ("000", "001")
    assert window.diff.current == 1  # the second flag's change
    assert dialog.isVisible() and dialog.current_entry() == second  # still open, on it
    assert dialog.isActiveWindow() and QApplication.focusWidget() is dialog.view
    assert len(dialog.view.selectedItems()) == 1  # (Space did not change the selection)

    key(qtbot, dialog.view, Qt.Key.Key_Down)
    third = dialog.current_entry()
    with qtbot.waitSignal(window.session.review.go_to_change, timeout=WAIT_MS):
        key(qtbot, dialog.view, Qt.Key.Key_Return)
    assert window.diff.current == 2
    assert not dialog.isVisible()  # it covered the change
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(window.diff.right.hasFocus, timeout=WAIT_MS)
    key(qtbot, window.diff.right, Qt.Key.Key_P)  # the diff's keys read on from there
    assert window.diff.current == 1

    again = listed(qtbot, window)  # Review ▸ Flags & notes again: on the entry the user was on
    assert again is dialog and dialog.current_entry() == third
    assert dialog.view.currentItem() is dialog.view.topLevelItem(2)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    key(qtbot, dialog.view, Qt.Key.Key_Escape)  # Esc still closes it
    assert not dialog.isVisible()


def test_flags_on_pairs_of_one_base_read_apart_at_the_default_size(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """The Pair column read "000_95eef2de69d379c…" on every row of one base (the text cut at
    its end): entries of different pairs could not be told apart. Each file name is cut in
    its middle now, keeping the start and the end where names differ. Found by a
    keyboard-only reviewer."""
    open_and_wait(qtbot, window, [folder])
    go_to_change(qtbot, window, 0)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    third = next(i for i, d in enumerate(window.documents) if d.path.name.startswith("002"))
    window.doc_list.view.setFocus()
    window.doc_list.select(third)
    qtbot.waitUntil(lambda: pair(window) == ("000", "002"), timeout=WAIT_MS)
    go_to_change(qtbot, window, 0)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    dialog = listed(qtbot, window)
    view = dialog.view
    pairs = [view.topLevelItem(i).text(0) for i in range(view.topLevelItemCount())]  # type: ignore[union-attr]
    assert pairs == [  # A to Z (Qt's header started descending: the list read Z to A)
        "000_95eef2de69d379ca.txt ↔ 001_9961d6b741e39e46.txt",
        "000_95eef2de69d379ca.txt ↔ 002_3458ed2ff60c0bff.txt",
    ]
    assert all(view.fontMetrics().horizontalAdvance(p) > view.columnWidth(0) for p in pairs)
    shown = drawn(view, 0)  # at the size the dialog opens at
    assert len(set(shown)) == 2 and all(t.count("…") == 2 and " ↔ " in t for t in shown)
    for whole, seen in zip(pairs, shown, strict=True):
        left, right = whole.split(" ↔ ")
        assert seen.startswith(left[:4]) and seen.endswith(right[-6:])  # 000_ … ca.txt
        assert seen.split(" ↔ ")[1].startswith(right[:4])  # 001_ or 002_
    assert view.topLevelItem(0).toolTip(0).count(".txt") == 2  # type: ignore[union-attr]


def test_enter_on_an_entry_that_cannot_be_opened_leaves_the_list_open_saying_why(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """Enter closes the list only when it opened the entry: an orphaned one (its file
    deleted) says why under the list, which stays."""
    open_and_wait(qtbot, window, [folder])
    go_to_change(qtbot, window, 0)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    next(folder.glob("001*")).unlink()
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.commands.reload()
    settle(qtbot, window)
    dialog = listed(qtbot, window)
    assert [e.status for e in dialog.entries] == [Status.ORPHANED]
    key(qtbot, dialog.view, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.status.text().startswith("Cannot open it: orphaned")


def test_a_flag_on_a_file_made_unreadable_says_why_as_the_problems_panel_does(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """A flagged file still in the folder but made binary was listed "orphaned: … is no
    longer in the folder" while the Problems panel listed it there, binary."""
    open_and_wait(qtbot, window, [folder])
    go_to_change(qtbot, window, 1)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    right = next(folder.glob("001*"))
    right.write_bytes(b"\x00\x01binary now\x00" * 100)
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        key(qtbot, window.diff.right, Qt.Key.Key_F5)
    settle(qtbot, window)
    panel = window.findChild(ProblemsPanel)
    assert panel is not None
    (line,) = [s for s in panel.lines() if s.startswith(right.name)]
    why = line.removeprefix(f"{right.name}: ").split(" — ")[0]
    assert why == "binary file (contains NUL bytes)"
    dialog = listed(qtbot, window)
    item = dialog.view.topLevelItem(0)
    assert item is not None
    said = f"orphaned: {right.name} cannot be read: {why}"
    assert item.text(4) == said and said in item.toolTip(4)


def test_shift_n_and_shift_p_go_from_flag_to_note_to_flag(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """Review went change by change only: the flags and notes of a long pair were found by
    stepping through every change again."""
    open_and_wait(qtbot, window, [folder])
    pane = window.diff.right
    said: list[str] = []
    window.diff.message.connect(said.append)
    pane.setFocus()
    key(qtbot, pane, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert said[-1] == "No flagged or noted change in this pair (f flags, m notes)"
    go_to_change(qtbot, window, 2)
    key(qtbot, pane, Qt.Key.Key_F)
    go_to_change(qtbot, window, 5)
    write_note(qtbot, window, NOTE)
    go_to_change(qtbot, window, 9)
    key(qtbot, pane, Qt.Key.Key_F)
    go_to_change(qtbot, window, 0)
    seen = []
    for _ in range(3):
        key(qtbot, pane, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
        seen.append(window.diff.current)
    assert seen == [2, 5, 9]
    key(qtbot, pane, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert window.diff.current == 9 and said[-1] == "No more flagged or noted changes below"
    key(qtbot, pane, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    comparison = window.diff.comparison
    assert comparison is not None
    total = len(comparison.changes)
    assert window.diff.current == 5
    assert said[-1] == f"Change 6 of {total}: replaced (flagged or noted 2 of 3)"
    # From the list too, as n and p go (it did nothing there, and said nothing: a
    # standards editor's walkthrough)
    window.doc_list.view.setFocus()
    key(qtbot, window.doc_list.view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert window.diff.current == 2 and said[-1].startswith("Change 3 of")
    assert window.doc_list.view.hasFocus()


def test_a_letter_typed_on_the_note_editors_buttons_is_no_command(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """Tabbed out of the note and typing on: "f" flagged the change, "r" would have marked
    the pair reviewed."""
    open_and_wait(qtbot, window, [folder])
    go_to_change(qtbot, window, 1)
    key(qtbot, window.diff.right, Qt.Key.Key_M)
    editor = window.changes.note_editor
    qtbot.keyClicks(editor.text, "abc")
    key(qtbot, editor.text, Qt.Key.Key_Tab)
    button = QApplication.focusWidget()
    assert button in (editor.save_button, editor.cancel_button)
    for letter in (Qt.Key.Key_F, Qt.Key.Key_R):
        key(qtbot, button, letter)
    assert window.changes.model.index(1, 2).data() == ""  # no flag
    assert editor.isVisible() and editor.text.toPlainText() == "abc"
    assert window.doc_list.cells.marks()[1] == ""  # not marked reviewed either
    editor.cancel_button.setFocus()
    key(qtbot, editor.cancel_button, Qt.Key.Key_Return)  # Enter presses the button
    assert not editor.isVisible() and window.changes.model.index(1, 2).data() == ""


def test_marks_shared_by_a_copy_of_the_same_text_say_so(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """The store knows a text, not a file: a note written on one client's copy showed on
    another client's page of the same words, unsaid (a corrections editor's walkthrough)."""
    twin = folder / "zz_twin.txt"
    source = next(folder.glob("001_*.txt"))
    twin.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    assert pair(window) == ("000", "001")
    line = window.changes.review_line
    assert not line.isVisible()  # (nothing marked: nothing said)
    key(qtbot, window.diff.right, Qt.Key.Key_R)
    assert line.text().split("\n") == [
        "✓ Reviewed (r)",
        "These marks are on zz_twin.txt too: the same text",
    ]
