"""Right-to-left text beside other text, as drawn: the two sides of a change, a date after an
Arabic outlet, in the window and in the evidence report. Laid out by Qt as the views lay
them out (one left-to-right line), and measured: where each part is drawn."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QFont, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.core.display import isolated
from wirediff.core.reading import read_document
from wirediff.core.report.evidence import pair_report
from wirediff.core.report.evidence_html import render_report
from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.doclist.columns import TITLE
from wirediff.ui.shell.window import MainWindow

ARTICLES = {
    "a.json": {
        "title": "الرئيس يزور مصر اليوم",
        "source": "صحيفة المرصد",  # (outlets no list knows: their names as written)
        "date": "2021-07-24",
        "text": "قال الرئيس إن الشركة ستستثمر في مصر.\n\nبلغ عدد القتلى ٢٥ شخصا في الحادث.",
    },
    "b.json": {
        "title": "الرئيس يزور مصر اليوم",
        "source": "جريدة الفرات",
        "date": "2021-07-25",
        "text": "قال الرئيس إن الشركة ستستثمر في مصر.\n\nبلغ عدد القتلى ٢٦ شخصا في الحادث.",
    },
}


def articles(folder: Path, texts: dict[str, str] | None = None) -> list[Path]:
    """``ARTICLES`` in ``folder``; ``texts``: other texts for them, by name."""
    folder.mkdir()
    for name, article in ARTICLES.items():
        article = {**article, "text": (texts or {}).get(name, article["text"])}
        (folder / name).write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    return sorted(folder.iterdir())


def x_of(text: str, font: QFont) -> dict[int, float]:
    """Where each character of ``text`` starts, laid out on one left-to-right line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    at = {}
    for i in range(len(text)):
        x = line.cursorToX(i)
        at[i] = x[0] if isinstance(x, tuple) else x
    return at


def reads_in_order(text: str, parts: list[str], font: QFont) -> bool:
    """Each of ``parts`` (in ``text``, in this order) is drawn left of the next."""
    x = x_of(text, font)
    found, start = [], 0
    for part in parts:
        i = text.index(part, start)
        found.append(sum(x[j] for j in range(i, i + len(part))) / len(part))  # its middle
        start = i + len(part)
    return found == sorted(found)


def tooltip_text(tip: str) -> str:
    """What a rich-text tooltip shows, as text."""
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_an_arabic_change_reads_old_then_new(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Drawn "٢٦ → ٢٥": the new text left of the arrow. Found by fuzzing the app."""
    open_and_wait(qtbot, window, articles(tmp_path / "news"))
    model = window.changes.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    shown = model.index(0, 3).data()
    assert reads_in_order(shown, ["٢٥", "→", "٢٦"], window.changes.font())
    # The tooltip reads as the row: its isolates kept, not shown as marks or left out (then
    # the arrow pointed back at the old words in a right-to-left paragraph).
    tip = tooltip_text(model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole))
    assert "<FSI>" not in tip and "\u2068" in tip
    assert reads_in_order(tip, ["٢٥", "→", "٢٦"], window.changes.font())
    # The note editor's heading says a short change on one line, in order
    lines = note_heading(qtbot, window)
    assert lines[0] == "Note on change 1 (replace):"
    assert len(lines) == 2 and reads_in_order(lines[1], ["٢٥", "→", "٢٦"], window.changes.font())


def note_heading(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines of the note editor's heading on the first change (F8, m)."""
    pane = window.diff.right
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_F8)
    qtbot.keyClick(pane, Qt.Key.Key_M)
    return window.changes.note_editor.heading.text().split("\n")


