"""The headings a reader of a long draft navigates by, and which of them an offset is under.

A policy analyst comparing two 100-page drafts of a bill had the change's row number and
Find to go by: neither the change list, the status line nor the reports said which Part or
section a change was in. ``outline(text)`` finds, in one pass over the text's lines:

- Markdown headings (``# …`` to ``###### …``), their level the number of ``#``;
- the headings a reader found by their markup and gave as plain lines (``marked``: a .md
  file's "## Results" reads "Results", a Word Heading style's paragraph, a LaTeX
  ``\\section``), at the level the reader gives;
- legal and policy drafting's headings, each a paragraph of one short line: "Part 2 —
  Licensing", "PART 2", "Schedule 1", "Annex A", "Appendix 2" (level 2), "Chapter 3 …"
  (level 3), "Section 14 …", "Article 5 …" and a numbered heading "14. Penalties" or
  "14 Penalties" (level 4);
- numbered provisions opening a paragraph, "14. (1) A person must not…" or "14.—(1) …": the
  section number, level 4 too (a provision numbered as the heading it is under is left out).

It is kept conservative, so that an article says nothing: a keyword's heading counts only
beside another or in a draft, and a numbered heading or provision only in a text with a
drafting's marks — two paragraphs opening "(1)" or "(a)", two
Part-like headings, or two numbered provisions (a numbered list in an article is none of
these). A heading first in the text and alone at the shallowest level (a title, "# Bill")
is left out of every label (a Markdown heading's: "Part 2" first is no title).

``Outline.at(offset)`` is the innermost heading an offset falls under and those it is under,
a short label ("Part 2 — Licensing › 14. Temporary exemption notices"), by bisection.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from wirediff.core.result import BREAK_KINDS, Change, Comparison, Side

TYPE_CHECKING = False
if TYPE_CHECKING:
    from wirediff.core.result import Headings

SEPARATOR = " › "
LABEL_CHARS = 60  # a heading's label is cut to this many characters (with "…")
DEPTH = 3  # a label names at most this many headings, the innermost ones
LINE_CHARS = 100  # a heading line is at most this long
HEADING_WORDS = 12  # and a numbered heading has at most this many words

_MARKDOWN = re.compile(r"(#{1,6})[ \t]+(.*?)[ \t#]*")
_NUMBER = (
    r"(?:\d{1,3}[A-Z]{0,2}|[IVXLC]{1,7}|[A-Z]|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)"
)
_KEYWORD = re.compile(
    r"(Part|PART|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX|Chapter|CHAPTER"
    r"|Section|SECTION|Article|ARTICLE)\s+(" + _NUMBER + r")\b(.*)"
)
_KEYWORD_LEVELS = {"part": 2, "schedule": 2, "annex": 2, "appendix": 2, "chapter": 3}
_KEYWORD_REST = re.compile(r"(?:\s*[—–:.-]\s*\S.*|\s+[A-Z(‘“'\"].*|\s*)")
_NUMBERED = re.compile(r"(\d{1,3}[A-Z]{0,2})(?:\.\s*|\s+)([A-Z‘“'\"].*)")
_PROVISION = re.compile(r"(\d{1,3}[A-Z]{0,2})\.?\s*(?:[—–-]\s*)?\(1\)\s")
_SUBSECTION = re.compile(r"\((?:1|a)\)\s")
_DOTTED = re.compile(r"\d{1,3}[A-Z]{0,2}\.\s")
_PARAGRAPH = re.compile(r"\d{1,3}\.\d{1,3}\s+[A-Z]")  # "1.1 The …": a guidance note's
# A heading numbered in levels, "1.2 Scope", "2.3.1 Fees": a level under its number's
_DECIMAL = re.compile(r"(\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+([A-Z‘“'\"].*)")
_STOPS = ".!?;,"  # a line ending so is a sentence, not a heading
# A numbered paragraph of a judgment or a report, "27. Permission to appeal was…"
_NUMBERED_PARAGRAPH = re.compile(r"\d{1,3}\.\s+[A-Z‘“'\"(]")
NUMBERED_PARAGRAPHS = 5  # a text numbering this many paragraphs at least: its headings count


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading found: where its line starts, its level (1 outermost) and its label."""

    start: int
    level: int
    label: str
    number: str = ""  # a numbered section's number ("14"), else ""
    titled: bool = False  # a Markdown heading neither numbered nor a Part's: maybe a title


