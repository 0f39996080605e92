"""Rewrites and chains: candidate pairs the copy links left in two stories, measured closely.

A newspaper that rewrites a wire story keeps some of its sentences and phrases and writes the
rest anew: too few shared 5-word shingles for the copy link, too many to be chance. A
revision far down a chain of edits shares little with the first version, and the copy
links' average-linkage guard keeps the two ends of the chain apart. Such pairs (found in the
same shingle index, never all pairs) are first screened by the share of their words in
reused runs of 3+ words (cheap), and only then measured with the aligned diff
(``evidence.measure``) and classified (``derivation.classify``).

Two stories then merge along a pair (``merge_rewrites``) when the phrases the pair shares are
its own, not the folder's common phrases (``PhraseCounts``), and are each story's own text
(``Texts.bridged``); along a copy or an edited version that is all (single linkage: a chain
of revisions holds together), along a rewrite more than half of the pairs between the two
stories must be derived too (average linkage).
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from wirediff.core.document import Document
from wirediff.core.reading.dates import header_day
from wirediff.core.reading.releases import is_release
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.candidates import Edge, pair_key
from wirediff.core.stories.cluster import Groups, ends_apart
from wirediff.core.stories.derivation import (
    Derivation,
    classify,
    days_apart,
    days_of_year_apart,
    mostly_derived,
)
from wirediff.core.stories.ends import footer_only
from wirediff.core.stories.evidence import (
    Evidence,
    Gram,
    PhraseCounts,
    Reading,
    RunPlaces,
    covered_at,
    covered_runs,
    level_evidence,
    measure_read,
    phrase_shares,
    word_keys_of,
)
from wirediff.core.stories.features import Shingles
from wirediff.core.stories.kinds import other_stories
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.quotes import quote_only

_T = TypeVar("_T")


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
        cache_max: int = 0,
        compact: bool = False,
        shingles: Sequence[Shingles] | None = None,
    ) -> None:
        """``compact``: count phrases in NumPy (``PhraseCounts``). ``cache_max`` > 0 keeps
        the texts, words and runs of at most that many documents (then starts again) with
        their words interned: for a pass that may touch most of a big folder once (the
        paraphrase pass), where caching every document costs gigabytes. The answers are the
        same."""
        self.documents = documents
        self.lines = lines
        self.options = options
        self.footer_only = footer_only(documents, lines, options)  # (``ends``)
        self.quote_only = quote_only(documents, lines, options)  # (``quotes``)
        # (one outlet's stories of other days or kinds, ``kinds``: not with no openings to
        # weigh)
        self.other_stories = (
            other_stories(documents, shingles, options) if shingles is not None else _never
        )
        self.copy_link = copy_link
        self.cache_max = cache_max
        self.compact = compact
        self._levels: dict[tuple[int, int], Derivation] = {}
        self._releases: dict[int, bool] = {}
        self._grams: dict[int, set[Gram]] = {}
        self._runs: dict[int, _Order] = {}  # the same runs in text order (``phrases``)
        self._text: dict[int, str] = {}
        self._keys: dict[int, list[str]] = {}
        self._phrases: dict[tuple[int, int], tuple[float, float]] = {}
        self._readings: dict[int, Reading] = {}

    def forget_bodies(self) -> None:
        """Lets go of the bodies' runs ``footer_only`` and ``quote_only`` keep, each
        document's: the links they test are weighed, and the rewrites' pass asks neither
        (each made again if asked)."""
        self.footer_only = footer_only(self.documents, self.lines, self.options)
        self.quote_only = quote_only(self.documents, self.lines, self.options)

    def text(self, doc: int) -> str:
        found = self._text.get(doc)
        if found is None:
            text = own_text(self.documents[doc].text, self.lines[doc])
            found = self._text[doc] = self._room(self._text, text)
        return found

    def _room(self, cache: dict[int, _T], value: _T) -> _T:
        """Clears ``cache`` when full (bounded caches only); gives back ``value``."""
        if self.cache_max and len(cache) >= self.cache_max:
            cache.clear()
        return value

    def keys(self, doc: int) -> list[str]:
        found = self._keys.get(doc)
        if found is None:
            words = word_keys_of(self.text(doc))
            if self.cache_max:  # one string per word, whatever document holds it
                words = list(map(sys.intern, words))
            found = self._keys[doc] = self._room(self._keys, words)
        return found

    def phrases(self, a: int, b: int) -> tuple[float, float]:
        """Share of a's and of b's words in reused runs (``run_min_words``+ words)."""
        if a > b:
            pb, pa = self.phrases(b, a)
            return pa, pb
        found = self._phrases.get((a, b))
        if found is None:
            k = self.options.run_min_words
            ka, kb = self.keys(a), self.keys(b)
            if len(ka) < k or len(kb) < k:  # (a text shorter than a run: one run)
                found = phrase_shares(ka, kb, k)
            else:  # (the runs both hold first: most candidates of a folder share few)
                (ga, ra), (gb, rb) = self._made(a), self._made(b)
                shared = ga & gb
                found = (
                    (_covered(ra, shared, k) / len(ka), _covered(rb, shared, k) / len(kb))
                    if shared
                    else (0.0, 0.0)
                )
            self._phrases[a, b] = found
        return found

    def reading(self, doc: int) -> Reading:
        """The document's text as the evidence reads it (``evidence.Reading``: its
        sentences, script and terms made once for all the pairs it is in). Read again for
        each pair, a document weighed against a hundred others was cut into its sentences
        a hundred times."""
        found = self._readings.get(doc)
        if found is None:
            reading = Reading(self.text(doc), self.keys(doc))
            found = self._readings[doc] = self._room(self._readings, reading)
        return found

    def evidence(self, a: int, b: int) -> Evidence:
        """The reuse evidence of a pair (the aligned diff: a few milliseconds)."""
        options = self.options
        return measure_read(
            self.reading(a),
            self.reading(b),
            run_min_words=options.run_min_words,
            kept_min_equal=options.kept_min_equal,
        )

    def level(self, a: int, b: int) -> Derivation:
        """How one of the two is derived from the other: a copy link (the shorter 35%+
        contained in the other) counts as a copy here, without a diff (copy or edited, it
        is a strong link); too few reused phrases for any derived level are independent;
        else the evidence says."""
        key = (a, b) if a < b else (b, a)
        found = self._levels.get(key)
        if found is None:
            options = self.options
            if self.copy_link(a, b) >= options.link_min_containment:
                found = Derivation.COPY
            elif max(self.phrases(a, b)) < options.rewrite_min_phrases:
                found = Derivation.INDEPENDENT
            else:
                found = self._classified(a, b)
            self._levels[key] = found
        return found

    def _classified(self, a: int, b: int) -> Derivation:
        """``classify`` of the pair's evidence: what it reads of it first
        (``level_evidence``), the full evidence only where that says *copy*, to tell a
        copy from an edited version (a figure or a word changed)."""
        options = self.options
        days, release = self.days(a, b), self.release(a, b)
        light = level_evidence(
            self.reading(a),
            self.reading(b),
            self.phrases(a, b),
            kept_min_equal=options.kept_min_equal,
        )
        found = classify(light, options, days, release)
        if found is Derivation.COPY:
            found = classify(self.evidence(a, b), options, days, release)
        return found

    def told(self, a: int, b: int) -> bool | None:
        """Whether the pair is derived (``derived``) when that is known without an
        aligned diff: measured already, a copy link, or too few reused phrases; None when
        only the diff can tell."""
        key = (a, b) if a < b else (b, a)
        found = self._levels.get(key)
        if found is not None:
            return found.derived
        if self.strong(a, b):
            return True
        if max(self.phrases(a, b)) < self.options.rewrite_min_phrases:
            return False
        return None

    def days(self, a: int, b: int) -> int | None:
        """How many days apart the two documents' dates are, or, undated, their datelines'
        days without a year at least (None: not both dated either way)."""
        found = days_apart(self.documents[a].published, self.documents[b].published)
        if found is None:
            found = days_of_year_apart(*(header_day(self.text(d)) for d in (a, b)))
        return found

    def release(self, a: int, b: int) -> bool:
        """Whether one of the two is a press release (``classify``'s ``release``; each
        document read once)."""
        for doc in (a, b):
            if doc not in self._releases:
                self._releases[doc] = is_release(self.documents[doc])
        return self._releases[a] or self._releases[b]

    def strong(self, a: int, b: int) -> bool:
        """Whether the pair has a copy link (the shorter 35%+ contained in the other)."""
        return self.copy_link(a, b) >= self.options.link_min_containment

    def linked_into(self, a: int, others: Sequence[int]) -> bool:
        """Whether ``a`` also shares text with ``others``, the members of the other group
        but the end of the link and its twins (a sample of them; ``chain_min_link`` of the
        shorter's shingles); True when there are none."""
        least = self.options.chain_min_link
        return not others or any(self.copy_link(a, x) >= least for x in others)

    def derived(self, a: int, b: int) -> bool:
        """Whether one of the two is derived from the other (copy, edited or rewrite)."""
        return self.level(a, b).derived

    def known(self) -> list[int]:
        """The documents whose words have been made so far (those of candidate pairs)."""
        return sorted(self._keys)

    def grams(self, doc: int) -> set[Gram]:
        """The document's runs of ``run_min_words`` words."""
        return self._made(doc)[0]

    def _made(self, doc: int) -> tuple[set[Gram], _Order]:
        """The document's runs, as a set and in text order (``phrases`` walks them), or, of
        a long text, by their places (``RunPlaces``: looked up, not walked)."""
        found = self._grams.get(doc)
        if found is None:
            keys, k = self.keys(doc), self.options.run_min_words
            runs = list(zip(*(keys[i:] for i in range(k)), strict=False))
            if self.cache_max and len(self._grams) >= self.cache_max:
                self._grams.clear()
                self._runs.clear()
            order: _Order = RunPlaces(runs) if len(runs) >= PLACED_MIN_RUNS else runs
            self._runs[doc] = order
            found = self._grams[doc] = set(runs)
            return found, order
        return found, self._runs[doc]

    def bridged(self, a: int, b: int, others: Sequence[int]) -> bool:
        """Whether the phrases ``a`` shares with ``b`` are mostly its group's own text
        (found in ``others``, its group's members but ``a`` and its twins); True when there
        are none."""
        if not others:
            return True
        shared = self.grams(a) & self.grams(b)
        held = set().union(*(self.grams(x) for x in others))
        found = len(shared & held)
        return found > 0 and found >= self.options.rewrite_bridge_min * len(shared)


# Runs of a text from which ``phrases`` looks up the places of the runs a pair shares
# (``RunPlaces``) rather than walk them all: some 20 news reports long. Walked, a run costs
# a lookup in C for each pair; placed, a look at each run once in Python, and some 60 bytes
# a run where the list of them took 8 (of a few long texts alone: a short text's runs stay
# a list). Either way the same shares.
PLACED_MIN_RUNS = 10_000
_Order = list[Gram] | RunPlaces  # a text's runs in text order, or by their places


def _covered(order: _Order, shared: set[Gram], k: int) -> int:
    """The words of a text (its runs, ``order``) in runs of ``k``+ words made of runs found
    in ``shared`` (each one of the text's)."""
    if isinstance(order, RunPlaces):
        return covered_at(order.of(shared), k)[-1]
    return covered_runs(order, shared, k)[-1]


def _never(_a: int, _b: int) -> bool:
    return False


def own_text(text: str, lines: bp.DocLines) -> str:
    """``text`` without its cruft and repeated lines (``lines.local``): what a story's own
    short lines are stay."""
    skip = lines.local
    return "\n".join(text[s : lines.ends[i]] for i, s in enumerate(lines.starts) if i not in skip)


def rewrite_min_shared(options: StoryOptions, rate: int) -> int:
    """The fewest indexed shingles a candidate rewrite shares (scaled down when sampling)."""
    return max(2, math.ceil(options.rewrite_min_shared / rate))


def rewrite_candidates(
    counts: Counter[tuple[int, int]], sizes: Sequence[int], options: StoryOptions, rate: int
) -> list[tuple[int, int]]:
    """Pairs sharing enough shingles to be worth a look: too few for the copy link, or a
    copy link that the copy links' guard may leave in two stories (a chain's two ends).
    (``sizes`` is no longer needed; kept so that callers need not change.)"""
    min_shared = rewrite_min_shared(options, rate)
    return sorted(pair for pair, shared in counts.items() if shared >= min_shared)


def rewrite_edges(
    pairs: Sequence[tuple[int, int]],
    texts: Texts,
    should_cancel: Callable[[], bool] | None = None,
    key: Callable[[int], int] = int,
    on_step: Callable[[int, int], None] | None = None,
) -> list[Edge]:
    """The candidate pairs that could be derived, strongest first: copy links first (by
    their strength, above 1; no words made), then pairs with reused phrases enough for some
    derived level, most reused first (the aligned diff comes later, only for pairs that
    could still merge); ties in content order (``key`` of their ends, ``pair_key``).
    ``on_step(done, total)``: now and then, the pairs weighed so far."""
    edges: list[Edge] = []
    for n, (a, b) in enumerate(pairs):
        if should_cancel is not None and should_cancel():
            return []  # (asked at each pair: a long text's take a while)
        if on_step is not None and n % 64 == 0:
            on_step(n, len(pairs))
        if texts.strong(a, b):
            edges.append((1.0 + texts.copy_link(a, b), a, b))
            continue
        phrases = texts.phrases(a, b)
        if max(phrases) >= texts.options.rewrite_min_phrases:
            edges.append((min(phrases), a, b))
    edges.sort(key=lambda e: (-e[0], pair_key(key, e[1], e[2]), e[1], e[2]))
    return edges


def merge_rewrites(
    groups: Groups,
    edges: Sequence[Edge],
    texts: Texts,
    options: StoryOptions,
    should_cancel: Callable[[], bool] | None = None,
    on_step: Callable[[int, int], None] | None = None,
    kin: Callable[[int, int], bool] | None = None,
    apart: Callable[[int, int], bool] | None = None,
) -> None:
    """Merge along the candidate edges whose pair is derived, guarded against chaining.

    Along a copy link (a, b) the copy links' guard refused: each of a and b must also link
    to another member of the other's group (a revision of a chain links to the revisions on
    either side; a page carrying a second, appended article links to that article's story
    only through that article), or a and b be one outlet's takes (``_takes``: ``kin``,
    whether two documents are known to tell of one news), and then the two merge (single
    linkage). Along the other edges: at least ``rewrite_min_own`` of the phrases a and b
    share must be their own, held by at most ``own_max_others`` other stories of the
    candidates (not a set phrase or a template of the beat); then takes merge along a link
    of ``takes_min_link``; else, on each side of several documents, they must be mostly
    (``rewrite_bridge_min``) that group's own text, found in another of its members. A copy
    or an edited version then merges (single linkage: each revision of a chain is derived
    from the one before, however far it is from the first); a rewrite merges only when more
    than ``rewrite_guard_min`` of the pairs between a sample of both sides are derived too.
    A rewrite that quotes two stories shares one story's text with the other story, so it
    cannot join them; revisions of one article can. Stops early (merging no more) when
    ``should_cancel()`` returns True; ``on_step(done, total)``: now and then, the edges
    weighed so far. ``apart(x, y)``: whether two documents can be of no common story (as
    in ``Groups.merge``); no merge where an end of the edge is such with a member of the
    other group (a paper's copy of an agency's factbox, sharing the quake story's
    background, chained the factbox to the quake).
    """
    sample = options.guard_sample
    counts = _phrase_counts(groups, texts)
    for n, (_strength, a, b) in enumerate(edges):
        if n % 16 == 0:
            if should_cancel is not None and should_cancel():
                return
            if on_step is not None:
                on_step(n, len(edges))
        if groups.find(a) == groups.find(b):
            continue
        if apart is not None and ends_apart(
            apart, a, b, groups.sample(a, sample), groups.sample(b, sample)
        ):
            continue
        # Another member is one that is not the document nor its twin (a second copy of a
        # digest page "links into" every story the first one carries); the members looked
        # at are the lowest in content order (``Groups``), whatever order they joined in.
        oa, ob = groups.others(a, sample), groups.others(b, sample)
        if texts.strong(a, b):  # a copy link the average linkage refused: a chain?
            chained = texts.linked_into(a, ob) and texts.linked_into(b, oa)
            if chained or _takes(a, b, groups, texts.documents, kin, sample):
                groups.join(a, b)
            continue
        shared = texts.grams(a) & texts.grams(b)
        if counts.own_share(shared, options.own_max_others) < options.rewrite_min_own:
            continue
        if _takes(a, b, groups, texts.documents, kin, sample):
            # (one outlet's takes: the next keeps a good part of the one before)
            if texts.copy_link(a, b) >= options.takes_min_link and texts.derived(a, b):
                groups.join(a, b)
            continue
        if not (texts.bridged(a, b, oa) and texts.bridged(b, a, ob)):
            continue
        level = texts.level(a, b)
        if level in (Derivation.COPY, Derivation.EDITED):
            groups.join(a, b)
        elif level is Derivation.REWRITE:
            # One member per twin class, a's and b's classes by a and b themselves: the
            # guard weighs the pair it is asked about, not a near-duplicate of one end.
            xs, ys = groups.distinct(a, sample), groups.distinct(b, sample)
            if mostly_derived(xs, ys, texts.derived, options.rewrite_guard_min, texts.told):
                groups.join(a, b)


def _takes(
    a: int,
    b: int,
    groups: Groups,
    documents: Sequence[Document],
    kin: Callable[[int, int], bool] | None,
    sample: int,
) -> bool:
    """Whether a link joins one outlet's takes of one story: ``a``, ``b`` and the members of
    their groups (a sample of each) of one known outlet, each end known to tell of one news
    with the other group's members (``kin``: sharing text, or names and terms). A
    developing story whose updates each keep half of the take before (8 takes of a factory
    fire, each sharing with the next alone) fell into four stories, and a wire's 1st add,
    printed whole in the full story, stood apart: neither shares with the other members,
    which a chain asks. A paper's copy holding two agencies' stories links two outlets; a
    briefing of two wire stories joins strangers."""
    source = documents[a].source
    if kin is None or not source:
        return False
    xs, ys = groups.sample(a, sample), groups.sample(b, sample)
    if len(xs) == len(ys) == 1:
        return False  # (two documents alone: no guard to pass, the pair's level decides)
    if any(documents[d].source != source for d in (b, *xs, *ys)):
        return False  # (a live blog carrying an agency's story and Reuters': no takes)
    # (the link's ends against the other's members: a developing story's first and last
    # takes name little in common, each near the takes at the link)
    return all(kin(a, y) for y in ys) and all(kin(x, b) for x in xs)


def _phrase_counts(groups: Groups, texts: Texts) -> PhraseCounts:
    """How many of the current groups hold each phrase, over the documents of candidate
    pairs (whose words the screening made): the folder's common phrases are common there."""
    members: dict[int, list[int]] = {}
    for doc in texts.known():
        members.setdefault(groups.find(doc), []).append(doc)
    groups_runs = ([texts.grams(d) for d in docs] for docs in members.values())
    return PhraseCounts(groups_runs, texts.compact)