def test_a_short_figure_change_is_noted_on_one_line(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The note editor wrapped "302 → 320" as "302" over "→ 320" (an Arabic desk)."""
    texts = {
        "a.json": ARTICLES["a.json"]["text"].replace("٢٥", "302"),
        "b.json": ARTICLES["b.json"]["text"].replace("٢٦", "320"),
    }
    open_and_wait(qtbot, window, articles(tmp_path / "news", texts))
    lines = note_heading(qtbot, window)
    assert len(lines) == 2 and reads_in_order(lines[1], ["302", "→", "320"], QFont())
    # and it stays one line in a narrow editor: no break opportunity in it
    label = window.changes.note_editor.heading
    metrics = label.fontMetrics()
    width = metrics.horizontalAdvance(lines[1]) + 8
    drawn = metrics.boundingRect(0, 0, width, 1000, Qt.TextFlag.TextWordWrap, lines[1])
    assert drawn.height() <= metrics.lineSpacing() * 1.5, drawn
    wrapped = metrics.boundingRect(0, 0, width // 2, 1000, Qt.TextFlag.TextWordWrap, lines[1])
    assert wrapped.height() <= metrics.lineSpacing() * 1.5  # (overflows, never splits)


def test_a_long_arabic_replacement_is_noted_side_by_line(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Wrapped as one line, a long "old → new" was reordered line by line, the two sides'
    words interleaved: each side is on a line of its own."""
    old, new = "وقال مركز رصد الزلازل في بيان", "وأضاف المركز الوطني للأرصاد"
    texts = {
        "a.json": ARTICLES["a.json"]["text"].replace("قال الرئيس", old),
        "b.json": ARTICLES["b.json"]["text"].replace("قال الرئيس", new),
    }
    open_and_wait(qtbot, window, articles(tmp_path / "news", texts))
    lines = note_heading(qtbot, window)
    assert len(lines) == 3, lines
    assert "مركز رصد" in lines[1] and "→" not in lines[1]
    assert "→" in lines[2] and "الوطني" in lines[2]


def test_a_date_after_an_arabic_outlet_reads_year_first(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The pane headers drew "الجزيرة · 2021-07-24" as "24-07-2021 · الجزيرة"."""
    open_and_wait(qtbot, window, articles(tmp_path / "news"))
    label = window.diff.headers[0].title
    text = label.text()
    assert reads_in_order(text, ["المرصد", "2021", "07", "24", "a.json"], label.font())


def test_the_evidence_report_keeps_a_date_after_arabic_in_order(tmp_path: Path) -> None:
    """The PDF (Qt's rich text) drew the line under an Arabic title "24-07-2021 · الجزيرة"."""
    left, right = (read_document(p) for p in articles(tmp_path / "news"))
    document = QTextDocument()
    document.setHtml(render_report(pair_report(left, right), for_print=True))
    document.setTextWidth(900)
    document.documentLayout().documentSize()  # laid out as the printer lays it out
    block = document.begin()
    while block.isValid() and "2021-07-24" not in block.text().replace("\u2068", ""):
        block = block.next()
    assert block.isValid()
    text = block.text()
    layout = block.layout()
    xs = []
    for part in ("2021", "07-24"):
        i = text.index(part)
        line = layout.lineForTextPosition(i)
        assert line.isValid()
        x = line.cursorToX(i)
        xs.append((line.lineNumber(), x[0] if isinstance(x, tuple) else x))
    (year_line, year_x), (day_line, day_x) = xs
    assert year_line == day_line and year_x < day_x


def test_the_story_views_heading_keeps_the_count_after_an_arabic_title(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ "Story: <title> — 2 versions…" was drawn "Story: 2 — <title> versions…": the count
    pulled into the title's right-to-left run. Found by a tester."""
    open_and_wait(qtbot, window, articles(tmp_path / "news"))
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    heading = window.parts.story_view.heading
    qtbot.waitUntil(lambda: "versions against" in heading.text(), timeout=WAIT_MS)
    title = ARTICLES["a.json"]["title"]
    assert reads_in_order(heading.text(), ["Story:", title, "2", "versions"], heading.font())


URDU = {
    "a.json": {
        "title": "بھارت نے آسٹریلیا کو چار وکٹوں سے ہرا دیا",
        "source": "APP",
        "date": "2014-08-02",
        "text": "بھارت نے آسٹریلیا کو چار وکٹوں سے ہرا کر سیریز جیت لی۔\n\n"
        "کیمرون وائٹ نے شاندار بیٹنگ کی اور 274 رنز بنائے۔",
    },
    "b.json": {
        "title": "چار ملکی سیریز انڈیا اے نے جیت لی",
        "source": "Daily Waqt",
        "date": "2014-08-03",
        "text": "بھارت نے آسٹریلیا کو چار وکٹوں سے ہرا کر سیریز جیت لی۔\n\n"
        "کیمرون وائٹ نے شاندار بیٹنگ کی اور 275 رنز بنائے۔",
    },
}


def _urdu_folder(tmp_path: Path, articles: dict[str, dict[str, str]] = URDU) -> Path:
    folder = tmp_path / "urdu"
    folder.mkdir()
    for name, article in articles.items():
        (folder / name).write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    return folder


def _pane_x(line: QWidget, pane: QWidget) -> tuple[int, int]:
    """Where ``pane`` is, from x to x, in the coordinates of ``line``."""
    x = pane.mapTo(line.window(), QPoint(0, 0)).x() - line.mapTo(line.window(), QPoint(0, 0)).x()
    return x, x + pane.width()


def _titles_over_their_panes(window: MainWindow, left: str, right: str) -> None:
    """Each title (whole or cut with "…") over its own pane, inside it, a rule between."""
    diff, line = window.diff, window.diff.title
    placed = line.placed()
    shown = [text.rstrip("…").rstrip("\u200d") for text, _at, _align in placed]  # (a joiner)
    assert len(shown) == 2 and all(shown)
    assert left.startswith(shown[0]) and right.startswith(shown[1])
    for pane, (_text, rect, align) in zip((diff.left, diff.right), placed, strict=True):
        x, end = _pane_x(line, pane)
        assert x <= rect.left() and rect.right() < end  # over its pane, not beyond it
        assert align == Qt.AlignmentFlag.AlignRight  # starting where its pane's text does
    rule = line.rule()
    assert rule is not None and placed[0][1].right() < rule < placed[1][1].left()


def test_two_urdu_titles_stand_each_over_its_own_pane(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ "A ↔ B" in one line put the left document's title, isolated and left of the arrow,
    partly over the right pane: its start (its right end) stood over the other document.
    Found by a reviewer."""
    window.resize(1400, 860)
    open_and_wait(qtbot, window, sorted(_urdu_folder(tmp_path).iterdir()))
    assert window.shown is not None and window.shown.left.path.name == "a.json"
    left, right = URDU["a.json"]["title"], URDU["b.json"]["title"]
    line = window.diff.title
    # Read out (and drawn inline) as one line: each title isolated, the left one first.
    assert line.text() == f"\u200e\u2068{left}\u2069  ↔  \u2068{right}\u2069"
    assert reads_in_order(line.text(), [left, "↔", right], line.font())
    # Side by side, each is drawn whole over its own pane, from the pane's right edge as its
    # text is, a rule between them over the splitter.
    diff = window.diff
    assert [text for text, _at, _align in line.placed()] == [left, right]
    _titles_over_their_panes(window, left, right)
    # ... and drawn there: ink in each title's place, right-aligned in it.
    image = line.grab().toImage()
    background = image.pixelColor(image.width() - 2, 1).lightness()

    def inked(x: int) -> bool:
        column = (image.pixelColor(x, y).lightness() for y in range(image.height()))
        return any(abs(value - background) > 60 for value in column)

    (_l, left_at, _a), (_r, right_at, _b) = line.placed()
    for rect, drawn in ((left_at, left), (right_at, right)):
        ink = [x for x in range(rect.left(), rect.right() + 1) if inked(x)]
        width = line.fontMetrics().horizontalAdvance(drawn)
        assert ink and ink[-1] >= rect.right() - 4 and ink[0] >= rect.right() - width - 4
    # The splitter moved: the titles follow their panes (the left one cut with "…").
    diff.splitter.setSizes([200, 800])
    qtbot.waitUntil(lambda: line.placed()[1][1].left() < 220, timeout=WAIT_MS)
    (cut, _at, _align), _right = line.placed()
    assert cut.endswith("…")
    _titles_over_their_panes(window, left, right)
    # Inline, the one pane: the line is drawn as one text again.
    diff.setFocus()
    qtbot.keyClick(diff.left, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: diff.inline, timeout=WAIT_MS)
    assert line.placed() == [] and line.rule() is None


LONG_TITLES = {
    name: {**article, "title": " ".join([article["title"], *["اور تفصیلات"] * 12])}
    for name, article in URDU.items()
}


def test_in_a_narrow_window_two_cut_urdu_titles_keep_their_panes(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 1024×700 both titles were cut and, with "↔" between them, the line read from the
    right as one sentence, the right document's title first: taken for the titles swapped.
    Each stays over its own pane with a rule between, and the tooltip reads as the line
    (it dropped the isolates: "B ↔ A" in a right-to-left paragraph). Found by a reviewer."""
    window.resize(1024, 700)
    open_and_wait(qtbot, window, sorted(_urdu_folder(tmp_path, LONG_TITLES).iterdir()))
    left, right = LONG_TITLES["a.json"]["title"], LONG_TITLES["b.json"]["title"]
    line = window.diff.title
    for width in (1024, 800, 640):
        window.resize(width, 700)
        qtbot.waitUntil(lambda w=width: window.width() == w, timeout=WAIT_MS)  # type: ignore[misc]
        assert all(text.endswith("…") for text, _at, _align in line.placed())
        _titles_over_their_panes(window, left, right)
        assert "↔" not in "".join(text for text, _at, _align in line.placed())
    tip = tooltip_text(line.toolTip())
    assert "<FSI>" not in tip and "\u2068" in tip
    assert reads_in_order(tip, [left, "↔", right], line.font())


LONE_URDU = {
    "title": "سیلاب سے متاثرہ علاقے",
    "source": "Daily Waqt",
    "date": "2014-09-05",
    "text": "دریائے چناب میں سیلاب سے کئی دیہات زیر آب آ گئے۔\n\n"
    "امدادی ٹیمیں متاثرہ علاقوں میں پہنچ گئیں اور لوگوں کو محفوظ مقامات پر منتقل کیا۔",
}


def _title_cells(window: MainWindow) -> dict[str, QStyleOptionViewItem]:
    """Each document row's title cell as the list's delegate lays it out, by file name."""
    view, proxy = window.doc_list.view, window.doc_list.proxy
    found: dict[str, QStyleOptionViewItem] = {}

    def walk(parent: QModelIndex) -> None:
        for r in range(proxy.rowCount(parent)):
            index = proxy.index(r, 0, parent)
            doc = index.data(DOC_ROLE)
            if doc is not None:
                title = index.siblingAtColumn(TITLE)
                option = QStyleOptionViewItem()
                option.rect = view.visualRect(title)
                option.widget = view
                view.itemDelegateForIndex(title).initStyleOption(option, title)
                found[window.session.documents[int(doc)].name] = option
            walk(index)

    walk(QModelIndex())
    return found


def test_urdu_titles_start_at_the_left_of_the_title_cell(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A version's title is set a step in under its story's row, a lone article's stays at
    the column's edge: an Urdu title aligned as a right-to-left line is (from the right)
    hid both. Every title cell starts at its left edge, in its own direction. Found by a
    reviewer, filtering on "waqt"."""
    folder = _urdu_folder(tmp_path, {**URDU, "c.json": LONE_URDU})
    open_and_wait(qtbot, window, sorted(folder.iterdir()))
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    view = window.doc_list.view
    for typed in ("", "waqt"):
        if typed:
            window.doc_list.filter.setFocus()
            qtbot.keyClicks(window.doc_list.filter, typed)
            qtbot.waitUntil(lambda: "a.json" not in _title_cells(window), timeout=WAIT_MS)
        cells = _title_cells(window)
        assert {"b.json", "c.json"} <= set(cells)
        for option in cells.values():
            absolute_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
            assert option.displayAlignment & absolute_left == absolute_left
        text = {
            name: view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, o, view)
            for name, o in cells.items()
        }
        assert text["b.json"].left() >= text["c.json"].left() + view.indentation()
        # The title itself still reads right to left, and is cut with "…" when too long,
        # at its end, its left: drawn isolated, in its own direction (the "…" came at its
        # right, beside its first word, in the row's left-to-right direction).
        assert cells["c.json"].text == isolated(LONE_URDU["title"])
        assert view.textElideMode() == Qt.TextElideMode.ElideRight


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen, showing the tooltip
def test_the_heat_maps_line_keeps_each_urdu_title_in_its_place(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """ "1. APP · <title> ↔ 3. <outlet> · <title>": the outlet and the title each isolated,
    so the line reads left to right (a label isolated whole took its direction from its
    first letter: an Urdu outlet put its number at its right), and the tooltip says it as
    the line does ("<FSI>1. APP · …<PDI>" with the isolates shown as marks, reordered).
    Found by a reviewer."""
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from tests.ui.helpers import shown_heat_map
    from wirediff.core.reading import load_paths
    from wirediff.core.stories import build_story_index

    outlet = "روزنامہ دنیا"  # (an outlet no list knows: its name as written)
    folder = _urdu_folder(tmp_path, {**URDU, "c.json": {**URDU["b.json"], "source": outlet}})
    index = build_story_index(load_paths([folder]).documents)
    widget = shown_heat_map(qtbot, index, range(3))
    names = [index.documents[d].path.name for d in widget.matrix.docs]  # type: ignore[union-attr]
    first, third = names.index("a.json"), names.index("c.json")
    a, c = URDU["a.json"]["title"], URDU["b.json"]["title"]
    assert widget.labels[first] == f"{first + 1}. \u2068APP\u2069 · \u2068{a}\u2069"
    assert widget.labels[third] == f"{third + 1}. \u2068{outlet}\u2069 · \u2068{c}\u2069"
    line = widget.describe(first, third).split("\n")[0]
    order = [f"{first + 1}.", "APP", a, "↔", f"{third + 1}.", outlet, c]
    assert reads_in_order(line, order, widget.font())
    # Hovering the cell: the same line as a tooltip, its isolates kept.
    at = widget.cell_rect(first, third).center()
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        at.toPointF(),
        widget.mapToGlobal(at).toPointF(),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, move)
    qtbot.waitUntil(QToolTip.isVisible, timeout=WAIT_MS)
    tip = tooltip_text(QToolTip.text())
    QToolTip.hideText()
    assert "<FSI>" not in tip and "<PDI>" not in tip
    assert reads_in_order(tip.split("\n")[0], order, widget.font())


OLD, NEW = "بڑی چوری", "بڑی ڈکیتی"  # an Urdu change: "big theft" -> "big robbery"


def test_an_urdu_change_reads_old_then_new_in_flags_notes_and_the_report(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Flags & notes dialog's Change column, the changes panel's line about marks not
    found, and the evidence report's finding (the PDF: Qt's rich text ignores a span's dir):
    "old → new" with each side isolated, the arrow pointing from the old words to the new.
    The report's finding drew "“new” → “old”". Found by a reviewer."""
    from types import SimpleNamespace

    from wirediff.core.report.evidence import Finding
    from wirediff.core.report.evidence_html import _finding_text
    from wirediff.core.review.anchors import ChangeAnchor
    from wirediff.ui.panels.flags import change_text
    from wirediff.ui.shell.reviewing import orphan_line

    font = QFont()
    anchor = ChangeAnchor("replace", OLD, NEW, "یہ", "ہے", "یہ", "ہے")
    entry = SimpleNamespace(mark=SimpleNamespace(anchor=anchor))
    assert reads_in_order(change_text(entry), [OLD, "→", NEW], font)  # type: ignore[arg-type]
    moved = SimpleNamespace(mark=SimpleNamespace(anchor=ChangeAnchor("move", "", NEW, *"abcd")))
    said = change_text(moved)  # type: ignore[arg-type]
    assert "⇄" in said and NEW in said and "+" not in said  # as the list says it: "+ text"
    orphan = SimpleNamespace(
        mark=SimpleNamespace(anchor=anchor), reason=SimpleNamespace(value="gone")
    )
    line = orphan_line(orphan)  # type: ignore[arg-type]
    assert reads_in_order(line, [OLD, "→", NEW, "gone"], font)
    finding = Finding(1, 0, 2, "replace", OLD, NEW, True, "", "2026-01-01T00:00:00Z", "")
    document = QTextDocument()
    document.setHtml(f"<p>{_finding_text(0, finding)}</p>")
    text = document.toPlainText()
    assert "<FSI>" not in text
    assert reads_in_order(text, ["Flagged", OLD, "→", NEW], font)


def test_a_word_typed_on_an_arabic_keyboard_finds_the_urdu_spelling(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ي for ی, ك for ک, ه for ہ: the comparison takes them for one letter, the list filter
    ("No document matches") and Find ("no match") did not."""
    from wirediff.ui.diff.matching import pattern

    folder = _urdu_folder(tmp_path, {**URDU, "c.json": LONE_URDU})
    open_and_wait(qtbot, window, sorted(folder.iterdir()))
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    doc_list = window.doc_list
    arabic_keyboard = "سيلاب سے متاثره"  # ي and ه where the title has ی and ہ
    doc_list.filter.setText(arabic_keyboard)  # (QTest types ASCII only)
    doc_list._filter_now()
    names = [window.session.documents[d].name for d in doc_list.visible_order()]
    assert names == ["c.json"]
    assert pattern("كي").search("کی اور") and pattern("٢٧٤").search("274 رنز")
    assert not pattern("کی").search("کا")


def test_an_urdu_note_is_shown_in_its_own_direction_under_the_changes() -> None:
    """ "✎ Change 7: … تصدیق کریں (APP)۔" took the line's left-to-right direction: "(APP)۔"
    came first. An English note stays as it was."""
    from wirediff.ui.common.text import note_after

    urdu = "ڈیٹ لائن ہٹا دی گئی، تصدیق کریں (APP)۔"
    assert note_after("✎ Change 7: ", urdu, "(m)") == f"✎ Change 7: {isolated(urdu)}"
    long = note_after("✎ Change 7: ", urdu * 200, "(m)")
    assert long.endswith("…\u2069 (m)") and long.startswith("✎ Change 7: \u2068")
    assert note_after("✎ Change 7: ", "Check the figure", "(m)") == "✎ Change 7: Check the figure"


def test_the_move_picker_keeps_the_count_after_an_urdu_title(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ "… — 1 version, base c.json" after an Urdu title took its direction: "1 —" stood at
    the line's far left, before the title's last word."""
    folder = _urdu_folder(tmp_path, {**URDU, "c.json": LONE_URDU})
    open_and_wait(qtbot, window, sorted(folder.iterdir()))
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    window.doc_list.select(next(i for i, d in enumerate(window.documents) if d.name == "a.json"))
    window.actions_["move_to_story"].trigger()
    picker = window.commands.grouping.picker
    assert picker is not None
    texts = [picker.list.item(r).text() for r in range(picker.list.count())]
    lone = next(t for t in texts if "c.json" in t)
    assert lone.startswith(
        "1 version: " + LONE_URDU["title"] + "\u200e · Daily Waqt\u200e — base c.json"
    )
    assert "<LRM>" not in lone
    picker.reject()


def test_the_report_s_urdu_note_keeps_its_end_and_its_time_stamp_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The PDF (Qt's rich text ignores a span's dir): an Urdu note's "(APP)۔" came first and
    its time stamp read "00:00:00 2026-01-01"."""
    from wirediff.core.report.evidence import Finding
    from wirediff.core.report.evidence_html import _finding_text

    note = "تصدیق کریں (APP)۔"
    finding = Finding(1, 0, 2, "replace", OLD, NEW, True, note, "2026-01-01T00:00:00Z", "")
    document = QTextDocument()
    document.setHtml(f"<p>{_finding_text(0, finding)}</p>")
    text = document.toPlainText()
    font = QFont()
    # The note right to left, "(APP)" at its left end; the time stamp after it, in order.
    assert not reads_in_order(text, ["تصدیق", "(APP)"], font)
    assert reads_in_order(text, ["تصدیق", "2026-01-01", "00:00:00", "UTC"], font)
    # On a line of its own: a wrapped Arabic quote's tail ran into the note in the PDF.
    quoted, noted = text.split("\n")
    assert NEW in quoted and noted.startswith("✎ ") and note in noted


def test_right_to_left_cells_are_drawn_isolated(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The list's titles and group rows, and Flags & notes' notes (their "…" came at the
    right of an Urdu text, beside its first word)."""
    from wirediff.ui.panels.flags import NOTE_COLUMN, FlagsDialog
    from wirediff.ui.widgets.bidi_cells import IsolatingCells, drawn_isolated

    title = LONE_URDU["title"]
    assert drawn_isolated(title) == isolated(title)
    assert drawn_isolated(f"Story · 2 versions — {title}") == (
        f"Story · 2 versions — {isolated(title)}"
    )
    assert drawn_isolated("Story · 2 versions — Council budget") == (
        "Story · 2 versions — Council budget"
    )
    assert drawn_isolated("Café owners") == "Café owners"
    dialog = FlagsDialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog.view.itemDelegateForColumn(NOTE_COLUMN), IsolatingCells)


def test_an_urdu_note_is_written_from_the_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The note editor set an Urdu note's lines from the left (its last word alone there)."""
    from wirediff.ui.panels.notes import NoteEditor

    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.resize(400, 200)
    editor.show()

    def start_x() -> float:
        qtbot.wait(10)
        line = editor.text.document().firstBlock().layout().lineAt(0)
        return float(line.cursorToX(0)[0])

    editor.edit("Change 7", "ڈیٹ لائن ہٹا دی گئی")
    assert start_x() > editor.text.viewport().width() - 20  # its first letter at the right
    editor.edit("Change 7", "Check the figure")
    assert start_x() < 20


def test_find_skips_the_optional_marks_the_filter_skips(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The list found "عالَمی" for "عالمي" (harakat and tatweel dropped), Find said no match."""
    from wirediff.ui.common.text import note_after
    from wirediff.ui.diff.matching import pattern

    assert pattern("عالمي").search("عالَمی") and pattern("عالمي").search("عالـمی")
    # A note ending in a character that shows as a mark is not taken for a cut one.
    assert note_after("✎ Change 1: ", "ملاحظة\x00", "(m)") == "✎ Change 1: \u2068ملاحظة␀\u2069"


def test_inline_two_cut_urdu_titles_keep_their_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Inline (one pane), the line of two titles was cut as one: the "…" took the second
    title's isolating marks, and the two read the other way round."""
    from wirediff.ui.diff.header import TitleLine

    left = "جنوبی پاکستان میں سیلاب سے ایک لاکھ 20 ہزار افراد بے گھر، اقوام متحدہ کی اپیل"
    right = "سندھ میں سیلاب: 68 افراد جاں بحق، اقوام متحدہ کی 45 ملین ڈالر کی اپیل"
    line = TitleLine()
    qtbot.addWidget(line)
    line.set_title(f"{isolated(left)}  ↔  {isolated(right)}", (left, right))
    line.resize(420, line.height())
    shown = line.shown_text()
    assert shown.count("\u2068") == shown.count("\u2069") == 2 and "↔" in shown
    assert reads_in_order(shown, [left[:5], "↔", right[:4]], line.font())
    assert line.fontMetrics().horizontalAdvance(shown) <= 420


def test_a_selected_rows_cell_draws_no_focus_box_of_its_own(qapp) -> None:  # type: ignore[no-untyped-def]
    """The list's selected row showed an inset box in its mark column (the current cell's
    focus box inside the row's highlight). Found by a keyboard-only tester."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

    from wirediff.ui.widgets.bidi_cells import IsolatingCells

    model = QStandardItemModel()
    model.appendRow([QStandardItem("◆"), QStandardItem("A title")])
    view = QTreeView()
    view.setModel(model)
    delegate = IsolatingCells(view)
    focus, selected = QStyle.StateFlag.State_HasFocus, QStyle.StateFlag.State_Selected
    for state, kept in ((focus | selected, False), (focus, True)):
        option = QStyleOptionViewItem()
        option.state = state
        delegate.initStyleOption(option, model.index(0, 0))
        assert bool(option.state & focus) is kept


def test_an_edit_of_look_alike_letters_says_which_letters_changed() -> None:
    """ "подстанцию → подстанцию" (a Latin o in the new one) told a media monitor nothing:
    the line says which letters differ."""
    from wirediff.ui.common.text import change_line, flat

    said = flat(change_line("replace", "подстанцию", "пoдстанцию"))
    assert said == "подстанцию → пoдстанцию (Latin o for Cyrillic о)"
    assert flat(change_line("replace", "подстанцию", "подстанции")) == "подстанцию → подстанции"


def test_a_story_view_column_under_an_arabic_outlet_reads_its_date_year_first(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A column's heading took its direction from its first letter, an Arabic outlet's:
    the date and time under it read "16:20 2021-07-25" (an Arabic editor's re-check)."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name, article in ARTICLES.items():
        timed = {**article, "date": article["date"] + "T16:20:00"}
        (folder / name).write_text(json.dumps(timed, ensure_ascii=False), encoding="utf-8")
    open_and_wait(qtbot, window, sorted(folder.iterdir()))
    qtbot.waitUntil(lambda: window.index is not None, timeout=WAIT_MS)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    from PySide6.QtWidgets import QStyleOptionHeader

    view = window.parts.story_view
    qtbot.waitUntil(lambda: view.model.columnCount() == 2, timeout=WAIT_MS)
    header = view.table.horizontalHeader()
    for column in range(2):
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, column)  # (the text the header draws)
        text = option.text
        layout = QTextLayout(text.replace("\n", "\u2028"), QFont())
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # (as a header's)
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while (line := layout.createLine()).isValid():
            lines.append(line)
        layout.endLayout()
        date_line = next(
            line for line in lines if "16:20" in text[line.textStart() :][: line.textLength()]
        )
        start = date_line.textStart()
        year, time = text.index("2021", start), text.index("16:20", start)
        assert date_line.cursorToX(year)[0] < date_line.cursorToX(time)[0], text


def test_a_cut_arabic_pane_heading_keeps_each_part_whole_and_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A pane's heading (outlet · byline · date · file name) was cut in its middle as one
    text: the "…" took isolating marks away, and an Arabic page's heading read "اليوم
    المصري · by 0261203…كتب أحمد…T1030_metro-line4.html", its file name in two, its day
    gone (a managing editor's walkthrough). The widest part is cut, each in its isolate."""
    from wirediff.core.display import in_order
    from wirediff.ui.diff.header import PaneHeader

    parts = ["اليوم المصري", "by أحمد سمير", "12-03 10:30", "alyoum_20261203T1030_metro-line4.html"]
    header = PaneHeader("left_title")
    qtbot.addWidget(header)
    header.set_title(in_order(parts, " · "))
    header.title.resize(330 + 4, header.height())  # (its margins: 2 pixels each end)
    shown = header.title.shown_text()
    assert header.title.is_cut()
    # (the byline left to the tooltip: the file's name tells versions apart)
    assert shown.count("\u2068") == shown.count("\u2069") == 3
    assert "12-03 10:30" in shown and "by" not in shown and "…" in shown
    assert reads_in_order(shown, ["المصري", "12-03", "aly"], header.font())
    assert header.fontMetrics().horizontalAdvance(shown) <= 330
    for room in (120, 20):  # too narrow for each part cut: never wider than the pane
        header.title.resize(room + 4, header.height())
        assert header.fontMetrics().horizontalAdvance(header.title.shown_text()) <= room


def test_every_row_of_an_arabic_storys_panel_shows_its_numbers(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The panel's rows were all as tall as the base's ("◆ اليوم المصري", "base"): too short
    for a version's numbers ("−", "~" drawn in a fallback font), and every version of an
    Arabic story showed "copy…" and no second line (a managing editor's walkthrough)."""
    open_and_wait(qtbot, window, articles(tmp_path / "news"))
    panel = window.changes.story
    view = panel.view
    qtbot.waitUntil(
        lambda: any("similar" in view.topLevelItem(k).text(0) for k in range(2)), timeout=WAIT_MS
    )
    for row in range(view.topLevelItemCount()):
        rect = view.visualRect(view.indexFromItem(view.topLevelItem(row)))
        assert rect.height() >= view.sizeHintForRow(row)
    assert panel.view.height() >= sum(view.sizeHintForRow(r) for r in range(2))


def test_one_arabic_title_over_the_panes_reads_right_to_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A document alone (or two of one title): the line over the panes drew its Arabic
    title left to right, its English words between the wrong Arabic ones ("اتفاقية"
    at the far left; an Arabic media monitor's walkthrough). It is drawn from the right."""
    from wirediff.ui.diff.header import TitleLine

    line = TitleLine()
    qtbot.addWidget(line)
    line.resize(700, line.height())
    line.show()

    def drawn(title: str):  # type: ignore[no-untyped-def]
        line.set_title(title)
        return line.grab().toImage()

    title = "اتفاقية Smart Customs بين الإمارات ومصر"
    plain, other = drawn(title), drawn(title.replace("Smart", "Xmart"))
    xs = [
        x
        for x in range(plain.width())
        for y in range(plain.height())
        if plain.pixel(x, y) != other.pixel(x, y)
    ]
    assert xs and min(xs) > plain.width() // 2  # ("Smart" right of the middle, after اتفاقية)


def test_the_reports_change_table_quotes_arabic_words_inside_their_span() -> None:
    """The evidence report's change table set "“" and "”" outside an Arabic quote's span,
    in a left-to-right cell: the opening mark stood beside the quote's last word (an Arabic
    media monitor's walkthrough). The marks go inside the span, isolated."""
    from wirediff.core.report.evidence_html import _quote

    quoted = _quote(OLD)
    assert quoted.startswith("\u2068<span") and quoted.endswith("</span>\u2069")
    assert f">“{OLD}”</span>" in quoted and 'dir="rtl"' in quoted


def test_a_tooltip_line_under_an_arabic_title_keeps_its_own_direction(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A list row's tooltip: its Arabic title, then the file's path, in one paragraph read
    right to left: "tmp/news//" (an Arabic media monitor's walkthrough). Each line is a
    paragraph of its own direction; a blank line still parts two of them."""
    from wirediff.ui.common.text import plain_tooltip

    document = QTextDocument()
    document.setHtml(plain_tooltip("اتفاقية Smart Customs\n/tmp/news/a.txt\n\nread as utf-8"))
    block, directions = document.begin(), []
    while block.isValid():
        directions.append((block.text(), block.textDirection()))
        block = block.next()
    assert directions == [
        ("اتفاقية Smart Customs", Qt.LayoutDirection.RightToLeft),
        ("/tmp/news/a.txt", Qt.LayoutDirection.LeftToRight),
        ("read as utf-8", Qt.LayoutDirection.LeftToRight),
    ]
    assert "margin-top:1em" in plain_tooltip("a\n\nb")


def test_a_narrow_pane_heading_gives_up_its_byline_before_the_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A Hebrew page's heading showed its byline whole and its day as "7 …0)"; a Wayback
    capture's as "w…l" (a Hebrew desk's and a Wikipedia editor's walkthroughs): no part is
    cut below a fair width while a byline stands, which goes first (it is in the tooltip)."""
    from wirediff.core.display import in_order
    from wirediff.ui.diff.header import PaneHeader

    parts = ["הארץ", "by נועה לנדאו", "7 Dec 2026 00:15", "haaretz_taktziv.html"]
    header = PaneHeader("right_title")
    qtbot.addWidget(header)
    header.set_title(in_order(parts, " · "))
    metrics = header.fontMetrics()
    room = metrics.horizontalAdvance(in_order([p for p in parts if p[:3] != "by "], " · "))
    header.title.resize(room + 4, header.height())
    shown = header.title.shown_text()
    assert "7 Dec 2026 00:15" in shown and "haaretz_taktziv.html" in shown and "by" not in shown
    header.title.resize(metrics.horizontalAdvance(in_order(parts, " · ")) + 4, header.height())
    assert "by נועה לנדאו" in header.title.shown_text()  # (whole where it fits)


def test_a_narrow_pane_heading_leaves_its_dates_zone_out_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A Persian page's heading read "2026-1…03:30)": its day cut for its zone (a re-check
    of a Persian desk's walkthrough). The zone goes first; the whole is in the tooltip."""
    from wirediff.core.display import in_order
    from wirediff.ui.diff.header import PaneHeader

    parts = ["خبرگزاری فارس", "2026-12-06 07:45 (UTC+03:30)", "fars_zelzele.html"]
    header = PaneHeader("right_title")
    qtbot.addWidget(header)
    header.set_title(in_order(parts, " · "))
    shorter = in_order([parts[0], "2026-12-06 07:45", parts[2]], " · ")
    header.title.resize(header.fontMetrics().horizontalAdvance(shorter) + 4, header.height())
    shown = header.title.shown_text()
    assert "2026-12-06 07:45" in shown and "UTC" not in shown and "fars_zelzele.html" in shown


def _quotes_apart(text: str, font: QFont, width: int) -> bool:
    """In ``text`` laid out as a word-wrapped left-to-right label ``width`` wide, the line
    holding "quotes changed"'s arrow has the old quote's letters on its left and the new
    one's on its right."""
    start = text.index("quotes changed: ") + len("quotes changed: ")
    arrow = text.index(" → ", start)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(line)
    layout.endLayout()
    (line,) = [ln for ln in lines if ln.textStart() <= arrow < ln.textStart() + ln.textLength()]
    end = line.textStart() + line.textLength()

    def xs(chars: range) -> list[float]:
        return [line.cursorToX(i)[0] for i in chars if text[i].isalpha()]

    old, new = xs(range(max(start, line.textStart()), arrow)), xs(range(arrow + 3, end))
    at = line.cursorToX(arrow + 1)[0]
    return len(lines) > 1 and all(x < at for x in old) and all(x > at for x in new)


_OLD_QUOTE = (
    "«بر اساس آخرین گزارش‌ها، سه نفر جان باخته‌اند و ۴۷ نفر مصدوم شده‌اند که ۱۲ نفر از آنان "
    "در بیمارستان …»"
)
_NEW_QUOTE = _OLD_QUOTE.replace("۴۷", "52").replace("۱۲", "12")


@pytest.mark.parametrize("width", [420, 520, 620, 900])
def test_a_persian_quote_changed_keeps_its_arrow_between_the_quotes_in_the_banner(
    qtbot, width: int
) -> None:  # type: ignore[no-untyped-def]
    """The banner's "quotes changed: «…» → «…»" of a Persian copy wrapped with the arrow
    inside the old quote, the new quote's start before the old one's end (a re-check of a
    Persian desk's walkthrough): each quotation is laid out in its own direction, the words
    unchanged, and a reader is read the sentence without the isolates."""
    from wirediff.ui.common.text import flat
    from wirediff.ui.panels.banner import RelationBanner

    sentence = (
        "Edited version of IRNA's story: 100% of its sentences kept; figures changed: "
        f"۴۷ → 52 (×2); quotes changed: {_OLD_QUOTE} → {_NEW_QUOTE}"
    )
    banner = RelationBanner()
    qtbot.addWidget(banner)
    banner.resize(width, 20)
    banner.show()
    banner.show_text(sentence, [_OLD_QUOTE, _NEW_QUOTE])
    shown = banner.text()
    assert flat(shown) == sentence == banner.accessibleDescription()
    assert _quotes_apart(shown, banner.font(), banner.contentsRect().width())


def test_a_quotes_own_bidi_controls_stay_shown_in_the_banner(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A quotation holding its own isolate or override is shown with it as a mark, as any
    data the banner names: only the banner's isolates are obeyed."""
    from wirediff.core.display import FSI, PDI
    from wirediff.ui.panels.banner import RelationBanner

    hostile = _OLD_QUOTE.replace("سه", f"سه{PDI}\u202e")
    banner = RelationBanner()
    qtbot.addWidget(banner)
    banner.show_text(f"Copy; quotes changed: {hostile} → {_NEW_QUOTE}", [hostile, _NEW_QUOTE])
    shown = banner.text()
    assert "<PDI><RLO>" in shown and "\u202e" not in shown
    assert shown.count(FSI) == shown.count(PDI) == 2


def test_the_reports_lay_each_quote_changed_in_its_own_direction(tmp_path: Path) -> None:
    """The compare HTML report and the evidence report (its PDF laid out as Qt's rich text
    lays it out) wrapped a Persian "quotes changed: «…» → «…»" with the arrow inside the
    old quote (a re-check of a Persian desk's walkthrough)."""
    from wirediff.core.compare import compare
    from wirediff.core.report.html import render_html

    said = "رئیس سازمان مدیریت بحران استان کرمان گفت: "
    (tmp_path / "a.txt").write_text(f"زلزله راور\n\n{said}{_OLD_QUOTE}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"زلزله راور\n\n{said}{_NEW_QUOTE}\n", encoding="utf-8")
    left, right = (read_document(tmp_path / name) for name in ("a.txt", "b.txt"))
    page = render_html(compare(left.text, right.text), left, right)
    assert re.search("quotes changed: <bdi>«[^<]*۴۷[^<]*»</bdi> → <bdi>«[^<]*52[^<]*»</bdi>", page)
    document = QTextDocument()
    document.setHtml(render_report(pair_report(left, right), for_print=True))
    document.setTextWidth(500)
    document.documentLayout().documentSize()
    block = document.begin()
    while block.isValid() and "quotes changed: " not in block.text():
        block = block.next()
    assert block.isValid()
    text = block.text()
    assert _quotes_apart(text[: text.index(" · ", text.index("quotes changed"))], QFont(), 500)


def test_the_story_panel_keeps_an_arabic_outlet_apart_from_its_file_name(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Two versions of one Arabic paper named by outlet and file: the panel drew "1130… ·
    جريدة الفرات.html · edited", the outlet run into the file's name (an Arabic desk's
    walkthrough). Each part is laid out in its own direction, in this order."""
    folder = tmp_path / "news"
    folder.mkdir()
    body = "قال الرئيس إن الشركة ستستثمر في مصر.\n\nبلغ عدد القتلى ٢٥ شخصا في الحادث."
    for stamp, text in (("1130", body), ("1245", body.replace("٢٥", "٢٦"))):
        article = {"title": "الرئيس يزور مصر", "source": "جريدة الفرات", "date": "2021-07-24"}
        path = folder / f"albayan_budget_{stamp}.json"
        path.write_text(json.dumps({**article, "text": text}, ensure_ascii=False), "utf-8")
    open_and_wait(qtbot, window, sorted(folder.iterdir()))
    view = window.changes.story.view
    levels = ("copy", "edited", "rewrite", "independent")

    def firsts() -> list[str]:
        return [
            view.topLevelItem(k).text(0).split("\n")[0] for k in range(view.topLevelItemCount())
        ]

    qtbot.waitUntil(lambda: any(f.endswith(levels) for f in firsts()), timeout=WAIT_MS)
    for first in firsts():
        stamp = re.search(r"1130|1245", first)
        assert stamp is not None, first
        parts = ["جريدة الفرات", "·", stamp.group(), ".json"]
        level = [word for word in levels if first.endswith(f" · {word}")]
        assert reads_in_order(first, parts + level, view.font()), first


def test_a_cut_right_to_left_title_stays_inside_its_cell(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A story row's Arabic title cut at the list's edge lost its first word, "محمد", under
    the right border (an Arabic desk's walkthrough): Qt's cut text ran a few pixels wider
    than the room it was cut for, and a slanted (italic) letter further. At every width the
    ink of the drawn text stays inside the cell's text room."""
    from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from wirediff.ui.widgets.bidi_cells import IsolatingCells

    title = "محمد بن راشد يعتمد الميزانية العامة لحكومة دبي للأعوام 2027-2029 بإنفاق 302 مليار"
    model = QStandardItemModel()
    for text, italic in (
        (f"Story · 4 versions (its own event) — {title}", True),
        (title, False),
        (f"«الوطني للأرصاد»: {title}", True),
    ):
        item = QStandardItem(text)
        font = QFont(item.font())
        font.setItalic(italic)  # (as a story's row is)
        item.setFont(font)
        model.appendRow(item)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setHeaderHidden(True)
    view.setRootIsDecorated(False)
    view.setModel(model)
    view.setItemDelegate(IsolatingCells(view))
    view.show()
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    background = QColor(view.palette().base().color()).lightness()
    over = []
    for width in range(180, 600, 3):
        view.resize(width + 2 * view.frameWidth(), 80)
        view.header().resizeSection(0, view.viewport().width())
        image = view.viewport().grab().toImage()
        for row in range(model.rowCount()):
            rect = view.visualRect(model.index(row, 0))
            room_end = rect.right() + 1 - margin  # (the text's room: the cell's, less Qt's margins)
            inked = [
                x
                for x in range(room_end - 6, rect.right() + 1)
                for y in range(rect.top(), rect.bottom() + 1)
                if abs(QColor(image.pixel(x, y)).lightness() - background) > 40
            ]
            if inked and max(inked) >= room_end:
                over.append((width, row, max(inked) - room_end + 1))
    assert not over, over[:20]  # (width, row, pixels past the room)
