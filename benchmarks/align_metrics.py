"""What ``bench_align.py`` measures on one pair: verse alignment, and the size of a diff.

Verse alignment (bible pairs, whose every character's verse is known):

* *aligned text* is the text of rows that hold both sides (equal and changed rows), and of
  moved units, counted once at their left place (their ops pair the unit with its other
  place); deleted-only and inserted-only rows are not aligned;
* each aligned character is placed against the other side's span of its word operation
  (when that span is empty: the characters on either side of where it sits), and is
  *correct* when its verse is among the verses there;
* accuracy = correct / aligned, coverage = aligned / all characters in verses (both sides;
  white space never counts).

Diff size, for wirediff and for flat ``SequenceMatcher(autojunk=False)`` over the same
comparison keys (and for ``dwdiff`` and ``git diff --word-diff``, when installed):

* *changed words*: words on either side that the diff does not match; a moved unit counts
  once (its words are changed on one side, matched on the other);
* *hunks*: the changes a reader steps through (a moved unit is one).

The external tools split words at white space only; their marked text is counted in
wirediff's words, so every column counts the same kind of word.
"""

from __future__ import annotations

import bisect
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from wirediff.core.options import CompareOptions
from wirediff.core.result import Comparison, OpKind, RowKind, Span
from wirediff.core.tokens import count_words, scan


@dataclass
class VerseScore:
    aligned: int = 0
    correct: int = 0
    total: int = 0

    def add(self, other: VerseScore) -> None:
        self.aligned += other.aligned
        self.correct += other.correct
        self.total += other.total

    @property
    def accuracy(self) -> float:
        return self.correct / self.aligned if self.aligned else 0.0

    @property
    def coverage(self) -> float:
        return self.aligned / self.total if self.total else 0.0


@dataclass
class DiffSize:
    changed: int = 0
    hunks: int = 0
    stops: int = 0  # wirediff only: changes to step through (hunks cut at row ends)
    pairs: int = 0

    def add(self, changed: int, hunks: int, stops: int = 0) -> None:
        self.changed += changed
        self.hunks += hunks
        self.stops += stops
        self.pairs += 1


class _Verses:
    """The verses of one side's characters, and of the text around a position."""

    def __init__(self, text: str, verses: list[int]) -> None:
        self.text = text
        self.verses = verses
        # Positions of the characters that count: in a verse, not white space.
        self.counted = [i for i, v in enumerate(verses) if v >= 0 and not text[i].isspace()]

    def of_span(self, span: Span) -> set[int]:
        lo = bisect.bisect_left(self.counted, span.start)
        hi = bisect.bisect_left(self.counted, span.end)
        if lo < hi:
            return {self.verses[i] for i in self.counted[lo:hi]}
        # An empty span (or one of white space only): what stands on either side of it.
        around = self.counted[max(0, lo - 1) : lo + 1]
        return {self.verses[i] for i in around}

    def chars(self, span: Span) -> list[int]:
        lo = bisect.bisect_left(self.counted, span.start)
        hi = bisect.bisect_left(self.counted, span.end)
        return [self.verses[i] for i in self.counted[lo:hi]]


def verse_score(result: Comparison, left_verses: list[int], right_verses: list[int]) -> VerseScore:
    """How much of each text the comparison aligns, and how much of that with its own verse."""
    sides = (_Verses(result.left_text, left_verses), _Verses(result.right_text, right_verses))
    score = VerseScore(total=len(sides[0].counted) + len(sides[1].counted))
    for row in result.rows:
        if row.kind is RowKind.MOVED:
            if row.left is None:
                continue  # counted once, at its left place
        elif row.left is None or row.right is None:
            continue  # deleted or inserted only: not aligned
        for op in row.ops:
            spans = (op.left, op.right)
            for s in (0, 1):
                here = sides[s].chars(spans[s])
                if not here:
                    continue
                there = sides[1 - s].of_span(spans[1 - s])
                score.aligned += len(here)
                score.correct += sum(1 for v in here if v in there)
    return score


def _visible(text: str, span: Span) -> bool:
    return not text[span.start : span.end].isspace() and span.start < span.end


