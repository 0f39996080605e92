"""A folder opened again (another folder between, or the next start) opens on the pair last
compared in it, where the reader was in it while both texts are unchanged."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.core.review.folders import real
from wirediff.ui.common.settings import LAST_PAIRS, Settings
from wirediff.ui.diff.place import Place
from wirediff.ui.session import last_pair
from wirediff.ui.session.loading import KeptPlace, PairHint
from wirediff.ui.session.session import SAMPLE_PAIR_KEY
from wirediff.ui.shell.window import MainWindow


def go_to_change(qtbot, window: MainWindow, number: int) -> Place:  # type: ignore[no-untyped-def]
    diff = window.diff
    diff.right.setFocus()
    for _ in range(number):
        qtbot.keyClick(diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    place = diff.place()
    assert place is not None and place.current == number - 1 and place.row > 0
    return place


def shown(window: MainWindow) -> tuple[str, str]:
    assert window.shown is not None
    return window.shown.left.path.name, window.shown.right.path.name


def test_the_next_start_opens_a_folder_on_the_pair_and_the_place_left(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    open_and_wait(qtbot, first, [news])
    with qtbot.waitSignal(first.comparison_shown, timeout=WAIT_MS):
        first.doc_list.select(2)
    pair, place = shown(first), go_to_change(qtbot, first, 12)
    assert pair != ("000_95eef2de69d379ca.txt", "001_9961d6b741e39e46.txt")  # not the first
    first.close()

    again = make_window()
    open_and_wait(qtbot, again, [news])
    assert shown(again) == pair
    qtbot.waitUntil(lambda: again.diff.place() == place, timeout=WAIT_MS)
    assert again.changes.view.currentIndex().row() == 11  # the changes panel follows
    again.close()

    (news / pair[1]).write_text("Edited since.\n\n" + (news / pair[1]).read_text("utf-8"))
    edited = make_window()
    open_and_wait(qtbot, edited, [news])
    assert shown(edited) == pair  # the same pair, from its top: its text changed
    qtbot.wait(200)
    assert edited.diff.current is None


def test_the_changes_list_shows_the_change_gone_back_to_after_a_restart(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    """The diff outlined change 31 after a restart, and the changes list had it selected
    below its end, showing its top as if nothing were: the story panel, filled in above
    the list after it scrolled to the change, pushed the change out of sight. Found by a
    reviewer."""
    first = make_window()
    open_and_wait(qtbot, first, [news])
    changes = len(first.changes.rows.excerpts)
    first.diff.right.setFocus()
    qtbot.keyClick(first.diff.right, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    for _ in range(2):
        qtbot.keyClick(first.diff.right, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    place = first.diff.place()
    assert place is not None and place.current == changes - 3
    first.close()

    again = make_window()
    open_and_wait(qtbot, again, [news])
    qtbot.waitUntil(lambda: again.diff.place() == place, timeout=WAIT_MS)
    view = again.changes.view
    assert view.verticalScrollBar().maximum() > 0  # a list longer than the panel
    selected = view.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [place.current]
    row = view.visualRect(selected[0])
    assert row.top() >= 0 and row.bottom() < view.viewport().height()  # in sight


def test_the_sample_unpacked_anew_at_each_start_keeps_one_last_pair(
    qtbot,
    make_window: Callable[..., MainWindow],
    news: Path,
    sample_dir: Path,
    settings_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    """The one-file app unpacks the sample to a new temporary folder at each start: its
    last pair was kept under each one's path, never seen again, so that 50 starts pushed
    the user's folders' last pairs out of the 50 kept. It is kept under one key, and the
    next start's sample, wherever it is, opens on it."""
    first = make_window()
    open_and_wait(qtbot, first, [news])  # a folder of the user's
    with qtbot.waitSignal(first.comparison_shown, timeout=WAIT_MS):
        first.doc_list.select(3)
    kept_for_news = shown(first)
    first.close()
    pair = None
    for start in range(3):
        unpacked = tmp_path / f"_MEI{start}" / sample_dir.name
        shutil.copytree(sample_dir, unpacked)
        monkeypatch.setattr("wirediff.ui.session.session.sample_corpus", lambda u=unpacked: u)
        window = make_window()
        open_and_wait(qtbot, window, [unpacked])
        if pair is None:
            with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
                window.doc_list.select(2)
            pair = shown(window)
            assert pair != ("000_95eef2de69d379ca.txt", "001_9961d6b741e39e46.txt")
        else:
            assert shown(window) == pair  # where the last start's sample was left
        window.close()
    saved = QSettings(str(settings_path), QSettings.Format.IniFormat).value(LAST_PAIRS)
    assert set(json.loads(str(saved))) == {str(real(news)), SAMPLE_PAIR_KEY}
    again = make_window()
    open_and_wait(qtbot, again, [news])
    assert shown(again) == kept_for_news


