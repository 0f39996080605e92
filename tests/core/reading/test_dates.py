"""Dates from file names (with the ambiguity rules) and where a document's date comes from."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.core.reading.samples import make_docx
from tests.core.stories.helpers import Writer
from wirediff.core.document import Document
from wirediff.core.reading import load_paths, read_document
from wirediff.core.reading.dates import date_from_file_name, dateline_day, find_header_date
from wirediff.core.reading.metadata import dated
from wirediff.core.stories import build_story_index

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nytimes_20121214173049_tech.html", "2012-12-14T17:30:49"),
        ("wsj_201212141730_x.txt", "2012-12-14T17:30:00"),
        ("story-20121214.txt", "2012-12-14"),
        ("reuters_2021-07-24.txt", "2021-07-24"),
        ("reuters_2021_07_24_b.txt", "2021-07-24"),
        ("24.07.2021 report.txt", "2021-07-24"),
        ("07-24-2021.txt", "2021-07-24"),  # no 24th month: month first
        ("news_24.07.2021", "2021-07-24"),  # no extension: ".2021" is the year
        ("news_2021.07.24", "2021-07-24"),
        # Two-digit AA-BB-CC: day-month-year first (COUNTER's names) ...
        ("APP_01-12-14_796404.txt", "2014-12-01"),
        ("wire_23-11-14_a.txt", "2014-11-23"),  # not 2023-11-14
        # ... else year-month-day, else month-day-year; never in the future.
        ("wire_98-11-14.txt", "1998-11-14"),
        ("wire_11-23-14.txt", "2014-11-23"),
        ("wire_01-01-30.txt", "1930-01-01"),  # 2030 is in the future: 19yy
        # Not dates: ids, impossible days, digits running on.
        ("APP_0--14_f86687.txt", ""),
        ("article-796404.txt", ""),
        ("x_20121399.txt", ""),
        ("x_2012121417.txt", ""),
        ("x_31-02-99.txt", ""),  # no 31 February, no month 31
        # A day past its month's end is a filing error, not a date of the 1930s read
        # year first (COUNTER has such names), nor month first.
        ("APP_31-09-14_f1.txt", ""),
        ("x_30-02-2014.txt", ""),
        ("x_29-02-16.txt", "2016-02-29"),  # a leap year
        ("x_29-02-15.txt", ""),  # no 29 February in 2015, and no month 29
        # Eight digits that are no year-first day: day first ("_05122026", a Russian
        # paper's names); year first wins when both are days.
        ("nsk_news_most_05122023.txt", "2023-12-05"),
        ("x_20121214.txt", "2012-12-14"),
        ("x_31022023.txt", ""),
        # A time of day after the date (a scraper's or a browser's capture time): captures
        # of one day were in no order.
        ("guardian_20231114T0930_flood.html", "2023-11-14T09:30:00"),
        ("guardian_20231114_0930_flood.html", "2023-11-14T09:30:00"),
        ("bbc-rail-strike-2023-11-14-1145.txt", "2023-11-14T11:45:00"),
        ("bbc-rail-strike-2023-11-14_11-45.txt", "2023-11-14T11:45:00"),
        ("reuters_2023-11-14T11:45.txt", "2023-11-14T11:45:00"),
        ("capture 2023-11-14 11.45.30.txt", "2023-11-14T11:45:30"),
        ("ap_14-11-2023_1145.txt", "2023-11-14T11:45:00"),
        # ... after a day of two-digit parts or eight digits day first too (a wire desk's
        # takes lost their times, the latest the base and the toll read backwards: a probe)
        ("06-11-23 09.30 reuters ferry update1.txt", "2023-11-06T09:30:00"),
        ("06-11-23_0930 reuters.txt", "2023-11-06T09:30:00"),
        ("06-11-23 09:30 x.txt", "2023-11-06T09:30:00"),
        ("tass_06112023_0830.txt", "2023-11-06T08:30:00"),
        ("reuters_05112023-0930.txt", "2023-11-05T09:30:00"),
        ("x_06-11-23_2025.txt", "2023-11-06T20:25:00"),  # (a time of day: 2025 no year near)
        ("x_06-11-23_2024.txt", "2023-11-06"),  # (the year after the date's: a year)
        ("APP_17-12-14_1130b0.txt", "2014-12-17"),  # (COUNTER's hex ids: no times)
        ("APP_10-10-14_053233.txt", "2014-10-10"),
        ("x_06112023_105432.txt", "2023-11-06"),
        # ... not an id, nor a number that is no time of day: the day alone
        ("x_2023-11-14_796404.txt", "2023-11-14"),
        ("x_20231114_1234567.txt", "2023-11-14"),
        ("x_2023-11-14-2981.txt", "2023-11-14"),
        # ... nor a second date (a review found it a time)
        ("report_2023-03-15_2023-03-20.pdf", "2023-03-15"),
        ("x_2023-03-15_12-31-2023.txt", "2023-03-15"),
        # ... but after a full date, four digits that are a time of day are one, from 19:00
        # to 20:59 too: read as years, a night desk's takes of 19:05 and 20:10 were the day
        # alone and went after its 21:40 (a Gulf desk's walkthrough)
        ("reuters_ar_20231130_1905.txt", "2023-11-30T19:05:00"),
        ("reuters_ar_20231130_2010.txt", "2023-11-30T20:10:00"),
        ("x_20231130-1900.txt", "2023-11-30T19:00:00"),
        ("x_2023-11-30_1905.txt", "2023-11-30T19:05:00"),
        ("x_2023-11-30-2059.txt", "2023-11-30T20:59:00"),
        ("x_30-11-2023_2010.txt", "2023-11-30T20:10:00"),
        ("x_30112023_1905.txt", "2023-11-30T19:05:00"),
        ("budget_2023-03-15_2024.pdf", "2023-03-15"),  # (the next year's budget: no time)
        ("budget_2023-03-15_2023.pdf", "2023-03-15"),
        ("x_2023-03-15_2022.txt", "2023-03-15"),
        ("x_2023-03-15_2021.txt", "2023-03-15T20:21:00"),
        ("x_20231114T2023.txt", "2023-11-14T20:23:00"),  # (after "T", always a time)
        ("x_2023-11-14T2024.txt", "2023-11-14T20:24:00"),
        ("x_20231130_1860.txt", "2023-11-30"),  # (no time of day: the day alone)
        ("x_20231130_2400.txt", "2023-11-30"),
        # ... and a year alone is still no date (nor a time)
        ("budget_2024.pdf", ""),
        ("report_1905.txt", ""),
        ("reuters_ar_1905.txt", ""),
        # a wire archive's names, an id after the time: the time kept (it was the day only)
        ("agency_20230311_1650_0055.txt", "2023-03-11T16:50:00"),
        ("agency_2023-03-11_1650_0055.txt", "2023-03-11T16:50:00"),
        ("agency_20230311_2359_12.txt", "2023-03-11T23:59:00"),
        ("range_2023-03-19_2023-03-20.txt", "2023-03-19"),
        ("x_2023-11-14T2015.txt", "2023-11-14T20:15:00"),  # after T, 20:15
        ("x_2023-11-14_20-15.txt", "2023-11-14T20:15:00"),
        # Witnesses of old editions, a date with separators (a scholar's got their files'
        # times); digits alone of an earlier year, or a year alone, are ids or years
        ("lantern_1798-01-01_A.txt", "1798-01-01"),
        ("letter_24-07-1862.txt", "1862-07-24"),
        ("x_1499-01-01.txt", ""),
        ("id_17980101.txt", ""),
        ("lantern_1798_A.txt", ""),
        ("compare_1798-01-01_1805.txt", "1798-01-01"),  # a year after it, no time of day
        ("v_1.2.1600.txt", ""),  # a version's number
    ],
)
def test_date_from_file_name(name: str, expected: str) -> None:
    assert date_from_file_name(name, TODAY) == expected


def test_a_file_name_s_date_up_to_two_days_ahead_of_the_clock_is_kept(tmp_path: Path) -> None:
    """A file-name date after today was refused with no slack: a Dubai desk's takes, named
    in its time (UTC+4), were "undated" on a UTC machine from midnight to 04:00, and a take
    stamped hours ahead always (a Gulf desk's walkthrough). A file's name (and folders) has
    the slack a page's date has, ``AHEAD``: one rule for both."""
    from wirediff.core.reading.dates import AHEAD, date_from_folders
    from wirediff.core.reading.webpage import _date_params

    today = date(2026, 12, 7)
    assert _date_params(today)["max_date"] == (today + AHEAD).isoformat() == "2026-12-09"
    assert date_from_file_name("reuters_ar_20261208_0110.txt", today) == "2026-12-08T01:10:00"
    assert date_from_file_name("wam_2026-12-09_2350.txt", today) == "2026-12-09T23:50:00"
    assert date_from_file_name("tass_08122026_0830.txt", today) == "2026-12-08T08:30:00"
    assert date_from_file_name("dawn_08-12-26_quake.txt", today) == "2026-12-08"
    assert date_from_folders("desk/2026/12/08", today) == date(2026, 12, 8)
    # ... and no further: a day after that is still no date
    assert date_from_file_name("reuters_ar_20261210_0110.txt", today) == ""
    assert date_from_file_name("wam_2026-12-10.txt", today) == ""
    assert date_from_file_name("dawn_10-12-26_quake.txt", today) == ""
    assert date_from_folders("desk/2026/12/10", today) is None
    # (read on the clock's day: a take named for tomorrow is dated by its name)
    for ahead, expected in ((1, "file name"), (3, "file time")):
        day = date.today() + timedelta(days=ahead)
        take = tmp_path / f"reuters_ar_{day:%Y%m%d}_0110.txt"
        take.write_text("Quake strikes southern Iran\n\nNo dateline here, just text.\n")
        assert read_document(take).date_source == expected


GERMAN_LEDE = "Der Handelsverband HDE rechnet mit einem Rekordumsatz im Weihnachtsgeschäft."


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # an abbreviated month with its dot and a year (without a year, or in full, they were)
        ("Berlin, 5. Dez. 2026 (dpa) -", "2026-12-05"),
        ("Wien, 5. Dez. 2026 (APA) -", "2026-12-05"),
        ("Wien, 5. Jän. 2026 (APA) -", "2026-01-05"),
        ("Hamburg, 5. Mär. 2026 (dpa) -", "2026-03-05"),
        ("Berlin, 5. Dezember 2026 (dpa) -", "2026-12-05"),
        # a stamp's German labels
        ("Stand: 05.12.2026, 14:30 Uhr", "2026-12-05"),
        ("Zuletzt aktualisiert: 05.12.2026, 14:30 Uhr", "2026-12-05"),
        ("Stand: 5. Dez. 2026, 14:30 Uhr", "2026-12-05"),
        # ... but not a label of a story's own, nor a date in a sentence
        ("Stand der Ermittlungen: 05.12.2026", ""),
        ("Frist bis: 5. Dez. 2026", ""),
        ("Der Verband erwartet bis zum 5. Dez. 2026 einen Rekordumsatz, sagte ein Sprecher -", ""),
    ],
)
def test_german_date_lines_and_stamps_are_read(line: str, day: str) -> None:
    """dpa's and APA's "Berlin, 5. Dez. 2026 (dpa) -", and a page's "Stand: 05.12.2026,
    14:30 Uhr", left their texts undated (a German and Nordic desk's walkthrough)."""
    apart = " " if line.endswith("-") else "\n\n"  # (a dateline opens the lede)
    assert find_header_date(f"Rekordumsatz erwartet\n\n{line}{apart}{GERMAN_LEDE}\n") == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # a day's dot, the month's abbreviation without its own (a German site's stamp)
        ("Berlin, 5. Dez 2026 (dpa) -", "2026-12-05"),
        ("Stand: 5. Dez 2026, 14:30 Uhr", "2026-12-05"),
        ("Wien, 5. Jän 2026 (APA) -", "2026-01-05"),
        ("Hamburg, 5. Mär 2026 (dpa) -", "2026-03-05"),
        ("Berlin, 5. Okt 2026 (dpa) -", "2026-10-05"),
        # ... and the month's dot without the day's
        ("Berlin, 5 Dez. 2026 (dpa) -", "2026-12-05"),
        ("Stand: 5 Dez. 2026, 14:30 Uhr", "2026-12-05"),
        # (an English abbreviation after a numbered item's dot stays none)
        ("Item 3. Nov 2019", ""),
    ],
)
def test_german_dates_missing_one_of_their_dots_are_read(
    tmp_path: Path, line: str, day: str
) -> None:
    """ "5. Dez 2026" (German sites stamp their pages so) was undated: the day's dot was
    read before a month in full or abbreviated with its dot only."""
    apart = " " if line.endswith("-") else "\n\n"  # (a dateline opens the lede)
    take = tmp_path / "take.txt"
    take.write_text(f"Rekordumsatz erwartet\n\n{line}{apart}{GERMAN_LEDE}\n", encoding="utf-8")
    doc = read_document(take)
    if day:
        assert (doc.date, doc.date_source) == (day, "document")
    else:
        assert doc.date_source == "file time"


