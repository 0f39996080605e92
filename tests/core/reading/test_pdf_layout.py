"""The same copy printed with other line breaks or pages reads the same from a PDF.

A word hyphenated at a line's end stayed split ("seve- ral"): any re-flow of the same copy
was a word change. A page number written "- 2 -" was read as text, and so was a running
head. A scanned page among text pages vanished. A footnote mark ran into the number before
it ("20241").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.reading.samples import make_pdf
from wirediff.core.reading import read_document
from wirediff.core.reading.errors import ReadError
from wirediff.core.reading.pdf import SCANNED, reflowed

# Lines of about 60 characters (prose), a page break after the fifth: a syllable's hyphen
# at a line's end and at the page's, and a compound's the page writes whole too.
HYPHENATED = [
    "The city council voted on Tuesday to approve the well-known",
    "plan for the coming year, ending weeks of debate with seve-",
    "ral members over transport spending and the school repairs",
    "of the district, which a well-known firm is to carry out in",
    "the spring of next year, once the money is in the council ac-",
    "counts and the builders of the new library, a well-known firm",
    "too, have been paid what they are owed by the city, a well-",
    "known debtor, for the work they have done on the town hall.",
]


def test_a_word_hyphenated_at_a_line_end_is_one_word(tmp_path: Path) -> None:
    path = tmp_path / "hyphenated.pdf"
    path.write_bytes(make_pdf([HYPHENATED[:5], HYPHENATED[5:]]))
    assert read_document(path).text == (
        "The city council voted on Tuesday to approve the well-known plan for the coming"
        " year, ending weeks of debate with several members over transport spending and the"
        " school repairs of the district, which a well-known firm is to carry out in the"
        " spring of next year, once the money is in the council accounts and the builders of"
        " the new library, a well-known firm too, have been paid what they are owed by the"
        " city, a well-known debtor, for the work they have done on the town hall."
    )


@pytest.mark.parametrize("number", ["- 2 -", "– 2 –", "—2—", "Page 2", "2 of 7", "2"])
def test_a_page_number_alone_on_a_first_or_last_line_is_left_out(number: str) -> None:
    """Written "- 2 -" (German and legislative print), it was read as text: two printings
    with other page breaks had changed words and "figures changed: 2 → 3"."""
    lines = [line for line in HYPHENATED[3:6] if "-" not in line[-1:]]
    assert reflowed("\n".join([number, *lines])) == reflowed("\n".join(lines))
    assert reflowed("\n".join([*lines, number])) == reflowed("\n".join(lines))
    assert reflowed("\n".join([*lines, "- 2 to 3 -"])).endswith("- 2 to 3 -")  # no number


def _with_scanned_page(text_pages: int) -> bytes:
    """A PDF of ``text_pages`` pages of ``HYPHENATED``'s first line, then a page that shows
    an image and has no text (a scanned annex)."""
    from tests.core.reading.samples import _pdf_file

    font, image = 3 + 2 * (text_pages + 1), 4 + 2 * (text_pages + 1)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(text_pages + 1))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {text_pages + 1} >>".encode(),
    ]
    for n in range(text_pages + 1):
        scan = n == text_pages
        resources = f"/XObject << /Im1 {image} 0 R >>" if scan else f"/Font << /F1 {font} 0 R >>"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * n} 0 R"
            f" /Resources << {resources} >> >>".encode()
        )
        draw = "q 500 0 0 700 50 50 cm /Im1 Do Q" if scan else "BT /F1 11 Tf 50 740 Td"
        stream = (draw if scan else f"{draw} ({HYPHENATED[0]}) Tj ET").encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pixels = b"\x80" * 4
    objects.append(
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Length 4 >>\nstream\n" + pixels + b"\nendstream"
    )
    return _pdf_file(objects, info=False)


def test_a_scanned_page_among_text_pages_is_said(tmp_path: Path) -> None:
    """It vanished without a word (a signed or scanned annex); a PDF of scanned pages only
    is refused as before."""
    path = tmp_path / "annex.pdf"
    path.write_bytes(_with_scanned_page(2))
    assert read_document(path).text.split("\n\n") == [HYPHENATED[0], HYPHENATED[0], SCANNED]
    path.write_bytes(_with_scanned_page(0))
    with pytest.raises(ReadError, match="no text layer"):
        read_document(path)


def _line(*runs: tuple[float, float, float, str]) -> bytes:
    """A page's drawing instructions: each run (x, y, font size, text) set on its own."""
    return " ".join(f"BT /F1 {z} Tf 1 0 0 1 {x} {y} Tm ({t}) Tj ET" for x, y, z, t in runs).encode()