def wirediff_size(result: Comparison) -> tuple[int, int, int]:
    """Changed words, hunks and changes (navigation stops) of a comparison.

    A hunk is a stretch of changed text with matched text before and after it: changes in
    consecutive rows with nothing matched between them are one hunk, as they are one opcode
    of a flat diff. A moved unit is one hunk (at its left place) and counts as matched text
    between the changes around it.
    """
    s = result.stats
    moved_matched = sum(
        count_words(result.left_text[op.left.start : op.left.end])
        for row in result.rows
        if row.kind is RowKind.MOVED and row.left is not None
        for op in row.ops
        if op.kind is OpKind.EQUAL
    )
    changed = s.left_words + s.right_words - 2 * s.matched_words + moved_matched
    hunks = 0
    in_hunk = False
    for row in result.rows:
        if row.kind is RowKind.MOVED:
            hunks += row.left is not None
            in_hunk = False
            continue
        for op in row.ops:
            if op.kind is not OpKind.EQUAL:
                hunks += not in_hunk
                in_hunk = True
            elif _visible(result.left_text, op.left) or _visible(result.right_text, op.right):
                in_hunk = False  # matched text (not only white space) ends a hunk
    return changed, hunks, len(result.changes) - s.units_moved


def flat_size(left: str, right: str, options: CompareOptions) -> tuple[int, int]:
    """Changed words and hunks of flat ``SequenceMatcher(autojunk=False)`` on the same keys."""
    a, b = scan(left, options), scan(right, options)
    changed = hunks = 0
    matcher = SequenceMatcher(None, a.keys, b.keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            hunks += 1
            changed += sum(a.words[i1:i2]) + sum(b.words[j1:j2])
    return changed, hunks


# Markers dwdiff puts around deleted and inserted text: control characters no text here has.
_DW = ("\x01", "\x02", "\x03", "\x04")
_DW_MARKED = re.compile("\x01(.*?)\x02|\x03(.*?)\x04", re.DOTALL)


def external_tools() -> dict[str, str]:
    """The external word diffs installed here: name -> executable."""
    found = {}
    for name in ("dwdiff", "git"):
        path = shutil.which(name)
        if path:
            found[name] = path
    return found


class External:
    """Runs the external word diffs on pairs written to a scratch folder."""

    def __init__(self, tools: dict[str, str]) -> None:
        self.tools = tools
        self._dir = tempfile.TemporaryDirectory(prefix="bench-align-")
        folder = Path(self._dir.name)
        self.paths = (folder / "a.txt", folder / "b.txt")

    def close(self) -> None:
        self._dir.cleanup()

    def sizes(self, left: str, right: str) -> dict[str, tuple[int, int]]:
        self.paths[0].write_text(left, encoding="utf-8")
        self.paths[1].write_text(right, encoding="utf-8")
        out = {}
        if "dwdiff" in self.tools:
            out["dwdiff"] = self._dwdiff()
        if "git" in self.tools:
            out["git"] = self._git()
        return out

    def _run(self, args: list[str]) -> str:
        done = subprocess.run(args, capture_output=True, check=False, timeout=120)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{args[0]} failed: {done.stderr.decode(errors='replace')}")
        return done.stdout.decode("utf-8", errors="replace")

    def _dwdiff(self) -> tuple[int, int]:
        start_del, stop_del, start_ins, stop_ins = _DW
        out = self._run(
            [
                self.tools["dwdiff"],
                f"--start-delete={start_del}",
                f"--stop-delete={stop_del}",
                f"--start-insert={start_ins}",
                f"--stop-insert={stop_ins}",
                str(self.paths[0]),
                str(self.paths[1]),
            ]
        )
        changed = hunks = 0
        last = -1
        for m in _DW_MARKED.finditer(out):
            if last < 0 or out[last : m.start()].strip():
                hunks += 1  # a change not directly after the previous one
            changed += count_words(m.group(1) or m.group(2) or "")
            last = m.end()
        return changed, hunks

    def _git(self) -> tuple[int, int]:
        out = self._run(
            [
                self.tools["git"],
                "-c",
                "core.quotepath=off",
                "diff",
                "--no-index",
                "--no-color",
                "--no-ext-diff",
                "--word-diff=porcelain",
                str(self.paths[0]),
                str(self.paths[1]),
            ]
        )
        changed = hunks = 0
        in_hunk = False
        started = False
        for line in out.split("\n"):
            if line.startswith("@@"):
                started, in_hunk = True, False
                continue
            if not started or not line:
                continue
            if line[0] in "-+":
                if not in_hunk:
                    hunks += 1
                in_hunk = True
                changed += count_words(line[1:])
            elif line[0] == " " and line[1:].strip():  # common text ends a hunk
                in_hunk = False  # ("~" is a line break, white space like any other)
        return changed, hunks
