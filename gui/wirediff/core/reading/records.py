"""Article records (JSON objects, CSV rows) into Documents, through a FieldMap."""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from wirediff.core.document import Document, first_line_title, normalize_newlines
from wirediff.core.reading.dates import clock, day_first_text, to_iso
from wirediff.core.reading.errors import EMPTY, NO_ARTICLES, TRUNCATED, ReadError
from wirediff.core.reading.limits import cap_hint, check_cancel
from wirediff.core.reading.markup import html_to_text, looks_like_html
from wirediff.core.reading.metadata import guess_source
from wirediff.core.reading.options import FieldMap, ReaderOptions

# (not "--field text=NAME on the command line" alone: the app, where most read the
# Problems panel, takes no such option — a PR agency analyst's walkthrough)
FIELD_HINT = 'rename the column or field holding the text "text" or "body" (or: --field text=NAME)'
_NOT_TEXT = ("record's text is ", ", not text")  # around the value's kind: "a number"
T = TypeVar("T")


def item_path(path: Path, item: int) -> Path:
    """The identity of the ``item``-th article of a file: "feed.jsonl#17"."""
    return path.with_name(f"{path.name}#{item}")


_NAME_SPACING = re.compile(r"[\s_-]+")


def field_key(name: str) -> str:
    """A field's or a column's name as names are matched: case folded, its spaces,
    underscores and hyphens out. A media-monitoring tool's CSV export names its text
    column "Full Text", one JSON API "articleBody": neither was found as "full_text" or
    "article_body" (a PR agency analyst's walkthrough)."""
    return _NAME_SPACING.sub("", name.casefold())


def lookup(record: Mapping[str, Any], names: Sequence[str]) -> Any:
    """The first non-empty value among ``names`` (matched by ``field_key``, dotted =
    nested)."""
    lowered = {field_key(str(k)): v for k, v in record.items()}
    for name in names:
        value: Any = lowered
        for part in name.split("."):
            if not isinstance(value, Mapping):
                value = None
                break
            value = {field_key(str(k)): v for k, v in value.items()}.get(field_key(part))
        if value not in (None, "", [], {}):
            return value
    return None


class Digits(str):
    """A JSON integer of more digits than Python converts (4,300), kept as its digits: a
    number all the same (an id is written with them; an article's text is not one)."""

    __slots__ = ()


_SURROGATE = re.compile("[\ud800-\udfff]")


_MAX_DEPTH = 20  # nesting of lists and objects looked into for a field's text


def as_text(value: Any, depth: int = 0) -> str:
    """A field value as a string: lists joined, objects by their name, numbers written.

    Lists and objects nested deeper than a few levels are not looked into: a hostile file's
    ``[[[[...]]]]`` must not recurse past Python's limit.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        # A JSON "\\ud800" escape decodes to a lone surrogate, which no file or terminal can
        # take: it becomes U+FFFD like any other undecodable character.
        return _SURROGATE.sub("\ufffd", value).strip()
    if depth >= _MAX_DEPTH and isinstance(value, Mapping | list):
        return ""
    if isinstance(value, Mapping):
        return as_text(lookup(value, ("name", "title", "text", "value")), depth + 1)
    if isinstance(value, list):
        return ", ".join(filter(None, (as_text(v, depth + 1) for v in value)))
    if isinstance(value, bool) or (isinstance(value, float) and not math.isfinite(value)):
        return ""  # not words: Python would write them True, nan, inf
    return str(value)


def _kind(value: Any) -> str:
    """A JSON value's kind in the JSON's words ("null", "a number"), not Python's."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Digits):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"


def record_document(
    path: Path, item: int, record: Any, fields: FieldMap, encoding: str, fmt: str
) -> Document | ReadError:
    """One record as a Document (``item`` 0 = the file's only article), or why not."""
    where = item_path(path, item) if item else path
    if isinstance(record, str) and not isinstance(record, Digits):
        record = {"text": record}
    if not isinstance(record, Mapping):
        reason = f"record is {_kind(record)}, not an article"
        return ReadError(where, reason, FIELD_HINT, NO_ARTICLES)
    raw = lookup(record, fields.text)
    if isinstance(raw, bool | int | float | Digits):  # {"text": true}, {"text": 456}: no
        # article, however many digits (4,301 were one: they are kept as a string)
        reason = _kind(raw).join(_NOT_TEXT)
        return ReadError(where, reason, FIELD_HINT, EMPTY)
    if isinstance(raw, list):
        raw = "\n\n".join(filter(None, (as_text(v) for v in raw)))  # (true: no blank part)
    text = normalize_newlines(as_text(raw))
    if looks_like_html(text):  # feeds and APIs often send the article as HTML
        text = html_to_text(text)
    if not text:
        said = f"its fields: {names_said(record)}; {text_names(fields)}"
        return ReadError(where, f"record has no text ({said})", FIELD_HINT, EMPTY)
    # A title field's line breaks are spaces: a headline set on two lines was its first
    # line alone (or, picked for looking like a headline, its second).
    title = " ".join(as_text(lookup(record, fields.title)).split()) or first_line_title(text)
    text = headed(text, title)
    url = as_text(lookup(record, fields.url))
    site = as_text(lookup(record, fields.source))
    raw_date = lookup(record, fields.date)
    date = to_iso(raw_date) or (
        to_iso(raw_date, day_first_text(text)) if isinstance(raw_date, str) else ""
    )
    date = timed(date, record)
    return Document(
        path=where,
        text=text,
        title=first_line_title(title),
        source=guess_source(text, title=title, url=url, site_name=site),
        date=date,
        encoding=encoding,
        format=fmt,
        url=url,
        byline=as_text(lookup(record, fields.byline)),
        item=item,
        meta={"date_raw": str(raw_date)} if raw_date is not None and not date else {},
    )


