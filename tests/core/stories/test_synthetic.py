"""A generated day of news (wirediff.core.stories.synth): grouping quality on 1,500 articles."""

from __future__ import annotations

import pytest

from wirediff.core.stories import StoryIndex, build_story_index
from wirediff.core.stories.synth import SynthCorpus, generate, pair_precision_recall


@pytest.fixture(scope="module")
def run() -> tuple[SynthCorpus, StoryIndex]:
    corpus = generate(1500, seed=11)
    return corpus, build_story_index(corpus.documents)


def test_generator_is_deterministic() -> None:
    a, b = generate(60, seed=5), generate(60, seed=5)
    assert [d.text for d in a.documents] == [d.text for d in b.documents]
    assert a.story == b.story and a.event == b.event
    assert [d.text for d in generate(60, seed=6).documents] != [d.text for d in a.documents]


def test_same_story_pairs(run: tuple[SynthCorpus, StoryIndex]) -> None:
    corpus, index = run
    found = [index.story_of(d).id for d in range(len(corpus.documents))]
    precision, recall = pair_precision_recall(corpus.story, found)
    assert precision >= 0.95 and recall >= 0.95


def test_same_event_pairs(run: tuple[SynthCorpus, StoryIndex]) -> None:
    corpus, index = run
    found = [index.story_of(d).event for d in range(len(corpus.documents))]
    precision, recall = pair_precision_recall(corpus.event, found)
    assert precision >= 0.9 and recall >= 0.9


def test_bases_have_the_original_text(run: tuple[SynthCorpus, StoryIndex]) -> None:
    corpus, index = run
    multi = [s for s in index.stories if len(s.versions) >= 3]
    right = [
        s
        for s in multi
        if corpus.story[s.base] in corpus.original  # the last story may be cut short
        and index.scores(s.base, corpus.original[corpus.story[s.base]]).similarity >= 0.99
    ]
    assert len(multi) > 50 and len(right) >= 0.9 * len(multi)
