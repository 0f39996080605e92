"""A Word document's text as Word shows and prints it with its tracked changes accepted:
nothing of a deletion or of a move's old place, no hidden text, no ruby readings.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.core.reading.samples import W, make_docx
from wirediff.core.reading import read_document


def _paragraph(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _text(text: str, properties: str = "") -> str:
    rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _read(tmp_path: Path, xml: str, **parts: str) -> list[str]:
    """The paragraphs read of a body of ``xml`` (and other ``parts`` of ``word/``)."""
    path = tmp_path / "story.docx"
    named = {f"word/{key}.xml": value for key, value in parts.items()}
    path.write_bytes(make_docx(["Rescue teams reached the valley."], xml=xml, parts=named))
    return read_document(path).text.split("\n\n")[1:]


def test_a_tracked_move_is_read_at_its_new_place_only(tmp_path: Path) -> None:
    """``w:moveFrom`` holds ``w:t`` (ECMA-376's own example): the moved sentence was read
    twice, and the footnote it carries was numbered twice (a reference to no note)."""
    moved = _text("Unemployment fell.") + '<w:r><w:footnoteReference w:id="1"/></w:r>'
    xml = (
        '<w:p><w:moveFromRangeStart w:id="1" w:name="move1"/>'
        f'<w:moveFrom w:id="2" w:author="Ed">{moved}</w:moveFrom>'
        '<w:moveFromRangeEnd w:id="1"/></w:p>'
        + _paragraph(_text("Population grew."), '<w:r><w:footnoteReference w:id="2"/></w:r>')
        + f'<w:p><w:moveTo w:id="3" w:author="Ed">{moved}</w:moveTo></w:p>'
    )
    notes = (
        f'<w:footnotes {W}><w:footnote w:id="1">{_paragraph(_text("Ministry figures."))}'
        f'</w:footnote><w:footnote w:id="2">{_paragraph(_text("Census 2020."))}</w:footnote>'
        "</w:footnotes>"
    )
    assert _read(tmp_path, xml, footnotes=notes) == [
        "Population grew.[1]",
        "Unemployment fell.[2]",
        "[1] Census 2020.",
        "[2] Ministry figures.",
    ]


def test_a_deletion_leaves_no_break_and_no_tab(tmp_path: Path) -> None:
    """A deleted run's ``w:br`` and ``w:tab`` were output ("Prices rose by\\n\\t four…")."""
    deleted = '<w:del w:id="7"><w:r><w:br/><w:delText>nearly</w:delText><w:tab/></w:r></w:del>'
    xml = _paragraph(_text("Prices rose by"), deleted, _text(" four percent."))
    assert _read(tmp_path, xml) == ["Prices rose by four percent."]


def test_a_ruby_reads_its_base_not_its_reading(tmp_path: Path) -> None:
    """Furigana: the reading was glued before its base ("首相はとうきょう東京で…")."""
    ruby = (
        "<w:r><w:ruby><w:rubyPr/><w:rt>" + _text("とうきょう") + "</w:rt><w:rubyBase>"
        + _text("東京") + "</w:rubyBase></w:ruby></w:r>"
    )  # fmt: skip
    assert _read(tmp_path, _paragraph(_text("首相は"), ruby, _text("で会見した。"))) == [
        "首相は東京で会見した。"
    ]


def test_hidden_text_is_left_out(tmp_path: Path) -> None:
    """A run whose properties hide it was read as body text; ``w:val="0"`` shows it, and a
    tracked change of properties (``w:rPrChange``: hidden before) hides nothing."""
    before = '<w:rPrChange w:id="4"><w:rPr><w:vanish/></w:rPr></w:rPrChange>'
    xml = _paragraph(
        _text("The minister stepped down on Friday"),
        _text(" [SOURCE: cabinet aide, do not name]", "<w:vanish/>"),
        _text(" after", '<w:b/><w:vanish w:val="0"/>'),
        _text(" the", before),
        _text(" vote.", '<w:vanish w:val="true"/>'),
        _text(" vote."),
    )
    assert _read(tmp_path, xml) == ["The minister stepped down on Friday after the vote."]


def test_tab_stops_are_no_tabs(tmp_path: Path) -> None:
    """A paragraph's tab stops (``w:pPr/w:tabs/w:tab``) were read as tabs: a text box's
    paragraph read "Lead text.\n\tBox…". A run's tab is one."""
    stops = '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
    box = _paragraph(stops, _text("Box"), "<w:r><w:tab/></w:r>", _text("words"))
    xml = _paragraph(_text("Lead text."), f"<w:r><w:txbxContent>{box}</w:txbxContent></w:r>")
    assert _read(tmp_path, xml) == ["Lead text.\nBox\twords"]


def test_strict_open_xml_reads_as_transitional(tmp_path: Path) -> None:
    """Word's "Strict Open XML Document" writes its elements in a namespace of its own: all
    its text was lost ("almost no text in the Word file")."""
    strict = 'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"'
    body = _paragraph(
        _text("The city council met on Tuesday."), '<w:r><w:footnoteReference w:id="3"/></w:r>'
    ) + _paragraph(_text("Hidden, ", '<w:vanish w:val="true"/>'), _text("shown."))
    notes = f'<w:footnote w:id="3">{_paragraph(_text("Minutes."))}</w:footnote>'
    settings = '<w:footnotePr><w:numFmt w:val="lowerLetter"/></w:footnotePr>'
    path = tmp_path / "strict.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "word/document.xml", f"<w:document {strict}><w:body>{body}</w:body></w:document>"
        )
        archive.writestr("word/footnotes.xml", f"<w:footnotes {strict}>{notes}</w:footnotes>")
        archive.writestr("word/settings.xml", f"<w:settings {strict}>{settings}</w:settings>")
    assert read_document(path).text.split("\n\n") == [
        "The city council met on Tuesday.[a]",
        "shown.",
        "[a] Minutes.",
    ]


