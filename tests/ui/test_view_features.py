"""Overview strip, find, zoom, compare options, cancel, and the palettes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.ui.common.theme import DARK, LIGHT, Theme, contrast, current_theme
from wirediff.ui.shell.window import MainWindow


def test_overview_click_scrolls_there(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    strip = window.diff.overview
    assert window.diff.visible_rows()[0] == 0
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(5, strip.height() - 3))
    first, last = window.diff.visible_rows()
    assert first > 0 and strip.row_at(strip.height() - 3) <= last + 1


def test_find_highlights_the_next_match(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    window.diff.left.setFocus()
    qtbot.keyClick(window.diff.left, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.diff.find_box.isVisible() and window.diff.find_box.hasFocus()
    qtbot.keyClicks(window.diff.find_box, "Babylon")
    qtbot.keyClick(window.diff.find_box, Qt.Key.Key_Return)  # one step (the box's action)
    first = window.diff.left.textCursor()
    assert first.selectedText() == "Babylon"
    assert window.diff.find_box.count.text().startswith("1 of ")
    qtbot.keyClick(window.diff.find_box, Qt.Key.Key_F3)
    assert window.diff.left.textCursor().position() > first.position()
    qtbot.keyClick(window.diff.find_box, Qt.Key.Key_Escape)
    assert not window.diff.find_box.isVisible()


def test_zoom_rebuilds_in_the_new_size_and_persists(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    before = window.diff.left.document().defaultFont().pointSizeF()
    doc = window.diff.left.document()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.diff.left.document() is not doc, timeout=WAIT_MS)
    assert window.diff.left.document().defaultFont().pointSizeF() == before + 1
    assert window.settings.zoom == 1
    # said, and that it is the compared texts' alone (nothing said it: a tester at 200%)
    assert window.status_label.text() == "Zoom: the compared texts +1 point (Ctrl+0 resets)"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom == 0
    assert window.status_label.text() == "Zoom: the compared texts at the window's size"


def test_compare_option_compares_again(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [sample_dir])
    assert window.shown is not None
    changed = window.shown.plan.comparison.stats.words_changed
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.actions_["ignore_case"].trigger()
    assert window.shown.plan.comparison.options.ignore_case
    assert window.shown.plan.comparison.stats.words_changed < changed  # "Set" == "set" now
    assert window.settings.options.ignore_case


def test_cancel_loading(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    loaded: list[bool] = []
    window.loaded.connect(lambda: loaded.append(True))
    window.open_paths([sample_dir])
    assert window.cancel_button.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.cancel_button.isVisible()
    assert window.status_label.text() == "Loading cancelled"
    window.session.runner.wait()
    qtbot.wait(100)
    assert loaded == []


def test_dark_palette_gets_dark_highlights(qapp) -> None:  # type: ignore[no-untyped-def]
    original = QApplication.palette()
    try:
        dark = QPalette(original)
        dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
        QApplication.setPalette(dark)
        assert current_theme() == DARK
    finally:
        QApplication.setPalette(original)
    assert current_theme() == LIGHT
    for theme in (LIGHT, DARK):  # highlight backgrounds contrast with the text colour
        text = QColor("#e0e0e0" if theme.dark else "#000000")
        for bg in (theme.delete_bg, theme.insert_bg, theme.replace_bg, theme.moved_bg):
            assert abs(QColor(bg).lightness() - text.lightness()) > 90


def test_list_sorts_numbers_as_numbers(qtbot, window: MainWindow, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window.actions_["group_stories"].setChecked(False)  # the flat list of issue 3
    open_and_wait(qtbot, window, [sample_dir])
    from wirediff.ui.doclist.columns import WORDS

    view = window.doc_list.view
    view.sortByColumn(WORDS, Qt.SortOrder.AscendingOrder)
    words = [len(window.documents[i].text.split()) for i in window.doc_list.visible_order()]
    assert words == sorted(words)
    view.sortByColumn(WORDS, Qt.SortOrder.DescendingOrder)
    order = window.doc_list.visible_order()
    assert order[0] in (1, 2, 3) and order[-1] in (0, 4)
    assert window.doc_list.cells.marks()[0] == "◆"  # the base stays marked whatever the order


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_overview_marks_stand_out_from_the_strip(qapp, theme: Theme) -> None:  # type: ignore[no-untyped-def]
    """WCAG's 3:1 for graphics, against the strip's background in Fusion's palettes: orange
    marks were 2.1:1 on the light strip, blue 2.8:1 on the dark one. Found by a tester."""
    strip = QColor("#2A2A2A" if theme.dark else "#F7F7F7")  # Fusion's AlternateBase
    for colour in theme.overview.values():
        edge = theme.overview_edge(colour)
        assert contrast(QColor(edge or colour), strip) >= 3.0, colour


def test_zooming_in_keeps_the_current_change_on_screen(
    qtbot, window: MainWindow, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """n to a change in the lower part of the screen, Ctrl+= four times: the top row was
    kept and the outlined change went below the screen's edge, the very change the reader
    zoomed in to read (a keyboard-only, 200% walkthrough)."""
    open_and_wait(qtbot, window, [sample_dir])
    diff = window.diff
    pane = diff.reading_pane()
    pane.setFocus()
    comp = diff.comparison
    assert comp is not None

    def down() -> float:
        """How far down the screen the current change's row starts (0 top, 1 bottom)."""
        assert diff.current is not None
        row = comp.changes[diff.current].row
        return (pane.row_top(row) - pane.scroll_y()) / pane.viewport().height()

    for _ in range(len(comp.changes)):
        qtbot.keyClick(pane, Qt.Key.Key_N)
        if diff.current is not None and 0.6 < down() < 0.95:
            break
    else:
        pytest.fail("no change came to the lower part of the screen")
    current = diff.current
    for _ in range(4):
        doc = pane.document()
        qtbot.keyClick(pane, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda doc=doc: pane.document() is not doc, timeout=WAIT_MS)  # type: ignore[misc]
    assert diff.current == current
    first, last = diff.visible_rows()
    assert first <= comp.changes[current].row <= last
    assert 0.0 <= down() <= 0.6
