"""The rewrites' pass measures no more than its decisions need: each document read once for
all its pairs, what ``classify`` does not read left unmeasured, and the guard's pairs known
without a diff counted before any diff (a media-monitoring analyst's 20,000-file day never
finished grouping: a full measurement for each of 500,000 candidate pairs)."""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations

import pytest

from tests.core.stories.helpers import Writer, doc, paraphrase, rewrite
from wirediff.core.stories import Derivation, StoryOptions, build, build_story_index, classify
from wirediff.core.stories import evidence as ev
from wirediff.core.stories.boilerplate import split_lines
from wirediff.core.stories.derivation import mostly_derived
from wirediff.core.stories.rewrites import Texts
from wirediff.core.stories.synth import pair_precision_recall, wire_day

OPTIONS = StoryOptions()


@pytest.fixture(scope="module")
def versions() -> list[list[str]]:
    """A source, a trimmed copy, an edited version, one with a figure corrected, a
    rewrite and an independent report of the same news."""
    w = Writer(7)
    topic = w.topic()
    source = w.article(topic)
    corrected = list(source)
    at = next(i for i, line in enumerate(source) if i and topic[6] in line)
    corrected[at] = corrected[at].replace(topic[6], "4,321", 1)  # (a figure corrected)
    return [
        source,
        source[:6],
        paraphrase(w, source, 6),
        corrected,
        rewrite(w, topic, source, range(1, 4)),
        w.article(topic),
    ]


def _texts(lines: list[list[str]]) -> Texts:
    documents = [doc(f"{i}.txt", v) for i, v in enumerate(lines)]
    split = [split_lines(d.text, OPTIONS) for d in documents]
    return Texts(documents, split, OPTIONS, lambda _a, _b: 0.0)


def test_the_level_is_that_of_the_full_evidence(versions: list[list[str]]) -> None:
    texts = _texts(versions)
    seen = set()
    for a, b in combinations(range(len(versions)), 2):
        full = ev.measure(texts.text(a), texts.text(b))
        level = classify(full, OPTIONS, texts.days(a, b), texts.release(a, b))
        if max(texts.phrases(a, b)) >= OPTIONS.rewrite_min_phrases:
            assert texts.level(a, b) is level, (a, b)
            seen.add(level)
    assert {Derivation.COPY, Derivation.EDITED, Derivation.REWRITE} <= seen


def test_what_classify_reads_is_the_full_evidences(versions: list[list[str]]) -> None:
    """``level_evidence`` gives the sides and terms of ``measure``; ``classify`` says copy
    of it where the full evidence says copy or edited, and the same level otherwise."""
    texts = _texts(versions)
    for a, b in combinations(range(len(versions)), 2):
        full = ev.measure(texts.text(a), texts.text(b))
        light = ev.level_evidence(
            ev.Reading(texts.text(a)), ev.Reading(texts.text(b)), texts.phrases(a, b)
        )
        assert (light.a, light.b, light.terms) == (full.a, full.b, full.terms)
        said, truly = classify(light, OPTIONS), classify(full, OPTIONS)
        if said is Derivation.COPY:
            assert truly in (Derivation.COPY, Derivation.EDITED)
        else:
            assert said is truly


def test_a_figure_corrected_is_still_an_edited_version(versions: list[list[str]]) -> None:
    texts = _texts(versions)
    assert ev.measure(texts.text(0), texts.text(3)).figures_changed
    assert texts.level(0, 3) is Derivation.EDITED


def test_each_text_is_read_once_and_only_a_copy_is_measured_whole(
    versions: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    read: Counter[str] = Counter()
    whole = []
    cut, changes = ev.sentences, ev.figure_changes
    monkeypatch.setattr(ev, "sentences", lambda text: read.update([text]) or cut(text))
    monkeypatch.setattr(ev, "figure_changes", lambda diff: whole.append(diff) or changes(diff))
    texts = _texts(versions)
    levels = [texts.level(a, b) for a, b in combinations(range(len(versions)), 2)]
    assert read and max(read.values()) == 1
    copies = levels.count(Derivation.COPY) + levels.count(Derivation.EDITED)
    assert len(whole) <= copies < len(levels)


def test_the_guard_counts_what_it_knows_before_any_diff() -> None:
    asked: list[tuple[int, int]] = []

    def derived(x: int, y: int) -> bool:
        asked.append((x, y))
        return True

    def told(x: int, y: int) -> bool | None:
        return None if x == 1 else False  # (only the pairs of 1 need a diff)

    # 4 pairs of 8 known not derived: more than half cannot be, whatever the diffs say
    assert not mostly_derived([0, 1], [2, 3, 4, 5], derived, 0.5, told)
    assert asked == []
    # 2 of 4 known derived: one diff more says more than half
    assert mostly_derived([0, 1], [2, 3], derived, 0.5, lambda x, y: x == 0 or None)
    assert asked == [(1, 2)]


class _Pairs:
    """Which pairs are derived, and which of them are known without a diff."""

    def __init__(self, truth: dict[tuple[int, int], bool], known: set[tuple[int, int]]):
        self.truth, self.known = truth, known

    def derived(self, x: int, y: int) -> bool:
        return self.truth[x, y]

    def told(self, x: int, y: int) -> bool | None:
        return self.truth[x, y] if (x, y) in self.known else None


@pytest.mark.parametrize("least", [0.0, 0.25, 0.5, 0.75])
def test_the_guard_says_the_same_with_what_it_knows(least: float) -> None:
    rng = random.Random(3)
    for _ in range(200):
        xs, ys = list(range(rng.randint(1, 4))), list(range(10, 10 + rng.randint(1, 4)))
        truth = {(x, y): rng.random() < 0.5 for x in xs for y in ys}
        pairs = _Pairs(truth, {p for p in truth if rng.random() < 0.5})
        plain = mostly_derived(xs, ys, pairs.derived, least)
        assert mostly_derived(xs, ys, pairs.derived, least, pairs.told) is plain


def test_a_wire_desks_day_is_grouped_with_one_reading_a_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stories sharing stock sentences, copied, trimmed, edited and rewritten: in the
    grouping, each document measured is cut into its sentences once, and the rewrites are
    found."""
    corpus = wire_day(300, seed=2)
    cut: Counter[int] = Counter()
    grouping: list[bool] = []
    sentences, group = ev.sentences, build.group_documents

    def counted(text: str) -> list[str]:
        if grouping:
            cut[id(text)] += 1  # (verbatim copies: one text, many documents)
        return sentences(text)

    def grouped(*args, **named):  # type: ignore[no-untyped-def]
        grouping.append(True)
        try:
            return group(*args, **named)
        finally:
            grouping.clear()

    monkeypatch.setattr(ev, "sentences", counted)
    monkeypatch.setattr(build, "group_documents", grouped)
    index = build_story_index(corpus.documents)
    assert cut, "no candidate rewrite was measured"
    assert max(cut.values()) == 1
    found = [index.story_of(d).id for d in range(len(corpus.documents))]
    _precision, recall = pair_precision_recall(corpus.story, found)
    assert recall > 0.95
