"""How documents are named and text is directed on screen and in reports (no Qt).

One place for the header of a document (outlet · date · file name) and for the direction of a
block of text, so the pair report, the story table and the window say the same thing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Literal

from wirediff.core.document import (
    FILE_TIME,
    LOCAL_ZONE,
    Document,
    clock_offset,
    offset_of,
    times_of,
)

Direction = Literal["ltr", "rtl"]

_SEPARATOR = " · "
# Where a document's date goes when it has no publication date (a file's modification time
# is not one): the list, the story view and the reports say the same.
UNDATED = "undated"
LRM, FSI, PDI = "\u200e", "\u2068", "\u2069"  # left-to-right mark, first-strong isolate


def short_date(date: str) -> str:
    """An ISO 8601 date or date-time as a reader wants it: ``2021-07-24`` or
    ``2021-07-24 10:05`` (seconds, fractions and time zone left out); other text as is."""
    day, sep, time = date.partition("T")
    if not sep:
        return date
    return f"{day} {time[:5]}" if len(time) >= 5 and time[2] == ":" else day


def shown_date(doc: Document) -> str:
    """A document's date as a reader sees it: its publication date (``Document.published``:
    from metadata, a dateline or the file name), shortened, or ``UNDATED`` — never the file's
    modification time, which says when a copy was saved."""
    return zoned_date(doc) or UNDATED


def published_time(doc: Document) -> str:
    """``doc``'s publication date (``Document.published``), with the time of day its date
    line gives when its date is a day alone (``Document.captured`` of that day: the time
    that orders the day's versions): "2026-12-03T14:30:00" of a take headed "03.12.2026,
    godz. 14:30". The list, the stories' outline and tables and the reports said
    "2026-12-03" for an agency's takes of 14:30 and 16:05 and a paper's copy of 15:10,
    ordered by times shown nowhere (a Central European agency monitor's and a Hebrew desk's
    walkthroughs); "" when undated."""
    published, captured = doc.published, doc.captured
    if len(published) == 10 and len(captured) > 10 and captured[:10] == published:
        return captured
    return published


def zoned_date(doc: Document) -> str:
    """``short_date`` of ``doc``'s publication date, with its zone when its folder's
    times give several (``Document.desk_zone``) and that is not the desk's that day
    (``Document.desk_clock``, else the computer's): "2026-12-05 09:05 (UTC−06:00)" — a
    Mexican copy of 16:05 Madrid time, listed after the 13:40 take, read "09:05" (a
    fact-checker's walkthrough). Not the computer's when the desk named its own: on a
    computer whose clock reads UTC, a Jerusalem desk (``--zone Asia/Jerusalem``) saw
    "(UTC+02:00)" at every Israeli time and its own file names' (a re-check of the Hebrew
    desks' walkthroughs)."""
    when = published_time(doc)
    shown = short_date(when)
    # (a time that gives none, read in its outlet's zone, with that zone too: "09:30" read
    # at UTC+01:00 stood after "13:40" with nothing said — a probe)
    published, captured = times_of(doc)
    placed = published if when == doc.published else captured
    zone = offset_of(placed)
    if not (zone and doc.desk_zone and len(shown) > 10):
        return shown
    if zone == clock_offset(placed, doc.desk_clock or LOCAL_ZONE):
        return shown
    return f"{shown} (UTC{zone.replace('-', '−')})"


def date_fields(doc: Document) -> dict[str, str]:
    """A document's date as the reports' JSON writes it (the evidence report, so Flags &
    notes' export, the story table and ``wirediff stories``): ``date`` the date found, ""
    for a file's time (the stories' table gave the time the files were saved where the app
    and the report said undated, and sorted by it put the agencies' originals after their
    copies: an agency-monitoring analyst's walkthrough), ``date_source`` where from ("file
    time": when a copy was saved, not when the text was written), ``published`` the date
    as ``shown_date`` shows it, unshortened, with its date line's time
    (``published_time``): "" where the list says ``UNDATED``; ``captured`` the time a
    capture's file name gives beside a date from elsewhere, or the date line's beside its
    day ("" when none: ``Document.captured``), which orders the versions of a chain (an
    archivist's chain report gave it nowhere); ``file_time`` the file's modification time
    when nothing else dates it, else ""."""
    return {
        "date": doc.published,
        "date_source": doc.date_source,
        "published": published_time(doc),
        "captured": doc.captured,
        "file_time": doc.date if doc.date_source == FILE_TIME else "",
    }


def doc_heading(doc: Document) -> str:
    """``outlet · date · file name``, leaving out what is unknown (the name is always
    there): the words that tell versions of one story apart, whose titles are the same. The
    date is the publication date (``Document.published``): a file's modification time says
    when a copy was saved, not when the text was written, and is left out."""
    return _SEPARATOR.join(heading_parts(doc, captured=True))


def heading_parts(doc: Document, captured: bool = False) -> list[str]:
    """What ``doc_heading`` joins: outlet, date, file name, the unknown left out;
    ``captured``: and the time its file was captured when that is another day than its
    date's ("captured 2026-12-06 08:00": two captures of one page, a quote changed in the
    second, were headed alike in the report a fact-checker would attach; a pane's heading
    has it in its tooltip, the date's)."""
    when = captured_said(doc) if captured else ""
    return [part for part in (doc.source, zoned_date(doc), when, doc.name) if part]


def captured_said(doc: Document) -> str:
    """ "captured 2026-12-06 08:00" when ``doc``'s capture time is another than its date's
    (to the minute), "captured 16:00" on its date's day when that gives a time too (a
    Wayback Machine's captures of one page on one day were headed alike, 07:05 each, its
    publication's: a Wikipedia editor's walkthrough); else ""."""
    captured, published = short_date(doc.captured), short_date(doc.published)
    if len(captured) <= 10 or not published or captured == published:
        return ""
    if captured[:10] == published[:10]:
        return f"captured {captured[11:]}" if len(published) > 10 else ""
    return f"captured {captured}"


def text_direction(text: str) -> Direction | None:
    """The direction of a block from its first strong character (the Unicode bidi rule P2):
    "rtl" for Arabic, Hebrew, Urdu..., "ltr" for Latin, Cyrillic...; None when the text has
    no strong character (digits, punctuation, emoji only)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def html_dir(text: str) -> str:
    """The ``dir`` attribute of an HTML block of ``text``: "rtl" when it opens with
    right-to-left text, else "auto". Browsers would find "rtl" from "auto" themselves, but
    Qt's rich text ignores "auto", so right-to-left blocks are told."""
    return "rtl" if text_direction(text) == "rtl" else "auto"


def isolated(text: str) -> str:
    """``text`` laid out in its own direction, whatever surrounds it: an Arabic title beside
    a date, or two Arabic sides of a change, would otherwise reorder what is around them
    ("٢٥ → ٢٦" drawn as "٢٦ → ٢٥", "الجزيرة · 2021-07-24" as "24-07-2021 · الجزيرة")."""
    return f"{FSI}{text}{PDI}" if text else ""


def in_order(parts: Sequence[str], separator: str) -> str:
    """``parts`` shown left to right in this order, each in its own direction (made safe for
    where they are shown before: ``one_line``, HTML escaping)."""
    return LRM + separator.join(isolated(p) for p in parts)


def telling_name(doc: Document, outlets: Mapping[str, int], name: str | None = None) -> str:
    """What names a version among others: its outlet, its file's name too when ``outlets``
    (how many of them each outlet names) says another shares it, its file's name when it
    has none. Papers running Reuters' copy credit Reuters: "Reuters", "Reuters" told none
    of them apart. ``name``: the file's name as shown (cut), if not whole."""
    return _SEPARATOR.join(telling_parts(doc, outlets, name))


def telling_parts(doc: Document, outlets: Mapping[str, int], name: str | None = None) -> list[str]:
    """What ``telling_name`` joins: [outlet], [outlet, file name] or [file name], for a
    line that lays each out in its own direction (``in_order``): "البيان · …1130.html"
    joined as one text was drawn "1130… · البيان.html", the outlet run into the file's
    name (an Arabic desk's walkthrough)."""
    name = doc.name if name is None else name
    if not doc.source:
        return [name]
    return [doc.source, name] if outlets.get(doc.source, 0) > 1 else [doc.source]
