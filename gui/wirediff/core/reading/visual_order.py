"""Right-to-left text that a PDF's text layer gives in visual order: telling it, and
reading a line of it back in reading order.

pypdf reverses the right-to-left letters it reads, as if they were drawn from left to right,
as most PDF writers draw them. Qt's (QPdfWriter) draws them from right to left, in reading
order: pypdf then gives each line as it is seen, its words and letters reversed, and Arabic
in presentation forms (the shapes letters take at a word's start, middle or end). A verbatim
copy of a release read 0% alike it, silently.

The tell: in reading order a word's letters join forward, from an initial form through
medial ones to a final form, ة and Hebrew's final letters (ך ם ן ף ץ) end words, and Arabic's
"the", ال, opens many (a word ending in لا, "مثلا", is rarer); seen, the other way round. A
line as seen is read back from right to left, its runs of Latin text and of digits each in
their own order, and its presentation forms folded into the letters they show
(``pdf_lines`` rebuilds a page's lines as seen from pypdf's pieces).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import pairwise

TURNED = "right-to-left text put back in reading order"  # what a document's encoding says
_MIN_EVIDENCE = 4  # words' joins or ends that read backwards, at the least
_BACKWARDS_SHARE = 0.8  # of all those that tell, at the least
# Letters that only end a word: Arabic teh marbuta, Hebrew's final forms.
_WORD_FINAL = frozenset("\u0629\u05da\u05dd\u05df\u05e3\u05e5")
_JOINS_ON = frozenset(("initial", "medial"))  # a form that joins the next letter read
_JOINED_TO = frozenset(("medial", "final"))  # a form joined to the letter before it
_WORD = re.compile(r"[^\W\d_]+(?:[\u064b-\u065f\u0670\u05b0-\u05c7]+[^\W\d_]*)*")
_RTL_SCRIPT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_PRESENTATION_FORMS = re.compile("[\ufb1d-\ufdff\ufe70-\ufefe]+")
_CLOSES = {")": "(", "]": "[", "}": "{"}  # a closing bracket, and the one it closes
_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


@cache
def _form(char: str) -> str:
    """An Arabic presentation form's shape ("initial", "medial", "final", "isolated"),
    else ""."""
    if not ("\ufb50" <= char <= "\ufefe"):
        return ""
    tag = unicodedata.decomposition(char).partition(">")[0]
    return tag[1:] if tag.startswith("<") else ""


def _letters(word: str) -> list[str]:
    return [c for c in word if unicodedata.category(c)[0] == "L"]


def _evidence(text: str) -> tuple[int, int]:
    """How many of ``text``'s right-to-left words' joins and ends read forwards, and how
    many backwards."""
    forwards = backwards = 0
    for found in _WORD.finditer(text):
        letters = _letters(found.group())
        if len(letters) < 2 or not any(is_rtl(c) for c in letters):
            continue
        word = "".join(letters)
        forwards += (word[-1] in _WORD_FINAL) + (len(word) > 2 and word.startswith("ال"))
        backwards += (word[0] in _WORD_FINAL) + (len(word) > 2 and word.endswith("لا"))
        for a, b in pairwise(letters):
            shapes = _form(a), _form(b)
            if shapes == ("medial", "medial"):
                continue  # (joined both ways: tells nothing)
            forwards += shapes[0] in _JOINS_ON and shapes[1] in _JOINED_TO
            backwards += shapes[1] in _JOINS_ON and shapes[0] in _JOINED_TO
    return forwards, backwards


def reads_backwards(text: str) -> bool:
    """Whether ``text``'s right-to-left words are in visual order: letters that join read
    backwards, and words that open with the letters that end them, nearly all."""
    if not _RTL_SCRIPT.search(text):
        return False
    forwards, backwards = _evidence(text)
    return backwards >= _MIN_EVIDENCE and backwards >= _BACKWARDS_SHARE * (forwards + backwards)


def is_rtl(char: str) -> bool:
    """Whether ``char`` is a right-to-left letter (Hebrew, Arabic…)."""
    return unicodedata.bidirectional(char) in ("R", "AL")


_KINDS = {"R": "R", "AL": "R", "L": "L", "EN": "D", "AN": "D", "CS": "C", "ES": "E", "ET": "T"}


def kinds(text: str) -> str:
    """A letter per character of ``text`` for its direction: R (right-to-left letter), L
    (left-to-right letter), D (digit), C (a separator within a number: ``,`` ``.`` ``:``
    ``/``), E (``+`` ``-``), T (``%`` ``$`` ``°``…) or N (anything else)."""
    return "".join(_KINDS.get(unicodedata.bidirectional(c), "N") for c in text)


def _kept_runs(arabic: bool) -> re.Pattern[str]:
    """Runs of a right-to-left line that are read left to right: Latin text (with the
    digits that follow it: "COVID-19"), and numbers — a separator between digits is part
    of one (``15/04/2026``, ``10:30``), and in Hebrew so are ``-`` and ``%`` (``06-55``,
    ``50%``), which in Arabic stand between numbers (``06-5518111`` is set ``5518111-06``)."""
    number = r"D+(?:CD+)*" if arabic else r"T*D+(?:[CE]D+)*T*"
    return re.compile(rf"L(?:[^R]*[LD])?|{number}")


def _backwards(visual: str, arabic: bool) -> str:
    """A run of right-to-left text as seen, in reading order: reversed, its runs of Latin
    text and numbers each kept in their order (with the bracket that closes one opened in
    them: "COVID-19 (BBC)"), its other brackets turned (a "(" seen opens to the right: a
    ")" read)."""
    held, kept = kinds(visual), _kept_runs(arabic)
    units: list[str] = []
    at = 0
    while run := kept.search(held, at):
        start, end = run.span()
        unclosed = {
            o: visual.count(o, start, end) - visual.count(c, start, end) for c, o in _CLOSES.items()
        }
        while end < len(visual) and unclosed.get(_CLOSES.get(visual[end], ""), 0) > 0:
            unclosed[_CLOSES[visual[end]]] -= 1
            end += 1
        units += [_MIRRORED.get(c, c) for c in visual[at:start]]
        units.append(visual[start:end])
        at = end
    units += [_MIRRORED.get(c, c) for c in visual[at:]]
    return "".join(reversed(units))


_RTL_STRETCH = re.compile(r"R(?:[^L]*R)?")
_ARABIC = re.compile("[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefe]")


def reading_order(visual: str) -> str:
    """One line as seen, in reading order, its presentation forms folded into letters. A
    line is read from right to left, unless Latin letters stand at both its ends ("The word
    ﻡﻼﺳ means…"): then from left to right, each of its stretches of right-to-left text
    reversed. (A right-to-left line ending in a Latin credit, "المصدر: Reuters", is seen
    "Reuters :ردصملا", a Latin letter at its left end alone: mostly Latin, it was read from
    left to right, "Reuters :المصدر".)"""
    held = kinds(visual)
    if "R" not in held:
        return visual
    arabic = _ARABIC.search(visual) is not None
    strong = "".join(k for k in held if k in "RL")
    if strong[0] != "L" or strong[-1] != "L":
        line = _backwards(visual, arabic)
    else:
        line, at = "", 0
        for stretch in _RTL_STRETCH.finditer(held):
            start, end = stretch.span()
            line += visual[at:start] + _backwards(visual[start:end], arabic)
            at = end
        line += visual[at:]
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line)


_HEBREW = re.compile("[\u05d0-\u05ea]")
_FOUR_DIGITS = re.compile(r"(?<![\d.,:/])\d{4}(?![\d.,:/])")
_YEAR = re.compile(r"(?:19|20)\d\d")


def visual_hebrew_read(text: str) -> str | None:
    """A plain text of Hebrew stored in visual order — each line as it is seen, from left
    to right, as old Israeli systems wrote ISO-8859-8 — with each line in reading order
    (``reading_order``: its Hebrew turned, its numbers and Latin words kept); None for a
    text that reads forwards. Such a file was read silently as mirrored text, its title
    "7202 תנשל הנידמה ביצקת" (a Hebrew desk's walkthrough). Told as a PDF's text layer is
    (``reads_backwards``): words that open with the final letters that end them. A text
    whose years read backwards too ("7202", more of them than years as written) was
    reversed whole, its digits with its letters: each line is reversed whole."""
    if not _HEBREW.search(text) or not reads_backwards(text):
        return None
    lines = text.split("\n")
    years = turned_years = 0
    for found in _FOUR_DIGITS.finditer(text):
        years += _YEAR.fullmatch(found.group()) is not None
        turned_years += _YEAR.fullmatch(found.group()[::-1]) is not None
    if turned_years > years:
        return "\n".join(line[::-1] for line in lines)
    return "\n".join(reading_order(line) for line in lines)
