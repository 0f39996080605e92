"""The user's corrections of a grouping, applied after the automatic grouping.

A correction names documents by ``DocKey``: the SHA-256 of the document's text (the review
store's ``text_hash``) and its path, relative to the folder (or absolute, as the store keeps
it). A key finds the document with that text (so a renamed or moved file keeps its
corrections); failing that, the document at that path (so an edited file does).
Corrections are applied in order, so a later one wins over an earlier one:

* ``Move(doc, to, also)``: ``doc`` leaves its story and joins the story of ``to`` (or, if
  ``to`` is gone, of the first of ``also`` still there);
* ``Split(docs)``: these documents leave their stories and form one story of their own;
* ``SameStory(a, b)``: the stories of ``a`` and ``b`` become one;
* ``Apart(a, b)``: ``b`` leaves ``a``'s story if they share one (independent texts), and
  takes along the documents of that story closer to it than to ``a`` (its copies: given
  the grouping's ``link``);
* ``SameEvent(a, b)``: the stories of ``a`` and ``b`` are reports of one event (their events
  become one); ``OtherEvent(a, b)``: ``b``'s story leaves ``a``'s event, an event of its own
  (``event_labels``: once the stories are made, as the bases);
* ``Base(doc, story)``: ``doc`` is its story's base (``b`` in the app) while that story
  holds another of ``story``, its versions when it was chosen (``chosen_bases``): it
  changes no grouping, and is applied once the stories and their bases are made.

Plain data with ``to_data``/``from_data`` (JSON-ready), so the review store or a file can
keep them; ``build_story_index(..., corrections=...)`` applies them on every rebuild.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

from wirediff.core.document import Document
from wirediff.core.review.identity import text_hash  # the review store's document hash


@dataclass(frozen=True, slots=True)
class DocKey:
    """A document as a correction names it: its text's SHA-256 and its relative path."""

    sha256: str
    path: str  # POSIX path relative to the folder (or as given)


@dataclass(frozen=True, slots=True)
class Move:
    doc: DocKey
    to: DocKey  # a document of the story to join (its base when the move was made)
    # The story's other versions then: it is joined through the first still there when
    # ``to`` is gone (its base deleted, the move was dropped though the story remained).
    also: tuple[DocKey, ...] = ()


@dataclass(frozen=True, slots=True)
class Split:
    docs: tuple[DocKey, ...]  # they form one new story together


@dataclass(frozen=True, slots=True)
class SameStory:
    a: DocKey
    b: DocKey


@dataclass(frozen=True, slots=True)
class Apart:
    a: DocKey
    b: DocKey  # the one that leaves


@dataclass(frozen=True, slots=True)
class SameEvent:
    a: DocKey
    b: DocKey  # its story's event and ``a``'s are one


@dataclass(frozen=True, slots=True)
class OtherEvent:
    a: DocKey
    b: DocKey  # its story leaves ``a``'s event


@dataclass(frozen=True, slots=True)
class Base:
    doc: DocKey  # made its story's base
    story: tuple[DocKey, ...]  # its story's other versions then


Correction = Move | Split | SameStory | Apart | SameEvent | OtherEvent | Base
Pair = SameStory | Apart | SameEvent | OtherEvent  # the corrections of two documents
# Each pair's kind as ``to_data`` writes it, and what it says (``_check``'s refusals).
PAIR_KINDS: dict[type[Pair], tuple[str, str]] = {
    SameStory: ("same", "versions of one story"),
    Apart: ("apart", "independent texts"),
    SameEvent: ("event", "reports of one event"),
    OtherEvent: ("other-event", "reports of different events"),
}
# Each kind's name, as ``to_data`` writes it and the review store keeps it.
KINDS: dict[type[Correction], str] = {
    Move: "move",
    Split: "split",
    **{pair: kind for pair, (kind, _says) in PAIR_KINDS.items()},
    Base: "base",
}
Chosen = tuple[int, frozenset[int]]  # a base chosen (a document), and its story's others then
Link = Callable[[int, int], float]  # how much of one document's text another holds, 0 to 1


