"""The quotations a pair changes: words replaced, added or cut inside quotation marks that
both sides keep.

A site's second capture rewrote a minister's quote («…o llenar la nevera» → «…o comer»)
and was "a copy, 100% of its sentences kept nearly word for word": figures and names
changed were said, quoted words not (a fact-checker's walkthrough). A quotation is said
when an edit of a changed row lies inside quotation marks on both sides
(``quotemarks``): words cut from or added to a quote, or replaced in it; not a quote
added or cut whole, a mark changed ("…" for «…»), nor a moved one.

Both sides must hold the same quotation (``_same_quotation``): the diff keeps, quoted on
both sides, half the letters of one of them (a quote edited, cut short or carried on), or a
quarter of each where the rest of its sentence, the words saying who spoke, is kept (a
paraphrase put in the minister's mouth). An agency's mayor quote was said changed into a
rival's regional councillor's, and into a paper's own interview quote that shared one
phrase of it (an Italian desk's walkthrough): another speaker's quote, or another
interview's, is one added and one cut.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence

from wirediff.core.numerals import dots_group_each, turkic
from wirediff.core.quotemarks import CLOSERS, gershayim, quoted_spans
from wirediff.core.quoting import (
    ARROW,
    Dots,
    cut_kept,
    figures_aside,
    more_of,
    other_figure,
    same_figure,
    spelled_alike,
)
from wirediff.core.result import Comparison, OpKind, Row, RowKind, Span
from wirediff.core.segments import sentence_starts
from wirediff.core.tokens import fold_key

Quote = tuple[str, str]  # a quotation as the old side gives it, and as the new one does
Aside = tuple[str, list[str]]  # a quotation's words and its figures (``figures_aside``)

_OPENERS = frozenset(CLOSERS)
_DASHES = frozenset("-–—")
# a paragraph's opening dash just before a quote's start
_SPEECH_DASH = re.compile(r"[-–—][ \t]+\Z")
_CLOSING = frozenset("".join(CLOSERS.values()))


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes: ``(start, end)`` of the words between each pair of marks,
    and of speech a dash opens (``quotemarks.dash_quoted``), in text order (a quote over
    several paragraphs or sentences, a range for each line); not a mark that is none
    (``_marks_only``: a review found an inch mark, `12"`, paired with
    another paragraphs on, a Hebrew acronym's, צה"ל, and a wrongly curled "‘90s" opening
    a quote a "parents’" closed further down)."""
    lines = _marks_only(text).split("\n")
    found: list[tuple[int, int]] = []
    at = 0
    for line, spans in zip(lines, quoted_spans(lines, dashes=True), strict=True):
        found.extend((at + start, at + end) for start, end in spans if end > start)
        at += len(line) + 1
    return found


def _marks_only(text: str) -> str:
    """``text`` with the marks that are none put out (a space each): a straight double mark
    between two letters (a Hebrew acronym's gershayim: צה"ל; not ל"הארץ", a quote opened
    after a prefix: ``quotemarks.gershayim``), or after a digit where no
    quote is open in its paragraph (inches: `a 12" main`, `55"`; but `"we won 3-0"` and a
    hard-wrapped `…by\n2030"` close their quotes — reviews), and an opening single mark
    before a decade ("‘90s")."""
    if '"' not in text and "‘" not in text:
        return text
    line = text
    chars = list(text)
    open_quote = False
    for at, char in enumerate(chars):
        if char == "‘" and _DECADE.match(line, at + 1):
            chars[at] = " "
        if char == "\n" and line[at + 1 : at + 2] == "\n":
            open_quote = False  # (a paragraph's end)
        if char != '"':
            continue
        before = line[at - 1 : at] if at else ""
        after = line[at + 1 : at + 2]
        if gershayim(line, at) or (
            before.isalpha() and after.isalpha() and not _HEBREW_PAIR.match(line, at - 1)
        ):
            chars[at] = " "  # (an acronym's, quoted or not; not ל"הארץ", a quote opened)
        elif open_quote:
            open_quote = False
        elif before.isdigit():
            chars[at] = " "  # (inches)
        else:
            open_quote = True
    return "".join(chars)


