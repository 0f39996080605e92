"""Issue 15, item 9 in the app: links that leave the opened folder are followed only when the
user asks — for one folder from the Problems panel, or for every folder from the Options
menu — and the folder watch then looks at what the load read."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS, key, open_and_wait
from wirediff.core.reading.errors import EXTERNAL_LINK
from wirediff.ui.shell.window import MainWindow


@pytest.fixture
def received(tmp_path: Path, sample_paths: list[Path]) -> Path:
    """A received folder of two articles and a link to a folder of one more, outside it."""
    folder, outside = tmp_path / "received", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    for path in sample_paths[:2]:
        shutil.copy(path, folder / path.name)
    shutil.copy(sample_paths[2], outside / sample_paths[2].name)
    (folder / "more").symlink_to(outside)
    return folder


def _names(window: MainWindow) -> list[str]:
    return sorted(d.path.name for d in window.documents)


def _settle_watch(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.session.loading.watch.idle, timeout=WAIT_MS)


def test_a_link_out_of_the_folder_is_followed_when_asked(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, received: Path, sample_paths: list[Path]
) -> None:
    open_and_wait(qtbot, window, [received])
    assert _names(window) == [p.name for p in sample_paths[:2]]
    problems = window.problems
    assert window.problems_dock.isVisible() and problems.follow_button.isVisible()
    qtbot.waitUntil(lambda: window.problems_dock.height() > 0, timeout=WAIT_MS)
    assert window.problems_dock.height() < window.height() // 4  # one problem: a short dock
    (line,) = problems.lines()
    assert line.startswith("more: link to a folder outside the folder read, not followed")
    assert "Options ▸ Follow links that leave the folder" in line
    assert "--follow-external-links" not in line  # the command line's hint is not the app's
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        problems.follow_button.click()
    assert _names(window) == sorted(p.name for p in sample_paths[:3])
    assert not problems.follow_button.isVisible()
    assert window.session.loading.options.follow_external_links
    assert not window.settings.follow_external_links  # this folder only
    # The watch lists what the load read: the file behind the link is no "removed" file.
    _settle_watch(qtbot, window)
    with qtbot.waitSignal(window.session.loading.watch.checked, timeout=WAIT_MS) as checked:
        window.session.loading.watch.check_now()
    assert not checked.args[0] and not window.change_bar.isVisible()
    # F5 reads the folder as it was last read: still following.
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        key(qtbot, window.doc_list.view, Qt.Key.Key_F5)
    assert len(window.documents) == 3


def test_enter_on_a_link_problem_follows_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, received: Path
) -> None:
    open_and_wait(qtbot, window, [received])
    item = window.problems.list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == EXTERNAL_LINK
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.problems.list.itemActivated.emit(item)
    assert len(window.documents) == 3


def test_the_options_menu_follows_links_for_every_folder(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], received: Path
) -> None:
    window = make_window()
    action = window.actions_["follow_links"]
    assert action.isCheckable() and not action.isChecked()
    menus = {m.text(): m.menu() for m in window.menuBar().actions()}
    assert action in menus["&Options"].actions()
    action.setChecked(True)
    open_and_wait(qtbot, window, [received])
    assert len(window.documents) == 3 and not window.problems.lines()
    window.close()
    again = make_window()  # remembered
    assert again.actions_["follow_links"].isChecked() and again.session.follow_links
    again.actions_["follow_links"].setChecked(False)
    open_and_wait(qtbot, again, [received])
    assert len(again.documents) == 2


def test_a_link_to_a_file_out_of_the_folder_is_followed_when_asked(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path]
) -> None:
    """A link to a file outside was read without a word; now it is one more link that
    leaves the folder, followed as a link to a folder is."""
    folder, outside = tmp_path / "received", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    shutil.copy(sample_paths[0], folder / sample_paths[0].name)
    shutil.copy(sample_paths[2], outside / sample_paths[2].name)
    (folder / "notes.txt").symlink_to(outside / sample_paths[2].name)
    open_and_wait(qtbot, window, [folder], compare=False)  # one document: no pair to show
    assert _names(window) == [sample_paths[0].name]
    (line,) = window.problems.lines()
    assert line.startswith("notes.txt: link to a file outside the folder read, not followed")
    assert "Options ▸ Follow links that leave the folder" in line
    assert window.problems.follow_button.isVisible()
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.problems.follow_button.click()
    assert _names(window) == sorted(["notes.txt", sample_paths[0].name])
