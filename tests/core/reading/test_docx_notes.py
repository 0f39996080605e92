"""Word footnotes and endnotes: read after the body, each led by its number as Word shows it.

Only ``word/document.xml`` was read: a footnote added to a draft vanished from its .docx, and
against the same draft as a web page (its note inline, "[1] …") it read as deleted.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.core.reading.samples import ARTICLE, W, make_docx
from wirediff.core.reading import ReaderOptions, ReadError, read_document
from wirediff.core.reading import errors as E

LEAD = "An operator may impose conditions on any permit granted under this Part, who must—"
NOTE = "The Crown application provisions follow the model of the Law Commission's report."
PSEUDO = (  # what Word keeps in the notes' part as notes: lines, no text of the document
    '<w:{0} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{0}>'
    '<w:{0} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>SEP</w:t></w:r></w:p>'
    '</w:{0}><w:{0} w:type="continuationNotice" w:id="1"><w:p><w:r><w:t>CONT</w:t></w:r>'
    "</w:p></w:{0}>"
)


def _paragraph(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _text(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _reference(kind: str, note: str, custom: bool = False) -> str:
    mark = ' w:customMarkFollows="1"' if custom else ""
    return f'<w:r><w:{kind}Reference w:id="{note}"{mark}/></w:r>'


def _notes(kind: str, notes: dict[str, list[str]], pseudo: bool = True) -> str:
    """A notes part: ``notes`` by id, each a list of its paragraphs' markup."""
    body = "".join(
        f'<w:{kind} w:id="{note}">' + "".join(paragraphs) + f"</w:{kind}>"
        for note, paragraphs in notes.items()
    )
    return f"<w:{kind}s {W}>{PSEUDO.format(kind) if pseudo else ''}{body}</w:{kind}s>"


def _read(tmp_path: Path, xml: str, options: ReaderOptions | None = None, **parts: str) -> str:
    names = {"footnotes": "word/footnotes.xml", "endnotes": "word/endnotes.xml"}
    named = {names.get(key, f"word/{key}.xml"): value for key, value in parts.items()}
    path = tmp_path / "bill.docx"
    path.write_bytes(make_docx(ARTICLE[:1], xml=xml, parts=named))
    return read_document(path, options=options).text


def test_a_footnote_is_read_after_the_body_led_by_its_number(tmp_path: Path) -> None:
    """As the tester's draft (v5) has it: a note without Word's own mark in it."""
    xml = _paragraph(_text(LEAD), _reference("footnote", "1")) + _paragraph(_text("(a) assess"))
    notes = _notes("footnote", {"1": [_paragraph(_text(NOTE))]})
    text = _read(tmp_path, xml, footnotes=notes)
    assert text.split("\n\n") == [ARTICLE[0], f"{LEAD}[1]", "(a) assess", f"[1] {NOTE}"]


def test_notes_are_numbered_in_the_order_of_their_references(tmp_path: Path) -> None:
    """Word numbers notes by where their references stand, not by their ids; it draws the
    number in a note where its ``w:footnoteRef`` is; endnotes come after the footnotes,
    numbered i, ii… (Word's default); a note with a mark of its own ("*") shows that."""
    xml = (
        _paragraph(_text("First"), _reference("footnote", "7"), _text(" and end"))
        + _paragraph(_text("Second"), _reference("endnote", "2"), _reference("footnote", "3"))
        + _paragraph(_text("Third"), _reference("footnote", "5", custom=True), _text("*"))
        + _paragraph(_text("Fourth"), _reference("endnote", "4"))
    )
    own_mark = '<w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
    footnotes = _notes(
        "footnote",
        {
            "3": [_paragraph(own_mark, _text("Note three.")), _paragraph(_text("Its sequel."))],
            "5": [_paragraph(_text("* Starred note."))],
            "6": [_paragraph(_text("A note nothing refers to."))],
            "7": [_paragraph(own_mark, _text("Note seven."))],
        },
    )
    endnotes = _notes(
        "endnote",
        {"2": [_paragraph(_text("End two."))], "4": [_paragraph(_text("End four."))]},
    )
    text = _read(tmp_path, xml, footnotes=footnotes, endnotes=endnotes)
    assert text.split("\n\n")[1:] == [
        "First[1] and end",
        "Second[i][2]",
        "Third*",
        "Fourth[ii]",
        "[1] Note seven.",
        "[2] Note three.",
        "Its sequel.",
        "* Starred note.",
        "A note nothing refers to.",  # (no reference: kept, not lost, after the others)
        "[i] End two.",
        "[ii] End four.",
    ]
    for pseudo in ("SEP", "CONT"):
        assert pseudo not in text


def test_the_settings_numbering_format_and_start_are_followed(tmp_path: Path) -> None:
    settings = (
        f'<w:settings {W}><w:footnotePr><w:footnote w:id="-1"/><w:numFmt w:val="upperLetter"/>'
        '<w:numStart w:val="3"/></w:footnotePr><w:endnotePr><w:numFmt w:val="decimal"/>'
        "</w:endnotePr></w:settings>"
    )
    xml = _paragraph(
        _text("A"), _reference("footnote", "1"), _text(" B"), _reference("endnote", "1")
    )
    footnotes = _notes("footnote", {"1": [_paragraph(_text("Foot."))]})
    endnotes = _notes("endnote", {"1": [_paragraph(_text("End."))]})
    text = _read(tmp_path, xml, footnotes=footnotes, endnotes=endnotes, settings=settings)
    assert text.split("\n\n")[1:] == ["A[C] B[1]", "[C] Foot.", "[1] End."]


