"""Evidence of text reuse between two documents: reused phrases, sentences, names, order.

``measure(a, b)`` gives, for each side, the share of its words in runs of 3+ words also
found in the other (*phrases*), the share of its sentences that the aligned diff
(``wirediff.core.compare``) pairs with a sentence of the other (*aligned*) and the share it
keeps nearly word for word (*kept*); for the pair, the share of names and numbers they
share and whether the reused runs come in the same order. ``phrase_shares`` is the cheap
part alone (no diff), used to pick the pairs worth a diff.

Texts are split into one sentence per line before the diff (the engine's own sentences,
``segments.units``: its stops of every script, ``۔`` with no space after it, datelines), so
that every row of the alignment is a sentence even where a paragraph is one long line.
Words are the engine's comparison keys with case, typography and Arabic-script letter
variants folded (``tokens.fold_key``): the same Urdu word typed on an Arabic keyboard is
the same word.

``PhraseCounts`` says how many stories of a folder hold each 3-word run, so that the runs
two texts share can be told apart: their own (found in no other story: reuse) from the
folder's common phrases (set phrases and templates every report of the kind uses).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import compress, count
from typing import TYPE_CHECKING

from wirediff.core.cancel import checker
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.quoting import Figures, figure_changes
from wirediff.core.renames import name_changes
from wirediff.core.requotes import Quote, Whole, quote_changes, whole_quotes
from wirediff.core.result import Comparison, OpKind, RowKind
from wirediff.core.scripts import UNSPACED, writing
from wirediff.core.segments import paragraph_spans, units
from wirediff.core.stories.events import story_terms, term_sequence
from wirediff.core.stories.features import fold_text, words_of
from wirediff.core.tokens import fold_key, scan

if TYPE_CHECKING:
    from wirediff.core.stories.gramcounts import GramCounts

Gram = tuple[str, ...]

# Case, punctuation and typography are not what reuse is about. The engine's lenient
# re-pairing of sentences left at the same place (rewrites, paired on a few shared words) is
# off: a sentence counts as aligned evidence on its own words.
EVIDENCE_OPTIONS = CompareOptions(
    ignore_case=True,
    ignore_punctuation=True,
    rewrite_min_weighted_dice=1.0,
    # The diff the derivation thresholds were calibrated on: with the display's newer
    # clean-ups, COUNTER's labelled precision fell to 0.937 (0.923 on a half: more ND
    # pairs with sentences kept) and the Bible's YLT joined the KJV's story.
    island_fold_grown=True,
    join_respaced=False,
)
_SEGMENT_OPTIONS = CompareOptions(ignore_case=True)
# The keys of words: case, typography and Arabic-script letter variants folded.
KEY_OPTIONS = CompareOptions(ignore_case=True, ignore_punctuation=True)
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
    # share of the longer side's terms (names, numbers, content words) that both texts hold
    # in the same order (a longest common subsequence): a paraphrase follows its source
    terms: float = 0.0
    # the figures the aligned sentences change (("60", "62"), each replacement) and how
    # many: a copy correcting a figure is an edited version
    figures: tuple[Figures, ...] = ()
    figures_changed: int = 0
    # words changed inside the sentences paired (a replacement counts its longer side): a
    # copy's "kept nearly word for word" hid an inserted "reportedly" from a standards editor
    words_changed: int = 0
    # the names the aligned sentences change (("Alexiou", "Andreou"): ``renames``): a wire's
    # corrected take was about a minister's name, said nowhere
    renamed: tuple[Figures, ...] = ()
    # the quotations whose words the aligned sentences change (``requotes``)
    requoted: tuple[Quote, ...] = ()
    # the quotations of side ``a`` cut whole, and of side ``b`` added whole, with their
    # sentences (``whole_quotes``): the banner named a senator's quote cut, the list's
    # tooltip and ``wirediff stories`` did not (a Wikipedia editor's walkthrough)
    whole: tuple[tuple[Whole, ...], tuple[Whole, ...]] = ((), ())

    def shorter(self) -> Side:
        """The side with fewer words (a trimmed copy is judged by what it kept); of two as
        long, the one that kept more, so that the pair is judged the same either way."""
        a, b = self.a, self.b
        if a.words != b.words:
            return a if a.words < b.words else b
        return a if (a.kept, a.aligned, a.phrases) >= (b.kept, b.aligned, b.phrases) else b

    def longer(self) -> Side:
        return self.b if self.shorter() is self.a else self.a

    def swapped(self) -> Evidence:
        flipped = tuple((new, old) for old, new in self.figures)
        return Evidence(
            self.b,
            self.a,
            self.names,
            self.order,
            self.terms,
            flipped,
            self.figures_changed,
            self.words_changed,
            tuple((new, old) for old, new in self.renamed),
            tuple((new, old) for old, new in self.requoted),
            (self.whole[1], self.whole[0]),
        )


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as the aligned diff cuts them (``segments.units``), each
    on one line (the line breaks of a hard-wrapped paragraph become spaces)."""
    tokens = scan(text, _SEGMENT_OPTIONS)  # punctuation kept: a sentence keeps its stop
    found = units(text, tokens, paragraph_spans(text, EVIDENCE_OPTIONS), options=EVIDENCE_OPTIONS)
    starts, ends = tokens.starts, tokens.ends
    return [_one_line(text[starts[u.lo] : ends[u.hi - 1]]) for u in found if u.hi > u.lo]


