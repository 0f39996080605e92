"""Article text is shown literally: markup in an article is never interpreted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import open_and_wait
from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.common.text import flat, plain_tooltip
from wirediff.ui.doclist.columns import TITLE
from wirediff.ui.shell.window import MainWindow

MARKUP = (
    "Officials said <script>alert(1)</script> and <img src=x onerror=alert(2)> "
    "AT&amp;T <b>bold</b>."
)


INSERTED = "<script>inserted()</script> A paragraph only the second version has, <b>bold</b>."


def test_markup_in_articles_is_shown_literally(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text(
        f"<i>Breaking</i> headline one\n\n{MARKUP}\n\nThe end of the story is here.\n",
        encoding="utf-8",
    )
    right.write_text(
        f"<i>Breaking</i> headline two\n\n{MARKUP} More.\n\n{INSERTED}\n\n"
        "The end of the story is here.\n",
        encoding="utf-8",
    )
    open_and_wait(qtbot, window, [left, right])
    for pane in (window.diff.left, window.diff.right):
        text = pane.toPlainText()
        assert "<script>alert(1)</script>" in text
        assert "<img src=x onerror=alert(2)>" in text
        assert "AT&amp;T" in text and "<b>bold</b>" in text
        html = pane.document().toHtml()
        assert "&lt;script&gt;" in html and "<img" not in html
    window.actions_["inline"].setChecked(True)
    assert "<script>alert(1)</script>" in window.diff.left.toPlainText()
    # Titles are shown as typed, in plain-text labels; tooltips (which Qt would guess to be
    # HTML) are escaped.
    model = window.doc_list.model
    flags = Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly
    (first,) = model.match(model.index(0, 0), DOC_ROLE, 0, 1, flags)
    title = model.itemFromIndex(first.siblingAtColumn(TITLE))
    assert "<i>Breaking</i>" in title.text()
    assert "&lt;i&gt;Breaking&lt;/i&gt;" in title.toolTip() and "<i>" not in title.toolTip()
    header = window.diff.title  # the title line over both panes
    assert "<i>Breaking</i>" in header.text()
    assert header.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;i&gt;" in header.toolTip() and "<i>" not in header.toolTip()
    assert "&lt;b&gt;x&lt;/b&gt; &amp;amp;" in plain_tooltip("<b>x</b> &amp;")
    # The change that inserts the paragraph with markup: its excerpt is plain text, and its
    # tooltip escaped.
    changes = window.changes.model
    shown = [changes.index(r, 3).data() for r in range(changes.rowCount())]
    inserted = [r for r, excerpt in enumerate(shown) if "inserted()" in excerpt]
    assert len(inserted) == 1 and "<script>inserted()</script>" in shown[inserted[0]]
    tip = changes.data(changes.index(inserted[0], 3), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;script&gt;inserted()&lt;/script&gt;" in tip and "<script>" not in tip


def test_the_status_line_shows_a_name_that_is_not_utf8_and_counts_one_change(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A byte that is not UTF-8 stays visible (b\\xff.txt, as the list shows it), not
    dropped (b\\xff.txt and b\\xfe.txt both read "b.txt"); one change is "1 change"."""
    left, right = tmp_path / "a.txt", tmp_path / "b\udcff.txt"
    left.write_text("The council met on Monday.\n\nIt approved the budget.\n", encoding="utf-8")
    right.write_text("The council met on Tuesday.\n\nIt approved the budget.\n", encoding="utf-8")
    open_and_wait(qtbot, window, [left, right])
    names = [window.session.documents[i].path.name for i in range(2)]
    window.doc_list.select(names.index("a.txt"))
    qtbot.wait(200)
    window.doc_list.select(names.index("b\udcff.txt"))
    qtbot.waitUntil(lambda: "similar" in window.status_label.text(), timeout=10_000)
    status = flat(window.status_label.text())  # (without the names' bidi isolates)
    assert "a.txt ↔ b\\xff.txt: " in status and status.endswith("similar, 1 change")


def test_a_pane_heading_names_the_byline() -> None:
    """A page's byline is read apart from its text: a capture that added "By Hannah Ortiz"
    showed it nowhere (found by a corrections researcher). The heading says it, after the
    outlet, cut when long, its controls shown as marks."""
    from dataclasses import replace

    from wirediff.core.document import Document
    from wirediff.ui.common.text import flat, heading

    doc = Document(Path("/news/a.html"), "Flood toll rises\n", "Flood toll rises")
    doc = replace(doc, source="The Valley Herald", date="2026-03-14T09:10:00")
    assert "by" not in flat(heading(doc))
    said = flat(heading(replace(doc, byline="Hannah Ortiz")))
    assert said == "The Valley Herald · by Hannah Ortiz · 2026-03-14 09:10 · a.html"
    long = flat(heading(replace(doc, source="", byline="x" * 200 + "\u202e")))
    assert long.startswith("by xxx") and len(long) < 100 and "\u202e" not in long
    # a byline that is the outlet says nothing more ("PA Media · by PA Media": a walkthrough)
    pa = replace(doc, source="PA Media", byline="PA Media")
    assert flat(heading(pa)) == "PA Media · 2026-03-14 09:10 · a.html"
