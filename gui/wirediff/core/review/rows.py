"""Rows of the review store read back into values, one row at a time.

A JSON value damaged inside an otherwise sound file (``quick_check`` does not look into
values) must not take the rest with it: a mark whose anchor cannot be read comes back
``damaged`` (listed as orphaned, never dropped), a correction ``damaged`` (skipped by the
grouping); both are left in the file as they are. ``damage_notice`` says so once, on opening.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from wirediff.core.counts import count
from wirediff.core.jsontext import parse_json
from wirediff.core.review.anchors import ChangeAnchor
from wirediff.core.review.identity import PairKey
from wirediff.core.review.model import Correction, Mark

# What a damaged JSON value raises while decoded or taken apart: ``parse_json`` says broken
# JSON, nesting too deep and a number too long as ValueError; int() of an infinite
# occurrence raises OverflowError; RecursionError stays for what walks a value nested just
# short of the parser's limit.
_DAMAGE = (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError)
_NO_ANCHOR = ChangeAnchor("", "", "", "", "", "", "")

MARK_COLUMNS = "change_key, anchor, flagged_at, note, note_at, created_at"
CORRECTION_COLUMNS = "id, folder, kind, documents, payload, payload_version, created_at"


def _anchor(text: object) -> tuple[ChangeAnchor, str]:
    try:
        return ChangeAnchor.from_json(str(text)), ""
    except _DAMAGE as exc:
        return _NO_ANCHOR, str(exc) or type(exc).__name__


def cell_text(value: object) -> str:
    """A text column's value as text: SQLite keeps whatever it is given, and a note stored
    as bytes (by another program, or damage) was exported as Python's "b'\\xc3'"."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def mark_of(row: tuple[Any, ...], key: PairKey, flip: bool, *, inherited: bool) -> Mark:
    """A ``marks`` row (``MARK_COLUMNS``) of the pair ``key``, its anchor flipped if asked."""
    change_key, anchor_json, flagged_at, note, note_at, created_at = row
    anchor, damaged = _anchor(anchor_json)
    return Mark(
        anchor.swapped() if flip else anchor,
        None if flagged_at is None else str(flagged_at),
        cell_text(note),
        None if note_at is None else str(note_at),
        str(created_at),
        key,
        str(change_key),
        inherited,
        damaged,
    )


def _json(text: object, kind: type) -> Any:
    value = parse_json(str(text))
    if not isinstance(value, kind):
        raise ValueError(f"not a JSON {kind.__name__}")
    return value


def _version(value: object) -> int:
    """A row's ``payload_version``: a whole number (SQLite keeps whatever it is given)."""
    if type(value) is not int:
        raise ValueError(f"payload_version is not a whole number: {str(value)[:40]!r}")
    return value


def correction_of(row: tuple[Any, ...]) -> Correction:
    """A ``corrections`` row (``CORRECTION_COLUMNS``)."""
    i, folder, kind, docs, payload, version, at = row
    try:
        number = _version(version)
        documents = tuple(str(d) for d in _json(docs, list))
        data: dict[str, object] = _json(payload, dict)
    except _DAMAGE as exc:
        damaged = str(exc) or type(exc).__name__
        unread = version if type(version) is int else 0
        return Correction(int(i), str(folder), str(kind), (), {}, unread, str(at), damaged)
    return Correction(int(i), str(folder), str(kind), documents, data, number, str(at))


def damage_notice(conn: sqlite3.Connection, path: Path) -> str:
    """What the user must be told of rows in the store at ``path`` that cannot be read ("")."""
    marks = sum(1 for (text,) in conn.execute("SELECT anchor FROM marks") if _anchor(text)[1])
    rows = conn.execute(f"SELECT {CORRECTION_COLUMNS} FROM corrections")
    corrections = sum(1 for row in rows if correction_of(row).damaged)
    if not marks and not corrections:
        return ""
    parts = [
        f"the flags or notes of {count(marks, 'change')} (listed as orphaned)" if marks else "",
        f"{count(corrections, 'story correction')} (not applied)" if corrections else "",
    ]
    return (
        f"The review store {path} holds {' and '.join(p for p in parts if p)} that could "
        "not be read: damaged, they were left in the file as they are."
    )
