"""Hostile files built at test time (never committed): entity bombs, zip bombs, floods of
tiny paragraphs, lines and records."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TINY_PARAGRAPH = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"


def docx_with(parts: dict[str, bytes]) -> bytes:
    """A ZIP holding ``parts`` (name -> bytes), deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def laughs(levels: int = 9) -> str:
    """The DTD of a "billion laughs": 10**levels copies of "lol" once expanded."""
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, levels + 1)
    )
    return f"<!DOCTYPE w:document [{entities}]>"


def bomb_document(declaration: str, before_dtd: str = "", levels: int = 9) -> str:
    """A document.xml that expands to 3 GB: ``before_dtd`` (a comment) between the XML
    declaration and the DTD hides it from a guard that looks only at the first bytes."""
    return (
        f"{declaration}{before_dtd}{laughs(levels)}"
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&a{levels};</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )


def entity_bombs() -> dict[str, bytes]:
    """Word files whose XML expands to gigabytes, each hiding its DTD differently."""
    utf8 = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    comment = "<!-- " + "saved by Word " * 200 + "-->"  # pushes the DTD past 2 KB
    utf16 = bomb_document('<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16")
    core = bomb_document(utf8).replace("w:document", "cp:coreProperties")
    body = f'{utf8}<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Hello'
    body += "</w:t></w:r></w:p></w:body></w:document>"
    return {
        "after-comment.docx": docx_with(
            {"word/document.xml": bomb_document(utf8, comment).encode()}
        ),
        "utf-16.docx": docx_with({"word/document.xml": utf16}),
        "in-properties.docx": docx_with(
            {"word/document.xml": body.encode(), "docProps/core.xml": core.encode()}
        ),
        "external-entity.docx": docx_with(
            {
                "word/document.xml": (
                    f'{utf8}<!DOCTYPE w:document SYSTEM "file:///etc/passwd">'
                    f'<w:document xmlns:w="{W}"/>'
                ).encode()
            }
        ),
    }


def _raw_deflate_repeated(chunk: bytes, times: int) -> bytes:
    """A raw deflate stream of ``chunk * times``, built in milliseconds whatever its size:
    after a full flush the compressor starts afresh, so every copy compresses alike."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert again == block
    return block * times + compressor.flush()


def lying_zip(name: str, chunk: bytes, times: int, claimed_size: int) -> bytes:
    """A ZIP whose one part really unpacks to ``len(chunk) * times`` bytes while its headers
    claim ``claimed_size`` (a zip bomb that passes a check of the header alone)."""
    data = _raw_deflate_repeated(chunk, times)
    encoded = name.encode()
    crc = 0  # wrong on purpose: nothing should read far enough to check it
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), claimed_size, len(encoded), 0
    )
    central = struct.pack(
        "<4s6H3L5H2L",
        b"PK\x01\x02",
        20,
        20,
        0,
        8,
        0,
        0,
        crc,
        len(data),
        claimed_size,
        len(encoded),
        0,
        0,
        0,
        0,
        0,
        0,
    )
    directory = central + encoded
    offset = len(local) + len(encoded) + len(data)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(directory), offset, 0)
    return local + encoded + data + directory + end


def tiny_paragraph_docx(paragraphs: int) -> bytes:
    """A small .docx (about 570 KB for 3 million) of one-letter paragraphs."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'.encode()
    tail = b"</w:body></w:document>"
    out = io.BytesIO()
    per_block = min(paragraphs, 10_000)
    block = TINY_PARAGRAPH * per_block
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z,
        z.open("word/document.xml", "w") as part,
    ):
        part.write(head)
        for _ in range(paragraphs // per_block):
            part.write(block)
        part.write(tail)
    return out.getvalue()


def pdf_pages(
    contents: list[bytes], shared: bool = False, rotate: list[int] | None = None
) -> bytes:
    """A PDF of one page per item of ``contents`` (its drawing instructions, deflated);
    ``shared``: every page draws the first one's stream (one object for them all);
    ``rotate``: each page's /Rotate."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    streams = contents[:1] if shared else contents
    for i, data in enumerate(streams):
        packed = zlib.compress(data, 9)
        objects[4 + i] = (
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
            + packed
            + b"\nendstream"
        )
    first_page = 4 + len(streams)
    kids = []
    for i in range(len(contents)):
        stream = 4 if shared else 4 + i
        kids.append(b"%d 0 R" % (first_page + i))
        turn = b" /Rotate %d" % rotate[i] if rotate else b""
        objects[first_page + i] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]%s "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (turn, stream)
        )
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets.get(i, 0) for i in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def pdf_text(words: str) -> bytes:
    """A page's drawing instructions that write ``words``."""
    return b"BT /F1 12 Tf 72 700 Td (" + words.encode() + b") Tj ET\n"
