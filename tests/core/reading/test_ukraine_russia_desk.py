"""A Ukraine and Russia desk's copy: Interfax-Ukraine's Ukrainian dateline and file names,
cities and reporters over the day that are no mastheads, flashes under a dateline that
gives the year, the country's papers and sites, and UNIAN's credit after a time stamp (a
Ukraine and Russia desk's walkthrough found each read wrong or not at all)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.core.reading.samples import read_one
from wirediff.core.document import first_line_title
from wirediff.core.reading.metadata import guess_byline, guess_source

HEADLINE = "Удар по Харкову: загинули п’ятеро людей"
LEDE = (
    "Російські війська в ніч на неділю завдали масованого удару дронами та ракетами по "
    "об'єктах енергетичної інфраструктури Харкова, внаслідок чого загинули п'ятеро людей."
)
NEWS_UK = "У Харкові пролунали вибухи, дані про постраждалих уточнюються"
NEWS_RU = "В Харькове прогремели взрывы, данные о пострадавших уточняются"

_read = partial(read_one, name="item.txt")


@pytest.mark.parametrize(
    "name", ["zz.txt", "interfax_ukraine_udar.txt", "d_interfax_ua.txt", "interfax-ukraine.txt"]
)
def test_interfax_ukraines_own_dateline_and_files_are_interfax_ukraines(
    tmp_path: Path, name: str
) -> None:
    """ "Київ. 7 грудня. ІНТЕРФАКС-УКРАЇНА -" gave no outlet, and a file named
    "interfax_ukraine_…" or "…_interfax_ua" was the Russian Interfax's."""
    text = f"{HEADLINE}\n\nКиїв. 7 грудня. ІНТЕРФАКС-УКРАЇНА - {LEDE}\n"
    assert read_one(tmp_path, text, name=name).source == "Interfax-Ukraine"
    plain = f"{HEADLINE}\n\n{LEDE}\n"
    assert guess_source(plain, file_name=name) == ("" if name == "zz.txt" else "Interfax-Ukraine")


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("interfax_udar.txt", "Interfax"), ("interfax_ru_udar.txt", "Interfax"), ("ap_org.txt", "")],
)
def test_interfax_alone_in_a_files_name_stays_russias(name: str, outlet: str) -> None:
    """(a domain's first word and its country's two letters only: "ap_org" is no address)"""
    assert guess_source(f"{HEADLINE}\n\n{LEDE}\n", file_name=name) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Київ • 07.12.2026 • 14:35",
        "Київ | 7 грудня 2026",
        "Харків | 07.12.2026 14:35",
        "Москва | 7 декабря 2026",
        "Київщина | 7 грудня 2026",
    ],
)
def test_a_city_over_the_day_is_no_outlet_nor_a_title(tmp_path: Path, line: str) -> None:
    """The by-outlet table listed "Київ" (3 documents), "Харків" and "Москва" as outlets."""
    doc = _read(tmp_path, f"Удар по Харкову\n\n{line}\n\n{LEDE}\n")
    assert (doc.source, doc.title) == ("", "Удар по Харкову")


def test_a_reporter_over_the_day_is_the_byline_not_the_outlet(tmp_path: Path) -> None:
    """Ukrainska Pravda's byline line named the outlet "Ольга Кириленко", and no author."""
    line = "Ольга Кириленко — Неділя, 7 грудня 2026, 10:42"
    doc = _read(tmp_path, f"{HEADLINE}\n\n{line}\n\n{LEDE}\n")
    assert (doc.source, doc.byline, doc.title) == ("", "Ольга Кириленко", HEADLINE)
    dated = f"{HEADLINE}\n\n07 грудня 2026 14:35 | Автор: Оксана Ткаченко\n\n{LEDE}\n"
    assert guess_byline(dated) == "Оксана Ткаченко"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Главком | 5 грудня 2026", "Главком"),  # (a site's name without a paper's word)
        ("Воронеж Медиа · 5 декабря 2026, 13:40", "Воронеж Медиа"),
        ("Ольга Медиа | 5 декабря 2026", "Ольга Медиа"),  # (a site's word: no person)
    ],
)
def test_a_sites_name_over_the_day_still_names_it(tmp_path: Path, line: str, outlet: str) -> None:
    doc = _read(tmp_path, f"{line}\n\n{HEADLINE}\n\n{LEDE}\n")
    assert doc.source == outlet


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Київ, 7 грудня 2026 року. Укрінформ.\n\nТЕРМІНОВО\n\n{NEWS_UK}\n", NEWS_UK),
        (f"МОСКВА, 7 декабря 2026 г. /ТАСС/.\n\nСРОЧНО\n\n{NEWS_RU}\n", NEWS_RU),
        (f"Київ, 7 грудня 2026 р. /Укрінформ/.\nТЕРМІНОВО\n{NEWS_UK}\n", NEWS_UK),
        (f"МОСКВА, 7 декабря. /ТАСС/.\nСРОЧНО\n{NEWS_RU}.\n", f"{NEWS_RU}."),
        (f"СРОЧНО\n\n{NEWS_RU}.\n", f"{NEWS_RU}."),
        (f"⚡️ТЕРМІНОВО\n\n{NEWS_UK}.\n", f"{NEWS_UK}."),
    ],
)
def test_a_flash_is_titled_by_its_news_not_its_dateline_or_kicker(text: str, title: str) -> None:
    """Flashes under a dateline giving the year, or with news ending in a full stop, were
    titled by the dateline: a day's flashes all under one title."""
    assert first_line_title(text) == title


