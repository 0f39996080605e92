"""The same files in another order, or under other names, give the same stories, bases and
events (found by fuzzing: which member of a group a guard looked at, and which of two equal
edges came first, followed the documents' places in the folder)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.stories.helpers import doc
from wirediff.core.document import Document
from wirediff.core.reading import load_paths
from wirediff.core.stories import StoryIndex, build_story_index
from wirediff.core.stories.cluster import Groups
from wirediff.core.stories.events import cluster_events, cosine, event_edges
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.order import DocumentKeys, document_key
from wirediff.core.stories.paraphrases import guard_sample
from wirediff.core.stories.synth import generate

DEVDATA = Path(__file__).resolve().parents[3].parent / "shared" / "devdata"
Result = tuple[set[frozenset[str]], set[str], set[frozenset[str]]]


def by_name(index: StoryIndex) -> Result:
    """Stories, bases and events by file name (the names are kept, only the order moves)."""

    def name(d: int) -> str:
        return index.documents[d].path.name

    stories = {frozenset(map(name, s.documents)) for s in index.stories}
    bases = {name(s.base) for s in index.stories}
    events = {frozenset(map(name, index.event_documents(e.id))) for e in index.events}
    return stories, bases, events


def in_orders(documents: list[Document], *orders: list[int]) -> list[Result]:
    return [by_name(build_story_index([documents[i] for i in order])) for order in orders]


def devdata(corpus: str, names: list[str]) -> list[Document]:
    folder = DEVDATA / corpus / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (../shared/devdata)")
    return list(load_paths([folder / n for n in names]).documents)


# --- the groups' samples ------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.integers(2, 30),
    st.randoms(use_true_random=False),
    st.integers(1, 5),
)
def test_a_groups_samples_do_not_depend_on_the_order_members_joined_in(
    n: int, rng: random.Random, k: int
) -> None:
    keys = [rng.randrange(1 << 20) for _ in range(n)]
    twin_of = [rng.randrange(max(1, n // 3)) for _ in range(n)]
    joins = [(rng.randrange(n), rng.randrange(n)) for _ in range(n)]
    other = joins[:]
    rng.shuffle(other)
    other = [(b, a) if rng.random() < 0.5 else (a, b) for a, b in other]
    found = []
    for order in (joins, other):
        groups = Groups(n, twin_of, keys.__getitem__, k + 1)
        for a, b in order:
            groups.join(a, b)
        found.append(
            [
                (
                    sorted(groups.group(x)),
                    groups.sample(x, k),
                    groups.distinct(x, k),
                    groups.others(x, k),
                    groups.classes(x),
                )
                for x in range(n)
            ]
        )
    assert found[0] == found[1]
    groups = Groups(n, twin_of, keys.__getitem__, k + 1)
    for a, b in joins:
        groups.join(a, b)
    for x in range(n):
        members = groups.group(x)
        lowest = sorted(members, key=lambda m: (keys[m], m))
        assert groups.sample(x, k) == lowest[:k]
        classes = {twin_of[m] for m in members}
        assert groups.classes(x) == len(classes)
        distinct = groups.distinct(x, k)
        assert len({twin_of[m] for m in distinct}) == len(distinct) == min(k, len(classes))
        if twin_of[x] in {twin_of[m] for m in distinct}:
            assert x in distinct  # the asked-about member stands for its own class
        assert all(twin_of[m] != twin_of[x] for m in groups.others(x, k))


# --- 1. the twin-class representative -------------------------------------------------------


def test_a_twin_of_a_copy_does_not_stand_for_it_in_the_copy_guard() -> None:
    """Generated: four near-duplicates (one twin class) and a version of their story with
    copy links of 0.36 to three of them, under 0.35 to the fourth. The twin check compared
    the version with whichever twin came first: by file name it was refused and joined
    another story (the wrong one); reversed, it joined its own."""
    corpus = generate(2000, seed=3)
    picked = [72, 1578, 1738, 1767, 1936, 1910]
    documents = [corpus.documents[i] for i in picked]
    sorted_order, reverse = in_orders(documents, list(range(6)), list(range(6))[::-1])
    assert sorted_order == reverse
    truth = {d.path.name for d, i in zip(documents, picked, strict=True) if corpus.story[i] == 370}
    assert len(truth) == 5 and frozenset(truth) in sorted_order[0]


def test_the_rewrite_guard_weighs_the_pairs_own_end_not_its_twin() -> None:
    """wiki-versions: 98c237 and d8c910 are near-duplicates, e7f5ad a rewrite of 98c237
    and independent of d8c910. The rewrite guard sampled d8c910 for 98c237 when d8c910 came
    first, and e7f5ad left the story."""
    documents = devdata(
        "wiki-versions",
        ["hook-of-holland_98c237.txt", "hook-of-holland_d8c910.txt", "hook-of-holland_e7f5ad.txt"],
    )
    a, b = in_orders(documents, [0, 1, 2], [1, 0, 2])
    assert a == b
    assert len(a[0]) == 1  # the three revisions, one story


# --- 2. the paraphrase pass's sample ---------------------------------------------------------


def test_the_paraphrase_guard_does_not_sample_by_file_name() -> None:
    """wiki-versions: the first revision of Howitzer, an 82-word stub, is derived from three
    of the five later revisions. A sample of four by document number held two or three of
    them, so swapping two names decided whether the stub was in its article's story."""
    names = ["6501da", "a47274", "a7f31a", "b6492d", "cb9b96", "f4d5c5"]
    documents = devdata("wiki-versions", [f"howitzer_{n}.txt" for n in names])
    a, b = in_orders(documents, [0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 5, 4])
    assert a == b
    assert a[0] == {frozenset(f"howitzer_{n}.txt" for n in names)}  # 3 of 5 derived