_SPACES = re.compile(r"\s+")


def _one_line(sentence: str) -> str:
    """A sentence's white space made one space, a table's cells still a tab apart: a row
    "Norvège \t2 400 \t2 100" run into "Norvège 2 400 2 100" had its figures read "2",
    "400 2", "100", and the relation said "figures changed: 100 → 150" (a translation
    reviser's French table)."""
    return _SPACES.sub(lambda m: "\t" if "\t" in m[0] else " ", sentence.strip())


def word_keys_of(text: str) -> list[str]:
    """The words of ``text`` as the diff compares them (``KEY_OPTIONS``)."""
    words = words_of(fold_text(text))  # case, NFC and typography folded at once
    if text.isascii():
        return words
    folded: dict[str, str] = {}  # Arabic-script letters, word by word (a word repeats)

    def fold(word: str) -> str:
        key = folded.get(word)
        if key is None:
            key = folded[word] = fold_key(word, KEY_OPTIONS)
        return key

    return [w if w.isascii() else fold(w) for w in words]


def grams(keys: Sequence[str], k: int) -> set[Gram]:
    """Every run of ``k`` consecutive words."""
    return set(zip(*(keys[i:] for i in range(k)), strict=False))


_MEMO_MAX = 2_000_000  # runs whose counts ``PhraseCounts`` remembers (~0.2 GB at most)


