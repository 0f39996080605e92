"""OpenDocument texts (.odt: LibreOffice, OpenOffice): paragraphs, headings, list items and
table rows in reading order, then the footnotes and endnotes, plus the document's properties.

An .odt was refused ("wirediff reads Word's .docx — save it as .docx or .txt"): a LibreOffice
user's drafts could not be compared without saving each again (an academic's walkthrough).
It is read as a .docx is (``docx``): zipfile and expat, each part streamed (``xmlparts``:
no DTD, the unpacked size counted, the caps checked as the text comes), the text as it is
printed with its tracked changes accepted, so that the same draft as .odt and as .docx
reads alike. ``content.xml`` holds the text (``office:text``), ``meta.xml`` the title,
author and date.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

from wirediff.core.document import Document, author_byline, normalize_newlines, properties_title
from wirediff.core.reading.dates import to_iso
from wirediff.core.reading.decoding import not_its_format
from wirediff.core.reading.errors import LITTLE_TEXT, MALFORMED, ReadError
from wirediff.core.reading.limits import Budget
from wirediff.core.reading.odt_lists import ListStyles
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.tables import MAX_NESTED, row_lines
from wirediff.core.reading.xmlparts import MAX_PROPERTY, Handler, PropertyText, parse_part

log = logging.getLogger(__name__)
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_DC = "http://purl.org/dc/elements/1.1/}"
_BODY = _OFFICE + "text"  # the document's text (``office:body/office:text``)
_P, _H = _TEXT + "p", _TEXT + "h"
_S, _TAB, _LINE_BREAK = _TEXT + "s", _TEXT + "tab", _TEXT + "line-break"
_NOTE, _CITATION, _NOTE_BODY = _TEXT + "note", _TEXT + "note-citation", _TEXT + "note-body"
_NUMBER = _TEXT + "number"  # a list item's number as the writer formatted it (if it did)
# a list, an item of it (numbered by its style: ``odt_lists``), a header of it (not numbered)
_LIST, _ITEM, _HEADER = _TEXT + "list", _TEXT + "list-item", _TEXT + "list-header"
_TBL, _TR, _TC = _TABLE + "table", _TABLE + "table-row", _TABLE + "table-cell"
# Not the printed text: the tracked changes' record (a deletion's text is kept there, in a
# ``text:changed-region``), a comment (``office:annotation``), a ruby's reading (shown small
# above its base, as a .docx's ``w:rt``), the text of a field's declarations
_LEFT_OUT = frozenset({
    _TEXT + "tracked-changes", _TEXT + "changed-region", _OFFICE + "annotation",
    _TEXT + "ruby-text", _TEXT + "sequence-decls", _TEXT + "variable-decls",
    _TEXT + "user-field-decls",
})  # fmt: skip
_PROPERTIES = {
    _DC + "title": "title",
    _DC + "creator": "creator",
    _META + "initial-creator": "initial-creator",
    _META + "creation-date": "created",
    _DC + "date": "saved",
}
_WHAT, _FILE = "an OpenDocument text (.odt)", "OpenDocument file"
_HINT = "open it in LibreOffice and save it again as .odt, or save it as .docx or .txt"
_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# White space in a paragraph's text, which is one space (as the XML is laid out, a
# paragraph's text runs over lines): a space that counts is written ``text:s``
_WHITE = re.compile(r"[ \t\r\n]+")


class _Paragraph:
    """The pieces of text of one paragraph being read, and of paragraphs nested in it (a
    text box's: each on a line of its own, as a .docx's are)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.depth = 0  # text:p and text:h open
        self.heading = 0  # the outer paragraph's level as a heading (``_Content.level``)
        self.label = ""  # its list item's number, when the writer gave it (``text:number``)
        self.spaced = True  # the text so far ends in a space (or there is none): see ``text``


