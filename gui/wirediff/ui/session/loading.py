"""Reading folders and files in the background: open, reload, cancel, and the folder watch."""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from wirediff.core.document import LOCAL_ZONE, Document
from wirediff.core.reading import LoadResult, ReaderOptions, load_paths
from wirediff.core.reading.folder import Reuse
from wirediff.core.reading.listing import FolderId, folder_identity
from wirediff.core.reading.options import MAX_BYTES, sized
from wirediff.core.review.folders import real
from wirediff.core.stories import StoryIndex
from wirediff.core.stories.corrections import Chosen
from wirediff.core.tokens import count_words
from wirediff.ui.common.text import files_read, names, one_line
from wirediff.ui.diff.place import Place
from wirediff.ui.doclist.model import BuiltList, blank_model, build_list
from wirediff.ui.jobs.collector import collection_paused
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.session.folder_watch import FolderWatch
from wirediff.ui.session.selection import PairSelection
from wirediff.ui.session.stories import bases_chosen_in

KIND = "load"


@dataclass(slots=True)
class Loaded:
    """A finished load: what was read, what was skipped, each document's word count, and
    the document list's flat model (built here, off the GUI thread)."""

    result: LoadResult
    words: list[int]
    built: BuiltList | None = None
    resolved: list[Path] | None = None  # each document's resolved path (to keep a pair)
    folders: list[str] | None = None  # the folders to watch for changes
    roots: dict[str, FolderId] | None = None  # the folders opened, as they were when the
    # load began (one deleted while it was read is watched as gone, and for its return)
    # A load that took again what the one before read of the files unchanged since (a
    # reload): the files it read, of those listed (its status line says so once opened)
    reread: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """What the last load read, and how: a reload read the same way takes again the
    documents of the files unchanged since (``folder.Reuse``), and their word counts — F5
    read 3,000 files again, ~30 s, for one changed (a big-folder walkthrough). Only what is
    open: the documents read before that a reload does not take again are let go with it."""

    reuse: Reuse
    documents: Sequence[Document]
    words: Sequence[int]
    options: ReaderOptions
    max_bytes: int

    def fits(self, options: ReaderOptions, max_bytes: int) -> bool:
        """Whether a load with ``options`` and ``max_bytes`` would read the files as this
        one did (any option changed: every file is read again)."""
        return self.options == options and self.max_bytes == max_bytes

    def counted(self) -> dict[Path, tuple[str, int]]:
        """Each document's text and word count, by its path."""
        return {doc.path: (doc.text, n) for doc, n in zip(self.documents, self.words, strict=False)}


@dataclass(frozen=True, slots=True)
class KeptPlace:
    """Where the reader was in the pair on screen when a reload was asked for (or the
    folder was left): gone back to when the same two texts are shown compared the same
    way."""

    texts: str  # the texts compared, left and right (``texts_digest``)
    clean: bool  # compared without boilerplate lines
    place: Place


def texts_digest(left: str, right: str) -> str:
    """What tells two texts compared (in this order) from any others."""
    digest = hashlib.sha256()
    for text in (left, right):
        data = text.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class KeptBase:
    """A story's base chosen with b, by path (and text, across a reload: a document
    renamed keeps it), and the documents of its story when it was chosen: grouped again
    (a reload, the next start), the story that still holds one of them other than it has
    it as its base again (``StoryIndex.with_chosen_bases``). Kept in the review store as
    ``Base`` corrections; a reload or the next start carries these only when the store is
    not open (one an older wirediff kept in its settings is taken into the store)."""

    path: Path
    story: tuple[Path, ...]
    text: str | None = None


