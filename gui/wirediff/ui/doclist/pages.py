"""The document list of a stories index, a page at a time.

An index of 200,000 documents would be a million cells: the list shows its events a page at
a time instead, in the index's order (events by size, stories by size), as the same event
> story > version rows as a grouped folder (``groups``). A page's rows are built in a worker
from the index's columns alone (no text is read) and appended by the list; the next page is
asked for when the list is scrolled near its end. Filtered (``IndexSource.search``), the
pages hold the events of the matching documents, with every version of their stories
(the pair of a listed version needs its base) but only the matching ones ``listed``; their
event and story rows stay, for context, as a folder's filter keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QFont, QStandardItem

from wirediff.core.chronology import time_order
from wirediff.core.document import Document
from wirediff.ui.common.roles import EVENT_ROLE, GROUP_TITLE_ROLE, SORT_ROLE, STORY_ROLE
from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.doclist.columns import AUTHOR, DATE, SOURCE, TITLE, base_tip
from wirediff.ui.doclist.groups import group_cells, indent_version, plain_item, version_indent
from wirediff.ui.doclist.model import document_row, mark_base


@dataclass(slots=True)
class IndexEntry:
    """One document of an index as the list shows it; ``doc`` has no text (read on demand)."""

    row: int  # its place in the index's list: the list's document number
    doc: Document
    words: int
    story: int
    event: int
    base: bool
    similarity: float
    record: object = None  # the index's own row, to read the text by (opaque here)
    listed: bool = True  # False: filtered out (kept for its story's base and counts)


@dataclass(slots=True)
class IndexStory:
    id: int
    event: int
    title: str
    entries: list[IndexEntry]  # base first, as the index lists them


@dataclass(slots=True)
class IndexEvent:
    id: int
    title: str
    stories: list[IndexStory]


@dataclass(slots=True)
class Page:
    """Events ``first`` .. ``first + len(events)`` of an index, and their rows for the list."""

    first: int
    events: list[IndexEvent]
    total: int  # events in the index
    rows: list[list[QStandardItem]] = field(default_factory=list)  # top-level rows
    where: dict[int, tuple[int, ...]] = field(default_factory=dict)  # from the page's top
    groups: list[tuple[int, ...]] = field(default_factory=list)  # group rows, parents first
    # Stories left out because the index is damaged there: "part: what is wrong — story".
    damage: list[str] = field(default_factory=list)

    @property
    def end(self) -> int:
        return self.first + len(self.events)


Order = tuple[int, bool]  # a column, and whether descending: versions sorted in their story


def build_rows(page: Page, order: Order | None = None) -> Page:
    """Fill ``page.rows``, ``page.where`` and ``page.groups`` (in a worker: the items are
    not yet in a model); ``order``: each story's versions sorted by that column (as the
    list's sort would sort them), else in time order, events and stories staying in the
    index's order."""
    bold = QFont()
    bold.setBold(True)
    tip = base_tip(True)
    step = version_indent()
    for event in page.events:
        top = len(page.rows)
        docs = sum(len(s.entries) for s in event.stories)
        listed = [s for s in event.stories if any(e.listed for e in s.entries)]
        parent: QStandardItem | None = None
        path: tuple[int, ...] = ()
        if len(event.stories) > 1:
            parent = _group("Event", event.title, EVENT_ROLE, event.id)
            parent.setToolTip(
                plain_tooltip(
                    f"Event: {event.title}\n{len(event.stories):,} independent stories, "
                    f"{docs:,} documents"
                )
            )
            cells = group_cells(parent, len(event.stories), "stories", docs)
            page.rows.append(_unspanned(cells, f"{len(event.stories)} stories", f"{docs} docs"))
            path = (top,)
            page.groups.append(path)
        for story in listed:
            place, at = parent, path
            if len(story.entries) > 1:
                place = _group("Story", story.title, STORY_ROLE, story.id)
                place.setToolTip(
                    plain_tooltip(
                        f"Story: {story.title}\n{len(story.entries)} versions of one text"
                    )
                )
                own = parent is None and any(len(e.stories) > 1 for e in page.events)
                cells = group_cells(place, len(story.entries), "versions", 0, own)
                _unspanned(cells, f"{len(story.entries)} versions", "")
                if parent is None:
                    at = (len(page.rows),)
                    page.rows.append(cells)
                else:
                    at = (*path, parent.rowCount())
                    parent.appendRow(cells)
                page.groups.append(at)
            docs_in_order = [e.doc for e in story.entries]
            versions = len(story.entries) > 1
            built = []
            for n in time_order(range(len(story.entries)), docs_in_order):
                entry = story.entries[n]
                if not entry.listed:
                    continue
                similarity = entry.similarity if versions and not entry.base else None
                cells = document_row(entry.row, entry.doc, entry.words, similarity)
                cells[0].setData(entry.story, STORY_ROLE)
                if versions:  # under its story's row: a step in from the lone articles
                    indent_version(cells, step)
                if entry.base and versions:
                    mark_base(cells, bold, tip)
                built.append((entry, cells))
            if order is not None and versions:
                column, descending = order
                built.sort(key=lambda e: _sort_key(e[1][column]), reverse=descending)
            for entry, cells in built:
                if place is None:
                    page.where[entry.row] = (len(page.rows),)
                    page.rows.append(cells)
                else:
                    page.where[entry.row] = (*at, place.rowCount())
                    place.appendRow(cells)
    return page


def _sort_key(cell: QStandardItem) -> tuple[int, object]:
    """A cell's sort value, numbers before text (a column holds one kind)."""
    value = cell.data(SORT_ROLE)
    return (0, value) if isinstance(value, int | float) else (1, str(value))


def _unspanned(cells: list[QStandardItem], count: str, docs: str) -> list[QStandardItem]:
    """A group row laid out in the columns: its title under Title, its counts under Outlet
    and Date. A folder's group rows span the whole row, but spanning a row makes the tree
    search the rows it has laid out, all of them: per group of a page, past 10,000 rows,
    that was the longest stall of paging (``DocumentList._span_page``)."""
    first = cells[0]
    for col, text in ((TITLE, None), (SOURCE, count), (AUTHOR, None), (DATE, docs)):
        cell = cells[col]
        if text is not None:
            cell.setText(text)
        cell.setFont(first.font())
        cell.setToolTip(first.toolTip())
    first.setText("")
    return cells


def _group(kind: str, title: str, role: int, value: int) -> QStandardItem:
    item = plain_item()
    item.setData(value, role)
    item.setData(f"{kind}: {title}", GROUP_TITLE_ROLE)
    return item
