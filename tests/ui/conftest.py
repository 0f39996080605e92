"""Fixtures: windows with isolated settings (helpers to drive them are in ``helpers``)."""

from __future__ import annotations

import shutil
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
def news(tmp_path: Path, sample_dir: Path) -> Path:
    """A copy of the sample corpus (``tmp_path/news``) that the test may change."""
    copy = tmp_path / "news"
    shutil.copytree(sample_dir, copy)
    return copy


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "review.sqlite3"


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> QApplication:
    """Every test here has the QApplication, whether it asks for it or not: a test laying out
    a QTextDocument without one crashed when it was the first its test process ran (the
    tests run in several processes, in any order)."""
    return qapp


@pytest.fixture(autouse=True)
def _system_look() -> Iterator[None]:
    """Each test ends in the system's colours: a look chosen in one (Options ▸ Appearance:
    the application's palette) stayed for the tests after it."""
    yield
    from wirediff.ui.shell import appearance

    appearance.shared().apply(appearance.SYSTEM)


@pytest.fixture(autouse=True)
def _no_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a test opens in the data folder (a review store) is the test's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def make_window(
    qtbot, settings_path: Path, store_path: Path
) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Build windows whose settings live in a test-only INI file and whose review store is
    the test's own (never the user's)."""
    made: list[MainWindow] = []

    def make(resize: bool = True) -> MainWindow:
        settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        window = MainWindow(settings, store_path)
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
