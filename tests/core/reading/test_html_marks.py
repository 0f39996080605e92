"""A web page reads as a browser shows it: an ordered list's numbers, a footnote's mark.

trafilatura wrote every list item "- " and ran a ``<sup>`` into the word before it: a
judgment saved as HTML lost its (i)–(iii), its paragraph numbers written as ``<ol start>``
and its notes' numbers, and "2019" followed by footnote 3 read "20193" (a legal-affairs
reporter's walkthrough).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import read_document
from wirediff.core.reading.markup import html_to_text

LONG = (
    "The judge dismissed the claim on all three issues, and we see no reason to interfere "
    "with that conclusion on the first of them, for the reasons that follow below."
)


def _read(tmp_path: Path, body: str) -> list[str]:
    page = tmp_path / "judgment.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Smith v Jones [2024] EWCA Civ 12</title></head>"
        f"<body><article><h1>Smith v Jones [2024] EWCA Civ 12</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    return [line for line in read_document(page).text.split("\n") if line.strip()]


def test_a_footnote_reference_reads_in_brackets_and_its_note_led_by_it(tmp_path: Path) -> None:
    lines = _read(
        tmp_path,
        '<p>1. The limitation period expired in 2019<sup><a href="#fn1">3</a></sup> and the'
        f" claim was issued late. {LONG}</p><p>2. {LONG}</p>"
        '<section class="footnotes"><ol><li id="fn1">Limitation Act 1980, section 2.</li>'
        "</ol></section>",
    )
    assert lines[1].startswith("1. The limitation period expired in 2019[3] and the claim")
    assert lines[-1] == "[3] Limitation Act 1980, section 2."


def test_a_raised_number_that_is_no_reference_is_left_as_it_is(tmp_path: Path) -> None:
    lines = _read(tmp_path, f"<p>The flat measures 54 m<sup>2</sup> in all. {LONG}</p>")
    assert "54 m2 in all." in lines[1]
    lines = _read(
        tmp_path, f'<p>Wiki style.<sup class="reference"><a href="#c1">[1]</a></sup> {LONG}</p>'
    )
    assert lines[1].startswith("Wiki style.[1] ")
    # a raised number linking to another site is no reference (a review: "km[2]")
    other = '<a href="https://example.org/units#area"><sup>2</sup></a>'
    lines = _read(tmp_path, f"<p>The park covers 54 km{other} in all. {LONG}</p>")
    assert "54 km2 in all." in lines[1]


LISTS = (
    f"<p>2. The issues are as follows. {LONG}</p>"
    '<ol type="i"><li>whether time ran from the date of the breach;</li>'
    "<li>whether section 14A applies; and</li><li>whether the court should exercise its"
    " discretion.</li></ol>"
    f'<ol start="3"><li>{LONG}</li><li>We turn to the second issue. {LONG}</li></ol>'
    f'<ol type="A" reversed><li>{LONG}</li><li value="7">{LONG}</li><li>{LONG}</li></ol>'
    f"<ul><li>{LONG}</li></ul>"
)


def test_ordered_lists_keep_the_numbers_a_browser_draws(tmp_path: Path) -> None:
    lines = _read(tmp_path, LISTS)
    assert lines[2:5] == [
        "i. whether time ran from the date of the breach;",
        "ii. whether section 14A applies; and",
        "iii. whether the court should exercise its discretion.",
    ]
    assert lines[5] == f"3. {LONG}"
    assert lines[6].startswith("4. We turn to the second issue.")
    assert [line.split(" ", 1)[0] for line in lines[7:10]] == ["C.", "G.", "F."]
    assert lines[10] == f"- {LONG}"  # (a bullet list as before)


NOTES = (
    '<p>1. The limitation period expired in 2019<sup><a href="#fn1">3</a></sup> and the'
    ' claim was issued late; see also <a href="#fn2"><sup>*</sup></a> and the 54 m<sup>2</sup>'
    ' flat, the 1<sup>st</sup> floor<sup class="footnote-ref">4</sup>.</p>'
    '<section class="footnotes"><ol><li id="fn1">Limitation Act 1980, section 2.</li>'
    '<li><a name="fn2"></a>Practice Direction 7A.</li><li>A note not referred to.</li></ol>'
    "</section>"
)


@pytest.mark.parametrize("body", [LISTS, NOTES])
def test_the_simple_extractor_and_feeds_show_the_marks_too(tmp_path: Path, body: str) -> None:
    """A page over the size limit (the simple extractor) and a feed's HTML field read an
    ordered list's numbers and a note's mark as a page's extraction does: the same judgment
    as a big page and as a small one differed in every numbered paragraph."""
    simple = [line for line in html_to_text(body, page=True).split("\n") if line.strip()]
    extracted = _read(tmp_path, body)[1:]  # (after the headline)
    assert simple == [line.removeprefix("- ") for line in extracted]
    if body == NOTES:
        assert simple == [
            "1. The limitation period expired in 2019[3] and the claim was issued late; see"
            " also [*] and the 54 m2 flat, the 1st floor[4].",
            "[3] Limitation Act 1980, section 2.",
            "[*] Practice Direction 7A.",
            "3. A note not referred to.",
        ]
