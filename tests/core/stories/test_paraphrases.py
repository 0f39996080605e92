"""Paraphrases: a text that follows its source's facts in the source's order, in other
words (no 3-word run in common), joins the source's story; an independent report of the
same event, with the same names and numbers in its own order, does not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.stories.helpers import Writer, agency_index, doc, story_of
from wirediff.core.stories import (
    Derivation,
    StoryIndex,
    StoryOptions,
    build_story_index,
    classify,
    describe,
    evidence,
    pair_derivation,
    wording,
)
from wirediff.core.stories.derivation import paraphrase_score
from wirediff.core.stories.evidence import Evidence, Side, measure, ordered_terms

OPTIONS = StoryOptions()


def _interleave(w: Writer, line: str) -> str:
    """``line`` with a new word after every second word: each of its words kept, in order,
    and no run of three of them left."""
    out: list[str] = []
    for i, word in enumerate(line.split()):
        out.append(word)
        if i % 2 == 1:
            out.append(w.rng.choice(w.words[3000:]))
    return " ".join(out)


@pytest.fixture(scope="module")
def texts() -> dict[str, list[str]]:
    w = Writer(7)
    topic = w.topic()
    source = w.article(topic)  # a title and 8 paragraphs of two sentences
    own = w.article(topic)
    paraphrased = [own[0], *(_interleave(w, source[i]) for i in (1, 2, 3))]
    shuffled = [own[0], *(" ".join(reversed(p.split())) for p in paraphrased[1:])]
    return {
        "source": source,
        "paraphrase": paraphrased,  # 3 of 8 paragraphs followed word by word, reworded
        "shuffled": shuffled,  # the same words, each paragraph in its own order
        "independent": w.article(topic),  # same names and numbers, own words
    }


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_ordered_terms_is_a_longest_common_subsequence() -> None:
    assert ordered_terms("a b c d e".split(), "a x b y e".split()) == pytest.approx(3 / 5)
    assert ordered_terms("a b c".split(), "c b a".split()) == pytest.approx(1 / 3)
    assert ordered_terms([], "a b".split()) == 0.0
    assert ordered_terms("a a b".split(), "a b".split()) == pytest.approx(2 / 3)


def test_ordered_terms_leaves_out_the_terms_repeated_past_its_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two long texts of a few terms repeated: the most repeated terms are left out until
    the matches fit the budget (10^11 of them once kept the app from closing)."""
    monkeypatch.setattr(evidence, "ORDERED_TERMS_MAX_MATCHES", 20)
    a = ["rare1", *["often"] * 10, "rare2"]
    b = ["rare1", *["often"] * 10, "rare2"]  # "often": 100 matches, over the budget
    assert ordered_terms(a, b) == pytest.approx(2 / 12)
    monkeypatch.setattr(evidence, "ORDERED_TERMS_MAX_MATCHES", 200)
    assert ordered_terms(a, b) == 1.0


def test_paraphrase_is_a_rewrite_by_its_terms(texts: dict[str, list[str]]) -> None:
    evidence = measure(_text(texts["source"]), _text(texts["paraphrase"]))
    assert max(evidence.a.phrases, evidence.b.phrases) < 0.05  # 3-word runs by chance only
    assert evidence.terms >= OPTIONS.paraphrase_min_terms
    assert classify(evidence, OPTIONS) is Derivation.REWRITE
    assert classify(evidence.swapped(), OPTIONS) is Derivation.REWRITE


@pytest.mark.parametrize("name", ["shuffled", "independent"])
def test_own_order_is_independent(texts: dict[str, list[str]], name: str) -> None:
    evidence = measure(_text(texts["source"]), _text(texts[name]))
    assert evidence.terms < OPTIONS.paraphrase_min_terms
    assert classify(evidence, OPTIONS) is Derivation.INDEPENDENT


def _doc(index: StoryIndex, name: str) -> int:
    return next(i for i, d in enumerate(index.documents) if d.name == name)


def test_paraphrase_joins_its_source_and_independent_reports_stay_apart(
    texts: dict[str, list[str]],
) -> None:
    index = agency_index(texts)
    story = story_of(index, "source.txt")
    assert story_of(index, "paraphrase.txt") == story
    assert story_of(index, "independent.txt") != story
    assert story_of(index, "shuffled.txt") != story
    assert len(index.events) == 1  # one event: the same news
    found = pair_derivation(index, _doc(index, "source.txt"), _doc(index, "paraphrase.txt"))
    assert found.level is Derivation.REWRITE
    # every word of the source's three paragraphs is in it: they count as kept
    said = describe(index, _doc(index, "source.txt"), _doc(index, "paraphrase.txt"))
    assert said == "Rewrite of APP's story: 38% of its sentences reused"
    nothing_kept = Side(found.evidence.a.words, 0.01, 0.4, 0.0)
    reworded = replace(found, evidence=Evidence(nothing_kept, nothing_kept, 0.5, 1.0, 0.31))
    assert wording(index, reworded) == (
        "Rewrite of APP's story in other words: 31% of its names, numbers and words recur in "
        "the same order"
    )


def test_without_paraphrases_the_paraphrase_stays_apart(texts: dict[str, list[str]]) -> None:
    """It shares no 5-word run with its source: only the event's pairs find it."""
    index = agency_index(texts, replace(OPTIONS, find_paraphrases=False))
    assert story_of(index, "paraphrase.txt") != story_of(index, "source.txt")


def test_a_paraphrase_of_one_version_does_not_glue_two_stories() -> None:
    """Two stories of one event, each with a copy; a text paraphrasing story A's base joins
    A, and A and B stay apart (B's members are not derived from A's). The paraphrase is
    one by its terms alone, clear of the threshold (a text whose score sits on it, as the
    one of seed 11 does, is a coin toss, not a test of the guard)."""
    w = Writer(13)
    topic = w.topic()
    a, b = w.article(topic), w.article(topic)
    para = [w.article(topic)[0], *(_interleave(w, a[i]) for i in (1, 2, 3))]
    evidence = measure(_text(a), _text(para))
    score = paraphrase_score(evidence.terms, evidence.longer().phrases, OPTIONS)
    assert score >= OPTIONS.paraphrase_min_score + 0.03
    index = agency_index({"source": a, "a_copy": a[:7], "b": b, "b_copy": b[:7], "para": para})
    assert story_of(index, "para.txt") == story_of(index, "source.txt")
    assert story_of(index, "a_copy.txt") == story_of(index, "source.txt")
    source = story_of(index, "source.txt")
    assert story_of(index, "b.txt") == story_of(index, "b_copy.txt") != source


@pytest.mark.parametrize(("day", "joined"), [("2014-07-02", True), ("2014-10-21", False)])
def test_a_paraphrase_months_after_its_source_stays_apart(
    texts: dict[str, list[str]], day: str, joined: bool
) -> None:
    """Dated documents: a paraphrase printed the next day joins its source; the same text
    dated months later is another day's report on the beat (``paraphrase_max_days``)."""
    dates = {"source.txt": "2014-07-01", "paraphrase.txt": day}
    docs = [doc(f"{n}.txt", lines) for n, lines in texts.items()]
    docs = [
        replace(d, date=dates[d.name], date_source="file name") if d.name in dates else d
        for d in docs
    ]
    index = build_story_index(docs, OPTIONS)
    same = story_of(index, "paraphrase.txt") == story_of(index, "source.txt")
    assert same is joined
    found = pair_derivation(index, _doc(index, "source.txt"), _doc(index, "paraphrase.txt"))
    assert found.level is (Derivation.REWRITE if joined else Derivation.INDEPENDENT)
