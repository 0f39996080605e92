"""A clock time as a figure writes it, read once: "9:41 p.m.", "21:41", "09:41", "21.41
horas", "21 horas", "9.41pm", "10h30", "9 de la noche".

The comparison's figures read clocks with seven patterns, and two of them disagreed on what
an hour's zero meant: "9:41 p.m." against "09:41" was no figure changed (a zero marks a
24-hour clock: 09:41 is the morning), and "2 de la noche" was the same figure as both 02:00
and 14:00 (a review). ``clock`` reads one; ``half_alike`` says whether two are one time, one
with its half of the day dropped.
"""

from __future__ import annotations

import re

from wirediff.core.record import NamedTuple

# A clock's half of the day after its time, English's and Spanish's "a.m." and "p.m." ("p.
# m.", "PM"), Spanish's and Portuguese's "de la noche", "da tarde": "9:41 p.m." against a
# Mexican paper's "21:41 horas" was "figures changed: 9:41 → 21:41 horas", the same time (a
# Spanish/Portuguese desk's walkthrough). An hour alone takes the dotted forms only ("9
# p.m."; "9 am Montag" is German's "on").
_HALVES = (
    r"de[ \u00a0]la[ \u00a0](?:mañana|tarde|noche|madrugada)|del[ \u00a0]mediodía"
    r"|da[ \u00a0](?:manhã|tarde|noite|madrugada)"
)
MERIDIEM = re.compile(
    r"[ \u00a0\u202f]?(?:[ap]\.[ \u00a0]?m\.|(?P<bare>[ap]m)(?![^\W\d_])"
    rf"|(?:{_HALVES})(?![^\W\d_]))",
    re.IGNORECASE,
)
# The minutes after an hour, with a colon or a point ("9:41", "9.41pm")
_MINUTES = r"[:.][0-5]\d"
# The hour, or the hour and its minutes, a half of the day may follow (no figure's part:
# "1.5 p.m." is none)
CLOCK_BEFORE = re.compile(rf"(?<![\d.,:])(?:1[0-2]|0?\d)(?P<minutes>{_MINUTES})?$")
# "horas" after a clock's hour ("a las 21 horas")
_HORAS = r"[ \u00a0]horas(?![^\W\d_])"
# A clock time with its half of the day or "horas" in a text: a replacement of either is
# one of the time ("9:41 de la noche → 9:41 de la mañana", "9 p.m. → 9 horas" were no
# figure changed)
CLOCK_WHOLE = re.compile(
    rf"(?<![\d.,:])\d{{1,2}}(?:{_MINUTES})?(?:{MERIDIEM.pattern}|{_HORAS})", re.IGNORECASE
)

# A figure that starts with a clock time: its hour; its minutes after a colon, a point or a
# French "h" ("10h30", "15 h 30"); then its half of the day, or Spanish's and Portuguese's
# "horas" ("a las 21 horas", "21.41 horas": a Mexican paper's way)
_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})"
    r"(?:(?P<mark>[:.]|[\u00a0\u202f ]?[hH][\u00a0\u202f ]?)(?P<minute>[0-5]\d)(?!\d))?"
    rf"(?:(?P<half>{MERIDIEM.pattern})|(?P<horas>{_HORAS}))?",
    re.IGNORECASE,
)


class Clock(NamedTuple):
    """A clock time read from a figure (``clock``)."""

    hour: int  # (0–23 where ``is_24h``; else 1–12 as written)
    minute: int
    # Whether ``hour`` is the day's: a half of the day written ("9:41 p.m."), an hour's zero
    # ("09:41": a 24-hour clock, the morning), an hour past 12 or 0, a French "h", Spanish's
    # "horas". Else ("9:41") it may be either half's: English copy drops the half.
    is_24h: bool
    half: bool  # (its half of the day written)
    rest: str  # (what follows its minutes: ":30" of "9:41:30", " GMT")

    def value(self) -> str:
        """The time as a comparison's value: "21:41", "9:05:30"."""
        return f"{self.hour}:{self.minute:02d}{self.rest}"


def clock(figure: str) -> Clock | None:
    """The clock time ``figure`` starts with, or None (a number, "14 p.m.", "9.41%").

    A point's minutes ("9.41"), a French "h" ("10h30"), a half of the day ("9 p.m.") and
    "horas" ("21 horas", hours 0–24) are a clock's only when nothing follows; a colon's
    keep what follows ("09:41 GMT" is "9:41 GMT")."""
    found = _CLOCK.match(figure)
    if found is None or not (found["minute"] or found["half"] or found["horas"]):
        return None
    rest = figure[found.end() :]
    hour, minute = int(found["hour"]), int(found["minute"] or 0)
    mark = (found["mark"] or "").strip()
    if rest and (found["half"] or found["horas"] or mark in (".", "h", "H")):
        return None
    if found["half"]:
        if not 1 <= hour <= 12 or mark.casefold() == "h":
            return None
        return Clock(_in_24_hours(hour, found["half"]), minute, True, True, "")
    if (mark == "." and hour > 23) or (found["horas"] and hour > 24):
        return None
    zero = len(found["hour"]) == 2 and found["hour"][0] == "0"
    day_hour = zero or not 1 <= hour <= 12 or mark in ("h", "H") or found["horas"] is not None
    return Clock(hour, minute, day_hour, False, rest)


def _in_24_hours(hour: int, half: str) -> int:
    """An hour of 1–12 and its half of the day, in 24 hours: 9 p.m. is 21, 12 a.m. 0, 9 de
    la noche 21, 12 de la noche 0, and 2 de la noche 2 (Spanish's "las 2 de la noche" is
    the small hours, as "de la madrugada": the night's hours to 5 are the morning's)."""
    half = half.strip().casefold()
    if half[:1] == "p" or half.endswith("tarde"):
        return hour % 12 + 12
    if half.endswith(("noche", "noite")):
        return 0 if hour == 12 else hour if hour <= 5 else hour + 12
    if half[:1] == "a" or half.endswith("madrugada"):
        return hour % 12
    return hour  # ("del mediodía": as written)


def half_alike(a: str, b: str) -> bool:
    """Whether one of two figures is a clock time with its half of the day ("9:41 p.m.")
    and the other the same time with that half dropped, as English copy often writes it
    ("9:41"): a clock with nothing after it, its hour 1–12 with no zero ("09:41" is the
    morning's)."""
    one, two = clock(a), clock(b)
    if one is None or two is None:
        return False
    for said, bare in ((one, two), (two, one)):
        if said.half and not bare.is_24h and not bare.rest:
            return bare.hour == (said.hour % 12 or 12) and bare.minute == said.minute
    return False