def test_the_paraphrase_guards_sample_is_the_same_under_other_numbers() -> None:
    documents = [doc(f"{i}.txt", [f"Text number {i} of the folder."]) for i in range(12)]
    keys = DocumentKeys(documents)
    # small sides: every member (5 x 1 pairs, fewer than 4 x 4)
    assert guard_sample([3, 1, 4, 0, 2], [9], keys, 4) == ([3, 1, 4, 0, 2], [9])
    xs, ys = guard_sample(list(range(6)), list(range(6, 12)), keys, 4)
    assert len(xs) == len(ys) == 4
    # the same documents numbered the other way round: the same documents sampled
    flipped = documents[::-1]
    fxs, fys = guard_sample(list(range(6, 12)), list(range(6)), DocumentKeys(flipped), 4)
    assert sorted(flipped[x].text for x in fxs) == sorted(documents[x].text for x in xs)
    assert sorted(flipped[y].text for y in fys) == sorted(documents[y].text for y in ys)


# --- 3. events ----------------------------------------------------------------------------------


COUNTER_EVENT = [  # the tester's minimised folder: 12 cricket reports
    "APP_22-10-14_8110fc.txt",
    "APP_23-10-14_752209.txt",
    "APP_25-10-14_f06645.txt",
    "APP_31-10-14_57a528.txt",
    "express_23-10-14_7f2d0e.txt",
    "express_23-12-14_0d53d7.txt",
    "express_23-12-14_e19cf9.txt",
    "express_24-08-14_866da6.txt",
    "express_25-10-14_9896c2.txt",
    "express_26-09-14_6d7fae.txt",
    "express_26-09-14_c3c0ef.txt",
    "express_26-10-14_3b89b5.txt",
]


def test_events_do_not_follow_the_order_of_the_files() -> None:
    """COUNTER: whether 7f2d0e joined the event of six other reports depended on which
    four of five stories the guard sampled (mean cosine 0.183 or 0.202 against the
    threshold 0.2), i.e. on the order the stories joined in: sorted and reversed differed."""
    documents = devdata("counter", COUNTER_EVENT)
    order = list(range(len(documents)))
    a, b = in_orders(documents, order, order[::-1])
    assert a == b


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(3, 25))
def test_event_clustering_is_the_same_under_other_story_numbers(rng: random.Random, n: int) -> None:
    """Stories of random terms (a few shared), clustered, then numbered the other way: the
    same events (the guard's sample and equal cosines go by the stories' keys)."""
    terms = [f"t{i}" for i in range(12)]
    vectors = []
    for _ in range(n):
        picked = rng.sample(terms, rng.randint(2, 6))
        weights = {t: float(rng.randint(1, 3)) for t in picked}
        norm = sum(w * w for w in weights.values()) ** 0.5
        vectors.append({t: w / norm for t, w in sorted(weights.items(), key=lambda kv: -kv[1])})
    keys = rng.sample(range(1 << 30), n)  # distinct, as documents of other texts
    options = StoryOptions(event_min_cosine=0.3, event_guard_min=0.3, event_min_shared=1)
    perm = list(range(n))
    rng.shuffle(perm)  # story i is story perm[i] in the other numbering

    def events(vs: list[dict[str, float]], ks: list[int]) -> list[int]:
        return cluster_events(vs, event_edges(vs, options, False, ks), options, ks)

    first = events(vectors, keys)
    moved_vectors, moved_keys = [{}] * n, [0] * n
    for i, j in enumerate(perm):
        moved_vectors[j], moved_keys[j] = vectors[i], keys[i]
    second = events(moved_vectors, moved_keys)

    def partition(labels: list[int], number: list[int]) -> set[frozenset[int]]:
        found: dict[int, set[int]] = {}
        for i in range(n):
            found.setdefault(labels[number[i]], set()).add(i)
        return {frozenset(g) for g in found.values()}

    assert partition(first, list(range(n))) == partition(second, perm)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.sampled_from("abcdefghij"), st.floats(0.01, 1.0), min_size=1),
    st.dictionaries(st.sampled_from("abcdefghij"), st.floats(0.01, 1.0), min_size=1),
)
def test_a_cosine_is_the_same_to_the_last_bit_either_way_round(
    a: dict[str, float], b: dict[str, float]
) -> None:
    """Added in one vector's order, cosine(a, b) and cosine(b, a) could differ in the last
    bit: two stories numbered the other way round then had another cosine."""
    assert cosine(a, b) == cosine(b, a)
    assert cosine(a, dict(reversed(list(a.items())))) == cosine(a, a)


