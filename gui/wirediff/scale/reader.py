"""Reading a stories index page by page, and one document's text on demand.

For the app's "Open stories index…" (and ``wirediff stories --engine dask --format json``):
the grouped list of an archive far larger than memory comes from the index's small event and
story tables and from the few document rows a page shows; texts are read only when a
document is opened. Needs only pyarrow (and fsspec for shards elsewhere than on this disk).

    index = StoriesIndex("stories.parquet")
    index.summary["documents"], index.event_count
    for event in index.events(0, 50):              # EventRow: id, title, stories, documents
        for story in index.stories(event):         # StoryRow: id, event, title, base, versions
            for row in index.versions(story):      # DocRow: doc, path, title, ..., is_base
                ...
    text = index.text(row)                         # the document's text, read now
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirediff.core.datequery import iso_dates
from wirediff.core.document import Document
from wirediff.core.jsontext import parse_json
from wirediff.core.reading import ReadError, read_document
from wirediff.core.reading.records import record_document
from wirediff.core.reading.registry import parse

DOCUMENT_COLUMNS = (
    "doc path title outlet date date_source url words story event is_base similarity "
    "containment_in_base base_containment derivation row"
).split()
EVENT_COLUMNS = "event title stories documents first_story first_row".split()
STORY_COLUMNS = "story event title base versions first_row".split()
# Columns added since (``sha256``, ``key``: what ``wirediff stories`` gives to follow a story
# or a document from one run to the next): read where there, "" in an index written before.
LATER_DOCUMENT_COLUMNS = ("sha256",)


KEPT_GROUPS = 2  # decoded row groups kept (a page can straddle two)
PYLIST_ROWS = 200  # rows turned into Python at a time (one call holds the GIL throughout)
# What the list's filter looks at (the columns a folder's filter matches, the path as its
# file name), and the character that joins them for the search (never typed in a filter).
SEARCH_COLUMNS = ("title", "outlet", "date", "path")
JOIN = "\x1f"


class NotAnIndex(ValueError):
    """The index folder is missing a part, or a part is not what ``write_index`` writes."""


class DamagedIndex(NotAnIndex):
    """A part of the index is there but cannot be read: the message names it."""


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    title: str
    stories: int
    documents: int
    first_story: int
    first_row: int


@dataclass(frozen=True, slots=True)
class StoryRow:
    id: int
    event: int
    title: str
    base: int  # the base's document number
    versions: int
    first_row: int
    key: str = ""  # (``report.story_keys``; "" in an index written before it was kept)


@dataclass(frozen=True, slots=True)
class DocRow:
    """One document of the index (see ``wirediff.scale.index`` for the columns)."""

    doc: int
    path: str
    title: str
    outlet: str
    date: str
    date_source: str
    url: str
    words: int
    story: int
    event: int
    is_base: bool
    similarity: float
    containment_in_base: float
    base_containment: float
    derivation: str
    row: int
    sha256: str = ""  # of its text ("" in an index written before it was kept)


@dataclass(frozen=True, slots=True)
class Matches:
    """The documents whose title, outlet, date or file name contains a text."""

    text: str
    rows: Any  # numpy int64 array: their rows in the grouped list, ascending
    events: Any  # numpy int64 array: the events holding them, in list order, each once

    @property
    def count(self) -> int:
        return len(self.rows)


class StoriesIndex:
    """An index folder written by ``wirediff stories --engine dask -o FOLDER``."""

    def __init__(self, folder: str | Path) -> None:
        import pyarrow.parquet as pq

        self.folder = Path(folder)
        summary = self._part("summary.json", lambda p: parse_json(p.read_text(encoding="utf-8")))
        if not isinstance(summary, dict):
            raise DamagedIndex(f"{folder}: summary.json is not a JSON object")
        self.summary: dict[str, Any] = summary
        self._events = self._part("events.parquet", pq.read_table, EVENT_COLUMNS)
        self._stories = self._part("stories.parquet", pq.read_table, STORY_COLUMNS)
        parts = sorted((self.folder / "documents").glob("*.parquet"), key=_part_number)
        if not parts:
            raise NotAnIndex(f"{folder}: not a stories index (documents/ holds no part)")
        self._names = [p.relative_to(self.folder).as_posix() for p in parts]
        self._parts = [self._part(name, pq.ParquetFile, DOCUMENT_COLUMNS) for name in self._names]
        self._doc_columns = [*DOCUMENT_COLUMNS, *_present(self._parts[0], LATER_DOCUMENT_COLUMNS)]
        self._groups: dict[tuple[int, int], Any] = {}  # the last row groups read (a page each)
        self._haystacks: list[Any] = []  # per part: the searched columns, lower case, joined
        # A search or a page given up can still be running in its worker when the next
        # starts: the caches above are filled by one thread at a time.
        self._lock = threading.Lock()
        self._starts = [0]
        for part in self._parts:
            self._starts.append(self._starts[-1] + part.metadata.num_rows)
        self._check_tables()

    def _check_tables(self) -> None:
        """The event and story tables agree with each other and with the documents parts:
        events and stories numbered in order, each a run of the list that starts where the
        one before it ends, the runs covering every document (the pages are cut from these
        numbers: one out of range emptied a whole page, a wrong count built thousands of
        times the rows). Raises DamagedIndex naming the table and what is wrong."""
        import numpy as np

        ev = _whole_numbers(self, "events.parquet", self._events, EVENT_INTS)
        st = _whole_numbers(self, "stories.parquet", self._stories, STORY_INTS)
        docs, n_events, n_stories = self.document_count, len(ev["event"]), len(st["story"])
        for name, n, what in (
            ("events.parquet", n_events, "events"),
            ("stories.parquet", n_stories, "stories"),
            ("documents/", docs, "documents"),
        ):
            if not n:
                held = f"{n_events:,} events, {n_stories:,} stories, {docs:,} documents"
                raise self._table(name, f"it holds no {what} (the index: {held})")

        def numbered(name: str, ids: Any, what: str) -> None:
            at = _first_wrong(ids, np.arange(len(ids)))
            if at is not None:
                raise self._table(
                    name, f"its row {at:,} is {what} {ids[at]:,} (they are numbered 0, 1, 2 …)"
                )

        def runs(name: str, what: str, lengths: Any, firsts: Any, total: int, of: str) -> None:
            """Each ``what`` ``lengths[i]`` ``of`` from ``firsts[i]``, one after another,
            ``total`` in all."""
            short = _first_wrong(lengths >= 1, True)
            if short is not None:
                raise self._table(name, f"{what} {short:,} holds {lengths[short]:,} {of}")
            past = _first_wrong(lengths <= total, True)
            if past is None:
                past = _first_wrong((firsts >= 0) & (firsts < total), True)
            if past is not None:
                raise self._table(
                    name,
                    f"{what} {past:,} holds {lengths[past]:,} {of} from {firsts[past]:,}, "
                    f"past the {total:,} {of} of the index",
                )
            ends = np.cumsum(lengths)
            at = _first_wrong(firsts, np.concatenate(([0], ends[:-1])))
            if at is not None:
                raise self._table(
                    name,
                    f"{what} {at:,} starts at {firsts[at]:,}, not where the one before it "
                    f"ends ({ends[at - 1] if at else 0:,})",
                )
            if ends[-1] != total:
                raise self._table(name, f"its {what}s hold {ends[-1]:,} {of}, not {total:,}")

        numbered("events.parquet", ev["event"], "event")
        numbered("stories.parquet", st["story"], "story")
        runs("events.parquet", "event", ev["stories"], ev["first_story"], n_stories, "stories")
        runs("events.parquet", "event", ev["documents"], ev["first_row"], docs, "documents")
        runs("stories.parquet", "story", st["versions"], st["first_row"], docs, "documents")
        at = _first_wrong(st["event"], np.repeat(np.arange(n_events), ev["stories"]))
        if at is not None:
            raise self._table(
                "stories.parquet",
                f"story {at:,} names event {st['event'][at]:,}, "
                "but events.parquet lists it under another",
            )
        at = _first_wrong(ev["first_row"], st["first_row"][ev["first_story"]])
        if at is not None:
            raise self._table(
                "events.parquet",
                f"event {at:,} starts at document {ev['first_row'][at]:,}, its first story "
                f"at {st['first_row'][ev['first_story'][at]]:,}",
            )

    def _table(self, name: str, reason: str) -> DamagedIndex:
        return DamagedIndex(f"{self.folder}: {name} is damaged: {reason}")

    def check_story(self, story: StoryRow, rows: Sequence[DocRow]) -> str | None:
        """What is wrong with ``rows``, read as the versions of ``story`` (the documents
        part named), or None: each is the list row it is read at, of that story and its
        event, the story's base first. A part edited or written by another tool can say
        otherwise: its documents would be listed under a story that does not hold them."""
        for i, r in enumerate(rows):
            at = story.first_row + i
            name = self._names[bisect_right(self._starts, at) - 1]
            file = r.path.rsplit("/", 1)[-1]
            if r.row != at:
                return f"{name}: row {at:,} of the list says it is row {r.row:,} (out of order)"
            if r.story != story.id or r.event != story.event:
                return (
                    f"{name}: {file} (row {at:,}) names story {r.story:,} of event "
                    f"{r.event:,}, but is listed under story {story.id:,} of event "
                    f"{story.event:,}"
                )
            if (i == 0) != bool(r.is_base) or (i == 0 and r.doc != story.base):
                return f"{name}: story {story.id:,} does not start with its base (row {at:,})"
        if len(rows) != story.versions:
            return f"story {story.id:,} has {story.versions:,} versions, {len(rows):,} were read"
        return None

    def _part(self, name: str, read: Callable[[Path], Any], columns: Sequence[str] = ()) -> Any:
        """Part ``name`` of the index folder, read; ``columns``: those it must have."""
        path = self.folder / name
        if not path.exists():
            raise NotAnIndex(f"{self.folder}: not a stories index ({name} is missing)")
        try:
            found = read(path)
        except (OSError, ValueError) as exc:  # pyarrow's errors are of these
            raise DamagedIndex(f"{self.folder}: {name} cannot be read: {exc}") from None
        names = getattr(found, "schema_arrow", getattr(found, "schema", None))
        missing = [c for c in columns if c not in (names.names if names is not None else ())]
        if missing:
            raise NotAnIndex(f"{self.folder}: {name} lacks the columns {', '.join(missing)}")
        return found

    def _damaged(self, part: int, exc: Exception) -> DamagedIndex:
        """A documents part that opened but whose rows cannot be read."""
        return DamagedIndex(f"{self.folder}: {self._names[part]} cannot be read: {exc}")

    @property
    def event_count(self) -> int:
        return int(self._events.num_rows)

    @property
    def story_count(self) -> int:
        return int(self._stories.num_rows)

    @property
    def document_count(self) -> int:
        return self._starts[-1]

    def events(self, start: int = 0, count: int | None = None) -> list[EventRow]:
        """Events ``start`` .. ``start + count`` (largest first)."""
        rows = _no_null_text(self._events.slice(start, count)).to_pylist()
        return [
            EventRow(
                r["event"],
                r["title"],
                r["stories"],
                r["documents"],
                r["first_story"],
                r["first_row"],
            )
            for r in rows
        ]

    def stories(self, event: EventRow) -> list[StoryRow]:
        """The stories of an event, largest first."""
        rows = _no_null_text(self._stories.slice(event.first_story, event.stories)).to_pylist()
        return [self._story_row(r) for r in rows]

    def story(self, story: int) -> StoryRow:
        return self._story_row(_no_null_text(self._stories.slice(story, 1)).to_pylist()[0])

    def _story_row(self, r: dict[str, Any]) -> StoryRow:
        return StoryRow(
            r["story"],
            r["event"],
            r["title"],
            r["base"],
            r["versions"],
            r["first_row"],
            r.get("key", ""),
        )

    def versions(self, story: StoryRow) -> list[DocRow]:
        """A story's documents, base first."""
        return self.rows(story.first_row, story.versions)

    def rows(self, start: int, count: int) -> list[DocRow]:
        """Document rows ``start`` .. ``start + count`` of the grouped list, reading only the
        row groups that hold them."""
        out: list[DocRow] = []
        at = start
        end = min(start + count, self.document_count)
        while at < end:
            p = bisect_right(self._starts, at) - 1
            part, offset = self._parts[p], at - self._starts[p]
            group, group_start = _row_group(part, offset)
            table = self._row_group_table(p, group)
            take = min(end - at, table.num_rows - (offset - group_start))
            rows = table.slice(offset - group_start, take)
            for chunk in range(0, take, PYLIST_ROWS):  # the GIL is let go between chunks
                for r in rows.slice(chunk, PYLIST_ROWS).to_pylist():
                    out.append(DocRow(**{k: r[k] for k in self._doc_columns}))
            at += take
        return out

    def _row_group_table(self, part: int, group: int) -> Any:
        """A row group's table, kept while the next pages come from it: a part written by
        Dask is one row group of up to 100,000 rows, decoded once rather than per page."""
        key = (part, group)
        with self._lock:
            table = self._groups.get(key)
            if table is None:
                try:
                    table = self._parts[part].read_row_group(group, columns=self._doc_columns)
                except (OSError, ValueError) as exc:
                    raise self._damaged(part, exc) from None
                table = _no_null_text(table)
                if len(self._groups) >= KEPT_GROUPS:
                    self._groups.pop(next(iter(self._groups)))
                self._groups[key] = table
        return table

    def event(self, event: int) -> EventRow:
        """Event ``event`` (a number a documents part gave: DamagedIndex if there is none)."""
        found = self.events(event, 1) if 0 <= event < self.event_count else []
        if not found:
            raise self._table("events.parquet", f"it holds no event {event:,} (a document's)")
        return found[0]

    def search(self, text: str, should_cancel: Callable[[], bool] | None = None) -> Matches | None:
        """The documents whose title, outlet, date or file name contains ``text`` (case
        ignored), with pyarrow over those columns alone; None if ``should_cancel()`` said so
        between parts. The columns are read and joined once, at the first search (~50 bytes
        a document), so that each later keystroke costs one substring match over them."""
        import numpy as np
        import pyarrow.compute as pc

        needle = text.lower()
        if JOIN in needle:  # it joins the columns searched: in none of them
            empty = np.zeros(0, np.int64)
            return Matches(text, empty, empty)
        needles = [needle, *iso_dates(text)]  # "05.12.2026" finds the 2026-12-05 listed
        rows, events = [], []
        for p in range(len(self._parts)):
            if should_cancel is not None and should_cancel():
                return None
            haystack, event = self._haystack(p)
            hits = pc.match_substring(haystack, needles[0])
            for other in needles[1:]:
                hits = pc.or_(hits, pc.match_substring(haystack, other))
            found = pc.indices_nonzero(hits).to_numpy()
            rows.append(found + self._starts[p])
            events.append(pc.take(event, pa_array(found)).to_numpy())
        found_rows = np.concatenate(rows) if rows else np.zeros(0, np.int64)
        found_events = np.concatenate(events) if events else np.zeros(0, np.int64)
        # Rows are in list order, so are their events: the first of each run is new.
        new = np.ones(len(found_events), bool)
        new[1:] = found_events[1:] != found_events[:-1]
        return Matches(text, found_rows.astype(np.int64), found_events[new].astype(np.int64))

    def _haystack(self, part: int) -> tuple[Any, Any]:
        """Part ``part``'s searched columns as one lower-case string per row (the path as
        its file name), and its event column."""
        import pyarrow.compute as pc

        with self._lock:
            self._fill_haystacks(part, pc)
        return self._haystacks[part]  # type: ignore[no-any-return]

    def _fill_haystacks(self, part: int, pc: Any) -> None:
        import pyarrow as pa

        # One string type for every column and the separator: Dask writes large_string,
        # other writers string, and the join has no kernel that mixes the two.
        text = pa.large_string()

        def column(values: Any) -> Any:
            return pc.fill_null(pc.cast(values, text), pa.scalar("", text))

        while len(self._haystacks) <= part:
            n = len(self._haystacks)
            try:
                table = self._parts[n].read(columns=[*SEARCH_COLUMNS, "event"])
            except (OSError, ValueError) as exc:
                raise self._damaged(n, exc) from None
            name = pc.replace_substring_regex(table["path"], pattern=r"^.*/", replacement="")
            columns = [column(table[c]) for c in SEARCH_COLUMNS[:-1]]
            columns.append(column(name))
            joined = pc.binary_join_element_wise(*columns, pa.scalar(JOIN, text))
            self._haystacks.append((pc.utf8_lower(joined), table["event"]))

    def text(self, row: DocRow) -> str:
        """The document's text, read from its file or record now (raises ReadError)."""
        root = str(self.summary.get("root") or "")
        path, _, item = row.path.partition("#")
        if "://" not in root and not path.endswith((".parquet", ".pq")):
            return read_document(Path(root) / row.path).text
        url = f"{root.rstrip('/')}/{path}"
        return _record(url, int(item or 0)).text


