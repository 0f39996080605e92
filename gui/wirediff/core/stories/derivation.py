"""Derivation levels: how one text was made from another (copy, edited, rewrite), or not.

``classify(evidence, options)`` turns the reuse evidence of a pair (``evidence.measure``)
into a level; every threshold is a field of ``StoryOptions``. The rules, in order:

* *copy*: the shorter text's sentences are kept (``copy_min``) and its words are in reused
  runs (``copy_min_phrases``) — verbatim, maybe trimmed, padded or re-captioned —, or each
  side keeps word for word what it shares with the other and the shorter half its own (a
  copy both trimmed and padded: ``_trimmed_and_padded``), and no figure of an aligned
  sentence changed (a correction of 60 dead to 62 is an edit);
* *edited*: at least ``edited_min_kept`` of the shorter text's sentences are kept;
* *independent* (parallel): the two are about as long (``parallel_min_length_ratio``),
  many of the shorter text's sentences have a counterpart (``parallel_min_aligned``), and so
  have half the longer's (``parallel_min_aligned_longer``), but fewer than half of those
  are kept — two whole renderings of one source (independent translations), which share
  many short phrases without copying; not when one of them is a press release (what
  renders a release was written from it);
* *rewrite*: both texts hold at least ``rewrite_min_phrases`` of their words in reused runs
  of ``run_min_words``+ words, and one keeps at least ``rewrite_min_kept`` of its sentences,
  the shorter text not being a rendering of part of the other (many sentences with a
  counterpart, few kept: those are judged by their terms alone) — some sentences taken
  over, the rest new (phrases alone are what texts on one subject
  in one language share by chance: set phrases, formulas, names); or the shorter text
  keeps at least ``expanded_min_kept`` of its sentences, however long the other (a brief
  grown into a full report), again not rendering the other's sentences;
* *rewrite* (paraphrase): the longer text's terms (names, numbers, content words) held by
  both in the same order, and its words in reused runs, score at least
  ``paraphrase_min_score`` together (``paraphrase_score``), with at least
  ``paraphrase_min_terms`` of the terms in order — the source's facts followed sentence by
  sentence in other words, a few of its phrases kept;
  when the two documents have dates, they are at most ``paraphrase_max_days`` apart;
* *independent*: anything less.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum

from wirediff.core.stories.evidence import Evidence
from wirediff.core.stories.options import StoryOptions


class Derivation(StrEnum):
    SOURCE = "source"  # a story's base: what the other versions were made from
    COPY = "copy"  # verbatim, maybe trimmed or padded
    EDITED = "edited"  # sentences kept with word changes, some cut or added
    REWRITE = "rewrite"  # partly derived: some sentences or phrases reused, the rest new
    INDEPENDENT = "independent"  # own words (maybe the same news)

    @property
    def derived(self) -> bool:
        """Whether this level makes two texts versions of one story."""
        return self in (Derivation.COPY, Derivation.EDITED, Derivation.REWRITE)


def renders(evidence: Evidence, options: StoryOptions) -> bool:
    """The shorter text renders the other's sentences without keeping them: many of its
    sentences have a counterpart, fewer than half of those are kept."""
    s = evidence.shorter()
    return s.aligned >= options.parallel_min_aligned and s.kept < s.aligned / 2


def is_parallel(evidence: Evidence, options: StoryOptions) -> bool:
    """Two whole renderings of one source: about as long (``parallel_min_length_ratio``),
    the shorter renders the other's sentences, and half the longer's sentences have a
    counterpart too."""
    shorter, longer = evidence.shorter(), evidence.longer()
    if shorter.words < options.parallel_min_length_ratio * longer.words:
        return False  # one is cut from the other: judged by the rules below
    return longer.aligned >= options.parallel_min_aligned_longer and renders(evidence, options)


def classify(
    evidence: Evidence, options: StoryOptions, days: int | None = None, release: bool = False
) -> Derivation:
    """The derivation level the evidence supports (see the module docstring); ``days``:
    how many days apart the two documents' dates are, when both have one
    (``days_apart``): a paraphrase must be at most ``paraphrase_max_days`` apart;
    ``release``: one of the two is a press release (``releases.is_release``), which has no
    parallel rendering — what renders it sentence by sentence was written from it (a
    broadcaster's rewrite of a water company's release, as long as a site's copy of it,
    every sentence aligned and two in five kept, was "independent" of the copy)."""
    s = evidence.shorter()
    kept_whole = s.kept >= options.copy_min and s.phrases >= options.copy_min_phrases
    if (kept_whole or _trimmed_and_padded(evidence, options)) and not evidence.figures_changed:
        return Derivation.COPY
    if s.kept >= options.edited_min_kept:
        return Derivation.EDITED
    if not release and is_parallel(evidence, options):
        return Derivation.INDEPENDENT
    phrases = min(evidence.a.phrases, evidence.b.phrases)
    kept = max(evidence.a.kept, evidence.b.kept)
    enough = phrases >= options.rewrite_min_phrases and kept >= options.rewrite_min_kept
    if (enough or s.kept >= options.expanded_min_kept) and not renders(evidence, options):
        return Derivation.REWRITE
    close = days is None or days <= options.paraphrase_max_days
    if close and paraphrased(evidence.terms, evidence.longer().phrases, options):
        return Derivation.REWRITE
    return Derivation.INDEPENDENT


def _trimmed_and_padded(evidence: Evidence, options: StoryOptions) -> bool:
    """Whether each side keeps word for word the sentences it shares with the other
    (``copy_min`` of them, ``copy_min_phrases`` of their words in reused runs, no word
    changed) and the shorter keeps ``edited_min_kept`` of its own: a copy cut at its end and
    given a paper's footer, longer than its source, was judged by the source's cut end,
    "Edited version … 84% of its sentences kept", no word of it changed (a grouping probe)."""
    if evidence.words_changed or evidence.shorter().kept < options.edited_min_kept:
        return False
    return all(
        side.kept >= options.copy_min * side.aligned
        and side.phrases >= options.copy_min_phrases * side.kept
        for side in (evidence.a, evidence.b)
    )


def directed(level: Derivation, evidence: Evidence, options: StoryOptions) -> Derivation:
    """The level of version ``evidence.b`` against its base ``evidence.a``: a copy or an
    edited version whose sentences are mostly its own (more than ``version_max_new`` with
    no counterpart in the base) is a rewrite of the base — it keeps the base, it is not a
    copy of it (``classify`` judges a pair either way round, as the grouping needs)."""
    mostly_new = 1 - evidence.b.aligned > options.version_max_new
    if level in (Derivation.COPY, Derivation.EDITED) and mostly_new:
        return Derivation.REWRITE
    return level


def days_apart(a: str, b: str) -> int | None:
    """Days between two dates (``Document.published``: ISO, maybe with a time; "" when
    unknown), or None when either is unknown or unreadable."""
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def days_of_year_apart(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int | None:
    """Days at least between two days given as ``(month, day)`` without a year (datelines
    "Oct 9", "March 14"), whatever their years: a year round (both ways), or None when
    either is unknown. Two agency stories of one wording, a pilots' strike in Antwerp in
    October and another in Rotterdam in March, were one story "in other words" (a probe):
    their datelines gave no year, so their dates no days apart."""
    if a is None or b is None:
        return None
    try:
        gap = abs((date(2000, *a) - date(2000, *b)).days)
    except ValueError:
        return None
    return min(gap, 366 - gap)


def paraphrase_score(terms: float, phrases: float, options: StoryOptions) -> float:
    """The paraphrase evidence of a pair as one number: the share of the longer text's
    terms held by both in order (``Evidence.terms``) plus ``paraphrase_phrase_weight`` times
    the share of the longer text's words in reused runs."""
    return terms + options.paraphrase_phrase_weight * phrases


