"""A row longer than ``BLOCK_LIMIT`` in the window: shown as several blocks, the panes still
lined up row by row, and find, copy and change navigation working across its blocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import WAIT_MS, open_and_wait, same_row_on_screen
from tests.ui.test_row_blocks import long_paragraph
from wirediff.ui.diff.documents import ROW_SPACING
from wirediff.ui.diff.offsets import BREAK
from wirediff.ui.diff.pane import DiffPane
from wirediff.ui.shell.window import MainWindow

# Some 11,000 characters in one row (long words, emoji, Arabic, a run of 1,000 letters); the
# right side has one word made 300 letters longer, in the row's second block: its row wraps
# to more lines, so the left side's row is padded.
LEFT = f"Headline\n\n{long_paragraph()}\n\nA short row.\n\nThe end.\n"
RIGHT = LEFT.replace("w150x", "CHANGEDx" + "y" * 300)


def _open(qtbot, window: MainWindow, tmp_path: Path, left: str = LEFT, right: str = RIGHT) -> None:  # type: ignore[no-untyped-def]
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, (left, right), strict=True):
        path.write_text(text, encoding="utf-8")
    open_and_wait(qtbot, window, paths)
    for pane in (window.diff.left, window.diff.right):
        qtbot.waitUntil(lambda p=pane: not p.pacer.running(), timeout=WAIT_MS)


def _long_row(pane: DiffPane) -> int:
    assert pane.plan is not None
    return max(range(len(pane.plan.rows)), key=lambda r: len(pane.plan.rows.blocks(r)))  # type: ignore[union-attr]


def _boundary(pane: DiffPane, row: int, k: int = 1) -> int:
    """The document position where the ``k``-th block of ``row`` starts."""
    assert pane.plan is not None
    return pane.plan.rows.start(pane.plan.rows.blocks(row)[k])


def test_a_long_row_is_several_blocks_and_the_panes_line_up(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window, tmp_path)
    diff = window.diff
    row = _long_row(diff.right)
    for pane in (diff.left, diff.right):
        assert pane.plan is not None
        blocks = pane.plan.rows.blocks(row)
        assert len(blocks) >= 3
        assert pane.document().blockCount() == pane.plan.rows.block_count > len(pane.plan.rows)
        # No space between the blocks of a row: the row spacing (and padding) is below its last.
        for b in blocks[:-1]:
            assert pane.block(b).blockFormat().bottomMargin() == 0
            assert pane.block(b).text().endswith(" ")  # cut where a line may end anyway
        # The row starts in Arabic: every block of it right to left, not just the first.
        for b in blocks:
            assert pane.block(b).textDirection() == Qt.LayoutDirection.RightToLeft
    # The right side's row is taller; the left one is padded, so the rows after it line up.
    assert diff.right.row_extent(row, 1e9)[0] > diff.left.row_extent(row, 1e9)[0]
    for r in range(diff.right.row_count()):
        diff.scroll_to_row(r, 0.0)
        assert same_row_on_screen(window)
        assert abs(diff.left.row_top(r) - diff.right.row_top(r)) <= 1
    padding = diff.left.block(diff.left.row_blocks(row)[-1]).blockFormat().bottomMargin()
    assert padding > ROW_SPACING + 10  # on the row's last block: some lines' worth
    # Scrolled to the middle of the long row, the panes keep one offset into it.
    diff.scroll_to_row(row, 0.0)
    diff.right.verticalScrollBar().setValue(diff.right.scroll_y() + 150)
    qtbot.waitUntil(lambda: same_row_on_screen(window), timeout=WAIT_MS)
    assert diff.right.row_at(0) == row


def test_find_locates_a_match_straddling_two_blocks(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window, tmp_path)
    diff, pane = window.diff, window.diff.left
    assert pane.plan is not None
    shown = pane.plan.text()
    row = _long_row(pane)
    at = shown.index(_boundary(pane, row))  # the first character of the row's second block
    needle = shown.text[at - 12 : at + 12]  # "…abcdefghij w73xabcdefgh…": across the boundary
    assert shown.text.count(needle) == 1 and BREAK not in needle
    pane.setFocus()
    diff.find_box.open()
    qtbot.keyClicks(diff.find_box, needle)
    qtbot.keyClick(diff.find_box, Qt.Key.Key_Return)
    cursor = pane.textCursor()
    assert cursor.hasSelection()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    assert pane.document().findBlock(start) != pane.document().findBlock(end)  # two blocks
    assert shown.between(start, end) == needle
    assert cursor.selectedText().replace("\u2029", "") == needle  # Qt's own: a block separator
    # Once in each pane (the right side's change is elsewhere): the left one first.
    qtbot.waitUntil(
        lambda: diff.find_box.count.text() == "1 of 2, in the left pane", timeout=WAIT_MS
    )
    # F3 goes on to the right pane's, and F3 again wraps round to the same one; Shift+F3 back.
    for key, mods, side in (
        (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier, "right"),
        (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier, "left"),
        (Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier, "right"),
        (Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier, "left"),
    ):
        qtbot.keyClick(window, key, mods)
        assert diff.find_box.count.text().endswith(f"in the {side} pane")
        found = diff.left if side == "left" else diff.right
        assert found.plan is not None
        cursor = found.textCursor()
        assert found.plan.text().between(cursor.selectionStart(), cursor.selectionEnd()) == needle
    assert (pane.textCursor().selectionStart(), pane.textCursor().selectionEnd()) == (start, end)
    diff.find_box.setText(needle.upper())  # any case, as before: still the selected match
    qtbot.wait(300)
    assert diff.find_box.count.text() == "1 of 2, in the left pane"
    diff.find_box.setText(needle + "no such")
    qtbot.waitUntil(lambda: diff.find_box.count.text() == "no match", timeout=WAIT_MS)


def test_copy_across_blocks_gives_the_text_without_separators(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window, tmp_path)
    pane = window.diff.left
    assert pane.plan is not None
    row = _long_row(pane)
    span = window.diff.comparison.rows[row].span("left")  # type: ignore[union-attr]
    assert span is not None
    # From the middle of the first block to the middle of the last one: all of the second
    # (emoji and Arabic among it) and both boundaries.
    a, b = span.start + 2000, span.end - 500
    start = pane.plan.position(row, "left", a)
    end = pane.plan.position(row, "left", b, end=True)
    assert start is not None and end is not None
    assert pane.document().findBlock(start).blockNumber() < _long_row_block(pane, row, -1)
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.copy()
    copied = QApplication.clipboard().text()
    assert copied == LEFT[a:b]
    assert "\u2029" not in copied and BREAK not in copied and "😀" in copied
    # Across rows: the file's text (paragraphs apart as in the file, a paragraph cut into
    # rows one line), no break marks from the run of 1,000 letters.
    cursor.setPosition(pane.plan.position(row, "left", span.start) or 0)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.copy()
    copied = QApplication.clipboard().text()
    assert "k" * 1000 in copied and BREAK not in copied
    assert copied.split("\n")[0] == LEFT[span.start :].split("\n")[0]
    assert copied.endswith("A short row.\n\nThe end.")


def _long_row_block(pane: DiffPane, row: int, k: int) -> int:
    assert pane.plan is not None
    return pane.plan.rows.blocks(row)[k]


def test_going_to_a_change_inside_a_long_row_outlines_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window, tmp_path)
    diff = window.diff
    comparison = diff.comparison
    assert comparison is not None
    (change,) = comparison.changes
    qtbot.keyClick(diff.right, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)  # last change
    assert diff.current == change.index
    for pane, side in ((diff.left, "left"), (diff.right, "right")):
        assert pane.outline is not None
        row, start, end = pane.outline
        assert row == change.row
        assert pane.plan is not None
        assert pane.plan.rows.block_at(start) > pane.plan.rows.first(row)  # not the first block
        text = LEFT if side == "left" else RIGHT
        a, b = change.span(side)
        assert pane.plan.text().between(start, end) == text[a:b]
        rects = pane._outline_rects()
        assert rects and pane.scroll_y() <= rects[0].top() < pane.screen_bottom()  # on screen
    assert same_row_on_screen(window)


def test_going_to_a_change_far_down_a_row_scrolls_to_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    # Three tokens of 60,000 letters in one row (thousands of lines); the third one differs.
    tokens = ["".join(chr(ord("a") + (i * k) % 26) for i in range(60_000)) for k in (3, 5, 7)]
    left = "Headline\n\n" + " ".join(tokens) + "\n\nThe end.\n"
    right = left.replace(tokens[2], tokens[2][:100] + "Z" + tokens[2][101:])
    _open(qtbot, window, tmp_path, left, right)
    diff = window.diff
    assert diff.comparison is not None
    change = diff.comparison.changes[-1]
    diff.go_to_change(change.index)
    pane = diff.right
    assert pane.outline is not None
    rects = pane._outline_rects()
    assert rects and pane.scroll_y() <= rects[0].top() < pane.screen_bottom()
    assert pane.row_at(0) == change.row  # inside the row, far below its top
    assert pane.scroll_y() - pane.row_top(change.row) > 10 * pane.viewport().height()
    assert same_row_on_screen(window)


def test_inline_view_finds_and_outlines_across_blocks(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window, tmp_path)
    diff = window.diff
    diff.set_inline(True)
    pane = diff.left
    qtbot.waitUntil(lambda: not pane.pacer.running(), timeout=WAIT_MS)
    assert pane.plan is not None and pane.plan.side == "inline"
    row = _long_row(pane)
    assert len(pane.plan.rows.blocks(row)) >= 3
    shown = pane.plan.text()
    at = shown.index(_boundary(pane, row, 2))
    needle = shown.text[at - 10 : at + 10]
    assert shown.text.count(needle) == 1
    pane.setFocus()
    diff.find_box.setText(needle)
    diff.find_match(backward=False)
    cursor = pane.textCursor()
    assert shown.between(cursor.selectionStart(), cursor.selectionEnd()) == needle
    diff.go_to_change(0)
    assert pane.outline is not None
    rects = pane._outline_rects()
    assert rects and pane.scroll_y() <= rects[0].top() < pane.screen_bottom()
