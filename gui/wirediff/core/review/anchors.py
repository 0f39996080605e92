"""A change named by its text and the text around it, so a flag finds its change again.

Change numbers shift whenever an option or a document changes; the words of a change and
the few words before and after it on each side do not. ``find_change`` looks a stored
anchor up in a new comparison: first by its exact key, then by searching its words (with
their context) in the texts and taking the change found there, so a change whose edges
moved a little (another option, an edit elsewhere in the file) is still found.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from wirediff.core.breaks import break_quote, break_sides
from wirediff.core.jsontext import parse_json
from wirediff.core.quoting import cut_kept
from wirediff.core.result import BREAK_KINDS, Change, ChangeKind, Comparison, Side, Span

CONTEXT_WORDS = 5  # words of context kept on each side of a change, before and after
_LOOK = 400  # characters searched for those words
_SPACE = re.compile(r"\s+")


class Lost(StrEnum):
    """Why a stored change was not found in a comparison (the mark is then *orphaned*)."""

    TEXT_GONE = "its text is no longer in the documents"
    NOT_A_CHANGE = "its text is there but is not a change with the current compare options"
    DAMAGED = "it is damaged in the review store and could not be read"
    HIDDEN = "its text is in a line hidden as boilerplate"


@dataclass(frozen=True, slots=True)
class LeftOut:
    """What a comparison of texts with lines left out (boilerplate hidden) does not show:
    each side's whole text and the spans of it left out (sorted, not overlapping)."""

    left_text: str
    right_text: str
    left_spans: tuple[tuple[int, int], ...]
    right_spans: tuple[tuple[int, int], ...]

    def holds(self, anchor: ChangeAnchor) -> bool:
        """Whether ``anchor``'s change is in the lines left out: on every side with words,
        the words, found with their whole context in the whole text, lie in those lines
        (then the change is hidden, not gone, and no other change stands for it)."""
        levels = _side_levels(self.left_text, self.right_text, anchor)
        if isinstance(levels, Lost):
            return False
        spans: dict[Side, tuple[tuple[int, int], ...]] = {
            "left": self.left_spans,
            "right": self.right_spans,
        }
        sides = [side for side in spans if _words(anchor, side)]
        return bool(sides) and all(
            levels[side][0] and all(_inside(found, spans[side]) for found in levels[side][0])
            for side in sides
        )


