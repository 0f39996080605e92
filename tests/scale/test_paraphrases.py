"""The paraphrase pass cut by event (``scale.paraphrases``), run here without Dask: the same
merges as ``merge_paraphrases`` over the whole folder, the run counts of the bases counted
by hash equal to ``base_phrases`` over the whole folder, and the common runs answering the
own-phrase guard as those counts do."""

from __future__ import annotations

import pickle
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

pytest.importorskip("numpy", reason="the scale extra is not installed")
pytest.importorskip("pandas", reason="the scale extra is not installed")

from tests.core.stories.helpers import Writer, doc
from tests.core.stories.test_paraphrases import _interleave
from wirediff.core.document import Document
from wirediff.core.stories import StoryOptions, build_story_index
from wirediff.core.stories.events import cluster_events, event_edges
from wirediff.core.stories.evidence import Gram, PhraseCounts, grams
from wirediff.core.stories.grouping import copy_link
from wirediff.core.stories.paraphrases import base_phrases, merge_paraphrases
from wirediff.core.stories.perdoc import lines_of
from wirediff.core.stories.rewrites import Texts
from wirediff.scale import paraphrases as PP
from wirediff.scale.parts import DocItem, Features, StoryPart

OPTIONS = StoryOptions()


def _folder() -> list[Document]:
    """Two events, each a source (an agency's, with a copy in the first), a paraphrase of
    it, and an independent report with the same names and numbers."""
    w = Writer(5)
    docs: list[Document] = []
    for e in range(2):
        topic = w.topic()
        source = w.article(topic)
        para = [w.article(topic)[0], *(_interleave(w, source[i]) for i in (1, 2, 3))]
        named = {f"source{e}": source, f"para{e}": para, f"independent{e}": w.article(topic)}
        if e == 0:
            named["copy0"] = source[:7]
        docs += [doc(f"{name}.txt", lines) for name, lines in named.items()]
    return [replace(d, source="APP") if d.name.startswith("source") else d for d in docs]


def test_merges_by_event_are_those_of_the_whole_folder() -> None:
    documents = _folder()
    before = build_story_index(documents, replace(OPTIONS, find_paraphrases=False))
    members = [sorted(s.documents) for s in before.stories]
    order = sorted(range(len(members)), key=lambda s: members[s][0])  # by first document
    members = [members[s] for s in order]
    bases = [before.stories[s].base for s in order]
    vectors = [before._vectors[s] for s in order]
    edges = event_edges(vectors, OPTIONS)
    labels = cluster_events(vectors, edges, OPTIONS)
    lines = lines_of([d.text for d in documents], OPTIONS)
    shingles = before._shingles
    texts = Texts(documents, lines, OPTIONS, copy_link(shingles))
    expected = merge_paraphrases(members, bases, labels, edges, texts, OPTIONS)
    assert expected is not None and len(expected) < len(members)  # something merged

    jobs = PP.event_jobs(members, bases, labels, edges)
    assert len(jobs) == 2 and all(j.edges for j in jobs)
    events = PP.doc_events(jobs, len(documents)).tolist()
    # each event's documents as a shuffle leaves them: pickled, in any order
    feats = [Features(i, lines[i], shingles[i], 1) for i in range(len(documents))]
    moved = [pickle.dumps(DocItem(documents[i], feats[i])) for i in reversed(range(len(events)))]
    landed = [pickle.loads(x) for x in moved]
    works = [
        PP.EventWork(j, [x for x in landed if events[x.doc] == j.event], OPTIONS) for j in jobs
    ]
    is_base = np.zeros(len(documents), bool)
    is_base[[b for j in jobs for b in j.bases]] = True
    runs = PP.base_runs(list(enumerate(documents)), feats, is_base, OPTIONS)
    whole = base_phrases(bases, labels, edges, texts)
    counted = runs["hash"].value_counts()
    assert dict(counted) == {PP.gram_hash(g): n for g, n in whole.holders.items()}
    assert counted.max() > 1  # runs held by several bases: counted across events
    limit = OPTIONS.own_max_others + 2
    common = np.sort(counted[counted > limit].index.to_numpy(np.int64))
    guard = PP.CommonRuns(common, OPTIONS.own_max_others)

    parts = [_part(s, m, b) for s, (m, b) in enumerate(zip(members, bases, strict=True))]
    found = PP.apply_merges(parts, [m for w in works for m in w.merged(guard)])
    assert [p.members for p in found] == expected
    joined = next(p for p in found if len(p.members) > 2)
    assert documents[joined.base].name == "source0.txt"


def _part(s: int, members: list[int], base: int) -> StoryPart:
    return StoryPart(members[0], f"story {s}", members, base, [], s)


def test_common_runs_answer_the_guard_as_the_counts_do() -> None:
    counts: Counter[Gram] = Counter({("a", "b", "c"): 5, ("b", "c", "d"): 4, ("c", "d", "e"): 1})
    whole = PhraseCounts(())
    whole.holders = counts
    common = np.sort(np.array([PP.gram_hash(g) for g, n in counts.items() if n > 4], np.int64))
    guard = PP.CommonRuns(common, 2)  # more than 2 others besides the pair's two: common
    cases: list[set[Gram]] = [
        {("a", "b", "c")},
        {("b", "c", "d"), ("c", "d", "e")},
        {("a", "b", "c"), ("x", "y", "z"), ("c", "d", "e")},
        set(),
    ]
    for shared in cases:
        assert guard.own_share(shared, 2) == whole.own_share(shared, 2)
    with pytest.raises(ValueError):
        guard.own_share({("a", "b", "c")}, 3)  # counted for another limit


def test_run_hashes_are_each_runs_hash() -> None:
    keys = "the minister said the minister of ایران said the москва 🙂 said".split()
    found = PP.run_hashes(keys, 3)
    assert found.tolist() == sorted({PP.gram_hash(g) for g in grams(keys, 3)})
    assert len(found) == len(grams(keys, 3))  # no two runs alike in hash
    assert PP.run_hashes(keys[:2], 3).tolist() == []


def test_jobs_keep_the_order_of_the_pairs_and_leave_other_events_out() -> None:
    members = [[0, 3], [1], [2], [4], [5]]
    labels = [0, 0, 0, 3, 3]
    edges = [(0.9, 0, 2), (0.8, 2, 3), (0.7, 3, 4), (0.6, 0, 1)]  # (2, 3): two events
    jobs = PP.event_jobs(members, [0, 1, 2, 4, 5], labels, edges)
    assert [(j.event, j.stories, j.edges) for j in jobs] == [
        (0, [0, 1, 2], [(0.9, 0, 2), (0.6, 0, 1)]),
        (3, [3, 4], [(0.7, 3, 4)]),
    ]
    assert jobs[0].members == [[0, 3], [1], [2]] and jobs[1].bases == [4, 5]
    assert PP.doc_events(jobs, 7).tolist() == [0, 0, 0, 0, 3, 3, -1]
