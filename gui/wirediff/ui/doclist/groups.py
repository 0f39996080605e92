"""The grouped shape of the document list: event rows > story rows > version rows.

An event row appears only for an event of two or more stories, and a story row only for a
story of two or more versions, so a lone report sits directly under its event. A story's
versions are in time order (undated ones last), its base marked wherever that puts it.
Group rows carry no document index.

The lone articles (each in no story or event with another document) are the rows of one
last group, "Lone articles · 4", in time order: listed at the top level after the last
event, they read as more of its reports, with nothing between them and it (a media
monitor's Interfax and Reuters pieces "belonged" to a Ukrainian event above them). It stays
last whichever way a column sorts the list (``lone_last``). A folder of unrelated articles
alone has no group to stand apart from: it stays a flat list.

The tree's indentation is drawn in the first column (the marks), so every title would start
at the same place: a lone article listed after a story read as one more of its versions.
A version's title is set a step in (``indent_version``), the lone articles' titles staying
at the column's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QStandardItem, QStandardItemModel

from wirediff.core.chronology import time_order
from wirediff.core.stories import Event, Story, StoryIndex
from wirediff.core.tokens import filter_key
from wirediff.ui.common.alike import apart, outlets_apart
from wirediff.ui.common.roles import (
    APART_ROLE,
    EVENT_ROLE,
    FILTER_ROLE,
    GROUP_TITLE_ROLE,
    LONE_ROLE,
    OUTLET_APART_ROLE,
    SORT_ROLE,
    STORY_ROLE,
    TITLE_APART_ROLE,
)
from wirediff.ui.common.text import one_line, plain_tooltip
from wirediff.ui.doclist.columns import COLUMNS, TITLE
from wirediff.ui.doclist.parting import where_titles_part

LONE_NAME = "in no story or event with another document"
# The lone articles' row's sort values, past any other group row's (counts, casefolded names).
_LAST_NUMBER = 2**31 - 1
_LAST_TEXT = "\uffff" * 4

_PROTOTYPE = QStandardItem()
# Every cell's text starts at its left edge, whatever its direction (the numbers' columns
# say otherwise): an Urdu title drawn from the right, as a right-to-left line is, would hide
# the step in that sets a version under its story, and the lone article's place at the edge.
_PROTOTYPE.setTextAlignment(
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)


def plain_item(text: str = "") -> QStandardItem:
    """A cell made by C++, not by Python.

    An item Python constructs is a binding subclass whose virtual calls (``data()`` on every
    paint, sort and filter) each take the GIL to look for a Python override; while a worker
    runs Python, every such call waits for it, and painting one screen of the list took a
    quarter of a second. A clone of a prototype is a plain QStandardItem.
    """
    item = _PROTOTYPE.clone()
    if text:
        item.setText(one_line(text))  # titles are data: controls and bidi shown, one line
    return item


def indent_step(metrics: QFontMetrics) -> int:
    """One step of the list's indentation, in pixels, for the font of ``metrics``."""
    return max(12, metrics.horizontalAdvance("M"))


_steps: dict[int, QImage] = {}


