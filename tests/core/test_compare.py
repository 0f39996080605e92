import json
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.invariants import check_invariants
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.report.jsonout import rebuild_from_data, to_json
from wirediff.core.result import RowKind

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "us-iraq-troop-role"
SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]

# Text with sentence stops, paragraph breaks, quotes, RTL, emoji and combining marks.
prose_alphabet = st.sampled_from(
    [*"aeiou tns.,;!?\n\n’“”—-'0123", "U.S.", "Mr.", "قال ", "۔", "😀", "é", "\u0301"]
)
prose = st.lists(prose_alphabet, max_size=200).map("".join)
options_strategy = st.builds(
    CompareOptions,
    ignore_case=st.booleans(),
    ignore_punctuation=st.booleans(),
    fold_typography=st.booleans(),
    fold_whitespace=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(), options_strategy)
def test_random_unicode_rebuilds_exactly(left, right, options):
    result = compare(left, right, options)
    check_invariants(result)
    data = json.loads(to_json(result))
    assert rebuild_from_data(data, "left") == left
    assert rebuild_from_data(data, "right") == right


@settings(max_examples=300, deadline=None)
@given(prose, prose, options_strategy)
def test_random_prose_rebuilds_exactly(left, right, options):
    check_invariants(compare(left, right, options))


def edit(text: str, rng: random.Random) -> str:
    """Realistic edits: substitute, delete and insert words; drop and move sentences."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(len(paragraphs))
        words = paragraphs[k].split(" ")
        action = rng.choice(["sub", "del", "ins", "drop", "move"])
        i = rng.randrange(len(words))
        if action == "sub":
            words[i] = rng.choice(["ISIS", "Daesh", "the", ",", "troops", "officials"])
        elif action == "del":
            del words[i]
        elif action == "ins":
            words.insert(i, rng.choice(["reportedly", "the", "Reuters", "(AP)"]))
        paragraphs[k] = " ".join(words)
        if action == "drop" and len(paragraphs) > 1:
            del paragraphs[k]
        elif action == "move":
            paragraphs.append(paragraphs.pop(k))
    return "\n\n".join(paragraphs) + "\n"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(range(len(SAMPLE_TEXTS))), st.integers(0, 2**32 - 1), options_strategy)
def test_edited_sample_articles_rebuild_exactly(which, seed, options):
    original = SAMPLE_TEXTS[which]
    edited = edit(original, random.Random(seed))
    result = compare(original, edited, options)
    check_invariants(result)
    data = json.loads(to_json(result))
    assert rebuild_from_data(data, "left") == original
    assert rebuild_from_data(data, "right") == edited


def test_all_sample_pairs_compare():
    for i, left in enumerate(SAMPLE_TEXTS):
        for right in SAMPLE_TEXTS[i + 1 :]:
            check_invariants(compare(left, right))


def test_identical_texts_are_all_equal():
    result = compare(SAMPLE_TEXTS[0], SAMPLE_TEXTS[0])
    assert {row.kind for row in result.rows} == {RowKind.EQUAL}
    assert result.changes == ()
    assert result.stats.similarity == 1.0


def test_empty_and_blank_texts():
    for left, right in [("", ""), ("", "a"), ("a", ""), ("  \n", "b"), ("\n", "\n\n")]:
        check_invariants(compare(left, right))
    assert compare("", "x y z").stats.words_added == 3


def test_rewrapped_text_compares_equal():
    import textwrap

    paragraphs = [p for p in SAMPLE_TEXTS[0].split("\n") if len(p) > 150]
    left = "\n\n".join(textwrap.fill(p, 60) for p in paragraphs) + "\n"
    right = "\n\n".join(textwrap.fill(p, 76) for p in paragraphs) + "\n"
    result = compare(left, right)
    check_invariants(result)
    assert len(result.rows) == len(paragraphs)
    assert {row.kind for row in result.rows} == {RowKind.EQUAL}


def test_long_paragraph_without_stops_is_cut_into_rows():
    rng = random.Random(1)
    vocabulary = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
    words = [rng.choice(vocabulary) for _ in range(5000)]
    edited = list(words)
    for i in range(0, len(words), 500):
        edited[i] = "CHANGED"
    result = compare(" ".join(words) + "\n", " ".join(edited) + "\n")
    check_invariants(result)
    assert result.stats.words_changed == 10
    assert len(result.rows) >= 5000 // 250  # rows stay readable, word diffs stay small
