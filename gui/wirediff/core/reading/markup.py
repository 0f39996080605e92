"""Plain text from HTML: the fragments news APIs and feeds put in their text fields, and the
simple extractor for web pages too big for trafilatura.

Python's HTMLParser takes the markup in pieces, so a page is fed 64 KB at a time: the caller
can cancel between pieces, and the budget stops a page of millions of tiny paragraphs as soon
as it passes the line cap. Time is linear in the page's size.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

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

    def _boundary(self) -> None:
        self.quotes = 0  # (a <q> is within a line: one left open quotes no later line)
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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.skipped:
            self.skipping += 1
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
        if tag in self.skipped:
            self.skipping = max(0, self.skipping - 1)
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
            data = data.replace(_CELL_APART, " ")
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
    blocks = "".join(parser.parts).split("\n\n")
    lines = (CELL_JOIN.join(filter(None, map(_words, b.split(_CELL_APART)))) for b in blocks)
    return "\n\n".join(line for line in lines if line)
