"""A web page's tables read as the Word and PDF readers read them: a paragraph per cell.

trafilatura writes a table as Markdown ("| C | Waste incineration | 200,000 | 10,000 |",
a "|---|" line under its header): the same unchanged schedule of a bill, in a page and in
the .docx or .pdf of the same draft, differed in every row.
"""

from __future__ import annotations

from pathlib import Path

from tests.core.reading.samples import make_docx
from wirediff.core.reading import ReaderOptions, read_document
from wirediff.core.reading.markup import html_to_text

LEAD = [
    "Schedule 1 sets out the maximum monetary penalties for each category of installation "
    "that the Authority may impose under section 40 of this Act.",
    "The Authority shall review the penalties in this Schedule every five years and publish "
    "the results of its review in the form prescribed by regulations.",
]
ROWS = [
    ["Category", "Installations", "Maximum penalty (EUR)"],
    ["A", "Combustion plants 1-50 MW", "25,000"],
    ["C", "Waste incineration", "200,000"],
    ["K", "Pipes | and valves", "1,000"],  # a "|" in a cell is text ("\|" in Markdown)
]
AFTER = "This Schedule comes into force on the day after the Act is published in the Gazette."


def _page(rows: list[list[str]], empty_cell: bool = False) -> str:
    head = "".join(f"<th>{cell}</th>" for cell in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows[1:]
    )
    if empty_cell:
        body += "<tr><td>Z</td><td></td><td> </td></tr>"
    paragraphs = "".join(f"<p>{p}</p>" for p in LEAD)
    return (
        "<html><head><title>Clean Air Bill</title></head><body><article>"
        f"<h1>Clean Air Bill</h1>{paragraphs}<table><tr>{head}</tr>{body}</table>"
        f"<p>{AFTER}</p></article></body></html>"
    )


def _paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_a_table_reads_the_same_in_a_page_and_in_a_word_file(tmp_path: Path) -> None:
    page = tmp_path / "bill.html"
    page.write_text(_page(ROWS), encoding="utf-8")
    word = tmp_path / "bill.docx"
    word.write_bytes(make_docx(["Clean Air Bill", *LEAD], rows=ROWS, xml=_word_paragraph(AFTER)))
    html_text, docx_text = read_document(page).text, read_document(word).text
    assert "|" not in html_text.replace("Pipes | and", "")
    assert _paragraphs(html_text) == _paragraphs(docx_text)
    assert _paragraphs(html_text)[3:7] == [
        "Category",
        "Installations",
        "Maximum penalty (EUR)",
        "A",
    ]
    assert "Pipes | and valves" in _paragraphs(html_text)


def _word_paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_page_table_leaves_its_empty_cells_out_as_word_does(tmp_path: Path) -> None:
    page = tmp_path / "bill.html"
    page.write_text(_page(ROWS, empty_cell=True), encoding="utf-8")
    lines = _paragraphs(read_document(page).text)
    assert lines[-2:] == ["Z", AFTER]


def test_a_big_page_read_simply_has_a_paragraph_per_cell(tmp_path: Path) -> None:
    """The simple extractor (pages past trafilatura's caps) ran a row's cells together:
    "CWaste incineration200,000"."""
    assert html_to_text("<table><tr><td>C</td><td>Waste <b>incin</b>eration</td></tr></table>") == (
        "C\n\nWaste incineration"
    )
    page = tmp_path / "big.html"
    page.write_text(_page(ROWS), encoding="utf-8")
    text = read_document(page, options=ReaderOptions(html_max_tags=10)).text
    assert "C\n\nWaste incineration\n\n200,000" in text
