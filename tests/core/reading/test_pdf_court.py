"""A judgment's PDF reads as its text: no running foot, its footnotes after the text, its
numbered paragraphs whole, its margin's line numbers left out (a court reporter's
walkthrough, comparing a draft judgment with the approved one).

The pages are drawn run by run where a word processor sets them, each run where it stands
on the page: the layout, not the writer, is what the reader must read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.reading.bombs import pdf_pages
from wirediff.core.reading import read_document

Run = tuple[float, float, float, str]  # x, y, font size, text


def _runs(runs: list[Run]) -> bytes:
    """A page's drawing instructions: each run set on its own."""
    return " ".join(f"BT /F1 {z} Tf 1 0 0 1 {x} {y} Tm ({t}) Tj ET" for x, y, z, t in runs).encode()


def _qt_pages(pages: list[list[Run]]) -> bytes:
    """The pages drawn by Qt's PDF writer (A4 at 72 dots an inch, DejaVu Serif), each run
    where it stands: Qt draws each run apart, and pypdf gives each its own line."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    for n, runs in enumerate(pages):
        if n:
            writer.newPage()
        for x, y, size, text in runs:
            font = QFont("DejaVu Serif")
            font.setPointSizeF(size)
            painter.setFont(font)
            painter.drawText(QPointF(x, 842 - y), text)
    painter.end()
    buffer.close()
    return bytes(data.data())


def _body(lines: list[str], top: float = 720, x: float = 72) -> list[Run]:
    """Lines of prose in 10 points, 14 points apart, from ``top`` down."""
    return [(x, top - 14 * n, 10, line) for n, line in enumerate(lines)]


# A paragraph of lines of one width, cut by a page break inside a word ("statut-" "ory")
FIRST = [
    "The appellant argued that the procedural requirements of the",
    "section were mandatory, and that the notice served on him was",
    "defective in form, so that the tribunal had no jurisdiction to",
    "hear the claim at all; the respondent relied on the statut-",
]
SECOND = [
    "ory scheme as a whole, read in its context and in the light of",
    "the authorities cited, and submitted that a defect of form was",
    "not fatal to the claim where no prejudice had been shown by it.",
]
THIRD = [
    "We accept the submission of the respondent for the reasons we",
    "give below, and the appeal on this ground is dismissed; we turn",
    "then to the second ground, which concerns the costs of the case.",
]
JOINED = " ".join([*FIRST[:3], FIRST[3][:-1] + SECOND[0], *SECOND[1:]])


def _judgment(foot: str, foot_first: bool, pages: list[list[str]]) -> bytes:
    """A judgment's pages: a running head, the body, and a running foot with the page's
    number at its right, drawn before the body or after it."""
    contents = []
    for n, lines in enumerate(pages):
        head: list[Run] = [(200, 770, 8, "Approved Judgment")]
        footer: list[Run] = [(72, 40, 8, foot), (480, 40, 8, f"Page {n + 1} of {len(pages)}")]
        body = _body(lines)
        contents.append(_runs(head + footer + body if foot_first else head + body + footer))
    return pdf_pages(contents)


@pytest.mark.parametrize("foot_first", [False, True])
def test_a_running_foot_is_left_out(tmp_path: Path, foot_first: bool) -> None:
    """The foot, "Handed down 2 June 2023" beside "Page 2 of 3", was read at every page
    break, between a paragraph's halves: the paragraph was not joined back, nor the word
    the page broke, "statut- Handed down 2 June 2023 ory", and each page break after an
    inserted sentence was a change (272 changes for 8 edits)."""
    path = tmp_path / "judgment.pdf"
    path.write_bytes(_judgment("Handed down 2 June 2023", foot_first, [FIRST, SECOND, THIRD]))
    assert read_document(path).text == f"{JOINED}\n\n{' '.join(THIRD)}"


def test_a_last_line_on_few_pages_is_no_running_foot(tmp_path: Path) -> None:
    """A line that ends one page of three is the text's, whatever it says."""
    path = tmp_path / "judgment.pdf"
    pages = [[*FIRST[:3], "Handed down 2 June 2023"], SECOND, THIRD]
    path.write_bytes(pdf_pages([_runs(_body(lines)) for lines in pages]))
    assert "Handed down 2 June 2023" in read_document(path).text


NOTE = [  # a note of two lines in 8 points, and its last line, on the next page
    "1 The intervener contended that the section should be read with section",
    "21 of the Act as a whole, which the tribunal below had declined to do,",
    "and the point was not pursued at the hearing before this court.",
]


def _noted(foot_lines: list[list[Run]]) -> bytes:
    """The judgment's three pages, a note's mark raised after "form," on the first, each
    page with ``foot_lines`` (runs at its foot) under its body and a running foot."""
    first = _body(FIRST)
    first[2:3] = [(72, 692, 10, "defective in form,"), (160, 695, 6, "1"), (165, 692, 10, FORM)]
    contents = []
    for n, body in enumerate([first, _body(SECOND), _body(THIRD)]):
        foot = [(72, 40, 8, "Handed down 2 June 2023"), (480, 40, 8, f"Page {n + 1} of 3")]
        contents.append(_runs(body + foot_lines[n] + foot))
    return pdf_pages(contents)


FORM = "so that the tribunal had no jurisdiction to"


