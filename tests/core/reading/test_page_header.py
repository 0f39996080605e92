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
