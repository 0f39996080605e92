"""The heat map: cells, colours, the keyboard cursor, Enter and clicks (on its own), and in the
window, Enter going to the pair it opens."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.helpers import WAIT_MS, open_and_wait, shown_heat_map, write_long_story
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
from wirediff.ui.shell.window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def index(sample_dir: Path) -> StoryIndex:
    return build_story_index(load_paths([sample_dir]).documents)


@pytest.fixture
def heat(qtbot, index: StoryIndex) -> HeatMap:  # type: ignore[no-untyped-def]
    widget = shown_heat_map(qtbot, index, range(5))
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
    cell = heat.cell_rect(0, 1)  # left of the number, where no level's letter is (none here)
    painted = image.pixelColor(QPoint(cell.left() + 9, cell.center().y()))
    assert painted.name() == cell_colour(score.similarity).name()  # 8 bits a channel


def test_arrow_keys_move_the_cursor_and_enter_or_space_opens_the_pair(qtbot, heat: HeatMap) -> None:  # type: ignore[no-untyped-def]
    assert heat.cell_cursor == (0, 1)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(heat, key)
    assert heat.cell_cursor == (2, 3)
    assert "of row 3 is in column 4" in heat.describe(2, 3)
    # Which measure each figure is: the grouping's placing and the cells' 5-word runs (it
    # said "same story: 3% shared text" beside a list at 19% and a banner at 24%).
    assert "Listed in two stories of one event; " in heat.describe(2, 3)
    assert "of their 5-word runs shared: " in heat.describe(2, 3)
    assert heat.describe(0, 1).split("\n")[1].startswith("Listed in one story; ")
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


def in_sight(heat: HeatMap, row: int, col: int) -> bool:
    """The cell is wholly in the part of the map where cells show (not under a label)."""
    return heat.body().contains(heat.cell_rect(row, col)) and heat.rect().contains(heat.body())


def test_the_map_follows_the_cursor_over_a_map_larger_than_it(qtbot, index: StoryIndex) -> None:  # type: ignore[no-untyped-def]
    """The arrow keys walked the cursor off the visible part of a large map (an event of
    15+ documents is larger than the window): the cells scroll to keep it in sight, clear of
    the frozen labels, and back to the first row and column."""
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    dialog.set_matrix(index, index.matrix(range(5)), 5)
    dialog.show()
    heat = dialog.map
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog._refit.isActive())  # (its own size asked for again)
    dialog.resize(dialog.minimumSizeHint().width(), dialog.sizeHint().height())
    qtbot.waitUntil(lambda: heat.hbar.isVisible() and heat.body().width() < 4 * heat.cell_w)
    for _ in range(4):
        qtbot.keyClick(heat, Qt.Key.Key_Down)
        qtbot.keyClick(heat, Qt.Key.Key_Right)
    assert heat.cell_cursor == (4, 4) and in_sight(heat, 4, 4)
    assert heat.hbar.value() > 0
    for _ in range(4):
        qtbot.keyClick(heat, Qt.Key.Key_Left)
        qtbot.keyClick(heat, Qt.Key.Key_Up)
    assert heat.cell_cursor == (0, 0) and in_sight(heat, 0, 0)
    assert heat.hbar.value() == 0 == heat.vbar.value()


@pytest.fixture(scope="module")
def index60(tmp_path_factory: pytest.TempPathFactory) -> StoryIndex:
    folder = write_long_story(tmp_path_factory.mktemp("heat") / "sixty", versions=60, units=4)
    return build_story_index(load_paths([folder]).documents)


def ink_in(image: QImage, rect: QRect, background: QColor) -> int:
    """How many pixels of ``rect`` differ from ``background`` (a label's letters)."""
    return sum(
        image.pixelColor(x, y) != background
        for x in range(rect.left(), rect.right() + 1, 2)
        for y in range(rect.top(), rect.bottom() + 1)
    )


def test_labels_stay_in_sight_while_the_cells_scroll(qtbot, index60: StoryIndex) -> None:  # type: ignore[no-untyped-def]
    """On a map of 60 documents, a cell far down and right showed no row label and no column
    number (they had scrolled away with the cells): a user no longer knew which documents it
    compared. Found by a tester. The labels are frozen bands, as in a spreadsheet; the
    cursor's row and column are marked in them."""
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    dialog.set_matrix(index60, index60.matrix(range(60)), 60)
    dialog.resize(760, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    heat = dialog.map
    assert heat.hbar.isVisible() and heat.vbar.isVisible()
    for _ in range(50):
        qtbot.keyClick(heat, Qt.Key.Key_Down)
    for _ in range(45):
        qtbot.keyClick(heat, Qt.Key.Key_Right)
    assert heat.cell_cursor == (50, 46) and in_sight(heat, 50, 46)
    assert heat.hbar.value() > 0 and heat.vbar.value() > 0
    cell = heat.cell_rect(50, 46)
    label, number = heat.row_label_rect(50), heat.column_label_rect(46)
    # The row's label is level with its cell, at the left edge; the column's number above it.
    assert label.left() == 0 and label.top() == cell.top() and heat.rect().contains(label)
    assert number.left() == cell.left() and 0 <= number.top() < cell.top()
    assert heat.cell_at(label.center()) is None and heat.cell_at(number.center()) is None
    # Painted there, over the cells that scrolled under them: text on the window's colour,
    # marked for the cursor, and no cell colour.
    image = heat.grab().toImage()
    window = heat.palette().color(QPalette.ColorRole.Window)
    inside = label.adjusted(4, 2, -4, -2)
    colours = {image.pixelColor(x, inside.center().y()).name() for x in range(0, label.right())}
    assert cell_colour(heat.matrix.cells[50][0].similarity).name() not in colours  # type: ignore[union-attr]
    assert ink_in(image, inside, image.pixelColor(inside.topLeft())) > 20  # its words
    assert ink_in(image, number, window) > 10
    assert image.pixelColor(heat.row_label_rect(49).topLeft() + QPoint(2, 2)) == window
    assert "51. " in heat.labels[50] and heat.labels[50] in heat.describe(50, 46).split("↔")[0]
    # The line below names both documents too.
    assert dialog.status.text() == heat.describe(50, 46)
    # A click on a label is no click on the cell scrolled under it.
    with qtbot.assertNotEmitted(heat.pair_activated):
        qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=label.center())
    with qtbot.waitSignal(heat.pair_activated, timeout=2000) as opened:
        qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=cell.center())
    assert opened.args == list(heat.pair(50, 46))


