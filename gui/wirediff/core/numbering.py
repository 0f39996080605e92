"""Numbering labels at the start of a line: "2.3", "(4)", "(c)", "iv)", "12.", "Section 6",
"Part II", "§ 5", "Article 3" — what a redraft renumbers when a clause is put in before them.

A bill or a report with one paragraph inserted renumbers every paragraph after it: a policy
analyst's 80-page report had 151 changes, 138 of them "2.3 → 2.4", and its figures changed
were a page of them. ``CompareOptions.ignore_numbering`` compares the labels as equal
(``label_spans``: their keys are one key, the text shown is untouched), and a label is never
a figure changed (``is_label``), whatever the options.

A label is at the start of a line (after spaces), maybe after a word that says what it
numbers ("Section", "Article", "Part", "Chapter", "Schedule", "Clause", "§"… of a few
languages), and is followed by a space, a colon, a dash or the line's end:

* in brackets, or with a closing one: a number of up to three digits (maybe with a letter,
  "5A"), one or two letters, or a Roman numeral: "(4)", "(c)", "(iv)", "4)", "b)";
* numbers of several levels: "2.3", "10.12.1", maybe with a full stop, unless a lower-case
  word follows ("3.5 million people" is a figure);
* a number and a full stop: "12." ("12 people died" is a figure);
* after such a word, a number or a Roman numeral alone: "Section 6", "Part II.", "§ 5".
"""

from __future__ import annotations

import re

# The key every label's words compare by (a noncharacter: no text's word is it).
LABEL_KEY = "\ufdd0"

_WORDS = (
    "section|sections|article|part|chapter|schedule|clause|rule|regulation|paragraph|annex"
    "|appendix|title|sec\\.|art\\.|para\\.|artikel|abschnitt|kapitel|teil|chapitre|titre"
    "|partie|artículo|capítulo|sección|articolo|capitolo|статья|раздел|глава|пункт|часть"
)
_CORE = r"\d{1,3}[A-Za-z]?|[a-zA-Z]{1,2}|[ivxlc]{2,5}|[IVXLC]{2,5}"
_LABEL = re.compile(
    rf"^[ \t]*(?:(?P<word>(?i:{_WORDS})|§)[ \t]*)?"
    r"(?:"
    rf"\((?P<bracketed>{_CORE})\)"
    rf"|(?P<closed>{_CORE})\)"
    r"|(?P<levels>\d{1,3}(?:\.\d{1,3})+)\.?(?![ \t]+[a-z])"
    r"|(?P<stopped>\d{1,3})\."
    r"|(?(word)(?P<named>\d{1,3}[A-Za-z]?|[IVXLC]{1,6})\.?|(?!))"
    r")(?=[ \t:—–]|$)",
    re.MULTILINE,
)
_GROUPS = ("bracketed", "closed", "levels", "stopped", "named")


def _label(found: re.Match[str]) -> tuple[int, int]:
    for group in _GROUPS:
        if found.group(group) is not None:
            return found.span(group)
    raise AssertionError("a label matched without its number")  # (the pattern's groups)


def label_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the numbering labels of the lines of ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    return [_label(found) for found in _LABEL.finditer(text, start, end)]


def is_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in its line's numbering label."""
    line = text.rfind("\n", 0, start) + 1
    if start - line > 40:  # (a label is a line's first few characters)
        return False
    found = _LABEL.match(text, line)
    if found is None:
        return False
    lo, hi = _label(found)
    return lo <= start and end <= hi


def ends_label(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes its line's numbering label ("Section 11."
    before "Monetary penalties", "Part II.", "12."): no sentence ends there (a moved
    section left "Section 11." behind, its heading cut in two)."""
    line = text.rfind("\n", 0, stop) + 1
    if stop - line > 40 or text[stop : stop + 1] != ".":
        return False
    found = _LABEL.match(text, line)
    return found is not None and _label(found)[1] == stop


def mask_labels(text: str, start: int, end: int, starts: list[int], keys: list[str]) -> list[str]:
    """``keys`` of the tokens starting at ``starts`` with every token inside a label of
    ``text[start:end]`` keyed ``LABEL_KEY``."""
    spans = label_spans(text, start, end)
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
