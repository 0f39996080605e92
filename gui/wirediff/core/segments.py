"""Paragraphs and sentences: the units the alignment pairs up.

A paragraph is a non-blank line (news text puts one paragraph on a line; blank lines only
separate) — unless the text is hard-wrapped (short lines in blocks separated by blank lines,
as in e-mail or Project Gutenberg), where a paragraph is a block of lines.

Sentences end at ``.``, ``!``, ``?``, ``…`` and the stops of other scripts (Arabic, Urdu,
Devanagari and other Indic, Armenian, Ethiopic, CJK), optionally followed by closing quotes or
brackets, when what follows starts a new sentence: not after a known abbreviation ("Mr.",
"Jan. 6") or a single letter ("U.S.", "John F."), and not before a digit, nor before a
lower-case letter in a text that has capitals (a lower-cased text still has sentences).
A stop of a script other than Latin also ends a sentence with no space after it when a letter
of its script follows (``کردیا۔پولیس``: Urdu is often typed so). Numbers ("2.5 percent") never
split: the dot is inside the word token. A first "sentence" of a paragraph that is only one
or two words without lower-case letters (a dateline: ``LAHORE.``, ``لاہور ۔``, ``کیپ ٹاؤن۔``)
stays with the sentence it introduces.
"""

from __future__ import annotations

import bisect
import functools
import re
import zlib

from wirediff.core.options import CompareOptions
from wirediff.core.record import NamedTuple
from wirediff.core.tokens import TokenArrays

_DEFAULT = CompareOptions()

# Line breaks: \n, and the separators Unicode and old word processors use (\r is normalised
# by the readers, but the engine takes any string).
_PARAGRAPH = re.compile(r"[^\n\r\x0b\x0c\x85\u2028\u2029]+")
# A sentence stop (Latin, Arabic, Urdu, Indic, Armenian, Ethiopic), closing quotes or brackets
# (English, German „…“ and French « … » with its space inside), then white space before the
# next one.
_STOPS = ".!?…؟۔।॥։።፧"
_CLOSERS = r"(?:[ \u00a0\u202f]?[\"'”’“‘»)\]])*"
# Each pattern starts at the first stop of a run (the look-behind): tried from every stop of
# a run of 16,000 dots, a match failed 16,000 times along the run (quadratic: 5 s).
_SPACED_END = re.compile(rf"(?<![{_STOPS}])[{_STOPS}]+{_CLOSERS}[ \t\u00a0\u2009\u202f\n]+(?=\S)")
# The stops of a script other than Latin, directly followed by a letter of one of those
# scripts (Arabic and Urdu, Indic, Armenian, Ethiopic); and CJK stops, which need no space
# after them. Compiled when a text first holds such a stop, not at every start.
_GLUED_STOPS = "؟۔।॥։።፧"
_CJK_STOPS = "。！？"


