"""Whether a file signature made of plain letters is a file's, not a text's first word.

A signature of a few letters ("BM", "MZ", "GIF89a", "RIFF", "BZh", "OggS", "ID3") can open a
text: "BMKG catat tujuh gempa susulan di Sukabumi" (BMKG, Indonesia's weather and quake
agency) was refused as a "binary file (BMP image)", "MZ Sport juara turnamen futsal" as a
"Windows program" (a Southeast Asian monitoring desk's walkthrough). Such a signature counts
only when the header after it is that format's: fields a text cannot hold (a NUL, a
control byte) or a structure the format requires. Signatures with a byte no text holds
("\\x89PNG", "PK\\x03\\x04", "\\x7fELF") need no confirming, nor the text formats' own
("%PDF-", "{\\rtf").
"""

from __future__ import annotations

from collections.abc import Callable

# A DIB header's sizes (BITMAPCOREHEADER, OS/2's, BITMAPINFOHEADER and its V2 to V5)
_DIB_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})
# A Windows program's (or OS/2's, or a DOS extender's) header, where the DOS one points
_NEW_HEADERS = (b"PE\x00\x00", b"NE", b"LE", b"LX")
_RIFF_FORMS = frozenset({b"WAVE", b"AVI ", b"AVIX", b"WEBP", b"RMID", b"ACON", b"CDXA"})
# bzip2's first block (pi's digits) or, of an empty stream, its end (sqrt(pi)'s)
_BZIP2_MAGICS = (b"1AY&SY", b"\x17rE8P\x90")


def _word(data: bytes, at: int, size: int = 4) -> int:
    """The little-endian unsigned number of ``size`` bytes at ``at`` (-1 past the end)."""
    field = data[at : at + size]
    return int.from_bytes(field, "little") if len(field) == size else -1


def _not_text(data: bytes, start: int, end: int) -> bool:
    """Whether ``data[start:end]`` holds a byte no text holds: a NUL or a C0 control other
    than tab, line feed, form feed and carriage return, or DEL."""
    return any((b < 0x20 and b not in b"\t\n\x0c\r") or b == 0x7F for b in data[start:end])


def _bmp(data: bytes) -> bool:
    """A BMP's file header: a DIB header of a known size, the pixels after it, a file size
    (0 where a writer left it) at least up to them."""
    offset, size = _word(data, 10), _word(data, 2)
    return (
        _word(data, 14) in _DIB_SIZES
        and 14 + _word(data, 14) <= offset
        and (size == 0 or size >= offset)
    )


def _exe(data: bytes) -> bool:
    """A program's DOS header: the new header it points to (at 0x3C) is there ("PE"…), or
    the DOS header's 64 bytes hold numbers no text holds (a DOS program's)."""
    at = _word(data, 0x3C)
    if at >= 0x40 and any(data[at : at + len(h)] == h for h in _NEW_HEADERS):
        return True
    return len(data) >= 0x40 and _not_text(data, 2, 0x40)


def _gif(data: bytes) -> bool:
    """A GIF's screen size: its width's and height's high bytes are controls below 8,192
    pixels, and its flags, background and aspect follow."""
    return _not_text(data, 6, 13)


def _riff(data: bytes) -> bool:
    """A RIFF file: one of the forms read (WAVE, AVI, WebP…) after its size."""
    return data[8:12] in _RIFF_FORMS


def _bzip2(data: bytes) -> bool:
    """A bzip2 stream: its block size (1 to 9) and its first block's magic number."""
    return data[3:4].isdigit() and data[3:4] != b"0" and data[4:10] in _BZIP2_MAGICS


def _ogg(data: bytes) -> bool:
    """An Ogg page: version 0 after "OggS"."""
    return data[4:5] == b"\x00"


def _id3(data: bytes) -> bool:
    """An ID3v2 tag: its version (2 to 4) and revision after "ID3"."""
    return data[3:4] in (b"\x02", b"\x03", b"\x04") and data[4:5] != b"\xff"


_CHECKS: dict[bytes, Callable[[bytes], bool]] = {
    b"BM": _bmp,
    b"MZ": _exe,
    b"GIF87a": _gif,
    b"GIF89a": _gif,
    b"RIFF": _riff,
    b"BZh": _bzip2,
    b"OggS": _ogg,
    b"ID3": _id3,
}


def confirmed(data: bytes, signature: bytes) -> bool:
    """Whether ``data``, which starts with ``signature``, is of its format: a signature of
    plain letters only when the header after it is the format's (``_CHECKS``)."""
    check = _CHECKS.get(signature)
    return check is None or check(data)
