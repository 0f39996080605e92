"""A file signature of plain letters opening a text ("BMKG catat …", "MZ Sport …") is no
file's: the text is read; a real image, program or archive renamed .txt is still refused,
its kind named (a Southeast Asian monitoring desk's walkthrough)."""

from __future__ import annotations

import bz2
import io
import struct
import wave
from pathlib import Path

import pytest

from wirediff.core.reading import ReadError, read_document
from wirediff.core.reading import errors as E
from wirediff.core.reading.decoding import _SIGNATURES, sniff_binary

LEDE = (
    "JAKARTA (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika mencatat tujuh gempa "
    "susulan setelah gempa bermagnitudo 6,1 mengguncang Sukabumi, Jawa Barat, Senin pagi."
)


def _bmp() -> bytes:
    """A 1x1 24-bit BMP, as Paint writes one."""
    pixels = b"\x00\x00\xff\x00"  # one red pixel, its row padded to 4 bytes
    info = struct.pack("<IiiHHIIiiII", 40, 1, 1, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    size = 14 + len(info) + len(pixels)
    return b"BM" + struct.pack("<IHHI", size, 0, 0, 14 + len(info)) + info + pixels


def _exe() -> bytes:
    """A Windows program's headers: DOS's, pointing at 0x80, and the PE header there."""
    dos = bytearray(0x80)
    dos[:2] = b"MZ"
    dos[2:6] = struct.pack("<HH", 0x90, 3)  # bytes on the last page, pages
    dos[0x3C:0x40] = struct.pack("<I", 0x80)
    pe = b"PE\x00\x00" + struct.pack("<HH", 0x8664, 1) + bytes(16)
    return bytes(dos) + pe


def _dos_exe() -> bytes:
    """A DOS program's header alone (no new header)."""
    return (
        b"MZ" + struct.pack("<13H", 0x90, 3, 0, 4, 0, 0xFFFF, 0, 0xB8, 0, 0, 0, 0x40, 0) + bytes(64)
    )


def _gif() -> bytes:
    """A 1x1 GIF: screen, a two-colour table, one image, its data, the trailer."""
    return (
        b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
        b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    )


def _wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(bytes(800))
    return out.getvalue()


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("BMKG catat tujuh gempa susulan di Sukabumi", "id_bm.txt"),
        ("MZ Sport juara turnamen futsal Jakarta", "id_mz.txt"),
        ("GIF89a bukan gambar, teks biasa tentang format lama", "id_gif.txt"),
        ("RIFF antara dua kubu partai memanas menjelang pemilu", "riff.txt"),
        ("ID3 tag lagu daerah hilang dari arsip digital RRI", "id3.txt"),
        ("OggStream festival digelar di Bandung pekan depan", "ogg.txt"),
        ("BZh akan diganti sistem baru, kata pejabat", "bzh.txt"),
        ("BM", "short.txt"),
    ],
)
def test_a_text_opening_with_a_signatures_letters_is_read(
    tmp_path: Path, opening: str, name: str
) -> None:
    """Every article opening with "BMKG" (Indonesia's weather and quake agency) was skipped
    as a "binary file (BMP image)", one with "MZ Sport" as a "Windows program"."""
    path = tmp_path / name
    path.write_text(f"{opening}\n\n{LEDE}\n", encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.encoding) == (opening, "utf-8")


def test_no_signature_of_plain_letters_is_taken_from_a_text_alone() -> None:
    """Each signature the table holds that a text could open with (printable letters),
    before a text's words, is no file's kind; the text formats' own ("%PDF-", "{\\rtf")
    aside."""
    plain = [
        s
        for s, _ in _SIGNATURES
        if all(0x20 <= b < 0x7F for b in s) and s not in (b"%PDF-", b"{\\rtf")
    ]
    assert {b"BM", b"MZ", b"GIF89a", b"RIFF", b"ID3", b"OggS", b"BZh"} <= set(plain)
    for signature in plain:
        for text in (b" " + LEDE.encode() * 3, b"KG catat gempa\n\n" + LEDE.encode()):
            assert sniff_binary(signature + text) == "", signature


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (_bmp(), "BMP image"),
        (_exe(), "Windows program"),
        (_dos_exe(), "Windows program"),
        (_gif(), "GIF image"),
        (_wav(), "RIFF media (WebP, WAV or AVI)"),
        (bz2.compress(LEDE.encode() * 20), "bzip2 archive"),
        (bz2.compress(b""), "bzip2 archive"),
        (b"OggS\x00\x02" + bytes(22) + b"\x01\x1e\x01vorbis", "Ogg media"),
        (b"ID3\x03\x00\x00\x00\x00\x0f\x76TIT2" + bytes(40), "MP3 audio"),
    ],
)
def test_a_real_file_renamed_txt_is_refused_as_its_kind(
    tmp_path: Path, data: bytes, kind: str
) -> None:
    path = tmp_path / "renamed.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert (err.value.code, err.value.reason) == (E.BINARY, f"binary file ({kind})")


def test_a_pdf_named_file_of_text_opening_with_bmkg_holds_plain_text(tmp_path: Path) -> None:
    """Under another format's name, such a text is told as text, not "a BMP image"."""
    path = tmp_path / "gempa.pdf"
    path.write_text(f"BMKG catat tujuh gempa susulan\n\n{LEDE}\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.reason == "not a PDF file: it holds plain text"
