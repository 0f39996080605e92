"""Calibrate the derivation thresholds of StoryOptions on ../shared/devdata (one command).

    .venv/bin/python benchmarks/calibrate_stories.py            # all three corpora
    .venv/bin/python benchmarks/calibrate_stories.py --sweep rewrite_min_phrases=0.1,0.2,0.3

For every labelled pair (counter: agency text and newspaper text, WD/PD/ND; bible: the
translations of one chapter, KJV/ASV/WEB derived, YLT independent; wiki-versions: each
revision with the next, and unrelated articles) it measures the reuse evidence with the
engine (``evidence.measure``, the aligned diff included) and prints:

1. the spread of each feature per label (5/25/50/75/95th percentiles) — where the
   thresholds can sit;
2. for the thresholds in StoryOptions (or each value swept), the pair-level precision,
   recall and F1 of "derived" against the labels, per corpus and per fixed half of it
   (held-out check: a threshold that only works on one half is over-fitted), and the
   derivation levels against the labels.

Re-run it after the aligner changes (issue 10); nothing here is fitted automatically.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import fields, replace

from devdata import CORPORA, DERIVED_LABELS, Corpus, Pair, available
from wirediff.core.stories import StoryOptions
from wirediff.core.stories.derivation import classify
from wirediff.core.stories.evidence import Evidence, measure

FEATURES = {
    "phrases (shorter)": lambda e: e.shorter().phrases,
    "phrases (longer)": lambda e: e.longer().phrases,
    "aligned (shorter)": lambda e: e.shorter().aligned,
    "kept (shorter)": lambda e: e.shorter().kept,
    "names": lambda e: e.names,
    "order": lambda e: e.order,
}


def measured(corpus: Corpus, options: StoryOptions) -> list[tuple[Pair, Evidence]]:
    text = {d.path.name: d.text for d in corpus.documents}
    return [
        (
            p,
            measure(
                text[p.a],
                text[p.b],
                run_min_words=options.run_min_words,
                kept_min_equal=options.kept_min_equal,
            ),
        )
        for p in corpus.pairs
    ]


def _quantiles(values: list[float]) -> str:
    v = sorted(values)
    return " ".join(f"{v[int(q * (len(v) - 1))]:.2f}" for q in (0.05, 0.25, 0.5, 0.75, 0.95))


def spread(name: str, rows: list[tuple[Pair, Evidence]]) -> None:
    print(f"\n### {name}: features per label (5/25/50/75/95th percentiles)\n")
    print("| label | pairs | " + " | ".join(FEATURES) + " |")
    print("|---" * (len(FEATURES) + 2) + "|")
    for label in sorted({p.label for p, _ in rows}):
        evs = [e for p, e in rows if p.label == label]
        cells = " | ".join(_quantiles([f(e) for e in evs]) for f in FEATURES.values())
        print(f"| {label} | {len(evs)} | {cells} |")


def scores(rows: list[tuple[Pair, Evidence]], options: StoryOptions) -> tuple[float, ...]:
    tp = fp = fn = 0
    for p, e in rows:
        derived = classify(e, options).derived
        truth = p.label in DERIVED_LABELS
        tp += derived and truth
        fp += derived and not truth
        fn += truth and not derived
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def confusion(rows: list[tuple[Pair, Evidence]], options: StoryOptions) -> None:
    levels = ("copy", "edited", "rewrite", "independent")
    table: Counter[tuple[str, str]] = Counter(
        (p.label, classify(e, options).value) for p, e in rows
    )
    print("| label | " + " | ".join(levels) + " |")
    print("|---" * (len(levels) + 1) + "|")
    for label in sorted({p.label for p, _ in rows}):
        print(f"| {label} | " + " | ".join(str(table[label, lv]) for lv in levels) + " |")


def _sweeps(text: list[str]) -> list[tuple[str, list[float]]]:
    names = {f.name for f in fields(StoryOptions)}
    out = []
    for item in text:
        name, _, values = item.partition("=")
        if name not in names:
            raise SystemExit(f"unknown StoryOptions field {name!r}")
        out.append((name, [float(v) for v in values.split(",")]))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    parser.add_argument("--sweep", action="append", default=[], metavar="FIELD=V1,V2,...")
    args = parser.parse_args(argv)
    if not available():
        print("calibrate_stories: ../shared/devdata is absent; nothing to do", file=sys.stderr)
        return 0
    options = StoryOptions()
    measured_rows = {}
    for name in args.corpus or CORPORA:
        rows = measured(CORPORA[name](), options)
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
            parts = [rows] + [[r for r in rows if r[0].half == h] for h in (0, 1)]
            scored = (scores(part, opts) for part in parts)
            cells.append(" \\| ".join(f"{p:.2f}/{r:.2f}/{f:.2f}" for p, r, f in scored))
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
