"""Issue 15, item 3: the app starts whatever its settings hold.

Remembered folders that cannot be examined (a name too long for the file system, a link
loop; as root no permission is ever denied, so those stand in for an unreadable parent)
are left out with a note; every value is read through a validator, so a wrong-typed one
neither breaks a comparison nor is written back; a settings file that is a named pipe is
never opened (reading it would block start-up until something writes to it).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt

from tests.ui.helpers import WAIT_MS, open_and_wait, run_unprivileged, windows_run_gui_makes
from wirediff.core.options import CompareOptions
from wirediff.ui.app import run_gui
from wirediff.ui.common.roles import PATH_ROLE
from wirediff.ui.common.settings import MemoryStore, Settings, open_store, user_settings_path
from wirediff.ui.shell.window import MainWindow


@pytest.fixture
def unreachable(tmp_path: Path) -> list[str]:
    """Two folders that cannot be examined: ``Path.exists()`` raises for the first, and
    ``os.stat`` fails for both."""
    too_long = str(tmp_path / ("x" * 300) / "news")
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    with pytest.raises(OSError):  # what stopped the app at every start
        Path(too_long).exists()
    return [too_long, str(loop / "inside")]


def _recent(window: MainWindow) -> list[tuple[str, str]]:
    items = [window.welcome.recent.item(i) for i in range(window.welcome.recent.count())]
    return [(item.data(PATH_ROLE), item.text()) for item in items]


def test_remembered_folders_that_cannot_be_examined_are_left_out_with_a_note(  # type: ignore[no-untyped-def]
    qtbot, settings_path: Path, make_window: Callable[..., MainWindow], unreachable: list[str],
    sample_dir: Path, tmp_path: Path,
) -> None:  # fmt: skip
    gone = str(tmp_path / "moved-away")
    store = QSettings(str(settings_path), QSettings.Format.IniFormat)
    store.setValue("files/recent", [str(sample_dir), unreachable[0], gone, unreachable[1]])
    store.sync()
    window = make_window()  # listed at once, looked at in the background
    qtbot.waitUntil(lambda: len(_recent(window)) == 2, timeout=WAIT_MS)
    recent = _recent(window)
    assert [path for path, _text in recent] == [str(sample_dir), gone]
    assert recent[1][1].endswith("(missing)") and not recent[0][1].endswith("(missing)")
    notes = window.welcome.notes
    assert notes.isVisible() and notes.textFormat() == Qt.TextFormat.PlainText
    assert "2 remembered folders could not be examined and are not listed" in notes.text()
    assert "file name too long" in notes.text().lower()
    assert "too many levels of symbolic links" in notes.text().lower()
    # The app works: the first recent folder opens.
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.welcome.open_recent.emit(recent[0][0])


def test_a_path_argument_that_cannot_be_examined_is_an_error_not_a_traceback(  # type: ignore[no-untyped-def]
    unreachable: list[str], capsys, monkeypatch, tmp_path: Path
) -> None:
    made = windows_run_gui_makes(monkeypatch, tmp_path)
    assert run_gui([unreachable[0]]) == 0  # the window opens, saying so
    (window,) = made
    window.close()
    err = capsys.readouterr().err
    assert "cannot be examined (file name too long)" in err.lower()


def _wrong_typed(settings_path: Path, pair: str) -> None:
    store = QSettings(str(settings_path), QSettings.Format.IniFormat)
    options = {"ignore_case": "yes", "row_max_words": "many", "pair_min_similarity": [1]}
    store.setValue("compare/options", json.dumps(options))
    store.setValue("view/zoom", "100000")  # a 100,000-point font
    store.setValue("view/inline", QPoint(1, 2))
    store.setValue("view/group_stories", "maybe")
    store.setValue("files/recent", QRect(1, 2, 3, 4))
    store.setValue("files/last_folder", ["a", "b"])
    store.setValue("window/geometry", "not bytes")
    store.setValue("review/pairs", 5)  # older versions' review state (moved to the store)
    flags = {"x\ty": "not a list", "p\tq": [1, "two", True, -3], pair: [0]}
    store.setValue("review/flags", json.dumps(flags))
    store.sync()


def test_wrong_typed_settings_are_ignored_and_never_written_back(  # type: ignore[no-untyped-def]
    qtbot, settings_path: Path, make_window: Callable[..., MainWindow], sample_paths: list[Path]
) -> None:
    pair = "\t".join(sorted(str(p) for p in sample_paths[:2]))
    _wrong_typed(settings_path, pair)
    window = make_window()
    settings = window.settings
    assert window.session.options == CompareOptions()  # not ignore_case="yes"
    assert (settings.zoom, settings.inline, settings.recent_folders) == (0, False, [])
    assert settings.flag("group_stories", True) is True
    assert settings.last_folder == "" and settings.bytes("geometry") is None
    assert settings.legacy_reviewed("review/pairs") == []  # was list(5): a TypeError
    assert settings.legacy_flags("review/flags") == {"x\ty": [], "p\tq": [1], pair: [0]}
    assert not window.actions_["inline"].isChecked()
    # Comparisons work (they failed on ignore_case="yes" and row_max_words="many"), and the
    # old review state of the pair open moves into the review store.
    open_and_wait(qtbot, window, sample_paths[:2])
    assert window.shown is not None and window.diff.right.toPlainText()
    qtbot.waitUntil(lambda: "old settings" in window.status_label.text(), timeout=WAIT_MS)
    window.close()  # saves the settings
    stored = settings_path.read_text(encoding="utf-8")
    for bad in ("yes", "many", "not a list", "two"):  # what is written holds no bad value
        assert bad not in stored, bad
    saved = QSettings(str(settings_path), QSettings.Format.IniFormat)
    switches = {f.name: f.default for f in fields(CompareOptions) if isinstance(f.default, bool)}
    assert json.loads(str(saved.value("compare/options"))) == switches  # no thresholds
    assert "ignore_case" in switches and "row_max_words" not in switches
    assert json.loads(str(saved.value("review/flags"))) == {"x\ty": [], "p\tq": [1]}


def test_settings_of_json_nested_too_deeply_or_a_huge_number_are_ignored(  # type: ignore[no-untyped-def]
    qtbot, settings_path: Path, make_window: Callable[..., MainWindow], sample_paths: list[Path]
) -> None:
    """JSON nested 100,000 deep raised RecursionError where a broken value was ignored,
    and a number of 5,000 digits passed only because its ValueError was caught by chance.
    Found by fuzzing the review store, whose rows are read the same way."""
    store = QSettings(str(settings_path), QSettings.Format.IniFormat)
    store.setValue("compare/options", "[" * 100_000 + "]" * 100_000)
    store.setValue("review/flags", '{"a\tb": [' + "9" * 5000 + "]}")
    store.setValue("files/last_pairs", '{"x": ' + "[" * 100_000 + "}")
    store.sync()
    window = make_window()
    assert window.session.options == CompareOptions()
    assert window.settings.legacy_flags("review/flags") == {}
    assert window.settings.last_pair(sample_paths[0].parent) is None
    open_and_wait(qtbot, window, sample_paths[:2])
    assert window.shown is not None


def _open_in_thread(path: Path) -> tuple[threading.Thread, list[tuple[object, str]]]:
    got: list[tuple[object, str]] = []
    thread = threading.Thread(target=lambda: got.append(open_store(path)), daemon=True)
    thread.start()
    thread.join(10)
    return thread, got


def test_a_settings_file_that_is_a_named_pipe_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "wirediff.ini"
    os.mkfifo(fifo)
    thread, got = _open_in_thread(fifo)
    if thread.is_alive():  # blocked opening the pipe: let it go, then fail
        with open(fifo, "w"):
            pass
        pytest.fail("opening the settings blocked on a named pipe")
    store, note = got[0]
    assert isinstance(store, MemoryStore)
    assert "is not a regular file (a named pipe)" in note and "this session" in note
    settings = Settings(store)  # type: ignore[arg-type]
    settings.zoom = 3  # kept for the session
    assert settings.zoom == 3


def test_the_app_starts_with_its_settings_file_a_named_pipe(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = user_settings_path()
    assert path == tmp_path / "config" / "wirediff" / "wirediff.ini"
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    done = threading.Event()
    threading.Thread(target=lambda: done.wait(10) or open(path, "w").close(), daemon=True).start()
    window = MainWindow()  # the user's settings, as the app starts
    done.set()
    qtbot.addWidget(window)
    assert isinstance(window.settings.store, MemoryStore)
    assert "not a regular file (a named pipe)" in window.welcome.notes.text()


def test_a_regular_settings_file_is_used(tmp_path: Path) -> None:
    store, note = open_store(tmp_path / "wirediff.ini")
    assert isinstance(store, QSettings) and note == ""


def test_two_windows_keep_each_others_recent_folders(tmp_path: Path) -> None:
    """Two running copies of the app on one settings file: a folder opened in one vanished
    from the recent folders when the other opened one (it rebuilt the list from what it had
    read at its start). Found by fuzzing the app."""
    import subprocess
    import sys

    ini = tmp_path / "wirediff.ini"
    mine = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    mine.add_recent(tmp_path / "a")
    assert mine.recent_folders == [str(tmp_path / "a")]
    other = (  # the other app, in its own process
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from wirediff.ui.common.settings import Settings\n"
        f"s = Settings(QSettings({str(ini)!r}, QSettings.Format.IniFormat))\n"
        f"s.add_recent(Path({str(tmp_path / 'b')!r}))\n"
    )
    gui = str(Path(__file__).resolve().parents[2] / "gui")
    env = {**os.environ, "PYTHONPATH": gui}
    subprocess.run([sys.executable, "-c", other], check=True, timeout=60, env=env)
    mine.add_recent(tmp_path / "c")
    assert mine.recent_folders == [str(tmp_path / n) for n in "cba"]


def test_a_folder_whose_name_is_not_utf8_is_remembered_whole(
    qtbot, tmp_path: Path, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """b"caf\\xe9-news" (a Latin-1 name) was remembered as "caf-news": at the next start the
    welcome view listed it missing and opening it read nothing. Found by a tester."""
    import shutil

    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9-news"))
    shutil.copytree(sample_dir, folder)
    plain = tmp_path / "plain news"
    ini = tmp_path / "wirediff.ini"
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    settings.add_recent(plain)
    settings.add_recent(folder)
    assert str(plain) in ini.read_text(encoding="utf-8")  # readable names kept as they are
    window = MainWindow(Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    assert window.settings.recent_folders == [str(folder), str(plain)]
    assert window.settings.last_folder == str(folder)
    window.show()
    recent = window.welcome.recent
    qtbot.waitUntil(lambda: "missing" in recent.item(1).text(), timeout=WAIT_MS)
    assert "missing" not in recent.item(0).text()  # looked at under its own name
    recent.setFocus()
    recent.setCurrentRow(0)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert len(window.documents) == 5


def test_a_settings_file_that_cannot_be_written_is_said() -> None:
    """A read-only settings file in a read-only folder: the layout, the recent folders and
    the options were silently not remembered. The settings are read, and a note says so.
    Run in a child process without root's rights (root may write anywhere)."""
    import shutil
    import tempfile

    tmp_path = Path(tempfile.mkdtemp())  # in /tmp: pytest's own folders only root may enter
    tmp_path.chmod(0o755)
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "wirediff.ini").write_text("[view]\nzoom=2\n", encoding="utf-8")
    (folder / "wirediff.ini").chmod(0o444)
    folder.chmod(0o555)
    imports = (
        "import sys\n"
        "from pathlib import Path\n"
        "from wirediff.ui.common.settings import Settings, open_store\n"
    )
    body = (
        "for name in ('ro/wirediff.ini', 'ro/new/wirediff.ini'):\n"
        "    store, note = open_store(Path(sys.argv[1]) / name)\n"
        "    print(Settings(store).zoom, note)\n"
    )
    try:
        out = run_unprivileged(imports, body, str(tmp_path))
    finally:
        folder.chmod(0o755)
        shutil.rmtree(tmp_path)
    assert out.returncode == 0, out.stderr
    read, created = out.stdout.splitlines()
    assert read == (
        f"2 The settings file {folder / 'wirediff.ini'} cannot be written (permission denied):"
        " changes to the settings are not remembered after this session."
    )
    assert created.startswith(f"0 The settings file {folder / 'new' / 'wirediff.ini'} cannot")
    assert f"(the folder {folder} is not writable)" in created
