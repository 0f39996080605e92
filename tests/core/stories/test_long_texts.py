"""A few long texts in a folder of short reports: each document's runs of words are made
once, however many pairs weigh it, and Cancel is heard at each pair (a media-monitoring
analyst's walkthrough: three one-line files of 2.9 MB made a feed group 11 times slower,
and the worker went on for seconds after Cancel)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.stories.helpers import Writer, doc
from wirediff.core import requotes
from wirediff.core.cancel import Cancelled
from wirediff.core.compare import compare
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.stories import StoryOptions, build_story_index, ends, quotes, relation, rewrites
from wirediff.core.stories.evidence import RunPlaces, covered_at, covered_runs
from wirediff.core.stories.perdoc import lines_of

OPTIONS = StoryOptions()
_WORDS = st.lists(st.sampled_from(["le", "vent", "a", "dit", "Москва", "新华社", "قال", "der"]))


def _naive_share(a: list[list[str]], b: list[list[str]]) -> float:
    """The share as the grouping weighed it before: word tuples, rebuilt for the pair."""
    grams = [{tuple(w[i : i + 3]) for w in s for i in range(len(w) - 2)} for s in (a, b)]
    small, large = sorted(grams, key=len)
    return len(small & large) / len(small) if small else 0.0


@given(st.lists(_WORDS, max_size=4), st.lists(_WORDS, max_size=4))
def test_runs_made_once_weigh_a_pair_as_word_runs_do(
    a: list[list[str]], b: list[list[str]]
) -> None:
    assert ends.held_share(ends.runs_of(a), ends.runs_of(b)) == _naive_share(a, b)
    assert ends.run_share(a, b) == _naive_share(a, b)


@given(_WORDS, st.sets(st.tuples(*[st.sampled_from(["le", "vent", "a", "dit"])] * 2)))
def test_covered_runs_counts_each_word_of_the_runs_found_once(
    keys: list[str], other: set[tuple[str, ...]]
) -> None:
    runs = list(pairwise(keys))
    found = [i for i, run in enumerate(runs) if run in other]
    covered = {j for i in found for j in (i, i + 1)}
    starts = covered_runs(runs, other, 2)
    assert starts[-1] == len(covered)
    assert starts[:-1] == [i for i in found if i - 1 not in found]


def _feed(w: Writer, reports: int) -> list[list[str]]:
    """One long text quoting a statement, and reports each quoting it and written apart."""
    statement = " ".join(w.sentence(w.topic()) for _ in range(3))
    long = [w.sentence(w.topic()) for _ in range(400)]
    texts = [[*long[:200], f'The ministry said: "{statement}"', *long[200:]]]
    for _ in range(reports):
        own = w.article(w.topic(), paragraphs=4)
        texts.append([*own[:2], f'The ministry said: "{statement}"', *own[2:]])
    return texts


def test_a_long_quoting_text_has_its_runs_made_once_for_all_its_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each report paired with the long one: its body's runs are made once, not per pair;
    the answers are those of the runs made per pair."""
    texts = _feed(Writer(41), reports=6)
    documents = [doc(f"r{n}.txt", t) for n, t in enumerate(texts)]
    lines = lines_of([d.text for d in documents], OPTIONS)
    made: list[int] = []

    def counted(stretches):  # type: ignore[no-untyped-def]
        made.append(1)
        return ends.runs_of(stretches)

    monkeypatch.setattr(quotes, "runs_of", counted)
    test = quotes.quote_only(documents, lines, OPTIONS)
    answers = [test(0, n) for n in range(1, len(documents)) for _ in range(2)]
    assert len(made) == len(documents)
    assert answers == [True] * len(answers)  # (what they share is the quotation)


