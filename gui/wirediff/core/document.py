"""The Document: one text as read from a file, with what is known about it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from wirediff.core.addresses import url_key
from wirediff.core.papers import (
    cyrillic_person,
    cyrillic_place,
    labelled_byline,
    lone_paper,
    paper_name,
    without_tagline,
)
from wirediff.core.reading.outlets import CREDIT_ONLY, outlet_named, word_named
from wirediff.core.record import field, record
from wirediff.core.scripts import UNSPACED, script_of, writing
from wirediff.core.segments import CLOSING_MARKS, STATEMENT_STOPS, thai_dot
from wirediff.core.wiremarkers import foot_furniture, head_furniture

FILE_TIME = "file time"  # Document.date_source of a file's modification time
# Document.meta's key of a page's publication time when its date is a later revision's
# (``article:modified_time``): both are said where the date is.
FIRST_PUBLISHED = "first_published"


@record(frozen=True)
class Document:
    """A text and its metadata.

    ``text`` is the file's text exactly as decoded, except that line endings are normalised
    to ``\\n`` (``\\r\\n``, lone ``\\r`` and U+2028 become ``\\n``, U+2029 a blank line).
    Every offset the engine reports is a code-point index into this string.
    """

    path: Path
    text: str
    title: str
    source: str = ""  # outlet guess ("Reuters", "sputniknews.com"); empty when unknown
    date: str = ""  # ISO 8601 date (or date-time) when one was found; empty when unknown
    encoding: str = "utf-8"  # the encoding the bytes were decoded with
    format: str = "text"  # the reader that produced it: "text", "html", "json", ...
    url: str = ""  # canonical URL when the format gives one
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    byline: str = ""  # the author or credit line ("Jane Doe", "Our Bureau"); empty if none
    # Where ``date`` comes from: "metadata" (the format's own: HTML meta, a JSON field, DOCX
    # or PDF properties), "document" (a dateline in the text), "file name" (a date stamp in
    # the name), "file time" (the file's modification time: when it was saved, not
    # published), or "" when there is no date.
    date_source: str = ""
    # 0 for a file holding one article; n (from 1) for the n-th article of a file holding
    # several (a JSON array, JSON lines, CSV rows), whose ``path`` is then "FILE#n".
    item: int = 0
    # The time a stamp in the file's name gives when ``date`` comes from elsewhere (a saved
    # page's capture, "guardian_20261114T0930_…"): it orders versions of one date (a silent
    # edit leaves a page's published and modified times as they were), "" when none.
    captured: str = ""
    # The SHA-256 (hex) and the number of the bytes the text was read from (the whole
    # file's, for one of several articles): an evidence report hashes the file again and
    # says so when it holds other bytes now (a same-size edit whose modification time was
    # put back, as ``cp -p`` or a restore does, certified the new bytes' hash beside the old
    # text). "" and -1 when not known (``ReaderOptions.keep_sha256`` off, a text made here).
    file_sha256: str = field(default="", compare=False, hash=False, repr=False)
    file_size: int = field(default=-1, compare=False, hash=False, repr=False)
    # The zone its times that give none are read in, when its folder's documents give
    # zones hours apart (``deskzone.with_desk_zone``): its outlet's ("+01:00"), else its
    # language's, named after the offset ("+02:00 Hebrew"), else the desk's when it said
    # one ("desk:Europe/Athens": ``DESK_ZONE``), else the computer's (``LOCAL_ZONE``); ""
    # when not.
    desk_zone: str = field(default="", compare=False, hash=False, repr=False)
    # The zone the desk said its own clock reads (``--zone``, Options ▸ Times without a
    # zone: ``deskzone.desk_clock``'s, "Asia/Jerusalem", "+02:00"), "" when it said none (the
    # computer's): the zone a time is shown without its offset in (``display.zoned_date``).
    # On a computer whose clock reads UTC, a Jerusalem desk's list said "(UTC+02:00)" at
    # every Israeli page, the zone it had named (the Hebrew desks' walkthroughs).
    desk_clock: str = field(default="", compare=False, hash=False, repr=False)
    # The headings its reader found by their markup, which its text no longer shows (a
    # Markdown "## Results" reads "Results", a Word Heading 1 is a paragraph like any
    # other): each one's level (1 outermost) and its line as in ``text``. The sections'
    # outline takes them as headings (``sections.outline``): h said "No sections" in a
    # paper's Markdown drafts (an academic's walkthrough).
    headings: tuple[tuple[int, str], ...] = field(default=(), compare=False, hash=False, repr=False)

    @property
    def published(self) -> str:
        """The date when it tells when the text was written (not a file's time), else ""."""
        return self.date if self.date_source != FILE_TIME else ""

    @property
    def name(self) -> str:
        """The file name (with "#n" for one of several articles), for lists and messages."""
        return self.path.name

    @property
    def said_name(self) -> str:
        """The name a message gives: the file name, with its folder's when the name has no
        letter ("millbrook-derailment/20261119054500.html": an archive's captures, each
        named by its time alone, were "20261120081500.html ↔ 20261119054500.html")."""
        name = self.name
        if any(c.isalpha() for c in self.path.stem) or not self.path.parent.name:
            return name
        return f"{self.path.parent.name}/{name}"

    @property
    def file(self) -> Path:
        """The file on disk that holds this document (``path`` without any "#n")."""
        if self.item:
            return self.path.with_name(self.path.name.removesuffix(f"#{self.item}"))
        return self.path


# Line breaks other than "\n" that the diff cuts lines at (``segments._PARAGRAPH``): the
# line separators (U+2028, NEL, a vertical tab: Word's manual line break in some exports) are
# "\n"; the paragraph separator and a form feed (a page break) a blank line.
_BREAKS = str.maketrans(
    {"\u2028": "\n", "\x85": "\n", "\x0b": "\n", "\u2029": "\n\n", "\x0c": "\n\n"}
)


def published_before(a: str, b: str) -> bool:
    """Whether the date ``a`` (``Document.published``) is known to come before ``b``: both
    given, and by their days when either gives no time (a wire of "2026-02-02" was older
    than the release of 13:50 that day it was written from: midnight is no time it gave)."""
    if not (a and b):
        return False
    if len(a) <= 10 or len(b) <= 10:
        return a[:10] < b[:10]
    return earlier_time(a, b)


def earlier_time(a: str, b: str) -> bool:
    """Whether the time ``a`` comes before ``b`` (both ISO times): as instants in UTC when
    both give their zone or neither does; as the clock read (``instant``'s ``wall``) when
    one alone does — a file name's time gives none, and is the desk's clock: a page of
    "16:20+03:00" came before versions named 14:05, 14:20 and 14:50 as 13:20 UTC, while
    the list showed 16:20."""
    wall = zoned(a) != zoned(b)
    return instant(a, wall) < instant(b, wall)


_ZONE = re.compile(r"(?:Z|[+-]\d\d(?::?\d\d)?)$")


def zoned(published: str) -> bool:
    """Whether the ISO time ``published`` gives its zone ("…+03:00", "…Z")."""
    return len(published) > 10 and _ZONE.search(published) is not None


def offset_of(published: str) -> str:
    """The UTC offset an ISO time gives, as "+HH:MM" ("Z" is "+00:00"), "" when none."""
    found = _ZONE.search(published) if len(published) > 10 else None
    if found is None:
        return ""
    zone = found.group()
    if zone == "Z":
        return "+00:00"
    return f"{zone[:3]}:{zone[-2:]}" if len(zone) > 3 else f"{zone}:00"


def offset_minutes(zone: str) -> int:
    """An offset "+HH:MM" in minutes east of UTC."""
    minutes = int(zone[1:3]) * 60 + int(zone[4:6])
    return -minutes if zone[0] == "-" else minutes


LOCAL_ZONE = "local"  # Document.desk_zone: the computer's own clock's zone
# Document.desk_zone's mark of the zone the desk said its clock is in (``--zone``, Options ▸
# Times without a zone), before it: "desk:Europe/Athens", "desk:+02:00".
DESK_ZONE = "desk:"


def times_of(doc: Document) -> tuple[str, str]:
    """``doc``'s date (``published``) and capture time, a time that gives no zone read in
    its ``desk_zone`` when it has one (``LOCAL_ZONE``: as the computer's clock reads that
    day, its summer time too; ``DESK_ZONE``'s: as the desk's zone reads it that day)."""
    zone = doc.desk_zone

    def placed(value: str) -> str:
        if not zone or len(value) <= 10 or zoned(value):
            return value
        if zone.startswith(DESK_ZONE):
            return zone_time(value, zone.removeprefix(DESK_ZONE)) or value
        if zone != LOCAL_ZONE:
            return value + zone.split()[0]  # (a language's: "+02:00 Hebrew")
        return local_time(value) or value

    return placed(doc.published), placed(doc.captured)


def zone_time(value: str, zone: str) -> str:
    """The ISO time ``value`` (no zone) as a clock in ``zone`` reads it, with its offset
    that day: ``zone`` an IANA name ("2026-07-05T10:15:00+03:00" in Europe/Athens, its
    summer time) or an offset "+02:00" (``deskzone.desk_clock``'s); "" when it is none."""
    if zone[:1] in "+-":
        return value + zone if wall_time(value) is not None else ""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # (20 ms: not at start-up)

    try:
        when = datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(zone))
        return when.isoformat(timespec="seconds")
    except (ValueError, OverflowError, OSError, ZoneInfoNotFoundError):
        return ""


def clock_offset(value: str, clock: str = LOCAL_ZONE) -> str:
    """The offset "+HH:MM" a desk's ``clock`` (``LOCAL_ZONE``: the computer's; an IANA
    name or an offset, ``deskzone.desk_clock``'s) reads at the ISO time ``value``: at its
    instant when it gives its zone, else as that clock reads it (its summer time too); ""
    when ``value`` is no time."""
    if clock[:1] in "+-":
        return clock if wall_time(value) is not None else ""
    if not zoned(value):
        placed = local_time(value) if clock == LOCAL_ZONE else zone_time(value, clock)
        return offset_of(placed)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # (20 ms: not at start-up)

    try:
        where = None if clock == LOCAL_ZONE else ZoneInfo(clock)
        when = datetime.fromisoformat(value).astimezone(where)
        return offset_of(when.isoformat(timespec="seconds"))
    except (ValueError, OverflowError, OSError, ZoneInfoNotFoundError):
        return ""


def local_time(value: str) -> str:
    """The ISO time ``value`` (no zone) as the computer's clock reads it, with its offset
    that day ("2026-12-05T10:15:00+01:00" in Madrid); "" when it is none."""
    try:
        return datetime.fromisoformat(value).astimezone().isoformat(timespec="seconds")
    except (ValueError, OverflowError, OSError):
        return ""


def came_before(a: Document, b: Document) -> bool:
    """Whether ``a`` is known to be older than ``b``: by their dates (``published_before``),
    else, of one date (or none), by the times their files were captured when both give one
    (twelve captures of a silently edited page, one date in each, were in no order); else,
    of one day that one of them gives without its time, by that one's capture time that
    day beside the other's own time (a capture stamped 18:20, dated by its day, came after
    a page of 07:30 — as the list orders them — while the chain report said which came
    first was not known). Captures of one page (one address: ``addresses.url_key``) go by
    the times they were taken, before any date: a live blog's page gives its first
    publication as its date when it gives no revision's, and its capture of 15:05 came
    before those of 09:15 and 11:40, dated by their revisions (the pair put it on the left,
    every entry of the afternoon a deletion)."""
    (a_published, a_captured), (b_published, b_captured) = times_of(a), times_of(b)
    if a_captured and b_captured and url_key(a.url) and url_key(a.url) == url_key(b.url):
        return earlier_time(a_captured, b_captured)
    if published_before(a_published, b_published):
        return True
    if published_before(b_published, a_published):
        return False
    if a_captured and b_captured:
        return earlier_time(a_captured, b_captured)
    day, other = a_published[:10], b_published[:10]
    when_a, when_b = a_captured or a_published, b_captured or b_published
    if not day or day != other or min(len(a_published), len(b_published)) > 10:
        return False
    if min(len(when_a), len(when_b)) <= 10 or when_a[:10] != day or when_b[:10] != day:
        return False
    return earlier_time(when_a, when_b)


