"""Plain text (.txt, .md and anything unrecognised that decodes as text)."""

from __future__ import annotations

import codecs
from pathlib import Path

from wirediff.core.document import Document, first_line_title, normalize_newlines
from wirediff.core.reading.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Decode ``data`` as UTF-8 (with or without BOM) or BOM-marked UTF-16/32.

    Returns ``(text, encoding)``. Raises ReadError when the bytes are none of these.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ReadError(
                    path,
                    f"broken {encoding.upper()} text at byte {exc.start}",
                    "the file starts like Unicode text but is damaged",
                ) from None
    if b"\x00" in data:
        raise ReadError(path, "binary file (contains NUL bytes)", "not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise ReadError(
            path,
            f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})",
            "save the file as UTF-8",
        ) from None


def read_text(path: Path, data: bytes) -> Document:
    """A Document from the bytes of a plain-text file."""
    text, encoding = decode(path, data)
    text = normalize_newlines(text)
    if not text.strip():
        raise ReadError(path, "empty file", "the file holds no text")
    return Document(
        path=path, text=text, title=first_line_title(text), encoding=encoding, format="text"
    )
