"""A judgment's PDF reads as its text: no running foot, its footnotes after the text, its
numbered paragraphs whole, its margin's line numbers left out (a court reporter's
walkthrough, comparing a draft judgment with the approved one).

The pages are drawn run by run where a word processor sets them, each run where it stands
on the page: the layout, not the writer, is what the reader must read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.reading.bombs import pdf_pages
from wirediff.core.reading import read_document

Run = tuple[float, float, float, str]  # x, y, font size, text


def _runs(runs: list[Run]) -> bytes:
    """A page's drawing instructions: each run set on its own."""
    return " ".join(f"BT /F1 {z} Tf 1 0 0 1 {x} {y} Tm ({t}) Tj ET" for x, y, z, t in runs).encode()


def _body(lines: list[str], top: float = 720, x: float = 72) -> list[Run]:
    """Lines of prose in 10 points, 14 points apart, from ``top`` down."""
    return [(x, top - 14 * n, 10, line) for n, line in enumerate(lines)]


# A paragraph of lines of one width, cut by a page break inside a word ("statut-" "ory")
FIRST = [
    "The appellant argued that the procedural requirements of the",
    "section were mandatory, and that the notice served on him was",
    "defective in form, so that the tribunal had no jurisdiction to",
    "hear the claim at all; the respondent relied on the statut-",
]
SECOND = [
    "ory scheme as a whole, read in its context and in the light of",
    "the authorities cited, and submitted that a defect of form was",
    "not fatal to the claim where no prejudice had been shown by it.",
]
THIRD = [
    "We accept the submission of the respondent for the reasons we",
    "give below, and the appeal on this ground is dismissed; we turn",
    "then to the second ground, which concerns the costs of the case.",
]
JOINED = " ".join([*FIRST[:3], FIRST[3][:-1] + SECOND[0], *SECOND[1:]])


def _judgment(foot: str, foot_first: bool, pages: list[list[str]]) -> bytes:
    """A judgment's pages: a running head, the body, and a running foot with the page's
    number at its right, drawn before the body or after it."""
    contents = []
    for n, lines in enumerate(pages):
        head: list[Run] = [(200, 770, 8, "Approved Judgment")]
        footer: list[Run] = [(72, 40, 8, foot), (480, 40, 8, f"Page {n + 1} of {len(pages)}")]
        body = _body(lines)
        contents.append(_runs(head + footer + body if foot_first else head + body + footer))
    return pdf_pages(contents)


@pytest.mark.parametrize("foot_first", [False, True])
def test_a_running_foot_is_left_out(tmp_path: Path, foot_first: bool) -> None:
    """The foot, "Handed down 2 June 2023" beside "Page 2 of 3", was read at every page
    break, between a paragraph's halves: the paragraph was not joined back, nor the word
    the page broke, "statut- Handed down 2 June 2023 ory", and each page break after an
    inserted sentence was a change (272 changes for 8 edits)."""
    path = tmp_path / "judgment.pdf"
    path.write_bytes(_judgment("Handed down 2 June 2023", foot_first, [FIRST, SECOND, THIRD]))
    assert read_document(path).text == f"{JOINED}\n\n{' '.join(THIRD)}"


def test_a_last_line_on_few_pages_is_no_running_foot(tmp_path: Path) -> None:
    """A line that ends one page of three is the text's, whatever it says."""
    path = tmp_path / "judgment.pdf"
    pages = [[*FIRST[:3], "Handed down 2 June 2023"], SECOND, THIRD]
    path.write_bytes(pdf_pages([_runs(_body(lines)) for lines in pages]))
    assert "Handed down 2 June 2023" in read_document(path).text
