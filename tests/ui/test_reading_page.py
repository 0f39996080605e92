"""The welcome page while the first folder is read: it says what is read and how far, with
Cancel, instead of offering "Open folder…" for the minute a big folder takes (a
media-monitoring analyst's walkthrough: 10,502 files, 70 s of the welcome page, the status
bar alone saying "Reading 975/10502 files…")."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS
from wirediff.core.reading import LoadResult
from wirediff.ui.session import loading
from wirediff.ui.shell.parts import MAIN, WELCOME
from wirediff.ui.shell.window import MainWindow


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Each load tells the first of its files read, then waits for the event (or a
    Cancel): a big folder's reading, as long as the test needs."""
    go = threading.Event()
    real = loading.load_paths

    def slow(paths: list[Path], **kw: object) -> LoadResult:
        files = sorted(p for p in paths[0].rglob("*") if p.is_file())
        on_progress: Callable[[int, int, Path], None] = kw["on_progress"]  # type: ignore[assignment]
        cancelled: Callable[[], bool] = kw["should_cancel"]  # type: ignore[assignment]
        on_progress(1, len(files), files[0])
        while not go.wait(0.01):
            if cancelled():
                break
        return real(paths, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "load_paths", slow)
    return go


def test_the_welcome_page_says_the_folder_is_read_until_the_list_shows(
    window: MainWindow, news: Path, held: threading.Event, qtbot
) -> None:  # type: ignore[no-untyped-def]
    files = sum(1 for p in news.rglob("*") if p.is_file())
    welcome, reading = window.welcome, window.welcome.reading_view
    window.open_paths([news])
    assert window.stack.currentIndex() == WELCOME and welcome.reading()
    assert reading.isVisible() and not welcome.folder_button.isVisible()
    assert reading.title.text() == "Reading news…"
    assert reading.where.text() == f"in {news.parent}"
    qtbot.waitUntil(lambda: reading.count.text() == f"1 of {files} files read", timeout=WAIT_MS)
    assert (reading.bar.value(), reading.bar.maximum()) == (1, files)
    # Cancel, on the page: the welcome page's buttons again, nothing opened
    qtbot.mouseClick(reading.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not welcome.reading(), timeout=WAIT_MS)
    assert welcome.folder_button.isVisible() and window.stack.currentIndex() == WELCOME
    window.session.runner.wait(WAIT_MS)
    # Read to the end: the list replaces it
    window.open_paths([news])
    assert welcome.reading()
    held.set()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == MAIN, timeout=WAIT_MS)
    assert not welcome.reading() and window.doc_list.view.hasFocus()
    # Another folder opened from the list (or F5): the list stays until it is read
    window.open_paths([news])
    assert window.stack.currentIndex() == MAIN and not welcome.reading()
