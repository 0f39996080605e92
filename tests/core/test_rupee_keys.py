"""The rupee written "Rs", "Rs.", "INR", "रु." or "₹" before a figure is one sign: house
style, a change in nearly every Indian paper's rewrite of an agency's copy (a Hindi,
Bengali and Indian-English desk's walkthrough)."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions

OPTIONS = [
    CompareOptions(),
    CompareOptions(ignore_case=True),
    CompareOptions(ignore_punctuation=True),
    CompareOptions(fold_whitespace=False),
]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("a fine of Rs 1,200 crore was collected.", "a fine of ₹1,200 crore was collected."),
        ("a fine of Rs. 1,200 crore was collected.", "a fine of ₹ 1,200 crore was collected."),
        ("a fine of Rs.1,200 crore was collected.", "a fine of INR 1,200 crore was collected."),
        ("लागत रु. 500 है।", "लागत ₹500 है।"),
        ("लागत Rs १,२०० करोड़ है।", "लागत ₹1,200 करोड़ है।"),
        ("a fine of ₨ 1,200 was collected.", "a fine of Rs 1,200 was collected."),
    ],
)
def test_the_rupees_ways_before_a_figure_are_no_change(left: str, right: str) -> None:
    for options in OPTIONS:
        result = compare(left + "\n", right + "\n", options)
        # (white space compared: "Rs 1,200" against "₹1,200" is a space, no word)
        assert result.stats.similarity == 1.0, options
        assert result.changes == () or not options.fold_whitespace
        assert result.rebuild("left") == left + "\n" and result.rebuild("right") == right + "\n"
    assert compare(left + "\n", right + "\n", CompareOptions(fold_typography=False)).changes


def test_a_changed_figure_in_rupees_is_the_figure_alone() -> None:
    left, right = "a fine of Rs 1,200 crore.\n", "a fine of ₹1,300 crore.\n"
    (change,) = compare(left, right).changes
    assert left[change.left.start : change.left.end] == "1,200"
    assert right[change.right.start : change.right.end] == "1,300"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Rs and INR are its names.", "₹ and ₹ are its names."),  # (before no figure)
        ("He paid Rs.\n500 people came.", "He paid ₹.\n500 people came."),
        ("He paid $ 1,200 in fees.", "He paid ₹ 1,200 in fees."),  # (another currency)
        ("Mrs 5 and RS 5 and rs 5", "₹5 and ₹5 and ₹5"),  # (no rupee's way)
    ],
)
def test_what_is_no_rupee_before_a_figure_stays(left: str, right: str) -> None:
    assert compare(left + "\n", right + "\n").changes != ()