@dataclass(frozen=True, slots=True)
class Outline:
    """A text's headings, and for each the label of what follows it (up to the next)."""

    headings: tuple[Heading, ...]
    labels: tuple[str, ...]
    starts: tuple[int, ...]  # each heading's start

    def at(self, offset: int) -> str:
        """The label of the innermost heading ``offset`` falls under ("" when none)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.labels[i] if i >= 0 else ""


def _short(text: str) -> str:
    said = " ".join(text.split())
    return said if len(said) <= LABEL_CHARS else said[: LABEL_CHARS - 1].rstrip() + "…"


def _keyword(line: str) -> Heading | None:
    m = _KEYWORD.fullmatch(line)
    if m is None or not _KEYWORD_REST.fullmatch(m.group(3)):
        return None
    level = _KEYWORD_LEVELS.get(m.group(1).lower(), 4)
    number = m.group(2) if level == 4 else ""
    return Heading(0, level, _short(line), number)


def _numbered(line: str) -> Heading | None:
    m = _NUMBERED.fullmatch(line)
    if m is None or len(line.split()) > HEADING_WORDS:
        return None
    return Heading(0, 4, _short(line), m.group(1))


def _under_schedule(last: Heading | None) -> bool:
    return last is not None and last.label.lower().startswith("schedule")


def _markdown_like(at: int, level: int, body: str) -> Heading:
    """A Markdown heading's, or a marked one's (``outline``): numbered "3. Results" has its
    number, one neither numbered nor a Part's may be a title."""
    num = _NUMBERED.fullmatch(body)
    number = num.group(1) if num else ""
    titled = not number and _keyword(body) is None
    return Heading(at, level, _short(body), number, titled)


def outline(text: str, marked: Headings = ()) -> Outline:
    """The headings of ``text`` (see the module's docstring), in one pass over its lines;
    ``marked``: those its reader found by their markup (``Document.headings``), each its
    level and its line — a line of ``text`` that is one is a heading at that level."""
    levels = {line.strip(): level for level, line in marked if line.strip()}
    lines = text.split("\n")
    # Paragraphs apart by blank lines; a text with none has a paragraph a line.
    blank_apart = "\n\n" in text
    found: list[Heading] = []
    numbered: list[Heading] = []  # numbered headings and provisions: kept only in a draft
    undotted: list[Heading] = []  # "14 Penalties": only in a draft with Parts or provisions
    keyworded: list[Heading] = []  # "Part 2", "Section 14": two of them, or in a draft
    titles: list[Heading] = []  # "The facts" over "7. The deposit…": in a numbered text
    pending: Heading | None = None  # such a heading, until the paragraph under it comes
    marks = provisions = parts = paragraphs = 0
    start = 0
    previous_blank = True
    count = len(lines)
    for i, raw in enumerate(lines):
        line = raw.strip()
        at = start
        start += len(raw) + 1
        opens = previous_blank or not blank_apart  # the line opens a paragraph
        previous_blank = not line
        if levels and line in levels:
            # (a paper's Markdown drafts: their "## Results" read "Results", and h said "No
            # sections" — an academic's walkthrough)
            found.append(_markdown_like(at, levels[line], line))
            pending = None
            continue
        if not line or (not opens and line[0] not in "#("):
            continue  # (a "(1)" line inside a block is a drafting's mark all the same)
        numbered_paragraph = opens and _NUMBERED_PARAGRAPH.match(line) is not None
        paragraphs += numbered_paragraph
        if pending is not None and numbered_paragraph:
            titles.append(pending)
        pending = None
        head = line[0]
        if head == "#":
            m = _MARKDOWN.fullmatch(line)
            if m is not None and m.group(2):
                found.append(_markdown_like(at, len(m.group(1)), m.group(2)))
            continue
        if head == "(":
            marks += _SUBSECTION.match(line) is not None
            continue
        # alone on its line: the next blank, or the heading's own provisions under it, "(1)"
        # (a bill exported with a blank line only between sections: its "3. Requirement
        # for a licence" over "(1) A person must not…" was no section)
        following = lines[i + 1].strip() if i + 1 < count else ""
        alone = not blank_apart or not following or following.startswith("(")
        # ... or, of a numbered heading with its dot ("1. Short title"), its text
        alone = alone or (following[:1].isupper() and _DOTTED.match(line) is not None)
        short = alone and len(line) <= LINE_CHARS and line[-1] not in _STOPS
        if head.isdigit():
            marks += _PARAGRAPH.match(line) is not None
            m = _PROVISION.match(line)
            if m is not None:
                provisions += 1
                numbered.append(Heading(at, 4, m.group(1), m.group(1)))
            elif short and (decimal := _DECIMAL.fullmatch(line)) is not None:
                if len(line.split()) <= HEADING_WORDS:  # (a report's "1.2 Scope": no section)
                    depth = decimal.group(1).count(".")
                    numbered.append(Heading(at, 4 + depth, _short(line), decimal.group(1)))
            elif short and (heading := _numbered(line)) is not None:
                dotted = line[len(heading.number) : len(heading.number) + 1] == "."
                (numbered if dotted else undotted).append(
                    Heading(at, heading.level, heading.label, heading.number)
                )
            continue
        if short and head.isupper() and (heading := _keyword(line)) is not None:
            last = max(found[-1:] + keyworded[-1:], key=lambda h: h.start, default=None)
            if heading.level == 4 and len(line.split()) == 2 and _under_schedule(last):
                continue  # "Section 51" under a Schedule's heading: the section bringing it in
            parts += heading.level < 4
            keyworded.append(Heading(at, heading.level, heading.label, heading.number))
        elif short and (head.isupper() or head in "‘“'\"") and len(line.split()) <= HEADING_WORDS:
            pending = Heading(at, 3, _short(line))
    # (a news article quoting a bill's "(1)" and "(a)" took its subheads "24 Hours of
    # lobbying" and "10 Downing Street responds" for sections: a number and a capital
    # without a dot is a heading only beside a drafting's Parts or numbered provisions)
    if parts >= 2 or provisions >= 2:
        numbered += undotted
    # (a news subhead "Section 230" over a paragraph on the law labelled every later change
    # of the article, its byline's too: one keyword heading alone is no draft's)
    drafted = marks >= 2 or parts >= 2 or provisions >= 2
    if drafted or len(keyworded) >= 2:
        found += keyworded
    if drafted:
        found += numbered
    # (a judgment's or a report's headings, "Introduction", "The facts", "Ground 1: the
    # meaning of 'tenancy'", each over a numbered paragraph: h said "No sections" and the
    # report's Section column was empty — a legal-affairs reporter's walkthrough)
    if paragraphs >= NUMBERED_PARAGRAPHS and len(titles) >= 2:
        found += titles
    return _labelled(sorted(found, key=lambda h: h.start))


