"""Which text a version was made from (d, "Compare with the version it was made from", and
the relation banner's note), in a story of 400 versions: ``source_of`` (each version's
shingles intersected with every agency take's, the app before) against ``Sources`` (the
story's takes indexed once, as differences from the base: the app since), in this run.

    ./dev bench sources      (or: .venv/bin/python benchmarks/bench_sources.py)
    ... --versions 400 --takes 300 --asked 40

The story (one a row, ``ROWS``): a base of 800 or 2,500 words (``corpus_gen``), ``--takes``
agency takes (Reuters) each edited from it (words changed, sentences cut, added and moved:
3% of the sentences, a wire feed's updates, or 20%, heavy edits), and papers' versions edited
so too, the rest of ``--versions``; grouped with ``build_story_index`` (not timed). Per row,
in CPU time (``process_time``): ``source_of`` per version (the median of ``--asked`` papers'
versions); ``Sources``' first version (the story's takes indexed, then weighed), the median
and the slowest of the others; the ratio of ``source_of`` to the others' median; whether
the others are ``quick`` (weighed on the GUI thread; else the app weighs them in a worker,
as it does the first). Both give the same answers (checked). Compare the ratios, not the
milliseconds: the machine is shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "gui"))

from corpus_gen import TextGen, render  # noqa: E402
from wirediff.core.document import Document  # noqa: E402
from wirediff.core.stories import StoryIndex, build_story_index, source_of  # noqa: E402
from wirediff.core.stories.relation import Sources  # noqa: E402

ROWS = ((800, 0.03), (2500, 0.03), (800, 0.2))  # (words, edit rate): a wire feed, heavy edits


def story(versions: int, takes: int, words: int, rate: float, seed: int) -> StoryIndex:
    """One story of ``versions`` texts, the first ``takes`` of them an agency's."""
    gen = TextGen(seed)
    base = gen.document(words)
    docs = []
    for i in range(versions):
        text = base if i == 0 else gen.edit(base, rate=rate)
        source = "Reuters" if i < takes else f"Paper {i}"
        stamp = f"2025-11-17T{i // 60 % 24:02d}:{i % 60:02d}:00"
        name = Path(f"{i:04d}.txt")
        docs.append(Document(name, render(text), f"Take {i}", source, stamp))
    return build_story_index(docs)


def _timed(call: Callable[[], int | None]) -> tuple[int | None, float]:
    start = time.process_time()
    found = call()
    return found, time.process_time() - start


def row(args: argparse.Namespace, words: int, rate: float) -> None:
    index = story(args.versions, args.takes, words, rate, args.seed)
    big = max(index.stories, key=lambda s: len(s.versions))
    papers = [d for d in big.documents if index.documents[d].source != "Reuters"][: args.asked]
    if not papers:
        print(f"| {words} | {rate} | no paper's version in its largest story |")
        return
    before = [_timed(lambda d=d: source_of(index, d)) for d in papers]
    sources = Sources(index)
    after = [_timed(lambda d=d: sources(d)) for d in papers]
    assert [a for a, _t in before] == [a for a, _t in after], "Sources answers otherwise"
    old = statistics.median(t for _a, t in before)
    first, rest = after[0][1], [t for _a, t in after[1:]] or [after[0][1]]
    now = statistics.median(rest)
    quick = "yes" if all(sources.quick(d) for d in papers) else "no"
    print(
        f"| {words:,} | {rate} | {len(big.versions)} | {old * 1e3:.1f} | {first * 1e3:.1f} | "
        f"{now * 1e3:.2f} | {max(rest) * 1e3:.2f} | {old / now:.0f}× | {quick} |",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--versions", type=int, default=400)
    parser.add_argument("--takes", type=int, default=300)
    parser.add_argument("--asked", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(
        "| words | edit rate | versions | source_of ms | Sources first ms | Sources ms | "
        "slowest ms | ratio | quick |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for words, rate in ROWS:
        row(args, words, rate)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
