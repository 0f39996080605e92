"""Word documents (.docx): paragraphs and table rows in reading order, then the footnotes and
endnotes, plus core properties.

Read with zipfile and expat rather than python-docx: a .docx is a ZIP of XML parts, and the
text is the ``w:t`` runs of ``w:p`` paragraphs. Streaming the parts (``xmlparts``) bounds the
memory (no part and no tree is held whole), refuses DTDs (entity bombs), counts the real
unpacked size (zip bombs) and stops at the caps on characters and lines as the text comes.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from wirediff.core.counts import count
from wirediff.core.document import (
    Document,
    author_byline,
    normalize_newlines,
    properties_title,
)
from wirediff.core.reading.dates import to_iso
from wirediff.core.reading.decoding import not_its_format, sniff_binary
from wirediff.core.reading.docx_lists import Numbering, number_label
from wirediff.core.reading.errors import LITTLE_TEXT, MALFORMED, ReadError
from wirediff.core.reading.limits import Budget
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.tables import MAX_NESTED, row_lines
from wirediff.core.reading.xmlparts import REFUSED, Handler, PropertyText, parse_part

log = logging.getLogger(__name__)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Strict Open XML (Word's "Strict Open XML Document"): the same elements in a namespace of
# their own, read as the usual (transitional) ones — all its text was lost
_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main}"
# a tracked deletion, and a tracked move's old place: nothing in them is text (a moved
# paragraph read twice). A deletion's text is ``w:delText``; a move's is ``w:t``. And the
# reading of a ruby (furigana), which Word shows small above its base, not in the line.
_LEFT_OUT = (_W + "del", _W + "moveFrom", _W + "rt")
_P, _T, _TAB, _BREAKS = _W + "p", _W + "t", _W + "tab", (_W + "br", _W + "cr")
_R, _RPR, _PPR = _W + "r", _W + "rPr", _W + "pPr"
_TBL, _TR, _TC = _W + "tbl", _W + "tr", _W + "tc"  # a table, a row of it, a cell of that
# a paragraph's numbering (``docx_lists``): its list and level, or its style's; not as it was
# before a tracked change of its properties (``w:pPrChange``)
_NUMPR, _NUMID, _ILVL, _PSTYLE = _W + "numPr", _W + "numId", _W + "ilvl", _W + "pStyle"
# its outline level (a heading's: ``outline_level``), its own or its style's
_OUTLINE = _W + "outlineLvl"
_PPR_CHANGE = _W + "pPrChange"
# a paragraph's mark deleted (``w:pPr/w:rPr/w:del``): with its change accepted, the
# paragraph runs on into the next (it stood apart, "paragraphs: 1 joined" against the
# accepted draft)
_DEL = _W + "del"
# characters a run writes as elements: a non-breaking hyphen (as Word shows it: the comparison
# reads it as "-"), a positional tab (a right-aligned "Paris<ptab>AFP"); ``w:sym`` apart
_CHARACTERS = {_W + "noBreakHyphen": "\u2011", _W + "ptab": "\t"}
_SYM = _W + "sym"
# Another document embedded whole (HTML, RTF: a CMS's export, a mail merge), in a part of
# its own, which is not read: said, not lost silently
_ALT_CHUNK = _W + "altChunk"
# the Symbol font's characters (``w:sym``, at U+F020… or U+0020…) in Unicode: 0x20-0x7E,
# then 0xA0-0xE5 (bracket pieces and the unassigned left out)
_SYMBOL = dict(
    zip(range(0x20, 0x7F), " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾"
        "αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼", strict=True)
) | dict(
    zip(range(0xA0, 0xE6), "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓"
        "◊〈®©™∑", strict=True)
)  # fmt: skip
# a run's properties that hide it (hidden text, a note to the editor: Word neither shows nor
# prints it), unless their value is off
_HIDDEN = (_W + "vanish", _W + "specVanish")
# Word 2010 and later write a text box (a sidebar, a pull quote) twice: as a drawing in
# ``mc:Choice`` and as VML in ``mc:Fallback``, for older readers. Word shows one.
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE, _CHOICE, _FALLBACK = _MC + "AlternateContent", _MC + "Choice", _MC + "Fallback"
_CORE = {
    "http://purl.org/dc/elements/1.1/}title": "title",
    "http://purl.org/dc/elements/1.1/}creator": "creator",
    "http://purl.org/dc/terms/}created": "created",
}
_HINT = "open it in Word or LibreOffice and save it again as .docx, or save it as .txt"


@dataclass(frozen=True)
class _Kind:
    """Footnotes or endnotes: their part, their elements and Word's own numbering format."""

    part: str
    note: str  # a note in its part
    reference: str  # a note's reference in the body (Word shows its number there)
    mark: str  # the note's number at its start, in its part
    properties: str  # the numbering's settings
    numbering: str  # the format Word numbers them in when the settings say none

    def default(self) -> tuple[str, int]:
        return self.numbering, 1


