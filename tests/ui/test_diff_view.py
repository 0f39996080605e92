"""The diff view on its own (no window): a comparison shown, changes stepped through, panes
kept on one row, inline mode, find, titles and the pin chip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextDocument

from wirediff.core.compare import compare
from wirediff.ui.common.theme import LIGHT
from wirediff.ui.diff.documents import build_document
from wirediff.ui.diff.plan import PairPlan, plan_pair
from wirediff.ui.diff.view import DiffView


def showing(qtbot, plan: PairPlan) -> DiffView:  # type: ignore[no-untyped-def]
    """A diff view on screen showing ``plan``."""
    diff = DiffView()
    qtbot.addWidget(diff)
    diff.resize(900, 600)
    diff.show()
    qtbot.waitExposed(diff)
    diff.show_pair(plan, documents(plan), LIGHT)
    return diff


@pytest.fixture
def view(qtbot, sample_paths: list[Path]) -> DiffView:  # type: ignore[no-untyped-def]
    left, right = (p.read_text(encoding="utf-8") for p in sample_paths[:2])
    return showing(qtbot, plan_pair(compare(left, right)))


def documents(plan: PairPlan) -> dict[str, QTextDocument]:
    return {
        name: build_document(getattr(plan, name), LIGHT, None, 400)
        for name in ("left", "right", "inline")
    }


def on_one_row(diff: DiffView) -> bool:
    """Both panes show the same top row at the same height."""
    top = diff.right.row_at(0)
    heights = [pane.row_rect(top).top() - pane.scroll_y() for pane in (diff.left, diff.right)]
    return diff.left.row_at(0) == top and abs(heights[0] - heights[1]) <= 1


def test_stepping_through_changes_keeps_the_panes_on_one_row(qtbot, view: DiffView) -> None:  # type: ignore[no-untyped-def]
    comparison = view.comparison
    assert comparison is not None and len(comparison.changes) > 10
    current: list[object] = []
    view.current_changed.connect(current.append)
    view.step(+1)
    assert view.current == 0 and current == [0]
    view.go_to_end(last=True)
    last = len(comparison.changes) - 1
    row = comparison.changes[last].row
    assert view.current == last
    first, final = view.visible_rows()
    assert first <= row <= final
    assert view.right.outline is not None and view.right.outline[0] == row
    assert on_one_row(view)
    messages: list[str] = []
    view.message.connect(messages.append)
    view.step(+1)
    assert view.current == last and messages == ["No more changes below"]


def test_inline_shows_both_sides_in_one_pane(qtbot, view: DiffView) -> None:  # type: ignore[no-untyped-def]
    view.set_inline(True)
    assert not view.right.isVisible()
    text = view.left.toPlainText()
    assert "US marines walk" in text and "US soldiers wearing" in text
    view.set_inline(False)
    assert view.right.isVisible()


def test_find_selects_the_next_match_and_wraps(qtbot, view: DiffView) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    view.message.connect(messages.append)
    view.show_find()
    assert view.find_box.isVisible()
    view.find_box.setText("Babylon")
    view.find_next()
    first = view.left.textCursor()
    assert first.selectedText() == "Babylon" and messages[-1] == ""
    view.find_next()
    assert view.left.textCursor().position() > first.position()
    for _ in range(10):  # past the last match: back to the top
        view.find_next()
    assert "Search wrapped to the top" in messages
    view.find_box.setText("no such words here")
    view.find_next()
    assert messages[-1] == "Not found: no such words here"
    view.hide_find()
    assert not view.find_box.isVisible()


def test_titles_and_the_pin_chip(qtbot, view: DiffView) -> None:  # type: ignore[no-untyped-def]
    header = view.headers[0]
    view.set_titles(("Base: <b>not bold</b>", "/a/path"), ("Other: x", "/b"))
    assert header.title.text() == "Base: <b>not bold</b>"
    assert header.title.textFormat() == Qt.TextFormat.PlainText
    assert not header.chip.isVisible()
    view.set_pin(("Pinned for this story  ×", "Reuters <stays> on the left"))
    assert header.chip.isVisible() and header.chip.text().startswith("Pinned")
    assert "&lt;stays&gt;" in header.chip.toolTip()
    assert header.chip.height() == header.height()  # the header keeps its fixed height
    with qtbot.waitSignal(view.pin_released, timeout=2000):
        qtbot.mouseClick(header.chip, Qt.MouseButton.LeftButton)
    view.set_pin(None)
    assert not header.chip.isVisible()
    view.set_titles(None, None)
    assert header.title.text() == ""


def test_finding_the_row_on_screen_lays_out_no_further(qtbot, sample_paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """A long pair just shown: the rows on screen are found without laying out the rest
    (Qt's own hit test lays all of it out, a fifth of a second at 100k words)."""
    left, right = (p.read_text(encoding="utf-8") for p in sample_paths[:2])
    plan = plan_pair(compare("\n\n".join([left] * 30), "\n\n".join([right] * 30)))
    diff = showing(qtbot, plan)
    pane = diff.right
    first, last = diff.visible_rows()
    assert first == 0 and 0 < last < 40
    final = pane.document().lastBlock()
    assert final.layout().lineCount() == 0  # the end of the document is not laid out yet
    for row in range(first, last + 1):  # each row on screen is found at its own height
        top = round(pane.row_rect(row).top()) - pane.scroll_y()
        assert pane.row_at(top + 1) == row
    diff.scroll_to_row(len(plan.comparison.rows) // 2, 0.0)
    middle = len(plan.comparison.rows) // 2
    assert diff.visible_rows()[0] == middle and pane.row_at(1) == middle


def test_a_new_pair_in_inline_mode_leaves_no_pane_on_a_deleted_document(  # type: ignore[no-untyped-def]
    qtbot, view: DiffView, sample_paths: list[Path]
) -> None:
    view.set_inline(True)
    left, right = (p.read_text(encoding="utf-8") for p in (sample_paths[0], sample_paths[2]))
    plan = plan_pair(compare(left, right))
    view.show_pair(plan, documents(plan), LIGHT)  # the old pair's documents are deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert view.right.document().blockCount() >= 1  # a live document (this used to crash)
    view.set_inline(False)
    assert "Sputnik" in view.right.toPlainText()