def test_a_german_stamp_s_time_is_the_text_s(tmp_path: Path) -> None:
    """The time of "Stand: 05.12.2026, 14:30 Uhr" on its day, as an update line's is."""
    for label in ("Stand:", "Zuletzt aktualisiert:"):
        page = tmp_path / "stand.txt"
        page.write_text(
            f"Rekordumsatz erwartet\n\n{label} 05.12.2026, 14:30 Uhr\n\n{GERMAN_LEDE}\n"
        )
        doc = read_document(page)
        assert (doc.date, doc.date_source, doc.captured) == (
            "2026-12-05",
            "document",
            "2026-12-05T14:30:00",
        )


def test_date_sources_strongest_first(tmp_path: Path) -> None:
    path = tmp_path / "APP_01-12-14_1.txt"
    path.write_text("Headline\n\nNo dateline here, just text.\n", encoding="utf-8")
    doc = read_document(path)
    assert (doc.date, doc.date_source, doc.published) == ("2014-12-01", "file name", "2014-12-01")
    assert doc.source == "APP"  # an agency's prefix names the outlet

    plain = tmp_path / "plain.txt"
    plain.write_text("Headline\n\nNo date anywhere.\n", encoding="utf-8")
    os.utime(plain, (1_600_000_000, 1_600_000_000))
    doc = read_document(plain)
    assert (doc.date, doc.date_source) == ("2020-09-13T12:26:40+00:00", "file time")
    assert doc.published == ""  # a file's time is not when the text was written

    # A dateline's day, and the minute in the file's name on that day: the name's (the
    # revisions of a translation, one day each by their datelines, were in no order).
    for minute in ("1130", "1520"):
        revision = tmp_path / f"floods_ru_20260314{minute}.txt"
        revision.write_text("Наводнения\n\nКАРАЧИ, 14 марта 2026 (Reuters) - Текст.\n")
        found = dated(read_document(revision))
        assert found == (f"2026-03-14T{minute[:2]}:{minute[2:]}:00", "file name")
    export = tmp_path / "cms_export_202603142359.jsonl"  # the export's time: no article's
    export.write_text('{"text": "Floods hit the south.", "date": "2026-03-14"}\n' * 2)
    assert [d.date for d in load_paths([export]).documents] == ["2026-03-14"] * 2
    other_day = tmp_path / "floods_ru_202603151130.txt"
    other_day.write_text("Наводнения\n\nКАРАЧИ, 14 марта 2026 (Reuters) - Текст.\n")
    assert dated(read_document(other_day)) == ("2026-03-14", "document")

    lined = tmp_path / "lined_2020-01-01.txt"
    lined.write_text("Headline\nJuly 24, 2021\n\nBody.\n", encoding="utf-8")
    assert dated(read_document(lined)) == ("2021-07-24", "document")

    meta = Document(Path("x.json"), "Body.", "x", date="2021-07-26")
    assert dated(meta) == ("2021-07-26", "metadata")
    # a PDF's or a Word file's date property is when the file was made: a date printed in
    # its header comes first (a release printed to PDF months later sorted after the papers
    # that copied it); a web page's or a feed's metadata stays first
    printed = "PRESS RELEASE\nUniversity of Leeds — 2026-06-02\n\nDog owners walk more.\n"
    for fmt, expected in (("pdf", ("2026-06-02", "document")), ("docx", ("2026-06-02", "document")),
                          ("html", ("2026-12-05", "metadata"))):  # fmt: skip
        made = Document(Path(f"x.{fmt}"), printed, "x", date="2026-12-05", format=fmt)
        assert dated(made) == expected
    unprinted = Document(
        Path("x.pdf"), "Dog owners walk more.\n", "x", date="2026-12-05", format="pdf"
    )
    assert dated(unprinted) == ("2026-12-05", "metadata")
    # ... and so does a date in its name: a draft of 2026-02-20 printed to PDF on the day it
    # was read was the newest version, its story's last
    draft = "Digital Markets Bill\n\nThe Act applies to every operator.\n"
    by_name = ("2026-02-20", "file name")
    for fmt, expected in (
        ("pdf", by_name),
        ("docx", by_name),
        ("html", ("2026-12-05", "metadata")),
    ):
        name = Path(f"bill_draft2_2026-02-20.{fmt}")
        assert dated(Document(name, draft, "x", date="2026-12-05", format=fmt)) == expected
        # ... but its property's time on that day is kept (an .odt of 11:20 was the day alone)
        made = Document(name, draft, "x", date="2026-02-20T16:05:00", format=fmt)
        assert dated(made) == ("2026-02-20T16:05:00", "metadata")
    assert dated(Document(tmp_path / "gone.txt", "Body.", "x")) == ("", "")


LEDE = (
    " Café owners said on Saturday that the new health pass rules had brought customers "
    "back to the terraces of the capital, after weeks of empty tables."
)


@pytest.mark.parametrize(
    "line",
    [
        "2026年5月12日 14:05",
        "新华社台北2026年5月12日电 据报道，地震造成多人受伤。",
        "2026년 5월 12일",
        "입력 2026.05.12 14:05",
        "नई दिल्ली, 12 मई 2026 (भाषा) ताइवान में भूकंप आया।",
        "12 พฤษภาคม 2569",  # the Buddhist era's year
    ],
)
def test_an_asian_scripts_date_in_the_header_is_read(line: str) -> None:
    """An Asia desk's folder was all undated: these were not read."""
    assert find_header_date(f"台湾发生地震\n\n{line}\n\nMore.\n") == "2026-05-12"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("وین - خبرگزاری‌ها: روز شنبه ۱۴ آذر ۱۴۰۵ تصمیم گرفتند", "2026-12-05"),
        ("تهران، ۱ فروردین ۱۴۰۳ - خبرگزاری", "2024-03-20"),
        ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # (1403 a leap year)
        ("۲۲ بهمن ۱۳۵۷", "1979-02-11"),
        ("14 آذر 1405", "2026-12-05"),  # (Western digits, as a legacy reprint writes them)
    ],
)
def test_a_persian_date_of_the_solar_hijri_calendar_is_read(line: str, day: str) -> None:
    """Both Persian copies of a story, dated "۱۴ آذر ۱۴۰۵", were undated, their story
    "if that came first (neither is dated)" (an Arabic standards editor's walkthrough)."""
    assert find_header_date(f"اوپک پلاس تولید نفت را کاهش داد\n\n{line}\n\nMore.\n") == day


def test_a_day_the_solar_hijri_calendar_has_not_is_no_date() -> None:
    from wirediff.core.reading.dates import solar_hijri

    assert solar_hijri(1402, 12, 30) == ""  # (1402 no leap year)
    assert solar_hijri(1405, 7, 31) == ""  # (the second half's months have 30 days)
    assert solar_hijri(1405, 13, 1) == ""


