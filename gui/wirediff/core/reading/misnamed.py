"""Files of a format wirediff reads under another format's ending: what they are, and the
ending that reads them.

A tester's ``iskitim_snegopad.txt`` was a Word document, said to be a "binary file (ZIP
archive)", and ``kbgazette_flood_sensors.pdf`` a saved web page, told to be renamed .txt
(its markup would then have been read as words).
"""

from __future__ import annotations

import re

from wirediff.core.record import record

# How a web page opens, after any XML declaration (an XHTML page's `<?xml version="1.0"?>`);
# a file of an ending wirediff does not know that opens so is read as one (``registry``:
# pages saved as .php, .aspx or without an ending).
WEB_PAGE_START = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!doctype html|<html|<head|<meta|<!--)", re.IGNORECASE
)


def opens_as_web_page(data: bytes) -> bool:
    """Whether ``data`` opens as a web page does (``WEB_PAGE_START``), after a UTF-8 byte
    order mark: a page saved with one, as .txt, .php or without an ending, had its markup,
    scripts and menus read as words, its title its doctype (a probe)."""
    head = data[:512].removeprefix(b"\xef\xbb\xbf")
    return WEB_PAGE_START.match(head.decode("latin-1")) is not None


@record(frozen=True)
class Format:
    """A format wirediff reads: what a file of it is, and the ending that reads it."""

    what: str  # "a Word document (.docx)"
    ending: str  # ".docx"
    reads_as: str  # "a Word document"

    @property
    def hint(self) -> str:
        return f"rename it with the ending {self.ending} to read it as {self.reads_as}"


WORD = Format("a Word document (.docx)", ".docx", "a Word document")
ODT = Format("an OpenDocument text (.odt)", ".odt", "an OpenDocument text")
# an OpenDocument text's first entry, stored: its name and what it holds
_ODT_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"
PDF = Format("a PDF document", ".pdf", "a PDF")
WEB_PAGE = Format("a web page (HTML)", ".html", "a web page")


def binary_format(data: bytes) -> Format | None:
    """The format ``data`` is in when it is a Word document (a ZIP holding
    ``word/document.xml``), an OpenDocument text (a ZIP whose first entry, ``mimetype``,
    stored, says so) or a PDF (``%PDF-`` first); else None."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"PK\x03\x04") and data[30:77] == _ODT_MIMETYPE:
        return ODT
    if data.startswith(b"PK\x03\x04") and b"word/document.xml" in data:
        return WORD
    return None
