"""The paraphrase pass on a cluster: ``merge_paraphrases`` per event, where its documents land.

The in-process pass (``core.stories.paraphrases``) looks at the candidate pairs of stories of
one event (``events.event_edges``, strongest first) and merges two stories when one's base is
derived from the other's. Stories of two events never merge, so the pass runs on each event
alone and gives what it gives on the whole folder, but for one count that spans the archive:
its own-phrase guard asks how many stories of *every* event's candidate pairs hold each
3-word run the two bases share (``base_phrases``). So:

1. on the client, a job per event: its candidate pairs (in the in-process order) and their
   stories (``event_jobs``);
2. the documents of those stories shuffled on their event; per event an ``EventWork`` (the
   ``Texts`` of its documents, kept on the worker through the steps below);
3. the runs the bases of each candidate pair share (``shared_runs``, gathered: the only runs
   whose counts can be asked for), then in how many candidate stories' bases each of them is
   (``held``, per partition, added on the client and broadcast): exactly ``base_phrases``'
   count of every run the guard looks at;
4. per event ``merge_paraphrases`` with those counts, and each merged story's base and
   versions as the component stage finds them (``merged``).

Plain functions of plain data, no Dask (the engine wires them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from wirediff.core.stories.build import copy_link
from wirediff.core.stories.evidence import Gram, PhraseCounts
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.paraphrases import merge_paraphrases
from wirediff.core.stories.rewrites import Texts
from wirediff.scale.parts import StoryPart, by_key, story_part

Edge = tuple[float, int, int]


@dataclass(frozen=True, slots=True)
class EventJob:
    """What the pass needs of one event besides its documents (global numbers)."""

    event: int
    stories: list[int]  # the event's stories in a candidate pair, ascending
    members: list[list[int]]  # their documents
    bases: list[int]  # their bases
    edges: list[Edge]  # the event's candidate pairs of stories, in the in-process order


def event_jobs(
    members: Sequence[Sequence[int]],
    bases: Sequence[int],
    labels: Sequence[int],
    edges: Sequence[Edge],
) -> list[EventJob]:
    """A job per event with a candidate pair (``edges`` of two stories of one event)."""
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

    def __init__(self, job: EventJob, docs: list[tuple[Any, ...]], options: StoryOptions):
        docs = sorted(docs, key=lambda d: int(d[0]))  # ("doc" items: id, doc, lines, shingles)
        self.job = job
        self.options = options
        self.ids: list[int] = [int(d[0]) for d in docs]
        local = {g: i for i, g in enumerate(self.ids)}
        self.documents = [d[1] for d in docs]
        self.shingles = [d[3] for d in docs]
        lines = [d[2] for d in docs]
        self.texts = Texts(self.documents, lines, options, copy_link(self.shingles))
        self.stories = [[local[d] for d in m] for m in job.members]
        self.bases = [local[b] for b in job.bases]
        place = {s: i for i, s in enumerate(job.stories)}
        self.edges = [(score, place[s], place[t]) for score, s, t in job.edges]

    def shared_runs(self) -> set[Gram]:
        """The 3-word runs the bases of a candidate pair share (a superset of those the
        own-phrase guard looks at)."""
        grams, bases = self.texts.grams, self.bases
        out: set[Gram] = set()
        for _, s, t in self.edges:
            out |= grams(bases[s]) & grams(bases[t])
        return out

    def held(self, wanted: set[Gram]) -> Counter[Gram]:
        """In how many of this event's candidate stories' bases each ``wanted`` run is."""
        counts: Counter[Gram] = Counter()
        for base in self.bases:
            counts.update(self.texts.grams(base) & wanted)
        return counts

    def merged(self, counts: PhraseCounts) -> list[tuple[list[int], StoryPart]]:
        """The stories that merged (global story numbers) and what they became, with the
        own-phrase ``counts`` of the whole archive."""
        labels = [0] * len(self.stories)
        found = merge_paraphrases(
            self.stories, self.bases, labels, self.edges, self.texts, self.options, None, counts
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


def phrase_counts(holders: Counter[Gram]) -> PhraseCounts:
    """``PhraseCounts`` over counts made elsewhere: ``holders`` itself, not a copy (it holds
    every shared run of the archive, and is only read)."""
    counts = PhraseCounts(())
    counts.holders = holders
    return counts


def prepare(frame: pd.DataFrame, options: StoryOptions) -> list[EventWork]:
    """The ``EventWork`` of every event in a partition shuffled on the event."""
    out = []
    for _event, items in by_key(frame):
        jobs = [x[1] for x in items if x[0] == "job"]
        docs = [x[1:] for x in items if x[0] == "doc"]
        out.append(EventWork(jobs[0], docs, options))
    return out


def shared_runs(works: list[EventWork]) -> set[Gram]:
    return set().union(*(w.shared_runs() for w in works))


def held(works: list[EventWork], wanted: set[Gram]) -> Counter[Gram]:
    counts: Counter[Gram] = Counter()
    for w in works:
        counts.update(w.held(wanted))
    return counts


def merged(works: list[EventWork], holders: Counter[Gram]) -> list[tuple[list[int], StoryPart]]:
    """Every event's merges, with one ``PhraseCounts`` over the archive's counts for all of
    them (a copy per event made the stage quadratic: the counts grow with the archive, and
    so does the number of events)."""
    counts = phrase_counts(holders)
    return [m for w in works for m in w.merged(counts)]


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
