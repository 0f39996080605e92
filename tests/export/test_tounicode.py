"""A PDF's ToUnicode maps rewritten in place: each glyph named as the report's text has it
(口, not the Kangxi radical ⼝ Qt named it by), and every object where it was."""

from __future__ import annotations

import io
import re
from collections import Counter

from pypdf import PdfReader

from wirediff.export import tounicode

# A map as Qt writes one: single glyphs, an array, and a range counted up from its first.
CMAP = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    b"4 beginbfrange\n"
    b"<0000> <0000> <0000>\n"
    b"<0001> <0003> [<2F1D> <589E> <2ED3> ]\n"
    b"<0004> <0004> <2F49>\n"
    b"<0005> <000E> <2F00>\n"
    b"endbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
)


def tiny_pdf(cmap: bytes) -> bytes:
    """A one-page PDF whose font's ToUnicode map is ``cmap``, with a right xref table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_the_characters_a_pdfs_maps_name() -> None:
    named = tounicode.targets(tiny_pdf(CMAP))
    assert {"\u2f1d", "\u589e", "\u2ed3", "\u2f49"} <= named
    assert "\u2f00" not in named  # a range's: left as it is


def test_maps_are_rewritten_in_place_and_the_pdf_stays_whole() -> None:
    """口 月 长 for ⼝ ⽉ ⻓; 增 unchanged; each entry four digits for four, so every
    offset of the xref table still points at its object."""
    pdf = tiny_pdf(CMAP)
    better = {"\u2f1d": "口", "\u2ed3": "长", "\u2f49": "月", "\u2f00": "一"}
    fixed = tounicode.retarget(pdf, better)
    assert len(fixed) == len(pdf)
    assert b"[<53E3> <589E> <957F> ]" in fixed and b"<0004> <0004> <6708>" in fixed
    assert b"<0005> <000E> <2F00>" in fixed  # a range counting up is not split
    assert tounicode.targets(fixed) >= {"口", "增", "长", "月"}
    table = fixed[fixed.rindex(b"xref") :]
    for number, offset in enumerate(re.findall(rb"(\d{10}) 00000 n", table), 1):
        assert fixed[int(offset) :].startswith(b"%d 0 obj" % number)
    reader = PdfReader(io.BytesIO(fixed), strict=True)
    assert len(reader.pages) == 1
    font = reader.pages[0]["/Resources"]["/Font"]["/F1"]
    assert b"<53E3>" in font["/ToUnicode"].get_object().get_data()
    assert tounicode.retarget(pdf, {}) == pdf


def test_a_compressed_or_indirect_map_is_left_alone() -> None:
    pdf = tiny_pdf(CMAP).replace(b"<< /Length %d >>" % len(CMAP), b"<< /Length 8 0 R >>")
    assert tounicode.retarget(pdf, {"\u2f1d": "口"}) == pdf


def test_the_character_a_glyph_is_named_by() -> None:
    """The text's character for a glyph the font shares; Qt's where the text has it."""
    counts = Counter("口口口 长 月 ⽇日日 ⼈ µ μμ ﻣ   \u00a0\u00ad")
    twins = {
        "\u2f1d": {"口"},  # ⼝: the text never has it
        "\u2ed3": {"长"},  # ⻓ (a radical of the supplement, no decomposition)
        "\u2f47": {"⽇", "日"},  # ⽇ in the text, its ideograph more often: 日
        "\u2f08": {"⼈"},  # ⼈ alone in the text: kept
        "\u00b5": {"µ", "μ"},  # micro sign and mu: both in the text, not radicals: Qt's
        "\ufee3": set(),  # an Arabic initial form: no twin, kept
        " ": {" ", "\u00a0"},  # spaces never move
        "-": {"\u00ad"},  # nor is a soft hyphen ever chosen
        "\u2f49": {"月"},
    }
    better = tounicode.better_characters(twins, counts)
    assert better == {"\u2f1d": "口", "\u2ed3": "长", "\u2f47": "日", "\u2f49": "月"}