def test_a_folder_opened_again_after_another_keeps_its_pair_and_pin(
    qtbot, window: MainWindow, news: Path, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other"
    other.mkdir()
    for path in sample_paths[:2]:
        (other / path.name).write_bytes(path.read_bytes())
    open_and_wait(qtbot, window, [news])
    names = [d.path.name for d in window.documents]
    window.doc_list.select(names.index(next(n for n in names if n.startswith("002"))))
    while window.session.selection.pinned is None:  # 002 on the left of every story
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: shown(window)[0].startswith("002"), timeout=WAIT_MS)
    pair = shown(window)
    open_and_wait(qtbot, window, [other])
    assert window.session.selection.pinned is None
    open_and_wait(qtbot, window, [news])
    qtbot.waitUntil(lambda: window.session.selection.pinned is not None, timeout=WAIT_MS)
    pin = window.session.selection.pinned
    assert pin is not None and pin.story is None
    assert window.documents[pin.doc].path.name.startswith("002")
    qtbot.waitUntil(lambda: shown(window) == pair, timeout=WAIT_MS)


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        json.dumps(["a list"]),
        json.dumps({"FOLDER": "text"}),
        json.dumps({"FOLDER": {"left": "../elsewhere.txt", "everywhere": False}}),
        json.dumps({"FOLDER": {"left": "/etc/passwd", "selected": None, "everywhere": True}}),
        json.dumps({"FOLDER": {"left": "gone.txt", "selected": 7, "everywhere": "yes"}}),
        json.dumps({"FOLDER": {"left": "gone.txt", "selected": "x.txt", "everywhere": False}}),
    ],
)
def test_a_bad_or_stale_record_opens_the_folder_on_its_first_pair(
    qtbot, make_window: Callable[..., MainWindow], settings_path: Path, news: Path, stored: str
) -> None:  # type: ignore[no-untyped-def]
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    store = QSettings(str(settings_path), QSettings.Format.IniFormat)
    store.setValue(LAST_PAIRS, stored.replace("FOLDER", str(real(news))))
    store.sync()
    window = make_window()
    open_and_wait(qtbot, window, [news])
    assert shown(window) == ("000_95eef2de69d379ca.txt", "001_9961d6b741e39e46.txt")


def test_a_record_names_only_paths_inside_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    place = KeptPlace("abc", False, Place(3, 40, 12, 90, 20))
    hint = PairHint(folder / "a.txt", folder / "sub" / "b.txt", facing=tmp_path / "c.txt")
    kept = last_pair.record(folder, hint)
    assert kept == {"left": "a.txt", "selected": "sub/b.txt", "facing": None, "everywhere": False}
    back = last_pair.hint_from(folder, json.loads(json.dumps(last_pair.record(
        folder, PairHint(folder / "a.txt", None, True, place=place)
    ))))  # fmt: skip
    assert back == PairHint(folder / "a.txt", None, True, place=place)
    assert last_pair.record(folder, PairHint(tmp_path / "a.txt", None)) is None
    bad_place = {"left": "a.txt", "everywhere": False, "place": {"texts": "abc", "row": -1}}
    assert last_pair.hint_from(folder, bad_place) == PairHint(folder / "a.txt", None)


def test_only_the_folders_left_last_are_remembered(settings_path: Path, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    for n in range(5):
        settings.remember_pair(tmp_path / str(n), {"left": f"{n}.txt"}, limit=3)
    settings.remember_pair(tmp_path / "2", {"left": "again.txt"}, limit=3)
    assert [settings.last_pair(tmp_path / str(n)) for n in range(5)] == [
        None, None, {"left": "again.txt"}, {"left": "3.txt"}, {"left": "4.txt"},
    ]  # fmt: skip
    settings.remember_pair(tmp_path / "2", None, limit=3)
    assert settings.last_pair(tmp_path / "2") is None
