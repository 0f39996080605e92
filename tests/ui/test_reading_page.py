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


def test_the_centre_and_the_status_bar_say_how_far_in_one_form(
    window: MainWindow, news: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The centre said "580 of 19,991 files read", the status bar "Reading 580/19991
    files…" (a big folder's walkthrough): one form, thousands separated, in both."""
    go = threading.Event()
    real = loading.load_paths
    first = sorted(news.rglob("*.txt"))[0]

    def big(paths: list[Path], **kw: object) -> LoadResult:
        on_reading: Callable[[int, int, Path], None] = kw["on_reading"]  # type: ignore[assignment]
        cancelled: Callable[[], bool] = kw["should_cancel"]  # type: ignore[assignment]
        on_reading(580, 19_991, first)  # as 19,991 files read so far, the 581st begun
        while not go.wait(0.01) and not cancelled():
            pass
        return real(paths, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "load_paths", big)
    reading = window.welcome.reading_view
    try:
        window.open_paths([news])
        said = "580 of 19,991 files read"
        qtbot.waitUntil(lambda: reading.count.text() == said, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.status_label.text().startswith(said), timeout=WAIT_MS)
        assert f"{said} — reading " in window.status_label.text()
        assert first.name in window.status_label.text()
        assert "/" not in window.status_label.text()
    finally:
        go.set()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == MAIN, timeout=WAIT_MS)


def test_after_the_last_file_is_read_the_window_says_what_it_does(
    window: MainWindow, news: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """19,991 files read, the window said "19,991 of 19,991 files read" and the status bar
    "Reading 19991/19991 files… zip_named.docx" for 3 minutes while the words were counted
    and the list built: now it says so (the counting with how far it is)."""
    counting, building = threading.Event(), threading.Event()
    count_words, build_list = loading.count_words, loading.build_list

    def slow_count(text: str) -> int:
        while not counting.wait(0.01):
            pass
        return count_words(text)

    def slow_build(*args: object, **kw: object) -> object:
        while not building.wait(0.01):
            pass
        return build_list(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "count_words", slow_count)
    monkeypatch.setattr(loading, "build_list", slow_build)
    reading, status = window.welcome.reading_view, window.status_label
    files = sum(1 for p in news.rglob("*") if p.is_file())
    try:
        window.open_paths([news])
        assert reading.title.text() == "Reading news…"
        assert reading.bar.accessibleName() == "Files read"
        docs = f"{files} documents"  # (the sample's files are one document each)
        said = f"Counting words… 0 of {docs}"
        qtbot.waitUntil(lambda: reading.count.text() == said, timeout=WAIT_MS)
        assert status.text() == said and "files read" not in status.text()
        assert (reading.bar.value(), reading.bar.maximum()) == (0, files)
        # the title and the bar's name follow the stage: they said "Reading news…" and
        # "Files read" through the minutes of counting and building (finding 8's follow-up)
        assert reading.title.text() == "Counting the words of news…"
        assert reading.accessibleName() == reading.title.text()
        assert reading.bar.accessibleName() == "Documents counted"
        counting.set()
        said = f"Building the list of {docs}…"
        qtbot.waitUntil(lambda: reading.count.text() == said, timeout=WAIT_MS)
        assert status.text() == said
        assert reading.bar.maximum() == 0  # (busy: no count)
        assert reading.title.text() == "Building the list of news…"
        assert reading.accessibleName() == reading.title.text()
        assert reading.bar.accessibleName() == "Building the list"
        assert window.welcome.reading()
    finally:
        counting.set()
        building.set()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == MAIN, timeout=WAIT_MS)
    assert not status.text().startswith("Building")