# --- 5. bases ---------------------------------------------------------------------------------


def test_the_base_of_texts_alike_but_for_a_dash_does_not_follow_the_names() -> None:
    body = [
        "Hugh Binning (1627-1653) was a Scottish philosopher and theologian of the church.",
        "He was born in Ayrshire and taught philosophy at the University of Glasgow at 19.",
        "His sermons were published after his death and read widely in the century after.",
    ]
    dash = [body[0].replace("1627-1653", "1627\u20131653"), *body[1:]]
    documents = [doc("a.txt", body), doc("b.txt", dash)]
    found = [build_story_index(documents[::step]) for step in (1, -1)]
    assert [len(f.stories) for f in found] == [1, 1]
    bases = [f.documents[f.stories[0].base].text for f in found]
    assert bases[0] == bases[1]


def test_the_base_of_the_same_text_twice_goes_by_the_rest_of_the_content() -> None:
    """Two files of one text, one from an outlet's page (a URL): the same base whatever
    their names (the text ties; the document key does not)."""
    text = ["A ferry ran aground off the Hook of Holland on Sunday, the coastguard said."] * 1
    text += ["All 240 passengers were taken ashore and nobody was hurt, officials said."]
    a = doc("a.txt", text)
    b = replace(doc("b.txt", text), url="https://example.com/news/ferry-aground")
    first = build_story_index([a, b])
    second = build_story_index([replace(b, path=Path("a.txt")), replace(a, path=Path("b.txt"))])
    [one], [two] = first.stories, second.stories
    keys = {document_key(first.documents[one.base]), document_key(second.documents[two.base])}
    assert len(keys) == 1


def test_the_base_of_two_files_of_one_text_does_not_follow_the_order_of_the_list() -> None:
    """The same text and metadata twice: only the name tells them apart, so another order
    of the list keeps the base (a renaming may move it: they are the same document)."""
    text = ["Parliament passed the budget for the coming year by 201 votes to 95 on Monday."]
    text += ["The opposition said it would challenge two of its articles in the courts."]
    documents = [doc("b.txt", text), doc("a.txt", text)]
    bases = {
        f.documents[f.stories[0].base].path.name
        for f in (build_story_index(documents), build_story_index(documents[::-1]))
    }
    assert bases == {"a.txt"}


# --- all together, on a generated folder -------------------------------------------------------


def test_a_generated_folder_shuffled_groups_the_same() -> None:
    """The tester's generated folder: 2,000 documents, seed 3, shuffled, moved a story of
    13 documents (a twin standing for its class in the copy guard)."""
    documents = generate(2000, seed=3).documents
    order = list(range(len(documents)))
    random.Random(3).shuffle(order)
    first, second = in_orders(documents, list(range(len(documents))), order)
    assert first == second


def test_the_describer_of_equal_shares_is_the_version_most_like_the_base() -> None:
    """A flash's updates and a client's trimmed copy each hold the flash whole: the first
    of them in the input described the story, so a client's copy read first from its
    folder made another client's rewrite an event of its own, the same files in one folder
    not (a corrections editor's walkthrough). Whatever their order, the same one."""
    from wirediff.core.stories.build import describer
    from wirediff.core.stories.model import Version

    base = Version(0, 1.0, 1.0, 1.0)
    trimmed, update = Version(1, 0.14, 0.08, 0.38), Version(2, 0.18, 0.12, 0.38)
    assert describer([base, trimmed, update]) == 2
    assert describer([base, replace(update, doc=1), replace(trimmed, doc=2)]) == 1
    assert describer([base, Version(3, 0.1, 0.1, 0.5), update]) == 3  # (most of it first)
    assert describer([base]) is None