_FOOTNOTES = _Kind(
    "word/footnotes.xml", _W + "footnote", _W + "footnoteReference", _W + "footnoteRef",
    _W + "footnotePr", "decimal",
)  # fmt: skip
_ENDNOTES = _Kind(  # Word numbers endnotes i, ii, iii… (the standard says decimal)
    "word/endnotes.xml", _W + "endnote", _W + "endnoteReference", _W + "endnoteRef",
    _W + "endnotePr", "lowerRoman",
)  # fmt: skip
_KINDS = (_FOOTNOTES, _ENDNOTES)
_REFERENCES = {kind.reference: kind for kind in _KINDS}
_MARKS = {kind.mark for kind in _KINDS}
_PSEUDO_NOTES = {"separator", "continuationSeparator", "continuationNotice"}  # lines, no text
_ON = {"1", "true", "on"}
_OFF = {"0", "false", "off"}
_NUMBER = re.compile(r"[0-9]{1,6}")


# Names of parts a Word file holds (ZIP entry names, found in its bytes).
_WORD_PARTS = (b"word/", b"[Content_Types].xml")


def _symbol(attributes: dict[str, str]) -> str:
    """The character of a ``w:sym``: its code (``w:char``, in hex) in the Symbol font's
    encoding when its font is Symbol, else as Unicode; nothing for a code in the private use
    area (another symbol font's: Wingdings), a control character or a surrogate, or none."""
    try:
        code = int(attributes.get(_W + "char", ""), 16)
    except ValueError:
        return ""
    if attributes.get(_W + "font", "").lower() == "symbol" and (
        code < 0x100 or 0xF000 <= code < 0xF100
    ):
        return _SYMBOL.get(code & 0xFF, "")
    return "" if 0xD800 <= code < 0xF900 or not 0x20 <= code < 0x110000 else chr(code)


