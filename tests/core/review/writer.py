"""A process that writes to a review store, for the crash and concurrency tests.

    python writer.py STORE NAME TRANSACTIONS ROWS [pause]

Each transaction flags ROWS changes "NAME-n-k" of one pair, printing ``mid n`` half-way
and ``done n`` after the commit. With ``pause`` it waits for a line on stdin after each
``mid`` (so the parent can kill it inside the transaction).
"""

from __future__ import annotations

import sys
from pathlib import Path

from wirediff.core.review import ChangeAnchor, DocRef, ReviewStore

LEFT = DocRef("a" * 64, "/news/a.txt")
RIGHT = DocRef("b" * 64, "/news/b.txt")


def anchor(name: str, n: int, k: int) -> ChangeAnchor:
    return ChangeAnchor("insert", "", f"{name}-{n}-{k}", "", "", "before", "after")


def main() -> None:
    path, name, transactions, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    pause = sys.argv[5:] == ["pause"]
    with ReviewStore.open(Path(path)) as store:
        for n in range(transactions):
            with store.transaction():
                for k in range(rows):
                    store.set_flag(LEFT, RIGHT, anchor(name, n, k))
                    if k == rows // 2:
                        print(f"mid {n}", flush=True)
                        if pause:
                            sys.stdin.readline()
            print(f"done {n}", flush=True)


if __name__ == "__main__":
    main()
