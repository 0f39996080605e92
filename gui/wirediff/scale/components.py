"""Connected components of candidate pairs: which documents can end up in one story.

The guarded grouping only ever joins documents along a pair, so it runs on each component
alone and gives what it gives on the whole archive. Components are found on the client with
NumPy (16 bytes a pair: 80 MB for five million) by hooking and pointer jumping; past
``CLIENT_MAX_PAIRS`` the same rounds run as Dask DataFrame joins (``dask_components``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

CLIENT_MAX_PAIRS = 100_000_000
I64 = npt.NDArray[np.int64]


def components(n: int, a: I64, b: I64) -> I64:
    """Per document, the smallest document of its component; -1 for a document in no pair."""
    label = np.arange(n, dtype=np.int64)
    while True:
        la, lb = label[a], label[b]
        low, high = np.minimum(la, lb), np.maximum(la, lb)
        if not (low != high).any():
            break
        np.minimum.at(label, high, low)  # hook the larger root under the smaller
        label = _jump(label)
    touched = np.zeros(n, bool)
    touched[a] = True
    touched[b] = True
    return np.where(touched, label, -1)


def _jump(label: I64) -> I64:
    """Point every document at its root."""
    while True:
        up = label[label]
        if np.array_equal(up, label):
            return label
        label = up


def dask_components(pairs: Any, partitions: int, max_rounds: int = 200) -> Any:
    """The same labels from a Dask DataFrame of pairs (columns ``a``, ``b``), for when the
    pairs do not fit on the client: each round every document takes the smallest label of
    its neighbours, then the label of its label (pointer jumping, so a long chain takes
    a few rounds, not its length), until no label changes. Returns a Dask Series: label by
    document, for the documents in a pair."""
    import dask.dataframe as dd

    edges = dd.concat([pairs[["a", "b"]], pairs[["b", "a"]].rename(columns={"b": "a", "a": "b"})])
    edges = edges.persist()
    labels = edges[["a"]].drop_duplicates(split_out=partitions).assign(label=lambda f: f["a"])
    labels = labels.set_index("a").persist()
    for _ in range(max_rounds):
        joined = edges.merge(labels, left_on="b", right_index=True)
        best = joined.groupby("a")["label"].min(split_out=partitions).to_frame()
        best = best.merge(labels, left_index=True, right_index=True, suffixes=("", "_old"))
        best = best.assign(label=best[["label", "label_old"]].min(axis=1))
        jumped = best.merge(
            labels.rename(columns={"label": "label_up"}), left_on="label", right_index=True
        )
        jumped = jumped.assign(label=jumped[["label", "label_up"]].min(axis=1))
        changed = int((jumped["label"] < jumped["label_old"]).sum().compute())
        labels = jumped[["label"]].persist()
        if not changed:
            break
    return labels["label"]
