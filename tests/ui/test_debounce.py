"""Selection changes are debounced: quick moves through the list start one comparison."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.ui.shell.window import MainWindow


def test_quick_selection_changes_compare_once(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    started: list[str] = []
    original = window.session.runner.start

    def counting(kind, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(kind)
        return original(kind, fn, *args, **kwargs)

    window.session.runner.start = counting  # type: ignore[method-assign]
    view = window.doc_list.view
    view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        for _ in range(3):
            qtbot.keyClick(view, Qt.Key.Key_Down)
    assert started.count("compare") == 1
    assert window.other == 4 and window.shown is not None
    assert window.shown.right.path.name.startswith("004")