def test_a_papers_footer_body_has_its_runs_made_once_for_all_its_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One paper's reports, each pair sharing its footer alone: each body's runs are made
    once, however many of the paper's reports it is weighed against."""
    from tests.core.stories.test_ends import FOOTER

    w = Writer(42)
    documents = [
        doc(f"echo_{n}.txt", [*w.article(w.topic(), paragraphs=5), *FOOTER]) for n in range(5)
    ]
    lines = lines_of([d.text for d in documents], OPTIONS)
    made: list[int] = []
    real = ends.runs_of

    def counted(stretches):  # type: ignore[no-untyped-def]
        made.append(1)
        return real(stretches)

    monkeypatch.setattr(ends, "runs_of", counted)
    test = ends.footer_only(documents, lines, OPTIONS)
    answers = [test(a, b) for a in range(5) for b in range(5) if a != b]
    assert answers == [True] * 20
    assert len(made) == 5


def test_cancel_is_heard_before_each_pair_is_tested_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The links' tests (a footer, a quotation alone) of a long text take long: the build
    asks ``should_cancel`` before each pair, not after all."""
    w = Writer(43)
    source = w.article(w.topic(), paragraphs=8)
    documents = [doc(f"copy{n}.txt", source[: 9 - n % 2]) for n in range(6)]
    tested: list[tuple[int, int]] = []
    real = rewrites.footer_only

    def counting(*args):  # type: ignore[no-untyped-def]
        test = real(*args)

        def counted(a: int, b: int) -> bool:
            tested.append((a, b))
            return test(a, b)

        return counted

    monkeypatch.setattr(rewrites, "footer_only", counting)
    with pytest.raises(Cancelled):
        build_story_index(documents, OPTIONS, should_cancel=lambda: bool(tested))
    assert len(tested) == 1
    assert len(build_story_index(documents, OPTIONS).stories) == 1  # (15 pairs, one story)


class _Weighed:
    """What ``rewrite_edges`` asks of ``Texts``, counting the pairs weighed."""

    options = replace(OPTIONS, rewrite_min_phrases=0.1)

    def __init__(self) -> None:
        self.weighed = 0

    def strong(self, a: int, b: int) -> bool:
        return False

    def copy_link(self, a: int, b: int) -> float:
        return 0.0

    def phrases(self, a: int, b: int) -> tuple[float, float]:
        self.weighed += 1
        return 0.5, 0.2


def test_cancel_is_heard_before_each_candidate_rewrite_is_weighed() -> None:
    """A pair with a long text takes a while (its runs walked): Cancel at the first pair
    weighs no other, where it waited for 64."""
    texts = _Weighed()
    pairs = [(a, a + 1) for a in range(100)]
    assert rewrites.rewrite_edges(pairs, texts) != []  # type: ignore[arg-type]
    texts.weighed = 0
    edges = rewrites.rewrite_edges(pairs, texts, lambda: texts.weighed > 0)  # type: ignore[arg-type]
    assert edges == [] and texts.weighed == 1


@given(_WORDS, st.sets(st.tuples(*[st.sampled_from(["le", "vent", "a", "dit"])] * 2)))
def test_runs_looked_up_by_their_places_count_as_runs_walked(
    keys: list[str], other: set[tuple[str, ...]]
) -> None:
    """A long text's runs looked up by their places (``RunPlaces``) cover the words that
    walking them all covers, a run repeated at each of its places."""
    runs = list(pairwise(keys))
    shared = other & set(runs)
    assert covered_at(RunPlaces(runs).of(shared), 2) == covered_runs(runs, shared, 2)


def _long_feed(w: Writer, reports: int) -> list[Document]:
    """One text of ~11,000 words and reports each taking a few of its sentences."""
    topic = w.topic()
    long = [w.sentence(topic) for _ in range(600)]
    documents = [doc("long.txt", [" ".join(long)])]
    for n in range(reports):
        own = w.article(w.topic(), paragraphs=4)
        documents.append(doc(f"r{n}.txt", [*own[:2], " ".join(long[n * 7 : n * 7 + 3]), *own[2:]]))
    return documents


def test_a_long_texts_shared_phrases_are_looked_up_not_walked_for_each_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rewrites' screening of a long text against each report: the runs a pair shares
    are looked up where they stand in the long text, its runs not walked for each pair;
    the shares are those of the runs walked."""
    documents = _long_feed(Writer(44), reports=6)
    lines = lines_of([d.text for d in documents], OPTIONS)

    def shares() -> list[tuple[float, float]]:
        texts = rewrites.Texts(documents, lines, OPTIONS, lambda _a, _b: 0.0)
        return [texts.phrases(0, n) for n in range(1, len(documents))]

    walked: list[int] = []
    real = rewrites.covered_runs

    def counted(runs, other, k):  # type: ignore[no-untyped-def]
        runs = list(runs)
        walked.append(len(runs))
        return real(runs, other, k)

    monkeypatch.setattr(rewrites, "covered_runs", counted)
    placed = shares()
    assert walked and max(walked) < rewrites.PLACED_MIN_RUNS  # (the reports' runs alone)
    assert all(a > 0 for a, _b in placed)
    monkeypatch.setattr(rewrites, "PLACED_MIN_RUNS", 10**9)
    assert shares() == placed