def instant(published: str, wall: bool = False) -> str:
    """``published`` as dates with a time compare: in UTC when it gives its zone, to the
    second ("16:20+05:00" is before "14:02Z", "09:30+00:00" is "09:30Z"; compared as
    written, a zone's offset put them in the wrong order); a day alone, or a value that
    is no ISO time, or no time in UTC's years 1–9999 ("0001-01-01T00:00:00+05:00": it
    overflowed, and every story grouping of its folder failed), as it is. ``wall``: the
    time as its clock read it, its zone left out (``earlier_time``)."""
    if len(published) <= 10:
        return published
    when = wall_time(published) if wall else utc_time(published)
    return published if when is None else when.isoformat(timespec="seconds")


def wall_time(published: str) -> datetime | None:
    """The ISO time ``published`` as written, without its zone, or None when it is none."""
    try:
        return datetime.fromisoformat(published).replace(tzinfo=None)
    except ValueError:
        return None


def utc_time(published: str) -> datetime | None:
    """The ISO time ``published`` in UTC (without a zone: as written), or None when it is
    no ISO time or falls outside years 1–9999 in UTC."""
    try:
        when = datetime.fromisoformat(published)
        return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo is not None else when
    except (ValueError, OverflowError):
        return None


def time_key(published: str, days_only: bool) -> str:
    """What ``published`` dates sort by: its day alone when ``days_only`` (some of the dates
    compared give no time: ``published_before``)."""
    return published[:10] if days_only else published


_BREAK_CHARS = re.compile("[\r\u2028\u2029\x85\x0b\x0c]")


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n``, lone ``\\r`` and the line separators (U+2028, NEL U+0085, a vertical
    tab) into ``\\n``, and the paragraph separator U+2029 and a form feed into a blank line
    (``\\n\\n``).

    The diff cut lines at these while the title, outlet and date were read from lines cut at
    ``\\n`` only: a file of paragraphs separated by U+2029 was all one title, and had no
    outlet. Normalised when read, every part sees the same lines (and offsets)."""
    if _BREAK_CHARS.search(text) is None:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_BREAKS)


# A line longer than this is a paragraph, not a headline, whatever it ends with (a Bible
# chapter's paragraph ending in a colon was taken for the title over its first line).
HEADLINE_MAX_WORDS = 30


# A month's abbreviation after its day, ending a line: "… from 8-10 Dec.", "… le 7 déc.", "…
# am 7. Dez.", "… el 7 dic.", "… 7 дек." — its dot is no full stop (a Thai headline ending
# in "8-10 ธ.ค.", read as a sentence, titled its story by its closing credit: a Southeast
# Asian monitoring desk's walkthrough; Thai's dots: ``segments.thai_dot``).
_DAY_AND_MONTH_END = re.compile(
    r"\d\.?\s*(?:jan|janv|feb|févr|fev|mar|mär|mrt|apr|avr|abr|jun|jul|juil|aug|ago|sept?"
    r"|set|oct|okt|ott|out|nov|dec|déc|dez|dic|des|ene|gen|mag|giu|lug|янв|фев|мар|апр|авг"
    r"|сент?|окт|нояб?|дек)\.\Z",
    re.IGNORECASE,
)


def ends_a_statement(line: str) -> bool:
    """Whether ``line`` (stripped) ends in a full stop, as a sentence of the body does and a
    headline does not: a statement's stop (``STATEMENT_STOPS``) before any closing marks,
    but no abbreviation's dot — Thai's (``thai_dot``: "… รับมือฝนหนักภาคใต้ 8-10 ธ.ค.") nor
    a month's after its day (``_DAY_AND_MONTH_END``: "… from 8-10 Dec.")."""
    body = line.rstrip(CLOSING_MARKS)
    if body[-1:] not in STATEMENT_STOPS:
        return False
    if body[-1] != "." or body[-2:] == "..":
        return True
    if thai_dot(body, len(body) - 1):
        return False
    return _DAY_AND_MONTH_END.search(body[-12:]) is None


# A line after which a page lists links to other articles ("Also Read", "Read more:",
# "Related:", and as other languages' papers say it: "Читайте также", "اقرأ أيضا", "Lire
# aussi"…): their headlines and dates are not the document's.
_LINK_WORDS = (
    r"read more|read also|also read|more on this|see also|related(?: \w+)?"
    r"|читайте (?:также|також|ещё|еще)|смотрите также|дивіться також|по теме|по темі"
    r"|اقرأ (?:أيضا|أيضاً|ايضا|ايضاً)|یہ بھی پڑھیں|بیشتر بخوانید"
    r"|(?:à )?lire aussi|voir aussi|lesen sie auch|mehr zum thema|lea también|leer también"
    r"|相关阅读|延伸阅读|相关新闻"
)
LINKS_MARKER = re.compile(rf"(?:{_LINK_WORDS})\s*[:»>-]*", re.IGNORECASE)
# ... and a marker with the linked headline after it on its line ("Читайте также: В
# Курской области усилили охрану…": a trimmed copy's last line, paired with the paragraph
# it cut as a replacement, made the copy "edited")
LINK_LINE = re.compile(rf"(?:{_LINK_WORDS})\s*[:»>|-]+\s*\S.*", re.IGNORECASE)


def links_follow(line: str) -> bool:
    """Whether ``line`` (stripped) announces links to other articles."""
    return len(line) <= 40 and LINKS_MARKER.fullmatch(line) is not None


def first_line_title(text: str, limit: int = 200) -> str:
    """The title of a plain text: its first line that reads like a headline, shortened to
    ``limit`` characters.

    Saved web pages often start with a site name ("- Sputnik International"), a section
    ("World") or a strap line ending in a full stop; the first non-empty line of at least
    four words (at most ``HEADLINE_MAX_WORDS``) that starts with a letter or digit (after
    any opening quote marks and emoji: «Газпром» …, 🚆 Bahnstreik…), does
    not end with a full stop (``ends_a_statement``: an abbreviation's dot, "8-10 ธ.ค.", is
    none) and is no run of navigation links or wiki markup, no date
    line and no byline (``no_headline``), nor a press release's issuer and day, is taken,
    within the first 20 lines and before any "Also Read" or "Related:" line, and not the
    closing line of a text of three or more below such a line (``_closing_line``: a
    credit); failing that, the first
    non-empty line that is none of those (a headline of three words under a byline), else
    the first non-empty line. A full stop
    is that of any script the sentences are cut at (``.`` ``…`` ``।`` ``॥`` ``۔`` ``。``…,
    before any closing quotes), not a question or exclamation mark, which end headlines
    too: a body sentence in Hindi or Urdu, which ends in ``।`` or ``۔``, was taken for the
    title over a headline of fewer than four words. A line holding a Chinese or Japanese
    full stop ``。`` anywhere is sentences, no headline (``_CJK_FULL_STOPS``).
    """
    first = plain = ""
    news: str | None = None  # a flash's news under its dateline alone (``_a_flash``)
    body = False  # (a paragraph of the text's body came before)
    issuer: list[str] = []  # a press release's issuer's line (looked for once)
    pieces = text.split("\n", 60)
    last, trailer = _closing_line(pieces)
    for n, line in enumerate(pieces):
        line = line.strip()
        if not line:
            continue
        if n >= trailer:
            break  # (an agency's trailer below it: "050915 Dez 26")
        opening, first = not first, first or line
        if links_follow(line):  # (a related article's headline named a copy's story)
            break
        if no_headline(line) or (_an_issuers_line(line) and line == _issuer(text, issuer)):
            continue
        if opening and lone_paper(line):  # "Новости Белогорья — Региональная лента"
            continue
        if opening and masthead_over_headline(_first_lines(text, 4)):  # "Coloradoan | …"
            continue
        plain = plain or line
        if news is None and line != plain and not _a_kicker(line):
            flash = _a_kicker(plain) or (_a_flash(line) and _a_dateline_alone(plain))
            news = line if flash and _a_flash(line) else ""
        if n == last and line != plain and (body or _a_credit(line) or _headline_like(plain)):
            break  # (a closing credit is no headline: "ข่าวจาก มติชนออนไลน์", news from…)
        body = body or (_a_paragraph(line) and (last < 0 or not _a_dateline_alone(line)))
        if (
            4 <= _words(line) <= HEADLINE_MAX_WORDS
            and _headline_start(line)
            and not ends_a_statement(line)
            and not any(stop in line for stop in _CJK_FULL_STOPS)
            # (a dateline or a place, a byline and the day on a line of their own: "NAIROBI,
            # Dec 6 (Reuters) -", "Kyiv | December 7, 2026" titled a story headed "Blackout
            # in Kharkiv", three words — a re-check of the desks' walkthroughs)
            and not _a_header_dateline(line)
        ):
            return _shorten(line, limit)
        if n >= 20:
            break
    if news:
        return _shorten(news, limit)
    return _shorten(_lede_title(plain or first), limit)


# A dateline opening a lede, to the dash or the colon after its date, maybe after the
# credit: "Ciudad de México, 7 de diciembre (Notimex).- ", "NAIROBI, Dec 6 (Reuters) - ",
# "(ANSA) - BUENOS AIRES, 07 DIC - ", "Rio de Janeiro, 07/12/2026 - " (its date read by
# ``dates.dateline_date`` or ``dateline_day``; the lede's first word after it)
_DATELINE_HEAD = re.compile(
    r"[^\n]{0,80}?\d[^\n]{0,50}?"
    r"(?:\s*(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)\s*\.?\s*[-–—:]*|\s*[-–—]+|:)\s+(?=[^\s\-–—])"
)
# A lede titling a text with no headline is cut at a word near this many characters, as
# the evidence report's summary cuts a title (its ``SUMMARY_TITLE``): a Notimex take's
# title was its dateline and two lines of its lede
_LEDE_TITLE_CHARS = 90


