"""Alignment on real edits: verse alignment of Bible translations, diff size on real versions,
and the start-up of ``wirediff compare``.

    ./dev bench align                      (or: .venv/bin/python benchmarks/bench_align.py)
    ... --devdata PATH                     where the development data is (default ../shared/devdata)
    ... --wiki-every N                     one wiki-versions pair in N (default: all 1,378)
    ... --only verses size startup         some of the three parts

Reads ``../shared/devdata`` in place (see its README; ``align_data.py`` says which pairs).
Prints, with each target as met / not met:

1. per pair of Bible translations (14 chapters each), plain and with the right side's
   paragraphs shuffled: verse-alignment accuracy and coverage (``align_metrics.py`` defines
   them); targets: accuracy >= 0.98 and coverage >= 0.95 plain, >= 0.97 / >= 0.93 shuffled;
2. per corpus (bible/, counter/ WD and PD against their source, wiki-versions/ revision
   against the one before): changed words and change hunks for wirediff, for flat
   ``SequenceMatcher(autojunk=False)`` on the same keys, and for ``dwdiff`` and
   ``git diff --no-index --word-diff=porcelain`` when installed; targets: wirediff's changed
   words at most 1.05x flat's and its hunks at most 0.6x flat's, on every corpus;
3. ``wirediff compare`` of a sample pair as a whole process against ``python -c pass``,
   median of 10 each, interleaved in this run, with the package's bytecode compiled (as an
   installed package has it); target: at most 4x. Measured with them: the standard library
   modules the command needs, imported alone (``STDLIB_FLOOR``), which no change to wirediff
   can make faster.
"""

from __future__ import annotations

import argparse
import compileall
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "gui"))

from align_data import Pair, bible_pairs, counter_pairs, wiki_pairs  # noqa: E402
from align_metrics import (  # noqa: E402
    DiffSize,
    External,
    VerseScore,
    external_tools,
    flat_diff,
    flat_sentence_hunks,
    flat_size,
    verse_score,
    wirediff_size,
)
from wirediff.core.compare import compare  # noqa: E402
from wirediff.core.options import CompareOptions  # noqa: E402

VERSE_TARGETS = {"plain": (0.98, 0.95), "shuffled": (0.97, 0.93)}  # accuracy, coverage
CHANGED_MAX = 1.05  # wirediff's changed words / flat's
HUNKS_MAX = 0.6  # wirediff's hunks / flat's
STARTUP_MAX = 4.0  # wirediff compare / python -c pass
SAMPLE = REPO / "resources" / "sample" / "us-iraq-troop-role"
# The standard library wirediff compare cannot start without: argparse with a parser (which
# imports re, enum, shutil and, through gettext, locale), pathlib (a Document's path is a
# Path), difflib, unicodedata, bisect and math.
STDLIB_FLOOR = (
    "import argparse, pathlib, difflib, unicodedata, bisect, math; "
    "argparse.ArgumentParser().add_argument('x')"
)


