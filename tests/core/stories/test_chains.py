"""Revision chains hold together; phrases many stories use (a beat's template) glue none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.stories.helpers import Writer, doc
from wirediff.core.stories import StoryOptions, build_story_index
from wirediff.core.stories.evidence import PhraseCounts, grams, word_keys_of


def _chain(w: Writer, versions: int) -> list[list[str]]:
    """Revisions of one article, each rewriting two of its eight paragraphs: the first and
    the last share nothing, each shares three quarters with the one before."""
    topic = w.topic()
    current = w.article(topic)
    out = [current]
    for k in range(1, versions):
        current = list(current)
        for i in (1 + (2 * k) % 8, 1 + (2 * k + 1) % 8):
            current[i] = w.sentence(topic) + " " + w.sentence(topic)
        out.append(current)
    return out


def test_a_chain_of_revisions_is_one_story() -> None:
    w = Writer(21)
    chain = _chain(w, 8)
    other = w.article(w.topic())
    docs = [doc(f"v{k}.txt", lines) for k, lines in enumerate(chain)] + [doc("other.txt", other)]
    index = build_story_index(docs)
    stories = {index.story_of(k).id for k in range(len(chain))}
    assert len(stories) == 1
    assert index.story_of(len(chain)).id not in stories
    # The copy links alone leave the chain's two ends apart (average linkage).
    before = build_story_index(docs, StoryOptions(find_rewrites=False))
    assert len({before.story_of(k).id for k in range(len(chain))}) > 1


def _template_texts() -> dict[str, list[str]]:
    """Eight reports of eight different matches, each built on the same four formula
    sentences of the beat, and a rewrite of the first that takes over its own sentences."""
    w = Writer(33)
    formula = [w.sentence(w.topic()) for _ in range(4)]
    texts = {}
    for n in range(8):
        topic = w.topic()
        own = [w.sentence(topic) for _ in range(8)]
        texts[f"match{n}"] = [
            f"{topic[0]} {topic[1]} match",
            *(f"{formula[i]} {own[2 * i]} {own[2 * i + 1]}" for i in range(4)),
        ]
    first = texts["match0"]
    topic = w.topic()
    texts["rewrite"] = [
        "A rewrite of the first match",
        *(f"{first[i].split('. ', 1)[1]} {w.sentence(topic)}" for i in (1, 2, 3)),
        w.sentence(topic) + " " + w.sentence(topic),
    ]
    return texts


def test_shared_formula_phrases_are_not_a_pair_own() -> None:
    texts = _template_texts()
    runs = {n: grams(word_keys_of("\n".join(t)), 3) for n, t in texts.items()}
    counts = PhraseCounts([[r] for r in runs.values()])
    formula = runs["match0"] & runs["match1"]
    assert counts.own_share(formula, 2) < 0.1  # held by all eight matches
    assert counts.own_share(runs["match0"] & runs["rewrite"], 2) > 0.8


def test_a_template_glues_no_stories_and_a_rewrite_still_joins() -> None:
    texts = _template_texts()
    docs = [doc(f"{n}.txt", t) for n, t in texts.items()]
    index = build_story_index(docs)
    matches = [index.story_of(n).id for n in range(8)]
    assert len(set(matches)) == 8  # the formula shared by all joins none of them
    assert index.story_of(8).id == matches[0]  # the rewrite takes the first one's sentences
    # Without the guard (every shared phrase counted as the pair's own) the formula glues.
    glued = build_story_index(docs, replace(StoryOptions(), rewrite_min_own=0.0))
    assert len({glued.story_of(n).id for n in range(8)}) < 8


def test_a_page_carrying_two_stories_glues_no_chain() -> None:
    """A page with story B appended to story A links to both by copy links; it joins A, the
    story it opens with, and B stays apart: B's copies share nothing with A's others."""
    w = Writer(45)
    a, b = w.article(w.topic()), w.article(w.topic())
    docs = [
        *(doc(f"a{k}.txt", a[: 9 - k]) for k in range(3)),
        *(doc(f"b{k}.txt", b[: 9 - k]) for k in range(3)),
        doc("page.txt", [*a, *b[1:]]),
    ]
    index = build_story_index(docs)
    story_a, story_b = index.story_of(0).id, index.story_of(3).id
    assert story_a != story_b
    assert index.story_of(6).id == story_a
    # With no guard on the chain (any shared text enough), the page glues the two.
    glued = build_story_index(docs, replace(StoryOptions(), chain_min_link=0.0))
    assert glued.story_of(0).id == glued.story_of(3).id


@pytest.mark.parametrize("swapped", [False, True])
def test_two_copies_of_a_digest_glue_no_stories(swapped: bool) -> None:
    """A digest page carrying halves of stories A and B joins one of them; a second copy
    of it (or one with the halves swapped) is its twin, counted once by the guards: the two
    copies made A's side twice as strong in the average and glued A and B."""
    w = Writer(0)
    a, b = w.article(w.topic(), 8), w.article(w.topic(), 8)
    digest = a[:4] + b[1:5]
    docs = [
        doc("a0.txt", a),
        doc("a1.txt", a[:6]),
        doc("b0.txt", b),
        doc("b1.txt", b[:6]),
        doc("digest.txt", digest),
        doc("again.txt", b[1:5] + a[:4] if swapped else digest),
    ]
    index = build_story_index(docs)
    assert index.story_of(0).id != index.story_of(2).id
    assert index.story_of(4).id == index.story_of(5).id  # the twins stay together
