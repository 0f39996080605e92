"""Every flag and note that belongs to a folder, with whether it still applies.

A folder's review is found by the text hashes of its documents (so a moved or renamed
folder keeps it); a document edited in place is recognised by its path, and a mark on it
is *edited* when its words are still in the new text, *orphaned* when they are gone.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path, PurePath

from wirediff.core.document import Document
from wirediff.core.reading.errors import NOT_FOUND, VANISHED, ReadError
from wirediff.core.reading.registry import holding_file, read_document
from wirediff.core.review.anchors import Lost, locate_words
from wirediff.core.review.identity import DocRef, PairKey, doc_ref
from wirediff.core.review.model import Mark
from wirediff.core.textsafe import utf8_safe


class Status(StrEnum):
    CURRENT = "current"  # both documents are as they were when marked
    EDITED = "edited"  # a document was edited since; the marked words are still in it
    ORPHANED = "orphaned"  # the marked words, or one of the documents, are gone


@dataclass(frozen=True, slots=True)
class Listed:
    """One flag or note of a folder, for Review ▸ Flags & notes and the CSV/JSON export.

    ``left``/``right`` are the documents as found now (as last seen when gone), the left
    one the pair's base as it was last marked (``read_from``); ``left_doc``/``right_doc``
    index the documents passed (None when gone). ``mark`` is None for a note on the pair as
    a whole.
    """

    left: DocRef
    right: DocRef
    left_doc: int | None
    right_doc: int | None
    mark: Mark | None
    note: str
    flagged: bool
    at: str  # when it was last changed
    status: Status
    reason: str  # what changed, "" when current
    stored: PairKey  # the pair it is stored on (its texts when marked)


@dataclass(frozen=True, slots=True)
class StoredPair:
    """A pair row with a note or marks, as ``ReviewStore`` reads it for a listing."""

    stored: tuple[DocRef, DocRef]  # doc_a, doc_b as last seen
    note: str
    note_at: str | None
    marks: tuple[Mark, ...]  # in doc_a/doc_b orientation
    base: str | None = None  # the hash of the side it was read from, when known


class _Side:
    """Where a stored document is in the folder now (``gone``: why it is not)."""

    def __init__(self, index: int | None, ref: DocRef, edited: bool, gone: str = "") -> None:
        self.index, self.ref, self.edited, self.gone = index, ref, edited, gone


def why_gone(ref: DocRef) -> str:
    """Why the document last seen as ``ref`` is not among those open: its file is no
    longer there, or it is but cannot be read — the reason the Problems panel gives, read
    again (a file that became binary, undecodable or too large is still in the folder)."""
    name = _name(ref)
    try:
        read_document(Path(ref.path))
    except ReadError as error:
        if error.code in (NOT_FOUND, VANISHED):
            path = Path(ref.path)
            file = holding_file(path)
            if file != path and os.path.lexists(file):  # "FILE#n": not its article
                return f"{name}: {error.reason}"
            return f"{name} is no longer in the folder"
        return f"{name} cannot be read: {error.reason}"
    return f"{name} changed since the folder was read"


def _inside(path: str, folder: Path | None) -> bool:
    return folder is not None and PurePath(path).is_relative_to(utf8_safe(str(folder.absolute())))


class OpenDocuments:
    """The documents open, where a stored document (its text hash, the path it was last
    seen at) is looked for. One rule for Flags & notes and what an export holds: identical
    texts are one document to the store, shown at the file it was last seen at, else the
    first of them in the list (so a copy never opened is not named)."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.refs = [doc_ref(d) for d in documents]
        self.by_hash: dict[str, list[int]] = {}
        for i, ref in enumerate(self.refs):
            self.by_hash.setdefault(ref.hash, []).append(i)
        self.by_path = {utf8_safe(r.path): i for i, r in enumerate(self.refs)}  # as stored

    def find(self, stored: DocRef) -> _Side | None:
        """The document open with the stored text (identical texts: the one at the stored
        path, else the first), else the one at the stored path (edited in place)."""
        same_text = self.by_hash.get(stored.hash)
        if same_text:
            refs = self.refs
            i = next((i for i in same_text if utf8_safe(refs[i].path) == stored.path), same_text[0])
            return _Side(i, refs[i], False)
        if stored.path in self.by_path:
            i = self.by_path[stored.path]
            return _Side(i, self.refs[i], True)
        return None


def read_from(stored: tuple[DocRef, DocRef], base: str | None, paths: tuple[str, str]) -> bool:
    """Whether a stored pair (doc_a, doc_b) is shown the other way round, doc_b on the left:
    when doc_b is the side it was last read from (``base``, its hash), else — marked before
    the store kept that — when doc_b's path (``paths``: where each is now) comes first."""
    if base in (stored[0].hash, stored[1].hash):
        return base == stored[1].hash
    return paths[0] > paths[1]


