"""The document list's review marks (✓ ⚑) of a big folder: what one refresh costs.

    .venv/bin/python benchmarks/bench_review_list.py [--docs N] [--stored N] [--edited N,N]

``refresh_list`` runs after every r, f and note, after a load, and when another window wrote
to the review store. It goes through the stored pairs (human-sized), not through the
documents; a stored pair one of whose texts was since edited in place (its path open with
another text) is read whole (``pair_review``), so that the list counts the flags and notes
the pair inherits. Measured here: a flat list of ``--docs`` documents against one base with
``--stored`` pairs reviewed or flagged (half each), ``--edited`` of the flagged ones (each
count in turn) stored on an earlier text of their document; the time of one refresh (best of
5), and of the part every refresh had before inherited marks were counted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings

from wirediff.core.document import Document
from wirediff.core.review import ChangeAnchor, DocRef, doc_ref, text_hash
from wirediff.ui.common.settings import Settings
from wirediff.ui.jobs.runner import Runner
from wirediff.ui.session.review import ReviewController


def anchor(n: int) -> ChangeAnchor:
    return ChangeAnchor("replace", f"old {n}", f"new {n}", "before ", " after", "before ", " after")


def build(folder: Path, docs: int, stored: int, edited: int) -> tuple[ReviewController, int]:
    """A controller over ``docs`` documents and a store with ``stored`` marked pairs."""
    documents = [
        Document(folder / f"doc{i:05d}.txt", f"Text of document {i}.\n", f"Title {i}")
        for i in range(docs)
    ]
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    review = ReviewController(settings, Runner(), folder / "review.sqlite3")
    store = review.store
    assert store is not None
    refs = [doc_ref(d) for d in documents]
    base = refs[0]
    with store.transaction():
        for n in range(1, stored + 1):
            doc = refs[n * (docs - 1) // (stored + 1) + 1]
            if n % 2:
                store.set_reviewed(base, doc)
            elif n // 2 <= edited:  # stored on an earlier text of the file, same path
                earlier = DocRef(text_hash(f"earlier text {n}"), doc.path, doc.title)
                store.set_flag(base, earlier, anchor(n))
            else:
                store.set_flag(base, doc, anchor(n))
    review._documents = documents
    review._set_refs(refs)
    review._left_for = lambda d: 0 if d else None
    return review, docs


def best(run: object, times: int = 5) -> float:
    assert callable(run)
    out = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        out.append(time.perf_counter() - start)
    return min(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--stored", type=int, default=600)
    parser.add_argument("--edited", default="0,20,200")
    args = parser.parse_args()
    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    print(f"{args.docs} documents, {args.stored} stored pairs")
    print(f"{'edited':>8} {'refresh ms':>11} {'exact part ms':>14} {'marked':>7}")
    for edited in (int(n) for n in args.edited.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            review, _docs = build(Path(tmp), args.docs, args.stored, edited)
            shown: list[dict[int, object]] = []
            review.list_marks.connect(shown.append)
            full = best(review.refresh_list)
            store = review.store
            assert store is not None
            exact = best(lambda: review._marks_of(store.summaries()))  # noqa: B023
            print(f"{edited:>8} {full * 1000:>11.1f} {exact * 1000:>14.1f} {len(shown[-1]):>7}")
            review.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
