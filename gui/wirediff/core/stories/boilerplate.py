"""Boilerplate lines: navigation cruft, an outlet's recurring lines, text printed twice.

Three kinds, all whole lines (a paragraph per line is how news text arrives):

* *cruft*: lines such as "Read more:", "Back to top button", "Subscribe", "Advertisement",
  and the linked headline right after a "Read more:" / "Related:" line;
* *furniture*: a paper's masthead and bylines among the first lines (``furniture_lines``);
* *repeats*: a line that already appeared earlier in the same document (captions and titles
  printed twice); the first copy stays, later copies are boilerplate;
* *recurring*: a line found in several documents that belong to different stories (an
  outlet's byline or tagline). This needs the stories, so it is decided in two steps: short
  recurring lines are left out of the similarity up front, and the final verdict comes once
  the stories are known.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from wirediff.core.document import LINK_LINE, LINKS_MARKER, furniture_lines
from wirediff.core.options import CompareOptions
from wirediff.core.reading.outlets import credited_agency
from wirediff.core.reading.releases import NOTES_LINES, a_script, release_notes, script_cues
from wirediff.core.segments import cut_in_blocks, paragraph_spans
from wirediff.core.stories.options import StoryOptions
from wirediff.core.wiremarkers import foot_furniture, needs_signer

Span = tuple[int, int]
_WRAP = CompareOptions()  # what makes a text hard-wrapped, as the aligned diff takes it

_CRUFT = re.compile(
    r"(?:read more|read also|also read|more on this|see also|related(?: articles?| stories"
    r"| news| content)?|back to top(?: button)?|subscribe(?: now)?(?: to [^.]{0,120})?"
    r"|advertisement|sponsored|share(?: this)?(?: article| story| on \w+)?(?: on)?"
    r"(?:[\s:,|·•/]+(?:facebook|x|twitter|e-?mail|whats ?app|linked ?in|telegram|reddit"
    r"|pinterest|messenger|bluesky|threads|copy(?: the)? link|print))*|print|e-?mail"
    r"|click here[^.]{0,60}|follow us[^.]{0,60}|sign up[^.]{0,60}|skip to (?:main )?content"
    r"|all rights reserved[^.]{0,60}"
    # a paper's copyright line ("Copyright 2026 Northern Courier Limited. All rights
    # reserved. Registered in England and Wales."): one in each of its pages' footers
    r"|(?:copyright|©)[^\n]{0,160}rights reserved[^\n]{0,80})[\s:.!…»>|-]*",
    re.IGNORECASE,
)
_CRUFT_MAX_WORDS = 30  # longer lines are never tried against the cruft patterns
# A site's navigation row saved with its text: "News | Sport | Business | Weather | Opinion",
# "Home › World › Europe" — four or more labels of one to three words, no figure, between
# one separator (a .txt capture's nav row was a change in every diff of its story).
_NAV_SEPARATORS = "|•·›»"
_NAV_MIN_LABELS = 4
_NAV_MAX_WORDS = 40
_SENTENCE_ENDS = tuple(".!?。！？:;\"”'’»")


_READ_MORE = re.compile(r"read (?:more|also)\b", re.IGNORECASE)


def _a_link(line: str) -> bool:
    """Whether ``line`` is a links marker with its headline ("Read more: …", "Читайте
    также: …", ``LINK_LINE``), or with a line of what to read ("Read more: our latest
    coverage of council decisions.", a footer's; not "Related: the council said it would
    meet.", a sentence)."""
    if LINK_LINE.fullmatch(line) is None:
        return False
    return not line.rstrip().endswith(".") or _READ_MORE.match(line) is not None


def _a_nav_row(line: str) -> bool:
    """Whether ``line`` (spaces collapsed) is a navigation row (``_NAV_SEPARATORS``); not a
    table's row written with bars ("| Name | Age |"), nor a masthead and its date."""
    used = [c for c in _NAV_SEPARATORS if c in line]
    if len(used) != 1 or line.startswith(used[0]) or any(c.isdigit() for c in line):
        return False
    labels = [part.strip() for part in line.split(used[0])]
    return len(labels) >= _NAV_MIN_LABELS and all(
        0 < len(label.split()) <= 3 and label[0].isalpha() and not label[0].islower()
        for label in labels
    )


HEADER_LINES = 4  # the first lines looked at for a paper's masthead and bylines


@dataclass(slots=True)
class DocLines:
    """The non-empty lines of one document: spans, comparison keys and word counts."""

    starts: array[int]
    ends: array[int]
    keys: array[int]  # ``line_key`` of the case-folded, space-collapsed line (equality only)
    words: array[int]
    local: set[int]  # indices of cruft, repeated lines and furniture
    # ... of a paper's masthead and bylines (in ``local`` too): left out of the similarity
    # and the levels, but kept for the event's terms, whose date and place they give
    furniture: set[int] = field(default_factory=set)

    def __reduce__(self) -> tuple[type[DocLines], tuple[object, ...]]:
        # Pickled as its fields, not through the dataclass's state functions (which ask
        # ``fields()`` for every object): a partition of 10,000 documents' lines and
        # shingles (the Dask engine, the process pool) pickles 2x and unpickles 1.4x faster.
        fields = (self.starts, self.ends, self.keys, self.words, self.local, self.furniture)
        return DocLines, fields


def line_key(line: str) -> int:
    """A 64-bit key of a normalized line, the same in every process and on every machine
    (``hash`` of a string is not: a process pool or a cluster compares keys made apart)."""
    data = line.encode("utf-8", "surrogatepass")
    return (zlib.crc32(data) << 32 | zlib.adler32(data)) - (1 << 63)


# Letters of the scripts written without spaces between words (Thai, Lao, Myanmar, Khmer,
# kana, the CJK ideographs): each is a word, as the engine's word pattern takes it.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9d\U00020000-\U000323af]"
)


