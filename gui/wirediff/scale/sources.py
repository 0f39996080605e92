"""What ``wirediff stories --engine dask`` reads: a folder, or JSON-lines / Parquet shards.

A source is cut into *parts* (a few hundred files of a folder, or one shard), each read by
one task with the engine's own readers, so documents and problems are exactly what
``load_paths`` gives: the same text normalisation, titles, outlets, dates and caps. Paths in
the index are relative to the source's root (the folder, or the folder above the glob), and
a record of a shard is ``SHARD#n`` as the readers name records.
"""

from __future__ import annotations

import dataclasses
import io
import os
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any

from wirediff.core.document import Document
from wirediff.core.reading import Problem, ReaderOptions, ReadError, read_file
from wirediff.core.reading.listing import listing
from wirediff.core.reading.records import record_document
from wirediff.core.reading.registry import parse, read_bytes, too_large
from wirediff.core.textsafe import utf8_safe

FILES_PER_PART = 256
SHARD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".parquet", ".pq")


class SourceError(Exception):
    """The source cannot be read at all (no such folder, no shard matches the glob)."""


@dataclass(frozen=True, slots=True)
class Part:
    """One task's share of the source: files of a folder, or one shard."""

    kind: str  # "files" (paths of a local folder) or "shard" (a JSON-lines or Parquet file)
    paths: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Source:
    """A source, cut into parts; ``root`` is what index paths are relative to."""

    name: str
    root: str  # a local folder, or an fsspec URL prefix
    parts: tuple[Part, ...]
    problems: tuple[Problem, ...] = ()  # set aside while listing (hidden, links, ...)


def open_source(spec: str, options: ReaderOptions) -> Source:
    """The parts of ``spec``: a local folder, or a glob or path of shards that fsspec reads."""
    if "://" not in spec and os.path.isdir(spec):
        return _folder(spec, options)
    import fsspec

    try:
        fs, _token, paths = fsspec.get_fs_token_paths(spec)
    except (OSError, ValueError, ImportError) as exc:
        raise SourceError(f"cannot open {spec}: {exc}") from None
    shards = sorted(p for p in paths if p.lower().endswith(SHARD_SUFFIXES))
    if not shards:
        what = "no JSON-lines or Parquet shards match" if paths else "nothing matches"
        raise SourceError(f"{spec}: {what} (give a folder, or shards *.jsonl / *.parquet)")
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    root = os.path.commonpath([str(PurePosixPath(p).parent) for p in shards])
    prefix = "" if protocol in ("file", "local") else f"{protocol}://"
    return Source(spec, prefix + root, tuple(Part("shard", (prefix + p,)) for p in shards))


# The stories index is Parquet, whose strings are UTF-8: a name with a byte that is not
# (kept as a lone surrogate by surrogateescape) could be stored but not read back.
NOT_UTF8_NAME = "its name is not valid UTF-8, which the stories index cannot store: rename it"


def _folder(spec: str, options: ReaderOptions) -> Source:
    # The index is opened from anywhere (a desktop menu's working folder is not the shell's):
    # its root, which the texts are read from, is absolute.
    folder = os.path.abspath(spec)
    entries = listing([folder], options.include_hidden, options.follow_external_links)
    named = [e for e in entries if isinstance(e, Path)]
    files = [str(e) for e in named if utf8_safe(str(e)) == str(e)]
    problems = tuple(e for e in entries if isinstance(e, Problem)) + tuple(
        Problem(e, NOT_UTF8_NAME) for e in named if utf8_safe(str(e)) != str(e)
    )
    cuts = range(0, len(files), FILES_PER_PART)
    parts = tuple(Part("files", tuple(files[at : at + FILES_PER_PART])) for at in cuts)
    return Source(spec, folder, parts, problems)


def read_part(
    part: Part, options: ReaderOptions, max_bytes: int
) -> tuple[list[Document], list[Problem]]:
    """The documents and problems of one part, in order (never raises)."""
    docs: list[Document] = []
    problems: list[Problem] = []
    for path in part.paths:
        try:
            if part.kind == "files":
                items = read_file(path, max_bytes, options)
            else:
                items = _shard(path, max_bytes)
        except ReadError as exc:
            problems.append(exc.problem())
            continue
        except OSError as exc:
            problems.append(Problem(Path(path), f"cannot be read ({exc.strerror or exc})"))
            continue
        for item in items:
            if isinstance(item, Document):
                docs.append(item)
            else:
                problems.append(item.problem())
    return docs, problems


