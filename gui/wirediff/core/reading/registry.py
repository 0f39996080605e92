"""Which reader reads which file; reading one file into Documents, raising only ReadError.

A reader is a function ``(path, data, options) -> list[Document | ReadError]``: one or more
documents, plus a ReadError for each record of a multi-article file that could not be read;
for a file that cannot be read at all it raises ReadError. A new format is one module with
one such function, and one line in ``READERS``.

Every reader but plain text's is imported when first called: their modules bring the
standard library's HTML, XML, ZIP, JSON and e-mail date parsers (and trafilatura,
charset-normalizer, pypdf), which would otherwise be most of the start-up of a command that
compares two ``.txt`` files.
"""

from __future__ import annotations

import errno
import importlib
import os
import re
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.reading import errors as E
from wirediff.core.reading.errors import ReadCancelled, ReadError
from wirediff.core.reading.limits import cap_hint, check_text, out_of_memory
from wirediff.core.reading.misnamed import ODT, binary_format, opens_as_web_page
from wirediff.core.reading.options import MAX_BYTES, ReaderOptions
from wirediff.core.reading.text import read_text

__all__ = [
    "MAX_BYTES",
    "NOT_REGULAR",
    "READERS",
    "Reader",
    "open_regular",
    "parse",
    "read_bytes",
    "read_document",
    "read_documents",
    "read_error",
    "read_file",
    "too_large",
]

Reader = Callable[[Path, bytes, ReaderOptions], Sequence[Document | ReadError]]


def _lazy(module: str, name: str) -> Reader:
    """The reader ``name`` of ``wirediff.core.reading.<module>``, imported on its first call."""

    def reader(path: Path, data: bytes, options: ReaderOptions) -> Sequence[Document | ReadError]:
        found: Reader = getattr(importlib.import_module(f"{__package__}.{module}"), name)
        return found(path, data, options)

    reader.__name__ = reader.__qualname__ = name
    return reader


read_html = _lazy("webpage", "read_html")
read_json = _lazy("jsonfile", "read_json")
read_jsonl = _lazy("jsonfile", "read_jsonl")
read_csv = _lazy("csvfile", "read_csv")
read_latex = _lazy("latex", "read_latex")
read_docx = _lazy("docx", "read_docx")
read_odt = _lazy("odt", "read_odt")
read_pdf = _lazy("pdf", "read_pdf")
read_feed = _lazy("feed", "read_feed")
read_mail = _lazy("mail", "read_mail")
read_subtitles = _lazy("subtitles", "read_subtitles")
read_wikitext = _lazy("wikitext", "read_wikitext")
read_rtf = _lazy("rtf", "read_rtf")

DEFAULT_OPTIONS = ReaderOptions()
_ITEM = re.compile(r"^(?P<name>.+)#(?P<item>\d+)$")
_IO_HINT = "the disk or network share may be failing; copy the file and retry"
NOT_REGULAR = "not a regular file (a device, pipe or socket)"


_PAGE_BODY = re.compile(rb"<body|</html", re.IGNORECASE)
# How a message opens: a mailbox's envelope line, or a header a mail client writes first,
# then a header on the next line ("Subject: Fwd: troop role" and a body are no message)
_MAIL = re.compile(
    rb"(?:From \S[^\n]*\n)?(?:Return-Path|Received|Delivered-To|MIME-Version|Message-ID|From|"
    rb"Date|X-[\w-]+): [^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*[\w-]+: ",
    re.IGNORECASE,
)
# How subtitles open: WebVTT's header, or SubRip's first cue (its number, then its timing)
_SUBTITLES = re.compile(
    rb"WEBVTT(?:[ \t\r\n]|$)|\s*\d{1,6}\r?\n[ \t]*(?:\d{1,3}:)?\d\d:\d\d[,.]\d{1,3}[ \t]*-->"
)
# How a feed opens: its XML declaration, comments or a document type, then <rss>, <feed>
# (Atom), <rdf:RDF> (RSS 1.0) or <opml>
_A_FEED = re.compile(
    rb"\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,500}?-->\s*|<!DOCTYPE[^>\[]{0,300}>\s*)*"
    rb"(?:<(?:rss|feed|rdf:RDF|opml)[\s>]|<!DOCTYPE\s+(?:rss|feed|rdf:RDF|opml)\b)",
    re.DOTALL,
)  # (a feed's own document type, declarations and all: refused by the feed reader, not read
# as text, raw XML and all, when named .xml — a newcomer's walkthrough)


