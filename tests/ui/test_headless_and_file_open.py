"""--self-test and --screenshot fail at once when background work raises; Finder file-open
events (macOS) open their files in the window, a burst of them as one open."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from urllib.parse import quote_from_bytes

import pytest
from PySide6.QtCore import QElapsedTimer, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import WAIT_MS
from wirediff.ui.app import run_gui
from wirediff.ui.session import comparing
from wirediff.ui.shell.file_open import open_files_in
from wirediff.ui.shell.headless import TIMEOUT_MS
from wirediff.ui.shell.window import MainWindow

# Far below the 30 s time-out the bug used to wait for; only a guard, not a speed target.
GUARD_MS = 10000


def _broken_compare(*_args: object, **_kwargs: object) -> object:
    raise RuntimeError("the engine broke on purpose")


def test_self_test_fails_at_once_when_the_comparison_raises(qapp, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(comparing, "compare", _broken_compare)
    clock = QElapsedTimer()
    clock.start()
    assert run_gui(["--self-test"]) == 1
    assert clock.elapsed() < min(GUARD_MS, TIMEOUT_MS)
    captured = capsys.readouterr()
    assert "the engine broke on purpose" in captured.err
    assert "OK" not in captured.out


def test_screenshot_fails_at_once_when_the_comparison_raises(  # type: ignore[no-untyped-def]
    qapp, capsys, monkeypatch, tmp_path: Path, sample_paths: list[Path]
) -> None:
    monkeypatch.setattr(comparing, "compare", _broken_compare)
    out = tmp_path / "shot.png"
    clock = QElapsedTimer()
    clock.start()
    assert run_gui(["--screenshot", str(out), str(sample_paths[0]), str(sample_paths[1])]) == 1
    assert clock.elapsed() < min(GUARD_MS, TIMEOUT_MS)
    assert "the engine broke on purpose" in capsys.readouterr().err
    assert not out.exists()


def test_finder_file_open_events_open_one_pair(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_paths: list[Path]
) -> None:
    opener = open_files_in(window, window.open_paths)
    opened: list[list[Path]] = []
    opener.opened.connect(opened.append)
    app = QApplication.instance()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        for path in (sample_paths[2], sample_paths[3], sample_paths[2]):  # one burst
            assert QApplication.sendEvent(app, QFileOpenEvent(str(path)))  # handled
    assert opened == [[sample_paths[2], sample_paths[3]]]  # one open, each file once
    assert window.shown is not None
    assert (window.shown.left.path, window.shown.right.path) == (sample_paths[2], sample_paths[3])


def test_finder_opens_a_folder(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_files_in(window, window.open_paths)
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(sample_dir)))
    assert len(window.documents) == len(list(sample_dir.glob("*.txt")))
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names of any bytes: Linux")
def test_a_file_open_url_whose_name_is_not_utf8_names_that_file(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_paths: list[Path], tmp_path: Path
) -> None:
    """A file-open event carrying file:///…/caf%E9 gave "caf\ufffd" (QUrl.toLocalFile)."""
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9"))
    folder.mkdir()
    shutil.copy(sample_paths[0], folder / "a.txt")
    opener = open_files_in(window, lambda paths: None)
    opened: list[list[Path]] = []
    opener.opened.connect(opened.append)
    url = QUrl("file://" + quote_from_bytes(os.fsencode(folder / "a.txt")))
    with qtbot.waitSignal(opener.opened, timeout=WAIT_MS):
        assert QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(url))
    assert opened == [[folder / "a.txt"]]
