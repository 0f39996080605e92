"""The sample corpus: 000 and 001 are one Reuters story; 002-004 independent reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import load_paths
from wirediff.core.stories import Relation, StoryIndex, build_story_index


@pytest.fixture(scope="module")
def index() -> StoryIndex:
    sample = Path(__file__).resolve().parents[2] / "fixtures" / "us-iraq-troop-role"
    loaded = load_paths([sample])
    assert len(loaded.documents) == 5 and not loaded.problems
    return build_story_index(loaded.documents)


def _doc(index: StoryIndex, prefix: str) -> int:
    return next(i for i, d in enumerate(index.documents) if d.path.name.startswith(prefix))


def test_000_and_001_are_one_story_with_000_as_base(index: StoryIndex) -> None:
    story = index.story_of(_doc(index, "000"))
    assert set(story.documents) == {_doc(index, "000"), _doc(index, "001")}
    assert story.base == _doc(index, "000")
    assert story.title == "US set to formalize readjustment of troop role in Iraq"


def test_independent_reports_are_not_versions(index: StoryIndex) -> None:
    wire = index.story_of(_doc(index, "000")).id
    for prefix in ("002", "003", "004"):
        assert index.story_of(_doc(index, prefix)).id != wire
        assert index.scores(_doc(index, "000"), _doc(index, prefix)).similarity < 0.05


def test_all_five_are_one_event(index: StoryIndex) -> None:
    assert len(index.events) == 1
    assert len(index.event_documents(0)) == 5
    score = index.scores(_doc(index, "000"), _doc(index, "003"))
    assert score.relation is Relation.SAME_EVENT


def test_000_is_contained_in_001_despite_the_appended_article(index: StoryIndex) -> None:
    score = index.scores(_doc(index, "000"), _doc(index, "001"))
    assert score.a_in_b > 0.5 > score.b_in_a


def _hidden(index: StoryIndex, prefix: str) -> list[str]:
    i = _doc(index, prefix)
    return [index.documents[i].text[a:b] for a, b in index.boilerplate[i]]


def test_navigation_cruft_is_boilerplate(index: StoryIndex) -> None:
    assert "Read more:" in _hidden(index, "000")
    assert any(line.startswith("Russia’s Lukoil") for line in _hidden(index, "000"))
    assert "Subscribe" in _hidden(index, "002")
    assert "Back to top button" in _hidden(index, "003")


def test_captions_printed_twice_keep_one_copy(index: StoryIndex) -> None:
    i = _doc(index, "001")
    text = index.documents[i].text
    caption = "US soldiers wearing protective masks are seen during a handover ceremony"
    copies = text.count(caption)
    hidden = [line for line in _hidden(index, "001") if line.startswith(caption)]
    assert copies == 4 and len(hidden) == 3
    first = text.index(caption)
    assert all(a > first for a, _ in index.boilerplate[i])


def test_a_sample_of_the_event_takes_every_story_s_base_first(index: StoryIndex) -> None:
    """The heat map of an event of thousands showed its first 60 documents: versions of its
    largest story alone. A sample goes round the stories, story by story in the result."""
    everything = index.event_documents(0)
    wire = index.story_of(_doc(index, "000"))
    assert everything[:2] == wire.documents  # the largest story first, base first
    bases = tuple(index.stories[s].base for s in index.events[0].stories)
    assert index.event_sample(0, 4) == bases
    assert index.event_sample(0, 3) == bases[:3]
    assert index.event_sample(0, 5) == everything == index.event_sample(0, 60)
    assert index.event_sample(0, 0) == ()
