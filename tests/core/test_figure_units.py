"""A figure said with its currency and its unit in the figures summary, and a currency
changed alone said as a figure changed: African desks' signs (₦, KSh, R, FCFA — an Africa
desk's walkthrough), Japanese and Korean times, counters and currencies and the seismic
intensity's 強 and 弱 (a Korean and Japanese desk's), Turkish's percent before its number (a
Turkish desk's)."""

from __future__ import annotations

import re

import pytest

from wirediff.core.compare import compare
from wirediff.core.quoting import changed_figures
from wirediff.core.tokens import MONEY_SIGNS, SOUTH_ASIAN_SIGNS

_EN = "The government will spend {} on roads this year, the finance minister said.\n"
_FR = "Le gouvernement a débloqué {} pour la campagne agricole, a annoncé le ministre.\n"


def _said(text: str, old: str, new: str) -> list[str]:
    return changed_figures(compare(text.format(old), text.format(new)), None)[0]


@pytest.mark.parametrize(
    ("text", "old", "new", "said"),
    [
        # the currency kept with its figure, as "$" is (they were "2.5 billion → 3.5 billion")
        (_EN, "₦2.5 billion", "₦3.5 billion", ["₦2.5 billion → ₦3.5 billion"]),
        (_EN, "N2.5bn", "N3.5bn", ["N2.5bn → N3.5bn"]),
        (_EN, "KSh 1.2 billion", "KSh 1.5 billion", ["KSh 1.2 billion → KSh 1.5 billion"]),
        (_EN, "Sh1.2 billion", "Sh1.5 billion", ["Sh1.2 billion → Sh1.5 billion"]),
        (_EN, "R3.4 billion", "R3.9 billion", ["R3.4 billion → R3.9 billion"]),
        (_EN, "GH₵120 million", "GH₵150 million", ["GH₵120 million → GH₵150 million"]),
        (_EN, "USD 1.2 billion", "USD 1.4 billion", ["USD 1.2 billion → USD 1.4 billion"]),
        (_EN, "2.5 billion naira", "3 billion naira", ["2.5 billion naira → 3 billion naira"]),
        (
            _FR,
            "5 milliards de FCFA",
            "6 milliards de FCFA",
            ["5 milliards de FCFA → 6 milliards de FCFA"],
        ),
        (_FR, "500 000 F CFA", "600 000 F CFA", ["500 000 F CFA → 600 000 F CFA"]),
        # one currency's signs, one sum: no figure changed
        (_EN, "₦2.5 billion", "N2.5 billion", []),
        (_EN, "₦2.5 billion", "N2.5bn", []),
        (_EN, "₦2.5 billion", "NGN2.5 billion", []),
        (_EN, "KSh 11.2 billion", "Sh11.2 billion", []),
        (_EN, "KSh 11.2 billion", "Ksh11.2 billion", []),
        (_FR, "5 milliards de FCFA", "5 milliards de francs CFA", []),
        # the naira's N and the rand's R against a sum only: a name's letter is no currency
        (_EN, "N95 masks", "N99 masks", ["95 → 99"]),
        (_EN, "the R101 road", "the R102 road", ["101 → 102"]),
    ],
)
def test_a_figures_currency_is_said_with_it(text: str, old: str, new: str, said: list[str]):
    """ "₦2.5 billion → ₦3.5 billion" was "2.5 billion → 3.5 billion", and so were the
    shilling's, the rand's and the CFA franc's: Reuters' Kenya copy gives shillings and
    dollars side by side, and the figure an editor copies into a correction had lost which."""
    assert _said(text, old, new) == said


# Each of the table's signs but the rupee's and the taka's (``test_south_asian_figures``),
# written before a sum as news writes it, and its currency's own sign ("KES" is "KSh")
_SIGNS_OF_THE_TABLE = {
    "N": ("N2.5bn", "₦2.5bn"),
    "NGN": ("NGN 2.5 billion", "₦2.5 billion"),
    "Ksh": ("Ksh11.2 billion", "KSh 11.2 billion"),
    "KES": ("KES 11.2 billion", "KSh 11.2 billion"),
    "ZAR": ("ZAR 3.4 billion", "R3.4 billion"),
    "GHS": ("GHS 120 million", "GH₵120 million"),
    "₵": ("₵120 million", "GH₵120 million"),
    "USD": ("USD 1.2 billion", "US$1.2 billion"),
    "EUR": ("EUR 5 million", "€5 million"),
    "GBP": ("GBP 40 million", "£40 million"),
    "CFA": ("CFA 500 000", "FCFA 500 000"),
}