def doc_key(doc: Document, root: Path | None = None) -> DocKey:
    """The key of ``doc``, its path relative to ``root`` when it lies inside it. ``root``
    may be resolved where the document's path runs through a link (a folder opened as
    ``/home/…`` where /home links to /var/home): its folder is resolved too (not the file,
    which may itself be a link), else the key kept the absolute path through the link and
    an edited file no longer found its correction."""
    found = None if root is None else relative_path(doc.path, root)
    return DocKey(text_hash(doc.text), found or doc.path.as_posix())


def relative_path(path: PurePath, root: Path) -> str | None:
    """``path`` relative to ``root`` (POSIX), directly or through its resolved folder;
    None when it is not inside."""
    for candidate in (path, Path(os.path.realpath(path.parent)) / path.name):
        with contextlib.suppress(ValueError):
            return candidate.relative_to(root).as_posix()
    return None


class _Finder:
    """Documents by text hash (first choice) and by path."""

    def __init__(self, documents: Sequence[Document], root: Path | None = None) -> None:
        self.by_hash: dict[str, list[int]] = {}
        for i, doc in enumerate(documents):
            self.by_hash.setdefault(text_hash(doc.text), []).append(i)
        self.documents = documents
        self.paths = [doc.path.as_posix() for doc in documents]
        self.root = root

    def _at_path(self, path: str, among: Iterable[int]) -> int | None:
        """The document at ``path``: absolute, or relative to the folder. With the folder's
        ``root`` known, that very file (``independent.txt`` deleted, ``old/independent.txt``
        is another document); without it, of the paths ending so, the shortest —
        ``independent.txt`` is the folder's own, not ``0old/independent.txt`` listed before
        it."""
        found = [i for i in among if self.paths[i] == path or self.paths[i].endswith("/" + path)]
        root = self.root
        if root is not None and not PurePath(path).is_absolute():
            docs = self.documents
            found = [i for i in found if relative_path(docs[i].path, root) == path]
        return min(found, key=lambda i: (self.paths[i].count("/"), i), default=None)

    def find(self, key: DocKey) -> int | None:
        same_text = self.by_hash.get(key.sha256, [])
        if len(same_text) == 1:
            return same_text[0]
        if same_text:  # duplicates: the one at the path, else the first
            found = self._at_path(key.path, same_text)
            return same_text[0] if found is None else found
        return self._at_path(key.path, range(len(self.paths)))

    def target(self, move: Move) -> int | None:
        """The document whose story ``move`` joins: ``to``, else the first of ``also``."""
        found = self.target_key(move)
        return None if found is None else found[1]

    def target_key(self, move: Move) -> tuple[DocKey, int] | None:
        """``target``, with the key that found it."""
        found = ((k, self.find(k)) for k in (move.to, *move.also))
        return next(((k, d) for k, d in found if d is not None), None)


@dataclass(frozen=True, slots=True)
class NotApplied:
    """Why a correction does not apply to a folder's documents: the keys of the documents
    it needs that are not there (``missing``), else its two keys, different, that name one
    and the same document (``one_document``: an ``apart`` or ``same`` of a key by hash and
    a key by path of one file, a move whose document and story to join are that one file);
    it would do nothing, and was counted applied."""

    missing: tuple[DocKey, ...] = ()
    one_document: tuple[DocKey, ...] = ()  # (a, b): the two keys, as the correction says