def met(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def verses(devdata: Path) -> bool:
    print("### Verse alignment (bible/, 14 chapters per pair of translations)\n")
    print("| translations | accuracy | coverage | shuffled: accuracy | coverage | targets |")
    print("|---|---|---|---|---|---|")
    scores: dict[str, dict[str, VerseScore]] = {"plain": {}, "shuffled": {}}
    for mode in ("plain", "shuffled"):
        for pair in bible_pairs(devdata, shuffle=mode == "shuffled"):
            result = compare(pair.left, pair.right)
            score = verse_score(result, pair.left_verses, pair.right_verses)
            scores[mode].setdefault(pair.group, VerseScore()).add(score)
    all_ok = True
    groups = list(scores["plain"])
    totals = {mode: VerseScore() for mode in scores}
    for group in [*groups, "all"]:
        cells = []
        ok = True
        for mode in ("plain", "shuffled"):
            if group == "all":
                s = totals[mode]
            else:
                s = scores[mode][group]
                totals[mode].add(s)
            acc_min, cov_min = VERSE_TARGETS[mode]
            ok &= s.accuracy >= acc_min and s.coverage >= cov_min
            cells += [f"{s.accuracy:.3f}", f"{s.coverage:.3f}"]
        all_ok &= ok
        print(f"| {group} | {' | '.join(cells)} | {met(ok)} |")
    print(
        f"\nTargets: accuracy >= {VERSE_TARGETS['plain'][0]} and coverage >= "
        f"{VERSE_TARGETS['plain'][1]} plain, >= {VERSE_TARGETS['shuffled'][0]} / >= "
        f"{VERSE_TARGETS['shuffled'][1]} shuffled, for every pair of translations: "
        f"{met(all_ok)}\n"
    )
    return all_ok


def sizes(devdata: Path, wiki_every: int, use_external: bool) -> bool:
    tools = external_tools() if use_external else {}
    missing = [t for t in ("dwdiff", "git") if t not in tools]
    external = External(tools)
    options = CompareOptions()
    corpora: list[tuple[str, Iterable[Pair]]] = [
        ("bible/", bible_pairs(devdata)),
        ("counter/ WD", (p for p in counter_pairs(devdata) if p.group == "counter WD")),
        ("counter/ PD", (p for p in counter_pairs(devdata) if p.group == "counter PD")),
        ("wiki-versions/", wiki_pairs(devdata, wiki_every)),
    ]
    print("### Diff size: changed words / change hunks, summed over the pairs\n")
    names = ["wirediff", "flat SequenceMatcher", *tools]
    print(
        "| corpus | pairs | "
        + " | ".join(names)
        + " | wirediff / flat: words | hunks | targets | flat hunks, a sentence's as one"
        + " | wirediff / those | wirediff changes | wirediff s | flat s |"
    )
    print("|---|---|" + "---|" * (len(names) + 8))
    all_ok = True
    try:
        for corpus, pairs in corpora:
            found: dict[str, DiffSize] = defaultdict(DiffSize)
            seconds = {"wirediff": 0.0, "flat": 0.0}
            for pair in pairs:
                start = time.perf_counter()
                result = compare(pair.left, pair.right, options)
                seconds["wirediff"] += time.perf_counter() - start
                found["wirediff"].add(*wirediff_size(result))
                start = time.perf_counter()
                flat_result = flat_diff(pair.left, pair.right, options)
                seconds["flat"] += time.perf_counter() - start
                grouped = flat_sentence_hunks(pair.left, pair.right, flat_result, options)
                found["flat SequenceMatcher"].add(*flat_size(flat_result), grouped=grouped)
                for tool, size in external.sizes(pair.left, pair.right).items():
                    found[tool].add(*size)
            ours, flat = found["wirediff"], found["flat SequenceMatcher"]
            words = ours.changed / flat.changed if flat.changed else 1.0
            hunks = ours.hunks / flat.hunks if flat.hunks else 1.0
            ok = words <= CHANGED_MAX and hunks <= HUNKS_MAX
            all_ok &= ok
            like = ours.hunks / flat.grouped if flat.grouped else 1.0
            cells = [f"{found[n].changed:,} / {found[n].hunks:,}" for n in names]
            times = f"{seconds['wirediff']:.1f} | {seconds['flat']:.1f}"
            print(
                f"| {corpus} | {ours.pairs:,} | {' | '.join(cells)} | {words:.3f} | {hunks:.3f} "
                f"| {met(ok)} | {flat.grouped:,} | {like:.3f} | {ours.stops:,} | {times} |"
            )
    finally:
        external.close()
    if missing:
        print(f"\n(not installed, so not run: {', '.join(missing)})")
    print(
        f"\nTargets: wirediff's changed words <= {CHANGED_MAX}x flat's and hunks <= "
        f"{HUNKS_MAX}x flat's, on every corpus: {met(all_ok)}\n"
    )
    return all_ok


def startup(runs: int) -> bool:
    # Bytecode compiled first, as pip does when it installs a package (an editable install,
    # or PYTHONDONTWRITEBYTECODE, would otherwise compile every module on every start).
    compileall.compile_dir(str(REPO / "gui" / "wirediff"), quiet=1)
    script = Path(sys.executable).parent / "wirediff"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "wirediff"]
    left, right = sorted(SAMPLE.glob("*.txt"))[:2]
    compare_cmd = [*command, "compare", str(left), str(right)]
    commands = {
        "bare": [sys.executable, "-c", "pass"],
        "floor": [sys.executable, "-c", STDLIB_FLOOR],
        "compare": compare_cmd,
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
    bare, floor, ours = (statistics.median(times[name]) for name in commands)
    bare_cpu, floor_cpu, ours_cpu = (statistics.median(cpu[name]) for name in commands)
    ok = ours <= STARTUP_MAX * bare
    print("### Start-up\n")
    print(
        f"`wirediff compare` of {left.name} and {right.name}: {ours * 1000:.0f} ms, "
        f"`python -c pass`: {bare * 1000:.0f} ms (medians of {runs}, interleaved): "
        f"{ours / bare:.2f}x (target <= {STARTUP_MAX}x): {met(ok)}\n"
    )
    print(
        f"The standard library modules it needs, alone (argparse with a parser, pathlib, "
        f"difflib, unicodedata, bisect, math): {floor * 1000:.0f} ms, "
        f"{floor / bare:.2f}x; wirediff's own share: {(ours - floor) * 1000:.0f} ms, "
        f"{(ours - floor) / bare:.2f}x\n"
    )
    print(
        f"In CPU time (user + system; on a shared machine, less disturbed by other work): "
        f"{ours_cpu * 1000:.0f} ms against {bare_cpu * 1000:.0f} ms, {ours_cpu / bare_cpu:.2f}x; "
        f"the standard library alone {floor_cpu * 1000:.0f} ms, {floor_cpu / bare_cpu:.2f}x\n"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devdata", type=Path, default=REPO.parent / "shared" / "devdata")
    parser.add_argument("--wiki-every", type=int, default=1, help="one wiki pair in N")
    parser.add_argument("--no-external", action="store_true", help="skip dwdiff and git")
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument(
        "--only", nargs="*", choices=("verses", "size", "startup"), default=[], help="parts"
    )
    args = parser.parse_args()
    parts = set(args.only or ("verses", "size", "startup"))
    if parts & {"verses", "size"} and not (args.devdata / "bible").is_dir():
        print(f"no development data at {args.devdata} (use --devdata PATH)", file=sys.stderr)
        return 2
    ok = True
    if "verses" in parts:
        ok &= verses(args.devdata)
    if "size" in parts:
        ok &= sizes(args.devdata, args.wiki_every, not args.no_external)
    if "startup" in parts:
        ok &= startup(args.startup_runs)
    print(f"All targets: {met(ok)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
