"""Numbering labels at the start of a line: "2.3", "(4)", "(c)", "iv)", "12.", "Section 6",
"Part II", "§ 5", "Article 3" — what a redraft renumbers when a clause is put in before them.

A bill or a report with one paragraph inserted renumbers every paragraph after it: a policy
analyst's 80-page report had 151 changes, 138 of them "2.3 → 2.4", and its figures changed
were a page of them. ``CompareOptions.ignore_numbering`` compares the labels as equal
(``label_spans``: their keys are one key, the text shown is untouched), and the numbers of
references to numbered parts in sentences ("section 26", ``reference_spans``), so none is a
figure changed then; and the full stop of a heading's label ends no sentence
(``ends_label``).

A label is at the start of a line that starts an item (the text's first, or after a blank
line or a line ending a sentence, a clause, a bracket or a dash: not a hard-wrapped
sentence's next line, but for an item in brackets), after spaces, maybe after a word with
a capital that says what it numbers ("Section", "Article", "Part", "Chapter", "Schedule",
"Clause", "§"… of a few languages), and is followed by a space, a colon, a dash or the
line's end:

* in brackets, or with a closing one: a number of up to three digits (maybe with a letter,
  "5A"), one or two letters, or a Roman numeral: "(4)", "(c)", "(iv)", "4)", "b)";
* numbers of several levels: "2.3", "10.12.1", maybe with a full stop, unless a lower-case
  word follows ("3.5 million people" is a figure);
* a number and a full stop: "12." ("12 people died" is a figure; "3. Oktober" a date);
* after such a word, a number or a Roman numeral alone: "Section 6", "Part II.", "§ 5" —
  not before a word in lower case ("Article 5 applies to…" is a sentence).

A list's bullet may come first ("- (a)", as Markdown writes a list).
"""

from __future__ import annotations

import bisect
import functools
import re

TYPE_CHECKING = False

if TYPE_CHECKING:
    from wirediff.core.result import Comparison

# The key every label's words compare by (a noncharacter: no text's word is it).
LABEL_KEY = "\ufdd0"

_WORDS = (
    "section|sections|article|part|chapter|schedule|clause|rule|regulation|paragraph|annex"
    "|appendix|title|sec\\.|art\\.|para\\.|artikel|abschnitt|kapitel|teil|chapitre|titre"
    "|partie|artículo|capítulo|sección|articolo|capitolo|статья|раздел|глава|пункт|часть"
)
_CORE = r"\d{1,3}[A-Za-z]?|[a-zA-Z]{1,2}|[ivxlc]{2,5}|[IVXLC]{2,5}"
_BLANK = "[ \t\u00a0\u202f]"  # (a no-break space, as legal drafts set "§ 5")
_LABEL = re.compile(
    rf"^{_BLANK}{{0,40}}+(?:[-*+•]{_BLANK}++)?(?:(?P<word>(?i:{_WORDS})|§){_BLANK}*+)?"
    r"(?:"
    rf"\((?P<bracketed>{_CORE})\)"
    rf"|(?P<closed>{_CORE})\)"
    r"|(?P<levels>\d{1,3}(?:\.\d{1,3})+)\.?(?![ \t\u00a0]+[a-z])"
    r"|(?P<stopped>\d{1,3})\."
    r"|(?(word)(?P<named>\d{1,3}[A-Za-z]?|[IVXLC]{1,6})\.?(?![ \t\u00a0]+[a-z])|(?!))"
    r")(?=[ \t\u00a0\u202f:—–]|$)",
    re.MULTILINE,
)
_GROUPS = ("bracketed", "closed", "levels", "stopped", "named")
_REACH = 48  # characters from a line's start a label ends within, at most
_ENDS_ITEM = frozenset(".:;!?)]—–")  # a line before an item ends so (or is blank)


def _label(found: re.Match[str], text: str) -> tuple[int, int] | None:
    """The span of a label match, or None when it is no label: a word in lower case
    ("section 11", a reference), a day before a month's name ("3. Oktober", a date), or
    (but an item in brackets, "(a)", unless that line ends with a word that refers to one,
    "subparagraph") a line that goes on from the line before it (a hard-wrapped sentence:
    "… liable under / section 11 of this Act", "… / 12. Officials said")."""
    word = found.group("word")
    if word is not None and word != "§" and not word[0].isupper():
        return None
    group = next(g for g in _GROUPS if found.group(g) is not None)
    if _runs_on(text, found.start()) and (group != "bracketed" or _refers(text, found.start())):
        return None
    if group == "stopped" and _month_after(text, found.end()):
        return None
    return found.span(group)


