"""Rewrites: candidate pairs that share too little text for a copy link, measured closely.

A newspaper that rewrites a wire story keeps some of its sentences and phrases and writes the
rest anew: too few shared 5-word shingles for the copy link, too many to be chance. Such
pairs (found in the same shingle index, never all pairs) are first screened by the share of
their words in reused runs of 3+ words (cheap), and only then measured with the aligned diff
(``evidence.measure``) and classified (``derivation.classify``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

from wirediff.core.document import Document
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.candidates import Edge
from wirediff.core.stories.cluster import Groups, spread
from wirediff.core.stories.derivation import classify
from wirediff.core.stories.evidence import (
    Evidence,
    grams,
    measure,
    phrase_shares,
    word_keys_of,
)
from wirediff.core.stories.options import StoryOptions


class Texts:
    """Documents' texts without their navigation cruft and repeated lines, and their words
    (made on demand and cached: only documents of candidate pairs are ever made).

    Short lines recurring across the folder stay: before the stories are known they may be
    an outlet's tagline or a story's own lines (its title, a list), and the evidence of a
    pair is about the text of both."""

    def __init__(
        self,
        documents: Sequence[Document],
        lines: Sequence[bp.DocLines],
        options: StoryOptions,
        copy_link: Callable[[int, int], float],
    ) -> None:
        self.documents = documents
        self.lines = lines
        self.options = options
        self.copy_link = copy_link
        self._derived: dict[tuple[int, int], bool] = {}
        self._grams: dict[int, set[tuple[str, ...]]] = {}
        self._text: dict[int, str] = {}
        self._keys: dict[int, list[str]] = {}
        self._phrases: dict[tuple[int, int], tuple[float, float]] = {}

    def text(self, doc: int) -> str:
        found = self._text.get(doc)
        if found is None:
            lines, text = self.lines[doc], self.documents[doc].text
            skip = lines.local  # cruft and repeats: what a story's own short lines are
            kept = [text[s : lines.ends[i]] for i, s in enumerate(lines.starts) if i not in skip]
            found = self._text[doc] = "\n".join(kept)
        return found

    def keys(self, doc: int) -> list[str]:
        found = self._keys.get(doc)
        if found is None:
            found = self._keys[doc] = word_keys_of(self.text(doc))
        return found

    def phrases(self, a: int, b: int) -> tuple[float, float]:
        """Share of a's and of b's words in reused runs (``run_min_words``+ words)."""
        if a > b:
            pb, pa = self.phrases(b, a)
            return pa, pb
        found = self._phrases.get((a, b))
        if found is None:
            k = self.options.run_min_words
            found = self._phrases[a, b] = phrase_shares(self.keys(a), self.keys(b), k)
        return found

    def evidence(self, a: int, b: int) -> Evidence:
        """The reuse evidence of a pair (the aligned diff: a few milliseconds)."""
        options = self.options
        return measure(
            self.text(a),
            self.text(b),
            run_min_words=options.run_min_words,
            kept_min_equal=options.kept_min_equal,
        )

    def derived(self, a: int, b: int) -> bool:
        """Whether one of the two is derived from the other: the copy link, or reused
        phrases enough for some derived level and then the evidence's verdict."""
        key = (a, b) if a < b else (b, a)
        found = self._derived.get(key)
        if found is None:
            options = self.options
            if self.copy_link(a, b) >= options.link_min_containment:
                found = True
            elif max(self.phrases(a, b)) < options.rewrite_min_phrases:
                found = False  # no derived level is possible with so few reused phrases
            else:
                found = classify(self.evidence(a, b), options).derived
            self._derived[key] = found
        return found

    def grams(self, doc: int) -> set[tuple[str, ...]]:
        found = self._grams.get(doc)
        if found is None:
            found = self._grams[doc] = grams(self.keys(doc), self.options.run_min_words)
        return found

    def bridged(self, a: int, b: int, group: Sequence[int]) -> bool:
        """Whether the phrases ``a`` shares with ``b`` are mostly its group's own text
        (found in another member); True when ``a`` is alone."""
        others = [x for x in spread(group, self.options.guard_sample + 1) if x != a]
        if not others:
            return True
        shared = self.grams(a) & self.grams(b)
        found = sum(1 for g in shared if any(g in self.grams(x) for x in others))
        return found > 0 and found >= self.options.rewrite_bridge_min * len(shared)


def rewrite_min_shared(options: StoryOptions, rate: int) -> int:
    """The fewest indexed shingles a candidate rewrite shares (scaled down when sampling)."""
    return max(2, math.ceil(options.rewrite_min_shared / rate))


def rewrite_candidates(
    counts: Counter[tuple[int, int]], sizes: Sequence[int], options: StoryOptions, rate: int
) -> list[tuple[int, int]]:
    """Pairs sharing enough shingles to be worth a look, but too few for the copy link."""
    min_shared = rewrite_min_shared(options, rate)
    out = []
    for (a, b), shared in counts.items():
        if shared >= min_shared and shared / min(sizes[a], sizes[b]) < options.link_min_containment:
            out.append((a, b))
    out.sort()
    return out


def rewrite_edges(
    pairs: Sequence[tuple[int, int]],
    texts: Texts,
    should_cancel: Callable[[], bool] | None = None,
) -> list[Edge]:
    """The candidate pairs with reused phrases enough for some derived level, most reused
    first (the aligned diff comes later, only for pairs that could still merge)."""
    edges: list[Edge] = []
    for n, (a, b) in enumerate(pairs):
        if should_cancel is not None and n % 64 == 0 and should_cancel():
            return []
        phrases = texts.phrases(a, b)
        if max(phrases) >= texts.options.rewrite_min_phrases:
            edges.append((min(phrases), a, b))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def merge_rewrites(
    groups: Groups,
    edges: Sequence[Edge],
    texts: Texts,
    options: StoryOptions,
    should_cancel: Callable[[], bool] | None = None,
) -> None:
    """Merge along the candidate edges whose pair is derived, guarded against chaining.

    Along the edge (a, b): on each side of several documents, the phrases a and b share
    must be mostly (``rewrite_bridge_min``) that group's own text, found in another of its
    members; and more than ``rewrite_guard_min`` of the pairs between a sample of both
    sides must be derived. A rewrite that quotes two stories shares one story's text with
    the other story, so it cannot join them; revisions of one article can. Stops early
    (merging no more) when ``should_cancel()`` returns True.
    """
    sample = options.guard_sample
    for n, (_strength, a, b) in enumerate(edges):
        if should_cancel is not None and n % 16 == 0 and should_cancel():
            return
        if groups.find(a) == groups.find(b):
            continue
        ga, gb = groups.group(a), groups.group(b)
        if not (texts.bridged(a, b, ga) and texts.bridged(b, a, gb)) or not texts.derived(a, b):
            continue
        xs, ys = spread(ga, sample), spread(gb, sample)
        derived = sum(texts.derived(x, y) for x in xs for y in ys)
        if derived > options.rewrite_guard_min * len(xs) * len(ys):
            groups.join(a, b)