def pick_reader(path: Path, data: bytes) -> Reader:
    """The reader for ``path``'s extension; for unknown ones, by the first bytes. A web
    page saved as .txt is read as a page (its markup was read as words)."""
    # (a Word .doc saved as RTF, as Word does, or an RTF named .txt: its control words were
    # refused as "not plain text" — a court reporter's walkthrough)
    if _rtf(data):
        return read_rtf
    reader = READERS.get(path.suffix.lower())
    if path.suffix.lower() in (".txt", ".text") and _a_web_page(data):
        return read_html
    # (a transcript tool's SubRip or WebVTT saved as .txt: its cue numbers and timecodes were
    # compared as words — a broadcast transcript editor's walkthrough)
    if path.suffix.lower() in (".txt", ".text") and _subtitles(data):
        return read_subtitles
    # (a Wikipedia revision saved as .txt: titled "{{Infobox rail accident", its templates
    # and links compared as words — a Wikipedia editor's walkthrough)
    if path.suffix.lower() in (".txt", ".text") and _wikitext(data):
        return read_wikitext
    if reader is not None:
        return reader
    if data.startswith(b"%PDF-"):
        return read_pdf
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]:
        return read_docx
    if binary_format(data) is ODT:
        return read_odt  # (LibreOffice's draft without its ending)
    if _a_feed(data):  # (first: a feed may open with a comment, as a page may)
        return read_feed  # a feed saved without its ending (a news reader's export)
    if opens_as_web_page(data):
        return read_html  # pages saved as .php, .aspx, .shtml or without extension
    if _subtitles(data):
        return read_subtitles  # subtitles saved without their ending (a download's name)
    if _MAIL.match(data[:4096]):
        return read_mail  # a message or a mailbox without its ending (Thunderbird's "Inbox")
    if _wikitext(data):
        return read_wikitext  # a revision saved without its ending ("Millbrook_rail_derailment")
    return read_text


def _rtf(data: bytes) -> bool:
    """Whether ``data`` opens as an RTF document does (after a byte order mark or blank
    space a writer may put first): its signature, ``{\\rtf``, is no text's first word."""
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def _subtitles(data: bytes) -> bool:
    return _SUBTITLES.match(data[:256].removeprefix(b"\xef\xbb\xbf")) is not None


def _wikitext(data: bytes) -> bool:
    """MediaWiki markup in a text file (imported only for a file holding its marks)."""
    if b"[[" not in data[:65536] and b"{{" not in data[:65536]:
        return False
    from wirediff.core.reading.wikitext import wikitext

    return wikitext(data)


def _a_feed(data: bytes) -> bool:
    return _A_FEED.match(data[:1024].removeprefix(b"\xef\xbb\xbf")) is not None


def read_xml(path: Path, data: bytes, options: ReaderOptions) -> Sequence[Document | ReadError]:
    """An .xml file: a feed item by item, an XHTML page as a page, any other XML as text
    (an agency's NewsML, markup and all: refused as "no feed", it left the folder)."""
    if _a_feed(data):
        return read_feed(path, data, options)
    if opens_as_web_page(data):
        return read_html(path, data, options)
    return read_text(path, data, options)


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".tsv": read_csv,
    ".docx": read_docx,
    ".odt": read_odt,  # (refused: a LibreOffice user's drafts had to be saved again as .docx)
    ".pdf": read_pdf,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_xml,
    ".opml": read_feed,
    ".eml": read_mail,
    ".mbox": read_mail,
    ".srt": read_subtitles,
    ".vtt": read_subtitles,
    ".tex": read_latex,  # (read as raw source, its story was titled "\documentclass…")
    ".latex": read_latex,
    ".rtf": read_rtf,  # (refused: a court's judgments had to be saved again as .txt or .docx)
}


