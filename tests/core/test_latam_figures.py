"""Figures as a Latin American desk's copy writes them (a Spanish/Portuguese wire desk's
walkthrough): Mexican "mil 200 millones", each text's own thousands separator (EFE's
"6,75 %" and "500.000" against a Mexican paper's "6.75%" and "500,000"), Brazilian reais
with their magnitude ("R$ 2,1 bilhões"), and the currency signs written with letters."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.numerals import dots_group_each
from wirediff.core.quoting import changed_figures

_RATE = "El Banco de México recortó su tasa de interés hasta el {}, en una decisión dividida.\n\n"
_AID = "El gobierno federal destinará {} de pesos a un programa de apoyo a pequeñas empresas.\n"
_EFE = _RATE.format("6,75 %")  # a decimal comma, as EFE writes it
_MX = _RATE.format("6.75%")  # a decimal point, as a Mexican paper writes it


def _said(old: str, new: str) -> list[str]:
    return changed_figures(compare(old, new), None)[0]


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # "mil 200 millones" is 1.200 millones (Mexican press style)
        (_EFE + _AID.format("1.200 millones"), _MX + _AID.format("mil 200 millones"), []),
        (_EFE + _AID.format("1.500 millones"), _MX + _AID.format("mil 500 millones"), []),
        (_EFE + _AID.format("2.300 millones"), _MX + _AID.format("2 mil 300 millones"), []),
        (_EFE + _AID.format("1.200 millones"), _EFE + _AID.format("mil 200 millones"), []),
        # each side's separator its own: EFE's 500.000 is the paper's 500,000 and 500 mil
        (_EFE + _AID.format("500.000"), _MX + _AID.format("500,000"), []),
        (_EFE + _AID.format("500.000"), _MX + _AID.format("500 mil"), []),
        (_EFE + _AID.format("1.200 millones"), _MX + _AID.format("1,200 millones"), []),
        # and a figure changed stays one, quoted whole
        (
            _EFE + _AID.format("1.200 millones"),
            _MX + _AID.format("mil 300 millones"),
            ["1.200 millones → mil 300 millones"],
        ),
        (
            _MX + _AID.format("2 mil 200 millones"),
            _MX + _AID.format("2 mil 250 millones"),
            ["2 mil 200 millones → 2 mil 250 millones"],
        ),
        (
            _EFE + _AID.format("500.000"),
            _MX + _AID.format("50,000"),
            ["500.000 → 50,000"],
        ),
    ],
)
def test_a_mexican_papers_figures_against_the_agencys(old: str, new: str, said: list[str]):
    """EFE's "1.200 millones" against El Universal's "mil 200 millones" was "figures
    changed: 1.200 millones → 200 millones", and "500.000 → 500 mil" beside it."""
    assert _said(old, new) == said


_EN = "The company said it would cut {} jobs by next year, the statement said.\n"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # English: a dot is a point, "1.500" is 1.5
        (_EN.format("1,500"), _EN.format("1.500"), ["1,500 → 1.500"]),
        (
            "The index rose 4.6% on the day.\n\n" + _EN.format("1,500"),
            "The index rose 4.6% on the day.\n\n" + _EN.format("1.500"),
            ["1,500 → 1.500"],
        ),
        # one decimal comma in English copy ("2,5 %", a typo or a quoted rate) makes no
        # dot a thousands' (a review: the change was hidden)
        (
            _EN.format("1,500"),
            _EN.format("1.500") + "The rate was 2,5 % in the year.\n",
            ["1,500 → 1.500"],
        ),
    ],
)
def test_an_english_comma_against_a_dot_stays_a_figure_changed(old: str, new: str, said):
    assert _said(old, new) == said


def test_each_text_groups_thousands_its_own_way_else_the_pairs() -> None:
    assert dots_group_each("hasta el 6,75 % y 500.000", "hasta el 6.75% y 500,000") == (
        True,
        False,
    )
    # no figure of its own says: its words do
    assert dots_group_each("destinará 1.200 millones de pesos para las", "el 6.75% y 1,200") == (
        True,
        False,
    )
    # neither its figures nor its words: the pair's
    assert dots_group_each("1.500", "2,5 milioni; 2.500.000") == (True, True)
    # a text in English: a figure grouped with dots says so, one decimal comma not
    english = "The company said it would cut 1.500 jobs, and {} said the statement."
    assert dots_group_each(english.format("2,5 %"), english.format("2,5 % or 2,6 %")) == (
        False,
        True,
    )
    assert dots_group_each(english.format("2,5 %"), english.format("2,5 % of 2.500.000")) == (
        False,
        True,
    )


