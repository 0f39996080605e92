"""JSON (.json: one article object, a list of them, or a feed object holding a list) and
JSON lines (.jsonl, .ndjson: one article object per line)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from wirediff.core.document import Document
from wirediff.core.reading import telegram
from wirediff.core.reading.decoding import decode
from wirediff.core.reading.errors import MALFORMED, NO_ARTICLES, ReadError
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.records import (
    FIELD_HINT,
    Digits,
    default_fields,
    from_records,
    item_path,
    lookup,
    names_said,
    record_documents,
    take_records,
    text_names,
)

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
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's white space


def _integer(digits: str) -> int | Digits:
    """A JSON integer; one past Python's limit on converting digits (4,300) stays its digits:
    valid JSON, and rarely a field an article needs (an id, a count). Still a number: as an
    article's text it is refused as 12345 is."""
    try:
        return int(digits)
    except ValueError:
        return Digits(digits)


# Every parse goes through this decoder (json.loads builds one per call).
_DECODER = json.JSONDecoder(parse_int=_integer)


def _malformed(path: Path, where: str) -> ReadError:
    return ReadError(path, f"not valid JSON ({where})", _JSON_HINT, MALFORMED)


def _parse(path: Path, text: str, where: str = "") -> Any:
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise _malformed(path, where or f"line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise ReadError(path, "JSON nested too deeply", _JSON_HINT, MALFORMED) from None


def _array_items(path: Path, text: str) -> Iterator[Any] | None:
    """The elements of a top-level JSON array, parsed one at a time, so that a file of a
    million tiny records is not built whole past the record cap; None for anything else."""
    start = _skip_space(text, 0)
    if text[start : start + 1] != "[":
        return None
    return _elements(path, text, start + 1)


def _skip_space(text: str, at: int) -> int:
    match = _SPACE.match(text, at)
    return match.end() if match else at


def _elements(path: Path, text: str, pos: int) -> Iterator[Any]:
    def skip(at: int) -> int:
        return _skip_space(text, at)

    def fail(msg: str, at: int) -> ReadError:
        error = json.JSONDecodeError(msg, text, at)
        return _malformed(path, f"line {error.lineno}, column {error.colno}")

    pos = skip(pos)
    if text[pos : pos + 1] != "]":
        while True:
            try:
                value, pos = _DECODER.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise _malformed(path, f"line {exc.lineno}, column {exc.colno}") from None
            except RecursionError:
                raise ReadError(path, "JSON nested too deeply", _JSON_HINT, MALFORMED) from None
            yield value
            pos = skip(pos)
            if text[pos : pos + 1] == "]":
                break
            if text[pos : pos + 1] != ",":
                raise fail("Expecting ',' delimiter", pos)
            pos = skip(pos + 1)
    if skip(pos + 1) != len(text):
        raise fail("Extra data", skip(pos + 1))


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
    reason = "no articles found in the JSON (no text field and no list of records"
    if isinstance(value, Mapping):  # (its fields, and the names read as text)
        reason += f"; its fields: {names_said(value)}; {text_names(options.fields)}"
    raise ReadError(path, reason + ")", FIELD_HINT, NO_ARTICLES)


def read_json(path: Path, data: bytes, options: ReaderOptions) -> list[Document | ReadError]:
    """A .json file: one article, a list of articles, or an object holding such a list."""
    text, encoding = decode(path, data)
    items = _array_items(path, text)
    if items is None:
        value = _parse(path, text)
        if telegram.is_export(value):
            return _telegram(path, value, options, encoding)
        items = iter(_records(path, value, options))
    taken, over = take_records(path, enumerate(items, 1), options)
    return record_documents(path, taken, over, options, encoding, "json")


def _telegram(
    path: Path, value: Any, options: ReaderOptions, encoding: str
) -> list[Document | ReadError]:
    """A Telegram chat export's posts with words (``telegram.posts``); a file of none says
    so, naming what it holds."""
    taken, over = take_records(path, telegram.posts(value), options)
    if not taken:
        count = len(value["messages"])
        reason = f"a Telegram chat export with no post holding words ({count:,} messages)"
        hint = "its messages are service messages, or media without a caption"
        raise ReadError(path, reason, hint, NO_ARTICLES)
    return record_documents(path, taken, over, default_fields(options), encoding, "json")


def read_jsonl(path: Path, data: bytes, options: ReaderOptions) -> list[Document | ReadError]:
    """A JSON lines file: one article per line, numbered by line ("feed.jsonl#17")."""
    text, encoding = decode(path, data)
    lines, over = take_records(path, _lines(text), options)
    single = len(lines) == 1 and over is None
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
    docs = iter(from_records(path, good, options, encoding, "jsonl", single=single))
    out = [value if isinstance(value, ReadError) else next(docs) for _n, value in entries]
    return [*out, over] if over is not None else out


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """The non-blank lines of ``text`` with their numbers (from 1), drawn lazily.

    Split on "\\n" only: str.splitlines() would also cut at U+2028, legal inside JSON strings.
    """
    start, number = 0, 1
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        line = text[start:end]
        if line.strip():
            yield number, line
        start, number = end + 1, number + 1