def _present(part: Any, columns: Sequence[str]) -> list[str]:
    """Those of ``columns`` that a part (a table or a Parquet file) has."""
    names = getattr(part, "schema_arrow", getattr(part, "schema", None))
    return [c for c in columns if names is not None and c in names.names]


EVENT_INTS = ("event", "stories", "documents", "first_story", "first_row")
STORY_INTS = ("story", "event", "versions", "first_row")


def _whole_numbers(index: StoriesIndex, name: str, table: Any, columns: Sequence[str]) -> Any:
    """``columns`` of ``table`` (part ``name``) as int64 arrays; DamagedIndex when one is
    not of whole numbers or has empty values."""
    import numpy as np
    import pyarrow as pa

    out = {}
    for column in columns:
        values = table.column(column)
        if not pa.types.is_integer(values.type):
            raise index._table(name, f"its column {column} is not of whole numbers")
        if values.null_count:
            raise index._table(name, f"its column {column} has {values.null_count:,} empty values")
        out[column] = np.asarray(values.to_numpy(), dtype=np.int64)
    return out


def _first_wrong(values: Any, expected: Any) -> int | None:
    """The first place where ``values`` differs from ``expected``, or None."""
    import numpy as np

    wrong = np.flatnonzero(np.asarray(values) != expected)
    return int(wrong[0]) if len(wrong) else None


