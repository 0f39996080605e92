"""Chinese papers' mastheads, outlets and bylines: a masthead with its page or section, the
e-paper's own masthead, Xinhua's credit of two reporters, a paper's reporter line, HK01's
byline box, Ming Pao's and Sing Tao's names (a Chinese wire desk's walkthrough found each
read wrong or not at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.document import masthead_name
from wirediff.core.reading import load_paths
from wirediff.core.reading.metadata import guess_byline, guess_source

HEADLINE = "前11个月我国外贸进出口同比增长3.6%"
BODY = (
    "海关总署7日发布数据，今年前11个月我国货物贸易进出口总值41.21万亿元人民币。"
    "其中出口23.52万亿元，增长6.1%。\n"
)


def _read(tmp_path: Path, text: str, name: str = "page.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_paths([path]).documents[0]


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("人民日报 2026年12月8日 第02版", "People's Daily"),
        ("人民日报 2026年12月08日 星期二 第2版", "People's Daily"),
        ("新京报 2026年12月5日 周六 A05版", "The Beijing News"),
        ("星島日報　２０２６年１２月８日　中國版", "Sing Tao Daily"),
        # (the e-paper's own form, its day and page in brackets)
        ("《 人民日报 》（ 2026年12月08日   第 02 版）", "People's Daily"),
        ("《人民日报》（2026年12月08日 第02版）", "People's Daily"),
    ],
)
def test_a_masthead_with_its_page_or_section_names_the_paper_and_titles_nothing(
    tmp_path: Path, masthead: str, outlet: str
) -> None:
    """ "人民日报 2026年12月8日 第02版" titled the paper's copy and, in the story list, its
    story; "星島日報 … 中國版" named no outlet either."""
    doc = _read(tmp_path, f"{masthead}\n\n{HEADLINE}\n\n{BODY}")
    assert (doc.title, doc.source) == (HEADLINE, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "岷县地震 12人遇难 第2版",  # (a headline's words: no paper, no day)
        "中国女排 2026年12月8日 第02版",  # (no paper's name)
        "人民日报 评论员文章 第02版",  # (no day)
        "人民日报 2026年12月8日 社论",  # (an editorial's label, no page)
        "《人民日报》（2026年12月08日 第02版）报道，海关总署7日发布数据。",  # (a sentence)
        "今天是2026年12月8日 星期二",
        "《人民日报》（2026年12月8日）",  # (a report cited, no page: no masthead)
    ],
)
def test_a_line_that_is_no_masthead_names_no_paper(line: str) -> None:
    assert masthead_name(line) == ""


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("新华社北京12月7日电（记者王立彬、刘红霞）", "王立彬、刘红霞"),
        ("新华社北京12月7日电（记者王立彬、刘红霞、黄垚）", "王立彬、刘红霞、黄垚"),
        ("新华社北京12月7日电（记者 王立彬 刘红霞）", "王立彬 刘红霞"),
        ("新华社北京12月7日电（记者黄垚）", "黄垚"),
    ],
)
def test_xinhuas_credit_of_two_reporters_is_the_byline(credit: str, byline: str) -> None:
    """Xinhua's standard form for two reporters, "（记者王立彬、刘红霞）", gave no byline."""
    text = f"{HEADLINE}\n\n{credit}{BODY}"
    assert (guess_source(text), guess_byline(text)) == ("Xinhua", byline)


@pytest.mark.parametrize(
    ("line", "outlet", "byline"),
    [
        ("环球时报记者 倪浩", "Global Times", "倪浩"),
        ("新华社记者 王立彬、刘红霞", "Xinhua", "王立彬、刘红霞"),
        ("本报记者 季芳", "", "季芳"),  # ("this paper's": it names none)
        ("本報記者：黃芷晴", "", "黃芷晴"),
        # (a paper unknown but by its word, and no paper: a column's, a place's reporter)
        ("江南日报记者 张伟", "江南日报", "张伟"),
        ("中国记者 张伟", "", ""),
        ("新华社记者观察", "", ""),  # (a column's name: no space after "记者")
        ("本报记者从海关总署获悉，今年前11个月外贸稳中有升。", "", ""),  # (a lede)
        # (a photographer's credit: no writer)
        ("新华社记者 李贺 摄", "", ""),
        ("记者 李贺 摄", "", ""),
        # (a reporter's line ending "reports": its writer, not "王小明 报道")
        ("记者 王小明 报道", "", "王小明"),
        ("记者 李贺报道", "", "李贺"),
        ("記者 黃芷晴 報導", "", "黃芷晴"),
        ("记者 王立彬、刘红霞 报道", "", "王立彬、刘红霞"),
        ("本报记者 季芳 报道", "", "季芳"),
        ("新华社记者 王小明 报道", "Xinhua", "王小明"),
    ],
)
def test_a_reporters_line_naming_the_paper_gives_the_byline_and_the_outlet(
    line: str, outlet: str, byline: str
) -> None:
    """ "环球时报记者 倪浩", "本报记者 季芳" gave no byline, and the paper's copy no outlet."""
    text = f"{HEADLINE}\n\n{line}\n\n{BODY}"
    assert (guess_source(text), guess_byline(text)) == (outlet, byline)


