"""Mexican and Portuguese press style's thousands in words compare as their figures: a
Mexican paper's "mil 500" and "250 mil" for EFE's and Notimex's "1.500" and "250.000" were
changed words, a stop of n each, while the figures summary saw none (a Spanish/Portuguese
desk's walkthrough)."""

from __future__ import annotations

import pytest

from tests.core.test_rupee_keys import assert_alike
from wirediff.core.compare import compare

_DOTS = "El programa, de 2.500.000 pesos, beneficiará a {} empresas."
_PT = "O programa, de 2.500.000 reais, beneficiará {} empresas."


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (_DOTS.format("1.500"), _DOTS.format("mil 500")),
        (_DOTS.format("250.000"), _DOTS.format("250 mil")),
        (_DOTS.format("2.300"), _DOTS.format("2 mil 300")),
        (_DOTS.format("1,500"), _DOTS.format("mil 500")),  # (the paper's own comma)
        (
            "Los daños suman 1.500 millones de pesos, estimó.",
            "Los daños suman mil 500 millones de pesos, estimó.",
        ),
        (_PT.format("2.000"), _PT.format("2 mil")),
    ],
)
def test_a_figure_said_with_mil_is_its_value(left: str, right: str) -> None:
    assert_alike(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (_DOTS.format("1.500"), _DOTS.format("mil 600")),  # (another value)
        (_DOTS.format("250.000"), _DOTS.format("25 mil")),
        (_DOTS.format("1.000"), _DOTS.format("mil")),  # ("mil" alone stays a word)
        (_DOTS.format("3.500"), _DOTS.format("3,5 mil")),  # (a decimal before it: not read)
        # (a figure read once: "300" taken by the first "mil" leads no second; it read
        # "2 mil 300 mil" as "2.300", a review)
        (_DOTS.format("2.300"), _DOTS.format("2 mil 300 mil")),
        (_DOTS.format("1.500"), _DOTS.format("mil 500 mil")),
        (
            "In English copy 1.500 is no thousand and a half.",
            "In English copy mil 500 is no thousand and a half.",
        ),
    ],
)
def test_what_is_not_the_same_value_stays_a_change(left: str, right: str) -> None:
    assert compare(left + "\n", right + "\n").changes != ()


def test_a_changed_figure_with_mil_is_marked_whole() -> None:
    left, right = _DOTS.format("1.500"), _DOTS.format("mil 600")
    (change,) = compare(left + "\n", right + "\n").changes
    assert left[change.left.start : change.left.end] == "1.500"
    assert right[change.right.start : change.right.end] == "mil 600"
