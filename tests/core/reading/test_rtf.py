"""RTF (.rtf, and a Word .doc saved as RTF): read as Word shows it, not refused.

A court reporter's indictment in RTF was refused, "an RTF document … save it as .txt or
.docx", and left out of its story (a court reporter's walkthrough): courts and case-law
services publish judgments and indictments so. The files here are written as Word and
LibreOffice write them (their header tables, \\pard paragraphs, \\uN with fallbacks).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import ReadError, load_paths, read_document
from wirediff.core.reading import errors as E
from wirediff.core.reading.rtf import MAX_DEPTH

HEAD = (
    rb"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057"
    rb"{\fonttbl{\f0\froman\fprq2\fcharset0 Times New Roman;}{\f1\fswiss\fcharset204 Arial;}"
    rb"{\f2\fnil\fcharset2 Symbol;}}"
    rb"{\colortbl ;\red0\green0\blue0;}"
    rb"{\*\generator Riched20 10.0.19041}"
    rb"{\stylesheet{\s0 Normal;}{\s1\outlinelevel0 heading 1;}}"
    rb"{\info{\title Harwood v SSHD}{\author Jane Clerk}"
    rb"{\creatim\yr2023\mo6\dy2\hr10\min30}{\revtim\yr2024\mo1\dy1}}"
    rb"\viewkind4\uc1"
)
BODY = "The Commission did not accept that the procedural requirements were mandatory."


def rtf(body: bytes, head: bytes = HEAD) -> bytes:
    return head + body + b"}"


def read(tmp_path: Path, data: bytes, name: str = "judgment.rtf") -> str:
    (tmp_path / name).write_bytes(data)
    return read_document(tmp_path / name).text


def test_a_judgment_reads_as_word_prints_it(tmp_path: Path) -> None:
    """Paragraphs a line each; the header's tables, a running header and footer, a
    picture, field instructions, hidden and deleted text left out; a field's result, a
    list's number and Word's characters (\\emdash, \\rquote, \\~) kept."""
    body = (
        rb"{\header\pard\plain Approved Judgment\par}{\footer\pard Page {\field{\*\fldinst"
        rb" PAGE}{\fldrslt 1}}\par}"
        rb"\pard\plain\s1\outlinelevel0\f0\fs28\b IN THE COURT OF APPEAL (CIVIL DIVISION)\b0"
        rb"\par\pard\plain\f0\fs24 "
        rb"{\pict\pngblip\picw10\pich10 89504e470d0a1a0a0000000d49484452}"
        rb"{\listtext\pard\plain 1.\tab}The Commission did not accept\~that the procedural "
        rb"requirements were mandatory{\v  [check with counsel]}{\deleted  entirely}.\par "
        rb"{\pntext\f2 \'b7\tab}A bullet's paragraph\emdash its mark left out.\par "
        rb"See {\field{\*\fldinst HYPERLINK \"https://example.org\"}{\fldrslt the "
        rb"Tribunal\rquote s decision}} at \u8220?first instance\u8221?.\line Second line.\par"
    )
    doc = read_document(_write(tmp_path / "judgment.rtf", rtf(body)))
    assert doc.text == (
        "IN THE COURT OF APPEAL (CIVIL DIVISION)\n\n"
        "1. The Commission did not accept\u00a0that the procedural requirements were "
        "mandatory.\n\n"
        "A bullet's paragraph\u2014its mark left out.\n\n"
        "See the Tribunal\u2019s decision at \u201cfirst instance\u201d.\nSecond line."
    )
    assert doc.format == "rtf" and doc.encoding == "windows-1252 (RTF)"
    assert doc.headings == ((2, "IN THE COURT OF APPEAL (CIVIL DIVISION)"),)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_info_gives_the_title_byline_and_date_as_a_docx_properties_do(tmp_path: Path) -> None:
    body = rb"\pard Harwood v SSHD\par\pard " + BODY.encode() + rb"\par"
    doc = read_document(_write(tmp_path / "harwood.rtf", rtf(body)))
    assert (doc.title, doc.byline) == ("Harwood v SSHD", "Jane Clerk")
    assert doc.date.startswith("2023-06-02")  # (\creatim's, not \revtim's)
    login = HEAD.replace(rb"Jane Clerk", b"jclerk")  # (a login is no byline)
    assert read_document(_write(tmp_path / "login.rtf", rtf(body, login))).byline == ""
    outlet = HEAD.replace(rb"Jane Clerk", b"Reuters")  # (nor an outlet, as a .docx's)
    assert read_document(_write(tmp_path / "outlet.rtf", rtf(body, outlet))).byline == ""


def test_footnotes_and_endnotes_follow_the_text_led_by_their_numbers(tmp_path: Path) -> None:
    """As a .docx's: "[1]" where Word shows it raised, the note after the text; endnotes
    after the footnotes in Word's i, ii…; LibreOffice's starred {\\*\\footnote} too."""
    body = (
        rb"\pard " + BODY.encode() + rb"{\super\chftn}{\footnote\pard\plain{\super\chftn}"
        rb" See Smith [2019] EWCA Civ 1.} The appeal is allowed{\super\chftn}{\*\footnote"
        rb" \chftn\pard\plain{\tab The intervener contended otherwise.}} in part"
        rb"{\super\chftn}{\footnote\ftnalt\pard\plain{\super\chftn} An endnote.}.\par"
    )
    assert read(tmp_path, rtf(body)) == (
        f"{BODY}[1] The appeal is allowed[2] in part[i].\n\n"
        "[1] See Smith [2019] EWCA Civ 1.\n\n[2] The intervener contended otherwise.\n\n"
        "[i] An endnote."
    )


def test_a_table_row_is_a_line_its_cells_apart_as_every_reader_gives_them(
    tmp_path: Path,
) -> None:
    row = rb"\trowd\cellx2000\cellx4000\pard\intbl %b\cell\pard\intbl %b\cell\row "
    body = (
        rb"\pard Sentences imposed:\par "
        + row % (b"Count 1", b"2 years")
        + row % (b"Count 2", b"18 months")
        + rb"\pard "
        + BODY.encode()
        + rb"\par"
    )
    assert read(tmp_path, rtf(body)) == (
        f"Sentences imposed:\n\nCount 1 \t2 years\n\nCount 2 \t18 months\n\n{BODY}"
    )


@pytest.mark.parametrize(
    ("head", "body", "text"),
    [
        # the document's code page: a Russian court's (Word writes \'hh in it)
        (rb"{\rtf1\ansi\ansicpg1251\deff0", rb"\'d1\'f3\'e4 \'ef\'ee\'f1\'f2\'e0\'ed\'ee\'e2"
         rb"\'e8\'eb", "Суд постановил"),
        # a font's character set in a Western document, \uN with its fallback skipped
        (HEAD, rb"{\f1 \'d1\'f3\'e4} \u1087\'ef\u1086\'ee\u1089\'f1\u1090\'f2", "Суд пост"),
        # double-byte characters (Shift JIS) and \uc2's two-byte fallbacks
        (rb"{\rtf1\ansi\ansicpg932\deff0", rb"\'93\'fa\'96\'7b {\uc2\u26085\'93\'fa}",
         "日本 日"),
        # a character past U+FFFF as two \uN halves (LibreOffice's \uc0 \uN\uc1 \uN?)
        (HEAD, rb"Emoji \uc0 \u-10179\uc1 \u-8704\'3f here", "Emoji 😀 here"),
        # a font's code page (\cpg), Greek, and a negative \uN (Word past U+7FFF)
        (rb"{\rtf1\ansi{\fonttbl{\f3\cpg1253 Arial;}}", rb"{\f3 \'c5\'eb\'eb\'e1\'e4\'e1} "
         rb"\u-1280?", "Ελλαδα \uFB00"),
    ],
)  # fmt: skip
def test_bytes_are_read_in_their_fonts_or_the_documents_code_page(
    tmp_path: Path, head: bytes, body: bytes, text: str
) -> None:
    words = read(tmp_path, head + rb"\pard " + body + rb"\par\pard " + BODY.encode() + b"}")
    assert words.split("\n\n")[0] == text


@pytest.mark.parametrize("name", ["indictment.rtf", "indictment.doc", "indictment.txt",
                                  "indictment", "indictment.docx"])  # fmt: skip
def test_an_rtf_file_is_read_whatever_its_name(tmp_path: Path, name: str) -> None:
    """Word saves a .doc as RTF, and a desk's download may have no ending: read by its
    signature, "{\\rtf" (it was refused as "not plain text", or "not a Word .docx file")."""
    data = b"\xef\xbb\xbf\r\n" + rtf(rb"\pard " + BODY.encode() + rb"\par")
    assert read(tmp_path, data, name) == BODY


def test_a_folder_reads_its_rtf_into_its_stories(tmp_path: Path) -> None:
    (tmp_path / "indictment.rtf").write_bytes(rtf(rb"\pard " + BODY.encode() + rb"\par"))
    (tmp_path / "wire.txt").write_text(BODY + "\n")
    result = load_paths([tmp_path], workers=1)
    assert sorted(d.path.name for d in result.documents) == ["indictment.rtf", "wire.txt"]
    assert not result.problems


def test_what_is_not_rtf_is_said_as_such(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as err:
        read(tmp_path, BODY.encode(), "notes.rtf")
    assert (err.value.code, err.value.reason) == (E.MALFORMED, "not an RTF document: it holds "
                                                  "plain text")  # fmt: skip
    with pytest.raises(ReadError) as err:
        read(tmp_path, rtf(rb"{\pict 89504e47}\pard Hi.\par"))
    assert (err.value.code, err.value.reason) == (E.LITTLE_TEXT, "almost no text in the RTF file")


def test_hostile_rtf_is_bounded_and_said(tmp_path: Path) -> None:
    """Groups nested past MAX_DEPTH are refused; binary data of any length, a picture's
    unclosed group, and a file cut short read as far as they go, and say so."""
    with pytest.raises(ReadError) as err:
        read(tmp_path, rtf(BODY.encode() + b"{" * 100_000))
    assert err.value.code == E.MALFORMED
    assert err.value.reason == f"RTF file nested too deeply (more than {MAX_DEPTH:,} groups)"
    assert read(tmp_path, rtf(BODY.encode() + rb"{\*\blob\bin99999999999 }}")) == BODY
    assert read(tmp_path, rtf(BODY.encode() + rb"{\pict\bin5 }}{}}}\par after")) == (
        f"{BODY}\n\nafter"
    )
    cut = HEAD + rb"\pard " + BODY.encode() + rb"{\b  and more"
    (tmp_path / "cut.rtf").write_bytes(cut)
    doc = read_document(tmp_path / "cut.rtf")
    assert doc.text == f"{BODY} and more"
    assert doc.encoding == "windows-1252 (RTF); groups left open: read to the file's end"
