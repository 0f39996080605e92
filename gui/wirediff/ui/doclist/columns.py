"""The document list's columns in one table: header, what a document's cell shows and sorts
by, alignment, width, tooltip, and whether the user may hide it. A new column is a new row
here."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from wirediff.core.counts import count, percent
from wirediff.core.deskzone import clock_name
from wirediff.core.display import published_time, short_date, shown_date
from wirediff.core.document import (
    DESK_ZONE,
    FILE_TIME,
    FIRST_PUBLISHED,
    LOCAL_ZONE,
    Document,
    instant,
    offset_of,
    times_of,
)
from wirediff.core.reading.dates import date_from_file_name
from wirediff.core.review import PairSummary
from wirediff.core.stories import Derivation

BASE_MARK, REVIEWED_MARK, FLAG_MARK = "◆", "✓", "⚑"
BESIDE_MARK = "◇"  # grouped: on the left but not its story's base (the version before, V)
# Sort order of the mark column (no mark: 3).
MARK_ORDER = {
    BASE_MARK: 0,
    BESIDE_MARK: 0,
    REVIEWED_MARK + FLAG_MARK: 1,
    REVIEWED_MARK: 1,
    FLAG_MARK: 2,
}
BESIDE_TIP = (
    "on the left side on screen: the version before the selected one (V steps along the "
    "versions; Shift+B goes back to the story's base, marked ◆)"
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header, and a document's cell from (document, word count)."""

    header: str
    text: Callable[[Document, int], str]
    sort: Callable[[Document, int], object]
    width: str | None = None  # text whose width it takes (in the list's font), None: stretch
    right: bool = False  # numbers are aligned right
    tip: str = ""  # the header's tooltip
    cell_tip: Callable[[Document, int], str] | None = None  # a cell's tooltip (plain text)
    hideable: bool = True  # listed in the header's menu of columns to show


def _title(doc: Document) -> str:
    return doc.title or doc.name


def _title_tip(doc: Document, words: int) -> str:
    return f"{doc.title}\n{doc.path}\n{count(words, 'word')} · {read_as(doc)}"


def read_as(doc: Document) -> str:
    """How a document's bytes were read ("read as windows-1251", "read as utf-8; 1 NUL byte
    read as �"): the encoding was shown nowhere, a translation's code pages unconfirmed."""
    return f"read as {doc.encoding}" if doc.encoding else "read"


def date_text(doc: Document) -> str:
    """The list's date of a document: its publication date, or ``UNDATED`` (sorts last)."""
    return shown_date(doc)


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_SHOWN = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?: (.+))?")


def this_year() -> int:
    """The year whose dates the Date column shows without it (the computer's clock)."""
    return datetime.date.today().year


def list_date(shown: str, year: int | None = None) -> tuple[str, str]:
    """How the Date column draws a date the list shows (``date_text``: "2026-12-07 16:08",
    "2024-12-03", "2026-12-05 09:05 (UTC−06:00)"): its day, its month by its name, and its
    year unless it is ``year`` (``this_year``), then its time and zone apart, drawn at the
    cell's right so that times line up: ("7 Dec", "16:08"), ("3 Dec 2024", ""). One form
    for every row: the column read "7 Dec 16:08" beside "2026-12-07" and "3 Dec 09:15"
    for a 2024 take, its year cut for want of room. Any other text (``UNDATED``, a group
    row's count) as it is, with no time."""
    found = _SHOWN.fullmatch(shown)
    month = int(found[2]) if found else 0
    if not found or not 1 <= month <= 12:
        return shown, ""
    which = int(found[1])
    day = f"{int(found[3])} {_MONTHS[month - 1]}"
    if which != (this_year() if year is None else year):
        day += f" {found[1]}"
    return day, found[4] or ""


def date_order(doc: Document) -> str:
    """A sort key: dated documents in time order, then the undated ones."""
    if not doc.published:
        return "1"
    if published_time(doc) != doc.published:  # (its date line's time: ``published_time``)
        return f"0{instant(times_of(doc)[1])}" if doc.desk_zone else f"0{doc.captured}"
    return f"0{instant(times_of(doc)[0])}" if doc.desk_zone else f"0{doc.published}"