@pytest.mark.parametrize("rise", [3, 6])  # (pypdf: a space before the mark; a line of its own)
def test_a_raised_footnote_mark_reads_in_brackets(tmp_path: Path, rise: float) -> None:
    """A mark ran into the number before it ("20241" for 2024¹) or stood apart as a word
    ("2024 1"), where the same draft as .docx reads "2024[1]"."""
    from tests.core.reading.bombs import pdf_pages

    text = "Unemployment fell to 4.1 percent in 2024"
    marked = _line((50, 760, 10, text), (238, 760 + rise, 6, "1"), (242, 760, 10, " since May."))
    path = tmp_path / "marked.pdf"
    path.write_bytes(pdf_pages([marked]))
    assert read_document(path).text == f"{text}[1] since May."
    # set lower (a subscript), or in the text's size, or a word: no mark
    for mark in [(238, 760 - rise, 6, "2"), (238, 760 + rise, 10, "1"), (238, 760 + 3, 6, "km")]:
        path.write_bytes(pdf_pages([_line((50, 760, 10, text), mark)]))
        assert "[" not in read_document(path).text


PROSE = [  # lines of about 60 characters, a sentence running on from each to the next
    "The city council voted on Tuesday to approve a revised budget",
    "for the coming year, ending weeks of debate over the transport",
    "spending and the school repairs, and the government will now",
    "borrow an additional forty million dollars to fund road works,",
    "while the library service will lose two of its branches in the",
    "north of the city, as the mayor said after the council session.",
]


@pytest.mark.parametrize("copies", [1, 2])  # (2 pages, 4 pages)
def test_a_running_head_is_left_out(tmp_path: Path, copies: int) -> None:
    """The same line on top of most pages, its numbers aside (3 at least, or both of two),
    was read as text on every page, glued to a sentence a page break cut ("DAILY MERIDIAN
    - 5 MARCH 2026 the city."), and was the document's title."""
    pages = [
        [f"DAILY MERIDIAN - PAGE {n + 1} - 5 MARCH 2026", *PROSE[at : at + 3], f"- {n + 1} -"]
        for n, at in enumerate(range(0, len(PROSE) * copies, 3))
        for at in [at % len(PROSE)]
    ]
    path = tmp_path / "headed.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path)
    assert doc.text == "\n\n".join([" ".join(PROSE)] * copies)
    assert doc.title.startswith("The city council")
    # on top of 2 pages of 4 (or of 1 of 2): no running head
    pages = [[f"Page {n + 1} - Flood warnings", *PROSE] for n in range(2)] + [PROSE, PROSE]
    path.write_bytes(make_pdf(pages))
    assert read_document(path).text.count("Flood warnings") == 2
    path.write_bytes(make_pdf(pages[1:3]))
    assert read_document(path).text.count("Flood warnings") == 1


def test_glyph_names_for_text_are_said_not_read(tmp_path: Path) -> None:
    """A font with no map to letters (a Type3 font of a TeX bitmap) gives pypdf glyph names,
    "/g35/g43/g40…", which were read as the article's text, silently (found by fuzzing): a
    run of them is said where it stands, and a PDF of nothing else has no text layer. A web
    address's path is no run of them."""
    from wirediff.core.reading.pdf import GLYPHS

    names = "/g35/g43/g40/g33/g47/g57/g44/g38/g44/g36/g45/g33/g56/g42/g51/g48/g40"
    prose = "The council approved the revised budget on Tuesday after a long debate."
    link = "See https://news.example/world/europe/france/politics for more."
    mixed = tmp_path / "mixed.pdf"
    mixed.write_bytes(make_pdf([["Budget approved", None, prose, None, names, None, link]]))
    text = read_document(mixed).text
    assert GLYPHS in text and "/g35" not in text and prose in text and link in text
    only = tmp_path / "only.pdf"
    only.write_bytes(make_pdf([["Opaque glyph names", None, names, names, names]]))
    with pytest.raises(ReadError, match="its font gives glyph names, not letters"):
        read_document(only)


def _report_page(title: str, chapter: str, heading: str, second: str) -> tuple[str, list]:
    """A report's page as pypdf gives it, with each line's (height, size): a title in 18
    points, a chapter heading in 13.4, two paragraphs in 9.1 (the last line of the second
    full wide), then the next chapter's heading and a numbered heading under it."""
    lines = [
        (756.5, 18.0, title),
        (700.0, 13.4, chapter),
        (677.1, 9.1, "1. The Committee on Water Resources Management held its fourteenth"),
        (664.6, 9.1, "session in Geneva from 3 to 7 March 2025, attended by 44 States."),
        (643.1, 9.1, "2. The Chair opened the session at 10 a.m. and welcomed the delegations"),
        (614.0, 13.4, heading),
        (583.6, 13.4, "1.2 Scope"),
        (560.7, 9.1, second),
        (548.2, 9.1, "on the management of shared groundwater resources in the region."),
    ]
    return "\n".join(t for _, _, t in lines), [(y, z) for y, z, _ in lines]


