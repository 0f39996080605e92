"""A change as lists and reports quote it: old words and new."""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from wirediff.core.breaks import break_quote, break_sides
from wirediff.core.clocks import CLOCK_BEFORE, CLOCK_WHOLE, MERIDIEM, clock, half_alike
from wirediff.core.document import RELEASE_WORDS
from wirediff.core.numbering import heading_number_spans
from wirediff.core.numerals import (
    ARAB_NAME,
    ARABIC_SCRIPT_NUMBER,
    CJK_NUMBER,
    CRORES,
    INDIC_BILLIONS,
    INDIC_MILLIONS,
    INDIC_THOUSANDS,
    INDIC_TRILLIONS,
    LAKH_CRORE,
    LAKHS,
    SOUTH_ASIAN_MAGNITUDES,
    THOUSAND_CRORE,
    TURKIC_BILLIONS,
    TURKIC_MILLIONS,
    TURKIC_THOUSANDS,
    TURKIC_TRILLIONS,
    arabic_script_number,
    dots_group_each,
    plain_cjk,
    turkic,
)
from wirediff.core.result import BREAK_KINDS, Comparison, Op, OpKind, Row, RowKind, Span
from wirediff.core.scripts import unspaced_letter
from wirediff.core.tokens import (
    ANY_RUPEE,
    FIGURE_SIGNS,
    FULL_WIDTH,
    MONEY_SIGNS,
    RUPEE_CURRENCIES,
    SOUTH_ASIAN_SIGNS,
    Token,
    TokenKind,
    search_key,
    tokenize,
)

_LOOK = 200  # characters looked at for the words around a break
_EQUAL = OpKind.EQUAL


def change_words(
    comparison: Comparison, index: int, whole_moves: bool = False, cut: bool = True
) -> tuple[str, str]:
    """Change ``index`` as lists and reports quote it: its words on each side, white space
    collapsed. A paragraph break: the words around it (``breaks.break_quote``). A moved
    unit, with ``whole_moves`` (a report's "old → new"): its words at each of its places
    (one place's change has no words on the other side: a flagged move was quoted
    "text → —"); else at this place only (a list says "⇄ text" of the place it names).
    ``cut``: long runs kept between edits cut to their ends (``cut_kept``: for a reader;
    data exports give every word)."""
    change = comparison.changes[index]
    texts = (comparison.left_text, comparison.right_text)
    if change.kind in BREAK_KINDS:  # each side's own words (the other's were made up)
        left_broken, right_broken = break_sides(change.kind)
        return _around(texts[0], change.left.start, left_broken), _around(
            texts[1], change.right.start, right_broken
        )
    left, right = quoted_spans(comparison, index, whole_moves)
    words = _words(texts[0], left), _words(texts[1], right)
    return cut_kept(*words) if cut else words


def quoted_spans(
    comparison: Comparison, index: int, whole_moves: bool = False
) -> tuple[Span, Span]:
    """The spans ``change_words`` quotes of change ``index`` (a paragraph break's: its own,
    empty where the break is): a moved unit's, with ``whole_moves``, at each of its places
    (a report's place of a move named one end and an empty span for the other, beside
    words quoted from both)."""
    change = comparison.changes[index]
    row = comparison.rows[change.row]
    link = row.link if whole_moves and row.kind is RowKind.MOVED else None
    if link is None or change.kind in BREAK_KINDS:
        return change.left, change.right
    other = comparison.rows[link]
    return row.left or other.left or change.left, row.right or other.right or change.right


_KEPT_WORDS = 4  # words of a kept run between two edits quoted on each side of its cut
# the longest side cut so (matching 30,000 words a side took 40 s: a moved chapter's quote)
_CUT_MAX_WORDS = 600


def cut_kept(old: str, new: str) -> tuple[str, str]:
    """A change's words on each side (white space collapsed), each run of words the two
    sides keep between two edits cut to its ends when longer than twice ``_KEPT_WORDS``
    and one:
    "… tobacco and machine oil although he … once" — one sentence's edits are one change,
    and a translator's split sentence and a phrase reworded 40 words on were quoted from
    the sentence's start, cut by the list and the report before either."""
    words = old.split(" "), new.split(" ")
    if min(map(len, words)) <= 2 * _KEPT_WORDS + 1 or max(map(len, words)) > _CUT_MAX_WORDS:
        return old, new  # (a change of thousands of words: its start is all a list shows)
    cuts: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    blocks = SequenceMatcher(None, *words, autojunk=False).get_matching_blocks()
    for a, b, size in blocks:
        inside = (a or b) and (a + size < len(words[0]) or b + size < len(words[1]))
        if size > 2 * _KEPT_WORDS + 1 and inside:  # (between edits, not at the ends)
            cuts[0].append((a + _KEPT_WORDS, a + size - _KEPT_WORDS))
            cuts[1].append((b + _KEPT_WORDS, b + size - _KEPT_WORDS))
    out = []
    for side, side_cuts in zip(words, cuts, strict=True):
        parts, at = [], 0
        for start, end in side_cuts:
            parts.append(" ".join(side[at:start]))
            at = end
        parts.append(" ".join(side[at:]))
        out.append(" … ".join(parts))
    return out[0], out[1]


def _around(text: str, at: int, broken: bool) -> str:
    return break_quote(text[max(0, at - _LOOK) : at], text[at : at + _LOOK], broken)


def _words(text: str, span: Span) -> str:
    return " ".join(text[span.start : span.end].split())


# (a full-width ６．９ is one figure: its point was lost, "6.8 → ６ ９"; so is Japanese ５・９,
# Arabic and Persian ۲۱٫۵٪ with their decimal and thousands signs, and a Swiss 1’000)
# A score or a range is one figure ("14-8 → 15-7", "1990-91"; its dash was said as a
# space, "14 8 → 15 7"), not a date in figures (2026-03-12).
# A number grouped by plain spaces, as the tokens read one (``tokens._GROUPED``: no other
# number a space away), is one figure too: "15 000 → 18 000" was "15 → 18".
# A time as French writes it, "15 h 30", "12h05", "07h12" (no-break spaces or none)
H_TIME = r"(?<!\d)\d{1,2}[\u00a0\u202f ]?[hH][\u00a0\u202f ]?\d\d"
# A date and a time as Chinese, Japanese and Korean write them, each one figure: "12月5日",
# "2026年12月5日", "5日", "14時30分" (a Japanese stamp's "14時30分 → 16時10分" was "14 →
# 16, 30 → 10", an East Asian agency monitor's walkthrough)
_CJK_DATE = r"(?:(?:\d{4}[年년]\s?)?\d{1,2}[月월]\s?)?\d{1,2}[日일](?!\d)"
_CJK_TIME = r"\d{1,2}[時时시]\s?\d{1,2}[分분]"
_CJK_DATED = re.compile("[年月日時时分년월일시분]")
# A clock time with its zone, as Reuters writes one: "at 1400 GMT"
_ZONE_TIME = r"(?<![\w.,])(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC)\b"
_ZONE_CLOCK = re.compile(_ZONE_TIME)
# Japanese seismic intensity, its 強 or 弱 a step of its scale: "震度5強 → 震度5弱", a real
# correction, was no figure changed (a Korean and Japanese desk's walkthrough)
_SHINDO = r"震度[ \u00a0]?[0-7０-７](?:[ \u00a0]?[強弱])?"
_FIGURE = re.compile(
    rf"{_SHINDO}|{_CJK_DATE}|{_CJK_TIME}|{CJK_NUMBER}|{_ZONE_TIME}"
    r"|(?<![\w.,])(?<!\d )\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?!\w)(?! \d)"
    r"|(?<![\d-])\d{1,4}[-–]\d{1,4}(?![\d-]|[.,:/]\d)"
    r"|\d{1,2}[:：]\d\d(?:[:：]\d\d)?(?!\d)"  # (a full-width colon too: "１４：３０")
    rf"|{H_TIME}(?![\w])"  # ("15 h 30", "12h05": one time, not "15 → 16, 30 → 10")
    r"|\d[\d.,\u00a0\u202f\uff0e\uff0c\u30fb\uff65\u066b\u066c’']*\d[%％٪]?|\d[%％٪]?"
)
_H_TIME = re.compile(H_TIME)
# A word before or after a figure that makes it part of a date or a time ("Dec 5",
# "5 декабря", "10:32"): a reprint's dateline a day later changes no figure of the story.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?,?\s*$")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")
_LOOK_AROUND = 16
ARROW = " → "
LRM = "\u200e"

Figures = tuple[str, str]  # a replacement's figures: the old side's, the new side's
Dots = tuple[bool, bool]  # whether each side writes a dot between thousands


def figure_changes(comparison: Comparison) -> list[Figures]:
    """The figures a pair's replaced words change (("60", "62"), ("12%", "21%")), in
    reading order: a copy that corrects a figure is no plain copy to a night editor. Read
    in the word operations of every row holding both sides, a moved paragraph's too (a
    figure corrected in a paragraph moved was in no list). A replacement counts when its
    two sides' figures differ as values (``_same``; a dot between thousands where the
    texts write one so, each its own way: ``numerals.dots_group_each``), in a sentence
    mostly kept (half its words matched: two captions or independent reports paired on a
    few words change no figure, they say other things); a date's day or a time in the
    text's head is no figure (``_figures``), nor the time other figures of its sentence
    are given at (``_as_of``), nor a figure the other text states in the same words
    (``_restated``: two headlines' facts paired, the old one's repeated in the body)."""
    found: list[Figures] = []
    texts = (comparison.left_text, comparison.right_text)
    heads = (_Head(texts[0]), _Head(texts[1]))
    dots = dots_group_each(*texts)
    stated = (_Statements(texts[0], dots[0]), _Statements(texts[1], dots[1]))
    numbers = (heading_number_spans(texts[0]), heading_number_spans(texts[1]))
    for row in comparison.rows:
        # (a moved unit's ops are at both its places: read at the left's)
        both = row.right is not None or row.kind is RowKind.MOVED
        if row.left is None or not both:
            continue
        cells = _figure_cells(texts, row, heads, dots)
        if cells is not None:
            found.extend(cells)
            continue
        found.extend(_row_figures(comparison, row, heads, dots, numbers, stated))
    return found


