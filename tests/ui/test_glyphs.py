"""The status bar says when the texts on screen hold characters no font here draws: Korean,
Thai and Devanagari were empty boxes everywhere in the window of a machine without fonts for
them, and nothing said so (found by an Asia-desk monitor)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics

from tests.ui.helpers import open_and_wait
from wirediff.ui.shell.window import MainWindow

# Letters of writings few machines have a font for (Adlam, Mro, Thai, Hangul).
CANDIDATES = "\U0001e900\U0001e901\U00016a40\U00016a41กขคงกิน한국어"
BODY = "The council met on Tuesday and voted on the plan for the new library."


def drawn_as_boxes(window: MainWindow) -> str:
    """The candidates no font of this machine draws (the test is skipped when none)."""
    metrics = QFontMetrics(window.diff.left.font())
    boxes = "".join(c for c in CANDIDATES if not metrics.inFontUcs4(ord(c)))
    if not boxes:
        pytest.skip("every font this machine has draws the candidates")
    return boxes


def test_a_pair_with_letters_no_font_draws_is_marked_and_a_drawn_one_is_not(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    boxes, folder = drawn_as_boxes(window), tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Plan\n\n{BODY}\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Plan\n\n{BODY} {boxes}\n", encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    label = window.glyphs.label
    qtbot.waitUntil(label.isVisible, timeout=5000)
    assert label.text().startswith("⚠ No font for ")
    assert "empty boxes: no font installed here has them" in label.toolTip()
    assert "fonts-noto-core" in label.toolTip()
    window.glyphs.set_list([])
    window.glyphs.show_for([BODY], window.diff.left.font())
    assert not label.isVisible()


def test_the_lists_rows_count_too(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A Chinese pair on screen hid that the list's Thai rows were boxes (a re-check)."""
    boxes, folder = drawn_as_boxes(window), tmp_path / "desk"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"Plan\n\n{BODY} ({name})\n", encoding="utf-8")
    (folder / "c.txt").write_text(f"{boxes} headline\n\nOther news.\n", encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    shown = window.shown
    assert shown is not None and "c.txt" not in (shown.left.name, shown.right.name)
    qtbot.waitUntil(window.glyphs.label.isVisible, timeout=5000)


def test_a_file_names_byte_that_is_not_utf8_is_no_missing_font(qapp) -> None:  # type: ignore[no-untyped-def]
    """A name from a Windows zip in cp1251 holds lone surrogates (shown as \\xce): the
    status bar said "No font for private use". Found by a researcher."""
    from PySide6.QtGui import QFont

    from wirediff.ui.shell.glyphs import GlyphGaps

    gaps = GlyphGaps()
    gaps.set_list(["\udcce\udcec\udcf1_\udce2.txt", BODY])
    gaps.show_for([BODY], QFont())
    assert gaps.label.isHidden()
