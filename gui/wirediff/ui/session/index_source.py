"""A stories index as the app reads it: pages of the grouped list, one document's text.

The one module of the app that uses ``wirediff.scale`` (and so pyarrow), imported lazily
when an index is opened: the app starts without the scale extra, and the packaged desktop
app, which leaves it out, says what to install instead (``scale_missing``). Everything
here runs in a worker (``session.index``); one page is read at a time.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wirediff.core.document import Document
from wirediff.core.reading import ReadError
from wirediff.core.textsafe import printable
from wirediff.ui.doclist.pages import (
    IndexEntry,
    IndexEvent,
    IndexStory,
    Order,
    Page,
    build_rows,
)

INSTALL = "pip install 'wirediff[scale]'"
PAGE_EVENTS = 300  # events a page holds at most
PAGE_DOCUMENTS = 1500  # ... and documents (a page ends after the event that passes it)


class IndexRefused(Exception):
    """The folder cannot be opened as a stories index: ``title`` and ``text`` say why."""

    def __init__(self, title: str, text: str) -> None:
        super().__init__(text)
        self.title, self.text = title, text


def scale_missing() -> str | None:
    """The module missing to read an index (pyarrow, or wirediff.scale itself), else None."""
    for name in ("pyarrow", "pyarrow.parquet", "wirediff.scale.reader"):
        try:
            importlib.import_module(name)
        except ImportError as exc:
            return exc.name or name
    return None


def missing_text(module: str) -> str:
    if getattr(sys, "frozen", False):  # pip cannot add it to the packaged app: never say so
        return (
            "This packaged wirediff cannot open stories indexes: it leaves their reader "
            "(Dask, pyarrow) out to stay small. The wirediff installed with\n\n"
            f"    {INSTALL}\n\nopens them (`wirediff --index FOLDER` from that installation); "
            "its `wirediff stories --engine dask -o INDEX` writes one."
        )
    return (
        f"Opening a stories index needs the scale extra: {module} is not installed.\n\n"
        f"Install it with\n\n    {INSTALL}\n\nand start wirediff again. (The desktop package "
        "leaves it out to stay small; `wirediff stories --engine dask -o INDEX` writes an index.)"
    )


class IndexSource:
    """An open stories index: its counts, pages of its list, and texts read on demand."""

    def __init__(self, folder: Path) -> None:
        missing = scale_missing()
        if missing is not None:
            raise IndexRefused("The scale extra is not installed", missing_text(missing))
        reader = importlib.import_module("wirediff.scale.reader")
        self.folder = folder
        try:
            self.index: Any = reader.StoriesIndex(folder)
        except reader.DamagedIndex as exc:  # a part there that cannot be read: named
            raise IndexRefused("Damaged stories index", _why(folder, exc)) from None
        except reader.NotAnIndex as exc:
            raise IndexRefused("Not a stories index", _why(folder, exc)) from None
        except Exception as exc:  # a damaged part: pyarrow's own errors
            raise IndexRefused("Damaged stories index", _why(folder, exc)) from None
        self.root = str(self.index.summary.get("root") or "")
        self.documents = int(self.index.document_count)
        self.stories = int(self.index.story_count)
        self.events = int(self.index.event_count)

    def page(self, first: int, found: Any = None, order: Order | None = None) -> Page:
        """Events from ``first`` on, up to ``PAGE_EVENTS`` and about ``PAGE_DOCUMENTS``
        documents, with their rows for the list (no text is read). ``found`` (what
        ``search`` found): the events of its documents instead, ``first`` counted among
        them, each with its matching documents listed; ``order``: each story's versions
        sorted by that column."""
        if found is not None:
            return self._found_page(first, found, order)
        events = self.index.events(first, PAGE_EVENTS)
        taken, documents = [], 0
        for event in events:
            taken.append(event)
            documents += event.documents
            if documents >= PAGE_DOCUMENTS:
                break
        start = taken[0].first_row if taken else 0
        rows = self.index.rows(start, documents) if taken else []
        page = Page(first, [], self.events)
        for event in taken:
            page.events.append(self._event(page, event, rows, start))
        return build_rows(page, order)

    def _event(
        self, page: Page, event: Any, rows: list[Any], start: int, listed: Any = None
    ) -> IndexEvent:
        """An event from ``rows`` (``rows[0]`` is row ``start``); ``listed``: the rows to
        list (None: all). A story whose rows disagree with the story table (a damaged or
        hand-edited part) is left out, and ``page.damage`` says why: listed, it would pair
        documents of other stories, or name a story the list does not hold."""
        stories = []
        for story in self.index.stories(event):
            at = story.first_row - start
            taken = rows[at : at + story.versions]
            damage = self.index.check_story(story, taken)
            if damage is not None:
                title = printable(story.title, one_line=True)
                page.damage.append(f"{printable(damage, one_line=True)} — story “{title}” left out")
                continue
            entries = [self._entry(r) for r in taken]
            if listed is not None:
                for entry in entries:
                    entry.listed = entry.row in listed
            stories.append(IndexStory(story.id, event.id, story.title, entries))
        return IndexEvent(event.id, event.title, stories)

    def _found_page(self, first: int, found: Any, order: Order | None) -> Page:
        page = Page(first, [], len(found.events))
        documents = 0
        for event_id in found.events[first : first + PAGE_EVENTS].tolist():
            event = self.index.event(event_id)
            end = event.first_row + event.documents
            lo, hi = found.rows.searchsorted([event.first_row, end])
            listed = set(found.rows[lo:hi].tolist())
            rows = self.index.rows(event.first_row, event.documents)
            page.events.append(self._event(page, event, rows, event.first_row, listed))
            documents += len(listed)
            if documents >= PAGE_DOCUMENTS:
                break
        return build_rows(page, order)

    def search(self, text: str, cancelled: Callable[[], bool]) -> Any:
        """The documents whose title, outlet, date or file name contains ``text`` (a
        ``reader.Matches``), or None when ``cancelled()`` said so."""
        return self.index.search(text, cancelled)

    def _entry(self, row: Any) -> IndexEntry:
        doc = Document(
            self._path(row.path),
            "",
            row.title,
            source=row.outlet,
            date=row.date,
            url=row.url,
            date_source=row.date_source,
        )
        return IndexEntry(
            row.row, doc, row.words, row.story, row.event, row.is_base, row.similarity, row
        )

    def _path(self, path: str) -> Path:
        return Path(self.root) / path if "://" not in self.root else Path(path)

    def read(self, entry: IndexEntry) -> Document:
        """The document of ``entry`` with its text, read now (raises ReadError)."""
        try:
            text = self.index.text(entry.record)
        except ReadError:
            raise
        except OSError as exc:
            raise ReadError(entry.doc.path, exc.strerror or str(exc)) from None
        except Exception as exc:  # any other: the views wait for a file and a reason
            raise ReadError(entry.doc.path, str(exc) or type(exc).__name__) from None
        doc = entry.doc
        return Document(
            doc.path,
            text,
            doc.title,
            source=doc.source,
            date=doc.date,
            url=doc.url,
            date_source=doc.date_source,
        )


LAYOUT = (
    "A stories index is the folder `wirediff stories SOURCE --engine dask -o FOLDER` "
    "writes: summary.json, events.parquet, stories.parquet and documents/."
)


def shown(folder: Path) -> str:
    """``folder`` as a message box shows it: control and bidi characters, line breaks and
    bytes that were not UTF-8 visible (its name is data: it must not garble the box)."""
    return printable(str(folder), one_line=True)


def why(folder: Path, exc: Exception) -> str:
    """What is wrong with ``folder`` (``exc``), the folder shown as ``shown`` says."""
    reason = str(exc).replace(f"{folder}: ", "") or type(exc).__name__
    return printable(reason.replace(str(folder), shown(folder)))


def _why(folder: Path, exc: Exception) -> str:
    return f"{shown(folder)} cannot be opened as a stories index:\n\n{why(folder, exc)}\n\n{LAYOUT}"
