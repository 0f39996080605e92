"""The terms a story is described by (events, paraphrases): numbers written against a word."""

from __future__ import annotations

import pytest

from wirediff.core.stories.events import story_terms, term_sequence


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
    ],
)
def test_a_number_against_a_caseless_word_is_the_same_number(glued: str, spaced: str) -> None:
    assert _terms(glued) == _terms(spaced)
    assert term_sequence(glued) == term_sequence(spaced)
    numbers = {t for t in _terms(glued)[1] if t[0].isdigit()}
    assert numbers and all(t.replace(".", "").isdigit() for t in numbers)


@pytest.mark.parametrize("word", ["COVID19", "G7", "F-16s", "Ölçü5", "2,500", "B52"])
def test_words_of_cased_scripts_with_digits_stay_one_term(word: str) -> None:
    assert len(term_sequence(f"the {word} was there")) == 1
