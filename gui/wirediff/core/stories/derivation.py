"""Derivation levels: how one text was made from another (copy, edited, rewrite), or not.

``classify(evidence, options)`` turns the reuse evidence of a pair (``evidence.measure``)
into a level; every threshold is a field of ``StoryOptions``. The rules, in order:

* *copy*: the shorter text's sentences are kept and its words are in reused runs (at least
  ``copy_min`` each) — verbatim, maybe trimmed, padded or re-captioned;
* *edited*: at least ``edited_min_kept`` of the shorter text's sentences are kept;
* *independent* (parallel): most of the shorter text's sentences have a counterpart
  (``parallel_min_aligned``), but fewer than half of those are kept — two renderings of one
  source (translations, paraphrases), which share many short phrases without copying;
* *rewrite*: both texts hold at least ``rewrite_min_phrases`` of their words in reused runs
  of ``run_min_words``+ words, and one keeps at least ``rewrite_min_kept`` of its sentences
  — some sentences taken over, the rest new (phrases alone are what texts on one subject
  in one language share by chance: set phrases, formulas, names);
* *independent*: anything less.
"""

from __future__ import annotations

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


def is_parallel(evidence: Evidence, options: StoryOptions) -> bool:
    """Two renderings of one source: most sentences have a counterpart, few are kept."""
    s = evidence.shorter()
    return s.aligned >= options.parallel_min_aligned and s.kept < s.aligned / 2


def classify(evidence: Evidence, options: StoryOptions) -> Derivation:
    """The derivation level the evidence supports (see the module docstring)."""
    s = evidence.shorter()
    if s.kept >= options.copy_min and s.phrases >= options.copy_min:
        return Derivation.COPY
    if s.kept >= options.edited_min_kept:
        return Derivation.EDITED
    if is_parallel(evidence, options):
        return Derivation.INDEPENDENT
    phrases = min(evidence.a.phrases, evidence.b.phrases)
    kept = max(evidence.a.kept, evidence.b.kept)
    if phrases >= options.rewrite_min_phrases and kept >= options.rewrite_min_kept:
        return Derivation.REWRITE
    return Derivation.INDEPENDENT