def _words(line: str, spaced: int) -> int:
    """The words of a line that is not all ASCII: in a script written without spaces, a
    letter each (a Japanese copy's sentences, one "word" each, were short recurring lines:
    left out of its shingles, 243 of its 414 words counted, "35% of this version's sentences
    are new" of a copy)."""
    letters = len(_UNSPACED.findall(line))
    return spaced + letters if letters else spaced


def _lines_of(text: str) -> Iterator[tuple[int, str]]:
    """Where each line of ``text`` starts, and the line; in a hard-wrapped text (as
    ``segments.paragraph_spans`` takes one: blocks of short lines), each paragraph of
    wrapped prose whole, line breaks and all, and the lines of any other block one by one
    (a masthead, a byline and a headline over the lede, "Read more:" and its links: they
    are found as lines). A wrapped line is a piece of a sentence: pieces that recur
    ("every calendar year; and", "must—") were repeats, hidden mid-sentence as
    boilerplate, and a paragraph was not the line its unwrapped version has."""
    lines = text.split("\n")
    if len(lines) >= _WRAP.wrap_min_lines:
        widths = [len(line) for line in lines]
        long = sum(1 for width in widths if width > _WRAP.wrap_max_line)
        if long <= _WRAP.wrap_long_share * len(lines):  # (news: a long line a paragraph)
            spans = paragraph_spans(text, _WRAP)
            if cut_in_blocks(text, spans):
                full = 0.6 * max(w for w in widths if w <= _WRAP.wrap_max_line)
                for a, b in spans:
                    block = text[a:b].split("\n")
                    if all(len(line.rstrip()) >= full for line in block[:-1]):
                        yield a, text[a:b]  # (prose: its lines but the last are full)
                        continue
                    for line in block:
                        yield a, line
                        a += len(line) + 1
                return
    pos = 0
    for raw in lines:
        yield pos, raw
        pos += len(raw) + 1


def _a_figure(line: str) -> bool:
    """Whether a line is a figure and no word ("1,500", "12.5%", "€ 40,000"): a table's
    cell, which may well repeat (a penalty of 1,500 in two rows), and is no caption printed
    twice: hidden as a repeat on one side, an unchanged table showed "+ 1,500"."""
    return any(c.isdigit() for c in line) and not any(c.isalpha() for c in line)


def split_lines(text: str, options: StoryOptions) -> DocLines:
    """The lines of ``text`` with the cruft and repeats already marked."""
    lines = DocLines(array("q"), array("q"), array("q"), array("q"), set())
    seen: set[int] = set()
    head: list[str] = []  # the first lines
    after_marker = in_links = False
    follows = 0  # where a line right after the last one starts (no blank line between)
    for start, raw in _lines_of(text):
        parts = raw.casefold().split()
        if not parts:
            continue
        run_on, follows = start == follows, start + len(raw) + 1
        left = len(raw) - len(raw.lstrip())
        key = line_key(" ".join(parts))
        index = len(lines.keys)
        lines.starts.append(start + left)
        lines.ends.append(start + len(raw.rstrip()))
        lines.keys.append(key)
        words = len(parts) if raw.isascii() else _words(raw, len(parts))
        lines.words.append(words)
        # Spaces collapsed: "Read\xa0more:" (a web page's &nbsp;) or "Read  more:" is the
        # same cruft, as it is the same line to the aligned diff.
        plain = " ".join(raw.split())
        # The links after "Related stories": the line after it, and those right under
        # that one that end no sentence (a capture's second related headline was a change)
        link_line = words <= options.link_line_max_words and (
            after_marker or (in_links and run_on and not plain.endswith(_SENTENCE_ENDS))
        )
        in_links = link_line
        short = words <= _CRUFT_MAX_WORDS
        repeat = key in seen and not _a_figure(plain)
        cruft = (short and _CRUFT.fullmatch(plain) is not None) or (
            words <= _NAV_MAX_WORDS
            and (_a_nav_row(plain) or (words <= options.link_line_max_words and _a_link(plain)))
        )
        if repeat or link_line or cruft:
            lines.local.add(index)
        after_marker = short and LINKS_MARKER.fullmatch(plain) is not None
        seen.add(key)
        if index < HEADER_LINES:
            head.append(plain)
    lines.furniture = furniture_lines(head)  # a paper's masthead, a byline
    lines.local |= lines.furniture
    # ... and a release's notes under its text: "ENDS", "Notes to editors", its "About"
    n = len(lines.keys)
    foot = [text[lines.starts[i] : lines.ends[i]] for i in range(max(0, n - NOTES_LINES), n)]
    notes = release_notes(foot)
    if notes is not None:
        lines.local.update(range(n - len(foot) + notes, n))
    # ... and an agency's trailer: "(ANSA).", "RED/GIM", "05-DIC-26 09:12 NNNN", "PTI ABU RT"
    signed = credited_agency(text, True) if foot and needs_signer(foot[-1]) else ""
    lines.local.update(range(n - foot_furniture(foot, signed), n))
    # ... and a broadcast script's cues: "[MUSIC UP]", "(SOT: minister, 0:12)", "ANCHOR:"
    if a_script(text):
        cues = script_cues([text[lines.starts[i] : lines.ends[i]] for i in range(n)])
        lines.local.update(cues)
    return lines


