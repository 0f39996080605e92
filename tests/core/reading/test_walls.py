"""A saved page that holds a cookie, sign-in or subscription wall and no article is no
document: a researcher's cookie wall was read as a 7-word document titled "Subscribe", its
own story and event, counted in her folder's documents. An article that speaks of cookies
is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import errors as E
from wirediff.core.reading import load_paths

WALLS = {
    "cookies.html": "<nav>Home | News</nav><div>Please accept cookies to continue.</div>",
    "paywall.html": (
        "<nav>Home | World | Sport</nav><p>Subscribe to read this article.</p>"
        "<p>Already a subscriber? Sign in to continue.</p>"
    ),
    "script.html": "<div>Please enable JavaScript to view this page.</div><nav>Menu</nav>",
}


@pytest.mark.parametrize("name", sorted(WALLS))
def test_a_page_of_its_wall_alone_is_skipped_saying_so(tmp_path: Path, name: str) -> None:
    page = tmp_path / name
    page.write_text(f"<html><head><title>Subscribe</title></head><body>{WALLS[name]}</body></html>")
    loaded = load_paths([page])
    assert not loaded.documents
    (problem,) = loaded.problems
    assert problem.code == E.LITTLE_TEXT and "wall" in problem.reason


@pytest.mark.parametrize(
    ("name", "body", "kept"),
    [
        # a brief about cookie walls (its headline one of the wall's phrases)
        (
            "brief.html",
            "<h1>EU: sites may not force users to accept cookies</h1><p>By Jane Smith</p>"
            "<p>European regulators said on Tuesday that websites may not force visitors to "
            "accept cookies before they read an article, in a ruling on consent banners.</p>",
            "consent banners",
        ),
        # a Chinese article with a consent line left in: its paragraphs one "word" each
        (
            "zh.html",
            "<h1>国务院部署促进消费措施</h1>"
            + "<p>国务院常务会议部署进一步促进消费的政策措施，会议指出要稳定和扩大消费。</p>" * 5
            + "<p>This site uses cookies.</p>",
            "国务院常务会议",
        ),
    ],
)
def test_a_short_article_that_speaks_of_cookies_is_read(
    tmp_path: Path, name: str, body: str, kept: str
) -> None:
    """Both were refused as walls (a review)."""
    page = tmp_path / name
    page.write_text(
        f"<html><head><title>x</title></head><body><article>{body}</article></body></html>"
    )
    (doc,) = load_paths([page]).documents
    assert kept in doc.text


def test_a_web_page_saved_as_txt_is_read_as_a_page(tmp_path: Path) -> None:
    """Its markup was read as words (a tester): a .txt that opens as a page does and holds
    its body is read as one; a text that speaks of HTML stays a text."""
    page = tmp_path / "saved.txt"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Council approves budget</title></head><body>"
        "<nav>Home | News</nav><article><h1>Council approves budget</h1><p>The council "
        "approved the harbour budget on Tuesday after a long debate about roads and schools"
        ", officials said.</p></article></body></html>"
    )
    text = tmp_path / "howto.txt"
    text.write_text("<html> opens a page\n\nA page opens with <html> and closes with it.\n")
    docs = {d.name: d for d in load_paths([page, text]).documents}
    assert docs["saved.txt"].format == "html" and "<" not in docs["saved.txt"].text
    assert "approved the harbour budget" in docs["saved.txt"].text
    assert docs["howto.txt"].format == "text"
