"""Rich Text Format (.rtf, and a Word .doc saved as RTF): the text as Word shows it.

Courts and case-law services publish judgments and indictments as RTF, and Word saves a
``.doc`` as one; such a file was refused, "an RTF document … save it as .txt or .docx", and
left out of its story (a court reporter's walkthrough). Read here by a small reader of its
own (no library: RTF is groups, control words and text), as the other readers give their
markup:

- a paragraph (``\\par``, ``\\sect``) a line, blank line between; ``\\line``, ``\\page`` a
  line break in it, ``\\tab`` a tab; a table row (``\\cell``, ``\\row``) a line, as
  ``tables.row_lines`` joins every reader's; a list's number (``\\listtext``, ``\\pntext``)
  before its paragraph, a bullet left out (as a .docx's);
- ``\\'hh`` bytes in the code page of their font (``\\fcharset``, ``\\cpg``) or of the
  document (``\\ansicpg``), so that a Russian court's ``\\ansicpg1251`` reads in Cyrillic;
  ``\\uN`` characters, the ``\\ucN`` characters after them (their fallback) skipped;
- what Word does not print left out: the font, colour and style tables, pictures, objects
  and binary data (``\\binN``), running headers and footers, field instructions, hidden
  (``\\v``) and deleted (``\\deleted``: changes accepted) text, and any destination
  ``{\\*\\…}`` not known;
- footnotes (``\\footnote``) after the text, each led by its number in brackets, which
  stands where Word shows it raised (``\\chftn``: "[1]"), endnotes (``\\ftnalt``) after
  them, numbered as the document says (``\\ftnnrlc``…), as a .docx's notes read;
- ``\\info``'s ``\\title``, ``\\author`` and ``\\creatim`` the title, byline and date, as a
  .docx's core properties; a paragraph's ``\\outlinelevel`` a heading of the outline.

Hostile input stays bounded: the reader is one loop over the bytes, no recursion; a group
that is skipped (a picture's megabytes of hex) is passed over by a search for its braces,
``\\binN`` bytes are jumped over, groups nested more than ``MAX_DEPTH`` deep are refused, and
the text counts against the caps as it comes (``limits.Budget``). A file cut short reads as
far as it goes, and its encoding says so.
"""

from __future__ import annotations

import codecs
import re
from datetime import datetime
from pathlib import Path

from wirediff.core.document import Document, author_byline, normalize_newlines, properties_title
from wirediff.core.reading.decoding import encoding_name, not_its_format
from wirediff.core.reading.docx_lists import number_label
from wirediff.core.reading.errors import LITTLE_TEXT, MALFORMED, ReadError
from wirediff.core.reading.limits import Budget, check_cancel
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.tables import row_lines

SIGNATURE = b"{\\rtf"
MAX_DEPTH = 1_000  # groups open at once; a real document opens a few dozen
_HINT = "open it in Word or LibreOffice and save it again, or save it as .txt"
_WHAT = "an RTF document"
_CHECK_EVERY = 1 << 16  # tokens between asking whether to stop (``check_cancel``)

# Characters by their numbers (a run of "\\uN" and the character after each: a Russian or
# Greek text as Word writes it, read a run at a time), a control word and its number, bytes
# in hex (a run of them), a control symbol, an empty group, a brace, line ends (no text in
# RTF), or a run of text. Runs of a thousand at most: the regular expression keeps a state
# for each one it repeats, a gigabyte for a 20 MB run.
_TOKEN = re.compile(
    rb"((?:\\u-?[0-9]{1,6}(?![0-9]) ?(?:\\'[0-9a-fA-F]{2}|[^\\{}\r\n])?){1,1024})|"
    rb"\\([a-zA-Z]+)(-?[0-9]+)? ?|((?:\\'[0-9a-fA-F]{2}){1,1024})|\\([^a-zA-Z'])|\{\}|([{}])"
    rb"|\\'?|[\r\n]+|[^\\{}\r\n]+"
)
_UNIT = re.compile(rb"\\u(-?[0-9]+) ?(\\'[0-9a-fA-F]{2}|[^\\{}\r\n])?")  # one of such a run
# What a skipped group's end is found by: its braces, not escaped ones, nor binary data's
_SKIP = re.compile(rb"\\bin(-?[0-9]+) ?|\\[\\{}]|[{}]")
_PARAMETER_DIGITS = 10  # a longer number is no parameter any writer writes: the word is ignored

