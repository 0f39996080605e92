"""The cheat sheet (F1), Review ▸ Flags & notes and Stories ▸ Corrections… at a large font
(20 pt, as a low-vision user's desktop sets it): sized from the font within the screen,
every column in sight. They opened at fixed pixel sizes: the cheat sheet showed no keys,
Flags & notes lost its last columns and Corrections ran its When text past the edge."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget, QWidget

from tests.ui.helpers import WAIT_MS, levels_folder, open_and_wait, settle
from wirediff.ui.shell.window import MainWindow

POINTS = 20.0


@pytest.fixture
def big_font(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    before = qapp.font()
    font = qapp.font()
    font.setPointSizeF(POINTS)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def all_in_sight(tree: QTreeWidget) -> bool:
    """Every column wholly inside the list's width, none narrower than its heading's text."""
    header, width = tree.header(), tree.viewport().width()
    ends = [
        header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(header.count())
    ]
    labels = [tree.headerItem().text(c) for c in range(header.count())]
    text = [header.fontMetrics().horizontalAdvance(label) for label in labels]
    wide = all(header.sectionSize(c) >= text[c] for c in range(header.count()))
    return max(ends) <= width and wide


def on_screen(dialog: QWidget) -> bool:
    screen = dialog.screen()
    return screen is not None and screen.availableGeometry().contains(dialog.frameGeometry())


def test_dialogs_show_every_column_at_a_large_font(
    qtbot, big_font: None, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.font().pointSizeF() == POINTS
    folder = levels_folder(tmp_path / "levels")
    open_and_wait(qtbot, window, [folder])

    window.actions_["cheat_sheet"].trigger()
    sheet = window.commands.cheat_sheet
    assert sheet is not None
    qtbot.waitExposed(sheet)
    assert all_in_sight(sheet.tree) and on_screen(sheet)
    tree = sheet.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    longest = max((i for i in items if i is not None), key=lambda i: len(i.text(1)))
    one_line = tree.fontMetrics().lineSpacing()
    assert tree.fontMetrics().horizontalAdvance(longest.text(1)) > tree.columnWidth(1)
    assert tree.visualItemRect(longest).height() >= 2 * one_line  # wrapped, not cut off
    key = Qt.Key.Key_Escape
    qtbot.keyClick(tree, key)
    assert not sheet.isVisible()

    window.diff.right.setFocus()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.diff.right, Qt.Key.Key_F)  # a flag, for Flags & notes to list
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        window.actions_["flags_and_notes"].trigger()
    flags = window.commands.reviewing.flags
    assert flags is not None and flags.view.topLevelItemCount() == 1
    assert all_in_sight(flags.view) and on_screen(flags)
    when = flags.view.topLevelItem(0).text(5)  # type: ignore[union-attr]
    assert flags.view.fontMetrics().horizontalAdvance(when) < flags.view.columnWidth(5)
    flags.hide()

    index = window.index
    assert index is not None
    copy = next(i for i, d in enumerate(window.documents) if d.path.stem == "copy")
    window.doc_list.select(index.story_of(copy).documents[2])  # split the story there
    settle(qtbot, window)
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        window.actions_["split_story"].trigger()
    settle(qtbot, window)
    window.actions_["corrections"].trigger()
    corrections = window.commands.grouping.dialog
    assert corrections is not None and corrections.view.topLevelItemCount() == 1
    assert all_in_sight(corrections.view) and on_screen(corrections)
    view = corrections.view
    when = view.topLevelItem(0).text(1)  # type: ignore[union-attr]
    assert view.fontMetrics().horizontalAdvance(when) < view.columnWidth(1)
    assert QApplication.font().pointSizeF() == POINTS


def test_columns_the_user_dragged_keep_their_widths_when_the_rows_are_read_again(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    """Flags & notes reads its rows again after Forget, a change, another folder: the
    widths shared out again threw away the ones the user had dragged. Found by a reviewer."""
    from wirediff.ui.panels.views import ColumnShares

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Pair", "Change", "Note"])
    tree.resize(600, 300)
    tree.show()
    columns = ColumnShares(tree, stretch=2)
    columns.want([150, 150, 150])
    assert tree.header().sectionSize(0) == 150
    tree.header().resizeSection(0, 260)  # the user drags the first column wider
    columns.want([120, 140, 150])  # the rows read again
    assert tree.header().sectionSize(0) == 260


def test_file_names_are_cut_in_their_middles_and_the_words_kept(qapp) -> None:  # type: ignore[no-untyped-def]
    """A correction read "000_95eef2de69d379ca.txt and 003_…txt: v…" (Qt cut the whole at
    its end): what it was, and the second file, were lost. Each name that does not fit its
    share is cut in its middle; a short one stays whole and leaves the rest to the others."""
    from PySide6.QtGui import QFontMetrics

    from wirediff.ui.panels.views import cut_pieces

    metrics = QFontMetrics(QApplication.font())
    pieces = [
        ("000_95eef2de69d379ca.txt", True),
        (" and ", False),
        ("003_8342cd79d5b7a5de.txt", True),
        (": versions of one story", False),
    ]
    whole = "".join(text for text, _cut in pieces)
    assert cut_pieces(pieces, metrics, metrics.horizontalAdvance(whole)) == whole
    width = metrics.horizontalAdvance(whole) * 2 // 3
    cut = cut_pieces(pieces, metrics, width)
    assert metrics.horizontalAdvance(cut) <= width and cut.count("…") == 2
    assert cut.startswith("000_") and " and 003_" in cut
    assert cut.endswith("txt: versions of one story")
    pair = [("a.txt", True), (" ↔ ", False), ("000_95eef2de69d379ca.txt", True)]
    narrower = metrics.horizontalAdvance("a.txt ↔ 000_95eef2de69d379ca.txt") - 10
    cut = cut_pieces(pair, metrics, narrower)
    assert cut.startswith("a.txt ↔ 000_") and cut.endswith("ca.txt") and "…" in cut
    # No room for the names at all: the words stay (Qt cuts what is left at its end).
    assert cut_pieces(pieces, metrics, 10).endswith(": versions of one story")
    # Names sharing their start lose it first: a split of pickups read "artic…0.txt,
    # artic…9.txt, artic…2.txt and 14 other documents" (found by an archivist)
    names = ["article-000970.txt", "article-001939.txt", "article-002882.txt"]
    split = [(names[0], True), (", ", False), (names[1], True), (", ", False), (names[2], True)]
    split.append((" and 14 other documents: a story of their own", False))
    whole = "".join(text for text, _cut in split)
    width = metrics.horizontalAdvance(whole) - metrics.horizontalAdvance("article-00") * 2
    cut = cut_pieces(split, metrics, width)
    assert metrics.horizontalAdvance(cut) <= width
    # (their shared "article-00" gone, a digit more or less by the font)
    assert re.match(r"…0?0970\.txt, …0?1939\.txt, …0?2882\.txt and 14 other", cut), cut
    # (cut at their start: a middle cut then lost the digits again, "…000….txt"; a short
    # name drawn whole does not count: "a.txt" shares no start with the others)
    tails = ["article-001939-with-a-long-tail.txt", "article-001939-with-b.txt"]
    row = [("a.txt", True), (" and ", False), (tails[0], True), (" x ", False), (tails[1], True)]
    narrow = metrics.horizontalAdvance("a.txt and  x ") + metrics.horizontalAdvance("…b.txt") * 2
    narrow += 4  # (advances measured apart add up to a pixel or two more than together)
    cut = cut_pieces(row, metrics, narrow)
    first, second = cut.removeprefix("a.txt and ").split(" x ")
    assert cut.startswith("a.txt and …") and first != second and second.endswith("b.txt"), cut
    assert first.count("…") == second.count("…") == 1


def test_names_sharing_their_start_and_end_keep_what_tells_them_apart(qapp) -> None:  # type: ignore[no-untyped-def]
    """A pair read "…-role.txt ↔ …-role.txt" in Flags & notes at 200%: the outlet after the
    shared date was cut with the date. Found by a keyboard-only tester."""
    from PySide6.QtGui import QFontMetrics

    from wirediff.ui.panels.views import cut_pieces

    metrics = QFontMetrics(qapp.font())
    a, b = "2021-07-23_reuters_us-iraq-troop-role.txt", "2021-07-24_aawsat_us-troop-role.txt"
    pair = [(a, True), (" ↔ ", False), (b, True)]
    for width in (0.4, 0.6, 0.8):
        room = int(metrics.horizontalAdvance(f"{a} ↔ {b}") * width)
        left, right = cut_pieces(pair, metrics, room).split(" ↔ ")
        assert left != right and left.startswith("…3_reu") and right.startswith("…4_aaw"), room


def test_the_note_editor_and_a_long_note_fit_a_short_changes_panel(qtbot, big_font) -> None:  # type: ignore[no-untyped-def]
    """At 200% on a 768-pixel screen Save and Cancel were drawn over the note's lower lines
    (the box's height was fixed), and a long note was cut at the panel's foot, leaving the
    list two rows (a low-vision walkthrough)."""
    from wirediff.ui.panels.changes import NOTE_SHARE, ChangesPanel

    panel = ChangesPanel()
    qtbot.addWidget(panel)
    panel.setFixedSize(400, 360)  # (as a window held to the screen's height holds it)
    panel.show()
    editor = panel.note_editor
    editor.edit("Note on change 2: 12 → 14", "First line.\nSecond.\nThird.\nFourth.")
    qtbot.waitUntil(editor.isVisible, timeout=WAIT_MS)
    qtbot.wait(50)
    text, save = editor.text.geometry(), editor.save_button.geometry()
    assert save.top() >= text.bottom()  # (the buttons under the box, not on it)
    assert editor.geometry().bottom() <= panel.height()
    editor.cancel()
    panel.note_line.setText(
        "✎ Change 2: " + "Check the figure against the port's own schedule. " * 20
    )
    panel.note_scroll.show()
    qtbot.wait(50)
    assert panel.note_scroll.height() <= max(NOTE_SHARE * panel.height(), 3 * 40)
    assert panel.note_scroll.verticalScrollBar().maximum() > 0  # (the rest scrolls)