@pytest.mark.parametrize(
    ("box", "byline"),
    [
        ("记者 王小明 报道", "王小明"),
        ("本报记者 季芳", "季芳"),
        ("记者 王立彬、刘红霞 报道", "王立彬、刘红霞"),
    ],
)
def test_a_pages_reporter_line_gives_its_writer(tmp_path: Path, box: str, byline: str) -> None:
    """A page's author so written was the byline, its label and "reports" with it."""
    paragraphs = "".join(f"<p>{BODY.strip()}第{n}段。</p>" for n in range(6))
    page = _read(
        tmp_path,
        f'<html><head><title>{HEADLINE}</title><meta name="author" content="{box}"></head>'
        f"<body><article><h1>{HEADLINE}</h1>{paragraphs}</article></body></html>",
        "page.html",
    )
    assert page.byline == byline


@pytest.mark.parametrize(
    ("box", "byline"),
    [
        ("撰文：李卓謙　出版：2026-12-07 08:15", "李卓謙"),
        ("撰文：中國觀察組　出版：2026-12-07 10:02", "中國觀察組"),  # (a desk's)
        ("作者：张伟", "张伟"),
        ("撰文：李卓謙　更新：2026-12-07 09:30", "李卓謙"),
    ],
)
def test_a_byline_box_gives_its_writer_without_its_labels(
    tmp_path: Path, box: str, byline: str
) -> None:
    """HK01's box, "撰文：李卓謙　出版：…", gave none in a text, and "撰文：李卓謙 出版：",
    labels and all, from a page."""
    text = f"{HEADLINE}\n\n{box}\n\n{BODY}"
    assert guess_byline(text) == byline
    paragraphs = "".join(f"<p>{BODY.strip()}第{n}段。</p>" for n in range(6))
    page = _read(
        tmp_path,
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f'<div class="byline">{box}</div>{paragraphs}</article></body></html>',
        "page.html",
    )
    assert page.byline == byline


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("2026年12月8日\n\n【明報專訊】", "Ming Pao"),
        ("明報記者 黃芷晴\n\n", "Ming Pao"),
        ("明報 2026年12月8日\n\n", "Ming Pao"),
        ("星島日報　２０２６年１２月８日\n\n", "Sing Tao Daily"),
        ("星岛日报 2026年12月8日 A10版\n\n", "Sing Tao Daily"),
        # (a paper's own exclusive in brackets, but not a label's: a flash, an exclusive)
        ("【大公報訊】", "Ta Kung Pao"),
        ("【東方日報訊】", "東方日報"),
        ("文匯報 2026年12月8日 第A12版\n\n", "Wen Wei Po"),
        ("香港01記者 李卓謙\n\n", "HK01"),
        ("【新聞快訊】", ""),
        ("【獨家專訊】", ""),
        ("【本報訊】", ""),
    ],
)
def test_hong_kongs_dailies_are_named(header: str, outlet: str) -> None:
    """Ming Pao's "【明報專訊】" and "明報記者" named no outlet, and its rewrite was missing
    from its story's outlets."""
    text = f"{HEADLINE}\n\n{header}{BODY}"
    assert guess_source(text) == outlet


def test_hong_kongs_dailies_are_known_by_their_addresses() -> None:
    from wirediff.core.reading.outlets import outlet_for_host

    assert outlet_for_host("news.mingpao.com") == "Ming Pao"
    assert outlet_for_host("std.stheadline.com") == "Sing Tao Daily"


def test_hk01_is_known_by_its_names_and_address(tmp_path: Path) -> None:
    """HK01 (香港01), whose byline box was read, was no known outlet: its page's site name
    "香港01" was an outlet of its own beside "HK01", and its copy saved as text none."""
    from wirediff.core.outlet_names import other_names
    from wirediff.core.reading.outlets import outlet_for_host, outlet_named

    assert outlet_for_host("www.hk01.com") == "HK01"
    assert outlet_named("香港01", field=True) == outlet_named("HK01") == "HK01"
    assert "香港01" in other_names("HK01")
    box = "撰文：李卓謙　出版：2026-12-07 08:15"
    doc = _read(tmp_path, f"香港01\n\n{HEADLINE}\n\n{box}\n\n{BODY}")
    assert (doc.source, doc.title, doc.byline) == ("HK01", HEADLINE, "李卓謙")
    page = _read(
        tmp_path,
        f'<html><head><title>{HEADLINE}</title><meta property="og:site_name" content="香港01">'
        f"</head><body><article><h1>{HEADLINE}</h1><p>{BODY}</p><p>{BODY}</p></article>"
        "</body></html>",
        "page.html",
    )
    assert page.source == "HK01"
