"""Paragraph breaks one side has and the other has not: a paragraph split in two, or two
paragraphs run into one.

The rows cut a text wherever either side's paragraph ends, so a split shows the same on both
sides and its words are all equal: without a change of its own it was invisible (similarity
100%, "no changes"). Between two rows that follow each other and hold both sides, where one
side's paragraph runs on and the other's ends, there is a break change. Moved units and rows
with one side only stand apart: their place already says more.

A break change is quoted as the words on each side of it, ``¶`` where a paragraph ends
(``quoting.change_words``); the panes and reports end the row that breaks with a ``¶``.
"""

from __future__ import annotations

from wirediff.core.result import ChangeKind, Comparison

TYPE_CHECKING = False
if TYPE_CHECKING:
    from wirediff.core.rows import Draft, Sides

_MIRRORED = {ChangeKind.SPLIT: ChangeKind.JOIN, ChangeKind.JOIN: ChangeKind.SPLIT}


def paragraph_breaks(drafts: list[Draft], sides: Sides) -> dict[int, ChangeKind]:
    """Row k -> SPLIT when the right side starts a paragraph after row k where the left's runs
    on into row k + 1, JOIN when the left side does and the right's runs on."""
    out: dict[int, ChangeKind] = {}
    ends = [_paragraphs(d, sides, -1) for d in drafts]
    for k in range(len(drafts) - 1):
        end, start = ends[k], _paragraphs(drafts[k + 1], sides, 0)
        if end is None or start is None:
            continue
        left_on, right_on = end[0] == start[0], end[1] == start[1]
        if left_on and not right_on:
            out[k] = ChangeKind.SPLIT
        elif right_on and not left_on:
            out[k] = ChangeKind.JOIN
    return out


def mirrored(breaks: dict[int, ChangeKind]) -> dict[int, ChangeKind]:
    """The breaks with the sides swapped: a split seen from the other side is a join."""
    return {row: _MIRRORED[kind] for row, kind in breaks.items()}


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
    kinds = list(comparison.breaks.values())
    said = [
        f"{n:,} {word}"
        for n, word in (
            (kinds.count(ChangeKind.SPLIT), "split"),
            (kinds.count(ChangeKind.JOIN), "joined"),
        )
        if n
    ]
    return f"paragraphs: {', '.join(said)}" if said else ""
