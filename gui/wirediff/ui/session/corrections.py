"""The user's corrections of the story grouping, kept per folder in the review store.

A correction (``wirediff.core.stories``: ``Move``, ``Split``, ``SameStory``, ``Apart``,
``SameEvent``, ``OtherEvent``, and ``Base``: a base chosen with b, which the command line's
tables and reports then have too) names documents by their text hash and their path relative
to the folder, so it holds when a file is renamed. They are kept under the folder's path; a
folder with none there takes over those of a folder that is gone (moved or renamed) whose
documents are all open, by their text or (edited) at their path
(``core.review.folders.moved_from``) — a copy opened while its original is still in place
starts with none, and never takes the original's. The corrections of the open folder are
read when it is loaded and passed to the grouping (``build_story_index(...,
corrections=…)``), which applies them in order on every rebuild; adding or undoing one asks
for a regrouping (``changed``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QObject, Signal

from wirediff.core.counts import count
from wirediff.core.document import Document
from wirediff.core.review import Correction as StoredCorrection
from wirediff.core.review import ReviewStore, StoreError
from wirediff.core.review.folders import folder_key, moved_from
from wirediff.core.stories import (
    Apart,
    Base,
    Correction,
    DocKey,
    Move,
    OtherEvent,
    SameEvent,
    SameStory,
    Split,
    doc_key,
)
from wirediff.core.stories.corrections import (
    KINDS,
    Chosen,
    InvalidCorrection,
    NotApplied,
    from_stored,
    named,
    not_applied,
    payload_version,
    rebased,
    to_data,
)
from wirediff.core.textsafe import printable
from wirediff.ui.common.text import TOOLTIP_MAX
from wirediff.ui.session.review import ReviewController

log = logging.getLogger(__name__)
ALSO_MAX = 20  # versions of a story a move or a base names besides the one it is about


@dataclass(frozen=True, slots=True)
class Kept:
    """A correction as kept in the store: its id (to undo it), when, and what it says."""

    id: int
    correction: Correction
    created_at: str
    # Why it does not apply (None: it does): what it names that the folder no longer
    # holds, or two keys of it that name one document
    not_applied: NotApplied | None = None

    def describe(self) -> str:
        """What it says; one that does not apply says so, and why."""
        return "".join(text for text, _cut in self.pieces())

    def whole(self) -> str:
        """``describe`` naming every document (Corrections…' tooltip): a split's row
        names three of its documents, and the others were named nowhere."""
        docs = self.correction.docs if isinstance(self.correction, Split) else ()
        if self.not_applied is not None or len(docs) <= SPLIT_NAMED:
            return self.describe()
        names: list[str] = []
        room = TOOLTIP_MAX - 100  # (as many as a tooltip holds: the count is last)
        for name in map(_name, docs[:TOOLTIP_NAMES]):
            room -= len(name) + 1
            if room < 0:
                break
            names.append(name)
        more = f"\n… and {len(docs) - len(names):,} more" if len(docs) > len(names) else ""
        return f"A story of their own, {len(docs):,} documents:\n" + "\n".join(names) + more

    def pieces(self) -> list[tuple[str, bool]]:
        """``describe`` in pieces, each file name True (a list may cut it in its middle)."""
        why = self.not_applied
        if why is None:
            return pieces(self.correction)
        if why.one_document:
            reason = [*_names(why.one_document, " and "), (": one document", False)]
        else:
            reason = [*_names(why.missing, ", "), (": not in the folder", False)]
        return [("Not applied (", False), *reason, ("): ", False), *pieces(self.correction)]


SPLIT_NAMED = 4  # a split of more documents names the first three and counts the others
TOOLTIP_NAMES = 40  # of which the tooltip names this many, one a line


def _name(key: DocKey) -> str:
    """A document as a correction names it: its path in the folder (``monday/story.txt``
    and ``wednesday/story.txt`` both read ``story.txt`` by their names alone); a file
    opened on its own, by its name; a key of no path (a hand-edited one), by its text's
    hash. A byte of a name that is not UTF-8 is shown as ``\\xe9`` (a signal to the
    status line dropped it: a name of no file)."""
    if not key.path:
        return f"the text of sha256 {printable(key.sha256[:12], one_line=True)}…"
    path = PurePosixPath(key.path)
    name = (path.name if path.is_absolute() else key.path) or key.path
    return printable(name, one_line=True)


def describe(correction: Correction) -> str:
    """A correction in words ("001.txt moved to the story of 003.txt")."""
    return "".join(text for text, _cut in pieces(correction))


def _names(keys: Sequence[DocKey], join: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for i, key in enumerate(keys):
        out += [(join, False)] if i else []
        out.append((_name(key), True))
    return out


def pieces(correction: Correction) -> list[tuple[str, bool]]:
    """``describe`` in pieces: the file names (True: Corrections… cuts one too long for
    its column in its middle) and the words between them (kept whole: they say what the
    correction is)."""
    if isinstance(correction, Move):
        moved = [(" moved to the story of ", False)]
        return [(_name(correction.doc), True), *moved, (_name(correction.to), True)]
    if isinstance(correction, Split):
        docs = correction.docs
        own = ": a story of their own" if len(docs) > 1 else ": a story of its own"
        if len(docs) <= SPLIT_NAMED:
            return [*_names(docs, ", "), (own, False)]
        more = f" and {len(docs) - SPLIT_NAMED + 1:,} other documents"
        return [*_names(docs[: SPLIT_NAMED - 1], ", "), (more, False), (own, False)]
    if isinstance(correction, SameStory):
        pair = _names([correction.a, correction.b], " and ")
        return [*pair, (": versions of one story", False)]
    if isinstance(correction, Base):
        return [(_name(correction.doc), True), (" is the base of its story", False)]
    if isinstance(correction, SameEvent):
        pair = _names([correction.a, correction.b], " and ")
        return [*pair, (": reports of one event", False)]
    if isinstance(correction, OtherEvent):
        return [
            (_name(correction.b), True),
            (" reports another event than ", False),
            (_name(correction.a), True),
        ]
    return [
        (_name(correction.b), True),
        (" is independent of ", False),
        (_name(correction.a), True),
    ]


class CorrectionsController(QObject):
    """Reads, adds and undoes the corrections of the open folder."""

    changed = Signal()  # the corrections of the open folder changed: group it again
    listed = Signal()  # one was kept that the index on screen has already (a base chosen)
    message = Signal(str)

    def __init__(self, review: ReviewController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self._key: str | None = None
        self._root: Path | None = None
        self._kept: list[Kept] = []
        self._told: set[int] = set()  # unreadable corrections already said
        self._unread: list[StoredCorrection] = []  # this folder's, not applied
        self._invalid: dict[int, str] = {}  # of those, the ones that say nothing: why
        self._documents: Sequence[Document] = ()  # the open folder's
        self._elsewhere: frozenset[int] | None = None  # as another window left them, said
        # What each undo of this folder forgot (its rows as the store kept them), the last
        # undo last: Redo keeps them again. A new correction, or another folder, clears it.
        self._redo: list[list[StoredCorrection]] = []
        # What the last change of the corrections was ("Undone: …"), for the status line
        # once the grouping it asked for is done (the grouping's progress wrote over it).
        self.said = ""
        review.store_changed.connect(self._store_changed)

    def load(self, paths: Sequence[Path], documents: Sequence[Document] = ()) -> list[Correction]:
        """The corrections kept for ``paths`` (what was opened, ``documents`` read from
        it), in the order to apply."""
        found = folder_key(paths)
        self._key, self._root = found if found is not None else (None, None)
        self._documents = documents
        self._kept = self._read(documents)
        self._elsewhere = None
        self._redo = []
        return self.corrections()

    def _store_changed(self) -> None:
        """Another window wrote to the review store: if it changed this folder's
        corrections, say so (once). Applying them means grouping the folder again, which a
        big folder takes a while to do: F5 (or this window's next correction) does it."""
        store, key = self.review.store, self._key
        if store is None or key is None:
            return
        try:
            stored = frozenset(item.id for item in store.corrections(key))
        except StoreError:
            return  # (the next correction says what fails)
        applied = frozenset(k.id for k in self._kept) | {item.id for item in self._unread}
        if stored == applied or stored == self._elsewhere:
            self._elsewhere = None if stored == applied else stored
            return
        self._elsewhere = stored
        self.message.emit(
            "The story corrections of this folder were changed in another window; this "
            "grouping is without those changes until the folder is grouped again (F5)"
        )

    def corrections(self) -> list[Correction]:
        return [k.correction for k in self._kept]

    @property
    def root(self) -> Path | None:
        """The folder the corrections' relative paths are in."""
        return self._root

    def kept(self) -> list[Kept]:
        """The corrections of the open folder, oldest first."""
        return list(self._kept)

    def unread(self) -> list[StoredCorrection]:
        """The open folder's corrections that could not be read (damaged, or written by a
        newer wirediff): not applied; listed so that they can be undone (deleted)."""
        return list(self._unread)

    def _read(self, documents: Sequence[Document] = ()) -> list[Kept]:
        store, key = self.review.store, self._key
        self._unread = []
        if store is None or key is None:
            return []
        try:
            stored = store.corrections(key)
            if not stored and documents:
                stored = self._take_over(store, key, documents)
        except StoreError as exc:
            self.message.emit(f"Could not read the story corrections: {exc}")
            return []
        out, unread = [], []
        self._invalid = {}
        for item in stored:
            try:
                if item.damaged:
                    raise ValueError(item.damaged)
                correction = from_stored(item.payload, item.payload_version)
            except ValueError as exc:  # written by a newer wirediff, or damaged: left alone
                log.warning("story correction %s skipped: %s", item.id, exc)
                unread.append(item)
                if isinstance(exc, InvalidCorrection):  # read, but it says nothing
                    self._invalid[item.id] = str(exc)
                continue
            out.append(Kept(item.id, correction, item.created_at))
        if self._documents:
            why = not_applied([k.correction for k in out], self._documents, self._root)
            out = [replace(k, not_applied=w) for k, w in zip(out, why, strict=True)]
        self._unread = unread
        self._tell_unread([item.id for item in unread], store.path)
        return out

    def invalid(self, correction: int) -> str:
        """Why the unread correction ``correction`` (an id) says nothing ("a split names no
        document…"), though it could be read; "" for one damaged or of a newer wirediff."""
        return self._invalid.get(correction, "")

    def _tell_unread(self, unread: Sequence[int], path: Path) -> None:
        """Say once (per correction) that some could not be read, naming the store, or
        say nothing (an empty split, from a hand-edited store), saying why."""
        new = [i for i in unread if i not in self._told]
        self._told.update(new)
        invalid = [i for i in new if i in self._invalid]
        new = [i for i in new if i not in self._invalid]
        if invalid:
            why = self._invalid[invalid[0]] + (", …" if len(invalid) > 1 else "")
            self.message.emit(
                f"{count(len(invalid), 'story correction')} of this folder not applied ({why}): "
                "listed in Corrections…, where Delete removes them"
            )
        if new:
            self.message.emit(
                f"{count(len(new), 'story correction')} of this folder could not be read "
                f"from the review store {path} (damaged, or written by a newer wirediff): "
                "not applied, and left in the store as they are"
            )

    def _take_over(
        self, store: ReviewStore, key: str, documents: Sequence[Document]
    ) -> list[StoredCorrection]:
        """The corrections of folders this one was moved or renamed from, now kept under
        ``key``."""
        moved = moved_from(store, documents, self._root) if self._root is not None else []
        for old in moved:
            store.move_corrections(old, key)
            self.message.emit(f"Story corrections of {old} kept for this folder (it was moved)")
        return store.corrections(key) if moved or self._joined(store, key) else []

    def _joined(self, store: ReviewStore, key: str) -> bool:
        """Folders opened together (a second day's folder added to the first) start with
        the corrections of each, copied under the key of them together, their paths given
        from the folder they share (``rebased``); each keeps its own. Added, the first
        folder's corrections were all lost, the grouping automatic again (a walkthrough).
        Whether any were copied."""
        root = self._root
        if root is None or "\n" not in key:
            return False
        copied: list[str] = []
        for path in key.split("\n"):
            folder = Path(path)
            if not folder.is_dir() or not folder.is_relative_to(root):
                continue
            within = folder.relative_to(root).as_posix()
            for item in store.corrections(path):
                if item.damaged:
                    continue
                try:
                    correction = rebased(from_stored(item.payload, item.payload_version), within)
                except ValueError:  # (damaged, or a newer wirediff's: left where it is)
                    continue
                (payload,) = to_data([correction])
                hashes = [k.sha256 for k in named(correction)]
                kind, version = KINDS[type(correction)], payload_version(correction)
                store.add_correction(key, kind, hashes, payload, payload_version=version)
                if folder.name not in copied:
                    copied.append(folder.name)
        if copied:
            said = " and ".join(f"“{name}”" for name in copied)
            self.message.emit(f"Story corrections of {said} applied to the folders opened together")
        return bool(copied)

    # --- adding and undoing ----------------------------------------------------------------
    def key_of(self, doc: Document) -> DocKey:
        return doc_key(doc, self._root)

    def move(self, doc: Document, to: Document, also: Sequence[Document] = ()) -> None:
        """``doc`` leaves its story and joins the story of ``to`` (``also``: that story's
        other versions, which keep the move when ``to`` is gone)."""
        self._add(Move(self.key_of(doc), self.key_of(to), tuple(self.key_of(d) for d in also)))

    def split(self, docs: Sequence[Document]) -> None:
        """``docs`` leave their stories and form one story together."""
        self._add(Split(tuple(self.key_of(d) for d in docs)))

    def same_story(self, a: Document, b: Document, together: int = 0) -> None:
        """``a`` and ``b`` are versions of one story: their stories (of ``together``
        documents in all, when given: said, as a pair's correction joins whole stories)
        become one."""
        whole = f" — their stories become one of {together:,} documents" if together else ""
        self._add(SameStory(self.key_of(a), self.key_of(b)), whole)

    def apart(self, a: Document, b: Document) -> None:
        """``b`` leaves ``a``'s story: they are independent texts."""
        self._add(Apart(self.key_of(a), self.key_of(b)))

    def same_event(self, a: Document, b: Document) -> None:
        """The stories of ``a`` and ``b`` are reports of one event."""
        self._add(SameEvent(self.key_of(a), self.key_of(b)))

    def other_event(self, a: Document, b: Document) -> None:
        """``b``'s story leaves ``a``'s event: an event of its own."""
        self._add(OtherEvent(self.key_of(a), self.key_of(b)))

    def base(self, doc: Document, story: Sequence[Document], regroup: bool = False) -> Base | None:
        """``doc`` is the base of its story (``story``: its versions, closest first, it
        among them; ``ALSO_MAX`` of the others are named): kept in place of the bases
        chosen before in that story (b pressed on three versions kept three corrections),
        not grouped again unless ``regroup`` (the index on screen has that base already;
        a grouping under way, made without it, would put the old base back). The
        correction kept, None when it could not be (no store: the choice holds until the
        folder is grouped again)."""
        keys = [self.key_of(d) for d in story if d is not doc]
        correction = Base(self.key_of(doc), tuple(keys[:ALSO_MAX]))
        if not keys:
            return None
        named = {self.key_of(doc), *keys}
        before = [
            k.id for k in self._kept if isinstance(k.correction, Base) and k.correction.doc in named
        ]
        store = self.review.store
        if store is None or not self._add(correction, regroup=regroup):
            return None
        try:
            for old in before:
                store.remove_correction(old)
        except StoreError as exc:
            log.warning("a base chosen before was left in the store: %s", exc)
        if before:
            self._kept = self._read()
            self.listed.emit()
        return correction

    def _add(self, correction: Correction, more: str = "", regroup: bool = True) -> bool:
        """Keep ``correction`` and group again, saying so (and ``more``); False when it
        could not be kept. ``regroup`` False: kept alone (the caller shows it)."""
        store, key = self.review.store, self._key
        if store is None or key is None:
            if regroup:
                self.message.emit("Corrections are kept in the review store, which is not open")
            return False
        (payload,) = to_data([correction])
        hashes = [k.sha256 for k in named(correction)]
        try:
            kind, version = KINDS[type(correction)], payload_version(correction)
            store.add_correction(key, kind, hashes, payload, payload_version=version)
        except StoreError as exc:
            self.review.say_failure(f"Could not keep the correction: {exc}")
            return False
        self._kept = self._read()
        self._redo = []
        if regroup:
            self.said = f"Corrected: {describe(correction)}{more}"
            self.message.emit(f"Grouping again: {describe(correction)}{more}")
            self.changed.emit()
        else:
            self.listed.emit()
        return True

    def keep_bases(self, chosen: Sequence[Chosen]) -> tuple[Chosen, ...]:
        """Bases chosen with b that the app's settings kept (an older wirediff's; a
        reload's) — (document, its story's documents then), of the documents loaded —
        kept as corrections of this folder unless one names that base already; those that
        could not be kept (no review store), for the grouping to apply."""
        docs = self._documents
        have = {c.doc for c in self.corrections() if isinstance(c, Base)}
        left: list[Chosen] = []
        for doc, story in chosen:
            if self.key_of(docs[doc]) in have or not story - {doc}:
                continue  # (kept already; one of a story of one: it says nothing)
            if self.base(docs[doc], [docs[d] for d in sorted(story)]) is None:
                left.append((doc, story))
        return tuple(left)

    def undo(self, ids: Sequence[int]) -> None:
        """Forget the corrections ``ids``; the grouping is made again without them."""
        store = self.review.store
        mine = {k.id for k in self._kept} | {item.id for item in self._unread}
        ids = [i for i in ids if i in mine]  # (a list left open on another folder's)
        if store is None or not ids:
            return
        said = {k.id: k.describe() for k in self._kept}  # (before they are forgotten)
        undone = 0
        forgotten: list[StoredCorrection] = []
        try:
            rows = {item.id: item for item in store.corrections(self._key or "")}
            for correction in ids:
                store.remove_correction(correction)
                undone += 1
                row = rows.get(correction)
                if row is not None and not row.damaged:  # (a damaged one cannot come back)
                    forgotten.append(row)
        except StoreError as exc:
            self.review.say_failure(f"Could not undo the correction: {exc}")
            if not undone:  # all still kept, and applied: nothing to group again
                return
        if forgotten:
            self._redo.append(forgotten)
        self._kept = self._read()
        left = len(ids) - undone
        still = f" ({count(left, 'correction')} still kept: the store refused)" if left else ""
        # One undone is named (with several made, which one Undo took was not said).
        what = f"Undone: {said[ids[0]]}" if undone == 1 and ids[0] in said else None
        what = what or f"{count(undone, 'correction')} undone"
        self.said = f"{what}{still}"
        self.message.emit(f"{what} — grouping again{still}")
        self.changed.emit()

    def can_redo(self) -> bool:
        """Whether an undo of this folder's corrections can be redone."""
        return bool(self._redo)

    def redo(self) -> None:
        """Keep again the corrections the last undo forgot, in their old places among the
        others; the grouping is made again with them."""
        store = self.review.store
        if not self._redo:
            self.message.emit("No undone correction to redo")
            return
        if store is None:
            self.message.emit("Corrections are kept in the review store, which is not open")
            return
        batch = self._redo.pop()
        redone: list[int] = []  # their ids now
        try:
            for row in batch:
                redone.append(store.restore_correction(row))
        except (StoreError, ValueError) as exc:
            self._redo.append(batch[len(redone) :])
            self.review.say_failure(f"Could not redo the correction: {exc}")
            if not redone:
                return
        self._kept = self._read()
        said = {k.id: k.describe() for k in self._kept}
        first = said.get(redone[0]) if len(redone) == 1 else None
        what = f"Redone: {first}" if first else f"{count(len(redone), 'correction')} redone"
        self.said = what
        self.message.emit(f"{what} — grouping again")
        self.changed.emit()