@pytest.mark.parametrize(
    "dateline",
    [
        "PARIS, July 24, 2021 (AFP) -",
        "WASHINGTON (Reuters) July 24, 2021 -",
        "WASHINGTON (Reuters), July 24, 2021 -",
        "WASHINGTON, D.C., July 24, 2021 —",
        "NEW YORK, 24.07.2021:",
        "São Paulo, 2021-07-24 –",
        "July 24, 2021 —",
        "24 July 2021 (Reuters) -",
        # a communiqué's word before its date (its date was the file's)
        "DOUAI, le 24 juillet 2021 –",
        "Stuttgart, den 24. Juli 2021 –",
        "Madrid, el 24 de julio de 2021 –",
    ],
)
def test_a_dateline_opening_a_long_first_paragraph_is_read(dateline: str) -> None:
    text = f"Cafes reopen across France\n\n{dateline}{LEDE}\n\nMore.\n"
    assert len(dateline + LEDE) > 80  # a long line: only its dateline counts
    assert find_header_date(text) == "2021-07-24"
    assert find_header_date(f"{dateline}{LEDE}\n") == "2021-07-24"  # no headline line
    assert find_header_date(f"Cafes reopen\n\n{dateline} Cafés reopen.\n") == "2021-07-24"


@pytest.mark.parametrize(
    "line",
    [
        # A caption names a date that is not the article's.
        "Marines in Babylon, in this April 20, 2003 file photo, taken by a photographer "
        "who was embedded with the unit.",
        "FILE - In this April 20, 2003 file photo - marines in Babylon, taken by a "
        "photographer who was embedded with the unit.",
        # A date further on in the lede is what it tells of, not when it was written.
        "PARIS (AFP) - Café owners said on July 24, 2021 that the new health pass rules had "
        "brought customers back.",
        "Café owners said July 24, 2021 - a Saturday - that the new health pass rules had "
        "brought customers back.",
        # A date opening the line but running on into the sentence is no dateline.
        "July 24, 2021 was the day café owners said the new health pass rules had brought "
        "customers back.",
        "PARIS, July 24, 2021-22 season tickets went on sale as café owners said the new "
        "rules had brought customers back.",
    ],
)
def test_a_date_elsewhere_in_a_long_line_is_not_read(line: str) -> None:
    assert len(line) > 80
    assert find_header_date(f"Headline\n\n{line}\n\nMore.\n") == ""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a full stop before the lede, the year's "г." or "року" before it: Russian,
        # Ukrainian and German papers' and releases' form (a walkthrough's were undated)
        ("Berlin, 2. Dezember 2026. Ein Streik legt den Fernverkehr der Bahn lahm.", "2026-12-02"),
        ("Алматы, 30 ноября 2026 г. В выходные в городе прошел фестиваль.", "2026-11-30"),
        ("Київ, 2 грудня 2026 року. Київська міська рада ухвалила рішення.", "2026-12-02"),
        ("Москва, 3 декабря 2026 года. «Газпром» снизил поставки газа.", "2026-12-03"),
    ],
)
def test_a_dateline_ending_in_a_full_stop_before_the_lede_is_read(line: str, expected: str):
    lede = f"{line} Mehr Text folgt hier, so dass die Zeile lang genug ist, um keine kurze zu sein."
    assert find_header_date(f"Headline\n\n{lede}\n\nMore.\n", stop=True) == expected
    assert find_header_date(f"Headline\n\n{lede}\n\nMore.\n") == ""  # (asked for only)
    # ... not a sentence that tells of a date, nor a date running on into the sentence
    told = f"The meeting on 5 December 2026. {lede}"
    assert find_header_date(f"Headline\n\n{told}\n", stop=True) == ""


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        ("Berlin, 2. Dezember 2026. Ein Streik legt den Fernverkehr der Bahn lahm.", "2026-12-02"),
        # a feature's scene-setting lede, an obituary's birth: no dateline of the text
        ("Dallas, November 22, 1963. The motorcade turned onto Elm Street at 12:29.", ""),
        ("London, 12 March 1931. Born in a terraced house in Hackney, she would become.", ""),
        ("Berlin, 9. November 1989. Kurz vor sieben Uhr am Abend trat Schabowski vor.", ""),
    ],
)
def test_a_full_stop_dateline_dates_a_file_saved_soon_after_it(
    tmp_path: Path, lede: str, expected: str
) -> None:
    """The form dates a text saved on its day or within two years after (a probe: 2026
    features opening "Dallas, November 22, 1963." were dated 1963, and one became the base
    of its story); otherwise the file's time stands, as before."""
    path = tmp_path / "feature.txt"
    path.write_text(f"Headline of the feature\n\n{lede} More words follow here.\n", "utf-8")
    saved = datetime(2026, 12, 5, 10, 0, tzinfo=UTC).timestamp()
    os.utime(path, (saved, saved))
    doc = read_document(path)
    if expected:
        assert (doc.date, doc.date_source) == (expected, "document")
    else:
        assert doc.date_source == "file time" and doc.date.startswith("2026-12-05")


@pytest.mark.parametrize(
    "line",
    [
        "John Smith (born April 21, 1938) has died, his family said.",
        "ingmar bergman (born july 14, 1918) is a swedish director.",
        "The 1995 peace accord signed on November 21, 1995 was recalled.",
        "Иван Петров (родился 21 апреля 1938 года) умер, сообщила семья.",
    ],
)
def test_a_date_in_a_short_sentence_of_the_story_is_not_its_date(line: str) -> None:
    """A short first sentence is no dateline: an obituary was dated by the birth it told
    of, a Wikipedia article's revisions by their subject's."""
    assert len(line) <= 80
    assert find_header_date(f"Headline\n\n{line}\n\nMore.\n") == ""


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Last updated on Saturday, 24 July 2021, at 07:12 a.m. GMT.", "2021-07-24"),
        ("By Jane Doe, Reuters. Updated July 24, 2021.", "2021-07-24"),
        ("Posted by the news desk on July 24, 2021", "2021-07-24"),
        ("Опубликовано 5 декабря 2021 года.", "2021-12-05"),
        # a byline or a stamp however many words follow (found by a review)
        ("By John Smith, staff reporter for the daily news, March 5, 2021", "2021-03-05"),
        ("Updated at 10:32 GMT on March 5, 2021 with new casualty figures", "2021-03-05"),
    ],
)
def test_a_date_or_byline_line_is_still_read(line: str, day: str) -> None:
    assert find_header_date(f"Headline\n\n{line}\n\nMore.\n") == day


def test_a_lede_dateline_beats_the_file_time(tmp_path: Path) -> None:
    path = tmp_path / "cafes.txt"
    path.write_text(
        f"Cafes reopen across France\n\nPARIS, July 24, 2021 (AFP) -{LEDE}\n", encoding="utf-8"
    )
    os.utime(path, (1_600_000_000, 1_600_000_000))
    doc = read_document(path)
    assert (doc.date, doc.date_source, doc.published) == ("2021-07-24", "document", "2021-07-24")


def test_versions_dated_by_their_ledes_come_in_time_order(tmp_path: Path) -> None:
    """Through the engine: versions dated only by their first paragraph's dateline come in
    time order after the base, before the undated (which go most similar first)."""
    w = Writer(3)
    source = w.article(w.topic())
    assert len(source[1]) > 80

    def version(paragraphs: int, dateline: str) -> str:
        lines = source[:paragraphs]
        lines[1] = f"{dateline} {lines[1]}" if dateline else lines[1]
        return "\n\n".join(lines) + "\n"

    files = {
        "APP_source.txt": version(8, ""),  # the agency's text: the base
        "late.txt": version(7, "PARIS, July 26, 2021 -"),  # the most like the base
        "early.txt": version(6, "PARIS, July 24, 2021 -"),
        "undated.txt": version(5, ""),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    loaded = load_paths([tmp_path])
    by_name = {d.name: (d.date, d.date_source) for d in loaded.documents}
    assert by_name["early.txt"] == ("2021-07-24", "document")
    assert by_name["late.txt"] == ("2021-07-26", "document")
    assert by_name["undated.txt"][1] == "file time"
    index = build_story_index(loaded.documents)
    (story,) = index.stories
    names = [index.documents[v.doc].name for v in story.versions]
    assert names == ["APP_source.txt", "early.txt", "late.txt", "undated.txt"]


@pytest.mark.parametrize("day", ["2021-02-30", "2021-06-31", "2021-02-29T00:00:00Z"])
@pytest.mark.parametrize(
    "where",
    [
        '<meta property="article:published_time" content="{day}">',
        '<script type="application/ld+json">{{"@type": "NewsArticle", '
        '"datePublished": "{day}"}}</script>',
        '<meta name="date" content="{day}"><time datetime="{day}"></time>',
        "<time>{day}</time>",  # (the element's text, not an attribute)
    ],
)
def test_a_page_date_that_does_not_exist_gives_no_date(
    tmp_path: Path, day: str, where: str
) -> None:
    """htmldate read a day its month lacks as the first of the month: a page dated
    2021-02-30 was published 2021-02-01, with date_source "metadata" (a JSON record with
    the same string gets no date). The page is dated as one without a date."""
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head>{where.format(day=day)}<title>Troops stay</title></head><body>"
        "<article><p>The minister said on Monday that the troops would stay in the region "
        "for another year.</p></article></body></html>"
    )
    os.utime(page, (1_600_000_000, 1_600_000_000))
    doc = read_document(page)
    assert (doc.date, doc.date_source) == ("2020-09-13T12:26:40+00:00", "file time")
    assert doc.published == ""


