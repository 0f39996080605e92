"""A Southeast Asian desk's dates: the Thai News Agency's dateline run into its lede, Thai
digits and abbreviated months, Vietnamese day-first stamps and TTXVN's year-less dateline,
Indonesian and Malay months, and the region's zones (a Southeast Asian desk's walkthrough
found 9 of its 17 documents undated, and WIB's time read as the computer's clock)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wirediff.core.reading import read_document
from wirediff.core.reading.dates import find_header_date

THAI_LEDE = "กรมอุตุนิยมวิทยาออกประกาศเตือนฝนตกหนักถึงหนักมากในภาคใต้ ขอให้ประชาชนระวังอันตราย"
VIETNAMESE_LEDE = (
    "Thủ tướng Chính phủ vừa ký Công điện yêu cầu các bộ, ngành và địa phương tập trung ứng "
    "phó với bão số 15, theo thông tin của Văn phòng Chính phủ."
)
INDONESIAN_LEDE = (
    "Gempa bumi dengan magnitudo 6,1 mengguncang Kabupaten Sukabumi pada pagi ini, dan "
    "BPBD mencatat belasan rumah yang rusak di tiga kecamatan."
)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (f"กรุงเทพฯ 7 ธันวาคม 2569 (สำนักข่าวไทย) – {THAI_LEDE}", "2026-12-07"),
        (f"๗ ธ.ค. ๒๕๖๙ ๑๑:๓๐ น.\n{THAI_LEDE}", "2026-12-07"),
        (f"7 ธ.ค. 2569\n{THAI_LEDE}", "2026-12-07"),
        (f"๗ ธันวาคม ๒๕๖๙\n{THAI_LEDE}", "2026-12-07"),
        (f"Thứ Hai, 07/12/2026 11:20\n{VIETNAMESE_LEDE}", "2026-12-07"),
        (f"Thanh Niên - Thứ Hai, 07/12/2026 11:20\n{VIETNAMESE_LEDE}", "2026-12-07"),
        (f"07/12/2026 11:20 GMT+7\n{VIETNAMESE_LEDE}", "2026-12-07"),
        (f"Senin, 07 Des 2026 10:58 WIB\n{INDONESIAN_LEDE}", "2026-12-07"),
        (f"Disiarkan: Disember 7, 2026 @ 1:05pm\n{INDONESIAN_LEDE}", "2026-12-07"),
        (f"7 Ogos 2026\n{INDONESIAN_LEDE}", "2026-08-07"),
    ],
)
def test_a_southeast_asian_date_is_read(head: str, day: str) -> None:
    assert find_header_date(f"Tiêu đề\n\n{head}\n") == day


def test_a_day_first_date_over_an_english_text_stays_ambiguous() -> None:
    """The same stamp over an English text could be either day (the README's rule): none."""
    lede = "The prime minister said the storm would reach the coast on Tuesday, officials said."
    assert find_header_date(f"Storm nears coast\n\n07/12/2026 11:20\n{lede}\n") == ""


@pytest.mark.parametrize(
    "lede",
    [
        f"Hà Nội, 7/12 (TTXVN) - {VIETNAMESE_LEDE}",
        "KUALA LUMPUR, 7 Dis (Bernama) -- Ringgit dibuka tinggi berbanding dolar AS pada "
        "awal dagangan hari ini, kata peniaga.",
        f"กรุงเทพฯ 7 ธ.ค. - {THAI_LEDE}",
    ],
)
def test_a_yearless_southeast_asian_dateline_dates_a_file_saved_that_day(
    tmp_path: Path, lede: str
) -> None:
    path = tmp_path / "take.txt"
    path.write_text(f"Tiêu đề của bài\n\n{lede}\n", "utf-8")
    saved = datetime(2026, 12, 7, 4, 0, tzinfo=UTC).timestamp()
    os.utime(path, (saved, saved))
    doc = read_document(path)
    assert (doc.date, doc.date_source) == ("2026-12-07", "document")


def test_a_day_and_month_of_digits_in_english_is_no_dateline(tmp_path: Path) -> None:
    """An English "7/12" could be July's: a dateline of digits without a year is read in a
    day-first language's text only."""
    path = tmp_path / "take.txt"
    lede = "Arsenal, 7/12 (Reuters) - The club said the players and the coach were ready."
    path.write_text(f"Club ready for final\n\n{lede}\n", "utf-8")
    saved = datetime(2026, 12, 7, 4, 0, tzinfo=UTC).timestamp()
    os.utime(path, (saved, saved))
    assert read_document(path).date_source == "file time"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Senin, 7 Desember 2026 10:15 WIB", "2026-12-07T10:15:00+07:00"),
        ("Senin, 7 Desember 2026 10:15 WITA", "2026-12-07T10:15:00+08:00"),
        ("PUBLISHED : 7 Dec 2026 at 15:20 ICT", "2026-12-07T15:20:00+07:00"),
        ("7 Dec 2026, 15:20 PHT", "2026-12-07T15:20:00+08:00"),
        ("Thứ hai, 7/12/2026, 14:05 (GMT+7)", "2026-12-07T14:05:00+07:00"),
        ("07/12/2026 11:20 GMT+7", "2026-12-07T11:20:00+07:00"),
    ],
)
def test_a_southeast_asian_zone_is_read(tmp_path: Path, head: str, published: str) -> None:
    """WIB is UTC+7, not the computer's clock: an undated copy saved later was listed above
    the agency's original; "GMT+7" is seven hours ahead of GMT."""
    lede = VIETNAMESE_LEDE if "/" in head else INDONESIAN_LEDE
    path = tmp_path / "page.txt"
    path.write_text(f"Tiêu đề của bài\n\n{head}\n{lede}\n", "utf-8")
    assert read_document(path).captured == published