class _Body:
    """The text of the outermost paragraphs, one line each, counted against the budget.

    Paragraphs nest (a text box inside a paragraph): an inner one's text belongs to the
    outer one, as Word shows it, on a line of its own (a text box's paragraphs, and the
    outer paragraph's text, ran together). Of ``mc:AlternateContent`` only the first
    ``mc:Choice`` is read, or its ``mc:Fallback`` when the choice held no text: every text
    box was read twice, its two copies glued ("…air strikes.Sidebar: …").
    Nothing in a tracked deletion or a tracked move's old place (``w:moveFrom``): the text
    is the document with its changes accepted; nor a ruby's reading (``w:rt``), only its base;
    nor a run hidden by its properties (``w:vanish``): Word neither shows nor prints it.
    Every paragraph counts against the line cap, empty ones too (they cost parsing).
    A footnote's or endnote's reference shows its number in brackets where Word shows it
    raised ("must—[1]": plain text has no superscript, and "2024¹" must not read "20241"),
    numbered in order of the references by ``numbering`` (kind: format and first number);
    a reference with a mark of its own ("*") shows that mark, the run after it.
    ``own_mark``: what a note's ``w:footnoteRef`` shows (reading a note, not the body).
    """

    def __init__(
        self,
        budget: Budget,
        numbering: dict[_Kind, tuple[str, int]] | None = None,
        lists: Numbering | None = None,
    ) -> None:
        self.budget = budget
        self.lists = lists or Numbering()
        self.numbered: tuple[str, int, str] = ("", 0, "")  # the paragraph's list, level, style
        self.outline: int | None = None  # the paragraph's own outline level (``w:outlineLvl``)
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.depth = 0  # paragraphs open
        self.in_text = 0  # w:t elements open inside a paragraph
        self.numbering = numbering or {kind: kind.default() for kind in _KINDS}
        self.counts = dict.fromkeys(_KINDS, 0)
        # each kind's notes referenced, by id, in order, with their number ("": own mark)
        self.references: dict[_Kind, dict[str, str]] = {kind: {} for kind in _KINDS}
        self.own_mark = ""
        self.marked = False  # own_mark was shown
        self.left_out = 0  # tracked deletions, moves' old places, ruby readings open
        self.open: list[str] = []  # the elements open, outermost first
        self.runs: list[bool] = []  # of each run (``w:r``) open: whether it is hidden
        # of each mc:AlternateContent open: whether one of its alternatives gave text (None:
        # none read yet), and ``written`` when the one being read began
        self.alternates: list[tuple[bool | None, int]] = []
        self.skipped = 0  # elements open inside an alternative not read
        self.written = 0  # pieces of text read that are not blank
        self.alt_chunks = 0  # documents embedded whole (``_ALT_CHUNK``), not read
        self.runs_on = False  # the outer paragraph's mark is deleted: it joins the next
        self.rows: list[list[list[str]]] = []  # of each table row open: its cells' lines
        self.nested: list[int] = []  # of each table row open: the tables open around it
        self.tables = 0  # tables open
        self.headings: list[tuple[int, str]] = []  # the Title's and Headings' (``heading_level``)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        above = self.open[-2:]  # (its grandparent and its parent)
        self.open.append(name)
        if self.skipped:
            self.skipped += 1
        elif name == _ALTERNATE:
            self.alternates.append((None, self.written))
        elif name in (_CHOICE, _FALLBACK) and self.alternates:
            read, _ = self.alternates[-1]
            if read:  # (a second choice, or the fallback of a choice that gave text)
                self.skipped = 1
            else:
                self.alternates[-1] = (read, self.written)
        elif name == _P:
            if self.depth:
                self._apart()
            else:
                self.numbered, self.outline = ("", 0, ""), None
            self.depth += 1
        elif name == _TR and not self.depth and len(self.rows) < MAX_NESTED:
            self.rows.append([])  # (not a table in a text box: its lines)
            self.nested.append(self.tables)
        elif name == _TC and not self.depth and self.rows and self.nested[-1] == self.tables:
            self.rows[-1].append([])
        elif name == _TBL:
            self.tables += 1
        elif name == _R:
            self.runs.append(False)
        elif name in _HIDDEN and above == [_R, _RPR]:  # (not a paragraph mark's, not a change's)
            self.runs[-1] = attributes.get(_W + "val", "").lower() not in _OFF
        elif name == _ALT_CHUNK:
            self.alt_chunks += 1
        elif not self.depth:
            return
        elif self.depth == 1 and name in (_NUMID, _ILVL, _PSTYLE) and _PPR_CHANGE not in self.open:
            self._numbering(name, attributes.get(_W + "val", ""), above)
        elif self.depth == 1 and name == _OUTLINE and above[-1:] == [_PPR]:
            value = attributes.get(_W + "val", "")
            if value.isdigit() and _PPR_CHANGE not in self.open:
                self.outline = int(value)
        elif name in _LEFT_OUT:
            self.left_out += 1
            if name == _DEL and above == [_PPR, _RPR] and self.depth == 1:
                self.runs_on = True
        elif self.left_out or True in self.runs:
            return
        elif name == _T:
            self.in_text += 1
        elif name == _TAB and above[-1:] == [_R]:  # (not a tab stop, in w:pPr/w:tabs)
            self.parts.append("\t")
        elif name in _CHARACTERS:
            self._put(_CHARACTERS[name])
        elif name == _SYM:
            self._put(_symbol(attributes))
        elif name in _BREAKS:
            self.parts.append("\n")
            self.budget.add_lines(1)
        elif name in _REFERENCES:  # (not one deleted: Word numbers it not)
            self._reference(_REFERENCES[name], attributes)
        elif name in _MARKS and self.own_mark:
            self.parts.append(self.own_mark)
            self.budget.add_chars(len(self.own_mark))
            self.marked = True

    def _put(self, piece: str) -> None:
        """A character a run writes as an element (``_CHARACTERS``, ``w:sym``)."""
        if piece:
            self.parts.append(piece)
            self.budget.add_chars(len(piece))
            self.written += not piece.isspace()

    def _reference(self, kind: _Kind, attributes: dict[str, str]) -> None:
        note = attributes.get(_W + "id", "")
        if attributes.get(_W + "customMarkFollows", "").lower() in _ON:
            self.references[kind].setdefault(note, "")
            return
        numbering, first = self.numbering[kind]
        label = number_label(first + self.counts[kind], numbering)
        self.counts[kind] += 1
        self.references[kind].setdefault(note, label)
        self.parts.append(f"[{label}]")
        self.budget.add_chars(len(label) + 2)

    def _apart(self) -> None:
        """A line break after the text so far of the outer paragraph, unless it ends one."""
        if self.parts and not self.parts[-1][-1:].isspace():
            self.parts.append("\n")
            self.budget.add_lines(1)

    def end(self, name: str) -> None:
        if self.open:
            self.open.pop()
        if self.skipped:
            self.skipped -= 1
        elif name == _R and self.runs:
            self.runs.pop()
        elif name in (_CHOICE, _FALLBACK) and self.alternates:
            _, begun = self.alternates[-1]
            self.alternates[-1] = (self.written > begun, begun)
        elif name == _ALTERNATE and self.alternates:
            self.alternates.pop()
        elif name == _T and self.in_text:
            self.in_text -= 1
        elif name in _LEFT_OUT and self.left_out:
            self.left_out -= 1
        elif name == _P and self.depth:
            self.depth -= 1
            if self.depth:
                self._apart()
            elif self.runs_on:  # (its text stays, the next paragraph's follows it)
                self.runs_on = False
            else:
                self.flush()
        elif name == _TR and not self.depth and self.rows and self.nested[-1] == self.tables:
            row = self.rows.pop()
            self.nested.pop()
            self._into().extend(row_lines(row))
        elif name == _TBL and self.tables:
            self.tables -= 1

    def _numbering(self, name: str, value: str, above: list[str]) -> None:
        num, level, style = self.numbered
        if name == _PSTYLE and above[-1:] == [_PPR]:
            style = value
        elif name == _NUMID and above == [_PPR, _NUMPR]:
            num = value
        elif name == _ILVL and above == [_PPR, _NUMPR] and value.isdigit():
            level = int(value)
        self.numbered = num, level, style

    def _into(self) -> list[str]:
        """Where a line read goes: the open table cell's lines, else the body's."""
        return self.rows[-1][-1] if self.rows and self.rows[-1] else self.lines

    def flush(self) -> None:
        """End the outer paragraph: its text a line of its own (the last one's, when its
        deleted mark left it open)."""
        line = "".join(self.parts).strip()
        self.parts.clear()
        label = self.lists.label(*self.numbered)  # (counted: an empty one is numbered too)
        style = self.numbered[2]
        self.numbered = ("", 0, "")
        if label and line:
            line = f"{label} {line}"
        self.budget.add_lines(2)  # the paragraph and the blank line after it
        if line:
            into = self._into()
            into.append(line)
            level = heading_level(style, self.lists.names.get(style, "")) or outline_level(
                self.lists.outline(style) if self.outline is None else self.outline
            )
            if level and into is self.lines and "\n" not in line:
                self.headings.append((level, line))

    def text(self, data: str) -> None:
        if self.in_text and not self.skipped:
            self.parts.append(data)
            self.budget.add_chars(len(data))
            self.written += not data.isspace()