@dataclass(frozen=True, slots=True)
class ChangeAnchor:
    """A change by its words and context, white space collapsed to single spaces.

    ``left``/``right`` are the change's words on each side (empty on a side without text);
    the contexts end (``*_before``) or start (``*_after``) with a space exactly when there
    was white space between them and the change. ``occurrence`` tells apart changes with
    identical text and context (a caption printed twice), counted in order.
    """

    kind: str  # replace, delete, insert, move, split or join: for display, not identity
    left: str
    right: str
    left_before: str
    left_after: str
    right_before: str
    right_after: str
    occurrence: int = 0

    @property
    def key(self) -> str:
        """What identifies the change: a hash of its words, contexts and occurrence."""
        parts = [self.left, self.right, self.left_before, self.left_after]
        parts += [self.right_before, self.right_after, str(self.occurrence)]
        return hashlib.sha256(json.dumps(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def swapped(self) -> ChangeAnchor:
        """The same change seen with the two sides exchanged."""
        kind = _SWAPPED_KINDS.get(self.kind, self.kind)
        return ChangeAnchor(
            kind,
            self.right,
            self.left,
            self.right_before,
            self.right_after,
            self.left_before,
            self.left_after,
            self.occurrence,
        )

    def words(self) -> tuple[str, str]:
        """The change as lists quote it, old and new (``quoting.change_words``)."""
        if self.kind in BREAK_KINDS:
            left_broken, right_broken = break_sides(self.kind)
            return (
                break_quote(self.left_before, self.left_after, left_broken),
                break_quote(self.right_before, self.right_after, right_broken),
            )
        return cut_kept(self.left, self.right)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ChangeAnchor:
        data: dict[str, Any] = parse_json(text)
        texts = {k: str(data.get(k, "")) for k in _TEXT_FIELDS}
        return cls(**texts, occurrence=int(data.get("occurrence", 0)))


_SWAPPED_KINDS = {"insert": "delete", "delete": "insert", "split": "join", "join": "split"}
_TEXT_FIELDS = ("kind", "left", "right", "left_before", "left_after", "right_before", "right_after")


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text)


def _before(text: str, pos: int) -> str:
    window = text[max(0, pos - _LOOK) : pos]
    words = _squash(window).split(" ")
    keep = words[-(CONTEXT_WORDS + 1) :]
    if pos > _LOOK and len(keep) == len(words):  # the window began inside a word
        keep = keep[1:]
    return " ".join(keep)


def _after(text: str, pos: int) -> str:
    window = text[pos : pos + _LOOK]
    words = _squash(window).split(" ")
    keep = words[: CONTEXT_WORDS + 1]
    if pos + _LOOK < len(text) and len(keep) == len(words):
        keep = keep[:-1]
    return " ".join(keep)


def _side(text: str, span: Span) -> tuple[str, str, str]:
    """(before, words, after) of a span, the span shrunk to its words."""
    raw = text[span.start : span.end]
    start = span.start + len(raw) - len(raw.lstrip())
    end = max(start, span.end - (len(raw) - len(raw.rstrip())))
    words = _squash(text[start:end])
    before, after = _before(text, start), _after(text, end)
    if not words and before.endswith(" ") and after.startswith(" "):
        after = after[1:]  # one gap of white space, not two
    return before, words, after


def anchors_of(comparison: Comparison) -> list[ChangeAnchor]:
    """The anchor of every change of ``comparison``, in change order."""
    out: list[ChangeAnchor] = []
    seen: dict[tuple[str, ...], int] = {}
    for change in comparison.changes:
        lb, lw, la = _side(comparison.left_text, change.left)
        rb, rw, ra = _side(comparison.right_text, change.right)
        ident = (lw, rw, lb, la, rb, ra)
        occurrence = seen.get(ident, 0)
        seen[ident] = occurrence + 1
        out.append(ChangeAnchor(change.kind.value, lw, rw, lb, la, rb, ra, occurrence))
    return out


def anchor_of(comparison: Comparison, change: int) -> ChangeAnchor:
    """The anchor of one change (its occurrence counted among the changes before it)."""
    return anchors_of(comparison)[change]


def _pattern(before: str, words: str, after: str) -> re.Pattern[str]:
    def esc(part: str) -> str:
        return r"\s+".join(re.escape(w) for w in part.split(" "))

    return re.compile(esc(before) + "(" + esc(words) + ")" + esc(after))


def _levels(text: str, before: str, words: str, after: str) -> list[list[Span]]:
    """Where ``words`` stand in ``text`` at each level of context, strongest first: with
    both contexts, with the one before, with the one after, alone (when it has words)."""
    tries = [(before, after), (before, ""), ("", after)]
    if words:
        tries.append(("", ""))
    return [[Span(*m.span(1)) for m in _pattern(b, words, a).finditer(text)] for b, a in tries]


_WITH_CONTEXT = 3  # the levels of ``_levels`` that keep some context


def _widened(levels: list[list[Span]], more: int) -> list[Span]:
    """The spans of the strongest level that found any, and of the ``more`` levels below it
    that keep some context: words found alone elsewhere (a "20", a "the") would move a flag
    onto another change, so they count only when no context is left at all."""
    first = next((i for i, spans in enumerate(levels) if spans), len(levels))
    stop = first + more + 1
    if first < _WITH_CONTEXT:
        stop = min(stop, _WITH_CONTEXT)
    return list(dict.fromkeys(s for spans in levels[first:stop] for s in spans))


def _inside(found: Span, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``found`` lies within one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, found.start, key=lambda span: span[0]) - 1
    return i >= 0 and spans[i][0] <= found.start and found.end <= spans[i][1]


def _overlap(change: Span, found: Span) -> int:
    if found.start == found.end or change.start == change.end:
        return 1 if change.start <= found.start <= change.end else 0
    return max(0, min(change.end, found.end) - max(change.start, found.start))


def change_keys(comparison: Comparison) -> dict[str, int]:
    """Change index by anchor key, for looking up many anchors in one comparison."""
    return {anchor.key: i for i, anchor in enumerate(anchors_of(comparison))}


def find_change(
    comparison: Comparison,
    anchor: ChangeAnchor,
    keys: Mapping[str, int] | None = None,
    left_out: LeftOut | None = None,
) -> int | Lost:
    """The index of the change ``anchor`` names in ``comparison``, or why there is none.

    ``keys`` (``change_keys(comparison)``) may be passed to look up many anchors at once.
    ``left_out``: the lines the comparison's texts leave out (boilerplate hidden): a change
    in them is ``Lost.HIDDEN`` — searching on with less context would take a change of
    the same words elsewhere (the first of a caption printed twice) for it.
    """
    keys = change_keys(comparison) if keys is None else keys
    if anchor.key in keys:
        return keys[anchor.key]
    if left_out is not None and left_out.holds(anchor):
        return Lost.HIDDEN
    levels = _side_levels(comparison.left_text, comparison.right_text, anchor)
    if isinstance(levels, Lost):
        return levels
    # The words with their fullest context first; where that names no change (a block
    # printed twice, the copy whose context survived an edit is not a change), less of it.
    tried: dict[Side, list[Span]] = {}
    for more in range(max(len(spans) for spans in levels.values())):
        found = {side: _widened(spans, more) for side, spans in levels.items()}
        if found == tried:
            continue  # (no level below with more: the same places, scored already)
        tried = found
        index = _change_at(comparison, anchor, found)
        if index is not None:
            return index
    return Lost.NOT_A_CHANGE


def _change_at(
    comparison: Comparison, anchor: ChangeAnchor, found: Mapping[Side, list[Span]]
) -> int | None:
    """The change the anchor's words ``found`` fall in (the most overlap; among equals,
    the anchor's occurrence), None if none."""
    scored: list[tuple[int, int]] = []
    breaking = anchor.kind in BREAK_KINDS
    for change in comparison.changes:
        # A paragraph break has no words: its context touches the word change beside it,
        # which it is not (a flag on a split moved onto it when breaks were ignored).
        if (change.kind in BREAK_KINDS) != breaking:
            continue
        overlaps = {
            side: max(
                (
                    _overlap(at, s)
                    for at in _places(comparison, change, anchor, side)
                    for s in spans
                ),
                default=0,
            )
            for side, spans in found.items()
        }
        # Every side on which the anchor has words must overlap the change there.
        if sum(overlaps.values()) and all(overlaps[side] for side in _worded(anchor, found)):
            scored.append((sum(overlaps.values()), change.index))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    candidates = [index for score, index in scored if score == best]
    return candidates[min(anchor.occurrence, len(candidates) - 1)]


def _places(comparison: Comparison, change: Change, anchor: ChangeAnchor, side: Side) -> list[Span]:
    """Where ``change`` stands on ``side``, for ``anchor``: a move's change at both its
    places (a move was a change at each of its places, one now: a flag stored on its
    second place finds the move's one change)."""
    here = change.span(side)
    link = comparison.rows[change.row].link if change.kind is ChangeKind.MOVE else None
    if link is None or anchor.kind != ChangeKind.MOVE.value:
        return [here]
    there = comparison.rows[link].span(side)
    return [here] if there is None else [here, there]


def _side_levels(
    left: str, right: str, anchor: ChangeAnchor
) -> dict[Side, list[list[Span]]] | Lost:
    """``_levels`` of the anchor's words on each side; ``Lost.TEXT_GONE`` when words the
    anchor has on a side are gone."""
    levels: dict[Side, list[list[Span]]] = {
        "left": _levels(left, anchor.left_before, anchor.left, anchor.left_after),
        "right": _levels(right, anchor.right_before, anchor.right, anchor.right_after),
    }
    if any(not any(levels[side]) for side in ("left", "right") if _words(anchor, side)):
        return Lost.TEXT_GONE
    if anchor.kind in BREAK_KINDS and not any(any(found) for found in levels.values()):
        return Lost.TEXT_GONE  # (a break has no words: its context is its text)
    return levels


def locate_words(left: str, right: str, anchor: ChangeAnchor) -> dict[Side, list[Span]] | Lost:
    """Where the anchor's words stand in two texts, on each side (with their context when
    it is still there); ``Lost.TEXT_GONE`` when words the anchor has on a side are gone."""
    levels = _side_levels(left, right, anchor)
    if isinstance(levels, Lost):
        return levels
    return {side: _widened(spans, 0) for side, spans in levels.items()}


def _words(anchor: ChangeAnchor, side: Side) -> str:
    return anchor.left if side == "left" else anchor.right


def _worded(anchor: ChangeAnchor, found: Mapping[Side, list[Span]]) -> list[Side]:
    return [side for side in found if _words(anchor, side)]
