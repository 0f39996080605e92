"""Story grouping: scores on the real devdata corpora, then time, memory and pairwise
precision/recall on generated folders, each against the grouping of before (rewrites off).

    .venv/bin/python benchmarks/bench_stories.py                 # devdata, 1k, 10k, 100k
    .venv/bin/python benchmarks/bench_stories.py --sizes 1000,10000 --no-devdata

*Devdata* (../shared/devdata, skipped when absent): pairwise same-story precision / recall /
F1 over all pairs of files with ``StoryOptions()`` and with ``find_rewrites=False`` (the
grouping before rewrites), and over the labelled pairs only (each joined or not), for each
corpus and each fixed half of it; for counter/ what its false positives are (labelled ND
pairs joined, or files of two different labelled pairs, with the evidence between them) and
the derivation level of each labelled pair (copy and edited = WD, rewrite = PD, independent
= ND) against the manual labels.

Each size runs in its own process (so peak memory is per size). The folder is generated in
memory by ``wirediff.core.stories.synth`` (seeded, deterministic: Zipfian words, events
whose stories share names, numbers and topic words, versions trimmed, padded, re-captioned,
paraphrased, reordered, wrapped in outlet boilerplate, 3% with another story appended).
``group`` times ``build_story_index`` alone (generation excluded); ``read`` times
``load_paths`` on the same folder written to disk (sizes up to --read-max only). The
baseline is the all-pairs comparison of the same shingle sets that the index avoids:
measured on folders up to --baseline-max documents, extrapolated (n squared) above.
Peak memory is the process's maximum resident set (generated corpus included).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

from devdata import (
    CORPORA,
    Corpus,
    available,
    halves,
    labelled_scores,
    same_story_scores,
    unlabelled_links,
)
from wirediff.core.reading import load_paths
from wirediff.core.stories import (
    Derivation,
    StoryIndex,
    StoryOptions,
    build_story_index,
    clean_text,
    pair_derivation,
)
from wirediff.core.stories.evidence import word_keys_of
from wirediff.core.stories.synth import generate, pair_precision_recall, write

BEFORE = StoryOptions(find_rewrites=False)  # the grouping of before this release
LABEL_OF = {
    Derivation.COPY: "WD",
    Derivation.EDITED: "WD",
    Derivation.REWRITE: "PD",
    Derivation.INDEPENDENT: "ND",
}


def _cell(scores: tuple[float, float, float]) -> str:
    return "{:.3f} / {:.3f} / {:.3f}".format(*scores)


def devdata_table() -> None:
    """Same-story scores on each devdata corpus, before and now, over all pairs of files and
    over the labelled pairs, each for the whole corpus and its fixed halves; counter's
    unlabelled links (the gold standard's gaps?) and its derivation confusion."""
    print(
        "| corpus | documents | part | before: all pairs P / R / F1 | now: all pairs P / R / F1 "
        "| now: labelled pairs P / R / F1 | group CPU s before / now |"
    )
    print("|---|---|---|---|---|---|---|")
    details = None
    for name, make in CORPORA.items():
        corpus = make()
        found, times = [], []
        for options in (BEFORE, StoryOptions()):
            start = time.process_time()
            index = build_story_index(corpus.documents, options)
            times.append(time.process_time() - start)
            found.append({d.path.name: index.story_of(i).id for i, d in enumerate(index.documents)})
        for part, files, pairs in halves(corpus):
            before, now = (same_story_scores(corpus.story, f, files) for f in found)
            cpu = f"{times[0]:.1f} / {times[1]:.1f}" if part == "all" else ""
            print(
                f"| {name} | {len(corpus.documents):,} | {part} | {_cell(before)} | {_cell(now)} "
                f"| {_cell(labelled_scores(pairs, found[1]))} | {cpu} |",
                flush=True,
            )
        if name == "counter":
            details = (corpus, index, found[1])
    if details is not None:
        counter_details(*details)


def counter_details(corpus: Corpus, index: StoryIndex, found: dict[str, int]) -> None:
    """What the false positives of counter's all-pairs score are, and the derivation of each
    labelled pair against the manual labels."""
    at = {d.path.name: i for i, d in enumerate(index.documents)}
    links = unlabelled_links(corpus, found)
    kinds: Counter[str] = Counter()
    for a, b in links:
        x, y = at[a], at[b]
        if word_keys_of(clean_text(index, x)) == word_keys_of(clean_text(index, y)):
            kinds["identical words"] += 1
        else:
            kinds[pair_derivation(index, x, y).level.value] += 1
    labelled_fp = sum(1 for p in corpus.pairs if p.label == "ND" and found[p.a] == found[p.b])
    print(
        f"\ncounter/: {len(links) + labelled_fp} false positives of the all-pairs score: "
        f"{labelled_fp} labelled ND pairs joined, {len(links)} pairs of files of two "
        "different labelled pairs (no label says they are related); by their own evidence, "
        "those are: " + ", ".join(f"{n} {k}" for k, n in kinds.most_common())
    )
    confusion: Counter[tuple[str, str]] = Counter()
    for pair in corpus.pairs:
        level = pair_derivation(index, at[pair.a], at[pair.b]).level
        confusion[pair.label, LABEL_OF[level]] += 1
    print("\ncounter/: derivation of each labelled pair (rows: manual label; columns: level)\n")
    print("| label | copy or edited (WD) | rewrite (PD) | independent (ND) |")
    print("|---|---|---|---|")
    for label in ("WD", "PD", "ND"):
        row = " | ".join(str(confusion[label, c]) for c in ("WD", "PD", "ND"))
        print(f"| {label} | {row} |")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _all_pairs_seconds(index: object) -> float:
    """Time to intersect every pair of the documents' shingle sets (the naive approach)."""
    sets = [set(s.full) for s in index._shingles]  # type: ignore[attr-defined]
    start = time.perf_counter()
    for a, b in combinations(sets, 2):
        len(a & b)
    return time.perf_counter() - start


def one(n: int, seed: int, read_max: int, baseline_max: int) -> dict[str, float | int | None]:
    """Measure one folder size; returns the row as a dict."""
    corpus = generate(n, seed=seed)
    corpus_mb = _rss_mb()
    read = None
    if n <= read_max:
        with tempfile.TemporaryDirectory() as tmp:
            write(corpus, Path(tmp))
            start = time.perf_counter()
            loaded = load_paths([tmp])
            read = time.perf_counter() - start
            assert len(loaded.documents) == n, loaded.problems[:3]
            del loaded
    wall, cpu = time.perf_counter(), time.process_time()
    before = build_story_index(corpus.documents, BEFORE)
    before_wall, before_cpu = time.perf_counter() - wall, time.process_time() - cpu
    before_pr = pair_precision_recall(corpus.story, [before.story_of(d).id for d in range(n)])
    del before
    wall, cpu = time.perf_counter(), time.process_time()
    index = build_story_index(corpus.documents)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    found = [index.story_of(d).id for d in range(n)]
    precision, recall = pair_precision_recall(corpus.story, found)
    events = [index.story_of(d).event for d in range(n)]
    ev_precision, ev_recall = pair_precision_recall(corpus.event, events)
    multi = [s for s in index.stories if len(s.versions) >= 3]
    right = sum(
        1
        for s in multi
        if corpus.story[s.base] in corpus.original
        and index.scores(s.base, corpus.original[corpus.story[s.base]]).similarity >= 0.99
    )
    baseline = _all_pairs_seconds(index) if n <= baseline_max else None
    return {
        "n": n,
        "stories": len(index.stories),
        "true_stories": len(set(corpus.story)),
        "read_s": read,
        "group_s": wall,
        "cpu_s": cpu,
        "before_s": before_wall,
        "before_cpu_s": before_cpu,
        "before_precision": before_pr[0],
        "before_recall": before_pr[1],
        "peak_mb": _rss_mb(),
        "corpus_mb": corpus_mb,
        "precision": precision,
        "recall": recall,
        "event_precision": ev_precision,
        "event_recall": ev_recall,
        "base_right": right / len(multi) if multi else 1.0,
        "baseline_s": baseline,
    }


def _fmt(x: float | int | None, spec: str) -> str:
    return "-" if x is None else format(x, spec)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--read-max", type=int, default=10_000)
    parser.add_argument("--baseline-max", type=int, default=2_000)
    parser.add_argument("--no-devdata", action="store_true", help="skip ../shared/devdata")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.seed, args.read_max, args.baseline_max)))
        return 0
    if args.sizes:
        generated_table(args)
    if not args.no_devdata:
        # After the generated folders: a child process starts with its parent's peak memory.
        if available():
            print()
            devdata_table()
        else:
            print("\n(../shared/devdata is absent: devdata scores skipped)")
    return 0


