"""OpenDocument texts (.odt), read as a .docx of the same draft is (an academic's walkthrough:
a LibreOffice co-author's draft was refused, "wirediff reads Word's .docx")."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wirediff.core.reading import ReadError, read_document
from wirediff.core.reading import errors as E

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
_META = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_NS}><office:meta>'
    "<dc:title>Cooling the City</dc:title><dc:creator>Tomás Lindqvist</dc:creator>"
    "<meta:creation-date>2026-11-30T09:15:00.123456789</meta:creation-date>"
    "<dc:date>2026-12-07T10:00:00</dc:date></office:meta></office:document-meta>"
)
_DRAFT = """
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
</office:automatic-styles>
<office:body><office:text>
 <text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>
 <text:tracked-changes>
  <text:changed-region text:id="ct1"><text:deletion>
   <office:change-info><dc:creator>TL</dc:creator></office:change-info>
   <text:p>sharply and</text:p>
  </text:deletion></text:changed-region>
 </text:tracked-changes>
 <text:p text:style-name="P1">Cooling the City</text:p>
 <text:h text:outline-level="1">1. Introduction</text:h>
 <text:p>Cities warm<text:s/>faster<text:s text:c="2"/>than their surroundings<text:note
  text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>
  <text:note-body><text:p>Eurostat 2024, table 3.</text:p></text:note-body></text:note>,
  <text:change text:change-id="ct1"/>more at night.<text:soft-page-break/> Heat
  <office:annotation><dc:creator>TL</dc:creator><text:p>check this</text:p></office:annotation
  >kills.</text:p>
 <text:h text:outline-level="2">1.1 Plans</text:h>
 <text:list><text:list-item><text:p>budgets</text:p></text:list-item>
  <text:list-item><text:p>shade<text:tab/>trees<text:line-break/>and water</text:p></text:list-item>
 </text:list>
 <text:list><text:list-item><text:number>1.</text:number><text:p>first step</text:p>
 </text:list-item></text:list>
 <table:table table:name="T1"><table:table-column/>
  <table:table-header-rows><table:table-row>
   <table:table-cell><text:p>City</text:p></table:table-cell>
   <table:table-cell><text:p>Admissions</text:p></table:table-cell>
  </table:table-row></table:table-header-rows>
  <table:table-row>
   <table:table-cell><text:p>Vienna</text:p></table:table-cell>
   <table:table-cell><text:p>−17%</text:p></table:table-cell>
  </table:table-row>
 </table:table>
 <text:p>The end<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation>
  <text:note-body><text:p>An endnote.</text:p></text:note-body></text:note>.</text:p>
</office:text></office:body>
"""


def write_odt(path: Path, body: str = _DRAFT, meta: str | None = _META) -> Path:
    """An .odt as LibreOffice writes one: ``mimetype`` first and stored, then the parts."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        z.writestr("content.xml", content + body + "</office:document-content>", 8)
        if meta is not None:
            z.writestr("meta.xml", meta, zipfile.ZIP_DEFLATED)
    return path


def test_an_odt_reads_as_its_printed_text(tmp_path: Path) -> None:
    doc = read_document(write_odt(tmp_path / "paper_TL.odt"))
    assert doc.text.split("\n\n") == [
        "Cooling the City",
        "1. Introduction",
        "Cities warm faster  than their surroundings[1], more at night. Heat kills.",
        "1.1 Plans",
        "budgets",
        "shade\ttrees\nand water",
        "1. first step",
        "City \tAdmissions",
        "Vienna \t−17%",
        "The end[i].",
        "[1] Eurostat 2024, table 3.",
        "[i] An endnote.",
    ]
    assert "sharply" not in doc.text and "check this" not in doc.text  # deletion, comment
    assert doc.headings == ((1, "Cooling the City"), (2, "1. Introduction"), (3, "1.1 Plans"))
    assert (doc.title, doc.byline, doc.format) == ("Cooling the City", "Tomás Lindqvist", "odt")
    assert doc.date == "2026-11-30T09:15:00"


def test_an_odt_without_its_properties_reads_its_text(tmp_path: Path) -> None:
    doc = read_document(write_odt(tmp_path / "draft.odt", meta="<broken"))
    assert doc.text.startswith("Cooling the City\n\n1. Introduction")
    assert doc.byline == ""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text",
         "damaged OpenDocument file: its ZIP container is cut short or broken"),
        (b"Just a text with an odt name, and more words.\n" * 3,
         "not an OpenDocument text (.odt): it holds plain text"),
    ],
)  # fmt: skip
def test_a_damaged_odt_says_why(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "draft.odt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert (err.value.code, err.value.reason) == (E.MALFORMED, reason)
    assert err.value.path == path


def test_broken_xml_in_an_odt_names_the_part(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "draft.odt", body="<office:body><text:p>cut")
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.reason.startswith("not an OpenDocument text (.odt) (broken XML in content.xml")
    assert "LibreOffice" in err.value.hint


def test_a_dtd_in_an_odt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.reason == "OpenDocument file with a DTD or entity declaration (refused)"


def test_an_odt_named_txt_is_told_to_be_renamed(tmp_path: Path) -> None:
    """It was "an OpenDocument text (.odt): wirediff reads Word's .docx"."""
    path = write_odt(tmp_path / "draft.txt")
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.reason == "an OpenDocument text (.odt), not plain text"
    assert err.value.hint == "rename it with the ending .odt to read it as an OpenDocument text"
    assert read_document(path.rename(tmp_path / "draft")).format == "odt"  # (no ending)