SHARD_OPTIONS = dataclasses.replace(ReaderOptions(), max_records=10**9, max_total_chars=10**15)


def _shard(url: str, max_bytes: int) -> list[Document | ReadError]:
    """Every record of a JSON-lines or Parquet shard (any fsspec URL) of at most
    ``max_bytes`` (``--max-size``)."""
    data = shard_bytes(url, max_bytes)
    if url.lower().endswith((".parquet", ".pq")):
        return _parquet_records(url, io.BytesIO(data))
    return parse(Path(url), data, SHARD_OPTIONS)


def shard_bytes(url: str, max_bytes: int) -> bytes:
    """The bytes of a shard, at most ``max_bytes``; ReadError for anything else.

    A local shard is read as a folder's files are (``read_bytes``): the glob matches a FIFO
    named ``b.jsonl`` (its read waited for ever) or a link to ``/dev/zero`` (read until
    memory ran out) as readily as a file, and such are refused as not a regular file; one
    past the cap is refused unread. Object storage has no such kinds, but its reads stop
    one byte past the cap all the same.
    """
    if "://" not in url:
        return read_bytes(Path(url), max_bytes)
    import fsspec

    with fsspec.open(url, "rb", compression="infer") as handle:
        size = getattr(handle, "size", None)  # what the store says, when it says it
        if isinstance(size, int) and size > max_bytes:
            raise too_large(Path(url), size, max_bytes)
        data: bytes = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # (a size not said, or a shard that grew)
        raise too_large(Path(url), len(data), max_bytes)
    return data


def _parquet_records(url: str, handle: Any) -> list[Document | ReadError]:
    """The rows of a Parquet shard as records ``SHARD#1``, ``SHARD#2``... (field names as
    for JSON: text, title, url, date, ...)."""
    import pyarrow.parquet as pq

    try:
        rows = pq.read_table(handle).to_pylist()
    except Exception as exc:  # pyarrow raises its own errors on damaged files
        raise ReadError(Path(url), f"not a readable Parquet file ({type(exc).__name__})") from None
    fields = SHARD_OPTIONS.fields
    return [
        record_document(Path(url), n, json_like(row), fields, "utf-8", "parquet")
        for n, row in enumerate(rows, 1)
    ]


def json_like(value: Any) -> Any:
    """A Parquet value as the JSON value it stands for, which the records are read from.

    Bytes are UTF-8 text (a bad byte a U+FFFD, as a JSON file's), dates and times their ISO
    form (as a JSON string date: a timestamp column left every document undated), a map an
    object, a decimal a number: pyarrow's Python values were written as Python does, and a
    binary text column's article was ``b'\\xd0\\x9f…'``, a map's outlet ``('k', 'v')``.
    """
    if isinstance(value, str | bool | int | float) or value is None:
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, date | time):  # (a datetime is a date)
        return value.isoformat()
    if isinstance(value, Decimal):
        whole = value.is_finite() and value == value.to_integral_value()
        return int(value) if whole else float(value)
    # (nested no deeper than the shard's schema, which pyarrow went through already)
    if isinstance(value, dict):
        return {str(k): json_like(v) for k, v in value.items()}
    if isinstance(value, list | tuple) and value and all(_pair(v) for v in value):
        return {str(k): json_like(v) for k, v in value}  # a map's (key, value) pairs
    if isinstance(value, list | tuple):
        return [json_like(v) for v in value]
    return str(value)  # a duration, an interval: as Python writes it


def _pair(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 2


def relative(path: Path, root: str) -> str:
    """A document's path as the index stores it: relative to the source's root."""
    text = str(path)
    if "://" in root:
        protocol, rest = root.split("://", 1)
        text = text.replace(f"{protocol}:/", f"{protocol}://", 1) if "://" not in text else text
        root = f"{protocol}://{rest}"
    if text.startswith(root.rstrip("/") + "/"):
        return text[len(root.rstrip("/")) + 1 :]
    try:
        return Path(text).relative_to(root).as_posix()
    except ValueError:
        return Path(text).as_posix()
