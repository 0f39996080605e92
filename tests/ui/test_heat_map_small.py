"""The heat map on a small screen: a keyboard-only tester at twice the scale saw a row and a
half of a story's 16 × 16 map on a 1366 × 768 laptop, and no row at all on a 1024 × 600
netbook, where the words above and below the map were drawn over each other. Qt lays a
window out in logical pixels: the netbook at twice the scale is a 512 × 300 screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.helpers import WAIT_MS, open_and_wait, write_long_story
from wirediff.ui.panels.heatmap import HeatMap, HeatMapDialog
from wirediff.ui.shell.window import MainWindow

NETBOOK = QSize(512, 280)  # 600 pixels at twice the scale, less the window's title bar


def where(widget: QWidget, dialog: HeatMapDialog) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def rows_in_sight(heat: HeatMap, col: int) -> list[int]:
    """The rows whose cell in ``col`` is wholly in the part of the map where cells show."""
    assert heat.matrix is not None
    body = heat.body()
    return [r for r in range(len(heat.matrix.docs)) if body.contains(heat.cell_rect(r, col))]


def test_a_story_s_map_on_a_netbook_at_twice_the_scale(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    open_and_wait(qtbot, window, [write_long_story(tmp_path / "story", versions=16, units=3)])
    window.commands.focus_list()
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(
            QApplication.focusWidget(),
            Qt.Key.Key_M,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    dialog = window.heat_map
    assert dialog is not None and dialog.map.matrix is not None
    assert len(dialog.map.matrix.docs) == 16
    qtbot.waitUntil(lambda: not dialog._refit.isActive())  # (its own size asked for again)
    dialog.resize(NETBOOK)  # as the screen's size leaves it
    qtbot.waitUntil(lambda: dialog.size() == NETBOOK)
    QApplication.processEvents()
    heat, words, close = dialog.map, dialog.body.info, dialog.body.button
    # The cells have the room: several whole rows, and their labels beside them.
    col = heat.cell_cursor[1]
    shown = rows_in_sight(heat, col)
    assert len(shown) >= 4, shown
    for r in shown:
        assert heat.rect().contains(heat.row_label_rect(r))
        assert heat.row_label_rect(r).right() < heat.cell_rect(r, col).left()
    # Nothing over anything: the heading, the map, the words and Close, each in the window.
    parts = [dialog.heading, heat, words, close]
    for k, part in enumerate(parts):
        assert part.isVisible() and dialog.rect().contains(where(part, dialog)), part
        for other in parts[k + 1 :]:
            assert not where(part, dialog).intersects(where(other, dialog)), (part, other)
    # The line about the cell under the cursor starts in sight, with two lines at least.
    status = QRect(dialog.status.mapTo(words.viewport(), QPoint(0, 0)), dialog.status.size())
    lines = 2 * dialog.status.fontMetrics().lineSpacing()
    assert status.top() >= 0 and status.top() + lines <= words.viewport().height()
    # Down to the last row: the cursor's cell stays in sight, the line says its pair.
    words.verticalScrollBar().setValue(words.verticalScrollBar().maximum())  # read down
    for _ in range(15):
        qtbot.keyClick(heat, Qt.Key.Key_Down)
    row, col = heat.cell_cursor
    assert row == 15 and row in rows_in_sight(heat, col)
    assert dialog.status.text() == heat.describe(row, col)
    assert words.verticalScrollBar().value() == 0  # back at the line about the cell
    # The words that do not fit scroll from the keyboard: Tab goes to them, then to Close.
    qtbot.keyClick(heat, Qt.Key.Key_Tab)
    assert words.hasFocus()
    qtbot.keyClick(words, Qt.Key.Key_Down)
    assert words.verticalScrollBar().value() > 0
    qtbot.keyClick(words, Qt.Key.Key_Tab)
    assert close.isAncestorOf(QApplication.focusWidget())
