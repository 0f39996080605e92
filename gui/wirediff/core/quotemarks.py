"""Where a text quotes: its quotation marks paired.

Quotation marks: straight double quotes, “…”, „…“ or „…”, «…» and »…«, ‹…›, ‘…’, ”…”,
「…」 and 『…』 (not straight single quotes, which are apostrophes too). A quote
carries on over paragraphs while unclosed, and a paragraph that opens with a mark inside
it reopens it ("…" at each paragraph's head, the style of a quote of several
paragraphs); when the marks of a text do not pair up that way, each paragraph is read on
its own, and a mark it leaves open quotes to its end if it opened it (a quote of several
paragraphs, cut after its first), else nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What closes a quote each mark opens (a straight quote closes its own): German and Danish
# »…« as well as French «…», whichever comes first; British ‘…’ (its ’ no apostrophe
# between two letters, "don’t"); Swedish and Finnish ”…” (a probe and a review found each
# read as no quotation, or inside out)
CLOSERS = {
    '"': '"',
    "“": "”",
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "‘": "’",
    "”": "”",
    "「": "」",
    "『": "』",
}
MARKS = re.compile(r'["“”„«»‹›‘’「」『』]')


def quoted_spans(lines: Sequence[str]) -> list[list[tuple[int, int]]]:
    """The quoted spans of each of ``lines`` (the paragraphs of one text, in order):
    ``(start, end)`` character offsets within its line (see the module)."""
    spans, paired = _read(lines, across=True)
    return spans if paired else _read(lines, across=False)[0]


def _read(lines: Sequence[str], across: bool) -> tuple[list[list[tuple[int, int]]], bool]:
    """Quoted spans, a quote carried over paragraphs (``across``), and whether no mark is
    left open at the end; or (not ``across``) each paragraph alone, a mark it leaves open
    quoting nothing."""
    out: list[list[tuple[int, int]]] = []
    closer = opener = ""  # what closes the open quote, and what opened it ("" none open)
    for line in lines:
        spans: list[tuple[int, int]] = []
        at = 0
        carried = bool(closer)
        if closer:
            head = line.lstrip()
            if head[:1] == opener:
                at = len(line) - len(head) + 1  # (a paragraph reopening the quote)
        start = at if closer else -1
        for mark in MARKS.finditer(line, at):
            char, where = mark.group(), mark.start()
            if (
                char == "’"
                and line[where - 1 : where].isalpha()
                and line[where + 1 : where + 2].isalpha()
            ):
                continue  # (an apostrophe: "don’t")
            if closer and char in closer:
                spans.append((start, where))
                closer = opener = ""
                start, carried = -1, False
            elif closer and carried and char == opener and char not in closer:
                # (the mark that opened the quote again, inside a paragraph, while one is
                # carried over: that one was a stray mark, and the rest is read anew)
                return out, False
            elif not closer and char in CLOSERS:
                closer, opener, start = CLOSERS[char], char, mark.end()
        if closer:
            # (left open: to the paragraph's end when carried on, or opened at its head —
            # a quote of several paragraphs cut after its first —, else quoting nothing)
            if across or not line[: max(start - 1, 0)].strip():
                spans.append((start, len(line)))
            if not across:
                closer = opener = ""
        out.append(spans)
    return out, not closer
