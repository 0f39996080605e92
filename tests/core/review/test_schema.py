"""Schema versions: a store written by an older wirediff is upgraded in place, data kept."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from tests.core.review.writer import LEFT, RIGHT, anchor
from wirediff.core.review import ReviewStore
from wirediff.core.review.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def make_v1_store(path) -> None:
    """A store as wirediff with schema version 1 left it, holding a flag and a review."""
    path.parent.mkdir(parents=True)
    flag = anchor("old", 0, 0)
    with sqlite3.connect(path) as conn:
        conn.executescript(MIGRATIONS[0])
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        for doc in (LEFT, RIGHT):
            conn.execute(
                "INSERT INTO documents VALUES (?, ?, '', '2024-05-01T10:00:00Z')",
                (doc.hash, doc.path),
            )
        conn.execute(
            "INSERT INTO pairs (doc_a, doc_b, reviewed_at) VALUES (?, ?, '2024-05-01T10:00:00Z')",
            (LEFT.hash, RIGHT.hash),
        )
        conn.execute(
            "INSERT INTO marks VALUES (1, ?, ?, '2024-05-01T10:01:00Z', 'a note', "
            "'2024-05-01T10:02:00Z', '2024-05-01T10:01:00Z')",
            (flag.key, flag.to_json()),
        )


def test_a_version_1_store_is_upgraded_and_keeps_its_review(store_path):
    make_v1_store(store_path)
    with ReviewStore.open(store_path) as store:
        assert store.notice == ""
        review = store.pair_review(LEFT, RIGHT)
        assert review.reviewed_at == "2024-05-01T10:00:00Z"
        (mark,) = review.marks
        assert (mark.anchor, mark.flagged, mark.note) == (anchor("old", 0, 0), True, "a note")
        store.add_correction("news", "split", [LEFT.hash], {"story": 3})  # the v2 table
    with sqlite3.connect(store_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_corrections_are_kept_per_folder_in_order(store):
    first = store.add_correction("folder-1", "move", ["a" * 64], {"to_story": "b" * 64})
    store.add_correction("folder-2", "independent", ["a" * 64, "c" * 64])
    third = store.add_correction("folder-1", "versions", ["a" * 64, "d" * 64], payload_version=2)
    kept = store.corrections("folder-1")
    assert [(c.id, c.kind, c.payload_version) for c in kept] == [
        (first, "move", 1),
        (third, "versions", 2),
    ]
    assert kept[0].documents == ("a" * 64,) and kept[0].payload == {"to_story": "b" * 64}
    store.remove_correction(first)
    assert [c.id for c in store.corrections("folder-1")] == [third]
    with pytest.raises(ValueError, match="JSON object"):
        store.add_correction("folder-1", "move", [], {"when": object()})


def test_a_removed_correction_is_restored_in_its_place_or_last_when_taken(store):
    first = store.add_correction("news", "move", ["a" * 64], {"to_story": "b" * 64})
    second = store.add_correction("news", "independent", ["a" * 64, "c" * 64])
    (undone, kept) = store.corrections("news")
    store.remove_correction(first)
    assert store.restore_correction(undone) == first  # its own id: applied first again
    assert store.corrections("news") == [undone, kept]
    store.remove_correction(second)
    third = store.add_correction("news", "split", ["d" * 64])  # takes the freed id
    assert third == second
    moved = store.restore_correction(kept)
    assert moved not in (first, second) and [c.id for c in store.corrections("news")] == [
        first,
        third,
        moved,
    ]
    assert store.corrections("news")[-1].created_at == kept.created_at  # when it was made
    with pytest.raises(ValueError, match="damaged"):
        store.restore_correction(replace(kept, damaged="bad JSON"))
