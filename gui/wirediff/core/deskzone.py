"""The zone a folder's times that give none are read in (``Document.desk_zone``).

A time that gives no zone (a file name's "efe_20261205_1015", a dateline's day and time)
is a desk's clock. Beside times that give theirs, it was read as their clocks read
(``document.earlier_time``): right while they give one zone ("16:20+03:00" among Moscow
files named 14:05), wrong when they give several: an agency's takes named by Madrid's
time beside pages of Madrid, Buenos Aires and Mexico, Mexico's copy of 09:05 (16:05 in
Madrid) became the source of the 10:15 take it was made from (a fact-checker's
walkthrough). So, when a folder's zoned times give offsets more than an hour apart (not
one zone's winter and summer), a document's times that give none are read:

- in its outlet's zone, when the outlet's other documents give one (a site's captures,
  named by its own clock) — not a news agency's: a page crediting one is taken for its
  text as often, and a Los Angeles station's copy made Reuters' London file names Los
  Angeles' (an English standards editor's walkthrough);
- else in the computer's zone (``LOCAL_ZONE``), as the desk's own files are named — not
  one page's zone for all: a Mozambican page named by its own time made every Lisbon and
  Brasília file name Maputo's (a Portuguese desk's walkthrough).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from wirediff.core.document import LOCAL_ZONE, Document, offset_minutes, offset_of
from wirediff.core.reading.outlets import is_agency

# How many of a folder's files give each offset, and of each outlet's
ZoneTally = tuple[dict[str, int], dict[str, dict[str, int]]]
_SUMMER_MINUTES = 60  # offsets this far apart are one zone's winter and summer as often


def zone_tally(documents: Sequence[Document]) -> ZoneTally:
    """The offsets ``documents`` give, counted by file, in all and by outlet (tallies of
    parts of a folder add up: ``add_tallies``)."""
    files: dict[str, set[object]] = {}
    outlets: dict[str, dict[str, int]] = {}
    for doc in documents:
        zone = offset_of(doc.published) or offset_of(doc.captured)
        if not zone:
            continue
        files.setdefault(zone, set()).add(doc.file)
        # (nor UTC's, which feeds and APIs write any outlet's time in: a Guardian feed's
        # "Z" made a New York desk's Guardian captures London's — a review)
        if doc.source and not is_agency(doc.source) and zone != "+00:00":
            by_zone = outlets.setdefault(doc.source, {})
            by_zone[zone] = by_zone.get(zone, 0) + 1
    return {zone: len(found) for zone, found in files.items()}, outlets


def add_tallies(tallies: Iterable[ZoneTally]) -> ZoneTally:
    """The ``zone_tally`` of parts of a folder together."""
    files: dict[str, int] = {}
    outlets: dict[str, dict[str, int]] = {}
    for part_files, part_outlets in tallies:
        for zone, n in part_files.items():
            files[zone] = files.get(zone, 0) + n
        for outlet, zones in part_outlets.items():
            by_zone = outlets.setdefault(outlet, {})
            for zone, n in zones.items():
                by_zone[zone] = by_zone.get(zone, 0) + n
    return files, outlets


def _spread(zones: Iterable[str]) -> int:
    """How far apart the furthest two of ``zones`` are, in minutes (0 for one or none)."""
    found = [offset_minutes(zone) for zone in zones]
    return max(found) - min(found) if found else 0


def desk_zones(tally: ZoneTally) -> dict[str, str] | None:
    """Each outlet's zone (its documents' commonest offset, when they give offsets within
    an hour of each other), or None when the folder's times need none (its offsets within
    an hour of each other: read as their clocks read)."""
    files, outlets = tally
    if _spread(files) <= _SUMMER_MINUTES:
        return None
    return {
        outlet: max(zones, key=lambda zone: zones[zone])
        for outlet, zones in outlets.items()
        if _spread(zones) <= _SUMMER_MINUTES
    }


def desk_zone(doc: Document, zones: dict[str, str] | None) -> str:
    """``doc``'s ``Document.desk_zone`` in a folder of ``desk_zones``."""
    if zones is None:
        return ""
    return zones.get(doc.source, LOCAL_ZONE)


def with_desk_zone(documents: list[Document], tally: ZoneTally | None = None) -> list[Document]:
    """``documents`` given their ``Document.desk_zone`` (their times as they were);
    ``tally``: the whole folder's, when ``documents`` are a part of it."""
    zones = desk_zones(zone_tally(documents) if tally is None else tally)
    found = []
    for doc in documents:
        zone = desk_zone(doc, zones)
        found.append(doc if doc.desk_zone == zone else replace(doc, desk_zone=zone))
    return found