def test_a_storys_base_is_read_once_for_all_its_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Telling how each version of a story was made reads the base's text once (its
    sentences, words, script, terms), not once for each version: a base of 30,000 words
    made ``wirediff stories`` spend minutes reading it again. The derivations are those of
    each pair read alone."""
    w = Writer(45)
    source = w.article(w.topic(), paragraphs=8)
    documents = [doc(f"copy{n}.txt", source[: 9 - n]) for n in range(5)]
    index = build_story_index(documents, OPTIONS)
    (story,) = [s for s in index.stories if len(s.versions) > 1]
    sources = relation.version_sources(index, story.id)
    alone = [relation.measure_pair(index, sources[d], d) for d in sources]
    read: list[int] = []
    real = relation.clean_text

    def counted(index, doc):  # type: ignore[no-untyped-def]
        read.append(doc)
        return real(index, doc)

    monkeypatch.setattr(relation, "clean_text", counted)
    assert relation.derivations(index, story.id) == alone
    assert sorted(read) == sorted(story.documents)


def test_a_one_line_texts_sentences_are_cut_once_for_all_its_quotes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The quotations a version cuts whole from a one-line text: the line is cut into its
    sentences once, not again for each quote (a file of 30,000 words and a thousand quotes
    took minutes per version); each quote's sentence is the one found alone."""
    w = Writer(46)
    topic = w.topic()
    said = [f'{w.sentence(topic)} "{w.sentence(topic)}" the minister said.' for _ in range(40)]
    long = " ".join(said) + "\n" + " ".join(said[:5]) + ' And "one quote\nover two lines" too.'
    ranges = requotes.quote_ranges(long)
    alone = [requotes._sentence_of(long, where) for where in ranges]
    cut: list[int] = []
    real = requotes.sentence_starts

    def counted(text, start=0, end=None):  # type: ignore[no-untyped-def]
        cut.append(start)
        return real(text, start, end)

    monkeypatch.setattr(requotes, "sentence_starts", counted)
    lines: dict[tuple[int, int], list[int]] = {}
    assert [requotes._sentence_of(long, where, lines) for where in ranges] == alone
    assert len(cut) == len(lines) == 3  # (the two lines, and the second from the quote over two)
    cut.clear()
    looked: list[tuple[int, int]] = []
    one = requotes._sentence_of

    def sentence_of(text, where, lines=None):  # type: ignore[no-untyped-def]
        looked.append(where)
        return one(text, where, lines)

    monkeypatch.setattr(requotes, "_sentence_of", sentence_of)
    comparison = compare(long, " ".join(said[:1]), CompareOptions())
    removed, _added = requotes.whole_quotes(comparison)
    assert len(removed) >= 5 and len(looked) >= 40 and len(cut) <= 3
