"""Ctrl+E (the pair's export) with the list's filter focused did nothing and said nothing: on
X11 a line edit takes Ctrl+E to go to the end of its line (as End does), and a media
monitor's next keys, the report's path, went into the filter ("No document matches
'/tmp/ux111/out/pair04.pdf'"). The filter and the find box now leave the window its keys
that edit no text; those that do (Ctrl+Z, Ctrl+C…) stay theirs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.helpers import open_and_wait
from wirediff.ui.shell import export
from wirediff.ui.shell.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


class X11LineKeys(QObject):
    """A line edit's keys as on X11, where Ctrl+E goes to the end of the line (the
    offscreen platform, as Windows, has no such key): the field claims Ctrl+E before the
    window's shortcuts, as Qt's line edit does there, and moves its cursor with it."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        field.installEventFilter(self)  # (last installed: asked before the app's own)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not isinstance(event, QKeyEvent)
            or event.keyCombination().toCombined() != (CTRL | Qt.Key.Key_E).toCombined()
        ):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the field's own (as QLineEdit does), unless it gives it up
            return False  # (the field still sees it)
        if event.type() == QEvent.Type.KeyPress:
            self.field.end(False)
            return True
        return False


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the save dialogs asked for (each answered: cancelled)."""
    titles: list[str] = []

    def answer(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        titles.append(title)
        return "", ""

    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", answer)
    return titles


def test_ctrl_e_in_the_filter_exports_the_pair(
    qtbot, window: MainWindow, sample_dir: Path, asked: list[str]
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    field = window.doc_list.filter
    X11LineKeys(field)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "reuters")
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    assert asked == ["Export the report of this pair"]
    assert field.text() == "reuters" and field.cursorPosition() == 0  # (not moved by it)
    # The keys that edit the text typed stay the filter's: Ctrl+Z undoes the typing (not
    # the last correction of the grouping), Ctrl+A selects it.
    said = window.status_label.text()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == "" and window.status_label.text() == said
    qtbot.keyClicks(field, "ap")
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    assert field.selectedText() == "ap"
    # The find box as well.
    qtbot.keyClick(field, Qt.Key.Key_F, CTRL)
    box = window.diff.find_box
    assert QApplication.focusWidget() is box
    X11LineKeys(box)
    qtbot.keyClicks(box, "the")
    qtbot.keyClick(box, Qt.Key.Key_E, CTRL)
    assert asked == ["Export the report of this pair"] * 2 and box.text() == "the"


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wirediff.resources import sample_corpus
    from wirediff.ui.common.settings import Settings
    from wirediff.ui.shell import export
    from wirediff.ui.shell.window import MainWindow

    app = QApplication(sys.argv)
    tmp = Path(sys.argv[1])
    asked = []
    export.QFileDialog.getSaveFileName = staticmethod(
        lambda _parent, title, *_args: (asked.append(title), ("", ""))[1]
    )
    settings = Settings(QSettings(str(tmp / "wirediff.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, tmp / "review.sqlite3")
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 20000), "the window was never active"
    shown = []
    window.comparison_shown.connect(lambda: shown.append(True))
    window.open_paths([sample_corpus()])
    for _ in range(800):
        if shown:
            break
        QTest.qWait(25)
    field = window.doc_list.filter
    QTest.keyClick(window.doc_list.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is field
    QTest.keyClicks(field, "reuters")
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    print(asked, field.cursorPosition())
    window.session.runner.wait(20000)
    """
)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("xvfb-run") is None,
    reason="an X server of its own (xvfb-run)",
)
def test_on_x11_ctrl_e_in_the_filter_exports_the_pair(tmp_path: Path) -> None:
    """As on the tester's desktop: a real X11 line edit, in an X server of its own."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", CHILD, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "['Export the report of this pair'] 0"
