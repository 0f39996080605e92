"""Plain text from HTML: the fragments news APIs and feeds put in their text fields, and the
simple extractor for web pages too big for trafilatura.

As a browser shows it, as ``webpage`` reads a page (``html_marks``): an ordered list's items
led by their numbers ("3.", "iv.", "[3]" for a note referred to) and a footnote reference's
mark in brackets ("2019[3]"; a ``<sup>`` named a note by its own class, not its parent's);
a feed's judgment and a big page's read "20193" and lost their paragraph numbers.

Python's HTMLParser takes the markup in pieces, so a page is fed 64 KB at a time: the caller
can cancel between pieces, and the budget stops a page of millions of tiny paragraphs as soon
as it passes the line cap. Time is linear in the page's size.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

from wirediff.core.reading.html_marks import in_page, item_labels, names_a_note, note_mark
from wirediff.core.reading.limits import Budget
from wirediff.core.reading.tables import CELL_JOIN, MAX_NESTED, row_lines

# Markup worth converting: paragraph and line-break tags, not a stray "a < b" in prose.
_LOOKS_LIKE_HTML = re.compile(
    r"</(?:p|div|li|h[1-6]|blockquote|span|a|em|strong|b|i)>|<br\s*/?>|<p[\s>]", re.I
)
# A table's rows too, each a paragraph, its cells apart, as every reader gives them (a row's
# cells ran together: "CWaste incineration200,000"; ``tables.row_lines``).
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "figcaption", "ul", "ol", "table", "td", "th",
           "caption"}  # fmt: skip
_CELLS = {"td", "th"}
QUOTE_MARKS = ("“”", "‘’")  # a <q>'s, as a browser shows it; one within another
_CELL_APART = "\x1f"  # between a row's cells until the text is put together: CELL_JOIN then


class _Row:
    """A table row open: where its text starts in the parts, its cells' lines, the cell open."""

    def __init__(self, start: int, table: int) -> None:
        self.start, self.table = start, table
        self.cells: list[list[str]] = []
        self.cell: int | None = None  # where the open cell's text starts


# Where an ordered list's item's label goes until the list ends (its number may hang on
# the items after it: ``reversed``), the label's number between: "\ufdd012\ufdd0" (a
# noncharacter, which no text holds, nor white space, which a table's row would collapse)
_LABEL = "\ufdd0"
_LABELS = re.compile(r"\ufdd0(\d+)\ufdd0")
_Attributes = dict[str, str]  # (a value-less attribute, "reversed": "")


class _List:
    """A list open: whether it is ordered, its attributes, and its items': the number of
    each one's label (``_LABEL``), its attributes, and the ids and names that make it a
    note (its own, its first element's)."""

    def __init__(self, ordered: bool, attributes: _Attributes) -> None:
        self.ordered, self.attributes = ordered, attributes
        self.items: list[tuple[int, _Attributes, list[str]]] = []


class _Raised:
    """A ``<sup>`` open: where its text starts in the parts, the blocks passed before it,
    whether a link to a place in the page is in or around it (and the place)."""

    def __init__(self, start: int, blocks: int, target: str | None, named: bool) -> None:
        self.start, self.blocks, self.target, self.named = start, blocks, target, named


_SKIPPED = {"script", "style", "noscript", "template", "iframe", "svg", "head"}
# A whole page also carries navigation, forms and side columns around the article.
_SKIPPED_IN_PAGES = _SKIPPED | {"nav", "footer", "aside", "form", "button", "select"}
_CHUNK = 64 * 1024


