"""Chinese, Japanese and Korean agency copy and pages: times of day with their morning or
afternoon, full-width and run-in date stamps, agencies' credits, reporters' bylines, agency
file names and a page's site name (an East Asian media monitor's walkthrough found each
read wrong or not at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import load_paths
from wirediff.core.reading.metadata import guess_byline, guess_source

JA = "【札幌共同】北海道は5日、発達した低気圧の影響で各地で記録的な大雪となった。\n"


def _read(tmp_path: Path, text: str, name: str = "page.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_paths([path]).documents[0]


@pytest.mark.parametrize(
    ("stamp", "captured"),
    [
        ("입력 2026.12.05 오후 1:10", "13:10"),  # (was 01:10: the update became the base)
        ("입력 2026.12.05 오전 11:30", "11:30"),
        ("2026年12月5日 午後2時30分", "14:30"),
        ("２０２６年１２月５日　１４時３０分", "14:30"),
        ("송고시간2026-12-05 14:30", "14:30"),
        ("2026-12-05 14:30:15", "14:30"),
        ("입력 2026.12.05. 오후 2:30 수정 2026.12.05. 오후 4:10", "16:10"),
    ],
)
def test_an_east_asian_stamp_gives_its_time(tmp_path: Path, stamp: str, captured: str) -> None:
    doc = _read(tmp_path, f"北海道で記録的大雪、1万2千戸停電\n\n{stamp}\n\n{JA}")
    assert (doc.date, doc.captured) == ("2026-12-05", f"2026-12-05T{captured}:00")


@pytest.mark.parametrize(
    ("opening", "outlet", "byline"),
    [
        ("中新社北京12月5日电 （记者 张伟）", "China News Service", "张伟"),
        ("【中新社北京12月5日电】", "China News Service", ""),
        ("新华社北京12月5日电（记者 张伟）", "Xinhua", "张伟"),
        ("（中央社記者王小明台北5日電）", "Central News Agency", "王小明"),
        ("[서울=뉴시스] 이지은 기자 =", "Newsis", "이지은"),
        ("(서울=연합뉴스) 김민수 기자 =", "Yonhap", "김민수"),
    ],
)
def test_an_agencys_credit_names_it_and_its_reporter(
    opening: str, outlet: str, byline: str
) -> None:
    text = f"全国冬小麦播种面积超3.3亿亩\n\n{opening}中国农业农村部5日在北京召开新闻发布会。\n"
    assert (guess_source(text), guess_byline(text)) == (outlet, byline)


@pytest.mark.parametrize(
    ("line", "byline"),
    [("记者 王小明", "王小明"), ("記者 山田 花子", "山田 花子"), ("김민수 기자", "김민수")],
)
def test_a_reporters_line_is_the_byline(line: str, byline: str) -> None:
    assert guess_byline(f"北海道で記録的大雪\n\n{line}\n\n{JA}") == byline
    assert guess_byline(f"北海道で記録的大雪\n\n{JA}") == ""  # (no reporter: none)
    for label in ("记者观察", "記者会見"):  # (a column's label, a press conference)
        assert guess_byline(f"北海道で記録的大雪\n\n{label}\n\n{JA}") == ""


def test_an_agencys_file_named_by_its_short_name_is_its_own(tmp_path: Path) -> None:
    """ "jiji_20261205_1445.txt" was no agency's file: a paper's copy became the base."""
    from wirediff.core.reading.metadata import outlet_of_name

    assert outlet_of_name("", "jiji_20261205_1445.txt") == "Jiji Press"
    body = "北海道は5日、発達した低気圧の影響で各地で記録的な大雪となった。\n"
    doc = _read(tmp_path, f"北海道で記録的大雪\n\n{body}", "jiji_20261205_1445.txt")
    assert doc.source == "Jiji Press"


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Inflation rises to 3.5% in November | Valley Courier", "Valley Courier"),
        ("我国粮食产量首破7亿吨 连续三年站稳1.4万亿斤 | 环球财经网", "环球财经网"),
    ],
)
def test_a_pages_headline_with_a_full_stop_is_not_its_site_name(
    tmp_path: Path, title: str, outlet: str
) -> None:
    """Trafilatura takes a title's part holding a full stop for the site's host: the
    headline was the outlet, a row of its own in the per-outlet table."""
    headline = title.split(" | ")[0]
    body = "".join(
        f"<p>{headline} — paragraph {n} of the story, as the site wrote it.</p>" for n in range(4)
    )
    doc = _read(
        tmp_path,
        f"<html><head><title>{title}</title></head><body><article><h1>{headline}</h1>"
        f"{body}</article></body></html>",
        "page.html",
    )
    assert doc.source == outlet


def test_a_papers_name_alone_on_the_first_line_or_ending_the_title_is_its_outlet(
    tmp_path: Path,
) -> None:
    """ "十勝毎朝新聞" over a reprint of Kyodo's story and "… | 中部タイムス" ending a page's
    title: the reprints were the agencies' (an East Asian monitor's walkthrough)."""
    doc = _read(tmp_path, f"十勝毎朝新聞\n\n北海道で記録的大雪、1万2千戸停電\n\n{JA}")
    assert (doc.source, doc.title) == ("十勝毎朝新聞", "北海道で記録的大雪、1万2千戸停電")
    body = "".join(f"<p>北海道は5日、記録的な大雪となった。第{n}段落。</p>" for n in range(6))
    page = _read(
        tmp_path,
        "<html><head><title>北海道で記録的大雪 | 中部タイムス</title></head><body><article>"
        f"<h1>北海道で記録的大雪</h1>{body}</article></body></html>",
        "page.html",
    )
    assert page.source == "中部タイムス"
    # a headline's last word is no paper's ("社", "网": a company, the internet)
    for headline in ("中国互联网", "台风红色警报", "今日新聞"):
        assert _read(tmp_path, f"{headline}\n\n{JA}", "h.txt").source != headline


# An East Asian desk's walkthrough: News1's credit named no outlet nor reporter, KBS's
# reporter's line and a Japanese paper's closing credit no byline, and Chosun's byline box
# kept the role Yonhap's credit dropped.
KO = "삼성전자가 경기도 평택캠퍼스에 1조2천억원을 투자해 반도체 생산라인을 짓는다고 밝혔다.\n"


def test_news1s_credit_names_the_agency_and_its_reporter() -> None:
    from wirediff.core.reading.outlets import is_agency

    credit = "(서울=뉴스1) 이영희 기자 | 2026-12-07 15:42:10 송고"
    text = f"삼성전자, 평택에 1조2천억 투입\n\n{credit}\n\n{KO}"
    assert (guess_source(text), guess_byline(text)) == ("News1", "이영희")
    assert is_agency("News1")


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("KBS 뉴스 최수진 기자", "최수진"),
        ("MBC뉴스 김철수 기자", "김철수"),
        ("뉴스 속보 기자", ""),  # (no name: "news", "breaking", "reporter")
    ],
)
def test_a_broadcasters_reporter_line_is_the_byline(line: str, byline: str) -> None:
    assert guess_byline(f"전국 영하권…내일 아침 서울 영하 8도\n\n{line}\n\n{KO}") == byline


def test_a_korean_byline_box_drops_the_reporters_role() -> None:
    """ "박민수 기자" from a page's byline box, "홍길동" from Yonhap's credit: one way."""
    from wirediff.core.papers import bare_byline

    assert bare_byline("박민수 기자") == "박민수"
    assert bare_byline("박민수 특파원") == "박민수"
    assert bare_byline("Jane Kim, reporter") == "Jane Kim, reporter"


BODY_JA = "政府は7日の臨時閣議で、総額1兆2000億円の追加経済対策を決定した。\n\n"


@pytest.mark.parametrize(
    ("last", "byline"),
    [
        ("（山田花子）", "山田花子"),
        # a desk, a bureau, a role, a note: no name (a review)
        ("（政治部）", ""),
        ("（ロンドン支局）", ""),
        ("（編集委員）", ""),
        ("（資料写真）", ""),
        ("（随時更新します）", ""),
        # a note, a place, an address; a bureau's or a role's name (a re-check)
        ("（写真は首相官邸で）", ""),
        ("（首相官邸）", ""),
        ("（東京都千代田区）", ""),
        ("（ニューヨーク＝田中一郎）", "田中一郎"),
        ("（編集委員　山田太郎）", "山田太郎"),
        ("（山田　花子）", "山田　花子"),
        ("（共同）", ""),  # (an agency's credit)
        ("（ソウル共同）", ""),
        ("（時事）", ""),
        ("（敬称略）", ""),  # ("honorifics left out")
        ("（おわり）", ""),
        ("（産経新聞）", ""),
        ("（ロイター）", ""),  # (Reuters, in katakana)
        ("（朝日）", ""),
    ],
)
def test_a_japanese_papers_closing_credit_is_the_byline(last: str, byline: str) -> None:
    text = f"追加経済対策1.2兆円、能登の住宅再建に重点\n\n{BODY_JA}{BODY_JA}{last}\n"
    assert guess_byline(text) == byline


def test_a_name_in_brackets_elsewhere_is_no_closing_credit() -> None:
    """Not inside the last line's sentence, nor in Chinese (no kana), nor above the end."""
    ja = f"追加経済対策を決定\n\n{BODY_JA}高市首相は述べた。（山田花子）\n"
    zh = "国务院决定追加经济对策\n\n国务院7日决定追加经济对策，总额1.2万亿日元。\n\n（张伟）\n"
    above = f"追加経済対策を決定\n\n{BODY_JA}（山田花子）\n\n{BODY_JA}"
    assert [guess_byline(t) for t in (ja, zh, above)] == ["", "", ""]
