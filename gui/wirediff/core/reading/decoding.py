"""Bytes into text: BOMs, UTF-8, UTF-16 without BOM, and detected legacy encodings."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from wirediff.core.reading.errors import BINARY, EMPTY, UNDECODABLE, ReadError

_BOMS = (  # (mark, codec that strips it, name shown with the document)
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8 (BOM)"),
    # UTF-32 LE before UTF-16 LE: it starts with the same two bytes.
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le (BOM)"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be (BOM)"),
)

# File signatures of common non-text files, so the message can say what the file is.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP, WAV or AVI)"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"BM", "BMP image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"%PDF-", "PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document (.doc/.xls)"),
    (b"\x7fELF", "program"),
    (b"MZ", "Windows program"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
)
_TEXT_FORMATS = ".txt, .md, .html, .json, .jsonl, .csv, .docx or .pdf"
BINARY_HINT = f"not a text file; wirediff reads {_TEXT_FORMATS}"
# C0 controls other than tab, newline, form feed and carriage return; and the C1 block.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_DISPLAY_NAMES = {"utf_8": "utf-8", "utf_16": "utf-16", "latin_1": "latin-1"}


def sniff_binary(data: bytes) -> str:
    """What kind of non-text file ``data`` starts like ("PNG image"), or ""."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return ""


def encoding_name(codec: str) -> str:
    """A readable, canonical name for a codec ("cp1252" -> "windows-1252")."""
    name = codecs.lookup(codec).name
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    return _DISPLAY_NAMES.get(name, name.replace("_", "-"))


def decode(path: Path, data: bytes, declared: str = "") -> tuple[str, str]:
    """Decode ``data`` into ``(text, encoding)``, or raise ReadError.

    Order: a BOM; a NUL-free valid UTF-8; UTF-16 without BOM (zero bytes on every other
    position); the ``declared`` encoding (an HTML meta charset) if it decodes; else
    charset-normalizer's guess, accepted only when the result has no control characters.
    """
    if not data.strip():
        raise ReadError(path, "empty file", "the file holds no text", EMPTY)
    for bom, codec, shown in _BOMS:
        if data.startswith(bom):
            return _decode_strict(path, data, codec), shown
    kind = sniff_binary(data)
    if kind:
        raise ReadError(path, f"binary file ({kind})", BINARY_HINT, BINARY)
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if not codec:
            raise ReadError(path, "binary file (contains NUL bytes)", BINARY_HINT, BINARY)
        return data.decode(codec), encoding_name(codec)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), encoding_name(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return _detect(path, data)


def _decode_strict(path: Path, data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        name = encoding_name(codec).upper()
        raise ReadError(
            path,
            f"broken {name} text at byte {exc.start}",
            "the file starts like Unicode text but is damaged; re-save it as UTF-8",
            UNDECODABLE,
        ) from None


# Zero bytes a BOM-less UTF-16 text has at the least: its line breaks, spaces, digits.
_UTF16_MIN_ZEROS = 4


def _utf16_without_bom(data: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' for BOM-less UTF-16 text, else "".

    Its tell: zero bytes on one parity only (the high bytes of ASCII spaces and punctuation,
    even in Cyrillic or Greek text), at least ``_UTF16_MIN_ZEROS`` of them, and the decoded
    text free of control characters. (A stray NUL or two in ASCII text also sits on one
    parity, and ASCII read as UTF-16 is all CJK ideographs, which are not controls.)
    """
    if len(data) % 2:
        return ""
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even and odd:
        return ""
    codec = "utf-16-le" if odd else "utf-16-be"
    if max(even, odd) < max(_UTF16_MIN_ZEROS, len(sample) // 2 * 0.05):
        return ""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return ""
    return codec if _few_controls(text) else ""


def _few_controls(text: str) -> bool:
    """Whether ``text`` has at most a stray control character (a DOS end-of-file mark)."""
    return len(_CONTROL.findall(text)) <= 1 + len(text) // 1000


def _detect(path: Path, data: bytes) -> tuple[str, str]:
    """charset-normalizer's best guess, preferring Windows-1252 among equal guesses."""
    from charset_normalizer import from_bytes  # only legacy files pay for the import

    matches = list(from_bytes(data))
    codecs_to_try: list[str] = []
    if matches:
        best = matches[0]
        # Western text fits several code pages equally well; Windows-1252 is by far the
        # most common of them, and the detector otherwise picks the first alphabetically.
        for match in matches:
            ties = match.chaos <= best.chaos and match.coherence >= best.coherence - 0.01
            if ties and "cp1252" in match.could_be_from_charset:
                codecs_to_try.append("cp1252")
                break
        codecs_to_try.append(best.encoding)
    for codec in codecs_to_try:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if _few_controls(text):
            return text, encoding_name(codec)
    raise ReadError(
        path,
        "not text in a known encoding",
        "if it is text, re-save it as UTF-8; otherwise remove it from the folder",
        UNDECODABLE,
    )