@pytest.mark.parametrize(
    "where",
    [
        '<meta property="article:published_time" content="{day}T06:10:00+02:00">',
        '<script type="application/ld+json">{{"@type": "NewsArticle", '
        '"datePublished": "{day}T06:10:00+02:00"}}</script>',
    ],
)
def test_a_page_dated_ahead_of_the_clock_keeps_its_day_or_none(tmp_path: Path, where: str) -> None:
    """A page dated tomorrow morning (a print edition's article posted the evening before,
    or a zone ahead of the computer's) was dated the first of the month: htmldate refused
    the day after today and read the year and month alone (a Greek desk's walkthrough). A
    day up to two ahead is kept; one far ahead leaves the page undated, never on a day the
    page does not name."""
    page = tmp_path / "page.html"
    os_time = 1_600_000_000
    for ahead, expected in ((1, "{day}T06:10:00+02:00"), (2, "{day}T06:10:00+02:00"), (20, "")):
        day = (date.today() + timedelta(days=ahead)).isoformat()
        page.write_text(
            f"<html><head>{where.format(day=day)}<title>Troops stay</title></head><body>"
            "<article><p>The minister said on Monday that the troops would stay in the region "
            "for another year.</p></article></body></html>"
        )
        os.utime(page, (os_time, os_time))
        doc = read_document(page)
        if expected:
            assert (doc.date, doc.date_source) == (expected.format(day=day), "metadata")
        else:
            assert (doc.date, doc.date_source) == ("2020-09-13T12:26:40+00:00", "file time")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("دمشق، 12 آذار 2024 (سانا) - أعلن وزير الصحة", "2024-03-12"),
        ("دمشق، ١٢ آذار/مارس ٢٠٢٤ (سانا) - أعلن", "2024-03-12"),
        ("الرياض، 14 مارس 2024 (رويترز) - قالت شركة", "2024-03-14"),
        ("القاهرة، 3 كانون الثاني 2020 - قال", "2020-01-03"),
        ("الرباط، 5 جويلية 2019 (أ ف ب) - ", "2019-07-05"),
        ("لاہور، 2 اگست 2014 (اے پی پی) - وزیر", "2014-08-02"),
        ("کراچی، 9 دسمبر 2014 (آئی این پی) -", "2014-12-09"),
        ("قال الوزير في 12 آذار 2024 إن", ""),  # a date inside a sentence: no dateline
    ],
)
def test_arabic_and_urdu_datelines_are_dated(line: str, expected: str) -> None:
    """SANA's "دمشق، 12 آذار 2024 (سانا) -" left every Arabic file undated: month names
    were read in English only, and the Arabic comma ended no place."""
    from wirediff.core.reading.dates import dateline_date

    assert dateline_date(line) == expected


def test_an_agency_s_short_arabic_name_counts_only_as_a_credit() -> None:
    """ "الأناضول" opens ordinary lines (Eastern Anatolia): known anywhere, it made a
    headline's article the Anadolu agency's, and its story's base."""
    from wirediff.core.reading.metadata import guess_source
    from wirediff.core.reading.outlets import credited_agency

    quake = "الأناضول الشرقية تشهد زلزالا قويا\n\nضرب زلزال قوي شرق تركيا صباح اليوم."
    assert guess_source(quake) == "" and credited_agency(quake) == ""
    sana = "وزير الصحة\n\nدمشق، 12 آذار 2024 (سانا) - أعلن وزير الصحة اليوم."
    assert credited_agency(sana) == "SANA"
    assert credited_agency("أنقرة (الأناضول) - قال") == "Anadolu Agency"


def test_capitals_before_a_dash_end_a_dateline_only_as_an_agencys_credit() -> None:
    """A lede's "On May 5, 2026 NASA - launched…" and a byline's "…, May 5, 2026 CNN -"
    were datelines, once Interfax's form was read (a review)."""
    from wirediff.core.reading.dates import dateline_date

    lede = "On May 5, 2026 NASA - launched a probe to the outer planets on Tuesday, it said."
    assert dateline_date(lede) == ""
    assert dateline_date("By John Smith, May 5, 2026 CNN - The storm hit the coast.") == ""
    assert dateline_date("Москва. 5 декабря 2026 г. ИНТЕРФАКС - Правительство") == "2026-12-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 декабря 2023, 10:15", "2023-12-05"),
        ("НОВОСИБИРСК, 5 декабря 2023. /ТАСС/. Движение по мосту открыто", "2023-12-05"),
        # a year's word before the credit (they were undated: a walkthrough)
        ("МОСКВА, 5 декабря 2026 г. /ТАСС/. Правительство утвердило", "2026-12-05"),
        ("КИЇВ, 5 грудня 2026 року. /Укрінформ/. Уряд затвердив", "2026-12-05"),
        ("5 грудня 2023", "2023-12-05"),  # Ukrainian
        ("Paris, le 3 août 2023 (AFP) -", "2023-08-03"),
        ("1er mars 2024", "2024-03-01"),
        ("Berlin, 5. Dezember 2023 (dpa) -", "2023-12-05"),
        ("Madrid, 5 de diciembre de 2023 (EFE) -", "2023-12-05"),
        ("Roma, 5 dicembre 2023 (ANSA) -", "2023-12-05"),
        ("in 12 Lorem 2021", ""),  # no month of any language
        ("Item 3. May 2019 results were up", ""),  # a list's number, not a German day
    ],
)
def test_dates_written_in_other_languages_are_read(text: str, expected: str) -> None:
    """A TASS original headed "5 декабря 2026, 10:15" was undated (months were read in
    English, Arabic and Urdu only), so a regional trim of it became its story's base."""
    assert find_header_date(text) == expected


def test_a_date_line_is_no_title_and_tass_is_known_in_cyrillic(tmp_path: Path) -> None:
    """The line "5 декабря 2026, 10:15" named the story, its report and the report's file;
    ТАСС, its "/ТАСС/" credit and a "tass_" file name were no outlet."""
    from wirediff.core.reading.outlets import credited_agency

    body = "НОВОСИБИРСК, 5 декабря 2023. /ТАСС/. Движение по новому мосту через Обь открыто."
    page = tmp_path / "tass_most.txt"
    page.write_text(f"5 декабря 2023, 10:15\n\nНовый мост через Обь открыли\n\n{body}\n")
    doc = read_document(page)
    assert doc.title == "Новый мост через Обь открыли"
    assert (doc.source, doc.published[:10]) == ("TASS", "2023-12-05")
    paper = tmp_path / "nsk_news.txt"
    paper.write_text(f"Мост через Обь открыли в субботу\n\n{body}\n")
    assert credited_agency(paper.read_text()) == "TASS"  # (its outlet stays unknown)
    for name, outlet in (
        ("ТАСС", "TASS"),
        ("РИА Новости", "RIA Novosti"),
        ("Интерфакс", "Interfax"),
    ):
        other = tmp_path / "other.txt"
        other.write_text(f"{name}\n\nМост через Обь открыли в субботу утром\n\nТекст.\n")
        assert read_document(other).source == outlet


def test_an_archive_s_date_folders_date_its_files(tmp_path: Path) -> None:
    """An archive filed "24-03-15_aljazeera_925.md" in 2024/03/15/: the name, read day
    first, gave 24 March 2015 (346 of an archivist's 707 file-name dates were decades
    off). The folders' day settles an ambiguous stamp, and dates a file without one."""
    day = tmp_path / "export" / "2024" / "03" / "15"
    day.mkdir(parents=True)
    for name in ("24-03-15_aljazeera_925.txt", "notes.txt", "2024-03-14_ap.txt"):
        (day / name).write_text("Port strike ends\n\nDockers went back to work today.\n")
    found = {d.name: (d.published[:10], d.date_source) for d in load_paths([day]).documents}
    assert found == {
        "24-03-15_aljazeera_925.txt": ("2024-03-15", "file name"),
        "notes.txt": ("2024-03-15", "file name"),
        "2024-03-14_ap.txt": ("2024-03-14", "file name"),  # a whole date in the name wins
    }
    elsewhere = tmp_path / "flat" / "24-03-15_aljazeera_925.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text("Port strike ends\n\nDockers went back to work today.\n")
    assert read_document(elsewhere).published[:10] == "2015-03-24"  # as the README says
    backup = tmp_path / "backups" / "2024-03-15" / "notes.txt"  # a folder named for a day
    backup.parent.mkdir(parents=True)
    backup.write_text("Port strike ends\n\nDockers went back to work today.\n")
    assert read_document(backup).date_source == "file time"


def test_a_headline_with_a_date_stays_the_title() -> None:
    from wirediff.core.document import first_line_title

    text = "Brexit day: 31 January 2020\nBy John Smith, Political Editor\n\nThe UK left.\n"
    assert first_line_title(text) == "Brexit day: 31 January 2020"
    stamp = "Monday, 5 December 2023, 10:15 GMT\n\nTroops to stay in Iraq until 2027\n"
    assert first_line_title(stamp) == "Troops to stay in Iraq until 2027"


def test_a_word_that_is_an_agency_s_initials_names_no_agency_in_a_file_name() -> None:
    from wirediff.core.reading.metadata import _from_file_name

    assert [_from_file_name(n) for n in ("spa_offers.txt", "app_review.txt", "tass_x.txt")] == [
        "",
        "",
        "TASS",
    ]


@pytest.mark.parametrize(
    ("saved", "found"),
    [
        ("2026-12-05T10:15:00+00:00", ("2026-12-05", "document")),  # saved from the feed
        ("2026-12-06T00:40:00+00:00", ("2026-12-05", "document")),  # after midnight
        ("2026-12-04T22:30:00+00:00", ("2026-12-05", "document")),  # Moscow's day, UTC's eve
        # a desk's week of takes saved when it files them (TASR's "Bratislava 3. decembra
        # (TASR) -" saved four days later was undated: a Central European desk's re-check)
        ("2026-12-09T08:00:00+00:00", ("2026-12-05", "document")),
        ("2026-12-12T23:00:00+00:00", ("2026-12-05", "document")),
        ("2026-12-13T09:00:00+00:00", (None, "file time")),  # more than a week: no year
        ("2027-01-04T09:00:00+00:00", (None, "file time")),  # a copy made later: no year
    ],
)
def test_a_dateline_without_a_year_takes_the_year_of_a_save_on_its_day(
    tmp_path: Path, saved: str, found: tuple[str | None, str]
) -> None:
    """TASS and Interfax write "НОВОСИБИРСК, 5 декабря. /ТАСС/." with no year: a Russian
    monitor's folder saved from the feed that morning was all undated."""
    text = (
        "В Новосибирске открыли мост\n\nНОВОСИБИРСК, 5 декабря. /ТАСС/. Новый мост через "
        "Обь открыли для движения в четверг, сообщили в мэрии.\n"
    )
    _dated_as_saved(tmp_path / "tass_most.txt", text, saved, found)


