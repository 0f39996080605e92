"""The development pairs of ``bench_align.py``, read in place from ``../shared/devdata``.

* ``bible_pairs``: every chapter in every pair of translations (KJV, ASV, WEB, YLT), with the
  verse of each character on both sides (-1 outside every verse); optionally with the right
  side's paragraphs shuffled (seeded), the verses following their paragraphs.
* ``counter_pairs``: each derived Urdu newspaper text against its agency source, for the
  pairs labelled WD (wholly derived) or PD (partially derived).
* ``wiki_pairs``: each Wikipedia revision against the one before it.

Nothing is copied: the files are read where they are.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations, pairwise
from pathlib import Path

TRANSLATIONS = ("KJV", "ASV", "WEB", "YLT")


@dataclass(frozen=True)
class Pair:
    """Two texts to compare, named for the report."""

    group: str  # what the pair is counted under (a translation pair, WD, PD, "revisions")
    name: str
    left: str
    right: str


@dataclass(frozen=True)
class VersePair(Pair):
    """A pair of translations of one chapter, with each character's verse (-1: none)."""

    left_verses: list[int]
    right_verses: list[int]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _verse_map(length: int, offsets: list[dict[str, int]]) -> list[int]:
    verses = [-1] * length
    for v in offsets:
        verses[v["start"] : v["end"]] = [v["verse"]] * (v["end"] - v["start"])
    return verses


def _shuffled(text: str, verses: list[int], rng: random.Random) -> tuple[str, list[int]]:
    """The text with its paragraphs (blocks between blank lines) in a shuffled order."""
    spans = []
    start = 0
    while start < len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            spans.append((start, end))
        start = end + 2
    order = list(spans)
    while len(order) > 1 and order == spans:
        rng.shuffle(order)
    out_text: list[str] = []
    out_verses: list[int] = []
    for k, (a, b) in enumerate(order):
        if k:
            out_text.append("\n\n")
            out_verses.extend([-1, -1])
        out_text.append(text[a:b])
        out_verses.extend(verses[a:b])
    out_text.append("\n")
    out_verses.append(-1)
    return "".join(out_text), out_verses


def bible_pairs(devdata: Path, shuffle: bool = False, seed: int = 10) -> Iterator[VersePair]:
    """Every chapter in every pair of translations, older translation on the left."""
    truth = json.loads(_read(devdata / "bible" / "ground_truth.json"))
    rng = random.Random(seed)
    for story in truth["stories"]:
        files = {f["translation"]: f for f in story["files"]}
        for a, b in combinations(TRANSLATIONS, 2):
            if a not in files or b not in files:
                continue
            texts = []
            maps = []
            for t in (a, b):
                text = _read(devdata / "bible" / "articles" / files[t]["file"])
                texts.append(text)
                maps.append(_verse_map(len(text), files[t]["verse_offsets"]))
            if shuffle:
                texts[1], maps[1] = _shuffled(texts[1], maps[1], rng)
            yield VersePair(f"{a}-{b}", story["story_id"], texts[0], texts[1], maps[0], maps[1])


def counter_pairs(devdata: Path) -> Iterator[Pair]:
    """Each WD or PD newspaper text (right) against its agency source (left)."""
    folder = devdata / "counter"
    with (folder / "ground_truth.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if row["role"] == "derived" and row["classification"] in ("WD", "PD"):
            source = _read(folder / "articles" / row["derived_from_file"])
            derived = _read(folder / "articles" / row["file"])
            yield Pair(f"counter {row['classification']}", row["file"], source, derived)


def wiki_pairs(devdata: Path, every: int = 1) -> Iterator[Pair]:
    """Each revision (right) against the one before it (left); ``every``: one pair in N."""
    folder = devdata / "wiki-versions"
    truth = json.loads(_read(folder / "ground_truth.json"))
    k = 0
    for article in truth["articles"]:
        files = article["versions_oldest_first"]
        for older, newer in pairwise(files):
            k += 1
            if (k - 1) % every:
                continue
            yield Pair(
                "wiki-versions",
                newer,
                _read(folder / "articles" / older),
                _read(folder / "articles" / newer),
            )
