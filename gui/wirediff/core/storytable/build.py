"""Building a story table from one pair diff per version (``compare`` of base and version).

Rows of the table are read off the pair diffs, never aligned anew:

* **Base units.** Each comparison cuts the base into its rows (the rows with a left side
  partition the base text). A table row is the smallest run of base text that *every*
  comparison keeps whole: its boundaries are the row starts all comparisons share. Usually
  that is one paragraph (the aligner keeps a paragraph identical in a version as one row)
  or a sentence; when one version merged two base sentences into one, they are one table
  row for all. Each cell then holds whole rows of its pair diff.
* **Added units.** A row of a comparison with no base side (inserted text, or a unit moved
  here) sits after the base text read so far. At a table-row boundary it joins the added
  rows at that place (``bands.interleave`` says how the versions' units share rows); inside
  a table row (between two base sentences that are one table row) it stays in that cell.
* **Moves.** A moved unit shows in two rows: empty-with-a-link (state MOVED) in its base
  row, and as a unit moved here (MOVED) at its new place, linked back.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence

from wirediff.core.compare import compare
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.result import Comparison, Row, Span
from wirediff.core.result import RowKind as PairKind
from wirediff.core.stories.model import Cancelled
from wirediff.core.storytable.bands import interleave, unit_key
from wirediff.core.storytable.model import (
    Cell,
    CellState,
    Column,
    RowKind,
    StoryTable,
    TableRow,
    Tally,
)

# A place in the table before rows are numbered: ("base", unit, 0) or ("added", gap, band),
# band being the added row's number among those at that gap.
_Slot = tuple[str, int, int]


def build_story_table(
    base: Document,
    versions: Sequence[Document],
    options: CompareOptions | None = None,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> StoryTable:
    """Compare each version with the base and lay the results out as a table.

    Args:
        base: the base document (its ``text`` is what is compared: pass a copy without
            boilerplate to leave boilerplate out).
        versions: the other versions, in the order the columns should have (time order).
        options: compare options (as in the pair diff); defaults to CompareOptions().
        on_progress: called as ``on_progress(done, total)`` after each version's diff.
        should_cancel: polled before each diff; ``Cancelled`` is raised when it says True.

    Returns:
        A frozen ``StoryTable``. Nearly all the time goes into the diffs (one ``compare``
        per version); the layout is a fraction of one diff (see the benchmark).
    """
    options = options or CompareOptions()
    comparisons = list(compare_versions(base, versions, options, on_progress, should_cancel))
    return assemble(base, versions, comparisons, options)


def compare_versions(
    base: Document,
    versions: Sequence[Document],
    options: CompareOptions,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Iterator[Comparison]:
    """The pair diff of each version against the base, one at a time (a view can assemble
    the table from the first few while the rest are computed)."""
    for done, version in enumerate(versions, 1):
        if should_cancel is not None and should_cancel():
            raise Cancelled("story table")
        yield compare(base.text, version.text, options)
        if on_progress is not None:
            on_progress(done, len(versions))


def assemble(
    base: Document,
    versions: Sequence[Document],
    comparisons: Sequence[Comparison],
    options: CompareOptions | None = None,
) -> StoryTable:
    """The table of ``versions`` given their comparisons with ``base`` (base on the left),
    one per version in the same order: for a caller that already has the diffs."""
    if len(comparisons) != len(versions):
        raise ValueError(f"{len(versions)} versions but {len(comparisons)} comparisons")
    options = options or (comparisons[0].options if comparisons else CompareOptions())
    for comparison in comparisons:
        if comparison.left_text != base.text:
            raise ValueError("every comparison must have the base's text on the left")
    starts = _unit_starts(base.text, comparisons, options)
    placed = [_place(c, starts, len(base.text)) for c in comparisons]
    slots = _slots(len(starts), comparisons, placed)
    number = {slot: i for i, slot in enumerate(slots)}
    table_rows = [
        tuple(number[p.slot[i]] for i in range(len(c.rows)))
        for c, p in zip(comparisons, placed, strict=True)
    ]
    members: list[list[list[int]]] = [[[] for _ in comparisons] for _ in slots]
    for column, rows in enumerate(table_rows):
        for pair_row, table_row in enumerate(rows):
            members[table_row][column].append(pair_row)
    rows_out = []
    for index, slot in enumerate(slots):
        kind = RowKind.BASE if slot[0] == "base" else RowKind.ADDED
        cells = tuple(
            _cell(kind, c, members[index][k], table_rows[k]) for k, c in enumerate(comparisons)
        )
        span = (
            Span(starts[slot[1]], _end(starts, slot[1], len(base.text)))
            if kind is RowKind.BASE
            else None
        )
        rows_out.append(TableRow(index, kind, span, cells, _tally(cells)))
    columns = tuple(
        Column(k, doc, c, rows)
        for k, (doc, c, rows) in enumerate(zip(versions, comparisons, table_rows, strict=True))
    )
    return StoryTable(base, columns, tuple(rows_out), options)


def _unit_starts(
    text: str, comparisons: Sequence[Comparison], options: CompareOptions
) -> list[int]:
    """Where the table's base units start: the row starts every comparison shares."""
    if not text:
        return []
    cuts = comparisons or [compare(text, text, options)]  # no versions: the base's own units
    shared: set[int] | None = None
    for comparison in cuts:
        mine = {row.left.start for row in comparison.rows if row.left is not None}
        shared = mine if shared is None else shared & mine
    return sorted(shared or {0})


