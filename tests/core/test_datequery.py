"""The list filter's dates written the East Asian way and as the Date column shows them (an
East Asian desk's walkthrough: `12月7日`, `2026.12.07`, `12월 7일` and `7 Dec` found
nothing in a folder of documents of 2026-12-07)."""

from __future__ import annotations

import pytest

from wirediff.core.datequery import iso_dates


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("2026年12月7日", "2026-12-07"),
        ("２０２６年１２月７日", "2026-12-07"),
        ("12月7日", "-12-07"),
        ("１２月７日", "-12-07"),
        ("2026년 12월 7일", "2026-12-07"),
        ("12월 7일", "-12-07"),
        ("2026.12.07", "2026-12-07"),
        ("2026/12/07", "2026-12-07"),
        ("2026. 12. 07.", "2026-12-07"),
        ("7 Dec", "-12-07"),
        ("Dec 7", "-12-07"),
        ("7 December", "-12-07"),
        ("Dec. 7, 2026", "2026-12-07"),
        ("7 Dec 2026", "2026-12-07"),
        ("7 декабря", "-12-07"),
        ("7. Dezember", "-12-07"),
        # (a French desk's walkthrough: its months' names, its "1er", Spanish's "de", an
        # English ordinal, and a month and its year found nothing)
        ("Mars 2", "-03-02"),
        ("2 mars", "-03-02"),
        ("1er mars", "-03-01"),
        ("1er mars 2026", "2026-03-01"),
        ("2 de marzo", "-03-02"),
        ("2 de marzo de 2026", "2026-03-02"),
        ("March 2nd", "-03-02"),
        ("2nd March 2026", "2026-03-02"),
        ("mars 2026", "2026-03"),
        ("Dec. 2026", "2026-12"),
        ("diciembre de 2026", "2026-12"),
    ],
)
def test_a_date_written_year_first_or_with_its_months_name_is_found(typed: str, found: str) -> None:
    assert iso_dates(typed) == [found]


@pytest.mark.parametrize(
    "typed",
    [
        *("Dec", "top 10", "Apple 7", "7 set", "31 Feb", "13月1日", "2026.13.01", "12월", "Mag 7"),
        # (words before a year or an ordinal are no months)
        *("Windows 2000", "Apple 2026", "Mag 2026", "Ligue 1er", "Room 1st", "Apollo 11th"),
        "2021-07-1",  # (the start of the list's own ISO date, typed: a substring, no day)
    ],
)
def test_words_and_days_that_are_none_are_no_date(typed: str) -> None:
    assert iso_dates(typed) == []


def test_the_day_first_forms_are_read_as_before() -> None:
    assert iso_dates("05.12.2026") == ["2026-12-05"]
    assert iso_dates("05/12/2026") == ["2026-12-05", "2026-05-12"]
    assert iso_dates("5.12.") == ["-12-05"]
