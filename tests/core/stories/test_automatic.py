"""A kept automatic grouping: the user's corrections applied to it give the very index a
whole build with them gives (the app regroups that way after a move or a split)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.stories.helpers import Writer, doc
from wirediff.core.document import Document
from wirediff.core.stories import (
    Apart,
    Correction,
    Move,
    SameStory,
    Split,
    StoryIndex,
    StoryOptions,
    build_story_index,
    corrected_index,
    doc_key,
    group_automatically,
)
from wirediff.core.stories.synth import SynthCorpus, generate


@pytest.fixture(scope="module")
def corpus() -> SynthCorpus:
    # Stories sharing stock phrases: rewrite candidates and the paraphrase pass both run.
    return generate(240, seed=5, stock_phrases=30)


@pytest.fixture(scope="module")
def index(corpus: SynthCorpus) -> StoryIndex:
    return build_story_index(corpus.documents)


def _corrections(index: StoryIndex) -> list[list[Correction]]:
    """A move, a split, two stories made one, a version sent away, and all of them."""
    key = lambda d: doc_key(index.documents[d])  # noqa: E731
    big = [s for s in index.stories if len(s.documents) >= 3]
    one, two = big[0], big[1]
    leaving = next(d for d in one.documents if d != one.base)
    moved: Correction = Move(key(leaving), key(two.base))
    split: Correction = Split(tuple(key(d) for d in two.documents[:2]))
    same: Correction = SameStory(key(one.base), key(index.stories[-1].base))
    apart: Correction = Apart(key(two.base), key(two.documents[-1]))
    return [[moved], [split], [same], [apart], [moved, split, same, apart]]


def test_corrections_of_a_kept_grouping_give_the_index_a_whole_build_gives(
    corpus: SynthCorpus, index: StoryIndex
) -> None:
    automatic = group_automatically(corpus.documents)
    assert corrected_index(automatic) == index
    for corrections in _corrections(index):
        whole = build_story_index(corpus.documents, corrections=corrections)
        assert whole != index  # (each correction changes the grouping)
        assert corrected_index(automatic, corrections) == whole
    # the same kept grouping serves every correction in turn, and undoing them all
    assert corrected_index(automatic) == index


def test_a_kept_grouping_fits_only_the_documents_and_options_it_was_made_of(
    corpus: SynthCorpus,
) -> None:
    few = corpus.documents[:40]
    automatic = group_automatically(few)
    assert automatic.fits(few)
    assert automatic.fits(list(few), StoryOptions())
    assert not automatic.fits(few[:-1])
    read_again = [replace(d) for d in few]  # the same texts, read again: other documents
    assert not automatic.fits(read_again)
    assert not automatic.fits(few, StoryOptions(find_rewrites=False))


def _docs() -> list[Document]:
    """A story whose base is the full text (``full``; two trimmed copies and a padded one),
    and an agency's report of other news (a story of its own, its base)."""
    w = Writer(8)
    topic = w.topic()
    text = w.article(topic, 10)
    named = {
        "full": text,
        "top": text[:6],
        "top-again": text[:6],
        "padded": [*text, w.sentence(topic), w.sentence(topic)],
        "agency": w.article(w.topic()),
        "other": w.article(w.topic()),
    }
    docs = [doc(f"{name}.txt", lines) for name, lines in named.items()]
    return [replace(d, source="Reuters") if d.name == "agency.txt" else d for d in docs]


def _base(index: StoryIndex, name: str) -> str:
    found = next(i for i, d in enumerate(index.documents) if d.name == name)
    return index.documents[index.story_of(found).base].name


def test_a_story_corrected_keeps_its_base() -> None:
    """Split the padded version off: the base rule alone, on the three left, picks a
    trimmed copy (it holds all the text they share); moving an agency's report in made it
    the base (the rule's first choice) of a story it is not the source of. Both keep the
    story's base; a split's new story, and a story whose base left, take the rule's."""
    docs = _docs()
    key = {d.name.removesuffix(".txt"): doc_key(d) for d in docs}
    index = build_story_index(docs)
    assert _base(index, "top.txt") == "full.txt" and _base(index, "agency.txt") == "agency.txt"
    split = build_story_index(docs, corrections=[Split((key["padded"],))])
    assert _base(split, "top.txt") == "full.txt" and _base(split, "padded.txt") == "padded.txt"
    remainder = [docs[i] for i in (0, 1, 2)]
    assert build_story_index(remainder).stories[0].base != 0  # (the rule alone: a trimmed one)
    moved = build_story_index(docs, corrections=[Move(key["agency"], key["full"])])
    assert _base(moved, "agency.txt") == "full.txt"
    gone = build_story_index(docs, corrections=[Move(key["full"], key["agency"])])
    assert _base(gone, "full.txt") == "agency.txt" and _base(gone, "top.txt") != "full.txt"
    same = build_story_index(docs, corrections=[SameStory(key["agency"], key["top"])])
    assert _base(same, "agency.txt") == "full.txt"  # the bigger story's base
    # a base moved in, the story's own moved away: not the base of texts it has no part in
    swapped = [Move(key["full"], key["agency"]), Move(key["other"], key["top"])]
    moved_in = build_story_index(docs, corrections=swapped)
    assert _base(moved_in, "other.txt") in {"top.txt", "top-again.txt", "padded.txt"}


def test_a_grouping_stopped_in_the_paraphrase_pass_is_cancelled_not_kept(
    corpus: SynthCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pass returns None when it is stopped, as when it merges nothing: the grouping
    went on with the stories unmerged, an automatic grouping a caller could keep."""
    from wirediff.core.stories import Cancelled
    from wirediff.core.stories import build as build_module

    stopped: list[bool] = []

    def stopping(*args: object, **named: object) -> None:
        stopped.append(True)  # (the user cancels during the pass, which then stops)
        return None

    monkeypatch.setattr(build_module, "merge_paraphrases", stopping)
    with pytest.raises(Cancelled):
        group_automatically(corpus.documents, should_cancel=lambda: bool(stopped))
    assert stopped