class _Notes:
    """The notes of one kind's part, each note's paragraphs by its id, with whether it
    shows its number itself (``w:footnoteRef``, where Word draws it); the separator and
    continuation lines Word keeps there as notes left out. ``labels``: the notes' numbers,
    by id, from the body's references."""

    def __init__(self, kind: _Kind, budget: Budget, labels: dict[str, str]) -> None:
        self.kind, self.labels = kind, labels
        self.body = _Body(budget)
        self.notes: dict[str, tuple[list[str], bool]] = {}
        self.note: str | None = None  # the id of the note being read
        self.depth = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == 2 and name == self.kind.note:
            if attributes.get(_W + "type", "normal") not in _PSEUDO_NOTES:
                self.note = attributes.get(_W + "id", "")
                label = self.labels.get(self.note, "")
                self.body.lines, self.body.marked = [], False
                self.body.own_mark = f"[{label}]" if label else ""
        elif self.note is not None:
            self.body.start(name, attributes)

    def end(self, name: str) -> None:
        self.depth -= 1
        if self.note is None:
            return
        if self.depth == 1:
            self.notes.setdefault(self.note, (self.body.lines, self.body.marked))
            self.note = None
        else:
            self.body.end(name)

    def text(self, data: str) -> None:
        if self.note is not None:
            self.body.text(data)

    def lines(self) -> list[str]:
        """The notes' paragraphs: those the body refers to in the order of its references,
        each led by its number (when it does not show it itself), then any other."""
        out: list[str] = []
        for note, label in self.labels.items():
            paragraphs, marked = self.notes.pop(note, ([], True))
            if label and not marked and paragraphs:
                paragraphs[0] = f"[{label}] {paragraphs[0]}"
            out += paragraphs
        for paragraphs, _ in self.notes.values():  # (no reference: Word shows them nowhere)
            out += paragraphs
        return out