class PhraseCounts:
    """How many groups of documents (the stories found so far) hold each run of words.

    Built from each group's runs (``groups``: per group, the run sets of its documents).
    A run two texts share is *their own* when no group but theirs (or only a few) holds it:
    a set phrase of the language or a template of the beat ("won the toss and elected to
    bat") is held by many stories, a sentence taken from one text by only that story and its
    rewrite.
    """

    def __init__(self, groups: Iterable[Iterable[set[Gram]]], compact: bool = False) -> None:
        """``compact``: keep the table in NumPy (``gramcounts``), the same counts in a tenth
        of the memory (the grouping's fast path; the path of before keeps a Counter)."""
        self.holders: Counter[Gram] = Counter()
        self._compact: GramCounts | None = None
        self._memo: dict[Gram, int] = {}  # (``_counts``)
        if compact:
            from wirediff.core.stories.gramcounts import GramCounts

            built = GramCounts.build(groups)
            if isinstance(built, GramCounts):
                self._compact = built
                return
            groups = [[runs] for runs in built]
        for members in groups:
            held: set[Gram] = set()
            for runs in members:
                held |= runs
            self.holders.update(held)

    def _counts(self, shared: set[Gram]) -> list[int]:
        """The compact table's counts of ``shared``, remembered run by run (a beat's
        template is shared by thousands of pairs: 4.7 million runs looked up one pair at a
        time took a fifth of a wire desk's grouping), up to ``_MEMO_MAX`` runs."""
        assert self._compact is not None
        memo = self._memo
        missing = [g for g in shared if g not in memo]
        fresh = dict(zip(missing, self._compact.holders(missing), strict=True)) if missing else {}
        if fresh and len(memo) < _MEMO_MAX:
            memo.update(fresh)
        return [fresh[g] if g in fresh else memo[g] for g in shared]

    def own_share(self, shared: set[Gram], max_others: int) -> float:
        """Share of ``shared`` (runs two documents of two groups share) held by at most
        ``max_others`` groups besides those two; 0 when nothing is shared."""
        if not shared:
            return 0.0
        limit = max_others + 2
        if self._compact is not None:
            return sum(1 for n in self._counts(shared) if n <= limit) / len(shared)
        holders = self.holders
        return sum(1 for g in shared if holders[g] <= limit) / len(shared)


def _covered(keys: Sequence[str], other: AbstractSet[Gram], k: int) -> list[int]:
    """Start positions of the maximal runs of ``keys`` made of k-grams found in ``other``;
    returned with the number of words they cover as the last item."""
    return covered_runs(zip(*(keys[j:] for j in range(k)), strict=False), other, k)


def covered_runs(runs: Iterable[Gram], other: AbstractSet[Gram], k: int) -> list[int]:
    """``_covered`` of a text given as its k-grams in order (``runs``; made once for a
    document measured against many: ``rewrites.Texts``). The runs found are picked in C
    and only they walked: a 500,000-word text, weighed against each of hundreds of reports
    sharing a few of its phrases, was walked run by run for each (a media-monitoring
    analyst's walkthrough)."""
    return covered_at(compress(count(), map(other.__contains__, runs)), k)


def covered_at(places: Iterable[int], k: int) -> list[int]:
    """``covered_runs`` of the runs found given by their places, in increasing order
    (``RunPlaces.of``)."""
    covered_until = 0
    words = 0
    starts: list[int] = []
    for i in places:
        if i >= covered_until:
            starts.append(i)
            words += k
        else:
            words += i + k - covered_until
        covered_until = i + k
    starts.append(words)
    return starts


class RunPlaces:
    """Where each run of words of a text stands, for a long text weighed against many:
    the places of the few runs a pair shares are looked up, where ``covered_runs`` walks
    all the text's runs for each pair (a one-line file of 100,000 words, weighed against
    each of hundreds of reports sharing a sentence with it, was walked whole for each: a
    media-monitoring analyst's walkthrough)."""

    __slots__ = ("_first", "_more")

    def __init__(self, runs: Iterable[Gram]) -> None:
        first: dict[Gram, int] = {}
        more: dict[Gram, list[int]] = {}  # (a run's later places: few in a text)
        for i, run in enumerate(runs):
            if first.setdefault(run, i) != i:
                more.setdefault(run, []).append(i)
        self._first, self._more = first, more

    def of(self, found: Collection[Gram]) -> list[int]:
        """The places of the runs ``found`` (each one of the text's), in increasing order."""
        first, more = self._first, self._more
        places = [first[run] for run in found]
        if more:
            for run in found:
                places.extend(more.get(run, ()))
        places.sort()
        return places


