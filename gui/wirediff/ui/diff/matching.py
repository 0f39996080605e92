"""Where the find text is in the panes of a comparison, and the order find steps through it.

Pure Python over each pane's render plan: its text as a reader sees it (``PaneText``) and
its rows (``RowBlocks``); positions are document positions, as the panes have them.

The text typed finds what looks the same on screen however the file encodes it
(``pattern``). Matches are taken in reading order: down the rows and, along a row, the left
pane before the right one (the panes scroll together, so a step down never goes back up
the screen, and every match of both panes is reached).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import deque
from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

from wirediff.core.han import han_table
from wirediff.core.lookalikes import LOOKALIKES
from wirediff.core.tokens import (
    ARABIC_LETTERS,
    ARABIC_SCRIPT_LETTER,
    HEBREW_POINTS,
    INVISIBLE_MARKS,
    TYPOGRAPHY,
    UMLAUTS_SPELT,
    search_key,
)
from wirediff.ui.diff.plan import PanePlan

MAX_COUNTED = 2000  # matches counted at most in a pane (a common word in a long text: "2000+")
PANE_NAMES = ("left", "right")

# Characters that do not show (soft hyphen, zero-width space, joiners, direction marks, word
# joiner, BOM: ``INVISIBLE_MARKS``), and the optional marks of the Arabic script the
# comparison drops (harakat, tatweel, superscript alef, Quranic marks: as the list's filter
# does) and Hebrew's points: a match may hold them anywhere, as a reader does not see them
# (or reads the word without them).
_SKIPPED = (
    f"{INVISIBLE_MARKS}\u00ad\u200c\u200d\u0640\u064b-\u065f\u0670\u06d6-\u06ed{HEBREW_POINTS}"
)
_INVISIBLE = f"[{_SKIPPED}]*"
# Where a space is typed between two letters of the Arabic script, white space too: a
# space, a zero-width non-joiner and nothing are one (``search_key``: "زمین لرزه" found no
# "زمین‌لرزه"); where none is, a space only in a match that starts and ends with a word
# (``pattern``).
_ARABIC_JOIN = f"[\\s{_SKIPPED}]*"
_TRAILING = f"[\u064b-\u065f\u0670\u06d6-\u06ed{HEBREW_POINTS}]*"
_ARABIC_LETTER = re.compile(f"[{ARABIC_SCRIPT_LETTER}]")
# A letter of an Arabic-script word as written, with its optional marks and tatweel.
_ARABIC_WORD = f"[{ARABIC_SCRIPT_LETTER}\u0640\u064b-\u065f\u0670\u06d6-\u06ed]"
# Where a letter's key (``search_key``) is another letter: a Latin or Greek letter with its
# accents (ż, ά), a stroke (ł) or its capital; Find takes them as the filter does.
_KEYED_RANGES = ((0x00C0, 0x0250), (0x0370, 0x0400), (0x1E00, 0x2000))
_LATIN_GREEK_MARKS = "[\u0300-\u036f]*"  # (after such a letter: the file may decompose it)


@functools.cache
def _variants() -> dict[str, frozenset[str]]:
    """Each quote or dash with the ones the comparison takes for it ('’' and "'"), and each
    Arabic-script letter with its variants (ي and ی, ك and ک, ه and ہ, ٣ and 3): the word
    typed on an Arabic keyboard finds it in Urdu copy; ё with е ("левочкин" found
    "Левочкин" only, not "Лёвочкин", though the comparison takes them as one); and a
    traditional Chinese character with its simplified form (縣 and 县); and the Latin and
    Cyrillic letters that look alike (a copy disguised with Latin o in "Зeлeнский")."""
    groups: dict[str, set[str]] = {"е": {"е", "ё"}, "Е": {"Е", "Ё"}}  # (as ``fold_yo``)
    for code, folded in (*TYPOGRAPHY.items(), *ARABIC_LETTERS.items(), *han_table().items()):
        if isinstance(folded, str) and len(folded) == 1 and not folded.isspace():
            groups.setdefault(folded, {folded}).add(chr(code))
    for latin, cyrillic in LOOKALIKES:  # (a Latin o typed in "Зеленский": it looks the same)
        groups[cyrillic] = groups[latin] = groups.get(cyrillic, {cyrillic}) | groups.get(
            latin, {latin}
        )
    return {char: frozenset(group) for group in groups.values() for char in group}


@functools.cache
def _keyed() -> dict[str, frozenset[str]]:
    """Each letter with the letters whose ``search_key`` it is (z: ź, ż, ž, Z...; α: ά,
    Ά, ἀ...; i: ı, İ): the same key function for Find as for the list's filter, where
    Find took "zadluzenie" for no "zadłużenie" and "ευρω" for no "ευρώ" (a Central
    European and a Greek desk's walkthroughs)."""
    groups: dict[str, set[str]] = {}
    for low, high in _KEYED_RANGES:
        for char in map(chr, range(low, high)):
            key = search_key(char)
            if len(key) == 1 and key != char and key.isalnum():
                groups.setdefault(key, {key}).add(char)
    return {key: frozenset(group) for key, group in groups.items()}


def _char(char: str) -> str:
    """The pattern of one character of the find text: any of its typographic variants and
    the letters of its key (``_keyed``), each composed or decomposed (the file may hold "é"
    as e + U+0301)."""
    key = search_key(char)
    keyed = _keyed().get(key, frozenset()) if len(key) == 1 else frozenset()
    forms = {
        form
        for variant in _variants().get(char, frozenset((char,))) | keyed
        for form in (variant, unicodedata.normalize("NFD", variant))
    }
    marks = _LATIN_GREEK_MARKS if keyed else ""
    if len(forms) == 1:
        return re.escape(char) + marks
    singles = "".join(re.escape(f) for f in sorted(forms) if len(f) == 1)
    longer = [re.escape(f) for f in sorted(forms, key=len, reverse=True) if len(f) > 1]
    return "(?:" + "|".join([*longer, f"[{singles}]"]) + ")" + marks


@functools.lru_cache(maxsize=64)  # each text typed is one (the count and each step ask)
def pattern(text: str) -> re.Pattern[str]:
    """What the find text matches, as the comparison sees text: any case (as Qt's find),
    accents composed or not, white space of any kind (a no-break space too) for a space,
    quotes and dashes for their variants, characters that do not show skipped."""
    parts: list[str] = []
    chars: list[str] = []  # each part's character ("" for white space)
    for char in unicodedata.normalize("NFC", text):
        if char.isspace():
            if parts[-1:] != [r"\s+"]:
                parts.append(r"\s+")
                chars.append("")
        elif unicodedata.category(char) != "Cf" and search_key(char):
            # (a mark that does not show, typed or pasted, or one the key drops: harakat)
            parts.append(_char(char))
            chars.append(char)
    found = _joined(*_arabic_words(parts, chars, _INVISIBLE))
    spaced = _joined(*_arabic_words(parts, chars, _ARABIC_JOIN))
    if spaced != found:
        # Two Arabic-script letters typed together find a space between them only in a
        # match that starts and ends with a word ("زمینلرزه" finds "زمین لرزه"): a space
        # anywhere made "من" find "اليوم نفسه", the end of a word and the next one's
        # start, and "ایران" "ای رانندگان" (review rv181).
        found = f"{found}|(?<!{_ARABIC_WORD})(?:{spaced})(?!{_ARABIC_WORD})"
    return re.compile(found or re.escape(text), re.IGNORECASE)


def _joined(parts: list[str], chars: list[str]) -> str:
    found = _INVISIBLE.join(_ligatures(parts, chars))
    if found and chars[-1]:
        found += _TRAILING  # (the last letter's points: the match ends after its cluster)
    return found


def _arabic_words(parts: list[str], chars: list[str], join: str) -> tuple[list[str], list[str]]:
    """``parts`` with each run of Arabic-script letters one part, a space typed between two
    of them dropped, white space allowed there (``_ARABIC_JOIN``), and ``join`` between
    two typed together."""
    out: list[str] = []
    out_chars: list[str] = []
    spaced: set[int] = set()  # the parts typed after a space dropped
    for at, (part, char) in enumerate(zip(parts, chars, strict=True)):
        arabic = bool(char) and _ARABIC_LETTER.match(char) is not None
        if not char and 0 < at < len(parts) - 1:
            before, after = chars[at - 1], chars[at + 1]
            if before and after and _ARABIC_LETTER.match(before) and _ARABIC_LETTER.match(after):
                spaced.add(at + 1)
                continue
        if arabic and out_chars and out_chars[-1] and _ARABIC_LETTER.match(out_chars[-1][-1]):
            out[-1] += (_ARABIC_JOIN if at in spaced else join) + part
            out_chars[-1] += char
            continue
        out.append(part)
        out_chars.append(char)
    return out, [c[:1] for c in out_chars]


def _ligatures(parts: list[str], chars: list[str]) -> list[str]:
    """``parts`` with the letters a Latin ligature stands for matching it too ("fi" finds
    "ﬁ", as the comparison folds it), and a ligature typed its letters; German's umlauts
    likewise with their letters spelt out, as the list's filter takes them
    (``tokens.filter_key``): "fernzuege" finds "Fernzüge", "fernzüge" "Fernzuege"."""
    out: list[str] = []
    at = 0
    while at < len(parts):
        for size in (3, 2):
            letters = "".join(chars[at : at + size]).casefold()
            if len(letters) == size and letters in _LIGATURE_OF:
                joined = _INVISIBLE.join(parts[at : at + size])
                out.append(f"(?:{re.escape(_LIGATURE_OF[letters])}|{joined})")
                at += size
                break
            umlaut = _UMLAUT_OF.get(letters) if size == 2 else None
            if umlaut is not None:  # ("ue" typed: ü as well, composed or not; no "u")
                joined = _INVISIBLE.join(parts[at : at + size])
                out.append(f"(?:{umlaut}|{letters[0]}\u0308|{joined})")
                at += size
                break
        else:
            letters = _LIGATURES.get(chars[at], "") or _SPELLED.get(chars[at].casefold(), "")
            if letters:
                spelled = _INVISIBLE.join(re.escape(c) for c in letters)
                out.append(f"(?:{parts[at]}|{spelled})")
            else:
                out.append(parts[at])
            at += 1
    return out


# The Latin ligatures the comparison folds (``TYPOGRAPHY``) and their letters, both ways
# ("st" stands for ﬆ; ﬅ, the long s and t, is found by "ſt").
_LIGATURES = {
    char: folded
    for char, folded in ((chr(code), f) for code, f in TYPOGRAPHY.items())
    if isinstance(folded, str) and len(folded) > 1 and "\ufb00" <= char <= "\ufb06"
}
_LIGATURE_OF = {letters: char for char, letters in _LIGATURES.items() if char != "\ufb05"}
# German's umlauts and their letters spelt out ("Fernzuege", as APA's file names and a
# keyboard without them write them); the pattern is case-blind, so the small ones do.
_SPELLED = UMLAUTS_SPELT
_UMLAUT_OF = {letters: umlaut for umlaut, letters in _SPELLED.items()}


class Hit(NamedTuple):
    """One match, ordered as read: by row, then pane, then place in the pane."""

    row: int
    pane: int  # its index among the panes searched (0 left or inline, 1 right)
    start: int  # document positions in that pane
    end: int


def _hit(plan: PanePlan, pane: int, found: re.Match[str]) -> Hit:
    start, end = plan.text().span(found.start(), found.end())
    return Hit(row_of(plan, start), pane, start, end)


def row_of(plan: PanePlan, position: int) -> int:
    return plan.rows.row_of(plan.rows.block_at(position))


def _row_index(plan: PanePlan, row: int) -> int:
    """Where ``row`` starts in the pane's text as read (its end after the last row)."""
    if row >= len(plan.rows):
        return len(plan.text().text)
    return plan.text().index(plan.rows.start(plan.rows.first(max(row, 0))))


def _first(text: str, plan: PanePlan, pane: int, index: int) -> Hit | None:
    found = pattern(text).search(plan.text().text, index)
    return None if found is None else _hit(plan, pane, found)


def _last(text: str, plan: PanePlan, pane: int, index: int) -> Hit | None:
    """The last match ending at or before ``index``."""
    before = deque(pattern(text).finditer(plan.text().text, 0, index), maxlen=1)
    return _hit(plan, pane, before[0]) if before else None


def step(
    text: str, plans: Sequence[PanePlan], at: tuple[int, int, int], backward: bool
) -> tuple[Hit | None, bool]:
    """The match after (``backward``: before) the selection ``at`` — (pane, start, end) —
    in reading order, wrapping around at the end (start); and whether it wrapped."""
    pane, start, end = at
    row = row_of(plans[pane], start)
    found: list[Hit | None] = []
    for other, plan in enumerate(plans):
        if backward:  # rows up to this one: in a pane to the right, up to the one before
            index = _row_index(plan, row + 1 - (other > pane))
            if other == pane:
                index = plan.text().index(start)
            found.append(_last(text, plan, other, index))
        else:  # rows from this one on: in a pane to the left, from the next one
            index = _row_index(plan, row + (other < pane))
            if other == pane:
                index = plan.text().index(end)
            found.append(_first(text, plan, other, index))
    hits = [hit for hit in found if hit is not None]
    if hits:
        return (max(hits) if backward else min(hits)), False
    every = [
        _last(text, plan, i, len(plan.text().text)) if backward else _first(text, plan, i, 0)
        for i, plan in enumerate(plans)
    ]
    hits = [hit for hit in every if hit is not None]
    if not hits:
        return None, False
    return (max(hits) if backward else min(hits)), True


def spans(plan: PanePlan, text: str) -> list[tuple[int, int]]:
    """Where ``text`` is in the pane (document positions), at most ``MAX_COUNTED`` + 1."""
    if not text:
        return []
    found = islice(pattern(text).finditer(plan.text().text), MAX_COUNTED + 1)
    return [plan.text().span(m.start(), m.end()) for m in found]


class Matches:
    """The matches of one find text in the panes searched, found once (a step only looks up
    where its match is among them), and what the count says."""

    def __init__(self, text: str, plans: Sequence[PanePlan]) -> None:
        self.text = text
        self.shown = tuple(plan.text() for plan in plans)  # what they were found in
        self.spans = [spans(plan, text) for plan in plans]
        self.hits = sorted(
            Hit(row_of(plan, start), pane, start, end)
            for pane, (plan, found) in enumerate(zip(plans, self.spans, strict=True))
            for start, end in found[:MAX_COUNTED]
        )
        # Past the last match counted in a pane with more, the order is not known.
        cut = [
            max(h for h in self.hits if h.pane == p)
            for p, f in enumerate(self.spans)
            if len(f) > MAX_COUNTED
        ]
        self._known_until = min(cut, default=None)

    def fits(self, text: str, plans: Sequence[PanePlan]) -> bool:
        """Whether these are the matches of ``text`` in ``plans`` (same text, same panes)."""
        shown = tuple(plan.text() for plan in plans)
        return (
            text == self.text
            and len(shown) == len(self.shown)
            and all(a is b for a, b in zip(shown, self.shown, strict=True))
        )

    def _number(self, pane: int) -> str:
        found = len(self.spans[pane])
        return f"{MAX_COUNTED}+" if found > MAX_COUNTED else str(found)

    def ordinal(self, hit: Hit) -> int | None:
        """The number of ``hit`` in reading order (1 for the first), None if it is not a
        match or comes after one no longer counted."""
        at = bisect.bisect_left(self.hits, hit)
        if at == len(self.hits) or self.hits[at] != hit:
            return None
        if self._known_until is not None and hit > self._known_until:
            return None
        return at + 1

    def label(self, selected: Hit | None) -> str:
        """ "3 of 9, in the right pane" for the match selected; "9 matches: 2 left, 7 right"
        without one (one pane, inline: "3 of 12", "12 matches"); "no match"."""
        if not self.hits:
            return "no match"
        total = str(len(self.hits)) + "+" * any(len(s) > MAX_COUNTED for s in self.spans)
        two = len(self.spans) > 1
        at = self.ordinal(selected) if selected is not None else None
        if selected is not None and at is not None:
            return f"{at} of {total}" + f", in the {PANE_NAMES[selected.pane]} pane" * two
        counted = f"{total} match{'es' * (total != '1')}"
        if not two:
            return counted
        return (
            counted
            + ": "
            + ", ".join(f"{self._number(pane)} {name}" for pane, name in enumerate(PANE_NAMES))
        )