# A record's time of day, in a column of its own: "Time", "Heure", "Uhrzeit"…
_TIME_FIELDS = ("time", "time_of_day", "hora", "heure", "uhrzeit", "zeit", "ora", "время")
# ... written as a time of day alone: "18:00", "06:00 PM", "6:05 p.m.", "18h30", "09:15:02
# UTC", "18:00 +01:00"
_TIME_OF_DAY = re.compile(
    r"(?P<h>\d{1,2})(?::|h\s?)(?P<m>\d\d)(?::(?P<s>\d\d))?(?:\s*(?P<half>[ap])\.?\s?m\.?)?"
    r"(?:\s*(?P<zone>z|utc|gmt|[+-]\d\d:?\d\d))?",
    re.IGNORECASE,
)
_MIDNIGHT = "T00:00:00"  # (a spreadsheet's day written as a time: "2026-12-03 00:00:00")


def timed(date: str, record: Mapping[str, Any]) -> str:
    """``date`` (ISO) at the time of day a record gives in a field of its own: a monitoring
    tool's export has "Date" and "Time" columns ("03-Dec-2026", "06:00 PM"), and its clips
    were dated by the day alone, a day's 40 pickups unordered (a PR agency analyst's
    walkthrough). Only a day (or its midnight) and a time of day alone that is one: a
    "Time" of "2026-12-03" or "45 min" leaves ``date`` as it is."""
    if not (len(date) == 10 or (date.endswith(_MIDNIGHT) and len(date) == 19)):
        return date
    value = lookup(record, _TIME_FIELDS)
    found = _TIME_OF_DAY.fullmatch(value.strip()) if isinstance(value, str) else None
    if found is None:
        return date
    at = clock(int(found["h"]), int(found["m"]), int(found["s"] or 0), found["half"] or "")
    if not at:
        return date
    zone = (found["zone"] or "").upper()
    if zone in ("Z", "UTC", "GMT"):
        zone = "+00:00"
    elif zone and ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    return f"{date[:10]}T{at}{zone}"


HEADED_LINES = 3  # the text's first lines a record's headline may already be among


def headed(text: str, title: str) -> str:
    """``text`` under its record's headline (``title``) when none of its first lines is it,
    as a web page's text opens with its headline: a monitoring tool's export of a live blog
    against the page's plain-text copy read "− Puerto Alcázar port explosion – live
    updates", the headline deleted (a media monitor's walkthrough)."""
    if not title or not any(c.isalnum() for c in text):  # (no word: an empty article)
        return text
    key = " ".join(title.split()).casefold()
    head = [" ".join(line.split()).casefold() for line in text.split("\n", 12)[:12]]
    if key in [line for line in head if line][:HEADED_LINES]:
        return text
    return f"{title}\n\n{text}"


def take_records(
    path: Path, items: Iterable[T], options: ReaderOptions
) -> tuple[list[T], ReadError | None]:
    """The first ``options.max_records`` of ``items`` (drawn lazily, checking for cancel
    every 1,000), and the error saying the file holds more, if it does: a ``truncated``
    problem, "read in part: the first 5 of 10 records" — it was "too-large", the code of a
    file not read at all, and a script could not tell the two apart (a fact-checker's
    walkthrough). The records past the cap are counted, not read."""
    taken: list[T] = []
    rest = iter(items)
    for item in rest:
        if len(taken) % 1000 == 0:
            check_cancel(options)
        if len(taken) == options.max_records:
            total = _counted(rest, len(taken) + 1, options)
            of = f"{total:,}" if total is not None else f"more than {len(taken):,}"
            reason = f"read in part: the first {len(taken):,} of {of} records"
            return taken, ReadError(path, reason, cap_hint("max_records"), TRUNCATED)
        taken.append(item)
    return taken, None


def _counted(rest: Iterable[object], count: int, options: ReaderOptions) -> int | None:
    """``count`` plus the records left in ``rest``; None when one past the cap is broken
    (a JSON array or a CSV that breaks off further on: the records read stay read)."""
    try:
        for _ in rest:
            count += 1
            if count % 1000 == 0:
                check_cancel(options)
    except (ReadError, csv.Error):
        return None
    return count