def _unspaced(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the white space it ends with: a replacement "3.1 " → "4.1 " (the
    heading's space is its word's) was a figure changed under a paper's renumbered
    headings (an academic's walkthrough)."""
    start, end = span
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _in_spans(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether ``span`` lies within one of ``spans`` (sorted)."""
    at = bisect_right(spans, (span[0], 1 << 62)) - 1
    return at >= 0 and spans[at][0] <= span[0] and span[1] <= spans[at][1] and span[0] < span[1]


def _row_figures(
    comparison: Comparison,
    row: Row,
    heads: tuple[_Head, _Head],
    dots: Dots,
    numbers: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], []),
    stated: tuple[_Statements, _Statements] | None = None,
) -> list[Figures]:
    """The figures the replacements of ``row`` change (``figure_changes``); none of a
    heading's number renumbered on both sides (``numbers``: ``heading_number_spans``), nor
    one the other text states in the same words (``stated``: ``_restated``)."""
    texts = (comparison.left_text, comparison.right_text)
    found: list[tuple[int, Figures]] = []  # each with where its left side starts
    kept: bool | None = None  # (asked once, of a row replacing a figure: it splits words)
    read: tuple[tuple[int, int], ...] = ()  # the spans of the last replacement read
    for at, op in enumerate(row.ops):
        if op.kind is OpKind.EQUAL:
            continue
        # (the raw text: quoted words have "1\u00a0200" made "1 200", two figures); the
        # figures each side's replacement cuts read whole, once ("1万2千 → 3万5千" is two
        # replacements, 1 → 3 and 2 → 5, of one number)
        spans: tuple[tuple[int, int], ...] | None = tuple(
            _widened(text, span.start, span.end)
            for text, span in zip(texts, (op.left, op.right), strict=True)
        )
        if op.kind is not OpKind.REPLACE:
            spans = _magnitude_put(texts, op) or _unit_put(texts, op)
        if spans is None or spans == read:
            continue
        read = spans
        if all(
            _in_spans(n, _unspaced(text, span))
            for n, text, span in zip(numbers, texts, spans, strict=True)
        ):
            continue  # "5. Conclusion" → "6. Conclusion": numbering, no figure
        old, new = (
            _figures(text, start, end, head)
            for text, (start, end), head in zip(texts, spans, heads, strict=True)
        )
        if not old and not new:  # a date's month corrected, its day kept
            old, new = _months(texts, op.left, op.right, heads)
        if not old or not new:  # a figure in words ("four" dead → 12, "seven" → "11")
            old, new = _worded(texts, spans, op, (old, new), dots)
        if len(old) == len(new):  # (as many a side: each for the one in its place —
            # a penalty row's £2,500 £5,000 → £5,000 £10,000 was "£2,500 → £10,000")
            moved = [(a, b) for a, b in zip(old, new, strict=True) if _differ(a, b, dots)]
            old, new = [a for a, _ in moved], [b for _, b in moved]
        else:
            old, new = _unshared(old, new, dots)
            old, new = _paired(texts, spans, old, new) or (old, new)
        if not old or not new or _same(old, new, dots):
            continue
        in_headline = heads[0].in_headline(op.left.start) or heads[1].in_headline(op.right.start)
        if in_headline and (_wordy(texts[0], op.left) or _wordy(texts[1], op.right)):
            continue
        if _other_facts(texts, op):
            continue
        if not _framed(texts, row.ops, at):
            kept = _mostly_kept(comparison, row.index) if kept is None else kept
            if not kept:
                continue
        if stated is not None:  # (asked last: it looks through the whole of the other text)
            old, new = _restated(spans, old, new, stated)
            if not old or not new:
                continue
        # (words, or a table's cells, part a side's figures: each said with its own)
        sides = [text[a:b] for text, (a, b) in zip(texts, spans, strict=True)]
        worded = any(c.isalpha() for side in sides for c in side) or any(
            "\t" in side or "  " in side for side in sides
        )
        found.extend((spans[0][0], said) for said in _quoted(old, new, dots, worded))
    assert row.left is not None
    return _as_of(texts[0], row.left.start, found)


def _worded(
    texts: tuple[str, str],
    spans: tuple[tuple[int, int], ...],
    op: Op,
    figures: tuple[list[str], list[str]],
    dots: Dots,
) -> tuple[list[str], list[str]]:
    """The figures of a replacement one side of which has none in digits (``figures``: each
    side's): its numbers in words (``_number_words``), with the other side's own beside its
    figures in digits when that pairs each with its own (``_paired``: "rose to five" →
    "rose to seven and 52 injured" is "five → seven", not "five → 52"); else the words of
    the side with none in digits only."""
    ops = (op.left, op.right)
    plain = [
        side or _number_words(text, span)
        for side, text, span in zip(figures, texts, ops, strict=True)
    ]
    both = [
        _with_words(t, s, o, side) for t, s, o, side in zip(texts, spans, ops, figures, strict=True)
    ]
    if both == plain or len(both[0]) == len(both[1]):
        return both[0], both[1]
    return _paired(texts, spans, *_unshared(both[0], both[1], dots)) or (plain[0], plain[1])


def _with_words(text: str, span: tuple[int, int], op_span: Span, figures: list[str]) -> list[str]:
    """``figures`` (read in ``span`` of ``text``) with the numbers in words of the
    replaced ``op_span`` (``_number_words``), in the order the text says them."""
    words = _number_words(text, op_span)
    if not figures or not words:
        return figures or words
    places = _places(text, span, figures), _places(text, span, words)
    if places[0] is None or places[1] is None:
        return figures
    said = sorted(zip(places[0] + places[1], figures + words, strict=True))
    return [figure for _, figure in said]


def _places(text: str, span: tuple[int, int], figures: list[str]) -> list[int] | None:
    """Where each of ``figures``, read in ``span`` of ``text`` in order, starts (the first
    place after the one before it); None when one is not written so (a date said with its
    month)."""
    out, at = [], max(0, span[0] - _WIDEN)
    end = min(len(text), span[1] + _WIDEN)
    for figure in figures:
        found = text.find(figure, at, end)
        if found < 0:
            return None
        out.append(found)
        at = found + len(figure)
    return out


def _paired(
    texts: tuple[str, str], spans: tuple[tuple[int, int], ...], old: list[str], new: list[str]
) -> tuple[list[str], list[str]] | None:
    """Of a replacement giving more figures on one side than on the other, each figure of
    the side with fewer with the one of the other side it is said as (``_akin``: the word
    just before it alike, else the word just after), when each has one such figure; the
    other side's others are facts it adds or drops (else, when every figure is said with a
    unit in words, the one said with the same unit: ``_unit_of``). Else None.
    A rewritten sentence's "quake of 5.9 degrees" against "three dead and 18 injured when a
    quake of 6.1 degrees struck" was "figures changed: 5.9 → 18 … 6.1", a magnitude paired
    with the injured (a Gulf desk's walkthrough)."""
    if not old or not new or len(old) == len(new):
        return None
    old_at, new_at = _places(texts[0], spans[0], old), _places(texts[1], spans[1], new)
    if old_at is None or new_at is None:
        return None
    said = [
        [
            (_lead(text, at), _trail(text, at + len(figure)))
            for at, figure in zip(places, figures, strict=True)
        ]
        for text, places, figures in zip(texts, (old_at, new_at), (old, new), strict=True)
    ]
    # (the unit, when each figure of both sides is said with one: "toll rose to 38 as 6
    # people remained missing" does not say which the 27 people became)
    units = [[_unit_of(figure) for figure in side] for side in (old, new)]
    told = all(all(side) for side in units)
    for side in (0, 1, 2) if told else (0, 1):  # (the words before, else those after)
        akin = [
            [
                j
                for j, b in enumerate(said[1])
                if (_akin(a, b, side) if side < 2 else units[0][i] == units[1][j])
            ]
            for i, a in enumerate(said[0])
        ]
        pairs = [
            (i, js[0])
            for i, js in enumerate(akin)
            if len(js) == 1 and sum(js[0] in others for others in akin) == 1
        ]
        if len(pairs) == min(len(old), len(new)):
            return [old[i] for i, _ in pairs], [new[j] for _, j in pairs]
    return None


def _unit_of(figure: str) -> str:
    """The unit a figure is said with, in words ("cinco muertos", "5 muertos": "muertos"),
    or "": figures said with one unit are paired, "cinco muertos" against "siete muertos y 43
    heridos" (the words after "cinco", none, say nothing)."""
    found = _UNIT_END.search(_in_digits(figure))
    unit = "" if found is None else found.group().strip().casefold()
    return unit if unit.isalpha() else ""


def _akin(
    a: tuple[tuple[str, ...], tuple[str, ...]],
    b: tuple[tuple[str, ...], tuple[str, ...]],
    side: int,
) -> bool:
    """Whether two figures, each with the words before it and after it (``_lead``,
    ``_trail``), are said alike: the word just before each the same (``side`` 0), or just
    after (1). The words before first: a figure replaced at a replacement's end is followed
    by the words kept after it, as is the other side's last ("rose to five in …" against
    "rose to seven and 52 injured in …")."""
    if side == 0:
        return bool(a[0] and b[0] and a[0][-1] == b[0][-1])
    return bool(a[1] and b[1] and a[1][0] == b[1][0])


# The words a figure is stated with: those just before it on its line, back to a mark of
# punctuation, up to ``_LEAD_WORDS`` (a character of an unspaced script, 增 of 增长, half a
# word), looked for ``_LEAD_REACH`` characters back; two words at least say what the figure
# is of ("grew 5%" is any growth)
_LEAD_WORDS, _LEAD_MIN, _LEAD_REACH = 4.0, 2.0, 64


def _lead(text: str, at: int) -> tuple[str, ...]:
    """The words a figure starting at ``at`` is stated with (``_LEAD_WORDS``), folded as a
    search folds them (``search_key``: case, typography, accents), the nearest last."""
    tokens = reversed(tokenize(text[max(0, at - _LEAD_REACH) : at]))
    return tuple(reversed(_stating(tokens)))


def _trail(text: str, at: int) -> tuple[str, ...]:
    """The words after a figure ending at ``at``, as ``_lead`` reads those before it."""
    return tuple(_stating(tokenize(text[at : at + _LEAD_REACH])))


def _stating(tokens: Iterable[Token]) -> list[str]:
    """The words of ``tokens``, nearest a figure first, that state it (``_LEAD_WORDS``)."""
    words: list[str] = []
    for token in tokens:
        if token.kind is TokenKind.SPACE:
            if "\n" in token.text:
                break
            continue
        if token.kind is not TokenKind.WORD or _lead_weight(words) >= _LEAD_WORDS:
            break
        words.append(search_key(token.text))
    return words


def _lead_weight(words: Iterable[str]) -> float:
    """How many words ``words`` count for (a character of an unspaced script half a one)."""
    return sum(1 if len(word) > 1 else 0.5 for word in words)


def _one_lead(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two figures are stated with the same words: their leads (``_lead``) alike
    as far as the shorter goes, two words at least ("同比增长3.6%" is "进出口总值…，同比增长
    3.6%"'s growth; "exports rose 5%" is no "imports rose 5%")."""
    n = min(len(a), len(b))
    shared = a[len(a) - n :]
    return shared == b[len(b) - n :] and _lead_weight(shared) >= _LEAD_MIN


def _one_trail(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two figures are followed by the same words (``_trail``) as far as the shorter
    goes, or each by none: "exports grew 5% in 2024" is no "… exports grew 5% again"."""
    n = min(len(a), len(b))
    return a[:n] == b[:n] and (n > 0 or len(a) == len(b))


class _Statements:
    """A text's figures as ``_restated`` asks for them: where the digits of a figure are
    written (``_RESTATED_LOOKS`` places at most), read there as ``_figures`` reads one (a
    whole text is not read: ``_FIGURE`` over 2 MB took 5 s)."""

    def __init__(self, text: str, dots: bool) -> None:
        self.text = text
        self.dots = dots

    def states(
        self, figure: str, dots: bool, lead: tuple[str, ...], trail: tuple[str, ...]
    ) -> bool:
        """Whether the text states ``figure`` (of a text where ``dots`` says whether a dot
        groups thousands) with the words ``lead`` before it and ``trail`` after it
        (``_one_lead``, ``_one_trail``)."""
        digits = [unicodedata.digit(c) for c in figure if c.isdigit()]
        if not digits:
            return False
        written = _DIGIT_SEPARATOR.join(f"[{d}{chr(0xFF10 + d)}]" for d in digits)
        places = re.finditer(rf"(?<!\d){written}(?!\d)", self.text)
        for place in itertools.islice(places, _RESTATED_LOOKS):
            found = _FIGURE.match(self.text, place.start())
            if found is None:
                continue
            unit = _unit_after(self.text, found.end())
            currency, unit = _dress(self.text, found.start(), found.end(), unit)
            at = found.start() - len(currency)
            at -= len(_sign(self.text, at))
            said = self.text[at : found.end() + len(unit)]
            if (
                same_figure(figure, said, (dots, self.dots))
                and _one_lead(lead, _lead(self.text, at))
                and _one_trail(trail, _trail(self.text, at + len(said)))
            ):
                return True
        return False


_RESTATED_LOOKS = 64  # places of a figure's digits looked at in the other text, at most
# (between its digits: any grouping or decimal sign, or none; ``same_figure`` tells)
_DIGIT_SEPARATOR = "[.,\u00a0\u202f \uff0e\uff0c\u30fb\uff65\u066b\u066c\u2019']?"


def _restated(
    spans: tuple[tuple[int, int], ...],
    old: list[str],
    new: list[str],
    stated: tuple[_Statements, _Statements],
) -> tuple[list[str], list[str]]:
    """``old`` and ``new`` (read in ``spans`` of the texts ``stated`` reads) without each
    figure the other text states in the same words (``_lead``), and the one paired with it:
    a rewrite's headline "…进出口占比近56%" against the agency's "…进出口同比增长3.6%" was
    "figures changed: 3.6% → 56%", two facts paired on the words around them, while the
    rewrite's body repeats "同比增长3.6%" (a Chinese wire desk's walkthrough). A figure
    corrected is stated so no more: "5 dead → 7 dead" beside "5 injured" kept is a figure
    changed."""
    gone = [_stated_in(stated[1], stated[0], spans[0], figure) for figure in old]
    come = [_stated_in(stated[0], stated[1], spans[1], figure) for figure in new]
    if not any(gone) and not any(come):
        return old, new
    if len(old) == len(new):
        pairs = [(a, b) for a, b, g, c in zip(old, new, gone, come, strict=True) if not (g or c)]
        return [a for a, _ in pairs], [b for _, b in pairs]
    return (
        [a for a, g in zip(old, gone, strict=True) if not g],
        [b for b, c in zip(new, come, strict=True) if not c],
    )


def _stated_in(other: _Statements, own: _Statements, span: tuple[int, int], figure: str) -> bool:
    """Whether ``other`` states ``figure``, read in ``own``'s ``span``, with the words it
    has there (``_lead``); False when it is not found as written there (a date said with
    its month, a number in words)."""
    at = own.text.find(figure, span[0], min(len(own.text), span[1] + _WIDEN))
    if at < 0:
        return False
    lead, trail = _lead(own.text, at), _trail(own.text, at + len(figure))
    return _lead_weight(lead) >= _LEAD_MIN and other.states(figure, own.dots, lead, trail)


def _magnitude_put(texts: tuple[str, str], op: Op) -> tuple[tuple[int, int], ...] | None:
    """Of a word inserted or deleted that is a magnitude's after a figure both sides keep
    ("2,5 millones" → "2,5 mil millones", "2.5 million euros" → "2.5 euros", "3,5 mil" →
    "3,5 mil millones"), each side's figure's span (its magnitude and unit are read after
    it); of a Mexican "mil" before one ("mil 200 millones" → "200 millones", 1.200 millones
    to 200), the spans of the figure with it and without; else None. Spanish's billion was
    no figure changed (an Italian desk's walkthrough), nor the "mil" dropped (a Latin
    American desk's re-check)."""
    put_right = op.kind is OpKind.INSERT
    put = op.right if put_right else op.left
    if not _scale_word(texts[put_right], put.start, put.end):
        return _mil_put(texts, op)  # ("2 mil 300" → "300")
    spans = []
    for text, span in zip(texts, (op.left, op.right), strict=True):
        figure = _FIGURE_SCALED_BEFORE.search(text, max(0, span.start - _WIDEN), span.start)
        if figure is None:
            return _mil_put(texts, op)
        spans.append((figure.start(), span.start))
    return tuple(spans)


def _unit_put(texts: tuple[str, str], op: Op) -> tuple[tuple[int, int], ...] | None:
    """Of a character inserted or deleted in a unit written against a figure both sides keep
    (``_CJK_UNIT``: "5亿元" → "5亿美元", yuan made dollars), each side's span of the figure
    and its unit; else None."""
    spans = []
    for text, span in zip(texts, (op.left, op.right), strict=True):
        figure = _CJK_FIGURE_BEFORE.search(text, max(0, span.start - _WIDEN), span.start)
        unit = None if figure is None else _CJK_UNIT.match(text, figure.end())
        if figure is None or unit is None or unit.end() < span.end:
            return None
        spans.append((figure.start(), unit.end()))
    return tuple(spans)


def _mil_put(texts: tuple[str, str], op: Op) -> tuple[tuple[int, int], ...] | None:
    """Of a Mexican "mil" inserted or deleted before a figure both sides keep ("mil 200" →
    "200", "2 mil 300" → "300"), each side's span of the figure, the "mil" with it on its
    side; else None."""
    put_right = op.kind is OpKind.INSERT
    put = op.right if put_right else op.left
    mil = _MIL_THEN.match(texts[put_right], put.start)
    if mil is None or mil.start(2) < put.end:
        return None
    kept = op.left if put_right else op.right
    figure = _SPACED_FIGURE.match(texts[not put_right], kept.start)
    if figure is None or figure[1] != mil[2]:
        return None
    said = (put.start, mil.end())
    return (figure.span(1), said) if put_right else (said, figure.span(1))


# A clock time given with its zone, as a market report's readings are: "at 1400 GMT",
# "14:30 GMT"
_MARKET_CLOCK = re.compile(rf"{_ZONE_TIME}|\d{{1,2}}:\d\d\s?(?:GMT|UTC)\b")
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s)|\n")


def _as_of(text: str, row_start: int, found: list[tuple[int, Figures]]) -> list[Figures]:
    """The figures ``found`` in a row (each with where its left side starts in ``text``),
    but a clock time changed in a sentence where another figure changed: the time its
    figures are given at, a market report's "down 0.4% at 1400 GMT" → "0.6% at 1500 GMT"
    (a later reading, not a fact corrected: "1400 GMT → 1500 GMT" stood beside the figure
    that mattered, an English standards editor's walkthrough) — a time with its zone, as a
    market report gives it. A time changed alone, "the blast at 14:00" → "15:00", or one
    without its zone beside another figure, "struck at 14:05 … killed 12" → "14:50 …
    killed 15" (a correction of both: a review), is a figure changed."""
    if len(found) < 2:
        return [said for _at, said in found]
    sentences = [
        max((m.end() for m in _SENTENCE_END.finditer(text, row_start, at)), default=row_start)
        for at, _said in found
    ]
    clocks = [_MARKET_CLOCK.fullmatch(old) is not None for _at, (old, _new) in found]
    told = {sentence for sentence, clock in zip(sentences, clocks, strict=True) if not clock}
    return [
        said
        for (_at, said), sentence, clock in zip(found, sentences, clocks, strict=True)
        if not (clock and sentence in told)
    ]


def changed_figures(comparison: Comparison, limit: int | None = 3) -> tuple[list[str], int]:
    """``figure_changes`` as "60 → 62", at most ``limit`` of them (None: all), and how many
    there are: data, with no direction marks (``arrow``'s, for the screen)."""
    found = figure_changes(comparison)
    return [f"{old}{ARROW}{new}" for old, new in found[:limit]], len(found)


def figures_said(
    changes: Comparison | Sequence[Figures], limit: int | None = 3, separator: str = ", "
) -> str:
    """The figures a pair changes (a comparison, or its ``figure_changes``) as a summary says
    them: "1.2 → 1.25 (×2), 12 → 14 and 2 more" — a change made at several places (a
    headline and its lede) said once, with how many times; at most ``limit`` of them (None:
    all), "" when none. The panel, the reports and the relation sentence all say it so."""
    found_all = figure_changes(changes) if isinstance(changes, Comparison) else changes
    # one change however its digits are written ("63 → ٦٨" and "63 → 68" of an Arabic
    # text), quoted as first found; the units and currency keep theirs apart, but a figure
    # said once with its unit and once without is one ("63 человека → 68 человек" and
    # "63 → 68" pushed the correction that mattered behind "and 1 more"), quoted with it
    counted: dict[Figures, tuple[Figures, int]] = {}
    for old, new in found_all:
        key = (_value(old), _value(new))
        first, n = counted.get(key, ((old, new), 0))
        counted[key] = (first, n + 1)
    for key in list(counted):
        bare = (_digits(key[0]), _digits(key[1]))
        if bare == key or bare not in counted:
            continue
        same = [k for k in counted if k != bare and (_digits(k[0]), _digits(k[1])) == bare]
        if len(same) == 1:  # (two units told apart: "€800 million", "800 km")
            (quoted, n), (_, m) = counted[key], counted.pop(bare)
            counted[key] = (quoted, n + m)
    said = [
        arrow(old, new) + (f" (×{n})" if n > 1 else "")
        for (old, new), n in list(counted.values())[:limit]
    ]
    return f"{separator.join(said)}{more_of(len(counted), len(said))}" if said else ""


def arrow(old: str, new: str) -> str:
    """ "60 → 62"; Arabic-Indic digits with a left-to-right mark on each side of the arrow:
    their bidi class (AN) made "٦٠ → ٦٢" one right-to-left run, drawn "٦٢ → ٦٠" with the
    arrow pointing at the old figure (Urdu's digits, class EN, are drawn in order)."""
    if any(unicodedata.bidirectional(c) == "AN" for c in old + new):
        return f"{old}{LRM}{ARROW}{LRM}{new}"
    return f"{old}{ARROW}{new}"


def unmarked(sentence: str) -> str:
    """``sentence`` without the direction marks ``arrow`` puts around an Arabic-Indic
    figure's arrow: for data (JSON, CSV), where a script compares the text, not a screen."""
    return sentence.replace(f"{LRM}{ARROW}{LRM}", ARROW)


def more_of(total: int, shown: int) -> str:
    """ " and 2 more" past the ``shown`` figures quoted, else "" (one wording everywhere)."""
    return f" and {total - shown:,} more" if total > shown else ""


def _head_zones(text: str) -> list[tuple[int, int]]:
    """Where a text's dateline and time stamps are: the first ``_HEAD_CHARS`` characters of
    each of its first ``_HEAD_LINES`` non-empty lines that are there to date it
    (``is_date_line``: "LONDON, Dec 5 (Reuters) -", "Updated 10:32 GMT"; a headline's date
    is the story's: "Rail works to start on 1 April" corrected to 15 is a figure changed)."""
    from wirediff.core.reading.dates import is_date_line  # (with figures to look at only)

    zones: list[tuple[int, int]] = []
    start, lines = 0, 0
    while lines < _HEAD_LINES and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            lines += 1
            dateline = _CJK_DATELINE.match(line)
            head = _POINT_TIME.sub(_with_colon, line[:_HEAD_CHARS])  # ("kl. 14.30": a time)
            stamp = is_date_line(head) or is_date_line(_RELEASE_STAMP.sub("", head, 1))
            if stamp or _CJK_STAMP.fullmatch(line.strip()):
                zones.append((start, min(end, start + _HEAD_CHARS)))
            elif dateline is not None:  # (its own span: the story follows on its line)
                zones.append((start, start + dateline.end()))
        start = end + 1
    return zones


# A release's stamp, its kind before its day and time: "Press Release December 3, 2026
# 8:00 AM ET", reposted "… 8:09 AM ET" by a site that kept every sentence, was "figures
# changed: 8:00 → 8:09", 45 verbatim pickups "edited" (a PR agency analyst's walkthrough)
_RELEASE_STAMP = re.compile(rf"\s*(?:{RELEASE_WORDS})[\s:.|–—-]*", re.IGNORECASE)

# Chinese, Japanese and Korean head lines that date a text (``_head_zones``): a stamp, its
# date and time alone on its line ("2026年12月5日 14時30分", "2026年12月5日（土）14:30"), and an
# agency's dateline opening the story's first paragraph ("【新华社北京12月5日电】", "中新网12月5日
# 电"): "figures changed: 5 → 6" and "14 → 16, 30 → 10" were said of a reprint a day later
# and of a page's stamp, where "LONDON, Dec 5 (Reuters)" and "Updated 10:32" gave none (an
# East Asian agency monitor's walkthrough)
_CJK_STAMP = re.compile(
    r"(?:\d{4}\s?[年년]\s?)?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]\s?(?:[(（][^)）\n]{1,3}[)）])?\s*"
    r"(?:(?:午前|午後|上午|下午|오전|오후)\s?)?(?:\d{1,2}\s?[時时시](?:\s?\d{1,2}\s?[分분])?"
    r"|\d{1,2}[:：]\d\d)?"
)
_CJK_DATELINE = re.compile(
    r"\s*[【\[(（]?[^\W\d_]{1,12}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)[】\])）]?"
)


_HEAD_LINES, _HEAD_CHARS = 5, 100

# A time of day written with a point after the word that says it is one, as Danish,
# Norwegian, Swedish, Finnish, Dutch and German copy write it: "kl. 14.30", "klokken 14.30",
# "klockan 14.30", "klo 14.30", "om 14.30 uur", "um 14.30 Uhr". On a stamp's line it is no
# figure, as "14:30" there is none: TT's "Publicerad 5 december 2026 kl. 10.55" against a
# paper's verbatim copy stamped "kl. 14.30" read "figures changed: 10.55 → 14.30", the copy
# "edited" (a Nordic and Dutch desks' walkthrough)
_POINT_TIME = re.compile(
    r"(?:\b(?:kl|klo)\.?|\bklokk(?:en|a)|\bklockan|\bkello)\s?"
    r"((?:[01]?\d|2[0-3])\.[0-5]\d)(?![\d.,]?\d)"
    r"|(?<![\d.,])((?:[01]?\d|2[0-3])\.[0-5]\d)\s?(?:uur|Uhr)\b",
    re.IGNORECASE,
)


def _with_colon(time: re.Match[str]) -> str:
    """A point time's match (``_POINT_TIME``) with a colon for its point, as a date line's
    clock is read ("kl. 09.15" is "kl. 09:15")."""
    at = 1 if time.group(1) is not None else 2
    start, end = time.span(at)
    said = time.group()
    offset = start - time.start()
    return said[:offset] + time.group(at).replace(".", ":") + said[end - time.start() :]


def _point_time(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is a time written with a point after its
    word (``_POINT_TIME``)."""
    for time in _POINT_TIME.finditer(text, max(0, start - 12), min(len(text), end + 6)):
        if (start, end) in (time.span(1), time.span(2)):
            return True
    return False


_MARKER_REACH = 2_000  # (a figure further on is in no heading's marker: not looked for)


def _headline_end(text: str) -> int:
    """Where a text's headline ends (``_Head.in_headline``): the end of the first of its
    first three lines of four words or more that ends in no full stop (an agency's name
    may stand above it), else of its first line when that is short, else 0."""
    start, lines, first = 0, 0, 0
    while lines < 3 and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            lines += 1
            words = len(line.split())
            first = first or (end if words <= 20 else -1)
            if words >= 4 and line[-1] not in ".。।۔":
                return end
        start = end + 1
    return max(first, 0)


def _marker_zones(text: str) -> list[tuple[int, int]]:
    """Where a wire's version marker opens one of a text's first lines: "UPDATE 2-",
    "REFILE-UPDATE 1-" is no figure of the story (UPDATE 1 against UPDATE 2 read "figures
    changed: 2 → 1", a churnalism walkthrough)."""
    from wirediff.core.revisions import UPDATE_MARKER  # (with figures to look at only)

    zones: list[tuple[int, int]] = []
    start, lines = 0, 0
    while lines < _HEAD_LINES and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            lines += 1
            found = UPDATE_MARKER.match(text, start, end)
            if found is not None:
                zones.append((start, found.end()))
            zones.extend(m.span() for m in _SLUG_MARKER.finditer(text, start, end))
        start = end + 1
    return zones


# A take's version on its slug line: Reuters' "BC-POLAND-RATES/UPDATE 1", "POLAND-RATES/
# (UPDATE 1)", AP's "BC-EU--Poland-Rates, 1st Ld-Writethru" (they read "figures changed: 1 →
# 2", and with a time line beneath, "1 March → 2 March": a wire desk's walkthrough)
_SLUG_MARKER = re.compile(
    r"/\s*\(?(?:(?:REFILE|CORRECTED|RPT)[-\s]+)*UPDATE\s*\d{1,2}\)?"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:Ld|Lead|LEAD|Add|ADD)-Writethru\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:Ld|LD)\b"
)


# (an agency's transmission stamp is no figure: "figures changed: 050745 → 051310", a
# correction's real figure unsaid — a German desk's walkthrough)

# A transcript's or a subtitle's timecode at a turn's start: "[00:12:34] SPEAKER 1:",
# "00:12:34 Jane Doe:", "(00:01:23)", "[12:34]", "12:34 SPEAKER 1:", a cue's "00:00:04,000
# --> 00:00:08,264" and its number on the line above, and a bracketed "[00:12:34]" or
# "(00:12:34)" anywhere (a turn run on in its paragraph). A transcript corrected by hand,
# its timecodes shifted by a few seconds, had 104 of its 108 figures changed "00:00:04 … 1
# → 00:00:03" (each glued to its speaker's number), its three real corrections behind "and
# 105 more" (a broadcast desk's walkthrough); a clock time in prose, "the blast at 14:05",
# stays a figure.
_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d\d(?:[.,]\d{1,3})?"
_HOURS_STAMP = r"\d{1,2}:\d\d:\d\d(?:[.,]\d{1,3})?"
# (a speaker's label after a bare time, in capitals or a name's capitalized words, "12:34
# SPEAKER 2:", "12:31 Jane Doe:": "14:30 Press conference:" on an agenda is a time changed
# — a review)
_SPEAKER = (
    r"(?:[^\W\d_a-z][^\W_a-z]*(?:[ \t][^\W_a-z]+){0,3}"
    r"|[^\W\d_a-z][\w.'’-]*(?:[ \t][^\W\d_a-z][\w.'’-]*){0,3}):"
)
_TIMECODE = re.compile(
    rf"^[ \t]*(?:\[{_STAMP}\]|\({_STAMP}\)|{_HOURS_STAMP}(?!\S)"
    rf"|{_STAMP}(?=[ \t]+{_SPEAKER}|[ \t]*-->))(?:[ \t]*-->[ \t]*{_STAMP})?"
    rf"|\[{_STAMP}\]|\({_HOURS_STAMP}\)"
    rf"|^[ \t]*\d{{1,6}}[ \t]*(?=\r?\n[ \t]*{_STAMP}[ \t]*-->)",  # (a cue's number above it)
    re.MULTILINE,
)


class _Head:
    """A text's ``_head_zones`` (and ``_marker_zones``), worked out when a figure there is
    first looked at."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._zones: list[tuple[int, int]] | None = None
        self._markers: list[tuple[int, int]] | None = None
        self._headline: int | None = None
        self._sent: tuple[int, int] | None = None
        self._timecodes: list[tuple[int, int]] | None = None

    def marks(self, at: int) -> bool:
        """Whether ``at`` is in a wire's version marker ("UPDATE 2-") heading the text."""
        if self._markers is None:
            self._markers = _marker_zones(self.text)
        return any(a <= at < b for a, b in self._markers)

    def sent(self, at: int) -> bool:
        """Whether ``at`` is in an agency's transmission stamp (``dates.sent_stamp``)."""
        if self._sent is None:
            from wirediff.core.reading.dates import sent_stamp  # (with figures only)

            self._sent = sent_stamp(self.text) or (0, 0)
        return self._sent[0] <= at < self._sent[1]

    def timecode(self, at: int) -> bool:
        """Whether ``at`` is in a timecode at a turn's start (``_TIMECODE``)."""
        if self._timecodes is None:
            self._timecodes = [m.span() for m in _TIMECODE.finditer(self.text)]
        found = bisect_right(self._timecodes, (at, 1 << 62)) - 1
        return found >= 0 and at < self._timecodes[found][1]

    def holds(self, at: int) -> bool:
        if self._zones is None:
            self._zones = _head_zones(self.text)
        return any(a <= at < b for a, b in self._zones)

    def in_headline(self, at: int) -> bool:
        """Whether ``at`` is in the text's headline: its first non-empty line, or the first
        of its first lines that ends in no full stop (an agency's name may come first)."""
        if self._headline is None:
            self._headline = _headline_end(self.text)
        return at < self._headline


def _figures(text: str, start: int, end: int, head: _Head) -> list[str]:
    """The figures in ``text[start:end]``, but a date's or a time's in the text's head
    (``head``: a reprint's dateline a day later, a page's "Updated 10:32" stamp); in the
    story, "work starts on 1 April" corrected to 15 is a figure changed, quoted with its
    month ("1 April → 15 April": "1 → 15" said nothing)."""
    out: list[str] = []
    day_end = -1  # where a day said with its month ("March 9") ends, if just before
    said_end = -1  # where the last figure said ends, if with a "mil" ("2 mil")
    thousand_end = -1  # where it ends, if with Turkish's "bin" ("12 bin")
    start, end = _widened(text, start, end)
    for m in _FIGURE.finditer(text, start, end):
        if (m.start() < _MARKER_REACH and head.marks(m.start())) or head.sent(m.start()):
            continue
        if head.timecode(m.start()):
            continue
        if _YEAR.fullmatch(m.group()) and _YEAR_AFTER_DAY.fullmatch(text[day_end : m.start()]):
            # ("March 9, 2026": the year of the date just said, no figure of its own — a
            # dateline's year was "2026 → Nine people", a standards editor's walkthrough)
            if out and out[-1].endswith(text[day_end - 1 : day_end]):
                out[-1] += text[day_end : m.end()]
            day_end = -1
            continue
        month = _month_beside(text, m.start(), m.end())
        day_end = m.end() if month is not None else -1
        unit = _unit_after(text, m.end())
        timed = ":" in m.group() or "：" in m.group()
        timed = timed or _H_TIME.fullmatch(m.group()) is not None
        timed = timed or unit[:1] in ("時", "时", "시")  # ("15時", "오후 3시": a clock's)
        timed = timed or _point_time(text, m.start(), m.end())
        timed = timed or _CJK_DATED.search(m.group()) is not None
        dated = month is not None or timed or _in_numeric_date(text, m.start(), m.end())
        if dated and head.holds(m.start()):
            continue
        if month is not None:
            if out and _year_of(out[-1], month):
                out[-1] += f" {m.group()}"  # ("4 November 2024": one date)
            else:
                out.append(month.format(m.group()))
            continue
        currency, unit = _dress(text, m.start(), m.end(), unit)
        mil = _MIL_BEFORE.search(text, max(0, m.start() - _MIL_REACH), m.start())
        if mil is not None and out and said_end >= 0 and not text[said_end : mil.start()].strip():
            out[-1] += f" {m.group()}{unit}"  # ("2 mil 300 millones": one figure, 2300 millones)
            said_end = m.end() + len(unit)
            continue
        if out and thousand_end >= 0 and _TURKIC_THEN.fullmatch(text, thousand_end, m.end()):
            out[-1] += f" {m.group()}{unit}"  # ("12 bin 500 kişi": one figure, 12.500 kişi)
            thousand_end = -1
            continue
        if mil is not None:
            currency = mil.group()  # ("mil 200 millones", a Mexican paper's 1200 millones)
        out.append(_sign(text, m.start() - len(currency)) + currency + m.group() + unit)
        said_end = m.end() + len(unit) if unit.lower().endswith("mil") else -1
        thousand_end = m.end() + len(unit) if _TURKIC_THOUSAND.fullmatch(unit) else -1
    return out


def _dress(text: str, start: int, end: int, unit: str) -> tuple[str, str]:
    """What the figure at ``text[start:end]`` is said with: its currency's sign or the word
    before it that is its (``_prefix``), and its unit (``unit``: ``_unit_after``'s) or a
    price's short magnitude."""
    # its currency and its unit, beside the replaced digits: "€800 million → €850 million"
    # and "800 km → 850 km" were one "800 → 850 (×2)" (a space after the sign too, as Dutch
    # writes it: "€ 2,4 miljoen"); or the word of its time of day, "午後3時", "오후 3시", a
    # percent sign before it, Turkish's "%3,5", "yüzde 3,5"
    currency = _currency_before(text, start) or _prefix(text, start)
    if currency and not unit:  # ("R$ 3,5 bi", "US$ 2 mi": a price's short magnitude)
        short = _SHORT_MAGNITUDE.match(text, end)
        if short is None and _SOUTH_ASIAN_PRICE.search(currency):  # ("Rs 500 cr")
            short = _PRICE_SCALE.match(text, end)
        unit = "" if short is None else short.group()
    return currency, unit


def figures_aside(text: str, in_turkic: bool | None = None) -> tuple[str, list[str]]:
    """``text`` with each figure in it, said with its currency, its sign and its unit
    (``_figures``' way), put as "0", and those figures in order: the words a quotation says
    apart from its figures, which compare as values (``same_figure``). ``in_turkic``:
    whether the text ``text`` is quoted from is Turkish or Azerbaijani (``turkic``; None:
    ``text`` itself is judged), where "12 bin" is a thousand and "12 bin 500" one figure, as
    ``_figures`` reads them (a quote's "12 bin 500 kişi" was "12 bin" and "500", two
    figures, against another's "12.500 kişi", and a quotation too short to be judged read
    "12 bin" as a bin: "quotes changed", a misquote's alarm over a house style)."""
    words: list[str] = []
    figures: list[str] = []
    at = 0
    thousand_end = -1  # (where a figure with its thousand, "12 bin", ends, if just before)
    for m in _FIGURE.finditer(text):
        if m.start() < at:
            continue
        unit = _unit_after(text, m.end(), in_turkic)
        if figures and thousand_end >= 0 and _TURKIC_THEN.fullmatch(text, thousand_end, m.end()):
            figures[-1] += text[thousand_end : m.end() + len(unit)]  # ("12 bin 500": 12.500)
            at, thousand_end = m.end() + len(unit), -1
            continue
        currency, unit = _dress(text, m.start(), m.end(), unit)
        start = m.start() - len(currency)
        start -= len(_sign(text, start))
        words.append(text[at:start])
        words.append("0")
        figures.append(text[start : m.end() + len(unit)])
        at = m.end() + len(unit)
        thousand_end = at if _TURKIC_THOUSAND.fullmatch(unit) else -1
    words.append(text[at:])
    return "".join(words), figures


def same_figure(old: str, new: str, dots: Dots) -> bool:
    """Whether two figures (``figures_aside``'s) say the same: the same value (a magnitude's
    word or its short form, a percent's sign or word: "₦2.5 billion" is "N2.5bn", "13.5%" is
    "13.5 per cent") in one currency (``_one_currency``), or a sign of no letters written on
    one side only, as a quotation's letters never held it ("$78.40" against "78.40")."""
    if _plain_value(old, dots[0]) != _plain_value(new, dots[1]) or other_currency(old, new):
        return False
    signs = _money(old), _money(new)
    if all(signs) or not any(signs):
        return True
    sign = _CURRENCY_START.match((old if signs[0] else new).lstrip(_SIGNS))
    return sign is None or not any(c.isalpha() for c in sign.group())


def other_currency(old: str, new: str) -> bool:
    """Whether two figures are each given in a currency, not one (``_one_currency``)."""
    signs = _money(old), _money(new)
    return all(signs) and not _one_currency(*signs)


def other_figure(old: str, new: str, dots: Dots) -> bool:
    """Whether two figures (``figures_aside``'s) give other digits as values ("1.5%"
    against "15%"; "1,5" is "1.5", "1 200" "1,200") or other currencies; their units aside."""
    if other_currency(old, new):
        return True
    return _digits(_plain_value(old, dots[0])) != _digits(_plain_value(new, dots[1]))


_WIDEN = 24  # characters looked at around a replacement for a figure it cuts
# (a French time, "18 h 30 → 18 h 45", was "30 → 45", a review)
_WHOLE = re.compile(rf"{_SHINDO}|{H_TIME}|{_CJK_DATE}|{_CJK_TIME}|{CJK_NUMBER}|{_ZONE_TIME}")
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])\d(?:[\d.,\u00a0\u202f]*\d)?[ \u00a0]?\Z")
_FIGURE_AFTER = re.compile(r"\d(?:[\d.,\u00a0\u202f]*\d)?(?!\d)")
# A figure a unit written against it may follow (``_CJK_UNIT``): "1兆2000億" of "1兆2000億円"
_CJK_FIGURE_BEFORE = re.compile(rf"(?:{CJK_NUMBER}|(?<![\d.,])\d(?:[\d.,]*\d)?)[ \u00a0]?\Z")
_SPACED_FIGURE = re.compile(r"\s*(\d(?:[\d.,\u00a0\u202f]*\d)?)(?!\d)")


def _widened(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` widened to the whole of each figure it cuts: a French time, a
    time with its zone ("1400 GMT"), a date, a time or a number written with its East Asian
    magnitudes ("1万2千 → 1万5千" was "2 → 5", "14時30分 → 16時10分" "14 → 16, 30 → 10", an
    East Asian agency monitor's walkthrough), a Turkic text's figure with its thousands in
    words ("12 bin 500": ``_TURKIC_WHOLE``), and the figure before a word of its magnitude
    that starts it ("2,5 milioni → 2,5 miliardi", "2.5 million → 2.5 billion" were no
    figure changed, an Italian desk's walkthrough), a clock time with its half of the day
    ("9:41 p.m.", ``clocks.CLOCK_WHOLE``)."""
    for whole in _WHOLE.finditer(text, max(0, start - _WIDEN), min(len(text), end + _WIDEN)):
        if whole.start() < end and start < whole.end():
            start, end = min(start, whole.start()), max(end, whole.end())
    for whole in _TURKIC_WHOLE.finditer(text, max(0, start - _WIDEN), min(len(text), end + _WIDEN)):
        if whole.start() < end and start < whole.end() and turkic(text):
            start, end = min(start, whole.start()), max(end, whole.end())
    for whole in CLOCK_WHOLE.finditer(text, max(0, start - _WIDEN), min(len(text), end + _WIDEN)):
        if whole.start() < end and start < whole.end():  # ("9:41 p.m. → 9:41 a.m.", "9 horas")
            start, end = min(start, whole.start()), max(end, whole.end())
    if _scale_word(text, start, end):
        figure = _FIGURE_BEFORE.search(text, max(0, start - _WIDEN), start)
        start = start if figure is None else figure.start()
    elif _CJK_UNIT.match(text, start) is not None:  # ("1兆2000億円 → 1兆2000億ドル")
        figure = _CJK_FIGURE_BEFORE.search(text, max(0, start - _WIDEN), start)
        start = start if figure is None else figure.start()
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    money = _CURRENCY_START.match(text, start + lead) if start + lead < end else None
    if money is not None and end <= money.end():  # ("R$ 2,1" → "US$ 2,1": the R replaced)
        figure = _FIGURE_AFTER.match(text, money.end())
        end = end if figure is None else figure.end()
    return start, end


def _sign(text: str, at: int) -> str:
    """The sign written before a figure starting at ``at`` (as ``tokens`` reads one: after
    no letter, digit or joiner): "-0.2% → +0.2%" was a copy's index "word for word"."""
    sign = text[at - 1 : at] if at else ""
    if not sign or sign not in _SIGNS:
        return ""
    before = text[at - 2 : at - 1] if at > 1 else ""
    if before and unspaced_letter(before):  # ("降至－3度": each letter a word of its own)
        return sign
    return "" if before and (before.isalnum() or before in _JOINERS) else sign


# A date written in figures: 2026-03-12 (with its time: 2026-03-12T22:40), 12.03.2026, 12/03/26
_NUMERIC_DATE = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)")


def _in_numeric_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is (part of) a date written in figures: a page's
    "Updated 2026-03-13T08:15" stamp a day later was "figures changed: 12 → 13"."""
    lo = max(0, start - 8)
    return any(
        m.start() <= start and end <= m.end() for m in _NUMERIC_DATE.finditer(text, lo, end + 8)
    )


# The rupee's and the taka's signs as South Asian copy writes them (``tokens.SOUTH_ASIAN_SIGNS``
# of ``MONEY_SIGNS``, the comparison keys' table too): "Rs 2 lakh", "Rs.50 crore", "INR 500",
# Pakistan's "PKR", Bangladesh's "Tk 500 crore", "BDT", and ₹, ₨, ৳; a sign of letters after
# none, nor after a vowel sign ("गुरु 5" holds no "रु 5")
_MONEY_SYMBOLS = "".join(sorted(s for s in SOUTH_ASIAN_SIGNS if len(s) == 1))
# (and the naira's, the cedi's, the won's, the lira's, the hryvnia's, the shekel's, the
# Philippine peso's, the dong's, the tenge's, the manat's, the lari's and the baht's signs:
# "₦2.5 billion → ₦3.5 billion" was "2.5 billion → 3.5 billion", an Africa desk's walkthrough)
# (and their full-width forms, "＄5", "￥700", "￡30", "￦500": ``tokens.FULL_WIDTH_FORMS``)
_CURRENCIES = "€$£¥₽₦₵₩₺₴₪₱₫₸₼₾฿\uff04\uffe1\uffe5\uffe6" + _MONEY_SYMBOLS
_SOUTH_ASIAN_MONEY = r"(?<![\u0900-\u0dff])(?:{})".format(
    "|".join(
        re.escape(sign)
        for sign in sorted(SOUTH_ASIAN_SIGNS, key=len, reverse=True)
        if sign not in _MONEY_SYMBOLS
    )
)
# A currency's sign, one with letters too: the real's "R$", "US$", the Canadian, Australian,
# New Zealand, Hong Kong, Singapore, Mexican and Colombian dollars', the sol's "S/", the
# bolívar's "Bs.", the rupee's "Rs." ("R$ 2,1 bilhões → R$ 2,3 bilhões" was "$ 2,1 → $ 2,3":
# reais said as dollars, a Latin American desk's walkthrough)
# And African copy's: the Kenyan, Ugandan and Tanzanian shillings' "KSh", "USh", "TSh", a
# plain "Sh" (any shilling's, as "$" is any dollar's), the cedi's "GH₵", a currency's code
# before its figure ("USD 1.2 billion", "NGN", "KES", "ZAR", "CFA"), and the naira's "N" and
# the rand's "R" against a figure of a sum ("N2.5bn", "R3.4 billion", "R250 000": a decimal,
# groups or a magnitude; "N95 masks", "the R101" are names) — their figures were said
# without them, "1.2 billion → 1.5 billion" of Reuters' Kenya copy that gives shillings and
# dollars side by side (an Africa desk's walkthrough)
# (the codes of ``tokens.MONEY_SIGNS``, the rupee's and the taka's aside: theirs are read
# after none of India's scripts' letters, ``_SOUTH_ASIAN_MONEY``)
_CODES = "|".join(
    sign
    for sign in MONEY_SIGNS
    if len(sign) == 3 and sign.isupper() and sign.isalpha() and sign not in SOUTH_ASIAN_SIGNS
)
_SUM = (
    r"\d{1,3}(?:[.,]\d|(?:[ \u00a0]\d{3})+(?!\d))"
    r"|\d[\d.,]*[ \u00a0]?(?:bn|mn|tn|m|k|billion|million|trillion|thousand)(?![^\W\d_])"
)
_LETTER_SIGNS = rf"GH₵|[KTU]?Sh|Ksh|{_CODES}"
_CURRENCY_SIGN = (
    rf"(?<![^\W\d_])(?:(?:R|US|C|A|NZ|HK|S|MX|COL)\$|S/\.?|Bs\.?|{_SOUTH_ASIAN_MONEY}"
    rf"|{_LETTER_SIGNS}|[NR](?={_SUM}))"
    rf"|[{_CURRENCIES}]"
)
# (searched for before a figure, up to it, where no look ahead sees the figure: the naira's
# and the rand's letter is checked against it after, ``_currency_before``)
_CURRENCY_BEFORE = re.compile(rf"(?:(?<![^\W\d_])[NR]|{_CURRENCY_SIGN})[ \u00a0\u202f]?\Z")
_CURRENCY_START = re.compile(rf"(?:{_CURRENCY_SIGN})[ \u00a0\u202f]?")
_A_SUM = re.compile(_SUM)
_SIGN_REACH = 5  # characters a currency's sign and its space take at most before a figure


def _currency_before(text: str, at: int) -> str:
    """The currency's sign written before the figure starting at ``at`` (with its space), or
    "": the naira's "N" and the rand's "R" against a sum only (``_SUM``)."""
    found = _CURRENCY_BEFORE.search(text, max(0, at - _SIGN_REACH), at)
    if found is None:
        return ""
    sign = found.group()
    letter = sign.rstrip()
    if letter in ("N", "R") and (letter != sign or _A_SUM.match(text, at) is None):
        return ""
    return sign


# Mexican press writes a figure over a thousand with "mil" between its thousands and the
# rest: "mil 200 millones" is 1.200 millones, "2 mil 300" 2300 (EFE's "1.200 millones" against
# El Universal's "mil 200 millones" was "figures changed: 1.200 millones → 200 millones",
# a false alarm quoting a wrong figure: a Latin American desk's walkthrough)
_MIL_BEFORE = re.compile(
    r"(?:(?<![\w.,])\d{1,3}[ \u00a0])?(?<![^\W\d_])mil[ \u00a0]\Z", re.IGNORECASE
)
_MIL_REACH = 8  # characters "999 mil " takes before a figure
_MIL_THEN = re.compile(r"(?:(\d{1,3})[ \u00a0])?mil[ \u00a0](\d{1,3})(?![\d.,]?\d)", re.IGNORECASE)
# a figure's sign: a minus (a hyphen, the minus sign, an en dash, their full-width form)
_SIGNS = FIGURE_SIGNS
_JOINERS = ".,'’-‐‑_"  # before a hyphen, one joining: "COVID-19", "14-8"
# The words of a million, a billion and a thousand in Polish, Czech, Slovak, Hungarian and
# Greek, written out (their endings spelt, not any word: "milionerzy" are millionaires)
_CENTRAL_MILLIONS = r"mili[oó]n[aeiouyůóvw]{0,2}|millió\w*|εκατομμ[υύ]ρ[ιί][οαω]ν?"
_CENTRAL_BILLIONS = r"miliard[aeiouyůóvw]{0,2}|miliárd|milliárd\w*|δισεκατομμ[υύ]ρ[ιί][οαω]ν?"
_CENTRAL_THOUSANDS = r"tysi[ąę]c[eyi]{0,2}|tis[íi]c[eoiův]{0,2}|ezer|χιλιάδ[εω][ςν]"
_CENTRAL_MAGNITUDES = f"{_CENTRAL_MILLIONS}|{_CENTRAL_BILLIONS}|{_CENTRAL_THOUSANDS}"
# South Asian copy's magnitudes (``numerals.SOUTH_ASIAN_MAGNITUDES``): "Rs 2 lakh → Rs
# 2,00,000" and "12,34,567 → 12.3" were figures changed, the one the same sum, the other said
# without its lakh (a South Asian desk's walkthrough); "lac" and "cr" after a rupee's or a
# taka's sign only (``_PRICE_SCALE``: "lac" is French's lake).
# (a word's end in the scripts of India too: a vowel sign or a nukta, "कोटि", "करोड़", is no
# \w, and "\b" after one is never a word's end)
_WORD_END = r"(?![\w\u0900-\u0dff])"
_UNIT = re.compile(
    # (South Asian magnitudes first, their compounds whole: "1.16 lakh crore")
    rf"\s(?:{SOUTH_ASIAN_MAGNITUDES}){_WORD_END}|"
    # (Czech's "mil." is a million where Spanish's "mil" is a thousand: only before a word
    # in small letters or Kč, "800 mil. Kč", not at a Spanish sentence's end, "15 mil. El")
    r"\smil\.(?=[ \u00a0](?:Kč|(?-i:[a-záäčďéěíĺľňóôŕřšťúůýž])))"
    r"|\s?[%٪]|\s?(?:°C|°F)|\s?M?€|(?:km/h|mph|bn|mn|tn|m|k|km|kg)\b"
    r"|\s(?:millions?|billions?|trillions?|thousand|bn|mn|km/h|mph|km|kilomet(?:re|er)s?|miles?"
    r"|kg|tonnes?|tons?|percent|per cent|(?:d['’])?euros?|dollars?|pounds?|people|minutes"
    r"|hours|heures?|days|weeks|months|years|млн|млрд|трлн|процент\w*|человек\w*|миллион\w*"
    r"|milliard\w*|тысяч\w*|миллиард\w*|триллион\w*"
    # (German and Spanish: "1,5 Millionen Euro", "3.200 Menschen", "1.500 millones de euros")
    r"|Millionen|Milliarden|Prozent|Menschen|Stunden|Tage|Jahre|millones|personas|horas"
    r"|días|años"
    # (the dead and the injured Spanish's and Portuguese's copy counts: "cinco muertos →
    # siete muertos" in a headline was counted as the lede's "cinco personas → siete
    # personas (×2)", a Spanish/Portuguese desk's walkthrough)
    r"|muert[oa]s|fallecid[oa]s|herid[oa]s|lesionad[oa]s|desaparecid[oa]s|víctimas"
    r"|mort[oa]s|ferid[oa]s|vítimas"
    # (Portuguese's and Spanish's: "R$ 2,1 bilhões" was "$ 2,1", its magnitude lost)
    r"|bilh(?:ão|ões)|milh(?:ão|ões)|trilh(?:ão|ões)|billón|billones"
    # (Italian's and Spanish's magnitudes: "2,5 milioni di euro" was "2,5 → 3,1")
    r"|milion[ei]|miliard[oi]|mln|mld|mila|mil millones|millón|mil|di euro"
    # (Dutch's, Danish's, Norwegian's and Swedish's, and their crowns and percent: "1,5
    # miljard euro → 1,6 miljard euro" was "1,5 → 1,6", a Nordic and Dutch desks' walkthrough)
    r"|miljoen(?:en)?|miljard(?:en)?|miljarder|miljon(?:er)?|millioner|mdr|duizend|tusen|tusind"
    r"|kroner|kronor|procent|prosent"
    rf"|{TURKIC_TRILLIONS}|{TURKIC_BILLIONS}|{TURKIC_MILLIONS}"
    # (African currencies written after: "5 milliards de FCFA → 6 milliards de FCFA" was "5
    # milliards → 6 milliards", and "2.5 billion naira" lost its naira, an Africa desk's
    # walkthrough)
    r"|(?:de |d['’])?(?:F ?CFA|francs? CFA)|naira|shillings?|cedis?|rand"
    # (Polish's, Czech's, Slovak's, Hungarian's and Greek's: "1500 milionů Kč → 1,5 mld.
    # Kč", "2 700 miliónov eur → 2,7 miliardy eur", "2.400.000 → 2,4 εκατομμύρια" were
    # figures changed, a Central European and a Greek desk's walkthroughs)
    rf"|{_CENTRAL_MAGNITUDES})\b"
    # ("1,4 тыс.": its "." no word's end; "900 → 1,4" dropped it)
    r"|\s(?:тыс|Mio|Mrd|mio|mia|mdr|kr|tys|tis|εκατ|δισ|χιλ)\.(?!\w)",
    re.IGNORECASE,
)
# (French writes a space before "%" and "€", "3,2 %", "40 €", "millions d'euros": "3,2 % →
# 3,5 %" was "3,2 → 3,5", "40 millions d'euros → 45" "40 → 45", a French desk's walkthrough)
# The words of a figure's magnitude (a power of ten) as news writes them, in English and
# Russian: "1,5 млрд" is 1 500 000 000, a Russian desk's conversion on every reprint (it was
# "figures changed: 1 500 000 000 → 1,5 млрд", a false alarm on nearly every edited copy);
# the unit after the word is read with it ("15 тысяч человек": "15 000 человек → 15").
# Italian's and Spanish's too ("2,5 milioni", "2,5 mld", "15 mila", "2,5 mil millones": the
# largest first, "mil millones" before "mil")
_MAGNITUDES = (
    (12, LAKH_CRORE),  # (the compounds first: "1.16 lakh crore" is no 1.16 lakh)
    (10, THOUSAND_CRORE),
    (12, r"tn|trillions?|трлн|триллион\w*|trilh(?:ão|ões)|tri|billón|billones"),
    (9, r"bn|billions?|млрд|миллиард\w*|milliard\w*|Milliarden|Mrd\.|miliard[oi]|mld"),
    (9, r"bilh(?:ão|ões)|bi"),
    (9, r"mil millones|miljard(?:en)?|miljarder|mia\.|mdr\.?"),
    (9, rf"mld\.|δισ\.|{_CENTRAL_BILLIONS}"),
    (6, r"m|mn|millions?|млн|миллион\w*|Millionen|Mio\.|millones|millón|milion[ei]|mln"),
    (6, r"miljoen(?:en)?|miljon(?:er)?|millioner|milh(?:ão|ões)|mi"),
    (6, rf"mil\.|εκατ\.|{_CENTRAL_MILLIONS}"),
    (3, r"k|thousand|тыс\.|тысяч\w*|mila|mil|duizend|tusen|tusind"),
    (3, rf"tys\.|tis\.|χιλ\.|{_CENTRAL_THOUSANDS}"),
    (12, INDIC_TRILLIONS),
    (9, INDIC_BILLIONS),
    (7, rf"{CRORES}|cr"),
    (6, INDIC_MILLIONS),
    (5, rf"{LAKHS}|lacs?"),
    (3, INDIC_THOUSANDS),
    # (Turkish's and Azerbaijani's: "1,5 milyar lira → 1.500.000.000 lira" was a figure
    # changed, a Turkish desk's walkthrough; their "bin", "min" — a bin, minutes in English
    # — in a Turkic text only: ``_TURKIC_THOUSAND``)
    (12, TURKIC_TRILLIONS),
    (9, TURKIC_BILLIONS),
    (6, TURKIC_MILLIONS),
)
# Turkish's and Azerbaijani's thousand, "bin" and "min" ("12 bin kişi", "5 min manat"): a
# magnitude after a figure in a text ``numerals.turkic`` says is Turkish or Azerbaijani only
# (``_turkic_thousand``; "12 bin lorries", "after 85 min" are a bin and minutes). "5 bin
# lira → 5.000 lira" and "12 bin kişi → 12.000 kişi" were figures changed, "5 → 5.000" (a
# Turkish/Azerbaijani desk's walkthrough)
_TURKIC_THOUSAND = re.compile(rf"[ \u00a0](?:{TURKIC_THOUSANDS}){_WORD_END}", re.IGNORECASE)
_TURKIC_THOUSAND_WORD = re.compile(rf"(?:{TURKIC_THOUSANDS}){_WORD_END}", re.IGNORECASE)
# A figure under a thousand after it, and its value: "12 bin 500" is 12.500 (read as "12
# 500", two figures, before "bin" was; not "12 bin 2024": no figure under a thousand)
_TURKIC_THEN = re.compile(r"[ \u00a0]\d{1,3}")
_TURKIC_THOUSANDS_THEN = re.compile(
    r"(\d{1,3})[ \u00a0](?:bin|min)[ \u00a0](\d{1,3})(?![\d.,]?\d)", re.IGNORECASE
)
# Such a figure in a text, read whole wherever a replacement cuts it (``_widened``, in a
# Turkic text only): "12 bin 500 → 12 bin 600" was "500 → 600", and "12 bin 500 → 13 bin
# 500" "12 bin → 13 bin" (a Turkish desk's walkthrough)
_TURKIC_WHOLE = re.compile(rf"(?<![\w.,]){_TURKIC_THOUSANDS_THEN.pattern}", re.IGNORECASE)
# (a figure's value holds the word only where ``_unit_after`` took it: a Turkic text's)
_MAGNITUDE = re.compile(
    r"(?P<number>-?\d+(?:\.\d+)?)\s?(?:"
    + "|".join(
        f"(?P<e{power}_{n}>{words})"
        for n, (power, words) in enumerate((*_MAGNITUDES, (3, TURKIC_THOUSANDS)))
    )
    + r")(?=\s|$)(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# A word of a magnitude alone, as a replacement may start with one (not "k" nor "m": they
# are written against their figure, one word with it; nor Portuguese's short "bi", "mi",
# "tri", words of their own elsewhere — Spanish "mi" — and read only after a price)
_SHORT = ("k", "m", "bi", "mi", "tri", "cr", "lacs?")
_SHORT_MAGNITUDE = re.compile(r"[ \u00a0](?:bi|mi|tri)(?![\w-])")  # (not "bi-weekly")
_MAGNITUDE_WORD = re.compile(
    "(?:"
    + "|".join(w for _power, words in _MAGNITUDES for w in words.split("|") if w not in _SHORT)
    + f"){_WORD_END}",
    re.IGNORECASE,
)
# A figure before a word put, with a word of its magnitude between them or none ("3,5 mil"
# before "millones": "3,5 mil → 3,5 mil millones", a thousandfold, was no figure changed)
_FIGURE_SCALED_BEFORE = re.compile(
    r"(?<![\w.,])\d(?:[\d.,\u00a0\u202f]*\d)?[ \u00a0]?"
    rf"(?:(?:{_MAGNITUDE_WORD.pattern})[ \u00a0])?\Z",
    re.IGNORECASE,
)
# A price's short magnitude after its figure, "US$ 3,5 bi", "R$ 2 mi" (a word of its own
# elsewhere: Spanish's "mi", "bi-weekly")
_ARAB_NAME = re.compile(ARAB_NAME)
_SHORT_WORD = re.compile(r"(?:bi|mi|tri)(?![\w-])")
_PRICE_BEFORE = re.compile(rf"(?:{_CURRENCY_SIGN})[ \u00a0\u202f]?\d(?:[\d.,]*\d)?[ \u00a0]\Z")
# A rupee's or a taka's short magnitude after its figure, "Rs 500 cr", "₹2 lac", "Tk 5cr"
_PRICE_SCALE = re.compile(r"[ \u00a0]?(?:lacs?|cr)(?!\w)", re.IGNORECASE)
_SOUTH_ASIAN_SIGN = rf"(?:{_SOUTH_ASIAN_MONEY}|[{_MONEY_SYMBOLS}])"
_SOUTH_ASIAN_PRICE = re.compile(rf"{_SOUTH_ASIAN_SIGN}[ \u00a0\u202f]?\Z")
_PRICED_FIGURE_BEFORE = re.compile(
    rf"(?<![^\W\d_]){_SOUTH_ASIAN_SIGN}[ \u00a0]?\d(?:[\d.,]*\d)?[ \u00a0]?\Z"
)


def _scale_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts with a word of a figure's magnitude: one of
    ``_MAGNITUDE_WORD``, a price's "bi", "mi" or "tri" after its figure ("US$ 3,5 bi → US$
    3,5 mi" was no figure changed, a Latin American desk's re-check), or a rupee's "cr" or
    "lac" after its priced figure ("Rs 2 lac → Rs 2 cr" is a figure changed)."""
    if _MAGNITUDE_WORD.match(text, start, end) is not None:
        return _ARAB_NAME.match(text, start) is None  # (the span's end is no text's: "अरब देशों")
    if _TURKIC_THOUSAND_WORD.match(text, start, end) is not None:  # ("12 bin → 12 milyon")
        return turkic(text)
    if _SHORT_WORD.match(text, start, end) is not None:  # ("US$ 3,5 bi → US$ 3,5 mi")
        return _PRICE_BEFORE.search(text, max(0, start - _WIDEN), start) is not None
    if _PRICE_SCALE.match(text, start, end) is None or text[start : start + 1].isspace():
        return False
    return _PRICED_FIGURE_BEFORE.search(text, max(0, start - _WIDEN), start) is not None


# A Korean word's end after a unit written against its figure: none, or a particle ("5명이",
# "3시에", "1조2천억원을"; not "3시간", hours, "3원칙", principles)
_PARTICLES = "이|가|은|는|을|를|의|에|와|과|도|로|으로|만|까지|부터|께|쯤|씩|어치|보다|대로"
_HANGUL_END = f"(?![가-힣])|(?=(?:{_PARTICLES}))"
# A unit or a currency written against a figure in Chinese, Japanese and Korean: an hour
# (not 時間, hours, nor 時点), half past, people and their counter, yen, dollars, won, yuan…
# — "午後3時 → 午後4時", "사망자 5명 → 6명" and "５人 → ６人" were "3 → 4", "5 → 6", "５ → ６",
# and "1조2천억원 → 1조2천억달러", "1兆2000億円 → 1兆2000億ドル", the same sum in another
# currency, no figure changed (a Korean and Japanese desk's walkthrough)
_CJK_UNIT = re.compile(
    r"時半|時(?![間点代期刻差速給])|时(?![间期代刻速])|人|円|ドル|ユーロ|ウォン|ポンド"
    r"|[美欧日韩韓]?元|英镑|英鎊"
    rf"|[ \u00a0]?(?:달러|원|엔|위안|유로|파운드)(?:{_HANGUL_END})|(?:명|시)(?:{_HANGUL_END})"
)
# A word before a figure that is its: a time of day's ("午後3時", "오후 3시"), and a percent
# sign or word before it, as Turkish writes them ("%3,5", "yüzde 3,5": "%3,5 → %3,7" was
# "3,5 → 3,7" where French "3,2 % → 3,5 %" kept its sign, a Turkish desk's walkthrough)
_PREFIX = re.compile(
    r"(?:午前|午後|上午|下午|오전|오후)[ \u00a0]?\Z|(?<![\w%])%\Z"
    r"|(?<![^\W\d_])(?i:yüzde)[ \u00a0]\Z"
)
_PREFIX_REACH = 6
# (a percent so written, as a value: "%3,5" and "yüzde 3,5" are "3,5%")
_PERCENT_FIRST = re.compile(r"%|(?i:yüzde)[ \u00a0]")


def _prefix(text: str, at: int) -> str:
    """The word written before a figure starting at ``at`` that is its (``_PREFIX``), or ""."""
    found = _PREFIX.search(text, max(0, at - _PREFIX_REACH), at)
    return "" if found is None else found.group()


def _unit_after(text: str, at: int, in_turkic: bool | None = None) -> str:
    """The unit written after a figure ending at ``at`` ("%", " km", " million", "人", "원"),
    with the unit after a magnitude's word ("тысяч человек", "million euros"), or "";
    after a clock's hour, its half of the day ("9:41 p.m.", "9 de la noche": ``clocks.MERIDIEM``).
    ``in_turkic``: ``_turkic_thousand``'s."""
    cjk = _CJK_UNIT.match(text, at)
    if cjk is not None:
        return cjk.group()
    hour = CLOCK_BEFORE.search(text, max(0, at - 5), at)
    if hour is not None:
        half = MERIDIEM.match(text, at)
        if half is not None and (hour["minutes"] or not half["bare"] or half.start(1) == at):
            return half.group()
    unit = _UNIT.match(text, at) or _turkic_thousand(text, at, in_turkic)
    if unit is None:
        return ""
    said = unit.group().rstrip()
    if _MAGNITUDE.fullmatch("1" + said.lstrip()):
        then = _UNIT.match(text, unit.end())
        if then is not None and not _MAGNITUDE.fullmatch("1" + then.group().strip()):
            said = text[unit.start() : then.end()].rstrip()
    return said


def _turkic_thousand(text: str, at: int, in_turkic: bool | None = None) -> re.Match[str] | None:
    """Turkish's "bin" or Azerbaijani's "min" after a figure ending at ``at``, in a text
    ``numerals.turkic`` says is Turkish or Azerbaijani (``_TURKIC_THOUSAND``), else None.
    ``in_turkic``: whether the text ``text`` is part of is (None: ``text`` is judged)."""
    found = _TURKIC_THOUSAND.match(text, at)
    if found is None:
        return None
    return found if (turkic(text) if in_turkic is None else in_turkic) else None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_AFTER_DAY = re.compile(r",? ")


def _year_of(said: str, month: str) -> bool:
    """Whether a figure said with ``month`` before it ("November {}") is the year of the
    day just said with that month after it ("4 November"): "4 November November 2024 → 10
    February February 2025" was said of one date changed."""
    day, _space, name = said.partition(" ")
    return day.isdigit() and name.isalpha() and month == name + " {}"


def _month_beside(text: str, start: int, end: int) -> str | None:
    """The figure at ``text[start:end]`` with the month's name beside it, as a format
    ("{} April", "Dec {}"), or None when it is no date's day or year."""
    # (imported here: a text comparison asked for no date pattern, and starts faster)
    from wirediff.core.reading.dates import is_month_name

    before = _WORD_BEFORE.search(text[max(0, start - _LOOK_AROUND) : start])
    after = _WORD_AFTER.match(text[end : end + _LOOK_AROUND])
    if after is not None and is_month_name(after.group(1)):
        return "{} " + after.group(1)
    if before is not None and is_month_name(before.group(1)):
        return before.group(1) + " {}"
    return None


def _months(
    texts: tuple[str, str], left: Span, right: Span, heads: tuple[_Head, _Head]
) -> tuple[list[str], list[str]]:
    """A date's month replaced beside the day kept ("1 January" → "1 April": a bill's
    commencement moved was in no list of figures changed), each side with its day; empty
    lists when the replacement is not that (or in a text's head: a dateline)."""
    out: list[list[str]] = []
    for text, span, head in zip(texts, (left, right), heads, strict=True):
        month = text[span.start : span.end].strip()
        before = re.search(r"(?<!\d)(\d{1,2})\s*$", text[max(0, span.start - 4) : span.start])
        after = re.match(r"\s*(\d{1,2})(?!\d)", text[span.end : span.end + 4])
        if not month.isalpha() or (before is None and after is None):
            return [], []  # (asked before the date patterns are: a plain compare starts fast)
        from wirediff.core.reading.dates import is_month_name

        if not is_month_name(month) or head.holds(span.start):
            return [], []
        day = before or after
        assert day is not None
        out.append([f"{day.group(1)} {month}" if before else f"{month} {day.group(1)}"])
    return out[0], out[1]


_OP_WORDS_MAX = 5  # words a side of a replacement correcting a figure has at most


def _figure_cells(
    texts: tuple[str, str], row: Row, heads: tuple[_Head, _Head], dots: Dots
) -> list[Figures] | None:
    """Of a changed row that is one cell of a table against another, each a figure and no
    word ("120,000" beside "150,000": cells no words pair, deleted beside inserted), the
    figures changed; else None. A bill's penalties changed in its schedule were in no list
    while its renumbered sections filled it (a tester comparing drafts)."""
    if row.kind is not RowKind.CHANGED or row.left is None or row.right is None:
        return None
    if any(op.kind is OpKind.REPLACE or op.kind is OpKind.EQUAL for op in row.ops):
        return None
    sides = []
    for text, span, head in zip(texts, (row.left, row.right), heads, strict=True):
        cell = text[span.start : span.end]
        figures = _figures(text, span.start, span.end, head)
        if not figures or len(cell.split()) > 3 or any(c.isalpha() for c in cell):
            return None
        sides.append(figures)
    old, new = sides
    return None if _same(old, new, dots) else _quoted(old, new, dots)


def _wordy(text: str, span: Span) -> bool:
    """Whether a replacement's side is too long for a figure corrected in a headline: one
    rewritten in its own words ("سندھ میں سیلاب: 68 افراد جاں بحق" for "… ایک لاکھ 20 ہزار
    افراد بے گھر") puts two facts' figures face to face ("68 → 20"); in the story a long
    replacement may well correct one ("killed 63 people" → "killed 68 villagers and
    injured dozens more")."""
    return len(text[span.start : span.end].split()) > _OP_WORDS_MAX


_FACT_WORDS = 3  # a replacement's side longer than this says a fact, not a figure alone
_STEM = 5  # letters a word is compared by ("hospital", "hospitals")
_WORD = re.compile(r"[^\W\d_]{4,}")


def _other_facts(texts: tuple[str, str], op: Op) -> bool:
    """Whether a replacement puts two facts face to face: both sides longer than a few
    words, sharing no word (of four letters or more, by its first five, a number in words
    aside) — "more than 40 are in hospital" → "nine workers are missing" was "figures
    changed: 40 → nine", the injured against the missing (a media monitor's walkthrough)."""
    stems = []
    for text, span in zip(texts, (op.left, op.right), strict=True):
        said = text[span.start : span.end]
        if len(said.split()) <= _FACT_WORDS:
            return False
        words = (w.casefold() for w in _WORD.findall(said))
        stems.append({w[:_STEM] for w in words if not _in_words(w)})
    return not (stems[0] & stems[1])


def _in_words(word: str) -> bool:
    """Whether ``word`` (casefolded) is a number in words ("four", "ثلاثة")."""
    arabic = arabic_script_number(word)
    return word in _WORD_VALUES or (arabic is not None and arabic[1] == len(word))


_FRAME_WORDS = 2  # words kept on each side of a figure replaced alone


def _framed(texts: tuple[str, str], ops: Sequence[Op], at: int) -> bool:
    """Whether the replacement ``ops[at]`` is a figure alone (a word or two each side)
    between words kept on both sides, two at least: "forcing about 1,800 → 1,200 residents
    from their homes" in a sentence otherwise rewritten was in no list of figures changed,
    though the panes marked it as the pair's replaced words (a wire-desk editor's
    walkthrough)."""
    if at == 0 or at + 1 >= len(ops):
        return False
    before, op, after = ops[at - 1], ops[at], ops[at + 1]
    if before.kind is not _EQUAL or after.kind is not _EQUAL:
        return False
    left = texts[0]
    if any(len(left[o.left.start : o.left.end].split()) < _FRAME_WORDS for o in (before, after)):
        return False
    spans = ((texts[0], op.left), (texts[1], op.right))
    return all(len(text[span.start : span.end].split()) <= 2 for text, span in spans)


def figure_frame(comparison: Comparison, row_index: int, at: int) -> bool:
    """Whether the replacement ``at`` of row ``row_index`` stands where a figure changed is
    read: a word or two a side framed by kept words (``_framed``), or in a sentence mostly
    kept (``_mostly_kept``) — not two texts' sentences paired on a few words."""
    texts = (comparison.left_text, comparison.right_text)
    ops = comparison.rows[row_index].ops
    return _framed(texts, ops, at) or _mostly_kept(comparison, row_index)


def _mostly_kept(comparison: Comparison, row_index: int) -> bool:
    """Whether at least half of the left words of row ``row_index`` are matched."""
    row, text = comparison.rows[row_index], comparison.left_text
    if row.left is None:
        return False
    kept = sum(len(text[o.left.start : o.left.end].split()) for o in row.ops if o.kind is _EQUAL)
    return 2 * kept >= len(text[row.left.start : row.left.end].split())


def _quoted(old: list[str], new: list[str], dots: Dots, worded: bool = False) -> list[Figures]:
    """[("12", "21")]; of as many figures a side, the ones that differ ("12 … 1,200"
    against "21 … 1,200" is 12 → 21), each with its own when words part them (``worded``:
    "342 жилых дома и 517" against "512 … 780" is 342 → 512 and 517 → 780 — "342 517 → 512
    780" read as two numbers of thousands, a standards editor's walkthrough; "1/12 → 11/2"
    stays one); else every figure of each side, as one — "…" between figures words part
    ("27 people → 38 … 6 people": "38 6 people", a toll and the missing, read as 386)."""
    if len(old) == len(new):
        differ = [
            (a, b)
            for a, b in zip(old, new, strict=True)
            if _value(a, dots[0]) != _value(b, dots[1])
        ]
        if differ and worded:
            return differ
        if differ:
            old, new = [a for a, _ in differ], [b for _, b in differ]
    joiner = " … " if worded else " "
    return [(joiner.join(old), joiner.join(new))]


# English numbers in words, as news writes the small ones ("four people died", "twenty-one"),
# with their values; a figure in words stands for a figure only where the other side of the
# replacement has one (in digits or in words): "one of them" → "a man" is no figure changed.
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen".split()
_UNITS += "fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# Spanish's too, from two ("cuatro muertos" → "17 muertos" was in no figures changed: a
# media monitor's walkthrough), but "un", "una" (an article) and "once" (an English word)
_SPANISH = (
    "dos tres cuatro cinco seis siete ocho nueve diez _ doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro "
    "veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
_SPANISH_TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
# Turkish's and Azerbaijani's from one, Russian's and Ukrainian's from one to ten: a
# governor's "3 evde" printed "Üç evde" was "quotes changed" (a Turkish desk's walkthrough).
# Their ten, "on", is read only in a text ``numerals.turkic`` says is Turkish or Azerbaijani
# (``_number_words``): English's "on" is no ten.
_TURKISH = "bir iki üç dört beş altı yedi sekiz dokuz on".split()
_AZERBAIJANI = "bir iki üç dörd beş altı yeddi səkkiz doqquz on".split()
_RUSSIAN = "один два три четыре пять шесть семь восемь девять десять".split()
_UKRAINIAN = "один два три чотири п'ять шість сім вісім дев'ять десять".split()
_WORD_VALUES = {
    **{word: n for n, word in enumerate(_UNITS)},
    **{word: 20 + 10 * n for n, word in enumerate(_TENS)},
    "dozen": 12,
    "hundred": 100,
    **{word: n for n, word in enumerate(_SPANISH, 2) if word != "_"},
    **{word: 30 + 10 * n for n, word in enumerate(_SPANISH_TENS)},
    **{word: n for words in (_TURKISH, _AZERBAIJANI) for n, word in enumerate(words, 1)},
    **{word: n for words in (_RUSSIAN, _UKRAINIAN) for n, word in enumerate(words, 1)},
    **{"одна": 1, "одно": 1, "две": 2, "дві": 2},  # (Russian's and Ukrainian's other genders)
}
_TURKIC_TEN = "on"
_APOSTROPHES = "'’ʼ"  # (Ukrainian's, as typed: "п'ять", "п’ять", "пʼять")


def _number_word(words: Iterable[str]) -> re.Pattern[str]:
    """A number in words of ``words`` (each with its values in ``_WORD_VALUES``) or an
    English ten and unit ("twenty-one"); a word an apostrophe carries on is none (Ukrainian's
    "сім'я", a family, is no seven); or one in Arabic's, Persian's or Urdu's words
    (``numerals.ARABIC_SCRIPT_NUMBER``: "ثلاثة", "والخمسة", "سه")."""
    said = (re.escape(w).replace("'", f"[{_APOSTROPHES}]") for w in sorted(words, key=len)[::-1])
    return re.compile(
        rf"\b(?:({'|'.join(_TENS)})[-\u2010\u2011 ]({'|'.join(_UNITS[1:10])})|"
        rf"({'|'.join(said)}))(?![\w{_APOSTROPHES}])|{ARABIC_SCRIPT_NUMBER}",
        re.IGNORECASE,
    )


_NUMBER_WORD = _number_word(w for w in _WORD_VALUES if w != _TURKIC_TEN)
_TURKIC_NUMBER_WORD = _number_word(_WORD_VALUES)
_TEN_WORD = re.compile(rf"\b{_TURKIC_TEN}\b", re.IGNORECASE)


def _word_value(word: str) -> int:
    """The value of a number's word (``_WORD_VALUES``) however its case and apostrophe are
    written: Turkish's capitals, "İKİ", "ALTI" (``str.lower`` makes "İ" an "i" and a dot
    above, "I" a dotted "i")."""
    folded = word.replace("İ", "i").replace("I", "ı").lower()
    for apostrophe in _APOSTROPHES[1:]:
        folded = folded.replace(apostrophe, "'")
    return _WORD_VALUES[folded if folded in _WORD_VALUES else folded.replace("ı", "i")]


def _number_words(text: str, span: Span) -> list[str]:
    """The numbers written in words in ``text[span]``, as written, with their unit ("four
    people", "Twenty-one"); "on", ten, in a Turkish or Azerbaijani text only."""
    out = []
    # (read past its end: a number whole, and Persian's nine before the word it counts,
    # "نه نفر", nine people, when "نه" alone is replaced)
    end = min(len(text), span.end + _WIDEN)
    for m in _words_read(text, span).finditer(text, span.start, end):
        if m.start() >= span.end:
            break
        out.append(m.group() + _unit_after(text, m.end()))
    return out


def _words_read(text: str, span: Span) -> re.Pattern[str]:
    """The numbers in words read in ``text[span]``: with "on" where it holds one and
    ``text`` is Turkish or Azerbaijani (asked then only: it reads the text's start)."""
    if _TEN_WORD.search(text, span.start, span.end) and turkic(text):
        return _TURKIC_NUMBER_WORD
    return _NUMBER_WORD


def _in_digits(figure: str) -> str:
    """``figure`` with a number in words that starts it in digits ("twenty-one people" is
    "21 people"); any other figure as it is."""
    # (Turkish's "on" too: a figure read in words was read by ``_number_words``, which
    # reads "on" in a Turkish or Azerbaijani text only)
    arabic = arabic_script_number(figure)  # ("ثلاثة أشخاص" is "3 أشخاص")
    if arabic is not None:
        return f"{arabic[0]}{figure[arabic[1] :]}"
    m = _TURKIC_NUMBER_WORD.match(figure)
    if m is None:
        return figure
    tens, unit, word = m.group(1, 2, 3)
    value = _word_value(word) if word else _word_value(tens) + _word_value(unit)
    return f"{value}{figure[m.end() :]}"


def spelled_alike(texts: tuple[str, str], spans: tuple[Span, Span], dots: Dots) -> bool:
    """Whether a replacement's two sides (``spans`` of ``texts``) are one number, written
    in words on one side, its unit after it or none ("four", "Nueve", "twenty-three per
    cent"), and alone in digits on the other ("4", "9", "23%"): a governor's "Four houses"
    printed "4 houses" was "quotes changed", a misquote's alarm over a house style (a
    Turkish desk's walkthrough); "four" against "5" is another number."""
    said = [text[span.start : span.end] for text, span in zip(texts, spans, strict=True)]
    for worded in (0, 1):
        words, figure = said[worded], said[1 - worded]
        m = _words_read(texts[worded], spans[worded]).match(words)
        if m is None or words[m.end() :] != _unit_after(words, m.end()):
            continue
        if figures_aside(figure) != ("0", [figure]):  # (one figure, nothing else)
            continue
        old, new = (words, figure) if worded == 0 else (figure, words)
        return same_figure(old, new, dots)
    return False


# Between groups of three digits: "1,200", "1 200", "1\u202f200" are 1200; "1,5" is not
_GROUPING = re.compile(r"[,\u00a0\u202f ’'\u066c](?=\d{3}(?!\d))")
# Indian grouping, by two digits above the thousands: "12,34,567" is 1234567, "2,00,000"
# 200000 (it was "12,34567", and "Rs 2 lakh → Rs 2,00,000" a figure changed: a South Asian
# desk's walkthrough)
_INDIAN_GROUPS = re.compile(r"(?<![\d.,])\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])")
# A decimal comma: one or two digits after it ("1,5 млрд" is "1.5 млрд", the same value;
# a paper's "1,5" against an agency's "1.5" was a figure changed)
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")


_DASHES = re.compile("(?<=\\d)[\u2010-\u2015\u2212](?=\\d)")
# The Japanese middle dot between a figure's digits, its decimal point ("５・９" is 5.9)
_MIDDLE_POINT = re.compile(r"(?<=\d)[\u30fb\uff65](?=\d)")


# Dots between groups of three digits: always where there are two groups or a decimal comma
# after them ("2.500.000", "1.234,5"); a group's dot alone ("1.500") where the pair's texts
# write so (``numerals.dots_group``)
_DOTS = re.compile(
    r"(?<![\d.])\d{1,3}(?:\.\d{3}){2,}(?![\d.])|(?<![\d.])\d{1,3}(?:\.\d{3})+(?=,\d)"
)
_DOT = re.compile(r"(?<=\d)\.(?=\d{3}(?![\d.]))")
# A percent sign or its word after a figure ("twenty-three per cent" is "23%": a script's
# number in words against the web copy's digits was "figures changed: twenty-three per cent
# → 23%", where "thirty-one → 31" was none — a broadcast desk's walkthrough)
_PERCENT = re.compile(
    r"(?<=\d)\s?(?:%|per ?cent|procent|prosent|prozent|pour ?cent|por ciento|per cento"
    r"|процент\w*)$",
    re.IGNORECASE,
)
# Crowns, written out or short ("4 mia. kr." is "4 milliarder kroner")
_CROWNS = re.compile(r"(?<=\s)(?:kroner|kronor|kr\.?)$", re.IGNORECASE)
# The "of" between a magnitude and its currency ("2,5 milioni di euro" is "2,5 milioni euro")
_OF_CURRENCY = re.compile(r"\sdi(?=\seuro)", re.IGNORECASE)
# A space between a figure and a unit in Chinese, Japanese or Korean ("7012억 달러" is
# "7012억달러")
_CJK_SPACE = re.compile(r"(?<=\d)[ \u00a0](?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])")
# The CFA franc however written after its figure ("5 milliards de FCFA", "500 000 F CFA",
# "francs CFA" are FCFA)
_CFA = re.compile(r"\s(?:de\s|d['’])?(?:F\s?CFA|francs?\sCFA)$", re.IGNORECASE)


def _value(figure: str, dots: bool = False) -> str:
    """A figure as a value: digits of any script read as ASCII ("۲۰" is 20), the
    separators of thousands left out ("1,200" is "1 200" is 1200; with ``dots``, a text's
    style, "1.500" too), a decimal comma a point ("1,5" is 1.5), a number in words as its
    digits ("four" is 4), one with East Asian magnitudes in plain digits ("1万2千" is
    12000), a full-width one as its ASCII ("６．１％" is "6.1%")."""
    # (Hong Kong and Taiwan papers print ６．１ where an agency prints 6.1: "figures changed:
    # 6.1 → ６．１" of a reworded headline, a Chinese wire desk's walkthrough)
    figure = _MIDDLE_POINT.sub(".", figure.translate(FULL_WIDTH))
    figure = _in_digits(figure)  # ("four people" → "4 people" is no figure changed)
    mil = _MIL_THEN.match(figure)  # ("mil 200 millones" is "1200 millones")
    if mil is not None:
        figure = f"{int(mil[1] or 1) * 1000 + int(mil[2])}{figure[mil.end() :]}"
    thousands = _TURKIC_THOUSANDS_THEN.match(figure)  # ("12 bin 500" is "12500")
    if thousands is not None:
        figure = f"{int(thousands[1]) * 1000 + int(thousands[2])}{figure[thousands.end() :]}"
    if figure[:1] in _SIGNS:  # (a minus in any of its forms, "+5%" is 5%)
        figure = figure[1:] if figure[0] == "+" else "-" + figure[1:]
    body = figure.removeprefix("-")
    percent = _PERCENT_FIRST.match(body)  # ("%3,5" is "3,5%")
    if percent is not None:
        figure = figure[: len(figure) - len(body)] + body[percent.end() :] + "%"
    figure = figure.replace("\u066b", ".").replace("٪", "%")  # (Arabic's decimal sign, percent)
    # (a dash of any kind between figures, a time's point: "3-1 → 3–1", "10:32 → 10.32" were
    # figures changed — an English standards editor's walkthrough)
    figure = _DASHES.sub("-", figure)
    time = clock(figure)  # ("9:41 p.m.", "21.41 horas", "09:41", "10h30" are clock times)
    if time is not None:
        figure = time.value()
    if _ZONE_CLOCK.fullmatch(figure):  # ("1400 GMT" is "14:00 GMT")
        figure = f"{int(figure[:2])}:{figure[2:4]} {figure[4:].strip()}"
    ascii_digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in figure)
    ascii_digits = _DOTS.sub(lambda m: m.group().replace(".", ""), plain_cjk(ascii_digits))
    if dots:
        ascii_digits = _DOT.sub("", ascii_digits)
    ascii_digits = _PERCENT.sub("%", _OF_CURRENCY.sub("", ascii_digits))
    ascii_digits = _CFA.sub(" FCFA", _CJK_SPACE.sub("", ascii_digits))
    ascii_digits = _CROWNS.sub("kr", ascii_digits)
    ascii_digits = _INDIAN_GROUPS.sub(lambda m: m.group().replace(",", ""), ascii_digits)
    return _scaled(_DECIMAL_COMMA.sub(".", _GROUPING.sub("", ascii_digits)))


def _scaled(value: str) -> str:
    """A value whose figure a magnitude's word follows in its digits alone ("1.5 млрд" is
    "1500000000", "15 тысяч человек" is "15000 человек"); any other as it is. The point is
    moved in the digits as written, no arithmetic: a figure of a million digits before
    "million" overflowed, and one of 30 was rounded (a review)."""
    found = _MAGNITUDE.fullmatch(value)
    if found is None:
        return value
    power = next(
        int(name[1:].partition("_")[0])
        for name, said in found.groupdict().items()
        if name[0] == "e" and said
    )
    number = found["number"]
    sign = "-" if number.startswith("-") else ""
    whole, _point, fraction = number.lstrip("-").partition(".")
    fraction = fraction.ljust(power, "0")
    digits = (whole + fraction[:power]).lstrip("0") or "0"
    rest = fraction[power:].rstrip("0")
    return sign + digits + (f".{rest}" if rest else "") + found["rest"]


def _digits(value: str) -> str:
    """A figure's value without its unit or currency ("63 человека" → "63")."""
    return " ".join(re.findall(r"\d[\d.,]*\d|\d", value))


def _unshared(old: list[str], new: list[str], dots: Dots) -> tuple[list[str], list[str]]:
    """The two sides' figures without those both give, by value (``_value``; a currency
    sign added changes no figure): "2.9% → 2.9% $74.15 14:35" and "78.40 → $78.40" were
    figures changed of a replacement that added a price and a time beside a figure kept,
    or a dollar sign to it (an Arabic standards editor's walkthrough); what one side adds
    alone is no figure changed."""
    left = list(old)
    kept = []
    for figure in new:
        value = _plain_value(figure, dots[1])
        match = next((a for a in left if _plain_value(a, dots[0]) == value), None)
        if match is None:
            kept.append(figure)
        else:
            left.remove(match)
    return left, kept


def _differ(a: str, b: str, dots: Dots) -> bool:
    """Whether two figures differ as values, a currency sign aside (``_plain_value``), and
    a unit one of them gives alone ("5C → 5°C", "5 → 5°C": no figure changed, an English
    standards editor's walkthrough)."""
    if other_currency(a, b):  # (reais for dollars)
        return True
    if half_alike(a, b):  # ("9:41 p.m." against "9:41")
        return False
    old, new = _plain_value(a, dots[0]), _plain_value(b, dots[1])
    if old == new:
        return False
    bare_old, bare_new = _UNIT_END.sub("", old), _UNIT_END.sub("", new)
    return not (bare_old == bare_new and (bare_old == old or bare_new == new or _degrees(a, b)))


# A unit after a figure's digits, as a value keeps it ("5°C", "12 people", "3.2%")
_UNIT_END = re.compile(r"(?<=\d)\s?[^\d\s.,:-][^\d]*$")


def _degrees(a: str, b: str) -> bool:
    """Whether two figures give one temperature, its degree sign written or not."""
    return a.replace("°", "").replace(" ", "") == b.replace("°", "").replace(" ", "")


def _money(figure: str) -> str:
    """The currency's sign written before a figure ("R$", "€"; "INR" is "₹", "Tk" "৳"), or
    "" ("$" is any dollar's, or a peso's: "US$ 5" against "$ 5" is no currency changed).
    One currency however its sign is written (``tokens.MONEY_SIGNS``: "Rs 1,200 crore"
    against "₹1,200 crore" was a figure changed, "Rs 1,200 → ₹1,200", a South Asian desk's
    walkthrough; "N" is "₦", "KES" is "KSh", a code its currency's sign)."""
    money = _CURRENCY_START.match(figure.lstrip(_SIGNS))
    sign = "" if money is None else money.group().strip().translate(FULL_WIDTH)
    return MONEY_SIGNS.get(sign, sign)


def _one_currency(a: str, b: str) -> bool:
    """Whether two signs (``_money``) may be one currency's: the same, a plain "$" against
    a dollar's ("US$", "A$", "C$"…: any dollar's or a peso's), a plain "Sh" against a
    shilling's ("KSh", "USh"), or a plain "Rs" against a rupee's sign ("Rs 1,200 crore →
    ₹1,200 crore" is none: a plain "Rs" is any rupee's, Indian or Pakistani). Not "$"
    against another currency's: "$5 million → €5 million" and "$2.1 billion → Rs 2.1
    billion" were no figure changed (a Korean and Japanese desk's walkthrough)."""
    if a == b:
        return True
    if ANY_RUPEE in (a, b):
        return {a, b} <= RUPEE_CURRENCIES
    plain, other = (a, b) if a in ("$", "Sh") else (b, a)
    return plain in ("$", "Sh") and other.endswith(plain)


def _plain_value(figure: str, dots: bool) -> str:
    """A figure's value without the currency sign before it ("$78.40" is "78.40", "-$2.10"
    is "-2.10")."""
    sign = figure[:1] if figure[:1] in _SIGNS else ""
    bare = figure[len(sign) :]
    money = _CURRENCY_START.match(bare)
    bare = _CURRENCY_AFTER.sub("", bare if money is None else bare[money.end() :])
    return _value(sign + bare, dots)


# A currency written after the figure, as French does ("40 €", "5 M€": "€40 → 40 €" was a
# figure changed, a review), its million kept ("5 M€" is 5 million)
_CURRENCY_AFTER = re.compile(rf"\s?M?[{_CURRENCIES}]$")


def _same(old: list[str], new: list[str], dots: Dots) -> bool:
    """Whether two sides' figures have the same values: one by one ("1-12" is not "11-2");
    when the counts differ, as one run of digits (quoted words made a grouped "1 200" two
    figures, 1 and 200: the same as "1,200")."""
    if len(old) == len(new):
        return all(_value(a, dots[0]) == _value(b, dots[1]) for a, b in zip(old, new, strict=True))
    return _value(" ".join(old), dots[0]).replace(" ", "") == _value(
        " ".join(new), dots[1]
    ).replace(" ", "")
