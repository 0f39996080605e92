"""`--screenshot` and `--self-test`: start the window, wait until it has drawn, check, exit."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QSettings,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QImage, QImageWriter
from PySide6.QtWidgets import QApplication

from wirediff.commands.output import emit, message
from wirediff.core.report.output import OutputError
from wirediff.core.review.location import default_store_path
from wirediff.core.textsafe import printable
from wirediff.resources import sample_corpus
from wirediff.ui.common.settings import Settings
from wirediff.ui.shell.window import MainWindow

TIMEOUT_MS = 30000


def _isolated_window(folder: str) -> MainWindow:
    """A window whose settings live in a throwaway file (the user's are left alone)."""
    store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Settings(store), Path(folder) / "review.sqlite3")
    window.resize(1400, 860)
    window.show()
    return window


def _wait_for(window: MainWindow, paths: list[Path]) -> str | None:
    """Open ``paths``; wait for the list, a comparison (if any) and the story grouping.

    Returns why that did not happen (a failure in the background, or the time-out), or None.
    """
    loop = QEventLoop()
    state: dict[str, str | None] = {"error": "timed out", "failure": None}

    def finish() -> None:
        state["error"] = None
        loop.quit()

    def fail(message: str) -> None:
        state["error"] = state["failure"] = message
        loop.quit()

    def after_load() -> None:
        if window.other is None:
            finish()

    window.loaded.connect(after_load)
    window.comparison_shown.connect(finish)
    window.failed.connect(fail)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    window.open_paths(paths)
    if state["error"] == "timed out":
        loop.exec()
    idle = QElapsedTimer()  # then story grouping, and the comparisons it may start
    idle.start()
    while window.session.runner.busy() and idle.elapsed() < TIMEOUT_MS and state["failure"] is None:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if state["failure"] is not None:
        return state["failure"]
    _settle()
    return state["error"]


def _close(window: MainWindow) -> None:
    """Close the window and let its background work and deferred deletions finish, so that
    nothing of Qt is still running while Python tears the interpreter down (there is no
    event loop here to end the usual way)."""
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QThreadPool.globalInstance().waitForDone(10000)


def _settle(ms: int = 300) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _grab(window: MainWindow) -> QImage:
    return window.grab().toImage()


def _unwritable(out: Path) -> str | None:
    """Why an image cannot be written to ``out``, or None (said before the window opens)."""
    kinds = sorted({bytes(f.data()).decode().lower() for f in QImageWriter.supportedImageFormats()})
    suffix = out.suffix.lower().lstrip(".")
    if out.is_dir():
        return "it is a folder: name an image file (shot.png)"
    if suffix not in kinds:
        named = f".{suffix}" if suffix else "no extension"
        preferred = [k for k in ("png", "jpg", "bmp") if k in kinds]
        return f"{named} is no image type (name it .{', .'.join(preferred)})"
    if not out.parent.is_dir():
        return f"no folder {printable(str(out.parent), one_line=True)}"
    return None


def _quiet_qt(kind: QtMsgType, _context: object, text: str) -> None:
    """Qt's messages on stderr, but the offscreen platform's note on every window it cannot
    size for a window manager (four lines of "does not support propagateSizeHints()" on
    every run)."""
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


def screenshot(
    out: Path,
    paths: list[Path],
    max_bytes: int | None = None,
    caps: Mapping[str, int] | None = None,
) -> int:
    """Render the window (on ``paths`` if given, files of at most ``max_bytes``, ``caps``:
    the ReaderOptions caps given, --max-tokens N...) to ``out``
    and exit: 0, 1 when the paths could not be opened, 2 when ``out`` cannot be written
    (the reason said)."""
    why = _unwritable(out)
    if why is not None:
        print(
            f"wirediff: cannot write {printable(str(out), one_line=True)}: {why}", file=sys.stderr
        )
        return 2
    previous = qInstallMessageHandler(_quiet_qt)
    try:
        return _screenshot(out, paths, max_bytes, caps or {})
    finally:
        qInstallMessageHandler(previous)


def _with_the_users_store(folder: str) -> None:
    """A copy of the user's review store in ``folder``, where ``_isolated_window`` keeps its
    own: the folder's corrections (a screenshot showed the automatic grouping, the app and
    ``wirediff stories`` the corrected one: a press officer's walkthrough), its marks and
    notes, drawn from the copy — the user's store is only read."""
    store = default_store_path()
    for suffix in ("", "-wal"):  # (SQLite's write-ahead log holds what is not merged yet)
        source = store.with_name(store.name + suffix)
        try:
            shutil.copyfile(source, Path(folder) / f"review.sqlite3{suffix}")
        except OSError:  # (none yet, or unreadable: a store of its own, as before)
            if not suffix:
                return


def _screenshot(
    out: Path, paths: list[Path], max_bytes: int | None, caps: Mapping[str, int]
) -> int:
    with tempfile.TemporaryDirectory(prefix="wirediff-") as folder:
        _with_the_users_store(folder)
        window = _isolated_window(folder)
        if max_bytes is not None:
            window.session.loading.max_bytes = max_bytes
        window.session.loading.caps = dict(caps)
        error = _wait_for(window, paths) if paths else None
        if error is not None:
            _close(window)
            names = ", ".join(printable(str(p), one_line=True) for p in paths)
            print(f"wirediff: opening {names} failed: {error}", file=sys.stderr)
            return 1
        if window.shown is not None:
            window.commands.first_change()  # show the outline of the current change too
        _settle()
        ok = _grab(window).save(str(out))
        _close(window)
    if not ok:
        print(
            f"wirediff: could not write {printable(str(out), one_line=True)} (check that its "
            "folder is writable and has room)",
            file=sys.stderr,
        )
        return 2
    print(printable(str(out), one_line=True))
    return 0


def _ink(image: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    """How many sampled pixels differ from the region's first pixel (text was drawn)."""
    base = image.pixel(x0, y0)
    count = 0
    for y in range(y0, y1, 3):
        for x in range(x0, x1, 3):
            if image.pixel(x, y) != base:
                count += 1
    return count


def self_test() -> int:
    """Open the sample corpus, compare a pair, check text was drawn in both panes; print OK."""
    with tempfile.TemporaryDirectory(prefix="wirediff-") as folder:
        window = _isolated_window(folder)
        error = _wait_for(window, [sample_corpus()])
        if error is not None or window.shown is None:
            _close(window)
            why = f": {error}" if error is not None else ""
            print(f"wirediff self-test: the sample pair was not shown{why}", file=sys.stderr)
            return 1
        problems = []
        for pane in (window.diff.left, window.diff.right):
            if not pane.toPlainText().strip():
                problems.append(f"{pane.objectName()} holds no text")
            image = pane.viewport().grab().toImage()
            if _ink(image, 0, 0, image.width(), min(image.height(), 300)) < 50:
                problems.append(f"{pane.objectName()} drew no text")
        if not window.changes.model.rowCount():
            problems.append("the changes list is empty")
        _close(window)
    if problems:
        print("wirediff self-test FAILED: " + "; ".join(problems), file=sys.stderr)
        return 1
    try:  # the OK promised, or one line saying why it could not be (as the commands do)
        emit("OK\n", None, data=False)
    except OutputError as exc:  # stdout full (exit 120, a traceback) or closed (exit 0, mute)
        message("wirediff", str(exc))
        return 2
    return 0
