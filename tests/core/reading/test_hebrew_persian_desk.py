"""A Hebrew and Persian night desk's copies: Hebrew months and stamp lines, Iranian sites'
Solar Hijri stamps in digits, Iranian agencies' and Israeli outlets' credits, and Hebrew
bylines (a Hebrew and Persian monitoring desk's walkthrough found each read wrong or not at
all: every Hebrew copy undated, every Persian and Hebrew outlet but two empty)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import load_paths
from wirediff.core.reading.dates import find_header_date

HEADLINE = "הכנסת אישרה את התקציב בקריאה ראשונה בלילה"
LEDE = "מליאת הכנסת אישרה הלילה בקריאה ראשונה את תקציב המדינה לשנת 2027 ברוב של 61 תומכים."
FA_HEADLINE = "زمین\u200cلرزه راور کرمان را لرزاند و سه نفر کشته شدند"
FA_LEDE = "زمین\u200cلرزه\u200cای به بزرگی ۵٫۶ ریشتر بامداد امروز شهرستان راور را لرزاند."


def _read(tmp_path: Path, text: str, name: str = "item.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_paths([path]).documents[0]


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