def paraphrased(terms: float, phrases: float, options: StoryOptions) -> bool:
    """Whether the terms in order and the longer text's reused phrases make a paraphrase
    (``paraphrase_min_terms`` and ``paraphrase_min_score``; see ``StoryOptions``)."""
    if terms < options.paraphrase_min_terms:
        return False
    return paraphrase_score(terms, phrases, options) >= options.paraphrase_min_score


def mostly_derived(
    xs: Sequence[int],
    ys: Sequence[int],
    derived: Callable[[int, int], bool],
    least: float,
    told: Callable[[int, int], bool | None] | None = None,
) -> bool:
    """Whether more than ``least`` of the pairs between ``xs`` and ``ys`` are derived (the
    average-linkage guard), asking ``derived`` (an aligned diff each) no more than it takes
    to know: once the answer is past doubt, the other pairs cannot change it. ``told(x,
    y)``: whether a pair is derived when that is known without a diff (None when not):
    those pairs are counted first, so the diffs asked are only those that can still change
    the answer (the answer is a count: the same in any order)."""
    total = len(xs) * len(ys)
    need = least * len(xs) * len(ys)  # (as the guard wrote it: the same rounding)
    pairs = [(x, y) for x in xs for y in ys]
    if told is not None:
        answers = [told(x, y) for x, y in pairs]
        found = sum(1 for answer in answers if answer)
        pairs = [pair for pair, answer in zip(pairs, answers, strict=True) if answer is None]
        asked = total - len(pairs)
    else:
        found = asked = 0
    if found > need:
        return True
    if found + total - asked <= need:
        return False
    for x, y in pairs:
        found += derived(x, y)
        asked += 1
        if found > need:
            return True
        if found + total - asked <= need:
            return False
    return found > need
