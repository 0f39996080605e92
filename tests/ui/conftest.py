"""Fixtures: windows with isolated settings (helpers to drive them are in ``helpers``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import WAIT_MS
from wirediff.ui.common.settings import Settings
from wirediff.ui.shell.window import MainWindow


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "wirediff.ini"


@pytest.fixture
def make_window(qtbot, settings_path: Path) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Build windows whose settings live in a test-only INI file (never the user's)."""
    made: list[MainWindow] = []

    def make(resize: bool = True) -> MainWindow:
        window = MainWindow(Settings(QSettings(str(settings_path), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        if resize:
            window.resize(1200, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        made.append(window)
        return window

    yield make
    for window in made:
        window.session.runner.wait(WAIT_MS)


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()
