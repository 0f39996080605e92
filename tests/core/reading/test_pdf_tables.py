"""A table in a PDF reads a row a line, as in a Word file or a page (``cells_as_rows``)."""

from __future__ import annotations

from pathlib import Path

from tests.core.reading.samples import make_docx
from wirediff.core.compare import compare
from wirediff.core.quoting import changed_figures
from wirediff.core.reading import read_document

LEAD = "The Committee recorded the contributions to the trust fund for the biennium."
ROWS = [
    ["Member State", "2023", "2024"],
    ["Austria", "1,250", "1,300"],
    ["Norway", "2,400", "2,100"],
]
AFTER = "The secretariat will report on the fund at the next session of the Committee."


def _printed(rows: list[list[str]], more: str = "") -> bytes:
    """Qt's PDF writer's table: each cell set apart, and pypdf gives each its own line."""
    from wirediff.export.pdf import html_to_pdf

    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    body = f"<p>{LEAD}</p><table cellpadding='4'>{cells}</table><p>{AFTER}</p>{more}"
    return html_to_pdf(body)


def test_a_pdf_tables_cells_read_as_its_rows(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A translation reviser's report as .docx against its next revision as .pdf: each
    cell of the PDF's table was a paragraph, "2,100 → 2,150" a deletion and an insertion,
    and no figure changed was said. Prose in two fonts is no table."""
    word = tmp_path / "r1.docx"
    word.write_bytes(make_docx([LEAD], rows=ROWS, xml=f"<w:p><w:r><w:t>{AFTER}</w:t></w:r></w:p>"))
    later = [[*row[:2], "2,150" if row[2] == "2,100" else row[2]] for row in ROWS]
    bold = "<p>A line in two fonts: <b>bold words</b> and plain words again.</p>"
    pdf = tmp_path / "r2.pdf"
    pdf.write_bytes(_printed(later, bold))
    text = read_document(pdf).text
    assert "Norway \t2,400 \t2,150" in text.splitlines()
    assert "A line in two fonts: bold words and plain words again." in text.splitlines()
    result = compare(read_document(word).text, text)
    assert changed_figures(result)[0] == ["2,100 → 2,150"]
    assert len(result.changes) == 2  # the figure, and the line added
