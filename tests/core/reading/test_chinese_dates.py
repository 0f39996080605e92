"""Taiwan (民國) years, dates in Chinese numerals, the Central News Agency's closing stamp and
the time beside a Chinese date (a Chinese wire desk's walkthrough found CNA's copies undated,
and a mainland reprint the base of CNA's own story)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wirediff.core.document import came_before
from wirediff.core.reading import load_paths
from wirediff.core.reading.dates import chinese_number, cna_day, find_date, sent_time

BODY = "（中央社記者王小明台北7日電）行政院今天召開會議，討論明年度預算案，各部會首長均出席。\n"


def _read(tmp_path: Path, text: str, name: str = "page.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_paths([path]).documents[0]


@pytest.mark.parametrize(
    ("line", "captured"),
    [
        ("民國115年12月7日 16:20", "2026-12-07T16:20:00"),
        ("民国115年12月7日", ""),
        ("115年12月7日", ""),  # (Taiwan's pages write the year without "民國")
        ("115年12月7日 16:20", "2026-12-07T16:20:00"),
        ("中華民國一一五年十二月七日", ""),
        ("中华民国一百一十五年十二月七日", ""),
        ("民國１１５年１２月７日", ""),  # (full-width)
        ("二〇二六年十二月七日", ""),
        ("二○二六年十二月七日", ""),  # (a circle for the zero, as typed)
        ("二零二六年十二月七日 16:20", "2026-12-07T16:20:00"),
        # (with slashes, as Taiwan's government sites write it: a Taiwanese article's
        # "115/12/07" was undated; its line alone over a Chinese text too)
        ("發布日期：115/12/07", ""),
        ("更新時間：115/12/07 16:20", "2026-12-07T16:20:00"),
        ("中華民國115/12/07", ""),
        ("115/12/07", ""),
    ],
)
def test_a_taiwan_year_or_chinese_numerals_date_a_text(
    tmp_path: Path, line: str, captured: str
) -> None:
    doc = _read(tmp_path, f"行政院會議討論預算案\n\n{line}\n\n{BODY}")
    assert (doc.date, doc.date_source, doc.captured) == ("2026-12-07", "document", captured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民國元年1月1日", "1912-01-01"),
        ("民國99年12月7日", "2010-12-07"),
        ("二〇二六年十二月二十七日", "2026-12-27"),
        ("二〇二六年十二月廿七日", "2026-12-27"),
        ("一九九七年七月一日", "1997-07-01"),
        # (Japan's unchanged)
        ("令和8年12月7日", "2026-12-07"),
        ("平成31年4月30日", "2019-04-30"),
        ("2026年12月7日", "2026-12-07"),
        ("２０２６年１２月７日", "2026-12-07"),
        # No date: a year of three digits alone, of antiquity, an ordinal's, or out of range;
        # a year of numerals without its month and day; no such day
        ("这座桥已有115年历史", ""),
        ("公元前115年3月15日", ""),
        ("西元115年3月15日", ""),
        ("第115年12月7日", ""),
        ("2115年12月7日", ""),
        ("99年12月7日", ""),
        ("150年12月7日", ""),
        ("115年2月30日", ""),
        ("二〇二六年", ""),
        ("二〇二六年十三月七日", ""),
        ("一二〇二六年十二月七日", ""),
    ],
)
def test_which_chinese_dates_are_read(text: str, expected: str) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("發布日期：115/12/07", "2026-12-07"),
        ("（中央社記者台北115/12/7電）", "2026-12-07"),
        ("民國100/1/1", "2011-01-01"),
        ("更新日期：2026/12/07", "2026-12-07"),  # (a four-digit year's as before)
        # No date: not in Chinese (English, Japanese, Korean, digits alone), a year out of
        # 100–130 or more than a year ahead, no such month or day, run on from or into
        # other figures or a clock
        ("Updated 115/12/07", ""),
        ("115/12/07", ""),
        ("発表日：115/12/07 です", ""),
        ("발표일 115/12/07 기준", ""),
        ("發布日期：099/12/07", ""),
        ("發布日期：131/12/07", ""),
        ("發布日期：129/12/07", ""),
        ("發布日期：115/13/07", ""),
        ("發布日期：115/02/30", ""),
        ("編號 1/115/12/07", ""),
        ("編號 2115/12/07", ""),
        ("編號 115/12/07/3", ""),
        ("時間 10:115/12/07", ""),
        ("血壓 115/12/7.5", ""),
    ],
)
def test_a_taiwan_year_with_slashes_is_read_in_chinese_only(text: str, expected: str) -> None:
    assert find_date(text) == expected


def test_a_taiwan_year_with_slashes_on_a_line_alone_dates_a_chinese_text_only(
    tmp_path: Path,
) -> None:
    """ "115/12/07" alone under a Chinese headline is Taiwan's day; under an English one
    it says nothing (no date of slashes is three digits first)."""
    chinese = _read(tmp_path, f"行政院會議討論預算案\n115/12/07\n\n{BODY}", "zh.txt")
    assert (chinese.date, chinese.date_source) == ("2026-12-07", "document")
    english = "Cabinet debates budget\n115/12/07\n\nThe cabinet met today to debate the budget.\n"
    assert _read(tmp_path, english, "en.txt").date_source != "document"


@pytest.mark.parametrize(
    ("numeral", "number"),
    [
        ("十", 10),
        ("十二", 12),
        ("二十七", 27),
        ("廿七", 27),
        ("卅一", 31),
        ("一百一十五", 115),
        ("一百零五", 105),
        ("一一五", 115),
        ("二〇二六", 2026),
        ("12", 12),
        ("十百", None),
        ("二二十", None),
    ],
)
def test_chinese_numerals(numeral: str, number: int | None) -> None:
    assert chinese_number(numeral) == number


CNA = (
    "花蓮外海規模6.1地震　全台有感暫無災情\n\n"
    "（中央社記者張雄風台北7日電）中央氣象署表示，今天上午10時42分花蓮縣發生規模6.1地震。\n\n"
    "內政部消防署表示，各地暫無人員傷亡及建物倒塌災情通報。（編輯：林克倫）{stamp}\n"
)


def test_cnas_closing_stamp_dates_its_story(tmp_path: Path) -> None:
    doc = _read(tmp_path, CNA.format(stamp="1151207"))
    assert (doc.date, doc.date_source) == ("2026-12-07", "document")
    today = date(2026, 12, 8)
    assert sent_time(CNA.format(stamp="1151207"), today) == "2026-12-07"
    assert cna_day(CNA.format(stamp="1151207"), today) == "2026-12-07"
    # (no day, a day ahead, seven digits after no editor's credit: none)
    assert cna_day(CNA.format(stamp="1151232"), today) == ""
    assert cna_day(CNA.format(stamp="1160107"), today) == ""
    assert cna_day(CNA.format(stamp="1151207").replace("（編輯：林克倫）", ""), today) == ""
    assert cna_day("訂單編號（編號：A12）1151207", today) == ""


def test_a_time_beside_a_chinese_date_orders_same_day_copies(tmp_path: Path) -> None:
    """ "2026年12月7日 16:20", "2026/12/07 18:05": the later Xinhua copy of the day is after."""
    body = (
        "新华社北京12月7日电（记者王立彬）海关总署7日发布的数据显示，我国货物贸易进出口稳定增长。\n"
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    later = _read(tmp_path / "a", f"我国外贸进出口同比增长\n\n2026/12/07 18:05\n\n{body}")
    first = _read(tmp_path / "b", f"我国外贸进出口同比增长\n\n2026年12月7日 16:20\n\n{body}")
    assert (first.captured, later.captured) == ("2026-12-07T16:20:00", "2026-12-07T18:05:00")
    assert came_before(first, later) and not came_before(later, first)