class _Text(HTMLParser):
    def __init__(self, skipped: set[str], budget: Budget | None) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipped, self.budget = skipped, budget
        self.skipping = 0
        self.in_block = False  # text came since the last block boundary
        self.tables = 0  # tables open
        self.rows: list[_Row] = []  # table rows open, the innermost last
        self.quotes = 0  # <q> open: a browser shows their words in marks, “…” and ‘…’ within
        self.lists: list[_List] = []  # lists open, the innermost last
        self.items = 0  # ordered lists' items so far: the next one's label's number
        self.labels: dict[int, str] = {}  # each ordered list's item's label, by its number
        self.notes: dict[str, str] = {}  # the id of each note referred to: its mark
        self.naming: list[str] | None = None  # the names of an item before its first element
        self.raised: _Raised | None = None  # the <sup> open
        self.link: tuple[str, int] | None = None  # the <a> open: its place in the page, where
        self.blocks = 0  # block boundaries passed

    def _boundary(self) -> None:
        self.quotes = 0  # (a <q> is within a line: one left open quotes no later line)
        self.blocks += 1
        self.parts.append("\n\n")
        if self.in_block and self.budget is not None:
            self.budget.add_lines(2)  # the block's line and the blank line after it
        self.in_block = False

    def _row(self) -> _Row | None:
        """The row open in the innermost table open."""
        row = self.rows[-1] if self.rows else None
        return row if row is not None and row.table == self.tables else None

    def _end_cell(self, row: _Row) -> None:
        if row.cell is not None:
            row.cells.append("".join(self.parts[row.cell :]).split("\n\n"))
            row.cell = None

    def _end_row(self) -> None:
        row = self._row()
        if row is not None:
            self._end_cell(row)
            self.rows.pop()
            del self.parts[row.start :]
            lines = row_lines(row.cells)
            self.parts.append(
                "\n\n" + "\n\n".join(line.replace(CELL_JOIN, _CELL_APART) for line in lines)
            )
        self._boundary()

    def _item(self, attributes: _Attributes) -> None:
        """An item of the innermost list opens: an ordered list's is led by its label."""
        self._boundary()
        if self.skipping or not self.lists or not self.lists[-1].ordered:
            return
        number, self.items = self.items, self.items + 1
        self.naming = [attributes.get("id") or "", attributes.get("name") or ""]
        self.lists[-1].items.append((number, attributes, self.naming))
        self.parts.append(f"{_LABEL}{number}{_LABEL}")

    def _end_list(self, ordered: bool) -> None:
        """The innermost list of the kind ends: its items' labels, as a browser draws them,
        with a note's mark for an item that is a note referred to."""
        at = next(
            (i for i in range(len(self.lists) - 1, -1, -1) if self.lists[i].ordered == ordered),
            None,
        )
        if at is None:
            return
        for done in reversed(self.lists[at:]):
            items = [(attrs, self._note_of(names)) for _, attrs, names in done.items]
            labels = item_labels(done.attributes, items) if done.ordered else []
            for (number, _, _), label in zip(done.items, labels, strict=True):
                self.labels[number] = f"{label} " if label else ""
        del self.lists[at:]

    def _note_of(self, names: list[str]) -> str:
        """The mark of the note an item of ``names`` is, or ""."""
        return next((self.notes[name] for name in names if name in self.notes), "")

    def _start_raised(self, attributes: _Attributes) -> None:
        around = self.link if self.link is not None and self.link[1] == len(self.parts) else None
        names = " ".join(attributes.get(a) or "" for a in ("class", "id", "role"))
        self.raised = _Raised(
            len(self.parts), self.blocks, around[0] if around else None, names_a_note(names)
        )

    def _end_raised(self) -> None:
        """A ``<sup>`` ends: a note reference's mark (a number or a sign linking to a place
        in the page, or in a box named a note) is set in brackets, as ``html_marks`` does."""
        raised, self.raised = self.raised, None
        if raised is None or raised.blocks != self.blocks or self.skipping:
            return
        mark = note_mark("".join(self.parts[raised.start :]))
        if not mark or (raised.target is None and not raised.named):
            return
        if raised.target:
            self.notes.setdefault(raised.target, mark)
        del self.parts[raised.start :]
        self.handle_data(f"[{mark}]")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}  # ("reversed": "")
        if self.naming is not None:  # (an item's first element, no text before: its names)
            self.naming += [attributes.get("id") or "", attributes.get("name") or ""]
            self.naming = None
        if tag == "a":
            href = attributes.get("href") or ""
            self.link = (href.partition("#")[2], len(self.parts)) if in_page(href) else None
            if self.raised is not None and self.link is not None:
                self.raised.target = self.link[0]
        elif tag == "sup":
            self._start_raised(attributes)
        if tag in self.skipped:
            self.skipping += 1
        elif tag in ("ol", "ul"):
            self._boundary()
            self.lists.append(_List(tag == "ol", attributes))
        elif tag == "li":
            self._item(attributes)
        elif tag == "table":
            self._boundary()
            self.tables += 1
        elif tag == "tr" and self.tables <= MAX_NESTED:
            self._end_row()  # (one left open: "</tr>" may be left out)
            self.rows.append(_Row(len(self.parts), self.tables))
        elif tag in _CELLS and (row := self._row()) is not None:
            self._end_cell(row)
            self._boundary()
            row.cell = len(self.parts)
        elif tag in _BLOCKS:
            self._boundary()
        elif tag == "q":
            self.handle_data(QUOTE_MARKS[min(self.quotes, 1)][0])
            self.quotes += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.link = None
        elif tag == "sup":
            self._end_raised()
        if tag in self.skipped:
            self.skipping = max(0, self.skipping - 1)
        elif tag in ("ol", "ul"):
            self._end_list(tag == "ol")
            self._boundary()
        elif tag == "table" and self.tables:
            self._end_row()
            self.tables -= 1
            self._boundary()
        elif tag == "tr":
            self._end_row()
        elif tag in _CELLS and (row := self._row()) is not None:
            self._boundary()
            self._end_cell(row)
        elif tag in _BLOCKS:
            self._boundary()
        elif tag == "q" and self.quotes:
            self.quotes -= 1
            self.handle_data(QUOTE_MARKS[min(self.quotes, 1)][1])

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            if data.strip():
                self.naming = None
            data = data.replace(_CELL_APART, " ").replace(_LABEL, " ")
            self.parts.append(data)
            self.in_block = True
            if self.budget is not None:
                self.budget.add_chars(len(data))


def _words(text: str) -> str:
    return " ".join(text.split())


def looks_like_html(text: str) -> bool:
    """Whether ``text`` carries paragraph or inline HTML tags."""
    return _LOOKS_LIKE_HTML.search(text) is not None


def html_to_text(
    markup: str,
    *,
    page: bool = False,
    budget: Budget | None = None,
    between_chunks: Callable[[], None] | None = None,
) -> str:
    """The text of HTML: one blank line between blocks, scripts left out (and, for a whole
    ``page``, navigation, forms and side columns). ``budget`` counts the text as it comes
    (raising past a cap); ``between_chunks()`` runs after each 64 KB of markup."""
    parser = _Text(_SKIPPED_IN_PAGES if page else _SKIPPED, budget)
    for start in range(0, len(markup), _CHUNK):
        parser.feed(markup[start : start + _CHUNK])
        if between_chunks is not None:
            between_chunks()
    parser.close()
    while parser.tables:  # (a table left open at the end)
        parser.handle_endtag("table")
    while parser.lists:  # (and lists)
        parser.handle_endtag("ol" if parser.lists[-1].ordered else "ul")
    shown = "".join(parser.parts)
    if parser.labels:
        shown = _LABELS.sub(lambda m: parser.labels.get(int(m[1]), ""), shown)
    blocks = shown.split("\n\n")
    lines = (CELL_JOIN.join(filter(None, map(_words, b.split(_CELL_APART)))) for b in blocks)
    return "\n\n".join(line for line in lines if line)