def phrase_shares(
    a: Sequence[str],
    b: Sequence[str],
    k: int = 3,
    runs: tuple[AbstractSet[Gram], AbstractSet[Gram]] | None = None,
) -> tuple[float, float]:
    """Share of ``a``'s and of ``b``'s words in runs of ``k``+ words found in the other
    (``runs``: their ``k``-word runs as sets, when already made). A text of fewer than
    ``k`` words counts as one run: two identical two-word headlines are a copy."""
    if len(a) < k or len(b) < k:
        k = min(len(a), len(b))
        if not k:
            return 0.0, 0.0
        runs = None
    ga, gb = runs or (grams(a, k), grams(b, k))
    return _covered(a, gb, k)[-1] / len(a), _covered(b, ga, k)[-1] / len(b)


def _order(a: Sequence[str], first: dict[Gram, int], k: int) -> float:
    """Share of ``a``'s reused runs whose place in the other text follows the previous
    run's place (longest increasing subsequence of their first places there: ``first``,
    the other's runs, ``Reading.runs``)."""
    starts = _covered(a, first.keys(), k)[:-1]
    if not starts:
        return 1.0
    tails: list[int] = []
    for start in starts:
        pos = first[tuple(a[start : start + k])]
        at = bisect_left(tails, pos)
        tails[at : at + 1] = [pos]
    return len(tails) / len(starts)


def _names(a: set[str], b: set[str]) -> float:
    """Share of the names and numbers (``Reading.names``) of the side with fewer that the
    other has too."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


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


def measure(
    a: str,
    b: str,
    *,
    run_min_words: int = 3,
    kept_min_equal: float = 0.7,
    should_cancel: Callable[[], bool] | None = None,
) -> Evidence:
    """The reuse evidence between texts ``a`` and ``b`` (boilerplate already taken out).

    ``run_min_words`` is the shortest run of words that counts as a reused phrase;
    a sentence counts as kept when at least ``kept_min_equal`` of its words are equal to
    the sentence it is aligned with. ``Cancelled`` is raised between the measures (and
    inside the aligned diff) once ``should_cancel()`` returns True: two long texts take
    seconds, and a closing window or a newer selection should not wait for them.
    """
    return measure_read(
        Reading(a),
        Reading(b),
        run_min_words=run_min_words,
        kept_min_equal=kept_min_equal,
        should_cancel=should_cancel,
    )


class Reading:
    """What ``measure`` reads of one text alone, each part made when first asked and then
    kept: its words' keys, its sentences, its script, its terms in order, its names and
    numbers, its runs of words. A story's base is measured against each of its versions
    (``relation.derivations``): read again for each pair, a base of 50 versions was cut
    into its sentences, and its script and terms told, 50 times — a one-line base of
    30,000 words among them in a month's ``wirediff stories`` (a media-monitoring analyst's
    walkthrough). The answers are those of a text read for each pair."""

    __slots__ = ("_keys", "_lines", "_names", "_runs", "_script", "_terms", "text")

    def __init__(self, text: str, keys: list[str] | None = None) -> None:
        """``keys``: the text's ``word_keys_of``, when the caller has them already."""
        self.text = text
        self._keys: list[str] | None = keys
        self._lines: str | None = None
        self._script: str | None = None
        self._terms: list[str] | None = None
        self._names: set[str] | None = None
        self._runs: dict[int, dict[Gram, int]] = {}

    def keys(self) -> list[str]:
        """The text's words as the diff compares them (``word_keys_of``)."""
        if self._keys is None:
            self._keys = word_keys_of(self.text)
        return self._keys

    def lines(self) -> str:
        """The text's sentences, one a line (``sentences``): what the aligned diff reads."""
        if self._lines is None:
            self._lines = "\n".join(sentences(self.text))
        return self._lines

    def script(self) -> str:
        """The script most letters of its opening are in (``scripts.writing``)."""
        if self._script is None:
            self._script = writing(self.text)
        return self._script

    def terms(self) -> list[str]:
        """Its terms in text order (``events.term_sequence``)."""
        if self._terms is None:
            self._terms = term_sequence(self.text)
        return self._terms

    def names(self) -> set[str]:
        """Its names and numbers (``events.story_terms``)."""
        if self._names is None:
            self._names = story_terms(self.text, [(0, len(self.text))])[1]
        return self._names

    def runs(self, k: int) -> dict[Gram, int]:
        """Its runs of ``k`` words, each at its first place in the text (a dict's order:
        the text's)."""
        found = self._runs.get(k)
        if found is None:
            found = self._runs[k] = _first_places(self.keys(), k)
        return found


