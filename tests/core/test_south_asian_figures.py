"""Figures as a South Asian desk's copy writes them (a Hindi, Bengali and Indian-English
desk's walkthrough): lakh and crore as words of a figure's magnitude, in English, Hindi,
Bengali and Urdu, Indian grouping ("12,34,567"), and the rupee's and the taka's signs."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.quoting import changed_figures, figures_said
from wirediff.core.tokens import MONEY_SIGNS, RUPEE_CURRENCIES, RUPEES, SOUTH_ASIAN_SIGNS

_EN = "The Delhi government said {} had been collected since October 1, officials said.\n"
_HI = "इससे करीब {} किसानों को लाभ होने की उम्मीद है, गवर्नर ने कहा।\n"
_BN = "প্রবাসীরা নভেম্বরে {} ডলার রেমিট্যান্স পাঠিয়েছেন, বাংলাদেশ ব্যাংক জানিয়েছে।\n"


def _said(old: str, new: str) -> list[str]:
    return changed_figures(compare(old, new), None)[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the same sum, written with its lakh or crore or in digits (Indian grouping)
        (_EN.format("Rs 2 lakh"), _EN.format("Rs 2,00,000")),
        (_EN.format("Rs 2 lakh"), _EN.format("Rs 200,000")),
        (_EN.format("12,34,567 rupees"), _EN.format("1,234,567 rupees")),
        (_EN.format("Rs 1,200 crore"), _EN.format("₹12 billion")),
        (_EN.format("Rs 1,200 crore"), _EN.format("₹1,200 crore")),
        (_EN.format("Rs 1,200 crore"), _EN.format("INR 1,200 crores")),
        (_EN.format("Rs 1.16 lakh crore"), _EN.format("₹1,16,000 crore")),
        (_EN.format("Rs 20 thousand crore"), _EN.format("Rs 20,000 crore")),
        # "lac" and "cr" after a rupee's or a taka's sign
        (_EN.format("Rs 2 lac"), _EN.format("Rs 2,00,000")),
        (_EN.format("Rs 5 lacs"), _EN.format("Rs 5 lakh")),
        (_EN.format("Rs 500 cr"), _EN.format("Rs 500 crore")),
        (_EN.format("₹5cr"), _EN.format("₹50 million")),
        # Pakistani and Bangladeshi usage
        (_EN.format("Rs 50 lakh"), _EN.format("PKR 5 million")),
        (_EN.format("Tk 500 crore"), _EN.format("৳5 billion")),
        (_EN.format("Tk 500 crore"), _EN.format("BDT 500 crore")),
        # Hindi, Bengali and Urdu, in their digits or in Latin ones
        (_HI.format("१२.३५ लाख"), _HI.format("12,35,000")),
        (_HI.format("₹1.16 लाख करोड़"), _HI.format("₹1,16,000 करोड़")),
        (_HI.format("20 हज़ार करोड़"), _HI.format("20,000 करोड़")),
        (_HI.format("१२,३४,५६७"), _HI.format("12,34,567")),
        (_BN.format("২৬২ কোটি"), _BN.format("262 কোটি")),
        (_BN.format("২৬২ কোটি"), _BN.format("২.৬২ বিলিয়ন")),
        (_BN.format("৫ লাখ"), _BN.format("৫,০০,০০০")),
        (_EN.format("۵ لاکھ"), _EN.format("500,000")),
    ],
)
def test_one_sum_written_with_lakh_or_crore_is_no_figure_changed(old: str, new: str) -> None:
    """ "Rs 2 lakh → Rs 2,00,000" and "Rs 1,200 crore → ₹12 billion" were figures changed,
    the same sums (a South Asian desk's walkthrough)."""
    assert _said(old, new) == []


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # a rounding is said, as "1,234,567 → 1.2 million" is, with its scale word
        (_EN.format("12,34,567"), _EN.format("12.3 lakh"), "12,34,567 → 12.3 lakh"),
        (_HI.format("12,34,567"), _HI.format("12.35 लाख"), "12,34,567 → 12.35 लाख"),
        (_HI.format("१२,३४,५६७"), _HI.format("12.35 लाख"), "१२,३४,५६७ → 12.35 लाख"),
        (_EN.format("Rs 1,200 crore"), _EN.format("₹13 billion"), "Rs 1,200 crore → ₹13 billion"),
        (_EN.format("Rs 2 lac"), _EN.format("Rs 2 cr"), "Rs 2 lac → Rs 2 cr"),
        (_EN.format("Rs 2 lakh"), _EN.format("Rs 2 crore"), "Rs 2 lakh → Rs 2 crore"),
        (
            _EN.format("Rs 1.16 lakh crore"),
            _EN.format("Rs 1.2 lakh crore"),
            "Rs 1.16 lakh crore → Rs 1.2 lakh crore",
        ),
        (_BN.format("২১.৩৯ লাখ"), _BN.format("২১.৯৩ লাখ"), "২১.৩৯ লাখ → ২১.৯৩ লাখ"),
        (_BN.format("২৬২ কোটি"), _BN.format("২৬৩ কোটি"), "২৬২ কোটি → ২৬৩ কোটি"),
        (_HI.format("658 अरब"), _HI.format("656 अरब"), "658 अरब → 656 अरब"),
        # other currencies stay apart
        (_EN.format("PKR 5 crore"), _EN.format("₹5 crore"), "PKR 5 crore → ₹5 crore"),
        (_EN.format("Tk 5 crore"), _EN.format("Rs 5 crore"), "Tk 5 crore → Rs 5 crore"),
    ],
)
def test_a_figure_changed_keeps_its_scale_word(old: str, new: str, said: str) -> None:
    """ "12,34,567 → 12.3 lakh" was "12,34,567 → 12.3", a 100,000-fold drop where there was
    a rounding, and "Rs 1,200 crore → ₹12 billion" "1,200 → ₹12 billion"; the banner, the
    reports and the relation say it so (``figures_said``)."""
    assert _said(old, new) == [said]
    assert figures_said(compare(old, new)) == said


