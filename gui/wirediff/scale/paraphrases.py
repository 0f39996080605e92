"""The paraphrase pass on a cluster: ``merge_paraphrases`` per event, where its documents land.

The in-process pass (``core.stories.paraphrases``) looks at the candidate pairs of stories of
one event (``events.event_edges``, strongest first) and merges two stories when one's base is
derived from the other's. Stories of two events never merge, so the pass runs on each event
alone and gives what it gives on the whole folder, but for one count that spans the archive:
its own-phrase guard asks how many stories of *every* event's candidate pairs hold each
3-word run the two bases share (``base_phrases``), and only whether that is more than
``own_max_others + 2``. So:

1. on the client, a job per event: its candidate pairs (in the in-process order) and their
   stories (``event_jobs``);
2. per partition of the archive, the distinct 3-word runs of each candidate story's base as
   64-bit hashes (``base_runs``); counted by a shuffle on the hash, the runs held by more
   than ``own_max_others + 2`` bases are the *common* runs: a sorted array broadcast to the
   workers (a phrase of the language or of a beat's template; few beside every run);
3. the documents of those stories shuffled on their event; per event ``merge_paraphrases``
   with a ``CommonRuns`` for its guard (the same answers as ``base_phrases``: a shared run
   is the pair's own unless it is common), and each merged story's base and versions as the
   component stage finds them (``merged_part``).

Nothing that grows with the archive's runs goes through the client. Plain functions of
plain data, no Dask (the engine wires them).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter

import numpy as np
import pandas as pd

from wirediff.core.stories.evidence import Gram, PhraseCounts, word_keys_of
from wirediff.core.stories.grouping import copy_link
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.paraphrases import merge_paraphrases
from wirediff.core.stories.rewrites import Texts, own_text
from wirediff.scale.parts import (
    Described,
    DocItem,
    Numbered,
    StoryPart,
    by_key,
    features,
    in_sorted,
    keyed_docs,
    keyed_frame,
    landed_docs,
    story_part,
)

Edge = tuple[float, int, int]


@dataclass(frozen=True, slots=True)
class EventJob:
    """What the pass needs of one event besides its documents (global numbers)."""

    event: int
    stories: list[int]  # the event's stories in a candidate pair, ascending
    members: list[list[int]]  # their documents
    bases: list[int]  # their bases
    edges: list[Edge]  # the event's candidate pairs of stories, in the in-process order
    named: list[list[int]]  # its stories to join first, named alike (``names``)


def event_jobs(
    members: Sequence[Sequence[int]],
    bases: Sequence[int],
    labels: Sequence[int],
    edges: Sequence[Edge],
    named: Sequence[Sequence[int]] = (),
) -> list[EventJob]:
    """A job per event with a candidate pair (``edges`` of two stories of one event), with
    the ``named`` stories of that event (``names.named_together``: each of one event; a
    story of an event of several is in one of its candidate pairs)."""
    per_event: dict[int, list[Edge]] = {}
    for edge in edges:
        _, s, t = edge
        if labels[s] == labels[t]:
            per_event.setdefault(labels[s], []).append(edge)
    jobs = []
    for event, found in sorted(per_event.items()):
        stories = sorted({x for _, s, t in found for x in (s, t)})
        jobs.append(
            EventJob(
                event,
                stories,
                [list(members[s]) for s in stories],
                [bases[s] for s in stories],
                found,
                [list(t) for t in named if labels[t[0]] == event],
            )
        )
    return jobs


def doc_events(jobs: Iterable[EventJob], documents: int) -> np.ndarray:
    """Per document, the event whose pass needs it; -1 for the others."""
    out = np.full(documents, -1, np.int64)
    for job in jobs:
        for docs in job.members:
            out[docs] = job.event
    return out


class EventWork:
    """One event's pass, on the worker its documents landed on (local numbers: global
    order kept, so every tie and every pair's order is the one of in-process)."""

    def __init__(self, job: EventJob, docs: list[DocItem], options: StoryOptions):
        docs = sorted(docs, key=attrgetter("doc"))
        self.job = job
        self.options = options
        self.ids: list[int] = [d.doc for d in docs]
        local = {g: i for i, g in enumerate(self.ids)}
        self.documents = [d.document for d in docs]
        self.shingles = [d.features.shingles for d in docs]
        lines = [d.features.lines for d in docs]
        self.texts = Texts(
            self.documents, lines, options, copy_link(self.shingles), shingles=self.shingles
        )
        self.stories = [[local[d] for d in m] for m in job.members]
        self.bases = [local[b] for b in job.bases]
        place = {s: i for i, s in enumerate(job.stories)}
        self.edges = [(score, place[s], place[t]) for score, s, t in job.edges]
        self.named = [[place[s] for s in together] for together in job.named]

    def merged(self, counts: PhraseCounts) -> list[tuple[list[int], StoryPart]]:
        """The stories that merged (global story numbers) and what they became, with the
        own-phrase ``counts`` of the whole archive."""
        labels = [0] * len(self.stories)
        found = merge_paraphrases(
            self.stories,
            self.bases,
            labels,
            self.edges,
            self.texts,
            self.options,
            None,
            counts,
            self.named,
        )
        if found is None:
            return []
        story_of = {d: i for i, docs in enumerate(self.stories) for d in docs}
        out = []
        for docs in found:
            joined = sorted({story_of[d] for d in docs})
            if len(joined) > 1:
                part = story_part(docs, self.ids, self.shingles, self.documents, self.options)
                out.append(([self.job.stories[s] for s in joined], part))
        return out