def _dated_as_saved(path: Path, text: str, saved: str, found: tuple[str | None, str]) -> None:
    """``text`` saved at ``path`` at the time ``saved``, then read: dated as ``found`` says
    (the day, or None for the save's time; and where the date came from)."""
    path.write_text(text, encoding="utf-8")
    stamp = datetime.fromisoformat(saved).timestamp()
    os.utime(path, (stamp, stamp))
    doc = read_document(path)
    day, source = found
    assert doc.date_source == source
    assert doc.date == (day or datetime.fromisoformat(saved).isoformat(timespec="seconds"))


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("НОВОСИБИРСК, 5 декабря. /ТАСС/. Мост открыли.", (12, 5)),
        ("МОСКВА, 5 декабря - РИА Новости. Мост", (12, 5)),
        # Interfax's form: full stops, the agency in capitals, a dash (a walkthrough's
        # Interfax originals were undated, listed after the papers that reprinted them)
        ("Москва. 5 декабря. ИНТЕРФАКС - Правительство утвердило", (12, 5)),
        ("Киев. 5 декабря. ИНТЕРФАКС-УКРАИНА - Свет вернули", (12, 5)),
        ("Москва. 5 декабря. INTERFAX.RU - Правительство", (12, 5)),
        ("АСТАНА, 5 желтоқсан. /ҚазАқпарат/. Үкімет", (12, 5)),  # a Kazakh month
        ("Москва. 5 декабря. Правительство утвердило", None),  # no credit: no dateline
        ("Москва. 5 декабря. ГОСДУМА одобрила закон", None),  # capitals, no dash after them
        # ... and capitals before a dash only after a dateline's place and its punctuation,
        # an agency's (a review: these were datelines)
        ("Item 3 May NOTE - x", None),
        ("Friday 5 December ANALYSIS - The", None),
        ("BEIJING, Dec. 5 XINHUA - China", (12, 5)),
        ("PARIS, July 24 (AFP) - Cafe owners said", (7, 24)),
        ("MADRID, 5 de diciembre (EFE) - El puente", (12, 5)),
        # (EFE's abbreviated month, AFP German service's day with its full stop: both were
        # undated, an agency's correction read as the first take — two walkthroughs)
        ("Madrid, 5 dic (EFE).- El Gobierno", (12, 5)),
        ("BERLIN, 5. Dezember (AFP) - Die Regierung", (12, 5)),
        ("BERLIN, 5. Dez. (AFP) - Die Regierung", (12, 5)),
        ("Lisboa, 5 out (Lusa) - O Governo", (10, 5)),
        ("Item 3. May NOTE - x", None),
        ("NEW YORK/LONDON, Nov 3 (Reuters) - A gauge", (11, 3)),  # two places
        ("He said on July 24 - that it was over", None),  # not a place before it
        ("PARIS, July 24 cafes reopened", None),  # no credit, dash or colon after it
        ("PARIS, February 30 (AFP) - no such day", None),
        ("Item 3 May - the list goes on", None),  # no comma after a place, no credit
        ("Top 10 May: the releases", None),
        ("Chapter 5 June: the return", None),
        ("新华社兰州12月5日电（记者王磊）据中国地震台网测定，", (12, 5)),  # Xinhua's, always
        ("新華社蘭州12月5日電 據中國地震台網測定，", (12, 5)),  # in traditional characters
        ("记者12月5日电话采访了当地居民。", None),  # "电话": a telephone, no "wired"
        ("岷县12月5日发生地震。", None),  # no "电" after the day
    ],
)
def test_a_year_less_dateline_gives_its_day_and_month(line: str, day: tuple[int, int] | None):
    assert dateline_day(line) == day


def _dates_of(tmp_path: Path, heads: dict[str, str], body: str = "") -> dict[str, str]:
    """Each page's date, its head holding ``heads[name]`` (and its body ``body``)."""
    article = "<article><h1>Floods hit the south</h1><p>" + "The river rose again. " * 8
    found = {}
    for name, head in heads.items():
        page = tmp_path / name
        page.write_text(
            f"<html><head>{head}</head><body>{article}</p>{body}</article></body></html>"
        )
        found[name] = read_document(page).date
    return found


def test_a_pages_publication_time_is_kept(tmp_path: Path) -> None:
    """trafilatura keeps the day of article:published_time: two revisions of a page
    published the same day were in no order, the later the base and the correction read
    backwards."""
    heads = {
        "og.html": '<meta property="article:published_time" content="2026-03-14T16:40:00+00:00">',
        "first.html": '<meta content="2026-03-14T08:15:00Z" property="article:published_time">',
        "ld.html": '<script type="application/ld+json">'
        '{"datePublished": "2026-03-14T11:05:00+05:00"}</script>',
        # GOV.UK's (a government's release, its day alone, read after a paper's story)
        "govuk.html": '<meta name="govuk:first-published-at" content="2026-03-14T17:30:00+01:00">',
    }
    assert _dates_of(tmp_path, heads) == {
        "og.html": "2026-03-14T16:40:00+00:00",
        "first.html": "2026-03-14T08:15:00+00:00",
        "ld.html": "2026-03-14T11:05:00+05:00",
        "govuk.html": "2026-03-14T17:30:00+01:00",
    }


def test_a_pages_own_publication_time_wins_over_a_day_in_its_address(tmp_path: Path) -> None:
    """Al Bayan's page of 2026-11-30T23:10+04:00, its canonical address the print edition's
    day, "…/2026-12-01-1.4567", was dated 2026-12-01 without its time, the pane's text just
    below saying 2026-11-30 (a Gulf desk's walkthrough). The page's metadata comes first;
    the address still dates a page whose metadata gives no date."""
    canonical = '<link rel="canonical" href="https://www.albayan.ae/uae/2026-12-01-1.4567">'
    published = '<meta property="article:published_time" content="2026-11-30T23:10:00+04:00">'
    ld = '<script type="application/ld+json">{"datePublished": "2026-11-30T23:10:00+04:00"}'
    body = '<p><time datetime="2026-11-30T23:10:00+04:00">2026-11-30</time></p>'
    heads = {"meta.html": published + canonical, "ld.html": canonical + ld + "</script>"}
    assert _dates_of(tmp_path, heads, body) | _dates_of(tmp_path, {"bare.html": canonical}) == {
        "meta.html": "2026-11-30T23:10:00+04:00",
        "ld.html": "2026-11-30T23:10:00+04:00",
        "bare.html": "2026-12-01",  # (no date of its own: its address's)
    }


def test_a_revised_pages_date_is_its_modification_time(tmp_path: Path) -> None:
    """Every capture of a revised article carries its first publication time: twelve
    captures of one page over a week were all dated 07:30 of its first day, in no order,
    the story's base a late one and every change read backwards. A modification time after
    the publication (article:modified_time, og:updated_time, JSON-LD dateModified) is the
    version's date; one before it, or equal, is not."""
    published = '<meta property="article:published_time" content="2026-11-14T07:30:00+00:00">'
    heads = {
        "og.html": published
        + '<meta property="article:modified_time" content="2026-11-15T08:20:00+00:00">',
        "first.html": published
        + '<meta content="2026-11-14T09:30:00+00:00" property="og:updated_time">',
        "ld.html": published + '<script type="application/ld+json">'
        '{"dateModified": "2026-11-16T10:10:00+00:00"}</script>',
        "same.html": published
        + '<meta property="article:modified_time" content="2026-11-14T07:30:00+00:00">',
        "earlier.html": published
        + '<meta property="article:modified_time" content="2026-11-13T22:00:00+00:00">',
        "alone.html": '<meta property="article:modified_time" content="2026-11-14T09:30:00Z">',
        # none that is no real time, ahead of now, or the body's (a review found each taken)
        "garbage.html": published
        + '<meta property="article:modified_time" content="2026-02-30T10:00:00Z">',
        "future.html": published
        + '<meta property="article:modified_time" content="2099-01-01T00:00:00Z">',
    }
    found = _dates_of(tmp_path, heads)
    quoted = '<p>"dateModified": "2026-12-01T10:00:00Z"</p>'
    found |= _dates_of(tmp_path, {"body.html": published}, quoted)
    assert found == {
        "og.html": "2026-11-15T08:20:00+00:00",
        "first.html": "2026-11-14T09:30:00+00:00",
        "ld.html": "2026-11-16T10:10:00+00:00",
        "same.html": "2026-11-14T07:30:00+00:00",
        "earlier.html": "2026-11-14T07:30:00+00:00",
        "alone.html": "2026-11-14T09:30:00+00:00",
        "garbage.html": "2026-11-14T07:30:00+00:00",
        "future.html": "2026-11-14T07:30:00+00:00",
        "body.html": "2026-11-14T07:30:00+00:00",
    }
    # the first publication is kept beside (the list's tooltip says both)
    from wirediff.core.document import FIRST_PUBLISHED

    revised = read_document(tmp_path / "og.html")
    assert revised.meta[FIRST_PUBLISHED] == "2026-11-14T07:30:00+00:00"
    assert FIRST_PUBLISHED not in read_document(tmp_path / "same.html").meta


def test_captures_of_one_date_are_ordered_by_the_times_in_their_names(tmp_path: Path) -> None:
    """A silent edit leaves a page's published and modified times as they were: twelve
    captures named with their minute all had the page's one date, and the story was read
    backwards (a walkthrough's). The capture's time orders them, its date stays the page's."""
    from wirediff.core.chronology import time_order
    from wirediff.core.reading import load_paths

    published = '<meta property="article:published_time" content="2026-11-14T07:30:00+00:00">'
    lines = ["The council approved a barrier for the estuary towns on Monday evening."] * 3
    bodies = [
        " ".join(lines),
        " ".join(lines) + " It will cost 120 million pounds over four years.",
        " ".join(lines) + " It will cost 112 million pounds over four years, officials said.",
    ]
    for stamp, body in zip(("0930", "1140", "1600"), bodies, strict=True):
        page = tmp_path / f"page_20261114T{stamp}.html"
        page.write_text(
            f"<html><head>{published}</head><body><article><h1>Barrier approved</h1>"
            f"<p>{body}</p><p>{body}</p></article></body></html>"
        )
    documents = load_paths([tmp_path]).documents
    assert {d.date for d in documents} == {"2026-11-14T07:30:00+00:00"}
    assert [d.captured[11:16] for d in documents] == ["09:30", "11:40", "16:00"]
    index = build_story_index(documents)
    story = index.story_of(0)
    assert len(story.documents) == 3 and documents[story.base].name == "page_20261114T0930.html"
    order = time_order(story.documents, documents)
    assert [documents[d].name[14:18] for d in order] == ["0930", "1140", "1600"]