def _first_places(keys: Sequence[str], k: int) -> dict[Gram, int]:
    """Each run of ``k`` consecutive words of ``keys`` at its first start."""
    first: dict[Gram, int] = {}
    for i, gram in enumerate(zip(*(keys[j:] for j in range(k)), strict=False)):
        first.setdefault(gram, i)
    return first


def measure_read(
    a: Reading,
    b: Reading,
    *,
    run_min_words: int = 3,
    kept_min_equal: float = 0.7,
    should_cancel: Callable[[], bool] | None = None,
) -> Evidence:
    """``measure`` of two texts as read (``Reading``: what one text alone gives is made
    once for all the pairs it is in); the same evidence, the same checks."""
    check = checker(should_cancel)
    k = run_min_words
    ka = a.keys()
    check()
    kb = b.keys()
    check()
    pa, pb = phrase_shares(ka, kb, k, (a.runs(k).keys(), b.runs(k).keys()))
    check()
    diff, (al, kl), (ar, kr) = _aligned(a, b, kept_min_equal, should_cancel)
    # Measured from the shorter side; of two as long, from the first in text order (the
    # same pair either way round).
    from_a = (len(ka), ka) <= (len(kb), kb)
    order = _order(ka, b.runs(k), k) if from_a else _order(kb, a.runs(k), k)
    check()
    terms = _terms_in_order(a, b)
    sides = Side(len(ka), pa, al, kl), Side(len(kb), pb, ar, kr)
    figures = figure_changes(diff)
    changed = _words_changed(diff)
    renamed = tuple(name_changes(diff))
    requoted = tuple(quote_changes(diff))
    removed, added = whole_quotes(diff)
    names = _names(a.names(), b.names())
    return Evidence(
        *sides,
        names,
        order,
        terms,
        tuple(figures),
        len(figures),
        changed,
        renamed,
        requoted,
        (tuple(removed), tuple(added)),
    )


def _aligned(
    a: Reading, b: Reading, kept_min_equal: float, should_cancel: Callable[[], bool] | None
) -> tuple[Comparison, tuple[float, float], tuple[float, float]]:
    """The aligned diff of two texts read, and each side's sentences aligned and kept
    (``_sentence_shares``). ``Cancelled`` between the steps."""
    check = checker(should_cancel)
    left = a.lines()
    check()
    right = b.lines()
    check()
    diff = compare(left, right, EVIDENCE_OPTIONS, should_cancel=should_cancel)
    left_shares, right_shares = _sentence_shares(diff, kept_min_equal)
    check()
    return diff, left_shares, right_shares


def _terms_in_order(a: Reading, b: Reading) -> float:
    """The terms both hold in the same order, where their scripts tell terms apart."""
    return ordered_terms(a.terms(), b.terms()) if scripts_tell(a.script(), b.script()) else 0.0


def level_evidence(
    a: Reading,
    b: Reading,
    phrases: tuple[float, float],
    *,
    kept_min_equal: float = 0.7,
    should_cancel: Callable[[], bool] | None = None,
) -> Evidence:
    """What ``derivation.classify`` reads of a pair, no more: each side's words, reused
    phrases (``phrases``: a's and b's shares, already counted, ``phrase_shares``),
    sentences aligned and kept (the aligned diff) and the terms in order. Not what the
    aligned sentences change (figures, words, names, quotations), the names both hold or
    the order of the runs: a full ``measure_read`` told them for each of the 500,000
    candidate rewrites of a 20,000-file day, two thirds of its time, and ``classify``
    looks at the figures and words changed only to tell a copy from an edited version
    (both a version). Left at nothing here, so ``classify`` of this says *copy* where
    the full evidence says copy or edited, and the same level otherwise. ``Cancelled`` as
    for ``measure``."""
    _diff, (al, kl), (ar, kr) = _aligned(a, b, kept_min_equal, should_cancel)
    terms = _terms_in_order(a, b)
    pa, pb = phrases
    return Evidence(
        Side(len(a.keys()), pa, al, kl), Side(len(b.keys()), pb, ar, kr), 0.0, 0.0, terms
    )