@pytest.mark.parametrize(
    ("title", "chapter", "heading", "second"),
    [
        (
            "Report of the Committee",
            "Chapter I. Introduction",
            "Chapter II. Matters calling for action",
            "3. The Committee recommends that the Council adopt the draft decision",
        ),
        (  # (a Cyrillic capital opening the heading was read as a sentence's next word)
            "Доклад Комитета по управлению водными ресурсами",
            "Глава I. Введение",
            "Глава II. Вопросы, требующие принятия решений",
            "3. Комитет рекомендует Экономическому и Социальному Совету принять",
        ),
        (  # (a script without case: the size tells, not the letters)
            "تقرير لجنة إدارة الموارد المائية عن دورتها",
            "الفصل الأول. مقدمة",
            "الفصل الثاني. المسائل التي تتطلب اتخاذ إجراء",
            "3. توصي اللجنة بأن يعتمد المجلس الاقتصادي والاجتماعي مشروع المقرر",
        ),
    ],
)
def test_a_heading_in_a_larger_size_is_no_paragraphs_end(
    title: str, chapter: str, heading: str, second: str
) -> None:
    """A UN-style report's PDF ran "Chapter II. Matters calling for action" into the
    paragraph before it, whose last line was full wide ("…welcomed the delegations.
    Chapter II"): its step was weighed against the steps between headings alone. The .docx
    side had a heading, the PDF none, and the changes under it were filed under Chapter
    I (a translation reviser). The title ran into "Глава I" and "الفصل الأول" too."""
    from wirediff.core.reading.pdf import reflowed

    page, places = _report_page(title, chapter, heading, second)
    paragraphs = reflowed(page, places).split("\n\n")
    assert paragraphs[0] == title
    assert paragraphs[1] == chapter
    assert paragraphs[4:6] == [heading, "1.2 Scope"]
    assert paragraphs[3].endswith("welcomed the delegations")


# A judgment's paragraph a page break cuts inside a sentence, its pages' lines of one width
CUT = [
    "192. The question of whether the default was deliberate is rel",
    "evant to the amount of the penalty and not to the number of th",
    "e penalties ordered. Counsel for Mrs Adeyemi relied on the con",
    "trast between the two provisions and on the decision of Lady",
]
NEXT = [
    "penalties. It accords with the natural meaning of the words of",
    "the Act, read in its context, and it produces a coherent schem",
    "e in which the penalty is proportionate to the default found.",
]


@pytest.mark.parametrize(
    "opening",
    [
        "Simler in the Court of Appeal, which we accept as right and",
        "used. We prefer the construction advanced by Ms Thorne here.",
        "[2017] UKSC 51, which we accept as right in all its parts too",
    ],
)
def test_a_paragraph_a_page_break_cuts_inside_a_sentence_is_one(
    tmp_path: Path, opening: str
) -> None:
    """A judgment's pages ending "…decision of Lady" before "Simler", "…of the words"
    before "used.", or a citation's "[2017]" before "UKSC 51" were a paragraph split at
    each page break: only a next page opening in lower case was joined, and "used." (a
    word and its full stop) was none (a legal-affairs reporter's walkthrough)."""
    path = tmp_path / "judgment.pdf"
    path.write_bytes(make_pdf([CUT, [opening, *NEXT]]))
    text = read_document(path).text
    assert "\n" not in text
    assert f"decision of Lady {opening}" in text


def test_a_page_ending_a_sentence_or_a_short_line_ends_its_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "judgment.pdf"
    ended = [*CUT[:3], "trast between the two provisions, which we accept as right."]
    path.write_bytes(make_pdf([ended, ["Simler in the Court of Appeal, which we accept", *NEXT]]))
    assert "as right.\n\nSimler in" in read_document(path).text
    short = [*CUT, "and of Lord"]  # (a page's last line shorter than its prose: it ends there)
    path.write_bytes(make_pdf([short, ["Simler in the Court of Appeal, which we accept", *NEXT]]))
    assert "of Lord\n\nSimler in" in read_document(path).text


def test_a_notes_lines_each_a_note_are_notes_apart(tmp_path: Path) -> None:
    """A judgment's notes, each ending a sentence, set on consecutive lines ran into one
    paragraph ("[4] The figures were agreed… [5] This was the third name…")."""
    notes = [
        "[4] The figures were agreed between the parties for the appeal.",
        "[5] This was the third name under which the agent had traded in",
        "the period; see the agreed chronology at tab 4 of the bundle.",
        "[6] The guidance was revised in 2021 but the relevant text is as",
        "before, and no party relied on the revision at the hearing here.",
    ]
    path = tmp_path / "notes.pdf"
    path.write_bytes(make_pdf([notes]))
    assert [line[:3] for line in read_document(path).text.split("\n\n")] == ["[4]", "[5]", "[6]"]