_DECADE = re.compile(r"\d\ds\b")
_HEBREW_PAIR = re.compile('[\u05d0-\u05ea]"[\u05d0-\u05ea]')  # (``gershayim`` decides)


def _holding(ranges: Sequence[tuple[int, int]], span: Span) -> tuple[int, int] | None:
    """The range of ``ranges`` (in order, apart) that ``span`` lies in, or None."""
    at = bisect_right(ranges, (span.start, 1 << 62)) - 1
    if at < 0:
        return None
    start, end = ranges[at]
    return (start, end) if start <= span.start and span.end <= end else None


def _worded(text: str, span: Span) -> Span:
    """``span`` without the marks and spaces it opens and closes with (a comparison that
    ignores punctuation puts a quote's closing mark in the edit before it)."""
    start, end = span
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return Span(start, end) if start < end else Span(span.start, span.start)


def quote_changes(comparison: Comparison) -> list[Quote]:
    """The quotations whose words the pair changes, each once: the old side's and the new
    side's, their marks kept and long runs both keep cut to their ends (``cut_kept``)."""
    # (a moved paragraph's edits too, as its figures are: a review)
    rows = [row for row in comparison.rows if row.kind in (RowKind.CHANGED, RowKind.MOVED)]
    if not rows:
        return []
    left_text, right_text = comparison.left_text, comparison.right_text
    left, right = quote_ranges(left_text), quote_ranges(right_text)
    if not (left and right):
        return []
    found: list[Quote] = []
    seen_old: set[tuple[int, int]] = set()
    seen_new: set[tuple[int, int]] = set()
    kept_by_row: dict[int, list[tuple[int, int]]] = {}
    dots: Dots | None = None  # (how each text groups thousands: asked at the first quote)
    # (whether each text is Turkish or Azerbaijani, its "12 bin 500" one figure: asked
    # then too, of the whole text, as a quote alone is too short to tell)
    turkic_each: tuple[bool, bool] = (False, False)
    for row in rows:
        for op in row.ops:
            if op.kind is OpKind.EQUAL:
                continue
            old = _holding(left, _worded(left_text, op.left))
            new = _holding(right, _worded(right_text, op.right))
            # (each quote once, either side: a quote of two paragraphs joined into one was
            # said twice, each half against the whole — a review)
            if old is None or new is None or old in seen_old or new in seen_new:
                continue
            kept = _kept_around(comparison, (old, new), kept_by_row)
            if not _same_quotation(comparison, (old, new), (left, right), kept):
                continue
            seen_old.add(old)
            seen_new.add(new)
            said = _marked(left_text, old), _marked(right_text, new)
            if dots is None:
                dots = dots_group_each(left_text, right_text)
                turkic_each = turkic(left_text), turkic(right_text)
            if _changed(said, comparison, dots, turkic_each):
                spelled = _spelled_as_left(comparison, (old, new), dots)
                if spelled is None or _changed(spelled, comparison, dots, turkic_each):
                    found.append(_shortened(*_ends_cut(*cut_kept(*said))))
    return found


def _changed(
    said: Quote, comparison: Comparison, dots: Dots, turkic_each: tuple[bool, bool]
) -> bool:
    """Whether two quotations (old, new) say other words or other figures (``turkic_each``:
    whether each side's text is Turkish or Azerbaijani, ``figures_aside``'s)."""
    asides = figures_aside(said[0], turkic_each[0]), figures_aside(said[1], turkic_each[1])
    if _letters(said[0], comparison) == _letters(said[1], comparison):
        return _refigured(asides, dots)
    return not _alike(asides, comparison, dots)