def test_a_night_desk_s_takes_of_19_and_20_hours_are_ordered_by_their_names(
    tmp_path: Path,
) -> None:
    """ "reuters_ar_20261130_1905.txt" and "…_2010.txt" were the day alone (1905 and 2010
    read as years), and went after the 21:40 take: the chain read backwards (a Gulf
    desk's walkthrough)."""
    from wirediff.core.chronology import time_order

    body = "An earthquake of magnitude 5.6 struck southern Iran on Monday evening, officials said."
    stamps = ("2140", "2010", "1905", "1810")
    for stamp in stamps:
        (tmp_path / f"reuters_ar_20231130_{stamp}.txt").write_text(
            f"Quake strikes southern Iran\n\n{body} ({stamp})\n"
        )
    documents = load_paths([tmp_path]).documents
    assert sorted(d.date for d in documents) == [
        "2023-11-30T18:10:00",
        "2023-11-30T19:05:00",
        "2023-11-30T20:10:00",
        "2023-11-30T21:40:00",
    ]
    order = time_order(range(4), documents)
    assert [documents[d].name[20:24] for d in order] == ["1810", "1905", "2010", "2140"]


def test_an_update_line_orders_an_agency_s_updates_of_one_day(tmp_path: Path) -> None:
    """ "Updated November 7, 2026 1:05 p.m.": an agency's updates of one day, named without
    a time, were read in the list's order (a figure went 14,000 → 12,000 → 14,000); the
    time on the date line orders them, the date stays the day."""
    from wirediff.core.chronology import time_order
    from wirediff.core.reading import load_paths

    body = "A wildfire forced the evacuation of thousands of people in the county on Friday."
    for name, when in (("a.txt", "7:55 p.m."), ("b.txt", "1:05 p.m."), ("c.txt", "11:20 a.m.")):
        (tmp_path / name).write_text(
            f"Wildfire forces evacuations\n\nUpdated November 7, 2023 {when}\n\n{body} {name}\n"
        )
    documents = load_paths([tmp_path]).documents
    assert {d.date for d in documents} == {"2023-11-07"}
    assert [d.captured[11:16] for d in documents] == ["19:55", "13:05", "11:20"]
    order = time_order(range(3), documents)
    assert [documents[d].name for d in order] == ["c.txt", "b.txt", "a.txt"]


def test_an_embargo_gives_the_day_not_the_time_a_release_was_written(tmp_path: Path) -> None:
    """ "EMBARGOED UNTIL 10:00 GMT, THURSDAY 5 FEBRUARY 2026": read as the release's time,
    it came after a paper's copy of PA's story at 07:30, and PA's story became the
    release's base (a press officer's walkthrough). The embargo says when it may be
    printed: its day is the release's, its time none."""
    path = tmp_path / "release.txt"
    path.write_text(
        "PRESS RELEASE\n\nEMBARGOED UNTIL 10:00 GMT, THURSDAY 5 FEBRUARY 2026\n\n"
        "Roman mosaic found under a car park\n\nArchaeologists said on Thursday.\n"
    )
    doc = read_document(path)
    assert (doc.date, doc.date_source, doc.captured) == ("2026-02-05", "document", "")


@pytest.mark.parametrize(
    ("stamps", "day", "time"),
    [
        ("Published March 14, 2026 7:30 a.m. · Updated March 14, 2026 6:20 p.m.", "14", "18:20"),
        ("Published March 14, 2026 7:30 a.m.\nUpdated March 14, 2026 6:20 p.m.", "14", "18:20"),
        ("Published March 14, 2026 7:30 a.m. · Updated 6:20 p.m.", "14", "18:20"),
        ("Updated March 14, 2026 6:20 p.m. | Published March 14, 2026 7:30 a.m.", "14", "18:20"),
        (
            "Published March 14, 2026 7:30 a.m. | Last updated March 15, 2026 9:05 a.m.",
            "15",
            "09:05",
        ),
        ("Published March 14, 2026 7:30 a.m. · Updated March 13, 2026 6:20 p.m.", "14", "07:30"),
        ("Published March 14, 2026 7:30 a.m.", "14", "07:30"),
        # French: times written "07h12", "18 h 40", a revision after a comma (a French
        # desk's walkthrough: the day alone, the morning and evening versions in no order)
        ("Publié le 14 mars 2026 à 07h12, mis à jour à 18h40", "14", "18:40"),
        ("Publié le 14 mars 2026 à 07 h 12", "14", "07:12"),
        ("Publié le 14 mars 2026 à 07h12, modifié le 15 mars 2026 à 9h05", "15", "09:05"),
        # (a review: a duration is no time, nor a sentence's "modifié" after its comma)
        ("March 14, 2026 · 4h 12m read", "14", ""),
        ("Le texte, modifié le 16 mars 2026 par le Sénat, revient\nLe 14 mars 2026", "14", ""),
    ],
)
def test_a_text_updated_after_its_publication_is_dated_by_its_latest_update(
    tmp_path: Path, stamps: str, day: str, time: str
) -> None:
    """ "Published March 14, 2026 7:30 a.m. · Updated March 14, 2026 6:20 p.m.": a capture
    saved as text took the publication's time (07:30), and was its story's base and out of
    order in its chain. Its latest update after the publication dates it, as a web page's
    modification time does (an update "before" it is none)."""
    path = tmp_path / "capture.txt"
    body = "At least 11 people were killed after flash floods tore through the valley."
    path.write_text(f"Floods kill 11 in the valley\n\nBy Hannah Ortiz\n{stamps}\n\n{body}\n")
    doc = read_document(path)
    assert (doc.date, doc.date_source) == (f"2026-03-{day}", "document")
    assert doc.captured == (f"2026-03-{day}T{time}:00" if time else "")


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        ("Publié le 05/12/25 à 07h12", "2025-12-05T07:12:00"),
        ("Publié le 05/12/25 à 07h12, mis à jour le 06/12/25 à 09h05", "2025-12-06T09:05:00"),
        ("Mis en ligne le 05/12/2025", "2025-12-05"),
        ("Veröffentlicht am 05.12.25 um 14:30 Uhr", "2025-12-05T14:30:00"),
        ("Publicado el 05/12/2025 a las 10:30", "2025-12-05T10:30:00"),
        ("Опубликовано 05.12.25 10:30", "2025-12-05T10:30:00"),
        # (one reading only is a day: either way round)
        ("Published 12/25/25 10:00 AM", "2025-12-25T10:00:00"),
        ("Published 25/12/25 10:00", "2025-12-25T10:00:00"),
        ("12.05.99", "1999-05-12"),
        ("Le Progrès | 05/12/2025", "2025-12-05"),  # (a French text: the day first)
        # (English writes it either way round: both readings days, no date)
        ("Published 12/05/25 10:00 AM", ""),
        # (no date line: a score, a version)
        ("Score: 3/4/21 in the final of the regional cup this weekend", ""),
        ("Version 1.2.25", ""),
        ("Release 10.12.25", ""),
        # (a review: versions' numbers, an Italian month word English writes, a name's
        # particle taken for a day-first language's word)
        ("Linux 6.12.10 released", ""),
        ("Firefox 12.10.24 fixes crash", ""),
        ("Mag 7 2026 outlook: what to expect", ""),
        ("By Maria de la Cruz | 12/05/25 10:30 AM", ""),
    ],
)
def test_a_date_of_digits_alone_on_a_date_line_is_read(
    tmp_path: Path, stamps: str, expected: str
) -> None:
    """ "Publié le 05/12/26 à 07h12": a French regional paper's pages were undated, their
    file's time taken (a French desk's walkthrough). Digits alone on a header's date line
    are read day first after dots or beside a day-first language's words, either way round
    when one reading only is a day; a two-digit year is this century's unless more than a
    year ahead; in a text of a language that writes the day first, day first beside no such
    word too ("Jornal de Angola | 05/12/2026": a Portuguese desk's walkthrough)."""
    path = tmp_path / "page.txt"
    english = stamps.split()[0] in ("Published", "By", "Score:", "Linux", "Firefox", "Mag")
    body = (
        "The transport strike began this morning in Lyon, and the prefecture said it was over."
        if english
        else "La grève des transports a commencé ce matin à Lyon, a annoncé la préfecture."
    )
    path.write_text(f"Le Progrès\n{stamps}\n\n{body}\n", encoding="utf-8")
    doc = read_document(path)
    if not expected:
        assert doc.date_source == "file time"
        return
    assert (doc.date_source, doc.captured or doc.date) == ("document", expected)


def test_an_update_told_in_a_sentence_is_no_revision(tmp_path: Path) -> None:
    """Only a stamp that opens a date line or follows its separator is a revision's."""
    path = tmp_path / "capture.txt"
    path.write_text(
        "Floods kill 11 in the valley\n\nMarch 14, 2026 7:30 a.m.\n\n"
        "The toll, updated March 15, 2026 9:05 a.m., rose to 11.\n"
    )
    doc = read_document(path)
    assert (doc.date, doc.captured) == ("2026-03-14", "2026-03-14T07:30:00")


@pytest.mark.parametrize(
    ("name", "record"),
    [
        ("a.json", '{{"title": "T", "text": "{text}", "date": "{day}"}}'),
        ("a.jsonl", '{{"title": "T", "text": "{text}", "date": "{day}"}}\n'),
        ("a.csv", 'title,text,date\nT,"{text}",{day}\n'),
    ],
)
@pytest.mark.parametrize(
    "day",
    ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "Fri, 31 Dec 9999 23:59:59 -0500"],
)
def test_a_record_s_time_before_year_1_or_after_9999_in_utc_is_no_date(
    tmp_path: Path, name: str, record: str, day: str
) -> None:
    """A record dated "0001-01-01T00:00:00+05:00" (year 0 in UTC) was read as dated: its
    instant overflowed, and every story grouping of its folder failed. It is undated (its
    value kept as ``date_raw``), and the folder groups."""
    text = "Troops will stay in Iraq until the end of the year, officials said on Monday."
    if name.endswith(".csv"):
        day = f'"{day}"'
    (tmp_path / name).write_text(record.format(text=text, day=day), encoding="utf-8")
    (tmp_path / "b.json").write_text(
        f'{{"title": "T", "text": "{text} More.", "date": "2021-07-26T10:00:00+05:00"}}'
    )
    loaded = load_paths([tmp_path])
    assert not loaded.problems
    odd = next(d for d in loaded.documents if d.path.name == name)
    assert odd.published == "" and odd.meta["date_raw"] == day.strip('"')
    assert len(build_story_index(loaded.documents).stories) == 1


