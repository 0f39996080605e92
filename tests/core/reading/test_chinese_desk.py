"""Chinese papers' mastheads, outlets and bylines: a masthead with its page or section, the
e-paper's own masthead, Xinhua's credit of two reporters, a paper's reporter line, HK01's
byline box, Ming Pao's and Sing Tao's names (a Chinese wire desk's walkthrough found each
read wrong or not at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.document import masthead_name
from wirediff.core.reading import load_paths

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
        ("星島日報　２０２６年１２月８日　中國版", "星島日報"),
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
    ],
)
def test_a_line_that_is_no_masthead_names_no_paper(line: str) -> None:
    assert masthead_name(line) == ""
