"""Versions whose titles read alike, told apart by their file names.

Drafts of a bill, a report's revisions: every version has one title ("Clean Air and
Industrial Emissi…" five times over), and the file name is what tells them apart
(``CleanAirBill_v1.docx`` … ``_v5.docx``). The list's File column gives way first when room
is short, and cut in its middle read "CleanA…1.docx". So the title cell of such a version
ends in what tells its file name from the others' ("Clean Air and Indus… · v2.txt") while
the File column is not shown, and the File column, when a name does not fit, keeps that part
("…v2.txt"). Only the drawing changes: the cell's text (sort, filter, copy, a screen
reader) is the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirediff.core.document import Document
from wirediff.ui.common.text import shared_start

TITLE_ALIKE = 32  # two titles whose first characters (this many, case aside) are the same,
# from one outlet (or none), read alike in the list: it shows about as many of a title
SEPARATORS = frozenset("_-. ()[]")  # where the shared start of file names is cut back to


def _shared_start(names: Sequence[str]) -> int:
    """How many characters every one of ``names`` starts with, cut back to just after a
    separator (the part left keeps its word: "v1.docx", "rev0.docx", not "1.docx"), or to
    a letter after a digit (a capture's time, "T0915.html": "20260312T0915.html" was cut
    to "20260312…", the day every capture shares)."""
    start = shared_start(names)
    n = len(start)
    while n > 0 and start[n - 1] not in SEPARATORS:
        if n >= 2 and start[n - 1].isalpha() and start[n - 2].isdigit():
            return n - 1
        n -= 1
    return n


def apart(
    documents: Sequence[Document], versions: Sequence[int], titles: bool = True
) -> dict[int, str]:
    """The versions (document indices) of one story whose titles read alike, each with what
    tells its file name from those of the versions it is alike with: the name without the
    start it shares with the name most like it, when it shares one (drafts:
    "CleanAirBill_v1.docx"…). ``titles`` False: those of one outlet, whatever their titles
    (the story panel names a version by its outlet: a wire's three takes of UPDATE 2 read
    "Reuters · reuters…ate2.txt" three times, a desk's walkthrough)."""
    alike: dict[tuple[str, str], list[int]] = {}
    for doc in versions:
        document = documents[doc]
        title = _title_key(document) if titles else ""
        alike.setdefault((document.source.casefold(), title), []).append(doc)
    told: dict[int, str] = {}
    for docs in alike.values():
        names = sorted({documents[doc].name for doc in docs})
        cuts: dict[str, int] = {}
        for at, name in enumerate(names):
            # Of each, what its name does not share with the one most like it — one of its
            # neighbours in sorted order (every pair was tried: 20 s for 2,000 captures of
            # a live page; a review): drafts "bank_02_edit.txt" and "bank_02_edit_FINAL.txt"
            # beside "bank_01_wire.txt" were "02_edit.txt" and "02_edit_FINAL.txt", cut alike
            # to "02_e….txt". (Not a name alike in nothing with the others, a wire's file and
            # a paper's, "reuters_…", "pacificherald_…": the part shown the whole name, cut to
            # "re…xt" beside a title cut to "Norw…", a re-check; nor the same name in two
            # folders, which nothing tells apart.)
            near = names[max(at - 1, 0) : at] + names[at + 1 : at + 2]
            cuts[name] = max((_shared_start([name, other]) for other in near), default=0)
        parts = {doc: documents[doc].name[cuts[documents[doc].name] :] for doc in docs}
        shown = _capture_times([p for p in parts.values() if p], names)
        for doc in docs:
            name = documents[doc].name
            if cuts[name]:
                told[doc] = shown.get(parts[doc]) or parts[doc] or name
    return told


def _title_key(document: Document) -> str:
    """What of ``document``'s title the list shows about as much of (spaces and case aside)."""
    return " ".join((document.title or document.name).split()).casefold()[:TITLE_ALIKE]


def outlets_apart(documents: Sequence[Document], versions: Sequence[int]) -> dict[int, str]:
    """The versions (document indices) of one story whose titles read alike though their
    outlets differ, each with its outlet ("" for a version with none): with the Outlet
    column not shown (it gave way at 200%, or unticked) a Reuters report and AP's edit of
    it read "Floods force thousa…" twice, nothing telling which was whose, and ``apart``
    tells apart only versions of one outlet (a keyboard-only, 200% walkthrough)."""
    alike: dict[str, list[int]] = {}
    for doc in versions:
        alike.setdefault(_title_key(documents[doc]), []).append(doc)
    told: dict[int, str] = {}
    for docs in alike.values():
        if len({" ".join(documents[doc].source.split()).casefold() for doc in docs}) > 1:
            told.update({doc: " ".join(documents[doc].source.split()) for doc in docs})
    return told


def _capture_times(parts: Sequence[str], names: Sequence[str]) -> dict[str, str]:
    """Each part of a name that is a capture's time (``_capture_time``) as said: "1 Dec
    16:00", or with its year and seconds when two of them would read alike (captures a few
    seconds apart, or a year apart: a review); none when even those do."""
    for whole in (False, True):
        said = {part: _capture_time(part, names, whole) for part in parts}
        said = {part: label for part, label in said.items() if label}
        if len(set(said.values())) == len(said):
            return said
    return {}


# A Wayback Machine capture's time in its file's name, "web.archive.org_web_20261201160000_
# westshire-herald.co.uk_news_millbrook-derailment.html": the part after the start the
# captures share read "20261201…" in every row (a Wikipedia editor's walkthrough)
_STAMP = re.compile(r"(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?(?=[_.-])")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _capture_time(part: str, names: Sequence[str], whole: bool = False) -> str:
    """ "1 Dec 16:00" for a ``part`` of a name that opens with a time stamp of digits
    (YYYYMMDDhhmm, seconds or not) followed by what every one of ``names`` ends with
    (``whole``: "1 Dec 2026 16:00:05"); "" for any other part."""
    found = _STAMP.match(part)
    if found is None or not all(name.endswith(part[found.end() :]) for name in names):
        return ""
    year, month, day, hour, minute, seconds = found.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31 and int(hour) < 24 and int(minute) < 60):
        return ""
    if whole:
        return f"{int(day)} {_MONTHS[int(month) - 1]} {year} {hour}:{minute}:{seconds or '00'}"
    return f"{int(day)} {_MONTHS[int(month) - 1]} {hour}:{minute}"
