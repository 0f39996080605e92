"""How spreadsheets might split a CSV file wirediff wrote: for the formula-defence tests.

A spreadsheet may split on another separator than the file's (Excel in most non-English
locales splits a .csv on ``;``), and parsers differ on quotes: Python's ``csv`` (like Excel
and LibreOffice) takes a quote as quoting only at the start of a field, and a quote after
that as a plain character; others toggle quoting at every quote; others ignore quotes. A
cell is a formula when it starts with one of ``= + - @`` after any white space (tabs and
carriage returns included: spreadsheets trim them, which is why a cell starting with one is
suspect) and quotes (which some drop).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

FORMULA_START = ("=", "+", "-", "@")
SEPARATORS = (",", ";", "\t")


def _toggling(text: str, separator: str) -> Iterator[str]:
    """Cells as a parser sees them that switches quoting on and off at every quote."""
    cell: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in (separator, "\n"):
            yield "".join(cell).rstrip("\r")
            cell = []
        else:
            cell.append(char)
    yield "".join(cell)


def cells(text: str) -> Iterator[tuple[str, str, str]]:
    """(parser, separator, cell) for every cell of ``text`` as each parser splits it on
    each separator (a leading byte order mark taken off, as spreadsheets do)."""
    text = text.removeprefix("\ufeff")
    for separator in SEPARATORS:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator):
            for cell in row:
                yield "csv", separator, cell
        rows = csv.reader(
            io.StringIO(text, newline=""), delimiter=separator, quoting=csv.QUOTE_NONE
        )
        for row in rows:
            for cell in row:
                yield "quotes ignored", separator, cell
        for cell in _toggling(text, separator):
            yield "quotes toggled", separator, cell


def formula_cells(text: str) -> list[tuple[str, str, str]]:
    """The cells of ``text`` that some spreadsheet splitting some way would run."""
    return [
        (parser, separator, cell)
        for parser, separator, cell in cells(text)
        if cell.lstrip(' \t\r\n"').startswith(FORMULA_START)
    ]


def tables(text: str) -> list[list[dict[str, str]]]:
    """The tables of a CSV that holds several one under the other (a story report's:
    its versions, then its flags and notes), split at empty lines: each a list of rows,
    a row a dict keyed by its table's header."""
    out: list[list[dict[str, str]]] = []
    header: list[str] | None = None
    for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")):
        if not row:
            header = None
        elif header is None:
            header = row
            out.append([])
        else:
            out[-1].append(dict(zip(header, row, strict=True)))
    return out
