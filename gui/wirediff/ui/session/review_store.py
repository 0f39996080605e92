"""Where the review store lives, opening it without ever stopping the app, and moving the
review state older versions kept in QSettings into it.

The store is ``review.sqlite3`` in ``QStandardPaths.AppDataLocation`` — the folder
``wirediff.core.review.location.default_store_path`` computes for the command line — and
never in a folder the user opens. SQLite connections stay in their thread: work in the
background (a listing, a report, the import) opens its own with ``worker_store``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from wirediff.core.compare import compare
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.review import STORE_FILE, ReviewStore, StoreError
from wirediff.core.review.legacy import CLEAN_SUFFIX, Compared, Imported, import_settings
from wirediff.core.stories import StoryIndex, clean_text
from wirediff.ui.common.settings import Settings
from wirediff.ui.jobs.runner import Job

log = logging.getLogger(__name__)

LEGACY_PAIRS, LEGACY_FLAGS = "review/pairs", "review/flags"


def app_store_path() -> Path:
    """The review store of the app: ``AppDataLocation/review.sqlite3``."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / STORE_FILE


@dataclass(frozen=True, slots=True)
class Opened:
    """The store (None when it cannot be used) and what the user must be told, once."""

    store: ReviewStore | None
    notice: str  # a damaged or newer store was set aside, or no store could be opened


GUI_WAIT = 1.0  # seconds the window waits for another program's write to the store


def open_store(path: Path) -> Opened:
    """Open the store at ``path`` for the window: a write waits ``GUI_WAIT`` for another
    program's (10 s held the window still at every r, f or note), then fails and says so.
    A store that cannot be opened leaves the app without one."""
    try:
        store = ReviewStore.open(path, timeout=GUI_WAIT)
    except StoreError as exc:
        log.error("review store unusable: %s", exc)
        return Opened(
            None,
            f"Reviewed marks, flags and notes cannot be kept in this session: {exc}. "
            "Everything else works.",
        )
    return Opened(store, store.notice)


@contextmanager
def worker_store(path: Path | None) -> Iterator[ReviewStore | None]:
    """A connection of the background thread's own to the store at ``path`` (None: none)."""
    if path is None:
        yield None
        return
    store = ReviewStore.open(path)
    try:
        yield store
    finally:
        store.close()


# --- the review state of older versions (QSettings) ---------------------------------------------
@dataclass(frozen=True, slots=True)
class Legacy:
    """Reviewed pair keys ("PATH\\tPATH") and flagged change numbers per key, as kept."""

    reviewed: tuple[str, ...]
    flags: dict[str, list[int]]

    def __bool__(self) -> bool:
        return bool(self.reviewed or self.flags)


def read_legacy(settings: Settings) -> Legacy:
    """What QSettings still holds of the review state older versions kept there (read
    through the settings' validators: a value of the wrong type is no state)."""
    flags = settings.legacy_flags(LEGACY_FLAGS)
    return Legacy(tuple(settings.legacy_reviewed(LEGACY_PAIRS)), flags)


def forget_legacy(settings: Settings, done: Legacy) -> None:
    """Remove imported keys from QSettings, so each is imported once."""
    kept = read_legacy(settings)
    pairs = [p for p in kept.reviewed if p not in done.reviewed]
    flags = {k: v for k, v in kept.flags.items() if k not in done.flags}
    for key, value in ((LEGACY_PAIRS, pairs), (LEGACY_FLAGS, flags)):
        if value:
            settings.store.setValue(key, value if key == LEGACY_PAIRS else json.dumps(value))
        else:
            settings.store.remove(key)


def _paths_of(key: str) -> tuple[str, str]:
    first, _tab, second = key.removesuffix(CLEAN_SUFFIX).partition("\t")
    return first, second


def legacy_for(legacy: Legacy, documents: Sequence[Document]) -> Legacy:
    """The part of ``legacy`` about pairs of ``documents`` (the rest waits for its folder)."""
    if not legacy:  # nearly always: the paths of 20,000 documents were gathered for nothing
        return legacy
    paths = {str(d.path) for d in documents}

    def here(key: str) -> bool:
        return all(p in paths for p in _paths_of(key))

    flags = {k: v for k, v in legacy.flags.items() if here(k)}
    return Legacy(tuple(k for k in legacy.reviewed if here(k)), flags)


def import_job(
    path: Path,
    legacy: Legacy,
    documents: Sequence[Document],
    index: StoryIndex | None,
    options: CompareOptions,
) -> Callable[[Job], Imported]:
    """Import ``legacy`` into the store at ``path``, comparing flagged pairs as the app did:
    the story's base on the left where one of the two is it, else the first in path order."""
    position = {id(d): i for i, d in enumerate(documents)}

    def compared(a: Document, b: Document, clean: bool) -> Compared | None:
        i, j = position[id(a)], position[id(b)]
        if index is not None and index.story_of(j).base == j != index.story_of(i).base:
            i, j = j, i
        if clean and index is None:
            return None
        texts = (clean_text(index, i), clean_text(index, j)) if clean and index else None
        left, right = documents[i], documents[j]
        headings = (left.headings, right.headings)
        comparison = compare(*(texts or (left.text, right.text)), options, headings=headings)
        return Compared(left, right, comparison)

    def run(_job: Job) -> Imported:
        with worker_store(path) as store:
            assert store is not None
            return import_settings(
                store,
                reviewed=legacy.reviewed,
                flags=legacy.flags,
                documents=documents,
                compared=compared,
            )

    return run
