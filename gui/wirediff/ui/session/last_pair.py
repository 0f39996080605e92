"""The pair last compared in each folder, brought back when the folder is opened again (at
the next start too): its documents by their paths in the folder, a pin for every story, the
stories' bases chosen with b (the pair's left side may be one: without it the story would
be grouped around another base, the pair contradicting the list; kept as corrections in the
review store too, which has them without this record — one an older wirediff kept here
alone is kept there at the next opening), and where the reader was in it while both its
texts are unchanged.

Stored in the settings as one JSON object, folder (its real path; the bundled sample, one
key wherever it was unpacked: ``session.pair_key``) → record; the folders used last are
kept, ``MAX_FOLDERS`` of them. A record that is not as written here (edited
by hand, another version of the app) is ignored: the folder opens on its first pair. Its
left side comes back pinned only if it was (``pinned``, or ``everywhere``; a record of an
older wirediff has only the second: its pair comes back, pinned for its story no more). A
record also keeps a key of each problem told of the folder (``problems_told``): those do not
open the Problems panel again at the next start (a new one does).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from wirediff.core.reading.errors import SET_ASIDE, Problem
from wirediff.ui.diff.place import Place
from wirediff.ui.session.loading import KeptBase, KeptPlace, PairHint

MAX_FOLDERS = 50
MAX_TOLD = 1_000  # problems a folder's record remembers having told
_PLACE = ("row", "offset", "rows", "changes")  # Place's whole numbers (and "current")


def record(
    folder: Path, hint: PairHint | None, problems: Sequence[str] = ()
) -> dict[str, Any] | None:
    """``hint`` (the pair on screen, where the reader is in it) as a settings record, its
    paths relative to ``folder``, with the ``problems`` told of it (``problems_told``; a
    record of them alone when no pair is on screen); None if there is nothing to keep."""
    left = None if hint is None else _relative(folder, hint.left)
    if hint is None or left is None:
        return {"problems": list(problems)} if problems else None
    kept: dict[str, Any] = {
        "left": left,
        "selected": _relative(folder, hint.selected),
        "facing": _relative(folder, hint.facing),
        "everywhere": hint.everywhere,
    }
    if hint.chain:
        kept["chain"] = True
    if hint.pinned:
        kept["pinned"] = True
    if problems:
        kept["problems"] = list(problems)
    bases = [_base_record(folder, base) for base in hint.bases]
    if any(bases):  # (a folder with no base chosen keeps the record it always had)
        kept["bases"] = [base for base in bases if base is not None]
    if hint.place is not None:
        place = hint.place.place
        kept["place"] = {
            "texts": hint.place.texts,
            "clean": hint.place.clean,
            "current": place.current,
            **{name: getattr(place, name) for name in _PLACE},
        }
    return kept


def hint_from(folder: Path, kept: object) -> PairHint | None:
    """The pair to open ``folder`` on from its record (None: no record, or not a valid one)."""
    if not isinstance(kept, dict):
        return None
    left = _inside(folder, kept.get("left"))
    selected, facing = (_inside(folder, kept.get(k)) for k in ("selected", "facing"))
    everywhere = kept.get("everywhere")
    if left is None or not isinstance(everywhere, bool):
        return None
    place, bases = _place(kept.get("place")), _bases(folder, kept.get("bases"))
    chain, pinned = kept.get("chain") is True, kept.get("pinned") is True
    hint = PairHint(left, selected, everywhere, facing=facing, place=place, bases=bases)
    return dataclasses.replace(hint, chain=chain, pinned=pinned) if chain or pinned else hint


def _base_record(folder: Path, base: KeptBase) -> dict[str, Any] | None:
    """A chosen base and its story's documents then, relative to ``folder`` (None: the
    base is not in it)."""
    path = _relative(folder, base.path)
    if path is None:
        return None
    story = (_relative(folder, p) for p in base.story)
    return {"base": path, "story": [p for p in story if p is not None]}


def _bases(folder: Path, raw: object) -> tuple[KeptBase, ...]:
    """The chosen bases of a record (those not as written here left out)."""
    if not isinstance(raw, list):
        return ()
    bases = []
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("story"), list):
            continue
        path = _inside(folder, entry.get("base"))
        story = [_inside(folder, p) for p in entry["story"]]
        if path is not None:
            bases.append(KeptBase(path, tuple(p for p in story if p is not None)))
    return tuple(bases)


def _place(raw: object) -> KeptPlace | None:
    if not isinstance(raw, dict):
        return None
    numbers = [raw.get(name) for name in _PLACE]
    current, texts, clean = raw.get("current"), raw.get("texts"), raw.get("clean")
    if not all(_whole(n) for n in numbers) or not (current is None or _whole(current)):
        return None
    if not isinstance(texts, str) or not isinstance(clean, bool):
        return None
    row, offset, rows, changes = numbers
    return KeptPlace(texts, clean, Place(current, row, offset, rows, changes))  # type: ignore[arg-type]


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53


def _relative(folder: Path, path: Path | None) -> str | None:
    """``path`` relative to ``folder``, with forward slashes; None if it is not in it."""
    if path is None or not path.is_relative_to(folder):
        return None
    return path.relative_to(folder).as_posix()


def _inside(folder: Path, raw: object) -> Path | None:
    """A stored relative path in ``folder`` (one that leaves it, or is not a path: None)."""
    if not isinstance(raw, str) or not raw or "\0" in raw:
        return None
    relative = PurePosixPath(raw)
    if relative.is_absolute() or ".." in relative.parts:
        return None
    return folder.joinpath(*relative.parts)


def problem_key(folder: Path, path: Path, reason: str) -> str:
    """A short digest of one file of ``folder`` that could not be read and why."""
    named = f"{_relative(folder, path) or path}\t{reason}"
    # (a name not in UTF-8 holds lone surrogates: "caf\udce9.txt" broke the start and the close)
    return hashlib.sha256(named.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def problems_told(folder: Path, problems: Iterable[Problem]) -> list[str]:
    """The keys (``problem_key``) of the files of ``folder`` that could not be read (those
    set aside on purpose left out): the Problems panel, hidden once, opened again at every
    start for the same problems. More than ``MAX_TOLD``: one key of them all (``_ALL``)."""
    keys = {problem_key(folder, p.path, p.reason) for p in problems if p.code not in SET_ASIDE}
    return sorted(keys) if len(keys) <= MAX_TOLD else [_all_of(keys)]


def told_of(
    folder: Path, problems: Iterable[tuple[Path, str]], told: frozenset[str]
) -> set[tuple[Path, str]]:
    """Those of ``problems`` (path, reason) that ``told`` (``told_before``) says were
    told: each by its key, or all of them when their one key is told."""
    keyed = {problem: problem_key(folder, *problem) for problem in problems}
    if _all_of(set(keyed.values())) in told:
        return set(keyed)
    return {problem for problem, key in keyed.items() if key in told}


_ALL = "all:"  # the key of a folder's problems when there are too many to keep one by one


def _all_of(keys: set[str]) -> str:
    return _ALL + hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()[:16]


def told_before(kept: object) -> frozenset[str]:
    """The keys of the problems told of a folder when it was left (``record``)."""
    told = kept.get("problems") if isinstance(kept, dict) else None
    if not isinstance(told, list):
        return frozenset()
    return frozenset(key for key in told[:MAX_TOLD] if isinstance(key, str))