def _spelled_as_left(
    comparison: Comparison, pair: tuple[tuple[int, int], tuple[int, int]], dots: Dots
) -> Quote | None:
    """The quotes ``pair`` (old, new) as ``_marked`` says them, each number the diff
    replaces inside them by the same number written otherwise, in words on one side and in
    digits on the other (``quoting.spelled_alike``: "Four" and "4", not "four" and "5"),
    written on the new side as the old side writes it; None where the diff replaces none
    so. A governor's "3 evde çatlak" printed "Üç evde çatlak", a paper's house style, was
    "quotes changed" (a Turkish desk's walkthrough)."""
    (old, new), texts = pair, (comparison.left_text, comparison.right_text)
    puts: list[tuple[Span, str]] = []  # (the new side's span, the old side's words)
    for row in comparison.rows:
        if not (_meets(row.left, old) or _meets(row.right, new)):
            continue
        for op in row.ops:
            if op.kind is not OpKind.REPLACE:
                continue
            # (its words as the diff cut them, a percent sign with its figure, "23% " for
            # "twenty-three per cent "; else without the marks it takes in, "Four," for "4,")
            for spans in (
                (_unspaced(texts[0], op.left), _unspaced(texts[1], op.right)),
                (_worded(texts[0], op.left), _worded(texts[1], op.right)),
            ):
                inside = _within(old, spans[0]) and _within(new, spans[1])
                if inside and spelled_alike(texts, spans, dots):
                    puts.append((spans[1], texts[0][spans[0].start : spans[0].end]))
                    break
    if not puts:
        return None
    right, end = texts[1], new[1]
    for span, words in sorted(set(puts), reverse=True):  # (a moved unit's ops: twice)
        right = right[: span.start] + words + right[span.end :]
        end += len(words) - (span.end - span.start)
    return _marked(texts[0], old), _marked(right, (new[0], end))


def _unspaced(text: str, span: Span) -> Span:
    """``span`` without the white space it opens and closes with."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _within(where: tuple[int, int], span: Span) -> bool:
    return where[0] <= span.start < span.end <= where[1]


def _alike(asides: tuple[Aside, Aside], comparison: Comparison, dots: Dots) -> bool:
    """Whether two quotations of other letters say the same words and the same figures,
    written otherwise (``quoting.same_figure``): "The ₦2.5 billion will cover…" against
    "The N2.5bn will cover…", a Nigerian paper's house style for the agency's sign and
    magnitude, was "quotes changed" on every rewrite, a misquote's alarm (an Africa desk's
    walkthrough)."""
    (old_words, old_figures), (new_words, new_figures) = asides
    if _letters(old_words, comparison) != _letters(new_words, comparison):
        return False
    return len(old_figures) == len(new_figures) and all(
        same_figure(a, b, dots) for a, b in zip(old_figures, new_figures, strict=True)
    )


def _refigured(asides: tuple[Aside, Aside], dots: Dots) -> bool:
    """Whether two quotations of the same letters and digits change a figure: a sum put in
    another currency, its sign of no letter ("₦2.5 billion" against "$2.5 billion"), or a
    figure's point moved ("1.5%" against "15%"), which the letters alone did not see (an
    Africa desk's walkthrough)."""
    (_, old_figures), (_, new_figures) = asides
    return len(old_figures) == len(new_figures) and any(
        other_figure(a, b, dots) for a, b in zip(old_figures, new_figures, strict=True)
    )


def _kept_around(
    comparison: Comparison,
    pair: tuple[tuple[int, int], tuple[int, int]],
    kept_by_row: dict[int, list[tuple[int, int]]],
) -> set[tuple[int, int]]:
    """The letters kept (``_kept_letters``) by the rows the quotes ``pair`` (old, new) are
    in: a long quote runs over several rows, unchanged ones too (a paragraph of 650 words
    is cut in units)."""
    (old, new), kept = pair, set()
    for row in comparison.rows:
        if _meets(row.left, old) or _meets(row.right, new):
            if row.index not in kept_by_row:
                kept_by_row[row.index] = _kept_letters(comparison, row)
            kept.update(kept_by_row[row.index])  # (a moved unit's twice: once kept)
    return kept


def _meets(span: Span | None, where: tuple[int, int]) -> bool:
    return span is not None and span.start < where[1] and where[0] < span.end


