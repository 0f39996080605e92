"""Dates found in metadata fields or article headers, as ISO 8601 strings."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

# Month names and abbreviations, January = 1 ("sept" as well as "sep").
_MONTHS = {
    name: number
    for number, names in enumerate(
        "jan january|feb february|mar march|apr april|may|jun june|jul july|aug august|"
        "sep sept september|oct october|nov november|dec december".split("|"),
        1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_PATTERNS = (
    # July 24, 2021 / Jul. 24 2021
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    # 24 July 2021 / 24 Jul. 2021
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),
    # 2021-07-24 / 2021/07/24
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})\b"),
    # 24.07.2021 (day first, as written across Europe)
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
)


def find_date(text: str) -> str:
    """The first unambiguous calendar date written in ``text``, as ``YYYY-MM-DD``, or ""."""
    found: list[tuple[int, str]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _valid(match["year"], match["month"], match["day"])
            if iso:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else ""


def _valid(year: str, month: str, day: str) -> str:
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower(), 0)
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return ""


def to_iso(value: object) -> str:
    """A metadata value (ISO string, RFC 2822 string, Unix time, prose date) as ISO 8601."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds since the epoch
        try:
            return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")
        except (OverflowError, OSError, ValueError):
            return ""
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if not text or len(text) > 100:
        return ""
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        pass
    else:
        has_time = len(text) > 10
        return parsed.isoformat(timespec="seconds") if has_time else parsed.date().isoformat()
    try:
        return parsedate_to_datetime(text).isoformat(timespec="seconds")
    except (TypeError, ValueError, IndexError):
        pass
    return find_date(text)


HEADER_LINES = 12  # how many non-empty lines count as an article's header


def header_lines(text: str, count: int = HEADER_LINES) -> list[str]:
    """The first ``count`` non-empty lines, stripped (without splitting the whole text)."""
    lines: list[str] = []
    start, size = 0, len(text)
    while len(lines) < count and start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end
        line = text[start:end].strip()
        if line:
            lines.append(line)
        start = end + 1
    return lines


def find_header_date(text: str, max_len: int = 80) -> str:
    """A date on one of the first short lines of an article (a dateline or byline line).

    Long lines are skipped on purpose: a photo caption ("in this April 20, 2003 file photo")
    names a date that is not the article's.
    """
    for line in header_lines(text):
        if len(line) <= max_len:
            found = find_date(line)
            if found:
                return found
    return ""