# Destinations whose text Word does not print (besides any ``{\*\…}`` not known)
_SKIPPED = frozenset(
    """colortbl stylesheet pict object header headerl headerr headerf footer footerl footerr
    footerf fldinst filetbl revtbl listtable listoverridetable rsidtbl generator themedata
    colorschememapping datastore latentstyles xmlnstbl pgdsctbl nonshppict private template
    annotation atnid atnauthor bkmkstart bkmkend xe tc txe shpinst do""".split()
)
# Destinations marked "\*" (to be skipped by a reader that does not know them) that are
# read: a note as LibreOffice writes it, \upr's Unicode copy of a text (its ANSI one not)
_STARRED_READ = frozenset({"footnote", "ud"})
_PROPERTIES = {"title": "title", "author": "author"}  # \info's fields read
_CREATED = {"yr": 0, "mo": 1, "dy": 2, "hr": 3, "min": 4}  # \creatim's, in a date's order
# Control words that write a character
_CHARACTERS = {
    "tab": "\t", "line": "\n", "page": "\n", "column": "\n", "emdash": "\u2014",
    "endash": "\u2013", "emspace": "\u2003", "enspace": "\u2002", "qmspace": "\u2005",
    "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
    "rdblquote": "\u201d", "zwj": "\u200d", "zwnj": "\u200c",
}  # fmt: skip
# Control symbols that write one: a non-breaking space and hyphen (as a .docx's reads it),
# an optional hyphen (none), escaped braces and backslash
_SYMBOLS = {b"~": "\u00a0", b"_": "\u2011", b"-": "", b"{": "{", b"}": "}", b"\\": "\\"}
_PARAGRAPH_ENDS = frozenset({"par", "sect", "nestcell", "nestrow"})
# \fcharset's code pages (0 is ANSI, Windows-1252; 1 the document's own)
_CHARSETS = {
    0: "cp1252", 2: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab",
    134: "gbk", 136: "cp950", 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255",
    178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250", 255: "cp437",
}  # fmt: skip
# How the document numbers its footnotes and (``a…``) endnotes, as ``number_label`` says it
_NOTE_FORMATS = {"nar": "decimal", "nalc": "lowerLetter", "nauc": "upperLetter",
                 "nrlc": "lowerRoman", "nruc": "upperRoman", "nchi": "chicago"}  # fmt: skip
# a note's reference in the text, and its own number in the note, until notes are numbered:
# noncharacters, dropped from the file's own text (``_unicode``)
_REFERENCE, _OWN = "\ufdd0", "\ufdd1"

# The control words acted on; any other (formatting, mostly) is passed over at once
_ACTED = frozenset(
    word.encode("ascii")
    for word in (
        *_SKIPPED,
        *_STARRED_READ,
        *_PROPERTIES,
        *_CREATED,
        *_CHARACTERS,
        *_PARAGRAPH_ENDS,
        *(f"{a}ftnn{form}" for a in ("", "a") for form in _NOTE_FORMATS),
        *"""u f bin v deleted plain pard intbl outlinelevel uc cell row chftn footnote ftnalt
        ansicpg mac pc pca deff fonttbl info listtext pntext upr ftnstart aftnstart fcharset cpg
        creatim""".split(),
    )
)

# What a group's text is: the text, not read, a font table, \info, a property of it,
# \creatim, a list number
_TEXT, _NONE, _FONTS, _INFO, _PROPERTY, _CREATIM, _LIST = range(7)
_READ = frozenset({_TEXT, _LIST, _PROPERTY})  # those whose text is read
_ASCII = b"Az09 ;.{}\\"  # what a code page must read as ASCII does (``code_page``)


def code_page(number: int) -> str:
    """The codec of a Windows code page's number (``\\ansicpg``, ``\\cpg``); "" for one
    Python does not know."""
    name = {10000: "mac_roman", 65001: "utf-8", 20127: "ascii", 28591: "latin-1"}.get(
        number, f"cp{number}"
    )
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return ""
    # (one whose letters and braces are not ASCII's, EBCDIC's, would garble every word)
    return name if _ASCII.decode(name, "replace") == _ASCII.decode("ascii") else ""