@pytest.mark.parametrize("sign", sorted(set(MONEY_SIGNS) - SOUTH_ASIAN_SIGNS))
def test_every_other_sign_of_the_one_money_table_is_its_currencys(sign: str) -> None:
    """One table of the signs that name one currency however written (``tokens.MONEY_SIGNS``)
    serves the figures for African copy's signs and the codes as for the rupee's: each is
    quoted with its figure, is its currency's own sign, and another currency's is a figure
    changed. (The figures kept these in a table of their own, apart from the keys' — a
    review.)"""
    old, same = _SIGNS_OF_THE_TABLE[sign]
    assert same.startswith(MONEY_SIGNS[sign]) and not same[len(MONEY_SIGNS[sign])].isalpha()
    new = re.sub(r"\d", lambda d: str(int(d.group()) + 1), old, count=1)
    assert _said(_EN, old, new) == [f"{old} → {new}"]
    if sign != "CFA":  # (FCFA is written after its figure: "500 000 FCFA")
        assert _said(_EN, old, same) == []
    assert _said(_EN, old, "¥" + old.removeprefix(sign).lstrip()) != []


@pytest.mark.parametrize(
    ("text", "old", "new", "said"),
    [
        (_EN, "$5 million", "€5 million", ["$5 million → €5 million"]),
        (_EN, "$2.1 billion", "Rs 2.1 billion", ["$2.1 billion → Rs 2.1 billion"]),
        (_EN, "₦2.5 billion", "$2.5 billion", ["₦2.5 billion → $2.5 billion"]),
        (_EN, "£40 million", "$40 million", ["£40 million → $40 million"]),
        ("투자액은 {}이다.\n", "1조2천억원", "1조2천억달러", ["1조2천억원 → 1조2천억달러"]),
        ("被害額は{}。\n", "1兆2000億円", "1兆2000億ドル", ["1兆2000億円 → 1兆2000億ドル"]),
        ("計画の費用は{}。\n", "1兆2000億円", "1兆2000億ウォン", ["1兆2000億円 → 1兆2000億ウォン"]),
        ("被害額は{}。\n", "5000円", "5000ドル", ["5000円 → 5000ドル"]),
        ("该项目总投资{}，预计明年完工。\n", "5亿元", "5亿美元", ["5亿元 → 5亿美元"]),
        # any dollar's "$" against a dollar's sign, and a sign added, change no figure
        (_EN, "$2.1 billion", "US$2.1 billion", []),
        (_EN, "$2.1 billion", "A$2.1 billion", []),
        (_EN, "$2.1 billion", "USD 2.1 billion", []),
        (_EN, "Sh2.1 billion", "KSh 2.1 billion", []),
        (_EN, "2.1 billion", "€2.1 billion", []),
        ("누적 수출액이 {}로 집계됐다.\n", "7천12억달러", "7012억 달러", []),
    ],
)
def test_a_currency_changed_alone_is_a_figure_changed(text: str, old: str, new: str, said):
    """The same amount in another currency, an error of a factor of 1,300 ("1조2천억원 →
    1조2천억달러"), was no figure changed: "$" matched any currency (a Korean and Japanese
    desk's walkthrough)."""
    assert _said(text, old, new) == said


_JA = "記者会見は{}に始まり、首相が説明した。\n"
_KO = "기자회견은 {}에 시작됐고 총리가 설명했다.\n"