@pytest.mark.parametrize(
    ("saved", "found"),
    [
        ("2026-12-05T03:00:00+00:00", ("2026-12-05", "document")),
        ("2026-12-04T17:30:00+00:00", ("2026-12-05", "document")),  # Beijing's day, UTC's eve
        ("2027-01-04T09:00:00+00:00", (None, "file time")),  # a copy made later: no year
    ],
)
def test_a_xinhua_dateline_takes_the_year_of_a_save_on_its_day(
    tmp_path: Path, saved: str, found: tuple[str | None, str]
) -> None:
    """Xinhua never writes the year ("新华社兰州12月5日电"): its dispatches were all
    undated, read as a TASS or an AFP dateline without a year is."""
    text = (
        "甘肃岷县发生地震\n\n新华社兰州12月5日电（记者王磊）据中国地震台网正式测定，"
        "5日6时42分在甘肃定西市岷县发生5.9级地震。\n"
    )
    _dated_as_saved(tmp_path / "xinhua.txt", text, saved, found)


def test_a_xinhua_dateline_with_its_year_dates_a_long_lede() -> None:
    """ "新华社兰州2026年12月5日电（…）据…" was read only on a line of 80 characters at
    most: a Xinhua lede is of 100 to 300, and the dispatch was undated. Its "电" ends the
    dateline as an agency's credit or a dash does."""
    lede = (
        "新华社兰州2026年12月5日电（记者王磊、李晓燕）据中国地震台网正式测定，12月5日6时42分在"
        "甘肃定西市岷县发生5.9级地震，震源深度10公里。截至5日8时，地震已造成12人遇难、240人受伤。"
    )
    assert len(lede) > 80
    assert find_header_date(f"甘肃岷县发生地震\n\n{lede}\n") == "2026-12-05"
    traditional = lede.replace("新华社兰州", "新華社蘭州").replace("日电", "日電")
    assert find_header_date(f"甘肅岷縣發生地震\n\n{traditional}\n") == "2026-12-05"
    # a date the lede tells of is not its dateline
    told = "据中国地震台网正式测定，2026年12月5日6时42分在甘肃定西市岷县发生5.9级地震。" * 3
    assert find_header_date(f"甘肃岷县发生地震\n\n{told}\n") == ""


@pytest.mark.parametrize(
    ("stamp", "time"),
    [
        ("朝日新聞デジタル 2026年12月5日 12時10分", "12:10"),
        ("2026年12月5日（金）7時05分", "07:05"),  # its weekday between
        ("조선일보 입력 2026.12.05 11:02", "11:02"),
    ],
)
def test_a_japanese_header_time_gives_the_capture_s_time(
    tmp_path: Path, stamp: str, time: str
) -> None:
    """ "2026年12月5日 12時10分" gave the day and not the time, where the Korean "입력
    2026.12.05 11:02" gave both: same-day Japanese versions were in no order. A Chinese
    lede's "12月5日6时42分" (the quake's time, not its own) gives none."""
    path = tmp_path / "a.txt"
    path.write_text(
        f"中国甘粛省で地震\n\n{stamp}\n\n中国で５日、地震が発生した。\n", encoding="utf-8"
    )
    doc = read_document(path)
    assert (doc.date, doc.captured) == ("2026-12-05", f"2026-12-05T{time}:00")
    path.write_text(
        "甘肃岷县发生地震\n\n新华社兰州2026年12月5日电 据测定，12月5日6时42分发生地震。\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert (doc.date, doc.captured) == ("2026-12-05", "")


def test_a_dateline_disguised_with_latin_letters_is_read() -> None:
    """A copy of a TASS story with its а о е с р typed as Latin letters was undated: its
    dateline «БEЛГOPOД, 5 дeкaбpя.» read no month (a media monitor's re-check)."""
    disguised = str.maketrans("аоесрАОЕСР", "aoecpAOECP")
    text = "Беспилотник атаковал подстанцию\n\nБЕЛГОРОД, 5 декабря 2026. /ТАСС/. Беспилотник ВСУ."
    assert find_header_date(text.translate(disguised)) == "2026-12-05"


def test_a_date_the_story_names_under_a_label_of_its_own_is_not_its_date() -> None:
    """A fuzzer's short wire update closing with "Previous decision: October 24, 2025." was
    dated by it, over its file name's 17:05, and became its story's base, the 16:50 original
    a "Trimmed copy"; "Next rate meeting: April 25, 2099." dated another in 2099. A date
    line after the story's first paragraph is still read, and "Published: …" too."""
    lede = (
        "MOSCOW, March 11 (Reuters) - The central bank raised its key rate to 21 percent on "
        "Tuesday, citing persistent inflation pressure and a weakening rouble, analysts said."
    )
    head = f"Central bank raises key rate\n\n{lede}\n\n"
    assert find_header_date(head + "Previous decision: October 24, 2025.\n") == ""
    assert find_header_date(head + "Next rate meeting: April 25, 2099.\n") == ""
    standfirst = "The bank raised its rate again as inflation stayed high, the sixth rise in a row."
    page = f"Central bank raises key rate\n\n{standfirst}\n\nBy Jane Doe\n\nMarch 11, 2026\n\nMore."
    assert find_header_date(page) == "2026-03-11"
    assert find_header_date("Rate rise\n\nPublished: March 11, 2026\n\nMore.") == "2026-03-11"
    assert find_header_date(f"Rate rise\n\n{standfirst}\n\nThe rate rose to 21% on March 5.") == ""


_FLOODS_HEADLINE = "Floods hit Karachi as minister calls for calm"
_FLOODS_LEDE = (
    "KARACHI, March 12 (Reuters) - Floods hit the city on Thursday, officials said, and "
    "hundreds of families were moved to shelters across the province."
)
_FLOODS_BODY = [
    "The minister told reporters the army had been called in to help with rescue work in the "
    "low-lying districts of the city.",
    "Rainfall records go back to the colonial era. The previous record was set in a storm "
    "that the archive logs as follows:",
]
_ARCHIVE_LINE = "Archive entry 15:35, 18 May 2004 (UTC)"
_FLOODS_CLOSE = "Officials said the water would recede within days."


def test_a_date_line_deep_in_the_story_is_not_its_headers() -> None:
    """A big-folder walkthrough: a Reuters story of 12 March 2026 whose fifth paragraph is
    "Archive entry 15:35, 18 May 2004 (UTC)" was dated 2004-05-18 — a short date line,
    read after three paragraphs of the story. After two the story has begun in earnest;
    under a dateline of March 12 a line of another day is the story's own date; a line of
    the dateline's day still gives its year, and a standfirst still stands over the date."""
    floods = [_FLOODS_HEADLINE, _FLOODS_LEDE, *_FLOODS_BODY, _ARCHIVE_LINE, _FLOODS_CLOSE]
    assert find_header_date("\n\n".join(floods)) == ""
    undatelined = [_FLOODS_HEADLINE, *_FLOODS_BODY, _FLOODS_CLOSE, _ARCHIVE_LINE]
    assert find_header_date("\n\n".join(undatelined)) == ""
    right_under = [_FLOODS_HEADLINE, _FLOODS_LEDE, _ARCHIVE_LINE, *_FLOODS_BODY]
    assert find_header_date("\n\n".join(right_under)) == ""
    its_year = [_FLOODS_HEADLINE, _FLOODS_LEDE, "Updated 10:32 GMT, March 12, 2026"]
    assert find_header_date("\n\n".join(its_year)) == "2026-03-12"
    standfirst = [_FLOODS_HEADLINE, _FLOODS_BODY[0], "By Jane Doe", "12 March 2026", "More."]
    assert find_header_date("\n\n".join(standfirst)) == "2026-03-12"


def test_a_word_file_and_a_text_of_that_story_keep_its_day(tmp_path: Path) -> None:
    """The walkthrough's .docx, made 2026-03-12T08:38Z, and the same text as .txt were both
    dated 2004-05-18 by the archive line: the Word file is dated by its property, the text
    by its dateline's day on the day it was saved."""
    floods = [_FLOODS_HEADLINE, _FLOODS_LEDE, *_FLOODS_BODY, _ARCHIVE_LINE, _FLOODS_CLOSE]
    word = tmp_path / "floods.docx"
    word.write_bytes(make_docx(floods, created="2026-03-12T08:38:00Z"))
    doc = read_document(word)
    assert (doc.date[:10], doc.date_source) == ("2026-03-12", "metadata")
    plain = tmp_path / "floods.txt"
    plain.write_text("\n\n".join(floods), encoding="utf-8")
    saved = datetime(2026, 3, 12, 18, 0, tzinfo=UTC).timestamp()
    os.utime(plain, (saved, saved))
    doc = read_document(plain)
    assert (doc.date, doc.date_source) == ("2026-03-12", "document")


@pytest.mark.parametrize(
    ("created", "expected"),
    [
        # (the property's day is the dateline's: the header line's other day is the story's)
        ("2026-03-12T08:38:00Z", ("2026-03-12", "metadata")),
        # (a file made weeks later, as a release printed to PDF: the header's date, as before)
        ("2026-04-20T09:00:00Z", ("2004-05-18", "document")),
    ],
)
def test_a_word_files_day_its_dateline_agrees_on_beats_another_header_date(
    tmp_path: Path, created: str, expected: tuple[str, str]
) -> None:
    """A date line of another day above the dateline ("KARACHI, March 12 (Reuters) -") is
    still the header's, and a Word file's date gives way to its header's: but not when the
    file was made on the dateline's own day, which they agree on."""
    above = [_FLOODS_HEADLINE, _ARCHIVE_LINE, _FLOODS_LEDE, *_FLOODS_BODY]
    word = tmp_path / "floods.docx"
    word.write_bytes(make_docx(above, created=created))
    doc = read_document(word)
    assert (doc.date[:10], doc.date_source) == expected


def test_a_mastheads_date_under_a_headline_of_lower_case_words_is_read() -> None:
    """A press officer's walkthrough: "From the bakery to the Booker: Oyelaran to be
    honoured by her home city" over "The Northern Review of Books, 18 March 2026": the
    headline, of many lower-case words, was taken for the story's first paragraph, after
    which a short line must be a date line, and the review was undated. A first line with
    no full stop is a headline; a first paragraph still ends the head."""
    head = "From the bakery to the Booker: Oyelaran to be honoured by her home city"
    masthead = "The Northern Review of Books, 18 March 2026"
    body = "Margaret Oyelaran has never hidden where she comes from, the city said today."
    assert find_header_date(f"{head}\n\n{masthead}\n\n{body}\n") == "2026-03-18"
    lede = f"{head} and more words follow here, as a paragraph of the story does."
    assert find_header_date(f"{lede}\n\n{masthead}\n\n{body}\n") == ""


@pytest.mark.parametrize(
    ("stamp", "captured"),
    [
        ("Dec. 5, 2025 at 4:15 p.m. EST", "2025-12-05T16:15:00-05:00"),
        ("Updated 5 December 2025, 10:32 GMT", "2025-12-05T10:32:00+00:00"),
        ("December 5, 2025 7:45 a.m. PST", "2025-12-05T07:45:00-08:00"),
        ("5 December 2025, 10:32 IST", "2025-12-05T10:32:00"),  # (India's or Ireland's)
    ],
)
def test_a_time_with_its_zones_letters_gives_its_offset(
    tmp_path: Path, stamp: str, captured: str
) -> None:
    """ "4:15 p.m. EST" was read as the computer's clock: a TV station's copy of 16:15 New
    York time came before the London take it was made from, a correction read backwards
    (an English standards editor's walkthrough)."""
    path = tmp_path / "page.txt"
    body = "Storms swept the coast on Friday, officials said, and thousands lost power."
    path.write_text(f"Storms sweep the coast\n\n{stamp}\n\n{body}\n", encoding="utf-8")
    assert read_document(path).captured == captured


@pytest.mark.parametrize(
    "line",
    [
        "LONDON, 7 November 2026, 11:05 (Reuters) - The minister said the troops would stay.",
        "ΑΘΗΝΑ, 7 Νοεμβρίου 2026, 11:05 (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης.",
        "WARSZAWA, 7 listopada 2026, godz. 11:05 (PAP) - Rząd przyjął projekt budżetu na rok.",
    ],
)
def test_a_dateline_with_its_time_before_the_credit_dates_its_text(line: str) -> None:
    """ "…, 11:05 (ΑΠΕ-ΜΠΕ) -", "…, godz. 14:30 (PAP) -": a time between the day and the
    credit left agency takes undated (a re-check of the Greek and Central European desks)."""
    assert find_header_date(f"Headline of the take\n\n{line}\n") == "2026-11-07"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # Solar Hijri, day first, in Persian digits or in a Persian line (a Hebrew and
        # Persian night desk's walkthrough)
        ("۱۵/۰۹/۱۴۰۵", "2026-12-06"),
        ("تاریخ انتشار: 15/09/1405 - 08:30", "2026-12-06"),
        ("15/09/1405", ""),  # (no Persian line: a day of 1405 to an English text)
        ("The 1405 ships sailed on 15/09/1405.", ""),
        ("تاریخ: ۱۵/۰۹/۱۶۰۵", ""),  # (no Solar Hijri year papers write)
        # Croatian months; "listopad(a)", Polish and Czech November, is Croatian October
        # (a Central European desk's walkthrough read Hina's "listopada" as November)
        (
            "ZAGREB, 3. listopada 2026. (Hina) - Sabor je usvojio proračun za iduću godinu.",
            "2026-10-03",
        ),
        ("3. listopada 2026.", "2026-10-03"),
        (
            "Zagreb, 3 listopada 2026 - Vlada je donijela odluku o cijeni električne energije.",
            "2026-10-03",
        ),
        ("WARSZAWA, 3 listopada 2026 (PAP) - Sejm przyjął ustawę o budżecie.", "2026-11-03"),
        ("3 listopada 2026 r.", "2026-11-03"),
        ("Praha 3. listopadu 2026 (ČTK) -", "2026-11-03"),
        ("Sarajevo, 5. studenog 2026.", "2026-11-05"),
        ("12. prosinca 2026. u 14 sati", "2026-12-12"),
        ("srijeda, 7. siječnja 2026.", "2026-01-07"),
        # Roman-numeral months, as Polish writes a date (a Central European desk's re-check)
        ("3 XII 2026", "2026-12-03"),
        ("Warszawa, 3.XII.2026 r.", "2026-12-03"),
        ("3. XII. 2026", "2026-12-03"),
        ("Chapter XII 2026", ""),
        ("Henry VIII 1509", ""),
        ("World War II 1945 memorial", ""),
        ("3 XIII 2026", ""),
    ],
)
def test_solar_hijri_day_first_croatian_and_roman_months(line: str, day: str) -> None:
    """Dates written so were undated or read a month late; English, French, German, Spanish,
    Russian or Arabic text gains none."""
    from wirediff.core.reading.dates import find_date

    assert find_date(line) == day