class _Run:
    """Text as it comes, bytes in a code page and characters, decoded in their order."""

    __slots__ = ("codepage", "parts", "pending")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = bytearray()
        self.codepage = "cp1252"

    def add_bytes(self, data: bytes, codepage: str) -> None:
        if codepage != self.codepage:
            self._decode()
            self.codepage = codepage
        self.pending += data

    def add(self, text: str) -> None:
        self._decode()
        self.parts.append(text)

    def _decode(self) -> None:
        if self.pending:  # (the bytes of a double-byte character kept together)
            self.parts.append(self.pending.decode(self.codepage, "replace"))
            self.pending.clear()

    def take(self) -> str:
        """The text so far, which the run then forgets."""
        self._decode()
        text = "".join(self.parts)
        self.parts.clear()
        return text


class _Flow:
    """The paragraphs of the text, or of one note: lines, and the table row being read."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.run = _Run()
        self.lines: list[str] = []
        self.cells: list[list[str]] = []  # the row's cells so far
        self.cell: list[str] = []  # the cell's paragraphs so far
        self.headings: list[tuple[int, str]] = []

    def paragraph(self, in_table: bool, outline: int | None) -> None:
        """End a paragraph: its text a line of the text, or of the table's cell."""
        line = self.run.take().strip()
        self.budget.add_lines(2)  # (an empty one costs its parsing too)
        if not line:
            return
        if in_table:
            self.cell.append(line)
            return
        self.row()  # (a row left without its \row: its cells before the text after it)
        self.lines.append(line)
        if outline is not None and outline < 9 and "\n" not in line:
            self.headings.append((outline + 2, line))  # (levelled as a .docx's outline)

    def cell_end(self) -> None:
        self.paragraph(True, None)
        self.cells.append(self.cell)
        self.cell = []

    def row(self) -> None:
        if self.cell:  # (a cell without its \cell)
            self.cells.append(self.cell)
            self.cell = []
        if self.cells:
            self.lines += row_lines(self.cells)
            self.cells = []


class _Note(_Flow):
    """A footnote's or an endnote's paragraphs, and its number once notes are numbered."""

    def __init__(self, budget: Budget) -> None:
        super().__init__(budget)
        self.endnote = False
        self.label = ""


class _State:
    """What a group sets, given back when it closes: where its text goes, its font, its
    hidden or deleted text, its paragraph's table and outline level."""

    __slots__ = ("dest", "flow", "font", "hidden", "in_table", "opened", "outline", "sink",
                 "uc", "upr")  # fmt: skip

    def __init__(self, flow: _Flow) -> None:
        self.dest = _TEXT
        self.flow = flow
        self.sink = flow.run  # where its text goes
        self.font = -1
        self.uc = 1  # characters after a \uN that stand for it (\ucN)
        self.hidden = False
        self.in_table = False
        self.outline: int | None = None
        self.opened = False  # this group began its destination (a note, a property…)
        self.upr = False  # (\upr: its first group is the ANSI copy of the next one's text)

    def copy(self) -> _State:
        new = _State.__new__(_State)
        new.dest, new.flow, new.sink, new.font = self.dest, self.flow, self.sink, self.font
        new.uc, new.hidden, new.in_table, new.outline = (
            self.uc, self.hidden, self.in_table, self.outline
        )  # fmt: skip
        new.opened, new.upr = False, False
        return new


def _skipped_to(data: bytes, pos: int) -> int:
    """Where the group open at ``pos`` ends (after its "}"), passing over its groups, its
    escaped braces and its binary data; the data's end when it never does."""
    depth = 1
    while True:
        found = _SKIP.search(data, pos)
        if found is None:
            return len(data)
        pos = found.end()
        if found[1] is not None:
            pos += _binary_length(found[1])
        elif found[0] == b"{":
            depth += 1
        elif found[0] == b"}":
            depth -= 1
            if not depth:
                return pos