@pytest.mark.parametrize(
    ("text", "old", "new", "said"),
    [
        (_JA, "午後3時", "午後4時", ["午後3時 → 午後4時"]),
        (_JA, "15時", "16時", ["15時 → 16時"]),
        (_JA, "午後3時半", "午後4時半", ["午後3時半 → 午後4時半"]),
        (_JA, "15時30分", "16時10分", ["15時30分 → 16時10分"]),
        (_KO, "오후 3시", "오후 4시", ["오후 3시 → 오후 4시"]),
        ("이번 사고로 사망자 {}이 발생했다.\n", "5명", "6명", ["5명 → 6명"]),
        ("事故で死者は{}となった。\n", "５人", "６人", ["５人 → ６人"]),
        ("約{}が避難した。\n", "3万5千人", "3万8千人", ["3万5千人 → 3万8千人"]),
        ("事故造成{}死亡，另有多人受伤。\n", "5人", "6人", ["5人 → 6人"]),
        # the seismic intensity's 強 and 弱 are steps of its scale
        ("気象庁によると、最大{}を観測した。\n", "震度5強", "震度5弱", ["震度5強 → 震度5弱"]),
        ("気象庁によると、最大{}を観測した。\n", "震度5強", "震度6弱", ["震度5強 → 震度6弱"]),
        # hours are no clock's time, and a word after its figure's counter is none
        ("作業は{}かかった。\n", "3時間", "4時間", ["3 → 4"]),
        ("작업은 {}이 걸렸다.\n", "3시간", "4시간", ["3 → 4"]),
        ("정부는 {}을 발표했다.\n", "3원칙", "4원칙", ["3 → 4"]),
        # Turkish writes its percent before the number, as a sign or a word
        ("Yıllık enflasyon {} oldu, TÜİK açıkladı.\n", "%3,5", "%3,7", ["%3,5 → %3,7"]),
        ("Yıllık enflasyon {} oldu.\n", "yüzde 9,1", "yüzde 9,4", ["yüzde 9,1 → yüzde 9,4"]),
        ("Yıllık enflasyon {} oldu, TÜİK açıkladı.\n", "%3,5", "yüzde 3,5", []),
        ("Yıllık enflasyon {} oldu, TÜİK açıkladı.\n", "%3,5", "3,5%", []),
        (
            "L'inflation a atteint {} sur un an, selon l'Insee.\n",
            "3,2 %",
            "3,5 %",
            ["3,2 % → 3,5 %"],
        ),
    ],
)
def test_a_time_a_counter_and_a_percent_are_said_with_their_figure(text, old, new, said):
    """ "午後3時 → 午後4時", "사망자 5명 → 6명" and "%3,5 → %3,7" were "3 → 4", "5 → 6" and
    "3,5 → 3,7", which do not say what changed, and "震度5強 → 震度5弱", a real correction of
    an earthquake's intensity, was no figure changed (a Korean and Japanese desk's and a
    Turkish desk's walkthroughs)."""
    assert _said(text, old, new) == said


@pytest.mark.parametrize(
    ("text", "old", "new", "said"),
    [
        (_EN, "$2.5 billion", "$3.5 billion", ["$2.5 billion → $3.5 billion"]),
        (_EN, "12 people", "14 people", ["12 people → 14 people"]),
        (_EN, "3.2%", "3.5%", ["3.2% → 3.5%"]),
        (_EN, "$800m", "$800 million", []),
        (
            _FR,
            "40 millions d'euros",
            "45 millions d'euros",
            ["40 millions d'euros → 45 millions d'euros"],
        ),
        (
            "Die Regierung stellt {} bereit.\n",
            "2,5 Millionen Euro",
            "3 Millionen Euro",
            ["2,5 Millionen Euro → 3 Millionen Euro"],
        ),
        (
            "El Gobierno destinará {} al plan.\n",
            "1.500 millones",
            "1.600 millones",
            ["1.500 millones → 1.600 millones"],
        ),
        (
            "Правительство выделит {} на ремонт дорог.\n",
            "1,5 млрд рублей",
            "2 млрд рублей",
            ["1,5 млрд → 2 млрд"],
        ),
        ("قالت الوزارة إن {} قتلوا في الهجوم.\n", "12", "14", ["12 → 14"]),
        ("全国粮食总产量达到{}，比上年增加。\n", "70650万吨", "70560万吨", ["70650万 → 70560万"]),
        ("下午{}，会议开始。\n", "3时", "4时", ["下午3时 → 下午4时"]),
        # a letter before a number is no currency: "Route N2", a grade "R5"
        ("Traffic on {} was halted after the crash.\n", "the N2", "the N3", ["2 → 3"]),
        ("Tickets now cost {} each, the organisers said.\n", "R5", "R6", ["5 → 6"]),
    ],
)
def test_ordinary_figures_are_said_as_before(text: str, old: str, new: str, said: list[str]):
    """English, French, German, Spanish, Russian, Arabic and Chinese news keep their figures
    as they were said (precision of the signs and units read here)."""
    assert _said(text, old, new) == said


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("1,5 milyar lira", "1.500.000.000 lira", []),
        ("1.250.000 TL", "1,25 milyon TL", []),
        ("2 trilyon lira", "2.000.000.000.000 lira", []),
        ("1,5 milyar lira", "2,5 milyar lira", ["1,5 milyar → 2,5 milyar"]),
        ("1,5 milyon lira", "1,5 milyar lira", ["1,5 milyon → 1,5 milyar"]),
    ],
)
def test_turkish_magnitudes_are_read_with_their_figure(old: str, new: str, said: list[str]):
    """ "1,5 milyar lira → 1.500.000.000 lira" was "figures changed: 1,5 → 1.500.000.000"
    on every paper's conversion of AA's copy (a Turkish desk's walkthrough)."""
    text = "Proje {} tutarında olacak ve yıl sonunda bitecek.\n"
    result = compare(text.format(old), text.format(new))
    assert changed_figures(result, None)[0] == said