@pytest.mark.parametrize(
    ("line", "month"),
    [
        # a Polish line naming a Slovak, a Czech or a Serbian person: their letters are no
        # Croatian line's
        ("BRUKSELA, 3 listopada (PAP) - Komisarz Maroš Šefčovič", 11),
        ("Warszawa, 3 listopada (PAP) - Maroš Šefčovič", 11),
        ("Londyn, 3 listopada (PAP) - Novak Đoković", 11),
        ("Praga, 3 listopada (PAP) - Premier Andrej Babiš", 11),
        # a Croatian line: its words, its letters in a word in small letters, Hina's credit
        ("Zagreb, 3 listopada - Vlada o cijeni električne energije", 10),
        ("Zagreb, 3 listopada (Hina) - Andrej Plenković", 10),
        ("Zagreb, 3 listopada - sastanak između ministara", 10),
        ("Split, 3 listopada - Sabor nije usvojio proračun", 10),
    ],
)
def test_listopad_is_october_in_a_croatian_line_not_a_polish_one_naming_a_slav(
    line: str, month: int
) -> None:
    """ "listopada" is Polish November, Croatian October: a Polish line naming Maroš Šefčovič
    (č, š: Croatian's letters, none of Polish's in reach) was dated in October (a review).
    A name's letters never make a line Croatian; its words do."""
    from wirediff.core.reading.dates import _first_date

    assert dateline_day(line) == (month, 3)
    dated_line = line.replace("listopada", "listopada 2026", 1)
    found = _first_date(dated_line)
    assert found is not None and found[2] == f"2026-{month:02d}-03"


@pytest.mark.parametrize(
    ("line", "clock"),
    [
        ("ΛΕΥΚΩΣΙΑ, 9 Νοεμβρίου 2026 (ΚΥΠΕ) 06:15 - Σεισμική δόνηση μεγέθους 5,1 βαθμών", "06:15"),
        (
            "ATHENS, 7 November 2026, 11:05 (ANA-MPA) - The foreign ministry issued a demarche",
            "11:05",
        ),
        ("WARSZAWA, 3 grudnia 2026, godz. 14.30 (PAP) - Sejm przyjął ustawę budżetową", "14:30"),
        ("ATHENS, 7 November 2026 (ANA-MPA) - The ministry said 11:05 was the time", ""),
        (
            "ΛΕΥΚΩΣΙΑ, 9 Νοεμβρίου 2026 (ΚΥΠΕ) 06:15 τα ξημερώματα σημειώθηκε σεισμός",
            "",
        ),  # (no dash after the time: the lede's)
    ],
)
def test_a_datelines_own_time_is_read(line: str, clock: str) -> None:
    """The time a dateline gives before its credit or after it, CNA's "(ΚΥΠΕ) 06:15 -"
    (a Greek desk's re-check: the update and its first take were in no order); not a time
    of the lede's."""
    from wirediff.core.reading.dates import dateline_time

    assert dateline_time(line) == clock


def test_a_take_dated_by_its_datelines_time_is_ordered_by_it(tmp_path: Path) -> None:
    """CNA's update "(ΚΥΠΕ) 06:15 -" opening its first paragraph gave its day alone."""
    path = tmp_path / "kype_neotero.txt"
    path.write_text(
        "ΝΕΟΤΕΡΟ: Σεισμός 5,1 Ρίχτερ στην Πάφο\n\nΛΕΥΚΩΣΙΑ, 9 Νοεμβρίου 2026 (ΚΥΠΕ) 06:15 - "
        "Σεισμική δόνηση μεγέθους 5,1 βαθμών της κλίμακας Ρίχτερ σημειώθηκε στις 03:17 τα "
        "ξημερώματα της Τετάρτης στη θαλάσσια περιοχή νοτιοδυτικά της Πάφου.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert (doc.date, doc.captured) == ("2026-11-09", "2026-11-09T06:15:00")


_RATE_HEADLINE = (
    "Central bank raises its main interest rate for the third time this year as inflation "
    "stays high across the region"
)
_RATE_STANDFIRST = (
    "The bank said inflation remained too high and that further increases could not be "
    "ruled out in the months ahead."
)


@pytest.mark.parametrize(
    "text",
    [
        f"EXCLUSIVE\n\n{_RATE_HEADLINE}\n\n{_RATE_STANDFIRST}\n\nBy Jane Doe\n\nMarch 11, 2026",
        f"Business\n\n{_RATE_HEADLINE}\n\n{_RATE_STANDFIRST}\n\nMarch 11, 2026 10:42 GMT",
        f"Rates rise again\n\n{_RATE_STANDFIRST}\n\n{_RATE_STANDFIRST}\n\nMarch 11, 2026",
    ],
)
def test_a_date_under_a_kicker_s_long_headline_or_two_standfirsts_is_the_header_s(
    text: str,
) -> None:
    """A kicker's headline of more than 80 characters, or two standfirsts, counted as the
    story's paragraphs, and such copy was left undated (a review)."""
    assert find_header_date(f"{text}\n\n{_RATE_STANDFIRST}") == "2026-03-11"