def not_applied(
    corrections: Sequence[Correction], documents: Sequence[Document], root: Path | None = None
) -> list[NotApplied | None]:
    """For each correction, why it does not apply to ``documents`` (None: it applies), paths
    relative to ``root`` (the folder; see ``apply_corrections``). A split needs one of its
    documents; a move its document and one of its story's, two documents; the others both
    of theirs, two documents; a base itself and one of its story's versions of then."""
    if not corrections:  # nearly always: hashing 20,000 texts for none took 0.17 s
        return []
    finder = _Finder(documents, root)

    def gone(keys: Sequence[DocKey]) -> NotApplied | None:
        missing = tuple(k for k in keys if finder.find(k) is None)
        return NotApplied(missing) if missing else None

    out: list[NotApplied | None] = []
    for c in corrections:
        if isinstance(c, Move):
            doc, target = finder.find(c.doc), finder.target_key(c)
            if doc is None or target is None:
                missing = ((c.doc,) if doc is None else ()) + ((c.to,) if target is None else ())
                out.append(NotApplied(missing))
            else:
                out.append(
                    NotApplied(one_document=(c.doc, target[0])) if doc == target[1] else None
                )
        elif isinstance(c, Split):
            split = gone(c.docs)
            out.append(split if split is not None and len(split.missing) == len(c.docs) else None)
        elif isinstance(c, Base):
            base = gone([c.doc])
            others = gone(c.story)
            if base is None and others is not None and len(others.missing) == len(c.story):
                base = others  # (its story's versions of then are all gone)
            out.append(base)
        else:
            pair = gone([c.a, c.b])
            if pair is None and finder.find(c.a) == finder.find(c.b):
                pair = NotApplied(one_document=(c.a, c.b))
            out.append(pair)
    return out


def apply_corrections(
    groups: list[list[int]],
    corrections: Sequence[Correction],
    documents: Sequence[Document],
    root: Path | None = None,
    link: Link | None = None,
) -> list[list[int]]:
    """``groups`` (lists of document indices) with the corrections applied, in order.

    A key's relative path is that of a file in ``root``, the folder the corrections were
    made in (None: any file whose path ends so, the shortest). Corrections naming a
    document that is no longer there are skipped, and those whose two keys find one
    document do nothing (``not_applied`` says which, and why). Empty groups are dropped;
    the rest keep their order, new ones come last. ``link(x, y)``: how much of ``x``'s
    text ``y`` holds (``grouping.held_link``), by which an ``Apart`` takes along its
    document's copies (None: the document leaves alone).
    """
    return corrected_groups(groups, corrections, documents, root, link)[0]


def corrected_groups(
    groups: list[list[int]],
    corrections: Sequence[Correction],
    documents: Sequence[Document],
    root: Path | None = None,
    link: Link | None = None,
) -> tuple[list[list[int]], frozenset[int]]:
    """``apply_corrections``' groups, and the documents the user placed in theirs: a moved
    one, a split's, the story that joined another's as one of its versions. Such a version
    measured "independent" of its base is the user's rewrite (``StoryIndex.placed``): the
    app invited them to mark a paraphrase as a version, and it stayed "indep." after."""
    if not corrections:
        return groups, frozenset()
    finder = _Finder(documents, root)
    out = [list(g) for g in groups]
    where = {d: gi for gi, g in enumerate(out) for d in g}
    placed: set[int] = set()

    def leave(doc: int) -> None:
        out[where[doc]].remove(doc)

    def join(doc: int, group: int) -> None:
        out[group].append(doc)
        where[doc] = group
        placed.add(doc)

    for c in corrections:
        if isinstance(c, Base | SameEvent | OtherEvent):
            continue  # (``chosen_bases``, ``event_labels``: once the stories are made)
        if isinstance(c, Move):
            doc, to = finder.find(c.doc), finder.target(c)
            if doc is not None and to is not None and where[doc] != where[to]:
                leave(doc)
                join(doc, where[to])
        elif isinstance(c, Split):
            docs = [d for d in (finder.find(k) for k in c.docs) if d is not None]
            if docs:
                out.append([])
                for doc in dict.fromkeys(docs):
                    leave(doc)
                    join(doc, len(out) - 1)
        else:
            a, b = finder.find(c.a), finder.find(c.b)
            if a is None or b is None or a == b:
                continue
            if isinstance(c, SameStory) and where[a] != where[b]:
                for doc in list(out[where[b]]):
                    leave(doc)
                    join(doc, where[a])
            elif isinstance(c, Apart) and where[a] == where[b]:
                along = [b, *_copies_of(b, a, out[where[b]], link)]
                out.append([])
                for doc in along:
                    leave(doc)
                    join(doc, len(out) - 1)
                placed.difference_update(along)  # (``b`` and its copies: no one placed them)
    return [sorted(g) for g in out if g], frozenset(placed)