def _binary_length(digits: bytes) -> int:
    return max(0, int(digits)) if len(digits.lstrip(b"-")) <= _PARAMETER_DIGITS else 1 << 62


class _Reader:
    """One pass over an RTF file's bytes (``read``)."""

    def __init__(self, path: Path, options: ReaderOptions) -> None:
        self.path, self.options = path, options
        self.budget = Budget(path, options)
        self.body = _Flow(self.budget)
        self.notes: list[_Note] = []
        self.references: list[_Note | None] = []  # each \chftn of the text, with its note
        self.codepage = "cp1252"  # the document's (\ansicpg)
        self.default_font = -1  # (\deff)
        self.fonts: dict[int, str] = {}  # each font's code page
        self.defining = -1  # the font the font table is defining
        self.properties: dict[str, _Run] = {}
        self.created = [0, 0, 0, -1, -1]  # \creatim's year, month, day, hour, minute
        self.note_formats = {False: ("decimal", 1), True: ("lowerRoman", 1)}  # by endnote
        self.stack: list[_State] = []
        self.state = _State(self.body)
        self.skip = 0  # characters still to skip after a \uN
        self.star = False  # "\*" read: the next word names a destination read only if known
        self.open_at_end = False

    def read(self, data: bytes) -> None:
        """Read ``data``, the whole file."""
        pos, end, tokens = 0, len(data), 0
        while pos < end:
            for found in _TOKEN.finditer(data, pos):
                tokens += 1
                if not tokens % _CHECK_EVERY:
                    check_cancel(self.options)
                kind = found.lastindex
                if kind is None:
                    token = found[0]
                    if token == b"{}":  # (an empty group: it sets nothing)
                        self.skip, self.star = 0, False
                    elif token[:1] not in (b"\\", b"\r", b"\n"):
                        self._text(token)
                elif kind == 1:
                    self._characters(found[1])
                elif kind <= 3:
                    word = found[2]
                    if word not in _ACTED and not self.skip and not self.star:
                        continue  # (most of a file's words: formatting, not read)
                    pos = self._word(word.decode("ascii"), found[3], data, found.end())
                    if pos != found.end():
                        break  # (binary data or a group passed over: on from there)
                elif kind == 4:
                    self._bytes(found[4])
                elif kind == 5:
                    self._symbol(found[5])
                elif found[6] == b"{":
                    self._open()
                else:
                    self._close()
                    if not self.stack:
                        return self._end(False)  # (what follows the document is no text)
            else:
                break
        self._end(bool(self.stack))

    def _end(self, open_at_end: bool) -> None:
        """The file read: every group still open closed, the last paragraph ended."""
        self.open_at_end = open_at_end
        while self.stack:
            self._close()
        self.body.paragraph(self.state.in_table, self.state.outline)  # (the last has no \par)
        self.body.row()

    # --- groups ---------------------------------------------------------------------------
    def _open(self) -> None:
        self.skip = 0
        if len(self.stack) >= MAX_DEPTH:
            reason = f"RTF file nested too deeply (more than {MAX_DEPTH:,} groups)"
            raise ReadError(self.path, reason, _HINT, MALFORMED)
        outer = self.state
        self.stack.append(outer)
        self.state = outer.copy()
        if outer.upr:  # (\upr's first group: the ANSI copy of its \ud's text, read there)
            outer.upr = False
            self.state.dest = _NONE

    def _close(self) -> None:
        self.skip = 0
        self.star = False
        closed = self.state
        if not self.stack:
            return  # (a stray "}" past the document's end)
        self.state = self.stack.pop()
        if not closed.opened:
            return
        if closed.dest == _LIST:
            label = closed.sink.take().strip()
            if any(c.isalnum() for c in label):  # (a bullet left out, as a .docx's)
                self.state.sink.add(label + " ")
                self.budget.add_chars(len(label) + 1)
        elif isinstance(closed.flow, _Note) and closed.flow is not self.state.flow:
            closed.flow.paragraph(closed.in_table, None)
            closed.flow.row()

    def _skip_group(self, data: bytes, pos: int) -> int:
        """Pass over the rest of the group open (a destination not read), closing it."""
        pos = _skipped_to(data, pos)
        self._close()
        return pos

    # --- text -----------------------------------------------------------------------------
    def _codepage(self) -> str:
        font = self.state.font if self.state.font >= 0 else self.default_font
        return self.fonts.get(font, self.codepage)

    def _reads(self) -> bool:
        state = self.state
        return state.dest in _READ and not state.hidden

    def _text(self, token: bytes) -> None:
        if self.skip:
            taken = min(self.skip, len(token))
            self.skip -= taken
            token = token[taken:]
        if token and self._reads():
            self.state.sink.add_bytes(token, self._codepage())
            self.budget.add_chars(len(token))

    def _bytes(self, escapes: bytes) -> None:
        """A run of bytes written in hex (\\'hh\\'hh…), decoded together: a double-byte
        character's two, and a Russian text's every letter, as one."""
        escaped = bytes.fromhex(escapes.replace(b"\\'", b"").decode("ascii"))
        if self.skip:
            taken = min(self.skip, len(escaped))
            self.skip -= taken
            escaped = escaped[taken:]
        if escaped and self._reads():
            self.state.sink.add_bytes(escaped, self._codepage())
            self.budget.add_chars(len(escaped))

    def _put(self, text: str) -> None:
        """A character (or a few) a control word writes."""
        if not self._reads():
            return
        state = self.state
        if state.dest != _TEXT and text in ("\t", "\n"):
            text = " "  # (a list number's tab before its text; a title's line break)
        state.sink.add(text)
        self.budget.add_chars(len(text))

    def _characters(self, run: bytes) -> None:
        """A run of characters by their numbers, each \\uN and the one character after it:
        made at once when that character is the \\uN's fallback (\\uc1, as Word writes them),
        else one by one."""
        units = _UNIT.findall(run)
        state = self.state
        if self.skip or self.star or state.uc != 1 or not all(f for _, f in units[:-1]):
            for number, fallback in units:
                if self.skip:  # (the \\uN stands for a character skipped)
                    self.skip -= 1
                else:
                    self._unicode(int(number))
                if fallback[:1] == b"\\":
                    self._bytes(fallback)
                elif fallback:
                    self._text(fallback)
            return
        self.skip = 0 if units[-1][1] else 1
        if state.dest in _READ and not state.hidden:
            numbers = (int(number) for number, _ in units)
            made = "".join(chr(n % 65536) for n in numbers if -32768 <= n < 65536)
            if _UNWRITTEN.search(made):
                made = _UNWRITTEN.sub("", made)
            state.sink.add(made)
            self.budget.add_chars(len(made))

    def _unicode(self, number: int) -> None:
        """A character by its number (\\uN, negative past 32767), the next \\ucN skipped."""
        state = self.state
        self.skip = state.uc
        if number < 0:
            number += 65536
        written = (32 <= number < 65536 or number in (9, 10)) and not 0xFDD0 <= number <= 0xFDEF
        if written and state.dest in _READ and not state.hidden:  # (``_reads``, inline)
            state.sink.add(chr(number))  # (surrogate halves joined when the text is made)
            self.budget.add_chars(1)

    # --- control words --------------------------------------------------------------------
    def _symbol(self, symbol: bytes) -> None:
        if self.skip:
            self.skip -= 1
        elif symbol == b"*":
            self.star = True
        elif symbol in (b"\r", b"\n"):
            self._paragraph()  # (a backslash before a line end is a \par)
        elif symbol in _SYMBOLS:
            self._put(_SYMBOLS[symbol])

    def _word(self, word: str, digits: bytes | None, data: bytes, pos: int) -> int:
        """Act on the control word ``word`` (its number ``digits``); where reading goes on."""
        if len(word) > 32 or (digits is not None and len(digits) > _PARAMETER_DIGITS + 1):
            return pos  # (no word of RTF's: ignored)
        number = int(digits) if digits is not None else None
        if word == "bin":  # (binary data: never text, whatever the group)
            return pos + (max(0, number) if number is not None else 0)
        if self.skip:
            self.skip -= 1
            return pos
        state = self.state
        if self.star:
            self.star = False
            if word not in _STARRED_READ:
                return self._skip_group(data, pos)
        if word in _SKIPPED:
            return self._skip_group(data, pos)
        dest = state.dest
        if word == "u" and number is not None:
            self._unicode(number)
        elif word in _CHARACTERS:
            self._put(_CHARACTERS[word])
        elif word == "f" and number is not None:
            if dest == _FONTS:
                self.defining = number
            else:
                state.font = number
        elif dest == _FONTS:
            self._font(word, number)
        elif dest in (_INFO, _CREATIM):
            self._info(word, number)
        elif word in _PARAGRAPH_ENDS:
            self._paragraph()
        elif dest == _NONE:
            pass
        else:
            self._formatting(word, number)
        return pos

    def _paragraph(self) -> None:
        state = self.state
        if state.dest == _TEXT:
            state.flow.paragraph(state.in_table, state.outline)
        elif state.dest in (_PROPERTY, _LIST):
            self._put(" ")

    def _formatting(self, word: str, number: int | None) -> None:
        """A control word that is no character and no paragraph's end."""
        state = self.state
        if word in ("v", "deleted"):
            state.hidden = number != 0
        elif word == "plain":
            state.hidden = False
        elif word == "pard":
            state.in_table, state.outline = False, None
        elif word == "intbl":
            state.in_table = True
        elif word == "outlinelevel":
            state.outline = number if number is not None and number >= 0 else None
        elif word == "uc" and number is not None:
            state.uc = min(max(number, 0), 16)
        elif state.dest != _TEXT:
            return
        elif word == "cell":
            state.flow.cell_end()
        elif word == "row":
            state.flow.row()
        elif word == "chftn":
            self._reference()
        elif word == "footnote":
            self._note()
        elif word == "ftnalt" and isinstance(state.flow, _Note):
            state.flow.endnote = True
        else:
            self._document(word, number)

    def _document(self, word: str, number: int | None) -> None:
        """The document's settings: code page, default font, tables read apart, notes'
        numbering."""
        state = self.state
        if word == "ansicpg" and number is not None:
            self.codepage = code_page(number) or self.codepage
        elif word in ("mac", "pc", "pca"):
            self.codepage = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
        elif word == "deff" and number is not None:
            self.default_font = number
        elif word == "fonttbl":
            state.dest, state.opened = _FONTS, True
        elif word == "info":
            state.dest, state.opened = _INFO, True
        elif word in ("listtext", "pntext"):
            state.dest, state.sink, state.opened = _LIST, _Run(), True
        elif word == "upr":
            state.upr = True
        elif word.startswith(("ftnn", "aftnn")) and word.split("nn", 1)[1] in _NOTE_FORMATS:
            endnote = word.startswith("a")
            self.note_formats[endnote] = (_NOTE_FORMATS[word.split("nn", 1)[1]],
                                          self.note_formats[endnote][1])  # fmt: skip
        elif word in ("ftnstart", "aftnstart") and number is not None and 0 <= number < 10_000:
            endnote = word.startswith("a")
            self.note_formats[endnote] = (self.note_formats[endnote][0], number)

    def _font(self, word: str, number: int | None) -> None:
        """A control word of the font table: a font's character set or code page."""
        if word == "fcharset" and number is not None and self.defining >= 0:
            self.fonts.setdefault(self.defining, _CHARSETS.get(number, self.codepage))
        elif word == "cpg" and number is not None and self.defining >= 0:
            page = code_page(number)
            if page:
                self.fonts[self.defining] = page

    def _info(self, word: str, number: int | None) -> None:
        """A control word of \\info: a property's group, or a part of \\creatim's time."""
        state = self.state
        if word in _PROPERTIES:
            state.dest, state.opened = _PROPERTY, True
            state.sink = self.properties.setdefault(_PROPERTIES[word], _Run())
        elif word == "creatim":
            state.dest, state.opened = _CREATIM, True
        elif state.dest == _CREATIM and word in _CREATED and number is not None:
            self.created[_CREATED[word]] = number

    def _reference(self) -> None:
        """A note's number where the text refers to it (\\chftn), or in the note itself."""
        if self.state.hidden:
            return
        flow = self.state.flow
        if isinstance(flow, _Note):
            self._put(_OWN)
        else:
            self._put(_REFERENCE)
            self.references.append(None)

    def _note(self) -> None:
        """A footnote begins: its paragraphs a flow of their own until its group closes,
        numbered by the reference just before it."""
        note = _Note(self.budget)
        self.notes.append(note)
        if self.references and self.references[-1] is None:
            self.references[-1] = note
        state = self.state
        state.flow, state.sink, state.opened = note, note.run, True
        state.in_table, state.outline = False, None

    # --- results --------------------------------------------------------------------------
    def text(self) -> str:
        """The text's paragraphs, then the footnotes' and the endnotes', each note led by
        its number where the text refers to it."""
        labels = iter(self._number_notes())
        lines = [_REFERENCE_MARK.sub(lambda _: next(labels, ""), line) for line in self.body.lines]
        for endnote in (False, True):
            for note in self.notes:
                if note.endnote != endnote or not note.lines:
                    continue
                mark = f"[{note.label}]" if note.label else ""
                # (its number, and the tab LibreOffice writes after it a space)
                paragraphs = [_OWN_MARK.sub(mark + " ", line) for line in note.lines]
                if mark and _OWN not in note.lines[0]:
                    paragraphs[0] = f"{mark} {paragraphs[0]}"
                lines += paragraphs
        text = "\n\n".join(line.strip() for line in lines if line.strip())
        if _SURROGATES.search(text):  # (\uN pairs of surrogate halves: one character)
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return normalize_newlines(_CONTROLS.sub("", text))

    def _number_notes(self) -> list[str]:
        """Each reference's label, "[1]", in order; each note given its number."""
        counts = {False: 0, True: 0}
        labels: list[str] = []
        for note in self.references:
            endnote = note.endnote if note is not None else False
            numbering, first = self.note_formats[endnote]
            label = number_label(first + counts[endnote], numbering)
            counts[endnote] += 1
            if note is not None:
                note.label = label
            labels.append(f"[{label}]")
        return labels

    def property(self, name: str) -> str:
        run = self.properties.get(name)
        return " ".join(run.take().split()) if run is not None else ""

    def created_on(self) -> str:
        """\\creatim as ISO 8601 (its day, and its time when it gives one), or ""."""
        year, month, day, hour, minute = self.created
        try:
            when = datetime(year, month, day, max(hour, 0), max(minute, 0))
        except ValueError:
            return ""
        if not 1900 <= year <= 2200:
            return ""
        return when.date().isoformat() if hour < 0 else when.isoformat(timespec="seconds")


