"""Calibrate the derivation thresholds of StoryOptions on ../shared/devdata (one command).

    .venv/bin/python benchmarks/calibrate_stories.py            # all three corpora
    .venv/bin/python benchmarks/calibrate_stories.py --sweep rewrite_min_phrases=0.1,0.2,0.3
    .venv/bin/python benchmarks/calibrate_stories.py --group --sweep rewrite_min_own=0.2,0.4

For every labelled pair (counter: agency text and newspaper text, WD/PD/ND; bible: the
translations of one chapter, KJV/ASV/WEB derived, YLT independent; wiki-versions: each
revision with the next, and unrelated articles) it measures the reuse evidence with the
engine (``evidence.measure``, the aligned diff included) and the share of the 3-word runs
the pair shares that are its own (``evidence.PhraseCounts`` over the whole corpus, the
stories being the groups of copies that the copy links alone find, as when the grouping
looks at rewrites), and prints:

1. the spread of each feature per label (5/25/50/75/95th percentiles) — where the
   thresholds can sit;
2. for the thresholds in StoryOptions (or each value swept), the pair-level precision,
   recall and F1 of "derived" (a derived level and own phrases enough to merge) against
   the labels, per corpus and per fixed half of it (held-out check: a threshold that only
   works on one half is over-fitted), and the derivation levels against the labels;
3. with ``--group``, the grouping itself for each setting: same-story precision, recall and
   F1 over all pairs of files and over the labelled pairs, per corpus and per half.

Nothing here is fitted automatically: thresholds are round values read off the spreads,
then checked on every corpus and both halves.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from devdata import (
    CORPORA,
    DERIVED_LABELS,
    Corpus,
    Pair,
    available,
    halves,
    labelled_scores,
    same_story_scores,
)
from wirediff.core.stories import StoryOptions, build_story_index
from wirediff.core.stories.derivation import classify, days_apart, paraphrase_score
from wirediff.core.stories.evidence import Evidence, PhraseCounts, grams, measure, word_keys_of


@dataclass(frozen=True, slots=True)
class Measured:
    pair: Pair
    evidence: Evidence
    holders: tuple[int, ...]  # per 3-word run the pair shares: how many stories hold it
    days: int | None  # how many days apart the two files' dates are (None: not both dated)

    def own(self, max_others: int) -> float:
        """Share of the shared runs held by at most ``max_others`` other stories."""
        if not self.holders:
            return 0.0
        return sum(1 for h in self.holders if h <= max_others + 2) / len(self.holders)


FEATURES: dict[str, Callable[[Measured], float]] = {
    "phrases (shorter)": lambda m: m.evidence.shorter().phrases,
    "phrases (longer)": lambda m: m.evidence.longer().phrases,
    "aligned (shorter)": lambda m: m.evidence.shorter().aligned,
    "kept (shorter)": lambda m: m.evidence.shorter().kept,
    "kept (longer)": lambda m: m.evidence.longer().kept,
    "own phrases": lambda m: m.own(StoryOptions().own_max_others),
    "names": lambda m: m.evidence.names,
    "order": lambda m: m.evidence.order,
    "terms in order": lambda m: m.evidence.terms,
    "aligned (longer)": lambda m: m.evidence.longer().aligned,
    "paraphrase score": lambda m: paraphrase_score(
        m.evidence.terms, m.evidence.longer().phrases, StoryOptions()
    ),
}


def measured(corpus: Corpus, options: StoryOptions) -> list[Measured]:
    text = {d.path.name: d.text for d in corpus.documents}
    published = {d.path.name: d.published for d in corpus.documents}
    runs = {name: grams(word_keys_of(t), options.run_min_words) for name, t in text.items()}
    copies = build_story_index(corpus.documents, replace(options, find_rewrites=False))
    counts = PhraseCounts(
        [runs[corpus.documents[d].path.name] for d in story.documents] for story in copies.stories
    )
    out = []
    for p in corpus.pairs:
        evidence = measure(
            text[p.a],
            text[p.b],
            run_min_words=options.run_min_words,
            kept_min_equal=options.kept_min_equal,
        )
        holders = tuple(counts.holders[g] for g in runs[p.a] & runs[p.b])
        days = days_apart(published[p.a], published[p.b])
        out.append(Measured(p, evidence, holders, days))
    return out


def derived(m: Measured, options: StoryOptions) -> bool:
    """What the grouping would need to merge the pair along a rewrite candidate."""
    return (
        classify(m.evidence, options, m.days).derived
        and m.own(options.own_max_others) >= options.rewrite_min_own
    )


def _quantiles(values: list[float]) -> str:
    v = sorted(values)
    return " ".join(f"{v[int(q * (len(v) - 1))]:.2f}" for q in (0.05, 0.25, 0.5, 0.75, 0.95))


def spread(name: str, rows: list[Measured]) -> None:
    print(f"\n### {name}: features per label (5/25/50/75/95th percentiles)\n")
    print("| label | pairs | " + " | ".join(FEATURES) + " |")
    print("|---" * (len(FEATURES) + 2) + "|")
    for label in sorted({m.pair.label for m in rows}):
        ms = [m for m in rows if m.pair.label == label]
        cells = " | ".join(_quantiles([f(m) for m in ms]) for f in FEATURES.values())
        print(f"| {label} | {len(ms)} | {cells} |")


def scores(rows: list[Measured], options: StoryOptions) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for m in rows:
        found = derived(m, options)
        truth = m.pair.label in DERIVED_LABELS
        tp += found and truth
        fp += found and not truth
        fn += truth and not found
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def confusion(rows: list[Measured], options: StoryOptions) -> None:
    levels = ("copy", "edited", "rewrite", "independent")
    table: Counter[tuple[str, str]] = Counter(
        (m.pair.label, classify(m.evidence, options, m.days).value) for m in rows
    )
    print("| label | " + " | ".join(levels) + " |")
    print("|---" * (len(levels) + 1) + "|")
    for label in sorted({m.pair.label for m in rows}):
        print(f"| {label} | " + " | ".join(str(table[label, lv]) for lv in levels) + " |")


def _sweeps(text: list[str]) -> list[tuple[str, list[float]]]:
    kinds = {f.name: f.type for f in fields(StoryOptions)}
    out = []
    for item in text:
        name, _, values = item.partition("=")
        if name not in kinds:
            raise SystemExit(f"unknown StoryOptions field {name!r}")
        cast = int if kinds[name] in (int, "int") else float
        out.append((name, [cast(v) for v in values.split(",")]))
    return out


def _fmt(scored: tuple[float, float, float]) -> str:
    return "{:.2f}/{:.2f}/{:.2f}".format(*scored)


def grouping(corpora: dict[str, Corpus], settings: list[tuple[str, StoryOptions]]) -> None:
    """Same-story P/R/F1 of the grouping for each setting: all pairs of files, then the
    labelled pairs only, each as whole corpus | half 0 | half 1."""
    print("\n### Grouping: same-story P / R / F1, all pairs of files; labelled pairs\n")
    print("| setting | corpus | all pairs: all \\| half 0 \\| half 1 | labelled: all \\| … |")
    print("|---|---|---|---|")
    for label, opts in settings:
        for name, corpus in corpora.items():
            index = build_story_index(corpus.documents, opts)
            found = {d.path.name: index.story_of(i).id for i, d in enumerate(index.documents)}
            parts = halves(corpus)
            every = " \\| ".join(
                _fmt(same_story_scores(corpus.story, found, f)) for _, f, _ in parts
            )
            labelled = " \\| ".join(_fmt(labelled_scores(p, found)) for _, _, p in parts)
            print(f"| {label} | {name} | {every} | {labelled} |", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    parser.add_argument("--sweep", action="append", default=[], metavar="FIELD=V1,V2,...")
    parser.add_argument("--group", action="store_true", help="also score the grouping")
    args = parser.parse_args(argv)
    if not available():
        print("calibrate_stories: ../shared/devdata is absent; nothing to do", file=sys.stderr)
        return 0
    options = StoryOptions()
    corpora = {name: CORPORA[name]() for name in args.corpus or CORPORA}
    measured_rows = {}
    for name, corpus in corpora.items():
        rows = measured(corpus, options)
        measured_rows[name] = rows
        spread(name, rows)
    print("\n### Levels against the labels (thresholds of StoryOptions)\n")
    for name, rows in measured_rows.items():
        print(f"\n{name}:\n")
        confusion(rows, options)
    print("\n### Pair-level derived-vs-label P / R / F1: all | half 0 | half 1\n")
    settings = [("StoryOptions()", options)]
    for field, values in _sweeps(args.sweep):
        settings += [(f"{field}={v:g}", replace(options, **{field: v})) for v in values]
    print("| setting | " + " | ".join(measured_rows) + " |")
    print("|---" * (len(measured_rows) + 1) + "|")
    for label, opts in settings:
        cells = []
        for rows in measured_rows.values():
            parts = [rows] + [[m for m in rows if m.pair.half == h] for h in (0, 1)]
            cells.append(" \\| ".join(_fmt(scores(part, opts)) for part in parts))
        print(f"| {label} | " + " | ".join(cells) + " |", flush=True)
    if args.group:
        grouping(corpora, settings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
