"""Correcting the grouping from the app: move, split, versions of one story, independent;
kept per folder in the review store, applied again after a reload and a restart, listed
and undone."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from tests.core.review.helpers import hostile_rows
from tests.ui.helpers import (
    WAIT_MS,
    bare_window,
    drawn,
    levels_folder,
    open_and_wait,
    pair,
    settle,
    the_box,
    write_dated_story,
)
from wirediff.cli import main
from wirediff.core.reading import load_paths
from wirediff.core.review import ReviewStore
from wirediff.core.review.folders import real
from wirediff.core.review.identity import text_hash
from wirediff.core.stories import Apart, Base, DocKey, Move, Split
from wirediff.core.stories.corrections import PAYLOAD_VERSION, from_data, to_data
from wirediff.ui.common.roles import DOC_ROLE, STORY_ROLE
from wirediff.ui.common.text import TOOLTIP_MAX, plain_tooltip
from wirediff.ui.doclist.columns import LEVEL
from wirediff.ui.doclist.view import SHOWN_MS
from wirediff.ui.panels.corrections import StoryPicker
from wirediff.ui.session.corrections import Kept, describe
from wirediff.ui.session.review_store import open_store
from wirediff.ui.shell.grouping import CORRECTING
from wirediff.ui.shell.keymap import cheat_rows
from wirediff.ui.shell.window import MainWindow

LONE_TEXT = (
    "Harbour pilots strike over night shifts\n\nHarbour pilots walked out at dawn over new "
    "night shift rosters, leaving a dozen freighters at anchor outside the breakwater.\n"
)


@pytest.fixture
def levels(tmp_path: Path) -> Path:
    return levels_folder(tmp_path / "levels")


def doc(window: MainWindow, name: str) -> int:
    return next(i for i, d in enumerate(window.documents) if d.name.startswith(name))


def story(window: MainWindow, name: str) -> set[str]:
    """The file names of the story ``name`` is in."""
    index = window.index
    assert index is not None
    found = index.story_of(doc(window, name))
    return {index.documents[d].path.stem for d in found.documents}


def regrouped(qtbot, window: MainWindow, act: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    """Do ``act`` and wait for the folder to be grouped again."""
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        act()
    settle(qtbot, window)


def test_a_document_moved_to_another_story_stays_there_after_a_restart(
    qtbot, make_window: Callable[..., MainWindow], levels: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    open_and_wait(qtbot, first, [levels])
    assert story(first, "independent") == {"independent"}
    first.doc_list.select(doc(first, "independent"))
    first.actions_["move_to_story"].trigger()
    picker = first.commands.grouping.picker
    assert picker is not None and picker.isVisible()
    qtbot.waitUntil(picker.filter.hasFocus, timeout=WAIT_MS)
    assert picker.list.count() == 1  # the one other story
    assert picker.list.item(0).text().endswith(" — base APP_source.txt")  # (titles can be alike)
    qtbot.keyClicks(picker.filter, "no such story")
    assert picker.list.currentItem() is None
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "edited.txt")  # a file of the story: found by its name
    assert picker.list.currentItem() is picker.list.item(0)
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, levels.name)  # not by its folder's (it matched them all)
    assert picker.list.currentItem() is None
    picker.filter.clear()
    regrouped(qtbot, first, lambda: qtbot.keyClick(picker.filter, Qt.Key.Key_Return))
    expected = {"APP_source", "copy", "edited", "rewrite", "independent"}
    assert story(first, "independent") == expected
    store = first.session.review.store
    assert store is not None
    (kept,) = store.corrections(str(levels.resolve()))
    (move,) = from_data([kept.payload])
    assert kept.kind == "move" and move.doc.path == "independent.txt"  # type: ignore[union-attr]
    first.close()

    second = make_window()
    open_and_wait(qtbot, second, [levels])
    assert story(second, "independent") == expected  # the correction holds
    with qtbot.waitSignal(second.stories_ready, timeout=WAIT_MS):
        second.commands.reload()  # and on a reload
    settle(qtbot, second)
    assert story(second, "independent") == expected


@contextmanager
def store_locked(window: MainWindow, store_path: Path) -> Iterator[None]:
    """Another process holds the review store's write lock (the app's writes fail soon)."""
    lock = sqlite3.connect(store_path, timeout=0, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    try:
        store = window.session.review.store
        assert store is not None
        store._conn.execute("PRAGMA busy_timeout = 50")  # (not 10 s)
        yield
    finally:
        lock.execute("ROLLBACK")
        lock.close()


def move_independent_to_the_agencys_story(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Stories ▸ Move to another story… on independent.txt, Enter on the one story offered."""
    window.doc_list.select(doc(window, "independent"))
    window.actions_["move_to_story"].trigger()
    picker = window.commands.grouping.picker
    assert picker is not None
    qtbot.waitUntil(picker.filter.hasFocus, timeout=WAIT_MS)
    regrouped(qtbot, window, lambda: qtbot.keyClick(picker.filter, Qt.Key.Key_Return))


def test_a_move_outlives_its_storys_base_and_says_when_it_cannot_apply(
    qtbot, window: MainWindow, levels: Path
) -> None:  # type: ignore[no-untyped-def]
    """A move named only the story's base: with the base deleted, the document fell back
    to a story of its own though the story remained, and Corrections… listed the move as
    in force. Found by fuzzing."""
    open_and_wait(qtbot, window, [levels])
    move_independent_to_the_agencys_story(qtbot, window)
    (levels / "APP_source.txt").unlink()
    regrouped(qtbot, window, window.commands.reload)
    assert story(window, "independent") == {"copy", "edited", "rewrite", "independent"}
    (levels / "independent.txt").unlink()
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.commands.reload()
    settle(qtbot, window)
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None
    said = dialog.view.topLevelItem(0).text(0)  # type: ignore[union-attr]
    assert said.startswith("Not applied (independent.txt: not in the folder): ")


def test_independent_sends_the_version_away_not_its_base_shown_on_the_right(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A reprint dated before its base is shown on the left of it (time order): "the right
    one leaves" sent the wire text, the base, out of its own story. Found by fuzzing."""
    open_and_wait(qtbot, window, [write_dated_story(tmp_path / "dated")])
    window.doc_list.select(doc(window, "theguardian"))
    settle(qtbot, window)
    assert pair(window) == ("the", "reu")  # the reprint on the left of its base
    regrouped(qtbot, window, window.actions_["independent"].trigger)
    assert story(window, "theguardian") == {"theguardian.com-2021-07-24"}
    assert len(story(window, "reuters")) == 3
    assert window.doc_list.selected() == doc(window, "theguardian")  # it did not jump away


def test_a_base_chosen_with_b_outlives_a_correction_of_another_story(
    qtbot, window: MainWindow, news: Path
) -> None:  # type: ignore[no-untyped-def]
    """Any correction regrouped the folder from the automatic bases: the base the user chose
    with b went back, with nothing said. Found by fuzzing."""
    open_and_wait(qtbot, window, [news])
    window.doc_list.select(doc(window, "001"))
    settle(qtbot, window)
    view = window.doc_list.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_B)
    settle(qtbot, window)
    index = window.index
    assert index is not None and index.story_of(doc(window, "001")).base == doc(window, "001")
    others = [index.documents[doc(window, name)] for name in ("002", "003")]
    corrections = window.commands.grouping.corrections
    regrouped(qtbot, window, lambda: corrections.same_story(*others))
    assert story(window, "002") == {"002_3458ed2ff60c0bff", "003_8342cd79d5b7a5de"}
    index = window.index
    assert index is not None and index.story_of(doc(window, "000")).base == doc(window, "001")


def test_split_the_story_at_a_version(qtbot, window: MainWindow, levels: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [levels])
    index = window.index
    assert index is not None
    order = [index.documents[d].name[:4] for d in index.story_of(doc(window, "copy")).documents]
    assert order[0] == "APP_" and len(order) == 4
    at = order[2]  # split at the third version: it and the one after it leave
    window.doc_list.select(doc(window, at))
    settle(qtbot, window)
    regrouped(qtbot, window, window.actions_["split_story"].trigger)
    left = story(window, "APP_source")
    moved = story(window, at)
    assert left | moved == {"APP_source", "copy", "edited", "rewrite"} and not left & moved
    assert len(moved) == 2 and "APP_source" in left
    window.doc_list.select(doc(window, "APP_source"))
    window.actions_["split_story"].trigger()  # at the base: nothing to split there
    assert "That is the story's base" in window.status_label.text()