_REFERENCE_MARK = re.compile(_REFERENCE)
# characters a \\uN may name that are no text: controls, and the noncharacters that stand
# for notes' numbers here (``_REFERENCE``)
_UNWRITTEN = re.compile("[\x00-\x08\x0b-\x1f\ufdd0-\ufdef]")
_OWN_MARK = re.compile(_OWN + "[ \t]*")
_SURROGATES = re.compile("[\ud800-\udfff]")
# control characters a file's bytes may hold, which no text shows (tab and line ends kept)
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_rtf(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """An RTF file as one Document: one line per paragraph, blank line between; the notes'
    paragraphs after the text's, each note led by its number; title, author and date from
    its \\info."""
    head = data[:64]
    first = len(head) - len(head.lstrip(b"\xef\xbb\xbf \t\r\n"))  # (a BOM, blank space)
    if not data.startswith(SIGNATURE, first):
        raise not_its_format(path, data, _WHAT, _HINT)
    reader = _Reader(path, options)
    reader.read(data[first:] if first else data)
    text = reader.text()
    if len(text) < options.min_chars:
        raise ReadError(path, "almost no text in the RTF file", _HINT, LITTLE_TEXT)
    encoding = f"{encoding_name(reader.codepage)} (RTF)"
    if reader.open_at_end:  # (cut short: read as far as it goes, said as LaTeX's are)
        encoding += "; groups left open: read to the file's end"
    author = reader.property("author")
    return [
        Document(
            path=path,
            text=text,
            title=properties_title(reader.property("title"), text),
            date=reader.created_on(),
            encoding=encoding,
            format="rtf",
            byline=author_byline(author),  # (as a .docx's: no login, no outlet)
            headings=tuple(reader.body.headings),
        )
    ]