def default_fields(options: ReaderOptions) -> ReaderOptions:
    """``options`` with the default field names: a feed's items and a message's fields are
    named by their reader, not by the user's records' ``--field`` names."""
    if options.fields == FieldMap():
        return options
    from dataclasses import replace  # (not at start-up: a text comparison needs none)

    return replace(options, fields=FieldMap())


def record_documents(
    path: Path,
    records: Sequence[tuple[int, Any]],
    over: ReadError | None,
    options: ReaderOptions,
    encoding: str,
    fmt: str,
) -> list[Document | ReadError]:
    """``from_records`` of what ``take_records`` took, and its error when it stopped early."""
    single = len(records) == 1 and over is None
    out = from_records(path, records, options, encoding, fmt, single=single)
    return [*out, over] if over is not None else out


def from_records(
    path: Path,
    records: Sequence[tuple[int, Any]],
    options: ReaderOptions,
    encoding: str,
    fmt: str,
    *,
    single: bool,
) -> list[Document | ReadError]:
    """Documents for ``(item, record)`` pairs; a ``single``-article file keeps its own path.

    Checks for cancel every 1,000 records (a record costs about 75 µs: 20,000 take 1.5 s).
    """
    if not records:
        raise ReadError(path, "no articles in the file", "the file holds no records", EMPTY)
    if single:
        records = [(0, records[0][1])]
    fields = options.fields
    out: list[Document | ReadError] = []
    for count, (n, rec) in enumerate(records):
        if count % 1000 == 999:
            check_cancel(options)
        out.append(record_document(path, n, rec, fields, encoding, fmt))
    if not any(isinstance(o, Document) for o in out):
        errors = [o for o in out if isinstance(o, ReadError)]
        raise _no_article(path, errors, records, fields)
    return out


def _no_article(
    path: Path,
    errors: Sequence[ReadError],
    records: Sequence[tuple[int, Any]],
    fields: FieldMap,
) -> ReadError:
    """The error of a file none of whose ``records`` is an article: a file's only record
    says its own reason, records whose text is a number, true or false say so (a file of
    them said its text field was not found: "looked for text, body…"), and others name
    their fields and the names read as text."""
    if len(errors) == 1 and errors[0].path == path and _not_text(errors[0].reason):
        return errors[0]
    count = f"{len(errors)} record{'s' * (len(errors) != 1)}"
    head, tail = _NOT_TEXT
    kinds = {e.reason[len(head) : -len(tail)] for e in errors if _not_text(e.reason)}
    if kinds and all(_not_text(e.reason) for e in errors):
        whose = "its" if len(errors) == 1 else "their"
        said = " or ".join(sorted(kinds))
        reason = f"no article text in {count} ({whose} text is {said}, not text)"
    else:
        whose = "its" if len(errors) == 1 else "their"
        said = f"{whose} fields: {names_said(_fields_of(records))}; {text_names(fields)}"
        reason = f"no article text in {count} ({said})"
    return ReadError(path, reason, FIELD_HINT, NO_ARTICLES)


_NAMES_SAID, _NAME_CHARS = 40, 40  # the fields or columns an error names, and of each name
_TEXT_NAMES_SAID = 6  # the names read as text that an error names
_RECORDS_LOOKED = 100  # the records whose fields an error names


def names_said(names: Iterable[Any]) -> str:
    """A record's fields or a header's columns for an error, all of them: a monitoring
    tool's export was "no text column (columns: Date, Time, Headline, URL, Source,
    Country)", its five more, "Full Text" among them, cut with no "…" (a PR agency analyst's
    walkthrough). Each name and the list are cut when long, and say so (a fuzzed header had
    16,000)."""
    listed = [str(n).strip() for n in names]
    said = [n if len(n) <= _NAME_CHARS else n[: _NAME_CHARS - 1] + "…" for n in listed if n]
    more = len(said) - _NAMES_SAID
    return ", ".join(said[:_NAMES_SAID]) + (f" and {more:,} more" if more > 0 else "") or "none"


def text_names(fields: FieldMap) -> str:
    """The names read as a record's text, for an error: "read as text: text, body, …"."""
    names = fields.text
    more = len(names) - _TEXT_NAMES_SAID
    listed = ", ".join(names[:_TEXT_NAMES_SAID]) or "none"
    return "read as text: " + listed + (f" and {more:,} more" if more > 0 else "")


def _fields_of(records: Sequence[tuple[int, Any]]) -> list[str]:
    """The fields of a file's records (of its first ``_RECORDS_LOOKED``), in their order:
    said in the error of a file none of whose records has a text field, which named only
    the names it looked for, "text, body, content, article…", and no field the file had (a
    PR agency analyst's walkthrough)."""
    seen: dict[str, None] = {}
    for _n, record in records[:_RECORDS_LOOKED]:
        if isinstance(record, Mapping):
            seen.update(dict.fromkeys(str(k) for k in record))
    return list(seen)


def _not_text(reason: str) -> bool:
    return reason.startswith(_NOT_TEXT[0]) and reason.endswith(_NOT_TEXT[1])