def generated_table(args: argparse.Namespace) -> None:
    """One row per generated folder size, each measured in its own process."""
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)]
        cmd += ["--read-max", str(args.read_max), "--baseline-max", str(args.baseline_max)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(f"  {n} documents done", file=sys.stderr, flush=True)
    known = [r for r in rows if r["baseline_s"] is not None]
    print(
        "| documents | stories (true) | read s | group s (CPU s) | before: group s (CPU s) "
        "| CPU now / before | peak MB (corpus) | story P / R | before: story P / R "
        "| event P / R | base right | all-pairs s | all-pairs / group |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        base, mark = r["baseline_s"], ""
        if base is None and known:
            ref = known[-1]
            base, mark = ref["baseline_s"] * (r["n"] / ref["n"]) ** 2, "~"
        ratio = f"{mark}{base / r['group_s']:.1f}x" if base is not None else "-"
        stories = f"{r['stories']:,} ({r['true_stories']:,})"
        memory = f"{r['peak_mb']:,.0f} ({r['corpus_mb']:,.0f})"
        print(
            f"| {r['n']:,} | {stories} | {_fmt(r['read_s'], '.1f')} "
            f"| {r['group_s']:.1f} ({r['cpu_s']:.1f}) "
            f"| {r['before_s']:.1f} ({r['before_cpu_s']:.1f}) "
            f"| {r['cpu_s'] / r['before_cpu_s']:.2f}x | {memory} "
            f"| {r['precision']:.3f} / {r['recall']:.3f} "
            f"| {r['before_precision']:.3f} / {r['before_recall']:.3f} "
            f"| {r['event_precision']:.3f} / {r['event_recall']:.3f} | {r['base_right']:.0%} "
            f"| {mark}{_fmt(base, '.1f')} | {ratio} |"
        )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
