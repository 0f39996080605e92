"""Numbers written against a word of a caseless script ("116رنز", as Urdu texts often write
them): the same words, shingles and terms as the number written apart ("116 رنز")."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import load_paths
from wirediff.core.stories import Derivation, build_story_index, pair_derivation
from wirediff.core.stories.events import story_terms, term_sequence
from wirediff.core.stories.features import fold_text, words_of


def _terms(text: str) -> tuple[set[str], set[str]]:
    counts, entities = story_terms(text, [(0, len(text))])
    return set(counts), entities


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("پاکستان نے 116رنز بنائے", "پاکستان نے 116 رنز بنائے"),  # Urdu, no space after
        ("مجموعے408 رنز", "مجموعے 408 رنز"),  # ... or before the number
        ("اسکور 43.4اوورز میں", "اسکور 43.4 اوورز میں"),  # a decimal stays one number
        ("साल 2020में", "साल 2020 में"),  # Devanagari
        ("پاکستان نے 116\u200cرنز بنائے", "پاکستان نے 116 رنز بنائے"),  # a ZWNJ between
        ("پاکستان نے رنز\u200d116 بنائے", "پاکستان نے رنز 116 بنائے"),  # a ZWJ
    ],
)
def test_a_number_against_a_caseless_word_is_the_same_number(glued: str, spaced: str) -> None:
    assert _terms(glued) == _terms(spaced)
    assert term_sequence(glued) == term_sequence(spaced)
    assert words_of(fold_text(glued)) == words_of(fold_text(spaced))  # the shingles' words
    numbers = {t for t in _terms(glued)[1] if t[0].isdigit()}
    assert numbers and all(t.replace(".", "").isdigit() for t in numbers)


@pytest.mark.parametrize("word", ["COVID19", "G7", "F-16s", "Ölçü5", "2,500", "B52"])
def test_words_of_cased_scripts_with_digits_stay_one_term(word: str) -> None:
    assert len(term_sequence(f"the {word} was there")) == 1


def test_words_of_cased_scripts_with_digits_stay_one_word() -> None:
    assert words_of("COVID19 G7 Ölçü5 F16 ١٢٣ ۲۰۲۱") == [
        "COVID19",
        "G7",
        "Ölçü5",
        "F16",
        "١٢٣",
        "۲۰۲۱",
    ]


# A match report as an agency writes it (its numbers against their words) and a newspaper's
# copy that spaces them: one word in six is such a number, and every shingle around it broke.
_REPORT = """پاکستان نے پہلی اننگز میں 212رنز بنائے

کراچی میں کھیلے گئے میچ میں پاکستان نے ٹاس جیت کر 50اوورز میں 212رنز بنائے۔
احمد شہزاد نے 35رنز اور حفیظ نے 43رنز کی اننگز کھیلی۔
آسٹریلیا کی جانب سے لیون نے 23رنز دے کر 3وکٹیں حاصل کیں
جبکہ جانسن نے 38رنز کے عوض 2کھلاڑیوں کو آؤٹ کیا۔
جواب میں آسٹریلیا کی ٹیم 43.4اوورز میں 192رنز پر آؤٹ ہو گئی۔
وارنر نے 51رنز اور سمتھ نے 44رنز بنائے۔
پاکستان کی جانب سے عرفان نے 4وکٹیں اور اجمل نے 3وکٹیں حاصل کیں۔ پاکستان نے سیریز 3-2سے جیت لی۔
"""


def test_a_copy_that_spaces_the_numbers_is_a_copy(tmp_path: Path) -> None:
    spaced = "".join(
        f"{c} " if c.isdigit() and n.isalpha() else c
        for c, n in zip(_REPORT, _REPORT[1:] + " ", strict=True)
    )
    assert spaced != _REPORT and "212 رنز" in spaced
    (tmp_path / "app.txt").write_text(_REPORT, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(spaced, encoding="utf-8")
    index = build_story_index(load_paths([tmp_path]).documents)
    assert len(index.stories) == 1
    assert index.scores(0, 1).similarity == 1.0
    assert pair_derivation(index, 0, 1).level is Derivation.COPY  # (it was "independent")
