"""Word documents (.docx): paragraphs and table cells in reading order, plus core properties.

Read with zipfile and ElementTree rather than python-docx: a .docx is a ZIP of XML parts, and
the text is the ``w:t`` runs of ``w:p`` paragraphs; this avoids a dependency, lets us bound
the decompressed size (zip bombs), refuse DTDs (entity expansion), and read tables and
text boxes in document order.
"""

from __future__ import annotations

import logging
import zipfile
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree

from wirediff.core.document import Document, first_line_title
from wirediff.core.reading.dates import to_iso
from wirediff.core.reading.errors import LITTLE_TEXT, MALFORMED, TOO_LARGE, ReadError
from wirediff.core.reading.options import ReaderOptions

log = logging.getLogger(__name__)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "creator": "{http://purl.org/dc/elements/1.1/}creator",
    "created": "{http://purl.org/dc/terms/}created",
}
_MAX_XML = 200 * 1024 * 1024  # decompressed document.xml; real ones are a few MB
_HINT = "open it in Word or LibreOffice and save it again as .docx, or save it as .txt"


def _part(path: Path, archive: zipfile.ZipFile, name: str) -> ElementTree.Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_XML:
        raise ReadError(path, "Word file expands too large", _HINT, TOO_LARGE)
    xml = archive.read(info)
    if b"<!DOCTYPE" in xml[:2048].upper():  # Word never writes one; entity bombs do
        raise ReadError(path, "Word file with a DTD (refused)", _HINT, MALFORMED)
    return ElementTree.fromstring(xml)


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        if node.tag == _W + "t":  # not w:delText: deleted tracked changes are not text
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append("\t")
        elif node.tag in (_W + "br", _W + "cr"):
            parts.append("\n")
    return "".join(parts)


def read_docx(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """A Word document as one Document: one line per paragraph, blank line between."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            body = _part(path, archive, "word/document.xml")
            core = _part(path, archive, "docProps/core.xml")
    except (zipfile.BadZipFile, ElementTree.ParseError, EOFError, ValueError) as exc:
        reason = "not a Word .docx file" + (" (encrypted?)" if data[:4] != b"PK\x03\x04" else "")
        log.debug("not a docx: %s (%s)", path, exc)
        raise ReadError(path, reason, _HINT, MALFORMED) from None
    if body is None:
        raise ReadError(path, "not a Word .docx file (no document part)", _HINT, MALFORMED)
    # Paragraphs nest (text boxes inside paragraphs): take only the outermost ones.
    inner = {id(p) for outer in body.iter(_W + "p") for p in outer.iter(_W + "p") if p is not outer}
    lines = [_paragraph_text(p) for p in body.iter(_W + "p") if id(p) not in inner]
    text = "\n\n".join(line.strip() for line in lines if line.strip())
    if len(text) < options.min_chars:
        raise ReadError(path, "almost no text in the Word file", _HINT, LITTLE_TEXT)
    props = (
        {k: (core.findtext(tag) or "").strip() for k, tag in _CORE.items()}
        if core is not None
        else {}
    )
    return [
        Document(
            path=path,
            text=text,
            title=props.get("title") or first_line_title(text),
            date=to_iso(props.get("created", ""))[:10],
            encoding="utf-8 (docx)",
            format="docx",
            byline=props.get("creator", ""),
        )
    ]
