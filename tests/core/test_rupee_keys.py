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


def assert_alike(left: str, right: str) -> None:
    """``left`` and ``right`` (lines) compare alike under every option, keeping their texts
    (white space compared: "Rs 1,200" against "₹1,200" is a space, no word), and differ with
    typography not folded."""
    for options in OPTIONS:
        result = compare(left + "\n", right + "\n", options)
        assert result.stats.similarity == 1.0, options
        assert result.changes == () or not options.fold_whitespace
        assert result.rebuild("left") == left + "\n" and result.rebuild("right") == right + "\n"
    assert compare(left + "\n", right + "\n", CompareOptions(fold_typography=False)).changes


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
    assert_alike(left, right)


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


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("लागत 1,200 करोड़ रुपये है।", "लागत ₹1,200 करोड़ है।"),
        ("लागत 1.16 लाख करोड़ रुपए है।", "लागत Rs 1.16 लाख करोड़ है।"),
        ("लागत 500 रुपये है।", "लागत रु. 500 है।"),
        ("সরকার ৫০০ কোটি টাকা বরাদ্দ দিয়েছে।", "সরকার ৳৫০০ কোটি বরাদ্দ দিয়েছে।"),
        ("حکومت نے 500 روپے دیے۔", "حکومت نے Rs 500 دیے۔"),
        ("The fund paid 2 million rupees to farmers.", "The fund paid ₹2 million to farmers."),
        ("The fund paid 500 crore taka to farmers.", "The fund paid Tk 500 crore to farmers."),
        ("The fund paid BDT 500 crore to farmers.", "The fund paid ৳500 crore to farmers."),
    ],
)
def test_the_currencys_word_after_a_figure_is_its_sign_before_it(left: str, right: str) -> None:
    """ "1.16 लाख करोड़ रुपये" against "₹1.16 लाख करोड़" was a changed word in nearly every
    Hindi paper's rewrite of an agency's copy (a South Asian desk's walkthrough): the word
    after a figure and the words of its magnitude is its currency's sign before it."""
    assert_alike(left, right)


_PAID = "The fund paid {} to farmers in the state this year, the minister said."


@pytest.mark.parametrize(
    ("left", "right", "changed"),
    [
        # a figure changed is the figure alone, its currency's word not marked
        ("लागत 1,200 करोड़ रुपये है।", "लागत ₹1,300 करोड़ है।", [("1,200", "1,300")]),
        ("लागत 1,200 करोड़ रुपये है।", "लागत 1,300 करोड़ रुपये है।", [("1,200", "1,300")]),
        # a currency changed or dropped: the sum, with the word
        (
            "लागत 1,200 करोड़ रुपये है।",
            "लागत 1,200 करोड़ डॉलर है।",
            [("1,200 करोड़ रुपये", "1,200 करोड़ डॉलर")],
        ),
        ("लागत 1,200 करोड़ रुपये है।", "लागत 1,200 करोड़ है।", [("1,200 करोड़ रुपये", "1,200 करोड़")]),
        (
            _PAID.format("5 million taka"),
            _PAID.format("5 million rupees"),
            [("5 million taka", "5 million rupees")],
        ),
        (
            _PAID.format("2 million rupees"),
            _PAID.format("PKR 2 million"),
            [("2 million rupees", "PKR 2 million")],
        ),
    ],
)
def test_a_sum_with_its_currencys_word_is_marked_where_it_changed(left, right, changed) -> None:
    result = compare(left + "\n", right + "\n")
    assert [
        (left[c.left.start : c.left.end], right[c.right.start : c.right.end])
        for c in result.changes
    ] == changed


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("रुपये की कीमत गिरी।", "₹ की कीमत गिरी।"),  # (after no figure)
        ("The fund paid 500\nrupees to farmers.", "The fund paid ₹500\nto farmers."),  # (a line on)
        ("He gave 5 mangoes, rupees too.", "He gave ₹5 mangoes, too."),  # (a word between)
    ],
)
def test_a_currencys_word_not_after_a_figure_stays(left: str, right: str) -> None:
    assert compare(left + "\n", right + "\n").changes != ()


def test_polish_and_swahili_taka_after_a_figure_is_no_currency() -> None:
    """Polish "taka" (such) and Swahili's (waste) after a year took the year into a sum,
    "2020 taka" against "2020 roku taka" marked the unchanged 2020 (a review)."""
    left, right = (
        "W 2020 taka sytuacja się powtórzyła.\n",
        "W 2020 roku taka sytuacja się powtórzyła.\n",
    )
    result = compare(left, right)
    [change] = result.changes
    assert change.left.start == change.left.end  # (an insertion: the year not marked)
    assert right[change.right.start : change.right.end].strip() == "roku"