def _words_changed(diff: Comparison) -> int:
    """The words changed inside paired sentences (``Evidence.words_changed``), a moved
    one's too, at its left place (a sentence moved with "reportedly" put in was none)."""
    texts = diff.left_text, diff.right_text
    changed = 0
    for row in diff.rows:
        moved = row.kind is RowKind.MOVED and row.left is not None
        if not (row.kind is RowKind.CHANGED or moved):
            continue
        if not any(o.kind in _PAIRED for o in row.ops):
            continue
        for op in row.ops:
            if op.kind is not _SAME:
                changed += max(
                    len(words_of(text[span.start : span.end]))
                    for text, span in zip(texts, (op.left, op.right), strict=True)
                )
    return changed


def terms_tell(a: str, b: str) -> bool:
    """Whether terms in order can tell that ``b`` follows ``a`` in other words: both written
    in one script (``scripts.writing``), one that spaces its words. Chinese, Japanese and
    Thai write none: their terms are the figures and Latin names alone, which a report in
    another language, or another report of the event, holds in the same order (a Thai
    agency's story read as "Rewrite of Kyodo's story in other words: 38% …" and Xinhua's,
    Kyodo's and the Thai agency's stories were one)."""
    return scripts_tell(writing(a), writing(b))


def scripts_tell(a: str, b: str) -> bool:
    """``terms_tell`` of two texts written in scripts ``a`` and ``b`` (``writing``)."""
    return bool(a) and a not in UNSPACED and a == b


def ordered_terms(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the longer sequence's terms in a longest common subsequence of the two.

    A paraphrase keeps its source's names, numbers and content words in its source's order
    (it follows the source sentence by sentence); an independent report of the same news
    holds many of the same terms but selects and orders them its own way. Counted over the
    longer text, so a short text does not score high by holding a few common terms. The
    subsequence is found as a longest increasing run of match positions (Hunt-Szymanski),
    which is quick when the two share few terms."""
    longest = max(len(a), len(b))
    if not longest:
        return 0.0
    shared = _bounded(Counter(a), Counter(b))
    at: dict[str, list[int]] = {}
    for i, term in enumerate(b):
        if term in shared:
            at.setdefault(term, []).append(i)
    tails: list[int] = []
    for term in a:
        for pos in reversed(at.get(term, ())):
            k = bisect_left(tails, pos)
            if k == len(tails):
                tails.append(pos)
            else:
                tails[k] = pos
    return len(tails) / longest


# Matches (a term of one text against an occurrence in the other) the subsequence may
# look at: a news article has a few thousand. Two megabyte texts of a few words repeated
# had 10^11, and a measure that ran for hours kept the app from closing.
ORDERED_TERMS_MAX_MATCHES = 2_000_000


def _bounded(in_a: Counter[str], in_b: Counter[str]) -> set[str]:
    """The terms both hold, the most repeated left out until their matches are within
    ``ORDERED_TERMS_MAX_MATCHES`` (they carry the least about order)."""
    cost = {t: n * in_b[t] for t, n in in_a.items() if t in in_b}
    total = sum(cost.values())
    for term in sorted(cost, key=cost.__getitem__, reverse=True):
        if total <= ORDERED_TERMS_MAX_MATCHES:
            break
        total -= cost.pop(term)
    return set(cost)
