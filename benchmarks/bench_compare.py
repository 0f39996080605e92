"""Benchmark of the comparison engine against difflib, on the sample corpus and on generated
10k-, 100k- and 500k-word document pairs with realistic edits.

    ./dev bench compare            (or: .venv/bin/python benchmarks/bench_compare.py)
    ... --sizes 10000 100000       only some generated sizes; --quick: fewer repetitions
    ... --low-vocab                also the fuzzed pairs of a tiny vocabulary (``low_vocab``)

For each size it prints the median time of ``wirediff.core.compare.compare``, its peak
memory (tracemalloc), the time merely to tokenize both texts (the floor), and the same
pair through flat ``difflib.SequenceMatcher(autojunk=False)`` on the same tokens and through
``difflib.HtmlDiff`` (each in a subprocess killed after a minute), with ratios, and the size
of the diffs in changed tokens. Timings are medians measured in this run, on this machine, in
CPU time of the process (``time.process_time``): on a shared machine, wall-clock time also
counts whatever else runs, which made the sample pairs' figures vary by 2x between runs.
"""

from __future__ import annotations

import argparse
import bisect
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "gui"))

from corpus_gen import pair  # noqa: E402
from wirediff.core.compare import compare  # noqa: E402
from wirediff.core.options import CompareOptions  # noqa: E402
from wirediff.core.result import Comparison, OpKind, RowKind  # noqa: E402
from wirediff.core.tokens import scan  # noqa: E402

SAMPLE = HERE.parent / "resources" / "sample" / "us-iraq-troop-role"
BASELINE_TIMEOUT = 60.0
TARGETS = {"sample": 0.005, 100_000: 0.4, 500_000: 2.5}  # seconds
MEMORY_TARGET_MB = 500
FLOOR_FACTOR = 4

# Runs in a subprocess so that a baseline that takes too long can be stopped.
_BASELINE = r"""
import difflib, json, sys, time
sys.path.insert(0, sys.argv[3])
from wirediff.core.options import CompareOptions
from wirediff.core.tokens import scan
kind, path = sys.argv[1], sys.argv[2]
a, b = json.loads(open(path, encoding="utf-8").read())
t = time.process_time()
if kind == "flat":
    ka, kb = scan(a, CompareOptions()).keys, scan(b, CompareOptions()).keys
    t = time.process_time()
    ops = difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    same = sum(i2 - i1 for tag, i1, i2, j1, j2 in ops if tag == "equal")
    changed = len(ka) + len(kb) - 2 * same
else:
    difflib.HtmlDiff().make_file(a.splitlines(), b.splitlines())
    changed = -1
print(json.dumps({"seconds": time.process_time() - t, "changed": changed}))
"""


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def peak_mb(fn) -> float:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def changed_tokens(result: Comparison) -> int:
    """Tokens, on both sides, that are not matched in place (deleted, inserted or replaced).

    A moved unit counts once, whole: its tokens on the left are changed, while the words it
    kept match on the right. The flat baseline is counted the same way.
    """
    opts = result.options
    starts = {
        "left": scan(result.left_text, opts).starts,
        "right": scan(result.right_text, opts).starts,
    }

    def count(side: str, span: tuple[int, int]) -> int:
        s = starts[side]
        return bisect.bisect_left(s, span[1]) - bisect.bisect_left(s, span[0])

    changed = len(starts["left"]) + len(starts["right"])
    for row in result.rows:
        for op in row.ops:
            if op.kind is OpKind.EQUAL and row.left is not None and row.right is not None:
                changed -= count("left", op.left) + count("right", op.right)
            elif op.kind is OpKind.EQUAL and row.kind is RowKind.MOVED and row.right is not None:
                changed -= count("right", op.right)
    return changed


