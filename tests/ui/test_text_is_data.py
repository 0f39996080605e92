"""Article text is shown literally: markup in an article is never interpreted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import open_and_wait
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.shell.window import MainWindow

MARKUP = (
    "Officials said <script>alert(1)</script> and <img src=x onerror=alert(2)> "
    "AT&amp;T <b>bold</b>."
)


def test_markup_in_articles_is_shown_literally(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text(
        f"Headline one\n\n{MARKUP}\n\nThe end of the story is here.\n", encoding="utf-8"
    )
    right.write_text(
        f"Headline two\n\n{MARKUP} More.\n\nThe end of the story is here.\n", encoding="utf-8"
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
    # Titles are shown as typed; tooltips (which Qt would guess to be HTML) are escaped.
    assert "<i>" not in window.doc_list.model.item(0, 1).toolTip()
    assert "&lt;b&gt;x&lt;/b&gt; &amp;amp;" in plain_tooltip("<b>x</b> &amp;")
    model = window.changes.model
    tips = [
        model.data(model.index(r, 3), Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())
    ]
    assert any("&lt;script&gt;" in t or "More" in t for t in tips)
    assert not any("<script>" in t for t in tips)
    # The changes list shows excerpts as plain text too.
    excerpts = " ".join(window.changes.model.excerpts)
    assert "More" in excerpts
