"""The story view (Ctrl+K): a generated 50-version story opens, arrow keys move across the
cells, Enter opens that version's pair at that row, Esc goes back (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import (
    DATED_NAMES,
    WAIT_MS,
    open_and_wait,
    settle,
    write_dated_story,
    write_long_story,
)
from wirediff.core.stories import Story
from wirediff.core.storytable import CellState
from wirediff.ui.common import theme
from wirediff.ui.common.marked import marked
from wirediff.ui.session import texts
from wirediff.ui.shell.parts import PAIR_PAGE, STORY_PAGE
from wirediff.ui.shell.story_page import pair_row
from wirediff.ui.shell.window import MainWindow
from wirediff.ui.storyview.cells import BASE_COLUMN, cell_runs

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def long_story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_long_story(tmp_path_factory.mktemp("long") / "story", versions=50, units=12)


def open_story_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.parts.story_view
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    assert window.parts.pages.currentIndex() == STORY_PAGE
    qtbot.waitUntil(lambda: not view.building() and view.model.rowCount() > 0, timeout=WAIT_MS)


def test_story_view_opens_moves_and_opens_the_pair_at_a_row(
    qtbot, window: MainWindow, long_story: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [long_story])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    data = view.model.data_
    assert data is not None
    table = data.table
    assert view.model.columnCount() == 50 and len(table.columns) == 49  # the base, 49 more
    assert len(table.rows) >= 12
    dates = [window.documents[d].published for d in data.docs[1:]]
    assert dates == sorted(dates)  # versions in time order
    selected = window.doc_list.selected()  # the cursor on the version selected in the list
    assert selected is not None and view.current() == (data.docs.index(selected), 0)
    assert view.table.hasFocus()
    grid = view.table
    view.go_to(0, 1)
    for key, expected in (
        (Qt.Key.Key_Right, (2, 0)),
        (Qt.Key.Key_Right, (3, 0)),
        (Qt.Key.Key_Down, (3, 1)),
        (Qt.Key.Key_Left, (2, 1)),
        (Qt.Key.Key_Up, (2, 0)),
    ):
        qtbot.keyClick(grid, key)
        assert view.current() == expected
    # A changed cell well down the table, of a version not on screen: Enter opens base ↔
    # that version at that row.
    assert window.shown is not None
    row, column = next(
        (r, k + 1)
        for r in range(3, len(table.rows))
        for k in range(len(table.columns))
        if table.cell(r, k).state is CellState.CHANGED and data.docs[k + 1] not in window.shown.pair
    )
    view.go_to(row, column)
    version = column - 1
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    assert window.shown is not None
    assert window.shown.pair == (data.docs[0], data.docs[column])  # the base on the left
    assert window.doc_list.selected() == data.docs[column]
    expected = table.columns[version].comparison
    assert window.shown.plan.comparison.rows == expected.rows  # the same rows: they match
    target = pair_row(table, row, version)
    assert target == table.cell(row, version).pair_rows[0]
    qtbot.waitUntil(
        lambda: window.diff.visible_rows()[0] <= target <= window.diff.visible_rows()[1]
    )
    current = window.diff.current
    assert current is not None and expected.changes[current].row == target
    # Back in the story view, the same place; another changed row of the same version opens
    # the pair on screen at that row.
    open_story_view(qtbot, window)
    assert view.current() == (column, row)
    other = next(
        r
        for r in range(len(table.rows))
        if r != row and table.cell(r, version).state is CellState.CHANGED
    )
    view.go_to(other, column)
    qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    target = pair_row(table, other, version)
    current = window.diff.current
    assert current is not None and expected.changes[current].row == target
    open_story_view(qtbot, window)
    qtbot.keyClick(grid, Qt.Key.Key_Escape)  # Esc returns to the pair
    assert window.parts.pages.currentIndex() == PAIR_PAGE


def test_esc_while_the_table_is_built_cancels_it(
    qtbot, window: MainWindow, long_story: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [long_story])
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    view = window.parts.story_view
    assert window.parts.pages.currentIndex() == STORY_PAGE and view.building()
    assert "Comparing every version with the base" in view.status.text()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    settle(qtbot, window)
    assert window.story_page.tables.current is None  # dropped, not kept half-built


def test_a_story_of_one_version_has_no_story_view(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    window.doc_list.select(2)  # Sputnik's report: a story of its own
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    assert "one version" in window.status_label.text()


def test_a_version_older_than_its_base_opens_with_the_base_on_the_left(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Time order would put the older version on the left; from the story view the base
    stays there (pinned), so the pair's rows are the table's."""
    open_and_wait(qtbot, window, [write_dated_story(tmp_path / "dated")])
    assert window.shown is not None
    older, base = window.shown.pair  # time order: the Guardian's version, then Reuters'
    assert window.documents[base].name == DATED_NAMES[1]
    open_story_view(qtbot, window)
    view = window.parts.story_view
    data = view.model.data_
    assert data is not None and data.docs[:2] == (base, older)
    horizontal, display = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    levels = ("copy", "edited", "rewrite", "independent")
    qtbot.waitUntil(  # each version's derivation level, once measured, in its header
        lambda: view.model.headerData(1, horizontal, display).split(" · ")[-1] in levels,
        timeout=WAIT_MS,
    )
    view.go_to(0, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.shown is not None and window.shown.pair == (base, older))
    assert window.diff.headers[0].chip.isVisible()  # held there: the pin says so
    assert window.shown.plan.comparison.rows == data.table.columns[0].comparison.rows


