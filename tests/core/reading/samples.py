"""Builders of real files for the reading tests: PDF with a text layer, DOCX, web pages."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from wirediff.core.document import Document


def make_pdf(
    pages: list[list[str | None]], title: str = "", author: str = "", info: str = ""
) -> bytes:
    """A minimal valid PDF whose pages carry ``pages`` lines as real text (Helvetica); a
    None is half a line's space (between paragraphs). ``info``: the document information
    dictionary as written, in place of one of ``title``, ``author`` and a creation date."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        content_id = 4 + 2 * i
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R"
            f" /Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 740 Td"]
        for line in lines:
            if line is None:
                ops.append("0 -7 Td")
                continue
            safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({safe}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1", "replace")  # Helvetica: Latin-1 only
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    info = info or f"<< /Title ({title}) /Author ({author}) /CreationDate (D:20210726100000Z) >>"
    objects.append(info.encode("latin-1", "replace"))
    return _pdf_file(objects, info=True)


def _pdf_file(objects: list[bytes], info: bool) -> bytes:
    """A PDF file of ``objects`` (numbered from 1, the catalog first; the last the
    document's information dictionary when ``info``), with its cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R" + (
        f" /Info {len(objects)} 0 R >>" if info else " >>"
    )
    out.write(f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_glyph_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer draws each of ``lines``' characters from left to
    right, in the order given, in a font whose ToUnicode map gives them any Unicode
    character (Arabic, Hebrew): a line of Arabic given in reading order is drawn as Qt
    draws it, pypdf reading it backwards; given reversed, as most writers draw it."""
    chars = sorted({c for line in lines for c in line})
    assert len(chars) < 255, "one byte a character"
    code = {c: i + 1 for i, c in enumerate(chars)}
    ops = ["BT", "/F1 12 Tf", "16 TL", "50 740 Td"]
    for line in lines:
        ops.append("<" + "".join(f"{code[c]:02X}" for c in line) + "> Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode()
    pairs = [f"<{code[c]:02X}> <{ord(c):04X}>" for c in chars]
    cmap = "\n".join(
        [
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "/CMapName /Glyphs def /CMapType 2 def",
            "1 begincodespacerange <00> <FF> endcodespacerange",
            *(
                f"{len(pairs[n : n + 100])} beginbfchar\n"
                + "\n".join(pairs[n : n + 100])
                + "\nendbfchar"
                for n in range(0, len(pairs), 100)
            ),
            "endcmap CMapName currentdict /CMap defineresource pop end end",
        ]
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    return _pdf_file(objects, info=False)


_DUAL_JOINING = frozenset("بتثجحخسشصضطظعغفقكلمنهيئ")  # join the letters on both sides
_ARABIC_LETTERS = _DUAL_JOINING | frozenset("اأإآدذرزوؤةىء")


def shaped(text: str) -> str:
    """Arabic ``text`` in presentation forms, each letter in the shape it takes where it
    stands (initial, medial, final or isolated), as PDF writers' text layers give it."""
    out = []
    for n, char in enumerate(text):
        if char not in _ARABIC_LETTERS:
            out.append(char)
            continue
        before = n > 0 and text[n - 1] in _DUAL_JOINING and char != "ء"
        after = char in _DUAL_JOINING and n + 1 < len(text) and text[n + 1] in _ARABIC_LETTERS
        after = after and text[n + 1] != "ء"
        form = {(True, True): "MEDIAL", (True, False): "FINAL", (False, True): "INITIAL"}
        name = f"{unicodedata.name(char)} {form.get((before, after), 'ISOLATED')} FORM"
        out.append(unicodedata.lookup(name))
    return "".join(out)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{_W}"'


def make_docx(
    paragraphs: list[str],
    title: str = "",
    creator: str = "",
    table: Sequence[str] = (),
    *,
    rows: Sequence[Sequence[str]] = (),
    xml: str = "",
    parts: Mapping[str, str | bytes] | None = None,
    created: str = "2021-07-26T10:00:00Z",
) -> bytes:
    """A minimal .docx: ``paragraphs`` (then a one-row table of ``table`` cells, or a table
    of ``rows``; then ``xml``, the body's own markup), and any other ``parts`` by name
    (``word/footnotes.xml``: ``W`` is the namespace its root declares as ``w``); made at
    ``created``."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    grid = [table] if table else rows
    if grid:
        cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
        lines = "".join(
            "<w:tr>" + "".join(cell.format(escape(c)) for c in r) + "</w:tr>" for r in grid
        )
        body += f"<w:tbl>{lines}</w:tbl>"
    body += xml
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        "</cp:coreProperties>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        z.writestr("word/document.xml", document)
        z.writestr("docProps/core.xml", core)
        for name, data in (parts or {}).items():
            z.writestr(name, data)
    return out.getvalue()


ARTICLE = [
    "The United States and Iraq are expected to formalize the end of Washington's combat "
    "mission in Iraq by the end of the year, officials said on Thursday.",
    "There are currently 2,500 US troops in Iraq focusing on countering the remnants of "
    "Islamic State, the officials added in a briefing.",
    "The move is not expected to have a major impact since the US has already moved toward "
    "training Iraqi forces.",
]

HOSTILE_PAGE = (
    """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Troops to shift role in Iraq | Example News</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-07-26T10:00:00Z">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://www.example-news.com/world/troops-shift">
<style>body { color: red } .STYLETEXT { display: none }</style>
<script>var tracking = "SCRIPTTEXT"; document.write("SCRIPTTEXT");</script>
</head><body>
<div id="cookie-banner" class="cookie-consent cookie-banner">
  <p>We use cookies COOKIETEXT to improve your experience on our website.
  By continuing you accept our cookie policy COOKIETEXT.</p><button>Accept all</button>
</div>
<header><nav class="main-nav"><ul>
  <li><a href="/">Home NAVTEXT</a></li><li><a href="/world">World NAVTEXT</a></li>
  <li><a href="/business">Business NAVTEXT</a></li><li><a href="/sport">Sport NAVTEXT</a></li>
</ul></nav></header>
<main><article>
<h1>Troops to shift role in Iraq</h1>
<p class="byline">By Jane Doe</p>
<p>PARA1</p>
<!-- COMMENTTEXT: an HTML comment -->
<p>PARA2</p>
<p>PARA3</p>
</article></main>
<footer><p>Copyright 2021 Example News FOOTERTEXT. All rights reserved.</p></footer>
</body></html>
""".replace("PARA1", ARTICLE[0])
    .replace("PARA2", ARTICLE[1])
    .replace("PARA3", ARTICLE[2])
)


def run_without_dac(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the Python ``code`` (with ``args`` in sys.argv) in a process for which a mode
    000 is a mode 000: as root, without CAP_DAC_OVERRIDE (setpriv), as a fuzzing session
    ran; skipped when root has no setpriv."""
    import pytest

    command = [sys.executable, "-c", code, *args]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root, and no setpriv to drop CAP_DAC_OVERRIDE")
        drop = "-dac_override,-dac_read_search"
        command = ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}", *command]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


def read_one(tmp_path: Path, text: str, name: str = "item.txt") -> Document:
    """``text`` written as ``tmp_path / name`` (UTF-8) and read as a folder's one document
    is (the desks' tests: outlet, byline, date and title as the list shows them)."""
    from wirediff.core.reading import load_paths

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_paths([path]).documents[0]