@functools.cache
def _glued_end() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![{_GLUED_STOPS}])[{_GLUED_STOPS}]+{_CLOSERS}(?=[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
        r"\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\u0531-\u0587\u1200-\u137f])"
    )


@functools.cache
def _cjk_end() -> re.Pattern[str]:
    return re.compile(rf"(?<![{_CJK_STOPS}])[{_CJK_STOPS}]+[」』”’)）]*(?=\S)")


ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres
    inc corp co ltd llc bros dept univ assn vs etc al approx est fig no nos vol pp ed eds
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    mt ft ave blvd rd""".split()
)


class Unit(NamedTuple):
    """A sentence: compared tokens ``[lo, hi)`` inside paragraph number ``para``."""

    para: int
    lo: int
    hi: int


_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def paragraph_spans(text: str, options: CompareOptions = _DEFAULT) -> list[tuple[int, int]]:
    """``(start, end)`` of every paragraph: non-blank lines, or blocks if hard-wrapped."""
    lines = [m.span() for m in _PARAGRAPH.finditer(text) if not m.group().isspace()]
    if len(lines) < max(1, options.wrap_min_lines):
        return lines
    widths = [b - a for a, b in lines]
    normal = [w for w in widths if w <= options.wrap_max_line]
    if not normal or len(widths) - len(normal) > options.wrap_long_share * len(widths):
        return lines
    longest = max(normal)
    blocks = [m.span() for m in _BLOCK.finditer(text)]
    # Hard-wrapped: blank lines separate blocks, most lines sit in blocks of several lines,
    # and the lines that do not end a block are nearly full (a list of short headlines, or
    # a poem, is not hard-wrapped prose).
    if len(blocks) < 2 or 2 * len(blocks) > len(lines):
        return lines
    line_starts = [a for a, _ in lines]
    inner: list[int] = []  # widths of the lines that do not end their block
    for block_start, block_end in blocks:
        first = bisect.bisect_left(line_starts, block_start)
        last = bisect.bisect_left(line_starts, block_end)
        inner.extend(b - a for a, b in lines[first : last - 1])
    full = sum(1 for width in inner if width >= 0.6 * longest)
    if 3 * full < 2 * len(inner):
        return lines
    return blocks


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the word ending at ``stop`` (where a single "." stands) is an abbreviation."""
    i = stop
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = text[i:stop]
    return len(word) == 1 or word.lower() in ABBREVIATIONS


def sentence_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in ``text[start:end]`` where a sentence starts inside a paragraph."""
    end = len(text) if end is None else end
    starts = []
    stops = list(_SPACED_END.finditer(text, start, end))
    cased: bool | None = None  # whether its sentences start with capitals (when needed)
    for m in stops:
        nxt = text[m.end()]
        if nxt.isdigit():
            continue
        if nxt.islower():
            if cased is None:
                cased = _capitalized(text, stops)
            if cased:
                continue
        # "Mr." and "Jan." do not end a sentence; a stop closed by a quote ("no.”) does.
        if m.group().rstrip() == "." and _abbreviation_before(text, m.start()):
            continue
        starts.append(m.end())
    glued = []
    if any(c in text for c in _GLUED_STOPS):
        glued = [m.end() for m in _glued_end().finditer(text, start, end)]
    if any(c in text for c in _CJK_STOPS):
        glued.extend(m.end() for m in _cjk_end().finditer(text, start, end))
    if glued:
        starts = sorted({*starts, *glued})
    return starts


def _capitalized(text: str, stops: list[re.Match[str]]) -> bool:
    """Whether the text writes its sentences with capitals: it has capitals, and at least
    as many of its stops are followed by a capital as by a lower-case letter (or fewer
    than ``_FEW_LOWER`` by a lower-case one: "He said “no.” and left."). Then a stop
    before a lower-case word ("e.g. the", "approx. five") ends no sentence; in a text
    written in lower case (or whose sentences start so) every stop does. Counted, not
    "any capital at all": a few capitals added to such a text (a name, an inserted
    "NOTE") once cut two versions into different sentences, and the diff showed unchanged
    ones replaced."""
    if text.lower() == text:
        return False
    upper = lower = 0
    for m in stops:
        nxt = text[m.end()]
        upper += nxt.isupper()
        lower += nxt.islower()
    return upper >= lower or lower < _FEW_LOWER


_FEW_LOWER = 3  # stops before a lower-case word that may all be abbreviations


def units(
    text: str,
    tokens: TokenArrays,
    paragraphs: list[tuple[int, int]] | None = None,
    numbers: range | None = None,
    options: CompareOptions = _DEFAULT,
) -> list[Unit]:
    """The sentences of some paragraphs of ``text`` as ranges of their compared tokens.

    ``paragraphs`` are the text's paragraph spans (default: all of them) and ``numbers`` the
    indices of those to cut (default: all); ``tokens`` must hold at least their tokens.
    """
    paragraphs = paragraph_spans(text) if paragraphs is None else paragraphs
    numbers = range(len(paragraphs)) if numbers is None else numbers
    if not numbers:
        return []
    limit = max(2, options.unit_max_tokens)
    dateline = options.dateline_max_words
    token_starts = tokens.starts
    breaks = sentence_starts(text, paragraphs[numbers[0]][0], paragraphs[numbers[-1]][1])
    result: list[Unit] = []
    lo = bisect.bisect_left(token_starts, paragraphs[numbers[0]][0])
    b = 0
    for para in numbers:
        p_start, p_end = paragraphs[para]
        lo = bisect.bisect_left(token_starts, p_start, lo)
        end = bisect.bisect_left(token_starts, p_end, lo)
        b = bisect.bisect_right(breaks, p_start, b)
        first = True
        while b < len(breaks) and breaks[b] < p_end:
            cut = bisect.bisect_left(token_starts, breaks[b], lo, end)
            if cut > lo and not (first and _dateline(text, tokens, lo, cut, dateline)):
                result.extend(_limited(para, lo, cut, limit, tokens))
                lo = cut
            first = False
            b += 1
        if end > lo:
            result.extend(_limited(para, lo, end, limit, tokens))
        lo = end
    return result


def _dateline(text: str, tokens: TokenArrays, lo: int, hi: int, max_words: int) -> bool:
    """Whether tokens ``[lo, hi)``, first in their paragraph, are a dateline: a few words
    with no lower-case letter ("LAHORE.", "لاہور ۔", "کیپ ٹاؤن۔")."""
    if sum(tokens.words[lo:hi]) > max_words:
        return False
    piece = text[tokens.starts[lo] : tokens.ends[hi - 1]]
    return piece.upper() == piece


_CLAUSE_ENDS = frozenset(",;:،؛")


def _limited(para: int, lo: int, hi: int, limit: int, tokens: TokenArrays) -> list[Unit]:
    """Unit ``[lo, hi)``, cut into pieces of at most ``limit`` tokens, after a clause
    mark in the last quarter of each piece where there is one, else after the word the
    content picks (``_content_cut``): the same words on both sides of a comparison, so a
    few words inserted near the start do not shift every later cut (a fixed cut at the
    limit showed an unchanged sentence as deleted and inserted again)."""
    pieces = []
    while hi - lo > limit:
        cut = 0
        for i in range(lo + limit - 1, lo + limit * 3 // 4, -1):
            if tokens.keys[i] in _CLAUSE_ENDS:
                cut = i + 1
                break
        if not cut:
            cut = _content_cut(tokens.keys, lo + limit // 2, lo + limit)
        pieces.append(Unit(para, lo, cut))
        lo = cut
    pieces.append(Unit(para, lo, hi))
    return pieces


def _content_cut(keys: list[str], lo: int, hi: int) -> int:
    """Where to cut in ``[lo, hi)`` by content alone: after the token whose key has the
    smallest CRC-32 (the first of equal ones). Two versions of a long run without stops
    share most of such a window, so they mostly cut after the same word."""
    best = min(range(lo, hi), key=lambda i: zlib.crc32(keys[i].encode("utf-8", "surrogatepass")))
    return best + 1