_TR = "Bakanlığa göre depremden sonra {} çadırlarda kalıyor ve yardım bekliyor.\n"
_AZ = "Şirkət bildirib ki, bu il {} ixrac edib və gəliri artıb.\n"


@pytest.mark.parametrize(
    ("text", "old", "new", "said"),
    [
        # Turkish's "bin" and Azerbaijani's "min", a thousand, in their texts
        (_TR, "12 bin kişi", "12.000 kişi", []),
        (_TR, "5 bin lira", "5.000 lira", []),
        (_TR, "5 BİN lira", "5000 lira", []),
        (_TR, "12 binlik", "12.000'lik", []),
        (_TR, "12 bin 500 kişi", "12.500 kişi", []),
        (_TR, "1,5 bin kişi", "1.500 kişi", []),
        (_AZ, "5 min manat", "5.000 manat", []),
        (_AZ, "5 min manat", "5 000 manat", []),
        (_TR, "12 bin kişi", "15 bin kişi", ["12 bin → 15 bin"]),
        (_TR, "12 bin kişi", "12 kişi", ["12 bin → 12"]),
        (_TR, "12 bin kişi", "12 milyon kişi", ["12 bin → 12 milyon"]),
        (_TR, "12 bin 500 kişi", "12.600 kişi", ["12 bin 500 → 12.600"]),
        # a figure with its thousands in words read whole, whichever part of it changed
        # (they were "500 → 600" and "12 bin → 13 bin", a Turkish desk's walkthrough)
        (_TR, "12 bin 500 kişi", "12 bin 600 kişi", ["12 bin 500 → 12 bin 600"]),
        (_TR, "12 bin 500 kişi", "13 bin 500 kişi", ["12 bin 500 → 13 bin 500"]),
        (_TR, "12 bin 500 kişi", "12 bin 500 kişi daha", []),
        (_AZ, "5 min 200 manat", "5 min 300 manat", ["5 min 200 → 5 min 300"]),
        (_TR, "5 bin lira", "6.000 lira", ["5 bin → 6.000"]),
        (_AZ, "5 min manat", "6 min manat", ["5 min → 6 min"]),
        # elsewhere a bin and minutes, as before
        (
            "The council said {} were bought this year.\n",
            "12 bin lorries",
            "12,000 lorries",
            ["12 → 12,000"],
        ),
        ("He came off after {} and the crowd rose to its feet.\n", "85 min", "86 min", ["85 → 86"]),
        ("He came off after {} and the crowd rose to its feet.\n", "5 min", "5,000", ["5 → 5,000"]),
        (
            "He came off after {} and the crowd rose to its feet.\n",
            "5 min 30",
            "5 min 40",
            ["30 → 40"],
        ),
        ("Il est sorti après {} de jeu, a dit son entraîneur.\n", "85 min", "86 min", ["85 → 86"]),
    ],
)
def test_turkish_and_azerbaijani_thousands_are_read_in_their_texts_only(
    text: str, old: str, new: str, said: list[str]
) -> None:
    """ "5 bin lira → 5.000 lira" and "12 bin kişi → 12.000 kişi" were "figures changed: 5 →
    5.000", "12 → 12.000", a thousandfold (a Turkish/Azerbaijani desk's walkthrough); in
    English copy "12 bin lorries" is a bin and "85 min" minutes, no thousand."""
    assert _said(text, old, new) == said
