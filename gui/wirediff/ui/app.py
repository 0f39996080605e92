"""Start the desktop app: `wirediff [FOLDER | A B]`, `--index INDEX`, `--screenshot OUT.png`,
`--self-test` (the arguments are read in ``common.arguments``)."""

from __future__ import annotations

import faulthandler
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wirediff.ui.common.arguments import read_start
from wirediff.ui.common.display import display_refused
from wirediff.ui.common.qt_libraries import qt_unavailable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def _headless() -> bool:
    """No display and no platform chosen: Qt would abort (exit 134) trying to open one."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _choose_platform() -> None:
    """`--screenshot` and `--self-test` pick the offscreen platform themselves when headless,
    or when the X display named does not answer (Qt would abort on it)."""
    if _headless() or display_refused() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _application() -> object:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from wirediff import APP_ID, __version__
    from wirediff.fonts import bundled_families
    from wirediff.ui.common.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance()
    if app is None:
        QApplication.setOrganizationName(ORGANIZATION)
        QApplication.setApplicationName(APPLICATION)
        QApplication.setApplicationVersion(__version__)
        # Docks and Wayland match the window to the menu entry by this name.
        QGuiApplication.setDesktopFileName(APP_ID)
        app = QApplication(sys.argv[:1])
        # Urdu and Arabic letters a bare font set lacks (DejaVu has no ہ ے ۔) fall back to the
        # bundled Noto Naskh Arabic, here and in the frozen app (and in what it prints).
        bundled_families()
    return app


def _examined(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """The ``paths`` that are there, and what is said (on stderr, and returned) of each
    that is not: missing, or why it cannot be examined."""
    from wirediff.core.textsafe import printable
    from wirediff.ui.common.paths import examine

    present, refused = [], []
    for found in (examine(p) for p in paths):
        if found.exists:
            present.append(found.path)
            continue
        why = f"cannot be examined ({found.problem})" if found.problem else "no such file or folder"
        said = f"{printable(found.path, one_line=True)}: {why}"
        print(f"wirediff: {said}", file=sys.stderr)
        refused.append(said)
    return present, refused


def run_gui(args: Sequence[str]) -> int:
    """Run the app on the command-line arguments (without the program name); the exit code."""
    # A crash in Qt's C++ then still says where Python was, in every thread (on stderr).
    if not faulthandler.is_enabled() and sys.stderr is not None:
        faulthandler.enable()
    start = read_start(args)
    if isinstance(start, str):
        print(start, file=sys.stderr)
        return 2
    unavailable = qt_unavailable()  # a missing libEGL.so.1 was an ImportError traceback
    if unavailable is not None:
        print(f"wirediff: {unavailable}", file=sys.stderr)
        return 1
    if start.mode == "self-test":
        _choose_platform()
        from wirediff.ui.shell.headless import self_test

        _application()
        return self_test()
    if start.mode == "screenshot":
        # A script asked for a picture of these: without one of them it is not that picture.
        present, refused = _examined(start.paths)
        if refused:
            return 2
        _choose_platform()
        from wirediff.ui.shell.headless import screenshot

        _application()
        return screenshot(
            Path(start.value), [Path(a) for a in present], start.max_bytes, start.caps
        )
    # A path that is not there is said, and the window opens on the others all the same: a
    # launch from the menu or a file manager has no terminal to read stderr in (the app
    # exited 2 and showed nothing, the good files of the selection unopened).
    index = Path(start.value) if start.mode == "index" else None
    paths, refused = _examined([start.value] if index is not None else start.paths)
    if _headless():
        print(
            "wirediff: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset);"
            " try --screenshot OUT.png or --self-test",
            file=sys.stderr,
        )
        return 1
    refused_display = display_refused()
    if refused_display is not None:
        print(f"wirediff: {refused_display}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from wirediff.ui.shell.file_open import open_files_in
    from wirediff.ui.shell.termination import close_on_termination
    from wirediff.ui.shell.window import MainWindow

    app = _application()
    if isinstance(app, QApplication):
        close_on_termination(app)  # a logout or kill: the window keeps its state as on Ctrl+Q
    window = MainWindow()
    if start.max_bytes is not None:
        window.session.loading.max_bytes = start.max_bytes
    window.session.loading.caps = dict(start.caps)
    open_files_in(
        window, window.open_paths
    )  # macOS: files opened from the Finder come as events, not arguments
    window.show()
    if refused:
        _not_opened(window, refused)
    if (paths or index is not None) and window.settings.notes:
        # (the welcome view says it; a start on a folder showed nothing, and the layout,
        # recent folders and options of the session were lost at quit, unsaid)
        _say(window, "Settings — wirediff", "\n\n".join(window.settings.notes), "settings_note")
    if index is not None:
        window.commands.index.open(index)  # a message box if it is not one
    elif paths:
        window.open_paths([Path(a) for a in paths])
    code = QApplication.exec() if isinstance(app, QApplication) else 1
    return int(code)


def _not_opened(window: QWidget, refused: list[str]) -> None:
    """Say in the window which paths given could not be opened (plain text: they are data)."""
    text = "These could not be opened:\n\n" + "\n".join(refused)
    _say(window, "Not opened — wirediff", text, "not_opened")


def _say(window: QWidget, title: str, text: str, name: str) -> None:
    """A warning over ``window`` that does not stop it (plain text: it names data)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=window)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
