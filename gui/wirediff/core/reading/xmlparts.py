"""XML parts of a ZIP container (a .docx, an .odt), streamed with bounded memory and no DTD.

Word never writes a DTD; entity bombs need one (entities defined in terms of each other
turn a 90 KB file into gigabytes). Here expat raises at the first document type or entity
declaration, and at any external entity, wherever it appears and whatever the part's
encoding (expat decodes UTF-8, UTF-16 and the rest itself, so a DTD after a comment or in
UTF-16 is seen too). A part is decompressed 64 KB at a time and fed to the parser as it
comes: the real decompressed size is counted (a ZIP header can under-state it) and the read
stops past the cap; no part is ever held whole in memory, nor its tree. Chunks grow while
the parser is inside one long token (expat scans it again at every call), and elements
nested more than ``MAX_DEPTH`` deep are refused.
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
CHUNK_MAX = 16 * 1024 * 1024  # a chunk that gave nothing doubles up to this
# Elements open at once at most: Word nests a few dozen (tables in tables); expat keeps each
# open one (about 125 bytes), and 30 million "<a>" fit in a 100 KB file (4 GB).
MAX_DEPTH = 10_000
_HINT = "open it in Word or LibreOffice and save it again as .docx, or save it as .txt"


class Handler(Protocol):
    """What a part's elements and text are given to (names, attributes' too, as
    ``namespace}local``)."""

    def start(self, name: str, attributes: dict[str, str]) -> None: ...
    def end(self, name: str) -> None: ...
    def text(self, data: str) -> None: ...


REFUSED = "Word file with a DTD or entity declaration (refused)"


def _refuse(path: Path, reason: str = REFUSED, hint: str = _HINT) -> Callable[..., NoReturn]:
    def refuse(*_args: object) -> NoReturn:
        raise ReadError(path, reason, hint, MALFORMED)

    return refuse


class Events:
    """Counts what the parser reports (a chunk that gave nothing is the middle of one long
    token) and how deep the open elements are."""

    def __init__(self, path: Path, handler: Handler, kind: str = "Word file") -> None:
        self.path, self.handler, self.kind = path, handler, kind
        self.count = self.depth = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.count += 1
        self.depth += 1
        if self.depth > MAX_DEPTH:
            reason = f"{self.kind} nested too deeply (more than {MAX_DEPTH:,} elements)"
            raise ReadError(self.path, reason, _HINT, MALFORMED)
        self.handler.start(name, attributes)

    def end(self, name: str) -> None:
        self.count += 1
        self.depth -= 1
        self.handler.end(name)

    def text(self, data: str) -> None:
        self.count += 1
        self.handler.text(data)

    def other(self, *_args: object) -> None:
        self.count += 1


def xml_parser(path: Path, events: Events, refuse: Callable[..., NoReturn]) -> expat.XMLParserType:
    """An expat parser giving ``events`` their calls, ``refuse`` called at any entity
    declaration or external entity (and, for a Word part, at a document type)."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True  # one text call per run of characters, not per line
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.NotationDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = events.start
    parser.EndElementHandler = events.end
    parser.CharacterDataHandler = events.text
    parser.CommentHandler = parser.ProcessingInstructionHandler = events.other
    return parser


def parse_part(
    path: Path,
    archive: zipfile.ZipFile,
    name: str,
    handler: Handler,
    options: ReaderOptions,
    *,
    what: str = "a Word .docx file",
    file: str = "Word file",
    hint: str = _HINT,
) -> bool:
    """Stream the XML part ``name`` into ``handler``; False when the archive has no such part.
    The errors say the file is not ``what`` ("not a Word .docx file (broken XML…)") or
    name it ``file`` ("Word file with a DTD…"), with ``hint``: an .odt's say so of an .odt.

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
        reason = f"encrypted {file}"
        raise ReadError(path, reason, "save a copy without a password", MALFORMED)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        # Word only deflates; bzip2 and LZMA parts are not decompressed in bounded steps.
        raise ReadError(path, f"not {what} (unusual compression)", hint, MALFORMED)
    if info.file_size > limit:
        raise over_cap(path, "bytes of XML once unpacked", limit, "max_unpacked")
    events = Events(path, handler, file)
    refused = f"{file} with a DTD or entity declaration (refused)"  # (REFUSED for Word's)
    parser = xml_parser(path, events, _refuse(path, refused, hint))
    unpacked = 0
    size = CHUNK
    try:
        with archive.open(info) as part:
            while chunk := part.read(size):
                unpacked += len(chunk)
                if unpacked > limit:
                    raise over_cap(path, "bytes of XML once unpacked", limit, "max_unpacked")
                before = events.count
                parser.Parse(chunk, False)
                # expat (before 2.6) scans an unfinished token again from its start at every
                # call: a token of megabytes fed 64 KB at a time was quadratic (an 88 KB
                # file took 54 s). A chunk that gave nothing doubles the next one, up to
                # ``CHUNK_MAX`` (one read of tens of MB held, and cancel asked less often).
                size = CHUNK if events.count != before else min(2 * size, CHUNK_MAX)
                check_cancel(options)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        reason = f"not {what} (broken XML in {name}: {expat.ErrorString(exc.code)})"
        raise ReadError(path, reason, hint, MALFORMED) from None
    except (LookupError, ValueError):  # an encoding expat cannot read ("bogus", UTF-7)
        reason = f"not {what} (unknown encoding in {name})"
        raise ReadError(path, reason, hint, MALFORMED) from None
    return True


MAX_PROPERTY = 1000  # characters kept of a document property: a title, an author, a date


class PropertyText:
    """A part's properties (a title, an author, a date: ``names`` maps their elements to
    keys) as the text of those elements standing ``depth`` deep: Word's ``docProps/core.xml``
    (children of the root) and OpenDocument's ``meta.xml`` (of ``office:meta``) alike."""

    def __init__(self, names: dict[str, str], depth: int) -> None:
        self.names, self.at = names, depth
        self.values: dict[str, str] = {}
        self.depth = 0
        self.key = ""

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        self.key = self.names.get(name, "") if self.depth == self.at else ""

    def end(self, name: str) -> None:
        self.depth -= 1
        self.key = ""

    def text(self, data: str) -> None:
        if self.key:
            value = self.values.get(self.key, "") + data
            self.values[self.key] = value[:MAX_PROPERTY]
