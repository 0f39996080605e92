"""A saved page that holds a cookie, sign-in or subscription wall and no article is no
document: a researcher's cookie wall was read as a 7-word document titled "Subscribe", its
own story and event, counted in her folder's documents."""

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


def test_a_short_article_about_cookies_is_read(tmp_path: Path) -> None:
    page = tmp_path / "bakery.html"
    page.write_text(
        "<html><head><title>Bakery's cookies win award</title></head><body><article>"
        "<h1>Bakery's cookies win award</h1><p>A Millbrook bakery's oat cookies won the "
        "state fair's first prize on Saturday, its owner said.</p></article></body></html>"
    )
    (doc,) = load_paths([page]).documents
    assert "oat cookies" in doc.text