_DATE_SOURCE = {
    "metadata": "from the file's metadata",
    "document": "from a dateline in the text",
    "file name": "from the file name",
}


def date_tip(doc: Document) -> str:
    """Where a document's date comes from, or why it has none; the zone a time that gives
    none is read in, when the folder's give several (a Portuguese desk could not tell
    which zone the list's order took its Lisbon and Brasília file names to be in)."""
    captured = ""
    if doc.captured:
        named = date_from_file_name(doc.file.name)
        # (a time its header gives was "the time in its file name": a walkthrough)
        where = "in its file name" if named[:16] == doc.captured[:16] else "its header gives"
        captured = f"\nCaptured {doc.captured} (the time {where})"
    captured += _read_in(doc) + _shown_in(doc)
    if doc.published:
        where = _DATE_SOURCE.get(doc.date_source, doc.date_source)
        first = doc.meta.get(FIRST_PUBLISHED, "")
        if first:  # a page's last revision: captures of it are dated by it, not by its first
            said = f"Revised {doc.published}, first published {first} ({where})"
        else:
            said = f"Published {doc.published} ({where})"
        return said + captured
    saved = f" The file was saved {short_date(doc.date)}, which says when a copy was made." * (
        doc.date_source == FILE_TIME and bool(doc.date)
    )
    return (
        "No publication date found in the file's metadata, its text or its name: listed after "
        "the dated versions." + saved
    )


def _read_in(doc: Document) -> str:
    """ "Its time, which gives no zone, is read in …" when it is (``Document.desk_zone``)."""
    given = (doc.published, doc.captured)
    placed = [new for new, was in zip(times_of(doc), given, strict=True) if new != was]
    if not doc.desk_zone or not placed:
        return ""
    zone = f"UTC{offset_of(placed[0])}".replace("-", "−")
    if doc.desk_zone == LOCAL_ZONE:
        whose = f"this computer's zone ({zone} that day)"
    elif doc.desk_zone.startswith(DESK_ZONE):  # (Options ▸ Times without a zone, --zone)
        name = doc.desk_zone.removeprefix(DESK_ZONE)
        said = zone if name[:1] in "+-" else f"{name}, {zone} that day"
        whose = f"the desk's zone ({said}, Options ▸ Times without a zone)"
    elif " " in doc.desk_zone:  # (its language's: "+02:00 Hebrew")
        tongue = doc.desk_zone.split(" ", 1)[1]
        whose = f"the zone ({zone}) this folder's other {tongue} documents give"
    else:
        whose = f"{doc.source}'s zone ({zone}, as its other documents give)"
    # (a desk that names its zone has times that give none read in one whatever the
    # folder's zones: ``deskzone``)
    why = "" if doc.desk_clock else ", as this folder's documents give several zones"
    return f"\nIts time gives no zone: read in {whose}{why}"


def _shown_in(doc: Document) -> str:
    """ "Shown with its zone, …" when the list's date gives one (``display.zoned_date``):
    what "(UTC+03:00)" is told apart from, the desk's zone or this computer's — a Jerusalem
    desk on a computer whose clock reads UTC could not tell (a re-check of the Hebrew
    desks' walkthroughs)."""
    shown = shown_date(doc)
    if not shown.endswith(")") or " (UTC" not in shown:
        return ""
    zone = shown.rsplit(" (", 1)[1].removesuffix(")")
    whose = f"the desk's ({clock_name(doc.desk_clock)})" if doc.desk_clock else "this computer's"
    return f"\nShown with its zone, {zone}, which is not {whose} that day"


# The one similarity figure of a pair, as the list, the changes panel and the story panel
# name it.
SIMILARITY_TIP = (
    "Similarity: the share of both texts' words that the aligned diff matches (2 × words in "
    "common ÷ the words of both), with the story's base (flat list: with the base); the "
    "changes panel and the story panel show the same figure. ≈: estimated from shared runs "
    "of five words, until the story's versions are compared word by word (select it). The "
    "estimate can be far off, mostly too low: a version with words changed all through it "
    "(an edited text, another translation) shares few runs of five words — ≈16% for a pair "
    "whose words match at 64%, ≈71% for 92%."
)

