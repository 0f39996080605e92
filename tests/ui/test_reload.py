"""F5 (File ▸ Reload folder) and the change bar's Reload when the reload is not simple: the
open folder renamed or gone, another folder still being read, F5 pressed again before the
last reload is done."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import (
    WAIT_MS,
    hold_grouping,
    open_and_settle,
    open_and_wait,
    pair,
    pair_named,
    settle,
    write_stories,
)
from wirediff.ui.shell.window import MainWindow


def copy_of(folder: Path, articles: list[Path]) -> Path:
    folder.mkdir(parents=True)
    for path in articles:
        shutil.copy(path, folder / path.name)
    return folder


def choose(qtbot, window: MainWindow, doc: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Select ``doc`` in the list (not the default pair); the pair shown once it is."""
    window.doc_list.view.setFocus()
    window.doc_list.select(doc)
    name = window.documents[doc].path.name[:3]
    qtbot.waitUntil(lambda: window.shown is not None and pair(window)[1] == name, timeout=WAIT_MS)
    return pair(window)


def test_f5_on_a_renamed_folder_reads_it_under_its_new_name(
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """F5 read the old name: "0 documents opened", the list, the pair and the bar gone, and
    nothing watched. Found by fuzzing."""
    folder = copy_of(tmp_path / "articles", sample_paths[:3])
    open_and_settle(qtbot, window, [folder])
    chosen = choose(qtbot, window, 2)
    renamed = folder.with_name("articles (edited)")
    with qtbot.waitSignal(window.session.loading.watch.moved, timeout=WAIT_MS):
        folder.rename(renamed)
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
    assert [d.path.parent for d in window.documents] == [renamed] * 3
    qtbot.waitUntil(lambda: window.shown is not None and pair(window) == chosen, timeout=WAIT_MS)
    assert not window.change_bar.isVisible()
    assert window.session.loading.watch.paths == [renamed]


def test_f5_on_a_folder_gone_keeps_what_is_open_and_says_so(
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    folder = copy_of(tmp_path / "articles", sample_paths[:3])
    open_and_settle(qtbot, window, [folder])
    chosen = choose(qtbot, window, 2)
    with qtbot.waitSignal(window.session.loading.watch.moved, timeout=WAIT_MS):
        shutil.rmtree(folder)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
    assert window.status_label.text() == (
        "The folder “articles” is gone (moved or deleted): nothing to reload; what was read "
        "stays open"
    )
    assert len(window.documents) == 3 and pair(window) == chosen
    assert window.change_bar.isVisible()
    with qtbot.waitSignal(  # still watched: the folder made again is noticed
        window.session.loading.watch.changed, timeout=WAIT_MS
    ):
        copy_of(folder, sample_paths[:1])
    assert "(2 removed, 1 modified)" in window.change_bar.label.text()


@pytest.mark.parametrize("how", ["F5", "bar"])
def test_a_reload_while_another_folder_is_read_reads_that_folder(
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path], how: str
) -> None:  # type: ignore[no-untyped-def]
    """F5 (or the bar's Reload, offered for the folder open) while another folder was being
    read read the folder open before: the one being opened was dropped. Found by fuzzing."""
    first = copy_of(tmp_path / "first", sample_paths[:3])
    second = copy_of(tmp_path / "second", sample_paths[3:])
    open_and_settle(qtbot, window, [first])
    with qtbot.waitSignal(window.session.loading.watch.changed, timeout=WAIT_MS):
        (first / "new.txt").write_text("An article added to the first folder.\n")
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.open_paths([second])
        if how == "F5":
            qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
        else:
            window.change_bar.reload_button.setFocus()
            qtbot.keyClick(window.change_bar.reload_button, Qt.Key.Key_Space)
    assert [d.path.parent for d in window.documents] == [second] * len(sample_paths[3:])
    assert window.session.loading.watch.paths == [second]


@pytest.mark.parametrize("during", ["reading", "grouping"])
def test_f5_pressed_again_before_the_reload_is_done_keeps_the_pair_and_pin(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path, during: str
) -> None:  # type: ignore[no-untyped-def]
    """The second F5 took the pair from the selection the first had just cleared (or from
    the pin not yet made again): the pair fell back to the first two documents, the pin for
    every story was lost. Found by fuzzing."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    open_and_settle(qtbot, window, [folder])
    choose(qtbot, window, 2)
    view = window.doc_list.view
    while window.session.selection.pinned is None or window.session.selection.pinned.story:
        qtbot.keyClick(view, Qt.Key.Key_B)  # the third document pinned for every story
    chosen = choose(qtbot, window, 3)
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        if during == "reading":
            qtbot.keyClick(view, Qt.Key.Key_F5)
        else:
            with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
                qtbot.keyClick(view, Qt.Key.Key_F5)
        qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.shown is not None and pair(window) == chosen, timeout=WAIT_MS)
    pin = window.session.selection.pinned
    assert pin is not None and pin.story is None
    assert window.documents[pin.doc].path.name.startswith(chosen[0])


def test_the_filter_is_kept_by_a_reload_and_cleared_for_another_folder(
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """Another folder opened on an empty list: "No document matches 'hansard'", the last
    folder's filter hiding all of it."""
    first = copy_of(tmp_path / "first", sample_paths[:3])
    second = copy_of(tmp_path / "second", sample_paths[3:])
    open_and_settle(qtbot, window, [first])
    window.doc_list.filter.setText("Reuters")
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.session.reload()
    assert window.doc_list.filter.text() == "Reuters"  # a reload keeps it
    open_and_settle(qtbot, window, [second])
    assert window.doc_list.filter.text() == ""
    assert sorted(window.doc_list.visible_order()) == list(range(len(window.documents)))


def test_f5_keeps_the_pair_on_screen_that_the_filter_hides(
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """Typing a filter leaves the pair on screen; F5 then dropped it ("Select a document to
    compare it"): the list could not make the hidden document current. Found by a tester."""
    folder = copy_of(tmp_path / "news", sample_paths)
    open_and_settle(qtbot, window, [folder])
    chosen = choose(qtbot, window, 2)
    window.doc_list.filter.setText("zzz-no-such-title")
    window.doc_list._filter_now()
    assert pair(window) == chosen  # typing: still compared
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.session.reload()
    assert pair(window) == chosen and window.doc_list.filter.text() == "zzz-no-such-title"
    window.doc_list.filter.clear()  # listed again: current
    window.doc_list._filter_now()
    qtbot.waitUntil(lambda: window.doc_list.selected() == 2, timeout=WAIT_MS)


def test_f5_while_grouping_pins_nothing_the_user_did_not_pin(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """F5 while the stories were grouped, then Ctrl+PgDown to a version of another story:
    once grouped, the flat list's base stayed on the left ("Pinned: story"), beside a
    version of another story ("Unrelated texts"), though nothing was pinned. Found by
    fuzzing."""
    gate = hold_grouping(monkeypatch)
    folder = write_stories(tmp_path / "big")
    open_and_wait(qtbot, window, [folder], settle_down=False)
    view = window.doc_list.view
    view.setFocus()
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_F5)
    assert window.index is None  # still grouping
    for _ in range(4):  # to story002_v1
        qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    selected = window.documents[window.doc_list.selected()].path.name
    assert selected.startswith("story002")
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        gate.set()
    settle(qtbot, window)
    assert window.session.selection.pinned is None
    assert not window.diff.headers[0].chip.isVisible()
    assert window.shown is not None and window.shown.right.path.name == selected
    assert window.shown.left.path.name.startswith("story002")


@pytest.mark.parametrize(
    ("moved", "again"), [(False, False), (True, False), (False, True), (True, True)]
)
def test_a_pin_kept_by_f5_while_grouping_holds_while_the_selection_stays_in_its_story(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, moved: bool, again: bool
) -> None:  # type: ignore[no-untyped-def]
    """A pair from the heat map, pinned for its story, is pinned again once F5 has grouped
    the stories again (F5 pressed ``again`` while grouping too); the selection ``moved`` to
    another story meanwhile, the pin ends there, as it does once grouped (it held the
    pinned document beside a version of the other story)."""
    gate = hold_grouping(monkeypatch, held=False)
    open_and_wait(qtbot, window, [write_stories(tmp_path / "big")])
    assert window.index is not None
    names = [d.path.name for d in window.documents]
    story = window.index.story_of(names.index("story002_v1.txt"))
    base, other = story.base, next(v.doc for v in story.versions if v.doc != story.base)
    away = window.index.story_of(names.index("story003_v0.txt"))
    version = next(v.doc for v in away.versions if v.doc != away.base)  # (grouped again alike)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.open_pair(other, base)  # as Enter on the heat map's cell
    chip = window.diff.headers[0].chip
    assert chip.isVisible() and chip.text().startswith("Pinned: story")
    view = window.doc_list.view
    view.setFocus()
    gate.clear()
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_F5)
    assert window.index is None  # still grouping
    while moved and window.doc_list.selected() != version:  # to a version of story003
        qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    if again:
        with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_F5)
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        gate.set()
    settle(qtbot, window)
    expected = (names[away.base], names[version]) if moved else (names[other], names[base])
    qtbot.waitUntil(
        lambda: window.shown is not None and pair_named(window) == expected, timeout=WAIT_MS
    )
    if moved:  # compared as grouped
        assert window.session.selection.pinned is None and not chip.isVisible()
    else:
        assert chip.isVisible() and chip.text().startswith("Pinned: story")