class _Settings:
    """How Word numbers footnotes and endnotes: each kind's format and first number, as the
    document's settings (``word/settings.xml``) give them."""

    def __init__(self) -> None:
        self.numbering = {kind: kind.default() for kind in _KINDS}
        self.kind: _Kind | None = None
        self.depth = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == 2:
            self.kind = next((kind for kind in _KINDS if kind.properties == name), None)
        elif self.depth == 3 and self.kind is not None:
            numbering, first = self.numbering[self.kind]
            value = attributes.get(_W + "val", "")
            if name == _W + "numFmt" and value:
                numbering = value
            elif name == _W + "numStart" and _NUMBER.fullmatch(value):
                first = int(value)
            self.numbering[self.kind] = numbering, first

    def end(self, name: str) -> None:
        self.depth -= 1
        if self.depth < 2:
            self.kind = None

    def text(self, data: str) -> None:
        pass


class _Transitional:
    """Gives ``handler`` a part's names in the transitional namespace (``_W``), those of
    Strict Open XML too (``_STRICT``)."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler

    @staticmethod
    def _name(name: str) -> str:
        return _W + name[len(_STRICT) :] if name.startswith(_STRICT) else name

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name.startswith(_STRICT):
            attributes = {self._name(key): value for key, value in attributes.items()}
        self.handler.start(self._name(name), attributes)

    def end(self, name: str) -> None:
        self.handler.end(self._name(name))

    def text(self, data: str) -> None:
        self.handler.text(data)


def _parse(
    path: Path, archive: zipfile.ZipFile, name: str, handler: Handler, options: ReaderOptions
) -> bool:
    """``parse_part``, Strict Open XML read as transitional (``_Transitional``)."""
    return parse_part(path, archive, name, _Transitional(handler), options)


def _optional_part(
    path: Path, archive: zipfile.ZipFile, name: str, handler: Handler, options: ReaderOptions
) -> bool:
    """Whether the part ``name``, which the text can do without (the properties, the
    settings, the notes), was read into ``handler``; not when it is missing or broken (a
    broken property part lost the whole file). A DTD in it is refused as anywhere
    (``xmlparts``), and so is a part past the unpacked cap, or text past the caps."""
    try:
        return _parse(path, archive, name, handler, options)
    except ReadError as exc:
        if exc.code != MALFORMED or exc.reason == REFUSED:
            raise
        log.debug("%s of %s left out: %s", name, path, exc.reason)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # the part's bytes damaged
        log.debug("%s of %s left out: %s", name, path, exc)
    return False


def _properties(path: Path, archive: zipfile.ZipFile, options: ReaderOptions) -> PropertyText:
    """The title, author and date of ``docProps/core.xml``; none when that part is broken."""
    props = PropertyText(_CORE, 2)
    if not _optional_part(path, archive, "docProps/core.xml", props, options):
        return PropertyText(_CORE, 2)  # (not what a broken part gave before it broke)
    return props


def _note_lines(
    path: Path, archive: zipfile.ZipFile, body: _Body, options: ReaderOptions
) -> tuple[list[str], list[str]]:
    """The footnotes' paragraphs, then the endnotes' (``_Notes.lines``), and the kinds
    left out ("footnotes"): none of a kind whose part is missing or broken (the body
    reads all the same, and the Document's encoding says what was left out)."""
    lines: list[str] = []
    lost: list[str] = []
    for kind in _KINDS:
        notes = _Notes(kind, body.budget, body.references[kind])
        if _optional_part(path, archive, kind.part, notes, options):
            lines += notes.lines()
        elif kind.part in archive.namelist():  # there, but broken
            lost.append(kind.part.removeprefix("word/").removesuffix(".xml"))
    return lines, lost


def read_docx(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """A Word document as one Document: one line per paragraph, blank line between; the
    footnotes' and endnotes' paragraphs after the body's, each note led by its number."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            settings = _Settings()
            _optional_part(path, archive, "word/settings.xml", settings, options)
            lists = Numbering()
            _optional_part(path, archive, "word/numbering.xml", lists, options)
            # (the styles' numbering, and their names: a heading's, ``heading_level``)
            _optional_part(path, archive, "word/styles.xml", lists, options)
            body = _Body(Budget(path, options), settings.numbering, lists)
            found = _parse(path, archive, "word/document.xml", body, options)
            if body.parts:  # (a last paragraph whose mark was deleted: its text)
                body.flush()
            lost: list[str] = []
            if found:
                notes, lost = _note_lines(path, archive, body, options)
                body.lines += notes
            props = _properties(path, archive, options)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        # NotImplementedError: a ZIP of a version or with features zipfile does not read.
        log.debug("not a docx: %s (%s)", path, exc)
        # Cut short (a download): its document part, or only the parts Word writes before
        # it (a file cut at 300 bytes, in its "[Content_Types].xml", was "a ZIP archive").
        if data.startswith(b"PK") and any(part in data for part in _WORD_PARTS):
            reason = "damaged Word file: its ZIP container is cut short or broken"
            raise ReadError(path, reason, _HINT, MALFORMED) from None
        raise not_its_format(path, data, "a Word .docx file", _HINT) from None
    if not found:  # another zipped document renamed (an .odt, an .epub) says what it is
        if sniff_binary(data) not in ("", "ZIP archive"):
            raise not_its_format(path, data, "a Word .docx file", _HINT)
        raise ReadError(path, "not a Word .docx file (no document part)", _HINT, MALFORMED)
    text = normalize_newlines("\n\n".join(body.lines))
    embedded = f"; {count(body.alt_chunks, 'embedded document')} (altChunk) not read"
    if len(text) < options.min_chars:
        if body.alt_chunks:  # (an article embedded as HTML was "almost no text")
            reason = "its text is a document embedded in it (HTML or RTF, w:altChunk), not read"
            raise ReadError(path, reason, _HINT, LITTLE_TEXT)
        raise ReadError(path, "almost no text in the Word file", _HINT, LITTLE_TEXT)
    values = {k: v.strip() for k, v in props.values.items()}
    return [
        Document(
            path=path,
            text=text,
            title=properties_title(values.get("title", ""), text),
            date=_local(to_iso(values.get("created", ""))),  # (its time too: ``dated``)
            # (as a PDF's says what was done to its text: no note is lost unsaid)
            encoding="utf-8 (docx)"
            + "".join(f"; {part} left out: damaged" for part in lost)
            + (embedded if body.alt_chunks else ""),
            format="docx",
            byline=author_byline(values.get("creator", "")),
            headings=tuple(body.headings),
        )
    ]


# Word's built-in heading styles, by their id ("Heading1", "Title") or, where Word names
# the id in the user's language ("berschrift1", "Titre1"), by their name in the styles,
# which Word writes in English ("heading 1")
_HEADING_STYLE = re.compile(r"heading ?([1-9])", re.I)


def heading_level(style: str, name: str) -> int:
    """The level of a paragraph of ``style`` (its id) named ``name`` in the styles as a
    section's heading: Title 1, Heading 1 2, Heading 2 3…; 0 for a paragraph of any other
    style. A paper's Word draft gave no sections: h said "No sections" and the reports'
    Section column was empty (an academic's walkthrough)."""
    for said in (style, name):
        if said.lower() == "title":
            return 1
        found = _HEADING_STYLE.fullmatch(said)
        if found is not None:
            return int(found[1]) + 1
    return 0


def outline_level(outline: int | None) -> int:
    """The level as a section's heading of a paragraph at Word's outline level ``outline``
    (``w:outlineLvl``, its own or its style's: 0 a first-level heading, as Heading 1, 2;
    9, body text, 0). A heading of a style of the writer's own ("Titre 1", "Überschrift 1"
    in a template, "MyHeading"), known as one by its outline level only, gave no section
    (an academic's walkthrough)."""
    return outline + 2 if outline is not None and outline < 9 else 0


def _local(iso: str) -> str:
    """A Word property's time, which Word writes in UTC, as the clock read where the file is
    read (as Word's own dialog shows it): beside a page's or a file name's time without a
    zone, compared as clocks read, 05:30 UTC was taken for before a Moscow page's 07:00 (a
    review). A day alone, or a time without a zone, as it is."""
    if len(iso) <= 10:
        return iso
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return iso if when.tzinfo is None else when.astimezone().isoformat(timespec="seconds")
