"""A Hebrew and Persian night desk's copies: Hebrew months and stamp lines, Iranian sites'
Solar Hijri stamps in digits, Iranian agencies' and Israeli outlets' credits, and Hebrew
bylines (a Hebrew and Persian monitoring desk's walkthrough found each read wrong or not at
all: every Hebrew copy undated, every Persian and Hebrew outlet but two empty)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.core.reading.samples import read_one
from wirediff.core.papers import bare_byline
from wirediff.core.reading.dates import find_header_date
from wirediff.core.reading.metadata import guess_byline, guess_source
from wirediff.core.reading.outlets import is_agency

HEADLINE = "הכנסת אישרה את התקציב בקריאה ראשונה בלילה"
LEDE = "מליאת הכנסת אישרה הלילה בקריאה ראשונה את תקציב המדינה לשנת 2027 ברוב של 61 תומכים."
FA_HEADLINE = "زمین\u200cلرزه راور کرمان را لرزاند و سه نفر کشته شدند"
FA_LEDE = "زمین\u200cلرزه\u200cای به بزرگی ۵٫۶ ریشتر بامداد امروز شهرستان راور را لرزاند."


_read = partial(read_one, name="item.txt")


@pytest.mark.parametrize(
    "line",
    [
        "6 בדצמבר 2026",
        "ירושלים, 6 בדצמבר 2026 (ynet) - " + LEDE,
        'יום ראשון, כ"ו בכסלו תשפ"ז (6 בדצמבר 2026)',
        "פורסם: 06.12.26, 23:41 | מאת דנה כהן",
        "06/12/2026 23:41",
    ],
)
def test_a_hebrew_date_line_dates_the_copy(line: str) -> None:
    """Hebrew months ("בדצמבר": "in December"), a byline after Ynet's stamp, and a date of
    slashes over a Hebrew text (day first, as Israel writes it) were all undated."""
    assert find_header_date(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n") == "2026-12-06"


def test_a_hebrew_stamp_and_byline_date_the_page(tmp_path: Path) -> None:
    doc = _read(tmp_path, f"{HEADLINE}\n\nפורסם: 06.12.26, 23:41 | מאת דנה כהן\n\n{LEDE}\n")
    assert (doc.title, doc.date[:10], doc.date_source) == (HEADLINE, "2026-12-06", "document")


@pytest.mark.parametrize(
    "line", ["تاریخ انتشار: ۱۴۰۵/۰۹/۱۵ - ۰۸:۳۰", "تاریخ انتشار: 1405/09/15 - 08:30"]
)
def test_a_solar_hijri_stamp_in_digits_dates_a_persian_page(line: str) -> None:
    """Iranian sites' usual stamp, year, month and day of the Solar Hijri calendar: 15 Azar
    1405 is 6 December 2026 (only "۱۵ آذر ۱۴۰۵", the month by name, was read)."""
    assert find_header_date(f"{FA_HEADLINE}\n\n{line}\n\n{FA_LEDE}\n") == "2026-12-06"


@pytest.mark.parametrize(
    "line",
    [
        "الرياض - 1448/06/15 هـ",  # (Arabic: a lunar Hijri year)
        "لاہور - 1405/09/15",  # (Urdu)
        "تاریخ انتشار: ۱۴۴۸/۰۶/۱۵",  # (a lunar year in Persian: decades ahead as solar)
        "Build 1405/09/15 released",
    ],
)
def test_a_hijri_year_in_digits_elsewhere_is_no_solar_date(line: str) -> None:
    assert find_header_date(f"Headline of the item here\n\n{line}\n\nText of it.\n") == ""


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("کرمان، ۱۵ آذر ۱۴۰۵ (ایرنا) - " + FA_LEDE, "IRNA"),
        ("کرمان، ۱۵ آذر ۱۴۰۵ (ایسنا) - " + FA_LEDE, "ISNA"),
        ("کرمان، ۱۵ آذر ۱۴۰۵ (مهر) - " + FA_LEDE, "Mehr News Agency"),
        ("کرمان، ۱۵ آذر ۱۴۰۵ (فارس) - " + FA_LEDE, "Fars News Agency"),
        # (Tasnim's copy in Windows-1256: Arabic yeh)
        (
            "کرمان، 15 آذر 1405 - به گزارش خبرگزاري تسنيم به نقل از ايرنا، " + FA_LEDE,
            "Tasnim News Agency",
        ),
        ("به گزارش ایسنا، " + FA_LEDE, "ISNA"),
        ("همشهری آنلاین - ۱۵ آذر ۱۴۰۵\n\n" + FA_LEDE, "Hamshahri"),
    ],
)
def test_an_iranian_outlet_is_known_by_its_persian_credit(opening: str, outlet: str) -> None:
    assert guess_source(f"{FA_HEADLINE}\n\n{opening}\n") == outlet


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("מעריב | 7 בדצמבר 2026 | מאת אבי שמואלי", "Maariv"),
        ("כאן חדשות, 6 בדצמבר 2026", "Kan"),
        ("זמן ישראל | 7 בדצמבר 2026", "Zman Israel"),
        ("ישראל היום | 7 בדצמבר 2026", "Israel Hayom"),
        ("הארץ | 7 בדצמבר 2026", "Haaretz"),
        ("וואלה | 7 בדצמבר 2026", "Walla"),
        ("ספורט 5 | 6 בדצמבר 2026", "Sport5"),  # (Sport5's report had no outlet)
    ],
)
def test_an_israeli_outlet_is_known_by_its_masthead(opening: str, outlet: str) -> None:
    assert guess_source(f"{HEADLINE}\n\n{opening}\n\n{LEDE}\n") == outlet


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("ירושלים, 6 בדצמבר 2026 (ynet) - " + LEDE, "Ynet"),
        ("ירושלים (ynet) - " + LEDE, "Ynet"),
        ("תל אביב, 6 בדצמבר 2026 (מעריב) - " + LEDE, "Maariv"),
        ("WASHINGTON (CNN) - The Senate passed the bill on Friday.", "CNN"),
        # (an agency's credit stays the agency's)
        ("ירושלים, 6 בדצמבר 2026 (Reuters) - " + LEDE, "Reuters"),
    ],
)
def test_a_papers_or_a_sites_credit_after_a_dateline_names_it(opening: str, outlet: str) -> None:
    """ "(ynet)" after a Hebrew dateline named no outlet: only an agency's credit was read
    (a Hebrew and Persian night desk's walkthrough)."""
    assert guess_source(f"{HEADLINE}\n\n{opening}\n") == outlet


@pytest.mark.parametrize(
    "opening",
    [
        "ראש הממשלה אמר לעיתון (ynet) כי התקציב יאושר.",  # (a mention in a sentence)
        "The minister told the paper (Haaretz) on Monday that the vote would pass.",
        "Photo: (CNN) archive",
        "Aid groups said the storm hit (BBC News reported) on Friday.",
    ],
)
def test_a_papers_name_in_brackets_elsewhere_names_no_outlet(opening: str) -> None:
    assert guess_source(f"Budget passes first reading\n\n{opening}\n") == ""


@pytest.mark.parametrize(
    "text",
    [
        # (words: the land shook, here is good news, Israel today marks, Persia, a month)
        f"הארץ רעדה בצפון הלילה\n\n{LEDE}\n",
        f"כאן חדשות טובות לחקלאים בצפון\n\n{LEDE}\n",
        f"ישראל היום מציינת את יום הזיכרון\n\n{LEDE}\n",
        f"فارس در صدر جدول لیگ برتر قرار گرفت\n\n{FA_LEDE}\n",
        f"مهر ماه امسال بارش باران کم بود\n\n{FA_LEDE}\n",
        f"همشهری ما در مسابقات جهانی اول شد\n\n{FA_LEDE}\n",
        "Walla Walla man arrested after chase\n\nPolice said the man was held.\n",
        "ISNA convention opens in Chicago\n\nThousands attended the event on Friday.\n",
        "Drought hits Fars province farms\n\nBy Tasnim Ahmed\n\nFarmers said the wells ran dry.\n",
        f"ספורט 5 דברים שכדאי לדעת על העונה\n\n{LEDE}\n",  # ("sport: 5 things…")
        "Sport 5 things to know before the derby\n\nFans gathered early on Friday.\n",
    ],
)
def test_an_outlets_name_that_is_a_word_names_no_outlet(text: str) -> None:
    assert guess_source(text) == ""


def test_an_agencys_file_and_a_sites_file_name_their_outlets(tmp_path: Path) -> None:
    """ "ynet_taktziv.txt" (a short name, known in any case) and IRNA's credit after a
    Persian dateline in a file named for the event (``zelzele_1.txt`` had no outlet)."""
    ynet = _read(tmp_path, f"{HEADLINE}\n\n{LEDE}\n", name="ynet_taktziv.txt")
    irna = _read(
        tmp_path, f"{FA_HEADLINE}\n\nکرمان، ۱۵ آذر ۱۴۰۵ (ایرنا) - {FA_LEDE}\n", name="z_1.txt"
    )
    sport5 = _read(tmp_path, f"{HEADLINE}\n\n{LEDE}\n", name="sport5_football.txt")
    assert (ynet.source, irna.source, sport5.source) == ("Ynet", "IRNA", "Sport5")
    assert all(map(is_agency, ("IRNA", "ISNA", "Tasnim News Agency", "Fars News Agency")))
    assert is_agency("Mehr News Agency") and not is_agency("Ynet")


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("מאת דנה כהן", "דנה כהן"),
        ("מאת: דנה כהן", "דנה כהן"),
        ("פורסם: 06.12.26, 23:41 | מאת דנה כהן", "דנה כהן"),
        ("מעריב | 7 בדצמבר 2026 | מאת אבי שמואלי", "אבי שמואלי"),
        ("Published: 06.12.26, 23:41 | By Dana Cohen", "Dana Cohen"),
        ("מאת הכנסת אישרה את התקציב בקריאה ראשונה", ""),  # (a sentence)
        ("Data | By The Numbers", ""),  # (a section's name, no date)
    ],
)
def test_a_hebrew_byline_gives_its_author(line: str, byline: str) -> None:
    """ "מאת" ("by") before a name, alone or after a stamp's bar, was never read."""
    assert guess_byline(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n") == byline


def test_a_bylines_label_is_dropped_from_a_pages_author() -> None:
    assert bare_byline("מאת נועה לנדאו") == "נועה לנדאו"
