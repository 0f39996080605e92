"""A saved web page's head as a browser shows it: its blocks on lines of their own (a short
page's text came out as one line), its date line under the headline and its standfirst (both
dropped with the page's furniture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import load_paths

JA_HEADLINE = "北海道で記録的大雪、1万2千戸停電　JR特急など120本運休"
JA = [
    "【札幌共同】北海道は5日、発達した低気圧の影響で各地で記録的な大雪となり、北海道電力によると、"
    "同日正午現在で道内の約1万2千戸が停電した。",
    "札幌管区気象台によると、岩見沢市では24時間降雪量が観測史上最大の98センチに達した。",
]
EN_HEADLINE = "Snow cuts power in Hokkaido"
EN = [
    "SAPPORO, Dec 5 (Kyodo) - Heavy snow cut power to about 12,000 homes, the utility said.",
    "JR Hokkaido cancelled 120 trains on Friday.",
]


def _page(tmp_path: Path, title: str, article: str, name: str = "page.html"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Valley Courier"
        "</title></head><body><header><div class='masthead'>Valley Courier</div></header>"
        f"<article>{article}</article><footer>Valley Courier</footer></body></html>",
        encoding="utf-8",
    )
    return load_paths([path]).documents[0]


@pytest.mark.parametrize(
    ("headline", "stamp", "paragraphs", "captured"),
    [
        (JA_HEADLINE, "2026年12月5日 15時02分", JA, "15:02"),
        (JA_HEADLINE, "2026年12月5日 15時02分　社会", JA, "15:02"),
        ("Heavy snow hits Hokkaido", "2026年12月5日 15時02分", JA, "15:02"),
        (EN_HEADLINE, "December 5, 2026 5:45 PM", EN, "17:45"),
    ],
)
def test_a_short_pages_blocks_are_lines_of_their_own(
    tmp_path: Path, headline: str, stamp: str, paragraphs: list[str], captured: str
) -> None:
    """trafilatura's extraction of a short page falls back to its baseline, which joins the
    blocks of ``<article>`` by spaces: headline, date line and paragraphs were one line, the
    page undated and titled by all of it (an East Asian monitor's walkthrough)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    doc = _page(tmp_path, headline, f"<h1>{headline}</h1><div class='meta'>{stamp}</div>{body}")
    shown = " ".join(headline.split())
    assert doc.text.split("\n") == [shown, " ".join(stamp.split()), *paragraphs]
    assert (doc.title, doc.date, doc.captured) == (shown, "2026-12-05", f"2026-12-05T{captured}:00")


STORY = [
    "SAPPORO, Dec 5 (Kyodo) - Heavy snow hit Hokkaido on Friday, cutting power to about "
    "12,000 households, the utility said.",
    "JR Hokkaido cancelled 120 trains, affecting about 35,000 passengers, officials said on "
    "Friday afternoon.",
    "The weather agency warned of avalanches in the mountains through Saturday morning.",
]
BODY = "<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
HEADLINE = "Heavy snow cuts power to 12,000 homes in Hokkaido"


@pytest.mark.parametrize(
    "stamp",
    [
        "December 5, 2026 5:45 PM | By Hanako Yamada",
        "By Hanako Yamada · Published December 5, 2026 5:45 PM",
        "2026年12月5日 17時45分 記者 山田花子",
    ],
)
def test_a_date_line_under_the_headline_is_a_line_of_the_text(tmp_path: Path, stamp: str) -> None:
    """trafilatura drops a box its class names "meta": a page with no time in its
    metadata had its day alone (the day htmldate read in the box), and the time the page
    shows was lost (an East Asian monitor's walkthrough). The box is kept as the line after
    the headline, where the header's readers find its date and time."""
    doc = _page(tmp_path, HEADLINE, f"<h1>{HEADLINE}</h1><div class='meta'>{stamp}</div>{BODY}")
    assert doc.text.split("\n") == [HEADLINE, stamp, *STORY]
    assert (doc.date, doc.captured) == ("2026-12-05", "2026-12-05T17:45:00")


def test_a_page_without_its_headline_in_the_text_is_led_by_its_date_line(tmp_path: Path) -> None:
    """(An Italian local site's page, whose ``<title>`` is no headline's: the text holds
    no headline to put the date line after.)"""
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Scossa in Garfagnana | Lucca in Diretta</title></head><body>"
        "<div class='articolo'><h1>Scossa in Garfagnana, il sindaco: nessun ferito</h1>"
        "<div class='meta'>05/12/2026 ore 14:30 &ndash; Redazione</div>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</div></body></html>",
        encoding="utf-8",
    )
    doc = load_paths([path]).documents[0]
    assert doc.text.split("\n") == ["05/12/2026 ore 14:30 – Redazione", *STORY]
    assert doc.captured == "2026-12-05T14:30:00"
    # (not a masthead's day, after its navigation: the day the page was saved)
    path.write_text(
        "<html><head><title>Scossa in Garfagnana | Lucca in Diretta</title></head><body>"
        "<header><h1>Lucca in Diretta</h1><nav><a href='/'>Home</a></nav>"
        "<div class='meta'>Lunedì 14 dicembre 2026</div></header><main>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</main></body></html>",
        encoding="utf-8",
    )
    assert "dicembre" not in load_paths([path]).documents[0].text


