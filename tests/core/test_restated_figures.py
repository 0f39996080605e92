"""A figure the other text still states in the same words is no figure changed: two
headlines' facts paired on the words around them (a Chinese wire desk's walkthrough)."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.quoting import changed_figures

# An agency's headline and a rewrite's, each a fact of its own; the rewrite's body repeats
# the agency's headline figure in the agency's words
_AGENCY = (
    "前11个月我国外贸进出口同比增长3.6%\n\n海关总署7日发布的数据显示，今年前11个月，"
    "我国货物贸易进出口总值41.21万亿元人民币，同比增长3.6%。\n"
)
_REWRITE = (
    "外贸成绩单出炉：民营企业进出口占比近56%\n\n海关总署7日公布，今年前11个月我国货物贸易"
    "进出口总值达41.21万亿元人民币，同比增长3.6%。\n"
)


def _said(old: str, new: str) -> list[str]:
    return changed_figures(compare(old, new), None)[0]


def test_a_figure_the_rewrite_restates_is_not_changed_to_its_headlines() -> None:
    """ "figures changed: 3.6% → 56%", the only one said of the rewrite: total growth
    against the private firms' share, paired because 进出口 and % line up."""
    assert _said(_AGENCY, _REWRITE) == []
    assert _said(_REWRITE, _AGENCY) == []


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # the same figure elsewhere, of another fact
        (
            "Blast leaves 5 dead in Lagos market\n\nPolice said 5 people were injured.\n",
            "Blast leaves 7 dead in Lagos market\n\nPolice said 5 people were injured.\n",
            ["5 → 7"],
        ),
        (
            "Blast in Lagos\n\nA cylinder exploded, killing 5 people and injuring 5 more.\n",
            "Blast in Lagos\n\nA cylinder exploded, killing 7 people and injuring 5 more.\n",
            ["5 people → 7 people"],
        ),
        # the same words before it, of another month or year
        (
            "外贸数据公布\n\n海关表示，10月出口增长5%。\n\n海关表示，11月出口增长5%，顺差扩大。\n",
            "外贸数据公布\n\n海关表示，10月出口增长5%。\n\n海关表示，11月出口增长7%，顺差扩大。\n",
            ["5% → 7%"],
        ),
        (
            "外贸数据公布\n\n海关总署表示，11月出口增长5%，进口增长5%，贸易顺差扩大。\n",
            "外贸数据公布\n\n海关总署表示，11月出口增长7%，进口增长5%，贸易顺差扩大。\n",
            ["5% → 7%"],
        ),
        (
            "Exports grew 5% in 2024. In 2025 exports grew 5% again, the ministry said.\n",
            "Exports grew 5% in 2024. In 2025 exports grew 7% again, the ministry said.\n",
            ["5% → 7%"],
        ),
    ],
)
def test_a_figure_corrected_beside_the_same_figure_kept_is_changed(
    old: str, new: str, said: list[str]
) -> None:
    assert _said(old, new) == said
