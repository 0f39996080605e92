"""Dates of a Turkish and Azerbaijani, an East Asian, a Ukraine and Russia, and an Africa
desk's copy: Azerbaijani months and AzerTac's and Report.az's datelines, Japanese era
years (令和, 平成), a time stamp opening the body, ENA's "December 6/2026", the Ethiopian
calendar, and Swahili and Hausa months (each desk's walkthrough found such copy undated,
and a rewrite its story's base); and ordinary text in other languages gaining no date."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wirediff.core.reading import read_document
from wirediff.core.reading.dates import (
    dateline_date,
    dateline_day,
    ethiopian,
    find_date,
    find_header_date,
)

AZ_LEDE = (
    "Azərbaycan bu ilin yanvar-noyabr aylarında Avropaya 12,3 milyard kubmetr təbii qaz "
    "ixrac edib, bu barədə Energetika Nazirliyi məlumat yayıb."
)
JA_LEDE = "政府は7日の臨時閣議で、追加の経済対策を決定しました。被災した住宅の再建を急ぎます。"
EN_LEDE = (
    "The ministry said on Sunday that the programme would reach more than two million "
    "farmers in four regions this season, officials added in a statement."
)


def _saved(tmp_path: Path, text: str, when: datetime) -> Path:
    path = tmp_path / "take.txt"
    path.write_text(text, "utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


@pytest.mark.parametrize(
    "head",
    [
        f"Bakı, 7 dekabr, AZƏRTAC\n\n{AZ_LEDE}",
        f"Bakı. 7 dekabr. REPORT.AZ/ {AZ_LEDE}",
    ],
)
def test_an_azerbaijani_yearless_dateline_dates_a_file_saved_that_day(
    tmp_path: Path, head: str
) -> None:
    path = _saved(
        tmp_path,
        f"Azərbaycan qaz ixracını artırıb\n\n{head}\n",
        datetime(2026, 12, 7, 9, tzinfo=UTC),
    )
    doc = read_document(path)
    assert (doc.date, doc.date_source) == ("2026-12-07", "document")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Bakı, 7 dekabr 2026, AZƏRTAC", "2026-12-07"),
        ("Bakı, 15 yanvar 2026", "2026-01-15"),
        ("Bakı, 3 avqust 2026", "2026-08-03"),
        ("Bakı, 5 iyun 2026", "2026-06-05"),
    ],
)
def test_an_azerbaijani_date_is_read(line: str, day: str) -> None:
    assert find_header_date(f"Başlıq\n\n{line}\n\n{AZ_LEDE}\n") == day


@pytest.mark.parametrize(
    ("line", "day", "time"),
    [
        ("令和8年12月7日 午後3時12分", "2026-12-07", "15:12"),
        ("令和８年１２月７日　１５時１２分", "2026-12-07", "15:12"),
        ("令和元年5月1日 10時00分", "2019-05-01", "10:00"),
        ("平成31年4月30日 午前9時05分", "2019-04-30", "09:05"),
        ("平成元年1月8日", "1989-01-08", ""),
    ],
)
def test_a_japanese_era_date_is_read_with_its_time(
    tmp_path: Path, line: str, day: str, time: str
) -> None:
    path = _saved(
        tmp_path,
        f"政府 追加経済対策を閣議決定\n\n{line}\n\n{JA_LEDE}\n",
        datetime(2027, 1, 1, tzinfo=UTC),
    )
    doc = read_document(path)
    assert (doc.date, doc.date_source) == (day, "document")
    assert doc.captured == (f"{day}T{time}:00" if time else "")


@pytest.mark.parametrize(
    "line", ["令和元年4月30日", "平成32年1月1日", "平成31年5月1日", "昭和64年1月8日"]
)
def test_a_day_its_era_has_not_is_no_date(line: str) -> None:
    assert find_date(line) == ""


@pytest.mark.parametrize(
    ("lede", "stamp"),
    [
        ("07.12.2026 14:35 УНІАН. Російські війська в ніч на неділю завдали удару.", "14:35"),
        (
            "07.12.2026 14:35 МОСКВА, 7 декабря. /ТАСС/. Российские войска нанесли удар по "
            "объектам энергетики.",
            "14:35",
        ),
        (
            "07.12.2026 14:35 KYIV (Reuters) - Russia attacked energy infrastructure overnight.",
            "14:35",
        ),
        ("2026-12-07 09:05 Russia attacked energy infrastructure in Kharkiv overnight.", "09:05"),
    ],
)
def test_a_time_stamp_opening_the_body_dates_it(tmp_path: Path, lede: str, stamp: str) -> None:
    path = _saved(tmp_path, f"Удар по Харкову\n\n{lede}\n", datetime(2027, 1, 1, tzinfo=UTC))
    doc = read_document(path)
    assert (doc.date, doc.date_source) == ("2026-12-07", "document")
    assert doc.captured == f"2026-12-07T{stamp}:00"


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (f"Addis Ababa, December 6/2026 (ENA) - {EN_LEDE}", "2026-12-06"),
        (f"Addis Ababa, December 6/2026 (ENA) {EN_LEDE}", "2026-12-06"),
        (f"አዲስ አበባ፣ ኅዳር 27 ቀን 2019 ዓ.ም (ኢዜአ)፦ {EN_LEDE}", "2026-12-06"),
        ("ህዳር 27፣ 2019", "2026-12-06"),
        ("Desemba 6, 2026", "2026-12-06"),
        ("6 Disamba 2026", "2026-12-06"),
        ("12 Agosti 2026", "2026-08-12"),
        ("1 Janairu 2027", "2027-01-01"),
    ],
)
def test_an_african_date_is_read(head: str, day: str) -> None:
    assert find_header_date(f"Headline about farming\n\n{head}\n\n{EN_LEDE}\n") == day


@pytest.mark.parametrize(
    ("year", "month", "day", "gregorian"),
    [
        (2019, 1, 1, "2026-09-11"),  # Meskerem 1, 2019 E.C.
        (2019, 3, 27, "2026-12-06"),  # Hidar 27
        (2016, 1, 1, "2023-09-12"),  # after a leap year: the 12th
        (2015, 13, 6, "2023-09-11"),  # Pagume 6 of a leap year
        (2018, 6, 23, "2026-03-02"),  # Yekatit 23, Adwa Victory Day
        (2016, 4, 29, "2024-01-08"),  # Tahsas 29 after a leap year
    ],
)
def test_the_ethiopian_calendar_is_converted(
    year: int, month: int, day: int, gregorian: str
) -> None:
    assert ethiopian(year, month, day) == gregorian


def test_a_day_the_ethiopian_calendar_has_not_is_no_date() -> None:
    assert ethiopian(2018, 13, 6) == ethiopian(2019, 1, 31) == ethiopian(2019, 14, 1) == ""


@pytest.mark.parametrize(
    "line",
    [
        # (English, French, German, Spanish, Russian, Arabic, Chinese: no new dates)
        "The Agusta 109 helicopter landed at 6 Maris Street in 2026, police said on Sunday.",
        "Stella Maris 6, 2026 annual report lists the school's new teachers and its budget.",
        "Le président a dit que la réforme serait votée le mois prochain, selon ses proches.",
        "Die Regierung will das Gesetz im nächsten Jahr beschließen, sagte der Sprecher.",
        "El ministro dijo que la reforma se votará el próximo mes en el Congreso nacional.",
        "Министр заявил, что реформа будет принята в следующем месяце, сообщили в ведомстве.",
        "وقال الوزير إن الإصلاح سيُقر الشهر المقبل بحسب مصادر مطلعة في الحكومة.",
        "国务院总理在会上表示，要加快推进改革，稳定就业。",
        "Yuli 12, 2026 was the date Mayu 7 gave, the band said in a statement on Sunday.",
    ],
)
def test_ordinary_text_gains_no_date(line: str) -> None:
    assert dateline_date(line) == ""
    assert find_header_date(f"A headline of the story\n\n{line}\n") == ""


@pytest.mark.parametrize("line", ["Stella Maris 6, 2026", "Mayu 7, 2026", "Yuli 12, 2026"])
def test_a_hausa_month_that_is_a_name_is_read_after_its_day_only(line: str) -> None:
    assert find_header_date(f"A headline of the story\n\n{line}\n\n{EN_LEDE}\n") == ""


@pytest.mark.parametrize(
    "line",
    [
        "WASHINGTON, May 5, NASA",  # (no agency's look: no credit)
        "Item 3 May NOTE",
        "In 07.12.2026 14:35 they met",  # (a stamp opens the paragraph, or is none)
    ],
)
def test_no_yearless_dateline_or_stamp_where_none_is(line: str) -> None:
    assert dateline_day(line) is None
    assert dateline_date(f"{line} and the talks went on until the evening, officials said.") == ""


def test_an_ethiopian_month_before_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    """Three runs of spaces in a row in the Ethiopian date's pattern: a day and 20,000
    spaces took 9 s, sixteen times as long each time the run quadrupled (a review)."""
    import time

    from wirediff.core.reading.dates import find_date

    def seconds(n: int) -> float:
        text = "ጥር 5 ቀን" + " " * n + "x"
        started = time.perf_counter()
        find_date(text)
        return time.perf_counter() - started

    small = min(seconds(5_000) for _ in range(3))  # (the best of three: a loaded machine)
    large = min(seconds(20_000) for _ in range(3))
    assert large < 8 * small + 0.1