@pytest.mark.parametrize(
    ("number", "numbering", "label"),
    [
        (4, "lowerRoman", "iv"),
        (1994, "upperRoman", "MCMXCIV"),
        (28, "lowerLetter", "bb"),
        (6, "chicago", "††"),
        (12, "decimal", "12"),
        (5, "ganada", "5"),  # (a format not known here: its digits)
        (4000, "lowerRoman", "4000"),
    ],
)
def test_note_numbers_as_word_writes_them(number: int, numbering: str, label: str) -> None:
    from wirediff.core.reading.docx_lists import number_label

    assert number_label(number, numbering) == label


XML = _paragraph(_text(LEAD), _reference("footnote", "1"))


@pytest.mark.parametrize(
    "notes",
    [
        f"<w:footnotes {W}><w:footnote w:id='1'><w:p><w:r><w:t>cut",  # broken XML
        "",  # an empty part
        "\x00\x01 not XML at all",
    ],
)
def test_a_broken_notes_part_loses_the_notes_not_the_text(tmp_path: Path, notes: str) -> None:
    assert _read(tmp_path, XML, footnotes=notes).split("\n\n") == [ARTICLE[0], f"{LEAD}[1]"]


def test_a_notes_part_with_damaged_bytes_loses_the_notes_not_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bill.docx"
    notes = _notes("footnote", {"1": [_paragraph(_text(NOTE * 20))]})
    path.write_bytes(make_docx(ARTICLE[:1], xml=XML, parts={"word/footnotes.xml": notes}))
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/footnotes.xml")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data = bytearray(path.read_bytes())
    data[start + 10 : start + 30] = bytes(20)  # the deflated stream damaged
    path.write_bytes(bytes(data))
    assert read_document(path).text.split("\n\n") == [ARTICLE[0], f"{LEAD}[1]"]


def test_a_notes_part_is_as_hostile_as_any_other(tmp_path: Path) -> None:
    """A DTD in it is refused (an entity bomb), and the caps count its text with the
    body's."""
    bomb = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><w:footnotes {W}/>'
    with pytest.raises(ReadError, match="DTD or entity declaration"):
        _read(tmp_path, XML, footnotes=bomb)
    notes = _notes("footnote", {"1": [_paragraph(_text("x" * 5000))]})
    with pytest.raises(ReadError) as err:
        _read(tmp_path, XML, ReaderOptions(max_chars=4000), footnotes=notes)
    assert err.value.code == E.TOO_LARGE
    many = _notes("footnote", {"1": [_paragraph(_text("x"))] * 200})
    with pytest.raises(ReadError) as err:
        _read(tmp_path, XML, ReaderOptions(max_lines=100), footnotes=many)
    assert err.value.code == E.TOO_LARGE
    big = _notes("footnote", {"1": [_paragraph(_text("x" * 3000))]})
    with pytest.raises(ReadError) as err:
        _read(tmp_path, XML, ReaderOptions(max_unpacked=2000), footnotes=big)
    assert err.value.code == E.TOO_LARGE


def test_a_footnote_reads_as_the_same_draft_as_a_web_page_writes_it(tmp_path: Path) -> None:
    """The same draft with its footnote inline in a page ("…must—[1]", and "[1] …" after
    the text) differs only by the page's own heading of its notes."""
    page = tmp_path / "bill.html"
    page.write_text(
        "<html><head><title>Clean Air Bill</title></head><body><article><h1>Clean Air Bill</h1>"
        f"<p>{ARTICLE[0]}</p><p>{LEAD}[1]</p><h2>Notes</h2><p><small>[1] {NOTE}</small></p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    word = tmp_path / "bill.docx"
    xml = _paragraph(_text(LEAD), _reference("footnote", "1"))
    notes = _notes("footnote", {"1": [_paragraph(_text(NOTE))]})
    word.write_bytes(
        make_docx(["Clean Air Bill", ARTICLE[0]], xml=xml, parts={"word/footnotes.xml": notes})
    )
    html_lines = [line for line in read_document(page).text.split("\n") if line]
    docx_lines = [line for line in read_document(word).text.split("\n") if line]
    assert [line for line in html_lines if line != "Notes"] == docx_lines


def test_a_document_whose_notes_were_left_out_says_so(tmp_path: Path) -> None:
    path = tmp_path / "bill.docx"
    broken = {"word/footnotes.xml": "<w:footnotes", "word/endnotes.xml": _notes("endnote", {})}
    path.write_bytes(make_docx(ARTICLE[:1], xml=XML, parts=broken))
    assert read_document(path).encoding == "utf-8 (docx); footnotes left out: damaged"
    path.write_bytes(make_docx(ARTICLE[:1], xml=XML))  # no notes at all: nothing to say
    assert read_document(path).encoding == "utf-8 (docx)"


def test_a_reference_in_a_tracked_deletion_is_none(tmp_path: Path) -> None:
    """A footnote reference inside a tracked deletion was counted and shown "[1]": every
    later note was a number off against the draft with the deletion accepted. Found by a
    review."""
    deleted = '<w:del w:id="9" w:author="A">' + _reference("footnote", "1") + "</w:del>"
    xml = _paragraph(_text("Cut"), deleted) + _paragraph(_text("Kept"), _reference("footnote", "2"))
    notes = _notes("footnote", {"1": [_paragraph(_text("Gone."))], "2": [_paragraph(_text(NOTE))]})
    text = _read(tmp_path, xml, footnotes=notes)
    assert text.split("\n\n")[1:3] == ["Cut", "Kept[1]"]
    assert f"[1] {NOTE}" in text
