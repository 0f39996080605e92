"""The overview strip's marks: painted once into an image, looking as they did when every
mark was painted on every repaint (which took half a second with 40,000 changes)."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from tests.ui.helpers import open_and_wait
from wirediff.ui.common.theme import DARK, LIGHT, Theme
from wirediff.ui.diff.overview import Overview
from wirediff.ui.shell.window import MainWindow

KINDS = ("delete", "insert", "replace", "move")


def every_mark(strip: Overview, ratio: float) -> QImage:
    """The marks as the strip painted them before: every one, in order, on a clear image."""
    image = QImage(
        math.ceil(strip.width() * ratio),
        math.ceil(strip.height() * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    colours = strip.theme.overview
    for row, kind in strip._marks:
        y1, y2 = strip._y(row), strip._y(row + 1)
        mark = QRectF(2, y1, strip.width() - 4, max(2.0, y2 - y1))
        painter.fillRect(mark, QColor(colours[kind]))
        edge = strip.theme.overview_edge(colours[kind])
        if edge is not None:
            painter.setPen(QColor(edge))
            painter.drawRect(mark.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.end()
    return image


def strip_of(
    weights: list[int], marks: list[tuple[int, str]], height: int, theme: Theme
) -> Overview:
    strip = Overview()
    strip.theme = theme
    strip.resize(18, height)
    strip.set_rows(weights, marks)
    return strip


def pairs(seed: int) -> list[tuple[list[int], list[tuple[int, str]], int]]:
    """Pairs of a few changes, of changes in every row, of several in a row, of rows whose
    edges fall on half pixels, and of far more changes than pixels."""
    rnd = random.Random(seed)
    found = []
    for rows, density, height in (
        (40, 0.3, 400),
        (200, 1.0, 400),
        (800, 0.5, 400),  # weights of 1 over 400 pixels: edges on half pixels
        (5000, 0.7, 333),
        (30, 0.9, 701),
    ):
        weights = [1] * rows if rows == 800 else [rnd.randint(1, 30) for _ in range(rows)]
        marks = []
        for row in range(rows):
            for _ in range(rnd.choice((1, 1, 1, 3)) if rnd.random() < density else 0):
                marks.append((row, rnd.choice(KINDS)))
        found.append((weights, marks, height))
    return found


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0])
@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_the_marks_image_is_every_mark_painted(qapp, theme: Theme, ratio: float) -> None:  # type: ignore[no-untyped-def]
    """Pixel for pixel what painting every mark gave, with the hidden marks left out."""
    for seed in range(3):
        for weights, marks, height in pairs(seed):
            strip = strip_of(weights, marks, height, theme)
            assert strip.marks_image(ratio) == every_mark(strip, ratio), (seed, len(marks))


def test_marks_under_others_are_not_painted(qapp) -> None:  # type: ignore[no-untyped-def]
    """40,000 changes on a strip of 700 pixels: about one mark a pixel row painted, the last
    one there (the others are wholly under it; a row's edge on a half pixel keeps two)."""
    marks = [(row, KINDS[row % 4]) for row in range(40_000)]
    strip = strip_of([3] * 40_000, marks, 700, LIGHT)
    shown = strip.shown_marks(1.0)
    assert len(shown) <= 2 * 700 and shown[-1] == 39_999
    assert shown == sorted(shown)
    one_row = strip_of([1, 1], [(1, "insert")] * 5000, 700, LIGHT)  # a long paragraph's
    assert one_row.shown_marks(1.0) == [4999]


def shown(qtbot, strip: Overview) -> QImage:  # type: ignore[no-untyped-def]
    """The strip on screen, nothing on view or current, as painted."""
    qtbot.addWidget(strip)
    strip.show()
    qtbot.waitExposed(strip)
    strip.set_state((0, 0), None, set())
    return strip.grab().toImage()


def test_marks_sit_at_their_rows_in_their_colours(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    strip = strip_of([1] * 10, [(2, "delete"), (7, "insert")], 100, LIGHT)
    shot = shown(qtbot, strip)
    colours = LIGHT.overview
    background = shot.pixelColor(9, 50)
    assert shot.pixelColor(9, 25) == QColor(colours["delete"])  # row 2: 20-30 px down
    assert shot.pixelColor(9, 75) == QColor(colours["insert"])  # row 7: 70-80 px down
    assert shot.pixelColor(9, 20) == QColor(LIGHT.overview_edge(colours["delete"]))
    assert background not in (QColor(c) for c in colours.values())
    for y in (15, 35, 65, 85):
        assert shot.pixelColor(9, y) == background
    strip.theme = DARK  # (as DiffView.set_theme does)
    strip.update()
    shot = strip.grab().toImage()
    assert shot.pixelColor(9, 20) == QColor(DARK.overview["delete"])  # no edge when dark


def test_moving_on_screen_does_not_paint_the_marks_again(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """n, p, PgDown and the scroll bar move the viewport indicator and the current change
    only: the strip's repaint copies the marks painted for the comparison."""
    open_and_wait(qtbot, window, [sample_dir])
    strip = window.diff.overview
    strip.repaint()
    image = strip.marks_image()
    window.diff.right.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.diff.right, Qt.Key.Key_N)
        strip.repaint()
    assert window.diff.current == 2
    assert strip.marks_image() is image
    strip.resize(strip.width(), strip.height() - 40)
    assert strip.marks_image() is not image  # a new size: painted again


def test_a_paragraph_break_is_a_thin_bar_at_its_rows_foot(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """A join drawn as a deletion filled its whole row: 13 "deletions" where there were 2."""
    strip = strip_of([1] * 10, [(2, "replace"), (2, "join"), (7, "split")], 100, LIGHT)
    shot = shown(qtbot, strip)
    colours = LIGHT.overview
    background = shot.pixelColor(9, 50)
    assert shot.pixelColor(9, 24) == QColor(colours["replace"])  # row 2 (20-30 px): its words
    assert shot.pixelColor(9, 29) == QColor(colours["join"])  # and the break at its foot
    assert shot.pixelColor(9, 73) == background  # row 7 (70-80 px): no words changed
    assert shot.pixelColor(9, 79) == QColor(colours["split"])


def test_a_click_on_the_strip_makes_the_change_there_current(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A click on the change strip scrolled the view but outlined no change and left the
    status line as it was (a click in the changes list does both). Found by a mouse-first
    fact-checker."""
    open_and_wait(qtbot, window, [sample_dir])
    diff = window.diff
    comparison = diff.comparison
    assert comparison is not None and len(comparison.changes) > 2
    last = comparison.changes[-1]
    strip = diff.overview
    y = next(y for y in range(strip.height() - 1, 0, -1) if strip.row_at(y) <= last.row)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, y))
    assert diff.current is not None
    chosen = comparison.changes[diff.current]
    assert abs(chosen.row - strip.row_at(y)) == min(
        abs(c.row - strip.row_at(y)) for c in comparison.changes
    )
    assert window.status_label.text().startswith(f"Change {diff.current + 1} of ")


def test_a_click_on_the_strip_far_from_any_change_stays_where_it_was_clicked(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Making the nearest change current scrolled back to it when it was far off: the strip
    could not reach the text between changes. Found by a review."""
    from tests.ui.test_diff_view import showing
    from wirediff.core.compare import compare
    from wirediff.ui.diff.plan import plan_pair

    paragraphs = [f"Paragraph {i} tells of the bridge over the river." for i in range(400)]
    edited = ["Paragraph 0 tells of the bridge over the sea.", *paragraphs[1:]]
    view = showing(qtbot, plan_pair(compare("\n\n".join(paragraphs), "\n\n".join(edited))))
    view.overview.row_clicked.emit(300)
    first, last = view.visible_rows()
    assert first <= 300 <= last and view.current != 0
