"""Figures as Chinese copy writes them: full-width digits and signs are the figure's
ASCII (a Chinese wire desk's walkthrough)."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.quoting import changed_figures, figures_said
from wirediff.core.tokens import tokenize

# A headline reworded by a Hong Kong paper, its figures in full-width forms; the story kept
_QUAKE = ("台湾花莲外海发生{}级地震 全岛有感\n\n", "花蓮規模{}地震 台北有感\n\n")
_STORY = "气象署表示今天发生地震，约{}人停电。\n"


def _said(old: str, new: str, story: tuple[str, str] = ("3", "3")) -> list[str]:
    left = _QUAKE[0].format(old) + _STORY.format(story[0])
    right = _QUAKE[1].format(new) + _STORY.format(story[1])
    return changed_figures(compare(left, right), None)[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("6.1", "６．１"),
        ("6.1", "６・１"),  # (Japanese's middle dot, a decimal point)
        ("12,000", "１２，０００"),
    ],
)
def test_a_full_width_figure_is_its_half_width_figure(old: str, new: str) -> None:
    """ "figures changed: 6.1 → ６．１" was said of a reworded headline: its figures were
    called equal only where the word diff matched them (a Chinese wire desk's
    walkthrough)."""
    assert _said(old, new) == []
    assert _said(new, old) == []


def test_a_full_width_figure_changed_is_a_figure_changed() -> None:
    assert _said("6.1", "６．４") == ["6.1 → ６．４"]
    assert _said("6.1", "6.1", ("12,000", "１５，０００")) == ["12,000人 → １５，０００人"]


def test_a_change_said_in_full_width_and_half_width_forms_is_said_once() -> None:
    """A headline's "3.6% → 5%" and its lede's "３．６％ → ５％" are one change (×2), as
    "63 → ٦٨" and "63 → 68" are."""
    said = figures_said([("3.6%", "5%"), ("３．６％", "５％"), ("14:30", "15:00")], None)
    assert said == "3.6% → 5% (×2), 14:30 → 15:00"
    assert figures_said([("14:30", "15:00"), ("１４：３０", "１５：００")]) == "14:30 → 15:00 (×2)"


def test_a_time_with_a_full_width_colon_is_one_figure() -> None:
    """ "14:30 → １５ ３０": the full-width colon parted a time in two figures."""
    story = "台湾花莲外海发生地震\n\n气象署表示，地震于今天{}发生，全岛有感，台北亦有感。\n"
    said = changed_figures(compare(story.format("14:30"), story.format("１５：３０")), None)
    assert said[0] == ["14:30 → １５：３０"]


# A Chinese story's sentence with a sum and a temperature in it
_SUM = "东京电力公司表示，损失约为{}亿，气温降至{}度，当局仍在调查。\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("＄5", "$5"),
        ("￥700", "¥700"),
        ("￡30", "£30"),
        ("￦500", "₩500"),
        ("＄５", "$5"),
    ],
)
def test_a_full_width_currency_sign_is_its_half_width_sign(old: str, new: str) -> None:
    """A Hong Kong paper's "＄5亿" against an agency's "$5亿" was a word changed, its "＄"
    a token apart from its figure where "$5" is one word; "￥" and "￡" (U+FFE5, U+FFE1)
    were not folded at all (a Chinese wire desk's walkthrough)."""
    left, right = _SUM.format(old, "3"), _SUM.format(new, "3")
    assert compare(left, right).changes == ()
    assert compare(right, left).changes == ()


def test_a_full_width_minus_is_a_figures_minus() -> None:
    """ "－3 → －4" was "3 → 4", its minus (U+FF0D) punctuation beside the figure, and
    "－3 → 3" no figure changed at all: a cold snap said as a thaw."""
    assert compare(_SUM.format("5", "－3"), _SUM.format("5", "-3")).changes == ()
    said = changed_figures(compare(_SUM.format("5", "－3"), _SUM.format("5", "－4")), None)
    assert said[0] == ["－3 → －4"]
    said = changed_figures(compare(_SUM.format("5", "－3"), _SUM.format("5", "3")), None)
    assert said[0] == ["－3 → 3"]
    # a half-width minus after an ideograph is a sign too: each ideograph is a word of its
    # own, none a word the hyphen joins ("COVID-19" keeps its hyphen)
    said = changed_figures(compare(_SUM.format("5", "-3"), _SUM.format("5", "3")), None)
    assert said[0] == ["-3 → 3"]
    assert [t.text for t in tokenize("降至－3度，降至-3度")] == [
        *"降至",
        "－3",
        *"度，降至",
        "-3",
        "度",
    ]


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("＄5", "＄6", ["＄5亿 → ＄6亿"]),
        ("￥700", "￥800", ["￥700亿 → ￥800亿"]),
        ("￥700", "¥800", ["￥700亿 → ¥800亿"]),
        ("￡30", "￡40", ["￡30亿 → ￡40亿"]),
        # another currency is a figure changed, as "¥700 → $700" is
        ("￥700", "$700", ["￥700亿 → $700亿"]),
        ("＄5", "€5", ["＄5亿 → €5亿"]),
    ],
)
def test_a_figure_is_said_with_its_full_width_currency(old: str, new: str, said: list[str]):
    """ "￥700亿 → $700亿" was no figure changed, and "＄5 → ＄6" was "5 → 6": the figures
    knew "$" and "¥" only in their half-width forms."""
    assert changed_figures(compare(_SUM.format(old, "3"), _SUM.format(new, "3")), None)[0] == said
