"""Benchmark of the story table: a generated story of 50 versions (a base and 49 others) of
200 base units.

    ./dev bench story_table        (or: .venv/bin/python benchmarks/bench_story_table.py)
    ... --units 200 --versions 49 --repeat 3

The versions are seeded edits of the base or of an earlier version (substituted words;
sentences deleted, inserted and moved; half trimmed at the end, some with a run of paragraphs
cut; an outlet's byline and tagline each). Baseline, same run, same texts: the 49 pair diffs
alone (``compare`` of the base against each version), which the table cannot do without.
Printed: medians of ``--repeat`` runs of the baseline, ``build_story_table`` (diffs and
layout), ``assemble`` alone (the layout, given the diffs), cutting every cell into pieces
(an export) and one screenful (what a virtualised view asks for), the three renderers, and
peak and retained memory (tracemalloc, a separate run).
"""

from __future__ import annotations

import argparse
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "gui"))

from bench_compare import median_time  # noqa: E402
from corpus_gen import story  # noqa: E402
from wirediff.core.compare import compare  # noqa: E402
from wirediff.core.document import Document  # noqa: E402
from wirediff.core.report.story_data import to_csv, to_json  # noqa: E402
from wirediff.core.report.story_html import render_story_html  # noqa: E402
from wirediff.core.storytable import (  # noqa: E402
    RowKind,
    StoryTable,
    assemble,
    build_story_table,
)

SCREEN = (30, 8)  # rows × columns a story view shows at once


def all_pieces(table: StoryTable) -> int:
    return sum(
        len(table.pieces(r, c)) for r in range(len(table.rows)) for c in range(len(table.columns))
    )


def screen_pieces(table: StoryTable, top: int) -> int:
    rows, columns = SCREEN
    return sum(
        len(table.pieces(r, c))
        for r in range(top, min(top + rows, len(table.rows)))
        for c in range(min(columns, len(table.columns)))
    )


def memory(base: Document, versions: list[Document]) -> tuple[float, float]:
    """Peak while building, and what the table keeps (MB)."""
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    table = build_story_table(base, versions)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del table
    return (peak - before) / 1e6, (kept - before) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=200, help="paragraphs of the base")
    parser.add_argument("--versions", type=int, default=49, help="versions besides the base")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    base_text, texts = story(args.units, args.versions, args.seed)
    base = Document(Path("base.txt"), base_text, "Generated story")
    versions = [Document(Path(f"v{i:02d}.txt"), t, "Generated story") for i, t in enumerate(texts)]
    words = sum(len(t.split()) for t in texts) / len(texts)

    def diffs() -> list[object]:
        return [compare(base.text, v.text) for v in versions]

    comparisons = [compare(base.text, v.text) for v in versions]
    table = build_story_table(base, versions)
    base_rows = sum(r.kind is RowKind.BASE for r in table.rows)
    print(
        f"story: base of {args.units} paragraphs ({len(base.text.split()):,} words), "
        f"{len(versions)} versions (mean {words:,.0f} words); table: {base_rows} base rows, "
        f"{len(table.rows) - base_rows} added rows, {len(table.columns)} columns, "
        f"{len(table.rows) * len(table.columns):,} cells"
    )
    middle = len(table.rows) // 2
    steps: list[tuple[str, Callable[[], object]]] = [
        ("baseline: the pair diffs alone", diffs),
        ("build_story_table (diffs + layout)", lambda: build_story_table(base, versions)),
        ("assemble alone (layout, given the diffs)", lambda: assemble(base, versions, comparisons)),
        ("pieces of every cell (an export)", lambda: all_pieces(table)),
        (
            f"pieces of one screen ({SCREEN[0]} x {SCREEN[1]} cells)",
            lambda: screen_pieces(table, middle),
        ),
        ("HTML of the whole table", lambda: render_story_html(table)),
        ("JSON of the whole table", lambda: to_json(table)),
        ("CSV of the whole table", lambda: to_csv(table)),
    ]
    timings = [(name, median_time(work, args.repeat)) for name, work in steps]
    baseline = timings[0][1]
    width = max(len(name) for name, _ in timings)
    print(f"{'step':<{width}}  {'median':>10}  {'x baseline':>10}")
    for name, seconds in timings:
        print(f"{name:<{width}}  {seconds * 1000:>8.1f} ms  {seconds / baseline:>10.3f}")
    peak, kept = memory(base, versions)
    print(f"memory: peak {peak:.1f} MB while building, {kept:.1f} MB kept by the table")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