def prepare(frame: pd.DataFrame, options: StoryOptions) -> Iterator[EventWork]:
    """The ``EventWork`` of each event in a partition shuffled on the event, one at a time
    (an event's texts, words and runs are let go before the next is made)."""
    for _event, items in by_key(frame):
        jobs = [x[1] for x in items if x[0] == "job"]
        yield EventWork(jobs[0], landed_docs(items), options)


def merged_part(
    frame: pd.DataFrame, options: StoryOptions, common: np.ndarray
) -> list[tuple[list[int], StoryPart]]:
    """Every event's merges in a partition shuffled on the event, with one ``CommonRuns``
    for all of them."""
    counts = CommonRuns(common, options.own_max_others)
    return [m for w in prepare(frame, options) for m in w.merged(counts)]


# 64-bit hashes of runs of words, the same in every process: each word's from BLAKE2b, a
# run's from its words' (FNV-1a over 64-bit words). Two runs with one hash would make one
# count of two: at 2^-64 a pair, never over an archive's millions of runs.
_MASK = (1 << 64) - 1
_OFFSET = 0xCBF29CE484222325
_PRIME = 0x100000001B3


def word_hash(word: str) -> int:
    data = hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(data, "little")


def gram_hash(gram: Gram) -> int:
    """A run's hash as a signed 64-bit integer (as ``run_hashes`` gives it)."""
    h = _OFFSET
    for word in gram:
        h = ((h ^ word_hash(word)) * _PRIME) & _MASK
    return h - (1 << 64) if h >> 63 else h


def run_hashes(keys: Sequence[str], k: int) -> np.ndarray:
    """The distinct hashes of the ``k``-word runs of ``keys`` (``gram_hash`` of each), sorted."""
    if len(keys) < k:
        return np.empty(0, np.int64)
    vocab: dict[str, int] = {}
    ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in keys), np.int64, len(keys))
    words = np.fromiter(map(word_hash, vocab), np.uint64, len(vocab))[ids]
    h = np.full(len(keys) - k + 1, _OFFSET, np.uint64)
    prime = np.uint64(_PRIME)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = (h ^ words[j : len(keys) - k + 1 + j]) * prime
    return np.unique(h.view(np.int64))


def base_runs(
    docs: Numbered, feats: list[Described], is_base: np.ndarray, options: StoryOptions
) -> pd.DataFrame:
    """The distinct run hashes of each candidate story's base in a partition (``is_base``
    per document), one row per (base, run): how many bases hold a run is its count."""
    found = [
        run_hashes(word_keys_of(own_text(d.text, f.lines)), options.run_min_words)
        for (i, d), f in zip(docs, feats, strict=True)
        if is_base[i]
    ]
    flat = np.concatenate(found) if found else np.empty(0, np.int64)
    return pd.DataFrame({"hash": flat})


def event_docs(
    docs: Numbered,
    feats: list[Described],
    events: np.ndarray,
    frequent: np.ndarray,
    rate: int,
    options: StoryOptions,
) -> pd.DataFrame:
    """The documents of the candidate stories (``events`` per document, -1 for the others)
    keyed by their event, with their shingles made again as ``features`` made them."""
    picked = [(x, f.lines) for x, f in zip(docs, feats, strict=True) if events[x[0]] >= 0]
    numbered = [x for x, _ in picked]
    found = features(numbered, [lines for _, lines in picked], frequent, options, rate)
    return keyed_frame(keyed_docs(numbered, found, events))


class CommonRuns(PhraseCounts):
    """``PhraseCounts`` that knows only which runs are held by more than ``max_others + 2``
    bases (``common``: sorted hashes), all its guard asks."""

    def __init__(self, common: np.ndarray, max_others: int) -> None:
        super().__init__(())
        self.common = common
        self.max_others = max_others

    def own_share(self, shared: set[Gram], max_others: int) -> float:
        if max_others != self.max_others:
            raise ValueError("common runs were counted for another own_max_others")
        if not shared:
            return 0.0
        hashes = np.fromiter(map(gram_hash, shared), np.int64, len(shared))
        return float(np.count_nonzero(~in_sorted(hashes, self.common))) / len(shared)


def apply_merges(
    stories: list[StoryPart], merges: Iterable[tuple[list[int], StoryPart]]
) -> list[StoryPart]:
    """The stories with the merged ones replaced by what they became, by first document
    (as in-process lists them after the pass)."""
    gone: set[int] = set()
    new: list[StoryPart] = []
    for joined, part in merges:
        gone.update(joined)
        new.append(part)
    kept = [s for i, s in enumerate(stories) if i not in gone]
    return sorted(kept + new, key=lambda s: s.first)