def test_footnotes_are_read_after_the_text(tmp_path: Path) -> None:
    """A judgment's notes, at the foot of a page, were read where they stand: in the middle
    of every paragraph a page break cut, which was not joined back, a one-word change in
    it shown as moved text, and a note's number paired with a figure of the text
    ("figures changed: 42 → 21"). They are read after the text, led by their mark in
    brackets, as a .docx's notes are; a note running on on the next page is one note."""
    note = [(72, 100, 8, NOTE[0]), (72, 90, 8, NOTE[1])]
    path = tmp_path / "judgment.pdf"
    path.write_bytes(_noted([note, [(72, 100, 8, NOTE[2])], []]))
    body = JOINED.replace("form, so that the tribunal", "form,[1] so that the tribunal")
    assert read_document(path).text == "\n\n".join(
        [body, " ".join(THIRD), "[1] " + " ".join([NOTE[0][2:], *NOTE[1:]])]
    )


def test_small_lines_at_the_foot_without_a_mark_are_text(tmp_path: Path) -> None:
    """Lines in a smaller size at a page's foot that open with no mark the page refers to
    (a source line, a number) are the text's."""
    source = [(72, 100, 8, "2 Source: the agreed chronology at tab 4 of the bundle")]
    path = tmp_path / "judgment.pdf"
    path.write_bytes(_noted([source, [], []]))
    text = read_document(path).text
    assert "\n\n2 Source: the agreed chronology" in text
    assert text.index("tab 4 of the bundle") < text.index(THIRD[0])


def test_a_marks_gap_before_the_next_word_is_a_space() -> None:
    """Qt's writer draws a note's mark and the words after it apart, no space between:
    "…a[12]whole", "above.[11]The" ran together. A mark the next word touches stays on it."""
    from wirediff.core.reading.pdf import _marked

    def text(after_x: float, after: str) -> str:
        pieces = [
            ("the", 100.0, 700.0, 10.0),
            ("3", 118.0, 703.0, 7.0),
            (after, after_x, 700.0, 10.0),
        ]
        return "".join(piece[0] for piece in _marked(pieces))

    assert text(128, "limitation") == "the[3] limitation"
    assert text(122.5, ", which") == "the[3], which"


# Numbered paragraphs in a hanging indent: the number, a gap, the text; then a sub-item
NUMBERED = [
    ("1.", "The prosecution contended that the procedural requirements of"),
    ("", "section 30(9) were mandatory, and that the notice was defective in"),
    ("", "form, so that the tribunal below had no jurisdiction to hear it."),
    ("2.", "The tribunal below conceded that the indictment should be amended"),
    ("", "to reflect count 4, for the reasons given at paragraph 83 above, and"),
    ("", "the Commission did not dispute it at the hearing before this court:"),
    ("(a)", "The defence argued, with some force, that the decision of the"),
    ("", "authority was irrational in the sense the authorities give to it."),
]


def test_a_numbered_paragraphs_first_line_is_its_paragraphs(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt's writer sets a paragraph's number apart from its text, and the first line of
    every numbered paragraph was read as a table's row, apart from the rest of it: "1. ⇥
    The prosecution contended…" then "section 30(9) were mandatory…" (a deleted sub-item
    counted twice). A number or a letter alone before words is a table's first column."""
    runs: list[Run] = []
    for n, (label, line) in enumerate(NUMBERED):
        indent = 30 if label.startswith("(") else 0
        y = 720 - 14 * n
        runs += [(72 + indent, y, 10, label)] if label else []
        runs.append((102 + indent, y, 10, line))
    path = tmp_path / "judgment.pdf"
    path.write_bytes(_qt_pages([runs]))
    paragraphs = read_document(path).text.split("\n\n")
    assert [p[:4] for p in paragraphs] == ["1. T", "2. T", "(a) "]
    assert paragraphs[0].endswith("hear it.") and paragraphs[2].endswith("give to it.")


def test_line_numbers_in_the_margin_are_left_out(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A draft judgment's margin numbers every fifth line ("5", "10") were read as words
    and broke the paragraph at each numbered line ("[-5-] interference…"); as they start
    again on each page, a sentence put in moved them onto other words all through the text
    (881 changed rows for 8 edits). The text reads as it does without them, a last page
    with two of them too."""
    plain = [_body([*FIRST, *SECOND, *THIRD], x=80), _body([*THIRD, *FIRST, *SECOND], x=80)]
    numbered = [
        page + [(40, page[n - 1][1], 8, str(n)) for n in range(5, len(page) + 1, 5)]
        for page in plain
    ]
    path = tmp_path / "numbered.pdf"
    path.write_bytes(_qt_pages(numbered))
    text = read_document(path).text
    path.write_bytes(_qt_pages(plain))
    assert text == read_document(path).text
    assert text.startswith(JOINED)


def test_a_tables_column_of_ranks_is_no_margin(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Numbers one a row, in the text's size, at the left of a table: its ranks."""
    rows = ["Austria", "Norway", "Sweden", "Denmark"]
    runs: list[Run] = _body(FIRST, x=80)
    for n, name in enumerate(rows):
        y = 600 - 14 * n
        runs += [(40, y, 10, str(n + 1)), (80, y, 10, name), (300, y, 10, f"{n + 5},250")]
    path = tmp_path / "ranks.pdf"
    path.write_bytes(_qt_pages([runs]))
    assert read_document(path).text.split("\n\n")[1:] == [
        f"{n + 1} \t{name} \t{n + 5},250" for n, name in enumerate(rows)
    ]
