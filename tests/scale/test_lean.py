"""What the Dask engine keeps and moves, pickled lean (``scale.lean``): it comes back the
same, element for element, in fewer bytes."""

from __future__ import annotations

import pickle
from array import array

import pytest

np = pytest.importorskip("numpy", reason="the scale extra is not installed")

from wirediff.core.stories.features import Shingles  # noqa: E402
from wirediff.core.stories.options import StoryOptions  # noqa: E402
from wirediff.core.stories.synth import generate  # noqa: E402
from wirediff.scale import parts as P  # noqa: E402
from wirediff.scale.lean import from_lean, lean_shingles  # noqa: E402

OPTIONS = StoryOptions()


def _features(rate: int) -> tuple[P.Numbered, list[P.Features]]:
    docs = P.number(generate(60, seed=4).documents, 100)
    lines = P.doc_lines(docs, OPTIONS)
    return docs, P.features(docs, lines, np.empty(0, np.int64), OPTIONS, rate)


@pytest.mark.parametrize("rate", [1, 4])
def test_features_come_back_the_same_in_fewer_bytes(rate: int) -> None:
    _docs, feats = _features(rate)
    assert any(len(f.shingles.sampled) < len(f.shingles.full) for f in feats) == (rate > 1)
    for f in feats:
        back = pickle.loads(pickle.dumps(f, 5))
        assert back == f
        assert back.shingles.sampled.typecode == back.shingles.lead.typecode == "q"
        assert len(lean_shingles(f.shingles, rate)) > 1  # not pickled whole
    whole = len(pickle.dumps([(f.doc, f.lines, f.shingles) for f in feats], 5))
    lean = len(pickle.dumps(feats, 5))
    assert lean < whole * (0.95 if rate == 1 else 0.8)  # the lead; and the sample


def _shingles(full: list[int], sampled: list[int], lead: list[int]) -> Shingles:
    return Shingles(array("q", full), array("q", sampled), len(full) + 2, array("q", lead))


@pytest.mark.parametrize(
    "odd",
    [
        _shingles([5, 1, 8], [5, 1, 8], [5]),  # full not sorted
        _shingles([1, 4, 8], [4], [4]),  # not the sample of rate 4 (8 is missing)
        _shingles([1, 4, 8], [4, 8], [2]),  # the lead not in full
    ],
)
def test_shingles_of_another_shape_are_pickled_whole(odd: Shingles) -> None:
    assert lean_shingles(odd, 4) == (odd,)
    assert from_lean(4, *lean_shingles(odd, 4)) == odd


def test_lead_positions_past_two_bytes() -> None:
    full = list(range(0, 4 * 70_000, 4))
    big = _shingles(full, full, [full[-1], full[0], full[-1], full[66_000]])
    lean = lean_shingles(big, 4)
    assert lean[-1] == 4
    back = from_lean(4, *lean)
    assert back == big and back.lead.tolist() == big.lead.tolist()


def test_an_empty_document_comes_back_empty() -> None:
    empty = _shingles([], [], [])
    assert from_lean(4, *lean_shingles(empty, 4)) == empty


def test_a_shuffled_document_comes_back_with_its_text_in_fewer_bytes() -> None:
    docs, feats = _features(4)
    items = [P.DocItem(d, f) for (_, d), f in zip(docs, feats, strict=True)]
    for item in items:
        assert pickle.loads(pickle.dumps(item, 5)) == item
    whole = len(pickle.dumps([(i.doc, i.document, i.features) for i in items], 5))
    assert len(pickle.dumps(items, 5)) < whole * 0.85  # the text zipped
