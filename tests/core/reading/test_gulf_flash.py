"""An Arabic, Persian or Urdu flash under its kicker ("عاجل", urgent) is titled by its news:
every Arabic flash of a Gulf desk's night was titled "عاجل" (a Gulf desk's walkthrough)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.document import first_line_title
from wirediff.core.reading import load_paths

NEWS_AR = "دبي (رويترز) - زلزال بقوة 5.9 درجة يضرب جنوب إيران."
NEWS_FA = "زمین‌لرزه‌ای به بزرگی ۵.۹ ریشتر جنوب ایران را لرزاند."
NEWS_UR = "جنوبی ایران میں زلزلے سے 3 افراد ہلاک ہو گئے۔"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"عاجل\n\n{NEWS_AR}\n", NEWS_AR),
        (f"عاجل:\n{NEWS_AR}\n", NEWS_AR),
        (f"خبر عاجل\n\n{NEWS_AR}\n", NEWS_AR),
        (f"فوری\n\n{NEWS_FA}\n", NEWS_FA),
        (f"بریکنگ نیوز\n\n{NEWS_UR}\n", NEWS_UR),
        (f"فوری خبر\n\n{NEWS_UR}\n", NEWS_UR),
        # (a kicker alone, nothing under it: the kicker)
        ("عاجل\n", "عاجل"),
    ],
)
def test_a_flash_under_its_kicker_is_titled_by_its_news(text: str, title: str) -> None:
    assert first_line_title(text) == title


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6"])
def test_an_arabic_flash_file_is_titled_by_its_news(tmp_path: Path, encoding: str) -> None:
    """(as the desk opened it: a cp1256 or ISO-8859-6 file)"""
    path = tmp_path / "flash.txt"
    path.write_bytes(f"عاجل\n\n{NEWS_AR}\n".encode(encoding))
    (document,) = load_paths([path]).documents
    assert document.title == NEWS_AR
