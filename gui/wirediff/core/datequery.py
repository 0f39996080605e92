"""A date typed in the filter as people write it ("05.12.2026", "5/12/26", "05.12"), found
as the list shows dates (ISO: 2026-12-05).

Dots and hyphens put the day first (as Russian, German and most of Europe write); a slash
may be either way round, so both readings are looked for unless one is no date (12/25:
the 25th). A two-digit year is of this century unless that is more than a year ahead
("12.05.99": 1999). A day and month alone need two digits each or a closing dot ("05.12",
"5.12."): "1.5" is a version, not the first of May. Digits of any script are read, and
full-width ones ("１２月７日").

The year first, as East Asia writes a date: "2026年12月7日", "2026년 12월 7일",
"2026.12.07", "2026/12/07", and without the year, "12月7日", "12월 7일"; and a month's
name, as the list's Date column shows the day, "7 Dec", "Dec 7", "7 December", "7 Dec
2026" (each found nothing: an East Asian desk's walkthrough), in any language the dates
are read in, with French's "1er", Spanish's "de" and English's ordinals ("1er mars", "2 de
marzo", "March 2nd": a French desk's walkthrough), and a month's name with its year alone
("mars 2026", as "12.2026"). A day without its year is of any year, as "05.12" is.
Pure Python: the list's filter and a stories index's search ask.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from wirediff.core.reading.dates import month_number

_FULL = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})")
_DAY_MONTH = re.compile(r"(\d\d)([./])(\d\d)\.?|(\d{1,2})([./])(\d{1,2})\.")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{4})")
# 2026.12.07, 2026/12/07, "2026. 12. 7." (Korean papers' stamp); not with hyphens, as the list
# writes a date: "2021-07-1" is the start of one typed, not the first of July
_YEAR_FIRST = re.compile(r"(\d{4})\s*([./])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?")
# 2026年12月7日, 2026년 12월 7일, and without the year: 12月7日, 12월 7일
_CJK = re.compile(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# 7 Dec, 7. Dezember, 7 Dec 2026; Dec 7, Dec. 7, 2026; and as French, Spanish and English
# write the day too: "1er mars", "2 de marzo de 2026", "March 2nd" (each found nothing:
# a French desk's walkthrough)
_NAMED = (
    re.compile(
        r"(?P<day>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\.?"
        r"(?:,?\s+(?:de\s+)?(?P<year>\d{4}))?"
    ),
    re.compile(
        r"(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
    ),
)
# A month's name and its year: "mars 2026", "Dec 2026", "diciembre de 2026" (a month as
# "12.2026" is)
_NAMED_MONTH = re.compile(r"(?P<month>[^\W\d_]+)\.?,?\s+(?:de\s+)?(?P<year>\d{4})")


def iso_dates(text: str) -> list[str]:
    """The ISO date, or part of one ("-12-05", "2026-12"), that ``text`` writes, in each
    reading it may have; none when it writes no date."""
    text = unicodedata.normalize("NFKC", text).strip()
    if found := _year_first(text):
        return found
    if m := _FULL.fullmatch(text):
        year = _year(m[4])
        days = _readings(m[1], m[2], m[3])
        return [f"{year}-{month:02}-{day:02}" for day, month in days if _is_day(year, month, day)]
    if m := _DAY_MONTH.fullmatch(text):
        first, sep, second = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        return [f"-{month:02}-{day:02}" for day, month in _readings(first, sep, second)]
    if m := _MONTH_YEAR.fullmatch(text):
        month = int(m[1])
        return [f"{int(m[2]):04}-{month:02}"] if 1 <= month <= 12 else []
    if m := _NAMED_MONTH.fullmatch(text):
        month = month_number(m["month"])
        return [f"{m['year']}-{month:02}"] if month else []
    return []


def _year_first(text: str) -> list[str]:
    """The date (or month and day, "-12-07") ``text`` writes year first or with a month's
    name (``_YEAR_FIRST``, ``_CJK``, ``_NAMED``), in a list; empty when it writes none."""
    year, month, day = "", 0, 0
    if m := _YEAR_FIRST.fullmatch(text):
        year, month, day = m[1], int(m[3]), int(m[4])
    elif m := _CJK.fullmatch(text):
        year, month, day = m[1] or "", int(m[2]), int(m[3])
    else:
        for pattern in _NAMED:
            if m := pattern.fullmatch(text):
                year, month, day = m["year"] or "", month_number(m["month"]), int(m["day"])
                break
    if not _is_day(int(year or 2000), month, day):
        return []
    return [f"{year}-{month:02}-{day:02}"]


def _year(digits: str) -> int:
    """A year as typed: four digits, or two of this century unless more than a year ahead."""
    year = int(digits)
    if len(digits) == 4:
        return year
    this = date.today().year
    return 2000 + year if 2000 + year <= this + 1 else 1900 + year


def _readings(first: str, sep: str, second: str) -> list[tuple[int, int]]:
    """(day, month) of each reading that is a date: day first, and with a slash month
    first too."""
    a, b = int(first), int(second)
    orders = [(a, b), (b, a)] if sep == "/" else [(a, b)]
    found = [(day, month) for day, month in orders if _is_day(2000, month, day)]
    return list(dict.fromkeys(found))


def _is_day(year: int, month: int, day: int) -> bool:
    """Whether the day exists (2000 for a day and month alone: 29 February does)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
