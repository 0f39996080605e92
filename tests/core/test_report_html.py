"""The HTML report: every row kind and file name escaped."""

from tests.core.helpers import lines
from wirediff.core.compare import compare
from wirediff.core.report.html import render_html
from wirediff.core.result import RowKind


def test_html_escapes_every_row_kind_and_name():
    markup = "<b>x</b> & <script>alert(1)</script>"
    moved = f"Moved paragraph with {markup} inside it."
    kept = f"Last <em>{markup}</em> stays here for good."
    left = lines(moved, f"Kept {markup} here.", "Gone <i>.", kept)
    right = lines(f"Kept {markup} here.", moved, "New <u>.", kept.replace("good", "ever"))
    result = compare(left, right)
    kinds = {r.kind for r in result.rows}
    assert kinds >= {RowKind.MOVED, RowKind.CHANGED}
    page = render_html(result, 'a"<x>.txt', "b&c.txt")
    for raw in ("<b>", "<script", "<i>", "<u>", '"<x>'):
        assert raw not in page
    assert "&lt;script&gt;" in page and "a&quot;&lt;x&gt;.txt" in page and "b&amp;c.txt" in page


def test_html_escapes_deleted_and_inserted_rows():
    result = compare(lines("Only <i>here</i> & gone."), lines("Only <u>there</u> & new.", "<b>"))
    page = render_html(result, "l", "r")
    assert "<i>" not in page and "<u>" not in page and "<b>" not in page
    assert "&lt;i&gt;" in page and "&lt;u&gt;" in page
