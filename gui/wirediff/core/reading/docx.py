"""Word documents (.docx): paragraphs and table cells in reading order, plus core properties.

Read with zipfile and expat rather than python-docx: a .docx is a ZIP of XML parts, and the
text is the ``w:t`` runs of ``w:p`` paragraphs. Streaming the parts (``xmlparts``) bounds the
memory (no part and no tree is held whole), refuses DTDs (entity bombs), counts the real
unpacked size (zip bombs) and stops at the caps on characters and lines as the text comes.
"""

from __future__ import annotations

import logging
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

from wirediff.core.document import Document, first_line_title, normalize_newlines
from wirediff.core.reading.dates import to_iso
from wirediff.core.reading.decoding import not_its_format, sniff_binary
from wirediff.core.reading.errors import LITTLE_TEXT, MALFORMED, ReadError
from wirediff.core.reading.limits import Budget
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.xmlparts import REFUSED, parse_part

log = logging.getLogger(__name__)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _T, _TAB, _BREAKS = _W + "p", _W + "t", _W + "tab", (_W + "br", _W + "cr")
_CORE = {
    "http://purl.org/dc/elements/1.1/}title": "title",
    "http://purl.org/dc/elements/1.1/}creator": "creator",
    "http://purl.org/dc/terms/}created": "created",
}
_MAX_PROPERTY = 1000  # characters kept of a title, author or date
_HINT = "open it in Word or LibreOffice and save it again as .docx, or save it as .txt"


class _Body:
    """The text of the outermost paragraphs, one line each, counted against the budget.

    Paragraphs nest (a text box inside a paragraph): an inner one's text belongs to the
    outer one, as Word shows it. Not ``w:delText``: deleted tracked changes are not text.
    Every paragraph counts against the line cap, empty ones too (they cost parsing).
    """

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.depth = 0  # paragraphs open
        self.in_text = 0  # w:t elements open inside a paragraph

    def start(self, name: str) -> None:
        if name == _P:
            self.depth += 1
        elif not self.depth:
            return
        elif name == _T:
            self.in_text += 1
        elif name == _TAB:
            self.parts.append("\t")
        elif name in _BREAKS:
            self.parts.append("\n")
            self.budget.add_lines(1)

    def end(self, name: str) -> None:
        if name == _T and self.in_text:
            self.in_text -= 1
        elif name == _P and self.depth:
            self.depth -= 1
            if not self.depth:
                line = "".join(self.parts).strip()
                self.parts.clear()
                self.budget.add_lines(2)  # the paragraph and the blank line after it
                if line:
                    self.lines.append(line)

    def text(self, data: str) -> None:
        if self.in_text:
            self.parts.append(data)
            self.budget.add_chars(len(data))


class _Properties:
    """Title, author and creation date: the text of those children of the root."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.depth = 0
        self.key = ""

    def start(self, name: str) -> None:
        self.depth += 1
        self.key = _CORE.get(name, "") if self.depth == 2 else ""

    def end(self, name: str) -> None:
        self.depth -= 1
        self.key = ""

    def text(self, data: str) -> None:
        if self.key:
            value = self.values.get(self.key, "") + data
            self.values[self.key] = value[:_MAX_PROPERTY]


def _properties(path: Path, archive: zipfile.ZipFile, options: ReaderOptions) -> _Properties:
    """The title, author and date of ``docProps/core.xml``; none when that part is broken
    (the text is what matters: a broken property part lost the whole file). A DTD in it is
    refused as anywhere (``xmlparts``), and so is a part past the unpacked cap."""
    props = _Properties()
    try:
        parse_part(path, archive, "docProps/core.xml", props, options)
    except ReadError as exc:
        if exc.code != MALFORMED or exc.reason == REFUSED:
            raise
        log.debug("properties of %s left out: %s", path, exc.reason)
        return _Properties()
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # the part's bytes damaged
        log.debug("properties of %s left out: %s", path, exc)
        return _Properties()
    return props


def read_docx(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """A Word document as one Document: one line per paragraph, blank line between."""
    body = _Body(Budget(path, options))
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            found = parse_part(path, archive, "word/document.xml", body, options)
            props = _properties(path, archive, options)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        # NotImplementedError: a ZIP of a version or with features zipfile does not read.
        log.debug("not a docx: %s (%s)", path, exc)
        if data.startswith(b"PK") and b"word/document.xml" in data:  # cut short (a download)
            reason = "damaged Word file: its ZIP container is cut short or broken"
            raise ReadError(path, reason, _HINT, MALFORMED) from None
        raise not_its_format(path, data, "a Word .docx file", _HINT) from None
    if not found:  # another zipped document renamed (an .odt, an .epub) says what it is
        if sniff_binary(data) not in ("", "ZIP archive"):
            raise not_its_format(path, data, "a Word .docx file", _HINT)
        raise ReadError(path, "not a Word .docx file (no document part)", _HINT, MALFORMED)
    text = normalize_newlines("\n\n".join(body.lines))
    if len(text) < options.min_chars:
        raise ReadError(path, "almost no text in the Word file", _HINT, LITTLE_TEXT)
    values = {k: v.strip() for k, v in props.values.items()}
    return [
        Document(
            path=path,
            text=text,
            title=values.get("title") or first_line_title(text),
            date=to_iso(values.get("created", ""))[:10],
            encoding="utf-8 (docx)",
            format="docx",
            byline=values.get("creator", ""),
        )
    ]
