"""The zone a folder's times that give none are read in (``Document.desk_zone``).

A time that gives no zone (a file name's "efe_20261205_1015", a dateline's day and time)
is a desk's clock. Beside times that give theirs, it was read as their clocks read
(``document.earlier_time``): right while they give one zone ("16:20+03:00" among Moscow
files named 14:05), wrong when they give several: an agency's takes named by Madrid's
time beside pages of Madrid, Buenos Aires and Mexico, Mexico's copy of 09:05 (16:05 in
Madrid) became the source of the 10:15 take it was made from (a fact-checker's
walkthrough). So, when a folder's zoned times give offsets more than an hour apart (not
one zone's winter and summer), a document's times that give none are read:

- in its outlet's zone, when the outlet's other documents give one, on the nearest day
  they do (a site's captures, named by its own clock) — not a news agency's: a page
  crediting one is taken for its text as often, and a Los Angeles station's copy made
  Reuters' London file names Los Angeles' (an English standards editor's walkthrough);
  nor UTC, which feeds and APIs write any outlet's times in;
- else in the zone the folder's other documents in its language give, when that is a
  language of one zone (``_ONE_ZONE``: Hebrew, Greek, Persian…, not English, Spanish,
  Arabic or Yiddish) and they give one: on a computer whose clock reads UTC, a Greek agency's take
  named 14:45 came after in.gr's copy of 15:02+02:00, and Ynet's 23:41 after Haaretz's
  00:15+02:00, which became the Hebrew story's base "(it is dated later)" (a re-check of
  the Greek and the Hebrew and Persian desks' walkthroughs);
- else in the desk's zone, when it says one (``--zone Europe/Athens``, Options ▸ Times
  without a zone: ``desk_clock``), else in the computer's (``LOCAL_ZONE``), as the desk's
  own files are named — not one page's zone for all: a Mozambican page named by its own
  time made every Lisbon and Brasília file name Maputo's (a Portuguese desk's
  walkthrough). A desk whose computer's clock reads UTC (a server, a VM, a correspondent's
  laptop left on home time) had no way to say its files are named by Athens' clock, and
  ANA-MPA's takes and Ynet's items went out of order (the Greek and the Hebrew desks'
  walkthroughs).

A desk that names its zone has its times that give none read so whatever the spread of
the folder's: a folder whose zoned times agree within the hour was read as their clocks
read, so a Jerusalem desk's file name of 14:45 (12:45 UTC) came before Hürriyet's page of
15:30+03:00 (12:30 UTC), whatever ``--zone Asia/Jerusalem`` said (a re-check of the Hebrew
and Greek desks' walkthroughs). Its documents carry the zone it named
(``Document.desk_clock``): a time is shown with its offset where that is not the desk's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from wirediff.core.document import DESK_ZONE, LOCAL_ZONE, Document, offset_minutes, offset_of
from wirediff.core.reading.outlets import is_agency
from wirediff.core.scripts import language, writing

# How many of a folder's files give each offset, each outlet's days and offsets, and each
# language's (of one zone: ``_ONE_ZONE``)
ZoneTally = tuple[
    dict[str, int], dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]
]
_SUMMER_MINUTES = 60  # offsets this far apart are one zone's winter and summer as often
# Languages (or scripts) written in one zone, or in neighbours' within an hour of it: Israel's
# Hebrew, Greece's and Cyprus's Greek, Iran's and Afghanistan's Persian, Georgian,
# Armenian, Thai, Korean, Japanese; Chinese (China, Taiwan, Hong Kong, Singapore: +08:00).
# Not English, Spanish, French, Russian or Arabic: written from one end of the world's
# zones to the other; nor Yiddish, in Hebrew's script but written in New York as much as in
# Israel (``language`` tells it: a Forverts text was read at +02:00, a review).
_ONE_ZONE = frozenset("Hebrew Greek Persian Georgian Armenian Thai Hangul Japanese Han".split())


def _tongue(doc: Document) -> str:
    """The language (or script) of ``doc``'s text when it is one of ``_ONE_ZONE``, else ""
    (Yiddish's "Hebrew" script is no Hebrew)."""
    found = language(doc.text) or writing(doc.text)
    return found if found in _ONE_ZONE else ""


def zone_tally(documents: Sequence[Document]) -> ZoneTally:
    """The offsets ``documents`` give, counted by file, and each outlet's, with their days
    (tallies of parts of a folder add up: ``add_tallies``)."""
    files: dict[str, set[object]] = {}
    outlets: dict[str, list[tuple[str, str]]] = {}
    tongues: dict[str, list[tuple[str, str]]] = {}
    for doc in documents:
        when = doc.published if offset_of(doc.published) else doc.captured
        zone = offset_of(when)
        if not zone:
            continue
        files.setdefault(zone, set()).add(doc.file)
        # (nor UTC's, which feeds and APIs write any outlet's time in: a Guardian feed's
        # "Z" made a New York desk's Guardian captures London's — a review; and Word's
        # properties any document's: a Greek Philenews .docx gave "Z")
        if zone == "+00:00":
            continue
        if doc.source and not is_agency(doc.source):
            outlets.setdefault(doc.source, []).append((when[:10], zone))
        tongue = _tongue(doc)
        if tongue:
            tongues.setdefault(tongue, []).append((when[:10], zone))
    return {zone: len(found) for zone, found in files.items()}, outlets, tongues


def add_tallies(tallies: Iterable[ZoneTally]) -> ZoneTally:
    """The ``zone_tally`` of parts of a folder together."""
    files: dict[str, int] = {}
    outlets: dict[str, list[tuple[str, str]]] = {}
    tongues: dict[str, list[tuple[str, str]]] = {}
    for part_files, part_outlets, part_tongues in tallies:
        for zone, n in part_files.items():
            files[zone] = files.get(zone, 0) + n
        for outlet, found in part_outlets.items():
            outlets.setdefault(outlet, []).extend(found)
        for tongue, found in part_tongues.items():
            tongues.setdefault(tongue, []).extend(found)
    return files, outlets, tongues


def _spread(zones: Iterable[str]) -> int:
    """How far apart the furthest two of ``zones`` are, in minutes (0 for one or none)."""
    found = [offset_minutes(zone) for zone in zones]
    return max(found) - min(found) if found else 0


Zones = dict[str, list[tuple[str, str]]]  # each outlet's (language's) days and offsets, in order
OutletZones = tuple[Zones, Zones]  # the outlets' and the languages'


def desk_zones(tally: ZoneTally, clock: str = LOCAL_ZONE) -> OutletZones | None:
    """The outlets, and the languages of ``_ONE_ZONE``, whose documents give offsets within
    an hour of each other (one zone, winter and summer), with their days and offsets; None
    when the folder's times need no zone: its offsets within an hour of each other and the
    desk naming no zone (``clock``: ``desk_clock``'s; read as their clocks read)."""
    files, outlets, tongues = tally
    if _spread(files) <= _SUMMER_MINUTES and clock == LOCAL_ZONE:
        return None
    return _one_zone(outlets), _one_zone(tongues)


def _one_zone(zones: Zones) -> Zones:
    return {
        name: sorted(found)
        for name, found in zones.items()
        if _spread(zone for _day, zone in found) <= _SUMMER_MINUTES
    }


def desk_zone(doc: Document, zones: OutletZones | None, clock: str = LOCAL_ZONE) -> str:
    """``doc``'s ``Document.desk_zone`` in a folder of ``desk_zones``: its outlet's offset
    on the nearest day its outlet gives one (summer time, or winter's: an El País file
    name of 30 March was read at +01:00, its winter's — a review), else its language's,
    with the language's name ("+02:00 Hebrew"), else the desk's ``clock`` (``desk_clock``'s:
    "desk:Europe/Athens"), else ``LOCAL_ZONE``."""
    if zones is None:
        return ""
    outlets, tongues = zones
    found = outlets.get(doc.source)
    if found:
        return _nearest(doc, found)
    tongue = _tongue(doc) if tongues else ""
    if tongue in tongues:
        return f"{_nearest(doc, tongues[tongue])} {tongue}"
    return LOCAL_ZONE if clock == LOCAL_ZONE else DESK_ZONE + clock


def _nearest(doc: Document, found: list[tuple[str, str]]) -> str:
    """The offset of ``found`` (days and offsets, in order) on the day nearest ``doc``'s."""
    day = (doc.published or doc.captured)[:10]
    if not day:
        return found[0][1]
    at = bisect_left(found, (day, ""))
    near = found[max(0, at - 1) : at + 1]
    return min(near, key=lambda entry: _days_apart(entry[0], day))[1]


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 1 << 30


def with_desk_zone(
    documents: list[Document], tally: ZoneTally | None = None, clock: str = LOCAL_ZONE
) -> list[Document]:
    """``documents`` given their ``Document.desk_zone`` and ``Document.desk_clock``
    (their times as they were); ``tally``: the whole folder's, when ``documents`` are a
    part of it; ``clock``: the zone the desk's files are named in (``desk_clock``'s),
    ``LOCAL_ZONE`` the computer's."""
    zones = desk_zones(zone_tally(documents) if tally is None else tally, clock)
    said = "" if clock == LOCAL_ZONE else clock
    found = []
    for doc in documents:
        zone = desk_zone(doc, zones, clock)
        same = doc.desk_zone == zone and doc.desk_clock == said
        found.append(doc if same else replace(doc, desk_zone=zone, desk_clock=said))
    return found


# A UTC offset a desk's zone may be given as: "+02:00", "+0200", "+2", "−05:00" (a
# typographic minus, as the app's tooltips write it)
_OFFSET = re.compile(r"([+-])(\d\d?)(?::?(\d\d))?")
_MAX_OFFSET = 14 * 60  # Kiribati's +14:00, the furthest from UTC any clock reads


def desk_clock(name: str) -> str:
    """The zone a desk named (``--zone``, Options ▸ Times without a zone) as
    ``with_desk_zone`` takes it: ``LOCAL_ZONE`` for "local" (or nothing), an IANA name as
    the zone database spells it ("europe/athens" is Europe/Athens: a zone's file name is
    found whatever its case on Windows and macOS, not on Linux), or an offset "+HH:MM".
    Raises ValueError naming ``name`` when it is none of those, with the zone it is
    likely a misspelling of."""
    given = name.strip()
    if given.casefold() in ("", LOCAL_ZONE):
        return LOCAL_ZONE
    offset = _OFFSET.fullmatch(given.replace("\u2212", "-"))
    if offset is not None:
        sign, hours, minutes = offset.groups()
        if int(hours) * 60 + int(minutes or 0) <= _MAX_OFFSET and int(minutes or 0) < 60:
            return f"{sign}{int(hours):02d}:{minutes or '00'}"
        raise ValueError(f"{name!r} is no UTC offset: offsets go from -14:00 to +14:00")
    from difflib import get_close_matches  # (a zone's name given: not at every start)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    known = _zone_names()
    if given.casefold() in known:
        return known[given.casefold()]
    try:
        return ZoneInfo(given).key  # (one the list leaves out: "posixrules")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    near = get_close_matches(given.casefold(), known, n=1)
    hint = f" (did you mean {known[near[0]]}?)" if near else ""
    raise ValueError(
        f"unknown time zone {name!r}{hint}: give a name of the time zone database such as "
        "Europe/Athens, a UTC offset such as +02:00, or local (this computer's zone)"
    )


@cache
def _zone_names() -> dict[str, str]:
    """The zone database's names, by their case-folded spelling."""
    from zoneinfo import available_timezones

    return {zone.casefold(): zone for zone in available_timezones()}


def clock_name(clock: str) -> str:
    """A ``desk_clock`` as a message names it: "this computer's zone", "Europe/Athens",
    "UTC+02:00" (with a typographic minus, as the list's dates write it)."""
    if clock == LOCAL_ZONE:
        return "this computer's zone"
    return f"UTC{clock}".replace("-", "\u2212") if clock[:1] in "+-" else clock
