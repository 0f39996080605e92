"""The story view's margin tells its marks apart without colour: the bar's parts are solid
(word for word), striped (with changes) or dotted (moved), rows of text the base does not
have are numbered "N +", and a screen reader is told the counts in words (found by a
tester: the three kinds of mark differed by colour alone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.core.storytable import RowKind
from wirediff.ui.shell.parts import STORY_PAGE
from wirediff.ui.shell.window import MainWindow
from wirediff.ui.storyview.margin import KeptMargin, Mark
from wirediff.ui.storyview.model import MARGIN_KEY
from wirediff.ui.storyview.view import StoryView

CTRL = Qt.KeyboardModifier.ControlModifier
Role = Qt.ItemDataRole
INK = {QColor("#000000").rgb(), QColor("#FFFFFF").rgb()}


PARAGRAPHS = [
    "The city council approved the new transport budget on Tuesday after a long debate.",
    "Opposition members said the plan would raise fares for most commuters next year.",
    "The mayor promised that the river bridge would be repaired before the winter floods.",
    "Police closed the market road for six hours while the vote was counted in the hall.",
    "Union leaders called a strike for Friday if the library cuts are not withdrawn soon.",
    "A final reading of the budget is planned for the first meeting of the autumn term.",
]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A base and five versions: three move its second paragraph to the end, two change a
    word of its third (wide enough parts of the bar to see their patterns)."""
    folder = tmp_path_factory.mktemp("margin") / "story"
    folder.mkdir()
    for n in range(6):
        text = list(PARAGRAPHS)
        if 1 <= n <= 3:
            text.append(text.pop(1))
        elif n >= 4:
            text[2] = text[2].replace("repaired", "rebuilt")
        body = "\n\n".join(text)
        name = f"outlet{n}_2021-07-{n + 1:02d}.txt"
        (folder / name).write_text(f"Council approves transport budget\n\n{body}\n")
    return folder


def opened(qtbot, window: MainWindow, story: Path) -> StoryView:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [story])
    view = window.parts.story_view
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, CTRL)
    assert window.parts.pages.currentIndex() == STORY_PAGE
    qtbot.waitUntil(lambda: not view.building() and view.model.rowCount() > 0, timeout=WAIT_MS)
    return view


def walk_to(qtbot, view: StoryView, row: int) -> QRect:  # type: ignore[no-untyped-def]
    """Down to ``row`` with the arrow key, as a reader goes; its margin section's rect."""
    while view.current() is not None and view.current()[1] < row:  # type: ignore[index]
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    margin = view.margin
    top = margin.sectionViewportPosition(row)
    assert 0 <= top < margin.viewport().height()
    return QRect(0, top, margin.viewport().width(), margin.sectionSize(row))


def pattern(image: QImage, part: QRect) -> list[list[bool]]:
    """Which pixels of ``part`` are the pattern's ink (black or white), row by row."""
    return [
        [image.pixel(x, y) in INK for x in range(part.left(), part.right() + 1)]
        for y in range(part.top(), part.bottom() + 1)
    ]


def test_bar_parts_differ_in_pattern_not_only_in_colour(
    qtbot, window: MainWindow, story: Path
) -> None:  # type: ignore[no-untyped-def]
    view = opened(qtbot, window, story)
    data = view.model.data_
    assert data is not None
    rows = data.table.rows
    mixed = next(r for r in rows if r.tally.equal and r.tally.changed and r.kind is RowKind.BASE)
    moved = max(rows, key=lambda r: r.tally.moved)
    margin: KeptMargin = view.margin
    seen: dict[Mark, list[list[bool]]] = {}
    for row in sorted({mixed.index, moved.index}):
        rect = walk_to(qtbot, view, row)
        image = margin.viewport().grab().toImage()
        for mark, part in margin.segments(rect, row):
            inner = part.toAlignedRect().adjusted(2, 1, -1, -1)  # inside the bar's edge
            if inner.width() >= 6:
                seen[mark] = pattern(image, inner)
    assert {Mark.EQUAL, Mark.CHANGED, Mark.MOVED} <= set(seen), seen.keys()
    solid, striped, dotted = seen[Mark.EQUAL], seen[Mark.CHANGED], seen[Mark.MOVED]
    flat = [all(line) or not any(line) for line in solid]
    assert all(flat)  # one colour: no pattern
    assert all(any(line) and not all(line) for line in striped)  # a stripe crosses every line
    assert any(not any(line) for line in dotted) and any(any(line) for line in dotted)  # dots


def test_the_margin_says_its_marks_in_words(qtbot, window: MainWindow, story: Path) -> None:  # type: ignore[no-untyped-def]
    view = opened(qtbot, window, story)
    data = view.model.data_
    assert data is not None
    model, versions = view.model, len(data.table.columns)
    added = next(r for r in data.table.rows if r.kind is RowKind.ADDED)
    kept = next(r for r in data.table.rows if r.kind is RowKind.BASE and r.tally.changed)
    vertical = Qt.Orientation.Vertical
    n = added.index + 1
    assert model.headerData(added.index, vertical, Role.DisplayRole) == f"{n} +"
    assert model.headerData(added.index, vertical, Role.AccessibleTextRole) == (
        f"Row {n}, text not in the base"
    )
    described = model.headerData(kept.index, vertical, Role.AccessibleDescriptionRole)
    assert described.startswith(f"Kept by {kept.tally.kept} of {versions} versions")
    assert f"{kept.tally.changed} with changes" in described
    tip = model.headerData(kept.index, vertical, Role.ToolTipRole)
    assert described in tip and "striped = kept with changes" in tip
    assert MARGIN_KEY in view.heading.toolTip()  # the key, where the view explains itself
    # What the accessibility interface tells a screen reader about the row's header.
    walk_to(qtbot, view, kept.index)
    table = QAccessible.queryAccessibleInterface(view.table)
    assert table is not None
    headers = [
        table.child(i)
        for i in range(table.childCount())
        if table.child(i) is not None and table.child(i).role() == QAccessible.Role.RowHeader
    ]
    told = {h.text(QAccessible.Text.Name): h.text(QAccessible.Text.Description) for h in headers}
    assert told.get(f"Row {kept.index + 1}") == described
