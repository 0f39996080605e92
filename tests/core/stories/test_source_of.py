"""``source_of``: the text one version's level is measured against (the stories'
``derived_from``), asked of one version as the app's "Compare with the version it was made
from" asks it — the same text ``version_sources`` gives for the whole story."""

from __future__ import annotations

import random
from array import array
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wirediff.core.document import Document
from wirediff.core.reading import load_paths
from wirediff.core.stories import (
    Event,
    Story,
    StoryIndex,
    StoryOptions,
    Version,
    build_story_index,
    source_named,
    source_of,
)
from wirediff.core.stories.features import Shingles
from wirediff.core.stories.relation import Sources, every_derivation, version_sources
from wirediff.core.stories.report import to_data

FOLDER = Path(__file__).resolve().parents[2] / "fixtures" / "takes-rewrite"


def test_a_papers_rewrite_was_made_from_the_take_it_holds_most_of() -> None:
    documents = load_paths(sorted(FOLDER.glob("*.txt"))).documents
    index = build_story_index(documents)
    (story,) = index.stories
    named = {d.path.stem: i for i, d in enumerate(index.documents)}
    paper, update = named["gazette_quake_2025-11-18"], named["reuters_20251117_2305"]
    assert story.base == named["reuters_20251117_2210"]
    assert source_of(index, story.base) is None  # made from none of its versions
    assert {d: source_of(index, d) for d in story.documents[1:]} == version_sources(index, 0)
    assert source_of(index, paper) == update
    assert source_of(index, named["reuters_20251118_0140"]) == story.base  # (an agency's own)
    assert source_named(index, update, paper) == "Reuters' story of 2025-11-17 23:05"
    data = to_data(index, FOLDER, derived=every_derivation(index))  # (the CLI's JSON)
    (paper_row,) = [v for v in data["stories"][0]["documents"] if v["path"].startswith("gazette")]
    assert paper_row["derived_from"] == "reuters_20251117_2305.txt"
    # A base the user chose is what every version is measured against.
    chosen = index.with_base(0, named["reuters_20251118_0140"])
    assert source_of(chosen, paper) == named["reuters_20251118_0140"]


def one_story(shingles: list[set[int]], agencies: list[bool], chosen: bool = False) -> StoryIndex:
    """One story of these documents' shingles, the first its base; a document is an
    agency's (Reuters') or a paper's."""
    n = len(shingles)
    docs = tuple(
        Document(Path(f"{i}.txt"), "text", f"t{i}", "Reuters" if agency else "Gazette")
        for i, agency in enumerate(agencies)
    )
    story = Story(0, "t", 0, tuple(Version(i, 1.0, 1.0, 1.0) for i in range(n)), chosen)
    sets = [Shingles(array("q", sorted(s)), array("q"), len(s), array("q")) for s in shingles]
    return StoryIndex(
        docs, (story,), (Event(0, "t", (0,)),), ((),) * n, (1,) * n, StoryOptions(),
        (0,) * n, sets, [{}],
    )  # fmt: skip


# Texts near one another (a wire feed's takes: the base's shingles, a few cut, a few added)
# and far from it (weighed whole), with ties (copies of one text).
_SHINGLES = st.sets(st.integers(0, 60), max_size=40)


@given(
    st.lists(st.tuples(_SHINGLES, _SHINGLES, st.booleans()), min_size=1, max_size=12),
    st.booleans(),
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_sources_answer_as_source_of(
    docs: list[tuple[set[int], set[int], bool]], near: bool, chosen: bool
) -> None:
    """``Sources`` (each story's candidates indexed once: the base's shingles, each agency's
    text's differences from it) answers what ``source_of`` does, for every document."""
    base = docs[0][0]
    shingles = [(base - cut) | added if near else cut for cut, added, _a in docs]
    index = one_story(shingles, [agency for _c, _a, agency in docs], chosen)
    sources = Sources(index)
    for doc in range(len(docs)):
        assert sources(doc) == source_of(index, doc), doc


def test_a_wire_feeds_story_is_indexed_once_and_weighed_quickly() -> None:
    """A story of 300 takes and 100 papers' versions: its candidates indexed on the first
    version asked of (``quick`` is False before), then every version weighed by a few
    small intersections (``quick``), with the answers ``source_of`` gives."""
    rng = random.Random(7)
    base = set(range(2000))
    shingles = [base]
    for _ in range(399):  # (each take and each paper cuts a few and adds a few)
        cut = set(rng.sample(sorted(base), 30))
        shingles.append((base - cut) | {rng.randrange(10**9) for _ in range(30)})
    index = one_story(shingles, [i < 300 for i in range(400)])
    sources = Sources(index)
    assert sources.quick(0) and sources.quick(5)  # (a base, an agency's take: the base)
    assert not sources.quick(350)  # (a paper's version: its story not indexed yet)
    papers = range(300, 400)
    assert [sources(d) for d in papers] == [source_of(index, d) for d in papers]
    assert sources.quick(350)
    assert sources(5) == 0 and sources(0) is None


def test_a_small_storys_version_is_quick_before_its_takes_are_indexed() -> None:
    """Four versions' takes hold a few hundred shingles: indexing them costs no more than
    weighing against an indexed story, so the first d answers at once (a review: it went
    to the background, the pair opening late, as in a story of hundreds of takes)."""
    documents = load_paths(sorted(FOLDER.glob("*.txt"))).documents
    index = build_story_index(documents)
    named = {d.path.stem: i for i, d in enumerate(index.documents)}
    paper = named["gazette_quake_2025-11-18"]
    sources = Sources(index)
    assert sources.quick(paper)
    assert sources(paper) == source_of(index, paper)
