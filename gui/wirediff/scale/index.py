"""The Parquet stories index ``wirediff stories --engine dask -o OUT`` writes.

``OUT`` is a folder (a Parquet dataset, as Dask and Spark write them):

* ``documents/part.N.parquet``: one row per document, in reading order of the grouped list
  (events by size, their stories by size, each story base first): ``doc`` (the document's
  number in the source's order), ``path`` (relative to the source's root; ``SHARD#n`` for the
  n-th record of a shard), ``title``, ``outlet``, ``date``, ``date_source``, ``url``,
  ``words``, ``story``, ``event``, ``is_base``, ``similarity``, ``containment_in_base``,
  ``base_containment``, ``derivation`` (``source`` for a base, else "" — not measured by
  this engine), ``row`` (the row's place in the list);
* ``stories.parquet``: one row per story: ``story``, ``event``, ``title``, ``base`` (its
  base's ``doc``), ``versions``, ``first_row``;
* ``events.parquet``: one row per event: ``event``, ``title``, ``stories``, ``documents``,
  ``first_story``, ``first_row``;
* ``summary.json``: the source, its root, counts, problems, options and stage times.

Nothing else: an existing folder is taken for an index written before (and replaced) only
when it holds these four entries and nothing more, ``documents/`` only ``part.N.parquet``
files and ``summary.json`` an object with the summary's keys (``written_index``).
``StoriesIndex`` (``reader``) pages through it without reading every row.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from wirediff.core.reading import Problem
from wirediff.core.stories.options import StoryOptions
from wirediff.core.textsafe import utf8_safe
from wirediff.scale.parts import Described, Numbered, StoryPart
from wirediff.scale.persisted import shared
from wirediff.scale.sources import Source, relative

ROWS_PER_PART = 100_000


@dataclass(slots=True)
class Grouping:
    """What the engine found: stories by first document, events as lists of stories."""

    source: Source
    documents: int
    stories: list[StoryPart]
    events: list[list[int]]  # per event (in numbering order), its stories (in order)
    problems: list[Problem]
    seconds: dict[str, float]
    handles: dict[str, Any]  # Dask collections still needed to write the index


@dataclass(frozen=True, slots=True)
class Placement:
    """Per document, where it sits in the grouped list (arrays indexed by ``doc``)."""

    story: np.ndarray
    event: np.ndarray
    is_base: np.ndarray
    similarity: np.ndarray
    in_base: np.ndarray
    base_in: np.ndarray
    row: np.ndarray


def placement(found: Grouping) -> tuple[Placement, pd.DataFrame, pd.DataFrame]:
    """Per-document placement, and the stories and events tables, numbered as
    ``build_story_index`` numbers them."""
    n = found.documents
    arrays = {k: np.zeros(n, np.float64) for k in ("similarity", "in_base", "base_in")}
    story, event, row = (np.zeros(n, np.int64) for _ in range(3))
    is_base = np.zeros(n, bool)
    stories: list[tuple[int, int, str, int, int, int]] = []
    events: list[tuple[int, str, int, int, int, int]] = []
    at = 0
    for event_id, group in enumerate(found.events):
        first_story, first_row = len(stories), at
        for s in group:
            part = found.stories[s]
            stories.append((len(stories), event_id, part.title, part.base, len(part.versions), at))
            for doc, sim, in_base, base_in in part.versions:
                story[doc], event[doc], row[doc] = len(stories) - 1, event_id, at
                arrays["similarity"][doc], arrays["in_base"][doc] = sim, in_base
                arrays["base_in"][doc] = base_in
                at += 1
            is_base[part.base] = True
        title = stories[first_story][2]
        events.append((event_id, title, len(group), at - first_row, first_story, first_row))
    story_table = pd.DataFrame(
        stories, columns=["story", "event", "title", "base", "versions", "first_row"]
    )
    event_table = pd.DataFrame(
        events, columns=["event", "title", "stories", "documents", "first_story", "first_row"]
    )
    place = Placement(
        story, event, is_base, arrays["similarity"], arrays["in_base"], arrays["base_in"], row
    )
    return place, story_table, event_table


ENTRIES = frozenset(("documents", "stories.parquet", "events.parquet", "summary.json"))
SUMMARY_KEYS = frozenset(
    ("source", "root", "documents", "stories", "events", "index", "problems", "options", "seconds")
)
PART = re.compile(r"part\.[0-9]+\.parquet")


class NotOurs(FileExistsError):
    """``write_index`` would replace a folder (or file) that is not a stories index."""


def written_index(folder: Path) -> bool:
    """Whether ``folder`` is a stories index ``write_index`` wrote, and nothing else: a real
    folder (not a link) of exactly ``ENTRIES``, ``documents/`` holding only its parts, the
    two tables regular files, and ``summary.json`` a JSON object of exactly the summary's
    keys. A folder with one more file, or a ``summary.json`` of some other program's, is not
    (it was taken for one by that file's name alone, and deleted whole)."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        entries = {e.name: e for e in os.scandir(folder)}
        if set(entries) != ENTRIES or not entries["documents"].is_dir(follow_symlinks=False):
            return False
        if not all(entries[n].is_file(follow_symlinks=False) for n in ENTRIES - {"documents"}):
            return False
        with os.scandir(folder / "documents") as parts:
            if not all(PART.fullmatch(e.name) and e.is_file(follow_symlinks=False) for e in parts):
                return False
        data = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # unreadable, not UTF-8, not JSON
        return False
    return (
        isinstance(data, dict)
        and set(data) == SUMMARY_KEYS
        and all(type(data[k]) is int for k in ("documents", "stories", "events"))
        and isinstance(data["problems"], list)
        and isinstance(data["options"], dict)
    )


def replaceable(out: Path) -> bool:
    """Whether ``write_index`` may write ``out``: a new name, an empty folder, or an index
    it wrote before; never ``.``, ``..`` or ``/`` (no name to rename aside and back)."""
    if out.name in ("", ".."):
        return False
    if not os.path.lexists(out):
        return True
    try:
        if stat.S_ISDIR(os.lstat(out).st_mode) and not any(out.iterdir()):
            return True
    except OSError:
        return False
    return written_index(out)


def summary(found: Grouping, options: StoryOptions, index: str) -> dict[str, Any]:
    """The JSON summary of a run."""
    return {
        "source": found.source.name,
        "root": found.source.root,
        "documents": found.documents,
        "stories": len(found.stories),
        "events": len(found.events),
        "index": index,
        "problems": [
            {"path": utf8_safe(str(p.path)), "reason": p.reason, "hint": p.hint}
            for p in found.problems
        ],
        "options": asdict(options),
        "seconds": found.seconds,
    }


def write_index(found: Grouping, options: StoryOptions, out: Path, client: Any) -> dict[str, Any]:
    """Write the index folder ``out``; returns the summary written with it.

    ``out`` must be new, an empty folder or an index written before (``replaceable``: else
    ``NotOurs``, asked again before the swap, as the grouping may have taken hours), and its
    folder must exist (OSError otherwise). The index is written into a fresh folder beside
    ``out``; the old index is then renamed aside, the new one renamed to ``out`` and only
    then the old one deleted, so a run that fails at any point leaves the index of before
    (or none), never half of one that the next run would refuse to write over."""
    if not out.parent.is_dir():
        raise FileNotFoundError(f"its folder {out.parent} does not exist")
    _check_replaceable(out)
    part = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    try:
        with client.as_current():
            data = _write(found, options, part, client, str(out))
        _check_replaceable(out)
        _swap(part, out)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    return data


def _check_replaceable(out: Path) -> None:
    if not replaceable(out):
        raise NotOurs(f"{out} exists and is not a stories index: not writing over it")


def _swap(new: Path, out: Path) -> None:
    """Put the folder ``new`` at ``out``: the old ``out`` (if any) renamed aside first, put
    back if the rename of ``new`` fails, and deleted once ``new`` is in place."""
    if not os.path.lexists(out):
        new.rename(out)
        return
    old = out.with_name(f".{out.name}.{os.urandom(6).hex()}.old")
    out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _write(
    found: Grouping, options: StoryOptions, out: Path, client: Any, name: str
) -> dict[str, Any]:
    import dask
    import dask.dataframe as dd

    out.mkdir(parents=True, exist_ok=True)
    place, stories, events = placement(found)
    place_f = shared(place, client)
    meta = document_rows([], [], place, found.source.root)
    docs, feats = found.handles["docs"], found.handles["feats"]
    rows = dd.from_delayed(
        [
            dask.delayed(document_rows)(d, f, place_f, found.source.root)
            for d, f in zip(docs.to_delayed(), feats.to_delayed(), strict=True)
        ],
        meta=meta,
    )
    n = found.documents
    cuts = list(range(0, n, ROWS_PER_PART))
    if cuts[-1] < n - 1 or len(cuts) == 1:
        cuts.append(n - 1)
    ordered = rows.set_index("row", divisions=cuts, drop=False, sort=True)
    ordered.to_parquet(out / "documents", write_index=False, overwrite=True)
    stories.to_parquet(out / "stories.parquet", index=False)
    events.to_parquet(out / "events.parquet", index=False)
    data = summary(found, options, name)
    (out / "summary.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return data


def document_rows(
    docs: Numbered, feats: list[Described], place: Placement, root: str
) -> pd.DataFrame:
    """The index rows of one partition's documents."""
    ids = np.array([i for i, _ in docs], np.int64)
    base = place.is_base[ids]
    return pd.DataFrame(
        {
            "doc": ids,
            "path": pd.Series([relative(d.path, root) for _, d in docs], dtype=object),
            "title": pd.Series([d.title for _, d in docs], dtype=object),
            "outlet": pd.Series([d.source for _, d in docs], dtype=object),
            "date": pd.Series([d.date for _, d in docs], dtype=object),
            "date_source": pd.Series([d.date_source for _, d in docs], dtype=object),
            "url": pd.Series([d.url for _, d in docs], dtype=object),
            "words": np.array([f.words for f in feats], np.int64),
            "story": place.story[ids],
            "event": place.event[ids],
            "is_base": base,
            "similarity": place.similarity[ids],
            "containment_in_base": place.in_base[ids],
            "base_containment": place.base_in[ids],
            "derivation": pd.Series(np.where(base, "source", ""), dtype=object),
            "row": place.row[ids],
        }
    )