def _copies_of(b: int, a: int, story: Sequence[int], link: Link | None) -> list[int]:
    """The documents of ``story`` (``a``'s and ``b``'s) more of whose text ``b`` holds
    than ``a`` does (``link``), which go with ``b`` when the user marks the two
    independent: of two releases of one company grouped as one story, the second left
    alone and its 140 reposts stayed as "rewrites" of the first (a PR agency analyst's
    walkthrough). On a tie none goes: a copy of both, or of neither (a report on the
    first), stays."""
    if link is None:
        return []
    return [d for d in story if d not in (a, b) and link(d, b) > link(d, a)]


def chosen_bases(
    corrections: Sequence[Correction], documents: Sequence[Document], root: Path | None = None
) -> list[Chosen]:
    """The bases the user chose (``Base``), in order, each with its story's other versions
    then that are here (a base stays its story's while that story holds one of them:
    ``StoryIndex.with_chosen_bases``)."""
    finder = _Finder(documents, root)
    out: list[Chosen] = []
    for c in corrections:
        if isinstance(c, Base):
            doc = finder.find(c.doc)
            if doc is not None:
                story = frozenset(d for d in map(finder.find, c.story) if d is not None)
                out.append((doc, story - {doc}))
    return out


def event_labels(
    groups: Sequence[Sequence[int]],
    labels: Sequence[int],
    corrections: Sequence[Correction],
    documents: Sequence[Document],
    root: Path | None = None,
) -> list[int]:
    """The event label of each of ``groups`` (the stories, as document indices: every
    document in one), ``labels`` with the user's ``SameEvent`` and ``OtherEvent`` applied
    in order: two stories' events become one; a story leaves another's event, an event of
    its own. Two documents of one story are left be (their stories are one event)."""
    out = list(labels)
    if not any(isinstance(c, SameEvent | OtherEvent) for c in corrections):
        return out
    finder = _Finder(documents, root)
    group_of = {d: g for g, docs in enumerate(groups) for d in docs}
    fresh = max(out, default=-1) + 1
    for c in corrections:
        if not isinstance(c, SameEvent | OtherEvent):
            continue
        a, b = finder.find(c.a), finder.find(c.b)
        if a is None or b is None or group_of[a] == group_of[b]:
            continue
        at, leaves = out[group_of[a]], out[group_of[b]]
        if isinstance(c, SameEvent) and at != leaves:
            out = [at if label == leaves else label for label in out]
        elif isinstance(c, OtherEvent) and at == leaves:
            out[group_of[b]], fresh = fresh, fresh + 1
    return out


def marked_apart(
    corrections: Sequence[Correction],
    documents: Sequence[Document],
    root: Path | None = None,
    *,
    events: bool = False,
) -> frozenset[frozenset[int]]:
    """The pairs of documents the user marked independent (``Apart``), not marked
    versions of one story (``SameStory``) since; ``events``: marked reports of different
    events (``OtherEvent``), not marked reports of one event (``SameEvent``) since."""
    parted, joined = (OtherEvent, SameEvent) if events else (Apart, SameStory)
    finder = _Finder(documents, root)
    apart: set[frozenset[int]] = set()
    for c in corrections:
        if isinstance(c, parted | joined):
            a, b = finder.find(c.a), finder.find(c.b)
            if a is not None and b is not None and a != b:
                pair = frozenset((a, b))
                (apart.add if isinstance(c, parted) else apart.discard)(pair)
    return frozenset(apart)