def line_frequencies(docs: Sequence[DocLines]) -> Counter[int]:
    """In how many documents each line key occurs."""
    counts: Counter[int] = Counter()
    for lines in docs:
        counts.update(set(lines.keys))
    return counts


def excluded_lines(lines: DocLines, df: Mapping[int, int], options: StoryOptions) -> set[int]:
    """Lines left out of the similarity: cruft, repeats and short recurring lines."""
    recurring = {
        i
        for i, key in enumerate(lines.keys)
        if df[key] >= options.boiler_min_docs and lines.words[i] <= options.boiler_short_words
    }
    if sum(lines.words[i] for i in recurring) > options.boiler_max_share * sum(lines.words):
        recurring = set()  # a list-like text whose versions repeat its short lines
    return recurring | lines.local


def recurring_boilerplate(
    docs: Sequence[DocLines], df: Mapping[int, int], story_of: Sequence[int], options: StoryOptions
) -> set[int]:
    """Line keys found in enough documents of enough different stories (for a paragraph,
    more stories and few documents a story: ``paragraph_recurs``). A story counts where the
    line is text, not cruft of its own (``DocLines.local``): a headline that pages of other
    stories link to after "Read more:" was boilerplate in its own story's versions, the
    story's base left without its headline."""
    least = options.boiler_min_stories
    stories: dict[int, set[int]] = {}
    long: set[int] = set()
    for doc, lines in enumerate(docs):
        for i, (key, words) in enumerate(zip(lines.keys, lines.words, strict=True)):
            if df[key] >= options.boiler_min_docs and i not in lines.local:
                stories.setdefault(key, set()).add(story_of[doc])
                if words > options.boiler_short_words:
                    long.add(key)
    return {
        k
        for k, s in stories.items()
        if (bool(paragraph_recurs(len(s), df[k], options)) if k in long else len(s) >= least)
    }


def paragraph_recurs(stories: Any, documents: Any, options: StoryOptions) -> Any:
    """Whether a paragraph in ``documents`` documents of ``stories`` stories is recurring
    boilerplate (an outlet's disclaimer), not a story's text carried by pages of others.
    Numbers, or NumPy arrays of them (the Dask engine's: an array of answers)."""
    return (stories >= options.boiler_long_min_stories) & (
        documents <= options.boiler_long_docs_per_story * stories
    )


def boilerplate_spans(
    lines: DocLines, recurring: set[int], options: StoryOptions
) -> tuple[Span, ...]:
    """The spans of a document's boilerplate lines, in text order. Its recurring paragraphs
    (more than ``boiler_short_words`` words) are not, when they would take more than
    ``boiler_max_share`` of its words: the document is that text — a story that pages of
    other stories carry appended — and as boilerplate every version of the story lost its
    text (copies called "written anew: 0% of the words in shared phrases")."""
    short = options.boiler_short_words
    paragraphs: list[int] = []
    # The paragraphs' words, of the words left once cruft, repeats and short recurring
    # lines are out (they go anyway).
    held = left = 0
    for i, (key, words) in enumerate(zip(lines.keys, lines.words, strict=True)):
        if i in lines.local or (key in recurring and words <= short):
            continue
        left += words
        if key in recurring:
            paragraphs.append(i)
            held += words
    kept = set(paragraphs) if held > options.boiler_max_share * left else set()
    return tuple(
        (lines.starts[i], lines.ends[i])
        for i, key in enumerate(lines.keys)
        if i in lines.local or (key in recurring and i not in kept)
    )
