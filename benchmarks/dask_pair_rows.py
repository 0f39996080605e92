"""How many rows the Dask candidate-pairs stage's two shuffles carry, counted in one process:
the (hash, document) postings, and the pair counts that each of ``--partitions`` hash
partitions gives (``scale.parts.pair_counts``), per document, for archives that
``bench_dask.py`` wrote. Whether those rows grow faster than the documents is what this
answers (the Dask metrics give bytes per stage, not per shuffle).

    .venv/bin/python benchmarks/dask_pair_rows.py /tmp/bm/n100000 /tmp/bm/n1000000

The partitions here split the hashes by their value modulo ``--partitions`` (Dask's shuffle
hashes them again; any even split gives each partition alike). About 1.5 GB of memory per
million documents; 1M documents take ~10 minutes of one core.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd


def rows(folder: Path, partitions: int) -> tuple[int, int, int, int]:
    """(documents, postings, pair-count rows, of them sharing one shingle)."""
    from wirediff.core.reading import ReaderOptions
    from wirediff.core.stories import StoryOptions
    from wirediff.scale import parts as P
    from wirediff.scale.sources import open_source, read_part

    options = StoryOptions()
    source = open_source(str(folder / "shard-*.parquet"), ReaderOptions())
    shards, keys, n = [], [], 0
    for part in source.parts:
        docs, _ = read_part(part, ReaderOptions(), 2**31)
        numbered = P.number(docs, n)
        n += len(docs)
        lines = P.doc_lines(numbered, options)
        keys.append(P.line_keys(lines)["key"].to_numpy())
        shards.append((numbered, lines))
    found, counts = np.unique(np.concatenate(keys), return_counts=True)
    frequent = np.sort(found[counts >= options.boiler_min_docs])
    rate = 1 if n <= options.full_index_max_docs else options.sample_every
    postings = pd.concat(
        [P.postings(P.features(d, ls, frequent, options, rate)) for d, ls in shards],
        ignore_index=True,
    )
    del shards
    where = np.abs(postings["hash"].to_numpy()) % partitions
    counted = single = 0
    for k in range(partitions):
        pairs = P.pair_counts(postings[where == k], options, n)
        counted += len(pairs)
        single += int((pairs["shared"] == 1).sum())
    return n, len(postings), counted, single


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--partitions", type=int, default=100)
    args = parser.parse_args(argv)
    print(
        "| documents | postings (per document) | pair-count rows (per document) "
        "| sharing one shingle |"
    )
    print("|---|---|---|---|")
    for folder in args.folders:
        n, posted, counted, single = rows(folder, args.partitions)
        print(
            f"| {n:,} | {posted:,} ({posted / n:.1f}) | {counted:,} ({counted / n:.1f}) "
            f"| {single:,} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