def _no_null_text(table: Any) -> Any:
    """``table`` with its text columns' nulls as "" (another writer's index may hold
    them; a title, an outlet or a path is text wherever it is shown)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for i, field in enumerate(table.schema):
        text = pa.types.is_string(field.type) or pa.types.is_large_string(field.type)
        if text and table.column(i).null_count:
            filled = pc.fill_null(table.column(i), pa.scalar("", field.type))
            table = table.set_column(i, field, filled)
    return table


def pa_array(values: Any) -> Any:
    import pyarrow as pa

    return pa.array(values)


def _part_number(path: Path) -> int:
    digits = "".join(c for c in path.stem if c.isdigit())
    return int(digits) if digits else 0


def _row_group(part: Any, offset: int) -> tuple[int, int]:
    """The row group holding row ``offset`` of a Parquet file, and its first row."""
    start = 0
    for g in range(part.metadata.num_row_groups):
        rows = part.metadata.row_group(g).num_rows
        if offset < start + rows:
            return g, start
        start += rows
    raise IndexError(offset)


def _record(url: str, item: int) -> Document:
    """Record ``item`` (from 1) of a shard, as a Document (raises ReadError naming the
    shard, or the record when the shard holds no such record: it changed since indexing)."""
    try:
        return _read_record(url, item)
    except IndexError:
        raise ReadError(Path(f"{url}#{item}"), "no such record in the shard") from None
    except (ReadError, OSError):
        raise
    except Exception as exc:  # pyarrow's or a codec's: a damaged or rewritten shard
        raise ReadError(Path(url), str(exc) or type(exc).__name__) from None


def _read_record(url: str, item: int) -> Document:
    import fsspec

    with fsspec.open(url, "rb", compression="infer") as handle:
        if url.lower().endswith((".parquet", ".pq")):
            import pyarrow.parquet as pq

            shard = pq.ParquetFile(handle)
            group, start = _row_group(shard, item - 1)
            row = shard.read_row_group(group).slice(item - 1 - start, 1).to_pylist()[0]
            from wirediff.scale.sources import SHARD_OPTIONS, json_like

            fields = SHARD_OPTIONS.fields
            found = record_document(Path(url), item, json_like(row), fields, "utf-8", "parquet")
        else:
            found = next(
                (d for d in parse(Path(url), handle.read()) if getattr(d, "item", None) == item),
                ReadError(Path(f"{url}#{item}"), "no such record in the shard"),
            )
    if isinstance(found, ReadError):
        raise found
    return found