@dataclass(frozen=True, slots=True)
class PairHint:
    """The pair to show once a load is done, by path: files given, or kept across a reload
    (then by text too: a document renamed or moved is the one with the same text, as the
    review store names it by its text hash)."""

    left: Path
    selected: Path | None
    everywhere: bool = False  # the left side was pinned for every story
    left_text: str | None = None  # the documents' texts when the reload was asked for
    selected_text: str | None = None
    facing: Path | None = None  # the right side, when the selection is the left side
    facing_text: str | None = None
    place: KeptPlace | None = None  # where the reader was in the pair then
    # The stories' bases the user chose (b): the pair's left side is one of them, or was
    # shown beside one, and grouped without them it would contradict the list.
    bases: tuple[KeptBase, ...] = ()
    # The pair was a step of its story's chain (v): the selection faced the version before
    # it (it came back pinned, "Pinned: story" where the chain had been).
    chain: bool = False
    # The left side is the user's: pinned (b, s, the heat map, a pin restored), the first
    # of two files given, the flat list's base chosen. Only then is it pinned again beside
    # the selection: a pair on screen before the grouping, the flat list's first document
    # on its left, came back pinned beside a version of another story.
    pinned: bool = False


@dataclass(frozen=True, slots=True)
class Stage:
    """What a load does once its files are read (a progress payload): 19,991 files took
    about 3 minutes more, the window saying "19,991 of 19,991 files read" all along."""

    doing: str  # "Counting words", "Building the list of 19,991 documents"
    # The reading view's title, before the names of what is read ("Counting the words of"
    # news…), and what its progress bar measures (its accessible name): the title said
    # "Reading news…" and the bar "Files read" through the minutes of these stages.
    of: str = ""
    measure: str = ""

    def said(self, done: int, total: int) -> str:
        """ "Counting words… 5,000 of 19,991 documents" (``total`` 0: no count)."""
        if not total:
            return f"{self.doing}…"
        return f"{self.doing}… {done:,} of {total:,} document{'s' if total != 1 else ''}"


def documents(n: int) -> str:
    return f"{n:,} document{'s' if n != 1 else ''}"


def changed_files(to_read: int, listed: int) -> str:
    """ "Reading 1 changed file of 3,000" (``to_read``: the files of the ``listed`` that
    changed since the last load; "No file of 3,000 changed" when none)."""
    if not to_read:
        return f"No file of {listed:,} changed"
    return f"Reading {to_read:,} changed file{'s' if to_read != 1 else ''} of {listed:,}"


