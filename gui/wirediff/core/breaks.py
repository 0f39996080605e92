"""Paragraph breaks one side has and the other has not: a paragraph split in two, or two
paragraphs run into one.

The rows cut a text wherever either side's paragraph ends, so a split shows the same on both
sides and its words are all equal: without a change of its own it was invisible (similarity
100%, "no changes"). Where one side's paragraph runs on and the other's ends there is a break
change: between two rows that follow each other and hold both sides, beside a sentence
mostly matched, or between two matched words of one row (a sentence group holds a sentence
cut in two). Moved units and rows with one side only stand apart: their place already says
more.

A break change has empty spans where the next word starts on each side; it is quoted as the
words around it, ``¶`` where a paragraph ends (``quoting.change_words``), and the panes and
reports show a ``¶`` where the side that breaks ends its paragraph (``pieces.break_marks``).
"""

from __future__ import annotations

from itertools import pairwise

from wirediff.core.record import NamedTuple
from wirediff.core.result import BREAK_KINDS, Change, ChangeKind, Comparison

TYPE_CHECKING = False
if TYPE_CHECKING:
    from wirediff.core.entries import Entry
    from wirediff.core.rows import Draft, SideLike, Sides

_MIRRORED = {ChangeKind.SPLIT: ChangeKind.JOIN, ChangeKind.JOIN: ChangeKind.SPLIT}


class Break(NamedTuple):
    """A paragraph break one side has and the other has not, in row ``row``: between two of
    its words matched (``tokens``: the first token after it, on each side) or at its end
    (``tokens`` None: the next row starts the paragraph on one side only)."""

    row: int
    kind: ChangeKind
    tokens: tuple[int, int] | None = None


def paragraph_breaks(drafts: list[Draft], sides: Sides) -> list[Break]:
    """Every break, in order: SPLIT where the right side starts a paragraph the left's runs
    on through, JOIN where the left does and the right's runs on. Inside a row, between two
    words matched in a row (a sentence cut in two by a paragraph break, a dateline on a line
    of its own: sentence groups hold them); at a row's end, when the sentence before it or
    the one after it is mostly matched (``_matched``)."""
    paras: list[list[int]] = []  # each token's paragraph, per side, made when first needed
    out: list[Break] = []
    starts = [_paragraphs(d, sides, 0) for d in drafts]
    ends = [_paragraphs(d, sides, -1) for d in drafts]
    for k, d in enumerate(drafts):
        if ends[k] is not None and ends[k] != starts[k]:
            paras = paras or [_token_paragraphs(side) for side in sides]
            out += _inside(k, d, paras)
        start = starts[k + 1] if k + 1 < len(drafts) else None
        end = ends[k]
        if end is None or start is None:
            continue
        nxt = drafts[k + 1]
        before, after = d.entries[-1], nxt.entries[0]
        kept = _matched(d, before, sides), _matched(nxt, after, sides)
        # Beside a sentence mostly matched, and on its other side another such, or one only
        # one side has in a row that matches words too (a reviser's new sentence): between a
        # shared quote and sentences each newsroom wrote its own way, a break says nothing.
        added = _one_sided(after) and _holds_matched(nxt), _one_sided(before) and _holds_matched(d)
        if not (all(kept) or (kept[0] and added[0]) or (kept[1] and added[1])):
            continue
        left_on, right_on = end[0] == start[0], end[1] == start[1]
        if left_on != right_on:
            out.append(Break(k, ChangeKind.SPLIT if left_on else ChangeKind.JOIN))
    return out


def grouped_lines(text: str, paragraphs: list[tuple[int, int]], longest: int) -> bool:
    """Whether ``text``'s paragraphs are lines grouped by blank lines (a poem's stanzas): a
    line break alone ends some of them, a blank line others, and most are no longer than
    ``longest`` characters (an article's paragraphs a line each, a blank line between some,
    are no stanzas: a revision's blank line put in was a paragraph split)."""
    short = sum(end - start <= longest for start, end in paragraphs)
    if 2 * short <= len(paragraphs):
        return False
    gaps = {text.count("\n", end, start) >= 2 for (_, end), (start, _) in pairwise(paragraphs)}
    return gaps == {True, False}


def stanza_breaks(drafts: list[Draft], texts: tuple[str, str]) -> list[Break]:
    """Where lines are both texts' paragraphs and blank lines group them (``grouped_lines``),
    a blank line one side has after a row and the other has not, both ending a line there:
    SPLIT where the right side's stanza ends and the left's runs on, JOIN the other way. A
    stanza split in two, or two run into one, was no change (every line a row of its own,
    equal on both sides). Not beside a moved row or one with a side missing."""
    out: list[Break] = []
    for k, (d, nxt) in enumerate(pairwise(drafts)):
        if d.moved or nxt.moved:
            continue
        ends = []
        for s, text in enumerate(texts):
            span, after = d.spans[s], nxt.spans[s]
            if span is None or after is None or span.start == span.end:
                break
            tail = text[span.start : span.end]
            ends.append(tail[len(tail.rstrip()) :].count("\n"))
        if len(ends) == 2 and min(ends) >= 1 and (ends[0] >= 2) != (ends[1] >= 2):
            out.append(Break(k, ChangeKind.SPLIT if ends[1] >= 2 else ChangeKind.JOIN))
    return out


def break_rows(changes: tuple[Change, ...]) -> dict[int, tuple[int, ...]]:
    """Row -> the break changes in it or after it (their indices)."""
    out: dict[int, list[int]] = {}
    for c in changes:
        if c.kind in BREAK_KINDS:
            out.setdefault(c.row, []).append(c.index)
    return {row: tuple(found) for row, found in out.items()}


