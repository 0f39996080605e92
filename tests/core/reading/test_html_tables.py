"""A table reads alike in every format: a paragraph per row, its cells tab-joined.

trafilatura writes a table as Markdown ("| C | Waste incineration | 200,000 | 10,000 |",
a "|---|" line under its header): the same unchanged schedule of a bill, in a page and in
the .docx or .pdf of the same draft, differed in every row. Read a cell a paragraph (in Word
files and pages), the schedule against the same schedule typed in a .txt (a row a line) was
dozens of changes, and the fines changed in it were in no list of figures changed.
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
    assert _paragraphs(html_text)[3:5] == [
        "Category \tInstallations \tMaximum penalty (EUR)",
        "A \tCombustion plants 1-50 MW \t25,000",
    ]
    assert "K \tPipes | and valves \t1,000" in _paragraphs(html_text)


def _word_paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_page_table_leaves_its_empty_cells_out_as_word_does(tmp_path: Path) -> None:
    page = tmp_path / "bill.html"
    page.write_text(_page(ROWS, empty_cell=True), encoding="utf-8")
    lines = _paragraphs(read_document(page).text)
    assert lines[-2:] == ["Z", AFTER]


def test_a_big_page_read_simply_has_a_paragraph_per_row(tmp_path: Path) -> None:
    """The simple extractor (pages past trafilatura's caps) ran a row's cells together:
    "CWaste incineration200,000"."""
    assert html_to_text("<table><tr><td>C</td><td>Waste <b>incin</b>eration</td></tr></table>") == (
        "C \tWaste incineration"
    )
    page = tmp_path / "big.html"
    page.write_text(_page(ROWS), encoding="utf-8")
    text = read_document(page, options=ReaderOptions(html_max_tags=10)).text
    assert "\n\nC \tWaste incineration \t200,000\n\n" in text
    assert _paragraphs(text)[3:] == _paragraphs(read_document(tmp_path / "big.html").text)[3:]


def test_markup_left_open_still_makes_rows() -> None:
    """HTML may leave "</td>" and "</tr>" out; a table in a cell is a line of that cell."""
    assert html_to_text("<table><tr><td>A<td>1<tr><td>B<td>2</table><p>After") == (
        "A \t1\n\nB \t2\n\nAfter"
    )
    inner = "<table><tr><td>x</td><td>y</td></tr></table>"
    assert html_to_text(f"<table><tr><td>Outer</td><td>{inner}</td></tr></table>") == (
        "Outer \tx y"
    )
    assert html_to_text("<table><tr><td>\x1fA</td><td>B</td></tr>") == "A \tB"  # (left open)


SCHEDULE_TXT = """Schedule 1 — Fixed penalties

Offence                               Provision   Fixed penalty
Operating premises without a licence  section 53  £5,000
Breach of a mandatory condition       section 54  £1,000
"""
SCHEDULE_MD = """## Schedule 1 — Fixed penalties

| Offence | Provision | Fixed penalty |
|---|:---:|---:|
| Operating premises without a licence | section 53 | £5,000 |
| Breach of a mandatory condition | section 54 | £1,000 |
"""
SCHEDULE = [
    ["Offence", "Provision", "Fixed penalty"],
    ["Operating premises without a licence", "section 53", "£5,000"],
    ["Breach of a mandatory condition", "section 54", "£1,000"],
]


def test_a_schedule_in_word_markdown_and_text_compares_with_no_change(tmp_path: Path) -> None:
    """A bill's draft in .docx against its next draft in .txt: the schedule's rows were
    "− section 43", "− £1,000", "− £600", "+ section 44 £1,000 £600", and its fines changed
    were in no list of figures changed. Found by a policy analyst comparing drafts."""
    from wirediff.core.compare import compare
    from wirediff.core.quoting import changed_figures

    (tmp_path / "s.txt").write_text(SCHEDULE_TXT, encoding="utf-8")
    (tmp_path / "s.md").write_text(SCHEDULE_MD, encoding="utf-8")
    word = make_docx(["Schedule 1 — Fixed penalties"], rows=SCHEDULE)
    (tmp_path / "s.docx").write_bytes(word)
    texts = [read_document(tmp_path / name).text for name in ("s.docx", "s.md", "s.txt")]
    assert _paragraphs(texts[0]) == _paragraphs(texts[1])  # a row a line, cells tab-joined
    for text in texts[1:]:
        result = compare(texts[0], text)
        assert not result.changes and result.stats.similarity == 1.0
    later = SCHEDULE_TXT.replace("£1,000", "£2,500")
    result = compare(texts[0], later)
    assert len(result.changes) == 1
    assert changed_figures(result)[0] == ["£1,000 → £2,500"]


def test_a_markdown_table_keeps_its_escaped_pipes_and_no_rule() -> None:
    from wirediff.core.reading.text import markdown_text

    text = "Intro.\n| Item | Note |\n| --- | --- |\n| K | Pipes \\| valves |\n| **L** | x |\nAfter."
    assert markdown_text(text) == "Intro.\n\nItem \tNote\n\nK \tPipes | valves\n\nL \tx\n\nAfter."
    assert markdown_text("a | b\n---\nc") == "a | b\n\nc"  # no rule of cells: a heading's rule


def test_a_table_laid_out_for_its_looks_reads_a_paragraph_a_line(tmp_path: Path) -> None:
    """A Word file laid out in a table (an article in one cell, a sidebar in the other) is
    no data: its paragraphs stay apart, not run on as a row."""
    from wirediff.core.reading.tables import row_lines

    story = ["The council approved the budget on Tuesday. " * 4, "It takes effect in May."]
    assert row_lines([story, ["Sidebar"]]) == [*(line.strip() for line in story), "Sidebar"]
    assert row_lines([["Lone"], [" ", ""]]) == ["Lone"]
    assert row_lines([["£5,000", "(per day)"], ["section 53"]]) == ["£5,000 (per day) \tsection 53"]
    cells = "".join(
        "<w:tc>" + "".join(_word_paragraph(p) for p in c) + "</w:tc>" for c in (story, ["Sidebar"])
    )
    word = tmp_path / "laid.docx"
    word.write_bytes(make_docx(["Title"], xml=f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>"))
    assert _paragraphs(read_document(word).text) == [
        "Title",
        *(p.strip() for p in story),
        "Sidebar",
    ]


def test_tables_nested_deep_read_every_cell(tmp_path: Path) -> None:
    """Past ``MAX_NESTED`` tables one in another, a table's cells are paragraphs again:
    each level's rows join the text within them again, the time growing as the square of
    the depth. Every cell is read, in order, either way."""
    from wirediff.core.reading.tables import MAX_NESTED

    depth = 3 * MAX_NESTED
    markup = "<table><tr><td>cell</td><td>" * depth + "end" + "</td></tr></table>" * depth
    words = html_to_text(markup).split()
    assert words == ["cell"] * depth + ["end"]
    xml = "<w:tbl><w:tr><w:tc>" + _word_paragraph("cell") + "</w:tc><w:tc>"
    xml = xml * depth + _word_paragraph("end") + "</w:tc></w:tr></w:tbl>" * depth
    word = tmp_path / "deep.docx"
    word.write_bytes(make_docx(["Title"], xml=xml))
    assert read_document(word).text.split() == ["Title"] + ["cell"] * depth + ["end"]