def test_the_wheel_scrolls_the_cells_under_the_labels(qtbot, index60: StoryIndex) -> None:  # type: ignore[no-untyped-def]
    heat = HeatMap()
    qtbot.addWidget(heat)
    heat.set_matrix(index60, index60.matrix(range(60)))
    heat.resize(600, 400)
    heat.show()
    qtbot.waitExposed(heat)
    centre = heat.body().center()
    label_top = heat.row_label_rect(0).top()
    wheel = QWheelEvent(
        QPointF(centre), QPointF(heat.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(heat, wheel)
    assert heat.vbar.value() > 0 and heat.row_label_rect(0).top() < label_top
    assert heat.cell_rect(0, 0).top() == heat.row_label_rect(0).top()  # labels move with rows


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
    assert dialog.heading.text() == "Story: troops — 3 of 5 documents"
    qtbot.keyClick(dialog.map, Qt.Key.Key_Right)
    assert "3 of 5 documents" in dialog.heading.text()
    assert room.contains(dialog.frameGeometry())


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_legend_is_laid_out_whole_at_any_font_size(
    qtbot, index: StoryIndex, scale: float
) -> None:  # type: ignore[no-untyped-def]
    """At twice the scale (or with a big system font) the legend's second line was clipped:
    it was painted under the cells at heights fixed for one line. Its lines are labels that
    wrap now, each with the room it needs, below the line about the cell and above the keys
    (they scroll together in a short window); at the window's own size all is in sight, with
    no scroll bar (shown while the map was scored, the window kept one beside words it had
    the room for). Found by a tester."""
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    font = QFont(dialog.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    dialog.setFont(font)
    dialog.set_waiting("Event: troops", 5)  # as the window opens it: shown while scored
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_matrix(index, index.matrix(range(5)), 5)
    QApplication.processEvents()
    fitted = dialog.width()
    viewport = dialog.body.info.viewport()
    for width in (fitted, fitted * 3 // 4):
        dialog.resize(width, dialog.height())
        qtbot.waitUntil(lambda w=width: dialog.width() == w)
        QApplication.processEvents()
        labels = dialog.legend.findChildren(QLabel)
        assert {lab.text() for lab in labels} >= {"0%", "50%", "100%", "Shared text:"}
        for label in [*labels, dialog.legend.bar]:
            assert label.isVisible(), label.text()
            if isinstance(label, QLabel) and label.wordWrap():  # every line has its room
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        words = [dialog.status, dialog.legend, dialog.hint]
        for upper, lower in pairwise(words):  # one below the other, none over another
            assert (
                upper.mapTo(dialog, QPoint(0, upper.height())).y()
                <= lower.mapTo(dialog, QPoint(0, 0)).y()
            )
        scrolls = dialog.body.info.focusPolicy() != Qt.FocusPolicy.NoFocus  # a Tab stop
        assert not (width == fitted and scale == 1 and scrolls)  # the screen has the room
        if width == fitted and not scrolls:
            assert not dialog.body.info.verticalScrollBar().isVisible()
            for widget in words:
                where = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
                assert viewport.rect().contains(where), widget
        notes = dialog.legend.notes
        assert notes[1].text().startswith("Letters: C copy")
    if scale > 1:  # narrow: it wrapped
        assert notes[1].height() >= 2 * notes[1].fontMetrics().height()


def test_the_cell_line_keeps_each_label_whole_beside_arabic_titles(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """ "1. ar_26.txt · <Arabic title>  ↔  2. ar_27.txt · <Arabic title>" was drawn with the
    "2." pulled over to the arrow, away from its file name. Found by a tester."""
    from tests.ui.test_bidi import reads_in_order

    title = "اجتماع مجلس الأمن بشأن العراق"
    body = "قال المتحدث إن المجلس سيجتمع غدا لمناقشة الوضع في العراق والمنطقة."
    for day in (26, 27):
        (tmp_path / f"ar_{day}.txt").write_text(f"{title}\n\n{body} {day}\n", encoding="utf-8")
    index = build_story_index(load_paths([tmp_path]).documents)
    widget = HeatMap()
    qtbot.addWidget(widget)
    widget.set_matrix(index, index.matrix(range(2)))
    line = widget.describe(0, 1).split("\n")[0]
    assert reads_in_order(line, ["1", "ar_26", "↔", "2", ".", "ar_27"], widget.font())


def test_a_size_the_window_manager_undid_is_asked_for_again(qtbot, index: StoryIndex) -> None:  # type: ignore[no-untyped-def]
    """Shown while the map was scored, the dialog was mapped at its waiting size, and the
    window manager could undo the resize made as the map arrived (one run in three under
    openbox: a 5 × 5 map behind scroll bars)."""
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    dialog.set_waiting("Event", 5)
    dialog.show()
    dialog.set_matrix(index, index.matrix(range(5)), 5)
    fitted = dialog.size()
    dialog.resize(300, 300)  # the size it was mapped at, as the window manager replied
    assert dialog.size() != fitted
    qtbot.waitUntil(lambda: dialog.size() == fitted, timeout=2000)


def test_enter_goes_to_the_pair_and_space_stays_in_the_map(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_dir: Path
) -> None:
    """Space (or a click) opens a cell's pair and keeps the keyboard in the map, to look at
    another; Enter opens it and goes to it: the map closes, the keyboard in the diff, where
    n and p read it (it stayed in the map's window)."""
    open_and_wait(qtbot, window, [sample_dir])
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = window.heat_map
    assert dialog is not None and dialog.map.matrix is not None
    dialog.map.setFocus()
    dialog.map.set_cursor(0, 2)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(dialog.map, Qt.Key.Key_Space)
    assert dialog.isVisible()
    dialog.map.set_cursor(0, 3)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(dialog.map, Qt.Key.Key_Return)
    docs = dialog.map.matrix.docs
    assert window.shown is not None and window.shown.pair == (docs[0], docs[3])
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.diff.right.hasFocus(), timeout=WAIT_MS)


def test_the_cursor_starts_on_the_pair_given(qtbot, index: StoryIndex) -> None:  # type: ignore[no-untyped-def]
    """The map opened with its cursor on the first pair whatever pair was on screen (found by
    a reviewer): it starts on the pair given, row the left document, column the right one;
    on the first pair when the map lacks either of them."""
    heat = HeatMap()
    qtbot.addWidget(heat)
    matrix = index.matrix([4, 2, 0, 3])
    heat.set_matrix(index, matrix, (3, 2))
    assert heat.cell_cursor == (3, 1) and heat.pair(*heat.cell_cursor) == (3, 2)
    assert heat.accessibleDescription() == heat.describe(3, 1)
    heat.set_matrix(index, matrix, (2, 3))  # the other way round: the mirror cell
    assert heat.cell_cursor == (1, 3)
    for missing in ((1, 2), (2, 1), (2, 2), (-1, -1), None):
        heat.set_matrix(index, matrix, missing)
        assert heat.cell_cursor == (0, 1), missing
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    dialog.set_matrix(index, matrix, 4, (0, 4))
    assert dialog.map.cell_cursor == (2, 0) and dialog.status.text() == dialog.map.describe(2, 0)


def test_the_pair_given_is_in_sight_on_a_map_larger_than_its_window(
    qtbot, index60: StoryIndex
) -> None:  # type: ignore[no-untyped-def]
    """A pair far down and right of a map of 60 documents: the cells scroll to it as the
    window takes its size; once the reader scrolls, the map stays where it was scrolled."""
    dialog = HeatMapDialog()
    qtbot.addWidget(dialog)
    docs = index60.matrix(range(60)).docs
    dialog.set_matrix(index60, index60.matrix(range(60)), 60, (docs[50], docs[46]))
    dialog.resize(760, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    heat = dialog.map
    assert heat.cell_cursor == (50, 46)
    qtbot.waitUntil(lambda: in_sight(heat, 50, 46))
    assert heat.hbar.value() > 0 and heat.vbar.value() > 0
    heat.vbar.triggerAction(heat.vbar.SliderAction.SliderToMinimum)
    dialog.resize(700, 520)
    qtbot.waitUntil(lambda: dialog.size().width() == 700)
    assert heat.vbar.value() == 0


def test_ctrl_m_opens_the_map_on_the_pair_on_screen(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_dir: Path
) -> None:
    """Ctrl+M (the event) and Ctrl+Shift+M (the story) put the cursor on the cell of the
    pair in the diff, not on the map's first pair."""
    open_and_wait(qtbot, window, [sample_dir])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(4)
    shown = window.shown
    assert shown is not None and 4 in shown.pair
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = window.heat_map
    assert dialog is not None and dialog.map.matrix is not None
    docs = dialog.map.matrix.docs
    expected = (docs.index(shown.pair[0]), docs.index(shown.pair[1]))
    assert expected != (0, 1) and dialog.map.cell_cursor == expected
    assert dialog.map.pair(*dialog.map.cell_cursor) == shown.pair
    assert dialog.status.text() == dialog.map.describe(*expected)
    # The story's map, of the pair of a story's two versions.
    index = window.index
    assert index is not None
    story = next(s for s in index.stories if len(s.documents) > 1)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(next(d for d in story.documents if d != story.base))
    shown = window.shown
    assert shown is not None
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        window.actions_["heat_map_story"].trigger()  # (the map's window is the active one)
    assert dialog.map.pair(*dialog.map.cell_cursor) == shown.pair


def test_rows_of_one_outlet_are_told_apart_by_their_file_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A translation's three revisions, all Reuters', all one title, read alike: "1.
    Reuters · ООН запросила…", "2. Reuters · ООН запросила…"."""
    from pathlib import Path

    from wirediff.core.document import Document
    from wirediff.core.stories import build_story_index

    text = "ООН запросила 45 млн долларов\n\nНаводнения в Пакистане оставили без крова тысячи."
    docs = [
        Document(
            Path(f"pakistan_floods_ru_20260314{t}.txt"), text + f" {t}.", "ООН", source="Reuters"
        )
        for t in ("1130", "1520")
    ] + [Document(Path("tass.txt"), text, "ООН запросила", source="ТАСС")]
    index = build_story_index(docs)
    heat = shown_heat_map(qtbot, index, range(3))
    # the file names cut in their middle, their ends (the minute) in sight
    assert "…" in heat.labels[0] and "1130.txt" in heat.labels[0] and "1520.txt" in heat.labels[1]
    assert "tass.txt" not in heat.labels[2] and "ТАСС" in heat.labels[2]


def test_row_labels_take_the_room_the_cells_leave(qtbot, heat: HeatMap) -> None:  # type: ignore[no-untyped-def]
    """Row labels give way to cells that do not fit (280 pixels of labels left a netbook's
    map at twice the scale four columns), down to two fifths of the map; beside cells that
    all fit they keep their width (cut to two fifths of a 5 x 5 map, they hid its titles
    beside empty room)."""
    wide = heat.label_width
    heat.resize(heat.sizeHint().width() * 3, heat.height())
    qtbot.waitUntil(lambda: heat.width() > heat.sizeHint().width())
    assert heat.label_width == wide  # as wide as they are: no wider for more room
    assert heat.rect().contains(heat.cell_rect(0, 4))  # and every column in sight
    narrow = wide + 2 * heat.cell_w
    heat.resize(narrow, heat.height())
    qtbot.waitUntil(lambda: heat.width() == narrow)
    assert heat.label_width <= narrow * 2 // 5 < wide


def test_a_large_story_s_map_opens_at_its_corner_with_its_least_similar_versions(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A big-folder walkthrough: the map of a 166-version story opened scrolled right, its
    columns 1-4 hidden, though the cursor's cell fitted beside them (scrolled to it at the
    window's waiting size, it kept that scroll at its own); and its 60 documents, the base and
    the first 59 versions, left out the least similar, the ones a map is opened to find."""
    folder = write_long_story(tmp_path / "hundred", versions=100, units=6)
    open_and_wait(qtbot, window, [folder])
    index = window.index
    assert index is not None
    story = max(index.stories, key=lambda s: len(s.documents))
    assert len(story.documents) == 100
    by_similarity = sorted(story.versions[1:], key=lambda v: v.similarity)
    least = [v.doc for v in by_similarity[:30]]
    assert not set(least) <= set(story.documents[:60])  # (the first 60 lacked some)

    def open_map_on(doc: int) -> HeatMapDialog:
        with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
            window.doc_list.select(doc)
        shown = window.shown
        assert shown is not None and shown.pair == (story.base, doc)
        with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
            if window.heat_map is None:  # as the user: the keys, in the list
                qtbot.keyClick(window.doc_list.view, Qt.Key.Key_M, CTRL_SHIFT)
            else:  # (the map's window is the active one)
                window.actions_["heat_map_story"].trigger()
        dialog = window.heat_map
        assert dialog is not None and dialog.map.matrix is not None
        qtbot.waitUntil(lambda: not dialog._refit.isActive())  # (its size asked for again)
        qtbot.wait(100)
        return dialog

    # The 7th column: out of sight at the waiting size, in sight beside the first at its own.
    sample = index.story_sample(story.id, 60)
    dialog = open_map_on(sample[6])
    heat = dialog.map
    docs = heat.matrix.docs  # type: ignore[union-attr]
    assert "— 60 of 100 documents" in dialog.heading.text()
    assert docs == sample and docs[0] == story.base and len(docs) == 60
    assert set(least) <= set(docs)  # every one of the 30 least similar versions
    assert set(story.documents[:30]) <= set(docs)  # and the first versions
    order = [story.documents.index(d) for d in docs]
    assert order == sorted(order)  # in the story's order
    assert heat.cell_cursor == (0, 6) and in_sight(heat, 0, 6)
    assert heat.hbar.isVisible() and heat.hbar.value() == 0 == heat.vbar.value()
    assert heat.body().contains(heat.cell_rect(0, 0))  # the first column and row in sight
    # A column beyond the window: scrolled the least that shows it, from the corner.
    far = len(docs) - 5
    dialog = open_map_on(docs[far])
    assert heat.cell_cursor == (0, far) and in_sight(heat, 0, far)
    assert heat.hbar.value() == (far + 1) * heat.cell_w - heat.body().width()
    assert heat.vbar.value() == 0