def _runs_on(text: str, line: int) -> bool:
    """Whether the line starting at ``line`` goes on from the line before it: that one is
    not blank and ends in none of ``_ENDS_ITEM``, and is no heading of a text written a
    paragraph a line (``_after_heading``)."""
    before = text[max(0, line - 200) : max(0, line - 1)].rstrip(" \t\u00a0")
    if not before or before.endswith("\n") or before[-1] in _ENDS_ITEM:
        return False
    return not _after_heading(text, line)


_HEADING_MAX_CHARS = 80  # a heading's line, at most ("Ground 1: the meaning of 'tenancy'")
_HEADING_MAX_WORDS = 12
_ONE_LINE_PARAGRAPH = 100  # a line longer than any hard wrap: a paragraph on one line
_SPACES = " \t\u00a0"


def _after_heading(text: str, line: int) -> bool:
    """Whether the line before the one starting at ``line`` is a heading between two
    paragraphs of a text written a paragraph a line (a web page's, a Word file's): short,
    opening with a capital or a digit (or a letter of a script without case), after a
    paragraph too long for any hard wrap that ends a sentence. "The proceedings below" then
    "27. Permission to appeal…" in a judgment saved as HTML (its ``<h2>`` and ``<p>`` a line
    each, no blank line between) took "27." for a sentence's word: Ignore numbering showed
    21 paragraph numbers renumbered that it ignored in the .txt (a legal-affairs reporter's
    walkthrough). In a hard-wrapped text, "… the toll rose on Tuesday to" then "12.
    Officials said" runs on as before: no line before it is that long."""
    end = line - 1
    start = text.rfind("\n", max(0, end - _HEADING_MAX_CHARS - 1), end) + 1
    if start == 0:  # (the text's first line, or a line too long for a heading)
        return False
    heading = text[start:end].strip(_SPACES)
    first = heading[:1]
    if not heading or len(heading.split()) > _HEADING_MAX_WORDS or first.islower():
        return False
    if not first.isalnum():
        return False
    paragraph_end = start - 1
    paragraph = text[max(0, paragraph_end - _ONE_LINE_PARAGRAPH - 1) : paragraph_end]
    return (
        "\n" not in paragraph
        and len(paragraph) > _ONE_LINE_PARAGRAPH
        and (paragraph.rstrip(_SPACES)[-1:] in _ENDS_ITEM)
    )