COLUMNS: tuple[Column, ...] = (
    Column(
        "",
        lambda _d, _w: "",
        lambda _d, _w: 3,
        width=REVIEWED_MARK + FLAG_MARK,
        hideable=False,
    ),
    Column(
        "Title",
        lambda d, _w: _title(d),
        lambda d, _w: _title(d).casefold(),
        cell_tip=_title_tip,
        hideable=False,
    ),
    Column(
        "Outlet", lambda d, _w: d.source, lambda d, _w: d.source.casefold(), width="Al Jazeera E"
    ),
    # (a class's essays all titled by the prompt were told apart by nothing in the list, the
    # student's name the Word file's author: a teacher's walkthrough)
    Column(
        "Author",
        lambda d, _w: d.byline,
        lambda d, _w: d.byline.casefold(),
        width="Amelia Clarke",
        tip="The author or byline the file gives (a Word or PDF file's author, a page's or a "
        "text's byline)",
    ),
    Column(
        "Date",
        lambda d, _w: date_text(d),
        lambda d, _w: date_order(d),
        width="00 May 0000",  # (until sized to its documents: ``fitting.widest_date``)
        tip="Publication date (from metadata, a dateline or the file name; a file's own time "
        "does not count). Versions of a story are listed in time order, undated ones last.",
        cell_tip=lambda d, _w: date_tip(d),
    ),
    Column(
        "File",
        lambda d, _w: d.name,
        lambda d, _w: d.name.casefold(),
        width="000_95eef2de6",
        cell_tip=lambda d, _w: f"{d.path}\n{read_as(d)}",
    ),
    Column("Words", lambda _d, w: f"{w:,}", lambda _d, w: w, width="00,000", right=True),
    Column(
        "Similarity",
        lambda _d, _w: "",  # filled from the story index (``similarity``)
        lambda _d, _w: -1.0,
        width="Similarity",
        right=True,
        tip=SIMILARITY_TIP,
    ),
    Column(
        "Level",
        lambda _d, _w: "",  # filled as the levels are measured (``DocumentList.set_levels``)
        lambda _d, _w: 9,
        width="rewrite",
        tip="How each version was made from its story's base: copy (verbatim, maybe "
        "trimmed or padded), edited (sentences kept with word changes), rewrite (some "
        "sentences reused, the rest new), independent (own words: in the story by its URL "
        "or by your correction). Measured for the stories on screen.",
    ),
)
MARK, TITLE, SOURCE, AUTHOR, DATE, FILE, WORDS, SIMILARITY, LEVEL = range(len(COLUMNS))
OUTLET = SOURCE
FILTERED = (TITLE, SOURCE, AUTHOR, DATE, FILE)  # the columns the list's filter looks at
LEVEL_ORDER = {level: rank for rank, level in enumerate(Derivation)}  # source first
# What the Level column says (the base: nothing, its Similarity cell says "base").
LEVEL_TEXT = {
    Derivation.SOURCE: "",
    Derivation.COPY: "copy",
    Derivation.EDITED: "edited",
    Derivation.REWRITE: "rewrite",
    Derivation.INDEPENDENT: "indep.",
}


def similarity_text(value: float | None, exact: bool = False) -> str:
    """85% (counted word by word, as in the changes panel) or ≈85% (estimated)."""
    return "" if value is None else ("" if exact else "≈") + percent(value)


def base_tip(grouped: bool) -> str:
    """The tooltip of a ◆."""
    return "the base of its story (the likely original)" if grouped else "base (left side)"


def review_mark(summary: PairSummary | None) -> tuple[str, str]:
    """The mark of a document whose pair with its left side has review state, and its tip."""
    if summary is None:
        return "", ""
    flagged = summary.flags or summary.notes
    mark = (REVIEWED_MARK if summary.reviewed else "") + (FLAG_MARK if flagged else "")
    parts = ["reviewed"] if summary.reviewed else []
    for n, noun in ((summary.flags, "flag"), (summary.notes, "note")):
        if n:
            parts.append(f"{n} {noun}{'s' * (n != 1)}")
    return mark, "Its pair with the left side: " + ", ".join(parts) if parts else ""
