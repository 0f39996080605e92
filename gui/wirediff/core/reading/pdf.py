"""PDF files with a text layer, via pypdf (pages joined by a blank line)."""

from __future__ import annotations

import logging
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from wirediff.core.document import Document, first_line_title, normalize_newlines
from wirediff.core.reading.decoding import not_its_format
from wirediff.core.reading.errors import LITTLE_TEXT, MALFORMED, UNREADABLE, ReadError
from wirediff.core.reading.limits import Budget, check_cancel
from wirediff.core.reading.options import ReaderOptions

_LOCKED_HINT = "open it in a PDF viewer and save a copy without protection"
_HINT = "open it in a PDF viewer and save or export it again, or save its text as .txt"
# pypdf reports every recoverable oddity of a damaged file through logging; they would
# flood the app's log for files that read fine.
logging.getLogger("pypdf").setLevel(logging.ERROR)

if TYPE_CHECKING:
    from pypdf import PdfReader


def _page_texts(path: Path, reader: PdfReader, options: ReaderOptions) -> list[str]:
    """The text of each page, stopping at the caps; every page counts two lines (it and
    the blank line after it), empty ones too: they cost extraction time."""
    budget = Budget(path, options)
    pages: list[str] = []
    for page in reader.pages:
        check_cancel(options)
        text = normalize_newlines(page.extract_text() or "").strip()
        budget.add(text)
        budget.add_lines(2)
        pages.append(text)
    return pages


def read_pdf(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """The text layer of a PDF as one Document."""
    from pypdf import PdfReader  # imported only when a PDF comes
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

    if b"%PDF-" not in data[:1024]:
        raise not_its_format(path, data, "a PDF file", _HINT)
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(path, "password-protected PDF", _LOCKED_HINT, UNREADABLE)
        pages = _page_texts(path, reader, options)
        info = reader.metadata
        title = str(info.title or "").strip() if info else ""
        author = str(info.author or "").strip() if info else ""
        created = info.creation_date if info else None
    except (DependencyError, FileNotDecryptedError):  # AES needs the cryptography package
        raise ReadError(path, "encrypted PDF", _LOCKED_HINT, UNREADABLE) from None
    except NotImplementedError:  # an encryption scheme pypdf does not know
        if b"/Encrypt" not in data:
            raise
        raise ReadError(path, "encrypted PDF", _LOCKED_HINT, UNREADABLE) from None
    except (PdfReadError, PyPdfError) as exc:
        raise ReadError(path, f"damaged PDF ({str(exc)[:60]})", _HINT, MALFORMED) from None
    text = "\n\n".join(page for page in pages if page)
    if len(text) < options.min_chars:
        raise ReadError(
            path,
            "no text layer (scanned PDF?)",
            "run OCR on it first (e.g. ocrmypdf), or save its text as .txt",
            LITTLE_TEXT,
        )
    return [
        Document(
            path=path,
            text=text,
            title=title or first_line_title(text),
            date=created.date().isoformat() if created else "",
            encoding="pdf text layer",
            format="pdf",
            byline=author,
        )
    ]