def _a_web_page(data: bytes) -> bool:
    """A text that opens as a web page does and holds its body (a page saved as .txt)."""
    if not opens_as_web_page(data):
        return False
    return _PAGE_BODY.search(data, 0, 1 << 16) is not None


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, at most ``max_bytes``; ReadError for anything else."""
    fd, info = open_regular(path)
    try:
        # A size of 0 is not taken at its word: files in /proc (and other such file systems)
        # say 0 and hold text. What comes is read, up to max_bytes, and judged.
        if info.st_size > max_bytes:
            raise too_large(path, info.st_size, max_bytes)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise read_error(path, exc) from None
    finally:
        os.close(fd)
    if data is None:  # a regular file that honours O_NONBLOCK (/proc/kmsg), nothing ready
        raise _waits(path)
    if len(data) > max_bytes:  # it grew after we looked
        raise too_large(path, len(data), max_bytes)
    if not data:
        raise ReadError(path, "empty file", "the file holds no text", E.EMPTY)
    return data


def open_regular(path: Path) -> tuple[int, os.stat_result]:
    """A descriptor of the regular file ``path`` and its status (the caller closes it);
    ReadError for anything else. Opened without waiting: opening a FIFO must not hang the
    caller (a load, a report's hash), nor a device feed it for ever.

    O_NONBLOCK stays set: a regular file that honours it (/proc/kmsg) would otherwise wait
    for its next line, for ever; on the others it changes nothing."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _open_error(path, exc) from None
    except ValueError:  # a NUL character in the name
        raise ReadError(path, "invalid file name", "check the path", E.NOT_FOUND) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(path, "is a folder, not a file", "open it as a folder", E.UNREADABLE)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path)
    except OSError as exc:
        os.close(fd)
        raise read_error(path, exc) from None
    except ReadError:
        os.close(fd)
        raise
    return fd, info


def read_error(path: Path, exc: OSError) -> ReadError:
    """The ReadError of a file opened (``open_regular``) whose reading failed."""
    if isinstance(exc, BlockingIOError):  # (O_NONBLOCK: nothing to read without waiting)
        return _waits(path)
    return ReadError(path, f"read error ({exc.strerror or exc})", _io_hint(path), E.UNREADABLE)


def _waits(path: Path) -> ReadError:
    """A regular file with nothing to read now, that would make a reader wait (/proc/kmsg
    waits for the kernel's next line): BufferedReader.read gave None, and a TypeError
    ("unexpected error") was all the message."""
    reason = "not readable without waiting (a special file)"
    return ReadError(path, reason, "save its text to a file to compare it", E.UNREADABLE)


def _io_hint(path: Path) -> str:
    """What to do about a file that could not be read: check the disk, except for the
    kernel's files (/proc, /sys), which are no documents and refuse some reads by design
    (/proc/self/mem said "the disk or network share may be failing")."""
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return _IO_HINT
    if real.startswith(("/proc/", "/sys/")):
        return "a system file (in /proc or /sys), not a document: it refuses this read"
    return _IO_HINT


def _not_regular(path: Path) -> ReadError:
    return ReadError(path, NOT_REGULAR, "only files can be read", E.UNREADABLE)