def test_split_off_the_versions_ticked(qtbot, window: MainWindow, levels: Path) -> None:  # type: ignore[no-untyped-def]
    """A churnalism walkthrough: "Split the story here" on a same-day update took every
    version listed after it, the papers' copies of the original too. Split off versions…
    lists the story's versions, the selected one and those after it ticked: Space unticks
    one, Enter splits off the ones ticked."""
    open_and_wait(qtbot, window, [levels])
    index = window.index
    assert index is not None
    order = [index.documents[d].name[:4] for d in index.story_of(doc(window, "copy")).documents]
    assert order[0] == "APP_" and len(order) == 4
    window.doc_list.select(doc(window, order[1]))
    settle(qtbot, window)
    window.actions_["split_off"].trigger()
    picker = window.commands.grouping.split_picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible, timeout=WAIT_MS)
    picker.activateWindow()  # (offscreen, a dialog opened is not made active by itself)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.list, timeout=WAIT_MS)
    names = [picker.list.item(r).text() for r in range(picker.list.count())]
    assert len(names) == 3 and not any("APP_source" in n for n in names)  # (not the base)
    assert len(picker.ticked()) == 3 and picker.split.text() == "&Split off 3 versions"
    picker.list.setCurrentRow(1)
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)  # the second one stays
    assert len(picker.ticked()) == 2 and picker.split.text() == "&Split off 2 versions"
    staying = window.documents[int(picker.list.item(1).data(DOC_ROLE))].path.stem
    going = {window.documents[d].path.stem for d in picker.ticked()}
    regrouped(qtbot, window, lambda: qtbot.keyClick(picker.list, Qt.Key.Key_Return))
    assert not picker.isVisible()
    assert story(window, "APP_source") == {"APP_source", staying}
    assert story(window, sorted(going)[0]) == going


def test_the_pair_on_screen_made_versions_then_independent(
    qtbot, window: MainWindow, news: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [news])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(2)
    assert pair(window) == ("000", "002") and story(window, "002") == {"002_3458ed2ff60c0bff"}
    said: list[str] = []
    window.session.corrections.message.connect(said.append)
    regrouped(qtbot, window, window.actions_["same_story"].trigger)
    # a pair's correction joins whole stories: said (001 came along, unsaid)
    assert said == [
        "Grouping again: 000_95eef2de69d379ca.txt and 002_3458ed2ff60c0bff.txt: versions of "
        "one story — their stories become one of 3 documents"
    ]
    assert story(window, "002") == {
        "000_95eef2de69d379ca",
        "001_9961d6b741e39e46",
        "002_3458ed2ff60c0bff",
    }
    qtbot.waitUntil(
        lambda: window.shown is not None and window.shown.pair == (0, 2), timeout=WAIT_MS
    )
    regrouped(qtbot, window, window.actions_["independent"].trigger)
    assert story(window, "002") == {"002_3458ed2ff60c0bff"}
    assert story(window, "000") == {"000_95eef2de69d379ca", "001_9961d6b741e39e46"}
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(1)
    regrouped(qtbot, window, window.actions_["independent"].trigger)
    assert story(window, "001") == {"001_9961d6b741e39e46"}  # 001 leaves Reuters' story
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None and dialog.isVisible()
    texts = [dialog.view.topLevelItem(i).text(0) for i in range(dialog.view.topLevelItemCount())]  # type: ignore[union-attr]
    assert texts == [
        "000_95eef2de69d379ca.txt and 002_3458ed2ff60c0bff.txt: versions of one story",
        "002_3458ed2ff60c0bff.txt is independent of 000_95eef2de69d379ca.txt",
        "001_9961d6b741e39e46.txt is independent of 000_95eef2de69d379ca.txt",
    ]
    # Drawn at the size the list opens at, each telling what it is and whom it names: they
    # read "000_95eef2de69d379ca.txt and 002_…txt: v…" (cut at the end), the kind lost.
    shown = drawn(dialog.view, 0)
    assert len(set(shown)) == 3
    assert shown[0].endswith(": versions of one story") and "002_" in shown[0]
    assert all(" is independent of 000_" in t for t in shown[1:])
    assert [t[:4] for t in shown] == ["000_", "002_", "001_"]
    qtbot.waitUntil(dialog.view.hasFocus, timeout=WAIT_MS)  # the last one current
    # Delete on the first: the row that takes its place is current (it jumped to the last)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Home)
    regrouped(qtbot, window, lambda: qtbot.keyClick(dialog.view, Qt.Key.Key_Delete))
    assert dialog.view.topLevelItemCount() == 2 and dialog.view.currentItem() is not None
    assert dialog.view.indexOfTopLevelItem(dialog.view.currentItem()) == 0
    assert story(window, "002") == {"002_3458ed2ff60c0bff"}
    qtbot.keyClick(dialog.view, Qt.Key.Key_End)
    regrouped(qtbot, window, lambda: qtbot.keyClick(dialog.view, Qt.Key.Key_Delete))
    assert story(window, "001") == {"000_95eef2de69d379ca", "001_9961d6b741e39e46"}
    assert dialog.view.topLevelItemCount() == 1
    regrouped(qtbot, window, window.actions_["undo_correction"].trigger)
    assert dialog.view.topLevelItemCount() == 0 and dialog.empty.isVisible()


# A popup menu raises itself and grabs the keyboard, which the offscreen platform cannot.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_list_context_menu_opens_from_the_keyboard(
    qtbot, window: MainWindow, news: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [news])
    view = window.doc_list.view
    view.setFocus()
    window.doc_list.select(3)
    # What Qt makes of the menu key (or Shift+F10) on the focused list.
    at = QPoint(5, 5)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, at, view.mapToGlobal(at), Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    labels = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "&Move to another story…" in labels and "The pair: &independent texts" in labels
    assert "&Undo the last correction" in labels  # (was in the Stories menu only)
    assert view.visualRect(view.currentIndex()).contains(view.viewport().mapFromGlobal(menu.pos()))
    assert window.doc_list.selected() == 3  # at the current row, which stays current
    menu.close()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=WAIT_MS)
    # Shift+F10 on X11 is a plain key press (only the menu key makes the event above).
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and "&Move to another story…" in [
        a.text() for a in menu.actions()
    ]
    menu.close()
    assert any("Shift+F10" in keys for _menu, _label, keys in cheat_rows())


def menu_entries(qtbot, window: MainWindow) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Shift+F10 on the list: its menu's entries (text without keys: enabled), closed."""
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    found = {a.text().split("\t")[0]: a.isEnabled() for a in menu.actions() if a.text()}
    menu.close()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=WAIT_MS)
    return found


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_on_a_story_row_the_menu_offers_no_correction_of_a_document_or_the_pair(
    qtbot, window: MainWindow, news: Path
) -> None:  # type: ignore[no-untyped-def]
    """The menu on a story's own row offered "The pair: independent texts" and corrected
    the pair on screen, maybe of another event. Found by a tester."""
    open_and_wait(qtbot, window, [news])
    index, doc_list = window.index, window.doc_list
    assert index is not None
    shown = window.session.current
    assert shown is not None
    other = next(s for s in index.stories if shown.pair[1] not in s.documents)
    doc_list.view.setFocus()
    entries = menu_entries(qtbot, window)
    assert entries["The pair: &independent texts"] and entries["&Move to another story…"]
    row = doc_list._row_of(other.base).parent()  # another story's row (or its event's)
    doc_list.view.setCurrentIndex(row)
    settle(qtbot, window)
    entries = menu_entries(qtbot, window)
    assert not entries["The pair: &independent texts"]
    assert not entries["The pair: &versions of one story"]
    assert not entries["&Move to another story…"] and entries["&Corrections…"]
    assert window.actions_["independent"].isEnabled()  # (the menu bar's stays)


def test_undoing_a_split_while_the_new_storys_versions_are_counted(
    qtbot, window: MainWindow, levels: Path
) -> None:  # type: ignore[no-untyped-def]
    """The last story's versions counted, then a regrouping with fewer stories (the split
    undone): the list's exact figures looked that story up in the new grouping (IndexError:
    found by fuzzing the app)."""
    errors: list[BaseException] = []
    hook = lambda kind, value, tb: errors.append(value)  # noqa: E731
    import sys

    old, sys.excepthook = sys.excepthook, hook
    # A story of two before the split one: the new story is the last, its id the highest.
    (levels / "independent.txt").rename(levels / "0_independent.txt")
    shutil.copy(levels / "0_independent.txt", levels / "0_independent_copy.txt")
    try:
        open_and_wait(qtbot, window, [levels])
        index = window.index
        assert index is not None
        order = index.story_of(doc(window, "copy")).documents
        window.doc_list.select(order[2])
        settle(qtbot, window)
        regrouped(qtbot, window, window.actions_["split_story"].trigger)
        index = window.index
        assert index is not None
        last = index.stories[-1]
        assert len(last.versions) == 2 and order[2] in last.documents
        window.doc_list.select(last.documents[-1])  # its versions are counted
        qtbot.waitUntil(lambda: window.session.stories.diffs is not None, timeout=WAIT_MS)
        assert window.session.stories.diffs.story == last.id  # type: ignore[union-attr]
        regrouped(qtbot, window, window.actions_["undo_correction"].trigger)
        assert window.index is not None and len(window.index.stories) == len(index.stories) - 1
        qtbot.wait(50)
    finally:
        sys.excepthook = old
    assert errors == []


