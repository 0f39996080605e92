"""The Parquet stories index ``wirediff stories --engine dask -o OUT`` writes.

``OUT`` is a folder (a Parquet dataset, as Dask and Spark write them):

* ``documents/part.N.parquet``: one row per document, in reading order of the grouped list
  (events by size, their stories by size, each story base first): ``doc`` (the document's
  number in the source's order), ``path`` (relative to the source's root; ``SHARD#n`` for the
  n-th record of a shard), ``title``, ``outlet``, ``date``, ``date_source``, ``url``,
  ``words``, ``story``, ``event``, ``is_base``, ``similarity``, ``containment_in_base``,
  ``base_containment``, ``derivation`` (``source`` for a base, else "" — not measured by
  this engine), ``row`` (the row's place in the list), ``sha256`` (of its text, as
  ``wirediff stories`` gives it: ``report.text_hashes``);
* ``stories.parquet``: one row per story: ``story``, ``event``, ``title``, ``base`` (its
  base's ``doc``), ``versions``, ``first_row``, ``key`` (as ``wirediff stories`` gives it:
  ``report.story_keys``, from its documents' lowest ``sha256``);
* ``events.parquet``: one row per event: ``event``, ``title``, ``stories``, ``documents``,
  ``first_story``, ``first_row``;
* ``summary.json``: the source, its root, counts, problems, options and stage times.

Nothing else: an existing folder is taken for an index written before (and replaced) only
when it holds these four entries and nothing more, ``documents/`` only ``part.N.parquet``
files and ``summary.json`` an object with the summary's keys (``place.written_index``;
``place`` says what else may be written over, and how).
``StoriesIndex`` (``reader``) pages through it without reading every row.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from wirediff.core.reading import Problem
from wirediff.core.review.identity import text_hash
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.report import KEY_CHARS, keys_of
from wirediff.core.textsafe import utf8_safe
from wirediff.scale.parts import Described, Numbered, StoryPart
from wirediff.scale.persisted import shared
from wirediff.scale.place import NotOurs, aside, check, put, where
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


def summary(found: Grouping, options: StoryOptions, index: str) -> dict[str, Any]:
    """The JSON summary of a run."""
    return {
        "source": found.source.name,
        "root": found.source.root,
        "documents": found.documents,
        "stories": len(found.stories),
        "events": len(found.events),
        "index": index,
        # (relative to the root, as the documents' paths and the JSON's: they were absolute)
        "problems": [
            {
                "path": utf8_safe(relative(p.path, found.source.root)),
                "reason": p.reason,
                "hint": p.hint,
                "code": p.code,
            }
            for p in found.problems
        ],
        "options": asdict(options),
        "seconds": found.seconds,
    }


def write_index(found: Grouping, options: StoryOptions, out: Path, client: Any) -> dict[str, Any]:
    """Write the index folder ``out``; returns the summary written with it.

    ``out`` (or where it leads, when a link: ``place.where``) must be new, an empty folder
    or an index written before (else ``NotOurs``, asked again before it is put in place, as
    the grouping may have taken hours), and its folder must exist (OSError otherwise). The
    index is written into a fresh folder beside it, then put in place (``place.put``), so a
    run that fails at any point leaves the index of before (or none), never half of one that
    the next run would refuse to write over."""
    real = where(out)
    if not real.parent.is_dir():
        raise FileNotFoundError(f"its folder {real.parent} does not exist")
    check(out)
    part = aside(real, "part")
    try:
        with client.as_current():
            data = _write(found, options, part, client, str(out))
        check(out)
        if where(out) != real:
            raise NotOurs(f"{out} was pointed elsewhere while the index was made: not writing")
        put(part, real)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    return data


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
    stories["key"] = story_keys(docs, place_f, len(stories))
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
            "sha256": pd.Series([text_hash(d.text) for _, d in docs], dtype=object),
        }
    )


def story_keys(docs: Any, place: Any, stories: int) -> list[str]:
    """Each story's ``key``, as ``wirediff stories`` gives it (``report.story_keys``): the
    JSON of this engine had none, and a nightly script could not follow its stories from one
    run to the next, nor join them with the in-process engine's (a fact-checker's
    walkthrough). The texts stay on the workers: each partition sends, per story it holds,
    its lowest text hash's first 64 bits (the key's 16 hex digits), the least of which is the
    story's."""
    import dask

    lowest = np.full(stories, np.iinfo(np.uint64).max, np.uint64)
    for story, low in dask.compute(
        *[dask.delayed(lowest_keys)(d, place) for d in docs.to_delayed()]
    ):
        np.minimum.at(lowest, story, low)
    return keys_of([f"{int(low):0{KEY_CHARS}x}"] for low in lowest)


def lowest_keys(docs: Numbered, place: Placement) -> tuple[np.ndarray, np.ndarray]:
    """The stories of one partition's documents, and per story the least first 64 bits of
    its documents' text hashes (the lowest hash's: hex digits of one length order as their
    numbers do)."""
    ids = np.array([i for i, _ in docs], np.int64)
    bits = np.array([int(text_hash(d.text)[:KEY_CHARS], 16) for _, d in docs], np.uint64)
    story = place.story[ids] if len(ids) else np.empty(0, np.int64)
    found = np.unique(story)
    low = np.full(len(found), np.iinfo(np.uint64).max, np.uint64)
    np.minimum.at(low, np.searchsorted(found, story), bits)
    return found, low
