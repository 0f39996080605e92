"""A generated stories index of any size, written in seconds, for the app's tests and benchmarks.

Running the Dask engine over 200,000 files takes many minutes; the app only needs what the
engine writes. This lays the stories out with the engine's own ``index.placement`` (the same
numbering and tables) and writes the Parquet files as ``index.write_index`` does: one
``documents/part.N.parquet`` of ``ROWS_PER_PART`` rows per part (one row group, as Dask writes
them), ``stories.parquet``, ``events.parquet`` and ``summary.json``. Only the first
``texts`` documents of the list get a file under ``root``: the others exist in the index
alone, and reading one is an error, which is how a test sees that it was never read.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from wirediff.core.stories.options import StoryOptions
from wirediff.scale.index import ROWS_PER_PART, Grouping, placement, summary
from wirediff.scale.parts import StoryPart
from wirediff.scale.sources import Source

OUTLETS = ("Reuters", "AP", "AFP", "Al Jazeera", "Arab News", "Dawn", "The Hindu", "BBC")
WORDS = (
    "minister talks border troops agreement officials said on Tuesday the government "
    "would withdraw its forces after months of negotiation with regional partners"
).split()


def _story_sizes(documents: int, rng: random.Random) -> list[list[int]]:
    """Events as lists of story sizes, ``documents`` in all: most articles alone, some
    stories of 2-8 versions, some events of 2-4 stories."""
    events: list[list[int]] = []
    left = documents
    while left > 0:
        roll = rng.random()
        if roll < 0.55:
            sizes = [1]
        elif roll < 0.85:
            sizes = [rng.randint(2, 8)]
        else:
            sizes = [rng.randint(1, 6) for _ in range(rng.randint(2, 4))]
        sizes = [min(s, left) for s in sizes]
        sizes = [s for s in sizes if s > 0][: max(1, left)]
        while sum(sizes) > left:
            sizes.pop()
        events.append(sizes)
        left -= sum(sizes)
    return events


def _text(story: int, version: int) -> str:
    """A few paragraphs of a story; each version changes some words and cuts one."""
    rng = random.Random(story * 7919 + 1)
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."
        for _ in range(6)
    ]
    if version:
        edit = random.Random(story * 31 + version)
        paragraphs.pop(edit.randrange(len(paragraphs)))
        words = paragraphs[0].split()
        words[edit.randrange(len(words))] = f"version{version}"
        paragraphs[0] = " ".join(words)
    return "\n\n".join(paragraphs) + "\n"


def write_index(out: Path, documents: int, root: Path, texts: int = 0, seed: int = 14) -> int:
    """Write a stories index of ``documents`` generated documents to ``out``, and the text
    files of the first ``texts`` rows of its list under ``root``; returns the event count."""
    rng = random.Random(seed)
    stories: list[StoryPart] = []
    events: list[list[int]] = []
    doc = 0
    for sizes in _story_sizes(documents, rng):
        group = []
        for size in sizes:
            members = list(range(doc, doc + size))
            versions = [(members[0], 1.0, 1.0, 1.0)] + [
                (d, round(rng.uniform(0.5, 0.99), 3), 0.9, 0.8) for d in members[1:]
            ]
            title = f"Story {len(stories)}: {rng.choice(WORDS)} {rng.choice(WORDS)}"
            stories.append(StoryPart(doc, title, members, members[0], versions, doc))
            group.append(len(stories) - 1)
            doc += size
        events.append(group)
    source = Source("generated", str(root), ())
    found = Grouping(source, documents, stories, events, [], {}, {})
    place, story_table, event_table = placement(found)
    order = np.argsort(place.row)  # documents in list order
    ids = np.arange(documents, dtype=np.int64)[order]
    version = np.zeros(documents, np.int64)
    for part in stories:
        for n, (d, *_rest) in enumerate(part.versions):
            version[d] = n
    days = (ids * 37) % 28 + 1
    table = pd.DataFrame(
        {
            "doc": ids,
            "path": pd.Series([f"{d // 1000:04d}/{d:07d}.txt" for d in ids], dtype=object),
            "title": pd.Series(story_table["title"].to_numpy()[place.story[ids]], dtype=object),
            "outlet": pd.Series([OUTLETS[d % len(OUTLETS)] for d in ids], dtype=object),
            "date": pd.Series([f"2021-07-{day:02d}" for day in days], dtype=object),
            "date_source": pd.Series(["metadata"] * documents, dtype=object),
            "url": pd.Series([""] * documents, dtype=object),
            "words": (ids % 400 + 80).astype(np.int64),
            "story": place.story[ids],
            "event": place.event[ids],
            "is_base": place.is_base[ids],
            "similarity": place.similarity[ids],
            "containment_in_base": place.in_base[ids],
            "base_containment": place.base_in[ids],
            "derivation": pd.Series(np.where(place.is_base[ids], "source", ""), dtype=object),
            "row": place.row[ids],
        }
    )
    (out / "documents").mkdir(parents=True, exist_ok=True)
    for n, start in enumerate(range(0, documents, ROWS_PER_PART)):
        part = pa.Table.from_pandas(table.iloc[start : start + ROWS_PER_PART], preserve_index=False)
        pq.write_table(part, out / "documents" / f"part.{n}.parquet", row_group_size=ROWS_PER_PART)
    story_table.to_parquet(out / "stories.parquet", index=False)
    event_table.to_parquet(out / "events.parquet", index=False)
    data = summary(found, StoryOptions(), str(out))
    (out / "summary.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    for row in range(min(texts, documents)):
        d = int(ids[row])
        path = root / table["path"].iloc[row]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_text(int(place.story[d]), int(version[d])), encoding="utf-8")
    return len(events)
