"""A figure's percent and magnitude, one unit with it in the comparison keys: a Turkish
paper's "yüzde 3,5" for AA's "%3,5" (a Turkish/Azerbaijani desk's walkthrough) and "$2.5bn"
for "$2.5 billion" in a quote (an Africa desk's) were changes, the quote a misquote's alarm."""

from __future__ import annotations

import re

import pytest

from tests.core.test_rupee_keys import assert_alike
from wirediff.core import numerals
from wirediff.core.compare import compare
from wirediff.core.requotes import quote_changes


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Enflasyon kasımda %3,5 oldu.", "Enflasyon kasımda yüzde 3,5 oldu."),
        ("Enflasyon %3,5'e yükseldi.", "Enflasyon YÜZDE 3,5'e yükseldi."),
        ("İnflyasiya 3,5% olub.", "İnflyasiya 3,5 faiz olub."),
        ("Inflation rose to 23 per cent in May.", "Inflation rose to 23% in May."),
        ("Inflation rose to 2.5 percent in May.", "Inflation rose to 2.5 pct in May."),
        ("Die Inflation lag bei 2,5 Prozent.", "Die Inflation lag bei 2,5 %."),
        ("L'inflation a atteint 3,2 pour cent.", "L'inflation a atteint 3,2 %."),
        ("Инфляция составила 7,5 процента.", "Инфляция составила 7,5%."),
        ("ارتفع التضخم إلى 5 في المئة هذا العام", "ارتفع التضخم إلى 5٪ هذا العام"),
        ('"The $2.5 billion will cover food," he said.', '"The $2.5bn will cover food," he said.'),
        ("It cost $800 million in all.", "It cost $800m in all."),
        ("It cost ₦800 million in all.", "It cost ₦800mn in all."),
        ("Бюджет получит 2 млрд рублей.", "Бюджет получит 2 миллиарда рублей."),
        ("Bütçe 1,5 milyar lira fazla verdi.", "Bütçe 1,5 milyard lira fazla verdi."),
    ],
)
def test_a_figures_unit_spelt_another_way_is_no_change(left: str, right: str) -> None:
    assert_alike(left, right)


def test_a_quote_whose_figure_is_spelt_another_way_is_no_quote_changed() -> None:
    left = 'He said: "The ₦2.5 billion will cover food and 13.5% of the rent."\n'
    right = 'He said: "The ₦2.5bn will cover food and 13.5 per cent of the rent."\n'
    assert quote_changes(compare(left, right)) == []
    assert quote_changes(compare(left, right.replace("2.5bn", "3.5bn")))


@pytest.mark.parametrize(
    ("left", "right", "old", "new"),
    [
        ("Enflasyon %3,5 oldu.", "Enflasyon yüzde 3,7 oldu.", "3,5", "3,7"),
        ("Inflation rose to 23%.", "Inflation rose to 24 per cent.", "23", "24"),
        ("It cost $2.5 million.", "It cost $2.5 billion.", "$2.5 million", "$2.5 billion"),
        ("It cost $2.5bn.", "It cost $2.7 billion.", "$2.5bn", "$2.7 billion"),
    ],
)
def test_a_figure_changed_with_its_unit_is_marked(left, right, old, new) -> None:
    (change,) = compare(left + "\n", right + "\n").changes
    assert left[change.left.start : change.left.end] == old
    assert right[change.right.start : change.right.end] == new


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The 800m race was won by Keely.", "The 800 million race was won by Keely."),
        ("Yürüyüş 15 mn sürdü.", "Yürüyüş 15 million sürdü."),  # (French minutes: no price)
        ("Kredi yüzde 3,5 faiz ile verildi.", "Kredi %3,5 ile verildi."),  # (interest)
        ("Rates rose 5 percentage points.", "Rates rose 5% points."),
        ("He scored 23 percent.", "He scored 23."),
        ("It cost $2.5bn.", "It cost $2.5."),
        ("See file%20name for 3 more.", "See file 20 name for 3 more."),
        ("Rates rose by 5 %\n3 more came.", "Rates rose by 5\n3 more came."),
    ],
)
def test_what_is_no_figures_unit_stays_a_change(left: str, right: str) -> None:
    assert compare(left + "\n", right + "\n").changes != ()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Bakanlığın verilerine göre bütçe 1,5 milyar lira fazla verdi ve 12 bin kişi", True),
        ("Azərbaycan qaz ixracını artırıb və bu il 12 min ton, bildirib", True),
        ("The council said 12 bin lorries were bought for the city this year", False),
        ("He was subbed off after 85 min and the crowd was on its feet", False),
        ("Erdoğan ve Aliyev met in Ankara on Monday, the ministry said", False),
    ],
)
def test_a_text_is_told_turkish_or_azerbaijani_by_its_words(text: str, said: bool) -> None:
    """ "12 bin" is a thousand in Turkish copy, a bin in English; "5 min" a thousand in
    Azerbaijani, minutes elsewhere (``numerals.turkic``, for the figures)."""
    assert numerals.turkic(text) is said


def test_turkish_magnitudes_are_read_with_their_endings_not_as_any_word() -> None:
    magnitudes = re.compile(f"(?:{numerals.TURKIC_MAGNITUDES})")
    for word in ("milyar", "milyarlık", "milyard", "milyon", "milyonu", "trilyon"):
        assert magnitudes.fullmatch(word), word
    for word in ("milyoner", "milyarder", "bina", "minare"):
        assert not magnitudes.fullmatch(word), word
    thousands = re.compile(f"(?:{numerals.TURKIC_THOUSANDS})")
    assert thousands.fullmatch("bin") and thousands.fullmatch("binlik")
    assert not thousands.fullmatch("bina") and not thousands.fullmatch("mini")
