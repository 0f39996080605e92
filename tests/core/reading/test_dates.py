"""Dates from file names (with the ambiguity rules) and where a document's date comes from."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from wirediff.core.document import Document
from wirediff.core.reading import read_document
from wirediff.core.reading.dates import date_from_file_name
from wirediff.core.reading.metadata import dated

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
    ],
)
def test_date_from_file_name(name: str, expected: str) -> None:
    assert date_from_file_name(name, TODAY) == expected


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

    lined = tmp_path / "lined_2020-01-01.txt"
    lined.write_text("Headline\nJuly 24, 2021\n\nBody.\n", encoding="utf-8")
    assert dated(read_document(lined)) == ("2021-07-24", "document")

    meta = Document(Path("x.json"), "Body.", "x", date="2021-07-26")
    assert dated(meta) == ("2021-07-26", "metadata")
    assert dated(Document(tmp_path / "gone.txt", "Body.", "x")) == ("", "")
