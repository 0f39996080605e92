"""XML parts of a ZIP container (a .docx), streamed with bounded memory and no DTD.

Word never writes a DTD; entity bombs need one (entities defined in terms of each other
turn a 90 KB file into gigabytes). Here expat raises at the first document type or entity
declaration, and at any external entity, wherever it appears and whatever the part's
encoding (expat decodes UTF-8, UTF-16 and the rest itself, so a DTD after a comment or in
UTF-16 is seen too). A part is decompressed 64 KB at a time and fed to the parser as it
comes: the real decompressed size is counted (a ZIP header can under-state it) and the read
stops past the cap; no part is ever held whole in memory, nor its tree.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, Protocol
from xml.parsers import expat

from wirediff.core.reading.errors import MALFORMED, ReadError
from wirediff.core.reading.limits import check_cancel, over_cap
from wirediff.core.reading.options import ReaderOptions

CHUNK = 64 * 1024
_HINT = "open it in Word or LibreOffice and save it again as .docx, or save it as .txt"


class Handler(Protocol):
    """What a part's elements and text are given to (names as ``namespace}local``)."""

    def start(self, name: str) -> None: ...
    def end(self, name: str) -> None: ...
    def text(self, data: str) -> None: ...


def _refuse(path: Path) -> Callable[..., NoReturn]:
    def refuse(*_args: object) -> NoReturn:
        raise ReadError(
            path, "Word file with a DTD or entity declaration (refused)", _HINT, MALFORMED
        )

    return refuse


def _parser(path: Path, handler: Handler) -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True  # one text call per run of characters, not per line
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    refuse = _refuse(path)
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.NotationDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = lambda name, _attrs: handler.start(name)
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.text
    return parser


def parse_part(
    path: Path, archive: zipfile.ZipFile, name: str, handler: Handler, options: ReaderOptions
) -> bool:
    """Stream the XML part ``name`` into ``handler``; False when the archive has no such part.

    Raises ReadError for a DTD or entity declaration, malformed XML, an encrypted or oddly
    compressed part, or more than ``options.max_unpacked`` unpacked bytes, and
    ReadCancelled between chunks when ``options.should_cancel`` says so.
    zipfile.BadZipFile (a CRC mismatch when the header lied about the size) and zlib.error
    (a corrupt stream) are left to the caller.
    """
    limit = options.max_unpacked
    try:
        info = archive.getinfo(name)
    except KeyError:
        return False
    if info.flag_bits & 0x1:
        reason = "encrypted Word file"
        raise ReadError(path, reason, "save a copy without a password", MALFORMED)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        # Word only deflates; bzip2 and LZMA parts are not decompressed in bounded steps.
        raise ReadError(path, "not a Word .docx file (unusual compression)", _HINT, MALFORMED)
    if info.file_size > limit:
        raise over_cap(path, "bytes of XML once unpacked", limit, "max_unpacked")
    parser = _parser(path, handler)
    unpacked = 0
    try:
        with archive.open(info) as part:
            while chunk := part.read(CHUNK):
                unpacked += len(chunk)
                if unpacked > limit:
                    raise over_cap(path, "bytes of XML once unpacked", limit, "max_unpacked")
                parser.Parse(chunk, False)
                check_cancel(options)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        reason = f"not a Word .docx file (broken XML in {name}: {expat.ErrorString(exc.code)})"
        raise ReadError(path, reason, _HINT, MALFORMED) from None
    except (LookupError, ValueError):  # an encoding expat cannot read ("bogus", UTF-7)
        reason = f"not a Word .docx file (unknown encoding in {name})"
        raise ReadError(path, reason, _HINT, MALFORMED) from None
    return True
