"""What the story view draws in a cell, the row heights it estimates, and its model's texts
(no window): word changes styled as in the inline view, cut and added units, moved units
linked, right-to-left text, emoji, markup shown as text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from tests.core.storytable.helpers import P, doc
from wirediff.core.storytable import RowKind, StoryTable, build_story_table
from wirediff.ui.common import theme
from wirediff.ui.storyview.cells import CellRuns, Look, cell_runs
from wirediff.ui.storyview.data import prepare
from wirediff.ui.storyview.delegate import build_layout
from wirediff.ui.storyview.heights import MAX_LINES, lines, most_lines, row_heights
from wirediff.ui.storyview.model import StoryTableModel

BASE = doc("base.txt", P[0], P[1], P[2], P[3])


def table() -> StoryTable:
    edited = doc("edited.txt", P[0].replace("Tuesday", "Wednesday"), P[1], P[3])  # P2 cut
    added = doc("added.txt", P[0], "Only <b>this</b> version has this.", P[1], P[2], P[3])
    moved = doc("moved.txt", P[0], P[3], P[1], P[2])
    return build_story_table(BASE, [edited, added, moved])


def row_of(t: StoryTable, paragraph: str) -> int:
    return next(r.index for r in t.rows if t.base_text(r.index) == paragraph)


def test_cells_read_like_the_inline_view() -> None:
    t = table()
    first, p2, p3 = row_of(t, P[0]), row_of(t, P[2]), row_of(t, P[3])
    assert cell_runs(t, first, 0) == CellRuns(((P[0], theme.PLAIN),), Look.TEXT)  # the base
    edited = cell_runs(t, first, 1)
    styled = [(text, style) for text, style in edited.runs if style]
    assert styled == [("Tuesday", theme.INLINE_OLD), ("Wednesday", theme.INLINE_NEW)]
    assert edited.text == P[0].replace("Tuesday", "Tuesday Wednesday")
    assert cell_runs(t, p2, 1) == CellRuns((), Look.CUT)  # cut: hatched, empty
    assert cell_runs(t, 1, 2).look is Look.ADDED  # added: tinted, its text plain
    assert cell_runs(t, 1, 2).runs == (("Only <b>this</b> version has this.", theme.PLAIN),)
    assert cell_runs(t, 1, 1).look is Look.EMPTY  # another version's addition
    away = cell_runs(t, p3, 3)
    assert away.runs == ((f"↪ moved to row {2 + 1}", theme.LABEL),)
    here = cell_runs(t, 2, 3)
    assert here.runs[0] == (P[3], theme.MOVED)
    assert here.runs[-1] == (f"  ↩ from row {p3 + 1}", theme.LABEL)


def test_right_to_left_cells_and_emoji_keep_their_formats_in_place(qapp) -> None:  # type: ignore[no-untyped-def]
    urdu = "وزیر اعظم نے کہا کہ یہ فیصلہ درست ہے۔"
    runs = CellRuns(((urdu, theme.PLAIN),), Look.TEXT, rtl=True)
    layout, more = build_layout(runs, QFont(), 300, 200, theme.char_formats(theme.LIGHT))
    assert not more
    assert layout.textOption().textDirection() == Qt.LayoutDirection.RightToLeft
    emoji = CellRuns((("🙂 old ", theme.PLAIN), ("new", theme.INSERT)), Look.TEXT)
    layout, _more = build_layout(emoji, QFont(), 300, 200, theme.char_formats(theme.LIGHT))
    (insert,) = layout.formats()
    assert (insert.start, insert.length) == (7, 3)  # the emoji takes two UTF-16 units
    assert insert.format.fontUnderline()


def test_a_cell_taller_than_its_row_says_it_is_cut(qapp) -> None:  # type: ignore[no-untyped-def]
    runs = CellRuns(((" ".join([P[0]] * 10), theme.PLAIN),), Look.TEXT)
    layout, more = build_layout(runs, QFont(), 120, 40, theme.char_formats(theme.LIGHT))
    assert more
    drawn = [layout.lineAt(i) for i in range(layout.lineCount())]
    inside = [line for line in drawn if line.y() + line.height() <= 40]
    assert len(inside) == 2 and len(drawn) == 3  # the third is out of sight, below the cell
    assert [line.y() for line in inside] == [0, inside[0].height()]


def test_row_heights_follow_the_widest_reaching_shown_cell() -> None:
    assert lines(0, 0, 30) == 1 and lines(60, 0, 30) == 3 and lines(10, 2, 30) == 3
    sizes = [[(10, 0), (300, 0)], [(10, 0), (10, 0)]]
    assert row_heights(sizes, [30, 30], 10, 4) == [min(lines(300, 0, 30), MAX_LINES) * 10 + 4, 14]
    assert row_heights(sizes, [30, None], 10, 4) == [14, 14]  # a hidden column does not count
    assert row_heights([[(100000, 0)]], [10], 10, 0) == [MAX_LINES * 10]
    # a taller view lets a long unit show more of its lines, three fifths of the view at most
    assert most_lines(300, 20) == MAX_LINES
    assert most_lines(1000, 20) == 30
    assert row_heights([[(100000, 0)]], [10], 10, 0, most_lines(1000, 10)) == [600]


def test_model_headers_and_tooltips(qapp) -> None:  # type: ignore[no-untyped-def]
    t = table()
    model = StoryTableModel()
    model.set_table(prepare(t, 0, "Council", (0, 1, 2, 3), ("key",)))
    assert (model.rowCount(), model.columnCount()) == (len(t.rows), 4)
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    assert model.headerData(0, horizontal, Qt.ItemDataRole.DisplayRole).endswith("base")
    kept = model.headerData(1, horizontal, Qt.ItemDataRole.DisplayRole)
    assert kept.split("\n") == ["edited.txt", "undated", f"kept {t.columns[0].kept:.0%}"]
    p2 = row_of(t, P[2])
    tip = model.headerData(p2, vertical, Qt.ItemDataRole.ToolTipRole)
    assert "Kept by 2 of 3 versions" in tip and "cut by 1" in tip
    assert t.rows[1].kind is RowKind.ADDED
    cell_tip = model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;this&lt;/b&gt;" in cell_tip and "<b>" not in cell_tip  # text is data
    assert "added by this version" in cell_tip
    assert model.data(model.index(1, 2), Qt.ItemDataRole.DisplayRole).startswith("Only <b>")


def test_cells_show_controls_masked_and_long_words_breakable() -> None:
    """As the panes: an RLO in an article cannot reorder a cell, ESC shows as ␛, a 300k
    "word" gets a break every 200 characters and the cell stops at CELL_CHARS (a 9 MB
    word froze the window 13 s while the story view laid it out)."""
    import re

    from wirediff.ui.storyview.cells import CELL_CHARS

    hostile = "Officials said \u202eevil\u202c today \x1b[31mred\x1b[0m."
    word = "x" * 300_000
    base = doc("base.txt", P[0], hostile, word)
    version = doc("v.txt", P[0], hostile.replace("today", "yesterday"), word + " more")
    t = build_story_table(base, [version])
    texts = [cell_runs(t, r.index, c).text for r in t.rows for c in (0, 1)]
    assert any("said \ufffdevil\ufffd" in x and "␛[31mred" in x for x in texts)
    assert not any("\u202e" in x or "\x1b" in x for x in texts)
    longest = max(len(run) for x in texts for run in re.split(r"[\s\u200b…]", x))
    assert longest <= 200
    long_cells = [x for x in texts if "xxxx" in x]
    assert long_cells and all(CELL_CHARS <= len(x) < CELL_CHARS * 1.01 + 2 for x in long_cells)
    assert all(x.endswith("…") for x in long_cells)


def test_a_screen_reader_hears_the_changes_in_words() -> None:
    """A cell's accessible text was its words run together: "Tuesday Wednesday", the old
    (struck) and the new (underlined) with nothing saying which was which."""
    t = table()
    first, p2 = row_of(t, P[0]), row_of(t, P[2])
    spoken = cell_runs(t, first, 1).spoken
    assert "(replaced: Tuesday) (by: Wednesday)" in spoken
    assert cell_runs(t, p2, 1).spoken == "cut from this version"
    assert cell_runs(t, 1, 2).spoken == "added: Only <b>this</b> version has this."
    model = StoryTableModel()
    model.set_table(prepare(t, 0, "Council", (0, 1, 2, 3), ("key",)))
    index = model.index(first, 1)
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == spoken
    assert "(" not in model.data(index)  # on screen, the words as they are


def test_a_paragraph_split_by_a_version_shows_as_a_pilcrow_and_in_the_tooltip() -> None:
    """The story view marked a re-paragraphed row "kept word for word" with no sign of the
    break the pair view shows."""
    from pathlib import Path

    from wirediff.core.document import Document

    base = Document(Path("base.txt"), f"{P[0]} {P[1]}\n\n{P[2]}\n", "Budget")
    t = build_story_table(base, [doc("split.txt", P[0], P[1], P[2])])
    (row,) = [r.index for r in t.rows if t.breaks(r.index, 0)]
    runs = cell_runs(t, row, 1).runs
    assert runs[-1] == ("¶", theme.PILCROW_ADDED) and runs[-2] == (" ", theme.PLAIN)
    model = StoryTableModel()
    model.set_table(prepare(t, 0, "Budget", (0, 1), ("key",)))
    tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert "paragraph split" in tip.splitlines()[0]


def test_a_cells_struck_and_new_characters_stand_together_in_chinese() -> None:
    base = doc("base.txt", "地震造成七人死亡。", "救援人员正在搜寻失踪者。")
    version = doc("version.txt", "地震造成八人死亡。", "救援人员正在搜寻失踪者。")
    t = build_story_table(base, [version])
    cell = cell_runs(t, row_of(t, "地震造成七人死亡。"), 1)
    assert cell.text == "地震造成七八人死亡。"
    assert ("七", theme.INLINE_OLD) in cell.runs and ("八", theme.INLINE_NEW) in cell.runs


def test_a_hard_wrapped_versions_cells_are_paragraphs() -> None:
    """A draft wrapped at 78 columns was ragged in its column, as it had been in the
    panes."""
    line = "The operator shall report the emissions of each installation to the"
    wrapped = f"{line}\nAuthority at least once in every calendar year, in writing."
    base = doc("base.txt", *[wrapped.replace("\n", " ")] * 6)
    version = doc("v2.txt", *[wrapped] * 6)
    t = build_story_table(base, [version])
    assert "\n" in version.text and "\u2028" not in cell_runs(t, 0, 1).text
    assert (
        cell_runs(t, 0, 1).text
        == f"{line} Authority at least once in every calendar year, in writing."
    )


def test_a_cell_puts_no_space_around_a_changed_figure_among_chinese() -> None:
    """The story view's cell read "截至5日 8 14时" (struck 8, new 14): two words where the
    text has none; the story text and the inline view had stopped adding them."""
    from pathlib import Path

    from wirediff.core.document import Document

    text = "地震已造成人员伤亡。\n\n截至5日8时，地震已造成12人遇难、240人受伤，部分房屋倒塌。\n"
    base = Document(Path("v1.txt"), text, "地震")
    version = Document(Path("v2.txt"), text.replace("5日8时", "5日14时"), "地震")
    t = build_story_table(base, [version])
    (row,) = [r for r in range(len(t.rows)) if "截至" in t.base_text(r)]
    shown = "".join(run for run, _style in cell_runs(t, row, 1).runs)
    assert "截至5日814时" in shown


class _OneCell(StoryTableModel):
    """A model of one cell: ``cell``."""

    def __init__(self, cell: CellRuns) -> None:
        super().__init__()
        self.cell = cell

    def runs(self, row: int, column: int) -> CellRuns:
        return self.cell


def _ellipsis_ink(cell: CellRuns) -> tuple[int, int]:
    """The dark pixels under the last line in sight of a cut cell painted by the story view's
    delegate, in its left half and in its right half: its "…" alone."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    from wirediff.ui.storyview.delegate import PAD, CellDelegate

    model = _OneCell(cell)
    delegate = CellDelegate(model)
    font, width = QFont(), 240
    whole, _more = build_layout(cell, font, width - 2 * PAD, 1e6, delegate.formats)
    line = max(QFontMetricsF(font).height(), whole.lineAt(0).height())
    # (three lines fit, and under them two thirds of a line's room: the "…" there alone)
    rect = QRect(0, 0, width, int(2 * PAD + 3 * line + line * 2 / 3))
    option = QStyleOptionViewItem()
    option.rect, option.font, option.palette = rect, font, QApplication.palette()
    image = QImage(rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    layout, more = build_layout(
        cell, font, rect.width() - 2 * PAD, rect.height() - 2 * PAD, delegate.formats
    )
    shown = [layout.lineAt(i) for i in range(layout.lineCount())][:-1]  # (the last: below)
    assert more and len(shown) == 3
    under = int(rect.top() + PAD + shown[-1].y() + shown[-1].height()) + 1
    left = right = 0
    for y in range(under, rect.bottom() + 1):
        for x in range(rect.width()):
            if QColor(image.pixel(x, y)).lightness() < 128:
                if x < rect.width() // 2:
                    left += 1
                else:
                    right += 1
    return left, right


def test_a_cut_cells_ellipsis_stands_where_its_text_carries_on(qapp) -> None:  # type: ignore[no-untyped-def]
    """A cut cell's "…" stood at its bottom right always: in a right-to-left cell that is
    its last line's start, not where the text carries on (its left)."""
    urdu = "وزیر اعظم نے کہا کہ یہ فیصلہ درست ہے اور اس پر عمل ہوگا۔ " * 12
    left, right = _ellipsis_ink(CellRuns(((urdu, theme.PLAIN),), Look.TEXT, rtl=True))
    assert left > 0 and right == 0, (left, right)
    left, right = _ellipsis_ink(CellRuns(((" ".join([P[0]] * 10), theme.PLAIN),), Look.TEXT))
    assert right > 0 and left == 0, (left, right)
