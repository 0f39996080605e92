"""Paraphrases: stories of one event whose texts follow one another in other words.

A newspaper that paraphrases an agency text keeps its names, numbers and facts in the
agency's order and words nearly every sentence anew: it shares too few 5-word runs with its
source to be a candidate rewrite, but it reports the same event. So the pairs of stories
the event grouping proposes (``events.event_edges``, same event) are looked at again: the
two stories' bases are measured with the aligned diff (``evidence.measure``) when their
terms follow one another and the longer one's words are in reused runs enough (both
cheap), and the two stories merge when one base is derived from the other
(``derivation.classify``: the paraphrase rule, terms in order and reused phrases scored
together, ``paraphrase_min_score``, dates close when known). A story of several documents
merges only when more than ``rewrite_guard_min`` of the pairs between a sample of both
sides are derived too (average linkage, as for rewrites): an independent report that
happens to follow one version does
not glue two stories together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from wirediff.core.chronology import moment, timeline
from wirediff.core.document import Document
from wirediff.core.scripts import writing
from wirediff.core.stories.cluster import Groups
from wirediff.core.stories.derivation import classify, mostly_derived, paraphrased
from wirediff.core.stories.events import term_sequence
from wirediff.core.stories.evidence import PhraseCounts, ordered_terms, scripts_tell
from wirediff.core.stories.names import alike
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.order import DocumentKeys, in_content_order
from wirediff.core.stories.rewrites import Texts

NAMED_ALL_PAIRS = 12  # stories named alike weighed pair by pair; more: each with the next
NAMED_WINDOW = 3  # ... three


class Paraphrases:
    """Whether two documents are derived one from the other, paraphrases included (cached)."""

    def __init__(self, texts: Texts) -> None:
        self.texts = texts
        self._terms: dict[int, list[str]] = {}
        self._derived: dict[tuple[int, int], bool] = {}
        self._reused: dict[tuple[int, int], float] = {}
        self._writing: dict[int, str] = {}

    def reused(self, a: int, b: int) -> float:
        """The larger share of either text's words in phrases the other holds (the
        aligned diff's evidence)."""
        key = (a, b) if a < b else (b, a)
        found = self._reused.get(key)
        if found is None:
            evidence = self.texts.evidence(a, b)
            found = self._reused[key] = max(evidence.a.phrases, evidence.b.phrases)
        return found

    def told(self, a: int, b: int) -> bool:
        """Whether terms in order tell a paraphrase of the two (``terms_tell``)."""
        return scripts_tell(self.writing(a), self.writing(b))

    def writing(self, doc: int) -> str:
        found = self._writing.get(doc)
        if found is None:
            found = self._writing[doc] = writing(self.texts.text(doc))
        return found

    def terms(self, doc: int) -> list[str]:
        found = self._terms.get(doc)
        if found is None:
            found = self._terms[doc] = term_sequence(self.texts.text(doc))
        return found

    def derived(self, a: int, b: int) -> bool:
        """A copy link, or a derived level of the evidence, only measured when the terms
        in order and the reused phrases (both cheap) make a paraphrase (``paraphrased``):
        an independent report is turned away before any diff."""
        key = (a, b) if a < b else (b, a)
        found = self._derived.get(key)
        if found is None:
            texts, options = self.texts, self.texts.options
            if texts.strong(a, b):
                found = True
            elif not self.paraphrase(a, b):
                found = False  # (a pair sharing phrases enough is a candidate rewrite)
            else:
                evidence, days = texts.evidence(a, b), texts.days(a, b)
                found = classify(evidence, options, days, texts.release(a, b)).derived
            self._derived[key] = found
        return found

    def paraphrase(self, a: int, b: int) -> bool:
        """The paraphrase rule on the cheap evidence: terms in order first (most pairs
        stop there), then the longer text's share of words in reused runs."""
        texts, options = self.texts, self.texts.options
        if not self.told(a, b):
            return False
        terms = ordered_terms(self.terms(a), self.terms(b))
        if terms < options.paraphrase_min_terms:
            return False
        pa, pb = texts.phrases(a, b)
        longer = pa if len(texts.keys(a)) > len(texts.keys(b)) else pb
        return paraphrased(terms, longer, options)