def _labelled(found: list[Heading]) -> Outline:
    """The headings with the label of each: it and those it is under, the title left out."""
    if found:
        first = found[0]
        if first.titled and all(h.level > first.level for h in found[1:]):
            found = found[1:]  # a title: alone at its level, first
    headings: list[Heading] = []
    labels: list[str] = []
    stack: list[Heading] = []
    for heading in found:
        if (
            heading.number
            and heading.label == heading.number  # a provision
            and any(h.number == heading.number for h in stack)
        ):
            continue  # numbered as the section heading it is under
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        stack.append(heading)
        headings.append(heading)
        labels.append(SEPARATOR.join(h.label for h in stack[-DEPTH:]))
    return Outline(tuple(headings), tuple(labels), tuple(h.start for h in headings))


def change_side(change: Change) -> Side:
    """The side a change is read on: the left for a deletion (its words are there alone),
    the right otherwise (an insertion's, a replacement's new words, a move's new place)."""
    left, right = change.left, change.right
    if change.kind in BREAK_KINDS:
        return "right"
    if right.start == right.end and left.start < left.end:
        return "left"
    return "right"


def change_sections(comparison: Comparison) -> list[str]:
    """The section label of each change of ``comparison`` ("" where none)."""
    if not comparison.changes:
        return []
    marked_left, marked_right = comparison.headings
    outlines = {
        "left": outline(comparison.left_text, marked_left),
        "right": outline(comparison.right_text, marked_right),
    }
    if not outlines["left"].headings and not outlines["right"].headings:
        return [""] * len(comparison.changes)
    out = []
    for change in comparison.changes:
        side = change_side(change)
        out.append(outlines[side].at(change.span(side).start))
    return out


def heading_rows(comparison: Comparison) -> list[tuple[int, str]]:
    """The rows where the headings of the version (the right side; the base's when the
    version has none) start, each with its label, in order: what Go ▸ Next section steps
    through (a 100-page bill's diff was walked change by change, or by Find)."""
    for side in ("right", "left"):
        if side == "left":
            found = outline(comparison.left_text, comparison.headings[0])
        else:
            found = outline(comparison.right_text, comparison.headings[1])
        if found.headings:
            break
    else:
        return []
    spans = [
        (span.start, span.end, row.index)
        for row in comparison.rows
        if (span := row.right if side == "right" else row.left) is not None
    ]
    spans.sort()
    starts = [start for start, _end, _row in spans]
    out: dict[int, str] = {}
    for heading, label in zip(found.headings, found.labels, strict=True):
        at = bisect.bisect_right(starts, heading.start) - 1
        if at >= 0 and heading.start < max(spans[at][1], spans[at][0] + 1):
            out.setdefault(spans[at][2], label)
    return sorted(out.items())