class _Content:
    """The text of ``content.xml``'s ``office:text``: a line per paragraph (``text:p``,
    ``text:h``, a list item's paragraph), a line per table row (``row_lines``), the notes'
    paragraphs kept apart, each led by its number; counted against the budget as it comes.
    Text outside a paragraph is whitespace between elements, not read. ``text:h`` and a
    paragraph of the Title style are the document's headings, levelled as a .docx's are
    (Title 1, a level-1 heading 2…), so that its sections are the same draft's in Word."""

    def __init__(self, budget: Budget, lists: ListStyles | None = None) -> None:
        self.budget = budget
        self.lists = lists or ListStyles()
        self.item = False  # a list item opened whose first paragraph is still to come
        self.lines: list[str] = []
        self.notes: dict[str, list[tuple[str, list[str]]]] = {"footnote": [], "endnote": []}
        self.headings: list[tuple[int, str]] = []
        self.parents: dict[str, str] = {}  # an automatic style's name → its parent style's
        self.style = ""  # the automatic style being read (``style:style``)
        self.in_body = 0  # office:text open
        self.left_out = 0  # elements open whose text is not printed (``_LEFT_OUT``)
        self.paragraphs = [_Paragraph()]  # the body's, then a note's being read
        self.note: list[tuple[str, str]] = []  # of each note open: its class and its number
        self.citing = 0  # text:note-citation open: its text is the note's number
        self.citation: list[str] = []
        self.numbering = 0  # text:number open
        self.number = ""  # the number of the list item open, for its first paragraph
        self.outer: list[list[str]] = []  # the lines read around each note being read
        self.rows: list[list[list[str]]] = []  # of each table row open: its cells' lines
        self.nested: list[int] = []  # of each table row open: the tables open around it
        self.tables = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if not self.in_body:
            self._styles(name, attributes)
            self.in_body += name == _BODY
            return
        if self.left_out or name in _LEFT_OUT:
            self.left_out += 1
            return
        paragraph = self.paragraphs[-1]
        if name in (_P, _H):
            if paragraph.depth:
                self._apart(paragraph)
            else:
                paragraph.heading = self._level(name, attributes)
                counted = self._label(name, attributes)  # (counted: its number written or not)
                paragraph.label, self.number = self.number or counted, ""
            paragraph.depth += 1
            paragraph.spaced = True
        elif name == _S:
            count = attributes.get(_TEXT + "c", "1")
            self._put(" " * (min(int(count), 1000) if count.isdigit() else 1), spaced=False)
        elif name == _TAB:
            self._put("\t", spaced=False)
        elif name == _LINE_BREAK:
            self._put("\n", spaced=True)
            self.budget.add_lines(1)
        elif name == _NOTE:
            kind = attributes.get(_TEXT + "note-class", "footnote")
            self.note.append((kind if kind in self.notes else "footnote", ""))
            self.citation = []
        elif name == _CITATION and self.note:
            self.citing += 1
            self.citation = [attributes.get(_TEXT + "label", "")]
        elif name == _NOTE_BODY and self.note:
            self.paragraphs.append(_Paragraph())
            self.outer.append(self.lines)
            self.lines = []
        elif name == _NUMBER:
            self.numbering += 1
            self.number = ""
        elif name == _LIST:
            self.lists.open_list(attributes)
        elif name in (_ITEM, _HEADER):
            self.lists.open_item(attributes)
            self.item = name == _ITEM
        elif name == _TR and len(self.paragraphs) == 1 and not paragraph.depth:
            if len(self.rows) < MAX_NESTED:
                self.rows.append([])
                self.nested.append(self.tables)
        elif name == _TC and self._in_row():
            self.rows[-1].append([])
        elif name == _TBL:
            self.tables += 1

    def _styles(self, name: str, attributes: dict[str, str]) -> None:
        """An automatic style's parent (LibreOffice writes a Title paragraph with direct
        formatting as of a style "P1" whose parent is "Title"); the automatic list styles
        (``odt_lists``)."""
        self.lists.start(name, attributes)
        if name == _STYLE + "style":
            parent = attributes.get(_STYLE + "parent-style-name", "")
            self.parents[attributes.get(_STYLE + "name", "")] = parent

    def _level(self, name: str, attributes: dict[str, str]) -> int:
        """A paragraph's level as a heading: a ``text:h`` its outline level and one (its
        level 1 by default), a paragraph of the Title style 1, any other 0."""
        if name == _H:
            level = attributes.get(_TEXT + "outline-level", "1")
            return min(int(level), 10) + 1 if level.isdigit() and level != "0" else 2
        style = attributes.get(_TEXT + "style-name", "")
        return 1 if "Title" in (style, self.parents.get(style, "")) else 0

    def _label(self, name: str, attributes: dict[str, str]) -> str:
        """The number LibreOffice shows before a paragraph that opens (``odt_lists``): a
        list item's first paragraph's, a heading's outside a list from the chapter
        numbering; "" for any other."""
        if self.item:
            self.item = False
            return self.lists.item_label()
        if name == _H and not self.lists.listed():
            level = attributes.get(_TEXT + "outline-level", "1")
            return self.lists.heading_label(int(level) if level.isdigit() else 1, attributes)
        return ""

    def _in_row(self) -> bool:
        """Whether a table's cell opens in a row read as a row (not in a nested table past
        the cap, nor in a note or a paragraph's text box)."""
        return bool(self.rows) and self.nested[-1] == self.tables and len(self.paragraphs) == 1

    def _put(self, piece: str, spaced: bool | None = None) -> None:
        """A piece of the paragraph's text; ``spaced``: whether the text then ends in white
        space that a next one's opening space joins (by default, whether the piece does)."""
        paragraph = self.paragraphs[-1]
        if paragraph.depth and not self.citing and piece:
            paragraph.parts.append(piece)
            self.budget.add_chars(len(piece))
            paragraph.spaced = piece.endswith(" ") if spaced is None else spaced

    def _apart(self, paragraph: _Paragraph) -> None:
        """A line break after the outer paragraph's text so far, unless it ends one."""
        if paragraph.parts and not paragraph.parts[-1][-1:].isspace():
            paragraph.parts.append("\n")
            self.budget.add_lines(1)

    def end(self, name: str) -> None:
        if not self.in_body:
            self.lists.end(name)
            return
        if self.left_out:
            self.left_out -= 1
            return
        paragraph = self.paragraphs[-1]
        if name == _BODY:
            self.in_body = 0
        elif name in (_P, _H) and paragraph.depth:
            paragraph.depth -= 1
            if paragraph.depth:
                self._apart(paragraph)
            else:
                self._flush(paragraph)
        elif name == _CITATION and self.citing:
            self.citing -= 1
            kind, _ = self.note[-1]
            label = "".join(self.citation).strip() or str(len(self.notes[kind]) + 1)
            self.note[-1] = kind, label
            self._put(f"[{label}]")  # (where the writer shows it raised: "2024[1]")
        elif name == _NOTE_BODY and len(self.paragraphs) > 1:
            self.paragraphs.pop()
            kind, label = self.note[-1]
            self.notes[kind].append((label, self.lines))
            self.lines = self.outer.pop()
        elif name == _NOTE and self.note:
            self.note.pop()
        elif name == _NUMBER and self.numbering:
            self.numbering -= 1
            if paragraph.depth:  # (a heading's own, written in it: its, not the next one's)
                paragraph.label, self.number = self.number, ""
        elif name == _LIST:
            self.lists.close_list()
        elif name == _TR and self._in_row():
            self.nested.pop()
            self.lines.extend(row_lines(self.rows.pop()))
        elif name == _TBL and self.tables:
            self.tables -= 1

    def _flush(self, paragraph: _Paragraph) -> None:
        """The outer paragraph ends: its text a line of its own, in the open table cell when
        there is one; a heading's recorded."""
        line = "".join(paragraph.parts).strip()
        label = paragraph.label.strip()
        paragraph.parts.clear()
        paragraph.label = ""
        self.budget.add_lines(2)  # the paragraph and the blank line after it
        if not line:
            return
        if label and any(c.isalnum() for c in label):  # (a bullet is left out, as in .docx)
            line = f"{label} {line}"
        if self.rows and self.rows[-1] and len(self.paragraphs) == 1:
            self.rows[-1][-1].append(line)
            return
        self.lines.append(line)
        if paragraph.heading and len(self.paragraphs) == 1 and "\n" not in line:
            self.headings.append((paragraph.heading, line))

    def text(self, data: str) -> None:
        if not self.in_body or self.left_out:
            return
        if self.citing:
            self.citation.append(data)
        elif self.numbering:
            self.number = (self.number + data)[:MAX_PROPERTY]
        elif len(self.note) < len(self.paragraphs):  # (not between a note's number and body)
            # white space one space, none after a space or at a paragraph's start
            data = _WHITE.sub(" ", data)
            self._put(data[1:] if data[:1] == " " and self.paragraphs[-1].spaced else data)

    def note_lines(self) -> list[str]:
        """The footnotes' paragraphs, then the endnotes', each note led by its number, as a
        .docx's are ("[1] Eurostat 2024…")."""
        out: list[str] = []
        for kind in ("footnote", "endnote"):
            for label, paragraphs in self.notes[kind]:
                if paragraphs:
                    out += [f"[{label}] {paragraphs[0]}", *paragraphs[1:]]
        return out