def _kept_letters(comparison: Comparison, row: Row) -> list[tuple[int, int]]:
    """The letters the equal ops of ``row`` keep: each left one's place and its right one's.
    (A comparison that ignores case or punctuation may keep a few more letters on one
    side: a run's letters are then paired by their share of it.)"""
    left_text, right_text = comparison.left_text, comparison.right_text
    kept: list[tuple[int, int]] = []
    for op in row.ops:
        if op.kind is not OpKind.EQUAL:
            continue
        olds = _letters_in(left_text, *op.left)
        news = _letters_in(right_text, *op.right)
        if olds and news:
            kept.extend((old, news[at * len(news) // len(olds)]) for at, old in enumerate(olds))
    return kept


def _letters_in(text: str, start: int, end: int) -> list[int]:
    return [at for at in range(start, end) if text[at].isalnum()]


Ranges = Sequence[tuple[int, int]]


def _same_quotation(
    comparison: Comparison,
    pair: tuple[tuple[int, int], tuple[int, int]],
    ranges: tuple[Ranges, Ranges],
    kept: Collection[tuple[int, int]],
) -> bool:
    """Whether the quotes ``pair`` (old, new) are one quotation edited (see the module):
    ``kept`` gives the letters the diff keeps, ``ranges`` where each side quotes."""
    (old, new), (left, right) = pair, ranges
    # (the letters of each kept quoted on the other side: by any of its quotes, as two
    # paragraphs of one quote may be joined into one)
    kept_old = sum(1 for a, b in kept if _inside(old, a) and _holding_at(right, b))
    kept_new = sum(1 for a, b in kept if _inside(new, b) and _holding_at(left, a))
    letters_old = len(_letters_in(comparison.left_text, *old))
    letters_new = len(_letters_in(comparison.right_text, *new))
    if 2 * kept_old >= letters_old or 2 * kept_new >= letters_new:
        return True
    said_old = _saying(comparison.left_text, old, left)
    said_new = _saying(comparison.right_text, new, right)
    if not (said_old and said_new):
        return False
    kept_said = sum(1 for a, b in kept if a in said_old and b in said_new)
    most = max(len(said_old), len(said_new))
    if 4 * kept_old < letters_old or 4 * kept_new < letters_new:
        # rewritten whole in a sentence kept whole around it: '"The deal is dead," the
        # minister told reporters' → '"The agreement has collapsed," …' put other words in
        # one mouth (a review); another speaker's, another interview's, is no such sentence
        return min(len(said_old), len(said_new)) >= _FRAME_MIN and 5 * kept_said >= 4 * most
    return 2 * kept_said >= most


_FRAME_MIN = 12  # letters of who spoke, and how, that make a quote's sentence its own


def _inside(where: tuple[int, int], at: int) -> bool:
    return where[0] <= at < where[1]


def _holding_at(ranges: Ranges, at: int) -> bool:
    return _holding(ranges, Span(at, at + 1)) is not None


def _saying(text: str, where: tuple[int, int], ranges: Ranges) -> set[int]:
    """The letters of the sentence the quote at ``where`` is in that no quote holds (who
    spoke, how: "», afirmou o ministro Carlos Menezes"), or none."""
    start, end = where
    before, after = _sentence_of(text, where)
    return {
        at
        for at in _letters_in(text, before, after)
        if not (start <= at < end or _holding_at(ranges, at))
    }


_MOST_WORDS = 40  # the longest side said whole; past it, its ends (a review: 650 words)
_END_WORDS = 15


def _shortened(old: str, new: str) -> Quote:
    """Each side of more than ``_MOST_WORDS`` words cut to its first and last
    ``_END_WORDS`` (``cut_kept`` leaves a quote of edits far apart, or of 600 words, whole:
    an entry of 8,000 characters in a report's summary)."""

    def cut(side: str) -> str:
        words = side.split(" ")
        if len(words) <= _MOST_WORDS:
            return side
        return " ".join([*words[:_END_WORDS], "…", *words[-_END_WORDS:]])

    return cut(old), cut(new)


_AROUND_WORDS = 4  # words both sides keep quoted before the first edit and after the last


def _ends_cut(old: str, new: str) -> Quote:
    """The words both quotations open and close with cut to ``_AROUND_WORDS`` next to the
    edits ("«Vamos a movilizar 1.500 millones … ningún joven español …»": a whole quote of
    30 words each side hid its one word changed)."""
    a, b = old.split(" "), new.split(" ")
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    cut_head = max(0, head - _AROUND_WORDS - 1)
    cut_tail = max(0, tail - _AROUND_WORDS - 1)
    if not (cut_head or cut_tail):
        return old, new

    def cut(words: list[str]) -> str:
        kept = words[cut_head : len(words) - cut_tail]
        opener = words[0][:1] if cut_head and words[0][:1] in _OPENERS else ""
        opener = f"{words[0]} " if cut_head and words[0] in _DASHES else opener
        closer = words[-1][-1:] if cut_tail and words[-1][-1:] in _CLOSING else ""
        return (
            (f"{opener}… " if cut_head else "")
            + " ".join(kept)
            + (f" …{closer}" if cut_tail else "")
        )

    return cut(a), cut(b)


def _marked(text: str, where: tuple[int, int]) -> str:
    """The quotation at ``where`` with its marks, white space collapsed."""
    start, end = where
    if start and text[start - 1] in _OPENERS:
        start -= 1
    elif (dash := _SPEECH_DASH.search(text, max(0, start - 4), start)) is not None:
        # (speech a dash opens, said with it: at its paragraph's start, or again after
        # a sentence, "— …, — сказал министр. — Работы начнутся…")
        before = text[text.rfind("\n", 0, dash.start()) + 1 : dash.start()].rstrip()
        start = dash.start() if not before or before[-1] in ".!?…:" else start
    if end < len(text) and text[end] in _CLOSING:
        end += 1
    return " ".join(text[start:end].split())


def _letters(text: str, comparison: Comparison) -> str:
    """A quotation's letters and digits as the comparison reads them (its folds: a Persian
    quote whose copy wrote Arabic yeh, Arabic-Indic digits and spaces for ZWNJ was "quotes
    changed" where the panes showed it equal — a re-check of a Persian desk's)."""
    return "".join(c for c in fold_key(text, comparison.options).casefold() if c.isalnum())


def quotes_said(
    found: Sequence[Quote],
    limit: int | None = 2,
    separator: str = "; ",
    each: Callable[[str], str] = str,
) -> str:
    """The quotations a pair changes as a summary says them: «…o llenar la nevera» →
    «…o comer», at most ``limit`` of them (None: all) and how many more; "" when none.
    ``each``: how one quotation is written (an HTML report's escaped, in ``<bdi>``: a
    Persian "«…» → «…»" wrapped with the arrow inside a quote)."""
    said = [f"{each(old)}{ARROW}{each(new)}" for old, new in found[:limit]]
    return f"{separator.join(said)}{more_of(len(found), len(said))}" if said else ""


# A quotation added or cut whole, with its sentence: the quotation with its marks, and who
# said it as the sentence names them ("" when it names no one).
Whole = tuple[str, str]

_WHOLE_MIN_WORDS = 4  # fewer quoted words are a term's marks ('the so-called "iron dome"')
_WHOLE_KEPT_MAX = 0.2  # of its sentence's letters the diff keeps, at most: the rest is gone
_WHOLE_WORDS = 15  # a quotation said longer is cut to its first ones
_LETTER_WORD = re.compile(r"[^\W\d_]+")


def whole_quotes(comparison: Comparison) -> tuple[list[Whole], list[Whole]]:
    """The quotations of the left side cut whole, with their sentences, and those of the
    right side added so, in text order: a page's revision dropping a senator's quote was
    summed up by its figures alone, and a capture dropping a resident's by "19% left out"
    (a Wikipedia editor's walkthrough) — ``quote_changes`` says only quotations both
    sides hold. A quotation counts when it has ``_WHOLE_MIN_WORDS`` words and the diff keeps
    none of its letters and at most ``_WHOLE_KEPT_MAX`` of its sentence's (who spoke and
    how): a quote rewritten in a sentence kept is a quote changed, a moved one is kept; and
    when its sentence says who spoke or how (``_framed``)."""
    if all(row.kind is RowKind.EQUAL for row in comparison.rows):
        return [], []
    kept: tuple[list[Span], list[Span]] = ([], [])
    for row in comparison.rows:
        for op in row.ops:
            if op.kind is OpKind.EQUAL:
                if row.left is not None:
                    kept[0].append(op.left)
                if row.right is not None:
                    kept[1].append(op.right)
    texts = comparison.left_text, comparison.right_text
    return _cut_whole(texts[0], sorted(kept[0])), _cut_whole(texts[1], sorted(kept[1]))


def _cut_whole(text: str, kept: Sequence[Span]) -> list[Whole]:
    """The quotations of ``text`` gone whole with their sentences (``whole_quotes``), when
    ``kept`` (in order) holds the spans the diff keeps."""
    ranges = quote_ranges(text)
    found: list[Whole] = []
    small: set[str] | None = None
    lines: dict[tuple[int, int], list[int]] = {}  # (each line's sentences, cut once)
    for where in ranges:
        words = text[where[0] : where[1]].split()
        if len(words) < _WHOLE_MIN_WORDS or _kept_letters_in(text, kept, *where):
            continue
        before, after = _sentence_of(text, where, lines)
        around = len(_letters_in(text, before, after))
        if _kept_letters_in(text, kept, before, after) > _WHOLE_KEPT_MAX * around:
            continue
        frame = "".join(
            " " if _holding_at(ranges, at) else char
            for at, char in enumerate(text[before:after], before)
        )
        if not _framed(frame) or _a_title(text, where, frame):
            continue
        # (its words, a comma its sentence goes on with left out: "…had gone off," said)
        quoted = " ".join(words[:_WHOLE_WORDS]).rstrip(",")
        quoted += " …" if len(words) > _WHOLE_WORDS else ""
        marked = _marked(text, where)
        marks = marked[:1], marked[-1:]
        if marks[0] not in _OPENERS or marks[1] not in _CLOSING:
            marks = "“", "”"  # (speech a dash opens)
        if small is None:
            small = {w for w in _LETTER_WORD.findall(text) if w[0].islower()}
        found.append((f"{marks[0]}{quoted}{marks[1]}", _speaker_by_verb(frame, small)))
    return found


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _framed(frame: str) -> bool:
    """Whether a quote's sentence, its quotes blanked (``frame``), says who spoke or how:
    ``_FRAME_MIN`` letters at least out of brackets, a word in small letters among them
    where its script writes capitals ("said", "called it"). A rendered Wikipedia page's
    references quote the titles they cite ('"Derailment of a freight train at Millbrook"
    (Press release). Rail Accident Investigation Branch.'), and each was a "quotation
    added" (a Wikipedia editor's walkthrough)."""
    words = _LETTER_WORD.findall(_BRACKETED.sub(" ", frame))
    if sum(map(len, words)) < _FRAME_MIN:
        return False
    cased = [w for w in words if w[0].isupper() or w[0].islower()]
    return not cased or any(w[0].islower() for w in cased)


def _kept_letters_in(text: str, kept: Sequence[Span], start: int, end: int) -> int:
    """How many letters and digits of ``text[start:end]`` the spans ``kept`` (in order,
    apart) hold."""
    count = 0
    at = max(0, bisect_right(kept, Span(start, start)) - 1)
    while at < len(kept) and kept[at].start < end:
        low, high = max(start, kept[at].start), min(end, kept[at].end)
        if low < high:
            count += sum(1 for char in text[low:high] if char.isalnum())
        at += 1
    return count


def _sentence_of(
    text: str, where: tuple[int, int], lines: dict[tuple[int, int], list[int]] | None = None
) -> tuple[int, int]:
    """Where the sentence the quote at ``where`` is in starts and ends (a stop inside the
    quote ends none of it), in its line. ``lines``: the sentence starts of the lines cut so
    far, by where each starts and ends, kept for the next quote: a one-line file of 30,000
    words was cut into its sentences again for each of its thousand quotes, and telling
    how each version of its story was made took minutes (a media-monitoring analyst's
    walkthrough)."""
    start, end = where
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    starts = None if lines is None else lines.get((line_start, line_end))
    if starts is None:
        starts = sorted(sentence_starts(text, line_start, line_end))
        if lines is not None:
            lines[line_start, line_end] = starts
    # (the last start at or before the quote, the first after it: those inside it are none)
    at = bisect_right(starts, start)
    before = starts[at - 1] if at else line_start
    at = bisect_right(starts, end, at)
    after = starts[at] if at < len(starts) else line_end
    return before, after


# Who spoke, as a sentence names them: two capitalised words or more in a run, with the
# particles of a name between ("Carol Benson", "Sen. Maria Esposito", "Ursula von der
# Leyen", "Сергей Лавров"); of a longer run (a title before the name: "Senate Majority
# Leader Tom Harlan") its last two and the particles between. A comma, a stop or a figure
# ends a run ("Carol Benson, 64, whose garden…").
_PARTICLES = frozenset("von van der den de del della di da du dos la le bin ibn al el".split())
_TITLE = re.compile(r"[^\W\d_]{1,4}\.\Z")  # "Sen.", "Dr.", "Gov.": a title's short form
_MARKS = "\"'“”‘’«»„()[]"


def _speaker(frame: str, small: set[str]) -> str:
    """The name of who spoke in ``frame`` (a quote's sentence, its quotes blanked), or ""
    when it names no one so (Arabic and Chinese write no capitals: their quotes are said
    without a speaker). ``small``: the words the text writes in small letters: a
    sentence's first word is no name when the text writes it small too ("In Washington",
    "The White House")."""
    run: list[str] = []
    for at, token in enumerate(frame.split()):
        bare = token.strip(_MARKS)
        if _TITLE.match(bare):
            continue  # (neither a name's word nor its end)
        word = bare.rstrip(",;:.!?")
        capital = word[:1].isupper() and not (at == 0 and word.casefold() in small)
        if capital or (run and word in _PARTICLES):
            run.append(word)
        if (capital or word in _PARTICLES) and word == token:
            continue
        if _named(run):  # (a small word, a mark or a stop after it ends the run)
            break
        run = []
    return _named(run)


def _named(run: list[str]) -> str:
    """A run of words (``_speaker``'s) said as a name: its last two capitalised words and
    the particles between; "" when it has fewer."""
    capitals = [at for at, word in enumerate(run) if word[:1].isupper()]
    return " ".join(run[capitals[-2] : capitals[-1] + 1]) if len(capitals) >= 2 else ""


# The verbs of saying a speaker's name stands next to: before it or after it ("said Carol
# Benson", "Tom Harlan said", "a déclaré Ursula von der Leyen", "сказал министр Сергей
# Лавров"); after it alone, a preposition's ("according to", "selon", "laut"); before it
# alone, a verb with its listener after it ("the minister told reporters in New York").
_SAID = frozenset(
    "said says say added adds stated declared insisted warned explained wrote writes called"
    " noted replied argued asked recalled continued dit déclaré affirmé ajouté expliqué"
    " déclare affirme dijo afirmó declaró añadió aseguró explicó señaló disse afirmou"
    " declarou acrescentou detto dichiarato affermato aggiunto sagte sagt erklärte betonte"
    " сказал сказала заявил заявила отметил отметила добавил добавила сообщил сообщила".split()
)
_SAID_BY = frozenset("according selon según segundo secondo laut словам".split())
_TOLD = frozenset("told tells".split())
_BY_WORDS = 1  # small words between a verb and the name after it (a title: "министр")


def _speaker_by_verb(frame: str, small: set[str]) -> str:
    """Who spoke in ``frame`` (``_speaker``'s name) when the name stands next to a verb of
    saying, or "": "Speaking on BBC Radio 4, the minister said:" names the minister, not
    "BBC Radio", and 'won the Booker Prize' no one (a review). A name before the verb may
    have an aside between ("Sen. Maria Esposito, who voted against it, called it")."""
    words = frame.split()
    for at, token in enumerate(words):
        verb = token.strip(_MARKS).rstrip(",;:.!?").casefold()
        if verb not in _SAID and verb not in _SAID_BY and verb not in _TOLD:
            continue
        if verb not in _SAID_BY:
            before = " ".join(words[:at])
            aside = re.search(r",[^,]*,\s*\Z", before)  # (", who voted against it,")
            if aside:
                before = before[: aside.start()]
            near = before.split()[-6:]
            name = _speaker(" ".join(near), small) if before[-1:].isalpha() else ""
            if name and name.split()[-1] == near[-1].strip(_MARKS):
                opening = near[: len(near) - len(name.split())]
                if not opening or opening[-1].casefold() not in _TITLE_SMALL:
                    return name  # (not "for the White House said": an institution's)
        if verb in _TOLD or token != token.rstrip(",;:.!?"):
            continue
        rest = words[at + 1 :]
        if verb == "according" and rest[:1] == ["to"]:
            rest = rest[1:]
        lead = 0
        while lead < min(_BY_WORDS, len(rest)) and rest[lead][:1].islower():
            lead += 1
        name = _speaker(" ".join(rest[lead : lead + 6]), set())
        if name and rest[lead : lead + 1] and name.split()[0] in _starts(rest[lead:]):
            return name
    return ""


def _starts(words: list[str]) -> set[str]:
    """The name-words ``words`` open with, up to the first that is none (``_speaker``'s)."""
    found = set()
    for word in words[:6]:
        bare = word.strip(_MARKS).rstrip(",;:.!?")
        if not (bare[:1].isupper() or bare in _PARTICLES or _TITLE.match(word.strip(_MARKS))):
            break
        found.add(bare)
        if bare != word.strip(_MARKS):
            break
    return found


# A title in quotes, no quotation: a book's, a song's, an award's ("A Long Way Down the
# River", "We Are the Champions"): a few words each capitalised but the small ones, no
# sentence's stop or comma inside
_TITLE_WORDS = 10
_TITLE_SMALL = frozenset(
    "a an the of and or in on at to for from by with de la le les du des el los y der die das"
    " und von".split()
)
_PRIZE = re.compile(r"(?i)\b(?:prize|award|medal|trophy|prix|premio|preis|премия|oscar)")


def _a_title(text: str, where: tuple[int, int], frame: str) -> bool:
    """Whether the quote at ``where`` is a title, not a quotation: title-shaped, and a
    bracket after it, a prize in its sentence or no verb of saying there ('Her novel "A
    Long Way Down the River" won the Booker Prize', 'The band played "We Are the
    Champions"': each was a "quotation removed", a prize its speaker, in a review)."""
    quoted = text[where[0] : where[1]].strip(_MARKS + " ")
    words = quoted.split()
    if not 1 <= len(words) <= _TITLE_WORDS or re.search(r"[.,!?;:…]", quoted):
        return False
    cased = [w for w in words if w[:1].isalpha()]
    if not cased or not cased[0][:1].isupper():
        return False
    if any(w[:1].islower() and w.casefold() not in _TITLE_SMALL for w in cased):
        return False
    if (
        text[where[1] : where[1] + 3].lstrip(_MARKS.replace("(", "").replace("[", "") + " ")[:1]
        in "(["
    ):
        return True
    verbs = {w.strip(_MARKS).rstrip(",;:.!?").casefold() for w in frame.split()}
    return _PRIZE.search(frame) is not None or not verbs & (_SAID | _SAID_BY | _TOLD)


def whole_quotes_said(found: Sequence[Whole], limit: int | None = 2) -> str:
    """Quotations added or cut whole as a summary says them: “The whole house shook. I
    thought a bomb had gone off,” (Carol Benson), at most ``limit`` (None: all) and how many
    more; "" when none."""
    said = [f"{quote} ({who})" if who else quote for quote, who in found[:limit]]
    return f"{', '.join(said)}{more_of(len(found), len(said))}" if said else ""
