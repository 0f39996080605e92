"""Evidence of text reuse between two documents: reused phrases, sentences, names, order.

``measure(a, b)`` gives, for each side, the share of its words in runs of 3+ words also
found in the other (*phrases*), the share of its sentences that the aligned diff
(``wirediff.core.compare``) pairs with a sentence of the other (*aligned*) and the share it
keeps nearly word for word (*kept*); for the pair, the share of names and numbers they
share and whether the reused runs come in the same order. ``phrase_shares`` is the cheap
part alone (no diff), used to pick the pairs worth a diff.

Texts are split into one sentence per line before the diff, so that every row of the
alignment is a sentence even where the script's full stop has no space after it (Urdu
``۔``) or a paragraph is one long line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.result import Comparison, OpKind, RowKind
from wirediff.core.stories.events import story_terms
from wirediff.core.stories.features import fold_text, words_of

# Case, punctuation and typography are not what reuse is about. The engine's lenient
# re-pairing of sentences left at the same place (rewrites, paired on a few shared words) is
# off: a sentence counts as aligned evidence on its own words.
EVIDENCE_OPTIONS = CompareOptions(
    ignore_case=True, ignore_punctuation=True, rewrite_min_weighted_dice=1.0
)
# A sentence ends at . ! ? followed by white space, at the Urdu/Arabic full stop and
# question mark (often with no space after them), and at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[\u06d4\u061f])\s*|\n+")
_ALIGNED = (RowKind.EQUAL, RowKind.CHANGED, RowKind.MOVED)
_SAME = OpKind.EQUAL
_PAIRED = (OpKind.EQUAL, OpKind.REPLACE)


@dataclass(frozen=True, slots=True)
class Side:
    """What one document of a pair reuses from the other (shares are 0..1, by words)."""

    words: int  # words compared (boilerplate left out)
    phrases: float  # share of its words in runs of `run_min_words`+ words found in the other
    aligned: float  # share of its sentences paired with a sentence of the other
    kept: float  # share of its sentences kept nearly word for word


@dataclass(frozen=True, slots=True)
class Evidence:
    """Reuse between documents ``a`` and ``b``."""

    a: Side
    b: Side
    names: float  # share of the names and numbers (of the side with fewer) the other has too
    order: float  # share of the reused runs that come in the same order on both sides

    def shorter(self) -> Side:
        """The side with fewer words (a trimmed copy is judged by what it kept)."""
        return self.a if self.a.words <= self.b.words else self.b

    def longer(self) -> Side:
        return self.b if self.a.words <= self.b.words else self.a

    def swapped(self) -> Evidence:
        return Evidence(self.b, self.a, self.names, self.order)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped, empty ones left out."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def word_keys_of(text: str) -> list[str]:
    """The normalized words of ``text`` (as story shingles see them)."""
    return words_of(fold_text(text))


def grams(keys: Sequence[str], k: int) -> set[tuple[str, ...]]:
    """Every run of ``k`` consecutive words."""
    return set(zip(*(keys[i:] for i in range(k)), strict=False))


def _covered(keys: Sequence[str], other: set[tuple[str, ...]], k: int) -> list[int]:
    """Start positions of the maximal runs of ``keys`` made of k-grams found in ``other``;
    returned with the number of words they cover as the last item."""
    covered_until = 0
    count = 0
    starts: list[int] = []
    for i, gram in enumerate(zip(*(keys[j:] for j in range(k)), strict=False)):
        if gram in other:
            if i >= covered_until:
                starts.append(i)
                count += k
            else:
                count += i + k - covered_until
            covered_until = i + k
    starts.append(count)
    return starts


def phrase_shares(a: Sequence[str], b: Sequence[str], k: int = 3) -> tuple[float, float]:
    """Share of ``a``'s and of ``b``'s words in runs of ``k``+ words found in the other."""
    if len(a) < k or len(b) < k:
        return 0.0, 0.0
    ga, gb = grams(a, k), grams(b, k)
    return _covered(a, gb, k)[-1] / len(a), _covered(b, ga, k)[-1] / len(b)


def _order(a: Sequence[str], b: Sequence[str], k: int) -> float:
    """Share of ``a``'s reused runs whose place in ``b`` follows the previous run's place
    (longest increasing subsequence of their first positions in ``b``)."""
    first: dict[tuple[str, ...], int] = {}
    for i, gram in enumerate(zip(*(b[j:] for j in range(k)), strict=False)):
        first.setdefault(gram, i)
    starts = _covered(a, set(first), k)[:-1]
    if not starts:
        return 1.0
    tails: list[int] = []
    for start in starts:
        pos = first[tuple(a[start : start + k])]
        at = bisect_left(tails, pos)
        tails[at : at + 1] = [pos]
    return len(tails) / len(starts)


def _names(a_text: str, b_text: str) -> float:
    """Share of the names and numbers of the side with fewer that the other has too."""
    ea = story_terms(a_text, [(0, len(a_text))])[1]
    eb = story_terms(b_text, [(0, len(b_text))])[1]
    if not ea or not eb:
        return 0.0
    return len(ea & eb) / min(len(ea), len(eb))


def _sentence_shares(diff: Comparison, kept_min_equal: float) -> list[tuple[float, float]]:
    """Per side (left, right): the shares of its words in aligned and in kept sentences."""
    out = []
    for side in ("left", "right"):
        text = diff.left_text if side == "left" else diff.right_text
        total = aligned = kept = 0
        for row in diff.rows:
            span = row.span(side)
            if span is None:
                continue
            words = len(words_of(text[span.start : span.end]))
            total += words
            if row.kind not in _ALIGNED or not any(o.kind in _PAIRED for o in row.ops):
                continue  # (a deletion beside an insertion shares a row but pairs nothing)
            aligned += words
            same = words
            if row.kind is RowKind.CHANGED:
                equal = [o.left if side == "left" else o.right for o in row.ops if o.kind is _SAME]
                same = sum(len(words_of(text[r.start : r.end])) for r in equal)
            if words and same >= kept_min_equal * words:
                kept += words
        out.append((aligned / total if total else 0.0, kept / total if total else 0.0))
    return out


def measure(a: str, b: str, *, run_min_words: int = 3, kept_min_equal: float = 0.7) -> Evidence:
    """The reuse evidence between texts ``a`` and ``b`` (boilerplate already taken out).

    ``run_min_words`` is the shortest run of words that counts as a reused phrase;
    a sentence counts as kept when at least ``kept_min_equal`` of its words are equal to
    the sentence it is aligned with.
    """
    ka, kb = word_keys_of(a), word_keys_of(b)
    pa, pb = phrase_shares(ka, kb, run_min_words)
    diff = compare("\n".join(sentences(a)), "\n".join(sentences(b)), EVIDENCE_OPTIONS)
    (al, kl), (ar, kr) = _sentence_shares(diff, kept_min_equal)
    order = _order(ka, kb, run_min_words) if len(ka) <= len(kb) else _order(kb, ka, run_min_words)
    return Evidence(Side(len(ka), pa, al, kl), Side(len(kb), pb, ar, kr), _names(a, b), order)