_PLANT = "The plant produced {} units of output last year, as the report said.\n"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (_PLANT.format("5 cr"), _PLANT.format("50,000,000"), "5 → 50,000,000"),
        (_PLANT.format("$5 lac"), _PLANT.format("$500,000"), "$5 → $500,000"),
        (_PLANT.format("€5 cr"), _PLANT.format("€50,000,000"), "€5 → €50,000,000"),
    ],
)
def test_lac_and_cr_without_a_rupee_are_no_magnitude(old: str, new: str, said: str) -> None:
    """ "lac" is French's lake and "cr" many things: a magnitude after a rupee's or a
    taka's sign only."""
    assert _said(old, new) == [said]


_SAID = "The report said the figure stood at {} in the year, officials said.\n"


_WORDS = (
    "million billion trillion thousand bn mn млн млрд тысяч Millionen Mio. Mrd. millones "
    "mil milioni miliardi mln bilhões miljoen miljard miliardy εκατομμύρια lakh lakhs crore "
    "crores लाख करोड़ करोड अरब हज़ार हजार লাখ লক্ষ কোটি হাজার বিলিয়ন মিলিয়ন बिलियन मिलियन "
    "لاکھ کروڑ ارب ہزار"
).split()
# (compounds, and a nukta's letter precomposed: "करोड़" with U+095C)
_COMPOUNDS = ["mil millones", "lakh crore", "लाख करोड़", "হাজার কোটি", "करो\u095c", "ह\u095bार"]


