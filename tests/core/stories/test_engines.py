"""The fast paths give what the reference path gives: same stories, bases, versions, events."""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirediff.core.reading import load_paths
from wirediff.core.stories import StoryIndex, build_story_index, perdoc
from wirediff.core.stories.build import build_reference, numpy_available
from wirediff.core.stories.candidates import shared_counts
from wirediff.core.stories.events import cosine
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.synth import generate

np = pytest.importorskip("numpy", reason="the vectorized path needs NumPy (the fast extra)")
from wirediff.core.stories import vectorized  # noqa: E402

DEVDATA = Path(__file__).resolve().parents[3].parent / "shared" / "devdata"


def shape(index: StoryIndex) -> list[object]:
    """Everything the grouping decides: events, their stories, versions and scores."""
    return [
        (
            e.title,
            [
                (
                    index.stories[s].title,
                    [tuple(v.__getstate__()) for v in index.stories[s].versions],
                )
                for s in e.stories
            ],
        )
        for e in index.events
    ] + [index.boilerplate, index.words]


def test_vectorized_and_reference_agree_on_a_generated_folder() -> None:
    documents = generate(1_200, seed=7).documents
    assert shape(build_story_index(documents)) == shape(build_reference(documents))


def test_sampled_index_agrees_too() -> None:
    """Past ``full_index_max_docs`` only a sample of shingles is indexed."""
    documents = generate(800, seed=8).documents
    options = StoryOptions(full_index_max_docs=300)
    assert shape(build_story_index(documents, options)) == shape(
        build_reference(documents, options)
    )


def test_without_numpy_the_pure_python_path_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop app ships without NumPy: grouping falls back, with the same result."""
    documents = generate(200, seed=10).documents
    with_numpy = shape(build_story_index(documents))
    monkeypatch.setitem(sys.modules, "numpy", None)  # import numpy now raises ImportError
    assert not numpy_available()
    assert shape(build_story_index(documents)) == with_numpy


def test_process_pool_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(perdoc, "POOL_MIN_DOCS", 10)
    documents = generate(300, seed=9).documents
    steps: list[str] = []
    found = build_story_index(documents, workers=2, on_progress=lambda s, d, t: steps.append(s))
    assert shape(found) == shape(build_reference(documents))
    assert {"lines", "shingles", "events"} <= set(steps)


@pytest.mark.parametrize(("name", "every"), [("wiki-versions", 3), ("counter", 2)])
def test_devdata_groups_the_same(name: str, every: int) -> None:
    """Real text, a share of each corpus (every third or second file, by name): the whole
    of both took 90 s of the suite, and any part of them tests the two engines alike."""
    folder = DEVDATA / name / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (../shared/devdata)")
    documents = load_paths(sorted(folder.iterdir())[::every]).documents
    assert len(documents) > 300
    assert shape(build_story_index(documents)) == shape(build_reference(documents))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), min_size=0, max_size=40), st.integers(1, 7))
def test_tuple_hashes_are_python_hashes(ids: list[int], k: int) -> None:
    got = vectorized.tuple_hashes(np.array(ids, np.uint64), k).tolist()
    assert got == [hash(tuple(ids[i : i + k])) for i in range(len(ids) - k + 1)]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 30), max_size=12, unique=True), min_size=1, max_size=40),
    st.integers(2, 6),
    st.integers(1, 3),
    st.integers(0, 2),
)
def test_pair_counts_are_the_index_counts(
    docs: list[list[int]], all_pairs: int, window: int, common: int
) -> None:
    """Lists of up to 9 documents are windowed, longer ones (in more than 9 of up to 40
    documents: "too common") chained with ``common`` neighbours."""
    options = StoryOptions(
        all_pairs_max_df=all_pairs,
        window_pairs=window,
        max_df_min_docs=9,
        common_window_pairs=common,
    )
    sampled = [array("q", d) for d in docs]
    expected = shared_counts(sampled, options)
    keys = np.array([h for d in docs for h in d], np.int64)
    owners = np.array([i for i, d in enumerate(docs) for _ in d], np.int64)
    a, b, n = vectorized.count_pairs(keys, owners, all_pairs, window, 9, common, batch=7)
    assert dict(zip(zip(a.tolist(), b.tolist(), strict=True), n.tolist(), strict=True)) == expected


def test_term_pairs_are_the_event_candidates() -> None:
    vectors = [{f"t{(i * 7 + j) % 23}": 1.0 for j in range(5)} for i in range(60)]
    expected: Counter[tuple[int, int]] = Counter()
    postings: dict[str, list[int]] = {}
    for s, v in enumerate(vectors):
        for t in list(v)[:3]:
            postings.setdefault(t, []).append(s)
    for stories in postings.values():
        if 1 < len(stories) <= 8:
            expected.update(combinations(stories, 2))
    assert dict(vectorized.term_pairs(vectors, 3, 8)) == expected
    twice = {pair: n for pair, n in expected.items() if n >= 2}
    assert dict(vectorized.term_pairs(vectors, 3, 8, min_shared=2)) == twice  # by blocks


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 30), max_size=12, unique=True), min_size=1, max_size=40),
    st.integers(1, 5),
    st.integers(1, 3),
)
def test_pair_counts_by_blocks_are_the_same(docs: list[list[int]], blocks: int, least: int) -> None:
    """Counting a range of first documents at a time keeps the pairs sharing ``least``."""
    keys = np.array([h for d in docs for h in d], np.int64)
    owners = np.array([i for i, d in enumerate(docs) for _ in d], np.int64)
    a, b, n = vectorized.count_pairs(keys, owners, 4, 2, 9, 1, batch=7)
    counted = zip(a.tolist(), b.tolist(), n.tolist(), strict=True)
    expected = {(x, y): c for x, y, c in counted if c >= least}
    order = np.argsort(keys, kind="stable")
    windows = vectorized._Windows(4, 2, 9, 1)
    got = vectorized._count_sorted(keys[order], owners[order], windows, 7, blocks, least)
    pairs = zip(got[0].tolist(), got[1].tolist(), got[2].tolist(), strict=True)
    assert {(x, y): c for x, y, c in pairs} == expected


def test_cosine_adds_in_the_shorter_vectors_order() -> None:
    a = {"x": 0.1, "y": 0.7, "z": 0.2}
    b = {"z": 0.3, "x": 0.5, "w": 0.9, "v": 0.1}
    assert cosine(a, b) == 0.1 * 0.5 + 0.2 * 0.3 == cosine(b, a)
    assert cosine(a, {}) == 0


words = st.sampled_from([f"w{i}" for i in range(90)])


@settings(max_examples=100, deadline=None)
@given(
    st.integers(1, 10).flatmap(
        lambda k: st.tuples(
            st.just(k),
            st.lists(st.lists(st.sets(st.tuples(*[words] * k), max_size=8), max_size=3)),
            st.sets(st.tuples(*[words] * k), max_size=10),
        )
    ),
    st.integers(0, 3),
)
def test_compact_phrase_counts_are_the_counter(
    case: tuple[int, list[list[set[tuple[str, ...]]]], set[tuple[str, ...]]], others: int
) -> None:
    """The NumPy table of the fast path (a code per run; a Counter again when the words do
    not fit the code, as with 10-word runs here) answers as the Counter does."""
    from wirediff.core.stories.evidence import PhraseCounts

    _k, groups, shared = case
    shared |= {g for group in groups for runs in group for g in list(runs)[:2]}
    plain = PhraseCounts(groups)
    compact = PhraseCounts(groups, compact=True)
    assert compact.own_share(shared, others) == plain.own_share(shared, others)