def test_a_short_line_in_capitals_is_no_kicker() -> None:
    """(a line in capitals that is no flash's kicker keeps titling: "BM" over a lede)"""
    assert first_line_title(f"BM\n\n{LEDE}\n") == "BM"


@pytest.mark.parametrize(
    ("text", "name", "outlet"),
    [
        (f"{HEADLINE}\n\n{LEDE}\n", "kyivindependent_kharkiv.txt", "The Kyiv Independent"),
        (
            f"{HEADLINE}\n\n{LEDE}\n\n🇺🇦 Українська правда | Підписатися: https://t.me/up\n",
            "post.txt",
            "Ukrainska Pravda",
        ),
        (f"{HEADLINE}\n\nКИЇВ, 7 груд — РБК-Україна. {LEDE}\n", "k.txt", "RBC-Ukraine"),
        (f"{HEADLINE}\n\n07.12.2026 14:35 УНІАН. {LEDE}\n", "a.txt", "UNIAN"),
        (
            "Российская армия атаковала Харьков\n\nРоссийские войска в ночь на воскресенье "
            "нанесли массированный удар дронами и ракетами по объектам энергетической "
            "инфраструктуры Харькова, погибли пять человек.\n",
            "meduza_harkov.txt",
            "Meduza",
        ),
        (f"Суспільне Новини | 7 грудня 2026\n\n{HEADLINE}\n\n{LEDE}\n", "s.txt", "Suspilne"),
        (
            f"Новая газета Европа | 7 декабря 2026\n\n{HEADLINE}\n\n{LEDE}\n",
            "n.txt",
            "Novaya Gazeta Europe",
        ),
    ],
)
def test_ukrainian_and_russian_outlets_are_known(
    tmp_path: Path, text: str, name: str, outlet: str
) -> None:
    assert read_one(tmp_path, text, name=name).source == outlet


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (words that are these outlets' names too: a jellyfish, "public", "Ukrainian truth")
        ("Медуза в Чорному морі\n\nМедуза — морська тварина, яку бачили біля Одеси.\n", "m.txt"),
        (f"Суспільне мовлення під загрозою\n\n{LEDE}\n", "s.txt"),
        (f"Українська правда про війну\n\n{LEDE}\n", "p.txt"),
        # (a Polish text about a jellyfish saved under the word)
        (
            "Meduza w Bałtyku\n\nMeduza pojawiła się w Zatoce Gdańskiej, gdzie żeglarze "
            "widzieli ją w sobotę po południu, mówią naukowcy.\n",
            "meduza_baltyk.txt",
        ),
        # (a time stamp before a sentence's first words, no agency's name)
        (f"{HEADLINE}\n\n07.12.2026 14:35 Зранку. {LEDE}\n", "t.txt"),
    ],
)
def test_the_words_those_names_are_name_no_outlet(tmp_path: Path, text: str, name: str) -> None:
    assert read_one(tmp_path, text, name=name).source == ""


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("7 груд 2026, 14:35", "2026-12-07T14:35:00"),
        ("Неділя, 07 груд. 2026, 14:35", "2026-12-07T14:35:00"),
        ("КИЇВ, 7 лист 2026 — РБК-Україна.", "2026-11-07"),
        ("23 серп 2026", "2026-08-23"),
    ],
)
def test_rbc_ukraines_months_without_their_dot_date_its_copy(
    tmp_path: Path, line: str, day: str
) -> None:
    """RBC-Ukraine abbreviates its months with no dot, "7 груд 2026, 14:35": its copies
    were undated."""
    doc = _read(tmp_path, f"{HEADLINE}\n\n{line}\n\n{LEDE}\n")
    assert (doc.date_source, doc.captured or doc.date) == ("document", day)


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("07 груд.", "2026-12-07"),
        ("07 груд., 14:35", "2026-12-07"),
        ("7 груд 14:35", "2026-12-07"),
        ("7 лист", "file time"),  # (a word as often: no stamp without its dot)
        ("7 грудочки", "file time"),  # (no month)
    ],
)
def test_a_stamp_of_a_day_and_month_alone_dates_a_copy_saved_that_week(
    tmp_path: Path, line: str, dated: str
) -> None:
    """RBC-Ukraine's stamp of a story of this year, "07 груд.", gives no year: the day is
    taken as a year-less dateline's is, beside the file's time."""
    import os
    from datetime import datetime

    from wirediff.core.reading import load_paths

    path = tmp_path / "rbc.txt"
    path.write_text(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n", encoding="utf-8")
    saved = datetime(2026, 12, 9, 10, 0).timestamp()
    os.utime(path, (saved, saved))
    doc = load_paths([path]).documents[0]
    assert (doc.date if doc.date_source == "document" else doc.date_source) == dated


@pytest.mark.parametrize(
    "text",
    [
        "Ми отримали 7 лист від читачів.",
        "Strike called for 7 May",
        "07 грудня 2026 року відбудеться засідання",
    ],
)
def test_words_that_are_ukrainian_months_too_are_no_stamp(text: str) -> None:
    from wirediff.core.reading.dates import header_day, is_month_name

    assert header_day(f"{text}\n\n{LEDE}\n") is None
    assert not is_month_name("лист") and not is_month_name("лип") and is_month_name("груд")