def test_no_byline_alone_caption_or_navigation_of_the_head_is_read(tmp_path: Path) -> None:
    """Only the head's date line and standfirst are the article's: a byline box alone
    stays out (its name is the page's byline), and so do a photo's caption, which holds a
    date as often, navigation, a sentence with a date, and a date line saying how long
    ago the page was updated (it changes between two captures of an unchanged page)."""
    head = (
        f"<h1>{HEADLINE}</h1><p class='byline'>By Hanako Yamada</p>"
        "<figure><img src='a.jpg'><figcaption>Snow in Sapporo, December 5, 2026.</figcaption>"
        "</figure><nav><a href='/a'>Japan</a> | <a href='/b'>December 5, 2026</a></nav>"
        "<div class='lead-image'><span>Photo: Kyodo, December 4, 2026</span></div>"
        "<p class='meta'>Rail works on the line start on 1 April 2027 as planned</p>"
        "<div class='meta'>December 5, 2026 5:45 PM GMT · Updated 2 hours ago</div>"
    )
    doc = _page(tmp_path, HEADLINE, head + BODY)
    assert doc.text.split("\n") == [HEADLINE, *STORY]


STANDFIRST = (
    "Magnitudo 4,6 alle 7:48, epicentro a tre chilometri da Castelnuovo. Oltre 400 sfollati,"
    " scuole chiuse e ferrovia Lucca-Aulla interrotta."
)


@pytest.mark.parametrize(
    "box",
    [
        "<p class='standfirst'>{}</p>",
        "<div class='sommario'>{}</div>",
        "<p class='article__lead'>{}</p>",
        "<h2 class='c-article-dek'>{}</h2>",
        "<div class='summary'><p>{}</p></div>",
        "<p class='articleIntro'>{}</p>",
    ],
)
def test_a_standfirst_is_a_paragraph_after_the_headline(tmp_path: Path, box: str) -> None:
    """trafilatura reads the article's body box alone: an Italian desk's page lost its
    standfirst, which gives the agency's figures (a magnitude, 420 displaced) that the
    paper's story is compared on."""
    headline = "Terremoto in Garfagnana, la paura e le crepe"
    doc = _page(
        tmp_path,
        headline,
        f"<p class='kicker'>Lucca / Cronaca</p><h1>{headline}</h1>{box.format(STANDFIRST)}"
        "<p class='byline'>di Mario Rossi</p>"
        "<p class='dateline'>05 dicembre 2026 14:30 · Aggiornato alle 18:42</p>" + BODY,
    )
    assert doc.text.split("\n") == [
        headline,
        STANDFIRST,
        "05 dicembre 2026 14:30 · Aggiornato alle 18:42",
        *STORY,
    ]