def _lede_title(line: str) -> str:
    """``line``, the text's first line when none reads as a headline, as its title: a
    paragraph opening with a dateline without it, cut at a clause's end or a word near
    ``_LEDE_TITLE_CHARS`` ("Ciudad de México, 7 de diciembre (Notimex).- La tasa de
    interés interbancaria…" is "La tasa de interés interbancaria…": it titled the take, its
    story and its event); else ``line`` as it is."""
    if not line or not _a_paragraph(line):
        return line
    found = _DATELINE_HEAD.match(line)
    if found is None:
        return line
    from wirediff.core.reading.dates import dateline_date, dateline_day  # (reading imports us)

    if not (dateline_date(line, day_first=True) or dateline_day(line, day_first=True)):
        return line  # ("In 2026, 12 ministers - all of them…": no dateline)
    lede = line[found.end() :]
    if len(lede) <= _LEDE_TITLE_CHARS:
        return lede
    head = lede[: _LEDE_TITLE_CHARS - 1]
    # (at a clause's end if one is past the half, "… en 6.75 por ciento…", else at a word)
    clause = max(head.rfind(", "), head.rfind("; "))
    space = clause if clause > _LEDE_TITLE_CHARS // 2 else head.rfind(" ")
    return (head[:space] if space > _LEDE_TITLE_CHARS // 2 else head).rstrip(" ,;:") + "…"


def _a_dateline_alone(line: str) -> bool:
    """Whether ``line`` is a dateline of its own, its place, its day and its credit ("Київ, 7
    грудня 2026 року. Укрінформ.", "МОСКВА, 7 декабря 2026 г. /ТАСС/."): no paragraph of the
    body, however many its words, nor a title."""
    if len(line.split()) > _DATELINE_MAX_WORDS or not any(c.isdigit() for c in line):
        return False  # (a sentence: no date parser to import for it)
    from wirediff.core.reading.dates import is_date_line  # (reading imports us)

    return is_date_line(line)


_DATELINE_MAX_WORDS = 8  # "МОСКВА, 7 декабря 2026 г. /ТАСС/.", "Київ, 7 грудня 2026 року. …"
_CREDIT_AT_END = re.compile(r"(?:\([^()]{2,30}\)|/[^/]{2,30}/)\s*[-–—:.]?\s*\Z|[-–—:]\s*\Z")


def _a_header_dateline(line: str) -> bool:
    """Whether ``line`` is a dateline closed by its credit or a dash ("NAIROBI, Dec 6
    (Reuters) -"), or a place, a person or a byline, a bar and the day ("Kyiv | December 7,
    2026", "By Reuters | December 6, 2026"): no headline, however many its words — not a
    headline ending in its day ("Brexit day: 31 January 2020")."""
    if not _a_dateline_alone(line):
        return False
    if _CREDIT_AT_END.search(line):
        return True
    head, bar, _ = line.partition("|")
    return bool(bar) and 0 < len(head.split()) <= 3


# A flash's kicker over its news ("⚡️ТЕРМІНОВО", "СРОЧНО", "BREAKING"), in small letters;
# Arabic's "عاجل" (urgent), Persian's "فوری", Urdu's "بریکنگ نیوز" and "فوری خبر" (a yeh as
# Persian and Urdu write it or as Arabic does): every Arabic flash of a night was titled
# "عاجل" (a Gulf desk's walkthrough)
_KICKERS = frozenset(
    "срочно|терміново|молния|блискавка|breaking|breaking news|urgent|flash|alert|eilmeldung"
    "|urgente|alerte|última hora|ultima hora|عاجل|خبر عاجل|فوری|فوري|بریکنگ نیوز|فوری خبر"
    "|فوري خبر".split("|")
)


def _a_kicker(line: str) -> bool:
    """Whether ``line`` is a flash's kicker (``_KICKERS``), in capitals where its script
    has them (Arabic's has none: "عاجل" is never upper)."""
    bare = " ".join(re.findall(r"\w+", line)).casefold()
    cased = any(c.isupper() or c.islower() for c in line)
    return (line.isupper() or not cased) and bare in _KICKERS


def _a_flash(line: str) -> bool:
    """Whether ``line``, the first under a dateline of its own or a kicker (or both), is a
    flash's news: a headline's length, its full stop or not ("МОСКВА, 7 декабря. /ТАСС/." /
    "СРОЧНО" / "В Харькове прогремели взрывы…" was titled by its dateline when the news
    ended in a full stop, or when the dateline gave the year, "Київ, 7 грудня 2026 року.
    Укрінформ.", and "СРОЧНО" / the news by its kicker: a Ukraine and Russia desk's
    walkthrough)."""
    return 3 <= _words(line) <= HEADLINE_MAX_WORDS and _headline_start(line)


def _closing_line(pieces: list[str]) -> tuple[int, int]:
    """Which of a text's lines (``pieces``, the last one the rest of a long text) is its
    last non-empty one above an agency's trailer (``wiremarkers.foot_furniture``: its
    transmission stamp, its credit alone, its desk's initials), when it has three or more
    above the trailer; and where the trailer starts (``len(pieces)`` if it has none). A dpa
    take ends in its desk's codes above its stamp, "dpa lno yyhh a3 kk" / "050915 Dez 26":
    the stamp was taken for the closing line, and the codes, five words, titled a take
    headed "Elbphilharmonie meldet Besucherrekord", three (a German/Nordic desk's
    walkthrough). The closing line is where a credit, a source or a copyright
    stands ("ข่าวจาก มติชนออนไลน์", "Sumber: Antara", "Reporting by Jane Doe; editing by
    John Smith"), never its headline — when it reads as one (``_a_credit``), or a paragraph
    of the body or a headline of three words or more came before it; else -1. Below a
    headline passed over, the closing credit of a short Thai story titled it (a Southeast
    Asian monitoring desk's walkthrough); but a flash's headline is its last line, under a
    kicker and a dateline ("EILMELDUNG" / "5. Dezember 2026" / the news, "МОСКВА, 5
    декабря. /ТАСС/." / "СРОЧНО" / the news), and the kicker or the dateline titled it (a
    review)."""
    filled = [n for n, piece in enumerate(pieces) if piece and not piece.isspace()]
    kept = len(filled)
    if kept > 3:  # (three or fewer: no closing line above a trailer, none looked for)
        trail = foot_furniture([pieces[n] for n in filled])
        kept -= trail if trail < kept else 0  # (nothing but a trailer's lines: the text)
    trailer = filled[kept] if kept < len(filled) else len(pieces)
    return (filled[kept - 1] if kept >= 3 else -1), trailer


# A credit's, a source's or a copyright's opening words, in the languages of the desks
_CREDIT = re.compile(
    r"(?:©|\(c\)\s|copyright\b|(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b"
    r"|(?:sumber|source|sources|fuente|fonte|quelle|источник|джерело|المصدر|منبع|nguồn|출처)\s*:"
    r"|来源[:：]|出典[:：]|ข่าวจาก|ที่มา\s*:?)",
    re.IGNORECASE,
)
_PARAGRAPH_WORDS = 6  # a full stop after this many words at least: a sentence, no dateline


def _a_credit(line: str) -> bool:
    """Whether ``line`` opens as a credit, a source or a copyright does ("Sumber: Antara",
    "Reporting by …", "© 2026 …", "ข่าวจาก …", news from …)."""
    return _CREDIT.match(line.lstrip("(—–- ")) is not None


def _a_paragraph(line: str) -> bool:
    """Whether ``line`` is a paragraph of a text's body: longer than a headline, or a
    sentence of six words or more (not a dateline: "МОСКВА, 5 декабря. /ТАСС/.")."""
    words = _words(line)
    return words > HEADLINE_MAX_WORDS or (words >= _PARAGRAPH_WORDS and ends_a_statement(line))


def _headline_like(line: str) -> bool:
    """Whether ``line``, passed over as too short a headline, is one all the same: three
    words or more, not in capitals (a kicker, "BREAKING NEWS"), nor a sentence."""
    return (
        _words(line) >= 3
        and not line.isupper()
        and _headline_start(line)
        and not ends_a_statement(line)
    )


_STALE_LOOK = 2000  # characters of the text a properties title is looked for in


# A court's heading over a judgment or an indictment, not its headline: the court, the
# citation, the case's number ("IN THE COURT OF APPEAL (CIVIL DIVISION)" titled both
# versions of "Harwood v SSHD", the title their properties stored: a court reporter's
# walkthrough)
_COURT_HEADING = re.compile(
    r"(?i:in\s+the\s+(?:[\w'’()-]+\s+){0,5}(?:court|tribunal)\b|neutral\s+citation\b"
    r"|case\s+no\b|claim\s+no\b|in\s+the\s+matter\s+of\b|on\s+appeal\s+from\b"
    r"|approved\s+judgment\b)"
)


def properties_title(stored: str, text: str) -> str:
    """The title a Word or PDF file's properties store, unless the text does not hold it
    and has a headline of its own (a template's or an earlier draft's title: "Halden
    results" stood for a draft headed "Greens gain as Social Democrats hold Halden
    council"; a PDF's "Northern Star e-edition p7" for its headline under the paper's
    masthead: a walkthrough); else the text's own, as a plain text's."""
    if not stored:
        return first_line_title(text)
    if " ".join(stored.casefold().split()) in " ".join(text[:_STALE_LOOK].casefold().split()):
        return stored
    own = first_line_title(text)
    if _COURT_HEADING.match(own):
        return stored  # (a judgment's court line: "IN THE COURT OF APPEAL (CIVIL DIVISION)")
    words = len(own.split())
    ends = own[-1:] in ":;,\t" or (own[-1:] == "." and ends_a_statement(own))  # (not "ธ.ค.")
    headline = 3 <= words <= HEADLINE_MAX_WORDS and not ends
    return own if headline and "\t" not in own and not no_headline(own) else stored


# Quote marks a headline may open with, around a name: «أوبك+» تقرر… (Arabic and Russian
# house style: such a headline was passed over for a 25-word paragraph as the title)
_OPENING_QUOTES = "«\"“„‘‚'‹「『"


# ... and emoji (a channel's or a site's headline "🚆 Bahnstreik: Fernverkehr weitgehend
# lahmgelegt" was passed over, and an update line from the text's end titled it: a
# walkthrough): pictographs, symbols, their variation selectors and joiners, before it
def _headline_start(line: str) -> bool:
    """Whether ``line`` starts as a headline does: with a letter or a digit, after any
    opening quote marks and emoji — not an emoji before a caption or a call to follow
    ("📷 Photo: Anna Petrova for Reuters", "👉 Subscribe to our channel": a review)."""
    rest = _HEADLINE_HEAD.sub("", line)
    if not rest[:1].isalnum():
        return False
    if len(rest) == len(line.lstrip(_OPENING_QUOTES + " ")):
        return True  # (no emoji)
    first = re.match(r"\w+", rest)
    return first is None or first.group().casefold() not in _PROMPTS


# The words an emoji puts before a caption, a credit or a call to act, not a headline
_PROMPTS = frozenset(
    "photo photos foto fotos фото video videos видео watch listen read follow subscribe join"
    " click share sponsored advertisement ad rated source credit подпишитесь читайте смотрите"
    " слушайте подписывайтесь".split()
)

_HEADLINE_HEAD = re.compile(
    rf"^[\s{_OPENING_QUOTES}\u231a-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
    r"\ufe0e\ufe0f\u200d\u20e3\U0001f3fb-\U0001f3ff]*"
)

# A Chinese or Japanese full stop: a line holding one anywhere is sentences, no headline
# (Kyodo's last paragraph, ending in "（共同）", not in "。", titled every Kyodo story).
_CJK_FULL_STOPS = "。｡"


def _words(line: str) -> int:
    """How many words ``line`` holds: in a script written without spaces between words, a
    word for four letters (Thai, Lao…: a Thai headline of two spaced phrases was no
    headline, and the lede titled the story), for two in Chinese and Japanese, whose words
    are of one to three characters, most of two (a headline of 10 to 15 characters was too
    short, and a paragraph titled the story)."""
    spaced = len(line.split())
    script = writing(line)
    if script not in UNSPACED:
        return spaced
    per_word = 2 if script in ("Han", "Japanese") else 4
    return max(spaced, sum(c.isalpha() for c in line) // per_word)


def _an_issuers_line(line: str) -> bool:
    """A name and the day apart by a dash or a bar: a press release's issuer ("Save Our
    Rivers Trust — 2026-05-06" titled two releases), or a headline in title case."""
    return len(line) <= STAMP_MAX_CHARS and bool(masthead_name(line, papers_only=False))


def _issuer(text: str, known: list[str]) -> str:
    """The line of ``text`` that names a press release's issuer (``issuer_line``), looked
    for once (``known`` keeps it)."""
    if not known:
        from wirediff.core.reading.releases import issuer_line  # (reading imports us)

        known.append(issuer_line(text)[0])
    return known[0]


# The words of a Dutch, Danish, Norwegian or Swedish date line: its labels ("Bijgewerkt:",
# "Publisert … Oppdatert 18:42", "Opdateret", "Publicerad … kl. 10.55", "Sist oppdatert"),
# its weekdays, whole and short ("za 5 dec 2026", "lørdag 5. desember"), "kl." (o'clock):
# "Bijgewerkt: 5 dec. 2026 18:42" left ANP's update undated, "Publicerad 5 december 2026
# kl. 10.55" titled TT's take (a media researcher's walkthrough)
NORDIC_STAMP_WORDS = (
    "bijgewerkt gepubliceerd laatst gewijzigd geplaatst publisert oppdatert sist "
    "publiceret opdateret senest udgivet publicerad uppdaterad senast kl "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag tir ons tor fre lør søn "
    "måndag tisdag lördag söndag mån tis tors lör sön"
)
# Greek letters' accents (tonos) and diaeresis, which capitals drop: "ΣΑΒΒΑΤΟ 7 ΝΟΕΜΒΡΙΟΥ
# 2026" is "Σάββατο 7 Νοεμβρίου 2026" (``without_tonos``)
_GREEK_TONOS = str.maketrans("άέήίόύώΐΰϊϋΆΈΉΊΌΎΏΪΫ", "αεηιουωιυιυΑΕΗΙΟΥΩΙΥ")


def without_tonos(text: str) -> str:
    """``text`` with its Greek letters' accents and diaeresis dropped, one letter for one
    (the places stay), as Greek writes its capitals."""
    return text.translate(_GREEK_TONOS)


_GREEK_TONOS_ONLY = str.maketrans("άέήίόύώΐΰΆΈΉΊΌΎΏ", "αεηιουωϊϋΑΕΗΙΟΥΩ")


def greek_capitals(text: str) -> str:
    """``text`` in capitals as Greek writes them: without accents, with the diaeresis that
    parts two vowels ("Μαΐου" is "ΜΑΪΟΥ")."""
    return text.translate(_GREEK_TONOS_ONLY).upper()


def greek_forms(words: str) -> list[str]:
    """Each of ``words`` (Greek, in lower case, accented) as a lookup of a line's words in
    lower case or casefolded meets it: with and without its accents, its final "ς" as "σ"
    too."""
    forms = (lambda w: w, without_tonos, str.casefold, lambda w: without_tonos(w).casefold())
    return list(dict.fromkeys(form(word) for word in words.split() for form in forms))


# Greek stamps' words: weekdays and their abbreviations, "published", "updated", "last",
# "date", "at", "time" ("Δημοσίευση: 07/11/2026 14:45 | Τελευταία ενημέρωση: 07/11/2026
# 16:30", "Παρασκευή, 7 Νοέμβριος 2026": a Greek desk's texts were undated)
GREEK_STAMP_WORDS = " ".join(
    greek_forms(
        "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή δευ τρι τετ πεμ παρ σαβ κυρ "
        "δημοσίευση δημοσιεύθηκε ενημέρωση ενημερώθηκε τελευταία ημερομηνία στις ώρα"
    )
)
# Hindi's and Bengali's stamps' labels, "प्रकाशित: 06 दिसंबर 2026", "প্রকাশ: ০৬ ডিসেম্বর
# ২০২৬, ১৪: ৩০" (Prothom Alo's titled its copy: a South Asian desk's walkthrough) ...
ASIAN_STAMP_LABELS = (
    "प्रकाशित अपडेटेड अपडेट প্রকাশ প্রকাশিত আপডেট হালনাগাদ "
    # (and Malay's and Indonesian's: Berita Harian's "Disiarkan: Disember 7, 2026 @ 1:05pm")
    "disiarkan dikemaskini diterbitkan diperbarui"
)
# ... and the weekdays of Hindi, Bengali, Vietnamese, Indonesian and Malay date lines, the
# months of the Bangla calendar a Bangladeshi paper dates beside the Gregorian day ("০৬
# ডিসেম্বর ২০২৬, ২২ অগ্রহায়ণ ১৪৩৩" titled its copy, and its story), and Southeast Asia's
# zones ("Thanh Niên - Thứ Hai, 07/12/2026 11:20", "Senin, 07 Des 2026 10:58 WIB": a
# Southeast Asian desk's walkthrough)
ASIAN_STAMP_WORDS = (
    "रविवार सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रवि सोम मंगल बुध गुरु शुक्र शनि "
    "রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার "
    "বৈশাখ জ্যৈষ্ঠ আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র "
    "thứ hai ba tư năm sáu bảy chủ nhật senin selasa rabu kamis jumat sabtu minggu isnin "
    "khamis jumaat ahad wib wita wit ict myt pht sgt"
)


def _letters_only(words: str) -> list[str]:
    """``words`` as ``_a_date_line`` reads a word, its letters alone (no vowel signs)."""
    return ["".join(c for c in w if c.isalpha()) for w in words.split()]


# Words a time stamp line holds beside its date: weekdays, "updated", "at" (and a time zone,
# a word in capitals); any other word makes it a headline ("Brexit day: 31 January 2020").
_STAMP_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    pazartesi salı çarşamba perşembe cuma cumartesi pazar yayınlanma tarihi güncelleme son
    updated published posted modified last on at am pm г года понедельник вторник среда
    четверг пятница суббота воскресенье обновлено опубликовано р року понеділок вівторок
    середа четвер пʼятниця п'ятниця п’ятниця субота неділя оновлено опубліковано
    입력 수정 송고시간 기사입력 최종수정 更新 配信 公開 发布 發布 发布时间 發布時間
    月 火 水 木 金 土 日 월 화 수 목 금 토 일
    الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت يوم
    اتوار پیر منگل بدھ جمعرات جمعہ ہفتہ
    lundi mardi mercredi jeudi vendredi samedi dimanche le
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    uhr um veröffentlicht aktualisiert stand publié publiée mis jour à publicado actualizado
    el a las de pubblicato aggiornato alle ore il lunedì martedì mercoledì giovedì venerdì
    sabato domenica lun mar mer gio ven sab dom ultimo aggiornamento pubblicata aggiornata
    segunda terça quarta quinta sexta feira sábado domingo atualizado atualizada publicada em
    às thứ hai ba tư năm sáu bảy chủ nhật ngày cập nhật senin selasa rabu kamis jumat
    sabtu minggu isnin khamis jumaat ahad disiarkan diterbitkan""".split()
    + NORDIC_STAMP_WORDS.split()
    + GREEK_STAMP_WORDS.split()
    + _letters_only(f"{ASIAN_STAMP_LABELS} {ASIAN_STAMP_WORDS}")
)
# (Arabic, Urdu, French, Spanish and German weekdays: "البيان | الأحد 6 ديسمبر 2026", a
# Gulf paper's masthead with its day, named no outlet and titled its copy — a walkthrough;
# Vietnamese, Indonesian and Malay ones: "Thanh Niên - Thứ Hai, 07/12/2026 11:20" named no
# outlet — a Southeast Asian desk's walkthrough)
# A time of day in Chinese, Japanese or Korean: "12時10分", "11时05分", "11시 02분".
_CJK_CLOCK = re.compile(r"\d{1,2}\s*[時时시]\s*\d{1,2}\s*[分분]")


def no_headline(line: str) -> bool:
    """Whether a line is none of a page's headline however long: a run of navigation links
    or wiki markup, a masthead ("Lakeside Daily | March 14, 2026 | Updated 10:39 a.m."), a
    date line, a byline ("By Chloe Brennan, Maple Falls Examiner": a CMS puts it first,
    and whole stories were titled by it)."""
    if _links_or_markup(line):
        return True
    if len(line) > STAMP_MAX_CHARS:  # (and the patterns below need not read a long line)
        return False
    return (
        _a_date_line(line)
        or _a_byline(line)
        or labelled_byline(line)
        or _a_masthead(line)
        or _a_place_or_person_and_day(line)
        or _furniture(line)
        or _a_sites_tagline(line)
        # (a wire's note to its clients' editors, "Eds: UPDATES with prime minister's
        # comment", titled an agency's update in the list, the panes and the reports: a
        # corrections editor's walkthrough)
        or head_furniture(line)
        or _a_slashed_credit(line)
    )


def _a_slashed_credit(line: str) -> bool:
    """Whether ``line`` is a paper's dateline credit after a slash, "ANKARA / Hürriyet
    Daily News" (it titled the paper's report: ``outlets.slashed_credit``)."""
    if "/" not in line:
        return False
    from wirediff.core.reading.outlets import slashed_credit  # (reading imports us)

    return bool(slashed_credit(line))


# A site's name, a dash or a bar, then its tagline in lower case.
_TAGLINE = re.compile(r"(?P<name>[^|–—]+?)\s+[-|–—]\s+(?P<tagline>\S.*)")
_TAGLINE_MAX_WORDS = 8


def _a_sites_tagline(line: str) -> bool:
    """A site's name and its tagline, which a page's title and heading carry on every
    page of some sites: "WorldWire Online - breaking news as it happens" (19 stories of a
    CMS export were titled by it); or a section's label and the site ("Politics | The
    Independent" titled the first captures of a story over their headline of three
    words). The name must read as a site's (``_a_sites_name``): "Brexit – what happens
    next", "Gaza – live updates" and "Trump Wins | Reuters" are headlines (a review found
    each taken for a tagline)."""
    section, bar, site = line.partition(" | ")
    if bar and section.casefold() in _LABELS | _SECTIONS and _a_sites_name(site):
        return True
    if bar and _a_section(site) and _a_sites_name(section):  # "The Kilbride Chronicle | Health"
        return True
    found = _TAGLINE.fullmatch(line)
    if found is None or not _a_sites_name(found["name"]):
        return False
    tagline = found["tagline"]
    return tagline[0].islower() and len(tagline.split()) <= _TAGLINE_MAX_WORDS


def _a_section(text: str) -> bool:
    """A section's label: "Health", "Politics"."""
    return text.strip().casefold() in _LABELS | _SECTIONS


# Sections a site files its pages under, besides ``_LABELS``: "Politics | The Independent".
_SECTIONS = frozenset(
    """news uk us europe asia africa americas australia comment analysis features
    obituaries environment education economy climate society""".split()
)
# Last words of a site's name that are no paper's: "WorldWire Online", "Metro Media".
_SITE_WORDS = frozenset("online media network wire tv radio digital net".split())


def _a_sites_name(name: str) -> bool:
    """A site's or a paper's name: capitalized words ending in a paper's word or a site's
    ("The Independent", "WorldWire Online"), or a web address."""
    words = name.split()
    if len(words) == 1 and _DOMAIN.fullmatch(name) is not None:
        return True
    return (
        _a_name(name) and (_a_papers_word(words) or words[-1].casefold() in _SITE_WORDS)
        if words
        else False
    )


# A press release's furniture, alone or with the day: "PRESS RELEASE", "For Immediate
# Release — March 14, 2026" (a release was titled by it); not "Press release prompts anger".
# The words a release heads itself with (``reading.releases`` reads its head by them too).
RELEASE_WORDS = (
    r"for immediate release|(?:press|news|media) release|pressemitteilung|presseinformation"
    r"|communiqué(?: de presse)?|nota de prensa|comunicado de prensa|comunicato stampa"
    r"|persbericht"
)
_FURNITURE = re.compile(
    rf"(?:{RELEASE_WORDS}|embargoed\b[^|–—]*)[\s:.]*(?:[|–—-]\s*(?P<rest>.+))?",
    re.IGNORECASE,
)


def _furniture(line: str) -> bool:
    """A release's furniture alone, with the day, or with more of it: "PRESS RELEASE -
    For immediate release" titled a release and its story (a probe)."""
    found = _FURNITURE.fullmatch(line)
    if found is None or found["rest"] is None:
        return found is not None
    return _a_date_line(found["rest"]) or _furniture(found["rest"])


# The longest date line, byline or masthead: a line of a document may be megabytes, and a
# run of spaces in one took seconds per 40,000 of them to be refused as a byline's place.
STAMP_MAX_CHARS = 300


# Small words a name of a paper or a desk holds besides capitalized ones.
_NAME_JOINERS = frozenset(
    "of the and & on de la du del der des di el al da do dos das della dello dei degli delle "
    "nel".split()
)


def masthead_name(line: str, papers_only: bool = True) -> str:
    """The paper's name of a masthead line ("The Weekly Observer, 2026-03-11", "Yorkshire
    Courier — 2026-03-10", "Business Daily | Tuesday, 4 February 2026"), else "": a name of
    two to five capitalized words that ends in a paper's word ("Daily", "Observer",
    "Courier"…), then the day. Not a place ("The Hague, March 14", "Post Falls, …"), a
    byline, a section ("Opinion | …") nor a headline in title case ("Rail Fares Rise |
    March 14, 2026"): those were taken for papers, over the agency a text credits.
    ``papers_only`` False: any name of two to five capitalized words, the issuer at a
    press release's head ("Save Our Rivers Trust — 2026-05-06"). In Chinese, Japanese and
    Korean a space alone comes before the day (``_spaced_masthead``: "新京报 2026-12-05")."""
    found = _MASTHEAD_SPLIT.match(line.strip()) if len(line) <= STAMP_MAX_CHARS else None
    if found is None:
        return _spaced_masthead(line) if len(line) <= STAMP_MAX_CHARS else ""
    name = found["name"].strip()
    named = _a_papers_name(name, papers_only)
    if (
        not named
        and name.isupper()
        and papers_only
        and (name.startswith("THE ") or _in_capitals_papers(name))
    ):
        # (a paper's page head in capitals, "THE STANDARD | Wednesday, March 11, 2026 |
        # 7": its PDF had no outlet, titled by it — a newcomer's walkthrough)
        cased = " ".join(word.capitalize() for word in name.split())  # ("Citizen's", not "'S")
        named = _a_papers_name(cased)
        # (a Turkish name as written: Python capitalizes "GÜNAYDIN" as "Günaydin")
        name = cased if named and not _in_capitals_papers(name) else name
    if not named:  # a paper named in Cyrillic or Arabic script ("Сибирская газета, …")
        other = paper_name(name)
        name, named = (other, True) if other else (name, False)
    if not named and found["sep"].strip() not in ("", ","):  # "Reuters | March 10, 2026"
        from wirediff.core.reading.outlets import dated_name, outlet_named, word_named

        # ("SÖZCÜ | 7 Aralık 2026 15:40": a Turkish paper whose name is a word; "Dawn |
        # December 6, 2026", "البيان - الأحد 30 نوفمبر 2026": ``outlets.word_named``)
        named = bool(outlet_named(name) or dated_name(name) or word_named(name))
        named = named or _a_cyrillic_name(name)
    if not named or (found["sep"].strip() == "," and not papers_only) or _a_byline(line):
        return ""  # (an issuer's line has a dash or a bar: "London, 10 March" is a place)
    if found["sep"].strip() == "|" and _a_section(found["date"]):
        return name  # the paper and its section: "The Kilbride Chronicle | Health"
    if found["sep"].strip() in ("|", "-", "–", "—") and _an_edition(name, found["date"]):
        return name  # a known paper and its edition's place: "La Nazione - Lucca"
    return name if _a_date_line(_PAGE_AFTER.sub("", found["date"])) else ""


def _an_edition(name: str, rest: str) -> bool:
    """Whether ``name`` is a known outlet and ``rest`` a place's name (one to three
    capitalized words): its local edition ("La Nazione - Lucca" titled the paper's copy
    of ANSA: an Italian desk's walkthrough)."""
    from wirediff.core.reading.outlets import outlet_named  # (reading imports us)

    words = rest.split()
    return (
        bool(outlet_named(name))
        and 0 < len(words) <= 3
        and len(rest) <= 30
        and all(w.isalpha() and _capitalized(w) for w in words)
    )


# A page's number after a page head's day ("… March 11, 2026 | 7")
_PAGE_AFTER = re.compile(r"\s*[|·•]\s*(?:p\.?\s*|page\s+)?\d{1,3}\s*$", re.IGNORECASE)


def _first_lines(text: str, count: int) -> list[str]:
    """The first ``count`` non-empty lines of ``text``, stripped (of its first 60 lines)."""
    return [line for line in map(str.strip, text.split("\n", 60)) if line][:count]


def masthead_over_headline(lines: Sequence[str], title: str = "") -> str:
    """The paper's name of a text's first line when it is a name and the day, over a
    headline, over a dateline crediting an agency: "Coloradoan | 1 December 2026", "Kent
    Messenger — 30 November 2026", "El País | …" — names without a paper's word
    (``masthead_name`` wants one: "Rail Fares Rise | March 14, 2026" is a headline). A
    researcher's folder of papers' reprints, each headed so, had 33 of 114 texts listed
    as the agency their dateline credits, or none (a churnalism study's walkthrough). One
    to four capitalized words, not a section's label ("Breaking News", "Sports Desk",
    "Weekly Update") nor the dateline's place ("London — March 14, 2026"), nor a headline
    in title case (``_a_headlines_name``: "Storm Batters Coast | December 5, 2026"); ``lines``:
    the text's first non-empty lines, stripped; ``title``: the document's, when known."""
    if len(lines) < 3 or len(lines[0]) > STAMP_MAX_CHARS:
        return ""
    found = _MASTHEAD_SPLIT.match(lines[0])
    if found is None or found["sep"].strip() in ("", ","):
        return ""
    name = found["name"].strip()
    words = name.split()
    if not (0 < len(words) <= 4 and _a_name(name)) or name.isupper() or words[0] in ("By", "BY"):
        return ""
    first, last = words[0].casefold(), words[-1].casefold()
    if first in _LABELS or last in _LABELS | _SECTIONS | _NEWSLETTER_WORDS | {"desk"}:
        return ""
    if not _a_date_line(found["date"]) or no_headline(lines[1]):
        return ""
    if _a_headlines_name(name, lines[1], title):
        return ""
    if not 4 <= _words(lines[1]) <= HEADLINE_MAX_WORDS:
        return ""
    if ends_a_statement(lines[1]):
        return ""
    from wirediff.core.reading.outlets import credited_agency  # (reading imports us)

    # (past a stamp between the headline and the dateline: "Publicado: 5 de diciembre de
    # 2026, 06:20 (hora de Lima)" left a Latin American site's copy of EFE's story without
    # its outlet, titled by its masthead — a fact-checker's walkthrough; "Published 6:00
    # a.m. MT …" under "Coloradoan | 1 December 2026" too)
    dateline = lines[3] if len(lines) > 3 and _STAMP_LINE.match(lines[2]) else lines[2]
    if dateline.casefold().startswith(name.casefold()) or not credited_agency(dateline, True):
        return ""
    return name


_SHARED_STEM = 5  # letters of a word its other forms share ("storm", "storms"; "batters")


def _a_headlines_name(name: str, headline: str, title: str) -> bool:
    """Whether the name before a masthead's day is a headline in title case, no paper's:
    the document's title, or its words the headline's under it (two of them, or all:
    "Storm Batters Coast" over "Storm Batters Coast As Thousands Flee" or "Thousands flee
    as the storm hits the coast"), or it reads as a sentence (``_sentence_like``) — such a
    line was its text's outlet (a review). A known paper's name is none, and a word the
    headline writes as a name is no shared word: a local paper's headline names its state
    or its town ("Santa Fe New Mexican" over "New Mexico lawmakers approve record budget"
    was listed as the AP it credits — a review)."""
    if title and name.casefold() == title.strip().casefold():
        return True
    from wirediff.core.reading.outlets import is_agency, outlet_named  # (reading imports us)

    known = outlet_named(name)
    if known and not is_agency(known):
        return False
    stems = {w.casefold()[:_SHARED_STEM] for w in re.findall(r"[^\W\d_]{3,}", name)}
    theirs = {w.casefold()[:_SHARED_STEM] for w in re.findall(r"[^\W\d_]{3,}", headline)}
    shared = len(stems & (theirs - _names_in(headline)))
    return (bool(stems) and (shared >= 2 or shared == len(stems))) or _sentence_like(name)


def _names_in(headline: str) -> set[str]:
    """The stems of the words a headline in sentence case writes as a name: capitalized
    after its first word, and its first word before another such ("New Mexico lawmakers
    approve…": "new", "mexic"); none of a headline in title case, whose capitals tell no
    name."""
    words = re.findall(r"[^\W\d_]+", headline)
    capped = [w[:1].isupper() for w in words]
    if len(words) < 2 or 2 * sum(capped[1:]) > len(words) - 1:
        return set()
    names = [w for w, cap in zip(words[1:], capped[1:], strict=True) if cap]
    names += words[:1] if capped[1] else []
    return {w.casefold()[:_SHARED_STEM] for w in names if len(w) >= 3}


# Words of places' names ending in "s" that are no verb's nor a headline's plural, as the
# second word of a paper's name: "Council Bluffs Nonpareil", "Sioux Falls Argus Leader",
# "Palm Springs Desert Sun", "Des Moines …", "Cayman Islands Journal" (a review)
_PLACE_PLURALS = frozenset(
    """bluffs falls springs rapids islands isles heights hills lakes plains woods oaks pines
    palms keys forks shoals cliffs rocks sands mills meadows gardens acres harbors harbours
    narrows moines angeles cruces aires vegas alamos""".split()
)


def _sentence_like(name: str) -> bool:
    """A name of three words or more, capitalized, with no article, no joiner ("of", "de")
    and no paper's or site's word (not "-Gazette" either), one after the first ending in a
    single "s", a verb's or a plural's: "Storm Batters Coast", "Rail Fares Rise" are
    headlines; "Los Angeles Times", "Las Vegas Review-Journal", "El Nuevo Día" papers, and
    a place's second word is no verb: "Council Bluffs Nonpareil" (``_PLACE_PLURALS``)."""
    words = name.split()
    if len(words) < 3 or words[0] in _ARTICLES or any(w in _NAME_JOINERS for w in words):
        return False
    parts = {p.casefold() for w in words for p in w.split("-")}
    if parts & (_PAPER_WORDS | _SITE_WORDS) or _a_papers_word(words):
        return False
    return any(
        w.endswith("s")
        and not w.endswith(("ss", "'s", "’s"))
        and w[:-1].isalpha()
        and not (at == 1 and w.casefold() in _PLACE_PLURALS)
        for at, w in enumerate(words[1:], 1)
    )


# A stamp's first word ("Published", "Updated:", "Publicado:", "Mis en ligne le")
_STAMP_LINE = re.compile(
    r"(?i:published|updated|last updated|posted|publicado|actualizado|atualizado|publié"
    r"|publiée|mis en ligne|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato"
    r"|опубликовано|обновлено|gepubliceerd|bijgewerkt|publisert|oppdatert|publiceret"
    r"|opdateret|publicerad|uppdaterad)\b"
)


def masthead_over_date(lines: Sequence[str]) -> str:
    """The paper's name of a text's first line when it stands alone over a line of the day
    alone, over a headline: "East Coast Echo" / "12 March 2026" / "Dock strike brings …"
    (a text saved from a paper's page; ``masthead_name`` wants the name and the day on one
    line, and a lecturer's folder had 4 of 12 texts under "(no outlet)"). Two to five
    capitalized words, the last a paper's ("Echo", "Post"…), or the article's and a
    paper's word ("The Northern Post"); ``lines``: the text's first non-empty lines,
    stripped."""
    if len(lines) < 3 or len(lines[0]) > STAMP_MAX_CHARS or len(lines[1]) > STAMP_MAX_CHARS:
        return ""
    name = lines[0].strip()
    if not (_a_papers_name(name) or _lone_masthead(name)) or not _a_date_line(lines[1]):
        return ""
    if no_headline(lines[2]) or not 4 <= _words(lines[2]) <= HEADLINE_MAX_WORDS:
        return ""
    if ends_a_statement(lines[2]):
        return ""  # (a lede under a headline: "Heatwave Breaks June Record" is no paper)
    return without_tagline(name)


def _a_place_or_person_and_day(line: str) -> bool:
    """Whether ``line`` is a city or a reporter in Cyrillic, a separator and the day ("Київ
    • 07.12.2026 • 14:35", "Ольга Кириленко — Неділя, 7 грудня 2026, 10:42"): a dateline or
    a byline, no headline (``papers.cyrillic_place``)."""
    found = _MASTHEAD_SPLIT.match(line.strip())
    if found is None or found["sep"].strip() in ("", ","):
        return False
    name = found["name"].strip()
    return (cyrillic_place(name) or cyrillic_person(name)) and _a_date_line(
        _PAGE_AFTER.sub("", found["date"])
    )


def _a_cyrillic_name(name: str) -> bool:
    """A name in Cyrillic of one to three words, each capitalized, not all in capitals but
    an abbreviation before a word ("Главком", "Воронеж Медиа", "РИА Воронеж"; not "МОСКВА",
    a dateline's place, nor a headline's "Пожар в Воронеже"), before a bar, a dot or a
    dash and the day: a paper's name without a paper's word ("правда", "новости") was no
    outlet, the reprint listed as the agency its dateline credits — and, its time read,
    the story's base, the agency's own text "a copy" of it (a media monitor's re-check)."""
    words = name.split()
    if not 0 < len(words) <= 3 or script_of(name[0]) != "Cyrillic":
        return False
    if not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if cyrillic_place(name) or cyrillic_person(name):
        return False  # ("Київ | 7 грудня 2026", "Ольга Кириленко — Неділя, …": a walkthrough)
    return not (words[-1].isupper() and len(words[-1]) > 1)  # (an abbreviation first only)


# A masthead as Chinese, Japanese and Korean papers write it: the name, a space (an
# ideographic one too), then the day: "新京报 2026-12-05 11:05", "朝日新聞デジタル 2026年12月5日
# 12時10分", "조선일보 입력 2026.12.05 11:02", "NHK　2026年12月5日 11時32分".
_SPACED_MASTHEAD = re.compile(r"(?P<name>[^\s\d|,–—:]{2,20})\s+(?P<date>\S.*)")
# ... and as People's Daily's e-paper heads a page's text: the name in title marks, the day
# and the page in brackets, "《 人民日报 》（ 2026年12月08日   第 02 版）" (it named no outlet: a
# Chinese wire desk's walkthrough); with its page only, as "《人民日报》（2026年12月8日）" cites
# a paper's report in a sentence's or a source's line
_BOOK_MASTHEAD = re.compile(
    r"《\s*(?P<name>[^\s《》]{2,20})\s*》\s*[（(]\s*(?P<date>[^（）()]+?版)\s*[)）]"
)
# What a Chinese paper's masthead gives after its day: the weekday ("星期二", "周二"), the
# page ("第02版", "第 2 版", "A3版") or the section ("中國版", "港聞版"): "人民日报 2026年12月8日
# 第02版" titled the paper's copy, and "星島日報　２０２６年１２月８日　中國版" named no outlet
# too (a Chinese wire desk's walkthrough). After the day only, with a space before each.
_CJK_PAGE_AFTER = re.compile(
    r"(?:\s+(?:(?:星期|礼拜|禮拜)[一二三四五六日天]|[周週][一二三四五六日]|第\s*[A-Za-z]?\d{1,3}\s*版"
    r"|[A-Za-z]?\d{1,3}\s*版|[\u4e00-\u9fff]{1,4}版))+$"
)


def _spaced_masthead(line: str) -> str:
    """The paper's name of a masthead with a space alone before its day
    (``_SPACED_MASTHEAD``, or People's Daily's ``_BOOK_MASTHEAD``): one word, a paper's
    in Chinese, Japanese or Korean (``paper_name``: "新京报", "旺報", "조선일보") or a known
    outlet's ("NHK", "한겨레"), its day maybe followed by its weekday, its page or its
    section (``_CJK_PAGE_AFTER``), else "" (a headline's words: "岷县地震 12人遇难" gives no
    day)."""
    line = line.strip()
    found = _SPACED_MASTHEAD.fullmatch(line) or _BOOK_MASTHEAD.fullmatch(line)
    if found is None:
        return ""
    from wirediff.core.reading.outlets import outlet_named  # (reading imports us)

    name = found["name"]
    if not (paper_name(name) or outlet_named(name)):
        return ""
    return name if _a_date_line(_CJK_PAGE_AFTER.sub("", found["date"])) else ""


def masthead_over_byline(lines: Sequence[str], at: int) -> str:
    """The paper's name of ``lines[at]`` when it holds it alone right over a byline, and a
    headline follows the byline ("Бердские ведомости" over "Текст: редакция" over
    "Станция откроется в декабре", "The Coastal Times" over "By Staff Reporter"): a
    masthead with no date, else "". A kicker ("Hard Times") stands over a headline, and a
    headline over its byline has its lede after it ("Heatwave Breaks June Record" over "By
    Jane Smith" over "Temperatures hit 41C…", taken for a paper: a review)."""
    line, after, then = (*lines[at : at + 3], "", "")[:3]
    if len(line) > STAMP_MAX_CHARS or not (_a_byline(after) or labelled_byline(after)):
        return ""
    if not then or ends_a_statement(then):
        return ""  # (no headline after the byline: a lede, or nothing)
    name = line.strip()
    return paper_name(name, dated=False) or (name if _a_papers_name(name) else "")


_FURNITURE_MAX_CHARS = 120  # the longest masthead or byline line looked at


def furniture_lines(lines: Sequence[str]) -> set[int]:
    """Which of a text's first non-empty ``lines`` are a paper's masthead or a byline,
    not its text: a copy under another paper's masthead and byline kept four of its six
    sentences of a short Arabic report, "edited" where its English and Russian
    counterparts, longer, were copies."""
    found = set()
    for i, line in enumerate(lines):
        if len(line) > _FURNITURE_MAX_CHARS:  # (a lede: most first lines, looked at fast)
            continue
        if _a_byline(line) or labelled_byline(line):
            found.add(i)
            if i and masthead_over_byline(lines, i - 1):
                found.add(i - 1)
        elif masthead_name(line) or (i == 0 and len(lines) > 1 and _lone_masthead(line)):
            found.add(i)
        elif i == 0 and masthead_over_date(lines):  # "East Coast Echo" / "12 March 2026"
            found.update((0, 1))
        elif head_furniture(line):  # "Eds: UPDATES with …", "(Corrects spelling of …)"
            found.add(i)
    return found


def _lone_masthead(line: str) -> bool:
    """A paper's name alone on a text's first line, with its article: "The Valley Herald",
    "Le Courrier du Nord" (a page saved as text kept its masthead over the headline, a
    change in every diff of its story while the pages' was left out); in Cyrillic, alone
    or before its tagline (``lone_paper``: "Курская правда", "Новости Белогорья —
    Региональная лента")."""
    if lone_paper(line):
        return True
    words = line.split()
    if len(words) < 2 or words[0] not in _ARTICLES or not _a_papers_name(line):
        return False  # (and no "of the" but in "Le Courrier du Nord": "The Fall of the Herald")
    return all(_capitalized(w) for w in words) or words[1].casefold() in _PAPER_WORDS


_MASTHEAD_SPLIT = re.compile(
    r"(?P<name>[^|,–—:·•]+?)(?P<sep>\s*\|\s*|\s+[-–—·•]\s+|,\s+)(?P<date>.+)"
)
# The last words of papers' names: "Business Daily", "The Weekly Observer", "Yorkshire Courier".
_PAPER_WORDS = frozenset(
    """daily times post herald news observer courier mercury gazette journal tribune
    telegraph express mail standard chronicle record examiner star sun globe ledger review
    press echo argus advertiser bulletin sentinel independent mirror monitor dispatch
    register inquirer voice weekly evening morning today magazine guardian leader citizen digest
    reporter advocate beacon enquirer spectator quotidien courrier échos hebdo presse matin desk
    soir dépêche républicain tageblatt zeitung kurier anzeiger rundschau nachrichten
    diario periódico gazzetta corriere giornale notícias noticias live fm radio tv gazetesi
    gazete postası""".split()
)
# (sites and stations too: "Westshire Live | 9 March 2026", "Hexley FM | …" named no outlet
# and titled their stories: a press officer's walkthrough)
# Papers named in French, German, Spanish, Italian: "Le Courrier du Nord", "Les Échos du
# Douaisis" (a paper's word after the article, then "du", "de"…); "Stuttgarter Abendblatt".
_ARTICLES = frozenset("The Le La Les L' Der Die Das El Il Lo".split())
_PAPER_ENDINGS = ("blatt", "zeitung", "kurier", "anzeiger", "morgenpost", "bote", "nachrichten")
_GENERIC_PAPER_WORDS = frozenset("news review morning evening today weekly magazine desk".split())
# Paper's words a name starts with: "Daily Meridian"; not before a newsletter's or a
# section's word ("Weekly Update — March 3, 2026", "Daily Briefing | …": a review).
_LEADING_PAPER_WORDS = frozenset(["daily", "weekly"])
_NEWSLETTER_WORDS = frozenset(
    """update updates briefing brief roundup round-up standup digest news report review
    summary bulletin wrap recap note notes newsletter edition""".split()
)
# First words that make a section or a page's label of a name ending in a generic paper's
# word (``_GENERIC_PAPER_WORDS``):
# "Breaking News | March 14, 2026" was the outlet over the Reuters it credits.
_LABELS = frozenset(
    """breaking latest top world local business sport sports film book books music live
    good opinion weather tech technology health science politics entertainment travel money
    markets market culture arts lifestyle video photo photos special weekend monday tuesday
    wednesday thursday friday saturday sunday news""".split()
)


def _in_capitals_papers(name: str) -> bool:
    """Whether a name in capitals ends in a Turkish paper's word ("GÜNAYDIN GAZETESİ |
    5 Aralık 2026": its page titled its copy of AA's story — a Turkish desk's walkthrough)."""
    return name.split()[-1].casefold().replace("\u0307", "") in ("gazetesi", "postası")


def _a_papers_name(name: str, papers_only: bool = True) -> bool:
    """Two to five capitalized words (no capitals only), the last a paper's word (unless
    not ``papers_only``)."""
    words = name.split()
    return (
        (len(words) >= 2 or _hyphenated_paper(words))
        and _a_name(name)
        and not name.isupper()
        and words[0] not in ("By", "BY")
        and (not papers_only or _a_papers_word(words))
    )


def _hyphenated_paper(words: list[str]) -> bool:
    """One word joined by a hyphen whose last part is a German paper's word, as German papers
    are named: "Weser-Kurier", "Nordsee-Zeitung", "Rhein-Neckar-Zeitung" (a German desk's
    mastheads named no outlet and titled their stories: a walkthrough)."""
    if len(words) != 1 or "-" not in words[0].strip("-"):
        return False
    parts = words[0].split("-")
    return all(_capitalized(p) for p in parts) and parts[-1].casefold().endswith(_PAPER_ENDINGS)


def _a_papers_word(words: list[str]) -> bool:
    """The last word a paper's ("Daily", "Courier", "Abendblatt"), or the one after an
    article, then "du", "de"… ("Le Courrier du Nord"); not a section's label ("Breaking
    News", "Film Review"); "The Hague" and "Post Falls" have none."""
    if len(words) > 1 and words[-1].casefold() == "online":  # "Regionalblatt Online"
        words = words[:-1]
    last = words[-1].casefold().replace("\u0307", "")  # (Turkish "GAZETESİ": "gazetesi̇")
    if words[0].casefold() in _LABELS and last in _GENERIC_PAPER_WORDS:
        return False  # ("Business News" a section, "Business Daily" a paper)
    if last in _PAPER_WORDS or (len(last) > 6 and last.endswith(_PAPER_ENDINGS)):
        return True
    if len(words) == 1:
        return _hyphenated_paper(words)
    if words[0].casefold() in _LEADING_PAPER_WORDS:  # "Daily Meridian", "Weekly Standard"
        return words[1].casefold() not in _NEWSLETTER_WORDS  # ("Daily Briefing": no paper)
    if words[0].casefold() in _LEADING_PAPERS and len(words) >= 3:
        return words[1] in _NAME_JOINERS  # "Jornal de Angola", "Diário de Notícias"
    return (  # "Le Courrier du Nord", "Les Échos du Douaisis" (not "The Sun Also Rises")
        words[0] in _ARTICLES and words[1].casefold() in _PAPER_WORDS and words[2] in _NAME_JOINERS
    )


# Papers' words a Portuguese, Spanish or Italian name opens with, a place after "de", "do"…
# ("Jornal de Angola | 05/12/2026" titled its page, and named no outlet: a walkthrough)
_LEADING_PAPERS = frozenset(
    "jornal diário diario correio gazeta folha periódico giornale gazzetta corriere".split()
)


def _a_masthead(line: str) -> bool:
    """A paper's name and the day's date (``masthead_name``): "The Valley Courier | March
    14, 2026" (702 stories of a CMS export were titled by theirs); "Storm hits coast |
    March 14" and "Rail Fares Rise | March 14, 2026" are headlines."""
    return bool(masthead_name(line))


def _a_name(text: str) -> bool:
    """A proper name of at most five words: "The Valley Courier", "Bank of England"."""
    words = text.split()
    return 0 < len(words) <= 5 and all(_capitalized(w) or w in _NAME_JOINERS for w in words)


def _a_byline(line: str) -> bool:
    """ "By" and one or more people's names (two or three capitalized words each, with
    particles: "de", "van", "al-"…; joined by "and", "&" or commas), maybe where they
    wrote from ("in Paris"), then at most an outlet, a web site or a date after a
    separator: "By Sara Rahman, GlobeScan News", "BY JANE DOE", "By José Álvarez | El
    País", "By Jane Smith, newsnow24.com"; or a desk ("By Metro Evening staff and
    agencies", "By our correspondent"). Not "By Land and Sea, Migrants Flee Libya" (one
    word a name), nor "By The Numbers, …", nor a headline in another language's "Von",
    "Par"…: only "By"."""
    words = line.split()
    if len(words) >= 3 and (words[0] in _OTHER_LABELS or _SMALL_LABEL.match(line)):
        return bool(signed_by(line))
    if len(words) < 3 or words[0] not in ("By", "BY"):
        return False
    rest = " ".join(words[1:])
    if _STAFF.fullmatch(rest):
        return True
    if words[1] in ("The", "THE"):
        return False
    if _people(_PLACE.sub("", rest)):
        return True
    head, sep, tail = _split_byline(rest)
    outlet = tail.split()
    return (
        bool(sep)
        and _people(_PLACE.sub("", head))
        and (
            (0 < len(outlet) <= 5 and all(map(_capitalized, outlet)))
            or _DOMAIN.fullmatch(tail.strip()) is not None
            or _a_date_line(tail)
        )
    )


# Another language's "By" (German, French, Spanish, Portuguese): a byline only with a date
# or a web site after its people ("Von Maren Weiß | 5. Dezember 2026", "Von Maren Weiß,
# 05.12.2026, 19:45 Uhr" titled a German site's stories: a walkthrough), as "Von Trapp
# Family Singers", "Par Lindqvist wins" or "Von der Leyen Reelected - Politico" are
# headlines (a review: an outlet after them made the last a byline).
_OTHER_LABELS = frozenset(
    "Von VON Par PAR Por POR Di DI di von par por Door DOOR door Av AV av Af AF af".split()
)
# ... in small letters, a line of people alone after it is one too, as no headline opens so:
# "di Mario Rossi", "dal nostro inviato Mario Rossi" (an Italian desk's walkthrough); "door
# Jan de Vries", "av Kari Nordmann" (Dutch, Norwegian and Danish)
_SMALL_LABEL = re.compile(
    r"(?:di|von|par|por|door|av|af"
    r"|dal(?:la)? nostr[oa] (?:inviat[oa]|corrispondente)(?: a [A-Z]\S*)?)\s+"
)
# Dutch, Norwegian and Danish "By" before people alone, capitalized: a byline in a text of
# those languages (``nordic_signed``), as "Door County Man Arrested" is an English headline
_NORDIC_LABEL = re.compile(r"(?:Door|DOOR|door|Av|AV|av|Af|AF|af)\s+(?=\S)")
_NORDIC_AND = re.compile(r"\s+(?:en|og|och|and|&)\s+|\s*,\s*")
_SLASHED_CREDIT = re.compile(r"\s*/[^/\s]{2,20}/\s*$")  # ("Af Lars Jensen/ritzau/")


def nordic_signed(line: str) -> str:
    """The people a Dutch, Norwegian or Danish byline names: "Door Jan de Vries", "Av Kari
    Nordmann og Ola Hansen", "Af Lars Jensen/ritzau/", "Af Lars Jensen, Ritzau" (its
    agency after them dropped); "" when it is none. Asked of a text in those languages
    only (a media researcher's walkthrough: such bylines gave no author)."""
    return nordic_byline(line)[0]


def nordic_byline(line: str) -> tuple[str, str]:
    """A Dutch, Norwegian or Danish byline's people and the agency or outlet it names after
    them: "Av Kari Nordmann, NTB" is ("Kari Nordmann", "NTB"), "Af Lars Jensen/ritzau/"
    ("Lars Jensen", "ritzau") — the agency was dropped, and the text had no outlet (a
    media researcher's walkthrough); ("", "") for a line that is none."""
    found = _NORDIC_LABEL.match(line) if len(line) <= _FURNITURE_MAX_CHARS else None
    if found is None:
        return "", ""
    rest = line[found.end() :]
    slashed = _SLASHED_CREDIT.search(rest)
    outlet = slashed.group().strip(" /") if slashed else ""
    rest = rest[: slashed.start()] if slashed else rest.strip()
    head, sep, tail = max(rest.rpartition(","), rest.rpartition(";"), key=lambda p: len(p[0]))
    if sep and _an_outlet(tail.strip()):
        rest, outlet = head.strip(), tail.strip()
    people = _NORDIC_AND.split(rest)
    return (rest, outlet) if rest and all(_people(p) for p in people) else ("", "")


# A Greek byline: "Του Γιώργου Αλεξίου", "Της Μαρίας Νικολάου" ("of": the name in the
# genitive, given as written), "Των …" (of two), and "Γράφει ο Γιώργος Αλεξίου", "Γράφει η …"
# ("writes"); in capitals too. Not a saint's day, "Του Αγίου Νικολάου", "Της Παναγίας".
_GREEK_BYLINE = re.compile(
    r"(?:(?:Του|Της|Των|ΤΟΥ|ΤΗΣ|ΤΩΝ)|(?:Γράφει|ΓΡΑΦΕΙ|Γράφουν|ΓΡΑΦΟΥΝ)\s+(?:ο|η|οι|Ο|Η|ΟΙ))\s+"
    r"(?P<who>.+)"
)
_GREEK_AND = re.compile(r"\s+(?:και|ΚΑΙ)\s+|\s*,\s*")
_GREEK_NAME = re.compile(r"[Α-ΩΆ-Ώ][α-ωά-ώΐΰϊϋΑ-ΩΆ-ΏΪΫ]+(?:-[Α-ΩΆ-Ώ][α-ωά-ώΐΰϊϋΑ-ΩΆ-ΏΪΫ]+)?")
_SAINTS = ("αγ", "παναγ")
# Nor an institution, named in the genitive too: "Του Υπουργείου Οικονομικών" (of the
# Ministry of Finance), "Της Ευρωπαϊκής Ένωσης", "Των Ηνωμένων Εθνών" were bylines (a
# review). A word that starts as an institution's head noun (accents and case aside), or
# a first word that is an adjective of one, stressed on its last syllable ("Εθνικής",
# "Γενικού"; a name is not: "Βερονίκης"), names none. "Δήμου" is a municipality's ("Του
# Δήμου Αθηναίων") and a man's given name (Δήμος): the municipality's when a place's
# genitive follows in -ων, -ης or -ας, as no man's surname in the genitive ends.
_INSTITUTIONS = (
    "υπουργ", "πρωθυπουργ", "κυβερνησ", "βουλης", "δημαρχ", "περιφερει", "νομαρχι",
    "πανεπιστημ", "ιδρυματ", "οργανισμ", "τραπεζ", "εταιρει", "εταιρι", "αστυνομ", "ενωσ",
    "εθνων", "ηνωμεν", "διεθν", "επιτροπης", "συμβουλι", "νοσοκομει", "ινστιτουτ",
    "ομοσπονδι", "συλλογ", "σωματει", "επιμελητηρι", "ταμει", "γραφει", "διευθυνσ",
    "κομματ", "μουσει", "ακαδημι", "εκκλησι", "μητροπολ", "δημοκρατι", "δικαστηρι",
    "εισαγγελι", "πρεσβει", "υπηρεσι",
)  # fmt: skip
_INSTITUTION_ADJECTIVE = re.compile(r".+[ιϊ]κ(?:ής|ού|ών)")
_MUNICIPALITY = re.compile(r"δημου \S+(?:ων|ης|ας)")
# ... and of a town whose genitive ends as a man's surname does, in -ου, -ους, -ά: "Του Δήμου
# Ηρακλείου" (of the Municipality of Heraklion) was a byline (a review); the towns whose
# municipality a report names most (accents dropped), and any the text names again
_TOWNS = frozenset(
    """ηρακλειου βολου ρεθυμνου πειραια αμαρουσιου περιστεριου χαλανδριου αγρινιου ροδου
    αργους πυργου ναυπλιου μεσολογγιου ζωγραφου ιλιου κορυδαλλου ψυχικου αιγιου ληξουριου
    αργοστολιου καρπενησιου λαυριου κερατσινιου αιγαλεω κω βυρωνα γαλατσιου μαρκοπουλου
    μεγαρου ωραιοκαστρου ευοσμου ναουσης""".split()
)
_TOWN_STEM = 5  # letters of a town's name its other forms share ("Ηρακλείου", "Ηράκλειο")


def greek_signed(line: str, text: str = "") -> str:
    """The people a Greek byline names, as written (see ``_GREEK_BYLINE``): "Του Γιώργου
    Αλεξίου" is "Γιώργου Αλεξίου"; "" when ``line`` is none. Such bylines left the Author
    column empty (a Greek desk's walkthrough). ``text``: the text the line heads, where a
    municipality's town is named again ("Του Δήμου Ηρακλείου" over "Ο Δήμος Ηρακλείου
    ανακοίνωσε…")."""
    found = _GREEK_BYLINE.fullmatch(line.strip()) if len(line) <= _FURNITURE_MAX_CHARS else None
    if found is None:
        return ""
    who = found["who"].strip()
    for person in _GREEK_AND.split(who):
        names = person.split()
        if not 2 <= len(names) <= 3 or not all(_GREEK_NAME.fullmatch(n) for n in names):
            return ""
        if without_tonos(names[0]).casefold().startswith(_SAINTS) or _an_institution(names):
            return ""
        if _a_municipality(names, text.replace(line, "", 1)):
            return ""
    return who


def _an_institution(names: list[str]) -> bool:
    """Whether the words ``names`` name an institution, not a person (see
    ``_INSTITUTIONS``)."""
    bare = [without_tonos(name).lower() for name in names]  # (keeps a final ς)
    return (
        any(word.startswith(_INSTITUTIONS) for word in bare)
        or bool(_INSTITUTION_ADJECTIVE.fullmatch(names[0].lower()))
        or bool(_MUNICIPALITY.fullmatch(" ".join(bare)))
    )


def _a_municipality(names: list[str], rest: str) -> bool:
    """Whether ``names`` are "Δήμου" and a town's name (``_TOWNS``), or one ``rest``, the
    text under the line, names again: "Δήμου Βερύκιου" is a man, Δήμος Βερύκιος."""
    bare = [without_tonos(name).lower() for name in names]
    if len(bare) != 2 or bare[0] != "δημου":
        return False
    stem = bare[1][:_TOWN_STEM]
    return bare[1] in _TOWNS or (
        len(bare[1]) > _TOWN_STEM and stem in without_tonos(rest[:_TOWN_LOOK]).lower()
    )


_TOWN_LOOK = 2000  # characters of the text a town is looked for in


def _an_outlet(name: str) -> bool:
    """Whether ``name`` is a known outlet, or an agency known only in a credit ("NTB")."""
    from wirediff.core.reading.outlets import CREDIT_ONLY, outlet_named  # (reading imports us)

    return bool(outlet_named(name) or CREDIT_ONLY.get(name))


def signed_by(line: str) -> str:
    """The people a byline signs that names no outlet after them: in another language than
    English ("Von Maren Weiß | 5. Dezember 2026" is "Maren Weiß"; see ``_OTHER_LABELS``),
    before the day ("By Graham Kajilwa | December 6, 2026"), or with their role ("By Jane
    Smith, PA Political Correspondent": no author was read —
    an English standards editor's walkthrough); "" when it is none."""
    words = line.split()
    if len(words) < 3 or len(line) > STAMP_MAX_CHARS:
        return ""
    small = _SMALL_LABEL.match(line)
    if small and _people(line[small.end() :]):
        return line[small.end() :].strip()
    rest = " ".join(words[1:])
    if words[0] in _OTHER_LABELS:
        return _signed(rest)
    if words[0] not in ("By", "BY") or not _a_byline(line):
        return ""
    head, sep, tail = _split_byline(rest)
    if sep and _STAFF.fullmatch(tail.strip()) and _people(_PLACE.sub("", head)):
        return _PLACE.sub("", head).strip()
    # (and before the day after a bar or a dash, as the German and French forms are read:
    # "By Graham Kajilwa | December 6, 2026" gave no author — an Africa desk's walkthrough)
    if sep.strip() and _a_date_line(tail.strip()) and _people(_PLACE.sub("", head)):
        return _PLACE.sub("", head).strip()
    return ""


def _signed(rest: str) -> str:
    """The people ``rest``, after another language's "By", names before a date or a web
    site after a separator or their first comma; "" when it is none of those."""
    if rest.split()[0] in _PARTICLES:  # ("Von der Leyen …": a name, no label)
        return ""
    found = _BYLINE_SEPARATOR.search(rest)
    comma = rest.find(",")
    splits = [(rest[: found.start()], rest[found.end() :])] if found is not None else []
    if comma > 0:
        splits.append((rest[:comma], rest[comma + 1 :]))
    for head, tail in splits:
        if _people(head) and (
            _a_date_line(tail.strip())
            or _DOMAIN.fullmatch(tail.strip()) is not None
            or _outlet_after_role(tail)
        ):
            return head.strip()
    return ""


# A reporter's role before the outlet a byline in Spanish or Portuguese names ("Por Ana
# Cristina Campos - Repórter da Agência Brasil", Agência Brasil's layout: its report had no
# outlet nor byline — a Spanish/Portuguese desk's walkthrough); or a state's initials after
# it, its edition ("Por Pedro Almeida, g1 SP")
_ROLE_OF = re.compile(
    r"(?i:rep[óo]rter|reporter[oa]|corresponsal|correspondente|enviad[oa](?:\s+especial)?"
    r"|redator[a]?|redactor[a]?|colaborador[a]?)\s+(?:de\s+la|d[aeo]l?|de)\s+"
)
_EDITION = re.compile(r"\s+[A-Z]{2,3}$")


def _outlet_after_role(tail: str) -> str:
    """The known outlet ``tail``, after a byline's people, names after a reporter's role
    ("Repórter da Agência Brasil") or before its edition's initials ("g1 SP"), else ""."""
    tail = tail.strip()
    role = _ROLE_OF.match(tail)
    if role is not None:
        return outlet_named(tail[role.end() :])
    edition = _EDITION.search(tail)
    return outlet_named(tail[: edition.start()]) if edition is not None else ""


# A desk rather than people: "Metro Evening staff and agencies", "our correspondent",
# "a Staff Reporter" (11 stories of a CMS export were titled by the first).
_STAFF = re.compile(
    r"(?:(?i:our|a|an|the)\s+)?(?:[A-Z][\w'’.&-]*\s+){0,4}"
    r"(?i:staff(?:\s+(?:writers?|reporters?))?|correspondents?|reporters?|writers?|agencies"
    # (a role after the name: "By Rachel Stone, Energy Editor" named the outlet "Energy
    # Editor": a probe)
    r"|editors?|columnists?|analysts?|contributors?|commentators?|producers?|photographers?)"
    r"(?:\s+(?i:and|&)\s+(?i:agencies|wires))?"
)
# Where the people wrote from: "By Jean-Luc Dupont in Paris", "… in New York".
_PLACE = re.compile(r"\s+in(?:\s+[A-Z][\w'’.-]*){1,3}$")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def _people(text: str) -> bool:
    """Whether ``text`` is people's names: "Jane Doe", "Jan de Vries and Ann Lee"."""
    for person in re.split(r",\s*|\s+(?:and|AND|&)\s+", text.strip()):
        if _STAFF.fullmatch(person):  # "By staff, Reuters": a newsroom signing
            continue
        names = [w for w in person.split() if w.lower() not in _PARTICLES]
        if not 2 <= len(names) <= 3 or not all(map(_capitalized, names)):
            return False
    return True


_PARTICLES = frozenset("de da del der di du van von le la al bin ibn el".split())
_BYLINE_SEPARATOR = re.compile(r"\s*[|/–—·•]\s*|\s+-\s+")  # ("di Mario Rossi · 5 dicembre")


def byline_outlet(line: str) -> tuple[str, str]:
    """A byline's people and the outlet it names after them ("By Tom Edgington, BBC News"
    is ("Tom Edgington", "BBC News")); ("", "") for a line that is none, or names no
    outlet (a place, a web site, a date after the separator)."""
    if len(line) > STAMP_MAX_CHARS:
        return "", ""
    if line.split()[:1] and line.split()[0] in _OTHER_LABELS and (signed := signed_by(line)):
        after = line[line.index(signed) + len(signed) :].lstrip(" ,|/–—·•-")
        if named := _outlet_after_role(after):
            return signed, named  # ("Por Ana Cristina Campos - Repórter da Agência Brasil")
    if not _a_byline(line):
        return "", ""
    head, sep, tail = _split_byline(" ".join(line.split()[1:]))
    outlet = tail.split()
    if not sep or not 0 < len(outlet) <= 5 or not all(map(_capitalized, outlet)):
        return "", ""
    if not _people(_PLACE.sub("", head)) or _a_date_line(tail) or _STAFF.fullmatch(tail.strip()):
        return "", ""  # (nor a role: "By Jane Doe, Staff Writer | 2026-03-14")
    # A desk signing for its people is none of them ("By staff, Reuters": no author "staff").
    people = ", ".join(
        p for p in _PLACE.sub("", head).strip().split(", ") if not _STAFF.fullmatch(p)
    )
    return people, " ".join(outlet)


# A computer's login, no one's name: small letters, digits, dots, hyphens or underscores,
# no space, maybe an e-mail's domain ("jperez", "mlopez2", "j.perez@clarin.com")
_LOGIN = re.compile(r"[a-z0-9._-]+(?:@[a-z0-9.-]+)?")


def login_name(name: str) -> bool:
    """Whether ``name``, a file's author property, is a login, no byline: a Clarín
    stringer's Word file showed "by jperez" over the text's own "Por Juan Pérez" (a Latin
    American wire desk's walkthrough)."""
    return _LOGIN.fullmatch(name.strip()) is not None


def author_byline(author: str) -> str:
    """The byline a file's author property gives (a Word, OpenDocument, PDF or RTF file's),
    "" when it names no one: a login ("jperez": the text's own "Por Juan Pérez" is read) or
    a news outlet, the file's own or another's ("Reuters", "dpa", WAM's "وام": a Gulf desk's
    WAM file read "WAM · by وام", as a .docx, then as an .odt and a PDF)."""
    author = author.strip()
    # (a paper's name that is a person's too, "Dawn", is the person's: a review)
    outlet = outlet_named(author, field=True) and not (author.isascii() and word_named(author))
    if login_name(author) or outlet or author in CREDIT_ONLY:
        return ""
    return author


def _split_byline(line: str) -> tuple[str, str, str]:
    """A byline's people and its outlet: after a bar, a dash, or the last comma; of
    "Jane Doe, Reuters | 2026-03-14", the outlet before the date (the date was taken for
    what followed the people, and the outlet lost: a standards editor's wire copies)."""
    found = _BYLINE_SEPARATOR.search(line)
    if found is not None:
        head, sep, tail = line[: found.start()], found.group(), line[found.end() :]
        if _a_date_line(tail):
            inner = _split_byline(head)
            if inner[1]:
                return inner
        return head, sep, tail
    head, sep, tail = line.strip().rpartition(",")
    return (head, sep, tail) if sep else (line, "", "")


def _capitalized(word: str) -> bool:
    first = word.lstrip("'’(\"")[:1]
    return first.isalpha() and first.isupper()


def _a_date_line(line: str) -> bool:
    """A line that gives a date, and a time, a weekday or a time zone at most ("5 декабря
    2026, 10:15", "Monday, 5 December 2026, 10:15 GMT"): a page's time stamp, not its
    headline (it named a story, its report and the report's file)."""
    line = _CJK_CLOCK.sub(" ", line)  # ("2026年12月5日 12時10分": the time's "時", "分")
    line = _PAGE_AT_END.sub("", line)  # ("Lunes 7 de diciembre de 2026, p. 21")
    if not any(c.isdigit() for c in line) or len(_unstamped(line.split())) > _DATE_MAX_WORDS:
        return False  # (a sentence: no date parser to import for it)
    from wirediff.core.reading.dates import line_date_span  # (reading imports this module)

    span = line_date_span(line, day_first=True)  # ("05.12.26, 19:45 Uhr", "05/12/2026" too)
    if span is None:
        return False
    rest = line[: span[0]] + " " + line[span[1] :]
    # (and an update's date after the publication's: "Gepubliceerd: 5 december 2026 14:30 |
    # Bijgewerkt: 5 december 2026 18:42" titled a Dutch page, "Published March 14, 2026 ·
    # Updated March 14, 2026" an English one — a media researcher's walkthrough)
    for _ in range(_DATES_ON_LINE - 1):
        span = line_date_span(rest, day_first=True)
        if span is None:
            break
        rest = rest[: span[0]] + " " + rest[span[1] :]
    words = ["".join(c for c in w if c.isalpha()) for w in rest.split()]
    return all(_stamp_word(w) for w in words if w)


# A page's number after a print edition's day, labelled after a comma, a bar, a dash or a
# space ("Lunes 7 de diciembre de 2026, p. 21", "…, pág. 14", "… página 3", "7. Dezember
# 2026, Seite 3", "December 7, 2026 p. A12"), or a bare number after a bar ("… | 7"): La
# Jornada's print edition heads its page so, and the line titled the story over its
# headline (a Spanish/Portuguese desk's walkthrough)
_PAGE_AT_END = re.compile(
    r"(?:(?:\s*[,|·•–—-]\s*|\s+)(?:pp?\.|pg\.|p[áa]g\.|p[áa]gina|page|seite|s\.|side|sida"
    r"|sivu|strona|str\.)\s*[A-Z]?\d{1,3}[A-Z]?|\s*[|·•]\s*\d{1,3})\s*$",
    re.IGNORECASE,
)
# The most words of letters a date holds ("14 de marzo de 2026", "the 14th of March").
_DATE_MAX_WORDS = 4
_DATES_ON_LINE = 3  # the most dates a stamp line gives (published, updated)


def _unstamped(words: list[str]) -> list[str]:
    """The words of letters (no digits) that are no time stamp's (a weekday, "updated", a
    time zone): a date holds a few (its month, "de")."""
    letters = ["".join(c for c in w if c.isalpha()) for w in words if not any(map(str.isdigit, w))]
    return [w for w in letters if w and not _stamp_word(w)]


def _stamp_word(word: str) -> bool:
    return word.casefold() in _STAMP_WORDS or (word.isupper() and len(word) <= 4)


# A line opening in wiki markup: italics' quotes ("''this article refers to the city of
# Hamilton…''", a hatnote), an image's name ("image:ltspkr.png" before the lede, its
# caption run on) or its options: Wikipedia revisions saved flat were titled so (the
# devdata revisions)
_WIKI_OPENING = re.compile(
    r"''|(?i:image|file):\S+\.(?i:png|jpe?g|gif|svg)"
    # (or an image's options left alone on a line: "right", "thumb", "300px")
    r"|(?:thumb|thumbnail|right|left|center|centre|upright|frameless|\d+px)\s*$"
)


def _links_or_markup(line: str) -> bool:
    """A run of navigation links ("Home | World | Sport": two "|" or more, no part of four
    words) or wiki markup ("thumb|left|230px|…": a "|" between two characters); a page's
    title with its section and site ("Troops to stay in Iraq | World | Reuters") is
    neither."""
    if re.search(r"\S\|\S", line) or _WIKI_OPENING.match(line):
        return True
    parts = line.split("|")
    return len(parts) > 2 and all(len(part.split()) < 4 for part in parts)


def _shorten(line: str, limit: int) -> str:
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def names_apart(a: Path, b: Path) -> tuple[str, str]:
    """Two files' names, each with as many of its folders as tell them apart when the names
    are alike ("2025/bill.txt" and "2026/bill.txt": a comparison headed "bill.txt" and
    "bill.txt" said nothing of which draft stood on which side)."""
    if a.name != b.name:
        return a.name, b.name
    for n in range(2, max(len(a.parts), len(b.parts)) + 1):
        ends = "/".join(a.parts[-n:]), "/".join(b.parts[-n:])
        if ends[0] != ends[1]:
            return ends
    return str(a), str(b)
