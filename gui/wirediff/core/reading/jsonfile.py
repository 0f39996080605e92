"""JSON (.json: one article object, a list of them, or a feed object holding a list) and
JSON lines (.jsonl, .ndjson: one article object per line)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from wirediff.core.document import Document
from wirediff.core.reading.decoding import decode
from wirediff.core.reading.errors import MALFORMED, NO_ARTICLES, ReadError
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.records import FIELD_HINT, from_records, item_path, lookup

# Keys under which news APIs and exports put their list of articles.
_LIST_KEYS = (
    "articles",
    "items",
    "data",
    "results",
    "records",
    "entries",
    "documents",
    "docs",
    "posts",
    "stories",
    "news",
    "hits",
)
_JSON_HINT = "fix the JSON, or save the article as .txt"


def _parse(path: Path, text: str, where: str = "") -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        place = where or f"line {exc.lineno}, column {exc.colno}"
        raise ReadError(path, f"not valid JSON ({place})", _JSON_HINT, MALFORMED) from None
    except RecursionError:
        raise ReadError(path, "JSON nested too deeply", _JSON_HINT, MALFORMED) from None


def _records(path: Path, value: Any, options: ReaderOptions) -> list[Any]:
    """The article records inside a parsed JSON value."""
    if isinstance(value, list):
        return value
    if isinstance(value, Mapping):
        if lookup(value, options.fields.text) is not None:
            return [value]
        lowered = {str(k).lower(): v for k, v in value.items()}
        for key in _LIST_KEYS:
            if isinstance(lowered.get(key), list):
                return list(lowered[key])
        for inner in value.values():
            if isinstance(inner, list) and inner and isinstance(inner[0], Mapping):
                return inner
    reason = "no articles found in the JSON (no text field and no list of records)"
    raise ReadError(path, reason, FIELD_HINT, NO_ARTICLES)


def read_json(path: Path, data: bytes, options: ReaderOptions) -> list[Document | ReadError]:
    """A .json file: one article, a list of articles, or an object holding such a list."""
    text, encoding = decode(path, data)
    records = _records(path, _parse(path, text), options)
    numbered = list(enumerate(records, 1))
    single = len(records) == 1
    return from_records(path, numbered, options.fields, encoding, "json", single=single)


def read_jsonl(path: Path, data: bytes, options: ReaderOptions) -> list[Document | ReadError]:
    """A JSON lines file: one article per line, numbered by line ("feed.jsonl#17")."""
    text, encoding = decode(path, data)
    # Split on "\n" only: str.splitlines() would also cut at U+2028, legal inside JSON strings.
    lines = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    single = len(lines) == 1
    entries: list[tuple[int, Any]] = []  # (line number, parsed value or its ReadError)
    for number, line in lines:
        where = path if single else item_path(path, number)
        try:
            entries.append((number, _parse(where, line, f"line {number}")))
        except ReadError as exc:
            entries.append((number, exc))
    good = [(n, value) for n, value in entries if not isinstance(value, ReadError)]
    if not good:
        if entries:
            raise entries[0][1]
        raise ReadError(path, "no articles in the file", "the file holds no records", NO_ARTICLES)
    docs = iter(from_records(path, good, options.fields, encoding, "jsonl", single=single))
    return [value if isinstance(value, ReadError) else next(docs) for _n, value in entries]