def too_large(path: Path, size: int, max_bytes: int) -> ReadError:
    """The error of a file of ``size`` bytes (or more) past ``max_bytes`` (``--max-size``)."""
    shown, limit = _size(size, 1), _size(max_bytes, 0)
    (number, unit), (bound, bound_unit) = shown.split(" ", 1), limit.split(" ", 1)
    if unit == bound_unit and float(number.replace(",", "")) <= float(bound.replace(",", "")):
        # (a file just past the limit read "too large (30.0 MB, limit 30 MB)": in bytes)
        shown, limit = f"{size:,} bytes", f"{max_bytes:,} bytes"
    reason = f"too large ({shown}, limit {limit})"
    return ReadError(path, reason, cap_hint("max_size"), E.TOO_LARGE)


def _size(n: int, digits: int) -> str:
    """``n`` bytes in MB ("21.0 MB", "20 MB"), or KB or bytes when smaller than that: a
    limit of --max-size 0.001 was "limit 0 MB"."""
    if n >= 1048576:
        return f"{n / 1048576:.{digits}f} MB"
    if n >= 1024:
        return f"{n / 1024:.{digits}f} KB"
    return f"{n:,} byte{'s' * (n != 1)}"


def _open_error(path: Path, exc: OSError) -> ReadError:
    """The ReadError for a file that could not be opened, telling links from files."""
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return ReadError(
                path, "broken link (target missing)", "fix or remove the link", E.BROKEN_LINK
            )
        return ReadError(path, "file not found", "check the path", E.NOT_FOUND)
    if isinstance(exc, IsADirectoryError) or os.path.isdir(path):  # Windows: PermissionError
        return ReadError(path, "is a folder, not a file", "open it as a folder", E.UNREADABLE)
    if isinstance(exc, PermissionError):
        return ReadError(path, "permission denied", "check the file's permissions", E.UNREADABLE)
    if exc.errno == errno.ELOOP:
        return ReadError(
            path, "link loop", "the link points (through others) at itself", E.LINK_LOOP
        )
    if exc.errno == errno.ENXIO:  # a socket, a device with no driver: refused before fstat
        return _not_regular(path)
    if exc.errno == errno.ENAMETOOLONG:  # a typo or a pasted text, not a failing disk
        return ReadError(path, "file name too long", "check the path", E.UNREADABLE)
    if os.path.exists(path) and not os.path.isfile(path):  # a device failing to open
        return _not_regular(path)
    return ReadError(path, f"cannot open ({exc.strerror or exc})", _io_hint(path), E.UNREADABLE)


def read_file(
    path: Path | str, max_bytes: int = MAX_BYTES, options: ReaderOptions | None = None
) -> list[Document | ReadError]:
    """Every article of one file; ReadError entries for records that could not be read.

    Raises ReadError (and nothing else) when the file as a whole cannot be read.
    """
    path = Path(path)
    return parse(path, read_bytes(path, max_bytes), options)


def parse(
    path: Path, data: bytes, options: ReaderOptions | None = None
) -> list[Document | ReadError]:
    """The articles in ``data``, the bytes of ``path``; raises only ReadError."""
    options = options or DEFAULT_OPTIONS
    reader = pick_reader(path, data)
    try:
        items = [_checked(item, options) for item in reader(path, data, options)]
    except (ReadError, ReadCancelled):
        raise
    except RecursionError:  # a parser library recursing into hostile nesting
        raise ReadError(path, "nested too deeply", "the file may be damaged", E.MALFORMED) from None
    except MemoryError:
        raise out_of_memory(path) from None
    except Exception as exc:  # a parser library failing on hostile bytes: report, go on
        # Not a warning: the problem entry tells the user; the traceback is for debugging.
        # logging is imported only here, where it is needed: it costs milliseconds of start-up.
        import logging

        logging.getLogger(__name__).info(
            "reader %s failed on %s", reader.__name__, path, exc_info=True
        )
        reason = f"could not be parsed ({type(exc).__name__})"
        raise ReadError(path, reason, "the file may be damaged", E.MALFORMED) from None
    if options.keep_sha256:
        _keep_sha256(items, data)
    if options.guess_metadata:
        # Imported when first asked for: the guesses need the date and outlet patterns,
        # which a caller that shows no outlet or date (wirediff compare's text) never uses.
        from wirediff.core.reading.metadata import enrich

        items = [enrich(i) if isinstance(i, Document) else i for i in items]
    return items


