"""Plain text (.txt, .md, and any unrecognised file that decodes as text)."""

from __future__ import annotations

from pathlib import Path

from wirediff.core.document import Document, first_line_title, normalize_newlines
from wirediff.core.reading.decoding import decode
from wirediff.core.reading.errors import EMPTY, ReadError
from wirediff.core.reading.options import ReaderOptions


def read_text(path: Path, data: bytes, options: ReaderOptions | None = None) -> list[Document]:
    """A plain-text file as one Document (title: its first non-empty line)."""
    text, encoding = decode(path, data)
    text = normalize_newlines(text)
    if not text.strip():
        raise ReadError(path, "empty file (only blank space)", "the file holds no text", EMPTY)
    title = first_line_title(text)
    fmt = "text"
    if path.suffix.lower() in (".md", ".markdown"):
        fmt, title = "markdown", title.lstrip("#").strip() or title
    return [Document(path=path, text=text, title=title, encoding=encoding, format=fmt)]
