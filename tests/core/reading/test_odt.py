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


def write_odt(
    path: Path, body: str = _DRAFT, meta: str | None = _META, styles: str | None = None
) -> Path:
    """An .odt as LibreOffice writes one: ``mimetype`` first and stored, then the parts
    (``styles``: what ``styles.xml``'s ``office:styles`` holds)."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        z.writestr("content.xml", content + body + "</office:document-content>", 8)
        if styles is not None:
            z.writestr(
                "styles.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}>'
                f"<office:styles>{styles}</office:styles></office:document-styles>",
                zipfile.ZIP_DEFLATED,
            )
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


def test_an_odt_keeps_its_time_on_the_day_its_file_name_gives(tmp_path: Path) -> None:
    """AFP's "afp_de_bahnstreik_20261205.odt", made at 11:20 that day, was "2026-12-05
    (from the file name)", the time lost and the take out of its day's order (a German and
    Nordic desk's walkthrough). On another day, the file name's day still comes first (a
    draft printed or saved again later is dated by its name)."""
    body = (
        "<office:body><office:text><text:p>Neuer Bahnstreik am Montag</text:p><text:p>Berlin"
        " (AFP) - Bahnreisende müssen sich erneut auf Einschränkungen einstellen.</text:p>"
        "</office:text></office:body>"
    )
    made = _META.replace("2026-11-30T09:15:00.123456789", "2026-12-05T11:20:00")
    cases = {
        "afp_de_bahnstreik_20261205.odt": ("2026-12-05T11:20:00", "metadata"),
        "afp_de_bahnstreik_2026-12-05_1015.odt": ("2026-12-05T10:15:00", "file name"),
        "afp_de_bahnstreik_20261204.odt": ("2026-12-04", "file name"),
        "afp_de_bahnstreik.odt": ("2026-12-05T11:20:00", "metadata"),
    }
    for name, expected in cases.items():
        doc = read_document(write_odt(tmp_path / name, body, made))
        assert (doc.date, doc.date_source) == expected, name


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


# LibreOffice's lists as it writes them: the numbers in the list's style, none in the text
_LISTED = """
<office:automatic-styles>
 <text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
  <text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>
  <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"
   text:display-levels="3"/>
 </text:list-style>
 <text:list-style style:name="L2">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
 </text:list-style>
</office:automatic-styles>
<office:body><office:text>
 <text:h text:outline-level="1">Methods</text:h>
 <text:list xml:id="list1" text:style-name="L1">
  <text:list-item><text:p>Survey the plans.</text:p></text:list-item>
  <text:list-item><text:p>Score them.</text:p>
   <text:list><text:list-item><text:p>shade</text:p></text:list-item>
    <text:list-item><text:p>water</text:p>
     <text:list><text:list-item><text:p>fountains</text:p></text:list-item></text:list>
    </text:list-item></text:list>
  </text:list-item>
 </text:list>
 <text:p>Then, after a pause:</text:p>
 <text:list text:continue-list="list1" text:style-name="L1">
  <text:list-item><text:p>Compare the scores.</text:p><text:p>A second paragraph.</text:p>
  </text:list-item>
 </text:list>
 <text:list text:style-name="L1">
  <text:list-header><text:p>A new list:</text:p></text:list-header>
  <text:list-item><text:p>first again</text:p></text:list-item>
  <text:list-item text:start-value="7"><text:p>seventh</text:p></text:list-item>
 </text:list>
 <text:list text:style-name="Numbering_20_ABC">
  <text:list-item><text:p>named style</text:p></text:list-item>
  <text:list-item><text:number>B)</text:number><text:p>written</text:p><text:p>more</text:p>
  </text:list-item>
  <text:list-item><text:p>third</text:p></text:list-item>
 </text:list>
 <text:list text:style-name="L2"><text:list-item><text:p>a bullet</text:p></text:list-item>
 </text:list>
 <text:h text:outline-level="2"><text:number>9.</text:number>Own number</text:h>
 <text:p>Not numbered.</text:p>
