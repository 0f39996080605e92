"""What every HTML page wirediff writes keeps to: well formed, its own words marked English,
article text of unknown language (and right to left where it opens so), text escaped."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from wirediff.core.compare import compare
from wirediff.core.reading import read_document
from wirediff.core.report.evidence import pair_report
from wirediff.core.report.evidence_html import render_report
from wirediff.core.report.html import render_html
from wirediff.core.report.story_html import render_story_html
from wirediff.core.storytable import build_story_table
from wirediff.core.tokens import has_arabic_script

URDU = (
    "شہر کی کونسل نے منگل کو طویل بحث کے بعد نئے بجٹ کی منظوری دے دی۔",
    "حزب اختلاف کے ارکان نے کہا کہ منصوبے میں اسکولوں کے لیے بہت کم رقم ہے۔",
)
ENGLISH = "The council approved the new budget on Tuesday after a long debate."
HOSTILE = "Markup <script>alert(1)</script> & <blink>on</blink> stays text."
VOID = {"meta", "br", "col", "hr", "img", "wbr"}


class Page(HTMLParser):
    """Every text node of a page with the ``lang`` and ``dir`` it inherits; the tags must
    nest (each closed, in order; void elements never closed)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str | None, str | None]] = []
        self.root: dict[str, str | None] = {}
        self.tags: set[str] = set()
        self.texts: list[tuple[str, str | None, str | None, str]] = []
        self.feed(page)
        self.close()
        assert self.open == [], f"left open: {self.open}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.add(tag)
        if tag == "html":
            assert not self.open
            self.root = found
        if tag in VOID:
            return
        lang = found.get("lang", self.open[-1][1] if self.open else None)
        direction = found.get("dir", self.open[-1][2] if self.open else None)
        self.open.append((tag, lang, direction))

    def handle_endtag(self, tag: str) -> None:
        assert tag not in VOID, tag
        assert self.open and self.open[-1][0] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if data.strip() and self.open:
            tag, lang, direction = self.open[-1]
            self.texts.append((data, lang, direction, tag))


@pytest.fixture
def docs(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two versions of a story, each in Urdu and English, one with markup in its text."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n\n".join([ENGLISH, URDU[0], URDU[1], HOSTILE]) + "\n", encoding="utf-8")
    edited = URDU[0].replace("منگل", "بدھ")
    b.write_text("\n\n".join([ENGLISH, edited, URDU[1], HOSTILE]) + "\n", encoding="utf-8")
    return read_document(a), read_document(b)


def pages(docs) -> dict[str, str]:  # type: ignore[no-untyped-def]
    a, b = docs
    return {
        "compare": render_html(compare(a.text, b.text), a, b),
        "story": render_story_html(build_story_table(a, [b])),
        "report": render_report(pair_report(a, b)),
        "report for print": render_report(pair_report(a, b), for_print=True),
    }


def test_every_page_is_well_formed_and_its_own_words_are_english(docs) -> None:  # type: ignore[no-untyped-def]
    for name, page in pages(docs).items():
        parsed = Page(page)
        assert parsed.root.get("lang") == "en", name
        assert page.startswith('<!DOCTYPE html>\n<html lang="en">'), name


def test_urdu_text_says_so_and_reads_right_to_left(docs) -> None:  # type: ignore[no-untyped-def]
    """Article text says the language its script tells, Urdu "ur", else "und"
    (undetermined: English is not told from other Latin-script text), never the page's
    English, so a screen reader does not read Urdu with an English voice."""
    for name, page in pages(docs).items():
        texts = Page(page).texts
        texts = [t for t in texts if t[3] != "title"]  # the page's name, in its head
        urdu = [t for t in texts if has_arabic_script(t[0])]
        assert urdu, name
        for text, lang, direction, _tag in urdu:
            assert (lang, direction) == ("ur", "rtl"), (name, text)
        english = [t for t in texts if "approved the new budget" in t[0]]
        assert english, name
        for text, lang, direction, _tag in english:
            assert lang == "und" and direction in ("auto", "ltr"), (name, text, direction)


def test_markup_in_the_text_stays_text(docs) -> None:  # type: ignore[no-untyped-def]
    for name, page in pages(docs).items():
        parsed = Page(page)
        assert "script" not in parsed.tags and "blink" not in parsed.tags, name
        shown = "".join(t[0] for t in parsed.texts)
        assert "<script>alert(1)</script>" in shown, name
