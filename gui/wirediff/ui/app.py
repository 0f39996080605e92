"""Start the desktop app: `wirediff [FOLDER | A B]`, `--index INDEX`, `--screenshot OUT.png`,
`--self-test`."""

from __future__ import annotations

import faulthandler
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

USAGE = """usage: wirediff [FOLDER | FILE ...]
       wirediff --index INDEX_FOLDER
       wirediff --screenshot OUT.png [FOLDER | FILE ...]
       wirediff --self-test"""


def _headless() -> bool:
    """No display and no platform chosen: Qt would abort (exit 134) trying to open one."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _choose_platform() -> None:
    """`--screenshot` and `--self-test` pick the offscreen platform themselves when headless."""
    if _headless():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _application() -> object:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from wirediff import APP_ID, __version__
    from wirediff.fonts import register_bundled_fonts
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
        # bundled Noto Naskh Arabic, here and in the frozen app.
        register_bundled_fonts()
    return app


def run_gui(args: Sequence[str]) -> int:
    """Run the app on the command-line arguments (without the program name); the exit code."""
    # A crash in Qt's C++ then still says where Python was, in every thread (on stderr).
    if not faulthandler.is_enabled() and sys.stderr is not None:
        faulthandler.enable()
    args = list(args)
    if args and args[0] == "--self-test":
        _choose_platform()
        from wirediff.ui.shell.headless import self_test

        _application()
        return self_test()
    if args and args[0] == "--screenshot":
        if len(args) < 2:
            print(USAGE, file=sys.stderr)
            return 2
        _choose_platform()
        from wirediff.ui.shell.headless import screenshot

        _application()
        return screenshot(Path(args[1]), [Path(a) for a in args[2:]])
    from wirediff.core.textsafe import printable

    index = None
    if args and args[0] == "--index":
        if len(args) != 2:
            print(USAGE, file=sys.stderr)
            return 2
        index, args = Path(args[1]), args[1:]
    unknown = [a for a in args if a.startswith("--")]
    if unknown:
        option = printable(unknown[0], one_line=True)
        print(f"wirediff: unknown option {option}\n{USAGE}", file=sys.stderr)
        return 2
    from wirediff.ui.common.paths import examine

    # A path that is not there is said, and the window opens on the others all the same: a
    # launch from the menu or a file manager has no terminal to read stderr in (the app
    # exited 2 and showed nothing, the good files of the selection unopened).
    refused, examined = [], [examine(a) for a in args]
    for found in examined:
        if not found.exists:
            why = (
                f"cannot be examined ({found.problem})"
                if found.problem
                else "no such file or folder"
            )
            said = f"{printable(found.path, one_line=True)}: {why}"
            print(f"wirediff: {said}", file=sys.stderr)
            refused.append(said)
    args = [a for a, found in zip(args, examined, strict=True) if found.exists]
    if _headless():
        print(
            "wirediff: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset);"
            " try --screenshot OUT.png or --self-test",
            file=sys.stderr,
        )
        return 1
    from PySide6.QtWidgets import QApplication

    from wirediff.ui.shell.file_open import open_files_in
    from wirediff.ui.shell.window import MainWindow

    app = _application()
    window = MainWindow()
    open_files_in(
        window, window.open_paths
    )  # macOS: files opened from the Finder come as events, not arguments
    window.show()
    if refused:
        _not_opened(window, refused)
    if index is not None:
        window.commands.index.open(index)  # a message box if it is not one
    elif args:
        window.open_paths([Path(a) for a in args])
    code = QApplication.exec() if isinstance(app, QApplication) else 1
    return int(code)


def _not_opened(window: QWidget, refused: list[str]) -> None:
    """Say in the window which paths given could not be opened (plain text: they are data)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Not opened — wirediff",
        "These could not be opened:\n\n" + "\n".join(refused),
        parent=window,
    )
    box.setObjectName("not_opened")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