_BR = "O governo federal vai destinar {} para um programa de apoio a pequenas empresas.\n"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("R$ 2,1 bilhões", "R$ 2,3 bilhões", ["R$ 2,1 bilhões → R$ 2,3 bilhões"]),
        ("R$ 2,1 bilhões", "R$ 2.100.000.000", []),
        ("R$ 1,5 milhão", "R$ 1.500.000", []),
        ("US$ 3,5 bilhões", "US$ 3,5 bi", []),
        ("R$ 2,1 milhões", "R$ 2,1 mi", []),
        ("R$ 2,1 bilhões", "US$ 2,1 bilhões", ["R$ 2,1 bilhões → US$ 2,1 bilhões"]),
        ("R$ 500", "$ 500", []),  # (a sign written short is no other currency)
    ],
)
def test_reais_and_their_magnitude_are_quoted_whole(old: str, new: str, said: list[str]):
    """ "R$ 2,1 bilhões → R$ 2,3 bilhões" was "$ 2,1 → $ 2,3": reais said as dollars, their
    billions lost; "R$ 2,1 bilhões" against "R$ 2.100.000.000" was a figure changed."""
    assert _said(_BR.format(old), _BR.format(new)) == said


_PRICE = "The fund will pay {} to each family this year, the minister said.\n"


@pytest.mark.parametrize(
    "sign", ["US$", "C$", "A$", "NZ$", "HK$", "S$", "MX$", "COL$", "S/", "Bs.", "₹", "Rs."]
)
def test_a_currency_sign_with_letters_is_quoted_with_them(sign: str) -> None:
    assert _said(_PRICE.format(f"{sign} 120"), _PRICE.format(f"{sign} 150")) == [
        f"{sign} 120 → {sign} 150"
    ]


def test_a_sign_ending_a_word_is_no_currency() -> None:
    """ "AS$" is no "S$" (a sign starts a word): the figure is quoted without it."""
    assert _said(_PRICE.format("XS$ 120"), _PRICE.format("XS$ 150")) == ["$ 120 → $ 150"]


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # a price's short magnitude against another's, or against one written out
        ("US$ 3,5 bi", "US$ 3,5 mi", ["US$ 3,5 bi → US$ 3,5 mi"]),
        ("R$ 2 mi", "R$ 2 bilhões", ["R$ 2 mi → R$ 2 bilhões"]),
        ("US$ 3,5 bilhões", "US$ 3,5 mi", ["US$ 3,5 bilhões → US$ 3,5 mi"]),
        ("US$ 3,5 bi", "US$ 3,5 bilhões", []),
        ("US$ 3,5 bi", "US$ 3,5 mil millones", []),
        # Spanish's two words of a billion, one of them put or taken
        ("US$ 3,5 mil", "US$ 3,5 mil millones", ["US$ 3,5 mil → US$ 3,5 mil millones"]),
        ("3,5 mil millones", "3,5 mil", ["3,5 mil millones → 3,5 mil"]),
        ("3,5 mil millones", "3,5 billones", ["3,5 mil millones → 3,5 billones"]),
        # not without a price: "mi" and "bi" are words of their own
        ("3,5 bi", "3,5 mi", []),
    ],
)
def test_a_magnitudes_word_changed_is_a_figure_changed(old: str, new: str, said: list[str]):
    """ "US$ 3,5 bi → US$ 3,5 mi", a thousandfold, was no figure changed (a Latin American
    desk's re-check)."""
    assert _said(_BR.format(old), _BR.format(new)) == said


_POLICE = "Participaron {} en el operativo de la capital, informó la Secretaría.\n"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("mil 200 millones", "200 millones", ["mil 200 millones → 200 millones"]),
        ("mil 200 policías", "200 policías", ["mil 200 → 200"]),
        ("200 policías", "mil 200 policías", ["200 → mil 200"]),
        ("2 mil 500 policías", "500 policías", ["2 mil 500 → 500"]),
        ("mil 200 policías", "1.200 policías", []),
        # "mil" alone is a word: a thousand only beside a figure
        ("mil policías y 20 patrullas", "policías y 20 patrullas", []),
    ],
)
def test_a_mexican_mil_dropped_is_a_figure_changed(old: str, new: str, said: list[str]):
    """ "mil 200 millones de pesos → 200 millones de pesos", 1.200 millones to 200, was no
    figure changed (a Latin American desk's re-check)."""
    assert _said(_POLICE.format(old), _POLICE.format(new)) == said


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The club charges a $5 bi-weekly fee.", "The club charges a $5 weekly fee."),
        ("Ella pagó $5 y mi hermano el resto.", "Ella pagó $5 y su hermano el resto."),
        ("Le dieron mil gracias a 5 personas.", "Le dieron gracias a 5 personas."),
        ("Vieram mil pessoas e 200 carros.", "Vieram pessoas e 200 carros."),
    ],
)
def test_mi_bi_and_mil_as_words_change_no_figure(old: str, new: str) -> None:
    text = "{} The rest of the story is kept as it was written by the agency.\n"
    assert _said(text.format(old), text.format(new)) == []
