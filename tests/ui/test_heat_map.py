"""The heat map on its own (no window): cells, colours, the keyboard cursor, Enter and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from wirediff.core.reading import load_paths
from wirediff.core.stories import StoryIndex, build_story_index
from wirediff.ui.common.theme import contrast
from wirediff.ui.panels.heatmap import (
    HeatMap,
    HeatMapDialog,
    cell_colour,
    cell_text,
    ink_for,
)


@pytest.fixture
def index(sample_dir: Path) -> StoryIndex:
    return build_story_index(load_paths([sample_dir]).documents)


@pytest.fixture
def heat(qtbot, index: StoryIndex) -> HeatMap:  # type: ignore[no-untyped-def]
    widget = HeatMap()
    qtbot.addWidget(widget)
    widget.set_matrix(index, index.matrix(range(5)))
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def test_cells_print_their_numbers_in_readable_ink(heat: HeatMap, index: StoryIndex) -> None:
    assert heat.matrix is not None and heat.matrix.docs == (0, 1, 2, 3, 4)
    score = heat.matrix.cells[0][1]
    assert cell_text(score, False) == f"{round(score.similarity * 100)}"
    assert cell_text(score, True) == "—"
    assert ink_for(cell_colour(0.0)).name() == "#ffffff"  # dark purple: white numbers
    assert ink_for(cell_colour(1.0)).name() == "#000000"  # yellow: black numbers
    # Every cell's numbers at WCAG's 4.5:1 for text (46%: white on teal was 4.3:1).
    worst = min(contrast(ink_for(cell_colour(p / 100)), cell_colour(p / 100)) for p in range(101))
    assert worst >= 4.5
    assert heat.labels[2].startswith("3. ") and "Sputnik" in heat.labels[2]
    image = heat.grab().toImage()
    centre = heat.cell_rect(0, 1).center()
    painted = image.pixelColor(centre + QPoint(0, heat.cell // 3))  # below the number
    assert painted.name() == cell_colour(score.similarity).name()  # 8 bits a channel


def test_arrow_keys_move_the_cursor_and_enter_or_space_opens_the_pair(qtbot, heat: HeatMap) -> None:  # type: ignore[no-untyped-def]
    assert heat.cell_cursor == (0, 1)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(heat, key)
    assert heat.cell_cursor == (2, 3)
    assert "of row 3 is in column 4" in heat.describe(2, 3)
    for _ in range(9):  # the cursor stops at the edge
        qtbot.keyClick(heat, Qt.Key.Key_Right)
    assert heat.cell_cursor == (2, 4)
    with qtbot.waitSignal(heat.pair_activated, timeout=2000) as opened:
        qtbot.keyClick(heat, Qt.Key.Key_Return)
    assert opened.args == [2, 4]  # row document on the left
    qtbot.keyClick(heat, Qt.Key.Key_Left)
    with qtbot.waitSignal(heat.pair_activated, timeout=2000) as opened:
        qtbot.keyClick(heat, Qt.Key.Key_Space)  # as README and the cheat sheet say
    assert opened.args == [2, 3]


def test_a_click_opens_that_cell_and_labels_are_not_cells(qtbot, heat: HeatMap) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(heat.pair_activated, timeout=2000) as opened:
        qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_rect(4, 0).center())
    assert opened.args == [4, 0] and heat.cell_cursor == (4, 0)
    assert heat.cell_at(QPoint(2, 2)) is None


def test_the_window_follows_the_cursor_over_a_map_larger_than_it(qtbot, index: StoryIndex) -> None:  # type: ignore[no-untyped-def]
    """The arrow keys walked the cursor off the visible part of a large map (an event of
    15+ documents is larger than the window): the scroll area follows it, with the labels
    in sight at the first row and column."""
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    dialog.set_matrix(index, index.matrix(range(5)), 5)
    dialog.show()
    cell = dialog.map.cell  # room for the labels and two cells, each way:
    dialog.resize(dialog.map.label_width + 3 * cell, dialog.map.cell_rect(0, 0).top() + 8 * cell)
    qtbot.waitExposed(dialog)
    area, heat = dialog.scroll_area, dialog.map

    def in_sight(row: int, col: int) -> bool:
        cell = heat.cell_rect(row, col)
        return (
            area.viewport()
            .rect()
            .contains(QRect(heat.mapTo(area.viewport(), cell.topLeft()), cell.size()))
        )

    for _ in range(4):
        qtbot.keyClick(heat, Qt.Key.Key_Down)
        qtbot.keyClick(heat, Qt.Key.Key_Right)
    assert heat.cell_cursor == (4, 4) and in_sight(4, 4)
    assert area.horizontalScrollBar().value() > 0 and area.verticalScrollBar().value() > 0
    for _ in range(4):
        qtbot.keyClick(heat, Qt.Key.Key_Left)
        qtbot.keyClick(heat, Qt.Key.Key_Up)
    assert heat.cell_cursor == (0, 0) and in_sight(0, 0)
    assert area.horizontalScrollBar().value() == 0 == area.verticalScrollBar().value()


def test_a_map_that_cannot_be_shown_leaves_no_earlier_map_drawn(qtbot, index: StoryIndex) -> None:  # type: ignore[no-untyped-def]
    """A story's text failing to read ended the wait with a message, but the last map
    stayed drawn under the new heading, its cells opening the old pairs."""
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    dialog.set_matrix(index, index.matrix(range(5)), 5)
    dialog.show()
    dialog.set_waiting("Story: another", 3)
    dialog.set_failed("wire.parquet#4: no such record in the shard")
    assert dialog.map.matrix is None and dialog.map.labels == []
    assert dialog.status.text() == "No heat map: wire.parquet#4: no such record in the shard"
    with qtbot.assertNotEmitted(dialog.pair_activated):
        qtbot.keyClick(dialog.map, Qt.Key.Key_Return)


def test_tab_goes_between_the_map_and_close_only(qtbot, index: StoryIndex) -> None:  # type: ignore[no-untyped-def]
    """Found by fuzzing: Tab stopped on the scroll area around the map, which shows nothing."""
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    dialog.set_matrix(index, index.matrix(range(3)), 3)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.map.hasFocus)
    stops = []
    for _ in range(4):
        focused = QApplication.focusWidget()
        assert focused is not None
        stops.append(type(focused).__name__)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert stops == ["HeatMap", "QPushButton", "HeatMap", "QPushButton"]


def test_a_capped_map_says_so_in_its_heading_and_stays_on_the_screen(
    qtbot, index: StoryIndex
) -> None:  # type: ignore[no-untyped-def]
    """ "the first 60 of 220 documents" was said on the status line, which the first arrow
    key replaced; and a map placed near the screen's corner ran off it (its Close button
    out of reach at twice the scale). Found by a tester."""
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    dialog.set_waiting("Story: troops", 3)
    room = dialog.screen().availableGeometry()
    dialog.move(room.right() - 50, room.bottom() - 50)
    dialog.set_matrix(index, index.matrix(range(3)), 5)
    assert dialog.heading.text() == "Story: troops — the first 3 of 5 documents"
    qtbot.keyClick(dialog.map, Qt.Key.Key_Right)
    assert "the first 3 of 5" in dialog.heading.text()
    assert room.contains(dialog.frameGeometry())