def rebased(correction: Correction, folder: str) -> Correction:
    """``correction`` with each key's path given from one folder up, through ``folder``
    (POSIX, relative): a folder's corrections kept for it and another opened together,
    whose paths are relative to the folder the two share ("story.txt" is
    "monday/story.txt" there). Keys find their documents by text first, by path else."""
    if not folder or folder == ".":
        return correction

    def moved(key: DocKey) -> DocKey:
        return DocKey(key.sha256, f"{folder}/{key.path}" if key.path else key.path)

    changes: dict[str, Any] = {}
    for item in fields(correction):
        value = getattr(correction, item.name)
        if isinstance(value, DocKey):
            changes[item.name] = moved(value)
        elif isinstance(value, tuple):
            changes[item.name] = tuple(moved(k) for k in value)
    return replace(correction, **changes)


def named(correction: Correction) -> tuple[DocKey, ...]:
    """The documents ``correction`` needs: a move's own and the one whose story it joins
    (not that story's others), a split's, a chosen base and its story's of then (a folder
    gone whose corrections were bases alone was taken over by any folder holding one of
    its texts), a pair's two."""
    if isinstance(correction, Move):
        return correction.doc, correction.to
    if isinstance(correction, Split):
        return correction.docs
    if isinstance(correction, Base):
        return correction.doc, *correction.story
    return correction.a, correction.b


def _key_data(key: DocKey) -> dict[str, str]:
    return {"sha256": key.sha256, "path": key.path}


def _key(data: Any) -> DocKey:
    """A key from its data: a text hash and a path, both strings, one of them given."""
    if not isinstance(data, dict):
        raise ValueError(f"not a document key: {_shown(data)}")
    sha, path = data.get("sha256", ""), data.get("path", "")
    if not isinstance(sha, str) or not isinstance(path, str) or not (sha or path):
        raise ValueError(f"not a document key (sha256 and path are text): {_shown(data)}")
    return DocKey(sha, _tidy(path))


def _tidy(path: str) -> str:
    """A key's path written as the folder's are: ``./a.txt`` is ``a.txt``, ``news//a.txt``
    ``news/a.txt`` (a hand-written file's "./002_x.txt" was "not in the folder"). ``..`` is
    left as written, never resolved: a key names nothing outside the folder."""
    return PurePosixPath(path).as_posix() if path else path


def _shown(data: Any, limit: int = 120) -> str:
    """``data`` as a message quotes it: on one line, cut short (an entry may be megabytes).
    A value the parser took but ``repr`` cannot (nested just short of the parser's limit,
    quoted a few calls deeper) is named by its type: RecursionError escaped the app's
    reading of a stored correction, which takes ValueError alone."""
    try:
        text = repr(data)
    except RecursionError:
        return f"a {type(data).__name__} nested too deeply to quote"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _keys(data: list[Any]) -> tuple[DocKey, ...]:
    return tuple(_key(k) for k in data)


def to_data(corrections: Sequence[Correction]) -> list[dict[str, Any]]:
    """JSON-ready data: a list of ``{"kind": "move"|"split"|"same"|"apart"|"event"|
    "other-event"|"base", ...}``."""
    out: list[dict[str, Any]] = []
    for c in corrections:
        if isinstance(c, Move):
            move: dict[str, Any] = {"kind": "move", "doc": _key_data(c.doc), "to": _key_data(c.to)}
            if c.also:
                move["also"] = [_key_data(k) for k in c.also]
            out.append(move)
        elif isinstance(c, Split):
            out.append({"kind": "split", "docs": [_key_data(k) for k in c.docs]})
        elif isinstance(c, Base):
            story = [_key_data(k) for k in c.story]
            out.append({"kind": "base", "doc": _key_data(c.doc), "story": story})
        else:
            kind = PAIR_KINDS[type(c)][0]
            out.append({"kind": kind, "a": _key_data(c.a), "b": _key_data(c.b)})
    return out