def version_indent() -> QImage:
    """The decoration that sets a version's title a step in (``indent_version``): a blank
    image a step wide, in the list's font (the application's)."""
    width = indent_step(QFontMetrics(QFont()))
    image = _steps.get(width)
    if image is None:
        image = QImage(width, 1, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        _steps[width] = image
    return image


def indent_version(row: list[QStandardItem], step: QImage) -> None:
    """Set the title of a version's row a step in: ``step`` (``version_indent``) as the
    title's decoration. An image, not an icon or a delegate: made in any thread, drawn by
    Qt with no Python call, as blank on a dark palette as on a light one."""
    row[TITLE].setData(step, Qt.ItemDataRole.DecorationRole)


OWN_EVENT = " (its own event)"  # said of a story listed at the top among events' stories


def marked_bases(index: StoryIndex) -> set[int]:
    """The documents the list marks as a base: the base of every story of two or more."""
    return {s.base for s in index.stories if len(s.versions) > 1}


def regroup(
    model: QStandardItemModel, rows: dict[int, list[QStandardItem]], index: StoryIndex | None
) -> dict[int, tuple[int, ...]]:
    """Append ``rows`` to ``model``: in document order, or grouped as ``index`` says.

    Returns where each document's row went: its row number under each ancestor in turn.
    Item objects are not kept: once their parent's Python object is gone the binding
    forgets them, so rows are found again by position (the model never changes after).
    """
    root = model.invisibleRootItem()
    where: dict[int, tuple[int, ...]] = {}
    if index is None:
        for doc in sorted(rows):
            where[doc] = (root.rowCount(),)
            root.appendRow(rows[doc])
        return where
    step = version_indent()
    lone = [e for e in index.events if _is_lone(e, index)]
    apart_from = len(lone) < len(index.events)  # a group for them to stand apart from
    events_of_stories = any(len(e.stories) > 1 for e in index.events)
    for event in index.events:
        if apart_from and _is_lone(event, index):
            continue  # (in the last row: ``_lone_group``)
        parent: QStandardItem = root
        path: tuple[int, ...] = ()
        if len(event.stories) > 1:
            parent, path = _event_row(event, index), (root.rowCount(),)
            root.appendRow(
                group_cells(parent, len(event.stories), "stories", _event_docs(event, index))
            )
        for story_id in event.stories:
            story = index.stories[story_id]
            place, at = parent, path
            if len(story.versions) > 1:
                place, at = _story_row(story), (*path, parent.rowCount())
                own = events_of_stories and parent is root
                parent.appendRow(group_cells(place, len(story.versions), "versions", 0, own))
            # (from the story's versions' order: of versions the dates do not order, the
            # story panel's and the table's order, not the folder's)
            told = apart(index.documents, [v.doc for v in story.versions])
            outlets = outlets_apart(index.documents, [v.doc for v in story.versions])
            parts = where_titles_part({v.doc: rows[v.doc][TITLE].text() for v in story.versions})
            for doc in time_order([v.doc for v in story.versions], index.documents):
                if place is not parent:  # under its story's row
                    indent_version(rows[doc], step)
                if doc in told:  # (titles alike: drawn with what tells the files apart)
                    rows[doc][TITLE].setData(told[doc], APART_ROLE)
                if doc in outlets:  # (alike from other outlets: drawn with its outlet)
                    rows[doc][TITLE].setData(outlets[doc], OUTLET_APART_ROLE)
                if doc in parts:  # (parts from another's title: that part kept in sight)
                    rows[doc][TITLE].setData(parts[doc], TITLE_APART_ROLE)
                where[doc] = (*at, place.rowCount())
                place.appendRow(rows[doc])
    if apart_from and lone:
        _lone_group(root, rows, [index.stories[e.stories[0]].base for e in lone], index, where)
    return where


def _is_lone(event: Event, index: StoryIndex) -> bool:
    """An event of one story of one version: a lone article."""
    return len(event.stories) == 1 and len(index.stories[event.stories[0]].versions) == 1


def _lone_group(
    root: QStandardItem,
    rows: dict[int, list[QStandardItem]],
    docs: list[int],
    index: StoryIndex,
    where: dict[int, tuple[int, ...]],
) -> None:
    """Append the lone articles' row, ``docs`` under it in time order (undated ones last,
    as a story's versions), their titles at the column's edge."""
    first = plain_item()
    first.setData(True, LONE_ROLE)
    first.setData(f"Lone articles: {LONE_NAME}", GROUP_TITLE_ROLE)
    first.setToolTip(
        plain_tooltip(
            f"Lone articles: {len(docs):,} documents, each {LONE_NAME}: no other version "
            "or report of it was found (selected, one is shown by itself; b keeps it on "
            "the left to compare the next one selected with it)"
        )
    )
    cells = group_cells(first, len(docs), "", 0)
    cells[TITLE].setData(None, FILTER_ROLE)  # (its name finds no article)
    at = (root.rowCount(),)
    root.appendRow(cells)
    for doc in time_order(docs, index.documents):
        where[doc] = (*at, first.rowCount())
        first.appendRow(rows[doc])
    lone_last(first.model(), Qt.SortOrder.AscendingOrder)


def lone_last(model: QAbstractItemModel | None, order: Qt.SortOrder) -> None:
    """Give the lone articles' row (the last top-level row of a grouped list, if it has
    one) sort values that keep it last when the list is sorted in ``order``: past every
    other group's in each column, ascending; before them, descending."""
    if not isinstance(model, QStandardItemModel):
        return
    row = model.rowCount() - 1
    first = model.item(row, 0) if row >= 0 else None
    if first is None or first.data(LONE_ROLE) is None:
        return
    ascending = order == Qt.SortOrder.AscendingOrder
    for column in range(model.columnCount()):
        item = model.item(row, column)
        if item is None:
            continue
        if column == TITLE:
            item.setData(_LAST_TEXT if ascending else "", SORT_ROLE)
        else:
            item.setData(_LAST_NUMBER if ascending else -_LAST_NUMBER, SORT_ROLE)


def _event_docs(event: Event, index: StoryIndex) -> int:
    return sum(len(index.stories[s].versions) for s in event.stories)


def _event_row(event: Event, index: StoryIndex) -> QStandardItem:
    item = plain_item()
    item.setData(event.id, EVENT_ROLE)
    item.setData(f"Event: {event.title}", GROUP_TITLE_ROLE)
    n, docs = len(event.stories), _event_docs(event, index)
    item.setToolTip(
        plain_tooltip(f"Event: {event.title}\n{n:,} independent stories, {docs:,} documents")
    )
    return item


def _story_row(story: Story) -> QStandardItem:
    item = plain_item()
    item.setData(story.id, STORY_ROLE)
    item.setData(f"Story: {story.title}", GROUP_TITLE_ROLE)
    item.setToolTip(
        plain_tooltip(f"Story: {story.title}\n{len(story.versions):,} versions of one text")
    )
    return item


def group_cells(
    first: QStandardItem, count: int, noun: str, docs: int, own_event: bool = False
) -> list[QStandardItem]:
    """A group row: one label across the row (the view spans it), counts before the title;
    ``own_event``: a story listed at the top among events of several, which says it is an
    event of its own (listed after an event's stories, a researcher read it as one more
    of them: an agency-dependence walkthrough)."""
    title = str(first.data(GROUP_TITLE_ROLE))
    kind, _sep, name = title.partition(": ")
    counts = f"{count:,} {noun}".rstrip() + (f", {docs:,} documents" if docs else "")
    counts += OWN_EVENT if own_event else ""
    first.setText(one_line(f"{kind} · {counts} — {name}"))
    cells = [first, *(plain_item() for _ in range(1, len(COLUMNS)))]
    font = QFont(first.font())
    font.setBold(noun != "versions")  # an event's, or the lone articles'
    font.setItalic(noun == "versions")
    first.setFont(font)
    first.setData(-count, SORT_ROLE)
    cells[1].setText(one_line(name))  # hidden under the span
    cells[1].setData(filter_key(one_line(name)), FILTER_ROLE)  # what the filter matches
    cells[1].setData(name.casefold(), SORT_ROLE)
    for cell in cells[2:]:
        cell.setData(count, SORT_ROLE)
    return cells