@pytest.mark.parametrize("word", [*_WORDS, *_COMPOUNDS])
def test_every_magnitude_word_is_said_with_its_figure(word: str) -> None:
    """The banner's "१२,३४,५६७ → 12.35" (Navbharat Times against PTI-Bhasha's copy) said
    no लाख, though the list of changes did: every word of a magnitude is quoted."""
    old, new = _SAID.format(f"5 {word}"), _SAID.format(f"6 {word}")
    assert figures_said(compare(old, new)) == f"5 {word} → 6 {word}"


@pytest.mark.parametrize("sign", sorted(SOUTH_ASIAN_SIGNS))
def test_every_sign_of_the_one_money_table_is_read_by_the_keys_and_the_figures(sign: str):
    """One table of the rupee's and the taka's signs (``tokens.MONEY_SIGNS``) serves the
    comparison keys and the figures: each is quoted with its figure, and is one currency
    with its sign's; a rupee's sign the keys fold is no word changed beside "₹"."""
    space = "" if len(sign) == 1 else " "
    old, new = _EN.format(f"{sign}{space}120"), _EN.format(f"{sign}{space}150")
    assert _said(old, new) == [f"{sign}{space}120 → {sign}{space}150"]
    currency = MONEY_SIGNS[sign]
    same = "Rs " if currency in RUPEE_CURRENCIES else currency  # (a plain "Rs": any rupee's)
    assert _said(old, _EN.format(f"{same}120")) == []
    if sign.rstrip(".") in RUPEES:
        assert compare(old, _EN.format("₹120")).changes == ()


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (_HI.format("रु. 500"), _HI.format("रु. 600"), ["रु. 500 → रु. 600"]),
        (_HI.format("₨ 500"), _HI.format("Rs 500"), []),
        (_HI.format("PKR 500"), _HI.format("₨ 500"), []),  # (a plain rupee's sign: any)
        (_HI.format("गुरु 5"), _HI.format("गुरु 6"), ["5 → 6"]),  # (a word's end: no sign)
    ],
)
def test_the_older_rupee_sign_and_hindis_are_signs_of_figures(old: str, new: str, said):
    """The keys folded "₨" and "रु." as the rupee's sign and the figures read no sign there:
    "रु. 500 → रु. 600" was "500 → 600", its currency lost."""
    assert _said(old, new) == said


_MEET = "विदेश मंत्री ने कहा कि बैठक में {} के प्रतिनिधि शामिल हुए, अधिकारियों ने बताया।\n"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # Arab countries, the League, the Emirates: no billion
        (_MEET.format("22 देशों"), _MEET.format("22 अरब देशों"), []),
        (_MEET.format("22 अरब देशों"), _MEET.format("21 अरब देशों"), ["22 → 21"]),
        (_MEET.format("1,200 अरब देशों"), _MEET.format("1,200 देशों"), []),
        (_MEET.format("5 अरब लीग देशों"), _MEET.format("6 अरब लीग देशों"), ["5 → 6"]),
        # nor one a line on from its figure
        (
            "भारत ने साल 2025\nअरब देशों को चावल भेजा।\n",
            "भारत ने साल 2026\nअरब देशों को चावल भेजा।\n",
            ["2025 → 2026"],
        ),
        # a billion directly after its figure
        (_HI.format("5 अरब डॉलर"), _HI.format("6 अरब डॉलर"), ["5 अरब → 6 अरब"]),
        (_HI.format("8 अरब लोगों"), _HI.format("8 करोड़ लोगों"), ["8 अरब → 8 करोड़"]),
        (_HI.format("सऊदी अरब के 5 अरब"), _HI.format("सऊदी अरब के 5,00,00,00,000"), []),
    ],
)
def test_arab_is_a_billion_only_after_its_figure_before_no_arab_word(old, new, said) -> None:
    """Hindi's "अरब" is a billion and the Arab of "अरब देशों" (Arab countries): "22 देशों →
    22 अरब देशों" was a figure changed, "22 → 22 अरब" (a South Asian desk's re-check)."""
    assert _said(old, new) == said