def test_characters_written_as_elements_are_read(tmp_path: Path) -> None:
    """A non-breaking hyphen, a symbol and a positional tab were dropped, and words merged:
    "JeanLuc", "vital 5", "ParisAFP"."""
    runs = (
        _text("Jean"), "<w:r><w:noBreakHyphen/></w:r>", _text("Luc: co"),
        "<w:r><w:softHyphen/></w:r>", _text("operation is vital"),
        '<w:r><w:sym w:font="Symbol" w:char="F0B1"/><w:sym w:font="Symbol" w:char="F061"/>'
        '<w:sym w:font="Arial" w:char="2192"/><w:sym w:font="Wingdings" w:char="F0E0"/>'
        '<w:sym w:font="Arial" w:char="D800"/><w:sym w:font="Arial" w:char="0007"/></w:r>',
        _text(" 5 percent"), '<w:r><w:ptab w:alignment="right"/></w:r>', _text("AFP"),
    )  # fmt: skip
    assert _read(tmp_path, _paragraph(*runs)) == [
        "Jean\u2011Luc: cooperation is vital±α→ 5 percent\tAFP"
    ]


def test_a_document_embedded_whole_is_said_not_lost(tmp_path: Path) -> None:
    """``w:altChunk`` (a CMS's export, a mail merge: an HTML or RTF document in a part of its
    own) is not read: its article was "almost no text in the Word file", and beside other
    text it was dropped without a word (found by fuzzing)."""
    import pytest

    from wirediff.core.reading.errors import ReadError

    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    chunk = f'<w:altChunk xmlns:r="{relationships}" r:id="rId9"/>'
    alone = tmp_path / "alone.docx"
    alone.write_bytes(make_docx([], xml=chunk))
    with pytest.raises(ReadError, match=r"a document embedded in it \(HTML or RTF, w:altChunk\)"):
        read_document(alone)
    beside = tmp_path / "beside.docx"
    text = "The city council met on Tuesday and approved the budget for the coming year."
    beside.write_bytes(make_docx([text], xml=chunk))
    assert read_document(beside).encoding == "utf-8 (docx); 1 embedded document (altChunk) not read"


def test_a_deleted_paragraph_mark_runs_the_paragraph_on(tmp_path: Path) -> None:
    """A paragraph whose mark is a tracked deletion (``w:pPr/w:rPr/w:del``) runs on into the
    next once the change is accepted: it stood apart, "paragraphs: 1 joined" against the
    accepted draft (found by fuzzing). The last paragraph's text is kept all the same."""
    deleted = '<w:pPr><w:rPr><w:del w:id="1" w:author="Ed"/></w:rPr></w:pPr>'
    xml = (
        f"<w:p>{deleted}{_text('The court adjourned until Monday ')}</w:p>"
        + _paragraph(_text("and will hear the appeal then."))
        + f"<w:p>{deleted}{_text('A last line.')}</w:p>"
    )
    assert _read(tmp_path, xml) == [
        "The court adjourned until Monday and will hear the appeal then.",
        "A last line.",
    ]