class _Said:
    """A load's progress told at most 20 times a second: (files done, total, (the number of
    the file named, its name, the files listed when only those changed are read, else 0)),
    or (done, total, a ``Stage``) once the files are read. An
    update held back is told when the load next asks whether to stop (between the chunks
    or pages of a long file) once its time has come: the status line named a file read a
    while before, at 25%, for the minutes a PDF four files on took, and the user could not
    tell which file to take out."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.last = 0.0
        self.held: tuple[int, int, object] | None = None
        self.listed = 0  # the files listed, when only those changed are read (a reload)
        self.reread: tuple[int, int] | None = None  # ... and those read: (read, listed)

    def __call__(self, done: int, total: int, number: int, path: Path, now: bool = False) -> None:
        self.held = (done, total, (number, path.name, self.listed))
        self._tell(now)

    def changed(self, files: int, to_read: int) -> None:
        """Of the ``files`` listed, only ``to_read`` are read: the others did not change
        since the last load ("Reading 1 changed file of 3,000…")."""
        if to_read < files:
            self.listed, self.reread = files, (to_read, files)
            self.held = (0, to_read, (0, "", files))
            self._tell(now=True)

    def stage(self, stage: Stage, done: int, total: int, now: bool = False) -> None:
        self.held = (done, total, stage)
        self._tell(now)

    def _tell(self, now: bool = False) -> None:
        clock = time.monotonic()
        if self.held is not None and (now or clock - self.last >= 0.05):
            self.last = clock
            self.job.progress(*self.held)
            self.held = None

    def cancelled(self) -> bool:
        self._tell()
        return self.job.cancelled()


COUNTING = Stage("Counting words", "Counting the words of", "Documents counted")
_COUNTED_AT_ONCE = 64  # documents counted between two asks whether to stop (and progress)


def count_all_words(
    docs: Sequence[Document], said: _Said, counted: Mapping[Path, tuple[str, int]] | None = None
) -> list[int] | None:
    """Each document's word count, its progress told; None when the load was cancelled.
    ``counted``: documents counted before (a reload's), by path, with their texts: one
    with the very same text (taken again, not read) keeps its count."""
    words: list[int] = [-1] * len(docs)
    todo: list[int] = []
    for i, doc in enumerate(docs):
        before = counted.get(doc.path) if counted else None
        if before is not None and before[0] is doc.text:
            words[i] = before[1]
        else:
            todo.append(i)
    said.stage(COUNTING, 0, len(todo), now=True)
    for start in range(0, len(todo), _COUNTED_AT_ONCE):
        if start:
            said.stage(COUNTING, start, len(todo))
        if said.cancelled():
            return None
        for i in todo[start : start + _COUNTED_AT_ONCE]:
            words[i] = count_words(docs[i].text)
    return words


def load_job(
    paths: Sequence[Path],
    options: ReaderOptions,
    max_bytes: int = MAX_BYTES,
    before: Reading | None = None,
) -> Callable[[Job], Loaded]:
    """Read ``paths`` (folders and files, of at most ``max_bytes`` each), reporting (done,
    total, file name) as it goes; ``before``: the last load, read with the same options,
    whose documents are taken again for the files that did not change since (only the
    others are read, and counted in done and total)."""
    blank = blank_model()  # (made here, in the GUI thread: ``jobs.handover``)

    def run(job: Job) -> Loaded:
        known = {str(p): folder_identity(p) for p in paths}
        roots = {root: was for root, was in known.items() if was is not None}
        said = _Said(job)
        with collection_paused():  # as in ``stories_job``: documents hold no cycles
            result = load_paths(
                paths,
                max_bytes=max_bytes,
                on_progress=lambda done, total, path: said(done, total, done, path, done == total),
                on_reading=lambda done, total, path: said(done, total, done + 1, path),
                should_cancel=said.cancelled,
                options=options,
                reuse=before.reuse if before is not None else Reuse(),
                on_listed=said.changed,
            )
            docs = result.documents
            words = count_all_words(docs, said, before.counted() if before is not None else None)
            if words is None or job.cancelled():
                return Loaded(result, words or [])
            # All of this walks every document: done here, not in the GUI thread.
            building = Stage(
                f"Building the list of {documents(len(docs))}",
                "Building the list of",
                "Building the list",
            )
            said.stage(building, 0, 0, now=True)
            built = build_list(docs, words, blank=blank)
        resolved = [real(doc.path) for doc in result.documents]
        folders = [str(f) for f in result.snapshot.folders(roots)]
        return Loaded(result, words, built, resolved, folders, roots, said.reread)

    return run


def first_of(paths: Sequence[Path]) -> dict[Path, int]:
    """Each path's first document (of records of one file, the first)."""
    index: dict[Path, int] = {}
    for i, path in enumerate(paths):
        index.setdefault(path, i)
    return index


def find_document(
    index: Mapping[Path, int],
    texts: Sequence[str],
    path: Path | None,
    text: str | None,
    besides: int | None = None,
) -> int | None:
    """The document at ``path`` (``index``: each path's first document); if none is there
    any more (renamed, moved), the first with the text ``text`` (``texts``: each document's)
    other than ``besides``; else None."""
    found = index.get(path) if path is not None else None
    if found is not None or text is None:
        return found
    size = len(text)
    return next(
        (i for i, t in enumerate(texts) if i != besides and len(t) == size and t == text), None
    )


def keep_pair(
    paths: Sequence[Path],
    base: Path | None,
    other: Path | None,
    texts: Sequence[str] = (),
    base_text: str | None = None,
    other_text: str | None = None,
) -> tuple[int, int | None]:
    """Indices of ``base`` and ``other`` among ``paths`` after a reload.

    A document no longer at its path is the one with the text it had (``base_text``,
    ``other_text``; ``texts``: each document's now), if any. A base that is gone falls
    back to the first document and the second; a selection that is gone falls back to the
    first document that is not the base.
    """
    index = first_of(paths)
    kept = find_document(index, texts, base, base_text)
    if kept is None:
        return 0, (1 if len(paths) > 1 else None)
    selected = find_document(index, texts, other, other_text, besides=kept)
    if selected is None:
        selected = next((i for i in range(len(paths)) if i != kept), None)
    return kept, selected


def reload_hint(
    selection: PairSelection, documents: Sequence[Document], index: StoryIndex | None = None
) -> PairHint | None:
    """The pair on screen (its left side, the selection, a pin for every story) by path,
    with the bases chosen in ``index`` (the stories of ``documents``)."""
    pair, pin, selected = selection.pair(), selection.pinned, selection.selected
    # One document shown alone (a story's base, a lone article) comes back alone: the base
    # of an earlier pair on its left opened the next start on a pair never on screen,
    # pinned (a wire story against an 8 MB transcript).
    left = pair[0] if pair is not None else selected if selected is not None else selection.base
    if left is None:
        return None
    everywhere = pin is not None and pin.story is None and pin.doc == left
    pinned = pair is not None and pair[1] == selected and _users(selection, *pair)
    chosen = documents[selected] if selected is not None else None
    facing = documents[pair[1]] if pair is not None and pair[0] == selected else None
    return PairHint(
        documents[left].path,
        None if chosen is None else chosen.path,
        everywhere,
        documents[left].text,
        None if chosen is None else chosen.text,
        None if facing is None else facing.path,
        None if facing is None else facing.text,
        bases=kept_bases_of(index, documents),
        chain=selection.chain is not None and pair is not None and pair[1] == selected,
        pinned=pinned,
    )


def _users(selection: PairSelection, left: int, selected: int) -> bool:
    """Whether the user put ``left`` beside ``selected`` (not the list's rule): pinned, or
    the flat list's base chosen."""
    pin = selection.pinned
    if not selection.grouped:
        return selection.user_base and selection.base == left
    return pin is not None and pin.doc == left and selection.applies(pin, selected)


def kept_bases_of(index: StoryIndex | None, documents: Sequence[Document]) -> tuple[KeptBase, ...]:
    """The bases chosen in ``index`` (if it grouped these ``documents``), by path."""
    return tuple(
        KeptBase(
            documents[doc].path,
            tuple(documents[d].path for d in sorted(story)),
            documents[doc].text,
        )
        for doc, story in bases_chosen_in(index, documents)
    )


def chosen_again(loaded: Loaded, hint: PairHint | None) -> tuple[Chosen, ...]:
    """The bases of ``hint`` among the documents ``loaded`` (a base found at its path, or by
    its text; its story's documents at their paths): those whose story may still hold
    them (``StoryIndex.with_chosen_bases`` decides)."""
    if hint is None or not hint.bases:
        return ()
    documents = loaded.result.documents
    at = first_of(loaded.resolved or [real(d.path) for d in documents])
    texts = [d.text for d in documents]
    chosen: list[Chosen] = []
    for kept in hint.bases:
        doc = find_document(at, texts, real(kept.path), kept.text)
        if doc is not None:
            story = (at.get(real(path)) for path in kept.story)
            chosen.append((doc, frozenset(d for d in story if d is not None)))
    return tuple(chosen)


def given_base(loaded: Loaded, given: tuple[Path, Path] | None) -> Chosen | None:
    """``wirediff A B`` (``given``: the two files): A, the base of the story that holds
    them both (the list marked the rule's base, B, while A was on the left), or None when
    they are not both among the documents ``loaded``."""
    if given is None:
        return None
    at = first_of(loaded.resolved or [real(d.path) for d in loaded.result.documents])
    first, second = (at.get(real(path)) for path in given)
    if first is None or second is None or first == second:
        return None
    return first, frozenset((first, second))


def overlapping_hint(hint: PairHint | None, pending: PairHint | None) -> PairHint | None:
    """The pair a reload keeps when the last load's pair is not in place yet (F5 pressed
    twice): ``pending``, that load's, while the selection has none (still reading); its pin
    for every story while its left side is still on the left (the pin comes once grouped);
    its pin for a story while the selection has not moved (not grouped, the list cannot
    tell whether it left the story: the pin came beside a version of another one)."""
    if hint is None or pending is None or hint.left != pending.left:
        return hint if hint is not None else pending
    if pending.everywhere:
        return dataclasses.replace(hint, everywhere=True)
    if hint.pinned and hint.selected != pending.selected:
        return dataclasses.replace(hint, pinned=False)
    return hint


def moved_hint(hint: PairHint | None, old: Path, new: Path) -> PairHint | None:
    """``hint`` with its paths in the folder ``old`` taken in ``new`` (the folder renamed)."""
    if hint is None:
        return None

    def there(path: Path) -> Path:
        return new / path.relative_to(old) if path.is_relative_to(old) else path

    selected = None if hint.selected is None else there(hint.selected)
    facing = None if hint.facing is None else there(hint.facing)
    bases = tuple(
        dataclasses.replace(b, path=there(b.path), story=tuple(map(there, b.story)))
        for b in hint.bases
    )
    return dataclasses.replace(
        hint, left=there(hint.left), selected=selected, facing=facing, bases=bases
    )


def initial_pair(loaded: Loaded, hint: PairHint | None) -> tuple[int, int | None]:
    """The base and the selection to open on: the hint's, where they still exist, else the
    first two documents."""
    documents = loaded.result.documents
    if hint is None:
        return 0, (1 if len(documents) > 1 else None)
    paths = loaded.resolved or [real(d.path) for d in documents]
    selected = real(hint.selected) if hint.selected is not None else None
    texts = [d.text for d in documents]
    return keep_pair(paths, real(hint.left), selected, texts, hint.left_text, hint.selected_text)


def hint_found(loaded: Loaded, hint: PairHint | None) -> PairHint | None:
    """``hint`` if its documents are still there to pin (at their paths, or with their texts
    under others: the hint then names where they are now): its left side, and the selection
    whose story it was pinned for (unless pinned for every story); else None — a pin is
    never moved onto a document the user did not pin (the first one, after the pinned
    document was deleted)."""
    if hint is None:
        return None
    documents = loaded.result.documents
    index = first_of(loaded.resolved or [real(d.path) for d in documents])
    texts = [d.text for d in documents]
    left = find_document(index, texts, real(hint.left), hint.left_text)
    if left is None:
        return None
    chosen = real(hint.selected) if hint.selected is not None else None
    selected = find_document(index, texts, chosen, hint.selected_text, besides=left)
    if not hint.everywhere and selected is None:
        return None
    facing = None
    if hint.facing is not None:
        facing = find_document(index, texts, real(hint.facing), hint.facing_text, besides=left)
    return dataclasses.replace(
        hint,
        left=documents[left].path,
        selected=None if selected is None else documents[selected].path,
        facing=None if facing is None else documents[facing].path,
    )


class LoadingController(QObject):
    """Reads what the user opens; watches it afterwards and says when it changed on disk."""

    started = Signal(object)  # list[Path]: the paths a load begins to read
    progress = Signal(int, int)  # files done, files in all (0, 0: starting)
    # The files read, what the load does ("Counting words… 5,000 of 19,991 documents"), how
    # far (documents done, in all; 0, 0: no count), and the stage's ``of`` and ``measure``
    stage = Signal(str, int, int, str, str)
    message = Signal(str)  # what is being read
    loaded = Signal(object)  # Loaded
    failed = Signal(str)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.watch = FolderWatch(self)  # offers a reload when the loaded files change
        self._opening: list[Path] = []  # paths of the load under way (watched once it is done)
        self.options = ReaderOptions()  # how the last load reads (and the watch looks)
        self.max_bytes = MAX_BYTES  # files larger are problems (--max-size raises it)
        self.caps: dict[str, Any] = {}  # ReaderOptions caps given (--max-tokens N: ints)
        self.last: Reading | None = None  # what is open, as read: a reload takes it again

    def open(
        self, paths: Sequence[Path], follow_links: bool = False, desk_zone: str = LOCAL_ZONE
    ) -> None:
        """Read ``paths`` in the background (a load under way is dropped); ``follow_links``:
        read the folders that links lead to outside them; ``desk_zone``: the zone their times
        that give none are read in after their outlet's and language's (``desk_clock``'s)."""
        self._opening = list(paths)
        self.watch.stop()  # what is open may change while this is read: not told over it
        reading = ReaderOptions(follow_external_links=follow_links, desk_zone=desk_zone)
        reading = dataclasses.replace(reading, **self.caps)
        self.options = sized(reading, self.max_bytes)
        self.started.emit(list(paths))
        self.progress.emit(0, 0)
        subject = f"Reading {names([p.name or str(p) for p in paths])}"
        self.message.emit(f"{subject}…")
        before = self.last
        if before is not None and not before.fits(self.options, self.max_bytes):
            before = None  # read another way: every file is read again
        job = load_job(self._opening, self.options, self.max_bytes, before)
        self.runner.start(KIND, job, self._loaded, self._failed, self._progress, subject)

    def reading(self) -> bool:
        return self.runner.running(KIND)

    def reload_paths(self) -> list[Path]:
        """What a reload reads: the paths being read (a load under way), else those open."""
        return list(self._opening if self.reading() else self.watch.paths)

    def cancel(self) -> bool:
        """Stop the load under way (what was open stays open, and watched); False if there
        was none."""
        if not self.reading():
            return False
        self.runner.cancel(KIND)
        self._kept()
        return True

    def stop(self) -> None:
        """No more loading or watching (the window closes)."""
        self.runner.cancel(KIND)
        self.watch.stop()
        self.last = None

    def _progress(self, done: int, total: int, named: object) -> None:
        """``named``: the number of the file being read (or just read), its name ("": none
        yet) and the files listed when only the ``total`` that changed are read (else 0); or
        the ``Stage`` the load is at once every file is read (``done`` of ``total``
        documents)."""
        if isinstance(named, Stage):
            said = named.said(done, total)
            self.stage.emit(said, done, total, named.of, named.measure)
            self.message.emit(said)
            return
        self.progress.emit(done, total)
        number, name, listed = named if isinstance(named, tuple) else (done, named, 0)
        name = one_line(str(name))
        what = f"reading {name}…" if number > done else name
        if not listed:
            self.message.emit(f"{files_read(done, total)} — {what}")
            return
        changed = changed_files(total, listed)
        if not name:
            self.message.emit(f"{changed}…")
        elif total == 1:
            self.message.emit(f"{changed} — {what}")
        else:
            self.message.emit(f"{changed}: {done:,} read — {what}")

    def _kept(self) -> None:
        """The load was dropped: what was open before it is still open and watched again."""
        self.options = self.watch.options
        self.watch.resume()

    def _failed(self, message: str) -> None:
        self._kept()
        self.failed.emit(message)

    def _loaded(self, loaded: Loaded) -> None:
        result = loaded.result
        self.watch.watch(self._opening, result.snapshot, loaded.folders, self.options, loaded.roots)
        reuse, result.reuse = result.reuse, None  # (kept here only: one reading at a time)
        self.last = None
        if reuse is not None:
            docs = result.documents
            self.last = Reading(reuse, docs, loaded.words, self.options, self.max_bytes)
        self.loaded.emit(loaded)