class InvalidCorrection(ValueError):
    """A correction of a known kind, well formed, that cannot say anything: a split of no
    document, a move to the document's own story, versions of one story or independent
    texts naming one document twice (a hand-edited file or store row). Refused as the
    ill-formed ones are, never counted as applied."""


def _check(correction: Correction) -> Correction:
    """``correction``, or ``InvalidCorrection`` saying why it cannot apply."""
    if isinstance(correction, Split):
        if not correction.docs:
            raise InvalidCorrection("a split names no document: it needs one at least")
    elif isinstance(correction, Move):
        if correction.doc == correction.to:
            raise InvalidCorrection(
                f"a move names one document to move and to join: {_shown(_key_data(correction.to))}"
            )
    elif isinstance(correction, Base):
        if not set(correction.story) - {correction.doc}:
            raise InvalidCorrection(
                f"a base names no other version of its story: {_shown(_key_data(correction.doc))}"
            )
    elif correction.a == correction.b:
        kind, says = PAIR_KINDS[type(correction)]
        article = "an" if kind[0] in "aeiou" else "a"
        raise InvalidCorrection(
            f"{article} '{kind}' correction ({says}) names one document twice: "
            f"{_shown(_key_data(correction.a))}"
        )
    return correction


# The shape of the ``to_data`` items this wirediff writes (the review store's
# ``payload_version``); a correction kept in a later one is a newer wirediff's. A chosen
# base and the events' corrections are of version 2 (``payload_version``): a wirediff that
# reads up to 1 leaves them be, as a newer one's, and reads the other kinds, of version 1.
PAYLOAD_VERSION = 2


def payload_version(correction: Correction) -> int:
    """The version of ``correction``'s ``to_data`` item: the oldest that reads it."""
    return 2 if isinstance(correction, Base | SameEvent | OtherEvent) else 1


class NewerCorrection(ValueError):
    """A correction kept by a newer wirediff (its payload version is past ours): left out
    and left in the store as it is, never read as one of ours."""


def from_stored(payload: Any, version: int) -> Correction:
    """The correction one review store row keeps (``payload`` of ``payload_version``
    ``version``); ``NewerCorrection`` for a newer wirediff's, else as ``from_data``."""
    if version > PAYLOAD_VERSION:
        raise NewerCorrection(
            f"written by a newer wirediff (payload version {version}; this one reads up to "
            f"{PAYLOAD_VERSION})"
        )
    (correction,) = from_data([payload])
    return correction


_PAIR_OF = {kind: pair for pair, (kind, _says) in PAIR_KINDS.items()}


def from_data(data: Any) -> list[Correction]:
    """Corrections from ``to_data`` output; raises ValueError on anything else, and
    ``InvalidCorrection`` (a ValueError) on one that cannot say anything (``_check``)."""
    if not isinstance(data, list):
        raise ValueError("corrections must be a list")
    out: list[Correction] = []
    for item in data:
        kind = item.get("kind") if isinstance(item, dict) else None
        if kind == "move":
            also = item.get("also", [])
            if not isinstance(also, list):
                raise ValueError("a move's also needs a list of docs")
            out.append(_check(Move(_key(item.get("doc")), _key(item.get("to")), _keys(also))))
        elif kind == "split":
            docs = item.get("docs")
            if not isinstance(docs, list):
                raise ValueError("a split needs a list of docs")
            out.append(_check(Split(_keys(docs))))
        elif kind == "base":
            story = item.get("story")
            if not isinstance(story, list):
                raise ValueError("a base needs the list of its story's docs")
            out.append(_check(Base(_key(item.get("doc")), _keys(story))))
        elif isinstance(kind, str) and kind in _PAIR_OF:  # (a list is no key: a TypeError)
            pair = (_key(item.get("a")), _key(item.get("b")))
            out.append(_check(_PAIR_OF[kind](*pair)))
        else:
            raise ValueError(f"unknown correction: {_shown(item)}")
    return out
