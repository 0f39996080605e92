"""A lede that says whose report it passes on (``reports_from``): China News Service's
reprint of CNA's story, "据台湾“中央社”报道", was the base of CNA's own (a Chinese desk's
walkthrough) — and the ordinary ledes of other languages that say no such thing."""

from __future__ import annotations

import pytest

from wirediff.core.reading.outlets import reports_from


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("中新网12月9日电 据台湾“中央社”报道，中央气象署表示，", "Central News Agency"),
        ("據中央社報導，氣象署表示，", "Central News Agency"),
        ("据新华社消息，国家统计局9日发布数据。", "Xinhua"),
        ("香港媒体援引新华社报道称，", "Xinhua"),
        ("据美国CNN报道，", "CNN"),
        ("TAIPEI - A quake struck off Yilan on Wednesday, Reuters reported.", "Reuters"),
        ("A quake struck off Yilan on Wednesday, according to Reuters.", "Reuters"),
    ],
)
def test_a_lede_passing_on_an_outlets_report_names_it(lede: str, outlet: str) -> None:
    assert reports_from(f"标题 Headline\n\n{lede}\n", outlet)


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("据悉，新华社记者9日在现场看到，", "Xinhua"),  # (it is learned)
        ("据了解，中央社今年的预算增加。", "Central News Agency"),  # (it is known)
        ("据统计，新华社去年发稿量增加。", "Xinhua"),  # (counted)
        ("新华社北京12月9日电 国家统计局9日发布数据。", "Xinhua"),  # (its own dateline)
        ("据APEC报道，", "AP"),  # (not AP's)
        ("The minister said two Reuters journalists were detained.", "Reuters"),
        ("Die Regierung hat am Mittwoch laut Angaben des Ministeriums beschlossen.", "dpa"),
        ("Le gouvernement a annoncé mercredi un plan pour les retraites.", "AFP"),
        ("Правительство в среду утвердило новый бюджет.", "TASS"),
        ("أعلنت الحكومة الأربعاء عن خطة جديدة للميزانية.", "Reuters"),
    ],
)
def test_an_ordinary_lede_passes_on_no_report(lede: str, outlet: str) -> None:
    assert not reports_from(f"Headline\n\n{lede}\n", outlet)


def test_a_report_passed_on_further_down_is_not_the_ledes() -> None:
    """Only the first lines: a report quoted in the fifth paragraph is one of several."""
    text = "\n\n".join(["标题", "第一段。", "第二段。", "第三段。", "据新华社报道，另有消息。"])
    assert not reports_from(text, "Xinhua")
