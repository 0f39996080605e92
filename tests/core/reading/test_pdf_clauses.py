"""A bill's clauses in a PDF: each clause is a paragraph, also when its last line is full.

The PDF reader joins a page's lines into paragraphs; a line nearly as wide as the widest ran
on into the next, and a clause "(a) … are met;" whose last line was full took "(b) …" into
its paragraph ("12 joined" against the same bill saved from Word, and with Ignore numbering
a change that read "b → b").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.reading.samples import make_pdf
from wirediff.core.reading import read_document
from wirediff.core.reading.pdf import reflowed

# Each line about 60 characters: every one of them counts as a full line of the page.
BILL = [
    "(1) The minister shall notify any permit granted under this",
    "Part after consulting the persons likely to be affected and",
    "within thirty days, and the operator of the installation must:",  # (Latin-1 font)
    "(a) publish the results of continuous monitoring at each stack",
    "where the conditions in section 34 of this Act are fully met;",
    "(b) review the data referred to in the monitoring plan at least",
    "once in every calendar year and after every incident; and",
    "(c) keep records of the financial guarantee lodged by the one.",
    "(2) The Authority may impose conditions on a permit as it sees",
    "fit, provided that the conditions are those set out in section",
    "(2) of this Act and in the regulations made under section 12.",
]


def test_a_bill_in_a_pdf_reads_a_clause_per_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "bill.pdf"
    path.write_bytes(make_pdf([BILL]))
    assert read_document(path).text.split("\n\n") == [
        " ".join(BILL[0:3]),
        " ".join(BILL[3:5]),
        " ".join(BILL[5:7]),
        BILL[7],
        # "section" then "(2) of this Act": one sentence, not a clause
        " ".join(BILL[8:11]),
    ]


WIDE = "The operator shall keep the following records for five years"  # a full line


@pytest.mark.parametrize(
    ("end", "label"),
    [
        ("are met;", "(b) review"),
        ("are met; and", "(ii) review"),
        ("are met; or", "(c) review"),
        ("as follows:", "2. Review"),
        ("as follows—", "3) Review"),
        ("as follows –", "(A) Review"),
        ("are met.", "(4) The minister"),
    ],
)
def test_a_label_after_a_clause_end_opens_a_paragraph(end: str, label: str) -> None:
    first = f"{WIDE[: 60 - len(end)]} {end}"
    page = "\n".join([WIDE, first, f"{label} the data held at least once a year and", WIDE])
    paragraphs = reflowed(page).split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith(label)


@pytest.mark.parametrize(
    ("end", "after"),
    [
        ("as provided in section", "(2) of this Act, the Authority"),  # mid-sentence
        ("as provided in Article 5,", "(b) of the Treaty, the Authority"),
        ("are met;", "(b)review the data"),  # a label is followed by a space
        ("are met;", "2.5 million tonnes of the"),  # a figure, no label
    ],
)
def test_prose_around_labels_stays_joined(end: str, after: str) -> None:
    first = f"{WIDE[: 60 - len(end)]} {end}"
    page = "\n".join([WIDE, first, f"{after} holds the data once a year and", WIDE])
    assert "\n\n" not in reflowed(page)
