"""Row numbers at the left of the diff: the rows a moved unit's label names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.ui.helpers import open_and_wait, write_moved_pair
from wirediff.core.result import RowKind
from wirediff.ui.diff.pane import DiffPane
from wirediff.ui.shell.window import MainWindow


def inked_rows(pane: DiffPane) -> set[int]:
    """The viewport heights where the row margin has something drawn."""
    image = pane.gutter.grab().toImage()
    background = image.pixelColor(1, 1)
    return {
        y
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y) != background and image.pixelColor(x, y) != QColor(0, 0, 0, 0)
    }


def test_the_rows_a_moved_label_names_are_numbered_at_the_left(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A moved unit's label says "moved to row 5", and nothing on screen numbered the rows
    (the reports and the story table do). Found by a keyboard-only tester."""
    open_and_wait(qtbot, window, write_moved_pair(tmp_path))
    left, right, comparison = window.diff.left, window.diff.right, window.diff.comparison
    assert comparison is not None and window.actions_["row_numbers"].isChecked()
    assert left.gutter.isVisible() and not right.gutter.isVisible()
    assert left.viewport().x() >= left.gutter.width() > 0  # the text beside it, not under
    qtbot.waitUntil(lambda: len(left.first_baselines(left.viewport().height())) >= 3)
    shown = left.first_baselines(left.viewport().height())
    rows = [row for row, _ in shown]
    assert rows == list(range(rows[0], rows[0] + len(rows)))  # each row once, in order
    for row, baseline in shown:
        top = left.row_top(row)
        assert top < baseline < top + left.row_band(row, 10_000).height() + 1
    origin = next(r for r in comparison.rows if r.kind == RowKind.MOVED and r.left is not None)
    assert origin.link is not None and origin.link in rows  # the row its label names
    inked = inked_rows(left)
    for row, baseline in shown:  # a number drawn just above each baseline
        y = round(baseline - left.scroll_y())
        assert any(y - 8 <= at <= y for at in inked), (row, y)


def test_row_numbers_go_with_the_view_menu_and_stay_so(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    open_and_wait(qtbot, window, write_moved_pair(tmp_path))
    left = window.diff.left
    window.actions_["row_numbers"].trigger()  # Options > Row numbers, off
    assert not left.gutter.isVisible() and left.viewportMargins().left() == 0
    again = make_window()
    (tmp_path / "again").mkdir()
    open_and_wait(qtbot, again, write_moved_pair(tmp_path / "again"))
    assert not again.actions_["row_numbers"].isChecked() and not again.diff.left.gutter.isVisible()
    again.actions_["row_numbers"].trigger()
    again.diff.right.setFocus()
    qtbot.keyClick(again.diff.right, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # inline
    assert again.diff.inline and again.diff.left.gutter.isVisible()
    qtbot.waitUntil(lambda: bool(inked_rows(again.diff.left)))


def test_the_row_numbers_margin_grows_with_the_zoom(qtbot, window, sample_dir) -> None:  # type: ignore[no-untyped-def]
    """Zoomed eleven points, the row numbers ran into the rows' words ("11The region…"):
    the margin was sized for the text before the zoom (a low-vision user's walkthrough)."""
    from tests.ui.helpers import open_and_wait, settle

    open_and_wait(qtbot, window, [sample_dir])
    pane = window.diff.left
    pane.gutter.show_on(True)
    for _ in range(11):
        window.commands.zoom_in()
        settle(qtbot, window)
    qtbot.waitUntil(lambda: pane.viewportMargins().left() == pane.gutter.wanted_width())
    assert pane.gutter.width() == pane.viewportMargins().left()