def reviewed_listing(
    pairs: Iterable[tuple[tuple[DocRef, DocRef], str | None]], documents: Sequence[Document]
) -> list[tuple[int, int]]:
    """The pairs of ``documents`` that ``pairs`` (stored pairs marked reviewed, as last
    seen, with the hash of the side each was read from) name, as indices into
    ``documents``, the base first, as ``folder_listing`` places a pair: the same pair the
    user reviewed, not a copy's. Found by their texts only: a pair whose document was
    edited since is not reviewed any more."""
    opened = OpenDocuments(documents)
    out = []
    for stored, base in pairs:
        a, b = (opened.find(s) for s in stored)
        if a is None or b is None or a.edited or b.edited:
            continue
        left, right = (b, a) if read_from(stored, base, (a.ref.path, b.ref.path)) else (a, b)
        assert left.index is not None and right.index is not None
        out.append((left.index, right.index))
    return out


def folder_listing(
    pairs: Sequence[StoredPair], documents: Sequence[Document], folder: Path | None = None
) -> list[Listed]:
    """The flags and notes of ``pairs`` that concern ``documents``.

    A pair belongs to the folder when both its documents are found (by text, else by path),
    or when one is found and the other was last seen inside ``folder`` (then deleted).
    """
    opened = OpenDocuments(documents)
    reasons: dict[str, str] = {}  # why a document is gone, by its path (read once)
    out: list[Listed] = []
    for pair in pairs:
        sides = [opened.find(s) for s in pair.stored]
        gone = [s for s, found in zip(pair.stored, sides, strict=True) if found is None]
        if len(gone) == 2 or any(not _inside(s.path, folder) for s in gone):
            continue
        for ref in gone:
            if ref.path not in reasons:
                reasons[ref.path] = why_gone(ref)
        placed = [
            side or _Side(None, stored, False, reasons[stored.path])
            for side, stored in zip(sides, pair.stored, strict=True)
        ]
        out.extend(_entries(pair, placed, documents))
    out.sort(key=lambda e: (e.left.path, e.right.path, e.mark.created_at if e.mark else ""))
    return out


def _entries(pair: StoredPair, sides: list[_Side], documents: Sequence[Document]) -> list[Listed]:
    a, b = sides
    flip = read_from(pair.stored, pair.base, (a.ref.path, b.ref.path))
    left, right = (b, a) if flip else (a, b)
    entries = []
    key = (pair.stored[0].hash, pair.stored[1].hash)

    def entry(
        mark: Mark | None, note: str, flagged: bool, at: str, status: Status, reason: str
    ) -> Listed:
        return Listed(
            left.ref,
            right.ref,
            left.index,
            right.index,
            mark,
            note,
            flagged,
            at,
            status,
            reason,
            key,
        )

    if pair.note:
        status, reason = _pair_status(left, right)
        entries.append(entry(None, pair.note, False, pair.note_at or "", status, reason))
    for mark in pair.marks:
        if flip:
            mark = replace(mark, anchor=mark.anchor.swapped())
        status, reason = _pair_status(left, right)
        if mark.damaged:
            status, reason = Status.ORPHANED, Lost.DAMAGED.value
        elif status is Status.EDITED:
            status, reason = _mark_status(mark, left, right, documents)
        at = max(t for t in (mark.flagged_at, mark.note_at, mark.created_at) if t)
        entries.append(entry(mark, mark.note, mark.flagged, at, status, reason))
    return entries


def _name(ref: DocRef) -> str:
    return PurePath(ref.path).name


def _pair_status(left: _Side, right: _Side) -> tuple[Status, str]:
    for side in (left, right):
        if side.index is None:
            return Status.ORPHANED, side.gone
    edited = [_name(s.ref) for s in (left, right) if s.edited]
    if edited:
        return Status.EDITED, f"{' and '.join(edited)} edited since"
    return Status.CURRENT, ""


def _mark_status(
    mark: Mark, left: _Side, right: _Side, documents: Sequence[Document]
) -> tuple[Status, str]:
    assert left.index is not None and right.index is not None
    found = locate_words(documents[left.index].text, documents[right.index].text, mark.anchor)
    edited = " and ".join(_name(s.ref) for s in (left, right) if s.edited)
    if isinstance(found, Lost):
        return Status.ORPHANED, f"{edited} edited since: {found.value}"
    return Status.EDITED, f"{edited} edited since; the marked words are still there"