def _keep_sha256(items: list[Document | ReadError], data: bytes) -> None:
    """Give each document the SHA-256 and the size of ``data``, the bytes it was read from
    (``Document.file_sha256``). Set in place, on documents just made here and held by no
    one else: ``dataclasses.replace`` would import ``dataclasses`` at start-up."""
    import hashlib  # (not for ``wirediff compare``: ``ReaderOptions.keep_sha256``)

    digest = hashlib.sha256(data).hexdigest()
    for item in items:
        if isinstance(item, Document):
            object.__setattr__(item, "file_sha256", digest)
            object.__setattr__(item, "file_size", len(data))


def _checked(item: Document | ReadError, options: ReaderOptions) -> Document | ReadError:
    """The document, or the "too-large" ReadError when its text passes a cap, or the
    "empty" one when it holds no word."""
    if isinstance(item, Document):
        try:
            check_text(item.path, item.text, options)
        except ReadError as exc:
            return exc
        if _wordless(item.text):
            reason = "no words (only marks, punctuation or symbols)"
            return ReadError(item.path, reason, "the file holds no text", E.EMPTY)
    return item


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _wordless(text: str) -> bool:
    """Whether ``text`` holds no word: a file of bare accents ("\u0301\u0301") or of dashes
    loaded as a document of 0 words, a story of its own titled with them."""
    if _LETTER_OR_DIGIT.search(text):
        return False
    from wirediff.core.tokens import count_words  # only for the rare text without a letter

    return count_words(text) == 0


def read_documents(
    path: Path | str, max_bytes: int = MAX_BYTES, options: ReaderOptions | None = None
) -> list[Document]:
    """Every readable article of one file (records that fail are left out)."""
    return [i for i in read_file(path, max_bytes, options) if isinstance(i, Document)]


def holding_file(path: Path) -> Path:
    """The file that holds ``path``: itself, or ``FILE`` for the n-th article ``FILE#n`` of
    a file holding several (when no file is named ``FILE#n``)."""
    match = _ITEM.match(path.name)
    if match and not os.path.lexists(path):
        return path.with_name(match["name"])
    return path


def read_document(
    path: Path | str, max_bytes: int = MAX_BYTES, options: ReaderOptions | None = None
) -> Document:
    """Read one file (or one article "FILE#n" of a multi-article file) into a Document.

    Raises ReadError naming the file and the reason, and nothing else. A file holding
    several articles must be named with "#n" (n as in the documents' paths).
    """
    path = Path(path)
    file = holding_file(path)
    if file != path:
        items = read_file(file, max_bytes, options)
        for item in items:
            if isinstance(item, ReadError) and item.path == path:
                raise item
            if isinstance(item, Document) and item.path == path:
                return item
        for item in items:  # past the record cap: say so rather than "no such article"
            if isinstance(item, ReadError) and item.path == file:
                if item.code == E.TRUNCATED:  # (this article is not of the part read)
                    reason = f"not read: the file was {item.reason}"
                    raise ReadError(item.path, reason, item.hint, E.TOO_LARGE)
                raise item
        raise ReadError(
            path,
            f"no article #{path.name.rpartition('#')[2]} in the file",
            "check the number after #",
            E.NOT_FOUND,
        )
    items = read_file(path, max_bytes, options)
    if len(items) == 1:
        if isinstance(items[0], ReadError):  # the file's one article, past a cap
            raise items[0]
        return items[0]
    raise ReadError(
        path,
        f"holds {len(items)} articles",
        f"name one of them, e.g. {items[0].path.name}",
        E.MANY_ARTICLES,
    )