def _parse(
    path: Path, archive: zipfile.ZipFile, name: str, handler: Handler, options: ReaderOptions
) -> bool:
    return parse_part(path, archive, name, handler, options, what=_WHAT, file=_FILE, hint=_HINT)


def _optional(
    path: Path, archive: zipfile.ZipFile, name: str, handler: Handler, options: ReaderOptions
) -> bool:
    """Whether the part ``name``, which the text can do without (the properties, the
    named styles), was read; not when it is missing or broken (the text reads all the
    same). A DTD in it is refused, as anywhere."""
    try:
        return _parse(path, archive, name, handler, options)
    except ReadError as exc:
        if exc.code != MALFORMED or "DTD" in exc.reason:
            raise
        log.debug("%s of %s left out: %s", name, path, exc.reason)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        log.debug("%s of %s left out: %s", name, path, exc)
    return False


def _meta(path: Path, archive: zipfile.ZipFile, options: ReaderOptions) -> dict[str, str]:
    """The properties of ``meta.xml``; none when it is missing or broken."""
    meta = PropertyText(_PROPERTIES, 3)
    if not _optional(path, archive, "meta.xml", meta, options):
        return {}
    return {key: value.strip() for key, value in meta.values.items()}


def _encrypted(archive: zipfile.ZipFile) -> bool:
    """Whether LibreOffice encrypted the file's parts (with a password): its manifest says
    so, and ``content.xml`` is then no XML at all."""
    try:
        info = archive.getinfo("META-INF/manifest.xml")
    except KeyError:
        return False
    if info.file_size > 1 << 20:
        return False
    with archive.open(info) as manifest:
        return b"encryption-data" in manifest.read(1 << 20)