def baseline(kind: str, a: str, b: str) -> dict[str, float] | None:
    """Run a difflib baseline in a subprocess; None if it did not finish in time."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump([a, b], f)
    try:
        out = subprocess.run(
            [sys.executable, "-c", _BASELINE, kind, f.name, str(HERE.parent / "gui")],
            capture_output=True,
            text=True,
            timeout=BASELINE_TIMEOUT,
            check=True,
        )
        return json.loads(out.stdout)
    except subprocess.TimeoutExpired:
        return None
    finally:
        Path(f.name).unlink()


def measure(pairs: list[tuple[str, str]], repeat: int, baselines: set[str]) -> dict:
    """Medians over ``pairs`` (per-pair medians, then the median across pairs)."""
    opts = CompareOptions()
    ours, floor, mem, ours_changed = [], [], [], []
    flat, flat_changed, html = [], [], []
    for a, b in pairs:
        floor.append(median_time(lambda a=a, b=b: (scan(a, opts), scan(b, opts)), repeat))
        ours.append(median_time(lambda a=a, b=b: compare(a, b), repeat))
        mem.append(peak_mb(lambda a=a, b=b: compare(a, b)))
        ours_changed.append(changed_tokens(compare(a, b)))
        if "flat" in baselines:
            r = baseline("flat", a, b)
            flat.append(r["seconds"] if r else None)
            flat_changed.append(r["changed"] if r else None)
        if "html" in baselines:
            r = baseline("html", a, b)
            html.append(r["seconds"] if r else None)
    words = statistics.median(len(a.split()) + len(b.split()) for a, b in pairs) / 2

    def med(values):
        return None if not values or None in values else statistics.median(values)

    return {
        "words": words,
        "ours": statistics.median(ours),
        "ours_max": max(ours),
        "floor": statistics.median(floor),
        "mem": max(mem),
        "changed": sum(ours_changed),
        "flat": med(flat),
        "flat_changed": sum(flat_changed) if flat and None not in flat_changed else None,
        "html": med(html),
        "baselines": baselines,
    }


def fmt_baseline(value: float | None, ours: float, ran: bool) -> str:
    if not ran:
        return "not run (> 60 s at a smaller size)"
    if value is None:
        return "> 60 s (stopped)"
    ratio = value / ours
    if ratio >= 1:
        return f"{value * 1000:.1f} ms (ours {ratio:.1f}× faster)"
    return f"{value * 1000:.1f} ms (ours {1 / ratio:.1f}× slower)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 500_000])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--low-vocab", action="store_true", help="also the fuzzed pairs")
    args = parser.parse_args()
    q = args.quick
    rows = []
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    sample_pairs = list(combinations(texts, 2))
    print(f"sample corpus: {len(sample_pairs)} pairs ...", file=sys.stderr)
    rows.append(("10 sample pairs", measure(sample_pairs, 5 if q else 21, {"flat", "html"})))
    baselines = {"flat", "html"}
    for size in args.sizes:
        print(f"generated {size:,}-word pair ...", file=sys.stderr)
        a, b = pair(size, seed=size)
        repeat = 3 if q else (7 if size <= 10_000 else 5 if size <= 100_000 else 3)
        result = measure([(a, b)], repeat, baselines)
        rows.append((f"{size:,} words", result))
        baselines = {k for k in baselines if result[k] is not None}
    print_table(rows)
    if args.low_vocab:
        print_low_vocab(1 if q else 3)
    return 0


def low_vocab() -> list[tuple[str, str, str]]:
    """Pairs of a tiny vocabulary found by fuzzing, whose pairing once grew with the square
    of their size (every pair of sentences shares enough words to be grouped): 10,000
    Thai letters without spaces took 8 s, 300,000 characters of eight 16 s, 20,000 lines of
    twelve words from eight 6.5 s (``wirediff compare``, as a whole process)."""
    import random

    def thai(seed: int) -> str:
        rng = random.Random(seed)
        return "".join(rng.choice("สหรัฐเตรียมปรับบทบาททหารในอิรัก") for _ in range(10_000))

    def chars(seed: int) -> str:
        rng = random.Random(seed)
        return "".join(rng.choice("aب1. \u200d\u0301\n") for _ in range(300_000))

    def words(seed: int) -> str:
        rng = random.Random(seed)
        vocab = "alpha beta gamma delta epsilon zeta eta theta".split()
        return "".join(" ".join(rng.choices(vocab, k=12)) + "\n" for _ in range(20_000))

    return [
        ("10,000 Thai letters", thai(7), thai(14)),
        ("300,000 of 8 characters", chars(11), chars(22)),
        ("20,000 lines of 8 words", words(13), words(26)),
    ]


def print_low_vocab(repeat: int) -> None:
    """Each fuzzed pair's comparison against the time to tokenize it, in this run: near-
    linear work keeps the ratio near that of the generated pairs above."""
    print("\n| tiny vocabulary | wirediff (median) | tokenize floor | × floor |")
    print("|---|---|---|---|")
    opts = CompareOptions()
    for name, a, b in low_vocab():
        print(f"{name} ...", file=sys.stderr)
        ours = median_time(lambda a=a, b=b: compare(a, b), repeat)
        floor = median_time(lambda a=a, b=b: (scan(a, opts), scan(b, opts)), repeat)
        print(f"| {name} | {ours:.2f} s | {floor * 1000:.0f} ms | {ours / floor:.1f} |")


def print_table(rows: list[tuple[str, dict]]) -> None:
    print(
        "| pair | words/side | wirediff (median) | tokenize floor | × floor | peak memory "
        "| flat SequenceMatcher | HtmlDiff | changed tokens: ours / flat |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in rows:
        ours = r["ours"]
        changed = f"{r['changed']:,} / " + (
            f"{r['flat_changed']:,}" if r["flat_changed"] is not None else "n/a"
        )
        ms = f"{ours * 1000:.1f} ms" + (
            f" (max {r['ours_max'] * 1000:.1f})" if name.startswith("10 sample") else ""
        )
        print(
            f"| {name} | {r['words']:,.0f} | {ms} | {r['floor'] * 1000:.1f} ms "
            f"| {ours / r['floor']:.2f} | {r['mem']:.0f} MB "
            f"| {fmt_baseline(r['flat'], ours, 'flat' in r['baselines'])} "
            f"| {fmt_baseline(r['html'], ours, 'html' in r['baselines'])} | {changed} |"
        )
    print()
    for name, r in rows:
        key = "sample" if name.startswith("10 sample") else int(name.split()[0].replace(",", ""))
        checks = [f"{r['ours'] / r['floor']:.2f}× floor (target ≤ {FLOOR_FACTOR})"]
        if key in TARGETS:
            checks.append(f"{r['ours']:.3f} s (target < {TARGETS[key]} s)")
        checks.append(f"{r['mem']:.0f} MB (target < {MEMORY_TARGET_MB})")
        if r["flat_changed"] is not None:
            ok = r["changed"] <= r["flat_changed"]
            checks.append(f"diff {r['changed']} ≤ flat {r['flat_changed']}: {ok}")
        print(f"{name}: " + "; ".join(checks))


if __name__ == "__main__":
    raise SystemExit(main())