# A heading's number, a line of its own: "5. Conclusion", "3.2 Results", "5 Conclusion" (as
# Word numbers headings, "%1"), "IV. Results", "C. Methods"
_NUMBERED_HEADING = re.compile(
    r"^[ \t]*(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.?|[IVXLC]{1,6}\.|[A-Z]\.)"
    r"[ \t]+([^\W\d_][^\n]*)$",
    re.M,
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_HEADING_STOPS = frozenset(".!?;,:。！？；，")


def heading_number_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the numbers of ``text``'s numbered headings, in order: a paragraph of
    one short line, a number (with its stop or not), numbered in levels, a Roman numeral or
    a capital letter with its stop ("5. Conclusion", "3.2 Results", "5 Conclusion", "IV.
    Results", "C. Methods"), then a title opening with a letter not in lower case and
    ending in no stop, next to another such heading numbered after it or before it, in the
    same kind of number (``_in_order``). A paper
    with a section put in had "figures changed: 5 → 6" for its "6. Conclusion", beside its
    real figures (an academic's walkthrough): a heading's number is numbering.
    A numbered paragraph ("5. The minister said…", a sentence), or an item of a list on
    the lines around it, is none; nor a date ("12. Juni 2024", a German day's line under
    its headline: its day changed was no figure changed, review rv181), nor a line alone
    ("1. Deutschland" ranked "2. Deutschland": no sequence of headings numbers it).
    A paper's Markdown or Word headings renumbered ("## 3 Methods" → "## 4 Methods", "III."
    → "IV.") were changes with Ignore numbering on, which ``label_spans`` ignores now."""
    return list(_heading_number_spans(text))


@functools.lru_cache(maxsize=4)
def _heading_number_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``heading_number_spans``, cached (both texts are tokenized more than once)."""
    found_headings: list[tuple[tuple[int, int], list[tuple[int, ...]]]] = []
    for found in _NUMBERED_HEADING.finditer(text):
        title = found[2].rstrip()
        if len(found[0].strip()) > _HEADING_MAX_CHARS or len(title.split()) > _HEADING_MAX_WORDS:
            continue
        if title[0].islower() or title[-1] in _HEADING_STOPS:
            continue
        start, end = found.start(), found.end()
        before = text.rfind("\n", 0, max(0, start - 1))
        after = text.find("\n", end + 1)
        if start and text[before + 1 : start].strip():
            continue  # (the line before it is no blank line)
        if text[end + 1 : len(text) if after < 0 else after].strip():
            continue  # (nor the line after it)
        if _month_after(text, found.end(1)):
            continue  # (a date: "12. Juni 2024", "3. Oktober")
        found_headings.append((found.span(1), _readings(found[1].rstrip("."))))
    numbers = [number for _span, number in found_headings]
    return tuple(
        span
        for at, (span, number) in enumerate(found_headings)
        if (at and _any_in_order(numbers[at - 1], number))
        or (at + 1 < len(numbers) and _any_in_order(number, numbers[at + 1]))
    )


def _readings(label: str) -> list[tuple[int, ...]]:
    """What a heading's number counts, each led by its kind (0 digits, 1 a Roman numeral,
    2 a letter): "3.1" (0, 3, 1); "C" a Roman 100 or the third letter; "IIV", no numeral,
    a letter's only if one letter."""
    if label[0].isdigit():
        return [(0, *(int(level) for level in label.split(".")))]
    values = [_ROMAN_VALUES.get(c, 0) for c in label]
    roman = sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
    readings: list[tuple[int, ...]] = [(1, roman)] if all(values) and _roman(roman) == label else []
    return readings + ([(2, ord(label) - ord("A") + 1)] if len(label) == 1 else [])


def _roman(number: int) -> str:
    from wirediff.core.reading.docx_lists import number_label  # (only for such a heading)

    return number_label(number, "upperRoman")


def _any_in_order(first: list[tuple[int, ...]], then: list[tuple[int, ...]]) -> bool:
    """Whether one reading of ``then`` may follow one of ``first`` of the same kind."""
    return any(a[0] == b[0] and _in_order(a[1:], b[1:]) for a in first for b in then)


def _in_order(first: tuple[int, ...], then: tuple[int, ...]) -> bool:
    """Whether a heading numbered ``then`` may follow one numbered ``first``: the next at
    its level (4. then 5., 3.1 then 3.2), its first below it (3. then 3.1), or the next
    above it (3.2 then 4.)."""
    if then == (*first, 1):
        return True
    size = len(then)
    return size <= len(first) and then == (*first[: size - 1], first[size - 1] + 1)


_REFERRING = re.compile(rf"(?<!\w)(?i:(?:sub)?(?:{_WORDS})|§)$")


def _refers(text: str, line: int) -> bool:
    """Whether the line before the one starting at ``line`` ends with a word that refers to
    a numbered part ("… described in subparagraph", then "(B) not later than …" on the
    next line: the reference's letter, not an item; read as a label in a hard-wrapped
    draft and as a word in its .docx, it was a change "B → B")."""
    before = text[max(0, line - 40) : max(0, line - 1)].rstrip(" \t\u00a0")
    return _REFERRING.search(before) is not None


def _month_after(text: str, at: int) -> bool:
    """Whether a month's name follows ``at`` ("3. Oktober 2024": a date, not item 3)."""
    following = re.match(r"[ \t\u00a0]*([^\W\d_]+)", text[at : at + 24])
    if following is None:
        return False
    from wirediff.core.reading.dates import is_month_name  # (only for such a line)

    return is_month_name(following.group(1))


def label_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the numbering labels of the lines of ``text[start:end]``, in order: and
    the numbers of the section headings ``sections.outline`` finds there ("3 Sanctions"),
    and of a paper's numbered headings (``heading_number_spans``: "3 Methods", "IV.
    Results")."""
    end = len(text) if end is None else end
    found = (_label(m, text) for m in _LABEL.finditer(text, start, end))
    spans = [span for span in found if span is not None]
    numbered = _heading_numbers(text) + _heading_number_spans(text)
    headings = [span for span in numbered if start <= span[0] < end]
    return sorted(set(spans + headings)) if headings else spans


_HEADING_NUMBER = re.compile(rf"{_BLANK}*(\d{{1,3}}[A-Z]{{0,2}})(?=[\s.])")


@functools.lru_cache(maxsize=4)
def _heading_numbers(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the numbers opening the numbered section headings of ``text``, as Go ▸
    Next section finds them (``sections.outline``). A UK bill's heading is a number and its
    title, no full stop: "3 Sanctions". No label by the rules above ("12 people died" is a
    figure), the headings of a bill with a section put in were "3 → 4", "4 → 5"… with
    Ignore numbering on, ahead of its one real figure changed, while ``h`` read the same
    lines as sections 3 and 4 (a legal-affairs reporter's walkthrough). ``outline`` takes
    such a heading only in a draft (beside Parts or numbered provisions): an article's "24
    Hours of lobbying" is none. (Cached: both texts are tokenized more than once.)"""
    from wirediff.core.sections import outline  # (only with Ignore numbering on)

    spans = []
    for heading in outline(text).headings:
        found = _HEADING_NUMBER.match(text, heading.start) if heading.number else None
        if found is not None and found.group(1) == heading.number:
            spans.append(found.span(1))
    return tuple(spans)


def _line_label(text: str, at: int) -> tuple[int, int] | None:
    """The label of the line ``at`` is on, if it starts within ``_REACH`` of its start
    (looked for that far back only: one long line was quadratic)."""
    line = text.rfind("\n", max(0, at - _REACH), at) + 1
    if line == 0 and at > _REACH:
        return None
    found = _LABEL.match(text, line)
    return None if found is None else _label(found, text)


def ends_label(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes its line's numbering label ("Section 11."
    before "Monetary penalties", "Part II.", "12."): no sentence ends there (a moved
    section left "Section 11." behind, its heading cut in two)."""
    if text[stop : stop + 1] != ".":
        return False
    span = _line_label(text, stop)
    return span is not None and span[1] == stop


# A reference to a numbered part inside a sentence: "section 26", "under Section 12(3)(b)",
# "paragraph (4)", "subsection (2)", "Schedule 1" — its number, and the brackets after it
# (on the next line of a hard-wrapped text too).
_REFERENCE = re.compile(
    rf"(?<!\w)(?i:(?:sub)?(?:{_WORDS}))(?:{_BLANK}*\n{_BLANK}*|{_BLANK}+)"
    r"(?P<number>\(?\d{1,3}[A-Za-z]?\)?(?:\([0-9A-Za-z]{1,4}\))*)(?![.,]?\w)"
)


def reference_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the numbers of references to numbered parts in ``text[start:end]``
    ("26" of "section 26"): a section put in renumbers every reference after it too, and a
    bill's draft with one section added had 84 changes "section 26 → 27" among 136."""
    end = len(text) if end is None else end
    return [m.span("number") for m in _REFERENCE.finditer(text, start, end)]


def mask_labels(text: str, start: int, end: int, starts: list[int], keys: list[str]) -> list[str]:
    """``keys`` of the tokens starting at ``starts`` with every token inside a label of
    ``text[start:end]``, or a reference's number (``reference_spans``), keyed
    ``LABEL_KEY``."""
    spans = sorted(label_spans(text, start, end) + reference_spans(text, start, end))
    if not spans:
        return keys
    keys = list(keys)
    at = 0
    for i, token_start in enumerate(starts):
        while at < len(spans) and spans[at][1] <= token_start:
            at += 1
        if at == len(spans):
            break
        if spans[at][0] <= token_start:
            keys[i] = LABEL_KEY
    return keys


RENUMBERED_SAID_MIN = 10  # numbering-only changes the app points to Ignore numbering for
_RENUMBERED_LOOK = 600_000  # characters of a pair's texts its renumbering is counted in


def renumbered(comparison: Comparison) -> int:
    """How many of ``comparison``'s changes are numbering labels or references alone
    ("17 → 18", "section 26 → 27"), compared with numbering (0 when it is ignored): a
    judgment with one paragraph inserted showed 236 changes, 220 of them its renumbered
    paragraphs, and nothing pointed to Compare ▸ Ignore numbering (a legal-affairs
    reporter's walkthrough)."""
    from wirediff.core.result import ChangeKind  # (the compare path loads this module)

    if comparison.options.ignore_numbering:
        return 0
    changed = [c for c in comparison.changes if c.kind is ChangeKind.REPLACE]
    if len(changed) < RENUMBERED_SAID_MIN:
        return 0
    if len(comparison.left_text) + len(comparison.right_text) > _RENUMBERED_LOOK:
        return 0  # (read on the window's thread: a 1.3 MB judgment held it a second)
    texts = (comparison.left_text, comparison.right_text)
    numbers = [sorted(label_spans(t) + reference_spans(t)) for t in texts]
    return sum(
        all(
            _within(numbers[side], text, span.start, span.end)
            for side, (text, span) in enumerate(zip(texts, (c.left, c.right), strict=True))
        )
        for c in changed
    )


def _within(spans: list[tuple[int, int]], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``'s digits all lie in ``spans`` (sorted), and it holds
    nothing else but marks around them ("17.", "(4)")."""
    if not any(c.isdigit() for c in text[start:end]):
        return False
    if any(c.isalpha() for c in text[start:end]):
        return False
    at = max(bisect.bisect_right(spans, (start, 1 << 62)) - 1, 0)
    covered = []
    for span in spans[at:]:
        if span[0] >= end:
            break
        if span[1] > start:
            covered.append(span)
    return all(
        any(s[0] <= i < s[1] for s in covered) for i in range(start, end) if text[i].isdigit()
    )