def _end(starts: Sequence[int], unit: int, length: int) -> int:
    return starts[unit + 1] if unit + 1 < len(starts) else length


class _Placement:
    """Where one comparison's rows go in the table (``slot`` by pair row), and the rows it
    added at each gap (the gap before base unit g; gap len(units) is after the last)."""

    def __init__(self) -> None:
        self.slot: dict[int, _Slot] = {}
        self.added: dict[int, list[int]] = {}  # gap -> pair rows added there, in order


def _place(comparison: Comparison, starts: Sequence[int], length: int) -> _Placement:
    placement = _Placement()
    read = 0  # base text read so far (end of the last row with a base side)
    for row in comparison.rows:
        if row.left is not None:
            unit = bisect.bisect_right(starts, row.left.start) - 1
            placement.slot[row.index] = ("base", unit, 0)
            read = row.left.end
            continue
        gap = bisect.bisect_left(starts, read)
        if read >= length or (gap < len(starts) and starts[gap] == read):
            placement.added.setdefault(gap, []).append(row.index)
        else:  # inside a unit several of whose base rows are one table row: stays in it
            placement.slot[row.index] = ("base", gap - 1, 0)
    return placement


def _slots(
    units: int, comparisons: Sequence[Comparison], placed: Sequence[_Placement]
) -> list[_Slot]:
    """Every table row in order: each gap's added rows, then the base unit after it. The
    added rows' slots are filled in ``placed`` on the way."""
    slots: list[_Slot] = []
    for gap in range(units + 1):
        added = [
            [(r, unit_key(_text(c, c.rows[r]))) for r in p.added.get(gap, ())]
            for c, p in zip(comparisons, placed, strict=True)
        ]
        for band, members in enumerate(interleave(added)):
            slot: _Slot = ("added", gap, band)
            for column, pair_row in members.items():
                placed[column].slot[pair_row] = slot
            slots.append(slot)
        if gap < units:
            slots.append(("base", gap, 0))
    return slots


def _text(comparison: Comparison, row: Row) -> str:
    span = row.right
    return "" if span is None else comparison.right_text[span.start : span.end]


def _cell(
    kind: RowKind, comparison: Comparison, pair_rows: list[int], table_rows: Sequence[int]
) -> Cell:
    rows = [comparison.rows[i] for i in pair_rows]
    went: set[int] = set()  # where units of this cell went
    came: set[int] = set()  # where units now here came from
    for r in rows:
        if r.kind is PairKind.MOVED and r.link is not None:
            (went if r.left is not None else came).add(table_rows[r.link])
    rights = [r.right for r in rows if r.right is not None]
    span = Span(rights[0].start, rights[-1].end) if rights else None
    return Cell(
        _state(kind, rows), tuple(pair_rows), tuple(sorted(went)), tuple(sorted(came)), span
    )


def _state(kind: RowKind, rows: Sequence[Row]) -> CellState:
    if kind is RowKind.ADDED:
        if not rows:
            return CellState.ABSENT
        return CellState.MOVED if rows[0].kind is PairKind.MOVED else CellState.ADDED
    kinds = {r.kind for r in rows}
    if kinds == {PairKind.EQUAL}:
        return CellState.EQUAL
    if kinds & {PairKind.EQUAL, PairKind.CHANGED}:
        return CellState.CHANGED
    if any(r.kind is PairKind.MOVED and r.left is not None for r in rows):
        return CellState.MOVED
    return CellState.CUT


def _tally(cells: Sequence[Cell]) -> Tally:
    counts = dict.fromkeys(CellState, 0)
    for cell in cells:
        counts[cell.state] += 1
    return Tally(**{state.value: n for state, n in counts.items()})