def placed(
    breaks: list[Break], starts: tuple[list[int], list[int]]
) -> list[tuple[int, ChangeKind, tuple[int, int] | None]]:
    """Each break's row, kind and place on each side (where its token after starts; None at
    the row's end), as ``summary.changes`` takes them."""
    return [
        (
            b.row,
            b.kind,
            None if b.tokens is None else (starts[0][b.tokens[0]], starts[1][b.tokens[1]]),
        )
        for b in breaks
    ]


def mirrored(breaks: list[Break]) -> list[Break]:
    """The breaks with the sides swapped: a split seen from the other side is a join."""
    return [
        Break(b.row, _MIRRORED[b.kind], None if b.tokens is None else b.tokens[::-1])
        for b in breaks
    ]


def _inside(row: int, d: Draft, paras: list[list[int]]) -> list[Break]:
    """The breaks of row ``row`` between two matched words, or where matched words meet
    replaced ones (a paragraph cut before a word that was changed too) that stay in one
    paragraph on each side. Not beside words only one side has: the other side's break may
    stand on the far side of them (a headline that gained words before its paragraph's end
    was a join)."""
    found = []
    left, right = paras
    ops = d.opcodes  # as shown: a break among words shown replaced is that change's
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        places: list[tuple[int, int]] = []
        if n and {tag, ops[n - 1][0]} == {"equal", "replace"} and i1 < len(left):
            # where this op meets the one before, unless the replaced words break their
            # paragraph on one side (that side's break stands among them, not here)
            _tag, a1, a2, b1, b2 = ops[n] if tag == "replace" else ops[n - 1]
            if left[a1] == left[a2 - 1] and right[b1] == right[b2 - 1]:
                places.append((i1, j1))
        if tag == "equal":
            places += zip(range(i1 + 1, i2), range(j1 + 1, j2), strict=False)
        for i, j in places:
            left_new, right_new = left[i] != left[i - 1], right[j] != right[j - 1]
            if left_new != right_new:
                kind = ChangeKind.JOIN if left_new else ChangeKind.SPLIT
                found.append(Break(row, kind, (i, j)))
    return found


def _one_sided(e: Entry) -> bool:
    return not e.left or not e.right


def _holds_matched(d: Draft) -> bool:
    return any(tag == "equal" for tag, *_ in d.raw)


def _token_paragraphs(side: SideLike) -> list[int]:
    """The paragraph of each token of ``side`` (those of no unit: the one before's)."""
    out = [-1] * len(side.tokens.starts)
    for u in side.units:
        out[u.lo : u.hi] = [u.para] * (u.hi - u.lo)
    for t in range(1, len(out)):
        if out[t] < 0:
            out[t] = out[t - 1]
    return out


def _matched(d: Draft, e: Entry, sides: Sides) -> bool:
    """Whether entry ``e`` of row ``d`` pairs sentences that share at least half their words
    (on the left). A break at a row's end is told when the sentence before it or the one
    after it is so matched: between two sentences written anew (two newsrooms' reports) a
    paragraph break says nothing, beside one it does (a reviser's new sentence and break)."""
    if not e.left or not e.right:
        return False
    lo, hi = sides[0].token_range(e.left)
    same = sum(
        max(0, min(i2, hi) - max(i1, lo)) for tag, i1, i2, _j1, _j2 in d.raw if tag == "equal"
    )
    return same > 0 and 2 * same >= hi - lo


def _paragraphs(d: Draft, sides: Sides, at: int) -> tuple[int, int] | None:
    """The paragraph of each side where the row starts (``at`` 0) or ends (``at`` -1); None
    for a moved unit, an equal paragraph (whole on both sides) or a row missing a side."""
    if d.moved or d.same or not d.entries:
        return None
    found = []
    for s in (0, 1):
        units = [u for e in d.entries for u in (e.left if s == 0 else e.right)]
        if not units:
            return None
        found.append(sides[s].units[units[at]].para)
    return found[0], found[1]


PILCROW = "¶"
CONTEXT_WORDS = 3  # words quoted on each side of a break
CONTEXT_CHARS = 30  # at most (a script written without spaces has no words to count)


def break_quote(before: str, after: str, broken: bool) -> str:
    """One side of a break change as quoted: the last words of its text ``before`` the
    break and the first ``after`` it, with ``¶`` between them where this side ends a
    paragraph (``broken``), else as the text runs on (with a space only if it has one)."""
    head = " ".join(before.split()[-CONTEXT_WORDS:])[-CONTEXT_CHARS:]
    tail = " ".join(after.split()[:CONTEXT_WORDS])[:CONTEXT_CHARS]
    if broken:
        return f"{head} {PILCROW} {tail}"
    spaced = before[-1:].isspace() or after[:1].isspace()
    return f"{head}{' ' if spaced else ''}{tail}"


def break_sides(kind: str) -> tuple[bool, bool]:
    """Which side of a break change ends a paragraph there: the right of a split, the left
    of a join."""
    return kind == ChangeKind.JOIN, kind == ChangeKind.SPLIT


def break_counts(comparison: Comparison) -> str:
    """The paragraph break changes counted for a summary line ("paragraphs: 2 split, 1
    joined"); "" when there are none."""
    kinds = [comparison.changes[i].kind for found in comparison.breaks.values() for i in found]
    said = [
        f"{n:,} {word}"
        for n, word in (
            (kinds.count(ChangeKind.SPLIT), "split"),
            (kinds.count(ChangeKind.JOIN), "joined"),
        )
        if n
    ]
    return f"paragraphs: {', '.join(said)}" if said else ""