def test_the_base_stays_in_sight_while_versions_scroll_sideways(
    qtbot, window: MainWindow, long_story: Path
) -> None:  # type: ignore[no-untyped-def]
    """50 versions are many screens wide: the base column stays at the left edge, the
    versions pass under it, and the current cell is never hidden beneath it."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QContextMenuEvent, QWheelEvent
    from PySide6.QtWidgets import QApplication

    from wirediff.ui.storyview.cells import BASE_COLUMN

    open_and_wait(qtbot, window, [long_story])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    grid, base = view.table, view.table.base
    assert base is not None
    bar = grid.horizontalScrollBar()
    view.go_to(len(view.model.data_.table.rows) - 1, 45)  # type: ignore[union-attr]
    qtbot.wait(50)
    assert bar.value() > 0  # scrolled sideways, and down
    assert base.isVisible() and not base.isColumnHidden(BASE_COLUMN)
    assert [c for c in range(view.model.columnCount()) if not base.isColumnHidden(c)] == [0]
    assert base.geometry().left() == grid.verticalHeader().width() + grid.frameWidth()
    assert base.columnWidth(BASE_COLUMN) == grid.columnWidth(BASE_COLUMN)
    assert base.verticalScrollBar().value() == grid.verticalScrollBar().value() > 0
    rows = range(view.model.rowCount())
    assert [base.rowHeight(r) for r in rows] == [grid.rowHeight(r) for r in rows]
    edge = grid.columnWidth(BASE_COLUMN)
    header = grid.horizontalHeader()

    def whole_or_hidden() -> bool:
        """No version's column partly under the base (its heading read "il_programme.docx
        / 02 · edited")."""
        column = header.logicalIndexAt(edge)
        return header.sectionViewportPosition(column) == edge or column == BASE_COLUMN

    for expected in range(44, 0, -1):  # back to the first version, a key at a time
        qtbot.keyClick(grid, Qt.Key.Key_Left)
        assert view.current() is not None and view.current()[0] == expected  # type: ignore[index]
        rect = grid.visualRect(grid.currentIndex())
        assert rect.left() >= edge  # right of the base, not under it
        assert whole_or_hidden()
    for more in (137, -211):  # the window resized
        was = grid.width()
        window.resize(window.width() + more, window.height())
        qtbot.waitUntil(lambda was=was: grid.width() != was)  # type: ignore[misc]
        assert whole_or_hidden()
    for key in [Qt.Key.Key_Right] * 6 + [Qt.Key.Key_Left] * 6:
        qtbot.keyClick(grid, key)
        assert whole_or_hidden()
    assert view.current()[0] == 1  # type: ignore[index]
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # onto the base: the versions stay where they are
    assert view.current()[0] == BASE_COLUMN  # type: ignore[index]
    assert base.currentIndex() == grid.currentIndex()  # one current cell, shown by the base
    # A version dragged before the base goes after it.
    header.moveSection(header.visualIndex(7), 0)
    assert header.visualIndex(BASE_COLUMN) == 0 and header.visualIndex(7) == 1
    # Wider base, wider overlay; a double click on it opens that row's pair.
    grid.setColumnWidth(BASE_COLUMN, 300)
    qtbot.wait(10)
    assert base.columnWidth(BASE_COLUMN) == 300 and base.width() == 300
    with qtbot.waitSignal(view.pair_requested, timeout=WAIT_MS) as asked:
        cell = base.visualRect(grid.currentIndex()).center()
        qtbot.mouseClick(base.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(base.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert asked.args == [BASE_COLUMN, grid.currentIndex().row()]
    # Right-click on the base's heading: the columns' menu, as on any heading.
    asked_for: list[int] = []

    class Menu:
        def exec(self, _at: object) -> None:
            pass

    view.column_menu = lambda column: asked_for.append(column) or Menu()  # type: ignore[method-assign]
    heading = base.horizontalHeader()
    at = heading.rect().center()
    click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, heading.mapToGlobal(at))
    QApplication.sendEvent(heading.viewport(), click)
    assert asked_for == [BASE_COLUMN]
    # Zoomed, the base's text and heading grow with the versions'.
    before = grid.font().pointSizeF()
    for _ in range(4):
        window.commands.zoom_in()
    assert base.font().pointSizeF() == grid.font().pointSizeF() > before
    assert base.horizontalHeader().font() == grid.horizontalHeader().font()
    qtbot.wait(10)
    assert base.horizontalHeader().height() == grid.horizontalHeader().height()
    # The wheel over the base scrolls the versions sideways (and the rows with them).
    bar.setValue(bar.maximum() // 2)
    before, at = bar.value(), QPointF(base.viewport().rect().center())
    for delta in (QPoint(-120, 0), QPoint(0, -120)):
        wheel = QWheelEvent(
            at,
            QPointF(base.viewport().mapToGlobal(at.toPoint())),
            QPoint(0, 0),
            delta,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(base.viewport(), wheel)
    assert bar.value() > before
    assert base.verticalScrollBar().value() == grid.verticalScrollBar().value()


def test_the_last_version_opens_whole_beside_the_base(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The last version selected, Ctrl+K: the table scrolls to its end, where the column
    before the versions in sight was left half under the base (a bill's v4 a sliver,
    "IAL", between the base and v3: the scroll range ended with the last column, short of
    the next column's edge). The versions scroll on until none is cut by the base."""
    from wirediff.ui.storyview.cells import BASE_COLUMN

    open_and_wait(qtbot, window, [write_long_story(tmp_path / "six", versions=6, units=5)])
    index = window.index
    assert index is not None
    (story,) = [s for s in index.stories if len(s.versions) == 6]
    last = story.versions[-1].doc
    window.doc_list.select(last)
    settle(qtbot, window)
    open_story_view(qtbot, window)
    view, grid = window.parts.story_view, window.parts.story_view.table
    header, bar = grid.horizontalHeader(), grid.horizontalScrollBar()
    data = view.model.data_
    assert data is not None and view.current() == (data.docs.index(last), 0)

    def whole_or_hidden() -> bool:
        edge = grid.columnWidth(BASE_COLUMN)
        column = header.logicalIndexAt(edge)
        return column < 0 or header.sectionViewportPosition(column) == edge

    def current_in_sight() -> bool:
        rect = grid.visualRect(grid.currentIndex())
        return rect.left() >= grid.columnWidth(BASE_COLUMN) and (
            rect.right() < grid.viewport().width()
        )

    qtbot.wait(50)  # (the columns' layout, done after the view opened)
    assert bar.value() > 0  # scrolled to the last version
    assert whole_or_hidden() and current_in_sight()
    for more in (-53, 91, -17):  # the window resized, the last version still current
        was = grid.width()
        window.resize(window.width() + more, window.height())
        qtbot.waitUntil(lambda was=was: grid.width() != was)  # type: ignore[misc]
        assert whole_or_hidden() and grid.in_sight(grid.currentIndex())
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert whole_or_hidden() and current_in_sight()
    # The blank past the last column is less than a column: no more scrolling than that.
    last_column = header.logicalIndex(header.count() - 1)
    end = header.sectionViewportPosition(last_column) + header.sectionSize(last_column)
    assert 0 <= grid.viewport().width() - end < header.sectionSize(last_column)


def two_stories_viewed(qtbot, window: MainWindow, tmp_path: Path) -> list[Story]:  # type: ignore[no-untyped-def]
    """A folder of two stories of six versions, open, the first's story view on screen."""
    two = tmp_path / "two"
    write_long_story(two / "a", versions=6, units=5, seed=1)
    write_long_story(two / "b", versions=6, units=5, seed=2)
    open_and_wait(qtbot, window, [two])
    index = window.index
    assert index is not None
    stories = [s for s in index.stories if len(s.versions) == 6]
    assert len(stories) == 2
    window.doc_list.select(stories[0].versions[1].doc)
    settle(qtbot, window)
    open_story_view(qtbot, window)
    return stories


def test_hidden_and_moved_columns_belong_to_their_story(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Hiding the current version moves the cursor to a shown one (Enter opened the hidden
    version); the next story opens with all its versions, in time order (the header kept
    the last story's hidden and moved columns). Both found by fuzzing the app."""
    stories = two_stories_viewed(qtbot, window, tmp_path)
    view = window.parts.story_view
    header = view.table.horizontalHeader()
    view.go_to(0, 3)
    menu = view.column_menu(3)
    next(a for a in menu.actions() if a.text() == "Hide this version").trigger()
    assert header.isSectionHidden(3) and view.current() == (4, 0)
    view.go_to(2, 5)
    next(a for a in view.column_menu(5).actions() if a.text() == "Hide this version").trigger()
    assert view.current() == (4, 2)  # the last one: the nearest on the left
    header.moveSection(header.visualIndex(1), 4)  # a version dragged to the right
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    window.doc_list.select(stories[1].versions[1].doc)
    settle(qtbot, window)
    open_story_view(qtbot, window)
    assert view.model.data_ is not None and view.model.data_.story == stories[1].id
    assert [c for c in range(header.count()) if header.isSectionHidden(c)] == []
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(6))


def test_the_story_view_follows_the_story_keys_and_keeps_its_keys(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """] in the story view moved the list to the next story while the view kept showing
    the old one; Ctrl+F sent the keys to the pair view's hidden find bar (Esc no longer left
    the story view). Both found by fuzzing the app."""
    first, second = two_stories_viewed(qtbot, window, tmp_path)
    view = window.parts.story_view
    assert view.model.data_ is not None and view.model.data_.story == first.id
    qtbot.keyClick(view.table, Qt.Key.Key_BracketRight)  # the next story
    qtbot.waitUntil(
        lambda: view.model.data_ is not None and view.model.data_.story == second.id,
        timeout=WAIT_MS,
    )
    assert window.parts.pages.currentIndex() == STORY_PAGE and view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)
    assert view.table.hasFocus() and "Find works in the pair view" in window.status_label.text()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert window.parts.pages.currentIndex() == PAIR_PAGE


def test_the_current_cell_stays_in_sight_when_columns_hide_and_the_text_zooms(
    qtbot, window: MainWindow, long_story: Path
) -> None:  # type: ignore[no-untyped-def]
    """Hiding a version left of the cursor moves the others under the base; zooming makes
    every row taller: either way the current cell stays where the reader is looking, clear
    of the base."""
    open_and_wait(qtbot, window, [long_story])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    grid = view.table
    middle = len(view.model.data_.table.rows) // 2  # type: ignore[union-attr]
    view.go_to(middle, 45)
    for step in range(40):  # to version 10, scrolled to just right of the base, 5 rows down
        qtbot.keyClick(grid, Qt.Key.Key_Down if step % 8 == 0 else Qt.Key.Key_Left)
    assert view.current() == (10, middle + 5)
    row = middle + 5
    edge = grid.columnWidth(0)

    def in_sight() -> bool:
        cell = grid.visualRect(grid.currentIndex())
        room = grid.viewport().rect()
        return cell.left() >= edge and room.top() <= cell.top() < room.bottom()

    assert grid.horizontalScrollBar().value() > 0 and in_sight()
    view.set_column_shown(8, False)  # left of the cursor: the versions after it move left
    qtbot.wait(20)
    assert view.current() == (10, row) and in_sight()
    top = grid.visualRect(grid.currentIndex()).top()
    for _ in range(4):
        window.commands.zoom_in()
    qtbot.wait(20)
    assert view.current() == (10, row) and in_sight()
    assert abs(grid.visualRect(grid.currentIndex()).top() - top) <= 2  # its row held still


def test_an_ampersand_in_a_name_is_no_key_in_the_column_menu(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A version named "Tom&Jerry.txt" showed as "TomJerry.txt" in the column menu, J
    underlined, and typing J in the menu hid it."""
    folder = write_dated_story(tmp_path / "dated")
    (folder / DATED_NAMES[1]).rename(folder / "Tom&Jerry.txt")
    open_and_wait(qtbot, window, [folder])
    open_story_view(qtbot, window)
    menu = window.parts.story_view.column_menu(1)
    names = [a.text() for a in menu.actions() if a.isCheckable()]
    assert any(name.startswith("Tom&&Jerry.txt") for name in names), names
    assert all(QKeySequence.mnemonic(name).isEmpty() for name in names)


def test_tab_goes_from_the_list_to_the_table_and_esc_gives_the_status_line_back(
    qtbot, window: MainWindow, long_story: Path
) -> None:  # type: ignore[no-untyped-def]
    """The view around the table took a Tab stop of its own (no name, nothing shown) once
    the table was there; and after Esc the status line still gave the story view's keys,
    over the pair. Found by a tester."""
    open_and_wait(qtbot, window, [long_story])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    assert "Arrow keys move" in window.status_label.text()
    window.doc_list.view.setFocus()
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_Tab)
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert window.parts.pages.currentIndex() == PAIR_PAGE
    assert window.shown is not None
    assert window.status_label.text() == texts.compared(window.shown)  # "… ↔ …: 99% similar…"


def test_few_versions_fill_a_wide_view_until_a_column_is_sized_by_hand(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Columns of 34 characters on a view with room for four times that (F9, a story of a
    few versions) cut long paragraphs into "…": they take the room, up to 80 characters,
    and follow the view's width, until the user sizes one by hand (a keyboard reviewer)."""
    from PySide6.QtGui import QFontMetricsF

    from wirediff.ui.storyview.view import COLUMN_CHARS, column_width

    open_and_wait(qtbot, window, [write_dated_story(tmp_path / "story")])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    header = view.table.horizontalHeader()
    char = QFontMetricsF(view.table.font()).averageCharWidth()
    columns = view.model.columnCount()

    def shown() -> list[int]:
        return [c for c in range(columns) if not header.isSectionHidden(c)]

    def widths() -> set[int]:
        return {header.sectionSize(c) for c in shown()}

    def filled() -> int:
        return column_width(view.table.viewport().width(), len(shown()), char)

    before = view.table.viewport().width()
    qtbot.keyClick(view.table, Qt.Key.Key_F9)  # the whole width
    qtbot.waitUntil(lambda: view.table.viewport().width() > before, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: widths() == {filled()}, timeout=WAIT_MS)
    assert filled() > round(char * COLUMN_CHARS), (view.table.viewport().width(), columns)
    before = filled()
    view.set_column_shown(columns - 1, False)  # a version hidden: the others take its room
    qtbot.waitUntil(lambda: widths() == {filled()}, timeout=WAIT_MS)
    assert filled() >= before
    view.set_column_shown(columns - 1, True)
    qtbot.waitUntil(lambda: widths() == {before}, timeout=WAIT_MS)
    header.resizeSection(1, 150)  # by hand: kept as the user left it
    qtbot.keyClick(view.table, Qt.Key.Key_F9)
    settle(qtbot, window)
    assert header.sectionSize(1) == 150


def test_versions_a_little_too_wide_are_narrowed_to_fit(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Three versions of 34 characters were 10 pixels wider than the view: it scrolled, and
    opened on the last version the one before it was under the base whole, a blank at the
    right (a translation reviser). Columns a little too wide for the view are narrowed
    (to 85% of 34 characters at most) until all fit; far too many keep their width."""
    from PySide6.QtGui import QFontMetricsF

    from wirediff.ui.storyview.view import COLUMN_CHARS, SQUEEZE, column_width

    assert column_width(600, 3, 6.0) == 200  # (34 characters: 204 pixels)
    assert column_width(500, 3, 6.0) == 204 and column_width(1200, 3, 6.0) == 400
    open_and_wait(qtbot, window, [write_dated_story(tmp_path / "story")])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    grid, header = view.table, view.table.horizontalHeader()
    char = QFontMetricsF(grid.font()).averageCharWidth()
    columns = view.model.columnCount()
    usual = round(char * COLUMN_CHARS)
    for short in (10, round(columns * usual * (1 - SQUEEZE)) + columns * 4):
        was = grid.viewport().width()
        window.resize(window.width() + columns * usual - short - was, window.height())
        qtbot.waitUntil(lambda was=was: grid.viewport().width() != was, timeout=WAIT_MS)  # type: ignore[misc]
        settle(qtbot, window)
        qtbot.keyClick(grid, Qt.Key.Key_End)  # the last version
        settle(qtbot, window)
        width = header.sectionSize(columns - 1)
        if short == 10:
            assert width < usual and grid.horizontalScrollBar().maximum() == 0
            assert all(header.sectionViewportPosition(c) == c * width for c in range(columns))
        else:
            assert width == usual and grid.horizontalScrollBar().value() > 0


def test_all_versions_but_one_fill_the_view_leaving_no_blank_at_the_end(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 150% a story's 4th version opened beside the base with a blank strip right of it,
    versions 2 and 3 scrolled out of sight under the base (a keyboard-only walkthrough):
    only whole versions stand beside the base, and columns of 34 characters did not fill the
    view. When all but one fit a little narrower (down to 85%) or wider (up to 110%), they
    are made so: at the end the versions before the last are in sight, no blank after it."""
    from PySide6.QtGui import QFontMetricsF

    from wirediff.ui.storyview.view import COLUMN_CHARS, SQUEEZE, STRETCH, column_width

    # (34 characters of 6.9 pixels: 235; far too many, or all but one far too few, keep it)
    assert column_width(612, 4, 6.9) == 204 and column_width(750, 4, 6.9) == 250
    assert column_width(612, 50, 6.9) == 235 and column_width(790, 4, 6.9) == 235
    open_and_wait(qtbot, window, [write_dated_story(tmp_path / "story")])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    grid, header, bar = view.table, view.table.horizontalHeader(), view.table.horizontalScrollBar()
    char = QFontMetricsF(grid.font()).averageCharWidth()
    columns = view.model.columnCount()  # (the base and three versions)
    usual = round(char * COLUMN_CHARS)
    for share in ((1 + SQUEEZE) / 2, (1 + STRETCH) / 2):  # a little narrower, a little wider
        was = grid.viewport().width()
        room = round((columns - 1) * usual * share)
        window.resize(window.width() + room - was, window.height())
        qtbot.waitUntil(lambda was=was: grid.viewport().width() != was, timeout=WAIT_MS)  # type: ignore[misc]
        settle(qtbot, window)
        qtbot.keyClick(grid, Qt.Key.Key_Home)
        qtbot.keyClick(grid, Qt.Key.Key_End)  # the last version
        settle(qtbot, window)
        room, edge = grid.viewport().width(), grid.columnWidth(BASE_COLUMN)
        at = [header.sectionViewportPosition(header.logicalIndex(v)) for v in range(columns)]
        width = header.sectionSize(header.logicalIndex(columns - 1))
        assert bar.value() > 0
        assert at[1] + width <= edge  # the first version under the base, whole
        assert at[2:] == [edge + i * width for i in range(columns - 2)]  # the others beside it
        assert 0 <= room - (at[-1] + width) < columns - 1, (share, room, at, width)  # no blank


_URDU = (
    "پاکستان نے پہلے ون ڈے میچ میں آسٹریلیا کو {n} وکٹوں سے شکست دے دی۔ کپتان نے کہا کہ "
    "ٹیم نے بہت اچھا کھیل پیش کیا اور تمام کھلاڑیوں نے سخت محنت کی، تماشائیوں نے بھی "
    "میدان میں خوب داد دی۔ "
)


def test_rows_of_urdu_are_as_tall_as_their_text(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Urdu is drawn in the bundled Naskh font, whose lines are half as tall again as the
    table font's the rows' heights were counted in: its long cells were cut into "…"."""
    from wirediff.fonts import register_bundled_fonts
    from wirediff.ui.storyview.delegate import PAD, build_layout

    register_bundled_fonts()  # as the app does when it starts
    folder = tmp_path / "urdu"
    folder.mkdir()
    paragraphs = ["".join(_URDU.format(n=n + k) for k in range(2)) for n in range(6)]
    base = "کرکٹ: پاکستان کی جیت\n\n" + "\n\n".join(paragraphs) + "\n"
    (folder / "APP_01-12-14_a.txt").write_text(base, encoding="utf-8")
    edited = base.replace("سخت محنت", "بہت محنت").replace("خوب داد", "زبردست داد")
    (folder / "daily_02-12-14_b.txt").write_text(edited, encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    data = view.model.data_
    assert data is not None
    qtbot.keyClick(view.table, Qt.Key.Key_F9)  # wide columns: no row at the height cap
    settle(qtbot, window)
    header, font = view.table.horizontalHeader(), view.table.font()
    for row in range(len(data.table.rows)):
        height = view.margin.sectionSize(row) - 2 * PAD
        for column in range(data.columns):
            width = header.sectionSize(column) - 2 * PAD
            runs = cell_runs(data.table, row, column)
            _layout, cut = build_layout(runs, font, width, height, view.delegate.formats)
            assert not cut, (row, column)


def test_each_heading_line_is_cut_on_its_own_the_name_in_its_middle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every column of a translation's revisions read "Reuters · pakistan_floods_ru_2026031…"."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionHeader, QTableView

    from wirediff.ui.common.text import flat
    from wirediff.ui.storyview.headings import Headings

    model = QStandardItemModel(1, 1)
    heading = "Reuters · pakistan_floods_ru_202603141520.txt\n2026-03-14 15:20\nkept 93% · edited"
    model.setHorizontalHeaderLabels([heading])
    table = QTableView()
    qtbot.addWidget(table)
    table.setHorizontalHeader(Headings(table))
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 160)
    option = QStyleOptionHeader()
    table.horizontalHeader().initStyleOptionForIndex(option, 0)
    first, when, kept = flat(option.text).split("\n")  # (each line isolated: flat drops it)
    assert "…" in first and first.endswith("520.txt") and first.startswith("Reuters")
    assert when == "2026-03-14 15:20" and kept.startswith("kept 93%")


def test_ctrl_c_on_a_cell_copies_what_changed_marked(
    qtbot, window: MainWindow, long_story: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+C on a changed cell copied its struck and new words run together, a sentence
    neither version has. Found by a fact-checker."""
    open_and_wait(qtbot, window, [long_story])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    model = view.model
    row, column = next(
        (r, c)
        for c in range(1, model.columnCount())
        for r in range(model.rowCount())
        if {s for _t, s in model.runs(r, c).runs} & {theme.INLINE_OLD, theme.DELETE}
    )
    view.go_to(row, column)
    qtbot.keyClick(view.table, Qt.Key.Key_C, CTRL)
    copied = QApplication.clipboard().text()
    assert "[-" in copied and copied == marked(model.runs(row, column).runs).replace("\u2028", "\n")
    shown = model.runs(row, column).text.replace("\u2028", "\n")
    assert copied.replace("[-", "").replace("-]", "").replace("{+", "").replace("+}", "") == (shown)


def test_a_right_click_on_a_cell_offers_its_pair_copy_and_the_columns(
    qtbot, window: MainWindow, long_story: Path
) -> None:  # type: ignore[no-untyped-def]
    """A right click on a cell did nothing: Enter (the version's pair at this row) and
    Ctrl+C (what changed marked) were on keys alone. Found by a re-check of a mouse-first
    fact-checker's walkthrough."""
    open_and_wait(qtbot, window, [long_story])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    table, model = view.table, view.model
    row, column = next(
        (r, c)
        for c in range(2, model.columnCount())
        for r in range(model.rowCount())
        if {s for _t, s in model.runs(r, c).runs} & {theme.INLINE_OLD, theme.DELETE}
    )
    asked: list[tuple[int, int]] = []

    def stand_in(r: int, c: int) -> MenuStandIn:
        asked.append((r, c))
        return MenuStandIn()

    view.cell_menu = stand_in  # type: ignore[method-assign,assignment]
    view.go_to(row, column)
    table.setCurrentIndex(model.index(row, 1))  # another cell current, in place
    at = table.visualRect(model.index(row, column)).center()
    click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, table.viewport().mapToGlobal(at))
    QApplication.sendEvent(table.viewport(), click)
    assert asked == [(row, column)] and view.current() == (column, row)  # made current
    base = table.base
    assert base is not None
    at = base.visualRect(model.index(row, BASE_COLUMN)).center()
    click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, base.viewport().mapToGlobal(at))
    QApplication.sendEvent(base.viewport(), click)
    assert asked[-1] == (row, BASE_COLUMN)
    del view.cell_menu
    menu = view.cell_menu(row, column)
    entries = {a.text(): a for a in menu.actions()}
    assert set(entries) >= {
        "Open this version's pair here\tEnter",
        "Copy, what changed marked\tCtrl+C",
        "Hide this version",
    }
    entries["Copy, what changed marked\tCtrl+C"].trigger()
    assert QApplication.clipboard().text() == marked(model.runs(row, column).runs).replace(
        "\u2028", "\n"
    )
    with qtbot.waitSignal(view.pair_requested, timeout=WAIT_MS) as opened:
        entries["Open this version's pair here\tEnter"].trigger()
    assert opened.args == [column, row]
    entries["Hide this version"].trigger()
    assert table.isColumnHidden(column)
    base_menu = [a.text() for a in view.cell_menu(row, BASE_COLUMN).actions()]
    assert "Open the first version's pair here\tEnter" in base_menu
    assert "Hide this version" not in base_menu


class MenuStandIn:
    """A menu that is not shown (``exec`` would wait for the user)."""

    def exec(self, _at: object) -> None:
        pass


def test_the_frozen_base_column_follows_the_palette(qtbot) -> None:  # type: ignore[no-untyped-def]
    """In the dark look the base column (an overlay with a style sheet of its own, which
    stops the palette's propagation) stayed white. Found by a re-check."""
    from PySide6.QtGui import QPalette, QStandardItemModel

    from wirediff.ui.shell.appearance import DARK, palette
    from wirediff.ui.storyview.frozen import StoryTable

    table = StoryTable()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(3, 3))
    base = table.freeze_base()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QPalette(app.palette())
    try:
        app.setPalette(palette(DARK))
        dark = palette(DARK).color(QPalette.ColorRole.Base)
        qtbot.waitUntil(lambda: base.palette().color(QPalette.ColorRole.Base) == dark)
    finally:
        app.setPalette(before)


def test_at_200_percent_the_current_version_is_whole_beside_the_base(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 200% (a 1400-pixel window is 700 logical pixels) the current version's cell was
    cut at the view's right edge, the base frozen over its left, and Right, End and
    Ctrl+Right brought none of the rest on screen (a keyboard-only, 200% walkthrough)."""
    window = make_window(resize=False)
    window.resize(700, 450)
    open_and_wait(qtbot, window, [write_long_story(tmp_path / "six", versions=6, units=5)])
    index = window.index
    assert index is not None
    (story,) = [s for s in index.stories if len(s.versions) == 6]
    window.doc_list.select(story.versions[1].doc)
    settle(qtbot, window)
    open_story_view(qtbot, window)
    grid = window.parts.story_view.table
    qtbot.wait(50)  # (the columns' layout, done after the view opened)

    def whole() -> bool:
        rect = grid.visualRect(grid.currentIndex())
        return (
            grid.columnWidth(BASE_COLUMN) <= rect.left() and rect.right() < grid.viewport().width()
        )

    assert grid.viewport().width() < 2 * 34 * grid.fontMetrics().averageCharWidth()
    assert whole()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_End, Qt.Key.Key_Left):
        qtbot.keyClick(grid, key)
        assert whole(), key


def test_a_short_status_line_keeps_what_enter_does_in_the_story_view(
    qtbot, window: MainWindow, long_story: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 200% the key hint was cut in its middle, "Enter: that version…row", what Enter
    does lost (a keyboard-only, 200% walkthrough): the least needed keys give way first,
    the whole hint in the tooltip; the next message shows as before."""
    open_and_wait(qtbot, window, [long_story])
    open_story_view(qtbot, window)
    label = window.status_label
    metrics = label.fontMetrics()
    enter, esc = "Enter: that version's pair at this row", "Esc: back to the pair"
    label.setFixedWidth(metrics.horizontalAdvance(f"Story view: {enter}") + 20)
    shown = label.shown_text().replace("\n", " ")  # (on the status line's two lines)
    assert enter in shown and esc in shown and "…" not in shown, shown
    assert "F9" not in shown and label.is_cut()  # (whole in its tooltip)
    label.setFixedWidth(metrics.horizontalAdvance(enter) + 20)
    assert enter in label.shown_text().replace("\n", " ")
    label.setText("x" * 400)  # (another message: cut as any)
    assert label.shown_text().count("x") < 400 and "Enter" not in label.shown_text()


_QUAKE = (
    "زلزال بقوة {m} درجة يضرب جنوب إيران ويشعر به سكان في الإمارات\n\n"
    "دبي (رويترز) - قال مركز رصد الزلازل الأوروبي المتوسطي إن زلزالا بقوة {m} درجة ضرب "
    "محافظة هرمزجان في جنوب إيران مساء يوم الاثنين، وشعر به سكان في دبي والشارقة ورأس الخيمة.\n\n"
    "وقال سكان في دبي لرويترز إنهم شعروا باهتزاز المباني لبضع ثوان، وأخلى بعضهم الأبراج "
    "السكنية في منطقة دبي مارينا، وخرج آخرون إلى الشوارع في الشارقة وعجمان ورأس الخيمة.\n\n"
    "وتقع إيران على عدة صدوع زلزالية رئيسية وتتعرض لزلازل متكررة.\n"
)


def test_a_right_to_left_column_half_out_of_view_shows_its_lines_starts(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A version's column half out of view at the right showed the ends of its Arabic lines,
    each line's start (its right) cut off (an Arabic desk's walkthrough): the part in
    sight shows what the same cell whole shows at its right, the lines' starts."""
    from wirediff.ui.storyview.delegate import PAD

    folder = tmp_path / "quake"
    folder.mkdir()
    for name, m in (("2210", "5.9"), ("2305", "6.1"), ("2350", "6.0"), ("0020", "6.2")):
        day = "20261201" if name == "0020" else "20261130"
        text = _QUAKE.format(m=m)
        (folder / f"reuters_ar_{day}_{name}.txt").write_text(text, encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    open_story_view(qtbot, window)
    view = window.parts.story_view
    grid, data = view.table, view.model.data_
    assert data is not None and data.columns == 4
    (row,) = [r for r in range(len(data.table.rows)) if "وقال سكان" in data.table.base_text(r)]
    header, bar, viewport = grid.horizontalHeader(), grid.horizontalScrollBar(), grid.viewport()
    last, before = header.logicalIndex(3), header.logicalIndex(2)
    width = header.sectionSize(last)
    # (a window too narrow for the versions by half a column: they scroll)
    window.resize(window.width() - (viewport.width() - header.length()) - width // 2, 800)
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    bar.setValue(bar.maximum())
    end = grid.visualRect(grid.model().index(row, last)).right() + 1
    bar.setValue(bar.value() + end - viewport.width() - width // 2)  # the last half out of view
    half = grid.visualRect(grid.model().index(row, last))
    whole = grid.visualRect(grid.model().index(row, before))  # (the one before it whole)
    assert whole.left() >= grid.columnWidth(BASE_COLUMN) and whole.right() < viewport.width()
    seen = viewport.width() - half.left()
    assert PAD * 4 < seen < width - PAD * 4, (seen, width)
    image = viewport.grab().toImage()
    shift = whole.right() + 1 - viewport.width()  # (the whole cell's pixel for one in sight)
    differ = inked = 0
    for y in range(half.top() + PAD, min(half.bottom(), viewport.height() - 1) - PAD):
        for x in range(half.left() + 2, viewport.width() - 2):
            pixel = image.pixel(x, y)
            differ += pixel != image.pixel(x + shift, y)
            inked += QColor(pixel).lightness() < 128
    assert inked > 50  # (text in sight)
    assert differ == 0, (differ, inked)