def merge_paraphrases(
    stories: Sequence[Sequence[int]],
    bases: Sequence[int],
    labels: Sequence[int],
    edges: Sequence[tuple[float, int, int]],
    texts: Texts,
    options: StoryOptions,
    should_cancel: Callable[[], bool] | None = None,
    phrases: PhraseCounts | None = None,
    named: Sequence[Sequence[int]] = (),
) -> list[list[int]] | None:
    """The stories (document lists) after merging along the event ``edges`` (pairs of
    stories, strongest first) of stories of one event (``labels``) whose bases are derived
    one from the other; None when nothing merged.

    ``named``: stories to join first, whatever their text, unless something tells them
    apart (``names.alike``; each a list of stories of one event whose documents are named
    alike: ``names.named_together``), weighed as a chain (``named_pairs``).

    ``phrases``: how many stories of the candidate pairs hold each 3-word run by their
    bases (``base_phrases``), when counted elsewhere (the Dask engine counts them over the
    whole archive and runs this per event); made here from ``stories`` when None."""
    check = Paraphrases(texts)
    keys = DocumentKeys(texts.documents)
    groups = Groups(len(stories))

    def side(s: int) -> list[int]:
        return [d for x in groups.group(s) for d in stories[x]]

    merged = False
    for s, t in named_pairs(named, stories, texts.documents, keys):
        if groups.find(s) != groups.find(t):
            sides = side(s), side(t)
            sampled = guard_sample(*sides, keys, options.guard_sample)
            least = options.named_min_phrases
            if alike(sides, sampled, texts.documents, check.reused, least):
                groups.join(s, t)
                merged = True
    counts = phrases
    for n, (_score, s, t) in enumerate(edges):
        if should_cancel is not None and n % 16 == 0 and should_cancel():
            return None
        if labels[s] != labels[t] or groups.find(s) == groups.find(t):
            continue
        if texts.footer_only(bases[s], bases[t]):  # (one paper's reports: its footer alone)
            continue
        if texts.quote_only(bases[s], bases[t]):  # (one statement quoted by each, alone)
            continue
        if texts.other_stories(bases[s], bases[t]):  # (one outlet's other days or kinds)
            continue
        if counts is None:  # made once, when a first pair of one event comes
            counts = base_phrases(bases, labels, edges, texts)
        # (the cheap test first: of 1,964 pairs a wire desk's folder measured with the
        # aligned diff, most were derived, and then turned away as sharing a template)
        shared = texts.grams(bases[s]) & texts.grams(bases[t])
        if shared and counts.own_share(shared, options.own_max_others) < options.rewrite_min_own:
            continue  # what they share is a beat's template, not one text's
        if not check.derived(bases[s], bases[t]):
            continue
        side_s, side_t = side(s), side(t)
        if len(side_s) > 1 or len(side_t) > 1:
            xs, ys = guard_sample(side_s, side_t, keys, options.guard_sample)
            if not mostly_derived(xs, ys, check.derived, options.rewrite_guard_min):
                continue
        groups.join(s, t)
        merged = True
    if not merged:
        return None
    out: dict[int, list[int]] = {}
    for s, docs in enumerate(stories):
        out.setdefault(groups.find(s), []).extend(docs)
    return sorted((sorted(docs) for docs in out.values()), key=lambda docs: docs[0])


def named_pairs(
    named: Sequence[Sequence[int]],
    stories: Sequence[Sequence[int]],
    documents: Sequence[Document],
    keys: DocumentKeys,
) -> Iterator[tuple[int, int]]:
    """The pairs of stories of each group ``named`` alike to weigh, as a chain: the stories
    in time order (their captures'; undated last, in content order: a capture of an
    unknown outlet joined whichever of two papers' stories the folder listed first), each
    with the next, then with the one after… — up to ``NAMED_WINDOW`` on, of a group of more
    than ``NAMED_ALL_PAIRS``. Joined out of turn, the first and the last of four captures
    made a story the two between were "updated side by side" with."""
    for together in named:
        when = timeline([d for s in together for d in stories[s]], documents)
        place = {
            s: (
                min(moment(*when[d]) if any(when[d]) else ("~", "") for d in stories[s]),
                min(keys(d) for d in stories[s]),
            )
            for s in together
        }
        ordered = sorted(together, key=place.__getitem__)
        window = len(ordered) if len(ordered) <= NAMED_ALL_PAIRS else NAMED_WINDOW
        for gap in range(1, window + 1):
            for i in range(len(ordered) - gap):
                yield ordered[i], ordered[i + gap]


def guard_sample(
    side_s: list[int], side_t: list[int], keys: DocumentKeys, sample: int
) -> tuple[list[int], list[int]]:
    """The members of two sides the guard weighs: all of them when that is at most
    ``sample`` x ``sample`` pairs (a stub against a story of five: five pairs), else up to
    ``sample`` of each side, the lowest in content order. By document number (as before),
    the same files under other names gave another sample and another answer."""
    if len(side_s) * len(side_t) <= sample * sample:
        return side_s, side_t
    return in_content_order(side_s, keys, sample), in_content_order(side_t, keys, sample)


def involved_stories(labels: Sequence[int], edges: Sequence[tuple[float, int, int]]) -> list[int]:
    """The stories of the candidate pairs: those in an edge of two stories of one event."""
    return sorted({x for _, s, t in edges if labels[s] == labels[t] for x in (s, t)})


def base_phrases(
    bases: Sequence[int],
    labels: Sequence[int],
    edges: Sequence[tuple[float, int, int]],
    texts: Texts,
) -> PhraseCounts:
    """How many stories of the candidate pairs hold each 3-word run, by their bases."""
    runs = ([texts.grams(bases[s])] for s in involved_stories(labels, edges))
    return PhraseCounts(runs, texts.compact)
