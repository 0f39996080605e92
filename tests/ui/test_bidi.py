"""Right-to-left text beside other text, as drawn: the two sides of a change, a date after an
Arabic outlet, in the window and in the evidence report. Laid out by Qt as the views lay
them out (one left-to-right line), and measured: where each part is drawn."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument, QTextLayout, QTextOption

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.core.reading import read_document
from wirediff.core.report.evidence import pair_report
from wirediff.core.report.evidence_html import render_report
from wirediff.ui.shell.window import MainWindow

ARTICLES = {
    "a.json": {
        "title": "الرئيس يزور مصر اليوم",
        "source": "الجزيرة",
        "date": "2021-07-24",
        "text": "قال الرئيس إن الشركة ستستثمر في مصر.\n\nبلغ عدد القتلى ٢٥ شخصا في الحادث.",
    },
    "b.json": {
        "title": "الرئيس يزور مصر اليوم",
        "source": "العربية",
        "date": "2021-07-25",
        "text": "قال الرئيس إن الشركة ستستثمر في مصر.\n\nبلغ عدد القتلى ٢٦ شخصا في الحادث.",
    },
}


def articles(folder: Path) -> list[Path]:
    folder.mkdir()
    for name, article in ARTICLES.items():
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


def test_an_arabic_change_reads_old_then_new(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Drawn "٢٦ → ٢٥": the new text left of the arrow. Found by fuzzing the app."""
    open_and_wait(qtbot, window, articles(tmp_path / "news"))
    model = window.changes.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    shown = model.index(0, 3).data()
    assert reads_in_order(shown, ["٢٥", "→", "٢٦"], window.changes.font())
    assert "\u2068" not in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)  # no marks there


def test_a_date_after_an_arabic_outlet_reads_year_first(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The pane headers drew "الجزيرة · 2021-07-24" as "24-07-2021 · الجزيرة"."""
    open_and_wait(qtbot, window, articles(tmp_path / "news"))
    label = window.diff.headers[0].title
    text = label.text()
    assert reads_in_order(text, ["الجزيرة", "2021", "07", "24", "a.json"], label.font())


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
