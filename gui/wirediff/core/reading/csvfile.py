"""CSV and TSV files with a header row: one article per row ("feed.csv#3" = third data row)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from wirediff.core.document import Document
from wirediff.core.reading.decoding import decode
from wirediff.core.reading.errors import MALFORMED, NO_ARTICLES, ReadError
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.records import (
    FIELD_HINT,
    field_key,
    names_said,
    record_documents,
    take_records,
    text_names,
)

_CSV_HINT = "check the file is comma-, semicolon- or tab-separated with one header row"


_DELIMITERS = ",;\t|"


def _dialect(sample: str, suffix: str) -> type[csv.Dialect]:
    """RFC 4180 quoting (a quote inside a field doubled), the separator the header row is
    cut by into the most columns. ``csv.Sniffer`` guessed the quoting from the articles
    too, and a text quoting someone ("\"\"We waited,\"\" said…") made it drop the doubled
    quotes: rows came apart into records titled ",Reuters" or "second line of headline"."""
    if suffix == ".tsv":
        return csv.excel_tab
    header = sample.split("\n", 1)[0]
    best, most = ",", 1
    for delimiter in _DELIMITERS:
        try:
            columns = len(next(csv.reader([header], delimiter=delimiter), []))
        except csv.Error:  # (a carriage return alone in a quoted name: the reader says it)
            continue
        if columns > most:
            best, most = delimiter, columns

    class Found(csv.excel):
        delimiter = best
        skipinitialspace = True  # "a", "b": the sniffer found it; without, a quote after
        # the space was text and the field ran on past its first comma

    return Found


def _distinct(header: Sequence[str]) -> list[str]:
    """Column names made distinct, the first of two alike keeping its name ("text",
    "text (2)"): a row was a dict in which the last column of a name replaced the first, and
    an export's second "text" column (a translation, notes) took the article's place."""
    seen: set[str] = set()
    tried: dict[str, int] = {}  # the last number tried for a name: each tried once (a
    # header of 16,000 "text" columns, each from "text (2)" up, took 20 s: found by fuzzing)
    out = []
    for name in header:
        unique, n = name, tried.get(name.strip().lower(), 1)
        while unique.strip().lower() in seen:
            n += 1
            unique = f"{name} ({n})"
        tried[name.strip().lower()] = n
        seen.add(unique.strip().lower())
        out.append(unique)
    return out


def read_csv(path: Path, data: bytes, options: ReaderOptions) -> list[Document | ReadError]:
    """Rows of a CSV/TSV file as Documents, columns named by the header row."""
    text, encoding = decode(path, data)
    # Articles are longer than the csv module's default field limit of 128 KB.
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    dialect = _dialect(text[:8192], path.suffix.lower())
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
        header = _distinct(reader.fieldnames or [])
        reader.fieldnames = header
        wanted = {field_key(name) for name in options.fields.text}
        if not any(field_key(name) in wanted for name in header):
            said = f"columns: {names_said(header)}; {text_names(options.fields)}"
            reason = f"no text column ({said})"
            raise ReadError(path, reason, FIELD_HINT, NO_ARTICLES)
        rows: Iterator[tuple[int, Any]] = (
            (n, {k: v for k, v in row.items() if isinstance(k, str)})
            for n, row in enumerate(reader, 1)
        )
        taken, over = take_records(path, rows, options)
    except csv.Error as exc:
        raise ReadError(path, f"not valid CSV ({exc})", _CSV_HINT, MALFORMED) from None
    return record_documents(path, taken, over, options, encoding, "csv")