</office:text></office:body>
"""
_NAMED = """
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-suffix="." style:num-format="1"/>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>
 </text:outline-style>
 <text:list-style style:name="Numbering_20_ABC">
  <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="A"/>
 </text:list-style>
"""


def test_an_odt_list_reads_with_the_numbers_libreoffice_shows(tmp_path: Path) -> None:
    """They were lost: LibreOffice writes them in the list's style, not in the text, so a
    numbered list read "Survey the plans." where the same draft's .docx read "1. Survey
    the plans." (an academic's walkthrough)."""
    doc = read_document(write_odt(tmp_path / "plan.odt", _LISTED, styles=_NAMED))
    assert doc.text.split("\n\n") == [
        "1. Methods",
        "1. Survey the plans.",
        "2. Score them.",
        "a) shade",
        "b) water",
        "2.b.1. fountains",  # (each level in its own format)
        "Then, after a pause:",
        "3. Compare the scores.",
        "A second paragraph.",
        "A new list:",
        "1. first again",
        "7. seventh",
        "A) named style",
        "B) written",
        "more",
        "C) third",
        "a bullet",
        "9. Own number",
        "Not numbered.",
    ]
    assert doc.headings == ((2, "1. Methods"), (3, "9. Own number"))


def test_an_odt_without_chapter_numbering_keeps_its_headings_bare(tmp_path: Path) -> None:
    doc = read_document(write_odt(tmp_path / "plan.odt", _LISTED))
    assert doc.text.startswith("Methods\n\n1. Survey the plans.")
    assert "\n\nnamed style\n\n" in doc.text  # (its style unknown: no number)


@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "9" * 5000, "-2", ""])
def test_an_odt_lists_malformed_number_is_ignored_not_the_file(tmp_path: Path, value: str) -> None:
    """A list item's ``text:start-value="²"`` (a digit to ``str.isdigit``, not to
    ``int``) or of 5,000 digits made the whole file unreadable, said as "unknown encoding
    in content.xml" (a review): the value is ignored, the item counted as any other; a
    level's ``text:display-levels`` the same."""
    body = _LISTED.replace('text:start-value="7"', f'text:start-value="{value}"')
    body = body.replace('text:display-levels="3"', f'text:display-levels="{value}"')
    text = read_document(write_odt(tmp_path / "plan.odt", body)).text
    assert "\n\n1. first again\n\n2. seventh\n\n" in text
    assert "\n\n1. fountains\n\n" in text  # (display-levels: the default, this level's)


_WAM_BODY = (
    "<office:body><office:text><text:p>زلزال في هرمزجان</text:p><text:p>أعلن المركز الوطني"
    " للأرصاد أن زلزالا بقوة 5.6 درجة ضرب جنوب إيران مساء الاثنين.</text:p>"
    "</office:text></office:body>"
)


@pytest.mark.parametrize(
    ("creator", "initial", "byline"),
    [
        ("وام", "", ""),  # WAM's own file
        ("Reuters", "", ""),
        ("dpa", "", ""),
        ("Emirates News Agency", "", ""),
        ("jperez", "", ""),  # a login
        ("سارة المهيري", "", "سارة المهيري"),
        ("", "وام", ""),  # its first author's alone
        ("وام", "سارة المهيري", "سارة المهيري"),  # saved again at the desk: its writer's
        ("سارة المهيري", "وام", "سارة المهيري"),
    ],
)
def test_an_odts_outlet_or_login_is_no_byline(
    tmp_path: Path, creator: str, initial: str, byline: str
) -> None:
    """As a .docx's: an .odt whose author property named a news outlet (WAM's "وام") read
    "WAM · by وام", and a login ("jperez") "by jperez"; the text's own byline is read."""
    meta = _META.replace(
        "<dc:creator>Tomás Lindqvist</dc:creator>",
        f"<dc:creator>{creator}</dc:creator><meta:initial-creator>{initial}</meta:initial-creator>",
    )
    assert read_document(write_odt(tmp_path / "wam_quake.odt", _WAM_BODY, meta)).byline == byline
