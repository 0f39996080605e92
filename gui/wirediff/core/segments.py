"""Paragraphs and sentences: the units the alignment pairs up.

A paragraph is a non-blank line (news text puts one paragraph on a line; blank lines only
separate). Sentences end at ``.``, ``!``, ``?``, ``…`` (and the Arabic, Urdu and CJK stops),
optionally followed by closing quotes or brackets, when what follows starts a new sentence:
not after a known abbreviation ("Mr.", "Jan. 6") or a single letter ("U.S.", "John F."), and
not before a lower-case letter or a digit. Numbers ("2.5 percent") never split: the dot is
inside the word token.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from wirediff.core.tokens import TokenArrays

_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence stop, closing quotes/brackets, then horizontal space before the next sentence.
_LATIN_END = re.compile(r"[.!?…؟۔]+[\"'”’»)\]]*[ \t\u00a0\u2009\u202f]+(?=\S)")
# CJK stops need no space after them.
_CJK_END = re.compile(r"[。！？]+[」』”’)）]*(?=\S)")

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres
    inc corp co ltd llc bros dept univ assn vs etc al approx est fig no nos vol pp ed eds
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    mt ft ave blvd rd""".split()
)


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence: compared tokens ``[lo, hi)`` inside paragraph number ``para``."""

    para: int
    lo: int
    hi: int


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line."""
    return [m.span() for m in _PARAGRAPH.finditer(text) if not m.group().isspace()]


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the word ending at ``stop`` (where a single "." stands) is an abbreviation."""
    i = stop
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = text[i:stop]
    return len(word) == 1 or word.lower() in ABBREVIATIONS


def sentence_starts(text: str) -> list[int]:
    """Offsets where a new sentence starts inside a paragraph (not at paragraph starts)."""
    starts = []
    for m in _LATIN_END.finditer(text):
        nxt = text[m.end()]
        if nxt.islower() or nxt.isdigit():
            continue
        stops = m.group().rstrip()
        if stops.rstrip("\"'”’»)]") == "." and _abbreviation_before(text, m.start()):
            continue
        starts.append(m.end())
    if any(c in text for c in "。！？"):
        starts.extend(m.end() for m in _CJK_END.finditer(text))
        starts.sort()
    return starts


def units(text: str, tokens: TokenArrays) -> list[Unit]:
    """The sentences of ``text`` as ranges of its compared tokens, in order."""
    token_starts = tokens.starts
    breaks = sentence_starts(text)
    result: list[Unit] = []
    for para, (p_start, p_end) in enumerate(paragraph_spans(text)):
        lo = bisect.bisect_left(token_starts, p_start)
        end = bisect.bisect_left(token_starts, p_end, lo)
        b = bisect.bisect_right(breaks, p_start)
        while b < len(breaks) and breaks[b] < p_end:
            cut = bisect.bisect_left(token_starts, breaks[b], lo, end)
            if cut > lo:
                result.append(Unit(para, lo, cut))
                lo = cut
            b += 1
        if end > lo:
            result.append(Unit(para, lo, end))
    return result
