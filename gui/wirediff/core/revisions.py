"""Revision numbers that a writer put in file names: ``report_v1.txt``, ``report_v2.txt``,
``chapter-rev3.md``, ``Draft 2.docx``. Undated, two such versions of one story were told
apart by their text alone, and a revision that cut a chapter became the base of the draft
it was cut from ("+893 words" read backwards). Only names that are the same but for the
number (and the file's type: ``bill_v2.txt`` and ``bill_v3.pdf`` are one series, a draft
saved as a PDF) count: ``report_v2`` and ``notes_v1`` say nothing of each other.

When every version of a story is numbered so (``whole_series``), the numbers are its order,
before any date: a draft's dates are its files' (a Word file's "created" kept through every
"Save as", a PDF's day of export), and five drafts of a bill were listed v5, v1, v4, v3, v2,
v5 the base.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from wirediff.core.document import Document
from wirediff.core.reading.dates import date_from_file_name

_REVISION = re.compile(
    r"(?i)(?<![^\W_])(?:v|ver|version|rev|revision|draft|edition)[\W_]?(\d{1,4})(?!\d)"
)


def _numbered(name: str) -> tuple[str, int] | None:
    """The name without its revision number, and the number; None without one."""
    every = list(_REVISION.finditer(name))
    if not every:
        return None
    found = every[-1]  # the last: "v2_draft3" is the third draft of v2
    return (name[: found.start(1)] + "#" + name[found.end(1) :]).casefold(), int(found[1])


def revision_numbers(docs: Sequence[int], documents: Sequence[Document]) -> dict[int, int]:
    """The revision number of each of ``docs`` whose name is another's but for that number
    (and of no other such series among ``docs``: two series give no order); without such a
    series, the years their names give when each gives one (``name_years``)."""
    return name_series(docs, documents) or name_years(docs, documents)


BY_NAME_NUMBERS = "by the numbers in their names"
BY_NAME_YEARS = "by the years in their names"


def named_first(first: int, then: int, documents: Sequence[Document]) -> str:
    """How the names of two versions put ``first`` before ``then``, said as the relation
    sentence says it ("which came first by the numbers in their names", "… by the years
    in their names"): the numbers ``revision_numbers`` gives them, years when those are
    the years ``name_years`` gives; "" when the names give no such order, or the other.
    Undated, rev05 of a numbered chain was "Trimmed copy of heap_rev04.txt, which came
    first by the numbers in their names" on the banner, and "in the list's order
    (undated: which came first is not known)" on the status line (a revision
    researcher's walkthrough)."""
    both = [first, then]
    numbers = revision_numbers(both, documents)
    if len(numbers) != 2 or numbers[first] >= numbers[then]:
        return ""
    return BY_NAME_YEARS if name_years(both, documents) == numbers else BY_NAME_NUMBERS


# A year standing alone in a name, between separators ("novel_1st_1850", "Elegy (1842)"):
# not a part of a number, of a date, or a name that is nothing else ("1850.txt" is an id);
# not a length ("story-2000-words"), a photo's number ("IMG_1861"), a year to come.
_YEAR = re.compile(r"(?<![^\W_])(1[4-9]\d\d|20\d\d)(?![^\W_])")
_UNIT_AFTER = re.compile(r"[\W_]*(?:words?|wds|w|chars?|characters|pages?|pp?|px|kb?|mb)\b", re.I)
_ID_BEFORE = re.compile(r"(?:img|dsc|dscn|dcim|pic|photo|page|p|no|id|nr|#)[\W_]*$", re.I)


def name_years(docs: Sequence[int], documents: Sequence[Document]) -> dict[int, int]:
    """The year each of ``docs``' names gives, when every one gives one, and not all the
    same: an edition's, a witness's ("novel_1st_1850.txt", "novel_revised_1862.txt").
    Undated, the later edition was the base, its new preface shown as cut and "today →
    to-day" read backwards (a literary scholar's folders). The order of undated versions
    only: a date, or a revision number, goes first."""
    this_year = date.today().year
    years: dict[int, int] = {}
    for doc in docs:
        stem = documents[doc].path.stem
        found = [
            m
            for m in _YEAR.finditer(stem)
            if 1450 <= int(m[1]) <= this_year
            and not _UNIT_AFTER.match(stem, m.end())
            and not _ID_BEFORE.search(stem, 0, m.start())
        ]
        if len(found) != 1 or stem == found[0][1] or date_from_file_name(documents[doc].path.name):
            return {}
        years[doc] = int(found[0][1])
    return years if len(set(years.values())) > 1 else {}


def name_series(docs: Sequence[int], documents: Sequence[Document]) -> dict[int, int]:
    """``revision_numbers`` of the revision numbers proper: of the one series of ``docs``
    their names number (``report_v1``, ``report_v2``), each one's number; {} when none or
    two."""
    series: dict[str, dict[int, int]] = {}
    for doc in docs:
        found = _numbered(documents[doc].path.stem)
        if found is not None:
            series.setdefault(found[0], {})[doc] = found[1]
    numbered = [s for s in series.values() if len(set(s.values())) > 1]
    return numbered[0] if len(numbered) == 1 else {}


def whole_series(docs: Sequence[int], documents: Sequence[Document]) -> dict[int, int]:
    """The revision numbers of ``docs`` when they are all one series, each its own number
    (``revision_numbers``), else a wire story's takes (``wire_updates``), else {}."""
    numbers = name_series(docs, documents)
    whole = len(numbers) == len(docs) > 1 and len(set(numbers.values())) == len(docs)
    return numbers if whole else wire_updates(docs, documents)


# An agency's update, its number before its headline: "UPDATE 2-Chile earthquake death toll
# rises to 17", "REFILE-UPDATE 1-…", "CORRECTED-UPDATE 3:…"
UPDATE_MARKER = re.compile(
    r"(?i)\s*(?:(?:refile|corrected|correcting|recasts?|wrapup)[-\s]+)*update\s*(\d{1,2})\s*[-–—:]"
)


def wire_updates(docs: Sequence[int], documents: Sequence[Document]) -> dict[int, int]:
    """Of a wire story's takes, each one's number: an "UPDATE n-" headline's n, the first
    take (no such headline) 0 — when one of them is an update and no two share a number,
    else {}. Undated, an agency's flash and its two updates were ordered by their text,
    UPDATE 1 the base, and the flash "Edited version … figures changed: nine people → four
    people" (a grouping probe)."""
    numbers = {}
    for doc in docs:
        document = documents[doc]
        first = next((line for line in document.text.split("\n", 5) if line.strip()), "")
        found = UPDATE_MARKER.match(document.title) or UPDATE_MARKER.match(first)
        numbers[doc] = int(found[1]) if found else 0
    ordered = len(docs) > 1 and len(set(numbers.values())) == len(docs)
    return numbers if ordered and any(numbers.values()) else {}