def test_the_corrections_list_follows_the_folder_open(
    qtbot, window: MainWindow, levels: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A folder of one document is never grouped: the list left open kept the folder
    before's corrections, and Undo there deleted them from the store (found by fuzzing)."""
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy(levels / "independent.txt", lone / "independent.txt")
    open_and_wait(qtbot, window, [levels])
    index = window.index
    assert index is not None
    window.doc_list.select(index.story_of(doc(window, "copy")).documents[2])
    settle(qtbot, window)
    regrouped(qtbot, window, window.actions_["split_story"].trigger)
    (kept,) = window.session.corrections.kept()
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None and dialog.view.topLevelItemCount() == 1
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.open_paths([lone])
    settle(qtbot, window)
    assert dialog.view.topLevelItemCount() == 0
    window.session.corrections.undo([kept.id])  # an id of the other folder: not this one's
    open_and_wait(qtbot, window, [levels])
    assert [k.id for k in window.session.corrections.kept()] == [kept.id]


def split_at_third_version(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    """Split the levels folder's story at its third version, as a user does; its name."""
    index = window.index
    assert index is not None
    at = index.story_of(doc(window, "copy")).documents[2]
    window.doc_list.select(at)
    settle(qtbot, window)
    regrouped(qtbot, window, window.actions_["split_story"].trigger)
    return index.documents[at].path.stem


def test_corrections_follow_a_renamed_folder_but_not_to_a_copy(
    qtbot, make_window: Callable[..., MainWindow], levels: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    open_and_wait(qtbot, first, [levels])
    at = split_at_third_version(qtbot, first)
    apart = story(first, at)
    assert len(apart) == 2
    first.close()

    copy = levels.with_name("levels copy")
    shutil.copytree(levels, copy)
    second = make_window()
    open_and_wait(qtbot, second, [copy])  # a copy beside the original: none of its own
    assert second.session.corrections.kept() == []
    assert len(story(second, "copy")) == 4
    second.close()

    moved = levels.rename(levels.with_name("levels 2021"))
    shutil.rmtree(copy)
    third = make_window()
    said: list[str] = []
    third.session.message.connect(said.append)
    open_and_wait(qtbot, third, [moved])
    assert len(third.session.corrections.kept()) == 1
    assert story(third, at) == apart  # the split holds
    assert any(f"Story corrections of {levels.resolve()}" in m for m in said)


def test_a_folder_renamed_after_one_of_its_files_was_edited_keeps_its_corrections(
    qtbot, make_window: Callable[..., MainWindow], levels: Path
) -> None:  # type: ignore[no-untyped-def]
    """A file a correction names edited, then the folder renamed: every correction of the
    folder was dropped without a word (the take-over wanted every text they name open).
    Found by a tester."""
    first = make_window()
    open_and_wait(qtbot, first, [levels])
    move_independent_to_the_agencys_story(qtbot, first)
    at = split_at_third_version(qtbot, first)
    apart, joined = story(first, at), story(first, "independent")
    edited = levels / f"{at}.txt"
    edited.write_text(edited.read_text().replace("\n\n", "\n\nA typo fixed. ", 1))
    first.close()
    moved = levels.rename(levels.with_name("levels 2021"))
    second = make_window()
    open_and_wait(qtbot, second, [moved])
    assert len(second.session.corrections.kept()) == 2
    assert story(second, at) == apart and story(second, "independent") == joined
    assert not any(k.not_applied for k in second.session.corrections.kept())  # by path


def test_a_folder_sharing_only_some_texts_with_one_gone_does_not_take_its_corrections(
    qtbot, make_window: Callable[..., MainWindow], levels: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A folder gone (an unmounted drive, deleted) and another holding some of the same texts
    (daily folders of the same wire copy): the other took its corrections for good when
    half of their texts were there. Every document they name must be there, by its text or
    at its path. Found by a reviewer."""
    first = make_window()
    open_and_wait(qtbot, first, [levels])
    move_independent_to_the_agencys_story(qtbot, first)
    first.close()
    other = tmp_path / "next day"
    other.mkdir()
    shutil.copy(levels / "APP_source.txt", other / "wire-0412.txt")  # the base's text alone
    shutil.copy(levels / "copy.txt", other / "copy.txt")
    shutil.rmtree(levels)
    second = make_window()
    open_and_wait(qtbot, second, [other])
    assert second.session.corrections.kept() == []


def test_a_deleted_file_s_correction_does_not_move_to_its_namesake_in_a_subfolder(
    qtbot, window: MainWindow, levels: Path
) -> None:  # type: ignore[no-untyped-def]
    """independent.txt moved, then deleted: the move went to old/independent.txt, another
    text in a subfolder, and Corrections… listed it as in force. Found by a tester."""
    (levels / "old").mkdir()
    (levels / "old" / "independent.txt").write_text(LONE_TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, [levels])
    move_independent_to_the_agencys_story(qtbot, window)
    (levels / "independent.txt").unlink()
    regrouped(qtbot, window, window.commands.reload)
    index = window.index
    assert index is not None
    namesake = next(i for i, d in enumerate(window.documents) if d.path.parent.name == "old")
    assert len(index.story_of(namesake).documents) == 1  # not moved into the agency's story
    (kept,) = window.session.corrections.kept()
    assert kept.describe().startswith("Not applied (independent.txt: not in the folder)")


def test_an_undo_the_store_refuses_is_not_said_done(
    qtbot, window: MainWindow, levels: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Another program holding the store's write lock: "Could not undo" was followed at
    once by "Correction undone: grouping again" and a regrouping, the correction still
    kept. Found by a tester."""
    open_and_wait(qtbot, window, [levels])
    move_independent_to_the_agencys_story(qtbot, window)
    boxes: list[str] = []
    window.session.review.problem.connect(boxes.append)
    said: list[str] = []
    window.session.message.connect(said.append)
    with store_locked(window, store_path):
        window.actions_["undo_correction"].trigger()
        qtbot.wait(300)
        settle(qtbot, window)
    assert said and said[-1].startswith("Could not undo the correction") and boxes
    assert not any("undone" in m for m in said)
    assert len(window.session.corrections.kept()) == 1
    assert story(window, "independent") >= {"APP_source", "independent"}


def test_an_undo_refused_in_corrections_is_said_over_it_and_the_keyboard_stays_there(
    qtbot, window: MainWindow, levels: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Delete in Corrections, the store refusing: the message came over the main window,
    and when it closed the keyboard went there, Corrections left on top of it, inactive
    (Esc then acted in the main window). It comes over Corrections now."""
    open_and_wait(qtbot, window, [levels])
    move_independent_to_the_agencys_story(qtbot, window)
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    with store_locked(window, store_path):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: dialog.findChild(QMessageBox) is not None, timeout=WAIT_MS)
    box = dialog.findChild(QMessageBox)
    assert box is not None and box.text().startswith("Could not undo the correction")
    assert not window.findChildren(QMessageBox, options=Qt.FindChildOption.FindDirectChildrenOnly)
    qtbot.waitUntil(box.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.view.topLevelItemCount() == 1  # still kept


def test_a_damaged_correction_is_said_once_and_the_folder_still_opens(
    qtbot, make_window: Callable[..., MainWindow], levels: Path, store_path: Path, settings_path
) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    open_and_wait(qtbot, first, [levels])
    split_at_third_version(qtbot, first)
    first.close()
    with sqlite3.connect(store_path) as raw:
        raw.execute("UPDATE corrections SET payload = substr(payload, 1, length(payload) - 1)")
    raw.close()

    second = bare_window(qtbot, settings_path, store_path)
    box = the_box(qtbot, second)  # said on opening: the store, and what could not be read
    assert str(store_path) in box.text() and "1 story correction" in box.text()
    box.close()
    said: list[str] = []
    second.session.message.connect(said.append)
    with qtbot.waitSignal(second.stories_ready, timeout=WAIT_MS):
        second.open_paths([levels])
    settle(qtbot, second)
    assert len(story(second, "copy")) == 4  # grouped, without the unreadable correction
    unread = [m for m in said if "could not be read" in m]
    assert len(unread) == 1 and str(store_path) in unread[0]
    with qtbot.waitSignal(second.stories_ready, timeout=WAIT_MS):
        second.commands.reload()
    settle(qtbot, second)
    assert len([m for m in said if "could not be read" in m]) == 1  # said once

    # Listed among the corrections, where Delete (Undo) removes it: the opening message,
    # which came back at every start, is not said again.
    second.actions_["corrections"].trigger()
    dialog = second.commands.grouping.dialog
    assert dialog is not None and dialog.view.topLevelItemCount() == 1
    assert dialog.view.topLevelItem(0).text(0).startswith("Not applied: it could not be read")  # type: ignore[union-attr]
    qtbot.waitUntil(dialog.view.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(second.stories_ready, timeout=WAIT_MS):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert dialog.view.topLevelItemCount() == 0
    second.close()
    third = bare_window(qtbot, settings_path, store_path)
    qtbot.wait(100)
    assert not third.findChildren(QMessageBox)


def test_the_app_starts_on_a_store_of_rows_nested_too_deeply_or_of_a_bad_version(
    qtbot, levels: Path, store_path: Path, settings_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Found by fuzzing: a mark's anchor or a correction's payload nested 100,000 deep
    (RecursionError), a payload_version 'abc' (ValueError) stopped the opening of the store,
    which counts the damaged rows. Each costs its row: said on opening, not applied,
    listed in Corrections…"""
    folder = str(real(levels))
    with ReviewStore.open(store_path) as store:
        for _ in range(2):
            store.add_correction(folder, "split", [], {"kind": "split", "docs": [{"path": "x"}]})
    hostile_rows(store_path)
    opened = open_store(store_path)  # the session's way in
    assert opened.store is not None
    assert "1 change (listed as orphaned) and 2 story corrections" in opened.notice
    opened.store.close()

    window = bare_window(qtbot, settings_path, store_path)
    box = the_box(qtbot, window)
    assert str(store_path) in box.text() and "2 story corrections" in box.text()
    box.close()
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        window.open_paths([levels])
    settle(qtbot, window)
    assert window.session.corrections.kept() == []
    assert len(window.session.corrections.unread()) == 2
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None and dialog.view.topLevelItemCount() == 2
    rows = [dialog.view.topLevelItem(i).text(0) for i in range(2)]  # type: ignore[union-attr]
    assert all(r.startswith("Not applied: it could not be read") for r in rows)


def test_a_correction_of_a_newer_wirediff_is_listed_not_applied_and_left_in_the_store(
    qtbot, make_window: Callable[..., MainWindow], levels: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A payload of our shape kept as a payload version past ours was read as ours and
    applied (found by fuzzing); the app's own are kept as the oldest version that reads
    them (a split: 1, which a wirediff of before reads)."""
    window = make_window()
    open_and_wait(qtbot, window, [levels])
    third = split_at_third_version(qtbot, window)
    store = window.session.review.store
    assert store is not None
    (ours,) = store.corrections(str(real(levels)))
    assert ours.payload_version == 1
    newer = PAYLOAD_VERSION + 1
    store.add_correction(
        ours.folder, ours.kind, ours.documents, ours.payload, payload_version=newer
    )
    store.remove_correction(ours.id)
    regrouped(qtbot, window, window.commands.reload)
    assert third in story(window, "copy")  # the split of version 2 not applied
    assert window.session.corrections.kept() == []
    (unread,) = window.session.corrections.unread()
    assert unread.payload_version == newer
    assert [c.id for c in store.corrections(ours.folder)] == [unread.id]  # left as it is


def test_a_correction_naming_one_document_by_two_keys_is_listed_not_applied(
    qtbot, make_window: Callable[..., MainWindow], levels: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A hand-edited row: "independent" apart from itself, by its hash and by its path.
    It did nothing and was listed as in force. Found by fuzzing."""
    (document,) = load_paths([levels / "independent.txt"]).documents
    by_hash, by_path = DocKey(text_hash(document.text), ""), DocKey("", "independent.txt")
    (payload,) = to_data([Apart(by_hash, by_path)])
    with ReviewStore.open(store_path) as store:
        store.add_correction(str(real(levels)), "apart", [by_hash.sha256], payload)
    window = make_window()
    open_and_wait(qtbot, window, [levels])
    (kept,) = window.session.corrections.kept()
    assert kept.describe() == (
        f"Not applied (the text of sha256 {by_hash.sha256[:12]}… and independent.txt: one "
        f"document): independent.txt is independent of the text of sha256 {by_hash.sha256[:12]}…"
    )
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None
    assert dialog.view.topLevelItem(0).text(0) == kept.describe()  # type: ignore[union-attr]


def test_an_empty_split_in_the_store_is_listed_not_applied_saying_why(
    qtbot, make_window: Callable[..., MainWindow], levels: Path, store_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A hand-edited row ``{"kind": "split", "docs": []}`` was listed as applied (": a
    story of its own", naming nothing)."""
    with ReviewStore.open(store_path) as store:
        store.add_correction(str(real(levels)), "split", [], {"kind": "split", "docs": []})
    window = make_window()
    said: list[str] = []
    window.session.message.connect(said.append)
    open_and_wait(qtbot, window, [levels])
    assert [m for m in said if "not applied" in m] == [
        "1 story correction of this folder not applied (a split names no document: it needs "
        "one at least): listed in Corrections…, where Delete removes them"
    ]
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None and dialog.view.topLevelItemCount() == 1
    assert dialog.view.topLevelItem(0).text(0) == (  # type: ignore[union-attr]
        "Not applied: a split names no document: it needs one at least. Undo deletes it."
    )


def test_an_open_story_view_and_heat_map_follow_a_correction(
    qtbot, window: MainWindow, levels: Path
) -> None:  # type: ignore[no-untyped-def]
    """The pair on screen made independent while the story view and a heat map of its
    story are open: the pair stays, but both showed the old story (the view's Enter opened
    pairs of the old grouping; the map outlined it, its level letters gone)."""
    open_and_wait(qtbot, window, [levels])
    window.doc_list.select(doc(window, "copy"))
    qtbot.waitUntil(lambda: pair(window)[1] == "cop", timeout=WAIT_MS)
    settle(qtbot, window)
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        window.actions_["heat_map_story"].trigger()
    heat = window.heat_map
    assert heat is not None and heat.map.matrix is not None and len(heat.map.matrix.docs) == 4
    window.activateWindow()
    window.actions_["story_view"].trigger()
    view = window.parts.story_view
    qtbot.waitUntil(lambda: view.model.data_ is not None and not view.building(), timeout=WAIT_MS)
    assert len(view.model.data_.docs) == 4  # type: ignore[union-attr]
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        regrouped(qtbot, window, window.actions_["independent"].trigger)
    assert story(window, "copy") == {"copy"} and pair(window)[1] == "cop"
    assert not window.story_page.showing()  # copy's story has one version now
    qtbot.waitUntil(lambda: heat.map.index is window.index, timeout=WAIT_MS)
    index = window.index
    assert index is not None and heat.map.matrix is not None  # the story its first row is in
    assert heat.map.matrix.docs == index.story_of(doc(window, "APP_source")).documents
    assert len(heat.map.matrix.docs) == 3


def test_enter_in_corrections_keeps_the_list_open_and_esc_closes_it(
    qtbot, window: MainWindow, levels: Path
) -> None:  # type: ignore[no-untyped-def]
    """Enter on a correction closed the list (the list left Return to the dialog's default
    button, Close): a correction has nothing to open, so Enter does nothing there."""
    open_and_wait(qtbot, window, [levels])
    move_independent_to_the_agencys_story(qtbot, window)
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None and dialog.view.topLevelItemCount() == 1
    dialog.activateWindow()
    qtbot.waitUntil(dialog.view.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.isVisible() and dialog.view.topLevelItemCount() == 1
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_corrections_name_documents_by_their_path_in_the_folder() -> None:
    """``monday/story.txt`` and ``wednesday/story.txt`` were both "story.txt" in Corrections…
    and the status line; a byte of a name that is not UTF-8 was dropped on the way to the
    status line (a name of no file). Found by a tester."""
    move = Move(DocKey("a", "wednesday/story.txt"), DocKey("b", "monday/story.txt"))
    assert describe(move) == "wednesday/story.txt moved to the story of monday/story.txt"
    odd = Move(DocKey("a", "heavy-r\udce9vision.txt"), DocKey("b", "/elsewhere/APP.txt"))
    assert describe(odd) == "heavy-r\\xe9vision.txt moved to the story of APP.txt"


def test_a_split_of_many_documents_names_three_and_counts_the_rest() -> None:
    """A split of a hundred pickups read as a hundred file names, "a story of their own"
    cut off the end of the row and of its tooltip. Found by an archivist's walkthrough."""
    keys = [DocKey(f"h{i}", f"pickup-{i:03d}.txt") for i in range(1, 101)]
    assert describe(Split(tuple(keys))) == (
        "pickup-001.txt, pickup-002.txt, pickup-003.txt and 97 other documents: "
        "a story of their own"
    )
    assert describe(Split(tuple(keys[:4]))) == (
        "pickup-001.txt, pickup-002.txt, pickup-003.txt, pickup-004.txt: a story of their own"
    )
    assert describe(Split(tuple(keys[:1]))) == "pickup-001.txt: a story of its own"
    # Corrections…' tooltip names the documents the row does not, 40 of them
    whole = Kept(1, Split(tuple(keys)), "2026-12-04 10:00:00").whole().split("\n")
    assert whole[0] == "A story of their own, 100 documents:"
    assert whole[1:41] == [f"pickup-{i:03d}.txt" for i in range(1, 41)]
    assert whole[41:] == ["… and 60 more"]
    few = Kept(2, Split(tuple(keys[:4])), "2026-12-04 10:00:00")
    assert few.whole() == few.describe()
    # long paths: as many as the tooltip holds, the count kept (it was cut off the end)
    deep = [
        DocKey(f"d{i}", f"{'archive/2026/december/' * 3}pickup-{i:03d}.txt") for i in range(100)
    ]
    whole = Kept(3, Split(tuple(deep)), "2026-12-04 10:00:00").whole()
    assert len(whole) < TOOLTIP_MAX and whole.endswith(" more")
    assert plain_tooltip(whole).count("pickup-") == whole.count("pickup-") > 10


def test_undoing_a_move_of_a_base_chosen_with_b_gives_it_back(
    qtbot, window: MainWindow, levels: Path, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """b on a version, then a move of it to another story, then Undo: the grouping came
    back, but not the base chosen with b. Found by a tester."""
    for name in sorted(p.name for p in sample_dir.glob("00[01]_*.txt")):
        shutil.copy(sample_dir / name, levels / name)
    open_and_wait(qtbot, window, [levels])
    window.doc_list.select(doc(window, "edited"))
    settle(qtbot, window)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)
    settle(qtbot, window)
    index = window.index
    assert index is not None and index.story_of(doc(window, "edited")).base_overridden
    bases = {s.base for s in index.stories}
    documents = index.documents
    move = window.session.corrections.move
    to, also = documents[doc(window, "000_")], [documents[doc(window, "001_")]]
    regrouped(qtbot, window, lambda: move(documents[doc(window, "edited")], to, also))
    assert window.index is not None and doc(window, "edited") not in {
        s.base for s in window.index.stories
    }
    regrouped(qtbot, window, window.actions_["undo_correction"].trigger)
    assert window.index is not None and {s.base for s in window.index.stories} == bases


def test_a_correction_regroups_from_the_folder_s_kept_grouping(
    qtbot, window: MainWindow, levels: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A split and its undo apply to the automatic grouping kept from the folder's opening
    (finding and comparing the candidate pairs again took minutes on a folder of thousands
    whose stories share phrases); a reload, whose documents are read again, groups anew."""
    import wirediff.ui.session.stories as stories_module

    calls: list[int] = []
    grouped = stories_module.group_automatically

    def counted(documents, **how):  # type: ignore[no-untyped-def]
        calls.append(len(documents))
        return grouped(documents, **how)

    monkeypatch.setattr(stories_module, "group_automatically", counted)
    open_and_wait(qtbot, window, [levels])
    assert calls == [5]
    index = window.index
    assert index is not None
    window.doc_list.select(index.story_of(doc(window, "copy")).documents[2])
    settle(qtbot, window)
    regrouped(qtbot, window, window.actions_["split_story"].trigger)
    assert len(story(window, "APP_source")) == 2
    index = window.index
    assert index is not None
    moved = [index.documents[d].name for d in index.story_of(doc(window, "rewrite")).documents]
    said: list[str] = []
    window.session.corrections.message.connect(said.append)
    regrouped(qtbot, window, window.actions_["undo_correction"].trigger)
    assert story(window, "APP_source") == {"APP_source", "copy", "edited", "rewrite"}
    assert calls == [5]
    # the undo says which correction it undid (with several made, it was not said)
    assert said == [f"Undone: {', '.join(moved)}: a story of their own — grouping again"]
    regrouped(qtbot, window, window.actions_["reload"].trigger)
    assert calls == [5, 5]


def test_a_moved_document_is_shown_under_its_new_story_s_row(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """After a move the document came at the list's top edge, its new story's row out of
    sight above it: where it went was not to be seen. Found by an archivist's walkthrough."""
    from wirediff.core.stories.synth import generate, write

    write(generate(300, seed=9), tmp_path / "day")
    open_and_wait(qtbot, window, [tmp_path / "day"])
    index = window.index
    assert index is not None
    last = [s for s in index.stories if len(s.documents) > 1][-1]  # far down the list
    moving = last.documents[-1]
    window.doc_list.select(moving)
    settle(qtbot, window)
    window.actions_["move_to_story"].trigger()
    picker = window.commands.grouping.picker
    assert picker is not None
    qtbot.waitUntil(picker.filter.hasFocus, timeout=WAIT_MS)
    shown = window.session.current
    assert shown is not None
    other = next(d for d in shown.pair if d != moving)
    likely = index.story_of(other).id  # the pair's other document's: first, and chosen
    assert picker.list.currentRow() == 0 and picker.list.currentItem().data(STORY_ROLE) == likely
    regrouped(qtbot, window, lambda: qtbot.keyClick(picker.filter, Qt.Key.Key_Return))
    index = window.index
    assert index is not None and index.story_of(moving).id == index.story_of(other).id
    view = window.doc_list.view
    row = window.doc_list._row_of(moving)
    assert view.currentIndex() == row
    shown = view.viewport().rect()
    assert shown.contains(view.visualRect(row)) and shown.contains(view.visualRect(row.parent()))


def test_stepping_through_a_story_taller_than_the_list_does_not_jump(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """The list scrolled to the story's row at every row made current, then back down to the
    row: stepping through a story taller than the list jumped (found by a review)."""
    from tests.core.stories.helpers import write_pickups

    write_pickups(sample_dir, tmp_path / "wire", 120)
    open_and_wait(qtbot, window, [tmp_path / "wire"])
    index = window.index
    assert index is not None
    view = window.doc_list.view
    rows = view.viewport().height() // max(view.sizeHintForRow(0), 1)
    big = index.stories[0]
    assert len(big.documents) > rows + 5
    story_row = window.doc_list._row_of(big.base).parent()
    view.setCurrentIndex(view.model().index(rows + 1, 0, story_row))  # (the list's order)
    above = window.doc_list.selected()
    assert above is not None
    view.setCurrentIndex(view.model().index(rows + 4, 0, story_row))
    lower = window.doc_list.selected()
    assert lower is not None
    window.doc_list.select(above)
    window.doc_list.select(lower)
    settle(qtbot, window)
    assert view.visualRect(story_row).top() < 0  # the story's row out of sight above
    before = view.verticalScrollBar().value()
    window.doc_list.select(above)  # three rows up, in sight: as the story panel picks it
    assert view.visualRect(view.currentIndex()).top() >= 0
    assert view.verticalScrollBar().value() == before


def test_cancelling_the_regrouping_after_a_correction_says_what_stays(
    qtbot, window: MainWindow, levels: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Cancel during the regrouping a correction asked for said "the list stays flat", while
    the grouping of before stayed on screen and the correction, kept, was not applied."""
    import threading

    import wirediff.ui.session.stories as stories_module

    open_and_wait(qtbot, window, [levels])
    before = window.index
    assert before is not None
    started: list[int] = []  # a held regrouping each
    real = stories_module.corrected_index

    def until_cancelled(automatic, corrections, root, *, on_progress, should_cancel):  # type: ignore[no-untyped-def]
        started.append(1)
        while not should_cancel():
            threading.Event().wait(0.01)
        return real(automatic, corrections, root, should_cancel=should_cancel)

    monkeypatch.setattr(stories_module, "corrected_index", until_cancelled)
    chosen = before.story_of(doc(window, "copy")).documents[2]
    window.doc_list.select(chosen)
    # (its pair compared first: after the debounce, it wrote over the Cancel's line)
    qtbot.waitUntil(
        lambda: window.shown is not None and chosen in window.shown.pair, timeout=WAIT_MS
    )
    settle(qtbot, window)
    window.actions_["split_story"].trigger()
    qtbot.waitUntil(lambda: len(started) == 1, timeout=WAIT_MS)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.index is before  # the grouping of before, on screen
    said = window.status_label.text()
    assert said.startswith("Grouping again cancelled: the list keeps the grouping of before")
    assert "F5" in said and "stays flat" not in said
    assert said.endswith(
        "apply at the next grouping: at the next correction, or F5, which reloads the folder, "
        "reading only the files changed since)"
    )
    store = window.session.review.store
    assert store is not None and len(store.corrections(str(levels.resolve()))) == 1
    # A reload while a correction's regrouping waits: its Cancel leaves a flat list, said so
    # (the flag of the correction's regrouping outlived it)
    window.actions_["undo_correction"].trigger()
    qtbot.waitUntil(lambda: len(started) == 2, timeout=WAIT_MS)
    window.commands.reload()
    qtbot.waitUntil(lambda: len(started) == 3, timeout=WAIT_MS)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.status_label.text() == (
        "Story grouping cancelled: the list stays flat (to group it, F5 reloads the folder, "
        "reading only the files changed since)"
    )


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_corrections_are_greyed_while_the_stories_are_not_grouped(
    qtbot, window: MainWindow, levels: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Chosen during the grouping, a correction said "Stories are not grouped yet" on the
    status line, which the grouping's progress wrote over at once: nothing seemed to happen.
    Found by an archivist's walkthrough."""
    import threading

    import wirediff.ui.session.stories as stories_module

    go_on, started = threading.Event(), threading.Event()
    real = stories_module.group_automatically

    def held(documents, **how):  # type: ignore[no-untyped-def]
        started.set()
        go_on.wait(WAIT_MS / 1000)
        return real(documents, **how)

    monkeypatch.setattr(stories_module, "group_automatically", held)
    open_and_wait(qtbot, window, [levels], settle_down=False)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    window.doc_list.select(1)
    stories_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Stories")
    stories_menu.aboutToShow.emit()
    assert not any(window.actions_[name].isEnabled() for name in CORRECTING)
    assert window.actions_["corrections"].isEnabled()
    stories_menu.aboutToHide.emit()
    assert all(window.actions_[name].isEnabled() for name in CORRECTING)
    window.doc_list.view.setFocus()
    entries = menu_entries(qtbot, window)
    assert not entries["&Move to another story…"] and not entries["&Split the story here"]
    go_on.set()
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    settle(qtbot, window)
    stories_menu.aboutToShow.emit()
    grouped = [name for name in CORRECTING if not name.endswith("_correction")]
    assert all(window.actions_[name].isEnabled() for name in grouped)  # (none made to undo)
    stories_menu.aboutToHide.emit()
    window.activateWindow()
    window.doc_list.view.setFocus()
    qtbot.waitUntil(window.doc_list.view.hasFocus, timeout=WAIT_MS)
    assert menu_entries(qtbot, window)["&Move to another story…"]


def test_a_correction_closing_the_story_view_leaves_the_keyboard_in_the_list(
    qtbot, window: MainWindow, levels: Path
) -> None:  # type: ignore[no-untyped-def]
    """With the story view open, a version sent away from the list became a story of one
    version: the view gave way to the pair and the keyboard went to the diff pane, so the
    next Down moved a caret there. Found by an archivist's walkthrough."""
    from wirediff.ui.shell.parts import PAIR_PAGE, STORY_PAGE

    open_and_wait(qtbot, window, [levels])
    window.doc_list.select(doc(window, "rewrite"))
    settle(qtbot, window)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    view = window.parts.story_view
    qtbot.waitUntil(lambda: not view.building() and view.model.data_ is not None, timeout=WAIT_MS)
    assert window.parts.pages.currentIndex() == STORY_PAGE
    window.doc_list.view.setFocus()
    qtbot.waitUntil(window.doc_list.view.hasFocus, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.session.comparing.pending(), timeout=WAIT_MS)
    regrouped(qtbot, window, window.actions_["independent"].trigger)
    qtbot.waitUntil(lambda: window.parts.pages.currentIndex() == PAIR_PAGE, timeout=WAIT_MS)
    settle(qtbot, window)
    assert story(window, "rewrite") == {"rewrite"}
    assert window.doc_list.view.hasFocus()


def test_an_undone_correction_is_redone_in_its_old_place_and_kept(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    """Delete in Corrections… took a correction away for good: now Redo (the button,
    Ctrl+Shift+Z, the Stories menu) keeps it again, first where it was (corrections apply
    in order), and it holds after a restart; a new correction ends the redo."""
    window = make_window()
    open_and_wait(qtbot, window, [news])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(2)
    regrouped(qtbot, window, window.actions_["same_story"].trigger)  # 000 + 002 one story
    qtbot.waitUntil(
        lambda: window.shown is not None and window.shown.pair == (0, 2), timeout=WAIT_MS
    )
    regrouped(qtbot, window, window.actions_["independent"].trigger)  # 002 leaves it again
    assert story(window, "002") == {"002_3458ed2ff60c0bff"}
    said: list[str] = []
    window.session.corrections.message.connect(said.append)
    status: list[str] = []  # all the status line was told
    window.session.message.connect(status.append)
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None and not dialog.redo_button.isEnabled()
    rows = lambda: [  # noqa: E731
        dialog.view.topLevelItem(i).text(0)  # type: ignore[union-attr]
        for i in range(dialog.view.topLevelItemCount())
    ]
    before = rows()
    assert len(before) == 2 and before[0].endswith("versions of one story")
    qtbot.waitUntil(dialog.view.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Home)
    regrouped(qtbot, window, lambda: qtbot.keyClick(dialog.view, Qt.Key.Key_Delete))
    assert rows() == before[1:] and dialog.redo_button.isEnabled()
    assert story(window, "002") == {"002_3458ed2ff60c0bff"}  # (apart, and never joined)
    # Ctrl+Shift+Z: back, first, as before (were it last, 002 would join 000 again).
    regrouped(
        qtbot,
        window,
        lambda: qtbot.keyClick(
            dialog.view,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        ),
    )
    assert rows() == before and not dialog.redo_button.isEnabled()
    assert said[-1] == (
        "Redone: 000_95eef2de69d379ca.txt and 002_3458ed2ff60c0bff.txt: versions of one story "
        "— grouping again"
    )
    # Once grouped, the status line says it again with the numbers (the grouping's progress
    # wrote over it: only the numbers were left).
    assert status[-1] == (
        "Redone: 000_95eef2de69d379ca.txt and 002_3458ed2ff60c0bff.txt: versions of one story "
        "— 5 documents: 4 stories (1 with several versions) in 1 event"
    )
    assert story(window, "002") == {"002_3458ed2ff60c0bff"}
    # Undo twice (the menu, Ctrl+Z in the window), redo twice: the last undone first.
    regrouped(qtbot, window, window.actions_["undo_correction"].trigger)
    dialog.hide()  # (the window's keys work in the window: Corrections… is one of its own)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.doc_list.view.setFocus()
    regrouped(
        qtbot,
        window,
        lambda: qtbot.keyClick(
            window.doc_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
        ),
    )
    assert rows() == [] and story(window, "002") == {"002_3458ed2ff60c0bff"}
    regrouped(qtbot, window, window.actions_["redo_correction"].trigger)
    assert rows() == before[:1] and "002_3458ed2ff60c0bff" in story(window, "000")
    regrouped(qtbot, window, dialog.redo_button.click)
    assert rows() == before and story(window, "002") == {"002_3458ed2ff60c0bff"}
    # A new correction ends what could be redone.
    regrouped(qtbot, window, window.actions_["undo_correction"].trigger)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(doc(window, "001"))
    regrouped(qtbot, window, window.actions_["independent"].trigger)
    assert not dialog.redo_button.isEnabled()
    window.actions_["redo_correction"].trigger()
    assert said[-1] == "No undone correction to redo"
    kept, grouped = rows(), story(window, "002")
    assert len(kept) == 2 and grouped == {"000_95eef2de69d379ca", "002_3458ed2ff60c0bff"}
    window.close()
    second = make_window()
    open_and_wait(qtbot, second, [news])
    assert story(second, "002") == grouped
    second.actions_["corrections"].trigger()
    again = second.commands.grouping.dialog
    assert again is not None
    assert [
        again.view.topLevelItem(i).text(0)  # type: ignore[union-attr]
        for i in range(again.view.topLevelItemCount())
    ] == kept


def test_the_stories_menu_greys_the_pair_s_entries_on_a_lone_article(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A lone article (nothing beside it) was offered "The pair: versions of one story" in
    the Stories menu; one key (v, its letter) then merged whatever pair had been shown."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    (folder / "lone.txt").write_text(LONE_TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    lone = doc(window, "lone")
    window.doc_list.select(lone)
    settle(qtbot, window)
    assert window.session.current is None or lone not in window.session.current.pair
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Stories")
    menu.aboutToShow.emit()
    enabled = {n: window.actions_[n].isEnabled() for n in CORRECTING}
    assert enabled == {
        "move_to_story": True,
        "split_story": False,  # (one version: nothing to split; a mouse-first tester)
        "split_off": False,
        "same_story": False,
        "independent": False,
        "same_event": False,
        "other_event": False,
        "undo_correction": False,  # (none made)
        "redo_correction": False,
    }
    menu.aboutToHide.emit()
    assert all(window.actions_[n].isEnabled() for n in CORRECTING)
    window.doc_list.select(doc(window, "001"))  # (its pair with 000 is on screen)
    qtbot.waitUntil(
        lambda: window.shown is not None and window.shown.pair == (0, 1), timeout=WAIT_MS
    )
    menu.aboutToShow.emit()
    enabled = {n: window.actions_[n].isEnabled() for n in CORRECTING}
    assert enabled == {n: not n.endswith("_correction") for n in CORRECTING}  # (none made)
    menu.aboutToHide.emit()


def test_the_story_picker_is_as_wide_as_its_longest_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A story's line cut in its middle hid its count of versions in a dialog with room to
    spare (560 pixels whatever the titles)."""
    from wirediff.ui.panels.corrections import StoryPicker

    picker = StoryPicker()
    qtbot.addWidget(picker)
    opened = picker.width()
    label = (
        "Council approves the harbour budget after a long night of debate about roads, "
        "schools, the old pier and the new tram line to the airport (12 versions, base "
        "a.txt)"
    )
    picker.ask("Move b.txt to another story", [(0, label, "a.txt"), (1, "Short", "b.txt")])
    needed = picker.list.fontMetrics().horizontalAdvance(label)
    assert needed > opened  # (else this tests nothing)
    screen = picker.screen().availableGeometry().width()
    assert picker.list.viewport().width() >= needed or picker.width() >= screen - 100, (
        picker.width(),
        needed,
    )
    picker.close()


def test_what_a_correction_did_stays_on_the_status_line_after_the_pair_is_compared(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The pair compared again after a correction wrote its line over "Corrected: …" at
    once (an archivist never saw it): the pair's line now starts with it."""
    open_and_wait(qtbot, window, [write_dated_story(tmp_path / "dated")])
    window.doc_list.select(doc(window, "theguardian"))
    settle(qtbot, window)
    said: list[str] = []
    window.session.message.connect(said.append)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        regrouped(qtbot, window, window.actions_["independent"].trigger)
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    assert said[-1].startswith("Corrected: theguardian.com-2021-07-24.txt")


def test_levels_come_back_when_the_filter_is_cleared_after_a_correction(
    qtbot, window: MainWindow, levels: Path
) -> None:  # type: ignore[no-untyped-def]
    """A correction made on a file found with the filter installs the list anew, its levels
    asked for the rows the filter left; clearing the filter listed the other stories with
    an empty Level column until each was selected (a lecturer's walkthrough)."""
    open_and_wait(qtbot, window, [levels])
    index = window.index
    assert index is not None
    cells = window.doc_list.cells
    order = list(index.story_of(doc(window, "copy")).documents)
    assert len(order) == 4
    stay = order[1:3]  # versions of the story the filter hides
    qtbot.waitUntil(lambda: all(cells.cell_text(d, LEVEL) for d in stay), timeout=WAIT_MS)
    at = order[3]  # the last version: split off alone
    window.doc_list.filter.setText(index.documents[at].path.stem)
    assert window.doc_list.visible_order() == [at]
    window.doc_list.select(at)
    settle(qtbot, window)
    regrouped(qtbot, window, window.actions_["split_story"].trigger)
    qtbot.wait(3 * SHOWN_MS)  # the rows on screen told: the filter's one
    window.doc_list.filter.clear()  # every story listed again
    qtbot.waitUntil(lambda: all(cells.cell_text(d, LEVEL) for d in stay), timeout=WAIT_MS)


def test_a_base_chosen_with_b_is_a_correction_the_command_line_has_and_undo_takes_back(
    qtbot, window: MainWindow, news: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """b was kept in the app's settings alone: `wirediff stories` had the grouping's base,
    its table differing from the app's export, and the choice could not be undone but by
    choosing the old base again. It is a correction of the folder now: listed, undone."""
    open_and_wait(qtbot, window, [news])
    window.doc_list.select(doc(window, "001"))
    settle(qtbot, window)
    window.doc_list.view.setFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)
    settle(qtbot, window)
    (kept,) = window.session.corrections.kept()
    assert kept.describe() == "001_9961d6b741e39e46.txt is the base of its story"
    assert isinstance(window.session.stories.applied[-1], Base)  # (the export says it)
    window.actions_["corrections"].trigger()
    dialog = window.commands.grouping.dialog
    assert dialog is not None and dialog.view.topLevelItemCount() == 1  # (no regrouping)

    def base_of_the_reuters_story() -> str:
        out = main(["stories", str(news), "--format", "json", "--store", str(store_path)])
        assert out == 0
        stories = json.loads(capsys.readouterr().out)["stories"]
        (reuters,) = (s for s in stories if len(s["documents"]) == 2)
        return str(reuters["base"])

    assert base_of_the_reuters_story() == "001_9961d6b741e39e46.txt"
    regrouped(qtbot, window, lambda: window.session.corrections.undo([kept.id]))
    index = window.index
    assert index is not None and index.story_of(doc(window, "001")).base == doc(window, "000")
    assert base_of_the_reuters_story() == "000_95eef2de69d379ca.txt"
    # the base on the left again (the undone one stayed there, the banner reading base to
    # version and the panel left to right: found by a re-check)
    qtbot.waitUntil(lambda: pair(window) == ("000", "001"), timeout=WAIT_MS)


def test_the_pair_on_screen_made_reports_of_different_events_then_of_one(
    qtbot, window: MainWindow, news: Path
) -> None:  # type: ignore[no-untyped-def]
    """A lecturer's independent analysis of a fire stayed an event of its own ("Unrelated
    texts"), and two fires grouped as one event could not be told apart either: no
    correction said "same event" or "another event". The stories stay as they are."""
    open_and_wait(qtbot, window, [news])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(doc(window, "002"))
    assert pair(window) == ("000", "002")
    stories_before = {frozenset(s.documents) for s in window.index.stories}  # type: ignore[union-attr]

    def events() -> int:
        index = window.index
        assert index is not None
        assert {frozenset(s.documents) for s in index.stories} == stories_before
        return len(index.events)

    assert events() == 1
    said: list[str] = []
    window.session.message.connect(said.append)
    window.session.corrections.message.connect(said.append)
    window.actions_["same_event"].trigger()  # (one event already: nothing to correct)
    assert said == ["They are reports of one event already"]
    regrouped(qtbot, window, window.actions_["other_event"].trigger)
    assert said[1] == (
        "Grouping again: 002_3458ed2ff60c0bff.txt reports another event than "
        "000_95eef2de69d379ca.txt"
    )
    assert events() == 2
    index = window.index
    assert index is not None
    assert index.story_of(doc(window, "002")).event != index.story_of(doc(window, "000")).event
    settle(qtbot, window)  # 002 stands alone, by the user's doing: said so (after what was)
    qtbot.waitUntil(
        lambda: window.status_label.text().startswith(
            f"Corrected: {said[1].removeprefix('Grouping again: ')} · Alone by your "
            "correction: you marked it a report of another event than 000_95eef2de69d379ca.txt"
        ),
        timeout=WAIT_MS,
    )
    # (compared with 000 as from the heat map)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.open_pair(doc(window, "000"), doc(window, "002"))
    qtbot.waitUntil(lambda: window.banner.text().startswith("Unrelated texts"), timeout=WAIT_MS)
    regrouped(qtbot, window, window.actions_["same_event"].trigger)
    assert events() == 1
    qtbot.waitUntil(
        lambda: window.banner.text().startswith("Independent reports of the same event"),
        timeout=WAIT_MS,
    )
    assert [k.describe() for k in window.session.corrections.kept()] == [
        "002_3458ed2ff60c0bff.txt reports another event than 000_95eef2de69d379ca.txt",
        "000_95eef2de69d379ca.txt and 002_3458ed2ff60c0bff.txt: reports of one event",
    ]


def test_b_again_in_a_story_keeps_one_base_and_b_while_it_is_grouped_again_holds(
    qtbot, window: MainWindow, news: Path
) -> None:  # type: ignore[no-untyped-def]
    """b on three versions kept three corrections (the last one winning); b pressed while
    the folder was grouped again after a correction put the old base back when that
    grouping landed, made without it, the store keeping it (found by a review)."""
    open_and_wait(qtbot, window, [news])
    view = window.doc_list.view
    for name in ("001", "000", "001"):
        window.doc_list.select(doc(window, name))
        settle(qtbot, window)
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_B)
        settle(qtbot, window)
    assert [k.describe() for k in window.session.corrections.kept()] == [
        "001_9961d6b741e39e46.txt is the base of its story"
    ]
    others = [window.documents[doc(window, name)] for name in ("002", "003")]
    corrections = window.session.corrections
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        corrections.same_story(*others)  # grouped again, and meanwhile b on 000:
        assert window.session.stories.grouping()
        window.doc_list.select(doc(window, "000"))
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_B)
    settle(qtbot, window)
    index = window.index
    assert index is not None and index.story_of(doc(window, "001")).base == doc(window, "000")
    assert window.session.stories.applied[-1] == corrections.corrections()[-1]


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_right_click_on_another_row_offers_its_pair_corrections_once_it_is_compared(
    qtbot, window: MainWindow, news: Path
) -> None:  # type: ignore[no-untyped-def]
    """A right-click selects the row and compares it; the menu came up first, "The pair: …"
    greyed till it was opened again. Undo and Redo were offered with nothing to undo.
    Found by a mouse-first tester."""
    open_and_wait(qtbot, window, [news])
    view, doc_list = window.doc_list.view, window.doc_list
    other = next(d for d in doc_list.visible_order() if d != doc_list.selected())
    at = view.visualRect(doc_list._row_of(other)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=at)  # selects it
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)

    def enabled(label: str) -> bool:
        return any(a.text().split("\t")[0] == label and a.isEnabled() for a in menu.actions())

    qtbot.waitUntil(lambda: enabled("The pair: &independent texts"), timeout=WAIT_MS)
    assert window.session.current is not None and other in window.session.current.pair
    assert not enabled("&Undo the last correction") and not enabled("&Redo the undone correction")
    menu.close()


def test_the_story_picker_offers_the_pairs_other_story_first_and_else_chooses_none(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    """The picker chose the list's first story, unrelated: a hasty Enter or double click
    moved the article into it. The story of the pair's other document comes first, chosen;
    without one, none is until a key says so. Found by a mouse-first fact-checker."""
    picker = StoryPicker()
    qtbot.addWidget(picker)
    stories = [(0, "3 versions: Jobs", "a.txt"), (1, "2 versions: Fire", "b.txt"), (2, "Q", "c")]
    picker.ask("Move x.txt to the story:", stories, likely=1)
    assert picker.list.currentItem() is picker.list.item(0)
    assert picker.list.item(0).text().endswith("Fire")
    picker.reject()
    picker.ask("Move x.txt to the story:", stories)
    assert picker.list.currentItem() is None
    picker.accept()  # Enter with none chosen moves nothing
    assert picker.isVisible()
    qtbot.keyClicks(picker.filter, "jobs")
    assert picker.list.currentItem() is picker.list.item(0)
    picker.reject()


def test_a_folder_opened_with_another_keeps_its_corrections(
    qtbot, window: MainWindow, levels: Path, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A press officer's walkthrough: a second folder added to the first (the drop menu's
    Add) grouped both without the first folder's corrections, and Corrections… listed
    none. Folders opened together start with the corrections of each."""
    open_and_wait(qtbot, window, [levels])
    corrections = window.commands.grouping.corrections
    docs = window.documents
    moved = (docs[doc(window, "independent")], docs[doc(window, "APP_source")])
    regrouped(qtbot, window, lambda: corrections.move(*moved))
    assert "independent" in story(window, "APP_source")
    other = levels.parent / "other"
    other.mkdir()
    (other / "wire.txt").write_bytes(next(sample_dir.glob("000_*.txt")).read_bytes())
    open_and_wait(qtbot, window, [levels, other])
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    settle(qtbot, window)
    assert "independent" in story(window, "APP_source")
    kept = corrections.kept()
    assert len(kept) == 1 and kept[0].not_applied is None
    assert kept[0].correction.doc.path == "levels/independent.txt"  # (from the shared folder)
    open_and_wait(qtbot, window, [levels])  # each folder keeps its own
    settle(qtbot, window)
    assert len(corrections.kept()) == 1


def test_the_story_pickers_filter_takes_persian_spacing_not_two_words_run_together(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    """The picker's filter takes "زمینلرزه" for "زمین لرزه" (one Persian word written
    with a space), not "ایران" for "ای رانندگان" (review rv181)."""
    from wirediff.ui.panels.corrections import StoryPicker

    picker = StoryPicker()
    qtbot.addWidget(picker)
    stories = [(0, "زمین لرزه در کرمان", "a.txt"), (1, "سال گذشته ای رانندگان", "b.txt")]
    picker.ask("Move c.txt to another story", stories)

    def shown() -> list[str]:
        items = [picker.list.item(row) for row in range(picker.list.count())]
        return [item.text() for item in items if not item.isHidden()]

    picker.filter.setText("زمینلرزه")
    assert shown() == ["زمین لرزه در کرمان"]
    picker.filter.setText("ایران")
    assert shown() == []
    picker.close()


XINHUA_TRADE = (  # simplified, with Xinhua's byline
    "前11个月我国外贸进出口同比增长\n\n新华社北京12月7日电（记者李明）海关总署7日发布的数据显示，"
    "今年前11个月，我国货物贸易进出口总值同比增长，其中出口增长较快，进口保持稳定。\n\n"
    "海关总署有关负责人表示，前11个月我国外贸运行总体平稳，规模再创历史同期新高。\n"
)
CNA_QUAKE = (  # traditional, with the Central News Agency's byline
    "花蓮外海地震　全台有感\n\n（中央社記者王小明花蓮5日電）花蓮縣外海今天清晨發生規模5.8地震，"
    "全台有感，目前沒有傳出災情。\n\n氣象署表示，這起地震屬於板塊隱沒帶地震，未來一週仍可能有"
    "規模4以上餘震。\n"
)


def test_the_story_picker_finds_an_agency_by_its_chinese_names_as_the_list_does(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Typed 新華社, 新华社 or 中央社, the picker listed nothing while the list's filter
    (Ctrl+L) found both agencies' stories; typed Xinhua, it found Xinhua's. It matches a
    story's outlets by the names the list does (a Chinese desk's walkthrough)."""
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "xinhua_trade.txt").write_text(XINHUA_TRADE, encoding="utf-8")
    (folder / "cna_quake.txt").write_text(CNA_QUAKE, encoding="utf-8")
    (folder / "harbour.txt").write_text(LONE_TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    sources = {d.name: d.source for d in window.documents}
    assert sources["xinhua_trade.txt"] == "Xinhua"  # (else this tests nothing)
    assert sources["cna_quake.txt"] == "Central News Agency"
    window.doc_list.select(doc(window, "harbour"))
    window.actions_["move_to_story"].trigger()
    picker = window.commands.grouping.picker
    assert picker is not None
    qtbot.waitUntil(picker.filter.hasFocus, timeout=WAIT_MS)
    assert picker.list.count() == 2  # the agencies' stories

    def found(typed: str) -> list[str]:
        """The bases of the stories listed after ``typed`` is typed into the filter: Latin
        on the keys, Han through an input method, which commits the word it composed."""
        picker.filter.clear()
        if typed.isascii():
            qtbot.keyClicks(picker.filter, typed)
        else:
            composed = QInputMethodEvent("", [])
            composed.setCommitString(typed)
            QApplication.sendEvent(picker.filter, composed)
        assert picker.filter.text() == typed
        items = [picker.list.item(row) for row in range(picker.list.count())]
        return [item.text().rsplit(" — base ", 1)[1] for item in items if not item.isHidden()]

    assert found("新華社") == ["xinhua_trade.txt"]  # traditional, as Taiwan writes it
    assert found("新华社") == ["xinhua_trade.txt"]  # simplified
    assert found("中央社") == ["cna_quake.txt"]
    assert found("Xinhua") == ["xinhua_trade.txt"]  # the Latin names still
    assert found("central news") == ["cna_quake.txt"]
    assert found("外貿") == ["xinhua_trade.txt"]  # (and the title, either script)
    assert found("美联社") == []  # another agency's name finds neither
    picker.reject()


def test_undo_redo_and_a_correction_that_leave_a_lone_article_say_what_they_did(
    qtbot, window: MainWindow, levels: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z of a move that left a lone article on screen never said "Undone: …": why it
    stands alone, said once it was shown by itself, wrote over it at once (a keyboard-only
    walkthrough). What was undone, redone or corrected now starts that line, as it starts
    a pair's."""
    (levels / "lone.txt").write_text(LONE_TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, [levels])
    window.doc_list.select(doc(window, "lone"))
    window.actions_["move_to_story"].trigger()
    picker = window.commands.grouping.picker
    assert picker is not None
    qtbot.waitUntil(picker.filter.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(picker.filter, "APP_source")
    regrouped(qtbot, window, lambda: qtbot.keyClick(picker.filter, Qt.Key.Key_Return))
    assert "lone" in story(window, "APP_source")
    said: list[str] = []
    window.session.message.connect(said.append)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    view = window.doc_list.view
    view.setFocus()
    undo = Qt.KeyboardModifier.ControlModifier
    redo = undo | Qt.KeyboardModifier.ShiftModifier
    lone = doc(window, "lone")

    def after(keys: Callable[[], None]) -> str:
        """What the status line says once ``keys`` are pressed and all is shown."""
        regrouped(qtbot, window, keys)
        assert window.doc_list.selected() == lone
        return said[-1]

    moved = "lone.txt moved to the story of APP_source.txt"
    line = after(lambda: qtbot.keyClick(view, Qt.Key.Key_Z, undo))
    assert story(window, "lone") == {"lone"} and window.session.current is None  # by itself
    assert line.startswith(f"Undone: {moved} · A lone article: no other version"), line
    line = after(lambda: qtbot.keyClick(view, Qt.Key.Key_Z, redo))
    assert window.shown is not None and lone in window.shown.pair
    assert line.startswith(f"Redone: {moved} · "), line
    # A correction of the pair that leaves it alone: said before why it is alone.
    line = after(window.actions_["independent"].trigger)
    apart = "lone.txt is independent of APP_source.txt"
    assert window.session.current is None
    assert line.startswith(f"Corrected: {apart} · Alone by your correction"), line
    after(lambda: qtbot.keyClick(view, Qt.Key.Key_Z, undo))
    line = after(lambda: qtbot.keyClick(view, Qt.Key.Key_Z, redo))
    assert line.startswith(f"Redone: {apart} · Alone by your correction"), line