def read_odt(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """An OpenDocument text as one Document: one line per paragraph, blank line between;
    the footnotes' and endnotes' paragraphs after the body's, each note led by its number."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            if _encrypted(archive):
                reason = f"encrypted {_FILE}"
                raise ReadError(path, reason, "save a copy without a password", MALFORMED)
            # (the named list styles and the chapter numbering: ``odt_lists``)
            lists = ListStyles()
            _optional(path, archive, "styles.xml", lists, options)
            content = _Content(Budget(path, options), lists)
            found = _parse(path, archive, "content.xml", content, options)
            values = _meta(path, archive, options) if found else {}
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        log.debug("not an odt: %s (%s)", path, exc)
        if data.startswith(b"PK") and _MIMETYPE in data[:100]:  # cut short (a download)
            reason = "damaged OpenDocument file: its ZIP container is cut short or broken"
            raise ReadError(path, reason, _HINT, MALFORMED) from None
        raise not_its_format(path, data, _WHAT, _HINT) from None
    if not found:  # (a .docx or an .epub renamed says what it is)
        if data.startswith(b"PK\x03\x04") and _MIMETYPE not in data[:100]:
            raise not_its_format(path, data, _WHAT, _HINT)
        raise ReadError(path, f"not {_WHAT} (no content part)", _HINT, MALFORMED)
    text = normalize_newlines("\n\n".join(content.lines + content.note_lines()))
    if len(text) < options.min_chars:
        raise ReadError(path, "almost no text in the OpenDocument file", _HINT, LITTLE_TEXT)
    return [
        Document(
            path=path,
            text=text,
            title=properties_title(values.get("title", ""), text),
            # the day it was first saved, as a .docx's "created" (LibreOffice keeps it
            # through Save As, as Word does); else the last save's
            date=to_iso(values.get("created", "") or values.get("saved", "")),
            encoding="utf-8 (odt)",
            format="odt",
            # (the last author who names someone: a login or an outlet, "وام", is no one)
            byline=author_byline(values.get("creator", ""))
            or author_byline(values.get("initial-creator", "")),
            headings=tuple(content.headings),
        )
    ]
